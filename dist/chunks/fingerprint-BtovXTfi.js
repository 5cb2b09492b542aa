import { createHash } from 'node:crypto';

// Canonical JSON: object keys sorted and undefined members dropped, so equal values serialize,
// and therefore hash, equally (plan digests, fingerprints of unrecognized payloads, sealed
// records).
//
// The walk is iterative (an explicit stack, no recursion), so no depth of nesting can overflow
// the call stack: incident payloads are made shallow at intake (intake/sanitize.ts), but this
// function does not rely on it. A value that contains itself is refused with a TypeError, as
// JSON.stringify refuses it.
function canonicalJson(value) {
    const out = [];
    const open = new Set();
    const tasks = [{ value }];
    for (let task = tasks.pop(); task !== undefined; task = tasks.pop()) {
        if ('text' in task) {
            out.push(task.text);
            continue;
        }
        if ('leave' in task) {
            open.delete(task.leave);
            continue;
        }
        const v = task.value;
        if (v === null || typeof v !== 'object') {
            out.push(jsonText(v) ?? 'null');
            continue;
        }
        if (open.has(v))
            throw new TypeError('canonicalJson: the value contains itself');
        open.add(v);
        // Pushed in reverse: the stack gives them back in order.
        const later = [];
        if (Array.isArray(v)) {
            later.push({ text: '[' });
            v.forEach((item, i) => {
                if (i > 0)
                    later.push({ text: ',' });
                later.push({ value: item ?? null });
            });
            later.push({ text: ']' });
        }
        else {
            const entries = Object.entries(v)
                .filter(([, item]) => item !== undefined)
                .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
            later.push({ text: '{' });
            entries.forEach(([k, item], i) => {
                later.push({ text: `${i > 0 ? ',' : ''}${JSON.stringify(k)}:` }, { value: item });
            });
            later.push({ text: '}' });
        }
        tasks.push({ leave: v });
        for (let i = later.length - 1; i >= 0; i--)
            tasks.push(later[i]);
    }
    return out.join('');
}
/**
 * JSON.stringify typed honestly: it gives undefined for undefined, functions and symbols. V8's
 * stringifier is recursive and throws a RangeError on a value nested some thousands deep (it does
 * not crash); intake hands it only payloads cut to intake/sanitize.ts's MAX_DEPTH.
 */
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

export { canonicalJson as c, fingerprint as f, jsonText as j };
