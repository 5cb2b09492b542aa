// Facts about the incident that the bare AWS event does not carry, looked up in AWS: the tags of
// its alarm and of the resources it names, the ECS service it names (what a rollback returns to,
// where its containers log), the Auto Scaling group of its instance, whether SSM manages the
// instances it names (and whether their agents answer), the log groups to read, each with where
// it came from, and what CloudWatch Logs anomaly detectors found in them around the incident. A
// real bridge sends only the AWS event; everything a runbook binds to beyond it comes from here.
// Read-only and bounded: each look-up runs at most once per intake, at most MAX_RESOURCES
// resources, MAX_INSTANCES instances and MAX_DETECTORS anomaly detectors (anomalies.ts) are
// looked up. A look-up that fails never fails intake: it becomes a "not available" line that says
// why and, when AWS denied it, what to grant.
import type { Incident } from '../generated/incident.js'
import {
  ecsServiceOfArn,
  ecsServiceOfDimensions,
  INSTANCE_ID,
  instanceIdOf,
  watchedResourceArns,
  type EcsServiceRef
} from '../intake/resources.js'
import { describeAwsError, isAccessDenied } from '../util/aws-error.js'
import { findAnomalies } from './anomalies.js'
import type { EcsService, FactSources, ManagedInstance } from './ports.js'

export type Facts = NonNullable<Incident['facts']>
export type LogGroupSource = Facts['logGroups'][number]
export type InstanceFact = NonNullable<Facts['instances']>[number]

/** The alarm tag whose value names the incident's log groups, comma-separated. */
export const LOG_GROUPS_TAG = 'opsloop:log-groups'
/** Resources whose tags are looked up, and log groups read, at most. */
export const MAX_RESOURCES = 20
export const MAX_LOG_GROUPS = 10
/** Instances whose SSM status is looked up, at most. */
export const MAX_INSTANCES = 10
/** Around the incident's time: what the evidence (logs, metrics, log anomalies) covers. */
export const INCIDENT_WINDOW = { beforeMs: 30 * 60_000, afterMs: 5 * 60_000 } as const

const LOG_GROUP = /^[.\-_/#A-Za-z0-9]{1,512}$/

/** One "not available" line: what, why, and the IAM action to grant when AWS denied it. */
export function notAvailable(what: string, action: string, error: unknown): string {
  const grant = isAccessDenied(error) ? `; grant \`${action}\` to the triage role` : ''
  return `${what}: not available (${describeAwsError(error)})${grant}`
}

/** The ECS service an incident names: by its alarm's dimensions or by an ECS service ARN. */
export function ecsServiceOf(incident: Incident): EcsServiceRef | undefined {
  const named = [
    ...incident.metrics.map((m) => ecsServiceOfDimensions(m.dimensions)),
    ...incident.resources.map(ecsServiceOfArn)
  ].find((s) => s !== undefined)
  return named && { cluster: named.cluster, service: named.service }
}

/** The task definitions of a service: the PRIMARY deployment's, and the one a rollback returns to. */
export function taskDefinitionsOf(service: EcsService): {
  current?: string
  previous?: string
  rolloutState?: string
} {
  const primary = service.deployments.find((d) => d.status === 'PRIMARY')
  // The newest earlier deployment still running: after a failed or stuck rollout ECS keeps the
  // last good one ACTIVE. Without one, ECS keeps no history to return to.
  const earlier = service.deployments
    .filter((d) => d.status === 'ACTIVE' && d.taskDefinition !== primary?.taskDefinition)
    .sort((a, b) => (b.createdAt ?? 0) - (a.createdAt ?? 0))[0]
  return {
    ...(primary ? { current: primary.taskDefinition } : {}),
    ...(earlier ? { previous: earlier.taskDefinition } : {}),
    ...(primary?.rolloutState ? { rolloutState: primary.rolloutState } : {})
  }
}

/** Lambda functions the incident names: `FunctionName` dimensions and function ARNs. */
function lambdaFunctions(incident: Incident): string[] {
  const names = incident.metrics.flatMap((m) =>
    m.dimensions.FunctionName ? [m.dimensions.FunctionName] : []
  )
  for (const arn of incident.resources) {
    const found = /^arn:aws[\w-]*:lambda:[^:]*:[^:]*:function:([^:]+)/.exec(arn)
    if (found?.[1]) names.push(found[1])
  }
  return [...new Set(names)]
}

/** Every EC2 instance the incident names: `InstanceId` dimensions, instance ARNs and ids. */
export function instancesOf(incident: Incident): string[] {
  const ids = [
    ...incident.metrics.map((m) => m.dimensions.InstanceId),
    ...incident.resources.map(instanceIdOf)
  ].filter((id): id is string => id !== undefined && INSTANCE_ID.test(id))
  return [...new Set(ids)].slice(0, MAX_INSTANCES)
}

/** An instance as SSM reports it, or as not managed when SSM does not list it. */
export function instanceFact(id: string, found: ManagedInstance | undefined): InstanceFact {
  if (!found) return { id, managed: false }
  return {
    id,
    managed: true,
    ...(found.pingStatus ? { pingStatus: found.pingStatus } : {}),
    ...(found.lastPingAt !== undefined
      ? { lastPingAt: new Date(found.lastPingAt).toISOString() }
      : {}),
    ...(found.platformType ? { platformType: found.platformType } : {}),
    ...(found.platformName ? { platformName: found.platformName } : {}),
    ...(found.platformVersion ? { platformVersion: found.platformVersion } : {}),
    ...(found.agentVersion ? { agentVersion: found.agentVersion } : {})
  }
}

/** An instance's SSM status in words, e.g. `managed by SSM, agent Online, Linux (Amazon Linux 2023)`. */
export function instanceStatus(instance: InstanceFact): string {
  if (!instance.managed)
    return 'not managed by SSM: install the SSM Agent and attach an instance profile with AmazonSSMManagedInstanceCore'
  const os = [instance.platformName, instance.platformVersion].filter(Boolean).join(' ')
  const platform = instance.platformType
    ? `${instance.platformType}${os ? ` (${os})` : ''}`
    : os || undefined
  return [
    'managed by SSM',
    `agent ${instance.pingStatus ?? 'status unknown'}`,
    ...(platform ? [platform] : [])
  ].join(', ')
}

export interface ResolvedFacts {
  /** The incident with `tags` merged (AWS first, then the dispatch context) and `facts` set. */
  incident: Incident
  facts: Facts
}

/**
 * Looks up the incident's facts. `configuredLogGroups` are the `log-groups` input's, read after
 * the ones the incident's own tags and AWS's conventions name. `now` stands in for the incident's
 * time when its event has none (log anomalies are looked for around that time).
 */
export async function resolveFacts(
  incident: Incident,
  sources: FactSources,
  configuredLogGroups: readonly string[] = [],
  now: Date = new Date()
): Promise<ResolvedFacts> {
  const notAvailableLines: string[] = []
  const tags: Record<string, string> = {}
  const tagSources: Record<string, string> = {}
  const adopt = (found: Readonly<Record<string, string | undefined>>, source: string): void => {
    for (const [key, value] of Object.entries(found)) {
      if (key in tags || value === undefined) continue
      tags[key] = value
      tagSources[key] = source
    }
  }

  /** One look-up; a failure becomes a "not available" line and no value. */
  const lookUp = async <T>(
    what: string,
    action: string,
    run: () => Promise<T>
  ): Promise<T | undefined> => {
    try {
      return await run()
    } catch (error) {
      notAvailableLines.push(notAvailable(what, action, error))
      return undefined
    }
  }

  const { tags: tagSource, ecs: ecsSource, autoScaling, instances: ssm, anomalies } = sources
  const { alarmArn } = incident
  // The resources the event names, then those the alarm's dimensions name (the instance, the
  // target group, the ECS service it watches).
  const arns = [
    ...new Set([
      ...incident.resources.filter((r) => r.startsWith('arn:') && r !== alarmArn),
      ...watchedResourceArns(incident.metrics, incident.account, incident.region)
    ])
  ].slice(0, MAX_RESOURCES)
  const service = ecsServiceOf(incident)
  const instanceIds = instancesOf(incident)
  // The Auto Scaling group is looked up for the first instance the incident names.
  const instance = instanceIds[0]

  const ecsFacts = async () => {
    if (!ecsSource || !service) return undefined
    const named = `ECS service ${service.cluster}/${service.service}`
    let found: EcsService | undefined
    try {
      found = await ecsSource.service(service.cluster, service.service)
    } catch (error) {
      notAvailableLines.push(notAvailable(named, 'ecs:DescribeServices', error))
      return undefined
    }
    if (!found) {
      notAvailableLines.push(`${named}: not found by DescribeServices`)
      return undefined
    }
    const definitions = taskDefinitionsOf(found)
    const current = definitions.current
    const logGroups = current
      ? await lookUp(`log groups of ${current}`, 'ecs:DescribeTaskDefinition', () =>
          ecsSource.logGroups(current)
        )
      : undefined
    return { ...service, ...definitions, logGroups: logGroups ?? [] }
  }

  const fromMetric = incident.metrics.map((m) => m.dimensions.AutoScalingGroupName).find(Boolean)
  const [alarmTags, resourceTags, ecs, autoScalingGroup, managed] = await Promise.all([
    tagSource && alarmArn
      ? lookUp('alarm tags', 'cloudwatch:ListTagsForResource', () => tagSource.alarmTags(alarmArn))
      : undefined,
    tagSource && arns.length > 0
      ? lookUp('resource tags', 'tag:GetResources', () => tagSource.resourceTags(arns))
      : undefined,
    ecsFacts(),
    fromMetric ??
      (autoScaling && instance
        ? lookUp(
            `Auto Scaling group of ${instance}`,
            'autoscaling:DescribeAutoScalingInstances',
            () => autoScaling.groupOf(instance)
          )
        : undefined),
    ssm && instanceIds.length > 0
      ? lookUp(`SSM status of ${instanceIds.join(', ')}`, 'ssm:DescribeInstanceInformation', () =>
          ssm.managed(instanceIds)
        )
      : undefined
  ])

  // AWS's word first (the alarm's own tags, then its resources' in the order the event names
  // them), then what the dispatch context adds for keys AWS did not answer.
  if (alarmTags) adopt(alarmTags, 'alarm')
  for (const arn of arns) {
    const found = resourceTags?.get(arn)
    if (found) adopt(found, `resource ${arn}`)
  }
  adopt(incident.tags, 'dispatch')

  const logGroups: LogGroupSource[] = []
  const addGroup = (name: unknown, source: string): void => {
    if (typeof name !== 'string') return
    const trimmed = name.trim()
    if (!LOG_GROUP.test(trimmed) || logGroups.some((g) => g.name === trimmed)) return
    logGroups.push({ name: trimmed, source })
  }
  const tagged = tags[LOG_GROUPS_TAG]
  if (tagged !== undefined)
    for (const name of tagged.split(','))
      addGroup(name, `tag ${LOG_GROUPS_TAG} (${tagSources[LOG_GROUPS_TAG] ?? ''})`)
  for (const fn of lambdaFunctions(incident))
    addGroup(`/aws/lambda/${fn}`, `Lambda convention (function ${fn})`)
  for (const name of ecs?.logGroups ?? [])
    addGroup(name, `ECS task definition ${ecs?.current ?? ''}`)
  const listed: unknown = incident.context.logGroups
  for (const name of Array.isArray(listed) ? (listed as unknown[]) : [])
    addGroup(name, 'dispatch context')
  addGroup(tags.logGroup ?? tags['log-group'], 'dispatch context tag')
  for (const name of configuredLogGroups) addGroup(name, '`log-groups` input')
  const readGroups = logGroups.slice(0, MAX_LOG_GROUPS)

  // What anomaly detectors found in the groups gather reads (logGroupsFor), around the incident.
  const time = incident.time ? Date.parse(incident.time) : NaN
  const at = Number.isFinite(time) ? time : now.getTime()
  const found = anomalies
    ? await findAnomalies(
        anomalies,
        readGroups.map((g) => g.name),
        { startMs: at - INCIDENT_WINDOW.beforeMs, endMs: at + INCIDENT_WINDOW.afterMs }
      )
    : undefined
  for (const failure of found?.failures ?? [])
    notAvailableLines.push(notAvailable(failure.what, failure.action, failure.error))
  const instances = managed
    ? instanceIds.map((id) =>
        instanceFact(
          id,
          managed.find((m) => m.id === id)
        )
      )
    : undefined

  const facts: Facts = {
    tagSources,
    logGroups: readGroups,
    ...(ecs
      ? {
          ecs: {
            cluster: ecs.cluster,
            service: ecs.service,
            ...(ecs.current ? { taskDefinition: ecs.current } : {}),
            ...(ecs.previous ? { previousTaskDefinition: ecs.previous } : {}),
            ...(ecs.rolloutState ? { rolloutState: ecs.rolloutState } : {})
          }
        }
      : {}),
    ...(autoScalingGroup ? { autoScalingGroup } : {}),
    ...(instances ? { instances } : {}),
    ...(found && found.anomalies.length > 0 ? { anomalies: found.anomalies } : {}),
    notAvailable: notAvailableLines.sort()
  }
  return { incident: { ...incident, tags, facts }, facts }
}
