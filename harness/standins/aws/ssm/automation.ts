// Automation: StartAutomationExecution, GetAutomationExecution and StopAutomationExecution.
//
// A run is a pure function of the virtual clock: Pending for pendingMs, then each step of the
// document runs for stepMs in order (StepExecutions lists the steps started so far), and the run
// ends with the document's scripted outcome (default Success) when its last or failing step ends.
// Stopping a run before then makes it, and its running step, Cancelled at once.
import { randomUUID } from 'node:crypto'
import { AwsError } from '../protocol.js'
import type { AutomationOutcome, AutomationStep } from '../executors.js'
import {
  ACCOUNT_ID,
  checkPattern,
  epochSeconds,
  notModelled,
  pick,
  readObjectList,
  readParameters,
  readString,
  readTargets,
  requireString,
  type Clock,
  type Input
} from './common.js'

export interface AutomationTimings {
  pendingMs: number
  stepMs: number
}

interface Execution {
  id: string
  documentName: string
  outcome: AutomationOutcome
  steps: (AutomationStep & { id: string })[]
  startedAt: number
  stoppedAt?: number
  /** Request members the AutomationExecution echoes back. */
  echo: Record<string, unknown>
}

type StepStatus = 'InProgress' | 'Success' | 'Failed' | 'TimedOut' | 'Cancelled'

interface StepState {
  step: AutomationStep & { id: string }
  index: number
  status: StepStatus
  startedAt: number
  endedAt?: number
}

interface RunState {
  status: 'Pending' | StepStatus
  steps: StepState[]
  endedAt?: number
}

/** Documents known without scripting; scripted outcomes are laid over these. */
const BUILT_IN: Record<string, AutomationOutcome> = {
  'AWS-RestartEC2Instance': {
    steps: [
      { name: 'stopInstances', action: 'aws:changeInstanceState' },
      { name: 'startInstances', action: 'aws:changeInstanceState' }
    ],
    requiredParameters: ['InstanceId']
  }
}

const DEFAULT_STEPS: AutomationStep[] = [{ name: 'main', action: 'aws:executeScript' }]
const DOCUMENT_NAME = /^[a-zA-Z0-9_\-.:/]{3,128}$/

export class Automation {
  readonly #outcomes = new Map<string, AutomationOutcome>(Object.entries(BUILT_IN))
  readonly #executions = new Map<string, Execution>()

  constructor(
    private readonly clock: Clock,
    private readonly timings: AutomationTimings
  ) {}

  /** Scripts how runs of `documentName` end (registering the document if new). */
  setOutcome(documentName: string, outcome: AutomationOutcome): void {
    const merged = { ...BUILT_IN[documentName], ...outcome }
    const { failedStep } = merged
    if (
      failedStep !== undefined &&
      !(merged.steps ?? DEFAULT_STEPS).some((s) => s.name === failedStep)
    )
      throw new Error(`${documentName} has no step ${failedStep}`)
    this.#outcomes.set(documentName, merged)
  }

  start(input: Input): unknown {
    const documentName = requireString(input, 'DocumentName')
    checkPattern('DocumentName', documentName, DOCUMENT_NAME)
    const outcome = this.#outcomes.get(documentName)
    if (!outcome) {
      throw new AwsError(
        'AutomationDefinitionNotFoundException',
        `Automation definition ${documentName}:$DEFAULT not found.`
      )
    }
    const parameters = readParameters(input, 'Parameters')
    const missing = (outcome.requiredParameters ?? []).filter(
      (p) => (parameters[p] ?? []).length === 0
    )
    if (missing.length > 0) {
      throw new AwsError(
        'InvalidAutomationExecutionParametersException',
        `Parameters [${missing.join(', ')}] are required but were not provided.`
      )
    }
    // Validated for shape; recorded only in the server's call log (no output member shows them).
    for (const tag of readObjectList(input, 'Tags') ?? []) {
      requireString(tag, 'Key')
      requireString(tag, 'Value')
    }
    const id = randomUUID()
    const targets = readTargets(input)
    this.#executions.set(id, {
      id,
      documentName,
      outcome,
      steps: (outcome.steps ?? DEFAULT_STEPS).map((s) => ({ ...s, id: randomUUID() })),
      startedAt: this.clock.now(),
      echo: {
        DocumentVersion: readString(input, 'DocumentVersion') ?? '1',
        Parameters: parameters,
        Mode: readString(input, 'Mode') ?? 'Auto',
        ...(targets ? { Targets: targets } : {}),
        ...pick(input, ['TargetParameterName', 'MaxConcurrency', 'MaxErrors', 'AlarmConfiguration'])
      }
    })
    return { AutomationExecutionId: id }
  }

  get(input: Input): unknown {
    return { AutomationExecution: this.#view(this.#find(input)) }
  }

  stop(input: Input): unknown {
    const execution = this.#find(input)
    if ((readString(input, 'Type') ?? 'Cancel') !== 'Cancel') notModelled('StopType Complete')
    const { status } = this.#state(execution)
    if (status !== 'Pending' && status !== 'InProgress') {
      throw new AwsError(
        'InvalidAutomationStatusUpdateException',
        `Automation execution ${execution.id} has already ended.`
      )
    }
    execution.stoppedAt = this.clock.now()
    return {}
  }

  #find(input: Input): Execution {
    const id = requireString(input, 'AutomationExecutionId')
    const execution = this.#executions.get(id)
    if (!execution) {
      throw new AwsError(
        'AutomationExecutionNotFoundException',
        `Automation execution ${id} does not exist.`
      )
    }
    return execution
  }

  /** The run as of now: its status, the steps started so far, and when it ended (if it has). */
  #state(execution: Execution): RunState {
    const { pendingMs, stepMs } = this.timings
    const runStart = execution.startedAt + pendingMs
    const last = lastStep(execution)
    const end = runStart + (last + 1) * stepMs
    const stoppedAt = execution.stoppedAt
    const stopped = stoppedAt !== undefined && stoppedAt < end
    const ended = stopped || this.clock.now() >= end
    // The moment described: now, or when the run stopped or ended.
    const at = stopped ? stoppedAt : Math.min(this.clock.now(), end)
    const finalStatus = stopped ? 'Cancelled' : (execution.outcome.status ?? 'Success')
    const status = ended ? finalStatus : at < runStart ? 'Pending' : 'InProgress'
    const started = at < runStart ? 0 : Math.min(last + 1, Math.floor((at - runStart) / stepMs) + 1)
    const steps = execution.steps.slice(0, started).map((step, index): StepState => {
      const startedAt = runStart + index * stepMs
      if (index < started - 1)
        return { step, index, status: 'Success', startedAt, endedAt: startedAt + stepMs }
      return ended
        ? { step, index, status: finalStatus, startedAt, endedAt: at }
        : { step, index, status: 'InProgress', startedAt }
    })
    return { status, steps, ...(ended ? { endedAt: at } : {}) }
  }

  #view(execution: Execution): Record<string, unknown> {
    const state = this.#state(execution)
    const { outcome } = execution
    const failed = state.status === 'Failed' || state.status === 'TimedOut'
    const failureMessage =
      outcome.failureMessage ??
      `Step fails when it is ${state.status === 'TimedOut' ? 'timed out' : 'executing'}.`
    const running = state.status === 'InProgress' ? state.steps.at(-1)?.step : undefined
    const count = (s: StepStatus) => state.steps.filter((x) => x.status === s).length
    return {
      AutomationExecutionId: execution.id,
      DocumentName: execution.documentName,
      ...execution.echo,
      ExecutionStartTime: epochSeconds(execution.startedAt),
      ...(state.endedAt === undefined ? {} : { ExecutionEndTime: epochSeconds(state.endedAt) }),
      AutomationExecutionStatus: state.status,
      StepExecutions: state.steps.map(({ step, ...s }) => {
        return {
          StepName: step.name,
          Action: step.action,
          OnFailure: 'Abort',
          MaxAttempts: 1,
          ExecutionStartTime: epochSeconds(s.startedAt),
          ...(s.endedAt === undefined ? {} : { ExecutionEndTime: epochSeconds(s.endedAt) }),
          StepStatus: s.status,
          Inputs: {},
          Outputs: s.status === 'Success' ? (step.outputs ?? {}) : {},
          ...(failed && s.index === state.steps.length - 1
            ? { FailureMessage: failureMessage }
            : {}),
          StepExecutionId: step.id,
          IsEnd: s.index === execution.steps.length - 1,
          IsCritical: true
        }
      }),
      StepExecutionsTruncated: false,
      Outputs: state.status === 'Success' ? (outcome.outputs ?? {}) : {},
      ...(failed ? { FailureMessage: failureMessage } : {}),
      ExecutedBy: `arn:aws:sts::${ACCOUNT_ID}:assumed-role/opsloop/standin`,
      ...(running ? { CurrentStepName: running.name, CurrentAction: running.action } : {}),
      ProgressCounters: {
        TotalSteps: state.steps.length,
        SuccessSteps: count('Success'),
        FailedSteps: count('Failed'),
        CancelledSteps: count('Cancelled'),
        TimedOutSteps: count('TimedOut')
      }
    }
  }
}

/** Index of the step the run ends on: the failing step, or the last one. */
function lastStep({ outcome, steps }: Execution): number {
  const failing = (outcome.status ?? 'Success') !== 'Success' && outcome.failedStep !== undefined
  return failing ? steps.findIndex((s) => s.name === outcome.failedStep) : steps.length - 1
}
