// Evidence before opinion, end to end: logs, metric history and a past incident gathered around
// the alarm flow into the triage request and the issue as evidence ids; a log group that does
// not exist is reported as missing, not fatal; secrets in log lines are redacted.
import { afterAll, beforeAll, expect, it, jest } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { fingerprint, fingerprintLabel } from '../../src/intake/fingerprint.js'
import { normalize } from '../../src/intake/normalize.js'
import { runActionBundle } from '../helpers/action.js'
import { startStandIns, type StandIns } from '../support/index.js'

jest.setTimeout(60_000)
let standIns: StandIns
const payload = JSON.parse(
  readFileSync('runbooks/examples/restart-systemd-service/alb-target-5xx.json', 'utf8')
) as { event: { time: string }; context: Record<string, unknown> }
const at = Date.now() - 60_000
payload.event.time = new Date(at).toISOString()
payload.context.logGroups = ['/checkout/web', '/checkout/missing']
const fp = fingerprint(normalize(payload))

beforeAll(async () => {
  standIns = await startStandIns({
    github: {
      now: () => new Date(),
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

it('puts logs, metric history and past incidents into the triage and the issue', async () => {
  standIns.bedrock.toolUse({
    summary: 'Upstream timeouts behind the checkout ALB.',
    severity: 'high',
    causes: [{ cause: 'nginx upstream timeouts.', confidence: 0.7, evidence: ['E12'] }],
    runbook: 'restart-systemd-service',
    parameters: {},
    rationale: 'Errors in the logs (E12) match the 5xx.'
  })
  const run = await runActionBundle({
    env: standIns.env,
    eventName: 'repository_dispatch',
    webhook: { action: 'aws-incident', client_payload: payload },
    inputs: { 'model-id': 'us.anthropic.claude-sonnet-4-5-20250929-v1:0' }
  })
  expect(run.outputs).toMatchObject({ action: 'created', 'triage-provider': 'bedrock' })
  const body =
    standIns.github.state.issue('acme/ops', Number(run.outputs['issue-number']))?.body ?? ''
  expect(body).toContain('### Context')
  expect(body).toMatch(
    /`AWS\/ApplicationELB HTTPCode_Target_5XX_Count .*`: `[▁▂▃▄▅▆▇█]+` baseline 2, peak 400/
  )
  expect(body).toContain(
    'Past incident #1: `[incident] checkout-web-target-5xx is ALARM in eu-west-1` · `remediated` · `runbook:restart-systemd-service`'
  )
  expect(body).toMatch(/Not available: logs \/checkout\/missing: ResourceNotFoundException/)
  expect(body).toMatch(/<summary>Logs `\/checkout\/web`: 640 line\(s\)/)
  // Evidence ids for each source, in the table and in the prompt.
  expect(body).toMatch(/\| E\d+ \| log \/checkout\/web \(error, ×40/)
  expect(body).toMatch(/\| E\d+ \| metric history AWS\/ApplicationELB/)
  expect(body).toMatch(/\| E\d+ \| past incident #\u2060?1 \|/)
  const prompt = standIns.bedrock.requests.at(-1)?.messages[0]?.content?.[0]?.text ?? ''
  expect(prompt).toMatch(/"label": "log \/checkout\/web \(error, ×40/)
  expect(prompt).toContain('"label": "past incident #1"')
  // The key in the log lines never left the run.
  expect(body).not.toContain('sk_live_')
  expect(prompt).not.toContain('sk_live_')
  standIns.github.assertNoViolations()
})
