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
import type { FoundIssue, IncidentIssues, IssueRef } from '../intake/ports.js'
import { classify, readDelivery, type Delivery, type IntakePolicy } from '../intake/dispatch.js'
import type { Incident } from '../generated/incident.js'
import type { IncidentSnapshot } from '../generated/snapshot.js'
import { fingerprint } from '../intake/fingerprint.js'
import {
  readOccurrences,
  stateMarker,
  withStateMarker,
  type OccurrenceState
} from '../issue/occurrences.js'
import { OUTCOME_LABELS } from '../issue/labels.js'
import { healthState } from '../intake/sources/health.js'
import { watchedLogGroup } from '../intake/sources/log-anomaly.js'
import type { RecordKey } from '../issue/record.js'
import { recordWriter } from '../issue/write.js'
import type { FactSources } from '../context/ports.js'
import type { InstanceDirectory } from '../plan/ports.js'
import {
  approvalInfo,
  lateRecoveryComment,
  occurrenceComment,
  type ApprovalInfo,
  recoveryComment,
  unprocessedIssue,
  withOccurrenceRow
} from '../report/incident-issue.js'
import { recordComment } from '../report/remediation.js'
import type { CatalogRunbook, ProviderName, TriageProvider } from '../triage/types.js'
import { Redactor } from '../context/redact.js'
import type { Analysis, AnalyzeInput } from '../pipeline.js'
import { normalizeDelivery } from '../intake/redacted-incident.js'
import { runStage, type Stage } from '../util/stage.js'

const RECOVERED_LABEL = OUTCOME_LABELS.recovered
/** Event ids remembered per issue to recognise redeliveries. */
const REMEMBERED_IDS = 20

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

function analysisApproval(analysis: Analysis): ApprovalInfo | undefined {
  const runbook = analysis.report.runbook
  return runbook ? approvalInfo(runbook.approval) : undefined
}

/** The instance directory, when one is configured, as analyze() takes it. */
export async function withInstanceDirectory(
  load: () => Promise<InstanceDirectory | undefined>
): Promise<{ instances?: InstanceDirectory }> {
  const instances = await load()
  return instances ? { instances } : {}
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
  return input.issues.exclusive(fp, () => handleIncident(input, handling))
}

interface Handling {
  delivery: Delivery & { kind: 'payload' }
  redactor: Redactor
  decision: IntakeDecision & { kind: 'recovery' | 'incident' }
  fp: string
  now: () => Date
}

type Found = FoundIssue & { occurrences: OccurrenceState }

/** When the event happened (its own time, else now), in ms, to order deliveries that race. */
function eventTime(incident: Incident, now: () => Date): { at: string; ms: number } {
  const ms = incident.time ? Date.parse(incident.time) : NaN
  const at = Number.isFinite(ms) ? new Date(ms) : now()
  return { at: at.toISOString(), ms: at.getTime() }
}

const msOf = (iso: string | undefined): number => (iso ? Date.parse(iso) : NaN)

/**
 * Whether the issue's alarm is back in OK: by the sealed times when the state has them, else (an
 * issue from before they were kept) by the `recovered` label.
 */
function isRecovered(issue: Found): boolean {
  const { firedAt, recoveredAt } = issue.occurrences
  if (recoveredAt === undefined) return issue.labels.includes(RECOVERED_LABEL)
  return firedAt === undefined || msOf(recoveredAt) >= msOf(firedAt)
}

const later = (a: string | undefined, b: string): string =>
  a !== undefined && msOf(a) >= msOf(b) ? a : b

const remembered = (state: OccurrenceState, id: string | undefined): string[] =>
  [...state.eventIds, ...(id ? [id] : [])].slice(-REMEMBERED_IDS)

/** OpsLoop's issues of this incident (sealed state for this fingerprint); others are passed over. */
async function issuesOf(input: IntakeInput, fp: string): Promise<Found[]> {
  const { key, repo } = input.records
  const ours: Found[] = []
  for (const candidate of await input.issues.find(fp)) {
    const occurrences = readOccurrences(candidate.body, key, repo, fp)
    if (occurrences) ours.push({ ...candidate, occurrences })
  }
  return ours
}

async function handleIncident(input: IntakeInput, h: Handling): Promise<IntakeResult> {
  const { delivery, redactor, decision, fp, now } = h
  const { incident } = decision
  const { key, repo } = input.records
  // A watch issue seals its log group with its state, and a Health incident's issue its event,
  // for a later alarm to find (context/gather.ts).
  const health = healthState(incident)
  const watch = watchedLogGroup(incident)
  const about = {
    ...(watch === undefined ? {} : { watch }),
    ...(health === undefined ? {} : { health })
  }
  const time = eventTime(incident, now)
  const ours = await issuesOf(input, fp)
  // The oldest open one is the incident's issue, but an alarm that fired before a recovery that
  // closed an issue belongs to that episode: the first closed issue whose recovery came after it.
  const open = ours.find((i) => i.state === 'open')
  const ref = (o: IssueRef): IssueRef => ({ number: o.number, url: o.url })
  const seenBefore = (issue: Found): boolean =>
    incident.id !== undefined && issue.occurrences.eventIds.includes(incident.id)
  const body = (issue: Found, next: OccurrenceState): string =>
    withStateMarker(withOccurrenceRow(issue.body, next), stateMarker(key, repo, fp, next, about))

  if (decision.kind === 'recovery') {
    if (!open)
      return {
        action: 'skipped',
        reason: 'the alarm is OK and no incident issue is open for it',
        fingerprint: fp
      }
    const state = open.occurrences
    const result = { issue: ref(open), fingerprint: fp, severity: incident.severity }
    if (seenBefore(open) || (state.recoveredAt && msOf(state.recoveredAt) >= time.ms))
      return { action: 'duplicate', ...result, occurrences: state.occurrences }
    const next: OccurrenceState = {
      ...state,
      eventIds: remembered(state, incident.id),
      recoveredAt: time.at
    }
    // An OK older than the latest alarm arrived late: it is noted, and the incident stays open.
    if (state.firedAt && msOf(state.firedAt) > time.ms) {
      await input.issues.comment(open.number, lateRecoveryComment(incident, state.firedAt))
      await input.issues.update(open.number, { body: body(open, next) })
      return { action: 'updated', ...result, occurrences: state.occurrences }
    }
    const close = input.policy.closeOnRecovery
    await input.issues.comment(open.number, recoveryComment(incident, close))
    await input.issues.update(open.number, {
      body: body(open, next),
      ...(close ? { state: 'closed' as const } : {})
    })
    if (!open.labels.includes(RECOVERED_LABEL))
      await input.issues.addLabel(open.number, RECOVERED_LABEL)
    return { action: 'resolved', ...result }
  }

  // A repeat: counted on the issue of its episode (a closed one when it was delivered after the
  // recovery that closed it), else on the open issue.
  const closedLate = ours.find(
    (i) =>
      i.state === 'closed' &&
      i.occurrences.recoveredAt !== undefined &&
      msOf(i.occurrences.recoveredAt) >= time.ms
  )
  const current = closedLate ?? open
  if (current) {
    const state = current.occurrences
    if (seenBefore(current))
      return {
        action: 'duplicate',
        issue: ref(current),
        fingerprint: fp,
        severity: incident.severity,
        occurrences: state.occurrences
      }
    const next: OccurrenceState = {
      ...state,
      occurrences: state.occurrences + 1,
      lastSeen: now().toISOString(),
      eventIds: remembered(state, incident.id),
      firedAt: later(state.firedAt, time.at)
    }
    // It fired again after recovering: said once, and the `recovered` label comes off.
    const refired =
      current === open &&
      isRecovered(current) &&
      (state.recoveredAt === undefined || time.ms > msOf(state.recoveredAt))
    if (refired) await input.issues.comment(current.number, occurrenceComment(incident))
    await input.issues.update(current.number, { body: body(current, next) })
    if (refired && current.labels.includes(RECOVERED_LABEL))
      await input.issues.removeLabel(current.number, RECOVERED_LABEL)
    return {
      action: 'updated',
      issue: ref(current),
      fingerprint: fp,
      severity: incident.severity,
      occurrences: next.occurrences
    }
  }

  const initial: OccurrenceState = {
    occurrences: 1,
    lastSeen: now().toISOString(),
    eventIds: incident.id ? [incident.id] : [],
    firedAt: time.at
  }
  let analysis: Analysis
  try {
    // Only a new incident is analysed, so only it loads triage and planning: a repeat, a
    // redelivery or a recovery never does.
    const { analyze } = await import('../pipeline.js')
    analysis = await analyze(
      {
        delivery,
        redactor,
        ...(input.context ? { context: await input.context() } : {}),
        catalog: await input.catalog(),
        provider: input.provider,
        ...(input.stage ? { stage: input.stage } : {}),
        ...(input.commit ? { commit: input.commit } : {}),
        ...(input.requestedBy ? { requestedBy: input.requestedBy } : {}),
        ...(input.instances ? await withInstanceDirectory(input.instances) : {}),
        ...(input.facts ? { facts: await input.facts() } : {}),
        ...(input.snapshotRun ? { snapshotRun: input.snapshotRun } : {}),
        stateMarker: (state) => stateMarker(key, repo, fp, { ...state, firedAt: time.at }, about),
        now: now()
      },
      incident
    )
  } catch (e) {
    // A fault of OpsLoop's own while analysing (the catalog, a look-up, a bug) must not lose the
    // incident: it still gets its issue, which says what failed and can run nothing.
    const failure = redactor.text(e instanceof Error ? e.message : String(e))
    const issue = await input.issues.create(
      unprocessedIssue(incident, fp, failure, initial, stateMarker(key, repo, fp, initial, about))
    )
    return {
      action: 'created',
      issue,
      title: `${incident.alarmName ?? incident.detailType}: not triaged`,
      summary: `OpsLoop could not triage this incident: ${failure}`,
      fingerprint: fp,
      severity: incident.severity,
      provider: 'rules'
    }
  }
  const stage = input.stage ?? runStage
  const issue = await stage('Report: open the incident issue', () =>
    input.issues.create(analysis.draft)
  )
  // The sealed record that makes the issue OpsLoop's, with the plan people may approve. Were this
  // comment lost, the issue would stand with no plan, and nothing could run: safe, and visible.
  const writer = recordWriter(key, { repo, issue: issue.number, fingerprint: fp }, now)
  await input.issues.comment(
    issue.number,
    recordComment(
      analysis.plan,
      analysisApproval(analysis),
      // The event, redacted as everything else, is kept so that /set and /retriage can plan again.
      writer.incident(analysis.incident, redactor.json(delivery.payload)) +
        (analysis.plan ? `\n${writer.plan(analysis.plan)}` : '')
    )
  )
  const rules = analysis.plan ? analysisApproval(analysis) : undefined
  return {
    action: 'created',
    issue,
    title: analysis.draft.title,
    summary: analysis.triage.summary,
    ...(rules?.required && analysis.plan?.problems.length === 0 ? { approval: rules.text } : {}),
    fingerprint: fp,
    severity: analysis.triage.severity,
    provider: analysis.triage.provider,
    ...(analysis.plan ? { runbook: analysis.plan.runbook.id } : {}),
    ...(analysis.plan?.digest ? { planDigest: analysis.plan.digest } : {}),
    ...(analysis.snapshot ? { snapshot: analysis.snapshot } : {})
  }
}
