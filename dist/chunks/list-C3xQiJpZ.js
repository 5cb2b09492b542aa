import { _ as _2020Exports } from './glob-B3hWj5D5.js';
import { j as jsonText, h as httpStatus, d as describeReadError } from './http-error-D4_KoZim.js';
import { i as isObject } from './normalize-BE8nIYBh.js';
import { d as describeAwsError } from './aws-error-CSU2PQ3t.js';

// Generated from schemas/dispatch.schema.json by `npm run generate`. Do not edit.
const dispatchSchema = {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://opsloop.dev/schemas/dispatch.schema.json',
    title: 'OpsLoop dispatch payload',
    description: 'The `client_payload` of a `repository_dispatch` event with event type `aws-incident` (the `event-type` input), as sent by an EventBridge API destination: `{"event_type": "aws-incident", "client_payload": {"event": <aws.events.event.json>}}`. GitHub accepts at most 10 top-level keys in `client_payload` and at most 64 KB (65,536 bytes) of JSON in the whole payload: nest the AWS event under `event` and let OpsLoop fetch large context (logs, metrics) on the runner. A payload that breaks this contract is not dropped: OpsLoop opens an issue marked as unrecognized, with the payload as delivered and what was wrong with it.',
    type: 'object',
    maxProperties: 10,
    required: ['event'],
    properties: {
        event: {
            type: ['object', 'string'],
            description: "The AWS event as delivered: an EventBridge event, an SNS notification (`Records[].Sns`), a CloudWatch alarm's Lambda-action payload, or any of these as a JSON string."
        },
        context: {
            type: 'object',
            description: 'Optional facts the sender adds. Everything here is untrusted input: it is shown in code blocks, and a runbook hint never bypasses validation or approval.',
            additionalProperties: true,
            properties: {
                logGroups: {
                    type: 'array',
                    maxItems: 10,
                    uniqueItems: true,
                    items: { type: 'string', pattern: '^[.\\-_/#A-Za-z0-9]{1,512}$' },
                    description: 'CloudWatch Logs log groups to read around the incident time.'
                },
                runbook: {
                    type: 'string',
                    pattern: '^[a-z0-9]+(-[a-z0-9]+)*$',
                    maxLength: 64,
                    description: 'A runbook id the sender suggests. Triage treats it as a hint: the runbook must exist, validate and be approved like any other.'
                },
                severity: {
                    enum: ['low', 'medium', 'high', 'critical', 'LOW', 'MEDIUM', 'HIGH', 'CRITICAL'],
                    description: 'Severity to use instead of the one derived from the event.'
                },
                tags: {
                    type: 'object',
                    maxProperties: 50,
                    additionalProperties: { type: ['string', 'number', 'boolean'] },
                    description: 'Tags of the alarm or resource (e.g. `service`, `role`), read by runbook `match.tags` and parameters with `from: tags.KEY`.'
                }
            }
        }
    },
    examples: [
        {
            event: {
                version: '0',
                id: 'c4c1c1c9-6542-e61b-6ef0-8c4d36933a92',
                'detail-type': 'CloudWatch Alarm State Change',
                source: 'aws.cloudwatch',
                account: '111122223333',
                time: '2026-11-20T09:15:00Z',
                region: 'us-east-1',
                resources: ['arn:aws:cloudwatch:us-east-1:111122223333:alarm:web-service-down'],
                detail: { alarmName: 'web-service-down', state: { value: 'ALARM' } }
            },
            context: { tags: { service: 'nginx', role: 'web' }, logGroups: ['/web/nginx'] }
        }
    ]
};

// What arrived: the dispatch payload inside a `repository_dispatch` (or a `workflow_dispatch`
// input, or a file given to the CLI), checked against `schemas/dispatch.schema.json`. A payload
// that breaks the contract is still an incident (nothing is lost); what was wrong travels with it.
/** GitHub's limits on `client_payload`. */
const DISPATCH_MAX_BYTES = 65_536;
/** Input that cannot be read at all (not JSON): the run fails with this message. */
class DeliveryError extends Error {
    name = 'DeliveryError';
}
// Compiled on first use: commands other than intake never pay for it at start-up.
let compiled;
const validateDispatch = () => (compiled ??= new _2020Exports.Ajv2020({ allErrors: true, strict: false }).compile(dispatchSchema));
function describe(e) {
    const where = `client_payload${e.instancePath.replace(/\/([^/]+)/g, (_, k) => (/^\d+$/.test(k) ? `[${k}]` : `.${k}`))}`;
    if (e.keyword === 'required')
        return `${where} has no \`${e.params.missingProperty}\` (send the AWS event as client_payload.event)`;
    if (e.keyword === 'maxProperties')
        return `${where} has more than ${e.params.limit} keys (GitHub's limit for client_payload)`;
    if (e.keyword === 'enum')
        return `${where} must be one of ${e.params.allowedValues.map((v) => JSON.stringify(v)).join(', ')}`;
    return `${where} ${e.message ?? 'is invalid'}`;
}
/** Reads a dispatch payload: checks it, and drops only the context keys that are invalid. */
function readPayload(payload) {
    const problems = [];
    const bytes = Buffer.byteLength(jsonText(payload) ?? '');
    if (bytes > DISPATCH_MAX_BYTES)
        problems.push(`client_payload is ${bytes} bytes; GitHub accepts at most ${DISPATCH_MAX_BYTES} (64 KB)`);
    if (!isObject(payload)) {
        problems.push('client_payload is not a JSON object');
        return { kind: 'payload', payload: { event: payload, context: {} }, problems };
    }
    // A bare EventBridge event as the whole client_payload (9 keys) is an accepted variant.
    const body = !('event' in payload) && 'detail-type' in payload && 'source' in payload
        ? { event: payload }
        : payload;
    const invalidKeys = new Set();
    const validate = validateDispatch();
    if (!validate(body)) {
        for (const e of validate.errors ?? []) {
            problems.push(describe(e));
            const key = /^\/context\/([^/]+)/.exec(e.instancePath)?.[1];
            if (key !== undefined)
                invalidKeys.add(key);
        }
    }
    // Only the invalid context keys are dropped; the rest of the context is still used.
    const context = Object.fromEntries(Object.entries(isObject(body.context) ? body.context : {}).filter(([k]) => !invalidKeys.has(k)));
    if (typeof body.event === 'string') {
        try {
            return {
                kind: 'payload',
                payload: { event: JSON.parse(body.event), context },
                problems
            };
        }
        catch (error) {
            problems.push(`client_payload.event is a string but not JSON (${error.message})`);
        }
    }
    return {
        kind: 'payload',
        payload: { event: 'event' in body ? body.event : body, context },
        problems
    };
}
/** The dispatch payload from a webhook event, or why this event is not for intake. */
function readDelivery(eventName, webhook, expectedType) {
    if (!isObject(webhook))
        throw new DeliveryError('The webhook event payload is not a JSON object.');
    if (eventName === 'repository_dispatch') {
        if (webhook.action !== expectedType) {
            return {
                kind: 'ignore',
                reason: `repository_dispatch event_type is ${JSON.stringify(webhook.action)}, not ${JSON.stringify(expectedType)} (set the \`event-type\` input to accept it)`
            };
        }
        return readPayload(webhook.client_payload);
    }
    if (eventName === 'workflow_dispatch') {
        const raw = isObject(webhook.inputs) ? webhook.inputs.event : undefined;
        if (typeof raw !== 'string' || raw.trim() === '')
            throw new DeliveryError('workflow_dispatch needs an `event` input holding the AWS event (or a whole dispatch payload) as JSON.');
        return readPayload(wrapEvent(parseJsonText(raw, 'the `event` input')));
    }
    throw new DeliveryError(`Intake handles repository_dispatch and workflow_dispatch events, not ${eventName}; set the \`command\` input for this workflow.`);
}
/** An event given by itself (CLI, workflow_dispatch) becomes a dispatch payload. */
function wrapEvent(value) {
    return isObject(value) && 'event' in value ? value : { event: value };
}
/** JSON.parse with an error that says where and what to do. */
function parseJsonText(text, what) {
    try {
        return JSON.parse(text.replace(/^\uFEFF/, ''));
    }
    catch (error) {
        throw new DeliveryError(`${what} is not valid JSON: ${error.message}. Pass the AWS event exactly as EventBridge delivers it.`);
    }
}
/** Whether a normalized event is an incident: configuration changes are not. */
function classify(incident, policy) {
    if (/Configuration Change$/.test(incident.detailType)) {
        return {
            kind: 'skip',
            reason: `"${incident.detailType}" events are configuration changes, not incidents`
        };
    }
    if (incident.kind === 'alarm' &&
        incident.state === 'INSUFFICIENT_DATA' &&
        policy.insufficientData === 'ignore') {
        return {
            kind: 'skip',
            reason: 'INSUFFICIENT_DATA is not treated as an incident (set `insufficient-data: incident` to change that)'
        };
    }
    return { kind: 'incident' };
}

// Recent changes: what GitHub knows and AWS does not. Deployments, releases and merged pull
// requests in the hours before the incident, in this repository and any others configured. Each
// kind is read separately and bounded (a few pages, newest first, stopping at the window's start),
// so a token that may read pull requests but not deployments still yields what it can.
const PERMISSION = {
    deployment: 'deployments: read',
    release: 'contents: read',
    pull: 'pull-requests: read'
};
/** Why a change list could not be read, with what to do about it. */
function describeChangeError(kind, error) {
    return httpStatus(error) === 404
        ? 'not found, or not visible to this token (the workflow token reads only its own repository: use a token that can read it, or remove it from change-repositories)'
        : describeReadError(error, PERMISSION[kind]);
}
const KIND_NAME = {
    deployment: 'deployments',
    release: 'releases',
    pull: 'merged pull requests'
};
const changeKindName = (kind) => KIND_NAME[kind];
/** `42 min`, `3 h 5 min`: how long before the incident a change landed. */
function durationBefore(ms) {
    const minutes = Math.max(0, Math.round(ms / 60_000));
    if (minutes < 60)
        return `${minutes} min`;
    const h = Math.floor(minutes / 60);
    const m = minutes % 60;
    return m === 0 ? `${h} h` : `${h} h ${m} min`;
}
/** A change as evidence: label says what and where, text says who, when and which version. */
function changeEvidence(change, incidentAt) {
    const where = change.repo;
    const label = change.kind === 'deployment'
        ? `deployment to ${change.environment ?? '?'} (${where})`
        : change.kind === 'release'
            ? `release ${change.ref ?? '?'} (${where})`
            : `merged pull request #${change.number ?? '?'} (${where})`;
    const parts = [
        change.title ? JSON.stringify(change.title) : undefined,
        change.author ? `by ${change.author}` : undefined,
        `${durationBefore(incidentAt - change.at)} before the incident`,
        change.kind === 'deployment' && change.ref
            ? `ref ${change.ref}${change.sha ? ` at ${change.sha.slice(0, 7)}` : ''}`
            : undefined,
        change.kind === 'pull' && change.ref ? `into ${change.ref}` : undefined,
        change.state ? `status ${change.state}` : undefined
    ];
    return { label, text: parts.filter(Boolean).join(', ') };
}

const BLOCKS = '▁▂▃▄▅▆▇█';
const SPARK_POINTS = 40;
const median = (values) => {
    if (values.length === 0)
        return undefined;
    const sorted = [...values].sort((a, b) => a - b);
    const mid = Math.floor(sorted.length / 2);
    return sorted.length % 2 ? sorted[mid] : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};
const round = (n) => Math.abs(n) >= 100 ? n.toFixed(0) : n.toPrecision(3).replace(/\.?0+$/, '');
/** Resamples to at most SPARK_POINTS buckets (max per bucket, so spikes survive). */
function sparkline(values) {
    if (values.length === 0)
        return '';
    const buckets = [];
    const size = Math.max(1, Math.ceil(values.length / SPARK_POINTS));
    for (let i = 0; i < values.length; i += size)
        buckets.push(Math.max(...values.slice(i, i + size)));
    const min = Math.min(...buckets);
    const span = Math.max(...buckets) - min;
    return buckets
        .map((v) => BLOCKS[span === 0 ? 0 : Math.min(7, Math.floor(((v - min) / span) * 8))] ?? '')
        .join('');
}
/** At most SPARK_POINTS buckets, max per bucket, each labelled by its first point's time. */
function chartOf(points) {
    if (points.length < 3)
        return undefined;
    const size = Math.max(1, Math.ceil(points.length / SPARK_POINTS));
    const chart = { times: [], values: [] };
    for (let i = 0; i < points.length; i += size) {
        const bucket = points.slice(i, i + size);
        chart.times.push(new Date(bucket[0]?.t ?? 0).toISOString().slice(11, 16));
        chart.values.push(Math.max(...bucket.map((p) => p.v)));
    }
    return chart;
}
function summarizeMetric(series, incidentAt) {
    const points = series.timestamps
        .map((t, i) => ({ t, v: series.values[i] ?? NaN }))
        .filter((p) => Number.isFinite(p.v))
        .sort((a, b) => a.t - b.t);
    const values = points.map((p) => p.v);
    const base = median(points.filter((p) => p.t < incidentAt).map((p) => p.v));
    let peak;
    for (const p of points)
        if (!peak || p.v > peak.v)
            peak = p;
    // The first point after which the series stays well away from the baseline.
    let changedAt;
    if (base !== undefined) {
        const far = (v) => Math.abs(v - base) > Math.max(Math.abs(base) * 0.5, 1e-9);
        for (const p of points) {
            if (far(p.v)) {
                changedAt ??= p.t;
            }
            else
                changedAt = undefined;
        }
    }
    const iso = (t) => new Date(t).toISOString().replace(/\.\d+Z$/, 'Z');
    const chart = chartOf(points);
    const parts = [
        base !== undefined ? `baseline ${round(base)}` : 'no data before the incident',
        ...(peak ? [`peak ${round(peak.v)} at ${iso(peak.t)}`] : []),
        ...(changedAt !== undefined ? [`changed at ${iso(changedAt)}`] : [])
    ];
    return {
        label: series.label,
        sparkline: sparkline(values),
        ...(chart ? { chart } : {}),
        ...(base !== undefined ? { baseline: base } : {}),
        ...(peak ? { peak: peak.v, peakAt: peak.t } : {}),
        ...(changedAt !== undefined ? { changedAt } : {}),
        points: points.length,
        text: points.length === 0 ? 'no data points in the window' : parts.join(', ')
    };
}

const DEFAULT_GATHER = {
    beforeMs: 30 * 60_000,
    afterMs: 5 * 60_000,
    limits: { maxLines: 100_000, maxBytes: 20 * 1_048_576 },
    changeWindowMs: 24 * 3_600_000
};
/** Changes kept as evidence, newest first. */
const MAX_CHANGES = 10;
/** Past incidents kept as evidence: the same alarm first, then similar titles. */
const MAX_PAST = 5;
const LOG_GROUP = /^[.\-_/#A-Za-z0-9]{1,512}$/;
/** Log groups named by configuration, the dispatch context and the incident's tags. */
function logGroupsFor(incident, configured) {
    const listed = incident.context.logGroups;
    const fromContext = Array.isArray(listed) ? listed : [];
    const fromTags = [incident.tags.logGroup, incident.tags['log-group']];
    return [
        ...new Set([...configured, ...fromContext, ...fromTags].filter((g) => typeof g === 'string' && LOG_GROUP.test(g)))
    ].slice(0, 10);
}
function incidentTime(incident, now) {
    const t = incident.time ? Date.parse(incident.time) : NaN;
    return Number.isFinite(t) ? t : now.getTime();
}
async function gatherContext(incident, fingerprint, sources, options) {
    const at = incidentTime(incident, options.now);
    const start = at - options.beforeMs;
    const end = Math.min(at + options.afterMs, options.now.getTime());
    const missing = [];
    const failed = (what) => (error) => {
        missing.push(`${what}: ${describeAwsError(error)}`);
    };
    const groups = logGroupsFor(incident, options.logGroups);
    const logs = [];
    const logsWork = groups.map(async (group) => {
        if (!sources.logs)
            return;
        try {
            const fetched = await sources.logs.fetch(group, start, end, options.limits);
            logs.push({ group, ...fetched });
            if (fetched.lines.length === 0)
                missing.push(`logs ${group}: no events in the window`);
        }
        catch (error) {
            failed(`logs ${group}`)(error);
        }
    });
    if (groups.length > 0 && !sources.logs)
        missing.push('logs: no CloudWatch Logs access configured (set AWS credentials for triage)');
    let metrics = [];
    const metricsWork = (async () => {
        const wanted = incident.metrics.filter((m) => m.namespace && m.name);
        if (wanted.length === 0)
            return;
        if (!sources.metrics) {
            missing.push('metrics: no CloudWatch access configured (set AWS credentials for triage)');
            return;
        }
        try {
            const series = await sources.metrics.series(wanted, start, end);
            metrics = series.map((s) => summarizeMetric(s, at));
        }
        catch (error) {
            failed('metrics')(error);
        }
    })();
    const changes = [];
    const changesWork = options.changeRepos.flatMap((repo) => ['deployment', 'release', 'pull'].map(async (kind) => {
        if (!sources.changes)
            return;
        try {
            changes.push(...(await sources.changes.list(kind, repo, at - options.changeWindowMs, at)));
        }
        catch (error) {
            missing.push(`${changeKindName(kind)} of ${repo.owner}/${repo.repo}: ${describeChangeError(kind, error)}`);
        }
    }));
    let past = [];
    const pastWork = (async () => {
        if (!sources.past)
            return;
        try {
            past = (await sources.past.related(fingerprint, incident.title)).slice(0, MAX_PAST);
        }
        catch (error) {
            missing.push(`past incidents: ${describeReadError(error, 'issues: read')}`);
        }
    })();
    await Promise.all([...logsWork, metricsWork, ...changesWork, pastWork]);
    // Sources finish in any order; evidence ids must not depend on it.
    logs.sort((a, b) => a.group.localeCompare(b.group));
    changes.sort((a, b) => b.at - a.at || a.repo.localeCompare(b.repo) || a.kind.localeCompare(b.kind));
    missing.sort();
    return { logs, metrics, changes: changes.slice(0, MAX_CHANGES), past, missing };
}

// List inputs and options (`allowed-documents`, `log-groups`, `--allow-document`): one way to
// split them everywhere, comma or newline separated, blanks ignored.
/** The items of a list value; undefined when it has none, so callers can fall back. */
function parseList(value) {
    const items = (value ?? '')
        .split(/[\n,]/)
        .map((s) => s.trim())
        .filter((s) => s !== '');
    return items.length > 0 ? items : undefined;
}

export { DEFAULT_GATHER as D, parseJsonText as a, readDelivery as b, classify as c, changeEvidence as d, gatherContext as g, incidentTime as i, parseList as p, readPayload as r, wrapEvent as w };
