// Guard alarms: the CloudWatch alarm a runbook step names in `guardAlarm`, which SSM watches while
// the step runs (`AlarmConfiguration`) and which stops the run when it goes to ALARM. The name may
// use `{{ params.NAME }}` so that one runbook serves every fleet, but it must stay predictable from
// the reviewed runbook and the approved values: these are the rules validation applies to it, and
// the alarm-name rules CloudWatch and SSM share, which rendering applies to the name it sends.
import type { Action, Parameter, Runbook } from '../generated/runbook.js'
import { didYouMean } from '../util/suggest.js'
import type { Problem } from './problem.js'
import { unconstrained } from './shell-safety.js'
import { references } from './templates.js'
import { locateInString, type PathSegment, type YamlSource } from './yaml-source.js'

/** CloudWatch's and SSM's `AlarmName`: 1 to 255 characters. */
export const ALARM_NAME_MAX = 255

/** The runbook's steps that name a guard alarm: where each sits, and its `guardAlarm` as written. */
function guardedSteps(rb: Runbook): { path: PathSegment[]; template: string }[] {
  const steps: [PathSegment[], object | undefined][] = [
    [['execution'], rb.execution],
    [['verify', 'check'], rb.verify?.check],
    [['rollback'], rb.rollback]
  ]
  return steps.flatMap(([path, action]) => {
    const template = action && 'guardAlarm' in action ? (action as Action).guardAlarm : undefined
    return template === undefined ? [] : [{ path, template }]
  })
}

// ASCII control characters (CloudWatch refuses them), and the line separators SSM's `^(?!\s*$).+$`
// does not match.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f\u2028\u2029]/u
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/

/**
 * Why `name` cannot be an alarm name, or undefined. CloudWatch's `AlarmName` is 1 to 255
 * characters of UTF-8 without ASCII control characters; SSM's (in `AlarmConfiguration`) also
 * matches `^(?!\s*$).+$`: not only white space, and on one line.
 */
export function alarmNameProblem(name: string): string | undefined {
  // Smithy lengths count code points, not UTF-16 units.
  // eslint-disable-next-line @typescript-eslint/no-misused-spread
  const length = [...name].length
  if (length < 1 || length > ALARM_NAME_MAX)
    return `has ${length} characters, and CloudWatch alarm names have 1 to ${ALARM_NAME_MAX}`
  if (name.trim() === '') return 'is only white space, which SSM refuses as an alarm name'
  const control = CONTROL.exec(name)?.[0]
  if (control !== undefined)
    return `holds the control character U+${control.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}, which CloudWatch refuses in alarm names`
  if (LONE_SURROGATE.test(name)) return 'is not valid UTF-8, which CloudWatch alarm names must be'
  return undefined
}

/** Why a parameter cannot name a guard alarm, or undefined when it can. */
function unpredictable(name: string, p: Parameter): string | undefined {
  if (p.sensitive === true)
    return `parameter \`${name}\` is sensitive, and a guard alarm's name is shown in \`/dry-run\`, the run's replies and SSM's history: name the alarm with a parameter that is not sensitive`
  const why = unconstrained(p)
  if (why === undefined) return undefined
  const fix =
    p.type === 'string'
      ? 'an `enum` or an anchored `pattern` such as `^[a-z][a-z0-9-]{0,62}$`'
      : 'an `enum`'
  return `parameter \`${name}\` ${why}, so the alarm SSM watches could be any alarm of the account; the name must be predictable from the reviewed runbook and the approved values: give \`${name}\` ${fix}`
}

/** The longest value a parameter with an `enum` can give, or undefined without one. */
function longest(p: Parameter | undefined): number | undefined {
  // eslint-disable-next-line @typescript-eslint/no-misused-spread
  return p?.enum && Math.max(...p.enum.map((v) => [...String(v)].length))
}

/**
 * Every guard alarm's references: known, declared parameters only (no `{{ targets }}`), each
 * constrained by `enum` or an anchored `pattern` and not sensitive; the text around them a
 * possible alarm name, and not too long whatever enum values are chosen.
 */
export function checkGuardAlarms(rb: Runbook, source: YamlSource): Problem[] {
  const problems: Problem[] = []
  const declared = rb.parameters ?? {}
  for (const { path, template } of guardedSteps(rb)) {
    const at = [...path, 'guardAlarm']
    const push = (index: number, rule: string, message: string): void => {
      problems.push({
        file: source.file,
        ...locateInString(source, at, index),
        severity: 'error',
        rule,
        message
      })
    }
    const refs = references(template)
    let length = 0
    let bounded = true
    for (const ref of refs) {
      if (ref.kind === 'invalid') {
        push(
          ref.index,
          'template-reference',
          `\`${ref.text}\` is not a valid reference: ${ref.reason}`
        )
      } else if (ref.kind === 'targets') {
        push(
          ref.index,
          'guard-alarm',
          '`{{ targets }}` cannot name a guard alarm: targets come from the incident, and SSM watches one alarm for the whole run; name the alarm after a parameter constrained by `enum` or an anchored `pattern` (for example `{{ params.role }}-healthy-hosts-low`)'
        )
      } else if (!(ref.name in declared)) {
        const hint = didYouMean(ref.name, Object.keys(declared))
        const fix = hint ? `${hint} Otherwise declare` : ': declare'
        push(
          ref.index,
          'template-reference',
          `\`${ref.text}\` refers to an undeclared parameter${fix} \`${ref.name}\` under \`parameters\``
        )
      } else {
        const param = declared[ref.name]
        const reason = param && unpredictable(ref.name, param)
        if (reason)
          push(ref.index, 'guard-alarm', `\`${ref.text}\` names the guard alarm, but ${reason}`)
      }
      const most = ref.kind === 'param' ? longest(declared[ref.name]) : undefined
      if (most === undefined) bounded = false
      else length += most
    }
    // A bad reference was reported above; the text around good ones must fit an alarm name.
    if (refs.some((r) => r.kind === 'invalid')) continue
    const literal = [...refs]
      .reverse()
      .reduce((text, r) => text.slice(0, r.index) + text.slice(r.index + r.text.length), template)
    // eslint-disable-next-line @typescript-eslint/no-misused-spread
    length += [...literal].length
    const problem =
      refs.length === 0
        ? alarmNameProblem(template)
        : CONTROL.test(literal)
          ? alarmNameProblem(literal)
          : bounded && length > ALARM_NAME_MAX
            ? `can be ${length} characters long with the longest enum values, and CloudWatch alarm names have at most ${ALARM_NAME_MAX}`
            : undefined
    if (problem)
      push(0, 'guard-alarm', `the guard alarm \`${template}\` ${problem}; shorten or fix the name`)
  }
  return problems
}
