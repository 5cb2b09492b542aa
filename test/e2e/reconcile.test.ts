// End to end: the scheduled `reconcile` job through the action's composition root (in process,
// harness/action-in-process.ts) against the stand-ins, which hold CloudWatch's alarms and GitHub's
// issues. A delivery is "dropped" by never making it: the alarm changes state in CloudWatch and
// nothing reaches the repository. Reconcile must then hand intake what EventBridge would have
// delivered, so that the issue is opened, counted or marked recovered as the delivery would have.
import { CloudWatchClient, type MetricAlarm } from '@aws-sdk/client-cloudwatch'
import { afterAll, afterEach, beforeAll, describe, expect, it, jest } from '@jest/globals'
import { existsSync, readFileSync } from 'node:fs'
import { runActionInProcess } from '../../harness/action-in-process.js'
import type { ActionRun } from '../../harness/action-bundle.js'
import { errorProblems, loadModel, outputProblems } from '../../harness/standins/aws/model.js'
import { startStandIns, type StandIns } from '../../harness/standins/index.js'
import type { AlarmSeed } from '../../harness/standins/aws/cloudwatch.js'
import { cloudWatchAlarmDirectory } from '../../src/adapters/aws/alarm-directory.js'
import { alarmStateEvent, GRACE_MS, reconcileEventId } from '../../src/flows/reconcile.js'
import { normalize } from '../../src/intake/normalize.js'
import { awsFor } from '../helpers/flows.js'

jest.setTimeout(60_000)

const REPO = 'acme/ops'
const ACCOUNT = '123456789012'
const REGION = 'us-east-1'
const minutesAgo = (n: number): Date => new Date(Date.now() - n * 60_000)

let standIns: StandIns

beforeAll(async () => {
  standIns = await startStandIns()
})

afterAll(async () => {
  await standIns.stop()
})

afterEach(() => {
  standIns.github.faults.clear()
  standIns.github.assertNoViolations()
})

/** A metric alarm as CloudWatch holds it, in `state` since `since`. */
function alarm(
  name: string,
  state: 'ALARM' | 'OK' | 'INSUFFICIENT_DATA',
  since: Date,
  extra: Partial<MetricAlarm> & { Tags?: Record<string, string> } = {}
): AlarmSeed {
  return {
    AlarmName: name,
    AlarmDescription: `${name}: the checkout service answers 5xx`,
    Namespace: 'AWS/ApplicationELB',
    MetricName: 'HTTPCode_Target_5XX_Count',
    Dimensions: [{ Name: 'LoadBalancer', Value: 'app/checkout/50dc6c495c0c9188' }],
    Statistic: 'Sum',
    Period: 60,
    EvaluationPeriods: 3,
    Threshold: 10,
    ComparisonOperator: 'GreaterThanThreshold',
    StateValue: state,
    StateReason:
      state === 'ALARM'
        ? 'Threshold Crossed: 3 out of the last 3 datapoints [42.0 (01/01/26 10:02:00), 37.0 (01/01/26 10:01:00), 25.0 (01/01/26 10:00:00)] were greater than the threshold (10.0) (minimum 3 datapoints for OK -> ALARM transition).'
        : 'Threshold Crossed: 3 out of the last 3 datapoints [0.0 (01/01/26 11:02:00), 1.0 (01/01/26 11:01:00), 0.0 (01/01/26 11:00:00)] were not greater than the threshold (10.0) (minimum 3 datapoints for ALARM -> OK transition).',
    StateReasonData:
      '{"version":"1.0","statistic":"Sum","period":60,"recentDatapoints":[25.0,37.0,42.0],"threshold":10.0}',
    StateUpdatedTimestamp: since,
    StateTransitionedTimestamp: since,
    ...extra
  }
}

const arnOf = (name: string) => `arn:aws:cloudwatch:${REGION}:${ACCOUNT}:alarm:${name}`

/** The state change EventBridge delivers for an alarm, as AWS's own sample has it. */
function delivered(name: string, state: 'ALARM' | 'OK', at: Date): Record<string, unknown> {
  const event = JSON.parse(
    readFileSync('test/fixtures/aws-events/eb-alarm-single-metric.json', 'utf8')
  ) as Record<string, unknown> & { detail: Record<string, Record<string, unknown>> }
  return {
    ...event,
    id: `eventbridge-${name}-${state}-${at.getTime()}`,
    account: ACCOUNT,
    region: REGION,
    time: at.toISOString().replace(/\.\d{3}Z$/, 'Z'),
    resources: [arnOf(name)],
    detail: {
      ...event.detail,
      alarmName: name,
      state: { ...event.detail.state, value: state, timestamp: at.toISOString() }
    }
  }
}

function deliver(event: Record<string, unknown>): Promise<ActionRun> {
  return runActionInProcess({
    env: standIns.env,
    eventName: 'repository_dispatch',
    webhook: { action: 'aws-incident', client_payload: { event } },
    command: 'intake'
  })
}

/** The scheduled run of reconcile.yml: the sub-action, or the root action with `command`. */
function reconcile(inputs: Record<string, string> = {}, root = false): Promise<ActionRun> {
  return runActionInProcess({
    env: standIns.env,
    eventName: 'schedule',
    webhook: { schedule: '7,22,37,52 * * * *' },
    inputs: { 'alarm-name-prefix': 'prod-', ...inputs, ...(root ? { command: 'reconcile' } : {}) },
    ...(root ? {} : { command: 'reconcile' as const })
  })
}

const issuesFor = (name: string) =>
  standIns.github.state
    .issuesOf(REPO)
    .filter((i) => i.title.includes(`${name} is`) || i.body?.includes(arnOf(name)))
const issueFor = (name: string) => {
  const found = issuesFor(name)
  expect(found).toHaveLength(1)
  const [issue] = found
  if (!issue) throw new Error(`no issue for ${name}`)
  return issue
}
const comments = (issue: number) => standIns.github.state.commentsOf(REPO, issue).map((c) => c.body)
const occurrences = (issue: number) =>
  /\| Occurrences \| (\d+) /.exec(standIns.github.state.issue(REPO, issue)?.body ?? '')?.[1]
const row = (summary: string, name: string) =>
  summary.split('\n').find((l) => l.startsWith(`| \`${name}\` |`))

async function requestsDuring<T>(work: () => Promise<T>): Promise<[T, number]> {
  const before = standIns.github.requests.length
  const result = await work()
  return [result, standIns.github.requests.length - before]
}

describe('reconcile, through the action', () => {
  it('opens the issue of an alarm in ALARM whose delivery was dropped', async () => {
    standIns.cloudwatch.putAlarm(alarm('prod-api-5xx', 'ALARM', minutesAgo(40)))
    const run = await reconcile()
    expect(run.code).toBe(0)
    expect(run.outputs).toEqual({ reconciled: '1', failures: '0' })
    const issue = issueFor('prod-api-5xx')
    expect(issue.state).toBe('open')
    expect(issue.title).toBe(`[incident] prod-api-5xx is ALARM in ${REGION}`)
    expect(issue.labels).toEqual(expect.arrayContaining(['opsloop', 'source:cloudwatch']))
    // The event intake read is the one EventBridge would have sent, with reconcile's own id.
    expect(issue.body).toContain('opsloop-reconcile-')
    expect(issue.body).toContain(arnOf('prod-api-5xx'))
    expect(occurrences(issue.number)).toBe('1')
    // OpsLoop's sealed record is its first comment, as for any delivery.
    expect(comments(issue.number)[0]).toMatch(/<!-- opsloop:record /)
    expect(row(run.summary, 'prod-api-5xx')).toMatch(
      new RegExp(
        `^\\| \`prod-api-5xx\` \\| \`ALARM\` \\| \\*\\*opened its issue\\*\\*: its delivery never arrived \\| \\[#${issue.number}\\]\\(http[^)]+/issues/${issue.number}\\) \\|$`
      )
    )
    expect(run.summary).toContain(
      "Scope: alarms whose name starts with `prod-`, in this job's account and Region: 1 in `ALARM`"
    )
  })

  it('changes nothing on the next run: no second issue, no second count, one request', async () => {
    const issue = issueFor('prod-api-5xx')
    // The root action with `command: reconcile`, as a workflow that predates the sub-action runs it.
    const [run, requests] = await requestsDuring(() => reconcile({}, true))
    expect(run.code).toBe(0)
    expect(run.outputs).toEqual({ reconciled: '0', failures: '0' })
    expect(issuesFor('prod-api-5xx')).toHaveLength(1)
    expect(occurrences(issue.number)).toBe('1')
    expect(comments(issue.number)).toHaveLength(1)
    expect(row(run.summary, 'prod-api-5xx')).toMatch(/\*\*nothing to do\*\*: its issue is open/)
    // Budget: the open issues, one page; nothing per alarm whose issue is open.
    expect(requests).toBe(1)
  })

  it('hands the same state change over as the same event, which intake counts once', async () => {
    const [found] = await cloudWatchAlarmDirectory(new CloudWatchClient(awsFor(standIns))).named([
      'prod-api-5xx'
    ])
    if (!found) throw new Error('prod-api-5xx not found')
    const event = alarmStateEvent(found)
    expect(event.id).toBe(reconcileEventId(found))
    expect(alarmStateEvent(found)).toEqual(event)
    const again = await deliver(event)
    expect(again.outputs).toMatchObject({ action: 'duplicate', occurrences: '1' })
    expect(issuesFor('prod-api-5xx')).toHaveLength(1)
  })

  it('notes the recovery of an open issue whose alarm is OK and whose OK was dropped', async () => {
    // prod-db-latency's ALARM arrived as usual; its OK did not. prod-api-5xx (opened by reconcile)
    // recovered too.
    standIns.cloudwatch.putAlarm(alarm('prod-db-latency', 'ALARM', minutesAgo(120)))
    const first = await deliver(delivered('prod-db-latency', 'ALARM', minutesAgo(120)))
    expect(first.outputs).toMatchObject({ action: 'created' })
    standIns.cloudwatch.putAlarm(alarm('prod-db-latency', 'OK', minutesAgo(30)))
    standIns.cloudwatch.putAlarm(alarm('prod-api-5xx', 'OK', minutesAgo(25)))
    const run = await reconcile()
    expect(run.code).toBe(0)
    expect(run.outputs).toEqual({ reconciled: '2', failures: '0' })
    for (const name of ['prod-db-latency', 'prod-api-5xx']) {
      const issue = issueFor(name)
      expect(issue.labels).toContain('recovered')
      expect(issue.state).toBe('open')
      expect(comments(issue.number).at(-1)).toMatch(
        new RegExp(`^✅ \`${name}\` returned to \`OK\` at `)
      )
      expect(row(run.summary, name)).toMatch(
        /\| `OK` \| \*\*noted the recovery\*\*: it recovered, and that delivery never arrived \|/
      )
    }
  })

  it('notes a recovery once: the next run leaves the recovered issues alone', async () => {
    const before = ['prod-db-latency', 'prod-api-5xx'].map((n) => comments(issueFor(n).number))
    const run = await reconcile()
    expect(run.outputs).toEqual({ reconciled: '0', failures: '0' })
    const after = ['prod-db-latency', 'prod-api-5xx'].map((n) => comments(issueFor(n).number))
    expect(after).toEqual(before)
  })

  it('counts an alarm that fired again after its recovery when that delivery was dropped', async () => {
    standIns.cloudwatch.putAlarm(alarm('prod-db-latency', 'ALARM', minutesAgo(15)))
    const issue = issueFor('prod-db-latency')
    const run = await reconcile()
    expect(run.outputs).toEqual({ reconciled: '1', failures: '0' })
    expect(row(run.summary, 'prod-db-latency')).toMatch(
      /\*\*counted the firing\*\*: it fired again after its recovery, and that delivery never arrived/
    )
    expect(standIns.github.state.issue(REPO, issue.number)?.labels).not.toContain('recovered')
    expect(occurrences(issue.number)).toBe('2')
    expect(comments(issue.number).at(-1)).toMatch(/^🔁 Fired again at /)
    // And only once.
    const again = await reconcile()
    expect(again.outputs).toEqual({ reconciled: '0', failures: '0' })
    expect(occurrences(issue.number)).toBe('2')
  })

  it('ignores alarms outside the scope, and leaves one that just changed to its own delivery', async () => {
    standIns.cloudwatch.putAlarm(alarm('dev-api-5xx', 'ALARM', minutesAgo(60)))
    standIns.cloudwatch.putAlarm(alarm('prod-cache-evictions', 'ALARM', minutesAgo(2)))
    const run = await reconcile()
    expect(run.outputs).toEqual({ reconciled: '0', failures: '0' })
    expect(issuesFor('dev-api-5xx')).toEqual([])
    expect(run.summary).not.toContain('dev-api-5xx')
    expect(issuesFor('prod-cache-evictions')).toEqual([])
    expect(row(run.summary, 'prod-cache-evictions')).toMatch(
      /\*\*waiting\*\*: it entered `ALARM` 2 min ago: left to its own delivery; the next run looks again/
    )
    expect(GRACE_MS).toBe(10 * 60_000)
    // Past the grace, its issue is opened.
    standIns.cloudwatch.putAlarm(alarm('prod-cache-evictions', 'ALARM', minutesAgo(30)))
    const later = await reconcile()
    expect(later.outputs).toEqual({ reconciled: '1', failures: '0' })
    expect(issuesFor('prod-cache-evictions')).toHaveLength(1)
  })

  it('never reopens an issue a person closed while its alarm still fires', async () => {
    const issue = standIns.github.state.issue(REPO, issueFor('prod-cache-evictions').number)
    if (!issue) throw new Error('no issue')
    issue.state = 'closed'
    issue.closedAt = new Date().toISOString()
    issue.closedBy = 'alice'
    const run = await reconcile()
    expect(run.outputs).toEqual({ reconciled: '0', failures: '0' })
    expect(issuesFor('prod-cache-evictions')).toHaveLength(1)
    expect(row(run.summary, 'prod-cache-evictions')).toMatch(
      new RegExp(
        `\\*\\*left closed\\*\\*: its issue for this firing was closed while the alarm still fires: not reopened \\| \\[#${issue.number}\\]`
      )
    )
    // Its next firing (it went OK and back to ALARM, both deliveries lost) opens a new issue.
    standIns.cloudwatch.putAlarm(alarm('prod-cache-evictions', 'ALARM', minutesAgo(20)))
    const next = await reconcile()
    expect(next.outputs).toEqual({ reconciled: '1', failures: '0' })
    expect(
      issuesFor('prod-cache-evictions')
        .map((i) => i.state)
        .sort()
    ).toEqual(['closed', 'open'])
  })

  it('finds the alarms by tag through the Resource Groups Tagging API', async () => {
    standIns.cloudwatch.putAlarm(
      alarm('orders-queue-depth', 'ALARM', minutesAgo(30), { Tags: { 'opsloop:watch': 'yes' } })
    )
    standIns.cloudwatch.putAlarm(
      alarm('orders-queue-age', 'ALARM', minutesAgo(30), { Tags: { 'opsloop:watch': 'no' } })
    )
    standIns.cloudwatch.putAlarm(alarm('orders-untagged', 'ALARM', minutesAgo(30)))
    const run = await reconcile({ 'alarm-name-prefix': '', 'alarm-tag': 'opsloop:watch=yes' })
    expect(run.code).toBe(0)
    expect(run.outputs).toEqual({ reconciled: '1', failures: '0' })
    expect(issuesFor('orders-queue-depth')).toHaveLength(1)
    expect(issuesFor('orders-queue-age')).toEqual([])
    expect(issuesFor('orders-untagged')).toEqual([])
    expect(run.summary).toContain('Scope: alarms tagged `opsloop:watch=yes`')
    const tagging = standIns.aws.calls.filter(
      (c) => c.operation === 'GetResources' && (c.input as { TagFilters?: unknown }).TagFilters
    )
    expect(tagging).toHaveLength(1)
    expect(tagging[0]?.input).toMatchObject({
      ResourceTypeFilters: ['cloudwatch:alarm'],
      TagFilters: [{ Key: 'opsloop:watch', Values: ['yes'] }]
    })
  })

  it('reports a failure on one alarm as its row, handles the others, and retries it next run', async () => {
    standIns.cloudwatch.putAlarm(alarm('prod-e1-disk', 'ALARM', minutesAgo(30)))
    standIns.cloudwatch.putAlarm(alarm('prod-e2-memory', 'ALARM', minutesAgo(30)))
    // GitHub answers 500 to creating the first issue, through every retry of the client.
    standIns.github.faults.add({ operationId: 'issues/create', status: 500, times: 4 })
    const run = await reconcile()
    expect(standIns.github.faults.remaining).toBe(0)
    expect(run.code).toBe(1)
    expect(run.outputs).toEqual({ reconciled: '1', failures: '1' })
    expect(issuesFor('prod-e1-disk')).toEqual([])
    expect(issuesFor('prod-e2-memory')).toHaveLength(1)
    expect(row(run.summary, 'prod-e1-disk')).toMatch(
      /\*\*failed\*\*: HTTP 500: .*; the next run tries again \| +\|$/
    )
    expect(run.stdout).toMatch(/::warning::Reconcile: prod-e1-disk: HTTP 500/)
    expect(run.stdout).toMatch(
      /::error::Reconcile could not handle 1 of \d+ alarm\(s\); every other one was handled/
    )
    const next = await reconcile()
    expect(next.code).toBe(0)
    expect(next.outputs).toEqual({ reconciled: '1', failures: '0' })
    expect(issuesFor('prod-e1-disk')).toHaveLength(1)
  })

  it('fails the run at once, naming the permission, when CloudWatch refuses the listing', async () => {
    standIns.aws.denyAccess('DescribeAlarms')
    const run = await reconcile()
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(
      /::error::Reconcile could not list the alarms: AccessDenied.*The triage role needs cloudwatch:DescribeAlarms/
    )
  })

  it('bounds the work per run, says so, and pages through DescribeAlarms', async () => {
    for (let i = 0; i < 120; i++)
      standIns.cloudwatch.putAlarm(
        alarm(`bulk-${String(i).padStart(3, '0')}`, 'ALARM', minutesAgo(30))
      )
    const calls = standIns.aws.calls.length
    const run = await reconcile({ 'alarm-name-prefix': 'bulk-', 'max-alarms': '2' })
    expect(run.code).toBe(0)
    expect(run.outputs).toEqual({ reconciled: '2', failures: '0' })
    expect(run.summary).toContain('120 in `ALARM`')
    expect(run.summary).toContain('At most 2 alarms are handed to intake')
    expect(run.summary).toContain('Issues changed: 2 · failed: 0 · left for the next run: 118.')
    expect(row(run.summary, 'bulk-002')).toMatch(
      /\*\*next run\*\*: left for the next run \(`max-alarms` is 2\)/
    )
    expect(issuesFor('bulk-000')).toHaveLength(1)
    expect(issuesFor('bulk-002')).toEqual([])
    const listing = standIns.aws.calls
      .slice(calls)
      .filter(
        (c) =>
          c.operation === 'DescribeAlarms' &&
          (c.input as { StateValue?: string }).StateValue === 'ALARM'
      )
    expect(listing.map((c) => (c.input as { NextToken?: string }).NextToken !== undefined)).toEqual(
      [false, true]
    )
    expect(listing[0]?.input).toMatchObject({
      StateValue: 'ALARM',
      AlarmNamePrefix: 'bulk-',
      AlarmTypes: ['MetricAlarm', 'CompositeAlarm'],
      MaxRecords: 100
    })
  })

  it('was answered by the stand-ins as the AWS models say, for every call reconcile made', () => {
    // The pinned CloudWatch client speaks JSON 1.0, though the model is awsQuery: its answers
    // are checked as JSON.
    const problems = [
      ['cloudwatch-2010-08-01.json', 'DescribeAlarms'],
      ['resource-groups-tagging-api-2017-01-26.json', 'GetResources']
    ].flatMap(([file, operation]) => {
      const model = loadModel(file ?? '')
      if (!model) return []
      const calls = standIns.aws.calls.filter((c) => c.operation === operation)
      expect(calls.length).toBeGreaterThan(0)
      return calls.flatMap((c) =>
        c.errorType === undefined
          ? outputProblems(model, c.operation, c.output)
          : errorProblems(model, c.operation, c.errorType, ['AccessDenied'])
      )
    })
    expect([...new Set(problems)]).toEqual([])
  })
})

// AWS's sample events are optional shared data (../shared): without them this part is skipped.
const SAMPLES = '../shared/testdata/aws-events'
;(existsSync(SAMPLES) ? describe : describe.skip)('the state change reconcile builds', () => {
  // AWS's own sample events, and the same alarms as DescribeAlarms shows them: intake must read
  // the event reconcile builds as it reads the one EventBridge sent (but for the previous state,
  // which DescribeAlarms does not tell, and the sample's random metric id).
  const sample = (file: string) =>
    JSON.parse(readFileSync(`${SAMPLES}/${file}`, 'utf8')) as {
      detail: {
        state: { reason: string; reasonData: string; timestamp: string }
        configuration: Record<string, unknown>
      }
    }
  const at = (timestamp: string) => new Date(timestamp.replace(/\+0000$/, 'Z'))

  const cases: [string, AlarmSeed][] = (() => {
    if (!existsSync(SAMPLES)) return []
    const single = sample('eb-cloudwatch-alarm-state-change-single-metric.json')
    const math = sample('eb-cloudwatch-alarm-state-change-metric-math.json')
    const anomaly = sample('eb-cloudwatch-alarm-state-change-anomaly-detection.json')
    const composite = sample('eb-cloudwatch-alarm-state-change-composite-with-suppressor.json')
    const state = (s: (typeof single)['detail']['state']) => ({
      StateValue: 'ALARM' as const,
      StateReason: s.reason,
      StateReasonData: s.reasonData,
      StateUpdatedTimestamp: at(s.timestamp),
      StateTransitionedTimestamp: at(s.timestamp)
    })
    return [
      [
        'eb-cloudwatch-alarm-state-change-single-metric.json',
        {
          AlarmName: 'ServerCpuTooHigh',
          AlarmDescription: 'Goes into alarm when server CPU utilization is too high!',
          Namespace: 'AWS/EC2',
          MetricName: 'CPUUtilization',
          Dimensions: [{ Name: 'InstanceId', Value: 'i-12345678901234567' }],
          Period: 300,
          Statistic: 'Average',
          Threshold: 50,
          ComparisonOperator: 'GreaterThanThreshold',
          EvaluationPeriods: 1,
          ...state(single.detail.state)
        }
      ],
      [
        'eb-cloudwatch-alarm-state-change-metric-math.json',
        {
          AlarmName: 'TotalNetworkTrafficTooHigh',
          AlarmDescription: 'Goes into alarm if total network traffic exceeds 10Kb',
          Metrics: [
            {
              Id: 'e1',
              Expression: 'SUM(METRICS())',
              Label: 'Total Network Traffic',
              ReturnData: true
            },
            ...['NetworkIn', 'NetworkOut'].map((name, i) => ({
              Id: `m${i + 1}`,
              MetricStat: {
                Metric: {
                  Namespace: 'AWS/EC2',
                  MetricName: name,
                  Dimensions: [{ Name: 'InstanceId', Value: 'i-12345678901234567' }]
                },
                Period: 300,
                Stat: 'Maximum'
              },
              ReturnData: false
            }))
          ],
          Threshold: 10000,
          ComparisonOperator: 'GreaterThanThreshold',
          EvaluationPeriods: 1,
          ...state(math.detail.state)
        }
      ],
      [
        'eb-cloudwatch-alarm-state-change-anomaly-detection.json',
        {
          AlarmName: 'EC2 CPU Utilization Anomaly',
          AlarmDescription: 'Goes into alarm if CPU Utilization is out of band',
          Metrics: [
            {
              Id: 'm1',
              MetricStat: {
                Metric: {
                  Namespace: 'AWS/EC2',
                  MetricName: 'CPUUtilization',
                  Dimensions: [{ Name: 'InstanceId', Value: 'i-12345678901234567' }]
                },
                Period: 60,
                Stat: 'Average'
              },
              ReturnData: true
            },
            {
              Id: 'ad1',
              Expression: 'ANOMALY_DETECTION_BAND(m1, 0.8)',
              Label: 'CPUUtilization (expected)',
              ReturnData: true
            }
          ],
          ThresholdMetricId: 'ad1',
          ComparisonOperator: 'LessThanLowerOrGreaterThanUpperThreshold',
          EvaluationPeriods: 1,
          ...state(anomaly.detail.state)
        }
      ],
      [
        'eb-cloudwatch-alarm-state-change-composite-with-suppressor.json',
        {
          type: 'CompositeAlarm',
          AlarmName: 'ServiceAggregatedAlarm',
          AlarmRule: 'ALARM(ServerCpuTooHigh) OR ALARM(TotalNetworkTrafficTooHigh)',
          ActionsSuppressor: 'ServiceMaintenanceAlarm',
          ActionsSuppressorWaitPeriod: 120,
          ActionsSuppressorExtensionPeriod: 180,
          ActionsSuppressedBy: 'WaitPeriod',
          ActionsSuppressedReason: 'Actions suppressed by WaitPeriod',
          ...state(composite.detail.state)
        }
      ]
    ]
  })()

  it.each(cases)('reads like AWS`s %s', async (file, seed) => {
    standIns.cloudwatch.putAlarm(seed)
    const [found] = await cloudWatchAlarmDirectory(new CloudWatchClient(awsFor(standIns))).named([
      seed.AlarmName
    ])
    if (!found) throw new Error(`${seed.AlarmName} not found`)
    const aws = normalize(sample(file))
    const ours = normalize(alarmStateEvent(found))
    // Everything but the event's id, the previous state, the raw event and the metrics' ids.
    const comparable = (i: ReturnType<typeof normalize>) => ({
      ...i,
      id: undefined,
      previousState: undefined,
      raw: undefined,
      metrics: i.metrics.map((m) => ({ ...m, id: undefined }))
    })
    expect(comparable(ours)).toEqual(comparable(aws))
    expect(ours.id).toBe(reconcileEventId(found))
  })
})
