// What `comment` and `remediate` both read from an issue's comments: which comments are
// automation, whether OpsLoop already claimed a plan, and the approval context for the policy.
import type { IssueThread, ThreadComment, ThreadIssue } from '../github/issue-thread.js'
import type { Runbook } from '../generated/runbook.js'
import type { Plan } from '../plan/plan.js'
import { markedDigest } from '../report/remediation.js'
import type { ApprovalContext } from './policy.js'
import { proposedAt } from './proposed-at.js'

/** Bots, OpsLoop's own identity and listed automation: never people. */
export const isAutomation = (login: string, type: string, ignored: readonly string[]): boolean =>
  type !== 'User' ||
  login.endsWith('[bot]') ||
  ignored.some((l) => l.toLowerCase() === login.toLowerCase())

/** OpsLoop's own comment, unedited: the only kind whose markers are trusted. */
export const isOwnMarker = (c: ThreadComment, ignored: readonly string[]): boolean =>
  c.createdAt === c.updatedAt && isAutomation(c.author, c.authorType, ignored)

/** The ids of the comments that claimed this digest for a run, oldest first. */
export function claims(
  comments: readonly ThreadComment[],
  digest: string,
  ignored: readonly string[]
): number[] {
  return comments
    .filter((c) => isOwnMarker(c, ignored) && markedDigest(c.body) === digest)
    .map((c) => c.id)
}

export function approvalContext(input: {
  issue: Pick<ThreadIssue, 'createdAt'>
  comments: readonly ThreadComment[]
  plan: Plan & { digest: string }
  runbook: Runbook
  thread: IssueThread
  ignoredLogins: readonly string[]
  now: Date
}): ApprovalContext {
  const { plan, thread, ignoredLogins } = input
  return {
    plan: {
      digest: plan.digest,
      proposedAt: proposedAt(input.issue, input.comments, plan.digest, (c) =>
        isOwnMarker(c, ignoredLogins)
      ),
      ...(plan.requestedBy ? { requestedBy: plan.requestedBy } : {})
    },
    approval: input.runbook.approval,
    ignoredLogins,
    now: input.now,
    permissionOf: (login) => thread.permissionOf(login),
    // undefined from the lookup (the token cannot read teams) is refused with a clear reason.
    isTeamMember: (org, slug, login) => thread.teamMember(org, slug, login)
  }
}
