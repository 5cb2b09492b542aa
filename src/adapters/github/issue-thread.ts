// One incident issue on GitHub, as issue/thread.ts declares it. The snapshot comes from GraphQL:
// each author's account id, and `lastEditedAt`/`includesCreatedEdit`, which tell precisely whether
// anyone changed an issue or comment (REST's timestamps have one-second resolution, so an edit in
// the second of posting would pass unseen). Comments and label events are paginated, 100 a page.
// Writes go through REST; creating a comment is the only one that notifies (`edit` does not).
import { githubIncidentLock, type LockOptions } from './incident-lock.js'
import type {
  Account,
  IssueSnapshot,
  LabelEvent,
  Permission,
  RunThread,
  SnapshotComment
} from '../../issue/thread.js'
import { httpStatus } from '../../util/http-error.js'
import { int64Id, issueUpdate, removeIssueLabel, type GitHub } from './client.js'

export type { Permission }

const ACCOUNT = '__typename login ... on User { databaseId } ... on Bot { databaseId }'
const COMMENTS = `comments(first: 100, after: $comments) {
  pageInfo { hasNextPage endCursor }
  nodes { databaseId url body createdAt lastEditedAt includesCreatedEdit author { ${ACCOUNT} } }
}`
const EVENTS = `timelineItems(first: 100, after: $events, itemTypes: [LABELED_EVENT, UNLABELED_EVENT]) {
  pageInfo { hasNextPage endCursor }
  nodes {
    __typename
    ... on LabeledEvent { createdAt label { name } actor { ${ACCOUNT} } }
    ... on UnlabeledEvent { createdAt label { name } actor { ${ACCOUNT} } }
  }
}`
const ISSUE_QUERY = `query OpsLoopIssue($owner: String!, $name: String!, $number: Int!, $comments: String, $events: String) {
  repository(owner: $owner, name: $name) {
    issue(number: $number) {
      number url title state body createdAt
      author { ${ACCOUNT} }
      labels(first: 100) { nodes { name } }
      ${COMMENTS}
      ${EVENTS}
    }
  }
}`
const MORE_COMMENTS = `query OpsLoopComments($owner: String!, $name: String!, $number: Int!, $comments: String) {
  repository(owner: $owner, name: $name) { issue(number: $number) { ${COMMENTS} } }
}`
const MORE_EVENTS = `query OpsLoopLabelEvents($owner: String!, $name: String!, $number: Int!, $events: String) {
  repository(owner: $owner, name: $name) { issue(number: $number) { ${EVENTS} } }
}`

interface RawAccount {
  __typename: string
  login: string
  databaseId?: number | null
}
interface Page<T> {
  pageInfo: { hasNextPage: boolean; endCursor: string | null }
  nodes: (T | null)[] | null
}
interface RawComment {
  databaseId: number | null
  url: string
  body: string
  createdAt: string
  lastEditedAt: string | null
  includesCreatedEdit: boolean
  author: RawAccount | null
}
interface RawEvent {
  __typename: string
  createdAt?: string
  label?: { name: string }
  actor?: RawAccount | null
}
interface RawIssue {
  number: number
  url: string
  title: string
  state: string
  body: string
  createdAt: string
  author: RawAccount | null
  labels: { nodes: ({ name: string } | null)[] | null } | null
  comments: Page<RawComment>
  timelineItems: Page<RawEvent>
}
type IssueReply<T> = { repository: { issue: T | null } | null }

const account = (a: RawAccount | null | undefined): Account | undefined =>
  a
    ? {
        login: a.login,
        type: a.__typename,
        ...(typeof a.databaseId === 'number' ? { id: a.databaseId } : {})
      }
    : undefined

function comment(c: RawComment): SnapshotComment[] {
  if (c.databaseId === null) return []
  const author = account(c.author)
  return [
    {
      id: c.databaseId,
      url: c.url,
      body: c.body,
      createdAt: c.createdAt,
      edited: c.lastEditedAt !== null || c.includesCreatedEdit,
      ...(author ? { author } : {})
    }
  ]
}

function labelEvent(e: RawEvent): LabelEvent[] {
  if (!e.label || !e.createdAt) return []
  const actor = account(e.actor)
  return [
    {
      label: e.label.name,
      added: e.__typename === 'LabeledEvent',
      createdAt: e.createdAt,
      ...(actor ? { actor } : {})
    }
  ]
}

const present = <T>(nodes: (T | null)[] | null): T[] =>
  (nodes ?? []).filter((n): n is T => n !== null)

/** Every node of a connection: the first page, then the pages after it, 100 at a time. */
async function allPages<T>(
  first: Page<T>,
  next: (cursor: string) => Promise<Page<T>>
): Promise<T[]> {
  const nodes = present(first.nodes)
  let page = first.pageInfo
  while (page.hasNextPage && page.endCursor) {
    const more = await next(page.endCursor)
    nodes.push(...present(more.nodes))
    page = more.pageInfo
  }
  return nodes
}

const PERMISSIONS = new Set<Permission>(['admin', 'write', 'read', 'none'])

export function githubIssueThread(
  octokit: GitHub,
  repository: { owner: string; repo: string },
  number: number,
  lock: LockOptions = {}
): RunThread {
  const at = { ...repository, issue_number: number }
  const runLock = githubIncidentLock(octokit, repository, lock)
  const vars = { owner: repository.owner, name: repository.repo, number }
  const issueOf = <T>(reply: IssueReply<T>): T => {
    const issue = reply.repository?.issue
    if (!issue)
      throw new Error(`Issue #${number} was not found in ${repository.owner}/${repository.repo}.`)
    return issue
  }
  return {
    async snapshot(): Promise<IssueSnapshot> {
      const first = issueOf(await octokit.graphql<IssueReply<RawIssue>>(ISSUE_QUERY, vars))
      const comments = await allPages(
        first.comments,
        async (cursor) =>
          issueOf(
            await octokit.graphql<IssueReply<Pick<RawIssue, 'comments'>>>(MORE_COMMENTS, {
              ...vars,
              comments: cursor
            })
          ).comments
      )
      const events = await allPages(
        first.timelineItems,
        async (cursor) =>
          issueOf(
            await octokit.graphql<IssueReply<Pick<RawIssue, 'timelineItems'>>>(MORE_EVENTS, {
              ...vars,
              events: cursor
            })
          ).timelineItems
      )
      const author = account(first.author)
      return {
        issue: {
          number: first.number,
          url: first.url,
          title: first.title,
          state: first.state === 'CLOSED' ? 'closed' : 'open',
          body: first.body,
          labels: present(first.labels?.nodes ?? null).map((l) => l.name),
          createdAt: first.createdAt,
          ...(author ? { author } : {})
        },
        comments: comments.flatMap(comment).sort((a, b) => a.id - b.id),
        labelEvents: events.flatMap(labelEvent)
      }
    },
    async reply(body) {
      const { data } = await octokit.request(
        'POST /repos/{owner}/{repo}/issues/{issue_number}/comments',
        { ...at, body }
      )
      return { id: int64Id(data.id), url: data.html_url }
    },
    async edit(commentId, body) {
      await octokit.request('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', {
        ...repository,
        comment_id: commentId,
        body
      })
    },
    async update(update) {
      await octokit.request('PATCH /repos/{owner}/{repo}/issues/{issue_number}', {
        ...at,
        ...issueUpdate(update)
      })
    },
    async addLabels(labels) {
      await octokit.request('POST /repos/{owner}/{repo}/issues/{issue_number}/labels', {
        ...at,
        labels
      })
    },
    // The run lock is the incident lock's mechanism, keyed on the issue: `opsloop:lock:run-<n>`.
    exclusive: (work) => runLock.hold(`run-${number}`, work),
    removeLabel: (label) => removeIssueLabel(octokit, at, label),
    async permissionOf(login) {
      try {
        const { data } = await octokit.request(
          'GET /repos/{owner}/{repo}/collaborators/{username}/permission',
          {
            ...repository,
            username: login
          }
        )
        return PERMISSIONS.has(data.permission as Permission)
          ? (data.permission as Permission)
          : 'none'
      } catch (error) {
        if (httpStatus(error) === 404) return 'none'
        throw error
      }
    },
    async teamMember(org, slug, login) {
      try {
        const { data } = await octokit.request(
          'GET /orgs/{org}/teams/{team_slug}/memberships/{username}',
          {
            org,
            team_slug: slug,
            username: login
          }
        )
        return data.state === 'active'
      } catch (error) {
        if (httpStatus(error) === 404) return false
        const status = httpStatus(error)
        if (status === 403 || status === 401) return undefined
        throw error
      }
    }
  }
}
