// The `remediate` job (the environment-gated job after an approval): runs the issue's approved
// plan through SSM, verifies it against CloudWatch, rolls back on failure, records every step on
// the issue and fails the step when the fix did not hold.
import { runApprovals } from '../../adapters/github/environment-approvals.js'
import { githubIssueThread } from '../../adapters/github/issue-thread.js'
import { remediateCommand } from '../../flows/remediate.js'
import { githubWorkflows } from '../../adapters/github/workflow-dispatch.js'
import { remediationEvents } from '../../notify/from-results.js'
import type { DocumentStore } from '../../flows/publish.js'
import type { RemediateInputs } from '../inputs.js'
import type { Wiring } from '../wiring.js'

/** What remediation asks of SSM's documents: the hash of each one's default version. */
const publishedHashes = (store: DocumentStore) => ({
  publishedHash: async (name: string) => (await store.describe(name))?.hash
})

export async function remediateJob(inputs: RemediateInputs, wiring: Wiring): Promise<void> {
  const { host, facts, runtime } = wiring
  const octokit = wiring.github(inputs.token)
  const notify = await wiring.notifier(inputs.notify)
  const [
    { SSMClient },
    { CloudWatchClient },
    { ssmRunner },
    { cloudWatchAlarms },
    { ssmInstanceDirectory },
    { ssmDocumentStore },
    { ssmRunHistory }
  ] = await Promise.all([
    import('@aws-sdk/client-ssm'),
    import('@aws-sdk/client-cloudwatch'),
    import('../../adapters/aws/ssm.js'),
    import('../../adapters/aws/alarms.js'),
    import('../../adapters/aws/ssm-instances.js'),
    import('../../adapters/aws/ssm-documents.js'),
    import('../../adapters/aws/ssm-history.js')
  ])
  // Remediation retries harder than intake: a throttled status read must not strand a run.
  const aws = wiring.aws(inputs.awsRegion, { attempts: 5, adaptive: true })
  const ssm = new SSMClient(aws)
  const runId = facts.runId
  const result = await remediateCommand({
    thread: githubIssueThread(octokit, inputs.repository, inputs.issueNumber),
    catalog: wiring.triageCatalog(inputs.catalog),
    ssm: ssmRunner(ssm),
    // A `workflowDispatch` step runs with this job's token: it needs `actions: write`.
    workflows: githubWorkflows(octokit),
    history: ssmRunHistory(ssm),
    alarms: cloudWatchAlarms(new CloudWatchClient(aws)),
    instances: ssmInstanceDirectory(ssm),
    records: wiring.records(inputs),
    approvalMode: inputs.approvalMode,
    ...(inputs.planDigest ? { expectedDigest: inputs.planDigest } : {}),
    ignoredLogins: inputs.ignoredLogins,
    requireAlarm: inputs.requireAlarm,
    closeOnSuccess: inputs.closeOnSuccess,
    ...(inputs.environment ? { environment: inputs.environment } : {}),
    ...(inputs.runUrl ? { runUrl: inputs.runUrl } : {}),
    ...(runId !== undefined
      ? { environmentApprovals: () => runApprovals(octokit, inputs.repository, runId) }
      : {}),
    ...(runtime.clock ? { clock: runtime.clock } : {}),
    // The published OpsLoop documents, unless this job sends shell lines (the opt-out).
    ...(inputs.runShellScript ? {} : { documents: publishedHashes(ssmDocumentStore(ssm)) })
  })
  host.setOutput('outcome', result.outcome)
  if (result.digest) host.setOutput('plan-digest', result.digest)
  for (const event of remediationEvents(result, inputs.runUrl)) await notify(event)
  const message = `Remediation ${result.outcome}: ${result.reason}`
  if (result.outcome === 'failed' || result.outcome === 'rolled-back') host.fail(message)
  else host.log.info(message)
}
