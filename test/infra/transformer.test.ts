// What the bridge sends GitHub: each rule's input transformer applied, with EventBridge's
// semantics, to real AWS sample events (../shared, when present), the project's fixtures and the
// runbooks' example incidents. Every body must be a dispatch GitHub accepts (JSON, the event type,
// at most 10 client_payload keys, at most 64 KB) that OpsLoop's intake reads without a problem;
// and every rule's event pattern must select the events it is for and no others.
import { describe, expect, it } from '@jest/globals'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { DISPATCH_MAX_BYTES, DISPATCH_MAX_KEYS, readDelivery } from '../../src/intake/dispatch.js'
import { isObject, text, type Json, type JsonObject } from './cfn.js'
import { applyInputTemplate, matchesPattern } from './eventbridge.js'
import { ALL_SOURCES, PARAMETER_SETS, REQUIRED } from './params.js'
import { matching, rules, type Rule } from './bridge.js'

interface Sample {
  name: string
  event: Json
}

const readJson = (path: string): Json =>
  JSON.parse(readFileSync(path, 'utf8').replace(/^\uFEFF/, '')) as Json

/**
 * The samples as EventBridge would deliver them: the finding-only GuardDuty samples in the envelope
 * GuardDuty documents, and PutEvents request entries (Detail as a string) as the event EventBridge
 * builds from them. EventBridge only ever delivers a JSON object, so an array of entries is not
 * itself an event.
 */
function asDelivered(name: string, sample: Json): Sample[] {
  const own = isObject(sample) ? [{ name, event: sample }] : []
  if (name.startsWith('guardduty-finding-detail-') && isObject(sample))
    return [
      ...own,
      {
        name: `${name} (in its EventBridge envelope)`,
        event: {
          version: '0',
          id: `envelope-${name}`,
          'detail-type': 'GuardDuty Finding',
          source: 'aws.guardduty',
          account: sample.accountId ?? '111122223333',
          time: sample.updatedAt ?? '2026-01-01T00:00:00Z',
          region: sample.region ?? 'us-east-1',
          resources: [],
          detail: sample
        }
      }
    ]
  if (name.startsWith('putevents-entry-')) {
    const entries = Array.isArray(sample) ? sample : [sample]
    return [
      ...own,
      ...entries.filter(isObject).map((entry, i) => ({
        name: `${name} (entry ${i} as EventBridge delivers it)`,
        event: {
          version: '0',
          id: `putevents-${name}-${i}`,
          'detail-type': entry.DetailType ?? null,
          source: entry.Source ?? null,
          account: '111122223333',
          time: '2026-01-01T00:00:00Z',
          region: 'us-east-1',
          resources: entry.Resources ?? [],
          detail: JSON.parse(text(entry.Detail)) as Json
        }
      }))
    ]
  }
  return own
}

const SHARED = join(process.cwd(), '..', 'shared', 'testdata', 'aws-events')
const sharedSamples: Sample[] = existsSync(SHARED)
  ? readdirSync(SHARED)
      .filter((f) => f.endsWith('.json') && !f.startsWith('_'))
      .flatMap((f) => asDelivered(f, readJson(join(SHARED, f))))
  : []
if (sharedSamples.length === 0)
  console.info(`skipping the shared AWS samples for the bridge: ${SHARED} is absent`)
const whenShared = sharedSamples.length > 0 ? describe : describe.skip

const FIXTURES = 'test/fixtures/aws-events'
const fixtureSamples: Sample[] = readdirSync(FIXTURES)
  .filter((f) => f.endsWith('.json'))
  .flatMap((f) => asDelivered(f, readJson(join(FIXTURES, f))))

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const path = join(dir, f)
    return statSync(path).isDirectory() ? walk(path) : [path]
  })
}
const exampleSamples: Sample[] = walk('runbooks/examples')
  .filter((f) => f.endsWith('.json'))
  .flatMap((f) => {
    const json = readJson(f)
    // A dispatch payload ({event, context}) carries the event; the others are the event itself.
    if (!isObject(json)) return []
    return [{ name: f, event: 'event' in json ? (json.event ?? null) : json }]
  })

/** The dispatch body for one event, checked as GitHub and then OpsLoop's intake would. */
function deliver(rule: Rule, event: Json, eventType: string): void {
  const body = applyInputTemplate(rule.inputTemplate, event)
  const parsed = JSON.parse(body) as unknown
  expect(isObject(parsed) && Object.keys(parsed).sort()).toEqual(['client_payload', 'event_type'])
  const { event_type, client_payload } = parsed as { event_type: unknown; client_payload: unknown }
  expect(event_type).toBe(eventType)
  expect(String(event_type).length).toBeLessThanOrEqual(100)
  expect(isObject(client_payload) && Object.keys(client_payload)).toEqual(['event'])
  expect(Object.keys(client_payload as object).length).toBeLessThanOrEqual(DISPATCH_MAX_KEYS)
  // GitHub's 64 KB applies to client_payload (platform-facts; schemas/dispatch.schema.json).
  expect(Buffer.byteLength(JSON.stringify(client_payload))).toBeLessThanOrEqual(DISPATCH_MAX_BYTES)
  // GitHub delivers the repository_dispatch webhook with the event type as `action`.
  const delivery = readDelivery(
    'repository_dispatch',
    { action: event_type, client_payload },
    eventType
  )
  expect(delivery).toEqual({ kind: 'payload', payload: { event, context: {} }, problems: [] })
}

describe('the input transformer', () => {
  const all = rules(ALL_SOURCES)

  it('is the same on every rule: the whole event under client_payload.event', () => {
    expect(all.map((r) => r.id).sort()).toEqual([
      'AlarmStateRule',
      'EcsDeploymentRule',
      'EcsServiceActionRule',
      'EcsTaskStoppedRule',
      'GuardDutyRule',
      'HealthRule'
    ])
    for (const r of all)
      expect(r.inputTemplate).toBe(
        '{"event_type":"aws-incident","client_payload":{"event":<aws.events.event.json>}}'
      )
  })

  it('carries the configured event type', () => {
    const [rule] = rules({ ...REQUIRED, DispatchEventType: 'prod-incident' })
    expect(rule).toBeDefined()
    if (rule) deliver(rule, fixtureSamples[0]?.event ?? {}, 'prod-incident')
  })

  it.each(fixtureSamples.map((s) => [s.name, s] as const))(
    'turns the fixture %s into a dispatch OpsLoop reads without problems',
    (_, sample) => {
      for (const rule of all) deliver(rule, sample.event, 'aws-incident')
    }
  )

  it.each(exampleSamples.map((s) => [s.name, s] as const))(
    'turns the runbook example %s into a dispatch OpsLoop reads without problems',
    (_, sample) => {
      for (const rule of all) deliver(rule, sample.event, 'aws-incident')
    }
  )

  it('keeps event text exactly, even text that looks like a placeholder or JSON', () => {
    const event = {
      source: 'aws.cloudwatch',
      'detail-type': 'CloudWatch Alarm State Change',
      detail: {
        alarmName: 'a <aws.events.event.json> "quoted" \\ \u2028 ü',
        state: { value: 'ALARM' }
      }
    }
    for (const rule of all) deliver(rule, event, 'aws-incident')
  })

  it('leaves room for events up to 64 KB less the envelope, and intake flags larger ones', () => {
    const [rule] = all
    if (rule === undefined) throw new Error('no rule')
    const envelope = Buffer.byteLength(JSON.stringify({ event: null })) - 'null'.length
    const sized = (bytes: number): JsonObject => {
      const event = { source: 'aws.cloudwatch', detail: { pad: '' } }
      const pad = bytes - Buffer.byteLength(JSON.stringify(event))
      return { ...event, detail: { pad: 'x'.repeat(pad) } }
    }
    deliver(rule, sized(DISPATCH_MAX_BYTES - envelope), 'aws-incident')
    const tooBig = sized(DISPATCH_MAX_BYTES - envelope + 1)
    const body = JSON.parse(applyInputTemplate(rule.inputTemplate, tooBig)) as JsonObject
    const delivery = readDelivery(
      'repository_dispatch',
      { action: 'aws-incident', client_payload: body.client_payload },
      'aws-incident'
    )
    expect(delivery.kind === 'payload' && delivery.problems).toEqual([
      expect.stringMatching(/GitHub accepts at most 65536/)
    ])
  })
})

whenShared('the input transformer on the shared AWS samples', () => {
  const all = rules(ALL_SOURCES)
  it.each(sharedSamples.map((s) => [s.name, s] as const))(
    'turns %s into a dispatch OpsLoop reads without problems',
    (_, sample) => {
      for (const rule of all) deliver(rule, sample.event, 'aws-incident')
    }
  )
})

describe('the event patterns', () => {
  const all = rules(ALL_SOURCES)

  /** The rule each fixture is for; every other fixture must match no rule. */
  const FIXTURE_RULES: Record<string, string> = {
    'eb-alarm-anomaly-detection.json': 'AlarmStateRule',
    'eb-alarm-composite-suppressor.json': 'AlarmStateRule',
    'eb-alarm-metric-math.json': 'AlarmStateRule',
    'eb-alarm-single-metric.json': 'AlarmStateRule',
    'eb-ecs-deployment-failed.json': 'EcsDeploymentRule',
    'eb-ecs-service-action-placement-failure.json': 'EcsServiceActionRule',
    'eb-ecs-task-stopped.json': 'EcsTaskStoppedRule',
    'eb-guardduty-finding.json': 'GuardDutyRule',
    'eb-health-issue.json': 'HealthRule'
  }

  it.each(fixtureSamples.map((s) => [s.name, s] as const))('route the fixture %s', (name, s) => {
    const expected = FIXTURE_RULES[name]
    expect(matching(all, s.event)).toEqual(expected ? [expected] : [])
  })

  it.each(exampleSamples.map((s) => [s.name, s] as const))(
    'route the runbook example %s to the rule for its kind',
    (_, s) => {
      const e = isObject(s.event) ? s.event : {}
      const expected =
        e.source === 'aws.cloudwatch'
          ? 'AlarmStateRule'
          : e['detail-type'] === 'ECS Service Action'
            ? 'EcsServiceActionRule'
            : e['detail-type'] === 'ECS Deployment State Change'
              ? 'EcsDeploymentRule'
              : undefined
      expect(expected).toBeDefined()
      expect(matching(all, s.event)).toEqual([expected])
    }
  )

  it('select only the sources that are switched on', () => {
    expect(rules(REQUIRED).map((r) => r.id)).toEqual(['AlarmStateRule'])
    const ecs = fixtureSamples.find((s) => s.name === 'eb-ecs-deployment-failed.json')
    expect(matching(rules(REQUIRED), ecs?.event ?? null)).toEqual([])
  })

  const alarm = (name: string, state: string): JsonObject => {
    const base = fixtureSamples.find((s) => s.name === 'eb-alarm-single-metric.json')?.event
    if (!isObject(base) || !isObject(base.detail)) throw new Error('fixture missing')
    const previous = isObject(base.detail.state) ? base.detail.state : {}
    return {
      ...base,
      detail: { ...base.detail, alarmName: name, state: { ...previous, value: state } }
    }
  }

  it('forward ALARM and OK by default, INSUFFICIENT_DATA only when asked', () => {
    const [defaults] = rules(REQUIRED)
    const [withData] = rules({ ...REQUIRED, AlarmStates: 'ALARM,OK,INSUFFICIENT_DATA' })
    const [alarmOnly] = rules({ ...REQUIRED, AlarmStates: 'ALARM' })
    if (!defaults || !withData || !alarmOnly) throw new Error('no alarm rule')
    expect(matchesPattern(defaults.pattern, alarm('x', 'ALARM'))).toBe(true)
    expect(matchesPattern(defaults.pattern, alarm('x', 'OK'))).toBe(true)
    expect(matchesPattern(defaults.pattern, alarm('x', 'INSUFFICIENT_DATA'))).toBe(false)
    expect(matchesPattern(withData.pattern, alarm('x', 'INSUFFICIENT_DATA'))).toBe(true)
    expect(matchesPattern(alarmOnly.pattern, alarm('x', 'OK'))).toBe(false)
  })

  it('filter alarms by name prefix when one is given', () => {
    const [rule] = rules({ ...REQUIRED, AlarmNamePrefix: 'checkout-' })
    if (!rule) throw new Error('no alarm rule')
    expect(matchesPattern(rule.pattern, alarm('checkout-api-cpu-high', 'ALARM'))).toBe(true)
    expect(matchesPattern(rule.pattern, alarm('orders-5xx-ratio', 'ALARM'))).toBe(false)
    expect(matchesPattern(rule.pattern, alarm('prod-checkout-api', 'ALARM'))).toBe(false)
  })

  it('forward GuardDuty findings from the chosen severity up', () => {
    const finding = fixtureSamples.find((s) => s.name === 'eb-guardduty-finding.json')?.event
    const detail = isObject(finding) ? finding.detail : undefined
    if (!isObject(finding) || !isObject(detail)) throw new Error('fixture missing')
    const at = (severity: number): JsonObject => ({ ...finding, detail: { ...detail, severity } })
    const rule = (level: string): JsonObject => {
      const found = rules({ ...ALL_SOURCES, GuardDutyMinimumSeverity: level }).find(
        (r) => r.id === 'GuardDutyRule'
      )
      if (!found) throw new Error('no GuardDuty rule')
      return found.pattern
    }
    const table = [1, 3.9, 4, 6.9, 7, 8.9, 9, 10].map((s) => [
      s,
      ['LOW', 'MEDIUM', 'HIGH', 'CRITICAL'].filter((level) => matchesPattern(rule(level), at(s)))
    ])
    expect(table).toEqual([
      [1, ['LOW']],
      [3.9, ['LOW']],
      [4, ['LOW', 'MEDIUM']],
      [6.9, ['LOW', 'MEDIUM']],
      [7, ['LOW', 'MEDIUM', 'HIGH']],
      [8.9, ['LOW', 'MEDIUM', 'HIGH']],
      [9, ['LOW', 'MEDIUM', 'HIGH', 'CRITICAL']],
      [10, ['LOW', 'MEDIUM', 'HIGH', 'CRITICAL']]
    ])
  })

  it('leave ECS tasks outside services, and tasks that stopped normally, alone', () => {
    const task = fixtureSamples.find((s) => s.name === 'eb-ecs-task-stopped.json')?.event
    const detail = isObject(task) ? task.detail : undefined
    if (!isObject(task) || !isObject(detail)) throw new Error('fixture missing')
    const variant = (change: JsonObject): JsonObject => ({
      ...task,
      detail: { ...detail, ...change }
    })
    expect(matching(all, variant({}))).toEqual(['EcsTaskStoppedRule'])
    expect(matching(all, variant({ group: 'family:nightly-export' }))).toEqual([])
    expect(matching(all, variant({ stopCode: 'ServiceSchedulerInitiated' }))).toEqual([])
    expect(matching(all, variant({ stopCode: 'TaskFailedToStart' }))).toEqual([
      'EcsTaskStoppedRule'
    ])
    expect(matching(all, variant({ lastStatus: 'RUNNING' }))).toEqual([])
  })

  it('hold under every parameter set', () => {
    for (const params of Object.values(PARAMETER_SETS)) {
      const set = rules(params)
      for (const s of fixtureSamples) {
        const expected = FIXTURE_RULES[s.name]
        const got = matching(set, s.event)
        expect(got.length).toBeLessThanOrEqual(1)
        if (got.length === 1) expect(got).toEqual([expected])
      }
    }
  })
})

whenShared('the event patterns on the shared AWS samples', () => {
  const all = rules(ALL_SOURCES)
  /** The rule each sample is for (GuardDuty from HIGH); every other sample must match none. */
  const SHARED_RULES: Record<string, string> = {
    'eb-cloudwatch-alarm-state-change-anomaly-detection.json': 'AlarmStateRule',
    'eb-cloudwatch-alarm-state-change-composite-with-suppressor.json': 'AlarmStateRule',
    'eb-cloudwatch-alarm-state-change-metric-math.json': 'AlarmStateRule',
    'eb-cloudwatch-alarm-state-change-single-metric.json': 'AlarmStateRule',
    'eb-ecs-deployment-state-change-failed.json': 'EcsDeploymentRule',
    'eb-ecs-service-action-task-placement-failure.json': 'EcsServiceActionRule',
    'eb-ecs-service-action-task-start-impaired.json': 'EcsServiceActionRule',
    'eb-aws-health-ec2-instance-store-drive-performance-degraded.json': 'HealthRule'
  }

  it.each(sharedSamples.map((s) => [s.name, s] as const))('route %s', (name, s) => {
    const expected = SHARED_RULES[name]
    expect(matching(all, s.event)).toEqual(expected ? [expected] : [])
  })

  it('skip alarm configuration changes, which are not incidents', () => {
    const changes = sharedSamples.filter((s) => s.name.includes('configuration-change'))
    expect(changes).toHaveLength(2)
    for (const s of changes) expect(matching(all, s.event)).toEqual([])
  })

  it('forward the medium-severity GuardDuty samples only from MEDIUM down', () => {
    const wrapped = sharedSamples.filter((s) => s.name.endsWith('(in its EventBridge envelope)'))
    expect(wrapped).toHaveLength(3)
    const medium = rules({ ...ALL_SOURCES, GuardDutyMinimumSeverity: 'MEDIUM' })
    for (const s of wrapped) {
      expect(matching(all, s.event)).toEqual([])
      expect(matching(medium, s.event)).toEqual(['GuardDutyRule'])
    }
  })
})

describe('the pattern matcher', () => {
  // The matcher stands in for EventBridge, so its own semantics are pinned here.
  it.each([
    [{ a: ['x'] }, { a: 'x' }, true],
    [{ a: ['x'] }, { a: 'y' }, false],
    [{ a: ['x'] }, {}, false],
    [{ a: ['x'] }, { a: ['y', 'x'] }, true],
    [{ a: { b: ['x'] } }, { a: { b: 'x' } }, true],
    [{ a: { b: ['x'] } }, { a: 'x' }, false],
    [{ a: [{ prefix: 'ab' }] }, { a: 'abc' }, true],
    [{ a: [{ prefix: 'ab' }] }, { a: 'cab' }, false],
    [{ a: [{ prefix: '' }] }, { a: 'anything' }, true],
    [{ a: [{ 'anything-but': ['x'] }] }, { a: 'y' }, true],
    [{ a: [{ 'anything-but': ['x'] }] }, { a: 'x' }, false],
    [{ a: [{ numeric: ['>=', 7] }] }, { a: 7 }, true],
    [{ a: [{ numeric: ['>=', 7] }] }, { a: '7' }, false],
    [{ a: [{ numeric: ['>', 0, '<', 4] }] }, { a: 3.9 }, true],
    [{ a: [{ exists: false }] }, {}, true],
    [{ a: [{ exists: true }] }, {}, false],
    [{ $or: [{ a: ['x'] }, { b: ['y'] }] }, { b: 'y' }, true]
  ] as [JsonObject, JsonObject, boolean][])('%j on %j is %s', (pattern, event, expected) => {
    expect(matchesPattern(pattern, event)).toBe(expected)
  })
})
