// The first question of triage: is there anything to remediate?
import { describe, expect, it } from '@jest/globals'
import { normalize } from '../../src/intake/normalize.js'
import { remediationGate, type Gate } from '../../src/triage/gate.js'
import { alarmEvent, ecsServiceAction } from '../helpers/events.js'

type GateInput = Parameters<typeof remediationGate>[0]

const alarm = (over: Partial<GateInput> = {}): GateInput => ({
  kind: 'alarm',
  state: 'ALARM',
  previousState: 'OK',
  severity: 'high',
  detailType: 'CloudWatch Alarm State Change',
  ...over
})

const event = (over: Partial<GateInput> = {}): GateInput => ({
  kind: 'event',
  severity: 'medium',
  detailType: 'ECS Service Action',
  eventName: 'SERVICE_TASK_START_IMPAIRED',
  ...over
})

const closed = (g: Gate): Extract<Gate, { remediable: false }> => {
  if (g.remediable) throw new Error('the gate is open')
  return g
}

/** A reason reads as the end of "No runbook proposed: …." — a clause, not a fragment. */
function expectSentence(reason: string): void {
  expect(reason).toMatch(/^[a-z`A-Z]/)
  expect(reason.length).toBeGreaterThan(40)
  expect(reason).not.toMatch(/[.\s]$/)
  expect(reason).not.toMatch(/undefined|\[object/)
}

describe('remediationGate', () => {
  it('is open for an alarm in ALARM, whatever its severity', () => {
    for (const severity of ['low', 'medium', 'high', 'critical'] as const)
      expect(remediationGate(alarm({ severity }))).toEqual({ remediable: true })
  })

  it('is open for an event of medium severity or above', () => {
    for (const severity of ['medium', 'high', 'critical'] as const)
      expect(remediationGate(event({ severity }))).toEqual({ remediable: true })
  })

  it('is closed for an alarm back in OK: it recovered', () => {
    const g = closed(remediationGate(alarm({ state: 'OK', previousState: 'ALARM' })))
    expect(g.code).toBe('recovered')
    expectSentence(g.reason)
    expect(g.reason).toContain('OK')
    // Where it came from, when known.
    expect(g.reason).toContain('ALARM')
    expect(g.reason).toMatch(/nothing to remediate/)
    const unknown = closed(remediationGate(alarm({ state: 'OK', previousState: undefined })))
    expect(unknown.code).toBe('recovered')
    expectSentence(unknown.reason)
  })

  it('is closed for an alarm with insufficient data, and says what to check', () => {
    const g = closed(remediationGate(alarm({ state: 'INSUFFICIENT_DATA' })))
    expect(g.code).toBe('insufficient-data')
    expectSentence(g.reason)
    expect(g.reason).toMatch(/insufficient data/i)
    // What to do: look at whether the metric is still published.
    expect(g.reason).toMatch(/check/)
    expect(g.reason).toMatch(/metric/)
  })

  it('is closed for an informational event, naming it and how a runbook can still apply', () => {
    const g = closed(remediationGate(event({ severity: 'low', eventName: 'SERVICE_STEADY_STATE' })))
    expect(g.code).toBe('informational')
    expectSentence(g.reason)
    expect(g.reason).toContain('SERVICE_STEADY_STATE')
    expect(g.reason).toContain('ECS Service Action')
    // What to do about it: a rule naming the event, or accepting low severity.
    expect(g.reason).toMatch(/match rule/)
    expect(g.reason).toContain('severity: low')
    const unnamed = closed(
      remediationGate(event({ severity: 'low', eventName: undefined, detailType: 'AWS Health' }))
    )
    expect(unnamed.code).toBe('informational')
    expect(unnamed.reason).toContain('AWS Health')
    expectSentence(unnamed.reason)
  })

  it('reads alarms by state and events by severity, never the other way round', () => {
    // A low-severity alarm in ALARM still needs remediation.
    expect(remediationGate(alarm({ severity: 'low' })).remediable).toBe(true)
    // An event carries no alarm state; a stray `state` does not close the gate.
    expect(remediationGate(event({ state: 'OK' })).remediable).toBe(true)
  })

  it('reads normalized incidents', () => {
    const ok = normalize(alarmEvent('web-1-disk', { state: 'OK' }))
    expect(closed(remediationGate(ok)).code).toBe('recovered')
    const data = normalize(alarmEvent('web-1-disk', { state: 'INSUFFICIENT_DATA' }))
    expect(closed(remediationGate(data)).code).toBe('insufficient-data')
    expect(remediationGate(normalize(alarmEvent('web-1-disk'))).remediable).toBe(true)
    const steady = normalize(ecsServiceAction('SERVICE_STEADY_STATE', 'INFO'))
    expect(closed(remediationGate(steady)).code).toBe('informational')
  })
})
