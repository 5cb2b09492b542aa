// The committed Lambda bundle of the log anomaly detector (dist/detector/index.mjs, built by
// `npm run package`), loaded as the Node.js runtime loads it: a fresh process imports the module
// and calls `handler` with a Kinesis event, configured only by environment (the stand-ins'
// AWS_ENDPOINT_URL, credentials and region, and the function's own variables). Every other test
// runs the composition root in process (test/e2e/detector.test.ts); this one proves the bundle is
// that root, the AWS SDK inside it, and that a second cold container sends nothing twice.
import { afterAll, beforeAll, expect, it } from '@jest/globals'
import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { promisify } from 'node:util'
import { gzipSync } from 'node:zlib'
import { startStandIns, type StandIns } from '../harness/standins/index.js'
import { validate as validLogAnomaly } from '../src/generated/validate-log-anomaly.js'

const BUNDLE = 'dist/detector/index.mjs'
const TABLE = 'opsloop-detector-state'
const run = promisify(execFile)
let standIns: StandIns

beforeAll(async () => {
  standIns = await startStandIns()
  standIns.dynamodb.createTable({
    name: TABLE,
    partitionKey: 'pk',
    sortKey: 'sk',
    ttlAttribute: 'ttl'
  })
})
afterAll(async () => {
  await standIns.stop()
})

const T0 = Date.UTC(2024, 4, 1)
const record = (n: number, data: string) => ({
  eventID: `shardId-000000000000:4959033827149025660855969253836157109592157598913${String(n).padStart(7, '0')}`,
  eventSourceARN: 'arn:aws:kinesis:us-east-1:123456789012:stream/opsloop-detector',
  kinesis: {
    sequenceNumber: `4959033827149025660855969253836157109592157598913${String(n).padStart(7, '0')}`,
    partitionKey: String(n),
    data
  }
})
const lines = (n: number, minute: number, message: string) =>
  record(
    n,
    gzipSync(
      JSON.stringify({
        messageType: 'DATA_MESSAGE',
        owner: '123456789012',
        logGroup: '/aws/lambda/orders',
        logStream: 'stream-a',
        subscriptionFilters: ['opsloop-detector'],
        logEvents: [{ id: `${n}`, timestamp: T0 + minute * 60_000, message }]
      })
    ).toString('base64')
  )

/** One cold container: a new process that imports the bundle and handles one event. */
async function invoke(event: unknown): Promise<unknown> {
  const script = `const { handler } = await import(process.argv[1]); process.stdout.write('\\n' + JSON.stringify(await handler(JSON.parse(process.argv[2]))))`
  const { stdout } = await run(
    process.execPath,
    ['--input-type=module', '-e', script, `./${BUNDLE}`, JSON.stringify(event)],
    {
      env: {
        PATH: process.env.PATH ?? '',
        ...standIns.env,
        OPSLOOP_DETECTOR_TABLE: TABLE,
        OPSLOOP_DETECTOR_CONFIG: '{"defaults":{"learning":"30m"}}'
      }
    }
  )
  return JSON.parse(stdout.split('\n').at(-1) ?? '') as unknown
}

it('handles a Kinesis batch as the runtime calls it: one event for a new error, none twice', async () => {
  if (!existsSync(BUNDLE))
    throw new Error(`${BUNDLE} is not built: run \`npm run package\` and commit dist/`)
  const poison = record(5, Buffer.from('not gzip').toString('base64'))
  const event = {
    Records: [
      lines(1, 0, 'INFO GET /orders/1 200'),
      lines(2, 40, 'INFO GET /orders/2 200'),
      lines(3, 41, 'ERROR replica 3 lost quorum'),
      lines(4, 42, 'INFO GET /orders/3 200'),
      poison
    ]
  }
  expect(await invoke(event)).toEqual({
    batchItemFailures: [{ itemIdentifier: poison.kinesis.sequenceNumber }]
  })
  expect(standIns.events.events.map((e) => e.event.detail.kind)).toEqual(['new-template'])
  expect(validLogAnomaly(standIns.events.events[0]?.event.detail)).toBe(true)
  // Another cold container gets the same batch again: every record is already done.
  expect(await invoke(event)).toEqual({
    batchItemFailures: [{ itemIdentifier: poison.kinesis.sequenceNumber }]
  })
  expect(standIns.events.events).toHaveLength(1)
}, 60_000)
