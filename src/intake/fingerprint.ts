// A stable identity for "the same incident" across deliveries: the alarm's ARN for alarms,
// otherwise source, kind and the first resource; for an unrecognized payload, its content.
// Dedup finds open issues by it.
import { createHash } from 'node:crypto'
import type { Incident } from '../generated/incident.js'
import { canonicalJson } from '../util/canonical-json.js'

export function fingerprint(incident: Incident): string {
  const identity =
    incident.kind === 'unrecognized'
      ? `unrecognized|${canonicalJson(incident.raw)}`
      : (incident.alarmArn ??
        (incident.alarmName
          ? `alarm:${incident.account ?? ''}:${incident.region ?? ''}:${incident.alarmName}`
          : undefined) ??
        `${incident.source}|${incident.detailType}|${incident.eventName ?? ''}|${incident.resources[0] ?? ''}`)
  return createHash('sha256').update(identity).digest('hex').slice(0, 16)
}
