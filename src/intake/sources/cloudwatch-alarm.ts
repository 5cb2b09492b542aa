// CloudWatch alarm state changes as EventBridge delivers them. An alarm's Lambda action gets the
// same `alarmData` in another envelope, so lambda-action.ts reads it with `readAlarmData` too.
import type { Metric } from '../../generated/incident.js'
import { alarmOf, alarmState } from '../alarm.js'
import { clean, int, isObject, list, num, obj, str, stringRecord, type Json } from '../json.js'
import type { Base, Parts, SourceReader } from '../parts.js'
import { facts } from '../text.js'

function metricsOf(configuration: Json): Metric[] {
  return list(configuration.metrics)
    .filter(isObject)
    .map((m) => {
      const stat = obj(m.metricStat)
      const metric = obj(stat.metric)
      return clean({
        id: str(m.id),
        namespace: str(metric.namespace),
        name: str(metric.name),
        dimensions: stringRecord(metric.dimensions),
        expression: str(m.expression),
        stat: str(stat.stat),
        period: int(stat.period)
      })
    })
}

/** The EventBridge `detail` and Lambda `alarmData` shapes, which are the same. */
export function readAlarmData(base: Base, data: Json): Parts {
  const configuration = obj(data.configuration)
  const state = obj(data.state)
  const metrics = metricsOf(configuration)
  return {
    ...base,
    kind: 'alarm',
    alarmName: str(data.alarmName) ?? str(configuration.alarmName),
    state: alarmState(state.value),
    previousState: alarmState(obj(data.previousState).value),
    description: str(configuration.description),
    reason: str(state.reason),
    metrics,
    alarm: alarmOf({
      rule: str(configuration.alarmRule),
      comparison: str(configuration.comparisonOperator),
      threshold: num(configuration.threshold),
      thresholdMetricId: str(configuration.thresholdMetricId),
      evaluationPeriods: int(configuration.evaluationPeriods),
      datapointsToAlarm: int(configuration.datapointsToAlarm),
      actionsSuppressedBy: str(state.actionsSuppressedBy),
      metrics,
      reason: str(state.reason),
      reasonData: state.reasonData
    }),
    details: facts([['actionsSuppressor', configuration.actionsSuppressor]])
  }
}

export const cloudWatchAlarm: SourceReader = {
  name: 'CloudWatch alarm state change',
  accepts: ({ source, detailType }) =>
    source === 'aws.cloudwatch' && /Alarm State Change$/.test(detailType),
  read: (detail, base) =>
    readAlarmData({ ...base, alarmArn: base.resources.find((r) => r.includes(':alarm:')) }, detail)
}
