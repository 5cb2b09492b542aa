// What intake needs from GitHub: the open issues labelled with an incident's fingerprint, and
// creating, commenting on and updating one. Implemented by adapters/github/incident-issues.ts;
// tests may supply their own.
import type { IssueDraft } from '../report/incident-issue.js'

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
  /** Open issues carrying the fingerprint's label, oldest first. */
  findOpen(fingerprint: string): Promise<OpenIssue[]>
  create(draft: IssueDraft): Promise<IssueRef>
  comment(issue: number, body: string): Promise<void>
  update(issue: number, update: IssueUpdate): Promise<void>
}
