// The payload a CloudWatch alarm's Lambda action receives: `alarmData` has the shape of the
// EventBridge event's `detail`, and the envelope has the alarm's ARN, account and region.
import { isObject, obj, str } from '../json.js'
import type { Reader } from '../parts.js'
import { readAlarmData } from './cloudwatch-alarm.js'

export const lambdaAction: Reader = {
  name: 'CloudWatch alarm Lambda action',
  accepts: (event) => isObject(obj(event).alarmData),
  read: (event) => {
    const e = obj(event)
    const alarmArn = str(e.alarmArn)
    return readAlarmData(
      {
        source: str(e.source) ?? 'aws.cloudwatch',
        detailType: 'CloudWatch Alarm State Change',
        alarmArn,
        account: str(e.accountId),
        region: str(e.region),
        time: str(e.time),
        resources: alarmArn ? [alarmArn] : [],
        metrics: [],
        instances: [],
        links: []
      },
      obj(e.alarmData)
    )
  }
}
