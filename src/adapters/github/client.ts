// The GitHub client: Octokit with GitHub's recommended retry and rate-limit handling. The base
// URL comes from GITHUB_API_URL (set by the runner, GHES included); nothing else is configured.
// It is @octokit/core with the plugins @octokit/rest adds and OpsLoop uses (the request log and
// pagination), not @octokit/rest itself: its method table (`octokit.rest.issues.create` and
// ~1,000 others, ~95 KB of routes) would be loaded by every job and used by none. Requests name
// their route, `octokit.request('POST /repos/{owner}/{repo}/issues', …)`, typed by @octokit/types.
import { Octokit } from '@octokit/core'
import { paginateRest } from '@octokit/plugin-paginate-rest'
import { requestLog } from '@octokit/plugin-request-log'
import { retry } from '@octokit/plugin-retry'
import { networkLogLine } from '../http/network-error.js'
import { throttling } from '@octokit/plugin-throttling'
// The limiter the throttling plugin itself uses (its dependency, pinned alongside it).
import Bottleneck from 'bottleneck/light.js'
import { httpStatus } from '../../util/http-error.js'
import { VERSION } from '../../version.js'

// The request log writes each failed attempt's line (see `log` below); the order is @octokit/rest's.
const GitHubOctokit = Octokit.plugin(requestLog, paginateRest, retry, throttling)
export type GitHub = InstanceType<typeof GitHubOctokit>

export interface GitHubClientOptions {
  token: string
  baseUrl?: string
  /** Where retries and rate-limit waits are reported (the action's log). */
  warn?: (message: string) => void
  /** How many times a rate-limited request is retried after waiting (default 2). */
  rateLimitRetries?: number
  /**
   * How many times a request that met the *primary* rate limit (the token's hourly budget, spent)
   * is retried after waiting for its reset, up to an hour (default `rateLimitRetries`). 0 fails
   * at once, for a job that must neither hold a runner nor queue behind the budget's other users
   * until then; secondary rate limits keep `rateLimitRetries`.
   */
  primaryRateLimitRetries?: number
  /**
   * The throttling plugin spaces write requests per id, process-wide. One action run is one
   * process, so the default suits it; callers that act for several runs in one process (tests
   * replaying many deliveries) give each run its own id.
   */
  throttleId?: string
  /**
   * `false` turns the throttling plugin off altogether (no spacing, no rate-limit handling):
   * for tests that count raw requests against the stand-in, never for GitHub itself.
   */
  throttle?: boolean
  /**
   * Scales every wait the client makes: the throttling plugin's spacing (1 s between writes, 2 s
   * between searches, 3 s between requests that notify), its waits after a rate limit
   * (Retry-After) and the retry plugin's back-off after a server error.
   * 1 (the default) is GitHub's; tests against the stand-in shrink it (0 waits not at all but
   * still handles rate limits), as the plugin's own tests do.
   */
  waitScale?: number
  /** The fetch Octokit sends requests with (e.g. one through a proxy); default the global one. */
  fetch?: typeof fetch
}

/**
 * Takes one label off an issue; a label that is not on it (any more) is what was asked for, so
 * GitHub's 404 is no error.
 */
export async function removeIssueLabel(
  octokit: GitHub,
  at: { owner: string; repo: string; issue_number: number },
  name: string
): Promise<void> {
  try {
    await octokit.request('DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels/{name}', {
      ...at,
      name
    })
  } catch (error) {
    if (httpStatus(error) !== 404) throw error
  }
}

/** The plugin's spacing per kind of request, in ms at scale 1 (its own defaults). */
const SPACING = { search: 2_000, write: 1_000, notifications: 3_000 } as const

/**
 * A limiter group that runs every job at once. At scale 0 (tests against the stand-ins) spacing
 * is off, and Bottleneck's own bookkeeping would still cost about 2 ms of timers per limiter
 * per request (its local datastore yields to the event loop on every operation); rate limits
 * are still handled, by the plugin's retry limiter.
 */
const immediate = {
  key: () => ({
    schedule: <A extends unknown[], R>(_options: object, job: (...args: A) => R, ...args: A) =>
      Promise.resolve().then(() => job(...args))
  })
} as unknown as Bottleneck.Group

/** Limiter groups with the plugin's spacing scaled; undefined at scale 1 (the plugin's own). */
function scaledGroups(scale: number, id: string) {
  if (scale === 1) return {}
  if (scale === 0)
    return {
      global: immediate,
      search: immediate,
      write: immediate,
      notifications: immediate,
      retryAfterBaseValue: 0
    }
  const group = (kind: keyof typeof SPACING) =>
    new Bottleneck.Group({ id: `${id}-${kind}`, maxConcurrent: 1, minTime: SPACING[kind] * scale })
  return {
    search: group('search'),
    write: group('write'),
    notifications: group('notifications'),
    retryAfterBaseValue: 1_000 * scale
  }
}

export function createGitHubClient(options: GitHubClientOptions): GitHub {
  const warn = options.warn ?? (() => undefined)
  const retries = options.rateLimitRetries ?? 2
  const primaryRetries = options.primaryRateLimitRetries ?? retries
  const onLimit =
    (kind: string, allowed: number) =>
    (
      retryAfter: number,
      request: { method: string; url: string },
      _octokit: unknown,
      retryCount: number
    ): boolean => {
      const again = retryCount < allowed
      warn(
        `GitHub ${kind} rate limit on ${request.method} ${request.url}; ${again ? `retrying in ${retryAfter}s` : 'giving up'}`
      )
      return again
    }
  return new GitHubOctokit({
    auth: options.token,
    baseUrl: options.baseUrl ?? process.env.GITHUB_API_URL ?? 'https://api.github.com',
    userAgent: `opsloop/${VERSION}`,
    ...(options.fetch ? { request: { fetch: options.fetch } } : {}),
    // Failed attempts (retried or not) go to the action's log as warnings, not to stderr.
    // A request with no answer is logged as a network error, not as `500 with id UNKNOWN`.
    log: {
      debug: () => undefined,
      info: () => undefined,
      warn: (m: string) => {
        warn(networkLogLine(m))
      },
      error: (m: string) => {
        warn(networkLogLine(m))
      }
    },
    // 429 belongs to the throttling plugin, which waits as GitHub says; retrying it here too
    // would double the requests a rate limit already counts against.
    retry: {
      doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451],
      // 1 s, 4 s, 9 s between attempts at scale 1.
      retryAfterBaseValue: 1_000 * (options.waitScale ?? 1)
    },
    throttle:
      options.throttle === false
        ? { enabled: false }
        : {
            ...(options.throttleId ? { id: options.throttleId } : {}),
            ...scaledGroups(options.waitScale ?? 1, options.throttleId ?? 'opsloop'),
            onRateLimit: onLimit('primary', primaryRetries),
            onSecondaryRateLimit: onLimit('secondary', retries)
          }
  })
}

/**
 * Whether `error` is GitHub's primary rate limit (the token's budget is spent: a 403 or 429 with
 * `x-ratelimit-remaining: 0`, or GraphQL's `RATE_LIMITED`), and when the budget resets if GitHub
 * said; undefined for any other error.
 */
export function primaryRateLimit(error: unknown): { resetsAt?: Date } | undefined {
  const { status, response } = (error ?? {}) as {
    status?: unknown
    response?: { headers?: Record<string, unknown>; data?: { errors?: unknown } }
  }
  const headers = response?.headers
  if (!headers || String(headers['x-ratelimit-remaining']) !== '0') return undefined
  const errors = response.data?.errors
  const graphql =
    Array.isArray(errors) &&
    errors.some((x) => (x as { type?: unknown } | null)?.type === 'RATE_LIMITED')
  if (!graphql && status !== 403 && status !== 429) return undefined
  const reset = Number(headers['x-ratelimit-reset'])
  return Number.isFinite(reset) && reset > 0 ? { resetsAt: new Date(reset * 1000) } : {}
}

/**
 * One of GitHub's int64 ids (a comment's, a deployment's), passed on as it came. @octokit/types
 * 18 (@octokit/core's) types them `number | bigint`, since Octokit parses an integer beyond 2^53
 * as a bigint; GitHub's ids are far below that, so they arrive as numbers (as the types of
 * @octokit/rest, which said `number`, assumed). Nothing is converted.
 */
export const int64Id = (id: number | bigint): number => id as number

/** Label names as the REST API gives them (a string or a label object). */
export const labelNames = (labels: readonly (string | { name?: string })[]): string[] =>
  labels.map((l) => (typeof l === 'string' ? l : (l.name ?? '')))

/** An issue update; closing records the reason GitHub shows ("completed"). */
export const issueUpdate = <T extends { state?: 'open' | 'closed' }>(update: T) => ({
  ...update,
  ...(update.state === 'closed' ? { state_reason: 'completed' as const } : {})
})
