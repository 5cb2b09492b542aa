import { describe, expect, it } from '@jest/globals'
import { classify, dispatchPayload } from '../../src/intake/dispatch.js'
import { fingerprint, fingerprintLabel } from '../../src/intake/fingerprint.js'
import { normalize } from '../../src/intake/normalize.js'
import { incidentIssue } from '../../src/report/incident-issue.js'
import { triageByRules } from '../../src/triage/rules.js'
import type { Runbook } from '../../src/generated/runbook.js'
import { alarmEvent } from '../helpers/events.js'

describe('dispatchPayload', () => {
  const payload = { event: alarmEvent('disk-full') }
  it('takes client_payload from the configured repository_dispatch type', () => {
    expect(
      dispatchPayload(
        'repository_dispatch',
        { action: 'aws-incident', client_payload: payload },
        'aws-incident'
      )
    ).toEqual({ payload })
  })
  it('explains every refusal', () => {
    const reasons = [
      dispatchPayload(
        'repository_dispatch',
        { action: 'deploy', client_payload: payload },
        'aws-incident'
      ),
      dispatchPayload(
        'repository_dispatch',
        { action: 'aws-incident', client_payload: {} },
        'aws-incident'
      ),
      dispatchPayload('workflow_dispatch', { inputs: { event: '{oops' } }, 'aws-incident'),
      dispatchPayload('workflow_dispatch', { inputs: {} }, 'aws-incident'),
      dispatchPayload('push', {}, 'aws-incident'),
      dispatchPayload('repository_dispatch', 'junk', 'aws-incident')
    ].map((r) => ('reason' in r ? r.reason : 'accepted'))
    expect(reasons).toEqual([
      expect.stringMatching(
        /event_type is "deploy", not "aws-incident" \(set the `event-type` input/
      ),
      expect.stringMatching(/client_payload has no `event`/),
      expect.stringMatching(/the `event` input is not valid JSON/),
      expect.stringMatching(/workflow_dispatch needs an `event` input/),
      expect.stringMatching(/not push/),
      'the event payload is not a JSON object'
    ])
  })
  it('reads the event input of workflow_dispatch', () => {
    expect(
      dispatchPayload(
        'workflow_dispatch',
        { inputs: { event: JSON.stringify(alarmEvent('x')) } },
        'aws-incident'
      )
    ).toEqual({ payload: { event: alarmEvent('x') } })
  })
})

describe('classify and fingerprint', () => {
  it('skips configuration changes and INSUFFICIENT_DATA', () => {
    expect(
      classify({
        source: 'aws.cloudwatch',
        'detail-type': 'CloudWatch Alarm Configuration Change',
        detail: {}
      })
    ).toMatchObject({ kind: 'skip' })
    expect(classify(alarmEvent('x', { state: 'INSUFFICIENT_DATA' }))).toMatchObject({
      kind: 'skip'
    })
    expect(classify(alarmEvent('x', { state: 'OK' }))).toMatchObject({ kind: 'incident' })
  })
  it('is stable per alarm whatever the state or time, and fits a GitHub label', () => {
    const a = fingerprint(normalize(alarmEvent('disk-full')))
    expect(fingerprint(normalize(alarmEvent('disk-full', { state: 'OK' })))).toBe(a)
    expect(fingerprint(normalize(alarmEvent('disk-other')))).not.toBe(a)
    expect(fingerprintLabel(a).length).toBeLessThanOrEqual(50)
  })
})

describe('incident issue', () => {
  const hostile = 'Page @acme/oncall now!\n```\n<img src=x onerror=alert(1)> #1'
  const event = alarmEvent('disk-full\n@everyone')
  ;(
    event as { detail: { configuration: { description?: string } } }
  ).detail.configuration.description = hostile
  const incident = normalize(event)

  it('keeps untrusted text in code, so no mention, reference or HTML is rendered', () => {
    const { body, title } = incidentIssue(
      incident,
      'f'.repeat(16),
      triageByRules(incident, []),
      event
    )
    expect(title).toBe('[incident] disk-full @everyone is ALARM in us-east-1')
    const fenced = body.match(/^(`{4,})text\n([\s\S]*?)\n\1$/m)
    expect(fenced?.[2]).toBe(hostile)
    const outsideCode = body
      .replace(/^(`{3,})[^\n]*\n[\s\S]*?\n\1$/gm, '')
      .replace(/`[^`\n]*`/g, '')
    expect(outsideCode).not.toMatch(/@acme|@everyone|<img|#1/)
  })

  it('says when no runbook matches, and names a tie instead of guessing', () => {
    expect(
      incidentIssue(incident, 'f'.repeat(16), triageByRules(incident, []), event).body
    ).toMatch(/No runbook proposed: no runbook in the catalog matches this incident\./)
    const rb = (id: string): Runbook =>
      ({ id, title: id, risk: 'low', match: [{ alarmName: 'disk-*' }] }) as unknown as Runbook
    const tie = triageByRules(incident, [rb('a'), rb('b')])
    expect(tie.selected).toBeUndefined()
    expect(tie.note).toMatch(/`a` and `b` match equally well; a person must choose/)
  })
})
