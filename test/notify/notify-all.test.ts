// notifyAll: every target at once, one warning line per failure, never a throw. With Slack and
// Jira stand-ins side by side, a run of events that fail in every way Slack and Jira fail leaves
// warnings that hold none of the secrets the action would mask.
import { afterEach, describe, expect, it } from '@jest/globals'
import type { Notifier } from '../../src/notify/events.js'
import {
  createNotifiers,
  notifyAll,
  notifySecrets,
  parseNotifyConfig
} from '../../src/notify/notify.js'
import {
  JIRA_API_TOKEN,
  JIRA_EMAIL,
  startJira,
  type JiraHandle
} from '../../harness/standins/notify/jira.js'
import {
  SLACK_BOT_TOKEN,
  SLACK_WEBHOOK_PATH,
  startSlack,
  type SlackHandle
} from '../../harness/standins/notify/slack.js'
import { allEvents, approval, opened, recovered, result } from './fixtures.js'

const stops: (() => Promise<void>)[] = []
afterEach(async () => {
  await Promise.all(stops.splice(0).map((stop) => stop()))
})

async function standIns(): Promise<{ slack: SlackHandle; jira: JiraHandle }> {
  const [slack, jira] = await Promise.all([startSlack(), startJira()])
  stops.push(
    () => slack.close(),
    () => jira.close()
  )
  return { slack, jira }
}

const fake = (target: string, send: Notifier['send']): Notifier => ({ target, send })

describe('notifyAll', () => {
  it('sends to every notifier in parallel and reports each delivery', async () => {
    // Each notifier waits for the other to have started: sequential sending would never finish.
    let release: () => void = () => undefined
    const bothStarted = new Promise<void>((resolve) => {
      let started = 0
      release = () => {
        if (++started === 2) resolve()
      }
    })
    const waiting = (name: string): Notifier =>
      fake(name, async () => {
        release()
        await bothStarted
        return `${name} done`
      })
    const warnings: string[] = []
    const deliveries = await notifyAll([waiting('A'), waiting('B')], opened(), (m) =>
      warnings.push(m)
    )
    expect(deliveries).toEqual([
      { target: 'A', ok: true, detail: 'A done' },
      { target: 'B', ok: true, detail: 'B done' }
    ])
    expect(warnings).toEqual([])
  })

  it('never throws: not for a failing notifier, nor for a failing logger', async () => {
    const broken = fake('Broken', () => Promise.reject(new Error('socket hang up\nat line 2')))
    const thrower = fake('Thrower', () => {
      throw new Error('synchronous')
    })
    const ok = fake('Fine', () => Promise.resolve('posted'))
    const deliveries = await notifyAll([broken, thrower, ok], result(), () => {
      throw new Error('the logger is down')
    })
    expect(deliveries).toEqual([
      { target: 'Broken', ok: false, detail: 'socket hang up at line 2' },
      { target: 'Thrower', ok: false, detail: 'synchronous' },
      { target: 'Fine', ok: true, detail: 'posted' }
    ])
    expect(await notifyAll([], recovered(), () => undefined)).toEqual([])
  })

  it('delivers every event to Slack and Jira configured from inputs', async () => {
    const { slack, jira } = await standIns()
    const config = parseNotifyConfig({
      'slack-bot-token': SLACK_BOT_TOKEN,
      'slack-channel': 'C0OPS1234',
      'slack-api-url': slack.apiUrl,
      'jira-base-url': jira.url,
      'jira-email': JIRA_EMAIL,
      'jira-api-token': JIRA_API_TOKEN,
      'jira-project': 'ops',
      'jira-done-transition': 'Done'
    })
    const notifiers = createNotifiers(config)
    const warnings: string[] = []
    const details: string[] = []
    for (const event of allEvents())
      for (const d of await notifyAll(notifiers, event, (m) => warnings.push(m)))
        details.push(`${d.target.split(' ')[0] ?? ''}: ${d.detail}`)
    expect(warnings).toEqual([])
    expect(details).toEqual([
      'Slack: posted',
      'Jira: created OPS-1',
      'Slack: posted',
      'Jira: commented on OPS-1',
      'Slack: posted',
      'Jira: commented on OPS-1',
      'Slack: posted',
      'Jira: commented on OPS-1, moved it through "Done"'
    ])
    expect(slack.messages).toHaveLength(4)
    expect(jira.issues[0]?.status).toBe('Done')
    expect(slack.violations).toEqual([])
    expect(jira.violations).toEqual([])
  })

  it('warns without secrets however Slack and Jira fail', async () => {
    const { slack, jira } = await standIns()
    const config = parseNotifyConfig({
      'slack-webhook-url': slack.webhookUrl,
      'jira-base-url': jira.url,
      'jira-email': JIRA_EMAIL,
      'jira-api-token': JIRA_API_TOKEN,
      'jira-project': 'OPS',
      'notify-timeout': '1'
    })
    const secrets = notifySecrets(config)
    expect(secrets).toContain(SLACK_WEBHOOK_PATH)
    const warnings: string[] = []
    const warn = (m: string) => warnings.push(m)
    const notifiers = createNotifiers(config, { sleep: () => Promise.resolve() })

    slack.fail({ status: 403, error: 'action_prohibited' })
    jira.fail({ status: 401 })
    await notifyAll(notifiers, opened(), warn)
    slack.fail({ status: 429, times: 2 })
    jira.fail({ status: 429, times: 2 })
    await notifyAll(notifiers, approval(), warn)
    slack.fail({ status: 500 })
    jira.fail({ status: 503 })
    await notifyAll(notifiers, result(), warn)
    slack.delayMs = 1500
    await notifyAll(notifiers, recovered(), warn)
    slack.delayMs = 0
    // Nothing listens any more where these point.
    const [goneSlack, goneJira] = await Promise.all([startSlack(), startJira()])
    await Promise.all([goneSlack.close(), goneJira.close()])
    const gone = parseNotifyConfig({
      'slack-webhook-url': goneSlack.webhookUrl,
      'jira-base-url': goneJira.url,
      'jira-email': JIRA_EMAIL,
      'jira-api-token': JIRA_API_TOKEN,
      'jira-project': 'OPS'
    })
    await notifyAll(createNotifiers(gone), recovered(), warn)

    expect(warnings).toHaveLength(9)
    const shown = warnings.map((w) =>
      w
        .replace(/127\.0\.0\.1:\d+/, 'HOST')
        // A closed server refuses new connections or drops pooled ones, depending on timing.
        .replace(/network error \((ECONNREFUSED|ECONNRESET|UND_ERR_SOCKET)\)$/, 'network error')
    )
    expect(shown.slice(0, 7)).toEqual([
      'Slack (incoming webhook on HOST): the incident-opened notification for #42 was not delivered: HTTP 403 action_prohibited',
      'Jira (OPS on HOST): the incident-opened notification for #42 was not delivered: search: HTTP 401 (check `jira-email` and `jira-api-token`)',
      'Slack (incoming webhook on HOST): the approval-needed notification for #42 was not delivered: HTTP 429 rate_limited',
      'Jira (OPS on HOST): the approval-needed notification for #42 was not delivered: search: HTTP 429 Rate limit exceeded.',
      'Slack (incoming webhook on HOST): the remediation-result notification for #42 was not delivered: HTTP 500 internal_error',
      'Jira (OPS on HOST): the remediation-result notification for #42 was not delivered: search: HTTP 503 Internal server error',
      // Jira took this one (it created the issue and commented); Slack was too slow.
      'Slack (incoming webhook on HOST): the recovered notification for #42 was not delivered: timed out after 1s'
    ])
    expect(shown.slice(7).sort()).toEqual([
      'Jira (OPS on HOST): the recovered notification for #42 was not delivered: network error',
      'Slack (incoming webhook on HOST): the recovered notification for #42 was not delivered: network error'
    ])
    for (const w of warnings) {
      for (const s of secrets) expect(w).not.toContain(s)
      expect(w).not.toMatch(/services\/|StandIn|Basic|Bearer|xox/)
    }
  })
})
