// The GitHub REST stand-in, driven through the real @octokit/rest client (plus the retry and
// throttling plugins where faults are injected): every served operation, pagination, labels,
// permissions and bots, team membership, contents at refs, recent changes (deployments,
// releases, pull requests), commits and comparisons, dispatch limits, workflow dispatches, rate
// limits, faults, and protocol checking against GitHub's OpenAPI description on requests and
// responses.
import { afterEach, describe, expect, it } from '@jest/globals'
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'
import { Octokit } from '@octokit/rest'
import {
  BOT_LOGIN,
  BOT_TOKEN,
  startGitHub,
  type GitHubHandle,
  type GitHubSeed
} from '../../harness/standins/github/index.js'
import { componentValidator } from '../../harness/standins/github/validators.js'

const owner = 'acme'
const repo = 'ops'
const quiet = {
  debug: () => undefined,
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined
}

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

async function start(seed?: GitHubSeed): Promise<GitHubHandle> {
  gh = await startGitHub(seed)
  return gh
}

function client(handle: GitHubHandle, token = BOT_TOKEN): Octokit {
  return new Octokit({ auth: token, baseUrl: handle.url, log: quiet })
}

/** What the call was rejected with, for asserting on status and message. */
async function rejection(
  call: Promise<unknown>
): Promise<{ status: number; message: string; data: unknown }> {
  try {
    await call
  } catch (e) {
    const error = e as { status: number; message: string; response?: { data: unknown } }
    return { status: error.status, message: error.message, data: error.response?.data }
  }
  throw new Error('expected the request to fail')
}

const PEOPLE: GitHubSeed['users'] = [
  { login: 'alice', roles: { 'acme/ops': 'admin' } },
  { login: 'mallory', roles: { 'acme/ops': 'maintain' } },
  { login: 'wes', roles: { 'acme/ops': 'write' } },
  { login: 'tria', roles: { 'acme/ops': 'triage' } },
  { login: 'rita', roles: { 'acme/ops': 'read' } },
  { login: 'ira', roles: { 'acme/ops': { role: 'write', name: 'incident-responder' } } },
  { login: 'nobody' },
  { login: 'renovate[bot]', type: 'Bot', roles: { 'acme/ops': 'write' } }
]

describe('github stand-in: start-up', () => {
  // How fast is `npm run bench`'s to say ("stand-ins start-up, later calls"), not a test's.
  it('starts fresh once the description is loaded', async () => {
    const first = await start()
    await first.close()
    const second = await start()
    expect(second.state.issues).toEqual([])
    expect(second.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
  })
})

describe('github stand-in: issues', () => {
  it('creates, reads, updates, closes, reopens, locks and unlocks an issue', async () => {
    const h = await start()
    const octokit = client(h)
    const created = await octokit.rest.issues.create({
      owner,
      repo,
      title: 'CPU alarm on web-1',
      body: '<!-- opsloop:fp=abc -->',
      labels: ['incident', { name: 'sev2' }]
    })
    expect(created.status).toBe(201)
    expect(created.headers.location).toBe(`${h.url}/repos/acme/ops/issues/1`)
    expect(created.data).toMatchObject({
      number: 1,
      state: 'open',
      user: { login: BOT_LOGIN, type: 'Bot' },
      created_at: '2025-01-01T00:00:00Z'
    })
    expect(created.data.labels.map((l) => (typeof l === 'string' ? l : l.name))).toEqual([
      'incident',
      'sev2'
    ])

    h.clock.advance(60_000)
    const closed = await octokit.rest.issues.update({
      owner,
      repo,
      issue_number: 1,
      title: 'CPU alarm on web-1 (resolved)',
      state: 'closed',
      state_reason: 'not_planned'
    })
    expect(closed.data).toMatchObject({
      title: 'CPU alarm on web-1 (resolved)',
      state: 'closed',
      state_reason: 'not_planned',
      closed_at: '2025-01-01T00:01:00Z',
      updated_at: '2025-01-01T00:01:00Z',
      closed_by: { login: BOT_LOGIN }
    })
    const reopened = await octokit.rest.issues.update({
      owner,
      repo,
      issue_number: 1,
      state: 'open'
    })
    expect(reopened.data).toMatchObject({
      state: 'open',
      state_reason: 'reopened',
      closed_at: null
    })
    const relabelled = await octokit.rest.issues.update({
      owner,
      repo,
      issue_number: 1,
      labels: ['sev1']
    })
    expect(relabelled.data.labels).toMatchObject([{ name: 'sev1' }])

    expect(
      (await octokit.rest.issues.lock({ owner, repo, issue_number: 1, lock_reason: 'resolved' }))
        .status
    ).toBe(204)
    expect(h.state.issue('acme/ops', 1)).toMatchObject({ locked: true, lockReason: 'resolved' })
    const got = await octokit.rest.issues.get({ owner, repo, issue_number: 1 })
    expect(got.data).toMatchObject({ locked: true, active_lock_reason: 'resolved' })
    expect((await octokit.rest.issues.unlock({ owner, repo, issue_number: 1 })).status).toBe(204)
    expect(h.state.issue('acme/ops', 1)?.locked).toBe(false)

    const missing = await rejection(octokit.rest.issues.get({ owner, repo, issue_number: 99 }))
    expect(missing.status).toBe(404)
    expect(missing.data).toEqual({
      message: 'Not Found',
      documentation_url: 'https://docs.github.com/rest/issues/issues#get-an-issue',
      status: '404'
    })
  })

  it('drops labels from creators without push access and enforces GitHub length limits', async () => {
    const h = await start({ users: PEOPLE })
    const reader = client(h, h.tokenFor('rita'))
    const { data } = await reader.rest.issues.create({
      owner,
      repo,
      title: 'help',
      labels: ['urgent']
    })
    expect(data.labels).toEqual([])
    expect(h.state.label('acme/ops', 'urgent')).toBeUndefined()

    const tooLong = await rejection(
      client(h).rest.issues.create({ owner, repo, title: 'x', body: 'a'.repeat(65_537) })
    )
    expect(tooLong.status).toBe(422)
    expect(tooLong.data).toMatchObject({
      message: 'Validation Failed',
      errors: [{ resource: 'Issue', field: 'body', code: 'custom' }]
    })
  })

  it('lists by labels (all must match), state, creator and newest first, paginated', async () => {
    const h = await start({
      issues: [
        { title: 'a', labels: ['incident', 'sev1'], createdAt: '2025-01-01T00:00:01Z' },
        { title: 'b', labels: ['incident'], createdAt: '2025-01-01T00:00:02Z' },
        { title: 'c', labels: ['Incident', 'SEV1'], createdAt: '2025-01-01T00:00:03Z' },
        {
          title: 'd',
          labels: ['incident', 'sev1'],
          state: 'closed',
          createdAt: '2025-01-01T00:00:04Z'
        },
        { title: 'e', user: 'alice', createdAt: '2025-01-01T00:00:05Z' }
      ],
      users: [{ login: 'alice', roles: { 'acme/ops': 'write' } }]
    })
    const octokit = client(h)
    const titles = async (params: Record<string, unknown>): Promise<string[]> =>
      (await octokit.rest.issues.listForRepo({ owner, repo, ...params })).data.map((i) => i.title)

    expect(await titles({})).toEqual(['e', 'c', 'b', 'a'])
    expect(await titles({ labels: 'incident,sev1' })).toEqual(['c', 'a'])
    expect(await titles({ labels: 'incident,sev1', state: 'all' })).toEqual(['d', 'c', 'a'])
    expect(await titles({ state: 'closed' })).toEqual(['d'])
    expect(await titles({ creator: 'alice' })).toEqual(['e'])
    expect(await titles({ direction: 'asc', per_page: 2, page: 2 })).toEqual(['c', 'e'])
    const all = await octokit.paginate(octokit.rest.issues.listForRepo, {
      owner,
      repo,
      state: 'all',
      per_page: 2
    })
    expect(all.map((i) => i.title)).toEqual(['e', 'd', 'c', 'b', 'a'])
  })
})

describe('github stand-in: comments', () => {
  it('paginates over more than 100 comments with octokit.paginate and exact Link headers', async () => {
    const comments = Array.from({ length: 205 }, (_, i) => ({
      user: 'alice',
      body: `comment ${i + 1}`,
      createdAt: new Date(Date.UTC(2025, 0, 1, 0, 0, i)).toISOString().replace('.000', '')
    }))
    const h = await start({
      users: [{ login: 'alice', roles: { 'acme/ops': 'write' } }],
      issues: [{ title: 'noisy', comments }]
    })
    const octokit = client(h)
    const all = await octokit.paginate(octokit.rest.issues.listComments, {
      owner,
      repo,
      issue_number: 1,
      per_page: 100
    })
    expect(all).toHaveLength(205)
    expect(all[0]?.body).toBe('comment 1')
    expect(all[204]?.body).toBe('comment 205')
    expect(h.requests.filter((r) => r.operationId === 'issues/list-comments')).toHaveLength(3)

    const page2 = await octokit.rest.issues.listComments({
      owner,
      repo,
      issue_number: 1,
      per_page: 50,
      page: 2
    })
    const base = `${h.url}/repos/acme/ops/issues/1/comments?per_page=50&page=`
    expect(page2.headers.link).toBe(
      `<${base}1>; rel="prev", <${base}3>; rel="next", <${base}5>; rel="last", <${base}1>; rel="first"`
    )
    const defaultPage = await octokit.rest.issues.listComments({ owner, repo, issue_number: 1 })
    expect(defaultPage.data).toHaveLength(30)

    const since = await octokit.rest.issues.listComments({
      owner,
      repo,
      issue_number: 1,
      since: '2025-01-01T00:03:20Z'
    })
    expect(since.data.map((c) => c.body)).toEqual([
      'comment 201',
      'comment 202',
      'comment 203',
      'comment 204',
      'comment 205'
    ])
  })

  it('creates, reads and edits comments; edits keep the author and bump updated_at', async () => {
    const h = await start({ users: PEOPLE, issues: [{ title: 'incident' }] })
    const bot = client(h)
    const created = await bot.rest.issues.createComment({
      owner,
      repo,
      issue_number: 1,
      body: 'Triage: ...'
    })
    expect(created.status).toBe(201)
    expect(created.data.user).toMatchObject({ login: BOT_LOGIN, type: 'Bot' })
    const id = created.data.id

    h.clock.advance(5_000)
    const edited = await client(h, h.tokenFor('wes')).rest.issues.updateComment({
      owner,
      repo,
      comment_id: id,
      body: 'Triage (edited)'
    })
    expect(edited.data).toMatchObject({
      body: 'Triage (edited)',
      user: { login: BOT_LOGIN },
      created_at: '2025-01-01T00:00:00Z',
      updated_at: '2025-01-01T00:00:05Z'
    })
    const denied = await rejection(
      client(h, h.tokenFor('rita')).rest.issues.updateComment({
        owner,
        repo,
        comment_id: id,
        body: 'x'
      })
    )
    expect(denied.status).toBe(403)

    const got = await bot.rest.issues.getComment({ owner, repo, comment_id: id })
    expect(got.data.body).toBe('Triage (edited)')
    expect(h.state.issue('acme/ops', 1)?.updatedAt).toBe('2025-01-01T00:00:00Z')
    expect(
      (await rejection(bot.rest.issues.getComment({ owner, repo, comment_id: 42 }))).status
    ).toBe(404)
  })

  it('lets tests add human comments that the API and webhook payloads show alike', async () => {
    const h = await start({ users: PEOPLE, issues: [{ title: 'incident' }] })
    h.clock.advance(1_000)
    const json = h.comment({ issue: 1, user: 'alice', body: '/approve restart-service' })
    expect(componentValidator('issue-comment')(json)).toBe(true)
    expect(json).toMatchObject({
      user: { login: 'alice', type: 'User' },
      author_association: 'COLLABORATOR'
    })
    const { data } = await client(h).rest.issues.listComments({ owner, repo, issue_number: 1 })
    expect(data).toEqual([json])
    expect(h.state.issue('acme/ops', 1)?.updatedAt).toBe('2025-01-01T00:00:01Z')
  })

  it('refuses comments on a locked issue from users without write access', async () => {
    const h = await start({ users: PEOPLE, issues: [{ title: 'incident' }] })
    await client(h).rest.issues.lock({ owner, repo, issue_number: 1 })
    const locked = await rejection(
      client(h, h.tokenFor('rita')).rest.issues.createComment({
        owner,
        repo,
        issue_number: 1,
        body: 'hi'
      })
    )
    expect(locked).toMatchObject({ status: 403 })
  })
})

describe('github stand-in: labels and reactions', () => {
  it('creates labels once, reads them, adds (creating unknown ones) and removes them', async () => {
    const h = await start({
      issues: [{ title: 'incident', labels: ['incident'] }],
      labels: [{ name: 'sev1', color: 'b60205', description: 'Page now' }]
    })
    const octokit = client(h)
    const made = await octokit.rest.issues.createLabel({
      owner,
      repo,
      name: 'opsloop',
      color: '#0E8A16'
    })
    expect(made.status).toBe(201)
    expect(made.data).toMatchObject({ name: 'opsloop', color: '0e8a16', default: false })
    const dup = await rejection(octokit.rest.issues.createLabel({ owner, repo, name: 'OpsLoop' }))
    expect(dup.status).toBe(422)
    expect(dup.data).toMatchObject({
      message: 'Validation Failed',
      errors: [{ resource: 'Label', code: 'already_exists', field: 'name' }]
    })
    expect((await octokit.rest.issues.getLabel({ owner, repo, name: 'sev1' })).data).toMatchObject({
      color: 'b60205',
      description: 'Page now'
    })
    expect(
      (await rejection(octokit.rest.issues.getLabel({ owner, repo, name: 'nope' }))).status
    ).toBe(404)

    const added = await octokit.rest.issues.addLabels({
      owner,
      repo,
      issue_number: 1,
      labels: ['sev1', 'needs approval']
    })
    expect(added.data.map((l) => l.name)).toEqual(['incident', 'sev1', 'needs approval'])
    expect(h.state.label('acme/ops', 'needs approval')).toBeDefined()
    const removed = await octokit.rest.issues.removeLabel({
      owner,
      repo,
      issue_number: 1,
      name: 'needs approval'
    })
    expect(removed.data.map((l) => l.name)).toEqual(['incident', 'sev1'])
    const absent = await rejection(
      octokit.rest.issues.removeLabel({ owner, repo, issue_number: 1, name: 'ghost' })
    )
    expect(absent).toMatchObject({ status: 404, data: { message: 'Label does not exist' } })
  })

  it('answers 201 for a new reaction and 200 with the same reaction for a repeat', async () => {
    const h = await start({
      users: PEOPLE,
      issues: [{ title: 'incident', comments: [{ user: 'alice', body: '/approve' }] }]
    })
    const octokit = client(h)
    const commentId = h.state.comments[0]?.id ?? 0
    const first = await octokit.rest.reactions.createForIssueComment({
      owner,
      repo,
      comment_id: commentId,
      content: 'eyes'
    })
    const again = await octokit.rest.reactions.createForIssueComment({
      owner,
      repo,
      comment_id: commentId,
      content: 'eyes'
    })
    expect([first.status, again.status]).toEqual([201, 200])
    expect(again.data.id).toBe(first.data.id)
    const onIssue = await octokit.rest.reactions.createForIssue({
      owner,
      repo,
      issue_number: 1,
      content: 'rocket'
    })
    expect(onIssue.status).toBe(201)
    const comment = await octokit.rest.issues.getComment({ owner, repo, comment_id: commentId })
    expect(comment.data.reactions).toMatchObject({ total_count: 1, eyes: 1 })
  })
})

describe('github stand-in: identity and permissions', () => {
  it('reports permission levels as GitHub does (maintain as write, triage as read)', async () => {
    const h = await start({ users: PEOPLE })
    const octokit = client(h)
    const level = async (username: string): Promise<[string, string, string]> => {
      const { data } = await octokit.rest.repos.getCollaboratorPermissionLevel({
        owner,
        repo,
        username
      })
      return [data.permission, data.role_name, data.user?.type ?? '']
    }
    expect(await level('alice')).toEqual(['admin', 'admin', 'User'])
    expect(await level('mallory')).toEqual(['write', 'maintain', 'User'])
    expect(await level('wes')).toEqual(['write', 'write', 'User'])
    expect(await level('tria')).toEqual(['read', 'triage', 'User'])
    expect(await level('rita')).toEqual(['read', 'read', 'User'])
    expect(await level('ira')).toEqual(['write', 'incident-responder', 'User'])
    expect(await level('nobody')).toEqual(['none', 'none', 'User'])
    expect(await level('renovate[bot]')).toEqual(['write', 'write', 'Bot'])
    expect(await level(BOT_LOGIN)).toEqual(['write', 'write', 'Bot'])
    expect(
      (
        await rejection(
          octokit.rest.repos.getCollaboratorPermissionLevel({ owner, repo, username: 'ghost' })
        )
      ).status
    ).toBe(404)
  })

  it('answers 401 without a token or with an unknown one, and accepts Bearer tokens', async () => {
    const h = await start()
    const anonymous = await rejection(
      new Octokit({ baseUrl: h.url, log: quiet }).rest.repos.get({ owner, repo })
    )
    expect(anonymous).toMatchObject({ status: 401, data: { message: 'Requires authentication' } })
    const wrong = await rejection(client(h, 'ghp_wrong').rest.repos.get({ owner, repo }))
    expect(wrong).toMatchObject({ status: 401, data: { message: 'Bad credentials' } })
    const bearer = await fetch(`${h.url}/repos/acme/ops`, {
      headers: { authorization: `Bearer ${BOT_TOKEN}` }
    })
    expect(bearer.status).toBe(200)
    expect(h.requests.map((r) => [r.status, r.login])).toEqual([
      [401, undefined],
      [401, undefined],
      [200, BOT_LOGIN]
    ])
  })

  it('hides private repositories from strangers and refuses writes without push access', async () => {
    const h = await start({ users: PEOPLE })
    expect(
      (await rejection(client(h, h.tokenFor('nobody')).rest.repos.get({ owner, repo }))).status
    ).toBe(404)
    const triage = await rejection(
      client(h, h.tokenFor('tria')).rest.repos.createDispatchEvent({ owner, repo, event_type: 'x' })
    )
    expect(triage).toMatchObject({
      status: 403,
      data: { message: 'Resource not accessible by personal access token' }
    })
  })

  it('reads team membership with org access and fails without it', async () => {
    const h = await start({
      users: [
        { login: 'alice' },
        { login: 'bob' },
        { login: 'carol' },
        { login: 'app[bot]', type: 'Bot', orgAccess: 'granted' },
        { login: 'fine-grained', orgAccess: 'not-found' }
      ],
      teams: [
        {
          org: 'acme',
          slug: 'sre',
          members: ['alice', { login: 'bob', state: 'pending', role: 'maintainer' }]
        }
      ]
    })
    const app = client(h, h.tokenFor('app[bot]'))
    const membership = (octokit: Octokit, username: string) =>
      octokit.rest.teams.getMembershipForUserInOrg({ org: 'acme', team_slug: 'sre', username })
    expect((await membership(app, 'alice')).data).toMatchObject({ state: 'active', role: 'member' })
    expect((await membership(app, 'bob')).data).toMatchObject({
      state: 'pending',
      role: 'maintainer'
    })
    expect((await rejection(membership(app, 'carol'))).status).toBe(404)
    expect((await membership(client(h, h.tokenFor('alice')), 'alice')).status).toBe(200)
    const githubToken = await rejection(membership(client(h), 'alice'))
    expect(githubToken).toMatchObject({
      status: 403,
      data: { message: 'Resource not accessible by integration' }
    })
    expect(
      (await rejection(membership(client(h, h.tokenFor('fine-grained')), 'alice'))).status
    ).toBe(404)
  })
  it('lets the seed adjust the action bot, which stays a Bot with its token', async () => {
    const h = await start({
      users: [{ login: BOT_LOGIN, orgAccess: 'granted', roles: { 'acme/ops': 'read' } }],
      teams: [{ org: 'acme', slug: 'sre', members: ['alice'] }]
    })
    const octokit = client(h)
    const team = await octokit.rest.teams.getMembershipForUserInOrg({
      org: 'acme',
      team_slug: 'sre',
      username: 'alice'
    })
    expect(team.data.state).toBe('active')
    const level = await octokit.rest.repos.getCollaboratorPermissionLevel({
      owner,
      repo,
      username: BOT_LOGIN
    })
    expect(level.data).toMatchObject({ permission: 'read', user: { type: 'Bot' } })
  })
})

describe('github stand-in: repository and contents', () => {
  const SHA = 'a'.repeat(40)
  const seed: GitHubSeed = {
    repos: [
      {
        repo: 'acme/ops',
        defaultBranch: 'trunk',
        branches: { trunk: SHA },
        files: {
          [SHA]: {
            'runbooks/restart.yaml': 'id: restart\n',
            'runbooks/scale/up.yaml': 'id: up\n',
            'README.md': '# ops\n'
          },
          'feature-x': { 'runbooks/restart.yaml': 'id: restart\nrisk: high\n' }
        }
      }
    ]
  }

  it('serves files base64-encoded with their blob SHA at a branch, a commit SHA and the default branch', async () => {
    const h = await start(seed)
    const octokit = client(h)
    const atDefault = await octokit.rest.repos.getContent({
      owner,
      repo,
      path: 'runbooks/restart.yaml'
    })
    const atSha = await octokit.rest.repos.getContent({
      owner,
      repo,
      path: 'runbooks/restart.yaml',
      ref: SHA
    })
    const atBranch = await octokit.rest.repos.getContent({
      owner,
      repo,
      path: 'runbooks/restart.yaml',
      ref: 'feature-x'
    })
    for (const r of [atDefault, atSha]) {
      expect(r.data).toMatchObject({
        type: 'file',
        encoding: 'base64',
        // git hash-object of "id: restart\n"
        sha: 'bb6940245162d5c147935c0fe1786e1c122f4ba2',
        size: 12
      })
    }
    const decode = (data: unknown): string =>
      Buffer.from((data as { content: string }).content, 'base64').toString('utf8')
    expect(decode(atSha.data)).toBe('id: restart\n')
    expect(decode(atBranch.data)).toBe('id: restart\nrisk: high\n')

    const raw = await octokit.rest.repos.getContent({
      owner,
      repo,
      path: 'README.md',
      mediaType: { format: 'raw' }
    })
    expect(raw.data).toBe('# ops\n')
  })

  it('lists directories as arrays and answers 404 for missing paths and refs', async () => {
    const h = await start(seed)
    const octokit = client(h)
    const dir = await octokit.rest.repos.getContent({ owner, repo, path: 'runbooks' })
    expect(Array.isArray(dir.data)).toBe(true)
    expect((dir.data as { name: string; type: string }[]).map((e) => [e.name, e.type])).toEqual([
      ['restart.yaml', 'file'],
      ['scale', 'dir']
    ])
    expect(
      (await rejection(octokit.rest.repos.getContent({ owner, repo, path: 'nope.yaml' }))).status
    ).toBe(404)
    const badRef = await rejection(
      octokit.rest.repos.getContent({ owner, repo, path: 'README.md', ref: 'gone' })
    )
    expect(badRef).toMatchObject({
      status: 404,
      data: { message: 'No commit found for the ref gone' }
    })
  })

  it('describes the repository with its default branch', async () => {
    const h = await start(seed)
    const { data } = await client(h).rest.repos.get({ owner, repo })
    expect(data).toMatchObject({
      full_name: 'acme/ops',
      default_branch: 'trunk',
      private: true,
      permissions: { push: true, admin: false }
    })
  })
})

describe('github stand-in: deployments', () => {
  const MAIN_SHA = 'c'.repeat(40)
  const seed: GitHubSeed = {
    users: PEOPLE,
    deployments: [
      {
        environment: 'production',
        ref: 'main',
        createdAt: '2025-01-01T01:00:00Z',
        statuses: [
          { state: 'in_progress', createdAt: '2025-01-01T01:00:00Z' },
          { state: 'success', createdAt: '2025-01-01T01:05:00Z' }
        ]
      },
      {
        environment: 'staging',
        ref: 'feature-x',
        task: 'deploy:migrations',
        creator: 'wes',
        description: 'migrate orders',
        createdAt: '2025-01-01T02:00:00Z'
      },
      { environment: 'production', ref: MAIN_SHA, createdAt: '2025-01-01T03:00:00Z' },
      // Seeded out of order: listing sorts by creation, not by seed order.
      { environment: 'production', ref: 'main', createdAt: '2025-01-01T00:30:00.000Z' }
    ]
  }

  it('lists newest first with deterministic ids, filtered by environment, ref, sha and task', async () => {
    const h = await start(seed)
    const octokit = client(h)
    const list = async (params: Record<string, string> = {}): Promise<number[]> =>
      (await octokit.rest.repos.listDeployments({ owner, repo, ...params })).data.map((d) => d.id)

    expect(await list()).toEqual([1_200_000_003, 1_200_000_002, 1_200_000_001, 1_200_000_004])
    expect(await list({ environment: 'production' })).toEqual([
      1_200_000_003, 1_200_000_001, 1_200_000_004
    ])
    expect(await list({ ref: 'main' })).toEqual([1_200_000_001, 1_200_000_004])
    expect(await list({ sha: MAIN_SHA })).toEqual([1_200_000_003])
    expect(await list({ task: 'deploy:migrations' })).toEqual([1_200_000_002])
    expect(await list({ environment: 'staging', ref: 'main' })).toEqual([])

    const { data } = await octokit.rest.repos.listDeployments({ owner, repo })
    const [byRef, staging, first, backdated] = data
    expect(byRef).toMatchObject({ sha: MAIN_SHA, ref: MAIN_SHA, task: 'deploy' })
    expect(staging).toMatchObject({
      environment: 'staging',
      original_environment: 'staging',
      production_environment: false,
      description: 'migrate orders',
      creator: { login: 'wes', type: 'User' },
      statuses_url: `${h.url}/repos/acme/ops/deployments/1200000002/statuses`
    })
    // A status bumps updated_at; the SHA of a branch deployment is stable per deployment.
    expect(first).toMatchObject({
      environment: 'production',
      production_environment: true,
      creator: { login: BOT_LOGIN, type: 'Bot' },
      description: null,
      payload: {},
      created_at: '2025-01-01T01:00:00Z',
      updated_at: '2025-01-01T01:05:00Z'
    })
    expect(first?.sha).toMatch(/^[0-9a-f]{40}$/)
    expect(backdated?.sha).toMatch(/^[0-9a-f]{40}$/)
    expect(backdated?.sha).not.toBe(first?.sha)
    expect(backdated?.created_at).toBe('2025-01-01T00:30:00Z')
    for (const d of data) expect(componentValidator('deployment')(d)).toBe(true)
  })

  it('paginates with Link headers and adds deployments at run time', async () => {
    const h = await start(seed)
    const octokit = client(h)
    h.clock.advance(4 * 3_600_000)
    const id = h.addDeployment({ environment: 'production', ref: 'hotfix-1' })
    expect(id).toBe(1_200_000_005)

    const first = await octokit.rest.repos.listDeployments({ owner, repo, per_page: 2 })
    const base = `${h.url}/repos/acme/ops/deployments?per_page=2&page=`
    expect(first.headers.link).toBe(`<${base}2>; rel="next", <${base}3>; rel="last"`)
    expect(first.data[0]).toMatchObject({ id, ref: 'hotfix-1', created_at: '2025-01-01T04:00:00Z' })

    const all = await octokit.paginate(octokit.rest.repos.listDeployments, {
      owner,
      repo,
      per_page: 2
    })
    expect(all.map((d) => d.id)).toEqual([
      id,
      1_200_000_003,
      1_200_000_002,
      1_200_000_001,
      1_200_000_004
    ])
    expect(h.requests.filter((r) => r.operationId === 'repos/list-deployments')).toHaveLength(4)
  })

  it('lists statuses newest first and answers 404 for a deployment it does not have', async () => {
    const h = await start({
      users: PEOPLE,
      repos: [{ repo: 'acme/ops' }, { repo: 'acme/web', visibility: 'public' }],
      deployments: [
        {
          environment: 'production',
          ref: 'main',
          creator: 'alice',
          createdAt: '2025-01-01T01:00:00Z',
          statuses: [
            { state: 'queued' },
            {
              state: 'success',
              createdAt: '2025-01-01T01:05:00Z',
              description: 'Deployed',
              environmentUrl: 'https://shop.example.com',
              logUrl: 'https://github.com/acme/ops/actions/runs/42/job/7'
            },
            { state: 'in_progress', createdAt: '2025-01-01T01:01:00Z', creator: BOT_LOGIN }
          ]
        },
        {
          repo: 'acme/web',
          environment: 'production',
          ref: 'main',
          createdAt: '2025-01-01T00:00:00Z'
        }
      ]
    })
    const octokit = client(h)
    const deploymentId = 1_200_000_001
    const statuses = async () =>
      (
        await octokit.rest.repos.listDeploymentStatuses({
          owner,
          repo,
          deployment_id: deploymentId
        })
      ).data
    const seen = await statuses()
    expect(seen.map((s) => [s.id, s.state, s.created_at])).toEqual([
      [2_400_000_002, 'success', '2025-01-01T01:05:00Z'],
      [2_400_000_003, 'in_progress', '2025-01-01T01:01:00Z'],
      [2_400_000_001, 'queued', '2025-01-01T01:00:00Z']
    ])
    expect(seen[0]).toMatchObject({
      description: 'Deployed',
      environment: 'production',
      environment_url: 'https://shop.example.com',
      log_url: 'https://github.com/acme/ops/actions/runs/42/job/7',
      target_url: 'https://github.com/acme/ops/actions/runs/42/job/7',
      creator: { login: 'alice' },
      deployment_url: `${h.url}/repos/acme/ops/deployments/${deploymentId}`
    })
    // Without a log URL: the environment's activity log (GitHub's '' is not a valid uri).
    expect(seen[2]).toMatchObject({
      description: '',
      creator: { login: 'alice' },
      log_url: 'https://github.com/acme/ops/deployments/activity_log?environments_filter=production'
    })
    expect(seen[2]).not.toHaveProperty('environment_url')
    expect(seen[1]?.creator?.login).toBe(BOT_LOGIN)

    h.clock.advance(2 * 3_600_000)
    const inactive = h.addDeploymentStatus({ deploymentId, state: 'inactive' })
    expect((await statuses()).map((s) => s.id)).toEqual([
      inactive,
      2_400_000_002,
      2_400_000_003,
      2_400_000_001
    ])
    const paged = await octokit.paginate(octokit.rest.repos.listDeploymentStatuses, {
      owner,
      repo,
      deployment_id: deploymentId,
      per_page: 3
    })
    expect(paged.map((s) => s.state)).toEqual(['inactive', 'success', 'in_progress', 'queued'])
    const deployment = await octokit.rest.repos.listDeployments({ owner, repo })
    expect(deployment.data[0]?.updated_at).toBe('2025-01-01T02:00:00Z')

    const unknown = await rejection(
      octokit.rest.repos.listDeploymentStatuses({ owner, repo, deployment_id: 999 })
    )
    expect(unknown).toMatchObject({
      status: 404,
      data: {
        message: 'Not Found',
        documentation_url:
          'https://docs.github.com/rest/deployments/statuses#list-deployment-statuses'
      }
    })
    // A deployment id is found only under its own repository.
    const elsewhere = await rejection(
      octokit.rest.repos.listDeploymentStatuses({ owner, repo: 'web', deployment_id: deploymentId })
    )
    expect(elsewhere.status).toBe(404)
    expect(
      (
        await octokit.rest.repos.listDeploymentStatuses({
          owner,
          repo: 'web',
          deployment_id: 1_200_000_002
        })
      ).data
    ).toEqual([])
    expect(h.takeViolations()).toEqual([])
  })
})

describe('github stand-in: releases', () => {
  const seed: GitHubSeed = {
    users: PEOPLE,
    releases: [
      { tag: 'v1.0.0', name: 'One', body: 'First', createdAt: '2025-01-01T00:00:00Z' },
      {
        tag: 'v1.1.0',
        prerelease: true,
        author: 'wes',
        createdAt: '2025-01-02T00:00:00Z',
        publishedAt: '2025-01-02T06:00:00Z'
      },
      {
        tag: 'v1.2.0',
        draft: true,
        targetCommitish: 'release/1.2',
        createdAt: '2025-01-03T00:00:00Z',
        publishedAt: '2025-01-03T00:00:00Z'
      },
      { tag: 'release/0.9', createdAt: '2024-12-01T00:00:00.000Z' }
    ]
  }

  it('lists newest first; drafts only for users with push access', async () => {
    const h = await start(seed)
    const tags = async (octokit: Octokit): Promise<string[]> =>
      (await octokit.rest.repos.listReleases({ owner, repo })).data.map((r) => r.tag_name)
    expect(await tags(client(h))).toEqual(['v1.2.0', 'v1.1.0', 'v1.0.0', 'release/0.9'])
    expect(await tags(client(h, h.tokenFor('wes')))).toEqual([
      'v1.2.0',
      'v1.1.0',
      'v1.0.0',
      'release/0.9'
    ])
    for (const login of ['rita', 'tria']) {
      expect(await tags(client(h, h.tokenFor(login)))).toEqual(['v1.1.0', 'v1.0.0', 'release/0.9'])
    }

    const { data } = await client(h).rest.repos.listReleases({ owner, repo })
    const [draft, pre, one, old] = data
    expect(draft).toMatchObject({
      id: 180_000_003,
      draft: true,
      published_at: null,
      tarball_url: null,
      zipball_url: null,
      target_commitish: 'release/1.2',
      name: null,
      body: null
    })
    expect(draft?.html_url).toMatch(
      /^https:\/\/github\.com\/acme\/ops\/releases\/tag\/untagged-[0-9a-f]{20}$/
    )
    expect(pre).toMatchObject({
      prerelease: true,
      author: { login: 'wes' },
      created_at: '2025-01-02T00:00:00Z',
      published_at: '2025-01-02T06:00:00Z'
    })
    expect(one).toMatchObject({
      name: 'One',
      body: 'First',
      author: { login: BOT_LOGIN, type: 'Bot' },
      target_commitish: 'main',
      published_at: '2025-01-01T00:00:00Z',
      assets: [],
      url: `${h.url}/repos/acme/ops/releases/180000001`,
      html_url: 'https://github.com/acme/ops/releases/tag/v1.0.0',
      tarball_url: `${h.url}/repos/acme/ops/tarball/v1.0.0`
    })
    expect(old).toMatchObject({
      created_at: '2024-12-01T00:00:00Z',
      html_url: 'https://github.com/acme/ops/releases/tag/release/0.9'
    })
    for (const r of data) expect(componentValidator('release')(r)).toBe(true)
  })

  it('paginates with Link headers and adds releases at run time', async () => {
    const h = await start(seed)
    h.clock.advance(5 * 86_400_000)
    const id = h.addRelease({ tag: 'v1.2.1', name: 'Hotfix' })
    const octokit = client(h, h.tokenFor('rita'))
    const first = await octokit.rest.repos.listReleases({ owner, repo, per_page: 1 })
    const base = `${h.url}/repos/acme/ops/releases?per_page=1&page=`
    expect(first.headers.link).toBe(`<${base}2>; rel="next", <${base}4>; rel="last"`)
    expect(first.data[0]).toMatchObject({
      id,
      tag_name: 'v1.2.1',
      published_at: '2025-01-06T00:00:00Z'
    })
    const all = await octokit.paginate(octokit.rest.repos.listReleases, {
      owner,
      repo,
      per_page: 1
    })
    expect(all.map((r) => r.tag_name)).toEqual(['v1.2.1', 'v1.1.0', 'v1.0.0', 'release/0.9'])
  })
})

describe('github stand-in: pull requests', () => {
  const MAIN = 'd'.repeat(40)

  it('numbers pulls in the same sequence as issues, and counts open ones as open issues', async () => {
    const h = await start({
      issues: [{ title: 'issue one' }, { title: 'issue two' }],
      pulls: [{ title: 'pull three' }, { title: 'pull four', state: 'closed' }]
    })
    const octokit = client(h)
    const created = await octokit.rest.issues.create({ owner, repo, title: 'issue five' })
    expect(created.data.number).toBe(5)
    expect(h.addPull({ title: 'pull six' })).toBe(6)
    expect(
      (await octokit.rest.issues.create({ owner, repo, title: 'issue seven' })).data.number
    ).toBe(7)

    const all = await octokit.rest.pulls.list({ owner, repo, state: 'all' })
    expect(all.data.map((p) => [p.number, p.title, p.state])).toEqual([
      [6, 'pull six', 'open'],
      // Created at the same second: the later one first.
      [4, 'pull four', 'closed'],
      [3, 'pull three', 'open']
    ])
    expect(all.data.map((p) => p.id)).toEqual([2_100_000_003, 2_100_000_002, 2_100_000_001])
    expect(all.data[0]).toMatchObject({
      head: { ref: 'feature-6', label: 'acme:feature-6' },
      html_url: 'https://github.com/acme/ops/pull/6',
      issue_url: `${h.url}/repos/acme/ops/issues/6`
    })
    expect((await octokit.rest.pulls.list({ owner, repo })).data.map((p) => p.number)).toEqual([
      6, 3
    ])
    // Four open issues (1, 2, 5, 7) and two open pulls.
    expect((await octokit.rest.repos.get({ owner, repo })).data.open_issues_count).toBe(6)
  })

  it('shows merged pulls closed with merged_at, closed_at and a merge commit, with head and base', async () => {
    const h = await start({
      users: PEOPLE,
      repos: [{ repo: 'acme/ops', branches: { main: MAIN } }],
      labels: [{ name: 'deploy', color: '0e8a16', description: 'Ships to production' }],
      pulls: [
        {
          title: 'Raise the connection pool',
          body: 'Fixes timeouts',
          user: 'wes',
          head: 'pool-size',
          labels: ['deploy', 'db'],
          createdAt: '2025-01-01T08:00:00Z',
          mergedAt: '2025-01-01T09:00:00Z'
        },
        {
          title: 'Abandoned',
          state: 'closed',
          createdAt: '2025-01-01T07:00:00Z',
          closedAt: '2025-01-01T07:30:00Z'
        },
        {
          title: 'Squashed',
          createdAt: '2025-01-01T06:00:00Z',
          mergedAt: '2025-01-01T06:10:00Z',
          closedAt: '2025-01-01T06:10:00Z',
          updatedAt: '2025-01-01T06:20:00Z',
          mergeCommitSha: 'e'.repeat(40)
        }
      ]
    })
    const { data } = await client(h).rest.pulls.list({ owner, repo, state: 'closed' })
    const [merged, abandoned, squashed] = data
    expect(merged).toMatchObject({
      number: 1,
      state: 'closed',
      title: 'Raise the connection pool',
      body: 'Fixes timeouts',
      user: { login: 'wes' },
      author_association: 'COLLABORATOR',
      created_at: '2025-01-01T08:00:00Z',
      updated_at: '2025-01-01T09:00:00Z',
      closed_at: '2025-01-01T09:00:00Z',
      merged_at: '2025-01-01T09:00:00Z',
      draft: false,
      locked: false,
      auto_merge: null,
      head: { label: 'acme:pool-size', ref: 'pool-size', repo: { full_name: 'acme/ops' } },
      base: {
        label: 'acme:main',
        ref: 'main',
        sha: MAIN,
        user: { login: 'acme', type: 'Organization' },
        repo: { full_name: 'acme/ops', default_branch: 'main', private: true }
      },
      _links: {
        html: { href: 'https://github.com/acme/ops/pull/1' },
        self: { href: `${h.url}/repos/acme/ops/pulls/1` }
      }
    })
    expect(merged?.merge_commit_sha).toMatch(/^[0-9a-f]{40}$/)
    expect(merged?.head.sha).toMatch(/^[0-9a-f]{40}$/)
    expect(merged?.statuses_url).toBe(`${h.url}/repos/acme/ops/statuses/${merged?.head.sha}`)
    expect(merged?.labels.map((l) => [l.name, l.description])).toEqual([
      ['deploy', 'Ships to production'],
      ['db', '']
    ])
    expect(abandoned).toMatchObject({
      number: 2,
      state: 'closed',
      closed_at: '2025-01-01T07:30:00Z',
      updated_at: '2025-01-01T07:30:00Z',
      merged_at: null,
      merge_commit_sha: null
    })
    expect(squashed).toMatchObject({
      merged_at: '2025-01-01T06:10:00Z',
      updated_at: '2025-01-01T06:20:00Z',
      merge_commit_sha: 'e'.repeat(40)
    })
    for (const p of data) expect(componentValidator('pull-request-simple')(p)).toBe(true)
    expect(h.takeViolations()).toEqual([])
  })

  it("filters by head (owner:branch only, as GitHub) and base, and sorts with GitHub's default directions", async () => {
    const h = await start({
      pulls: [
        {
          title: 'a',
          head: 'fix-cpu',
          createdAt: '2025-01-01T01:00:00Z',
          updatedAt: '2025-01-01T05:00:00Z'
        },
        {
          title: 'b',
          base: 'release',
          createdAt: '2025-01-01T02:00:00Z',
          updatedAt: '2025-01-01T02:30:00Z'
        },
        {
          title: 'c',
          createdAt: '2025-01-01T03:00:00Z',
          updatedAt: '2025-01-01T04:00:00Z'
        },
        {
          title: 'd',
          head: 'fix-cpu',
          state: 'closed',
          createdAt: '2025-01-01T00:00:00Z'
        }
      ]
    })
    const octokit = client(h)
    const titles = async (params: Record<string, string>): Promise<string[]> =>
      (await octokit.rest.pulls.list({ owner, repo, ...params })).data.map((p) => p.title)

    expect(await titles({})).toEqual(['c', 'b', 'a'])
    expect(await titles({ head: 'acme:fix-cpu' })).toEqual(['a'])
    expect(await titles({ head: 'ACME:fix-cpu', state: 'all' })).toEqual(['a', 'd'])
    expect(await titles({ head: 'someone-else:fix-cpu' })).toEqual([])
    // A bare branch name is ignored, as GitHub ignores it.
    expect(await titles({ head: 'fix-cpu' })).toEqual(['c', 'b', 'a'])
    expect(await titles({ base: 'release' })).toEqual(['b'])
    expect(await titles({ base: 'main', state: 'all' })).toEqual(['c', 'a', 'd'])
    expect(await titles({ state: 'closed' })).toEqual(['d'])
    // desc by default only for `created`; any other sort defaults to asc.
    expect(await titles({ sort: 'created', direction: 'asc' })).toEqual(['a', 'b', 'c'])
    expect(await titles({ sort: 'updated' })).toEqual(['b', 'c', 'a'])
    expect(await titles({ sort: 'updated', direction: 'desc' })).toEqual(['a', 'c', 'b'])
    expect(await titles({ sort: 'popularity' })).toEqual(['a', 'b', 'c'])
    expect(await titles({ sort: 'long-running', direction: 'desc' })).toEqual(['c', 'b', 'a'])
  })

  it('paginates with Link headers', async () => {
    const h = await start({
      pulls: Array.from({ length: 5 }, (_, i) => ({
        title: `pull ${i + 1}`,
        createdAt: `2025-01-01T00:0${i}:00Z`
      }))
    })
    const octokit = client(h)
    const second = await octokit.rest.pulls.list({ owner, repo, per_page: 2, page: 2 })
    const base = `${h.url}/repos/acme/ops/pulls?per_page=2&page=`
    expect(second.headers.link).toBe(
      `<${base}1>; rel="prev", <${base}3>; rel="next", <${base}3>; rel="last", <${base}1>; rel="first"`
    )
    expect(second.data.map((p) => p.number)).toEqual([3, 2])
    const all = await octokit.paginate(octokit.rest.pulls.list, { owner, repo, per_page: 2 })
    expect(all.map((p) => p.number)).toEqual([5, 4, 3, 2, 1])
  })

  it('refuses a seed pull that is open yet closed or merged', async () => {
    await expect(
      startGitHub({ pulls: [{ title: 'x', state: 'open', mergedAt: '2025-01-01T00:00:00Z' }] })
    ).rejects.toThrow('seed pull acme/ops#1 is open but has closedAt or mergedAt')
  })
})

describe('github stand-in: recent changes in private repositories', () => {
  it('answers 404 to a token that cannot read the repository, on every list', async () => {
    const h = await start({
      users: PEOPLE,
      repos: [{ repo: 'acme/ops' }, { repo: 'acme/web', visibility: 'public' }],
      deployments: [
        { environment: 'production', ref: 'main', createdAt: '2025-01-01T00:00:00Z' },
        {
          repo: 'acme/web',
          environment: 'production',
          ref: 'main',
          createdAt: '2025-01-01T00:00:00Z'
        }
      ],
      releases: [
        { tag: 'v1', createdAt: '2025-01-01T00:00:00Z' },
        { repo: 'acme/web', tag: 'v2', createdAt: '2025-01-01T00:00:00Z' },
        { repo: 'acme/web', tag: 'v3', draft: true, createdAt: '2025-01-02T00:00:00Z' }
      ],
      pulls: [{ title: 'x' }, { repo: 'acme/web', title: 'y' }]
    })
    const stranger = client(h, h.tokenFor('nobody'))
    const calls = (name: string, deploymentId: number) =>
      [
        stranger.rest.repos.listDeployments({ owner, repo: name }),
        stranger.rest.repos.listDeploymentStatuses({
          owner,
          repo: name,
          deployment_id: deploymentId
        }),
        stranger.rest.repos.listReleases({ owner, repo: name }),
        stranger.rest.pulls.list({ owner, repo: name })
      ] as const
    for (const call of calls('ops', 1_200_000_001)) {
      expect(await rejection(call)).toMatchObject({ status: 404, data: { message: 'Not Found' } })
    }
    // A public repository is readable by anyone, drafts excepted.
    const [deployments, statuses, releases, pulls] = await Promise.all(calls('web', 1_200_000_002))
    expect(deployments.data.map((d) => d.id)).toEqual([1_200_000_002])
    expect(statuses.data).toEqual([])
    expect(releases.data.map((r) => r.tag_name)).toEqual(['v2'])
    expect(pulls.data.map((p) => p.title)).toEqual(['y'])
    expect(h.takeViolations()).toEqual([])
  })
})

describe('github stand-in: repository_dispatch', () => {
  it('records dispatches and rejects a long event_type or more than 10 payload keys', async () => {
    const h = await start()
    const octokit = client(h)
    const sent = await octokit.rest.repos.createDispatchEvent({
      owner,
      repo,
      event_type: 'aws-incident',
      client_payload: { event: { source: 'aws.cloudwatch' } }
    })
    expect(sent.status).toBe(204)
    expect(h.dispatches).toEqual([
      {
        repo: 'acme/ops',
        eventType: 'aws-incident',
        clientPayload: { event: { source: 'aws.cloudwatch' } },
        sender: BOT_LOGIN,
        at: '2025-01-01T00:00:00Z'
      }
    ])

    const long = await rejection(
      octokit.rest.repos.createDispatchEvent({ owner, repo, event_type: 'x'.repeat(101) })
    )
    expect(long.status).toBe(422)
    expect(long.message).toMatch(/For 'event_type', must NOT have more than 100 characters/)
    const keys = Object.fromEntries(Array.from({ length: 11 }, (_, i) => [`k${i}`, i]))
    const wide = await rejection(
      octokit.rest.repos.createDispatchEvent({ owner, repo, event_type: 'x', client_payload: keys })
    )
    expect(wide.status).toBe(422)
    expect(h.dispatches).toHaveLength(1)
    expect(h.takeViolations().map((v) => [v.where, v.pointer, v.message])).toEqual([
      ['request.body', '/event_type', 'must NOT have more than 100 characters'],
      ['request.body', '/client_payload', 'must NOT have more than 10 properties']
    ])
  })
})

describe('github stand-in: commits', () => {
  const sha = (digit: string): string => digit.repeat(40)
  const RETRIES =
    '@@ -1,3 +1,4 @@\n timeout: 30\n-retries: 3\n+retries: 5\n+backoff: 2\n port: 8080'
  const seed: GitHubSeed = {
    users: PEOPLE,
    repos: [
      {
        repo: 'acme/ops',
        branches: { 'release/1.2': sha('1') },
        files: {
          [sha('2')]: { 'config/app.yaml': 'timeout: 30\nretries: 5\nbackoff: 2\nport: 8080\n' }
        }
      }
    ],
    commits: [
      {
        sha: sha('1'),
        message: 'Initial import',
        date: '2025-01-01T00:00:00Z',
        files: [{ filename: 'README.md', status: 'added', patch: '@@ -0,0 +1 @@\n+# ops' }]
      },
      {
        sha: sha('2'),
        message: 'Raise retries',
        author: 'wes',
        date: '2025-01-01T01:00:00Z',
        files: [
          { filename: 'config/app.yaml', patch: RETRIES },
          {
            filename: 'src/db/pool.ts',
            status: 'renamed',
            previousFilename: 'src/pool.ts',
            patch: '@@ -1 +1 @@\n-const size = 10\n+const size = 20'
          },
          { filename: 'docs/old notes.md', status: 'removed' }
        ]
      }
    ]
  }

  it('reads a commit by full SHA, unique prefix and branch, with stats and files', async () => {
    const h = await start(seed)
    const octokit = client(h)
    const full = await octokit.rest.repos.getCommit({ owner, repo, ref: sha('2') })
    expect(full.data).toMatchObject({
      sha: sha('2'),
      url: `${h.url}/repos/acme/ops/commits/${sha('2')}`,
      html_url: `https://github.com/acme/ops/commit/${sha('2')}`,
      commit: {
        message: 'Raise retries',
        author: { name: 'wes', date: '2025-01-01T01:00:00Z' },
        verification: { verified: false, reason: 'unsigned' }
      },
      author: { login: 'wes', type: 'User' },
      parents: [{ sha: sha('1'), url: `${h.url}/repos/acme/ops/commits/${sha('1')}` }],
      stats: { additions: 3, deletions: 2, total: 5 }
    })
    expect(full.data.files).toEqual([
      {
        // git hash-object of the file as seeded at the commit.
        sha: 'a39db973bc51f49f9accb630835636c875b3de4d',
        filename: 'config/app.yaml',
        status: 'modified',
        additions: 2,
        deletions: 1,
        changes: 3,
        blob_url: `https://github.com/acme/ops/blob/${sha('2')}/config/app.yaml`,
        raw_url: `https://github.com/acme/ops/raw/${sha('2')}/config/app.yaml`,
        contents_url: `${h.url}/repos/acme/ops/contents/config/app.yaml?ref=${sha('2')}`,
        patch: RETRIES
      },
      expect.objectContaining({
        filename: 'src/db/pool.ts',
        status: 'renamed',
        previous_filename: 'src/pool.ts',
        additions: 1,
        deletions: 1
      }),
      expect.objectContaining({
        filename: 'docs/old notes.md',
        status: 'removed',
        changes: 0,
        blob_url: `https://github.com/acme/ops/blob/${sha('2')}/docs/old%20notes.md`
      })
    ])
    expect(full.data.files?.[2]).not.toHaveProperty('patch')

    const byPrefix = await octokit.rest.repos.getCommit({ owner, repo, ref: '1111111' })
    expect(byPrefix.data).toMatchObject({ sha: sha('1'), parents: [] })
    // Each added commit moved the default branch; `heads/` names the branch too.
    for (const ref of ['main', 'heads/main']) {
      expect((await octokit.rest.repos.getCommit({ owner, repo, ref })).data.sha).toBe(sha('2'))
    }
    // A branch name with `/`, encoded (as Octokit sends it) or not.
    const release = await octokit.rest.repos.getCommit({ owner, repo, ref: 'release/1.2' })
    expect(release.data.sha).toBe(sha('1'))
    const raw = await octokit.request('GET /repos/acme/ops/commits/release/1.2')
    expect((raw.data as { sha: string }).sha).toBe(sha('1'))
    const compared = await octokit.request('GET /repos/acme/ops/compare/release/1.2...main')
    expect((compared.data as { ahead_by: number }).ahead_by).toBe(1)
    const justSha = await octokit.rest.repos.getCommit({
      owner,
      repo,
      ref: 'main',
      mediaType: { format: 'sha' }
    })
    expect(justSha.data).toBe(sha('2'))

    // At run time too: the branch follows, and its files carry over to the new commit.
    h.clock.advance(3_600_000)
    const added = h.addCommit({ message: 'Tune pool', files: [{ filename: 'src/db/pool.ts' }] })
    const tip = await octokit.rest.repos.getCommit({ owner, repo, ref: 'main' })
    expect(tip.data).toMatchObject({
      sha: added,
      parents: [{ sha: sha('2') }],
      commit: { author: { name: BOT_LOGIN, date: '2025-01-01T01:00:00Z' } },
      author: { login: BOT_LOGIN, type: 'Bot' },
      stats: { additions: 0, deletions: 0, total: 0 }
    })
    const content = await octokit.rest.repos.getContent({ owner, repo, path: 'config/app.yaml' })
    expect(content.data).toMatchObject({ type: 'file', size: 45 })
  })

  it('answers 422 for a ref it cannot resolve and 404 for a repository it cannot see', async () => {
    const h = await start(seed)
    const octokit = client(h)
    for (const ref of [sha('9'), '111111', 'gone']) {
      expect(await rejection(octokit.rest.repos.getCommit({ owner, repo, ref }))).toMatchObject({
        status: 422,
        data: { message: `No commit found for SHA: ${ref}` }
      })
    }
    expect(
      await rejection(octokit.rest.repos.getCommit({ owner, repo: 'nope', ref: sha('1') }))
    ).toMatchObject({ status: 404, data: { message: 'Not Found' } })
    const stranger = client(h, h.tokenFor('nobody'))
    expect(
      (await rejection(stranger.rest.repos.getCommit({ owner, repo, ref: sha('1') }))).status
    ).toBe(404)
  })

  it('lists more than 300 files 300 a page, repeating the commit', async () => {
    const h = await start()
    const files = Array.from({ length: 310 }, (_, i) => ({
      filename: `gen/f${String(i).padStart(3, '0')}.ts`,
      status: 'added' as const,
      patch: '@@ -0,0 +1 @@\n+x'
    }))
    const added = h.addCommit({ message: 'Generate', files })
    const octokit = client(h)
    const first = await octokit.rest.repos.getCommit({ owner, repo, ref: added })
    expect(first.data.files).toHaveLength(300)
    expect(first.data.stats).toEqual({ additions: 310, deletions: 0, total: 310 })
    const base = `${h.url}/repos/acme/ops/commits/${added}?page=`
    expect(first.headers.link).toBe(`<${base}2>; rel="next", <${base}2>; rel="last"`)
    const second = await octokit.rest.repos.getCommit({ owner, repo, ref: added, page: 2 })
    expect(second.data.files?.map((f) => f.filename)).toEqual(
      files.slice(300).map((f) => f.filename)
    )
  })
})

describe('github stand-in: comparing commits', () => {
  const sha = (digit: string): string => digit.repeat(40)
  const patch = (line: string): string => `@@ -1 +1 @@\n-old\n+${line}`
  // c1 <- c2 <- c3 <- c4 <- c5 on main; c6 branches off c3 (a hotfix) and c7 merges c5 and c6.
  const linear: NonNullable<GitHubSeed['commits']> = [
    { sha: sha('1'), message: 'one', date: '2025-01-01T01:00:00Z' },
    {
      sha: sha('2'),
      message: 'two',
      date: '2025-01-01T02:00:00Z',
      files: [{ filename: 'app.ts', patch: patch('two') }]
    },
    {
      sha: sha('3'),
      message: 'three',
      date: '2025-01-01T03:00:00Z',
      files: [
        { filename: 'app.ts', patch: patch('three') },
        { filename: 'new.ts', status: 'added', patch: '@@ -0,0 +1,2 @@\n+a\n+b' }
      ]
    },
    {
      sha: sha('4'),
      message: 'four',
      author: 'wes',
      date: '2025-01-01T04:00:00Z',
      files: [{ filename: 'new.ts', patch: patch('four') }]
    },
    {
      sha: sha('5'),
      message: 'five',
      date: '2025-01-01T05:00:00Z',
      files: [{ filename: 'config.yaml', patch: patch('retries: 5') }]
    }
  ]
  const seed: GitHubSeed = {
    users: PEOPLE,
    commits: linear,
    deployments: [
      {
        environment: 'production',
        ref: 'main',
        sha: sha('2'),
        payload: { service: 'web' },
        createdAt: '2025-01-01T02:10:00Z'
      },
      {
        environment: 'production',
        ref: 'main',
        sha: sha('5'),
        payload: '{"service":"web"}',
        createdAt: '2025-01-01T05:10:00Z'
      }
    ]
  }

  it('lists the commits between two deployments oldest first, with their files and patches', async () => {
    const h = await start(seed)
    const octokit = client(h)
    const deployments = await octokit.rest.repos.listDeployments({ owner, repo })
    const [after, before] = deployments.data
    expect(before?.payload).toEqual({ service: 'web' })
    expect(after?.payload).toBe('{"service":"web"}')
    const basehead = `${before?.sha ?? ''}...${after?.sha ?? ''}`
    const { data } = await octokit.rest.repos.compareCommitsWithBasehead({ owner, repo, basehead })
    expect(data).toMatchObject({
      url: `${h.url}/repos/acme/ops/compare/${basehead}`,
      html_url: `https://github.com/acme/ops/compare/${basehead}`,
      permalink_url: `https://github.com/acme/ops/compare/acme:${sha('2')}...acme:${sha('5')}`,
      status: 'ahead',
      ahead_by: 3,
      behind_by: 0,
      total_commits: 3,
      base_commit: { sha: sha('2') },
      merge_base_commit: { sha: sha('2') }
    })
    expect(data.commits.map((c) => [c.sha, c.commit.message, c.author?.login])).toEqual([
      [sha('3'), 'three', BOT_LOGIN],
      [sha('4'), 'four', 'wes'],
      [sha('5'), 'five', BOT_LOGIN]
    ])
    // Listed commits carry no files; the comparison's files are the range's, one per file.
    expect(data.commits[0]).not.toHaveProperty('files')
    expect(
      data.files?.map((f) => [f.filename, f.status, f.additions, f.deletions, f.patch])
    ).toEqual([
      ['app.ts', 'modified', 1, 1, patch('three')],
      ['new.ts', 'added', 3, 1, `@@ -0,0 +1,2 @@\n+a\n+b\n${patch('four')}`],
      ['config.yaml', 'modified', 1, 1, patch('retries: 5')]
    ])
    expect(data.files?.[2]?.blob_url).toBe(
      `https://github.com/acme/ops/blob/${sha('5')}/config.yaml`
    )

    // Branches and prefixes name the sides too; the other way round is behind.
    const back = await octokit.rest.repos.compareCommitsWithBasehead({
      owner,
      repo,
      basehead: 'main...2222222'
    })
    expect(back.data).toMatchObject({
      status: 'behind',
      ahead_by: 0,
      behind_by: 3,
      total_commits: 0,
      commits: [],
      files: [],
      merge_base_commit: { sha: sha('2') }
    })
  })

  it('answers identical for the same commit and 404 for a side it does not know', async () => {
    const h = await start(seed)
    const octokit = client(h)
    const same = await octokit.rest.repos.compareCommitsWithBasehead({
      owner,
      repo,
      basehead: `main...${sha('5')}`
    })
    expect(same.data).toMatchObject({
      status: 'identical',
      ahead_by: 0,
      behind_by: 0,
      total_commits: 0,
      commits: [],
      files: []
    })
    for (const basehead of [`main...${sha('9')}`, 'gone...main', 'main', 'other:main...main']) {
      expect(
        await rejection(octokit.rest.repos.compareCommitsWithBasehead({ owner, repo, basehead }))
      ).toMatchObject({ status: 404, data: { message: 'Not Found' } })
    }
  })

  it('finds the merge base of diverged histories and orders a merge by date, parents first', async () => {
    const h = await start({
      commits: [
        ...linear,
        // Dated before c4 and c5 but branched from c3.
        {
          sha: sha('6'),
          message: 'hotfix',
          parents: [sha('3')],
          date: '2025-01-01T03:30:00Z',
          files: [{ filename: 'app.ts', patch: patch('hotfix') }]
        },
        {
          sha: sha('7'),
          message: 'merge hotfix',
          parents: [sha('5'), sha('6')],
          // A skewed clock: dated before its parent c5, listed after it all the same.
          date: '2025-01-01T04:30:00Z'
        }
      ]
    })
    const octokit = client(h)
    const diverged = await octokit.rest.repos.compareCommitsWithBasehead({
      owner,
      repo,
      basehead: `${sha('5')}...${sha('6')}`
    })
    expect(diverged.data).toMatchObject({
      status: 'diverged',
      ahead_by: 1,
      behind_by: 2,
      total_commits: 1,
      base_commit: { sha: sha('5') },
      merge_base_commit: { sha: sha('3') }
    })
    expect(diverged.data.commits.map((c) => c.sha)).toEqual([sha('6')])
    expect(diverged.data.files?.map((f) => f.patch)).toEqual([patch('hotfix')])

    const merged = await octokit.rest.repos.compareCommitsWithBasehead({
      owner,
      repo,
      basehead: `${sha('3')}...main`
    })
    expect(merged.data).toMatchObject({ status: 'ahead', ahead_by: 4, behind_by: 0 })
    expect(merged.data.commits.map((c) => c.commit.message)).toEqual([
      'hotfix',
      'four',
      'five',
      'merge hotfix'
    ])
    expect(merged.data.commits[3]?.parents.map((p) => p.sha)).toEqual([sha('5'), sha('6')])
  })

  it('paginates from the oldest with files on the first page; unpaged shows the latest 250', async () => {
    const h = await start()
    const first = h.addCommit({ message: 'base' })
    const shas: string[] = []
    for (let i = 1; i <= 260; i++) {
      h.clock.advance(60_000)
      shas.push(
        h.addCommit({
          message: `change ${i}`,
          files: [{ filename: `f${i % 3}.ts`, patch: `@@ -1 +1 @@\n-a\n+${i}` }]
        })
      )
    }
    const octokit = client(h)
    const basehead = `${first}...main`
    const page1 = await octokit.rest.repos.compareCommitsWithBasehead({
      owner,
      repo,
      basehead,
      per_page: 100
    })
    expect(page1.data.total_commits).toBe(260)
    expect(page1.data.commits.map((c) => c.sha)).toEqual(shas.slice(0, 100))
    expect(page1.data.files?.map((f) => f.filename)).toEqual(['f1.ts', 'f2.ts', 'f0.ts'])
    expect(page1.data.files?.[0]?.additions).toBe(87)
    const base = `${h.url}/repos/acme/ops/compare/${basehead}?per_page=100&page=`
    expect(page1.headers.link).toBe(`<${base}2>; rel="next", <${base}3>; rel="last"`)
    const page3 = await octokit.rest.repos.compareCommitsWithBasehead({
      owner,
      repo,
      basehead,
      per_page: 100,
      page: 3
    })
    expect(page3.data.commits.map((c) => c.sha)).toEqual(shas.slice(200))
    expect(page3.data).not.toHaveProperty('files')

    const unpaged = await octokit.rest.repos.compareCommitsWithBasehead({ owner, repo, basehead })
    expect(unpaged.data.total_commits).toBe(260)
    expect(unpaged.data.commits).toHaveLength(250)
    expect(unpaged.data.commits.at(-1)?.sha).toBe(shas.at(-1))
    expect(unpaged.headers.link).toBeUndefined()
  })
})

describe('github stand-in: workflow_dispatch', () => {
  const DEPLOY = [
    'name: Deploy',
    'on:',
    '  push:',
    '    branches: [main]',
    '  workflow_dispatch:',
    '    inputs:',
    '      environment:',
    '        type: choice',
    '        required: true',
    '        options: [staging, production]',
    '      version:',
    '        required: true',
    '      note:',
    '        required: true',
    '        default: none',
    '      dry_run:',
    '        type: boolean',
    '        default: false',
    'jobs:',
    '  deploy:',
    '    runs-on: ubuntu-latest',
    '    steps:',
    '      - run: echo deploying',
    ''
  ].join('\n')
  const seed: GitHubSeed = {
    users: [...PEOPLE, { login: 'reader[bot]', type: 'Bot', roles: { 'acme/ops': 'read' } }],
    repos: [
      {
        repo: 'acme/ops',
        branches: { 'release-1': 'e'.repeat(40) },
        files: {
          main: {
            '.github/workflows/deploy.yml': DEPLOY,
            '.github/workflows/manual.yaml': 'on: workflow_dispatch\njobs: {}\n',
            '.github/workflows/listed.yml': 'on: [push, workflow_dispatch]\njobs: {}\n',
            '.github/workflows/ci.yml': 'on: [push, pull_request]\njobs: {}\n'
          }
        }
      }
    ]
  }

  it('records accepted dispatches, and reports the run when asked', async () => {
    const h = await start(seed)
    const octokit = client(h)
    const sent = await octokit.rest.actions.createWorkflowDispatch({
      owner,
      repo,
      workflow_id: 'deploy.yml',
      ref: 'main',
      inputs: { environment: 'production', version: '1.2.3' }
    })
    expect(sent.status).toBe(204)
    expect(h.workflowDispatches).toEqual([
      {
        repo: 'acme/ops',
        workflow: 'deploy.yml',
        ref: 'main',
        inputs: { environment: 'production', version: '1.2.3' },
        actor: BOT_LOGIN,
        at: '2025-01-01T00:00:00Z',
        runId: 16_000_000_001
      }
    ])

    // `on` as a string or a list; a full branch ref, and another branch (files from main's).
    for (const [workflow_id, ref] of [
      ['manual.yaml', 'refs/heads/main'],
      ['listed.yml', 'release-1']
    ] as const) {
      const r = await octokit.rest.actions.createWorkflowDispatch({ owner, repo, workflow_id, ref })
      expect(r.status).toBe(204)
    }
    const wes = client(h, h.tokenFor('wes'))
    const detailed = await wes.rest.actions.createWorkflowDispatch({
      owner,
      repo,
      workflow_id: 'deploy.yml',
      ref: 'main',
      inputs: { environment: 'staging', version: '2', dry_run: 'true' },
      return_run_details: true
    })
    expect(detailed.status).toBe(200)
    expect(detailed.data).toEqual({
      workflow_run_id: 16_000_000_004,
      run_url: `${h.url}/repos/acme/ops/actions/runs/16000000004`,
      html_url: 'https://github.com/acme/ops/actions/runs/16000000004'
    })
    expect(h.workflowDispatches.map((d) => [d.workflow, d.ref, d.actor, d.runId])).toEqual([
      ['deploy.yml', 'main', BOT_LOGIN, 16_000_000_001],
      ['manual.yaml', 'refs/heads/main', BOT_LOGIN, 16_000_000_002],
      ['listed.yml', 'release-1', BOT_LOGIN, 16_000_000_003],
      ['deploy.yml', 'main', 'wes', 16_000_000_004]
    ])
  })

  it('rejects unknown workflows and refs, workflows without the trigger and bad inputs', async () => {
    const h = await start(seed)
    const octokit = client(h)
    const dispatch = (
      workflow_id: string | number,
      ref: string,
      inputs?: Record<string, unknown>
    ): Promise<{ status: number; message: string; data: unknown }> =>
      rejection(
        octokit.rest.actions.createWorkflowDispatch({ owner, repo, workflow_id, ref, inputs })
      )
    const valid = { environment: 'staging', version: '1' }

    for (const id of ['nope.yml', 12345]) {
      expect(await dispatch(id, 'main', valid)).toMatchObject({
        status: 404,
        data: { message: 'Not Found' }
      })
    }
    expect(await dispatch('deploy.yml', 'gone', valid)).toMatchObject({
      status: 422,
      data: { message: 'No ref found for: gone' }
    })
    expect(await dispatch('ci.yml', 'main')).toMatchObject({
      status: 422,
      data: { message: "Workflow does not have 'workflow_dispatch' trigger" }
    })
    expect(await dispatch('deploy.yml', 'main', { ...valid, colour: 'red' })).toMatchObject({
      status: 422,
      data: { message: 'Unexpected inputs provided: ["colour"]' }
    })
    // `note` is required too, but has a default.
    expect(await dispatch('deploy.yml', 'main', { environment: 'staging' })).toMatchObject({
      status: 422,
      data: { message: "Required input 'version' not provided" }
    })
    expect(
      await dispatch('deploy.yml', 'main', { environment: 'prod', version: '1' })
    ).toMatchObject({
      status: 422,
      data: { message: expect.stringMatching(/'prod'.*'environment'/) }
    })
    expect(h.workflowDispatches).toEqual([])
  })

  it('answers 403 to users and bots without write access, 404 to those who cannot read', async () => {
    const h = await start(seed)
    const call = (login: string) =>
      client(h, h.tokenFor(login)).rest.actions.createWorkflowDispatch({
        owner,
        repo,
        workflow_id: 'deploy.yml',
        ref: 'main',
        inputs: { environment: 'staging', version: '1' }
      })
    expect(await rejection(call('rita'))).toMatchObject({
      status: 403,
      data: { message: 'Resource not accessible by personal access token' }
    })
    expect(await rejection(call('reader[bot]'))).toMatchObject({
      status: 403,
      data: { message: 'Resource not accessible by integration' }
    })
    expect((await rejection(call('nobody'))).status).toBe(404)
    expect(h.workflowDispatches).toEqual([])
  })
})

describe('github stand-in: rate limits and faults', () => {
  it('sends rate-limit headers and answers 403 once the primary budget is spent, until reset', async () => {
    const h = await start({
      users: [{ login: 'alice', roles: { 'acme/ops': 'read' }, rateLimit: 2 }]
    })
    const octokit = client(h, h.tokenFor('alice'))
    const first = await octokit.rest.repos.get({ owner, repo })
    expect(first.headers).toMatchObject({
      'x-ratelimit-limit': '2',
      'x-ratelimit-remaining': '1',
      'x-ratelimit-used': '1',
      'x-ratelimit-reset': String(Date.parse('2025-01-01T01:00:00Z') / 1000),
      'x-ratelimit-resource': 'core'
    })
    expect((await octokit.rest.repos.get({ owner, repo })).headers['x-ratelimit-remaining']).toBe(
      '0'
    )
    const spent = await rejection(octokit.rest.repos.get({ owner, repo }))
    expect(spent.status).toBe(403)
    expect(spent.message).toMatch(/^API rate limit exceeded for user ID/)
    h.clock.advance(3_600_000)
    expect((await octokit.rest.repos.get({ owner, repo })).status).toBe(200)
    expect((await client(h).rest.repos.get({ owner, repo })).headers['x-ratelimit-limit']).toBe(
      '1000'
    )
  })

  it('fails matching requests with 502 and the retry plugin retries them', async () => {
    const h = await start({ issues: [{ title: 'incident' }] })
    h.faults.add({ operationId: 'issues/get', status: 502, times: 2 })
    const Retrying = Octokit.plugin(retry)
    const octokit = new Retrying({
      auth: BOT_TOKEN,
      baseUrl: h.url,
      log: quiet,
      retry: { retryAfterBaseValue: 1 }
    })
    const { data } = await octokit.rest.issues.get({ owner, repo, issue_number: 1 })
    expect(data.title).toBe('incident')
    expect(h.requests.map((r) => r.status)).toEqual([502, 502, 200])
    expect(h.faults.remaining).toBe(0)
  })

  it.each([403, 429])(
    'answers a secondary rate limit (%i) that the throttling plugin honours',
    async (status) => {
      const h = await start()
      h.faults.add({ method: 'GET', path: '/repos/{owner}/{repo}/issues', status, retryAfter: 1 })
      const waits: number[] = []
      const Throttled = Octokit.plugin(throttling)
      const octokit = new Throttled({
        auth: BOT_TOKEN,
        baseUrl: h.url,
        log: quiet,
        throttle: {
          retryAfterBaseValue: 1,
          onRateLimit: () => false,
          onSecondaryRateLimit: (retryAfter, _options, _octokit, retryCount) => {
            waits.push(retryAfter)
            return retryCount === 0
          }
        }
      })
      const { data } = await octokit.rest.issues.listForRepo({ owner, repo })
      expect(data).toEqual([])
      expect(waits).toEqual([1])
      expect(h.requests.map((r) => r.status)).toEqual([status, 200])
    }
  )

  it('matches faults by method and path pattern, and counts them down', async () => {
    const h = await start({ issues: [{ title: 'incident' }] })
    h.faults.add({
      method: 'POST',
      path: /\/comments$/,
      status: 503,
      message: 'Service Unavailable'
    })
    const octokit = client(h)
    await octokit.rest.issues.get({ owner, repo, issue_number: 1 })
    const failed = await rejection(
      octokit.rest.issues.createComment({ owner, repo, issue_number: 1, body: 'x' })
    )
    expect(failed).toMatchObject({ status: 503, data: { message: 'Service Unavailable' } })
    expect(
      (await octokit.rest.issues.createComment({ owner, repo, issue_number: 1, body: 'x' })).status
    ).toBe(201)
  })
})

describe('github stand-in: protocol checking against the OpenAPI description', () => {
  // A route typed as plain string lets octokit send parameters its types would refuse.
  const CREATE_ISSUE: string = 'POST /repos/{owner}/{repo}/issues'

  it('rejects a body field of the wrong type with 422 and records the field', async () => {
    const h = await start()
    const failed = await rejection(
      client(h).request(CREATE_ISSUE, { owner, repo, title: 'x', body: 42 })
    )
    expect(failed.status).toBe(422)
    expect(failed.message).toMatch(/For 'body', must be string\./)
    expect(h.takeViolations()).toEqual([
      {
        operationId: 'issues/create',
        method: 'POST',
        path: '/repos/acme/ops/issues',
        where: 'request.body',
        pointer: '/body',
        message: 'must be string'
      }
    ])
    expect(h.state.issues).toEqual([])
  })

  it('validates nullable schemas that have no type (OpenAPI 3.0) instead of waving them through', async () => {
    const h = await start()
    const octokit = client(h)
    // `milestone` is `{oneOf: [string, integer], nullable: true}`: null passes, true does not.
    await octokit.request(CREATE_ISSUE, {
      owner,
      repo,
      title: 'ok',
      milestone: null
    })
    const bad = await rejection(
      octokit.request(CREATE_ISSUE, {
        owner,
        repo,
        title: 'x',
        milestone: true
      })
    )
    expect(bad.status).toBe(422)
    expect(h.takeViolations().map((v) => v.pointer)).toContain('/milestone')
  })

  it('records wrong query and path parameter types, missing bodies and unserved routes', async () => {
    const h = await start({ issues: [{ title: 'incident' }] })
    const get = (path: string): Promise<Response> =>
      fetch(`${h.url}${path}`, { headers: { authorization: `token ${BOT_TOKEN}` } })
    expect((await get('/repos/acme/ops/issues?per_page=many')).status).toBe(422)
    expect((await get('/repos/acme/ops/issues?state=opened')).status).toBe(422)
    expect((await get('/repos/acme/ops/issues/first')).status).toBe(404)
    expect((await get('/repos/acme/ops/commits')).status).toBe(404)
    expect((await get('/repos/acme/ops/issues/comments')).status).toBe(404)
    expect((await get('/repos/acme/ops/incidents')).status).toBe(404)
    const noBody = await fetch(`${h.url}/repos/acme/ops/issues`, {
      method: 'POST',
      headers: { authorization: `token ${BOT_TOKEN}` }
    })
    expect(noBody.status).toBe(400)
    expect(h.takeViolations().map((v) => [v.where, v.pointer, v.message])).toEqual([
      ['request.query', '/per_page', 'must be integer'],
      [
        'request.query',
        '/state',
        'must be equal to one of the allowed values: ["open","closed","all"]'
      ],
      ['request.path', '/issue_number', 'must be integer'],
      [
        'route',
        '/',
        "repos/list-commits is in GitHub's description but not served by the stand-in"
      ],
      [
        'route',
        '/',
        "issues/list-comments-for-repo is in GitHub's description but not served by the stand-in"
      ],
      ['route', '/', "no operation in GitHub's description matches GET /repos/acme/ops/incidents"],
      ['request.body', '/', 'a JSON body is required']
    ])
  })

  it("records responses that break the description's schema as stand-in bugs", async () => {
    const h = await start({ issues: [{ title: 'incident' }] })
    const issue = h.state.issue('acme/ops', 1)
    if (!issue) throw new Error('seeded issue missing')
    // Corrupt the store the way a stand-in bug would: an unknown enum value, a bad timestamp.
    issue.stateReason = 'resolved' as typeof issue.stateReason
    issue.closedAt = 'yesterday'
    await client(h).rest.issues.get({ owner, repo, issue_number: 1 })
    expect(h.takeViolations().map((v) => [v.operationId, v.where, v.pointer, v.message])).toEqual([
      [
        'issues/get',
        'response',
        '/state_reason',
        expect.stringMatching(/^must be equal to one of the allowed values/)
      ],
      ['issues/get', 'response', '/closed_at', 'must match format "date-time"']
    ])
    expect(() => {
      h.violations.push({
        operationId: 'x',
        method: 'GET',
        path: '/x',
        where: 'response',
        pointer: '/',
        message: 'demo'
      })
      h.assertNoViolations()
    }).toThrow(/1 protocol violation\(s\):\nGET \/x \(x\) response \/: demo/)
  })
})
