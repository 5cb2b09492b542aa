// The incident's facts from AWS: tags with where each came from, the ECS service and what a
// rollback returns to, the Auto Scaling group, and the log groups to read; failed look-ups
// become "not available" lines that name the IAM action to grant, and never stop intake.
import { describe, expect, it } from '@jest/globals'
import {
  ecsServiceOf,
  LOG_GROUPS_TAG,
  MAX_LOG_GROUPS,
  resolveFacts,
  taskDefinitionsOf
} from '../../src/context/facts.js'
import type { EcsService, FactSources } from '../../src/context/ports.js'
import { logGroupsFor } from '../../src/context/gather.js'
import type { Incident } from '../../src/generated/incident.js'
import { normalize } from '../../src/intake/normalize.js'
import { valueFrom } from '../../src/plan/plan.js'

const ALARM_ARN = 'arn:aws:cloudwatch:eu-west-1:111122223333:alarm:checkout-5xx'
const SERVICE_ARN = 'arn:aws:ecs:eu-west-1:111122223333:service/prod/checkout'
const TD = (rev: number) => `arn:aws:ecs:eu-west-1:111122223333:task-definition/checkout:${rev}`

function alarm(dimensions: Record<string, string>, tags: Record<string, string> = {}): Incident {
  const incident = normalize({
    event: {
      version: '0',
      id: 'e1',
      'detail-type': 'CloudWatch Alarm State Change',
      source: 'aws.cloudwatch',
      account: '111122223333',
      time: '2026-12-04T10:00:00Z',
      region: 'eu-west-1',
      resources: [ALARM_ARN],
      detail: {
        alarmName: 'checkout-5xx',
        state: { value: 'ALARM', reason: 'Threshold Crossed', timestamp: '2026-12-04T10:00:00Z' },
        previousState: { value: 'OK' },
        configuration: {
          metrics: [
            {
              id: 'm1',
              metricStat: {
                metric: { namespace: 'AWS/ECS', name: 'CPUUtilization', dimensions },
                period: 60,
                stat: 'Average'
              }
            }
          ]
        }
      }
    },
    context: Object.keys(tags).length > 0 ? { tags } : {}
  })
  return incident
}

const ecsEvent = (): Incident =>
  normalize({
    event: {
      version: '0',
      id: 'e2',
      'detail-type': 'ECS Deployment State Change',
      source: 'aws.ecs',
      account: '111122223333',
      time: '2026-12-04T10:00:00Z',
      region: 'eu-west-1',
      resources: [SERVICE_ARN],
      detail: {
        eventType: 'ERROR',
        eventName: 'SERVICE_DEPLOYMENT_FAILED',
        deploymentId: 'ecs-svc/1',
        reason: 'ECS deployment circuit breaker: task failed to start.'
      }
    }
  })

const failedRollout: EcsService = {
  cluster: 'prod',
  service: 'checkout',
  deployments: [
    { status: 'PRIMARY', taskDefinition: TD(8), rolloutState: 'FAILED', createdAt: 3 },
    { status: 'ACTIVE', taskDefinition: TD(6), rolloutState: 'COMPLETED', createdAt: 1 },
    { status: 'ACTIVE', taskDefinition: TD(7), rolloutState: 'COMPLETED', createdAt: 2 }
  ]
}

function deniedError(): Error {
  return Object.assign(new Error('User is not authorized to perform this action'), {
    name: 'AccessDeniedException',
    $metadata: { httpStatusCode: 400 }
  })
}

describe('the incident an event names', () => {
  it('finds the ECS service by its dimensions or by its long ARN', () => {
    expect(ecsServiceOf(alarm({ ClusterName: 'prod', ServiceName: 'checkout' }))).toEqual({
      cluster: 'prod',
      service: 'checkout'
    })
    expect(ecsServiceOf(ecsEvent())).toEqual({ cluster: 'prod', service: 'checkout' })
    expect(ecsServiceOf(alarm({ InstanceId: 'i-0123456789abcdef0' }))).toBeUndefined()
  })

  it('returns a failed rollout to the newest deployment still running before it', () => {
    expect(taskDefinitionsOf(failedRollout)).toEqual({
      current: TD(8),
      previous: TD(7),
      rolloutState: 'FAILED'
    })
    // A completed rollout leaves nothing running to return to: no guess at "revision - 1".
    expect(
      taskDefinitionsOf({
        ...failedRollout,
        deployments: [{ status: 'PRIMARY', taskDefinition: TD(8), rolloutState: 'COMPLETED' }]
      })
    ).toEqual({ current: TD(8), rolloutState: 'COMPLETED' })
  })
})

describe('resolveFacts', () => {
  it('reads the tags of the resources an alarm watches, after the alarm’s own', async () => {
    const asked: string[][] = []
    const { incident, facts } = await resolveFacts(
      alarm({
        InstanceId: 'i-0123456789abcdef0',
        TargetGroup: 'targetgroup/checkout/6d0ecf831eec9f09',
        LoadBalancer: 'app/checkout/50dc6c495c0c9188'
      }),
      {
        tags: {
          alarmTags: () => Promise.resolve({ team: 'payments' }),
          resourceTags: (arns) => {
            asked.push([...arns])
            return Promise.resolve(
              new Map<string, Record<string, string>>([
                [
                  'arn:aws:elasticloadbalancing:eu-west-1:111122223333:targetgroup/checkout/6d0ecf831eec9f09',
                  { role: 'checkout-web', team: 'ignored: the alarm said it first' }
                ],
                [
                  'arn:aws:ec2:eu-west-1:111122223333:instance/i-0123456789abcdef0',
                  { service: 'nginx' }
                ]
              ])
            )
          }
        }
      }
    )
    expect(asked).toEqual([
      [
        'arn:aws:ec2:eu-west-1:111122223333:instance/i-0123456789abcdef0',
        'arn:aws:elasticloadbalancing:eu-west-1:111122223333:targetgroup/checkout/6d0ecf831eec9f09',
        'arn:aws:elasticloadbalancing:eu-west-1:111122223333:loadbalancer/app/checkout/50dc6c495c0c9188'
      ]
    ])
    expect(incident.tags).toEqual({ team: 'payments', service: 'nginx', role: 'checkout-web' })
    expect(facts.tagSources).toEqual({
      team: 'alarm',
      service: 'resource arn:aws:ec2:eu-west-1:111122223333:instance/i-0123456789abcdef0',
      role: 'resource arn:aws:elasticloadbalancing:eu-west-1:111122223333:targetgroup/checkout/6d0ecf831eec9f09'
    })
  })

  const sources = (overrides: Partial<Record<string, unknown>> = {}): FactSources => ({
    tags: {
      alarmTags: () =>
        Promise.resolve({
          service: 'checkout',
          team: 'payments',
          [LOG_GROUPS_TAG]: '/app/a, /app/b'
        }),
      resourceTags: (arns) =>
        Promise.resolve(
          new Map(arns.map((arn) => [arn, { service: 'ignored', owner: `owner-of-${arn}` }]))
        ),
      ...(overrides.tags as object)
    },
    ecs: {
      service: () => Promise.resolve(failedRollout),
      logGroups: () => Promise.resolve(['/ecs/checkout']),
      ...(overrides.ecs as object)
    },
    autoScaling: { groupOf: () => Promise.resolve('web-asg'), ...(overrides.autoScaling as object) }
  })

  it('merges tags, AWS first, and says where each came from', async () => {
    const { incident, facts } = await resolveFacts(
      alarm(
        { ClusterName: 'prod', ServiceName: 'checkout' },
        { service: 'from-dispatch', env: 'prod' }
      ),
      sources()
    )
    expect(incident.tags).toMatchObject({ service: 'checkout', team: 'payments', env: 'prod' })
    expect(facts.tagSources).toMatchObject({ service: 'alarm', team: 'alarm', env: 'dispatch' })
    expect(incident.facts).toBe(facts)
  })

  it('looks up the ECS service and the log groups its containers write to', async () => {
    const { facts } = await resolveFacts(ecsEvent(), sources(), ['/configured'])
    expect(facts.ecs).toEqual({
      cluster: 'prod',
      service: 'checkout',
      taskDefinition: TD(8),
      previousTaskDefinition: TD(7),
      rolloutState: 'FAILED'
    })
    expect(facts.logGroups).toEqual([
      { name: '/ecs/checkout', source: `ECS task definition ${TD(8)}` },
      { name: '/configured', source: '`log-groups` input' }
    ])
    // The resource's own tags count too, with the ARN they came from.
    expect(facts.tagSources.owner).toBe(`resource ${SERVICE_ARN}`)
  })

  it('names log groups by the alarm tag, the Lambda convention and the input, without repeats', async () => {
    const incident = alarm({ FunctionName: 'resize-images' })
    const { facts } = await resolveFacts(incident, sources(), ['/app/a', 'not a group!'])
    expect(facts.logGroups).toEqual([
      { name: '/app/a', source: `tag ${LOG_GROUPS_TAG} (alarm)` },
      { name: '/app/b', source: `tag ${LOG_GROUPS_TAG} (alarm)` },
      { name: '/aws/lambda/resize-images', source: 'Lambda convention (function resize-images)' }
    ])
    expect(logGroupsFor({ ...incident, facts }, ['/ignored'])).toEqual([
      '/app/a',
      '/app/b',
      '/aws/lambda/resize-images'
    ])
  })

  it('reads at most MAX_LOG_GROUPS log groups', async () => {
    const many = Array.from({ length: 30 }, (_, i) => `/app/${i}`)
    const { facts } = await resolveFacts(alarm({}), {}, many)
    expect(facts.logGroups).toHaveLength(MAX_LOG_GROUPS)
  })

  it('finds the Auto Scaling group by dimension, else by the instance', async () => {
    const byDimension = await resolveFacts(alarm({ AutoScalingGroupName: 'api-asg' }), sources())
    expect(byDimension.facts.autoScalingGroup).toBe('api-asg')
    const byInstance = await resolveFacts(alarm({ InstanceId: 'i-0123456789abcdef0' }), sources())
    expect(byInstance.facts.autoScalingGroup).toBe('web-asg')
  })

  it('turns every denied look-up into a line that names the action to grant, and goes on', async () => {
    const denied = () => Promise.reject(deniedError())
    const { incident, facts } = await resolveFacts(
      alarm(
        { ClusterName: 'prod', ServiceName: 'checkout', InstanceId: 'i-0123456789abcdef0' },
        {
          env: 'prod'
        }
      ),
      sources({
        tags: { alarmTags: denied, resourceTags: denied },
        ecs: { service: denied },
        autoScaling: { groupOf: denied }
      })
    )
    expect(facts.notAvailable).toEqual([
      'Auto Scaling group of i-0123456789abcdef0: not available (AccessDeniedException (HTTP 400): User is not authorized to perform this action); grant `autoscaling:DescribeAutoScalingInstances` to the triage role',
      'ECS service prod/checkout: not available (AccessDeniedException (HTTP 400): User is not authorized to perform this action); grant `ecs:DescribeServices` to the triage role',
      'alarm tags: not available (AccessDeniedException (HTTP 400): User is not authorized to perform this action); grant `cloudwatch:ListTagsForResource` to the triage role',
      // The instance and the ECS service the dimensions name have tags too.
      'resource tags: not available (AccessDeniedException (HTTP 400): User is not authorized to perform this action); grant `tag:GetResources` to the triage role'
    ])
    expect(incident.tags).toEqual({ env: 'prod' })
    expect(facts.tagSources).toEqual({ env: 'dispatch' })
  })

  it('says a failure that is not a denial without asking for a grant', async () => {
    const throttled = Object.assign(new Error('Rate exceeded'), {
      name: 'ThrottlingException',
      $metadata: { httpStatusCode: 400, attempts: 3 }
    })
    const { facts } = await resolveFacts(
      ecsEvent(),
      sources({
        ecs: {
          service: () => Promise.resolve(failedRollout),
          logGroups: () => Promise.reject(throttled)
        }
      })
    )
    expect(facts.notAvailable).toEqual([
      `log groups of ${TD(8)}: not available (ThrottlingException (HTTP 400) after 3 attempts: Rate exceeded)`
    ])
    expect(facts.ecs?.previousTaskDefinition).toBe(TD(7))
  })

  it('looks nothing up offline: the event and the dispatch context are all there is', async () => {
    const { facts } = await resolveFacts(
      alarm({ InstanceId: 'i-0123456789abcdef0' }, { env: 'x' }),
      {}
    )
    expect(facts).toEqual({ tagSources: { env: 'dispatch' }, logGroups: [], notAvailable: [] })
  })
})

describe('parameters bind to the facts', () => {
  it('reads ecs.*, autoScalingGroup and tags looked up in AWS through from:', async () => {
    const { incident } = await resolveFacts(ecsEvent(), {
      ecs: { service: () => Promise.resolve(failedRollout), logGroups: () => Promise.resolve([]) },
      tags: {
        alarmTags: () => Promise.resolve({}),
        resourceTags: () => Promise.resolve(new Map([[SERVICE_ARN, { service: 'checkout' }]]))
      }
    })
    expect(valueFrom(incident, 'ecs.previousTaskDefinition')).toBe(TD(7))
    expect(valueFrom(incident, 'ecs.taskDefinition')).toBe(TD(8))
    expect(valueFrom(incident, 'ecs.cluster')).toBe('prod')
    expect(valueFrom(incident, 'tags.service')).toBe('checkout')
    expect(valueFrom(incident, 'autoScalingGroup')).toBeUndefined()
    expect(valueFrom(incident, 'ecs.somethingElse')).toBeUndefined()
  })
})
