import { describe, expect, it } from '@jest/globals'
import type { Incident } from '../../src/generated/incident.js'
import type { Runbook } from '../../src/generated/runbook.js'
import { compileGlob, globMatch } from '../../src/match/glob.js'
import { CatalogIndex, rankRunbooks, ruleScore, tied } from '../../src/match/select.js'

const incident = (over: Partial<Incident> = {}): Incident => ({
  source: 'aws.cloudwatch',
  detailType: 'CloudWatch Alarm State Change',
  kind: 'alarm',
  title: 't',
  alarmName: 'web-prod-disk-used',
  state: 'ALARM',
  severity: 'high',
  resources: [],
  resourceTypes: ['ec2:instance'],
  metrics: [
    {
      namespace: 'CWAgent',
      name: 'disk_used_percent',
      dimensions: { InstanceId: 'i-1', path: '/var/log' }
    }
  ],
  tags: { team: 'web' },
  context: {},
  ...over,
  raw: over.raw ?? {}
})

const runbook = (id: string, match: Runbook['match'], priority?: number): Runbook =>
  ({ id, match, ...(priority === undefined ? {} : { priority }) }) as Runbook

describe('globs', () => {
  it('match * and ? and nothing else specially', () => {
    expect(globMatch('web-*-disk-?sed', 'web-prod-disk-used')).toBe(true)
    expect(globMatch('web.*', 'webXprod')).toBe(false)
    expect(globMatch('a(b)', 'a(b)')).toBe(true)
    expect(globMatch('*', '')).toBe(true)
    expect(globMatch('Web-*', 'web-1')).toBe(false)
  })
  it('treat a list as alternatives and a missing value as no match', () => {
    expect(compileGlob(['x', 'web-*'])('web-1')).toBe(true)
    expect(compileGlob('*')(undefined)).toBe(false)
  })
})

describe('rule scoring', () => {
  it('counts every constrained field, metric part, dimension and tag', () => {
    expect(ruleScore({ source: 'aws.cloudwatch' }, incident())).toBe(1)
    expect(
      ruleScore(
        {
          source: 'aws.cloudwatch',
          alarmName: '*-disk-*',
          metric: {
            namespace: 'CWAgent',
            name: 'disk_used_percent',
            dimensions: { path: '/var/log*' }
          },
          tags: { team: 'web' },
          severity: ['high', 'critical'],
          resourceType: 'ec2:*'
        },
        incident()
      )
    ).toBe(8)
  })
  it('needs every field to match', () => {
    expect(ruleScore({ source: 'aws.cloudwatch', tags: { team: 'db' } }, incident())).toBe(0)
    expect(ruleScore({ metric: { dimensions: { path: '/' } } }, incident())).toBe(0)
    expect(ruleScore({ severity: 'low' }, incident())).toBe(0)
    expect(ruleScore({ eventName: '*' }, incident())).toBe(0)
  })
  it('matches one metric with all its constraints, not parts of several', () => {
    const i = incident({
      metrics: [
        { namespace: 'AWS/EC2', name: 'x', dimensions: {} },
        { namespace: 'CWAgent', name: 'y', dimensions: {} }
      ]
    })
    expect(ruleScore({ metric: { namespace: 'AWS/EC2', name: 'y' } }, i)).toBe(0)
    expect(ruleScore({ metric: { namespace: 'CWAgent', name: 'y' } }, i)).toBe(2)
  })
  it('ignores alarms that are not in ALARM unless the rule names the state', () => {
    const ok = incident({ state: 'OK' })
    expect(ruleScore({ source: 'aws.cloudwatch' }, ok)).toBe(0)
    expect(ruleScore({ source: 'aws.cloudwatch', state: ['OK'] }, ok)).toBe(2)
    expect(
      ruleScore(
        { source: 'aws.ecs' },
        incident({ kind: 'event', source: 'aws.ecs', state: undefined })
      )
    ).toBe(1)
  })
})

describe('ranking', () => {
  it('orders by specificity, then priority, then id, and detects ties', () => {
    const general = runbook('general', [{ source: 'aws.cloudwatch' }])
    const specific = runbook('specific', [
      { source: 'aws.cloudwatch', metric: { name: 'disk_used_percent' } }
    ])
    const boosted = runbook('boosted', [{ source: 'aws.cloudwatch' }], 10)
    const none = runbook('none', [{ source: 'aws.ecs' }])
    const ranked = rankRunbooks([general, none, boosted, specific], incident())
    expect(ranked.map((c) => c.runbook.id)).toEqual(['specific', 'boosted', 'general'])
    const [, second, third] = ranked
    expect(second && third && tied(second, third)).toBe(false)
    const twin = runbook('a-twin', [{ source: 'aws.cloudwatch' }])
    const tiedRank = rankRunbooks([general, twin], incident())
    expect(tiedRank.map((c) => c.runbook.id)).toEqual(['a-twin', 'general'])
    const [first, next] = tiedRank
    expect(first && next && tied(first, next)).toBe(true)
  })
  it('scores a runbook by its best rule', () => {
    const rb = runbook('x', [
      { source: 'aws.cloudwatch' },
      { source: 'aws.cloudwatch', alarmName: 'web-*' }
    ])
    expect(rankRunbooks([rb], incident())[0]).toMatchObject({ score: 2, rule: 1 })
  })
})

describe('CatalogIndex', () => {
  const catalog: Runbook[] = [
    runbook('by-prefix', [{ alarmName: ['web-*', 'api-?-disk'] }]),
    runbook('by-literal-name', [{ alarmName: 'web-prod-disk-used' }]),
    runbook('by-wildcard-first', [{ alarmName: '*-disk-used' }]),
    runbook('by-event', [{ eventName: ['SERVICE_TASK_START_IMPAIRED', 'X'] }]),
    runbook('by-event-glob', [{ eventName: 'SERVICE_*' }]),
    runbook(
      'unfiled',
      [{ source: 'aws.cloudwatch' }, { metric: { name: 'disk_used_percent' } }],
      3
    ),
    runbook('two-rules', [
      { alarmName: 'nope-*' },
      { source: 'aws.ecs', eventName: 'SERVICE_TASK_START_IMPAIRED' }
    ])
  ]
  const incidents: Incident[] = [
    incident(),
    incident({ alarmName: 'api-1-disk' }),
    incident({ alarmName: 'db-disk-used' }),
    incident({ alarmName: undefined }),
    incident({
      kind: 'event',
      source: 'aws.ecs',
      state: undefined,
      alarmName: undefined,
      eventName: 'SERVICE_TASK_START_IMPAIRED'
    }),
    incident({
      kind: 'event',
      source: 'aws.ecs',
      state: undefined,
      alarmName: undefined,
      eventName: 'SERVICE_STEADY_STATE'
    }),
    incident({ state: 'OK' })
  ]
  it.each(incidents.map((i, n) => [n, i] as const))(
    'ranks incident %d exactly as rankRunbooks does',
    (_n, i) => {
      const plain = rankRunbooks(catalog, i).map((c) => [c.runbook.id, c.score, c.rule])
      expect(new CatalogIndex(catalog).rank(i).map((c) => [c.runbook.id, c.score, c.rule])).toEqual(
        plain
      )
    }
  )
})
