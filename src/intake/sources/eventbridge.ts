// EventBridge events, as delivered to a target (or held in an SNS message, or built from a
// PutEvents entry): the envelope gives the base, and the first source reader that accepts the
// `source` and `detail-type` reads the `detail`; other events keep only what every event has.
import { isObject, list, obj, parseJsonString, str, type Json } from '../json.js'
import type { Base, Parts, Reader, SourceReader } from '../parts.js'
import { acm } from './acm.js'
import { autoScaling } from './autoscaling.js'
import { cloudWatchAlarmConfig } from './cloudwatch-alarm-config.js'
import { cloudWatchAlarm } from './cloudwatch-alarm.js'
import { ec2 } from './ec2.js'
import { ecs } from './ecs.js'
import { guardDuty } from './guardduty.js'
import { health } from './health.js'
import { logAnomaly } from './log-anomaly.js'
import { stepFunctions } from './step-functions.js'

// Tried in order; the first that accepts reads the event. Only Health and GuardDuty, which also
// accept their detail-type from any source, can overlap another reader, so their place matters.
const SOURCES: readonly SourceReader[] = [
  cloudWatchAlarm,
  ec2,
  ecs,
  health,
  guardDuty,
  autoScaling,
  acm,
  stepFunctions,
  cloudWatchAlarmConfig,
  logAnomaly
]

/** Any other event: its name from the usual fields, and no invented facts. */
const other: SourceReader = {
  name: 'other EventBridge event',
  accepts: () => true,
  read: (detail, base) => ({
    ...base,
    kind: 'event',
    eventName:
      str(detail.eventName) ??
      str(detail.eventTypeCode) ??
      str(detail.type) ??
      (base.source === 'aws.ec2' ? str(detail.state) : undefined),
    reason: str(detail.reason)
  })
}

export function isEventBridge(e: Json): boolean {
  return (
    typeof e['detail-type'] === 'string' ||
    (typeof e.source === 'string' && (isObject(e.detail) || isObject(parseJsonString(e.detail))))
  )
}

export function readEventBridge(e: Json): Parts {
  const detail = isObject(e.detail) ? e.detail : obj(parseJsonString(e.detail))
  const base: Base = {
    source: str(e.source) ?? 'unknown',
    detailType: str(e['detail-type']) ?? 'unknown',
    id: str(e.id),
    account: str(e.account),
    region: str(e.region),
    time: str(e.time),
    resources: list(e.resources).filter((r): r is string => typeof r === 'string'),
    metrics: [],
    instances: [],
    links: []
  }
  return (SOURCES.find((r) => r.accepts(base)) ?? other).read(detail, base)
}

export const eventBridge: Reader = {
  name: 'EventBridge event',
  accepts: (event) => isEventBridge(obj(event)),
  read: (event) => readEventBridge(obj(event))
}
