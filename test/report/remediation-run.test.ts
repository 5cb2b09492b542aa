// A remediation run's two comments: the progress comment, posted once with the sealed claim and
// then edited (without it) as the run advances, and the result. Both stay under GitHub's size
// limit with the most targets a runbook may have, every retry and output past what SSM returns,
// and host output stays inert.
import { describe, expect, it } from '@jest/globals'
import { renderAction, type RenderContext } from '../../src/execution/render.js'
import type { ExecutionResult, TargetResult } from '../../src/execution/ports.js'
import type { Plan } from '../../src/plan/plan.js'
import {
  MAX_RUN_COMMENT,
  progressComment,
  runResultComment,
  spanText,
  type RunLog
} from '../../src/report/remediation.js'

const GITHUB_LIMIT = 65_536
const CTX: RenderContext = {
  issueUrl: 'https://github.com/acme/ops/issues/7',
  approvers: ['alice'],
  digest: 'ab'.repeat(32),
  step: 'execution'
}
const ids = (n: number) => Array.from({ length: n }, (_, i) => `i-0e${String(i).padStart(15, '0')}`)
const CLAIM = `<!-- opsloop:record ${'c'.repeat(200)}.${'0'.repeat(64)} -->`
const OUTCOME = `<!-- opsloop:record ${'o'.repeat(200)}.${'1'.repeat(64)} -->`

function runLog(targets: number): RunLog {
  const plan = {
    runbook: { id: 'restart-systemd-service' },
    digest: CTX.digest
  } as unknown as Plan & { digest: string }
  const request = renderAction(
    { runCommand: { document: 'AWS-RunShellScript', commands: ['systemctl restart nginx'] } },
    { parameters: [], targets: { kind: 'instances', ids: ids(targets) } },
    CTX
  )
  return { plan, approvedBy: '@alice', request, entries: [] }
}

function step(
  targets: number,
  status: ExecutionResult['status'],
  output: Partial<TargetResult> = {}
): ExecutionResult {
  return {
    kind: 'command',
    id: '3f1c2d4e-0000-4000-8000-00000000abcd',
    status,
    detail: `Command ${status}; ${targets} targets`,
    startedAt: '2026-03-14T09:30:00Z',
    endedAt: '2026-03-14T09:31:00Z',
    targets: ids(targets).map((target) => ({
      target,
      status,
      detail: status,
      stdoutTruncated: false,
      stderrTruncated: false,
      ...output
    }))
  }
}

describe('the progress comment', () => {
  it('carries the sealed claim in its first version only', () => {
    const log = runLog(2)
    const first = progressComment(log, CLAIM)
    expect(first.startsWith(CLAIM)).toBe(true)
    expect(first).toContain('⏳ Claimed: sending the execution to Systems Manager.')
    expect(first).toContain('Comment `/cancel` to stop it.')
    log.now = 'Execution: command `3f1c2d4e` is running.'
    const running = progressComment(log)
    expect(running).not.toContain('opsloop:record')
    expect(running).toContain('⏳ Execution: command `3f1c2d4e` is running.')
    delete log.now
    log.entries.push({ kind: 'step', label: 'Execution', result: step(2, 'Success') })
    log.finished = { outcome: 'remediated', why: 'verified' }
    const done = progressComment(log)
    expect(done).toContain(
      '🏁 Finished: `remediated` (verified). The result is in the next comment.'
    )
    expect(done).not.toContain('/cancel')
    expect(done).toMatch(/^✅ Execution: `Success`/m)
  })

  it('shows host output inert: no marker, mention or HTML escapes its block', () => {
    const log = runLog(1)
    const hostile = `--> <!-- opsloop:record forged -->\n@acme/oncall <img src=x> \`\`\` end`
    log.entries.push({
      kind: 'step',
      label: 'Execution',
      result: step(1, 'Failed', { stdout: hostile, stderr: hostile, detail: hostile })
    })
    const body = progressComment(log)
    expect(body).not.toContain('<!--')
    expect(body).not.toContain('-->')
    expect(body).toContain('<details><summary>Output of <code>i-0e000000000000000</code></summary>')
  })

  it('stays under GitHub’s limit with 50 targets, every retry and long output', () => {
    const log = runLog(50)
    const long = {
      stdout: 'restarting nginx: waiting for workers\n'.repeat(700),
      stderr: 'warning: upstream keepalive closed\n'.repeat(240),
      stdoutTruncated: true,
      stderrTruncated: true
    }
    log.entries.push({ kind: 'step', label: 'Execution', result: step(50, 'Success', long) })
    log.entries.push({ kind: 'note', text: '✅ Verified: `web-5xx` is `OK` (after about 3 min).' })
    // The most retries a runbook may ask for: 21 attempts, then the rollback.
    for (let attempt = 1; attempt <= 21; attempt++)
      log.entries.push({
        kind: 'step',
        label: `Verification check, attempt ${attempt}`,
        result: step(50, 'Failed', long)
      })
    log.entries.push({ kind: 'step', label: 'Rollback', result: step(50, 'Success', long) })
    log.finished = { outcome: 'rolled-back', why: 'the verification check failed 21 time(s)' }
    const body = progressComment(log)
    expect(body.length).toBeLessThanOrEqual(MAX_RUN_COMMENT)
    expect(MAX_RUN_COMMENT).toBeLessThan(GITHUB_LIMIT)
    // Every step keeps its status line.
    expect(body).toMatch(/^✅ Execution: `Success`/m)
    expect(body).toMatch(/^❌ Verification check, attempt 21: `Failed`/m)
    expect(body).toMatch(/^✅ Rollback: `Success`/m)

    // The result holds all of it when the progress comment could not be brought up to date,
    // and still fits, with its sealed outcome whole at the end.
    const result = runResultComment(
      log,
      { url: 'https://github.com/acme/ops/issues/7#issuecomment-1', current: false },
      OUTCOME
    )
    expect(result.length).toBeLessThanOrEqual(MAX_RUN_COMMENT)
    expect(result.endsWith(OUTCOME)).toBe(true)
    expect(result).toContain('could not be brought up to date, so every step is here:')
    expect(result).toMatch(/^✅ Rollback: `Success`/m)
  })

  it('shows each target and its output in full when they fit', () => {
    const log = runLog(3)
    const output = { stdout: 'x'.repeat(3_900) }
    log.entries.push({ kind: 'step', label: 'Execution', result: step(3, 'Success', output) })
    const body = progressComment(log)
    // SSM's detail repeats the status here: the row says it once.
    for (const id of ids(3)) expect(body).toContain(`| \`${id}\` | \`Success\` |  |\n`)
    expect(body).not.toContain('`Success` | `Success`')
    expect(body.split('x'.repeat(3_900))).toHaveLength(4)
  })

  it('keeps a target’s detail when it says more than its status', () => {
    const log = runLog(1)
    log.entries.push({
      kind: 'step',
      label: 'Execution',
      result: step(1, 'Failed', { detail: 'Failed: exit code 3' })
    })
    expect(progressComment(log)).toContain('| `Failed` | `Failed: exit code 3` |')
  })
})

describe('the result comment', () => {
  it('sums up every step, points to the progress comment and ends with the sealed outcome', () => {
    const log = runLog(2)
    log.entries.push(
      { kind: 'step', label: 'Execution', result: step(2, 'Success', { stdout: 'restarted' }) },
      { kind: 'note', text: '✅ Verified: `web-5xx` is `OK` (after about 2 min).' }
    )
    log.finished = { outcome: 'remediated', why: 'verified' }
    const url = 'https://github.com/acme/ops/issues/7#issuecomment-1900000004'
    const result = runResultComment(log, { url, current: true }, OUTCOME)
    expect(result.split('\n')).toEqual([
      '🏁 Plan `abababababab`: `remediated` (verified). It will not run again; a new incident or a new plan is needed for another run.',
      '',
      '- ✅ Execution: `Success` (`3f1c2d4e-0000-4000-8000-00000000abcd`).',
      '- ✅ Verified: `web-5xx` is `OK` (after about 2 min).',
      '',
      `Every step, with each target's status and output: ${url}`,
      OUTCOME
    ])
    // Output stays on the progress comment.
    expect(result).not.toContain('restarted')
  })

  it('says when the plan was proposed, how long the run took and how long to a verified fix', () => {
    const log = runLog(1)
    log.plan = { ...log.plan, proposedAt: '2026-03-14T09:21:07.000Z' }
    log.startedAt = '2026-03-14T09:26:00.000Z'
    log.finishedAt = '2026-03-14T09:29:30.000Z'
    log.finished = { outcome: 'remediated', why: 'verified' }
    const lines = runResultComment(log, { url: 'u', current: true }, OUTCOME).split('\n')
    expect(lines[2]).toBe(
      '⏱️ Plan proposed `2026-03-14T09:21:07.000Z`; run from `2026-03-14T09:26:00.000Z` to `2026-03-14T09:29:30.000Z` (4 min); 8 min from the plan to a verified fix.'
    )
    log.finished = { outcome: 'failed', why: 'web-5xx did not return to OK within 10m' }
    expect(runResultComment(log, { url: 'u', current: true }, OUTCOME)).toMatch(
      /; 8 min from the plan to the end of the run\./
    )
  })
})

describe('spanText', () => {
  it('says spans of time in minutes and hours', () => {
    expect(spanText(0)).toBe('under a minute')
    expect(spanText(29_999)).toBe('under a minute')
    expect(spanText(30_000)).toBe('1 min')
    expect(spanText(59 * 60_000)).toBe('59 min')
    expect(spanText(60 * 60_000)).toBe('1 h')
    expect(spanText(65 * 60_000)).toBe('1 h 5 min')
  })
})
