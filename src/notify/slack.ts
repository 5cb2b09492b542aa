// Slack: a short Block Kit message per event (with a `text` fallback for notifications), posted
// to an incoming webhook or with a bot token to chat.postMessage.
//
// Untrusted text (titles, summaries, alarm names) only ever appears escaped: `&`, `<` and `>`
// become entities as Slack requires, so no `<!channel>`, `<@U…>`, `<#C…>` or `<url|label>` can
// form from it; `@` gets a word joiner so `@here` stays inert even where names are linked; and
// `://` gets one too, so a URL in a summary is not turned into a link. Emphasis characters
// (`*bold*`) are left alone: they change how text looks, not what it does.
import {
  OUTCOME_PHRASES,
  shortDigest,
  type IssueLink,
  type NotificationEvent,
  type Notifier
} from './events.js'
import { exchange, NotifyError, redact, type HttpOptions } from './http.js'
import { clean, issueTitle, oneLine, webUrl } from './text.js'

export interface TextObject {
  type: 'mrkdwn'
  text: string
}

export type SlackBlock =
  | { type: 'section'; text: TextObject }
  | { type: 'section'; fields: TextObject[] }
  | { type: 'context'; elements: TextObject[] }

export interface SlackMessage {
  /** The fallback Slack shows in notifications and where blocks cannot be shown. */
  text: string
  blocks: SlackBlock[]
}

// Block Kit limits: section text 3000, a field 2000, fallback text kept well under 4000.
const SECTION_MAX = 3000
const FIELD_MAX = 200
const SUMMARY_MAX = 1500
const TITLE_MAX = 150
const FALLBACK_MAX = 300

const WORD_JOINER = '\u2060'
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' }

/**
 * Untrusted text as inert mrkdwn, at most `max` characters once escaped (a cut ends with `…` and
 * never splits an entity). Newlines are kept; `inline` puts it on one line.
 */
export function slackText(raw: string, max: number, inline = false): string {
  const text = (inline ? oneLine(raw) : clean(raw).trim()).replace(/:\/\//g, `:${WORD_JOINER}//`)
  const escaped = Array.from(text, (c) => (c === '@' ? `@${WORD_JOINER}` : (ENTITIES[c] ?? c)))
  const whole = escaped.join('')
  if (whole.length <= max) return whole
  let out = ''
  for (const e of escaped) {
    if (out.length + e.length > max - 1) break
    out += e
  }
  return `${out.trimEnd()}…`
}

/** An inline code span holding untrusted text (backticks cannot end it early). */
export function slackCode(raw: string, max = FIELD_MAX): string {
  return `\`${slackText(raw.replace(/`/g, "'"), max, true)}\``
}

/** A link's target: http(s) only, with `|` percent-encoded and `&` escaped as Slack requires. */
export function slackUrl(url: string): string | undefined {
  return webUrl(url)
    ?.replace(/\|/g, '%7C')
    .replace(/</g, '%3C')
    .replace(/>/g, '%3E')
    .replace(/&/g, '&amp;')
}

/** `<url|#12 title>`, the title escaped; plain text when the URL is not http(s). */
export function issueLink(issue: IssueLink): string {
  const label = slackText(`#${issue.number} ${issueTitle(issue)}`, TITLE_MAX, true)
  const url = slackUrl(issue.url)
  return url ? `<${url}|${label}>` : label
}

const section = (text: string): SlackBlock => ({
  type: 'section',
  text: { type: 'mrkdwn', text: text.slice(0, SECTION_MAX) }
})
const field = (name: string, value: string): TextObject => ({
  type: 'mrkdwn',
  text: `*${name}*\n${value}`
})

const EMOJI = {
  'incident-opened': ':rotating_light:',
  'approval-needed': ':raised_hand:',
  recovered: ':large_green_circle:'
} as const
const OUTCOME_EMOJI = {
  remediated: ':white_check_mark:',
  failed: ':x:',
  'rolled-back': ':leftwards_arrow_with_hook:',
  'already-run': ':information_source:',
  recovered: ':large_green_circle:',
  'not-approved': ':hourglass:',
  refused: ':no_entry:'
} as const

/** The message for an event: pure, so every event type is tested without a network. */
export function renderSlack(event: NotificationEvent): SlackMessage {
  const link = issueLink(event.issue)
  const title = issueTitle(event.issue)
  const context: SlackBlock = {
    type: 'context',
    elements: [
      { type: 'mrkdwn', text: `OpsLoop · fingerprint ${slackCode(event.fingerprint, 80)}` }
    ]
  }
  const fallback = (text: string): string => slackText(text, FALLBACK_MAX, true)
  switch (event.kind) {
    case 'incident-opened': {
      const severity = oneLine(event.severity) || 'unknown'
      const blocks: SlackBlock[] = [
        section(`${EMOJI[event.kind]} *New incident* ${link}`),
        {
          type: 'section',
          fields: [
            field('Severity', slackText(severity, 40, true)),
            field('Triage', slackText(event.provider, 40, true)),
            field('Proposed runbook', event.runbook ? slackCode(event.runbook) : 'none fits')
          ]
        }
      ]
      const summary = event.summary ? slackText(event.summary, SUMMARY_MAX) : ''
      if (summary) blocks.push(section(summary))
      blocks.push(context)
      return {
        text: fallback(`New incident #${event.issue.number} (${severity}): ${title}`),
        blocks
      }
    }
    case 'approval-needed':
      return {
        text: fallback(`Approval needed for #${event.issue.number}: ${title}`),
        blocks: [
          section(`${EMOJI[event.kind]} *Approval needed* on ${link}`),
          section(
            `Runbook ${slackCode(event.runbook)}, plan ${slackCode(shortDigest(event.planDigest))}.\nWho may approve: ${slackText(event.whoMayApprove, 500, true)}.\nReview the plan and approve it on the GitHub issue.`
          ),
          context
        ]
      }
    case 'remediation-result': {
      const phrase = OUTCOME_PHRASES[event.outcome]
      const lines = [`Runbook ${slackCode(event.runbook)}: ${slackText(event.detail, 500, true)}`]
      if (event.approvers.length > 0)
        lines.push(
          `Approved by ${slackText(event.approvers.map((a) => oneLine(a)).join(', '), 300, true)}`
        )
      const run = event.runUrl ? slackUrl(event.runUrl) : undefined
      if (run) lines.push(`<${run}|Workflow run>`)
      return {
        text: fallback(`${phrase}: #${event.issue.number} ${title}`),
        blocks: [
          section(`${OUTCOME_EMOJI[event.outcome]} *${phrase}* on ${link}`),
          section(lines.join('\n')),
          context
        ]
      }
    }
    case 'recovered': {
      const what = event.alarm ? `${slackCode(event.alarm)} is back to OK.` : 'Back to OK.'
      const issue = event.closed ? 'The issue was closed.' : 'The issue stays open for review.'
      return {
        text: fallback(`Recovered: #${event.issue.number} ${title}`),
        blocks: [
          section(`${EMOJI[event.kind]} *Recovered* ${link}`),
          section(`${what} ${issue}`),
          context
        ]
      }
    }
  }
}

/** Where Slack messages go: an incoming webhook, or a bot token and a channel. */
export type SlackTarget =
  | { webhookUrl: string }
  | {
      token: string
      channel: string
      /** The Web API's base URL (default `https://slack.com/api`; GovSlack: `https://slack-gov.com/api`). */
      apiUrl?: string
    }

export const SLACK_API_URL = 'https://slack.com/api'

/** Slack's error codes are snake_case words; anything else in a body is not repeated. */
const errorCode = (value: unknown): string | undefined =>
  typeof value === 'string' && /^[a-z0-9_]{1,64}$/.test(value) ? value : undefined

export function slackSecrets(target: SlackTarget): string[] {
  if ('webhookUrl' in target) {
    const out = [target.webhookUrl]
    try {
      const url = new URL(target.webhookUrl)
      if (url.pathname.length > 1) out.push(url.pathname + url.search)
    } catch {
      // An unparseable URL is listed whole above.
    }
    return out
  }
  return [target.token]
}

export function slackNotifier(target: SlackTarget, options: HttpOptions = {}): Notifier {
  const secrets = slackSecrets(target)
  const name =
    'webhookUrl' in target
      ? `Slack (incoming webhook on ${hostOf(target.webhookUrl)})`
      : `Slack (chat.postMessage to ${oneLine(target.channel)})`
  const post = async (message: SlackMessage): Promise<string> => {
    const payload = { ...message, unfurl_links: false, unfurl_media: false }
    if ('webhookUrl' in target) {
      const response = await exchange(
        { method: 'POST', url: target.webhookUrl, headers: {}, json: payload },
        options
      )
      if (response.status !== 200) {
        const code = errorCode(response.text.trim())
        throw new NotifyError(`HTTP ${response.status}${code ? ` ${code}` : ''}`, response.status)
      }
      return 'posted'
    }
    const base = (target.apiUrl ?? SLACK_API_URL).replace(/\/+$/, '')
    const response = await exchange(
      {
        method: 'POST',
        url: `${base}/chat.postMessage`,
        headers: { authorization: `Bearer ${target.token}` },
        json: { channel: target.channel, ...payload }
      },
      options
    )
    let body: { ok?: unknown; error?: unknown } = {}
    try {
      body = JSON.parse(response.text) as typeof body
    } catch {
      // Not JSON (a proxy's error page): the status says enough.
    }
    if (response.status !== 200) {
      const code = errorCode(body.error)
      throw new NotifyError(`HTTP ${response.status}${code ? ` ${code}` : ''}`, response.status)
    }
    // The Web API reports failures as HTTP 200 with ok: false.
    if (body.ok !== true)
      throw new NotifyError(`Slack error ${errorCode(body.error) ?? 'unknown'}`, response.status)
    return 'posted'
  }
  return {
    target: name,
    async send(event) {
      try {
        return await post(renderSlack(event))
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error)
        throw new NotifyError(
          redact(message, secrets),
          error instanceof NotifyError ? error.status : undefined
        )
      }
    }
  }
}

/** The host of a URL (never its path, which for a webhook is the secret). */
function hostOf(url: string): string {
  try {
    return new URL(url).host
  } catch {
    return 'an invalid URL'
  }
}
