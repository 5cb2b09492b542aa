// Workflow-dispatch steps (`workflowDispatch`: a GitHub Actions workflow run with inputs, e.g. a
// deployment workflow given the previous good commit): the rules validation applies beyond the
// schema. What is dispatched must be predictable from the reviewed runbook and the approved
// values, as a guard alarm's name is: the repository, workflow and ref are literal (the schema
// says so), and an input's `{{ params.NAME }}` must be a declared parameter constrained by an
// `enum` or an anchored `pattern`, not sensitive (inputs show in the run's comments and in
// GitHub's run page); `{{ targets }}` has no place there. SSM's rate control and guard alarm do
// not apply to a dispatch, so setting them is a mistake worth naming.
import type { Action, Parameter, Runbook } from '../generated/runbook.js'
import { didYouMean } from '../util/suggest.js'
import type { Problem } from './problem.js'
import { unconstrained } from './shell-safety.js'
import { references } from './templates.js'
import { locate, locateInString, type PathSegment, type YamlSource } from './yaml-source.js'

/** Why a parameter's value cannot go into a dispatch, or undefined when it can. */
function unpredictable(name: string, p: Parameter): string | undefined {
  if (p.sensitive === true)
    return `parameter \`${name}\` is sensitive, and workflow inputs are shown in \`/dry-run\`, the run's comments and the workflow run's page`
  const why = unconstrained(p)
  if (why === undefined) return undefined
  return `parameter \`${name}\` ${why}, so the workflow could be handed any value; give it an \`enum\` or an anchored \`pattern\` (a commit: \`^[0-9a-f]{40}$\`)`
}

/** SSM-only settings, and what to do instead. */
const SSM_ONLY: [keyof Action, string][] = [
  ['guardAlarm', 'SSM watches a guard alarm while its own runs: a dispatched workflow has none'],
  ['maxConcurrency', 'rate control applies to SSM runs, not to one workflow dispatch'],
  ['maxErrors', 'rate control applies to SSM runs, not to one workflow dispatch']
]

export function checkWorkflowDispatches(rb: Runbook, source: YamlSource): Problem[] {
  const problems: Problem[] = []
  const declared = rb.parameters ?? {}
  const steps: [PathSegment, Action | undefined][] = [
    ['execution', rb.execution],
    ['rollback', rb.rollback]
  ]
  for (const [step, action] of steps) {
    const dispatch = action?.workflowDispatch
    if (!action || !dispatch) continue
    for (const [key, why] of SSM_ONLY) {
      if (action[key] === undefined) continue
      problems.push({
        file: source.file,
        ...locate(source, [step, key], 'key'),
        severity: 'error',
        rule: 'workflow-dispatch',
        message: `\`${step}.${key}\` does nothing for a \`workflowDispatch\` step (${why}): remove it`
      })
    }
    for (const [input, template] of Object.entries(dispatch.inputs ?? {})) {
      if (template === undefined) continue
      const at: PathSegment[] = [step, 'workflowDispatch', 'inputs', input]
      const push = (index: number, rule: string, message: string): void => {
        problems.push({
          file: source.file,
          ...locateInString(source, at, index),
          severity: 'error',
          rule,
          message
        })
      }
      for (const ref of references(template)) {
        if (ref.kind === 'invalid')
          push(
            ref.index,
            'template-reference',
            `\`${ref.text}\` is not a valid reference: ${ref.reason}`
          )
        else if (ref.kind === 'targets')
          push(
            ref.index,
            'workflow-dispatch',
            '`{{ targets }}` cannot be a workflow input: pass what the workflow acts on as a parameter constrained by `enum` or an anchored `pattern`'
          )
        else if (!(ref.name in declared)) {
          const hint = didYouMean(ref.name, Object.keys(declared))
          push(
            ref.index,
            'template-reference',
            `\`${ref.text}\` refers to an undeclared parameter${hint ? `${hint} Otherwise declare` : ': declare'} \`${ref.name}\` under \`parameters\``
          )
        } else {
          const param = declared[ref.name]
          const reason = param && unpredictable(ref.name, param)
          if (reason)
            push(
              ref.index,
              'workflow-dispatch',
              `\`${ref.text}\` is a workflow input, but ${reason}`
            )
        }
      }
    }
  }
  return problems
}
