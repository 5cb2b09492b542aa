// Log summary for triage: thousands of log lines → a token-budgeted text that keeps every
// error/warning template, puts what is unusual for this window first (new, bursting, rare), and
// shows counts, first/last seen and representative raw lines. One pass, streaming: memory grows
// with the number of templates (Drain), never with the number of lines. Lines are mined as
// everywhere in OpsLoop (context/templates.ts): the message apart from its header, the level from
// the header's field.
import type { LogTemplate } from './drain.js'
import { SEVERITY_RANK, type Severity } from './severity.js'
import { LogTemplateMiner } from './templates.js'
import { estimateTokens, TOKEN_METHOD } from './tokens.js'

export type { Severity } from './severity.js'

export interface LogLine {
  /** Epoch milliseconds (CloudWatch's event timestamp). Without it, the line number is used. */
  timestamp?: number
  message: string
  /** Log stream (instance, task, container), shown for error templates. */
  stream?: string
}

export interface LogSummaryOptions {
  /** Token budget for `text`, by estimateTokens. Default 6000. */
  maxTokens?: number
  /** End of the window (e.g. the alarm time). Default: the latest timestamp. */
  now?: number
  /** The recent part of the window, compared with what came before. Default: its last fifth. */
  recentWindowMs?: number
  /** How far before the recent part the baseline reaches. Default: to the first line. */
  baselineWindowMs?: number
  /** Raw example lines per template, at most. Default 2 (the first and the latest). */
  examplesPerTemplate?: number
}

export interface SummarizedTemplate {
  id: string
  template: string
  severity: Severity
  count: number
  /** Timestamps (or line numbers) of the first and latest line. */
  firstSeen: number
  lastSeen: number
  /** Lines in the recent part of the window, and in the baseline before it. */
  recent: number
  baseline: number
  /** First seen in the recent part, with a baseline to compare against. */
  new: boolean
  /** Recent count over what the baseline rate predicts, when a burst: ≥ 3×, ≥ 10 lines, 4σ. */
  burst?: number
  /** -log2 of the template's share of all lines. */
  rarity: number
  score: number
  /** Example lines as shown (cleaned, truncated). */
  examples: string[]
  streams: string[]
}

export interface LogSummary {
  text: string
  /** estimateTokens(text). */
  tokens: number
  /** The templates shown, in the order shown. */
  templates: SummarizedTemplate[]
  lines: number
  /** Templates not shown (always said in the text, with their line count). */
  omitted: number
  /** How `tokens` was estimated. */
  method: string
}

// --- Time: a per-template histogram over a window learnt as lines arrive ---------------------

const BINS = 64

/**
 * Bins shared by every template: [origin, origin + BINS·width). When a time falls outside, the
 * width doubles (folding pairs of bins) until it fits, so 64 counters per template cover any
 * span at 1/32–1/64 of its length, whatever order lines come in.
 */
class Timeline {
  origin = Number.NaN
  width = 1
  readonly histograms: Float64Array[] = []

  histogram(): Float64Array {
    const h = new Float64Array(BINS)
    this.histograms.push(h)
    return h
  }

  bin(t: number): number {
    if (Number.isNaN(this.origin)) this.origin = t
    for (;;) {
      const k = Math.floor((t - this.origin) / this.width)
      if (k >= 0 && k < BINS) return k
      if (k >= BINS) this.fold(0)
      else {
        this.origin -= BINS * this.width
        this.fold(BINS / 2)
      }
    }
  }

  /** Count in [from, to), splitting bins at the edges in proportion. */
  count(h: Float64Array, from: number, to: number): number {
    if (Number.isNaN(this.origin) || to <= from) return 0
    let sum = 0
    for (let k = 0; k < BINS; k++) {
      const v = h[k] ?? 0
      if (v === 0) continue
      const start = this.origin + k * this.width
      const overlap = Math.min(to, start + this.width) - Math.max(from, start)
      if (overlap > 0) sum += (v * overlap) / this.width
    }
    return sum
  }

  /** Adds histogram `from` into `into`. */
  add(into: Float64Array, from: Float64Array): void {
    for (let k = 0; k < BINS; k++) into[k] = (into[k] ?? 0) + (from[k] ?? 0)
  }

  /** Doubles the width; old bin i goes to `offset + i/2`. */
  private fold(offset: number): void {
    this.width *= 2
    for (const h of this.histograms) {
      const old = h.slice()
      h.fill(0)
      for (let i = 0; i < BINS; i++) {
        const k = offset + (i >> 1)
        h[k] = (h[k] ?? 0) + (old[i] ?? 0)
      }
    }
  }
}

// --- Collecting ---------------------------------------------------------------------------------

const MAX_STREAMS = 3

interface Stats {
  id: string
  template: LogTemplate
  severity: Severity
  /** This entry's lines (the template's at this severity), first and latest. */
  count: number
  firstSeen: number
  lastSeen: number
  histogram: Float64Array
  /** The first raw lines (distinct), and the latest. */
  first: string[]
  last: string
  streams: string[]
  moreStreams: boolean
}

/**
 * The entries of templates that merged after their first lines (the miner joins groups that
 * turn out to be one message), joined into the entry of the template they are now part of.
 */
function joinMerged(
  stats: Map<string, Stats>,
  miner: LogTemplateMiner,
  timeline: Timeline,
  firstExamples: number
): Map<string, Stats> {
  const joined = new Map<string, Stats>()
  for (const s of stats.values()) {
    const template = miner.template(s.template.id) ?? s.template
    const key = `${s.severity} ${template.id}`
    const into = joined.get(key)
    if (into === undefined) {
      joined.set(key, {
        ...s,
        first: [...s.first],
        id: `${s.severity[0] ?? 'i'}${template.id}`,
        template
      })
      continue
    }
    into.count += s.count
    into.firstSeen = Math.min(into.firstSeen, s.firstSeen)
    if (s.lastSeen >= into.lastSeen) into.last = s.last
    into.lastSeen = Math.max(into.lastSeen, s.lastSeen)
    timeline.add(into.histogram, s.histogram)
    for (const e of s.first)
      if (into.first.length < firstExamples && !into.first.includes(e)) into.first.push(e)
    for (const stream of s.streams)
      if (into.streams.includes(stream)) continue
      else if (into.streams.length < MAX_STREAMS) into.streams.push(stream)
      else into.moreStreams = true
    into.moreStreams ||= s.moreStreams
  }
  return joined
}

// --- Summarizing --------------------------------------------------------------------------------

const TEMPLATE_CHARS = { full: 300, short: 200, bare: 160 } as const
const EXAMPLE_CHARS = { full: 300, short: 160, bare: 0 } as const
type Detail = keyof typeof TEMPLATE_CHARS

/** Turns log lines into a token-budgeted text for triage; see the file comment. */
export function summarizeLogs(
  lines: Iterable<LogLine>,
  options: LogSummaryOptions = {}
): LogSummary {
  const maxTokens = options.maxTokens ?? 6_000
  const examplesPerTemplate = options.examplesPerTemplate ?? 2
  // The first lines of a template, and its latest as the last example.
  const firstExamples = Math.max(1, examplesPerTemplate - 1)
  const miner = new LogTemplateMiner()
  // Per template and severity: one message logged at two levels is two entries.
  const stats = new Map<string, Stats>()
  const timeline = new Timeline()
  let count = 0
  let first = Number.POSITIVE_INFINITY
  let last = Number.NEGATIVE_INFINITY
  let previous = 0
  let timed = false

  for (const line of lines) {
    // No timestamp: the previous line's, or the line number when there has been none.
    let t = timed ? previous : count
    if (line.timestamp !== undefined && Number.isFinite(line.timestamp)) {
      t = line.timestamp
      timed = true
    }
    previous = t
    count++
    if (t < first) first = t
    if (t > last) last = t
    const { severity, template } = miner.add(line.message, t)
    const key = `${severity} ${template.id}`
    let s = stats.get(key)
    if (s === undefined) {
      s = {
        id: `${severity[0] ?? 'i'}${template.id}`,
        template,
        severity,
        count: 0,
        firstSeen: t,
        lastSeen: t,
        histogram: timeline.histogram(),
        first: [],
        last: line.message,
        streams: [],
        moreStreams: false
      }
      stats.set(key, s)
    }
    s.last = line.message
    s.count++
    if (t < s.firstSeen) s.firstSeen = t
    if (t >= s.lastSeen) s.lastSeen = t
    if (s.first.length < firstExamples && !s.first.includes(line.message))
      s.first.push(line.message)
    const k = timeline.bin(t)
    s.histogram[k] = (s.histogram[k] ?? 0) + 1
    if (line.stream !== undefined && !s.streams.includes(line.stream)) {
      if (s.streams.length < MAX_STREAMS) s.streams.push(line.stream)
      else s.moreStreams = true
    }
  }

  if (count === 0) {
    const text = 'Logs: 0 lines.'
    return {
      text,
      tokens: estimateTokens(text),
      templates: [],
      lines: 0,
      omitted: 0,
      method: TOKEN_METHOD
    }
  }
  const end = Math.max(options.now ?? last, last)
  const start = Math.min(first, end)
  const span = end - start
  const recentMs = Math.min(options.recentWindowMs ?? span / 5, span)
  const recentStart = end - recentMs
  const baselineStart =
    options.baselineWindowMs === undefined
      ? start
      : Math.max(start, recentStart - options.baselineWindowMs)
  const baselineMs = recentStart - baselineStart
  // The last bin ends at or after `end`: count up to just past it.
  const upTo = end + timeline.width

  const ranked: SummarizedTemplate[] = []
  let baselineLines = 0
  const partial = [...joinMerged(stats, miner, timeline, firstExamples).values()].map((s) => {
    const recent = timeline.count(s.histogram, recentStart, upTo)
    const baseline = timeline.count(s.histogram, baselineStart, recentStart)
    baselineLines += baseline
    return { s, recent, baseline }
  })
  for (const { s, recent, baseline } of partial) {
    const t = s.template
    const isNew = baselineLines > 0 && recentMs > 0 && s.firstSeen >= recentStart
    // Burst: the recent count is ≥ 3× what the baseline rate predicts, and 4 standard deviations
    // above it (Poisson), and at least 10 lines, so a handful of lines in a rare template does not
    // count (among hundreds of rare templates, one bunches up by chance).
    const expected = baselineMs > 0 ? ((baseline + 1) * recentMs) / baselineMs : Number.NaN
    const ratio = recent / expected
    const burst =
      !isNew && recent >= 10 && ratio >= 3 && (recent - expected) / Math.sqrt(expected) >= 4
        ? ratio
        : undefined
    const rarity = Math.log2(count / s.count)
    // Unusual first: new beats bursting beats rare; severity breaks near-ties.
    const score =
      (isNew ? 8 : 0) +
      (burst !== undefined ? Math.min(6, Math.log2(burst) * 2) : 0) +
      Math.min(4, rarity / 4) +
      SEVERITY_RANK[s.severity] * 0.5
    ranked.push({
      id: s.id,
      template: t.template,
      severity: s.severity,
      count: s.count,
      firstSeen: s.firstSeen,
      lastSeen: s.lastSeen,
      recent: Math.round(recent),
      baseline: Math.round(baseline),
      new: isNew,
      ...(burst !== undefined ? { burst } : {}),
      rarity,
      score,
      examples: pickExamples(s.first, s.last, examplesPerTemplate),
      streams: s.moreStreams ? [...s.streams, '…'] : s.streams
    })
  }
  ranked.sort((a, b) => b.score - a.score || b.count - a.count)

  const { full: fullTime, short: time } = timed ? formatTime(start, end) : lineTime
  const serious = ranked.filter((r) => r.severity !== 'info')
  const others = ranked.filter((r) => r.severity === 'info')
  const header = [
    `Logs: ${fmt(count)} lines${count > 0 ? `, ${fullTime(start)} to ${time(end)}` : ''}; ${fmt(ranked.length)} templates (${fmt(serious.length)} error/warning).`,
    `Recent part: from ${time(recentStart)}. Per template: ×lines (recent/before), first–last seen; new = first seen in the recent part; burst ×N = recent rate N× the rate before.`
  ].join('\n')

  // Costs add up: a block costs estimateTokens(block) + 2 (its line break, and rounding), so the
  // sum bounds the estimate of the joined text.
  const cost = (text: string): number => estimateTokens(text) + 2
  let used = cost(header)

  // Errors and warnings: all of them; shorten examples first, then cut with a line that says so.
  const seriousHeading = (shown: number, detail: Detail): string =>
    `\n## Errors and warnings (${shown === serious.length ? `all ${fmt(shown)}` : `${fmt(shown)} of ${fmt(serious.length)}`}, most unusual first${detail === 'full' ? '' : detail === 'short' ? '; examples shortened to fit' : '; examples left out to fit'})`
  const seriousFooter = (hidden: readonly SummarizedTemplate[]): string =>
    hidden.length === 0
      ? ''
      : `${fmt(hidden.length)} more error/warning templates not shown (${fmt(sum(hidden))} lines), e.g. ${hidden
          .slice(0, 3)
          .map((r) => `"${clip(r.template, 80)}" ×${fmt(r.count)}`)
          .join(', ')}.`
  // Room for the line that says which other templates are not shown.
  const othersFooter = (hidden: readonly SummarizedTemplate[]): string =>
    hidden.length === 0
      ? ''
      : `${fmt(hidden.length)} other templates not shown (${fmt(sum(hidden))} lines), e.g. "${clip(hidden[0]?.template ?? '', 80)}" ×${fmt(hidden[0]?.count ?? 0)}.`
  const othersReserve = others.length > 0 ? cost(othersFooter(others)) : 0
  let detail: Detail = 'full'
  let seriousBlocks: Block[] = []
  if (serious.length > 0) {
    for (const d of ['full', 'short', 'bare'] as const) {
      detail = d
      seriousBlocks = serious.map((r, i) => render(r, i + 1, d, time))
      const total = seriousBlocks.reduce(
        (a, b) => a + cost(b.text),
        cost(seriousHeading(serious.length, d))
      )
      if (used + total + othersReserve <= maxTokens) break
    }
    // Still too long: keep the first k that fit with the heading and the not-shown line.
    let k = seriousBlocks.length
    let blocksCost = seriousBlocks.reduce((a, b) => a + cost(b.text), 0)
    const fits = (): boolean =>
      used +
        cost(seriousHeading(k, detail)) +
        blocksCost +
        (k < serious.length ? cost(seriousFooter(serious.slice(k))) : 0) +
        othersReserve <=
      maxTokens
    while (k > 0 && !fits()) {
      k--
      blocksCost -= cost(seriousBlocks[k]?.text ?? '')
    }
    seriousBlocks = seriousBlocks.slice(0, k)
    used += cost(seriousHeading(k, detail)) + blocksCost
  }
  const seriousHidden = serious.slice(seriousBlocks.length)
  const seriousTail = seriousFooter(seriousHidden)
  if (seriousTail !== '') used += cost(seriousTail)

  // Other templates, most unusual first, in full while that fits, then bare, while any fits.
  const othersHeading = '\n## Other templates, most unusual first'
  const otherBlocks: Block[] = []
  if (others.length > 0 && seriousHidden.length === 0 && used + cost(othersHeading) <= maxTokens) {
    let spent = cost(othersHeading)
    for (let i = 0; i < others.length; i++) {
      const r = others[i]
      if (r === undefined) break
      const n = seriousBlocks.length + i + 1
      const tail = cost(othersFooter(others.slice(i + 1)))
      const block = [render(r, n, 'full', time), render(r, n, 'bare', time)].find(
        (b) => used + spent + cost(b.text) + tail <= maxTokens
      )
      if (block === undefined) break
      spent += cost(block.text)
      otherBlocks.push(block)
    }
    if (otherBlocks.length > 0) used += spent
  }
  const othersTail = othersFooter(others.slice(otherBlocks.length))

  const sections = [header]
  if (serious.length > 0) sections.push(seriousHeading(seriousBlocks.length, detail))
  sections.push(...seriousBlocks.map((b) => b.text))
  if (seriousTail !== '') sections.push(seriousTail)
  if (otherBlocks.length > 0) sections.push(othersHeading, ...otherBlocks.map((b) => b.text))
  if (othersTail !== '') sections.push(othersTail)
  const text = sections.join('\n')
  const shown = [...seriousBlocks, ...otherBlocks].map((b) => ({ ...b.r, examples: b.examples }))
  return {
    text,
    tokens: estimateTokens(text),
    templates: shown,
    lines: count,
    omitted: ranked.length - shown.length,
    method: TOKEN_METHOD
  }
}

interface Block {
  r: SummarizedTemplate
  text: string
  /** The examples as shown. */
  examples: string[]
}

function pickExamples(first: readonly string[], latest: string, n: number): string[] {
  if (n <= 0) return []
  const out = first.slice(0, Math.max(1, n - 1))
  if (out.length < n && !out.includes(latest)) out.push(latest)
  return out
}

function render(
  r: SummarizedTemplate,
  n: number,
  detail: Detail,
  time: (t: number) => string
): Block {
  const level = r.severity === 'info' ? '' : `${r.severity.toUpperCase()} `
  const marks = [r.new ? 'new' : '', r.burst !== undefined ? `burst ×${r.burst.toFixed(1)}` : '']
    .filter((m) => m !== '')
    .join(', ')
  const when =
    r.firstSeen === r.lastSeen ? time(r.firstSeen) : `${time(r.firstSeen)}–${time(r.lastSeen)}`
  const streams =
    detail === 'full' && r.streams.length > 0 && r.severity !== 'info'
      ? `, streams: ${r.streams.join(', ')}`
      : ''
  const examples = (
    detail === 'full' ? r.examples : detail === 'short' ? r.examples.slice(0, 1) : []
  ).map((e) => clip(e, EXAMPLE_CHARS[detail]))
  const text = [
    `${n}. ${level}×${fmt(r.count)} (${fmt(r.recent)}/${fmt(r.baseline)})${marks === '' ? '' : ` ${marks}`}, ${when}${streams}`,
    `   ${clip(r.template, TEMPLATE_CHARS[detail])}`,
    ...examples.map((e) => `   > ${e}`)
  ].join('\n')
  return { r, text, examples }
}

// eslint-disable-next-line no-control-regex
const ANSI = /\x1b\[[0-9;]*m/g
// eslint-disable-next-line no-control-regex
const CONTROL = /[\x00-\x1f\x7f]+/g

/** One line, control characters and ANSI colours removed, cut with `…`. */
export function clip(text: string, max: number): string {
  const flat = text.replace(ANSI, '').replace(/\r?\n/g, ' ⏎ ').replace(CONTROL, ' ')
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat
}

interface Clock {
  /** With the date. */
  full: (t: number) => string
  /** Without the date when the window is within one UTC day. */
  short: (t: number) => string
}

function formatTime(start: number, end: number): Clock {
  // Epoch milliseconds after 1973; anything smaller is some other clock, shown as a number.
  if (start < 1e11) return { full: (t) => `t=${fmt(t)}`, short: (t) => `t=${fmt(t)}` }
  const iso = (t: number): string => new Date(t).toISOString().replace(/\.\d{3}Z$/, 'Z')
  const full = (t: number): string => iso(t).replace('T', ' ')
  const sameDay = iso(start).slice(0, 10) === iso(end).slice(0, 10)
  return { full, short: sameDay ? (t) => iso(t).slice(11) : full }
}

const lineTime: Clock = { full: (t) => `line ${fmt(t + 1)}`, short: (t) => `line ${fmt(t + 1)}` }

const fmt = (n: number): string => Math.round(n).toLocaleString('en-US')
const sum = (rs: readonly SummarizedTemplate[]): number => rs.reduce((a, r) => a + r.count, 0)
