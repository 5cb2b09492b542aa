// The snapshot intake builds from what it gathered: valid against its schema, the telemetry keyed
// by the incident's service, deployments naming their payload's service (else the incident's),
// each build's commits with their pull requests, and every text redacted and bounded.
import { describe, expect, it } from '@jest/globals'
import type { GatheredContext } from '../../src/context/gather.js'
import type { Change } from '../../src/context/ports.js'
import { Redactor } from '../../src/context/redact.js'
import { incidentService, incidentSnapshot, metricKind } from '../../src/context/snapshot.js'
import validateSnapshot from '../../src/generated/validate-snapshot.js'
import { normalize } from '../../src/intake/normalize.js'
import { parseSnapshot, replayAttribution } from '../../src/flows/snapshot.js'
import { alarmEvent } from '../helpers/events.js'

const AT = Date.parse('2026-03-01T12:00:00Z')
const event = { ...alarmEvent('checkout-5xx'), time: new Date(AT).toISOString() }
const SECRET = 'AKIAQ7RZ2M4N6P8T0V3X'
const sha = (n: number): string => n.toString(16).padStart(40, '0')

const deployment = (extra: Partial<Change>): Change => ({
  kind: 'deployment',
  repo: 'acme/shop',
  at: AT - 30 * 60_000,
  title: 'shop 2.0',
  environment: 'production',
  ...extra
})

function gathered(extra: Partial<GatheredContext> = {}): GatheredContext {
  return {
    logs: [],
    metrics: [],
    series: [],
    builds: [],
    changes: [],
    past: [],
    watches: [],
    health: [],
    missing: [],
    ...extra
  }
}

const snapshotOf = (g: GatheredContext, tags: Record<string, string> = {}) => {
  const incident = { ...normalize({ event }), tags }
  return incidentSnapshot({
    incident,
    gathered: g,
    redactor: new Redactor(),
    takenAt: new Date(AT)
  })
}

describe('the incident snapshot', () => {
  it('names the service by its tag, then the ECS service, a dimension, the alarm', () => {
    const incident = normalize({ event })
    expect(incidentService({ ...incident, tags: { service: 'cart' } })).toBe('cart')
    expect(
      incidentService({
        ...incident,
        facts: {
          tagSources: {},
          logGroups: [],
          notAvailable: [],
          ecs: { cluster: 'c', service: 'api' }
        }
      })
    ).toBe('api')
    expect(incidentService(incident)).toBe('checkout-5xx')
  })

  it('tells what a metric measures from its name, not its dimensions', () => {
    expect(metricKind('AWS/ApplicationELB HTTPCode_Target_5XX_Count {LoadBalancer=app/x}')).toBe(
      'errors'
    )
    expect(metricKind('AWS/Lambda Errors {FunctionName=requests-handler}')).toBe('errors')
    expect(metricKind('AWS/ApplicationELB RequestCount {TargetGroup=errors-tg}')).toBe('requests')
    expect(metricKind('AWS/ApplicationELB TargetResponseTime')).toBe('latency')
    expect(metricKind('AWS/EC2 CPUUtilization')).toBe('saturation')
    expect(metricKind('m1 = m2 / m3')).toBe('other')
  })

  it('holds the builds with their pull requests, redacted, and validates against its schema', () => {
    const head = deployment({
      id: 7,
      sha: sha(3),
      state: 'success',
      finishedAt: AT - 25 * 60_000,
      service: 'shop'
    })
    const snapshot = snapshotOf(
      gathered({
        changes: [
          head,
          // A deployment GitHub names by a short ref cannot be a candidate: no full SHA.
          deployment({ id: 8, sha: 'abc123', state: 'queued' }),
          {
            kind: 'pull',
            repo: 'acme/shop',
            at: AT - 60 * 60_000,
            title: 'Pool',
            number: 41,
            sha: sha(2)
          }
        ],
        builds: [
          {
            deployment: head,
            build: {
              previousSha: sha(1),
              commits: [
                {
                  sha: sha(2),
                  at: AT - 90 * 60_000,
                  message: 'Shrink the pool',
                  files: [
                    {
                      path: 'src/db.ts',
                      status: 'modified',
                      patch: `@@ -1 +1 @@\n-key = "${SECRET}"\n+pool = 4`
                    }
                  ]
                },
                {
                  sha: sha(3),
                  at: AT - 80 * 60_000,
                  message: 'Tidy the logs (#42)',
                  author: 'bob',
                  files: [{ path: 'src/log.ts', status: 'copied' }]
                }
              ]
            }
          }
        ],
        logs: [
          {
            group: '/shop',
            lines: [
              { timestamp: AT - 60_000, message: `ERROR login failed for ${SECRET}` },
              { timestamp: AT - 120_000, message: 'INFO ok' },
              { message: 'no time: left out' }
            ]
          }
        ],
        series: [
          {
            label: 'AWS/ApplicationELB HTTPCode_Target_5XX_Count {LoadBalancer=x}',
            timestamps: [AT - 60_000, AT],
            values: [1, 50]
          }
        ]
      }),
      { service: 'web' }
    )
    expect(validateSnapshot(snapshot)).toBe(true)
    expect(JSON.stringify(snapshot)).not.toContain(SECRET)
    expect(snapshot.service).toBe('web')
    expect(snapshot.deployments).toEqual([
      {
        id: '7',
        repo: 'acme/shop',
        service: 'shop',
        environment: 'production',
        startedAt: new Date(AT - 30 * 60_000).toISOString(),
        at: new Date(AT - 25 * 60_000).toISOString(),
        sha: sha(3),
        previousSha: sha(1),
        state: 'success',
        commits: [sha(2), sha(3)]
      }
    ])
    // The pull request by its merge commit, or by a squash merge's title.
    expect(snapshot.commits?.map((c) => [c.sha, c.pullRequest, c.files[0]?.status])).toEqual([
      [sha(2), 41, 'modified'],
      [sha(3), 42, 'modified']
    ])
    expect(snapshot.services?.web?.logs?.map((l) => [l.level, l.message.slice(0, 12)])).toEqual([
      ['info', 'INFO ok'],
      ['error', 'ERROR login ']
    ])
    expect(snapshot.services?.web?.metrics).toEqual({
      'AWS/ApplicationELB HTTPCode_Target_5XX_Count': {
        kind: 'errors',
        points: [
          [new Date(AT - 60_000).toISOString(), 1],
          [new Date(AT).toISOString(), 50]
        ]
      }
    })
    // The artifact replays: its event still says when the alarm fired.
    const loaded = parseSnapshot(JSON.stringify(snapshot), 'snapshot.json')
    expect(loaded.alarmAt).toBe(AT)
    expect(replayAttribution(loaded).onset.at).toBeLessThanOrEqual(AT)
  })

  it('keeps at most 5,000 lines, those that are not info first', () => {
    const lines = Array.from({ length: 9_000 }, (_, i) => ({
      timestamp: AT - 9_000_000 + i * 1_000,
      message: i % 2 === 0 ? `ERROR failure ${i}` : `INFO fine ${i}`
    }))
    const logs =
      snapshotOf(gathered({ logs: [{ group: '/x', lines }] })).services?.['checkout-5xx']?.logs ??
      []
    expect(logs).toHaveLength(5_000)
    // 4,500 error lines: 3,000 of them, spread evenly, and 2,000 of the info lines.
    expect(logs.filter((l) => l.level === 'error')).toHaveLength(3_000)
    expect(logs.filter((l) => l.level === 'info')).toHaveLength(2_000)
    expect(logs.map((l) => l.at)).toEqual([...logs.map((l) => l.at)].sort())
  })
})
