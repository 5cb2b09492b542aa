// The committed bundles, run as the runner runs them, once per job: each sub-action's entry
// (dist/validate.js, intake.js, approve.js, remediate.js, reconcile.js, publish.js) runs once against the stand-ins,
// configured only by environment (GITHUB_API_URL, AWS_ENDPOINT_URL, credentials). Every other scenario runs the same composition root in process
// (harness/action-in-process.ts); this file proves that what ships is that root.
import { afterAll, beforeAll, expect, it, jest } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { BOT_LOGIN } from '../harness/standins/github/index.js'
import { runActionBundle } from '../harness/action-bundle.js'
import { runActionInProcess } from '../harness/action-in-process.js'
import { startStandIns, type StandIns } from '../harness/standins/index.js'
import { guardFleet } from './helpers/guards.js'

// Each run is a process with GitHub's real spacing of writes.
jest.setTimeout(60_000)
const REPO = 'acme/ops'
const ALARM = 'checkout-web-target-5xx'
const SECOND_ALARM = 'checkout-web-target-5xx-eu'
const RECONCILED_ALARM = 'lost-delivery-queue-depth'
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
  guardFleet(standIns, 'checkout-web')
  standIns.cloudwatch.putAlarm({ AlarmName: ALARM, StateValue: 'ALARM' })
  standIns.cloudwatch.putAlarm({ AlarmName: SECOND_ALARM, StateValue: 'ALARM' })
  // An alarm in ALARM for an hour whose delivery never came: reconcile's to find.
  const hourAgo = new Date(Date.now() - 3_600_000)
  standIns.cloudwatch.putAlarm({
    AlarmName: RECONCILED_ALARM,
    StateValue: 'ALARM',
    StateReason: 'Threshold Crossed',
    StateUpdatedTimestamp: hourAgo,
    StateTransitionedTimestamp: hourAgo
  })
})

afterAll(async () => {
  await standIns.stop()
})

const env = () => ({ ...standIns.env, GITHUB_ACTOR: 'github-actions[bot]' })

const payload = (alarm: string): object => {
  const event = JSON.parse(
    readFileSync('test/fixtures/dispatch/checkout-web-5xx-with-context.json', 'utf8')
  ) as { event: { resources: string[]; detail: { alarmName: string } } }
  event.event.resources = [`arn:aws:cloudwatch:eu-west-1:111122223333:alarm:${alarm}`]
  event.event.detail.alarmName = alarm
  return event
}

// The six bundles run side by side, as six workflow runs would: each spends most of its time in
// GitHub's real spacing of notifying writes (three seconds), and none depends on another's
// result. approve/ and remediate/ act on an incident opened in process beforehand.
it('validate/ checks the catalog; intake/ opens an incident; approve/ approves one; remediate/ refuses a digest that was not approved; reconcile/ opens the issue a lost delivery should have; publish/ publishes the documents', async () => {
  const opened = await runActionInProcess({
    env: env(),
    eventName: 'repository_dispatch',
    webhook: { action: 'aws-incident', client_payload: payload(ALARM) }
  })
  const issue = Number(opened.outputs['issue-number'])
  const digest = opened.outputs['plan-digest'] ?? ''
  expect(digest).toMatch(/^[0-9a-f]{64}$/)
  const comment = standIns.github.comment({
    issue,
    user: 'alice',
    body: `/approve ${digest.slice(0, 12)}`
  })

  const [validate, intake, approve, remediate, reconcile, publish] = await Promise.all([
    runActionBundle({
      entry: 'validate',
      env: {},
      eventName: 'pull_request',
      webhook: {},
      inputs: { runbooks: 'runbooks' }
    }),
    runActionBundle({
      entry: 'intake',
      env: env(),
      eventName: 'repository_dispatch',
      webhook: { action: 'aws-incident', client_payload: payload(SECOND_ALARM) }
    }),
    runActionBundle({
      entry: 'approve',
      env: env(),
      eventName: 'issue_comment',
      webhook: { action: 'created', issue: { number: issue }, comment }
    }),
    runActionBundle({
      entry: 'remediate',
      env: env(),
      eventName: 'issue_comment',
      webhook: {},
      inputs: { 'issue-number': String(issue), 'plan-digest': 'f'.repeat(64) }
    }),
    runActionBundle({
      entry: 'reconcile',
      env: env(),
      eventName: 'schedule',
      webhook: { schedule: '7,22,37,52 * * * *' },
      inputs: { 'alarm-name-prefix': 'lost-' }
    }),
    runActionBundle({
      entry: 'publish',
      env: env(),
      eventName: 'push',
      webhook: {},
      inputs: { runbooks: 'runbooks', 'aws-region': 'eu-west-1' }
    })
  ])

  expect(validate.code).toBe(0)
  expect(validate.outputs.valid).toBe('true')
  expect(validate.summary).toMatch(/Runbook catalog is valid/)

  expect(intake.code).toBe(0)
  expect(intake.outputs).toMatchObject({
    action: 'created',
    'runbook-id': 'restart-systemd-service'
  })
  expect(Number(intake.outputs['issue-number'])).not.toBe(issue)
  expect(intake.outputs['plan-digest']).toMatch(/^[0-9a-f]{64}$/)
  expect(
    standIns.aws.calls.filter((c) => c.operation === 'DescribeInstanceInformation').length
  ).toBeGreaterThanOrEqual(2)

  expect(approve.code).toBe(0)
  expect(approve.outputs).toMatchObject({ approved: 'true', 'plan-digest': digest })

  expect(remediate.code).toBe(0)
  expect(remediate.outputs.outcome).toBe('refused')
  const bodies = standIns.github.state.commentsOf(REPO, issue).map((c) => c.body)
  expect(bodies.some((b) => /^❌ Nothing was run/.test(b))).toBe(true)
  expect(standIns.aws.calls.filter((c) => c.operation === 'SendCommand')).toHaveLength(0)

  expect(reconcile.code).toBe(0)
  expect(reconcile.outputs).toMatchObject({ reconciled: '1', failures: '0' })
  expect(
    standIns.github.state.issuesOf(REPO).filter((i) => i.title.includes(RECONCILED_ALARM))
  ).toHaveLength(1)

  expect(publish.code).toBe(0)
  expect(Number(publish.outputs.published)).toBeGreaterThan(0)
  expect(publish.outputs.published).toBe(publish.outputs.documents)
  standIns.github.assertNoViolations()
})
