import { b as RUNBOOK_LABEL_PREFIX, O as OPSLOOP_LABEL, W as WATCH_LABEL, f as fingerprintLabel, c as severityLabel, s as sourceLabel } from './labels-CduwHnJ-.js';
import { C as CLEAR_CASE_SCORE } from './clear-case-BT-JgTpd.js';
import { p as prose, c as code, b as codeBlock, h as htmlCode, d as htmlText } from './markdown-DUQQBL0n.js';
import { V as VERSION } from './version-CvW7nB-o.js';
import { j as jsonText } from './canonical-json-Cpt80sOS.js';
import { w as wellFormed } from './unicode-Bqcso1Xx.js';
import { o as oneLine } from './untrusted-DwwMYKYb.js';
import { a as watchedResourceArns, e as ecsServiceOfDimensions, b as ecsServiceOfArn, i as instanceIdOf, I as INSTANCE_ID, U as UNRECOGNIZED, w as watchedLogGroup, A as ACCEPTED_PAYLOADS, n as normalize } from './normalize-j844nZxl.js';
import { h as httpStatus, d as describeReadError } from './http-error-C1Lek3oc.js';
import { i as isAccessDenied, d as describeAwsError } from './aws-error-lcWkeA8s.js';

/** Detectors whose anomalies are read, at most. */
const MAX_DETECTORS = 5;
/** Anomalies read from one detector, at most (ListAnomalies has no time filter). */
const ANOMALIES_READ = 100;
/** Anomalies kept for the incident, at most. */
const MAX_ANOMALIES = 10;
/**
 * Longest pattern or description kept. It is cut before redaction runs, so only at a space: a
 * secret cut in half could no longer be recognised.
 */
const ANOMALY_TEXT_LIMIT = 2_000;
const PRIORITY_RANK = { HIGH: 0, MEDIUM: 1, LOW: 2 };
const rank = (priority) => PRIORITY_RANK[priority?.toUpperCase() ?? ''] ?? 3;
/** `text` at most `max` characters long, cut at a space (never inside a word). */
function cutAtSpace(text, max) {
    if (text.length <= max)
        return text;
    const head = text.slice(0, max + 1);
    const at = head.search(/\s\S*$/);
    return `${at > 0 ? head.slice(0, at).trimEnd() : ''} … (cut)`.trimStart();
}
/** The incident's log groups an anomaly was found in (else those its detector watches). */
function groupsOf(anomaly, detector, wanted) {
    const named = anomaly.logGroups.length > 0 ? anomaly.logGroups : detector.logGroups;
    return wanted.filter((g) => named.includes(g));
}
/**
 * The anomalies detectors watching `logGroups` found in `window`: seen in it at all (first seen
 * before its end, last seen after its start), unsuppressed, highest priority first, then newest.
 */
async function findAnomalies(source, logGroups, window) {
    if (logGroups.length === 0)
        return { anomalies: [], failures: [] };
    let detectors;
    try {
        detectors = (await source.detectors(logGroups, MAX_DETECTORS))
            .filter((d) => d.logGroups.some((g) => logGroups.includes(g)))
            .slice(0, MAX_DETECTORS);
    }
    catch (error) {
        return {
            anomalies: [],
            failures: [{ what: 'log anomaly detectors', action: 'logs:ListLogAnomalyDetectors', error }]
        };
    }
    const errors = [];
    const read = await Promise.all(detectors.map(async (detector) => {
        try {
            const found = await source.anomalies(detector.arn, ANOMALIES_READ);
            return found.map((anomaly) => ({ anomaly, detector }));
        }
        catch (error) {
            errors.push(error);
            return [];
        }
    }));
    const seen = new Set();
    const kept = read
        .flat()
        .filter(({ anomaly: a }) => {
        if (seen.has(a.id))
            return false;
        seen.add(a.id);
        return a.state !== 'Suppressed' && a.firstSeen <= window.endMs && a.lastSeen >= window.startMs;
    })
        .map(({ anomaly, detector }) => ({
        anomaly,
        detector,
        groups: groupsOf(anomaly, detector, logGroups)
    }))
        // An anomaly of a detector that also watches other groups, found only in those: not ours.
        .filter(({ groups }) => groups.length > 0)
        .sort((x, y) => rank(x.anomaly.priority) - rank(y.anomaly.priority) ||
        y.anomaly.lastSeen - x.anomaly.lastSeen ||
        y.anomaly.firstSeen - x.anomaly.firstSeen ||
        x.anomaly.pattern.localeCompare(y.anomaly.pattern))
        .slice(0, MAX_ANOMALIES);
    const anomalies = kept.map(({ anomaly: a, detector, groups }) => {
        const description = a.description?.trim();
        return {
            detector: detector.name ?? detector.arn,
            logGroups: groups,
            pattern: cutAtSpace(a.pattern, ANOMALY_TEXT_LIMIT),
            ...(description ? { description: cutAtSpace(description, ANOMALY_TEXT_LIMIT) } : {}),
            ...(a.priority ? { priority: a.priority } : {}),
            ...(a.state ? { state: a.state } : {}),
            ...(a.active !== undefined ? { active: a.active } : {}),
            firstSeen: new Date(a.firstSeen).toISOString(),
            lastSeen: new Date(a.lastSeen).toISOString()
        };
    });
    const failures = errors.length === 0
        ? []
        : [
            {
                what: errors.length === detectors.length
                    ? 'log anomalies'
                    : `log anomalies of ${errors.length} of ${detectors.length} anomaly detectors`,
                action: 'logs:ListAnomalies',
                error: errors[0]
            }
        ];
    return { anomalies, failures };
}
/** The evidence label of the `n`th anomaly (from 1): which log groups, how urgent. */
function anomalyLabel(anomaly, n) {
    const tags = [anomaly.priority, anomaly.state].filter(Boolean).join(', ');
    return `log anomaly ${n} in ${anomaly.logGroups.join(', ')}${tags ? ` (${tags})` : ''}`;
}
/** What the detector saw, in one line: the pattern first, so a cut keeps it. */
function anomalyText(anomaly) {
    return [
        `pattern: ${anomaly.pattern}`,
        ...(anomaly.description ? [`detector says: ${anomaly.description}`] : []),
        `first seen ${anomaly.firstSeen}, last seen ${anomaly.lastSeen}${anomaly.active === false ? ' (over)' : ''}`,
        `detector ${anomaly.detector}`
    ].join('; ');
}

/** The alarm tag whose value names the incident's log groups, comma-separated. */
const LOG_GROUPS_TAG = 'opsloop:log-groups';
/** Resources whose tags are looked up, and log groups read, at most. */
const MAX_RESOURCES = 20;
const MAX_LOG_GROUPS = 10;
/** Instances whose SSM status is looked up, at most. */
const MAX_INSTANCES = 10;
/** Around the incident's time: what the evidence (logs, metrics, log anomalies) covers. */
const INCIDENT_WINDOW = { beforeMs: 30 * 60_000, afterMs: 5 * 60_000 };
const LOG_GROUP = /^[.\-_/#A-Za-z0-9]{1,512}$/;
/** One "not available" line: what, why, and the IAM action to grant when AWS denied it. */
function notAvailable(what, action, error) {
    const grant = isAccessDenied(error) ? `; grant \`${action}\` to the triage role` : '';
    return `${what}: not available (${describeAwsError(error)})${grant}`;
}
/** The ECS service an incident names: by its alarm's dimensions or by an ECS service ARN. */
function ecsServiceOf(incident) {
    const named = [
        ...incident.metrics.map((m) => ecsServiceOfDimensions(m.dimensions)),
        ...incident.resources.map(ecsServiceOfArn)
    ].find((s) => s !== undefined);
    return named && { cluster: named.cluster, service: named.service };
}
/** The task definitions of a service: the PRIMARY deployment's, and the one a rollback returns to. */
function taskDefinitionsOf(service) {
    const primary = service.deployments.find((d) => d.status === 'PRIMARY');
    // The newest earlier deployment still running: after a failed or stuck rollout ECS keeps the
    // last good one ACTIVE. Without one, ECS keeps no history to return to.
    const earlier = service.deployments
        .filter((d) => d.status === 'ACTIVE' && d.taskDefinition !== primary?.taskDefinition)
        .sort((a, b) => (b.createdAt ?? 0) - (a.createdAt ?? 0))[0];
    return {
        ...(primary ? { current: primary.taskDefinition } : {}),
        ...(earlier ? { previous: earlier.taskDefinition } : {}),
        ...(primary?.rolloutState ? { rolloutState: primary.rolloutState } : {})
    };
}
/** Lambda functions the incident names: `FunctionName` dimensions and function ARNs. */
function lambdaFunctions(incident) {
    const names = incident.metrics.flatMap((m) => m.dimensions.FunctionName ? [m.dimensions.FunctionName] : []);
    for (const arn of incident.resources) {
        const found = /^arn:aws[\w-]*:lambda:[^:]*:[^:]*:function:([^:]+)/.exec(arn);
        if (found?.[1])
            names.push(found[1]);
    }
    return [...new Set(names)];
}
/** Every EC2 instance the incident names: `InstanceId` dimensions, instance ARNs and ids. */
function instancesOf(incident) {
    const ids = [
        ...incident.metrics.map((m) => m.dimensions.InstanceId),
        ...incident.resources.map(instanceIdOf)
    ].filter((id) => id !== undefined && INSTANCE_ID.test(id));
    return [...new Set(ids)].slice(0, MAX_INSTANCES);
}
/** An instance as SSM reports it, or as not managed when SSM does not list it. */
function instanceFact(id, found) {
    if (!found)
        return { id, managed: false };
    return {
        id,
        managed: true,
        ...(found.pingStatus ? { pingStatus: found.pingStatus } : {}),
        ...(found.lastPingAt !== undefined
            ? { lastPingAt: new Date(found.lastPingAt).toISOString() }
            : {}),
        ...(found.platformType ? { platformType: found.platformType } : {}),
        ...(found.platformName ? { platformName: found.platformName } : {}),
        ...(found.platformVersion ? { platformVersion: found.platformVersion } : {}),
        ...(found.agentVersion ? { agentVersion: found.agentVersion } : {})
    };
}
/** An instance's SSM status in words, e.g. `managed by SSM, agent Online, Linux (Amazon Linux 2023)`. */
function instanceStatus(instance) {
    if (!instance.managed)
        return 'not managed by SSM: install the SSM Agent and attach an instance profile with AmazonSSMManagedInstanceCore';
    const os = [instance.platformName, instance.platformVersion].filter(Boolean).join(' ');
    const platform = instance.platformType
        ? `${instance.platformType}${os ? ` (${os})` : ''}`
        : os || undefined;
    return [
        'managed by SSM',
        `agent ${instance.pingStatus ?? 'status unknown'}`,
        ...(platform ? [platform] : [])
    ].join(', ');
}
/**
 * Looks up the incident's facts. `configuredLogGroups` are the `log-groups` input's, read after
 * the ones the incident's own tags and AWS's conventions name. `now` stands in for the incident's
 * time when its event has none (log anomalies are looked for around that time).
 */
async function resolveFacts(incident, sources, configuredLogGroups = [], now = new Date()) {
    const notAvailableLines = [];
    const tags = {};
    const tagSources = {};
    const adopt = (found, source) => {
        for (const [key, value] of Object.entries(found)) {
            if (key in tags || value === undefined)
                continue;
            tags[key] = value;
            tagSources[key] = source;
        }
    };
    /** One look-up; a failure becomes a "not available" line and no value. */
    const lookUp = async (what, action, run) => {
        try {
            return await run();
        }
        catch (error) {
            notAvailableLines.push(notAvailable(what, action, error));
            return undefined;
        }
    };
    const { tags: tagSource, ecs: ecsSource, autoScaling, instances: ssm, anomalies } = sources;
    const { alarmArn } = incident;
    // The resources the event names, then those the alarm's dimensions name (the instance, the
    // target group, the ECS service it watches).
    const arns = [
        ...new Set([
            ...incident.resources.filter((r) => r.startsWith('arn:') && r !== alarmArn),
            ...watchedResourceArns(incident.metrics, incident.account, incident.region)
        ])
    ].slice(0, MAX_RESOURCES);
    const service = ecsServiceOf(incident);
    const instanceIds = instancesOf(incident);
    // The Auto Scaling group is looked up for the first instance the incident names.
    const instance = instanceIds[0];
    const ecsFacts = async () => {
        if (!ecsSource || !service)
            return undefined;
        const named = `ECS service ${service.cluster}/${service.service}`;
        let found;
        try {
            found = await ecsSource.service(service.cluster, service.service);
        }
        catch (error) {
            notAvailableLines.push(notAvailable(named, 'ecs:DescribeServices', error));
            return undefined;
        }
        if (!found) {
            notAvailableLines.push(`${named}: not found by DescribeServices`);
            return undefined;
        }
        const definitions = taskDefinitionsOf(found);
        const current = definitions.current;
        const logGroups = current
            ? await lookUp(`log groups of ${current}`, 'ecs:DescribeTaskDefinition', () => ecsSource.logGroups(current))
            : undefined;
        return { ...service, ...definitions, logGroups: logGroups ?? [] };
    };
    const fromMetric = incident.metrics.map((m) => m.dimensions.AutoScalingGroupName).find(Boolean);
    const [alarmTags, resourceTags, ecs, autoScalingGroup, managed] = await Promise.all([
        tagSource && alarmArn
            ? lookUp('alarm tags', 'cloudwatch:ListTagsForResource', () => tagSource.alarmTags(alarmArn))
            : undefined,
        tagSource && arns.length > 0
            ? lookUp('resource tags', 'tag:GetResources', () => tagSource.resourceTags(arns))
            : undefined,
        ecsFacts(),
        fromMetric ??
            (autoScaling && instance
                ? lookUp(`Auto Scaling group of ${instance}`, 'autoscaling:DescribeAutoScalingInstances', () => autoScaling.groupOf(instance))
                : undefined),
        ssm && instanceIds.length > 0
            ? lookUp(`SSM status of ${instanceIds.join(', ')}`, 'ssm:DescribeInstanceInformation', () => ssm.managed(instanceIds))
            : undefined
    ]);
    // AWS's word first (the alarm's own tags, then its resources' in the order the event names
    // them), then what the dispatch context adds for keys AWS did not answer.
    if (alarmTags)
        adopt(alarmTags, 'alarm');
    for (const arn of arns) {
        const found = resourceTags?.get(arn);
        if (found)
            adopt(found, `resource ${arn}`);
    }
    adopt(incident.tags, 'dispatch');
    const logGroups = [];
    const addGroup = (name, source) => {
        if (typeof name !== 'string')
            return;
        const trimmed = name.trim();
        if (!LOG_GROUP.test(trimmed) || logGroups.some((g) => g.name === trimmed))
            return;
        logGroups.push({ name: trimmed, source });
    };
    const tagged = tags[LOG_GROUPS_TAG];
    if (tagged !== undefined)
        for (const name of tagged.split(','))
            addGroup(name, `tag ${LOG_GROUPS_TAG} (${tagSources[LOG_GROUPS_TAG] ?? ''})`);
    for (const fn of lambdaFunctions(incident))
        addGroup(`/aws/lambda/${fn}`, `Lambda convention (function ${fn})`);
    for (const name of ecs?.logGroups ?? [])
        addGroup(name, `ECS task definition ${ecs?.current ?? ''}`);
    const listed = incident.context.logGroups;
    for (const name of Array.isArray(listed) ? listed : [])
        addGroup(name, 'dispatch context');
    addGroup(tags.logGroup ?? tags['log-group'], 'dispatch context tag');
    for (const name of configuredLogGroups)
        addGroup(name, '`log-groups` input');
    const readGroups = logGroups.slice(0, MAX_LOG_GROUPS);
    // What anomaly detectors found in the groups gather reads (logGroupsFor), around the incident.
    const time = incident.time ? Date.parse(incident.time) : NaN;
    const at = Number.isFinite(time) ? time : now.getTime();
    const found = anomalies
        ? await findAnomalies(anomalies, readGroups.map((g) => g.name), { startMs: at - INCIDENT_WINDOW.beforeMs, endMs: at + INCIDENT_WINDOW.afterMs })
        : undefined;
    for (const failure of found?.failures ?? [])
        notAvailableLines.push(notAvailable(failure.what, failure.action, failure.error));
    const instances = managed
        ? instanceIds.map((id) => instanceFact(id, managed.find((m) => m.id === id)))
        : undefined;
    const facts = {
        tagSources,
        logGroups: readGroups,
        ...(ecs
            ? {
                ecs: {
                    cluster: ecs.cluster,
                    service: ecs.service,
                    ...(ecs.current ? { taskDefinition: ecs.current } : {}),
                    ...(ecs.previous ? { previousTaskDefinition: ecs.previous } : {}),
                    ...(ecs.rolloutState ? { rolloutState: ecs.rolloutState } : {})
                }
            }
            : {}),
        ...(autoScalingGroup ? { autoScalingGroup } : {}),
        ...(instances ? { instances } : {}),
        ...(found && found.anomalies.length > 0 ? { anomalies: found.anomalies } : {}),
        notAvailable: notAvailableLines.sort()
    };
    return { incident: { ...incident, tags, facts }, facts };
}

/** Longest text one evidence item keeps; the rest is cut with a marker. */
const EVIDENCE_TEXT_LIMIT = 1_000;
const MAX_ITEMS = 60;
const clip = (text) => text.length > EVIDENCE_TEXT_LIMIT ? `${text.slice(0, EVIDENCE_TEXT_LIMIT)} … (cut)` : text;
function metricText(m) {
    if (m.expression)
        return `${m.id ?? 'expression'} = ${m.expression}`;
    const dims = Object.entries(m.dimensions)
        .map(([k, v]) => `${k}=${v}`)
        .join(', ');
    const stat = m.stat ? ` ${m.stat}${m.period ? `/${m.period}s` : ''}` : '';
    return `${m.namespace ?? '?'} ${m.name ?? '?'}${dims ? ` {${dims}}` : ''}${stat}`;
}
/** The alarm's condition in words, e.g. `GreaterThanThreshold 80 for 3 of 5 periods`. */
function alarmCondition(incident) {
    const a = incident.alarm;
    if (!a)
        return undefined;
    if (a.rule)
        return `rule ${a.rule}`;
    const parts = [];
    if (a.comparison)
        parts.push(a.comparison);
    if (a.threshold !== undefined)
        parts.push(String(a.threshold));
    else if (a.thresholdMetricId)
        parts.push(`band ${a.thresholdMetricId}`);
    if (a.evaluationPeriods !== undefined)
        parts.push(`for ${a.datapointsToAlarm ?? a.evaluationPeriods} of ${a.evaluationPeriods} periods`);
    return parts.length > 0 ? parts.join(' ') : undefined;
}
/**
 * Evidence from the incident itself: reason, description, alarm condition, metrics, details,
 * resources, the SSM status of its instances, log anomalies around it, then tags.
 */
function incidentEvidence(incident) {
    const items = [];
    const add = (source, label, text) => {
        if (text !== undefined && text.trim() !== '')
            items.push({ source, label, text: clip(text) });
    };
    add('event', 'title', incident.title);
    add('event', 'state reason', incident.reason);
    add('event', 'description', incident.description);
    if (incident.state)
        add('event', 'state', incident.previousState ? `${incident.previousState} → ${incident.state}` : incident.state);
    add('event', 'alarm condition', alarmCondition(incident));
    if (incident.alarm?.recentDatapoints?.length)
        add('metric', 'recent datapoints', incident.alarm.recentDatapoints.join(', '));
    incident.metrics.forEach((m, i) => {
        add('metric', `metric ${m.id ?? String(i + 1)}`, metricText(m));
    });
    for (const [key, value] of Object.entries(incident.details ?? {}))
        add('event', `detail ${key}`, value);
    if (incident.resources.length > 0)
        add('event', 'resources', incident.resources.slice(0, 20).join(', '));
    for (const i of incident.facts?.instances ?? [])
        add('instance', `instance ${i.id} (SSM)`, `${instanceStatus(i)}${i.lastPingAt && i.pingStatus !== 'Online' ? `; last ping ${i.lastPingAt}` : ''}`);
    incident.facts?.anomalies?.forEach((a, n) => {
        add('anomaly', anomalyLabel(a, n + 1), anomalyText(a));
    });
    for (const [key, value] of Object.entries(incident.tags))
        add('event', `tag ${key}`, value);
    return numbered(items.slice(0, MAX_ITEMS));
}
/** Gives items ids continuing after `existing`. */
function numbered(items, existing = 0) {
    return items.map((item, i) => ({ id: `E${existing + i + 1}`, ...item }));
}

/** At most this many ruled-out changes are listed; the rest are counted. */
const RULED_OUT_SHOWN = 8;
const REPO = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/;
const SHA = /^[0-9a-f]{40}$/;
/** The commit as GitHub links it, with its full SHA; as code when it cannot be a reference. */
function commitRef(repo, sha) {
    return repo && REPO.test(repo) && SHA.test(sha) ? `${repo}@${sha}` : code(sha);
}
function pullRef(repo, n) {
    return repo && REPO.test(repo) && Number.isSafeInteger(n) ? `${repo}#${n}` : code(`#${n}`);
}
/** `12 min before the symptom began`, `3 min after it began`. */
function relativeTo(at, onset) {
    const minutes = Math.round(Math.abs(onset - at) / 60_000);
    const span = minutes === 0
        ? 'under a minute'
        : minutes < 120
            ? `${minutes} min`
            : `${Math.round(minutes / 60)} h`;
    return at <= onset ? `${span} before the symptom began` : `${span} after it began`;
}
function suspectChangeSection(a) {
    const lines = ['### Suspect change', ''];
    const onset = `The symptom began at ${new Date(a.onset.at).toISOString()} (${prose(a.onset.from)}).`;
    if (a.suspect) {
        const s = a.suspect;
        lines.push(`Commit ${commitRef(s.repo, s.sha)}, shipped by deployment ${code(s.deployment)} to ${code(s.service)}${s.pullRequest ? ` (pull request ${pullRef(s.repo, s.pullRequest)})` : ''}; confidence ${s.confidence.toFixed(2)} (${a.review?.verdict === 'differs' ? "named by the model's review, its citations checked against the diffs and the errors" : `${s.score.toFixed(1)} of the ${CLEAR_CASE_SCORE} that two strong pieces of evidence make`}). ${onset}`, '', ...s.reasons.map((r) => `- ${prose(r.text)}`));
        // An operational cause seen too: the reader weighs it, knowing why the change still stands.
        if (a.operational.length > 0)
            lines.push('', `Also seen, and outweighed by the strong evidence above: ${a.operational.map((o) => prose(o.why)).join('; ')}.`);
    }
    else {
        lines.push(`No change is named: ${prose(a.none ?? 'no candidate')}. ${onset}`);
    }
    if (a.review)
        lines.push('', `Reviewed by ${code(a.review.model)} (${a.review.verdict}): ${prose(a.review.text)}`);
    if (a.considered.length > 0)
        lines.push('', 'Also considered, with less evidence:', '', ...a.considered.map((c) => `- ${code(c.sha.slice(0, 12))} (${c.score.toFixed(1)}): ${c.reasons.map((r) => prose(r.text)).join('; ')}`));
    if (a.ruledOut.length > 0) {
        lines.push('', 'Ruled out:', '');
        for (const r of a.ruledOut.slice(0, RULED_OUT_SHOWN))
            lines.push(`- ${code(r.sha.slice(0, 12))} (deployment ${code(r.deployment)}${r.landedAt !== undefined ? `, landed ${relativeTo(r.landedAt, a.onset.at)}` : ''}): ${prose(r.why)}`);
        if (a.ruledOut.length > RULED_OUT_SHOWN)
            lines.push(`- and ${a.ruledOut.length - RULED_OUT_SHOWN} more`);
    }
    return lines.join('\n');
}

// The incident issue and its follow-up comments. Everything from AWS (alarm names, reasons,
// descriptions, the raw event) and from the model (which may echo it) is untrusted: AWS text goes
// into code spans or fenced blocks, model text through `prose`, so nothing renders as HTML, links
// or notifies anyone. The body stays under GitHub's 65,536-character limit by shrinking the least
// important parts first.
/** The artifact incident.yml uploads the snapshot as (one intake per run). */
const SNAPSHOT_ARTIFACT = 'opsloop-snapshot';
/** GitHub refuses bodies over 65,536 characters; keep room for occurrence updates. */
const BODY_LIMIT = 64_000;
const RAW_EVENT_LIMIT = 30_000;
const EVIDENCE_TEXT_SHOWN = 300;
// What a link target keeps as it is: URL characters that end neither the Markdown link nor the
// table cell, and `%XX` escapes.
const NOT_IN_TARGET = /%(?![0-9A-Fa-f]{2})|[^A-Za-z0-9\-._~:/?#@!$&'*+,;=%]/gu;
/**
 * A console URL as a Markdown link target in a table cell. The URL is already percent-encoded
 * (intake/links.ts), so its escapes are kept (encodeURI would encode their `%` again, and the
 * console would look up `checkout%20api` instead of `checkout api`); any other character a URL
 * may not hold, and `(`, `)`, `[`, `]`, `|`, are encoded. Never throws: broken UTF-16 is U+FFFD.
 */
function linkTarget(url) {
    return wellFormed(url).replace(NOT_IN_TARGET, (c) => Array.from(Buffer.from(c, 'utf8'), (b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`).join(''));
}
const percent = (n) => `${Math.round(n * 100)}%`;
const short = (digest) => digest.slice(0, 12);
/** GitHub label names hold at most 50 characters. */
const label = (name) => name.slice(0, 50);
/** The runbook an incident issue's labels name (see incidentLabels), if any. */
function runbookOfLabels(labels) {
    return labels.find((l) => l.startsWith(RUNBOOK_LABEL_PREFIX))?.slice(RUNBOOK_LABEL_PREFIX.length);
}
function incidentLabels(incident, fp, severity, runbook) {
    const source = incident.source.replace(/^aws\./, '');
    return [
        OPSLOOP_LABEL,
        fingerprintLabel(fp),
        severityLabel(severity),
        label(sourceLabel(source)),
        ...(runbook ? [label(`${RUNBOOK_LABEL_PREFIX}${runbook}`)] : []),
        ...(watchedLogGroup(incident) === undefined ? [] : [WATCH_LABEL])
    ];
}
const OCCURRENCE_ROW = /^\| Occurrences \| .* \|$/m;
const occurrenceRow = (s) => `| Occurrences | ${s.occurrences} (last delivered ${code(s.lastSeen)}) |`;
/** The body with its occurrence row showing `state` (the sealed record is replaced elsewhere). */
function withOccurrenceRow(body, state) {
    return OCCURRENCE_ROW.test(body) ? body.replace(OCCURRENCE_ROW, occurrenceRow(state)) : body;
}
/** The start of an unrecognized payload's title: `Unrecognized incident payload[ from <source>]`. */
function unrecognizedPrefix(incident) {
    return `${UNRECOGNIZED}${incident.source !== 'unknown' ? ` from ${incident.source}` : ''}`;
}
/** For a payload OpsLoop could not read: which field or shape it did not recognize, and what it reads. */
function unrecognizedSection(incident) {
    if (incident.kind !== 'unrecognized')
        return [];
    const prefix = `${unrecognizedPrefix(incident)}: `;
    const what = incident.title.startsWith(prefix)
        ? incident.title.slice(prefix.length)
        : incident.title;
    return [
        `**Not recognized:** ${prose(what)}.`,
        '',
        `${prose(ACCEPTED_PAYLOADS)}. Fix the sender, or replay the event in one of these shapes (the incident workflow's \`event\` input); the payload as delivered is at the end of this issue.`,
        ''
    ];
}
function heading(incident) {
    if (incident.kind === 'unrecognized')
        return '## ⚠️ Unrecognized incident payload';
    if (incident.kind === 'alarm')
        return `## 🚨 Alarm ${code(incident.alarmName ?? 'unnamed')} is ${code(incident.state ?? 'changed')}`;
    return `## 🚨 ${code(incident.detailType)}${incident.eventName ? ` · ${code(incident.eventName)}` : ''}`;
}
/** An instance the incident names as SSM sees it; what AWS reported goes in code spans. */
function instanceLine(i) {
    if (!i.managed)
        return `${code(i.id)}: ${instanceStatus(i)}`;
    const os = [i.platformName, i.platformVersion].filter(Boolean).join(' ');
    const platform = i.platformType
        ? `, ${code(i.platformType)}${os ? ` (${code(os)})` : ''}`
        : os
            ? `, ${code(os)}`
            : '';
    const why = i.pingStatus === 'ConnectionLost'
        ? ': SSM cannot reach it now; check the agent and its network path to SSM'
        : i.pingStatus === 'Inactive'
            ? ': the instance is stopped or terminated, or its agent was deregistered'
            : '';
    const ping = i.lastPingAt && i.pingStatus !== 'Online' ? `, last ping ${code(i.lastPingAt)}` : '';
    return `${code(i.id)}: managed by SSM, agent ${code(i.pingStatus ?? 'unknown')}${platform}${ping}${why}`;
}
function factsTable(incident, state, triage) {
    const severity = triage.severity === incident.severity
        ? `**${triage.severity}**`
        : `**${triage.severity}** (triage; the event alone says ${incident.severity})`;
    const rows = [
        ['Severity', severity],
        ['Source', `${code(incident.source)} · ${code(incident.detailType)}`]
    ];
    if (incident.state)
        rows.push([
            'State',
            incident.previousState
                ? `${code(incident.previousState)} → ${code(incident.state)}`
                : code(incident.state)
        ]);
    if (incident.eventName && incident.kind !== 'alarm')
        rows.push(['Event', code(incident.eventName)]);
    rows.push([
        'Account · Region',
        `${code(incident.account ?? 'unknown')} · ${code(incident.region ?? 'unknown')}`
    ]);
    rows.push(['Time', incident.time ? code(incident.time) : 'unknown']);
    const condition = alarmCondition(incident);
    if (condition)
        rows.push(['Condition', code(condition)]);
    const points = incident.alarm?.recentDatapoints;
    if (points?.length)
        rows.push(['Recent datapoints', code(points.join(', '))]);
    const resources = incident.resources.slice(0, 10).map(code).join('<br>');
    if (resources)
        rows.push([
            'Resources',
            resources +
                (incident.resources.length > 10 ? ` (+${incident.resources.length - 10} more)` : '')
        ]);
    const metrics = incident.metrics
        .slice(0, 10)
        .map((m) => code(metricText(m)))
        .join('<br>');
    if (metrics)
        rows.push(['Metrics', metrics]);
    const instances = incident.facts?.instances ?? [];
    if (instances.length > 0)
        rows.push(['Instances', instances.map(instanceLine).join('<br>')]);
    for (const [k, v] of Object.entries(incident.details ?? {}))
        if (v !== undefined)
            rows.push([prose(k), code(v)]);
    // Console links are built by the normalizer from validated parts, never taken from the payload.
    const links = (incident.links ?? []).map((l) => `[${prose(l.title)}](${linkTarget(l.url)})`);
    if (links.length > 0)
        rows.push(['Console', links.join(' · ')]);
    return [
        '| | |',
        '| --- | --- |',
        ...rows.map(([k, v]) => `| ${k} | ${v} |`),
        occurrenceRow(state)
    ];
}
function whatAwsReported(incident) {
    const out = [];
    if (incident.reason)
        out.push(codeBlock(incident.reason));
    if (incident.description)
        out.push(`${incident.kind === 'alarm' ? "The alarm's description" : 'Description'}:\n\n${codeBlock(incident.description)}`);
    return out.length > 0 ? ['### What AWS reported', '', ...out.flatMap((s) => [s, ''])] : [];
}
function causesSection(triage, evidence) {
    const lines = ['### Probable causes', ''];
    if (triage.causes.length === 0) {
        lines.push(triage.provider === 'rules'
            ? '_Not assessed: the rules triage matches runbooks but does not infer causes. The evidence is listed below._'
            : '_The model named no cause supported by the evidence._');
        return lines;
    }
    const labelOf = new Map(evidence.map((e) => [e.id, e.label]));
    triage.causes.forEach((c, i) => {
        const cited = c.evidence.map((id) => `${id} (${prose(labelOf.get(id) ?? '?')})`).join(', ');
        lines.push(`${i + 1}. ${prose(c.cause)} · confidence ${percent(c.confidence)} · evidence: ${cited}`);
    });
    return lines;
}
function targetsText(t) {
    if (!t)
        return 'none (the runbook acts through its document parameters)';
    switch (t.kind) {
        case 'instances':
            return `instances ${t.ids.map(code).join(', ') || '(none)'}`;
        case 'resources':
            return `resources ${t.arns.map(code).join(', ') || '(none)'}`;
        case 'tags': {
            const tags = Object.entries(t.tags)
                .map(([k, v]) => code(`${k}=${(v ?? []).join(',')}`))
                .join(' and ');
            if (t.ids.length === 0)
                return `instances tagged ${tags} (not resolved)`;
            const offline = t.offline?.length
                ? `; agent not online: ${t.offline.map(code).join(', ')}`
                : '';
            return `${t.ids.length} instance(s) tagged ${tags}: ${t.ids.map(code).join(', ')}${offline}. Exactly these are bound into the digest; if the tagged set changes before the run, OpsLoop stops and asks again.`;
        }
        case 'parameter':
            return `${t.values.map(code).join(', ') || '(none)'} (parameter ${code(t.name)})`;
    }
}
function approvalText(plan) {
    return [
        `**How to approve:** check the plan, then comment ${code(`/approve ${short(plan.digest ?? '')}`)} on this issue (the digest names exactly this plan). ${code('/dry-run')} shows exactly what would run; ${code('/reject <reason>')} declines.`
    ];
}
function planSection(report, approval) {
    const { triage, plan } = report;
    const lines = ['### Proposed plan', ''];
    if (!triage.runbook || !plan) {
        lines.push('No runbook is proposed. Investigate by hand, or add a runbook for incidents like this one.');
        if (triage.alternatives.length > 0)
            lines.push('', ...alternatives(triage));
        return lines;
    }
    lines.push(`**${code(plan.runbook.id)}**: ${prose(plan.runbook.title)} · risk **${plan.runbook.risk}** · confidence ${percent(triage.runbook.confidence)}`, '', `Why: ${prose(triage.runbook.why)}`, '');
    if (plan.parameters.length > 0) {
        lines.push('| Parameter | Value | From |', '| --- | --- | --- |');
        for (const p of plan.parameters) {
            const value = p.value === undefined ? '_none_' : p.sensitive ? '_(sensitive)_' : code(String(p.value));
            const from = p.source === 'incident'
                ? `incident ${code(p.from ?? '')}`
                : p.source === 'missing'
                    ? '**missing**'
                    : p.source;
            lines.push(`| ${code(p.name)} | ${value} | ${from} |`);
        }
        lines.push('');
    }
    lines.push(`Targets: ${targetsText(plan.targets)}`, '');
    if (approval)
        lines.push(`Approval: ${approval.text}`, '');
    if (plan.problems.length > 0) {
        lines.push('**This plan cannot be approved yet:**', ...plan.problems.map((p) => `- ${prose(p)}`));
    }
    else if (approval?.required === false) {
        lines.push('This runbook does not require approval; it still runs only when asked to.');
    }
    else {
        lines.push(...approvalText(plan));
    }
    if (triage.alternatives.length > 0)
        lines.push('', ...alternatives(triage));
    return lines;
}
function alternatives(triage) {
    return [
        `Also considered: ${triage.alternatives
            .slice(0, 5)
            .map((a) => `${code(a.id)} (${percent(a.confidence)}; ${prose(a.why)})`)
            .join('; ')}.`
    ];
}
/** What anomaly detectors found, each with the evidence id the triage cites it by. */
function anomalyLines(anomalies, evidence) {
    if (anomalies.length === 0)
        return [];
    const shown = (text) => text.length > EVIDENCE_TEXT_SHOWN ? `${text.slice(0, EVIDENCE_TEXT_SHOWN)}…` : text;
    return [
        '- Log anomalies CloudWatch found around the incident, highest priority first:',
        ...anomalies.map((a, n) => {
            const label = anomalyLabel(a, n + 1);
            const id = evidence.find((e) => e.source === 'anomaly' && e.label === label)?.id;
            const tags = [a.priority, a.state].filter((t) => Boolean(t)).map(code);
            return [
                `  - ${id ? `${id} ` : ''}${tags.length > 0 ? `${tags.join(' ')} ` : ''}in ${a.logGroups.map(code).join(', ')}: ${code(shown(a.pattern))}`,
                ...(a.description ? [`detector says ${code(shown(a.description))}`] : []),
                `first seen ${code(a.firstSeen)}, last seen ${code(a.lastSeen)}${a.active === false ? ' (over)' : ''}`,
                `detector ${code(a.detector)}`
            ].join(' · ');
        })
    ];
}
function contextSection(context, incident, evidence) {
    const anomalies = anomalyLines(incident.facts?.anomalies ?? [], evidence);
    if (!context)
        return anomalies.length > 0 ? ['### Context', '', ...anomalies] : [];
    const lines = ['### Context', ''];
    for (const m of context.metrics)
        lines.push(`- ${m.evidence} ${code(m.label)}: ${code(m.sparkline || '·')} ${prose(m.text)}`);
    const charts = context.metrics.filter((m) => m.chart);
    if (charts.length > 0) {
        lines.push('');
        for (const m of charts)
            lines.push(`<details><summary>Chart of ${m.evidence}${m.threshold !== undefined ? ' with the alarm threshold' : ''}</summary>`, '', mermaidChart(m.chart, m.threshold), '', '</details>');
        lines.push('');
    }
    if (context.changes.length > 0) {
        lines.push('- Recent changes, newest first:');
        for (const c of context.changes) {
            const link = c.url && /^https:\/\/[^\s()<>]+$/.test(c.url) ? ` ([view](${c.url}))` : '';
            lines.push(`  - ${c.evidence} ${prose(c.label)}: ${code(c.text)}${link}`);
        }
    }
    lines.push(...anomalies);
    for (const p of context.past)
        lines.push(`- ${p.evidence} Past incident #${p.number} (${p.sameAlarm ? 'same alarm' : 'similar title'}): ${code(p.title)} · ${code(p.outcome)}${p.runbook ? ` · ${code(`runbook:${p.runbook}`)}` : ''}`);
    for (const w of context.watches ?? [])
        lines.push(`- ${w.evidence} First signal: watch #${w.number} saw ${code(w.logGroup)} ${w.minutesBefore === undefined ? 'before this incident' : `${w.minutesBefore} min before this incident`}: ${code(w.title)}`);
    for (const m of context.missing)
        lines.push(`- Not available: ${prose(m)}`);
    for (const l of context.logs)
        lines.push('', `<details><summary>Logs ${htmlCode(l.group)}: ${l.lines} ${l.lines === 1 ? 'line' : 'lines'}${l.truncated ? `, ${htmlText(l.truncated)}` : ''}, summarized in about ${l.tokens} tokens</summary>`, '', ...(l.source ? [`Read because of: ${prose(l.source)}.`, ''] : []), codeBlock(l.text), '', '</details>');
    return lines.length > 2 ? lines : [];
}
/**
 * A Mermaid xychart (GitHub renders it). Only numbers and `HH:MM` labels we produced go in, never
 * text from AWS, so nothing in it can break out of the block.
 */
function mermaidChart(chart, threshold) {
    const n = (v) => (Number.isFinite(v) ? String(Number(v.toPrecision(6))) : '0');
    const lines = [
        '```mermaid',
        'xychart-beta',
        `  x-axis [${chart.times.map((t) => `"${t.replace(/[^0-9:]/g, '')}"`).join(', ')}]`,
        `  line [${chart.values.map(n).join(', ')}]`
    ];
    if (threshold !== undefined && Number.isFinite(threshold))
        lines.push(`  line [${chart.values.map(() => n(threshold)).join(', ')}]`);
    lines.push('```');
    return lines.join('\n');
}
function notesSection(report) {
    const notes = [
        ...report.deliveryProblems.map((p) => `The delivery broke the dispatch contract: ${p}.`),
        ...(report.deliveryNotes ?? []).map((n) => `The delivery was repaired before it was read: ${n}.`),
        ...report.triage.notes,
        ...(report.plan?.notes ?? [])
    ];
    return notes.length > 0 ? ['### Notes', '', ...notes.map((n) => `- ${prose(n)}`)] : [];
}
function evidenceSection(evidence, maxRows) {
    if (evidence.length === 0 || maxRows === 0)
        return [];
    const rows = evidence.slice(0, maxRows).map((e) => {
        const text = e.text.length > EVIDENCE_TEXT_SHOWN ? `${e.text.slice(0, EVIDENCE_TEXT_SHOWN)}…` : e.text;
        return `| ${e.id} | ${prose(e.label)} | ${code(text)} |`;
    });
    const more = evidence.length > maxRows ? [`', (${evidence.length - maxRows} more not shown)`] : [];
    return [
        `<details><summary>Evidence (${evidence.length} ${evidence.length === 1 ? 'item' : 'items'})</summary>`,
        '',
        '| Id | What | Value |',
        '| --- | --- | --- |',
        ...rows,
        ...more,
        '',
        '</details>'
    ];
}
function rawEvent(raw, limit) {
    if (limit <= 0)
        return ['_The event as delivered was too large to include; see the workflow run log._'];
    let json = jsonText(raw, 2) ?? '(nothing)';
    if (json.length > limit)
        json = `${json.slice(0, limit)}\n… (truncated)`;
    return [
        '<details><summary>Event as delivered</summary>',
        '',
        codeBlock(json, 'json'),
        '',
        '</details>'
    ];
}
function provenance(report) {
    const { triage, plan } = report;
    const model = triage.model;
    const parts = [`OpsLoop ${code(VERSION)}`, `triage ${code(triage.provider)}`];
    if (model)
        parts.push(`model ${code(model.modelId)}, prompt ${code(model.promptVersion)} ${code(short(model.promptHash))}, ${model.attempts} attempt(s)`);
    if (plan)
        parts.push(`runbook ${code(plan.runbook.file)}${report.commit ? ` at ${code(report.commit.slice(0, 12))}` : ''} (sha256 ${code(short(plan.runbook.digest))})`);
    if (plan?.digest)
        parts.push(`plan digest ${code(plan.digest)}`);
    parts.push(`fingerprint ${code(report.fingerprint)}`);
    if (report.snapshotRun)
        parts.push(`snapshot: the ${code(SNAPSHOT_ARTIFACT)} artifact of [this run](${linkTarget(report.snapshotRun)}) (replay it with ${code('opsloop triage --snapshot DIR')})`);
    return ['<sub>', parts.join(' · '), '</sub>'];
}
function approvalInfo(approval) {
    if (!approval.required)
        return { required: false, text: 'not required by this runbook.' };
    const who = [
        ...(approval.approvers?.users ?? []).map((u) => code(u.replace(/^@/, ''))),
        ...(approval.approvers?.teams ?? []).map((t) => `members of ${code(t.replace(/^@/, ''))}`)
    ];
    const n = approval.minApprovals ?? 1;
    const parts = [
        `${n} distinct approval${n === 1 ? '' : 's'} from ${who.length > 0 ? `${who.join(', ')} (with write access)` : 'anyone with write or admin access to this repository'}`,
        approval.allowSelfApproval ? 'self-approval allowed' : 'not by the person who requested it',
        ...(approval.expiry ? [`each valid for ${code(approval.expiry)}`] : []),
        ...(approval.environment
            ? [`then the ${code(approval.environment)} environment's reviewers`]
            : [])
    ];
    return { required: true, text: `${parts.join('; ')}.` };
}
function incidentIssue(report) {
    const { incident, triage } = report;
    const state = {
        occurrences: 1,
        lastSeen: report.receivedAt,
        eventIds: incident.id ? [incident.id] : []
    };
    const approval = report.runbook ? approvalInfo(report.runbook.approval) : undefined;
    const marker = report.stateMarker?.(state) ?? '';
    const render = (rawLimit, evidenceRows) => [
        heading(incident),
        '',
        ...unrecognizedSection(incident),
        `> **Summary** (${triage.provider === 'bedrock' ? 'model' : 'rules'}): ${prose(triage.summary)}`,
        '',
        ...factsTable(incident, state, triage),
        '',
        ...whatAwsReported(incident),
        ...causesSection(triage, report.evidence),
        '',
        ...(report.attribution ? [suspectChangeSection(report.attribution), ''] : []),
        ...planSection(report, approval),
        '',
        ...contextSection(report.context, incident, report.evidence),
        '',
        ...notesSection(report),
        '',
        ...evidenceSection(report.evidence, evidenceRows),
        '',
        ...rawEvent(incident.raw, rawLimit),
        '',
        ...provenance(report),
        '',
        marker
    ].join('\n');
    // Shrink the least important parts first: the raw event, then the evidence table.
    let rawLimit = RAW_EVENT_LIMIT;
    let evidenceRows = report.evidence.length;
    let body = render(rawLimit, evidenceRows);
    while (body.length > BODY_LIMIT && (rawLimit > 0 || evidenceRows > 0)) {
        const excess = body.length - BODY_LIMIT;
        if (rawLimit > 0)
            rawLimit = rawLimit - excess > 2_000 ? rawLimit - excess - 500 : 0;
        else
            evidenceRows = Math.max(0, Math.floor(evidenceRows / 2));
        body = render(rawLimit, evidenceRows);
    }
    if (body.length > BODY_LIMIT)
        body = `${body.slice(0, BODY_LIMIT - 100 - marker.length)}\n\n… (cut to fit GitHub's limit)\n${marker}`;
    const prefix = incident.kind === 'unrecognized' ? '[incident] Unrecognized: ' : '[incident] ';
    return {
        title: `${prefix}${oneLine(incident.kind === 'unrecognized' ? unrecognizedPrefix(incident).replace(UNRECOGNIZED, 'payload') : incident.title)}`.slice(0, 256),
        body,
        labels: incidentLabels(incident, report.fingerprint, triage.severity, report.plan?.runbook.id)
    };
}
function occurrenceComment(incident) {
    const state = incident.state ? ` (${code(incident.state)})` : '';
    const reason = incident.reason ? ['', codeBlock(incident.reason)] : [];
    return [
        `🔁 Fired again at ${code(incident.time ?? 'an unknown time')}${state} after it had recovered.`,
        ...reason
    ].join('\n');
}
/** An OK older than the latest alarm, delivered after it: noted, and the incident stays open. */
function lateRecoveryComment(incident, firedAt) {
    return `✅ ${code(incident.alarmName ?? 'The alarm')} returned to ${code('OK')} at ${code(incident.time ?? 'an unknown time')}, but this was delivered after it fired again at ${code(firedAt)}: the incident stays open.`;
}
/**
 * The issue for an incident OpsLoop could not triage (a fault of its own while analysing it): the
 * incident is not lost, and the issue says what failed. No plan, so nothing can run from it.
 */
function unprocessedIssue(incident, fp, failure, state, marker) {
    const subject = oneLine(incident.alarmName ?? incident.detailType).slice(0, 150);
    return {
        title: `[incident] ${subject}: OpsLoop could not triage it`,
        body: [
            heading(incident),
            '',
            `**OpsLoop could not triage this incident:** ${prose(oneLine(failure).slice(0, 500))}`,
            '',
            "The incident is recorded here and later deliveries are counted on this issue, but no plan was proposed, so nothing can run from it. Once the cause is fixed, close this issue and replay the event (the incident workflow's `event` input): the replay opens a new, triaged issue. Or handle it by hand.",
            '',
            '| | |',
            '|---|---|',
            `| Source | ${code(incident.source)} |`,
            occurrenceRow(state),
            '',
            marker
        ].join('\n'),
        labels: incidentLabels(incident, fp, incident.severity)
    };
}
function recoveryComment(incident, closing) {
    const reason = incident.reason ? ['', codeBlock(incident.reason)] : [];
    return [
        `✅ ${code(incident.alarmName ?? 'The alarm')} returned to ${code('OK')} at ${code(incident.time ?? 'an unknown time')}.${closing ? ' Closing this issue (the `close-on-recovery` input is on); a new alarm opens a new issue.' : ' Labelled `recovered`; close the issue when you are done with it.'}`,
        ...reason
    ].join('\n');
}

/**
 * The delivery's payload was made safe where it was read (intake/dispatch.ts readPayload), and
 * normalize makes safe what reaches it otherwise, so the recursive walks after it (JSON.stringify
 * of the raw event for the issue) see nothing nested deeper than intake/sanitize.ts's MAX_DEPTH;
 * the redactor's own walk is iterative.
 */
function normalizeDelivery(delivery, redactor) {
    return redactor.json(normalize(delivery.payload));
}

// A named stage of the pipeline. The action folds each stage's log under its name; everywhere
// else a stage just runs. Its own module so that a flow can name stages without loading the
// pipeline that analyses an incident (intake loads that only for a new incident).
const runStage = (_name, run) => run();

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

export { DEFAULT_GATHER as D, EVIDENCE_TEXT_LIMIT as E, SNAPSHOT_ARTIFACT as S, runStage as a, approvalInfo as b, resolveFacts as c, incidentTime as d, incidentIssue as e, changeEvidence as f, gatherContext as g, runbookOfLabels as h, incidentEvidence as i, numbered as j, lateRecoveryComment as l, normalizeDelivery as n, occurrenceComment as o, recoveryComment as r, suspectChangeSection as s, unprocessedIssue as u, withOccurrenceRow as w };
