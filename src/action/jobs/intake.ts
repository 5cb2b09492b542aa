// The `intake` job (repository_dispatch, or a replay by workflow_dispatch): the AWS incident ends
// up in exactly one issue, triaged with a plan proposed. Evidence sources are built only when a
// new incident needs them: past incidents and recent changes from GitHub always; CloudWatch logs
// and metrics, the SSM instance directory and the look-ups of the incident's facts (tags, ECS,
// Auto Scaling, the SSM status of its instances, log anomalies) when the job has an AWS region.
// How it builds intake's input (intakeSetup, triageProvider) is exported: reconcile hands the
// deliveries that never arrived to intake with the same.
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import type { ComponentMap } from '../../context/components.js'
import { join } from 'node:path'
import type { IncidentSnapshot } from '../../generated/snapshot.js'
import { githubIncidentIssues } from '../../adapters/github/incident-issues.js'
import { githubIssueThread } from '../../adapters/github/issue-thread.js'
import { intakeCommand, type IntakeInput } from '../../flows/intake.js'
import { DEFAULT_GATHER, type ContextSources } from '../../context/gather.js'
import type { FactSources } from '../../context/ports.js'
import { intakeEvents } from '../../notify/from-results.js'
import type { InstanceDirectory } from '../../plan/ports.js'
import type { TriageProvider } from '../../triage/types.js'
import { intakeSummary } from '../../report/intake-summary.js'
import { required, type IntakeInputs, type IntakeSettings } from '../inputs.js'
import { chooseProvider } from '../triage-provider.js'
import { once } from '../../util/once.js'
import { parseCommentCommand } from '../../approval/comment-command.js'
import type { Wiring } from '../wiring.js'

export async function intakeJob(inputs: IntakeInputs, wiring: Wiring): Promise<void> {
  const { host, facts } = wiring
  const webhook = await wiring.webhook()
  const provider = triageProvider(inputs, wiring)
  if (facts.eventName === 'issue_comment')
    return asksQuestion(webhook)
      ? askJob(inputs, wiring, provider, webhook)
      : replanJob(inputs, wiring, provider, webhook)
  const notify = await wiring.notifier(inputs.notify)
  const result = await intakeCommand({
    ...intakeSetup(inputs, wiring, provider),
    ...(inputs.snapshot?.runUrl ? { snapshotRun: inputs.snapshot.runUrl } : {}),
    eventName: required(facts, 'eventName'),
    webhook
  })
  host.setOutput('action', result.action)
  if (result.fingerprint) host.setOutput('fingerprint', result.fingerprint)
  if (result.action === 'skipped') {
    host.log.notice(`No incident issue: ${result.reason}`)
    return
  }
  host.setOutput('issue-number', String(result.issue.number))
  host.setOutput('issue-url', result.issue.url)
  host.setOutput('severity', result.severity)
  if (result.action === 'created') {
    host.setOutput('triage-provider', result.provider)
    if (result.runbook) host.setOutput('runbook-id', result.runbook)
    if (result.planDigest) host.setOutput('plan-digest', result.planDigest)
    if (result.snapshot && inputs.snapshot)
      host.setOutput('snapshot', await writeSnapshot(inputs.snapshot.dir, result.snapshot))
  }
  if ('occurrences' in result && result.occurrences !== undefined)
    host.setOutput('occurrences', String(result.occurrences))
  await host.summary(intakeSummary(result))
  host.log.info(`Incident ${result.action}: ${result.issue.url}`)
  for (const event of intakeEvents(result, inputs.policy.closeOnRecovery)) await notify(event)
}

/**
 * The snapshot as `<dir>/opsloop-snapshot/snapshot.json`, the folder `opsloop triage --snapshot`
 * replays once the artifact is downloaded; returns the folder.
 */
async function writeSnapshot(dir: string, snapshot: IncidentSnapshot): Promise<string> {
  // Loaded here, after the issue is filed: start-up pays for none of it.
  const [{ SNAPSHOT_FILE }, { SNAPSHOT_ARTIFACT }] = await Promise.all([
    import('../../flows/snapshot.js'),
    import('../../report/incident-issue.js')
  ])
  const folder = join(dir, SNAPSHOT_ARTIFACT)
  await mkdir(folder, { recursive: true })
  await writeFile(join(folder, SNAPSHOT_FILE), `${JSON.stringify(snapshot, null, 2)}\n`)
  return folder
}

/**
 * The triage provider intake uses. Bedrock retries harder than the evidence reads (4 attempts,
 * adaptive): a throttled model call costs a whole triage.
 */
export function triageProvider(inputs: IntakeSettings, wiring: Wiring): TriageProvider {
  return chooseProvider(
    inputs.provider,
    wiring.aws(inputs.awsRegion, { attempts: 4, adaptive: true })
  )
}

/**
 * Everything intakeCommand takes besides the delivery, as this job builds it; reconcile hands the
 * deliveries that never arrived to intake with the same.
 */
export function intakeSetup(
  inputs: IntakeSettings,
  wiring: Wiring,
  provider: TriageProvider
): Omit<IntakeInput, 'eventName' | 'webhook'> {
  const { host, facts } = wiring
  return {
    records: wiring.records(inputs),
    ...lookups(inputs, wiring),
    eventType: inputs.eventType,
    catalog: wiring.triageCatalog(inputs.catalog),
    // The incident's lock names this run, so a person looking at a held lock knows whose it is.
    issues: githubIncidentIssues(wiring.github(inputs.token), inputs.repository, {
      holder: facts.runId !== undefined ? `run ${facts.runId}` : 'run',
      warn: host.log.warning
    }),
    provider,
    policy: inputs.policy,
    stage: host.log.group,
    ...(facts.sha ? { commit: facts.sha } : {}),
    ...(facts.actor ? { requestedBy: facts.actor } : {})
  }
}

/**
 * On `issue_comment` (remediation.yml's `replan` job, after the comment job accepted a `/set` or
 * `/retriage`): the plan made again from the issue's sealed records, with this job's read-only
 * AWS look-ups, which the comment job does not have.
 */
async function replanJob(
  inputs: IntakeInputs,
  wiring: Wiring,
  provider: TriageProvider,
  webhook: unknown
): Promise<void> {
  const { host } = wiring
  const number = (webhook as { issue?: { number?: unknown } }).issue?.number
  if (typeof number !== 'number')
    throw new Error('Planning again needs an issue_comment event on an incident issue.')
  // Planning again is this job's rarer half: its flow (and the pipeline) load only for it.
  const { replanCommand } = await import('../../flows/replan.js')
  const result = await replanCommand({
    thread: githubIssueThread(wiring.github(inputs.token), inputs.repository, number),
    records: wiring.records(inputs),
    catalog: wiring.triageCatalog(inputs.catalog),
    provider,
    ...lookups(inputs, wiring),
    stage: host.log.group
  })
  host.setOutput('issue-number', String(number))
  if (!result.replanned) {
    host.log.notice(`No new plan: ${result.reason}`)
    return
  }
  host.setOutput('action', 'replanned')
  if (result.plan) host.setOutput('runbook-id', result.plan.runbook.id)
  if (result.plan?.digest) host.setOutput('plan-digest', result.plan.digest)
  host.log.info(`New plan after ${result.reason}`)
}

/** Whether the event's comment is an `/ask` (the flow reads it again from GitHub). */
function asksQuestion(webhook: unknown): boolean {
  const body = (webhook as { comment?: { body?: unknown } }).comment?.body
  return typeof body === 'string' && parseCommentCommand(body)?.kind === 'ask'
}

/**
 * On `issue_comment` (remediation.yml's `answer` job, after the comment job accepted an `/ask`):
 * the answer, from the incident's evidence gathered again with this job's read-only look-ups, the
 * repository's past incidents and the catalog, by the model when one is configured.
 */
async function askJob(
  inputs: IntakeInputs,
  wiring: Wiring,
  provider: TriageProvider,
  webhook: unknown
): Promise<void> {
  const { host } = wiring
  const event = webhook as { issue?: { number?: unknown }; comment?: { id?: unknown } }
  const number = event.issue?.number
  const commentId = event.comment?.id
  if (typeof number !== 'number' || typeof commentId !== 'number')
    throw new Error('Answering a question needs an issue_comment event on an incident issue.')
  const [{ askCommand }, { githubIncidentHistory }] = await Promise.all([
    import('../../flows/ask.js'),
    import('../../adapters/github/incident-history.js')
  ])
  const octokit = wiring.github(inputs.token)
  const { context, facts } = lookups(inputs, wiring)
  const result = await askCommand({
    commentId,
    thread: githubIssueThread(octokit, inputs.repository, number),
    history: githubIncidentHistory(octokit, inputs.repository),
    records: wiring.records(inputs),
    catalog: wiring.triageCatalog(inputs.catalog),
    provider,
    context,
    facts,
    stage: host.log.group
  })
  host.setOutput('issue-number', String(number))
  host.setOutput('action', result.answered ? 'answered' : 'not-answered')
  host.log.info(result.answered ? 'Question answered.' : `Not answered: ${result.reason}`)
}

/**
 * The AWS clients that more than one look-up uses, each made once per job so their connections
 * are shared: CloudWatch (alarm tags, metrics), CloudWatch Logs (log events, anomalies) and SSM
 * (one instance directory binds tag targets and reports the SSM status of the incident's
 * instances). None without an AWS region.
 */
function sharedAws(inputs: IntakeSettings, wiring: Wiring) {
  if (!inputs.awsRegion) return undefined
  const aws = wiring.aws(inputs.awsRegion)
  return {
    aws,
    cloudwatch: once(
      async () => new (await import('@aws-sdk/client-cloudwatch')).CloudWatchClient(aws)
    ),
    logs: once(
      async () => new (await import('@aws-sdk/client-cloudwatch-logs')).CloudWatchLogsClient(aws)
    ),
    instances: once(async () => {
      const [{ SSMClient }, { ssmInstanceDirectory }] = await Promise.all([
        import('@aws-sdk/client-ssm'),
        import('../../adapters/aws/ssm-instances.js')
      ])
      return ssmInstanceDirectory(new SSMClient(aws))
    })
  }
}
type SharedAws = NonNullable<ReturnType<typeof sharedAws>>

/**
 * What intake and replanning read beyond the event, each set up only when first needed: the
 * instance directory, the facts' look-ups and the evidence's sources.
 */
function lookups(inputs: IntakeSettings, wiring: Wiring) {
  const shared = sharedAws(inputs, wiring)
  return {
    instances: async (): Promise<InstanceDirectory | undefined> => shared?.instances(),
    facts: async (): Promise<FactSources> => (shared ? factSources(shared) : {}),
    context: async () => {
      const components = await readComponents(inputs.components)
      return {
        sources: await contextSources(inputs, wiring, shared),
        options: { ...DEFAULT_GATHER, ...inputs.context },
        ...(components ? { components } : {})
      }
    }
  }
}

/**
 * The repository's mapping of paths to services: none when the default file is absent; a problem
 * on the issue when a named file is, or when it is not valid.
 */
async function readComponents(
  where: IntakeSettings['components']
): Promise<ComponentMap | undefined> {
  let text: string
  try {
    text = await readFile(where.file, 'utf8')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT' && !where.required) return undefined
    return {
      file: where.file,
      components: [],
      problems: [
        `${where.file}: cannot be read (${code ?? (error as Error).message}); check the \`components\` input, a path in the workflow's checkout`
      ]
    }
  }
  // The YAML parser and the snapshot schema's validator load only for a team that has the file.
  const { parseComponents } = await import('../../context/components.js')
  return parseComponents(where.file, text)
}

/** Where the evidence comes from; CloudWatch only when the job has an AWS region. */
async function contextSources(
  inputs: IntakeSettings,
  wiring: Wiring,
  shared: SharedAws | undefined
): Promise<ContextSources> {
  const octokit = wiring.github(inputs.token)
  // Loaded here, for a new incident only: a repeat delivery or a recovery gathers nothing.
  const [
    { githubPastIncidents },
    { githubChanges },
    { githubWatchIssues },
    { githubHealthIssues }
  ] = await Promise.all([
    import('../../adapters/github/past-incidents.js'),
    import('../../adapters/github/changes.js'),
    import('../../adapters/github/watch-issues.js'),
    import('../../adapters/github/health-issues.js')
  ])
  const sources: ContextSources = {
    past: githubPastIncidents(octokit, inputs.repository),
    changes: githubChanges(octokit),
    watches: githubWatchIssues(octokit, inputs.repository, wiring.records(inputs)),
    health: githubHealthIssues(octokit, inputs.repository, wiring.records(inputs))
  }
  if (!shared) return sources
  const [{ cloudWatchLogs }, { cloudWatchMetrics }, logs, cloudwatch] = await Promise.all([
    import('../../adapters/aws/logs.js'),
    import('../../adapters/aws/metrics.js'),
    shared.logs(),
    shared.cloudwatch()
  ])
  return { ...sources, logs: cloudWatchLogs(logs), metrics: cloudWatchMetrics(cloudwatch) }
}

/**
 * Where the incident's tags, ECS service, Auto Scaling group, its instances' SSM status and its
 * log anomalies are looked up (read-only).
 */
async function factSources(shared: SharedAws): Promise<FactSources> {
  const [
    { ResourceGroupsTaggingAPIClient },
    { ECSClient },
    { AutoScalingClient },
    { awsTags },
    { awsEcs },
    { awsAutoScaling },
    { cloudWatchLogAnomalies },
    cloudwatch,
    logs,
    instances
  ] = await Promise.all([
    import('@aws-sdk/client-resource-groups-tagging-api'),
    import('@aws-sdk/client-ecs'),
    import('@aws-sdk/client-auto-scaling'),
    import('../../adapters/aws/tags.js'),
    import('../../adapters/aws/ecs.js'),
    import('../../adapters/aws/autoscaling.js'),
    import('../../adapters/aws/log-anomalies.js'),
    shared.cloudwatch(),
    shared.logs(),
    shared.instances()
  ])
  const { aws } = shared
  return {
    tags: awsTags(cloudwatch, new ResourceGroupsTaggingAPIClient(aws)),
    ecs: awsEcs(new ECSClient(aws)),
    autoScaling: awsAutoScaling(new AutoScalingClient(aws)),
    instances,
    anomalies: cloudWatchLogAnomalies(logs)
  }
}
