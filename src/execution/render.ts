// Turns an approved plan's action into the exact SSM request: SendCommand for `runCommand`,
// StartAutomationExecution for `automation`. Pure: the same runbook action, plan and context
// always give the same request, so /dry-run shows what would be sent.
//
// Substitution: `{{ params.NAME }}` becomes the shell-quoted value in shell lines (`commands`, and a
// document parameter named `commands` or `commandLine`, which AWS-RunShellScript-like documents run)
// and the raw value in other document `parameters` (SSM passes those as data, not shell). Shell
// quoting is only exact where the placeholder is a bare word, so anywhere else it is refused, as
// is a value starting with `-` where it would be read as an option (see shellLines).
// `{{ targets }}` is only allowed in document parameters (validation refuses it in shell lines): a
// list item that is exactly `{{ targets }}` expands to every target, anywhere else it needs exactly
// one target (unless the run is rate-controlled, below). A `guardAlarm` gets raw values too, and
// never `{{ targets }}` (see guardAlarmName).
//
// Rate control: Run Command always carries `MaxConcurrency`/`MaxErrors`. An automation does when
// exactly one of its document parameters is the targets as a whole (`'{{ targets }}'` or
// `['{{ targets }}']`) and the plan has targets: SSM then runs one child execution per target,
// with that parameter set to the target (`TargetParameterName`, `Targets: ParameterValues`).
// Any other automation is one execution that gets its targets through its parameters.
import type { AlarmConfiguration, Tag } from '@aws-sdk/client-ssm'
import { alarmNameProblem } from '../catalog/guard-alarm.js'
import type { StepDocument } from '../catalog/ssm-document.js'
import { isShellParameter, placeholderProblem, shellPlaceholders } from '../catalog/shell-safety.js'
import { references } from '../catalog/templates.js'
import type { Action, DocumentParameters, Verify } from '../generated/runbook.js'
import { targetIds, type Plan, type PlanTargets } from '../plan/plan.js'
import type { ParameterValue } from '../triage/types.js'
import { SENSITIVE, type ActionRequest } from './request.js'

/** `execution` and `rollback` are actions; `verify.check` has the same SSM shape. */
export type RunbookAction = Action | NonNullable<Verify['check']>

export interface RenderContext {
  issueUrl: string
  runUrl?: string
  approvers: readonly string[]
  /** What this step is, for tags/comments: 'execution' | 'rollback' | 'verify'. */
  step: 'execution' | 'rollback' | 'verify'
  digest: string
  /**
   * The runbook's id. It goes into every command's comment and every automation's tags, so the
   * circuit breakers can count this runbook's runs in SSM's own history even when its document is
   * shared (`AWS-RunShellScript` with the opt-out, an AWS Automation runbook).
   */
  runbook?: string
  /**
   * The published OpsLoop document this step's commands compiled to (catalog/ssm-document.ts).
   * With it, the step is sent as that document, pinned by its hash, with the plan's values as its
   * parameters: SSM checks them against the runbook's constraints and substitutes them into the
   * reviewed commands, which give exactly the shell text rendered here. Without it, the commands
   * go as `AWS-RunShellScript` lines (a stack deployed with `AllowRunShellScript`).
   */
  document?: StepDocument
}

/**
 * Re-runs the script under bash where the agent's `sh` is dash: runbook lines use bash features
 * (`set -o pipefail`, `$((...))`). Under bash it does nothing.
 */
export const BASH_PRELUDE = '[ -n "${BASH_VERSION:-}" ] || exec bash "$0" "$@"'

/** The schema's default for `timeoutSeconds` (verify checks have none of their own). */
export const DEFAULT_TIMEOUT_SECONDS = 600
const COMMENT_LIMIT = 100
const TAG_VALUE_LIMIT = 256

/** POSIX single-quote quoting: the shell reads the value back byte for byte, expanding nothing. */
export function shellQuote(value: string | number | boolean): string {
  const text = String(value)
  // A shell word cannot hold NUL; refusing beats silently cutting the value short.
  if (text.includes('\0')) throw new Error('a shell value cannot contain a NUL character')
  return `'${text.replaceAll("'", `'\\''`)}'`
}

/** Characters SSM accepts in tag values (`^([\p{L}\p{Z}\p{N}_.:/=+\-@]*)$`), at most 256. */
export function tagValue(value: string): string {
  const kept = value.replace(/[^\p{L}\p{Z}\p{N}_.:/=+\-@]/gu, '')
  // Count code points, so a cut never splits a surrogate pair.
  return Array.from(kept).slice(0, TAG_VALUE_LIMIT).join('').trim()
}

interface Values {
  params: ReadonlyMap<string, { value: ParameterValue; sensitive: boolean }>
  targets: readonly string[] | undefined
  /** Render sensitive values as `(sensitive)` (the display copy) instead of their value. */
  masked: boolean
}

/** Plain values SSM would itself resolve as `{{ssm:NAME}}` must not reach it from the plan. */
function checked(text: string, what: string): string {
  if (text.includes('{{') || text.includes('}}'))
    throw new Error(`${what} contains \`{{\` or \`}}\`, which SSM would read as a reference`)
  return text
}

function substitute(template: string, values: Values, shell: boolean): string {
  let out = template
  // Right to left, so earlier indexes stay valid.
  for (const ref of references(template).reverse()) {
    let text: string
    if (ref.kind === 'invalid') throw new Error(`\`${ref.text}\`: ${ref.reason}`)
    if (ref.kind === 'targets') {
      if (shell) throw new Error('`{{ targets }}` cannot be used in shell commands')
      const targets = values.targets ?? []
      if (targets.length !== 1)
        throw new Error(
          `\`{{ targets }}\` inside a value needs one target, the plan has ${targets.length}`
        )
      text = checked(targets[0] ?? '', 'a target')
    } else {
      const param = values.params.get(ref.name)
      if (param === undefined) throw new Error(`parameter \`${ref.name}\` has no value in the plan`)
      const raw = checked(String(param.value), `parameter \`${ref.name}\``)
      text = values.masked && param.sensitive ? SENSITIVE : shell ? shellQuote(param.value) : raw
    }
    out = out.slice(0, ref.index) + text + out.slice(ref.index + ref.text.length)
  }
  return out
}

/**
 * Shell lines with every `{{ params.NAME }}` replaced by its single-quoted value. Single quotes are
 * exact in a plain word and wrong anywhere else: inside the author's own quotes, a here-document,
 * a comment, or code that `bash -c`, `eval`, `su -c` or `ssh` parses a second time. Such a
 * placeholder is refused rather than quoted for its context, because how many times a string is
 * parsed cannot be read from the script; validation refuses it too, with advice. So is a string
 * value starting with `-` where it starts an argument (it would be read as an option).
 */
function shellLines(lines: readonly string[], values: Values): string[] {
  for (const use of shellPlaceholders(lines)) {
    if (use.ref.kind !== 'param') continue // `{{ targets }}` and bad references: substitute says why
    const problem = placeholderProblem(use)
    if (problem) throw new Error(`shell line ${use.line + 1}: ${problem}`)
    const param = values.params.get(use.ref.name)
    if (use.argumentStart && typeof param?.value === 'string' && param.value.startsWith('-')) {
      const shown = param.sensitive ? 'a value' : JSON.stringify(param.value)
      throw new Error(
        `shell line ${use.line + 1}: parameter \`${use.ref.name}\` is ${shown} starting with \`-\`, which \`${use.program ?? 'the command'}\` would read as an option; refusing to run it`
      )
    }
  }
  return lines.map((line) => substitute(line, values, true))
}

function documentParameters(
  params: DocumentParameters | undefined,
  values: Values
): Record<string, string[]> {
  const out: Record<string, string[]> = {}
  for (const [name, value] of Object.entries(params ?? {})) {
    if (value === undefined) continue
    if (isShellParameter(name)) {
      out[name] = shellLines(typeof value === 'string' ? [value] : value, values)
      continue
    }
    if (typeof value === 'string') {
      out[name] = [substitute(value, values, false)]
      continue
    }
    out[name] = value.flatMap((item) => {
      if (!isWholeTargets(item)) return [substitute(item, values, false)]
      return (values.targets ?? []).map((t) => checked(t, 'a target'))
    })
  }
  return out
}

/** An item that is `{{ targets }}` and nothing else (spaces around it aside). */
function isWholeTargets(item: string): boolean {
  const refs = references(item)
  return refs.length === 1 && refs[0]?.kind === 'targets' && refs[0].text === item.trim()
}

/** SSM's limits for rate-controlled `Targets` (`TargetValues`) and each child's parameter value. */
const TARGET_VALUES_LIMIT = 50
const PARAMETER_VALUE_LIMIT = 512

/**
 * The document parameter a rate-controlled automation fans out over: the only one whose whole
 * value is the targets, when the plan has any. Shell parameters never qualify (`{{ targets }}` is
 * refused there), and two such parameters leave the targets to the document.
 */
function fanOut(
  params: DocumentParameters | undefined,
  targets: readonly string[]
): { name: string; values: string[] } | undefined {
  if (targets.length === 0) return undefined
  const names = Object.entries(params ?? {}).flatMap(([name, value]) => {
    if (value === undefined || isShellParameter(name)) return []
    const items = typeof value === 'string' ? [value] : value
    return items.length === 1 && isWholeTargets(items[0] ?? '') ? [name] : []
  })
  const [name] = names
  if (names.length !== 1 || name === undefined) return undefined
  if (targets.length > TARGET_VALUES_LIMIT)
    throw new Error(
      `SSM runs a rate-controlled automation on at most ${TARGET_VALUES_LIMIT} parameter values; the plan has ${targets.length} targets`
    )
  const long = targets.find((t) => t.length < 1 || t.length > PARAMETER_VALUE_LIMIT)
  if (long !== undefined)
    throw new Error(
      `SSM takes automation parameter values of 1 to ${PARAMETER_VALUE_LIMIT} characters; a target has ${long.length}`
    )
  return { name, values: targets.map((t) => checked(t, 'a target')) }
}

const INSTANCE_ID = /^(i-([0-9a-f]{8}|[0-9a-f]{17})|mi-[0-9a-f]{17})$/
const EC2_INSTANCE_ARN = /^arn:aws[a-z-]*:ec2:[a-z0-9-]+:[0-9]{12}:instance\/(i-[0-9a-f]{8,17})$/

/**
 * Run Command acts on managed nodes, always by instance id: a tag-targeted plan sends exactly the
 * instances its approval bound, never `Targets` that SSM would resolve to whatever carries the
 * tag at that moment.
 */
function commandTargets(targets: PlanTargets | undefined): {
  InstanceIds: string[]
  shown: string[]
} {
  if (targets?.kind === 'tags' && targets.ids.length === 0)
    throw new Error('the plan names no instances for its target tags')
  const ids = targetIds(targets).map((t) => EC2_INSTANCE_ARN.exec(t)?.[1] ?? t)
  if (ids.length === 0) throw new Error('Run Command needs at least one target')
  const bad = ids.find((id) => !INSTANCE_ID.test(id))
  if (bad !== undefined)
    throw new Error(`Run Command targets managed nodes; \`${bad}\` is not an instance id`)
  return { InstanceIds: ids, shown: ids }
}

/**
 * The step's guard alarm (`guardAlarm`), with each `{{ params.NAME }}` replaced by the plan's raw
 * value: an alarm name is data, never shell. Validation (catalog/guard-alarm.ts) lets only
 * parameters constrained by `enum` or an anchored `pattern`, none sensitive, name one, and never
 * `{{ targets }}`; what is refused there is refused here too, and so is a name CloudWatch and SSM
 * would refuse. Undefined for a step without one.
 */
export function guardAlarmName(
  action: RunbookAction,
  plan: Pick<Plan, 'parameters'>
): string | undefined {
  return guardAlarm(action, parameterValues(plan))
}

function guardAlarm(action: RunbookAction, params: Values['params']): string | undefined {
  const template = 'guardAlarm' in action ? action.guardAlarm : undefined
  if (template === undefined) return undefined
  const fail = (why: string) => new Error(`guard alarm \`${template}\`: ${why}`)
  // What a guard alarm may not name, beyond what any document parameter may not.
  for (const ref of references(template)) {
    if (ref.kind === 'targets')
      throw fail(
        '`{{ targets }}` cannot name a guard alarm (SSM watches one alarm for the whole run)'
      )
    if (ref.kind === 'param' && params.get(ref.name)?.sensitive)
      throw fail(
        `parameter \`${ref.name}\` is sensitive, and an alarm name is shown wherever the run is`
      )
  }
  let name: string
  try {
    name = substitute(template, { params, targets: undefined, masked: false }, false)
  } catch (error) {
    throw fail(error instanceof Error ? error.message : String(error))
  }
  const problem = alarmNameProblem(name)
  if (problem) throw new Error(`the guard alarm name ${JSON.stringify(name)} ${problem}`)
  return name
}

function alarmConfiguration(
  action: RunbookAction,
  params: Values['params']
): { AlarmConfiguration?: AlarmConfiguration } {
  const name = guardAlarm(action, params)
  return name === undefined
    ? {}
    : { AlarmConfiguration: { Alarms: [{ Name: name }], IgnorePollAlarmFailure: false } }
}

/** The plan's values by parameter name (a parameter without one is left out). */
function parameterValues(plan: Pick<Plan, 'parameters'>): Values['params'] {
  return new Map(
    plan.parameters.flatMap((p) =>
      p.value === undefined ? [] : [[p.name, { value: p.value, sensitive: p.sensitive }] as const]
    )
  )
}

/** `OpsLoop <step> <runbook> <digest>`, then the issue if it fits SSM's 100 characters. */
export function commandComment(ctx: RenderContext): string {
  const runbook = ctx.runbook === undefined ? '' : ` ${ctx.runbook}`
  const base = `OpsLoop ${ctx.step}${runbook} ${ctx.digest.slice(0, 12)}`
  const withIssue = `${base} ${ctx.issueUrl}`
  return withIssue.length <= COMMENT_LIMIT ? withIssue : base
}

/** Approver logins, space-separated (SSM tag values allow no commas), cut at a whole name. */
function approversTag(approvers: readonly string[]): string {
  let out = ''
  for (const name of approvers.map(tagValue).filter((n) => n !== '')) {
    const next = out === '' ? name : `${out} ${name}`
    if (Array.from(next).length > TAG_VALUE_LIMIT) break
    out = next
  }
  return out
}

function tags(ctx: RenderContext): Tag[] {
  const list: Tag[] = [
    { Key: 'opsloop:issue', Value: tagValue(ctx.issueUrl) },
    { Key: 'opsloop:digest', Value: tagValue(ctx.digest.slice(0, 12)) },
    { Key: 'opsloop:step', Value: ctx.step },
    ...(ctx.runbook === undefined ? [] : [{ Key: 'opsloop:runbook', Value: ctx.runbook }]),
    { Key: 'opsloop:approvers', Value: approversTag(ctx.approvers) }
  ]
  if (ctx.runUrl !== undefined) list.push({ Key: 'opsloop:run', Value: tagValue(ctx.runUrl) })
  return list
}

/** Only the plan's resolved parameters and targets are rendered. */
export function renderAction(
  action: RunbookAction,
  plan: Pick<Plan, 'parameters' | 'targets'>,
  ctx: RenderContext
): ActionRequest {
  const { runCommand, automation } = action
  const workflow = 'workflowDispatch' in action ? action.workflowDispatch : undefined
  if ([runCommand, automation, workflow].filter((a) => a !== undefined).length !== 1)
    throw new Error(
      'an action needs exactly one of `runCommand`, `automation` or `workflowDispatch`'
    )
  const params = parameterValues(plan)
  const targets = targetIds(plan.targets)
  const sent: Values = { params, targets, masked: false }
  const shown: Values = { params, targets, masked: true }
  const timeoutSeconds =
    ('timeoutSeconds' in action ? action.timeoutSeconds : undefined) ?? DEFAULT_TIMEOUT_SECONDS

  if (workflow) {
    // Raw values, as in any document parameter: GitHub passes inputs as data. Validation allows
    // only parameters constrained by an enum or an anchored pattern, none sensitive, and no
    // targets (catalog/workflow-dispatch.ts).
    const inputs = (values: Values): Record<string, string> =>
      Object.fromEntries(
        Object.entries(workflow.inputs ?? {}).flatMap(([name, value]) =>
          value === undefined ? [] : [[name, substitute(value, values, false)]]
        )
      )
    const [owner = '', repo = ''] = workflow.repository.split('/')
    return {
      kind: 'workflow',
      input: { owner, repo, workflow: workflow.workflow, ref: workflow.ref, inputs: inputs(sent) },
      display: { inputs: inputs(shown), timeoutSeconds }
    }
  }

  if (runCommand) {
    const parameters = (values: Values): Record<string, string[]> => {
      const out = documentParameters(runCommand.parameters, values)
      if (runCommand.commands)
        out.commands = [BASH_PRELUDE, ...shellLines(runCommand.commands, values)]
      if (runCommand.workingDirectory !== undefined)
        out.workingDirectory = [runCommand.workingDirectory]
      if (runCommand.executionTimeoutSeconds !== undefined)
        out.executionTimeout = [String(runCommand.executionTimeoutSeconds)]
      return out
    }
    const { shown: shownTargets, ...where } = commandTargets(plan.targets)
    const document = runCommand.commands ? ctx.document : undefined
    return {
      kind: 'command',
      input: {
        ...(document
          ? {
              DocumentName: document.name,
              DocumentHash: document.hash,
              DocumentHashType: 'Sha256' as const,
              ...nonEmpty(documentValues(document.parameters, params))
            }
          : { DocumentName: runCommand.document, ...nonEmpty(parameters(sent)) }),
        ...where,
        MaxConcurrency: ('maxConcurrency' in action ? action.maxConcurrency : undefined) ?? '1',
        MaxErrors: ('maxErrors' in action ? action.maxErrors : undefined) ?? '0',
        // The delivery timeout: a node whose agent is offline this long is given up on.
        TimeoutSeconds: timeoutSeconds,
        Comment: commandComment(ctx),
        ...alarmConfiguration(action, params)
      },
      display: { parameters: parameters(shown), targets: shownTargets, timeoutSeconds }
    }
  }

  const doc = automation ?? { document: '' }
  // One parameter that is the targets as a whole: a rate-controlled run, one child execution per
  // target, MaxConcurrency at once, none started once more than MaxErrors failed. That parameter
  // goes as `Targets` (SSM sets it in each child), not in `Parameters`. Otherwise the targets reach
  // the document through its parameters in one execution, where rate control would mean nothing.
  const fan = fanOut(doc.parameters, targets)
  const rest = fan ? withoutKey(doc.parameters, fan.name) : doc.parameters
  return {
    kind: 'automation',
    input: {
      DocumentName: doc.document,
      ...nonEmpty(documentParameters(rest, sent)),
      ...(fan
        ? {
            TargetParameterName: fan.name,
            Targets: [{ Key: 'ParameterValues', Values: fan.values }],
            MaxConcurrency: ('maxConcurrency' in action ? action.maxConcurrency : undefined) ?? '1',
            MaxErrors: ('maxErrors' in action ? action.maxErrors : undefined) ?? '0'
          }
        : {}),
      Tags: tags(ctx),
      ...alarmConfiguration(action, params)
    },
    display: {
      parameters: documentParameters(rest, shown),
      targets,
      timeoutSeconds
    }
  }
}

function withoutKey(
  params: DocumentParameters | undefined,
  key: string
): DocumentParameters | undefined {
  return params && Object.fromEntries(Object.entries(params).filter(([k]) => k !== key))
}

/** SSM refuses an empty parameter map (length 1 to 200): leave it out instead. */
/** The plan's values of the document's parameters (a value the plan lacks: the document's default). */
function documentValues(
  names: readonly string[],
  params: ReadonlyMap<string, { value: ParameterValue }>
): Record<string, string[]> {
  return Object.fromEntries(
    names.flatMap((name) => {
      const p = params.get(name)
      return p === undefined ? [] : [[name, [String(p.value)]]]
    })
  )
}

function nonEmpty(parameters: Record<string, string[]>): { Parameters?: Record<string, string[]> } {
  return Object.keys(parameters).length === 0 ? {} : { Parameters: parameters }
}
