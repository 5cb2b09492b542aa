// The GitHub stand-in's way to open a draft pull request that adds files on a new branch, driven
// through the real @octokit/rest client: reading a branch's ref (`git/get-ref`), creating a
// branch (`git/create-ref`), committing files on it (`repos/create-or-update-file-contents`),
// opening the pull request (`pulls/create`) and finding it in `pulls/list`, with GitHub's answers
// to refs, SHAs and pulls it refuses, and to tokens without push access.
import { afterEach, describe, expect, it } from '@jest/globals'
import { Octokit } from '@octokit/rest'
import {
  BOT_LOGIN,
  BOT_TOKEN,
  startGitHub,
  type GitHubHandle,
  type GitHubSeed
} from '../../harness/standins/github/index.js'
import { blobSha, fakeSha, type Repo } from '../../harness/standins/github/state.js'

const owner = 'acme'
const repo = 'ops'
const quiet = {
  debug: () => undefined,
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined
}

const PEOPLE: NonNullable<GitHubSeed['users']> = [
  { login: 'wes', roles: { 'acme/ops': 'write' } },
  { login: 'rita', roles: { 'acme/ops': 'read' } },
  { login: 'nobody' }
]

/** `main` at a commit the history holds, with two files. */
const MAIN = 'a'.repeat(40)
const README = '# ops\n'
const RESTART = 'id: restart\nrisk: low\n'
const SEED: GitHubSeed = {
  users: PEOPLE,
  repos: [
    {
      repo: 'acme/ops',
      branches: { main: MAIN },
      files: { [MAIN]: { 'README.md': README, 'runbooks/restart.yaml': RESTART } }
    }
  ],
  commits: [{ sha: MAIN, message: 'Initial commit', parents: [] }]
}

const BRANCH = 'opsloop/runbook-disk-full'
const RUNBOOK = 'id: disk-full\nrisk: medium\nsteps:\n  - journalctl --vacuum-size=500M\n'
const NOTES = '# Disk full\n\nWhy this runbook exists.'

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

async function start(seed: GitHubSeed = SEED): Promise<GitHubHandle> {
  gh = await startGitHub(seed)
  return gh
}

function client(handle: GitHubHandle, token = BOT_TOKEN): Octokit {
  return new Octokit({ auth: token, baseUrl: handle.url, log: quiet })
}

/** What the call was rejected with, for asserting on status and GitHub's body. */
async function rejection(call: Promise<unknown>): Promise<{ status: number; data: unknown }> {
  try {
    await call
  } catch (e) {
    const error = e as { status: number; response?: { data: unknown } }
    return { status: error.status, data: error.response?.data }
  }
  throw new Error('expected the request to fail')
}

const base64 = (text: string): string => Buffer.from(text, 'utf8').toString('base64')
const decode = (data: unknown): string =>
  Buffer.from((data as { content: string }).content, 'base64').toString('utf8')

function repoOf(h: GitHubHandle): Repo {
  const found = h.state.repo(owner, repo)
  if (!found) throw new Error('seeded repository missing')
  return found
}

/** Creates BRANCH at main and puts the runbook and its notes on it; returns both commits. */
async function branchWithFiles(octokit: Octokit, from = MAIN): Promise<[string, string]> {
  await octokit.rest.git.createRef({ owner, repo, ref: `refs/heads/${BRANCH}`, sha: from })
  const put = async (path: string, text: string, message: string): Promise<string> => {
    const { data } = await octokit.rest.repos.createOrUpdateFileContents({
      owner,
      repo,
      path,
      message,
      content: base64(text),
      branch: BRANCH
    })
    return data.commit.sha ?? ''
  }
  return [
    await put('runbooks/disk-full.yaml', RUNBOOK, 'Add the disk-full runbook'),
    await put('docs/runbooks/disk-full.md', NOTES, 'Document the disk-full runbook')
  ]
}

describe('github stand-in: a draft pull request adding files on a new branch', () => {
  it('reads main, branches from it, commits two files, opens a draft and lists it', async () => {
    const h = await start({ ...SEED, issues: [{ title: 'Disk full on web-1' }] })
    const octokit = client(h)

    const main = await octokit.rest.git.getRef({ owner, repo, ref: 'heads/main' })
    expect(main.status).toBe(200)
    expect(main.data).toEqual({
      ref: 'refs/heads/main',
      node_id: expect.any(String),
      url: `${h.url}/repos/acme/ops/git/refs/heads/main`,
      object: { type: 'commit', sha: MAIN, url: `${h.url}/repos/acme/ops/git/commits/${MAIN}` }
    })

    const created = await octokit.rest.git.createRef({
      owner,
      repo,
      ref: `refs/heads/${BRANCH}`,
      sha: main.data.object.sha
    })
    expect(created.status).toBe(201)
    expect(created.headers.location).toBe(`${h.url}/repos/acme/ops/git/refs/heads/${BRANCH}`)
    expect(created.data).toMatchObject({ ref: `refs/heads/${BRANCH}`, object: { sha: MAIN } })
    expect(repoOf(h).branches.get(BRANCH)).toBe(MAIN)

    h.clock.advance(60_000)
    const first = await octokit.rest.repos.createOrUpdateFileContents({
      owner,
      repo,
      path: 'runbooks/disk-full.yaml',
      message: 'Add the disk-full runbook',
      content: base64(RUNBOOK),
      branch: BRANCH
    })
    expect(first.status).toBe(201)
    expect(first.data.content).toMatchObject({
      type: 'file',
      name: 'disk-full.yaml',
      path: 'runbooks/disk-full.yaml',
      sha: blobSha(RUNBOOK),
      size: Buffer.byteLength(RUNBOOK),
      url: `${h.url}/repos/acme/ops/contents/runbooks/disk-full.yaml?ref=${encodeURIComponent(BRANCH)}`,
      html_url: `https://github.com/acme/ops/blob/${BRANCH}/runbooks/disk-full.yaml`
    })
    const firstSha = first.data.commit.sha ?? ''
    expect(firstSha).toMatch(/^[0-9a-f]{40}$/)
    expect(first.data.commit).toMatchObject({
      message: 'Add the disk-full runbook',
      url: `${h.url}/repos/acme/ops/git/commits/${firstSha}`,
      html_url: `https://github.com/acme/ops/commit/${firstSha}`,
      author: {
        name: BOT_LOGIN,
        email: `41898282+${BOT_LOGIN}@users.noreply.github.com`,
        date: '2025-01-01T00:01:00Z'
      },
      parents: [{ sha: MAIN }]
    })

    const second = await octokit.rest.repos.createOrUpdateFileContents({
      owner,
      repo,
      path: 'docs/runbooks/disk-full.md',
      message: 'Document the disk-full runbook',
      content: base64(NOTES),
      branch: BRANCH
    })
    expect(second.status).toBe(201)
    const secondSha = second.data.commit.sha ?? ''
    expect(second.data.commit.parents).toEqual([
      expect.objectContaining({ sha: firstSha }) as unknown
    ])
    const tip = await octokit.rest.git.getRef({ owner, repo, ref: `heads/${BRANCH}` })
    expect(tip.data.object.sha).toBe(secondSha)
    // main did not move.
    expect(
      (await octokit.rest.git.getRef({ owner, repo, ref: 'heads/main' })).data.object.sha
    ).toBe(MAIN)

    const pull = await octokit.rest.pulls.create({
      owner,
      repo,
      title: 'Runbook: disk full',
      head: BRANCH,
      base: 'main',
      body: 'Proposed by OpsLoop after incident #1.',
      draft: true
    })
    expect(pull.status).toBe(201)
    // Numbered with the issues: the seeded issue is #1.
    expect(pull.headers.location).toBe(`${h.url}/repos/acme/ops/pulls/2`)
    expect(pull.data).toMatchObject({
      number: 2,
      state: 'open',
      draft: true,
      title: 'Runbook: disk full',
      body: 'Proposed by OpsLoop after incident #1.',
      user: { login: BOT_LOGIN, type: 'Bot' },
      head: { ref: BRANCH, label: `acme:${BRANCH}`, sha: secondSha },
      base: { ref: 'main', label: 'acme:main', sha: MAIN },
      merged: false,
      mergeable: null,
      mergeable_state: 'unknown',
      merged_by: null,
      commits: 2,
      additions: 7,
      deletions: 0,
      changed_files: 2,
      created_at: '2025-01-01T00:01:00Z'
    })

    const listed = await octokit.rest.pulls.list({ owner, repo, head: `acme:${BRANCH}` })
    expect(listed.data.map((p) => [p.number, p.draft, p.head.sha, p.base.ref])).toEqual([
      [2, true, secondSha, 'main']
    ])

    // At the branch: the new files and the parent's; at main, only the parent's.
    const at = (path: string, ref?: string) =>
      octokit.rest.repos.getContent({ owner, repo, path, ...(ref ? { ref } : {}) })
    expect(decode((await at('runbooks/disk-full.yaml', BRANCH)).data)).toBe(RUNBOOK)
    expect(decode((await at('docs/runbooks/disk-full.md', BRANCH)).data)).toBe(NOTES)
    expect(decode((await at('README.md', BRANCH)).data)).toBe(README)
    expect(decode((await at('runbooks/restart.yaml', BRANCH)).data)).toBe(RESTART)
    expect((await rejection(at('runbooks/disk-full.yaml'))).status).toBe(404)
    expect((await rejection(at('runbooks/disk-full.yaml', 'main'))).status).toBe(404)
    expect(decode((await at('README.md', 'main')).data)).toBe(README)

    // What a test reads from the store.
    const store = repoOf(h)
    expect(store.branches.get(BRANCH)).toBe(secondSha)
    expect(store.branches.get('main')).toBe(MAIN)
    expect(h.state.filesAt(store, BRANCH)?.get('runbooks/disk-full.yaml')).toBe(RUNBOOK)
    expect(h.state.filesAt(store, 'main')?.has('runbooks/disk-full.yaml')).toBe(false)
    expect(h.state.commits.map((c) => [c.sha, c.parents, c.author])).toEqual([
      [MAIN, [], BOT_LOGIN],
      [firstSha, [MAIN], BOT_LOGIN],
      [secondSha, [firstSha], BOT_LOGIN]
    ])
    expect(h.state.pulls).toEqual([
      expect.objectContaining({
        number: 2,
        draft: true,
        head: BRANCH,
        headSha: secondSha,
        base: 'main',
        baseSha: MAIN,
        user: BOT_LOGIN
      })
    ])
  })

  it('shows the commits with their patches in get-commit and compare', async () => {
    const h = await start()
    const octokit = client(h)
    const [first, second] = await branchWithFiles(octokit)
    const commit = await octokit.rest.repos.getCommit({ owner, repo, ref: first })
    expect(commit.data.files).toEqual([
      expect.objectContaining({
        filename: 'runbooks/disk-full.yaml',
        status: 'added',
        additions: 4,
        deletions: 0,
        sha: blobSha(RUNBOOK),
        patch:
          '@@ -0,0 +1,4 @@\n+id: disk-full\n+risk: medium\n+steps:\n+  - journalctl --vacuum-size=500M'
      }) as unknown
    ])
    const notes = await octokit.rest.repos.getCommit({ owner, repo, ref: second })
    expect(notes.data.files?.[0]?.patch).toBe(
      '@@ -0,0 +1,3 @@\n+# Disk full\n+\n+Why this runbook exists.\n\\ No newline at end of file'
    )
    const compared = await octokit.rest.repos.compareCommitsWithBasehead({
      owner,
      repo,
      basehead: `main...${BRANCH}`
    })
    expect(compared.data).toMatchObject({ status: 'ahead', ahead_by: 2, behind_by: 0 })
    expect(compared.data.commits.map((c) => c.sha)).toEqual([first, second])
  })

  it('updates a file given its blob SHA (200) and refuses a missing or stale one', async () => {
    const h = await start()
    const octokit = client(h)
    await octokit.rest.git.createRef({ owner, repo, ref: 'refs/heads/tune', sha: MAIN })
    // `branch: null` leaves it out.
    const update = (sha: string | undefined, branch: string | null = 'tune') =>
      octokit.rest.repos.createOrUpdateFileContents({
        owner,
        repo,
        path: 'runbooks/restart.yaml',
        message: 'Raise the risk',
        content: base64('id: restart\nrisk: high\n'),
        ...(sha === undefined ? {} : { sha }),
        ...(branch === null ? {} : { branch })
      })

    expect(await rejection(update(undefined))).toEqual({
      status: 422,
      data: expect.objectContaining({
        message: 'Invalid request.\n\n"sha" wasn\'t supplied.'
      }) as unknown
    })
    const stale = blobSha('id: restart\n')
    expect(await rejection(update(stale))).toEqual({
      status: 409,
      data: expect.objectContaining({
        message: `runbooks/restart.yaml does not match ${stale}`
      }) as unknown
    })
    // The branch is checked before the SHA.
    expect(await rejection(update(stale, 'nope'))).toEqual({
      status: 404,
      data: expect.objectContaining({ message: 'Branch nope not found' }) as unknown
    })
    expect(h.state.commits).toHaveLength(1)

    const updated = await update(blobSha(RESTART))
    expect(updated.status).toBe(200)
    expect(updated.data.content?.sha).toBe(blobSha('id: restart\nrisk: high\n'))
    const commit = await octokit.rest.repos.getCommit({ owner, repo, ref: 'tune' })
    expect(commit.data.files).toEqual([
      expect.objectContaining({
        filename: 'runbooks/restart.yaml',
        status: 'modified',
        additions: 1,
        deletions: 1,
        patch: '@@ -1,2 +1,2 @@\n id: restart\n-risk: low\n+risk: high'
      }) as unknown
    ])

    // Without `branch`: a commit on the default branch, which moves.
    const onMain = await update(blobSha(RESTART), null)
    expect(onMain.status).toBe(200)
    expect(repoOf(h).branches.get('main')).toBe(onMain.data.commit.sha)
    expect(onMain.data.commit.parents?.map((p) => p.sha)).toEqual([MAIN])

    // For a new file a `sha` is ignored, as GitHub ignores it.
    const fresh = await octokit.rest.repos.createOrUpdateFileContents({
      owner,
      repo,
      path: 'NEW.md',
      message: 'New',
      content: base64('new\n'),
      sha: stale,
      branch: 'tune'
    })
    expect(fresh.status).toBe(201)
    const notBase64 = await rejection(
      octokit.rest.repos.createOrUpdateFileContents({
        owner,
        repo,
        path: 'BAD.md',
        message: 'Bad',
        content: 'not base64!',
        branch: 'tune'
      })
    )
    expect(notBase64).toEqual({
      status: 422,
      data: expect.objectContaining({ message: 'content is not valid Base64' }) as unknown
    })
  })

  it('branches from a default branch that has files but no recorded commit', async () => {
    const h = await start({
      users: PEOPLE,
      repos: [{ repo: 'acme/ops', files: { main: { 'README.md': README } } }]
    })
    const octokit = client(h)
    const main = await octokit.rest.git.getRef({ owner, repo, ref: 'heads/main' })
    // A stable SHA, the one seeded pulls show for the branch.
    expect(main.data.object.sha).toBe(fakeSha('acme/ops', 'branch', 'main'))
    const [, tip] = await branchWithFiles(octokit, main.data.object.sha)
    const readme = await octokit.rest.repos.getContent({
      owner,
      repo,
      path: 'README.md',
      ref: BRANCH
    })
    expect(decode(readme.data)).toBe(README)
    const pull = await octokit.rest.pulls.create({
      owner,
      repo,
      title: 'Runbook',
      head: `acme:${BRANCH}`,
      base: 'main'
    })
    expect(pull.data).toMatchObject({
      draft: false,
      commits: 2,
      changed_files: 2,
      head: { sha: tip },
      base: { sha: main.data.object.sha }
    })
    // A seeded commit continues main's line, not the branch's.
    const next = h.addCommit({ message: 'Tune pool' })
    expect(h.state.commits.find((c) => c.sha === next)?.parents).toEqual([])
    expect(repoOf(h).branches.get(BRANCH)).toBe(tip)
  })
})

describe('github stand-in: refs GitHub refuses', () => {
  it('answers 404 for a ref that is not heads/<existing branch>', async () => {
    const h = await start()
    const octokit = client(h)
    for (const ref of ['heads/nope', 'main', 'refs/heads/main', 'tags/v1.0.0', 'heads/mai']) {
      expect(await rejection(octokit.rest.git.getRef({ owner, repo, ref }))).toEqual({
        status: 404,
        data: expect.objectContaining({ message: 'Not Found' }) as unknown
      })
    }
  })

  it("refuses existing branches, unknown objects and names GitHub's rules reject", async () => {
    const h = await start()
    const octokit = client(h)
    const create = (ref: string, sha = MAIN) =>
      octokit.rest.git.createRef({ owner, repo, ref, sha })
    const cases: [string, string, string][] = [
      ['refs/heads/main', MAIN, 'Reference already exists'],
      ['refs/heads/new', 'b'.repeat(40), 'Object does not exist'],
      ['refs/heads/new', MAIN.slice(0, 7), 'Object does not exist'],
      ['heads/new', MAIN, "Reference name must start with 'refs/'."],
      ['new', MAIN, "Reference name must start with 'refs/'."],
      ['refs/new', MAIN, 'Reference name must contain at least three slash-separated components.'],
      ['refs/heads/', MAIN, 'refs/heads/ is not a valid ref name.'],
      ['refs/heads/a..b', MAIN, 'refs/heads/a..b is not a valid ref name.'],
      ['refs/heads/with space', MAIN, 'refs/heads/with space is not a valid ref name.'],
      ['refs/heads/x.lock', MAIN, 'refs/heads/x.lock is not a valid ref name.']
    ]
    for (const [ref, sha, message] of cases) {
      expect([ref, await rejection(create(ref, sha))]).toEqual([
        ref,
        { status: 422, data: expect.objectContaining({ message }) as unknown }
      ])
    }
    expect([...repoOf(h).branches.keys()]).toEqual(['main'])
    // A branch created once exists the second time.
    expect((await create('refs/heads/once')).status).toBe(201)
    expect((await rejection(create('refs/heads/once'))).status).toBe(422)
  })
})

describe('github stand-in: pull requests GitHub refuses', () => {
  const failed = (errors: Record<string, string>[]) => ({
    status: 422,
    data: expect.objectContaining({ message: 'Validation Failed', errors }) as unknown
  })

  it('refuses a missing head or base, no commits between them, and a second open pull', async () => {
    const h = await start({
      ...SEED,
      // A closed pull for the same branches does not block a new one.
      pulls: [{ title: 'Earlier try', head: BRANCH, state: 'closed' }]
    })
    const octokit = client(h)
    // `title: null` leaves it out.
    const create = (head: string, base = 'main', title: string | null = 'Runbook') =>
      octokit.rest.pulls.create({ owner, repo, head, base, ...(title === null ? {} : { title }) })

    expect(await rejection(create(BRANCH))).toEqual(
      failed([{ resource: 'PullRequest', field: 'head', code: 'invalid' }])
    )
    expect(await rejection(create('main', 'nope'))).toEqual(
      failed([{ resource: 'PullRequest', field: 'base', code: 'invalid' }])
    )
    expect(await rejection(create('main'))).toEqual(
      failed([
        { resource: 'PullRequest', code: 'custom', message: 'No commits between main and main' }
      ])
    )
    await octokit.rest.git.createRef({ owner, repo, ref: 'refs/heads/empty', sha: MAIN })
    expect(await rejection(create('empty'))).toEqual(
      failed([
        { resource: 'PullRequest', code: 'custom', message: 'No commits between main and empty' }
      ])
    )

    await branchWithFiles(octokit)
    // Another owner's branch would be a fork's; the stand-in has none.
    expect(await rejection(create(`someone:${BRANCH}`))).toEqual(
      failed([{ resource: 'PullRequest', field: 'head', code: 'invalid' }])
    )
    expect(await rejection(create(BRANCH, 'main', null))).toEqual(
      failed([{ resource: 'PullRequest', field: 'title', code: 'missing_field' }])
    )
    expect((await create(BRANCH)).data.number).toBe(2)
    expect(await rejection(create(BRANCH))).toEqual(
      failed([
        {
          resource: 'PullRequest',
          code: 'custom',
          message: `A pull request already exists for acme:${BRANCH}.`
        }
      ])
    )
    expect(h.state.pulls.map((p) => [p.number, p.state, p.draft])).toEqual([
      [1, 'closed', false],
      [2, 'open', false]
    ])
    const open = await octokit.rest.pulls.list({ owner, repo })
    expect(open.data.map((p) => p.number)).toEqual([2])
  })
})

describe('github stand-in: push access for branches, files and pulls', () => {
  it('lets a read-only user read a ref but not write; strangers see nothing', async () => {
    const h = await start()
    await branchWithFiles(client(h))
    // Each started only when awaited, so no refusal goes unhandled meanwhile.
    const attempts = (octokit: Octokit): (() => Promise<unknown>)[] => [
      () => octokit.rest.git.createRef({ owner, repo, ref: 'refs/heads/mine', sha: MAIN }),
      () =>
        octokit.rest.repos.createOrUpdateFileContents({
          owner,
          repo,
          path: 'runbooks/mine.yaml',
          message: 'Mine',
          content: base64('id: mine\n'),
          branch: BRANCH
        }),
      () => octokit.rest.pulls.create({ owner, repo, title: 'Mine', head: BRANCH, base: 'main' })
    ]

    const reader = client(h, h.tokenFor('rita'))
    // Reading a ref takes read access, as on GitHub.
    const ref = await reader.rest.git.getRef({ owner, repo, ref: `heads/${BRANCH}` })
    expect(ref.status).toBe(200)
    for (const attempt of attempts(reader)) {
      expect(await rejection(attempt())).toEqual({
        status: 403,
        data: expect.objectContaining({
          message: 'Resource not accessible by personal access token'
        }) as unknown
      })
    }

    const stranger = client(h, h.tokenFor('nobody'))
    const read = () => stranger.rest.git.getRef({ owner, repo, ref: 'heads/main' })
    for (const attempt of [read, ...attempts(stranger)]) {
      expect(await rejection(attempt())).toEqual({
        status: 404,
        data: expect.objectContaining({ message: 'Not Found' }) as unknown
      })
    }

    // Nothing changed: the branch and commits the bot made, no pull.
    expect([...repoOf(h).branches.keys()]).toEqual(['main', BRANCH])
    expect(h.state.commits).toHaveLength(3)
    expect(h.state.pulls).toEqual([])

    // A user with write access may do all of it.
    const writer = client(h, h.tokenFor('wes'))
    for (const attempt of attempts(writer).slice(0, 2)) {
      expect(((await attempt()) as { status: number }).status).toBe(201)
    }
    const pull = await writer.rest.pulls.create({
      owner,
      repo,
      title: 'Mine',
      head: BRANCH,
      base: 'main'
    })
    expect(pull.data).toMatchObject({ user: { login: 'wes' }, commits: 3 })
  })

  it('answers the action bot without push access as an integration', async () => {
    const h = await start({
      ...SEED,
      users: [{ login: BOT_LOGIN, roles: { 'acme/ops': 'read' } }]
    })
    const octokit = client(h)
    expect((await octokit.rest.git.getRef({ owner, repo, ref: 'heads/main' })).status).toBe(200)
    expect(
      await rejection(octokit.rest.git.createRef({ owner, repo, ref: 'refs/heads/x', sha: MAIN }))
    ).toEqual({
      status: 403,
      data: expect.objectContaining({
        message: 'Resource not accessible by integration'
      }) as unknown
    })
  })
})
