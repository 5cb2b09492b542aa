// Log anomaly detection benchmarks (src/detect): how stable the template key is on Loghub's 16
// labelled-template samples, how well the default rules flag BGL's and Thunderbird's alert lines,
// and the detector's handler-side throughput and memory with the in-memory store. The method is
// in docs/detection.md. Loghub is read from ../shared/testdata/loghub (or $LOGHUB_DIR), never
// copied here (research-only licence), and these parts are skipped when it is absent.
// `node bench/out/bench/detect.js` runs this part alone, after `tsc -p tsconfig.bench.json`.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { setTimeout as sleep } from 'node:timers/promises'
import { pathToFileURL } from 'node:url'
import v8 from 'node:v8'
import { runInNewContext } from 'node:vm'
import { DrainMiner } from '../src/context/drain.js'
import { detectSeverity } from '../src/context/severity.js'
import type { Anomaly, LogEvent, SourceRecord } from '../src/detect/anomaly.js'
import { Detector } from '../src/detect/detector.js'
import { mineText, templateKey } from '../src/detect/key.js'
import { MemoryStore } from '../src/detect/memory-store.js'
import { replay } from '../src/detect/replay.js'
import {
  DEFAULT_SETTINGS,
  formatDuration,
  parseDetectorConfig,
  type DetectorConfig
} from '../src/detect/settings.js'
import {
  loadSample,
  LOGHUB_DIR,
  loghubPresent,
  loghubSettings,
  prng,
  syntheticLogs,
  type GroundTruth
} from './logs.js'

/** Handler-side lines per second with the memory store, synthetic window (see throughput). */
const THROUGHPUT_TARGET = 20_000

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)))
  const line = (cells: string[]): string =>
    `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n')
}

const int = (n: number): string => Math.round(n).toLocaleString('en-US')
const pct = (n: number): string => (Number.isFinite(n) ? `${(100 * n).toFixed(1)}%` : 'n/a')
const ratio = (a: number, b: number): number => (b === 0 ? Number.NaN : a / b)

/**
 * A collected heap, for retained-memory figures (gc is not exposed to `npm run bench`). Sweeping
 * runs concurrently, so heapUsed drops only a moment after a collection: wait, then collect again.
 */
async function collect(): Promise<void> {
  v8.setFlagsFromString('--expose-gc')
  const gc = runInNewContext('gc') as () => void
  gc()
  await sleep(50)
  gc()
  await sleep(50)
}

// --- Key stability ----------------------------------------------------------------------------

interface Stability {
  templates: number
  keys: number
  /** Ground-truth templates that got more than one key, and the keys beyond the first. */
  split: number
  extra: number
  /** Keys holding lines of more than one ground-truth template. */
  impure: number
  /** Extra keys counted over fatal/error/warn lines only: the splits that can be "new". */
  seriousExtra: number
  /** Lines whose key differs when the sample is fed in another (shuffled) order. */
  moved: number
  lines: number
}

function stability(
  truth: readonly string[],
  keys: readonly string[],
  serious: readonly boolean[]
): Omit<Stability, 'moved'> {
  const byTemplate = new Map<string, Set<string>>()
  const seriousByTemplate = new Map<string, Set<string>>()
  const byKey = new Map<string, Set<string>>()
  truth.forEach((t, i) => {
    const k = keys[i] ?? ''
    let ks = byTemplate.get(t)
    if (ks === undefined) byTemplate.set(t, (ks = new Set()))
    ks.add(k)
    if (serious[i] === true) {
      let ss = seriousByTemplate.get(t)
      if (ss === undefined) seriousByTemplate.set(t, (ss = new Set()))
      ss.add(k)
    }
    let ts = byKey.get(k)
    if (ts === undefined) byKey.set(k, (ts = new Set()))
    ts.add(t)
  })
  let seriousExtra = 0
  for (const ss of seriousByTemplate.values()) seriousExtra += ss.size - 1
  let split = 0
  let extra = 0
  let impure = 0
  for (const ks of byTemplate.values()) {
    if (ks.size > 1) split++
    extra += ks.size - 1
  }
  for (const ts of byKey.values()) if (ts.size > 1) impure++
  return {
    templates: byTemplate.size,
    keys: byKey.size,
    split,
    extra,
    seriousExtra,
    impure,
    lines: truth.length
  }
}

/** The Drain template each line gets when it arrives: what a key from the template would be. */
function drainKeys(contents: readonly string[], order: readonly number[]): string[] {
  const miner = new DrainMiner({ maxExamples: 0, maxValues: 0 })
  const out: string[] = new Array<string>(contents.length)
  for (const i of order) {
    const c = contents[i] ?? ''
    out[i] = `${detectSeverity(c)} ${miner.add(mineText(c)).template}`
  }
  return out
}

function keyStability(out: string[]): boolean {
  const settings = loghubSettings()
  const systems = Object.keys(settings)
  const sum = (): Stability => ({
    templates: 0,
    keys: 0,
    split: 0,
    extra: 0,
    seriousExtra: 0,
    impure: 0,
    moved: 0,
    lines: 0
  })
  const rows: string[][] = []
  const totals = new Map<string, Stability>()
  let ok = true
  for (const truth of ['original', 'corrected'] as GroundTruth[])
    for (const system of systems) {
      const sample = loadSample(system, truth, LOGHUB_DIR, settings)
      const { contents, eventIds } = sample
      const inOrder = contents.map((_, i) => i)
      const random = prng(1)
      const shuffled = [...inOrder]
      for (let i = shuffled.length - 1; i > 0; i--) {
        const j = Math.floor(random() * (i + 1))
        ;[shuffled[i], shuffled[j]] = [shuffled[j] ?? 0, shuffled[i] ?? 0]
      }
      const serious = contents.map((c) => detectSeverity(c) !== 'info')
      const ours = contents.map((c) => templateKey(c, detectSeverity(c)))
      // The key is a function of the line: another order cannot change it. Checked, not assumed.
      const oursShuffled: string[] = new Array<string>(contents.length)
      for (const i of shuffled)
        oursShuffled[i] = templateKey(contents[i] ?? '', detectSeverity(contents[i] ?? ''))
      const drain = drainKeys(contents, inOrder)
      const drainShuffled = drainKeys(contents, shuffled)
      const cases: [string, string[], string[]][] = [
        ['template key (detect/key.ts)', ours, oursShuffled],
        ['Drain template when the line arrives', drain, drainShuffled]
      ]
      for (const [name, keys, other] of cases) {
        const s = {
          ...stability(eventIds, keys, serious),
          moved: keys.filter((k, i) => k !== other[i]).length
        }
        const t = totals.get(`${truth}\u0000${name}`) ?? sum()
        for (const f of Object.keys(t) as (keyof Stability)[]) t[f] += s[f]
        totals.set(`${truth}\u0000${name}`, t)
        if (name.startsWith('template key') && s.moved > 0) ok = false
        if (truth === 'original' && (system === 'BGL' || system === 'Thunderbird'))
          rows.push(stabilityRow(`${system}: ${name}`, s))
      }
    }
  for (const [id, t] of totals) {
    const [truth = '', name = ''] = id.split('\u0000')
    rows.push(stabilityRow(`all ${systems.length} systems (${truth} GT): ${name}`, t))
  }
  out.push(
    `\nTemplate key stability on Loghub 2k (Content field, ground-truth EventIds; ${systems.length} systems). A split template has lines under several keys (each can be "new" once); an impure key holds several templates (one can hide another);`,
    '"moved" = lines whose key differs when the sample is fed in a shuffled order (another container, another order). Target: 0 moved for the template key.',
    table(
      [
        'case',
        'GT templates',
        'keys',
        'templates split',
        'extra keys',
        'of which on fatal/error/warn lines',
        'impure keys',
        'lines moved by order'
      ],
      rows
    )
  )
  return ok
}

function stabilityRow(name: string, s: Stability): string[] {
  return [
    name,
    int(s.templates),
    int(s.keys),
    `${int(s.split)} (${pct(s.split / s.templates)})`,
    `${int(s.extra)} (${(s.extra / s.templates).toFixed(2)}/template)`,
    int(s.seriousExtra),
    `${int(s.impure)} (${pct(s.impure / s.keys)})`,
    `${int(s.moved)} (${pct(s.moved / s.lines)})`
  ]
}

// --- Detection quality ------------------------------------------------------------------------

interface Quality {
  system: string
  learning: string
  lines: number
  testLines: number
  alertLines: number
  anomalies: number
  byKind: string
  suppressed: number
  tp: number
  fp: number
  fn: number
  categories: number
  caught: number
  falseAnomalies: number
  normalTest: number
}

/**
 * Replays a labelled Loghub file through `opsloop watch`'s path (replay → Detector → memory
 * store) and grades the lines the anomalies flag (docs/detection.md, "Benchmark").
 */
async function grade(
  system: string,
  learning: { name: string; ms: (times: readonly number[]) => number }
): Promise<Quality> {
  const text = readFileSync(join(LOGHUB_DIR, '2k', system, `${system}_2k.log`), 'utf8')
  const lines = text.split('\n')
  // Timestamps first (the learning prefix may be a share of the lines), with the same reader.
  const events: { event: LogEvent; label: string }[] = []
  await replay(lines, {
    logGroup: system,
    year: 2005,
    config: parseDetectorConfig({ defaults: { burst: false, newSeverities: [] } }),
    onLine: (event, label) => events.push({ event, label: label ?? '-' })
  })
  const learningMs = learning.ms(events.map((e) => e.event.timestamp))
  const config = parseDetectorConfig({ defaults: { learning: formatDuration(learningMs) } })
  const result = await replay(lines, { logGroup: system, year: 2005, config })
  const start = events[0]?.event.timestamp ?? 0
  const learningEnd = start + learningMs
  const keyed = events.map(({ event, label }) => ({
    t: event.timestamp,
    label,
    key: templateKey(event.message, detectSeverity(event.message))
  }))
  const flagged = new Set<number>()
  let falseAnomalies = 0
  for (const a of result.anomalies) {
    const hits = keyed
      .map((l, i) => ({ l, i }))
      .filter(({ l }) => l.key === a.templateKey && l.t >= a.windowStart && l.t < a.windowEnd)
    for (const { i } of hits) flagged.add(i)
    if (!hits.some(({ l }) => l.label !== '-')) falseAnomalies++
  }
  const q: Quality = {
    system,
    learning: learning.name,
    lines: keyed.length,
    testLines: 0,
    alertLines: 0,
    anomalies: result.anomalies.length,
    byKind: kinds(result.anomalies),
    suppressed: result.suppressed,
    tp: 0,
    fp: 0,
    fn: 0,
    categories: 0,
    caught: 0,
    falseAnomalies,
    normalTest: 0
  }
  const categories = new Map<string, boolean>()
  keyed.forEach((l, i) => {
    if (l.t < learningEnd) return
    q.testLines++
    const alert = l.label !== '-'
    const hit = flagged.has(i)
    if (alert) {
      q.alertLines++
      categories.set(l.label, (categories.get(l.label) ?? false) || hit)
      if (hit) q.tp++
      else q.fn++
    } else {
      q.normalTest++
      if (hit) q.fp++
    }
  })
  q.categories = categories.size
  q.caught = [...categories.values()].filter(Boolean).length
  return q
}

const kinds = (anomalies: readonly Anomaly[]): string => {
  const n = (k: string): number => anomalies.filter((a) => a.kind === k).length
  return `${n('new-template')} new, ${n('burst')} burst`
}

async function detection(out: string[]): Promise<void> {
  const learnings = [
    {
      name: `defaults (learning ${formatDuration(DEFAULT_SETTINGS.learningMs)})`,
      ms: () => DEFAULT_SETTINGS.learningMs
    },
    { name: 'learning = time of the first 20% of lines', ms: share(0.2) },
    { name: 'learning = time of the first 80% of lines', ms: share(0.8) }
  ]
  const rows: string[][] = []
  for (const system of ['BGL', 'Thunderbird'])
    for (const learning of learnings) {
      const q = await grade(system, learning)
      rows.push([
        system,
        q.learning,
        `${int(q.testLines)}/${int(q.lines)}`,
        int(q.alertLines),
        `${int(q.anomalies)} (${q.byKind}; ${int(q.suppressed)} over budget)`,
        q.anomalies === 0 ? 'n/a' : pct((q.anomalies - q.falseAnomalies) / q.anomalies),
        int(q.tp + q.fp),
        pct(ratio(q.tp, q.tp + q.fp)),
        pct(ratio(q.tp, q.tp + q.fn)),
        q.categories === 0 ? 'n/a' : `${q.caught}/${q.categories}`,
        q.normalTest === 0 ? 'n/a' : ((1000 * q.falseAnomalies) / q.normalTest).toFixed(1)
      ])
    }
  out.push(
    `\nDetection on Loghub 2k BGL and Thunderbird (labels: first field; "-" = normal), default rules (window ${formatDuration(DEFAULT_SETTINGS.windowMs)}, baseline ${formatDuration(DEFAULT_SETTINGS.baselineMs)}, burst ≥ ${DEFAULT_SETTINGS.minCount} and ≥ ${DEFAULT_SETTINGS.burstFactor}×, cooldown ${formatDuration(DEFAULT_SETTINGS.cooldownMs)}, new = fatal/error/warn, budget ${DEFAULT_SETTINGS.newTemplateBudget}), not tuned.`,
    "Replayed in file order (chronological); graded on the lines after the learning prefix. A line is flagged when an emitted anomaly has its template key and the line falls in the anomaly's window.",
    'Precision and recall are of flagged lines; a category is caught when one of its lines after learning is flagged. False anomalies: anomalies that flag no alert line, per 1,000 normal lines after learning.',
    "Thunderbird's 2k sample has no alert line and spans 15 minutes; both samples are too sparse in time for the burst rule (the synthetic hour above exercises it).",
    table(
      [
        'system',
        'learning',
        'lines graded/all',
        'alert lines',
        'anomalies',
        'anomalies with an alert line',
        'flagged lines',
        'precision',
        'recall',
        'categories caught',
        'false anomalies /1k normal'
      ],
      rows
    )
  )
}

/** A learning prefix as long as the time the first `p` of the lines span. */
const share =
  (p: number) =>
  (times: readonly number[]): number =>
    (times[Math.floor(times.length * p)] ?? 0) - (times[0] ?? 0)

// --- Throughput -------------------------------------------------------------------------------

/** The synthetic hour of bench/logs.ts as records: one per minute of log time, ≤ 500 lines. */
function records(n: number): {
  records: SourceRecord[]
  lines: number
  newError: string
  burst: string
} {
  const logs = syntheticLogs(n)
  const out: SourceRecord[] = []
  let events: LogEvent[] = []
  for (const line of logs.lines) {
    const t = line.timestamp ?? 0
    const head = events[0]
    if (
      head !== undefined &&
      (events.length >= 500 || Math.floor(head.timestamp / 60_000) !== Math.floor(t / 60_000))
    ) {
      out.push({ id: `r${out.length}`, events })
      events = []
    }
    events.push({
      logGroup: '/aws/lambda/orders',
      logStream: line.stream ?? 's',
      timestamp: t,
      message: line.message
    })
  }
  if (events.length > 0) out.push({ id: `r${out.length}`, events })
  return { records: out, lines: logs.lines.length, newError: logs.newError, burst: logs.burst }
}

/** One timed pass over the records with a new detector and store. */
async function pass(
  input: readonly SourceRecord[],
  config: DetectorConfig
): Promise<{ seconds: number; peak: number; kept: [MemoryStore, Detector]; sent: Anomaly[] }> {
  const store = new MemoryStore()
  const sent: Anomaly[] = []
  const detector = new Detector({
    store,
    config,
    sink: {
      send: (a) => {
        sent.push(...a)
        return Promise.resolve()
      }
    }
  })
  const before = process.memoryUsage().heapUsed
  let peak = 0
  const start = performance.now()
  for (let i = 0; i < input.length; i++) {
    const r = input[i]
    if (r !== undefined) await detector.process([r])
    if (i % 16 === 0) peak = Math.max(peak, process.memoryUsage().heapUsed - before)
  }
  return { seconds: (performance.now() - start) / 1000, peak, kept: [store, detector], sent }
}

async function throughput(out: string[]): Promise<boolean> {
  const total = 100_000
  const input = records(total)
  const config = parseDetectorConfig({ defaults: { learning: '30m' } })
  const rates: number[] = []
  let retainedMb = 0
  let peakMb = 0
  let found: Anomaly[] = []
  let requests: Record<string, number> = {}
  // Run 0 warms up (the JIT, and V8 flattening the input's strings, which shrinks the heap).
  for (let run = 0; run < 4; run++) {
    await collect()
    // Held only here, so dropping it frees the detector and the store (a local would keep them).
    const alive: { pass?: Awaited<ReturnType<typeof pass>> } = {
      pass: await pass(input.records, config)
    }
    if (run === 0 || alive.pass === undefined) continue
    rates.push(input.lines / alive.pass.seconds)
    peakMb = Math.max(peakMb, alive.pass.peak / 1024 / 1024)
    found = alive.pass.sent
    requests = { ...alive.pass.kept[0].requests }
    // Retained: the heap with the detector and store reachable, less the heap without them.
    await collect()
    const withThem = process.memoryUsage().heapUsed
    delete alive.pass
    await collect()
    retainedMb = (withThem - process.memoryUsage().heapUsed) / 1024 / 1024
  }
  rates.sort((a, b) => a - b)
  const rate = rates[1] ?? 0
  const planted = (a: Anomaly): boolean =>
    (a.kind === 'new-template' && a.examples.some((e) => e.message.includes(input.newError))) ||
    (a.kind === 'burst' && a.examples.some((e) => e.message.includes(input.burst)))
  const newFound = found.some((a) => a.kind === 'new-template' && planted(a))
  const burstFound = found.some((a) => a.kind === 'burst' && planted(a))
  const other = found.filter((a) => !planted(a))
  const perK = (n: number): string => ((1000 * n) / input.lines).toFixed(2)
  out.push(
    `\nDetector throughput, handler side: the synthetic hour of bench/logs.ts (${int(input.lines)} lines, ${int(input.records.length)} records of one minute or ≤ 500 lines), Detector + MemoryStore, one core, median of 3 after a warm-up, learning 30m.`,
    'Heap: peak above the start during a run, and retained by the detector and the store after it. Requests: what the DynamoDB store would be asked, per 1,000 lines.',
    table(
      [
        'lines/s',
        'heap peak MB',
        'heap retained MB',
        'anomalies',
        'planted new error found',
        'planted burst found',
        'other anomalies',
        'target'
      ],
      [
        [
          int(rate),
          peakMb.toFixed(1),
          retainedMb.toFixed(2),
          kinds(found),
          newFound ? 'yes' : 'NO',
          burstFound ? 'yes' : 'NO',
          other.length === 0
            ? '0'
            : `${other.length}: ${other.map((a) => `${a.kind} "${a.template.slice(0, 50)}"`).join('; ')}`,
          `≥ ${int(THROUGHPUT_TARGET)}/s`
        ]
      ]
    ),
    table(Object.keys(requests), [Object.values(requests).map(perK)])
  )
  return rate >= THROUGHPUT_TARGET && newFound && burstFound
}

/** The detection benchmarks as text, and whether every target held. */
export async function benchDetect(): Promise<{ text: string; ok: boolean }> {
  const out: string[] = []
  let ok = await throughput(out)
  if (loghubPresent()) {
    ok = keyStability(out) && ok
    await detection(out)
  } else
    out.push(
      `\nLoghub absent (looked in ${LOGHUB_DIR}; set LOGHUB_DIR): key stability and detection quality not measured.`
    )
  return { text: out.join('\n'), ok }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { text, ok } = await benchDetect()
  console.log(text)
  if (!ok) {
    console.log('\nTarget missed: detection benchmarks (see the tables above).')
    process.exitCode = 1
  }
}
