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

/** A draft pull request that proposes files on a branch of its own. */
export interface ProposedChange {
  /** The branch the files go on, made from the default branch; one per incident. */
  branch: string
  title: string
  body: string
  /** Commit message for the files. */
  message: string
  files: { path: string; text: string }[]
}

export interface RunbookProposals {
  /**
   * Opens the draft pull request, or finds the one already open for `branch` (a second run for
   * the same incident opens nothing new). Never merges.
   */
  propose(change: ProposedChange): Promise<{ number: number; url: string; created: boolean }>
}

/** What `opsloop validate` says of the catalog with a draft's files added. */
export type DraftValidation = (
  files: readonly { path: string; text: string }[]
) => Promise<{ ok: boolean; problems: { file: string; line: number; message: string }[] }>
