// `opsloop triage` keeps validated catalogs in the user's cache folder (OPSLOOP_CACHE_DIR, else
// $XDG_CACHE_HOME/opsloop): a second run answers from the cache as the first did, any change to a
// file validation read is seen, a damaged or unwritable cache only costs a validation, and
// `--no-cache` or a caller that passes no environment (tests, embedders) keeps no cache at all.
import { afterAll, afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { cpSync, existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { runCli } from '../src/cli.js'
import { removeTempRepos, tempRepo } from './helpers/catalog.js'

afterAll(removeTempRepos)

const EVENT = 'test/fixtures/dispatch/checkout-web-5xx-with-context.json'
const RUNBOOK = 'restart-systemd-service'
const TITLE = 'Restart a systemd service on EC2'

type Env = Record<string, string | undefined>

async function cli(env: Env | undefined, ...args: string[]) {
  let out = ''
  let err = ''
  const code = await runCli(args, {
    out: (t) => (out += t),
    err: (t) => (err += t),
    ...(env ? { env } : {})
  })
  return { code, out, err }
}

/** Output with the run's own clock (the plan's proposedAt, the delivery time) left out. */
const timeless = (text: string): string =>
  text.replace(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z/g, '<now>')

let root: string
let runbooks: string
let cacheDir: string
let env: Env

beforeEach(async () => {
  // A repository with the starter catalog and the documents its runbooks name.
  root = await tempRepo({})
  cpSync('runbooks', join(root, 'runbooks'), { recursive: true })
  cpSync(join('infra', 'ssm-documents'), join(root, 'infra', 'ssm-documents'), {
    recursive: true
  })
  runbooks = join(root, 'runbooks')
  cacheDir = join(root, 'cache', 'opsloop')
  env = { OPSLOOP_CACHE_DIR: cacheDir }
})

const triage = (environment: Env | undefined, ...more: string[]) =>
  cli(environment, 'triage', EVENT, '--runbooks', runbooks, '--provider', 'rules', ...more)

const entries = (dir = cacheDir): string[] =>
  existsSync(dir) ? readdirSync(dir).filter((f) => /^catalog-[0-9a-f]{64}\.json$/.test(f)) : []

/** Changes the one cache entry in place. */
async function editEntry(edit: (entry: Record<string, unknown>) => unknown): Promise<void> {
  const [name] = entries()
  if (!name) throw new Error('no cache entry')
  const file = join(cacheDir, name)
  const entry = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>
  await writeFile(file, JSON.stringify(edit(entry)))
}

/** The cached runbook `id` retitled, to tell an answer from the cache from a fresh one. */
const retitled =
  (id: string, title: string) =>
  (entry: Record<string, unknown>): unknown => ({
    ...entry,
    catalog: (entry.catalog as { runbook: { id: string; title: string } }[]).map((c) =>
      c.runbook.id === id ? { ...c, runbook: { ...c.runbook, title } } : c
    )
  })

describe('opsloop triage with a catalog cache', () => {
  it('writes one entry, private to the user, on the first run', async () => {
    const first = await triage(env)
    expect({ code: first.code, err: first.err }).toEqual({ code: 0, err: '' })
    expect(first.out).toContain(`**\`${RUNBOOK}\`**: ${TITLE}`)
    expect(entries()).toHaveLength(1)
    expect(readdirSync(cacheDir)).toEqual(entries())
    expect(statSync(join(cacheDir, entries()[0] ?? '')).mode & 0o777).toBe(0o600)
    expect(statSync(cacheDir).mode & 0o777).toBe(0o700)
  })

  it('gives the same answer on the second run, the same as without a cache', async () => {
    const first = await triage(env, '--json')
    const second = await triage(env, '--json')
    const uncached = await triage(undefined, '--json')
    expect(second.code).toBe(0)
    expect(timeless(second.out)).toBe(timeless(first.out))
    expect(timeless(uncached.out)).toBe(timeless(first.out))
    const parsed = JSON.parse(second.out) as {
      triage: { runbook?: { id: string } }
      plan?: { runbook?: { id: string } }
    }
    expect(parsed.triage.runbook?.id).toBe(RUNBOOK)
    expect(entries()).toHaveLength(1)
  })

  it('answers the second run from the cache, without validating again', async () => {
    await triage(env)
    // Only a run that read the entry can know this title.
    await editEntry(retitled(RUNBOOK, 'Restart, as the cache remembers it'))
    const second = await triage(env)
    expect(second.code).toBe(0)
    expect(second.out).toContain(`**\`${RUNBOOK}\`**: Restart, as the cache remembers it`)
    // --no-cache validates the catalog itself.
    const fresh = await triage(env, '--no-cache')
    expect(fresh.out).toContain(`**\`${RUNBOOK}\`**: ${TITLE}`)
  })

  it('sees a runbook edited since the last run', async () => {
    await triage(env)
    const file = join(runbooks, `${RUNBOOK}.yaml`)
    await writeFile(
      file,
      readFileSync(file, 'utf8').replace(`title: ${TITLE}`, 'title: Restart one unit')
    )
    const second = await triage(env)
    expect(second.out).toContain(`**\`${RUNBOOK}\`**: Restart one unit`)
    // An entry for each version of the catalog.
    expect(entries()).toHaveLength(2)
  })

  it.each([
    ['no longer JSON', (file: string) => writeFile(file, '{ "detail-type": ')],
    ['deleted', (file: string) => rm(file)]
  ])('sees an example incident %s since the last run', async (_name, change) => {
    expect((await triage(env)).out).toContain(`**\`${RUNBOOK}\`**`)
    // The runbook's tests name it: validation now fails for that runbook, so triage may not
    // propose it.
    await change(join(runbooks, 'examples', RUNBOOK, 'alb-target-5xx.json'))
    const second = await triage(env)
    expect(second.code).toBe(0)
    expect(second.out).not.toContain(`**\`${RUNBOOK}\`**`)
    expect(timeless(second.out)).toBe(timeless((await triage(undefined)).out))
  })

  it('answers correctly over a truncated cache entry, and repairs it', async () => {
    const first = await triage(env)
    const [name] = entries()
    const file = join(cacheDir, name ?? '')
    const text = readFileSync(file, 'utf8')
    await writeFile(file, text.slice(0, text.length >> 1))
    const second = await triage(env)
    expect({ code: second.code, err: second.err }).toEqual({ code: 0, err: '' })
    expect(timeless(second.out)).toBe(timeless(first.out))
    expect(() => JSON.parse(readFileSync(file, 'utf8')) as unknown).not.toThrow()
  })

  it('answers correctly over garbage in the cache entry', async () => {
    const first = await triage(env)
    await writeFile(join(cacheDir, entries()[0] ?? ''), 'garbage\u0000')
    const second = await triage(env)
    expect({ code: second.code, err: second.err }).toEqual({ code: 0, err: '' })
    expect(timeless(second.out)).toBe(timeless(first.out))
  })

  it('answers correctly over an entry of the right format and key whose fields are damaged', async () => {
    const first = await triage(env)
    await editEntry((entry) => ({ ...entry, dependencies: {} }))
    const second = await triage(env)
    expect({ code: second.code, err: second.err }).toEqual({ code: 0, err: '' })
    expect(timeless(second.out)).toBe(timeless(first.out))
  })

  it('answers correctly when the cache cannot be written', async () => {
    const blocked = join(root, 'not-a-folder')
    await writeFile(blocked, 'a file where the cache folder would be')
    const r = await triage({ OPSLOOP_CACHE_DIR: blocked })
    expect({ code: r.code, err: r.err }).toEqual({ code: 0, err: '' })
    expect(r.out).toContain(`**\`${RUNBOOK}\`**: ${TITLE}`)
  })

  it('caches under $XDG_CACHE_HOME/opsloop when OPSLOOP_CACHE_DIR is not set', async () => {
    const xdg = join(root, 'xdg')
    expect((await triage({ XDG_CACHE_HOME: xdg })).code).toBe(0)
    expect(entries(join(xdg, 'opsloop'))).toHaveLength(1)
    expect(existsSync(cacheDir)).toBe(false)
  })
})

describe('opsloop triage without a catalog cache', () => {
  const saved: Env = {}
  beforeEach(() => {
    // Where a cache would go if the command read the process's own environment.
    for (const name of ['OPSLOOP_CACHE_DIR', 'XDG_CACHE_HOME']) saved[name] = process.env[name]
    process.env.OPSLOOP_CACHE_DIR = join(root, 'process-cache')
    process.env.XDG_CACHE_HOME = join(root, 'process-xdg')
  })
  afterEach(() => {
    for (const [name, value] of Object.entries(saved))
      if (value === undefined) Reflect.deleteProperty(process.env, name)
      else process.env[name] = value
  })

  it('writes nothing with --no-cache', async () => {
    const r = await triage(env, '--no-cache')
    expect(r.code).toBe(0)
    expect(r.out).toContain(`**\`${RUNBOOK}\`**: ${TITLE}`)
    expect(existsSync(cacheDir)).toBe(false)
    expect(existsSync(join(root, 'process-cache'))).toBe(false)
  })

  it('neither reads nor writes one when the caller passes no environment', async () => {
    await triage(env)
    await editEntry(retitled(RUNBOOK, 'Restart, as the cache remembers it'))
    const r = await triage(undefined)
    expect(r.code).toBe(0)
    expect(r.out).toContain(`**\`${RUNBOOK}\`**: ${TITLE}`)
    expect(existsSync(join(root, 'process-cache'))).toBe(false)
    expect(existsSync(join(root, 'process-xdg'))).toBe(false)
    expect(entries()).toHaveLength(1)
  })

  it('lists --no-cache in the help', async () => {
    const help = (await cli(undefined, '--help')).out
    expect(help).toMatch(/--no-cache {2,}Validate the catalog even when it is unchanged/)
    expect(help).toContain('OPSLOOP_CACHE_DIR')
  })
})
