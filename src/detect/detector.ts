// The log anomaly detector's core: source records of log events in, anomalies out, exactly once
// per (log group, template key, kind, cooldown window) however many containers process the
// stream and however often a record is redelivered.
//
// Per record, in this order (docs/detection.md says what a crash between two steps costs):
// 1. skip it if the store says it was done (a redelivery);
// 2. mine each line into its log group's Drain miner for its severity (one miner per severity,
//    as the log summary does: a cache, for the template text shown), and key it (detect/key.ts);
// 3. per log group and key: the stored first-seen times (conditional puts, cached once known),
//    then the per-minute counts (atomic counters);
// 4. evaluate the rules; each anomaly must win its claim (a conditional put) to be emitted;
// 5. send the anomalies; if sending (or anything before it) fails, release this record's claims
//    so its redelivery can claim them again, and rethrow;
// 6. mark the record done.
// The store is the truth; every in-memory map here is a bounded cache of it or of the lines.
import { DrainMiner, type LogTemplate } from '../context/drain.js'
import { clip } from '../context/log-summary.js'
import { Redactor, type RedactionOptions } from '../context/redact.js'
import { detectSeverity, type Severity } from '../context/severity.js'
import { createHash } from 'node:crypto'
import {
  cooldownWindow,
  findBurst,
  MINUTE_MS,
  minuteOf,
  newTemplateDue,
  type Anomaly,
  type AnomalyKind,
  type LogEvent,
  type SourceRecord
} from './anomaly.js'
import { mineText, TemplateKeys } from './key.js'
import { deliveredBefore, type AnomalySink, type DetectorStore } from './ports.js'
import { DetectorConfig, type DetectionSettings } from './settings.js'

/** The counter that holds a log group's new-template budget (keys never start with `#`). */
export const NEW_BUDGET_KEY = '#new-template-budget'

const MAX_EXAMPLES = 3
const MAX_EXAMPLE_CHARS = 500
const MAX_TEMPLATE_CHARS = 500
/** Per log group, entries of each cache before it is emptied (it refills from the store). */
const CACHE_LIMIT = 50_000
/** Templates of one record whose store requests are in flight at once. */
const PARALLEL_TEMPLATES = 16

export interface DetectorOptions {
  store: DetectorStore
  sink: AnomalySink
  /** Per-log-group settings (parseDetectorConfig). Default: DEFAULT_SETTINGS everywhere. */
  config?: DetectorConfig
  /** For the template and example lines an anomaly carries. */
  redaction?: RedactionOptions
  /** Log groups whose miners and caches are kept, least recently used dropped. Default 200. */
  maxGroups?: number
}

export interface ProcessResult {
  /** Anomalies sent, in order. */
  anomalies: Anomaly[]
  /** Records processed, and records skipped as already done. */
  records: number
  skipped: number
  /** Events read, and events left out for a timestamp that is not a finite number. */
  events: number
  invalid: number
  /** New-template anomalies claimed but not sent: over the log group's budget. */
  suppressed: number
}

/** What one record holds of one template. */
interface KeyLines {
  key: string
  /** The key's canonical form. */
  text: string
  severity: Severity
  /** The Drain template of its latest line, live. */
  template: LogTemplate
  first: number
  last: number
  /** Lines per epoch minute. */
  minutes: Map<number, number>
  examples: LogEvent[]
}

/** A warm container's cache for one log group. */
interface GroupCache {
  miners: Map<Severity, DrainMiner>
  firstSeen: number | undefined
  /** Template key → stored first-seen time (immutable once stored). */
  templates: Map<string, number>
  /** Template key → counts of the minutes before `minute`, as last queried. */
  recent: Map<string, { minute: number; counts: ReadonlyMap<number, number> }>
}

interface Taken {
  group: string
  key: string
  kind: AnomalyKind
  windowStart: number
  /** The budget minute counted, for a new template. */
  budgetMinute?: number
}

export class Detector {
  private readonly store: DetectorStore
  private readonly sink: AnomalySink
  private readonly config: DetectorConfig
  private readonly redaction: RedactionOptions
  private readonly maxGroups: number
  private readonly keys = new TemplateKeys()
  private readonly groups = new Map<string, GroupCache>()

  constructor(options: DetectorOptions) {
    this.store = options.store
    this.sink = options.sink
    this.config = options.config ?? new DetectorConfig()
    this.redaction = options.redaction ?? {}
    this.maxGroups = options.maxGroups ?? 200
  }

  /** Processes records in order; see the file comment. Throws when the store or the sink does. */
  async process(records: readonly SourceRecord[]): Promise<ProcessResult> {
    const result: ProcessResult = {
      anomalies: [],
      records: 0,
      skipped: 0,
      events: 0,
      invalid: 0,
      suppressed: 0
    }
    // Claims tried in this call: a batch's later records never ask twice.
    const tried = new Set<string>()
    for (const record of records) {
      if (await this.store.wasDone(record.id)) {
        result.skipped++
        continue
      }
      const taken: Taken[] = []
      let anomalies: Anomaly[]
      try {
        anomalies = await this.analyze(record, taken, tried, result)
        if (anomalies.length > 0) await this.sink.send(anomalies)
      } catch (error) {
        // Claims of anomalies the sink did deliver before failing stay held: a retry must not
        // send them again.
        const delivered = new Set(deliveredBefore(error))
        await this.release(
          record.id,
          taken.filter((t) => !delivered.has(anomalyId(t.group, t.key, t.kind, t.windowStart)))
        )
        throw error
      }
      await this.store.recordDone(record.id)
      result.records++
      result.anomalies.push(...anomalies)
    }
    return result
  }

  private async analyze(
    record: SourceRecord,
    taken: Taken[],
    tried: Set<string>,
    result: ProcessResult
  ): Promise<Anomaly[]> {
    const byGroup = new Map<string, Map<string, KeyLines>>()
    // The caches this record uses, looked up once (most records hold one log group).
    const caches = new Map<string, GroupCache>()
    for (const event of record.events) {
      result.events++
      // A line with no text has no template to speak of (and the event schema needs one).
      if (!Number.isFinite(event.timestamp) || event.message.trim() === '') {
        result.invalid++
        continue
      }
      let cache = caches.get(event.logGroup)
      if (cache === undefined) {
        cache = this.cacheOf(event.logGroup)
        caches.set(event.logGroup, cache)
      }
      const severity = detectSeverity(event.message)
      let miner = cache.miners.get(severity)
      if (miner === undefined) {
        miner = new DrainMiner({ maxExamples: 0, maxValues: 0 })
        cache.miners.set(severity, miner)
      }
      const template = miner.add(mineText(event.message), event.timestamp)
      const { key, text } = this.keys.of(event.message, severity)
      let keys = byGroup.get(event.logGroup)
      if (keys === undefined) {
        keys = new Map()
        byGroup.set(event.logGroup, keys)
      }
      let lines = keys.get(key)
      if (lines === undefined) {
        lines = {
          key,
          text,
          severity,
          template,
          first: event.timestamp,
          last: event.timestamp,
          minutes: new Map(),
          examples: []
        }
        keys.set(key, lines)
      }
      lines.template = template
      if (event.timestamp < lines.first) lines.first = event.timestamp
      if (event.timestamp > lines.last) lines.last = event.timestamp
      const minute = minuteOf(event.timestamp)
      lines.minutes.set(minute, (lines.minutes.get(minute) ?? 0) + 1)
      if (
        lines.examples.length < MAX_EXAMPLES &&
        !lines.examples.some((e) => e.message === event.message)
      )
        lines.examples.push(event)
    }

    const anomalies: Anomaly[] = []
    for (const [group, keys] of byGroup) {
      const settings = this.config.settingsFor(group)
      const cache = caches.get(group) ?? this.cacheOf(group)
      let earliest = Number.POSITIVE_INFINITY
      for (const lines of keys.values()) earliest = Math.min(earliest, lines.first)
      cache.firstSeen ??= await this.store.groupFirstSeen(group, earliest)
      const groupFirst = cache.firstSeen
      // Templates touch different items: their requests go out side by side, a few at a time.
      const found = await inParallel([...keys.values()], PARALLEL_TEMPLATES, (lines) =>
        this.template(record.id, group, cache, groupFirst, lines, settings, {
          taken,
          tried,
          result
        })
      )
      for (const list of found) anomalies.push(...list)
    }
    return anomalies
  }

  /** Steps 3 and 4 for one template of one record. */
  private async template(
    owner: string,
    group: string,
    cache: GroupCache,
    groupFirst: number,
    lines: KeyLines,
    settings: DetectionSettings,
    run: { taken: Taken[]; tried: Set<string>; result: ProcessResult }
  ): Promise<Anomaly[]> {
    const { key } = lines
    let firstSeen = cache.templates.get(key)
    if (firstSeen === undefined) {
      firstSeen = (await this.store.templateFirstSeen(group, key, lines.first)).firstSeen
      if (cache.templates.size >= CACHE_LIMIT) cache.templates.clear()
      cache.templates.set(key, firstSeen)
    }
    // This record's minutes, as totals across all containers once added.
    const totals = new Map<number, number>()
    for (const [minute, n] of [...lines.minutes].sort((a, b) => a[0] - b[0]))
      totals.set(minute, await this.store.addCount(group, key, minute, n))

    const out: Anomaly[] = []
    if (newTemplateDue(lines.severity, firstSeen, groupFirst, lines.first, settings)) {
      const claimed = await this.claim(owner, group, key, 'new-template', firstSeen, run)
      if (claimed !== undefined) {
        const detectedAt = Math.max(lines.first, firstSeen)
        const budgetMinute = minuteOf(cooldownWindow(detectedAt, settings))
        const used = await this.store.addCount(group, NEW_BUDGET_KEY, budgetMinute, 1)
        claimed.budgetMinute = budgetMinute
        if (used > settings.newTemplateBudget) run.result.suppressed++
        else {
          const from = minuteOf(firstSeen)
          const to = from + settings.windowMs / MINUTE_MS - 1
          const counts = await this.store.counts(group, key, from, to)
          let count = 0
          for (const n of counts.values()) count += n
          out.push(
            this.anomaly('new-template', group, lines, firstSeen, firstSeen, {
              count: Math.max(count, 1),
              baseline: 0,
              windowStart: firstSeen,
              windowEnd: firstSeen + settings.windowMs,
              detectedAt
            })
          )
        }
      }
    }

    const minute = minuteOf(lines.last)
    // A template that qualifies as new is not also reported bursting in the cooldown after its
    // first sight: its first lines often come in a rush, and one event says it.
    const coveredByNew = newTemplateDue(lines.severity, firstSeen, groupFirst, lines.last, settings)
    if (settings.burst && !coveredByNew && minute * MINUTE_MS >= groupFirst + settings.learningMs) {
      const recent = await this.recent(group, cache, key, minute, settings)
      const count = (m: number): number => totals.get(m) ?? recent.get(m) ?? 0
      const burst = findBurst(count, minute, groupFirst, settings)
      if (burst !== undefined) {
        const windowStart = cooldownWindow(lines.last, settings)
        const claimed = await this.claim(owner, group, key, 'burst', windowStart, run)
        if (claimed !== undefined)
          out.push(
            this.anomaly('burst', group, lines, firstSeen, windowStart, {
              ...burst,
              detectedAt: lines.last
            })
          )
      }
    }
    return out
  }

  /**
   * Counts of the window and baseline before `minute`: one Query per template per minute per
   * container; later records in the same minute reuse it (their own minutes come from addCount).
   * A line another container adds to an earlier minute after the Query is missed until the next
   * minute: a late line, undercounted at most for one minute.
   */
  private async recent(
    group: string,
    cache: GroupCache,
    key: string,
    minute: number,
    settings: DetectionSettings
  ): Promise<ReadonlyMap<number, number>> {
    const cached = cache.recent.get(key)
    if (cached?.minute === minute) return cached.counts
    const span = (settings.windowMs + settings.baselineMs) / MINUTE_MS
    const counts = await this.store.counts(group, key, minute - span + 1, minute)
    if (cache.recent.size >= CACHE_LIMIT) cache.recent.clear()
    cache.recent.set(key, { minute, counts })
    return counts
  }

  /** A claim won by this record, recorded in `taken`; undefined when lost or tried already. */
  private async claim(
    owner: string,
    group: string,
    key: string,
    kind: AnomalyKind,
    windowStart: number,
    run: { taken: Taken[]; tried: Set<string> }
  ): Promise<Taken | undefined> {
    const id = JSON.stringify([group, key, kind, windowStart])
    if (run.tried.has(id)) return undefined
    run.tried.add(id)
    if (!(await this.store.claim(group, key, kind, windowStart, owner))) return undefined
    const taken: Taken = { group, key, kind, windowStart }
    run.taken.push(taken)
    return taken
  }

  /** Hands back what a record that failed claimed, best effort (the error that follows wins). */
  private async release(owner: string, taken: readonly Taken[]): Promise<void> {
    for (const t of taken) {
      try {
        await this.store.release(t.group, t.key, t.kind, t.windowStart, owner)
        if (t.budgetMinute !== undefined)
          await this.store.addCount(t.group, NEW_BUDGET_KEY, t.budgetMinute, -1)
      } catch {
        // The claim stays: its anomaly is lost rather than sent twice.
      }
    }
  }

  private anomaly(
    kind: AnomalyKind,
    group: string,
    lines: KeyLines,
    firstSeen: number,
    claimWindow: number,
    window: {
      count: number
      baseline: number
      windowStart: number
      windowEnd: number
      detectedAt: number
    }
  ): Anomaly {
    // One redactor per anomaly: placeholders agree between its template and examples, and
    // nothing is remembered across anomalies.
    const redactor = new Redactor(this.redaction)
    const examples = redactor
      .events(lines.examples.map((e) => ({ message: e.message, stream: e.logStream, e })))
      .map((r) => ({
        message: clip(r.message, MAX_EXAMPLE_CHARS),
        logStream: clip(redactor.text(r.e.logStream), MAX_TEMPLATE_CHARS),
        timestamp: r.e.timestamp
      }))
    return {
      version: 1,
      id: anomalyId(group, lines.key, kind, claimWindow),
      kind,
      logGroup: group,
      templateKey: lines.key,
      template: clip(redactor.text(lines.text), MAX_TEMPLATE_CHARS),
      drainTemplate: clip(redactor.text(lines.template.template), MAX_TEMPLATE_CHARS),
      drainCount: lines.template.count,
      severity: lines.severity,
      count: window.count,
      baseline: window.baseline,
      firstSeen,
      windowStart: window.windowStart,
      windowEnd: window.windowEnd,
      detectedAt: window.detectedAt,
      examples
    }
  }

  private cacheOf(group: string): GroupCache {
    let cache = this.groups.get(group)
    if (cache !== undefined) {
      // Most recently used last: the first entry is the one to drop.
      this.groups.delete(group)
      this.groups.set(group, cache)
      return cache
    }
    cache = { miners: new Map(), firstSeen: undefined, templates: new Map(), recent: new Map() }
    this.groups.set(group, cache)
    if (this.groups.size > this.maxGroups) {
      const oldest = this.groups.keys().next()
      if (oldest.done !== true) this.groups.delete(oldest.value)
    }
    return cache
  }
}

/**
 * `work` over `items`, at most `limit` at a time; results in the order of `items`. On a failure no
 * new item starts, and it throws once every started one has settled, so nothing is still taking
 * claims while the caller releases them.
 */
async function inParallel<T, R>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<R>
): Promise<R[]> {
  const out = new Array<R>(items.length)
  let next = 0
  let failure: { error: unknown } | undefined
  const worker = async (): Promise<void> => {
    while (next < items.length && failure === undefined) {
      const i = next++
      try {
        out[i] = await work(items[i] as T)
      } catch (error) {
        failure ??= { error }
      }
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker))
  if (failure !== undefined) throw failure.error
  return out
}

/** The anomaly's id: 32 hex digits of SHA-256 over what its claim is on. */
export function anomalyId(
  group: string,
  key: string,
  kind: AnomalyKind,
  claimWindow: number
): string {
  return createHash('sha256')
    .update(JSON.stringify([group, key, kind, claimWindow]))
    .digest('hex')
    .slice(0, 32)
}
