// Run Command: SendCommand, GetCommandInvocation, ListCommandInvocations, ListCommands and
// CancelCommand.
//
// An invocation's phase is a pure function of the virtual clock, decided from when the command was
// sent, the agent's ping history and any cancel:
//   [sent, +hiddenMs)        GetCommandInvocation answers InvocationDoesNotExist (eventual
//                            consistency; ListCommandInvocations leaves it out)
//   [.., +pendingMs)         Pending
//   agent not Online then    Delayed until it is, or until TimeoutSeconds (the delivery timeout)
//                            runs out: TimedOut / DeliveryTimedOut
//   [start, +runMs)          InProgress: the node's executor starts when a call first sees this
//                            (or a later) phase; a cancel before that means it never runs
//   after that               Success (exit 0) / Failed / TimedOut (ExecutionTimedOut) from the
//                            executor's result, which the request waits for if it is not ready
// CancelCommand makes the chosen invocations that have not ended Cancelled at once (and aborts a
// running executor). MaxConcurrency and MaxErrors are validated and echoed but not enforced: every
// target runs, so no invocation ends Terminated. Tags that match no node give TargetCount 0 and
// Success.
//
// The document is resolved by ssm/documents.ts: its default version, or `DocumentVersion`
// (`$DEFAULT`, `$LATEST` or a number; InvalidDocumentVersion if there is none), and a
// `DocumentHash` (Sha256 unless `DocumentHashType` says Sha1) that is not that version's is refused
// with InvalidDocument; SSM answers these three without a message. Parameters are then validated
// against that version and substituted into its lines (see resolveCommand there).
// `AlarmConfiguration` stops the command when its alarm is in ALARM (see ssm/alarms.ts): the
// invocations that have not ended become Cancelled, the command reads Cancelled, and
// `TriggeredAlarms` names the alarm. ListCommands takes the `InvokedAfter`, `InvokedBefore`,
// `Status`, `DocumentName` and `ExecutionStage` filters (ANDed), newest command first.
import { randomUUID } from 'node:crypto'
import { AwsError } from '../protocol.js'
import { STOPPED_EXIT_CODE, type ExecutionResult } from '../executors.js'
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
  isoTime,
  notModelled,
  paginate,
  pick,
  readBoolean,
  readNumber,
  readObject,
  readObjectList,
  readParameters,
  readRateControl,
  readString,
  readStringList,
  readTargets,
  requireString,
  validationError,
  type Clock,
  type Input
} from './common.js'
import {
  resolveCommand,
  type CommandDocument,
  type Documents,
  type ResolvedCommand
} from './documents.js'
import { isInstanceId, type Instances } from './instances.js'

export interface CommandTimings {
  hiddenMs: number
  pendingMs: number
  runMs: number
}

/** What GetCommandInvocation shows (at most) of a node's output. */
export const STDOUT_LIMIT = 24_000
export const STDERR_LIMIT = 8_000
/** ListCommandInvocations' plugin `Output`: stdout and stderr together. */
export const PLUGIN_OUTPUT_LIMIT = 2_500

interface Invocation {
  instanceId: string
  abort: AbortController
  cancelledAt?: number
  run?: Promise<ExecutionResult>
}

interface SentCommand {
  id: string
  document: CommandDocument
  resolved: ResolvedCommand
  sentAt: number
  timeoutSeconds: number
  invocations: Invocation[]
  /** Request members the Command object echoes back. */
  echo: Record<string, unknown>
  /** The alarm guarding the command; `triggered` once it has stopped it. */
  guard?: AlarmGuard
  triggered?: TriggeredAlarm[]
}

type Phase =
  | { kind: 'Hidden' | 'Pending' | 'Delayed' }
  | { kind: 'InProgress'; startedAt: number }
  | { kind: 'Ran'; startedAt: number; endedAt: number }
  | { kind: 'DeliveryTimedOut'; endedAt: number }
  | { kind: 'Cancelled'; startedAt?: number; endedAt: number }

type InvocationStatus =
  'Pending' | 'InProgress' | 'Delayed' | 'Success' | 'Failed' | 'TimedOut' | 'Cancelled'

interface InvocationState {
  status: InvocationStatus
  details: string
  responseCode: number
  startedAt?: number
  endedAt?: number
  stdout: string
  stderr: string
}

const NO_INVOCATION = 'The command ID and instance ID you specified did not match any invocations.'
const TERMINAL = new Set<InvocationStatus>(['Success', 'Failed', 'TimedOut', 'Cancelled'])
const DOCUMENT_NAME = /^[a-zA-Z0-9_\-.:/]{3,128}$/
const COMMAND_STATUSES = [
  'Pending',
  'InProgress',
  'Success',
  'Cancelled',
  'Failed',
  'TimedOut',
  'Cancelling'
]

export class RunCommand {
  readonly #commands = new Map<string, SentCommand>()

  constructor(
    private readonly clock: Clock,
    private readonly instances: Instances,
    private readonly documents: Documents,
    private readonly timings: CommandTimings,
    private readonly alarms?: AlarmSource
  ) {}

  async send(input: Input): Promise<unknown> {
    const documentName = requireString(input, 'DocumentName')
    checkPattern('DocumentName', documentName, DOCUMENT_NAME)
    const instanceIds = readStringList(input, 'InstanceIds')
    const targets = readTargets(input)
    if ((instanceIds === undefined) === (targets === undefined))
      throw new AwsError('ValidationException', 'Specify either InstanceIds or Targets.')
    if (instanceIds) checkInstanceIds(instanceIds)
    const comment = readString(input, 'Comment')
    checkLength('Comment', comment, 100)
    const timeoutSeconds = readNumber(input, 'TimeoutSeconds') ?? 3600
    if (timeoutSeconds < 30 || timeoutSeconds > 2_592_000)
      throw validationError(
        'TimeoutSeconds',
        timeoutSeconds,
        'Member must be between 30 and 2592000'
      )
    const { MaxConcurrency: maxConcurrency = '50', MaxErrors: maxErrors = '0' } =
      readRateControl(input)
    const alarm = readAlarmConfiguration(input)
    const documentVersion = readString(input, 'DocumentVersion')
    const documentHash = readString(input, 'DocumentHash')
    checkLength('DocumentHash', documentHash, 256)
    const documentHashType = readString(input, 'DocumentHashType')

    const { document } = this.documents.forCommand(documentName, {
      ...(documentVersion === undefined ? {} : { version: documentVersion }),
      ...(documentHash === undefined ? {} : { hash: documentHash }),
      ...(documentHashType === undefined ? {} : { hashType: documentHashType })
    })
    const parameters = readParameters(input, 'Parameters')
    const resolved = resolveCommand(document, parameters)
    const ids = instanceIds ?? this.instances.resolveTargets(targets ?? [])
    this.#checkDeliverable(ids, document)

    const now = this.clock.now()
    const command: SentCommand = {
      id: randomUUID(),
      document,
      resolved,
      sentAt: now,
      timeoutSeconds,
      invocations: ids.map((instanceId) => ({ instanceId, abort: new AbortController() })),
      echo: {
        DocumentName: documentName,
        DocumentVersion: documentVersion ?? '$DEFAULT',
        Comment: comment ?? '',
        Parameters: parameters,
        InstanceIds: instanceIds ?? [],
        Targets: targets ?? [],
        MaxConcurrency: maxConcurrency,
        MaxErrors: maxErrors,
        TimeoutSeconds: timeoutSeconds,
        // Accepted and echoed; output is never delivered to CloudWatch Logs or S3 here.
        CloudWatchOutputConfig: readObject(input, 'CloudWatchOutputConfig') ?? {
          CloudWatchLogGroupName: '',
          CloudWatchOutputEnabled: false
        },
        ...pick(input, ['OutputS3Region', 'OutputS3BucketName', 'OutputS3KeyPrefix']),
        ...pick(input, ['ServiceRoleArn'], 'ServiceRole'),
        ...pick(input, ['NotificationConfig']),
        AlarmConfiguration: alarm.echo
      },
      ...(alarm.guard ? { guard: alarm.guard } : {})
    }
    this.#commands.set(command.id, command)
    return { Command: await this.#commandObject(command) }
  }

  /** An alarm changed state: commands it guards stop if it now says so. */
  onAlarmChange(name: string): void {
    for (const command of this.#commands.values())
      if (command.guard?.name === name) this.#checkAlarm(command)
  }

  async getInvocation(input: Input): Promise<unknown> {
    const command = this.#find(input, 'InvocationDoesNotExist')
    this.#checkAlarm(command)
    const instanceId = requireString(input, 'InstanceId')
    const pluginName = readString(input, 'PluginName')
    const invocation = command.invocations.find((i) => i.instanceId === instanceId)
    const state = invocation && (await this.#observe(command, invocation))
    if (!state) {
      throw new AwsError('InvocationDoesNotExist', NO_INVOCATION)
    }
    if (pluginName !== undefined && pluginName !== command.document.pluginName)
      throw new AwsError('InvalidPluginName', `The plugin name ${pluginName} is not valid.`)
    return {
      CommandId: command.id,
      InstanceId: instanceId,
      Comment: command.echo.Comment,
      DocumentName: command.document.name,
      DocumentVersion: command.echo.DocumentVersion,
      PluginName: command.document.pluginName,
      ResponseCode: state.responseCode,
      ExecutionStartDateTime: state.startedAt === undefined ? '' : isoTime(state.startedAt),
      ExecutionElapsedTime:
        state.startedAt === undefined
          ? ''
          : `PT${((state.endedAt ?? this.clock.now()) - state.startedAt) / 1000}S`,
      ExecutionEndDateTime: state.endedAt === undefined ? '' : isoTime(state.endedAt),
      Status: state.status,
      StatusDetails: state.details,
      StandardOutputContent: state.stdout.slice(0, STDOUT_LIMIT),
      StandardOutputUrl: '',
      StandardErrorContent: state.stderr.slice(0, STDERR_LIMIT),
      StandardErrorUrl: '',
      CloudWatchOutputConfig: command.echo.CloudWatchOutputConfig
    }
  }

  async listInvocations(input: Input): Promise<unknown> {
    if (input.Filters !== undefined) notModelled('ListCommandInvocations Filters')
    const instanceId = readString(input, 'InstanceId')
    const details = readBoolean(input, 'Details')
    const rows: Record<string, unknown>[] = []
    for (const command of this.#select(input)) {
      this.#checkAlarm(command)
      for (const invocation of command.invocations) {
        if (instanceId !== undefined && invocation.instanceId !== instanceId) continue
        const state = await this.#observe(command, invocation)
        if (state) rows.push(this.#invocationRow(command, invocation, state, details))
      }
    }
    const { page, NextToken } = paginate(rows, input, { min: 1, max: 50 })
    return { CommandInvocations: page, NextToken }
  }

  async listCommands(input: Input): Promise<unknown> {
    const filters = commandFilters(input)
    const instanceId = readString(input, 'InstanceId')
    let selected = this.#select(input).filter(
      (c) => instanceId === undefined || c.invocations.some((i) => i.instanceId === instanceId)
    )
    if (filters.length > 0) {
      const kept: SentCommand[] = []
      for (const command of selected) {
        this.#checkAlarm(command)
        const status = commandStatus(await this.#states(command))
        if (filters.every((matches) => matches(command, status))) kept.push(command)
      }
      selected = kept
    }
    const { page, NextToken } = paginate(selected, input, { min: 1, max: 50 })
    const commands = await Promise.all(page.map((c) => this.#commandObject(c)))
    return { Commands: commands, NextToken }
  }

  cancel(input: Input): unknown {
    const command = this.#find(input, 'InvalidCommandId')
    const instanceIds = readStringList(input, 'InstanceIds')
    const chosen = command.invocations.filter(
      (i) => instanceIds === undefined || instanceIds.includes(i.instanceId)
    )
    if (instanceIds && chosen.length !== instanceIds.length)
      throw new AwsError('InvalidInstanceId', 'An instance ID is not part of this command.')
    this.#stop(command, chosen)
    return {}
  }

  /** Cancels the invocations that have not ended now; says how many there were. */
  #stop(command: SentCommand, invocations: readonly Invocation[]): number {
    const now = this.clock.now()
    let stopped = 0
    for (const invocation of invocations) {
      const phase = this.#phase(command, invocation, now)
      if (phase.kind === 'Ran' || phase.kind === 'DeliveryTimedOut' || phase.kind === 'Cancelled')
        continue
      invocation.cancelledAt = now
      invocation.abort.abort()
      stopped++
    }
    return stopped
  }

  /** Stops the command if its alarm says so now (see ssm/alarms.ts). */
  #checkAlarm(command: SentCommand): void {
    if (command.triggered) return
    const alarm = tripped(this.alarms, command.guard)
    if (alarm && this.#stop(command, command.invocations) > 0) command.triggered = [alarm]
  }

  #find(input: Input, unknownError: string): SentCommand {
    const id = requireString(input, 'CommandId')
    if (id.length !== 36)
      throw validationError('CommandId', id, 'Member must have length equal to 36')
    const command = this.#commands.get(id)
    if (!command) {
      throw new AwsError(
        unknownError,
        unknownError === 'InvocationDoesNotExist'
          ? NO_INVOCATION
          : `The command ID ${id} is not valid.`
      )
    }
    return command
  }

  /** Newest first, as SSM lists them; narrowed to one CommandId when given. */
  #select(input: Input): SentCommand[] {
    const id = readString(input, 'CommandId')
    if (id !== undefined) return [this.#find(input, 'InvalidCommandId')]
    return [...this.#commands.values()].reverse()
  }

  /**
   * Unknown and deregistered (Inactive) nodes are refused outright, as SSM does; nodes whose agent
   * lost its connection are accepted, and their invocations wait as Delayed (see the top).
   */
  #checkDeliverable(ids: readonly string[], document: CommandDocument): void {
    const now = this.clock.now()
    const invalid = ids.filter((id) => {
      const instance = this.instances.get(id)
      return !instance || this.instances.statusAt(instance, now) === 'Inactive'
    })
    if (invalid.length > 0) {
      throw new AwsError(
        'InvalidInstanceId',
        `Instances [[${invalid.join(', ')}]] not in a valid state for account ${ACCOUNT_ID}`
      )
    }
    const unsupported = ids.find((id) => {
      const platform = this.instances.get(id)?.spec.platform ?? 'Linux'
      return !(document.platforms ?? ['Linux', 'MacOS', 'Windows']).includes(platform)
    })
    if (unsupported !== undefined) {
      throw new AwsError(
        'UnsupportedPlatformType',
        `Document ${document.name} does not support the platform of ${unsupported}.`
      )
    }
  }

  #phase(command: SentCommand, invocation: Invocation, now: number): Phase {
    const { hiddenMs, pendingMs, runMs } = this.timings
    const visibleAt = command.sentAt + hiddenMs
    const deliverAt = visibleAt + pendingMs
    const deadline = command.sentAt + command.timeoutSeconds * 1000
    const online = this.instances.onlineFrom(invocation.instanceId, deliverAt)
    const startedAt = online !== undefined && online < deadline ? online : undefined
    const endedAt = startedAt === undefined ? deadline : startedAt + runMs

    const cancelledAt = invocation.cancelledAt
    if (cancelledAt !== undefined && cancelledAt < endedAt) {
      const started = startedAt !== undefined && startedAt <= cancelledAt
      return { kind: 'Cancelled', endedAt: cancelledAt, ...(started ? { startedAt } : {}) }
    }
    if (now < visibleAt) return { kind: 'Hidden' }
    if (now < deliverAt) return { kind: 'Pending' }
    // Ping times never lie ahead of the clock, so a known start is never in the future here.
    if (startedAt === undefined)
      return now < deadline ? { kind: 'Delayed' } : { kind: 'DeliveryTimedOut', endedAt }
    if (now < endedAt) return { kind: 'InProgress', startedAt }
    return { kind: 'Ran', startedAt, endedAt }
  }

  /** The invocation as seen now; undefined while it does not exist yet. */
  async #observe(
    command: SentCommand,
    invocation: Invocation
  ): Promise<InvocationState | undefined> {
    const phase = this.#phase(command, invocation, this.clock.now())
    const waiting = { responseCode: -1, stdout: '', stderr: '' }
    switch (phase.kind) {
      case 'Hidden':
        return undefined
      case 'Pending':
      case 'Delayed':
        return { status: phase.kind, details: phase.kind, ...waiting }
      case 'DeliveryTimedOut':
        return {
          status: 'TimedOut',
          details: 'DeliveryTimedOut',
          ...waiting,
          endedAt: phase.endedAt
        }
      case 'Cancelled': {
        const { startedAt, endedAt } = phase
        return { status: 'Cancelled', details: 'Cancelled', ...waiting, startedAt, endedAt }
      }
      case 'InProgress':
        void this.#start(command, invocation)
        return {
          status: 'InProgress',
          details: 'InProgress',
          ...waiting,
          startedAt: phase.startedAt
        }
      case 'Ran': {
        const { startedAt, endedAt } = phase
        return { ...outcome(await this.#start(command, invocation)), startedAt, endedAt }
      }
    }
  }

  /** Runs the node's executor once; a throwing executor reads as a failed run, never a crash. */
  #start(command: SentCommand, invocation: Invocation): Promise<ExecutionResult> {
    invocation.run ??= Promise.resolve()
      .then(() =>
        this.instances.require(invocation.instanceId).executor.run({
          instanceId: invocation.instanceId,
          documentName: command.document.name,
          ...command.resolved,
          signal: invocation.abort.signal
        })
      )
      .catch((error: unknown) => ({
        exitCode: 1,
        stderr: `executor error: ${error instanceof Error ? error.message : String(error)}`
      }))
    return invocation.run
  }

  #invocationRow(
    command: SentCommand,
    invocation: Invocation,
    state: InvocationState,
    details: boolean
  ): Record<string, unknown> {
    const error = state.stderr === '' ? '' : `\n----------ERROR-------\n${state.stderr}`
    const plugin = {
      Name: command.document.pluginName,
      // A plugin has no Delayed status: it has not started.
      Status: state.status === 'Delayed' ? 'Pending' : state.status,
      StatusDetails: state.details,
      ResponseCode: state.responseCode,
      ...(state.startedAt === undefined
        ? {}
        : { ResponseStartDateTime: epochSeconds(state.startedAt) }),
      ...(state.endedAt === undefined
        ? {}
        : { ResponseFinishDateTime: epochSeconds(state.endedAt) }),
      Output: (state.stdout + error).slice(0, PLUGIN_OUTPUT_LIMIT),
      StandardOutputUrl: '',
      StandardErrorUrl: '',
      OutputS3BucketName: '',
      OutputS3KeyPrefix: ''
    }
    return {
      CommandId: command.id,
      InstanceId: invocation.instanceId,
      InstanceName: this.instances.get(invocation.instanceId)?.spec.tags?.Name ?? '',
      Comment: command.echo.Comment,
      DocumentName: command.document.name,
      DocumentVersion: command.echo.DocumentVersion,
      RequestedDateTime: epochSeconds(command.sentAt),
      Status: state.status,
      StatusDetails: state.details,
      TraceOutput: '',
      StandardOutputUrl: '',
      StandardErrorUrl: '',
      CommandPlugins: details ? [plugin] : [],
      CloudWatchOutputConfig: command.echo.CloudWatchOutputConfig
    }
  }

  async #states(command: SentCommand): Promise<(InvocationState | undefined)[]> {
    const states: (InvocationState | undefined)[] = []
    for (const invocation of command.invocations)
      states.push(await this.#observe(command, invocation))
    return states
  }

  async #commandObject(command: SentCommand): Promise<Record<string, unknown>> {
    this.#checkAlarm(command)
    const states = await this.#states(command)
    const done = states.filter((s) => s !== undefined && TERMINAL.has(s.status))
    const count = (details: string) => done.filter((s) => s?.details === details).length
    const status = commandStatus(states)
    return {
      CommandId: command.id,
      ...command.echo,
      ExpiresAfter: epochSeconds(command.sentAt + command.timeoutSeconds * 1000),
      RequestedDateTime: epochSeconds(command.sentAt),
      Status: status,
      StatusDetails: status,
      TargetCount: command.invocations.length,
      CompletedCount: done.length,
      ErrorCount: count('Failed') + count('ExecutionTimedOut'),
      DeliveryTimedOutCount: count('DeliveryTimedOut'),
      TriggeredAlarms: command.triggered ?? []
    }
  }
}

function outcome(result: ExecutionResult): InvocationState {
  const stdout = result.stdout ?? ''
  const stderr = result.stderr ?? ''
  if (result.timedOut) {
    const responseCode = result.exitCode === 0 ? STOPPED_EXIT_CODE : result.exitCode
    return { status: 'TimedOut', details: 'ExecutionTimedOut', responseCode, stdout, stderr }
  }
  if (result.exitCode === 0) {
    return { status: 'Success', details: 'Success', responseCode: 0, stdout, stderr }
  }
  // The agent appends this line to stderr when a shell plugin exits non-zero.
  const failure = `failed to run commands: exit status ${result.exitCode}`
  return {
    status: 'Failed',
    details: 'Failed',
    responseCode: result.exitCode,
    stdout,
    stderr: stderr === '' || stderr.endsWith('\n') ? stderr + failure : `${stderr}\n${failure}`
  }
}

/** The command's status over its invocations (not yet created ones count as Pending). */
function commandStatus(states: readonly (InvocationState | undefined)[]): string {
  const statuses = states.map((s) => s?.status ?? 'Pending')
  if (statuses.some((s) => !TERMINAL.has(s)))
    return statuses.every((s) => s === 'Pending') ? 'Pending' : 'InProgress'
  for (const status of ['Cancelled', 'Failed', 'TimedOut'] as const)
    if (statuses.includes(status)) return status
  return 'Success'
}

type CommandFilter = (command: SentCommand, status: string) => boolean

/** ListCommands' `Filters` (key and value, lowercase as the model names them), ANDed. */
function commandFilters(input: Input): CommandFilter[] {
  const filters = readObjectList(input, 'Filters')
  if (filters === undefined) return []
  if (filters.length < 1 || filters.length > 5)
    throw validationError(
      'Filters',
      filters,
      `Member must have length ${filters.length < 1 ? 'greater' : 'less'} than or equal to ${filters.length < 1 ? 1 : 5}`
    )
  return filters.map((filter): CommandFilter => {
    const key = requireString(filter, 'key')
    const value = requireString(filter, 'value')
    if (value.length < 1 || value.length > 128)
      throw validationError(
        'filters.member.value',
        value,
        'Member must have length between 1 and 128'
      )
    const invalid = () =>
      new AwsError('ValidationException', `The value ${value} is not valid for the filter ${key}.`)
    const time = () => {
      const ms = filterTime(value)
      if (ms === undefined) throw invalid()
      return ms
    }
    switch (key) {
      case 'InvokedAfter': {
        const after = time()
        return (c) => c.sentAt >= after
      }
      case 'InvokedBefore': {
        const before = time()
        return (c) => c.sentAt < before
      }
      case 'DocumentName':
        return (c) => c.echo.DocumentName === value
      case 'Status':
        if (!COMMAND_STATUSES.includes(value)) throw invalid()
        return (_c, status) => status === value
      case 'ExecutionStage':
        if (value !== 'Executing' && value !== 'Complete') throw invalid()
        return (_c, status) =>
          (TERMINAL.has(status as InvocationStatus) ? 'Complete' : 'Executing') === value
      default:
        throw new AwsError('InvalidFilterKey', `The filter key ${key} is not valid.`)
    }
  })
}

function checkInstanceIds(ids: readonly string[]): void {
  if (ids.length > 50)
    throw validationError('InstanceIds', ids, 'Member must have length less than or equal to 50')
  const malformed = ids.find((id) => !isInstanceId(id))
  if (malformed !== undefined)
    throw new AwsError('InvalidInstanceId', `Instance id ${malformed} is not valid.`)
  const duplicate = ids.find((id, i) => ids.indexOf(id) !== i)
  if (duplicate !== undefined)
    throw new AwsError('DuplicateInstanceId', `Instance id ${duplicate} is given more than once.`)
}
