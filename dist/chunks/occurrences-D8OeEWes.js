import { o as openRecords, s as sealRecord } from './record-BIoafhO-.js';

// Any sealed marker, ours or not: the body holds exactly one, replaced in place.
const ANY_RECORD = /<!-- opsloop:record [A-Za-z0-9_-]+\.[0-9a-f]{64} -->/g;
function stateMarker(key, repo, fingerprint, state, about = {}) {
    const { watch, health } = about;
    const record = {
        v: 1,
        kind: 'state',
        repo,
        fingerprint,
        at: state.lastSeen,
        occurrences: state.occurrences,
        lastSeen: state.lastSeen,
        eventIds: state.eventIds,
        ...(state.firedAt ? { firedAt: state.firedAt } : {}),
        ...(state.recoveredAt ? { recoveredAt: state.recoveredAt } : {}),
        ...(watch === undefined ? {} : { watch: { logGroup: watch } }),
        ...(health === undefined ? {} : { health })
    };
    return sealRecord(record, key);
}
/** The sealed occurrence state of this incident in an issue body, if it is there and genuine. */
function readOccurrences(body, key, repo, fingerprint) {
    for (const opened of openRecords(body, key, { repo }, 'body')) {
        if (!opened.ok)
            continue;
        const r = opened.record;
        if (r.kind === 'state' && r.fingerprint === fingerprint)
            return {
                occurrences: r.occurrences,
                lastSeen: r.lastSeen,
                eventIds: r.eventIds,
                ...(r.firedAt ? { firedAt: r.firedAt } : {}),
                ...(r.recoveredAt ? { recoveredAt: r.recoveredAt } : {})
            };
    }
    return undefined;
}
/** The body with its sealed state replaced (or added). */
function withStateMarker(body, marker) {
    const rest = body.replace(ANY_RECORD, '').trimEnd();
    return `${rest}\n${marker}`;
}
/** The watch an issue body's sealed state names, if the record is genuine and one of a watch. */
function readWatch(body, key, repo) {
    for (const opened of openRecords(body, key, { repo }, 'body')) {
        if (!opened.ok || opened.record.kind !== 'state' || !opened.record.watch)
            continue;
        const r = opened.record;
        return {
            fingerprint: r.fingerprint,
            logGroup: opened.record.watch.logGroup,
            ...(r.firedAt ? { firedAt: r.firedAt } : {})
        };
    }
    return undefined;
}
/** An AWS Health event as a Health incident's issue seals it, if the record is genuine. */
function readHealth(body, key, repo) {
    for (const opened of openRecords(body, key, { repo }, 'body')) {
        if (!opened.ok || opened.record.kind !== 'state' || !opened.record.health)
            continue;
        return { ...opened.record.health, fingerprint: opened.record.fingerprint };
    }
    return undefined;
}

export { readWatch as a, readHealth as b, readOccurrences as r, stateMarker as s, withStateMarker as w };
