// The Resource Groups Tagging API stand-in, driven through the real
// @aws-sdk/client-resource-groups-tagging-api: GetResources by ARN list, tag filters and resource
// types over resources tagged here and the other stand-ins' tagged alarms, ECS services and Auto
// Scaling groups, pagination as AWS does it (an empty token on the last page), errors and IAM
// refusals as the SDK sees them, and conformance with the Smithy model.
import {
  GetResourcesCommand,
  InvalidParameterException,
  ResourceGroupsTaggingAPIClient,
  paginateGetResources,
  type GetResourcesCommandInput
} from '@aws-sdk/client-resource-groups-tagging-api'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createAutoScalingService } from '../../harness/standins/aws/autoscaling.js'
import { createCloudWatchService } from '../../harness/standins/aws/cloudwatch.js'
import { createEcsService } from '../../harness/standins/aws/ecs.js'
import { callProblems, loadModel } from '../../harness/standins/aws/model.js'
import { startAwsServer, type AwsServer } from '../../harness/standins/aws/protocol.js'
import { createTaggingService } from '../../harness/standins/aws/tagging.js'

const ACCOUNT = 'us-east-1:123456789012'
const ALARM = `arn:aws:cloudwatch:${ACCOUNT}:alarm:api-5xx`
const SERVICE = `arn:aws:ecs:${ACCOUNT}:service/prod/api`
const INSTANCE = `arn:aws:ec2:${ACCOUNT}:instance/i-0aaaaaaaaaaaaaaa1`
const BUCKET = 'arn:aws:s3:::acme-artifacts'

const cloudwatch = createCloudWatchService()
cloudwatch.control.putAlarm({ AlarmName: 'api-5xx', Tags: { service: 'api', severity: 'page' } })
cloudwatch.control.putAlarm({ AlarmName: 'untagged' })
const ecs = createEcsService()
ecs.control.putService({
  cluster: 'prod',
  serviceName: 'api',
  taskDefinition: 'api:3',
  tags: { service: 'api', env: 'prod' }
})
const autoScaling = createAutoScalingService()
const group = autoScaling.control.putGroup({
  AutoScalingGroupName: 'api-canary',
  Tags: { service: 'api', env: 'canary' }
})
const tagging = createTaggingService({
  sources: [cloudwatch.taggedResources, ecs.taggedResources, autoScaling.taggedResources]
})
tagging.control.tagResource(INSTANCE, { service: 'api', env: 'prod', Name: 'api-1' })
tagging.control.tagResource(BUCKET, { team: 'platform' })
// Tags added here merge over the alarm's own.
tagging.control.tagResource(ALARM, { owner: 'payments' })

let server: AwsServer
let client: ResourceGroupsTaggingAPIClient
beforeAll(async () => {
  server = await startAwsServer([tagging.service], [])
  client = new ResourceGroupsTaggingAPIClient({
    endpoint: server.url,
    region: 'us-east-1',
    credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
    maxAttempts: 1
  })
})
afterAll(async () => {
  client.destroy()
  await server.close()
})

const arnsOf = async (input: GetResourcesCommandInput) => {
  const out = await client.send(new GetResourcesCommand(input))
  return out.ResourceTagMappingList?.map((r) => r.ResourceARN)
}

describe('Tagging stand-in: GetResources', () => {
  it('is routed by the JSON 1.1 target the client sends', async () => {
    await arnsOf({})
    expect(server.calls.at(-1)).toMatchObject({
      service: 'ResourceGroupsTaggingAPI_20170126',
      operation: 'GetResources',
      status: 200
    })
  })

  it('lists every tagged resource, its own and the other stand-ins', async () => {
    const out = await client.send(new GetResourcesCommand({}))
    expect(out.ResourceTagMappingList?.map((r) => r.ResourceARN)).toEqual(
      [ALARM, SERVICE, INSTANCE, BUCKET, group].sort()
    )
    expect(out.ResourceTagMappingList?.find((r) => r.ResourceARN === ALARM)?.Tags).toEqual([
      { Key: 'service', Value: 'api' },
      { Key: 'severity', Value: 'page' },
      { Key: 'owner', Value: 'payments' }
    ])
    // As AWS answers the last page: an empty token, not none.
    expect(out.PaginationToken).toBe('')
  })

  it.each<[string, GetResourcesCommandInput, string[]]>([
    ['one value', { TagFilters: [{ Key: 'env', Values: ['prod'] }] }, [INSTANCE, SERVICE]],
    [
      'values as alternatives',
      { TagFilters: [{ Key: 'env', Values: ['prod', 'canary'] }] },
      [group, INSTANCE, SERVICE]
    ],
    ['a key with any value', { TagFilters: [{ Key: 'severity' }] }, [ALARM]],
    [
      'every filter',
      {
        TagFilters: [
          { Key: 'service', Values: ['api'] },
          { Key: 'env', Values: ['prod'] }
        ]
      },
      [INSTANCE, SERVICE]
    ],
    [
      'resource types (service, service:type)',
      {
        TagFilters: [{ Key: 'service', Values: ['api'] }],
        ResourceTypeFilters: ['ecs:service', 'cloudwatch', 'autoscaling:autoScalingGroup']
      },
      [group, ALARM, SERVICE]
    ],
    ['a type nothing has', { ResourceTypeFilters: ['ecs:task'] }, []],
    [
      'an ARN list (an unknown ARN is no error)',
      { ResourceARNList: [BUCKET, SERVICE, `arn:aws:ecs:${ACCOUNT}:service/prod/gone`] },
      [SERVICE, BUCKET]
    ],
    [
      'an ARN list with tag filters',
      { ResourceARNList: [BUCKET, SERVICE], TagFilters: [{ Key: 'team' }] },
      [BUCKET]
    ]
  ])('filters by %s', async (_, input, expected) => {
    expect(await arnsOf(input)).toEqual(expected)
  })

  it('paginates with ResourcesPerPage and PaginationToken through the SDK paginator', async () => {
    const pages: number[] = []
    for await (const page of paginateGetResources(
      { client, pageSize: 2 },
      { TagFilters: [{ Key: 'service' }] }
    ))
      pages.push(page.ResourceTagMappingList?.length ?? 0)
    expect(pages).toEqual([2, 2])
  })

  it('refuses what AWS refuses with InvalidParameterException', async () => {
    const bad: GetResourcesCommandInput[] = [
      { ResourceARNList: [SERVICE], ResourcesPerPage: 10 },
      { ResourcesPerPage: 101 },
      { TagsPerPage: 50 },
      { PaginationToken: 'bm90LWEtdG9rZW4=' },
      { ExcludeCompliantResources: true }
    ]
    for (const input of bad)
      await expect(client.send(new GetResourcesCommand(input))).rejects.toBeInstanceOf(
        InvalidParameterException
      )
  })
})

describe('Tagging stand-in: IAM refusals', () => {
  it('fails with AccessDeniedException naming the tag: action', async () => {
    server.denyAccess('GetResources')
    const error = await client.send(new GetResourcesCommand({})).catch((e: unknown) => e)
    expect(error).toMatchObject({
      name: 'AccessDeniedException',
      message: expect.stringContaining('not authorized to perform: tag:GetResources'),
      $metadata: { httpStatusCode: 400 }
    })
    await expect(client.send(new GetResourcesCommand({}))).resolves.toBeDefined()
  })
})

// --- conformance with the Smithy model (skipped when the shared model is absent) -------------

describe('Tagging stand-in vs the Smithy model', () => {
  const model = loadModel('resource-groups-tagging-api-2017-01-26.json')
  const maybe = model ? it : it.skip

  maybe('answers only with modelled members, required members and errors', async () => {
    if (!model) return
    // Every kind of answer, so the check stands when run alone.
    await client.send(new GetResourcesCommand({ ResourcesPerPage: 1 }))
    await client.send(new GetResourcesCommand({ IncludeComplianceDetails: true }))
    await client.send(new GetResourcesCommand({ ResourceARNList: [BUCKET] }))
    await client.send(new GetResourcesCommand({ TagsPerPage: 1 })).catch(() => undefined)
    server.denyAccess('GetResources')
    await client.send(new GetResourcesCommand({})).catch(() => undefined)

    expect(callProblems(model, server.calls, ['AccessDeniedException'])).toEqual([])
  })
})
