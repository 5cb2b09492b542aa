// The circuit breakers' arithmetic (approval/breakers.ts): which runs count, when a limit is
// reached, and the time it clears; and that the selectors find exactly what render.ts sends.
import { describe, expect, it } from '@jest/globals'
import {
  DEFAULT_LIMITS,
  breakerSentence,
  breakerVerdict,
  runSelectors
} from '../../src/approval/breakers.js'
import type { PastRun } from '../../src/approval/ports.js'
import { commandComment } from '../../src/execution/render.js'
import type { Runbook } from '../../src/generated/runbook.js'
import { starterCatalog } from '../helpers/catalog.js'

const catalog = await starterCatalog()
const runbook = (id: string): Runbook => {
  const found = catalog.find((c) => c.runbook.id === id)
  if (!found) throw new Error(`no starter runbook ${id}`)
  return found.runbook
}
const restart = runbook('restart-systemd-service')
const NOW = new Date('2026-12-05T12:00:00Z')
const ago = (minutes: number) => new Date(NOW.getTime() - minutes * 60_000)
const run = (minutes: number, targets: string[] = ['i-0aaaaaaaaaaaaaaa1']): PastRun => ({
  id: `run-${minutes}`,
  startedAt: ago(minutes),
  targets
})
const limited = (limits: Runbook['limits']): Runbook => ({ ...restart, limits })

describe('the hourly limit', () => {
  it('lets a runbook run while fewer runs than the limit started in the last hour', () => {
    const runs = [run(10, ['i-01']), run(50, ['i-02']), run(61, ['i-03'])]
    expect(breakerVerdict(restart, ['i-04'], runs, NOW)).toEqual({ open: false })
  })

  it('stops the run that would be one too many, and says when the oldest counted run leaves the hour', () => {
    const runs = [run(5, ['i-01']), run(20, ['i-02']), run(40, ['i-03'])]
    const verdict = breakerVerdict(restart, ['i-04'], runs, NOW)
    expect(verdict).toEqual({
      open: true,
      reason: expect.stringContaining('ran 3 times in the last hour') as unknown as string,
      clearsAt: new Date(ago(40).getTime() + 3_600_000)
    })
    if (!verdict.open) throw new Error('expected an open breaker')
    expect(breakerSentence(verdict, NOW)).toBe(
      "runbook `restart-systemd-service` ran 3 times in the last hour and its limit (`limits.runsPerHour`) is 3, from 2026-12-05 11:20 UTC (counted from SSM's own history). It may run from 2026-12-05 12:20 UTC, in 20 min"
    )
  })

  it('clears when enough runs have left the hour, not only the oldest', () => {
    // Five runs, limit 2: four must leave the window before a fifth may run.
    const runs = [run(1), run(2), run(3), run(30), run(59)].map((r, i) => ({
      ...r,
      targets: [`i-0${i}`]
    }))
    const verdict = breakerVerdict(limited({ runsPerHour: 2 }), ['i-09'], runs, NOW)
    if (!verdict.open) throw new Error('expected an open breaker')
    expect(verdict.clearsAt).toEqual(new Date(ago(2).getTime() + 3_600_000))
  })

  it('uses the defaults when the runbook names no limits', () => {
    expect(restart.limits).toBeUndefined()
    const runs = Array.from({ length: DEFAULT_LIMITS.runsPerHour - 1 }, (_, i) =>
      run(i + 1, [`i-0${i}`])
    )
    expect(breakerVerdict(restart, ['i-09'], runs, NOW).open).toBe(false)
    expect(breakerVerdict(restart, ['i-09'], [...runs, run(30, ['i-08'])], NOW).open).toBe(true)
  })
})

describe('the daily limit per target', () => {
  const target = 'i-0aaaaaaaaaaaaaaa1'
  const spread = [run(23 * 60, [target]), run(10 * 60, [target]), run(2 * 60, [target])]

  it('counts only the runs on one of the plan’s targets, over 24 hours', () => {
    expect(breakerVerdict(restart, ['i-0bbbbbbbbbbbbbbb2'], spread, NOW)).toEqual({ open: false })
    const verdict = breakerVerdict(restart, [target], spread, NOW)
    if (!verdict.open) throw new Error('expected an open breaker')
    expect(verdict.reason).toContain(`ran 3 times on \`${target}\` in the last 24 hours`)
    expect(verdict.clearsAt).toEqual(new Date(ago(23 * 60).getTime() + 86_400_000))
  })

  it('reads an instance ARN and its id as the same target', () => {
    const arn = `arn:aws:ec2:eu-west-1:123456789012:instance/${target}`
    expect(breakerVerdict(restart, [arn], spread, NOW).open).toBe(true)
    const asArns = spread.map((r) => ({ ...r, targets: [arn] }))
    expect(breakerVerdict(restart, [target], asArns, NOW).open).toBe(true)
  })

  it('ignores runs older than a day', () => {
    const old = [run(25 * 60, [target]), ...spread.slice(1)]
    expect(breakerVerdict(restart, [target], old, NOW).open).toBe(false)
  })

  it('names every limit reached and clears when the last of them does', () => {
    const runs = [run(5, [target]), run(6, [target]), run(7, [target])]
    const verdict = breakerVerdict(restart, [target], runs, NOW)
    if (!verdict.open) throw new Error('expected an open breaker')
    expect(verdict.reason).toContain('in the last hour')
    expect(verdict.reason).toContain('in the last 24 hours')
    expect(verdict.clearsAt).toEqual(new Date(ago(7).getTime() + 86_400_000))
  })
})

describe('which of SSM’s runs are the runbook’s', () => {
  it('counts every command of the runbook’s own document when it is published', () => {
    expect(runSelectors(restart, 'documents')).toEqual([
      { kind: 'command', document: 'OpsLoop-restart-systemd-service' }
    ])
  })

  it('with the opt-out, counts the shell commands whose comment render.ts gives this runbook', () => {
    const [selector] = runSelectors(restart, 'shell')
    expect(selector).toEqual({
      kind: 'command',
      document: 'AWS-RunShellScript',
      comment: 'OpsLoop execution restart-systemd-service '
    })
    const comment = commandComment({
      step: 'execution',
      runbook: restart.id,
      digest: 'ab'.repeat(32),
      issueUrl: 'https://github.com/acme/ops/issues/7',
      approvers: []
    })
    expect(comment.startsWith(selector?.kind === 'command' ? (selector.comment ?? '?') : '?')).toBe(
      true
    )
    // A runbook whose id starts like another's is not counted as it.
    const other = commandComment({
      step: 'execution',
      runbook: `${restart.id}-2`,
      digest: 'ab'.repeat(32),
      issueUrl: '',
      approvers: []
    })
    expect(other.startsWith('OpsLoop execution restart-systemd-service ')).toBe(false)
  })

  it('counts every execution of an Automation runbook’s document', () => {
    expect(runSelectors(runbook('reboot-ec2-instance'), 'documents')).toEqual([
      { kind: 'automation', document: 'AWS-RestartEC2Instance' }
    ])
  })

  it('fits the longest runbook id and a digest in the comment SSM allows', () => {
    const comment = commandComment({
      step: 'execution',
      runbook: 'r'.repeat(64),
      digest: 'ab'.repeat(32),
      issueUrl: 'https://github.com/acme/ops/issues/7',
      approvers: []
    })
    expect(comment.length).toBeLessThanOrEqual(100)
    expect(comment).toBe(`OpsLoop execution ${'r'.repeat(64)} ${'ab'.repeat(6)}`)
  })
})
