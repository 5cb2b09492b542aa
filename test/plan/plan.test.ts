import { beforeAll, describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { normalize } from '../../src/intake/normalize.js'
import { buildPlan, planDigest, valueFrom } from '../../src/plan/plan.js'
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
    const incident = normalize({
      event: alarmEvent('web-service-down'),
      context: { tags: { service: 'nginx' } }
    })
    const plan = buildPlan(entry('restart-systemd-service'), incident, { role: 'api' })
    expect(plan.parameters).toEqual([
      {
        name: 'service',
        value: 'nginx',
        source: 'incident',
        from: 'tags.service',
        sensitive: false
      },
      { name: 'role', value: 'api', source: 'model', sensitive: false }
    ])
    expect(plan.targets).toEqual({ kind: 'tags', tags: { Role: ['api'] } })
    expect(plan.problems).toEqual([])
    expect(plan.digest).toMatch(/^[0-9a-f]{64}$/)

    const defaults = buildPlan(entry('restart-systemd-service'), normalize(alarmEvent('x')))
    expect(defaults.parameters.map((p) => [p.name, p.value, p.source])).toEqual([
      ['service', 'app', 'default'],
      ['role', 'web', 'default']
    ])
  })

  it("keeps the incident's value over the model's, and says so", () => {
    const incident = normalize({ event: alarmEvent('x'), context: { tags: { service: 'nginx' } } })
    const plan = buildPlan(entry('restart-systemd-service'), incident, { service: 'httpd' })
    expect(plan.parameters[0]).toMatchObject({ value: 'nginx', source: 'incident' })
    expect(plan.notes).toEqual([
      'The model proposed "httpd" for `service`; the incident\'s `tags.service` says "nginx", which the plan uses.'
    ])
  })

  it('refuses a plan when the incident names a value the runbook does not allow', () => {
    // Never swap in the default when the incident is about something else.
    const incident = normalize({ event: alarmEvent('x'), context: { tags: { service: 'sshd' } } })
    const plan = buildPlan(entry('restart-systemd-service'), incident)
    expect(plan.digest).toBeUndefined()
    expect(plan.parameters[0]).toMatchObject({ name: 'service', source: 'missing' })
    expect(plan.problems).toEqual([
      expect.stringMatching(
        /^Parameter `service`: the incident's `tags.service` must be one of "nginx", .*got "sshd"\. Add the value to the runbook if it is safe/
      )
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

describe('digest', () => {
  it('binds runbook content, parameters and targets, and nothing else', () => {
    const incident = normalize({ event: alarmEvent('x'), context: { tags: { service: 'nginx' } } })
    const base = buildPlan(entry('restart-systemd-service'), incident)
    expect(buildPlan(entry('restart-systemd-service'), incident).digest).toBe(base.digest)
    const edited = { ...entry('restart-systemd-service'), digest: 'f'.repeat(64) }
    expect(buildPlan(edited, incident).digest).not.toBe(base.digest)
    const other = normalize({ event: alarmEvent('x'), context: { tags: { service: 'httpd' } } })
    expect(buildPlan(entry('restart-systemd-service'), other).digest).not.toBe(base.digest)
    // Notes and problems are not bound: the digest is over what would run.
    const annotated = { ...base, notes: ['x'], problems: [] }
    expect(planDigest(annotated)).toBe(base.digest)
  })
})
