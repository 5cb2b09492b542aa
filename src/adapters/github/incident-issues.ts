// Incident issues on GitHub, as intake needs them: the open issues labelled with a fingerprint
// (listing by label, never the search API, whose index lags), oldest first; create one, comment
// on one, update one. Which of them is OpsLoop's own is decided by intake from the sealed record.
import { fingerprintLabel } from '../../issue/labels.js'
import type { IncidentIssues } from '../../intake/ports.js'
import { issueUpdate, labelNames, type GitHub } from './client.js'

export function githubIncidentIssues(
  octokit: GitHub,
  repository: { owner: string; repo: string }
): IncidentIssues {
  return {
    async findOpen(fp) {
      const open = await octokit.paginate(octokit.rest.issues.listForRepo, {
        ...repository,
        labels: fingerprintLabel(fp),
        state: 'open',
        per_page: 100
      })
      return open
        .filter((i) => i.pull_request === undefined)
        .sort((a, b) => a.number - b.number)
        .map((i) => ({
          number: i.number,
          url: i.html_url,
          body: i.body ?? '',
          labels: labelNames(i.labels)
        }))
    },
    async create(draft) {
      const { data } = await octokit.rest.issues.create({ ...repository, ...draft })
      return { number: data.number, url: data.html_url }
    },
    async comment(issue, body) {
      await octokit.rest.issues.createComment({ ...repository, issue_number: issue, body })
    },
    async update(issue, update) {
      await octokit.rest.issues.update({
        ...repository,
        issue_number: issue,
        ...issueUpdate(update)
      })
    }
  }
}
