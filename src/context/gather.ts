// Evidence before opinion: what an SRE looks at first, gathered around the incident time from
// each configured source. A source that fails (denied, throttled, absent) never stops triage:
// the issue says what is missing and why.
import type { Incident } from '../generated/incident.js'
import { describeAwsError } from '../util/aws-error.js'
import type { Evidence } from './evidence.js'
import { summarizeMetric, type MetricSummary } from './metric-summary.js'
import type {
  LogLimits,
  LogLine,
  LogSource,
  MetricSource,
  PastIncident,
  PastIncidentSource
} from './sources.js'

export interface ContextSources {
  logs?: LogSource
  metrics?: MetricSource
  past?: PastIncidentSource
}

export interface GatherOptions {
  /** Log groups configured for every incident (the dispatch context and tags add more). */
  logGroups: readonly string[]
  beforeMs: number
  afterMs: number
  limits: LogLimits
  now: Date
}

export const DEFAULT_GATHER: Omit<GatherOptions, 'now' | 'logGroups'> = {
  beforeMs: 30 * 60_000,
  afterMs: 5 * 60_000,
  limits: { maxLines: 100_000, maxBytes: 20 * 1_048_576 }
}

export interface GatheredLogs {
  group: string
  lines: LogLine[]
  truncated?: string
}

export interface GatheredContext {
  logs: GatheredLogs[]
  metrics: MetricSummary[]
  past: PastIncident[]
  /** What could not be gathered, and why, for the issue. */
  missing: string[]
  /** Evidence from metrics and past incidents (logs become evidence once summarized). */
  evidence: Omit<Evidence, 'id'>[]
}

const LOG_GROUP = /^[.\-_/#A-Za-z0-9]{1,512}$/

/** Log groups named by configuration, the dispatch context and the incident's tags. */
export function logGroupsFor(incident: Incident, configured: readonly string[]): string[] {
  const listed: unknown = incident.context.logGroups
  const fromContext: unknown[] = Array.isArray(listed) ? (listed as unknown[]) : []
  const fromTags = [incident.tags.logGroup, incident.tags['log-group']]
  return [
    ...new Set(
      [...configured, ...fromContext, ...fromTags].filter(
        (g): g is string => typeof g === 'string' && LOG_GROUP.test(g)
      )
    )
  ].slice(0, 10)
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
  const missing: string[] = []
  const evidence: Omit<Evidence, 'id'>[] = []
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
  const metricsWork = (async () => {
    const wanted = incident.metrics.filter((m) => m.namespace && m.name)
    if (wanted.length === 0) return
    if (!sources.metrics) {
      missing.push('metrics: no CloudWatch access configured (set AWS credentials for triage)')
      return
    }
    try {
      const series = await sources.metrics.series(wanted, start, end)
      metrics = series.map((s) => summarizeMetric(s, at))
      for (const m of metrics)
        evidence.push({
          source: 'metric',
          label: `metric history ${m.label}`,
          text: `${m.text} ${m.sparkline}`.trim()
        })
    } catch (error) {
      failed('metrics')(error)
    }
  })()

  let past: PastIncident[] = []
  const pastWork = (async () => {
    if (!sources.past) return
    try {
      past = (await sources.past.closed(fingerprint)).slice(0, 5)
      for (const p of past) {
        const outcome =
          p.labels.find((l) => ['remediated', 'rolled-back', 'remediation-failed'].includes(l)) ??
          'closed'
        const runbook = p.labels.find((l) => l.startsWith('runbook:'))?.slice('runbook:'.length)
        evidence.push({
          source: 'incident',
          label: `past incident #${p.number}`,
          text: `${p.title} (${outcome}${runbook ? `, runbook ${runbook}` : ''}${p.closedAt ? `, closed ${p.closedAt}` : ''})`
        })
      }
    } catch (error) {
      missing.push(`past incidents: ${error instanceof Error ? error.message : String(error)}`)
    }
  })()

  await Promise.all([...logsWork, metricsWork, pastWork])
  logs.sort((a, b) => a.group.localeCompare(b.group))
  return { logs, metrics, past, missing, evidence }
}
