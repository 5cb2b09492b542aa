// A minimal HTTP server on 127.0.0.1 for stand-ins: a free port, buffered bodies, and a handler
// that answers with status, headers and a body. Nothing here listens beyond loopback.
// One port speaks HTTP/1.1 and cleartext HTTP/2 (h2c with prior knowledge): some SDK clients
// (Bedrock Runtime) use HTTP/2 by default, and production code must not change its transport.
import {
  createServer as createHttp1Server,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type ServerResponse
} from 'node:http'
import {
  createServer as createHttp2Server,
  type Http2ServerRequest,
  type Http2ServerResponse
} from 'node:http2'
import { createServer as createNetServer, type AddressInfo, type Socket } from 'node:net'

export interface StandInRequest {
  method: string
  /** Path without the query string, e.g. `/repos/o/r/issues`. */
  path: string
  query: URLSearchParams
  headers: IncomingHttpHeaders
  /** Raw body bytes (empty for none). */
  body: Buffer
}

export interface StandInResponse {
  status: number
  headers?: Record<string, string | number | string[]>
  /** An object is sent as JSON; a Buffer or string as is; undefined for no body. */
  body?: unknown
}

export type Handler = (req: StandInRequest) => StandInResponse | Promise<StandInResponse>

export interface RunningServer {
  url: string
  port: number
  close(): Promise<void>
}

/** Headers HTTP/2 forbids (connection-specific); stand-ins never need them. */
const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'transfer-encoding',
  'upgrade',
  'proxy-connection'
])

function encode(
  r: StandInResponse,
  http2: boolean
): { headers: Record<string, string | number | string[]>; payload?: Buffer | string } {
  const headers: Record<string, string | number | string[]> = {}
  for (const [k, v] of Object.entries(r.headers ?? {}))
    if (!(http2 && HOP_BY_HOP.has(k.toLowerCase()))) headers[k] = v
  if (r.body === undefined) return { headers }
  if (Buffer.isBuffer(r.body) || typeof r.body === 'string') return { headers, payload: r.body }
  headers['content-type'] ??= 'application/json; charset=utf-8'
  return { headers, payload: JSON.stringify(r.body) }
}

function serve(handler: Handler, http2: boolean) {
  return (
    req: IncomingMessage | Http2ServerRequest,
    res: ServerResponse | Http2ServerResponse
  ): void => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1')
      const request: StandInRequest = {
        method: req.method ?? 'GET',
        path: url.pathname,
        query: url.searchParams,
        headers: req.headers,
        body: Buffer.concat(chunks)
      }
      Promise.resolve()
        .then(() => handler(request))
        .catch((error: unknown) => ({
          status: 500,
          headers: { 'content-type': 'application/json' },
          body: {
            message: `stand-in failure: ${error instanceof Error ? error.message : String(error)}`
          }
        }))
        .then((r) => {
          const { headers, payload } = encode(r, http2)
          // The two response classes share this API but not their overload signatures.
          const out = res as ServerResponse
          out.writeHead(r.status, headers)
          if (payload === undefined) out.end()
          else out.end(payload)
        })
        .catch(() => req.socket.destroy())
    })
  }
}

export async function startServer(handler: Handler): Promise<RunningServer> {
  const h1 = createHttp1Server(serve(handler, false))
  const h2 = createHttp2Server(serve(handler, true))
  const sockets = new Set<Socket>()
  // Route each connection by its first bytes: HTTP/2 opens with the "PRI * HTTP/2.0" preface.
  // The socket stays paused while peeking, so the bytes put back are what the chosen server reads
  // first (HTTP/2 reads the native handle and would lose data a flowing socket had emitted).
  const server = createNetServer({ pauseOnConnect: true }, (socket) => {
    sockets.add(socket)
    // As node:http's own server does: without it, Nagle's algorithm holds a response's second
    // write until the client's delayed ACK, up to 40 ms per request on Linux loopback.
    socket.setNoDelay(true)
    socket.once('close', () => sockets.delete(socket))
    const peek = (): void => {
      const first = socket.read() as Buffer | null
      if (first === null) {
        socket.once('readable', peek)
        return
      }
      socket.unshift(first)
      const target = first.subarray(0, 4).toString('latin1') === 'PRI ' ? h2 : h1
      target.emit('connection', socket)
    }
    socket.once('readable', peek)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    close: () =>
      new Promise<void>((resolve, reject) => {
        // Keep-alive sockets and HTTP/2 sessions from SDK clients must not hold close() open.
        for (const s of sockets) s.destroy()
        server.close((error) => {
          if (error) reject(error)
          else resolve()
        })
      })
  }
}
