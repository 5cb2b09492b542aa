// `intake`: an AWS incident arrives; it ends up in exactly one open issue. A new incident opens an
// issue with its triage and plan, then posts OpsLoop's sealed record of it (the incident and the
// plan) as the issue's first comment; a repeat delivery updates the sealed occurrence count in
// place (a redelivered event, same id, changes nothing); an alarm back in OK is noted, labelled
// and, if configured, closed. Only an issue whose body carries OpsLoop's sealed state for this
// fingerprint is the incident's issue: a look-alike someone else opened is passed over.
// Deliveries race (several runners, retries, several envelopes of one alarm): each one holds the
// incident's lock (IncidentIssues.exclusive) from the look-up to its last write, and the sealed
// state keeps when the alarm last fired and recovered, so deliveries handled out of order still
// leave the right state: an OK older than the latest alarm does not close it, an alarm older than
// the recovery that closed its issue is counted there instead of opening another.
// GitHub cost: the lock 2 (create and delete its label; a waiter 1 per attempt), plus: new 3
// requests and the evidence (past incidents 2, recent changes 3 per repository and a status per
// recent deployment, what the 3 newest deployments shipped at most 16 each), repeat 2 (4 when it fires again after recovering), redelivery 1,
// recovery 4.
import type { IncidentIssues } from '../intake/ports.js'
import { classify, readDelivery, type Delivery, type IntakePolicy } from '../intake/dispatch.js'
import type { Incident } from '../generated/incident.js'
import type { IncidentSnapshot } from '../generated/snapshot.js'
import { fingerprint } from '../intake/fingerprint.js'
import type { RecordKey } from '../issue/record-key.js'
import type { FactSources } from '../context/ports.js'
import type { InstanceDirectory } from '../plan/ports.js'
import type { CatalogRunbook, ProviderName, TriageProvider } from '../triage/types.js'
import { Redactor } from '../context/redact.js'
import type { AnalyzeInput } from '../pipeline.js'
import { normalizeDelivery } from '../intake/redacted-incident.js'
import type { Stage } from '../util/stage.js'
import type { IssueRef } from '../intake/ports.js'

export type IntakeResult =
  | {
      action: 'created'
      issue: IssueRef
      title: string
      summary: string
      fingerprint: string
      severity: string
      provider: ProviderName
      runbook?: string
      planDigest?: string
      /** Who may approve the plan, when it is ready and needs approval. */
      approval?: string
      /** What intake gathered, for the run's artifact (absent when nothing was gathered). */
      snapshot?: IncidentSnapshot
    }
  | {
      action: 'updated' | 'resolved' | 'duplicate'
      issue: IssueRef
      fingerprint: string
      severity: string
      occurrences?: number
    }
  | { action: 'skipped'; reason: string; fingerprint?: string }

export interface IntakeInput {
  eventName: string
  /** The webhook payload (GITHUB_EVENT_PATH). */
  webhook: unknown
  eventType: string
  /**
   * Runbooks that passed validation, loaded only when a new incident needs triage: a repeat
   * delivery or a recovery never pays for reading the catalog.
   */
  catalog: () => Promise<readonly CatalogRunbook[]>
  issues: IncidentIssues
  provider: TriageProvider
  policy: IntakePolicy & { closeOnRecovery: boolean }
  /** Sources of logs, metrics and past incidents, set up only when a new incident needs them. */
  context?: () => Promise<AnalyzeInput['context']>
  /** The commit the runbooks were read at. */
  commit?: string
  /** Runs one pipeline stage (the action folds each one's log under a heading). */
  stage?: Stage
  /** The workflow's actor, recorded on the plan for the self-approval rule. */
  requestedBy?: string
  /** The key OpsLoop seals its records with, and the repository (`owner/name`) they belong to. */
  records: { key: RecordKey; repo: string }
  /** Resolves tag targets to instances (SSM); without it such plans cannot be approved. */
  instances?: () => Promise<InstanceDirectory | undefined>
  /**
   * Where facts the bare event lacks are looked up (tags, ECS, Auto Scaling, the SSM status of its
   * instances, log anomalies), only when needed.
   */
  facts?: () => Promise<FactSources>
  /** The run whose `opsloop-snapshot` artifact will hold the snapshot, linked from the issue. */
  snapshotRun?: string
  now?: () => Date
}

/**
 * What intake does with a delivered payload, decided before it looks at GitHub: skip it (and
 * why), note a recovery on the open issue for its alarm, or handle an incident (open an issue, or
 * count a repeat on the open one). `opsloop triage` reports the same decision.
 */
export type IntakeDecision =
  | { kind: 'skip'; reason: string }
  | { kind: 'recovery'; incident: Incident; reason: string }
  | { kind: 'incident'; incident: Incident }

/** Why an alarm back in `OK` opens nothing. */
export const RECOVERY_REASON =
  'alarm state OK: a recovery; it is noted on the open issue for this alarm, if there is one'

/** The decision for a payload; the incident comes out redacted with `redactor`. */
export function intakeDecision(
  delivery: Delivery & { kind: 'payload' },
  policy: IntakePolicy,
  redactor: Redactor
): IntakeDecision {
  const incident = normalizeDelivery(delivery, redactor)
  const decision = classify(incident, policy)
  if (decision.kind === 'skip') return { kind: 'skip', reason: decision.reason }
  if (incident.kind === 'alarm' && incident.state === 'OK')
    return { kind: 'recovery', incident, reason: RECOVERY_REASON }
  return { kind: 'incident', incident }
}

export async function intakeCommand(input: IntakeInput): Promise<IntakeResult> {
  const now = input.now ?? (() => new Date())
  const delivery = readDelivery(input.eventName, input.webhook, input.eventType)
  if (delivery.kind === 'ignore') return { action: 'skipped', reason: delivery.reason }
  // One redaction step for the run: the incident is redacted before anything reads it.
  const redactor = new Redactor()
  const decision = intakeDecision(delivery, input.policy, redactor)
  if (decision.kind === 'skip') return { action: 'skipped', reason: decision.reason }
  const fp = fingerprint(decision.incident)
  const handling = { delivery, redactor, decision, fp, now }
  // Everything from the look-up of the incident's issue to the last write on it happens under
  // the incident's lock: deliveries racing on several runners open one issue and lose no count.
  // What happens under the lock loads under it: the first request (the lock) waits for no more
  // than reading the delivery.
  return input.issues.exclusive(fp, async () =>
    (await import('./intake-issue.js')).handleIncident(input, handling)
  )
}
