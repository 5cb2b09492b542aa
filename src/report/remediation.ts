// Comments that form the remediation timeline on the incident issue: replies to commands, the
// dry run, the start (which doubles as the exactly-once marker), results, verification and
// rollback. Output from the hosts is untrusted and goes into fenced blocks, truncated.
import type { ApprovalState, CommentDecision } from '../approval/policy.js'
import type { SsmRequest } from '../execution/render.js'
import { describeRequest } from '../execution/render.js'
import type { ExecutionResult } from '../execution/ports.js'
import { targetIds, type Plan } from '../plan/plan.js'
import { code, codeBlock, prose } from './markdown.js'

const OUTPUT_SHOWN = 4_000
const TARGETS_SHOWN = 20
const short = (digest: string): string => digest.slice(0, 12)

/**
 * The first comment on a new incident issue: OpsLoop's sealed records (the incident, and the plan
 * when there is one) with a short account of what they say. Nothing here is read back but the
 * records themselves.
 */
export function recordComment(
  plan: Plan | undefined,
  approval: { required: boolean; text: string } | undefined,
  records: string
): string {
  const lines: string[] = []
  if (!plan) lines.push('🧾 OpsLoop recorded this incident. No runbook is proposed.')
  else if (!plan.digest)
    lines.push(
      `🧾 OpsLoop recorded this incident and a plan for runbook ${code(plan.runbook.id)}, which cannot be approved yet (see the issue).`
    )
  else
    lines.push(
      `📋 Plan ${code(short(plan.digest))} proposed: runbook ${code(plan.runbook.id)}${plan.targets ? ` on ${targetsLine(plan)}` : ''}.`,
      '',
      approval?.required === false
        ? 'This runbook does not require approval; it still runs only when asked to.'
        : `To run it, check the plan on the issue and comment ${code(`/approve ${short(plan.digest)}`)}. ${code('/dry-run')} shows exactly what would run.`
    )
  lines.push('', `<sub>OpsLoop's sealed record; edits to this comment void it.</sub>`, records)
  return lines.join('\n')
}

function targetsLine(plan: Plan): string {
  if (!plan.targets) return 'no targets'
  const ids = targetIds(plan.targets)
  return ids.length > 0 ? ids.map(code).join(', ') : '(unresolved instances)'
}

export function decisionReply(
  decision: CommentDecision,
  state: ApprovalState,
  plan: Plan & { digest: string },
  environment?: string
): string {
  const p = code(short(plan.digest))
  if (decision.outcome === 'approved' || decision.outcome === 'counted-already') {
    const progress = `${state.approvers.length} of ${state.needed}`
    const head =
      decision.outcome === 'approved'
        ? `✅ Approval by @${decision.author} recorded for plan ${p} (${progress}).`
        : `☑️ @${decision.author} already approved plan ${p}; one person counts once (${progress}).`
    const next =
      state.status === 'approved'
        ? environment
          ? `The plan is approved. Remediation starts once the ${code(environment)} environment's reviewers approve the job.`
          : 'The plan is approved. Remediation starts now.'
        : `Waiting for ${state.needed - state.approvers.length} more approval(s) from different people.`
    return `${head} ${next}`
  }
  if (decision.outcome === 'rejected')
    return `🛑 Plan ${p} rejected by @${decision.author}: ${prose(decision.reason)} Nothing will run unless someone approves it again.`
  return `❌ Not counted: ${prose(decision.reason)}`
}

/**
 * A plan proposed again because something that decides what runs changed: exactly what changed,
 * never a runbook change that did not happen, then the sealed record of the new plan.
 */
/** The plan made again after `/set` or `/retriage`, with what changed and its sealed record. */
export function replannedReply(
  plan: Plan,
  was: Plan,
  changes: readonly string[],
  why: string,
  record: string
): string {
  const head = plan.digest
    ? `🔄 New plan ${code(short(plan.digest))} (runbook ${code(plan.runbook.id)}${plan.targets ? ` on ${targetsLine(plan)}` : ''}) after ${prose(why)}${was.digest ? `; it replaces plan ${code(short(was.digest))}` : ''}.`
    : `🔄 New plan for runbook ${code(plan.runbook.id)} after ${prose(why)}; it cannot be approved yet:`
  const values = plan.parameters.map(
    (p) =>
      `- ${code(p.name)}: ${p.value === undefined ? '(no value)' : p.sensitive ? '(sensitive)' : code(JSON.stringify(p.value))} · ${p.source === 'person' ? `set by @${p.setBy ?? '?'}` : p.source === 'incident' ? `incident ${code(p.from ?? '')}` : p.source}`
  )
  return [
    head,
    ...(plan.digest ? [] : ['', ...plan.problems.map((p) => `- ${prose(p)}`)]),
    ...(changes.length > 0
      ? ['', 'What changed:', '', ...changes.map((c) => `- ${prose(c)}`)]
      : []),
    ...(values.length > 0 ? ['', 'Parameters:', '', ...values] : []),
    '',
    plan.digest
      ? `Earlier approvals do not count for it. Review it, then comment ${code(`/approve ${short(plan.digest)}`)}; ${code('/dry-run')} shows exactly what would run.`
      : `Set what is missing with ${code('/set name=value')}, or ${code('/retriage')} after fixing what was not available.`,
    '',
    `<sub>OpsLoop's sealed record; edits to this comment void it.</sub>`,
    record
  ].join('\n')
}

export function changedPlanReply(
  plan: Plan & { digest: string },
  was: string,
  changes: readonly string[],
  record: string,
  why = 'Something that decides what runs changed since it was proposed'
): string {
  return [
    `🔄 Plan ${code(short(was))} is replaced by plan ${code(short(plan.digest))}. ${prose(why)}:`,
    '',
    ...(changes.length > 0
      ? changes.map((c) => `- ${prose(c)}`)
      : ['- (nothing that a person would see; the digest changed)']),
    '',
    `Earlier approvals no longer count. Review the new plan, then comment ${code(`/approve ${short(plan.digest)}`)}.`,
    record
  ].join('\n')
}

function requestSection(label: string, request: SsmRequest): string[] {
  const d = describeRequest(request)
  const lines = [
    `**${label}**: ${request.kind === 'command' ? 'Run Command' : 'Automation'} ${code(d.document)} · ${prose(d.rateControl)}${d.timeoutSeconds ? ` · timeout ${d.timeoutSeconds}s` : ''}`,
    '',
    `Targets: ${d.targets.length > 0 ? d.targets.map(code).join(', ') : '(from the document parameters)'}`
  ]
  for (const [name, values] of Object.entries(d.parameters)) {
    lines.push(
      '',
      `${code(name)}:`,
      '',
      codeBlock(values.join('\n'), name === 'commands' ? 'bash' : 'text')
    )
  }
  return lines
}

export function dryRunComment(
  plan: Plan & { digest: string },
  steps: readonly { label: string; request: SsmRequest }[]
): string {
  return [
    `🧪 Dry run of plan ${code(short(plan.digest))} (runbook ${code(plan.runbook.id)}): exactly what would be sent to AWS Systems Manager. Nothing was run.`,
    '',
    ...steps.flatMap((s) => [...requestSection(s.label, s.request), '']),
    `To run it: ${code(`/approve ${short(plan.digest)}`)}.`
  ].join('\n')
}

export function startedComment(
  plan: Plan & { digest: string },
  approvedBy: string,
  request: SsmRequest,
  id: string,
  claim: string
): string {
  const d = describeRequest(request)
  return [
    claim,
    `▶️ Running ${code(plan.runbook.id)}, plan ${code(short(plan.digest))}, approved by ${approvedBy}.`,
    '',
    `${request.kind === 'command' ? 'Command' : 'Automation execution'} ${code(id)} · ${code(d.document)} on ${d.targets.length > 0 ? d.targets.map(code).join(', ') : 'the targets in its parameters'} · ${prose(d.rateControl)}. Comment ${code('/cancel')} to stop it.`
  ].join('\n')
}

const ICON: Record<ExecutionResult['status'], string> = {
  Success: '✅',
  Failed: '❌',
  TimedOut: '⏱️',
  Cancelled: '⏹️'
}

function clip(text: string): string {
  return text.length > OUTPUT_SHOWN
    ? `${text.slice(0, OUTPUT_SHOWN)}\n… (${text.length - OUTPUT_SHOWN} more characters)`
    : text
}

export function resultComment(step: string, result: ExecutionResult): string {
  const lines = [
    `${ICON[result.status]} ${step}: ${code(result.status)} (${code(result.id)}). ${prose(result.detail)}`
  ]
  if (result.targets.length > 0) {
    lines.push('', '| Target | Status | Detail |', '| --- | --- | --- |')
    for (const t of result.targets.slice(0, TARGETS_SHOWN))
      lines.push(`| ${code(t.target)} | ${code(t.status)} | ${t.detail ? code(t.detail) : ''} |`)
    if (result.targets.length > TARGETS_SHOWN)
      lines.push(`| (${result.targets.length - TARGETS_SHOWN} more) | | |`)
  }
  for (const t of result.targets.slice(0, TARGETS_SHOWN)) {
    const parts: string[] = []
    if (t.stdout)
      parts.push(
        `stdout${t.stdoutTruncated ? ' (truncated by SSM)' : ''}:`,
        '',
        codeBlock(clip(t.stdout))
      )
    if (t.stderr)
      parts.push(
        `stderr${t.stderrTruncated ? ' (truncated by SSM)' : ''}:`,
        '',
        codeBlock(clip(t.stderr))
      )
    if (parts.length > 0)
      lines.push(
        '',
        `<details><summary>Output of ${code(t.target)}</summary>`,
        '',
        ...parts,
        '',
        '</details>'
      )
  }
  return lines.join('\n')
}

export function recoveredComment(alarm: string, digest: string): string {
  return `🟢 ${code(alarm)} is already back to ${code('OK')}: nothing was run. Comment ${code(`/approve ${short(digest)}`)} again if remediation is still needed.`
}
