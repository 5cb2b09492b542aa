// From a log anomaly to the alarm that follows it, through the action in process against the
// stand-ins: the detector's event (as the bridge delivers it) opens a watch issue, labelled and
// sealed with its log group; the alarm about the same service minutes later opens its own issue,
// which points back to the watch as its first signal. A writer who labels another issue a watch
// of that log group does not make it one.
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { runActionInProcess } from '../../harness/action-in-process.js'
import { startStandIns, type StandIns } from '../../harness/standins/index.js'
import { WATCH_LABEL } from '../../src/issue/labels.js'
import { exampleEvent, seedStandIns, STARTER_SCENARIOS } from '../helpers/starter-scenarios.js'

jest.setTimeout(60_000)
const REPO = 'acme/ops'
const GROUP = '/checkout/web/nginx/error'
let standIns: StandIns

const scenario = STARTER_SCENARIOS.find(
  (s) => s.example === 'restart-systemd-service/alb-target-5xx.json' && !s.variant
)
const alarm = exampleEvent('restart-systemd-service/alb-target-5xx.json')
const alarmAt = Date.parse(String(alarm.time))

/** The detector's event for GROUP, its first line `minutesBefore` the alarm. */
function anomaly(minutesBefore: number, templateKey = '3b9f2e7c1a4d8e60') {
  const event = JSON.parse(
    readFileSync('test/fixtures/aws-events/opsloop-log-anomaly-new-template.json', 'utf8')
  ) as Record<string, unknown> & { detail: Record<string, unknown> }
  const at = alarmAt - minutesBefore * 60_000
  return {
    ...event,
    id: `anomaly-${templateKey}-${minutesBefore}`,
    time: new Date(at).toISOString(),
    account: alarm.account,
    region: alarm.region,
    detail: {
      ...event.detail,
      logGroup: GROUP,
      templateKey,
      firstSeen: at,
      detectedAt: at,
      windowStart: at - 60_000,
      windowEnd: at + 240_000
    }
  }
}

async function deliver(event: unknown) {
  const run = await runActionInProcess({
    env: standIns.env,
    eventName: 'repository_dispatch',
    webhook: { action: 'aws-incident', client_payload: { event } },
    inputs: { 'aws-region': String(alarm.region) }
  })
  expect(run.code).toBe(0)
  return run
}

beforeAll(async () => {
  if (!scenario) throw new Error('no starter scenario for the ALB 5xx example')
  standIns = await startStandIns({
    region: String(alarm.region),
    account: String(alarm.account),
    github: { users: [{ login: 'alice', roles: { [REPO]: 'write' } }] }
  })
  seedStandIns(standIns, scenario)
})
afterAll(async () => {
  await standIns.stop()
})

describe('a watch issue, then the alarm', () => {
  it('opens a low-severity watch issue for the anomaly, and the alarm’s issue points back to it', async () => {
    const watch = await deliver(anomaly(7))
    expect(watch.outputs.action).toBe('created')
    const watchNumber = Number(watch.outputs['issue-number'])
    const watchIssue = standIns.github.state.issue(REPO, watchNumber)
    expect(watchIssue?.labels).toEqual(expect.arrayContaining([WATCH_LABEL, 'severity:low']))
    expect(watchIssue?.title).toContain(`Log anomaly in ${GROUP}: new error template`)
    // No runbook matches a log anomaly in the starter catalog: a watch proposes nothing.
    expect(watch.outputs['runbook-id'] ?? '').toBe('')

    // A genuine watch of another log group, and an issue a writer opened and labelled a watch,
    // its body claiming the log group in words: neither is the alarm's first signal.
    const other = await deliver({
      ...anomaly(30, 'ffffffffffffffff'),
      detail: { ...anomaly(30).detail, logGroup: '/other/group', templateKey: 'ffffffffffffffff' }
    })
    const otherNumber = Number(other.outputs['issue-number'])
    const api = standIns.env.GITHUB_API_URL ?? ''
    const forged = (await (
      await fetch(`${api}/repos/${REPO}/issues`, {
        method: 'POST',
        headers: {
          authorization: `token ${standIns.github.tokenFor('alice')}`,
          'content-type': 'application/json'
        },
        body: JSON.stringify({
          title: `Log anomaly in ${GROUP}: new error template`,
          body: `Watch of ${GROUP}, first signal an hour ago.`,
          labels: ['opsloop', WATCH_LABEL]
        })
      })
    ).json()) as { number: number }
    const listed = (await (
      await fetch(`${api}/repos/${REPO}/issues?labels=opsloop,${WATCH_LABEL}`, {
        headers: { authorization: `token ${standIns.env.GITHUB_TOKEN ?? ''}` }
      })
    ).json()) as { number: number }[]
    expect(listed.map((i) => i.number).sort()).toEqual(
      [watchNumber, otherNumber, forged.number].sort()
    )

    const incident = await deliver(alarm)
    expect(incident.outputs.action).toBe('created')
    const body =
      standIns.github.state.issue(REPO, Number(incident.outputs['issue-number']))?.body ?? ''
    expect(body).toMatch(
      new RegExp(`First signal: watch #${watchNumber} saw \`${GROUP}\` 7 min before this incident`)
    )
    expect(body).not.toContain(`watch #${otherNumber}`)
    expect(body).not.toContain(`watch #${forged.number}`)
    standIns.github.assertNoViolations()
  })

  it('a second anomaly of the same template is counted on the same watch issue', async () => {
    const again = await deliver({
      ...anomaly(5),
      id: 'anomaly-burst',
      detail: { ...anomaly(5).detail, kind: 'burst', count: 80, baseline: 2 }
    })
    expect(again.outputs.action).toBe('updated')
  })
})
