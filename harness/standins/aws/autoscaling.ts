// Auto Scaling stand-in: DescribeAutoScalingGroups (by name and by tag filters, with their
// instances' lifecycle and health and their tags) and DescribeAutoScalingInstances (the group of
// each instance asked for) over groups each test seeds. The pinned client
// (@aws-sdk/client-auto-scaling 3.1164.0) speaks the AWS Query protocol, not JSON: a form-encoded
// `POST /` with `Action=DescribeAutoScalingGroups&Version=2011-01-01&AutoScalingGroupNames.member.
// 1=…`, answered in XML (see protocol.ts), so this is a QueryService routed by `Version`.
//
// Filters: `tag:<key>` (values are alternatives), `tag-key`, `tag-value`; several filters and
// AutoScalingGroupNames must all match. Groups come back sorted by name, MaxRecords (1-100,
// default 50) to a page.
import type { AutoScalingGroup, Instance, TagDescription } from '@aws-sdk/client-auto-scaling'
import { pageOf } from './paging.js'
import { AwsError, type QueryService } from './protocol.js'
import type { TaggedResource } from './tagging.js'

export interface AutoScalingOptions {
  /** Clock for creation times. */
  now?: () => Date
  region?: string
  accountId?: string
}

/** An instance; unless given it is an InService, Healthy t3.micro in the group's first zone. */
export type InstanceSeed = Partial<Instance> & { InstanceId: string }

export type GroupSeed = Partial<Omit<AutoScalingGroup, 'Instances' | 'Tags'>> & {
  AutoScalingGroupName: string
  Instances?: InstanceSeed[]
  /** Tags, propagated at launch. */
  Tags?: Record<string, string>
}

export interface AutoScalingControl {
  /** Creates or replaces a group; returns its ARN. */
  putGroup(seed: GroupSeed): string
  /** Changes an instance as a scale-in, a failed health check or a lifecycle hook would. */
  setInstance(
    group: string,
    instanceId: string,
    change: Partial<Pick<Instance, 'LifecycleState' | 'HealthStatus' | 'ProtectedFromScaleIn'>>
  ): void
  /** The group as DescribeAutoScalingGroups would show it now. */
  group(name: string): AutoScalingGroup | undefined
}

/** The error Auto Scaling answers a request breaking a constraint with (not in the model). */
const validationError = (message: string) => new AwsError('ValidationError', message)

/** A Query list member: absent, `''` (an empty list on the wire), or the decoded list. */
function listParam(value: unknown): unknown[] {
  if (value === undefined || value === '') return []
  return Array.isArray(value) ? (value as unknown[]) : [value]
}

function matchesFilter(tags: readonly TagDescription[], name: string, values: string[]) {
  const tagKey = /^tag:(.+)$/.exec(name)?.[1]
  if (tagKey !== undefined)
    return tags.some((t) => t.Key === tagKey && values.includes(t.Value ?? ''))
  if (name === 'tag-key') return tags.some((t) => values.includes(t.Key ?? ''))
  if (name === 'tag-value') return tags.some((t) => values.includes(t.Value ?? ''))
  throw validationError(`Filter name ${name} is invalid. Use tag-key, tag-value or tag:<key>.`)
}

export function createAutoScalingService(options: AutoScalingOptions = {}): {
  service: QueryService
  control: AutoScalingControl
  /** Groups with tags, as the Resource Groups Tagging API sees them. */
  taggedResources: () => TaggedResource[]
} {
  const now = options.now ?? (() => new Date())
  const region = options.region ?? 'us-east-1'
  const accountId = options.accountId ?? '123456789012'
  const groups = new Map<string, AutoScalingGroup & { AutoScalingGroupName: string }>()
  let created = 0

  function putGroup(seed: GroupSeed): string {
    const { AutoScalingGroupName: name, Instances = [], Tags = {}, ...fields } = seed
    const zones = fields.AvailabilityZones ?? [`${region}a`]
    const id = `00000000-0000-4000-8000-${String(++created).padStart(12, '0')}`
    const group = {
      AutoScalingGroupName: name,
      AutoScalingGroupARN: `arn:aws:autoscaling:${region}:${accountId}:autoScalingGroup:${id}:autoScalingGroupName/${name}`,
      MinSize: Math.min(1, Instances.length),
      MaxSize: Math.max(1, Instances.length),
      DesiredCapacity: Instances.length,
      DefaultCooldown: 300,
      AvailabilityZones: zones,
      LoadBalancerNames: [],
      TargetGroupARNs: [],
      HealthCheckType: 'EC2',
      HealthCheckGracePeriod: 300,
      Instances: Instances.map((i) => ({
        InstanceType: 't3.micro',
        AvailabilityZone: zones[0] ?? `${region}a`,
        LifecycleState: 'InService' as const,
        HealthStatus: 'Healthy',
        ProtectedFromScaleIn: false,
        ...i
      })),
      CreatedTime: now(),
      SuspendedProcesses: [],
      EnabledMetrics: [],
      Tags: Object.entries(Tags).map(([Key, Value]) => ({
        ResourceId: name,
        ResourceType: 'auto-scaling-group',
        Key,
        Value,
        PropagateAtLaunch: true
      })),
      TerminationPolicies: ['Default'],
      NewInstancesProtectedFromScaleIn: false,
      ServiceLinkedRoleARN: `arn:aws:iam::${accountId}:role/aws-service-role/autoscaling.amazonaws.com/AWSServiceRoleForAutoScaling`,
      CapacityRebalance: false,
      TrafficSources: [],
      ...fields
    }
    groups.set(name, group)
    return group.AutoScalingGroupARN
  }

  function describeAutoScalingGroups(input: Record<string, unknown>) {
    const names = listParam(input.AutoScalingGroupNames).map(String)
    const filters = listParam(input.Filters).map((f) => {
      const { Name = '', Values } = (f ?? {}) as { Name?: string; Values?: unknown }
      return { name: Name, values: listParam(Values).map(String) }
    })
    const maxRecords = input.MaxRecords === undefined ? 50 : Number(input.MaxRecords)
    if (!Number.isInteger(maxRecords) || maxRecords < 1 || maxRecords > 100)
      throw validationError('MaxRecords must be between 1 and 100')
    const matching = [...groups.values()]
      .filter(
        (g) =>
          (names.length === 0 || names.includes(g.AutoScalingGroupName)) &&
          filters.every((f) => matchesFilter(g.Tags ?? [], f.name, f.values))
      )
      .sort((a, b) => a.AutoScalingGroupName.localeCompare(b.AutoScalingGroupName))
    const { page, nextToken } = pageOf(matching, maxRecords, {
      scope: 'DescribeAutoScalingGroups',
      token: input.NextToken,
      invalid: () => new AwsError('InvalidNextToken', 'The token provided is not valid.')
    })
    return { AutoScalingGroups: page, NextToken: nextToken }
  }

  function describeAutoScalingInstances(input: Record<string, unknown>) {
    const ids = listParam(input.InstanceIds).map(String)
    const maxRecords = input.MaxRecords === undefined ? 50 : Number(input.MaxRecords)
    if (!Number.isInteger(maxRecords) || maxRecords < 1 || maxRecords > 50)
      throw validationError('MaxRecords must be between 1 and 50')
    const matching = [...groups.values()]
      .sort((a, b) => a.AutoScalingGroupName.localeCompare(b.AutoScalingGroupName))
      .flatMap((g) =>
        (g.Instances ?? [])
          .filter((i) => ids.length === 0 || ids.includes(i.InstanceId ?? ''))
          .map((i) => ({
            InstanceId: i.InstanceId,
            InstanceType: i.InstanceType,
            AutoScalingGroupName: g.AutoScalingGroupName,
            AvailabilityZone: i.AvailabilityZone,
            LifecycleState: i.LifecycleState,
            HealthStatus: i.HealthStatus === 'Healthy' ? 'HEALTHY' : 'UNHEALTHY',
            ProtectedFromScaleIn: i.ProtectedFromScaleIn ?? false
          }))
      )
    const { page, nextToken } = pageOf(matching, maxRecords, {
      scope: 'DescribeAutoScalingInstances',
      token: input.NextToken,
      invalid: () => new AwsError('InvalidNextToken', 'The token provided is not valid.')
    })
    return { AutoScalingInstances: page, NextToken: nextToken }
  }

  const service: QueryService = {
    name: 'autoscaling',
    version: '2011-01-01',
    xmlNamespace: 'http://autoscaling.amazonaws.com/doc/2011-01-01/',
    accessDenied: { iamPrefix: 'autoscaling' },
    // The model's only renamed member (inside MixedInstancesPolicy's instance requirements).
    xmlNames: { References: 'Reference' },
    handle(operation, input) {
      if (operation === 'DescribeAutoScalingGroups') return describeAutoScalingGroups(input)
      if (operation === 'DescribeAutoScalingInstances') return describeAutoScalingInstances(input)
      return undefined
    }
  }

  const control: AutoScalingControl = {
    putGroup,
    setInstance(name, instanceId, change) {
      const instance = groups.get(name)?.Instances?.find((i) => i.InstanceId === instanceId)
      if (!instance) throw new Error(`no instance ${instanceId} in group ${name}`)
      Object.assign(instance, change)
    },
    group: (name) => {
      const group = groups.get(name)
      return group && structuredClone(group)
    }
  }

  const taggedResources = (): TaggedResource[] =>
    [...groups.values()]
      .filter((g) => (g.Tags ?? []).length > 0)
      .map((g) => ({
        ResourceARN: g.AutoScalingGroupARN ?? '',
        Tags: Object.fromEntries((g.Tags ?? []).map((t) => [t.Key ?? '', t.Value ?? '']))
      }))
  return { service, control, taggedResources }
}
