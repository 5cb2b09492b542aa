// The committed bundles, run as the runner runs them, once per job: each sub-action's entry
// (dist/validate.js, intake.js, approve.js, remediate.js) runs once against the stand-ins,
// configured only by environment (GITHUB_API_URL, AWS_ENDPOINT_URL, credentials). Every other scenario runs the same composition root in process
// (harness/action-in-process.ts); this file proves that what ships is that root.
import { afterAll, beforeAll, expect, it, jest } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { BOT_LOGIN } from '../harness/standins/github/index.js'
import { runActionBundle } from '../harness/action-bundle.js'
import { startStandIns, type StandIns } from '../harness/standins/index.js'

// Each run is a process with GitHub's real spacing of writes (a second apart).
jest.setTimeout(60_000)
const REPO = 'acme/ops'
const ALARM = 'checkout-web-target-5xx'
let standIns: StandIns

beforeAll(async () => {
  standIns = await startStandIns({
    github: {
      now: () => new Date(),
      users: [
        { login: 'alice', roles: { [REPO]: 'write' } },
        { login: BOT_LOGIN, type: 'Bot', orgAccess: 'granted' }
      ],
      teams: [{ org: 'acme', slug: 'platform-sre', members: ['alice'] }]
    },
    ssm: { timings: { hiddenMs: 0, pendingMs: 0, runMs: 0, stepMs: 0 } }
  })
  standIns.ssm.registerInstance({
    instanceId: 'i-0aaaaaaaaaaaaaaa1',
    tags: { Role: 'checkout-web' }
  })
  standIns.cloudwatch.putAlarm({ AlarmName: ALARM, StateValue: 'ALARM' })
})

afterAll(async () => {
  await standIns.stop()
})

const env = () => ({ ...standIns.env, GITHUB_ACTOR: 'github-actions[bot]' })

it('validate/ checks the catalog', async () => {
  const run = await runActionBundle({
    entry: 'validate',
    env: {},
    eventName: 'pull_request',
    webhook: {},
    inputs: { runbooks: 'runbooks' }
  })
  expect(run.code).toBe(0)
  expect(run.outputs.valid).toBe('true')
  expect(run.summary).toMatch(/Runbook catalog is valid/)
})

// The full remediation (SSM, verification, every comment) runs in process in e2e/remediation;
// here remediate/ proves its entry and wiring on the cheapest path that reads the whole ledger:
// a plan digest that is not the approved one, refused before anything is sent.
it('intake/ opens the incident, approve/ approves it, remediate/ refuses a digest that was not approved', async () => {
  const payload = JSON.parse(
    readFileSync('runbooks/examples/restart-systemd-service/alb-target-5xx.json', 'utf8')
  ) as object
  const intake = await runActionBundle({
    entry: 'intake',
    env: env(),
    eventName: 'repository_dispatch',
    webhook: { action: 'aws-incident', client_payload: payload }
  })
  expect(intake.code).toBe(0)
  expect(intake.outputs).toMatchObject({
    action: 'created',
    'runbook-id': 'restart-systemd-service'
  })
  const issue = Number(intake.outputs['issue-number'])
  const digest = intake.outputs['plan-digest'] ?? ''
  expect(digest).toMatch(/^[0-9a-f]{64}$/)
  // The AWS SDK in the bundle found the stand-ins from the environment alone.
  expect(standIns.aws.calls.map((c) => c.operation)).toContain('DescribeInstanceInformation')

  const comment = standIns.github.comment({
    issue,
    user: 'alice',
    body: `/approve ${digest.slice(0, 12)}`
  })
  const approve = await runActionBundle({
    entry: 'approve',
    env: env(),
    eventName: 'issue_comment',
    webhook: { action: 'created', issue: { number: issue }, comment }
  })
  expect(approve.outputs).toMatchObject({ approved: 'true', 'plan-digest': digest })

  const remediate = await runActionBundle({
    entry: 'remediate',
    env: env(),
    eventName: 'issue_comment',
    webhook: {},
    inputs: { 'issue-number': String(issue), 'plan-digest': 'f'.repeat(64) }
  })
  expect(remediate.outputs.outcome).toBe('refused')
  expect(remediate.code).toBe(0)
  expect(standIns.github.state.commentsOf(REPO, issue).at(-1)?.body).toMatch(/^❌ Nothing was run/)
  expect(standIns.aws.calls.filter((c) => c.operation === 'SendCommand')).toHaveLength(0)
  standIns.github.assertNoViolations()
})
