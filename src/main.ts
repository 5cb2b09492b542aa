// The action: reads inputs, runs the requested command, and turns results into annotations,
// a job summary, outputs and the step's status.
import * as core from '@actions/core'
import { readFile } from 'node:fs/promises'
import { formatProblem } from './catalog/problem.js'
import { intakeCommand, type IntakeInput } from './commands/intake.js'
import { DEFAULT_GATHER } from './context/gather.js'
import type { LogSource, MetricSource } from './context/ports.js'
import type { GitHub } from './adapters/github/client.js'
import { parseList, validateCommand } from './commands/validate.js'
import { createGitHubClient } from './adapters/github/client.js'
import { parseJsonText } from './intake/dispatch.js'
import { parseDuration } from './approval/policy.js'
import { intakeSummary } from './report/intake-summary.js'
import { chooseProvider } from './action/triage-provider.js'
import { commentCommand } from './commands/comment.js'
import { remediateCommand } from './commands/remediate.js'
import type { SsmRunner } from './execution/ports.js'
import { runApprovals } from './adapters/github/environment-approvals.js'
import { githubIssueThread } from './adapters/github/issue-thread.js'
import type { AlarmStates } from './verify/ports.js'
import type { CatalogRunbook } from './triage/types.js'
import type { NotificationEvent } from './notify/notify.js'
import { intakeEvents, remediationEvents } from './notify/from-results.js'
import { githubIncidentIssues } from './adapters/github/incident-issues.js'
import { catalogInputs, type CatalogInputs } from './action/inputs.js'
import { recordKey, type RecordKey } from './issue/record.js'
import type { InstanceDirectory } from './plan/ports.js'
import { validationSummary } from './report/validation-summary.js'

const COMMANDS = ['validate', 'intake', 'comment', 'remediate'] as const
type Command = (typeof COMMANDS)[number]

/** The command to run: the `command` input, or the natural one for the triggering event. */
export function chooseCommand(input: string, eventName: string | undefined): Command {
  const explicit = input.trim()
  if (explicit !== '') {
    if ((COMMANDS as readonly string[]).includes(explicit)) return explicit as Command
    throw new Error(`Unknown command \`${explicit}\`: use one of ${COMMANDS.join(', ')}.`)
  }
  if (
    eventName === undefined ||
    ['pull_request', 'push', 'workflow_dispatch', 'merge_group'].includes(eventName)
  ) {
    return 'validate'
  }
  if (eventName === 'repository_dispatch') return 'intake'
  if (eventName === 'issue_comment') return 'comment'
  throw new Error(
    `OpsLoop has no default command for \`${eventName}\` events yet; set the \`command\` input (one of ${COMMANDS.join(', ')}).`
  )
}

/** The catalog inputs, read once; every job validates the catalog the same way. */
const catalog = (): CatalogInputs => catalogInputs((name) => core.getInput(name))

async function validate(): Promise<void> {
  const inputs = catalog()
  const dir = inputs.dir
  const result = await validateCommand(inputs)
  for (const p of result.problems) {
    const where = {
      title: `Runbook ${p.rule}`,
      file: p.file,
      startLine: p.line,
      startColumn: p.column
    }
    if (p.severity === 'error') core.error(p.message, where)
    else core.warning(p.message, where)
    core.info(formatProblem(p))
  }
  const errors = result.problems.filter((p) => p.severity === 'error').length
  core.setOutput('valid', String(result.ok))
  core.setOutput('runbooks', String(result.statuses.length))
  core.setOutput('errors', String(errors))
  // Runners always provide a summary file; local runners (act, @github/local-action) may not.
  if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(validationSummary(result)).write()
  else core.info('No job summary file ($GITHUB_STEP_SUMMARY is unset); skipping the summary table.')
  if (!result.ok)
    core.setFailed(
      `${errors} error(s) in the runbook catalog \`${dir}\`; see the annotations and the job summary.`
    )
  else core.info(`${result.statuses.length} runbook(s) valid.`)
}

/** The runner's facts about this run, with a clear error when one is missing. */
function runnerEnv(name: string): string {
  const value = process.env[name]
  if (!value)
    throw new Error(
      `${name} is not set; run OpsLoop as a GitHub Actions step (or set it for a local run).`
    )
  return value
}

function choice<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
  const value = core.getInput(name).trim() || fallback
  if (!(allowed as readonly string[]).includes(value))
    throw new Error(
      `\`${name}\` must be one of ${allowed.join(', ')}, got ${JSON.stringify(value)}.`
    )
  return value as T
}

/** A duration input such as `24h` or `90m`, with the input's name in the error. */
function durationInput(name: string, fallback: number): number {
  const value = core.getInput(name).trim()
  if (!value) return fallback
  try {
    return parseDuration(value)
  } catch (error) {
    throw new Error(`\`${name}\`: ${error instanceof Error ? error.message : String(error)}.`)
  }
}

const REPOSITORY = /^[A-Za-z0-9-]{1,39}\/[A-Za-z0-9._-]{1,100}$/
/** Repositories read for recent changes: this one by default, `none` for none, at most 10. */
function changeRepositories(value: string): { owner: string; repo: string }[] {
  const listed = parseList(value) ?? [runnerEnv('GITHUB_REPOSITORY')]
  if (listed.length === 1 && listed[0] === 'none') return []
  const bad = listed.find((r) => !REPOSITORY.test(r))
  if (bad !== undefined)
    throw new Error(
      `\`change-repositories\` lists ${JSON.stringify(bad)}, which is not owner/name; list repositories as owner/name, one per line, or \`none\`.`
    )
  if (listed.length > 10)
    throw new Error(
      `\`change-repositories\` lists ${listed.length} repositories; at most 10 are read.`
    )
  return [...new Set(listed)].map((r) => {
    const [owner = '', repo = ''] = r.split('/')
    return { owner, repo }
  })
}

/** Triage chooses only among runbooks that pass validation; problems are reported, not fatal. */
async function loadTriageCatalog(inputs: CatalogInputs): Promise<CatalogRunbook[]> {
  const catalog = await validateCommand(inputs)
  for (const p of catalog.problems)
    if (p.severity === 'error') core.warning(`runbook ignored: ${formatProblem(p)}`)
  return catalog.entries
    .filter((e) => e.status.errors === 0)
    .map((e) => ({ runbook: e.runbook, file: e.file, digest: e.digest }))
}

/** Intake's AWS region: the input, else the environment's; '' when the job has no AWS access. */
const intakeRegion = (input: string): string =>
  input || process.env.AWS_REGION || process.env.AWS_DEFAULT_REGION || ''

/**
 * Where intake gathers evidence: past incidents from GitHub always; CloudWatch logs and metrics
 * when the run has an AWS region (the workflow configured credentials). Loaded on demand.
 */
async function contextSources(
  octokit: GitHub,
  region: string
): Promise<Awaited<ReturnType<NonNullable<IntakeInput['context']>>>> {
  const [{ githubPastIncidents }, { githubChanges }] = await Promise.all([
    import('./adapters/github/past-incidents.js'),
    import('./adapters/github/changes.js')
  ])
  const awsRegion = intakeRegion(region)
  const aws = { region: awsRegion, maxAttempts: 3 }
  let logs: LogSource | undefined
  let metrics: MetricSource | undefined
  if (awsRegion) {
    const [
      { CloudWatchLogsClient },
      { CloudWatchClient },
      { cloudWatchLogs },
      { cloudWatchMetrics }
    ] = await Promise.all([
      import('@aws-sdk/client-cloudwatch-logs'),
      import('@aws-sdk/client-cloudwatch'),
      import('./adapters/aws/logs.js'),
      import('./adapters/aws/metrics.js')
    ])
    logs = cloudWatchLogs(new CloudWatchLogsClient(aws))
    metrics = cloudWatchMetrics(new CloudWatchClient(aws))
  }
  return {
    sources: {
      past: githubPastIncidents(octokit, repository()),
      changes: githubChanges(octokit),
      ...(logs ? { logs } : {}),
      ...(metrics ? { metrics } : {})
    },
    options: {
      ...DEFAULT_GATHER,
      logGroups: parseList(core.getInput('log-groups')) ?? [],
      changeRepos: changeRepositories(core.getInput('change-repositories')),
      changeWindowMs: durationInput('change-window', DEFAULT_GATHER.changeWindowMs)
    }
  }
}

/**
 * Slack and Jira, when configured: the inputs are checked up front (a bad one fails the step with
 * what to fix), secrets are masked in the log, and sending never fails the step.
 */
async function notifications(): Promise<(event: NotificationEvent) => Promise<void>> {
  const notify = await import('./notify/notify.js')
  const config = notify.parseNotifyConfig(
    Object.fromEntries(notify.NOTIFY_INPUTS.map((name) => [name, core.getInput(name)]))
  )
  for (const secret of notify.notifySecrets(config)) core.setSecret(secret)
  const notifiers = notify.createNotifiers(config)
  return async (event) => {
    if (notifiers.length === 0) return
    for (const d of await notify.notifyAll(notifiers, event, core.warning))
      if (d.ok) core.info(`Notified ${d.target}: ${d.detail}`)
  }
}

/** The triggering event's payload, with a clear error when it is missing or not JSON. */
async function readWebhook(): Promise<unknown> {
  const eventPath = runnerEnv('GITHUB_EVENT_PATH')
  return parseJsonText(await readFile(eventPath, 'utf8'), `The webhook event file ${eventPath}`)
}

async function intake(): Promise<void> {
  const webhook = await readWebhook()
  const provider = chooseProvider({
    provider: core.getInput('triage-provider'),
    modelId: core.getInput('model-id'),
    region: core.getInput('aws-region'),
    maxTokens: core.getInput('max-tokens'),
    temperature: core.getInput('temperature'),
    timeout: core.getInput('model-timeout')
  })
  const policy = {
    insufficientData: choice('insufficient-data', ['ignore', 'incident'], 'ignore'),
    closeOnRecovery: choice('close-on-recovery', ['true', 'false'], 'false') === 'true'
  }
  const sealing = records()
  const octokit = createGitHubClient({
    token: core.getInput('github-token', { required: true }),
    warn: core.warning
  })
  const notify = await notifications()
  const result = await intakeCommand({
    records: sealing,
    instances: () => instanceDirectory(core.getInput('aws-region').trim()),
    context: () => contextSources(octokit, core.getInput('aws-region').trim()),
    eventName: runnerEnv('GITHUB_EVENT_NAME'),
    webhook,
    eventType: core.getInput('event-type') || 'aws-incident',
    catalog: () => loadTriageCatalog(catalog()),
    issues: githubIncidentIssues(octokit, repository()),
    provider,
    policy,
    ...(process.env.GITHUB_SHA ? { commit: process.env.GITHUB_SHA } : {}),
    ...(process.env.GITHUB_ACTOR ? { requestedBy: process.env.GITHUB_ACTOR } : {})
  })
  core.setOutput('action', result.action)
  if (result.fingerprint) core.setOutput('fingerprint', result.fingerprint)
  if (result.action === 'skipped') {
    core.notice(`No incident issue: ${result.reason}`)
    return
  }
  core.setOutput('issue-number', String(result.issue.number))
  core.setOutput('issue-url', result.issue.url)
  core.setOutput('severity', result.severity)
  if (result.action === 'created') {
    core.setOutput('triage-provider', result.provider)
    if (result.runbook) core.setOutput('runbook-id', result.runbook)
    if (result.planDigest) core.setOutput('plan-digest', result.planDigest)
  }
  if ('occurrences' in result && result.occurrences !== undefined)
    core.setOutput('occurrences', String(result.occurrences))
  if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(intakeSummary(result)).write()
  core.info(`Incident ${result.action}: ${result.issue.url}`)
  for (const event of intakeEvents(result, policy.closeOnRecovery)) await notify(event)
}

/**
 * The key OpsLoop seals its records with: masked at once, and checked before anything is done. It
 * should be an environment secret that only jobs on the default branch receive (docs/security.md).
 */
function records(): { key: RecordKey; repo: string } {
  const secret = core.getInput('record-key').trim()
  if (!secret)
    throw new Error(
      '`record-key` is not set. OpsLoop seals what it stores on issues with it, so that nobody else can forge a plan, an approval or a run: create one with `openssl rand -hex 32`, store it as the OPSLOOP_RECORD_KEY secret of the `opsloop` and `incident-remediation` environments, and pass `record-key: ${{ secrets.OPSLOOP_RECORD_KEY }}` (docs/setup.md).'
    )
  core.setSecret(secret)
  return { key: recordKey(secret), repo: runnerEnv('GITHUB_REPOSITORY') }
}

/** The SSM instance directory, when the job has an AWS region; loaded on demand. */
async function instanceDirectory(region: string): Promise<InstanceDirectory | undefined> {
  const awsRegion = intakeRegion(region)
  if (!awsRegion) return undefined
  const [{ SSMClient }, { ssmInstanceDirectory }] = await Promise.all([
    import('@aws-sdk/client-ssm'),
    import('./adapters/aws/ssm-instances.js')
  ])
  return ssmInstanceDirectory(new SSMClient({ region: awsRegion, maxAttempts: 3 }))
}

/** The repository as `{owner, repo}`. */
function repository(): { owner: string; repo: string } {
  const [owner = '', repo = ''] = runnerEnv('GITHUB_REPOSITORY').split('/')
  return { owner, repo }
}

/** Logins never counted as people: the action's own identity and any listed automation. */
function ignoredLogins(): string[] {
  return ['github-actions[bot]', ...(parseList(core.getInput('ignore-users')) ?? [])]
}

async function comment(): Promise<void> {
  const webhook = (await readWebhook()) as {
    action?: string
    issue?: { number?: number; pull_request?: unknown }
    comment?: {
      id?: number
      body?: string
      created_at?: string
      updated_at?: string
      user?: { login?: string; type?: string }
    }
  }
  const number = webhook.issue?.number
  const c = webhook.comment
  if (typeof number !== 'number' || !c || typeof c.id !== 'number')
    throw new Error(
      'The `comment` command needs an issue_comment event (issue and comment missing).'
    )
  const sealing = records()
  const octokit = createGitHubClient({
    token: core.getInput('github-token', { required: true }),
    warn: core.warning
  })
  const result = await commentCommand({
    event: {
      action: webhook.action ?? '',
      issue: { number, pullRequest: webhook.issue?.pull_request != null },
      comment: {
        id: c.id,
        author: c.user?.login ?? '',
        authorType: c.user?.type ?? 'User',
        body: c.body ?? '',
        createdAt: c.created_at ?? '',
        edited: (c.updated_at ?? c.created_at) !== c.created_at
      }
    },
    records: sealing,
    thread: githubIssueThread(octokit, repository(), number),
    catalog: () => loadTriageCatalog(catalog()),
    ignoredLogins: ignoredLogins()
  })
  core.setOutput('issue-number', String(number))
  core.setOutput('approved', String(result.handled && result.approved))
  if (result.handled && result.digest) core.setOutput('plan-digest', result.digest)
  core.info(
    result.handled ? `/${result.command}: ${result.reason}` : `Nothing to do: ${result.reason}`
  )
}

/** AWS clients load on demand: most runs of the action never need them. */
async function awsClients(
  region: string
): Promise<{ ssm: SsmRunner; alarms: AlarmStates; instances: InstanceDirectory }> {
  const [
    { SSMClient },
    { CloudWatchClient },
    { ssmRunner },
    { cloudWatchAlarms },
    { ssmInstanceDirectory }
  ] = await Promise.all([
    import('@aws-sdk/client-ssm'),
    import('@aws-sdk/client-cloudwatch'),
    import('./adapters/aws/ssm.js'),
    import('./adapters/aws/alarms.js'),
    import('./adapters/aws/ssm-instances.js')
  ])
  const config = { ...(region ? { region } : {}), maxAttempts: 5, retryMode: 'adaptive' as const }
  const ssm = new SSMClient(config)
  return {
    ssm: ssmRunner(ssm),
    alarms: cloudWatchAlarms(new CloudWatchClient(config)),
    instances: ssmInstanceDirectory(ssm)
  }
}

async function remediate(): Promise<void> {
  const number = Number(core.getInput('issue-number', { required: true }))
  if (!Number.isInteger(number) || number < 1)
    throw new Error(
      `\`issue-number\` must be an issue number, got ${JSON.stringify(core.getInput('issue-number'))}.`
    )
  const sealing = records()
  const octokit = createGitHubClient({
    token: core.getInput('github-token', { required: true }),
    warn: core.warning
  })
  const notify = await notifications()
  const { ssm, alarms, instances } = await awsClients(core.getInput('aws-region').trim())
  const digest = core.getInput('plan-digest').trim()
  const environment = core.getInput('environment').trim()
  const server = process.env.GITHUB_SERVER_URL ?? 'https://github.com'
  const runUrl = process.env.GITHUB_RUN_ID
    ? `${server}/${runnerEnv('GITHUB_REPOSITORY')}/actions/runs/${process.env.GITHUB_RUN_ID}`
    : undefined
  const result = await remediateCommand({
    thread: githubIssueThread(octokit, repository(), number),
    catalog: () => loadTriageCatalog(catalog()),
    ssm,
    alarms,
    instances,
    records: sealing,
    approvalMode: choice('approval', ['comment', 'environment'], 'comment'),
    ...(digest ? { expectedDigest: digest } : {}),
    ignoredLogins: ignoredLogins(),
    requireAlarm: choice('require-alarm', ['true', 'false'], 'true') === 'true',
    closeOnSuccess: choice('close-on-success', ['true', 'false'], 'false') === 'true',
    ...(environment ? { environment } : {}),
    ...(runUrl ? { runUrl } : {}),
    ...(process.env.GITHUB_RUN_ID
      ? {
          environmentApprovals: () =>
            runApprovals(octokit, repository(), Number(process.env.GITHUB_RUN_ID))
        }
      : {})
  })
  core.setOutput('outcome', result.outcome)
  if (result.digest) core.setOutput('plan-digest', result.digest)
  for (const event of remediationEvents(result, runUrl)) await notify(event)
  const message = `Remediation ${result.outcome}: ${result.reason}`
  if (result.outcome === 'failed' || result.outcome === 'rolled-back') core.setFailed(message)
  else core.info(message)
}

const HANDLERS: Record<Command, () => Promise<void>> = { validate, intake, comment, remediate }

export async function run(): Promise<void> {
  try {
    const command = chooseCommand(core.getInput('command'), process.env.GITHUB_EVENT_NAME)
    await HANDLERS[command]()
  } catch (error) {
    core.setFailed(error instanceof Error ? error.message : String(error))
  }
}
