// Automation: StartAutomationExecution, GetAutomationExecution, StopAutomationExecution and
// DescribeAutomationExecutions.
//
// A run is a pure function of the virtual clock: Pending for pendingMs, then each step of the
// document runs for stepMs in order (StepExecutions lists the steps started so far), and the run
// ends with the document's scripted outcome (default Success) when its last or failing step ends.
// Stopping a run before then makes it, and its running step, Cancelled at once.
//
// Documents: AWS-RestartEC2Instance built in, any document a test scripts (automationOutcome, and
// automationTargetOutcome for the child runs of one target value), and Automation documents
// created through the API (ssm/documents.ts; their steps, and their parameters: undeclared ones
// are refused, those without a default required).
//
// Rate control: `Targets` with `TargetParameterName` (each needs the other; the name must be a
// parameter the document declares when the stand-in knows its parameters), `MaxConcurrency` and
// `MaxErrors` are validated as the model constrains them and echoed; `ResolvedTargets` lists the
// values the targets resolve to (`ParameterValues` and `InstanceIds` give their values, `tag:<Key>`
// and `tag-key` the registered instances they select; none at all is `InvalidTarget`). As SSM
// documents it, such a run is a parent that runs the document once per value, as a child
// execution with `Parameters[TargetParameterName] = [value]`, `Target` the value and
// `ParentAutomationExecutionId` the parent. The stand-in's model of how (where SSM's
// documentation leaves it open, the choices are marked "stand-in"):
// - children start in the order of `ResolvedTargets`, at most MaxConcurrency at once (default 10;
//   a percentage of the values, rounded up, at least 1); each starts when one ends;
// - a child that ends other than Success is an error; once errors exceed MaxErrors (default 0,
//   stand-in; a percentage of the values, rounded down) no further child starts, and the children
//   still running finish;
// - the parent is Pending for pendingMs, then InProgress until its last child ends; it ends
//   Success when every value ran and succeeded, Failed otherwise (stand-in: it has no
//   FailureMessage or Outputs of its own; its children have them);
// - its StepExecutions list one `Invocation` step (`aws:executeAutomation`) per child started,
//   with the child's status and `ExecutionId` output (stand-in);
// - stopping the parent, or its alarm, cancels its running children and starts no more; stopping
//   a child cancels only that child (an error for the parent).
// `AlarmConfiguration` stops a run as ssm/alarms.ts describes (Cancelled, with `TriggeredAlarms`).
//
// DescribeAutomationExecutions lists runs, parents and children alike, newest first, filtered
// (filters ANDed, a filter's values ORed) by DocumentNamePrefix, ExecutionStatus, ExecutionId,
// ParentExecutionId, CurrentAction, StartTimeBefore, StartTimeAfter and AutomationType (every run
// is Local).
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
  /** A rate-controlled parent: the child runs it fans out into. */
  fan?: FanOut
}

interface FanOut {
  parameter: string
  values: string[]
  /** How each value's child run ends, fixed when the parent starts. */
  outcomes: AutomationOutcome[]
  /** The parent's parameters, which every child also gets. */
  parameters: Record<string, string[]>
  concurrency: number
  maxErrors: number
  /** Children started so far, in start order (child i runs values[i]). */
  children: Execution[]
  /** Children whose end the parent has taken into account. */
  counted: Set<string>
  errors: number
  /** More than MaxErrors children failed: no further child starts. */
  halted: boolean
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

/** Documents known without scripting (and the parameters they declare); scripts lay over these. */
const BUILT_IN: Record<string, { outcome: AutomationOutcome; declared: string[] }> = {
  'AWS-RestartEC2Instance': {
    outcome: {
      steps: [
        { name: 'stopInstances', action: 'aws:changeInstanceState' },
        { name: 'startInstances', action: 'aws:changeInstanceState' }
      ],
      requiredParameters: ['InstanceId']
    },
    declared: ['InstanceId', 'AutomationAssumeRole']
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
  'ParentAutomationExecutionId',
  'CurrentStepName',
  'CurrentAction',
  'FailureMessage',
  'TargetParameterName',
  'Targets',
  'ResolvedTargets',
  'MaxConcurrency',
  'MaxErrors',
  'Target',
  'AlarmConfiguration',
  'TriggeredAlarms'
]
/** What a parent shows for each child it started (stand-in). */
const INVOCATION = { name: 'Invocation', action: 'aws:executeAutomation' }

const invalidParameters = (message: string) =>
  new AwsError('InvalidAutomationExecutionParametersException', message)

export class Automation {
  readonly #scripted = new Map<string, AutomationOutcome>()
  /** Outcomes scripted for the child runs of one target value, by document and value. */
  readonly #scriptedTargets = new Map<string, Map<string, AutomationOutcome>>()
  readonly #executions = new Map<string, Execution>()

  constructor(
    private readonly clock: Clock,
    private readonly timings: AutomationTimings,
    private readonly deps: AutomationDependencies = {}
  ) {}

  /** Scripts how runs of `documentName` end (registering the document if new). */
  setOutcome(documentName: string, outcome: AutomationOutcome): void {
    checkOutcome(documentName, { ...this.#definition(documentName)?.outcome, ...outcome })
    this.#scripted.set(documentName, outcome)
  }

  /**
   * Scripts how the child runs for `target` (a value of a rate-controlled run) of `documentName`
   * end, over what setOutcome scripts; the document must be known already.
   */
  setTargetOutcome(documentName: string, target: string, outcome: AutomationOutcome): void {
    if (!this.#definition(documentName) && !this.#scripted.has(documentName))
      throw new Error(`${documentName} is not a known Automation document`)
    checkOutcome(documentName, {
      ...this.#definition(documentName)?.outcome,
      ...this.#scripted.get(documentName),
      ...outcome
    })
    const byTarget = this.#scriptedTargets.get(documentName) ?? new Map<string, AutomationOutcome>()
    byTarget.set(target, outcome)
    this.#scriptedTargets.set(documentName, byTarget)
  }

  /** An alarm changed state: runs it guards stop if it now says so. */
  onAlarmChange(name: string): void {
    this.#tick()
    for (const execution of this.#executions.values())
      if (execution.guard?.name === name) this.#checkAlarm(execution)
  }

  start(input: Input): unknown {
    this.#tick()
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
    const values = targets && this.#resolve(targets)
    // Stand-in: SSM's answer to targets that select nothing is not documented.
    if (values?.length === 0)
      throw new AwsError('InvalidTarget', 'The targets resolve to no parameter values.')
    const id = randomUUID()
    const execution: Execution = {
      id,
      documentName,
      outcome,
      steps:
        values === undefined
          ? (outcome.steps ?? DEFAULT_STEPS).map((s) => ({ ...s, id: randomUUID() }))
          : [],
      startedAt: this.clock.now(),
      echo: {
        DocumentVersion: readString(input, 'DocumentVersion') ?? definition?.version ?? '1',
        Parameters: parameters,
        Mode: readString(input, 'Mode') ?? 'Auto',
        ...(targets
          ? {
              Targets: targets,
              TargetParameterName: targetParameter,
              ResolvedTargets: { ParameterValues: values, Truncated: false }
            }
          : {}),
        ...rate,
        ...(alarm.guard ? { AlarmConfiguration: alarm.echo } : {})
      },
      ...(alarm.guard ? { guard: alarm.guard } : {})
    }
    if (values !== undefined && targetParameter !== undefined) {
      const byTarget = this.#scriptedTargets.get(documentName)
      execution.fan = {
        parameter: targetParameter,
        values,
        outcomes: values.map((v) => ({ ...outcome, ...byTarget?.get(v) })),
        parameters,
        concurrency: share(rate.MaxConcurrency ?? '10', values.length, Math.ceil, 1),
        maxErrors: share(rate.MaxErrors ?? '0', values.length, Math.floor, 0),
        children: [],
        counted: new Set(),
        errors: 0,
        halted: false
      }
    }
    this.#executions.set(id, execution)
    if (execution.fan) {
      const first = Math.min(execution.fan.concurrency, execution.fan.values.length)
      for (let i = 0; i < first; i++) this.#startChild(execution, execution.startedAt)
    }
    this.#checkAlarm(execution)
    return { AutomationExecutionId: id }
  }

  get(input: Input): unknown {
    this.#tick()
    return { AutomationExecution: this.#view(this.#find(input)) }
  }

  describe(input: Input): unknown {
    this.#tick()
    const filters = automationFilters(input)
    // Newest first; children start when a slot frees, so start time, not creation, orders them.
    const newestFirst = [...this.#executions.values()]
      .reverse()
      .sort((a, b) => b.startedAt - a.startedAt)
    const rows: Record<string, unknown>[] = []
    for (const execution of newestFirst) {
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
    if (builtIn) return builtIn
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

  /** Starts the parent's next child at `at` (virtual ms, possibly before now). */
  #startChild(parent: Execution, at: number): void {
    const fan = parent.fan
    const index = fan?.children.length ?? 0
    const value = fan?.values[index]
    const outcome = fan?.outcomes[index]
    if (!fan || value === undefined || outcome === undefined) return
    const child: Execution = {
      id: randomUUID(),
      documentName: parent.documentName,
      outcome,
      steps: (outcome.steps ?? DEFAULT_STEPS).map((s) => ({ ...s, id: randomUUID() })),
      startedAt: at,
      echo: {
        DocumentVersion: parent.echo.DocumentVersion,
        Parameters: { ...fan.parameters, [fan.parameter]: [value] },
        Mode: parent.echo.Mode,
        ParentAutomationExecutionId: parent.id,
        Target: value
      }
    }
    fan.children.push(child)
    this.#executions.set(child.id, child)
  }

  /**
   * Brings every rate-controlled run up to now: children that ended since are counted, in the
   * order they ended, and each frees a slot for the next value at the moment it ended.
   */
  #tick(): void {
    for (const execution of this.#executions.values()) {
      const fan = execution.fan
      if (!fan) continue
      for (;;) {
        // Nothing starts after a stop (stop() and the alarm tick first, so nothing is missed).
        if (execution.stoppedAt !== undefined) break
        let first: { child: Execution; endedAt: number; ok: boolean } | undefined
        for (const child of fan.children) {
          if (fan.counted.has(child.id)) continue
          const { endedAt, status } = this.#state(child)
          if (endedAt !== undefined && (first === undefined || endedAt < first.endedAt))
            first = { child, endedAt, ok: status === 'Success' }
        }
        if (!first) break
        fan.counted.add(first.child.id)
        if (!first.ok) fan.errors++
        if (fan.errors > fan.maxErrors) fan.halted = true
        if (!fan.halted) this.#startChild(execution, first.endedAt)
      }
    }
  }

  /** Stops the run if its alarm says so now (see ssm/alarms.ts). */
  #checkAlarm(execution: Execution): void {
    if (execution.triggered) return
    const alarm = tripped(this.deps.alarms, execution.guard)
    if (!alarm || !this.#running(execution)) return
    this.#halt(execution)
    execution.triggered = [alarm]
  }

  #running(execution: Execution): boolean {
    const { status } = execution.fan ? this.#parentState(execution) : this.#state(execution)
    return status === 'Pending' || status === 'InProgress'
  }

  /** Stops the run now; a parent's running children with it. */
  #halt(execution: Execution): void {
    const now = this.clock.now()
    execution.stoppedAt = now
    for (const child of execution.fan?.children ?? [])
      if (child.stoppedAt === undefined && this.#state(child).endedAt === undefined)
        child.stoppedAt = now
  }

  stop(input: Input): unknown {
    this.#tick()
    const execution = this.#find(input)
    this.#checkAlarm(execution)
    if ((readString(input, 'Type') ?? 'Cancel') !== 'Cancel') notModelled('StopType Complete')
    if (!this.#running(execution)) {
      throw new AwsError(
        'InvalidAutomationStatusUpdateException',
        `Automation execution ${execution.id} has already ended.`
      )
    }
    this.#halt(execution)
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

  /** A rate-controlled run as of now (#tick first): it ends when its last child does. */
  #parentState(parent: Execution): {
    status: RunState['status']
    children: { child: Execution; state: RunState }[]
    endedAt?: number
  } {
    const fan = parent.fan
    const children = (fan?.children ?? []).map((child) => ({ child, state: this.#state(child) }))
    const stopped = parent.stoppedAt !== undefined
    const more = !stopped && !fan?.halted && children.length < (fan?.values.length ?? 0)
    const running = children.some(({ state }) => state.endedAt === undefined)
    if (more || running) {
      const pending = this.clock.now() < parent.startedAt + this.timings.pendingMs
      return { status: pending ? 'Pending' : 'InProgress', children }
    }
    const endedAt = Math.max(parent.startedAt, ...children.map(({ state }) => state.endedAt ?? 0))
    const allRan = children.length === (fan?.values.length ?? 0)
    const status = stopped
      ? 'Cancelled'
      : allRan && children.every(({ state }) => state.status === 'Success')
        ? 'Success'
        : 'Failed'
    return { status, children, endedAt: stopped ? (parent.stoppedAt ?? endedAt) : endedAt }
  }

  #view(execution: Execution): Record<string, unknown> {
    this.#checkAlarm(execution)
    if (execution.fan) return this.#parentView(execution)
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
      ExecutedBy: EXECUTED_BY,
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

  /** A rate-controlled parent: one `Invocation` step per child it started (stand-in). */
  #parentView(parent: Execution): Record<string, unknown> {
    const state = this.#parentState(parent)
    const count = (s: string) => state.children.filter((c) => c.state.status === s).length
    const total = parent.fan?.values.length ?? 0
    return {
      AutomationExecutionId: parent.id,
      DocumentName: parent.documentName,
      ...parent.echo,
      ExecutionStartTime: epochSeconds(parent.startedAt),
      ...(state.endedAt === undefined ? {} : { ExecutionEndTime: epochSeconds(state.endedAt) }),
      AutomationExecutionStatus: state.status,
      StepExecutions: state.children.map(({ child, state: run }, index) => ({
        StepName: INVOCATION.name,
        Action: INVOCATION.action,
        OnFailure: 'Continue',
        MaxAttempts: 1,
        ExecutionStartTime: epochSeconds(child.startedAt),
        ...(run.endedAt === undefined ? {} : { ExecutionEndTime: epochSeconds(run.endedAt) }),
        StepStatus: run.status,
        Inputs: {},
        Outputs: { ExecutionId: [child.id] },
        StepExecutionId: child.id,
        IsEnd: index === total - 1,
        IsCritical: false
      })),
      StepExecutionsTruncated: false,
      Outputs: {},
      ExecutedBy: EXECUTED_BY,
      ProgressCounters: {
        TotalSteps: state.children.length,
        SuccessSteps: count('Success'),
        FailedSteps: count('Failed'),
        CancelledSteps: count('Cancelled'),
        TimedOutSteps: count('TimedOut')
      },
      ...(parent.triggered ? { TriggeredAlarms: parent.triggered } : {})
    }
  }
}

const EXECUTED_BY = `arn:aws:sts::${ACCOUNT_ID}:assumed-role/opsloop/standin`

/** A scripted outcome (laid over what it scripts over) must fail in a step the run has. */
function checkOutcome(documentName: string, merged: AutomationOutcome): void {
  const { failedStep } = merged
  if (
    failedStep !== undefined &&
    !(merged.steps ?? DEFAULT_STEPS).some((s) => s.name === failedStep)
  )
    throw new Error(`${documentName} has no step ${failedStep}`)
}

/**
 * MaxConcurrency or MaxErrors as a number of the run's `total` values: a count as is, a
 * percentage of them rounded by `round`, never below `least`.
 */
function share(value: string, total: number, round: (n: number) => number, least: number): number {
  const n = Number.parseInt(value, 10)
  return Math.max(least, value.endsWith('%') ? round((total * n) / 100) : n)
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
        return (view) => values.includes(String(view.ParentAutomationExecutionId))
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
