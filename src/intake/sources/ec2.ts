// EC2 instance state changes and Spot interruption warnings: the instance becomes the subject
// (and a resource, for links and runbook matching), the new state or the interruption the event.
import { str } from '../json.js'
import type { Severity, SourceReader } from '../parts.js'
import { withResource } from '../resources.js'
import { facts } from '../text.js'

const STATE_CHANGE = 'EC2 Instance State-change Notification'
const SPOT_INTERRUPTION = 'EC2 Spot Instance Interruption Warning'

const STATE_SEVERITY: Record<string, Severity> = {
  stopped: 'high',
  terminated: 'high',
  stopping: 'high',
  'shutting-down': 'high',
  pending: 'low',
  running: 'low'
}

export const ec2: SourceReader = {
  name: 'EC2 instance state change or Spot interruption',
  accepts: ({ source, detailType }) =>
    source === 'aws.ec2' && (detailType === STATE_CHANGE || detailType === SPOT_INTERRUPTION),
  read(detail, base) {
    const instance = str(detail['instance-id'])
    const common = {
      ...base,
      kind: 'event' as const,
      resources: withResource(base.resources, instance),
      instances: instance ? [instance] : [],
      subject: instance
    }
    if (base.detailType === SPOT_INTERRUPTION) {
      const action = str(detail['instance-action'])
      return {
        ...common,
        eventName: 'spot-interruption',
        severity: 'medium',
        reason: action ? `Spot interruption: ${action}` : undefined,
        details: facts([
          ['instance', instance],
          ['action', action]
        ])
      }
    }
    const state = str(detail.state)
    return {
      ...common,
      eventName: state,
      severity: state ? STATE_SEVERITY[state] : undefined,
      details: facts([
        ['state', state],
        ['instance', instance]
      ])
    }
  }
}
