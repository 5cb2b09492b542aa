// Does the alarm return to OK after remediation, within the runbook's window? Bounded polling with
// an injectable clock (the SDK has an "alarm exists" waiter, not a "state is" one).
import { realClock, type Clock } from '../util/clock.js'
import type { AlarmStates, AlarmStateValue } from './ports.js'

export type AlarmWait =
  | { ok: true; waitedMs: number }
  | { ok: false; waitedMs: number; lastState: AlarmStateValue | 'missing' }

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
