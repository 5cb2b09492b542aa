// The GitHub stand-in's GraphQL API (POST /graphql), driven through the real client
// (`octokit.graphql` of @octokit/rest): viewer, issues with comments (cursor pagination past
// 100), edit state (lastEditedAt, includesCreatedEdit, editors), label events that outlive
// labels and comments, authors (users, bots, deleted accounts), GitHub's error answers, and
// queries checked against GitHub's published schema.
import { afterEach, describe, expect, it } from '@jest/globals'
import { Octokit } from '@octokit/rest'
import {
  BOT_LOGIN,
  BOT_TOKEN,
  startGitHub,
  type GitHubHandle,
  type GitHubSeed
} from '../../harness/standins/github/index.js'

const quiet = {
  debug: () => undefined,
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined
}

const PEOPLE: NonNullable<GitHubSeed['users']> = [
  { login: 'alice', roles: { 'acme/ops': 'admin' } },
  { login: 'mallory', roles: { 'acme/ops': 'write' } },
  { login: 'rita', roles: { 'acme/ops': 'read' } },
  { login: 'renovate[bot]', type: 'Bot', roles: { 'acme/ops': 'write' } }
]

let gh: GitHubHandle | undefined

afterEach(async () => {
  const handle = gh
  gh = undefined
  if (!handle) return
  try {
    handle.assertNoViolations()
  } finally {
    await handle.close()
  }
})

async function start(seed: GitHubSeed = {}): Promise<GitHubHandle> {
  gh = await startGitHub({ users: PEOPLE, ...seed })
  return gh
}

/** `null` for no token at all. */
function client(handle: GitHubHandle, token: string | null = BOT_TOKEN): Octokit {
  return new Octokit({ baseUrl: handle.url, log: quiet, ...(token ? { auth: token } : {}) })
}

/** What a GraphQL call was rejected with: GitHub's `errors` (and any partial `data`). */
async function graphqlErrors(
  call: Promise<unknown>
): Promise<{ errors: { type?: string; message: string; path?: unknown[] }[]; data: unknown }> {
  try {
    await call
  } catch (e) {
    const error = e as { errors?: { type?: string; message: string }[]; data?: unknown }
    if (!error.errors) throw e
    return { errors: error.errors, data: error.data }
  }
  throw new Error('expected GraphQL errors')
}

const AUTHOR = `
  login
  __typename
  ... on User { databaseId }
  ... on Bot { databaseId }
`

const ISSUE = `
  query ($owner: String!, $name: String!, $number: Int!, $after: String) {
    repository(owner: $owner, name: $name) {
      issue(number: $number) {
        databaseId number title body url state createdAt lastEditedAt includesCreatedEdit
        author { ${AUTHOR} }
        editor { login }
        labels(first: 100) { nodes { name } }
        comments(first: 100, after: $after) {
          totalCount
          pageInfo { hasNextPage endCursor }
          nodes {
            databaseId url body createdAt lastEditedAt includesCreatedEdit
            author { ${AUTHOR} }
            editor { login }
            userContentEdits(first: 10) { nodes { editedAt editor { login } diff } }
          }
        }
      }
    }
  }
`

interface Actor {
  login: string
  __typename: string
  databaseId?: number
}

interface IssueData {
  repository: {
    issue: {
      databaseId: number
      number: number
      title: string
      body: string
      url: string
      state: string
      createdAt: string
      lastEditedAt: string | null
      includesCreatedEdit: boolean
      author: Actor | null
      editor: { login: string } | null
      labels: { nodes: { name: string }[] }
      comments: {
        totalCount: number
        pageInfo: { hasNextPage: boolean; endCursor: string | null }
        nodes: {
          databaseId: number
          url: string
          body: string
          createdAt: string
          lastEditedAt: string | null
          includesCreatedEdit: boolean
          author: Actor | null
          editor: { login: string } | null
          userContentEdits: {
            nodes: { editedAt: string; editor: { login: string } | null; diff: string }[]
          }
        }[]
      }
    }
  }
}

async function readIssue(octokit: Octokit, number: number, after?: string): Promise<IssueData> {
  return octokit.graphql<IssueData>(ISSUE, { owner: 'acme', name: 'ops', number, after })
}

const TIMELINE = `
  query ($number: Int!, $after: String) {
    repository(owner: "acme", name: "ops") {
      issue(number: $number) {
        timelineItems(itemTypes: [LABELED_EVENT, UNLABELED_EVENT], first: 100, after: $after) {
          pageInfo { hasNextPage endCursor }
          nodes {
            __typename
            ... on LabeledEvent { createdAt actor { ${AUTHOR} } label { name } }
            ... on UnlabeledEvent { createdAt actor { ${AUTHOR} } label { name } }
          }
        }
      }
    }
  }
`

interface TimelineData {
  repository: {
    issue: {
      timelineItems: {
        pageInfo: { hasNextPage: boolean; endCursor: string | null }
        nodes: {
          __typename: string
          createdAt: string
          actor: Actor | null
          label: { name: string }
        }[]
      }
    }
  }
}

async function labelEvents(
  octokit: Octokit,
  number: number
): Promise<{ type: string; label: string; actor: string | undefined; at: string }[]> {
  const data = await octokit.graphql<TimelineData>(TIMELINE, { number })
  return data.repository.issue.timelineItems.nodes.map((n) => ({
    type: n.__typename,
    label: n.label.name,
    actor: n.actor?.login,
    at: n.createdAt
  }))
}

describe('github stand-in GraphQL: viewer and authentication', () => {
  it('answers viewer for the bot token and for a user token', async () => {
    const h = await start()
    const query = '{ viewer { login databaseId __typename } }'
    // viewer is typed User in GitHub's schema; an installation token's viewer is its bot user.
    await expect(client(h).graphql(query)).resolves.toEqual({
      viewer: { login: BOT_LOGIN, databaseId: 41898282, __typename: 'User' }
    })
    const alice = h.state.user('alice')
    await expect(client(h, h.tokenFor('alice')).graphql(query)).resolves.toEqual({
      viewer: { login: 'alice', databaseId: alice?.id, __typename: 'User' }
    })
    expect(h.requests.map((r) => [r.method, r.path, r.operationId, r.status, r.login])).toEqual([
      ['POST', '/graphql', 'graphql', 200, BOT_LOGIN],
      ['POST', '/graphql', 'graphql', 200, 'alice']
    ])
  })

  it('answers 401 without a token or with a bad one, as GitHub does', async () => {
    const h = await start()
    const anonymous = client(h, null)
    await expect(anonymous.graphql('{ viewer { login } }')).rejects.toMatchObject({
      status: 401,
      message: expect.stringContaining('This endpoint requires you to be authenticated.')
    })
    await expect(client(h, 'ghp_wrong').graphql('{ viewer { login } }')).rejects.toMatchObject({
      status: 401,
      message: expect.stringContaining('Bad credentials')
    })
    expect(h.requests.map((r) => [r.operationId, r.status, r.login])).toEqual([
      ['graphql', 401, undefined],
      ['graphql', 401, undefined]
    ])
  })

  it('charges its own rate-limit bucket, one point per query', async () => {
    const h = await start({ users: [{ login: 'alice', rateLimit: 2 }] })
    const octokit = client(h, h.tokenFor('alice'))
    const seen: Record<string, unknown>[] = []
    octokit.hook.after('request', (response) => {
      seen.push({
        resource: response.headers['x-ratelimit-resource'],
        remaining: response.headers['x-ratelimit-remaining']
      })
    })
    await octokit.graphql('{ viewer { login } }')
    await octokit.graphql('{ viewer { login } }')
    expect(seen).toEqual([
      { resource: 'graphql', remaining: '1' },
      { resource: 'graphql', remaining: '0' }
    ])
    const { errors } = await graphqlErrors(octokit.graphql('{ viewer { login } }'))
    expect(errors[0]?.type).toBe('RATE_LIMITED')
    // REST keeps its own budget.
    await expect(octokit.rest.repos.get({ owner: 'acme', repo: 'ops' })).rejects.toMatchObject({
      status: 404
    })
  })
})

describe('github stand-in GraphQL: issues and comments', () => {
  it('pages comments oldest first past 100 with cursors', async () => {
    const comments = Array.from({ length: 150 }, (_, i) => ({ user: 'alice', body: `c${i}` }))
    const h = await start({ issues: [{ title: 'Incident', body: 'plan', comments }] })
    const octokit = client(h)
    const first = await readIssue(octokit, 1)
    const page1 = first.repository.issue.comments
    expect(page1.totalCount).toBe(150)
    expect(page1.nodes).toHaveLength(100)
    expect(page1.nodes[0]?.body).toBe('c0')
    expect(page1.nodes[99]?.body).toBe('c99')
    expect(page1.pageInfo.hasNextPage).toBe(true)
    const second = await readIssue(octokit, 1, page1.pageInfo.endCursor ?? undefined)
    const page2 = second.repository.issue.comments
    expect(page2.nodes.map((n) => n.body)).toEqual(
      Array.from({ length: 50 }, (_, i) => `c${i + 100}`)
    )
    expect(page2.pageInfo.hasNextPage).toBe(false)
    expect(page2.nodes[0]).toMatchObject({
      databaseId: h.state.comments[100]?.id,
      url: `https://github.com/acme/ops/issues/1#issuecomment-${h.state.comments[100]?.id}`,
      author: { login: 'alice', __typename: 'User', databaseId: h.state.user('alice')?.id }
    })
    expect(first.repository.issue).toMatchObject({
      number: 1,
      title: 'Incident',
      body: 'plan',
      state: 'OPEN',
      url: 'https://github.com/acme/ops/issues/1',
      // Seeded by the bot: GraphQL names a bot by its app slug, without `[bot]`.
      author: { login: 'github-actions', __typename: 'Bot', databaseId: 41898282 }
    })
  })

  it('keeps a cursor valid when earlier comments are deleted', async () => {
    const comments = Array.from({ length: 5 }, (_, i) => ({ user: 'alice', body: `c${i}` }))
    const h = await start({ issues: [{ title: 'Incident', comments }] })
    const octokit = client(h)
    const query = `query ($after: String) { repository(owner: "acme", name: "ops") {
      issue(number: 1) { comments(first: 2, after: $after) {
        pageInfo { hasNextPage endCursor } nodes { body } } } } }`
    type Page = {
      repository: {
        issue: {
          comments: {
            pageInfo: { hasNextPage: boolean; endCursor: string }
            nodes: { body: string }[]
          }
        }
      }
    }
    const one = await octokit.graphql<Page>(query)
    h.deleteComment(h.state.comments[0]?.id ?? 0)
    const two = await octokit.graphql<Page>(query, {
      after: one.repository.issue.comments.pageInfo.endCursor
    })
    expect(two.repository.issue.comments.nodes.map((n) => n.body)).toEqual(['c2', 'c3'])
  })

  it('answers GitHub pagination errors and records them as violations', async () => {
    const h = await start({ issues: [{ title: 'Incident' }] })
    const octokit = client(h)
    const tooMany = await graphqlErrors(
      octokit.graphql(
        '{ repository(owner: "acme", name: "ops") { issue(number: 1) { comments(first: 101) { totalCount } } } }'
      )
    )
    expect(tooMany.errors[0]).toMatchObject({
      type: 'EXCESSIVE_PAGINATION',
      message:
        'Requesting 101 records on the `comments` connection exceeds the `first` limit of 100 records.',
      path: ['repository', 'issue', 'comments']
    })
    const unbounded = await graphqlErrors(
      octokit.graphql(
        '{ repository(owner: "acme", name: "ops") { issue(number: 1) { comments { totalCount } } } }'
      )
    )
    expect(unbounded.errors[0]?.type).toBe('MISSING_PAGINATION_BOUNDARIES')
    expect(h.takeViolations().map((v) => [v.operationId, v.where])).toEqual([
      ['graphql', 'request.body'],
      ['graphql', 'request.body']
    ])
  })

  it('answers NOT_FOUND for unknown or hidden repositories and issues (no violation)', async () => {
    const h = await start({
      users: [...PEOPLE, { login: 'eve' }],
      issues: [{ title: 'Incident' }]
    })
    const missing = await graphqlErrors(
      client(h).graphql(
        '{ repository(owner: "acme", name: "nope") { issue(number: 1) { number } } }'
      )
    )
    expect(missing).toEqual({
      data: { repository: null },
      errors: [
        expect.objectContaining({
          type: 'NOT_FOUND',
          message: "Could not resolve to a Repository with the name 'acme/nope'.",
          path: ['repository']
        })
      ]
    })
    const noIssue = await graphqlErrors(
      client(h).graphql(
        '{ repository(owner: "acme", name: "ops") { issue(number: 9) { number } } }'
      )
    )
    expect(noIssue.errors[0]?.message).toBe('Could not resolve to an Issue with the number of 9.')
    // acme/ops is private: a user without a role cannot see it.
    const hidden = await graphqlErrors(
      client(h, h.tokenFor('eve')).graphql(
        '{ repository(owner: "acme", name: "ops") { issue(number: 1) { number } } }'
      )
    )
    expect(hidden.errors[0]?.type).toBe('NOT_FOUND')
  })

  it('shows a deleted account as a null author', async () => {
    const h = await start({
      users: [...PEOPLE, { login: 'leaver', roles: { 'acme/ops': 'write' } }],
      issues: [{ title: 'Incident', user: 'leaver', comments: [{ user: 'leaver', body: 'hi' }] }]
    })
    h.state.deleteUser('leaver')
    const data = await readIssue(client(h), 1)
    expect(data.repository.issue.author).toBeNull()
    expect(data.repository.issue.comments.nodes[0]?.author).toBeNull()
  })
})

describe('github stand-in GraphQL: edits', () => {
  it('sets lastEditedAt on a body edit even within the second of creation', async () => {
    const h = await start()
    const bot = client(h)
    const issue = await bot.rest.issues.create({
      owner: 'acme',
      repo: 'ops',
      title: 'T',
      body: 'b'
    })
    const comment = await bot.rest.issues.createComment({
      owner: 'acme',
      repo: 'ops',
      issue_number: issue.data.number,
      body: 'approve plan abc'
    })
    const before = await readIssue(bot, issue.data.number)
    expect(before.repository.issue).toMatchObject({
      lastEditedAt: null,
      includesCreatedEdit: false,
      editor: null
    })
    expect(before.repository.issue.comments.nodes[0]).toMatchObject({
      lastEditedAt: null,
      includesCreatedEdit: false,
      editor: null,
      userContentEdits: { nodes: [] }
    })

    // An attacker with write access edits the comment in the same second (the clock stands).
    const mallory = client(h, h.tokenFor('mallory'))
    const edited = await mallory.rest.issues.updateComment({
      owner: 'acme',
      repo: 'ops',
      comment_id: comment.data.id,
      body: 'approve plan evil'
    })
    // REST keeps GitHub's second-resolution times.
    expect(edited.data.updated_at).toBe('2025-01-01T00:00:00Z')
    expect(edited.data.created_at).toBe('2025-01-01T00:00:00Z')
    // Title, label and state changes are no body edits.
    await bot.rest.issues.update({
      owner: 'acme',
      repo: 'ops',
      issue_number: issue.data.number,
      title: 'T2',
      labels: ['incident'],
      state: 'closed'
    })
    const after = await readIssue(bot, issue.data.number)
    expect(after.repository.issue).toMatchObject({
      title: 'T2',
      state: 'CLOSED',
      lastEditedAt: null,
      includesCreatedEdit: false
    })
    const node = after.repository.issue.comments.nodes[0]
    expect(node).toMatchObject({
      body: 'approve plan evil',
      createdAt: '2025-01-01T00:00:00Z',
      lastEditedAt: '2025-01-01T00:00:00Z',
      includesCreatedEdit: true,
      author: { login: 'github-actions', __typename: 'Bot', databaseId: 41898282 },
      editor: { login: 'mallory' }
    })
    // Newest first, ending with the creation edit by the author.
    expect(node?.userContentEdits.nodes).toEqual([
      { editedAt: '2025-01-01T00:00:00Z', editor: { login: 'mallory' }, diff: 'approve plan evil' },
      {
        editedAt: '2025-01-01T00:00:00Z',
        editor: { login: 'github-actions' },
        diff: 'approve plan abc'
      }
    ])
    expect(h.state.comment(comment.data.id)?.edits.map((e) => e.editor)).toEqual([
      BOT_LOGIN,
      'mallory'
    ])
  })

  it('records issue body edits by REST and by the handle, with their editor', async () => {
    const h = await start({ issues: [{ title: 'Incident', body: 'plan v1' }] })
    h.clock.advance(1500)
    const alice = client(h, h.tokenFor('alice'))
    await alice.rest.issues.update({ owner: 'acme', repo: 'ops', issue_number: 1, body: 'plan v2' })
    let data = await readIssue(client(h), 1)
    expect(data.repository.issue).toMatchObject({
      body: 'plan v2',
      createdAt: '2025-01-01T00:00:00Z',
      lastEditedAt: '2025-01-01T00:00:01Z',
      includesCreatedEdit: true,
      editor: { login: 'alice' }
    })
    // The same body is no edit.
    await alice.rest.issues.update({ owner: 'acme', repo: 'ops', issue_number: 1, body: 'plan v2' })
    expect(h.state.issue('acme/ops', 1)?.edits).toHaveLength(2)

    h.clock.advance(1000)
    const json = h.editIssueBody(1, 'plan v3', 'renovate[bot]')
    expect(json.body).toBe('plan v3')
    data = await readIssue(client(h), 1)
    expect(data.repository.issue).toMatchObject({
      lastEditedAt: '2025-01-01T00:00:02Z',
      editor: { login: 'renovate' }
    })

    const comment = h.comment({ issue: 1, user: 'rita', body: 'looks good' })
    h.editComment(Number(comment.id), 'looks evil', 'mallory')
    data = await readIssue(client(h), 1)
    expect(data.repository.issue.comments.nodes[0]).toMatchObject({
      body: 'looks evil',
      author: { login: 'rita' },
      editor: { login: 'mallory' },
      lastEditedAt: '2025-01-01T00:00:02Z'
    })
  })
})

describe('github stand-in GraphQL: label events', () => {
  it('records labeled and unlabeled events that survive removals and deleted comments', async () => {
    const h = await start()
    const bot = client(h)
    const owner = 'acme'
    const repo = 'ops'
    const { data: issue } = await bot.rest.issues.create({
      owner,
      repo,
      title: 'Incident',
      labels: ['incident']
    })
    const issue_number = issue.number
    h.clock.advance(1000)
    const mallory = client(h, h.tokenFor('mallory'))
    await mallory.rest.issues.addLabels({ owner, repo, issue_number, labels: ['approved'] })
    // Adding a label already present records nothing.
    await mallory.rest.issues.addLabels({ owner, repo, issue_number, labels: ['Approved'] })
    const { data: comment } = await mallory.rest.issues.createComment({
      owner,
      repo,
      issue_number,
      body: 'approve'
    })
    h.clock.advance(1000)
    await mallory.rest.issues.removeLabel({ owner, repo, issue_number, name: 'approved' })
    await mallory.rest.issues.deleteComment({ owner, repo, comment_id: comment.id })
    h.clock.advance(1000)
    await bot.rest.issues.setLabels({ owner, repo, issue_number, labels: ['incident', 'done'] })
    await bot.rest.issues.update({ owner, repo, issue_number, labels: ['done'] })
    await bot.rest.issues.removeAllLabels({ owner, repo, issue_number })

    expect(await labelEvents(bot, issue_number)).toEqual([
      {
        type: 'LabeledEvent',
        label: 'incident',
        actor: 'github-actions',
        at: '2025-01-01T00:00:00Z'
      },
      { type: 'LabeledEvent', label: 'approved', actor: 'mallory', at: '2025-01-01T00:00:01Z' },
      { type: 'UnlabeledEvent', label: 'approved', actor: 'mallory', at: '2025-01-01T00:00:02Z' },
      { type: 'LabeledEvent', label: 'done', actor: 'github-actions', at: '2025-01-01T00:00:03Z' },
      {
        type: 'UnlabeledEvent',
        label: 'incident',
        actor: 'github-actions',
        at: '2025-01-01T00:00:03Z'
      },
      { type: 'UnlabeledEvent', label: 'done', actor: 'github-actions', at: '2025-01-01T00:00:03Z' }
    ])
    const data = await bot.graphql<TimelineData>(TIMELINE, { number: issue_number })
    expect(data.repository.issue.timelineItems.nodes[1]?.actor).toEqual({
      login: 'mallory',
      __typename: 'User',
      databaseId: h.state.user('mallory')?.id
    })
    expect(h.state.comments).toEqual([])
    const current = await readIssue(bot, issue_number)
    expect(current.repository.issue.labels.nodes).toEqual([])
    expect(current.repository.issue.comments.totalCount).toBe(0)
  })

  it('pages events and lets only authors and writers delete comments', async () => {
    const h = await start({ issues: [{ title: 'Incident', labels: ['a', 'b', 'c'] }] })
    const query = `query ($after: String) { repository(owner: "acme", name: "ops") {
      issue(number: 1) { timelineItems(itemTypes: [LABELED_EVENT], first: 2, after: $after) {
        totalCount pageInfo { hasNextPage endCursor } nodes { ... on LabeledEvent { label { name } } } } } } }`
    type Page = {
      repository: {
        issue: {
          timelineItems: {
            totalCount: number
            pageInfo: { hasNextPage: boolean; endCursor: string }
            nodes: { label: { name: string } }[]
          }
        }
      }
    }
    const one = await client(h).graphql<Page>(query)
    expect(one.repository.issue.timelineItems.nodes.map((n) => n.label.name)).toEqual(['a', 'b'])
    expect(one.repository.issue.timelineItems.totalCount).toBe(3)
    const two = await client(h).graphql<Page>(query, {
      after: one.repository.issue.timelineItems.pageInfo.endCursor
    })
    expect(two.repository.issue.timelineItems.nodes.map((n) => n.label.name)).toEqual(['c'])
    expect(two.repository.issue.timelineItems.pageInfo.hasNextPage).toBe(false)

    const comment = h.comment({ issue: 1, user: 'alice', body: 'mine' })
    const rita = client(h, h.tokenFor('rita'))
    await expect(
      rita.rest.issues.deleteComment({ owner: 'acme', repo: 'ops', comment_id: Number(comment.id) })
    ).rejects.toMatchObject({ status: 403 })
    expect(h.state.comments).toHaveLength(1)
  })
})

describe('github stand-in GraphQL: schema checking', () => {
  it('answers an invalid query with errors and records a violation', async () => {
    const h = await start()
    const { errors, data } = await graphqlErrors(
      client(h).graphql('{ viewer { login favouriteColour } }')
    )
    expect(data).toBeUndefined()
    expect(errors).toEqual([
      expect.objectContaining({
        message: "Field 'favouriteColour' doesn't exist on type 'User'",
        locations: [{ line: 1, column: 18 }]
      })
    ])
    // Fragments on types that cannot occur there are rejected as GitHub rejects them.
    await graphqlErrors(client(h).graphql('{ viewer { ... on Bot { login } } }'))
    const violations = h.takeViolations()
    expect(violations).toEqual([
      expect.objectContaining({
        operationId: 'graphql',
        method: 'POST',
        path: '/graphql',
        where: 'request.body',
        pointer: '/query',
        message: expect.stringContaining('Cannot query field "favouriteColour" on type "User"')
      }),
      expect.objectContaining({ where: 'request.body', message: expect.stringContaining('Bot') })
    ])
    // The wire answer: HTTP 200 with `errors` and no `data`.
    const response = await fetch(`${h.url}/graphql`, {
      method: 'POST',
      headers: { authorization: `bearer ${BOT_TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ viewer { nope } }' })
    })
    expect(response.status).toBe(200)
    expect(Object.keys((await response.json()) as object)).toEqual(['errors'])
    expect(h.takeViolations()).toHaveLength(1)
  })

  it('records variables of the wrong type as violations', async () => {
    const h = await start({ issues: [{ title: 'Incident' }] })
    await graphqlErrors(
      client(h).graphql(
        'query ($n: Int!) { repository(owner: "acme", name: "ops") { issue(number: $n) { number } } }',
        { n: 'one' }
      )
    )
    expect(h.takeViolations()).toEqual([
      expect.objectContaining({
        operationId: 'graphql',
        where: 'request.body',
        pointer: '/variables'
      })
    ])
  })

  it('fails fields the stand-in does not model, loudly', async () => {
    const h = await start({ issues: [{ title: 'Incident' }] })
    const { errors } = await graphqlErrors(
      client(h).graphql(
        '{ repository(owner: "acme", name: "ops") { issue(number: 1) { number bodyHTML } } }'
      )
    )
    expect(errors[0]?.message).toBe('not modelled by the stand-in: Issue.bodyHTML')
    const timeline = await graphqlErrors(
      client(h).graphql(
        '{ repository(owner: "acme", name: "ops") { issue(number: 1) { timelineItems(first: 5, itemTypes: [CLOSED_EVENT]) { totalCount } } } }'
      )
    )
    expect(timeline.errors[0]?.message).toBe(
      'not modelled by the stand-in: Issue.timelineItems(itemTypes: CLOSED_EVENT)'
    )
    expect(h.takeViolations().map((v) => [v.where, v.message])).toEqual([
      ['response', expect.stringContaining('Issue.bodyHTML')],
      ['response', expect.stringContaining('CLOSED_EVENT')]
    ])
  })

  it('takes injected faults like REST', async () => {
    const h = await start()
    h.faults.add({ operationId: 'graphql', status: 502 })
    await expect(client(h).graphql('{ viewer { login } }')).rejects.toMatchObject({ status: 502 })
    await expect(client(h).graphql('{ viewer { login } }')).resolves.toEqual({
      viewer: { login: BOT_LOGIN }
    })
  })
})
