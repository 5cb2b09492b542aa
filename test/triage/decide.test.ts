// The deterministic decision: the gate, then match rules for and against a runbook, then the text
// among runbooks whose rules do not reject the incident, or an abstention a person can act on.
import { beforeAll, describe, expect, it } from '@jest/globals'
import { createHash } from 'node:crypto'
import type { Incident } from '../../src/generated/incident.js'
import type { MatchRule, Runbook } from '../../src/generated/runbook.js'
import { normalize } from '../../src/intake/normalize.js'
import { TriageIndex } from '../../src/triage/catalog-index.js'
import { incidentQuery } from '../../src/triage/lexical.js'
import {
  TEXT_CONFIDENCE_CAP,
  TEXT_COVERAGE_FLOOR,
  TEXT_MARGIN_FLOOR,
  TEXT_MIN_EVIDENCE,
  TEXT_MIN_TERMS,
  TIE_MARGIN_FLOOR,
  decide,
  textConfidence,
  textRanking,
  type Decision,
  type DecisionInput
} from '../../src/triage/decide.js'
import type { CatalogRunbook } from '../../src/triage/types.js'
import { starterCatalog } from '../helpers/catalog.js'
import { alarmEvent, ecsServiceAction } from '../helpers/events.js'

let starter: CatalogRunbook[]
beforeAll(async () => {
  starter = await starterCatalog()
})

/** A minimal valid runbook, as the catalog holds it (its digest follows its content). */
function entry(
  id: string,
  match: MatchRule[],
  text: { title?: string; description?: string; priority?: number } = {}
): CatalogRunbook {
  const runbook: Runbook = {
    apiVersion: 'opsloop/v1',
    id,
    title: text.title ?? id,
    description: text.description ?? `Runbook ${id}.`,
    owners: ['alice'],
    risk: 'low',
    ...(text.priority === undefined ? {} : { priority: text.priority }),
    match: match as Runbook['match'],
    targets: { from: 'dimension', dimension: 'InstanceId', max: 1 },
    approval: { required: true },
    execution: { runCommand: { document: 'AWS-RunShellScript', commands: ['true'] } }
  }
  const digest = createHash('sha256').update(JSON.stringify(runbook)).digest('hex')
  return { runbook, file: `runbooks/${id}.yaml`, digest }
}

interface AlarmOptions {
  state?: 'ALARM' | 'OK' | 'INSUFFICIENT_DATA'
  namespace?: string
  metric?: string
  dimensions?: Record<string, string>
  description?: string
}

function alarm(name: string, options: AlarmOptions = {}): Incident {
  const { description, ...rest } = options
  const event = alarmEvent(name, rest) as {
    detail: { configuration: { description?: string } }
  }
  if (description !== undefined) event.detail.configuration.description = description
  return normalize(event)
}

const ecsEvent = (eventName: string, eventType: 'INFO' | 'WARN' | 'ERROR'): Incident =>
  normalize(ecsServiceAction(eventName, eventType))

const run = (
  incident: Incident,
  catalog: readonly CatalogRunbook[],
  extra: Omit<DecisionInput, 'incident' | 'index'> = {}
): Decision => decide({ incident, index: TriageIndex.build(catalog), ...extra })

const ALARM_CLASS = { source: 'aws.cloudwatch', detailType: 'CloudWatch Alarm State Change' }

const cpuStandalone = (name = 'api-cpu-high', description?: string) =>
  alarm(name, {
    namespace: 'AWS/EC2',
    metric: 'CPUUtilization',
    dimensions: { InstanceId: 'i-0abc' },
    ...(description === undefined ? {} : { description })
  })

const SCALE_OUT = 'scale-out-autoscaling-group'

/** Every runbook a decision names as a proposal or alternative. */
const named = (d: Decision) => [d.runbook?.id, ...d.alternatives.map((a) => a.id)]

function expectNotes(d: Decision, ...patterns: RegExp[]) {
  const text = d.notes.join('\n')
  for (const p of patterns) expect(text).toMatch(p)
}

describe('the gate', () => {
  const diskRule: MatchRule = {
    ...ALARM_CLASS,
    metric: { namespace: 'CWAgent', name: 'disk_used_percent' }
  }
  const disk = [entry('free-disk', [diskRule])]

  it('proposes no runbook for an alarm back in OK, even one whose rule fits it in ALARM', () => {
    expect(run(alarm('web-1-disk'), disk).runbook?.id).toBe('free-disk')
    const ok = run(alarm('web-1-disk', { state: 'OK' }), disk)
    expect(ok.runbook).toBeUndefined()
    expect(ok.alternatives).toEqual([])
    expect(ok.notes).toHaveLength(1)
    expectNotes(ok, /^No runbook proposed: the alarm is back to OK/, /nothing to remediate/)
    expect(ok.facts.gate).toMatchObject({ remediable: false, code: 'recovered' })
    // Nor on the starter catalog, whose free-disk-space fits the same alarm in ALARM.
    expect(run(alarm('web-1-disk'), starter).runbook?.id).toBe('free-disk-space')
    expect(run(alarm('web-1-disk', { state: 'OK' }), starter).runbook).toBeUndefined()
  })

  it('lets neither a hint nor history reopen it', () => {
    const ok = alarm('web-1-disk', { state: 'OK' })
    const d = run(ok, disk, {
      hint: 'free-disk',
      history: { runbook: 'free-disk', why: 'it resolved the same alarm in #4 (E21)' }
    })
    expect(d.runbook).toBeUndefined()
    expectNotes(d, /back to OK/)
  })

  it('proposes nothing for an alarm with insufficient data, and says what to check', () => {
    const d = run(alarm('web-1-disk', { state: 'INSUFFICIENT_DATA' }), starter)
    expect(d.runbook).toBeUndefined()
    expect(d.facts.gate).toMatchObject({ remediable: false, code: 'insufficient-data' })
    expectNotes(d, /^No runbook proposed: the alarm has insufficient data/, /check/)
  })

  it('still proposes the runbook whose rule asks for that state explicitly', () => {
    const recovery = entry('record-recovery', [{ ...diskRule, state: 'OK' }])
    const d = run(alarm('web-1-disk', { state: 'OK' }), [...disk, recovery])
    expect(d.runbook?.id).toBe('record-recovery')
    expect(d.runbook?.why).toMatch(/state=OK/)
    // The implicit rule does not join it as an alternative.
    expect(d.alternatives.map((a) => a.id)).toEqual(['record-recovery'])
  })

  it('proposes nothing for an informational ECS event (SERVICE_STEADY_STATE)', () => {
    const steady = ecsEvent('SERVICE_STEADY_STATE', 'INFO')
    const d = run(steady, starter)
    expect(d.runbook).toBeUndefined()
    expect(d.alternatives).toEqual([])
    expect(d.facts.gate).toMatchObject({ remediable: false, code: 'informational' })
    expectNotes(d, /^No runbook proposed: .*SERVICE_STEADY_STATE.* is informational/)
  })

  it('does not read a wildcard event name as asking for an informational event', () => {
    // Written for the service's problems (SERVICE_TASK_START_IMPAIRED, …); it names no event.
    const anyService = entry('restart-ecs-service', [
      { source: 'aws.ecs', detailType: 'ECS Service Action', eventName: 'SERVICE_*' }
    ])
    const steady = run(ecsEvent('SERVICE_STEADY_STATE', 'INFO'), [anyService])
    expect(steady.runbook).toBeUndefined()
    expectNotes(steady, /is informational/)
    expect(run(ecsEvent('SERVICE_TASK_START_IMPAIRED', 'WARN'), [anyService]).runbook?.id).toBe(
      'restart-ecs-service'
    )
  })

  it('lets a rule that names the event or accepts low severity through, and no other', () => {
    const steady = ecsEvent('SERVICE_STEADY_STATE', 'INFO')
    const anyEcs = entry('any-ecs-service', [
      { source: 'aws.ecs', detailType: 'ECS Service Action' }
    ])
    expect(run(steady, [anyEcs]).runbook).toBeUndefined()
    const named = entry('note-steady-state', [
      { source: 'aws.ecs', eventName: 'SERVICE_STEADY_STATE' }
    ])
    const low = entry('low-ecs', [{ source: 'aws.ecs', severity: 'low' }])
    expect(run(steady, [anyEcs, named]).runbook?.id).toBe('note-steady-state')
    expect(run(steady, [anyEcs, low]).runbook?.id).toBe('low-ecs')
    expect(run(steady, [anyEcs, named]).alternatives.map((a) => a.id)).not.toContain(
      'any-ecs-service'
    )
  })
})

describe('a rule that rejects the incident', () => {
  it('keeps scale-out off a CPU alarm on a standalone instance, and says what it requires', () => {
    for (const [name, description] of [
      ['cpu-high', undefined],
      ['api-cpu-high', 'CPU above 90% on the API host'],
      ['batch-host-cpu', 'Sustained high CPU across the Auto Scaling group: scale out']
    ] as const) {
      const d = run(cpuStandalone(name, description), starter)
      expect(named(d)).not.toContain(SCALE_OUT)
      expect(d.runbook).toBeUndefined()
      expectNotes(
        d,
        new RegExp(
          `\`${SCALE_OUT}\` reads close, but its match rule 1 .*requires .*AutoScalingGroupName`
        ),
        /\/retriage/
      )
      // It is in the facts, marked, for the model to see.
      expect(d.facts.text.find((t) => t.match.runbook.id === SCALE_OUT)?.verdict.kind).toBe(
        'rejects'
      )
    }
  })

  it('does not turn a CPU alarm into a service restart because its name shares a service name', () => {
    // `web` and `checkout` are words of restart-systemd-service's description; the topic words of
    // the alarm (CPU, utilization) are held by the rejected scale-out only.
    for (const name of ['web-1-cpu-high', 'checkout-cpu-above-90']) {
      const d = run(cpuStandalone(name), starter)
      expect(d.runbook).toBeUndefined()
      expectNotes(d, /AutoScalingGroupName/)
    }
  })

  it('still proposes it once the alarm has the dimension', () => {
    const asg = alarm('render-cpu-high', {
      namespace: 'AWS/EC2',
      metric: 'CPUUtilization',
      dimensions: { AutoScalingGroupName: 'render-workers' }
    })
    expect(run(asg, starter).runbook?.id).toBe(SCALE_OUT)
  })

  it('refuses a hint naming it, with a note', () => {
    const d = run(cpuStandalone(), starter, { hint: SCALE_OUT })
    expect(named(d)).not.toContain(SCALE_OUT)
    expectNotes(
      d,
      new RegExp(
        `The dispatch context suggests \`${SCALE_OUT}\`, but its match rule 1 .*AutoScalingGroupName.*; it was not proposed\\.`
      )
    )
  })

  it('skips history naming it', () => {
    const d = run(cpuStandalone(), starter, {
      history: { runbook: SCALE_OUT, why: 'it resolved the same alarm in #4 (E21)' }
    })
    expect(named(d)).not.toContain(SCALE_OUT)
  })

  it('takes a hint or history naming a runbook whose rules are silent about it', () => {
    const hinted = run(cpuStandalone(), starter, { hint: 'reboot-ec2-instance' })
    expect(hinted.runbook).toMatchObject({ id: 'reboot-ec2-instance', confidence: 0.5 })
    const proven = run(cpuStandalone(), starter, {
      history: { runbook: 'reboot-ec2-instance', why: 'it resolved the same alarm in #4 (E21)' }
    })
    expect(proven.runbook).toMatchObject({ id: 'reboot-ec2-instance', confidence: 0.55 })
    expect(proven.runbook?.why).toMatch(/it resolved the same alarm in #4 \(E21\)$/)
  })

  it('notes a hint naming a runbook that is not in the catalog', () => {
    const d = run(cpuStandalone(), starter, { hint: 'format-disk' })
    expect(d.notes).toContain(
      'The dispatch context suggests runbook `format-disk`, which is not in the catalog.'
    )
  })

  it('is never among the alternatives', () => {
    // A catalog where the rejecting runbook is by far the closest by text.
    const lag = entry(
      'drain-consumer-lag',
      [{ ...ALARM_CLASS, metric: { name: 'ConsumerLag', dimensions: { ConsumerGroup: '*' } } }],
      {
        title: 'Add consumers when consumer lag grows',
        description: 'Adds consumers to the consumer group when its consumer lag grows.'
      }
    )
    const others = ['alpha', 'bravo', 'charlie'].map((w) =>
      entry(`other-${w}`, [{ alarmName: `${w}-*` }], { description: `Handles ${w} consumer work.` })
    )
    const incident = alarm('orders-consumer-lag', {
      namespace: 'Custom',
      metric: 'ConsumerLag',
      dimensions: { Topic: 'orders' },
      description: 'Consumer lag on orders'
    })
    const d = run(incident, [lag, ...others])
    expect(d.facts.text[0]?.match.runbook.id).toBe('drain-consumer-lag')
    expect(d.facts.text[0]?.verdict.kind).toBe('rejects')
    expect(named(d)).not.toContain('drain-consumer-lag')
    expectNotes(d, /`drain-consumer-lag` reads close, but .*ConsumerGroup/)
  })
})

describe('rules that tie', () => {
  const queueRule: MatchRule = { source: 'aws.cloudwatch', alarmName: 'queue-*' }
  const lag = entry('drain-consumer-lag', [queueRule], {
    title: 'Add consumers to a lagging queue',
    description: 'Adds consumers when the queue backlog or consumer lag grows.'
  })
  const purge = entry('purge-poison-messages', [queueRule], {
    title: 'Move poison messages aside',
    description: 'Moves messages that fail every retry to the dead-letter queue.'
  })

  it('are settled by the text when it clearly favours one', () => {
    const incident = alarm('queue-orders', {
      namespace: 'Custom',
      metric: 'Depth',
      dimensions: {},
      description: 'orders consumers falling behind, backlog growing'
    })
    for (const catalog of [
      [lag, purge],
      [purge, lag]
    ]) {
      const d = run(incident, catalog)
      expect(d.runbook?.id).toBe('drain-consumer-lag')
      expect(d.runbook?.why).toMatch(/match equally well/)
      expect(d.runbook?.why).toMatch(/ahead of the next$/)
      // No surer than the rule alone, and less sure than a clear rule match.
      expect(d.runbook?.confidence).toBeLessThanOrEqual(
        run(incident, [lag]).runbook?.confidence ?? 0
      )
      expect(d.alternatives.map((a) => a.id).sort()).toEqual([
        'drain-consumer-lag',
        'purge-poison-messages'
      ])
      expect(d.notes).toEqual([])
    }
  })

  it('need a person when the text does not clearly favour one', () => {
    const twin = (id: string) =>
      entry(id, [queueRule], { title: 'Queue runbook', description: 'Handles the queue.' })
    const incident = alarm('queue-orders', {
      namespace: 'Custom',
      metric: 'Depth',
      dimensions: {},
      description: 'orders queue'
    })
    const d = run(incident, [twin('b-queue'), twin('a-queue')])
    expect(d.runbook).toBeUndefined()
    expect(d.alternatives.map((a) => a.id)).toEqual(['a-queue', 'b-queue'])
    expectNotes(
      d,
      /^No runbook proposed: `a-queue` and `b-queue` match equally well/,
      /a person must choose/,
      /`priority`/,
      /\/retriage/
    )
    // An incident sharing no word with either: the same.
    const bare = run(alarm('queue-zz', { namespace: 'Custom', metric: 'Zz', dimensions: {} }), [
      twin('b-queue'),
      twin('a-queue')
    ])
    expect(bare.runbook).toBeUndefined()
    expectNotes(bare, /a person must choose/)
  })

  it('are not settled by one incidental word in common', () => {
    // The incident's only word the catalog knows is `instance` (from the InstanceId dimension's
    // name), and only one of the tied runbooks says it.
    const rule: MatchRule = { source: 'aws.cloudwatch', alarmName: 'q-*' }
    const first = entry('drain-consumer-lag', [rule], {
      title: 'Add consumers to a lagging queue',
      description: 'Adds consumers when the queue backlog or consumer lag grows.'
    })
    const second = entry('purge-poison-messages', [rule], {
      title: 'Move poison messages aside',
      description: 'Moves messages that fail every retry aside, on the instance.'
    })
    const bare = alarm('q-7', {
      namespace: 'Custom',
      metric: 'Zz',
      dimensions: { InstanceId: 'i-0abc' }
    })
    const [only, ...none] = TriageIndex.build([first, second]).text.rank(incidentQuery(bare))
    expect(only?.terms).toEqual(['instance'])
    expect(none).toEqual([])
    const d = run(bare, [first, second])
    expect(d.runbook).toBeUndefined()
    expectNotes(d, /a person must choose/)
  })

  it('are settled by the text only from the margin floor up', () => {
    const incident = alarm('queue-orders', {
      namespace: 'Custom',
      metric: 'Depth',
      dimensions: {},
      description: 'orders consumers falling behind, backlog growing'
    })
    const index = TriageIndex.build([lag, purge])
    const [first, second] = index.text.rank(
      {
        text: [
          'queue-orders',
          'orders consumers falling behind, backlog growing',
          'Custom',
          'Depth'
        ]
      },
      2
    )
    const margin = first && second ? (first.score - second.score) / first.score : 1
    expect(margin).toBeGreaterThanOrEqual(TIE_MARGIN_FLOOR)
    expect(decide({ incident, index }).runbook?.id).toBe(first?.runbook.id)
  })

  it('are settled by the hint, then by history, before the text', () => {
    const incident = alarm('queue-orders', {
      namespace: 'Custom',
      metric: 'Depth',
      dimensions: {},
      description: 'orders consumers falling behind, backlog growing'
    })
    const history = { runbook: 'purge-poison-messages', why: 'it resolved the same alarm in #4' }
    const byHint = run(incident, [lag, purge], { hint: 'purge-poison-messages' })
    expect(byHint.runbook?.id).toBe('purge-poison-messages')
    expect(byHint.runbook?.why).toMatch(/runbook hint$/)
    const byHistory = run(incident, [lag, purge], { history })
    expect(byHistory.runbook?.id).toBe('purge-poison-messages')
    expect(byHistory.runbook?.why).toMatch(/because it resolved the same alarm in #4$/)
    const both = run(incident, [lag, purge], {
      hint: 'drain-consumer-lag',
      history
    })
    expect(both.runbook?.id).toBe('drain-consumer-lag')
  })

  it('are not ties when priority or specificity differs', () => {
    const incident = alarm('queue-orders', { namespace: 'Custom', metric: 'Depth', dimensions: {} })
    const urgent = entry('urgent', [queueRule], { priority: 5 })
    const specific = entry('specific', [{ ...queueRule, metric: { name: 'Depth' } }])
    expect(run(incident, [lag, purge, urgent]).runbook?.id).toBe('urgent')
    expect(run(incident, [lag, purge, urgent, specific]).runbook?.id).toBe('specific')
  })
})

describe('the text, when no rule fits', () => {
  const silentRule = (id: string): MatchRule[] => [
    { source: 'aws.cloudwatch', alarmName: `${id}-*` }
  ]
  const small = [
    entry('drain-consumer-lag', silentRule('lag'), {
      title: 'Add consumers to a lagging queue',
      description: 'Adds consumers when the queue backlog or consumer lag grows.'
    }),
    entry('restart-leaking-worker', silentRule('mem'), {
      title: 'Restart a worker leaking memory',
      description: 'Restarts the worker process whose memory keeps growing.'
    }),
    entry('recycle-worker-pool', silentRule('pool'), {
      title: 'Recycle the worker pool',
      description: 'Replaces every worker process in the pool, one at a time.'
    }),
    entry('renew-certificate', silentRule('cert'), {
      title: 'Renew an expiring certificate',
      description: 'Renews the certificate before expiry, then reloads the certificate.'
    }),
    entry('alpha-task', silentRule('alpha'), { description: 'Handles the alpha job.' }),
    entry('bravo-task', silentRule('bravo'), { description: 'Handles the bravo feed.' }),
    entry('charlie-task', silentRule('charlie'), { description: 'Handles the charlie store.' })
  ]
  const described = (description: string) =>
    alarm('zz-incident', { namespace: 'Custom', metric: 'Zz', dimensions: {}, description })

  /** Coverage of the best runbook the rules do not reject, and its margin over the next. */
  function measure(incident: Incident, catalog = small) {
    const open = textRanking(incident, TriageIndex.build(catalog)).filter(
      (t) => t.verdict.kind !== 'rejects'
    )
    const [best, next] = open.map((t) => t.match)
    const margin = best ? (best.score - (next?.score ?? 0)) / best.score : 0
    const floor = TEXT_MIN_EVIDENCE * TriageIndex.build(catalog).text.rareIdf()
    return { best, coverage: best?.coverage ?? 0, margin, enough: (best?.evidence ?? 0) >= floor }
  }

  const cases = {
    clear: 'orders consumers falling behind, backlog growing',
    memory: 'worker leaking memory',
    close: 'worker process',
    spread: 'certificate job feed store',
    single:
      'orders pipeline stalled: upstream partner feed late, consumers idle, checksum mismatch in batch manifest'
  }

  it('has cases on each side of both floors', () => {
    const m = Object.fromEntries(
      Object.entries(cases).map(([k, text]) => [k, measure(described(text))])
    )
    expect(m.clear?.coverage).toBeGreaterThanOrEqual(TEXT_COVERAGE_FLOOR)
    expect(m.clear?.margin).toBeGreaterThanOrEqual(TEXT_MARGIN_FLOOR)
    // Close: enough coverage, no margin.
    expect(m.close?.coverage).toBeGreaterThanOrEqual(TEXT_COVERAGE_FLOOR)
    expect(m.close?.margin).toBeLessThan(TEXT_MARGIN_FLOOR)
    // Spread: a clear leader that explains too little.
    expect(m.spread?.coverage).toBeLessThan(TEXT_COVERAGE_FLOOR)
    expect(m.spread?.margin).toBeGreaterThanOrEqual(TEXT_MARGIN_FLOOR)
    // Single: clear and covering, on one word in common.
    expect(m.single?.coverage).toBeGreaterThanOrEqual(TEXT_COVERAGE_FLOOR)
    expect(m.single?.margin).toBeGreaterThanOrEqual(TEXT_MARGIN_FLOOR)
    expect(m.single?.best?.words).toBeLessThan(TEXT_MIN_TERMS)
  })

  it.each(Object.entries(cases))(
    'proposes only with coverage, margin and more than one word in common (%s)',
    (_name, text) => {
      const incident = described(text)
      const { best, coverage, margin, enough } = measure(incident)
      const d = run(incident, small)
      const shared = best?.words ?? 0
      const expected =
        coverage >= TEXT_COVERAGE_FLOOR &&
        margin >= TEXT_MARGIN_FLOOR &&
        shared >= TEXT_MIN_TERMS &&
        enough
      expect(d.runbook?.id).toBe(expected ? best?.runbook.id : undefined)
      if (expected) {
        expect(d.runbook?.confidence).toBeCloseTo(textConfidence(coverage, margin), 12)
        expect(d.runbook?.why).toMatch(/^no match rule fits, but its text shares `/)
        expect(d.notes).toEqual([])
      } else {
        expect(d.notes).toHaveLength(1)
        expectNotes(
          d,
          /^No runbook proposed: no match rule in the catalog covers Custom Zz/,
          shared < TEXT_MIN_TERMS
            ? new RegExp(
                `shares only .*a proposal needs ${TEXT_MIN_TERMS} of the incident's words in common`
              )
            : !enough
              ? /shares only .*names and common words, too little to go on/
              : coverage < TEXT_COVERAGE_FLOOR
                ? /shares only .*a proposal needs \d+ %/
                : /are about as close by text/,
          /add a match rule for it .*then `\/retriage`\.$/
        )
        expect(d.notes[0]).toContain(`\`${best?.runbook.id ?? '?'}\``)
      }
      // Alternatives: the runbooks the text ranks, best first, none of them surer than text allows.
      for (const a of d.alternatives) expect(a.confidence).toBeLessThanOrEqual(TEXT_CONFIDENCE_CAP)
      expect(d.alternatives[0]?.id).toBe(best?.runbook.id)
    }
  )

  it('counts a word and the synonyms it brings as one word in common', () => {
    // `slow` brings `latency`: one word the incident wrote, two terms the runbook holds.
    const cache = entry('warm-cache', silentRule('cache'), {
      title: 'Warm the cache when latency rises',
      description: 'Preloads the cache when first requests are slow.'
    })
    const incident = described('quarterly billing export slow to generate')
    const { best } = measure(incident, [cache, ...small])
    expect(best?.runbook.id).toBe('warm-cache')
    expect(best?.terms).toHaveLength(2)
    expect(run(incident, [cache, ...small]).runbook).toBeUndefined()
  })

  it('says so when no runbook shares a word', () => {
    const d = run(described('zzq xqv'), small)
    expect(d.runbook).toBeUndefined()
    expect(d.alternatives).toEqual([])
    expectNotes(d, /no runbook shares its words/, /\/retriage/)
  })
})

describe('textConfidence', () => {
  it('rises with coverage and margin, never exceeds the cap, and is about 0.2 at the floors', () => {
    const grid = [0, 0.1, 0.3, 0.5, 0.9, 1]
    for (const c of grid)
      for (const m of grid) {
        const x = textConfidence(c, m)
        expect(x).toBeGreaterThanOrEqual(0)
        expect(x).toBeLessThanOrEqual(TEXT_CONFIDENCE_CAP)
        expect(textConfidence(Math.min(1, c + 0.1), m)).toBeGreaterThanOrEqual(x)
        expect(textConfidence(c, Math.min(1, m + 0.1))).toBeGreaterThanOrEqual(x)
      }
    expect(textConfidence(1, 1)).toBeCloseTo(TEXT_CONFIDENCE_CAP, 12)
    expect(textConfidence(2, 3)).toBeCloseTo(TEXT_CONFIDENCE_CAP, 12)
    expect(textConfidence(TEXT_COVERAGE_FLOOR, TEXT_MARGIN_FLOOR)).toBeGreaterThan(0.18)
    expect(textConfidence(TEXT_COVERAGE_FLOOR, TEXT_MARGIN_FLOOR)).toBeLessThan(0.25)
  })

  it('keeps every text proposal below every rule proposal', () => {
    const rule = run(alarm('web-1-disk'), starter).runbook?.confidence ?? 0
    expect(textConfidence(1, 1)).toBeLessThan(rule)
  })
})

describe('a runbook\'s "Do not use it …" clauses', () => {
  const silent = (id: string): MatchRule[] => [{ source: 'aws.cloudwatch', alarmName: `${id}-*` }]
  const RENEW_TEXT = {
    title: 'Renew an expiring certificate',
    description:
      'Renews the certificate before expiry, then reloads the certificate. Do not use it for a revoked certificate (revocation needs a new key pair), or when the domain validation failed (use fix-domain-validation).'
  }
  const CLAUSE = 'when the domain validation failed (use fix-domain-validation)'
  const renew = entry('renew-certificate', silent('cert'), RENEW_TEXT)
  /** The same runbook without its exclusions. */
  const renewUnguarded = entry('renew-certificate', silent('cert'), {
    title: RENEW_TEXT.title,
    description: 'Renews the certificate before expiry, then reloads the certificate.'
  })
  const reload = entry('reload-web-server', silent('web'), {
    title: 'Reload the web server',
    description: 'Reloads nginx when its certificate or configuration changed on disk.'
  })
  const others = ['alpha', 'bravo', 'charlie', 'delta'].map((w) =>
    entry(`${w}-task`, silent(w), { description: `Handles the ${w} job.` })
  )
  const catalog = [renew, reload, ...others]
  const described = (description: string) =>
    alarm('zz-incident', { namespace: 'Custom', metric: 'Zz', dimensions: {}, description })
  const EXPIRING = 'nginx web certificate expiring, renew it'

  it('keep a text match off an incident that says two words of one clause, and say which', () => {
    expect(run(described(EXPIRING), catalog).runbook?.id).toBe('renew-certificate')
    const d = run(described(`${EXPIRING}: domain validation failed`), catalog)
    expect(named(d)).not.toContain('renew-certificate')
    expectNotes(
      d,
      /^No runbook proposed: /,
      new RegExp(
        `\`renew-certificate\` reads close, but its description says not to use it ${CLAUSE.replace(/[()]/g, '\\$&')} \\(the incident says \`domain\`, \`validation\`, \`failed\`\\)`
      )
    )
    // In the facts, marked, for the model to see.
    expect(d.facts.text.find((t) => t.match.runbook.id === 'renew-certificate')?.excluded).toEqual({
      clause: CLAUSE,
      terms: ['domain', 'validation', 'failed']
    })
  })

  it('are not moved by one word of a clause', () => {
    const d = run(described(`${EXPIRING}: domain unknown`), catalog)
    expect(d.runbook?.id).toBe('renew-certificate')
    expect(d.facts.text.find((t) => t.match.runbook.id === 'renew-certificate')?.excluded).toBe(
      undefined
    )
  })

  it('cannot be used to force the next runbook: the excluded one scores higher and holds it back', () => {
    // An incident about renewal that also says the clause's words, to push the text off
    // renew-certificate and onto reload-web-server.
    const incident = described(`${EXPIRING}: domain validation failed`)
    const ranking = textRanking(incident, TriageIndex.build(catalog))
    const [first, second] = ranking
    expect(first?.match.runbook.id).toBe('renew-certificate')
    expect(first?.excluded).toBeDefined()
    expect(second?.match.runbook.id).toBe('reload-web-server')
    expect(second?.excluded).toBeUndefined()
    // reload-web-server would be proposed on its own: enough coverage, words and evidence…
    const floor = TEXT_MIN_EVIDENCE * TriageIndex.build(catalog).text.rareIdf()
    expect(second?.match.coverage).toBeGreaterThanOrEqual(TEXT_COVERAGE_FLOOR)
    expect(second?.match.words).toBeGreaterThanOrEqual(TEXT_MIN_TERMS)
    expect(second?.match.evidence).toBeGreaterThanOrEqual(floor)
    expect(run(incident, [reload, ...others]).runbook?.id).toBe('reload-web-server')
    // …but the excluded runbook reads closer, so the incident is about its topic: nothing.
    const d = run(incident, catalog)
    expect(d.runbook).toBeUndefined()
    expect(named(d)).not.toContain('renew-certificate')
    expectNotes(d, /`renew-certificate` reads close, but its description says not to use it/)
    // Without its exclusions the same catalog proposes renew-certificate: the clause only
    // removed it.
    expect(run(incident, [renewUnguarded, reload, ...others]).runbook?.id).toBe('renew-certificate')
  })

  it('leave the best open runbook proposed when the excluded one scores lower', () => {
    const plain = described('certificate expiring on the web server')
    const saying = described('certificate expiring on the web server: domain validation failed')
    expect(run(plain, catalog).runbook?.id).toBe('reload-web-server')
    const d = run(saying, catalog)
    expect(d.runbook?.id).toBe('reload-web-server')
    expect(named(d)).not.toContain('renew-certificate')
  })

  it('count a word and the synonym it brings as one word of a clause', () => {
    // `OOM` brings `memory`: one word written, two terms of the clause.
    const crash = entry('restart-crashed-container', silent('crash'), {
      title: 'Restart a crashed container',
      description:
        'Restarts a container that keeps crashing and restarting. Do not use it when the container was OOM-killed (raise its memory limit instead).'
    })
    const small = [crash, ...others]
    expect(run(described('checkout container crashing, restarting'), small).runbook?.id).toBe(
      'restart-crashed-container'
    )
    const d = run(described('checkout container crashing, restarting after OOM'), small)
    expect(d.runbook?.id).toBe('restart-crashed-container')
    // Two words written: excluded, and the note names the words as the incident wrote them.
    const killed = run(described('checkout container crashing, restarting, OOM killed'), small)
    expect(killed.runbook).toBeUndefined()
    expectNotes(killed, /\(the incident says `oom`, `killed`\)/i)
  })

  describe('against a match rule that fits', () => {
    const fitting = entry('renew-certificate', [{ ...ALARM_CLASS, alarmName: 'tls-*' }], RENEW_TEXT)
    const certAlarm = (description: string) =>
      alarm('tls-web', { namespace: 'Custom', metric: 'Zz', dimensions: {}, description })
    const NOTE = `\`renew-certificate\`'s match rule 1 fits, but its description says not to use it ${CLAUSE} and the incident says \`domain\`, \`validation\`, \`failed\`; it was not proposed.`

    it('take more than against a text match: what keeps a text match off leaves the rule standing', () => {
      // `validation` is a word of two other runbooks, so less rare than `domain` or `failed`.
      const validators = [
        entry('check-config', silent('cfg'), {
          description: 'Runs the validation of the configuration.'
        }),
        entry('lint-templates', silent('lint'), { description: 'Validation of the templates.' })
      ]
      const index = TriageIndex.build([fitting, ...validators, ...others])
      expect(index.text.idf('valid')).toBeLessThan(index.text.rareIdf())
      const incident = certAlarm('domain validation pending')
      const d = decide({ incident, index })
      expect(d.runbook?.id).toBe('renew-certificate')
      expect(d.runbook?.why).toMatch(/^its match rule 1 fits/)
      expect(d.notes).toEqual([])
      // The same words keep the runbook off a text match.
      const silentRenew = entry('renew-certificate', silent('cert'), RENEW_TEXT)
      const text = textRanking(incident, TriageIndex.build([silentRenew, ...validators, ...others]))
      expect(text.find((t) => t.match.runbook.id === 'renew-certificate')?.excluded).toEqual({
        clause: CLAUSE,
        terms: ['domain', 'validation']
      })
    })

    it('when the incident says enough, keep the runbook out, say which clause and words, and propose nothing', () => {
      const d = run(certAlarm('domain validation failed'), [fitting, ...others])
      expect(d.runbook).toBeUndefined()
      expect(d.alternatives).toEqual([])
      expect(d.facts.fits).toEqual([])
      expect(d.notes).toEqual([
        NOTE,
        'No runbook proposed: every runbook whose rule fits excludes this incident.'
      ])
    })

    it('are not overturned by one word and the synonym it brings', () => {
      const crash = entry('restart-crashed-container', [{ ...ALARM_CLASS, alarmName: 'crash-*' }], {
        title: 'Restart a crashed container',
        description:
          'Restarts a container that keeps crashing. Do not use it when the container was OOM-killed (raise its memory limit instead).'
      })
      const crashAlarm = (description: string) =>
        alarm('crash-checkout', { namespace: 'Custom', metric: 'Zz', dimensions: {}, description })
      // `OOM` is one word the incident wrote; `memory` is the vocabulary's, beside it.
      const d = run(crashAlarm('checkout container OOM'), [crash, ...others])
      expect(d.runbook?.id).toBe('restart-crashed-container')
      expect(d.notes).toEqual([])
    })

    it('do not hand the incident to the text, a hint or history instead', () => {
      const fix = entry('fix-domain-validation', silent('dv'), {
        title: 'Fix a failed domain validation',
        description:
          'Adds the DNS record the certificate authority asks for when domain validation failed.'
      })
      const incident = certAlarm('domain validation failed')
      // The text alone would propose it.
      const silentRenew = entry('renew-certificate', silent('cert'), RENEW_TEXT)
      expect(run(incident, [silentRenew, fix, ...others]).runbook?.id).toBe('fix-domain-validation')
      for (const extra of [
        {},
        { hint: 'fix-domain-validation' },
        { hint: 'renew-certificate' },
        { history: { runbook: 'fix-domain-validation', why: 'it resolved the same alarm in #4' } }
      ]) {
        const d = run(incident, [fitting, fix, ...others], extra)
        expect(d.runbook).toBeUndefined()
        expectNotes(d, /every runbook whose rule fits excludes this incident/)
      }
    })

    it('leave the other runbooks whose rules fit', () => {
      const anyAlarm = entry('reload-web-server', [ALARM_CLASS], {
        title: 'Reload the web server',
        description: 'Reloads nginx when its certificate or configuration changed on disk.'
      })
      const d = run(certAlarm('domain validation failed'), [fitting, anyAlarm, ...others])
      expect(d.runbook?.id).toBe('reload-web-server')
      expect(d.alternatives.map((a) => a.id)).toEqual(['reload-web-server'])
      expect(d.notes).toEqual([NOTE])
      // Without the clause's words the more specific rule wins, as before.
      expect(run(certAlarm('certificate expiring'), [fitting, anyAlarm]).runbook?.id).toBe(
        'renew-certificate'
      )
    })
  })
})

describe('the evidence a text match needs', () => {
  const silent = (id: string): MatchRule[] => [{ source: 'aws.cloudwatch', alarmName: `${id}-*` }]
  const catalog = [
    entry('restart-app-service', silent('svc'), {
      title: 'Restart an app service',
      description: 'Restarts a stuck service such as checkout or billing.'
    }),
    entry('scale-service', silent('scale'), {
      title: 'Scale out a service',
      description: 'Adds capacity to a service under load.'
    }),
    entry('rollback-service', silent('rb'), {
      title: 'Roll back a service',
      description: 'Returns a service to its previous release.'
    }),
    entry('drain-queue', silent('q'), {
      title: 'Drain a queue',
      description: 'Adds consumers to a lagging queue.'
    }),
    entry('renew-certificate', silent('cert'), {
      title: 'Renew a certificate',
      description: 'Renews the certificate before expiry.'
    }),
    entry('free-disk', silent('disk'), {
      title: 'Free disk space',
      description: 'Deletes old files on the root volume.'
    }),
    entry('alpha-task', silent('alpha'), { description: 'Handles the alpha job.' })
  ]
  const shortAlarm = (description?: string) =>
    alarm('checkout-service', {
      namespace: 'Custom',
      metric: 'Zz',
      dimensions: {},
      ...(description === undefined ? {} : { description })
    })

  it('is not met by a resource name and a common word, however much of a short alarm they cover', () => {
    const incident = shortAlarm()
    const index = TriageIndex.build(catalog)
    const [best, next] = textRanking(incident, index).map((t) => t.match)
    expect(best?.runbook.id).toBe('restart-app-service')
    // Every other floor is met…
    expect(best?.coverage).toBeGreaterThanOrEqual(TEXT_COVERAGE_FLOOR)
    expect(best?.words).toBeGreaterThanOrEqual(TEXT_MIN_TERMS)
    const margin = best && next ? (best.score - next.score) / best.score : 0
    expect(margin).toBeGreaterThanOrEqual(TEXT_MARGIN_FLOOR)
    // …but `checkout` (one runbook's example) and `service` (in three) weigh too little.
    expect(best?.evidence).toBeLessThan(TEXT_MIN_EVIDENCE * index.text.rareIdf())
    const d = decide({ incident, index })
    expect(d.runbook).toBeUndefined()
    expect(d.notes).toHaveLength(1)
    expectNotes(
      d,
      /^No runbook proposed: no match rule in the catalog covers Custom Zz; the closest by text, `restart-app-service`, shares only `checkout`, `service`: names and common words, too little to go on\./,
      /\/retriage`\.$/
    )
    expect(d.alternatives[0]?.id).toBe('restart-app-service')
  })

  it('is met once the incident says what is wrong', () => {
    const d = run(shortAlarm('checkout service stuck'), catalog)
    expect(d.runbook?.id).toBe('restart-app-service')
    expect(d.runbook?.why).toMatch(/`stuck`/)
  })
})

describe('rules that tie on a metric-math alarm', () => {
  /** An alarm on `100 * m1 / m2` over a load balancer's 5xx and request counts. */
  function ratioAlarm(description: string): Incident {
    const input = (id: string, name: string) => ({
      id,
      metricStat: {
        metric: {
          namespace: 'AWS/ApplicationELB',
          name,
          dimensions: { LoadBalancer: 'app/orders/0123456789abcdef' }
        },
        period: 300,
        stat: 'Sum'
      },
      returnData: false
    })
    return normalize({
      version: '0',
      id: 'event-orders-ratio',
      'detail-type': 'CloudWatch Alarm State Change',
      source: 'aws.cloudwatch',
      account: '111122223333',
      time: '2026-03-02T09:00:05Z',
      region: 'eu-central-1',
      resources: ['arn:aws:cloudwatch:eu-central-1:111122223333:alarm:orders-ratio'],
      detail: {
        alarmName: 'orders-ratio',
        state: {
          value: 'ALARM',
          reason: 'Threshold Crossed',
          timestamp: '2026-03-02T09:00:05.010+0000'
        },
        configuration: {
          description,
          metrics: [
            { id: 'e1', expression: '100 * m1 / m2', label: 'ratio', returnData: true },
            input('m1', 'HTTPCode_Target_5XX_Count'),
            input('m2', 'RequestCount')
          ]
        }
      }
    })
  }
  const shed = entry(
    'shed-load',
    [{ source: 'aws.cloudwatch', metric: { name: 'RequestCount' } }],
    {
      title: 'Shed load at the edge',
      description: 'Turns on the rate limiter of the orders service when traffic surges.'
    }
  )
  const rollBack = entry(
    'roll-back-release',
    [{ source: 'aws.cloudwatch', metric: { name: 'HTTPCode_Target_5XX_Count' } }],
    {
      title: 'Roll back the last release',
      description:
        'Returns the orders service to its previous release when errors follow a deployment.'
    }
  )
  const others = ['alpha', 'bravo', 'charlie', 'delta', 'echo'].map((w) =>
    entry(`${w}-task`, [{ source: 'aws.cloudwatch', alarmName: `${w}-*` }], {
      description: `Handles the ${w} job.`
    })
  )
  const catalog = [shed, rollBack, ...others]

  it("are not settled by words only the tied rules' own metric names bring", () => {
    // The main text says `orders service`, which both hold; each rule brings its metric's words
    // (`http code target 5xx`, `request`) in the weak part.
    const incident = ratioAlarm('orders service degraded')
    const index = TriageIndex.build(catalog)
    const fits = index.rules.rank(incident)
    expect(fits.map((c) => c.runbook.id).sort()).toEqual(['roll-back-release', 'shed-load'])
    const [first, second] = index.text.rank(incidentQuery(incident), 2, new Set([0, 1]))
    expect(first?.runbook.id).toBe('roll-back-release')
    // Far enough ahead, with enough words: only the evidence that tells them apart is missing.
    const margin = first && second ? (first.score - second.score) / first.score : 0
    expect(margin).toBeGreaterThanOrEqual(TIE_MARGIN_FLOOR)
    expect(first?.words).toBeGreaterThanOrEqual(TEXT_MIN_TERMS)
    const d = decide({ incident, index })
    expect(d.runbook).toBeUndefined()
    expect(d.alternatives.map((a) => a.id).sort()).toEqual(['roll-back-release', 'shed-load'])
    expectNotes(
      d,
      /^No runbook proposed: `roll-back-release` and `shed-load` match equally well and the incident's text does not clearly favour one \(closest: `roll-back-release`, \d+ % ahead\); a person must choose\./
    )
  })

  it('are settled by words of the main text that only one holds', () => {
    const d = run(
      ratioAlarm('orders service errors after the release, roll back the deployment'),
      catalog
    )
    expect(d.runbook?.id).toBe('roll-back-release')
    expect(d.runbook?.why).toMatch(/match equally well, and its text shares .*ahead of the next$/)
    expect(d.notes).toEqual([])
  })
})

describe("a runbook's `exclude` entries", () => {
  const diskAlarm = (path: string, description?: string): Incident =>
    alarm(`db-1-disk-${path.replace(/\W/g, '')}`, {
      dimensions: { InstanceId: 'i-0abc', path, device: 'nvme1n1', fstype: 'xfs' },
      ...(description === undefined ? {} : { description })
    })

  it('take out a runbook whose rule fits, with the entry and its reason in a note', () => {
    const d = run(diskAlarm('/var/lib/mysql'), starter)
    expect(named(d)).not.toContain('free-disk-space')
    expect(d.runbook).toBeUndefined()
    expectNotes(
      d,
      /^`free-disk-space`'s match rule 1 fits, but its `exclude` entry 1 applies \(it has only metrics with dimension path .*`\/var\/lib\/mysql`.*\): Nothing this runbook deletes lives on a data volume; grow the EBS volume .*; it was not proposed\.$/m
    )
    // The root volume is still its own.
    expect(run(diskAlarm('/'), starter).runbook?.id).toBe('free-disk-space')
  })

  it('are not outweighed by a hint, history or the text', () => {
    const incident = diskAlarm(
      '/data',
      'Disk full: free disk space on the host by cleaning caches and old temp files'
    )
    for (const extra of [
      { hint: 'free-disk-space' },
      { history: { runbook: 'free-disk-space', why: 'it resolved the same alarm in #4 (E21)' } }
    ]) {
      const d = run(incident, starter, extra)
      expect(named(d)).not.toContain('free-disk-space')
      expectNotes(
        d,
        /^No runbook proposed: every runbook whose rule fits excludes this incident\.$/m
      )
    }
    // No rule fits (a latency alarm), so the hint is weighed, and refused by the entry.
    const slow = alarm('kyc-latency', {
      namespace: 'AWS/ApplicationELB',
      metric: 'TargetResponseTime',
      dimensions: { TargetGroup: 'targetgroup/kyc/0abc', LoadBalancer: 'app/pay/1def' },
      description: 'KYC Fargate tasks answer slowly'
    })
    const hinted = run(slow, starter, { hint: 'restart-systemd-service' })
    expect(named(hinted)).not.toContain('restart-systemd-service')
    expectNotes(
      hinted,
      /^The dispatch context suggests `restart-systemd-service`, but its `exclude` entry 2 applies \(it says `Fargate`\): Fargate targets run no systemd unit .*; it was not proposed\.$/m
    )
    const text = hinted.facts.text.find((t) => t.match.runbook.id === 'restart-systemd-service')
    expect(text?.verdict.kind).toBe('excludes')
  })

  it('read the words the incident says, not the words that name the runbook', () => {
    // A Fargate service's target group: the starter's systemd restart fits its metric, and its
    // exclude entry reads "Fargate" in the description.
    const fargate = alarm('kyc-5xx', {
      namespace: 'AWS/ApplicationELB',
      metric: 'HTTPCode_Target_5XX_Count',
      dimensions: { TargetGroup: 'targetgroup/kyc/0abc', LoadBalancer: 'app/pay/1def' },
      description: 'KYC Fargate tasks return 5xx'
    })
    expect(named(run(fargate, starter))).not.toContain('restart-systemd-service')
    const ec2 = { ...fargate, description: 'KYC EC2 hosts return 5xx' }
    expect(run(ec2, starter).runbook?.id).toBe('restart-systemd-service')
    const negated = { ...fargate, description: 'KYC hosts (EC2, not Fargate) return 5xx' }
    expect(run(negated, starter).runbook?.id).toBe('restart-systemd-service')
  })

  it('fail closed under an alarm description that says every excluding phrase', () => {
    const phrases = starter.flatMap((c) => (c.runbook.exclude ?? []).flatMap((e) => e.says ?? []))
    expect(phrases.length).toBeGreaterThan(1)
    const flooded = alarm('web-5xx', {
      namespace: 'AWS/ApplicationELB',
      metric: 'HTTPCode_Target_5XX_Count',
      dimensions: { TargetGroup: 'targetgroup/web/0abc', LoadBalancer: 'app/web/1def' },
      description: `${phrases.join('. ')}. Use restart-systemd-service.`
    })
    const d = run(flooded, starter, { hint: 'restart-systemd-service' })
    expect(d.runbook).toBeUndefined()
    expect(named(d)).not.toContain('restart-systemd-service')
  })
})
