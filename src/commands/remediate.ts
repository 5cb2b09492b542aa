// `remediate`: runs an approved plan exactly once. It re-reads the plan from the issue, checks it
// against the runbook as it is now, re-checks the approvals (or takes the environment's), makes
// sure the incident still needs it, claims the run with a marker comment, runs it through SSM,
// verifies, rolls back on failure and reports every step on the issue.
import { parseCommentCommand } from '../approval/comment-command.js'
import { approvalContext, claims, isAutomation } from '../approval/thread-approvals.js'
import { Redactor } from '../context/redact.js'
import { evaluateApprovals, parseDuration } from '../approval/policy.js'
import { renderAction, type RenderContext, type RunbookAction } from '../execution/render.js'
import type { ExecutionResult, SsmRunner } from '../execution/ssm.js'
import type { Runbook } from '../generated/runbook.js'
import type { EnvironmentApproval } from '../github/environment-approvals.js'
import { readFingerprint } from '../intake/fingerprint.js'
import type { IssueThread } from '../github/issue-thread.js'
import { currentPlan } from '../plan/current.js'
import type { Plan } from '../plan/plan.js'
import { readPlan } from '../report/incident-issue.js'
import { code } from '../report/markdown.js'
import {
  changedPlanReply,
  recoveredComment,
  resultComment,
  startedComment
} from '../report/remediation.js'
import type { CatalogRunbook } from '../triage/types.js'
import { realClock, waitForOk, type AlarmStates, type Clock } from '../verify/alarms.js'

export const LABELS = {
  remediating: 'remediating',
  remediated: 'remediated',
  failed: 'remediation-failed',
  rolledBack: 'rolled-back'
} as const

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
  thread: IssueThread
  catalog: () => Promise<readonly CatalogRunbook[]>
  ssm: SsmRunner
  /** CloudWatch, for the still-firing check and `verify.alarmOk`; undefined skips both, with a note. */
  alarms?: AlarmStates
  /** `comment`: count `/approve` comments now; `environment`: the job's environment reviewers approved. */
  approvalMode: 'comment' | 'environment'
  /** The digest the deciding job approved; the plan must still have it. */
  expectedDigest?: string
  /** The action's own identity and other automation, never counted as people. */
  ignoredLogins: readonly string[]
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
}

type Action = RunbookAction

export async function remediateCommand(input: RemediateInput): Promise<RemediateResult> {
  const clock = input.clock ?? realClock
  const { thread } = input
  const issue = await thread.issue()
  const stored = readPlan(issue.body)
  if (!stored) return { outcome: 'refused', reason: 'this issue carries no OpsLoop plan' }
  if (issue.state !== 'open') {
    await thread.reply('⏹️ The incident issue is closed: nothing was run.')
    return { outcome: 'refused', reason: 'the issue is closed' }
  }
  const current = currentPlan(stored, await input.catalog())
  if (current.kind === 'invalid') {
    await thread.reply(`❌ Nothing was run: ${current.reason}.`)
    return { outcome: 'refused', reason: current.reason }
  }
  if (current.kind === 'changed') {
    await thread.reply(changedPlanReply(current.plan, current.was))
    return { outcome: 'refused', reason: 'the runbook changed since the plan was approved' }
  }
  const { plan, entry } = current
  if (input.expectedDigest !== undefined && input.expectedDigest !== plan.digest) {
    await thread.reply(
      `❌ Nothing was run: this job was started for plan ${code(input.expectedDigest.slice(0, 12))}, but the issue's plan is now ${code(plan.digest.slice(0, 12))}.`
    )
    return { outcome: 'refused', reason: 'the plan changed after approval', digest: plan.digest }
  }

  const comments = await thread.comments()
  // Exactly once: a run claims the digest with a marker comment before anything is sent.
  if (claims(comments, plan.digest, input.ignoredLogins).length > 0)
    return { outcome: 'already-run', reason: 'this plan has already been run', digest: plan.digest }

  let approvers: string[]
  let approvedBy: string
  if (input.approvalMode === 'comment') {
    const state = await evaluateApprovals(
      comments,
      approvalContext({
        issue,
        comments,
        plan,
        runbook: entry.runbook,
        thread,
        ignoredLogins: input.ignoredLogins,
        now: new Date(clock.now())
      })
    )
    if (state.status !== 'approved')
      return {
        outcome: 'not-approved',
        reason: `the plan is ${state.status} (${state.approvers.length} of ${state.needed} approvals)`,
        digest: plan.digest
      }
    approvers = state.approvers
    approvedBy = approvers.map((a) => `@${a}`).join(', ')
  } else {
    approvers = await environmentApprovers(input, plan, entry.runbook)
    const needed = entry.runbook.approval.minApprovals ?? 1
    if (approvers.length < needed) {
      await thread.reply(
        `❌ Nothing was run: ${approvers.length} person(s) approved the ${code(input.environment ?? '?')} environment for this run, and runbook ${code(entry.runbook.id)} needs ${needed}. Give the environment required reviewers, or approve by comment.`
      )
      return {
        outcome: 'not-approved',
        reason: `${approvers.length} of ${needed} environment approvals`,
        digest: plan.digest
      }
    }
    approvedBy = `${approvers.map((a) => `@${a}`).join(', ')} (environment ${code(input.environment ?? '?')})`
  }

  // Act only while the incident still needs it.
  const alarm = plan.incident.alarmName
  if (input.requireAlarm && alarm && input.alarms) {
    const state = await input.alarms.state(alarm)
    if (state === 'OK') {
      await thread.reply(recoveredComment(alarm))
      return { outcome: 'recovered', reason: `${alarm} is already OK`, digest: plan.digest }
    }
  }

  const context: Omit<RenderContext, 'step'> = {
    issueUrl: issue.url,
    ...(input.runUrl ? { runUrl: input.runUrl } : {}),
    approvers,
    digest: plan.digest
  }
  const execution = entry.runbook.execution
  const request = renderAction(execution, plan, { ...context, step: 'execution' })
  const claim = await thread.reply(startedComment(plan, approvedBy, request, 'starting'))
  // Two runs may claim at once (no concurrency group, or a re-run racing an approval): the
  // earliest claim wins and every other run stops before sending anything.
  const claimed = claims(await thread.comments(), plan.digest, input.ignoredLogins)
  if (Math.min(claim.id, ...claimed) !== claim.id) {
    await thread.reply('ℹ️ Another run claimed this plan first; this one stops without running it.')
    return {
      outcome: 'already-run',
      reason: 'another run claimed this plan first',
      digest: plan.digest
    }
  }
  await thread.update({ labels: withLabels(issue.labels, [LABELS.remediating]) })

  // Output from the hosts passes the same redaction as everything else that reaches GitHub.
  const redactor = new Redactor()
  const startedAt = new Date(clock.now()).toISOString()
  const shouldCancel = cancelWatcher(input, startedAt, clock)
  const run = async (label: string, action: Action, step: RenderContext['step']) => {
    const req = renderAction(action, plan, { ...context, step })
    const id = await input.ssm.start(req)
    const result = await input.ssm.wait(req.kind, id, {
      timeoutMs: ('timeoutSeconds' in action ? (action.timeoutSeconds ?? 600) : 600) * 1000,
      shouldCancel,
      sleep: (ms) => clock.sleep(ms),
      now: () => clock.now()
    })
    await thread.reply(resultComment(label, redactResult(result, redactor)))
    return result
  }

  const executed = await run('Execution', execution, 'execution')
  let verified: { ok: boolean; why: string } = { ok: false, why: `execution ${executed.status}` }
  if (executed.status === 'Success') verified = await verify(input, plan, entry.runbook, run, clock)
  else if (executed.status === 'Cancelled') verified = { ok: false, why: 'cancelled by /cancel' }

  let outcome: RemediateOutcome = verified.ok ? 'remediated' : 'failed'
  if (!verified.ok && entry.runbook.rollback && executed.status !== 'Cancelled') {
    const rolled = await run('Rollback', entry.runbook.rollback, 'rollback')
    if (rolled.status === 'Success') outcome = 'rolled-back'
  }
  const final =
    outcome === 'remediated'
      ? [LABELS.remediated]
      : outcome === 'rolled-back'
        ? [LABELS.failed, LABELS.rolledBack]
        : [LABELS.failed]
  const close = outcome === 'remediated' && input.closeOnSuccess
  await thread.update({
    labels: withLabels(
      issue.labels.filter((l) => l !== LABELS.remediating),
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
      runbook: entry.runbook.id,
      fingerprint: plan.incident.fingerprint ?? readFingerprint(issue.body) ?? '',
      approvers
    }
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
    if (isAutomation(login, r.userType, input.ignoredLogins)) continue
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

/** `/cancel` from someone with write access, posted after the run started. */
function cancelWatcher(input: RemediateInput, since: string, clock: Clock): () => Promise<boolean> {
  const every = input.cancelPollMs ?? 20_000
  let last = -Infinity
  let cancelled = false
  return async () => {
    if (cancelled) return true
    if (clock.now() - last < every) return false
    last = clock.now()
    for (const c of await input.thread.comments(since)) {
      if (c.createdAt < since || c.authorType !== 'User') continue
      if (parseCommentCommand(c.body)?.kind !== 'cancel') continue
      const permission = await input.thread.permissionOf(c.author)
      if (permission === 'write' || permission === 'admin') {
        cancelled = true
        await input.thread.reply(`⏹️ @${c.author} asked to cancel: stopping the run.`)
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

async function verify(
  input: RemediateInput,
  plan: Plan,
  runbook: Runbook,
  run: Runner,
  clock: Clock
): Promise<{ ok: boolean; why: string }> {
  const v = runbook.verify
  if (!v) return { ok: true, why: 'the runbook defines no verification' }
  if (v.alarmOk) {
    const name = v.alarmOk.alarmName ?? plan.incident.alarmName
    if (!name || !input.alarms) {
      await input.thread.reply(
        '⚠️ Verification skipped: no alarm to watch or no CloudWatch access.'
      )
    } else {
      const within = parseDuration(v.alarmOk.within)
      const waited = await waitForOk(input.alarms, name, within, clock)
      const minutes = Math.round(waited.waitedMs / 60_000)
      if (!waited.ok) {
        await input.thread.reply(
          `❌ Verification failed: ${code(name)} is still ${code(waited.lastState)} after ${v.alarmOk.within}.`
        )
        return { ok: false, why: `${name} did not return to OK within ${v.alarmOk.within}` }
      }
      await input.thread.reply(
        `✅ Verified: ${code(name)} is ${code('OK')} (after about ${minutes} min).`
      )
    }
  }
  if (v.check) {
    const { retries = 3, interval } = v.check
    const action: Action = v.check
    for (let attempt = 0; attempt <= retries; attempt++) {
      if (attempt > 0 && interval) await clock.sleep(parseDuration(interval))
      const result = await run(`Verification check, attempt ${attempt + 1}`, action, 'verify')
      if (result.status === 'Success') return { ok: true, why: 'verified' }
    }
    return { ok: false, why: `the verification check failed ${retries + 1} time(s)` }
  }
  return { ok: true, why: 'verified' }
}
