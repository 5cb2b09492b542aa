import { beforeAll, describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { normalize } from '../../src/intake/normalize.js'
import { bindInstances, buildPlan, planDigest, valueFrom, type Plan } from '../../src/plan/plan.js'
import type { CatalogRunbook } from '../../src/triage/types.js'
import { starterCatalog } from '../helpers/catalog.js'
import { alarmEvent } from '../helpers/events.js'

let catalog: CatalogRunbook[]
const entry = (id: string): CatalogRunbook => {
  const found = catalog.find((c) => c.runbook.id === id)
  if (!found) throw new Error(`no runbook ${id}`)
  return found
}
const example = (path: string): unknown =>
  JSON.parse(readFileSync(`runbooks/examples/${path}`, 'utf8')) as unknown

beforeAll(async () => {
  catalog = await starterCatalog()
})

describe('parameters', () => {
  it('takes values from the incident first, then the model, then the default', () => {
    // `increment` chooses nothing: the model may propose it, and the default fills in.
    const event = alarmEvent('asg-cpu', { dimensions: { AutoScalingGroupName: 'web-asg' } })
    const scale = entry('scale-out-autoscaling-group')
    const proposed = buildPlan(scale, normalize(event), { increment: 3 })
    expect(proposed.parameters).toEqual([
      {
        name: 'autoScalingGroupName',
        value: 'web-asg',
        source: 'incident',
        from: 'dimensions.AutoScalingGroupName',
        sensitive: false
      },
      { name: 'increment', value: 3, source: 'model', sensitive: false }
    ])
    expect(buildPlan(scale, normalize(event)).parameters[1]).toEqual({
      name: 'increment',
      value: 1,
      source: 'default',
      sensitive: false
    })
  })

  it('never takes what to act on from the model or a default, unless the runbook says the default is safe', () => {
    // An alarm nobody tagged: which unit to restart and which fleet are unknown.
    const incident = normalize(alarmEvent('web-service-down'))
    const restart = entry('restart-systemd-service')
    const plan = buildPlan(restart, incident, { service: 'nginx', role: 'web' })
    expect(plan.parameters).toEqual([
      { name: 'service', source: 'missing', from: 'tags.service', sensitive: false },
      { name: 'role', source: 'missing', from: 'tags.role', sensitive: false }
    ])
    expect(plan.digest).toBeUndefined()
    expect(plan.problems).toEqual([
      'Parameter `service` chooses what the runbook acts on and has no value: the incident has no `tags.service` (tag the alarm or the resource it watches with `service`; OpsLoop reads both); or set it on this issue with `/set service=…`.',
      'Parameter `role` chooses what the runbook acts on and has no value: the incident has no `tags.role` (tag the alarm or the resource it watches with `role`; OpsLoop reads both); or set it on this issue with `/set role=…`.',
      'Target tag `Role` refers to a parameter that has no value.'
    ])
    expect(plan.notes).toEqual([
      'The model proposed "nginx" for `service`, which chooses what the runbook acts on; the plan takes that only from the incident or from a person\'s `/set`.',
      'The model proposed "web" for `role`, which chooses what the runbook acts on; the plan takes that only from the incident or from a person\'s `/set`.'
    ])

    // A default on a selecting parameter counts only when the runbook marks it safe.
    const withDefaults = (defaultIsSafe: boolean): CatalogRunbook => ({
      ...restart,
      runbook: {
        ...restart.runbook,
        parameters: {
          service: {
            ...restart.runbook.parameters?.service,
            type: 'string',
            description: 'unit',
            default: 'nginx',
            defaultIsSafe
          },
          role: {
            ...restart.runbook.parameters?.role,
            type: 'string',
            description: 'fleet',
            default: 'web',
            defaultIsSafe
          }
        }
      }
    })
    const unsafe = buildPlan(withDefaults(false), incident)
    expect(unsafe.parameters.map((p) => p.source)).toEqual(['missing', 'missing'])
    expect(unsafe.problems[0]).toMatch(
      /Its default "nginx" is not used for that unless the runbook marks it `defaultIsSafe`\.$/
    )
    const safe = buildPlan(withDefaults(true), incident)
    expect(safe.parameters.map((p) => [p.value, p.source])).toEqual([
      ['nginx', 'default'],
      ['web', 'default']
    ])
  })

  it("takes a person's `/set` before every other source, within the runbook's constraints", () => {
    const incident = normalize({
      event: alarmEvent('web-service-down'),
      context: { tags: { service: 'nginx' } }
    })
    const restart = entry('restart-systemd-service')
    const settings = {
      service: { value: 'httpd', by: 'alice' },
      role: { value: 'checkout-web', by: 'bob' }
    }
    const plan = buildPlan(restart, incident, {}, { proposedAt: 'now', settings })
    expect(plan.parameters).toEqual([
      {
        name: 'service',
        value: 'httpd',
        source: 'person',
        setBy: 'alice',
        from: 'tags.service',
        sensitive: false
      },
      {
        name: 'role',
        value: 'checkout-web',
        source: 'person',
        setBy: 'bob',
        from: 'tags.role',
        sensitive: false
      }
    ])
    expect(plan.targets).toEqual({ kind: 'tags', tags: { Role: ['checkout-web'] }, ids: [] })
    // A value the runbook no longer allows (it changed since the `/set`) is refused.
    const stale = buildPlan(
      restart,
      incident,
      {},
      {
        proposedAt: 'now',
        settings: { ...settings, service: { value: 'sshd', by: 'alice' } }
      }
    )
    expect(stale.parameters[0]).toMatchObject({ name: 'service', source: 'missing' })
    expect(stale.problems[0]).toMatch(
      /^Parameter `service`: the value @alice set must be one of .*; set another with `\/set service=…`\.$/
    )
  })

  it("keeps the incident's value over the model's, and says so", () => {
    const incident = normalize({
      event: alarmEvent('x'),
      context: { tags: { service: 'nginx', role: 'web' } }
    })
    const plan = buildPlan(entry('restart-systemd-service'), incident, { service: 'httpd' })
    expect(plan.parameters[0]).toMatchObject({ value: 'nginx', source: 'incident' })
    expect(plan.notes).toEqual([
      'The model proposed "httpd" for `service`; the incident\'s `tags.service` says "nginx", which the plan uses.'
    ])
  })

  it('refuses a plan when the incident names a value the runbook does not allow', () => {
    // Never swap in the default when the incident is about something else.
    const incident = normalize({
      event: alarmEvent('x'),
      context: { tags: { service: 'sshd', role: 'web' } }
    })
    const plan = buildPlan(entry('restart-systemd-service'), incident)
    expect(plan.digest).toBeUndefined()
    expect(plan.parameters[0]).toMatchObject({ name: 'service', source: 'missing' })
    expect(plan.problems).toEqual([
      expect.stringMatching(
        /^Parameter `service`: the incident's `tags.service` must be one of "nginx", .*got "sshd"\. Add the value to the runbook if it is safe/
      ),
      'Target instances were not resolved yet.'
    ])
  })

  it('reads every kind of `from:` path', () => {
    const incident = normalize({
      event: alarmEvent('disk-full', { dimensions: { InstanceId: 'i-0abc', path: '/' } }),
      context: { tags: { team: 'web' }, ticket: 42 }
    })
    expect(valueFrom(incident, 'dimensions.path')).toBe('/')
    expect(valueFrom(incident, 'tags.team')).toBe('web')
    expect(valueFrom(incident, 'context.ticket')).toBe('42')
    expect(valueFrom(incident, 'alarmName')).toBe('disk-full')
    expect(valueFrom(incident, 'region')).toBe('us-east-1')
    expect(valueFrom(incident, 'account')).toBe('111122223333')
    expect(valueFrom(incident, 'resourceId')).toBe('disk-full')
    expect(valueFrom(incident, 'tags.missing')).toBeUndefined()
  })
})

describe('targets', () => {
  it('resolves instance ids from a metric dimension, and refuses more than `max`', () => {
    const incident = normalize(example('free-disk-space/root-volume-xfs.json'))
    const plan = buildPlan(entry('free-disk-space'), incident)
    expect(plan.targets).toMatchObject({ kind: 'instances', ids: [expect.stringMatching(/^i-/)] })

    const wide = structuredClone(incident)
    wide.metrics = Array.from({ length: 3 }, (_, i) => ({
      dimensions: { InstanceId: `i-000${i}` }
    }))
    const many = buildPlan(
      {
        ...entry('free-disk-space'),
        runbook: {
          ...entry('free-disk-space').runbook,
          targets: { from: 'dimension', dimension: 'InstanceId', max: 2 }
        }
      },
      wide
    )
    expect(many.problems).toContain(
      '3 targets resolved; the runbook allows at most 2 (`targets.max`).'
    )
    expect(many.digest).toBeUndefined()
  })

  it('resolves resources by pattern, and says when none fits', () => {
    const incident = normalize(example('ecs-rollback-service/deployment-failed-full-arns.json'))
    const plan = buildPlan(entry('ecs-rollback-service'), incident)
    expect(plan.targets).toMatchObject({
      kind: 'resources',
      arns: [expect.stringMatching(/^arn:aws:ecs:/)]
    })
    const none = buildPlan(entry('ecs-rollback-service'), normalize(alarmEvent('x')))
    expect(none.problems.join('\n')).toMatch(/No resource of the incident fits/)
  })
})

describe('tag targets', () => {
  const tagged = (): Plan =>
    buildPlan(
      entry('restart-systemd-service'),
      normalize({ event: alarmEvent('x'), context: { tags: { service: 'nginx', role: 'web' } } })
    )
  it('refuses none, more than `max`, and a failed lookup, each with what to do', () => {
    const none = bindInstances(tagged(), 5, { ok: true, instances: [] })
    expect(none.problems).toEqual([
      'No managed instance is tagged `Role=web`: there is nothing to run on.'
    ])
    const ids = Array.from({ length: 6 }, (_, i) => ({ id: `i-0${i}`, online: true }))
    const many = bindInstances(tagged(), 5, { ok: true, instances: ids })
    expect(many.digest).toBeUndefined()
    expect(many.targets).toMatchObject({ ids: [] })
    expect(many.problems.join('\n')).toMatch(
      /6 instances are tagged `Role=web`; the runbook allows at most 5/
    )
    const failed = bindInstances(tagged(), 5, { ok: false, reason: 'AccessDenied' })
    expect(failed.digest).toBeUndefined()
    expect(failed.problems.join('\n')).toMatch(
      /not resolved: AccessDenied.*ssm:DescribeInstanceInformation/
    )
  })
})

describe('digest', () => {
  const bound = (
    incident = normalize({
      event: alarmEvent('x'),
      context: { tags: { service: 'nginx', role: 'web' } }
    }),
    e = entry('restart-systemd-service'),
    requestedBy?: string
  ): Plan =>
    bindInstances(
      buildPlan(
        e,
        incident,
        {},
        { proposedAt: '2026-01-01T00:00:00Z', ...(requestedBy ? { requestedBy } : {}) }
      ),
      10,
      { ok: true, instances: [{ id: 'i-01', online: true }] }
    )
  it('binds runbook content, parameters, concrete targets, the incident and the requester', () => {
    const base = bound()
    expect(base.digest).toMatch(/^[0-9a-f]{64}$/)
    expect(bound().digest).toBe(base.digest)
    const edited = { ...entry('restart-systemd-service'), digest: 'f'.repeat(64) }
    expect(bound(undefined, edited).digest).not.toBe(base.digest)
    const other = normalize({
      event: alarmEvent('x'),
      context: { tags: { service: 'httpd', role: 'web' } }
    })
    expect(bound(other).digest).not.toBe(base.digest)
    const otherAlarm = normalize({
      event: alarmEvent('y'),
      context: { tags: { service: 'nginx', role: 'web' } }
    })
    expect(bound(otherAlarm).digest).not.toBe(base.digest)
    expect(bound(undefined, undefined, 'alice').digest).not.toBe(base.digest)
    const otherTargets = {
      ...base,
      targets: { kind: 'tags' as const, tags: { Role: ['web'] }, ids: ['i-02'] }
    }
    expect(planDigest(otherTargets)).not.toBe(base.digest)
    // Notes, problems and the display time are not bound: the digest is over what decides the run.
    const annotated = { ...base, notes: ['x'], problems: [], proposedAt: 'later' }
    expect(planDigest(annotated)).toBe(base.digest)
  })
})

describe("a runbook's exclude entries", () => {
  it('stop a plan made for an incident the runbook excludes, with the entry and why', () => {
    // Triage never proposes it; this is the plan made again later, e.g. after `/set` once a pull
    // request added the entry.
    const disk = (path: string) =>
      normalize(
        alarmEvent('db-1-disk', {
          dimensions: { InstanceId: 'i-0abc', path, device: 'nvme1n1', fstype: 'xfs' }
        })
      )
    const data = buildPlan(entry('free-disk-space'), disk('/data'))
    expect(data.problems).toContainEqual(
      expect.stringMatching(
        /^The runbook excludes this incident: its `exclude` entry 1 applies \(it has only metrics with dimension path .*\): Nothing this runbook deletes lives on a data volume; .*\. It cannot run for it\.$/
      )
    )
    const root = buildPlan(entry('free-disk-space'), disk('/'))
    expect(root.problems.join(' ')).not.toMatch(/excludes this incident/)
  })
})
