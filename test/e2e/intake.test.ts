// End to end: the committed action bundle (dist/index.js, built from src/main.ts) runs as the
// runner runs it (inputs in INPUT_*, the webhook in GITHUB_EVENT_PATH, outputs in GITHUB_OUTPUT)
// against the local stand-ins, configured only by environment. Nothing of ours is mocked.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFile } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { BOT_TOKEN } from '../support/github/index.js'
import { startStandIns, type StandIns } from '../support/index.js'

const run = promisify(execFile)
const scratch = mkdtempSync(join(tmpdir(), 'opsloop-e2e-'))
let standIns: StandIns

beforeAll(async () => {
  standIns = await startStandIns()
})

afterAll(async () => {
  await standIns.stop()
  rmSync(scratch, { recursive: true, force: true })
})

/** A repository_dispatch delivery as EventBridge's API destination sends it. */
function delivery(state: 'ALARM' | 'OK', time: string): object {
  const payload = JSON.parse(
    readFileSync('runbooks/examples/restart-systemd-service/alb-target-5xx.json', 'utf8')
  ) as { event: { time: string; detail: { state: { value: string } } } }
  payload.event.time = time
  payload.event.detail.state.value = state
  return { action: 'aws-incident', client_payload: payload, repository: { full_name: 'acme/ops' } }
}

async function runAction(webhook: object): Promise<Record<string, string>> {
  const id = Math.random().toString(36).slice(2)
  const eventPath = join(scratch, `event-${id}.json`)
  const outputPath = join(scratch, `output-${id}.txt`)
  writeFileSync(eventPath, JSON.stringify(webhook))
  writeFileSync(outputPath, '')
  const env = {
    PATH: process.env.PATH ?? '',
    ...standIns.env,
    GITHUB_EVENT_NAME: 'repository_dispatch',
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: 'acme/ops',
    GITHUB_OUTPUT: outputPath,
    GITHUB_STEP_SUMMARY: join(scratch, `summary-${id}.md`),
    'INPUT_GITHUB-TOKEN': BOT_TOKEN,
    INPUT_RUNBOOKS: 'runbooks'
  }
  await run(process.execPath, [join(process.cwd(), 'dist/index.js')], { env, timeout: 30_000 })
  const outputs: Record<string, string> = {}
  for (const m of readFileSync(outputPath, 'utf8').matchAll(/^([\w-]+)<<(.+)\n([\s\S]*?)\n\2$/gm)) {
    outputs[m[1] ?? ''] = m[3] ?? ''
  }
  return outputs
}

describe('intake through the action entry point', () => {
  it('opens one issue for a new alarm, with facts, the rule triage and its fingerprint', async () => {
    const before = standIns.github.requests.length
    const out = await runAction(delivery('ALARM', '2026-03-14T09:21:07Z'))
    expect(out).toMatchObject({
      action: 'created',
      'issue-number': '1',
      runbook: 'restart-systemd-service'
    })
    const issue = standIns.github.state.issue('acme/ops', 1)
    expect(issue?.title).toBe('[incident] checkout-web-target-5xx is ALARM in eu-west-1')
    expect([...(issue?.labels ?? [])].sort()).toEqual([
      'opsloop',
      `opsloop:fp:${out.fingerprint ?? ''}`,
      'severity:medium'
    ])
    expect(issue?.body).toContain(`<!-- opsloop:fingerprint=${out.fingerprint ?? ''} -->`)
    expect(issue?.body).toMatch(/Proposed runbook: \*\*`restart-systemd-service`\*\*/)
    // Budget: a new incident costs at most 8 GitHub requests (GITHUB_TOKEN has 1,000 an hour).
    expect(standIns.github.requests.length - before).toBeLessThanOrEqual(8)
  })

  it('turns a repeat delivery into an occurrence comment, not a second issue', async () => {
    const before = standIns.github.requests.length
    const out = await runAction(delivery('ALARM', '2026-03-14T09:26:07Z'))
    expect(out).toMatchObject({ action: 'updated', 'issue-number': '1' })
    expect(standIns.github.state.issuesOf('acme/ops')).toHaveLength(1)
    expect(standIns.github.state.commentsOf('acme/ops', 1).map((c) => c.body)).toEqual([
      expect.stringMatching(/^🔁 Delivered again at `2026-03-14T09:26:07Z` \(`ALARM`\)/)
    ])
    // Budget: a duplicate costs at most 3 requests.
    expect(standIns.github.requests.length - before).toBeLessThanOrEqual(3)
  })

  it('notes recovery to OK on the open issue', async () => {
    const out = await runAction(delivery('OK', '2026-03-14T09:40:00Z'))
    expect(out).toMatchObject({ action: 'resolved', 'issue-number': '1' })
    expect(standIns.github.state.commentsOf('acme/ops', 1).at(-1)?.body).toMatch(
      /^✅ `checkout-web-target-5xx` returned to `OK` at `2026-03-14T09:40:00Z`/
    )
    standIns.github.assertNoViolations()
  })
})
