// `intake`: an AWS incident arrives; it ends up in exactly one open issue. A new incident opens an
// issue with its triage and plan, then posts OpsLoop's sealed record of it (the incident and the
// plan) as the issue's first comment; a repeat delivery updates the sealed occurrence count in
// place (a redelivered event, same id, changes nothing); an alarm back in OK is noted, labelled
// and, if configured, closed. Only an open issue whose body carries OpsLoop's sealed state for
// this fingerprint is the incident's issue: a look-alike someone else opened is passed over.
// GitHub cost: new 3 requests plus the evidence (past incidents 2, recent changes 3 per
// repository and a status per recent deployment), repeat 2 (3 when it fires again after
// recovering), recovery 3.
import type { IncidentIssues, IssueRef, OpenIssue } from '../intake/ports.js'
import { classify, readDelivery, type Delivery, type IntakePolicy } from '../intake/dispatch.js'
import type { Incident } from '../generated/incident.js'
import { fingerprint } from '../intake/fingerprint.js'
import {
  readOccurrences,
  stateMarker,
  withStateMarker,
  type OccurrenceState
} from '../issue/occurrences.js'
import { OUTCOME_LABELS } from '../issue/labels.js'
import type { RecordKey } from '../issue/record.js'
import { recordWriter } from '../issue/write.js'
import type { FactSources } from '../context/ports.js'
import type { InstanceDirectory } from '../plan/ports.js'
import {
  approvalInfo,
  occurrenceComment,
  type ApprovalInfo,
  recoveryComment,
  withOccurrenceRow
} from '../report/incident-issue.js'
import { recordComment } from '../report/remediation.js'
import type { CatalogRunbook, ProviderName, TriageProvider } from '../triage/types.js'
import { Redactor } from '../context/redact.js'
import {
  analyze,
  normalizeDelivery,
  type Analysis,
  runStage,
  type AnalyzeInput,
  type Stage
} from '../pipeline.js'

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
  const { incident } = decision
  const fp = fingerprint(incident)
  const { key, repo } = input.records
  // The oldest open issue that carries OpsLoop's sealed state for this incident.
  let open: (OpenIssue & { state: OccurrenceState }) | undefined
  for (const candidate of await input.issues.findOpen(fp)) {
    const state = readOccurrences(candidate.body, key, repo, fp)
    if (state) {
      open = { ...candidate, state }
      break
    }
  }
  const ref = (o: IssueRef): IssueRef => ({ number: o.number, url: o.url })

  if (decision.kind === 'recovery') {
    if (!open)
      return {
        action: 'skipped',
        reason: 'the alarm is OK and no incident issue is open for it',
        fingerprint: fp
      }
    const close = input.policy.closeOnRecovery
    await input.issues.comment(open.number, recoveryComment(incident, close))
    await input.issues.update(open.number, {
      labels: [...new Set([...open.labels, RECOVERED_LABEL])],
      ...(close ? { state: 'closed' as const } : {})
    })
    return { action: 'resolved', issue: ref(open), fingerprint: fp, severity: incident.severity }
  }

  if (open) {
    const state = open.state
    if (incident.id !== undefined && state.eventIds.includes(incident.id)) {
      return {
        action: 'duplicate',
        issue: ref(open),
        fingerprint: fp,
        severity: incident.severity,
        occurrences: state.occurrences
      }
    }
    const next = {
      occurrences: state.occurrences + 1,
      lastSeen: now().toISOString(),
      eventIds: [...state.eventIds, ...(incident.id ? [incident.id] : [])].slice(-REMEMBERED_IDS)
    }
    const refired = open.labels.includes(RECOVERED_LABEL)
    if (refired) await input.issues.comment(open.number, occurrenceComment(incident))
    await input.issues.update(open.number, {
      body: withStateMarker(withOccurrenceRow(open.body, next), stateMarker(key, repo, fp, next)),
      ...(refired ? { labels: open.labels.filter((l) => l !== RECOVERED_LABEL) } : {})
    })
    return {
      action: 'updated',
      issue: ref(open),
      fingerprint: fp,
      severity: incident.severity,
      occurrences: next.occurrences
    }
  }

  const analysis = await analyze(
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
      stateMarker: (state) => stateMarker(key, repo, fp, state),
      now: now()
    },
    incident
  )
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
    ...(analysis.plan?.digest ? { planDigest: analysis.plan.digest } : {})
  }
}
