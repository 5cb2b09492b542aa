// infra/opsloop-detector.yaml, the log anomaly detector's stack, as CloudFormation deploys it for
// each parameter set (its Fn::ForEach expanded as the AWS::LanguageExtensions transform does):
// AWS's resource specification and the deploy-time limits; the stream, subscriptions, table,
// function, event source mapping, queues and alarms with the properties the design needs; the
// function's role allowing exactly the AWS calls of the code the function loads (read from
// src/entries/detector.ts's imports), what its event source mapping and destination need, and its
// logs, each on this stack's resources only; and the rule: a real anomaly event (the detector's,
// through the EventBridge stand-in) matches it, and its transformer makes a dispatch intake reads.
import { EventBridgeClient } from '@aws-sdk/client-eventbridge'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { awsSettings, startStandIns, type StandIns } from '../../harness/standins/index.js'
import { eventBridgeAnomalySink } from '../../src/adapters/aws/anomaly-events.js'
import { Detector } from '../../src/detect/detector.js'
import { MemoryStore } from '../../src/detect/memory-store.js'
import { parseDetectorConfig } from '../../src/detect/settings.js'
import { DETECTOR_VARIABLES } from '../../src/entries/detector.js'
import { readDelivery } from '../../src/intake/dispatch.js'
import { normalize } from '../../src/intake/normalize.js'
import {
  evaluate,
  isObject,
  loadTemplate,
  PSEUDO_PARAMETERS,
  text,
  type Evaluated,
  type Json,
  type JsonObject
} from './cfn.js'
import { awsOperations, loadedFiles } from './code-actions.js'
import { applyInputTemplate, matchesPattern } from './eventbridge.js'
import { expandLanguageExtensions } from './foreach.js'
import { isAllowed, type Statement } from './iam.js'
import { checkProperties, knownMetric, resourceSpec, validateTemplate } from './validate.js'

const PATH = 'infra/opsloop-detector.yaml'
const source = readFileSync(PATH, 'utf8')
const template = loadTemplate(PATH)
const HERE = `${PSEUDO_PARAMETERS['AWS::Region']}:${PSEUDO_PARAMETERS['AWS::AccountId']}`
const DESTINATION = `arn:aws:events:${HERE}:api-destination/opsloop-github-dispatches/8a6c7d21-5e0f-4b4e-9a1e-3c2d1b0a9f8e`

/** The parameters without defaults, and the log groups of the default mode. */
const REQUIRED = {
  ApiDestinationArn: DESTINATION,
  AlarmTopicArn: `arn:aws:sns:${HERE}:oncall`,
  CodeS3Bucket: 'acme-artifacts',
  CodeS3Key: 'opsloop/detector-0.1.0.zip'
}
const LOG_GROUPS = { ...REQUIRED, LogGroupNames: '/aws/lambda/orders,/ecs/checkout/web' }

const PARAMETER_SETS: Record<string, Record<string, string>> = {
  'two log groups': LOG_GROUPS,
  'the account, two exclusions': {
    ...REQUIRED,
    Subscribe: 'account',
    ExcludedLogGroupNames: '/aws/lambda/log-shipper,/aws/kinesisfirehose/archive'
  },
  'the account, no exclusion, every knob turned': {
    ...REQUIRED,
    Subscribe: 'account',
    AlarmTopicArn: 'none',
    EventBusName: 'opsloop',
    DispatchEventType: 'log-anomaly',
    FilterPattern: '?ERROR ?WARN ?FATAL',
    CodeS3ObjectVersion: '3HL4kqtJlcpXroDTDmJ.rmSpXd3dIbrHY',
    DetectorConfig: '{"defaults":{"learning":"2h"}}',
    MemorySize: '2048',
    Timeout: '300',
    ReservedConcurrency: '20',
    StreamRetentionHours: '48',
    BatchSize: '500',
    MaximumBatchingWindowInSeconds: '5',
    ParallelizationFactor: '4',
    MaximumRetryAttempts: '5',
    MaximumRecordAgeInSeconds: '3600',
    IteratorAgeAlarmSeconds: '600',
    PointInTimeRecovery: 'true',
    LogRetentionInDays: '90'
  }
}

/** The template as deployed with these parameters: expanded, then resolved. */
const deployed = (params: Record<string, string>): Evaluated =>
  evaluate(expandLanguageExtensions(template, params), params)

const resourcesOf = (params: Record<string, string>, type: string) =>
  Object.entries(deployed(params).resources).filter(([, r]) => r.Type === type)

function resource(params: Record<string, string>, id: string): JsonObject {
  const r = deployed(params).resources[id]
  if (r === undefined) throw new Error(`no ${id} with these parameters`)
  return r.Properties
}

const asList = (v: Json | undefined): string[] =>
  v === undefined ? [] : (Array.isArray(v) ? v : [v]).map(String)

/** A role's inline policies as statements (this stack attaches no other policy). */
function statementsOf(role: JsonObject): Statement[] {
  return (role.Policies as JsonObject[]).flatMap((p) =>
    ((p.PolicyDocument as JsonObject).Statement as JsonObject[]).map((s) => ({
      Effect: text(s.Effect),
      Action: asList(s.Action),
      Resource: asList(s.Resource),
      ...(isObject(s.Condition) ? { Condition: s.Condition } : {})
    }))
  )
}

const allowed = (statements: Statement[]): string[] =>
  [...new Set(statements.flatMap((s) => s.Action))].sort()

describe('infra/opsloop-detector.yaml', () => {
  it('deploys without an S3 bucket: the template body is under 51,200 bytes', () => {
    expect(Buffer.byteLength(source)).toBeLessThanOrEqual(51_200)
  })

  it.each(Object.entries(PARAMETER_SETS))(
    'passes the resource specification and reference checks, expanded with %s',
    (_, params) => {
      expect(validateTemplate(expandLanguageExtensions(template, params), source)).toEqual([])
    }
  )

  it.each(Object.entries(PARAMETER_SETS))(
    'resolves with %s into resources whose properties match the specification',
    (_, params) => {
      const errors: string[] = []
      for (const [id, r] of Object.entries(deployed(params).resources)) {
        const rs = resourceSpec(r.Type)
        if (rs === undefined) errors.push(`${id}: unknown type ${r.Type}`)
        else checkProperties(r.Properties, rs.properties, id, errors)
      }
      expect(errors).toEqual([])
    }
  )

  it('requires only the API destination, the alarm topic and the code`s bucket and key', () => {
    const required = Object.entries(template.Parameters ?? {})
      .filter(([, p]) => p.Default === undefined)
      .map(([name]) => name)
    expect(required.sort()).toEqual(Object.keys(REQUIRED).sort())
  })

  it('refuses log-groups mode without log groups, and a destination that is not one', () => {
    expect(() => deployed(REQUIRED)).toThrow(/rule LogGroupsToWatch: With Subscribe log-groups/)
    expect(() =>
      deployed({ ...LOG_GROUPS, ApiDestinationArn: `arn:aws:events:${HERE}:rule/opsloop` })
    ).toThrow(/ApiDestinationArn/)
    expect(() => deployed({ ...LOG_GROUPS, FilterPattern: '"ERROR"' })).toThrow(/FilterPattern/)
  })
})

describe('the logs into the stream', () => {
  it('is an on-demand stream, encrypted with the AWS managed key, for the retention asked', () => {
    expect(resource(LOG_GROUPS, 'LogStream')).toEqual({
      StreamModeDetails: { StreamMode: 'ON_DEMAND' },
      RetentionPeriodHours: '24',
      StreamEncryption: { EncryptionType: 'KMS', KeyId: 'alias/aws/kinesis' }
    })
  })

  it('subscribes each listed log group, spread over the shards', () => {
    const filters = resourcesOf(LOG_GROUPS, 'AWS::Logs::SubscriptionFilter')
    expect(filters.map(([id]) => id)).toEqual([
      'Subscriptionawslambdaorders',
      'Subscriptionecscheckoutweb'
    ])
    for (const [, f] of filters)
      expect(f.Properties).toMatchObject({
        DestinationArn: '{att:LogStream.Arn}',
        RoleArn: '{att:SubscriptionRole.Arn}',
        FilterPattern: '',
        Distribution: 'Random'
      })
    expect(filters.map(([, f]) => f.Properties.LogGroupName)).toEqual([
      '/aws/lambda/orders',
      '/ecs/checkout/web'
    ])
    expect(resourcesOf(LOG_GROUPS, 'AWS::Logs::AccountPolicy')).toEqual([])
  })

  it('or every log group of the account, but the function`s own and the excluded ones', () => {
    const params = PARAMETER_SETS['the account, two exclusions'] ?? {}
    expect(resourcesOf(params, 'AWS::Logs::SubscriptionFilter')).toEqual([])
    const policy = resource(params, 'AccountSubscriptionPolicy')
    expect(policy).toMatchObject({
      PolicyType: 'SUBSCRIPTION_FILTER_POLICY',
      Scope: 'ALL',
      SelectionCriteria:
        'LogGroupName NOT IN ["{ref:FunctionLogGroup}", "/aws/lambda/log-shipper", "/aws/kinesisfirehose/archive"]'
    })
    expect(JSON.parse(text(policy.PolicyDocument))).toEqual({
      DestinationArn: '{att:LogStream.Arn}',
      RoleArn: '{att:SubscriptionRole.Arn}',
      FilterPattern: '',
      Distribution: 'Random'
    })
    const bare = PARAMETER_SETS['the account, no exclusion, every knob turned'] ?? {}
    const other = resource(bare, 'AccountSubscriptionPolicy')
    expect(other.SelectionCriteria).toBe('LogGroupName NOT IN ["{ref:FunctionLogGroup}"]')
    expect(JSON.parse(text(other.PolicyDocument))).toMatchObject({
      FilterPattern: '?ERROR ?WARN ?FATAL'
    })
    // The excluded name is the function's log group.
    expect(resource(bare, 'DetectorFunction').LoggingConfig).toEqual({
      LogGroup: '{ref:FunctionLogGroup}'
    })
  })

  it('lets only this account`s CloudWatch Logs put records, on this stream only', () => {
    const role = resource(LOG_GROUPS, 'SubscriptionRole')
    expect(role.AssumeRolePolicyDocument).toMatchObject({
      Statement: [
        {
          Effect: 'Allow',
          Principal: { Service: 'logs.amazonaws.com' },
          Action: 'sts:AssumeRole',
          Condition: {
            StringEquals: { 'aws:SourceAccount': '111122223333' },
            StringLike: { 'aws:SourceArn': `arn:aws:logs:${HERE}:*` }
          }
        }
      ]
    })
    expect(statementsOf(role)).toEqual([
      { Effect: 'Allow', Action: ['kinesis:PutRecord'], Resource: ['{att:LogStream.Arn}'] }
    ])
  })
})

describe('the detector', () => {
  it('keeps its state in one on-demand table keyed pk/sk, expiring items by `ttl`', () => {
    expect(resource(LOG_GROUPS, 'StateTable')).toEqual({
      BillingMode: 'PAY_PER_REQUEST',
      AttributeDefinitions: [
        { AttributeName: 'pk', AttributeType: 'S' },
        { AttributeName: 'sk', AttributeType: 'S' }
      ],
      KeySchema: [
        { AttributeName: 'pk', KeyType: 'HASH' },
        { AttributeName: 'sk', KeyType: 'RANGE' }
      ],
      TimeToLiveSpecification: { AttributeName: 'ttl', Enabled: true },
      PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: false }
    })
    const knobs = PARAMETER_SETS['the account, no exclusion, every knob turned'] ?? {}
    expect(resource(knobs, 'StateTable').PointInTimeRecoverySpecification).toEqual({
      PointInTimeRecoveryEnabled: true
    })
  })

  it('runs the bundle on Node.js 24, arm64, with exactly the variables the function reads', () => {
    expect(resource(LOG_GROUPS, 'DetectorFunction')).toMatchObject({
      Runtime: 'nodejs24.x',
      Architectures: ['arm64'],
      Handler: 'index.handler',
      Code: { S3Bucket: 'acme-artifacts', S3Key: 'opsloop/detector-0.1.0.zip' },
      MemorySize: '512',
      Timeout: '120',
      Role: '{att:FunctionRole.Arn}',
      Environment: {
        Variables: {
          [DETECTOR_VARIABLES.table]: '{ref:StateTable}',
          [DETECTOR_VARIABLES.bus]: 'default',
          [DETECTOR_VARIABLES.config]: '{}',
          [DETECTOR_VARIABLES.retention]: '24'
        }
      }
    })
    const variables = resource(LOG_GROUPS, 'DetectorFunction').Environment as JsonObject
    expect(Object.keys(variables.Variables as JsonObject).sort()).toEqual(
      Object.values(DETECTOR_VARIABLES).sort()
    )
    expect(resource(LOG_GROUPS, 'DetectorFunction').ReservedConcurrentExecutions).toBeUndefined()
    const knobs = PARAMETER_SETS['the account, no exclusion, every knob turned'] ?? {}
    expect(resource(knobs, 'DetectorFunction')).toMatchObject({
      ReservedConcurrentExecutions: '20',
      Code: { S3ObjectVersion: '3HL4kqtJlcpXroDTDmJ.rmSpXd3dIbrHY' },
      Environment: { Variables: { OPSLOOP_EVENT_BUS: 'opsloop' } }
    })
  })

  it('reads the stream with partial batch responses, bisection, bounded retries and a failure queue', () => {
    expect(resource(LOG_GROUPS, 'StreamMapping')).toEqual({
      EventSourceArn: '{att:LogStream.Arn}',
      FunctionName: '{ref:DetectorFunction}',
      StartingPosition: 'TRIM_HORIZON',
      BatchSize: '100',
      MaximumBatchingWindowInSeconds: '1',
      ParallelizationFactor: '1',
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      BisectBatchOnFunctionError: true,
      MaximumRetryAttempts: '3',
      MaximumRecordAgeInSeconds: '21600',
      DestinationConfig: { OnFailure: { Destination: '{att:FailureQueue.Arn}' } }
    })
    // Never unbounded: -1 (retry until the record expires) is refused.
    expect(() => deployed({ ...LOG_GROUPS, MaximumRetryAttempts: '-1' })).toThrow(/< 0/)
    expect(() => deployed({ ...LOG_GROUPS, MaximumRecordAgeInSeconds: '-1' })).toThrow(/< 60/)
  })

  it('alarms on a late stream, failed records and failed deliveries, on metrics AWS publishes', () => {
    const alarms = resourcesOf(LOG_GROUPS, 'AWS::CloudWatch::Alarm').map(([id, r]) => {
      expect(knownMetric(text(r.Properties.Namespace), text(r.Properties.MetricName))).toBe(true)
      expect(r.Properties.AlarmActions).toEqual([`arn:aws:sns:${HERE}:oncall`])
      const [dimension] = r.Properties.Dimensions as JsonObject[]
      return [id, `${text(r.Properties.MetricName)} ${text(dimension?.Value)}`]
    })
    expect(Object.fromEntries(alarms)).toEqual({
      IteratorAgeAlarm: 'IteratorAge {ref:DetectorFunction}',
      FailureQueueAlarm: 'ApproximateNumberOfMessagesVisible {att:FailureQueue.QueueName}',
      AnomalyRuleFailedAlarm: 'FailedInvocations opsloop-log-anomaly',
      DeadLetterQueueAlarm:
        'ApproximateNumberOfMessagesVisible {att:DispatchDeadLetterQueue.QueueName}'
    })
    expect(resource(LOG_GROUPS, 'IteratorAgeAlarm').Threshold).toBe('900000')
    expect(resource(LOG_GROUPS, 'AnomalyRule').Name).toBe('opsloop-log-anomaly')
  })
})

describe('the function`s role', () => {
  const role = resource(LOG_GROUPS, 'FunctionRole')
  const statements = statementsOf(role)
  const files = loadedFiles('src/entries/detector.ts')
  const codeActions = [
    ...new Set(files.flatMap((f) => awsOperations(f, readFileSync(f, 'utf8'))).map((o) => o.action))
  ].sort()
  /** What the event source mapping does with the function's role (Lambda's Kinesis docs). */
  const EVENT_SOURCE_MAPPING = [
    'kinesis:DescribeStream',
    'kinesis:DescribeStreamSummary',
    'kinesis:GetRecords',
    'kinesis:GetShardIterator',
    'kinesis:ListShards'
  ]
  /** The on-failure destination, sent to with the function's role, and the function's logs. */
  const DESTINATION_AND_LOGS = ['sqs:SendMessage', 'logs:CreateLogStream', 'logs:PutLogEvents']

  it('is assumed by Lambda only, and this stack attaches no other policy', () => {
    expect(role.AssumeRolePolicyDocument).toEqual({
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Principal: { Service: 'lambda.amazonaws.com' },
          Action: 'sts:AssumeRole'
        }
      ]
    })
    expect(role.ManagedPolicyArns).toBeUndefined()
    for (const params of Object.values(PARAMETER_SETS))
      expect(
        Object.values(deployed(params).resources).filter((r) => r.Type.startsWith('AWS::IAM::'))
      ).toEqual(
        Object.values(deployed(params).resources).filter((r) => r.Type === 'AWS::IAM::Role')
      )
  })

  it('names the AWS calls of the code the function loads', () => {
    expect(files).toContain('src/adapters/aws/detector-store.ts')
    expect(files).toContain('src/adapters/aws/anomaly-events.ts')
    expect(codeActions).toEqual([
      'dynamodb:DeleteItem',
      'dynamodb:GetItem',
      'dynamodb:PutItem',
      'dynamodb:Query',
      'dynamodb:UpdateItem',
      'events:PutEvents'
    ])
  })

  it('allows exactly those, what its event source mapping needs, its failure queue and its logs', () => {
    expect(allowed(statements)).toEqual(
      [...codeActions, ...EVENT_SOURCE_MAPPING, ...DESTINATION_AND_LOGS].sort()
    )
    for (const s of statements) {
      expect(s.Effect).toBe('Allow')
      expect(s.Resource).not.toContain('*')
    }
  })

  it('acts on this stack`s stream, table, bus, queue and log group only', () => {
    const can = (action: string, resource: string, context: Record<string, string> = {}) =>
      isAllowed(statements, { action, resources: [resource], context })
    const anomaly = { 'events:source': 'opsloop.logs', 'events:detail-type': 'OpsLoop Log Anomaly' }
    const bus = `arn:aws:events:${HERE}:event-bus/default`
    expect(can('dynamodb:UpdateItem', '{att:StateTable.Arn}')).toBe(true)
    expect(can('dynamodb:UpdateItem', `arn:aws:dynamodb:${HERE}:table/other`)).toBe(false)
    expect(can('dynamodb:Scan', '{att:StateTable.Arn}')).toBe(false)
    expect(can('kinesis:GetRecords', '{att:LogStream.Arn}')).toBe(true)
    expect(can('kinesis:GetRecords', `arn:aws:kinesis:${HERE}:stream/other`)).toBe(false)
    expect(can('kinesis:PutRecord', '{att:LogStream.Arn}')).toBe(false)
    expect(can('events:PutEvents', bus, anomaly)).toBe(true)
    expect(can('events:PutEvents', `arn:aws:events:${HERE}:event-bus/other`, anomaly)).toBe(false)
    // Not another source or detail type: the role cannot forge other events onto the bus.
    expect(can('events:PutEvents', bus, { ...anomaly, 'events:source': 'aws.cloudwatch' })).toBe(
      false
    )
    expect(
      can('events:PutEvents', bus, {
        ...anomaly,
        'events:detail-type': 'CloudWatch Alarm State Change'
      })
    ).toBe(false)
    expect(can('sqs:SendMessage', '{att:FailureQueue.Arn}')).toBe(true)
    expect(can('sqs:SendMessage', '{att:DispatchDeadLetterQueue.Arn}')).toBe(false)
    expect(can('logs:PutLogEvents', '{att:FunctionLogGroup.Arn}')).toBe(true)
    expect(can('logs:PutLogEvents', `arn:aws:logs:${HERE}:log-group:/aws/lambda/other:*`)).toBe(
      false
    )
  })

  it('puts events on the bus the parameters name', () => {
    const knobs = PARAMETER_SETS['the account, no exclusion, every knob turned'] ?? {}
    const s = statementsOf(resource(knobs, 'FunctionRole')).find((x) =>
      x.Action.includes('events:PutEvents')
    )
    expect(s?.Resource).toEqual([`arn:aws:events:${HERE}:event-bus/opsloop`])
  })
})

describe('the rule', () => {
  let standIns: StandIns
  let client: EventBridgeClient
  /** What the detector put on the bus for a new error, as EventBridge delivers it to rules. */
  let event: Json

  beforeAll(async () => {
    standIns = await startStandIns({
      region: PSEUDO_PARAMETERS['AWS::Region'],
      account: PSEUDO_PARAMETERS['AWS::AccountId']
    })
    client = new EventBridgeClient(awsSettings(standIns.env, 1))
    const detector = new Detector({
      store: new MemoryStore(),
      sink: eventBridgeAnomalySink(client, { eventBusName: 'default', backoffMs: [] }),
      config: parseDetectorConfig({ defaults: { learning: '30m' } })
    })
    const t0 = Date.UTC(2026, 11, 5, 9)
    const line = (minute: number, message: string) => ({
      logGroup: '/checkout/web/app',
      logStream: 'web/app/i-0a1b2c3d4e5f60001',
      timestamp: t0 + minute * 60_000,
      message
    })
    await detector.process([
      { id: 'r1', events: [line(0, 'INFO GET /cart 200')] },
      { id: 'r2', events: [line(40, 'INFO GET /cart 200')] },
      {
        id: 'r3',
        events: [line(41, 'ERROR upstream payments failed: connect ECONNREFUSED 10.0.3.17:5432')]
      }
    ])
    const [sent] = standIns.events.events
    if (sent === undefined) throw new Error('the detector put no event')
    event = sent.event as unknown as Json
  })
  afterAll(async () => {
    client.destroy()
    await standIns.stop()
  })

  const rule = (params: Record<string, string>) => resource(params, 'AnomalyRule')

  it('matches the detector`s events of this account, and nothing else', () => {
    const pattern = rule(LOG_GROUPS).EventPattern as JsonObject
    expect(pattern).toEqual({
      source: ['opsloop.logs'],
      'detail-type': ['OpsLoop Log Anomaly'],
      account: ['111122223333']
    })
    expect(matchesPattern(pattern, event)).toBe(true)
    const other = event as JsonObject
    expect(matchesPattern(pattern, { ...other, account: '444455556666' })).toBe(false)
    expect(matchesPattern(pattern, { ...other, source: 'aws.cloudwatch' })).toBe(false)
    expect(matchesPattern(pattern, { ...other, 'detail-type': 'OpsLoop Something' })).toBe(false)
    const knobs = PARAMETER_SETS['the account, no exclusion, every knob turned'] ?? {}
    expect(rule(knobs).EventBusName).toBe('opsloop')
  })

  it('sends it through the main stack`s API destination as a dispatch intake opens a watch from', () => {
    const [target] = rule(LOG_GROUPS).Targets as JsonObject[]
    expect(target).toMatchObject({
      Arn: DESTINATION,
      RoleArn: '{att:DispatchRole.Arn}',
      RetryPolicy: { MaximumRetryAttempts: 185, MaximumEventAgeInSeconds: 21600 },
      DeadLetterConfig: { Arn: '{att:DispatchDeadLetterQueue.Arn}' }
    })
    const transformer = target?.InputTransformer as JsonObject
    // The same shape as the main stack's rules (infra/opsloop.yaml).
    expect(transformer).toEqual({
      InputTemplate:
        '{"event_type":"aws-incident","client_payload":{"event":<aws.events.event.json>}}'
    })
    const body = JSON.parse(applyInputTemplate(text(transformer.InputTemplate), event)) as {
      event_type: string
      client_payload: JsonObject
    }
    expect(Buffer.byteLength(JSON.stringify(body.client_payload))).toBeLessThan(64 * 1024)
    const delivery = readDelivery(
      'repository_dispatch',
      { action: body.event_type, client_payload: body.client_payload },
      'aws-incident'
    )
    expect(delivery).toEqual({ kind: 'payload', payload: { event, context: {} }, problems: [] })
    expect(normalize(event)).toMatchObject({
      source: 'opsloop.logs',
      kind: 'event',
      severity: 'low',
      title:
        'Log anomaly in /checkout/web/app: new error template: ERROR upstream payments failed: connect ECONNREFUSED <*>',
      resources: [`arn:aws:logs:${HERE}:log-group:/checkout/web/app`]
    })
  })

  it('may invoke that destination only, as the rules of this account', () => {
    const role = resource(LOG_GROUPS, 'DispatchRole')
    expect(role.AssumeRolePolicyDocument).toMatchObject({
      Statement: [
        {
          Principal: { Service: 'events.amazonaws.com' },
          Condition: { StringEquals: { 'aws:SourceAccount': '111122223333' } }
        }
      ]
    })
    const statements = statementsOf(role)
    expect(allowed(statements)).toEqual(['events:InvokeApiDestination'])
    const invoke = (arn: string) =>
      isAllowed(statements, { action: 'events:InvokeApiDestination', resources: [arn] })
    expect(invoke(DESTINATION)).toBe(true)
    expect(invoke(`arn:aws:events:${HERE}:api-destination/opsloop-github-dispatches`)).toBe(true)
    expect(invoke(`arn:aws:events:${HERE}:api-destination/opsloop-github-dispatches-2/x`)).toBe(
      false
    )
    expect(invoke(`arn:aws:events:${HERE}:api-destination/other/x`)).toBe(false)
  })

  it('leaves what GitHub refuses in a dead-letter queue only this rule may write to', () => {
    expect(resource(LOG_GROUPS, 'DispatchDeadLetterQueuePolicy').PolicyDocument).toMatchObject({
      Statement: [
        {
          Principal: { Service: 'events.amazonaws.com' },
          Action: 'sqs:SendMessage',
          Resource: '{att:DispatchDeadLetterQueue.Arn}',
          Condition: { ArnEquals: { 'aws:SourceArn': '{att:AnomalyRule.Arn}' } }
        }
      ]
    })
  })
})
