// The GitHub client: Octokit with GitHub's recommended retry and rate-limit handling. The base
// URL comes from GITHUB_API_URL (set by the runner, GHES included); nothing else is configured.
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'
import { Octokit } from '@octokit/rest'
import { VERSION } from '../../version.js'

const GitHubOctokit = Octokit.plugin(retry, throttling)
export type GitHub = InstanceType<typeof GitHubOctokit>

export interface GitHubClientOptions {
  token: string
  baseUrl?: string
  /** Where retries and rate-limit waits are reported (the action's log). */
  warn?: (message: string) => void
  /** How many times a rate-limited request is retried after waiting (default 2). */
  rateLimitRetries?: number
  /**
   * The throttling plugin spaces write requests per id, process-wide. One action run is one
   * process, so the default suits it; callers that act for several runs in one process (tests
   * replaying many deliveries) give each run its own id.
   */
  throttleId?: string
  /**
   * `false` turns the throttling plugin's spacing (1 s between writes, 3 s between requests that
   * notify) off: for tests against the stand-in, never for GitHub itself.
   */
  throttle?: boolean
}

export function createGitHubClient(options: GitHubClientOptions): GitHub {
  const warn = options.warn ?? (() => undefined)
  const retries = options.rateLimitRetries ?? 2
  const onLimit =
    (kind: string) =>
    (
      retryAfter: number,
      request: { method: string; url: string },
      _octokit: unknown,
      retryCount: number
    ): boolean => {
      const again = retryCount < retries
      warn(
        `GitHub ${kind} rate limit on ${request.method} ${request.url}; ${again ? `retrying in ${retryAfter}s` : 'giving up'}`
      )
      return again
    }
  return new GitHubOctokit({
    auth: options.token,
    baseUrl: options.baseUrl ?? process.env.GITHUB_API_URL ?? 'https://api.github.com',
    userAgent: `opsloop/${VERSION}`,
    // Failed attempts (retried or not) go to the action's log as warnings, not to stderr.
    log: { debug: () => undefined, info: () => undefined, warn, error: warn },
    // 429 belongs to the throttling plugin, which waits as GitHub says; retrying it here too
    // would double the requests a rate limit already counts against.
    retry: { doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451] },
    throttle:
      options.throttle === false
        ? { enabled: false }
        : {
            ...(options.throttleId ? { id: options.throttleId } : {}),
            onRateLimit: onLimit('primary'),
            onSecondaryRateLimit: onLimit('secondary')
          }
  })
}

/** Label names as the REST API gives them (a string or a label object). */
export const labelNames = (labels: readonly (string | { name?: string })[]): string[] =>
  labels.map((l) => (typeof l === 'string' ? l : (l.name ?? '')))

/** An issue update; closing records the reason GitHub shows ("completed"). */
export const issueUpdate = <T extends { state?: 'open' | 'closed' }>(update: T) => ({
  ...update,
  ...(update.state === 'closed' ? { state_reason: 'completed' as const } : {})
})
