// End to end: the committed action bundle (dist/index.js, built from src/main.ts) runs as the
// runner runs it (inputs in INPUT_*, the webhook in GITHUB_EVENT_PATH, outputs in GITHUB_OUTPUT)
// against the local stand-ins, configured only by environment. Nothing of ours is mocked.
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { ActionRun } from '../../harness/action-bundle.js'
import { runActionInProcess } from '../../harness/action-in-process.js'
import { startStandIns, type StandIns } from '../../harness/standins/index.js'

// Each run is in process (harness/action-in-process.ts) without real-time waits; the timeout
// allows for a loaded machine.
jest.setTimeout(30_000)
const scratch = mkdtempSync(join(tmpdir(), 'opsloop-e2e-'))
let standIns: StandIns

beforeAll(async () => {
  standIns = await startStandIns()
  // The fleet the example alarm's plan targets by tag: its instances are bound into the plan.
  for (const id of ['i-0aaaaaaaaaaaaaaa1', 'i-0aaaaaaaaaaaaaaa2'])
    standIns.ssm.registerInstance({ instanceId: id, tags: { Role: 'checkout-web' } })
})

afterAll(async () => {
  await standIns.stop()
  rmSync(scratch, { recursive: true, force: true })
})

/** A repository_dispatch delivery as EventBridge's API destination sends it. */
function delivery(state: 'ALARM' | 'OK', time: string, id = `evt-${time}`): object {
  const payload = JSON.parse(
    readFileSync('test/fixtures/dispatch/checkout-web-5xx-with-context.json', 'utf8')
  ) as { event: { id: string; time: string; detail: { state: { value: string } } } }
  payload.event.id = id
  payload.event.time = time
  payload.event.detail.state.value = state
  return { action: 'aws-incident', client_payload: payload, repository: { full_name: 'acme/ops' } }
}

type Run = ActionRun

function runAction(
  webhook: object,
  inputs: Record<string, string> = {},
  eventName = 'repository_dispatch'
): Promise<Run> {
  return runActionInProcess({
    env: {
      ...standIns.env,
      GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567'
    },
    eventName,
    webhook,
    inputs: { 'close-on-recovery': 'false', ...inputs }
  })
}

const requestsDuring = async <T>(work: () => Promise<T>): Promise<[T, number]> => {
  const before = standIns.github.requests.length
  const result = await work()
  return [result, standIns.github.requests.length - before]
}

describe('intake through the action entry point', () => {
  let fp = ''
  let digest = ''

  it('opens one issue for a new alarm, with triage, plan, approval instructions and provenance', async () => {
    const [{ outputs, code, summary }, requests] = await requestsDuring(() =>
      runAction(delivery('ALARM', '2026-03-14T09:21:07Z'))
    )
    expect(code).toBe(0)
    expect(summary).toContain('| Action | created: opened a new incident issue |')
    expect(summary).toContain('| Runbook | `restart-systemd-service` |')
    expect(outputs).toMatchObject({
      action: 'created',
      'issue-number': '1',
      'runbook-id': 'restart-systemd-service',
      severity: 'medium',
      'triage-provider': 'rules',
      'plan-digest': expect.stringMatching(/^[0-9a-f]{64}$/)
    })
    fp = outputs.fingerprint ?? ''
    digest = outputs['plan-digest'] ?? ''
    const issue = standIns.github.state.issue('acme/ops', 1)
    expect(issue?.title).toBe('[incident] checkout-web-target-5xx is ALARM in eu-west-1')
    expect([...(issue?.labels ?? [])].sort()).toEqual([
      'opsloop',
      `opsloop:fp:${fp}`,
      'runbook:restart-systemd-service',
      'severity:medium',
      'source:cloudwatch'
    ])
    const body = issue?.body ?? ''
    // The body holds one sealed record (the occurrence state) and never the plan as data.
    expect(body.match(/<!-- opsloop:record [A-Za-z0-9_-]+\.[0-9a-f]{64} -->/g)).toHaveLength(1)
    expect(body).not.toContain('opsloop:plan')
    expect(body).toContain(
      '2 instance(s) tagged `Role=checkout-web`: `i-0aaaaaaaaaaaaaaa1`, `i-0aaaaaaaaaaaaaaa2`'
    )
    expect(body).toMatch(/\*\*`restart-systemd-service`\*\*: Restart a systemd service on EC2/)
    expect(body).toContain(`comment \`/approve ${digest.slice(0, 12)}\` on this issue`)
    expect(body).toContain(`plan digest \`${digest}\``)
    expect(body).toContain('at `0123456789ab`')
    expect(body).toContain('| Occurrences | 1 (last delivered')
    expect(body.length).toBeLessThanOrEqual(65_536)
    // OpsLoop's sealed record of the incident and its plan is the issue's first comment.
    const record = standIns.github.state.commentsOf('acme/ops', 1)
    expect(record).toHaveLength(1)
    expect(record[0]?.user).toBe('github-actions[bot]')
    expect(record[0]?.body).toContain(`📋 Plan \`${digest.slice(0, 12)}\` proposed`)
    expect(record[0]?.body.match(/<!-- opsloop:record /g)).toHaveLength(2)
    // Budget (GITHUB_TOKEN has 1,000 requests an hour): take the incident's lock (create its
    // label), find the incident's issues, past incidents by fingerprint and by title,
    // deployments, releases and merged pull requests of this repository (plus one status per
    // recent deployment, at most 5; none here), OpsLoop's open watch issues (one page: the log
    // detector's earlier signal in the incident's log groups), the AWS Health incidents updated
    // in the last day (one page: for change attribution's operational checks), create, record,
    // release the lock.
    expect(requests).toBe(12)
    expect(standIns.github.state.labelsOf('acme/ops').map((l) => l.name)).not.toContain(
      `opsloop:lock:${fp}`
    )
  })

  it('counts a repeat delivery in place, without a second issue or a comment', async () => {
    const [{ outputs }, requests] = await requestsDuring(() =>
      runAction(delivery('ALARM', '2026-03-14T09:26:07Z'))
    )
    expect(outputs).toMatchObject({ action: 'updated', 'issue-number': '1', occurrences: '2' })
    expect(standIns.github.state.issuesOf('acme/ops')).toHaveLength(1)
    expect(standIns.github.state.commentsOf('acme/ops', 1)).toHaveLength(1)
    expect(standIns.github.state.issue('acme/ops', 1)?.body).toContain(
      '| Occurrences | 2 (last delivered'
    )
    // Budget: a repeat costs 4 requests: the lock (2), find the issue, update its body.
    expect(requests).toBe(4)
  })

  it('ignores a redelivery of the same event (same id) with one read under the lock', async () => {
    const [{ outputs }, requests] = await requestsDuring(() =>
      runAction(delivery('ALARM', '2026-03-14T09:26:07Z'))
    )
    expect(outputs).toMatchObject({ action: 'duplicate', occurrences: '2' })
    // The lock (2) and one read.
    expect(requests).toBe(3)
  })

  it('notes recovery to OK with a comment and a label, and a re-fire takes the label off', async () => {
    const { outputs } = await runAction(delivery('OK', '2026-03-14T09:40:00Z'))
    expect(outputs).toMatchObject({ action: 'resolved', 'issue-number': '1' })
    expect(standIns.github.state.commentsOf('acme/ops', 1).at(-1)?.body).toMatch(
      /^✅ `checkout-web-target-5xx` returned to `OK` at `2026-03-14T09:40:00Z`/
    )
    expect(standIns.github.state.issue('acme/ops', 1)?.labels).toContain('recovered')
    expect(standIns.github.state.issue('acme/ops', 1)?.state).toBe('open')

    const [again, requests] = await requestsDuring(() =>
      runAction(delivery('ALARM', '2026-03-14T09:50:00Z'))
    )
    expect(again.outputs).toMatchObject({ action: 'updated', occurrences: '3' })
    expect(standIns.github.state.commentsOf('acme/ops', 1).at(-1)?.body).toMatch(/^🔁 Fired again/)
    expect(standIns.github.state.issue('acme/ops', 1)?.labels).not.toContain('recovered')
    // The lock (2), find, the comment, the body, the label taken off.
    expect(requests).toBe(6)
  })

  it('closes the issue on recovery when close-on-recovery is on', async () => {
    const { outputs } = await runAction(delivery('OK', '2026-03-14T10:00:00Z'), {
      'close-on-recovery': 'true'
    })
    expect(outputs).toMatchObject({ action: 'resolved' })
    expect(standIns.github.state.issue('acme/ops', 1)?.state).toBe('closed')
    standIns.github.assertNoViolations()
  })

  it('opens an issue for a payload of unknown shape, with the payload and what was wrong', async () => {
    const webhook = { action: 'aws-incident', client_payload: { alarm: 'db down', note: '@all' } }
    const { outputs } = await runAction(webhook)
    expect(outputs).toMatchObject({ action: 'created', 'triage-provider': 'rules' })
    const issue = standIns.github.state.issue('acme/ops', Number(outputs['issue-number']))
    expect(issue?.title).toMatch(/^\[incident\] Unrecognized: /)
    expect(issue?.body).toContain('client\\_payload has no `event`')
    expect(issue?.body).toContain('"alarm": "db down"')
    expect(issue?.labels).toContain('opsloop')
    standIns.github.assertNoViolations()
  })

  it('fails clearly, without a stack trace, when a workflow_dispatch event is not JSON', async () => {
    const { code, stdout } = await runAction(
      { inputs: { event: '{"detail-type": ' } },
      { command: 'intake' },
      'workflow_dispatch'
    )
    expect(code).toBe(1)
    expect(stdout).toMatch(/::error::the `event` input is not valid JSON: /)
    expect(stdout).not.toMatch(/\n\s+at /)
  })

  it('triages with Bedrock when a model is configured, and falls back to rules when it is denied', async () => {
    const model = 'us.anthropic.claude-sonnet-4-5-20250929-v1:0'
    standIns.bedrock.toolUse({
      summary: 'Targets behind the checkout ALB return 5xx.',
      severity: 'high',
      causes: [
        { cause: 'The service on the web hosts is wedged.', confidence: 0.6, evidence: ['E1'] }
      ],
      runbook: 'restart-systemd-service',
      parameters: {},
      rationale: 'Target 5xx with healthy hosts (E1).'
    })
    const other = (id: string) => {
      const d = delivery('ALARM', '2026-03-15T08:00:00Z', id) as {
        client_payload: { event: { resources: string[]; detail: { alarmName: string } } }
      }
      d.client_payload.event.resources = [`arn:aws:cloudwatch:eu-west-1:111122223333:alarm:${id}`]
      d.client_payload.event.detail.alarmName = id
      return d
    }
    const viaModel = await runAction(other('checkout-5xx-a'), { 'model-id': model })
    expect(viaModel.outputs).toMatchObject({
      action: 'created',
      'triage-provider': 'bedrock',
      severity: 'high'
    })
    const body =
      standIns.github.state.issue('acme/ops', Number(viaModel.outputs['issue-number']))?.body ?? ''
    expect(body).toContain('> **Summary** (model): Targets behind the checkout ALB return 5xx.')
    expect(body).toMatch(
      /model `us\.anthropic\.claude-sonnet-4-5-20250929-v1:0`, prompt `triage\/4` `[0-9a-f]{12}`, 1 attempt/
    )

    standIns.bedrock.fault('AccessDeniedException')
    const denied = await runAction(other('checkout-5xx-b'), { 'model-id': model })
    expect(denied.outputs).toMatchObject({ action: 'created', 'triage-provider': 'rules' })
    const note = standIns.github.state.issue(
      'acme/ops',
      Number(denied.outputs['issue-number'])
    )?.body
    expect(note).toMatch(/was not used: the call failed with AccessDeniedException \(HTTP 403\)/)
    standIns.github.assertNoViolations()
  })
})
