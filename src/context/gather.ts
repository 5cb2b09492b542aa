// Evidence before opinion: what an SRE looks at first, gathered around the incident time from
// each configured source, OpsLoop's own earlier watch issues of the same log groups among them. A source that fails (denied, throttled, absent) never stops triage:
// the issue says what is missing and why.
import type { Incident, Metric } from '../generated/incident.js'
import { describeReadError } from '../util/http-error.js'
import { describeAwsError } from '../util/aws-error.js'
import { changeKindName, describeChangeError } from './changes.js'
import { relevantHealth, type RelevantHealth } from './health.js'
import { INCIDENT_WINDOW, MAX_LOG_GROUPS } from './facts.js'
import { summarizeMetric, type MetricSummary } from './metric-summary.js'
import type {
  Change,
  ChangeKind,
  ChangeSource,
  DeploymentBuild,
  HealthSource,
  LogLimits,
  LogLine,
  LogSource,
  MetricSeries,
  MetricSource,
  PastIncident,
  PastIncidentSource,
  RepoRef,
  Watch,
  WatchSource
} from './ports.js'

export interface ContextSources {
  logs?: LogSource
  metrics?: MetricSource
  past?: PastIncidentSource
  changes?: ChangeSource
  watches?: WatchSource
  /** AWS Health events OpsLoop received (read when change attribution runs: changeRepos). */
  health?: HealthSource
}

export interface GatherOptions {
  /**
   * The `log-groups` input. Read when the incident's facts were not resolved; otherwise
   * resolveFacts (facts.ts) has placed them after the groups the incident itself names.
   */
  logGroups: readonly string[]
  beforeMs: number
  afterMs: number
  limits: LogLimits
  /** Repositories whose deployments, releases and merged pull requests are read. */
  changeRepos: readonly RepoRef[]
  /** How far before the incident changes are looked for. */
  changeWindowMs: number
  now: Date
}

export const DEFAULT_GATHER: Omit<GatherOptions, 'now' | 'logGroups' | 'changeRepos'> = {
  // The window log anomalies are looked for in too (resolveFacts).
  ...INCIDENT_WINDOW,
  limits: { maxLines: 100_000, maxBytes: 20 * 1_048_576 },
  changeWindowMs: 24 * 3_600_000
}

/** Changes kept as evidence, newest first. */
export const MAX_CHANGES = 10
/** Past incidents kept as evidence: the same alarm first, then similar titles. */
export const MAX_PAST = 5
/** Watch issues kept as evidence: their first signal up to a day before the incident. */
export const MAX_WATCHES = 3
const WATCH_LOOKBACK_MS = 24 * 3_600_000
/** Health incidents updated this long before the incident are read (one page, newest first). */
const HEALTH_LOOKBACK_MS = 24 * 3_600_000
/**
 * Deployments whose build contents are read (the newest ones that rolled out or are rolling
 * out): at most MAX_BUILDS × BUILD_REQUESTS (adapters/github/changes.ts) requests.
 */
export const MAX_BUILDS = 3

export interface GatheredLogs {
  group: string
  lines: LogLine[]
  truncated?: string
}

/** What a deployment shipped. */
export interface GatheredBuild {
  deployment: Change
  build: DeploymentBuild
}

export interface GatheredContext {
  logs: GatheredLogs[]
  metrics: MetricSummary[]
  /** The metric series the summaries were made from. */
  series: MetricSeries[]
  /** What the newest deployments shipped, newest first. */
  builds: GatheredBuild[]
  /** Deployments, releases and merged pull requests before the incident, newest first. */
  changes: Change[]
  past: PastIncident[]
  /** Open watch issues of the incident's log groups that fired before it, earliest first. */
  watches: Watch[]
  /** AWS Health events that concern the incident (context/health.ts), earliest first. */
  health: RelevantHealth[]
  /** What could not be gathered, and why, for the issue. */
  missing: string[]
}

/** The log groups to read: those the incident's facts name (with the input's), else the input's. */
export function logGroupsFor(incident: Incident, configured: readonly string[]): string[] {
  return (incident.facts?.logGroups.map((g) => g.name) ?? [...configured]).slice(0, MAX_LOG_GROUPS)
}

export function incidentTime(incident: Incident, now: Date): number {
  const t = incident.time ? Date.parse(incident.time) : NaN
  return Number.isFinite(t) ? t : now.getTime()
}

export async function gatherContext(
  incident: Incident,
  fingerprint: string,
  sources: ContextSources,
  options: GatherOptions
): Promise<GatheredContext> {
  const at = incidentTime(incident, options.now)
  const start = at - options.beforeMs
  const end = Math.min(at + options.afterMs, options.now.getTime())
  // Facts that could not be looked up are missing evidence too, each saying what to grant.
  const missing: string[] = [...(incident.facts?.notAvailable ?? [])]
  const failed = (what: string) => (error: unknown) => {
    missing.push(`${what}: ${describeAwsError(error)}`)
  }

  const groups = logGroupsFor(incident, options.logGroups)
  const logs: GatheredLogs[] = []
  const logsWork = groups.map(async (group) => {
    if (!sources.logs) return
    try {
      const fetched = await sources.logs.fetch(group, start, end, options.limits)
      logs.push({ group, ...fetched })
      if (fetched.lines.length === 0) missing.push(`logs ${group}: no events in the window`)
    } catch (error) {
      failed(`logs ${group}`)(error)
    }
  })
  if (groups.length > 0 && !sources.logs)
    missing.push('logs: no CloudWatch Logs access configured (set AWS credentials for triage)')

  let metrics: MetricSummary[] = []
  let series: MetricSeries[] = []
  const metricsWork = (async () => {
    const wanted = incident.metrics.filter((m) => m.namespace && m.name)
    if (wanted.length === 0) return
    if (!sources.metrics) {
      missing.push('metrics: no CloudWatch access configured (set AWS credentials for triage)')
      return
    }
    try {
      series = await sources.metrics.series(wanted, start, end)
      metrics = series.map((s) => summarizeMetric(s, at))
      // The traffic the alarmed resource receives, for the snapshot's operational checks (a
      // surge is no change's doing); not shown as the alarm's own history.
      const traffic = requestMetrics(wanted)
      if (traffic.length > 0)
        try {
          series.push(...(await sources.metrics.series(traffic, start, end)))
        } catch (error) {
          failed('request metrics (for the traffic check)')(error)
        }
    } catch (error) {
      failed('metrics')(error)
    }
  })()

  const changes: Change[] = []
  const changesWork = options.changeRepos.flatMap((repo) =>
    (['deployment', 'release', 'pull'] as ChangeKind[]).map(async (kind) => {
      if (!sources.changes) return
      try {
        changes.push(...(await sources.changes.list(kind, repo, at - options.changeWindowMs, at)))
      } catch (error) {
        missing.push(
          `${changeKindName(kind)} of ${repo.owner}/${repo.repo}: ${describeChangeError(kind, error)}`
        )
      }
    })
  )

  let past: PastIncident[] = []
  const pastWork = (async () => {
    if (!sources.past) return
    try {
      past = (await sources.past.related(fingerprint, incident.title)).slice(0, MAX_PAST)
    } catch (error) {
      missing.push(`past incidents: ${describeReadError(error, 'issues: read')}`)
    }
  })()

  // What OpsLoop's own log detector saw in the same log groups before this incident (not for a
  // watch itself: it would find itself).
  let watches: Watch[] = []
  const watchesWork = (async () => {
    if (!sources.watches || groups.length === 0 || incident.source === 'opsloop.logs') return
    try {
      watches = (await sources.watches.watches(groups))
        .filter(
          (w) =>
            w.firstSignalAt !== undefined &&
            w.firstSignalAt <= at &&
            w.firstSignalAt > at - WATCH_LOOKBACK_MS
        )
        .sort((a, b) => (a.firstSignalAt ?? 0) - (b.firstSignalAt ?? 0) || a.number - b.number)
        .slice(0, MAX_WATCHES)
    } catch (error) {
      missing.push(`watch issues: ${describeReadError(error, 'issues: read')}`)
    }
  })()

  // AWS Health events, for change attribution's operational checks: an open Health event about
  // the incident's resources or services is a cause no change made.
  let health: RelevantHealth[] = []
  const healthWork = (async () => {
    if (!sources.health || options.changeRepos.length === 0 || incident.source === 'aws.health')
      return
    try {
      health = relevantHealth(incident, await sources.health.notices(at - HEALTH_LOOKBACK_MS), at)
    } catch (error) {
      missing.push(`AWS Health incidents: ${describeReadError(error, 'issues: read')}`)
    }
  })()

  // What the newest deployments shipped, once the lists are in (sorted there, once: sources
  // finish in any order, and evidence ids must not depend on it).
  const builds: GatheredBuild[] = []
  const source = sources.changes
  const buildsWork = Promise.all(changesWork).then(() =>
    Promise.all(
      newestFirst(changes)
        .filter((c) => c.kind === 'deployment' && c.state !== 'failure' && c.state !== 'error')
        .slice(0, source?.build ? MAX_BUILDS : 0)
        .map(async (deployment) => {
          if (!source?.build) return
          const [owner = '', repo = ''] = deployment.repo.split('/')
          try {
            builds.push({ deployment, build: await source.build({ owner, repo }, deployment) })
          } catch (error) {
            missing.push(
              `build contents of deployment ${deployment.id ?? '?'} (${deployment.repo}): ${describeReadError(error, 'contents: read')}`
            )
          }
        })
    )
  )

  await Promise.all([...logsWork, metricsWork, buildsWork, pastWork, watchesWork, healthWork])
  // Sources finish in any order; evidence ids must not depend on it.
  logs.sort((a, b) => a.group.localeCompare(b.group))
  builds.sort(
    (a, b) =>
      b.deployment.at - a.deployment.at || a.deployment.repo.localeCompare(b.deployment.repo)
  )
  missing.sort()
  return {
    logs,
    metrics,
    series,
    builds,
    changes: changes.slice(0, MAX_CHANGES),
    past,
    watches,
    health,
    missing
  }
}

/**
 * Each request count that goes with an alarm's metric (the load balancer's or target group's
 * `RequestCount`, a Lambda function's `Invocations`, an API's `Count`), unless the alarm watches
 * it already: how much traffic came, so a surge can be told from a fault.
 */
export function requestMetrics(watched: readonly Metric[]): Metric[] {
  const out = new Map<string, Metric>()
  const add = (namespace: string, name: string, dimensions: Record<string, string>): void => {
    const key = JSON.stringify([namespace, name, dimensions])
    const already = watched.some(
      (m) =>
        m.namespace === namespace &&
        m.name === name &&
        JSON.stringify(m.dimensions) === JSON.stringify(dimensions)
    )
    if (!already) out.set(key, { namespace, name, dimensions, stat: 'Sum', period: 60 })
  }
  const pick = (m: Metric, keys: readonly string[]): Record<string, string> | undefined => {
    const dims: Record<string, string> = {}
    for (const k of keys) {
      const v = m.dimensions[k]
      if (typeof v !== 'string') return undefined
      dims[k] = v
    }
    return dims
  }
  for (const m of watched) {
    if (m.namespace === 'AWS/ApplicationELB') {
      const dims = pick(m, ['LoadBalancer', 'TargetGroup']) ?? pick(m, ['LoadBalancer'])
      if (dims) add(m.namespace, 'RequestCount', dims)
    } else if (m.namespace === 'AWS/Lambda') {
      const dims = pick(m, ['FunctionName'])
      if (dims) add(m.namespace, 'Invocations', dims)
    } else if (m.namespace === 'AWS/ApiGateway') {
      const dims = pick(m, ['ApiName', 'Stage']) ?? pick(m, ['ApiName']) ?? pick(m, ['ApiId'])
      if (dims) add(m.namespace, 'Count', dims)
    }
  }
  return [...out.values()].slice(0, 3)
}

/** Sorts changes newest first, in an order that does not depend on which source answered first. */
function newestFirst(changes: Change[]): Change[] {
  return changes.sort(
    (a, b) => b.at - a.at || a.repo.localeCompare(b.repo) || a.kind.localeCompare(b.kind)
  )
}
