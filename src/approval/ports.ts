// What approval needs besides the issue thread (issue/thread.ts): who reviewed this workflow
// run's environment gate (adapters/github/environment-approvals.ts), and SSM's history of runs
// for the circuit breakers (adapters/aws/ssm-history.ts).

export interface EnvironmentApproval {
  user: string
  userType: string
  environment: string
  state: string
  comment: string
}

/**
 * Which of SSM's runs are a runbook's runs of its execution step (approval/breakers.ts says which,
 * from the runbook): the commands of a document, only those whose comment starts with `comment`
 * when it is given (a document other tools send too), or the executions of an Automation document.
 */
export type RunSelector =
  { kind: 'command'; document: string; comment?: string } | { kind: 'automation'; document: string }

/** One run SSM started: when, and on what (instance ids, parameter values, target values). */
export interface PastRun {
  id: string
  startedAt: Date
  targets: readonly string[]
}

/**
 * SSM's own history of runs (ListCommands, DescribeAutomationExecutions), which nobody can edit
 * from GitHub. Implemented by adapters/aws/ssm-history.ts.
 */
export interface RunHistory {
  /** The runs each selector names that SSM started at or after `since`, without duplicates. */
  runs(selectors: readonly RunSelector[], since: Date): Promise<PastRun[]>
}
