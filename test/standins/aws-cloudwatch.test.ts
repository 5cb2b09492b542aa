// The CloudWatch and CloudWatch Logs stand-ins, driven through the real SDK clients: the wire
// protocol the pinned clients actually send, alarms and state flips, alarm tags, metric data with
// pagination, log filtering, Logs Insights queries, log anomaly detectors and their anomalies,
// errors and IAM refusals as SDK exception classes, and conformance with the Smithy models.
import {
  CloudWatchClient,
  DescribeAlarmsCommand,
  GetMetricDataCommand,
  InvalidFormatFault,
  InvalidNextToken,
  InvalidParameterCombinationException,
  InvalidParameterValueException,
  ListTagsForResourceCommand,
  ResourceNotFound,
  ResourceNotFoundException as AlarmNotFoundException,
  SetAlarmStateCommand,
  paginateDescribeAlarms,
  paginateGetMetricData,
  type GetMetricDataCommandInput,
  type MetricDataResult
} from '@aws-sdk/client-cloudwatch'
import {
  AccessDeniedException,
  CloudWatchLogsClient,
  DescribeLogGroupsCommand,
  FilterLogEventsCommand,
  GetQueryResultsCommand,
  InvalidParameterException,
  ListAnomaliesCommand,
  ListLogAnomalyDetectorsCommand,
  MalformedQueryException,
  ResourceNotFoundException,
  StartQueryCommand,
  StopQueryCommand,
  paginateFilterLogEvents,
  paginateListAnomalies,
  type FilterLogEventsCommandInput,
  type ListAnomaliesCommandInput,
  type ResultField
} from '@aws-sdk/client-cloudwatch-logs'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { IncomingHttpHeaders } from 'node:http'
import { createCloudWatchService } from '../../harness/standins/aws/cloudwatch.js'
import { createLogsService } from '../../harness/standins/aws/logs.js'
import { callProblems, loadModel, outputProblems } from '../../harness/standins/aws/model.js'
import {
  startAwsServer,
  type AwsServer,
  type JsonService
} from '../../harness/standins/aws/protocol.js'

const T0 = new Date('2025-06-01T12:00:00Z')
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000)
const options = {
  endpoint: '',
  region: 'us-east-1',
  credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
  maxAttempts: 1
}

const cw = createCloudWatchService({
  now: () => T0,
  alarms: [
    {
      AlarmName: 'api-high-cpu',
      Namespace: 'AWS/EC2',
      MetricName: 'CPUUtilization',
      Dimensions: [{ Name: 'InstanceId', Value: 'i-0abc' }],
      Statistic: 'Average',
      Period: 60,
      EvaluationPeriods: 3,
      Threshold: 80,
      ComparisonOperator: 'GreaterThanThreshold',
      StateValue: 'ALARM',
      StateReason: 'Threshold Crossed: 3 datapoints were greater than the threshold (80.0).',
      StateReasonData: '{"version":"1.0","recentDatapoints":[91.2,95.0,97.5]}',
      StateUpdatedTimestamp: at(-5)
    },
    {
      AlarmName: 'api-error-rate',
      Metrics: [
        {
          Id: 'errors',
          MetricStat: {
            Metric: { Namespace: 'App', MetricName: 'Errors' },
            Period: 60,
            Stat: 'Sum'
          },
          ReturnData: false
        },
        { Id: 'rate', Expression: 'errors / 60', ReturnData: true }
      ],
      EvaluationPeriods: 1,
      Threshold: 1,
      ComparisonOperator: 'GreaterThanThreshold',
      StateValue: 'ALARM'
    },
    {
      AlarmName: 'db-disk',
      Namespace: 'AWS/RDS',
      MetricName: 'FreeStorageSpace',
      Tags: { service: 'orders-db', 'opsloop:runbook': 'rds-storage' }
    },
    {
      type: 'CompositeAlarm',
      AlarmName: 'api-degraded',
      AlarmRule: 'ALARM("api-high-cpu") OR ALARM(api-error-rate)',
      StateValue: 'ALARM'
    }
  ]
})
const logs = createLogsService({ now: () => T0 })
const apiDetector = logs.control.createLogAnomalyDetector({
  detectorName: 'api-errors',
  logGroups: ['/aws/ec2/api'],
  evaluationFrequency: 'FIFTEEN_MIN'
})
const workerDetector = logs.control.createLogAnomalyDetector({
  detectorName: 'worker',
  logGroups: ['arn:aws:logs:us-east-1:123456789012:log-group:/aws/lambda/worker:*']
})
const timeouts = logs.control.putAnomaly({
  anomalyDetectorArn: apiDetector,
  description: 'Pattern "ERROR <*> upstream timed out" appeared 40 times, usually 0',
  patternString: 'ERROR <*> upstream timed out',
  priority: 'HIGH',
  firstSeen: at(-30),
  lastSeen: at(-5),
  logSamples: [{ timestamp: at(-5).getTime(), message: 'ERROR 502 upstream timed out' }]
})
logs.control.putAnomaly({
  anomalyDetectorArn: apiDetector,
  description: 'Healthcheck failures, known and suppressed',
  patternString: 'ERROR 500 healthcheck failed',
  suppressed: true
})
logs.control.putAnomaly({
  anomalyDetectorArn: apiDetector,
  description: 'Slow upstream warnings',
  patternString: 'WARN slow upstream: <*>'
})
logs.control.putAnomaly({
  anomalyDetectorArn: workerDetector,
  description: 'OOM kills',
  patternString: '<*> OOM killed'
})
const cpuQuery = {
  MetricStat: {
    Metric: {
      Namespace: 'AWS/EC2',
      MetricName: 'CPUUtilization',
      Dimensions: [{ Name: 'InstanceId', Value: 'i-0abc' }]
    },
    Period: 60,
    Stat: 'p90'
  }
}

// Records the headers the clients send, to pin down the wire protocol.
const seen: IncomingHttpHeaders[] = []
const watching = (service: JsonService): JsonService => ({
  ...service,
  handle(operation, input, req) {
    seen.push(req.headers)
    return service.handle(operation, input, req)
  }
})

let server: AwsServer
let cloudwatch: CloudWatchClient
let cwlogs: CloudWatchLogsClient
beforeAll(async () => {
  server = await startAwsServer([watching(cw.service), watching(logs.service)], [])
  cloudwatch = new CloudWatchClient({ ...options, endpoint: server.url })
  cwlogs = new CloudWatchLogsClient({ ...options, endpoint: server.url })
})
afterAll(async () => {
  cloudwatch.destroy()
  cwlogs.destroy()
  await server.close()
})

const lastCall = () => server.calls[server.calls.length - 1]

describe('CloudWatch stand-in: protocol', () => {
  it('is what @aws-sdk/client-cloudwatch 3.1164.0 sends: AWS JSON 1.0, query-compatible', async () => {
    await cloudwatch.send(
      new GetMetricDataCommand({
        StartTime: at(0),
        EndTime: at(10),
        MetricDataQueries: [
          {
            Id: 'cpu',
            MetricStat: { Metric: { Namespace: 'N', MetricName: 'M' }, Period: 60, Stat: 'Sum' }
          }
        ]
      })
    )
    expect(seen[seen.length - 1]).toMatchObject({
      'content-type': 'application/x-amz-json-1.0',
      'x-amz-target': 'GraniteServiceVersion20100801.GetMetricData',
      'x-amzn-query-mode': 'true'
    })
    // Timestamps travel as epoch seconds.
    expect(lastCall()?.input).toMatchObject({ StartTime: T0.getTime() / 1000 })
  })
})

describe('CloudWatch stand-in: alarms', () => {
  it('describes metric alarms only unless AlarmTypes asks for composites', async () => {
    const metricOnly = await cloudwatch.send(new DescribeAlarmsCommand({}))
    expect(metricOnly.MetricAlarms?.map((a) => a.AlarmName)).toEqual([
      'api-error-rate',
      'api-high-cpu',
      'db-disk'
    ])
    expect(metricOnly.CompositeAlarms).toEqual([])

    const both = await cloudwatch.send(
      new DescribeAlarmsCommand({
        AlarmNamePrefix: 'api-',
        AlarmTypes: ['MetricAlarm', 'CompositeAlarm'],
        StateValue: 'ALARM'
      })
    )
    expect(both.MetricAlarms).toHaveLength(2)
    expect(both.CompositeAlarms?.[0]).toMatchObject({
      AlarmName: 'api-degraded',
      AlarmRule: 'ALARM("api-high-cpu") OR ALARM(api-error-rate)',
      StateValue: 'ALARM'
    })
  })

  it('returns seeded fields with Dates and metric-math definitions intact', async () => {
    const out = await cloudwatch.send(
      new DescribeAlarmsCommand({ AlarmNames: ['api-high-cpu', 'api-error-rate'] })
    )
    const [math, cpu] = out.MetricAlarms ?? []
    expect(cpu).toMatchObject({
      AlarmArn: 'arn:aws:cloudwatch:us-east-1:123456789012:alarm:api-high-cpu',
      Dimensions: [{ Name: 'InstanceId', Value: 'i-0abc' }],
      StateReasonData: '{"version":"1.0","recentDatapoints":[91.2,95.0,97.5]}',
      StateUpdatedTimestamp: at(-5),
      Threshold: 80
    })
    expect(math?.Metrics?.map((m) => m.Id)).toEqual(['errors', 'rate'])
    expect(math?.Metrics?.[1]?.Expression).toBe('errors / 60')
  })

  it('follows composite rules both ways', async () => {
    const children = await cloudwatch.send(
      new DescribeAlarmsCommand({ ChildrenOfAlarmName: 'api-degraded' })
    )
    expect(children.MetricAlarms?.map((a) => a.AlarmName)).toEqual([
      'api-error-rate',
      'api-high-cpu'
    ])
    const parents = await cloudwatch.send(
      new DescribeAlarmsCommand({ ParentsOfAlarmName: 'api-high-cpu' })
    )
    expect(parents.CompositeAlarms?.map((a) => a.AlarmName)).toEqual(['api-degraded'])
  })

  it('paginates with MaxRecords and NextToken through the SDK paginator', async () => {
    const pages = []
    for await (const page of paginateDescribeAlarms(
      { client: cloudwatch, pageSize: 2 },
      { AlarmTypes: ['MetricAlarm', 'CompositeAlarm'] }
    ))
      pages.push([...(page.MetricAlarms ?? []), ...(page.CompositeAlarms ?? [])].length)
    expect(pages).toEqual([2, 2])
  })

  it('answers bad requests with the SDK exception classes', async () => {
    await expect(
      cloudwatch.send(new DescribeAlarmsCommand({ NextToken: 'bm90LWEtdG9rZW4=' }))
    ).rejects.toBeInstanceOf(InvalidNextToken)
    await expect(
      cloudwatch.send(new DescribeAlarmsCommand({ AlarmNames: ['a'], AlarmNamePrefix: 'a' }))
    ).rejects.toBeInstanceOf(InvalidParameterCombinationException)
    await expect(
      cloudwatch.send(
        new SetAlarmStateCommand({ AlarmName: 'nope', StateValue: 'OK', StateReason: 'x' })
      )
    ).rejects.toMatchObject({ name: 'ResourceNotFound', $metadata: { httpStatusCode: 404 } })
    await expect(
      cloudwatch.send(
        new SetAlarmStateCommand({
          AlarmName: 'db-disk',
          StateValue: 'ALARM',
          StateReason: 'x',
          StateReasonData: 'not json'
        })
      )
    ).rejects.toBeInstanceOf(InvalidFormatFault)
    const error = await cloudwatch
      .send(new SetAlarmStateCommand({ AlarmName: 'nope', StateValue: 'OK', StateReason: 'x' }))
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ResourceNotFound)
  })

  it('shows state flips from the control and from SetAlarmState', async () => {
    cw.control.setAlarmState('api-high-cpu', 'OK', 'Remediated: service restarted')
    const afterControl = await cloudwatch.send(
      new DescribeAlarmsCommand({ AlarmNames: ['api-high-cpu'] })
    )
    expect(afterControl.MetricAlarms?.[0]).toMatchObject({
      StateValue: 'OK',
      StateReason: 'Remediated: service restarted',
      StateUpdatedTimestamp: T0
    })

    await cloudwatch.send(
      new SetAlarmStateCommand({
        AlarmName: 'api-high-cpu',
        StateValue: 'ALARM',
        StateReason: 'testing the alarm action',
        StateReasonData: '{}'
      })
    )
    expect(cw.control.alarm('api-high-cpu')).toMatchObject({
      StateValue: 'ALARM',
      StateReasonData: '{}'
    })
    const alarming = await cloudwatch.send(new DescribeAlarmsCommand({ StateValue: 'ALARM' }))
    expect(alarming.MetricAlarms?.map((a) => a.AlarmName)).toContain('api-high-cpu')
  })
})

describe('CloudWatch stand-in: alarm tags (ListTagsForResource)', () => {
  const ALARMS = 'arn:aws:cloudwatch:us-east-1:123456789012:alarm:'
  const tagsOf = async (alarm: string) =>
    (await cloudwatch.send(new ListTagsForResourceCommand({ ResourceARN: ALARMS + alarm }))).Tags

  it('answers the tags seeded with the alarm, by its ARN, and none for an untagged one', async () => {
    expect(await tagsOf('db-disk')).toEqual([
      { Key: 'service', Value: 'orders-db' },
      { Key: 'opsloop:runbook', Value: 'rds-storage' }
    ])
    expect(await tagsOf('api-error-rate')).toEqual([])
    // DescribeAlarms has no tags.
    const described = await cloudwatch.send(new DescribeAlarmsCommand({ AlarmNames: ['db-disk'] }))
    expect(described.MetricAlarms?.[0]).not.toHaveProperty('Tags')
  })

  it('shows tags added through the control, by name or ARN', async () => {
    cw.control.tagAlarm('api-high-cpu', { service: 'api', team: 'web' })
    cw.control.tagAlarm(`${ALARMS}api-high-cpu`, { team: 'payments' })
    expect(await tagsOf('api-high-cpu')).toEqual([
      { Key: 'service', Value: 'api' },
      { Key: 'team', Value: 'payments' }
    ])
  })

  it('answers unknown alarms and malformed ARNs with the SDK exception classes', async () => {
    const missing = await cloudwatch
      .send(new ListTagsForResourceCommand({ ResourceARN: `${ALARMS}nope` }))
      .catch((e: unknown) => e)
    expect(missing).toBeInstanceOf(AlarmNotFoundException)
    expect(missing).toMatchObject({ $metadata: { httpStatusCode: 404 } })
    await expect(
      cloudwatch.send(new ListTagsForResourceCommand({ ResourceARN: 'db-disk' }))
    ).rejects.toBeInstanceOf(InvalidParameterValueException)
  })

  it('fails with AccessDenied (403, query-compatible) naming the cloudwatch: action', async () => {
    server.denyAccess('ListTagsForResource')
    const error = await tagsOf('db-disk').catch((e: unknown) => e)
    expect(error).toMatchObject({
      name: 'AccessDenied',
      message: expect.stringContaining('not authorized to perform: cloudwatch:ListTagsForResource'),
      Error: { Code: 'AccessDenied', Type: 'Sender' },
      $metadata: { httpStatusCode: 403 }
    })
    expect(await tagsOf('db-disk')).toHaveLength(2)
  })
})

describe('CloudWatch stand-in: GetMetricData', () => {
  const dims = { InstanceId: 'i-0abc' }
  // One point a minute for 10 minutes: 10, 20, …, 100.
  cw.control.putMetricData(
    'AWS/EC2',
    'CPUUtilization',
    dims,
    Array.from({ length: 10 }, (_, i) => ({ timestamp: at(i), value: (i + 1) * 10 }))
  )
  const cpu = (id: string, period: number, stat: string) => ({
    Id: id,
    MetricStat: {
      Metric: {
        Namespace: 'AWS/EC2',
        MetricName: 'CPUUtilization',
        Dimensions: [{ Name: 'InstanceId', Value: 'i-0abc' }]
      },
      Period: period,
      Stat: stat
    }
  })
  const request = (extra: Partial<GetMetricDataCommandInput> = {}): GetMetricDataCommandInput => ({
    StartTime: at(0),
    EndTime: at(10),
    MetricDataQueries: [cpu('avg5', 300, 'Average'), cpu('max1', 60, 'Maximum')],
    ...extra
  })

  it('aggregates per period and statistic, newest first by default', async () => {
    const out = await cloudwatch.send(new GetMetricDataCommand(request()))
    const [avg, max] = out.MetricDataResults ?? []
    expect(avg).toMatchObject({
      Id: 'avg5',
      Label: 'CPUUtilization',
      Timestamps: [at(5), at(0)],
      Values: [80, 30],
      StatusCode: 'Complete'
    })
    expect(max?.Values).toHaveLength(10)
    expect(max?.Timestamps?.[0]).toEqual(at(9))
  })

  it('honours ScanBy, time range, ReturnData and unknown series', async () => {
    const out = await cloudwatch.send(
      new GetMetricDataCommand({
        StartTime: at(2),
        EndTime: at(4),
        ScanBy: 'TimestampAscending',
        MetricDataQueries: [
          { ...cpu('sum', 60, 'Sum'), Label: 'cpu sum' },
          { ...cpu('hidden', 60, 'Sum'), ReturnData: false },
          {
            Id: 'none',
            MetricStat: { Metric: { Namespace: 'X', MetricName: 'Y' }, Period: 60, Stat: 'Sum' }
          }
        ]
      })
    )
    expect(out.MetricDataResults).toEqual([
      {
        Id: 'sum',
        Label: 'cpu sum',
        Timestamps: [at(2), at(3)],
        Values: [30, 40],
        StatusCode: 'Complete',
        Messages: []
      },
      { Id: 'none', Label: 'Y', Timestamps: [], Values: [], StatusCode: 'Complete', Messages: [] }
    ])
  })

  it('pages by MaxDatapoints, marking cut series PartialData', async () => {
    const first = await cloudwatch.send(new GetMetricDataCommand(request({ MaxDatapoints: 5 })))
    expect(first.MetricDataResults?.map((r) => [r.Values?.length, r.StatusCode])).toEqual([
      [2, 'Complete'],
      [3, 'PartialData']
    ])
    expect(first.NextToken).toBeDefined()

    const merged = new Map<string, number[]>()
    for await (const page of paginateGetMetricData(
      { client: cloudwatch },
      request({ MaxDatapoints: 5 })
    ))
      for (const r of page.MetricDataResults ?? ([] as MetricDataResult[]))
        merged.set(r.Id ?? '', [...(merged.get(r.Id ?? '') ?? []), ...(r.Values ?? [])])
    expect(merged.get('avg5')).toEqual([80, 30])
    expect(merged.get('max1')).toEqual([100, 90, 80, 70, 60, 50, 40, 30, 20, 10])
  })

  it('refuses what it does not serve rather than guessing', async () => {
    const expression = request({
      MetricDataQueries: [{ Id: 'rate', Expression: 'SUM(METRICS())' }]
    })
    const badId = request({ MetricDataQueries: [cpu('Bad-Id', 60, 'Sum')] })
    for (const input of [expression, badId])
      await expect(cloudwatch.send(new GetMetricDataCommand(input))).rejects.toBeInstanceOf(
        InvalidParameterValueException
      )
  })
})

describe('CloudWatch Logs stand-in: FilterLogEvents and DescribeLogGroups', () => {
  const group = '/aws/ec2/api'
  logs.control.createLogGroup(group, { retentionInDays: 14 })
  logs.control.putLogEvents(group, 'i-0abc', [
    { timestamp: at(0), message: 'INFO started api on :8080' },
    { timestamp: at(1), message: 'WARN slow upstream: upstream timed out after 30s' },
    { timestamp: at(2), message: 'ERROR 502 upstream timed out' },
    { timestamp: at(3), message: 'ERROR 500 healthcheck failed' }
  ])
  logs.control.putLogEvents(group, 'i-0def', [
    { timestamp: at(1.5), message: '{"level":"error","msg":"OOM killed","ctx":{"pid":42}}' },
    { timestamp: at(4), message: 'INFO ok' }
  ])
  logs.control.putLogEvents('/aws/lambda/worker', 'w-1', [{ timestamp: at(1), message: 'x' }])

  const filter = async (extra: Partial<FilterLogEventsCommandInput>) => {
    const out = await cwlogs.send(new FilterLogEventsCommand({ logGroupName: group, ...extra }))
    return out.events?.map((e) => e.message)
  }

  it('sends AWS JSON 1.1 with the Logs_20140328 target', async () => {
    await filter({})
    expect(seen[seen.length - 1]).toMatchObject({
      'content-type': 'application/x-amz-json-1.1',
      'x-amz-target': 'Logs_20140328.FilterLogEvents'
    })
  })

  it.each([
    ['ERROR', ['ERROR 502 upstream timed out', 'ERROR 500 healthcheck failed']],
    ['"upstream timed out" ERROR', ['ERROR 502 upstream timed out']],
    ['?WARN ?OOM', [expect.stringMatching(/^WARN/), expect.stringMatching(/OOM/)]],
    ['ERROR -healthcheck', ['ERROR 502 upstream timed out']],
    ['%ERROR 50[0-9]%', ['ERROR 502 upstream timed out', 'ERROR 500 healthcheck failed']],
    ['Error', []] // case-sensitive
  ])('matches filterPattern %s', async (filterPattern, expected) => {
    expect(await filter({ filterPattern })).toEqual(expected)
  })

  it('narrows by time, streams and ARN identifier, oldest first', async () => {
    const events = await cwlogs.send(
      new FilterLogEventsCommand({
        logGroupIdentifier: `arn:aws:logs:us-east-1:123456789012:log-group:${group}:*`,
        logStreamNames: ['i-0abc'],
        startTime: at(1).getTime(),
        endTime: at(2).getTime()
      })
    )
    expect(events.events?.map((e) => [e.logStreamName, e.timestamp])).toEqual([
      ['i-0abc', at(1).getTime()],
      ['i-0abc', at(2).getTime()]
    ])
    expect(events.events?.[0]?.eventId).toMatch(/^\d+$/)
  })

  it('paginates with limit and nextToken', async () => {
    const sizes = []
    for await (const page of paginateFilterLogEvents(
      { client: cwlogs },
      { logGroupName: group, limit: 4 }
    ))
      sizes.push(page.events?.length)
    expect(sizes).toEqual([4, 2])
  })

  it('answers bad requests with the SDK exception classes', async () => {
    await expect(
      cwlogs.send(new FilterLogEventsCommand({ logGroupName: '/nope' }))
    ).rejects.toBeInstanceOf(ResourceNotFoundException)
    await expect(filter({ filterPattern: '{ $.level = "error" }' })).rejects.toBeInstanceOf(
      InvalidParameterException
    )
  })

  it('describes log groups by prefix, with pages', async () => {
    const all = await cwlogs.send(new DescribeLogGroupsCommand({ logGroupNamePrefix: '/aws/' }))
    expect(all.logGroups?.map((g) => g.logGroupName)).toEqual([group, '/aws/lambda/worker'])
    expect(all.logGroups?.[0]).toMatchObject({
      retentionInDays: 14,
      creationTime: T0.getTime(),
      logGroupArn: `arn:aws:logs:us-east-1:123456789012:log-group:${group}`
    })
    const first = await cwlogs.send(new DescribeLogGroupsCommand({ limit: 1 }))
    const second = await cwlogs.send(
      new DescribeLogGroupsCommand({ limit: 1, nextToken: first.nextToken })
    )
    expect(second.logGroups?.[0]?.logGroupName).toBe('/aws/lambda/worker')
    expect(second.nextToken).toBeUndefined()
  })
})

describe('CloudWatch Logs stand-in: anomaly detection', () => {
  const listAnomalies = (input: ListAnomaliesCommandInput) =>
    cwlogs.send(new ListAnomaliesCommand(input))

  it('lists detectors, all or those watching a log group', async () => {
    const all = await cwlogs.send(new ListLogAnomalyDetectorsCommand({}))
    expect(all.anomalyDetectors?.map((d) => [d.detectorName, d.anomalyDetectorArn])).toEqual([
      ['api-errors', apiDetector],
      ['worker', workerDetector]
    ])
    expect(all.anomalyDetectors?.[0]).toMatchObject({
      logGroupArnList: ['arn:aws:logs:us-east-1:123456789012:log-group:/aws/ec2/api'],
      evaluationFrequency: 'FIFTEEN_MIN',
      anomalyDetectorStatus: 'ANALYZING',
      creationTimeStamp: T0.getTime()
    })
    const worker = await cwlogs.send(
      new ListLogAnomalyDetectorsCommand({
        filterLogGroupArn: 'arn:aws:logs:us-east-1:123456789012:log-group:/aws/lambda/worker'
      })
    )
    expect(worker.anomalyDetectors?.map((d) => d.detectorName)).toEqual(['worker'])
    const first = await cwlogs.send(new ListLogAnomalyDetectorsCommand({ limit: 1 }))
    expect(first.nextToken).toBeDefined()
  })

  it("lists a detector's anomalies with what the model requires", async () => {
    const { anomalies, nextToken } = await listAnomalies({ anomalyDetectorArn: apiDetector })
    expect(nextToken).toBeUndefined()
    expect(anomalies?.map((a) => a.patternString)).toEqual([
      'ERROR <*> upstream timed out',
      'ERROR 500 healthcheck failed',
      'WARN slow upstream: <*>'
    ])
    expect(anomalies?.[0]).toEqual({
      ...timeouts,
      anomalyId: expect.stringMatching(/^[0-9a-f-]{36}$/),
      patternId: expect.stringMatching(/^[0-9a-f]{32}$/),
      anomalyDetectorArn: apiDetector,
      firstSeen: at(-30).getTime(),
      lastSeen: at(-5).getTime(),
      active: true,
      state: 'Active',
      suppressed: false,
      priority: 'HIGH',
      histogram: { [String(at(-5).getTime())]: 1 },
      logGroupArnList: ['arn:aws:logs:us-east-1:123456789012:log-group:/aws/ec2/api'],
      patternTokens: []
    })
  })

  it('filters by suppression state', async () => {
    const suppressed = await listAnomalies({ suppressionState: 'SUPPRESSED' })
    expect(suppressed.anomalies?.map((a) => [a.description, a.state, a.suppressedUntil])).toEqual([
      ['Healthcheck failures, known and suppressed', 'Suppressed', 0]
    ])
    const open = await listAnomalies({
      anomalyDetectorArn: apiDetector,
      suppressionState: 'UNSUPPRESSED'
    })
    expect(open.anomalies?.map((a) => a.suppressed)).toEqual([false, false])
  })

  it('paginates with limit and nextToken through the SDK paginator', async () => {
    const pages: number[] = []
    for await (const page of paginateListAnomalies({ client: cwlogs, pageSize: 3 }, {}))
      pages.push(page.anomalies?.length ?? 0)
    expect(pages).toEqual([3, 1])
  })

  it('answers bad requests with the SDK exception classes', async () => {
    await expect(
      listAnomalies({ anomalyDetectorArn: `${apiDetector.slice(0, -1)}9` })
    ).rejects.toBeInstanceOf(ResourceNotFoundException)
    await expect(listAnomalies({ limit: 51 })).rejects.toBeInstanceOf(InvalidParameterException)
  })

  it('fails with AccessDeniedException naming the logs: action', async () => {
    server.denyAccess('ListAnomalies', 1, (input) => JSON.stringify(input).includes(workerDetector))
    // Only the matching call is refused.
    await expect(listAnomalies({ anomalyDetectorArn: apiDetector })).resolves.toBeDefined()
    const error = await listAnomalies({ anomalyDetectorArn: workerDetector }).catch(
      (e: unknown) => e
    )
    expect(error).toBeInstanceOf(AccessDeniedException)
    expect(error).toMatchObject({
      message: expect.stringContaining('not authorized to perform: logs:ListAnomalies'),
      $metadata: { httpStatusCode: 400 }
    })
  })
})

describe('CloudWatch Logs stand-in: Logs Insights', () => {
  const start = async (queryString: string) => {
    const { queryId } = await cwlogs.send(
      new StartQueryCommand({
        logGroupName: '/aws/ec2/api',
        startTime: at(0).getTime() / 1000,
        endTime: at(10).getTime() / 1000,
        queryString
      })
    )
    return queryId ?? ''
  }
  const poll = (queryId: string) => cwlogs.send(new GetQueryResultsCommand({ queryId }))

  it('runs Scheduled → Running → Complete with fields, filter, sort and limit', async () => {
    const queryId = await start(
      'fields @timestamp, @message, @logStream | filter @message like /timed out/ | sort @timestamp desc | limit 1'
    )
    expect(logs.control.queries.at(-1)?.status).toBe('Scheduled')
    const running = await poll(queryId)
    expect(running).toMatchObject({ status: 'Running', results: [] })

    const done = await poll(queryId)
    expect(done.status).toBe('Complete')
    expect(done.results).toHaveLength(1)
    const fields: ResultField[] = done.results?.[0] ?? []
    const { '@ptr': ptr, ...row } = Object.fromEntries(
      fields.map((f) => [f.field ?? '', f.value ?? ''] as const)
    )
    expect(row).toEqual({
      '@timestamp': '2025-06-01 12:02:00.000',
      '@message': 'ERROR 502 upstream timed out',
      '@logStream': 'i-0abc'
    })
    expect(ptr).toMatch(/^\S+$/)
    expect(done.statistics).toMatchObject({ recordsMatched: 2, recordsScanned: 6 })
    expect(done.statistics?.bytesScanned).toBeGreaterThan(0)
  })

  it('exposes JSON message fields and compares them', async () => {
    const queryId = await start('fields msg, ctx.pid | filter level = "error"')
    logs.control.setQueryStatus(queryId, 'Complete')
    const done = await poll(queryId)
    expect(done.results?.[0]?.map((f) => [f.field, f.value])).toEqual([
      ['msg', 'OOM killed'],
      ['ctx.pid', '42'],
      ['@ptr', expect.any(String)]
    ])
  })

  it('stops running queries, reports forced failures and rejects unsupported syntax', async () => {
    const stopped = await start('fields @message')
    await expect(cwlogs.send(new StopQueryCommand({ queryId: stopped }))).resolves.toMatchObject({
      success: true
    })
    expect((await poll(stopped)).status).toBe('Cancelled')

    const failed = await start('fields @message')
    logs.control.setQueryStatus(failed, 'Failed')
    expect((await poll(failed)).status).toBe('Failed')

    await expect(start('stats count(*) by bin(5m)')).rejects.toBeInstanceOf(MalformedQueryException)
    await expect(poll('no-such-query')).rejects.toBeInstanceOf(ResourceNotFoundException)
  })
})

// --- conformance with the Smithy models (skipped when the shared models are absent) --------

type Outputs = Record<string, Record<string, unknown> | undefined>
type Step = [operation: string, input: (outputs: Outputs) => Record<string, unknown>]
const startedQuery = (o: Outputs) => ({ queryId: o.StartQuery?.queryId })
const insightsQuery = () => ({
  logGroupNames: ['/aws/ec2/api'],
  startTime: 0,
  endTime: 2e9,
  queryString: 'fields @timestamp, @message'
})

describe.each<{ model: string; service: JsonService; steps: Step[] }>([
  {
    model: 'cloudwatch-2010-08-01.json',
    service: cw.service,
    steps: [
      ['DescribeAlarms', () => ({ AlarmTypes: ['MetricAlarm', 'CompositeAlarm'] })],
      [
        'GetMetricData',
        () => ({
          StartTime: at(0).getTime() / 1000,
          EndTime: at(10).getTime() / 1000,
          MaxDatapoints: 3,
          MetricDataQueries: [{ ...cpuQuery, Id: 'cpu' }]
        })
      ],
      ['SetAlarmState', () => ({ AlarmName: 'db-disk', StateValue: 'OK', StateReason: 'fine' })],
      [
        'ListTagsForResource',
        () => ({ ResourceARN: 'arn:aws:cloudwatch:us-east-1:123456789012:alarm:db-disk' })
      ]
    ]
  },
  {
    model: 'cloudwatch-logs-2014-03-28.json',
    service: logs.service,
    steps: [
      ['DescribeLogGroups', () => ({ limit: 1 })],
      ['FilterLogEvents', () => ({ logGroupName: '/aws/ec2/api', limit: 2 })],
      ['StartQuery', insightsQuery],
      ['GetQueryResults', startedQuery],
      ['GetQueryResults', startedQuery],
      ['StartQuery', insightsQuery],
      ['StopQuery', startedQuery],
      ['ListLogAnomalyDetectors', () => ({ limit: 1 })],
      ['ListAnomalies', () => ({ limit: 3 })]
    ]
  }
])('$model: stand-in vs the Smithy model', ({ model: fileName, service, steps }) => {
  const model = loadModel(fileName)
  const maybe = model ? it : it.skip

  maybe('answers every served operation with members of its output shape', async () => {
    if (!model) return
    const req = {
      method: 'POST',
      path: '/',
      query: new URLSearchParams(),
      headers: {},
      body: Buffer.alloc(0)
    }
    const outputs: Outputs = {}
    for (const [operation, input] of steps) {
      const output = (await service.handle(operation, input(outputs), req)) as Record<
        string,
        unknown
      >
      outputs[operation] = output
      expect(outputProblems(model, operation, output)).toEqual([])
    }
    // Rows are checked too, not just the empty results of a running query.
    if (outputs.GetQueryResults) expect(outputs.GetQueryResults.status).toBe('Complete')
  })
})

describe('errors and IAM refusals of the tag and anomaly look-ups vs the Smithy models', () => {
  const models = {
    cloudwatch: loadModel('cloudwatch-2010-08-01.json'),
    logs: loadModel('cloudwatch-logs-2014-03-28.json')
  }
  const maybe = models.cloudwatch && models.logs ? it : it.skip

  maybe("are modelled, or IAM's AccessDenied(Exception)", async () => {
    if (!models.cloudwatch || !models.logs) return
    const from = server.calls.length
    const ignore = () => undefined
    await cloudwatch.send(new ListTagsForResourceCommand({ ResourceARN: 'x' })).catch(ignore)
    await cloudwatch
      .send(
        new ListTagsForResourceCommand({
          ResourceARN: `arn:aws:cloudwatch:us-east-1:123456789012:alarm:gone`
        })
      )
      .catch(ignore)
    await cwlogs.send(new ListAnomaliesCommand({ anomalyDetectorArn: 'arn:x' })).catch(ignore)
    await cwlogs.send(new ListLogAnomalyDetectorsCommand({ nextToken: 'bad' })).catch(ignore)
    for (const operation of ['ListTagsForResource', 'ListAnomalies', 'ListLogAnomalyDetectors'])
      server.denyAccess(operation)
    await cloudwatch.send(new ListTagsForResourceCommand({ ResourceARN: 'x' })).catch(ignore)
    await cwlogs.send(new ListAnomaliesCommand({})).catch(ignore)
    await cwlogs.send(new ListLogAnomalyDetectorsCommand({})).catch(ignore)

    const calls = server.calls.slice(from)
    expect(calls.every((c) => c.errorType !== undefined)).toBe(true)
    const of = (service: string) => calls.filter((c) => c.service === service)
    expect([
      ...callProblems(models.cloudwatch, of('GraniteServiceVersion20100801'), ['AccessDenied']),
      ...callProblems(models.logs, of('Logs_20140328'), ['AccessDeniedException'])
    ]).toEqual([])
  })
})
