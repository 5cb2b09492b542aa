// The record key the tests seal with, for flows run in process (the bundle gets the same key as
// its `record-key` input, see action.ts), and what OpsLoop recorded on an issue of the stand-in.
import type { GitHubHandle } from '../../harness/standins/github/index.js'
import { RECORD_KEY } from '../../harness/action-bundle.js'
import type { Plan } from '../../src/generated/plan.js'
import { openRecords, planOf, recordKey } from '../../src/issue/record.js'

export const RECORDS = { key: recordKey(RECORD_KEY), repo: 'acme/ops' }

/** Every plan OpsLoop sealed on the issue, oldest first (its own comments only). */
export function plansOn(github: GitHubHandle, issue: number, repo = RECORDS.repo): Plan[] {
  const author = github.state.issue(repo, issue)?.user
  return github.state
    .commentsOf(repo, issue)
    .filter((c) => c.user === author)
    .flatMap((c) => openRecords(c.body, RECORDS.key, { repo, issue }, 'comment'))
    .flatMap((opened) =>
      opened.ok && opened.record.kind === 'plan' ? [planOf(opened.record)] : []
    )
}
