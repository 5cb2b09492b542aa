// CloudWatch alarm configuration changes (an alarm created, updated or deleted). They are read
// so the title names the alarm; intake's classify() then skips them as not incidents.
import { str } from '../json.js'
import type { SourceReader } from '../parts.js'
import { facts } from '../text.js'

export const cloudWatchAlarmConfig: SourceReader = {
  name: 'CloudWatch alarm configuration change',
  accepts: ({ source, detailType }) =>
    source === 'aws.cloudwatch' && /Alarm Configuration Change$/.test(detailType),
  read: (detail, base) => ({
    ...base,
    kind: 'event',
    eventName: str(detail.operation),
    subject: str(detail.alarmName),
    details: facts([
      ['alarmName', detail.alarmName],
      ['operation', detail.operation]
    ])
  })
}
