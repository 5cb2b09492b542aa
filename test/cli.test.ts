import { afterAll, describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { HELP, runCli } from '../src/cli.js'
import { VERSION } from '../src/version.js'
import { BASE_FILES, BASE_RUNBOOK, removeTempRepos, tempRepo } from './helpers/catalog.js'

afterAll(removeTempRepos)

async function cli(...args: string[]) {
  let out = ''
  let err = ''
  const code = await runCli(args, { out: (t) => (out += t), err: (t) => (err += t) })
  return { code, out, err }
}

describe('opsloop command line', () => {
  it('prints help and version', async () => {
    expect((await cli('--help')).out).toBe(HELP)
    expect((await cli()).out).toBe(HELP)
    expect(await cli('--version')).toEqual({ code: 0, out: `${VERSION}\n`, err: '' })
  })

  it('keeps the version in step with package.json', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }
    expect(VERSION).toBe(pkg.version)
  })

  it('answers usage errors with exit code 2 and a hint', async () => {
    expect(await cli('frobnicate')).toMatchObject({
      code: 2,
      err: expect.stringMatching(/unknown command `frobnicate`.*--help/s)
    })
    expect(await cli('--bogus')).toMatchObject({
      code: 2,
      err: expect.stringMatching(/Unknown option '--bogus'/)
    })
    expect(await cli('validate', 'a', 'b')).toMatchObject({ code: 2 })
  })

  it('validates a good catalog with exit code 0', async () => {
    const root = await tempRepo(BASE_FILES)
    const r = await cli('validate', join(root, 'runbooks'))
    expect(r).toEqual({ code: 0, out: '1 runbook(s) valid\n', err: '' })
  })

  it('prints path:line:col problems and exits 1 on a bad catalog', async () => {
    const root = await tempRepo({
      ...BASE_FILES,
      'runbooks/base.yaml': BASE_RUNBOOK.replace('title:', 'titel:')
    })
    const r = await cli('validate', join(root, 'runbooks'))
    expect(r.code).toBe(1)
    expect(r.err).toMatch(
      /runbooks\/base\.yaml:4:1: unknown field `titel` in the runbook; did you mean `title`\? \[schema\]\n/
    )
    expect(r.err).toMatch(/1 error\(s\) in 1 runbook file\(s\)\n$/)
  })

  it('takes --allow-document to replace the document allow-list', async () => {
    const root = await tempRepo({
      ...BASE_FILES,
      'runbooks/base.yaml': BASE_RUNBOOK.replace('AWS-RunShellScript', 'Acme-Shell')
    })
    expect((await cli('validate', join(root, 'runbooks'))).code).toBe(1)
    expect((await cli('validate', join(root, 'runbooks'), '--allow-document', 'Acme-*')).code).toBe(
      0
    )
  })
})

describe('the committed bundle (bin/opsloop.js → dist/cli.js)', () => {
  const run = (...args: string[]) =>
    spawnSync(process.execPath, ['bin/opsloop.js', ...args], { encoding: 'utf8' })

  it('validates the starter catalog with exit code 0', () => {
    const r = run('validate', 'runbooks')
    expect(r.stderr).toBe('')
    expect(r.status).toBe(0)
    expect(r.stdout).toMatch(/^\d+ runbook\(s\) valid\n$/)
  })

  it('exits 1 with positioned messages on a broken catalog, and no stack trace', async () => {
    const root = await tempRepo({
      ...BASE_FILES,
      'runbooks/base.yaml': BASE_RUNBOOK.replace('  max: 1', '  max: ten')
    })
    const r = run('validate', join(root, 'runbooks'))
    expect(r.status).toBe(1)
    expect(r.stderr).toMatch(
      /base\.yaml:20:8: `targets\.max` must be an integer, not a string \[schema\]/
    )
    expect(r.stderr).not.toMatch(/\n\s+at /)
  })

  it('prints its version', () => {
    expect(run('--version').stdout).toBe(`${VERSION}\n`)
  })
})

describe('opsloop triage', () => {
  const example = 'runbooks/examples/restart-systemd-service/alb-target-5xx.json'

  it('prints the issue and plan for an event, offline', async () => {
    const { code, out, err } = await cli('triage', '--event', example)
    expect({ code, err }).toEqual({ code: 0, err: '' })
    expect(out).toMatch(/^# \[incident\] checkout-web-target-5xx is ALARM in eu-west-1\n/)
    expect(out).toContain('**`restart-systemd-service`**')
    // Offline, the tag targets cannot be bound to instances: the plan says so rather than
    // offering a digest that production would never propose.
    expect(out).toContain('instances tagged `Role=checkout-web` (not resolved)')
    expect(out).toMatch(/Target instances were not resolved: .*ssm:DescribeInstanceInformation/)
  })

  it('prints JSON with the incident, triage, plan and issue', async () => {
    const { code, out } = await cli('triage', '--event', example, '--json', '--provider', 'rules')
    expect(code).toBe(0)
    const parsed = JSON.parse(out) as {
      triage: { provider: string; runbook: { id: string } }
      plan: { digest?: string; targets: { kind: string; tags: object; ids: string[] } }
      issue: { title: string; labels: string[] }
    }
    expect(parsed.triage).toMatchObject({
      provider: 'rules',
      runbook: { id: 'restart-systemd-service' }
    })
    expect(parsed.plan.targets).toEqual({
      kind: 'tags',
      tags: { Role: ['checkout-web'] },
      ids: []
    })
    expect(parsed.plan.digest).toBeUndefined()
    expect(parsed.issue.labels).toContain('runbook:restart-systemd-service')
  })

  it('explains bad input: a missing file, text that is not JSON, a bedrock request without a model', async () => {
    const root = await tempRepo({ 'bad.json': '{"detail-type": ' })
    expect(await cli('triage')).toMatchObject({
      code: 2,
      err: expect.stringMatching(/--event FILE/)
    })
    expect(await cli('triage', '--event', join(root, 'missing.json'))).toMatchObject({
      code: 1,
      err: expect.stringMatching(/cannot read .*missing\.json: ENOENT/)
    })
    expect(await cli('triage', '--event', join(root, 'bad.json'))).toMatchObject({
      code: 1,
      err: expect.stringMatching(/bad\.json is not valid JSON: .+ Pass the AWS event exactly/)
    })
    expect(await cli('triage', '--event', example, '--provider', 'bedrock')).toMatchObject({
      code: 1,
      err: expect.stringMatching(/needs the `model-id` input/)
    })
  })
})
