// A flood of commands from people without access, end to end: each comment becomes the payload
// GitHub would send (rendered by the GitHub stand-in, checked against GitHub's description), the
// `decide` job's `if:` is read from remediation.yml and evaluated by GitHub's own expression engine
// (@actions/expressions), and only when it passes does the approve sub-action run, in process,
// against the stand-ins. An outsider's 500 commands start no job and cost OpsLoop no request, so
// an incident delivered during the flood still opens its issue. An organization member without
// write access passes the pre-filter: OpsLoop asks GitHub for the permission, notes once per
// person per issue, then stays silent, at a fixed small cost per comment. And the comment job
// never waits for a spent rate limit to reset: it fails at once, in one line.
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { parse } from 'yaml'
import { compileIf } from '../helpers/workflow-if.js'
import type { ActionRun } from '../../harness/action-bundle.js'
import { runActionInProcess } from '../../harness/action-in-process.js'
import { BOT_LOGIN } from '../../harness/standins/github/index.js'
import { startStandIns, type StandIns } from '../../harness/standins/index.js'

jest.setTimeout(180_000)
const REPO = 'acme/ops'
let standIns: StandIns

beforeAll(async () => {
  standIns = await startStandIns({
    github: {
      // The real time: rate-limit resets are then as far away as on GitHub.
      now: () => new Date(),
      users: [
        { login: 'alice', roles: { [REPO]: 'write' } },
        // No role at all: author_association NONE.
        { login: 'mallory' },
        // Members of the organization that owns the repository, who may only read it.
        { login: 'mona', roles: { [REPO]: 'read' } },
        { login: 'nick', roles: { [REPO]: 'read' } }
      ],
      teams: [{ org: 'acme', slug: 'observers', members: ['mona', 'nick'] }]
    }
  })
  for (const id of ['i-0aaaaaaaaaaaaaaa1', 'i-0aaaaaaaaaaaaaaa2'])
    standIns.ssm.registerInstance({ instanceId: id, tags: { Role: 'checkout-web' } })
})

afterAll(async () => {
  standIns.github.assertNoViolations()
  await standIns.stop()
})

/** The decide job's `if:` from remediation.yml, as GitHub evaluates it for an issue_comment. */
const decideIf = compileIf(
  (
    parse(readFileSync('.github/workflows/remediation.yml', 'utf8')) as {
      jobs: { decide: { if: string } }
    }
  ).jobs.decide.if,
  'issue_comment'
)

/** An AWS incident as EventBridge delivers it: the checkout alarm under another name. */
async function intake(alarm: string): Promise<ActionRun> {
  const payload = JSON.parse(
    readFileSync('test/fixtures/dispatch/checkout-web-5xx-with-context.json', 'utf8')
  ) as {
    event: { id: string; time: string; resources: string[]; detail: { alarmName: string } }
  }
  payload.event.id = `evt-${alarm}`
  payload.event.time = new Date(Date.now() - 60_000).toISOString()
  payload.event.resources = [`arn:aws:cloudwatch:eu-west-1:111122223333:alarm:${alarm}`]
  payload.event.detail.alarmName = alarm
  return runActionInProcess({
    env: { ...standIns.env, GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567' },
    eventName: 'repository_dispatch',
    webhook: { action: 'aws-incident', client_payload: payload },
    command: 'intake'
  })
}

/** A person comments on github.com; returns the `issue_comment` payload GitHub sends for it. */
function commentOn(issue: number, user: string, body: string): object {
  const { render, state } = standIns.github
  const comment = standIns.github.comment({ issue, user, body })
  const stored = state.issue(REPO, issue)
  if (!stored) throw new Error(`no issue ${issue}`)
  return { action: 'created', issue: render.issue(stored), comment, sender: render.user(user) }
}

/** The workflow run for the payload: the approve sub-action runs only if the `if:` lets it. */
async function workflowRun(event: object, runtime = {}): Promise<ActionRun | undefined> {
  if (!decideIf(event)) return undefined
  return runActionInProcess({
    env: standIns.env,
    eventName: 'issue_comment',
    webhook: event,
    command: 'comment',
    runtime
  })
}

const requestsByOpsLoop = () => standIns.github.requests.filter((r) => r.login === BOT_LOGIN)
const comments = (issue: number) => standIns.github.state.commentsOf(REPO, issue)
const opsloopComments = (issue: number) => comments(issue).filter((c) => c.user === BOT_LOGIN)

const COMMANDS = (digest: string) => [
  `/approve ${digest.slice(0, 12)}`,
  '/dry-run',
  '/cancel',
  '/reject no',
  '/set service=nginx',
  '/retriage',
  '/approve',
  '/approve zz'
]

let first = 0
let second = 0
/** The plan digests of the first issue and of the second. */
let digest = ''
let secondDigest = ''

describe('a flood of commands from an outsider', () => {
  it('starts no job and costs no request, and an incident during the flood opens its issue', async () => {
    const opened = await intake('checkout-web-target-5xx')
    expect(opened.outputs.action).toBe('created')
    first = Number(opened.outputs['issue-number'])
    digest = opened.outputs['plan-digest'] ?? ''
    expect(digest).toMatch(/^[0-9a-f]{64}$/)

    const commands = COMMANDS(digest)
    // Every request anyone makes to the GitHub stand-in (posting the comments goes to its store).
    const before = standIns.github.requests.length
    let started = 0
    let intakeRequests = 0
    for (let i = 0; i < 500; i++) {
      if (i === 250) {
        // A new incident arrives halfway through: the budget is untouched, so nothing waits.
        const during = standIns.github.requests.length
        const run = await intake('checkout-api-target-5xx')
        expect(run.code).toBe(0)
        expect(run.outputs.action).toBe('created')
        second = Number(run.outputs['issue-number'])
        secondDigest = run.outputs['plan-digest'] ?? ''
        expect(standIns.github.state.issue(REPO, second)?.title).toContain(
          'checkout-api-target-5xx'
        )
        intakeRequests = standIns.github.requests.length - during
      }
      const event = commentOn(first, 'mallory', commands[i % commands.length] ?? '/approve')
      if (i === 0) {
        // What stops it is who mallory is: the same comment by a member would start the job.
        const { comment } = event as { comment: { author_association: string } }
        expect(comment.author_association).toBe('NONE')
        expect(decideIf({ ...event, comment: { ...comment, author_association: 'MEMBER' } })).toBe(
          true
        )
      }
      const run = await workflowRun(event)
      if (run) started++
    }
    expect(started).toBe(0)
    // Before the filter each such comment cost a runner and 2 to 3 requests or more (the issue's
    // snapshot, one per 100 comments; mallory's permission; a reply); now only the intake spent any.
    expect(standIns.github.requests.length - before).toBe(intakeRequests)
    expect(intakeRequests).toBeLessThanOrEqual(12)
    expect(opsloopComments(first)).toHaveLength(1) // the intake's record, and no reply
    expect(comments(first)).toHaveLength(501)
  })
})

describe('a member of the organization without write access', () => {
  /** The requests one comment costs OpsLoop, with the job's run. */
  async function costOf(issue: number, user: string, body: string) {
    const event = commentOn(issue, user, body)
    const before = requestsByOpsLoop().length
    const run = await workflowRun(event)
    return { run, requests: requestsByOpsLoop().length - before }
  }

  it('passes the pre-filter, is checked live, and gets one short note per issue, then silence', async () => {
    const commands = COMMANDS(secondDigest)
    const costs: number[] = []
    for (let i = 0; i < 40; i++) {
      const { run, requests } = await costOf(
        second,
        'mona',
        commands[i % commands.length] ?? '/approve'
      )
      // MEMBER passes the workflow's filter: the job runs and asks GitHub.
      expect(run).toMatchObject({ code: 0, outputs: { approved: 'false', replan: 'false' } })
      costs.push(requests)
    }
    const notes = opsloopComments(second).filter((c) => c.body.includes('@mona'))
    expect(notes).toHaveLength(1)
    expect(notes[0]?.body).toBe(
      '❌ Not counted: mona has only `read` permission on this repository, but approving needs `write` or `admin`; ask someone with write access.\n\n_Every OpsLoop command needs write access: this is the only note @mona gets on this issue, and later commands from them go unanswered._'
    )
    // Per comment: the permission (REST) and the issue's snapshot (one GraphQL request while
    // the issue has at most 100 comments, one more per further 100); the first adds the note.
    expect(costs).toEqual([3, ...Array<number>(39).fill(2)])

    // Per person: nick gets his own note, once.
    expect((await costOf(second, 'nick', '/dry-run')).requests).toBe(3)
    expect((await costOf(second, 'nick', '/dry-run')).requests).toBe(2)
    expect(opsloopComments(second).filter((c) => c.body.includes('@nick'))).toHaveLength(1)
    expect(opsloopComments(second).at(-1)?.body).toMatch(
      /^❌ Not counted: nick has only `read` permission on this repository, but a dry run needs `write` or `admin`/
    )

    // Per issue: mona's first command on the flooded issue gets a note there too. Its 501
    // comments take 6 snapshot pages: the bound grows by one request per 100 comments.
    expect((await costOf(first, 'mona', '/cancel')).requests).toBe(1 + 6 + 1)
    expect((await costOf(first, 'mona', '/cancel')).requests).toBe(1 + 6)
  })

  it('leaves a writer every reply: a dry run for alice, at the same cost as before', async () => {
    const { run, requests } = await costOf(second, 'alice', '/dry-run')
    expect(run?.code).toBe(0)
    expect(opsloopComments(second).at(-1)?.body).toContain(
      `🧪 Dry run of plan \`${secondDigest.slice(0, 12)}\``
    )
    // Permission, snapshot, reply: the approval policy reuses the permission it already has.
    expect(requests).toBe(3)
  })
})

describe('the comment job and a spent rate limit', () => {
  const approve = () => commentOn(second, 'alice', `/approve ${secondDigest.slice(0, 12)}`)

  it('fails at once, in one line, when the REST budget is spent (403), and never waits', async () => {
    standIns.github.exhaustRateLimit(BOT_LOGIN)
    const before = standIns.github.requests.length
    // GitHub's real waits: a retry would wait for the reset, an hour away, and this test would
    // time out; it ends, after one refused request.
    const run = await workflowRun(approve(), { githubWaitScale: 1 })
    expect(run?.code).toBe(1)
    const failure = /::error::(.*)/.exec(run?.stdout ?? '')?.[1] ?? ''
    expect(failure).toMatch(
      /^GitHub's API rate limit for this token is used up until \d\d:\d\d UTC, so the command was not read and nothing changed; post it again after that\./
    )
    // One request, refused; no retry.
    const made = standIns.github.requests.slice(before)
    expect(made.map((r) => [r.operationId, r.status])).toEqual([
      ['repos/get-collaborator-permission-level', 403]
    ])
    expect(run?.stdout).toMatch(/GitHub primary rate limit on GET .*; giving up/)
  })

  it('fails at once when GraphQL’s budget is spent, or GitHub answers 429', async () => {
    // After the reset, REST works again; GraphQL's budget (separate) is spent now.
    standIns.github.clock.advance(3_601_000)
    standIns.github.exhaustRateLimit(BOT_LOGIN, 'graphql')
    const graphql = await workflowRun(approve(), { githubWaitScale: 1 })
    expect(graphql?.code).toBe(1)
    expect(graphql?.stdout).toMatch(/::error::GitHub's API rate limit for this token is used up/)

    standIns.github.clock.advance(3_601_000)
    standIns.github.faults.add({
      operationId: 'repos/get-collaborator-permission-level',
      status: 429,
      primary: true
    })
    const before = standIns.github.requests.length
    const limited = await workflowRun(approve(), { githubWaitScale: 1 })
    expect(limited?.code).toBe(1)
    expect(limited?.stdout).toMatch(/::error::GitHub's API rate limit for this token is used up/)
    expect(standIns.github.requests.length - before).toBe(1)

    // And once the budget is back, the same command is answered.
    const approved = await workflowRun(approve())
    expect(approved?.outputs.approved).toBe('true')
  })
})
