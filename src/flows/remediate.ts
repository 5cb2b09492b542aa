// `remediate`: runs an approved plan exactly once. It re-reads the plan from the issue, checks it
// against the runbook as it is now, re-checks the approvals (or takes the environment's), makes
// sure the incident still needs it, claims the run (a sealed claim on the run's progress comment,
// then the run label), runs it through SSM, verifies, rolls back on failure and reports every
// step on the issue. A run notifies people twice: the progress comment is posted once and then
// edited as the run advances (edits notify nobody), and the result is one more comment, with the
// sealed outcome. A refusal is one comment.
import { parseCommentCommand } from '../approval/comment-command.js'
import { approvalContext, humanComments, isAutomation } from '../approval/thread-approvals.js'
import { Redactor } from '../context/redact.js'
import { evaluateApprovals, parseDuration } from '../approval/policy.js'
import { planBreakers } from '../approval/breakers.js'
import { stepDocuments, type DocumentStep, type StepDocument } from '../catalog/ssm-document.js'
import {
  guardAlarmName,
  renderAction,
  type RenderContext,
  type RunbookAction
} from '../execution/render.js'
import type { WorkflowRequest } from '../execution/request.js'
import type { ExecutionResult, SsmRunner, WorkflowDispatcher } from '../execution/ports.js'
import type { Runbook } from '../generated/runbook.js'
import type { EnvironmentApproval, RunHistory } from '../approval/ports.js'
import { OUTCOME_LABELS, RAN_LABEL_PREFIX, ranLabel } from '../issue/labels.js'
import { currentEntry, readLedger, wasClaimed, type Ledger } from '../issue/ledger.js'
import type { RecordKey } from '../issue/record.js'
import type { RunThread } from '../issue/thread.js'
import { recordWriter, type RecordWriter } from '../issue/write.js'
import { currentPlan, planChanges } from '../plan/current.js'
import { bindInstances, targetIds, type Plan, type ReadyPlan } from '../plan/plan.js'
import { taggedInstances, type InstanceDirectory } from '../plan/ports.js'
import { code } from '../report/markdown.js'
import {
  changedPlanReply,
  guardAlarmRefusal,
  progressComment,
  recoveredComment,
  runResultComment,
  type RunLog
} from '../report/remediation.js'
import type { CatalogRunbook } from '../triage/types.js'
import { realClock, type Clock } from '../util/clock.js'
import { waitForOk } from '../verify/alarms.js'
import type { AlarmStates } from '../verify/ports.js'

const LABELS = OUTCOME_LABELS

export type RemediateOutcome =
  'remediated' | 'failed' | 'rolled-back' | 'already-run' | 'recovered' | 'not-approved' | 'refused'

export interface RemediateResult {
  outcome: RemediateOutcome
  reason: string
  digest?: string
  /** What ran, on which incident, approved by whom: set when the runbook was run. */
  ran?: {
    issue: { number: number; url: string; title: string }
    runbook: string
    fingerprint: string
    approvers: string[]
  }
}

export interface RemediateInput {
  thread: RunThread
  catalog: () => Promise<readonly CatalogRunbook[]>
  ssm: SsmRunner
  /** GitHub workflow dispatch, for `workflowDispatch` steps; without it they fail, saying so. */
  workflows?: WorkflowDispatcher
  /** CloudWatch, for the still-firing check and `verify.alarmOk`; undefined skips both, with a note. */
  alarms?: AlarmStates
  /** `comment`: count `/approve` comments now; `environment`: the job's environment reviewers approved. */
  approvalMode: 'comment' | 'environment'
  /** The digest the deciding job approved; the plan must still have it. */
  expectedDigest?: string
  /** The action's own identity and other automation, never counted as people. */
  ignoredLogins: readonly string[]
  /** The key OpsLoop seals its records with, and the repository (`owner/name`) they belong to. */
  records: { key: RecordKey; repo: string }
  /** Resolves tag targets again just before the run (SSM). */
  instances?: InstanceDirectory
  /** Refuse to act when the triggering alarm is no longer in ALARM (default true). */
  requireAlarm: boolean
  closeOnSuccess: boolean
  environment?: string
  runUrl?: string
  /** `environment` mode: the reviews of this run's environment gate. */
  environmentApprovals?: () => Promise<EnvironmentApproval[]>
  clock?: Clock
  /** How often a running execution looks for `/cancel` (ms). */
  cancelPollMs?: number
  /**
   * The published OpsLoop documents (SSM's hash of each, by name). With it, every step whose
   * commands compile to a document is sent as that document, and the run is refused before
   * anything is claimed unless SSM holds exactly what the reviewed runbook compiles to. Without
   * it (the `run-shell-script` opt-out), commands go as `AWS-RunShellScript` lines.
   */
  documents?: { publishedHash(name: string): Promise<string | undefined> }
  /**
   * SSM's history of runs, for the runbook's circuit breakers (approval/breakers.ts): a plan over
   * a limit, or whose limits cannot be read, is refused before anything is claimed.
   */
  history: RunHistory
}

type Action = RunbookAction

export async function remediateCommand(input: RemediateInput): Promise<RemediateResult> {
  const clock = input.clock ?? realClock
  const { thread } = input
  const refuse = async (reason: string, digest?: string): Promise<RemediateResult> => {
    await thread.reply(`❌ Nothing was run: ${reason}.`)
    return { outcome: 'refused', reason, ...(digest ? { digest } : {}) }
  }
  const snapshot = await thread.snapshot()
  const { issue } = snapshot
  const ledger = readLedger(snapshot, input.records.key, input.records.repo)
  if (!ledger.authentic) return refuse(ledger.reason)
  if (issue.state !== 'open') {
    await thread.reply('⏹️ The incident issue is closed: nothing was run.')
    return { outcome: 'refused', reason: 'the issue is closed' }
  }
  const entry = currentEntry(ledger)
  if (!entry) return refuse('OpsLoop proposed no plan on this incident')
  const writer = recordWriter(
    input.records.key,
    { repo: input.records.repo, issue: issue.number, fingerprint: ledger.fingerprint },
    () => new Date(clock.now())
  )
  const current = currentPlan(entry.plan, await input.catalog())
  if (current.kind === 'invalid') return refuse(current.reason)
  if (current.kind === 'changed') {
    const plan = { ...current.plan, proposedAt: new Date(clock.now()).toISOString() }
    await thread.reply(
      changedPlanReply(plan, current.was, current.changes, writer.plan(plan, current.was))
    )
    return { outcome: 'refused', reason: 'the plan changed since it was approved' }
  }
  const { plan, entry: catalogEntry } = current
  const runbook = catalogEntry.runbook
  if (input.expectedDigest !== undefined && input.expectedDigest !== plan.digest)
    return refuse(
      `this job was started for plan ${code(input.expectedDigest.slice(0, 12))}, but OpsLoop's current plan is ${code(plan.digest.slice(0, 12))}`,
      plan.digest
    )

  // Exactly once: a claim comment or a claim label event, which nobody can delete, ends it.
  if (wasClaimed(ledger, plan.digest))
    return { outcome: 'already-run', reason: 'this plan has already been run', digest: plan.digest }

  // Comment approvals are always read: a /reject stops an environment-approved job too.
  const state = await evaluateApprovals(
    humanComments(ledger),
    approvalContext({
      entry: { ...entry, plan },
      runbook,
      thread,
      ignoredLogins: input.ignoredLogins,
      now: new Date(clock.now())
    })
  )
  if (state.status === 'rejected')
    return refuse(`plan ${code(plan.digest.slice(0, 12))} was rejected on the issue`, plan.digest)
  let approvers: string[]
  let approvedBy: string
  if (input.approvalMode === 'comment') {
    if (state.status !== 'approved')
      return {
        outcome: 'not-approved',
        reason: `the plan is ${state.status} (${state.approvers.length} of ${state.needed} approvals)`,
        digest: plan.digest
      }
    approvers = state.approvers
    approvedBy = approvers.map((a) => `@${a}`).join(', ')
  } else {
    approvers = await environmentApprovers(input, plan, runbook)
    const needed = runbook.approval.minApprovals ?? 1
    if (approvers.length < needed) {
      await thread.reply(
        `❌ Nothing was run: ${approvers.length} person(s) approved the ${code(input.environment ?? '?')} environment for this run, and runbook ${code(runbook.id)} needs ${needed}. Give the environment required reviewers, or approve by comment.`
      )
      return {
        outcome: 'not-approved',
        reason: `${approvers.length} of ${needed} environment approvals`,
        digest: plan.digest
      }
    }
    approvedBy = `${approvers.map((a) => `@${a}`).join(', ')} (environment ${code(input.environment ?? '?')})`
  }

  // A /cancel recorded after the approval this job acts on stops it before it starts.
  const lastApproval = Math.max(
    -1,
    ...state.decisions
      .filter((d) => d.outcome === 'approved' || d.outcome === 'counted-already')
      .map((d) => d.commentId)
  )
  const cancel = ledger.cancels.find(
    (c) =>
      c.digest === plan.digest &&
      (input.approvalMode === 'environment' || c.commentId > lastApproval)
  )
  if (cancel) {
    await thread.reply(
      `⏹️ Nothing was run: @${cancel.by} cancelled plan ${code(plan.digest.slice(0, 12))} before this job started.`
    )
    return { outcome: 'refused', reason: `cancelled by ${cancel.by}`, digest: plan.digest }
  }

  // Act only while the incident still needs it.
  const alarm = plan.incident.alarmName
  if (input.requireAlarm && alarm && input.alarms) {
    const alarmState = await input.alarms.state(alarm)
    if (alarmState === 'OK') {
      await thread.reply(recoveredComment(alarm, plan.digest))
      return { outcome: 'recovered', reason: `${alarm} is already OK`, digest: plan.digest }
    }
  }

  // The instances carrying the tags now must be exactly those approved.
  const drift = await targetDrift(input, plan, runbook, writer)
  if (drift) return drift

  // SSM must hold exactly the documents the reviewed runbook compiles to, or nothing is claimed.
  const documents = input.documents ? await publishedDocuments(runbook, input.documents) : undefined
  if (typeof documents === 'string') return refuse(documents, plan.digest)

  // The circuit breakers, from SSM's own history; a history that cannot be read runs nothing.
  const breakers = await breakerRefusal(input, runbook, plan, new Date(clock.now()))
  if (breakers) return refuse(breakers, plan.digest)

  // A guard alarm that is missing or in ALARM would have SSM stop the run at once: say so now.
  const guard = await guardRefusal(input, runbook, plan)
  if (guard) return refuse(guard, plan.digest)
  const context: Omit<RenderContext, 'step'> = {
    issueUrl: issue.url,
    ...(input.runUrl ? { runUrl: input.runUrl } : {}),
    approvers,
    digest: plan.digest,
    runbook: runbook.id
  }
  const withDocument = (step: RenderContext['step']): RenderContext => {
    const document = documents?.get(step === 'verify' ? 'check' : step)
    return { ...context, step, ...(document ? { document } : {}) }
  }
  const execution = runbook.execution
  const log: RunLog = {
    plan,
    approvedBy,
    request: renderAction(execution, plan, withDocument('execution')),
    entries: [],
    startedAt: new Date(clock.now()).toISOString()
  }

  // Exactly once. The run's progress comment is posted with a sealed claim, then the run label
  // is added: its label event, which nobody can edit or delete, is what keeps the claim once
  // OpsLoop starts editing that comment. A run label someone else put on the issue would make
  // OpsLoop's own add record no event, so it is taken off first.
  // Runs claiming at once take turns under the issue's run lock (a label only one run can
  // create): each reads the issue afresh there, so a second run finds the first one's claim
  // label event (which nobody can delete) and stops before posting anything.
  const ran = ranLabel(plan.digest)
  let labelsNow = issue.labels
  const hadLabel = (name: string) => labelsNow.some((l) => l.toLowerCase() === name.toLowerCase())
  const claiming = await thread.exclusive(async () => {
    const fresh = await thread.snapshot()
    const before = readLedger(fresh, input.records.key, input.records.repo)
    if (before.authentic && wasClaimed(before, plan.digest)) return undefined
    labelsNow = fresh.issue.labels
    const posted = await thread.reply(progressComment(log, writer.claim(plan.digest, input.runUrl)))
    if (hadLabel(ran)) await thread.removeLabel(ran)
    await thread.addLabels([ran, LABELS.remediating])
    return { claim: posted, after: await thread.snapshot() }
  })
  if (!claiming)
    return {
      outcome: 'already-run',
      reason: 'another run claimed this plan first',
      digest: plan.digest
    }
  const { claim, after } = claiming
  // Should two runs still claim at once (a lock someone deleted), the earliest claim wins and
  // every other run stops before sending anything.
  const claimed = readLedger(after, input.records.key, input.records.repo)
  const stopAfterClaim = async (
    text: string,
    result: RemediateResult,
    dropRemediating: boolean
  ): Promise<RemediateResult> => {
    await say(thread, claim.id, text)
    if (dropRemediating && !hadLabel(LABELS.remediating))
      await thread.removeLabel(LABELS.remediating)
    return result
  }
  const ids = claimed.authentic
    ? claimed.claims.filter((c) => c.digest === plan.digest).map((c) => c.commentId)
    : []
  // A claim this job cannot see as OpsLoop's own (another token opened the issue) stops it.
  if (!claimed.authentic || !ids.includes(claim.id)) {
    const reason =
      "this job's claim is not recognised as OpsLoop's own record (the job's token acts as another account than the one that opened the issue, or the claim was edited); run every OpsLoop job with the same token"
    return stopAfterClaim(
      `❌ Nothing was run: ${reason}.`,
      { outcome: 'refused', reason, digest: plan.digest },
      true
    )
  }
  // OpsLoop's comments posted since this job first looked, before its claim: an unedited one
  // holding a claim is an earlier claim; an edited one may have been a racing run's claim
  // (that run edits its progress comment once its run label is recorded, and an attacker may
  // edit one to hide it), so it stops this run too. Earlier comments were checked by wasClaimed.
  const seen = snapshot.comments.at(-1)?.id ?? 0
  const racing = after.comments.some(
    (c) => c.author?.id === claimed.identity.id && c.id > seen && c.id < claim.id && c.edited
  )
  if (Math.min(...ids) !== claim.id)
    return stopAfterClaim(
      'ℹ️ Another run claimed this plan first; this one stops without running it.',
      {
        outcome: 'already-run',
        reason: 'another run claimed this plan first',
        digest: plan.digest
      },
      false
    )
  if (racing)
    return stopAfterClaim(
      `ℹ️ This run stops without running the plan: an OpsLoop comment posted while it claimed the plan was edited since, which may hide another run's claim. The plan counts as claimed now: if no run of it follows, a new incident or a new plan is needed for one.`,
      {
        outcome: 'already-run',
        reason: 'another run may have claimed this plan first',
        digest: plan.digest
      },
      false
    )
  if (!claimed.ranLabels.has(ran.slice(RAN_LABEL_PREFIX.length))) {
    const reason = `OpsLoop's account could not record the run label ${code(ran)} (it was put back by someone else while this job claimed the plan), and without it this claim would not outlive the progress comment`
    return stopAfterClaim(
      `❌ Nothing was run: ${reason}. Run the job again.`,
      { outcome: 'refused', reason, digest: plan.digest },
      true
    )
  }
  const labels = after.issue.labels

  // From here on the progress comment is edited as the run advances: when a step starts to
  // wait (SSM still running, the alarm not yet OK) and something changed, and once at the end.
  const progress = livingComment(thread, claim.id, log)
  const waiting: Clock = {
    now: () => clock.now(),
    sleep: async (ms) => {
      await progress.write()
      await clock.sleep(ms)
    }
  }
  // Output from the hosts passes the same redaction as everything else that reaches GitHub.
  const redactor = new Redactor()
  const stopped = { byCancel: false }
  const shouldCancel = cancelWatcher(input, ledger, claim.id, clock, (text) => {
    stopped.byCancel = true
    log.entries.push({ kind: 'note', text })
  })
  const run: Runner = async (label, action, step) => {
    const req = renderAction(action, plan, withDocument(step))
    if (req.kind === 'workflow') {
      const result = await dispatchWorkflow(input.workflows, req, () => clock.now())
      log.entries.push({ kind: 'step', label, result: redactResult(result, redactor) })
      return result
    }
    const id = await input.ssm.start(req)
    log.now = `${label}: ${req.kind === 'command' ? 'command' : 'automation execution'} ${code(id)} is running.`
    const result = await input.ssm.wait(req.kind, id, {
      timeoutMs: ('timeoutSeconds' in action ? (action.timeoutSeconds ?? 600) : 600) * 1000,
      shouldCancel,
      sleep: (ms) => waiting.sleep(ms),
      now: () => clock.now()
    })
    delete log.now
    log.entries.push({ kind: 'step', label, result: redactResult(result, redactor) })
    return result
  }

  const executed = await run('Execution', execution, 'execution')
  let verified: { ok: boolean; why: string } = { ok: false, why: `execution ${executed.status}` }
  if (executed.status === 'Success')
    verified = await verify(input, plan, runbook, run, waiting, log)
  // SSM also cancels a run itself, when its guard alarm fires: only a /cancel is called one.
  else if (executed.status === 'Cancelled')
    verified = {
      ok: false,
      why: stopped.byCancel
        ? 'cancelled by /cancel'
        : 'execution Cancelled by SSM (its guard alarm fired, or it was cancelled in AWS)'
    }

  let outcome: RemediateOutcome = verified.ok ? 'remediated' : 'failed'
  if (!verified.ok && runbook.rollback && executed.status !== 'Cancelled') {
    const rolled = await run('Rollback', runbook.rollback, 'rollback')
    if (rolled.status === 'Success') outcome = 'rolled-back'
  }
  const final =
    outcome === 'remediated'
      ? [LABELS.remediated]
      : outcome === 'rolled-back'
        ? [LABELS.failed, LABELS.rolledBack]
        : [LABELS.failed]
  const close = outcome === 'remediated' && input.closeOnSuccess
  log.finished = { outcome, why: verified.why }
  log.finishedAt = new Date(clock.now()).toISOString()
  // The progress comment first, so the result can say whether it holds every step.
  const upToDate = await progress.write()
  await thread.reply(
    runResultComment(
      log,
      { url: claim.url, current: upToDate },
      writer.outcome(
        plan.digest,
        outcome === 'remediated'
          ? 'remediated'
          : outcome === 'rolled-back'
            ? 'rolled-back'
            : 'failed'
      )
    )
  )
  await thread.update({
    labels: withLabels(
      labels.filter((l) => l !== LABELS.remediating),
      final
    ),
    ...(close ? { state: 'closed' as const } : {})
  })
  return {
    outcome,
    reason: verified.why,
    digest: plan.digest,
    ran: {
      issue: { number: issue.number, url: issue.url, title: issue.title },
      runbook: runbook.id,
      fingerprint: plan.incident.fingerprint,
      approvers
    }
  }
}

/** Replaces the text of one of the job's own comments; posts it anew when that fails. */
async function say(thread: RunThread, commentId: number, text: string): Promise<void> {
  try {
    await thread.edit(commentId, text)
  } catch {
    await thread.reply(text)
  }
}

/**
 * The run's progress comment as it advances. `write` edits it when the log changed since the
 * last edit (never per poll: only a phase change or a step's result changes it) and says
 * whether the comment now shows everything. A failed edit never stops a run: the comment is
 * brought up to date by the next one, or the result comment holds every step.
 */
function livingComment(thread: RunThread, id: number, log: RunLog): { write(): Promise<boolean> } {
  let shown = ''
  return {
    async write() {
      const body = progressComment(log)
      if (body === shown) return true
      try {
        await thread.edit(id, body)
        shown = body
        return true
      } catch {
        return false
      }
    }
  }
}

/**
 * For a tag-targeted plan: the tagged instances now, compared with those approved. Any difference
 * (or a failed lookup) stops the run; a new plan with the current instances is proposed when one
 * can be made, with exactly what changed.
 */
async function targetDrift(
  input: RemediateInput,
  plan: ReadyPlan,
  runbook: Runbook,
  writer: RecordWriter
): Promise<RemediateResult | undefined> {
  if (plan.targets?.kind !== 'tags') return undefined
  const found = await taggedInstances(input.instances, plan.targets)
  if (!found.ok) {
    const reason = `the tagged instances could not be listed again before the run (${found.reason})`
    await input.thread.reply(`❌ Nothing was run: ${reason}.`)
    return { outcome: 'refused', reason, digest: plan.digest }
  }
  const fresh = bindInstances({ ...plan }, runbook.targets.max, found)
  if (fresh.digest === plan.digest) return undefined
  const changes = planChanges(plan, fresh)
  if (fresh.digest) {
    await input.thread.reply(
      changedPlanReply(
        fresh as ReadyPlan,
        plan.digest,
        changes,
        writer.plan(fresh, plan.digest),
        'The instances carrying the target tags changed between approval and execution, so nothing was run'
      )
    )
  } else {
    await input.thread.reply(
      [
        `❌ Nothing was run: the instances carrying the target tags changed between approval and execution, and no plan can be made for them now.`,
        '',
        ...changes.map((c) => `- ${c}`),
        ...fresh.problems.map((p) => `- ${p}`)
      ].join('\n')
    )
  }
  return {
    outcome: 'refused',
    reason: 'the target instances changed after approval',
    digest: plan.digest
  }
}

/** People who approved this run's environment and may approve this runbook. */
async function environmentApprovers(
  input: RemediateInput,
  plan: Plan,
  runbook: Runbook
): Promise<string[]> {
  if (!input.environment || !input.environmentApprovals) return []
  const rules = runbook.approval
  const users = (rules.approvers?.users ?? []).map((u) => u.replace(/^@/, '').toLowerCase())
  const teams = (rules.approvers?.teams ?? []).map((t) => t.replace(/^@/, '').split('/'))
  const out: string[] = []
  for (const r of await input.environmentApprovals()) {
    const login = r.user
    if (r.state !== 'approved' || r.environment !== input.environment) continue
    if (isAutomation({ login, type: r.userType }, input.ignoredLogins)) continue
    if (rules.allowSelfApproval !== true && login === plan.requestedBy) continue
    if (out.includes(login)) continue
    const permission = await input.thread.permissionOf(login)
    if (permission !== 'write' && permission !== 'admin') continue
    if (users.length > 0 || teams.length > 0) {
      let allowed = users.includes(login.toLowerCase())
      for (const [org = '', slug = ''] of teams)
        if (!allowed) allowed = (await input.thread.teamMember(org, slug, login)) === true
      if (!allowed) continue
    }
    out.push(login)
  }
  return out
}

function redactResult(result: ExecutionResult, redactor: Redactor): ExecutionResult {
  return {
    ...result,
    detail: redactor.text(result.detail),
    targets: result.targets.map((t) => ({
      ...t,
      ...(t.detail !== undefined ? { detail: redactor.text(t.detail) } : {}),
      ...(t.stdout !== undefined ? { stdout: redactor.text(t.stdout) } : {}),
      ...(t.stderr !== undefined ? { stderr: redactor.text(t.stderr) } : {})
    }))
  }
}

function withLabels(labels: readonly string[], add: readonly string[]): string[] {
  return [...new Set([...labels.filter((l) => l !== LABELS.remediating), ...add])]
}

/**
 * `/cancel` from someone with write access, posted after this run's claim, in a comment nobody
 * edited. Comments are read again at most every `cancelPollMs`; who cancelled goes to `note`
 * (the progress comment).
 */
function cancelWatcher(
  input: RemediateInput,
  ledger: Ledger,
  claimId: number,
  clock: Clock,
  note: (text: string) => void
): () => Promise<boolean> {
  const every = input.cancelPollMs ?? 20_000
  let last = -Infinity
  let cancelled = false
  return async () => {
    if (cancelled) return true
    if (clock.now() - last < every) return false
    last = clock.now()
    const { comments } = await input.thread.snapshot()
    for (const c of comments) {
      if (c.id <= claimId || c.edited || c.author?.id === ledger.identity.id) continue
      if (isAutomation(c.author, input.ignoredLogins)) continue
      if (parseCommentCommand(c.body)?.kind !== 'cancel') continue
      const login = c.author?.login ?? ''
      const permission = await input.thread.permissionOf(login)
      if (permission === 'write' || permission === 'admin') {
        cancelled = true
        note(`⏹️ @${login} asked to cancel: stopping the run.`)
        return true
      }
    }
    return false
  }
}

type Runner = (
  label: string,
  action: Action,
  step: RenderContext['step']
) => Promise<ExecutionResult>

/**
 * The runbook's verification: the alarm back to OK within its window, then the check (with its
 * retries). What it finds goes to the run's log; `waiting` writes the progress comment before
 * each wait.
 */
async function verify(
  input: RemediateInput,
  plan: Plan,
  runbook: Runbook,
  run: Runner,
  waiting: Clock,
  log: RunLog
): Promise<{ ok: boolean; why: string }> {
  const v = runbook.verify
  if (!v) return { ok: true, why: 'the runbook defines no verification' }
  const note = (text: string) => {
    log.entries.push({ kind: 'note', text })
  }
  if (v.alarmOk) {
    const name = v.alarmOk.alarmName ?? plan.incident.alarmName
    if (!name || !input.alarms) {
      note('⚠️ Verification skipped: no alarm to watch or no CloudWatch access.')
    } else {
      const within = parseDuration(v.alarmOk.within)
      log.now = `Verification: waiting up to ${v.alarmOk.within} for ${code(name)} to return to ${code('OK')}.`
      const waited = await waitForOk(input.alarms, name, within, waiting)
      delete log.now
      if (!waited.ok) {
        note(
          `❌ Verification failed: ${code(name)} is still ${code(waited.lastState)} after ${v.alarmOk.within}.`
        )
        return { ok: false, why: `${name} did not return to OK within ${v.alarmOk.within}` }
      }
      note(`✅ Verified: ${code(name)} is ${code('OK')} (${waitedFor(waited.waitedMs)}).`)
    }
  }
  if (v.check) {
    const { retries = 3, interval } = v.check
    const action: Action = v.check
    for (let attempt = 0; attempt <= retries; attempt++) {
      if (attempt > 0 && interval) {
        log.now = `Verification check: attempt ${attempt + 1} of ${retries + 1} in ${interval}.`
        await waiting.sleep(parseDuration(interval))
        delete log.now
      }
      const result = await run(`Verification check, attempt ${attempt + 1}`, action, 'verify')
      if (result.status === 'Success') return { ok: true, why: 'verified' }
    }
    return { ok: false, why: `the verification check failed ${retries + 1} time(s)` }
  }
  return { ok: true, why: 'verified' }
}

/**
 * The runbook's compiled documents by step, when SSM holds each exactly as compiled (by hash);
 * otherwise why not, in words that say what to do.
 */
async function publishedDocuments(
  runbook: CatalogRunbook['runbook'],
  published: NonNullable<RemediateInput['documents']>
): Promise<Map<DocumentStep, StepDocument> | string> {
  const byStep = await stepDocuments(runbook)
  for (const d of byStep.values()) {
    const hash = await published.publishedHash(d.name)
    if (hash !== d.hash)
      return hash === undefined
        ? `the runbook's SSM document ${code(d.name)} is not published in this account and Region; run the "Publish SSM documents" workflow (publish-documents.yml), then run this job again`
        : `SSM's default version of ${code(d.name)} (hash ${code(hash.slice(0, 12))}) is not what the reviewed runbook compiles to (${code(d.hash.slice(0, 12))}); run the "Publish SSM documents" workflow (publish-documents.yml), then run this job again`
  }
  return byStep
}

/** Why the runbook's circuit breakers stop this run, or undefined when they let it run. */
async function breakerRefusal(
  input: RemediateInput,
  runbook: Runbook,
  plan: ReadyPlan,
  now: Date
): Promise<string | undefined> {
  const sentAs = input.documents ? 'documents' : 'shell'
  const check = await planBreakers(runbook, targetIds(plan.targets), input.history, now, sentAs)
  if (check.kind === 'open')
    return `${check.sentence}. Approve the plan again then, or raise the limit in the runbook by pull request`
  if (check.kind === 'unreadable')
    return `SSM's history of runs could not be read to check runbook ${code(runbook.id)}'s circuit breakers (${check.detail}); the remediation role needs \`ssm:ListCommands\`, \`ssm:DescribeAutomationExecutions\` and \`ssm:GetAutomationExecution\``
  return undefined
}

/**
 * Why a step's guard alarm stops the run before anything is claimed: its name cannot be made from
 * the plan's values or, with CloudWatch, the alarm is missing, cannot be read or is in ALARM, so
 * SSM would stop the step at once. The verification check's and rollback's guards count too: those
 * steps run unattended, after the execution changed things.
 */
async function guardRefusal(
  input: RemediateInput,
  runbook: Runbook,
  plan: ReadyPlan
): Promise<string | undefined> {
  const steps = [
    ['execution', runbook.execution],
    ['verification check', runbook.verify?.check],
    ['rollback', runbook.rollback]
  ] as const
  for (const [step, action] of steps) {
    if (!action) continue
    let alarm: string | undefined
    try {
      alarm = guardAlarmName(action, plan)
    } catch (error) {
      const unnamed = error instanceof Error ? error.message : String(error)
      return guardAlarmRefusal({ runbook: runbook.id, step, alarm: '' }, { unnamed })
    }
    if (alarm === undefined || !input.alarms) continue
    const state = await input.alarms.state(alarm).catch((error: unknown) => ({
      unreadable: error instanceof Error ? error.message : String(error)
    }))
    const guard = { runbook: runbook.id, step, alarm }
    if (state === undefined) return guardAlarmRefusal(guard, 'missing')
    if (state === 'ALARM' || typeof state === 'object') return guardAlarmRefusal(guard, state)
  }
  return undefined
}

/**
 * A `workflowDispatch` step: GitHub accepts the dispatch or refuses it (an unknown workflow or
 * ref, an input the workflow does not declare, a token without `actions: write`), and that is the
 * step's status. What the workflow then does is proven by `verify`, like any other step's effect.
 */
async function dispatchWorkflow(
  workflows: WorkflowDispatcher | undefined,
  req: WorkflowRequest,
  now: () => number
): Promise<ExecutionResult> {
  const startedAt = new Date(now()).toISOString()
  const { owner, repo, workflow, ref } = req.input
  const target = `${owner}/${repo}`
  const done = (status: 'Success' | 'Failed', detail: string, id: string): ExecutionResult => ({
    kind: 'workflow',
    id,
    status,
    detail,
    targets: [{ target, status, detail, stdoutTruncated: false, stderrTruncated: false }],
    startedAt,
    endedAt: new Date(now()).toISOString()
  })
  if (!workflows)
    return done(
      'Failed',
      'this job has no GitHub client for workflow dispatches; nothing was dispatched',
      workflow
    )
  try {
    const dispatched = await workflows.dispatch(req.input)
    return done(
      'Success',
      `GitHub accepted the dispatch of ${workflow} on ${ref}${dispatched.url ? `: ${dispatched.url}` : ''}`,
      dispatched.id !== undefined ? `run ${dispatched.id}` : workflow
    )
  } catch (error) {
    return done(
      'Failed',
      `GitHub refused the dispatch of ${workflow} on ${ref}: ${error instanceof Error ? error.message : String(error)}`,
      workflow
    )
  }
}

/** How long verification waited, as a reader wants it: `at once`, `after 40 s`, `after about 3 min`. */
export function waitedFor(ms: number): string {
  if (ms < 1_000) return 'at once'
  if (ms < 90_000) return `after ${Math.round(ms / 1_000)} s`
  return `after about ${Math.round(ms / 60_000)} min`
}
