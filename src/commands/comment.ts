// `comment`: an `issue_comment` event on an incident issue. Reads the command in the comment
// (`/approve`, `/reject`, `/dry-run`, `/cancel`), answers every one of them with a reply that says
// what happened and why, and tells the workflow whether the plan is now approved, so the
// environment-gated remediation job can start.
import { parseCommentCommand } from '../approval/comment-command.js'
import { approvalContext, claims, isAutomation } from '../approval/thread-approvals.js'
import { decideComment, evaluateApprovals, type IssueComment } from '../approval/policy.js'
import { renderAction } from '../execution/render.js'
import type { IssueThread } from '../github/issue-thread.js'
import { currentPlan } from '../plan/current.js'
import { planBlock, readPlan } from '../report/incident-issue.js'
import { code } from '../report/markdown.js'
import { changedPlanReply, decisionReply, dryRunComment } from '../report/remediation.js'
import type { CatalogRunbook } from '../triage/types.js'

export interface CommentEvent {
  action: string
  issue: { number: number; pullRequest: boolean }
  comment: IssueComment
}

export type CommentResult =
  | { handled: false; reason: string }
  | {
      handled: true
      command: string
      approved: boolean
      digest?: string
      reason: string
    }

export interface CommentInput {
  event: CommentEvent
  thread: IssueThread
  catalog: () => Promise<readonly CatalogRunbook[]>
  ignoredLogins: readonly string[]
  now?: () => Date
}

export async function commentCommand(input: CommentInput): Promise<CommentResult> {
  const { event, thread } = input
  const now = input.now ?? (() => new Date())
  const command = parseCommentCommand(event.comment.body)
  if (!command) return { handled: false, reason: 'the comment holds no OpsLoop command' }
  // Our own replies and other automation never drive approvals (and never loop).
  if (isAutomation(event.comment.author, event.comment.authorType, input.ignoredLogins))
    return { handled: false, reason: `comments by ${event.comment.author} are not commands` }
  if (event.issue.pullRequest)
    return { handled: false, reason: 'commands work on incident issues, not pull requests' }

  const reply = async (text: string, approved = false, digest?: string): Promise<CommentResult> => {
    await thread.reply(text)
    return {
      handled: true,
      command: command.kind,
      approved,
      ...(digest ? { digest } : {}),
      reason: text
    }
  }
  if (event.action !== 'created')
    return reply(
      `❌ Not counted: commands in edited comments do not count (anyone with write access can edit a comment). Post a new ${code(`/${command.kind}`)} comment.`
    )
  if (command.kind === 'invalid') return reply(`❌ ${code(command.command)}: ${command.reason}`)

  const issue = await thread.issue()
  const stored = readPlan(issue.body)
  if (!issue.body.includes('<!-- opsloop:fingerprint=') || !stored)
    return reply(
      '❌ This issue has no OpsLoop plan to act on: commands work on incident issues that OpsLoop opened with a proposed runbook.'
    )
  if (issue.state !== 'open') return reply('❌ The incident issue is closed: nothing will run.')
  const current = currentPlan(stored, await input.catalog())
  if (current.kind === 'invalid') return reply(`❌ Nothing can run: ${current.reason}.`)
  if (current.kind === 'changed') {
    // Propose the plan again with its new digest; every earlier approval is void.
    const plan = { ...current.plan, proposedAt: now().toISOString() }
    await thread.update({
      body: issue.body.replace(/<!-- opsloop:plan \{.*?\} -->/, planBlock(plan))
    })
    return reply(changedPlanReply(plan, current.was))
  }
  const { plan, entry } = current

  if (command.kind === 'dry-run') {
    const context = { issueUrl: issue.url, approvers: [], digest: plan.digest }
    const steps = [
      {
        label: 'Execution',
        request: renderAction(entry.runbook.execution, plan, {
          ...context,
          step: 'execution' as const
        })
      },
      ...(entry.runbook.rollback
        ? [
            {
              label: 'Rollback (only on failure)',
              request: renderAction(entry.runbook.rollback, plan, {
                ...context,
                step: 'rollback' as const
              })
            }
          ]
        : [])
    ]
    return reply(dryRunComment(plan, steps))
  }
  if (command.kind === 'cancel') {
    const permission = await thread.permissionOf(event.comment.author)
    if (permission !== 'write' && permission !== 'admin')
      return reply(
        `❌ Not counted: ${code('/cancel')} needs write access; @${event.comment.author} has ${permission}.`
      )
    return reply(
      `⏹️ Cancel requested by @${event.comment.author}: a running remediation stops at its next check; a pending one will not start.`
    )
  }

  const comments = await thread.comments()
  if (claims(comments, plan.digest, input.ignoredLogins).length > 0)
    return reply(
      `ℹ️ Plan ${code(plan.digest.slice(0, 12))} has already been run; see the timeline above.`
    )
  const context = approvalContext({
    issue,
    comments,
    plan,
    runbook: entry.runbook,
    thread,
    ignoredLogins: input.ignoredLogins,
    now: now()
  })
  const state = await evaluateApprovals(comments, context)
  const own =
    state.decisions.find((d) => d.commentId === event.comment.id) ??
    (await decideComment(event.comment, context, state.approvers))
  const approved = state.status === 'approved'
  return reply(
    decisionReply(own, state, plan, entry.runbook.approval.environment),
    approved,
    plan.digest
  )
}
