// A minimal HTTP server on 127.0.0.1 for stand-ins: a free port, buffered bodies, and a handler
// that answers with status, headers and a body. Nothing here listens beyond loopback.
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

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

export async function startServer(handler: Handler): Promise<RunningServer> {
  const server: Server = createServer((req, res) => {
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
          const headers: Record<string, string | number | string[]> = { ...(r.headers ?? {}) }
          let payload: Buffer | string | undefined
          if (r.body === undefined) payload = undefined
          else if (Buffer.isBuffer(r.body) || typeof r.body === 'string') payload = r.body
          else {
            payload = JSON.stringify(r.body)
            headers['content-type'] ??= 'application/json; charset=utf-8'
          }
          res.writeHead(r.status, headers)
          res.end(payload)
        })
        .catch(() => res.destroy())
    })
  })
  // Keep-alive sockets from SDK agents must not hold close() open.
  server.keepAliveTimeout = 1000
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections()
        server.close((error) => {
          if (error) reject(error)
          else resolve()
        })
      })
  }
}
