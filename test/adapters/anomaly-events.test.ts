// The detector's EventBridge sink (src/adapters/aws/anomaly-events.ts) against the EventBridge
// stand-in through the real SDK client: details mapped to the schema and validated, requests of
// at most 10 entries and 256 KB, only failed entries retried and only for retryable codes, a
// detail that can never be sent left out and said, and an error that says what did reach the bus.
import { EventBridgeClient, type PutEventsRequestEntry } from '@aws-sdk/client-eventbridge'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { awsSettings, startStandIns, type StandIns } from '../../harness/standins/index.js'
import {
  AnomalySendError,
  entrySize,
  eventBridgeAnomalySink,
  logAnomalyDetail,
  MAX_REQUEST_BYTES
} from '../../src/adapters/aws/anomaly-events.js'
import type { Anomaly } from '../../src/detect/anomaly.js'
import { validate as validLogAnomaly } from '../../src/generated/validate-log-anomaly.js'

let standIns: StandIns
let client: EventBridgeClient
beforeAll(async () => {
  standIns = await startStandIns()
  client = new EventBridgeClient(awsSettings(standIns.env, 1))
})
afterAll(async () => {
  client.destroy()
  await standIns.stop()
})

const T = Date.UTC(2024, 4, 1, 1)
let count = 0
function anomaly(changes: Partial<Anomaly> = {}): Anomaly {
  const n = ++count
  return {
    version: 1,
    id: n.toString(16).padStart(32, '0'),
    kind: 'new-template',
    logGroup: '/aws/lambda/orders',
    templateKey: n.toString(16).padStart(16, '0'),
    template: `ERROR replica <*> lost quorum ${n}`,
    drainTemplate: 'ERROR replica <*> lost quorum',
    drainCount: 2,
    severity: 'error',
    count: 2,
    baseline: 0,
    firstSeen: T,
    windowStart: T,
    windowEnd: T + 300_000,
    detectedAt: T + 1_000,
    examples: [{ message: 'ERROR replica 3 lost quorum', logStream: 'web/1', timestamp: T }],
    ...changes
  }
}

const putEvents = () => standIns.aws.calls.filter((c) => c.operation === 'PutEvents')
const entriesPerCall = (from: number) =>
  putEvents()
    .slice(from)
    .map((c) => (c.input as { Entries: unknown[] }).Entries.length)
const sentIds = (from: number) =>
  standIns.events.events.slice(from).map((e) => e.event.detail.id as string)

describe('the detail', () => {
  it('is the schema`s LogAnomaly, version 1, and nothing more than the schema names', () => {
    const a = anomaly()
    const detail = logAnomalyDetail({ ...a, extra: 'not in the schema' } as Anomaly)
    expect(validLogAnomaly(detail)).toBe(true)
    expect(detail).toEqual(a)
  })
})

describe('sending', () => {
  it('puts at most 10 entries a request, in order, on the named bus', async () => {
    const sink = eventBridgeAnomalySink(client, { eventBusName: 'opsloop', backoffMs: [] })
    const calls = putEvents().length
    const events = standIns.events.events.length
    const batch = Array.from({ length: 23 }, () => anomaly())
    await sink.send(batch)
    expect(entriesPerCall(calls)).toEqual([10, 10, 3])
    expect(sentIds(events)).toEqual(batch.map((a) => a.id))
    expect(standIns.events.events.at(-1)).toMatchObject({
      EventBusName: 'opsloop',
      Source: 'opsloop.logs',
      DetailType: 'OpsLoop Log Anomaly'
    })
  })

  it('keeps each request within 256 KB', async () => {
    const sink = eventBridgeAnomalySink(client, { eventBusName: 'opsloop', backoffMs: [] })
    const calls = putEvents().length
    // The largest details the schema allows, in 4-byte characters: about 38 KB each.
    const wide = (n: number) => '\u{1F600}'.repeat(n)
    const big = () =>
      anomaly({
        template: wide(1000),
        drainTemplate: wide(1000),
        examples: Array.from({ length: 3 }, () => ({
          message: wide(2000),
          logStream: wide(512),
          timestamp: T
        }))
      })
    await sink.send(Array.from({ length: 8 }, big))
    const requests = putEvents()
      .slice(calls)
      .map((c) => (c.input as { Entries: PutEventsRequestEntry[] }).Entries)
    expect(requests.map((r) => r.length)).toEqual([6, 2])
    for (const r of requests)
      expect(r.reduce((n, e) => n + entrySize(e), 0)).toBeLessThanOrEqual(MAX_REQUEST_BYTES)
  })

  it('retries only the failed entries, and says what it retried', async () => {
    const retried: string[] = []
    const sink = eventBridgeAnomalySink(client, {
      eventBusName: 'opsloop',
      backoffMs: [0, 0],
      onRetry: (a, code) => retried.push(`${a.id} ${code}`)
    })
    const [a, b, c] = [anomaly(), anomaly(), anomaly()]
    standIns.events.failEntries(1, { ErrorCode: 'InternalFailure' }, (e) =>
      (e.Detail ?? '').includes(b.id)
    )
    standIns.events.failEntries(1, { ErrorCode: 'ThrottlingException' }, (e) =>
      (e.Detail ?? '').includes(b.id)
    )
    const calls = putEvents().length
    const events = standIns.events.events.length
    await sink.send([a, b, c])
    expect(entriesPerCall(calls)).toEqual([3, 1, 1])
    expect(sentIds(events)).toEqual([a.id, c.id, b.id])
    expect(retried).toEqual([`${b.id} InternalFailure`, `${b.id} ThrottlingException`])
  })

  it('gives up after its retries, naming what reached the bus and what did not', async () => {
    const sink = eventBridgeAnomalySink(client, { eventBusName: 'opsloop', backoffMs: [0, 0] })
    const [a, b] = [anomaly(), anomaly()]
    standIns.events.failEntries(3, { ErrorCode: 'InternalFailure' }, (e) =>
      (e.Detail ?? '').includes(b.id)
    )
    const error = await sink.send([a, b]).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(AnomalySendError)
    expect(error).toMatchObject({
      message: expect.stringMatching(/refused 1 of 2 log anomalies on opsloop after 3 attempts/),
      sent: [a.id],
      failed: [{ id: b.id, code: 'InternalFailure' }]
    })
  })

  it('does not retry an entry refused for good', async () => {
    const sink = eventBridgeAnomalySink(client, { eventBusName: 'opsloop', backoffMs: [0, 0] })
    standIns.events.failEntries(1, {
      ErrorCode: 'NotAuthorizedForSourceException',
      ErrorMessage: 'Not authorized for the source.'
    })
    const calls = putEvents().length
    await expect(sink.send([anomaly()])).rejects.toThrow(
      /after 1 attempt \(NotAuthorizedForSourceException: Not authorized for the source\.\)/
    )
    expect(entriesPerCall(calls)).toEqual([1])
  })

  it('fails whole when the request fails after the SDK`s retries', async () => {
    const sink = eventBridgeAnomalySink(client, { eventBusName: 'opsloop', backoffMs: [] })
    standIns.aws.denyAccess('PutEvents')
    const a = anomaly()
    await expect(sink.send([a])).rejects.toMatchObject({
      name: 'AnomalySendError',
      message: expect.stringMatching(/PutEvents failed for 1 log anomaly on opsloop: AccessDenied/),
      sent: [],
      failed: [{ id: a.id }]
    })
  })

  it('leaves out a detail the schema refuses, says why, and sends the rest', async () => {
    const dropped: string[] = []
    const sink = eventBridgeAnomalySink(client, {
      eventBusName: 'opsloop',
      backoffMs: [],
      onDropped: (a, reason) => dropped.push(`${a.id}: ${reason}`)
    })
    // A burst of blank lines: a template with no text, which the schema does not allow.
    const blank = anomaly({ kind: 'burst', severity: 'info', template: '' })
    const good = anomaly()
    const events = standIns.events.events.length
    await sink.send([blank, good])
    expect(sentIds(events)).toEqual([good.id])
    expect(dropped).toEqual([
      `${blank.id}: its detail does not match the log anomaly schema: /template must NOT have fewer than 1 characters`
    ])
  })
})
