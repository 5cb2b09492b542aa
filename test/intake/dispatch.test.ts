import { describe, expect, it } from '@jest/globals'
import { classify, DeliveryError, readDelivery, readPayload } from '../../src/intake/dispatch.js'
import { fingerprint } from '../../src/intake/fingerprint.js'
import { fingerprintLabel } from '../../src/issue/labels.js'
import { normalize } from '../../src/intake/normalize.js'
import { alarmEvent } from '../helpers/events.js'

const dispatch = (client_payload: unknown) => ({ action: 'aws-incident', client_payload })
const IGNORE = { insufficientData: 'ignore' } as const

describe('readDelivery', () => {
  it('takes client_payload from the configured repository_dispatch type', () => {
    const payload = { event: alarmEvent('disk-full'), context: { tags: { service: 'app' } } }
    expect(readDelivery('repository_dispatch', dispatch(payload), 'aws-incident')).toEqual({
      kind: 'payload',
      payload,
      problems: []
    })
  })

  it('ignores other dispatch types, saying how to accept them', () => {
    expect(
      readDelivery('repository_dispatch', { action: 'deploy', client_payload: {} }, 'aws-incident')
    ).toEqual({
      kind: 'ignore',
      reason: expect.stringMatching(
        /event_type is "deploy", not "aws-incident" \(set the `event-type` input/
      )
    })
  })

  it('keeps a payload without `event`, and says what is wrong with it', () => {
    const d = readPayload({ alarm: 'disk-full' })
    expect(d.payload.event).toEqual({ alarm: 'disk-full' })
    expect(d.problems).toEqual([
      'client_payload has no `event` (send the AWS event as client_payload.event)'
    ])
    expect(normalize(d.payload).kind).toBe('unrecognized')
  })

  it('accepts a bare EventBridge event as the whole client_payload', () => {
    const event = alarmEvent('disk-full')
    expect(readPayload(event)).toEqual({
      kind: 'payload',
      payload: { event, context: {} },
      problems: []
    })
  })

  it('parses an event sent as a JSON string, and reports one that is not JSON', () => {
    const event = alarmEvent('x')
    expect(readPayload({ event: JSON.stringify(event) }).payload.event).toEqual(event)
    const bad = readPayload({ event: '{oops' })
    expect(bad.problems[0]).toMatch(/^client_payload.event is a string but not JSON/)
    expect(bad.payload.event).toBe('{oops')
  })

  it('drops only the invalid context keys, naming each', () => {
    const d = readPayload({
      event: alarmEvent('x'),
      context: { logGroups: ['/ok', 'bad group!'], severity: 'urgent', tags: { a: 'b' } }
    })
    expect(d.payload.context).toEqual({ tags: { a: 'b' } })
    expect(d.problems).toEqual([
      expect.stringMatching(/^client_payload\.context\.logGroups\[1\] must match pattern/),
      expect.stringMatching(/^client_payload\.context\.severity must be one of "low"/)
    ])
  })

  it("reports GitHub's limits: more than 10 keys, more than 64 KB", () => {
    const keys = Object.fromEntries(Array.from({ length: 11 }, (_, i) => [`k${i}`, i]))
    expect(readPayload({ event: alarmEvent('x'), ...keys }).problems).toContain(
      "client_payload has more than 10 keys (GitHub's limit for client_payload)"
    )
    const big = readPayload({ event: { ...alarmEvent('x'), padding: 'x'.repeat(70_000) } })
    expect(big.problems[0]).toMatch(/^client_payload is \d+ bytes; GitHub accepts at most 65536/)
  })

  it('reads workflow_dispatch input, and fails clearly when it is not JSON', () => {
    const event = alarmEvent('x')
    expect(
      readDelivery(
        'workflow_dispatch',
        { inputs: { event: JSON.stringify(event) } },
        'aws-incident'
      )
    ).toMatchObject({ kind: 'payload', payload: { event } })
    expect(() =>
      readDelivery('workflow_dispatch', { inputs: { event: '{oops' } }, 'aws-incident')
    ).toThrow(
      /^the `event` input is not valid JSON: .+ Pass the AWS event exactly as EventBridge delivers it\.$/
    )
    expect(() => readDelivery('workflow_dispatch', { inputs: {} }, 'aws-incident')).toThrow(
      DeliveryError
    )
    expect(() => readDelivery('push', {}, 'aws-incident')).toThrow(/not push/)
  })
})

describe('classify and fingerprint', () => {
  it('skips configuration changes, and INSUFFICIENT_DATA unless configured', () => {
    const config = normalize({
      source: 'aws.cloudwatch',
      'detail-type': 'CloudWatch Alarm Configuration Change',
      detail: {}
    })
    expect(classify(config, IGNORE)).toMatchObject({ kind: 'skip' })
    const unknown = normalize(alarmEvent('x', { state: 'INSUFFICIENT_DATA' }))
    expect(classify(unknown, IGNORE)).toMatchObject({
      kind: 'skip',
      reason: expect.stringMatching(/set `insufficient-data: incident`/)
    })
    expect(classify(unknown, { insufficientData: 'incident' })).toEqual({ kind: 'incident' })
    expect(classify(normalize(alarmEvent('x', { state: 'OK' })), IGNORE)).toEqual({
      kind: 'incident'
    })
  })

  it('is stable per alarm whatever the state or time, and fits a GitHub label', () => {
    const a = fingerprint(normalize(alarmEvent('disk-full')))
    expect(fingerprint(normalize(alarmEvent('disk-full', { state: 'OK' })))).toBe(a)
    expect(fingerprint(normalize(alarmEvent('disk-other')))).not.toBe(a)
    expect(fingerprintLabel(a).length).toBeLessThanOrEqual(50)
  })

  it('fingerprints an unrecognized payload by its content, so a retry finds the same issue', () => {
    const a = fingerprint(normalize({ event: { b: 1, a: [1, 2] } }))
    expect(fingerprint(normalize({ event: { a: [1, 2], b: 1 } }))).toBe(a)
    expect(fingerprint(normalize({ event: { a: [2, 1], b: 1 } }))).not.toBe(a)
  })
})
