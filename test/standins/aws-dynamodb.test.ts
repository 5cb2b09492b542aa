// The DynamoDB stand-in, driven through the real SDK clients (@aws-sdk/client-dynamodb and the
// DocumentClient of @aws-sdk/lib-dynamodb): the wire protocol, tables, items of every type,
// conditional writes and atomic counters under concurrency, update expressions and ReturnValues,
// DynamoDB's validation messages, Query with key conditions, filters, projections and paging,
// time to live, BatchWriteItem, injected faults, the environment's routing, and conformance of
// every request and answer with the Smithy model.
import {
  BatchWriteItemCommand,
  ConditionalCheckFailedException,
  CreateTableCommand,
  DeleteItemCommand,
  DescribeTableCommand,
  DescribeTimeToLiveCommand,
  DynamoDBClient,
  GetItemCommand,
  ProvisionedThroughputExceededException,
  PutItemCommand,
  QueryCommand,
  ResourceInUseException,
  ResourceNotFoundException,
  UpdateItemCommand,
  UpdateTimeToLiveCommand,
  paginateQuery,
  type AttributeValue as SdkAttributeValue,
  type CreateTableCommandInput
} from '@aws-sdk/client-dynamodb'
import {
  DeleteCommand,
  DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  QueryCommand as DocQueryCommand,
  UpdateCommand,
  type UpdateCommandInput
} from '@aws-sdk/lib-dynamodb'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFile } from 'node:child_process'
import type { IncomingHttpHeaders } from 'node:http'
import { promisify } from 'node:util'
import {
  ConditionalCheckFailed,
  createDynamoDbService
} from '../../harness/standins/aws/dynamodb.js'
import {
  callProblems,
  loadModel,
  shapeProblems,
  type Model
} from '../../harness/standins/aws/model.js'
import {
  startAwsServer,
  type AwsServer,
  type JsonService
} from '../../harness/standins/aws/protocol.js'
import { awsSettings, startStandIns } from '../../harness/standins/index.js'

const T0 = new Date('2025-06-01T12:00:00Z')
let clock = T0
const dynamo = createDynamoDbService({ now: () => clock })

// Records the headers the client sends, to pin down the wire protocol.
const seen: IncomingHttpHeaders[] = []
const watching = (service: JsonService): JsonService => ({
  ...service,
  handle(operation, input, req) {
    seen.push(req.headers)
    return service.handle(operation, input, req)
  }
})

let server: AwsServer
let ddb: DynamoDBClient
let doc: DynamoDBDocumentClient
beforeAll(async () => {
  server = await startAwsServer([watching(dynamo.service)], [])
  ddb = new DynamoDBClient({
    endpoint: server.url,
    region: 'us-east-1',
    credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
    maxAttempts: 1
  })
  doc = DynamoDBDocumentClient.from(ddb)
})
afterAll(async () => {
  ddb.destroy()
  await server.close()
})

let tableCount = 0
/** A fresh table: partition key `pk` (a string), sort key `sk` of `sortType`. */
async function newTable(sortType: 'S' | 'N' = 'S'): Promise<string> {
  const TableName = `table-${++tableCount}`
  await ddb.send(
    new CreateTableCommand({
      TableName,
      BillingMode: 'PAY_PER_REQUEST',
      KeySchema: [
        { AttributeName: 'pk', KeyType: 'HASH' },
        { AttributeName: 'sk', KeyType: 'RANGE' }
      ],
      AttributeDefinitions: [
        { AttributeName: 'pk', AttributeType: 'S' },
        { AttributeName: 'sk', AttributeType: sortType }
      ]
    })
  )
  return TableName
}

/** The error a promise rejects with. */
const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error('expected the call to fail')
    },
    (error: unknown) => error as Error & { $metadata?: { httpStatusCode?: number } }
  )

/** The message of the ValidationException a promise rejects with. */
async function validationMessage(promise: Promise<unknown>): Promise<string> {
  const error = await failure(promise)
  expect(error.name).toBe('ValidationException')
  expect(error.$metadata?.httpStatusCode).toBe(400)
  return error.message
}

describe('DynamoDB stand-in: protocol', () => {
  it('is what @aws-sdk/client-dynamodb 3.1164.0 sends: AWS JSON 1.0, DynamoDB_20120810', async () => {
    const TableName = await newTable()
    expect(seen[seen.length - 1]).toMatchObject({
      'content-type': 'application/x-amz-json-1.0',
      'x-amz-target': 'DynamoDB_20120810.CreateTable'
    })
    await doc.send(new PutCommand({ TableName, Item: { pk: 'a', sk: 'b', n: 1 } }))
    // Values travel as DynamoDB JSON, numbers as strings.
    expect(server.calls[server.calls.length - 1]?.input).toEqual({
      TableName,
      Item: { pk: { S: 'a' }, sk: { S: 'b' }, n: { N: '1' } }
    })
  })
})

describe('DynamoDB stand-in: tables', () => {
  const create = (input: Partial<CreateTableCommandInput>) =>
    ddb.send(
      new CreateTableCommand({
        TableName: 'shapes',
        KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }],
        AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }],
        BillingMode: 'PAY_PER_REQUEST',
        ...input
      })
    )

  it('creates a table (CREATING) that DescribeTable shows ACTIVE, with its key schema', async () => {
    const created = await ddb.send(
      new CreateTableCommand({
        TableName: 'detector-state',
        KeySchema: [
          { AttributeName: 'pk', KeyType: 'HASH' },
          { AttributeName: 'window', KeyType: 'RANGE' }
        ],
        AttributeDefinitions: [
          { AttributeName: 'pk', AttributeType: 'S' },
          { AttributeName: 'window', AttributeType: 'N' }
        ],
        BillingMode: 'PAY_PER_REQUEST'
      })
    )
    expect(created.TableDescription?.TableStatus).toBe('CREATING')
    const { Table } = await ddb.send(new DescribeTableCommand({ TableName: 'detector-state' }))
    expect(Table).toMatchObject({
      TableName: 'detector-state',
      TableStatus: 'ACTIVE',
      TableArn: 'arn:aws:dynamodb:us-east-1:123456789012:table/detector-state',
      KeySchema: [
        { AttributeName: 'pk', KeyType: 'HASH' },
        { AttributeName: 'window', KeyType: 'RANGE' }
      ],
      BillingModeSummary: { BillingMode: 'PAY_PER_REQUEST' },
      ItemCount: 0,
      CreationDateTime: T0
    })
    // A table is also found by its ARN.
    const byArn = await ddb.send(new DescribeTableCommand({ TableName: Table?.TableArn }))
    expect(byArn.Table?.TableName).toBe('detector-state')
  })

  it('refuses an existing name, unknown tables and inconsistent key definitions', async () => {
    await create({})
    await expect(create({})).rejects.toBeInstanceOf(ResourceInUseException)
    const missing = await failure(ddb.send(new DescribeTableCommand({ TableName: 'nope' })))
    expect(missing).toBeInstanceOf(ResourceNotFoundException)
    expect(missing.message).toBe('Requested resource not found: Table: nope not found')
    expect(
      await validationMessage(
        create({
          TableName: 'two',
          KeySchema: [
            { AttributeName: 'pk', KeyType: 'HASH' },
            { AttributeName: 'sk', KeyType: 'RANGE' }
          ]
        })
      )
    ).toBe(
      'One or more parameter values were invalid: Some index key attributes are not defined in ' +
        'AttributeDefinitions. Keys: [sk], AttributeDefinitions: [pk]'
    )
    expect(
      await validationMessage(
        create({
          TableName: 'three',
          AttributeDefinitions: [
            { AttributeName: 'pk', AttributeType: 'S' },
            { AttributeName: 'extra', AttributeType: 'S' }
          ]
        })
      )
    ).toContain('Number of attributes in KeySchema does not exactly match')
    expect(
      await validationMessage(create({ TableName: 'four', BillingMode: undefined }))
    ).toContain('ReadCapacityUnits and WriteCapacityUnits must both be specified')
    expect(await validationMessage(create({ TableName: 'x' }))).toContain(
      "at 'tableName' failed to satisfy constraint"
    )
  })
})

describe('DynamoDB stand-in: items', () => {
  let TableName: string
  beforeAll(async () => {
    TableName = await newTable()
  })

  it('stores and returns every attribute type through the DocumentClient', async () => {
    const item = {
      pk: 'p',
      sk: 'all-types',
      text: 'hello',
      empty: '',
      number: 42.5,
      big: 12345678901234567890n,
      flag: true,
      nothing: null,
      bytes: new Uint8Array([1, 2, 255]),
      list: [1, 'two', { three: 3 }],
      map: { nested: { deep: ['x'] } },
      strings: new Set(['a', 'b']),
      numbers: new Set([1, 2])
    }
    await doc.send(new PutCommand({ TableName, Item: item }))
    const { Item } = await doc.send(
      new GetCommand({ TableName, Key: { pk: 'p', sk: 'all-types' }, ConsistentRead: true })
    )
    expect(Item).toEqual(item)
    expect(
      (await doc.send(new GetCommand({ TableName, Key: { pk: 'p', sk: 'none' } }))).Item
    ).toBeUndefined()
  })

  it('keeps numbers exact and answers them in plain notation, as DynamoDB does', async () => {
    await ddb.send(
      new PutItemCommand({
        TableName,
        Item: {
          pk: { S: 'p' },
          sk: { S: 'numbers' },
          a: { N: '1.50' },
          b: { N: '1E+2' },
          c: { N: '-0.000' },
          d: { N: '0.1e-5' },
          e: { N: '12345678901234567890123456789012345678' }
        }
      })
    )
    const { Item } = await ddb.send(
      new GetItemCommand({ TableName, Key: { pk: { S: 'p' }, sk: { S: 'numbers' } } })
    )
    expect(Item).toMatchObject({
      a: { N: '1.5' },
      b: { N: '100' },
      c: { N: '0' },
      d: { N: '0.000001' },
      e: { N: '12345678901234567890123456789012345678' }
    })
  })

  it('projects top-level and nested paths', async () => {
    await doc.send(
      new PutCommand({
        TableName,
        Item: { pk: 'p', sk: 'projection', a: { b: 1, c: 2 }, list: ['x', 'y', 'z'], other: 1 }
      })
    )
    const { Item } = await doc.send(
      new GetCommand({
        TableName,
        Key: { pk: 'p', sk: 'projection' },
        ProjectionExpression: 'a.c, #l[2], #l[0]',
        ExpressionAttributeNames: { '#l': 'list' }
      })
    )
    expect(Item).toEqual({ a: { c: 2 }, list: ['x', 'z'] })
  })

  it('answers bad items and keys with DynamoDB’s messages', async () => {
    const put = (Item: Record<string, SdkAttributeValue>) =>
      ddb.send(new PutItemCommand({ TableName, Item }))
    expect(await validationMessage(put({ pk: { S: 'p' } }))).toBe(
      'One or more parameter values were invalid: Missing the key sk in the item'
    )
    expect(await validationMessage(put({ pk: { S: 'p' }, sk: { N: '1' } }))).toBe(
      'One or more parameter values were invalid: Type mismatch for key sk expected: S actual: N'
    )
    expect(await validationMessage(put({ pk: { S: '' }, sk: { S: 's' } }))).toBe(
      'One or more parameter values are not valid. The AttributeValue for a key attribute cannot ' +
        'contain an empty string value. Key: pk'
    )
    expect(await validationMessage(put({ pk: { S: 'p' }, sk: { S: 's' }, t: { SS: [] } }))).toBe(
      'One or more parameter values were invalid: An string set  may not be empty'
    )
    expect(
      await validationMessage(put({ pk: { S: 'p' }, sk: { S: 's' }, t: { SS: ['a', 'a'] } }))
    ).toBe(
      'One or more parameter values were invalid: Input collection [a, a] contains duplicates.'
    )
    expect(await validationMessage(put({ pk: { S: 'p' }, sk: { S: 's' }, n: { N: 'abc' } }))).toBe(
      'The parameter cannot be converted to a numeric value: abc'
    )
    expect(
      await validationMessage(put({ pk: { S: 'p' }, sk: { S: 's' }, n: { N: '1'.repeat(39) } }))
    ).toBe('Attempting to store more than 38 significant digits in a Number')
    expect(
      await validationMessage(
        doc.send(
          new PutCommand({ TableName, Item: { pk: 'p', sk: 's', blob: 'x'.repeat(410_000) } })
        )
      )
    ).toBe('Item size has exceeded the maximum allowed size')
    expect(await validationMessage(doc.send(new GetCommand({ TableName, Key: { pk: 'p' } })))).toBe(
      'The provided key element does not match the schema'
    )
    expect(
      await validationMessage(
        doc.send(new GetCommand({ TableName, Key: { pk: 'p', sk: 's', extra: 1 } }))
      )
    ).toBe('The provided key element does not match the schema')
    const unknown = await failure(
      doc.send(new GetCommand({ TableName: 'no-such-table', Key: { pk: 'p' } }))
    )
    expect(unknown).toBeInstanceOf(ResourceNotFoundException)
    expect(unknown.message).toBe('Requested resource not found')
  })

  it('replaces on Put and returns the old item with ReturnValues ALL_OLD, and only that', async () => {
    const Key = { pk: 'p', sk: 'replace' }
    await doc.send(new PutCommand({ TableName, Item: { ...Key, v: 1 } }))
    const replaced = await doc.send(
      new PutCommand({ TableName, Item: { ...Key, w: 2 }, ReturnValues: 'ALL_OLD' })
    )
    expect(replaced.Attributes).toEqual({ ...Key, v: 1 })
    expect((await doc.send(new GetCommand({ TableName, Key }))).Item).toEqual({ ...Key, w: 2 })
    expect(
      await validationMessage(
        doc.send(new PutCommand({ TableName, Item: Key, ReturnValues: 'ALL_NEW' }))
      )
    ).toBe('ReturnValues can only be ALL_OLD or NONE')
  })

  it('deletes, conditionally, returning the old item', async () => {
    const Key = { pk: 'p', sk: 'delete' }
    await doc.send(new PutCommand({ TableName, Item: { ...Key, v: 1 } }))
    await expect(
      doc.send(
        new DeleteCommand({
          TableName,
          Key,
          ConditionExpression: 'v = :two',
          ExpressionAttributeValues: { ':two': 2 }
        })
      )
    ).rejects.toBeInstanceOf(ConditionalCheckFailedException)
    const deleted = await doc.send(new DeleteCommand({ TableName, Key, ReturnValues: 'ALL_OLD' }))
    expect(deleted.Attributes).toEqual({ ...Key, v: 1 })
    const again = await doc.send(new DeleteCommand({ TableName, Key, ReturnValues: 'ALL_OLD' }))
    expect(again.Attributes).toBeUndefined()
  })
})

describe('DynamoDB stand-in: conditional writes', () => {
  let TableName: string
  beforeAll(async () => {
    TableName = await newTable()
  })
  const claim = (owner: string) =>
    doc.send(
      new PutCommand({
        TableName,
        Item: { pk: 'lock', sk: 'anomaly-42', owner },
        ConditionExpression: 'attribute_not_exists(pk)'
      })
    )

  it('lets exactly one of two concurrent attribute_not_exists(pk) puts win', async () => {
    const results = await Promise.allSettled([claim('worker-a'), claim('worker-b')])
    const won = results.filter((r) => r.status === 'fulfilled')
    const lost = results.flatMap((r) => (r.status === 'rejected' ? [r.reason as Error] : []))
    expect(won).toHaveLength(1)
    expect(lost).toHaveLength(1)
    expect(lost[0]).toBeInstanceOf(ConditionalCheckFailedException)
    expect(lost[0]?.message).toBe('The conditional request failed')
    const { Item } = await doc.send(
      new GetCommand({ TableName, Key: { pk: 'lock', sk: 'anomaly-42' } })
    )
    // The winner's write stands; the loser changed nothing.
    const winner = results.findIndex((r) => r.status === 'fulfilled')
    expect(Item?.owner).toBe(['worker-a', 'worker-b'][winner])
  })

  it('carries the item with ReturnValuesOnConditionCheckFailure ALL_OLD', async () => {
    await doc.send(new PutCommand({ TableName, Item: { pk: 'held', sk: 'x', owner: 'a' } }))
    const input = {
      TableName,
      Item: { pk: { S: 'held' }, sk: { S: 'x' } },
      ConditionExpression: 'attribute_not_exists(pk)',
      ReturnValuesOnConditionCheckFailure: 'ALL_OLD' as const
    }
    // Over the wire the SDK's exception carries the item, as DynamoDB sends it.
    const failed = await ddb.send(new PutItemCommand(input)).catch((e: unknown) => e)
    expect(failed).toBeInstanceOf(ConditionalCheckFailedException)
    expect((failed as ConditionalCheckFailedException).Item).toEqual({
      pk: { S: 'held' },
      sk: { S: 'x' },
      owner: { S: 'a' }
    })
    // The stand-in's error holds the item DynamoDB puts in the exception's Item member.
    const req = {
      method: 'POST',
      path: '/',
      query: new URLSearchParams(),
      headers: {},
      body: Buffer.alloc(0)
    }
    let error: unknown
    try {
      dynamo.service.handle('PutItem', input, req)
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(ConditionalCheckFailed)
    expect((error as ConditionalCheckFailed).item).toEqual({
      pk: { S: 'held' },
      sk: { S: 'x' },
      owner: { S: 'a' }
    })
    try {
      dynamo.service.handle(
        'PutItem',
        { ...input, ReturnValuesOnConditionCheckFailure: 'NONE' },
        req
      )
    } catch (e) {
      error = e
    }
    expect((error as ConditionalCheckFailed).item).toBeUndefined()
  })

  describe('evaluates conditions as DynamoDB does', () => {
    const ITEM = {
      pk: 'cond',
      sk: 'item',
      n: 10,
      s: 'banana',
      b: new Uint8Array([1, 2, 3]),
      flag: true,
      nothing: null,
      tags: new Set(['red', 'green']),
      nums: new Set([1, 5]),
      list: ['a', 'b', 3],
      info: { nested: { deep: 'x' }, arr: [{ v: 1 }, { v: 2 }] },
      'dotted.name': 'yes',
      emoji: '\u{1F600}'
    }
    beforeAll(async () => {
      await doc.send(new PutCommand({ TableName, Item: ITEM }))
    })
    /** Whether a conditional update of the item succeeds (true) or fails its condition (false). */
    async function holds(
      ConditionExpression: string,
      ExpressionAttributeValues?: Record<string, unknown>,
      ExpressionAttributeNames?: Record<string, string>
    ): Promise<boolean> {
      try {
        await doc.send(
          new UpdateCommand({
            TableName,
            Key: { pk: 'cond', sk: 'item' },
            ConditionExpression,
            ExpressionAttributeValues,
            ExpressionAttributeNames
          })
        )
        return true
      } catch (error) {
        if (error instanceof ConditionalCheckFailedException) return false
        throw error
      }
    }

    it('compares numbers numerically and strings and binaries by their bytes', async () => {
      expect(await holds('n > :nine', { ':nine': 9 })).toBe(true)
      expect(await holds('n < :hundred', { ':hundred': 100 })).toBe(true)
      expect(await holds('n = :ten', { ':ten': 10.0 })).toBe(true)
      expect(await holds('n >= :ten AND n <= :ten', { ':ten': 10 })).toBe(true)
      expect(await holds('n <> :ten', { ':ten': 10 })).toBe(false)
      expect(await holds('s > :apple', { ':apple': 'apple' })).toBe(true)
      expect(await holds('s < :b', { ':b': 'banana_' })).toBe(true)
      // U+1F600 sorts after U+FFFD in UTF-8, though not in UTF-16.
      expect(await holds('emoji > :bmp', { ':bmp': '\uFFFD' })).toBe(true)
      expect(await holds('b < :b', { ':b': new Uint8Array([1, 3]) })).toBe(true)
    })

    it('makes comparisons with a missing attribute false, except <>', async () => {
      expect(await holds('absent = :v', { ':v': 1 })).toBe(false)
      expect(await holds('absent < :v', { ':v': 1 })).toBe(false)
      expect(await holds('absent <> :v', { ':v': 1 })).toBe(true)
      // Values of different types are never ordered, and never equal.
      expect(await holds('s > :n', { ':n': 1 })).toBe(false)
      expect(await holds('s <> :n', { ':n': 1 })).toBe(true)
    })

    it('applies NOT before AND before OR, and parentheses first', async () => {
      const values = { ':yes': 10, ':no': 11 }
      expect(await holds('n = :yes OR n = :yes AND n = :no', values)).toBe(true)
      expect(await holds('(n = :yes OR n = :yes) AND n = :no', values)).toBe(false)
      expect(await holds('NOT n = :no AND n = :yes', values)).toBe(true)
      expect(await holds('not (n = :yes)', { ':yes': 10 })).toBe(false)
      expect(
        await holds('n between :lo and :hi Or s in (:a)', { ':lo': 1, ':hi': 20, ':a': 'x' })
      ).toBe(true)
    })

    it('checks existence and types, and reads nested paths and placeholders', async () => {
      expect(await holds('attribute_exists(n) AND attribute_not_exists(absent)')).toBe(true)
      expect(await holds('attribute_exists(nothing)')).toBe(true)
      expect(await holds('attribute_exists(#pk)', undefined, { '#pk': 'pk' })).toBe(true)
      expect(
        await holds('attribute_type(tags, :ss) AND attribute_type(nothing, :null)', {
          ':ss': 'SS',
          ':null': 'NULL'
        })
      ).toBe(true)
      expect(await holds('attribute_type(n, :s)', { ':s': 'S' })).toBe(false)
      expect(await holds('info.nested.deep = :x', { ':x': 'x' })).toBe(true)
      expect(await holds('info.arr[1].v = :two', { ':two': 2 })).toBe(true)
      expect(await holds('attribute_not_exists(#l[9])', undefined, { '#l': 'list' })).toBe(true)
      // A placeholder names one attribute, dots and all.
      expect(await holds('#d = :y', { ':y': 'yes' }, { '#d': 'dotted.name' })).toBe(true)
    })

    it('supports BETWEEN, IN, begins_with, contains and size', async () => {
      expect(await holds('n BETWEEN :lo AND :hi', { ':lo': 10, ':hi': 20 })).toBe(true)
      expect(await holds('n BETWEEN :lo AND :hi', { ':lo': 11, ':hi': 20 })).toBe(false)
      expect(await holds('s IN (:a, :b)', { ':a': 'apple', ':b': 'banana' })).toBe(true)
      expect(await holds('begins_with(s, :p)', { ':p': 'ban' })).toBe(true)
      expect(await holds('begins_with(b, :p)', { ':p': new Uint8Array([1, 2]) })).toBe(true)
      expect(await holds('contains(s, :sub)', { ':sub': 'nan' })).toBe(true)
      expect(await holds('contains(tags, :red)', { ':red': 'red' })).toBe(true)
      expect(await holds('contains(nums, :five)', { ':five': 5 })).toBe(true)
      expect(await holds('contains(#l, :three)', { ':three': 3 }, { '#l': 'list' })).toBe(true)
      expect(
        await holds('size(s) = :six AND size(tags) = :two AND size(info) = :two', {
          ':six': 6,
          ':two': 2
        })
      ).toBe(true)
    })

    it('evaluates a condition on a missing item against no attributes', async () => {
      await expect(
        doc.send(
          new UpdateCommand({
            TableName,
            Key: { pk: 'cond', sk: 'missing' },
            UpdateExpression: 'SET v = :v',
            ConditionExpression: 'attribute_exists(pk)',
            ExpressionAttributeValues: { ':v': 1 }
          })
        )
      ).rejects.toBeInstanceOf(ConditionalCheckFailedException)
      // The failed update created nothing.
      expect(dynamo.control.item(TableName, { pk: { S: 'cond' }, sk: { S: 'missing' } })).toBe(
        undefined
      )
    })
  })

  it('fails conditional updates without changing the item (optimistic locking)', async () => {
    const Key = { pk: 'doc', sk: 'versioned' }
    await doc.send(new PutCommand({ TableName, Item: { ...Key, version: 1, state: 'open' } }))
    const bump = (expected: number, state: string) =>
      doc.send(
        new UpdateCommand({
          TableName,
          Key,
          UpdateExpression: 'SET #state = :state, version = version + :one',
          ConditionExpression: 'version = :expected',
          ExpressionAttributeNames: { '#state': 'state' },
          ExpressionAttributeValues: { ':state': state, ':one': 1, ':expected': expected },
          ReturnValues: 'ALL_NEW'
        })
      )
    expect((await bump(1, 'acknowledged')).Attributes).toEqual({
      ...Key,
      version: 2,
      state: 'acknowledged'
    })
    await expect(bump(1, 'closed')).rejects.toBeInstanceOf(ConditionalCheckFailedException)
    expect((await doc.send(new GetCommand({ TableName, Key }))).Item).toEqual({
      ...Key,
      version: 2,
      state: 'acknowledged'
    })
  })
})

describe('DynamoDB stand-in: update expressions and counters', () => {
  let TableName: string
  const Key = { pk: 'u', sk: 'item' }
  beforeAll(async () => {
    TableName = await newTable()
  })
  const update = async (
    UpdateExpression: string,
    ExpressionAttributeValues?: Record<string, unknown>,
    extra: Partial<UpdateCommandInput> = {}
  ) =>
    (
      await doc.send(
        new UpdateCommand({
          TableName,
          Key,
          UpdateExpression,
          ExpressionAttributeValues,
          ReturnValues: 'ALL_NEW',
          ...extra
        })
      )
    ).Attributes
  const reset = () =>
    doc.send(
      new PutCommand({
        TableName,
        Item: {
          ...Key,
          tally: 1,
          label: 'x',
          list: [1, 2, 3],
          info: { a: 1 },
          tags: new Set(['a', 'b'])
        }
      })
    )

  it('counts 50 concurrent ADD n :one to 50, each answered with its own new value', async () => {
    const add = () =>
      doc.send(
        new UpdateCommand({
          TableName,
          Key: { pk: 'counter', sk: 'errors' },
          UpdateExpression: 'ADD n :one',
          ExpressionAttributeValues: { ':one': 1 },
          ReturnValues: 'UPDATED_NEW'
        })
      )
    const results = await Promise.all(Array.from({ length: 50 }, add))
    const counts = results.map((r) => r.Attributes?.n as number)
    expect([...counts].sort((a, b) => a - b)).toEqual(Array.from({ length: 50 }, (_, i) => i + 1))
    const { Item } = await doc.send(
      new GetCommand({ TableName, Key: { pk: 'counter', sk: 'errors' } })
    )
    expect(Item).toEqual({ pk: 'counter', sk: 'errors', n: 50 })
  })

  it('counts with SET n = n + :n and if_not_exists, exactly', async () => {
    await reset()
    expect(
      await update('SET tally = tally + :two, fresh = if_not_exists(fresh, :zero) + :one', {
        ':two': 2,
        ':zero': 0,
        ':one': 1
      })
    ).toMatchObject({ tally: 3, fresh: 1 })
    expect(
      await update('SET fresh = if_not_exists(fresh, :zero) - :one', { ':zero': 0, ':one': 1 })
    ).toMatchObject({ fresh: 0 })
    await doc.send(new PutCommand({ TableName, Item: { ...Key, f: 0.1 } }))
    expect(await update('SET f = f + :f', { ':f': 0.2 })).toMatchObject({ f: 0.3 })
  })

  it('reads every operand from the item as it was before the update', async () => {
    await reset()
    expect(await update('SET a = tally, tally = :ten', { ':ten': 10 })).toMatchObject({
      a: 1,
      tally: 10
    })
  })

  it('sets nested paths, appends to lists and removes attributes and elements', async () => {
    await reset()
    expect(
      await update(
        'SET info.b = :b, #l[0] = :z, #l[10] = :end',
        { ':b': 2, ':z': 0, ':end': 4 },
        {
          ExpressionAttributeNames: { '#l': 'list' }
        }
      )
    ).toMatchObject({ info: { a: 1, b: 2 }, list: [0, 2, 3, 4] })
    expect(
      await update(
        'SET #l = list_append(#l, :tail), front = list_append(:head, #l)',
        {
          ':tail': [9],
          ':head': [-1]
        },
        { ExpressionAttributeNames: { '#l': 'list' } }
      )
    ).toMatchObject({ list: [0, 2, 3, 4, 9], front: [-1, 0, 2, 3, 4] })
    expect(
      await update('REMOVE label, info.a, #l[0], #l[2]', undefined, {
        ExpressionAttributeNames: { '#l': 'list' }
      })
    ).toMatchObject({ info: { b: 2 }, list: [2, 4, 9] })
  })

  it('ADDs to sets, DELETEs from them, and drops a set left empty', async () => {
    await reset()
    expect(
      await update('ADD tags :more, fresh :fresh', {
        ':more': new Set(['b', 'c']),
        ':fresh': new Set([1])
      })
    ).toMatchObject({ tags: new Set(['a', 'b', 'c']), fresh: new Set([1]) })
    expect((await update('DELETE tags :ab', { ':ab': new Set(['a', 'b']) }))?.tags).toEqual(
      new Set(['c'])
    )
    expect((await update('DELETE tags :c', { ':c': new Set(['c']) }))?.tags).toBeUndefined()
  })

  it('creates a missing item from its key, with or without an expression', async () => {
    const created = await doc.send(
      new UpdateCommand({ TableName, Key: { pk: 'new', sk: 'one' }, ReturnValues: 'ALL_NEW' })
    )
    expect(created.Attributes).toEqual({ pk: 'new', sk: 'one' })
  })

  it('answers ReturnValues NONE, ALL_OLD, ALL_NEW, UPDATED_OLD and UPDATED_NEW', async () => {
    await reset()
    const run = (ReturnValues: UpdateCommandInput['ReturnValues']) =>
      update('SET info.a = info.a + :one, z = :one REMOVE label', { ':one': 1 }, { ReturnValues })
    expect(await run('NONE')).toBeUndefined()
    expect(await run('UPDATED_OLD')).toEqual({ info: { a: 2 }, z: 1 })
    expect(await run('UPDATED_NEW')).toEqual({ info: { a: 4 }, z: 1 })
    const old = await run('ALL_OLD')
    expect(old).toMatchObject({ ...Key, tally: 1, info: { a: 4 }, z: 1 })
    expect(old).not.toHaveProperty('label')
    expect(await run('ALL_NEW')).toMatchObject({ info: { a: 6 }, z: 1 })
  })

  it('refuses what DynamoDB refuses when applying an update', async () => {
    await reset()
    const message = (expression: string, values?: Record<string, unknown>) =>
      validationMessage(update(expression, values))
    expect(await message('SET a = absent')).toBe(
      'The provided expression refers to an attribute that does not exist in the item'
    )
    expect(await message('SET a = label + :one', { ':one': 1 })).toBe(
      'An operand in the update expression has an incorrect data type'
    )
    expect(await message('ADD label :one', { ':one': 1 })).toBe(
      'An operand in the update expression has an incorrect data type'
    )
    expect(await message('SET nope.x = :one', { ':one': 1 })).toBe(
      'The document path provided in the update expression is invalid for update'
    )
    expect(await message('ADD a :s', { ':s': 'text' })).toBe(
      'Invalid UpdateExpression: Incorrect operand type for operator or function; operator: ADD, ' +
        'operand type: STRING'
    )
    expect(await message('SET a = tally + :s', { ':s': 'text' })).toBe(
      'Invalid UpdateExpression: Incorrect operand type for operator or function; operator or ' +
        'function: +, operand type: S'
    )
    expect(await message('SET sk = :s', { ':s': 'other' })).toBe(
      'One or more parameter values were invalid: Cannot update attribute sk. This attribute is ' +
        'part of the key'
    )
    expect(await message('SET a = :one, a = :one', { ':one': 1 })).toBe(
      'Invalid UpdateExpression: Two document paths overlap with each other; must remove or ' +
        'rewrite one of these paths; path one: [a], path two: [a]'
    )
    expect(await message('SET info.a = :one REMOVE info', { ':one': 1 })).toBe(
      'Invalid UpdateExpression: Two document paths overlap with each other; must remove or ' +
        'rewrite one of these paths; path one: [info, a], path two: [info]'
    )
    expect(await message('SET a = :one SET b = :one', { ':one': 1 })).toBe(
      'Invalid UpdateExpression: The "SET" section can only be used once in an update expression;'
    )
    expect(await message('SET a = size(tags)')).toBe(
      'Invalid UpdateExpression: The function is not allowed in an update expression; function: size'
    )
    // Nothing was written by any of them.
    expect(
      dynamo.control.item(TableName, { pk: { S: 'u' }, sk: { S: 'item' } })
    ).not.toHaveProperty('a')
  })
})

describe('DynamoDB stand-in: expression validation', () => {
  let TableName: string
  beforeAll(async () => {
    TableName = await newTable()
    await doc.send(new PutCommand({ TableName, Item: { pk: 'p', sk: 's', status: 'open' } }))
  })
  const update = (input: Partial<UpdateCommandInput>) =>
    validationMessage(
      doc.send(new UpdateCommand({ TableName, Key: { pk: 'p', sk: 's' }, ...input }))
    )

  it('refuses reserved words as names, and undefined or unused placeholders', async () => {
    expect(
      await update({
        UpdateExpression: 'SET status = :s',
        ExpressionAttributeValues: { ':s': 'x' }
      })
    ).toBe(
      'Invalid UpdateExpression: Attribute name is a reserved keyword; reserved keyword: status'
    )
    expect(
      await update({ ConditionExpression: 'Count > :n', ExpressionAttributeValues: { ':n': 1 } })
    ).toBe(
      'Invalid ConditionExpression: Attribute name is a reserved keyword; reserved keyword: Count'
    )
    expect(
      await update({ UpdateExpression: 'SET a = :absent', ExpressionAttributeValues: { ':v': 1 } })
    ).toBe(
      'Invalid UpdateExpression: An expression attribute value used in expression is not defined; ' +
        'attribute value: :absent'
    )
    expect(
      await update({ UpdateExpression: 'SET #a = :v', ExpressionAttributeValues: { ':v': 1 } })
    ).toBe(
      'Invalid UpdateExpression: An expression attribute name used in the document path is not ' +
        'defined; attribute name: #a'
    )
    expect(
      await update({
        UpdateExpression: 'SET a = :v',
        ExpressionAttributeValues: { ':v': 1, ':unused': 2, ':also': 3 }
      })
    ).toBe(
      'Value provided in ExpressionAttributeValues unused in expressions: keys: {:unused, :also}'
    )
    expect(
      await update({
        UpdateExpression: 'SET a = :v',
        ExpressionAttributeValues: { ':v': 1 },
        ExpressionAttributeNames: { '#n': 'x' }
      })
    ).toBe('Value provided in ExpressionAttributeNames unused in expressions: keys: {#n}')
    expect(
      await validationMessage(
        doc.send(
          new PutCommand({
            TableName,
            Item: { pk: 'q', sk: 's' },
            ExpressionAttributeValues: { ':v': 1 }
          })
        )
      )
    ).toBe(
      'ExpressionAttributeValues can only be specified when using expressions: ConditionExpression ' +
        'is null'
    )
  })

  it('names the token and the text near it in syntax errors', async () => {
    expect(
      await update({ ConditionExpression: 'a = = :v', ExpressionAttributeValues: { ':v': 1 } })
    ).toBe('Invalid ConditionExpression: Syntax error; token: "=", near: "= = :v"')
    expect(await update({ ConditionExpression: 'attribute_not_exists(' })).toBe(
      'Invalid ConditionExpression: Syntax error; token: "<EOF>", near: "("'
    )
    expect(
      await update({ ConditionExpression: '_hidden = :v', ExpressionAttributeValues: { ':v': 1 } })
    ).toMatch(/^Invalid ConditionExpression: Syntax error; token: "_"/)
    expect(await update({ UpdateExpression: 'SET a = b + c + d' })).toMatch(
      /^Invalid UpdateExpression: Syntax error; token: "\+"/
    )
    expect(await update({ ConditionExpression: '' })).toBe(
      'Invalid ConditionExpression: The expression can not be empty;'
    )
  })

  it('checks functions, operand counts and types, BETWEEN bounds and parentheses', async () => {
    const condition = (ConditionExpression: string, values?: Record<string, unknown>) =>
      update({ ConditionExpression, ExpressionAttributeValues: values })
    expect(await condition('starts_with(a, :v)', { ':v': 'x' })).toBe(
      'Invalid ConditionExpression: Invalid function name; function: starts_with'
    )
    expect(await condition('ATTRIBUTE_EXISTS(a)')).toBe(
      'Invalid ConditionExpression: Invalid function name; function: ATTRIBUTE_EXISTS'
    )
    expect(await condition('attribute_exists(a, b)')).toBe(
      'Invalid ConditionExpression: Incorrect number of operands for operator or function; ' +
        'operator or function: attribute_exists, number of operands: 2'
    )
    expect(await condition('attribute_exists(:v)', { ':v': 1 })).toBe(
      'Invalid ConditionExpression: Operator or function requires a document path; operator or ' +
        'function: attribute_exists'
    )
    expect(await condition('begins_with(a, :v) = :t', { ':v': 'x', ':t': true })).toBe(
      'Invalid ConditionExpression: The function is not allowed to be used this way in an ' +
        'expression; function: begins_with'
    )
    expect(await condition('a < :l', { ':l': [1] })).toBe(
      'Invalid ConditionExpression: Incorrect operand type for operator or function; operator or ' +
        'function: <, operand type: L'
    )
    expect(await condition('a BETWEEN :hi AND :lo', { ':hi': 5, ':lo': 1 })).toBe(
      'Invalid ConditionExpression: The BETWEEN operator requires upper bound to be greater than ' +
        'or equal to lower bound; lower bound operand: AttributeValue: {N:5}, upper bound ' +
        'operand: AttributeValue: {N:1}'
    )
    expect(await condition('((a = :v))', { ':v': 1 })).toBe(
      'Invalid ConditionExpression: The expression has redundant parentheses;'
    )
    const many = Object.fromEntries(Array.from({ length: 101 }, (_, i) => [`:v${i}`, i]))
    expect(await condition(`a IN (${Object.keys(many).join(', ')})`, many)).toBe(
      'Invalid ConditionExpression: The IN operator is provided with too many operands; number ' +
        'of operands: 101'
    )
  })

  it('refuses invalid values in ExpressionAttributeValues, naming the key', async () => {
    const message = await validationMessage(
      ddb.send(
        new UpdateItemCommand({
          TableName,
          Key: { pk: { S: 'p' }, sk: { S: 's' } },
          UpdateExpression: 'SET a = :b',
          ExpressionAttributeValues: { ':b': { NS: [] } }
        })
      )
    )
    expect(message).toBe(
      'ExpressionAttributeValues contains invalid value: One or more parameter values were ' +
        'invalid: An number set  may not be empty for key :b'
    )
  })

  it('refuses the legacy parameters it does not model, loudly', async () => {
    expect(
      await validationMessage(
        ddb.send(
          new PutItemCommand({
            TableName,
            Item: { pk: { S: 'p' }, sk: { S: 's' } },
            Expected: { pk: { Exists: false } }
          })
        )
      )
    ).toContain('does not model the legacy parameter Expected')
  })
})

describe('DynamoDB stand-in: Query', () => {
  let TableName: string
  beforeAll(async () => {
    TableName = await newTable('N')
    // Windows 1..25 of one detector, and one window of another.
    for (let w = 1; w <= 25; w++)
      dynamo.control.putItem(TableName, {
        pk: { S: 'detector#api' },
        sk: { N: String(w) },
        errors: { N: String(w % 5) },
        status: { S: w % 2 === 0 ? 'even' : 'odd' }
      })
    dynamo.control.putItem(TableName, { pk: { S: 'detector#worker' }, sk: { N: '3' } })
  })
  const query = (
    KeyConditionExpression: string,
    values: Record<string, unknown>,
    extra: Record<string, unknown> = {}
  ) =>
    doc.send(
      new DocQueryCommand({
        TableName,
        KeyConditionExpression,
        ExpressionAttributeValues: { ':pk': 'detector#api', ...values },
        ...extra
      })
    )
  const windows = (items: Record<string, unknown>[] | undefined) => (items ?? []).map((i) => i.sk)

  it('selects by partition key and sort key conditions, in sort key order', async () => {
    expect(windows((await query('pk = :pk', {})).Items)).toEqual(
      Array.from({ length: 25 }, (_, i) => i + 1)
    )
    expect(windows((await query('pk = :pk AND sk = :w', { ':w': 7 })).Items)).toEqual([7])
    expect(windows((await query('pk = :pk AND sk < :w', { ':w': 3 })).Items)).toEqual([1, 2])
    expect(windows((await query('pk = :pk AND sk <= :w', { ':w': 3 })).Items)).toEqual([1, 2, 3])
    expect(windows((await query('pk = :pk AND sk > :w', { ':w': 23 })).Items)).toEqual([24, 25])
    expect(windows((await query('sk >= :w AND pk = :pk', { ':w': 24 })).Items)).toEqual([24, 25])
    expect(
      windows((await query('pk = :pk AND sk BETWEEN :a AND :b', { ':a': 9, ':b': 11 })).Items)
    ).toEqual([9, 10, 11])
    // Numbers sort as numbers: 10 after 9, not after 1.
    expect(
      windows(
        (await query('pk = :pk AND sk < :w', { ':w': 12 }, { ScanIndexForward: false })).Items
      )
    ).toEqual([11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1])
  })

  it('selects by begins_with on a string sort key, by bytes', async () => {
    const strings = await newTable('S')
    for (const sk of ['alarm#b', 'alarm#a', 'anomaly#1', 'alarm#\u{1F600}', 'alarm#\uFFFD'])
      dynamo.control.putItem(strings, { pk: { S: 'p' }, sk: { S: sk } })
    const { Items } = await doc.send(
      new DocQueryCommand({
        TableName: strings,
        KeyConditionExpression: 'pk = :p AND begins_with(sk, :prefix)',
        ExpressionAttributeValues: { ':p': 'p', ':prefix': 'alarm#' }
      })
    )
    expect(windows(Items)).toEqual(['alarm#a', 'alarm#b', 'alarm#\uFFFD', 'alarm#\u{1F600}'])
  })

  it('pages with Limit and LastEvaluatedKey, through the SDK paginator too', async () => {
    const first = await query('pk = :pk', {}, { Limit: 10 })
    expect(windows(first.Items)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])
    expect(first.LastEvaluatedKey).toEqual({ pk: 'detector#api', sk: 10 })
    const second = await query(
      'pk = :pk',
      {},
      { Limit: 10, ExclusiveStartKey: first.LastEvaluatedKey }
    )
    expect(windows(second.Items)).toEqual([11, 12, 13, 14, 15, 16, 17, 18, 19, 20])

    const pages: unknown[][] = []
    for await (const page of paginateQuery(
      { client: ddb, pageSize: 5 },
      {
        TableName,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': { S: 'detector#api' } },
        ScanIndexForward: false
      }
    ))
      pages.push((page.Items ?? []).map((i) => Number(i.sk?.N)))
    // 25 items in pages of 5: DynamoDB stops at Limit, so a last, empty page follows.
    expect(pages).toEqual([
      [25, 24, 23, 22, 21],
      [20, 19, 18, 17, 16],
      [15, 14, 13, 12, 11],
      [10, 9, 8, 7, 6],
      [5, 4, 3, 2, 1],
      []
    ])
  })

  it('filters after Limit, counting what it read and what matched, and projects', async () => {
    const filtered = await query(
      'pk = :pk',
      { ':zero': 0 },
      {
        FilterExpression: 'errors = :zero',
        ProjectionExpression: 'sk, #s',
        ExpressionAttributeNames: { '#s': 'status' },
        Limit: 12
      }
    )
    expect(filtered.Items).toEqual([
      { sk: 5, status: 'odd' },
      { sk: 10, status: 'even' }
    ])
    expect(filtered.Count).toBe(2)
    expect(filtered.ScannedCount).toBe(12)
    expect(filtered.LastEvaluatedKey).toEqual({ pk: 'detector#api', sk: 12 })
    const counted = await query('pk = :pk', {}, { Select: 'COUNT' })
    expect(counted).toMatchObject({ Count: 25, ScannedCount: 25 })
    expect(counted.Items).toBeUndefined()
  })

  it('refuses key conditions DynamoDB refuses', async () => {
    const message = (expression: string, values: Record<string, unknown>, extra = {}) =>
      validationMessage(query(expression, values, extra))
    expect(await message('sk = :w AND pk = :pk AND sk = :w', { ':w': 1 })).toBe(
      'Conditions can be of length 1 or 2 only'
    )
    expect(await message('pk = :pk OR sk = :w', { ':w': 1 })).toBe(
      'Invalid operator used in KeyConditionExpression: OR'
    )
    expect(
      await validationMessage(
        doc.send(
          new DocQueryCommand({
            TableName,
            KeyConditionExpression: 'sk = :w',
            ExpressionAttributeValues: { ':w': 1 }
          })
        )
      )
    ).toBe('Query condition missed key schema element: pk')
    expect(await message('pk = :pk AND errors = :w', { ':w': 1 })).toBe(
      'Query condition missed key schema element: sk'
    )
    expect(await message('pk = :pk AND sk = :w', { ':w': 'one' })).toBe(
      'One or more parameter values were invalid: Condition parameter type does not match schema type'
    )
    expect(await message('pk = :pk AND begins_with(sk, :w)', { ':w': 1 })).toBe(
      'Invalid KeyConditionExpression: Incorrect operand type for operator or function; operator ' +
        'or function: begins_with, operand type: N'
    )
    expect(await message('pk = :pk', { ':w': 'x' }, { FilterExpression: 'sk = :w' })).toBe(
      'Filter Expression can only contain non-primary key attributes: Primary key attribute: sk'
    )
  })
})

describe('DynamoDB stand-in: time to live', () => {
  it('records the TTL attribute and expires past items only when told, as DynamoDB lags', async () => {
    const TableName = await newTable()
    expect(
      (await ddb.send(new DescribeTimeToLiveCommand({ TableName }))).TimeToLiveDescription
    ).toEqual({ TimeToLiveStatus: 'DISABLED' })
    const enabled = await ddb.send(
      new UpdateTimeToLiveCommand({
        TableName,
        TimeToLiveSpecification: { Enabled: true, AttributeName: 'expiresAt' }
      })
    )
    expect(enabled.TimeToLiveSpecification).toEqual({ Enabled: true, AttributeName: 'expiresAt' })
    expect(
      (await ddb.send(new DescribeTimeToLiveCommand({ TableName }))).TimeToLiveDescription
    ).toEqual({ TimeToLiveStatus: 'ENABLED', AttributeName: 'expiresAt' })
    expect(dynamo.control.timeToLive(TableName)).toBe('expiresAt')
    expect(
      await validationMessage(
        ddb.send(
          new UpdateTimeToLiveCommand({
            TableName,
            TimeToLiveSpecification: { Enabled: true, AttributeName: 'expiresAt' }
          })
        )
      )
    ).toBe('TimeToLive is already enabled')

    const seconds = T0.getTime() / 1000
    const put = (sk: string, expiresAt: number) =>
      doc.send(new PutCommand({ TableName, Item: { pk: 'w', sk, expiresAt } }))
    await put('past', seconds - 60)
    await put('future', seconds + 60)
    await put('millis', T0.getTime() - 60_000) // a common mistake: milliseconds never expire
    await put('ancient', seconds - 6 * 365 * 24 * 3600) // over five years old: never expired
    const skOf = async () =>
      (
        await doc.send(
          new DocQueryCommand({
            TableName,
            KeyConditionExpression: 'pk = :w',
            ExpressionAttributeValues: { ':w': 'w' }
          })
        )
      ).Items?.map((i) => String(i.sk))
    // Expired but not yet deleted: still read.
    expect(await skOf()).toEqual(['ancient', 'future', 'millis', 'past'])
    expect(dynamo.control.expireItems()).toBe(1)
    expect(await skOf()).toEqual(['ancient', 'future', 'millis'])
    clock = new Date(T0.getTime() + 120_000)
    try {
      expect(dynamo.control.expireItems()).toBe(1)
    } finally {
      clock = T0
    }
    expect(await skOf()).toEqual(['ancient', 'millis'])
  })
})

describe('DynamoDB stand-in: BatchWriteItem', () => {
  it('puts and deletes across tables, refusing more than 25 requests and duplicate keys', async () => {
    const TableName = await newTable()
    dynamo.control.putItem(TableName, { pk: { S: 'gone' }, sk: { S: '1' } })
    const put = (pk: string) => ({ PutRequest: { Item: { pk: { S: pk }, sk: { S: '1' } } } })
    const result = await ddb.send(
      new BatchWriteItemCommand({
        RequestItems: {
          [TableName]: [
            put('a'),
            put('b'),
            { DeleteRequest: { Key: { pk: { S: 'gone' }, sk: { S: '1' } } } }
          ]
        }
      })
    )
    expect(result.UnprocessedItems).toEqual({})
    expect(dynamo.control.items(TableName).map((i) => i.pk?.S)).toEqual(['a', 'b'])
    expect(
      await validationMessage(
        ddb.send(
          new BatchWriteItemCommand({
            RequestItems: { [TableName]: Array.from({ length: 26 }, (_, i) => put(`k${i}`)) }
          })
        )
      )
    ).toBe('Too many items requested for the BatchWriteItem call')
    expect(
      await validationMessage(
        ddb.send(new BatchWriteItemCommand({ RequestItems: { [TableName]: [put('a'), put('a')] } }))
      )
    ).toBe('Provided list of item keys contains duplicates')
  })
})

describe('DynamoDB stand-in: faults and IAM refusals', () => {
  it('answers injected throttling as the SDK exception class, and the SDK retries it', async () => {
    const TableName = await newTable()
    server.fail('PutItem', { type: 'ProvisionedThroughputExceededException' })
    await expect(
      doc.send(new PutCommand({ TableName, Item: { pk: 'a', sk: 'b' } }))
    ).rejects.toBeInstanceOf(ProvisionedThroughputExceededException)
    const retrying = DynamoDBDocumentClient.from(
      new DynamoDBClient(awsSettings({ AWS_ENDPOINT_URL: server.url }))
    )
    server.fail('PutItem', { type: 'ProvisionedThroughputExceededException' })
    const ok = await retrying.send(new PutCommand({ TableName, Item: { pk: 'a', sk: 'b' } }))
    expect(ok.$metadata.attempts).toBe(2)
    retrying.destroy()
  })

  it('refuses as IAM does, naming the dynamodb: action', async () => {
    server.denyAccess('UpdateItem')
    const error = await failure(
      doc.send(new UpdateCommand({ TableName: 'table-1', Key: { pk: 'a', sk: 'b' } }))
    )
    expect(error).toMatchObject({
      name: 'AccessDeniedException',
      message: expect.stringContaining('not authorized to perform: dynamodb:UpdateItem')
    })
  })
})

describe('DynamoDB stand-in: startStandIns', () => {
  it('serves a client configured only by the environment, and hands out the control', async () => {
    const standIns = await startStandIns({
      dynamodb: { tables: [{ name: 'state', partitionKey: 'pk', ttlAttribute: 'ttl' }] }
    })
    try {
      const script = `
        import { DynamoDBClient, UpdateItemCommand } from '@aws-sdk/client-dynamodb'
        const out = await new DynamoDBClient({}).send(new UpdateItemCommand({
          TableName: 'state', Key: { pk: { S: 'seen' } }, UpdateExpression: 'ADD n :one',
          ExpressionAttributeValues: { ':one': { N: '1' } }, ReturnValues: 'ALL_NEW'
        }))
        console.log(JSON.stringify(out.Attributes))
      `
      const env = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...standIns.env }
      const run = await promisify(execFile)(
        process.execPath,
        ['--input-type=module', '-e', script],
        { env, timeout: 20_000 }
      )
      expect(JSON.parse(run.stdout)).toEqual({ pk: { S: 'seen' }, n: { N: '1' } })
      expect(standIns.dynamodb.timeToLive('state')).toBe('ttl')
      expect(standIns.dynamodb.item('state', { pk: { S: 'seen' } })).toEqual({
        pk: { S: 'seen' },
        n: { N: '1' }
      })
      expect(standIns.aws.calls.map((c) => `${c.service}.${c.operation}`)).toEqual([
        'DynamoDB_20120810.UpdateItem'
      ])
    } finally {
      await standIns.stop()
    }
  })
})

// --- conformance with the Smithy model (skipped when the shared model is absent) -------------

/** Problems with a request as the input shape of `operation`. */
function inputProblems(model: Model, operation: string, input: unknown): string[] {
  const target = model.shapes[`${model.namespace}#${operation}`]?.input?.target
  if (target === undefined) return [`${operation}: no input in the model`]
  return shapeProblems(model, target, input, `${operation} input`)
}

describe('DynamoDB stand-in vs the Smithy model', () => {
  const model = loadModel('dynamodb-2012-08-10.json')
  const maybe = model ? it : it.skip

  maybe('takes and answers only modelled members, and only modelled or common errors', async () => {
    if (!model) return
    // Every served operation, answered and refused, so the check stands when run alone.
    const from = server.calls.length
    const TableName = await newTable('N')
    const ignore = () => undefined
    const Key = { pk: { S: 'm' }, sk: { N: '1' } }
    await ddb.send(new DescribeTableCommand({ TableName }))
    await ddb.send(new PutItemCommand({ TableName, Item: { ...Key, n: { N: '1' } } }))
    await ddb
      .send(
        new PutItemCommand({
          TableName,
          Item: Key,
          ConditionExpression: 'attribute_not_exists(pk)',
          ReturnValuesOnConditionCheckFailure: 'ALL_OLD'
        })
      )
      .catch(ignore)
    await ddb.send(new GetItemCommand({ TableName, Key }))
    await ddb.send(
      new UpdateItemCommand({
        TableName,
        Key,
        UpdateExpression: 'ADD n :one SET m = :m',
        ExpressionAttributeValues: {
          ':one': { N: '1' },
          ':m': { M: { l: { L: [{ NULL: true }] } } }
        },
        ReturnValues: 'ALL_NEW'
      })
    )
    await ddb.send(
      new QueryCommand({
        TableName,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': { S: 'm' } },
        Limit: 1
      })
    )
    await ddb.send(
      new BatchWriteItemCommand({
        RequestItems: {
          [TableName]: [{ PutRequest: { Item: { pk: { S: 'b' }, sk: { N: '2' } } } }]
        }
      })
    )
    await ddb.send(
      new UpdateTimeToLiveCommand({
        TableName,
        TimeToLiveSpecification: { Enabled: true, AttributeName: 'ttl' }
      })
    )
    await ddb.send(new DescribeTimeToLiveCommand({ TableName }))
    await ddb.send(new DeleteItemCommand({ TableName, Key, ReturnValues: 'ALL_OLD' }))
    await ddb.send(new GetItemCommand({ TableName: 'nope', Key })).catch(ignore)
    await ddb.send(new GetItemCommand({ TableName, Key: { pk: { S: 'm' } } })).catch(ignore)
    await ddb
      .send(
        new CreateTableCommand({
          TableName,
          KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }],
          AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }],
          BillingMode: 'PAY_PER_REQUEST'
        })
      )
      .catch(ignore)
    server.denyAccess('Query')
    await ddb
      .send(
        new QueryCommand({
          TableName,
          KeyConditionExpression: 'pk = :pk',
          ExpressionAttributeValues: { ':pk': { S: 'm' } }
        })
      )
      .catch(ignore)

    const calls = server.calls.slice(from)
    expect(new Set(calls.map((c) => c.operation))).toEqual(
      new Set([
        'CreateTable',
        'DescribeTable',
        'PutItem',
        'GetItem',
        'UpdateItem',
        'DeleteItem',
        'Query',
        'BatchWriteItem',
        'UpdateTimeToLive',
        'DescribeTimeToLive'
      ])
    )
    expect(new Set(calls.map((c) => c.errorType))).toEqual(
      new Set([
        undefined,
        'ConditionalCheckFailedException',
        'ResourceNotFoundException',
        'ValidationException',
        'ResourceInUseException',
        'AccessDeniedException'
      ])
    )
    // The whole file's calls, answers and refusals alike.
    expect(
      callProblems(model, server.calls, ['ValidationException', 'AccessDeniedException'])
    ).toEqual([])
    expect(server.calls.flatMap((c) => inputProblems(model, c.operation, c.input))).toEqual([])
    // The check itself catches a stray member.
    expect(inputProblems(model, 'PutItem', { TableName: 't', Item: {}, Extra: 1 })).toHaveLength(1)
  })
})
