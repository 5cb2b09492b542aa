// A CloudWatch alarm's shape (type, comparison, threshold, datapoints), from whatever the
// notification holds: the configuration when EventBridge or a Lambda action sends it, the
// `Trigger` of a classic SNS message, and the state reason's text when both are silent.
import type { Alarm, Datapoint, Metric } from '../generated/incident.js'
import { clean, int, isObject, list, num, obj, parseJsonString, str } from './json.js'
import type { AlarmState } from './parts.js'

const ALARM_STATES = new Set(['ALARM', 'OK', 'INSUFFICIENT_DATA'])

export function alarmState(v: unknown): AlarmState | undefined {
  return typeof v === 'string' && ALARM_STATES.has(v) ? (v as AlarmState) : undefined
}

// CloudWatch words its state reasons the same way for every alarm, e.g. "Threshold Crossed:
// 2 out of the last 3 datapoints [91.2 (01/01/26 10:00:00), 95.0 (…)] was greater than the
// threshold (90.0) (minimum 2 datapoints for OK -> ALARM transition)."; classic SNS messages
// carry nothing else, so the alarm's shape is read from that text when the config is silent.
function comparisonFromReason(reason: string): string | undefined {
  if (/less than the lower thresholds.*greater than the upper thresholds/.test(reason))
    return 'LessThanLowerOrGreaterThanUpperThreshold'
  if (/greater than the upper thresholds/.test(reason)) return 'GreaterThanUpperThreshold'
  if (/less than the lower thresholds/.test(reason)) return 'LessThanLowerThreshold'
  const m = /(?:was|were) (?:not )?(greater|less) than (or equal to )?the threshold/.exec(reason)
  if (!m?.[1]) return undefined
  return `${m[1] === 'greater' ? 'Greater' : 'Less'}Than${m[2] ? 'OrEqualTo' : ''}Threshold`
}

function datapointsFromReason(reason: string): number[] | undefined {
  const inside = /datapoints? \[([^\]]*)\]/.exec(reason)?.[1]
  if (!inside) return undefined
  const values = [...inside.matchAll(/(-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?) \(/g)].map((m) =>
    Number(m[1])
  )
  // The text lists the newest first; `reasonData` (and so the schema) has the oldest first.
  return values.length > 0 ? values.reverse() : undefined
}

function evaluatedDatapoints(v: unknown): Datapoint[] | undefined {
  const points = list(v)
    .filter(isObject)
    .map((d) =>
      clean({
        timestamp: str(d.timestamp),
        value: num(d.value),
        sampleCount: num(d.sampleCount),
        threshold: num(d.threshold)
      })
    )
    .filter((d) => Object.keys(d).length > 0)
  return points.length > 0 ? points : undefined
}

/** What a notification says about its alarm, already read from its own field names. */
export interface AlarmFacts {
  rule?: string
  comparison?: string
  threshold?: number
  thresholdMetricId?: string
  evaluationPeriods?: number
  datapointsToAlarm?: number
  actionsSuppressedBy?: string
  metrics: Metric[]
  reason?: string
  reasonData?: unknown
}

export function alarmOf(f: AlarmFacts): Alarm {
  const data = obj(parseJsonString(f.reasonData))
  const reason = f.reason ?? ''
  const band = f.metrics.find((m) => /ANOMALY_DETECTION_BAND\s*\(/i.test(m.expression ?? ''))
  const type: Alarm['type'] =
    f.rule || Array.isArray(data.triggeringAlarms)
      ? 'composite'
      : f.thresholdMetricId || band
        ? 'anomaly-detection'
        : f.metrics.some((m) => m.expression) || f.metrics.length > 1
          ? 'metric-math'
          : 'metric'
  // A composite alarm's reason is about its children, so nothing is read from it.
  const fromText = type !== 'composite'
  const recent = list(data.recentDatapoints).filter((v): v is number => num(v) !== undefined)
  return clean({
    type,
    comparison: f.comparison ?? (fromText ? comparisonFromReason(reason) : undefined),
    threshold:
      f.threshold ??
      (type === 'metric' || type === 'metric-math' ? num(data.threshold) : undefined),
    thresholdMetricId: f.thresholdMetricId ?? band?.id,
    evaluationPeriods:
      f.evaluationPeriods ??
      (fromText ? int(Number(/out of the last (\d+) datapoints?/.exec(reason)?.[1])) : undefined),
    datapointsToAlarm:
      f.datapointsToAlarm ??
      (fromText
        ? int(Number(/minimum (\d+) datapoints? for \w+ -> ALARM transition/.exec(reason)?.[1]))
        : undefined),
    rule: f.rule,
    actionsSuppressedBy: f.actionsSuppressedBy,
    recentDatapoints:
      recent.length > 0 ? recent : fromText ? datapointsFromReason(reason) : undefined,
    evaluatedDatapoints: evaluatedDatapoints(data.evaluatedDatapoints)
  })
}
