// Generated from schemas/incident.schema.json by `npm run generate`. Do not edit.

/**
 * One normalized incident, whatever shape the AWS event arrived in. Runbook `match` rules, triage and the incident issue all read this model.
 */
export interface Incident {
  /**
   * EventBridge `source`, e.g. `aws.cloudwatch`.
   */
  source: string
  /**
   * EventBridge `detail-type`.
   */
  detailType: string
  /**
   * `alarm` for CloudWatch alarm state changes in any wrapping, `event` otherwise.
   */
  kind: 'alarm' | 'event'
  title: string
  alarmName?: string
  alarmArn?: string
  /**
   * Alarm state after the change.
   */
  state?: 'ALARM' | 'OK' | 'INSUFFICIENT_DATA'
  /**
   * The event's own name or code: ECS `eventName`, Health `eventTypeCode`, GuardDuty `type`, EC2 instance `state`.
   */
  eventName?: string
  severity: 'low' | 'medium' | 'high' | 'critical'
  account?: string
  region?: string
  time?: string
  description?: string
  /**
   * Resource ARNs or ids named by the event.
   */
  resources: string[]
  /**
   * `service:type` of each resource, from ARNs and metric dimensions, e.g. `ec2:instance`.
   */
  resourceTypes: string[]
  /**
   * Metrics the alarm watches, including metric-math inputs.
   */
  metrics: Metric[]
  /**
   * Tags supplied by the dispatch context.
   */
  tags: {
    [k: string]: string | undefined
  }
  /**
   * The dispatch `client_payload.context`, as sent.
   */
  context: {}
}
export interface Metric {
  id?: string
  namespace?: string
  name?: string
  dimensions: {
    [k: string]: string | undefined
  }
  expression?: string
  stat?: string
  period?: number
}

export const incidentSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://opsloop.dev/schemas/incident.schema.json',
  title: 'OpsLoop incident',
  description:
    'One normalized incident, whatever shape the AWS event arrived in. Runbook `match` rules, triage and the incident issue all read this model.',
  type: 'object',
  additionalProperties: false,
  required: [
    'source',
    'detailType',
    'kind',
    'title',
    'severity',
    'resources',
    'resourceTypes',
    'metrics',
    'tags',
    'context'
  ],
  properties: {
    source: { type: 'string', description: 'EventBridge `source`, e.g. `aws.cloudwatch`.' },
    detailType: { type: 'string', description: 'EventBridge `detail-type`.' },
    kind: {
      enum: ['alarm', 'event'],
      description: '`alarm` for CloudWatch alarm state changes in any wrapping, `event` otherwise.'
    },
    title: { type: 'string', maxLength: 256 },
    alarmName: { type: 'string' },
    alarmArn: { type: 'string' },
    state: {
      enum: ['ALARM', 'OK', 'INSUFFICIENT_DATA'],
      description: 'Alarm state after the change.'
    },
    eventName: {
      type: 'string',
      description:
        "The event's own name or code: ECS `eventName`, Health `eventTypeCode`, GuardDuty `type`, EC2 instance `state`."
    },
    severity: { enum: ['low', 'medium', 'high', 'critical'] },
    account: { type: 'string' },
    region: { type: 'string' },
    time: { type: 'string' },
    description: { type: 'string' },
    resources: {
      type: 'array',
      items: { type: 'string' },
      description: 'Resource ARNs or ids named by the event.'
    },
    resourceTypes: {
      type: 'array',
      items: { type: 'string' },
      description:
        '`service:type` of each resource, from ARNs and metric dimensions, e.g. `ec2:instance`.'
    },
    metrics: {
      type: 'array',
      items: { $ref: '#/$defs/metric' },
      description: 'Metrics the alarm watches, including metric-math inputs.'
    },
    tags: {
      type: 'object',
      additionalProperties: { type: 'string' },
      description: 'Tags supplied by the dispatch context.'
    },
    context: { type: 'object', description: 'The dispatch `client_payload.context`, as sent.' }
  },
  $defs: {
    metric: {
      type: 'object',
      additionalProperties: false,
      required: ['dimensions'],
      properties: {
        id: { type: 'string' },
        namespace: { type: 'string' },
        name: { type: 'string' },
        dimensions: { type: 'object', additionalProperties: { type: 'string' } },
        expression: { type: 'string' },
        stat: { type: 'string' },
        period: { type: 'integer' }
      }
    }
  }
} as const
