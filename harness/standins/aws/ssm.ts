// A local stand-in for AWS Systems Manager that the real @aws-sdk/client-ssm talks to (JSON 1.1,
// `X-Amz-Target: AmazonSSM.<Operation>`). Serve it with `startAwsServer([ssm.service], [])`.
//
// Time is virtual (see ssm/commands.ts and ssm/automation.ts for the lifecycles it drives). By
// default every read call (Get*, List*, Describe*) moves the clock one second after it answers,
// and each phase lasts one second, so each poll sees the next phase: a demo needs no set-up.
// Tests pass `autoAdvanceMs: 0` and move time themselves with `control.clock.advance(ms)`.
//
// Documents (ssm/documents.ts): AWS-RunShellScript built in, Command documents a test registers
// (`registerDocument`), and documents created, versioned, described and deleted through the API;
// SendCommand runs a Command document's default version or a given one, checks `DocumentHash`,
// and refuses parameters as SSM does. `AlarmConfiguration` on SendCommand and
// StartAutomationExecution stops the run when its CloudWatch alarm is in ALARM, read through the
// `alarms` option (startStandIns() passes the CloudWatch stand-in's; see ssm/alarms.ts).
//
// To serve another operation: write a handler `(input) => output` (throw AwsError for service
// errors, using member names from the API model) and add it to `operations` below.
import { AwsError, type JsonService } from './protocol.js'
import type { AutomationOutcome } from './executors.js'
import type { AlarmSource } from './ssm/alarms.js'
import { Automation, type AutomationTimings } from './ssm/automation.js'
import { Clock, type Input } from './ssm/common.js'
import { RunCommand, type CommandTimings } from './ssm/commands.js'
import { Documents, type CommandDocument } from './ssm/documents.js'
import { Instances, type InstanceSpec, type PingStatus } from './ssm/instances.js'

export { PLUGIN_OUTPUT_LIMIT, STDERR_LIMIT, STDOUT_LIMIT } from './ssm/commands.js'
export type { CommandDocument, DocumentParameter } from './ssm/documents.js'
export type { AlarmSource, AlarmStateValue } from './ssm/alarms.js'
export type { InstanceSpec, PingStatus } from './ssm/instances.js'
export type { Clock } from './ssm/common.js'

export type SsmTimings = CommandTimings & AutomationTimings

export interface SsmStandInOptions {
  /** Virtual epoch milliseconds the clock starts at; default the real time at creation. */
  startTime?: number
  /** Virtual ms each read call adds to the clock after answering; 0 turns auto-advance off. */
  autoAdvanceMs?: number
  /** Phase lengths in virtual ms; each defaults to 1000. */
  timings?: Partial<SsmTimings>
  /**
   * Where `AlarmConfiguration` alarms are read (startStandIns() passes the CloudWatch stand-in's
   * `alarmStates`); without it alarms are echoed but never stop a run.
   */
  alarms?: AlarmSource
}

export interface SsmControl {
  readonly clock: Clock
  registerInstance(spec: InstanceSpec): void
  /** The agent goes offline (ConnectionLost), comes back (Online) or is deregistered (Inactive). */
  setPingStatus(instanceId: string, status: PingStatus): void
  /**
   * Adds (or replaces) a custom Command document SendCommand accepts, as version 1 owned by the
   * account; documents can also be created through the API (CreateDocument).
   */
  registerDocument(document: CommandDocument): void
  /** Scripts how runs of an Automation document end; registers the document if new. */
  automationOutcome(documentName: string, outcome: AutomationOutcome): void
  /**
   * Scripts how the child runs of a rate-controlled automation for one target value end (over
   * automationOutcome's script), e.g. one instance of three failing; the document must be known.
   */
  automationTargetOutcome(documentName: string, target: string, outcome: AutomationOutcome): void
  /** The next `times` calls of `operation` fail with ThrottlingException (status 400). */
  throttle(operation: string, times?: number): void
  /** The next `times` calls of `operation` fail with `error` instead of being answered. */
  failNext(operation: string, error: AwsError, times?: number): void
}

export interface SsmStandIn {
  service: JsonService
  control: SsmControl
}

const DEFAULT_TIMINGS: SsmTimings = { hiddenMs: 1000, pendingMs: 1000, runMs: 1000, stepMs: 1000 }

export function createSsmService(options: SsmStandInOptions = {}): SsmStandIn {
  const clock = new Clock(options.startTime ?? Date.now())
  const autoAdvanceMs = options.autoAdvanceMs ?? 1000
  const timings = { ...DEFAULT_TIMINGS, ...options.timings }
  const instances = new Instances(clock)
  const documents = new Documents(clock)
  const { alarms } = options
  const runCommand = new RunCommand(clock, instances, documents, timings, alarms)
  const automation = new Automation(clock, timings, {
    definitions: (name) => documents.automation(name),
    instances,
    ...(alarms ? { alarms } : {})
  })
  alarms?.onChange?.((name) => {
    runCommand.onAlarmChange(name)
    automation.onAlarmChange(name)
  })
  const faults = new Map<string, AwsError[]>()

  const operations: Record<string, (input: Input) => unknown> = {
    SendCommand: (input) => runCommand.send(input),
    GetCommandInvocation: (input) => runCommand.getInvocation(input),
    ListCommandInvocations: (input) => runCommand.listInvocations(input),
    ListCommands: (input) => runCommand.listCommands(input),
    CancelCommand: (input) => runCommand.cancel(input),
    StartAutomationExecution: (input) => automation.start(input),
    GetAutomationExecution: (input) => automation.get(input),
    StopAutomationExecution: (input) => automation.stop(input),
    DescribeAutomationExecutions: (input) => automation.describe(input),
    DescribeInstanceInformation: (input) => instances.describe(input),
    CreateDocument: (input) => documents.create(input),
    UpdateDocument: (input) => documents.update(input),
    UpdateDocumentDefaultVersion: (input) => documents.updateDefaultVersion(input),
    DescribeDocument: (input) => documents.describe(input),
    GetDocument: (input) => documents.get(input),
    ListDocumentVersions: (input) => documents.listVersions(input),
    DeleteDocument: (input) => documents.delete(input)
  }

  const failNext = (operation: string, error: AwsError, times = 1) => {
    const queue = faults.get(operation) ?? []
    for (let i = 0; i < times; i++) queue.push(error)
    faults.set(operation, queue)
  }

  const service: JsonService = {
    targetPrefix: 'AmazonSSM',
    jsonVersion: '1.1',
    accessDenied: { iamPrefix: 'ssm' },
    async handle(operation, input) {
      const handler = operations[operation]
      if (!handler) return undefined
      const fault = faults.get(operation)?.shift()
      if (fault) throw fault
      try {
        return await handler(input)
      } finally {
        if (/^(Get|List|Describe)/.test(operation)) clock.advance(autoAdvanceMs)
      }
    }
  }

  return {
    service,
    control: {
      clock,
      registerInstance(spec) {
        instances.register(spec)
      },
      setPingStatus(id, status) {
        instances.setPingStatus(id, status)
      },
      registerDocument(document) {
        documents.register(document)
      },
      automationOutcome(name, outcome) {
        automation.setOutcome(name, outcome)
      },
      automationTargetOutcome(name, target, outcome) {
        automation.setTargetOutcome(name, target, outcome)
      },
      throttle(operation, times = 1) {
        failNext(operation, new AwsError('ThrottlingException', 'Rate exceeded'), times)
      },
      failNext
    }
  }
}
