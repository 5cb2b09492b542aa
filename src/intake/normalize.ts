// Turns whatever AWS delivered (an EventBridge event, an SNS-wrapped alarm notification, an
// alarm's Lambda-action payload, or a dispatch payload holding one of those) into one Incident.
// Pure: no I/O, and no assumption that the input is well-formed.
import type { Incident, Metric } from '../generated/incident.js'

type Json = Record<string, unknown>
type Severity = Incident['severity']
type AlarmState = NonNullable<Incident['state']>

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v)
const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined)
const obj = (v: unknown): Json => (isObject(v) ? v : {})

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

const ALARM_STATES = new Set(['ALARM', 'OK', 'INSUFFICIENT_DATA'])
const SEVERITIES = new Set(['low', 'medium', 'high', 'critical'])

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
  const list = Array.isArray(configuration.metrics) ? configuration.metrics : []
  return list.filter(isObject).map((m) => {
    const stat = obj(m.metricStat)
    const metric = obj(stat.metric)
    return clean({
      id: str(m.id),
      namespace: str(metric.namespace),
      name: str(metric.name),
      dimensions: stringRecord(metric.dimensions),
      expression: str(m.expression),
      stat: str(stat.stat),
      period: typeof stat.period === 'number' ? stat.period : undefined
    })
  })
}

function metricsFromClassicTrigger(trigger: Json): Metric[] {
  const dims = (v: unknown): Record<string, string> =>
    Object.fromEntries(
      (Array.isArray(v) ? v : [])
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
        period: typeof stat.Period === 'number' ? stat.Period : undefined
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
        period: typeof trigger.Period === 'number' ? trigger.Period : undefined
      })
    ]
  }
  return []
}

function clean<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T
}

function severityFrom(context: Json, source: string, detail: Json): Severity {
  const declared = str(context.severity)?.toLowerCase()
  if (declared && SEVERITIES.has(declared)) return declared as Severity
  if (source === 'aws.ecs') {
    const t = str(detail.eventType)
    if (t === 'ERROR') return 'high'
    if (t === 'INFO') return 'low'
  }
  if (source === 'aws.guardduty' && typeof detail.severity === 'number') {
    if (detail.severity >= 9) return 'critical'
    if (detail.severity >= 7) return 'high'
    return detail.severity >= 4 ? 'medium' : 'low'
  }
  return 'medium'
}

function alarmState(v: unknown): AlarmState | undefined {
  return typeof v === 'string' && ALARM_STATES.has(v) ? (v as AlarmState) : undefined
}

interface Parts {
  source: string
  detailType: string
  kind: Incident['kind']
  alarmName?: string
  alarmArn?: string
  state?: AlarmState
  eventName?: string
  account?: string
  region?: string
  time?: string
  description?: string
  resources: string[]
  metrics: Metric[]
  detail: Json
}

function fromEventBridge(e: Json): Parts {
  const source = str(e.source) ?? 'unknown'
  const detailType = str(e['detail-type']) ?? 'unknown'
  const detail = isObject(e.detail) ? e.detail : obj(parseJsonString(e.detail))
  const resources = (Array.isArray(e.resources) ? e.resources : []).filter(
    (r): r is string => typeof r === 'string'
  )
  const base = {
    source,
    detailType,
    account: str(e.account),
    region: str(e.region),
    time: str(e.time),
    resources,
    detail
  }
  if (source === 'aws.cloudwatch' && /Alarm State Change$/.test(detailType)) {
    const configuration = obj(detail.configuration)
    return {
      ...base,
      kind: 'alarm',
      alarmName: str(detail.alarmName),
      alarmArn: resources.find((r) => r.includes(':alarm:')),
      state: alarmState(obj(detail.state).value),
      description: str(configuration.description) ?? str(obj(detail.state).reason),
      metrics: metricsFromEventBridge(configuration)
    }
  }
  const eventName =
    str(detail.eventName) ??
    str(detail.eventTypeCode) ??
    str(detail.type) ??
    (source === 'aws.ec2' ? str(detail.state) : undefined)
  return { ...base, kind: 'event', eventName, description: str(detail.reason), metrics: [] }
}

function fromClassicAlarm(message: Json, fallback: { time?: string }): Parts {
  const trigger = obj(message.Trigger)
  const region = str(message.AlarmArn)?.split(':')[3]
  return {
    source: 'aws.cloudwatch',
    detailType: 'CloudWatch Alarm State Change',
    kind: 'alarm',
    alarmName: str(message.AlarmName),
    alarmArn: str(message.AlarmArn),
    state: alarmState(message.NewStateValue),
    account: str(message.AWSAccountId),
    region,
    time: str(message.StateChangeTime) ?? fallback.time,
    description: str(message.AlarmDescription) ?? str(message.NewStateReason),
    resources: str(message.AlarmArn) ? [String(message.AlarmArn)] : [],
    metrics: metricsFromClassicTrigger(trigger),
    detail: message
  }
}

function fromLambdaAction(e: Json): Parts {
  const data = obj(e.alarmData)
  const configuration = obj(data.configuration)
  const alarmArn = str(e.alarmArn)
  return {
    source: 'aws.cloudwatch',
    detailType: 'CloudWatch Alarm State Change',
    kind: 'alarm',
    alarmName: str(data.alarmName),
    alarmArn,
    state: alarmState(obj(data.state).value),
    account: str(e.accountId),
    region: str(e.region),
    time: str(e.time),
    description: str(configuration.description) ?? str(obj(data.state).reason),
    resources: alarmArn ? [alarmArn] : [],
    metrics: metricsFromEventBridge(configuration),
    detail: data
  }
}

function partsOf(event: unknown): Parts {
  const e = obj(event)
  if ('detail-type' in e || ('source' in e && 'detail' in e)) return fromEventBridge(e)
  if (Array.isArray(e.Records)) {
    const sns = obj(obj(e.Records[0]).Sns)
    const message = obj(parseJsonString(sns.Message))
    if (str(message.AlarmName)) return fromClassicAlarm(message, { time: str(sns.Timestamp) })
  }
  if (str(e.AlarmName)) return fromClassicAlarm(e, {})
  if (isObject(e.alarmData)) return fromLambdaAction(e)
  return {
    source: str(e.source) ?? 'unknown',
    detailType: 'unknown',
    kind: 'event',
    resources: [],
    metrics: [],
    detail: e
  }
}

function titleOf(p: Parts): string {
  const where = p.region ? ` in ${p.region}` : ''
  if (p.kind === 'alarm')
    return `${p.alarmName ?? 'CloudWatch alarm'} is ${p.state ?? 'changed'}${where}`
  const what = p.eventName ? `${p.detailType}: ${p.eventName}` : p.detailType
  const resource = p.resources[0] ? ` on ${p.resources[0].split(/[:/]/).pop() ?? ''}` : ''
  return `${what}${resource}${where}`.slice(0, 256)
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
  return clean({
    source: p.source,
    detailType: p.detailType,
    kind: p.kind,
    title: titleOf(p),
    alarmName: p.alarmName,
    alarmArn: p.alarmArn,
    state: p.state,
    eventName: p.eventName,
    severity: severityFrom(context, p.source, p.detail),
    account: p.account,
    region: p.region,
    time: p.time,
    description: p.description,
    resources: p.resources,
    resourceTypes: [...types],
    metrics: p.metrics,
    tags: stringRecord(context.tags),
    context
  })
}
