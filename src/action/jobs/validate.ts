// The `validate` job (the runbook pull-request check): every problem becomes an annotation on its
// file and line, the catalog a summary table, and any error fails the step.
import { count } from '../../text/count.js'
import { formatProblem } from '../../catalog/problem.js'
import { validateCommand } from '../../flows/validate.js'
import { validationSummary } from '../../report/validation-summary.js'
import type { ValidateInputs } from '../inputs.js'
import type { Wiring } from '../wiring.js'

export async function validateJob(inputs: ValidateInputs, { host }: Wiring): Promise<void> {
  const result = await host.log.group('Validate the runbook catalog', () =>
    validateCommand(inputs.catalog)
  )
  for (const p of result.problems) {
    const where = {
      title: `Runbook ${p.rule}`,
      file: p.file,
      startLine: p.line,
      startColumn: p.column
    }
    if (p.severity === 'error') host.log.error(p.message, where)
    else host.log.warning(p.message, where)
    host.log.info(formatProblem(p))
  }
  const errors = result.problems.filter((p) => p.severity === 'error').length
  host.setOutput('valid', String(result.ok))
  host.setOutput('runbooks', String(result.statuses.length))
  host.setOutput('errors', String(errors))
  if (!(await host.summary(validationSummary(result))))
    host.log.info(
      'No job summary file ($GITHUB_STEP_SUMMARY is unset); skipping the summary table.'
    )
  if (!result.ok)
    host.fail(
      `${count(errors, 'error')} in the runbook catalog \`${inputs.catalog.dir}\`; see the annotations and the job summary.`
    )
  else host.log.info(`${count(result.statuses.length, 'runbook')} valid.`)
}
