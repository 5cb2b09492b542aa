// Time, as every wait in OpsLoop takes it: `now` in epoch ms and `sleep`, so tests pass a
// virtual clock and nothing waits in real time.
export interface Clock {
  now(): number
  sleep(ms: number): Promise<void>
}

export const realClock: Clock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms))
}
