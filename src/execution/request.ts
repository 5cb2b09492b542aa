// What one step of a runbook sends, as data: an SSM request (Run Command or Automation) or a
// GitHub workflow dispatch, with the copy /dry-run and the records show (sensitive values
// masked). Apart from execution/render.ts, which builds requests from a plan, so that code that
// only shows a request (the remediation record, intake's issue) loads none of the renderer's
// shell-safety and YAML machinery.
import type {
  SendCommandCommandInput,
  StartAutomationExecutionCommandInput
} from '@aws-sdk/client-ssm'

/** What a sensitive parameter's value reads as wherever a request is shown. */
export const SENSITIVE = '(sensitive)'

/** What a request shows in /dry-run: sensitive values masked, targets spelled out. */
export interface RequestDisplay {
  /** Document parameters as sent, except that sensitive values read `(sensitive)`. */
  parameters: Record<string, string[]>
  /** Instance ids, `tag:KEY=v1,v2`, resource ARNs or parameter values. */
  targets: string[]
  /** OpsLoop's overall limit for this step. */
  timeoutSeconds: number
}

export type SsmRequest =
  | { kind: 'command'; input: SendCommandCommandInput; display?: RequestDisplay }
  | { kind: 'automation'; input: StartAutomationExecutionCommandInput; display?: RequestDisplay }

/** A `workflowDispatch` action as GitHub's create-workflow-dispatch takes it. */
export interface WorkflowDispatchInput {
  owner: string
  repo: string
  /** The workflow's file name. */
  workflow: string
  /** The branch or tag it runs from. */
  ref: string
  inputs: Record<string, string>
}

export interface WorkflowRequest {
  kind: 'workflow'
  input: WorkflowDispatchInput
  /** The inputs with sensitive values masked, and OpsLoop's limit for the step. */
  display: { inputs: Record<string, string>; timeoutSeconds: number }
}

/** What one step of a runbook sends: an SSM request, or a GitHub workflow dispatch. */
export type ActionRequest = SsmRequest | WorkflowRequest

/** What a request is, in the words of the service that runs it. */
export function requestKindName(request: ActionRequest): string {
  return request.kind === 'command'
    ? 'Run Command'
    : request.kind === 'automation'
      ? 'Automation'
      : 'GitHub Actions workflow'
}

/** What /dry-run shows: document, the exact commands or parameters, targets, rate control. */
export function describeRequest(request: ActionRequest): {
  document: string
  targets: string[]
  parameters: Record<string, string[]>
  rateControl: string
  timeoutSeconds?: number
} {
  if (request.kind === 'workflow') {
    const { input, display } = request
    return {
      document: `${input.owner}/${input.repo} .github/workflows/${input.workflow} on ${input.ref}`,
      targets: [],
      parameters: Object.fromEntries(Object.entries(display.inputs).map(([k, v]) => [k, [v]])),
      rateControl: 'one workflow_dispatch',
      timeoutSeconds: display.timeoutSeconds
    }
  }
  const { display } = request
  const timeout = display ? { timeoutSeconds: display.timeoutSeconds } : {}
  if (request.kind === 'command') {
    const { input } = request
    const targets =
      display?.targets ??
      input.InstanceIds ??
      (input.Targets ?? []).map((t) => `${t.Key ?? ''}=${(t.Values ?? []).join(',')}`)
    return {
      document: input.DocumentName ?? '',
      targets,
      // Without a display copy nothing says which values are sensitive: show none of them.
      parameters: display?.parameters ?? maskAll(input.Parameters),
      rateControl: `MaxConcurrency ${input.MaxConcurrency ?? '50'}, MaxErrors ${input.MaxErrors ?? '0'}`,
      ...(display
        ? timeout
        : input.TimeoutSeconds === undefined
          ? {}
          : { timeoutSeconds: input.TimeoutSeconds })
    }
  }
  const { input } = request
  // Rate-controlled, the targets are `Targets` (the plan's, as its display copy has them) and the
  // target parameter is in no `Parameters`; otherwise the targets are in the parameters.
  const targets =
    display?.targets ??
    (input.Targets ?? []).flatMap((t) =>
      t.Key === 'ParameterValues'
        ? (t.Values ?? [])
        : [`${t.Key ?? ''}=${(t.Values ?? []).join(',')}`]
    )
  return {
    document: input.DocumentName ?? '',
    targets,
    parameters: display?.parameters ?? maskAll(input.Parameters),
    rateControl:
      input.TargetParameterName === undefined
        ? 'one execution (no rate control)'
        : `one execution per target as \`${input.TargetParameterName}\`, MaxConcurrency ${input.MaxConcurrency ?? '10'}, MaxErrors ${input.MaxErrors ?? '0'}`,
    ...timeout
  }
}

function maskAll(parameters: Record<string, string[]> | undefined): Record<string, string[]> {
  return Object.fromEntries(
    Object.entries(parameters ?? {}).map(([k, v]) => [k, v.map(() => SENSITIVE)])
  )
}
