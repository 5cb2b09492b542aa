// The Slack notifier with the real global fetch against the Slack stand-in: an incoming webhook
// and chat.postMessage, Slack's ways of failing (HTTP codes with a text body, HTTP 200 with
// `ok: false`, 429 with Retry-After), timeouts and refused connections. Failures must name the
// target and the cause, and never the webhook's path or the token.
import { afterEach, describe, expect, it } from '@jest/globals'
import type { NotificationEvent } from '../../src/notify/events.js'
import { NotifyError } from '../../src/notify/http.js'
import {
  createNotifiers,
  notifyAll,
  notifySecrets,
  type NotifyConfig
} from '../../src/notify/notify.js'
import { slackNotifier, type SlackTarget } from '../../src/notify/slack.js'
import {
  SLACK_BOT_TOKEN,
  SLACK_WEBHOOK_PATH,
  startSlack,
  type SlackHandle
} from '../../harness/standins/notify/slack.js'
import { allEvents, opened } from './fixtures.js'

let slack: SlackHandle | undefined

afterEach(async () => {
  const handle = slack
  slack = undefined
  if (!handle) return
  try {
    expect(handle.violations).toEqual([])
  } finally {
    await handle.close()
  }
})

async function start(): Promise<SlackHandle> {
  slack = await startSlack()
  return slack
}

/** Waits recorded instead of slept. */
function fakeSleep(): { sleep: (ms: number) => Promise<void>; waits: number[] } {
  const waits: number[] = []
  return {
    waits,
    sleep: (ms) => {
      waits.push(ms)
      return Promise.resolve()
    }
  }
}

/** What sending rejected with. */
async function failure(send: Promise<unknown>): Promise<NotifyError> {
  try {
    await send
  } catch (error) {
    expect(error).toBeInstanceOf(NotifyError)
    return error as NotifyError
  }
  throw new Error('expected the notification to fail')
}

/** Sends through notifyAll and returns the warnings, checked to hold no secret. */
async function warningsFor(config: NotifyConfig, event: NotificationEvent): Promise<string[]> {
  const warnings: string[] = []
  const deliveries = await notifyAll(
    createNotifiers(config, { sleep: fakeSleep().sleep }),
    event,
    (m) => warnings.push(m)
  )
  expect(deliveries.every((d) => !d.ok)).toBe(true)
  for (const w of warnings) {
    for (const secret of notifySecrets(config)) expect(w).not.toContain(secret)
    expect(w).not.toContain(SLACK_WEBHOOK_PATH)
    expect(w).not.toContain('StandIn')
    expect(w).not.toMatch(/Bearer|xoxb/)
  }
  return warnings
}

describe('slack notifier: incoming webhook', () => {
  it('posts every event as Block Kit with a fallback and no unfurling', async () => {
    const s = await start()
    const notifier = slackNotifier({ webhookUrl: s.webhookUrl })
    expect(notifier.target).toMatch(/^Slack \(incoming webhook on 127\.0\.0\.1:\d+\)$/)
    for (const event of allEvents()) expect(await notifier.send(event)).toBe('posted')
    expect(s.messages).toHaveLength(4)
    for (const m of s.messages) {
      expect(m.via).toBe('webhook')
      expect(m.text).toContain('#42')
      expect(m.blocks?.length).toBeGreaterThan(1)
      expect(m.body).toMatchObject({ unfurl_links: false, unfurl_media: false })
    }
    expect(s.requests.map((r) => r.authorization)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined
    ])
  })

  it('reports Slack error codes without the webhook path', async () => {
    const s = await start()
    const wrong = `${s.url}/services/T0STANDIN/B0STANDIN/revokedSecret999`
    const e = await failure(slackNotifier({ webhookUrl: wrong }).send(opened()))
    expect(e.message).toBe('HTTP 404 no_service')
    expect(e.status).toBe(404)
    s.fail({ status: 410, error: 'channel_is_archived' })
    const warnings = await warningsFor({ slack: { webhookUrl: s.webhookUrl } }, opened())
    expect(warnings).toEqual([
      expect.stringMatching(
        /^Slack \(incoming webhook on 127\.0\.0\.1:\d+\): the incident-opened notification for #42 was not delivered: HTTP 410 channel_is_archived$/
      )
    ])
  })

  it('waits out one 429 as Retry-After asks, then gives up on a second', async () => {
    const s = await start()
    const { sleep, waits } = fakeSleep()
    s.fail({ status: 429, retryAfter: 2 })
    expect(await slackNotifier({ webhookUrl: s.webhookUrl }, { sleep }).send(opened())).toBe(
      'posted'
    )
    expect(waits).toEqual([2000])
    expect(s.requests.map((r) => r.status)).toEqual([429, 200])
    expect(s.messages).toHaveLength(1)

    s.fail({ status: 429, retryAfter: 1, times: 2 })
    const e = await failure(slackNotifier({ webhookUrl: s.webhookUrl }, { sleep }).send(opened()))
    expect(e.message).toBe('HTTP 429 rate_limited')
    expect(s.requests.map((r) => r.status)).toEqual([429, 200, 429, 429])
  })

  it('does not wait longer than the cap', async () => {
    const s = await start()
    const { sleep, waits } = fakeSleep()
    s.fail({ status: 429, retryAfter: 600 })
    const e = await failure(slackNotifier({ webhookUrl: s.webhookUrl }, { sleep }).send(opened()))
    expect(e.message).toBe('HTTP 429: rate limited, and Retry-After (600s) is longer than 30s')
    expect(waits).toEqual([])
    expect(s.requests).toHaveLength(1)
  })

  it('times out a slow answer and says so', async () => {
    const s = await start()
    s.delayMs = 500
    const e = await failure(
      slackNotifier({ webhookUrl: s.webhookUrl }, { timeoutMs: 100 }).send(opened())
    )
    expect(e.message).toBe('timed out after 0.1s')
  })

  it('names a refused connection by its code only', async () => {
    const s = await start()
    const webhookUrl = s.webhookUrl
    await s.close()
    slack = undefined
    const e = await failure(slackNotifier({ webhookUrl }).send(opened()))
    expect(e.message).toBe('network error (ECONNREFUSED)')
  })
})

describe('slack notifier: chat.postMessage', () => {
  const bot = (
    s: SlackHandle,
    over: Partial<{ token: string; channel: string }> = {}
  ): SlackTarget => ({
    token: SLACK_BOT_TOKEN,
    channel: 'C0OPS1234',
    apiUrl: s.apiUrl,
    ...over
  })

  it('posts with the bot token to the channel', async () => {
    const s = await start()
    const notifier = slackNotifier(bot(s))
    expect(notifier.target).toBe('Slack (chat.postMessage to C0OPS1234)')
    for (const event of allEvents()) expect(await notifier.send(event)).toBe('posted')
    expect(s.messages.map((m) => [m.via, m.channel])).toEqual(
      Array.from({ length: 4 }, () => ['api', 'C0OPS1234'])
    )
    expect(s.requests.every((r) => r.authorization === `Bearer ${SLACK_BOT_TOKEN}`)).toBe(true)
    expect(await slackNotifier(bot(s, { channel: '#ops' })).send(opened())).toBe('posted')
  })

  it('treats HTTP 200 with ok: false as a failure', async () => {
    const s = await start()
    const wrongChannel = await failure(
      slackNotifier(bot(s, { channel: 'C0NOTHERE' })).send(opened())
    )
    expect(wrongChannel.message).toBe('Slack error channel_not_found')
    expect(wrongChannel.status).toBe(200)
    const wrongToken = 'xoxb-9999-revoked-token-value'
    const warnings = await warningsFor({ slack: bot(s, { token: wrongToken }) }, opened())
    expect(warnings).toEqual([
      'Slack (chat.postMessage to C0OPS1234): the incident-opened notification for #42 was not delivered: Slack error invalid_auth'
    ])
    expect(warnings.join()).not.toContain(wrongToken)
    s.fail({ via: 'api', error: 'is_archived' })
    expect((await failure(slackNotifier(bot(s)).send(opened()))).message).toBe(
      'Slack error is_archived'
    )
    expect(s.messages).toHaveLength(0)
  })

  it('honours one 429 Retry-After and reports a 5xx', async () => {
    const s = await start()
    const { sleep, waits } = fakeSleep()
    s.fail({ via: 'api', status: 429, retryAfter: 3 })
    expect(await slackNotifier(bot(s), { sleep }).send(opened())).toBe('posted')
    expect(waits).toEqual([3000])
    expect(s.messages).toHaveLength(1)
    s.fail({ via: 'api', status: 503 })
    expect((await failure(slackNotifier(bot(s)).send(opened()))).message).toBe(
      'HTTP 503 fatal_error'
    )
  })
})
