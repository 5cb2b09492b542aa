// The parameter constraint subset (type, enum, pattern, lengths, bounds) checked by one pure
// function: catalog validation checks defaults with it, and planning checks proposed values.
import type { Parameter } from '../generated/runbook.js'

const patternCache = new Map<string, RegExp | Error>()

/** A parameter pattern compiled as ajv compiles JSON Schema patterns (ECMAScript, unicode). */
export function compilePattern(pattern: string): RegExp | Error {
  let re = patternCache.get(pattern)
  if (!re) {
    try {
      re = new RegExp(pattern, 'u')
    } catch (error) {
      re = error as Error
    }
    patternCache.set(pattern, re)
  }
  return re
}

function typeMatches(type: Parameter['type'], value: unknown): boolean {
  switch (type) {
    case 'string':
      return typeof value === 'string'
    case 'integer':
      return typeof value === 'number' && Number.isInteger(value)
    case 'number':
      return typeof value === 'number' && Number.isFinite(value)
    case 'boolean':
      return typeof value === 'boolean'
  }
}

/** Why `value` is not acceptable for `param`, or undefined when it is. */
export function checkParameterValue(param: Parameter, value: unknown): string | undefined {
  if (!typeMatches(param.type, value))
    return `must be ${param.type === 'integer' ? 'an' : 'a'} ${param.type}, got ${JSON.stringify(value)}`
  if (param.enum && !param.enum.includes(value as string)) {
    return `must be one of ${param.enum.map((v) => JSON.stringify(v)).join(', ')}, got ${JSON.stringify(value)}`
  }
  if (typeof value === 'string') {
    if (param.pattern !== undefined) {
      const re = compilePattern(param.pattern)
      if (re instanceof Error || !re.test(value))
        return `${JSON.stringify(value)} does not match ${param.pattern}`
    }
    // JSON Schema counts code points, as ajv does; this is not user-facing text segmentation.
    // eslint-disable-next-line @typescript-eslint/no-misused-spread
    const length = [...value].length
    if (param.minLength !== undefined && length < param.minLength)
      return `must be at least ${param.minLength} characters`
    if (param.maxLength !== undefined && length > param.maxLength)
      return `must be at most ${param.maxLength} characters`
  }
  if (typeof value === 'number') {
    if (param.minimum !== undefined && value < param.minimum)
      return `must be >= ${param.minimum}, got ${value}`
    if (param.maximum !== undefined && value > param.maximum)
      return `must be <= ${param.maximum}, got ${value}`
  }
  return undefined
}
