import { G as GetResourcesCommand } from './GetResourcesCommand-DWoReHYw.js';
import { D as DescribeAlarmsCommand } from './DescribeAlarmsCommand-C_OUKmTk.js';
import { f as fingerprintLabel, O as OPSLOOP_LABEL, b as sourceLabel, a as OUTCOME_LABELS } from './record-BIoafhO-.js';
import { l as labelNames } from './client-D2jLBN-l.js';
import { g as githubIssueThread } from './issue-thread-DfIvqLl-.js';
import { r as readDelivery } from './list-Bkpa0xtJ.js';
import { f as fingerprint } from './fingerprint-BtovXTfi.js';
import { R as Redactor } from './redact-dgEMPhFv.js';
import { r as readLedger } from './ledger-BOoI6kY9.js';
import { r as readOccurrences } from './occurrences-D8OeEWes.js';
import { c as code, a as cell } from './markdown-DUQQBL0n.js';
import { h as httpStatus } from './http-error-C1Lek3oc.js';
import { createHash } from 'node:crypto';
import { a as intakeDecision, b as intakeCommand } from './triage-provider-DX_XqvC-.js';
import { i as intakeEvents } from './from-results-CA-kSsGQ.js';
import { i as isAccessDenied, d as describeAwsError } from './aws-error-lcWkeA8s.js';
import { i as intakeSetup, t as triageProvider, o as once } from './intake-D-GHQeP9.js';
import { R as ResourceGroupsTaggingAPIClient } from './ResourceGroupsTaggingAPIClient-nW75wKPl.js';
import { C as CloudWatchClient } from './CloudWatchClient-CGNTxvCs.js';
import './index-Dve_F8QV.js';
import 'node:path';
import 'node:os';
import 'node:fs/promises';
import './hasOwn-DL_PWlY9.js';
import './commandBuilder-DjRIH90Z.js';
import 'node:zlib';
import 'node:util';
import './toUint8Array-6d8rgJ2N.js';
import './ucs2length-43QcV_Qu.js';
import './_commonjsHelpers-BFTU3MAI.js';
import './version-CvW7nB-o.js';
import './json-DBadgRse.js';
import './unicode-Bqcso1Xx.js';
import './untrusted-DwwMYKYb.js';
import './redacted-incident-J003IcyX.js';
import './normalize-lqZICLgH.js';
import './facts-DXKc7_LI.js';
import './inputs-C_85B_2H.js';
import './config-XM65btjF.js';
import './proxy-DXuMb-FT.js';
import './ProtocolLib-xg-5KSLQ.js';
import 'node:fs';
import './write-request-body-CNb9daTH.js';
import 'node:stream';
import 'node:process';
import './AwsJson1_1Protocol-C8sIEmPP.js';
import './AwsJsonRpcProtocol-BPEFBNSc.js';
import './RpcProtocol-BTxjZwLM.js';
import './JsonCodec2-DRq7UHOR.js';
import './node-http-handler-Cs_FYUpW.js';
import 'node:https';
import './getDefaultSocketTimeout-DL-CUiQe.js';

// CloudWatch alarms as reconcile reads them (read-only, the triage role): DescribeAlarms for the
// metric and composite alarms in ALARM under a name prefix (100 a page) or of given names (100 a
// call), and the Resource Groups Tagging API's GetResources for the alarms carrying a tag (100 a
// page). Each alarm becomes the terms of its state change event (flows/reconcile.ts).
/** DescribeAlarms answers at most 100 alarms a page and takes at most 100 names. */
const PAGE = 100;
const STATES = ['OK', 'ALARM', 'INSUFFICIENT_DATA'];
function dimensions(list) {
    const out = {};
    for (const d of list ?? [])
        if (d.Name !== undefined)
            out[d.Name] = d.Value ?? '';
    return out;
}
function query(q) {
    const stat = q.MetricStat;
    return {
        id: q.Id ?? '',
        ...(q.Expression !== undefined ? { expression: q.Expression } : {}),
        ...(q.Label !== undefined ? { label: q.Label } : {}),
        ...(stat
            ? {
                metricStat: {
                    metric: {
                        ...(stat.Metric?.Namespace !== undefined ? { namespace: stat.Metric.Namespace } : {}),
                        ...(stat.Metric?.MetricName !== undefined ? { name: stat.Metric.MetricName } : {}),
                        dimensions: dimensions(stat.Metric?.Dimensions)
                    },
                    ...(stat.Period !== undefined ? { period: stat.Period } : {}),
                    ...(stat.Stat !== undefined ? { stat: stat.Stat } : {}),
                    ...(stat.Unit !== undefined ? { unit: stat.Unit } : {})
                }
            }
            : {}),
        ...(q.ReturnData !== undefined ? { returnData: q.ReturnData } : {})
    };
}
/** A metric alarm's metrics as its events list them: its queries, or its one metric as `m1`. */
function metricsOf(a) {
    if (a.Metrics?.length)
        return a.Metrics.map(query);
    if (a.MetricName === undefined)
        return [];
    const stat = a.Statistic ?? a.ExtendedStatistic;
    return [
        {
            id: 'm1',
            metricStat: {
                metric: {
                    ...(a.Namespace !== undefined ? { namespace: a.Namespace } : {}),
                    name: a.MetricName,
                    dimensions: dimensions(a.Dimensions)
                },
                ...(a.Period !== undefined ? { period: a.Period } : {}),
                ...(stat !== undefined ? { stat } : {}),
                ...(a.Unit !== undefined ? { unit: a.Unit } : {})
            },
            returnData: true
        }
    ];
}
function snapshot(a) {
    if (!a.AlarmName || !a.AlarmArn || !a.StateValue || !STATES.includes(a.StateValue))
        return [];
    const changedAt = a.StateTransitionedTimestamp ?? a.StateUpdatedTimestamp ?? a.AlarmConfigurationUpdatedTimestamp;
    const common = {
        name: a.AlarmName,
        arn: a.AlarmArn,
        state: a.StateValue,
        ...(a.StateReason ? { reason: a.StateReason } : {}),
        ...(a.StateReasonData ? { reasonData: a.StateReasonData } : {}),
        changedAt: changedAt ?? new Date(0),
        transitionKnown: a.StateTransitionedTimestamp !== undefined,
        ...(a.AlarmDescription ? { description: a.AlarmDescription } : {})
    };
    if (a.kind === 'metric')
        return [{ ...common, metrics: metricsOf(a) }];
    return [
        {
            ...common,
            composite: {
                rule: a.AlarmRule ?? '',
                ...(a.ActionsSuppressor ? { suppressor: a.ActionsSuppressor } : {}),
                ...(a.ActionsSuppressorWaitPeriod !== undefined
                    ? { suppressorWaitPeriod: a.ActionsSuppressorWaitPeriod }
                    : {}),
                ...(a.ActionsSuppressorExtensionPeriod !== undefined
                    ? { suppressorExtensionPeriod: a.ActionsSuppressorExtensionPeriod }
                    : {}),
                ...(a.ActionsSuppressedBy ? { suppressedBy: a.ActionsSuppressedBy } : {}),
                ...(a.ActionsSuppressedReason ? { suppressedReason: a.ActionsSuppressedReason } : {})
            }
        }
    ];
}
function cloudWatchAlarmDirectory(cloudwatch, tagging) {
    /** Every page of one DescribeAlarms listing, up to `limit` alarms. */
    async function describe(input, limit) {
        const items = [];
        let token;
        do {
            const out = await cloudwatch.send(new DescribeAlarmsCommand({
                ...input,
                AlarmTypes: ['MetricAlarm', 'CompositeAlarm'],
                MaxRecords: PAGE,
                ...(token ? { NextToken: token } : {})
            }));
            for (const a of out.MetricAlarms ?? [])
                items.push(...snapshot({ ...a, kind: 'metric' }));
            for (const a of out.CompositeAlarms ?? [])
                items.push(...snapshot({ ...a, kind: 'composite' }));
            token = out.NextToken || undefined;
        } while (token && items.length < limit);
        return { items: items.slice(0, limit), more: items.length > limit || token !== undefined };
    }
    return {
        async inAlarm(namePrefix, limit) {
            return describe({
                StateValue: 'ALARM',
                ...(namePrefix !== undefined ? { AlarmNamePrefix: namePrefix } : {})
            }, limit);
        },
        async named(names) {
            const found = [];
            for (let i = 0; i < names.length; i += PAGE) {
                const batch = names.slice(i, i + PAGE);
                found.push(...(await describe({ AlarmNames: [...batch] }, batch.length)).items);
            }
            return found;
        },
        async tagged(tag, limit) {
            if (!tagging)
                throw new Error('No Resource Groups Tagging API client to find tagged alarms.');
            const arns = [];
            let token;
            do {
                const out = await tagging.send(new GetResourcesCommand({
                    ResourceTypeFilters: ['cloudwatch:alarm'],
                    TagFilters: [
                        { Key: tag.key, ...(tag.value !== undefined ? { Values: [tag.value] } : {}) }
                    ],
                    ResourcesPerPage: PAGE,
                    ...(token ? { PaginationToken: token } : {})
                }));
                for (const r of out.ResourceTagMappingList ?? [])
                    if (r.ResourceARN)
                        arns.push(r.ResourceARN);
                // The last page answers an empty token, not none.
                token = out.PaginationToken || undefined;
            } while (token && arns.length < limit);
            return { items: arns.slice(0, limit), more: arns.length > limit || token !== undefined };
        }
    };
}

const listed = (i) => ({
    number: i.number,
    url: i.html_url,
    state: i.state === 'closed' ? 'closed' : 'open',
    labels: labelNames(i.labels),
    body: i.body ?? '',
    createdAt: i.created_at
});
/**
 * The issues reconcile reads: open OpsLoop issues (by label, 100 a page, never the search API),
 * a fingerprint's closed ones, and one issue's snapshot (GraphQL) for its sealed records.
 */
function githubReconcileIssues(octokit, repository) {
    return {
        async open(limit) {
            const items = [];
            let more = false;
            for await (const page of octokit.paginate.iterator('GET /repos/{owner}/{repo}/issues', {
                ...repository,
                labels: OPSLOOP_LABEL,
                state: 'open',
                sort: 'created',
                direction: 'asc',
                per_page: 100
            })) {
                for (const i of page.data)
                    if (i.pull_request === undefined)
                        items.push(listed(i));
                if (items.length >= limit) {
                    more = items.length > limit || page.data.length === 100;
                    break;
                }
            }
            return { items: items.slice(0, limit), more };
        },
        async closed(fp, limit) {
            const { data } = await octokit.request('GET /repos/{owner}/{repo}/issues', {
                ...repository,
                labels: fingerprintLabel(fp),
                state: 'closed',
                sort: 'created',
                direction: 'desc',
                per_page: limit
            });
            return data.filter((i) => i.pull_request === undefined).map(listed);
        },
        snapshot: (issue) => githubIssueThread(octokit, repository, issue).snapshot()
    };
}

/** An alarm that changed state this recently is left to its own delivery (ms). */
const GRACE_MS = 10 * 60_000;
/** How far apart two times of one state change may be (an event's `time` has seconds only). */
const SAME_CHANGE_MS = 60_000;
/** Alarms, tagged alarms and open issues listed per run, at most. */
const LIST_LIMIT = 1_000;
/** Closed issues of a fingerprint looked at for the firing an alarm is in. */
const CLOSED_LOOKED_AT = 10;
/** The recovery candidates read rotate by this period when there are more than a run reads. */
const ROTATION_MS = 15 * 60_000;
const OUTCOME_OF = {
    created: 'opened',
    updated: 'counted',
    duplicate: 'duplicate',
    resolved: 'recovered',
    skipped: 'skipped'
};
/** Outcomes that changed an issue. */
const CHANGED = new Set(['opened', 'counted', 'recovered']);
/** Region and account of an alarm ARN (`arn:aws:cloudwatch:REGION:ACCOUNT:alarm:NAME`). */
function arnParts(arn) {
    const [, , , region = '', account = ''] = arn.split(':');
    return { region, account };
}
/** CloudWatch's own timestamp format in events: `2026-03-02T08:15:40.210+0000`. */
const awsTimestamp = (at) => at.toISOString().replace('Z', '+0000');
/** EventBridge's `time`: whole seconds, UTC. */
const eventTime = (at) => at.toISOString().replace(/\.\d{3}Z$/, 'Z');
function defined(value) {
    return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined));
}
/**
 * The event id of an alarm's state change as reconcile hands it over: the same alarm, state and
 * state start always give the same id, so intake counts it once however often it is handed over.
 */
function reconcileEventId(alarm) {
    const hash = createHash('sha256')
        .update(`${alarm.arn}\n${alarm.state}\n${alarm.changedAt.toISOString()}`)
        .digest('hex');
    return `opsloop-reconcile-${hash.slice(0, 32)}`;
}
/**
 * The "CloudWatch Alarm State Change" event EventBridge sends for the alarm entering its current
 * state, built from DescribeAlarms. `previousState` is left out: DescribeAlarms does not say what
 * the state was before, and a guess would show a transition that may never have happened.
 */
function alarmStateEvent(alarm) {
    const { region, account } = arnParts(alarm.arn);
    const c = alarm.composite;
    const configuration = c
        ? defined({
            alarmRule: c.rule,
            actionsSuppressor: c.suppressor,
            actionsSuppressorWaitPeriod: c.suppressorWaitPeriod,
            actionsSuppressorExtensionPeriod: c.suppressorExtensionPeriod,
            description: alarm.description
        })
        : defined({
            description: alarm.description,
            metrics: alarm.metrics?.map((m) => defined({
                id: m.id,
                expression: m.expression,
                label: m.label,
                metricStat: m.metricStat && defined({ ...m.metricStat }),
                returnData: m.returnData
            }))
        });
    return {
        version: '0',
        id: reconcileEventId(alarm),
        'detail-type': 'CloudWatch Alarm State Change',
        source: 'aws.cloudwatch',
        account,
        time: eventTime(alarm.changedAt),
        region,
        resources: [alarm.arn],
        detail: {
            alarmName: alarm.name,
            state: defined({
                value: alarm.state,
                reason: alarm.reason,
                reasonData: alarm.reasonData,
                timestamp: awsTimestamp(alarm.changedAt),
                actionsSuppressedBy: c?.suppressedBy,
                actionsSuppressedReason: c?.suppressedReason
            }),
            configuration
        }
    };
}
/** The `repository_dispatch` webhook EventBridge's API destination would have caused. */
function dispatchOf(event, eventType) {
    return { action: eventType, client_payload: { event } };
}
/** The fingerprint intake gives the event, read the way intake reads it. */
function fingerprintOf(event, intake) {
    const delivery = readDelivery('repository_dispatch', dispatchOf(event, intake.eventType), intake.eventType);
    if (delivery.kind !== 'payload')
        return undefined;
    const decision = intakeDecision(delivery, intake.policy, new Redactor());
    return decision.kind === 'skip' ? undefined : fingerprint(decision.incident);
}
const ms = (iso) => (iso ? Date.parse(iso) : NaN);
/** Whether the issue's alarm is back in OK, as intake judges it: sealed times, else the label. */
function isRecovered(labels, state) {
    if (state.recoveredAt === undefined)
        return labels.includes(OUTCOME_LABELS.recovered);
    return state.firedAt === undefined || ms(state.recoveredAt) >= ms(state.firedAt);
}
function ourIssue(issue, intake) {
    const prefix = fingerprintLabel('');
    const fp = issue.labels.find((l) => l.startsWith(prefix))?.slice(prefix.length);
    if (!fp)
        return undefined;
    const state = readOccurrences(issue.body, intake.records.key, intake.records.repo, fp);
    return state ? { issue, fp, state } : undefined;
}
const ref = (i) => ({ number: i.number, url: i.url });
/** A failure in one line: GitHub's status when it has one, the first line of the message. */
function failure(error) {
    const status = httpStatus(error);
    const name = error instanceof Error && error.name !== 'Error' ? `${error.name}: ` : '';
    const message = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
    return `${status ? `HTTP ${status}: ` : ''}${name}${message}`.slice(0, 300);
}
function scopeText(scope) {
    const parts = [
        ...(scope.namePrefix !== undefined ? [`whose name starts with ${code(scope.namePrefix)}`] : []),
        ...(scope.tag
            ? [
                `tagged ${code(scope.tag.value === undefined ? scope.tag.key : `${scope.tag.key}=${scope.tag.value}`)}`
            ]
            : [])
    ];
    return parts.length > 0 ? `alarms ${parts.join(' and ')}` : 'every alarm';
}
const minutes = (n) => `${Math.max(1, Math.round(n / 60_000))} min`;
async function reconcileCommand(input) {
    const now = (input.now ?? (() => new Date()))();
    const log = input.log ?? (() => undefined);
    const { alarms, issues, scope, intake } = input;
    const rows = [];
    const notes = [];
    const add = (row) => {
        rows.push(row);
        log(`${row.alarm}${row.state ? ` (${row.state})` : ''}: ${row.outcome}: ${row.detail}${row.issue ? ` ${row.issue.url}` : ''}`);
    };
    let budget = input.maxAlarms;
    // What OpsLoop is responsible for, and what is open: a failure here ends the run, with its cause.
    const tagged = scope.tag ? await alarms.tagged(scope.tag, LIST_LIMIT) : undefined;
    const taggedArns = tagged && new Set(tagged.items);
    const listed = await alarms.inAlarm(scope.namePrefix, LIST_LIMIT);
    const inScope = (a) => (scope.namePrefix === undefined || a.name.startsWith(scope.namePrefix)) &&
        (taggedArns === undefined || taggedArns.has(a.arn));
    const firing = listed.items.filter(inScope).sort((a, b) => a.name.localeCompare(b.name));
    const open = await issues.open(LIST_LIMIT);
    const ours = open.items.flatMap((i) => {
        const o = ourIssue(i, intake);
        return o ? [o] : [];
    });
    if (listed.more)
        notes.push(`More than ${LIST_LIMIT} alarms are in \`ALARM\`: only the first ${LIST_LIMIT} (by name) were looked at.`);
    if (tagged?.more)
        notes.push(`More than ${LIST_LIMIT} alarms carry the tag: alarms past the first ${LIST_LIMIT} were taken as out of scope.`);
    if (open.more)
        notes.push(`More than ${LIST_LIMIT} OpsLoop issues are open: only the oldest ${LIST_LIMIT} were looked at.`);
    /** Hands intake the state change as a delivery; its answer becomes the row. */
    const handOver = async (alarm, event, why) => {
        log(`${alarm.name}: its ${alarm.state} handed to intake: ${why}`);
        const result = await intakeCommand({
            ...intake,
            eventName: 'repository_dispatch',
            webhook: dispatchOf(event, intake.eventType)
        });
        const outcome = OUTCOME_OF[result.action];
        return {
            alarm: alarm.name,
            state: alarm.state,
            outcome,
            detail: result.action === 'skipped' ? result.reason : why,
            ...(result.action !== 'skipped' ? { issue: ref(result.issue) } : {}),
            result
        };
    };
    // 1. Alarms in ALARM: the issue each one should have.
    const openByFp = new Map();
    for (const o of ours)
        if (!openByFp.has(o.fp))
            openByFp.set(o.fp, o);
    const firingFps = new Set();
    for (const alarm of firing) {
        const base = { alarm: alarm.name, state: alarm.state };
        try {
            const event = alarmStateEvent(alarm);
            const fp = fingerprintOf(event, intake);
            if (fp === undefined) {
                add({ ...base, outcome: 'skipped', detail: 'intake would not read its state change' });
                continue;
            }
            firingFps.add(fp);
            const mine = openByFp.get(fp);
            const changed = alarm.changedAt.getTime();
            let why;
            if (mine) {
                const recovered = isRecovered(mine.issue.labels, mine.state);
                const heardOf = ms(mine.state.firedAt);
                if (recovered)
                    why = 'it fired again after its recovery, and that delivery never arrived';
                else if (alarm.transitionKnown && changed > heardOf + SAME_CHANGE_MS)
                    why = 'it fired again since the issue last heard of it, and that delivery never arrived';
                else {
                    add({ ...base, outcome: 'open', detail: 'its issue is open', issue: ref(mine.issue) });
                    continue;
                }
            }
            else
                why = 'its delivery never arrived';
            if (now.getTime() - changed < GRACE_MS) {
                add({
                    ...base,
                    outcome: 'recent',
                    detail: `it entered \`ALARM\` ${minutes(now.getTime() - changed)} ago: left to its own delivery; the next run looks again`,
                    ...(mine ? { issue: ref(mine.issue) } : {})
                });
                continue;
            }
            if (budget === 0) {
                add({
                    ...base,
                    outcome: 'deferred',
                    detail: `left for the next run (\`max-alarms\` is ${input.maxAlarms})`
                });
                continue;
            }
            budget--;
            if (!mine) {
                // An issue opened for this very firing and closed while the alarm still fires (by a
                // person, most likely) is not reopened: the next firing opens a new one.
                const covering = (await issues.closed(fp, CLOSED_LOOKED_AT)).find((i) => {
                    const state = readOccurrences(i.body, intake.records.key, intake.records.repo, fp);
                    if (!state)
                        return false;
                    const heard = Number.isFinite(ms(state.firedAt)) ? ms(state.firedAt) : ms(i.createdAt);
                    return heard >= changed - SAME_CHANGE_MS;
                });
                if (covering) {
                    add({
                        ...base,
                        outcome: 'closed',
                        detail: 'its issue for this firing was closed while the alarm still fires: not reopened',
                        issue: ref(covering)
                    });
                    continue;
                }
            }
            add(await handOver(alarm, event, why));
        }
        catch (error) {
            add({ ...base, outcome: 'failed', detail: `${failure(error)}; the next run tries again` });
        }
    }
    // 2. Open issues of alarms that are not in ALARM: noted recovered when CloudWatch says OK.
    const candidates = ours.filter((o) => o.issue.labels.includes(sourceLabel('cloudwatch')) &&
        !firingFps.has(o.fp) &&
        !isRecovered(o.issue.labels, o.state));
    const reading = Math.min(budget, candidates.length);
    const start = candidates.length > reading && reading > 0
        ? (Math.floor(now.getTime() / ROTATION_MS) * reading) % candidates.length
        : 0;
    const chosen = [...candidates.slice(start), ...candidates.slice(0, start)].slice(0, reading);
    budget -= reading;
    if (candidates.length > reading)
        notes.push(`${candidates.length - reading} open issue(s) of alarms not in \`ALARM\` were not checked for a recovery this run (\`max-alarms\` is ${input.maxAlarms}); the next runs check them in turn.`);
    const named = [];
    for (const o of chosen) {
        const base = { alarm: `#${o.issue.number}`, issue: ref(o.issue) };
        try {
            const ledger = readLedger(await issues.snapshot(o.issue.number), intake.records.key, intake.records.repo);
            if (!ledger.authentic) {
                add({ ...base, outcome: 'not OpsLoop', detail: ledger.reason });
                continue;
            }
            const { alarmName, region, account } = ledger.incident;
            if (ledger.fingerprint !== o.fp || !alarmName) {
                add({
                    ...base,
                    outcome: 'not OpsLoop',
                    detail: !alarmName
                        ? 'its sealed incident record names no alarm'
                        : 'its sealed incident record is of another incident than its label says'
                });
                continue;
            }
            named.push({
                o,
                name: alarmName,
                ...(region ? { region } : {}),
                ...(account ? { account } : {})
            });
        }
        catch (error) {
            add({ ...base, outcome: 'failed', detail: `${failure(error)}; the next run tries again` });
        }
    }
    // Their alarms as they are now: one DescribeAlarms per 100 names.
    let current = [];
    let lookupError;
    if (named.length > 0) {
        try {
            current = await alarms.named([...new Set(named.map((n) => n.name))]);
        }
        catch (error) {
            lookupError = failure(error);
        }
    }
    const byName = new Map(current.map((a) => [a.name, a]));
    for (const { o, name, region, account } of named) {
        const base = { alarm: name, issue: ref(o.issue) };
        if (lookupError !== undefined) {
            add({ ...base, outcome: 'failed', detail: `${lookupError}; the next run tries again` });
            continue;
        }
        try {
            const alarm = byName.get(name);
            const where = `${account ? `account ${code(account)}` : 'its account'}, ${region ? `Region ${code(region)}` : 'its Region'}`;
            const event = alarm && alarmStateEvent(alarm);
            if (!alarm || !event || fingerprintOf(event, intake) !== o.fp) {
                add({
                    ...base,
                    outcome: 'not found',
                    detail: `no such alarm in this job's account and Region (the incident's was in ${where}): deleted, or elsewhere; the issue stays open`
                });
                continue;
            }
            const state = { ...base, state: alarm.state };
            if (!inScope(alarm)) {
                add({
                    ...state,
                    outcome: 'out of scope',
                    detail: 'the alarm is not one reconcile looks after'
                });
                continue;
            }
            if (alarm.state !== 'OK') {
                add({
                    ...state,
                    outcome: alarm.state === 'ALARM' ? 'open' : 'unchanged',
                    detail: alarm.state === 'ALARM'
                        ? 'its issue is open'
                        : 'no recovery to note (`INSUFFICIENT_DATA`); the issue stays open'
                });
                continue;
            }
            const since = now.getTime() - alarm.changedAt.getTime();
            if (since < GRACE_MS) {
                add({
                    ...state,
                    outcome: 'recent',
                    detail: `it returned to \`OK\` ${minutes(since)} ago: left to its own delivery; the next run looks again`
                });
                continue;
            }
            add(await handOver(alarm, event, 'it recovered, and that delivery never arrived'));
        }
        catch (error) {
            add({ ...base, outcome: 'failed', detail: `${failure(error)}; the next run tries again` });
        }
    }
    return {
        scope: scopeText(scope),
        maxAlarms: input.maxAlarms,
        inAlarm: firing.length,
        openIssues: ours.length,
        rows,
        notes
    };
}
const WHAT = {
    opened: 'opened its issue',
    counted: 'counted the firing',
    duplicate: 'already counted',
    recovered: 'noted the recovery',
    skipped: 'intake skipped it',
    open: 'nothing to do',
    closed: 'left closed',
    recent: 'waiting',
    unchanged: 'nothing to do',
    'not found': 'alarm not found',
    'out of scope': 'ignored',
    'not OpsLoop': 'ignored',
    deferred: 'next run',
    failed: 'failed'
};
/** The job summary: what reconcile saw, and one row per alarm with what was done. */
function reconcileSummary(report) {
    const count = (o) => report.rows.filter(o).length;
    const changed = count((r) => CHANGED.has(r.outcome));
    const failed = count((r) => r.outcome === 'failed');
    const deferred = count((r) => r.outcome === 'deferred');
    const lines = [
        '## OpsLoop reconcile',
        '',
        `Scope: ${report.scope}, in this job's account and Region: ${report.inAlarm} in \`ALARM\`; ${report.openIssues} open OpsLoop issue(s). At most ${report.maxAlarms} alarms are handed to intake or checked for a recovery per run (\`max-alarms\`).`,
        '',
        `Issues changed: ${changed} · failed: ${failed} · left for the next run: ${deferred}.`,
        ''
    ];
    if (report.rows.length > 0)
        lines.push('| Alarm | State | What was done | Issue |', '| --- | --- | --- | --- |', ...report.rows.map((r) => `| ${code(r.alarm)} | ${r.state ? code(r.state) : ''} | **${WHAT[r.outcome]}**: ${cell(r.detail)} | ${r.issue ? `[#${r.issue.number}](${encodeURI(r.issue.url)})` : ''} |`), '');
    else
        lines.push('Nothing to reconcile: every alarm in scope has its issue.', '');
    for (const note of report.notes)
        lines.push(`- ${note}`);
    if (report.notes.length > 0)
        lines.push('');
    return lines.join('\n');
}

// The `reconcile` job (a schedule, reconcile.yml): CloudWatch's alarms in ALARM within the scope
// and the open OpsLoop issues compared, and what a lost delivery should have done handed to intake
// as that delivery, with the same input the intake job gives it (jobs/intake.ts intakeSetup). A
// failure on one alarm is a row of the summary and fails the step at the end, after every other
// alarm was done; a failure to list (CloudWatch, GitHub) fails it at once, saying why.
/** A listing that could not be made, in words that say what to grant. */
function listingError(error) {
    if (isAccessDenied(error))
        return new Error(`Reconcile could not list the alarms: ${describeAwsError(error)}. The triage role needs cloudwatch:DescribeAlarms on the account's alarms (and tag:GetResources with \`alarm-tag\`); redeploy infra/opsloop.yaml, or grant them to the role in OPSLOOP_TRIAGE_ROLE_ARN.`);
    return error instanceof Error ? error : new Error(String(error));
}
async function reconcileJob(inputs, wiring) {
    const { host } = wiring;
    const setup = intakeSetup(inputs, wiring, triageProvider(inputs, wiring));
    // Read and checked once for the run, however many new incidents need it.
    const catalog = once(setup.catalog);
    const aws = wiring.aws(inputs.awsRegion);
    const alarms = cloudWatchAlarmDirectory(new CloudWatchClient(aws), inputs.scope.tag ? new ResourceGroupsTaggingAPIClient(aws) : undefined);
    const notify = await wiring.notifier(inputs.notify);
    let report;
    try {
        report = await reconcileCommand({
            alarms,
            issues: githubReconcileIssues(wiring.github(inputs.token), inputs.repository),
            scope: inputs.scope,
            maxAlarms: inputs.maxAlarms,
            intake: { ...setup, catalog },
            log: host.log.info
        });
    }
    catch (error) {
        throw listingError(error);
    }
    await host.summary(reconcileSummary(report));
    const changed = report.rows.filter((r) => CHANGED.has(r.outcome)).length;
    const failed = report.rows.filter((r) => r.outcome === 'failed');
    host.setOutput('reconciled', String(changed));
    host.setOutput('failures', String(failed.length));
    for (const row of report.rows)
        if (row.result)
            for (const event of intakeEvents(row.result, inputs.policy.closeOnRecovery))
                await notify(event);
    for (const row of failed)
        host.log.warning(`Reconcile: ${row.alarm}: ${row.detail}`);
    if (failed.length > 0)
        host.fail(`Reconcile could not handle ${failed.length} of ${report.rows.length} alarm(s); every other one was handled (see the job summary). The next run tries them again.`);
    else
        host.log.info(`Reconciled: ${changed} issue(s) changed.`);
}

export { reconcileJob };
