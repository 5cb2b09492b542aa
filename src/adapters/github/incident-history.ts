// The repository's incident history on GitHub, as `/ask` reads it: OpsLoop's issues (labelled
// `opsloop`, open and closed), one list request, most recently updated first; and the thread of
// each one read in full, through the same GraphQL snapshot the ledger reads everywhere else.
import type { HistoryIssue, IncidentHistory } from '../../history/ports.js'
import { OPSLOOP_LABEL } from '../../issue/labels.js'
import { labelNames, type GitHub } from './client.js'
import { githubIssueThread } from './issue-thread.js'

export function githubIncidentHistory(
  octokit: GitHub,
  repository: { owner: string; repo: string }
): IncidentHistory {
  return {
    async issues(limit) {
      const { data } = await octokit.request('GET /repos/{owner}/{repo}/issues', {
        ...repository,
        labels: OPSLOOP_LABEL,
        state: 'all',
        sort: 'updated',
        direction: 'desc',
        per_page: Math.min(100, limit)
      })
      return data
        .filter((i) => i.pull_request === undefined)
        .map((i): HistoryIssue => ({
          number: i.number,
          title: i.title,
          url: i.html_url,
          state: i.state === 'closed' ? 'closed' : 'open',
          labels: labelNames(i.labels),
          createdAt: i.created_at,
          ...(i.closed_at ? { closedAt: i.closed_at } : {})
        }))
    },
    snapshot: (number) => githubIssueThread(octokit, repository, number).snapshot()
  }
}
