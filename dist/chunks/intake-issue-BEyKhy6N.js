import { s as stateMarker, r as readOccurrences, w as withStateMarker } from './occurrences-D8OeEWes.js';
import { a as OUTCOME_LABELS } from './record-BIoafhO-.js';
import { h as healthState, w as watchedLogGroup } from './normalize-lqZICLgH.js';
import { r as recordWriter, a as recordComment } from './remediation-BtXKTqvu.js';
import { l as lateRecoveryComment, r as recoveryComment, o as occurrenceComment, u as unprocessedIssue, w as withOccurrenceRow, a as approvalInfo } from './incident-issue-Bce1dpk_.js';
import { r as runStage } from './stage-CM_k6y3e.js';
import 'node:crypto';
import './ucs2length-43QcV_Qu.js';
import './_commonjsHelpers-BFTU3MAI.js';
import './fingerprint-BtovXTfi.js';
import './json-DBadgRse.js';
import './unicode-Bqcso1Xx.js';
import './redact-dgEMPhFv.js';
import './request-D_hjRL7m.js';
import './exclude-DohiZwX2.js';
import './lexical-Bc-35x6b.js';
import './glob-RR4fIjUw.js';
import './parameters-DbSepTJw.js';
import './markdown-DUQQBL0n.js';
import './untrusted-DwwMYKYb.js';
import './facts-DXKc7_LI.js';
import './aws-error-lcWkeA8s.js';
import './evidence-4-MxoGm5.js';
import './clear-case-BT-JgTpd.js';
import './version-CvW7nB-o.js';

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
        const { analyze } = await import('./pipeline-BpTjuuFJ.js').then(function (n) { return n.p; });
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

export { handleIncident, withInstanceDirectory };
