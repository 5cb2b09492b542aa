// `intake`: an AWS incident arrives; it ends up in exactly one open issue. A new incident opens an
// issue with its facts and the rule triage; a repeat delivery adds an occurrence comment; an alarm
// back in OK is noted on its open issue.
import type { Runbook } from '../generated/runbook.js'
import type { IncidentIssues, IssueRef } from '../github/incident-issues.js'
import { classify, dispatchPayload } from '../intake/dispatch.js'
import { fingerprint } from '../intake/fingerprint.js'
import { incidentIssue, occurrenceComment, recoveryComment } from '../report/incident-issue.js'
import { triageByRules } from '../triage/rules.js'

export type IntakeResult =
  | {
      action: 'created' | 'updated' | 'resolved'
      issue: IssueRef
      fingerprint: string
      runbook?: string
    }
  | { action: 'skipped'; reason: string; fingerprint?: string }

export interface IntakeInput {
  eventName: string
  /** The webhook payload (GITHUB_EVENT_PATH). */
  webhook: unknown
  eventType: string
  /** Runbooks that passed validation. */
  catalog: readonly Runbook[]
  issues: IncidentIssues
}

export async function intakeCommand(input: IntakeInput): Promise<IntakeResult> {
  const found = dispatchPayload(input.eventName, input.webhook, input.eventType)
  if ('reason' in found) return { action: 'skipped', reason: found.reason }
  const intake = classify(found.payload)
  if (intake.kind === 'skip') return { action: 'skipped', reason: intake.reason }
  const { incident } = intake
  const fp = fingerprint(incident)
  const open = await input.issues.findOpen(fp)

  if (incident.kind === 'alarm' && incident.state === 'OK') {
    if (!open)
      return {
        action: 'skipped',
        reason: 'the alarm is OK and no incident issue is open for it',
        fingerprint: fp
      }
    await input.issues.comment(open.number, recoveryComment(incident))
    return { action: 'resolved', issue: open, fingerprint: fp }
  }
  if (open) {
    await input.issues.comment(open.number, occurrenceComment(incident))
    return { action: 'updated', issue: open, fingerprint: fp }
  }
  const triage = triageByRules(incident, input.catalog)
  const issue = await input.issues.create(incidentIssue(incident, fp, triage, found.payload))
  return {
    action: 'created',
    issue,
    fingerprint: fp,
    ...(triage.selected ? { runbook: triage.selected.runbook.id } : {})
  }
}
