// What a deployment shipped, read through the real Octokit client from the GitHub stand-in: the
// environment's previous successful deployment found by its status (a failed one is passed
// over), the commits between the two through the compare API (the newest ones when a build has
// more than a page), each commit's files and patches, bounded in requests and characters.
import { afterEach, describe, expect, it } from '@jest/globals'
import { createGitHubClient } from '../../src/adapters/github/client.js'
import {
  BUILD_REQUESTS,
  COMMITS_PER_BUILD,
  githubChanges
} from '../../src/adapters/github/changes.js'
import type { Change } from '../../src/context/ports.js'
import { BOT_TOKEN, startGitHub, type GitHubHandle } from '../../harness/standins/github/index.js'

const NOW = Date.parse('2026-06-01T12:00:00Z')
const at = (minutesBefore: number): string => new Date(NOW - minutesBefore * 60_000).toISOString()
const repo = { owner: 'acme', repo: 'ops' }

let github: GitHubHandle | undefined
afterEach(async () => {
  await github?.close()
  github = undefined
})

async function start(): Promise<GitHubHandle> {
  github = await startGitHub({ now: () => new Date(NOW) })
  return github
}

const client = (gh: GitHubHandle) =>
  createGitHubClient({ token: BOT_TOKEN, baseUrl: gh.url, throttleId: 'changes', waitScale: 0 })

/** A linear history of `n` commits after `base`, each touching its own file. */
function history(gh: GitHubHandle, base: string, n: number): string[] {
  const shas: string[] = []
  let parent = base
  for (let i = 0; i < n; i++) {
    parent = gh.addCommit({
      message: `change ${i}`,
      date: at(500 - i),
      parents: [parent],
      files: [{ filename: `src/file-${i}.ts`, patch: `@@ -1 +1 @@\n-old ${i}\n+new ${i}` }]
    })
    shas.push(parent)
  }
  return shas
}

/** The deployments: a good one of `good`, a failed one of `failed`, then the one of `head`. */
async function deployments(
  gh: GitHubHandle,
  good: string,
  failed: string | undefined,
  head: string
) {
  gh.addDeployment({
    environment: 'production',
    ref: 'main',
    sha: good,
    createdAt: at(900),
    statuses: [{ state: 'success' }]
  })
  if (failed)
    gh.addDeployment({
      environment: 'production',
      ref: 'main',
      sha: failed,
      createdAt: at(300),
      statuses: [{ state: 'failure' }]
    })
  gh.addDeployment({
    environment: 'staging',
    ref: 'main',
    sha: failed ?? good,
    createdAt: at(200),
    statuses: [{ state: 'success' }]
  })
  gh.addDeployment({
    environment: 'production',
    ref: 'main',
    sha: head,
    payload: { service: 'checkout' },
    createdAt: at(30),
    statuses: [{ state: 'success', createdAt: at(25) }]
  })
  const [listed] = await githubChanges(client(gh)).list('deployment', repo, NOW - 3_600_000, NOW)
  return listed as Change
}

describe('the build contents of a deployment', () => {
  it('reads the commits since the previous successful deployment of the environment, with their patches', async () => {
    const gh = await start()
    const base = gh.addCommit({ message: 'base', date: at(1000), parents: [] })
    const shas = history(gh, base, 4)
    const deployment = await deployments(gh, base, shas[1], shas[3] ?? '')
    // The deployment names its service, its finish and its id.
    expect(deployment).toMatchObject({ service: 'checkout', state: 'success', sha: shas[3] })
    expect(deployment.finishedAt).toBe(Date.parse(at(25)))
    const before = gh.requests.length
    const build = await githubChanges(client(gh)).build?.(repo, deployment)
    // The failed deployment of shas[1] is not the previous good one: the build goes back to base.
    expect(build?.previousSha).toBe(base)
    expect(build?.commits.map((c) => c.sha)).toEqual(shas)
    expect(build?.commits[2]).toMatchObject({
      message: 'change 2',
      files: [{ path: 'src/file-2.ts', status: 'modified', patch: '@@ -1 +1 @@\n-old 2\n+new 2' }]
    })
    expect(build?.truncated).toBeUndefined()
    const used = gh.requests.slice(before)
    expect(used.length).toBeLessThanOrEqual(BUILD_REQUESTS)
    expect(used.map((r) => r.operationId)).toContain('repos/compare-commits-with-basehead')
    gh.assertNoViolations()
  })

  it('keeps the newest commits of a build longer than a page, and says so', async () => {
    const gh = await start()
    const base = gh.addCommit({ message: 'base', date: at(1000), parents: [] })
    const shas = history(gh, base, 130)
    const deployment = await deployments(gh, base, undefined, shas.at(-1) ?? '')
    const before = gh.requests.length
    const build = await githubChanges(client(gh)).build?.(repo, deployment)
    expect(build?.commits.map((c) => c.sha)).toEqual(shas.slice(-COMMITS_PER_BUILD))
    expect(build?.truncated).toBe(`130 commits shipped; the newest ${COMMITS_PER_BUILD} were read`)
    expect(gh.requests.length - before).toBeLessThanOrEqual(BUILD_REQUESTS)
    gh.assertNoViolations()
  })

  it('without an earlier successful deployment, reads the head commit alone; long patches end at a line', async () => {
    const gh = await start()
    const long = Array.from({ length: 400 }, (_, i) => `+line ${i} ${'x'.repeat(20)}`).join('\n')
    const head = gh.addCommit({
      message: 'first release',
      date: at(60),
      parents: [],
      files: [{ filename: 'src/big.ts', status: 'added', patch: `@@ -0,0 +1,400 @@\n${long}` }]
    })
    gh.addDeployment({ environment: 'production', ref: 'main', sha: head, createdAt: at(30) })
    const [deployment] = await githubChanges(client(gh)).list(
      'deployment',
      repo,
      NOW - 3_600_000,
      NOW
    )
    const build = await githubChanges(client(gh)).build?.(repo, deployment as Change)
    expect(build?.previousSha).toBeUndefined()
    expect(build?.commits.map((c) => c.sha)).toEqual([head])
    const patch = build?.commits[0]?.files[0]?.patch ?? ''
    expect(patch.length).toBeLessThanOrEqual(4_000)
    expect(patch.length).toBeGreaterThan(3_000)
    expect(`${long}\n`).toContain(`${patch.split('\n').slice(1).join('\n')}\n`)
    gh.assertNoViolations()
  })
})
