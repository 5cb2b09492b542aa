// EventBridge semantics the bridge relies on, for tests: event pattern matching (exact values,
// prefix, suffix, anything-but, numeric, exists, $or) and the input transformer's substitution.
import { isObject, type Json, type JsonObject } from './cfn.js'

type Leaf = string | number | boolean | null

function leaves(value: Json | undefined): Leaf[] {
  if (value === undefined) return []
  if (Array.isArray(value)) return value.flatMap(leaves)
  return isObject(value) ? [] : [value]
}

function numericMatch(spec: Json[], n: number): boolean {
  for (let i = 0; i < spec.length; i += 2) {
    const op = spec[i]
    const bound = spec[i + 1]
    if (typeof bound !== 'number') throw new Error(`numeric: ${JSON.stringify(spec)} needs numbers`)
    const ok =
      op === '>'
        ? n > bound
        : op === '>='
          ? n >= bound
          : op === '<'
            ? n < bound
            : op === '<='
              ? n <= bound
              : op === '='
                ? n === bound
                : undefined
    if (ok === undefined) throw new Error(`numeric: unknown operator ${JSON.stringify(op)}`)
    if (!ok) return false
  }
  return true
}

/** Whether one value from the event matches one element of a pattern's array. */
function matchOne(matcher: Json, value: Leaf): boolean {
  if (!isObject(matcher)) return matcher === value
  const [op, ...more] = Object.keys(matcher)
  if (op === undefined || more.length > 0)
    throw new Error(`a matcher has exactly one operator: ${JSON.stringify(matcher)}`)
  const arg = matcher[op] ?? null
  switch (op) {
    case 'prefix':
      if (typeof arg !== 'string') throw new Error('prefix takes a string')
      return typeof value === 'string' && value.startsWith(arg)
    case 'suffix':
      if (typeof arg !== 'string') throw new Error('suffix takes a string')
      return typeof value === 'string' && value.endsWith(arg)
    case 'anything-but':
      if (isObject(arg)) return !matchOne(arg, value)
      return !(Array.isArray(arg) ? arg : [arg]).some((x) => x === value)
    case 'numeric':
      if (!Array.isArray(arg)) throw new Error('numeric takes a list')
      return typeof value === 'number' && numericMatch(arg, value)
    default:
      throw new Error(`operator ${op} is not implemented by this matcher`)
  }
}

/**
 * EventBridge's matching: every field of the pattern must match; an array lists the accepted
 * values (any one); an object descends into the event; an event array matches when any element
 * does. `exists` tests presence; `$or` holds alternative sub-patterns.
 */
export function matchesPattern(pattern: JsonObject, event: Json): boolean {
  for (const [key, expected] of Object.entries(pattern)) {
    if (key === '$or') {
      if (!Array.isArray(expected)) throw new Error('$or takes a list of patterns')
      if (!expected.some((alt) => isObject(alt) && matchesPattern(alt, event))) return false
      continue
    }
    const actual = isObject(event) ? event[key] : undefined
    if (isObject(expected)) {
      if (!isObject(actual) || !matchesPattern(expected, actual)) return false
      continue
    }
    if (!Array.isArray(expected))
      throw new Error(`pattern field ${key} must be an array or an object`)
    const existence = expected.find((m) => isObject(m) && 'exists' in m)
    if (isObject(existence)) {
      if ((actual !== undefined) !== existence.exists) return false
      continue
    }
    const values = leaves(actual)
    if (!values.some((v) => expected.some((m) => matchOne(m, v)))) return false
  }
  return true
}

/** The reserved input-transformer variables, for an event delivered now by a named rule. */
export function reservedVariables(event: Json, ruleArn: string): Record<string, string> {
  return {
    // The whole event as JSON: used bare (as a JSON value), never inside quotes.
    'aws.events.event.json': JSON.stringify(event),
    'aws.events.rule-arn': ruleArn,
    'aws.events.rule-name': ruleArn.split('/').pop() ?? '',
    'aws.events.event.ingestion-time': new Date(0).toISOString()
  }
}

/**
 * Fills an InputTemplate like EventBridge does: each `<name>` is a key of the InputPathsMap or
 * a reserved variable, replaced in one pass (values are inserted as they are, never re-scanned).
 */
export function applyInputTemplate(
  template: string,
  event: Json,
  inputPaths: Record<string, string> = {},
  ruleArn = 'arn:aws:events:eu-west-1:111122223333:rule/opsloop-test'
): string {
  if (Object.keys(inputPaths).length > 0)
    throw new Error('InputPathsMap is not used by OpsLoop and not implemented here')
  const reserved = reservedVariables(event, ruleArn)
  return template.replace(/<([A-Za-z0-9_.-]+)>/g, (whole, name: string) => {
    const value = reserved[name]
    if (value === undefined) throw new Error(`InputTemplate uses ${whole}, which is not defined`)
    return value
  })
}
