// What flows run in process share: AWS SDK settings that point at the stand-ins and retry in
// milliseconds, and a clock that is the SSM stand-in's virtual one, so waits cost no real time.
import type { Clock } from '../../src/util/clock.js'
import { awsSettings, type StandIns } from '../../harness/standins/index.js'

/** AWS SDK client settings for the stand-ins, with `attempts` tries 10 ms apart. */
export const awsFor = (standIns: StandIns, attempts = 3) => awsSettings(standIns.env, attempts)

/** The SSM stand-in's clock as remediation's Clock: sleeping moves it. */
export function virtualClock(standIns: () => StandIns): Clock {
  return {
    now: () => standIns().ssm.clock.now(),
    sleep: (ms) => {
      standIns().ssm.clock.advance(ms)
      return Promise.resolve()
    }
  }
}
