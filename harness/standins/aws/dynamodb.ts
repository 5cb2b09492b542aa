// DynamoDB stand-in (AWS JSON 1.0, `X-Amz-Target: DynamoDB_20120810.<Operation>`): tables with a
// partition key and an optional sort key (CreateTable, DescribeTable), items (PutItem, GetItem,
// UpdateItem, DeleteItem, BatchWriteItem), Query on the table's key, and time to live
// (UpdateTimeToLive, DescribeTimeToLive). Each request is answered whole before the next is read,
// so conditional writes and counters are atomic as DynamoDB's single-item writes are: of two
// concurrent `attribute_not_exists(pk)` puts exactly one wins, and 50 concurrent `ADD n :one`
// leave 50.
//
// Expressions (ConditionExpression, UpdateExpression, KeyConditionExpression, FilterExpression,
// ProjectionExpression, with ExpressionAttributeNames and ExpressionAttributeValues) are parsed
// and evaluated as DynamoDB does, with its ValidationException messages: see dynamodb/
// expressions.ts for the grammar. Values are validated and numbers kept exact as in
// dynamodb/values.ts. A failed condition is ConditionalCheckFailedException; with
// `ReturnValuesOnConditionCheckFailure: ALL_OLD` the error carries the item
// (ConditionalCheckFailed.item), but the shared server (protocol.ts) sends an error's type and
// message only, so the SDK's exception has no `Item` until it sends extra error members.
//
// Not modelled, and refused loudly rather than ignored: secondary indexes, streams, the legacy
// parameters (Expected, AttributeUpdates, KeyConditions, QueryFilter, AttributesToGet,
// ConditionalOperator). Not modelled and ignored: capacity (nothing is throttled; ConsumedCapacity
// is never returned), item collection metrics, key length limits. Tables are ACTIVE at once
// (CreateTable answers CREATING, as DynamoDB does), and so is TTL (never ENABLING).
//
// Time to live: DynamoDB deletes expired items lazily, typically within days, so an item whose
// TTL attribute (epoch seconds) has passed is still read, queried and matched by conditions until
// a test calls `expireItems()`, which deletes them as the TTL process would (skipping values more
// than five years in the past, which DynamoDB never expires). Code under test must filter expired
// items itself, as it must against DynamoDB.
import {
  applyUpdate,
  holds,
  parseCondition,
  parseProjection,
  parseUpdate,
  pathsOf,
  type Condition,
  type Operand,
  type Placeholders
} from './dynamodb/expressions.js'
import {
  compareValues,
  itemSize,
  project,
  typeOf,
  validateItem,
  validateValue,
  validation,
  valueAt,
  type AttributeValue,
  type Item,
  type Path
} from './dynamodb/values.js'
import { AwsError, jsonTimestamps, type JsonService } from './protocol.js'

export type { AttributeValue, Item } from './dynamodb/values.js'
export type KeyAttributeType = 'S' | 'N' | 'B'

export interface TableSeed {
  name: string
  /** The partition key's name (a string) or name and type. */
  partitionKey: string | { name: string; type: KeyAttributeType }
  sortKey?: string | { name: string; type: KeyAttributeType }
  /** Enables time to live on this attribute, as UpdateTimeToLive would. */
  ttlAttribute?: string
  /** Items in DynamoDB JSON (`{ pk: { S: 'a' }, n: { N: '1' } }`), validated as PutItem would. */
  items?: readonly Item[]
}

export interface DynamoDbOptions {
  tables?: readonly TableSeed[]
  /** Clock for creation times and for `expireItems()`. */
  now?: () => Date
  region?: string
  accountId?: string
}

export interface DynamoDbControl {
  /** Creates a table as CreateTable would (pay per request), ACTIVE at once. */
  createTable(seed: TableSeed): void
  /** Writes an item (DynamoDB JSON), validated as PutItem would; no condition. */
  putItem(table: string, item: Item): void
  /** The item with this key (DynamoDB JSON), as GetItem would return it. */
  item(table: string, key: Item): Item | undefined
  /** Every item of a table, in key order. */
  items(table: string): Item[]
  /** The table's TTL attribute, if time to live is enabled. */
  timeToLive(table: string): string | undefined
  /**
   * Deletes the items whose TTL attribute holds epoch seconds now past (by `now`), in every
   * table with time to live enabled, as DynamoDB's TTL process eventually does; returns how many.
   */
  expireItems(): number
}

/** ConditionalCheckFailedException, with the item when the request asked for ALL_OLD. */
export class ConditionalCheckFailed extends AwsError {
  constructor(readonly item?: Item) {
    super(
      'ConditionalCheckFailedException',
      'The conditional request failed',
      400,
      {},
      item === undefined ? {} : { Item: item }
    )
  }
}

interface KeyAttribute {
  name: string
  type: KeyAttributeType
}

interface Table {
  name: string
  arn: string
  id: string
  hash: KeyAttribute
  range?: KeyAttribute
  attributeDefinitions: { AttributeName: string; AttributeType: KeyAttributeType }[]
  billingMode: 'PAY_PER_REQUEST' | 'PROVISIONED'
  throughput: { read: number; write: number }
  deletionProtection: boolean
  createdAt: Date
  ttl?: string
  items: Map<string, Item>
}

type Input = Record<string, unknown>

const notFound = (message = 'Requested resource not found') =>
  new AwsError('ResourceNotFoundException', message)
const invalidParameter = (what: string) =>
  validation(`One or more parameter values were invalid: ${what}`)
const shown = (value: unknown) =>
  value === undefined
    ? 'null'
    : `'${typeof value === 'string' || typeof value === 'number' ? String(value) : JSON.stringify(value)}'`
const constraint = (value: unknown, member: string, rule: string) =>
  validation(
    `1 validation error detected: Value ${shown(value)} at '${member}' failed to satisfy ` +
      `constraint: ${rule}`
  )
const doesNotMatchSchema = () => validation('The provided key element does not match the schema')

function refuse(message: string): never {
  throw validation(message)
}

const isRecord = (v: unknown): v is Input =>
  typeof v === 'object' && v !== null && !Array.isArray(v)

const RETURN_VALUES = ['ALL_NEW', 'UPDATED_OLD', 'ALL_OLD', 'NONE', 'UPDATED_NEW']
const LEGACY = [
  'Expected',
  'AttributeUpdates',
  'KeyConditions',
  'QueryFilter',
  'AttributesToGet',
  'ConditionalOperator'
]
const MAX_ITEM_BYTES = 400 * 1024
const MAX_PAGE_BYTES = 1024 * 1024
const FIVE_YEARS_SECONDS = 5 * 365 * 24 * 60 * 60

function enumMember<T extends string>(
  input: Input,
  member: string,
  wire: string,
  values: readonly T[]
): T | undefined {
  const value = input[member]
  if (value === undefined) return undefined
  const known = values.find((v) => v === value)
  if (known === undefined)
    throw constraint(value, wire, `Member must satisfy enum value set: [${values.join(', ')}]`)
  return known
}

function stringMember(input: Input, member: string): string | undefined {
  const value = input[member]
  if (value === undefined) return undefined
  if (typeof value !== 'string')
    throw new AwsError('SerializationException', `${member} must be a string`)
  return value
}

function refuseLegacy(input: Input): void {
  const legacy = LEGACY.find((member) => input[member] !== undefined)
  if (legacy !== undefined)
    throw validation(
      `The DynamoDB stand-in does not model the legacy parameter ${legacy}; use expressions`
    )
}

/**
 * The request's ExpressionAttributeNames and ExpressionAttributeValues, checked as DynamoDB checks
 * them before it reads any expression. `expressions` are the expression members the request has;
 * `valueUsers` names them for the message DynamoDB gives values sent with none of them.
 */
function placeholdersOf(
  input: Input,
  expressions: readonly (string | undefined)[],
  valueUsers: string
): Placeholders {
  const names = input.ExpressionAttributeNames
  const values = input.ExpressionAttributeValues
  const any = expressions.some((e) => e !== undefined)
  if (names !== undefined && !any)
    throw validation('ExpressionAttributeNames can only be specified when using expressions')
  if (values !== undefined && !any)
    throw validation(
      `ExpressionAttributeValues can only be specified when using expressions: ${valueUsers}`
    )
  const placeholders: Placeholders = {
    names: {},
    values: {},
    usedNames: new Set(),
    usedValues: new Set()
  }
  if (names !== undefined) {
    if (!isRecord(names) || Object.keys(names).length === 0)
      throw validation('ExpressionAttributeNames must not be empty')
    for (const [key, name] of Object.entries(names)) {
      if (!/^#[A-Za-z0-9_]+$/.test(key))
        throw validation(
          `ExpressionAttributeNames contains invalid key: Syntax error; key: "${key}"`
        )
      placeholders.names[key] = String(name)
    }
  }
  if (values !== undefined) {
    if (!isRecord(values) || Object.keys(values).length === 0)
      throw validation('ExpressionAttributeValues must not be empty')
    for (const [key, value] of Object.entries(values)) {
      if (!/^:[A-Za-z0-9_]+$/.test(key))
        throw validation(
          `ExpressionAttributeValues contains invalid key: Syntax error; key: "${key}"`
        )
      try {
        placeholders.values[key] = validateValue(value)
      } catch (error) {
        if (!(error instanceof AwsError) || error.type !== 'ValidationException') throw error
        throw validation(
          `ExpressionAttributeValues contains invalid value: ${error.message} for key ${key}`
        )
      }
    }
  }
  return placeholders
}

/** DynamoDB refuses names and values no expression of the request used. */
function checkAllUsed(placeholders: Placeholders): void {
  const unused = (all: Record<string, unknown>, used: Set<string>) =>
    Object.keys(all).filter((k) => !used.has(k))
  const names = unused(placeholders.names, placeholders.usedNames)
  if (names.length > 0)
    throw validation(
      `Value provided in ExpressionAttributeNames unused in expressions: keys: {${names.join(', ')}}`
    )
  const values = unused(placeholders.values, placeholders.usedValues)
  if (values.length > 0)
    throw validation(
      `Value provided in ExpressionAttributeValues unused in expressions: keys: {${values.join(', ')}}`
    )
}

const keyAttribute = (key: string | { name: string; type: KeyAttributeType }): KeyAttribute =>
  typeof key === 'string' ? { name: key, type: 'S' } : key

const keyValueOf = (value: AttributeValue | undefined): string =>
  value?.S ?? value?.N ?? value?.B ?? ''

const emptyKey = (name: string, type: KeyAttributeType) =>
  validation(
    'One or more parameter values are not valid. The AttributeValue for a key attribute cannot ' +
      `contain an empty ${type === 'B' ? 'binary' : 'string'} value. Key: ${name}`
  )

export function createDynamoDbService(options: DynamoDbOptions = {}): {
  service: JsonService
  control: DynamoDbControl
} {
  const now = options.now ?? (() => new Date())
  const region = options.region ?? 'us-east-1'
  const accountId = options.accountId ?? '123456789012'
  const tables = new Map<string, Table>()

  const keyAttributes = (table: Table) => (table.range ? [table.hash, table.range] : [table.hash])
  const storageKey = (table: Table, item: Item) =>
    JSON.stringify(keyAttributes(table).map((k) => keyValueOf(item[k.name])))
  const keyOfItem = (table: Table, item: Item): Item =>
    Object.fromEntries(keyAttributes(table).map((k) => [k.name, item[k.name] ?? {}]))

  function findTable(input: Input, missing?: (name: string) => string): Table {
    const raw = input.TableName
    if (raw === undefined) throw constraint(undefined, 'tableName', 'Member must not be null')
    const nameOrArn = typeof raw === 'string' ? raw : JSON.stringify(raw)
    const name =
      /^arn:aws[\w-]*:dynamodb:[^:]*:[^:]*:table\/([^/]+)$/.exec(nameOrArn)?.[1] ?? nameOrArn
    const table = tables.get(name)
    if (!table || (nameOrArn !== name && nameOrArn !== table.arn)) throw notFound(missing?.(name))
    return table
  }

  /** A Key naming exactly the table's key attributes, with values of their types. */
  function checkKey(table: Table, key: Item): void {
    const attributes = keyAttributes(table)
    if (Object.keys(key).length !== attributes.length) throw doesNotMatchSchema()
    for (const { name, type } of attributes) {
      const value = key[name]
      if (!value || typeOf(value) !== type) throw doesNotMatchSchema()
      if (keyValueOf(value) === '') throw emptyKey(name, type)
    }
  }

  /** An item to store has the key attributes, of their types, and not empty. */
  function checkItem(table: Table, item: Item): void {
    for (const { name, type } of keyAttributes(table)) {
      const value = item[name]
      if (!value) throw invalidParameter(`Missing the key ${name} in the item`)
      if (typeOf(value) !== type)
        throw invalidParameter(
          `Type mismatch for key ${name} expected: ${type} actual: ${typeOf(value)}`
        )
      if (keyValueOf(value) === '') throw emptyKey(name, type)
    }
  }

  function conditionOf(input: Input, placeholders: Placeholders): Condition | undefined {
    const source = stringMember(input, 'ConditionExpression')
    return source === undefined
      ? undefined
      : parseCondition('ConditionExpression', source, placeholders)
  }

  /** The request's ReturnValuesOnConditionCheckFailure, checked whether or not it is needed. */
  const onConditionFailure = (input: Input) =>
    enumMember(
      input,
      'ReturnValuesOnConditionCheckFailure',
      'returnValuesOnConditionCheckFailure',
      ['ALL_OLD', 'NONE']
    )

  /** Throws ConditionalCheckFailedException unless `condition` holds for the stored item. */
  function checkCondition(
    condition: Condition | undefined,
    old: Item | undefined,
    onFailure: string | undefined
  ): void {
    if (!condition || holds(condition, old)) return
    throw new ConditionalCheckFailed(
      onFailure === 'ALL_OLD' && old ? structuredClone(old) : undefined
    )
  }

  function returnValues(input: Input, allowed: readonly string[]): string {
    const value = enumMember(input, 'ReturnValues', 'returnValues', RETURN_VALUES) ?? 'NONE'
    if (!allowed.includes(value)) throw validation('ReturnValues can only be ALL_OLD or NONE')
    return value
  }

  const attributes = (item: Item | undefined) =>
    item && Object.keys(item).length > 0 ? { Attributes: structuredClone(item) } : {}

  // --- tables --------------------------------------------------------------------------------

  function addTable(
    name: string,
    hash: KeyAttribute,
    range: KeyAttribute | undefined,
    settings: Partial<Pick<Table, 'billingMode' | 'throughput' | 'deletionProtection'>> = {}
  ): Table {
    if (tables.has(name))
      throw new AwsError('ResourceInUseException', `Table already exists: ${name}`)
    const serial = String(tables.size + 1).padStart(12, '0')
    const table: Table = {
      name,
      arn: `arn:aws:dynamodb:${region}:${accountId}:table/${name}`,
      id: `7ab1e000-0000-4000-8000-${serial}`,
      hash,
      ...(range ? { range } : {}),
      attributeDefinitions: (range ? [hash, range] : [hash]).map((k) => ({
        AttributeName: k.name,
        AttributeType: k.type
      })),
      billingMode: 'PAY_PER_REQUEST',
      throughput: { read: 0, write: 0 },
      deletionProtection: false,
      createdAt: now(),
      items: new Map(),
      ...settings
    }
    tables.set(name, table)
    return table
  }

  function describe(table: Table, status: 'CREATING' | 'ACTIVE') {
    const items = [...table.items.values()]
    return jsonTimestamps({
      TableName: table.name,
      TableArn: table.arn,
      TableId: table.id,
      TableStatus: status,
      KeySchema: keyAttributes(table).map((k, i) => ({
        AttributeName: k.name,
        KeyType: i === 0 ? 'HASH' : 'RANGE'
      })),
      AttributeDefinitions: table.attributeDefinitions,
      CreationDateTime: table.createdAt,
      ItemCount: items.length,
      TableSizeBytes: items.reduce((n, item) => n + itemSize(item), 0),
      ProvisionedThroughput: {
        NumberOfDecreasesToday: 0,
        ReadCapacityUnits: table.throughput.read,
        WriteCapacityUnits: table.throughput.write
      },
      ...(table.billingMode === 'PAY_PER_REQUEST'
        ? {
            BillingModeSummary: {
              BillingMode: 'PAY_PER_REQUEST',
              LastUpdateToPayPerRequestDateTime: table.createdAt
            }
          }
        : {}),
      DeletionProtectionEnabled: table.deletionProtection
    })
  }

  function createTable(input: Input) {
    const name = input.TableName
    if (typeof name !== 'string') throw constraint(name, 'tableName', 'Member must not be null')
    if (name.length < 3 || name.length > 255)
      throw constraint(name, 'tableName', 'Member must have length between 3 and 255')
    if (!/^[a-zA-Z0-9_.-]+$/.test(name))
      throw constraint(
        name,
        'tableName',
        'Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+'
      )
    for (const member of ['GlobalSecondaryIndexes', 'LocalSecondaryIndexes'])
      if (input[member] !== undefined)
        throw validation(`The DynamoDB stand-in does not model secondary indexes (${member})`)
    if (isRecord(input.StreamSpecification) && input.StreamSpecification.StreamEnabled === true)
      throw validation('The DynamoDB stand-in does not model streams')

    const schema = Array.isArray(input.KeySchema) ? (input.KeySchema as unknown[]) : []
    const definitions = Array.isArray(input.AttributeDefinitions)
      ? (input.AttributeDefinitions as unknown[])
      : []
    if (schema.length < 1 || schema.length > 2)
      throw constraint(
        input.KeySchema,
        'keySchema',
        'Member must have length less than or equal to 2'
      )
    const elements = schema.map((e) => ({
      name: isRecord(e) ? String(e.AttributeName) : '',
      type: isRecord(e) ? String(e.KeyType) : ''
    }))
    const [first, second] = elements
    if (first?.type !== 'HASH')
      throw validation('Invalid KeySchema: The first KeySchemaElement is not a HASH key type')
    if (second && second.type !== 'RANGE')
      throw validation('Invalid KeySchema: The second KeySchemaElement is not a RANGE key type')
    if (second && second.name === first.name)
      throw validation(
        'Both the Hash Key and the Range Key element in the KeySchema have the same name'
      )
    const defined = definitions.map((d) => ({
      name: isRecord(d) ? String(d.AttributeName) : '',
      type: isRecord(d) ? String(d.AttributeType) : ''
    }))
    const missing = elements.filter((e) => !defined.some((d) => d.name === e.name))
    if (missing.length > 0)
      throw invalidParameter(
        'Some index key attributes are not defined in AttributeDefinitions. ' +
          `Keys: [${missing.map((m) => m.name).join(', ')}], ` +
          `AttributeDefinitions: [${defined.map((d) => d.name).join(', ')}]`
      )
    if (defined.length !== elements.length)
      throw invalidParameter(
        'Number of attributes in KeySchema does not exactly match number of attributes defined ' +
          'in AttributeDefinitions'
      )
    const keyOf = (element: { name: string }): KeyAttribute => {
      const type = defined.find((d) => d.name === element.name)?.type ?? ''
      if (type !== 'S' && type !== 'N' && type !== 'B')
        throw constraint(
          type,
          'attributeDefinitions.1.member.attributeType',
          'Member must satisfy enum value set: [B, N, S]'
        )
      return { name: element.name, type }
    }

    const billingMode =
      enumMember(input, 'BillingMode', 'billingMode', ['PROVISIONED', 'PAY_PER_REQUEST']) ??
      'PROVISIONED'
    const throughput = isRecord(input.ProvisionedThroughput)
      ? input.ProvisionedThroughput
      : undefined
    if (billingMode === 'PAY_PER_REQUEST' && throughput)
      throw invalidParameter(
        'Neither ReadCapacityUnits nor WriteCapacityUnits can be specified when BillingMode is ' +
          'PAY_PER_REQUEST'
      )
    const read = Number(throughput?.ReadCapacityUnits ?? 0)
    const write = Number(throughput?.WriteCapacityUnits ?? 0)
    if (billingMode === 'PROVISIONED' && (read < 1 || write < 1))
      throw invalidParameter(
        'ReadCapacityUnits and WriteCapacityUnits must both be specified when BillingMode is ' +
          'PROVISIONED'
      )
    const table = addTable(name, keyOf(first), second && keyOf(second), {
      billingMode,
      throughput: { read, write },
      deletionProtection: input.DeletionProtectionEnabled === true
    })
    return { TableDescription: describe(table, 'CREATING') }
  }

  // --- items ---------------------------------------------------------------------------------

  function putItem(input: Input) {
    refuseLegacy(input)
    const returns = returnValues(input, ['NONE', 'ALL_OLD'])
    const onFailure = onConditionFailure(input)
    const item = validateItem(input.Item)
    const condition = stringMember(input, 'ConditionExpression')
    const placeholders = placeholdersOf(input, [condition], 'ConditionExpression is null')
    const parsed = conditionOf(input, placeholders)
    checkAllUsed(placeholders)
    const table = findTable(input)
    checkItem(table, item)
    if (itemSize(item) > MAX_ITEM_BYTES)
      throw validation('Item size has exceeded the maximum allowed size')
    const key = storageKey(table, item)
    const old = table.items.get(key)
    checkCondition(parsed, old, onFailure)
    table.items.set(key, item)
    return returns === 'ALL_OLD' ? attributes(old) : {}
  }

  function getItem(input: Input) {
    refuseLegacy(input)
    const key = validateItem(input.Key)
    const projection = stringMember(input, 'ProjectionExpression')
    const placeholders = placeholdersOf(input, [projection], 'ProjectionExpression is null')
    const paths = projection === undefined ? undefined : parseProjection(projection, placeholders)
    checkAllUsed(placeholders)
    const table = findTable(input)
    checkKey(table, key)
    const item = table.items.get(storageKey(table, key))
    if (!item) return {}
    return { Item: paths ? project(item, paths) : structuredClone(item) }
  }

  function deleteItem(input: Input) {
    refuseLegacy(input)
    const returns = returnValues(input, ['NONE', 'ALL_OLD'])
    const onFailure = onConditionFailure(input)
    const key = validateItem(input.Key)
    const condition = stringMember(input, 'ConditionExpression')
    const placeholders = placeholdersOf(input, [condition], 'ConditionExpression is null')
    const parsed = conditionOf(input, placeholders)
    checkAllUsed(placeholders)
    const table = findTable(input)
    checkKey(table, key)
    const stored = storageKey(table, key)
    const old = table.items.get(stored)
    checkCondition(parsed, old, onFailure)
    table.items.delete(stored)
    return returns === 'ALL_OLD' ? attributes(old) : {}
  }

  function updateItem(input: Input) {
    refuseLegacy(input)
    const returns = returnValues(input, RETURN_VALUES)
    const onFailure = onConditionFailure(input)
    const key = validateItem(input.Key)
    const expression = stringMember(input, 'UpdateExpression')
    const condition = stringMember(input, 'ConditionExpression')
    const placeholders = placeholdersOf(
      input,
      [expression, condition],
      'UpdateExpression and ConditionExpression are null'
    )
    const update = expression === undefined ? undefined : parseUpdate(expression, placeholders)
    const parsed = conditionOf(input, placeholders)
    checkAllUsed(placeholders)
    const table = findTable(input)
    checkKey(table, key)
    const keyNames = keyAttributes(table).map((k) => k.name)
    const keyPath = update?.paths.find((path) => keyNames.includes(String(path[0])))
    if (keyPath)
      throw invalidParameter(
        `Cannot update attribute ${String(keyPath[0])}. This attribute is part of the key`
      )
    const stored = storageKey(table, key)
    const old = table.items.get(stored)
    checkCondition(parsed, old, onFailure)
    const item = update ? applyUpdate(update, old, key) : structuredClone(old ?? key)
    if (itemSize(item) > MAX_ITEM_BYTES)
      throw validation('Item size to update has exceeded the maximum allowed size')
    table.items.set(stored, item)
    const updated: Path[] = update?.paths ?? []
    switch (returns) {
      case 'ALL_OLD':
        return attributes(old)
      case 'ALL_NEW':
        return attributes(item)
      case 'UPDATED_OLD':
        return attributes(old && project(old, updated))
      case 'UPDATED_NEW':
        return attributes(project(item, updated))
      default:
        return {}
    }
  }

  function batchWriteItem(input: Input) {
    const requestItems = isRecord(input.RequestItems) ? input.RequestItems : {}
    const writes = Object.entries(requestItems).flatMap(([tableName, requests]) =>
      (Array.isArray(requests) ? (requests as unknown[]) : []).map((request) => {
        const put =
          isRecord(request) && isRecord(request.PutRequest) ? request.PutRequest : undefined
        const del =
          isRecord(request) && isRecord(request.DeleteRequest) ? request.DeleteRequest : undefined
        if ((put === undefined) === (del === undefined))
          throw validation(
            'A WriteRequest must contain exactly one of PutRequest and DeleteRequest'
          )
        return put
          ? { tableName, put: true, item: validateItem(put.Item) }
          : { tableName, put: false, item: validateItem(del?.Key) }
      })
    )
    if (writes.length === 0)
      throw constraint('{}', 'requestItems', 'Member must have length greater than or equal to 1')
    if (writes.length > 25) throw validation('Too many items requested for the BatchWriteItem call')
    const resolved = writes.map((write) => {
      const table = findTable({ TableName: write.tableName })
      if (write.put) checkItem(table, write.item)
      else checkKey(table, write.item)
      if (itemSize(write.item) > MAX_ITEM_BYTES)
        throw validation('Item size has exceeded the maximum allowed size')
      return { table, stored: storageKey(table, write.item), ...write }
    })
    const keys = resolved.map((r) => `${r.table.name}\n${r.stored}`)
    if (new Set(keys).size !== keys.length)
      throw validation('Provided list of item keys contains duplicates')
    for (const { table, stored, put, item } of resolved)
      if (put) table.items.set(stored, item)
      else table.items.delete(stored)
    return { UnprocessedItems: {} }
  }

  // --- Query ---------------------------------------------------------------------------------

  /** The partition key's value and the sort key's condition in a KeyConditionExpression. */
  function keyConditions(table: Table, condition: Condition) {
    const leaves: Condition[] = []
    const collect = (c: Condition): void => {
      if (c.kind === 'group') collect(c.condition)
      else if (c.kind === 'and') {
        collect(c.left)
        collect(c.right)
      } else if (c.kind === 'or' || c.kind === 'not')
        refuse(`Invalid operator used in KeyConditionExpression: ${c.kind.toUpperCase()}`)
      else leaves.push(c)
    }
    collect(condition)
    if (leaves.length > 2) refuse('Conditions can be of length 1 or 2 only')
    let hash: AttributeValue | undefined
    let range: Condition | undefined
    for (const leaf of leaves) {
      let operands: Operand[]
      if (leaf.kind === 'compare') {
        if (leaf.op === '<>') refuse('Unsupported operator in KeyConditionExpression: <>')
        operands = [leaf.left, leaf.right]
      } else if (leaf.kind === 'between') operands = [leaf.subject, leaf.low, leaf.high]
      else if (leaf.kind === 'function' && leaf.call.name === 'begins_with')
        operands = leaf.call.args
      else
        refuse(
          `Invalid operator used in KeyConditionExpression: ${
            leaf.kind === 'function' ? leaf.call.name : 'IN'
          }`
        )
      const paths = operands.flatMap((o) => (o.kind === 'path' ? [o.path] : []))
      const values = operands.flatMap((o) => (o.kind === 'value' ? [o.value] : []))
      const [path] = paths
      if (paths.length !== 1 || path?.length !== 1) refuse('Query key condition not supported')
      const name = String(path[0])
      const key = keyAttributes(table).find((k) => k.name === name)
      if (!key)
        refuse(
          `Query condition missed key schema element: ${
            hash === undefined && leaves.length === 1
              ? table.hash.name
              : (table.range?.name ?? table.hash.name)
          }`
        )
      if (values.some((v) => typeOf(v) !== key.type))
        refuse(
          'One or more parameter values were invalid: Condition parameter type does not match ' +
            'schema type'
        )
      if (key === table.hash) {
        if (hash !== undefined)
          refuse('KeyConditionExpressions must only contain one condition per key')
        if (leaf.kind !== 'compare' || leaf.op !== '=') refuse('Query key condition not supported')
        hash = values[0]
        if (keyValueOf(hash) === '') throw emptyKey(key.name, key.type)
      } else {
        if (range !== undefined)
          refuse('KeyConditionExpressions must only contain one condition per key')
        if (leaf.kind === 'function' && key.type === 'N')
          refuse(
            'Invalid KeyConditionExpression: Incorrect operand type for operator or function; ' +
              'operator or function: begins_with, operand type: N'
          )
        range = leaf
      }
    }
    if (hash === undefined) refuse(`Query condition missed key schema element: ${table.hash.name}`)
    return { hash, range }
  }

  function query(input: Input) {
    refuseLegacy(input)
    const select = enumMember(input, 'Select', 'select', [
      'ALL_ATTRIBUTES',
      'ALL_PROJECTED_ATTRIBUTES',
      'SPECIFIC_ATTRIBUTES',
      'COUNT'
    ])
    const limit = input.Limit
    if (limit !== undefined && (typeof limit !== 'number' || limit < 1))
      throw constraint(limit, 'limit', 'Member must have value greater than or equal to 1')
    const keySource = stringMember(input, 'KeyConditionExpression')
    const filterSource = stringMember(input, 'FilterExpression')
    const projection = stringMember(input, 'ProjectionExpression')
    if (keySource === undefined)
      throw validation(
        'Either the KeyConditions or KeyConditionExpression parameter must be specified in the request.'
      )
    if (projection !== undefined && (select === 'ALL_ATTRIBUTES' || select === 'COUNT'))
      throw validation(`Cannot specify the ProjectionExpression when choosing to get ${select}`)
    if (select === 'SPECIFIC_ATTRIBUTES' && projection === undefined)
      throw validation(
        'Must specify the AttributesToGet or ProjectionExpression when choosing to get ' +
          'SPECIFIC_ATTRIBUTES'
      )
    const placeholders = placeholdersOf(
      input,
      [keySource, filterSource, projection],
      'KeyConditionExpression and FilterExpression are null'
    )
    const keyCondition = parseCondition('KeyConditionExpression', keySource, placeholders)
    const filter =
      filterSource === undefined
        ? undefined
        : parseCondition('FilterExpression', filterSource, placeholders)
    const paths = projection === undefined ? undefined : parseProjection(projection, placeholders)
    checkAllUsed(placeholders)
    const table = findTable(input)
    const indexName = stringMember(input, 'IndexName')
    if (indexName !== undefined)
      throw validation(`The table does not have the specified index: ${indexName}`)
    if (select === 'ALL_PROJECTED_ATTRIBUTES')
      throw validation('ALL_PROJECTED_ATTRIBUTES can be used only when Querying using an IndexName')
    const { hash, range } = keyConditions(table, keyCondition)
    const keyNames = keyAttributes(table).map((k) => k.name)
    const keyInFilter = filter && pathsOf(filter).find((p) => keyNames.includes(String(p[0])))
    if (keyInFilter)
      throw validation(
        'Filter Expression can only contain non-primary key attributes: Primary key attribute: ' +
          String(keyInFilter[0])
      )

    const forward = input.ScanIndexForward !== false
    const sortKey = table.range
    const order = (a: Item, b: Item) => {
      const [x, y] = sortKey ? [a[sortKey.name], b[sortKey.name]] : []
      const c = x && y ? (compareValues(x, y) ?? 0) : 0
      return forward ? c : -c
    }
    let candidates = [...table.items.values()]
      .filter((item) => {
        const value = item[table.hash.name]
        return value !== undefined && compareValues(value, hash) === 0
      })
      .filter((item) => !range || holds(range, item))
      .sort(order)
    if (input.ExclusiveStartKey !== undefined) {
      const start = validateItem(input.ExclusiveStartKey)
      try {
        checkKey(table, start)
      } catch {
        throw validation(
          'The provided starting key is invalid: The provided key element does not match the schema'
        )
      }
      candidates = candidates.filter((item) => sortKey !== undefined && order(item, start) > 0)
    }
    const evaluated: Item[] = []
    let bytes = 0
    for (const item of candidates) {
      if (evaluated.length === limit || bytes >= MAX_PAGE_BYTES) break
      evaluated.push(item)
      bytes += itemSize(item)
    }
    // DynamoDB stops at Limit (or 1 MB read) and names the last item it read, even when no more
    // remain: the next page is then empty.
    const last = evaluated[evaluated.length - 1]
    const more = evaluated.length === limit || bytes >= MAX_PAGE_BYTES
    const matched = filter ? evaluated.filter((item) => holds(filter, item)) : evaluated
    return {
      ...(select === 'COUNT'
        ? {}
        : {
            Items: matched.map((item) => (paths ? project(item, paths) : structuredClone(item)))
          }),
      Count: matched.length,
      ScannedCount: evaluated.length,
      ...(more && last ? { LastEvaluatedKey: keyOfItem(table, last) } : {})
    }
  }

  // --- time to live --------------------------------------------------------------------------

  function updateTimeToLive(input: Input) {
    const spec = isRecord(input.TimeToLiveSpecification) ? input.TimeToLiveSpecification : undefined
    if (!spec) throw constraint(undefined, 'timeToLiveSpecification', 'Member must not be null')
    const enabled = spec.Enabled === true
    const attribute = typeof spec.AttributeName === 'string' ? spec.AttributeName : ''
    const table = findTable(input)
    if (enabled && table.ttl !== undefined) throw validation('TimeToLive is already enabled')
    if (!enabled && table.ttl === undefined) throw validation('TimeToLive is already disabled')
    if (!enabled && table.ttl !== attribute)
      throw validation(
        `TimeToLive is active on a different AttributeName: current AttributeName is ${String(table.ttl)}`
      )
    table.ttl = enabled ? attribute : undefined
    return { TimeToLiveSpecification: { Enabled: enabled, AttributeName: attribute } }
  }

  function describeTimeToLive(input: Input) {
    const table = findTable(input)
    return {
      TimeToLiveDescription:
        table.ttl === undefined
          ? { TimeToLiveStatus: 'DISABLED' }
          : { TimeToLiveStatus: 'ENABLED', AttributeName: table.ttl }
    }
  }

  const service: JsonService = {
    targetPrefix: 'DynamoDB_20120810',
    jsonVersion: '1.0',
    accessDenied: { iamPrefix: 'dynamodb' },
    handle(operation, input) {
      switch (operation) {
        case 'CreateTable':
          return createTable(input)
        case 'DescribeTable':
          return {
            Table: describe(
              findTable(input, (name) => `Requested resource not found: Table: ${name} not found`),
              'ACTIVE'
            )
          }
        case 'PutItem':
          return putItem(input)
        case 'GetItem':
          return getItem(input)
        case 'UpdateItem':
          return updateItem(input)
        case 'DeleteItem':
          return deleteItem(input)
        case 'BatchWriteItem':
          return batchWriteItem(input)
        case 'Query':
          return query(input)
        case 'UpdateTimeToLive':
          return updateTimeToLive(input)
        case 'DescribeTimeToLive':
          return describeTimeToLive(input)
        default:
          return undefined
      }
    }
  }

  function tableNamed(name: string): Table {
    const table = tables.get(name)
    if (!table) throw new Error(`no DynamoDB table ${name}`)
    return table
  }

  function seedItem(table: Table, raw: Item): void {
    const item = validateItem(raw)
    checkItem(table, item)
    table.items.set(storageKey(table, item), item)
  }

  const control: DynamoDbControl = {
    createTable(seed) {
      const table = addTable(
        seed.name,
        keyAttribute(seed.partitionKey),
        seed.sortKey === undefined ? undefined : keyAttribute(seed.sortKey)
      )
      if (seed.ttlAttribute !== undefined) table.ttl = seed.ttlAttribute
      for (const item of seed.items ?? []) seedItem(table, item)
    },
    putItem(name, item) {
      seedItem(tableNamed(name), item)
    },
    item(name, key) {
      const table = tableNamed(name)
      const item = table.items.get(storageKey(table, validateItem(key)))
      return item && structuredClone(item)
    },
    items(name) {
      const table = tableNamed(name)
      const sortKey = table.range
      return [...table.items.values()]
        .sort((a, b) => {
          const [h1, h2] = [a[table.hash.name], b[table.hash.name]]
          const byHash = h1 && h2 ? (compareValues(h1, h2) ?? 0) : 0
          const [r1, r2] = sortKey ? [a[sortKey.name], b[sortKey.name]] : []
          return byHash || (r1 && r2 ? (compareValues(r1, r2) ?? 0) : 0)
        })
        .map((item) => structuredClone(item))
    },
    timeToLive: (name) => tableNamed(name).ttl,
    expireItems() {
      const seconds = now().getTime() / 1000
      let expired = 0
      for (const table of tables.values()) {
        const attribute = table.ttl
        if (attribute === undefined) continue
        for (const [stored, item] of table.items) {
          const value = valueAt(item, [attribute])?.N
          const at = value === undefined ? Number.NaN : Number(value)
          if (at < seconds && at >= seconds - FIVE_YEARS_SECONDS) {
            table.items.delete(stored)
            expired++
          }
        }
      }
      return expired
    }
  }
  for (const seed of options.tables ?? []) control.createTable(seed)
  return { service, control }
}
