// A Slack stand-in on loopback: an incoming webhook (POST JSON to a secret path; answers `ok`, or
// an HTTP error with a plain-text code as Slack does) and the Web API's chat.postMessage (Bearer
// token, a channel the app is in; answers HTTP 200 with `{"ok": false, "error": …}` on failure).
// Messages must have `text` and/or `blocks`, and blocks must keep Block Kit's shape and limits;
// what does not is refused as Slack would and recorded in `violations`. Faults (429 with
// Retry-After, 5xx, `ok: false` errors) and slow answers can be injected.
import { startServer, type StandInRequest, type StandInResponse } from '../http.js'

export const SLACK_BOT_TOKEN = 'xoxb-1111111111-2222222222-StandInBotToken0123'
/** The secret part of the webhook URL. */
export const SLACK_WEBHOOK_PATH = '/services/T0STANDIN/B0STANDIN/StandInWebhookSecret0123'

export interface SlackPost {
  via: 'webhook' | 'api'
  /** chat.postMessage: the channel ID posted to. */
  channel?: string
  text?: string
  blocks?: unknown[]
  body: Record<string, unknown>
}

export interface SlackFault {
  /** Which endpoint the fault applies to (default both). */
  via?: 'webhook' | 'api'
  /** An HTTP status (429 sends Retry-After). */
  status?: number
  /** Seconds, with status 429 (default 1). */
  retryAfter?: number
  /** chat.postMessage: answer HTTP 200 `{"ok": false, "error": <this>}`. */
  error?: string
  /** How many requests it applies to (default 1). */
  times?: number
}

export interface SlackRecordedRequest {
  via: 'webhook' | 'api' | 'unknown'
  method: string
  path: string
  status: number
  authorization?: string
  /** chat.postMessage's `error`, or the webhook's error text. */
  error?: string
}

export interface SlackStandInOptions {
  /** Channels the bot is in, by ID and name (default C0OPS1234 = #ops). */
  channels?: Record<string, string>
  token?: string
}

export interface SlackHandle {
  url: string
  webhookUrl: string
  /** Pass as the Web API base URL (ends in `/api`). */
  apiUrl: string
  /** Every message accepted, in order. */
  messages: SlackPost[]
  requests: SlackRecordedRequest[]
  violations: string[]
  fail(fault: SlackFault): void
  /** Answers after this many milliseconds (for timeouts). */
  delayMs: number
  close(): Promise<void>
}

// Block Kit limits that matter for short messages.
const LIMITS = {
  blocks: 50,
  sectionText: 3000,
  fields: 10,
  fieldText: 2000,
  contextElements: 10,
  headerText: 150,
  text: 40_000
}

function textObjectProblem(value: unknown, where: string, max: number): string | undefined {
  const t = value as { type?: unknown; text?: unknown } | null
  if (typeof t !== 'object' || t === null) return `${where} must be a text object`
  if (t.type !== 'mrkdwn' && t.type !== 'plain_text')
    return `${where}.type must be mrkdwn or plain_text`
  if (typeof t.text !== 'string' || t.text.length === 0) return `${where}.text must be non-empty`
  if (t.text.length > max) return `${where}.text is longer than ${max} characters`
  return undefined
}

/** The first way the blocks break Block Kit's rules, or undefined. */
export function blocksProblem(blocks: unknown): string | undefined {
  if (!Array.isArray(blocks)) return 'blocks must be an array'
  if (blocks.length > LIMITS.blocks) return `more than ${LIMITS.blocks} blocks`
  for (const [i, raw] of blocks.entries()) {
    const block = raw as Record<string, unknown> | null
    const at = `blocks[${i}]`
    if (typeof block !== 'object' || block === null) return `${at} must be an object`
    switch (block.type) {
      case 'section': {
        if (block.text === undefined && block.fields === undefined)
          return `${at} needs text or fields`
        if (block.text !== undefined) {
          const p = textObjectProblem(block.text, `${at}.text`, LIMITS.sectionText)
          if (p) return p
        }
        if (block.fields !== undefined) {
          if (!Array.isArray(block.fields) || block.fields.length === 0)
            return `${at}.fields must be a non-empty array`
          if (block.fields.length > LIMITS.fields)
            return `${at}.fields has more than ${LIMITS.fields} items`
          for (const [j, f] of block.fields.entries()) {
            const p = textObjectProblem(f, `${at}.fields[${j}]`, LIMITS.fieldText)
            if (p) return p
          }
        }
        break
      }
      case 'context': {
        const elements = block.elements
        if (!Array.isArray(elements) || elements.length === 0)
          return `${at}.elements must be a non-empty array`
        if (elements.length > LIMITS.contextElements)
          return `${at}.elements has more than ${LIMITS.contextElements} items`
        for (const [j, e] of elements.entries()) {
          const p = textObjectProblem(e, `${at}.elements[${j}]`, LIMITS.sectionText)
          if (p) return p
        }
        break
      }
      case 'header': {
        const p = textObjectProblem(block.text, `${at}.text`, LIMITS.headerText)
        if (p) return p
        if ((block.text as { type?: unknown }).type !== 'plain_text')
          return `${at}.text must be plain_text`
        break
      }
      case 'divider':
        break
      default:
        return `${at}.type ${JSON.stringify(block.type)} is not a block type this stand-in knows`
    }
  }
  return undefined
}

/** The message's problem as Slack's error code (and a description), or undefined. */
function messageProblem(body: Record<string, unknown>): [string, string] | undefined {
  const { text, blocks } = body
  if (text === undefined && blocks === undefined) return ['no_text', 'neither text nor blocks']
  if (text !== undefined && (typeof text !== 'string' || text.length > LIMITS.text))
    return ['invalid_arguments', 'text must be a string of at most 40000 characters']
  if (blocks !== undefined) {
    const problem = blocksProblem(blocks)
    if (problem) return ['invalid_blocks', problem]
  }
  return undefined
}

function parseJsonBody(req: StandInRequest): Record<string, unknown> | undefined {
  const type = req.headers['content-type'] ?? ''
  if (!type.startsWith('application/json')) return undefined
  try {
    const value = JSON.parse(req.body.toString('utf8')) as unknown
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined
  } catch {
    return undefined
  }
}

export async function startSlack(options: SlackStandInOptions = {}): Promise<SlackHandle> {
  const token = options.token ?? SLACK_BOT_TOKEN
  const channels = options.channels ?? { C0OPS1234: 'ops' }
  const faults: (SlackFault & { left: number })[] = []
  const messages: SlackPost[] = []
  const requests: SlackRecordedRequest[] = []
  const violations: string[] = []
  const handle = { delayMs: 0 }
  // A delayed answer still pending at close() must not keep the test process alive.
  const timers = new Set<NodeJS.Timeout>()

  const channelId = (value: unknown): string | undefined => {
    if (typeof value !== 'string') return undefined
    if (value in channels) return value
    const name = value.replace(/^#/, '')
    return Object.entries(channels).find(([, n]) => n === name)?.[0]
  }

  const takeFault = (via: 'webhook' | 'api'): SlackFault | undefined => {
    const i = faults.findIndex((f) => f.via === undefined || f.via === via)
    const fault = faults[i]
    if (!fault) return undefined
    if (--fault.left <= 0) faults.splice(i, 1)
    return fault
  }

  const webhook = (req: StandInRequest, record: SlackRecordedRequest): StandInResponse => {
    const plain = (status: number, text: string): StandInResponse => {
      record.status = status
      if (status !== 200) record.error = text
      return { status, headers: { 'content-type': 'text/html' }, body: text }
    }
    if (req.path !== SLACK_WEBHOOK_PATH) return plain(404, 'no_service')
    if (req.method !== 'POST') return plain(405, 'invalid_method')
    const fault = takeFault('webhook')
    if (fault?.status === 429) {
      record.status = 429
      return {
        status: 429,
        headers: { 'retry-after': String(fault.retryAfter ?? 1), 'content-type': 'text/html' },
        body: 'rate_limited'
      }
    }
    if (fault?.status) return plain(fault.status, fault.error ?? 'internal_error')
    const body = parseJsonBody(req)
    if (!body) return plain(400, 'invalid_payload')
    const problem = messageProblem(body)
    if (problem) {
      violations.push(`webhook: ${problem[1]}`)
      return plain(400, problem[0])
    }
    messages.push({
      via: 'webhook',
      ...(typeof body.text === 'string' ? { text: body.text } : {}),
      ...(Array.isArray(body.blocks) ? { blocks: body.blocks as unknown[] } : {}),
      body
    })
    return plain(200, 'ok')
  }

  const api = (req: StandInRequest, record: SlackRecordedRequest): StandInResponse => {
    const answer = (body: Record<string, unknown>, status = 200): StandInResponse => {
      record.status = status
      if (typeof body.error === 'string') record.error = body.error
      return { status, body }
    }
    if (req.path !== '/api/chat.postMessage')
      return answer({ ok: false, error: 'unknown_method' }, 404)
    const fault = takeFault('api')
    if (fault?.status === 429) {
      record.status = 429
      return {
        status: 429,
        headers: { 'retry-after': String(fault.retryAfter ?? 1) },
        body: { ok: false, error: 'ratelimited' }
      }
    }
    if (fault?.status) return answer({ ok: false, error: 'fatal_error' }, fault.status)
    const authorization = req.headers.authorization
    if (!authorization) return answer({ ok: false, error: 'not_authed' })
    if (authorization !== `Bearer ${token}`) return answer({ ok: false, error: 'invalid_auth' })
    if (fault?.error) return answer({ ok: false, error: fault.error })
    const body = parseJsonBody(req)
    if (!body) {
      violations.push('chat.postMessage: body is not a JSON object with a JSON content type')
      return answer({ ok: false, error: 'invalid_arguments' })
    }
    const channel = channelId(body.channel)
    if (!channel) return answer({ ok: false, error: 'channel_not_found' })
    const problem = messageProblem(body)
    if (problem) {
      violations.push(`chat.postMessage: ${problem[1]}`)
      return answer({ ok: false, error: problem[0] })
    }
    messages.push({
      via: 'api',
      channel,
      ...(typeof body.text === 'string' ? { text: body.text } : {}),
      ...(Array.isArray(body.blocks) ? { blocks: body.blocks as unknown[] } : {}),
      body
    })
    const ts = `${Math.floor(Date.now() / 1000)}.${String(messages.length).padStart(6, '0')}`
    return answer({ ok: true, channel, ts, message: { type: 'message', text: body.text, ts } })
  }

  const server = await startServer(async (req) => {
    if (handle.delayMs > 0)
      await new Promise((resolve) => {
        const timer = setTimeout(resolve, handle.delayMs)
        timers.add(timer)
      })
    const via = req.path.startsWith('/services/')
      ? 'webhook'
      : req.path.startsWith('/api/')
        ? 'api'
        : 'unknown'
    const record: SlackRecordedRequest = {
      via,
      method: req.method,
      path: req.path,
      status: 404,
      ...(req.headers.authorization ? { authorization: req.headers.authorization } : {})
    }
    requests.push(record)
    if (via === 'webhook') return webhook(req, record)
    if (via === 'api') return api(req, record)
    return { status: 404, body: 'not found' }
  })

  return {
    url: server.url,
    webhookUrl: `${server.url}${SLACK_WEBHOOK_PATH}`,
    apiUrl: `${server.url}/api`,
    messages,
    requests,
    violations,
    fail: (fault) => faults.push({ ...fault, left: fault.times ?? 1 }),
    get delayMs() {
      return handle.delayMs
    },
    set delayMs(ms: number) {
      handle.delayMs = ms
    },
    close: () => {
      for (const t of timers) clearTimeout(t)
      return server.close()
    }
  }
}
