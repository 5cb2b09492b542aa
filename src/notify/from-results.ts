// Which notifications a command's result calls for: pure, so the action's edge only sends them.
// Intake tells of a new incident (and of the approval its plan needs) and of a recovery; a
// remediation that ran tells its result. Repeats, duplicates and skipped deliveries tell nothing.
import type { IntakeResult } from '../flows/intake.js'
import type { RemediateResult } from '../flows/remediate.js'
import type { NotificationEvent } from './events.js'

export function intakeEvents(result: IntakeResult, closedOnRecovery: boolean): NotificationEvent[] {
  if (result.action === 'resolved')
    return [
      {
        kind: 'recovered',
        fingerprint: result.fingerprint,
        issue: { number: result.issue.number, url: result.issue.url },
        closed: closedOnRecovery
      }
    ]
  if (result.action !== 'created') return []
  const base = {
    fingerprint: result.fingerprint,
    issue: { number: result.issue.number, url: result.issue.url, title: result.title }
  }
  const events: NotificationEvent[] = [
    {
      kind: 'incident-opened',
      ...base,
      severity: result.severity,
      provider: result.provider,
      summary: result.summary,
      ...(result.runbook ? { runbook: result.runbook } : {})
    }
  ]
  if (result.runbook && result.planDigest && result.approval)
    events.push({
      kind: 'approval-needed',
      ...base,
      runbook: result.runbook,
      planDigest: result.planDigest,
      whoMayApprove: result.approval
    })
  return events
}

export function remediationEvents(result: RemediateResult, runUrl?: string): NotificationEvent[] {
  if (!result.ran) return []
  return [
    {
      kind: 'remediation-result',
      fingerprint: result.ran.fingerprint,
      issue: result.ran.issue,
      runbook: result.ran.runbook,
      outcome: result.outcome,
      approvers: result.ran.approvers,
      detail: result.reason,
      ...(runUrl ? { runUrl } : {})
    }
  ]
}
