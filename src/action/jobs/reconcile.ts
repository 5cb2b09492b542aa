// The `reconcile` job (a schedule, reconcile.yml): CloudWatch's alarms in ALARM within the scope
// and the open OpsLoop issues compared, and what a lost delivery should have done handed to intake
// as that delivery, with the same input the intake job gives it (jobs/intake.ts intakeSetup). A
// failure on one alarm is a row of the summary and fails the step at the end, after every other
// alarm was done; a failure to list (CloudWatch, GitHub) fails it at once, saying why.
import { CloudWatchClient } from '@aws-sdk/client-cloudwatch'
import { ResourceGroupsTaggingAPIClient } from '@aws-sdk/client-resource-groups-tagging-api'
import { cloudWatchAlarmDirectory } from '../../adapters/aws/alarm-directory.js'
import { githubReconcileIssues } from '../../adapters/github/reconcile-issues.js'
import { CHANGED, reconcileCommand, reconcileSummary } from '../../flows/reconcile.js'
import { intakeEvents } from '../../notify/from-results.js'
import { describeAwsError, isAccessDenied } from '../../util/aws-error.js'
import type { ReconcileInputs } from '../inputs.js'
import { once } from '../../util/once.js'
import type { Wiring } from '../wiring.js'
import { intakeSetup, triageProvider } from './intake.js'

/** A listing that could not be made, in words that say what to grant. */
function listingError(error: unknown): Error {
  if (isAccessDenied(error))
    return new Error(
      `Reconcile could not list the alarms: ${describeAwsError(error)}. The triage role needs cloudwatch:DescribeAlarms on the account's alarms (and tag:GetResources with \`alarm-tag\`); redeploy infra/opsloop.yaml, or grant them to the role in OPSLOOP_TRIAGE_ROLE_ARN.`
    )
  return error instanceof Error ? error : new Error(String(error))
}

export async function reconcileJob(inputs: ReconcileInputs, wiring: Wiring): Promise<void> {
  const { host } = wiring
  const setup = intakeSetup(inputs, wiring, triageProvider(inputs, wiring))
  // Read and checked once for the run, however many new incidents need it.
  const catalog = once(setup.catalog)
  const aws = wiring.aws(inputs.awsRegion)
  const alarms = cloudWatchAlarmDirectory(
    new CloudWatchClient(aws),
    inputs.scope.tag ? new ResourceGroupsTaggingAPIClient(aws) : undefined
  )
  const notify = await wiring.notifier(inputs.notify)
  let report
  try {
    report = await reconcileCommand({
      alarms,
      issues: githubReconcileIssues(wiring.github(inputs.token), inputs.repository),
      scope: inputs.scope,
      maxAlarms: inputs.maxAlarms,
      intake: { ...setup, catalog },
      log: host.log.info
    })
  } catch (error) {
    throw listingError(error)
  }
  await host.summary(reconcileSummary(report))
  const changed = report.rows.filter((r) => CHANGED.has(r.outcome)).length
  const failed = report.rows.filter((r) => r.outcome === 'failed')
  host.setOutput('reconciled', String(changed))
  host.setOutput('failures', String(failed.length))
  for (const row of report.rows)
    if (row.result)
      for (const event of intakeEvents(row.result, inputs.policy.closeOnRecovery))
        await notify(event)
  for (const row of failed) host.log.warning(`Reconcile: ${row.alarm}: ${row.detail}`)
  if (failed.length > 0)
    host.fail(
      `Reconcile could not handle ${failed.length} of ${report.rows.length} alarm(s); every other one was handled (see the job summary). The next run tries them again.`
    )
  else host.log.info(`Reconciled: ${changed} issue(s) changed.`)
}
