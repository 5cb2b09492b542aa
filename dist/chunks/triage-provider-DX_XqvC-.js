import { c as classify, r as readDelivery } from './list-Bkpa0xtJ.js';
import { f as fingerprint } from './fingerprint-BtovXTfi.js';
import { R as Redactor } from './redact-dgEMPhFv.js';
import { n as normalizeDelivery } from './redacted-incident-J003IcyX.js';
import { h as httpStatus, d as describeReadError } from './http-error-C1Lek3oc.js';
import { d as describeAwsError } from './aws-error-lcWkeA8s.js';
import { M as MAX_LOG_GROUPS, I as INCIDENT_WINDOW } from './facts-DXKc7_LI.js';

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
    // What happens under the lock loads under it: the first request (the lock) waits for no more
    // than reading the delivery.
    return input.issues.exclusive(fp, async () => (await import('./intake-issue-BEyKhy6N.js')).handleIncident(input, handling));
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

/** A Health event that ended this long before the incident no longer explains it. */
const ENDED_BEFORE_MS = 60 * 60_000;
/** Health's service codes for CloudWatch namespaces whose name is not the code itself. */
const NAMESPACE_SERVICE = {
    ApplicationELB: 'ELASTICLOADBALANCING',
    NetworkELB: 'ELASTICLOADBALANCING',
    GatewayELB: 'ELASTICLOADBALANCING',
    ELB: 'ELASTICLOADBALANCING',
    AutoScaling: 'AUTOSCALING',
    Events: 'EVENTS',
    States: 'STATES',
    ContainerInsights: 'ECS'
};
/** The AWS services an incident uses, as Health names them (`EC2`, `RDS`). */
function incidentServices(incident) {
    const out = new Set();
    for (const m of incident.metrics) {
        const ns = /^AWS\/(.+)$/.exec(m.namespace ?? '')?.[1];
        if (ns)
            out.add(NAMESPACE_SERVICE[ns] ?? ns.replace(/[^A-Za-z0-9]/g, '').toUpperCase());
    }
    for (const arn of incident.resources) {
        const service = /^arn:aws[a-z-]*:([a-z0-9-]+):/.exec(arn)?.[1];
        if (service)
            out.add(service.toUpperCase());
    }
    for (const t of incident.resourceTypes) {
        const service = t.split(':', 1)[0];
        if (service)
            out.add(service.toUpperCase());
    }
    return out;
}
/** Every name the incident knows its resources by: ARNs, their last segments, dimension values. */
function incidentIds(incident) {
    const out = new Set();
    const add = (id) => {
        if (id && id.length >= 3)
            out.add(id);
    };
    for (const arn of incident.resources) {
        add(arn);
        add(lastSegment(arn));
    }
    for (const m of incident.metrics)
        for (const value of Object.values(m.dimensions)) {
            if (value === undefined)
                continue;
            add(value);
            add(lastSegment(value));
        }
    return out;
}
const lastSegment = (id) => id.split(/[/:]/).at(-1);
/** The Health events among `notices` that concern `incident` (at `at`, epoch ms), earliest first. */
function relevantHealth(incident, notices, at) {
    const services = incidentServices(incident);
    const ids = incidentIds(incident);
    const out = [];
    for (const notice of notices) {
        if (notice.startedAt === undefined || notice.startedAt > at)
            continue;
        if (notice.endedAt !== undefined && notice.endedAt < at - ENDED_BEFORE_MS)
            continue;
        const region = notice.region;
        if (region && region !== 'global' && incident.region && region !== incident.region)
            continue;
        const named = notice.entities.find((e) => ids.has(e) || ids.has(lastSegment(e) ?? ''));
        if (named !== undefined) {
            out.push({ notice, relevance: `names ${named}, which the incident concerns` });
            continue;
        }
        if (notice.entities.length === 0 && notice.service && services.has(notice.service))
            out.push({
                notice,
                relevance: `about ${notice.service}${region ? ` in ${region}` : ''}, which the incident uses`
            });
    }
    return out.sort((a, b) => (a.notice.startedAt ?? 0) - (b.notice.startedAt ?? 0));
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
    // The window log anomalies are looked for in too (resolveFacts).
    ...INCIDENT_WINDOW,
    limits: { maxLines: 100_000, maxBytes: 20 * 1_048_576 },
    changeWindowMs: 24 * 3_600_000
};
/** Changes kept as evidence, newest first. */
const MAX_CHANGES = 10;
/** Past incidents kept as evidence: the same alarm first, then similar titles. */
const MAX_PAST = 5;
/** Watch issues kept as evidence: their first signal up to a day before the incident. */
const MAX_WATCHES = 3;
const WATCH_LOOKBACK_MS = 24 * 3_600_000;
/** Health incidents updated this long before the incident are read (one page, newest first). */
const HEALTH_LOOKBACK_MS = 24 * 3_600_000;
/**
 * Deployments whose build contents are read (the newest ones that rolled out or are rolling
 * out): at most MAX_BUILDS × BUILD_REQUESTS (adapters/github/changes.ts) requests.
 */
const MAX_BUILDS = 3;
/** The log groups to read: those the incident's facts name (with the input's), else the input's. */
function logGroupsFor(incident, configured) {
    return (incident.facts?.logGroups.map((g) => g.name) ?? [...configured]).slice(0, MAX_LOG_GROUPS);
}
function incidentTime(incident, now) {
    const t = incident.time ? Date.parse(incident.time) : NaN;
    return Number.isFinite(t) ? t : now.getTime();
}
async function gatherContext(incident, fingerprint, sources, options) {
    const at = incidentTime(incident, options.now);
    const start = at - options.beforeMs;
    const end = Math.min(at + options.afterMs, options.now.getTime());
    // Facts that could not be looked up are missing evidence too, each saying what to grant.
    const missing = [...(incident.facts?.notAvailable ?? [])];
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
    let series = [];
    const metricsWork = (async () => {
        const wanted = incident.metrics.filter((m) => m.namespace && m.name);
        if (wanted.length === 0)
            return;
        if (!sources.metrics) {
            missing.push('metrics: no CloudWatch access configured (set AWS credentials for triage)');
            return;
        }
        try {
            series = await sources.metrics.series(wanted, start, end);
            metrics = series.map((s) => summarizeMetric(s, at));
            // The traffic the alarmed resource receives, for the snapshot's operational checks (a
            // surge is no change's doing); not shown as the alarm's own history.
            const traffic = requestMetrics(wanted);
            if (traffic.length > 0)
                try {
                    series.push(...(await sources.metrics.series(traffic, start, end)));
                }
                catch (error) {
                    failed('request metrics (for the traffic check)')(error);
                }
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
    // What OpsLoop's own log detector saw in the same log groups before this incident (not for a
    // watch itself: it would find itself).
    let watches = [];
    const watchesWork = (async () => {
        if (!sources.watches || groups.length === 0 || incident.source === 'opsloop.logs')
            return;
        try {
            watches = (await sources.watches.watches(groups))
                .filter((w) => w.firstSignalAt !== undefined &&
                w.firstSignalAt <= at &&
                w.firstSignalAt > at - WATCH_LOOKBACK_MS)
                .sort((a, b) => (a.firstSignalAt ?? 0) - (b.firstSignalAt ?? 0) || a.number - b.number)
                .slice(0, MAX_WATCHES);
        }
        catch (error) {
            missing.push(`watch issues: ${describeReadError(error, 'issues: read')}`);
        }
    })();
    // AWS Health events, for change attribution's operational checks: an open Health event about
    // the incident's resources or services is a cause no change made.
    let health = [];
    const healthWork = (async () => {
        if (!sources.health || options.changeRepos.length === 0 || incident.source === 'aws.health')
            return;
        try {
            health = relevantHealth(incident, await sources.health.notices(at - HEALTH_LOOKBACK_MS), at);
        }
        catch (error) {
            missing.push(`AWS Health incidents: ${describeReadError(error, 'issues: read')}`);
        }
    })();
    // What the newest deployments shipped, once the lists are in (sorted there, once: sources
    // finish in any order, and evidence ids must not depend on it).
    const builds = [];
    const source = sources.changes;
    const buildsWork = Promise.all(changesWork).then(() => Promise.all(newestFirst(changes)
        .filter((c) => c.kind === 'deployment' && c.state !== 'failure' && c.state !== 'error')
        .slice(0, source?.build ? MAX_BUILDS : 0)
        .map(async (deployment) => {
        if (!source?.build)
            return;
        const [owner = '', repo = ''] = deployment.repo.split('/');
        try {
            builds.push({ deployment, build: await source.build({ owner, repo }, deployment) });
        }
        catch (error) {
            missing.push(`build contents of deployment ${deployment.id ?? '?'} (${deployment.repo}): ${describeReadError(error, 'contents: read')}`);
        }
    })));
    await Promise.all([...logsWork, metricsWork, buildsWork, pastWork, watchesWork, healthWork]);
    // Sources finish in any order; evidence ids must not depend on it.
    logs.sort((a, b) => a.group.localeCompare(b.group));
    builds.sort((a, b) => b.deployment.at - a.deployment.at || a.deployment.repo.localeCompare(b.deployment.repo));
    missing.sort();
    return {
        logs,
        metrics,
        series,
        builds,
        changes: changes.slice(0, MAX_CHANGES),
        past,
        watches,
        health,
        missing
    };
}
/**
 * Each request count that goes with an alarm's metric (the load balancer's or target group's
 * `RequestCount`, a Lambda function's `Invocations`, an API's `Count`), unless the alarm watches
 * it already: how much traffic came, so a surge can be told from a fault.
 */
function requestMetrics(watched) {
    const out = new Map();
    const add = (namespace, name, dimensions) => {
        const key = JSON.stringify([namespace, name, dimensions]);
        const already = watched.some((m) => m.namespace === namespace &&
            m.name === name &&
            JSON.stringify(m.dimensions) === JSON.stringify(dimensions));
        if (!already)
            out.set(key, { namespace, name, dimensions, stat: 'Sum', period: 60 });
    };
    const pick = (m, keys) => {
        const dims = {};
        for (const k of keys) {
            const v = m.dimensions[k];
            if (typeof v !== 'string')
                return undefined;
            dims[k] = v;
        }
        return dims;
    };
    for (const m of watched) {
        if (m.namespace === 'AWS/ApplicationELB') {
            const dims = pick(m, ['LoadBalancer', 'TargetGroup']) ?? pick(m, ['LoadBalancer']);
            if (dims)
                add(m.namespace, 'RequestCount', dims);
        }
        else if (m.namespace === 'AWS/Lambda') {
            const dims = pick(m, ['FunctionName']);
            if (dims)
                add(m.namespace, 'Invocations', dims);
        }
        else if (m.namespace === 'AWS/ApiGateway') {
            const dims = pick(m, ['ApiName', 'Stage']) ?? pick(m, ['ApiName']) ?? pick(m, ['ApiId']);
            if (dims)
                add(m.namespace, 'Count', dims);
        }
    }
    return [...out.values()].slice(0, 3);
}
/** Sorts changes newest first, in an order that does not depend on which source answered first. */
function newestFirst(changes) {
    return changes.sort((a, b) => b.at - a.at || a.repo.localeCompare(b.repo) || a.kind.localeCompare(b.kind));
}

/** The deterministic rules (triage/rules.ts), loaded on first use. */
const onDemandRules = {
    name: 'rules',
    async triage(request) {
        return (await import('./rules-BvgxSNAz.js').then(function (n) { return n.g; })).rulesProvider.triage(request);
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
    const provider = () => (loaded ??= import('./bedrock-BPaQtoh2.js').then((m) => m.bedrockProvider(options)));
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

export { DEFAULT_GATHER as D, intakeDecision as a, intakeCommand as b, changeEvidence as c, chooseProvider as d, gatherContext as g, incidentTime as i };
