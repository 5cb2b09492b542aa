// ACM certificate events and Step Functions execution status changes are read for what they say:
// the event, its severity, the reason in AWS's words (a renewal's status and why, an execution's
// error and cause) and key facts; the informational ones (a certificate available, an execution
// that succeeded) are low severity, so triage proposes nothing for them.
import { describe, expect, it } from '@jest/globals'
import { Ajv2020 } from 'ajv/dist/2020.js'
import { incidentSchema, type Incident } from '../../src/generated/incident.js'
import { normalize } from '../../src/intake/normalize.js'
import { remediationGate } from '../../src/triage/gate.js'

const validIncident = new Ajv2020({ allowUnionTypes: true, strictRequired: false }).compile(
  incidentSchema
)
const valid = (incident: Incident): unknown => (validIncident(incident) ? [] : validIncident.errors)

const CERT =
  'arn:aws:acm:eu-central-1:111122223333:certificate/3b7e91c4-5d20-4f8a-a6c1-0e92d7b5f318'

const acmEvent = (detailType: string, detail: object): Incident =>
  normalize({
    version: '0',
    id: '9f1d7c2a-1b2c-4d3e-8f90-a1b2c3d4e5f6',
    'detail-type': detailType,
    source: 'aws.acm',
    account: '111122223333',
    time: '2026-04-07T06:00:00Z',
    region: 'eu-central-1',
    resources: [CERT],
    detail
  })

describe('ACM certificate events', () => {
  it('reads an expiry warning (the documented shape): the event, the days left, the name', () => {
    const i = acmEvent('ACM Certificate Approaching Expiration', {
      DaysToExpiry: 31,
      CommonName: 'example.com'
    })
    expect(valid(i)).toEqual([])
    expect(i).toMatchObject({
      kind: 'event',
      eventName: 'ACM Certificate Approaching Expiration',
      severity: 'medium',
      reason: 'The certificate expires in 31 days.',
      details: { commonName: 'example.com', daysToExpiry: '31' }
    })
    expect(i.title).toContain('example.com')
    expect(
      acmEvent('ACM Certificate Approaching Expiration', { DaysToExpiry: 5, CommonName: 'a.b' })
        .severity
    ).toBe('high')
  })

  it("says why a renewal needs action, in ACM's words", () => {
    const i = acmEvent('ACM Certificate Renewal Action Required', {
      CommonName: 'checkout.example.com',
      DomainValidationMethod: 'DNS',
      DaysToExpiry: 43,
      RenewalStatus: 'PENDING_VALIDATION',
      RenewalStatusReason: 'The CNAME record for _3f1c.checkout.example.com was not found in DNS.'
    })
    expect(valid(i)).toEqual([])
    expect(i.severity).toBe('high')
    expect(i.reason).toBe(
      'The certificate expires in 43 days. Renewal status PENDING_VALIDATION: The CNAME record for _3f1c.checkout.example.com was not found in DNS.'
    )
    expect(i.details).toMatchObject({
      renewalStatus: 'PENDING_VALIDATION',
      validationMethod: 'DNS'
    })
  })

  it('treats an expired certificate as critical and an available one as informational', () => {
    expect(acmEvent('ACM Certificate Expired', { CommonName: 'a.example.com' }).severity).toBe(
      'critical'
    )
    const available = acmEvent('ACM Certificate Available', { CommonName: 'a.example.com' })
    expect(available.severity).toBe('low')
    expect(remediationGate(available)).toMatchObject({ remediable: false, code: 'informational' })
  })
})

const MACHINE = 'arn:aws:states:eu-central-1:111122223333:stateMachine:payments-onboarding'
const EXECUTION = 'arn:aws:states:eu-central-1:111122223333:execution:payments-onboarding:onb-0193'

const execution = (status: string, extra: object = {}): Incident =>
  normalize({
    version: '0',
    id: '315c1398-40ff-a850-213b-158f73e60175',
    'detail-type': 'Step Functions Execution Status Change',
    source: 'aws.states',
    account: '111122223333',
    time: '2026-04-29T09:00:04Z',
    region: 'eu-central-1',
    resources: [EXECUTION],
    detail: {
      executionArn: EXECUTION,
      stateMachineArn: MACHINE,
      name: 'onb-0193',
      status,
      startDate: 1776848403122,
      stopDate: 1777453204508,
      input: '{}',
      inputDetails: { included: true },
      output: null,
      outputDetails: null,
      ...extra
    }
  })

describe('Step Functions execution status changes', () => {
  it('reads a timed-out execution: the status, the error and cause, the state machine', () => {
    const i = execution('TIMED_OUT', {
      error: 'States.Timeout',
      cause: 'WaitForSignedContract: the task token was not returned within 7 days.'
    })
    expect(valid(i)).toEqual([])
    expect(i).toMatchObject({
      kind: 'event',
      eventName: 'TIMED_OUT',
      severity: 'high',
      reason:
        'States.Timeout: WaitForSignedContract: the task token was not returned within 7 days.',
      details: {
        status: 'TIMED_OUT',
        error: 'States.Timeout',
        stateMachine: 'payments-onboarding',
        execution: 'onb-0193'
      }
    })
    expect(i.resources).toEqual([EXECUTION, MACHINE])
    expect(i.resourceTypes).toContain('states:stateMachine')
    expect(i.title).toContain('payments-onboarding')
  })

  it('treats a failed execution as high and a succeeded one as informational', () => {
    expect(execution('FAILED', { error: 'Lambda.TooManyRequestsException' }).severity).toBe('high')
    const ok = execution('SUCCEEDED')
    expect(ok.severity).toBe('low')
    expect(ok.reason).toBeUndefined()
    expect(remediationGate(ok).remediable).toBe(false)
  })
})
