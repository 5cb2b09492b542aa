// What verification needs from CloudWatch: an alarm's state now.

/** CloudWatch's alarm states. */
export type AlarmStateValue = 'OK' | 'ALARM' | 'INSUFFICIENT_DATA'

export interface AlarmStates {
  /** The alarm's state now, or undefined when no such alarm exists. */
  state(name: string): Promise<AlarmStateValue | undefined>
}
