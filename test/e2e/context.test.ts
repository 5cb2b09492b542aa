// Evidence before opinion, end to end: logs, metric history, recent changes (deployments,
// releases, merged pull requests) and past incidents gathered around the alarm flow into the
// triage request and the issue as evidence ids, for both providers. Sources that fail (a log group
// that does not exist, a repository the token cannot read, throttled metrics, denied logs) are
// reported as not available, never fatal; huge, binary and oddly encoded log lines stay bounded
// and printable; secrets in log lines are redacted.
import { afterAll, beforeAll, expect, it, jest } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { fingerprint } from '../../src/intake/fingerprint.js'
import { fingerprintLabel } from '../../src/issue/labels.js'
import { normalize } from '../../src/intake/normalize.js'
import { runActionInProcess } from '../../harness/action-in-process.js'
import { BOT_LOGIN } from '../../harness/standins/github/index.js'
import { startStandIns, type StandIns } from '../../harness/standins/index.js'

jest.setTimeout(60_000)
let standIns: StandIns
const payload = JSON.parse(
  readFileSync('test/fixtures/dispatch/checkout-web-5xx-with-context.json', 'utf8')
) as { event: { time: string }; context: Record<string, unknown> }
const at = Date.now() - 60_000
payload.event.time = new Date(at).toISOString()
payload.context.logGroups = ['/checkout/web', '/checkout/missing']
const fp = fingerprint(normalize(payload))
const minutesAgo = (m: number): string => new Date(at - m * 60_000).toISOString()

beforeAll(async () => {
  standIns = await startStandIns({
    github: {
      now: () => new Date(),
      repos: [{ repo: 'acme/ops' }, { repo: 'acme/secret' }],
      deployments: [
        {
          environment: 'production',
          ref: 'main',
          description: 'checkout-web 2.14.0',
          creator: 'bob',
          createdAt: minutesAgo(12),
          statuses: [{ state: 'success', createdAt: minutesAgo(10) }]
        },
        // Outside the 24-hour window: not a recent change.
        { environment: 'production', ref: 'main', createdAt: minutesAgo(26 * 60) },
        // OpsLoop's own job in its `opsloop` environment: not a change to the system.
        {
          environment: 'opsloop',
          ref: 'main',
          description: 'OpsLoop job',
          createdAt: minutesAgo(5)
        }
      ],
      pulls: [
        {
          title: 'Lower the upstream read timeout to 2s',
          user: 'bob',
          createdAt: minutesAgo(300),
          mergedAt: minutesAgo(40)
        },
        { title: 'Closed without merging', createdAt: minutesAgo(90), closedAt: minutesAgo(30) }
      ],
      releases: [{ tag: 'v2.14.0', name: 'Checkout 2.14', createdAt: minutesAgo(15) }],
      users: [{ login: 'bob', roles: { 'acme/ops': 'write' } }],
      issues: [
        {
          title: '[incident] checkout-web-target-5xx is ALARM in eu-west-1',
          body: 'an earlier occurrence',
          labels: [
            'opsloop',
            fingerprintLabel(fp),
            'remediated',
            'runbook:restart-systemd-service'
          ],
          state: 'closed'
        }
      ]
    }
  })
  // The workflow's token reads only its own repository.
  standIns.github.state.user(BOT_LOGIN)?.roles.delete('acme/secret')
  const lines = []
  for (let i = 0; i < 600; i++)
    lines.push({
      timestamp: at - 20 * 60_000 + i * 1_500,
      message: `INFO GET /cart 200 in ${i % 50} ms`
    })
  for (let i = 0; i < 40; i++)
    lines.push({
      timestamp: at - 60_000 + i * 1_000,
      message: `ERROR upstream timed out (110: Connection timed out) while reading response header from upstream 10.0.3.${i}:8080 token=sk_live_${'a1B2c3D4e5F6g7H8'.repeat(2)}`
    })
  standIns.logs.putLogEvents('/checkout/web', 'i-0abc/nginx', lines)
  standIns.cloudwatch.putMetricData(
    'AWS/ApplicationELB',
    'HTTPCode_Target_5XX_Count',
    {
      LoadBalancer: 'app/checkout-prod/50dc6c495c0c9188',
      TargetGroup: 'targetgroup/checkout-web/6d0ecf831eec9f09'
    },
    Array.from({ length: 30 }, (_, i) => ({
      timestamp: at - (29 - i) * 60_000,
      value: i < 25 ? 2 : 400
    }))
  )
})
afterAll(async () => {
  await standIns.stop()
})

it('puts logs, metric history, recent changes and past incidents into the triage and the issue', async () => {
  standIns.bedrock.toolUse({
    summary: 'Upstream timeouts behind the checkout ALB.',
    severity: 'high',
    causes: [{ cause: 'nginx upstream timeouts.', confidence: 0.7, evidence: ['E12'] }],
    runbook: 'restart-systemd-service',
    parameters: {},
    rationale: 'Errors in the logs (E12) match the 5xx.'
  })
  const run = await runActionInProcess({
    env: standIns.env,
    eventName: 'repository_dispatch',
    webhook: { action: 'aws-incident', client_payload: payload },
    inputs: {
      'model-id': 'us.anthropic.claude-sonnet-4-5-20250929-v1:0',
      'change-repositories': 'acme/ops, acme/secret'
    }
  })
  expect(run.outputs).toMatchObject({ action: 'created', 'triage-provider': 'bedrock' })
  const body =
    standIns.github.state.issue('acme/ops', Number(run.outputs['issue-number']))?.body ?? ''
  expect(body).toContain('### Context')
  expect(body).toMatch(
    /`AWS\/ApplicationELB HTTPCode_Target_5XX_Count .*`: `[▁▂▃▄▅▆▇█]+` baseline 2, peak 400/
  )
  expect(body).toMatch(
    /- E\d+ Past incident #1 \(same alarm\): `\[incident\] checkout-web-target-5xx is ALARM in eu-west-1` · `remediated` · `runbook:restart-systemd-service`/
  )
  expect(body).toMatch(/Not available: logs \/checkout\/missing: ResourceNotFoundException/)
  expect(body).toMatch(/<summary>Logs <code>\/checkout\/web<\/code>: 640 lines/)
  expect(body).toMatch(
    /<summary>Chart of E\d+ with the alarm threshold<\/summary>\n\n```mermaid\nxychart-beta\n {2}x-axis \["\d\d:\d\d"(, "\d\d:\d\d")+\]\n {2}line \[2, 2, .*400\]\n {2}line \[50, 50/
  )
  // Evidence ids for each source, in the table and in the prompt.
  expect(body).toMatch(/\| E\d+ \| log \/checkout\/web \(error, ×40/)
  expect(body).toMatch(/\| E\d+ \| metric history AWS\/ApplicationELB/)
  expect(body).toMatch(/\| E\d+ \| past incident `#1` \|/)
  // Recent changes, newest first, each an evidence item; the old deployment and the unmerged
  // pull request are not among them.
  const changes = body
    .slice(body.indexOf('- Recent changes, newest first:'))
    .split('\n')
    .slice(1, 5)
  expect(changes).toEqual([
    expect.stringMatching(
      /^ {2}- E\d+ deployment to production \(acme\/ops\): `"checkout-web 2\.14\.0", by bob, 12 min before the incident, ref main at [0-9a-f]{7}, status success`$/
    ),
    expect.stringMatching(
      /^ {2}- E\d+ release v2\.14\.0 \(acme\/ops\): `"Checkout 2\.14", by github-actions\[bot\], 15 min before the incident`/
    ),
    expect.stringMatching(
      /^ {2}- E\d+ merged pull request `#\d+` \(acme\/ops\): `"Lower the upstream read timeout to 2s", by bob, 40 min before the incident, into main` \(\[view\]\(https:\/\/github\.com\/acme\/ops\/pull\/\d+\)\)$/
    ),
    expect.not.stringMatching(/^ {2}- /)
  ])
  expect(body).not.toContain('Closed without merging')
  expect(body).not.toContain('deployment to opsloop')
  // The private repository the workflow token cannot see is reported, with what to do.
  expect(body).toMatch(
    /Not available: deployments of acme\/secret: not found, or not visible to this token .*remove it from change-repositories/
  )
  const prompt = standIns.bedrock.requests.at(-1)?.messages[0]?.content?.[0]?.text ?? ''
  expect(prompt).toMatch(/"label": "log \/checkout\/web \(error, ×40/)
  expect(prompt).toContain('"label": "past incident #1"')
  expect(prompt).toMatch(
    /"source": "change",\s+"label": "deployment to production \(acme\/ops\)",\s+"text": "\\"checkout-web 2\.14\.0\\", by bob, 12 min before the incident/
  )
  // The key in the log lines never left the run.
  expect(body).not.toContain('sk_live_')
  expect(prompt).not.toContain('sk_live_')
  standIns.github.assertNoViolations()
})

it('the rules triage cites the log evidence as a lead, judges the change instead of blaming its timing, and the past runbook settles the plan', async () => {
  const rules = { ...payload, event: { ...payload.event, id: 'rules-run' } }
  // A second incident of the same alarm while the first is open would only count an occurrence.
  const open = standIns.github.state.issues.filter((i) => i.state === 'open')
  for (const i of open) i.state = 'closed'
  const run = await runActionInProcess({
    env: standIns.env,
    eventName: 'repository_dispatch',
    webhook: { action: 'aws-incident', client_payload: rules },
    inputs: { 'triage-provider': 'rules' }
  })
  expect(run.outputs).toMatchObject({
    action: 'created',
    'triage-provider': 'rules',
    'runbook-id': 'restart-systemd-service'
  })
  const body =
    standIns.github.state.issue('acme/ops', Number(run.outputs['issue-number']))?.body ?? ''
  const id = (label: RegExp): string =>
    body.match(new RegExp(`\\| (E\\d+) \\| ${label.source}`))?.[1] ?? '?'
  const log = id(/log \/checkout\/web \(error, ×40/)
  // The deployment 12 minutes before is no lead for its timing: attribution judged it, and with
  // no diff that GitHub could give (its commit is unknown there), nothing convicts it.
  expect(body).not.toContain('A change landed')
  expect(body).toMatch(
    new RegExp(`1\\. A new ERROR log line in /checkout/web: .*upstream timed out.*${log}`)
  )
  expect(body).toContain('No change is named: no change is supported by evidence')
  expect(body).toMatch(/Not available: .*build contents of deployment \d+ \(acme\/ops\): /)
  standIns.github.assertNoViolations()
})

it('carries on when metrics are throttled, logs are denied and log lines are huge, binary or oddly encoded', async () => {
  const odd = { ...payload, event: { ...payload.event, id: 'odd-logs' } }
  odd.context = { logGroups: ['/checkout/odd', '/checkout/denied'] }
  for (const i of standIns.github.state.issues) i.state = 'closed'
  const huge = `ERROR payload dump ${'x'.repeat(200_000)}`
  const binary = `ERROR frame \u0000\u0001\u0002\u001b[31mred\u001b[0m \ufffd\ufffd \ud800 end`
  const latin1 = Buffer.from('ERROR Benutzer Müller nicht gefunden', 'utf8').toString('latin1')
  standIns.logs.putLogEvents(
    '/checkout/odd',
    'i-0abc/app',
    [huge, binary, latin1, 'INFO ok'].map((message, i) => ({
      timestamp: at - 120_000 + i * 1_000,
      message
    }))
  )
  standIns.aws.fail('GetMetricData', { type: 'Throttling', message: 'Rate exceeded' }, 10)
  standIns.aws.fail(
    'FilterLogEvents',
    { type: 'AccessDeniedException', message: 'not authorized to perform: logs:FilterLogEvents' },
    1,
    (input) => (input as { logGroupName?: string }).logGroupName === '/checkout/denied'
  )
  const run = await runActionInProcess({
    env: standIns.env,
    eventName: 'repository_dispatch',
    webhook: { action: 'aws-incident', client_payload: odd },
    inputs: { 'triage-provider': 'rules', 'change-repositories': 'none' }
  })
  expect(run.outputs).toMatchObject({ action: 'created' })
  const body =
    standIns.github.state.issue('acme/ops', Number(run.outputs['issue-number']))?.body ?? ''
  expect(body).toMatch(
    /Not available: metrics: Throttling \(HTTP 400\) after \d attempts: Rate exceeded/
  )
  expect(body).toMatch(
    /Not available: logs \/checkout\/denied: AccessDeniedException \(HTTP 400\): not authorized/
  )
  // Printable and bounded: no control characters, the 200 KB line cut.
  // eslint-disable-next-line no-control-regex
  expect(body).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/)
  expect(body.length).toBeLessThan(64_000)
  expect(body).toContain('ERROR payload dump')
  expect(body).toContain('Mueller'.replace('ue', 'Ã¼'))
  expect(body).not.toContain('recent changes')
  standIns.github.assertNoViolations()
})
