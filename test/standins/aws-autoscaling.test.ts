// The Auto Scaling stand-in, driven through the real @aws-sdk/client-auto-scaling: the AWS Query
// protocol the pinned client really sends (form-encoded, XML answers) on the server the JSON and
// REST stand-ins share, groups by name and by tag filters with pagination, instance lifecycle and
// health, errors and IAM refusals as SDK exceptions, and conformance with the Smithy model.
import {
  AutoScalingClient,
  DescribeAutoScalingGroupsCommand,
  DescribeAutoScalingInstancesCommand,
  InvalidNextToken,
  paginateDescribeAutoScalingGroups,
  type DescribeAutoScalingGroupsCommandInput
} from '@aws-sdk/client-auto-scaling'
import { CloudWatchClient, DescribeAlarmsCommand } from '@aws-sdk/client-cloudwatch'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { IncomingHttpHeaders } from 'node:http'
import { createAutoScalingService } from '../../harness/standins/aws/autoscaling.js'
import { createCloudWatchService } from '../../harness/standins/aws/cloudwatch.js'
import { callProblems, loadModel } from '../../harness/standins/aws/model.js'
import {
  startAwsServer,
  type AwsServer,
  type QueryService
} from '../../harness/standins/aws/protocol.js'

const T0 = new Date('2025-06-01T12:00:00Z')
const options = {
  region: 'us-east-1',
  credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
  maxAttempts: 1
}
const asg = createAutoScalingService({ now: () => T0 })
asg.control.putGroup({
  AutoScalingGroupName: 'web-prod',
  AvailabilityZones: ['us-east-1a', 'us-east-1b'],
  Instances: [
    { InstanceId: 'i-0aaaaaaaaaaaaaaa1' },
    {
      InstanceId: 'i-0bbbbbbbbbbbbbbb2',
      AvailabilityZone: 'us-east-1b',
      HealthStatus: 'Unhealthy',
      LifecycleState: 'Terminating'
    }
  ],
  Tags: { service: 'web', env: 'prod', 'opsloop:runbook': 'restart-nginx & reload' }
})
asg.control.putGroup({
  AutoScalingGroupName: 'web-staging',
  Instances: [{ InstanceId: 'i-0ccccccccccccccc3', LifecycleState: 'Pending' }],
  Tags: { service: 'web', env: 'staging' }
})
asg.control.putGroup({ AutoScalingGroupName: 'batch', Tags: { service: 'batch' } })

// Records the requests the client sends, to pin down the wire protocol.
const seen: { headers: IncomingHttpHeaders; body: string }[] = []
const watching = (service: QueryService): QueryService => ({
  ...service,
  handle(operation, input, req) {
    seen.push({ headers: req.headers, body: req.body.toString('utf8') })
    return service.handle(operation, input, req)
  }
})

const cw = createCloudWatchService({ alarms: [{ AlarmName: 'web-5xx' }] })
let server: AwsServer
let client: AutoScalingClient
beforeAll(async () => {
  server = await startAwsServer([cw.service], [], [watching(asg.service)])
  client = new AutoScalingClient({ ...options, endpoint: server.url })
})
afterAll(async () => {
  client.destroy()
  await server.close()
})

const describeGroups = (input: DescribeAutoScalingGroupsCommandInput) =>
  client.send(new DescribeAutoScalingGroupsCommand(input))

describe('Auto Scaling stand-in: protocol', () => {
  it('is what @aws-sdk/client-auto-scaling 3.1164.0 sends: AWS Query, answered in XML', async () => {
    await describeGroups({
      AutoScalingGroupNames: ['web-prod'],
      Filters: [{ Name: 'tag:env', Values: ['prod', 'qa'] }],
      MaxRecords: 10
    })
    const request = seen.at(-1)
    expect(request?.headers['content-type']).toBe('application/x-www-form-urlencoded')
    expect(request?.headers['x-amz-target']).toBeUndefined()
    expect(request?.body).toBe(
      'Action=DescribeAutoScalingGroups&Version=2011-01-01' +
        '&AutoScalingGroupNames.member.1=web-prod&MaxRecords=10' +
        '&Filters.member.1.Name=tag%3Aenv' +
        '&Filters.member.1.Values.member.1=prod&Filters.member.1.Values.member.2=qa'
    )
    const call = server.calls.at(-1)
    // The form, decoded: lists from `.member.N`, every value a string.
    expect(call).toMatchObject({
      service: 'autoscaling',
      operation: 'DescribeAutoScalingGroups',
      input: {
        AutoScalingGroupNames: ['web-prod'],
        MaxRecords: '10',
        Filters: [{ Name: 'tag:env', Values: ['prod', 'qa'] }]
      },
      status: 200
    })
    expect(call?.output).toMatch(
      /^<DescribeAutoScalingGroupsResponse xmlns="http:\/\/autoscaling\.amazonaws\.com\/doc\/2011-01-01\/"><DescribeAutoScalingGroupsResult><AutoScalingGroups><member>/
    )
  })

  it('shares the server with JSON stand-ins without changing their routing', async () => {
    const cloudwatch = new CloudWatchClient({ ...options, endpoint: server.url })
    const alarms = await cloudwatch.send(new DescribeAlarmsCommand({}))
    cloudwatch.destroy()
    expect(alarms.MetricAlarms?.map((a) => a.AlarmName)).toEqual(['web-5xx'])
    expect(server.calls.at(-1)?.service).toBe('GraniteServiceVersion20100801')
  })
})

describe('Auto Scaling stand-in: DescribeAutoScalingGroups', () => {
  it('returns groups by name with instances (lifecycle, health) and tags', async () => {
    const { AutoScalingGroups, NextToken } = await describeGroups({
      AutoScalingGroupNames: ['web-prod', 'no-such-group']
    })
    expect(NextToken).toBeUndefined()
    expect(AutoScalingGroups).toHaveLength(1)
    const [group] = AutoScalingGroups ?? []
    expect(group).toMatchObject({
      AutoScalingGroupName: 'web-prod',
      AutoScalingGroupARN: expect.stringMatching(
        /^arn:aws:autoscaling:us-east-1:123456789012:autoScalingGroup:[0-9a-f-]{36}:autoScalingGroupName\/web-prod$/
      ),
      DesiredCapacity: 2,
      AvailabilityZones: ['us-east-1a', 'us-east-1b'],
      CreatedTime: T0,
      NewInstancesProtectedFromScaleIn: false
    })
    expect(
      group?.Instances?.map((i) => [
        i.InstanceId,
        i.AvailabilityZone,
        i.LifecycleState,
        i.HealthStatus
      ])
    ).toEqual([
      ['i-0aaaaaaaaaaaaaaa1', 'us-east-1a', 'InService', 'Healthy'],
      ['i-0bbbbbbbbbbbbbbb2', 'us-east-1b', 'Terminating', 'Unhealthy']
    ])
    expect(group?.Instances?.[0]?.ProtectedFromScaleIn).toBe(false)
    // Escaped in XML, intact for the client.
    expect(group?.Tags).toContainEqual({
      ResourceId: 'web-prod',
      ResourceType: 'auto-scaling-group',
      Key: 'opsloop:runbook',
      Value: 'restart-nginx & reload',
      PropagateAtLaunch: true
    })
  })

  it.each([
    [[{ Name: 'tag:service', Values: ['web'] }], ['web-prod', 'web-staging']],
    [
      [
        { Name: 'tag:service', Values: ['web', 'batch'] },
        { Name: 'tag:env', Values: ['staging'] }
      ],
      ['web-staging']
    ],
    [[{ Name: 'tag-key', Values: ['env'] }], ['web-prod', 'web-staging']],
    [[{ Name: 'tag-value', Values: ['batch'] }], ['batch']],
    [[{ Name: 'tag:team', Values: ['x'] }], []]
  ])('filters by tags: %j', async (Filters, expected) => {
    const out = await describeGroups({ Filters })
    expect(out.AutoScalingGroups?.map((g) => g.AutoScalingGroupName)).toEqual(expected)
  })

  it('lists every group sorted by name, and an empty name list means all', async () => {
    const all = await describeGroups({ AutoScalingGroupNames: [] })
    expect(all.AutoScalingGroups?.map((g) => g.AutoScalingGroupName)).toEqual([
      'batch',
      'web-prod',
      'web-staging'
    ])
    expect(all.AutoScalingGroups?.[0]).toMatchObject({ Instances: [], DesiredCapacity: 0 })
  })

  it('paginates with MaxRecords and NextToken through the SDK paginator', async () => {
    const pages: string[][] = []
    for await (const page of paginateDescribeAutoScalingGroups({ client, pageSize: 2 }, {}))
      pages.push((page.AutoScalingGroups ?? []).map((g) => g.AutoScalingGroupName ?? ''))
    expect(pages).toEqual([['batch', 'web-prod'], ['web-staging']])
  })

  it('shows instance changes made through the control', async () => {
    asg.control.setInstance('web-staging', 'i-0ccccccccccccccc3', {
      LifecycleState: 'InService',
      HealthStatus: 'Unhealthy'
    })
    const out = await describeGroups({ AutoScalingGroupNames: ['web-staging'] })
    expect(out.AutoScalingGroups?.[0]?.Instances?.[0]).toMatchObject({
      LifecycleState: 'InService',
      HealthStatus: 'Unhealthy'
    })
  })

  it('answers bad requests with the SDK exception classes and Query error codes', async () => {
    await expect(describeGroups({ NextToken: 'bm90LWEtdG9rZW4=' })).rejects.toBeInstanceOf(
      InvalidNextToken
    )
    await expect(describeGroups({ MaxRecords: 101 })).rejects.toMatchObject({
      name: 'ValidationError',
      $metadata: { httpStatusCode: 400 }
    })
    await expect(
      describeGroups({ Filters: [{ Name: 'instance-type', Values: ['t3.micro'] }] })
    ).rejects.toMatchObject({ name: 'ValidationError' })
  })
})

describe('Auto Scaling stand-in: DescribeAutoScalingInstances', () => {
  it("answers each instance's group, lifecycle and health, and nothing for unknown ids", async () => {
    const out = await client.send(
      new DescribeAutoScalingInstancesCommand({
        InstanceIds: ['i-0bbbbbbbbbbbbbbb2', 'i-0ccccccccccccccc3', 'i-0ddddddddddddddd4']
      })
    )
    // As the groups show them now (earlier tests change instances through the control).
    const expected = (group: string, id: string) => {
      const i = asg.control.group(group)?.Instances?.find((x) => x.InstanceId === id)
      return expect.objectContaining({
        InstanceId: id,
        AutoScalingGroupName: group,
        LifecycleState: i?.LifecycleState,
        HealthStatus: i?.HealthStatus === 'Healthy' ? 'HEALTHY' : 'UNHEALTHY'
      })
    }
    expect(out.AutoScalingInstances).toEqual([
      expected('web-prod', 'i-0bbbbbbbbbbbbbbb2'),
      expected('web-staging', 'i-0ccccccccccccccc3')
    ])
  })
})

describe('Auto Scaling stand-in: IAM refusals', () => {
  it('fails with AccessDenied (403) naming the autoscaling: action, in the Query error shape', async () => {
    server.denyAccess('DescribeAutoScalingGroups')
    const error = await describeGroups({}).catch((e: unknown) => e)
    expect(error).toMatchObject({
      name: 'AccessDenied',
      message: expect.stringContaining(
        'not authorized to perform: autoscaling:DescribeAutoScalingGroups'
      ),
      Error: { Type: 'Sender', Code: 'AccessDenied' },
      $metadata: { httpStatusCode: 403 }
    })
    expect(server.calls.at(-1)).toMatchObject({ status: 403, errorType: 'AccessDenied' })
    await expect(describeGroups({})).resolves.toBeDefined()
  })
})

// --- conformance with the Smithy model (skipped when the shared model is absent) -------------

describe('Auto Scaling stand-in vs the Smithy model', () => {
  const model = loadModel('auto-scaling-2011-01-01.json')
  const maybe = model ? it : it.skip

  maybe('answers with XML the model describes, and only modelled or common errors', async () => {
    if (!model) return
    // Every answer and error, so the check stands when run alone.
    await describeGroups({ MaxRecords: 1 })
    await describeGroups({ Filters: [{ Name: 'tag:service', Values: ['web'] }] })
    await describeGroups({ NextToken: 'bad' }).catch(() => undefined)
    await describeGroups({ MaxRecords: 0 }).catch(() => undefined)
    await client.send(
      new DescribeAutoScalingInstancesCommand({ InstanceIds: ['i-0aaaaaaaaaaaaaaa1'] })
    )
    server.denyAccess('DescribeAutoScalingGroups')
    await describeGroups({}).catch(() => undefined)

    const calls = server.calls.filter((c) => c.service === 'autoscaling')
    expect(new Set(calls.map((c) => c.errorType ?? 'answered'))).toEqual(
      new Set(['answered', 'InvalidNextToken', 'ValidationError', 'AccessDenied'])
    )
    expect(callProblems(model, calls, ['ValidationError', 'AccessDenied'])).toEqual([])
  })
})
