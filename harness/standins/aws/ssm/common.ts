// Shared pieces of the SSM stand-in: the virtual clock, typed reads of the JSON input with the
// service's error shapes, timestamps as SSM writes them, and NextToken pagination.
import { pageOf } from '../paging.js'
import { AwsError } from '../protocol.js'

export const ACCOUNT_ID = '000000000000'

export type Input = Record<string, unknown>
export type Parameters = Record<string, string[]>

export interface Target {
  Key: string
  Values: string[]
}

/** Virtual time in epoch milliseconds: only advance() moves it, so tests never sleep. */
export class Clock {
  #now: number

  constructor(start: number) {
    this.#now = start
  }

  now(): number {
    return this.#now
  }

  advance(ms: number): void {
    if (!Number.isFinite(ms) || ms < 0) throw new Error(`cannot advance the clock by ${ms} ms`)
    this.#now += ms
  }
}

/** JSON 1.1 timestamps are epoch seconds. */
export const epochSeconds = (ms: number): number => ms / 1000
/** GetCommandInvocation's `*DateTime` members are ISO 8601 strings instead. */
export const isoTime = (ms: number): string => new Date(ms).toISOString()

/** SSM's wording for a request that breaks a constraint of the API model. */
export function validationError(member: string, value: unknown, constraint: string): AwsError {
  const shown = value === undefined ? 'null' : `'${JSON.stringify(value)}'`
  return new AwsError(
    'ValidationException',
    `1 validation error detected: Value ${shown} at '${lowerFirst(member)}' failed to satisfy constraint: ${constraint}`
  )
}

/** For inputs the stand-in deliberately does not model: fails loudly (500) instead of lying. */
export function notModelled(what: string): never {
  throw new Error(`the SSM stand-in does not model ${what}`)
}

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1)

function wrongType(member: string, expected: string): AwsError {
  return new AwsError('SerializationException', `${member} must be ${expected}`)
}

export function readString(input: Input, member: string): string | undefined {
  const value = input[member]
  if (value === undefined || value === null) return undefined
  if (typeof value !== 'string') throw wrongType(member, 'a string')
  return value
}

export function requireString(input: Input, member: string): string {
  const value = readString(input, member)
  if (value === undefined) throw validationError(member, undefined, 'Member must not be null')
  return value
}

export function readNumber(input: Input, member: string): number | undefined {
  const value = input[member]
  if (value === undefined || value === null) return undefined
  if (typeof value !== 'number') throw wrongType(member, 'a number')
  return value
}

export function readBoolean(input: Input, member: string): boolean {
  const value = input[member]
  if (value === undefined || value === null) return false
  if (typeof value !== 'boolean') throw wrongType(member, 'a boolean')
  return value
}

export function readObject(input: Input, member: string): Input | undefined {
  const value = input[member]
  if (value === undefined || value === null) return undefined
  if (!isObject(value)) throw wrongType(member, 'an object')
  return value
}

export function readStringList(input: Input, member: string): string[] | undefined {
  const value = input[member]
  if (value === undefined || value === null) return undefined
  if (!Array.isArray(value) || !value.every((v) => typeof v === 'string'))
    throw wrongType(member, 'a list of strings')
  return value
}

export function readObjectList(input: Input, member: string): Input[] | undefined {
  const value = input[member]
  if (value === undefined || value === null) return undefined
  if (!Array.isArray(value) || !value.every(isObject)) throw wrongType(member, 'a list of objects')
  return value
}

export function readParameters(input: Input, member: string): Parameters {
  const map = readObject(input, member) ?? {}
  const parameters: Parameters = {}
  for (const name of Object.keys(map)) {
    parameters[name] = readStringList(map, name) ?? []
  }
  return parameters
}

export function readTargets(input: Input): Target[] | undefined {
  return readObjectList(input, 'Targets')?.map((t) => ({
    Key: requireString(t, 'Key'),
    Values: readStringList(t, 'Values') ?? []
  }))
}

export function checkLength(member: string, value: string | undefined, max: number): void {
  if (value !== undefined && value.length > max)
    throw validationError(member, value, `Member must have length less than or equal to ${max}`)
}

export function checkPattern(member: string, value: string | undefined, pattern: RegExp): void {
  if (value !== undefined && !pattern.test(value))
    throw validationError(
      member,
      value,
      `Member must satisfy regular expression pattern: ${pattern.source}`
    )
}

export const MAX_CONCURRENCY = /^([1-9][0-9]*|[1-9][0-9]%|[1-9]%|100%)$/
export const MAX_ERRORS = /^([1-9][0-9]*|[0]|[1-9][0-9]%|[0-9]%|100%)$/

/** `MaxConcurrency` and `MaxErrors` as given (a count or a percentage, at most 7 characters). */
export function readRateControl(input: Input): { MaxConcurrency?: string; MaxErrors?: string } {
  const maxConcurrency = readString(input, 'MaxConcurrency')
  const maxErrors = readString(input, 'MaxErrors')
  checkLength('MaxConcurrency', maxConcurrency, 7)
  checkPattern('MaxConcurrency', maxConcurrency, MAX_CONCURRENCY)
  checkLength('MaxErrors', maxErrors, 7)
  checkPattern('MaxErrors', maxErrors, MAX_ERRORS)
  return {
    ...(maxConcurrency === undefined ? {} : { MaxConcurrency: maxConcurrency }),
    ...(maxErrors === undefined ? {} : { MaxErrors: maxErrors })
  }
}

/** A filter's timestamp value (`2024-07-07T00:00:00Z`) in epoch ms, or undefined if it is none. */
export function filterTime(value: string): number | undefined {
  if (!/^\d{4}-\d\d-\d\d(T\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:?\d\d)?)?$/.test(value))
    return undefined
  // Without a zone, UTC (as SSM reads it), not this machine's local time.
  const zoned = /T[^Z+-]*$/.test(value) ? `${value}Z` : value
  const ms = Date.parse(zoned)
  return Number.isNaN(ms) ? undefined : ms
}

/** Copies the members present in `input`, optionally under another name (for echoing back). */
export function pick(input: Input, members: readonly string[], rename?: string): Input {
  const out: Input = {}
  for (const m of members) if (input[m] !== undefined) out[rename ?? m] = input[m]
  return out
}

const isObject = (v: unknown): v is Input =>
  typeof v === 'object' && v !== null && !Array.isArray(v)

/** NextToken/MaxResults paging over an in-memory list (see ../paging.ts for the tokens). */
export function paginate<T>(
  items: readonly T[],
  input: Input,
  limits: { min: number; max: number }
): { page: T[]; NextToken?: string } {
  const size = readNumber(input, 'MaxResults') ?? limits.max
  if (size < limits.min || size > limits.max) {
    throw validationError(
      'MaxResults',
      size,
      `Member must have value ${size < limits.min ? `greater than or equal to ${limits.min}` : `less than or equal to ${limits.max}`}`
    )
  }
  const { page, nextToken } = pageOf(items, size, {
    scope: 'offset',
    token: readString(input, 'NextToken'),
    invalid: () => new AwsError('InvalidNextToken', 'The specified token is not valid.')
  })
  return { page, ...(nextToken === undefined ? {} : { NextToken: nextToken }) }
}
