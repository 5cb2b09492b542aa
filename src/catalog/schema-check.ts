// Validates parsed runbooks against schemas/runbook.schema.json and turns ajv's errors into
// messages a runbook author can act on: where, what is wrong, and what would be right.
import type { ErrorObject, ValidateFunction } from 'ajv'
import { runbookSchema, type Runbook } from '../generated/runbook.js'
import { validate as validateRunbook } from '../generated/validate-runbook.js'
import { didYouMean } from '../util/suggest.js'
import type { Problem } from './problem.js'
import { formatPath, locate, type PathSegment, type YamlSource } from './yaml-source.js'

type SchemaNode = Record<string, unknown>

/** The runbook validator (precompiled by `npm run generate`). */
export function runbookValidator(): ValidateFunction<Runbook> {
  return validateRunbook
}

function pathOf(instancePath: string): PathSegment[] {
  if (instancePath === '') return []
  return instancePath
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s))
}

function fieldName(path: readonly PathSegment[]): string {
  return path.length === 0 ? 'the runbook' : `\`${formatPath(path)}\``
}

function show(value: unknown): string {
  const text = JSON.stringify(value) as string | undefined
  if (text === undefined) return String(value)
  return text.length > 60 ? `${text.slice(0, 57)}...` : text
}

function typeOf(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'a list'
  if (typeof value === 'object') return 'a mapping'
  if (typeof value === 'number') return Number.isInteger(value) ? 'an integer' : 'a number'
  return `a ${typeof value}`
}

/** Resolves local `$ref`s so messages can describe what a branch expects. */
function resolve(node: unknown): SchemaNode {
  let current = node as SchemaNode
  for (let hops = 0; typeof current.$ref === 'string' && hops < 10; hops++) {
    const name = current.$ref.replace('#/$defs/', '')
    current = (runbookSchema.$defs as Record<string, SchemaNode>)[name] ?? {}
  }
  return current
}

const NOUNS: Record<string, string> = { object: 'mapping', array: 'list' }

const values = (list: unknown[]): string => list.map((v) => `\`${String(v)}\``).join(', ')

/** What a schema accepts, in words: "an integer", "a list of strings", "one of `a`, `b`". */
function describe(schema: unknown): string {
  const s = resolve(schema)
  if (Array.isArray(s.enum)) return `one of ${values(s.enum)}`
  if (s.type === 'array') {
    const items = resolve(s.items ?? {})
    if (Array.isArray(items.enum)) return `a list of values among ${values(items.enum)}`
    const noun = typeof items.type === 'string' ? (NOUNS[items.type] ?? items.type) : 'value'
    return `a list of ${noun}s`
  }
  const noun = typeof s.type === 'string' ? (NOUNS[s.type] ?? s.type) : 'valid value'
  return /^[aeiou]/.test(noun) ? `an ${noun}` : `a ${noun}`
}

function schemaDescription(error: ErrorObject): string {
  const d = resolve(error.parentSchema).description
  return typeof d === 'string' ? ` (${d.split(/(?<=\.)\s/)[0] ?? d})` : ''
}

function propertySchema(parent: unknown, name: string): SchemaNode | undefined {
  const props = resolve(parent).properties as Record<string, unknown> | undefined
  const p = props?.[name]
  return p === undefined ? undefined : resolve(p)
}

/**
 * `execution` and `rollback` take exactly one of `runCommand`, `automation` or `workflowDispatch`;
 * `verify.check` one of the first two.
 */
function isAction(path: readonly PathSegment[]): boolean {
  const at = path.join('.')
  return at === 'execution' || at === 'rollback' || at === 'verify.check'
}

/** What an action may be: `verify.check` runs on SSM only. */
const actionKinds = (path: readonly PathSegment[]): string =>
  path.join('.') === 'verify.check'
    ? '`runCommand` or `automation`'
    : '`runCommand`, `automation` or `workflowDispatch`'

interface Message {
  path: PathSegment[]
  at: 'key' | 'value'
  text: string
}

function translate(error: ErrorObject): Message | undefined {
  const path = pathOf(error.instancePath)
  const field = fieldName(path)
  const p = error.params as Record<string, unknown>
  switch (error.keyword) {
    case 'required': {
      const missing = String(p.missingProperty)
      if (isAction(path) && error.schemaPath.endsWith('/else/required')) {
        return { path, at: 'key', text: `${field} needs one of ${actionKinds(path)}` }
      }
      const desc = propertySchema(error.parentSchema, missing)?.description
      const why = typeof desc === 'string' ? ` (${desc.split(/(?<=\.)\s/)[0] ?? desc})` : ''
      return {
        path,
        at: 'key',
        text: `${field} is missing the required field \`${missing}\`${why}`
      }
    }
    case 'additionalProperties': {
      const extra = String(p.additionalProperty)
      const allowed = Object.keys(
        (resolve(error.parentSchema).properties as SchemaNode | undefined) ?? {}
      )
      const hint =
        didYouMean(extra, allowed) ||
        (allowed.length > 0 ? `; allowed here: ${allowed.join(', ')}` : '')
      return {
        path: [...path, extra],
        at: 'key',
        text: `unknown field \`${extra}\` in ${field}${hint}`
      }
    }
    case 'type':
      return {
        path,
        at: 'value',
        text: `${field} must be ${describe(error.parentSchema)}, not ${typeOf(error.data)}`
      }
    case 'enum': {
      const allowed = (p.allowedValues as unknown[]).map(String)
      const hint = typeof error.data === 'string' ? didYouMean(error.data, allowed) : ''
      return {
        path,
        at: 'value',
        text: `${field} is ${show(error.data)} but must be one of ${allowed.map((v) => `\`${v}\``).join(', ')}${hint}`
      }
    }
    case 'const':
      return {
        path,
        at: 'value',
        text: `${field} must be \`${String(p.allowedValue)}\`, not ${show(error.data)}`
      }
    case 'pattern':
      return {
        path,
        at: 'value',
        text: `${field} is ${show(error.data)}, which does not match \`${String(p.pattern)}\`${schemaDescription(error)}`
      }
    case 'propertyNames':
      return undefined // the nested `pattern` error names the property
    case 'not':
      if (isAction(path)) {
        return {
          path,
          at: 'key',
          text: `${field} must have only one of ${actionKinds(path)}`
        }
      }
      return { path, at: 'value', text: `${field} is not allowed here` }
    case 'if':
      return undefined // the failing `then`/`else` branch reports the real problem
    case 'minProperties':
      if (path[0] === 'exclude' && path.length === 2)
        return {
          path,
          at: 'key',
          text: `${field} needs \`when\` (the fields of a match rule) or \`says\` (phrases the incident says) beside \`why\``
        }
      return {
        path,
        at: 'key',
        text: `${field} must have at least ${String(p.limit)} field${p.limit === 1 ? '' : 's'}`
      }
    case 'maxProperties':
      return { path, at: 'key', text: `${field} must have at most ${String(p.limit)} fields` }
    case 'minItems':
      return {
        path,
        at: 'value',
        text: `${field} must list at least ${String(p.limit)} item${p.limit === 1 ? '' : 's'}`
      }
    case 'maxItems':
      return { path, at: 'value', text: `${field} must list at most ${String(p.limit)} items` }
    case 'uniqueItems':
      return {
        path,
        at: 'value',
        text: `${field} lists the same value twice (items ${String(p.j)} and ${String(p.i)})`
      }
    case 'minLength':
      return {
        path,
        at: 'value',
        text: `${field} must be at least ${String(p.limit)} characters long`
      }
    case 'maxLength':
      return {
        path,
        at: 'value',
        text: `${field} must be at most ${String(p.limit)} characters long`
      }
    case 'minimum':
    case 'maximum':
      return {
        path,
        at: 'value',
        text: `${field} is ${show(error.data)} but must be ${String(p.comparison)} ${String(p.limit)}`
      }
    default:
      return { path, at: 'value', text: `${field} ${error.message ?? 'is invalid'}` }
  }
}

const within = (path: string, parent: string): boolean =>
  path === parent || path.startsWith(`${parent}/`)

/**
 * A failed `oneOf` comes with the errors of every branch, just before it (their schema paths
 * point into `$ref` targets, so position and instance path are what tie them to it). Errors at
 * the value itself about its type, enum or const only say a branch did not fit; if that is all
 * there is, say which shapes would be accepted. Otherwise the value fitted a branch's shape, and
 * that branch's deeper errors (a wrong list item, say) are the real problem.
 */
function collapseOneOf(errors: ErrorObject[]): ErrorObject[] {
  const consumed = new Set<ErrorObject>()
  const added = new Map<ErrorObject, ErrorObject[]>()
  errors.forEach((o, k) => {
    if (o.keyword !== 'oneOf') return
    const branches = errors
      .slice(0, k)
      .filter((e) => !consumed.has(e) && within(e.instancePath, o.instancePath))
    for (const e of [o, ...branches]) consumed.add(e)
    const shapeOnly = (e: ErrorObject): boolean =>
      e.instancePath === o.instancePath && ['type', 'enum', 'const'].includes(e.keyword)
    const deeper = branches.filter((e) => !shapeOnly(e))
    const accepted = (o.schema as unknown[]).map(describe).join(' or ')
    added.set(
      o,
      deeper.length > 0 ? deeper : [{ ...o, keyword: 'oneOfShape', message: `must be ${accepted}` }]
    )
  })
  return errors.flatMap((e) => added.get(e) ?? (consumed.has(e) ? [] : [e]))
}

/**
 * A misspelt field shows up twice: as unknown (`titel`) and as missing (`title`). The unknown
 * one's "did you mean" says it all, so the missing one is dropped.
 */
function dropMisspeltRequired(errors: ErrorObject[]): ErrorObject[] {
  const unknown = new Map<string, string[]>()
  for (const e of errors) {
    if (e.keyword !== 'additionalProperties') continue
    unknown.set(e.instancePath, [
      ...(unknown.get(e.instancePath) ?? []),
      String((e.params as Record<string, unknown>).additionalProperty)
    ])
  }
  return errors.filter((e) => {
    if (e.keyword !== 'required') return true
    const missing = String((e.params as Record<string, unknown>).missingProperty)
    return !(unknown.get(e.instancePath) ?? []).some((u) => didYouMean(u, [missing]) !== '')
  })
}

/** Several missing fields at one place become one message instead of a wall of them. */
function groupMissing(errors: ErrorObject[]): ErrorObject[] {
  const missing = new Map<string, ErrorObject[]>()
  for (const e of errors) {
    if (e.keyword === 'required' && !e.schemaPath.endsWith('/else/required')) {
      missing.set(e.instancePath, [...(missing.get(e.instancePath) ?? []), e])
    }
  }
  return errors.flatMap((e) => {
    const group = missing.get(e.instancePath)
    if (e.keyword !== 'required' || !group || group.length < 2 || !group.includes(e)) return [e]
    if (group[0] !== e) return []
    const names = group.map(
      (g) => `\`${String((g.params as Record<string, unknown>).missingProperty)}\``
    )
    return [
      {
        ...e,
        keyword: 'requiredMany',
        message: `is missing the required fields ${names.join(', ')} (see docs/runbook-reference.md)`
      }
    ]
  })
}

export function checkSchema(source: YamlSource): Problem[] {
  const validate = runbookValidator()
  if (validate(source.data)) return []
  const problems: Problem[] = []
  const seen = new Set<string>()
  for (const error of groupMissing(dropMisspeltRequired(collapseOneOf(validate.errors ?? [])))) {
    const path = pathOf(error.instancePath)
    const msg =
      error.keyword === 'oneOfShape' || error.keyword === 'requiredMany'
        ? { path, at: 'key' as const, text: `${fieldName(path)} ${error.message ?? ''}` }
        : translate(error)
    if (!msg) continue
    const pos = locate(source, msg.path, msg.at)
    const key = `${pos.line}:${pos.column}:${msg.text}`
    if (seen.has(key)) continue
    seen.add(key)
    problems.push({
      file: source.file,
      ...pos,
      severity: 'error',
      rule: 'schema',
      message: msg.text
    })
  }
  return problems
}
