// One HTTP exchange for a notifier: the global fetch with a timeout per attempt and one retry
// after a 429 (waiting as long as Retry-After asks, within a cap). Failures become NotifyErrors
// whose messages hold a status, a service's error code or a network error code, and never a URL
// path, a token or a header: an incoming webhook's URL is itself the secret.
import { VERSION } from '../version.js'

/** What the caller may change: tests inject fetch and sleep; the action keeps the defaults. */
export interface HttpOptions {
  fetch?: typeof fetch
  /** Per attempt, including reading the body (default 10 s). */
  timeoutMs?: number
  /** The longest Retry-After honoured; a longer one fails at once (default 30 s). */
  maxRetryAfterMs?: number
  sleep?: (ms: number) => Promise<void>
}

export const DEFAULT_TIMEOUT_MS = 10_000
const DEFAULT_MAX_RETRY_AFTER_MS = 30_000
/** When a 429 carries no usable Retry-After. */
const DEFAULT_RETRY_AFTER_MS = 1_000

/** A failed notification, with a message that is safe to log. */
export class NotifyError extends Error {
  constructor(
    message: string,
    readonly status?: number
  ) {
    super(message)
    this.name = 'NotifyError'
  }
}

export interface HttpResponse {
  status: number
  headers: Headers
  text: string
}

export interface HttpRequest {
  method: 'GET' | 'POST'
  url: string
  headers: Record<string, string>
  /** Sent as JSON. */
  json?: unknown
}

const realSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms))

/** Retry-After as milliseconds: delta-seconds or an HTTP date; undefined when unusable. */
export function retryAfterMs(value: string | null, now = Date.now()): number | undefined {
  if (value === null || value.trim() === '') return undefined
  const trimmed = value.trim()
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000
  const at = Date.parse(trimmed)
  return Number.isNaN(at) ? undefined : Math.max(0, at - now)
}

/** One request, retried once after a 429. Any HTTP status is returned; only transport fails. */
export async function exchange(request: HttpRequest, options: HttpOptions): Promise<HttpResponse> {
  const doFetch = options.fetch ?? fetch
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS
  const maxWait = options.maxRetryAfterMs ?? DEFAULT_MAX_RETRY_AFTER_MS
  const sleep = options.sleep ?? realSleep
  const init: RequestInit = {
    method: request.method,
    headers: {
      accept: 'application/json',
      'user-agent': `opsloop/${VERSION}`,
      ...(request.json !== undefined ? { 'content-type': 'application/json; charset=utf-8' } : {}),
      ...request.headers
    },
    ...(request.json !== undefined ? { body: JSON.stringify(request.json) } : {}),
    redirect: 'error'
  }
  for (let attempt = 1; ; attempt++) {
    const response = await attemptOnce(doFetch, request.url, init, timeoutMs)
    if (response.status !== 429 || attempt > 1) return response
    const wait = retryAfterMs(response.headers.get('retry-after')) ?? DEFAULT_RETRY_AFTER_MS
    if (wait > maxWait)
      throw new NotifyError(
        `HTTP 429: rate limited, and Retry-After (${Math.ceil(wait / 1000)}s) is longer than ${Math.ceil(maxWait / 1000)}s`,
        429
      )
    await sleep(wait)
  }
}

async function attemptOnce(
  doFetch: typeof fetch,
  url: string,
  init: RequestInit,
  timeoutMs: number
): Promise<HttpResponse> {
  try {
    const response = await doFetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs) })
    return { status: response.status, headers: response.headers, text: await response.text() }
  } catch (error) {
    throw new NotifyError(transportFailure(error, timeoutMs))
  }
}

/**
 * A transport failure by its kind and code only. Undici's messages and causes can quote the URL
 * (a webhook's secret path), so none of their text is kept.
 */
function transportFailure(error: unknown, timeoutMs: number): string {
  const name = (error as { name?: unknown } | null)?.name
  if (name === 'TimeoutError' || name === 'AbortError')
    return `timed out after ${timeoutMs / 1000}s`
  const cause = (error as { cause?: { code?: unknown; message?: unknown } } | null)?.cause
  if (cause?.message === 'unexpected redirect')
    return 'the server answered with a redirect, which is not followed (check the URL)'
  const code = cause?.code
  return typeof code === 'string' && /^[A-Z0-9_]{2,40}$/.test(code)
    ? `network error (${code})`
    : 'network error'
}

/** Replaces each secret (and its URL-encoded form) with `***`: the last line of defence. */
export function redact(text: string, secrets: readonly string[]): string {
  let out = text
  for (const secret of [...secrets].sort((a, b) => b.length - a.length)) {
    if (secret.length < 4) continue
    for (const form of new Set([secret, encodeURIComponent(secret)]))
      out = out.split(form).join('***')
  }
  return out
}
