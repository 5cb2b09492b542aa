// What intake needs from GitHub: the issues labelled with an incident's fingerprint, creating,
// commenting on and updating one, and a lock per incident that one intake holds at a time, so
// that deliveries racing on several runners open one issue and lose no count. Implemented by
// adapters/github/incident-issues.ts (the lock: adapters/github/incident-lock.ts); tests may
// supply their own.
import type { IssueDraft } from '../report/incident-issue.js'

export interface IssueRef {
  number: number
  url: string
}

export interface FoundIssue extends IssueRef {
  body: string
  labels: string[]
  state: 'open' | 'closed'
}

export interface IssueUpdate {
  body?: string
  labels?: string[]
  state?: 'open' | 'closed'
}

/** What intake needs from GitHub; tests may supply their own. */
export interface IncidentIssues {
  /** Issues carrying the fingerprint's label, open and closed, oldest first. */
  find(fingerprint: string): Promise<FoundIssue[]>
  /**
   * Runs `work` while holding the incident's lock: no other intake of this fingerprint runs
   * `work` at the same time, on any runner. Rejects when the lock cannot be had in time.
   */
  exclusive<T>(fingerprint: string, work: () => Promise<T>): Promise<T>
  create(draft: IssueDraft): Promise<IssueRef>
  comment(issue: number, body: string): Promise<void>
  update(issue: number, update: IssueUpdate): Promise<void>
  /**
   * Adds or takes off one label without touching the others (a remediation may be adding its own
   * at the same moment, under another lock).
   */
  addLabel(issue: number, label: string): Promise<void>
  removeLabel(issue: number, label: string): Promise<void>
}
