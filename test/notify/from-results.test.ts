// Which results call for which notifications.
import { describe, expect, it } from '@jest/globals'
import { intakeEvents, remediationEvents } from '../../src/notify/from-results.js'

const issue = { number: 7, url: 'https://github.com/acme/ops/issues/7' }

describe('intakeEvents', () => {
  const created = {
    action: 'created' as const,
    issue,
    title: '[incident] checkout-5xx is ALARM',
    summary: 'Targets return 5xx.',
    fingerprint: 'abc123',
    severity: 'high',
    provider: 'rules' as const
  }

  it('tells of a new incident, and of the approval a ready plan needs', () => {
    expect(intakeEvents(created, false)).toEqual([
      {
        kind: 'incident-opened',
        fingerprint: 'abc123',
        issue: { ...issue, title: created.title },
        severity: 'high',
        provider: 'rules',
        summary: 'Targets return 5xx.'
      }
    ])
    const planned = intakeEvents(
      { ...created, runbook: 'restart', planDigest: 'f'.repeat(64), approval: '1 approval' },
      false
    )
    expect(planned.map((e) => e.kind)).toEqual(['incident-opened', 'approval-needed'])
    expect(planned[1]).toMatchObject({ runbook: 'restart', whoMayApprove: '1 approval' })
    // A plan that needs no approval (or cannot be approved yet) asks nobody.
    expect(
      intakeEvents({ ...created, runbook: 'restart', planDigest: 'f'.repeat(64) }, false).map(
        (e) => e.kind
      )
    ).toEqual(['incident-opened'])
  })

  it('tells of a recovery, and nothing of repeats, duplicates or skips', () => {
    const base = { issue, fingerprint: 'abc123', severity: 'high' }
    expect(intakeEvents({ action: 'resolved', ...base }, true)).toEqual([
      { kind: 'recovered', fingerprint: 'abc123', issue, closed: true }
    ])
    expect(intakeEvents({ action: 'updated', ...base, occurrences: 2 }, false)).toEqual([])
    expect(intakeEvents({ action: 'duplicate', ...base }, false)).toEqual([])
    expect(intakeEvents({ action: 'skipped', reason: 'OK without an issue' }, false)).toEqual([])
  })
})

describe('remediationEvents', () => {
  it('tells the result of a run, and nothing when nothing ran', () => {
    const ran = {
      issue: { ...issue, title: 't' },
      runbook: 'restart',
      fingerprint: 'abc123',
      approvers: ['alice']
    }
    expect(
      remediationEvents({ outcome: 'rolled-back', reason: 'check failed', ran }, 'https://run')
    ).toEqual([
      {
        kind: 'remediation-result',
        fingerprint: 'abc123',
        issue: ran.issue,
        runbook: 'restart',
        outcome: 'rolled-back',
        approvers: ['alice'],
        detail: 'check failed',
        runUrl: 'https://run'
      }
    ])
    expect(remediationEvents({ outcome: 'not-approved', reason: '0 of 1' })).toEqual([])
  })
})
