// Bounded polling of one SSM run (a command or an automation) until it ends, the deadline passes
// or a cancel is requested; then it stops the run and reads a few more times to see how it ended.
//
// Polling with an injectable sleep and clock rather than the SDK waiters:
// `waitUntilCommandExecuted` watches one instance, ends on the first failed invocation without
// the others' output, and sleeps on real timers, so neither a multi-target run nor a virtual-clock
// test fits it. Throttling inside a call is the SDK's retry strategy (the caller builds the
// client); a transient error that outlives those retries only costs one polling round, because a
// remediation that is running must not be lost track of. The overall timeout bounds everything.
import type { WaitOptions } from '../../execution/ports.js'

const DEFAULT_POLL_MS = 5_000
const MAX_POLL_MS = 30_000
/** Polls after a cancel, for Cancelling to become Cancelled. */
const SETTLE_ROUNDS = 6

export type Stop = 'TimedOut' | 'Cancelled'

export interface Polled<T> {
  last?: T
  stopped?: Stop
  /** Why cancelling failed, when it did. */
  stopError?: string
}

const realSleep = (ms: number): Promise<void> =>
  new Promise((resolve) => {
    setTimeout(resolve, ms)
  })

export const errorName = (error: unknown): string => (error instanceof Error ? error.name : '')
const errorText = (error: unknown): string =>
  error instanceof Error ? `${error.name}: ${error.message}` : String(error)

/** Worth another round: throttling, a server error, or no answer at all. */
function isTransient(error: unknown): boolean {
  if (!(error instanceof Error)) return false
  if (
    /Throttl|TooManyRequests|RequestLimitExceeded|ServiceUnavailable|InternalServer/.test(
      error.name
    )
  )
    return true
  if ('$metadata' in error) {
    const status = (error.$metadata as { httpStatusCode?: number } | undefined)?.httpStatusCode
    return status === undefined || status >= 500 || status === 429
  }
  const code = 'code' in error ? error.code : undefined
  return error.name === 'TimeoutError' || (typeof code === 'string' && /^E[A-Z]+$/.test(code))
}

/** Reads that fail right after a start, before SSM has caught up. */
const NOT_YET = new Set(['InvocationDoesNotExist', 'AutomationExecutionNotFoundException'])

/** A read, or undefined when SSM has not caught up yet or the error is worth another round. */
export async function tolerant<T>(read: () => Promise<T>): Promise<T | undefined> {
  try {
    return await read()
  } catch (error) {
    if (NOT_YET.has(errorName(error)) || isTransient(error)) return undefined
    throw error
  }
}

/** An error from shouldCancel must not abort a running remediation: the timeout still holds. */
async function cancelRequested(options: WaitOptions): Promise<boolean> {
  if (!options.shouldCancel) return false
  try {
    return await options.shouldCancel()
  } catch {
    return false
  }
}

export interface Pace {
  now: () => number
  sleep: (ms: number) => Promise<void>
  baseMs: number
}

export function paceOf(options: WaitOptions): Pace {
  return {
    now: options.now ?? Date.now,
    sleep: options.sleep ?? realSleep,
    baseMs: Math.max(1, options.pollMs ?? DEFAULT_POLL_MS)
  }
}

/**
 * Reads until `done`, the deadline, or a cancel request; on the last two it stops the run and
 * reads a few more times so the result shows the run's final state.
 */
export async function pollUntil<T>(
  options: WaitOptions,
  pace: Pace,
  read: () => Promise<T | undefined>,
  done: (value: T) => boolean,
  stop: () => Promise<void>
): Promise<Polled<T>> {
  const deadline = pace.now() + options.timeoutMs
  const capMs = Math.max(pace.baseMs, Math.min(4 * pace.baseMs, MAX_POLL_MS))
  let delay = pace.baseMs
  let last: T | undefined
  let stopped: Stop
  for (;;) {
    last = (await read()) ?? last
    if (last !== undefined && done(last)) return { last }
    if (await cancelRequested(options)) {
      stopped = 'Cancelled'
      break
    }
    const left = deadline - pace.now()
    if (left <= 0) {
      stopped = 'TimedOut'
      break
    }
    await pace.sleep(Math.min(delay, left))
    delay = Math.min(capMs, Math.round(delay * 1.5))
  }
  let stopError: string | undefined
  try {
    await stop()
  } catch (error) {
    stopError = errorText(error)
  }
  for (let round = 0; round < SETTLE_ROUNDS; round++) {
    last = (await read()) ?? last
    if (last !== undefined && done(last)) break
    if (round < SETTLE_ROUNDS - 1) await pace.sleep(pace.baseMs)
  }
  return { last, stopped, ...(stopError === undefined ? {} : { stopError }) }
}
