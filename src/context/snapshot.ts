// The incident snapshot (schemas/snapshot.schema.json): what intake gathered, in the documented
// format `opsloop triage --snapshot` replays from. The telemetry is keyed by the incident's
// service; deployments name the service their payload gives (`{"service": …}`), else the
// incident's: the repositories OpsLoop reads changes from are the service's own unless a
// deployment says otherwise. Everything here is redacted text from AWS and GitHub, bounded to
// the schema's limits, so the artifact holds nothing the issue could not.
import type { Incident } from '../generated/incident.js'
import type {
  Component,
  Commit,
  Deployment,
  IncidentSnapshot,
  MetricSeries as SnapshotSeries
} from '../generated/snapshot.js'
import validateSnapshot from '../generated/validate-snapshot.js'
import { normalize } from '../intake/normalize.js'
import type { GatheredContext } from './gather.js'
import type { Change, LogLine, MetricSeries } from './ports.js'
import type { Redactor } from './redact.js'
import { detectSeverity } from './severity.js'

export const SNAPSHOT_VERSION = 'opsloop-snapshot/1'

/**
 * A snapshot checked against its schema, with when its alarm fired (undefined when its event
 * says no time); or each schema problem, by field.
 */
export type CheckedSnapshot =
  | { ok: true; snapshot: IncidentSnapshot; alarmAt: number | undefined }
  | { ok: false; problems: { where: string; message: string }[] }

export function checkSnapshot(data: unknown): CheckedSnapshot {
  if (!validateSnapshot(data))
    return {
      ok: false,
      problems: (validateSnapshot.errors ?? []).map((e) => ({
        where: e.instancePath === '' ? 'the snapshot' : e.instancePath.slice(1).replace(/\//g, '.'),
        message: e.message ?? 'is invalid'
      }))
    }
  const alarmAt = Date.parse(normalize(data.event).time ?? '')
  return { ok: true, snapshot: data, alarmAt: Number.isFinite(alarmAt) ? alarmAt : undefined }
}

/** Log lines kept: the schema's bound, most of it for the lines that are not info. */
const MAX_LINES = 5_000
const MAX_NOTABLE_LINES = 3_000
const MAX_MESSAGE = 8_192
const MAX_POINTS = 2_000
const MAX_SERIES = 50
const MAX_COMMIT_MESSAGE = 4_096
const MAX_PATCH = 20_000
const MAX_PATH = 512
const FULL_SHA = /^[0-9a-f]{40}$/
/** A squash merge's title ends with its pull request: `Fix the pool size (#1234)`. */
const SQUASHED_PULL = /\(#(\d{1,9})\)\s*$/

const iso = (t: number): string => new Date(t).toISOString()
const clip = (text: string, max: number): string => (text.length > max ? text.slice(0, max) : text)

/**
 * The service an incident is about: its `service` tag, the ECS service it names, a Lambda
 * function or service dimension, else its alarm. A snapshot's telemetry is keyed by it.
 */
export function incidentService(incident: Incident): string {
  const dimension = (name: string): string | undefined =>
    incident.metrics.map((m) => m.dimensions[name]).find((v) => typeof v === 'string' && v !== '')
  const name =
    incident.tags.service ??
    incident.facts?.ecs?.service ??
    dimension('ServiceName') ??
    dimension('FunctionName') ??
    incident.alarmName ??
    incident.detailType
  return clip(name.trim() === '' ? 'incident' : name.trim(), 128)
}

/** What a metric measures, from its name: errors and latency date an onset, requests a surge. */
export function metricKind(label: string): SnapshotSeries['kind'] {
  if (label.includes(' = ')) return 'other' // a metric-math expression
  const bare = withoutDimensions(label)
  const name = bare.slice(bare.lastIndexOf(' ') + 1)
  if (/5xx|4xx|errors?\b|errors?_|faults?|fail|exception|unhealthy/i.test(name)) return 'errors'
  if (/latency|duration|response_?time|p\d{2}\b/i.test(name)) return 'latency'
  if (/request|invocation|count$|incoming|received|connections?$/i.test(name)) return 'requests'
  if (/cpu|memory|utili[sz]ation|disk|queue|backlog|iterator|throttl|concurren/i.test(name))
    return 'saturation'
  return 'other'
}

/** `AWS/ELB HTTPCode_Target_5XX_Count {LoadBalancer=…}` without its dimensions. */
const withoutDimensions = (label: string): string => label.replace(/ \{.*\}$/s, '')

/** Every line in the window, bounded: all that are not info first, then info lines evenly. */
function boundedLines(
  lines: readonly LogLine[]
): { line: LogLine & { timestamp: number }; level: string }[] {
  const dated = lines
    .filter((l): l is LogLine & { timestamp: number } => Number.isFinite(l.timestamp))
    .map((line) => ({ line, level: detectSeverity(line.message) }))
  const notable = evenly(
    dated.filter((l) => l.level !== 'info'),
    MAX_NOTABLE_LINES
  )
  const info = evenly(
    dated.filter((l) => l.level === 'info'),
    MAX_LINES - notable.length
  )
  return [...notable, ...info].sort((a, b) => a.line.timestamp - b.line.timestamp)
}

/** At most `max` items, spread evenly over the list (its first and last kept). */
function evenly<T>(items: readonly T[], max: number): T[] {
  if (items.length <= max) return [...items]
  if (max <= 0) return []
  const step = items.length / max
  return Array.from({ length: max }, (_, i) => items[Math.floor(i * step)] as T)
}

const DEPLOYMENT_STATES = new Set(['success', 'failure', 'in_progress', 'inactive', 'error'])

function deploymentState(state: string | undefined): Deployment['state'] | undefined {
  if (state === undefined) return undefined
  if (state === 'queued' || state === 'pending') return 'in_progress'
  return DEPLOYMENT_STATES.has(state) ? (state as Deployment['state']) : undefined
}

function fileStatus(status: string): 'added' | 'modified' | 'removed' | 'renamed' {
  return status === 'added' || status === 'removed' || status === 'renamed' ? status : 'modified'
}

export interface SnapshotInput {
  /** The incident, already redacted (its `raw` is the event as delivered). */
  incident: Incident
  gathered: GatheredContext
  redactor: Redactor
  takenAt: Date
  /** The repository's mapping of paths to services, when it has one. */
  components?: readonly Component[]
}

/** The snapshot of what intake gathered, valid against schemas/snapshot.schema.json. */
export function incidentSnapshot(input: SnapshotInput): IncidentSnapshot {
  const { incident, gathered, redactor } = input
  const service = incidentService(incident)
  const lines = boundedLines(redactor.events(gathered.logs.flatMap((g) => g.lines)))
  const metrics: Record<string, SnapshotSeries> = {}
  for (const s of gathered.series.slice(0, MAX_SERIES)) {
    // Named without dimensions when that is unambiguous: the names appear in the reasons.
    const full = clip(redactor.text(s.label), 256)
    const short = withoutDimensions(full)
    metrics[short in metrics ? full : short] = seriesOf(s)
  }
  // Pull requests merged in the window, by the commit their merge made.
  const pullOfMerge = new Map(
    gathered.changes
      .filter((c) => c.kind === 'pull' && c.sha && c.number)
      .map((c) => [c.sha ?? '', c.number ?? 0])
  )
  const deployments = new Map<string, Deployment>()
  const commits = new Map<string, Commit>()
  const deploymentOf = (c: Change, shipped?: string[], previousSha?: string): void => {
    if (!c.sha || !FULL_SHA.test(c.sha)) return
    const id = String(c.id ?? c.sha.slice(0, 12))
    const state = deploymentState(c.state)
    deployments.set(`${c.repo} ${id}`, {
      id,
      repo: c.repo,
      service: c.service ?? service,
      ...(c.environment ? { environment: clip(redactor.text(c.environment), 128) } : {}),
      startedAt: iso(c.at),
      at: iso(c.finishedAt ?? c.at),
      sha: c.sha,
      ...(previousSha && FULL_SHA.test(previousSha) ? { previousSha } : {}),
      ...(state ? { state } : {}),
      ...(shipped ? { commits: shipped } : {})
    })
  }
  for (const c of gathered.changes) if (c.kind === 'deployment') deploymentOf(c)
  for (const { deployment, build } of gathered.builds) {
    const shipped = build.commits.filter((c) => FULL_SHA.test(c.sha))
    deploymentOf(
      deployment,
      shipped.map((c) => c.sha),
      build.previousSha
    )
    for (const c of shipped) {
      const message = clip(redactor.text(c.message), MAX_COMMIT_MESSAGE)
      const squashed = SQUASHED_PULL.exec(message.split('\n', 1)[0] ?? '')?.[1]
      const pullRequest = pullOfMerge.get(c.sha) ?? (squashed ? Number(squashed) : undefined)
      commits.set(c.sha, {
        sha: c.sha,
        repo: deployment.repo,
        at: iso(Number.isFinite(c.at) ? c.at : deployment.at),
        message,
        ...(c.author ? { author: clip(redactor.text(c.author), 128) } : {}),
        ...(pullRequest && pullRequest >= 1 ? { pullRequest } : {}),
        files: c.files
          .filter((f) => f.path.length > 0 && f.path.length <= MAX_PATH)
          .slice(0, 300)
          .map((f) => ({
            path: f.path,
            status: fileStatus(f.status),
            ...(f.patch !== undefined ? { patch: clip(redactor.text(f.patch), MAX_PATCH) } : {})
          }))
      })
    }
  }
  return {
    version: SNAPSHOT_VERSION,
    takenAt: iso(input.takenAt.getTime()),
    event: incident.raw && typeof incident.raw === 'object' ? incident.raw : {},
    service,
    services: {
      [service]: {
        logs: lines.map(({ line, level }) => ({
          at: iso(line.timestamp),
          level,
          message: clip(line.message, MAX_MESSAGE)
        })),
        metrics
      }
    },
    ...(input.components?.length ? { components: [...input.components] } : {}),
    deployments: [...deployments.values()].slice(0, 200),
    commits: [...commits.values()].slice(0, 500),
    ...(gathered.health.length > 0
      ? {
          awsHealth: gathered.health.slice(0, 50).map(({ notice, relevance }) => ({
            at: iso(notice.startedAt ?? 0),
            eventTypeCode: notice.eventTypeCode,
            ...(notice.service ? { service: notice.service } : {}),
            ...(notice.statusCode ? { statusCode: notice.statusCode } : {}),
            relevance: clip(redactor.text(relevance), 300),
            issue: notice.issue
          }))
        }
      : {})
  }
}

function seriesOf(s: MetricSeries): SnapshotSeries {
  const points: [string, number][] = []
  for (let i = 0; i < s.timestamps.length; i++) {
    const t = s.timestamps[i]
    const v = s.values[i]
    if (t !== undefined && v !== undefined && Number.isFinite(t) && Number.isFinite(v))
      points.push([iso(t), v])
  }
  points.sort((a, b) => a[0].localeCompare(b[0]))
  return { kind: metricKind(s.label), points: points.slice(-MAX_POINTS) }
}
