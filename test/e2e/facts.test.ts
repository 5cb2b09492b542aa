// Facts from AWS, end to end: the delivery is what the deployed bridge sends (`{"event": …}`,
// nothing added), and what the plan and the evidence need beyond the event is looked up in the
// stand-ins by the real SDK clients: the alarm's tags (which name its log group), the ECS service
// its dimensions name (the log group its containers write to, the deployment a rollback returns
// to), what the CloudWatch Logs anomaly detectors on its log groups found around it, and whether
// SSM manages the instance it names. A denied look-up leaves a line naming the IAM action to grant,
// and the issue still opens.
import { afterAll, beforeAll, expect, it, jest } from '@jest/globals'
import { runActionInProcess } from '../../harness/action-in-process.js'
import { startStandIns, type StandIns } from '../../harness/standins/index.js'

jest.setTimeout(60_000)
const REGION = 'eu-west-1'
// The stand-ins' account: the alarm ARN the event names is the one CloudWatch knows.
const ACCOUNT = '123456789012'
let standIns: StandIns
const at = Date.now() - 60_000

const ECS_SERVICE = {
  namespace: 'AWS/ECS',
  dimensions: { ClusterName: 'prod', ServiceName: 'checkout-api' }
}

/**
 * An EventBridge alarm state change exactly as AWS emits it for a CPU alarm: by default an ECS
 * service's.
 */
function alarmEvent(
  name: string,
  watched: { namespace: string; dimensions: Record<string, string> } = ECS_SERVICE
): object {
  return {
    version: '0',
    id: `e-${name}`,
    'detail-type': 'CloudWatch Alarm State Change',
    source: 'aws.cloudwatch',
    account: ACCOUNT,
    time: new Date(at).toISOString(),
    region: REGION,
    resources: [`arn:aws:cloudwatch:${REGION}:${ACCOUNT}:alarm:${name}`],
    detail: {
      alarmName: name,
      state: {
        value: 'ALARM',
        reason: 'Threshold Crossed: 3 datapoints were greater than the threshold (90.0).',
        timestamp: new Date(at).toISOString()
      },
      previousState: { value: 'OK', timestamp: new Date(at - 3_600_000).toISOString() },
      configuration: {
        description: 'Checkout API CPU',
        metrics: [
          {
            id: 'm1',
            metricStat: {
              metric: {
                namespace: watched.namespace,
                name: 'CPUUtilization',
                dimensions: watched.dimensions
              },
              period: 60,
              stat: 'Average'
            },
            returnData: true
          }
        ]
      }
    }
  }
}

beforeAll(async () => {
  standIns = await startStandIns({ region: REGION })
  for (const name of ['checkout-api-cpu', 'checkout-api-cpu-denied'])
    standIns.cloudwatch.putAlarm({
      AlarmName: name,
      StateValue: 'ALARM',
      Tags: { 'opsloop:log-groups': '/app/checkout-api', team: 'payments' }
    })
  const container = (image: string) => ({
    name: 'api',
    image,
    logConfiguration: {
      logDriver: 'awslogs' as const,
      options: { 'awslogs-group': '/ecs/checkout-api', 'awslogs-region': REGION }
    }
  })
  const good = standIns.ecs.registerTaskDefinition({
    family: 'checkout-api',
    containerDefinitions: [container('checkout-api:1.4.0')]
  })
  const bad = standIns.ecs.registerTaskDefinition({
    family: 'checkout-api',
    containerDefinitions: [container('checkout-api:1.5.0')]
  })
  standIns.ecs.putService({ cluster: 'prod', serviceName: 'checkout-api', taskDefinition: good })
  standIns.ecs.deploy({
    cluster: 'prod',
    service: 'checkout-api',
    taskDefinition: bad,
    rolloutState: 'FAILED'
  })
  const lines = (text: string) =>
    Array.from({ length: 20 }, (_, i) => ({ timestamp: at - 60_000 + i * 1_000, message: text }))
  standIns.logs.putLogEvents('/app/checkout-api', 'web', lines('ERROR payment gateway timed out'))
  standIns.logs.putLogEvents('/ecs/checkout-api', 'api/1', lines('ERROR OOMKilled: api container'))

  // Anomaly detectors on two more services' log groups, each with what it found.
  for (const service of ['orders-api', 'orders-worker']) {
    standIns.cloudwatch.putAlarm({
      AlarmName: `${service}-cpu`,
      StateValue: 'ALARM',
      Tags: { 'opsloop:log-groups': `/app/${service}` }
    })
    standIns.logs.putLogEvents(`/app/${service}`, 'web', lines('ERROR connection pool exhausted'))
    standIns.logs.putAnomaly({
      anomalyDetectorArn: standIns.logs.createLogAnomalyDetector({
        detectorName: `${service}-anomalies`,
        logGroups: [`/app/${service}`]
      }),
      patternString: 'ERROR <*> connection pool exhausted after <*> ms',
      description: 'Pattern count 20 is 40x the baseline',
      priority: 'HIGH',
      firstSeen: at - 5 * 60_000,
      lastSeen: at
    })
  }
  standIns.cloudwatch.putAlarm({ AlarmName: 'batch-host-cpu', StateValue: 'ALARM' })
})
afterAll(async () => {
  await standIns.stop()
})

async function deliver(alarm: string, watched?: Parameters<typeof alarmEvent>[1]): Promise<string> {
  const run = await runActionInProcess({
    env: standIns.env,
    eventName: 'repository_dispatch',
    // What infra/opsloop.yaml's bridge sends: the event, nothing else.
    webhook: { action: 'aws-incident', client_payload: { event: alarmEvent(alarm, watched) } },
    inputs: { 'aws-region': REGION }
  })
  expect(run.code).toBe(0)
  expect(run.outputs.action).toBe('created')
  return standIns.github.state.issue('acme/ops', Number(run.outputs['issue-number']))?.body ?? ''
}

it('reads the log groups the alarm tag and the ECS task definition name, from the bare event', async () => {
  const body = await deliver('checkout-api-cpu')
  expect(body).toMatch(/<summary>Logs <code>\/app\/checkout-api<\/code>: 20 lines/)
  expect(body).toMatch(/<summary>Logs <code>\/ecs\/checkout-api<\/code>: 20 lines/)
  expect(body).toContain('Read because of: tag opsloop:log-groups (alarm).')
  expect(body).toMatch(
    /Read because of: ECS task definition arn:aws:ecs:eu-west-1:\d+:task-definition\/checkout-api:2\./
  )
  expect(body).toContain('payment gateway timed out')
  expect(body).toContain('OOMKilled')
  expect(body).not.toMatch(/not available/i)
  const calls = standIns.aws.calls.map((c) => c.operation)
  expect(calls).toEqual(
    expect.arrayContaining(['ListTagsForResource', 'DescribeServices', 'DescribeTaskDefinition'])
  )
  standIns.github.assertNoViolations()
})

it('opens the issue when look-ups are denied, and says which permission to grant', async () => {
  standIns.aws.denyAccess('ListTagsForResource')
  standIns.aws.denyAccess('DescribeServices')
  const body = await deliver('checkout-api-cpu-denied')
  expect(body).toMatch(
    /alarm tags: not available \(AccessDenied.*grant `cloudwatch:ListTagsForResource`/
  )
  expect(body).toMatch(
    /ECS service prod\/checkout-api: not available \(AccessDeniedException.*grant `ecs:DescribeServices`/
  )
  // Without the tag and the task definition, no log group is known: nothing is read.
  expect(body).not.toMatch(/<summary>Logs </)
})

it('shows what the anomaly detector on the log group found, as evidence', async () => {
  const body = await deliver('orders-api-cpu')
  expect(body).toContain(
    '- Log anomalies CloudWatch found around the incident, highest priority first:'
  )
  expect(body).toMatch(
    /\n {2}- (E\d+) `HIGH` `Active` in `\/app\/orders-api`: `ERROR <\*> connection pool exhausted after <\*> ms` · detector says `Pattern count 20 is 40x the baseline` · first seen `[^`]+`, last seen `[^`]+` · detector `orders-api-anomalies`/
  )
  // The same finding is in the evidence table, under the id the line above cites.
  const id = /- (E\d+) `HIGH` `Active` in `\/app\/orders-api`/.exec(body)?.[1] ?? '?'
  expect(body).toContain(
    `| ${id} | log anomaly 1 in /app/orders-api (HIGH, Active) | \`pattern: ERROR`
  )
  expect(body).not.toMatch(/not available/i)
})

it('opens the issue when ListAnomalies is denied, and says to grant it', async () => {
  standIns.aws.denyAccess('ListAnomalies')
  const body = await deliver('orders-worker-cpu')
  expect(body).toMatch(
    /- Not available: log anomalies: not available \(AccessDeniedException .*\); grant `logs:ListAnomalies` to the triage role/
  )
  expect(body).not.toContain('Log anomalies CloudWatch found')
  // The log group itself is still read.
  expect(body).toMatch(/<summary>Logs <code>\/app\/orders-worker<\/code>: 20 lines/)
})

it('reports an instance SSM does not manage, and what to do about it', async () => {
  const instance = 'i-0f1e2d3c4b5a69788'
  const before = standIns.aws.calls.length
  const body = await deliver(
    'batch-host-cpu',
    // An instance SSM has never heard of: no agent registered it.
    { namespace: 'AWS/EC2', dimensions: { InstanceId: instance } }
  )
  expect(body).toContain(
    `| Instances | \`${instance}\`: not managed by SSM: install the SSM Agent and attach an instance profile with AmazonSSMManagedInstanceCore |`
  )
  const asked = standIns.aws.calls
    .slice(before)
    .filter((c) => c.operation === 'DescribeInstanceInformation')
  expect(asked.map((c) => c.input)).toContainEqual(
    expect.objectContaining({ Filters: [{ Key: 'InstanceIds', Values: [instance] }] })
  )
})
