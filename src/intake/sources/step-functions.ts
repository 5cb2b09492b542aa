// Step Functions execution status changes: the execution's status is the event (FAILED,
// TIMED_OUT and ABORTED need a look; SUCCEEDED and RUNNING are informational), its error and
// cause the reason (`States.Timeout: the task token was not returned …` tells a callback that
// never came from a step that failed), and the state machine the subject.
import { str } from '../json.js'
import type { Severity, SourceReader } from '../parts.js'
import { withResource } from '../resources.js'
import { facts } from '../text.js'

const STATUS_SEVERITY: Record<string, Severity> = {
  FAILED: 'high',
  TIMED_OUT: 'high',
  ABORTED: 'medium',
  PENDING_REDRIVE: 'medium',
  SUCCEEDED: 'low',
  RUNNING: 'low'
}

/** The name at the end of a state machine ARN (`…:stateMachine:payments-onboarding`). */
const machineName = (arn: string | undefined): string | undefined =>
  arn === undefined ? undefined : /:stateMachine:([^:]+)/.exec(arn)?.[1]

export const stepFunctions: SourceReader = {
  name: 'Step Functions execution status change',
  accepts: ({ source, detailType }) =>
    source === 'aws.states' && detailType === 'Step Functions Execution Status Change',
  read(detail, base) {
    const status = str(detail.status)
    const error = str(detail.error)
    const cause = str(detail.cause)
    const machine = str(detail.stateMachineArn)
    const reason = [error, cause].filter((s): s is string => s !== undefined).join(': ')
    return {
      ...base,
      kind: 'event',
      resources: withResource(base.resources, machine),
      eventName: status,
      severity: status ? STATUS_SEVERITY[status] : undefined,
      ...(reason !== '' ? { reason } : {}),
      subject: machineName(machine) ?? str(detail.name),
      details: facts([
        ['status', status],
        ['error', error],
        ['cause', cause],
        ['stateMachine', machineName(machine)],
        ['execution', str(detail.name)]
      ])
    }
  }
}
