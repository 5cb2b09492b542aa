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

/** An AWS Health event OpsLoop received as an incident, as that issue's sealed state says it. */
export interface HealthNotice {
  /** The Health incident's issue. */
  issue: number
  url: string
  eventTypeCode: string
  /** As Health names it (`EC2`, `RDS`, `ELASTICLOADBALANCING`). */
  service?: string
  statusCode?: 'open' | 'closed' | 'upcoming'
  region?: string
  /** When the event started and ended (epoch ms). */
  startedAt?: number
  endedAt?: number
  /** Instance ids, ARNs or names the event lists; empty for the service in the region. */
  entities: string[]
}

export interface HealthSource {
  /** Health incidents' issues updated since `sinceMs`, one per Health event. */
  notices(sinceMs: number): Promise<HealthNotice[]>
}

/** An open watch issue: what OpsLoop's log detector saw in a log group before any alarm. */
export interface Watch {
  number: number
  url: string
  /** The issue's title (log text: untrusted). */
  title: string
  logGroup: string
  /** When the watch's first anomaly fired (epoch ms), from its sealed state. */
  firstSignalAt?: number
}

export interface WatchSource {
  /** Open watch issues of these log groups, as their sealed state names them. */
  watches(logGroups: readonly string[]): Promise<Watch[]>
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
  /** The deployment's id. */
  id?: number
  /** When the deployment's latest status was set (it finished rolling out, or failed). */
  finishedAt?: number
  /** The service a deployment names in its payload (`{"service": "checkout"}`). */
  service?: string
}

/** A commit a deployment shipped, with its files and bounded diffs. Its text is untrusted. */
export interface ShippedCommit {
  sha: string
  /** When it was committed (epoch ms). */
  at: number
  message: string
  author?: string
  files: { path: string; status: string; patch?: string }[]
}

/** What a deployment shipped: the commits since the previous successful one, oldest first. */
export interface DeploymentBuild {
  /** The previous successful deployment of the environment; absent when none was found. */
  previousSha?: string
  commits: ShippedCommit[]
  /** What was left out, and why. */
  truncated?: string
}

export interface RepoRef {
  owner: string
  repo: string
}

export interface ChangeSource {
  /** Changes of one kind in one repository whose time lies in [sinceMs, untilMs], newest first. */
  list(kind: ChangeKind, repo: RepoRef, sinceMs: number, untilMs: number): Promise<Change[]>
  /**
   * The commits a deployment shipped (compare API from the environment's previous successful
   * deployment), each with its files and bounded patches.
   */
  build?(repo: RepoRef, deployment: Change): Promise<DeploymentBuild>
}

/** Tags of AWS resources, read-only. */
export interface TagSource {
  /** The alarm's tags (CloudWatch ListTagsForResource). */
  alarmTags(alarmArn: string): Promise<Record<string, string>>
  /** Tags of resources by ARN (Resource Groups Tagging API GetResources); unknown ARNs are absent. */
  resourceTags(arns: readonly string[]): Promise<Map<string, Record<string, string>>>
}

export interface EcsDeployment {
  /** `PRIMARY` (the one being rolled out or running), `ACTIVE` (an earlier one still running). */
  status: string
  taskDefinition: string
  rolloutState?: string
  /** Epoch ms. */
  createdAt?: number
}

export interface EcsService {
  cluster: string
  service: string
  deployments: EcsDeployment[]
}

/** An ECS service and its task definitions, read-only. */
export interface EcsSource {
  /** The service as DescribeServices reports it; undefined when ECS does not know it. */
  service(cluster: string, service: string): Promise<EcsService | undefined>
  /** The `awslogs-group` of each container of a task definition (DescribeTaskDefinition). */
  logGroups(taskDefinition: string): Promise<string[]>
}

/** Auto Scaling, read-only. */
export interface AutoScalingSource {
  /** The Auto Scaling group an instance belongs to, if any (DescribeAutoScalingGroups). */
  groupOf(instanceId: string): Promise<string | undefined>
}

/** A CloudWatch Logs anomaly detector. */
export interface LogAnomalyDetector {
  arn: string
  name?: string
  /** Names of the log groups it watches. */
  logGroups: string[]
}

/** One anomaly a detector found. Its text is untrusted, like a log line. */
export interface LogAnomaly {
  id: string
  detectorArn: string
  /** The log pattern, with `<*>` for the parts that vary. */
  pattern: string
  description?: string
  /** `HIGH`, `MEDIUM` or `LOW`. */
  priority?: string
  /** `Active`, `Suppressed` or `Baseline`. */
  state?: string
  active?: boolean
  /** Epoch ms. */
  firstSeen: number
  lastSeen: number
  /** Names of the log groups it was found in. */
  logGroups: string[]
}

/** CloudWatch Logs anomaly detection, read-only. */
export interface LogAnomalySource {
  /**
   * The anomaly detectors watching any of `logGroups` (ListLogAnomalyDetectors), at most `max`,
   * in the order AWS lists them.
   */
  detectors(logGroups: readonly string[], max: number): Promise<LogAnomalyDetector[]>
  /**
   * Unsuppressed anomalies a detector found (ListAnomalies), at most `max` of them read; AWS
   * sorts them by nothing in particular, so the caller picks.
   */
  anomalies(detectorArn: string, max: number): Promise<LogAnomaly[]>
}

/** A managed node as SSM reports it. */
export interface ManagedInstance {
  id: string
  /** `Online`, `ConnectionLost` or `Inactive`. */
  pingStatus?: string
  /** Epoch ms. */
  lastPingAt?: number
  platformType?: string
  platformName?: string
  platformVersion?: string
  agentVersion?: string
}

/** The managed nodes SSM knows, read-only. */
export interface ManagedInstanceSource {
  /**
   * Those of `ids` SSM manages (DescribeInstanceInformation); an instance it does not manage is
   * absent from the answer.
   */
  managed(ids: readonly string[]): Promise<ManagedInstance[]>
}

/** Where facts about an incident are looked up; a source that is absent is not looked up. */
export interface FactSources {
  tags?: TagSource
  ecs?: EcsSource
  autoScaling?: AutoScalingSource
  /** The SSM status of the instances the incident names. */
  instances?: ManagedInstanceSource
  /** What anomaly detectors found in the incident's log groups. */
  anomalies?: LogAnomalySource
}
