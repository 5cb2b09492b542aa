// `/cancel` during a run, in process: intake and remediation through their real adapters (Octokit
// and the AWS SDK against the stand-ins), with one virtual clock shared by SSM, GitHub and the
// remediation's waits, so a long-running command is cancelled without waiting in real time. The
// run's progress comment follows it (the running command, the cancel, the end) through edits,
// and the run notifies people twice: that comment, and its result.
import { throttling } from '@octokit/plugin-throttling'
import { CloudWatchClient } from '@aws-sdk/client-cloudwatch'
import { SSMClient } from '@aws-sdk/client-ssm'
import { afterAll, beforeAll, expect, it, jest } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { intakeCommand } from '../../src/flows/intake.js'
import { remediateCommand } from '../../src/flows/remediate.js'
import { ssmRunner } from '../../src/adapters/aws/ssm.js'
import { ssmRunHistory } from '../../src/adapters/aws/ssm-history.js'
import { createGitHubClient } from '../../src/adapters/github/client.js'
import { githubIncidentIssues } from '../../src/adapters/github/incident-issues.js'
import { githubIssueThread } from '../../src/adapters/github/issue-thread.js'
import { rulesProvider } from '../../src/triage/rules.js'
import { cloudWatchAlarms } from '../../src/adapters/aws/alarms.js'
import { ssmInstanceDirectory } from '../../src/adapters/aws/ssm-instances.js'
import { starterCatalog } from '../helpers/catalog.js'
import { awsFor } from '../helpers/flows.js'
import { RECORDS } from '../helpers/records.js'
import { guardFleet } from '../helpers/guards.js'
import { BOT_TOKEN } from '../../harness/standins/github/index.js'
import { startStandIns, type StandIns } from '../../harness/standins/index.js'

jest.setTimeout(30_000)
const REPO = { owner: 'acme', repo: 'ops' }
// Set once the stand-ins start; the GitHub clock reads it lazily.
let standIns: StandIns | undefined

beforeAll(async () => {
  standIns = await startStandIns({
    // GitHub timestamps follow the SSM stand-in's virtual clock.
    github: {
      now: () => new Date(standIns?.ssm.clock.now() ?? Date.now()),
      users: [{ login: 'alice', roles: { 'acme/ops': 'write' } }]
    },
    // The command runs for ten virtual minutes unless cancelled.
    ssm: { autoAdvanceMs: 0, timings: { hiddenMs: 0, pendingMs: 0, runMs: 600_000 } }
  })
  for (const id of ['i-0bbbbbbbbbbbbbbb1'])
    running().ssm.registerInstance({ instanceId: id, tags: { Role: 'checkout-web' } })
  guardFleet(running(), 'checkout-web')
})

afterAll(async () => {
  await standIns?.stop()
})

function running(): StandIns {
  if (!standIns) throw new Error('stand-ins not started')
  return standIns
}

it('stops a running remediation when someone with write access comments /cancel', async () => {
  const standIns = running()
  const octokit = createGitHubClient({
    token: BOT_TOKEN,
    baseUrl: standIns.env.GITHUB_API_URL,
    throttle: false
  })
  const aws = awsFor(standIns)
  const catalog = await starterCatalog()
  const payload = JSON.parse(
    readFileSync('test/fixtures/dispatch/checkout-web-5xx-with-context.json', 'utf8')
  ) as unknown
  const now = () => new Date(standIns.ssm.clock.now())
  const created = await intakeCommand({
    eventName: 'repository_dispatch',
    webhook: { action: 'aws-incident', client_payload: payload },
    eventType: 'aws-incident',
    catalog: () => Promise.resolve(catalog),
    issues: githubIncidentIssues(octokit, REPO),
    provider: rulesProvider,
    policy: { insufficientData: 'ignore', closeOnRecovery: false },
    records: RECORDS,
    instances: () => Promise.resolve(ssmInstanceDirectory(new SSMClient(aws))),
    now
  })
  if (created.action !== 'created') throw new Error(`intake ${created.action}`)
  const issue = created.issue.number
  standIns.github.comment({
    issue,
    user: 'alice',
    body: `/approve ${(created.planDigest ?? '').slice(0, 12)}`
  })

  let sleeps = 0
  const from = standIns.github.requests.length
  const result = await remediateCommand({
    thread: githubIssueThread(octokit, REPO, issue),
    catalog: () => Promise.resolve(catalog),
    ssm: ssmRunner(new SSMClient(aws)),
    history: ssmRunHistory(new SSMClient(aws)),
    alarms: cloudWatchAlarms(new CloudWatchClient(aws)),
    instances: ssmInstanceDirectory(new SSMClient(aws)),
    records: RECORDS,
    approvalMode: 'comment',
    expectedDigest: created.planDigest ?? '',
    ignoredLogins: ['github-actions[bot]'],
    requireAlarm: false,
    closeOnSuccess: false,
    cancelPollMs: 0,
    clock: {
      now: () => standIns.ssm.clock.now(),
      sleep: (ms) => {
        // A minute into the run, alice asks to stop it.
        if (++sleeps === 1) {
          standIns.ssm.clock.advance(60_000)
          standIns.github.comment({ issue, user: 'alice', body: '/cancel' })
        }
        standIns.ssm.clock.advance(ms)
        return Promise.resolve()
      }
    }
  })

  expect(result).toMatchObject({ outcome: 'failed', reason: 'cancelled by /cancel' })
  expect(standIns.aws.calls.filter((c) => c.operation === 'CancelCommand')).toHaveLength(1)
  const comments = standIns.github.state.commentsOf('acme/ops', issue)
  const progress = comments.find((c) => c.body.includes('▶️ Running'))
  expect(progress?.body).toContain('⏹️ @alice asked to cancel: stopping the run.')
  expect(progress?.body).toMatch(/^⏹️ Execution: `Cancelled`/m)
  // Edited as the run advanced: while the command ran, it said which one.
  expect(
    progress?.edits.some((e) => /Execution: command `[^`]+` is running/.test(e.body ?? ''))
  ).toBe(true)
  // Once edited it holds no record: the claim was sealed into its first version only.
  expect(progress?.body).not.toContain('opsloop:record')
  const last = comments.at(-1)?.body ?? ''
  expect(last).toMatch(/^🏁 Plan `[0-9a-f]{12}`: `failed` \(cancelled by \/cancel\)/)
  expect(last).toContain('<!-- opsloop:record ')
  expect(standIns.github.state.issue('acme/ops', issue)?.labels).toContain('remediation-failed')
  // Two writes that notify (GitHub spaces them 3 s apart): the progress comment and the result.
  const writes = standIns.github.requests.slice(from)
  const notifying = writes.filter(
    (r) => r.method !== 'GET' && r.path !== '/graphql' && throttling.triggersNotification(r.path)
  )
  expect(notifying.map((r) => r.operationId)).toEqual([
    'issues/create-comment',
    'issues/create-comment'
  ])
  // Edits are bounded by what changed, never one per poll.
  const edits = writes.filter((r) => r.operationId === 'issues/update-comment').length
  expect(edits).toBeGreaterThanOrEqual(2)
  expect(edits).toBeLessThanOrEqual(4)
  standIns.github.assertNoViolations()
})
