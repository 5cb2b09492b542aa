// `npm run demo` is the first thing people try: every scenario must run the whole loop and reach
// its expected outcome (the scenarios check their own outcome; this asserts they say so). The
// scenarios run the action's composition root in process; `npm run demo` runs the committed
// bundle, which test/action-bundle.test.ts proves job by job.
import { describe, expect, it, jest } from '@jest/globals'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runDemo, SCENARIOS } from '../scripts/demo/demo.js'

jest.setTimeout(90_000)

describe('demo', () => {
  it.each(Object.keys(SCENARIOS))('scenario %s runs to its expected outcome', async (scenario) => {
    const out = mkdtempSync(join(tmpdir(), 'opsloop-demo-test-'))
    const printed: string[] = []
    try {
      const result = await runDemo({
        scenario,
        out,
        runner: 'in-process',
        print: (t) => printed.push(t)
      })
      expect(result.problems).toEqual([])
      expect(result.ok).toBe(true)
      const expected = SCENARIOS[scenario]?.expect
      expect(result.runbook).toBe(expected?.runbook)
      expect(result.outcome).toBe(expected?.outcome)
      expect(readFileSync(join(out, 'issue.md'), 'utf8')).toMatch(/^# \[incident\] /)
      const comments = readdirSync(out).filter((f) => f.startsWith('comment-'))
      if (expected?.outcome) {
        expect(comments.length).toBeGreaterThan(2)
        // The remediation posted two comments: its progress comment, edited as the run went, and
        // its result.
        const [progress, result] = comments.slice(-2).map((f) => readFileSync(join(out, f), 'utf8'))
        expect(progress).toMatch(/\n▶️ Running `[\w-]+`, plan `[0-9a-f]{12}`/)
        expect(progress).toContain(`🏁 Finished: \`${expected.outcome}\``)
        expect(progress).not.toContain('opsloop:record')
        expect(result).toMatch(new RegExp(`\n🏁 Plan \`[0-9a-f]{12}\`: \`${expected.outcome}\``))
      }
      // Without a runbook, OpsLoop's sealed record of the incident is the only comment.
      else expect(comments).toEqual(['comment-01-github-actions_bot_.md'])
      const text = printed.join('\n')
      expect(text).toContain(`Scenario ${scenario} finished in`)
      if (scenario === 'service-down') {
        // A real local process crashed and the runbook's restart brought it back.
        expect(text).toMatch(/Restarted nginx\.service \(pid \d+\)/)
        expect(text).toContain('The service answers again; checkout-web-target-5xx is OK.')
      }
      // The delivery was the bare event: the unit, the fleet, the log group and the revision to
      // return to were looked up in AWS.
      const issue = readFileSync(join(out, 'issue.md'), 'utf8')
      if (scenario === 'service-down') {
        expect(issue).toContain('| `role` | `checkout-web` | incident `tags.role` |')
        expect(issue).toContain('Read because of: tag opsloop:log-groups (alarm).')
      }
      if (scenario === 'ecs-rollback')
        expect(issue).toMatch(
          /\| `taskDefinition` \| `arn:aws:ecs:[^`]*token-service:112` \| incident `ecs\.previousTaskDefinition` \|/
        )
    } finally {
      rmSync(out, { recursive: true, force: true })
    }
  })
})
