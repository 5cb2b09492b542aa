// A forward proxy on loopback for the proxy tests: it forwards absolute-form HTTP requests
// (`GET http://host:port/path`, as clients send plain-http requests to a proxy) and tunnels
// `CONNECT host:port` (as they reach https:// URLs, and undici reaches http:// ones unless told
// otherwise), and records every target it was asked for, with the Proxy-Authorization sent.
// It only ever connects to loopback: a request for any other host is recorded and refused (403),
// so a test may name real hosts (api.github.com) without reaching the network.
import {
  createServer,
  request as httpRequest,
  type IncomingMessage,
  type OutgoingHttpHeaders,
  type Server,
  type ServerResponse
} from 'node:http'
import { connect, type AddressInfo, type Socket } from 'node:net'

export interface ProxiedRequest {
  /** `CONNECT` for a tunnel, otherwise the forwarded request's method. */
  method: string
  /** `host:port` as the client asked for it (IPv6 hosts in brackets). */
  target: string
  /** The forwarded request's path (absent for tunnels, whose traffic is opaque). */
  path?: string
  proxyAuthorization?: string
  /** Whether the proxy carried it (false: refused, or the target did not answer). */
  carried: boolean
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]', '::1'])

/** Headers for one hop only, which a proxy does not pass on. */
const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'proxy-authorization',
  'proxy-connection',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade'
])

/** `host:port` split at the last colon; brackets stay on IPv6 hosts. */
function splitTarget(target: string): { host: string; port: number } | undefined {
  const m = /^(\[[^\]]+\]|[^:]+):(\d+)$/.exec(target)
  return m?.[1] && m[2] ? { host: m[1], port: Number(m[2]) } : undefined
}

const unbracket = (host: string) => host.replace(/^\[|\]$/g, '')

export class ForwardProxy {
  /** Everything asked of the proxy, in order. */
  readonly requests: ProxiedRequest[] = []
  private readonly server: Server
  private readonly sockets = new Set<Socket>()
  private port = 0

  constructor() {
    this.server = createServer((req, res) => {
      this.forward(req, res)
    })
    this.server.on('connect', (req: IncomingMessage, socket: Socket, head: Buffer) => {
      this.tunnel(req, socket, head)
    })
    this.server.on('connection', (socket: Socket) => {
      this.track(socket)
    })
  }

  /** Listens on a free loopback port. */
  async start(): Promise<this> {
    await new Promise<void>((resolve, reject) => {
      this.server.once('error', reject)
      this.server.listen(0, '127.0.0.1', () => {
        resolve()
      })
    })
    this.port = (this.server.address() as AddressInfo).port
    return this
  }

  /** The proxy's URL, e.g. for HTTP_PROXY; `credentials` as `user:password` (percent-encoded). */
  url(credentials?: string): string {
    return `http://${credentials ? `${credentials}@` : ''}127.0.0.1:${this.port}`
  }

  /** The `host:port` targets carried, in order. */
  get targets(): string[] {
    return this.requests.filter((r) => r.carried).map((r) => r.target)
  }

  /** Stops listening and cuts every connection, tunnels included. */
  async close(): Promise<void> {
    for (const socket of this.sockets) socket.destroy()
    await new Promise<void>((resolve) => {
      this.server.close(() => {
        resolve()
      })
    })
  }

  private track(socket: Socket): void {
    this.sockets.add(socket)
    socket.on('close', () => this.sockets.delete(socket))
    socket.on('error', () => undefined)
  }

  private record(req: IncomingMessage, target: string, path?: string): ProxiedRequest {
    const entry: ProxiedRequest = {
      method: req.method ?? '',
      target,
      ...(path !== undefined ? { path } : {}),
      ...(req.headers['proxy-authorization']
        ? { proxyAuthorization: req.headers['proxy-authorization'] }
        : {}),
      carried: false
    }
    this.requests.push(entry)
    return entry
  }

  /** An absolute-form request: sent on to the target, the answer streamed back. */
  private forward(req: IncomingMessage, res: ServerResponse): void {
    let url: URL
    try {
      url = new URL(req.url ?? '')
    } catch {
      res.writeHead(400).end('absolute-form request expected')
      return
    }
    const target = `${url.hostname}:${url.port || '80'}`
    const entry = this.record(req, target, url.pathname + url.search)
    if (url.protocol !== 'http:' || !LOOPBACK.has(url.hostname)) {
      req.resume()
      res.writeHead(403).end('this test proxy reaches loopback only')
      return
    }
    const headers: OutgoingHttpHeaders = {}
    for (const [name, value] of Object.entries(req.headers))
      if (!HOP_BY_HOP.has(name)) headers[name] = value
    const upstream = httpRequest(
      {
        host: unbracket(url.hostname),
        port: Number(url.port || 80),
        method: req.method,
        path: url.pathname + url.search,
        headers
      },
      (answer) => {
        entry.carried = true
        const back: OutgoingHttpHeaders = {}
        for (const [name, value] of Object.entries(answer.headers))
          if (!HOP_BY_HOP.has(name)) back[name] = value
        res.writeHead(answer.statusCode ?? 502, back)
        answer.pipe(res)
      }
    )
    upstream.on('error', () => {
      if (!res.headersSent) res.writeHead(502)
      res.end()
    })
    req.pipe(upstream)
  }

  /** CONNECT host:port: a TCP tunnel to the target once it accepts the connection. */
  private tunnel(req: IncomingMessage, client: Socket, head: Buffer): void {
    const target = req.url ?? ''
    const entry = this.record(req, target)
    const parts = splitTarget(target)
    if (!parts || !LOOPBACK.has(parts.host)) {
      client.end('HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\n\r\n')
      return
    }
    const upstream = connect(parts.port, unbracket(parts.host), () => {
      entry.carried = true
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n')
      if (head.length > 0) upstream.write(head)
      upstream.pipe(client)
      client.pipe(upstream)
    })
    this.track(upstream)
    upstream.on('error', () => {
      if (entry.carried) client.destroy()
      else client.end('HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\n\r\n')
    })
    client.on('close', () => upstream.destroy())
  }
}

/** A ForwardProxy, started. */
export const startProxy = (): Promise<ForwardProxy> => new ForwardProxy().start()
