// DynamoDB attribute values, as the wire's DynamoDB JSON carries them, for the DynamoDB stand-in:
// validation with DynamoDB's messages, numbers as exact decimals (DynamoDB keeps 38 significant
// digits and answers in plain notation: `1E+2` is stored and returned as `100`), equality and
// ordering as conditions use them (strings and binaries by their bytes), item sizes as DynamoDB
// counts them, and document paths (`a.b[2]`) into items.
import { AwsError } from '../protocol.js'

export interface AttributeValue {
  S?: string
  /** A number, as a string. */
  N?: string
  /** Base64. */
  B?: string
  BOOL?: boolean
  NULL?: boolean
  M?: Item
  L?: AttributeValue[]
  SS?: string[]
  NS?: string[]
  BS?: string[]
}
export type Item = Record<string, AttributeValue>
export type TypeTag = 'S' | 'N' | 'B' | 'BOOL' | 'NULL' | 'M' | 'L' | 'SS' | 'NS' | 'BS'
/** A document path: attribute and map key names, and list indexes. */
export type Path = readonly (string | number)[]

const TAGS: readonly TypeTag[] = ['S', 'N', 'B', 'BOOL', 'NULL', 'M', 'L', 'SS', 'NS', 'BS']

export const validation = (message: string) => new AwsError('ValidationException', message)

/** The one type a (validated) value carries. */
export function typeOf(value: AttributeValue): TypeTag {
  return TAGS.find((tag) => value[tag] !== undefined) ?? 'NULL'
}

/** Type names in ADD and DELETE messages (`operand type: STRING`). */
export const TYPE_NAMES: Record<TypeTag, string> = {
  S: 'STRING',
  N: 'NUMBER',
  B: 'BINARY',
  BOOL: 'BOOLEAN',
  NULL: 'NULL',
  M: 'MAP',
  L: 'LIST',
  SS: 'STRING_SET',
  NS: 'NUMBER_SET',
  BS: 'BINARY_SET'
}

// --- numbers ---------------------------------------------------------------------------------

/** An exact decimal: m × 10^e, m without trailing zeros (zero is 0 × 10^0). */
export interface Decimal {
  m: bigint
  e: number
}

const NUMBER = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/

function normalize(m: bigint, e: number): Decimal {
  if (m === 0n) return { m: 0n, e: 0 }
  while (m % 10n === 0n) {
    m /= 10n
    e++
  }
  return { m, e }
}

/** Throws DynamoDB's error for a number it cannot store: too precise, too large or too small. */
function checkRange({ m, e }: Decimal): void {
  if (m === 0n) return
  const digits = (m < 0n ? -m : m).toString().length
  if (digits > 38)
    throw validation('Attempting to store more than 38 significant digits in a Number')
  const magnitude = e + digits - 1
  if (magnitude > 125)
    throw validation(
      'Number overflow. Attempting to store a number with magnitude larger than supported range'
    )
  if (magnitude < -130)
    throw validation(
      'Number underflow. Attempting to store a number with magnitude smaller than supported range'
    )
}

export function parseNumber(text: string): Decimal {
  const match = NUMBER.exec(text)
  const [, sign = '', whole = '', fraction = '', exponent = '0'] = match ?? []
  if (!match || whole + fraction === '')
    throw validation(
      text === ''
        ? 'The parameter cannot be converted to a numeric value'
        : `The parameter cannot be converted to a numeric value: ${text}`
    )
  const m = BigInt(whole + fraction) * (sign === '-' ? -1n : 1n)
  const decimal = normalize(m, Number(exponent) - fraction.length)
  checkRange(decimal)
  return decimal
}

/** Plain notation, as DynamoDB answers: `100`, `0.000001`, `-1.5`. */
export function formatNumber({ m, e }: Decimal): string {
  const sign = m < 0n ? '-' : ''
  const digits = (m < 0n ? -m : m).toString()
  if (e >= 0) return sign + digits + '0'.repeat(e)
  const point = digits.length + e
  return point > 0
    ? `${sign}${digits.slice(0, point)}.${digits.slice(point)}`
    : `${sign}0.${'0'.repeat(-point)}${digits}`
}

export const canonicalNumber = (text: string) => formatNumber(parseNumber(text))

function aligned(a: Decimal, b: Decimal): [bigint, bigint, number] {
  const e = Math.min(a.e, b.e)
  return [a.m * 10n ** BigInt(a.e - e), b.m * 10n ** BigInt(b.e - e), e]
}

export function compareNumbers(a: string, b: string): number {
  const [x, y] = aligned(parseNumber(a), parseNumber(b))
  return x < y ? -1 : x > y ? 1 : 0
}

/** a + b (or a - b), exactly, refused as DynamoDB refuses a result it cannot store. */
export function addNumbers(a: string, b: string, subtract = false): string {
  const [x, y, e] = aligned(parseNumber(a), parseNumber(b))
  const sum = normalize(subtract ? x - y : x + y, e)
  checkRange(sum)
  return formatNumber(sum)
}

// --- validation ------------------------------------------------------------------------------

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)

const invalid = (what: string) => validation(`One or more parameter values were invalid: ${what}`)

/** Base64 as DynamoDB returns it (what the bytes encode to). */
const canonicalBinary = (text: string) => Buffer.from(text, 'base64').toString('base64')

function stringsOf(value: unknown, tag: string): string[] {
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string'))
    throw new AwsError('SerializationException', `${tag} must be a list of strings`)
  return value as string[]
}

/**
 * `raw` as a stored value: exactly one type, sets neither empty nor with duplicates, numbers
 * DynamoDB can store (kept in plain notation), binaries re-encoded. Throws the ValidationException
 * DynamoDB answers (its message without any `for key` context).
 */
export function validateValue(raw: unknown, depth = 0): AttributeValue {
  if (depth > 32)
    throw validation(
      'Nesting Levels have exceeded supported limits: Attributes in the item have nested levels ' +
        'beyond supported limit'
    )
  const tags = isRecord(raw) ? TAGS.filter((tag) => raw[tag] !== undefined) : []
  if (!isRecord(raw) || tags.length === 0)
    throw validation(
      'Supplied AttributeValue is empty, must contain exactly one of the supported datatypes'
    )
  if (tags.length > 1)
    throw validation(
      'Supplied AttributeValue has more than one datatypes set, must contain exactly one of the ' +
        'supported datatypes'
    )
  const [tag = 'NULL'] = tags
  const value = raw[tag]
  const wrongJson = () => new AwsError('SerializationException', `Unexpected value for ${tag}`)
  switch (tag) {
    case 'S':
      if (typeof value !== 'string') throw wrongJson()
      return { S: value }
    case 'N':
      if (typeof value !== 'string') throw wrongJson()
      return { N: canonicalNumber(value) }
    case 'B':
      if (typeof value !== 'string') throw wrongJson()
      return { B: canonicalBinary(value) }
    case 'BOOL':
      if (typeof value !== 'boolean') throw wrongJson()
      return { BOOL: value }
    case 'NULL':
      if (value !== true) throw invalid('Null attribute value types must have the value of true')
      return { NULL: true }
    case 'M':
      if (!isRecord(value)) throw wrongJson()
      return {
        M: Object.fromEntries(
          Object.entries(value).map(([k, v]) => [k, validateValue(v, depth + 1)])
        )
      }
    case 'L':
      if (!Array.isArray(value)) throw wrongJson()
      return { L: value.map((v) => validateValue(v, depth + 1)) }
    case 'SS': {
      const members = stringsOf(value, tag)
      if (members.length === 0) throw invalid('An string set  may not be empty')
      if (new Set(members).size !== members.length)
        throw invalid(`Input collection [${members.join(', ')}] contains duplicates.`)
      return { SS: [...members] }
    }
    case 'NS': {
      const members = stringsOf(value, tag)
      if (members.length === 0) throw invalid('An number set  may not be empty')
      const numbers = members.map(canonicalNumber)
      if (new Set(numbers).size !== numbers.length)
        throw validation('Input collection contains duplicates')
      return { NS: numbers }
    }
    case 'BS': {
      const members = stringsOf(value, tag)
      if (members.length === 0) throw invalid('Binary sets should not be empty')
      const binaries = members.map(canonicalBinary)
      if (new Set(binaries).size !== binaries.length)
        throw invalid(`Input collection [${members.join(', ')}]of type BS contains duplicates.`)
      return { BS: binaries }
    }
  }
}

/** An item (attribute name → value), validated value by value. */
export function validateItem(raw: unknown): Item {
  if (!isRecord(raw)) throw new AwsError('SerializationException', 'an item must be a JSON object')
  return Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, validateValue(v)]))
}

// --- comparison ------------------------------------------------------------------------------

const bytesOf = (value: AttributeValue): Buffer =>
  value.B !== undefined ? Buffer.from(value.B, 'base64') : Buffer.from(value.S ?? '', 'utf8')

const sameMembers = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((x) => b.includes(x))

/** Whether two values are equal as `=` sees them: same type and value (sets in any order). */
export function valuesEqual(a: AttributeValue, b: AttributeValue): boolean {
  const tag = typeOf(a)
  if (tag !== typeOf(b)) return false
  switch (tag) {
    case 'N':
      return compareNumbers(a.N ?? '0', b.N ?? '0') === 0
    case 'M': {
      const x = a.M ?? {}
      const y = b.M ?? {}
      const keys = Object.keys(x)
      return (
        keys.length === Object.keys(y).length &&
        keys.every((k) => {
          const [u, v] = [x[k], y[k]]
          return u !== undefined && v !== undefined && valuesEqual(u, v)
        })
      )
    }
    case 'L': {
      const x = a.L ?? []
      const y = b.L ?? []
      return (
        x.length === y.length &&
        x.every((u, i) => {
          const v = y[i]
          return v !== undefined && valuesEqual(u, v)
        })
      )
    }
    case 'NS':
      return sameMembers((a.NS ?? []).map(canonicalNumber), (b.NS ?? []).map(canonicalNumber))
    case 'SS':
      return sameMembers(a.SS ?? [], b.SS ?? [])
    case 'BS':
      return sameMembers(a.BS ?? [], b.BS ?? [])
    default:
      return JSON.stringify(a) === JSON.stringify(b)
  }
}

/**
 * The order of two numbers, strings (by UTF-8 bytes) or binaries (by bytes) of the same type,
 * as `<`, BETWEEN and sort keys use it; undefined for any other pair, which no ordering holds for.
 */
export function compareValues(a: AttributeValue, b: AttributeValue): number | undefined {
  const tag = typeOf(a)
  if (tag !== typeOf(b)) return undefined
  if (tag === 'N') return compareNumbers(a.N ?? '0', b.N ?? '0')
  if (tag === 'S' || tag === 'B') return Buffer.compare(bytesOf(a), bytesOf(b))
  return undefined
}

/** `AttributeValue: {S:a}`, as DynamoDB quotes a value in a BETWEEN message. */
export const quoteValue = (value: AttributeValue) => {
  const scalar = value.S ?? value.N ?? value.B ?? JSON.stringify(value[typeOf(value)])
  return `AttributeValue: {${typeOf(value)}:${scalar}}`
}

// --- sizes -----------------------------------------------------------------------------------

const utf8 = (text: string) => Buffer.byteLength(text, 'utf8')

/** A number's size: about one byte per two significant digits, plus one. */
const numberSize = (text: string) => {
  const digits = parseNumber(text).m.toString().replace('-', '').length
  return Math.ceil(digits / 2) + 1
}

/** A value's size as DynamoDB counts it toward the 400 KB item limit. */
export function valueSize(value: AttributeValue): number {
  switch (typeOf(value)) {
    case 'S':
      return utf8(value.S ?? '')
    case 'N':
      return numberSize(value.N ?? '0')
    case 'B':
      return bytesOf(value).length
    case 'BOOL':
    case 'NULL':
      return 1
    case 'M':
      return Object.entries(value.M ?? {}).reduce((n, [k, v]) => n + utf8(k) + valueSize(v) + 1, 3)
    case 'L':
      return (value.L ?? []).reduce((n, v) => n + valueSize(v) + 1, 3)
    case 'SS':
      return (value.SS ?? []).reduce((n, s) => n + utf8(s), 0)
    case 'NS':
      return (value.NS ?? []).reduce((n, s) => n + numberSize(s), 0)
    case 'BS':
      return (value.BS ?? []).reduce((n, s) => n + Buffer.from(s, 'base64').length, 0)
  }
}

export const itemSize = (item: Item) =>
  Object.entries(item).reduce((n, [name, v]) => n + utf8(name) + valueSize(v), 0)

/** `size()`: a string's or binary's length in bytes, a set's, list's or map's member count. */
export function sizeOf(value: AttributeValue): number | undefined {
  switch (typeOf(value)) {
    case 'S':
    case 'B':
      return bytesOf(value).length
    case 'SS':
      return value.SS?.length
    case 'NS':
      return value.NS?.length
    case 'BS':
      return value.BS?.length
    case 'L':
      return value.L?.length
    case 'M':
      return Object.keys(value.M ?? {}).length
    default:
      return undefined
  }
}

// --- document paths ---------------------------------------------------------------------------

/** The value at `path` in `item`, or undefined when any step is missing or of the wrong type. */
export function valueAt(item: Item, path: Path): AttributeValue | undefined {
  let current: AttributeValue | undefined = { M: item }
  for (const step of path) {
    if (current === undefined) return undefined
    current = typeof step === 'number' ? current.L?.[step] : current.M?.[step]
  }
  return current
}

/** `[a, b, [2]]`, as DynamoDB names a path in messages. */
export const describePath = (path: Path) =>
  `[${path.map((step) => (typeof step === 'number' ? `[${step}]` : step)).join(', ')}]`

interface Trie {
  whole: boolean
  children: Map<string | number, Trie>
}

function pick(value: AttributeValue, node: Trie): AttributeValue | undefined {
  if (node.whole) return structuredClone(value)
  const tag = typeOf(value)
  if (tag === 'M') {
    const entries = [...node.children].flatMap(([key, child]) => {
      const member = typeof key === 'string' ? value.M?.[key] : undefined
      const picked = member && pick(member, child)
      return picked ? [[key, picked] as const] : []
    })
    return entries.length > 0 ? { M: Object.fromEntries(entries) } : undefined
  }
  if (tag === 'L') {
    const indexes = [...node.children.keys()]
      .filter((k) => typeof k === 'number')
      .sort((a, b) => a - b)
    const elements = indexes.flatMap((index) => {
      const element = value.L?.[index]
      const child = node.children.get(index)
      const picked = element && child && pick(element, child)
      return picked ? [picked] : []
    })
    return elements.length > 0 ? { L: elements } : undefined
  }
  return undefined
}

/**
 * The parts of `item` that `paths` name, as ProjectionExpression (and UPDATED_OLD / UPDATED_NEW)
 * return them: nested maps keep the named keys, lists the named elements in index order.
 */
export function project(item: Item, paths: readonly Path[]): Item {
  const root: Trie = { whole: false, children: new Map() }
  for (const path of paths) {
    let node = root
    for (const step of path) {
      let child = node.children.get(step)
      if (!child) {
        child = { whole: false, children: new Map() }
        node.children.set(step, child)
      }
      node = child
    }
    node.whole = true
  }
  return pick({ M: item }, root)?.M ?? {}
}
