// The SSM instance directory's look-up of the instances an incident names, with the real SDK
// client against the SSM stand-in: which of them SSM manages (one InstanceIds-filtered
// DescribeInstanceInformation), each agent's ping status and platform, an unknown id simply
// absent, SSM's refusal of a whole filter over one unknown id answered id by id, and a denied call
// reaching the caller as what it is.
import { SSMClient } from '@aws-sdk/client-ssm'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { ssmInstanceDirectory } from '../../src/adapters/aws/ssm-instances.js'
import { isAccessDenied } from '../../src/util/aws-error.js'
import { awsSettings, startStandIns, type StandIns } from '../../harness/standins/index.js'

const WEB = 'i-0a1b2c3d4e5f60001'
const WIN = 'i-0a1b2c3d4e5f60002'
const UNMANAGED = 'i-0a1b2c3d4e5f6ffff'
let standIns: StandIns
let client: SSMClient

beforeAll(async () => {
  standIns = await startStandIns({ region: 'eu-west-1' })
  client = new SSMClient(awsSettings(standIns.env, 1))
  standIns.ssm.registerInstance({ instanceId: WEB, tags: { role: 'web' } })
  standIns.ssm.registerInstance({
    instanceId: WIN,
    platform: 'Windows',
    platformName: 'Microsoft Windows Server 2022 Datacenter',
    platformVersion: '10.0.20348'
  })
  standIns.ssm.setPingStatus(WIN, 'ConnectionLost')
})
afterAll(async () => {
  client.destroy()
  await standIns.stop()
})

const describeCalls = () =>
  standIns.aws.calls.filter((c) => c.operation === 'DescribeInstanceInformation')

describe('ssmInstanceDirectory(...).managed', () => {
  it('answers for the managed ones in one call; an id SSM does not manage is absent', async () => {
    const before = describeCalls().length
    const found = await ssmInstanceDirectory(client).managed([WEB, WIN, UNMANAGED, WEB])
    expect(found).toEqual([
      {
        id: WEB,
        pingStatus: 'Online',
        lastPingAt: expect.any(Number),
        platformType: 'Linux',
        platformName: 'Amazon Linux',
        platformVersion: '2023',
        agentVersion: expect.any(String)
      },
      expect.objectContaining({
        id: WIN,
        pingStatus: 'ConnectionLost',
        platformType: 'Windows',
        platformName: 'Microsoft Windows Server 2022 Datacenter'
      })
    ])
    const calls = describeCalls().slice(before)
    expect(calls).toHaveLength(1)
    expect(calls[0]?.input).toMatchObject({
      Filters: [{ Key: 'InstanceIds', Values: [WEB, WIN, UNMANAGED] }]
    })
  })

  it('asks id by id when SSM refuses the whole filter over an id it does not know', async () => {
    const naming = (id: string) => (input: unknown) => JSON.stringify(input).includes(id)
    standIns.aws.fail(
      'DescribeInstanceInformation',
      {
        type: 'InvalidInstanceId',
        message: 'Instances [[i-0a1b2c3d4e5f6ffff]] not in a valid state'
      },
      2,
      naming(UNMANAGED)
    )
    const before = describeCalls().length
    const found = await ssmInstanceDirectory(client).managed([WEB, UNMANAGED])
    expect(found.map((i) => i.id)).toEqual([WEB])
    // The refused batch, then one call per id.
    expect(
      describeCalls()
        .slice(before)
        .map((c) => c.errorType ?? 'ok')
    ).toEqual(['InvalidInstanceId', 'ok', 'InvalidInstanceId'])
  })

  it('asks nothing for no ids, and lets a refusal through for the caller to name the permission', async () => {
    const before = describeCalls().length
    expect(await ssmInstanceDirectory(client).managed([])).toEqual([])
    expect(describeCalls()).toHaveLength(before)
    standIns.aws.denyAccess('DescribeInstanceInformation')
    const refused = await ssmInstanceDirectory(client)
      .managed([WEB])
      .catch((e: unknown) => e)
    expect(isAccessDenied(refused)).toBe(true)
    expect(String(refused)).toContain('ssm:DescribeInstanceInformation')
  })

  it('still binds tag targets as before', async () => {
    expect(await ssmInstanceDirectory(client).tagged({ role: ['web'] })).toEqual({
      ok: true,
      instances: [{ id: WEB, online: true }]
    })
  })
})
