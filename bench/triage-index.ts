// The prebuilt triage index (src/triage/catalog-index.ts) on 1,000 runbooks: how long building
// it takes, and, in a fresh process as a cold `opsloop triage` or a new action run starts, how
// long loading it takes and how long one rules triage takes when no match rule fits (the text
// path, the slowest). Targets: triage median < 2 ms per incident; index load < 1 ms.
import { spawnSync } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { validateCommand } from '../src/flows/validate.js'
import { normalize } from '../src/intake/normalize.js'
import { TriageIndex } from '../src/triage/catalog-index.js'
import { LexicalIndex } from '../src/triage/lexical.js'
import { alarmEvent } from '../test/helpers/events.js'
import type { Timing } from './intake.js'

// Incidents no generated runbook's rule fits (their alarm names follow no `svc-N-*` convention
// and their metrics are custom), told in words the way people name alarms.
const STORIES = [
  ['orders-dlq-not-empty', 'Messages are piling up in the orders dead-letter queue'],
  ['checkout-p99-latency', 'p99 latency of checkout above 2 s'],
  ['worker-oom-kills', 'Worker tasks are OOM killed'],
  ['root-volume-almost-full', 'Root volume almost full, free disk space low'],
  ['payments-api-5xx', 'The payments API returns 5xx'],
  ['kinesis-consumer-falling-behind', 'The consumer is falling behind the stream'],
  ['redis-evictions', 'Redis is evicting keys under memory pressure'],
  ['cert-expiring-soon', 'The TLS certificate of the public endpoint expires in 10 days'],
  ['nat-port-allocation-errors', 'NAT gateway cannot allocate ports'],
  ['batch-job-stuck', 'The nightly batch job is stuck and not draining'],
  ['db-connections-exhausted', 'Database connections are running out'],
  ['lambda-throttled', 'Lambda invocations are throttled']
] as const

export async function benchTriageIndex(dir: string, processes = 3): Promise<Timing[]> {
  const validated = await validateCommand({ dir })
  const catalog = validated.entries.map((e) => ({
    runbook: e.runbook,
    file: e.file,
    digest: e.digest
  }))
  const builds: number[] = []
  for (let i = 0; i < 5; i++) {
    const start = performance.now()
    LexicalIndex.build(catalog.map((c) => c.runbook))
    builds.push(performance.now() - start)
  }
  const incidents = STORIES.flatMap(([name, description], i) =>
    [0, 1].map((n) => {
      const event = alarmEvent(`${name}${n ? `-${i}` : ''}`, {
        namespace: 'Custom/App',
        metric: name.replace(/-/g, '_')
      }) as { detail: { configuration: { description?: string } } }
      event.detail.configuration.description = description
      return normalize(event)
    })
  )
  const scratch = await mkdtemp(join(tmpdir(), 'opsloop-triage-index-'))
  try {
    const files = {
      entry: join(scratch, 'entry.json'),
      incidents: join(scratch, 'incidents.json')
    }
    // One file holding the catalog and its index, as a CLI cache entry does.
    const index = TriageIndex.build(catalog).toJSON()
    await writeFile(files.entry, JSON.stringify({ catalog, index }))
    await writeFile(files.incidents, JSON.stringify(incidents))
    const catalogs: number[] = []
    const loads: number[] = []
    const triages: number[] = []
    for (let p = 0; p < processes; p++) {
      const r = spawnSync(
        process.execPath,
        ['--expose-gc', 'bench/out/bench/triage-child.js', files.entry, files.incidents],
        { encoding: 'utf8' }
      )
      if (r.status !== 0) throw new Error(`the triage child failed:\n${r.stderr}`)
      const out = JSON.parse(r.stdout) as { catalogMs: number; indexMs: number; times: number[] }
      catalogs.push(out.catalogMs)
      loads.push(out.indexMs)
      triages.push(...out.times)
    }
    return [
      {
        case: 'text index build, 1,000 runbooks (once per catalog version)',
        runs: builds.length,
        times: builds,
        target: 'reported'
      },
      {
        case: 'cached catalog and index read (one JSON file), fresh process, 1,000 runbooks',
        runs: catalogs.length,
        times: catalogs,
        target: 'reported'
      },
      {
        case: 'triage index load from a read cache entry (its key vouches), fresh process, 1,000 runbooks',
        runs: loads.length,
        times: loads,
        target: '< 1 ms'
      },
      {
        case: 'rules triage, fresh process, prebuilt index, 1,000 runbooks, no rule fits',
        runs: triages.length,
        times: triages,
        target: '< 2 ms'
      }
    ]
  } finally {
    await rm(scratch, { recursive: true, force: true })
  }
}
