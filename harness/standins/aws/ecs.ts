// ECS stand-in: DescribeServices (a cluster's services with their deployments) and
// DescribeTaskDefinition (container definitions, e.g. where their `awslogs` logs go), over
// services and task definitions each test seeds. The pinned client (@aws-sdk/client-ecs
// 3.1164.0) speaks AWS JSON 1.1 with `X-Amz-Target: AmazonEC2ContainerServiceV20141113.<Op>`
// and timestamps as epoch seconds.
//
// A service has deployments as ECS reports them: the newest is PRIMARY, older ones still running
// tasks are ACTIVE, each with a rolloutState (IN_PROGRESS, COMPLETED, FAILED). `deploy()` starts a
// rolling deployment the way UpdateService does.
import type {
  ContainerDefinition,
  Deployment,
  DeploymentRolloutState,
  Service,
  TaskDefinition
} from '@aws-sdk/client-ecs'
import { AwsError, jsonTimestamps, type JsonService } from './protocol.js'
import type { TaggedResource } from './tagging.js'

export interface EcsOptions {
  /** Clock for creation and update times. */
  now?: () => Date
  region?: string
  accountId?: string
}

/** A task definition as RegisterTaskDefinition takes it; the revision is the family's next. */
export type TaskDefinitionSeed = Omit<
  TaskDefinition,
  'taskDefinitionArn' | 'revision' | 'family' | 'containerDefinitions'
> & {
  family: string
  containerDefinitions: (ContainerDefinition & { name: string })[]
  tags?: Record<string, string>
}

/** A deployment; `taskDefinition` may be `family:revision`, an ARN, or a registered family. */
export type DeploymentSeed = Partial<Deployment>

export type ServiceSeed = Omit<
  Service,
  'serviceArn' | 'serviceName' | 'clusterArn' | 'deployments' | 'tags' | 'taskDefinition'
> & {
  serviceName: string
  /** Cluster name (default `default`); created if new. */
  cluster?: string
  /** `family:revision`, an ARN, or a registered family (its latest revision). */
  taskDefinition: string
  /**
   * Newest first: the first is PRIMARY, the others ACTIVE, unless they say otherwise. Without
   * them the service has one COMPLETED PRIMARY deployment of `taskDefinition`.
   */
  deployments?: DeploymentSeed[]
  tags?: Record<string, string>
}

export interface DeployOptions {
  cluster?: string
  service: string
  taskDefinition: string
  /** Default IN_PROGRESS; COMPLETED drains the older deployments at once. */
  rolloutState?: DeploymentRolloutState
  rolloutStateReason?: string
}

export interface EcsControl {
  /** Registers the next revision of a family (1, 2, …) and returns its ARN. */
  registerTaskDefinition(seed: TaskDefinitionSeed): string
  /** Creates or replaces a service; returns its ARN. */
  putService(seed: ServiceSeed): string
  /**
   * Starts a rolling deployment as UpdateService would: the PRIMARY deployment becomes ACTIVE and
   * a new PRIMARY runs `taskDefinition`.
   */
  deploy(options: DeployOptions): void
  /** The service as DescribeServices would show it now (with its tags). */
  service(cluster: string, name: string): Service | undefined
}

/** A service whose containers log to `logGroup` and whose revisions `1…failed` are registered. */
export interface RolloutSeed {
  cluster: string
  service: string
  family: string
  /** `awslogs-group` of its containers, in `region`. */
  logGroup: string
  region: string
  /** The revision that last rolled out completely. */
  good: number
  /** A newer revision whose rollout failed, now PRIMARY; none leaves `good` PRIMARY. */
  failed?: number
  /** ECS no longer lists the good revision's deployment (drained, or the service recreated). */
  goodDrained?: boolean
}

/**
 * Seeds a service as ECS shows it after a rollout: the family's revisions registered, the good
 * one deployed and, with `failed`, a newer one whose rollout failed (the circuit breaker without
 * rollback), optionally with the good deployment gone.
 */
export function seedRollout(ecs: EcsControl, seed: RolloutSeed): void {
  const last = seed.failed ?? seed.good
  for (let revision = 1; revision <= last; revision++)
    ecs.registerTaskDefinition({
      family: seed.family,
      containerDefinitions: [
        {
          name: seed.family,
          image: `${seed.family}:${revision}`,
          logConfiguration: {
            logDriver: 'awslogs',
            options: { 'awslogs-group': seed.logGroup, 'awslogs-region': seed.region }
          }
        }
      ]
    })
  const revision = (n: number) => `${seed.family}:${n}`
  const service = { cluster: seed.cluster, serviceName: seed.service }
  if (seed.failed !== undefined && seed.goodDrained) {
    ecs.putService({
      ...service,
      taskDefinition: revision(seed.failed),
      deployments: [{ rolloutState: 'FAILED' }]
    })
    return
  }
  ecs.putService({ ...service, taskDefinition: revision(seed.good) })
  if (seed.failed !== undefined)
    ecs.deploy({
      cluster: seed.cluster,
      service: seed.service,
      taskDefinition: revision(seed.failed),
      rolloutState: 'FAILED',
      rolloutStateReason: 'ECS deployment circuit breaker: tasks failed to start.'
    })
}

interface StoredTaskDefinition {
  definition: TaskDefinition & { family: string; revision: number; taskDefinitionArn: string }
  tags?: Record<string, string>
}

interface StoredService {
  service: Service & { serviceArn: string; serviceName: string; deployments: Deployment[] }
  tags?: Record<string, string>
}

const invalid = (message: string) => new AwsError('InvalidParameterException', message)
const clientError = (message: string) => new AwsError('ClientException', message)

function rolloutReason(id: string, state: DeploymentRolloutState | undefined): string | undefined {
  switch (state) {
    case 'COMPLETED':
      return `ECS deployment ${id} completed.`
    case 'IN_PROGRESS':
      return `ECS deployment ${id} in progress.`
    case 'FAILED':
      return 'ECS deployment circuit breaker: tasks failed to start.'
    default:
      return undefined
  }
}

const asTagList = (tags: Record<string, string> | undefined) =>
  Object.entries(tags ?? {}).map(([key, value]) => ({ key, value }))

export function createEcsService(options: EcsOptions = {}): {
  service: JsonService
  control: EcsControl
  /** Tagged services and task definitions, as the Resource Groups Tagging API sees them. */
  taggedResources: () => TaggedResource[]
} {
  const now = options.now ?? (() => new Date())
  const arn = (resource: string) =>
    `arn:aws:ecs:${options.region ?? 'us-east-1'}:${options.accountId ?? '123456789012'}:${resource}`
  const taskDefinitions = new Map<string, StoredTaskDefinition>()
  const clusters = new Map<string, Map<string, StoredService>>()
  let deploymentCount = 0

  /** A registered revision by ARN, `family:revision` or family (its latest ACTIVE revision). */
  function findTaskDefinition(reference: string): StoredTaskDefinition | undefined {
    const name = /:task-definition\/(.+)$/.exec(reference)?.[1] ?? reference
    if (name.includes(':')) return taskDefinitions.get(name)
    return [...taskDefinitions.values()]
      .filter((t) => t.definition.family === name && t.definition.status === 'ACTIVE')
      .sort((a, b) => b.definition.revision - a.definition.revision)[0]
  }

  /** The ARN a seed's reference means; only a bare family must be registered. */
  function taskDefinitionArn(reference: string): string {
    const registered = findTaskDefinition(reference)
    if (registered) return registered.definition.taskDefinitionArn
    if (reference.startsWith('arn:')) return reference
    if (/^[\w-]+:\d+$/.test(reference)) return arn(`task-definition/${reference}`)
    throw new Error(`no task definition ${reference} is registered`)
  }

  function newDeployment(
    seed: DeploymentSeed,
    defaults: { status: string; rolloutState: DeploymentRolloutState; service: Service }
  ): Deployment {
    const at = now()
    const id = seed.id ?? `ecs-svc/${String(++deploymentCount).padStart(19, '9')}`
    const status = seed.status ?? defaults.status
    const rolloutState = seed.rolloutState ?? defaults.rolloutState
    const desiredCount = seed.desiredCount ?? defaults.service.desiredCount ?? 1
    return {
      id,
      status,
      desiredCount,
      pendingCount: 0,
      runningCount: rolloutState === 'COMPLETED' && status === 'PRIMARY' ? desiredCount : 0,
      failedTasks: 0,
      createdAt: at,
      updatedAt: at,
      launchType: defaults.service.launchType,
      platformVersion: defaults.service.platformVersion,
      rolloutState,
      rolloutStateReason: rolloutReason(id, rolloutState),
      ...seed,
      taskDefinition: taskDefinitionArn(
        seed.taskDefinition ?? defaults.service.taskDefinition ?? ''
      )
    }
  }

  function registerTaskDefinition(seed: TaskDefinitionSeed): string {
    const { tags, family, containerDefinitions, ...fields } = seed
    const revision =
      Math.max(
        0,
        ...[...taskDefinitions.values()]
          .filter((t) => t.definition.family === family)
          .map((t) => t.definition.revision)
      ) + 1
    const taskDefinitionArn = arn(`task-definition/${family}:${revision}`)
    const definition = {
      taskDefinitionArn,
      containerDefinitions: containerDefinitions.map((c) => ({
        cpu: 0,
        essential: true,
        portMappings: [],
        environment: [],
        mountPoints: [],
        volumesFrom: [],
        systemControls: [],
        ...c
      })),
      family,
      networkMode: 'awsvpc' as const,
      revision,
      volumes: [],
      status: 'ACTIVE' as const,
      requiresAttributes: [],
      placementConstraints: [],
      compatibilities: ['EC2' as const, 'FARGATE' as const],
      requiresCompatibilities: ['FARGATE' as const],
      cpu: '256',
      memory: '512',
      registeredAt: now(),
      ...fields
    }
    taskDefinitions.set(`${family}:${revision}`, { definition, ...(tags ? { tags } : {}) })
    return taskDefinitionArn
  }

  function putService(seed: ServiceSeed): string {
    const { cluster = 'default', serviceName, taskDefinition, deployments, tags, ...fields } = seed
    const at = now()
    const service = {
      serviceArn: arn(`service/${cluster}/${serviceName}`),
      serviceName,
      clusterArn: arn(`cluster/${cluster}`),
      loadBalancers: [],
      serviceRegistries: [],
      status: 'ACTIVE',
      desiredCount: 1,
      runningCount: seed.desiredCount ?? 1,
      pendingCount: 0,
      launchType: 'FARGATE' as const,
      platformVersion: 'LATEST',
      taskDefinition: taskDefinitionArn(taskDefinition),
      deploymentConfiguration: {
        deploymentCircuitBreaker: { enable: false, rollback: false },
        maximumPercent: 200,
        minimumHealthyPercent: 100
      },
      deployments: [] as Deployment[],
      events: [],
      createdAt: at,
      placementConstraints: [],
      placementStrategy: [],
      schedulingStrategy: 'REPLICA' as const,
      deploymentController: { type: 'ECS' as const },
      enableECSManagedTags: false,
      propagateTags: 'NONE' as const,
      enableExecuteCommand: false,
      ...fields
    }
    const seeds = deployments ?? [{}]
    service.deployments = seeds.map((d, i) =>
      newDeployment(d, {
        status: i === 0 ? 'PRIMARY' : 'ACTIVE',
        rolloutState: i === 0 && seeds.length > 1 ? 'IN_PROGRESS' : 'COMPLETED',
        service
      })
    )
    const services = clusters.get(cluster) ?? new Map<string, StoredService>()
    services.set(serviceName, { service, ...(tags ? { tags } : {}) })
    clusters.set(cluster, services)
    return service.serviceArn
  }

  function clusterName(reference: unknown): string {
    const given = typeof reference === 'string' ? reference : 'default'
    const name = /:cluster\/(.+)$/.exec(given)?.[1] ?? given
    if (!clusters.has(name)) throw new AwsError('ClusterNotFoundException', 'Cluster not found.')
    return name
  }

  function describeServices(input: Record<string, unknown>) {
    const cluster = clusterName(input.cluster)
    const names = input.services as string[] | undefined
    if (!names || names.length === 0) throw invalid('services can not be empty.')
    if (names.length > 10) throw invalid('services can have at most 10 items.')
    const withTags = (input.include as string[] | undefined)?.includes('TAGS') ?? false
    const services = clusters.get(cluster)
    const found: Service[] = []
    const failures: { arn: string; reason: string }[] = []
    for (const reference of names) {
      // An ARN names its cluster too: `service/<cluster>/<name>` (or the old `service/<name>`).
      const [, inCluster, name] = /:service\/(?:([^/]+)\/)?(.+)$/.exec(reference) ?? []
      const stored = services?.get(name ?? reference)
      if (stored && (inCluster === undefined || inCluster === cluster))
        found.push({ ...stored.service, ...(withTags ? { tags: asTagList(stored.tags) } : {}) })
      else
        failures.push({
          arn: reference.startsWith('arn:') ? reference : arn(`service/${cluster}/${reference}`),
          reason: 'MISSING'
        })
    }
    return jsonTimestamps({ services: found, failures })
  }

  function describeTaskDefinition(input: Record<string, unknown>) {
    const reference = input.taskDefinition
    const stored = typeof reference === 'string' ? findTaskDefinition(reference) : undefined
    if (!stored) throw clientError('Unable to describe task definition.')
    const withTags = (input.include as string[] | undefined)?.includes('TAGS') ?? false
    return jsonTimestamps({
      taskDefinition: stored.definition,
      ...(withTags ? { tags: asTagList(stored.tags) } : {})
    })
  }

  function storedService(cluster: string, name: string): StoredService {
    const stored = clusters.get(cluster)?.get(name)
    if (!stored) throw new Error(`no service ${name} in cluster ${cluster}`)
    return stored
  }

  const service: JsonService = {
    targetPrefix: 'AmazonEC2ContainerServiceV20141113',
    jsonVersion: '1.1',
    accessDenied: { iamPrefix: 'ecs' },
    handle(operation, input) {
      switch (operation) {
        case 'DescribeServices':
          return describeServices(input)
        case 'DescribeTaskDefinition':
          return describeTaskDefinition(input)
        default:
          return undefined
      }
    }
  }

  const control: EcsControl = {
    registerTaskDefinition,
    putService,
    deploy({ cluster = 'default', service: name, taskDefinition, ...state }) {
      const { service } = storedService(cluster, name)
      const at = now()
      const rolloutState = state.rolloutState ?? 'IN_PROGRESS'
      const primary = newDeployment(
        { rolloutState, taskDefinition, runningCount: 0 },
        { status: 'PRIMARY', rolloutState, service }
      )
      if (state.rolloutStateReason !== undefined)
        primary.rolloutStateReason = state.rolloutStateReason
      if (rolloutState === 'COMPLETED') {
        primary.runningCount = primary.desiredCount
        service.deployments = [primary]
      } else {
        for (const d of service.deployments)
          if (d.status === 'PRIMARY') Object.assign(d, { status: 'ACTIVE', updatedAt: at })
        service.deployments = [primary, ...service.deployments]
      }
      service.taskDefinition = primary.taskDefinition
    },
    service(cluster, name) {
      const stored = clusters.get(cluster)?.get(name)
      return stored && structuredClone({ ...stored.service, tags: asTagList(stored.tags) })
    }
  }

  const taggedResources = (): TaggedResource[] => [
    ...[...clusters.values()]
      .flatMap((services) => [...services.values()])
      .flatMap(({ service: s, tags }) => (tags ? [{ ResourceARN: s.serviceArn, Tags: tags }] : [])),
    ...[...taskDefinitions.values()].flatMap(({ definition, tags }) =>
      tags ? [{ ResourceARN: definition.taskDefinitionArn, Tags: tags }] : []
    )
  ]
  return { service, control, taggedResources }
}
