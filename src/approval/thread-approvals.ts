// What `comment` and `remediate` both read from an incident's ledger: the human comments as the
// approval policy sees them, and the approval context of the current plan.
import type { Runbook } from '../generated/runbook.js'
import type { Ledger, PlanEntry } from '../issue/ledger.js'
import type { Account, IssueThread, SnapshotComment } from '../issue/thread.js'
import type { ApprovalContext, IssueComment } from './policy.js'

/** Bots, apps, deleted accounts and listed automation: never people. */
export const isAutomation = (
  account: Pick<Account, 'login' | 'type'> | undefined,
  ignored: readonly string[]
): boolean =>
  account === undefined ||
  account.type !== 'User' ||
  account.login.endsWith('[bot]') ||
  ignored.some((l) => l.toLowerCase() === account.login.toLowerCase())

export const asIssueComment = (c: SnapshotComment): IssueComment => ({
  id: c.id,
  author: c.author?.login ?? '',
  authorType: c.author?.type ?? 'Deleted',
  body: c.body,
  createdAt: c.createdAt,
  edited: c.edited
})

/** Comments by anyone but OpsLoop, oldest first, as the approval policy reads them. */
export const humanComments = (ledger: Ledger): IssueComment[] => ledger.human.map(asIssueComment)

export function approvalContext(input: {
  entry: PlanEntry & { plan: { digest: string } }
  runbook: Runbook
  thread: IssueThread
  ignoredLogins: readonly string[]
  now: Date
}): ApprovalContext {
  const { entry, thread } = input
  return {
    plan: {
      digest: entry.plan.digest,
      proposedIn: entry.commentId,
      ...(entry.plan.requestedBy ? { requestedBy: entry.plan.requestedBy } : {})
    },
    approval: input.runbook.approval,
    ignoredLogins: input.ignoredLogins,
    now: input.now,
    permissionOf: (login) => thread.permissionOf(login),
    // undefined from the lookup (the token cannot read teams) is refused with a clear reason.
    isTeamMember: (org, slug, login) => thread.teamMember(org, slug, login)
  }
}
