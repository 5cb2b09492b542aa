// Simulated time for concurrent runs that talk to the stand-ins over real HTTP: a discrete-event
// clock. Each participant (one intake run, as one runner would run it) is either working in real
// time (CPU, or a request in flight to the stand-in) or asleep on the simulated clock (a lock wait,
// or a request's modelled latency and pacing). The clock stands still while anyone works and, once
// every participant is asleep, jumps to the earliest wake-up. So what happens depends on the
// modelled GitHub timing and on the order of events, never on how loaded this machine is: request
// counts that depend on how often a waiter polls come out the same on a laptop and a busy CI box.
//
// Hand-written: fake-timer libraries (@sinonjs/fake-timers, jest's) replace the global timers that
// undici's sockets use too, and advance only when told; neither knows when concurrent async work
// is blocked, which is the one thing that decides when simulated time may move.
import type { Clock } from '../../src/util/clock.js'

interface Sleeper {
  at: number
  seq: number
  wake: () => void
}

/** GitHub's timing as one client sees it: latency per request, and writes paced apart. */
export interface GitHubTiming {
  latencyMs: number
  /** The throttling plugin's spacing between one client's writes (its `write` group). */
  writeSpacingMs: number
}

/** About GitHub's REST latency, and the throttling plugin's default write spacing. */
export const GITHUB_TIMING: GitHubTiming = { latencyMs: 300, writeSpacingMs: 1_000 }

export class SimulatedTime implements Clock {
  private time: number
  private sleepers: Sleeper[] = []
  private working = 0
  private seq = 0
  private pending = false

  constructor(start = Date.now()) {
    this.time = start
  }

  now = (): number => this.time

  /** Sleeps on the simulated clock; only a participant (inside `run`) may sleep. */
  sleep = (ms: number): Promise<void> =>
    new Promise<void>((wake) => {
      this.sleepers.push({ at: this.time + Math.max(0, ms), seq: this.seq++, wake })
      this.working -= 1
      this.settle()
    })

  /** Runs `work` as a participant: the clock waits for it whenever it is not asleep. */
  async run<T>(work: () => Promise<T>): Promise<T> {
    this.working += 1
    try {
      return await work()
    } finally {
      this.working -= 1
      this.settle()
    }
  }

  /**
   * A fetch for one client (one runner's Octokit): the request goes out when the client's write
   * pacing allows, reaches the stand-in at once, and its answer arrives a latency later.
   */
  fetchFor(timing: GitHubTiming = GITHUB_TIMING, real: typeof fetch = fetch): typeof fetch {
    let nextWrite = -Infinity
    return async (input, init) => {
      const method = (init?.method ?? 'GET').toUpperCase()
      if (method !== 'GET' && method !== 'HEAD') {
        if (this.time < nextWrite) await this.sleep(nextWrite - this.time)
        nextWrite = this.time + timing.writeSpacingMs
      }
      const response = await real(input, init)
      await this.sleep(timing.latencyMs)
      return response
    }
  }

  /** Once every participant is asleep (after pending callbacks run), wakes the earliest. */
  private settle(): void {
    if (this.pending) return
    this.pending = true
    setImmediate(() => {
      this.pending = false
      if (this.working > 0 || this.sleepers.length === 0) return
      this.sleepers.sort((a, b) => a.at - b.at || a.seq - b.seq)
      const at = this.sleepers[0]?.at ?? this.time
      const due = this.sleepers.filter((s) => s.at === at)
      this.sleepers = this.sleepers.filter((s) => s.at !== at)
      this.time = Math.max(this.time, at)
      this.working += due.length
      for (const s of due) s.wake()
    })
  }
}
