// CloudWatch alarm states for verification: DescribeAlarms for one alarm, metric or composite.
import { CloudWatchClient, DescribeAlarmsCommand } from '@aws-sdk/client-cloudwatch'
import type { AlarmStates } from '../../verify/ports.js'

export function cloudWatchAlarms(client: CloudWatchClient): AlarmStates {
  return {
    async state(name) {
      const out = await client.send(
        new DescribeAlarmsCommand({
          AlarmNames: [name],
          AlarmTypes: ['MetricAlarm', 'CompositeAlarm']
        })
      )
      const alarm = out.MetricAlarms?.[0] ?? out.CompositeAlarms?.[0]
      return alarm?.StateValue
    }
  }
}
