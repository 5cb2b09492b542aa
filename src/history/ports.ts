// What `/ask` reads of the repository's history: OpsLoop's incident issues, listed, and the
// thread of the few most like the incident, whose sealed records say what was planned, run and
// how it ended, and whose people's comments say what they did by hand.
import type { IssueSnapshot } from '../issue/thread.js'

export interface HistoryIssue {
  number: number
  title: string
  url: string
  state: 'open' | 'closed'
  labels: string[]
  createdAt: string
  closedAt?: string
}

export interface IncidentHistory {
  /** Issues labelled `opsloop`, open and closed, most recently updated first; at most `limit`. */
  issues(limit: number): Promise<HistoryIssue[]>
  /** One issue's thread, as the ledger reads it. */
  snapshot(number: number): Promise<IssueSnapshot>
}
