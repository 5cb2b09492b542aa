// What CloudWatch Logs anomaly detectors found in the incident's log groups around its time: the
// log patterns AWS's own pattern mining flagged as new or far above their baseline, each with its
// priority and when it was seen. Read-only and bounded: at most MAX_DETECTORS detectors, at most
// ANOMALIES_READ anomalies read from each, MAX_ANOMALIES kept (highest priority, then newest).
// Their text (a pattern built from log lines, a description) is untrusted like a log line: it is
// redacted with the rest of the incident's facts, reaches the model only as evidence inside the
// prompt's data block, and the issue shows it in code spans.
import type { Incident } from '../generated/incident.js'
import type { LogAnomaly, LogAnomalyDetector, LogAnomalySource } from './ports.js'

export type AnomalyFact = NonNullable<NonNullable<Incident['facts']>['anomalies']>[number]

/** Detectors whose anomalies are read, at most. */
export const MAX_DETECTORS = 5
/** Anomalies read from one detector, at most (ListAnomalies has no time filter). */
export const ANOMALIES_READ = 100
/** Anomalies kept for the incident, at most. */
export const MAX_ANOMALIES = 10
/**
 * Longest pattern or description kept. It is cut before redaction runs, so only at a space: a
 * secret cut in half could no longer be recognised.
 */
export const ANOMALY_TEXT_LIMIT = 2_000

export interface TimeWindow {
  /** Epoch ms. */
  startMs: number
  endMs: number
}

/** A look-up that failed: what is missing, the IAM action it needs, and why. */
export interface AnomalyLookupFailure {
  what: string
  action: string
  error: unknown
}

export interface FoundAnomalies {
  anomalies: AnomalyFact[]
  failures: AnomalyLookupFailure[]
}

const PRIORITY_RANK: Readonly<Record<string, number>> = { HIGH: 0, MEDIUM: 1, LOW: 2 }
const rank = (priority: string | undefined): number =>
  PRIORITY_RANK[priority?.toUpperCase() ?? ''] ?? 3

/** `text` at most `max` characters long, cut at a space (never inside a word). */
export function cutAtSpace(text: string, max: number): string {
  if (text.length <= max) return text
  const head = text.slice(0, max + 1)
  const at = head.search(/\s\S*$/)
  return `${at > 0 ? head.slice(0, at).trimEnd() : ''} … (cut)`.trimStart()
}

/** The incident's log groups an anomaly was found in (else those its detector watches). */
function groupsOf(
  anomaly: LogAnomaly,
  detector: LogAnomalyDetector,
  wanted: readonly string[]
): string[] {
  const named = anomaly.logGroups.length > 0 ? anomaly.logGroups : detector.logGroups
  return wanted.filter((g) => named.includes(g))
}

/**
 * The anomalies detectors watching `logGroups` found in `window`: seen in it at all (first seen
 * before its end, last seen after its start), unsuppressed, highest priority first, then newest.
 */
export async function findAnomalies(
  source: LogAnomalySource,
  logGroups: readonly string[],
  window: TimeWindow
): Promise<FoundAnomalies> {
  if (logGroups.length === 0) return { anomalies: [], failures: [] }
  let detectors: LogAnomalyDetector[]
  try {
    detectors = (await source.detectors(logGroups, MAX_DETECTORS))
      .filter((d) => d.logGroups.some((g) => logGroups.includes(g)))
      .slice(0, MAX_DETECTORS)
  } catch (error) {
    return {
      anomalies: [],
      failures: [{ what: 'log anomaly detectors', action: 'logs:ListLogAnomalyDetectors', error }]
    }
  }

  const errors: unknown[] = []
  const read = await Promise.all(
    detectors.map(async (detector) => {
      try {
        const found = await source.anomalies(detector.arn, ANOMALIES_READ)
        return found.map((anomaly) => ({ anomaly, detector }))
      } catch (error) {
        errors.push(error)
        return []
      }
    })
  )
  const seen = new Set<string>()
  const kept = read
    .flat()
    .filter(({ anomaly: a }) => {
      if (seen.has(a.id)) return false
      seen.add(a.id)
      return a.state !== 'Suppressed' && a.firstSeen <= window.endMs && a.lastSeen >= window.startMs
    })
    .map(({ anomaly, detector }) => ({
      anomaly,
      detector,
      groups: groupsOf(anomaly, detector, logGroups)
    }))
    // An anomaly of a detector that also watches other groups, found only in those: not ours.
    .filter(({ groups }) => groups.length > 0)
    .sort(
      (x, y) =>
        rank(x.anomaly.priority) - rank(y.anomaly.priority) ||
        y.anomaly.lastSeen - x.anomaly.lastSeen ||
        y.anomaly.firstSeen - x.anomaly.firstSeen ||
        x.anomaly.pattern.localeCompare(y.anomaly.pattern)
    )
    .slice(0, MAX_ANOMALIES)

  const anomalies = kept.map(({ anomaly: a, detector, groups }): AnomalyFact => {
    const description = a.description?.trim()
    return {
      detector: detector.name ?? detector.arn,
      logGroups: groups,
      pattern: cutAtSpace(a.pattern, ANOMALY_TEXT_LIMIT),
      ...(description ? { description: cutAtSpace(description, ANOMALY_TEXT_LIMIT) } : {}),
      ...(a.priority ? { priority: a.priority } : {}),
      ...(a.state ? { state: a.state } : {}),
      ...(a.active !== undefined ? { active: a.active } : {}),
      firstSeen: new Date(a.firstSeen).toISOString(),
      lastSeen: new Date(a.lastSeen).toISOString()
    }
  })
  const failures: AnomalyLookupFailure[] =
    errors.length === 0
      ? []
      : [
          {
            what:
              errors.length === detectors.length
                ? 'log anomalies'
                : `log anomalies of ${errors.length} of ${detectors.length} anomaly detectors`,
            action: 'logs:ListAnomalies',
            error: errors[0]
          }
        ]
  return { anomalies, failures }
}

/** The evidence label of the `n`th anomaly (from 1): which log groups, how urgent. */
export function anomalyLabel(anomaly: AnomalyFact, n: number): string {
  const tags = [anomaly.priority, anomaly.state].filter(Boolean).join(', ')
  return `log anomaly ${n} in ${anomaly.logGroups.join(', ')}${tags ? ` (${tags})` : ''}`
}

/** What the detector saw, in one line: the pattern first, so a cut keeps it. */
export function anomalyText(anomaly: AnomalyFact): string {
  return [
    `pattern: ${anomaly.pattern}`,
    ...(anomaly.description ? [`detector says: ${anomaly.description}`] : []),
    `first seen ${anomaly.firstSeen}, last seen ${anomaly.lastSeen}${anomaly.active === false ? ' (over)' : ''}`,
    `detector ${anomaly.detector}`
  ].join('; ')
}
