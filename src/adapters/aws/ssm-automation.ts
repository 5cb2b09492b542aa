// Automation: waiting for a started execution to end, its steps as the result's targets, and
// stopping it.
//
// A rate-controlled run (`TargetParameterName`, render.ts) is a parent that SSM runs as one child
// execution per target. Its status is the parent's: Success only when every child succeeded. Once
// it ends, its children (DescribeAutomationExecutions by ParentExecutionId) give the targets: a
// run on one target reads as that child's own run (its steps, outputs and failure message); a run
// on several gives one row per target value (a failed one's message in the detail when the
// parent has none), those never started `Terminated` after MaxErrors (as Run Command reports a
// node it skipped) or `Cancelled` after a stop, and outputs only per row, so one target's value
// is never shown as the run's. No step decides anything by a run's outputs (a verify check goes
// by its status); the report shows each row's.
import {
  DescribeAutomationExecutionsCommand,
  GetAutomationExecutionCommand,
  StopAutomationExecutionCommand,
  type AutomationExecution,
  type AutomationExecutionMetadata,
  type SSMClient
} from '@aws-sdk/client-ssm'
import type { ExecutionResult, TargetResult, WaitOptions } from '../../execution/ports.js'
import { errorName, paceOf, pollUntil, tolerant } from './ssm-poll.js'
import {
  alarmsText,
  AUTOMATION_OUTCOME,
  countText,
  finalStatus,
  iso,
  joinDetail,
  stopText
} from './ssm-status.js'

/** Pages of children read at most (50 each; a run has at most 50 target values). */
const CHILD_PAGES = 4

async function readAutomation(
  client: SSMClient,
  id: string
): Promise<AutomationExecution | undefined> {
  return tolerant(async () => {
    const { AutomationExecution } = await client.send(
      new GetAutomationExecutionCommand({ AutomationExecutionId: id })
    )
    return AutomationExecution
  })
}

/** A rate-controlled run's child executions, or undefined when SSM could not be read. */
async function readChildren(
  client: SSMClient,
  parentId: string
): Promise<AutomationExecutionMetadata[] | undefined> {
  const children: AutomationExecutionMetadata[] = []
  let NextToken: string | undefined
  for (let page = 0; page < CHILD_PAGES; page++) {
    const answer = await tolerant(() =>
      client.send(
        new DescribeAutomationExecutionsCommand({
          Filters: [{ Key: 'ParentExecutionId', Values: [parentId] }],
          MaxResults: 50,
          ...(NextToken === undefined ? {} : { NextToken })
        })
      )
    )
    if (!answer) return undefined
    children.push(...(answer.AutomationExecutionMetadataList ?? []))
    NextToken = answer.NextToken
    if (!NextToken) break
  }
  return children
}

export async function stopAutomation(client: SSMClient, id: string): Promise<void> {
  try {
    await client.send(
      new StopAutomationExecutionCommand({ AutomationExecutionId: id, Type: 'Cancel' })
    )
  } catch (error) {
    // It ended between the last read and the stop: the final read shows how.
    if (errorName(error) !== 'InvalidAutomationStatusUpdateException') throw error
  }
}

const outputsText = (outputs: Record<string, string[]> | undefined): string =>
  Object.entries(outputs ?? {})
    .map(([k, v]) => `${k}: ${v.join(', ')}`)
    .join('\n')

const hasOutputs = (outputs: Record<string, string[]> | undefined): boolean =>
  outputs !== undefined && Object.keys(outputs).length > 0

/** One run's steps, each as a target. */
function stepTargets(run: AutomationExecution | undefined): TargetResult[] {
  return (run?.StepExecutions ?? []).map((step): TargetResult => {
    const stdout = outputsText(step.Outputs)
    return {
      target: step.StepName ?? '',
      status: step.StepStatus ?? 'Pending',
      detail: joinDetail(step.StepStatus ?? '', step.FailureMessage ?? ''),
      ...(stdout === '' ? {} : { stdout }),
      stdoutTruncated: false,
      stderrTruncated: false
    }
  })
}

interface Outcome {
  targets: TargetResult[]
  /** What the children say of the run (why it failed), for when the parent says nothing. */
  summary: string
  outputs?: Record<string, string[]>
}

/** What a rate-controlled parent's children say about the run (see the module comment). */
async function fannedOut(
  client: SSMClient,
  parent: AutomationExecution,
  id: string
): Promise<Outcome> {
  const children = await readChildren(client, id)
  if (!children) return { targets: [], summary: 'its child executions could not be read' }
  const values = parent.ResolvedTargets?.ParameterValues ?? []
  const parentStatus = parent.AutomationExecutionStatus ?? ''
  if (values.length <= 1 && children.length <= 1) {
    const [only] = children
    const child = only?.AutomationExecutionId
      ? await readAutomation(client, only.AutomationExecutionId)
      : undefined
    const run = child ?? only
    const status = run?.AutomationExecutionStatus ?? ''
    return {
      targets: stepTargets(child),
      summary: joinDetail(status === parentStatus ? '' : status, run?.FailureMessage ?? ''),
      ...(hasOutputs(run?.Outputs) ? { outputs: run?.Outputs } : {})
    }
  }
  const targetOf = (c: AutomationExecutionMetadata) => c.Target ?? c.AutomationExecutionId ?? ''
  const place = (c: AutomationExecutionMetadata) => {
    const at = values.indexOf(targetOf(c))
    return at < 0 ? values.length : at
  }
  // In the order of the targets (SSM lists newest first).
  const sorted = [...children].sort(
    (a, b) =>
      place(a) - place(b) ||
      (a.ExecutionStartTime?.getTime() ?? 0) - (b.ExecutionStartTime?.getTime() ?? 0)
  )
  const rows = sorted.map((c): TargetResult => {
    const stdout = outputsText(c.Outputs)
    const status = c.AutomationExecutionStatus ?? 'Pending'
    return {
      target: targetOf(c),
      status,
      detail: joinDetail(status, c.FailureMessage ?? ''),
      ...(stdout === '' ? {} : { stdout }),
      stdoutTruncated: false,
      stderrTruncated: false
    }
  })
  // Values the parent never started: stopped with it (as CancelCommand leaves pending nodes), or
  // skipped once more targets failed than MaxErrors allows (as Run Command's `Terminated`).
  const started = new Set(rows.map((r) => r.target))
  const [status, why] =
    parentStatus === 'Cancelled'
      ? ['Cancelled', 'the run was stopped']
      : ['Terminated', 'more targets failed than MaxErrors allows']
  if (AUTOMATION_OUTCOME[parentStatus] !== undefined)
    for (const value of values)
      if (!started.has(value))
        rows.push({
          target: value,
          status,
          detail: `${status}; not started: ${why}`,
          stdoutTruncated: false,
          stderrTruncated: false
        })
  const failure = sorted.find((c) => c.AutomationExecutionStatus !== 'Success' && c.FailureMessage)
  return {
    targets: rows,
    summary: joinDetail(
      countText(rows),
      failure ? `${targetOf(failure)}: ${failure.FailureMessage ?? ''}` : ''
    )
  }
}

export async function waitAutomation(
  client: SSMClient,
  id: string,
  options: WaitOptions
): Promise<ExecutionResult> {
  const pace = paceOf(options)
  const began = pace.now()
  const polled = await pollUntil(
    options,
    pace,
    () => readAutomation(client, id),
    (e) => AUTOMATION_OUTCOME[e.AutomationExecutionStatus ?? ''] !== undefined,
    () => stopAutomation(client, id)
  )
  const run = polled.last
  const ssmStatus = run?.AutomationExecutionStatus
  const status = finalStatus(AUTOMATION_OUTCOME[ssmStatus ?? ''], polled.stopped)
  const outcome: Outcome =
    run?.TargetParameterName === undefined
      ? { targets: stepTargets(run), summary: '' }
      : await fannedOut(client, run, id)
  // The parent's own outputs first; a fanned-out run's come from its one child, if one.
  const outputs = hasOutputs(run?.Outputs) ? run?.Outputs : outcome.outputs
  return {
    kind: 'automation',
    id,
    status,
    detail: joinDetail(
      run ? `Automation ${ssmStatus ?? 'unknown'}` : 'Automation never seen',
      run?.FailureMessage || outcome.summary,
      alarmsText(run?.TriggeredAlarms),
      stopText(polled, options, 'stopped')
    ),
    targets: outcome.targets,
    startedAt: iso(run?.ExecutionStartTime, began),
    endedAt: iso(run?.ExecutionEndTime, pace.now()),
    ...(outputs && hasOutputs(outputs) ? { outputs } : {})
  }
}
