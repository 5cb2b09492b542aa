// The port through which approval and remediation see one incident issue: a snapshot of the issue,
// every comment and every label event with their authors' account ids and whether anyone ever
// edited them, plus the few writes OpsLoop makes. The GitHub adapter (github/issue-thread.ts)
// reads it through GraphQL, whose `lastEditedAt`/`includesCreatedEdit` say precisely whether
// content changed, where REST's second-resolution timestamps cannot. Of the writes, only `reply`
// notifies people (GitHub also spaces such writes 3 s apart); `edit`, labels and updates do not.

/** A GitHub account as it appears on content: its id is what identifies it, never its login. */
export interface Account {
  /** The account's database id; undefined for a deleted account ("ghost"). */
  id?: number
  login: string
  /** 'User', 'Bot', 'Organization', 'Mannequin' … */
  type: string
}

export interface SnapshotComment {
  id: number
  url: string
  author?: Account
  body: string
  /** ISO time, as GitHub recorded it. */
  createdAt: string
  /** Whether the body was ever changed after it was posted, by anyone. */
  edited: boolean
}

export interface LabelEvent {
  label: string
  actor?: Account
  added: boolean
  createdAt: string
}

export interface IssueSnapshot {
  issue: {
    number: number
    url: string
    title: string
    state: 'open' | 'closed'
    body: string
    labels: string[]
    createdAt: string
    author?: Account
  }
  /** Oldest first (ids increase with time). */
  comments: SnapshotComment[]
  /** Label events, oldest first. Nobody can delete them. */
  labelEvents: LabelEvent[]
}

export type Permission = 'admin' | 'write' | 'read' | 'none'

export interface IssueThread {
  snapshot(): Promise<IssueSnapshot>
  /** Posts a new comment: a write that notifies everyone watching the issue. */
  reply(body: string): Promise<{ id: number; url: string }>
  update(update: { body?: string; labels?: string[]; state?: 'open' | 'closed' }): Promise<void>
  /** Adds labels (GitHub creates a label that does not exist yet). */
  addLabels(labels: string[]): Promise<void>
  /** The user's permission on the repository (`maintain` counts as write, `triage` as read). */
  permissionOf(login: string): Promise<Permission>
  /**
   * Whether the user is an active member of the team; `undefined` when the token cannot tell
   * (GITHUB_TOKEN cannot read organization membership).
   */
  teamMember(org: string, slug: string, login: string): Promise<boolean | undefined>
}

/** What a remediation run needs besides: its progress comment is edited, and labels taken off. */
export interface RunThread extends IssueThread {
  /**
   * Replaces the body of one of the token's own comments, without notifying anyone. The comment
   * then reads as edited, so the ledger no longer trusts any record it held.
   */
  edit(commentId: number, body: string): Promise<void>
  /** Takes one label off the issue (nothing happens when it is not there). */
  removeLabel(label: string): Promise<void>
  /**
   * Runs `work` holding this issue's run lock: no other run of OpsLoop on this issue runs its
   * `work` at the same time, on any runner. Rejects when the lock cannot be had in time.
   */
  exclusive<T>(work: () => Promise<T>): Promise<T>
}
