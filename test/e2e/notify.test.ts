// Notifications end to end: the committed action bundle, configured only by inputs, tells Slack
// (incoming webhook) and Jira Cloud about a new incident, the approval it needs, the remediation's
// result and the recovery, each with a link back to the GitHub issue, against local stand-ins.
// One Jira issue per incident; no secret appears in the log except in the runner's mask commands.
import { afterAll, beforeAll, expect, it, jest } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { scriptedExecutor } from '../../harness/standins/aws/executors.js'
import type { ActionRun } from '../../harness/action-bundle.js'
import { runActionInProcess } from '../../harness/action-in-process.js'
import { publishDocuments } from '../helpers/documents.js'
import { guardFleet } from '../helpers/guards.js'
import { startStandIns, type StandIns } from '../../harness/standins/index.js'
import {
  JIRA_API_TOKEN,
  JIRA_EMAIL,
  startJira,
  type JiraHandle
} from '../../harness/standins/notify/jira.js'
import {
  SLACK_WEBHOOK_PATH,
  startSlack,
  type SlackHandle
} from '../../harness/standins/notify/slack.js'

jest.setTimeout(90_000)
const REPO = 'acme/ops'
const ALARM = 'checkout-web-target-5xx'
let standIns: StandIns
let slack: SlackHandle
let jira: JiraHandle

beforeAll(async () => {
  ;[standIns, slack, jira] = await Promise.all([
    startStandIns({
      github: { now: () => new Date(), users: [{ login: 'alice', roles: { [REPO]: 'write' } }] },
      ssm: { timings: { hiddenMs: 0, pendingMs: 0, runMs: 0, stepMs: 0 } }
    }),
    startSlack(),
    startJira()
  ])
  // The catalog's OpsLoop documents, as the publish workflow leaves them after a merge.
  await publishDocuments(standIns)
  const web = scriptedExecutor([
    {
      match: 'systemctl restart',
      result: () => {
        standIns.cloudwatch.setAlarmState(ALARM, 'OK', 'Threshold Crossed: back to normal')
        return { exitCode: 0, stdout: 'restarted nginx\n' }
      }
    }
  ])
  standIns.ssm.registerInstance({
    instanceId: 'i-0aaaaaaaaaaaaaaa1',
    tags: { Role: 'checkout-web' },
    executor: web
  })
  guardFleet(standIns, 'checkout-web')
})
afterAll(async () => {
  await Promise.all([standIns.stop(), slack.close(), jira.close()])
})

const notifyInputs = (): Record<string, string> => ({
  'slack-webhook-url': slack.webhookUrl,
  'jira-base-url': jira.url,
  'jira-email': JIRA_EMAIL,
  'jira-api-token': JIRA_API_TOKEN,
  'jira-project': 'OPS',
  'jira-done-transition': 'Done'
})

const action = (
  eventName: string,
  webhook: object,
  inputs: Record<string, string>
): Promise<ActionRun> =>
  runActionInProcess({
    env: { ...standIns.env, GITHUB_ACTOR: 'github-actions[bot]' },
    eventName,
    webhook,
    inputs: { ...notifyInputs(), ...inputs }
  })

const payload = JSON.parse(
  readFileSync('test/fixtures/dispatch/checkout-web-5xx-with-context.json', 'utf8')
) as { event: { id: string; detail: { state: { value: string } } } }

/** Log lines other than the runner's `::add-mask::` commands, which carry secrets on purpose. */
const logOf = (run: ActionRun): string =>
  run.stdout
    .split('\n')
    .filter((l) => !l.startsWith('::add-mask::'))
    .join('\n')

it('tells Slack and Jira about the incident, the approval, the result and the recovery', async () => {
  const runs: ActionRun[] = []
  standIns.cloudwatch.putAlarm({ AlarmName: ALARM, StateValue: 'ALARM' })
  const opened = await action(
    'repository_dispatch',
    { action: 'aws-incident', client_payload: payload },
    { command: 'intake', 'triage-provider': 'rules' }
  )
  runs.push(opened)
  expect(opened.outputs.action).toBe('created')
  const issue = Number(opened.outputs['issue-number'])
  const url = opened.outputs['issue-url'] ?? ''
  const digest = opened.outputs['plan-digest'] ?? ''

  // A new incident and the approval it needs, each linking to the issue.
  expect(slack.messages).toHaveLength(2)
  for (const m of slack.messages) expect(JSON.stringify(m.body)).toContain(url)
  expect(slack.messages.map((m) => m.text)).toEqual([
    expect.stringMatching(/incident/i),
    expect.stringMatching(/approv/i)
  ])
  expect(jira.issues).toHaveLength(1)
  const ticket = jira.issues[0]
  expect(ticket?.labels).toContain(`opsloop-${opened.outputs.fingerprint ?? ''}`)
  expect(ticket?.comments).toHaveLength(1)

  // A redelivery of the same event opens nothing new anywhere.
  runs.push(
    await action(
      'repository_dispatch',
      { action: 'aws-incident', client_payload: payload },
      { command: 'intake', 'triage-provider': 'rules' }
    )
  )
  expect(slack.messages).toHaveLength(2)
  expect(jira.issues).toHaveLength(1)

  // Approved by alice, remediated: the result goes out with who approved it.
  const comment = standIns.github.comment({ issue, user: 'alice', body: `/approve ${digest}` })
  runs.push(
    await action(
      'issue_comment',
      { action: 'created', issue: { number: issue }, comment },
      { command: 'comment' }
    )
  )
  const remediated = await action(
    'issue_comment',
    {},
    {
      command: 'remediate',
      'issue-number': String(issue),
      'plan-digest': digest,
      approval: 'comment'
    }
  )
  runs.push(remediated)
  expect(remediated.outputs.outcome).toBe('remediated')
  expect(slack.messages).toHaveLength(3)
  expect(JSON.stringify(slack.messages[2]?.body)).toMatch(/succeeded[\s\S]*alice/)
  expect(ticket?.comments).toHaveLength(2)

  // The alarm's OK event: recovery, and the Jira issue moves to Done.
  const ok = structuredClone(payload)
  ok.event.id = 'ok-event'
  ok.event.detail.state.value = 'OK'
  runs.push(
    await action(
      'repository_dispatch',
      { action: 'aws-incident', client_payload: ok },
      { command: 'intake' }
    )
  )
  expect(slack.messages).toHaveLength(4)
  expect(slack.messages[3]?.text).toMatch(/recover/i)
  expect(ticket?.status).toBe('Done')

  expect(slack.violations).toEqual([])
  expect(jira.violations).toEqual([])
  standIns.github.assertNoViolations()
  for (const run of runs) {
    const log = logOf(run)
    expect(log).not.toContain(SLACK_WEBHOOK_PATH)
    expect(log).not.toContain(JIRA_API_TOKEN)
  }
})

it('fails the step with what to fix when a notification input is wrong, before touching GitHub', async () => {
  const before = standIns.github.requests.length
  const run = await action(
    'repository_dispatch',
    {
      action: 'aws-incident',
      client_payload: { ...payload, event: { ...payload.event, id: 'x' } }
    },
    { command: 'intake', 'jira-base-url': 'ftp://jira.example', 'jira-project': 'OPS' }
  )
  expect(run.code).toBe(1)
  expect(run.stdout).toMatch(/::error::.*`jira-base-url`/)
  expect(run.stdout).not.toMatch(/\n\s+at /)
  expect(standIns.github.requests.length).toBe(before)
})

it('keeps going when Slack and Jira are down: the issue is still opened, with a warning each', async () => {
  slack.fail({ status: 500, times: 5 })
  jira.fail({ status: 500, times: 20 })
  // Another alarm, so intake opens a new incident and notifies.
  const repeat = structuredClone(payload) as typeof payload & { event: { resources: string[] } }
  repeat.event.id = 'other-alarm'
  repeat.event.resources = ['arn:aws:cloudwatch:eu-west-1:111122223333:alarm:checkout-api-5xx']
  const run = await action(
    'repository_dispatch',
    { action: 'aws-incident', client_payload: repeat },
    { command: 'intake', 'triage-provider': 'rules' }
  )
  expect(run.code).toBe(0)
  expect(run.outputs.action).toBe('created')
  const warnings = run.stdout.split('\n').filter((l) => l.startsWith('::warning::'))
  expect(warnings.filter((w) => /Slack/i.test(w)).length).toBeGreaterThanOrEqual(1)
  expect(warnings.filter((w) => /Jira/i.test(w)).length).toBeGreaterThanOrEqual(1)
  expect(logOf(run)).not.toContain(SLACK_WEBHOOK_PATH)
})
