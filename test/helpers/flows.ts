// What flows run in process share: AWS SDK settings that point at the stand-ins and retry in
// milliseconds, and a clock that is the SSM stand-in's virtual one, so waits cost no real time.
import { ConfiguredRetryStrategy } from '@smithy/core/retry'
import type { Clock } from '../../src/util/clock.js'
import type { StandIns } from '../../harness/standins/index.js'

/** AWS SDK client settings for the stand-ins, with `attempts` tries 10 ms apart. */
export function awsFor(standIns: StandIns, attempts = 3) {
  return {
    endpoint: standIns.env.AWS_ENDPOINT_URL ?? '',
    region: standIns.region,
    credentials: standIns.credentials,
    retryStrategy: new ConfiguredRetryStrategy(attempts, () => 10)
  }
}

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
