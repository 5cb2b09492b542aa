import { o as oneLine, a as obj, p as parseJsonString, l as list, n as num, c as clean, b as int, i as isObject, d as str, e as scalarText, f as facts, g as stringRecord, s as safeJson } from './json-DBadgRse.js';
import { w as wellFormed } from './unicode-Bqcso1Xx.js';

const DIMENSION_TYPES = {
    InstanceId: 'ec2:instance',
    AutoScalingGroupName: 'autoscaling:autoScalingGroup',
    LoadBalancer: 'elasticloadbalancing:loadbalancer',
    TargetGroup: 'elasticloadbalancing:targetgroup',
    ServiceName: 'ecs:service',
    ClusterName: 'ecs:cluster',
    DBInstanceIdentifier: 'rds:db',
    FunctionName: 'lambda:function',
    QueueName: 'sqs:queue',
    TableName: 'dynamodb:table'
};
/** `service:type` from an ARN, e.g. `arn:aws:ecs:r:a:service/c/s` → `ecs:service`. */
function resourceTypeOfArn(arn) {
    const m = /^arn:[^:]+:([^:]+):[^:]*:[^:]*:(.+)$/.exec(arn);
    if (!m?.[1] || !m[2])
        return undefined;
    const type = /^([^/:]+)[/:]/.exec(m[2])?.[1];
    return type ? `${m[1]}:${type}` : m[1];
}
/** The types of the resources (ARNs or bare instance ids) and of the metrics' dimensions. */
function resourceTypes(resources, metrics) {
    const types = new Set();
    for (const r of resources) {
        const t = resourceTypeOfArn(r);
        if (t)
            types.add(t);
        else if (/^i-[0-9a-f]+$/.test(r))
            types.add('ec2:instance');
    }
    for (const m of metrics) {
        for (const d of Object.keys(m.dimensions)) {
            const t = DIMENSION_TYPES[d];
            if (t)
                types.add(t);
        }
    }
    return [...types];
}
/** An EC2 instance id, as AWS writes it (8 or 17 hex digits). */
const INSTANCE_ID = /^i-[0-9a-f]{8,17}$/;
/** The instance id a resource names: a bare id or an EC2 instance ARN. */
function instanceIdOf(resource) {
    const id = resource.startsWith('arn:') ? /:instance\/(.+)$/.exec(resource)?.[1] : resource;
    return id !== undefined && INSTANCE_ID.test(id) ? id : undefined;
}
/** The service of `arn:aws:ecs:<region>:<account>:service/<cluster>/<service>` (the long format). */
function ecsServiceOfArn(arn) {
    const m = /^arn:aws[a-z-]*:ecs:([^:]+):\d*:service\/([^/]+)\/([^/]+)$/.exec(arn);
    return m?.[1] && m[2] && m[3] ? { region: m[1], cluster: m[2], service: m[3] } : undefined;
}
/** The service an alarm metric's `ClusterName` and `ServiceName` dimensions name. */
function ecsServiceOfDimensions(dimensions) {
    const { ClusterName: cluster, ServiceName: service } = dimensions;
    return cluster && service ? { cluster, service } : undefined;
}
/** The name at the end of an ARN or path: `…:service/c/s` → `s`. */
const lastSegment = (s) => s.split(/[:/]/).pop() ?? s;
/** `resources` plus `id` unless a resource already names it. */
function withResource(resources, id) {
    if (!id || resources.some((r) => r === id || r.endsWith(`/${id}`)))
        return resources;
    return [...resources, id];
}
/**
 * The ARNs of the resources an alarm's metric dimensions name, where AWS's ARN format lets them
 * be written from the dimension alone (an Auto Scaling group's or a queue's ARN needs more than
 * its name). Their tags are the resource's tags: a `service` tag on the instance or the target
 * group counts like one on the alarm.
 */
function watchedResourceArns(metrics, account, region) {
    if (!account || !region || !/^\d{12}$/.test(account))
        return [];
    const partition = region.startsWith('cn-')
        ? 'aws-cn'
        : region.startsWith('us-gov-')
            ? 'aws-us-gov'
            : 'aws';
    const arn = (service, resource) => `arn:${partition}:${service}:${region}:${account}:${resource}`;
    const arns = new Set();
    for (const { dimensions: d } of metrics) {
        if (d.InstanceId && INSTANCE_ID.test(d.InstanceId))
            arns.add(arn('ec2', `instance/${d.InstanceId}`));
        if (d.TargetGroup?.startsWith('targetgroup/'))
            arns.add(arn('elasticloadbalancing', d.TargetGroup));
        if (d.LoadBalancer && /^(app|net|gwy)\//.test(d.LoadBalancer))
            arns.add(arn('elasticloadbalancing', `loadbalancer/${d.LoadBalancer}`));
        const ecs = ecsServiceOfDimensions(d);
        if (ecs)
            arns.add(arn('ecs', `service/${ecs.cluster}/${ecs.service}`));
        if (d.FunctionName)
            arns.add(arn('lambda', `function:${d.FunctionName}`));
        if (d.DBInstanceIdentifier)
            arns.add(arn('rds', `db:${d.DBInstanceIdentifier}`));
        if (d.TableName)
            arns.add(arn('dynamodb', `table/${d.TableName}`));
    }
    return [...arns];
}

const REGION = /^[a-z]{2}(-[a-z]+)+-\d$/;
const MAX_LINKS = 5;
/** The console URL of `path` (where `{region}` stands for the region), if the region is valid. */
function consoleUrl(region, path) {
    return region && REGION.test(region)
        ? `https://${region}.console.aws.amazon.com/${path.replace(/\{region\}/g, region)}`
        : undefined;
}
/** A name percent-encoded for a URL; broken UTF-16 becomes U+FFFD instead of an exception. */
function uriPart(name) {
    return encodeURIComponent(wellFormed(name));
}
function link(title, url) {
    return url ? [{ title, url }] : [];
}
function ecsServiceLink(region, cluster, service) {
    const path = `ecs/v2/clusters/${uriPart(cluster)}/services/${uriPart(service)}?region={region}`;
    return link(`ECS service ${service}`, consoleUrl(region, path));
}
/** EC2 instance ids named by the resources, the alarm's dimensions and the event body. */
function instanceIds(p) {
    const ids = [
        ...p.instances,
        ...p.resources.map((r) => instanceIdOf(r) ?? ''),
        ...p.metrics.map((m) => m.dimensions.InstanceId ?? '')
    ];
    return [...new Set(ids.filter((id) => instanceIdOf(id) !== undefined))];
}
/** The alarm, the reader's own links, ECS services and EC2 instances: distinct, at most five. */
function linksOf(p) {
    const alarm = p.kind === 'alarm' && p.alarmName
        ? link(`CloudWatch alarm ${p.alarmName}`, consoleUrl(p.region, `cloudwatch/home?region={region}#alarmsV2:alarm/${uriPart(p.alarmName)}`))
        : [];
    const services = [
        ...p.resources.map(ecsServiceOfArn),
        ...p.metrics.map((m) => ecsServiceOfDimensions(m.dimensions))
    ].flatMap((s) => (s ? ecsServiceLink(s.region ?? p.region, s.cluster, s.service) : []));
    const instances = instanceIds(p).flatMap((id) => link(`EC2 instance ${id}`, consoleUrl(p.region, `ec2/home?region={region}#InstanceDetails:instanceId=${id}`)));
    const byUrl = new Map();
    for (const l of [...alarm, ...p.links, ...services, ...instances]) {
        if (!byUrl.has(l.url))
            byUrl.set(l.url, { title: oneLine(l.title, 200), url: l.url });
    }
    return [...byUrl.values()].slice(0, MAX_LINKS);
}

const ALARM_STATES = new Set(['ALARM', 'OK', 'INSUFFICIENT_DATA']);
function alarmState(v) {
    return typeof v === 'string' && ALARM_STATES.has(v) ? v : undefined;
}
// CloudWatch words its state reasons the same way for every alarm, e.g. "Threshold Crossed:
// 2 out of the last 3 datapoints [91.2 (01/01/26 10:00:00), 95.0 (…)] was greater than the
// threshold (90.0) (minimum 2 datapoints for OK -> ALARM transition)."; classic SNS messages
// carry nothing else, so the alarm's shape is read from that text when the config is silent.
function comparisonFromReason(reason) {
    if (/less than the lower thresholds.*greater than the upper thresholds/.test(reason))
        return 'LessThanLowerOrGreaterThanUpperThreshold';
    if (/greater than the upper thresholds/.test(reason))
        return 'GreaterThanUpperThreshold';
    if (/less than the lower thresholds/.test(reason))
        return 'LessThanLowerThreshold';
    const m = /(?:was|were) (?:not )?(greater|less) than (or equal to )?the threshold/.exec(reason);
    if (!m?.[1])
        return undefined;
    return `${m[1] === 'greater' ? 'Greater' : 'Less'}Than${m[2] ? 'OrEqualTo' : ''}Threshold`;
}
function datapointsFromReason(reason) {
    const inside = /datapoints? \[([^\]]*)\]/.exec(reason)?.[1];
    if (!inside)
        return undefined;
    const values = [...inside.matchAll(/(-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?) \(/g)].map((m) => Number(m[1]));
    // The text lists the newest first; `reasonData` (and so the schema) has the oldest first.
    return values.length > 0 ? values.reverse() : undefined;
}
function evaluatedDatapoints(v) {
    const points = list(v)
        .filter(isObject)
        .map((d) => clean({
        timestamp: str(d.timestamp),
        value: num(d.value),
        sampleCount: num(d.sampleCount),
        threshold: num(d.threshold)
    }))
        .filter((d) => Object.keys(d).length > 0);
    return points.length > 0 ? points : undefined;
}
function alarmOf(f) {
    const data = obj(parseJsonString(f.reasonData));
    const reason = f.reason ?? '';
    const band = f.metrics.find((m) => /ANOMALY_DETECTION_BAND\s*\(/i.test(m.expression ?? ''));
    const type = f.rule || Array.isArray(data.triggeringAlarms)
        ? 'composite'
        : f.thresholdMetricId || band
            ? 'anomaly-detection'
            : f.metrics.some((m) => m.expression) || f.metrics.length > 1
                ? 'metric-math'
                : 'metric';
    // A composite alarm's reason is about its children, so nothing is read from it.
    const fromText = type !== 'composite';
    const recent = list(data.recentDatapoints).filter((v) => num(v) !== undefined);
    return clean({
        type,
        comparison: f.comparison ?? (fromText ? comparisonFromReason(reason) : undefined),
        threshold: f.threshold ??
            (type === 'metric' || type === 'metric-math' ? num(data.threshold) : undefined),
        thresholdMetricId: f.thresholdMetricId ?? band?.id,
        evaluationPeriods: f.evaluationPeriods ??
            (fromText ? int(Number(/out of the last (\d+) datapoints?/.exec(reason)?.[1])) : undefined),
        datapointsToAlarm: f.datapointsToAlarm ??
            (fromText
                ? int(Number(/minimum (\d+) datapoints? for \w+ -> ALARM transition/.exec(reason)?.[1]))
                : undefined),
        rule: f.rule,
        actionsSuppressedBy: f.actionsSuppressedBy,
        recentDatapoints: recent.length > 0 ? recent : fromText ? datapointsFromReason(reason) : undefined,
        evaluatedDatapoints: evaluatedDatapoints(data.evaluatedDatapoints)
    });
}

function metricsOf$1(trigger) {
    const dims = (v) => Object.fromEntries(list(v)
        .filter(isObject)
        .map((d) => [str(d.name) ?? str(d.Name) ?? '', scalarText(d.value ?? d.Value)])
        .filter(([k]) => k !== ''));
    if (Array.isArray(trigger.Metrics)) {
        return trigger.Metrics.filter(isObject).map((m) => {
            const stat = obj(m.MetricStat);
            const metric = obj(stat.Metric);
            return clean({
                id: str(m.Id),
                namespace: str(metric.Namespace),
                name: str(metric.MetricName),
                dimensions: dims(metric.Dimensions),
                expression: str(m.Expression),
                stat: str(stat.Stat),
                period: int(stat.Period)
            });
        });
    }
    if (str(trigger.MetricName)) {
        return [
            clean({
                namespace: str(trigger.Namespace),
                name: str(trigger.MetricName),
                dimensions: dims(trigger.Dimensions),
                stat: str(trigger.Statistic),
                period: int(trigger.Period)
            })
        ];
    }
    return [];
}
/** `fallback`: the id and time of the SNS notification that carried the message, if any. */
function readClassicAlarm(message, fallback) {
    const trigger = obj(message.Trigger);
    const alarmArn = str(message.AlarmArn);
    const metrics = metricsOf$1(trigger);
    const reason = str(message.NewStateReason);
    return {
        source: 'aws.cloudwatch',
        detailType: 'CloudWatch Alarm State Change',
        kind: 'alarm',
        id: fallback.id,
        alarmName: str(message.AlarmName),
        alarmArn,
        state: alarmState(message.NewStateValue),
        previousState: alarmState(message.OldStateValue),
        account: str(message.AWSAccountId),
        region: alarmArn?.split(':')[3],
        time: str(message.StateChangeTime) ?? fallback.time,
        description: str(message.AlarmDescription),
        reason,
        resources: alarmArn ? [alarmArn] : [],
        metrics,
        instances: [],
        links: [],
        alarm: alarmOf({
            rule: str(message.AlarmRule),
            comparison: str(trigger.ComparisonOperator),
            threshold: num(trigger.Threshold),
            thresholdMetricId: str(trigger.ThresholdMetricId),
            evaluationPeriods: int(trigger.EvaluationPeriods),
            datapointsToAlarm: int(trigger.DatapointsToAlarm),
            actionsSuppressedBy: str(message.ActionsSuppressedBy),
            metrics,
            reason
        })
    };
}
/** A classic notification on its own, outside any SNS envelope. */
const classicAlarm = {
    name: 'classic CloudWatch alarm notification',
    accepts: (event) => str(obj(event).AlarmName) !== undefined,
    read: (event) => readClassicAlarm(obj(event), {})
};

// AWS Certificate Manager events (expiry approaching, expired, renewal action required, and the
// informational available/rotated): the certificate becomes the subject, the detail-type the
// event, and what ACM says about the renewal the reason, so a person (and a runbook's `exclude`
// entry) can tell an imported certificate to re-import from one ACM issued and failed to renew.
const EXPIRY_SOON_DAYS = 7;
function severityOf$3(detailType, days) {
    if (/Expired$/.test(detailType) || /Revoked$/.test(detailType))
        return 'critical';
    if (/Renewal Action Required$/.test(detailType))
        return 'high';
    if (/Approaching Expiration$/.test(detailType))
        return days !== undefined && days <= EXPIRY_SOON_DAYS ? 'high' : 'medium';
    if (/(Available|Rotated)$/.test(detailType))
        return 'low';
    return undefined;
}
const acm = {
    name: 'ACM certificate event',
    accepts: ({ source }) => source === 'aws.acm',
    read(detail, base) {
        const name = str(detail.CommonName);
        const days = typeof detail.DaysToExpiry === 'number' ? detail.DaysToExpiry : undefined;
        const status = str(detail.RenewalStatus);
        const statusReason = str(detail.RenewalStatusReason) ?? str(detail.FailureReason);
        const reason = [
            days !== undefined ? `The certificate expires in ${days} days.` : undefined,
            status ? `Renewal status ${status}${statusReason ? `: ${statusReason}` : '.'}` : statusReason
        ]
            .filter((s) => s !== undefined)
            .join(' ');
        return {
            ...base,
            kind: 'event',
            eventName: base.detailType,
            severity: severityOf$3(base.detailType, days),
            ...(reason !== '' ? { reason } : {}),
            subject: name,
            details: facts([
                ['commonName', name],
                ['daysToExpiry', detail.DaysToExpiry],
                ['renewalStatus', status],
                ['renewalStatusReason', statusReason],
                ['validationMethod', detail.DomainValidationMethod],
                ['type', detail.CertificateType ?? detail.Type],
                ['inUse', detail.InUse]
            ])
        };
    }
};

// EC2 Auto Scaling lifecycle events (launch or terminate, successful or not): the detail-type is
// the event, and whether it succeeded sets the severity.
const autoScaling = {
    name: 'EC2 Auto Scaling event',
    accepts: ({ source }) => source === 'aws.autoscaling',
    read(detail, base) {
        const group = str(detail.AutoScalingGroupName);
        const instance = str(detail.EC2InstanceId);
        return {
            ...base,
            kind: 'event',
            eventName: base.detailType,
            severity: /Unsuccessful$/.test(base.detailType)
                ? 'high'
                : /Successful$/.test(base.detailType)
                    ? 'low'
                    : undefined,
            reason: str(detail.StatusMessage) ?? str(detail.Cause),
            subject: group,
            instances: instance ? [instance] : [],
            details: facts([
                ['autoScalingGroup', group],
                ['statusCode', detail.StatusCode],
                ['statusMessage', detail.StatusMessage],
                ['cause', detail.Cause],
                ['instance', instance]
            ])
        };
    }
};

// CloudWatch alarm configuration changes (an alarm created, updated or deleted). They are read
// so the title names the alarm; intake's classify() then skips them as not incidents.
const cloudWatchAlarmConfig = {
    name: 'CloudWatch alarm configuration change',
    accepts: ({ source, detailType }) => source === 'aws.cloudwatch' && /Alarm Configuration Change$/.test(detailType),
    read: (detail, base) => ({
        ...base,
        kind: 'event',
        eventName: str(detail.operation),
        subject: str(detail.alarmName),
        details: facts([
            ['alarmName', detail.alarmName],
            ['operation', detail.operation]
        ])
    })
};

function metricsOf(configuration) {
    return list(configuration.metrics)
        .filter(isObject)
        .map((m) => {
        const stat = obj(m.metricStat);
        const metric = obj(stat.metric);
        return clean({
            id: str(m.id),
            namespace: str(metric.namespace),
            name: str(metric.name),
            dimensions: stringRecord(metric.dimensions),
            expression: str(m.expression),
            stat: str(stat.stat),
            period: int(stat.period)
        });
    });
}
/** The EventBridge `detail` and Lambda `alarmData` shapes, which are the same. */
function readAlarmData(base, data) {
    const configuration = obj(data.configuration);
    const state = obj(data.state);
    const metrics = metricsOf(configuration);
    return {
        ...base,
        kind: 'alarm',
        alarmName: str(data.alarmName) ?? str(configuration.alarmName),
        state: alarmState(state.value),
        previousState: alarmState(obj(data.previousState).value),
        description: str(configuration.description),
        reason: str(state.reason),
        metrics,
        alarm: alarmOf({
            rule: str(configuration.alarmRule),
            comparison: str(configuration.comparisonOperator),
            threshold: num(configuration.threshold),
            thresholdMetricId: str(configuration.thresholdMetricId),
            evaluationPeriods: int(configuration.evaluationPeriods),
            datapointsToAlarm: int(configuration.datapointsToAlarm),
            actionsSuppressedBy: str(state.actionsSuppressedBy),
            metrics,
            reason: str(state.reason),
            reasonData: state.reasonData
        }),
        details: facts([['actionsSuppressor', configuration.actionsSuppressor]])
    };
}
const cloudWatchAlarm = {
    name: 'CloudWatch alarm state change',
    accepts: ({ source, detailType }) => source === 'aws.cloudwatch' && /Alarm State Change$/.test(detailType),
    read: (detail, base) => readAlarmData({ ...base, alarmArn: base.resources.find((r) => r.includes(':alarm:')) }, detail)
};

// EC2 instance state changes and Spot interruption warnings: the instance becomes the subject
// (and a resource, for links and runbook matching), the new state or the interruption the event.
const STATE_CHANGE = 'EC2 Instance State-change Notification';
const SPOT_INTERRUPTION = 'EC2 Spot Instance Interruption Warning';
const STATE_SEVERITY = {
    stopped: 'high',
    terminated: 'high',
    stopping: 'high',
    'shutting-down': 'high',
    pending: 'low',
    running: 'low'
};
const ec2 = {
    name: 'EC2 instance state change or Spot interruption',
    accepts: ({ source, detailType }) => source === 'aws.ec2' && (detailType === STATE_CHANGE || detailType === SPOT_INTERRUPTION),
    read(detail, base) {
        const instance = str(detail['instance-id']);
        const common = {
            ...base,
            kind: 'event',
            resources: withResource(base.resources, instance),
            instances: instance ? [instance] : [],
            subject: instance
        };
        if (base.detailType === SPOT_INTERRUPTION) {
            const action = str(detail['instance-action']);
            return {
                ...common,
                eventName: 'spot-interruption',
                severity: 'medium',
                reason: action ? `Spot interruption: ${action}` : undefined,
                details: facts([
                    ['instance', instance],
                    ['action', action]
                ])
            };
        }
        const state = str(detail.state);
        return {
            ...common,
            eventName: state,
            severity: state ? STATE_SEVERITY[state] : undefined,
            details: facts([
                ['state', state],
                ['instance', instance]
            ])
        };
    }
};

// ECS events: task state changes (a stopped task and why), container instance state changes (a
// disconnected agent), and service actions and deployments, whose `eventType` sets the severity.
const EVENT_TYPE_SEVERITY = {
    ERROR: 'high',
    WARN: 'medium',
    INFO: 'low'
};
function task(detail, base, cluster) {
    const lastStatus = str(detail.lastStatus);
    const stopCode = str(detail.stopCode);
    const group = str(detail.group);
    const service = group?.startsWith('service:') ? group.slice('service:'.length) : undefined;
    const taskDefinition = str(detail.taskDefinitionArn)?.split('task-definition/').pop();
    // A task that failed or whose essential container exited matters; one stopped by a person
    // or by the scheduler (scale-in, deployment) usually does not.
    const severity = lastStatus !== 'STOPPED'
        ? 'low'
        : stopCode === 'TaskFailedToStart' || stopCode === 'EssentialContainerExited'
            ? 'high'
            : stopCode === 'UserInitiated' || stopCode === 'ServiceSchedulerInitiated'
                ? 'low'
                : 'medium';
    return {
        ...base,
        kind: 'event',
        eventName: lastStatus,
        severity,
        reason: str(detail.stoppedReason),
        subject: group,
        links: cluster && service ? ecsServiceLink(base.region, cluster, service) : [],
        details: facts([
            ['lastStatus', lastStatus],
            ['desiredStatus', detail.desiredStatus],
            ['stoppedReason', detail.stoppedReason],
            ['stopCode', stopCode],
            ['group', group],
            ['taskDefinition', taskDefinition],
            ['containers', containerExits(detail.containers)]
        ])
    };
}
/** How the task's containers ended, e.g. `app exit 137: OutOfMemoryError: Container killed …`. */
function containerExits(v) {
    const exits = list(v)
        .filter(isObject)
        .flatMap((c) => {
        const code = num(c.exitCode);
        const reason = str(c.reason);
        if (code === undefined && reason === undefined)
            return [];
        const name = str(c.name) ?? 'container';
        return [`${name}${code === undefined ? '' : ` exit ${code}`}${reason ? `: ${reason}` : ''}`];
    });
    return exits.length > 0 ? exits.slice(0, 5).join('; ') : undefined;
}
function containerInstance(detail, base, cluster) {
    const status = str(detail.status);
    const instance = str(detail.ec2InstanceId);
    const severity = detail.agentConnected === false ? 'high' : status === 'ACTIVE' ? 'low' : 'medium';
    return {
        ...base,
        kind: 'event',
        eventName: status,
        severity,
        reason: str(detail.statusReason),
        instances: instance ? [instance] : [],
        details: facts([
            ['status', status],
            ['agentConnected', detail.agentConnected],
            ['instance', instance],
            ['cluster', cluster]
        ])
    };
}
/** Service actions, deployments and any other ECS event. */
function serviceEvent(detail, base) {
    const eventType = str(detail.eventType);
    return {
        ...base,
        kind: 'event',
        eventName: str(detail.eventName),
        severity: eventType ? EVENT_TYPE_SEVERITY[eventType] : undefined,
        reason: str(detail.reason),
        details: facts([
            ['eventType', eventType],
            ['eventName', detail.eventName],
            ['deploymentId', detail.deploymentId],
            ['reason', detail.reason]
        ])
    };
}
const ecs = {
    name: 'ECS event',
    accepts: ({ source }) => source === 'aws.ecs',
    read(detail, base) {
        const clusterArn = str(detail.clusterArn);
        const cluster = clusterArn ? lastSegment(clusterArn) : undefined;
        if (base.detailType === 'ECS Task State Change')
            return task(detail, base, cluster);
        if (base.detailType === 'ECS Container Instance State Change')
            return containerInstance(detail, base, cluster);
        return serviceEvent(detail, base);
    }
};

// GuardDuty findings: the finding type is the event, its numeric severity is mapped to ours, and
// the resource its `resourceType` names (an instance or a bucket) is the subject.
/** GuardDuty's numeric severity: 9 and above critical, 7 high, 4 medium, below that low. */
function severityOf$2(v) {
    const n = num(v);
    if (n === undefined)
        return undefined;
    if (n >= 9)
        return 'critical';
    if (n >= 7)
        return 'high';
    return n >= 4 ? 'medium' : 'low';
}
const guardDuty = {
    name: 'GuardDuty finding',
    accepts: ({ source, detailType }) => source === 'aws.guardduty' || detailType === 'GuardDuty Finding',
    read(detail, base) {
        const resource = obj(detail.resource);
        const resourceType = str(resource.resourceType);
        const instance = str(obj(resource.instanceDetails).instanceId);
        const accessKey = str(obj(resource.accessKeyDetails).accessKeyId);
        const bucket = obj(list(resource.s3BucketDetails)[0]);
        const region = base.region ?? str(detail.region);
        const findingId = str(detail.id);
        // Sample findings fill every resource section; only the one `resourceType` names is the target.
        const target = resourceType === 'Instance'
            ? instance
            : resourceType === 'S3Bucket'
                ? (str(bucket.arn) ?? str(bucket.name))
                : undefined;
        return {
            ...base,
            kind: 'event',
            region,
            account: base.account ?? str(detail.accountId),
            eventName: str(detail.type),
            severity: severityOf$2(detail.severity),
            description: str(detail.title),
            reason: str(detail.description),
            resources: withResource(base.resources, target),
            instances: resourceType === 'Instance' && instance ? [instance] : [],
            subject: target ? lastSegment(target) : undefined,
            links: findingId
                ? link('GuardDuty finding', consoleUrl(region, `guardduty/home?region={region}#/findings?fId=${uriPart(findingId)}`))
                : [],
            details: facts([
                ['type', detail.type],
                ['severity', detail.severity],
                ['title', detail.title],
                ['resourceType', resourceType],
                ['instance', instance],
                ['accessKey', accessKey],
                ['bucket', bucket.name]
            ])
        };
    }
};

// AWS Health events (issues, scheduled changes, account notifications): the category sets the
// severity, the latest English description is the reason, and the link is the Health dashboard.
const CATEGORY_SEVERITY = {
    issue: 'high',
    scheduledChange: 'medium',
    accountNotification: 'low'
};
const DASHBOARD = 'https://health.aws.amazon.com/health/home#/account/dashboard/open-issues';
const health = {
    name: 'AWS Health event',
    accepts: ({ source, detailType }) => source === 'aws.health' || detailType === 'AWS Health Event',
    read(detail, base) {
        const descriptions = list(detail.eventDescription).filter(isObject);
        const latest = descriptions.find((d) => d.language === 'en_US' && str(d.latestDescription)) ??
            descriptions.find((d) => str(d.latestDescription));
        const category = str(detail.eventTypeCategory);
        const entities = list(detail.affectedEntities)
            .map((e) => str(obj(e).entityValue))
            .filter((e) => e !== undefined);
        return {
            ...base,
            kind: 'event',
            eventName: str(detail.eventTypeCode),
            severity: category ? CATEGORY_SEVERITY[category] : undefined,
            reason: latest ? str(latest.latestDescription) : undefined,
            links: [{ title: 'AWS Health dashboard', url: DASHBOARD }],
            details: facts([
                ['service', detail.service],
                ['eventTypeCategory', category],
                ['statusCode', detail.statusCode],
                ['startTime', detail.startTime],
                ['endTime', detail.endTime],
                ['affectedEntities', entities.slice(0, 10).join(', ')]
            ])
        };
    }
};
const STATUS = new Set(['open', 'closed', 'upcoming']);
/** Epoch ms of a Health time (RFC 1123 in events, ISO in the API), NaN when it is neither. */
const timeOf = (text) => (text ? Date.parse(text) : NaN);
/**
 * What a Health incident's issue seals with its state, so that a later alarm's change attribution
 * can find it without reading any text a person or AWS wrote into the issue: the event type, the
 * AWS service, the region, its status and times, and the affected entities.
 */
function healthState(incident) {
    if (incident.source !== 'aws.health' || !incident.eventName)
        return undefined;
    const d = incident.details ?? {};
    const started = timeOf(d.startTime);
    const ended = timeOf(d.endTime);
    const entities = (d.affectedEntities ?? '')
        .split(', ')
        .concat(incident.resources)
        .filter((e) => e.length > 0 && e.length <= 256);
    return {
        eventTypeCode: incident.eventName.slice(0, 128),
        ...(d.service ? { service: d.service.slice(0, 64) } : {}),
        ...(d.statusCode && STATUS.has(d.statusCode)
            ? { statusCode: d.statusCode }
            : {}),
        ...(incident.region ? { region: incident.region.slice(0, 30) } : {}),
        ...(Number.isFinite(started) ? { startTime: new Date(started).toISOString() } : {}),
        ...(Number.isFinite(ended) ? { endTime: new Date(ended).toISOString() } : {}),
        entities: [...new Set(entities)].slice(0, 20)
    };
}

// OpsLoop's own log anomalies (`source: opsloop.logs`, schemas/log-anomaly.schema.json), from the
// stream detector: a watch, not yet an incident. One watch issue per log group and template, so
// the fingerprint's identity is the log group's ARN and the template's key (a new template and a
// later burst of it are the same watch). The detail is read as leniently as any event (anyone who
// may put events on the bus can send one); what it says is untrusted log text.
const LOG_ANOMALY_SOURCE = 'opsloop.logs';
const LOG_ANOMALY_DETAIL_TYPE = 'OpsLoop Log Anomaly';
/** A watch is low severity; a fatal template that is new or bursting is worth more. */
function severityOf$1(severity) {
    return severity === 'fatal' ? 'medium' : 'low';
}
/** The log group's ARN, as CloudWatch Logs names it (its `:*` form is for IAM only). */
function logGroupArn(logGroup, region, account) {
    return `arn:aws:logs:${region ?? ''}:${account ?? ''}:log-group:${logGroup}`;
}
/** The log group a watch incident is about (its first resource), or undefined for any other. */
function watchedLogGroup(incident) {
    if (incident.source !== LOG_ANOMALY_SOURCE)
        return undefined;
    const arn = incident.resources[0] ?? '';
    const at = arn.indexOf(':log-group:');
    return arn.startsWith('arn:') && at >= 0 ? arn.slice(at + ':log-group:'.length) : undefined;
}
const iso = (ms) => ms === undefined || !Number.isFinite(ms) ? undefined : new Date(ms).toISOString();
const logAnomaly = {
    name: 'OpsLoop log anomaly',
    accepts: ({ source, detailType }) => source === LOG_ANOMALY_SOURCE && detailType === LOG_ANOMALY_DETAIL_TYPE,
    read(detail, base) {
        const logGroup = str(detail.logGroup) ?? 'unknown log group';
        const kind = str(detail.kind);
        const template = str(detail.template) ?? '';
        const key = str(detail.templateKey) ?? '';
        const severity = str(detail.severity);
        const count = num(detail.count);
        const baseline = num(detail.baseline);
        const examples = list(detail.examples).filter(isObject);
        const streams = [...new Set(examples.map((e) => str(e.logStream)).filter((s) => s))];
        const what = kind === 'burst'
            ? `burst of ${severity ?? 'log'} lines`
            : `new ${severity === 'warn' ? 'warning' : (severity ?? 'log')} template`;
        const region = base.region;
        return {
            ...base,
            kind: 'event',
            // The template's key names the watch (fingerprint.ts reads eventName and the first resource).
            eventName: `log-anomaly:${key}`,
            title: `Log anomaly in ${logGroup}: ${what}${template ? `: ${template}` : ''}`,
            severity: severityOf$1(severity),
            description: template,
            reason: kind === 'burst'
                ? `${count ?? '?'} lines in the window, against a baseline of ${baseline ?? '?'} per window`
                : `first seen ${iso(num(detail.firstSeen)) ?? 'at an unknown time'}, after the log group's learning period`,
            resources: [logGroupArn(logGroup, region, base.account), ...base.resources],
            subject: logGroup,
            links: link('CloudWatch Logs log group', consoleUrl(region, 
            // The console encodes the name twice and writes `%` as `$`.
            `cloudwatch/home?region={region}#logsV2:log-groups/log-group/${uriPart(uriPart(logGroup)).replaceAll('%', '$')}`)),
            details: facts([
                ['kind', kind],
                ['logGroup', logGroup],
                ['severity', severity],
                ['count', count],
                ['baseline', baseline],
                ['firstSeen', iso(num(detail.firstSeen))],
                ['detectedAt', iso(num(detail.detectedAt))],
                ['window', `${iso(num(detail.windowStart)) ?? '?'} – ${iso(num(detail.windowEnd)) ?? '?'}`],
                ['streams', streams.slice(0, 5).join(', ')],
                ['example', str(obj(examples[0]).message)]
            ])
        };
    }
};

// Step Functions execution status changes: the execution's status is the event (FAILED,
// TIMED_OUT and ABORTED need a look; SUCCEEDED and RUNNING are informational), its error and
// cause the reason (`States.Timeout: the task token was not returned …` tells a callback that
// never came from a step that failed), and the state machine the subject.
const STATUS_SEVERITY = {
    FAILED: 'high',
    TIMED_OUT: 'high',
    ABORTED: 'medium',
    PENDING_REDRIVE: 'medium',
    SUCCEEDED: 'low',
    RUNNING: 'low'
};
/** The name at the end of a state machine ARN (`…:stateMachine:payments-onboarding`). */
const machineName = (arn) => arn === undefined ? undefined : /:stateMachine:([^:]+)/.exec(arn)?.[1];
const stepFunctions = {
    name: 'Step Functions execution status change',
    accepts: ({ source, detailType }) => source === 'aws.states' && detailType === 'Step Functions Execution Status Change',
    read(detail, base) {
        const status = str(detail.status);
        const error = str(detail.error);
        const cause = str(detail.cause);
        const machine = str(detail.stateMachineArn);
        const reason = [error, cause].filter((s) => s !== undefined).join(': ');
        return {
            ...base,
            kind: 'event',
            resources: withResource(base.resources, machine),
            eventName: status,
            severity: status ? STATUS_SEVERITY[status] : undefined,
            ...(reason !== '' ? { reason } : {}),
            subject: machineName(machine) ?? str(detail.name),
            details: facts([
                ['status', status],
                ['error', error],
                ['cause', cause],
                ['stateMachine', machineName(machine)],
                ['execution', str(detail.name)]
            ])
        };
    }
};

// EventBridge events, as delivered to a target (or held in an SNS message, or built from a
// PutEvents entry): the envelope gives the base, and the first source reader that accepts the
// `source` and `detail-type` reads the `detail`; other events keep only what every event has.
// Tried in order; the first that accepts reads the event. Only Health and GuardDuty, which also
// accept their detail-type from any source, can overlap another reader, so their place matters.
const SOURCES = [
    cloudWatchAlarm,
    ec2,
    ecs,
    health,
    guardDuty,
    autoScaling,
    acm,
    stepFunctions,
    cloudWatchAlarmConfig,
    logAnomaly
];
/** Any other event: its name from the usual fields, and no invented facts. */
const other = {
    name: 'other EventBridge event',
    accepts: () => true,
    read: (detail, base) => ({
        ...base,
        kind: 'event',
        eventName: str(detail.eventName) ??
            str(detail.eventTypeCode) ??
            str(detail.type) ??
            (base.source === 'aws.ec2' ? str(detail.state) : undefined),
        reason: str(detail.reason)
    })
};
function isEventBridge(e) {
    return (typeof e['detail-type'] === 'string' ||
        (typeof e.source === 'string' && (isObject(e.detail) || isObject(parseJsonString(e.detail)))));
}
function readEventBridge(e) {
    const detail = isObject(e.detail) ? e.detail : obj(parseJsonString(e.detail));
    const base = {
        source: str(e.source) ?? 'unknown',
        detailType: str(e['detail-type']) ?? 'unknown',
        id: str(e.id),
        account: str(e.account),
        region: str(e.region),
        time: str(e.time),
        resources: list(e.resources).filter((r) => typeof r === 'string'),
        metrics: [],
        instances: [],
        links: []
    };
    return (SOURCES.find((r) => r.accepts(base)) ?? other).read(detail, base);
}
const eventBridge = {
    name: 'EventBridge event',
    accepts: (event) => isEventBridge(obj(event)),
    read: (event) => readEventBridge(obj(event))
};

// The payload a CloudWatch alarm's Lambda action receives: `alarmData` has the shape of the
// EventBridge event's `detail`, and the envelope has the alarm's ARN, account and region.
const lambdaAction = {
    name: 'CloudWatch alarm Lambda action',
    accepts: (event) => isObject(obj(event).alarmData),
    read: (event) => {
        const e = obj(event);
        const alarmArn = str(e.alarmArn);
        return readAlarmData({
            source: str(e.source) ?? 'aws.cloudwatch',
            detailType: 'CloudWatch Alarm State Change',
            alarmArn,
            account: str(e.accountId),
            region: str(e.region),
            time: str(e.time),
            resources: alarmArn ? [alarmArn] : [],
            metrics: [],
            instances: [],
            links: []
        }, obj(e.alarmData));
    }
};

// PutEvents request entries (`Source`, `DetailType`, `Detail` as a string), as a replay or a test
// sends them, alone, as a list or in the request's `Entries`: read as the EventBridge event the
// first entry becomes once delivered.
function readEntry(entry) {
    return readEventBridge({
        source: entry.Source,
        'detail-type': entry.DetailType,
        detail: entry.Detail,
        resources: entry.Resources,
        time: entry.Time
    });
}
function firstEntry(event) {
    const entries = Array.isArray(event) ? event : isObject(event) ? list(event.Entries) : [];
    return obj(entries[0]);
}
/** A list of entries, or a request holding them in `Entries`: the first is the event. */
const putEventsBatch = {
    name: 'PutEvents entries',
    accepts: (event) => {
        const first = firstEntry(event);
        return Boolean(str(first.DetailType) || str(first.Source));
    },
    read: (event) => readEntry(firstEntry(event))
};
/** One entry by itself. */
const putEventsEntry = {
    name: 'PutEvents entry',
    accepts: (event) => {
        const e = obj(event);
        return Boolean(str(e.DetailType) || (str(e.Source) && 'Detail' in e));
    },
    read: (event) => readEntry(obj(event))
};

// SNS notifications (Lambda's `Records[].Sns`, or the body an HTTP(S) subscription receives)
// whose `Message` is a classic alarm notification or an EventBridge event. The notification's
// id and time stand in for the message's own when it has none.
function notificationOf(event) {
    const e = obj(event);
    if (Array.isArray(e.Records))
        return obj(obj(e.Records[0]).Sns);
    return e.Type === 'Notification' ? e : undefined;
}
const messageOf = (sns) => obj(parseJsonString(sns.Message));
const sns = {
    name: 'SNS notification',
    accepts: (event) => {
        const notification = notificationOf(event);
        if (!notification)
            return false;
        const message = messageOf(notification);
        return str(message.AlarmName) !== undefined || isEventBridge(message);
    },
    read: (event) => {
        const notification = obj(notificationOf(event));
        const message = messageOf(notification);
        const fallback = { id: str(notification.MessageId), time: str(notification.Timestamp) };
        if (str(message.AlarmName))
            return readClassicAlarm(message, fallback);
        const parts = readEventBridge(message);
        return { ...parts, id: parts.id ?? fallback.id };
    }
};

// Tried in order; the first that accepts reads the event. The order settles payloads that look
// like two shapes at once: a PutEvents list wins over EventBridge fields beside it, and those
// over a single entry's fields, an SNS envelope, `AlarmName` and `alarmData`, in that order.
const READERS = [
    putEventsBatch,
    eventBridge,
    putEventsEntry,
    sns,
    classicAlarm,
    lambdaAction
];
const SEVERITIES = new Set(['low', 'medium', 'high', 'critical']);
/** How the title of an incident OpsLoop could not read begins. */
const UNRECOGNIZED = 'Unrecognized incident payload';
/**
 * A dispatch payload is `{event, context}`; anything else is taken to be the event itself.
 * Unlike `wrapEvent` (dispatch.ts), an object that also has `detail-type` or `Records` is an
 * event, and an `event` string that is not JSON becomes `undefined` (normalize keeps the text).
 */
function unwrapDispatch(payload) {
    if (isObject(payload) &&
        'event' in payload &&
        !('detail-type' in payload) &&
        !('Records' in payload)) {
        return { event: parseJsonString(payload.event), context: obj(payload.context) };
    }
    return { event: payload, context: {} };
}
/** The shapes OpsLoop reads, for every message about a payload it does not. */
const ACCEPTED_PAYLOADS = 'OpsLoop reads an EventBridge event (`source`, `detail-type` and `detail`, e.g. a CloudWatch alarm state change), ' +
    'a CloudWatch alarm notification (`AlarmName`, `NewStateValue`) alone or wrapped in SNS (`Records[].Sns.Message` or an SNS `Notification`), ' +
    "an alarm's Lambda action payload (`alarmData`), or a PutEvents entry (`Source`, `DetailType`, `Detail`), " +
    'each by itself or as `event` in the dispatch envelope `{"event": …, "context": …}`';
/** A name from the payload, quoted for a message: one line, short, no backticks. */
function quoted(name) {
    return JSON.stringify(oneLine(name, 40)).replace(/`/g, "'");
}
function jsonType(v) {
    return v === null ? 'null' : Array.isArray(v) ? 'a list' : `a ${typeof v}`;
}
/** Why an SNS notification's message is not an incident. */
function snsMessageProblem(where, message) {
    if (message === undefined)
        return `${where} is missing`;
    const parsed = parseJsonString(message);
    if (typeof message === 'string' && parsed === undefined)
        return `${where} is not JSON`;
    if (!isObject(parsed))
        return `${where} is ${jsonType(parsed)}, not an object`;
    return `${where} is neither a CloudWatch alarm notification (\`AlarmName\`) nor an EventBridge event (\`source\`, \`detail-type\`, \`detail\`)`;
}
/**
 * Which field or shape of an event no reader accepted: what the sender has to change. `wrapped`
 * says whether the event came as `event` in a dispatch envelope (`payload` is that envelope).
 */
function notRecognized(event, payload) {
    const wrapped = isObject(payload) && 'event' in payload && event !== payload;
    const where = wrapped ? '`event`' : 'the payload';
    if (event === undefined) {
        if (wrapped && typeof payload.event === 'string')
            return '`event` is a string that is not JSON';
        return `${where} is empty`;
    }
    if (Array.isArray(event))
        return event.length === 0
            ? `${where} is an empty list`
            : `${where} is a list whose first item is not a PutEvents entry (\`Source\`, \`DetailType\`)`;
    if (!isObject(event))
        return `${where} is ${jsonType(event)}, not an object`;
    const keys = Object.keys(event);
    if (keys.length === 0)
        return `${where} is an empty object`;
    if ('awslogs' in event)
        return '`awslogs`: a CloudWatch Logs subscription delivery is log data, not an incident (alarm on the logs instead)';
    if ('Records' in event) {
        if (!Array.isArray(event.Records))
            return '`Records` is not a list';
        const first = event.Records[0];
        if (first === undefined)
            return '`Records` is empty';
        if (!isObject(first) || !isObject(first.Sns)) {
            const from = isObject(first) ? (str(first.eventSource) ?? str(first.EventSource)) : undefined;
            return `\`Records[0]\` has no \`Sns\`${from ? ` (it is a record from ${quoted(from)})` : ''}`;
        }
        return snsMessageProblem('`Records[0].Sns.Message`', first.Sns.Message);
    }
    if (event.Type === 'Notification')
        return snsMessageProblem('the SNS `Message`', event.Message);
    if ('Entries' in event)
        return '`Entries` holds no PutEvents entry (`Source`, `DetailType`)';
    if ('alarmData' in event)
        return '`alarmData` is not an object';
    if ('AlarmName' in event)
        return '`AlarmName` is not a non-empty string';
    if ('detail-type' in event)
        return '`detail-type` is not a string';
    if ('source' in event) {
        if (typeof event.source !== 'string')
            return '`source` is not a string';
        return 'detail' in event
            ? '`detail` is not an object (nor JSON text holding one), and there is no `detail-type`'
            : 'it has `source` but no `detail-type` or `detail`';
    }
    if ('detail' in event)
        return 'it has `detail` but no `source` or `detail-type` (send the whole EventBridge event, not only its detail)';
    if ('Source' in event || 'DetailType' in event || 'Detail' in event)
        return 'a PutEvents entry needs `DetailType`, or `Source` with `Detail`';
    if ('context' in event)
        return 'it has `context` but no `event`: the dispatch envelope carries the AWS event as `event`';
    const shown = keys.slice(0, 6).map(quoted).join(', ');
    return `none of the fields OpsLoop reads is there (top-level keys: ${shown}${keys.length > 6 ? `, … ${keys.length - 6} more` : ''})`;
}
function partsOf(event, payload) {
    const reader = READERS.find((r) => r.accepts(event));
    if (reader)
        return reader.read(event);
    const source = str(obj(event).source);
    return {
        source: source ?? 'unknown',
        detailType: 'unknown',
        kind: 'unrecognized',
        title: `${UNRECOGNIZED}${source ? ` from ${source}` : ''}: ${notRecognized(event, payload)}`,
        resources: [],
        metrics: [],
        instances: [],
        links: []
    };
}
function titleOf(p) {
    const where = p.region ? ` in ${p.region}` : '';
    if (p.title)
        return oneLine(p.title, 256);
    if (p.kind === 'alarm')
        return oneLine(`${p.alarmName ?? 'CloudWatch alarm'} is ${p.state ?? 'changed'}${where}`, 256);
    const type = p.detailType === 'unknown' ? `Event from ${p.source}` : p.detailType;
    const what = p.eventName && p.eventName !== type ? `${type}: ${p.eventName}` : type;
    const subject = p.subject ?? (p.resources[0] ? lastSegment(p.resources[0]) : undefined);
    return oneLine(`${what}${subject ? ` on ${subject}` : ''}${where}`, 256);
}
function severityOf(context, p) {
    const declared = str(context.severity)?.toLowerCase();
    if (declared && SEVERITIES.has(declared))
        return declared;
    return p.severity ?? 'medium';
}
function normalize(delivered) {
    const payload = safeJson(delivered).value;
    const { event, context } = unwrapDispatch(payload);
    const p = partsOf(event, payload);
    const links = linksOf(p);
    // An `event` that is not JSON is kept as the text that arrived.
    const raw = event === undefined && isObject(payload) ? payload.event : event;
    return clean({
        source: p.source,
        id: p.id,
        detailType: p.detailType,
        kind: p.kind,
        title: titleOf(p),
        alarmName: p.alarmName,
        alarmArn: p.alarmArn,
        state: p.state,
        previousState: p.previousState,
        eventName: p.eventName,
        severity: severityOf(context, p),
        account: p.account,
        region: p.region,
        time: p.time,
        description: p.description,
        reason: p.reason,
        alarm: p.alarm,
        resources: p.resources,
        resourceTypes: resourceTypes(p.resources, p.metrics),
        metrics: p.metrics,
        tags: stringRecord(context.tags),
        context,
        links: links.length > 0 ? links : undefined,
        details: p.details,
        raw: raw ?? null
    });
}

export { ACCEPTED_PAYLOADS as A, INSTANCE_ID as I, UNRECOGNIZED as U, watchedResourceArns as a, ecsServiceOfArn as b, ecsServiceOfDimensions as e, healthState as h, instanceIdOf as i, normalize as n, watchedLogGroup as w };
