// Incident issues on GitHub: find the open one for a fingerprint (listing by label, never the
// search API, whose index lags), create one, comment on one, update one.
import { fingerprintLabel, fingerprintMarker } from '../intake/fingerprint.js'
import type { IssueDraft } from '../report/incident-issue.js'
import { issueUpdate, labelNames, type GitHub } from './client.js'

export interface IssueRef {
  number: number
  url: string
}

export interface OpenIssue extends IssueRef {
  body: string
  labels: string[]
}

export interface IssueUpdate {
  body?: string
  labels?: string[]
  state?: 'open' | 'closed'
}

/** What intake needs from GitHub; tests may supply their own. */
export interface IncidentIssues {
  findOpen(fingerprint: string): Promise<OpenIssue | undefined>
  create(draft: IssueDraft): Promise<IssueRef>
  comment(issue: number, body: string): Promise<void>
  update(issue: number, update: IssueUpdate): Promise<void>
}

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
      // The label narrows the list; the hidden marker confirms an issue is OpsLoop's own.
      const mine = open.filter(
        (i) => i.pull_request === undefined && (i.body ?? '').includes(fingerprintMarker(fp))
      )
      const oldest = mine.sort((a, b) => a.number - b.number)[0]
      return oldest
        ? {
            number: oldest.number,
            url: oldest.html_url,
            body: oldest.body ?? '',
            labels: labelNames(oldest.labels)
          }
        : undefined
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
