// Which past incidents are like this one, each with reasons a person can check.
import { describe, expect, it } from '@jest/globals'
import type { Incident } from '../../src/generated/incident.js'
import type { HistoryIssue } from '../../src/history/ports.js'
import { listedCandidates, ranked, withRecord } from '../../src/history/similar.js'

const issue = (number: number, title: string, labels: string[] = ['opsloop']): HistoryIssue => ({
  number,
  title,
  url: `https://github.com/acme/ops/issues/${number}`,
  state: 'closed',
  labels,
  createdAt: `2026-11-${String(number).padStart(2, '0')}T00:00:00Z`
})

const incident = (resources: string[], metric?: [string, string]): Incident =>
  ({
    resources,
    metrics: metric ? [{ namespace: metric[0], name: metric[1], dimensions: {} }] : []
  }) as unknown as Incident

describe('listedCandidates', () => {
  const current = {
    number: 9,
    fingerprint: '0123456789abcdef',
    title: '[incident] checkout-web-target-5xx is ALARM in eu-west-1',
    runbook: 'restart-systemd-service'
  }

  it('gives the same alarm, a similar title and the same runbook as reasons, never itself', () => {
    const found = listedCandidates(current, [
      issue(9, current.title, ['opsloop', 'opsloop:fp:0123456789abcdef']),
      issue(1, current.title, ['opsloop', 'opsloop:fp:0123456789abcdef']),
      issue(2, '[incident] search-web-target-5xx is ALARM in eu-west-1', [
        'opsloop',
        'runbook:restart-systemd-service'
      ]),
      issue(3, '[incident] payments-db-cpu is ALARM in us-east-1')
    ])
    expect(found.map((c) => [c.issue.number, c.score, c.reasons])).toEqual([
      [1, 1, ['the same alarm']],
      [
        2,
        expect.closeTo(0.67, 2),
        [
          'a similar title (67 % of its words)',
          'the same runbook proposed (`restart-systemd-service`)'
        ]
      ],
      [3, 0, []]
    ])
  })
})

describe('withRecord', () => {
  const base = { issue: issue(4, 'x'), score: 0.2, reasons: [] }

  it('adds a shared resource (not the alarm itself) and the same metric', () => {
    const now = incident(
      [
        'arn:aws:cloudwatch:eu-west-1:1:alarm:a',
        'arn:aws:elasticloadbalancing:eu-west-1:1:targetgroup/web/1'
      ],
      ['AWS/ApplicationELB', 'HTTPCode_Target_5XX_Count']
    )
    const past = incident(
      [
        'arn:aws:cloudwatch:eu-west-1:1:alarm:a',
        'arn:aws:elasticloadbalancing:eu-west-1:1:targetgroup/web/1'
      ],
      ['AWS/ApplicationELB', 'HTTPCode_Target_5XX_Count']
    )
    expect(withRecord(base, now, past)).toEqual({
      ...base,
      score: 0.8,
      reasons: [
        'a shared resource (`arn:aws:elasticloadbalancing:eu-west-1:1:targetgroup/web/1`)',
        'the same metric (`AWS/ApplicationELB HTTPCode_Target_5XX_Count`)'
      ]
    })
    expect(withRecord(base, now, incident(['arn:aws:cloudwatch:eu-west-1:1:alarm:a']))).toEqual(
      base
    )
  })
})

describe('ranked', () => {
  it('puts the most similar first, then the most recent', () => {
    const c = (n: number, score: number) => ({ issue: issue(n, 't'), score, reasons: [] })
    expect(ranked([c(1, 0.5), c(2, 1), c(3, 0.5)]).map((x) => x.issue.number)).toEqual([2, 3, 1])
  })
})
