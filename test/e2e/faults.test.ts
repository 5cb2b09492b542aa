// Faults at the GitHub and SSM edges, and a delivery storm, through the commands the action runs
// (intake, comment, remediate) with their real adapters: Octokit with its retry and throttling
// plugins and the AWS SDK, against the stand-ins. One virtual clock drives SSM, GitHub timestamps
// and the remediation's waits, so nothing waits in real time for long.
import { CloudWatchClient } from '@aws-sdk/client-cloudwatch'
import { SSMClient } from '@aws-sdk/client-ssm'
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { commentCommand } from '../../src/flows/comment.js'
import { intakeCommand } from '../../src/flows/intake.js'
import { remediateCommand, type RemediateResult } from '../../src/flows/remediate.js'
import { ssmRunner } from '../../src/adapters/aws/ssm.js'
import { ssmRunHistory } from '../../src/adapters/aws/ssm-history.js'
import { createGitHubClient } from '../../src/adapters/github/client.js'
import { githubIncidentIssues } from '../../src/adapters/github/incident-issues.js'
import { githubIssueThread } from '../../src/adapters/github/issue-thread.js'
import { ssmInstanceDirectory } from '../../src/adapters/aws/ssm-instances.js'
import { readOccurrences } from '../../src/issue/occurrences.js'
import { awsFor, virtualClock } from '../helpers/flows.js'
import { RECORDS } from '../helpers/records.js'
import { rulesProvider } from '../../src/triage/rules.js'
import type { CatalogRunbook } from '../../src/triage/types.js'
import { cloudWatchAlarms } from '../../src/adapters/aws/alarms.js'
import { starterCatalog, withRoomyLimits } from '../helpers/catalog.js'
import { guardFleet } from '../helpers/guards.js'
import { scriptedExecutor } from '../../harness/standins/aws/executors.js'
import { BOT_TOKEN } from '../../harness/standins/github/index.js'
import { startStandIns, type StandIns } from '../../harness/standins/index.js'

jest.setTimeout(60_000)
const REPO = { owner: 'acme', repo: 'ops' }
let live: StandIns | undefined
let catalog: CatalogRunbook[]
let runs = 0

function standIns(): StandIns {
  if (!live) throw new Error('stand-ins not started')
  return live
}

beforeAll(async () => {
  live = await startStandIns({
    github: {
      now: () => new Date(live?.ssm.clock.now() ?? Date.now()),
      users: [{ login: 'alice', roles: { 'acme/ops': 'write' } }]
    },
    ssm: { autoAdvanceMs: 0, timings: { hiddenMs: 0, pendingMs: 0, runMs: 2_000 } }
  })
  catalog = withRoomyLimits(await starterCatalog())
})
afterAll(async () => {
  await live?.stop()
})

/**
 * A client as one action run would have it (its own write spacing, as its own process), every
 * wait a hundredth of GitHub's: a Retry-After of 1 s costs 10 ms, as in the throttling plugin's
 * own tests.
 */
function github() {
  return createGitHubClient({
    token: BOT_TOKEN,
    baseUrl: standIns().env.GITHUB_API_URL,
    throttleId: `run-${++runs}`,
    waitScale: 0.01
  })
}

const aws = () => awsFor(standIns(), 4)

const now = () => new Date(standIns().ssm.clock.now())

/** One delivery of the example alarm, renamed and tagged for the fleet a test uses. */
function delivery(alarm: string, role: string, state: 'ALARM' | 'OK' = 'ALARM', id?: string) {
  const payload = JSON.parse(
    readFileSync('test/fixtures/dispatch/checkout-web-5xx-with-context.json', 'utf8')
  ) as {
    event: {
      id: string
      resources: string[]
      detail: { alarmName: string; state: { value: string } }
    }
    context: { tags: Record<string, string> }
  }
  payload.event.id = id ?? `${alarm}-${Math.random().toString(36).slice(2)}`
  payload.event.resources = [`arn:aws:cloudwatch:eu-west-1:111122223333:alarm:${alarm}`]
  payload.event.detail.alarmName = alarm
  payload.event.detail.state.value = state
  payload.context.tags.role = role
  return { action: 'aws-incident', client_payload: payload }
}

function intake(webhook: object) {
  return intakeCommand({
    eventName: 'repository_dispatch',
    webhook,
    eventType: 'aws-incident',
    catalog: () => Promise.resolve(catalog),
    issues: githubIncidentIssues(github(), REPO),
    provider: rulesProvider,
    policy: { insufficientData: 'ignore', closeOnRecovery: false },
    records: RECORDS,
    instances: () => Promise.resolve(ssmInstanceDirectory(new SSMClient(aws()))),
    now
  })
}

async function openIncident(alarm: string, role: string) {
  const created = await intake(delivery(alarm, role))
  if (created.action !== 'created') throw new Error(`intake ${created.action}`)
  return { issue: created.issue.number, digest: created.planDigest ?? '' }
}

function remediate(issue: number, digest: string): Promise<RemediateResult> {
  return remediateCommand({
    thread: githubIssueThread(github(), REPO, issue),
    catalog: () => Promise.resolve(catalog),
    ssm: ssmRunner(new SSMClient(aws())),
    history: ssmRunHistory(new SSMClient(aws())),
    alarms: cloudWatchAlarms(new CloudWatchClient(aws())),
    instances: ssmInstanceDirectory(new SSMClient(aws())),
    records: RECORDS,
    approvalMode: 'comment',
    expectedDigest: digest,
    ignoredLogins: ['github-actions[bot]'],
    requireAlarm: false,
    closeOnSuccess: false,
    cancelPollMs: 3_600_000,
    clock: virtualClock(standIns)
  })
}

const timeline = (issue: number) =>
  standIns()
    .github.state.commentsOf('acme/ops', issue)
    .map((c) => c.body)
const calls = (operation: string) => standIns().aws.calls.filter((c) => c.operation === operation)

describe('GitHub faults', () => {
  it('retries a 502 on creating the issue, and creates exactly one', async () => {
    standIns().github.faults.add({ operationId: 'issues/create', status: 502 })
    const { issue } = await openIncident('gh-502-alarm', 'fleet-gh')
    const issues = standIns()
      .github.state.issuesOf('acme/ops')
      .filter((i) => i.title.includes('gh-502-alarm'))
    expect(issues.map((i) => i.number)).toEqual([issue])
  })

  it('waits out a secondary rate limit on the issue search, then counts the repeat', async () => {
    standIns().github.faults.add({
      operationId: 'issues/list-for-repo',
      status: 403,
      retryAfter: 1,
      message: 'You have exceeded a secondary rate limit.'
    })
    const repeat = await intake(delivery('gh-502-alarm', 'fleet-gh'))
    expect(repeat).toMatchObject({ action: 'updated', occurrences: 2 })
  })

  it('leaves a 429 to the throttling plugin: one wait and one more request, not two', async () => {
    standIns().github.faults.add({
      operationId: 'issues/list-for-repo',
      status: 429,
      retryAfter: 1,
      message: 'You have exceeded a secondary rate limit.'
    })
    const lists = () =>
      standIns().github.requests.filter((r) => r.operationId === 'issues/list-for-repo').length
    const before = lists()
    const repeat = await intake(delivery('gh-502-alarm', 'fleet-gh'))
    expect(repeat).toMatchObject({ action: 'updated', occurrences: 3 })
    expect(lists() - before).toBe(2)
  })

  it('reads approvals and execution markers past the first page of comments', async () => {
    standIns().ssm.registerInstance({
      instanceId: 'i-0ccccccccccccccc1',
      tags: { Role: 'fleet-pages' },
      executor: scriptedExecutor()
    })
    guardFleet(standIns(), 'fleet-pages')
    const { issue, digest } = await openIncident('gh-pages-alarm', 'fleet-pages')
    // The restart works: the alarm is OK when verification looks.
    standIns().cloudwatch.putAlarm({ AlarmName: 'gh-pages-alarm', StateValue: 'OK' })
    for (let i = 0; i < 120; i++)
      standIns().github.comment({ issue, user: 'alice', body: `Looking at it (${i}).` })
    const comment = standIns().github.comment({
      issue,
      user: 'alice',
      body: `/approve ${digest.slice(0, 12)}`
    }) as {
      id: number
      body: string
      created_at: string
      updated_at: string
    }
    const decided = await commentCommand({
      event: {
        action: 'created',
        issue: { number: issue, pullRequest: false },
        comment: {
          id: comment.id,
          author: 'alice',
          authorType: 'User',
          body: comment.body,
          createdAt: comment.created_at,
          edited: comment.updated_at !== comment.created_at
        }
      },
      records: RECORDS,
      thread: githubIssueThread(github(), REPO, issue),
      catalog: () => Promise.resolve(catalog),
      ignoredLogins: ['github-actions[bot]'],
      now
    })
    expect(decided).toMatchObject({ handled: true, approved: true })
    expect((await remediate(issue, digest)).outcome).toBe('remediated')
    // The marker is now comment 123 or so; a second run must still find it.
    expect((await remediate(issue, digest)).outcome).toBe('already-run')
  })
})

describe('SSM faults', () => {
  async function approvedIncident(alarm: string, role: string) {
    const { issue, digest } = await openIncident(alarm, role)
    standIns().github.comment({ issue, user: 'alice', body: `/approve ${digest.slice(0, 12)}` })
    return { issue, digest }
  }

  it('rides out throttling on SendCommand with the SDK retries', async () => {
    standIns().ssm.registerInstance({
      instanceId: 'i-0ddddddddddddddd1',
      tags: { Role: 'fleet-throttle' }
    })
    guardFleet(standIns(), 'fleet-throttle')
    const { issue, digest } = await approvedIncident('ssm-throttle-alarm', 'fleet-throttle')
    standIns().cloudwatch.putAlarm({ AlarmName: 'ssm-throttle-alarm', StateValue: 'OK' })
    standIns().ssm.throttle('SendCommand', 2)
    expect((await remediate(issue, digest)).outcome).toBe('remediated')
    expect(timeline(issue).some((b) => /^✅ Execution: `Success`/m.test(b))).toBe(true)
  })

  it('reports a target whose agent is offline, and fails clearly', async () => {
    standIns().ssm.registerInstance({
      instanceId: 'i-0eeeeeeeeeeeeeee1',
      tags: { Role: 'fleet-offline' },
      pingStatus: 'ConnectionLost'
    })
    guardFleet(standIns(), 'fleet-offline')
    const { issue, digest } = await approvedIncident('ssm-offline-alarm', 'fleet-offline')
    const result = await remediate(issue, digest)
    expect(result.outcome).toBe('failed')
    const report = timeline(issue).find((b) => b.includes('Execution: `'))
    expect(report).toMatch(/Execution: `(TimedOut|Failed)`/)
    expect(report).toMatch(/`i-0eeeeeeeeeeeeeee1` \| `Undeliverable`/)
    expect(standIns().github.state.issue('acme/ops', issue)?.labels).toContain('remediation-failed')
  })

  it('reports a partial failure target by target', async () => {
    const failing = scriptedExecutor([], { exitCode: 1, stderr: 'Job for nginx.service failed.\n' })
    standIns().ssm.registerInstance({
      instanceId: 'i-0fffffffffffffff1',
      tags: { Role: 'fleet-partial' }
    })
    standIns().ssm.registerInstance({
      instanceId: 'i-0fffffffffffffff2',
      tags: { Role: 'fleet-partial' },
      executor: failing
    })
    guardFleet(standIns(), 'fleet-partial')
    const { issue, digest } = await approvedIncident('ssm-partial-alarm', 'fleet-partial')
    const result = await remediate(issue, digest)
    expect(result.outcome).toBe('failed')
    const report = timeline(issue).find((b) => b.includes('Execution: `')) ?? ''
    expect(report).toMatch(/`i-0fffffffffffffff1` \| `Success`/)
    expect(report).toMatch(/`i-0fffffffffffffff2` \| `Failed`/)
    expect(report).toContain('Job for nginx.service failed.')
  })

  it('reports a command that outlived its execution timeout as TimedOut', async () => {
    // The agent killed the script at the document's execution timeout. (The runner's own overall
    // timeout, which cancels the command, is covered in test/execution/ssm.test.ts.)
    standIns().ssm.registerInstance({
      instanceId: 'i-0abababababababa1',
      tags: { Role: 'fleet-slow' },
      executor: scriptedExecutor([], { exitCode: 137, timedOut: true })
    })
    guardFleet(standIns(), 'fleet-slow')
    const { issue, digest } = await approvedIncident('ssm-timeout-alarm', 'fleet-slow')
    const result = await remediate(issue, digest)
    expect(result.outcome).toBe('failed')
    expect(timeline(issue).some((b) => /^⏱️ Execution: `TimedOut`/m.test(b))).toBe(true)
    expect(standIns().github.state.issue('acme/ops', issue)?.labels).toContain('remediation-failed')
  })
})

describe('a storm of deliveries', () => {
  it('turns 50 deliveries of one alarm into one issue counting 50, and a redelivery into none', async () => {
    const first = await intake(delivery('storm-alarm', 'fleet-storm', 'ALARM', 'storm-0'))
    expect(first.action).toBe('created')
    for (let i = 1; i < 50; i++) {
      const r = await intake(delivery('storm-alarm', 'fleet-storm', 'ALARM', `storm-${i}`))
      expect(r.action).toBe('updated')
    }
    const again = await intake(delivery('storm-alarm', 'fleet-storm', 'ALARM', 'storm-49'))
    expect(again).toMatchObject({ action: 'duplicate', occurrences: 50 })
    const issues = standIns()
      .github.state.issuesOf('acme/ops')
      .filter((i) => i.title.includes('storm-alarm'))
    expect(issues).toHaveLength(1)
    const fp = /opsloop:fp:([0-9a-f]{16})/.exec(issues[0]?.labels.join(' ') ?? '')?.[1] ?? ''
    expect(readOccurrences(issues[0]?.body ?? '', RECORDS.key, RECORDS.repo, fp)?.occurrences).toBe(
      50
    )
    expect(issues[0]?.body).toContain('| Occurrences | 50 (last delivered')
  })

  it('runs nothing when the alarm recovered before anyone approved', async () => {
    // The fleet the plan is bound to, so the plan is ready for approval.
    standIns().ssm.registerInstance({
      instanceId: 'i-0f0000000000000a1',
      tags: { Role: 'fleet-storm' }
    })
    const { issue, digest } = await openIncident('storm-recovered-alarm', 'fleet-storm')
    standIns().cloudwatch.putAlarm({ AlarmName: 'storm-recovered-alarm', StateValue: 'ALARM' })
    const resolved = await intake(delivery('storm-recovered-alarm', 'fleet-storm', 'OK'))
    expect(resolved.action).toBe('resolved')
    standIns().cloudwatch.setAlarmState('storm-recovered-alarm', 'OK', 'recovered')
    standIns().github.comment({ issue, user: 'alice', body: `/approve ${digest.slice(0, 12)}` })
    const before = calls('SendCommand').length
    const result = await remediateCommand({
      thread: githubIssueThread(github(), REPO, issue),
      catalog: () => Promise.resolve(catalog),
      ssm: ssmRunner(new SSMClient(aws())),
      history: ssmRunHistory(new SSMClient(aws())),
      alarms: cloudWatchAlarms(new CloudWatchClient(aws())),
      records: RECORDS,
      approvalMode: 'comment',
      ignoredLogins: ['github-actions[bot]'],
      requireAlarm: true,
      closeOnSuccess: false
    })
    expect(result.outcome).toBe('recovered')
    expect(calls('SendCommand').length).toBe(before)
    standIns().github.assertNoViolations()
  })
})
