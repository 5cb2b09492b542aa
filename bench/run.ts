// `npm run bench`: speed and memory of catalog validation, printed as a table.
// The target (< 1 s for 1,000 runbooks) applies to validation itself, in process. The cold
// `opsloop validate` process is reported beside it: it adds Node start-up, bundle load, schema
// compilation and a cold JIT, and YAML parsing alone takes most of a second cold there. It runs the
// TypeScript compiled by tsc (as shipped), not an on-the-fly transform.
// Targets: a 1,000-runbook catalog validates in under 1 s on the development machine (2 cores).
// Every figure is printed beside its target and the run ends with the list of targets missed; it
// exits 0 (a benchmark on a noisy machine is a report, not a gate) unless `--check` is given, when
// a missed target exits 1.
import { spawnSync } from 'node:child_process'
import { rm } from 'node:fs/promises'
import { dirname } from 'node:path'
import { performance } from 'node:perf_hooks'
import { validateCommand } from '../src/flows/validate.js'
import { startStandIns } from '../harness/standins/index.js'
import { generateCatalog } from './catalog.js'
import { measureLedger } from './ledger.js'
import { STARTUP_RATIO_TARGET, measureStartup, measureTriage, type Timing } from './intake.js'
import { benchLogs } from './logs.js'
import { quantile } from './stats.js'
import { benchDetect } from './detect.js'
import { benchDetectorHandler } from './detector-handler.js'
import { benchStorm, reliabilityTable } from './storm.js'
import { benchTriageIndex } from './triage-index.js'
import { benchTriageQuality } from './triage-quality.js'
import { benchChangeAttribution } from './change-eval.js'

interface Row {
  case: string
  runbooks: number
  runs: number
  medianMs: number
  p95Ms: number
  perRunbookUs: number
  heapMb: number
  target: string
}

async function measure(name: string, dir: string, runs: number, target: string): Promise<Row> {
  const times: number[] = []
  let runbooks = 0
  let heap = 0
  for (let i = 0; i < runs; i++) {
    globalThis.gc?.()
    const before = process.memoryUsage().heapUsed
    const start = performance.now()
    const result = await validateCommand({ dir })
    times.push(performance.now() - start)
    heap = Math.max(heap, process.memoryUsage().heapUsed - before)
    if (!result.ok)
      throw new Error(
        `${name}: the benchmark catalog is invalid:\n${result.problems.map((p) => p.message).join('\n')}`
      )
    runbooks = result.statuses.length
  }
  times.sort((a, b) => a - b)
  const median = quantile(times, 0.5)
  return {
    case: name,
    runbooks,
    runs,
    medianMs: median,
    p95Ms: quantile(times, 0.95),
    perRunbookUs: (median * 1000) / runbooks,
    heapMb: heap / 1024 / 1024,
    target
  }
}

/** The whole command as a user runs it: a new process running the committed bundle. */
function measureCli(name: string, dir: string, runs: number, target: string): Row {
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const start = performance.now()
    const r = spawnSync(process.execPath, ['dist/cli.js', 'validate', dir], { encoding: 'utf8' })
    times.push(performance.now() - start)
    if (r.status !== 0) throw new Error(`${name}: opsloop validate failed:\n${r.stderr}`)
  }
  times.sort((a, b) => a - b)
  const median = quantile(times, 0.5)
  return {
    case: name,
    runbooks: 1000,
    runs,
    medianMs: median,
    p95Ms: quantile(times, 0.95),
    perRunbookUs: (median * 1000) / 1000,
    heapMb: NaN,
    target
  }
}

/** Start-up of every stand-in (target < 1 s); the first call also loads GitHub's description. */
async function measureStandIns(): Promise<Row[]> {
  const once = async (): Promise<number> => {
    const start = performance.now()
    const standIns = await startStandIns()
    const ms = performance.now() - start
    await standIns.stop()
    return ms
  }
  const first = await once()
  const later: number[] = []
  for (let i = 0; i < 10; i++) later.push(await once())
  later.sort((a, b) => a - b)
  const row = (name: string, times: number[], target: string): Row => ({
    case: name,
    runbooks: NaN,
    runs: times.length,
    medianMs: quantile(times, 0.5),
    p95Ms: quantile(times, 0.95),
    perRunbookUs: NaN,
    heapMb: NaN,
    target
  })
  return [
    row(
      'stand-ins start-up, first in process (loads the OpenAPI description)',
      [first],
      '< 1000 ms'
    ),
    row('stand-ins start-up, later calls', later, '< 1000 ms')
  ]
}

function timingRow(t: Timing): Row {
  const times = [...t.times].sort((a, b) => a - b)
  return {
    case: t.case,
    runbooks: t.case.includes('1,000') ? 1000 : NaN,
    runs: t.runs,
    medianMs: quantile(times, 0.5),
    p95Ms: quantile(times, 0.95),
    perRunbookUs: NaN,
    heapMb: NaN,
    target: t.target
  }
}

const check = process.argv.includes('--check')
/** Targets missed, as one line each. */
const missed: string[] = []

const generated = await generateCatalog(1000)
try {
  const startup = await measureStartup(15)
  const first = await measure(
    'generated catalog, first run (cold: compiles the schema)',
    generated,
    1,
    '-'
  )
  const rows = [
    first,
    await measure('generated catalog, 1,000 runbooks + 1,000 examples', generated, 7, '< 1000 ms'),
    await measure('starter catalog (runbooks/)', 'runbooks', 15, '-'),
    measureCli(
      '`opsloop validate` process (dist/cli.js), 1,000 runbooks',
      generated,
      5,
      'reported'
    ),
    ...(await measureStandIns()),
    ...[
      ...(await measureTriage(generated)),
      ...(await benchTriageIndex(generated)),
      startup.action,
      startup.node,
      measureLedger(20)
    ].map(timingRow)
  ]
  const fmt = (n: number, d = 1): string => (Number.isFinite(n) ? n.toFixed(d) : '-')
  const header = [
    'case',
    'runbooks',
    'runs',
    'median ms',
    'p95 ms',
    'µs/runbook',
    'heap Δ MB',
    'target'
  ]
  const lines = rows.map((r) => [
    r.case,
    Number.isFinite(r.runbooks) ? String(r.runbooks) : '-',
    String(r.runs),
    fmt(r.medianMs),
    fmt(r.p95Ms),
    fmt(r.perRunbookUs, 0),
    fmt(r.heapMb),
    r.target
  ])
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => (l[i] ?? '').length)))
  const row = (cells: string[]): string =>
    `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`
  console.log(`node ${process.version}, ${process.platform}/${process.arch}`)
  console.log(row(header))
  console.log(row(widths.map((w) => '-'.repeat(w))))
  for (const l of lines) console.log(row(l))
  console.log(
    `\nAction start-up: ${startup.ratio.toFixed(1)}× \`node -e 0\` (medians of ${startup.action.runs} runs each, in turn; target ≤ ${STARTUP_RATIO_TARGET}×).`
  )
  if (!(startup.ratio <= STARTUP_RATIO_TARGET))
    missed.push(
      `action start-up: ${startup.ratio.toFixed(1)}× node -e 0 (target ≤ ${STARTUP_RATIO_TARGET}×)`
    )
  for (const r of rows) {
    const limit = /^< (\d+) ms$/.exec(r.target)?.[1]
    if (limit !== undefined && r.medianMs >= Number(limit))
      missed.push(`${r.case}: ${fmt(r.medianMs)} ms (target ${r.target})`)
  }
  // Triage quality on the labelled evaluation sets (eval/triage): agreement with an SRE.
  const quality = await benchTriageQuality()
  console.log(quality.text)
  if (!quality.ok) missed.push('triage evaluation (see the tables above)')
  // Change attribution on the labelled snapshots (eval/changes): the right culprit or none.
  const changes = await benchChangeAttribution()
  console.log(changes.text)
  if (!changes.ok) missed.push('change attribution (see the tables above)')
  // Intake under deliveries that race: its own table (duplicates, losses, requests).
  const reliability = await benchStorm()
  console.log(`\n${reliabilityTable(reliability)}`)
  for (const r of reliability.filter((r) => !r.ok))
    missed.push(`${r.case}: ${r.figure} (target ${r.target})`)
  // Log templates and summaries: their own tables (Loghub accuracy, throughput, compression).
  const logs = benchLogs()
  console.log(logs.text)
  if (!logs.ok) missed.push('log benchmarks (see the tables above)')
  // Log anomaly detection (src/detect): key stability, BGL/Thunderbird quality, throughput.
  const detect = await benchDetect()
  console.log(detect.text)
  if (!detect.ok) missed.push('detection benchmarks (see the tables above)')
  // The detector's Lambda handler against the DynamoDB and EventBridge stand-ins.
  const handler = await benchDetectorHandler()
  console.log(handler.text)
  if (!handler.ok) missed.push('detector handler (see the table above)')
  console.log(
    missed.length === 0
      ? '\nEvery target met.'
      : `\nTargets missed (${missed.length}):\n${missed.map((m) => `- ${m}`).join('\n')}`
  )
  if (check && missed.length > 0) process.exitCode = 1
  else if (missed.length > 0)
    console.log('(A report: `npm run bench -- --check` exits 1 on a missed target.)')
} finally {
  await rm(dirname(generated), { recursive: true, force: true })
}
