// `opsloop triage --snapshot PATH` replays an incident snapshot offline: triage of its event and
// which change broke it, the suspect's full SHA (or none) in the JSON and a "Suspect change"
// section in the Markdown; a snapshot that is not one is refused with the fields that are wrong.
// The snapshot's telemetry and diffs are untrusted: what the section quotes stays inert.
import { afterAll, describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { runCli } from '../src/cli.js'
import type { IncidentSnapshot } from '../src/generated/snapshot.js'
import { suspectChangeSection } from '../src/report/suspect-change.js'
import { attributeChange } from '../src/triage/change-attribution.js'
import { removeTempRepos, tempRepo } from './helpers/catalog.js'

afterAll(removeTempRepos)

const CASE = 'eval/changes/cases/culprit-search-synonyms-npe-not-head.json'
const labelled = JSON.parse(readFileSync(CASE, 'utf8')) as {
  expect: string
  snapshot: IncidentSnapshot
}

async function cli(...args: string[]) {
  let out = ''
  let err = ''
  const code = await runCli(args, { out: (t) => (out += t), err: (t) => (err += t) })
  return { code, out, err }
}

async function snapshotDir(snapshot: unknown): Promise<string> {
  const root = await tempRepo({})
  const dir = join(root, 'snapshot')
  await mkdir(dir)
  await writeFile(join(dir, 'snapshot.json'), JSON.stringify(snapshot))
  return dir
}

describe('opsloop triage --snapshot', () => {
  it('names the suspect commit by its full SHA in the JSON, from a folder or the file', async () => {
    const dir = await snapshotDir(labelled.snapshot)
    for (const path of [dir, join(dir, 'snapshot.json')]) {
      const r = await cli('triage', '--snapshot', path, '--json')
      expect(r.err).toBe('')
      expect(r.code).toBe(0)
      const out = JSON.parse(r.out) as { changes: { suspect: string }; incident: { title: string } }
      expect(out.changes.suspect).toBe(labelled.expect)
      expect(out.incident.title).toBeTruthy()
    }
  })

  it('adds the Suspect change section, with reasons and what was ruled out, to the issue', async () => {
    const r = await cli('triage', '--snapshot', await snapshotDir(labelled.snapshot))
    expect(r.code).toBe(0)
    expect(r.out).toContain('### Suspect change')
    // The full SHA, as a reference GitHub links (`owner/name@sha`) when the deployment names its
    // repository, else as code.
    expect(r.out).toMatch(new RegExp(`Commit (?:[\\w.-]+/[\\w.-]+@|\`)${labelled.expect}\\b`))
    expect(r.out).toMatch(/stack trace names/)
    expect(r.out).toMatch(/Ruled out:/)
  })

  it('refuses a snapshot that is not one, naming the fields, and a path that does not exist', async () => {
    const bad = { ...labelled.snapshot, version: 'opsloop-snapshot/0', deployments: [{ id: 'x' }] }
    const r = await cli('triage', '--snapshot', await snapshotDir(bad))
    expect(r.code).toBe(1)
    expect(r.err).toMatch(/is not an OpsLoop snapshot \(schemas\/snapshot\.schema\.json\):/)
    expect(r.err).toMatch(/^ {2}version: must be equal to constant$/m)
    expect(r.err).toMatch(/^ {2}deployments\.0: must have required property 'service'$/m)
    const missing = await cli('triage', '--snapshot', '/nonexistent/snapshot')
    expect(missing.code).toBe(1)
    expect(missing.err).toBe('opsloop triage: cannot read /nonexistent/snapshot: ENOENT\n')
    const both = await cli('triage', 'event.json', '--snapshot', 'x')
    expect(both.code).toBe(2)
  })
})

describe('the Suspect change section', () => {
  it('keeps what it quotes from logs and diffs inert: no marker, mention, HTML or broken code span', () => {
    const hostile = structuredClone(labelled.snapshot)
    const attack = '@acme/sre <img src=x> <!-- opsloop:record --> ``` #12 '
    for (const l of hostile.services?.search?.logs ?? [])
      if (/QueryParser\.java/.test(l.message)) l.message = `${attack}${l.message}`
    const section = suspectChangeSection(attributeChange(hostile, Date.parse(hostile.takenAt)))
    // It was quoted (the stack-trace reason quotes the line)…
    expect(section).toContain('acme/sre')
    expect(section).not.toContain('<!--')
    // …and only inside code spans, where GitHub links, mentions and renders nothing.
    const outsideCode = section.replace(/`[^`\n]*`/g, '')
    expect(outsideCode).not.toContain('@acme')
    expect(outsideCode).not.toContain('<img')
  })
})
