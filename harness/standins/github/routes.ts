// Handlers for the operations the stand-in serves, keyed by GitHub's operation id. Requests
// reach a handler only after their path, query and body passed the description's schemas, so
// handlers read typed values and implement what the schemas cannot say: permissions, existence,
// GitHub's length limits, pagination and state changes. To serve another operation, add a
// handler under its operation id: the server compiles its validators from the description.
import { parse as parseYaml } from 'yaml'
import { forbidden, GitHubError, invalid, notFound } from './errors.js'
import type { Renderer } from './render.js'
import {
  blobSha,
  commentSubject,
  issueSubject,
  type Comment,
  type Commit,
  type CommitFile,
  type Deployment,
  type Issue,
  type Pull,
  type ReactionContent,
  type Repo,
  type Role,
  type Store,
  type User
} from './state.js'

export interface Context {
  store: Store
  render: Renderer
  user: User
  /** Path and query parameters, coerced to their declared types, with declared defaults. */
  params: Params
  /** The JSON body, already valid against the operation's request schema. */
  body: unknown
  accept: string
  /** The request's full stand-in URL, for Link headers. */
  url: URL
}

export interface Reply {
  status: number
  body?: unknown
  headers?: Record<string, string>
}

export type Route = (ctx: Context) => Reply

export class Params {
  constructor(private readonly values: Record<string, unknown>) {}

  optional(name: string): string | undefined {
    const value = this.values[name]
    return typeof value === 'string' ? value : undefined
  }

  string(name: string): string {
    const value = this.optional(name)
    if (value === undefined) throw new Error(`parameter ${name} is not a string`)
    return value
  }

  number(name: string): number {
    const value = this.values[name]
    if (typeof value !== 'number') throw new Error(`parameter ${name} is not a number`)
    return value
  }
}

type LabelInput = string | { name?: string }

/** GitHub's limits that the description does not state (seen as 422s from the API). */
const LIMITS = { title: 256, body: 65_536, labelName: 50, labelDescription: 100, payload: 65_536 }

function tooLong(
  resource: string,
  field: string,
  value: string | null | undefined,
  max: number
): void {
  if (value && value.length > max) {
    throw invalid(resource, field, 'custom', `${field} is too long (maximum is ${max} characters)`)
  }
}

function labelNames(items: readonly LabelInput[] | undefined): string[] {
  return (items ?? []).flatMap((l) => (typeof l === 'string' ? [l] : l.name ? [l.name] : []))
}

/** The repository, if the caller may see it (404 otherwise, as GitHub hides private ones). */
function repoFor(ctx: Context, needed: Role = 'read'): Repo {
  const repo = ctx.store.repo(ctx.params.string('owner'), ctx.params.string('repo'))
  if (!repo || !ctx.store.can(ctx.user, repo, 'read')) throw notFound()
  if (!ctx.store.can(ctx.user, repo, needed)) throw forbidden(ctx.user.type)
  return repo
}

function issueFor(ctx: Context, repo: Repo): Issue {
  const issue = ctx.store.issue(repo.fullName, ctx.params.number('issue_number'))
  if (!issue) throw notFound()
  return issue
}

function commentFor(ctx: Context, repo: Repo): Comment {
  const comment = ctx.store.comment(ctx.params.number('comment_id'))
  if (comment?.repo.toLowerCase() !== repo.fullName.toLowerCase()) throw notFound()
  return comment
}

/** GitHub's Link header (prev, next, last, first) for page `current` of `last`; {} for none. */
function linkHeader(ctx: Context, current: number, last: number): Record<string, string> {
  const link = (n: number, rel: string): string => {
    const url = new URL(ctx.url)
    url.searchParams.set('page', String(n))
    return `<${url.toString()}>; rel="${rel}"`
  }
  const links = [
    ...(current > 1 ? [link(current - 1, 'prev')] : []),
    ...(current < last ? [link(current + 1, 'next'), link(last, 'last')] : []),
    ...(current > 1 ? [link(1, 'first')] : [])
  ]
  return links.length > 0 ? { link: links.join(', ') } : {}
}

/** The page size and number asked for (at most 100 a page). */
function paging(ctx: Context): { perPage: number; current: number } {
  return {
    perPage: Math.min(Math.max(ctx.params.number('per_page'), 1), 100),
    current: Math.max(ctx.params.number('page'), 1)
  }
}

/** One page of a list, with GitHub's Link header. */
function page<T>(ctx: Context, items: readonly T[], render: (item: T) => unknown): Reply {
  const { perPage, current } = paging(ctx)
  const last = Math.max(1, Math.ceil(items.length / perPage))
  const body = items.slice((current - 1) * perPage, current * perPage).map(render)
  return { status: 200, body, headers: linkHeader(ctx, current, last) }
}

function listIssues(ctx: Context): Reply {
  const repo = repoFor(ctx)
  const state = ctx.params.string('state')
  const wanted = (ctx.params.optional('labels') ?? '')
    .split(',')
    .map((l) => l.trim().toLowerCase())
    .filter((l) => l !== '')
  const creator = ctx.params.optional('creator')?.toLowerCase()
  const since = ctx.params.optional('since')
  const sort = ctx.params.string('sort')
  const sign = ctx.params.string('direction') === 'asc' ? 1 : -1
  const key = (i: Issue): string | number =>
    sort === 'updated'
      ? i.updatedAt
      : sort === 'comments'
        ? ctx.store.commentsOf(i.repo, i.number).length
        : i.createdAt
  const issues = ctx.store
    .issuesOf(repo.fullName)
    .filter((i) => state === 'all' || i.state === state)
    .filter((i) => wanted.every((w) => i.labels.some((l) => l.toLowerCase() === w)))
    .filter((i) => creator === undefined || i.user.toLowerCase() === creator)
    .filter((i) => since === undefined || Date.parse(i.updatedAt) >= Date.parse(since))
    .sort((a, b) => {
      const [ka, kb] = [key(a), key(b)]
      return (ka < kb ? -1 : ka > kb ? 1 : a.id - b.id) * sign
    })
  return page(ctx, issues, (i) => ctx.render.issue(i))
}

function createIssue(ctx: Context): Reply {
  const repo = repoFor(ctx)
  const body = ctx.body as { title: string | number; body?: string; labels?: LabelInput[] }
  const title = String(body.title)
  tooLong('Issue', 'title', title, LIMITS.title)
  tooLong('Issue', 'body', body.body, LIMITS.body)
  // Labels from callers without push access are silently dropped, as documented.
  const labels = ctx.store.can(ctx.user, repo, 'write') ? labelNames(body.labels) : []
  const issue = ctx.store.createIssue(repo, {
    title,
    body: body.body,
    user: ctx.user.login,
    labels
  })
  const json = ctx.render.issue(issue)
  return { status: 201, body: json, headers: { location: String(json.url) } }
}

function updateIssue(ctx: Context): Reply {
  const repo = repoFor(ctx)
  const issue = issueFor(ctx, repo)
  const author = issue.user.toLowerCase() === ctx.user.login.toLowerCase()
  if (!author && !ctx.store.can(ctx.user, repo, 'triage')) throw forbidden(ctx.user.type)
  const body = ctx.body as {
    title?: string | number | null
    body?: string | null
    state?: 'open' | 'closed'
    state_reason?: Issue['stateReason']
    labels?: LabelInput[]
  }
  const now = ctx.store.stamp()
  if (author || ctx.store.can(ctx.user, repo, 'write')) {
    if (body.title !== undefined && body.title !== null) {
      tooLong('Issue', 'title', String(body.title), LIMITS.title)
      issue.title = String(body.title)
    }
    if (body.body !== undefined) {
      tooLong('Issue', 'body', body.body, LIMITS.body)
      ctx.store.editIssueBody(issue, body.body, ctx.user.login, now)
    }
  }
  if (body.labels && ctx.store.can(ctx.user, repo, 'write')) {
    ctx.store.setIssueLabels(issue, labelNames(body.labels), ctx.user.login, now)
  }
  // state_reason is ignored unless the state changes.
  if (body.state === 'closed' && issue.state === 'open') {
    issue.state = 'closed'
    issue.stateReason = body.state_reason ?? 'completed'
    issue.closedAt = now
    issue.closedBy = ctx.user.login
  } else if (body.state === 'open' && issue.state === 'closed') {
    issue.state = 'open'
    issue.stateReason = 'reopened'
    issue.closedAt = null
  }
  issue.updatedAt = now
  return { status: 200, body: ctx.render.issue(issue) }
}

function setLock(locked: boolean): Route {
  return (ctx) => {
    const repo = repoFor(ctx, 'write')
    const issue = issueFor(ctx, repo)
    issue.locked = locked
    issue.lockReason = locked
      ? ((ctx.body as { lock_reason?: string } | null | undefined)?.lock_reason ?? null)
      : null
    return { status: 204 }
  }
}

function listComments(ctx: Context): Reply {
  const repo = repoFor(ctx)
  const issue = issueFor(ctx, repo)
  const since = ctx.params.optional('since')
  const comments = ctx.store
    .commentsOf(repo.fullName, issue.number)
    .filter((c) => since === undefined || Date.parse(c.updatedAt) >= Date.parse(since))
  return page(ctx, comments, (c) => ctx.render.comment(c))
}

function createComment(ctx: Context): Reply {
  const repo = repoFor(ctx)
  const issue = issueFor(ctx, repo)
  if (issue.locked && !ctx.store.can(ctx.user, repo, 'write')) {
    throw new GitHubError(403, 'Unable to create comment because issue is locked.')
  }
  const { body } = ctx.body as { body: string }
  tooLong('IssueComment', 'body', body, LIMITS.body)
  const comment = ctx.store.addComment(issue, ctx.user.login, body)
  const json = ctx.render.comment(comment)
  return { status: 201, body: json, headers: { location: String(json.url) } }
}

function updateComment(ctx: Context): Reply {
  const repo = repoFor(ctx)
  const comment = commentFor(ctx, repo)
  // The author or anyone with write access may edit; the comment keeps its original author.
  const author = comment.user.toLowerCase() === ctx.user.login.toLowerCase()
  if (!author && !ctx.store.can(ctx.user, repo, 'write')) throw forbidden(ctx.user.type)
  const { body } = ctx.body as { body: string }
  tooLong('IssueComment', 'body', body, LIMITS.body)
  const now = ctx.store.stamp()
  ctx.store.editComment(comment, body, ctx.user.login, now)
  comment.updatedAt = now
  return { status: 200, body: ctx.render.comment(comment) }
}

function deleteComment(ctx: Context): Reply {
  const repo = repoFor(ctx)
  const comment = commentFor(ctx, repo)
  // As for edits: the author, or anyone with write access.
  const author = comment.user.toLowerCase() === ctx.user.login.toLowerCase()
  if (!author && !ctx.store.can(ctx.user, repo, 'write')) throw forbidden(ctx.user.type)
  ctx.store.deleteComment(comment.id)
  return { status: 204 }
}

function createLabel(ctx: Context): Reply {
  const repo = repoFor(ctx, 'write')
  const body = ctx.body as { name: string; color?: string; description?: string }
  tooLong('Label', 'name', body.name, LIMITS.labelName)
  tooLong('Label', 'description', body.description, LIMITS.labelDescription)
  if (ctx.store.label(repo.fullName, body.name)) throw invalid('Label', 'name', 'already_exists')
  const color = body.color?.replace(/^#/, '')
  if (color !== undefined && !/^[0-9a-f]{6}$/i.test(color))
    throw invalid('Label', 'color', 'invalid')
  const label = ctx.store.addLabel(repo.fullName, body.name, color?.toLowerCase(), body.description)
  return { status: 201, body: ctx.render.label(label) }
}

function getLabel(ctx: Context): Reply {
  const repo = repoFor(ctx)
  const label = ctx.store.label(repo.fullName, ctx.params.string('name'))
  if (!label) throw notFound()
  return { status: 200, body: ctx.render.label(label) }
}

// Renaming is how GitHub's API compares and swaps a label: the old name must exist and the new
// one must not, both checked and applied at once (OpsLoop's incident lock relies on it).
function updateLabel(ctx: Context): Reply {
  const repo = repoFor(ctx, 'write')
  const label = ctx.store.label(repo.fullName, ctx.params.string('name'))
  if (!label) throw notFound()
  const body = ctx.body as { new_name?: string; color?: string; description?: string }
  tooLong('Label', 'name', body.new_name, LIMITS.labelName)
  tooLong('Label', 'description', body.description, LIMITS.labelDescription)
  if (body.new_name !== undefined && body.new_name.toLowerCase() !== label.name.toLowerCase()) {
    if (ctx.store.label(repo.fullName, body.new_name))
      throw invalid('Label', 'name', 'already_exists')
  }
  const color = body.color?.replace(/^#/, '')
  if (color !== undefined && !/^[0-9a-f]{6}$/i.test(color))
    throw invalid('Label', 'color', 'invalid')
  ctx.store.updateLabel(label, {
    ...(body.new_name !== undefined ? { name: body.new_name } : {}),
    ...(color !== undefined ? { color: color.toLowerCase() } : {}),
    ...(body.description !== undefined ? { description: body.description } : {})
  })
  return { status: 200, body: ctx.render.label(label) }
}

function deleteLabel(ctx: Context): Reply {
  const repo = repoFor(ctx, 'write')
  const label = ctx.store.label(repo.fullName, ctx.params.string('name'))
  if (!label) throw notFound()
  ctx.store.deleteLabel(label)
  return { status: 204 }
}

function issueLabels(ctx: Context, issue: Issue): Reply {
  const labels = issue.labels.flatMap((name) => {
    const label = ctx.store.label(issue.repo, name)
    return label ? [ctx.render.label(label)] : []
  })
  return { status: 200, body: labels }
}

function addLabels(ctx: Context): Reply {
  const repo = repoFor(ctx, 'triage')
  const issue = issueFor(ctx, repo)
  const names = labelNames((ctx.body as { labels?: LabelInput[] } | undefined)?.labels)
  const now = ctx.store.stamp()
  ctx.store.addIssueLabels(issue, names, ctx.user.login, now)
  issue.updatedAt = now
  return issueLabels(ctx, issue)
}

function setLabels(ctx: Context): Reply {
  const repo = repoFor(ctx, 'triage')
  const issue = issueFor(ctx, repo)
  const names = labelNames((ctx.body as { labels?: LabelInput[] } | undefined)?.labels)
  const now = ctx.store.stamp()
  ctx.store.setIssueLabels(issue, names, ctx.user.login, now)
  issue.updatedAt = now
  return issueLabels(ctx, issue)
}

function removeAllLabels(ctx: Context): Reply {
  const repo = repoFor(ctx, 'triage')
  const issue = issueFor(ctx, repo)
  const now = ctx.store.stamp()
  ctx.store.setIssueLabels(issue, [], ctx.user.login, now)
  issue.updatedAt = now
  return { status: 204 }
}

function removeLabel(ctx: Context): Reply {
  const repo = repoFor(ctx, 'triage')
  const issue = issueFor(ctx, repo)
  const now = ctx.store.stamp()
  if (!ctx.store.removeIssueLabel(issue, ctx.params.string('name'), ctx.user.login, now)) {
    throw new GitHubError(404, 'Label does not exist')
  }
  issue.updatedAt = now
  return issueLabels(ctx, issue)
}

function react(ctx: Context, subject: string): Reply {
  const { content } = ctx.body as { content: ReactionContent }
  const [reaction, created] = ctx.store.react(subject, ctx.user.login, content)
  return { status: created ? 201 : 200, body: ctx.render.reaction(reaction) }
}

function permissionLevel(ctx: Context): Reply {
  const repo = repoFor(ctx)
  const user = ctx.store.user(ctx.params.string('username'))
  if (!user) throw notFound()
  return { status: 200, body: ctx.render.permission(user, repo) }
}

function teamMembership(ctx: Context): Reply {
  // Reading another user's team membership needs the org Members: read permission.
  if (ctx.user.orgAccess === 'forbidden') throw forbidden(ctx.user.type)
  if (ctx.user.orgAccess === 'not-found') throw notFound()
  const org = ctx.params.string('org')
  const slug = ctx.params.string('team_slug')
  const login = ctx.params.string('username')
  const member = ctx.store.team(org, slug)?.members.get(login.toLowerCase())
  if (!member) throw notFound()
  return {
    status: 200,
    body: {
      url: `${ctx.url.origin}/orgs/${org}/teams/${slug}/memberships/${login}`,
      role: member.role,
      state: member.state
    }
  }
}

function getContent(ctx: Context): Reply {
  const repo = repoFor(ctx)
  const ref = ctx.params.optional('ref') ?? repo.defaultBranch
  const files = ctx.store.filesAt(repo, ref)
  if (!files) throw new GitHubError(404, `No commit found for the ref ${ref}`)
  const path = ctx.params.string('path').replace(/^\/+|\/+$/g, '')
  const content = files.get(path)
  if (content !== undefined) {
    if (/application\/vnd\.github(\.v3)?\.raw/.test(ctx.accept)) {
      return {
        status: 200,
        body: content,
        headers: {
          'content-type': 'application/vnd.github.raw; charset=utf-8',
          etag: `"${blobSha(content)}"`
        }
      }
    }
    return { status: 200, body: ctx.render.contentEntry(repo, ref, path, content, true) }
  }
  const children = new Map<string, string | undefined>()
  for (const [file, text] of files) {
    if (!file.startsWith(`${path}/`)) continue
    const [child, ...rest] = file.slice(path.length + 1).split('/')
    if (child) children.set(`${path}/${child}`, rest.length > 0 ? undefined : text)
  }
  if (children.size === 0) throw notFound()
  const entries = [...children.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([p, text]) => ctx.render.contentEntry(repo, ref, p, text, false))
  return { status: 200, body: entries }
}

function dispatch(ctx: Context): Reply {
  const repo = repoFor(ctx, 'write')
  const body = ctx.body as { event_type: string; client_payload?: Record<string, unknown> }
  if (Buffer.byteLength(JSON.stringify(body.client_payload ?? {})) >= LIMITS.payload) {
    throw invalid('Repository', 'client_payload', 'custom', 'client_payload is too large')
  }
  ctx.store.dispatches.push({
    repo: repo.fullName,
    eventType: body.event_type,
    clientPayload: body.client_payload,
    sender: ctx.user.login,
    at: ctx.store.stamp()
  })
  return { status: 204 }
}

// GET /repos/{owner}/{repo}/actions/runs/{run_id}/approvals: who approved the run's environments.
function runApprovals(ctx: Context): Reply {
  const repo = repoFor(ctx)
  const runId = ctx.params.number('run_id')
  const reviews = ctx.store.deploymentReviews.filter(
    (r) => r.repo.toLowerCase() === repo.fullName.toLowerCase() && r.runId === runId
  )
  return { status: 200, body: reviews.map((r) => ctx.render.deploymentReview(r)) }
}

/** Newest first by creation, later-added first on a tie, as GitHub's id order gives. */
function newestFirst<T extends { id: number; createdAt: string }>(items: T[]): T[] {
  return items.sort((a, b) =>
    a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : b.id - a.id
  )
}

function listDeployments(ctx: Context): Reply {
  const repo = repoFor(ctx)
  // The description gives each filter the default `none`: no filter.
  const filter = (name: string): string | undefined => {
    const value = ctx.params.optional(name)
    return value === 'none' ? undefined : value
  }
  const [sha, ref, task, environment] = ['sha', 'ref', 'task', 'environment'].map(filter)
  const deployments = ctx.store
    .deploymentsOf(repo.fullName)
    .filter((d) => sha === undefined || d.sha === sha)
    .filter((d) => ref === undefined || d.ref === ref)
    .filter((d) => task === undefined || d.task === task)
    .filter((d) => environment === undefined || d.environment === environment)
  return page(ctx, newestFirst(deployments), (d) => ctx.render.deployment(d))
}

function deploymentFor(ctx: Context, repo: Repo): Deployment {
  const deployment = ctx.store.deployment(repo.fullName, ctx.params.number('deployment_id'))
  if (!deployment) throw notFound()
  return deployment
}

function listDeploymentStatuses(ctx: Context): Reply {
  const deployment = deploymentFor(ctx, repoFor(ctx))
  const statuses = newestFirst(ctx.store.statusesOf(deployment))
  return page(ctx, statuses, (s) => ctx.render.deploymentStatus(s))
}

function listReleases(ctx: Context): Reply {
  const repo = repoFor(ctx)
  // Published releases are public; only users with push access see drafts.
  const drafts = ctx.store.can(ctx.user, repo, 'write')
  const releases = ctx.store.releasesOf(repo.fullName).filter((r) => drafts || !r.draft)
  return page(ctx, newestFirst(releases), (r) => ctx.render.release(r))
}

function listPulls(ctx: Context): Reply {
  const repo = repoFor(ctx)
  const state = ctx.params.string('state')
  // `head` filters only as `owner:branch`; GitHub ignores a bare branch name.
  const headParam = ctx.params.optional('head') ?? ''
  const colon = headParam.indexOf(':')
  const head =
    colon < 0
      ? undefined
      : { owner: headParam.slice(0, colon).toLowerCase(), branch: headParam.slice(colon + 1) }
  const base = ctx.params.optional('base')
  // popularity (comment count) and long-running are not modelled: they order by creation.
  const sort = ctx.params.string('sort')
  const direction = ctx.params.optional('direction') ?? (sort === 'created' ? 'desc' : 'asc')
  const sign = direction === 'asc' ? 1 : -1
  const key = (p: Pull): string => (sort === 'updated' ? p.updatedAt : p.createdAt)
  const pulls = ctx.store
    .pullsOf(repo.fullName)
    .filter((p) => state === 'all' || p.state === state)
    .filter(
      (p) =>
        head === undefined || (repo.owner.toLowerCase() === head.owner && p.head === head.branch)
    )
    .filter((p) => base === undefined || p.base === base)
    .sort((a, b) => {
      const [ka, kb] = [key(a), key(b)]
      return (ka < kb ? -1 : ka > kb ? 1 : a.id - b.id) * sign
    })
  return page(ctx, pulls, (p) => ctx.render.pull(p))
}

/** GitHub lists a commit's files 300 a page, and compares at most 250 commits and 300 files. */
const COMMIT_LIMITS = { filesPerPage: 300, compareCommits: 250, compareFiles: 300 }

// GET /repos/{owner}/{repo}/commits/{ref}: GitHub answers 422 for any ref it cannot resolve.
function getCommit(ctx: Context): Reply {
  const repo = repoFor(ctx)
  const ref = ctx.params.string('ref')
  const commit = ctx.store.commit(repo.fullName, ref)
  if (!commit) throw new GitHubError(422, `No commit found for SHA: ${ref}`)
  if (/application\/vnd\.github(\.v3)?\.sha/.test(ctx.accept)) {
    return {
      status: 200,
      body: commit.sha,
      headers: { 'content-type': 'application/vnd.github.sha; charset=utf-8' }
    }
  }
  // Every page repeats the commit; only the file listing changes (per_page does not apply).
  const current = Math.max(ctx.params.number('page'), 1)
  const size = COMMIT_LIMITS.filesPerPage
  const last = Math.max(1, Math.ceil(commit.files.length / size))
  const files = commit.files.slice((current - 1) * size, current * size)
  return {
    status: 200,
    body: ctx.render.commit(commit, { files }),
    headers: linkHeader(ctx, current, last)
  }
}

/** A commit and its known ancestors, nearest first (breadth-first over every parent). */
function ancestry(bySha: ReadonlyMap<string, Commit>, start: Commit): Commit[] {
  const seen = new Set([start.sha])
  const order = [start]
  for (let i = 0; i < order.length; i++) {
    for (const sha of order[i]?.parents ?? []) {
      if (seen.has(sha)) continue
      seen.add(sha)
      // A parent outside the stand-in's history ends that line.
      const parent = bySha.get(sha)
      if (parent) order.push(parent)
    }
  }
  return order
}

/**
 * Oldest first: by date, a parent always before its children (a topological order that takes
 * the earliest-dated commit whose parents in the set are placed, then the earlier added).
 */
function chronological(store: Store, commits: readonly Commit[]): Commit[] {
  const added = new Map(store.commits.map((c, i) => [c, i]))
  const pending = new Set(commits)
  const placed = new Set<string>()
  const inSet = new Set(commits.map((c) => c.sha))
  const out: Commit[] = []
  while (pending.size > 0) {
    let next: Commit | undefined
    for (const c of pending) {
      if (!c.parents.every((p) => !inSet.has(p) || placed.has(p))) continue
      if (
        next === undefined ||
        c.date < next.date ||
        (c.date === next.date && (added.get(c) ?? 0) < (added.get(next) ?? 0))
      ) {
        next = c
      }
    }
    // A cycle (impossible in git, possible in a seed): take the rest in date order.
    next ??= [...pending].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))[0]
    if (next === undefined) break
    pending.delete(next)
    placed.add(next.sha)
    out.push(next)
  }
  return out
}

/**
 * The files a range of commits changed, oldest first: one entry per file with the latest
 * commit's status (a file the range added stays `added`), the additions and deletions summed
 * and the patches concatenated in commit order.
 */
function rangeFiles(commits: readonly Commit[]): CommitFile[] {
  const byName = new Map<string, CommitFile>()
  for (const c of commits) {
    for (const f of c.files) {
      const before = byName.get(f.filename)
      if (!before) {
        byName.set(f.filename, { ...f })
        continue
      }
      const patches = [before.patch, f.patch].filter((p): p is string => p !== null)
      byName.set(f.filename, {
        filename: f.filename,
        status: before.status === 'added' && f.status === 'modified' ? 'added' : f.status,
        patch: patches.length > 0 ? patches.join('\n') : null,
        previousFilename: f.previousFilename ?? before.previousFilename,
        additions: before.additions + f.additions,
        deletions: before.deletions + f.deletions
      })
    }
  }
  return [...byName.values()]
}

// GET /repos/{owner}/{repo}/compare/{basehead}: `git log BASE..HEAD`, oldest first.
function compareCommits(ctx: Context): Reply {
  const repo = repoFor(ctx)
  const basehead = ctx.params.string('basehead')
  const [baseRef, headRef, ...rest] = basehead.split('...')
  if (baseRef === undefined || headRef === undefined || rest.length > 0) throw notFound()
  // `OWNER:ref` names a ref in this repository's network; the stand-in knows only its own.
  const side = (ref: string): Commit => {
    const colon = ref.indexOf(':')
    if (colon >= 0 && ref.slice(0, colon).toLowerCase() !== repo.owner.toLowerCase()) {
      throw notFound()
    }
    const commit = ctx.store.commit(repo.fullName, ref.slice(colon + 1))
    if (!commit) throw notFound()
    return commit
  }
  const base = side(baseRef)
  const head = side(headRef)
  const bySha = new Map(ctx.store.commitsOf(repo.fullName).map((c) => [c.sha, c]))
  const fromBase = ancestry(bySha, base)
  const fromHead = ancestry(bySha, head)
  const baseShas = new Set(fromBase.map((c) => c.sha))
  const headShas = new Set(fromHead.map((c) => c.sha))
  // The nearest of HEAD's ancestors (breadth-first) that BASE reaches too.
  const mergeBase = fromHead.find((c) => baseShas.has(c.sha))
  if (!mergeBase) {
    throw new GitHubError(404, `No common ancestor between ${baseRef} and ${headRef}.`)
  }
  const ahead = chronological(
    ctx.store,
    fromHead.filter((c) => !baseShas.has(c.sha))
  )
  const behindBy = fromBase.filter((c) => !headShas.has(c.sha)).length
  const status =
    ahead.length > 0 && behindBy > 0
      ? 'diverged'
      : ahead.length > 0
        ? 'ahead'
        : behindBy > 0
          ? 'behind'
          : 'identical'
  const files = rangeFiles(ahead).slice(0, COMMIT_LIMITS.compareFiles)
  // Without paging parameters GitHub shows the latest 250 commits; with them, pages from the
  // oldest, and the files only on the first page.
  const paged = ctx.url.searchParams.has('per_page') || ctx.url.searchParams.has('page')
  const { perPage, current } = paging(ctx)
  const last = Math.max(1, Math.ceil(ahead.length / perPage))
  const shown = paged
    ? ahead.slice((current - 1) * perPage, current * perPage)
    : ahead.slice(-COMMIT_LIMITS.compareCommits)
  const body = ctx.render.comparison({
    repo: repo.fullName,
    basehead,
    base,
    head,
    mergeBase,
    status,
    aheadBy: ahead.length,
    behindBy,
    commits: shown,
    files: !paged || current === 1 ? files : undefined
  })
  return { status: 200, body, headers: paged ? linkHeader(ctx, current, last) : {} }
}

// GET /repos/{owner}/{repo}/git/ref/{ref}: `heads/<branch>` exactly (the stand-in has no tags).
function getRef(ctx: Context): Reply {
  const repo = repoFor(ctx)
  const branch = /^heads\/(.+)$/.exec(ctx.params.string('ref'))?.[1]
  const sha =
    branch === undefined || branch.startsWith('refs/')
      ? undefined
      : ctx.store.branchTip(repo, branch)
  if (branch === undefined || sha === undefined) throw notFound()
  return { status: 200, body: ctx.render.gitRef(repo, branch, sha) }
}

/** Whether a ref name has a character git refuses: controls, space, DEL or one of `~^:?*[\`. */
function refusedChar(ref: string): boolean {
  for (let i = 0; i < ref.length; i++) {
    const code = ref.charCodeAt(i)
    if (code <= 0x20 || code === 0x7f || '~^:?*[\\'.includes(ref.charAt(i))) return true
  }
  return false
}

/** GitHub's complaint about a ref name it cannot create, or undefined for a valid one. */
function refNameProblem(ref: string): string | undefined {
  if (!ref.startsWith('refs/')) return "Reference name must start with 'refs/'."
  const parts = ref.split('/')
  if (parts.length < 3) {
    return 'Reference name must contain at least three slash-separated components.'
  }
  const invalid =
    parts.some((p) => p === '' || p.startsWith('.') || p.endsWith('.lock')) ||
    ref.includes('..') ||
    ref.includes('@{') ||
    ref.endsWith('.') ||
    refusedChar(ref)
  return invalid ? `${ref} is not a valid ref name.` : undefined
}

// POST /repos/{owner}/{repo}/git/refs: a new branch at a commit.
function createRef(ctx: Context): Reply {
  const repo = repoFor(ctx, 'write')
  const { ref, sha } = ctx.body as { ref: string; sha: string }
  const problem = refNameProblem(ref)
  if (problem !== undefined) throw new GitHubError(422, problem)
  const branch = /^refs\/heads\/(.+)$/.exec(ref)?.[1]
  if (branch === undefined) {
    throw new Error(`not modelled by the stand-in: refs other than branches (${ref})`)
  }
  if (!/^[0-9a-f]{40}$/i.test(sha) || !ctx.store.hasCommit(repo, sha)) {
    throw new GitHubError(422, 'Object does not exist')
  }
  if (ctx.store.hasBranch(repo, branch)) throw new GitHubError(422, 'Reference already exists')
  ctx.store.createBranch(repo, branch, sha)
  const json = ctx.render.gitRef(repo, branch, sha.toLowerCase())
  return { status: 201, body: json, headers: { location: String(json.url) } }
}

// PUT /repos/{owner}/{repo}/contents/{path}: a commit on the branch that writes one file.
function putContent(ctx: Context): Reply {
  const repo = repoFor(ctx, 'write')
  const body = ctx.body as { message: string; content: string; sha?: string; branch?: string }
  const branch = (body.branch ?? repo.defaultBranch).replace(/^refs\/heads\//, '')
  // The branch is checked first: a wrong `sha` on a missing branch is still a 404.
  if (!ctx.store.hasBranch(repo, branch)) throw new GitHubError(404, `Branch ${branch} not found`)
  const encoded = body.content.replace(/\s+/g, '')
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(encoded) || encoded.length % 4 === 1) {
    throw new GitHubError(422, 'content is not valid Base64')
  }
  const path = ctx.params.string('path').replace(/^\/+|\/+$/g, '')
  const current = ctx.store.filesAt(repo, branch)?.get(path)
  // Replacing a file takes its current blob SHA; for a new file `sha` is ignored.
  if (current !== undefined) {
    if (body.sha === undefined) {
      throw new GitHubError(422, 'Invalid request.\n\n"sha" wasn\'t supplied.')
    }
    if (body.sha.toLowerCase() !== blobSha(current)) {
      throw new GitHubError(409, `${path} does not match ${body.sha}`)
    }
  }
  // The store keeps text: content is decoded as UTF-8.
  const content = Buffer.from(encoded, 'base64').toString('utf8')
  const commit = ctx.store.commitFiles(repo, branch, {
    message: body.message,
    author: ctx.user.login,
    files: { [path]: content }
  })
  return {
    status: current === undefined ? 201 : 200,
    body: ctx.render.fileCommit(repo, branch, path, content, commit)
  }
}

/**
 * `git log base..head`: how many commits head has that base has not, and those the stand-in
 * knows, oldest first (a branch's stand-in tip counts as one commit without files).
 */
function between(
  store: Store,
  repo: Repo,
  baseSha: string,
  headSha: string
): { count: number; commits: Commit[] } {
  const bySha = new Map(store.commitsOf(repo.fullName).map((c) => [c.sha, c]))
  const reach = (sha: string): Set<string> => {
    const seen = new Set([sha])
    for (const s of seen) for (const parent of bySha.get(s)?.parents ?? []) seen.add(parent)
    return seen
  }
  const fromBase = reach(baseSha)
  const ahead = [...reach(headSha)].filter((sha) => !fromBase.has(sha))
  const commits = ahead.flatMap((sha) => bySha.get(sha) ?? [])
  return { count: ahead.length, commits: chronological(store, commits) }
}

// POST /repos/{owner}/{repo}/pulls: a pull request between two branches of the repository.
function createPull(ctx: Context): Reply {
  const repo = repoFor(ctx, 'write')
  const body = ctx.body as {
    title?: string
    head: string
    head_repo?: string
    base: string
    body?: string
    draft?: boolean
    issue?: number
  }
  if (body.issue !== undefined) {
    throw new Error('not modelled by the stand-in: converting an issue into a pull request')
  }
  if (body.title === undefined) throw invalid('PullRequest', 'title', 'missing_field')
  tooLong('PullRequest', 'title', body.title, LIMITS.title)
  tooLong('PullRequest', 'body', body.body, LIMITS.body)
  // `OWNER:branch` names a branch in OWNER's repository of the network; the stand-in has no
  // forks, so only this repository's owner finds one.
  const colon = body.head.indexOf(':')
  const headOwner = colon < 0 ? repo.owner : body.head.slice(0, colon)
  const head = body.head.slice(colon + 1).replace(/^refs\/heads\//, '')
  const base = body.base.replace(/^refs\/heads\//, '')
  const sameRepo =
    headOwner.toLowerCase() === repo.owner.toLowerCase() &&
    (body.head_repo === undefined || body.head_repo.toLowerCase() === repo.fullName.toLowerCase())
  const headSha = sameRepo ? ctx.store.branchTip(repo, head) : undefined
  const baseSha = ctx.store.branchTip(repo, base)
  if (headSha === undefined || baseSha === undefined) {
    throw new GitHubError(422, 'Validation Failed', [
      ...(headSha === undefined
        ? [{ resource: 'PullRequest', field: 'head', code: 'invalid' }]
        : []),
      ...(baseSha === undefined
        ? [{ resource: 'PullRequest', field: 'base', code: 'invalid' }]
        : [])
    ])
  }
  const custom = (message: string): GitHubError =>
    new GitHubError(422, 'Validation Failed', [
      { resource: 'PullRequest', code: 'custom', message }
    ])
  const open = ctx.store
    .pullsOf(repo.fullName)
    .some((p) => p.state === 'open' && p.head === head && p.base === base)
  if (open) throw custom(`A pull request already exists for ${repo.owner}:${head}.`)
  const ahead = between(ctx.store, repo, baseSha, headSha)
  if (ahead.count === 0) throw custom(`No commits between ${body.base} and ${body.head}`)
  const pull = ctx.store.addPull({
    repo: repo.fullName,
    title: body.title,
    body: body.body,
    user: ctx.user.login,
    base,
    head,
    draft: body.draft ?? false
  })
  const files = rangeFiles(ahead.commits)
  const json = ctx.render.pullRequest(pull, {
    commits: ahead.count,
    additions: files.reduce((n, f) => n + f.additions, 0),
    deletions: files.reduce((n, f) => n + f.deletions, 0),
    changedFiles: files.length
  })
  return { status: 201, body: json, headers: { location: String(json.url) } }
}

type WorkflowInput = {
  required?: unknown
  default?: unknown
  type?: unknown
  options?: unknown
} | null

/**
 * The `workflow_dispatch` trigger of a workflow file: its declared inputs, or undefined when
 * the workflow has no such trigger (or is no YAML at all). `on` may be a string, a list or a map.
 */
function dispatchTrigger(text: string): Map<string, WorkflowInput> | undefined {
  let doc: unknown
  try {
    doc = parseYaml(text)
  } catch {
    return undefined
  }
  if (typeof doc !== 'object' || doc === null) return undefined
  const on = (doc as Record<string, unknown>).on
  if (on === 'workflow_dispatch') return new Map()
  if (Array.isArray(on)) return on.includes('workflow_dispatch') ? new Map() : undefined
  if (typeof on !== 'object' || on === null || !('workflow_dispatch' in on)) return undefined
  const trigger = (on as Record<string, unknown>).workflow_dispatch
  const inputs =
    typeof trigger === 'object' && trigger !== null
      ? (trigger as Record<string, unknown>).inputs
      : undefined
  if (typeof inputs !== 'object' || inputs === null) return new Map()
  return new Map(
    Object.entries(inputs as Record<string, unknown>).map(([name, spec]) => [
      name,
      typeof spec === 'object' ? (spec as WorkflowInput) : null
    ])
  )
}

// POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches
function workflowDispatch(ctx: Context): Reply {
  const repo = repoFor(ctx, 'write')
  const workflowId = ctx.params.string('workflow_id')
  // By file name; the stand-in gives workflows no numeric ids, so those are not found.
  if (/^\d+$/.test(workflowId)) throw notFound()
  const workflow = workflowId.replace(/^\.github\/workflows\//, '')
  const file = `.github/workflows/${workflow}`
  if (ctx.store.filesAt(repo, undefined)?.get(file) === undefined) throw notFound()
  const body = ctx.body as {
    ref: string
    inputs?: Record<string, unknown>
    return_run_details?: boolean
  }
  // Branches only: the stand-in has no tags.
  if (!ctx.store.hasBranch(repo, body.ref)) {
    throw new GitHubError(422, `No ref found for: ${body.ref}`)
  }
  // The run uses the workflow as it is at `ref` (the default branch's when files at `ref` are
  // not seeded).
  const text = (ctx.store.filesAt(repo, body.ref) ?? ctx.store.filesAt(repo, undefined))?.get(file)
  const declared = text === undefined ? undefined : dispatchTrigger(text)
  if (!declared) throw new GitHubError(422, "Workflow does not have 'workflow_dispatch' trigger")
  const inputs = body.inputs ?? {}
  const unexpected = Object.keys(inputs).filter((name) => !declared.has(name))
  if (unexpected.length > 0) {
    throw new GitHubError(422, `Unexpected inputs provided: ${JSON.stringify(unexpected)}`)
  }
  for (const [name, spec] of declared) {
    const value = inputs[name]
    if (value === undefined) {
      if (spec?.required === true && spec.default === undefined) {
        throw new GitHubError(422, `Required input '${name}' not provided`)
      }
      continue
    }
    const options: unknown[] = Array.isArray(spec?.options) ? spec.options : []
    const text = typeof value === 'string' ? value : JSON.stringify(value)
    if (spec?.type === 'choice' && !options.some((o) => String(o) === text)) {
      throw new GitHubError(
        422,
        `Provided value '${text}' for input '${name}' not in the list of allowed values`
      )
    }
  }
  const runId = ctx.store.nextWorkflowRunId()
  ctx.store.workflowDispatches.push({
    repo: repo.fullName,
    workflow,
    ref: body.ref,
    inputs,
    actor: ctx.user.login,
    at: ctx.store.stamp(),
    runId
  })
  if (body.return_run_details !== true) return { status: 204 }
  return {
    status: 200,
    body: {
      workflow_run_id: runId,
      run_url: `${ctx.url.origin}/repos/${repo.fullName}/actions/runs/${runId}`,
      html_url: `https://github.com/${repo.fullName}/actions/runs/${runId}`
    }
  }
}

export const routes: Record<string, Route> = {
  'actions/get-reviews-for-run': runApprovals,
  'actions/create-workflow-dispatch': workflowDispatch,
  'issues/list-for-repo': listIssues,
  'issues/create': createIssue,
  'issues/get': (ctx) => ({ status: 200, body: ctx.render.issue(issueFor(ctx, repoFor(ctx))) }),
  'issues/update': updateIssue,
  'issues/lock': setLock(true),
  'issues/unlock': setLock(false),
  'issues/list-comments': listComments,
  'issues/create-comment': createComment,
  'issues/get-comment': (ctx) => ({
    status: 200,
    body: ctx.render.comment(commentFor(ctx, repoFor(ctx)))
  }),
  'issues/update-comment': updateComment,
  'issues/delete-comment': deleteComment,
  'issues/create-label': createLabel,
  'issues/get-label': getLabel,
  'issues/update-label': updateLabel,
  'issues/delete-label': deleteLabel,
  'issues/add-labels': addLabels,
  'issues/set-labels': setLabels,
  'issues/remove-all-labels': removeAllLabels,
  'issues/remove-label': removeLabel,
  'reactions/create-for-issue-comment': (ctx) =>
    react(ctx, commentSubject(commentFor(ctx, repoFor(ctx)))),
  'reactions/create-for-issue': (ctx) => {
    const issue = issueFor(ctx, repoFor(ctx))
    return react(ctx, issueSubject(issue))
  },
  'repos/get-collaborator-permission-level': permissionLevel,
  'teams/get-membership-for-user-in-org': teamMembership,
  'repos/get-content': getContent,
  'repos/get': (ctx) => ({ status: 200, body: ctx.render.repository(repoFor(ctx), ctx.user) }),
  'repos/create-dispatch-event': dispatch,
  'repos/list-deployments': listDeployments,
  'repos/list-deployment-statuses': listDeploymentStatuses,
  'repos/list-releases': listReleases,
  'pulls/list': listPulls,
  'pulls/create': createPull,
  'git/get-ref': getRef,
  'git/create-ref': createRef,
  'repos/create-or-update-file-contents': putContent,
  'repos/get-commit': getCommit,
  'repos/compare-commits-with-basehead': compareCommits
}
