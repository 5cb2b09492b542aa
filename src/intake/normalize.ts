// Turns whatever AWS delivered (an EventBridge event or a PutEvents entry, an SNS-wrapped alarm
// notification, an alarm's Lambda-action payload, or a dispatch payload holding one of those)
// into one Incident. Pure: no I/O, and no assumption that the input is well-formed.
import type { Alarm, Datapoint, Incident, Link, Metric } from '../generated/incident.js'

type Json = Record<string, unknown>
type Severity = Incident['severity']
type AlarmState = NonNullable<Incident['state']>

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v)
const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined)
const obj = (v: unknown): Json => (isObject(v) ? v : {})
const num = (v: unknown): number | undefined =>
  typeof v === 'number' && Number.isFinite(v) ? v : undefined
const int = (v: unknown): number | undefined => (Number.isInteger(v) ? (v as number) : undefined)
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : [])

function parseJsonString(v: unknown): unknown {
  if (typeof v !== 'string') return v
  try {
    return JSON.parse(v) as unknown
  } catch {
    return undefined
  }
}

function scalarText(v: unknown): string {
  return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? String(v) : ''
}

function stringRecord(v: unknown): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [k, val] of Object.entries(obj(v))) {
    if (typeof val === 'string' || typeof val === 'number' || typeof val === 'boolean')
      out[k] = String(val)
  }
  return out
}

/** One line without control characters, at most `max` code points (what JSON Schema counts). */
function oneLine(text: string, max: number): string {
  const flat = text.replace(/[\p{Cc}\u2028\u2029]+/gu, ' ').trim()
  const points = Array.from(flat)
  return points.length > max ? points.slice(0, max).join('') : flat
}

const ALARM_STATES = new Set(['ALARM', 'OK', 'INSUFFICIENT_DATA'])
const SEVERITIES = new Set(['low', 'medium', 'high', 'critical'])
// Console links are built only from parts that match these, so a crafted event cannot point
// a link anywhere but the AWS console.
const REGION = /^[a-z]{2}(-[a-z]+)+-\d$/
const INSTANCE_ID = /^i-[0-9a-f]{8,17}$/
const MAX_LINKS = 5
const MAX_DETAILS = 12

/** `service:type` from an ARN, e.g. `arn:aws:ecs:r:a:service/c/s` → `ecs:service`. */
export function resourceTypeOfArn(arn: string): string | undefined {
  const m = /^arn:[^:]+:([^:]+):[^:]*:[^:]*:(.+)$/.exec(arn)
  if (!m?.[1] || !m[2]) return undefined
  const type = /^([^/:]+)[/:]/.exec(m[2])?.[1]
  return type ? `${m[1]}:${type}` : m[1]
}

const DIMENSION_TYPES: Record<string, string> = {
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
}

/** A dispatch payload is `{event, context}`; anything else is taken to be the event itself. */
export function unwrapDispatch(payload: unknown): { event: unknown; context: Json } {
  if (
    isObject(payload) &&
    'event' in payload &&
    !('detail-type' in payload) &&
    !('Records' in payload)
  ) {
    return { event: parseJsonString(payload.event), context: obj(payload.context) }
  }
  return { event: payload, context: {} }
}

function metricsFromEventBridge(configuration: Json): Metric[] {
  return list(configuration.metrics)
    .filter(isObject)
    .map((m) => {
      const stat = obj(m.metricStat)
      const metric = obj(stat.metric)
      return clean({
        id: str(m.id),
        namespace: str(metric.namespace),
        name: str(metric.name),
        dimensions: stringRecord(metric.dimensions),
        expression: str(m.expression),
        stat: str(stat.stat),
        period: int(stat.period)
      })
    })
}

function metricsFromClassicTrigger(trigger: Json): Metric[] {
  const dims = (v: unknown): Record<string, string> =>
    Object.fromEntries(
      list(v)
        .filter(isObject)
        .map((d) => [str(d.name) ?? str(d.Name) ?? '', scalarText(d.value ?? d.Value)] as const)
        .filter(([k]) => k !== '')
    )
  if (Array.isArray(trigger.Metrics)) {
    return trigger.Metrics.filter(isObject).map((m) => {
      const stat = obj(m.MetricStat)
      const metric = obj(stat.Metric)
      return clean({
        id: str(m.Id),
        namespace: str(metric.Namespace),
        name: str(metric.MetricName),
        dimensions: dims(metric.Dimensions),
        expression: str(m.Expression),
        stat: str(stat.Stat),
        period: int(stat.Period)
      })
    })
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
    ]
  }
  return []
}

function clean<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T
}

function alarmState(v: unknown): AlarmState | undefined {
  return typeof v === 'string' && ALARM_STATES.has(v) ? (v as AlarmState) : undefined
}

/** Key facts for a table: scalar values only, on one line, capped in count and length. */
function facts(pairs: [string, unknown][]): Record<string, string> | undefined {
  const out: Record<string, string> = {}
  for (const [k, v] of pairs) {
    const text = oneLine(scalarText(v), 200)
    if (text !== '' && Object.keys(out).length < MAX_DETAILS) out[k] = text
  }
  return Object.keys(out).length > 0 ? out : undefined
}

const lastSegment = (s: string): string => s.split(/[:/]/).pop() ?? s

function consoleUrl(region: string | undefined, path: string): string | undefined {
  return region && REGION.test(region)
    ? `https://${region}.console.aws.amazon.com/${path.replace(/\{region\}/g, region)}`
    : undefined
}

function link(title: string, url: string | undefined): Link[] {
  return url ? [{ title, url }] : []
}

function ecsServiceLink(region: string | undefined, cluster: string, service: string): Link[] {
  const path = `ecs/v2/clusters/${encodeURIComponent(cluster)}/services/${encodeURIComponent(service)}?region={region}`
  return link(`ECS service ${service}`, consoleUrl(region, path))
}

/** ECS service links from `arn:aws:ecs:<region>:<account>:service/<cluster>/<service>` ARNs. */
function ecsServiceLinks(arns: string[]): Link[] {
  return arns.flatMap((arn) => {
    const m = /^arn:aws[a-z-]*:ecs:([^:]+):\d*:service\/([^/]+)\/([^/]+)$/.exec(arn)
    return m?.[1] && m[2] && m[3] ? ecsServiceLink(m[1], m[2], m[3]) : []
  })
}

const HEALTH_DASHBOARD = 'https://health.aws.amazon.com/health/home#/account/dashboard/open-issues'

interface Parts {
  source: string
  detailType: string
  kind: Incident['kind']
  id?: string
  title?: string
  alarmName?: string
  alarmArn?: string
  state?: AlarmState
  previousState?: AlarmState
  eventName?: string
  account?: string
  region?: string
  time?: string
  description?: string
  reason?: string
  alarm?: Alarm
  /** The source's own severity; a dispatch `context.severity` overrides it. */
  severity?: Severity
  /** What the title says the event is about; defaults to the first resource. */
  subject?: string
  resources: string[]
  metrics: Metric[]
  /** EC2 instance ids named in the event body, for console links. */
  instances: string[]
  links: Link[]
  details?: Record<string, string>
}

// CloudWatch words its state reasons the same way for every alarm, e.g. "Threshold Crossed:
// 2 out of the last 3 datapoints [91.2 (01/01/26 10:00:00), 95.0 (…)] was greater than the
// threshold (90.0) (minimum 2 datapoints for OK -> ALARM transition)."; classic SNS messages
// carry nothing else, so the alarm's shape is read from that text when the config is silent.
function comparisonFromReason(reason: string): string | undefined {
  if (/less than the lower thresholds.*greater than the upper thresholds/.test(reason))
    return 'LessThanLowerOrGreaterThanUpperThreshold'
  if (/greater than the upper thresholds/.test(reason)) return 'GreaterThanUpperThreshold'
  if (/less than the lower thresholds/.test(reason)) return 'LessThanLowerThreshold'
  const m = /(?:was|were) (?:not )?(greater|less) than (or equal to )?the threshold/.exec(reason)
  if (!m?.[1]) return undefined
  return `${m[1] === 'greater' ? 'Greater' : 'Less'}Than${m[2] ? 'OrEqualTo' : ''}Threshold`
}

function datapointsFromReason(reason: string): number[] | undefined {
  const inside = /datapoints? \[([^\]]*)\]/.exec(reason)?.[1]
  if (!inside) return undefined
  const values = [...inside.matchAll(/(-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?) \(/g)].map((m) =>
    Number(m[1])
  )
  // The text lists the newest first; `reasonData` (and so the schema) has the oldest first.
  return values.length > 0 ? values.reverse() : undefined
}

function evaluatedDatapoints(v: unknown): Datapoint[] | undefined {
  const points = list(v)
    .filter(isObject)
    .map((d) =>
      clean({
        timestamp: str(d.timestamp),
        value: num(d.value),
        sampleCount: num(d.sampleCount),
        threshold: num(d.threshold)
      })
    )
    .filter((d) => Object.keys(d).length > 0)
  return points.length > 0 ? points : undefined
}

interface AlarmFacts {
  rule?: string
  comparison?: string
  threshold?: number
  thresholdMetricId?: string
  evaluationPeriods?: number
  datapointsToAlarm?: number
  actionsSuppressedBy?: string
  metrics: Metric[]
  reason?: string
  reasonData?: unknown
}

function alarmOf(f: AlarmFacts): Alarm {
  const data = obj(parseJsonString(f.reasonData))
  const reason = f.reason ?? ''
  const band = f.metrics.find((m) => /ANOMALY_DETECTION_BAND\s*\(/i.test(m.expression ?? ''))
  const type: Alarm['type'] =
    f.rule || Array.isArray(data.triggeringAlarms)
      ? 'composite'
      : f.thresholdMetricId || band
        ? 'anomaly-detection'
        : f.metrics.some((m) => m.expression) || f.metrics.length > 1
          ? 'metric-math'
          : 'metric'
  // A composite alarm's reason is about its children, so nothing is read from it.
  const fromText = type !== 'composite'
  const recent = list(data.recentDatapoints).filter((v): v is number => num(v) !== undefined)
  return clean({
    type,
    comparison: f.comparison ?? (fromText ? comparisonFromReason(reason) : undefined),
    threshold:
      f.threshold ??
      (type === 'metric' || type === 'metric-math' ? num(data.threshold) : undefined),
    thresholdMetricId: f.thresholdMetricId ?? band?.id,
    evaluationPeriods:
      f.evaluationPeriods ??
      (fromText ? int(Number(/out of the last (\d+) datapoints?/.exec(reason)?.[1])) : undefined),
    datapointsToAlarm:
      f.datapointsToAlarm ??
      (fromText
        ? int(Number(/minimum (\d+) datapoints? for \w+ -> ALARM transition/.exec(reason)?.[1]))
        : undefined),
    rule: f.rule,
    actionsSuppressedBy: f.actionsSuppressedBy,
    recentDatapoints:
      recent.length > 0 ? recent : fromText ? datapointsFromReason(reason) : undefined,
    evaluatedDatapoints: evaluatedDatapoints(data.evaluatedDatapoints)
  })
}

type Base = Omit<Parts, 'kind'>

/** The EventBridge `detail` and Lambda `alarmData` shapes, which are the same. */
function fromAlarmData(base: Base, data: Json): Parts {
  const configuration = obj(data.configuration)
  const state = obj(data.state)
  const metrics = metricsFromEventBridge(configuration)
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
  }
}

const EC2_STATE_SEVERITY: Record<string, Severity> = {
  stopped: 'high',
  terminated: 'high',
  stopping: 'high',
  'shutting-down': 'high',
  pending: 'low',
  running: 'low'
}
const ECS_EVENT_TYPE_SEVERITY: Record<string, Severity> = {
  ERROR: 'high',
  WARN: 'medium',
  INFO: 'low'
}
const HEALTH_SEVERITY: Record<string, Severity> = {
  issue: 'high',
  scheduledChange: 'medium',
  accountNotification: 'low'
}

function guardDutySeverity(v: unknown): Severity | undefined {
  const n = num(v)
  if (n === undefined) return undefined
  if (n >= 9) return 'critical'
  if (n >= 7) return 'high'
  return n >= 4 ? 'medium' : 'low'
}

/** `resources` plus `id` unless a resource already names it. */
function withResource(resources: string[], id: string | undefined): string[] {
  if (!id || resources.some((r) => r === id || r.endsWith(`/${id}`))) return resources
  return [...resources, id]
}

function fromEc2(base: Base, detailType: string, detail: Json): Parts | undefined {
  const instance = str(detail['instance-id'])
  const common = {
    ...base,
    kind: 'event' as const,
    resources: withResource(base.resources, instance),
    instances: instance ? [instance] : [],
    subject: instance
  }
  if (detailType === 'EC2 Instance State-change Notification') {
    const state = str(detail.state)
    return {
      ...common,
      eventName: state,
      severity: state ? EC2_STATE_SEVERITY[state] : undefined,
      details: facts([
        ['state', state],
        ['instance', instance]
      ])
    }
  }
  if (detailType === 'EC2 Spot Instance Interruption Warning') {
    const action = str(detail['instance-action'])
    return {
      ...common,
      eventName: 'spot-interruption',
      severity: 'medium',
      reason: action ? `Spot interruption: ${action}` : undefined,
      details: facts([
        ['instance', instance],
        ['action', action]
      ])
    }
  }
  return undefined
}

function fromEcs(base: Base, detailType: string, detail: Json): Parts {
  const clusterArn = str(detail.clusterArn)
  const cluster = clusterArn ? lastSegment(clusterArn) : undefined
  const eventType = str(detail.eventType)
  if (detailType === 'ECS Task State Change') {
    const lastStatus = str(detail.lastStatus)
    const stopCode = str(detail.stopCode)
    const group = str(detail.group)
    const service = group?.startsWith('service:') ? group.slice('service:'.length) : undefined
    const taskDefinition = str(detail.taskDefinitionArn)?.split('task-definition/').pop()
    // A task that failed or whose essential container exited matters; one stopped by a person
    // or by the scheduler (scale-in, deployment) usually does not.
    const severity: Severity =
      lastStatus !== 'STOPPED'
        ? 'low'
        : stopCode === 'TaskFailedToStart' || stopCode === 'EssentialContainerExited'
          ? 'high'
          : stopCode === 'UserInitiated' || stopCode === 'ServiceSchedulerInitiated'
            ? 'low'
            : 'medium'
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
        ['taskDefinition', taskDefinition]
      ])
    }
  }
  if (detailType === 'ECS Container Instance State Change') {
    const status = str(detail.status)
    const instance = str(detail.ec2InstanceId)
    const severity: Severity =
      detail.agentConnected === false ? 'high' : status === 'ACTIVE' ? 'low' : 'medium'
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
    }
  }
  return {
    ...base,
    kind: 'event',
    eventName: str(detail.eventName),
    severity: eventType ? ECS_EVENT_TYPE_SEVERITY[eventType] : undefined,
    reason: str(detail.reason),
    details: facts([
      ['eventType', eventType],
      ['eventName', detail.eventName],
      ['deploymentId', detail.deploymentId],
      ['reason', detail.reason]
    ])
  }
}

function fromHealth(base: Base, detail: Json): Parts {
  const descriptions = list(detail.eventDescription).filter(isObject)
  const latest =
    descriptions.find((d) => d.language === 'en_US' && str(d.latestDescription)) ??
    descriptions.find((d) => str(d.latestDescription))
  const category = str(detail.eventTypeCategory)
  const entities = list(detail.affectedEntities)
    .map((e) => str(obj(e).entityValue))
    .filter((e): e is string => e !== undefined)
  return {
    ...base,
    kind: 'event',
    eventName: str(detail.eventTypeCode),
    severity: category ? HEALTH_SEVERITY[category] : undefined,
    reason: latest ? str(latest.latestDescription) : undefined,
    links: [{ title: 'AWS Health dashboard', url: HEALTH_DASHBOARD }],
    details: facts([
      ['service', detail.service],
      ['eventTypeCategory', category],
      ['statusCode', detail.statusCode],
      ['affectedEntities', entities.slice(0, 10).join(', ')]
    ])
  }
}

function fromGuardDuty(base: Base, detail: Json): Parts {
  const resource = obj(detail.resource)
  const resourceType = str(resource.resourceType)
  const instance = str(obj(resource.instanceDetails).instanceId)
  const accessKey = str(obj(resource.accessKeyDetails).accessKeyId)
  const bucket = obj(list(resource.s3BucketDetails)[0])
  const region = base.region ?? str(detail.region)
  const findingId = str(detail.id)
  // Sample findings fill every resource section; only the one `resourceType` names is the target.
  const target =
    resourceType === 'Instance'
      ? instance
      : resourceType === 'S3Bucket'
        ? (str(bucket.arn) ?? str(bucket.name))
        : undefined
  return {
    ...base,
    kind: 'event',
    region,
    account: base.account ?? str(detail.accountId),
    eventName: str(detail.type),
    severity: guardDutySeverity(detail.severity),
    description: str(detail.title),
    reason: str(detail.description),
    resources: withResource(base.resources, target),
    instances: resourceType === 'Instance' && instance ? [instance] : [],
    subject: target ? lastSegment(target) : undefined,
    links: findingId
      ? link(
          'GuardDuty finding',
          consoleUrl(
            region,
            `guardduty/home?region={region}#/findings?fId=${encodeURIComponent(findingId)}`
          )
        )
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
  }
}

function fromAutoScaling(base: Base, detailType: string, detail: Json): Parts {
  const group = str(detail.AutoScalingGroupName)
  const instance = str(detail.EC2InstanceId)
  return {
    ...base,
    kind: 'event',
    eventName: detailType,
    severity: /Unsuccessful$/.test(detailType)
      ? 'high'
      : /Successful$/.test(detailType)
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
  }
}

function fromEventBridge(e: Json): Parts {
  const source = str(e.source) ?? 'unknown'
  const detailType = str(e['detail-type']) ?? 'unknown'
  const detail = isObject(e.detail) ? e.detail : obj(parseJsonString(e.detail))
  const base: Base = {
    source,
    detailType,
    id: str(e.id),
    account: str(e.account),
    region: str(e.region),
    time: str(e.time),
    resources: list(e.resources).filter((r): r is string => typeof r === 'string'),
    metrics: [],
    instances: [],
    links: []
  }
  if (source === 'aws.cloudwatch' && /Alarm State Change$/.test(detailType)) {
    return fromAlarmData(
      { ...base, alarmArn: base.resources.find((r) => r.includes(':alarm:')) },
      detail
    )
  }
  if (source === 'aws.ec2') {
    const parts = fromEc2(base, detailType, detail)
    if (parts) return parts
  }
  if (source === 'aws.ecs') return fromEcs(base, detailType, detail)
  if (source === 'aws.health' || detailType === 'AWS Health Event') return fromHealth(base, detail)
  if (source === 'aws.guardduty' || detailType === 'GuardDuty Finding')
    return fromGuardDuty(base, detail)
  if (source === 'aws.autoscaling') return fromAutoScaling(base, detailType, detail)
  if (source === 'aws.cloudwatch' && /Alarm Configuration Change$/.test(detailType)) {
    return {
      ...base,
      kind: 'event',
      eventName: str(detail.operation),
      subject: str(detail.alarmName),
      details: facts([
        ['alarmName', detail.alarmName],
        ['operation', detail.operation]
      ])
    }
  }
  return {
    ...base,
    kind: 'event',
    eventName:
      str(detail.eventName) ??
      str(detail.eventTypeCode) ??
      str(detail.type) ??
      (source === 'aws.ec2' ? str(detail.state) : undefined),
    reason: str(detail.reason)
  }
}

/** A PutEvents request entry (`Source`, `DetailType`, `Detail` as a string) read as delivered. */
function fromPutEventsEntry(entry: Json): Parts {
  return fromEventBridge({
    source: entry.Source,
    'detail-type': entry.DetailType,
    detail: entry.Detail,
    resources: entry.Resources,
    time: entry.Time
  })
}

function fromClassicAlarm(message: Json, fallback: { id?: string; time?: string }): Parts {
  const trigger = obj(message.Trigger)
  const alarmArn = str(message.AlarmArn)
  const metrics = metricsFromClassicTrigger(trigger)
  const reason = str(message.NewStateReason)
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
  }
}

function fromLambdaAction(e: Json): Parts {
  const alarmArn = str(e.alarmArn)
  return fromAlarmData(
    {
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
    },
    obj(e.alarmData)
  )
}

/** An SNS notification (Lambda `Records[].Sns` or an HTTP delivery) holding an alarm or event. */
function fromSnsNotification(sns: Json): Parts | undefined {
  const message = obj(parseJsonString(sns.Message))
  const fallback = { id: str(sns.MessageId), time: str(sns.Timestamp) }
  if (str(message.AlarmName)) return fromClassicAlarm(message, fallback)
  if (isEventBridge(message)) {
    const parts = fromEventBridge(message)
    return { ...parts, id: parts.id ?? fallback.id }
  }
  return undefined
}

function isEventBridge(e: Json): boolean {
  return (
    typeof e['detail-type'] === 'string' ||
    (typeof e.source === 'string' && (isObject(e.detail) || isObject(parseJsonString(e.detail))))
  )
}

function partsOf(event: unknown): Parts {
  // PutEvents takes a list of entries (`Entries` in the request); the first is the event.
  const entries = Array.isArray(event) ? event : isObject(event) ? list(event.Entries) : []
  const first = obj(entries[0])
  if (str(first.DetailType) || str(first.Source)) return fromPutEventsEntry(first)
  const e = obj(event)
  if (isEventBridge(e)) return fromEventBridge(e)
  if (str(e.DetailType) || (str(e.Source) && 'Detail' in e)) return fromPutEventsEntry(e)
  const sns = Array.isArray(e.Records)
    ? obj(obj(e.Records[0]).Sns)
    : e.Type === 'Notification'
      ? e
      : undefined
  const fromSns = sns && fromSnsNotification(sns)
  if (fromSns) return fromSns
  if (str(e.AlarmName)) return fromClassicAlarm(e, {})
  if (isObject(e.alarmData)) return fromLambdaAction(e)
  const source = str(e.source)
  return {
    source: source ?? 'unknown',
    detailType: 'unknown',
    kind: 'unrecognized',
    title: `Unrecognized incident payload${source ? ` from ${source}` : ''}`,
    resources: [],
    metrics: [],
    instances: [],
    links: []
  }
}

function titleOf(p: Parts): string {
  const where = p.region ? ` in ${p.region}` : ''
  if (p.title) return oneLine(p.title, 256)
  if (p.kind === 'alarm')
    return oneLine(`${p.alarmName ?? 'CloudWatch alarm'} is ${p.state ?? 'changed'}${where}`, 256)
  const type = p.detailType === 'unknown' ? `Event from ${p.source}` : p.detailType
  const what = p.eventName && p.eventName !== type ? `${type}: ${p.eventName}` : type
  const subject = p.subject ?? (p.resources[0] ? lastSegment(p.resources[0]) : undefined)
  return oneLine(`${what}${subject ? ` on ${subject}` : ''}${where}`, 256)
}

function severityOf(context: Json, p: Parts): Severity {
  const declared = str(context.severity)?.toLowerCase()
  if (declared && SEVERITIES.has(declared)) return declared as Severity
  return p.severity ?? 'medium'
}

/** EC2 instance ids named by the resources, the alarm's dimensions and the event body. */
function instanceIds(p: Parts): string[] {
  const ids = [
    ...p.instances,
    ...p.resources.map((r) => (r.startsWith('arn:') ? (/:instance\/(.+)$/.exec(r)?.[1] ?? '') : r)),
    ...p.metrics.map((m) => m.dimensions.InstanceId ?? '')
  ]
  return [...new Set(ids.filter((id) => INSTANCE_ID.test(id)))]
}

function linksOf(p: Parts): Link[] {
  const alarm =
    p.kind === 'alarm' && p.alarmName
      ? link(
          `CloudWatch alarm ${p.alarmName}`,
          consoleUrl(
            p.region,
            `cloudwatch/home?region={region}#alarmsV2:alarm/${encodeURIComponent(p.alarmName)}`
          )
        )
      : []
  const services = [
    ...ecsServiceLinks(p.resources),
    ...p.metrics.flatMap((m) => {
      const { ClusterName: cluster, ServiceName: service } = m.dimensions
      return cluster && service ? ecsServiceLink(p.region, cluster, service) : []
    })
  ]
  const instances = instanceIds(p).flatMap((id) =>
    link(
      `EC2 instance ${id}`,
      consoleUrl(p.region, `ec2/home?region={region}#InstanceDetails:instanceId=${id}`)
    )
  )
  const byUrl = new Map<string, Link>()
  for (const l of [...alarm, ...p.links, ...services, ...instances]) {
    if (!byUrl.has(l.url)) byUrl.set(l.url, { title: oneLine(l.title, 200), url: l.url })
  }
  return [...byUrl.values()].slice(0, MAX_LINKS)
}

export function normalize(payload: unknown): Incident {
  const { event, context } = unwrapDispatch(payload)
  const p = partsOf(event)
  const types = new Set<string>()
  for (const r of p.resources) {
    const t = resourceTypeOfArn(r)
    if (t) types.add(t)
    else if (/^i-[0-9a-f]+$/.test(r)) types.add('ec2:instance')
  }
  for (const m of p.metrics) {
    for (const d of Object.keys(m.dimensions)) {
      const t = DIMENSION_TYPES[d]
      if (t) types.add(t)
    }
  }
  const links = linksOf(p)
  // An `event` that is not JSON is kept as the text that arrived.
  const raw = event === undefined && isObject(payload) ? payload.event : event
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
    resourceTypes: [...types],
    metrics: p.metrics,
    tags: stringRecord(context.tags),
    context,
    links: links.length > 0 ? links : undefined,
    details: p.details,
    raw: raw ?? null
  })
}
