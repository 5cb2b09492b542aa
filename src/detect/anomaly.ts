// What the detector reads (log events grouped by source record) and what it emits (anomalies),
// and the two rules that decide, as pure functions of counts and first-seen times:
// - new template: a fatal/error/warn template first seen after its log group's learning period;
// - burst: a template's count in the last window well above its mean per window before it.
// Silence (a group that usually speaks going quiet) is not a rule: nothing arrives to evaluate it
// on, so it needs a timer; see docs/detection.md.
import type { Severity } from '../context/severity.js'
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

export type AnomalyKind = 'new-template' | 'burst'

export interface AnomalyExample {
  /** Redacted, on one line, cut to a bounded length. */
  message: string
  logStream: string
  timestamp: number
}

/**
 * An anomaly, as it goes out: the `detail` of the EventBridge event, in the shape of
 * schemas/log-anomaly.schema.json (a test checks detector output against it).
 */
export interface Anomaly {
  /** Format version of the detail. */
  version: 1
  /**
   * Deterministic: the same (log group, template key, kind, claim window) always gives the same
   * id, so a consumer can drop a duplicate delivery.
   */
  id: string
  kind: AnomalyKind
  logGroup: string
  /** Stable across containers and line order (detect/key.ts). */
  templateKey: string
  /**
   * The key's canonical form (detect/key.ts): exactly what every line with this key shares, the
   * same in every container. Redacted, one line, bounded.
   */
  template: string
  /**
   * Drain's template for the latest line, as this container's miner knows it: broader, since
   * Drain also merges variants whose keys differ (`user alice`, `user bob` → `user <*>`).
   * Redacted, one line, bounded. A hint, not the truth: another container may say otherwise.
   */
  drainTemplate: string
  /**
   * Lines this container's miner has put in that Drain template so far. Far more than `count`
   * on a new template suggests a variant of a known one (a key split; docs/detection.md).
   */
  drainCount: number
  severity: Severity
  /** Lines of the template in [windowStart, windowEnd) so far. */
  count: number
  /** Mean lines per window before the window (0 for a new template). */
  baseline: number
  /** Epoch ms: when the template was first seen by any container (the store's answer). */
  firstSeen: number
  /** Epoch ms, [start, end): the burst window, or the first window of a new template. */
  windowStart: number
  windowEnd: number
  /** Epoch ms: the log time of the line that made the rule fire. */
  detectedAt: number
  /** Up to 3 example lines of this record, with their streams. */
  examples: AnomalyExample[]
}

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
