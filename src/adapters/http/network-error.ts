// A failure to reach a service at all (DNS, a refused or reset connection, a timeout, an
// untrusted certificate), told apart from an answer the service gave. Octokit reports such a
// failure as status 500 with no response, and the AWS SDK with Node's bare error code; both keep
// the socket's error in their `cause` chain, which is read here so the step says "network error"
// and what to check, not `500 with id UNKNOWN` or `getaddrinfo ENOTFOUND`.

interface SocketError {
  message?: unknown
  code?: unknown
  hostname?: unknown
  address?: unknown
  port?: unknown
  cause?: unknown
  errors?: unknown
}

// What each code means, in words; `{where}` is the host (and port) when the error names it.
const MEANING: Readonly<Record<string, string>> = {
  ENOTFOUND: 'DNS cannot resolve {where}',
  EAI_AGAIN: 'DNS lookup of {where} failed for now',
  ECONNREFUSED: '{where} refused the connection',
  ECONNRESET: 'the connection to {where} was reset',
  EPIPE: 'the connection to {where} was closed while sending',
  ETIMEDOUT: 'connecting to {where} timed out',
  ENETUNREACH: 'the network of {where} is unreachable',
  EHOSTUNREACH: '{where} is unreachable',
  UND_ERR_CONNECT_TIMEOUT: 'connecting to {where} timed out',
  UND_ERR_SOCKET: 'the connection to {where} closed unexpectedly',
  CERT_HAS_EXPIRED: 'the TLS certificate of {where} has expired',
  DEPTH_ZERO_SELF_SIGNED_CERT: 'the TLS certificate of {where} is self-signed',
  SELF_SIGNED_CERT_IN_CHAIN: 'the TLS certificate chain of {where} is not trusted',
  UNABLE_TO_GET_ISSUER_CERT_LOCALLY: 'the TLS certificate of {where} is not trusted here',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'the TLS certificate of {where} cannot be verified'
}

const TLS_ADVICE = 'a TLS-inspecting proxy needs its CA in NODE_EXTRA_CA_CERTS'

/** The socket error in `error`'s cause chain (or an AggregateError's errors), if any. */
function socketError(error: unknown, depth = 0): (SocketError & { code: string }) | undefined {
  if (depth > 8 || typeof error !== 'object' || error === null) return undefined
  const e = error as SocketError
  if (typeof e.code === 'string' && e.code in MEANING) return e as SocketError & { code: string }
  if (Array.isArray(e.errors))
    for (const inner of e.errors as unknown[]) {
      const found = socketError(inner, depth + 1)
      if (found) return found
    }
  return socketError(e.cause, depth + 1)
}

/**
 * "Network error: …" with what failed and what to check, when `error` is a failure to reach a
 * service; undefined when the service answered (its error says what it said).
 */
export function networkProblem(error: unknown): string | undefined {
  const socket = socketError(error)
  return socket && describe(socket)
}

/** What failed, in words, and what to check. */
function describe(socket: SocketError & { code: string }): string {
  const host = typeof socket.hostname === 'string' ? socket.hostname : undefined
  const address = typeof socket.address === 'string' ? socket.address : undefined
  const port = typeof socket.port === 'number' ? `:${socket.port}` : ''
  const where = host ?? (address ? `${address}${port}` : 'the service')
  const what = (MEANING[socket.code] ?? '').replace('{where}', where)
  const tls = socket.code.includes('CERT') || socket.code === 'UNABLE_TO_VERIFY_LEAF_SIGNATURE'
  return `Network error: ${what} (${socket.code}). Check the address (GITHUB_API_URL for GitHub, the AWS Region and endpoints for AWS), the runner's network, and its proxy settings (HTTPS_PROXY, NO_PROXY)${tls ? `; ${TLS_ADVICE}` : ''}.`
}

/** Octokit's log line for a request that got no answer (`… - 500 with id UNKNOWN in 43ms`), in words. */
export function networkLogLine(message: string): string {
  return message.replace(
    / - 500 with id UNKNOWN in (\d+)ms$/,
    ' - no response (a network error; the step’s error says which) in $1ms'
  )
}

const GENERIC = /^(?:Unknown Error|fetch failed|)$/

/**
 * A failed step's message: a network failure in words (after the step's own context, when the
 * error carries more than the socket's message), anything else as it is.
 */
export function failureMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error)
  const socket = socketError(error)
  if (socket === undefined) return message
  const network = describe(socket)
  // Octokit's and fetch's own words for it (`Unknown Error`, `fetch failed`) or the socket's
  // message say nothing the network error does not.
  return message === socket.message || GENERIC.test(message) ? network : `${message}. ${network}`
}
