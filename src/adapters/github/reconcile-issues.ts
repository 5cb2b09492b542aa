// The issues reconcile reads on GitHub: open OpsLoop issues (by label, 100 a page, never the
// lagging search API), a fingerprint's closed ones, and one issue's snapshot (GraphQL) for its
// sealed records.
import type { ListedIssue, ReconcileIssues } from '../../flows/reconcile.js'
import { fingerprintLabel, OPSLOOP_LABEL } from '../../issue/labels.js'
import { labelNames, type GitHub } from './client.js'
import { githubIssueThread } from './issue-thread.js'

/** What reconcile reads of an issue as `GET /repos/{owner}/{repo}/issues` lists it. */
interface RestIssue {
  number: number
  html_url: string
  state: string
  labels: readonly (string | { name?: string })[]
  body?: string | null
  created_at: string
}

const listed = (i: RestIssue): ListedIssue => ({
  number: i.number,
  url: i.html_url,
  state: i.state === 'closed' ? 'closed' : 'open',
  labels: labelNames(i.labels),
  body: i.body ?? '',
  createdAt: i.created_at
})

/**
 * The issues reconcile reads: open OpsLoop issues (by label, 100 a page, never the search API),
 * a fingerprint's closed ones, and one issue's snapshot (GraphQL) for its sealed records.
 */
export function githubReconcileIssues(
  octokit: GitHub,
  repository: { owner: string; repo: string }
): ReconcileIssues {
  return {
    async open(limit) {
      const items: ListedIssue[] = []
      let more = false
      for await (const page of octokit.paginate.iterator('GET /repos/{owner}/{repo}/issues', {
        ...repository,
        labels: OPSLOOP_LABEL,
        state: 'open',
        sort: 'created',
        direction: 'asc',
        per_page: 100
      })) {
        for (const i of page.data) if (i.pull_request === undefined) items.push(listed(i))
        if (items.length >= limit) {
          more = items.length > limit || page.data.length === 100
          break
        }
      }
      return { items: items.slice(0, limit), more }
    },
    async closed(fp, limit) {
      const { data } = await octokit.request('GET /repos/{owner}/{repo}/issues', {
        ...repository,
        labels: fingerprintLabel(fp),
        state: 'closed',
        sort: 'created',
        direction: 'desc',
        per_page: limit
      })
      return data.filter((i) => i.pull_request === undefined).map(listed)
    },
    snapshot: (issue) => githubIssueThread(octokit, repository, issue).snapshot()
  }
}
