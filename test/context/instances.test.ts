// The instances an incident names, as SSM sees them: which it manages (a runbook acting through
// SSM can reach no other) and whether each agent answers, looked up by the real SSM client (the
// instance directory's adapter) against the SSM stand-in, shown on the issue where its facts are
// and given to triage as evidence; a denied look-up leaves a line naming the permission.
import { SSMClient } from '@aws-sdk/client-ssm'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { ssmInstanceDirectory } from '../../src/adapters/aws/ssm-instances.js'
import { incidentEvidence } from '../../src/context/evidence.js'
import {
  instanceStatus,
  instancesOf,
  MAX_INSTANCES,
  resolveFacts
} from '../../src/context/facts.js'
import { normalize } from '../../src/intake/normalize.js'
import { analyze } from '../../src/pipeline.js'
import { rulesProvider } from '../../src/triage/rules.js'
import { awsSettings, startStandIns, type StandIns } from '../../harness/standins/index.js'

const REGION = 'eu-west-1'
const ACCOUNT = '123456789012'
const ONLINE = 'i-0a1b2c3d4e5f60001'
const LOST = 'i-0a1b2c3d4e5f60002'
const UNMANAGED = 'i-0a1b2c3d4e5f6ffff'
const instanceArn = (id: string) => `arn:aws:ec2:${REGION}:${ACCOUNT}:instance/${id}`

/** An EC2 state-change event naming `ids` (as EventBridge lists an instance's ARN). */
function ec2Event(ids: string[]): object {
  return {
    version: '0',
    id: `e-${ids.join('-')}`,
    'detail-type': 'EC2 Instance State-change Notification',
    source: 'aws.ec2',
    account: ACCOUNT,
    time: '2026-05-04T10:00:00Z',
    region: REGION,
    resources: ids.map(instanceArn),
    detail: { 'instance-id': ids[0], state: 'stopping' }
  }
}

/** A CPU alarm on one instance's `InstanceId` dimension. */
function cpuAlarm(instanceId: string): object {
  return {
    version: '0',
    id: `e-cpu-${instanceId}`,
    'detail-type': 'CloudWatch Alarm State Change',
    source: 'aws.cloudwatch',
    account: ACCOUNT,
    time: '2026-05-04T10:00:00Z',
    region: REGION,
    resources: [`arn:aws:cloudwatch:${REGION}:${ACCOUNT}:alarm:web-cpu`],
    detail: {
      alarmName: 'web-cpu',
      state: { value: 'ALARM', reason: 'Threshold Crossed' },
      configuration: {
        metrics: [
          {
            id: 'm1',
            metricStat: {
              metric: {
                namespace: 'AWS/EC2',
                name: 'CPUUtilization',
                dimensions: { InstanceId: instanceId }
              },
              period: 60,
              stat: 'Average'
            }
          }
        ]
      }
    }
  }
}

describe('the instances an incident names', () => {
  it('are its InstanceId dimensions, instance ARNs and bare ids: valid, once each, bounded', () => {
    expect(instancesOf(normalize(cpuAlarm(ONLINE)))).toEqual([ONLINE])
    expect(instancesOf(normalize(ec2Event([ONLINE, LOST, ONLINE])))).toEqual([ONLINE, LOST])
    // Not an instance id as AWS writes one: nothing to ask SSM about.
    expect(instancesOf(normalize(cpuAlarm('i-0abc')))).toEqual([])
    const many = Array.from(
      { length: MAX_INSTANCES + 5 },
      (_, i) => `i-0a1b2c3d4e5f6${String(i).padStart(4, '0')}`
    )
    expect(instancesOf(normalize(ec2Event(many)))).toEqual(many.slice(0, MAX_INSTANCES))
  })

  it('are described in words that say what to do about one SSM does not manage', () => {
    expect(
      instanceStatus({
        id: ONLINE,
        managed: true,
        pingStatus: 'Online',
        platformType: 'Linux',
        platformName: 'Amazon Linux'
      })
    ).toBe('managed by SSM, agent Online, Linux (Amazon Linux)')
    expect(instanceStatus({ id: UNMANAGED, managed: false })).toBe(
      'not managed by SSM: install the SSM Agent and attach an instance profile with AmazonSSMManagedInstanceCore'
    )
  })
})

describe('their SSM status, from the real client against the stand-in', () => {
  let standIns: StandIns
  let ssm: SSMClient

  beforeAll(async () => {
    standIns = await startStandIns({ region: REGION })
    ssm = new SSMClient(awsSettings(standIns.env, 1))
    standIns.ssm.registerInstance({ instanceId: ONLINE, platformName: 'Amazon Linux' })
    standIns.ssm.registerInstance({
      instanceId: LOST,
      platform: 'Windows',
      platformName: 'Microsoft Windows Server 2022 Datacenter',
      platformVersion: '10.0.20348'
    })
    standIns.ssm.setPingStatus(LOST, 'ConnectionLost')
  })
  afterAll(async () => {
    ssm.destroy()
    await standIns.stop()
  })

  const describeCalls = () =>
    standIns.aws.calls.filter((c) => c.operation === 'DescribeInstanceInformation').length

  it('says which SSM manages, each agent and platform, and one it does not manage', async () => {
    const { facts, incident } = await resolveFacts(normalize(ec2Event([ONLINE, LOST, UNMANAGED])), {
      instances: ssmInstanceDirectory(ssm)
    })
    expect(facts.instances).toEqual([
      {
        id: ONLINE,
        managed: true,
        pingStatus: 'Online',
        lastPingAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
        platformType: 'Linux',
        platformName: 'Amazon Linux',
        platformVersion: '2023',
        agentVersion: expect.any(String)
      },
      expect.objectContaining({
        id: LOST,
        managed: true,
        pingStatus: 'ConnectionLost',
        platformType: 'Windows',
        platformName: 'Microsoft Windows Server 2022 Datacenter'
      }),
      { id: UNMANAGED, managed: false }
    ])
    expect(facts.notAvailable).toEqual([])
    const evidence = incidentEvidence(incident).filter((e) => e.source === 'instance')
    expect(evidence.map((e) => [e.label, e.text.split(';')[0]])).toEqual([
      [`instance ${ONLINE} (SSM)`, 'managed by SSM, agent Online, Linux (Amazon Linux 2023)'],
      [
        `instance ${LOST} (SSM)`,
        'managed by SSM, agent ConnectionLost, Windows (Microsoft Windows Server 2022 Datacenter 10.0.20348)'
      ],
      [
        `instance ${UNMANAGED} (SSM)`,
        'not managed by SSM: install the SSM Agent and attach an instance profile with AmazonSSMManagedInstanceCore'
      ]
    ])
  })

  it('asks SSM nothing when the incident names no instance', async () => {
    const before = describeCalls()
    const { facts } = await resolveFacts(normalize(cpuAlarm('i-0abc')), {
      instances: ssmInstanceDirectory(ssm)
    })
    expect(facts.instances).toBeUndefined()
    expect(describeCalls()).toBe(before)
  })

  it('shows them on the issue where the incident facts are', async () => {
    const { draft } = await analyze({
      delivery: {
        kind: 'payload',
        payload: { event: cpuAlarm(UNMANAGED), context: {} },
        problems: []
      },
      catalog: [],
      provider: rulesProvider,
      facts: { instances: ssmInstanceDirectory(ssm) },
      now: new Date('2026-05-04T10:01:00Z')
    })
    expect(draft.body).toContain(
      `| Instances | \`${UNMANAGED}\`: not managed by SSM: install the SSM Agent and attach an instance profile with AmazonSSMManagedInstanceCore |`
    )
    const lost = await analyze({
      delivery: { kind: 'payload', payload: { event: cpuAlarm(LOST), context: {} }, problems: [] },
      catalog: [],
      provider: rulesProvider,
      facts: { instances: ssmInstanceDirectory(ssm) },
      now: new Date('2026-05-04T10:01:00Z')
    })
    expect(lost.draft.body).toMatch(
      new RegExp(
        `\\| Instances \\| \`${LOST}\`: managed by SSM, agent \`ConnectionLost\`, \`Windows\` \\(\`Microsoft Windows Server 2022 Datacenter 10\\.0\\.20348\`\\), last ping \`[^\`]+\`: SSM cannot reach it now`
      )
    )
  })

  it('names the permission when SSM denies the look-up, and goes on', async () => {
    standIns.aws.denyAccess('DescribeInstanceInformation')
    const { facts } = await resolveFacts(normalize(cpuAlarm(ONLINE)), {
      instances: ssmInstanceDirectory(ssm)
    })
    expect(facts.instances).toBeUndefined()
    expect(facts.notAvailable).toEqual([
      expect.stringMatching(
        new RegExp(
          `^SSM status of ${ONLINE}: not available \\(AccessDeniedException .*\\); grant \`ssm:DescribeInstanceInformation\` to the triage role$`
        )
      )
    ])
  })
})
