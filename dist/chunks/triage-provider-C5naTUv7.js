import { c as classify, r as readDelivery } from './list-Du8KxjhZ.js';
import { f as fingerprint } from './plan-CfNn8zv8.js';
import { o as openRecords, s as sealRecord } from './record-CIj6PkLI.js';
import { a as OUTCOME_LABELS } from './labels-CduwHnJ-.js';
import { h as healthState, w as watchedLogGroup } from './normalize-j844nZxl.js';
import { r as recordWriter, e as recordComment } from './remediation-u5aaTz_3.js';
import { n as normalizeDelivery, l as lateRecoveryComment, r as recoveryComment, o as occurrenceComment, u as unprocessedIssue, a as runStage, w as withOccurrenceRow, b as approvalInfo } from './gather-BMBgMGz7.js';
import { R as Redactor } from './redact-dgEMPhFv.js';

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

const RECOVERED_LABEL = OUTCOME_LABELS.recovered;
function analysisApproval(analysis) {
    const runbook = analysis.report.runbook;
    return runbook ? approvalInfo(runbook.approval) : undefined;
}
/** The instance directory, when one is configured, as analyze() takes it. */
async function withInstanceDirectory(load) {
    const instances = await load();
    return instances ? { instances } : {};
}
/** Why an alarm back in `OK` opens nothing. */
const RECOVERY_REASON = 'alarm state OK: a recovery; it is noted on the open issue for this alarm, if there is one';
/** The decision for a payload; the incident comes out redacted with `redactor`. */
function intakeDecision(delivery, policy, redactor) {
    const incident = normalizeDelivery(delivery, redactor);
    const decision = classify(incident, policy);
    if (decision.kind === 'skip')
        return { kind: 'skip', reason: decision.reason };
    if (incident.kind === 'alarm' && incident.state === 'OK')
        return { kind: 'recovery', incident, reason: RECOVERY_REASON };
    return { kind: 'incident', incident };
}
async function intakeCommand(input) {
    const now = input.now ?? (() => new Date());
    const delivery = readDelivery(input.eventName, input.webhook, input.eventType);
    if (delivery.kind === 'ignore')
        return { action: 'skipped', reason: delivery.reason };
    // One redaction step for the run: the incident is redacted before anything reads it.
    const redactor = new Redactor();
    const decision = intakeDecision(delivery, input.policy, redactor);
    if (decision.kind === 'skip')
        return { action: 'skipped', reason: decision.reason };
    const fp = fingerprint(decision.incident);
    const handling = { delivery, redactor, decision, fp, now };
    // Everything from the look-up of the incident's issue to the last write on it happens under
    // the incident's lock: deliveries racing on several runners open one issue and lose no count.
    return input.issues.exclusive(fp, () => handleIncident(input, handling));
}
/** When the event happened (its own time, else now), in ms, to order deliveries that race. */
function eventTime(incident, now) {
    const ms = incident.time ? Date.parse(incident.time) : NaN;
    const at = Number.isFinite(ms) ? new Date(ms) : now();
    return { at: at.toISOString(), ms: at.getTime() };
}
const msOf = (iso) => (iso ? Date.parse(iso) : NaN);
/**
 * Whether the issue's alarm is back in OK: by the sealed times when the state has them, else (an
 * issue from before they were kept) by the `recovered` label.
 */
function isRecovered(issue) {
    const { firedAt, recoveredAt } = issue.occurrences;
    if (recoveredAt === undefined)
        return issue.labels.includes(RECOVERED_LABEL);
    return firedAt === undefined || msOf(recoveredAt) >= msOf(firedAt);
}
const later = (a, b) => a !== undefined && msOf(a) >= msOf(b) ? a : b;
const remembered = (state, id) => [...state.eventIds, ...(id ? [id] : [])].slice(-20);
/** OpsLoop's issues of this incident (sealed state for this fingerprint); others are passed over. */
async function issuesOf(input, fp) {
    const { key, repo } = input.records;
    const ours = [];
    for (const candidate of await input.issues.find(fp)) {
        const occurrences = readOccurrences(candidate.body, key, repo, fp);
        if (occurrences)
            ours.push({ ...candidate, occurrences });
    }
    return ours;
}
async function handleIncident(input, h) {
    const { delivery, redactor, decision, fp, now } = h;
    const { incident } = decision;
    const { key, repo } = input.records;
    // A watch issue seals its log group with its state, and a Health incident's issue its event,
    // for a later alarm to find (context/gather.ts).
    const health = healthState(incident);
    const watch = watchedLogGroup(incident);
    const about = {
        ...(watch === undefined ? {} : { watch }),
        ...(health === undefined ? {} : { health })
    };
    const time = eventTime(incident, now);
    const ours = await issuesOf(input, fp);
    // The oldest open one is the incident's issue, but an alarm that fired before a recovery that
    // closed an issue belongs to that episode: the first closed issue whose recovery came after it.
    const open = ours.find((i) => i.state === 'open');
    const ref = (o) => ({ number: o.number, url: o.url });
    const seenBefore = (issue) => incident.id !== undefined && issue.occurrences.eventIds.includes(incident.id);
    const body = (issue, next) => withStateMarker(withOccurrenceRow(issue.body, next), stateMarker(key, repo, fp, next, about));
    if (decision.kind === 'recovery') {
        if (!open)
            return {
                action: 'skipped',
                reason: 'the alarm is OK and no incident issue is open for it',
                fingerprint: fp
            };
        const state = open.occurrences;
        const result = { issue: ref(open), fingerprint: fp, severity: incident.severity };
        if (seenBefore(open) || (state.recoveredAt && msOf(state.recoveredAt) >= time.ms))
            return { action: 'duplicate', ...result, occurrences: state.occurrences };
        const next = {
            ...state,
            eventIds: remembered(state, incident.id),
            recoveredAt: time.at
        };
        // An OK older than the latest alarm arrived late: it is noted, and the incident stays open.
        if (state.firedAt && msOf(state.firedAt) > time.ms) {
            await input.issues.comment(open.number, lateRecoveryComment(incident, state.firedAt));
            await input.issues.update(open.number, { body: body(open, next) });
            return { action: 'updated', ...result, occurrences: state.occurrences };
        }
        const close = input.policy.closeOnRecovery;
        await input.issues.comment(open.number, recoveryComment(incident, close));
        await input.issues.update(open.number, {
            body: body(open, next),
            ...(close ? { state: 'closed' } : {})
        });
        if (!open.labels.includes(RECOVERED_LABEL))
            await input.issues.addLabel(open.number, RECOVERED_LABEL);
        return { action: 'resolved', ...result };
    }
    // A repeat: counted on the issue of its episode (a closed one when it was delivered after the
    // recovery that closed it), else on the open issue.
    const closedLate = ours.find((i) => i.state === 'closed' &&
        i.occurrences.recoveredAt !== undefined &&
        msOf(i.occurrences.recoveredAt) >= time.ms);
    const current = closedLate ?? open;
    if (current) {
        const state = current.occurrences;
        if (seenBefore(current))
            return {
                action: 'duplicate',
                issue: ref(current),
                fingerprint: fp,
                severity: incident.severity,
                occurrences: state.occurrences
            };
        const next = {
            ...state,
            occurrences: state.occurrences + 1,
            lastSeen: now().toISOString(),
            eventIds: remembered(state, incident.id),
            firedAt: later(state.firedAt, time.at)
        };
        // It fired again after recovering: said once, and the `recovered` label comes off.
        const refired = current === open &&
            isRecovered(current) &&
            (state.recoveredAt === undefined || time.ms > msOf(state.recoveredAt));
        if (refired)
            await input.issues.comment(current.number, occurrenceComment(incident));
        await input.issues.update(current.number, { body: body(current, next) });
        if (refired && current.labels.includes(RECOVERED_LABEL))
            await input.issues.removeLabel(current.number, RECOVERED_LABEL);
        return {
            action: 'updated',
            issue: ref(current),
            fingerprint: fp,
            severity: incident.severity,
            occurrences: next.occurrences
        };
    }
    const initial = {
        occurrences: 1,
        lastSeen: now().toISOString(),
        eventIds: incident.id ? [incident.id] : [],
        firedAt: time.at
    };
    let analysis;
    try {
        // Only a new incident is analysed, so only it loads triage and planning: a repeat, a
        // redelivery or a recovery never does.
        const { analyze } = await import('./pipeline-BvWZlPMx.js').then(function (n) { return n.p; });
        analysis = await analyze({
            delivery,
            redactor,
            ...(input.context ? { context: await input.context() } : {}),
            catalog: await input.catalog(),
            provider: input.provider,
            ...(input.stage ? { stage: input.stage } : {}),
            ...(input.commit ? { commit: input.commit } : {}),
            ...(input.requestedBy ? { requestedBy: input.requestedBy } : {}),
            ...(input.instances ? await withInstanceDirectory(input.instances) : {}),
            ...(input.facts ? { facts: await input.facts() } : {}),
            ...(input.snapshotRun ? { snapshotRun: input.snapshotRun } : {}),
            stateMarker: (state) => stateMarker(key, repo, fp, { ...state, firedAt: time.at }, about),
            now: now()
        }, incident);
    }
    catch (e) {
        // A fault of OpsLoop's own while analysing (the catalog, a look-up, a bug) must not lose the
        // incident: it still gets its issue, which says what failed and can run nothing.
        const failure = redactor.text(e instanceof Error ? e.message : String(e));
        const issue = await input.issues.create(unprocessedIssue(incident, fp, failure, initial, stateMarker(key, repo, fp, initial, about)));
        return {
            action: 'created',
            issue,
            title: `${incident.alarmName ?? incident.detailType}: not triaged`,
            summary: `OpsLoop could not triage this incident: ${failure}`,
            fingerprint: fp,
            severity: incident.severity,
            provider: 'rules'
        };
    }
    const stage = input.stage ?? runStage;
    const issue = await stage('Report: open the incident issue', () => input.issues.create(analysis.draft));
    // The sealed record that makes the issue OpsLoop's, with the plan people may approve. Were this
    // comment lost, the issue would stand with no plan, and nothing could run: safe, and visible.
    const writer = recordWriter(key, { repo, issue: issue.number, fingerprint: fp }, now);
    await input.issues.comment(issue.number, recordComment(analysis.plan, analysisApproval(analysis), 
    // The event, redacted as everything else, is kept so that /set and /retriage can plan again.
    writer.incident(analysis.incident, redactor.json(delivery.payload)) +
        (analysis.plan ? `\n${writer.plan(analysis.plan)}` : '')));
    const rules = analysis.plan ? analysisApproval(analysis) : undefined;
    return {
        action: 'created',
        issue,
        title: analysis.draft.title,
        summary: analysis.triage.summary,
        ...(rules?.required && analysis.plan?.problems.length === 0 ? { approval: rules.text } : {}),
        fingerprint: fp,
        severity: analysis.triage.severity,
        provider: analysis.triage.provider,
        ...(analysis.plan ? { runbook: analysis.plan.runbook.id } : {}),
        ...(analysis.plan?.digest ? { planDigest: analysis.plan.digest } : {}),
        ...(analysis.snapshot ? { snapshot: analysis.snapshot } : {})
    };
}

/** The deterministic rules (triage/rules.ts), loaded on first use. */
const onDemandRules = {
    name: 'rules',
    async triage(request) {
        return (await import('./rules-DpCYVEy-.js').then(function (n) { return n.g; })).rulesProvider.triage(request);
    }
};
/** The triage provider the inputs ask for: `bedrock` needs a model id; `auto` uses it if set. */
function chooseProvider(inputs, 
/** The run's shared AWS SDK settings (proxy, stand-in endpoints); the model's own go on top. */
aws = {}) {
    const wanted = inputs.provider.trim() || 'auto';
    if (!['auto', 'rules', 'bedrock'].includes(wanted))
        throw new Error(`Unknown \`triage-provider\` ${JSON.stringify(wanted)}: use auto, rules or bedrock.`);
    if (wanted === 'rules' || (wanted === 'auto' && inputs.modelId.trim() === ''))
        return onDemandRules;
    if (inputs.modelId.trim() === '')
        throw new Error('Bedrock triage needs a model id (a Bedrock model or inference profile id): the `model-id` input, or `--model-id` on the command line.');
    const maxTokens = Number(inputs.maxTokens || '2000');
    const temperature = Number(inputs.temperature || '0');
    if (!Number.isInteger(maxTokens) || maxTokens < 256 || maxTokens > 32_000)
        throw new Error(`\`max-tokens\` must be an integer from 256 to 32000, got ${JSON.stringify(inputs.maxTokens)}.`);
    if (!Number.isFinite(temperature) || temperature < 0 || temperature > 1)
        throw new Error(`\`temperature\` must be a number from 0 to 1, got ${JSON.stringify(inputs.temperature)}.`);
    const timeout = Number(inputs.timeout || '60');
    if (!Number.isFinite(timeout) || timeout < 1 || timeout > 600)
        throw new Error(`\`model-timeout\` must be a number of seconds from 1 to 600, got ${JSON.stringify(inputs.timeout)}.`);
    const options = {
        clientConfig: aws,
        modelId: inputs.modelId.trim(),
        timeoutMs: timeout * 1000,
        ...(inputs.region.trim() ? { region: inputs.region.trim() } : {}),
        maxTokens,
        temperature
    };
    // The Bedrock client is the largest part of the bundle.
    let loaded;
    const provider = () => (loaded ??= import('./bedrock-BJy2tpcn.js').then((m) => m.bedrockProvider(options)));
    return {
        name: 'bedrock',
        async triage(request) {
            return (await provider()).triage(request);
        },
        async reviewChange(pack) {
            const p = await provider();
            return p.reviewChange
                ? p.reviewChange(pack)
                : { model: options.modelId, failure: 'this provider does not review changes' };
        },
        async answerQuestion(pack) {
            const p = await provider();
            return p.answerQuestion
                ? p.answerQuestion(pack)
                : {
                    model: options.modelId,
                    dropped: 0,
                    invented: [],
                    failure: 'this provider does not answer questions'
                };
        }
    };
}

export { intakeCommand as a, readHealth as b, readWatch as c, chooseProvider as d, intakeDecision as i, readOccurrences as r, withInstanceDirectory as w };
