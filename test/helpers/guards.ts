// The guard alarm restart-systemd-service names for each fleet (`<role>-healthy-hosts-low`, after
// the instances' Role tag): a run of it needs that alarm to exist and not be in ALARM, or OpsLoop
// refuses it before claiming the plan (and SSM would stop it at once). Tests seed it beside the
// fleet's instances.
import type { CloudWatchControl } from '../../harness/standins/aws/cloudwatch.js'

/** The guard alarm of the fleet whose instances carry `Role: role`. */
export const guardAlarmOf = (role: string): string => `${role}-healthy-hosts-low`

/** Creates the fleet's guard alarm in the CloudWatch stand-in, in OK, and returns its name. */
export function guardFleet(standIns: { cloudwatch: CloudWatchControl }, role: string): string {
  const name = guardAlarmOf(role)
  standIns.cloudwatch.putAlarm({ AlarmName: name, StateValue: 'OK' })
  return name
}
