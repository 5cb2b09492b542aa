// Payloads that are valid JSON, and (but one) under GitHub's 64 KB, yet used to lose the incident:
// a lone UTF-16 surrogate in the alarm name (`URI malformed`) and nesting thousands of levels
// deep (`Maximum call stack size exceeded`). Each goes through the real flow as the runner runs
// it: the webhook is a file at GITHUB_EVENT_PATH, written as GitHub writes it (JSON text; a
// 100,000-level array is not even something JSON.stringify can write), read and handled by the
// action's composition root against fresh stand-ins that hold what AWS knows about the alarm.
// Each must open exactly one issue, triaged and planned as usual, whose body says what intake
// repaired. Input that is not JSON at all cannot become an issue: the run fails with one line.
import { afterAll, describe, expect, it, jest } from '@jest/globals'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runActionInProcess } from '../../harness/action-in-process.js'
import { startStandIns } from '../../harness/standins/index.js'
import { CUT_MARKER, MAX_DEPTH } from '../../src/intake/sanitize.js'
import { isWellFormed } from '../../src/util/unicode.js'
import { STARTER_SCENARIOS, exampleEvent, seedStandIns } from '../helpers/starter-scenarios.js'

jest.setTimeout(60_000)
const scratch = mkdtempSync(join(tmpdir(), 'opsloop-hostile-'))
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true })
})

// The checkout alarm, with the AWS state its plan needs (alarm tags, managed instances).
const SCENARIO = STARTER_SCENARIOS.find(
  (s) => s.example === 'restart-systemd-service/alb-target-5xx.json' && !s.variant
)
if (!SCENARIO) throw new Error('the checkout scenario is missing')
const EVENT = exampleEvent(SCENARIO.example)
const REGION = String(EVENT.region)

/** The parts of the alarm event the tests change. */
interface AlarmEvent {
  [key: string]: unknown
  detail: { alarmName: string; configuration: Record<string, unknown> | string }
}

/** The bare alarm event, changed by `edit`, as the JSON text of the dispatch's client_payload. */
function clientPayload(edit: (event: AlarmEvent) => void): string {
  const event = structuredClone(EVENT) as unknown as AlarmEvent
  edit(event)
  return JSON.stringify({ event })
}

/**
 * `text` with the string `"@@DEEP@@"` replaced by an array nested `levels` deep (2 bytes a
 * level), or an object (`{"a":{"a":…}}`, 6 bytes a level).
 */
const deepen = (text: string, levels: number, kind: 'array' | 'object' = 'array'): string =>
  text.replace(
    '"@@DEEP@@"',
    kind === 'array'
      ? `${'['.repeat(levels)}${']'.repeat(levels)}`
      : `${'{"a":'.repeat(levels)}null${'}'.repeat(levels)}`
  )

let files = 0
const TOKEN = `ghp_${'a'.repeat(36)}`

/** Delivers a repository_dispatch whose webhook file holds `payload` as client_payload. */
async function deliver(payload: string, webhookText?: string) {
  const standIns = await startStandIns({ region: REGION, account: String(EVENT.account) })
  try {
    seedStandIns(standIns, SCENARIO as NonNullable<typeof SCENARIO>)
    const file = join(scratch, `event-${++files}.json`)
    writeFileSync(
      file,
      webhookText ??
        `{"action":"aws-incident","client_payload":${payload},"repository":{"full_name":"acme/ops"}}`
    )
    const run = await runActionInProcess({
      // The runner's protocol: the webhook is the file GITHUB_EVENT_PATH names.
      env: { ...standIns.env, GITHUB_EVENT_PATH: file },
      eventName: 'repository_dispatch',
      webhook: {},
      inputs: { 'aws-region': REGION }
    })
    const issues = standIns.github.state.issuesOf('acme/ops')
    standIns.github.assertNoViolations()
    return { run, issues, body: issues[0]?.body ?? '' }
  } finally {
    await standIns.stop()
  }
}

/** The run opened one issue for the checkout alarm, triaged and planned as a clean one is. */
function expectOneNormalIssue({ run, issues, body }: Awaited<ReturnType<typeof deliver>>): void {
  expect(run.code).toBe(0)
  expect(run.outputs).toMatchObject({
    action: 'created',
    'issue-number': '1',
    'runbook-id': 'restart-systemd-service',
    'plan-digest': expect.stringMatching(/^[0-9a-f]{64}$/)
  })
  expect(issues).toHaveLength(1)
  expect(isWellFormed(body)).toBe(true)
  expect(isWellFormed(issues[0]?.title ?? '')).toBe(true)
  expect(body).toContain('### Notes')
}

describe('hostile payloads through the action', () => {
  it('an alarm name holding a lone surrogate opens the issue, the name repaired and the repair noted', async () => {
    const payload = clientPayload((e) => {
      e.detail.alarmName = 'checkout \ud800 5xx'
      // A key that is a secret, broken the same way: the note names it, redacted.
      ;(e.detail as Record<string, unknown>)[`${TOKEN}\udc00`] = 'x'
    })
    // What GitHub writes: JSON text with the escape `\ud800`, well under 64 KB.
    expect(payload).toContain('"alarmName":"checkout \\ud800 5xx"')
    expect(Buffer.byteLength(payload)).toBeLessThan(65_536)
    const delivered = await deliver(payload)
    expectOneNormalIssue(delivered)
    expect(delivered.issues[0]?.title).toBe('[incident] checkout \ufffd 5xx is ALARM in eu-west-1')
    expect(delivered.body).toContain(
      '- The delivery was repaired before it was read: `client_payload.event.detail.alarmName` held a lone UTF-16 surrogate (broken text); replaced with U+FFFD.'
    )
    expect(delivered.body).toMatch(
      /- The delivery was repaired before it was read: the key `client_payload\.event\.detail\.\[REDACTED:github-token#\d+\]` held a lone UTF-16 surrogate/
    )
    expect(delivered.body).not.toContain(TOKEN)
    // The console link is built from the repaired name.
    expect(delivered.body).toContain('alarmsV2:alarm/checkout%20%EF%BF%BD%205xx')
  })

  it('objects nested 2,000 levels deep in the alarm configuration are cut at the limit and noted', async () => {
    const payload = deepen(
      clientPayload((e) => {
        ;(e.detail.configuration as Record<string, unknown>).annotations = '@@DEEP@@'
      }),
      2_000,
      'object'
    )
    expect(Buffer.byteLength(payload)).toBeLessThan(65_536)
    const delivered = await deliver(payload)
    expectOneNormalIssue(delivered)
    expect(delivered.issues[0]?.title).toBe(
      '[incident] checkout-web-target-5xx is ALARM in eu-west-1'
    )
    expect(delivered.body).toContain(
      `- The delivery was repaired before it was read: \`client_payload.event.detail.configuration.annotations.a.a.a.a…\` was nested deeper than ${MAX_DEPTH} levels; cut there and replaced with a marker.`
    )
    // The event as delivered shows where it was cut.
    expect(delivered.body).toContain(JSON.stringify(CUT_MARKER))
  })

  it('nesting as deep as 64 KB allows (over 30,000 levels) in an unknown field is cut and noted', async () => {
    const shallow = clientPayload((e) => {
      e.extra = '@@DEEP@@'
    })
    const levels = Math.floor((65_536 - Buffer.byteLength(shallow)) / 2)
    expect(levels).toBeGreaterThan(30_000)
    const payload = deepen(shallow, levels)
    expect(Buffer.byteLength(payload)).toBeLessThanOrEqual(65_536)
    const delivered = await deliver(payload)
    expectOneNormalIssue(delivered)
    expect(delivered.body).toContain(
      `\`client_payload.event.extra[0][0][0][0][0][0]…\` was nested deeper than ${MAX_DEPTH} levels; cut there`
    )
    expect(delivered.body).not.toContain('broke the dispatch contract')
  })

  it('nesting 100,000 levels deep (more than GitHub accepts) still opens the issue, saying both', async () => {
    const payload = deepen(
      clientPayload((e) => {
        e.detail.configuration = '@@DEEP@@'
      }),
      100_000
    )
    const delivered = await deliver(payload)
    expect(delivered.run.code).toBe(0)
    expect(delivered.run.outputs.action).toBe('created')
    expect(delivered.issues).toHaveLength(1)
    expect(delivered.body).toContain(
      `- The delivery was repaired before it was read: \`client_payload.event.detail.configuration[0][0][0][0][0]…\` was nested deeper than ${MAX_DEPTH} levels; cut there and replaced with a marker.`
    )
    expect(delivered.body).toContain(
      `client\\_payload is ${Buffer.byteLength(payload)} bytes; GitHub accepts at most 65536 (64 KB)`
    )
  })

  it('a webhook file that is not JSON fails the run with one line, and opens nothing', async () => {
    const delivered = await deliver('', '{"action":"aws-incident","client_payload":{"event":')
    expect(delivered.run.code).toBe(1)
    expect(delivered.run.stdout).toMatch(/::error::The webhook event file .+ is not valid JSON: /)
    expect(delivered.run.stdout).not.toMatch(/\n\s+at /)
    expect(delivered.issues).toHaveLength(0)
  })
})
