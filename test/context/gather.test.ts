// Gathering around an incident with stand-in sources (plain objects; the e2e suites use the real
// clients against local servers): which window each source is asked for, how failures become
// "not available" notes naming what to do, and that evidence ids do not depend on which source
// answers first.
import { beforeAll, describe, expect, it } from '@jest/globals'
import type {
  Change,
  ChangeKind,
  ChangeSource,
  PastIncident,
  PastIncidentSource,
  RepoRef
} from '../../src/context/ports.js'
import { changeEvidence, describeChangeError, durationBefore } from '../../src/context/changes.js'
import {
  DEFAULT_GATHER,
  gatherContext,
  MAX_CHANGES,
  requestMetrics
} from '../../src/context/gather.js'
import { titleSimilarity } from '../../src/context/similarity.js'
import { analyze } from '../../src/pipeline.js'
import { normalize } from '../../src/intake/normalize.js'
import { rulesProvider } from '../../src/triage/rules.js'
import type { CatalogRunbook } from '../../src/triage/types.js'
import { starterCatalog } from '../helpers/catalog.js'
import { alarmEvent } from '../helpers/events.js'

const AT = Date.parse('2026-03-01T12:00:00Z')
const HOUR = 3_600_000
const event = { ...alarmEvent('checkout-5xx'), time: new Date(AT).toISOString() }
const incident = normalize(event)

class RequestError extends Error {
  constructor(readonly status: number) {
    super(`HTTP ${status}`)
  }
}

function changeSource(
  byRepo: Record<string, Partial<Record<ChangeKind, Change[] | number>>>,
  delays: Partial<Record<ChangeKind, number>> = {}
): ChangeSource & { asked: [ChangeKind, string, number, number][] } {
  const asked: [ChangeKind, string, number, number][] = []
  return {
    asked,
    async list(kind: ChangeKind, repo: RepoRef, since: number, until: number) {
      asked.push([kind, `${repo.owner}/${repo.repo}`, since, until])
      await new Promise((r) => setTimeout(r, delays[kind] ?? 0))
      const found = byRepo[`${repo.owner}/${repo.repo}`]?.[kind] ?? []
      if (typeof found === 'number') throw new RequestError(found)
      return found
    }
  }
}

const change = (kind: ChangeKind, minutesBefore: number, extra: Partial<Change> = {}): Change => ({
  kind,
  repo: 'acme/web',
  at: AT - minutesBefore * 60_000,
  title: `${kind} ${minutesBefore}`,
  ...extra
})

const options = (changeRepos: RepoRef[]) => ({
  ...DEFAULT_GATHER,
  logGroups: [],
  changeRepos,
  now: new Date(AT + 60_000)
})

describe('recent changes', () => {
  it('asks every configured repository for each kind over the window before the incident', async () => {
    const source = changeSource({})
    await gatherContext(
      incident,
      'fp',
      { changes: source },
      {
        ...options([
          { owner: 'acme', repo: 'web' },
          { owner: 'acme', repo: 'infra' }
        ]),
        changeWindowMs: 6 * HOUR
      }
    )
    expect(source.asked.sort()).toEqual(
      [
        ['deployment', 'acme/infra'],
        ['deployment', 'acme/web'],
        ['pull', 'acme/infra'],
        ['pull', 'acme/web'],
        ['release', 'acme/infra'],
        ['release', 'acme/web']
      ].map(([k, r]) => [k, r, AT - 6 * HOUR, AT])
    )
  })

  it('keeps the newest changes across repositories and kinds, at most MAX_CHANGES', async () => {
    const many = Array.from({ length: 8 }, (_, i) => change('pull', 30 + i * 10))
    const gathered = await gatherContext(
      incident,
      'fp',
      {
        changes: changeSource({
          'acme/web': { pull: many, deployment: [change('deployment', 5)] },
          'acme/infra': { release: [change('release', 15, { repo: 'acme/infra' })] }
        })
      },
      options([
        { owner: 'acme', repo: 'web' },
        { owner: 'acme', repo: 'infra' }
      ])
    )
    expect(gathered.changes).toHaveLength(MAX_CHANGES)
    expect(gathered.changes.slice(0, 3).map((c) => c.title)).toEqual([
      'deployment 5',
      'release 15',
      'pull 30'
    ])
    // The alarm's metric is missing (no CloudWatch source here); nothing about changes is.
    expect(gathered.missing).toEqual([
      'metrics: no CloudWatch access configured (set AWS credentials for triage)'
    ])
  })

  it('reports each list it could not read, and what permission or token would allow it', async () => {
    const gathered = await gatherContext(
      incident,
      'fp',
      {
        changes: changeSource({
          'acme/web': { deployment: 403, pull: [change('pull', 20)] },
          'acme/secret': { deployment: 404, release: 404, pull: 404 }
        })
      },
      options([
        { owner: 'acme', repo: 'web' },
        { owner: 'acme', repo: 'secret' }
      ])
    )
    expect(gathered.changes.map((c) => c.title)).toEqual(['pull 20'])
    expect(gathered.missing).toContain(
      'deployments of acme/web: HTTP 403: the token may not read it (give the workflow `deployments: read`)'
    )
    expect(
      gathered.missing.filter((m) => m.endsWith('remove it from change-repositories)'))
    ).toEqual([
      expect.stringMatching(/^deployments of acme\/secret: not found, or not visible/),
      expect.stringMatching(/^merged pull requests of acme\/secret: not found/),
      expect.stringMatching(/^releases of acme\/secret: not found/)
    ])
  })

  it('describes a change with who, when and which version', () => {
    expect(
      changeEvidence(
        change('deployment', 75, {
          environment: 'production',
          ref: 'main',
          sha: '0123456789abcdef0123456789abcdef01234567',
          author: 'alice',
          state: 'failure',
          title: 'Deploy 1.4.2'
        }),
        AT
      )
    ).toEqual({
      label: 'deployment to production (acme/web)',
      text: '"Deploy 1.4.2", by alice, 1 h 15 min before the incident, ref main at 0123456, status failure'
    })
    expect(changeEvidence(change('pull', 3, { number: 41, ref: 'main' }), AT)).toEqual({
      label: 'merged pull request #41 (acme/web)',
      text: '"pull 3", 3 min before the incident, into main'
    })
    expect(durationBefore(2 * HOUR)).toBe('2 h')
    expect(describeChangeError('pull', new RequestError(500))).toBe('HTTP 500: HTTP 500')
  })
})

describe('the traffic behind an alarm', () => {
  it('reads the request count of the alarmed load balancer, function or API, unless the alarm watches it', () => {
    const alb = { LoadBalancer: 'app/shop/1', TargetGroup: 'targetgroup/web/2' }
    expect(
      requestMetrics([
        { namespace: 'AWS/ApplicationELB', name: 'HTTPCode_Target_5XX_Count', dimensions: alb },
        { namespace: 'AWS/Lambda', name: 'Errors', dimensions: { FunctionName: 'pay' } },
        { namespace: 'AWS/ApiGateway', name: '5XXError', dimensions: { ApiName: 'shop' } },
        { namespace: 'AWS/EC2', name: 'CPUUtilization', dimensions: { InstanceId: 'i-1' } }
      ])
    ).toEqual([
      {
        namespace: 'AWS/ApplicationELB',
        name: 'RequestCount',
        dimensions: alb,
        stat: 'Sum',
        period: 60
      },
      {
        namespace: 'AWS/Lambda',
        name: 'Invocations',
        dimensions: { FunctionName: 'pay' },
        stat: 'Sum',
        period: 60
      },
      {
        namespace: 'AWS/ApiGateway',
        name: 'Count',
        dimensions: { ApiName: 'shop' },
        stat: 'Sum',
        period: 60
      }
    ])
    expect(
      requestMetrics([
        { namespace: 'AWS/Lambda', name: 'Invocations', dimensions: { FunctionName: 'pay' } }
      ])
    ).toEqual([])
  })

  it('adds the request series to what the snapshot holds, not to the alarm history, and says when it cannot', async () => {
    const asked: string[][] = []
    const answer = (fail: boolean) => ({
      series(metrics: readonly { name?: string }[]) {
        asked.push(metrics.map((m) => m.name ?? ''))
        if (fail && metrics[0]?.name === 'RequestCount')
          return Promise.reject(new Error('Throttling'))
        return Promise.resolve(
          metrics.map((m) => ({
            label: `AWS/ApplicationELB ${m.name ?? ''}`,
            timestamps: [AT],
            values: [1]
          }))
        )
      }
    })
    const albIncident = normalize({
      ...alarmEvent('checkout-5xx', {
        namespace: 'AWS/ApplicationELB',
        metric: 'HTTPCode_Target_5XX_Count',
        dimensions: { LoadBalancer: 'app/shop/1' }
      }),
      time: new Date(AT).toISOString()
    })
    const got = await gatherContext(albIncident, 'fp', { metrics: answer(false) }, options([]))
    expect(asked).toEqual([['HTTPCode_Target_5XX_Count'], ['RequestCount']])
    expect(got.series.map((x) => x.label)).toEqual([
      'AWS/ApplicationELB HTTPCode_Target_5XX_Count',
      'AWS/ApplicationELB RequestCount'
    ])
    expect(got.metrics).toHaveLength(1)
    const failed = await gatherContext(albIncident, 'fp', { metrics: answer(true) }, options([]))
    expect(failed.metrics).toHaveLength(1)
    expect(failed.missing.join('\n')).toMatch(/^request metrics \(for the traffic check\): /m)
  })
})

describe('past incidents', () => {
  it('asks for the same alarm and similar titles, and reports a failure as not available', async () => {
    const asked: [string, string][] = []
    const ok: PastIncidentSource = {
      related(fp, title) {
        asked.push([fp, title])
        return Promise.resolve([])
      }
    }
    await gatherContext(incident, 'fp1', { past: ok }, options([]))
    expect(asked).toEqual([['fp1', incident.title]])
    const failing: PastIncidentSource = {
      related: () => Promise.reject(new RequestError(403))
    }
    const gathered = await gatherContext(incident, 'fp1', { past: failing }, options([]))
    expect(gathered.missing).toContain(
      'past incidents: HTTP 403: the token may not read it (give the workflow `issues: read`)'
    )
  })

  it('finds titles similar by their terms, ignoring the words every incident title has', () => {
    const a = '[incident] checkout-web-target-5xx is ALARM in eu-west-1'
    expect(titleSimilarity(a, a)).toBe(1)
    // checkout, web|api, target, 5xx and its synonym error; Region parts are boilerplate.
    expect(
      titleSimilarity(a, '[incident] checkout-api-target-5xx is ALARM in eu-west-1')
    ).toBeCloseTo(4 / 6)
    expect(titleSimilarity(a, '[incident] billing-db-cpu is ALARM in us-east-1')).toBe(0)
    expect(titleSimilarity(a, '')).toBe(0)
  })
})

describe('evidence from the gathered context', () => {
  let catalog: CatalogRunbook[]
  beforeAll(async () => {
    catalog = await starterCatalog()
  })

  const past: PastIncident[] = [
    {
      number: 3,
      title: '[incident] checkout-5xx is ALARM in us-east-1',
      url: 'https://github.com/acme/ops/issues/3',
      labels: ['opsloop', 'remediated', 'runbook:restart-systemd-service'],
      sameAlarm: true,
      similarity: 1
    }
  ]

  async function run(delays: Partial<Record<ChangeKind, number>>) {
    return analyze({
      delivery: { kind: 'payload', payload: { event, context: {} }, problems: [] },
      catalog,
      provider: rulesProvider,
      context: {
        sources: {
          changes: changeSource(
            {
              'acme/web': {
                deployment: [
                  change('deployment', 10, { environment: 'production', state: 'failure' })
                ],
                pull: [change('pull', 40, { number: 8 })]
              }
            },
            delays
          ),
          past: { related: () => Promise.resolve(past) }
        },
        options: { ...options([{ owner: 'acme', repo: 'web' }]) }
      },
      now: new Date(AT + 60_000)
    })
  }

  it('numbers evidence in a fixed order whichever source answers first', async () => {
    const a = await run({ deployment: 20 })
    const b = await run({ pull: 20 })
    expect(a.evidence).toEqual(b.evidence)
    const labels = a.evidence.filter((e) => e.source === 'change' || e.source === 'incident')
    expect(labels.map((e) => e.label)).toEqual([
      'deployment to production (acme/web)',
      'merged pull request #8 (acme/web)',
      'past incident #3'
    ])
  })

  it('feeds the rules triage: changes are judged, not blamed for their timing; history is in the issue', async () => {
    const { triage, evidence, draft, report } = await run({})
    const deployment = evidence.find((e) => e.label.startsWith('deployment'))
    // The failed deployment 10 min before is no lead by its timing: attribution judged it.
    expect(triage.causes.flatMap((c) => c.evidence)).not.toContain(deployment?.id)
    expect(report.attribution?.suspect).toBeUndefined()
    expect(draft.body).toContain('### Suspect change')
    expect(draft.body).toContain('No change is named')
    expect(report.context?.changes[0]).toMatchObject({
      evidence: deployment?.id,
      label: 'deployment to production (acme/web)'
    })
    expect(draft.body).toContain('- Recent changes, newest first:')
    expect(draft.body).toContain(
      `  - ${deployment?.id ?? ''} deployment to production (acme/web): \`"deployment 10", 10 min before the incident, status failure\``
    )
    expect(draft.body).toMatch(
      /- E\d+ Past incident #3 \(same alarm\): `\[incident\] checkout-5xx is ALARM in us-east-1` · `remediated` · `runbook:restart-systemd-service`/
    )
  })
})
