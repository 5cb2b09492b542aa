import { describe, expect, it } from '@jest/globals'
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import type { Incident } from '../../src/generated/incident.js'
import type { Runbook } from '../../src/generated/runbook.js'
import {
  BM25_B,
  BM25_K1,
  LexicalIndex,
  WEAK_QUERY_WEIGHT,
  compositeChildren,
  incidentQuery,
  runbookTerms,
  type IncidentText,
  type LexicalMatch,
  type LexicalQuery,
  type SerializedLexicalIndex,
  stem,
  tokenize,
  withoutExclusions,
  words
} from '../../src/triage/lexical.js'
import { SRE_VOCABULARY } from '../../src/triage/sre-vocabulary.js'
import { starterCatalog } from '../helpers/catalog.js'

// The shipped catalog, parsed as is (starter-catalog.test.ts proves it validates).
const catalog: Runbook[] = readdirSync('runbooks')
  .filter((f) => f.endsWith('.yaml'))
  .sort()
  .map((f) => parse(readFileSync(join('runbooks', f), 'utf8')) as Runbook)
const index = LexicalIndex.build(catalog)

// Only the fields lexical triage reads, so the test follows Incident as it grows.
const incident = (
  over: Partial<Omit<IncidentText, 'alarm'>> = {}
): Omit<IncidentText, 'alarm'> => ({
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

/** What a ranking says, without the runbook objects: for comparing two indexes. */
const summary = (ranked: LexicalMatch[]) =>
  ranked.map((m) => ({
    id: m.runbook.id,
    doc: m.doc,
    score: m.score,
    coverage: m.coverage,
    terms: m.terms
  }))

function shipped(id: string): Runbook {
  const found = catalog.find((r) => r.id === id)
  if (!found) throw new Error(`no runbook ${id} in runbooks/`)
  return found
}

describe('words', () => {
  it('splits camelCase, PascalCase, snake_case and acronyms', () => {
    expect(words('HTTPCode_Target_5XX_Count')).toEqual(['http', 'code', 'target', '5xx', 'count'])
    // `Un Healthy` is one word again (the vocabulary's phrase), so its synonym `health` applies.
    expect(words('UnHealthyHostCount')).toEqual(['unhealthy', 'host', 'count'])
    expect(words('CPUUtilization')).toEqual(['cpu', 'utilization'])
    expect(words('OpsLoop-ECSForceNewDeployment')).toEqual(['ecs', 'force', 'new', 'deployment'])
    expect(words('AWS-RestartEC2Instance')).toEqual(['aws', 'restart', 'ec2', 'instance'])
    expect(words('disk_used_percent')).toEqual(['disk', 'used', 'percent'])
  })

  it('splits kebab-case, dots, slashes, colons and glob characters', () => {
    expect(words('*-service-down')).toEqual(['service', 'down'])
    expect(words('web-?-health-check-failed')).toEqual(['web', 'health', 'check', 'failed'])
    expect(words('AWS/ApplicationELB')).toEqual(['aws', 'application', 'elb'])
    expect(words('aws.ecs ecs:service /var/log/*')).toEqual([
      'aws',
      'ecs',
      'ecs',
      'service',
      'var',
      'log'
    ])
    expect(words('')).toEqual([])
  })

  it('rewrites the vocabulary phrases, in any case and with any separator', () => {
    expect(words('workers falling behind')).toEqual(['workers', 'lag'])
    expect(words('Messages BACKING-UP')).toEqual(['messages', 'backlog'])
    expect(words('task ran out_of_memory')).toEqual(['task', 'ran', 'oom', 'memory'])
    expect(words('OutOfMemory')).toEqual(['oom', 'memory'])
    // A phrase is whole words only: `time outage` is not `time out`.
    expect(words('time outage')).toEqual(['time', 'outage'])
  })
})

describe('tokenize', () => {
  it('drops stop words, AWS noise, one-letter words and bare numbers', () => {
    expect(tokenize('The disk is at 95% on a host')).toEqual(tokenize('disk host'))
    expect(tokenize('disk host')).toHaveLength(2)
    // Only the resource type and id survive an ARN: account, Region parts and `arn`/`aws` go.
    expect(tokenize('arn:aws:ec2:us-east-1:123456789012:instance/i-0abc')).toEqual(
      tokenize('ec2 instance 0abc')
    )
    expect(tokenize('')).toEqual([])
    expect(tokenize('a b c 1 22 333')).toEqual([])
  })

  it('lets word forms meet: plurals, -ing, -ed, and the throttle family', () => {
    const meet = (forms: string[]) => {
      const terms = forms.map((w) => tokenize(w))
      for (const t of terms) expect(t).toHaveLength(1)
      expect(new Set(terms.flat()).size).toBe(1)
    }
    meet(['restart', 'restarts', 'restarting', 'restarted', 'Restarting'])
    meet(['scale', 'scales', 'scaling', 'scaled'])
    meet(['rotate', 'rotated', 'rotating'])
    meet(['stop', 'stopped', 'stopping', 'stops'])
    meet(['throttled', 'throttles', 'throttling', 'throttle'])
    meet(['policy', 'policies'])
    meet(['process', 'processes'])
    // Stemming is the Porter2 stemmer's, applied to every term.
    expect(tokenize('throttling')).toEqual([stem('throttling')])
  })

  it('keeps words that only look alike apart', () => {
    expect(tokenize('disk')).not.toEqual(tokenize('disks and dispatch').slice(1))
    expect(tokenize('memory')).not.toEqual(tokenize('member'))
    expect(tokenize('scale')).not.toEqual(tokenize('stale'))
  })

  it.each([
    ['falling behind', 'lag'],
    ['fell behind', 'lag'],
    ['backing up', 'backlog'],
    ['backed up', 'backlog'],
    ['out of memory', 'memory'],
    ['OOM', 'memory'],
    ['OOMKilled', 'memory'],
    ['DLQ', 'dead-letter queue'],
    ['p99', 'latency'],
    ['Rate exceeded', 'throttling'],
    ['too many requests', 'throttled']
  ])('reaches the runbook words from what an SRE writes: %j → %j', (written, catalogWords) => {
    const terms = tokenize(written)
    expect(terms).toEqual(expect.arrayContaining(tokenize(catalogWords)))
  })

  it.each([
    'high',
    'above',
    'below',
    'threshold',
    'prod',
    'production',
    'us-east-1',
    'eu-west-3',
    'ap-southeast-2',
    'Threshold Crossed',
    'high CPU above threshold in prod us-east-1'
  ])('treats boilerplate as no topic: %j', (text) => {
    const topic = text.includes('CPU') ? tokenize('CPU') : []
    expect(tokenize(text)).toEqual(topic)
  })

  it.each([
    ['exceeds', 'exceeding'],
    ['average', 'averaged'],
    ['change', 'changes']
  ])('drops boilerplate in every inflection: %j and %j', (listed, inflected) => {
    expect(tokenize(listed)).toEqual([])
    expect(tokenize(inflected)).toEqual([])
  })

  it('reports each term with its word as written', () => {
    const seen: [string, string][] = []
    const terms = tokenize('Throttling on the DLQ', (t, w) => seen.push([t, w]))
    expect(seen.map(([t]) => t)).toEqual(terms)
    expect(seen.map(([, w]) => w)).toEqual(
      expect.arrayContaining(['throttling', 'dlq', 'deadletter', 'queue'])
    )
  })
})

describe('the SRE vocabulary', () => {
  it('is lower case, and every synonym and phrase yields at least one term', () => {
    const lower = (s: string) => {
      expect(s).toBe(s.toLowerCase())
    }
    for (const [phrase, replacement] of Object.entries(SRE_VOCABULARY.phrases)) {
      lower(phrase)
      lower(replacement)
      expect(tokenize(phrase).length).toBeGreaterThan(0)
    }
    for (const [word, synonyms] of Object.entries(SRE_VOCABULARY.synonyms)) {
      lower(word)
      for (const s of synonyms) {
        lower(s)
        expect(tokenize(s).length).toBeGreaterThan(0)
      }
    }
    for (const w of SRE_VOCABULARY.boilerplate) {
      lower(w)
      expect(tokenize(w)).toEqual([])
    }
  })
})

describe('runbook documents', () => {
  it('count the id, title and match literals twice, description and parameters once', () => {
    const rb = {
      ...runbook('disk', 'Disk filled', 'Frees space.', [{ eventName: 'DiskFilled' }]),
      parameters: { path: { type: 'string', description: 'Mount point.' } }
    } as Runbook
    // disk, disk filled, disk filled: 5 terms, twice; free space path mount point: 5, once.
    expect([...runbookTerms(rb)].sort()).toEqual(
      [
        ...tokenize('disk Disk filled DiskFilled'),
        ...tokenize('disk Disk filled DiskFilled'),
        ...tokenize('Frees space. path Mount point.')
      ].sort()
    )
    expect(runbookTerms(rb)).toHaveLength(10 + 5)
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
    expect(withoutExclusions("Never use it on a database. Don't use it twice. Fine.")).toBe(
      '    Fine.'
    )
    // /var/log is named in free-disk-space's exclusions only.
    const freeDisk = shipped('free-disk-space')
    expect(freeDisk.description).toContain('rotate-oversized-logs')
    expect(runbookTerms(freeDisk)).not.toContain(stem('oversized'))
  })
})

describe('BM25', () => {
  // Two documents, as runbookTerms sees them (stop words and boilerplate such as `high` gone;
  // no vocabulary phrase in them: `disk full` would read as `disk space`):
  //   a: disk ×7 (id 2, title 2, eventName 2, description 1), filled ×4, free, space, instance → 14
  //   b: cpu ×6 (id 2, title 2, eventName 2), scale, out, instance                             →  9
  const a = runbook('disk', 'Disk filled', 'Frees disk space on the instance.', [
    { eventName: 'DiskFilled' }
  ])
  const b = runbook('cpu', 'CPU high', 'Scales out the instance.', [{ eventName: 'CpuHigh' }])
  const tiny = LexicalIndex.build([a, b])

  it('scores a tiny corpus exactly as the formula says', () => {
    expect(runbookTerms(a)).toHaveLength(14)
    expect(runbookTerms(b)).toHaveLength(9)
    expect([BM25_K1, BM25_B]).toEqual([1.2, 0.75])
    const N = 2
    const avgdl = (14 + 9) / 2
    // IDF with +1 smoothing: ln(1 + (N - n + 0.5) / (n + 0.5)).
    const idf = (n: number) => Math.log(1 + (N - n + 0.5) / (n + 0.5))
    // Length-normalized saturation for a document of length dl.
    const K = (dl: number) => BM25_K1 * (1 - BM25_B + (BM25_B * dl) / avgdl)
    const part = (n: number, tf: number, dl: number) => (idf(n) * tf * (BM25_K1 + 1)) / (tf + K(dl))
    // Query disk (only in a, tf 7), space (only in a, tf 1), instance (in both, tf 1).
    const scoreA = part(1, 7, 14) + part(1, 1, 14) + part(2, 1, 14)
    const scoreB = part(2, 1, 9)
    expect(tiny.idf(stem('disk'))).toBeCloseTo(Math.log(2), 12)
    expect(tiny.idf(stem('instance'))).toBeCloseTo(Math.log(1.2), 12)
    expect(tiny.idf('unknown')).toBeCloseTo(Math.log(1 + 2.5 / 0.5), 12)

    const [first, second, ...rest] = tiny.rank({ text: ['disk space', 'instances'] })
    expect(rest).toEqual([])
    expect(first).toMatchObject({ runbook: a, doc: 0 })
    expect(first?.score).toBeCloseTo(scoreA, 10)
    // Surface words as the catalog writes them, largest contribution first.
    expect(first?.terms).toEqual(['disk', 'space', 'instance'])
    expect(second).toMatchObject({ runbook: b, doc: 1 })
    expect(second?.score).toBeCloseTo(scoreB, 10)
    expect(second?.terms).toEqual(['instance'])

    // Coverage: the idf-weighted share of the query's known words the document holds.
    expect(first?.coverage).toBeCloseTo(1, 12)
    expect(second?.coverage).toBeCloseTo(idf(2) / (idf(1) + idf(1) + idf(2)), 12)
  })

  it('counts each distinct query term once', () => {
    const once = tiny.rank({ text: ['disk space'] })
    const thrice = tiny.rank({ text: ['disk space', 'disk', 'DISK spaces'] })
    expect(thrice).toEqual(once)
  })

  it('weighs weak query text at half, and a term in both parts at full weight once', () => {
    const [full] = tiny.rank({ text: ['disk'] })
    const [weak] = tiny.rank({ text: [], weak: ['disk'] })
    expect(WEAK_QUERY_WEIGHT).toBe(0.5)
    expect(weak?.score).toBeCloseTo((full?.score ?? 0) * WEAK_QUERY_WEIGHT, 12)
    expect(tiny.rank({ text: ['disk'], weak: ['disk'] })).toEqual(tiny.rank({ text: ['disk'] }))
    // Weak words weigh less in coverage too: a holds both, b only the weak one.
    const [, cpu] = tiny.rank({ text: ['disk'], weak: ['cpu'] })
    const [, cpuStrong] = tiny.rank({ text: ['disk', 'cpu'] })
    expect(cpu?.runbook).toBe(b)
    expect(cpu?.coverage).toBeLessThan(cpuStrong?.coverage ?? 0)
  })

  it('ranks only the documents asked for', () => {
    const query = { text: ['disk space instance'] }
    expect(tiny.rank(query, 5, new Set([1])).map((m) => m.runbook.id)).toEqual(['cpu'])
    expect(tiny.rank(query, 5, new Set<number>())).toEqual([])
    // Coverage does not depend on which documents are ranked.
    const [all] = tiny.rank(query).filter((m) => m.doc === 1)
    expect(tiny.rank(query, 5, new Set([1]))[0]).toEqual(all)
  })

  it('returns nothing for an empty query, an empty catalog or no shared words', () => {
    expect(tiny.rank({ text: [] })).toEqual([])
    expect(tiny.rank({ text: [], weak: [] })).toEqual([])
    expect(tiny.rank({ text: ['the and is', '42', 'high above prod'] })).toEqual([])
    expect(tiny.rank({ text: ['memory leak'] })).toEqual([])
    expect(LexicalIndex.build([]).rank({ text: ['disk'] })).toEqual([])
    expect(tiny.rank({ text: ['disk instance'] }, 0)).toEqual([])
    expect(tiny.rank({ text: ['disk instance'] }, 1).map((m) => m.runbook.id)).toEqual(['disk'])
  })

  it('breaks ties by runbook id, whatever the catalog order', () => {
    const twin = (id: string) => runbook(id, 'Disk full', 'Frees disk space.', [{ alarmName: '*' }])
    const others = [b, twin('m-disk'), twin('a-disk'), twin('z-disk')]
    for (const order of [others, [...others].reverse()]) {
      const ranked = LexicalIndex.build(order).rank({ text: ['full disk'] })
      expect(ranked.map((m) => m.runbook.id)).toEqual(['a-disk', 'm-disk', 'z-disk'])
      expect(new Set(ranked.map((m) => m.score)).size).toBe(1)
      expect(new Set(ranked.map((m) => m.coverage)).size).toBe(1)
      // `doc` is the position in the catalog given.
      for (const m of ranked) expect(order[m.doc]).toBe(m.runbook)
    }
  })
})

describe('coverage', () => {
  it('stays in [0, 1], and is 1 only for a runbook holding every known query word', () => {
    for (const text of [
      'free disk space on the root volume of the instance',
      'ECS deployment failed, roll back',
      'disk',
      'quarterly billing report generated'
    ]) {
      for (const m of rank(text)) {
        expect(m.coverage).toBeGreaterThan(0)
        expect(m.coverage).toBeLessThanOrEqual(1 + 1e-12)
      }
    }
    expect(rank('disk')[0]?.coverage).toBeCloseTo(1, 12)
  })

  it('is not lowered by query words no runbook holds (resource, team, environment names)', () => {
    const base = ['root volume almost full, free disk space']
    const plain = rank(...base)
    const named = rank(...base, 'zq-orders-db-7f3a', 'payments-squadron kx9')
    expect(summary(named)).toEqual(summary(plain))
    expect(plain[0]?.runbook.id).toBe('free-disk-space')
  })

  it('is lowered by a known word the runbook does not hold', () => {
    const [disk] = rank('free disk space')
    const withEcs = rank('free disk space', 'ECS deployment').find(
      (m) => m.runbook.id === disk?.runbook.id
    )
    expect(withEcs?.coverage).toBeLessThan(disk?.coverage ?? 0)
  })
})

describe('compositeChildren', () => {
  it('reads quoted names and alarm ARNs out of a composite rule', () => {
    expect(
      compositeChildren('ALARM("a") OR ALARM(arn:aws:cloudwatch:us-east-1:123456789012:alarm:b)')
    ).toEqual(['a', 'b'])
    expect(
      compositeChildren(
        '(ALARM("web-5xx") OR OK(web-latency)) AND NOT INSUFFICIENT_DATA("arn:aws:cloudwatch:eu-west-1:123456789012:alarm:db-cpu")'
      )
    ).toEqual(['web-5xx', 'web-latency', 'db-cpu'])
    expect(compositeChildren(undefined)).toEqual([])
    expect(compositeChildren('TRUE')).toEqual([])
  })
})

describe('incidentQuery', () => {
  it('collects the words that name an incident, including details when present', () => {
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
    expect(query.weak).toEqual([])
  })

  it("reads an event's reason, which is all some events say", () => {
    const q = incidentQuery(
      incident({
        kind: 'event',
        detailType: 'ECS Service Action',
        eventName: 'SERVICE_TASK_START_IMPAIRED',
        reason: 'image pull timed out'
      })
    )
    // An event's detail-type names it; an alarm's ("CloudWatch Alarm State Change") is not read.
    // Prose goes through the vocabulary's phrases (`timed out` → timeout) and loses what it negates.
    expect(q.text).toEqual([
      'ECS Service Action',
      'SERVICE_TASK_START_IMPAIRED',
      'image pull timeout'
    ])
  })

  it('reads dimension names and values at half weight: they name the resource, not the symptom', () => {
    const q = incidentQuery(
      incident({
        alarmName: 'asg-cpu',
        metrics: [
          {
            namespace: 'AWS/EC2',
            name: 'CPUUtilization',
            dimensions: { AutoScalingGroupName: 'render-workers' }
          }
        ]
      })
    )
    expect(q.text).toEqual(['asg-cpu', 'AWS/EC2', 'CPUUtilization'])
    expect(q.weak).toEqual(['AutoScalingGroupName', 'render-workers'])
  })

  it("reads a metric-math alarm's expression as the subject and its inputs as hints", () => {
    const q = incidentQuery(
      incident({
        alarmName: 'orders-5xx-ratio',
        metrics: [
          { id: 'e1', expression: '100 * m1 / m2', dimensions: {} },
          {
            id: 'm1',
            namespace: 'AWS/ApplicationELB',
            name: 'HTTPCode_Target_5XX_Count',
            dimensions: { LoadBalancer: 'app/orders/0123' }
          }
        ]
      })
    )
    expect(q.text).toEqual(['orders-5xx-ratio'])
    expect(q.weak).toEqual([
      'AWS/ApplicationELB',
      'HTTPCode_Target_5XX_Count',
      'LoadBalancer',
      'app/orders/0123'
    ])
  })

  it("names a composite alarm's children", () => {
    const q = incidentQuery({
      ...incident({ alarmName: 'storefront-degraded' }),
      alarm: { rule: 'ALARM("a") OR ALARM(arn:aws:cloudwatch:us-east-1:123456789012:alarm:b)' }
    })
    expect(q.text).toEqual(['storefront-degraded', 'a', 'b'])
  })

  it('skips what is missing', () => {
    expect(incidentQuery(incident({ title: 't', alarmName: 'a', detailType: '' })).text).toEqual([
      'a'
    ])
  })
})

describe('the vocabulary in ranking', () => {
  const consumer = runbook(
    'drain-consumer-lag',
    'Add consumers when a queue backlog grows',
    'Adds consumers when the queue backlog or consumer lag grows.',
    [{ alarmName: 'queue-*' }]
  )
  const memory = runbook(
    'restart-leaking-worker',
    'Restart a worker using too much memory',
    'Restarts the worker whose memory keeps growing.',
    [{ alarmName: 'mem-*' }]
  )
  const dlq = runbook(
    'redrive-dead-letter',
    'Redrive a dead-letter queue',
    'Moves messages back.',
    [{ alarmName: 'dlq-*' }]
  )
  const latency = runbook(
    'warm-cache',
    'Warm the cache when latency rises',
    'Preloads the cache.',
    [{ alarmName: 'latency-*' }]
  )
  const throttle = runbook(
    'raise-api-quota',
    'Raise the quota of a throttled API',
    'Asks for a higher quota when calls are throttled.',
    [{ alarmName: 'quota-*' }]
  )
  const small = LexicalIndex.build([consumer, memory, dlq, latency, throttle])

  it.each([
    ['orders consumers falling behind', 'drain-consumer-lag', 'lag'],
    ['orders messages backing up', 'drain-consumer-lag', 'backlog'],
    ['checkout ran out of memory', 'restart-leaking-worker', 'memory'],
    ['checkout OOM', 'restart-leaking-worker', 'memory'],
    ['payments DLQ not empty', 'redrive-dead-letter', 'dead'],
    ['search p99', 'warm-cache', 'latency'],
    ['partner API throttling', 'raise-api-quota', 'throttled'],
    ['partner API rate exceeded', 'raise-api-quota', 'throttled']
  ])('ranks %j first for %s, sharing %j', (text, id, shared) => {
    const [first] = small.rank({ text: [text] })
    expect(first?.runbook.id).toBe(id)
    expect(first?.terms.join(' ')).toContain(shared)
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
  })

  it('ranks ecs-rollback-service first for a failed ECS deployment', () => {
    const [first, second] = rank('ECS deployment failed, roll back')
    expect(first?.runbook.id).toBe('ecs-rollback-service')
    expect(first?.terms.map((w) => tokenize(w)[0])).toEqual(
      expect.arrayContaining(tokenize('ecs deployment fail roll back'))
    )
    expect(second?.runbook.id).toBe('ecs-force-new-deployment')
  })

  it.each([
    ['web tier returns 502 errors, targets unhealthy', 'restart-systemd-service'],
    ['memory leak in the worker process', 'restart-runaway-process'],
    ['worker OOM, out of memory', 'restart-runaway-process'],
    ['instance unreachable, status check failed', 'reboot-ec2-instance'],
    ['sustained high CPU across the Auto Scaling group', 'scale-out-autoscaling-group'],
    ['a log file grew huge and /var/log is full', 'rotate-oversized-logs'],
    ['ECS tasks fail to start', 'ecs-force-new-deployment']
  ])('ranks the right runbook first for %j', (text, id) => {
    expect(rank(text)[0]?.runbook.id).toBe(id)
  })

  it('keeps scores positive and ordered, and at most five terms per match', () => {
    for (const text of [
      'free disk space on the root volume of the instance',
      'root volume almost full',
      'ECS deployment failed, roll back',
      'quarterly billing report generated'
    ]) {
      const ranked = rank(text)
      for (const m of ranked) {
        expect(m.score).toBeGreaterThan(0)
        expect(m.terms.length).toBeGreaterThan(0)
        expect(m.terms.length).toBeLessThanOrEqual(5)
      }
      const scores = ranked.map((m) => m.score)
      expect(scores).toEqual([...scores].sort((x, y) => y - x))
    }
  })

  it('shows terms as the catalog writes them, never as the incident does', () => {
    const [first] = rank('ROOT-VOLUME almost FULL: FREEING DISK')
    expect(first?.runbook.id).toBe('free-disk-space')
    const text = catalog.map((r) => JSON.stringify(r).toLowerCase()).join(' ')
    for (const t of first?.terms ?? []) expect(text).toContain(t)
    expect(first?.terms).not.toContain('FREEING')
  })

  it('indexes 1,000 runbooks and still ranks the right one first', () => {
    // Speed is measured by `npm run bench`, not here.
    const many = Array.from({ length: 1000 }, (_, i) => {
      const rb = catalog[i % catalog.length] as Runbook
      return { ...rb, id: `${rb.id}-${i}`, description: `${rb.description} fleet${i}` }
    })
    const ranked = LexicalIndex.build(many).rank(
      { text: ['root volume almost full, free disk space'] },
      5
    )
    expect(ranked).toHaveLength(5)
    expect(ranked[0]?.runbook.id).toMatch(/^free-disk-space-/)
  })
})

describe('serialization', () => {
  const queries: LexicalQuery[] = [
    { text: ['root volume almost full, free disk space'] },
    { text: ['ECS deployment failed, roll back'] },
    { text: ['worker OOM'], weak: ['i-0abc', 'render-workers'] },
    { text: ['web-1-cpu-high', 'AWS/EC2', 'CPUUtilization', 'InstanceId'] },
    { text: ['quarterly billing report generated'] },
    { text: ['nothing the catalog knows zzq'] }
  ]

  it('loads from JSON text into an index that ranks exactly as the built one', async () => {
    const runbooks = (await starterCatalog()).map((c) => c.runbook)
    const built = LexicalIndex.build(runbooks)
    const data = JSON.parse(JSON.stringify(built.toJSON())) as SerializedLexicalIndex
    const loaded = LexicalIndex.load(runbooks, data)
    for (const q of queries) {
      expect(summary(loaded.rank(q, 20))).toEqual(summary(built.rank(q, 20)))
      for (const m of loaded.rank(q)) expect(runbooks[m.doc]).toBe(m.runbook)
    }
    const docs = new Set([0, 2, 4])
    expect(summary(loaded.rank(queries[0] as LexicalQuery, 5, docs))).toEqual(
      summary(built.rank(queries[0] as LexicalQuery, 5, docs))
    )
    for (const t of ['disk', 'ecs', 'unknown-term']) expect(loaded.idf(t)).toBe(built.idf(t))
    // And serializes again to the same data.
    expect(loaded.toJSON()).toEqual(built.toJSON())
  })

  it('round-trips an empty catalog', () => {
    const empty = LexicalIndex.build([])
    const data = JSON.parse(JSON.stringify(empty.toJSON())) as SerializedLexicalIndex
    const loaded = LexicalIndex.load([], data)
    expect(loaded.rank({ text: ['disk'] })).toEqual([])
  })

  it('refuses data that does not fit the catalog', () => {
    const data = LexicalIndex.build(catalog).toJSON()
    // One runbook fewer: the saturation array has a length per document.
    expect(() => LexicalIndex.load(catalog.slice(1), data)).toThrow(/rebuild/)
    const saturation = Buffer.from(data.saturation, 'base64')
    expect(() =>
      LexicalIndex.load(catalog, {
        ...data,
        saturation: saturation.subarray(0, saturation.length - 8).toString('base64')
      })
    ).toThrow(/rebuild/)
    // Terms and offsets disagree.
    expect(() =>
      LexicalIndex.load(catalog, { ...data, terms: data.terms.split('\n').slice(1).join('\n') })
    ).toThrow(/rebuild/)
  })

  it('refuses postings cut short rather than ranking from them', () => {
    const data = LexicalIndex.build(catalog).toJSON()
    const cut = (b64: string) => {
      const bytes = Buffer.from(b64, 'base64')
      return bytes.subarray(0, bytes.length - 4).toString('base64')
    }
    expect(() => LexicalIndex.load(catalog, { ...data, docs: cut(data.docs) })).toThrow()
    expect(() => LexicalIndex.load(catalog, { ...data, tfs: cut(data.tfs) })).toThrow()
  })
})
