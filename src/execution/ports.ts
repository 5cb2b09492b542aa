// What the execution stage needs from AWS Systems Manager: start a rendered request, wait for it
// to end (with an injectable clock, and /cancel between polls), cancel it. Implemented by
// adapters/aws/ssm.ts.
import type { SsmRequest, WorkflowDispatchInput } from './request.js'

/**
 * SSM's status for one target. For commands, `Undeliverable` also covers a delivery timeout (the
 * agent never picked the command up, so nothing ran there) and `Terminated` a node skipped after
 * MaxErrors; for an automation on one target, a target is one step of the run, and for a
 * rate-controlled one on several, one target value (its child execution).
 */
export type TargetStatus =
  | 'Success'
  | 'Failed'
  | 'TimedOut'
  | 'Cancelled'
  | 'Undeliverable'
  | 'Terminated'
  | 'InProgress'
  | 'Pending'
  // Any other SSM status, without swallowing the named ones (`string & {}` keeps them listed).
  | (string & {})

export interface TargetResult {
  /** Instance id for commands; for automation, a step name, or a target value (several targets). */
  target: string
  status: TargetStatus
  detail?: string
  stdout?: string
  stderr?: string
  /** The output reached SSM's limit for what it returns (24,000 stdout, 8,000 stderr). */
  stdoutTruncated: boolean
  stderrTruncated: boolean
}

export interface ExecutionResult {
  kind: 'command' | 'automation' | 'workflow'
  id: string
  status: 'Success' | 'Failed' | 'TimedOut' | 'Cancelled'
  /** SSM's own status and failure text, plus what OpsLoop did (stopped waiting, cancelled). */
  detail: string
  targets: TargetResult[]
  startedAt: string
  endedAt: string
  /** An Automation run's outputs, once it succeeded. */
  outputs?: Record<string, string[]>
}

export interface WaitOptions {
  timeoutMs: number
  /** Polled between rounds; when it resolves true the run is cancelled and reported Cancelled (honours /cancel). */
  shouldCancel?: () => Promise<boolean>
  /** Injectable for tests; default real timers. */
  sleep?: (ms: number) => Promise<void>
  now?: () => number
  /** First interval between polls; it grows by half each round up to 4× (at most 30 s). */
  pollMs?: number
}

export interface SsmRunner {
  /** Returns the CommandId or AutomationExecutionId. */
  start(request: SsmRequest): Promise<string>
  wait(kind: 'command' | 'automation', id: string, options: WaitOptions): Promise<ExecutionResult>
  cancel(kind: 'command' | 'automation', id: string): Promise<void>
}

/** What a dispatched workflow run is, when GitHub says (`return_run_details`). */
export interface DispatchedRun {
  id?: number
  url?: string
}

/**
 * What a `workflowDispatch` step needs from GitHub: dispatch the workflow. Implemented by
 * adapters/github/workflow-dispatch.ts; the dispatch is accepted or refused at once.
 */
export interface WorkflowDispatcher {
  dispatch(input: WorkflowDispatchInput): Promise<DispatchedRun>
}
