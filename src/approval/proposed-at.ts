// When the current plan was proposed. Approvals given before it do not count, so it must not
// come from the issue body, which anyone with write access can edit: it is the creation time of
// OpsLoop's own (unedited) comment that proposed this digest, or else of the issue itself.
import type { ThreadComment, ThreadIssue } from '../github/issue-thread.js'
import { proposedDigest } from '../report/remediation.js'

export function proposedAt(
  issue: Pick<ThreadIssue, 'createdAt'>,
  comments: readonly ThreadComment[],
  digest: string,
  isAutomation: (c: ThreadComment) => boolean
): string {
  let at = issue.createdAt
  for (const c of comments)
    if (
      c.createdAt === c.updatedAt &&
      isAutomation(c) &&
      proposedDigest(c.body) === digest &&
      c.createdAt > at
    )
      at = c.createdAt
  return at
}
