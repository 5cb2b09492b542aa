// Incident issues on GitHub, as intake needs them: the issues labelled with a fingerprint, open
// and closed (listing by label, never the search API, whose index lags), oldest first; create
// one, comment on one, update one; and the incident's lock (incident-lock.ts). Which of them is
// OpsLoop's own is decided by intake from the sealed record.
import { fingerprintLabel } from '../../issue/labels.js'
import type { IncidentIssues } from '../../intake/ports.js'
import { issueUpdate, labelNames, removeIssueLabel, type GitHub } from './client.js'
import { githubIncidentLock, type LockOptions } from './incident-lock.js'

export function githubIncidentIssues(
  octokit: GitHub,
  repository: { owner: string; repo: string },
  lock: LockOptions = {}
): IncidentIssues {
  const incidentLock = githubIncidentLock(octokit, repository, lock)
  return {
    async find(fp) {
      const found = await octokit.paginate('GET /repos/{owner}/{repo}/issues', {
        ...repository,
        labels: fingerprintLabel(fp),
        state: 'all',
        per_page: 100
      })
      return found
        .filter((i) => i.pull_request === undefined)
        .sort((a, b) => a.number - b.number)
        .map((i) => ({
          number: i.number,
          url: i.html_url,
          body: i.body ?? '',
          labels: labelNames(i.labels),
          state: i.state === 'closed' ? ('closed' as const) : ('open' as const)
        }))
    },
    exclusive: (fp, work) => incidentLock.hold(fp, work),
    async create(draft) {
      const { data } = await octokit.request('POST /repos/{owner}/{repo}/issues', {
        ...repository,
        ...draft
      })
      return { number: data.number, url: data.html_url }
    },
    async comment(issue, body) {
      await octokit.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
        ...repository,
        issue_number: issue,
        body
      })
    },
    async addLabel(issue, label) {
      await octokit.request('POST /repos/{owner}/{repo}/issues/{issue_number}/labels', {
        ...repository,
        issue_number: issue,
        labels: [label]
      })
    },
    removeLabel: (issue, label) =>
      removeIssueLabel(octokit, { ...repository, issue_number: issue }, label),
    async update(issue, update) {
      await octokit.request('PATCH /repos/{owner}/{repo}/issues/{issue_number}', {
        ...repository,
        issue_number: issue,
        ...issueUpdate(update)
      })
    }
  }
}
