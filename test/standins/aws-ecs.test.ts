// The ECS stand-in, driven through the real @aws-sdk/client-ecs: DescribeServices with PRIMARY and
// ACTIVE deployments as a rolling deployment goes, failures for missing services, tags on request,
// DescribeTaskDefinition by family, revision and ARN with the `awslogs` log configuration, errors
// and IAM refusals as SDK exceptions, and conformance with the Smithy model.
import {
  AccessDeniedException,
  ClientException,
  ClusterNotFoundException,
  DescribeServicesCommand,
  DescribeTaskDefinitionCommand,
  ECSClient,
  InvalidParameterException
} from '@aws-sdk/client-ecs'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createEcsService } from '../../harness/standins/aws/ecs.js'
import { callProblems, loadModel } from '../../harness/standins/aws/model.js'
import { startAwsServer, type AwsServer } from '../../harness/standins/aws/protocol.js'

const T0 = new Date('2025-06-01T12:00:00Z')
let clock = T0
const ecs = createEcsService({ now: () => clock })
const ARN = 'arn:aws:ecs:us-east-1:123456789012'

const container = (name: string, group: string) => ({
  name,
  image: `123456789012.dkr.ecr.us-east-1.amazonaws.com/${name}:1.4.2`,
  logConfiguration: {
    logDriver: 'awslogs' as const,
    options: {
      'awslogs-group': group,
      'awslogs-region': 'us-east-1',
      'awslogs-stream-prefix': 'ecs'
    }
  }
})

ecs.control.registerTaskDefinition({
  family: 'api',
  containerDefinitions: [container('api', '/ecs/api')]
})
const apiV2 = ecs.control.registerTaskDefinition({
  family: 'api',
  containerDefinitions: [container('api', '/ecs/api'), container('envoy', '/ecs/api-envoy')],
  tags: { team: 'payments' }
})
ecs.control.putService({
  cluster: 'prod',
  serviceName: 'api',
  taskDefinition: 'api:1',
  desiredCount: 3,
  tags: { service: 'api', env: 'prod' }
})
ecs.control.putService({ cluster: 'prod', serviceName: 'worker', taskDefinition: 'api' })

let server: AwsServer
let client: ECSClient
beforeAll(async () => {
  server = await startAwsServer([ecs.service], [])
  client = new ECSClient({
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

const describeServices = (services: string[], cluster = 'prod') =>
  client.send(new DescribeServicesCommand({ cluster, services }))

describe('ECS stand-in: DescribeServices', () => {
  it('is routed by the JSON 1.1 target the client sends', async () => {
    await describeServices(['api'])
    expect(server.calls.at(-1)).toMatchObject({
      service: 'AmazonEC2ContainerServiceV20141113',
      operation: 'DescribeServices',
      input: { cluster: 'prod', services: ['api'] },
      status: 200
    })
  })

  it('describes a settled service: one COMPLETED PRIMARY deployment of its task definition', async () => {
    const { services, failures } = await describeServices(['api'])
    expect(failures).toEqual([])
    const [api] = services ?? []
    expect(api).toMatchObject({
      serviceArn: `${ARN}:service/prod/api`,
      clusterArn: `${ARN}:cluster/prod`,
      status: 'ACTIVE',
      desiredCount: 3,
      runningCount: 3,
      taskDefinition: `${ARN}:task-definition/api:1`,
      createdAt: T0
    })
    expect(api?.tags).toBeUndefined()
    expect(api?.deployments).toEqual([
      expect.objectContaining({
        status: 'PRIMARY',
        taskDefinition: `${ARN}:task-definition/api:1`,
        rolloutState: 'COMPLETED',
        desiredCount: 3,
        runningCount: 3,
        createdAt: T0,
        updatedAt: T0
      })
    ])
    expect(api?.deployments?.[0]?.id).toMatch(/^ecs-svc\/\d{19}$/)
  })

  it('shows a rolling deployment as a new PRIMARY and the old one ACTIVE, then settled', async () => {
    clock = new Date(T0.getTime() + 60_000)
    ecs.control.deploy({ cluster: 'prod', service: 'api', taskDefinition: 'api:2' })
    const rolling = (await describeServices(['api'])).services?.[0]
    expect(rolling?.taskDefinition).toBe(apiV2)
    expect(rolling?.deployments?.map((d) => [d.status, d.rolloutState, d.taskDefinition])).toEqual([
      ['PRIMARY', 'IN_PROGRESS', apiV2],
      ['ACTIVE', 'COMPLETED', `${ARN}:task-definition/api:1`]
    ])
    expect(rolling?.deployments?.[0]).toMatchObject({ createdAt: clock, runningCount: 0 })
    expect(rolling?.deployments?.[1]).toMatchObject({ createdAt: T0, updatedAt: clock })

    ecs.control.deploy({
      cluster: 'prod',
      service: 'api',
      taskDefinition: apiV2,
      rolloutState: 'FAILED',
      rolloutStateReason: 'ECS deployment circuit breaker: tasks failed to start.'
    })
    const failed = (await describeServices(['api'])).services?.[0]
    expect(failed?.deployments?.map((d) => [d.status, d.rolloutState])).toEqual([
      ['PRIMARY', 'FAILED'],
      ['ACTIVE', 'IN_PROGRESS'],
      ['ACTIVE', 'COMPLETED']
    ])

    ecs.control.deploy({
      cluster: 'prod',
      service: 'api',
      taskDefinition: 'api:1',
      rolloutState: 'COMPLETED'
    })
    const settled = (await describeServices(['api'])).services?.[0]
    expect(settled?.deployments?.map((d) => [d.status, d.rolloutState, d.runningCount])).toEqual([
      ['PRIMARY', 'COMPLETED', 3]
    ])
  })

  it('finds services by name or ARN, reports missing ones as failures, and adds tags on request', async () => {
    const out = await client.send(
      new DescribeServicesCommand({
        cluster: `${ARN}:cluster/prod`,
        services: [`${ARN}:service/prod/worker`, 'api', 'gone', `${ARN}:service/staging/api`],
        include: ['TAGS']
      })
    )
    expect(out.services?.map((s) => [s.serviceName, s.tags])).toEqual([
      ['worker', []],
      [
        'api',
        [
          { key: 'service', value: 'api' },
          { key: 'env', value: 'prod' }
        ]
      ]
    ])
    // A bare family means its latest revision.
    expect(out.services?.[0]?.taskDefinition).toBe(apiV2)
    expect(out.failures).toEqual([
      { arn: `${ARN}:service/prod/gone`, reason: 'MISSING' },
      { arn: `${ARN}:service/staging/api`, reason: 'MISSING' }
    ])
  })

  it('answers bad requests with the SDK exception classes', async () => {
    await expect(describeServices(['api'], 'staging')).rejects.toBeInstanceOf(
      ClusterNotFoundException
    )
    // No cluster means `default`, which this account does not have.
    await expect(
      client.send(new DescribeServicesCommand({ services: ['api'] }))
    ).rejects.toBeInstanceOf(ClusterNotFoundException)
    await expect(
      describeServices(Array.from({ length: 11 }, (_, i) => `s${i}`))
    ).rejects.toBeInstanceOf(InvalidParameterException)
  })
})

describe('ECS stand-in: DescribeTaskDefinition', () => {
  it('resolves a family to its latest revision, with the awslogs configuration', async () => {
    const { taskDefinition, tags } = await client.send(
      new DescribeTaskDefinitionCommand({ taskDefinition: 'api' })
    )
    expect(tags).toBeUndefined()
    expect(taskDefinition).toMatchObject({
      taskDefinitionArn: apiV2,
      family: 'api',
      revision: 2,
      status: 'ACTIVE',
      registeredAt: T0
    })
    const [api, envoy] = taskDefinition?.containerDefinitions ?? []
    expect(api).toMatchObject({ name: 'api', essential: true, cpu: 0 })
    expect(api?.logConfiguration).toEqual({
      logDriver: 'awslogs',
      options: {
        'awslogs-group': '/ecs/api',
        'awslogs-region': 'us-east-1',
        'awslogs-stream-prefix': 'ecs'
      }
    })
    expect(envoy?.logConfiguration?.options?.['awslogs-group']).toBe('/ecs/api-envoy')
  })

  it('takes family:revision or an ARN, and returns tags on request', async () => {
    const byRevision = await client.send(
      new DescribeTaskDefinitionCommand({ taskDefinition: 'api:1' })
    )
    expect(byRevision.taskDefinition?.containerDefinitions).toHaveLength(1)
    const byArn = await client.send(
      new DescribeTaskDefinitionCommand({ taskDefinition: apiV2, include: ['TAGS'] })
    )
    expect(byArn.taskDefinition?.revision).toBe(2)
    expect(byArn.tags).toEqual([{ key: 'team', value: 'payments' }])
  })

  it('answers an unknown task definition with ClientException', async () => {
    await expect(
      client.send(new DescribeTaskDefinitionCommand({ taskDefinition: 'api:9' }))
    ).rejects.toBeInstanceOf(ClientException)
  })
})

describe('ECS stand-in: IAM refusals', () => {
  it('fails the next calls with AccessDeniedException naming the ecs: action', async () => {
    server.denyAccess('DescribeTaskDefinition', 2)
    for (let i = 0; i < 2; i++) {
      const error = await client
        .send(new DescribeTaskDefinitionCommand({ taskDefinition: 'api' }))
        .catch((e: unknown) => e)
      expect(error).toBeInstanceOf(AccessDeniedException)
      expect(error).toMatchObject({
        message: expect.stringContaining('not authorized to perform: ecs:DescribeTaskDefinition'),
        $metadata: { httpStatusCode: 400 }
      })
    }
    await expect(
      client.send(new DescribeTaskDefinitionCommand({ taskDefinition: 'api' }))
    ).resolves.toBeDefined()

    server.denyAccess('AmazonEC2ContainerServiceV20141113.DescribeServices')
    await expect(describeServices(['api'])).rejects.toBeInstanceOf(AccessDeniedException)
  })
})

// --- conformance with the Smithy model (skipped when the shared model is absent) -------------

describe('ECS stand-in vs the Smithy model', () => {
  const model = loadModel('ecs-2014-11-13.json')
  const maybe = model ? it : it.skip

  maybe(
    'answers only with modelled members, required members, enum values and errors',
    async () => {
      if (!model) return
      // Every served operation, answered and refused, so the check stands when run alone.
      ecs.control.deploy({ cluster: 'prod', service: 'worker', taskDefinition: 'api:1' })
      await client.send(
        new DescribeServicesCommand({
          cluster: 'prod',
          services: ['api', 'worker', 'gone'],
          include: ['TAGS']
        })
      )
      await client.send(
        new DescribeTaskDefinitionCommand({ taskDefinition: 'api', include: ['TAGS'] })
      )
      await describeServices(['api'], 'staging').catch(() => undefined)
      await client
        .send(new DescribeTaskDefinitionCommand({ taskDefinition: 'x:1' }))
        .catch(() => undefined)
      server.denyAccess('DescribeServices')
      await describeServices(['api']).catch(() => undefined)

      expect(new Set(server.calls.map((c) => c.operation))).toEqual(
        new Set(['DescribeServices', 'DescribeTaskDefinition'])
      )
      expect(callProblems(model, server.calls, ['AccessDeniedException'])).toEqual([])
    }
  )
})
