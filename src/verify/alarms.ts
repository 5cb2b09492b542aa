// CloudWatch alarm state, for the checks around remediation: is the alarm still firing before we
// act, and does it return to OK afterwards within the runbook's window. Bounded polling with an
// injectable clock (the SDK has an "alarm exists" waiter, not a "state is" one).
import {
  CloudWatchClient,
  DescribeAlarmsCommand,
  type StateValue
} from '@aws-sdk/client-cloudwatch'

export interface AlarmStates {
  /** The alarm's state now, or undefined when no such alarm exists. */
  state(name: string): Promise<StateValue | undefined>
}

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

export interface Clock {
  now(): number
  sleep(ms: number): Promise<void>
}

export const realClock: Clock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms))
}

export type AlarmWait =
  | { ok: true; waitedMs: number }
  | { ok: false; waitedMs: number; lastState: StateValue | 'missing' }

/** Waits until the alarm is OK, polling every `pollMs`, for at most `withinMs`. */
export async function waitForOk(
  alarms: AlarmStates,
  name: string,
  withinMs: number,
  clock: Clock = realClock,
  pollMs = 15_000
): Promise<AlarmWait> {
  const start = clock.now()
  for (;;) {
    const state = await alarms.state(name)
    const waitedMs = clock.now() - start
    if (state === 'OK') return { ok: true, waitedMs }
    if (waitedMs >= withinMs) return { ok: false, waitedMs, lastState: state ?? 'missing' }
    await clock.sleep(Math.min(pollMs, withinMs - waitedMs))
  }
}
