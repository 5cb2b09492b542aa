// What an incident is about: resource types from ARNs and from alarm dimensions (the runbook
// catalog matches on them), the EC2 instances and ECS services it names, and short names for
// titles.
import type { Metric } from '../generated/incident.js'

const DIMENSION_TYPES: Record<string, string> = {
  InstanceId: 'ec2:instance',
  AutoScalingGroupName: 'autoscaling:autoScalingGroup',
  LoadBalancer: 'elasticloadbalancing:loadbalancer',
  TargetGroup: 'elasticloadbalancing:targetgroup',
  ServiceName: 'ecs:service',
  ClusterName: 'ecs:cluster',
  DBInstanceIdentifier: 'rds:db',
  FunctionName: 'lambda:function',
  QueueName: 'sqs:queue',
  TableName: 'dynamodb:table'
}

/** `service:type` from an ARN, e.g. `arn:aws:ecs:r:a:service/c/s` → `ecs:service`. */
export function resourceTypeOfArn(arn: string): string | undefined {
  const m = /^arn:[^:]+:([^:]+):[^:]*:[^:]*:(.+)$/.exec(arn)
  if (!m?.[1] || !m[2]) return undefined
  const type = /^([^/:]+)[/:]/.exec(m[2])?.[1]
  return type ? `${m[1]}:${type}` : m[1]
}

/** The types of the resources (ARNs or bare instance ids) and of the metrics' dimensions. */
export function resourceTypes(resources: string[], metrics: Metric[]): string[] {
  const types = new Set<string>()
  for (const r of resources) {
    const t = resourceTypeOfArn(r)
    if (t) types.add(t)
    else if (/^i-[0-9a-f]+$/.test(r)) types.add('ec2:instance')
  }
  for (const m of metrics) {
    for (const d of Object.keys(m.dimensions)) {
      const t = DIMENSION_TYPES[d]
      if (t) types.add(t)
    }
  }
  return [...types]
}

/** An EC2 instance id, as AWS writes it (8 or 17 hex digits). */
export const INSTANCE_ID = /^i-[0-9a-f]{8,17}$/

/** The instance id a resource names: a bare id or an EC2 instance ARN. */
export function instanceIdOf(resource: string): string | undefined {
  const id = resource.startsWith('arn:') ? /:instance\/(.+)$/.exec(resource)?.[1] : resource
  return id !== undefined && INSTANCE_ID.test(id) ? id : undefined
}

export interface EcsServiceRef {
  cluster: string
  service: string
  /** Known from an ARN; a dimension does not say. */
  region?: string
}

/** The service of `arn:aws:ecs:<region>:<account>:service/<cluster>/<service>` (the long format). */
export function ecsServiceOfArn(arn: string): EcsServiceRef | undefined {
  const m = /^arn:aws[a-z-]*:ecs:([^:]+):\d*:service\/([^/]+)\/([^/]+)$/.exec(arn)
  return m?.[1] && m[2] && m[3] ? { region: m[1], cluster: m[2], service: m[3] } : undefined
}

/** The service an alarm metric's `ClusterName` and `ServiceName` dimensions name. */
export function ecsServiceOfDimensions(
  dimensions: Readonly<Record<string, string | undefined>>
): EcsServiceRef | undefined {
  const { ClusterName: cluster, ServiceName: service } = dimensions
  return cluster && service ? { cluster, service } : undefined
}

/** The name at the end of an ARN or path: `…:service/c/s` → `s`. */
export const lastSegment = (s: string): string => s.split(/[:/]/).pop() ?? s

/** `resources` plus `id` unless a resource already names it. */
export function withResource(resources: string[], id: string | undefined): string[] {
  if (!id || resources.some((r) => r === id || r.endsWith(`/${id}`))) return resources
  return [...resources, id]
}

/**
 * The ARNs of the resources an alarm's metric dimensions name, where AWS's ARN format lets them
 * be written from the dimension alone (an Auto Scaling group's or a queue's ARN needs more than
 * its name). Their tags are the resource's tags: a `service` tag on the instance or the target
 * group counts like one on the alarm.
 */
export function watchedResourceArns(
  metrics: readonly Metric[],
  account: string | undefined,
  region: string | undefined
): string[] {
  if (!account || !region || !/^\d{12}$/.test(account)) return []
  const partition = region.startsWith('cn-')
    ? 'aws-cn'
    : region.startsWith('us-gov-')
      ? 'aws-us-gov'
      : 'aws'
  const arn = (service: string, resource: string) =>
    `arn:${partition}:${service}:${region}:${account}:${resource}`
  const arns = new Set<string>()
  for (const { dimensions: d } of metrics) {
    if (d.InstanceId && INSTANCE_ID.test(d.InstanceId))
      arns.add(arn('ec2', `instance/${d.InstanceId}`))
    if (d.TargetGroup?.startsWith('targetgroup/'))
      arns.add(arn('elasticloadbalancing', d.TargetGroup))
    if (d.LoadBalancer && /^(app|net|gwy)\//.test(d.LoadBalancer))
      arns.add(arn('elasticloadbalancing', `loadbalancer/${d.LoadBalancer}`))
    const ecs = ecsServiceOfDimensions(d)
    if (ecs) arns.add(arn('ecs', `service/${ecs.cluster}/${ecs.service}`))
    if (d.FunctionName) arns.add(arn('lambda', `function:${d.FunctionName}`))
    if (d.DBInstanceIdentifier) arns.add(arn('rds', `db:${d.DBInstanceIdentifier}`))
    if (d.TableName) arns.add(arn('dynamodb', `table/${d.TableName}`))
  }
  return [...arns]
}
