// Optional notifications: the action's inputs become a plain config (config.ts: validated, with
// errors that say what to fix and never repeat a secret), the config becomes notifiers, and notifyAll sends
// one event to all of them at once. A notification is a courtesy: a failure becomes one warning
// line naming the target and what went wrong, and never fails the incident's handling.
import { oneLine, truncate } from './text.js'
import type { NotificationEvent, Notifier } from './events.js'
import type { NotifyConfig } from './config.js'
import { DEFAULT_TIMEOUT_MS, NotifyError, type HttpOptions } from './http.js'
import { jiraNotifier, jiraSecrets, type JiraTarget } from './jira.js'
import { SLACK_API_URL, slackNotifier, slackSecrets, type SlackTarget } from './slack.js'

// One import for the caller: the config, the events and the error type.
export type { JiraTarget, SlackTarget }
export type {
  ApprovalNeeded,
  IncidentOpened,
  IssueLink,
  NotificationEvent,
  Notifier,
  Recovered,
  RemediationResult
} from './events.js'
export { NotifyError } from './http.js'
export { NOTIFY_INPUTS, parseNotifyConfig } from './config.js'
export type { NotifyConfig, NotifyInput } from './config.js'

/**
 * Every secret value in the config, for `core.setSecret`: tokens, the webhook URL and its path,
 * and the Basic credential as sent (so a logged header would be masked too).
 */
export function notifySecrets(config: NotifyConfig): string[] {
  const all = [
    ...(config.slack ? slackSecrets(config.slack) : []),
    ...(config.jira ? jiraSecrets(config.jira) : [])
  ]
  return [...new Set(all.filter((s) => s !== ''))]
}

/** What the caller may change besides the timeout: tests inject fetch and sleep. */
export type NotifierOptions = Omit<HttpOptions, 'timeoutMs'>

/**
 * The configured notifiers (none for an empty config). Create them once per run and reuse them
 * for every event: the Jira notifier remembers the issues it created, which Jira's search may
 * not show for a few seconds.
 */
export function createNotifiers(config: NotifyConfig, options: NotifierOptions = {}): Notifier[] {
  const http: HttpOptions = { ...options, timeoutMs: config.timeoutMs ?? DEFAULT_TIMEOUT_MS }
  const out: Notifier[] = []
  if (config.slack) out.push(slackNotifier(config.slack, http))
  if (config.jira) out.push(jiraNotifier(config.jira, http))
  return out
}

export interface Delivery {
  /** The notifier's target, e.g. `Jira (OPS on acme.atlassian.net)`. */
  target: string
  ok: boolean
  /** What was done (`posted`, `created OPS-12`), or why it failed. */
  detail: string
}

/**
 * Sends the event to every notifier in parallel. Never throws: each failure is reported through
 * `warn` as one line naming the target, the event and the reason (a status, a Slack error code),
 * which never holds a secret. Resolves to one Delivery per notifier, in order.
 */
export async function notifyAll(
  notifiers: readonly Notifier[],
  event: NotificationEvent,
  warn: (message: string) => void
): Promise<Delivery[]> {
  return Promise.all(
    notifiers.map(async (notifier): Promise<Delivery> => {
      try {
        return { target: notifier.target, ok: true, detail: await notifier.send(event) }
      } catch (error) {
        const reason =
          error instanceof NotifyError
            ? error.message
            : truncate(oneLine(error instanceof Error ? error.message : String(error)), 300)
        try {
          warn(
            `${notifier.target}: the ${event.kind} notification for #${event.issue.number} was not delivered: ${reason}`
          )
        } catch {
          // A failing logger must not turn a notification into a failed run either.
        }
        return { target: notifier.target, ok: false, detail: reason }
      }
    })
  )
}

export { SLACK_API_URL }
