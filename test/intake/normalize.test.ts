import { describe, expect, it } from '@jest/globals'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { Ajv2020 } from 'ajv/dist/2020.js'
import { incidentSchema, type Incident } from '../../src/generated/incident.js'
import { ACCEPTED_PAYLOADS, normalize, resourceTypeOfArn } from '../../src/intake/normalize.js'
import { Redactor } from '../../src/context/redact.js'
import { alarmEvent } from '../helpers/events.js'
import { Fake } from '../fixtures/secrets/fake.js'

const validIncident = new Ajv2020({ allowUnionTypes: true, strictRequired: false }).compile(
  incidentSchema
)

/** Schema errors, so a failure names the field instead of printing `false`. */
const schemaErrors = (incident: Incident): unknown =>
  validIncident(incident) ? [] : validIncident.errors

const readJson = (path: string): unknown =>
  JSON.parse(readFileSync(path, 'utf8').replace(/^\uFEFF/, '')) as unknown

// Our own samples, one per supported shape: modelled on the real ones, with made-up values.
const FIXTURES = join(process.cwd(), 'test', 'fixtures', 'aws-events')
const fixtures = readdirSync(FIXTURES).filter((f) => f.endsWith('.json'))
const fixture = (name: string): unknown => readJson(join(FIXTURES, `${name}.json`))
const normalized = (name: string): Incident => normalize(fixture(name))

// Control characters would break a one-line title.
const CONTROL = /[\p{Cc}\u2028\u2029]/u

const consoleAt = (region: string, path: string): string =>
  `https://${region}.console.aws.amazon.com/${path}`
const ec2Link = (region: string, id: string): object => ({
  title: `EC2 instance ${id}`,
  url: consoleAt(region, `ec2/home?region=${region}#InstanceDetails:instanceId=${id}`)
})

describe('normalize', () => {
  it('reads an EventBridge alarm state change', () => {
    const i = normalize(
      alarmEvent('disk-full', { dimensions: { InstanceId: 'i-0abc', path: '/' } })
    )
    expect(i).toMatchObject({
      source: 'aws.cloudwatch',
      kind: 'alarm',
      alarmName: 'disk-full',
      state: 'ALARM',
      region: 'us-east-1',
      title: 'disk-full is ALARM in us-east-1',
      resourceTypes: expect.arrayContaining(['cloudwatch:alarm', 'ec2:instance']),
      metrics: [
        {
          namespace: 'CWAgent',
          name: 'disk_used_percent',
          dimensions: { InstanceId: 'i-0abc', path: '/' }
        }
      ]
    })
    expect(validIncident(i)).toBe(true)
  })

  it('unwraps a dispatch payload and takes tags and severity from its context', () => {
    const i = normalize({
      event: alarmEvent('x'),
      context: { tags: { team: 'web', n: 3 }, severity: 'CRITICAL' }
    })
    expect(i.tags).toEqual({ team: 'web', n: '3' })
    expect(i.severity).toBe('critical')
  })

  it('reads an SNS-wrapped classic alarm notification', () => {
    const message = {
      AlarmName: 'api-latency',
      AlarmArn: 'arn:aws:cloudwatch:eu-west-1:111122223333:alarm:api-latency',
      NewStateValue: 'ALARM',
      AWSAccountId: '111122223333',
      Trigger: {
        MetricName: 'Latency',
        Namespace: 'AWS/ELB',
        Dimensions: [{ name: 'LoadBalancerName', value: 'api' }]
      }
    }
    const i = normalize({
      Records: [{ Sns: { Message: JSON.stringify(message), Timestamp: '2026-01-01T00:00:00Z' } }]
    })
    expect(i).toMatchObject({
      kind: 'alarm',
      alarmName: 'api-latency',
      region: 'eu-west-1',
      state: 'ALARM',
      metrics: [{ name: 'Latency', dimensions: { LoadBalancerName: 'api' } }]
    })
  })

  it('reads ECS events, with severity from the event type', () => {
    const i = normalize({
      'detail-type': 'ECS Deployment State Change',
      source: 'aws.ecs',
      region: 'us-west-2',
      resources: ['arn:aws:ecs:us-west-2:111122223333:service/default/web'],
      detail: { eventType: 'ERROR', eventName: 'SERVICE_DEPLOYMENT_FAILED' }
    })
    expect(i).toMatchObject({
      kind: 'event',
      eventName: 'SERVICE_DEPLOYMENT_FAILED',
      severity: 'high',
      resourceTypes: ['ecs:service']
    })
    expect(i.title).toBe(
      'ECS Deployment State Change: SERVICE_DEPLOYMENT_FAILED on web in us-west-2'
    )
  })

  it('never throws on junk', () => {
    for (const junk of [
      null,
      undefined,
      42,
      'text',
      [],
      [null],
      { event: '{not json' },
      { detail: 5, source: 7 },
      { Records: 'x' },
      { Records: [{ Sns: { Message: '{"AlarmName": 5}' } }] },
      { alarmData: { state: 'x', configuration: { metrics: 'm' } } },
      { 'detail-type': 'x', detail: { eventDescription: 'd', affectedEntities: 5 } },
      { source: 'aws.guardduty', 'detail-type': 'GuardDuty Finding', detail: { resource: 1 } }
    ]) {
      const i = normalize(junk)
      expect(schemaErrors(i)).toEqual([])
    }
  })

  it('derives resource types from ARNs', () => {
    expect(resourceTypeOfArn('arn:aws:ec2:us-east-1:1:instance/i-1')).toBe('ec2:instance')
    expect(
      resourceTypeOfArn(
        'arn:aws:autoscaling:us-east-1:1:autoScalingGroup:uuid:autoScalingGroupName/web'
      )
    ).toBe('autoscaling:autoScalingGroup')
    expect(resourceTypeOfArn('arn:aws:s3:::bucket')).toBe('s3')
    expect(resourceTypeOfArn('i-123')).toBeUndefined()
  })
})

describe('fixtures', () => {
  it.each(fixtures)(
    '%s normalizes to a valid incident with a clean title and its raw event',
    (f) => {
      const raw = readJson(join(FIXTURES, f))
      const i = normalize(raw)
      expect(schemaErrors(i)).toEqual([])
      expect(i.raw).toEqual(raw)
      expect(i.title).not.toMatch(CONTROL)
      expect(i.title).not.toMatch(/^unknown|undefined/)
      expect(i.kind === 'unrecognized').toBe(f === 'unrecognized.json')
    }
  )
})

describe('CloudWatch alarms', () => {
  it('single metric: id, states, reason apart from description, datapoints and links', () => {
    const i = normalized('eb-alarm-single-metric')
    expect(i).toMatchObject({
      id: '0f4e2a10-5b6c-4d7e-8f90-a1b2c3d4e501',
      kind: 'alarm',
      alarmName: 'checkout-api-cpu-high',
      alarmArn: 'arn:aws:cloudwatch:eu-central-1:111122223333:alarm:checkout-api-cpu-high',
      state: 'ALARM',
      previousState: 'OK',
      severity: 'medium',
      title: 'checkout-api-cpu-high is ALARM in eu-central-1',
      description: 'Checkout API hosts run hot',
      reason: expect.stringMatching(/^Threshold Crossed: 2 out of the last 3 datapoints/),
      resourceTypes: ['cloudwatch:alarm', 'ec2:instance']
    })
    expect(i.alarm).toEqual({
      type: 'metric',
      comparison: 'GreaterThanThreshold',
      threshold: 85,
      evaluationPeriods: 3,
      datapointsToAlarm: 2,
      recentDatapoints: [84, 91, 97.25],
      evaluatedDatapoints: [
        { timestamp: '2026-03-02T08:14:00.000+0000', value: 97.25, sampleCount: 5 },
        { timestamp: '2026-03-02T08:13:00.000+0000', value: 91, sampleCount: 5 }
      ]
    })
    expect(i.links).toEqual([
      {
        title: 'CloudWatch alarm checkout-api-cpu-high',
        url: consoleAt(
          'eu-central-1',
          'cloudwatch/home?region=eu-central-1#alarmsV2:alarm/checkout-api-cpu-high'
        )
      },
      ec2Link('eu-central-1', 'i-0a1b2c3d4e5f60718')
    ])
  })

  it('metric math: an expression makes it metric-math; all inputs are metrics', () => {
    const i = normalized('eb-alarm-metric-math')
    expect(i.alarm).toEqual({
      type: 'metric-math',
      comparison: 'GreaterThanOrEqualToThreshold',
      threshold: 5,
      evaluationPeriods: 1,
      datapointsToAlarm: 1,
      recentDatapoints: [7.5]
    })
    expect(i.previousState).toBe('INSUFFICIENT_DATA')
    expect(i.metrics.map((m) => m.id)).toEqual(['e1', 'm1', 'm2'])
    expect(i.resourceTypes).toContain('elasticloadbalancing:loadbalancer')
  })

  it('anomaly detection: the band is the threshold metric, with no static threshold', () => {
    const i = normalized('eb-alarm-anomaly-detection')
    expect(i.alarm).toEqual({
      type: 'anomaly-detection',
      comparison: 'LessThanLowerOrGreaterThanUpperThreshold',
      thresholdMetricId: 'band1',
      evaluationPeriods: 1,
      datapointsToAlarm: 1,
      recentDatapoints: [412.5]
    })
    // A name with spaces is encoded in the console link.
    expect(i.links?.[0]?.url).toBe(
      consoleAt(
        'ap-southeast-2',
        'cloudwatch/home?region=ap-southeast-2#alarmsV2:alarm/search%20latency%20band'
      )
    )
  })

  it('composite: rule and suppression, and nothing read from the children-only reason', () => {
    const i = normalized('eb-alarm-composite-suppressor')
    expect(i.alarm).toEqual({
      type: 'composite',
      rule: 'ALARM(storefront-5xx) OR ALARM(storefront-latency)',
      actionsSuppressedBy: 'Alarm'
    })
    expect(i).toMatchObject({
      state: 'ALARM',
      previousState: 'OK',
      description: 'Storefront is degraded',
      reason: expect.stringContaining('storefront-5xx transitioned to ALARM'),
      metrics: [],
      details: { actionsSuppressor: 'storefront-maintenance' }
    })
  })

  it('SNS single metric: MessageId, Trigger settings and datapoints from the reason text', () => {
    const i = normalized('sns-alarm-single-metric')
    expect(i).toMatchObject({
      id: '7c1d2e3f-4a5b-4c6d-8e7f-000000000011',
      kind: 'alarm',
      alarmName: 'billing-queue-depth',
      state: 'ALARM',
      previousState: 'OK',
      account: '111122223333',
      region: 'eu-west-1',
      time: '2026-03-02T12:02:10.000+0000',
      description: 'Billing queue is backing up',
      reason: expect.stringMatching(/^Threshold Crossed/),
      resourceTypes: ['cloudwatch:alarm', 'sqs:queue'],
      metrics: [
        {
          namespace: 'AWS/SQS',
          name: 'ApproximateNumberOfMessagesVisible',
          dimensions: { QueueName: 'billing-jobs' },
          stat: 'MAXIMUM',
          period: 60
        }
      ]
    })
    expect(i.alarm).toEqual({
      type: 'metric',
      comparison: 'GreaterThanThreshold',
      threshold: 1000,
      evaluationPeriods: 2,
      datapointsToAlarm: 2,
      recentDatapoints: [1288, 1530]
    })
  })

  it('SNS multi-metric: Trigger.Metrics make it metric-math, and links name both hosts', () => {
    const i = normalized('sns-alarm-multi-metric')
    expect(i.alarm).toMatchObject({
      type: 'metric-math',
      comparison: 'GreaterThanThreshold',
      threshold: 1e9,
      recentDatapoints: [2.5e9]
    })
    expect(i.metrics).toHaveLength(3)
    expect(i.links).toEqual([
      expect.objectContaining({ title: 'CloudWatch alarm fleet-network-out' }),
      ec2Link('us-west-2', 'i-0a1b2c3d4e5f60718'),
      ec2Link('us-west-2', 'i-0fedcba9876543210')
    ])
  })

  it('Lambda action: no id, configuration as in EventBridge, ECS service link from dimensions', () => {
    const i = normalized('lambda-action-alarm')
    expect(i.id).toBeUndefined()
    expect(i).toMatchObject({
      source: 'aws.cloudwatch',
      detailType: 'CloudWatch Alarm State Change',
      kind: 'alarm',
      alarmName: 'payments-service-memory',
      state: 'ALARM',
      previousState: 'OK',
      account: '111122223333',
      region: 'us-east-2',
      description: 'Payments service memory is near its limit',
      reason: expect.stringMatching(/^Threshold Crossed: 3 out of the last 3/),
      alarm: {
        type: 'metric',
        threshold: 90,
        recentDatapoints: [90.4, 92.1, 93],
        evaluatedDatapoints: [
          { timestamp: '2026-03-02T13:04:00.000+0000', value: 93, sampleCount: 2 }
        ]
      },
      resourceTypes: ['cloudwatch:alarm', 'ecs:cluster', 'ecs:service']
    })
    expect(i.links).toContainEqual({
      title: 'ECS service payments-api',
      url: consoleAt('us-east-2', 'ecs/v2/clusters/payments/services/payments-api?region=us-east-2')
    })
  })

  it('keeps description to the configured text: the state reason goes to reason only', () => {
    const i = normalize(alarmEvent('no-description'))
    expect(i.description).toBeUndefined()
    expect(i.reason).toBe('Threshold Crossed')
    const classic = normalize({ AlarmName: 'a', NewStateValue: 'OK', NewStateReason: 'fine' })
    expect(classic).toMatchObject({ kind: 'alarm', state: 'OK', reason: 'fine' })
    expect(classic.description).toBeUndefined()
  })
})

describe('EC2', () => {
  it('instance state change: the state is the event name and sets the severity', () => {
    const i = normalized('eb-ec2-state-change-stopped')
    expect(i).toMatchObject({
      id: '0f4e2a10-5b6c-4d7e-8f90-a1b2c3d4e510',
      kind: 'event',
      eventName: 'stopped',
      severity: 'high',
      title:
        'EC2 Instance State-change Notification: stopped on i-0a1b2c3d4e5f60718 in eu-central-1',
      resources: ['arn:aws:ec2:eu-central-1:111122223333:instance/i-0a1b2c3d4e5f60718'],
      resourceTypes: ['ec2:instance'],
      details: { state: 'stopped', instance: 'i-0a1b2c3d4e5f60718' },
      links: [ec2Link('eu-central-1', 'i-0a1b2c3d4e5f60718')]
    })
    const running = normalize({
      'detail-type': 'EC2 Instance State-change Notification',
      source: 'aws.ec2',
      detail: { 'instance-id': 'i-0123456789abcdef0', state: 'running' }
    })
    expect(running).toMatchObject({
      eventName: 'running',
      severity: 'low',
      resources: ['i-0123456789abcdef0'],
      resourceTypes: ['ec2:instance']
    })
  })

  it('spot interruption warning: the instance becomes a resource and the action the reason', () => {
    const i = normalized('eb-ec2-spot-interruption')
    expect(i).toMatchObject({
      eventName: 'spot-interruption',
      severity: 'medium',
      reason: 'Spot interruption: terminate',
      resources: ['i-0fedcba9876543210'],
      resourceTypes: ['ec2:instance'],
      details: { instance: 'i-0fedcba9876543210', action: 'terminate' },
      links: [ec2Link('eu-central-1', 'i-0fedcba9876543210')]
    })
  })
})

describe('ECS', () => {
  it('stopped task: last status, stop reason and a link to its service', () => {
    const i = normalized('eb-ecs-task-stopped')
    expect(i).toMatchObject({
      eventName: 'STOPPED',
      severity: 'high',
      reason: 'Essential container in task exited',
      title: 'ECS Task State Change: STOPPED on service:payments-api in us-east-2',
      resourceTypes: ['ecs:task'],
      details: {
        lastStatus: 'STOPPED',
        desiredStatus: 'STOPPED',
        stoppedReason: 'Essential container in task exited',
        stopCode: 'EssentialContainerExited',
        group: 'service:payments-api',
        taskDefinition: 'payments-api:42'
      },
      links: [
        {
          title: 'ECS service payments-api',
          url: consoleAt(
            'us-east-2',
            'ecs/v2/clusters/payments/services/payments-api?region=us-east-2'
          )
        }
      ]
    })
  })

  it('service action: event name, ERROR severity and the reason', () => {
    const i = normalized('eb-ecs-service-action-placement-failure')
    expect(i).toMatchObject({
      eventName: 'SERVICE_TASK_PLACEMENT_FAILURE',
      severity: 'high',
      reason: 'RESOURCE:MEMORY',
      resourceTypes: ['ecs:service'],
      details: {
        eventType: 'ERROR',
        eventName: 'SERVICE_TASK_PLACEMENT_FAILURE',
        reason: 'RESOURCE:MEMORY'
      },
      links: [
        {
          title: 'ECS service payments-worker',
          url: consoleAt(
            'us-east-2',
            'ecs/v2/clusters/payments/services/payments-worker?region=us-east-2'
          )
        }
      ]
    })
  })

  it('failed deployment: deployment id and circuit-breaker reason', () => {
    const i = normalized('eb-ecs-deployment-failed')
    expect(i).toMatchObject({
      eventName: 'SERVICE_DEPLOYMENT_FAILED',
      severity: 'high',
      reason: 'ECS deployment circuit breaker: 3 tasks failed to start.',
      details: { eventType: 'ERROR', deploymentId: 'ecs-svc/4242424242424242424' }
    })
    expect(i.description).toBeUndefined()
  })

  it('container instance: a disconnected agent is high, and its host is linked', () => {
    const i = normalized('eb-ecs-container-instance-disconnected')
    expect(i).toMatchObject({
      eventName: 'ACTIVE',
      severity: 'high',
      resourceTypes: ['ecs:container-instance'],
      details: {
        status: 'ACTIVE',
        agentConnected: 'false',
        instance: 'i-0123456789abcdef0',
        cluster: 'batch'
      },
      links: [ec2Link('us-east-2', 'i-0123456789abcdef0')]
    })
  })
})

describe('AWS Health', () => {
  it('issue: event type code, high severity, English latest description and entities', () => {
    const i = normalized('eb-health-issue')
    expect(i).toMatchObject({
      eventName: 'AWS_EC2_OPERATIONAL_ISSUE',
      severity: 'high',
      reason: 'We are investigating increased launch error rates in one Availability Zone.',
      resourceTypes: ['ec2:instance'],
      details: {
        service: 'EC2',
        eventTypeCategory: 'issue',
        statusCode: 'open',
        affectedEntities: 'i-0a1b2c3d4e5f60718, i-0fedcba9876543210'
      }
    })
    expect(i.links?.[0]).toEqual({
      title: 'AWS Health dashboard',
      url: 'https://health.aws.amazon.com/health/home#/account/dashboard/open-issues'
    })
  })

  it('category sets the severity; affected entities are capped at ten', () => {
    const health = (category: string): Incident =>
      normalize({
        'detail-type': 'AWS Health Event',
        source: 'aws.health',
        detail: {
          eventTypeCode: 'X',
          eventTypeCategory: category,
          affectedEntities: Array.from({ length: 15 }, (_, n) => ({ entityValue: `e${n}` }))
        }
      })
    expect(health('scheduledChange').severity).toBe('medium')
    expect(health('accountNotification').severity).toBe('low')
    expect(health('issue').details?.affectedEntities?.split(', ')).toHaveLength(10)
  })

  it('reads a PutEvents entry (Detail as a JSON string), alone or as a list', () => {
    const entry = fixture('putevents-entry-health')
    for (const payload of [entry, [entry], { Entries: [entry] }]) {
      const i = normalize(payload)
      expect(i).toMatchObject({
        source: 'com.example.health-relay',
        detailType: 'AWS Health Event',
        kind: 'event',
        eventName: 'AWS_ECS_TASK_PATCHING_RETIREMENT',
        severity: 'medium',
        reason: 'Tasks of payments/payments-api will be replaced to apply platform patches.',
        resourceTypes: ['ecs:service']
      })
      expect(i.raw).toEqual(payload)
    }
  })
})

describe('GuardDuty', () => {
  it('finding: type, numeric severity, title as description, finding and instance links', () => {
    const i = normalized('eb-guardduty-finding')
    expect(i).toMatchObject({
      id: '0f4e2a10-5b6c-4d7e-8f90-a1b2c3d4e540',
      eventName: 'CryptoCurrency:EC2/BitcoinTool.B!DNS',
      severity: 'high',
      description:
        'EC2 instance i-0a1b2c3d4e5f60718 is querying a domain name associated with Bitcoin activity.',
      reason: expect.stringContaining('Bitcoin-related activity'),
      resources: ['i-0a1b2c3d4e5f60718'],
      resourceTypes: ['ec2:instance'],
      details: {
        type: 'CryptoCurrency:EC2/BitcoinTool.B!DNS',
        severity: '8',
        resourceType: 'Instance',
        instance: 'i-0a1b2c3d4e5f60718'
      },
      links: [
        {
          title: 'GuardDuty finding',
          url: consoleAt(
            'eu-central-1',
            'guardduty/home?region=eu-central-1#/findings?fId=a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6'
          )
        },
        ec2Link('eu-central-1', 'i-0a1b2c3d4e5f60718')
      ]
    })
  })

  it('maps the numeric severity', () => {
    const finding = (severity: number): Incident['severity'] =>
      normalize({
        source: 'aws.guardduty',
        'detail-type': 'GuardDuty Finding',
        detail: { severity }
      }).severity
    expect([2, 4, 6.9, 7, 8.9, 9].map(finding)).toEqual([
      'low',
      'medium',
      'medium',
      'high',
      'high',
      'critical'
    ])
  })
})

describe('Auto Scaling, generic and unrecognized payloads', () => {
  it('launch unsuccessful: detail-type as event name, high, status message as reason', () => {
    const i = normalized('eb-autoscaling-launch-unsuccessful')
    expect(i).toMatchObject({
      eventName: 'EC2 Instance Launch Unsuccessful',
      severity: 'high',
      title: 'EC2 Instance Launch Unsuccessful on web-fleet in eu-central-1',
      reason: expect.stringContaining('sufficient m6i.large capacity'),
      resourceTypes: ['autoscaling:autoScalingGroup'],
      details: {
        autoScalingGroup: 'web-fleet',
        statusCode: 'Failed',
        cause: expect.stringMatching(/^At 2026-03-02/)
      }
    })
    expect(i.links).toBeUndefined()
  })

  it('any other EventBridge event: type as event name, reason, no invented facts', () => {
    const i = normalized('eb-generic-unknown')
    expect(i).toMatchObject({
      source: 'com.example.payments',
      detailType: 'Payment Provider Degraded',
      kind: 'event',
      eventName: 'PROVIDER_TIMEOUTS',
      severity: 'medium',
      reason: 'p95 provider latency above 4s for 10 minutes',
      title: 'Payment Provider Degraded: PROVIDER_TIMEOUTS on payment-probe in eu-central-1',
      resourceTypes: ['lambda:function']
    })
    expect(i.details).toBeUndefined()
    expect(i.alarm).toBeUndefined()
  })

  it('unrecognized: says so, with the source when there is one and what was not recognized', () => {
    expect(normalized('unrecognized')).toMatchObject({
      source: 'my.cron',
      detailType: 'unknown',
      kind: 'unrecognized',
      title:
        'Unrecognized incident payload from my.cron: it has `source` but no `detail-type` or `detail`',
      severity: 'medium',
      resources: []
    })
    for (const junk of [{ awslogs: { data: 'H4sI' } }, 'text', null, { source: 7 }]) {
      expect(normalize(junk)).toMatchObject({
        source: 'unknown',
        kind: 'unrecognized',
        title: expect.stringMatching(/^Unrecognized incident payload: \S/)
      })
    }
  })

  it.each([
    [undefined, 'the payload is empty'],
    [null, 'the payload is null, not an object'],
    ['text', 'the payload is a string, not an object'],
    [42, 'the payload is a number, not an object'],
    [[], 'the payload is an empty list'],
    [[{ x: 1 }], 'the payload is a list whose first item is not a PutEvents entry'],
    [{}, 'the payload is an empty object'],
    [{ event: '{not json' }, '`event` is a string that is not JSON'],
    [{ event: null }, '`event` is null, not an object'],
    [{ event: 7, context: {} }, '`event` is a number, not an object'],
    [{ event: {} }, '`event` is an empty object'],
    [{ awslogs: { data: 'H4sI' } }, '`awslogs`: a CloudWatch Logs subscription delivery'],
    [{ Records: 'x' }, '`Records` is not a list'],
    [{ Records: [] }, '`Records` is empty'],
    [
      { Records: [{ eventSource: 'aws:s3', s3: {} }] },
      '`Records[0]` has no `Sns` (it is a record from "aws:s3")'
    ],
    [{ Records: [{ Sns: { Message: '{nope' } }] }, '`Records[0].Sns.Message` is not JSON'],
    [{ Records: [{ Sns: {} }] }, '`Records[0].Sns.Message` is missing'],
    [
      { Records: [{ Sns: { Message: '{"AlarmName": 5}' } }] },
      '`Records[0].Sns.Message` is neither a CloudWatch alarm notification (`AlarmName`) nor an EventBridge event'
    ],
    [{ Type: 'Notification', Message: '"hi"' }, 'the SNS `Message` is a string, not an object'],
    [{ Entries: [] }, '`Entries` holds no PutEvents entry'],
    [{ alarmData: 'x' }, '`alarmData` is not an object'],
    [{ AlarmName: '' }, '`AlarmName` is not a non-empty string'],
    [{ 'detail-type': 5, source: 'aws.ec2' }, '`detail-type` is not a string'],
    [{ source: 7 }, '`source` is not a string'],
    [{ source: 'my.app', detail: 'x' }, '`detail` is not an object'],
    [{ source: 'my.app' }, 'it has `source` but no `detail-type` or `detail`'],
    [{ detail: { a: 1 } }, 'it has `detail` but no `source` or `detail-type`'],
    [{ Source: 'my.app' }, 'a PutEvents entry needs `DetailType`, or `Source` with `Detail`'],
    [{ context: { severity: 'high' } }, 'it has `context` but no `event`'],
    [
      { a: 1, b: 2, c: 3, d: 4, e: 5, f: 6, 'g`h': 7 },
      'none of the fields OpsLoop reads is there (top-level keys: "a", "b", "c", "d", "e", "f", … 1 more)'
    ]
  ])('unrecognized %j: the title says %s', (payload, what) => {
    const i = normalize(payload)
    expect(i.kind).toBe('unrecognized')
    expect(i.title).toMatch(/^Unrecognized incident payload( from \S+)?: /)
    expect(i.title.replace(/^Unrecognized incident payload( from \S+)?: /, '')).toContain(what)
    expect(i.title).not.toMatch(CONTROL)
    expect(schemaErrors(i)).toEqual([])
  })

  it('quotes payload keys in one short line, without backticks', () => {
    const key = `x\`y\n${'z'.repeat(100)}`
    const i = normalize({ [key]: 1 })
    expect(i.title).toContain('"x\'y z')
    expect(i.title).not.toMatch(CONTROL)
    expect(i.title.length).toBeLessThan(160)
  })

  it('names every shape OpsLoop reads in ACCEPTED_PAYLOADS', () => {
    for (const shape of [
      'EventBridge event (`source`, `detail-type` and `detail`',
      'CloudWatch alarm state change',
      'wrapped in SNS',
      "alarm's Lambda action payload (`alarmData`)",
      'PutEvents entry',
      'dispatch envelope `{"event": …'
    ])
      expect(ACCEPTED_PAYLOADS).toContain(shape)
  })

  it('reads an EventBridge event delivered through SNS, keeping the event id', () => {
    const event = fixture('eb-ec2-state-change-stopped')
    const i = normalize({
      Records: [{ Sns: { MessageId: 'sns-1', Message: JSON.stringify(event) } }]
    })
    expect(i).toMatchObject({
      id: '0f4e2a10-5b6c-4d7e-8f90-a1b2c3d4e510',
      eventName: 'stopped'
    })
  })
})

describe('raw, severity override, titles, links and details', () => {
  it('raw is the event after the dispatch envelope; undecodable text is kept as sent', () => {
    const event = fixture('eb-ecs-deployment-failed')
    expect(normalize({ event, context: {} }).raw).toEqual(event)
    expect(normalize({ event: JSON.stringify(event) }).raw).toEqual(event)
    expect(normalize({ event: '{not json' }).raw).toBe('{not json')
    expect(normalize(undefined).raw).toBeNull()
  })

  it('a dispatch context severity wins over the source severity', () => {
    const event = fixture('eb-ec2-state-change-stopped')
    expect(normalize({ event, context: { severity: 'low' } }).severity).toBe('low')
    expect(normalize({ event, context: { severity: 'bogus' } }).severity).toBe('high')
  })

  it('titles are one line of at most 256 characters', () => {
    const long = normalize(alarmEvent(`a\u0000b\r\nc\u2028${'x'.repeat(400)}`))
    expect(long.title).not.toMatch(CONTROL)
    expect(long.title.startsWith('a b c x')).toBe(true)
    expect(Array.from(long.title)).toHaveLength(256)
    const emoji = normalize({ source: `s${'😀'.repeat(300)}`, junk: true })
    expect(schemaErrors(emoji)).toEqual([])
    expect(emoji.title).not.toMatch(/[\uD800-\uDBFF]$/)
  })

  it('builds links only from a valid region and well-formed ids, encoding names', () => {
    const base = fixture('eb-alarm-single-metric') as Record<string, unknown>
    for (const region of ['evil.example.com/', 'us-east-1.attacker', 'US-EAST-1', '']) {
      expect(normalize({ ...base, region }).links).toBeUndefined()
    }
    const hostile = normalize({
      ...base,
      resources: ['i-0123456789abcdef0/../../x', 'arn:aws:ecs:us-east-1:1:service/c/s?x=y#z'],
      detail: { alarmName: 'a/b#c?d&e', state: { value: 'ALARM' } }
    })
    expect(hostile.links).toEqual([
      {
        title: 'CloudWatch alarm a/b#c?d&e',
        url: consoleAt(
          'eu-central-1',
          'cloudwatch/home?region=eu-central-1#alarmsV2:alarm/a%2Fb%23c%3Fd%26e'
        )
      },
      {
        title: 'ECS service s?x=y#z',
        url: consoleAt('us-east-1', 'ecs/v2/clusters/c/services/s%3Fx%3Dy%23z?region=us-east-1')
      }
    ])
  })

  it('keeps at most five links', () => {
    const ids = Array.from({ length: 8 }, (_, n) => `i-0123456789abcdef${n}`)
    const i = normalize({
      'detail-type': 'AWS Health Event',
      source: 'aws.health',
      region: 'us-east-1',
      resources: ids,
      detail: { eventTypeCode: 'X' }
    })
    expect(i.links).toHaveLength(5)
    expect(i.links?.[0]?.title).toBe('AWS Health dashboard')
  })

  it('details are short, one-line strings', () => {
    const i = normalize({
      'detail-type': 'ECS Task State Change',
      source: 'aws.ecs',
      detail: {
        lastStatus: 'STOPPED',
        stoppedReason: `line1\nline2 ${'y'.repeat(300)}`,
        desiredStatus: 7
      }
    })
    expect(schemaErrors(i)).toEqual([])
    expect(i.details?.stoppedReason).toHaveLength(200)
    expect(i.details?.stoppedReason?.startsWith('line1 line2')).toBe(true)
    expect(i.details?.desiredStatus).toBe('7')
    expect(i.reason).toBe(`line1\nline2 ${'y'.repeat(300)}`)
  })
})

// Real AWS samples from ../shared (not shipped with the project): each must normalize to a
// schema-valid incident with the specifics its family promises. Skipped with a note when the
// folder is absent.
const SHARED = join(process.cwd(), '..', 'shared', 'testdata', 'aws-events')
const shared = existsSync(SHARED)
  ? readdirSync(SHARED).filter((f) => f.endsWith('.json') && !f.startsWith('_'))
  : []
if (shared.length === 0) console.info(`skipping shared AWS sample conformance: ${SHARED} is absent`)

const whenShared = shared.length > 0 ? describe : describe.skip

/** The finding-only GuardDuty samples in the envelope GuardDuty documents for EventBridge. */
function asDelivered(file: string, sample: unknown): unknown {
  if (!file.startsWith('guardduty-finding-detail-')) return sample
  return {
    version: '0',
    'detail-type': 'GuardDuty Finding',
    source: 'aws.guardduty',
    account: '111122223333',
    region: 'us-east-1',
    time: '2026-01-01T00:00:00Z',
    id: 'guardduty-envelope',
    resources: [],
    detail: sample
  }
}

function expectedAlarmType(file: string): string {
  if (file.includes('anomaly-detection')) return 'anomaly-detection'
  if (file.includes('composite')) return 'composite'
  if (/metric-math|multiple-metrics/.test(file)) return 'metric-math'
  return 'metric'
}

whenShared('shared AWS samples', () => {
  it.each(shared.length > 0 ? shared : ['(absent)'])(
    '%s normalizes to a valid incident with its specifics',
    (file) => {
      const sample = readJson(join(SHARED, file))
      const incident = normalize(asDelivered(file, sample))
      expect(schemaErrors(incident)).toEqual([])
      expect(incident.title).not.toMatch(CONTROL)

      if (file === 'cloudwatch-logs-subscription-event.json') {
        expect(incident.kind).toBe('unrecognized')
        expect(incident.title).toBe(
          'Unrecognized incident payload: `awslogs`: a CloudWatch Logs subscription delivery is log data, not an incident (alarm on the logs instead)'
        )
        return
      }
      expect(incident.kind).not.toBe('unrecognized')
      expect(incident.title).not.toMatch(/unknown|undefined|^Event from/i)

      if (/alarm-state-change|^sns-|^lambda-action/.test(file)) {
        expect(incident.kind).toBe('alarm')
        expect(incident.alarmName).toBeTruthy()
        expect(incident.state).toBeDefined()
        expect(incident.alarm?.type).toBe(expectedAlarmType(file))
      }
      if (file.includes('configuration-change')) {
        expect(incident.detailType).toBe('CloudWatch Alarm Configuration Change')
        expect(incident.kind).toBe('event')
      }
      if (file.startsWith('eb-ec2-')) {
        expect(incident.eventName).toBeTruthy()
        expect(incident.resourceTypes).toContain('ec2:instance')
      }
      if (file.startsWith('eb-ecs-')) {
        expect(incident.resourceTypes.length).toBeGreaterThan(0)
        for (const t of incident.resourceTypes) expect(t).toMatch(/^ecs:/)
      }
      if (file.startsWith('guardduty-')) {
        const finding = sample as { type: string }
        expect(incident.eventName).toBe(finding.type)
        expect(incident.severity).toBe('medium')
      }
      if (file.includes('health')) {
        expect(incident.eventName).toMatch(/^AWS_/)
        expect(incident.reason).toBeTruthy()
      }
      if (file.includes('autoscaling')) {
        expect(incident.eventName).toBe('EC2 Instance Launch Unsuccessful')
        expect(incident.severity).toBe('high')
      }
    }
  )
})

// The run's redactor sees the incident only after normalize has cut its title (256), link titles
// (200), details (200) and the payload keys an unrecognized title quotes (40): each cut must keep
// clear of secrets, or it leaves a prefix no pattern knows for the issue to show.
describe('cuts keep clear of secrets', () => {
  const f = new Fake(8_675_309)
  const GHP = f.githubClassic()
  const AWS_SECRET = f.awsSecretKey()
  /** A padding word and a space: `n` characters in all. */
  const pad = (n: number): string => `${'-'.repeat(n - 1)} `
  /** The incident as the run's redactor leaves it (normalizeDelivery does exactly this). */
  const delivered = (payload: unknown): string =>
    JSON.stringify(new Redactor().json(normalize(payload)))

  it('the title, cut at 256 through an alarm name', () => {
    const name = `${pad(230)}${GHP}`
    const i = normalize(alarmEvent(name))
    expect(Array.from(i.title).length).toBeLessThanOrEqual(256)
    expect(i.title).toBe(pad(230).trimEnd())
    expect(schemaErrors(i)).toEqual([])
    expect(delivered(alarmEvent(name))).not.toContain(GHP.slice(0, 8))
  })

  it("a console link's title, cut at 200 (`CloudWatch alarm ` and the name)", () => {
    const name = `${pad(175)}${AWS_SECRET}`
    const i = normalize(alarmEvent(name))
    expect(i.links?.[0]?.title).toBe(`CloudWatch alarm ${pad(175)}`.trimEnd())
    // The title is not cut: the key is there whole, and redacted whole.
    expect(i.title).toContain(AWS_SECRET)
    const out = delivered(alarmEvent(name))
    expect(out).not.toContain(AWS_SECRET.slice(0, 8))
    expect(out).toContain('[REDACTED:aws-secret-key#1]')
  })

  it('an ECS detail, cut at 200', () => {
    const event = {
      'detail-type': 'ECS Task State Change',
      source: 'aws.ecs',
      detail: {
        lastStatus: 'STOPPED',
        stoppedReason: `${pad(160)}CannotPullContainerError: ${GHP} rejected`
      }
    }
    expect(normalize(event).details?.stoppedReason).toMatch(/CannotPullContainerError:$/)
    expect(delivered(event)).not.toContain(GHP.slice(0, 8))
  })

  it('a payload key quoted in the title of an unrecognized payload, cut at 40', () => {
    const key = `${pad(30)}${GHP}`
    const i = normalize({ [key]: 1 })
    expect(i.title).toContain(`"${pad(30).trimEnd()}"`)
    expect(delivered({ [key]: 1 })).not.toContain(GHP.slice(0, 8))
  })
})
