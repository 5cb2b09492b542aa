// The CloudWatch alarm that stops a run: `AlarmConfiguration` on SendCommand and
// StartAutomationExecution. SSM reads the alarm's state from CloudWatch; the stand-in reads it from
// an AlarmSource (startStandIns() passes the CloudWatch stand-in's), at the start of the run,
// whenever the run is read (a poll), and at every state change the source reports (so an alarm
// that flips to ALARM and back between two polls still stops the run).
//
// When the alarm is in ALARM, or CloudWatch does not know it and `IgnorePollAlarmFailure` is false
// (SSM could not read its state), every part of the run that has not ended stops at that moment
// (Run Command: invocations become Cancelled and a running executor is aborted, as on
// CancelCommand; Automation: the execution and its running step become Cancelled) and the run
// shows the alarm in `TriggeredAlarms` with State ALARM or UNKNOWN. A run that has ended is left
// as it is. OK and INSUFFICIENT_DATA never stop a run. Without a source (an SSM stand-in built on
// its own) alarms are accepted and echoed but never evaluated.
import {
  checkLength,
  readBoolean,
  readObject,
  readObjectList,
  requireString,
  validationError,
  type Input
} from './common.js'

export type AlarmStateValue = 'OK' | 'ALARM' | 'INSUFFICIENT_DATA'

export interface AlarmSource {
  /** The alarm's state now, or undefined when CloudWatch has no such alarm. */
  state(name: string): AlarmStateValue | undefined
  /** Calls `listener` with the alarm's name after each change of an alarm's state. */
  onChange?(listener: (name: string) => void): void
}

export interface AlarmGuard {
  name: string
  ignorePollAlarmFailure: boolean
}

export interface TriggeredAlarm {
  Name: string
  State: 'ALARM' | 'UNKNOWN'
}

const ALARM_NAME = /^(?!\s*$).+$/

/**
 * The request's `AlarmConfiguration` (exactly one alarm, as the model requires) and the form the
 * run echoes: SSM shows `{ IgnorePollAlarmFailure: false, Alarms: [] }` for a run without one.
 */
export function readAlarmConfiguration(input: Input): { guard?: AlarmGuard; echo: Input } {
  const config = readObject(input, 'AlarmConfiguration')
  if (!config) return { echo: { IgnorePollAlarmFailure: false, Alarms: [] } }
  const alarms = readObjectList(config, 'Alarms')
  if (alarms === undefined)
    throw validationError('alarmConfiguration.alarms', undefined, 'Member must not be null')
  const [alarm] = alarms
  if (!alarm || alarms.length > 1)
    throw validationError(
      'alarmConfiguration.alarms',
      alarms,
      `Member must have length ${alarm ? 'less' : 'greater'} than or equal to 1`
    )
  const name = requireString(alarm, 'Name')
  checkLength('alarmConfiguration.alarms.member.name', name, 255)
  if (!ALARM_NAME.test(name))
    throw validationError(
      'alarmConfiguration.alarms.member.name',
      name,
      'Member must satisfy regular expression pattern: ^(?!\\s*$).+'
    )
  const ignorePollAlarmFailure = readBoolean(config, 'IgnorePollAlarmFailure')
  return {
    guard: { name, ignorePollAlarmFailure },
    echo: { IgnorePollAlarmFailure: ignorePollAlarmFailure, Alarms: [{ Name: name }] }
  }
}

/** The alarm that stops the run now, if any. */
export function tripped(
  source: AlarmSource | undefined,
  guard: AlarmGuard | undefined
): TriggeredAlarm | undefined {
  if (!source || !guard) return undefined
  const state = source.state(guard.name)
  if (state === 'ALARM') return { Name: guard.name, State: 'ALARM' }
  if (state === undefined && !guard.ignorePollAlarmFailure)
    return { Name: guard.name, State: 'UNKNOWN' }
  return undefined
}
