// Rules a JSON Schema cannot express. Each takes a schema-valid runbook with its YAML source and
// returns positioned problems.
import type {
  Automation,
  DocumentParameters,
  MatchRule,
  Parameter,
  Runbook,
  RunCommand
} from '../generated/runbook.js'
import { compileGlob, globMatch } from '../match/glob.js'
import { didYouMean } from '../util/suggest.js'
import { checkGuardAlarms } from './guard-alarm.js'
import { checkWorkflowDispatches } from './workflow-dispatch.js'
import { checkParameterValue, compilePattern } from './parameters.js'
import type { Problem } from './problem.js'
import { failsLoudly, shellUnsafeReason } from './shell-safety.js'
import { references } from './templates.js'
import {
  formatPath,
  locate,
  locateInString,
  type PathSegment,
  type YamlSource
} from './yaml-source.js'

export interface RuleOptions {
  /** SSM document names or globs a runbook may use. */
  allowedDocuments: readonly string[]
}

/** Documents that take `commands` as shell lines. */
const SHELL_DOCUMENTS = new Set(['AWS-RunShellScript'])

export const DEFAULT_ALLOWED_DOCUMENTS: readonly string[] = [
  'AWS-RunShellScript',
  'AWS-RestartEC2Instance',
  'AWS-StartEC2Instance',
  'AWS-StopEC2Instance',
  'OpsLoop-*'
]

/** A string in the runbook that may hold `{{ }}` references, and whether it reaches a shell. */
interface TemplatedString {
  path: PathSegment[]
  value: string
  shell: boolean
}

interface SsmCall {
  path: PathSegment[]
  document: string
  runCommand?: RunCommand
  automation?: Automation
}

function ssmCalls(rb: Runbook): SsmCall[] {
  const calls: SsmCall[] = []
  const from = (
    step: { runCommand?: RunCommand; automation?: Automation } | undefined,
    at: PathSegment[]
  ): void => {
    const { runCommand, automation } = step ?? {}
    if (runCommand)
      calls.push({ path: [...at, 'runCommand'], document: runCommand.document, runCommand })
    if (automation)
      calls.push({ path: [...at, 'automation'], document: automation.document, automation })
  }
  from(rb.execution, ['execution'])
  from(rb.rollback, ['rollback'])
  from(rb.verify?.check, ['verify', 'check'])
  return calls
}

function templatedStrings(rb: Runbook): TemplatedString[] {
  const out: TemplatedString[] = []
  const params = (
    values: DocumentParameters | undefined,
    path: PathSegment[],
    shell: boolean
  ): void => {
    for (const [k, v] of Object.entries(values ?? {})) {
      if (typeof v === 'string') out.push({ path: [...path, k], value: v, shell })
      else v?.forEach((s, i) => out.push({ path: [...path, k, i], value: s, shell }))
    }
  }
  for (const call of ssmCalls(rb)) {
    if (call.runCommand) {
      // A Run Command document's parameters may end up in a shell: treat them as such.
      call.runCommand.commands?.forEach((c, i) =>
        out.push({ path: [...call.path, 'commands', i], value: c, shell: true })
      )
      params(call.runCommand.parameters, [...call.path, 'parameters'], true)
    } else {
      params(call.automation?.parameters, [...call.path, 'parameters'], false)
    }
  }
  for (const [k, values] of Object.entries(rb.targets.tags ?? {})) {
    values?.forEach((v, i) => out.push({ path: ['targets', 'tags', k, i], value: v, shell: false }))
  }
  return out
}

type Report = (
  path: readonly PathSegment[],
  rule: string,
  message: string,
  at?: 'key' | 'value'
) => void

function reporter(source: YamlSource, problems: Problem[]): Report {
  return (path, rule, message, at = 'value') =>
    problems.push({
      file: source.file,
      ...locate(source, path, at),
      severity: 'error',
      rule,
      message
    })
}

function checkParameters(rb: Runbook, report: Report): void {
  for (const [name, p] of Object.entries(rb.parameters ?? {}) as [string, Parameter][]) {
    const at = ['parameters', name]
    if (p.pattern !== undefined) {
      const re = compilePattern(p.pattern)
      if (re instanceof Error)
        report(
          [...at, 'pattern'],
          'parameter',
          `\`${name}\`'s pattern is not a valid regular expression: ${re.message}`
        )
      if (p.type !== 'string')
        report(
          [...at, 'pattern'],
          'parameter',
          `\`${name}\` has a pattern but is ${p.type}; patterns apply to strings only`
        )
    }
    p.enum?.forEach((v, i) => {
      const wrong = checkParameterValue({ type: p.type, description: '' }, v)
      if (wrong) report([...at, 'enum', i], 'parameter', `\`${name}\`'s enum value ${wrong}`)
    })
    if (p.minimum !== undefined && p.maximum !== undefined && p.minimum > p.maximum) {
      report(
        [...at, 'minimum'],
        'parameter',
        `\`${name}\` has minimum ${p.minimum} above maximum ${p.maximum}`
      )
    }
    if (p.minLength !== undefined && p.maxLength !== undefined && p.minLength > p.maxLength) {
      report(
        [...at, 'minLength'],
        'parameter',
        `\`${name}\` has minLength ${p.minLength} above maxLength ${p.maxLength}`
      )
    }
    if (
      (p.minimum !== undefined || p.maximum !== undefined) &&
      p.type !== 'integer' &&
      p.type !== 'number'
    ) {
      report(
        [...at, 'type'],
        'parameter',
        `\`${name}\` has minimum/maximum but is ${p.type}; bounds apply to numbers only`
      )
    }
    if (p.default !== undefined) {
      const wrong = checkParameterValue(p, p.default)
      if (wrong)
        report(
          [...at, 'default'],
          'parameter',
          `\`${name}\`'s default ${wrong}; make the default pass the parameter's own constraints`
        )
    }
  }
}

function checkTemplates(
  rb: Runbook,
  strings: readonly TemplatedString[],
  report: Report,
  source: YamlSource,
  problems: Problem[]
): void {
  const declared = rb.parameters ?? {}
  const inShell = new Map<string, PathSegment[]>()
  for (const s of strings) {
    for (const ref of references(s.value)) {
      const pos = locateInString(source, s.path, ref.index)
      const push = (rule: string, message: string): void => {
        problems.push({ file: source.file, ...pos, severity: 'error', rule, message })
      }
      if (ref.kind === 'invalid') {
        push('template-reference', `\`${ref.text}\` is not a valid reference: ${ref.reason}`)
      } else if (ref.kind === 'targets' && s.shell) {
        push(
          'shell-injection',
          '`{{ targets }}` cannot be used in shell commands: targets come from the incident, which is untrusted input, and SSM already runs the command on each target (read the instance id from instance metadata if a script needs it)'
        )
      } else if (ref.kind === 'param') {
        if (!(ref.name in declared)) {
          const hint = didYouMean(ref.name, Object.keys(declared))
          const fix = hint ? `${hint} Otherwise declare` : ': declare'
          push(
            'template-reference',
            `\`${ref.text}\` refers to an undeclared parameter${fix} \`${ref.name}\` under \`parameters\``
          )
        } else if (s.shell && !inShell.has(ref.name)) {
          inShell.set(ref.name, s.path)
        }
      }
    }
  }
  for (const [name, usedAt] of inShell) {
    const p = declared[name]
    const reason = p ? shellUnsafeReason(p) : undefined
    if (reason) {
      report(
        ['parameters', name],
        'shell-injection',
        `parameter \`${name}\` reaches a shell command (${formatPath(usedAt)}) but ${reason}`,
        'key'
      )
    }
  }
}

/** Could this rule match a CloudWatch alarm incident? */
function mayMatchAlarm(rule: MatchRule): boolean {
  const sources =
    rule.source === undefined
      ? ['aws.cloudwatch']
      : typeof rule.source === 'string'
        ? [rule.source]
        : rule.source
  return rule.eventName === undefined && sources.some((s) => globMatch(s, 'aws.cloudwatch'))
}

function referencesTargets(rb: Runbook, strings: readonly TemplatedString[]): boolean {
  const targetParam = rb.targets.from === 'parameter' ? rb.targets.parameter : undefined
  return strings.some((s) =>
    references(s.value).some(
      (r) => r.kind === 'targets' || (r.kind === 'param' && r.name === targetParam)
    )
  )
}

// One allow-list serves a whole catalog: compile it once, not once per document of every runbook.
const allowLists = new WeakMap<readonly string[], (document: string) => boolean>()

function allowListOf(globs: readonly string[]): (document: string) => boolean {
  let allowed = allowLists.get(globs)
  if (!allowed) {
    allowed = compileGlob(globs)
    allowLists.set(globs, allowed)
  }
  return allowed
}

function checkDocuments(rb: Runbook, options: RuleOptions, report: Report): void {
  const allowed = allowListOf(options.allowedDocuments)
  for (const call of ssmCalls(rb)) {
    if (!allowed(call.document)) {
      report(
        [...call.path, 'document'],
        'document-allow-list',
        `SSM document \`${call.document}\` is not on the allow-list (${options.allowedDocuments.join(', ')}); use an allowed document or add it to the \`allowed-documents\` input`
      )
    }
    if (!call.runCommand || !SHELL_DOCUMENTS.has(call.document)) continue
    const commands = call.runCommand.commands
    if (!commands) {
      report(call.path, 'shell-commands', `\`${call.document}\` needs \`commands\``, 'key')
    } else if (!failsLoudly(commands)) {
      report(
        [...call.path, 'commands', 0],
        'shell-strict-mode',
        'shell commands must start with `set -euo pipefail` so a failing step fails the run instead of reporting Success'
      )
    }
  }
}

function checkRisk(rb: Runbook, report: Report): void {
  if (rb.risk === 'high' && !rb.verify) {
    report(
      ['risk'],
      'high-risk',
      'high-risk runbooks must declare `verify` (how OpsLoop proves the fix worked)'
    )
  }
  if (rb.risk === 'high' && !rb.rollback) {
    report(
      ['risk'],
      'high-risk',
      'high-risk runbooks must declare `rollback` (what runs when execution or verification fails)'
    )
  }
  if (rb.risk !== 'low' && !rb.approval.required) {
    report(
      ['approval', 'required'],
      'approval',
      `${rb.risk}-risk runbooks must set \`approval.required: true\``
    )
  }
}

/** A value that is exactly one `{{ targets }}` reference. */
const isOnlyTargets = (value: string): boolean => {
  const refs = references(value)
  return refs.length === 1 && refs[0]?.kind === 'targets' && refs[0].text === value.trim()
}

function checkTargets(rb: Runbook, strings: readonly TemplatedString[], report: Report): void {
  const t = rb.targets
  const declared = Object.keys(rb.parameters ?? {})
  if (t.from === 'parameter' && t.parameter !== undefined && !declared.includes(t.parameter)) {
    report(
      ['targets', 'parameter'],
      'targets',
      `\`targets.parameter\` names \`${t.parameter}\`, which is not declared under \`parameters\`${didYouMean(t.parameter, declared)}`
    )
  }
  if (t.from === 'tags' && rb.execution.automation) {
    report(
      ['targets', 'from'],
      'targets',
      'tag targets work with `runCommand` only; an Automation document takes its target through a parameter (use `from: dimension`, `resources` or `parameter` and pass `{{ targets }}`)'
    )
  }
  if (t.max > 1) {
    for (const s of strings) {
      // A list item that is exactly `{{ targets }}` expands to every target.
      if (typeof s.path.at(-1) === 'number' && isOnlyTargets(s.value)) continue
      if (!s.shell && references(s.value).some((r) => r.kind === 'targets')) {
        report(
          s.path,
          'targets',
          `\`{{ targets }}\` inside a single value needs \`targets.max: 1\`; with up to ${t.max} targets, make it a list item of its own (\`['{{ targets }}']\`)`
        )
      }
    }
  }
  if (rb.execution.automation && !referencesTargets(rb, strings)) {
    report(
      ['execution', 'automation', 'parameters'],
      'targets',
      'the Automation document never receives the targets: pass `{{ targets }}` (or the target parameter) in its `parameters`',
      'key'
    )
  }
}

function checkVerify(rb: Runbook, report: Report): void {
  const alarmOk = rb.verify?.alarmOk
  if (alarmOk && alarmOk.alarmName === undefined && !rb.match.some(mayMatchAlarm)) {
    report(
      ['verify', 'alarmOk'],
      'verify',
      'this runbook handles events that are not alarms, so there is no triggering alarm to wait for: name one in `alarmOk.alarmName` or verify with `check`',
      'key'
    )
  }
}

export function checkRunbook(rb: Runbook, source: YamlSource, options: RuleOptions): Problem[] {
  const problems: Problem[] = []
  const report = reporter(source, problems)
  const strings = templatedStrings(rb)
  checkParameters(rb, report)
  checkTemplates(rb, strings, report, source, problems)
  checkDocuments(rb, options, report)
  checkRisk(rb, report)
  checkTargets(rb, strings, report)
  checkVerify(rb, report)
  problems.push(...checkGuardAlarms(rb, source))
  problems.push(...checkWorkflowDispatches(rb, source))
  return problems
}

/** A soft convention: `restart-nginx.yaml` holds `id: restart-nginx`. */
export function checkFileName(rb: Runbook, source: YamlSource): Problem[] {
  const base = source.file
    .split(/[\\/]/)
    .pop()
    ?.replace(/\.ya?ml$/, '')
  if (base === rb.id) return []
  return [
    {
      file: source.file,
      ...locate(source, ['id']),
      severity: 'warning',
      rule: 'id-filename',
      message: `id \`${rb.id}\` differs from the file name \`${base ?? ''}\`; name the file \`${rb.id}.yaml\` so runbooks are easy to find`
    }
  ]
}
