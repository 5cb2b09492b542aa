// What the detector reads (log events grouped by source record) and what it emits (anomalies),
// and the two rules that decide, as pure functions of counts and first-seen times:
// - new template: a fatal/error/warn template first seen after its log group's learning period;
// - burst: a template's count in the last window well above its mean per window before it.
// Silence (a group that usually speaks going quiet) is not a rule: nothing arrives to evaluate it
// on, so it needs a timer; see docs/detection.md.
import type { Severity } from '../context/severity.js'
import type { LogAnomaly } from '../generated/log-anomaly.js'
import type { DetectionSettings } from './settings.js'

/** One CloudWatch Logs event, as a subscription delivers it. */
export interface LogEvent {
  logGroup: string
  logStream: string
  /** Epoch milliseconds. */
  timestamp: number
  message: string
  /** CloudWatch's event id, when known. */
  id?: string
}

/** The events of one source record (a Kinesis record): the unit of idempotency. */
export interface SourceRecord {
  /** Unique per record and stable across redeliveries (e.g. the Kinesis sequence number). */
  id: string
  events: readonly LogEvent[]
}

/**
 * What the detector emits is the event's detail (schemas/log-anomaly.schema.json, the single
 * source of truth), with the two hints the schema leaves optional always filled in: Drain's
 * template for the latest line, as this container's miner knows it (broader than `template`, and
 * a hint only: another container may say otherwise), and how many lines it holds here (far more
 * than `count` on a new template suggests a variant of a known one; docs/detection.md).
 */
export type Anomaly = LogAnomaly & Required<Pick<LogAnomaly, 'drainTemplate' | 'drainCount'>>
export type AnomalyKind = LogAnomaly['kind']
export type AnomalyExample = LogAnomaly['examples'][number]

export const MINUTE_MS = 60_000

export const minuteOf = (t: number): number => Math.floor(t / MINUTE_MS)

/**
 * Whether a new-template anomaly is due: a reported severity, first seen after the log group's
 * learning period, and a line of it (`at`) within one cooldown of that first sight. The last
 * condition makes a retry (a redelivered record, a released claim) report it still, and a claim
 * that expired from the store (TTL) never report it twice.
 */
export function newTemplateDue(
  severity: Severity,
  firstSeen: number,
  groupFirstSeen: number,
  at: number,
  settings: DetectionSettings
): boolean {
  if (severity === 'info' || !settings.newSeverities.includes(severity)) return false
  if (firstSeen < groupFirstSeen + settings.learningMs) return false
  return at < firstSeen + settings.cooldownMs
}

export interface BurstFinding {
  count: number
  /** Mean per window over the observed part of the baseline. */
  baseline: number
  windowStart: number
  windowEnd: number
}

/**
 * The burst rule at minute `minute` (the latest line's): the window is its last `windowMs` of
 * whole minutes, the baseline the `baselineMs` before the window, cut to what the detector has
 * observed of the group (from its first minute). No verdict for a minute that starts before the
 * learning period ends, nor with less than one window of baseline observed. A burst: count ≥ minCount and ≥ burstFactor × baseline mean.
 */
export function findBurst(
  count: (minute: number) => number,
  minute: number,
  groupFirstSeen: number,
  settings: DetectionSettings
): BurstFinding | undefined {
  if (!settings.burst) return undefined
  if (minute * MINUTE_MS < groupFirstSeen + settings.learningMs) return undefined
  const w = settings.windowMs / MINUTE_MS
  const b = settings.baselineMs / MINUTE_MS
  let inWindow = 0
  for (let m = minute - w + 1; m <= minute; m++) inWindow += count(m)
  if (inWindow < settings.minCount) return undefined
  const from = Math.max(minute - w - b + 1, minuteOf(groupFirstSeen))
  const observed = minute - w - from + 1
  if (observed < w) return undefined
  let before = 0
  for (let m = from; m <= minute - w; m++) before += count(m)
  const baseline = (before * w) / observed
  if (inWindow < settings.burstFactor * baseline) return undefined
  return {
    count: inWindow,
    baseline,
    windowStart: (minute - w + 1) * MINUTE_MS,
    windowEnd: (minute + 1) * MINUTE_MS
  }
}

/** Start of the cooldown window holding `t`: claims are per (group, key, kind, this). */
export const cooldownWindow = (t: number, settings: DetectionSettings): number =>
  Math.floor(t / settings.cooldownMs) * settings.cooldownMs
