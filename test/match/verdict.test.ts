// What a runbook's match rules say about an incident, as evidence for triage: a rule fits, a rule
// speaks about this kind of incident but one of its qualifiers says "not this one" (rejects), or
// no rule speaks about it (silent).
import { describe, expect, it } from '@jest/globals'
import type { Incident } from '../../src/generated/incident.js'
import type { MatchRule, Runbook } from '../../src/generated/runbook.js'
import { CatalogIndex, compileRule, isExplicit, rankRunbooks } from '../../src/match/select.js'
import { runbookVerdict } from '../../src/match/verdict.js'

const incident = (over: Partial<Incident> = {}): Incident => ({
  source: 'aws.cloudwatch',
  detailType: 'CloudWatch Alarm State Change',
  kind: 'alarm',
  title: 't',
  alarmName: 'web-1-cpu-high',
  state: 'ALARM',
  severity: 'high',
  resources: [],
  resourceTypes: ['ec2:instance'],
  metrics: [{ namespace: 'AWS/EC2', name: 'CPUUtilization', dimensions: { InstanceId: 'i-1' } }],
  tags: { team: 'web' },
  context: {},
  ...over,
  raw: over.raw ?? {}
})

const runbook = (id: string, ...match: MatchRule[]): Runbook =>
  ({ id, match }) as unknown as Runbook

const verdict = (rule: MatchRule | MatchRule[], i: Incident = incident()) =>
  runbookVerdict(runbook('r', ...(Array.isArray(rule) ? rule : [rule])), i)

const ALARM_CLASS = { source: 'aws.cloudwatch', detailType: 'CloudWatch Alarm State Change' }

// The starter scale-out rule: CPU of an Auto Scaling group.
const scaleOut: MatchRule = {
  ...ALARM_CLASS,
  metric: {
    namespace: 'AWS/EC2',
    name: 'CPUUtilization',
    dimensions: { AutoScalingGroupName: '*' }
  }
}

describe('runbookVerdict', () => {
  describe('rejects: the rule is about this kind of incident, but not this one', () => {
    it('when a required dimension is missing, naming the dimension', () => {
      const v = verdict(scaleOut)
      expect(v).toEqual({ kind: 'rejects', rule: 0, requires: [expect.any(String)] })
      const [requires] = v.kind === 'rejects' ? v.requires : []
      expect(requires).toContain('AutoScalingGroupName')
      expect(requires).toContain('CPUUtilization')
    })

    it('when a dimension has another value', () => {
      const v = verdict({
        metric: { namespace: 'AWS/EC2', name: 'CPUUtilization', dimensions: { InstanceId: 'i-9*' } }
      })
      expect(v.kind).toBe('rejects')
      expect(v.kind === 'rejects' && v.requires.join(' ')).toContain('i-9*')
    })

    it('when the alarm-name convention beside a metric subject is not followed', () => {
      const v = verdict({
        ...ALARM_CLASS,
        alarmName: 'asg-*',
        metric: { namespace: 'AWS/EC2', name: 'CPUUtilization' }
      })
      expect(v).toMatchObject({ kind: 'rejects', rule: 0 })
      expect(v.kind === 'rejects' && v.requires).toEqual([expect.stringContaining('asg-*')])
    })

    it('when a tag is missing or has another value', () => {
      const rule: MatchRule = {
        ...ALARM_CLASS,
        metric: { namespace: 'AWS/EC2', name: 'CPUUtilization' },
        tags: { service: '*' }
      }
      const missing = verdict(rule)
      expect(missing.kind).toBe('rejects')
      expect(missing.kind === 'rejects' && missing.requires).toEqual([
        expect.stringContaining('service')
      ])
      const other = verdict({ ...rule, tags: { team: 'db' } })
      expect(other.kind === 'rejects' && other.requires).toEqual([expect.stringContaining('db')])
    })

    it('when a rule names only a class and a severity, and the severity differs', () => {
      const v = verdict({ source: 'aws.cloudwatch', severity: 'critical' })
      expect(v).toMatchObject({ kind: 'rejects', rule: 0 })
      expect(v.kind === 'rejects' && v.requires).toEqual([expect.stringContaining('critical')])
      expect(verdict({ source: 'aws.cloudwatch', severity: ['high', 'critical'] })).toMatchObject({
        kind: 'fits'
      })
    })

    it('when an explicit state differs', () => {
      const v = verdict({ ...ALARM_CLASS, alarmName: 'web-*', state: 'OK' })
      expect(v.kind === 'rejects' && v.requires).toEqual([expect.stringContaining('OK')])
    })

    it('lists every failing qualifier', () => {
      const v = verdict({ ...scaleOut, tags: { service: '*' }, severity: 'critical' })
      expect(v.kind === 'rejects' && v.requires).toHaveLength(3)
    })
  })

  describe('silent: the rule is about other incidents', () => {
    it('when a rule that names only an alarm name does not fit it', () => {
      expect(verdict({ source: 'aws.cloudwatch', alarmName: '*-service-down' })).toEqual({
        kind: 'silent'
      })
    })

    it('when the metric differs, even if the dimensions would fit', () => {
      expect(
        verdict({
          ...ALARM_CLASS,
          metric: {
            namespace: 'CWAgent',
            name: 'mem_used_percent',
            dimensions: { InstanceId: '*' }
          }
        })
      ).toEqual({ kind: 'silent' })
      // Another metric and a missing dimension: still about other incidents.
      const disk = incident({
        alarmName: 'web-1-disk',
        metrics: [{ namespace: 'CWAgent', name: 'disk_used_percent', dimensions: {} }]
      })
      expect(verdict(scaleOut, disk)).toEqual({ kind: 'silent' })
    })

    it('when the source or detail-type differs, whatever the qualifiers say', () => {
      expect(verdict({ source: 'aws.ecs', tags: { team: 'db' } })).toEqual({ kind: 'silent' })
      expect(verdict({ ...scaleOut, source: 'aws.ec2' })).toEqual({ kind: 'silent' })
      expect(
        verdict({ ...scaleOut, detailType: 'EC2 Instance State-change Notification' })
      ).toEqual({ kind: 'silent' })
    })

    it('when the event name or resource type differs', () => {
      const ecs = incident({
        kind: 'event',
        source: 'aws.ecs',
        detailType: 'ECS Service Action',
        alarmName: undefined,
        state: undefined,
        eventName: 'SERVICE_STEADY_STATE',
        resourceTypes: ['ecs:service'],
        metrics: []
      })
      const startImpaired: MatchRule = {
        source: 'aws.ecs',
        detailType: 'ECS Service Action',
        eventName: 'SERVICE_TASK_START_IMPAIRED',
        resourceType: 'ecs:service'
      }
      expect(verdict(startImpaired, ecs)).toEqual({ kind: 'silent' })
      expect(
        verdict({ ...startImpaired, eventName: 'SERVICE_*', resourceType: 'ecs:task' }, ecs)
      ).toEqual({ kind: 'silent' })
    })

    it('for a runbook with no rule about it', () => {
      expect(
        verdict([
          { source: 'aws.ecs' },
          { ...ALARM_CLASS, metric: { namespace: 'CWAgent', name: 'disk_used_percent' } }
        ])
      ).toEqual({ kind: 'silent' })
    })
  })

  describe('fits', () => {
    it('when every check passes, with the rule and its specificity', () => {
      const asg = incident({
        metrics: [
          {
            namespace: 'AWS/EC2',
            name: 'CPUUtilization',
            dimensions: { AutoScalingGroupName: 'render-workers' }
          }
        ]
      })
      expect(verdict(scaleOut, asg)).toEqual({
        kind: 'fits',
        rule: 0,
        score: compileRule(scaleOut).score,
        explicit: false
      })
    })

    it('when one of two rules fits, whatever the other says', () => {
      const fitting: MatchRule = { ...ALARM_CLASS, metric: { name: 'CPUUtilization' } }
      expect(verdict([scaleOut, fitting])).toMatchObject({ kind: 'fits', rule: 1 })
      expect(verdict([fitting, scaleOut])).toMatchObject({ kind: 'fits', rule: 0 })
      expect(verdict([{ source: 'aws.ecs' }, fitting])).toMatchObject({ kind: 'fits', rule: 1 })
    })

    it('with the most specific of the fitting rules', () => {
      const general: MatchRule = { source: 'aws.cloudwatch' }
      const specific: MatchRule = { ...ALARM_CLASS, metric: { namespace: 'AWS/EC2' } }
      const v = verdict([general, specific, { ...general }])
      expect(v).toMatchObject({ kind: 'fits', rule: 1, score: 3 })
    })

    it('says whether the rule names the event, state or severity', () => {
      expect(verdict({ source: 'aws.cloudwatch', state: 'ALARM' })).toMatchObject({
        explicit: true
      })
      expect(verdict({ source: 'aws.cloudwatch', severity: 'high' })).toMatchObject({
        explicit: true
      })
      expect(verdict({ source: 'aws.cloudwatch', alarmName: 'web-*' })).toMatchObject({
        explicit: false
      })
      const ecs = incident({
        kind: 'event',
        source: 'aws.ecs',
        state: undefined,
        alarmName: undefined,
        eventName: 'SERVICE_STEADY_STATE',
        metrics: []
      })
      expect(verdict({ source: 'aws.ecs', eventName: 'SERVICE_STEADY_STATE' }, ecs)).toMatchObject({
        kind: 'fits',
        explicit: true
      })
    })

    it('for an alarm back in OK: whether to act is the gate’s question, not the rule’s', () => {
      const asgRule: MatchRule = { ...ALARM_CLASS, metric: { name: 'CPUUtilization' } }
      const ok = incident({ state: 'OK', previousState: 'ALARM' })
      const rb = runbook('cpu', asgRule)
      expect(runbookVerdict(rb, ok)).toMatchObject({ kind: 'fits', rule: 0 })
      // Ranking, which proposes, keeps the ALARM-state requirement.
      expect(rankRunbooks([rb], ok)).toEqual([])
      expect(new CatalogIndex([rb]).rank(ok)).toEqual([])
      expect(rankRunbooks([rb], incident())).toHaveLength(1)
    })
  })

  it('never fits where ranking does not, except for the ALARM-state requirement', () => {
    const rules: MatchRule[] = [
      scaleOut,
      { ...ALARM_CLASS, metric: { name: 'CPUUtilization' }, tags: { team: 'web' } },
      { source: 'aws.cloudwatch', severity: 'critical' },
      { source: 'aws.cloudwatch', alarmName: 'web-*', state: ['OK', 'ALARM'] },
      { source: 'aws.ecs' }
    ]
    for (const state of ['ALARM', 'OK', 'INSUFFICIENT_DATA'] as const) {
      const i = incident({ state })
      for (const [n, rule] of rules.entries()) {
        const rb = runbook(`r${n}`, rule)
        // A rule naming the state keeps it; otherwise the alarm is judged as if in ALARM.
        const asRanked = rule.state === undefined ? incident({ state: 'ALARM' }) : i
        const ranks = rankRunbooks([rb], asRanked).length > 0
        expect(runbookVerdict(rb, i).kind === 'fits').toBe(ranks)
      }
    }
  })
})

describe('isExplicit', () => {
  it('is true for the candidate whose rule names the event, state or severity', () => {
    const explicit = runbook('explicit', { source: 'aws.cloudwatch', severity: 'high' })
    const implicit = runbook('implicit', { ...ALARM_CLASS, metric: { name: 'CPUUtilization' } })
    const both = runbook(
      'both',
      { source: 'aws.cloudwatch' },
      { source: 'aws.cloudwatch', alarmName: 'web-*', state: 'ALARM' }
    )
    const ranked = new CatalogIndex([explicit, implicit, both]).rank(incident())
    const byId = Object.fromEntries(ranked.map((c) => [c.runbook.id, isExplicit(c)]))
    expect(byId).toEqual({ explicit: true, implicit: false, both: true })
  })
})
