// Classic CloudWatch alarm notifications, the JSON an alarm's SNS action publishes (`AlarmName`,
// `NewStateValue`, `Trigger`), read from an SNS message or on their own. They carry no alarm
// configuration beyond `Trigger`, so alarm.ts reads the rest from the state reason's text.
import type { Metric } from '../../generated/incident.js'
import { alarmOf, alarmState } from '../alarm.js'
import { clean, int, isObject, list, num, obj, scalarText, str, type Json } from '../json.js'
import type { Parts, Reader } from '../parts.js'

function metricsOf(trigger: Json): Metric[] {
  const dims = (v: unknown): Record<string, string> =>
    Object.fromEntries(
      list(v)
        .filter(isObject)
        .map((d) => [str(d.name) ?? str(d.Name) ?? '', scalarText(d.value ?? d.Value)] as const)
        .filter(([k]) => k !== '')
    )
  if (Array.isArray(trigger.Metrics)) {
    return trigger.Metrics.filter(isObject).map((m) => {
      const stat = obj(m.MetricStat)
      const metric = obj(stat.Metric)
      return clean({
        id: str(m.Id),
        namespace: str(metric.Namespace),
        name: str(metric.MetricName),
        dimensions: dims(metric.Dimensions),
        expression: str(m.Expression),
        stat: str(stat.Stat),
        period: int(stat.Period)
      })
    })
  }
  if (str(trigger.MetricName)) {
    return [
      clean({
        namespace: str(trigger.Namespace),
        name: str(trigger.MetricName),
        dimensions: dims(trigger.Dimensions),
        stat: str(trigger.Statistic),
        period: int(trigger.Period)
      })
    ]
  }
  return []
}

/** `fallback`: the id and time of the SNS notification that carried the message, if any. */
export function readClassicAlarm(message: Json, fallback: { id?: string; time?: string }): Parts {
  const trigger = obj(message.Trigger)
  const alarmArn = str(message.AlarmArn)
  const metrics = metricsOf(trigger)
  const reason = str(message.NewStateReason)
  return {
    source: 'aws.cloudwatch',
    detailType: 'CloudWatch Alarm State Change',
    kind: 'alarm',
    id: fallback.id,
    alarmName: str(message.AlarmName),
    alarmArn,
    state: alarmState(message.NewStateValue),
    previousState: alarmState(message.OldStateValue),
    account: str(message.AWSAccountId),
    region: alarmArn?.split(':')[3],
    time: str(message.StateChangeTime) ?? fallback.time,
    description: str(message.AlarmDescription),
    reason,
    resources: alarmArn ? [alarmArn] : [],
    metrics,
    instances: [],
    links: [],
    alarm: alarmOf({
      rule: str(message.AlarmRule),
      comparison: str(trigger.ComparisonOperator),
      threshold: num(trigger.Threshold),
      thresholdMetricId: str(trigger.ThresholdMetricId),
      evaluationPeriods: int(trigger.EvaluationPeriods),
      datapointsToAlarm: int(trigger.DatapointsToAlarm),
      actionsSuppressedBy: str(message.ActionsSuppressedBy),
      metrics,
      reason
    })
  }
}

/** A classic notification on its own, outside any SNS envelope. */
export const classicAlarm: Reader = {
  name: 'classic CloudWatch alarm notification',
  accepts: (event) => str(obj(event).AlarmName) !== undefined,
  read: (event) => readClassicAlarm(obj(event), {})
}
