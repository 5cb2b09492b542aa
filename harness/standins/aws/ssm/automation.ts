// Automation: StartAutomationExecution, GetAutomationExecution, StopAutomationExecution and
// DescribeAutomationExecutions.
//
// A run is a pure function of the virtual clock: Pending for pendingMs, then each step of the
// document runs for stepMs in order (StepExecutions lists the steps started so far), and the run
// ends with the document's scripted outcome (default Success) when its last or failing step ends.
// Stopping a run before then makes it, and its running step, Cancelled at once.
//
// Documents: AWS-RestartEC2Instance built in, any document a test scripts (automationOutcome), and
// Automation documents created through the API (ssm/documents.ts; their steps, and their
// parameters: undeclared ones are refused, those without a default required).
//
// Rate control: `Targets` with `TargetParameterName` (each needs the other; the name must be a
// parameter the document declares when the stand-in knows its parameters), `MaxConcurrency` and
// `MaxErrors` are validated as the model constrains them and echoed; `ResolvedTargets` lists the
// values the targets resolve to (`ParameterValues` and `InstanceIds` give their values, `tag:<Key>`
// and `tag-key` the registered instances they select). The run itself is one execution of the
// document's steps: the stand-in does not fan out into a child execution per target, so
// MaxConcurrency and MaxErrors change nothing about how it runs. `AlarmConfiguration` stops the run
// as ssm/alarms.ts describes (Cancelled, with `TriggeredAlarms`).
//
// DescribeAutomationExecutions lists runs newest first, filtered (filters ANDed, a filter's values
// ORed) by DocumentNamePrefix, ExecutionStatus, ExecutionId, CurrentAction, StartTimeBefore,
// StartTimeAfter and AutomationType (every run is Local).
import { randomUUID } from 'node:crypto'
import { AwsError } from '../protocol.js'
import type { AutomationOutcome, AutomationStep } from '../executors.js'
import {
  readAlarmConfiguration,
  tripped,
  type AlarmGuard,
  type AlarmSource,
  type TriggeredAlarm
} from './alarms.js'
import {
  ACCOUNT_ID,
  checkLength,
  checkPattern,
  epochSeconds,
  filterTime,
  notModelled,
  paginate,
  readObjectList,
  readParameters,
  readRateControl,
  readString,
  readStringList,
  readTargets,
  requireString,
  validationError,
  type Clock,
  type Input,
  type Target
} from './common.js'
import type { AutomationDefinition } from './documents.js'
import type { Instances } from './instances.js'

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
  /** The alarm guarding the run; `triggered` once it has stopped it. */
  guard?: AlarmGuard
  triggered?: TriggeredAlarm[]
}

export interface AutomationDependencies {
  /** Automation documents created through the API, by name. */
  definitions?: (documentName: string) => AutomationDefinition | undefined
  /** Registered instances, for `tag:` targets. */
  instances?: Instances
  alarms?: AlarmSource
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
const TARGET_KEY =
  /^[\p{L}\p{Z}\p{N}_.:/=\-@]*$|resource-groups:ResourceTypeFilters|resource-groups:Name$/u
const STATUSES = [
  'Pending',
  'InProgress',
  'Waiting',
  'Success',
  'TimedOut',
  'Cancelling',
  'Cancelled',
  'Failed',
  'PendingApproval',
  'Approved',
  'Rejected',
  'Scheduled',
  'RunbookInProgress',
  'PendingChangeCalendarOverride',
  'ChangeCalendarOverrideApproved',
  'ChangeCalendarOverrideRejected',
  'CompletedWithSuccess',
  'CompletedWithFailure',
  'Exited'
]
/** AutomationExecution members DescribeAutomationExecutions' metadata also has. */
const METADATA = [
  'AutomationExecutionId',
  'DocumentName',
  'DocumentVersion',
  'AutomationExecutionStatus',
  'ExecutionStartTime',
  'ExecutionEndTime',
  'ExecutedBy',
  'Outputs',
  'Mode',
  'CurrentStepName',
  'CurrentAction',
  'FailureMessage',
  'TargetParameterName',
  'Targets',
  'ResolvedTargets',
  'MaxConcurrency',
  'MaxErrors',
  'AlarmConfiguration',
  'TriggeredAlarms'
]

const invalidParameters = (message: string) =>
  new AwsError('InvalidAutomationExecutionParametersException', message)

export class Automation {
  readonly #scripted = new Map<string, AutomationOutcome>()
  readonly #executions = new Map<string, Execution>()

  constructor(
    private readonly clock: Clock,
    private readonly timings: AutomationTimings,
    private readonly deps: AutomationDependencies = {}
  ) {}

  /** Scripts how runs of `documentName` end (registering the document if new). */
  setOutcome(documentName: string, outcome: AutomationOutcome): void {
    const merged = { ...this.#definition(documentName)?.outcome, ...outcome }
    const { failedStep } = merged
    if (
      failedStep !== undefined &&
      !(merged.steps ?? DEFAULT_STEPS).some((s) => s.name === failedStep)
    )
      throw new Error(`${documentName} has no step ${failedStep}`)
    this.#scripted.set(documentName, outcome)
  }

  /** An alarm changed state: runs it guards stop if it now says so. */
  onAlarmChange(name: string): void {
    for (const execution of this.#executions.values())
      if (execution.guard?.name === name) this.#checkAlarm(execution)
  }

  start(input: Input): unknown {
    const documentName = requireString(input, 'DocumentName')
    checkPattern('DocumentName', documentName, DOCUMENT_NAME)
    const definition = this.#definition(documentName)
    const scripted = this.#scripted.get(documentName)
    if (!definition && !scripted) {
      throw new AwsError(
        'AutomationDefinitionNotFoundException',
        `Automation definition ${documentName}:$DEFAULT not found.`
      )
    }
    const outcome: AutomationOutcome = { ...definition?.outcome, ...scripted }
    if (input.TargetMaps !== undefined || input.TargetLocations !== undefined)
      notModelled('TargetMaps and TargetLocations')
    const rate = readRateControl(input)
    const alarm = readAlarmConfiguration(input)
    const targets = readTargets(input)
    const targetParameter = readString(input, 'TargetParameterName')
    checkTargets(targets, targetParameter)
    const parameters = readParameters(input, 'Parameters')
    const declared = definition?.declared
    if (declared) {
      const unknown = Object.keys(parameters).find((p) => !declared.includes(p))
      if (unknown !== undefined)
        throw invalidParameters(`Parameter ${unknown} is not defined in the document.`)
      if (targetParameter !== undefined && !declared.includes(targetParameter))
        throw invalidParameters(
          `Target parameter ${targetParameter} is not defined in the document.`
        )
    }
    const missing = (outcome.requiredParameters ?? []).filter(
      (p) => p !== targetParameter && (parameters[p] ?? []).length === 0
    )
    if (missing.length > 0) {
      throw invalidParameters(
        `Parameters [${missing.join(', ')}] are required but were not provided.`
      )
    }
    // Validated for shape; recorded only in the server's call log (no output member shows them).
    for (const tag of readObjectList(input, 'Tags') ?? []) {
      requireString(tag, 'Key')
      requireString(tag, 'Value')
    }
    const id = randomUUID()
    const execution: Execution = {
      id,
      documentName,
      outcome,
      steps: (outcome.steps ?? DEFAULT_STEPS).map((s) => ({ ...s, id: randomUUID() })),
      startedAt: this.clock.now(),
      echo: {
        DocumentVersion: readString(input, 'DocumentVersion') ?? definition?.version ?? '1',
        Parameters: parameters,
        Mode: readString(input, 'Mode') ?? 'Auto',
        ...(targets
          ? {
              Targets: targets,
              TargetParameterName: targetParameter,
              ResolvedTargets: { ParameterValues: this.#resolve(targets), Truncated: false }
            }
          : {}),
        ...rate,
        ...(alarm.guard ? { AlarmConfiguration: alarm.echo } : {})
      },
      ...(alarm.guard ? { guard: alarm.guard } : {})
    }
    this.#executions.set(id, execution)
    this.#checkAlarm(execution)
    return { AutomationExecutionId: id }
  }

  get(input: Input): unknown {
    return { AutomationExecution: this.#view(this.#find(input)) }
  }

  describe(input: Input): unknown {
    const filters = automationFilters(input)
    const rows: Record<string, unknown>[] = []
    for (const execution of [...this.#executions.values()].reverse()) {
      const view = this.#view(execution)
      if (filters.every((matches) => matches(view))) rows.push(view)
    }
    const { page, NextToken } = paginate(rows, input, { min: 1, max: 50 })
    return {
      AutomationExecutionMetadataList: page.map((view) => ({
        ...Object.fromEntries(METADATA.filter((m) => m in view).map((m) => [m, view[m]])),
        LogFile: '',
        AutomationType: 'Local'
      })),
      NextToken
    }
  }

  /** The document's own steps and parameters, when the stand-in knows them. */
  #definition(
    documentName: string
  ): { outcome: AutomationOutcome; declared?: string[]; version?: string } | undefined {
    const builtIn = BUILT_IN[documentName]
    if (builtIn) return { outcome: builtIn }
    const created = this.deps.definitions?.(documentName)
    if (!created) return undefined
    return {
      outcome: {
        steps: created.steps,
        requiredParameters: Object.keys(created.parameters).filter(
          (p) => created.parameters[p]?.required
        )
      },
      declared: Object.keys(created.parameters),
      version: created.version
    }
  }

  #resolve(targets: readonly Target[]): string[] {
    const keys = targets.map((t) => t.Key)
    const [only] = targets
    if (
      targets.length === 1 &&
      only &&
      (only.Key === 'ParameterValues' || only.Key === 'InstanceIds')
    )
      return only.Values
    if (keys.every((k) => k.startsWith('tag:') || k === 'tag-key'))
      return this.deps.instances?.resolveTargets(targets) ?? []
    return notModelled(`Automation targets ${keys.join(', ')}`)
  }

  /** Stops the run if its alarm says so now (see ssm/alarms.ts). */
  #checkAlarm(execution: Execution): void {
    if (execution.triggered) return
    const alarm = tripped(this.deps.alarms, execution.guard)
    if (!alarm) return
    const { status } = this.#state(execution)
    if (status !== 'Pending' && status !== 'InProgress') return
    execution.stoppedAt = this.clock.now()
    execution.triggered = [alarm]
  }

  stop(input: Input): unknown {
    const execution = this.#find(input)
    this.#checkAlarm(execution)
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
    this.#checkAlarm(execution)
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
      },
      ...(execution.triggered ? { TriggeredAlarms: execution.triggered } : {})
    }
  }
}

/** `Targets` and `TargetParameterName` as the model constrains them; each needs the other. */
function checkTargets(targets: readonly Target[] | undefined, parameter: string | undefined): void {
  if (parameter !== undefined && (parameter.length < 1 || parameter.length > 50))
    throw validationError(
      'TargetParameterName',
      parameter,
      'Member must have length between 1 and 50'
    )
  if (targets === undefined) {
    if (parameter !== undefined)
      throw invalidParameters('TargetParameterName requires Targets (or TargetMaps).')
    return
  }
  if (targets.length > 5)
    throw validationError('Targets', targets, 'Member must have length less than or equal to 5')
  if (parameter === undefined) throw invalidParameters('Targets require a TargetParameterName.')
  for (const { Key, Values } of targets) {
    if (Key.length < 1 || Key.length > 163)
      throw validationError('targets.member.key', Key, 'Member must have length between 1 and 163')
    checkPattern('targets.member.key', Key, TARGET_KEY)
    if (Values.length > 50)
      throw validationError(
        'targets.member.values',
        Values,
        'Member must have length less than or equal to 50'
      )
  }
}

type AutomationFilter = (view: Record<string, unknown>) => boolean

/** DescribeAutomationExecutions' `Filters`: ANDed, each filter's values ORed. */
function automationFilters(input: Input): AutomationFilter[] {
  return (readObjectList(input, 'Filters') ?? []).map((filter): AutomationFilter => {
    const key = requireString(filter, 'Key')
    const values = readStringList(filter, 'Values')
    if (values === undefined)
      throw validationError('filters.member.values', undefined, 'Member must not be null')
    if (values.length < 1 || values.length > 10)
      throw validationError(
        'filters.member.values',
        values,
        'Member must have length between 1 and 10'
      )
    for (const value of values) {
      checkLength('filters.member.values.member', value, 150)
      if (value.length < 1)
        throw validationError(
          'filters.member.values.member',
          value,
          'Member must have length greater than or equal to 1'
        )
    }
    const invalid = (value: string) =>
      new AwsError('InvalidFilterValue', `The filter value ${value} is not valid for ${key}.`)
    const time = () => {
      const [value = ''] = values
      const ms = filterTime(value)
      if (values.length !== 1 || ms === undefined) throw invalid(values.join(', '))
      return ms / 1000
    }
    switch (key) {
      case 'DocumentNamePrefix':
        return (view) => values.some((v) => String(view.DocumentName).startsWith(v))
      case 'ExecutionStatus': {
        const bad = values.find((v) => !STATUSES.includes(v))
        if (bad !== undefined) throw invalid(bad)
        return (view) => values.includes(String(view.AutomationExecutionStatus))
      }
      case 'ExecutionId':
        return (view) => values.includes(String(view.AutomationExecutionId))
      case 'CurrentAction':
        return (view) => values.includes(String(view.CurrentAction))
      case 'StartTimeBefore': {
        const before = time()
        return (view) => Number(view.ExecutionStartTime) < before
      }
      case 'StartTimeAfter': {
        const after = time()
        return (view) => Number(view.ExecutionStartTime) >= after
      }
      case 'AutomationType': {
        const bad = values.find((v) => v !== 'Local' && v !== 'CrossAccount')
        if (bad !== undefined) throw invalid(bad)
        return () => values.includes('Local')
      }
      case 'ParentExecutionId':
      case 'TagKey':
      case 'TargetResourceGroup':
      case 'AutomationSubtype':
      case 'OpsItemId':
        return notModelled(`the DescribeAutomationExecutions filter ${key}`)
      default:
        throw new AwsError('InvalidFilterKey', `The filter key ${key} is not valid.`)
    }
  })
}

/** Index of the step the run ends on: the failing step, or the last one. */
function lastStep({ outcome, steps }: Execution): number {
  const failing = (outcome.status ?? 'Success') !== 'Success' && outcome.failedStep !== undefined
  return failing ? steps.findIndex((s) => s.name === outcome.failedStep) : steps.length - 1
}
