import { O as OPSLOOP_LABEL, o as openRecords, F as FOREIGN_SEAL, R as RAN_LABEL_PREFIX, r as ranLabel, p as planOf } from './record-BIoafhO-.js';

const NOT_OPSLOOP = 'this issue was not opened by OpsLoop (no sealed incident record from its author), so nothing here is acted on';
function readLedger(snapshot, key, repo) {
    const { issue } = snapshot;
    const author = issue.author;
    if (author?.id === undefined)
        return { authentic: false, reason: NOT_OPSLOOP };
    const identity = { ...author, id: author.id };
    if (!issue.labels.includes(OPSLOOP_LABEL))
        return {
            authentic: false,
            reason: `this issue does not carry the \`${OPSLOOP_LABEL}\` label, so it is not an OpsLoop incident`
        };
    const scope = { repo, issue: issue.number };
    // OpsLoop's unedited comments may hold records; everyone else's are where commands come from.
    const own = snapshot.comments.filter((c) => c.author?.id === identity.id && !c.edited);
    const human = snapshot.comments.filter((c) => c.author?.id !== identity.id);
    const ledger = {
        authentic: true,
        identity,
        plans: [],
        claims: [],
        outcomes: [],
        cancels: [],
        settings: [],
        retriages: [],
        ranLabels: new Set(),
        human
    };
    let incident;
    let foreignSeal = false;
    for (const c of own) {
        for (const opened of openRecords(c.body, key, scope, 'comment')) {
            if (!opened.ok) {
                if (opened.problem === FOREIGN_SEAL)
                    foreignSeal = true;
                continue;
            }
            const r = opened.record;
            // Only OpsLoop writes here, so these guards hold against bugs rather than attackers.
            if (incident && r.fingerprint !== incident.fingerprint)
                continue;
            switch (r.kind) {
                case 'incident':
                    incident ??= r;
                    break;
                case 'plan':
                    if (incident)
                        ledger.plans.push({ plan: planOf(r), commentId: c.id });
                    break;
                case 'claim':
                    ledger.claims.push({ digest: r.digest, commentId: c.id });
                    break;
                case 'cancel':
                    ledger.cancels.push({ digest: r.digest, by: r.by, commentId: c.id });
                    break;
                case 'set':
                    ledger.settings.push({
                        runbook: r.runbook,
                        name: r.name,
                        value: r.value,
                        by: r.by,
                        commentId: c.id
                    });
                    break;
                case 'retriage':
                    ledger.retriages.push({ by: r.by, commentId: c.id });
                    break;
                // Outcomes are the run's record for people, audits and `/ask`; nothing decides on them.
                case 'outcome':
                    ledger.outcomes.push({ digest: r.digest, outcome: r.outcome, commentId: c.id });
                    break;
            }
        }
    }
    if (!incident) {
        const edited = snapshot.comments.find((c) => c.author?.id === identity.id && c.edited && c.body.includes('opsloop:record'));
        // A bot's records sealed with another key: most likely the key was rotated, or this job
        // was given another one. Still refused; the reply says what to check.
        const rotated = foreignSeal && identity.type === 'Bot';
        return {
            authentic: false,
            reason: edited
                ? `OpsLoop's sealed record of this incident (${edited.url}) was edited after it was posted, so nothing on this issue can be trusted or run; handle the incident by hand`
                : rotated
                    ? "OpsLoop's records on this issue were sealed with another key (was `record-key` rotated, or does this job get a different one?), so nothing here is acted on; every OpsLoop job must use the same key"
                    : NOT_OPSLOOP
        };
    }
    for (const e of snapshot.labelEvents)
        if (e.added && e.actor?.id === identity.id && e.label.startsWith(RAN_LABEL_PREFIX))
            ledger.ranLabels.add(e.label.slice(RAN_LABEL_PREFIX.length));
    return {
        ...ledger,
        incident: incident.incident,
        fingerprint: incident.fingerprint,
        ...(incident.event ? { event: incident.event } : {})
    };
}
/** The plan OpsLoop proposed last, if any. */
const currentEntry = (ledger) => ledger.plans.at(-1);
/** Whether a plan was ever claimed for a run here, by a claim comment or a label event. */
function wasClaimed(ledger, digest) {
    return (ledger.claims.some((c) => c.digest === digest) ||
        ledger.ranLabels.has(ranLabel(digest).slice(RAN_LABEL_PREFIX.length)));
}
/**
 * The delivery the incident record kept (redacted when it was sealed), as intake read it: what
 * planning again, `/ask` and a drafted runbook start from. Undefined when the event was too large
 * to keep.
 */
function sealedDelivery(ledger) {
    if (!ledger.event)
        return undefined;
    return {
        kind: 'payload',
        payload: ledger.event,
        problems: []
    };
}

export { currentEntry as c, readLedger as r, sealedDelivery as s, wasClaimed as w };
