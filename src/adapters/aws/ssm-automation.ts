// Automation: waiting for a started execution to end, its steps as the result's targets, and
// stopping it.
import {
  GetAutomationExecutionCommand,
  StopAutomationExecutionCommand,
  type AutomationExecution,
  type SSMClient
} from '@aws-sdk/client-ssm'
import type { ExecutionResult, TargetResult, WaitOptions } from '../../execution/ports.js'
import { errorName, paceOf, pollUntil, tolerant } from './ssm-poll.js'
import {
  alarmsText,
  AUTOMATION_OUTCOME,
  finalStatus,
  iso,
  joinDetail,
  stopText
} from './ssm-status.js'

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
  const targets = (run?.StepExecutions ?? []).map((step): TargetResult => {
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
  return {
    kind: 'automation',
    id,
    status,
    detail: joinDetail(
      run ? `Automation ${ssmStatus ?? 'unknown'}` : 'Automation never seen',
      run?.FailureMessage ?? '',
      alarmsText(run?.TriggeredAlarms),
      stopText(polled, options, 'stopped')
    ),
    targets,
    startedAt: iso(run?.ExecutionStartTime, began),
    endedAt: iso(run?.ExecutionEndTime, pace.now()),
    ...(run?.Outputs && Object.keys(run.Outputs).length > 0 ? { outputs: run.Outputs } : {})
  }
}
