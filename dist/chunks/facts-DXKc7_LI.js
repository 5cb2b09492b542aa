import { a as watchedResourceArns, e as ecsServiceOfDimensions, b as ecsServiceOfArn, i as instanceIdOf, I as INSTANCE_ID } from './normalize-lqZICLgH.js';
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

export { INCIDENT_WINDOW as I, MAX_LOG_GROUPS as M, anomalyText as a, anomalyLabel as b, instanceStatus as i, resolveFacts as r };
