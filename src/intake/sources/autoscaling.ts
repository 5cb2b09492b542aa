// EC2 Auto Scaling lifecycle events (launch or terminate, successful or not): the detail-type is
// the event, and whether it succeeded sets the severity.
import { str } from '../json.js'
import type { SourceReader } from '../parts.js'
import { facts } from '../text.js'

export const autoScaling: SourceReader = {
  name: 'EC2 Auto Scaling event',
  accepts: ({ source }) => source === 'aws.autoscaling',
  read(detail, base) {
    const group = str(detail.AutoScalingGroupName)
    const instance = str(detail.EC2InstanceId)
    return {
      ...base,
      kind: 'event',
      eventName: base.detailType,
      severity: /Unsuccessful$/.test(base.detailType)
        ? 'high'
        : /Successful$/.test(base.detailType)
          ? 'low'
          : undefined,
      reason: str(detail.StatusMessage) ?? str(detail.Cause),
      subject: group,
      instances: instance ? [instance] : [],
      details: facts([
        ['autoScalingGroup', group],
        ['statusCode', detail.StatusCode],
        ['statusMessage', detail.StatusMessage],
        ['cause', detail.Cause],
        ['instance', instance]
      ])
    }
  }
}
