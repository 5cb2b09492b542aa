// The README's runbook example is what people copy first: it must stay valid.
import { afterAll, describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { validateCommand } from '../src/flows/validate.js'
import { describeProblems, removeTempRepos, tempRepo } from './helpers/catalog.js'

afterAll(removeTempRepos)

describe('README', () => {
  it('shows a runbook example that validates, with the example incident it names', async () => {
    const readme = readFileSync('README.md', 'utf8')
    const example = /## Runbook format[\s\S]*?```yaml\n([\s\S]*?)```/.exec(readme)?.[1]
    expect(example).toMatch(/^# yaml-language-server: \$schema=/)
    const testPath = /tests:.*\n\s+- (\S+)/.exec(example ?? '')?.[1] ?? ''
    const root = await tempRepo({
      'runbooks/restart-systemd-service.yaml': example ?? '',
      [`runbooks/${testPath}`]: readFileSync(join('runbooks', testPath), 'utf8')
    })
    const result = await validateCommand({ dir: join(root, 'runbooks') })
    expect(describeProblems(result.problems)).toBe('')
  })
})
