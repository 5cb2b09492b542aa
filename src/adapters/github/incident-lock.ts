// The incident lock: a GitHub label per incident fingerprint that one intake at a time holds.
// Creating a label is atomic on GitHub (a second create of the same name answers 422
// `already_exists`), so the label serializes every intake of one incident across runners where a
// read-then-write could not: the look-up of its issue, opening it, counting a repeat and noting a
// recovery all happen under it. A workflow concurrency group cannot do this: GitHub keeps one
// pending run per group (or 100 with `queue: max`) and cancels the rest, which would lose counts.
//
// The label's description is a lease (`until <time>`), renewed while the lock is held, so a runner
// that died holding it blocks its incident for one lease at most. A stale lock is taken over by
// renaming it to a name derived from the lease that was seen: GitHub refuses a rename onto a name
// that exists and a rename of a name that is gone, so exactly one waiter wins, and a waiter that
// read an older lease can never rename a newer one (its target name is taken). Stale names are
// left in place for that reason; they only appear after a runner died holding a lock.
//
// Written here rather than taken from npm: the lock packages there lock files or Redis keys; none
// locks with GitHub's API, and the whole algorithm is the three atomic label operations above.
import { createHash, randomUUID } from 'node:crypto'
import { httpStatus } from '../../util/http-error.js'
import type { GitHub } from './client.js'

export const LOCK_LABEL_PREFIX = 'opsloop:lock:'
export const STALE_LABEL_PREFIX = 'opsloop:stale:'
/** Label names hold 50 characters: `opsloop:lock:` and a 16-hex fingerprint (or `run-<issue>`). */
export const lockLabel = (fp: string): string => `${LOCK_LABEL_PREFIX}${fp}`

export interface LockTiming {
  /** How long a lease lasts unless renewed. */
  leaseMs: number
  /** How often the holder renews it. */
  renewEveryMs: number
  /** The first wait between attempts to take a held lock; doubled up to maxPollMs. */
  firstPollMs: number
  maxPollMs: number
  /** How long to wait for the lock before giving up (the run fails, loudly). */
  waitMs: number
  /** How far apart two runners' clocks may be. */
  skewMs: number
}

/**
 * GitHub's timing: a 2-minute lease renewed every 40 s; 8 minutes of waiting, inside intake's
 * 10-minute job. Waits from 2 s doubling to 15 s: a repeat holds the lock about 2.5 s (four
 * requests, writes 1 s apart), so a waiter behind a storm of them tries about 4 times a minute
 * (one request each); a count arrives a little later, and the budget lasts.
 */
export const LOCK_TIMING: LockTiming = {
  leaseMs: 120_000,
  renewEveryMs: 40_000,
  firstPollMs: 2_000,
  maxPollMs: 15_000,
  waitMs: 8 * 60_000,
  skewMs: 10_000
}

/** Every wait scaled (tests against the stand-in shrink them, as the GitHub client's waitScale). */
export function scaledLockTiming(scale: number): LockTiming {
  const s = (ms: number): number => Math.max(1, Math.round(ms * scale))
  return {
    leaseMs: s(LOCK_TIMING.leaseMs),
    renewEveryMs: s(LOCK_TIMING.renewEveryMs),
    firstPollMs: s(LOCK_TIMING.firstPollMs),
    maxPollMs: s(LOCK_TIMING.maxPollMs),
    waitMs: s(LOCK_TIMING.waitMs),
    skewMs: s(LOCK_TIMING.skewMs)
  }
}

export interface LockOptions {
  timing?: LockTiming
  /** Who holds it, for people reading the label (e.g. the workflow run id). */
  holder?: string
  now?: () => number
  sleep?: (ms: number) => Promise<void>
  /** The jitter's source of randomness in [0, 1) (tests seed it to replay an interleaving). */
  random?: () => number
  warn?: (message: string) => void
}

/** The lock could not be taken in time: the run fails, and the delivery is not lost silently. */
export class LockTimeoutError extends Error {
  override name = 'LockTimeoutError'
}

const UNTIL = /until (\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z)/

function describeLease(until: number, holder: string): string {
  return `OpsLoop intake lock until ${new Date(until).toISOString()} · ${holder}`.slice(0, 100)
}

/**
 * Whether a lease seen in a description is over. A description that is not a lease, or whose
 * time is further away than one lease (someone edited it), counts as over: the worst a person with
 * write access can do is what deleting the label does.
 */
function leaseOver(description: string | null, now: number, timing: LockTiming): boolean {
  const at = leaseUntil(description)
  return !Number.isFinite(at) || at <= now || at > now + timing.leaseMs + timing.skewMs
}

/** The end of the lease a description states (ms), NaN when it states none. */
function leaseUntil(description: string | null): number {
  const until = UNTIL.exec(description ?? '')?.[1]
  return until ? Date.parse(until) : NaN
}

const staleLabel = (name: string, description: string | null): string =>
  `${STALE_LABEL_PREFIX}${createHash('sha256')
    .update(`${name}\n${description ?? ''}`)
    .digest('hex')
    .slice(0, 32)}`

/** 422 `already_exists` (create or rename onto a taken name). */
function alreadyExists(e: unknown): boolean {
  if (httpStatus(e) !== 422) return false
  const errors = (e as { response?: { data?: { errors?: { code?: string }[] } } }).response?.data
    ?.errors
  return errors?.some((x) => x.code === 'already_exists') ?? false
}

export interface IncidentLock {
  /** Runs `work` holding the incident's lock, and releases it however `work` ends. */
  hold<T>(fingerprint: string, work: () => Promise<T>): Promise<T>
}

export function githubIncidentLock(
  octokit: GitHub,
  repository: { owner: string; repo: string },
  options: LockOptions = {}
): IncidentLock {
  const timing = options.timing ?? LOCK_TIMING
  const now = options.now ?? Date.now
  const sleep =
    options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)))
  const random = options.random ?? Math.random
  const warn = options.warn ?? (() => undefined)
  const holder = `${options.holder ?? 'run'} ${randomUUID().slice(0, 8)}`

  const read = async (name: string): Promise<string | null | undefined> => {
    try {
      const { data } = await octokit.request('GET /repos/{owner}/{repo}/labels/{name}', {
        ...repository,
        name
      })
      return data.description
    } catch (e) {
      if (httpStatus(e) === 404) return undefined
      throw e
    }
  }

  /**
   * Takes the lock: returns the lease it holds and until when. A waiter's attempt costs one
   * request (the create that GitHub refuses); it reads the holder's lease only when the lease it
   * last saw has run out, to take a lapsed lock over.
   */
  async function acquire(name: string): Promise<{ lease: string; until: number }> {
    const deadline = now() + timing.waitMs
    let wait = timing.firstPollMs
    let seenUntil = -Infinity
    for (;;) {
      const until = now() + timing.leaseMs
      const lease = describeLease(until, holder)
      try {
        await octokit.request('POST /repos/{owner}/{repo}/labels', {
          ...repository,
          name,
          color: 'ededed',
          description: lease
        })
        return { lease, until }
      } catch (e) {
        if (!alreadyExists(e)) throw e
      }
      if (now() >= seenUntil) {
        const seen = await read(name)
        // Released between our create and our read: try again at once.
        if (seen === undefined) continue
        if (leaseOver(seen, now(), timing)) {
          try {
            await octokit.request('PATCH /repos/{owner}/{repo}/labels/{name}', {
              ...repository,
              name,
              new_name: staleLabel(name, seen)
            })
            warn(`Took over the lock ${name}: its holder's lease had run out (${seen ?? 'none'})`)
          } catch (e) {
            // Another waiter took it over first, or it was released: try again.
            if (!alreadyExists(e) && httpStatus(e) !== 404) throw e
          }
          continue
        }
        seenUntil = leaseUntil(seen)
      }
      if (now() >= deadline)
        throw new LockTimeoutError(
          `another run has held the lock ${name} for this incident for over ${Math.round(timing.waitMs / 1000)} s; this delivery was not handled. Re-run this workflow run once that run ends, or delete the label if no run holds it`
        )
      // Jittered, so that waiters spread out rather than poll in step.
      await sleep(Math.round(wait * (0.5 + random() / 2)))
      wait = Math.min(wait * 2, timing.maxPollMs)
    }
  }

  return {
    async hold(fingerprint, work) {
      const name = lockLabel(fingerprint)
      let { lease, until } = await acquire(name)
      const held = { lost: false }
      const renew = async (): Promise<void> => {
        try {
          if ((await read(name)) !== lease) {
            held.lost = true
            warn(`Lost the lock ${name}: another run took it over after the lease ran out`)
            return
          }
          const nextUntil = now() + timing.leaseMs
          const next = describeLease(nextUntil, holder)
          await octokit.request('PATCH /repos/{owner}/{repo}/labels/{name}', {
            ...repository,
            name,
            description: next
          })
          lease = next
          until = nextUntil
        } catch (e) {
          warn(`Could not renew the lock ${name}: ${e instanceof Error ? e.message : String(e)}`)
        }
      }
      let renewing: Promise<void> = Promise.resolve()
      const timer = setInterval(() => {
        if (!held.lost) renewing = renewing.then(renew)
      }, timing.renewEveryMs)
      timer.unref()
      try {
        return await work()
      } finally {
        clearInterval(timer)
        await renewing
        if (!held.lost) {
          try {
            // Within our lease nobody can have taken the lock over (a waiter renames only a lapsed
            // one; with a margin for runners' clocks), so it is ours to delete without a look.
            if (now() < until - timing.skewMs || (await read(name)) === lease)
              await octokit.request('DELETE /repos/{owner}/{repo}/labels/{name}', {
                ...repository,
                name
              })
          } catch (e) {
            // A lock left behind costs later deliveries one lease, never an incident.
            if (httpStatus(e) !== 404)
              warn(
                `Could not release the lock ${name} (it lapses by itself): ${e instanceof Error ? e.message : String(e)}`
              )
          }
        }
      }
    }
  }
}
