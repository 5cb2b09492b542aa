// What the context stage needs from the world, declared here and implemented by adapters
// (src/adapters): logs and metrics around the incident, past incidents and recent changes.
import type { Metric } from '../generated/incident.js'

export interface LogLine {
  timestamp?: number
  message: string
  stream?: string
}

export interface LogLimits {
  maxLines: number
  maxBytes: number
}

export interface LogFetch {
  lines: LogLine[]
  /** Why fewer lines than exist came back, if so. */
  truncated?: string
}

export interface LogSource {
  fetch(group: string, startMs: number, endMs: number, limits: LogLimits): Promise<LogFetch>
}

export interface MetricSeries {
  label: string
  timestamps: number[]
  values: number[]
}

export interface MetricSource {
  series(metrics: readonly Metric[], startMs: number, endMs: number): Promise<MetricSeries[]>
}

export interface PastIncident {
  number: number
  title: string
  url: string
  closedAt?: string
  labels: string[]
  /** The same alarm (fingerprint), or only a similar title. */
  sameAlarm: boolean
  /** Title similarity to this incident (1 for the same alarm). */
  similarity: number
}

export interface PastIncidentSource {
  /**
   * Closed OpsLoop issues about the same alarm, newest first, then the ones whose titles are
   * most like `title`.
   */
  related(fingerprint: string, title: string): Promise<PastIncident[]>
}

export type ChangeKind = 'deployment' | 'release' | 'pull'

export interface Change {
  kind: ChangeKind
  /** `owner/name` */
  repo: string
  /** When the change landed (deployment created, release published, pull request merged). */
  at: number
  /** The pull request's title, the release's name, or the deployment's description. Untrusted. */
  title: string
  author?: string
  ref?: string
  sha?: string
  /** Deployment environment. */
  environment?: string
  /** The deployment's latest status (`success`, `failure`, ...). */
  state?: string
  /** Pull request number. */
  number?: number
  url?: string
}

export interface RepoRef {
  owner: string
  repo: string
}

export interface ChangeSource {
  /** Changes of one kind in one repository whose time lies in [sinceMs, untilMs], newest first. */
  list(kind: ChangeKind, repo: RepoRef, sinceMs: number, untilMs: number): Promise<Change[]>
}
