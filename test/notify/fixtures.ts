// Events for the notification tests: one of each kind, and the same with hostile text wherever
// text comes from outside (alarm names, titles, a model's summary, Jira's and Slack's answers).
import type {
  ApprovalNeeded,
  IncidentOpened,
  NotificationEvent,
  Recovered,
  RemediationResult
} from '../../src/notify/events.js'

export const FP = '0123456789abcdef'
export const ISSUE = {
  number: 42,
  url: 'https://github.com/acme/ops/issues/42',
  title: 'checkout-web: ALB 5xx above 5% (p95 1.2s)'
}
export const RUN_URL = 'https://github.com/acme/ops/actions/runs/7'

/** Mentions, a link, emphasis, entities, a bell and a right-to-left override. */
export const HOSTILE =
  '<!channel> @here <@U123> <#C999|general> *bold* <https://evil.example|x> &amp; {noformat} [~admin] \u0007bell \u202eevil'

export const opened = (over: Partial<IncidentOpened> = {}): IncidentOpened => ({
  kind: 'incident-opened',
  fingerprint: FP,
  issue: ISSUE,
  severity: 'high',
  runbook: 'restart-systemd-service',
  provider: 'rules',
  summary: 'nginx on i-0abc stopped after a deploy; 5xx rose from 0 to 40%.',
  ...over
})

export const approval = (over: Partial<ApprovalNeeded> = {}): ApprovalNeeded => ({
  kind: 'approval-needed',
  fingerprint: FP,
  issue: ISSUE,
  runbook: 'restart-systemd-service',
  planDigest: 'a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f90',
  whoMayApprove: '1 approval from @acme/sre',
  ...over
})

export const result = (over: Partial<RemediationResult> = {}): RemediationResult => ({
  kind: 'remediation-result',
  fingerprint: FP,
  issue: ISSUE,
  runbook: 'restart-systemd-service',
  outcome: 'remediated',
  approvers: ['alice'],
  detail: 'verified',
  runUrl: RUN_URL,
  ...over
})

export const recovered = (over: Partial<Recovered> = {}): Recovered => ({
  kind: 'recovered',
  fingerprint: FP,
  issue: ISSUE,
  alarm: 'checkout-web-5xx',
  closed: false,
  ...over
})

export const allEvents = (): NotificationEvent[] => [opened(), approval(), result(), recovered()]

/** Every event with hostile text in every untrusted field. */
export function hostileEvents(): NotificationEvent[] {
  const issue = { ...ISSUE, title: HOSTILE }
  return [
    opened({ issue, severity: HOSTILE, runbook: HOSTILE, summary: `${HOSTILE}\n${HOSTILE}` }),
    approval({ issue, runbook: HOSTILE, planDigest: HOSTILE, whoMayApprove: HOSTILE }),
    result({ issue, runbook: HOSTILE, approvers: [HOSTILE, '@channel'], detail: HOSTILE }),
    recovered({ issue, alarm: HOSTILE })
  ]
}
