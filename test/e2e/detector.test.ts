// The log anomaly detector's Lambda function (src/entries/detector.ts) driven as Lambda drives it:
// Kinesis events whose records are gzip'd CloudWatch Logs subscription messages built from log
// lines, against the DynamoDB and EventBridge stand-ins through the real SDK clients. A new error
// template after the learning period becomes exactly one event on the bus, valid by the schema;
// the same batch delivered again, to the same container or a cold one, emits nothing more (the
// issue's Done-when); two containers on overlapping records emit each anomaly once; a partial
// PutEvents failure is retried for its failed entries only; a failure mid-batch, a poison record
// and a timeout answer Lambda with the right checkpoint. No real-time waits: the sink's backoff is
// zero and the SDK retries 10 ms apart.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import { awsSettings, startStandIns, type StandIns } from '../../harness/standins/index.js'
import {
  BatchHeadError,
  decodeRecord,
  type KinesisStreamEvent,
  type KinesisStreamRecord
} from '../../src/adapters/aws/kinesis-logs.js'
import {
  createDetectorFunction,
  DetectorEnvironmentError,
  readDetectorEnvironment,
  type DetectorFunction,
  type Log
} from '../../src/entries/detector.js'
import { validate as validLogAnomaly } from '../../src/generated/validate-log-anomaly.js'

const MINUTE = 60_000
/** 2024-05-01T00:00:00Z: log time starts here. */
const T0 = Date.UTC(2024, 4, 1)
/** The wall clock the table's TTLs count from. */
const NOW = Date.UTC(2024, 4, 1, 6)
const STREAM = 'arn:aws:kinesis:us-east-1:123456789012:stream/opsloop-detector-logs'
const KNOWN_ERROR = 'ERROR payment declined for order 4711: card expired'
const NEW_ERROR = 'ERROR replica 3 lost quorum, stepping down'

let standIns: StandIns
beforeAll(async () => {
  standIns = await startStandIns()
})
afterAll(async () => {
  await standIns.stop()
})

// ------------------------------------------------------------------ Kinesis events from log lines

let sequence = 0
/** A Kinesis record as Lambda delivers it, carrying `data` (an object is gzip'd JSON). */
function kinesisRecord(data: unknown, shard = 'shardId-000000000000'): KinesisStreamRecord {
  const sequenceNumber = `4959033827149025660855969253836157109592157598913${String(++sequence).padStart(7, '0')}`
  const bytes = typeof data === 'string' ? data : gzipSync(JSON.stringify(data)).toString('base64')
  return {
    eventID: `${shard}:${sequenceNumber}`,
    eventSourceARN: STREAM,
    kinesis: {
      data: bytes,
      sequenceNumber,
      partitionKey: `${sequence}`,
      approximateArrivalTimestamp: T0 / 1000
    }
  }
}

interface Line {
  t: number
  message: string
}

/** One subscription delivery of one log stream's lines, as CloudWatch Logs writes it. */
const logsRecord = (group: string, lines: Line[], stream = 'web/i-0a1b2c3d') =>
  kinesisRecord({
    messageType: 'DATA_MESSAGE',
    owner: '123456789012',
    logGroup: group,
    logStream: stream,
    subscriptionFilters: ['opsloop-detector'],
    logEvents: lines.map((l, i) => ({
      id: `${l.t}${String(i).padStart(6, '0')}`,
      timestamp: l.t,
      message: l.message
    }))
  })

const controlRecord = () =>
  kinesisRecord({
    messageType: 'CONTROL_MESSAGE',
    owner: 'CloudwatchLogs',
    logGroup: '',
    logStream: '',
    subscriptionFilters: [],
    logEvents: [
      {
        id: '',
        timestamp: T0,
        message: 'CWL CONTROL MESSAGE: Checking health of destination Kinesis stream.'
      }
    ]
  })

const batch = (...records: KinesisStreamRecord[]): KinesisStreamEvent => ({ Records: records })

/** 40 minutes of a normal log group, one record a minute: INFO traffic and a known error. */
function learning(group: string): KinesisStreamRecord[] {
  return Array.from({ length: 40 }, (_, m) => {
    const t = T0 + m * MINUTE
    return logsRecord(group, [
      { t, message: `INFO GET /orders/${m} 200 in ${10 + m} ms` },
      { t: t + 1_000, message: `INFO GET /orders/${m + 1} 200 in ${12 + m} ms` },
      ...(m % 10 === 0 ? [{ t: t + 2_000, message: KNOWN_ERROR }] : [])
    ])
  })
}

/** An hour in: the known lines, and a new error template. */
const incident = (group: string, at = T0 + 60 * MINUTE, message = NEW_ERROR) =>
  logsRecord(group, [
    { t: at, message: 'INFO GET /orders/9 200 in 11 ms' },
    { t: at + 1_000, message },
    { t: at + 2_000, message: message.replace('3', '5') }
  ])

// ------------------------------------------------------------------ the function under test

let tables = 0
/** A fresh table, as the stack creates it. */
function newTable(): string {
  const name = `opsloop-detector-${++tables}`
  standIns.dynamodb.createTable({ name, partitionKey: 'pk', sortKey: 'sk', ttlAttribute: 'ttl' })
  return name
}

interface Setup {
  table: string
  logs: { level: string; message: string; fields: Record<string, unknown> }[]
  fn: DetectorFunction
}

/** A cold container of the function on `table`, learning for 30 minutes. */
function container(table: string, config: object = { defaults: { learning: '30m' } }): Setup {
  const logs: Setup['logs'] = []
  const log: Log = (level, message, fields = {}) => {
    logs.push({ level, message, fields })
  }
  const environment = readDetectorEnvironment({
    OPSLOOP_DETECTOR_TABLE: table,
    OPSLOOP_EVENT_BUS: 'opsloop',
    OPSLOOP_DETECTOR_CONFIG: JSON.stringify(config)
  })
  const fn = createDetectorFunction(environment, {
    aws: (c) => ({ ...c, ...awsSettings(standIns.env) }),
    backoffMs: [0, 0, 0],
    log,
    now: () => NOW
  })
  return { table, logs, fn }
}

/** Events on the bus about one log group. */
const eventsOf = (group: string) =>
  standIns.events.events.filter((e) => e.event.detail.logGroup === group)

let groups = 0
const newGroup = () => `/aws/lambda/orders-${++groups}`

/** A group that has learned: its 40 learning records processed by `fn`. */
async function learned(fn: DetectorFunction, group: string): Promise<void> {
  expect(await fn.handle(batch(...learning(group)))).toEqual({ batchItemFailures: [] })
  expect(eventsOf(group)).toEqual([])
}

// ------------------------------------------------------------------ the tests

describe('decoding', () => {
  it('reads AWS`s own subscription sample (aws-lambda-go, Apache-2.0) as one record of its events', () => {
    const sample = JSON.parse(
      readFileSync(
        '/work/shared/testdata/aws-events/cloudwatch-logs-subscription-event.json',
        'utf8'
      )
    ) as { awslogs: { data: string } }
    const record = kinesisRecord(sample.awslogs.data)
    expect(decodeRecord(record)).toEqual({
      kind: 'data',
      record: {
        id: record.eventID,
        events: [
          {
            logGroup: 'testLogGroup',
            logStream: 'testLogStream',
            timestamp: 1440442987000,
            message: '[ERROR] First test message',
            id: 'eventId1'
          },
          {
            logGroup: 'testLogGroup',
            logStream: 'testLogStream',
            timestamp: 1440442987001,
            message: '[ERROR] Second test message',
            id: 'eventId2'
          }
        ]
      }
    })
  })

  it('tells control messages and poison apart', () => {
    expect(decodeRecord(controlRecord())).toEqual({ kind: 'control' })
    const poison = (data: string) => decodeRecord(kinesisRecord(data))
    expect(poison('not base64!')).toMatchObject({ kind: 'poison', reason: /not base64/ })
    expect(poison(Buffer.from('plain text').toString('base64'))).toMatchObject({
      kind: 'poison',
      reason: /not gzip/
    })
    expect(poison(gzipSync('{"messageType":').toString('base64'))).toMatchObject({
      kind: 'poison',
      reason: /not JSON/
    })
    expect(decodeRecord(kinesisRecord({ messageType: 'OTHER' }))).toMatchObject({
      kind: 'poison',
      reason: /messageType is "OTHER"/
    })
    expect(
      decodeRecord(
        kinesisRecord({
          messageType: 'DATA_MESSAGE',
          logGroup: 'g',
          logStream: 's',
          logEvents: [{}]
        })
      )
    ).toMatchObject({ kind: 'poison', reason: /logEvents\[0\]/ })
  })
})

describe('a new error template after the learning period', () => {
  it('becomes exactly one event on the bus, valid by the schema, with the rest of the batch', async () => {
    const group = newGroup()
    const { fn, logs } = container(newTable())
    await learned(fn, group)
    const response = await fn.handle(
      batch(
        controlRecord(),
        incident(group),
        logsRecord(group, [{ t: T0 + 61 * MINUTE, message: KNOWN_ERROR }])
      )
    )
    expect(response).toEqual({ batchItemFailures: [] })
    const events = eventsOf(group)
    expect(events).toHaveLength(1)
    const [sent] = events
    expect(sent).toMatchObject({
      EventBusName: 'opsloop',
      Source: 'opsloop.logs',
      DetailType: 'OpsLoop Log Anomaly',
      Resources: [],
      Time: new Date(T0 + 60 * MINUTE + 1_000)
    })
    const detail = sent?.event.detail
    expect(validLogAnomaly(detail)).toBe(true)
    expect(detail).toMatchObject({
      version: 1,
      kind: 'new-template',
      logGroup: group,
      severity: 'error',
      count: 2,
      baseline: 0,
      firstSeen: T0 + 60 * MINUTE + 1_000,
      detectedAt: T0 + 60 * MINUTE + 1_000,
      template: 'ERROR replica <*> lost quorum, stepping down'
    })
    expect(detail?.templateKey).toMatch(/^[0-9a-f]{16}$/)
    expect(logs.filter((l) => l.message === 'batch').at(-1)?.fields).toMatchObject({
      records: 3,
      processed: 2,
      control: 1,
      anomalies: 1
    })
  })

  it('is not emitted again when the same batch is delivered twice, to the same container or a cold one', async () => {
    const group = newGroup()
    const table = newTable()
    const { fn } = container(table)
    await learned(fn, group)
    const records = [incident(group), incident(group, T0 + 62 * MINUTE)]
    expect(await fn.handle(batch(...records))).toEqual({ batchItemFailures: [] })
    expect(eventsOf(group)).toHaveLength(1)
    // Lambda retries a batch whose answer it lost: same records, same sequence numbers.
    expect(await fn.handle(batch(...records))).toEqual({ batchItemFailures: [] })
    const cold = container(table)
    expect(await cold.fn.handle(batch(...records))).toEqual({ batchItemFailures: [] })
    expect(eventsOf(group)).toHaveLength(1)
    expect(cold.logs.find((l) => l.message === 'batch')?.fields).toMatchObject({
      processed: 0,
      skipped: 2
    })
  })

  it('is emitted once by two cold containers given overlapping records at the same time', async () => {
    const group = newGroup()
    const table = newTable()
    const a = container(table)
    const b = container(table)
    await learned(a.fn, group)
    // The same lines reach both: shared records (a redelivery racing the first delivery), and
    // copies under other sequence numbers (a second subscription delivering them again).
    const shared = [incident(group), incident(group, T0 + 61 * MINUTE)]
    const copy = incident(group)
    const [first, second] = await Promise.all([
      a.fn.handle(batch(...shared)),
      b.fn.handle(batch(copy, ...shared))
    ])
    expect([first, second]).toEqual([{ batchItemFailures: [] }, { batchItemFailures: [] }])
    expect(eventsOf(group).map((e) => e.event.detail.kind)).toEqual(['new-template'])
  })
})

describe('EventBridge failures', () => {
  it('retries only the entries that failed, and sends each anomaly once', async () => {
    const group = newGroup()
    const { fn, logs } = container(newTable())
    await learned(fn, group)
    // One record, two new templates: one PutEvents of two entries, the second of which fails.
    standIns.events.failEntries(1, { ErrorCode: 'ThrottlingException' }, (entry) =>
      (entry.Detail ?? '').includes('disk')
    )
    const before = standIns.aws.calls.filter((c) => c.operation === 'PutEvents').length
    const response = await fn.handle(
      batch(
        logsRecord(group, [
          { t: T0 + 60 * MINUTE, message: NEW_ERROR },
          { t: T0 + 60 * MINUTE + 500, message: 'ERROR disk /var/data is full' }
        ])
      )
    )
    expect(response).toEqual({ batchItemFailures: [] })
    const puts = standIns.aws.calls
      .filter((c) => c.operation === 'PutEvents')
      .slice(before)
      .map((c) => (c.input as { Entries: { Detail: string }[] }).Entries.length)
    expect(puts).toEqual([2, 1])
    expect(
      eventsOf(group)
        .map((e) => e.event.detail.template)
        .sort()
    ).toEqual(['ERROR disk <*> is full', 'ERROR replica <*> lost quorum, stepping down'])
    expect(logs.filter((l) => l.message.startsWith('PutEvents entry failed'))).toHaveLength(1)
  })

  it('fails the record when entries keep failing, and its redelivery sends the anomaly once', async () => {
    const group = newGroup()
    const { fn } = container(newTable())
    await learned(fn, group)
    const known = logsRecord(group, [{ t: T0 + 59 * MINUTE, message: KNOWN_ERROR }])
    const failing = incident(group)
    const after = logsRecord(group, [{ t: T0 + 61 * MINUTE, message: KNOWN_ERROR }])
    // Four tries (the first and three retries), all refused.
    standIns.events.failEntries(4, { ErrorCode: 'InternalFailure' })
    expect(await fn.handle(batch(known, failing, after))).toEqual({
      batchItemFailures: [{ itemIdentifier: failing.kinesis.sequenceNumber }]
    })
    expect(eventsOf(group)).toEqual([])
    // Lambda retries from the failed record: its claim was released, so it is sent now.
    expect(await fn.handle(batch(failing, after))).toEqual({ batchItemFailures: [] })
    expect(eventsOf(group)).toHaveLength(1)
  })
})

describe('the answer to Lambda', () => {
  it('names the first record that failed mid-batch; the records before it are done', async () => {
    const group = newGroup()
    const { fn, table } = container(newTable())
    const records = learning(group).slice(0, 5)
    const third = records[2]
    if (third?.eventID === undefined) throw new Error('no third record')
    // DynamoDB refuses the third record's marker write (as IAM would): not retried.
    standIns.aws.denyAccess('PutItem', 1, (input) =>
      JSON.stringify(input).includes(`record|${third.eventID ?? ''}`)
    )
    expect(await fn.handle(batch(...records))).toEqual({
      batchItemFailures: [{ itemIdentifier: third.kinesis.sequenceNumber }]
    })
    const done = standIns.dynamodb
      .items(table)
      .map((item) => item.pk?.S ?? '')
      .filter((pk) => pk.startsWith('record|'))
    expect(done.sort()).toEqual(
      [`record|${records[0]?.eventID}`, `record|${records[1]?.eventID}`].sort()
    )
  })

  it('reports a poison record mid-batch at its sequence number, after the records before it', async () => {
    const group = newGroup()
    const { fn, logs } = container(newTable())
    const [one, two] = learning(group)
    const poison = kinesisRecord(Buffer.from('not gzip').toString('base64'))
    if (one === undefined || two === undefined) throw new Error('no records')
    expect(await fn.handle(batch(one, poison, two))).toEqual({
      batchItemFailures: [{ itemIdentifier: poison.kinesis.sequenceNumber }]
    })
    expect(logs.find((l) => l.level === 'error')?.fields).toMatchObject({
      sequenceNumber: poison.kinesis.sequenceNumber,
      reason: expect.stringMatching(/cannot be read: its data is not gzip/)
    })
    // Alone (after bisection), it is reported too: retried, then sent to the on-failure queue.
    expect(await fn.handle(batch(poison))).toEqual({
      batchItemFailures: [{ itemIdentifier: poison.kinesis.sequenceNumber }]
    })
  })

  it('fails the invocation when the batch`s first record fails, so Lambda bisects the batch', async () => {
    const group = newGroup()
    const { fn } = container(newTable())
    const poison = kinesisRecord('%%%')
    await expect(fn.handle(batch(poison, ...learning(group).slice(0, 2)))).rejects.toThrow(
      BatchHeadError
    )
  })

  it('stops before a record when the invocation is about to time out', async () => {
    const group = newGroup()
    const { fn } = container(newTable())
    const records = learning(group).slice(0, 3)
    let left = 60_000
    const context = {
      getRemainingTimeInMillis: () => {
        left -= 30_000
        return left
      }
    }
    // 30 s left before the second record, 0 before the third: the third is left for the retry.
    expect(await fn.handle(batch(...records), context)).toEqual({
      batchItemFailures: [{ itemIdentifier: records[2]?.kinesis.sequenceNumber }]
    })
  })
})

describe('the environment', () => {
  it('is read once into settings, defaults filled in', () => {
    const environment = readDetectorEnvironment({
      OPSLOOP_DETECTOR_TABLE: 'opsloop-detector',
      OPSLOOP_DETECTOR_CONFIG: JSON.stringify({
        defaults: { learning: '2h' },
        groups: { '/aws/lambda/payments': { cooldown: '2h' } }
      })
    })
    expect(environment).toMatchObject({
      tableName: 'opsloop-detector',
      eventBusName: 'default',
      streamRetentionMs: 24 * 3_600_000
    })
    expect(environment.config.settingsFor('/aws/lambda/payments').cooldownMs).toBe(7_200_000)
    expect(environment.settings.map((s) => [s.learningMs, s.cooldownMs])).toEqual([
      [7_200_000, 1_800_000],
      [7_200_000, 7_200_000]
    ])
  })

  it('refuses what cannot work, every problem at once, each with what to set', () => {
    const problems = (env: Record<string, string>) => {
      try {
        readDetectorEnvironment(env)
      } catch (error) {
        expect(error).toBeInstanceOf(DetectorEnvironmentError)
        return (error as Error).message
      }
      throw new Error('expected an error')
    }
    const message = problems({
      OPSLOOP_DETECTOR_CONFIG: '{"defaults": {"learnin": "1h"}}',
      OPSLOOP_STREAM_RETENTION_HOURS: '12'
    })
    expect(message).toContain('OPSLOOP_DETECTOR_TABLE is not set')
    expect(message).toContain(
      'OPSLOOP_DETECTOR_CONFIG: defaults: unknown setting `learnin`; did you mean `learning`?'
    )
    expect(message).toContain('OPSLOOP_STREAM_RETENTION_HOURS is "12"')
    expect(
      problems({ OPSLOOP_DETECTOR_TABLE: 't-1', OPSLOOP_DETECTOR_CONFIG: '{defaults' })
    ).toMatch(/OPSLOOP_DETECTOR_CONFIG is not JSON .*; write e\.g\./)
  })
})

describe('the table', () => {
  it('holds one item kind per key prefix, each with a TTL counted from the write', async () => {
    const group = newGroup()
    const { fn, table } = container(newTable())
    await learned(fn, group)
    await fn.handle(batch(incident(group)))
    const items = standIns.dynamodb.items(table)
    const kinds = new Set(items.map((i) => (i.pk?.S ?? '').split('|')[0]))
    expect([...kinds].sort()).toEqual(['claim', 'count', 'group', 'record', 'template'])
    const ttlMinutes = (prefix: string) =>
      [
        ...new Set(
          items
            .filter((i) => i.pk?.S?.startsWith(`${prefix}|`))
            .map((i) => (Number(i.ttl?.N) * 1000 - NOW) / 60_000)
        )
      ].sort((a, b) => a - b)
    // Defaults: window 5m + baseline 60m (cooldown 30m) + 1h; claims: 30m + 14d; 365 days;
    // records: 24h retention + 48h.
    expect(ttlMinutes('count')).toEqual([65 + 60])
    expect(ttlMinutes('claim')).toEqual([30 + 14 * 24 * 60])
    expect(ttlMinutes('group')).toEqual([365 * 24 * 60])
    expect(ttlMinutes('template')).toEqual([365 * 24 * 60])
    expect(ttlMinutes('record')).toEqual([72 * 60])
    const counts = items.filter((i) => i.pk?.S === `count|${group}|#new-template-budget`)
    expect(counts.map((i) => i.n?.N)).toEqual(['1'])
  })
})
