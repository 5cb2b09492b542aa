// Intake benchmarks: the rules triage of one incident against a 1,000-runbook catalog in a
// process that already triaged one (the index is built once per catalog version and found again
// by the catalog's digest, even for a new array), and the action's start-up: from process start
// to its first GitHub request, beside `node -e 0` in the same run (target: at most 3× as long).
// The fresh-process triage with a prebuilt index is bench/triage-index.ts.
import { spawn } from 'node:child_process'
import { readFile, readdir, mkdtemp, writeFile, rm } from 'node:fs/promises'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { validateCommand } from '../src/flows/validate.js'
import { incidentEvidence } from '../src/context/evidence.js'
import { normalize } from '../src/intake/normalize.js'
import { rulesTriage } from '../src/triage/rules.js'
import type { CatalogRunbook } from '../src/triage/types.js'
import { alarmEvent } from '../test/helpers/events.js'
import { median } from './stats.js'

export interface Timing {
  case: string
  runs: number
  times: number[]
  target: string
}

/** Rules triage per incident, with a new catalog array each run (the index is found by digest). */
export async function measureTriage(dir: string): Promise<Timing[]> {
  const validated = await validateCommand({ dir })
  const entries: CatalogRunbook[] = validated.entries.map((e) => ({
    runbook: e.runbook,
    file: e.file,
    digest: e.digest
  }))
  const examples = (await readdir(join(dir, 'examples'))).slice(0, 50)
  const matched = await Promise.all(
    examples.map(async (f) =>
      normalize(JSON.parse(await readFile(join(dir, 'examples', f), 'utf8')))
    )
  )
  const unmatchedEvent = alarmEvent('storage-nearly-exhausted', {
    namespace: 'Custom',
    metric: 'x'
  }) as {
    detail: { configuration: { description?: string } }
  }
  unmatchedEvent.detail.configuration.description = 'Root volume almost full, free disk space low'
  const unmatched = normalize(unmatchedEvent)

  const time = (incidents: typeof matched, check: (id: string | undefined) => void): number[] =>
    incidents.map((incident) => {
      const catalog = [...entries]
      const start = performance.now()
      const t = rulesTriage({ incident, evidence: incidentEvidence(incident), catalog })
      const ms = performance.now() - start
      check(t.runbook?.id)
      return ms
    })
  const matchedTimes = time(matched, (id) => {
    if (id === undefined) throw new Error('a generated example selected no runbook')
  })
  const lexicalTimes = time(
    Array.from({ length: 20 }, () => unmatched),
    () => undefined
  )
  return [
    {
      case: 'rules triage in process, 1,000 runbooks, a match rule fits',
      runs: matchedTimes.length,
      times: matchedTimes,
      target: '< 2 ms'
    },
    {
      case: 'rules triage in process, 1,000 runbooks, no rule fits (first run builds the index)',
      runs: lexicalTimes.length,
      times: lexicalTimes,
      target: 'reported'
    }
  ]
}

/** The environment both processes start with: the runner's few variables, nothing inherited. */
function actionEnv(port: number, eventPath: string, output: string): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH ?? '',
    GITHUB_API_URL: `http://127.0.0.1:${port}`,
    GITHUB_EVENT_NAME: 'repository_dispatch',
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: 'acme/ops',
    GITHUB_OUTPUT: output,
    'INPUT_GITHUB-TOKEN': 'bench',
    'INPUT_RECORD-KEY': 'bench-record-key-0123456789abcdef0123456789',
    INPUT_RUNBOOKS: 'runbooks'
  }
}

/** Start a minimal GitHub API, run the intake job's bundle once, time its first request. */
async function startupOnce(entry: string, eventPath: string, scratch: string): Promise<number> {
  let first: number | undefined
  const server = createServer((req, res) => {
    first ??= performance.now()
    res.setHeader('content-type', 'application/json')
    if (req.method === 'GET') res.end('[]')
    else res.end(JSON.stringify({ number: 1, html_url: 'https://github.com/acme/ops/issues/1' }))
    req.resume()
  })
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  const port = (server.address() as AddressInfo).port
  const output = join(scratch, 'output')
  await writeFile(output, '')
  const start = performance.now()
  const child = spawn(process.execPath, [entry], {
    env: actionEnv(port, eventPath, output),
    stdio: ['ignore', 'pipe', 'ignore']
  })
  let log = ''
  child.stdout.on('data', (d: Buffer) => (log += d.toString()))
  const code = await new Promise<number | null>((r) => child.on('exit', r))
  server.close()
  if (code !== 0 || first === undefined)
    throw new Error(`the action exited with ${String(code)}:\n${log}`)
  return first - start
}

/** `node -e 0` in the same environment, start to exit: what any Node process costs here. */
async function nodeOnce(scratch: string): Promise<number> {
  const start = performance.now()
  const child = spawn(process.execPath, ['-e', '0'], {
    env: actionEnv(0, join(scratch, 'event.json'), join(scratch, 'output')),
    stdio: 'ignore'
  })
  await new Promise((r) => child.on('exit', r))
  return performance.now() - start
}

/** How many times `node -e 0` the action's start-up may take (issue 22). */
export const STARTUP_RATIO_TARGET = 3

export interface Startup {
  action: Timing
  node: Timing
  /** The action's median over node's, the runs interleaved so noise hits both alike. */
  ratio: number
}

/**
 * The `intake` sub-action's start-up (dist/intake.js, as a `repository_dispatch` job runs it)
 * beside `node -e 0`, run after run in turn.
 */
export async function measureStartup(runs: number): Promise<Startup> {
  const scratch = await mkdtemp(join(tmpdir(), 'opsloop-startup-'))
  try {
    const eventPath = join(scratch, 'event.json')
    const payload = JSON.parse(
      await readFile('runbooks/examples/restart-systemd-service/alb-target-5xx.json', 'utf8')
    ) as unknown
    await writeFile(eventPath, JSON.stringify({ action: 'aws-incident', client_payload: payload }))
    const action: number[] = []
    const node: number[] = []
    for (let i = 0; i < runs; i++) {
      action.push(await startupOnce('dist/intake.js', eventPath, scratch))
      node.push(await nodeOnce(scratch))
    }
    const ratio = median(action) / median(node)
    return {
      action: {
        case: 'action start-up: process start to first GitHub request (dist/intake.js)',
        runs,
        times: action,
        target: `≤ ${STARTUP_RATIO_TARGET}× node -e 0`
      },
      node: {
        case: '`node -e 0`, same environment, start to exit',
        runs,
        times: node,
        target: 'reported'
      },
      ratio
    }
  } finally {
    await rm(scratch, { recursive: true, force: true })
  }
}
