import { createHash } from 'node:crypto';

// Canonical JSON: object keys sorted and undefined members dropped, so equal values serialize,
// and therefore hash, equally (plan digests, fingerprints of unrecognized payloads).
function canonicalJson(value) {
    if (Array.isArray(value))
        return `[${value.map((v) => canonicalJson(v ?? null)).join(',')}]`;
    if (value !== null && typeof value === 'object') {
        const entries = Object.entries(value)
            .filter(([, v]) => v !== undefined)
            .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
        return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
    }
    return jsonText(value) ?? 'null';
}
/** JSON.stringify typed honestly: it gives undefined for undefined, functions and symbols. */
function jsonText(value, indent) {
    const text = JSON.stringify(value, null, indent);
    return typeof text === 'string' ? text : undefined;
}

// A stable identity for "the same incident" across deliveries: the alarm's ARN for alarms,
// otherwise source, kind and the first resource; for an unrecognized payload, its content.
// Dedup finds open issues by it.
function fingerprint(incident) {
    const identity = incident.kind === 'unrecognized'
        ? `unrecognized|${canonicalJson(incident.raw)}`
        : (incident.alarmArn ??
            (incident.alarmName
                ? `alarm:${incident.account ?? ''}:${incident.region ?? ''}:${incident.alarmName}`
                : undefined) ??
            `${incident.source}|${incident.detailType}|${incident.eventName ?? ''}|${incident.resources[0] ?? ''}`);
    return createHash('sha256').update(identity).digest('hex').slice(0, 16);
}
/** The label that marks an incident's issue (GitHub labels hold at most 50 characters). */
/** Every OpsLoop incident issue carries this label. */
const OPSLOOP_LABEL = 'opsloop';
const fingerprintLabel = (fp) => `opsloop:fp:${fp}`;
/** A hidden marker in the issue body; the label finds candidates, the marker confirms them. */
const fingerprintMarker = (fp) => `<!-- opsloop:fingerprint=${fp} -->`;
/** The fingerprint an issue body's marker names, if it has one. */
function readFingerprint(body) {
    return /<!-- opsloop:fingerprint=([0-9a-f]+) -->/.exec(body)?.[1];
}

export { OPSLOOP_LABEL as O, fingerprint as a, fingerprintMarker as b, canonicalJson as c, fingerprintLabel as f, jsonText as j, readFingerprint as r };
