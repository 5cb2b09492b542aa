// A runbook step that dispatches a GitHub Actions workflow must dispatch what the reviewed runbook
// and the approved values say, nothing a model, a log line or a loose parameter could steer: the
// inputs may use only declared parameters constrained by an enum or an anchored pattern and not
// sensitive, never the targets; SSM-only settings are refused; and a rollback runbook's example
// may be an incident snapshot whose suspect change the runbook's `change` rule selects.
import { afterAll, describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { validateCommand } from '../../src/flows/validate.js'
import { describeProblems, removeTempRepos, tempRepo } from '../helpers/catalog.js'

afterAll(removeTempRepos)

const ROLLBACK = readFileSync('runbooks/rollback-deployment.yaml', 'utf8')
const EXAMPLE = readFileSync(
  'runbooks/examples/rollback-deployment/checkout-5xx-after-deploy.json',
  'utf8'
)

async function validate(runbook: string, example = EXAMPLE) {
  const root = await tempRepo({
    'runbooks/rollback-deployment.yaml': runbook,
    'runbooks/examples/rollback-deployment/checkout-5xx-after-deploy.json': example
  })
  return validateCommand({ dir: join(root, 'runbooks') })
}

const messages = async (runbook: string, example?: string): Promise<string[]> =>
  (await validate(runbook, example)).problems.map(
    (p) => `${p.line}:${p.column} ${p.rule}: ${p.message}`
  )

describe('workflow-dispatch steps', () => {
  it('accept the starter rollback runbook and select its snapshot example by its suspect change', async () => {
    const result = await validate(ROLLBACK)
    expect(describeProblems(result.problems)).toBe(describeProblems([]))
    expect(result.ok).toBe(true)
  })

  it('refuse an input that an unconstrained, unanchored or sensitive parameter fills, and the targets', async () => {
    const loose = ROLLBACK.replace("    pattern: '^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$'\n", '')
    // In the execution and in the rollback, each where the parameter is used.
    const refused = await messages(loose)
    expect(refused).toHaveLength(2)
    for (const m of refused)
      expect(m).toMatch(
        /^\d+:\d+ workflow-dispatch: `\{\{ params\.environment \}\}` is a workflow input, but parameter `environment` is an unconstrained string, so the workflow could be handed any value/
      )
    const unanchored = ROLLBACK.replace("pattern: '^[0-9a-f]{40}$'", "pattern: '[0-9a-f]{40}'")
    expect((await messages(unanchored)).join('\n')).toMatch(
      /parameter `goodCommit` has the pattern `\[0-9a-f\]\{40\}`, which is not anchored/
    )
    const sensitive = ROLLBACK.replace(
      '    from: change.environment\n',
      '    from: change.environment\n    sensitive: true\n'
    )
    expect((await messages(sensitive)).join('\n')).toMatch(
      /parameter `environment` is sensitive, and workflow inputs are shown/
    )
    const targets = ROLLBACK.replace(
      'reason: OpsLoop rollback of a suspect change',
      "reason: '{{ targets }}'"
    )
    expect((await messages(targets)).join('\n')).toMatch(
      /`\{\{ targets \}\}` cannot be a workflow input/
    )
    const undeclared = ROLLBACK.replace(
      "sha: '{{ params.goodCommit }}'",
      "sha: '{{ params.goodComit }}'"
    )
    expect((await messages(undeclared)).join('\n')).toMatch(
      /`\{\{ params\.goodComit \}\}` refers to an undeclared parameter.*goodCommit/
    )
  })

  it('refuse SSM-only settings, a commit SHA as the ref, and a second kind of step beside it', async () => {
    const guarded = ROLLBACK.replace(
      '  timeoutSeconds: 300\nverify:',
      '  timeoutSeconds: 300\n  guardAlarm: checkout-errors\nverify:'
    )
    expect((await messages(guarded)).join('\n')).toMatch(
      /`execution\.guardAlarm` does nothing for a `workflowDispatch` step/
    )
    const sha = ROLLBACK.replace(
      "    ref: main\n    inputs:\n      sha: '{{ params.goodCommit }}'",
      "    ref: '{{ params.goodCommit }}'\n    inputs:\n      sha: '{{ params.goodCommit }}'"
    )
    expect((await messages(sha)).join('\n')).toMatch(/`execution\.workflowDispatch\.ref` is/)
    const both = ROLLBACK.replace(
      'execution:\n  workflowDispatch:',
      'execution:\n  automation:\n    document: AWS-RestartEC2Instance\n  workflowDispatch:'
    )
    expect((await messages(both)).join('\n')).toMatch(
      /`execution` must have only one of `runCommand`, `automation` or `workflowDispatch`/
    )
  })

  it('name an example snapshot that is not one, and one whose suspect the rule does not select', async () => {
    const broken = JSON.stringify({ ...(JSON.parse(EXAMPLE) as object), deployments: 'none' })
    expect((await messages(ROLLBACK, broken)).join('\n')).toMatch(
      /tests: example snapshot is not valid \(schemas\/snapshot\.schema\.json\): deployments must be array/
    )
    // Without the stack trace, nothing convicts the deployment: no suspect, no match.
    const innocent = EXAMPLE.replace(
      / \(File \\"\/app\/checkout\/pricing\.py\\", line 56, in apply_discount\)/g,
      ''
    )
    expect(innocent).not.toBe(EXAMPLE)
    expect((await messages(ROLLBACK, innocent)).join('\n')).toMatch(
      /does not match any of this runbook's `match` rules/
    )
  })
})
