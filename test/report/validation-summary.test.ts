import { describe, expect, it } from '@jest/globals'
import { formatProblem, type Problem } from '../../src/catalog/problem.js'
import type { CatalogValidation } from '../../src/catalog/validate.js'
import { validationSummary } from '../../src/report/validation-summary.js'

const problem = (message: string, file = 'runbooks/x.yaml'): Problem => ({
  file,
  line: 1,
  column: 1,
  severity: 'error',
  rule: 'schema',
  message
})

const result = (over: Partial<CatalogValidation>): CatalogValidation => ({
  entries: [],
  statuses: [],
  problems: [],
  ok: false,
  ...over
})

describe('validation summary', () => {
  it('keeps pull-request text from escaping its code fence or injecting HTML', () => {
    const hostile = '`id` is "```\n<img src=x onerror=alert(1)>"'
    const md = validationSummary(
      result({
        statuses: [{ file: 'runbooks/<img src=x>.yaml', id: 'a|`b`', errors: 1, warnings: 0 }],
        problems: [problem(hostile, 'runbooks/<img src=x>.yaml')]
      })
    )
    expect(md).toContain("| `a\\|'b'` | runbooks/&lt;img src=x&gt;.yaml |")
    const fence = /\n(`{4,})text\n/.exec(md)?.[1] ?? ''
    expect(fence.length).toBeGreaterThan(3)
    const inside = md.split(`${fence}text\n`)[1]?.split(`\n${fence}`)[0] ?? ''
    expect(inside).toContain('<img src=x onerror=alert(1)>')
    expect(md.split(fence)).toHaveLength(3)
  })

  it('stays under the 1 MiB job-summary limit for a huge broken catalog', () => {
    const problems = Array.from({ length: 20000 }, (_, i) =>
      problem(`\`x\` is ${'"y"'.repeat(20)} number ${i}`)
    )
    const statuses = Array.from({ length: 5000 }, (_, i) => ({
      file: `runbooks/r${i}.yaml`,
      id: `r${i}`,
      errors: 4,
      warnings: 0
    }))
    const md = validationSummary(result({ problems, statuses }))
    expect(Buffer.byteLength(md)).toBeLessThan(1024 * 1024)
    expect(md).toContain("…and 19500 more in the step's log.")
    expect(md).toContain('…and 3000 more runbooks.')
  })
})

describe('formatProblem', () => {
  it('prints control characters from file content as escapes', () => {
    expect(formatProblem(problem('unknown field `\u001b[31mred`'))).toBe(
      'runbooks/x.yaml:1:1: unknown field `\\u001b[31mred` [schema]'
    )
  })
})
