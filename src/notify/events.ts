// What OpsLoop tells Slack and Jira about, as plain data: the commands produce these, the
// notifiers render them. Every event carries the incident's fingerprint (Jira finds its issue by
// it) and a link back to the GitHub issue, which stays the record of truth.
import type { RemediateOutcome } from '../flows/remediate.js'
import type { ProviderName } from '../triage/types.js'

export type { RemediateOutcome }

/** The GitHub incident issue an event is about. */
export interface IssueLink {
  number: number
  /** The issue's html_url. */
  url: string
  /** The issue's title (untrusted: it quotes the alarm); `Incident #N` when absent. */
  title?: string
}

interface EventBase {
  /** The incident's dedup key (intake's `fingerprint` output). */
  fingerprint: string
  issue: IssueLink
}

export interface IncidentOpened extends EventBase {
  kind: 'incident-opened'
  /** `low`, `medium`, `high` or `critical`. */
  severity: string
  /** The proposed runbook's id; absent when no runbook fits. */
  runbook?: string
  provider: ProviderName
  /** The triage summary (untrusted: a model's words about the payload). */
  summary?: string
}

export interface ApprovalNeeded extends EventBase {
  kind: 'approval-needed'
  runbook: string
  /** The plan digest approvals bind to (shown shortened). */
  planDigest: string
  /** Who may approve, as display text, e.g. `2 approvals from @acme/sre`. */
  whoMayApprove: string
}

export interface RemediationResult extends EventBase {
  kind: 'remediation-result'
  runbook: string
  outcome: RemediateOutcome
  /** Logins that approved the run. */
  approvers: readonly string[]
  /** The remediation's one-line reason (e.g. `verified`, `cancelled by /cancel`). */
  detail: string
  /** The workflow run that acted. */
  runUrl?: string
}

export interface Recovered extends EventBase {
  kind: 'recovered'
  /** The alarm that went back to OK. */
  alarm?: string
  /** Whether the GitHub issue was closed. */
  closed: boolean
}

export type NotificationEvent = IncidentOpened | ApprovalNeeded | RemediationResult | Recovered

export type NotificationKind = NotificationEvent['kind']

/** Remediation outcomes as a short phrase, for Slack and Jira alike. */
export const OUTCOME_PHRASES: Record<RemediateOutcome, string> = {
  remediated: 'Remediation succeeded',
  failed: 'Remediation failed',
  'rolled-back': 'Remediation failed and was rolled back',
  'already-run': 'Remediation was already run',
  recovered: 'Remediation skipped: the alarm had already recovered',
  'not-approved': 'Remediation not approved yet',
  refused: 'Remediation refused'
}

/** `abcdef123456`: the first 12 characters, as issue comments show digests. */
export const shortDigest = (digest: string): string => digest.slice(0, 12)

/** One destination (a Slack channel, a Jira project). */
export interface Notifier {
  /** The destination without secrets, for log lines: `Slack (incoming webhook on hooks.slack.com)`. */
  readonly target: string
  /**
   * Delivers the event; resolves to what was done (`posted`, `created OPS-12`), rejects with a
   * NotifyError whose message is safe to log.
   */
  send(event: NotificationEvent): Promise<string>
}
