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

/** The label that marks an incident's issue (GitHub labels hold at most 50 characters). */
/** Every OpsLoop incident issue carries this label. */
export const OPSLOOP_LABEL = 'opsloop'

export const fingerprintLabel = (fp: string): string => `opsloop:fp:${fp}`

/** A hidden marker in the issue body; the label finds candidates, the marker confirms them. */
export const fingerprintMarker = (fp: string): string => `<!-- opsloop:fingerprint=${fp} -->`

/** The fingerprint an issue body's marker names, if it has one. */
export function readFingerprint(body: string): string | undefined {
  return /<!-- opsloop:fingerprint=([0-9a-f]+) -->/.exec(body)?.[1]
}
