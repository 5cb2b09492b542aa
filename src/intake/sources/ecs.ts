// ECS events: task state changes (a stopped task and why), container instance state changes (a
// disconnected agent), and service actions and deployments, whose `eventType` sets the severity.
import { isObject, list, num, str, type Json } from '../json.js'
import { ecsServiceLink } from '../links.js'
import type { Base, Parts, Severity, SourceReader } from '../parts.js'
import { lastSegment } from '../resources.js'
import { facts } from '../text.js'

const EVENT_TYPE_SEVERITY: Record<string, Severity> = {
  ERROR: 'high',
  WARN: 'medium',
  INFO: 'low'
}

function task(detail: Json, base: Base, cluster: string | undefined): Parts {
  const lastStatus = str(detail.lastStatus)
  const stopCode = str(detail.stopCode)
  const group = str(detail.group)
  const service = group?.startsWith('service:') ? group.slice('service:'.length) : undefined
  const taskDefinition = str(detail.taskDefinitionArn)?.split('task-definition/').pop()
  // A task that failed or whose essential container exited matters; one stopped by a person
  // or by the scheduler (scale-in, deployment) usually does not.
  const severity: Severity =
    lastStatus !== 'STOPPED'
      ? 'low'
      : stopCode === 'TaskFailedToStart' || stopCode === 'EssentialContainerExited'
        ? 'high'
        : stopCode === 'UserInitiated' || stopCode === 'ServiceSchedulerInitiated'
          ? 'low'
          : 'medium'
  return {
    ...base,
    kind: 'event',
    eventName: lastStatus,
    severity,
    reason: str(detail.stoppedReason),
    subject: group,
    links: cluster && service ? ecsServiceLink(base.region, cluster, service) : [],
    details: facts([
      ['lastStatus', lastStatus],
      ['desiredStatus', detail.desiredStatus],
      ['stoppedReason', detail.stoppedReason],
      ['stopCode', stopCode],
      ['group', group],
      ['taskDefinition', taskDefinition],
      ['containers', containerExits(detail.containers)]
    ])
  }
}

/** How the task's containers ended, e.g. `app exit 137: OutOfMemoryError: Container killed …`. */
function containerExits(v: unknown): string | undefined {
  const exits = list(v)
    .filter(isObject)
    .flatMap((c) => {
      const code = num(c.exitCode)
      const reason = str(c.reason)
      if (code === undefined && reason === undefined) return []
      const name = str(c.name) ?? 'container'
      return [`${name}${code === undefined ? '' : ` exit ${code}`}${reason ? `: ${reason}` : ''}`]
    })
  return exits.length > 0 ? exits.slice(0, 5).join('; ') : undefined
}

function containerInstance(detail: Json, base: Base, cluster: string | undefined): Parts {
  const status = str(detail.status)
  const instance = str(detail.ec2InstanceId)
  const severity: Severity =
    detail.agentConnected === false ? 'high' : status === 'ACTIVE' ? 'low' : 'medium'
  return {
    ...base,
    kind: 'event',
    eventName: status,
    severity,
    reason: str(detail.statusReason),
    instances: instance ? [instance] : [],
    details: facts([
      ['status', status],
      ['agentConnected', detail.agentConnected],
      ['instance', instance],
      ['cluster', cluster]
    ])
  }
}

/** Service actions, deployments and any other ECS event. */
function serviceEvent(detail: Json, base: Base): Parts {
  const eventType = str(detail.eventType)
  return {
    ...base,
    kind: 'event',
    eventName: str(detail.eventName),
    severity: eventType ? EVENT_TYPE_SEVERITY[eventType] : undefined,
    reason: str(detail.reason),
    details: facts([
      ['eventType', eventType],
      ['eventName', detail.eventName],
      ['deploymentId', detail.deploymentId],
      ['reason', detail.reason]
    ])
  }
}

export const ecs: SourceReader = {
  name: 'ECS event',
  accepts: ({ source }) => source === 'aws.ecs',
  read(detail, base) {
    const clusterArn = str(detail.clusterArn)
    const cluster = clusterArn ? lastSegment(clusterArn) : undefined
    if (base.detailType === 'ECS Task State Change') return task(detail, base, cluster)
    if (base.detailType === 'ECS Container Instance State Change')
      return containerInstance(detail, base, cluster)
    return serviceEvent(detail, base)
  }
}
