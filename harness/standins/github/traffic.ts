// Cross-cutting answers GitHub gives regardless of the operation: the primary rate limit per
// token (with its headers on every response; `exhaust` spends a budget at once) and injected
// faults (secondary rate limits, a primary limit answered as 403 or 429, 5xx).
import { STATUS_CODES } from 'node:http'
import type { User } from './state.js'

const RATE_LIMIT_DOCS =
  'https://docs.github.com/rest/using-the-rest-api/rate-limits-for-the-rest-api'

/** The primary limit: a per-token budget per hour, on the stand-in's clock. */
export class RateLimits {
  private readonly buckets = new Map<string, { used: number; reset: number }>()

  constructor(private readonly now: () => Date) {}

  /** Counts one request; `exceeded` when the budget was already spent. */
  take(key: string, limit: number): { headers: Record<string, string>; exceeded: boolean } {
    const nowSec = Math.floor(this.now().getTime() / 1000)
    let bucket = this.buckets.get(key)
    if (!bucket || nowSec >= bucket.reset) {
      bucket = { used: 0, reset: nowSec + 3600 }
      this.buckets.set(key, bucket)
    }
    const exceeded = bucket.used >= limit
    if (!exceeded) bucket.used++
    return {
      exceeded,
      headers: {
        'x-ratelimit-limit': String(limit),
        'x-ratelimit-remaining': String(limit - bucket.used),
        'x-ratelimit-used': String(bucket.used),
        'x-ratelimit-reset': String(bucket.reset),
        'x-ratelimit-resource': 'core'
      }
    }
  }

  /**
   * Spends the rest of `key`'s budget now, as a flood of requests would: its next request gets
   * the primary limit's answer (`x-ratelimit-remaining: 0`) until the clock passes the reset.
   */
  exhaust(key: string, limit: number): void {
    const nowSec = Math.floor(this.now().getTime() / 1000)
    const bucket = this.buckets.get(key)
    if (!bucket || nowSec >= bucket.reset)
      this.buckets.set(key, { used: limit, reset: nowSec + 3600 })
    else bucket.used = Math.max(bucket.used, limit)
  }

  exceededBody(user: User): Record<string, unknown> {
    return {
      message: `API rate limit exceeded for user ID ${user.id}. If you reach out to GitHub Support for help, please include the request ID and timestamp.`,
      documentation_url: `${RATE_LIMIT_DOCS}#about-the-primary-rate-limit`,
      status: '403'
    }
  }
}

export interface FaultSpec {
  /** Match by HTTP method (any when absent). */
  method?: string
  /** Match by request path: a string equals the path or the operation's template. */
  path?: string | RegExp
  /** Match by GitHub operation id, e.g. `issues/create-comment`. */
  operationId?: string
  /** 403 or 429 answer as a secondary rate limit (or a primary one, see `primary`); 5xx as a server error. */
  status: number
  /**
   * With 403 or 429: answer as GitHub does when the token's hourly budget is spent (the primary
   * rate limit: `x-ratelimit-remaining: 0`, the budget's own reset), not as a secondary limit.
   */
  primary?: boolean
  /** How many matching requests fail (default 1). */
  times?: number
  /** Seconds, sent as `retry-after`. */
  retryAfter?: number
  message?: string
}

interface FaultAnswer {
  status: number
  headers: Record<string, string>
  body: Record<string, unknown>
}

export class Faults {
  private readonly pending: (FaultSpec & { left: number })[] = []

  add(spec: FaultSpec): void {
    this.pending.push({ ...spec, left: spec.times ?? 1 })
  }

  clear(): void {
    this.pending.length = 0
  }

  /** Faults not yet used up. */
  get remaining(): number {
    return this.pending.reduce((n, f) => n + f.left, 0)
  }

  /** The fault for this request, if one matches; using it counts down its `times`. */
  take(
    method: string,
    path: string,
    operation: { id: string; template: string } | undefined,
    requestId: string
  ): FaultAnswer | undefined {
    const index = this.pending.findIndex(
      (f) =>
        (f.method === undefined || f.method.toUpperCase() === method) &&
        (f.operationId === undefined || f.operationId === operation?.id) &&
        (f.path === undefined ||
          (typeof f.path === 'string'
            ? f.path === path || f.path === operation?.template
            : f.path.test(path)))
    )
    const fault = this.pending[index]
    if (!fault) return undefined
    if (--fault.left === 0) this.pending.splice(index, 1)
    const headers: Record<string, string> =
      fault.retryAfter === undefined ? {} : { 'retry-after': String(fault.retryAfter) }
    if ((fault.status === 403 || fault.status === 429) && fault.primary) {
      return {
        status: fault.status,
        headers: { ...headers, 'x-ratelimit-remaining': '0' },
        body: {
          message:
            fault.message ??
            'API rate limit exceeded for installation. If you reach out to GitHub Support for help, please include the request ID and timestamp.',
          documentation_url: `${RATE_LIMIT_DOCS}#about-the-primary-rate-limit`,
          status: String(fault.status)
        }
      }
    }
    if (fault.status === 403 || fault.status === 429) {
      return {
        status: fault.status,
        headers,
        body: {
          message:
            fault.message ??
            `You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID ${requestId}.`,
          documentation_url: `${RATE_LIMIT_DOCS}#about-secondary-rate-limits`,
          status: String(fault.status)
        }
      }
    }
    return {
      status: fault.status,
      headers,
      body: { message: fault.message ?? STATUS_CODES[fault.status] ?? 'Server Error' }
    }
  }
}
