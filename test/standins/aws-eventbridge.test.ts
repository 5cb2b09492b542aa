// The EventBridge stand-in, driven through the real SDK client (@aws-sdk/client-eventbridge):
// the wire protocol, accepted events with their ids, the envelope and their times, per-entry
// validation errors beside accepted entries, the request limits (1 to 10 entries, 256 KB as AWS
// counts it), scripted per-entry failures and a caller that retries only the failed entries,
// injected faults and IAM refusals, the environment's routing, and conformance with the model.
import {
  EventBridgeClient,
  InternalException,
  PutEventsCommand,
  type PutEventsRequestEntry,
  type PutEventsResultEntry
} from '@aws-sdk/client-eventbridge'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFile } from 'node:child_process'
import type { IncomingHttpHeaders } from 'node:http'
import { promisify } from 'node:util'
import { createEventBridgeService, entrySize } from '../../harness/standins/aws/eventbridge.js'
import { callProblems, loadModel, shapeProblems } from '../../harness/standins/aws/model.js'
import {
  startAwsServer,
  type AwsServer,
  type JsonService
} from '../../harness/standins/aws/protocol.js'
import { awsSettings, startStandIns } from '../../harness/standins/index.js'

const T0 = new Date('2025-06-01T12:00:00Z')
const bridge = createEventBridgeService({ now: () => T0 })
const { control } = bridge

const seen: IncomingHttpHeaders[] = []
const watching = (service: JsonService): JsonService => ({
  ...service,
  handle(operation, input, req) {
    seen.push(req.headers)
    return service.handle(operation, input, req)
  }
})

let server: AwsServer
let events: EventBridgeClient
beforeAll(async () => {
  server = await startAwsServer([watching(bridge.service)], [])
  events = new EventBridgeClient({
    endpoint: server.url,
    region: 'us-east-1',
    credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
    maxAttempts: 1
  })
})
afterAll(async () => {
  events.destroy()
  await server.close()
})

const anomaly = (n: number, extra: Partial<PutEventsRequestEntry> = {}): PutEventsRequestEntry => ({
  Source: 'opsloop.detector',
  DetailType: 'anomaly.detected',
  Detail: JSON.stringify({ n, pattern: 'ERROR <*> upstream timed out' }),
  ...extra
})
const put = (Entries: PutEventsRequestEntry[]) => events.send(new PutEventsCommand({ Entries }))
const lastCall = () => server.calls[server.calls.length - 1]

/** The ValidationException message a PutEvents call is refused with. */
async function refusal(Entries: PutEventsRequestEntry[]): Promise<string> {
  const error = await put(Entries).then(
    () => {
      throw new Error('expected PutEvents to fail')
    },
    (e: unknown) => e as Error & { $metadata: { httpStatusCode?: number } }
  )
  expect(error.name).toBe('ValidationException')
  expect(error.$metadata.httpStatusCode).toBe(400)
  return error.message
}

describe('EventBridge stand-in: protocol', () => {
  it('is what @aws-sdk/client-eventbridge 3.1164.0 sends: AWS JSON 1.1, AWSEvents', async () => {
    await put([anomaly(0, { Time: new Date('2025-05-31T23:59:30Z') })])
    expect(seen[seen.length - 1]).toMatchObject({
      'content-type': 'application/x-amz-json-1.1',
      'x-amz-target': 'AWSEvents.PutEvents'
    })
    // Times travel as epoch seconds.
    expect(lastCall()?.input).toMatchObject({
      Entries: [{ Time: new Date('2025-05-31T23:59:30Z').getTime() / 1000 }]
    })
  })
})

describe('EventBridge stand-in: PutEvents', () => {
  it('accepts entries in order, answering their ids, and records what EventBridge delivers', async () => {
    const from = control.events.length
    const out = await put([
      anomaly(1, { Resources: ['arn:aws:logs:us-east-1:123456789012:log-group:/app/api'] }),
      anomaly(2, { EventBusName: 'opsloop', Time: new Date('2025-06-01T11:59:00Z') }),
      anomaly(3, { EventBusName: 'arn:aws:events:us-east-1:123456789012:event-bus/opsloop' })
    ])
    expect(out.FailedEntryCount).toBe(0)
    const accepted = control.events.slice(from)
    expect(out.Entries).toEqual(accepted.map((e) => ({ EventId: e.EventId })))
    expect(new Set(accepted.map((e) => e.EventId)).size).toBe(3)
    expect(accepted.map((e) => [e.EventBusName, e.Time])).toEqual([
      ['default', T0],
      ['opsloop', new Date('2025-06-01T11:59:00Z')],
      ['arn:aws:events:us-east-1:123456789012:event-bus/opsloop', T0]
    ])
    expect(accepted[0]?.event).toEqual({
      version: '0',
      id: accepted[0]?.EventId,
      'detail-type': 'anomaly.detected',
      source: 'opsloop.detector',
      account: '123456789012',
      time: '2025-06-01T12:00:00Z',
      region: 'us-east-1',
      resources: ['arn:aws:logs:us-east-1:123456789012:log-group:/app/api'],
      detail: { n: 1, pattern: 'ERROR <*> upstream timed out' }
    })
  })

  it('accepts an event for a bus that does not exist, as EventBridge does', async () => {
    const out = await put([anomaly(4, { EventBusName: 'no-such-bus' })])
    expect(out.FailedEntryCount).toBe(0)
    expect(control.events[control.events.length - 1]?.EventBusName).toBe('no-such-bus')
  })

  it('fails invalid entries one by one, in place, and accepts the rest', async () => {
    const from = control.events.length
    const out = await put([
      anomaly(5),
      { DetailType: 'x', Detail: '{}' },
      { Source: 's', Detail: '{}' },
      { Source: 's', DetailType: 'x' },
      { Source: 's', DetailType: 'x', Detail: 'not json' },
      { Source: 's', DetailType: 'x', Detail: '[1, 2]' },
      anomaly(6)
    ])
    expect(out.FailedEntryCount).toBe(5)
    expect(out.Entries?.map((e) => e.ErrorCode ?? 'ok')).toEqual([
      'ok',
      'InvalidArgument',
      'InvalidArgument',
      'InvalidArgument',
      'MalformedDetail',
      'MalformedDetail',
      'ok'
    ])
    expect(out.Entries?.slice(1, 5).map((e) => e.ErrorMessage)).toEqual([
      'Parameter Source is not valid. Reason: Source is a required argument.',
      'Parameter DetailType is not valid. Reason: DetailType is a required argument.',
      'Parameter Detail is not valid. Reason: Detail is a required argument.',
      'Detail is malformed.'
    ])
    expect(control.events.slice(from).map((e) => JSON.parse(e.Detail) as unknown)).toEqual([
      { n: 5, pattern: 'ERROR <*> upstream timed out' },
      { n: 6, pattern: 'ERROR <*> upstream timed out' }
    ])
    expect(control.failedEntries.slice(-5).map((f) => f.ErrorCode)).toEqual([
      'InvalidArgument',
      'InvalidArgument',
      'InvalidArgument',
      'MalformedDetail',
      'MalformedDetail'
    ])
  })

  it('takes 1 to 10 entries a request', async () => {
    expect(await refusal([])).toMatch(
      /^1 validation error detected: Value '\[\]' at 'entries' failed to satisfy constraint: Member must have length greater than or equal to 1$/
    )
    expect(await refusal(Array.from({ length: 11 }, (_, i) => anomaly(i)))).toMatch(
      /at 'entries' failed to satisfy constraint: Member must have length less than or equal to 10$/
    )
    expect((await put(Array.from({ length: 10 }, (_, i) => anomaly(i)))).FailedEntryCount).toBe(0)
  })

  it('limits a request to 256 KB counted as AWS documents it', async () => {
    const LIMIT = 256 * 1024
    // Source and DetailType of one byte each, and a Detail filling the rest.
    const detail = (bytes: number) => `{"p":"${'x'.repeat(bytes - 8)}"}`
    const exactly = { Source: 's', DetailType: 't', Detail: detail(LIMIT - 2) }
    expect(entrySize(exactly)).toBe(LIMIT)
    expect((await put([exactly])).FailedEntryCount).toBe(0)
    const message = 'Total size of the entries in the request is over the limit.'
    expect(await refusal([{ ...exactly, Detail: detail(LIMIT - 1) }])).toBe(message)
    // Time counts 14 bytes, each resource its bytes, and text its UTF-8 bytes, across entries.
    expect(await refusal([{ ...exactly, Time: T0 }])).toBe(message)
    expect(await refusal([{ ...exactly, Resources: ['r'] }])).toBe(message)
    expect(await refusal([{ ...exactly, Source: 'é' }])).toBe(message)
    const half = { Source: 's', DetailType: 't', Detail: detail(LIMIT / 2 - 2) }
    expect((await put([half, half])).FailedEntryCount).toBe(0)
    expect(await refusal([half, half, anomaly(1)])).toBe(message)
  })

  it('refuses a malformed event bus name for the whole request', async () => {
    expect(await refusal([anomaly(1), anomaly(2, { EventBusName: 'bad/name' })])).toMatch(
      /^1 validation error detected: Value 'bad\/name' at 'entries.2.member.eventBusName' failed to satisfy constraint: Member must satisfy regular expression pattern/
    )
  })
})

describe('EventBridge stand-in: scripted entry failures', () => {
  /** What a careful producer does: resend only the failed entries, a few times. */
  async function putAll(entries: PutEventsRequestEntry[], attempts = 3) {
    let pending = entries
    const answered: PutEventsResultEntry[][] = []
    for (let attempt = 1; attempt <= attempts && pending.length > 0; attempt++) {
      const out = await put(pending)
      answered.push(out.Entries ?? [])
      pending = pending.filter((_, i) => out.Entries?.[i]?.ErrorCode !== undefined)
    }
    return { pending, answered }
  }

  it('fails the next N entries, so a caller retries exactly those', async () => {
    const from = control.events.length
    const calls = server.calls.length
    control.failEntries(2, { ErrorCode: 'ThrottlingException' })
    const entries = [1, 2, 3, 4].map((n) => anomaly(n))
    const { pending, answered } = await putAll(entries)
    expect(pending).toEqual([])
    expect(answered[0]?.map((e) => e.ErrorCode ?? e.EventId?.slice(0, 4))).toEqual([
      'ThrottlingException',
      'ThrottlingException',
      'e7e0',
      'e7e0'
    ])
    expect(answered[0]?.[0]?.ErrorMessage).toBe('The request was denied due to request throttling.')
    // The second request carried only the two throttled entries.
    const retried = server.calls.slice(calls)[1]?.input as { Entries: { Detail: string }[] }
    expect(retried.Entries.map((e) => (JSON.parse(e.Detail) as { n: number }).n)).toEqual([1, 2])
    // Each event went in exactly once.
    expect(
      control.events.slice(from).map((e) => (JSON.parse(e.Detail) as { n: number }).n)
    ).toEqual([3, 4, 1, 2])
  })

  it('fails with InternalFailure by default, and only the entries `when` matches', async () => {
    control.failEntries(1, undefined, (entry) => entry.DetailType === 'anomaly.resolved')
    const out = await put([anomaly(1), anomaly(2, { DetailType: 'anomaly.resolved' }), anomaly(3)])
    expect(out.FailedEntryCount).toBe(1)
    expect(out.Entries?.[1]).toEqual({
      ErrorCode: 'InternalFailure',
      ErrorMessage:
        'The request processing has failed because of an unknown error, exception or failure.'
    })
    // The script is spent.
    expect((await put([anomaly(4, { DetailType: 'anomaly.resolved' })])).FailedEntryCount).toBe(0)
  })

  it('lets invalid entries fail as themselves, without using up a script', async () => {
    control.failEntries(1, { ErrorCode: 'ThrottlingException' })
    const out = await put([{ Source: 's', DetailType: 'x' }, anomaly(1)])
    expect(out.Entries?.map((e) => e.ErrorCode)).toEqual(['InvalidArgument', 'ThrottlingException'])
  })

  it('gives up when every attempt fails, leaving the pending entries', async () => {
    control.failEntries(3, { ErrorCode: 'ThrottlingException' })
    const { pending, answered } = await putAll([anomaly(1)], 3)
    expect(pending).toHaveLength(1)
    expect(answered).toHaveLength(3)
  })
})

describe('EventBridge stand-in: faults and IAM refusals', () => {
  it('answers an injected whole-call failure as the SDK exception, which the SDK retries', async () => {
    server.fail('PutEvents', { type: 'InternalException', status: 500 })
    await expect(put([anomaly(1)])).rejects.toBeInstanceOf(InternalException)
    const retrying = new EventBridgeClient(awsSettings({ AWS_ENDPOINT_URL: server.url }))
    server.fail('PutEvents', { type: 'InternalException', status: 500 })
    const out = await retrying.send(new PutEventsCommand({ Entries: [anomaly(1)] }))
    expect(out.$metadata.attempts).toBe(2)
    retrying.destroy()
  })

  it('refuses as IAM does, naming the events: action', async () => {
    server.denyAccess('PutEvents')
    await expect(put([anomaly(1)])).rejects.toMatchObject({
      name: 'AccessDeniedException',
      message: expect.stringContaining('not authorized to perform: events:PutEvents')
    })
  })
})

describe('EventBridge stand-in: startStandIns', () => {
  it('serves a client configured only by the environment, and hands out the control', async () => {
    const standIns = await startStandIns()
    try {
      standIns.events.failEntries(1, { ErrorCode: 'ThrottlingException' })
      const script = `
        import { EventBridgeClient, PutEventsCommand } from '@aws-sdk/client-eventbridge'
        const out = await new EventBridgeClient({}).send(new PutEventsCommand({ Entries: [
          { Source: 'opsloop.detector', DetailType: 'anomaly.detected', Detail: '{"n":1}' },
          { Source: 'opsloop.detector', DetailType: 'anomaly.detected', Detail: '{"n":2}' }
        ] }))
        console.log(JSON.stringify(out.Entries.map((e) => e.ErrorCode ?? 'ok')))
      `
      const env = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...standIns.env }
      const run = await promisify(execFile)(
        process.execPath,
        ['--input-type=module', '-e', script],
        { env, timeout: 20_000 }
      )
      expect(JSON.parse(run.stdout)).toEqual(['ThrottlingException', 'ok'])
      expect(standIns.events.events.map((e) => e.Detail)).toEqual(['{"n":2}'])
      expect(standIns.aws.calls.map((c) => `${c.service}.${c.operation}`)).toEqual([
        'AWSEvents.PutEvents'
      ])
    } finally {
      await standIns.stop()
    }
  })
})

// --- conformance with the Smithy model (skipped when the shared model is absent) -------------

describe('EventBridge stand-in vs the Smithy model', () => {
  const model = loadModel('eventbridge-2015-10-07.json')
  const maybe = model ? it : it.skip

  maybe('takes and answers only modelled members, and only modelled or common errors', async () => {
    if (!model) return
    // Accepted, partly failed and refused calls, so the check stands when run alone.
    const ignore = () => undefined
    await put([anomaly(1, { Resources: ['arn:aws:s3:::b'], Time: T0, TraceHeader: 'Root=1' })])
    control.failEntries(1)
    await put([anomaly(2), { Source: 's', DetailType: 'x', Detail: '"text"' }])
    await put([]).catch(ignore)
    server.fail('PutEvents', { type: 'InternalException', status: 500 })
    await put([anomaly(3)]).catch(ignore)
    server.denyAccess('PutEvents')
    await put([anomaly(4)]).catch(ignore)

    expect(new Set(server.calls.map((c) => c.errorType))).toEqual(
      new Set([undefined, 'ValidationException', 'InternalException', 'AccessDeniedException'])
    )
    expect(
      callProblems(model, server.calls, ['ValidationException', 'AccessDeniedException'])
    ).toEqual([])
    const input = model.shapes[`${model.namespace}#PutEvents`]?.input?.target ?? ''
    expect(
      server.calls.flatMap((c) => shapeProblems(model, input, c.input, 'PutEvents input'))
    ).toEqual([])
    expect(shapeProblems(model, input, { Entries: [{ Sauce: 'x' }] }, 'PutEvents')).toHaveLength(1)
  })
})
