// The secret corpus (test/fixtures/secrets) end to end: planted in an alarm's description, its
// name (so in the console link, URL-encoded) and the events of the incident's log group (a
// private key logged line by line among them, with another stream's events in between), one
// intake runs in process with Bedrock triage and Slack and Jira notifications against the
// stand-ins, and no secret, in any encoding, reaches the issue (body, comments and the records
// sealed in them), the model's request, Slack, Jira or the action's log.
import { afterAll, beforeAll, expect, it, jest } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { runActionInProcess } from '../../harness/action-in-process.js'
import { startStandIns, type StandIns } from '../../harness/standins/index.js'
import {
  JIRA_API_TOKEN,
  JIRA_EMAIL,
  startJira,
  type JiraHandle
} from '../../harness/standins/notify/jira.js'
import { startSlack, type SlackHandle } from '../../harness/standins/notify/slack.js'
import { encodings, SECRET_CORPUS } from '../fixtures/secrets/corpus.js'
import { Fake } from '../fixtures/secrets/fake.js'

jest.setTimeout(90_000)
const REPO = 'acme/ops'
const GROUP = '/checkout/web'
const at = Date.now() - 60_000

// Secrets in the alarm's name: in the console link they are URL-encoded, so the encoding hides
// them from patterns that see only the link (a token after `%20` no longer starts a word).
const fake = new Fake(42)
const NAME_SECRETS = {
  github: fake.githubFineGrained(),
  hook: fake.chars('abcdefghijkmnopqrstuvwxyz23456789', 16),
  // Across the cuts normalize makes before the run's redactor sees the incident: the console
  // link's title (`CloudWatch alarm ` and the name) at 200, the incident's title (the name and
  // ` is ALARM in …`) at 256. Cut through, they would leave a prefix no pattern knows.
  acrossLinkCut: fake.githubClassic(),
  acrossTitleCut: fake.awsSecretKey()
}
/** `text`, padded so that `secret` starts at `offset`, then `secret`. */
const placed = (text: string, offset: number, secret: string): string =>
  `${text} ${'-'.repeat(offset - text.length - 2)} ${secret}`
const ALARM = placed(
  placed(
    `checkout-5xx ${NAME_SECRETS.github} page ops:${NAME_SECRETS.hook}@hooks.example.com`,
    200 - 'CloudWatch alarm '.length - 16,
    NAME_SECRETS.acrossLinkCut
  ),
  256 - 16,
  NAME_SECRETS.acrossTitleCut
)
/** The secrets a cut went through 16 characters in: not even those may show (after a `ghp_`). */
const CUT_THROUGH = [NAME_SECRETS.acrossLinkCut, NAME_SECRETS.acrossTitleCut]

let standIns: StandIns
let slack: SlackHandle
let jira: JiraHandle

beforeAll(async () => {
  ;[standIns, slack, jira] = await Promise.all([
    startStandIns({ github: { now: () => new Date() } }),
    startSlack(),
    startJira()
  ])
  // Each case's events in the app's stream, a line between cases; the proxy's stream logs at the
  // same moments, so FilterLogEvents interleaves the two.
  const app: { timestamp: number; message: string }[] = []
  const proxy: { timestamp: number; message: string }[] = []
  let t = at - 10 * 60_000
  for (const c of SECRET_CORPUS) {
    for (const message of [...c.events, `INFO request done (${c.id})`]) {
      app.push({ timestamp: t, message })
      proxy.push({ timestamp: t, message: `GET /health 200 in ${t % 7} ms` })
      t += 250
    }
  }
  standIns.logs.putLogEvents(GROUP, 'checkout/app/i-0abc', app)
  standIns.logs.putLogEvents(GROUP, 'checkout/proxy/i-0abc', proxy)
})
afterAll(async () => {
  await Promise.all([standIns.stop(), slack.close(), jira.close()])
})

/** Sealed records in issue text (`<!-- opsloop:record <base64url>.<seal> -->`), decoded. */
const records = (text: string): string[] =>
  [...text.matchAll(/opsloop:record ([A-Za-z0-9_-]+)\.[0-9a-f]+/g)].map((m) =>
    Buffer.from(m[1] ?? '', 'base64url').toString('utf8')
  )

it('lets no secret of the corpus reach the issue, the model, Slack, Jira or the log', async () => {
  const payload = JSON.parse(
    readFileSync('test/fixtures/dispatch/checkout-web-5xx-with-context.json', 'utf8')
  ) as {
    event: {
      time: string
      detail: { alarmName: string; configuration: { description?: string } }
    }
    context: Record<string, unknown>
  }
  payload.event.time = new Date(at).toISOString()
  payload.event.detail.alarmName = ALARM
  payload.event.detail.configuration.description = SECRET_CORPUS.map((c) =>
    c.events.join('\n')
  ).join('\n')
  payload.context.logGroups = [GROUP]
  standIns.bedrock.toolUse({
    summary: 'Checkout returns 5xx.',
    severity: 'high',
    causes: [{ cause: 'Credentials rejected upstream.', confidence: 0.5, evidence: ['E1'] }],
    runbook: 'restart-systemd-service',
    parameters: {},
    rationale: 'E1.'
  })
  const run = await runActionInProcess({
    env: standIns.env,
    eventName: 'repository_dispatch',
    webhook: { action: 'aws-incident', client_payload: payload },
    inputs: {
      'model-id': 'us.anthropic.claude-sonnet-4-5-20250929-v1:0',
      'slack-webhook-url': slack.webhookUrl,
      'jira-base-url': jira.url,
      'jira-email': JIRA_EMAIL,
      'jira-api-token': JIRA_API_TOKEN,
      'jira-project': 'OPS'
    }
  })
  expect(run.outputs).toMatchObject({ action: 'created', 'triage-provider': 'bedrock' })

  const issues = standIns.github.state.issuesOf(REPO).map((i) => {
    const comments = standIns.github.state.commentsOf(REPO, i.number).map((c) => c.body)
    return { title: i.title, body: i.body, labels: i.labels, comments }
  })
  const onGitHub = JSON.stringify(issues)
  const places: Record<string, string> = {
    'the issue': onGitHub,
    'records in the issue': records(
      issues.map((i) => [i.body, ...i.comments].join('\n')).join('\n')
    ).join('\n'),
    'the model request': JSON.stringify(standIns.bedrock.requests),
    Slack: JSON.stringify(slack.messages),
    Jira: JSON.stringify({ issues: jira.issues, requests: jira.requests.map((r) => r.body) }),
    'the action log': run.stdout,
    'the job summary': run.summary,
    'the outputs': JSON.stringify(run.outputs)
  }

  // What was planted got there (redacted): the logs, the description, the link, the records.
  const body = issues[0]?.body ?? ''
  expect(body).toContain('[REDACTED:private-key#')
  expect(body).toMatch(/alarmsV2:alarm\/[^)\s]*REDACTED/)
  const prompt = standIns.bedrock.requests.at(-1)?.messages[0]?.content?.[0]?.text ?? ''
  expect(prompt).toMatch(/"label": "log \/checkout\/web/)
  expect(prompt).toContain('[REDACTED:private-key#')
  expect(places['records in the issue']).toContain('[REDACTED:')
  expect(slack.messages.length).toBeGreaterThanOrEqual(1)
  expect(jira.issues).toHaveLength(1)

  const leaks: string[] = []
  const secrets = [
    ...SECRET_CORPUS.flatMap((c) => c.secrets.map((s) => [c.id, s] as const)),
    ...Object.entries(NAME_SECRETS).map(([k, s]) => [`alarm name ${k}`, s] as const)
  ]
  for (const [where, text] of Object.entries(places))
    for (const [id, secret] of secrets)
      if (encodings(secret).some((e) => text.includes(e))) leaks.push(`${id} in ${where}`)
  for (const [where, text] of Object.entries(places))
    for (const secret of CUT_THROUGH)
      if (encodings(secret.slice(4, 14)).some((e) => text.includes(e)))
        leaks.push(`the start of ${secret.slice(0, 4)}… in ${where}`)
  expect(leaks).toEqual([])
  expect(slack.violations).toEqual([])
  expect(jira.violations).toEqual([])
  standIns.github.assertNoViolations()
})
