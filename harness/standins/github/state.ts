// The stand-in's in-memory GitHub: users and their tokens, repositories with files per ref,
// commits (a history with per-file patches), labels, issues, comments (with their edit history),
// label events, reactions, teams, deployments with their statuses, releases, pull requests and
// recorded dispatches (repository and workflow). Branches (`Repo.branches`) move as commits are
// added, by a seed or through the API (a ref created, a file put on a branch); a commit's files
// are kept by SHA in `Repo.files`. One store per startGitHub() call; ids and SHAs are
// deterministic so tests can assert on them.
import { createHash } from 'node:crypto'

/** Repository roles as granted; the permission API reports maintain as write, triage as read. */
export type Role = 'admin' | 'maintain' | 'write' | 'triage' | 'read'
/** What a token may do with organization membership (the Members: read permission). */
export type OrgAccess = 'granted' | 'forbidden' | 'not-found'

export const BOT_LOGIN = 'github-actions[bot]'
export const BOT_TOKEN = 'ghs_opsloop_github_token'
export const DEFAULT_REPO = 'acme/ops'

export interface SeedUser {
  login: string
  type?: 'User' | 'Bot'
  id?: number
  /** Defaults to `token-<login>`; see handle.tokenFor(). */
  token?: string
  /** Role per repository (`owner/name`); a custom role is given with its base role. */
  roles?: Record<string, Role | { role: Role; name: string }>
  /** Default: granted for users; forbidden for bots (GITHUB_TOKEN has no org permissions). */
  orgAccess?: OrgAccess
  /** Primary rate limit per hour. Default: 1000 for bots (GITHUB_TOKEN), 5000 for users. */
  rateLimit?: number
}

export interface SeedRepo {
  /** `owner/name` */
  repo: string
  defaultBranch?: string
  visibility?: 'public' | 'private'
  /** Files by ref: a branch name or a commit SHA, then path to content. */
  files?: Record<string, Record<string, string>>
  /** Branch name to commit SHA, so `ref=<sha>` and `ref=<branch>` see the same files. */
  branches?: Record<string, string>
}

interface SeedComment {
  user: string
  body: string
  createdAt?: string
}

export interface SeedIssue {
  /** Defaults to the first seeded repository. */
  repo?: string
  title: string
  body?: string
  user?: string
  labels?: string[]
  state?: 'open' | 'closed'
  createdAt?: string
  comments?: SeedComment[]
}

export interface SeedTeam {
  org: string
  slug: string
  members: (
    string | { login: string; state?: 'active' | 'pending'; role?: 'member' | 'maintainer' }
  )[]
}

export type DeploymentState =
  'error' | 'failure' | 'inactive' | 'in_progress' | 'queued' | 'pending' | 'success'

export interface SeedDeploymentStatus {
  state: DeploymentState
  /** Default: the deployment's createdAt. */
  createdAt?: string
  description?: string
  /** Login; default: the deployment's creator. */
  creator?: string
  environmentUrl?: string
  logUrl?: string
}

export interface SeedDeployment {
  /** Defaults to the first seeded repository. */
  repo?: string
  environment: string
  ref: string
  /** Default: `ref` when it is a commit SHA, else a deterministic SHA derived from ref and id. */
  sha?: string
  /** Default `deploy`. */
  task?: string
  /** Default `{}`; GitHub keeps whatever the creator sent, an object or a string. */
  payload?: Record<string, unknown> | string
  /** Login; default BOT_LOGIN. */
  creator?: string
  description?: string
  createdAt: string
  /** In any order; the API lists them newest first. */
  statuses?: SeedDeploymentStatus[]
}

export interface SeedCommitFile {
  filename: string
  /** Default 'modified'. */
  status?: 'added' | 'removed' | 'modified' | 'renamed'
  /** Unified diff hunks as GitHub returns them in `patch` (starting at `@@`). */
  patch?: string
  /** For a rename. */
  previousFilename?: string
}

export interface SeedCommit {
  /** Defaults to the first seeded repository. */
  repo?: string
  /** Default: a deterministic SHA (fakeSha). */
  sha?: string
  message: string
  /** Login; default BOT_LOGIN. */
  author?: string
  /** ISO time; default the stand-in's clock. */
  date?: string
  /**
   * Parent SHAs; default: the repository's previously added commit (a linear history), or none
   * for the first. Commits made through the API on another branch than the default are not on
   * that line.
   */
  parents?: string[]
  files?: SeedCommitFile[]
}

export interface SeedRelease {
  /** Defaults to the first seeded repository. */
  repo?: string
  tag: string
  name?: string
  body?: string
  /** Login; default BOT_LOGIN. */
  author?: string
  /** Default: the repository's default branch. */
  targetCommitish?: string
  createdAt: string
  /** Default: createdAt; always null for drafts. */
  publishedAt?: string
  draft?: boolean
  prerelease?: boolean
}

export interface SeedPull {
  /** Defaults to the first seeded repository. */
  repo?: string
  title: string
  body?: string
  /** Login; default BOT_LOGIN, as for issues. */
  user?: string
  /** Branch; default: the repository's default branch. */
  base?: string
  /** Branch in the same repository; default `feature-<number>`. */
  head?: string
  /** Default open; closed when closedAt or mergedAt is given. */
  state?: 'open' | 'closed'
  /** Default: the stand-in's clock. */
  createdAt?: string
  /** Default: the latest of createdAt and closedAt. */
  updatedAt?: string
  /** Default for closed pulls: mergedAt, else updatedAt, else createdAt. */
  closedAt?: string
  mergedAt?: string
  /** Default for merged pulls: a deterministic SHA; null otherwise. */
  mergeCommitSha?: string
  labels?: string[]
  /** Default false. */
  draft?: boolean
}

/** A seed added at run time through the handle, where createdAt defaults to the clock. */
export type Undated<T extends { createdAt: string }> = Omit<T, 'createdAt'> & {
  createdAt?: string
}

export interface GitHubSeed {
  /** Base clock; the handle's clock.advance() adds to it. Default: fixed 2025-01-01T00:00:00Z. */
  now?: () => Date
  /**
   * Users. The action's bot (BOT_LOGIN, BOT_TOKEN) always exists with write on every
   * repository; seed a user with its login to change its token, roles or limits.
   */
  users?: SeedUser[]
  /** Default: one private repository `acme/ops` with default branch `main`. */
  repos?: SeedRepo[]
  labels?: { repo?: string; name: string; color?: string; description?: string }[]
  issues?: SeedIssue[]
  teams?: SeedTeam[]
  deployments?: SeedDeployment[]
  releases?: SeedRelease[]
  /** Numbered with the issues, in seed order after them (one sequence per repository). */
  pulls?: SeedPull[]
  /**
   * In seed order, each (by default) a child of the one before in its repository; each moves
   * its repository's default branch to it.
   */
  commits?: SeedCommit[]
}

export interface User {
  login: string
  id: number
  type: 'User' | 'Bot'
  token: string
  roles: Map<string, { role: Role; name: string }>
  orgAccess: OrgAccess
  rateLimit: number
}

export interface Repo {
  id: number
  owner: string
  name: string
  fullName: string
  defaultBranch: string
  visibility: 'public' | 'private'
  files: Map<string, Map<string, string>>
  branches: Map<string, string>
  createdAt: string
  nextNumber: number
}

export interface Label {
  id: number
  repo: string
  name: string
  color: string
  description: string | null
}

/** One revision of an issue's or a comment's body (GitHub's UserContentEdit). */
export interface ContentEdit {
  /** Who made this revision; for the creation edit, the author. */
  editor: string
  editedAt: string
  /** The body after this revision. */
  body: string | null
}

export interface Issue {
  id: number
  repo: string
  number: number
  title: string
  body: string | null
  user: string
  /** Label names, in the order they were applied. */
  labels: string[]
  state: 'open' | 'closed'
  stateReason: 'completed' | 'not_planned' | 'duplicate' | 'reopened' | null
  locked: boolean
  lockReason: string | null
  createdAt: string
  updatedAt: string
  closedAt: string | null
  closedBy: string | null
  /** When the body was last edited; null until then (set even within the second of creation). */
  lastEditedAt: string | null
  /** Body revisions, oldest first: empty until the first edit, which adds the creation edit too. */
  edits: ContentEdit[]
}

/**
 * A label added to or removed from an issue, as its timeline shows it (LabeledEvent,
 * UnlabeledEvent). Events are never deleted: removing the label or deleting comments leaves them.
 */
export interface LabelEvent {
  id: number
  repo: string
  issueNumber: number
  type: 'labeled' | 'unlabeled'
  /** The label's name as applied. */
  label: string
  /** Login of the token's user (or the seeded issue's author). */
  actor: string
  createdAt: string
}

export interface Comment {
  id: number
  repo: string
  issueNumber: number
  user: string
  body: string
  createdAt: string
  updatedAt: string
  /** When the body was last edited; null until then (set even within the second of creation). */
  lastEditedAt: string | null
  /** Body revisions, oldest first: empty until the first edit, which adds the creation edit too. */
  edits: ContentEdit[]
}

export type ReactionContent =
  '+1' | '-1' | 'laugh' | 'confused' | 'heart' | 'hooray' | 'rocket' | 'eyes'

export interface Reaction {
  id: number
  /** issueSubject() or commentSubject() */
  subject: string
  user: string
  content: ReactionContent
  createdAt: string
}

export interface Team {
  id: number
  org: string
  slug: string
  members: Map<string, { state: 'active' | 'pending'; role: 'member' | 'maintainer' }>
}

/** A reviewer's answer to a workflow run waiting on an environment with required reviewers. */
export interface DeploymentReview {
  repo: string
  runId: number
  environment: string
  user: string
  state: 'approved' | 'rejected'
  comment: string
  at: string
}

export interface Deployment {
  id: number
  repo: string
  environment: string
  ref: string
  sha: string
  task: string
  payload: Record<string, unknown> | string
  creator: string
  description: string | null
  createdAt: string
  /** Bumped by each newer status, as on GitHub. */
  updatedAt: string
}

export interface DeploymentStatus {
  id: number
  repo: string
  deploymentId: number
  state: DeploymentState
  creator: string
  description: string
  environment: string
  environmentUrl: string | null
  logUrl: string | null
  createdAt: string
}

export interface Release {
  id: number
  repo: string
  tag: string
  name: string | null
  body: string | null
  author: string
  targetCommitish: string
  createdAt: string
  publishedAt: string | null
  draft: boolean
  prerelease: boolean
}

export interface Pull {
  id: number
  repo: string
  /** From the repository's issue sequence. */
  number: number
  title: string
  body: string | null
  user: string
  base: string
  baseSha: string
  head: string
  headSha: string
  state: 'open' | 'closed'
  /** Label names, in the order they were applied. */
  labels: string[]
  createdAt: string
  updatedAt: string
  closedAt: string | null
  mergedAt: string | null
  mergeCommitSha: string | null
  draft: boolean
}

export interface Dispatch {
  repo: string
  eventType: string
  clientPayload: Record<string, unknown> | undefined
  /** Login of the token's owner: the workflow run's initiator. */
  sender: string
  at: string
}

/** An accepted `workflow_dispatch` (actions/create-workflow-dispatch). */
export interface WorkflowDispatch {
  repo: string
  /** The workflow's file name, e.g. `deploy.yml`. */
  workflow: string
  /** The ref as the caller sent it (a branch, maybe as `refs/heads/<name>`). */
  ref: string
  /** The inputs as the caller sent them ({} for none); the workflow's defaults are not added. */
  inputs: Record<string, unknown>
  /** Login of the token's owner: the run's triggering actor. */
  actor: string
  at: string
  /** The run it started (what `return_run_details` reports). */
  runId: number
}

export interface CommitFile {
  filename: string
  status: 'added' | 'removed' | 'modified' | 'renamed'
  patch: string | null
  previousFilename: string | null
  /** Counted from the patch's `+` and `-` lines. */
  additions: number
  deletions: number
}

export interface Commit {
  repo: string
  sha: string
  message: string
  author: string
  date: string
  parents: string[]
  files: CommitFile[]
}

/** GitHub's timestamps carry seconds, not milliseconds. */
function timestamp(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z')
}

/** Normalizes a seeded ISO time to GitHub's format; fails loudly on a malformed one. */
function seedTime(iso: string): string {
  const ms = Date.parse(iso)
  if (Number.isNaN(ms)) throw new Error(`seed time is not ISO 8601: ${iso}`)
  return timestamp(new Date(ms))
}

/** A stable stand-in for a commit SHA GitHub would know (40 hex digits). */
export function fakeSha(...parts: (string | number)[]): string {
  return createHash('sha1').update(parts.join('\0')).digest('hex')
}

const later = (a: string, b: string | null): string => (b !== null && b > a ? b : a)

/** The blob SHA git (and so GitHub) gives a file's content. */
export function blobSha(content: string): string {
  const bytes = Buffer.from(content, 'utf8')
  return createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex')
}

/** A file of a commit, its additions and deletions counted from the patch's hunk lines. */
function commitFile(f: SeedCommitFile): CommitFile {
  const patch = f.patch ?? null
  // Hunk lines only: `+++`/`---` file headers (not part of GitHub's `patch`) do not count.
  const lines = patch === null ? [] : patch.split('\n')
  return {
    filename: f.filename,
    status: f.status ?? 'modified',
    patch,
    previousFilename: f.previousFilename ?? null,
    additions: lines.filter((l) => l.startsWith('+') && !l.startsWith('+++')).length,
    deletions: lines.filter((l) => l.startsWith('-') && !l.startsWith('---')).length
  }
}

/**
 * The `patch` GitHub shows for a file changed from `before` (undefined: added) to `after`: one
 * hunk around the changed lines (the common leading and trailing lines left out) with three lines
 * of context, in git's format (`@@ -1,2 +1,3 @@`, `\ No newline at end of file`); null when
 * nothing changed. Git's diff can find smaller hunks for scattered changes; the stand-in does not.
 */
function filePatch(before: string | undefined, after: string): string | null {
  const lines = (text: string): string[] => text.match(/[^\n]*\n|[^\n]+$/g) ?? []
  const a = lines(before ?? '')
  const b = lines(after)
  let prefix = 0
  while (prefix < a.length && prefix < b.length && a[prefix] === b[prefix]) prefix++
  let suffix = 0
  while (
    suffix < a.length - prefix &&
    suffix < b.length - prefix &&
    a[a.length - 1 - suffix] === b[b.length - 1 - suffix]
  ) {
    suffix++
  }
  if (prefix === a.length && prefix === b.length) return null
  const CONTEXT = 3
  const start = Math.max(0, prefix - CONTEXT)
  const trailing = Math.min(CONTEXT, suffix)
  const oldCount = a.length - suffix + trailing - start
  const newCount = b.length - suffix + trailing - start
  // git numbers an empty range from the line before it and leaves out a count of 1.
  const range = (count: number): string =>
    count === 0 ? `${start},0` : count === 1 ? `${start + 1}` : `${start + 1},${count}`
  const out = [`@@ -${range(oldCount)} +${range(newCount)} @@`]
  const emit = (sign: string, line: string): void => {
    out.push(`${sign}${line.replace(/\n$/, '')}`)
    if (!line.endsWith('\n')) out.push('\\ No newline at end of file')
  }
  for (const line of a.slice(start, prefix)) emit(' ', line)
  for (const line of a.slice(prefix, a.length - suffix)) emit('-', line)
  for (const line of b.slice(prefix, b.length - suffix)) emit('+', line)
  for (const line of a.slice(a.length - suffix, a.length - suffix + trailing)) emit(' ', line)
  return out.join('\n')
}

/** Reaction subjects: an issue or an issue comment. */
export const issueSubject = (issue: Issue): string => `issue:${issue.repo}#${issue.number}`
export const commentSubject = (comment: Comment): string => `comment:${comment.id}`

const EPOCH = Date.parse('2025-01-01T00:00:00Z')
const ROLE_RANK: Record<Role, number> = { read: 1, triage: 2, write: 3, maintain: 4, admin: 5 }

export class Store {
  readonly users = new Map<string, User>()
  readonly repos = new Map<string, Repo>()
  readonly labels: Label[] = []
  readonly issues: Issue[] = []
  readonly comments: Comment[] = []
  /** Labeled and unlabeled events of every issue, oldest first. */
  readonly labelEvents: LabelEvent[] = []
  readonly reactions: Reaction[] = []
  readonly teams: Team[] = []
  readonly dispatches: Dispatch[] = []
  readonly deploymentReviews: DeploymentReview[] = []
  readonly deployments: Deployment[] = []
  readonly deploymentStatuses: DeploymentStatus[] = []
  readonly releases: Release[] = []
  readonly pulls: Pull[] = []
  /** Every repository's commits, in the order they were added. */
  readonly commits: Commit[] = []
  readonly workflowDispatches: WorkflowDispatch[] = []
  /** Commits made through the API on a branch other than the default one (see addCommit). */
  private readonly offDefault = new Set<string>()
  private offsetMs = 0
  private readonly base: () => Date
  private readonly ids = {
    user: 5_000_001,
    repo: 700_001,
    label: 9_000_001,
    issue: 3_000_001,
    comment: 1_900_000_001,
    labelEvent: 1_300_000_001,
    reaction: 200_001,
    team: 40_001,
    deployment: 1_200_000_001,
    deploymentStatus: 2_400_000_001,
    release: 180_000_001,
    pull: 2_100_000_001,
    workflowRun: 16_000_000_001
  }

  constructor(seed: GitHubSeed = {}) {
    this.base = seed.now ?? (() => new Date(EPOCH))
    const users = seed.users ?? []
    const bot = users.find((u) => u.login === BOT_LOGIN)
    this.addUser({ type: 'Bot', id: 41898282, token: BOT_TOKEN, ...bot, login: BOT_LOGIN })
    for (const u of users) if (u !== bot) this.addUser(u)
    for (const r of seed.repos ?? [{ repo: DEFAULT_REPO }]) this.addRepo(r)
    const firstRepo = [...this.repos.values()][0]?.fullName ?? DEFAULT_REPO
    for (const l of seed.labels ?? []) {
      this.addLabel(l.repo ?? firstRepo, l.name, l.color, l.description)
    }
    for (const i of seed.issues ?? []) this.seedIssue(i, firstRepo)
    for (const t of seed.teams ?? []) this.addTeam(t)
    for (const c of seed.commits ?? []) this.addCommit(c)
    for (const d of seed.deployments ?? []) this.addDeployment(d)
    for (const r of seed.releases ?? []) this.addRelease(r)
    for (const p of seed.pulls ?? []) this.addPull(p)
  }

  now(): Date {
    return new Date(this.base().getTime() + this.offsetMs)
  }

  stamp(): string {
    return timestamp(this.now())
  }

  advance(ms: number): void {
    this.offsetMs += ms
  }

  addUser(seed: SeedUser): User {
    const type = seed.type ?? 'User'
    const user: User = {
      login: seed.login,
      id: seed.id ?? this.ids.user++,
      type,
      token: seed.token ?? `token-${seed.login}`,
      roles: new Map(
        Object.entries(seed.roles ?? {}).map(([repo, r]) => [
          repo.toLowerCase(),
          typeof r === 'string' ? { role: r, name: r } : r
        ])
      ),
      orgAccess: seed.orgAccess ?? (type === 'Bot' ? 'forbidden' : 'granted'),
      rateLimit: seed.rateLimit ?? (type === 'Bot' ? 1000 : 5000)
    }
    this.users.set(user.login.toLowerCase(), user)
    return user
  }

  addRepo(seed: SeedRepo): Repo {
    const [owner, name] = seed.repo.split('/')
    if (!owner || !name) throw new Error(`repository must be owner/name: ${seed.repo}`)
    const repo: Repo = {
      id: this.ids.repo++,
      owner,
      name,
      fullName: seed.repo,
      defaultBranch: seed.defaultBranch ?? 'main',
      visibility: seed.visibility ?? 'private',
      files: new Map(
        Object.entries(seed.files ?? {}).map(([ref, files]) => [
          ref,
          new Map(Object.entries(files))
        ])
      ),
      branches: new Map(Object.entries(seed.branches ?? {})),
      createdAt: this.stamp(),
      nextNumber: 1
    }
    this.repos.set(seed.repo.toLowerCase(), repo)
    // The action's GITHUB_TOKEN: issues and contents write, unless the seed says otherwise.
    const bot = this.user(BOT_LOGIN)
    if (bot && !bot.roles.has(seed.repo.toLowerCase())) {
      bot.roles.set(seed.repo.toLowerCase(), { role: 'write', name: 'write' })
    }
    return repo
  }

  addTeam(seed: SeedTeam): Team {
    const team: Team = {
      id: this.ids.team++,
      org: seed.org,
      slug: seed.slug,
      members: new Map(
        seed.members.map((m) =>
          typeof m === 'string'
            ? [m.toLowerCase(), { state: 'active', role: 'member' }]
            : [m.login.toLowerCase(), { state: m.state ?? 'active', role: m.role ?? 'member' }]
        )
      )
    }
    this.teams.push(team)
    return team
  }

  user(login: string): User | undefined {
    return this.users.get(login.toLowerCase())
  }

  userByToken(token: string): User | undefined {
    return [...this.users.values()].find((u) => u.token === token)
  }

  repo(owner: string, name: string): Repo | undefined {
    return this.repos.get(`${owner}/${name}`.toLowerCase())
  }

  /** The user's role on a repository; anyone reads a public repository. */
  role(user: User, repo: Repo): { role: Role; name: string } | undefined {
    const granted = user.roles.get(repo.fullName.toLowerCase())
    if (granted) return granted
    if (user.login.toLowerCase() === repo.owner.toLowerCase())
      return { role: 'admin', name: 'admin' }
    return repo.visibility === 'public' ? { role: 'read', name: 'read' } : undefined
  }

  can(user: User, repo: Repo, needed: Role): boolean {
    const role = this.role(user, repo)
    return role !== undefined && ROLE_RANK[role.role] >= ROLE_RANK[needed]
  }

  labelsOf(repo: string): Label[] {
    return this.labels.filter((l) => l.repo.toLowerCase() === repo.toLowerCase())
  }

  label(repo: string, name: string): Label | undefined {
    // GitHub matches label names case-insensitively.
    return this.labelsOf(repo).find((l) => l.name.toLowerCase() === name.toLowerCase())
  }

  addLabel(repo: string, name: string, color = 'ededed', description?: string): Label {
    const label: Label = {
      id: this.ids.label++,
      repo,
      name,
      color,
      description: description ?? null
    }
    this.labels.push(label)
    return label
  }

  /** Renames or redescribes a label; issues carrying it carry the new name, as on GitHub. */
  updateLabel(label: Label, fields: { name?: string; color?: string; description?: string }): void {
    if (fields.name !== undefined) {
      const old = label.name.toLowerCase()
      for (const issue of this.issuesOf(label.repo))
        issue.labels = issue.labels.map((l) => (l.toLowerCase() === old ? (fields.name ?? l) : l))
      label.name = fields.name
    }
    if (fields.color !== undefined) label.color = fields.color
    if (fields.description !== undefined) label.description = fields.description
  }

  /** Deletes a label; GitHub takes it off every issue that carried it. */
  deleteLabel(label: Label): void {
    const old = label.name.toLowerCase()
    for (const issue of this.issuesOf(label.repo))
      issue.labels = issue.labels.filter((l) => l.toLowerCase() !== old)
    this.labels.splice(this.labels.indexOf(label), 1)
  }

  /** Applies labels by name, creating unknown ones the way GitHub does. */
  ensureLabels(repo: string, names: readonly string[]): string[] {
    return names.map((name) => (this.label(repo, name) ?? this.addLabel(repo, name)).name)
  }

  issuesOf(repo: string): Issue[] {
    return this.issues.filter((i) => i.repo.toLowerCase() === repo.toLowerCase())
  }

  issue(repo: string, number: number): Issue | undefined {
    return this.issuesOf(repo).find((i) => i.number === number)
  }

  /** Creates an issue; its labels are applied by its author, with labeled events. */
  createIssue(
    repo: Repo,
    fields: { title: string; body?: string | null; user: string; labels?: readonly string[] },
    at = this.stamp()
  ): Issue {
    const issue: Issue = {
      id: this.ids.issue++,
      repo: repo.fullName,
      number: repo.nextNumber++,
      title: fields.title,
      body: fields.body ?? null,
      user: fields.user,
      labels: [],
      state: 'open',
      stateReason: null,
      locked: false,
      lockReason: null,
      createdAt: at,
      updatedAt: at,
      closedAt: null,
      closedBy: null,
      lastEditedAt: null,
      edits: []
    }
    this.issues.push(issue)
    this.setIssueLabels(issue, fields.labels ?? [], fields.user, at)
    return issue
  }

  /**
   * Replaces an issue's labels (unknown ones are created), recording an unlabeled event per
   * removed label and a labeled event per added one; labels already present record nothing.
   */
  setIssueLabels(issue: Issue, names: readonly string[], actor: string, at = this.stamp()): void {
    const next: string[] = []
    for (const name of this.ensureLabels(issue.repo, names)) {
      if (!next.some((n) => n.toLowerCase() === name.toLowerCase())) next.push(name)
    }
    const has = (list: readonly string[], name: string): boolean =>
      list.some((l) => l.toLowerCase() === name.toLowerCase())
    const event = (type: LabelEvent['type'], label: string): void => {
      this.labelEvents.push({
        id: this.ids.labelEvent++,
        repo: issue.repo,
        issueNumber: issue.number,
        type,
        label,
        actor,
        createdAt: at
      })
    }
    for (const old of issue.labels) if (!has(next, old)) event('unlabeled', old)
    for (const name of next) if (!has(issue.labels, name)) event('labeled', name)
    issue.labels = next
  }

  /** Adds labels to those present (see setIssueLabels for the events). */
  addIssueLabels(issue: Issue, names: readonly string[], actor: string, at = this.stamp()): void {
    this.setIssueLabels(issue, [...issue.labels, ...names], actor, at)
  }

  /** Removes one label; false when the issue does not have it. */
  removeIssueLabel(issue: Issue, name: string, actor: string, at = this.stamp()): boolean {
    const present = issue.labels.some((l) => l.toLowerCase() === name.toLowerCase())
    if (present) {
      const rest = issue.labels.filter((l) => l.toLowerCase() !== name.toLowerCase())
      this.setIssueLabels(issue, rest, actor, at)
    }
    return present
  }

  labelEventsOf(issue: Issue): LabelEvent[] {
    return this.labelEvents.filter(
      (e) => e.repo.toLowerCase() === issue.repo.toLowerCase() && e.issueNumber === issue.number
    )
  }

  /**
   * Edits an issue's body as `editor`. Like GitHub, a changed body sets lastEditedAt (even in
   * the second the issue was created) and adds to the edit history; the same body is no edit.
   * Returns whether the body changed.
   */
  editIssueBody(issue: Issue, body: string | null, editor: string, at = this.stamp()): boolean {
    if (body === issue.body) return false
    this.recordEdit(issue, body, editor, at)
    issue.body = body
    issue.updatedAt = later(issue.updatedAt, at)
    return true
  }

  /** Edits a comment's body as `editor`; see editIssueBody. */
  editComment(comment: Comment, body: string, editor: string, at = this.stamp()): boolean {
    if (body === comment.body) return false
    this.recordEdit(comment, body, editor, at)
    comment.body = body
    comment.updatedAt = later(comment.updatedAt, at)
    return true
  }

  /** Deletes a comment (its issue's label events stay); false when there is no such comment. */
  deleteComment(id: number): boolean {
    const index = this.comments.findIndex((c) => c.id === id)
    if (index < 0) return false
    this.comments.splice(index, 1)
    return true
  }

  /** Deletes a user as GitHub does an account: its token stops working, its content stays. */
  deleteUser(login: string): boolean {
    return this.users.delete(login.toLowerCase())
  }

  private recordEdit(
    target: Issue | Comment,
    body: string | null,
    editor: string,
    at: string
  ): void {
    // GitHub keeps the creation as the first revision once content is edited at all.
    if (target.edits.length === 0) {
      target.edits.push({ editor: target.user, editedAt: target.createdAt, body: target.body })
    }
    target.edits.push({ editor, editedAt: at, body })
    target.lastEditedAt = at
  }

  commentsOf(repo: string, issueNumber: number): Comment[] {
    return this.comments.filter(
      (c) => c.repo.toLowerCase() === repo.toLowerCase() && c.issueNumber === issueNumber
    )
  }

  comment(id: number): Comment | undefined {
    return this.comments.find((c) => c.id === id)
  }

  /** Adds a comment; like GitHub, commenting bumps the issue's `updated_at`. */
  addComment(issue: Issue, user: string, body: string, at = this.stamp()): Comment {
    const comment: Comment = {
      id: this.ids.comment++,
      repo: issue.repo,
      issueNumber: issue.number,
      user,
      body,
      createdAt: at,
      updatedAt: at,
      lastEditedAt: null,
      edits: []
    }
    this.comments.push(comment)
    if (at > issue.updatedAt) issue.updatedAt = at
    return comment
  }

  reactionsOn(subject: string): Reaction[] {
    return this.reactions.filter((r) => r.subject === subject)
  }

  /** Returns the existing reaction (and false) when the user already reacted with that content. */
  react(subject: string, user: string, content: ReactionContent): [Reaction, boolean] {
    const existing = this.reactions.find(
      (r) => r.subject === subject && r.user === user && r.content === content
    )
    if (existing) return [existing, false]
    const reaction: Reaction = {
      id: this.ids.reaction++,
      subject,
      user,
      content,
      createdAt: this.stamp()
    }
    this.reactions.push(reaction)
    return [reaction, true]
  }

  team(org: string, slug: string): Team | undefined {
    return this.teams.find(
      (t) =>
        t.org.toLowerCase() === org.toLowerCase() && t.slug.toLowerCase() === slug.toLowerCase()
    )
  }

  deploymentsOf(repo: string): Deployment[] {
    return this.deployments.filter((d) => d.repo.toLowerCase() === repo.toLowerCase())
  }

  deployment(repo: string, id: number): Deployment | undefined {
    return this.deploymentsOf(repo).find((d) => d.id === id)
  }

  statusesOf(deployment: Deployment): DeploymentStatus[] {
    return this.deploymentStatuses.filter((s) => s.deploymentId === deployment.id)
  }

  addDeployment(seed: Undated<SeedDeployment>): Deployment {
    const repo = this.seedRepo(seed.repo, 'deployment')
    const id = this.ids.deployment++
    const at = seed.createdAt === undefined ? this.stamp() : seedTime(seed.createdAt)
    const deployment: Deployment = {
      id,
      repo: repo.fullName,
      environment: seed.environment,
      ref: seed.ref,
      // A ref may itself be a commit SHA (GitHub accepts branch, tag or SHA).
      sha: seed.sha ?? (/^[0-9a-f]{40}$/i.test(seed.ref) ? seed.ref : fakeSha(seed.ref, id)),
      task: seed.task ?? 'deploy',
      payload: seed.payload ?? {},
      creator: seed.creator ?? BOT_LOGIN,
      description: seed.description ?? null,
      createdAt: at,
      updatedAt: at
    }
    this.deployments.push(deployment)
    for (const s of seed.statuses ?? []) {
      this.addDeploymentStatus(deployment, { ...s, createdAt: s.createdAt ?? at })
    }
    return deployment
  }

  /** Adds a status; like GitHub, a newer status bumps the deployment's `updated_at`. */
  addDeploymentStatus(deployment: Deployment, seed: SeedDeploymentStatus): DeploymentStatus {
    const at = seed.createdAt === undefined ? this.stamp() : seedTime(seed.createdAt)
    const status: DeploymentStatus = {
      id: this.ids.deploymentStatus++,
      repo: deployment.repo,
      deploymentId: deployment.id,
      state: seed.state,
      creator: seed.creator ?? deployment.creator,
      description: seed.description ?? '',
      environment: deployment.environment,
      environmentUrl: seed.environmentUrl ?? null,
      logUrl: seed.logUrl ?? null,
      createdAt: at
    }
    this.deploymentStatuses.push(status)
    deployment.updatedAt = later(deployment.updatedAt, at)
    return status
  }

  releasesOf(repo: string): Release[] {
    return this.releases.filter((r) => r.repo.toLowerCase() === repo.toLowerCase())
  }

  addRelease(seed: Undated<SeedRelease>): Release {
    const repo = this.seedRepo(seed.repo, 'release')
    const at = seed.createdAt === undefined ? this.stamp() : seedTime(seed.createdAt)
    const draft = seed.draft ?? false
    const release: Release = {
      id: this.ids.release++,
      repo: repo.fullName,
      tag: seed.tag,
      name: seed.name ?? null,
      body: seed.body ?? null,
      author: seed.author ?? BOT_LOGIN,
      targetCommitish: seed.targetCommitish ?? repo.defaultBranch,
      createdAt: at,
      // A draft is unpublished whatever the seed says.
      publishedAt: draft ? null : seedTime(seed.publishedAt ?? at),
      draft,
      prerelease: seed.prerelease ?? false
    }
    this.releases.push(release)
    return release
  }

  pullsOf(repo: string): Pull[] {
    return this.pulls.filter((p) => p.repo.toLowerCase() === repo.toLowerCase())
  }

  /** Takes its number from the repository's issue sequence, as pull requests do on GitHub. */
  addPull(seed: SeedPull): Pull {
    const repo = this.seedRepo(seed.repo, 'pull')
    const number = repo.nextNumber++
    const createdAt = seed.createdAt === undefined ? this.stamp() : seedTime(seed.createdAt)
    const mergedAt = seed.mergedAt === undefined ? null : seedTime(seed.mergedAt)
    const state = seed.state ?? (mergedAt !== null || seed.closedAt ? 'closed' : 'open')
    if (state === 'open' && (mergedAt !== null || seed.closedAt !== undefined)) {
      throw new Error(`seed pull ${repo.fullName}#${number} is open but has closedAt or mergedAt`)
    }
    const given = seed.updatedAt === undefined ? undefined : seedTime(seed.updatedAt)
    const closedAt =
      state === 'open'
        ? null
        : seed.closedAt !== undefined
          ? seedTime(seed.closedAt)
          : (mergedAt ?? given ?? createdAt)
    const base = seed.base ?? repo.defaultBranch
    const head = seed.head ?? `feature-${number}`
    // A branch the store knows gives its tip; a seeded pull may name a head that is no branch.
    const pull: Pull = {
      id: this.ids.pull++,
      repo: repo.fullName,
      number,
      title: seed.title,
      body: seed.body ?? null,
      user: seed.user ?? BOT_LOGIN,
      base,
      baseSha: this.branchTip(repo, base) ?? fakeSha(repo.fullName, 'branch', base),
      head,
      headSha: this.branchTip(repo, head) ?? fakeSha(repo.fullName, 'pull', number, head),
      state,
      labels: this.ensureLabels(repo.fullName, seed.labels ?? []),
      createdAt,
      updatedAt: given ?? later(createdAt, closedAt),
      closedAt,
      mergedAt,
      mergeCommitSha:
        seed.mergeCommitSha ?? (mergedAt === null ? null : fakeSha(repo.fullName, 'merge', number)),
      draft: seed.draft ?? false
    }
    this.pulls.push(pull)
    return pull
  }

  /**
   * Files at a ref: a branch name (also `refs/heads/<name>`) or a commit SHA. A branch's files
   * are those at its commit, else those seeded under the branch's name.
   */
  filesAt(repo: Repo, ref: string | undefined): Map<string, string> | undefined {
    const name = (ref ?? repo.defaultBranch).replace(/^refs\/heads\//, '')
    const sha = repo.branches.get(name)
    return (sha === undefined ? undefined : repo.files.get(sha)) ?? repo.files.get(name)
  }

  /**
   * Whether a branch exists: one the seed or a commit set, the default branch, or one files are
   * seeded under (a repository without branches still has its default branch).
   */
  hasBranch(repo: Repo, name: string): boolean {
    const branch = name.replace(/^refs\/heads\//, '')
    if (repo.branches.has(branch) || branch === repo.defaultBranch) return true
    return repo.files.has(branch) && !/^[0-9a-f]{40}$/i.test(branch)
  }

  commitsOf(repo: string): Commit[] {
    return this.commits.filter((c) => c.repo.toLowerCase() === repo.toLowerCase())
  }

  /**
   * A repository's commit by ref, as GitHub resolves one: a branch (also `heads/<name>` or
   * `refs/heads/<name>`), a full SHA or a unique prefix of at least 7 hex digits.
   */
  commit(repo: string, ref: string): Commit | undefined {
    const commits = this.commitsOf(repo)
    const branch = ref.replace(/^(refs\/)?heads\//, '')
    const tip = this.repos.get(repo.toLowerCase())?.branches.get(branch)
    if (tip !== undefined) return commits.find((c) => c.sha === tip)
    if (!/^[0-9a-f]{7,40}$/i.test(ref)) return undefined
    const prefix = ref.toLowerCase()
    const found = commits.filter((c) => c.sha.startsWith(prefix))
    // An ambiguous prefix names no commit.
    return found.length === 1 ? found[0] : undefined
  }

  /**
   * Adds a commit to a repository's history and moves its default branch to it. The branch's
   * files carry over when none are seeded at the new SHA (the stand-in does not apply patches).
   */
  addCommit(seed: SeedCommit): Commit {
    const repo = this.seedRepo(seed.repo, 'commit')
    // The default branch's line: commits made on other branches through the API are not on it.
    const previous = this.commitsOf(repo.fullName)
      .filter((c) => !this.offDefault.has(c.sha))
      .at(-1)
    const sha = (
      seed.sha ??
      fakeSha(repo.fullName, 'commit', this.commitsOf(repo.fullName).length, seed.message)
    ).toLowerCase()
    if (!/^[0-9a-f]{40}$/.test(sha)) throw new Error(`seed commit SHA is not 40 hex digits: ${sha}`)
    if (this.commitsOf(repo.fullName).some((c) => c.sha === sha)) {
      throw new Error(`seed commit ${sha} already exists in ${repo.fullName}`)
    }
    const commit: Commit = {
      repo: repo.fullName,
      sha,
      message: seed.message,
      author: seed.author ?? BOT_LOGIN,
      date: seed.date === undefined ? this.stamp() : seedTime(seed.date),
      parents: (seed.parents ?? (previous ? [previous.sha] : [])).map((p) => p.toLowerCase()),
      files: (seed.files ?? []).map(commitFile)
    }
    // Files seeded under the branch's name stay found through filesAt's fallback.
    const tip = repo.branches.get(repo.defaultBranch)
    const carried = tip === undefined ? undefined : repo.files.get(tip)
    if (carried && !repo.files.has(sha)) repo.files.set(sha, new Map(carried))
    this.commits.push(commit)
    repo.branches.set(repo.defaultBranch, sha)
    return commit
  }

  /**
   * The commit a branch (also `refs/heads/<name>`) points at: its recorded SHA or, for a branch
   * the store knows without one (see hasBranch), a stable stand-in SHA, the one a seeded pull
   * shows for it. Undefined when there is no such branch.
   */
  branchTip(repo: Repo, name: string): string | undefined {
    const branch = name.replace(/^refs\/heads\//, '')
    const sha = repo.branches.get(branch)
    if (sha !== undefined) return sha
    return this.hasBranch(repo, branch) ? fakeSha(repo.fullName, 'branch', branch) : undefined
  }

  /**
   * Whether a full SHA names a commit of the repository: one in its history, one files are seeded
   * at, or a branch's tip.
   */
  hasCommit(repo: Repo, sha: string): boolean {
    const wanted = sha.toLowerCase()
    if (this.commitsOf(repo.fullName).some((c) => c.sha === wanted)) return true
    if (repo.files.has(wanted) || [...repo.branches.values()].includes(wanted)) return true
    return this.branchOf(repo, wanted) !== undefined
  }

  /** A branch whose stand-in tip (see branchTip) is `sha`. */
  private branchOf(repo: Repo, sha: string): string | undefined {
    const names = [repo.defaultBranch, ...repo.files.keys()].filter(
      (name) => !repo.branches.has(name) && this.hasBranch(repo, name)
    )
    return names.find((name) => fakeSha(repo.fullName, 'branch', name) === sha)
  }

  /**
   * Creates a branch at a commit (`git/create-ref`); it shows that commit's files. The caller
   * checks that the branch is new and the commit known.
   */
  createBranch(repo: Repo, name: string, sha: string): void {
    const at = sha.toLowerCase()
    // A stand-in tip's files are those seeded under its branch's name: keep them at the SHA.
    const from = repo.files.has(at) ? undefined : this.branchOf(repo, at)
    const files = from === undefined ? undefined : this.filesAt(repo, from)
    if (files) repo.files.set(at, new Map(files))
    repo.branches.set(name, at)
  }

  /**
   * Commits files on a branch as `repos/create-or-update-file-contents` does: a child of the
   * branch's tip holding the tip's files with `files` (path to content) written over them, each
   * with its patch; the branch moves to it. Returns the commit.
   */
  commitFiles(
    repo: Repo,
    branch: string,
    input: { message: string; author: string; files: Record<string, string> }
  ): Commit {
    const name = branch.replace(/^refs\/heads\//, '')
    const parent = this.branchTip(repo, name)
    if (parent === undefined) throw new Error(`no branch ${name} in ${repo.fullName}`)
    const before = this.filesAt(repo, name) ?? new Map<string, string>()
    const after = new Map(before)
    const changed: CommitFile[] = []
    for (const [path, content] of Object.entries(input.files)) {
      const old = before.get(path)
      after.set(path, content)
      const patch = filePatch(old, content)
      if (patch === null) continue
      changed.push(
        commitFile({ filename: path, status: old === undefined ? 'added' : 'modified', patch })
      )
    }
    const count = this.commitsOf(repo.fullName).length
    const commit: Commit = {
      repo: repo.fullName,
      sha: fakeSha(repo.fullName, 'commit', count, input.message, name, parent),
      message: input.message,
      author: input.author,
      date: this.stamp(),
      parents: [parent],
      files: changed
    }
    repo.files.set(commit.sha, after)
    this.commits.push(commit)
    if (name !== repo.defaultBranch) this.offDefault.add(commit.sha)
    repo.branches.set(name, commit.sha)
    return commit
  }

  /** Numbers the run a workflow dispatch starts. */
  nextWorkflowRunId(): number {
    return this.ids.workflowRun++
  }

  /** A seed's repository: the named one, or the first seeded one. */
  private seedRepo(name: string | undefined, what: string): Repo {
    const fullName = name ?? [...this.repos.values()][0]?.fullName ?? DEFAULT_REPO
    const repo = this.repos.get(fullName.toLowerCase())
    if (!repo) throw new Error(`seed ${what} in unknown repository ${fullName}`)
    return repo
  }

  private seedIssue(seed: SeedIssue, firstRepo: string): void {
    const name = seed.repo ?? firstRepo
    const repo = this.repos.get(name.toLowerCase())
    if (!repo) throw new Error(`seed issue in unknown repository ${name}`)
    const issue = this.createIssue(
      repo,
      { title: seed.title, body: seed.body, user: seed.user ?? BOT_LOGIN, labels: seed.labels },
      seed.createdAt
    )
    for (const c of seed.comments ?? []) this.addComment(issue, c.user, c.body, c.createdAt)
    if (seed.state === 'closed') {
      issue.state = 'closed'
      issue.stateReason = 'completed'
      issue.closedAt = issue.updatedAt
      issue.closedBy = issue.user
    }
  }
}
