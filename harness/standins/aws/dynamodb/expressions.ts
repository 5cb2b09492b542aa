// DynamoDB's expression languages for the DynamoDB stand-in: condition (and filter and key
// condition), update and projection expressions, parsed and evaluated as DynamoDB does.
//
// Why a parser of its own: no well-kept npm package parses DynamoDB expressions. The expression
// packages (@aws/dynamodb-expressions and its forks, @tuplo/dynoexpr, dynamodb-update-expression)
// build expressions rather than read them, and the parsers that exist live inside whole emulators
// (dynalite's PEG grammar, DynamoDB Local). So this is a small recursive-descent parser that
// answers with DynamoDB's own ValidationException messages.
//
// Grammar (keywords in any case; function names lowercase, as DynamoDB requires):
//   condition  := and (OR and)*          and := not (AND not)*          not := NOT not | primary
//   primary    := '(' condition ')' | operand comparator operand | operand BETWEEN operand AND
//                 operand | operand IN '(' operand (',' operand)* ')' | function
//   comparator := = | <> | < | <= | > | >=
//   operand    := path | :value | size(path)
//   function   := attribute_exists(path) | attribute_not_exists(path) | attribute_type(path, :t)
//                 | begins_with(path, operand) | contains(path, operand)
//   path       := (name | #name) ('.' (name | #name) | '[' digits ']')*
//   update     := (SET set (',' set)* | REMOVE path (',' path)* | ADD path :value (',' …)*
//                 | DELETE path :value (',' …)*)+             each section at most once
//   set        := path '=' value        value := operand' (('+' | '-') operand')?
//   operand'   := path | :value | if_not_exists(path, operand') | list_append(operand', operand')
//   projection := path (',' path)*
// Errors come in DynamoDB's order: syntax, reserved words used as names, unknown functions,
// repeated update sections, undefined #names, undefined :values, then the checks of operators and
// functions (operand counts and types, document paths, BETWEEN bounds, IN's 100 operands,
// redundant parentheses, overlapping or conflicting update paths).
import { RESERVED_WORDS } from './reserved.js'
import {
  addNumbers,
  compareValues,
  describePath,
  quoteValue,
  sizeOf,
  TYPE_NAMES,
  typeOf,
  validation,
  valueAt,
  valuesEqual,
  type AttributeValue,
  type Item,
  type Path
} from './values.js'

export type ExpressionKind =
  | 'ConditionExpression'
  | 'UpdateExpression'
  | 'KeyConditionExpression'
  | 'FilterExpression'
  | 'ProjectionExpression'

/** What the expressions of one request may refer to, and what they did refer to. */
export interface Placeholders {
  names: Record<string, string>
  values: Record<string, AttributeValue>
  usedNames: Set<string>
  usedValues: Set<string>
}

export interface PathNode {
  kind: 'path'
  path: Path
}
export interface ValueNode {
  kind: 'value'
  value: AttributeValue
}
export interface CallNode {
  kind: 'call'
  name: string
  args: Operand[]
}
export type Operand = PathNode | ValueNode | CallNode
export type Comparator = '=' | '<>' | '<' | '<=' | '>' | '>='

export type Condition =
  | { kind: 'or' | 'and'; left: Condition; right: Condition }
  | { kind: 'not'; condition: Condition }
  | { kind: 'group'; condition: Condition }
  | { kind: 'compare'; op: Comparator; left: Operand; right: Operand }
  | { kind: 'between'; subject: Operand; low: Operand; high: Operand }
  | { kind: 'in'; subject: Operand; list: Operand[] }
  | { kind: 'function'; call: CallNode }

export type SetValue = Operand | { kind: 'arith'; op: '+' | '-'; left: Operand; right: Operand }

export interface Update {
  set: { path: Path; value: SetValue }[]
  remove: Path[]
  add: { path: Path; value: AttributeValue }[]
  delete: { path: Path; value: AttributeValue }[]
  /** Every action's path, in the order written. */
  paths: Path[]
}

// --- tokens ----------------------------------------------------------------------------------

type TokenType = 'word' | 'name' | 'value' | 'number' | 'punct' | 'bad' | 'eof'
interface Token {
  type: TokenType
  text: string
  start: number
  end: number
}

const PATTERNS: readonly [TokenType, RegExp][] = [
  ['word', /[A-Za-z][A-Za-z0-9_]*/y],
  ['name', /#[A-Za-z0-9_]+/y],
  ['value', /:[A-Za-z0-9_]+/y],
  ['number', /\d+/y],
  ['punct', /<>|<=|>=|[<>=()[\],.+-]/y]
]

function tokenize(source: string): Token[] {
  const tokens: Token[] = []
  let i = 0
  while (i < source.length) {
    const rest = source.slice(i)
    const space = /^\s+/.exec(rest)
    if (space) {
      i += space[0].length
      continue
    }
    let token: Token | undefined
    for (const [type, pattern] of PATTERNS) {
      pattern.lastIndex = i
      const match = pattern.exec(source)
      if (match) {
        token = { type, text: match[0], start: i, end: i + match[0].length }
        break
      }
    }
    const bad = String.fromCodePoint(source.codePointAt(i) ?? 0)
    token ??= { type: 'bad', text: bad, start: i, end: i + bad.length }
    tokens.push(token)
    i = token.end
  }
  tokens.push({ type: 'eof', text: '<EOF>', start: source.length, end: source.length })
  return tokens
}

// --- parsing ---------------------------------------------------------------------------------

const KEYWORDS = new Set(['AND', 'OR', 'NOT', 'BETWEEN', 'IN', 'SET', 'REMOVE', 'ADD', 'DELETE'])
const COMPARATORS: readonly string[] = ['=', '<>', '<', '<=', '>', '>=']
const ARITY: Record<string, number> = {
  attribute_exists: 1,
  attribute_not_exists: 1,
  attribute_type: 2,
  begins_with: 2,
  contains: 2,
  size: 1,
  if_not_exists: 2,
  list_append: 2
}
const BOOLEAN_FUNCTIONS = new Set([
  'attribute_exists',
  'attribute_not_exists',
  'attribute_type',
  'begins_with',
  'contains'
])
const UPDATE_FUNCTIONS = new Set(['if_not_exists', 'list_append'])
/** Functions whose first operand must be a document path. */
const PATH_FUNCTIONS = new Set([...BOOLEAN_FUNCTIONS, 'size', 'if_not_exists'])
const ATTRIBUTE_TYPES = ['B', 'NULL', 'SS', 'BOOL', 'L', 'BS', 'N', 'NS', 'S', 'M']

/** The first problem of each kind met while parsing, reported in DynamoDB's order. */
interface Issues {
  reserved?: string
  func?: string
  section?: string
  name?: string
  value?: string
}

class Parser {
  private readonly tokens: Token[]
  private readonly eof: Token
  private i = 0
  readonly issues: Issues = {}

  constructor(
    private readonly source: string,
    private readonly kind: ExpressionKind,
    private readonly placeholders: Placeholders
  ) {
    this.tokens = tokenize(source)
    this.eof = { type: 'eof', text: '<EOF>', start: source.length, end: source.length }
  }

  private token(offset = 0): Token {
    return this.tokens[this.i + offset] ?? this.eof
  }

  atEnd = () => this.token().type === 'eof'

  private isPunct(text: string, offset = 0): boolean {
    const token = this.token(offset)
    return token.type === 'punct' && token.text === text
  }

  private isWord(word: string): boolean {
    const token = this.token()
    return token.type === 'word' && token.text.toUpperCase() === word
  }

  /** DynamoDB's syntax error at the current token: the token and the text around it. */
  syntaxError(): never {
    const token = this.token()
    const before = this.tokens[Math.max(this.i - 1, 0)] ?? token
    const after = token.type === 'eof' ? token : this.token(1)
    const near = this.source.slice(before.start, after.end)
    throw validation(`Invalid ${this.kind}: Syntax error; token: "${token.text}", near: "${near}"`)
  }

  private expectPunct(text: string): void {
    if (!this.isPunct(text)) this.syntaxError()
    this.i++
  }

  private resolveName(token: Token): string {
    if (token.type === 'name') {
      const name = this.placeholders.names[token.text]
      if (name === undefined) {
        this.issues.name ??=
          `An expression attribute name used in the document path is not defined; ` +
          `attribute name: ${token.text}`
        return token.text
      }
      this.placeholders.usedNames.add(token.text)
      return name
    }
    if (RESERVED_WORDS.has(token.text.toUpperCase()))
      this.issues.reserved ??= `Attribute name is a reserved keyword; reserved keyword: ${token.text}`
    return token.text
  }

  private nameStep(): string {
    const token = this.token()
    const word = token.type === 'word' && !KEYWORDS.has(token.text.toUpperCase())
    if (!word && token.type !== 'name') this.syntaxError()
    this.i++
    return this.resolveName(token)
  }

  path(): PathNode {
    const path: (string | number)[] = [this.nameStep()]
    for (;;) {
      if (this.isPunct('.')) {
        this.i++
        path.push(this.nameStep())
      } else if (this.isPunct('[')) {
        this.i++
        const index = this.token()
        if (index.type !== 'number') this.syntaxError()
        this.i++
        this.expectPunct(']')
        path.push(Number(index.text))
      } else return { kind: 'path', path }
    }
  }

  private value(): ValueNode {
    const token = this.token()
    if (token.type !== 'value') this.syntaxError()
    this.i++
    const value = this.placeholders.values[token.text]
    if (value === undefined) {
      this.issues.value ??=
        `An expression attribute value used in expression is not defined; ` +
        `attribute value: ${token.text}`
      return { kind: 'value', value: { NULL: true } }
    }
    this.placeholders.usedValues.add(token.text)
    return { kind: 'value', value }
  }

  operand(): Operand {
    const token = this.token()
    if (token.type === 'value') return this.value()
    if (token.type === 'word' && this.isPunct('(', 1)) {
      this.i += 2
      const args = [this.operand()]
      while (this.isPunct(',')) {
        this.i++
        args.push(this.operand())
      }
      this.expectPunct(')')
      if (!Object.hasOwn(ARITY, token.text))
        this.issues.func ??= `Invalid function name; function: ${token.text}`
      return { kind: 'call', name: token.text, args }
    }
    return this.path()
  }

  condition(): Condition {
    let left = this.and()
    while (this.isWord('OR')) {
      this.i++
      left = { kind: 'or', left, right: this.and() }
    }
    return left
  }

  private and(): Condition {
    let left = this.not()
    while (this.isWord('AND')) {
      this.i++
      left = { kind: 'and', left, right: this.not() }
    }
    return left
  }

  private not(): Condition {
    if (!this.isWord('NOT')) return this.primary()
    this.i++
    return { kind: 'not', condition: this.not() }
  }

  private primary(): Condition {
    if (this.isPunct('(')) {
      this.i++
      const condition = this.condition()
      this.expectPunct(')')
      return { kind: 'group', condition }
    }
    const subject = this.operand()
    const token = this.token()
    if (token.type === 'punct' && COMPARATORS.includes(token.text)) {
      this.i++
      return { kind: 'compare', op: token.text as Comparator, left: subject, right: this.operand() }
    }
    if (this.isWord('BETWEEN')) {
      this.i++
      const low = this.operand()
      if (!this.isWord('AND')) this.syntaxError()
      this.i++
      return { kind: 'between', subject, low, high: this.operand() }
    }
    if (this.isWord('IN')) {
      this.i++
      this.expectPunct('(')
      const list = [this.operand()]
      while (this.isPunct(',')) {
        this.i++
        list.push(this.operand())
      }
      this.expectPunct(')')
      return { kind: 'in', subject, list }
    }
    if (subject.kind === 'call') return { kind: 'function', call: subject }
    this.syntaxError()
  }

  update(): Update {
    const update: Update = { set: [], remove: [], add: [], delete: [], paths: [] }
    const seen = new Set<string>()
    while (!this.atEnd()) {
      const token = this.token()
      const section = token.type === 'word' ? token.text.toUpperCase() : ''
      if (!['SET', 'REMOVE', 'ADD', 'DELETE'].includes(section)) this.syntaxError()
      this.i++
      if (seen.has(section))
        this.issues.section ??= `The "${section}" section can only be used once in an update expression;`
      seen.add(section)
      for (;;) {
        const { path } = this.path()
        update.paths.push(path)
        if (section === 'SET') {
          this.expectPunct('=')
          update.set.push({ path, value: this.setValue() })
        } else if (section === 'REMOVE') update.remove.push(path)
        else if (section === 'ADD') update.add.push({ path, value: this.value().value })
        else update.delete.push({ path, value: this.value().value })
        if (!this.isPunct(',')) break
        this.i++
      }
    }
    return update
  }

  private setValue(): SetValue {
    const left = this.operand()
    const token = this.token()
    if (token.type !== 'punct' || (token.text !== '+' && token.text !== '-')) return left
    this.i++
    return { kind: 'arith', op: token.text, left, right: this.operand() }
  }

  projection(): Path[] {
    const paths = [this.path().path]
    while (this.isPunct(',')) {
      this.i++
      paths.push(this.path().path)
    }
    return paths
  }

  /** Throws the first problem parsing found, in DynamoDB's order. */
  report(): void {
    const { reserved, func, section, name, value } = this.issues
    const first = reserved ?? func ?? section ?? name ?? value
    if (first !== undefined) throw validation(`Invalid ${this.kind}: ${first}`)
  }
}

function parse<T>(
  kind: ExpressionKind,
  source: string,
  placeholders: Placeholders,
  rule: (parser: Parser) => T
): T {
  if (source.trim() === '') throw validation(`Invalid ${kind}: The expression can not be empty;`)
  const parser = new Parser(source, kind, placeholders)
  const result = rule(parser)
  if (!parser.atEnd()) parser.syntaxError()
  parser.report()
  return result
}

// --- checks of operators and functions -------------------------------------------------------

type Position = 'condition' | 'operand' | 'update'

function checkCall(kind: ExpressionKind, call: CallNode, position: Position): void {
  const { name, args } = call
  const fail = (message: string): never => {
    throw validation(`Invalid ${kind}: ${message}`)
  }
  if (kind === 'UpdateExpression' && !UPDATE_FUNCTIONS.has(name))
    fail(`The function is not allowed in an update expression; function: ${name}`)
  if (kind !== 'UpdateExpression' && UPDATE_FUNCTIONS.has(name))
    fail(`The function is not allowed in a condition expression; function: ${name}`)
  if ((position === 'condition') !== BOOLEAN_FUNCTIONS.has(name))
    fail(`The function is not allowed to be used this way in an expression; function: ${name}`)
  if (args.length !== ARITY[name])
    fail(
      `Incorrect number of operands for operator or function; operator or function: ${name}, ` +
        `number of operands: ${args.length}`
    )
  if (PATH_FUNCTIONS.has(name) && args[0]?.kind !== 'path')
    fail(`Operator or function requires a document path; operator or function: ${name}`)
  const constantType = (operand: Operand | undefined) =>
    operand?.kind === 'value' ? typeOf(operand.value) : undefined
  const wrongType = (type: string) =>
    fail(
      `Incorrect operand type for operator or function; operator or function: ${name}, ` +
        `operand type: ${type}`
    )
  const second = constantType(args[1])
  if (name === 'attribute_type' && second !== undefined) {
    if (second !== 'S') wrongType(second)
    const type = args[1]?.kind === 'value' ? (args[1].value.S ?? '') : ''
    if (!ATTRIBUTE_TYPES.includes(type))
      fail(
        `Invalid attribute type name found; type: ${type}, valid types: { ${ATTRIBUTE_TYPES.join(',')} }`
      )
  }
  if (name === 'begins_with' && second !== undefined && second !== 'S' && second !== 'B')
    wrongType(second)
  if (name === 'list_append')
    for (const arg of args) {
      const type = constantType(arg)
      if (type !== undefined && type !== 'L') wrongType(type)
    }
  for (const arg of args)
    checkOperand(kind, arg, kind === 'UpdateExpression' ? 'update' : 'operand')
}

function checkOperand(kind: ExpressionKind, operand: Operand, position: Position): void {
  if (operand.kind === 'call') checkCall(kind, operand, position)
}

function checkCondition(kind: ExpressionKind, condition: Condition): void {
  const fail = (message: string): never => {
    throw validation(`Invalid ${kind}: ${message}`)
  }
  switch (condition.kind) {
    case 'or':
    case 'and':
      checkCondition(kind, condition.left)
      checkCondition(kind, condition.right)
      return
    case 'not':
      checkCondition(kind, condition.condition)
      return
    case 'group':
      if (condition.condition.kind === 'group') fail('The expression has redundant parentheses;')
      checkCondition(kind, condition.condition)
      return
    case 'function':
      checkCall(kind, condition.call, 'condition')
      return
    case 'compare': {
      const { op, left, right } = condition
      for (const operand of [left, right]) {
        checkOperand(kind, operand, 'operand')
        const type = operand.kind === 'value' ? typeOf(operand.value) : undefined
        if (op !== '=' && op !== '<>' && type !== undefined && !['S', 'N', 'B'].includes(type))
          fail(
            `Incorrect operand type for operator or function; operator or function: ${op}, ` +
              `operand type: ${type}`
          )
      }
      return
    }
    case 'between': {
      const { subject, low, high } = condition
      for (const operand of [subject, low, high]) checkOperand(kind, operand, 'operand')
      if (low.kind !== 'value' || high.kind !== 'value') return
      const bounds =
        `lower bound operand: ${quoteValue(low.value)}, ` +
        `upper bound operand: ${quoteValue(high.value)}`
      if (typeOf(low.value) !== typeOf(high.value))
        fail(`The BETWEEN operator requires same data type for lower and upper bounds; ${bounds}`)
      if ((compareValues(low.value, high.value) ?? 0) > 0)
        fail(
          `The BETWEEN operator requires upper bound to be greater than or equal to lower bound; ${bounds}`
        )
      return
    }
    case 'in':
      for (const operand of [condition.subject, ...condition.list])
        checkOperand(kind, operand, 'operand')
      if (condition.list.length > 100)
        fail(
          `The IN operator is provided with too many operands; number of operands: ${condition.list.length}`
        )
      return
  }
}

const startsWith = (path: Path, prefix: Path) =>
  prefix.length <= path.length && prefix.every((step, i) => step === path[i])

/** Two paths conflict when one indexes a list where the other names a map key. */
function conflict(a: Path, b: Path): boolean {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const [x, y] = [a[i], b[i]]
    if (x === y) continue
    return typeof x !== typeof y
  }
  return false
}

function checkUpdatePaths(paths: readonly Path[]): void {
  const pairs = paths.flatMap((later, j) => paths.slice(0, j).map((earlier) => [earlier, later]))
  const message = (what: string, [one, two]: Path[]) =>
    `Invalid UpdateExpression: Two document paths ${what} with each other; must remove or rewrite ` +
    `one of these paths; path one: ${describePath(one ?? [])}, path two: ${describePath(two ?? [])}`
  const overlapping = pairs.find(([a = [], b = []]) => startsWith(a, b) || startsWith(b, a))
  if (overlapping) throw validation(message('overlap', overlapping))
  const conflicting = pairs.find(([a = [], b = []]) => conflict(a, b))
  if (conflicting) throw validation(message('conflict', conflicting))
}

function checkUpdate(update: Update): void {
  const kind = 'UpdateExpression'
  for (const { value } of update.set) {
    if (value.kind !== 'arith') {
      checkOperand(kind, value, 'update')
      continue
    }
    for (const operand of [value.left, value.right]) {
      checkOperand(kind, operand, 'update')
      if (operand.kind === 'value' && typeOf(operand.value) !== 'N')
        throw validation(
          `Invalid UpdateExpression: Incorrect operand type for operator or function; ` +
            `operator or function: ${value.op}, operand type: ${typeOf(operand.value)}`
        )
    }
  }
  const operandType = (operator: string, value: AttributeValue, allowed: readonly string[]) => {
    if (!allowed.includes(typeOf(value)))
      throw validation(
        `Invalid UpdateExpression: Incorrect operand type for operator or function; ` +
          `operator: ${operator}, operand type: ${TYPE_NAMES[typeOf(value)]}`
      )
  }
  for (const { value } of update.add) operandType('ADD', value, ['N', 'SS', 'NS', 'BS'])
  for (const { value } of update.delete) operandType('DELETE', value, ['SS', 'NS', 'BS'])
  checkUpdatePaths(update.paths)
}

// --- entry points ----------------------------------------------------------------------------

/** A condition, filter or key condition expression, checked as DynamoDB checks it. */
export function parseCondition(
  kind: 'ConditionExpression' | 'FilterExpression' | 'KeyConditionExpression',
  source: string,
  placeholders: Placeholders
): Condition {
  const condition = parse(kind, source, placeholders, (p) => p.condition())
  checkCondition(kind, condition)
  return condition
}

export function parseUpdate(source: string, placeholders: Placeholders): Update {
  const update = parse('UpdateExpression', source, placeholders, (p) => p.update())
  checkUpdate(update)
  return update
}

export function parseProjection(source: string, placeholders: Placeholders): Path[] {
  return parse('ProjectionExpression', source, placeholders, (p) => p.projection())
}

// --- evaluation ------------------------------------------------------------------------------

function operandValue(operand: Operand, item: Item): AttributeValue | undefined {
  switch (operand.kind) {
    case 'value':
      return operand.value
    case 'path':
      return valueAt(item, operand.path)
    case 'call': {
      // size() is the only function a checked condition uses as an operand.
      const [arg] = operand.args
      const value = arg?.kind === 'path' ? valueAt(item, arg.path) : undefined
      const size = value && sizeOf(value)
      return size === undefined ? undefined : { N: String(size) }
    }
  }
}

const ORDER: Record<Exclude<Comparator, '=' | '<>'>, (order: number) => boolean> = {
  '<': (o) => o < 0,
  '<=': (o) => o <= 0,
  '>': (o) => o > 0,
  '>=': (o) => o >= 0
}

function contains(container: AttributeValue, operand: AttributeValue): boolean {
  switch (typeOf(container)) {
    case 'S':
      return operand.S !== undefined && (container.S ?? '').includes(operand.S)
    case 'SS':
    case 'NS':
    case 'BS':
      return setMembers(container).some((member) => valuesEqual(member, operand))
    case 'L':
      return (container.L ?? []).some((element) => valuesEqual(element, operand))
    default:
      return false
  }
}

function callHolds(call: CallNode, item: Item): boolean {
  const [first, second] = call.args.map((arg) => operandValue(arg, item))
  switch (call.name) {
    case 'attribute_exists':
      return first !== undefined
    case 'attribute_not_exists':
      return first === undefined
    case 'attribute_type':
      return first !== undefined && typeOf(first) === second?.S
    case 'begins_with': {
      if (first?.S !== undefined && second?.S !== undefined) return first.S.startsWith(second.S)
      if (first?.B === undefined || second?.B === undefined) return false
      const prefix = Buffer.from(second.B, 'base64')
      return Buffer.from(first.B, 'base64').subarray(0, prefix.length).equals(prefix)
    }
    case 'contains':
      return first !== undefined && second !== undefined && contains(first, second)
    default:
      return false
  }
}

/**
 * Whether `condition` holds for `item` (an absent item is the empty one). A comparison with a
 * missing attribute is false, except `<>`, which holds; ordering holds only between two numbers,
 * two strings or two binaries.
 */
export function holds(condition: Condition, item: Item | undefined): boolean {
  const it = item ?? {}
  switch (condition.kind) {
    case 'or':
      return holds(condition.left, it) || holds(condition.right, it)
    case 'and':
      return holds(condition.left, it) && holds(condition.right, it)
    case 'not':
      return !holds(condition.condition, it)
    case 'group':
      return holds(condition.condition, it)
    case 'function':
      return callHolds(condition.call, it)
    case 'compare': {
      const left = operandValue(condition.left, it)
      const right = operandValue(condition.right, it)
      const equal = left !== undefined && right !== undefined && valuesEqual(left, right)
      if (condition.op === '=') return equal
      if (condition.op === '<>') return !equal
      const order = left && right && compareValues(left, right)
      return order !== undefined && ORDER[condition.op](order)
    }
    case 'between': {
      const [subject, low, high] = [condition.subject, condition.low, condition.high].map((o) =>
        operandValue(o, it)
      )
      if (!subject || !low || !high) return false
      const above = compareValues(low, subject)
      const below = compareValues(subject, high)
      return above !== undefined && below !== undefined && above <= 0 && below <= 0
    }
    case 'in': {
      const subject = operandValue(condition.subject, it)
      return (
        subject !== undefined &&
        condition.list.some((o) => {
          const candidate = operandValue(o, it)
          return candidate !== undefined && valuesEqual(subject, candidate)
        })
      )
    }
  }
}

/** Every document path a condition reads. */
export function pathsOf(condition: Condition): Path[] {
  const ofOperand = (operand: Operand): Path[] =>
    operand.kind === 'path'
      ? [operand.path]
      : operand.kind === 'call'
        ? operand.args.flatMap(ofOperand)
        : []
  switch (condition.kind) {
    case 'or':
    case 'and':
      return [...pathsOf(condition.left), ...pathsOf(condition.right)]
    case 'not':
    case 'group':
      return pathsOf(condition.condition)
    case 'function':
      return ofOperand(condition.call)
    case 'compare':
      return [...ofOperand(condition.left), ...ofOperand(condition.right)]
    case 'between':
      return [condition.subject, condition.low, condition.high].flatMap(ofOperand)
    case 'in':
      return [condition.subject, ...condition.list].flatMap(ofOperand)
  }
}

// --- updates ---------------------------------------------------------------------------------

const incorrectType = () =>
  validation('An operand in the update expression has an incorrect data type')
const invalidPath = () =>
  validation('The document path provided in the update expression is invalid for update')

function updateOperand(operand: Operand, before: Item): AttributeValue {
  switch (operand.kind) {
    case 'value':
      return operand.value
    case 'path': {
      const value = valueAt(before, operand.path)
      if (!value)
        throw validation(
          'The provided expression refers to an attribute that does not exist in the item'
        )
      return value
    }
    case 'call': {
      const [first, second] = operand.args
      if (!first || !second) throw incorrectType()
      if (operand.name === 'if_not_exists') {
        const existing = first.kind === 'path' ? valueAt(before, first.path) : undefined
        return existing ?? updateOperand(second, before)
      }
      const [a, b] = [updateOperand(first, before), updateOperand(second, before)]
      if (!a.L || !b.L) throw incorrectType()
      return { L: [...structuredClone(a.L), ...structuredClone(b.L)] }
    }
  }
}

function setValueOf(value: SetValue, before: Item): AttributeValue {
  if (value.kind !== 'arith') return structuredClone(updateOperand(value, before))
  const [a, b] = [updateOperand(value.left, before), updateOperand(value.right, before)]
  if (a.N === undefined || b.N === undefined) throw incorrectType()
  return { N: addNumbers(a.N, b.N, value.op === '-') }
}

/** The map or list holding the last step of `path`, if it is of the kind that step needs. */
function parentOf(item: Item, path: Path): AttributeValue | undefined {
  const parent = path.length === 1 ? { M: item } : valueAt(item, path.slice(0, -1))
  const last = path[path.length - 1]
  if (typeof last === 'number') return parent?.L ? parent : undefined
  return parent?.M ? parent : undefined
}

function setAt(item: Item, path: Path, value: AttributeValue): void {
  const parent = parentOf(item, path)
  const last = path[path.length - 1]
  if (typeof last === 'number' && parent?.L) {
    if (last >= parent.L.length) parent.L.push(value)
    else parent.L[last] = value
  } else if (typeof last === 'string' && parent?.M) parent.M[last] = value
  else throw invalidPath()
}

function removeAt(item: Item, path: Path): void {
  const parent = parentOf(item, path)
  const last = path[path.length - 1]
  if (typeof last === 'number') parent?.L?.splice(last, 1)
  else if (typeof last === 'string' && parent?.M) Reflect.deleteProperty(parent.M, last)
}

function setMembers(value: AttributeValue): AttributeValue[] {
  return [
    ...(value.SS ?? []).map((S) => ({ S })),
    ...(value.NS ?? []).map((N) => ({ N })),
    ...(value.BS ?? []).map((B) => ({ B }))
  ]
}

function asSet(tag: 'SS' | 'NS' | 'BS', members: AttributeValue[]): AttributeValue {
  const texts = members.map((m) => m.S ?? m.N ?? m.B ?? '')
  return tag === 'SS' ? { SS: texts } : tag === 'NS' ? { NS: texts } : { BS: texts }
}

/**
 * The item `update` makes of `old` (absent: the item is created from `key`), every operand read
 * from the item as it was: SET values first, then REMOVE (list elements by their original
 * positions), ADD (numbers add up, sets unite; a missing attribute starts from the operand) and
 * DELETE (a set left empty disappears). Throws DynamoDB's errors for operands that do not exist
 * or have the wrong type and for document paths the item does not have.
 */
export function applyUpdate(update: Update, old: Item | undefined, key: Item): Item {
  const before = old ?? key
  for (const path of update.paths)
    if (path.length > 1 && !parentOf(before, path)) throw invalidPath()
  const item = structuredClone(before)
  const sets = update.set.map(({ path, value }) => [path, setValueOf(value, before)] as const)
  for (const [path, value] of sets) setAt(item, path, value)
  // Later list positions first, so each REMOVE names the element it named in the original list.
  const removals = [...update.remove].sort((a, b) => {
    const [x, y] = [a[a.length - 1], b[b.length - 1]]
    return typeof x === 'number' && typeof y === 'number' ? y - x : 0
  })
  for (const path of removals) removeAt(item, path)
  for (const { path, value } of update.add) {
    const current = valueAt(item, path)
    if (!current) {
      setAt(item, path, structuredClone(value))
      continue
    }
    const tag = typeOf(value)
    if (tag === 'N') {
      if (current.N === undefined) throw incorrectType()
      setAt(item, path, { N: addNumbers(current.N, value.N ?? '0') })
    } else if (tag === 'SS' || tag === 'NS' || tag === 'BS') {
      if (typeOf(current) !== tag) throw incorrectType()
      const members = setMembers(current)
      for (const m of setMembers(value))
        if (!members.some((x) => valuesEqual(x, m))) members.push(m)
      setAt(item, path, asSet(tag, members))
    } else throw incorrectType()
  }
  for (const { path, value } of update.delete) {
    const current = valueAt(item, path)
    if (!current) continue
    const tag = typeOf(value)
    if (typeOf(current) !== tag || (tag !== 'SS' && tag !== 'NS' && tag !== 'BS'))
      throw incorrectType()
    const removed = setMembers(value)
    const left = setMembers(current).filter((m) => !removed.some((x) => valuesEqual(x, m)))
    if (left.length === 0) removeAt(item, path)
    else setAt(item, path, asSet(tag, left))
  }
  return item
}
