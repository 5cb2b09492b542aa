import { describe, expect, it } from '@jest/globals'
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import type { Incident } from '../../src/generated/incident.js'
import type { Runbook } from '../../src/generated/runbook.js'
import {
  BM25_B,
  BM25_K1,
  LEXICAL_CONFIDENCE_CAP,
  LexicalIndex,
  incidentQuery,
  runbookTerms,
  type IncidentText,
  type LexicalQuery,
  stem,
  tokenize,
  withoutExclusions
} from '../../src/triage/lexical.js'

// The shipped catalog, parsed as is (starter-catalog.test.ts proves it validates).
const catalog: Runbook[] = readdirSync('runbooks')
  .filter((f) => f.endsWith('.yaml'))
  .sort()
  .map((f) => parse(readFileSync(join('runbooks', f), 'utf8')) as Runbook)
const index = new LexicalIndex(catalog)

// Only the fields lexical triage reads, so the test follows Incident as it grows.
const incident = (over: Partial<IncidentText> = {}): IncidentText => ({
  detailType: 'CloudWatch Alarm State Change',
  title: 'Alarm in ALARM',
  resourceTypes: [],
  metrics: [],
  ...over
})

// A whole normalized incident is a valid input.
const fromIncident: (i: Incident) => LexicalQuery = incidentQuery

// Just enough of a runbook for the index: it reads id, title, description, match and parameters.
const runbook = (
  id: string,
  title: string,
  description: string,
  match: Runbook['match']
): Runbook => ({ id, title, description, match }) as Runbook

const rank = (...text: string[]) => index.rank({ text })

function shipped(id: string): Runbook {
  const found = catalog.find((r) => r.id === id)
  if (!found) throw new Error(`no runbook ${id} in runbooks/`)
  return found
}

describe('tokenize', () => {
  it('splits camelCase, PascalCase, snake_case and acronyms', () => {
    expect(tokenize('HTTPCode_Target_5XX_Count')).toEqual([
      'http',
      'code',
      'target',
      '5xx',
      'count'
    ])
    expect(tokenize('UnHealthyHostCount')).toEqual(['un', 'healthy', 'host', 'count'])
    expect(tokenize('CPUUtilization')).toEqual(['cpu', 'utilization'])
    expect(tokenize('OpsLoop-ECSForceNewDeployment')).toEqual(['ecs', 'force', 'new', 'deployment'])
    expect(tokenize('AWS-RestartEC2Instance')).toEqual(['restart', 'ec2', 'instance'])
    expect(tokenize('disk_used_percent')).toEqual(['disk', 'used', 'percent'])
  })

  it('splits kebab-case, dots, slashes, colons and glob characters', () => {
    expect(tokenize('*-service-down')).toEqual(['service', 'down'])
    expect(tokenize('web-?-health-check-failed')).toEqual(['web', 'health', 'check', 'fail'])
    expect(tokenize('AWS/ApplicationELB')).toEqual(['application', 'elb'])
    expect(tokenize('aws.ecs ecs:service /var/log/*')).toEqual([
      'ecs',
      'ecs',
      'service',
      'var',
      'log'
    ])
  })

  it('drops stop words, AWS noise, one-letter words and bare numbers', () => {
    expect(tokenize('The disk is at 95% on a host')).toEqual(['disk', 'host'])
    expect(tokenize('arn:aws:ec2:us-east-1:123456789012:instance/i-0abc')).toEqual([
      'ec2',
      'east',
      'instance',
      '0abc'
    ])
    expect(tokenize('')).toEqual([])
  })

  it('stems plurals, -ing and -ed so word forms meet', () => {
    for (const w of ['restart', 'restarts', 'restarting', 'restarted', 'Restarting'])
      expect(tokenize(w)).toEqual(['restart'])
    for (const w of ['scale', 'scales', 'scaling', 'scaled']) expect(tokenize(w)).toEqual(['scale'])
    for (const w of ['rotate', 'rotated', 'rotating']) expect(tokenize(w)).toEqual(['rotate'])
    expect(['stop', 'stopped', 'stopping', 'stops'].map(stem)).toEqual([
      'stop',
      'stop',
      'stop',
      'stop'
    ])
    expect(['policies', 'processes', 'indexes', 'failed'].map(stem)).toEqual([
      'policy',
      'process',
      'index',
      'fail'
    ])
  })

  it('leaves base words readable', () => {
    expect(['service', 'status', 'cache', 'string', 'need', 'added', 'full'].map(stem)).toEqual([
      'service',
      'status',
      'cache',
      'string',
      'need',
      'add',
      'full'
    ])
  })
})

describe('runbook documents', () => {
  it('count the id, title and match literals twice, description and parameters once', () => {
    const rb = {
      ...runbook('disk', 'Disk full', 'Frees space.', [{ eventName: 'DiskFull' }]),
      parameters: { path: { type: 'string', description: 'Mount point.' } }
    } as Runbook
    expect([...runbookTerms(rb)].sort()).toEqual(
      [
        ...['disk', 'disk', 'full', 'disk', 'full'], // id, title, eventName
        ...['disk', 'disk', 'full', 'disk', 'full'], // again
        ...['free', 'space', 'path', 'mount', 'point']
      ].sort()
    )
  })

  it('leave out "do not use" clauses: they describe the wrong incidents', () => {
    expect(
      withoutExclusions(
        'Frees space on the root volume. Do not use it for /var/log (use rotate-oversized-logs). Safe to rerun.'
      )
    ).toBe('Frees space on the root volume.   Safe to rerun.')
    expect(withoutExclusions('Restarts it; do not use it for a bad deployment (roll back)')).toBe(
      'Restarts it;  '
    )
    // /var/log is named in free-disk-space's exclusions only.
    const freeDisk = shipped('free-disk-space')
    expect(freeDisk.description).toContain('rotate-oversized-logs')
    expect(runbookTerms(freeDisk)).not.toContain('oversized')
  })
})

describe('BM25', () => {
  // Two documents, as runbookTerms sees them:
  //   a: disk ×7 (id 2, title 2, eventName 2, description 1), full ×4, free, space, instance → 14
  //   b: cpu ×6, high ×4, scale, out, instance                                              → 13
  const a = runbook('disk', 'Disk full', 'Frees disk space on the instance.', [
    { eventName: 'DiskFull' }
  ])
  const b = runbook('cpu', 'CPU high', 'Scales out the instance.', [{ eventName: 'CpuHigh' }])
  const tiny = new LexicalIndex([a, b])

  it('scores a tiny corpus exactly as the formula says', () => {
    expect(runbookTerms(a)).toHaveLength(14)
    expect(runbookTerms(b)).toHaveLength(13)
    expect([BM25_K1, BM25_B]).toEqual([1.2, 0.75])
    const N = 2
    const avgdl = (14 + 13) / 2
    // IDF with +1 smoothing: ln(1 + (N - n + 0.5) / (n + 0.5)).
    const idf = (n: number) => Math.log(1 + (N - n + 0.5) / (n + 0.5))
    // Length-normalized saturation for a document of length dl.
    const K = (dl: number) => BM25_K1 * (1 - BM25_B + (BM25_B * dl) / avgdl)
    const part = (n: number, tf: number, dl: number) => (idf(n) * tf * (BM25_K1 + 1)) / (tf + K(dl))
    // Query disk (only in a, tf 7), space (only in a, tf 1), instance (in both, tf 1).
    const scoreA = part(1, 7, 14) + part(1, 1, 14) + part(2, 1, 14)
    const scoreB = part(2, 1, 13)
    expect(tiny.idf('disk')).toBeCloseTo(Math.log(2), 12)
    expect(tiny.idf('instance')).toBeCloseTo(Math.log(1.2), 12)
    expect(tiny.idf('unknown')).toBeCloseTo(Math.log(1 + 2.5 / 0.5), 12)

    const [first, second, ...rest] = tiny.rank({ text: ['disk space', 'instances'] })
    expect(rest).toEqual([])
    expect(first?.runbook.id).toBe('disk')
    expect(first?.score).toBeCloseTo(scoreA, 10)
    expect(first?.terms).toEqual(['disk', 'space', 'instance'])
    expect(second?.runbook.id).toBe('cpu')
    expect(second?.score).toBeCloseTo(scoreB, 10)
    expect(second?.terms).toEqual(['instance'])

    // Confidence: cap · √(score / Σ idf·(k1+1)) · (1 + margin) / 2.
    const ideal = (idf(1) + idf(1) + idf(2)) * (BM25_K1 + 1)
    const margin = (scoreA - scoreB) / scoreA
    expect(first?.confidence).toBeCloseTo(0.6 * Math.sqrt(scoreA / ideal) * ((1 + margin) / 2), 10)
    expect(second?.confidence).toBeCloseTo(0.6 * Math.sqrt(scoreB / ideal) * 0.5, 10)
  })

  it('counts each distinct query term once', () => {
    const once = tiny.rank({ text: ['disk space'] })
    const thrice = tiny.rank({ text: ['disk space', 'disk', 'DISK spaces'] })
    expect(thrice).toEqual(once)
  })

  it('returns nothing for an empty query, an empty catalog or no shared words', () => {
    expect(tiny.rank({ text: [] })).toEqual([])
    expect(tiny.rank({ text: ['the and is', '42'] })).toEqual([])
    expect(tiny.rank({ text: ['memory leak'] })).toEqual([])
    expect(new LexicalIndex([]).rank({ text: ['disk'] })).toEqual([])
    expect(tiny.rank({ text: ['disk instance'] }, 0)).toEqual([])
    expect(tiny.rank({ text: ['disk instance'] }, 1).map((m) => m.runbook.id)).toEqual(['disk'])
  })

  it('breaks ties by runbook id, whatever the catalog order', () => {
    const twin = (id: string) => runbook(id, 'Disk full', 'Frees disk space.', [{ alarmName: '*' }])
    const others = [b, twin('m-disk'), twin('a-disk'), twin('z-disk')]
    for (const order of [others, [...others].reverse()]) {
      const ranked = new LexicalIndex(order).rank({ text: ['full disk'] })
      expect(ranked.map((m) => m.runbook.id)).toEqual(['a-disk', 'm-disk', 'z-disk'])
      expect(new Set(ranked.map((m) => m.score)).size).toBe(1)
      // A tie is no margin: the winner is no surer than the others.
      expect(new Set(ranked.map((m) => m.confidence)).size).toBe(1)
    }
  })
})

describe('incidentQuery', () => {
  it('collects the words that name an incident, including reason and details when present', () => {
    const query = fromIncident({
      ...incident({
        title: 'api-latency in ALARM',
        alarmName: 'api-latency',
        eventName: 'SOME_EVENT',
        description: 'p99 latency',
        resourceTypes: ['ec2:instance'],
        metrics: [{ namespace: 'AWS/ApplicationELB', name: 'TargetResponseTime', dimensions: {} }]
      }),
      source: 'aws.cloudwatch',
      kind: 'alarm',
      severity: 'high',
      resources: [],
      tags: {},
      context: {},
      raw: {},
      reason: 'Threshold Crossed',
      details: { note: 'after deploy', empty: undefined }
    })
    // Title, detail-type, resource types and an alarm's reason are boilerplate: left out.
    expect(query.text).toEqual([
      'api-latency',
      'SOME_EVENT',
      'p99 latency',
      'AWS/ApplicationELB',
      'TargetResponseTime',
      'after deploy'
    ])
  })

  it('skips what is missing', () => {
    expect(incidentQuery(incident({ title: 't', alarmName: 'a', detailType: '' })).text).toEqual([
      'a'
    ])
  })
})

describe('the shipped catalog', () => {
  it('ranks free-disk-space first for a disk incident told only in words', () => {
    const ranked = index.rank(
      incidentQuery(
        incident({
          title: 'storage-nearly-exhausted in ALARM',
          alarmName: 'storage-nearly-exhausted',
          description: 'root volume almost full, free space below 5%',
          resourceTypes: ['ec2:instance'],
          metrics: [{ namespace: 'Custom/Batch', name: 'QueueBacklog', dimensions: { Queue: 'q' } }]
        })
      )
    )
    const [first] = ranked
    expect(first?.runbook.id).toBe('free-disk-space')
    expect(first?.terms).toEqual(expect.arrayContaining(['free', 'space', 'root', 'volume']))
    // The log runbook says "full" and "volume" too: it follows.
    expect(ranked[1]?.runbook.id).toBe('rotate-oversized-logs')
  })

  it('ranks ecs-rollback-service first for a failed ECS deployment', () => {
    const [first, second] = rank('ECS deployment failed, roll back')
    expect(first?.runbook.id).toBe('ecs-rollback-service')
    expect(first?.terms).toEqual(
      expect.arrayContaining(['ecs', 'deployment', 'fail', 'roll', 'back'])
    )
    expect(second?.runbook.id).toBe('ecs-force-new-deployment')
  })

  it.each([
    ['web tier returns 502 errors, targets unhealthy', 'restart-systemd-service'],
    ['memory leak in the worker process', 'restart-runaway-process'],
    ['instance unreachable, status check failed', 'reboot-ec2-instance'],
    ['sustained high CPU across the Auto Scaling group', 'scale-out-autoscaling-group'],
    ['a log file grew huge and /var/log is full', 'rotate-oversized-logs'],
    ['ECS tasks fail to start', 'ecs-force-new-deployment']
  ])('ranks the right runbook first for %j', (text, id) => {
    expect(rank(text)[0]?.runbook.id).toBe(id)
  })

  it('gives unrelated text nothing or only low confidence', () => {
    for (const text of ['quarterly billing report generated', 'lunch menu for friday']) {
      for (const m of rank(text)) expect(m.confidence).toBeLessThan(0.2)
    }
  })

  it('keeps confidence in [0, 0.6], highest first, and higher for a closer match', () => {
    const texts = [
      'free disk space on the root volume of the instance',
      'root volume almost full',
      'disk',
      'ECS deployment failed, roll back',
      'quarterly billing report generated'
    ]
    for (const text of texts) {
      const ranked = rank(text)
      for (const m of ranked) {
        expect(m.score).toBeGreaterThan(0)
        expect(m.confidence).toBeGreaterThanOrEqual(0)
        expect(m.confidence).toBeLessThanOrEqual(LEXICAL_CONFIDENCE_CAP)
        expect(m.terms.length).toBeGreaterThan(0)
        expect(m.terms.length).toBeLessThanOrEqual(5)
      }
      const scores = ranked.map((m) => m.score)
      expect(scores).toEqual([...scores].sort((x, y) => y - x))
      const confidences = ranked.map((m) => m.confidence)
      expect(confidences[0]).toBe(Math.max(...confidences))
    }
    const close = rank('free disk space on the root volume of the instance')[0]
    const vague = rank('root volume almost full, batch queue backlog')[0]
    expect(close?.runbook.id).toBe('free-disk-space')
    expect(vague?.runbook.id).toBe('free-disk-space')
    expect(close?.confidence).toBeGreaterThan(vague?.confidence ?? 1)
    expect(LEXICAL_CONFIDENCE_CAP).toBe(0.6)
  })

  it('indexes 1,000 runbooks and still ranks the right one first', () => {
    // Speed is measured by `npm run bench`, not here.
    const many = Array.from({ length: 1000 }, (_, i) => {
      const rb = catalog[i % catalog.length] as Runbook
      return { ...rb, id: `${rb.id}-${i}`, description: `${rb.description} fleet${i}` }
    })
    const ranked = new LexicalIndex(many).rank(
      { text: ['root volume almost full, free disk space'] },
      5
    )
    expect(ranked).toHaveLength(5)
    expect(ranked[0]?.runbook.id).toMatch(/^free-disk-space-/)
  })
})
