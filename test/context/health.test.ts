// AWS Health events for change attribution: what a Health incident's issue seals (healthState,
// from the event as normalized), and which of them concern a later incident (relevantHealth): an
// event in another Region, about another service or naming another resource must not excuse a
// change.
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { relevantHealth } from '../../src/context/health.js'
import type { HealthNotice } from '../../src/context/ports.js'
import { normalize } from '../../src/intake/normalize.js'
import { healthState } from '../../src/intake/sources/health.js'
import { readHealth, stateMarker } from '../../src/issue/occurrences.js'
import { recordKey } from '../../src/issue/record.js'

const fixture = (name: string): unknown =>
  JSON.parse(readFileSync(`test/fixtures/aws-events/${name}.json`, 'utf8'))

const AT = Date.parse('2026-03-02T16:10:00Z')

/** An alarm on an instance's CPU, or on an ALB's 5xx, in eu-central-1. */
const alarm = (namespace: string, dimensions: Record<string, string>) =>
  normalize({
    version: '0',
    id: 'a1',
    'detail-type': 'CloudWatch Alarm State Change',
    source: 'aws.cloudwatch',
    account: '111122223333',
    time: new Date(AT).toISOString(),
    region: 'eu-central-1',
    resources: ['arn:aws:cloudwatch:eu-central-1:111122223333:alarm:x'],
    detail: {
      alarmName: 'x',
      state: { value: 'ALARM', reason: 'Threshold Crossed', timestamp: new Date(AT).toISOString() },
      previousState: { value: 'OK' },
      configuration: {
        metrics: [
          {
            id: 'm1',
            metricStat: {
              metric: { namespace, name: 'M', dimensions },
              period: 60,
              stat: 'Sum'
            },
            returnData: true
          }
        ]
      }
    }
  })

const notice = (extra: Partial<HealthNotice>): HealthNotice => ({
  issue: 7,
  url: 'https://github.com/acme/ops/issues/7',
  eventTypeCode: 'AWS_EC2_OPERATIONAL_ISSUE',
  service: 'EC2',
  statusCode: 'open',
  region: 'eu-central-1',
  startedAt: AT - 30 * 60_000,
  entities: [],
  ...extra
})

describe('healthState: what a Health incident seals', () => {
  it('takes the type, service, Region, status, start and entities from the event', () => {
    expect(healthState(normalize(fixture('eb-health-issue')))).toEqual({
      eventTypeCode: 'AWS_EC2_OPERATIONAL_ISSUE',
      service: 'EC2',
      statusCode: 'open',
      region: 'eu-central-1',
      startTime: '2026-03-02T15:40:00.000Z',
      entities: ['i-0a1b2c3d4e5f60718', 'i-0fedcba9876543210']
    })
  })

  it('is nothing for any other source, and round-trips through the sealed state', () => {
    expect(healthState(alarm('AWS/EC2', { InstanceId: 'i-1' }))).toBeUndefined()
    const key = recordKey('k'.repeat(32))
    const health = healthState(normalize(fixture('eb-health-issue')))
    const state = { occurrences: 1, lastSeen: '2026-03-02T16:00:00Z', eventIds: ['e'] }
    const body = `text\n${stateMarker(key, 'acme/ops', 'f'.repeat(16), state, { ...(health ? { health } : {}) })}`
    expect(readHealth(body, key, 'acme/ops')).toEqual({ ...health, fingerprint: 'f'.repeat(16) })
    // Another key's seal, or another repository's record, is not believed.
    expect(readHealth(body, recordKey('x'.repeat(32)), 'acme/ops')).toBeUndefined()
    expect(readHealth(body, key, 'acme/other')).toBeUndefined()
  })
})

describe('relevantHealth: which events concern the incident', () => {
  const cpu = alarm('AWS/EC2', { InstanceId: 'i-0a1b2c3d4e5f60718' })
  const alb = alarm('AWS/ApplicationELB', { LoadBalancer: 'app/shop/50dc6c495c0c9188' })

  it('an event naming one of its resources, by id or ARN', () => {
    expect(
      relevantHealth(cpu, [notice({ entities: ['i-0a1b2c3d4e5f60718'] })], AT).map(
        (r) => r.relevance
      )
    ).toEqual(['names i-0a1b2c3d4e5f60718, which the incident concerns'])
    const lb =
      'arn:aws:elasticloadbalancing:eu-central-1:111122223333:loadbalancer/app/shop/50dc6c495c0c9188'
    expect(
      relevantHealth(alb, [notice({ service: 'ELASTICLOADBALANCING', entities: [lb] })], AT)
    ).toHaveLength(1)
  })

  it('an event about a service the incident uses in its Region, naming nothing', () => {
    const [r] = relevantHealth(alb, [notice({ service: 'ELASTICLOADBALANCING' })], AT)
    expect(r?.relevance).toBe('about ELASTICLOADBALANCING in eu-central-1, which the incident uses')
    expect(relevantHealth(cpu, [notice({ region: 'global' })], AT)).toHaveLength(1)
  })

  it('not one elsewhere: another Region, another service, other resources, over or not begun', () => {
    const elsewhere = [
      notice({ region: 'us-east-1' }),
      notice({ service: 'RDS' }),
      notice({ entities: ['i-0ffffffffffffffff'] }),
      notice({ endedAt: AT - 2 * 3_600_000 }),
      notice({ startedAt: AT + 60_000 }),
      notice({ startedAt: undefined })
    ]
    expect(relevantHealth(cpu, elsewhere, AT)).toEqual([])
  })

  it('earliest first', () => {
    const found = relevantHealth(
      cpu,
      [notice({ issue: 9, startedAt: AT - 60_000 }), notice({ issue: 8, startedAt: AT - 120_000 })],
      AT
    )
    expect(found.map((r) => r.notice.issue)).toEqual([8, 9])
  })
})
