// The detector's DynamoDB store (src/adapters/aws/detector-store.ts) against the DynamoDB stand-in
// through the real SDK client, held to the port's promises (detect/ports.ts) as the in-memory
// store keeps them: first writer wins, one claim per key whoever races for it, atomic counters,
// counts by minute range, record markers; each operation one request; keys that cannot collide.
import { DynamoDBClient } from '@aws-sdk/client-dynamodb'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { awsSettings, startStandIns, type StandIns } from '../../harness/standins/index.js'
import { detectorTableTtls, dynamoDetectorStore } from '../../src/adapters/aws/detector-store.js'
import { MemoryStore } from '../../src/detect/memory-store.js'
import type { DetectorStore } from '../../src/detect/ports.js'
import { DEFAULT_SETTINGS } from '../../src/detect/settings.js'

const NOW = Date.UTC(2024, 4, 1)
let standIns: StandIns
let client: DynamoDBClient
let tables = 0

beforeAll(async () => {
  standIns = await startStandIns()
  client = new DynamoDBClient(awsSettings(standIns.env, 1))
})
afterAll(async () => {
  client.destroy()
  await standIns.stop()
})

function dynamoStore(): { store: DetectorStore; table: string } {
  const table = `detector-${++tables}`
  standIns.dynamodb.createTable({
    name: table,
    partitionKey: 'pk',
    sortKey: 'sk',
    ttlAttribute: 'ttl'
  })
  const store = dynamoDetectorStore(client, {
    tableName: table,
    ttls: detectorTableTtls([DEFAULT_SETTINGS], 24 * 3_600_000),
    now: () => NOW
  })
  return { store, table }
}

const requests = () => standIns.aws.calls.filter((c) => c.service.startsWith('DynamoDB')).length

describe.each([
  ['DynamoDB', () => dynamoStore().store],
  ['memory', () => new MemoryStore()]
])('the %s store', (_, make) => {
  it('keeps the first sighting of a group and of a template, whoever asks later', async () => {
    const store = make()
    expect(await store.groupFirstSeen('/g', 1_000)).toBe(1_000)
    expect(await store.groupFirstSeen('/g', 500)).toBe(1_000)
    expect(await store.templateFirstSeen('/g', 'error-00aa', 2_000)).toEqual({
      isNew: true,
      firstSeen: 2_000
    })
    expect(await store.templateFirstSeen('/g', 'error-00aa', 1_500)).toEqual({
      isNew: false,
      firstSeen: 2_000
    })
    // Another group's template of the same key is another template.
    expect(await store.templateFirstSeen('/h', 'error-00aa', 3_000)).toMatchObject({ isNew: true })
  })

  it('makes one caller of many racing the new one, and one claim winner', async () => {
    const store = make()
    const sightings = await Promise.all(
      Array.from({ length: 12 }, (_, i) => store.templateFirstSeen('/g', 'warn-00bb', 100 + i))
    )
    expect(sightings.filter((s) => s.isNew)).toHaveLength(1)
    expect(new Set(sightings.map((s) => s.firstSeen)).size).toBe(1)
    const claims = await Promise.all(
      Array.from({ length: 12 }, (_, i) => store.claim('/g', 'warn-00bb', 'burst', 0, `r${i}`))
    )
    expect(claims.filter(Boolean)).toHaveLength(1)
  })

  it('counts atomically, down as well as up, and reads a range of minutes', async () => {
    const store = make()
    const adds = await Promise.all(
      Array.from({ length: 20 }, () => store.addCount('/g', 'info-00cc', 28_000_000, 1))
    )
    expect(adds.sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1))
    expect(await store.addCount('/g', 'info-00cc', 28_000_000, -5)).toBe(15)
    await store.addCount('/g', 'info-00cc', 28_000_002, 7)
    await store.addCount('/g', 'info-00cc', 27_999_999, 3)
    await store.addCount('/g', 'info-00cc', 28_000_100, 9)
    expect([...(await store.counts('/g', 'info-00cc', 28_000_000, 28_000_060))]).toEqual([
      [28_000_000, 15],
      [28_000_002, 7]
    ])
    expect((await store.counts('/g', 'other', 0, 28_000_100)).size).toBe(0)
    expect((await store.counts('/g', 'info-00cc', 28_000_003, 28_000_002)).size).toBe(0)
  })

  it('releases a claim only for its owner, so it can be won again', async () => {
    const store = make()
    expect(await store.claim('/g', 'k', 'new-template', 60_000, 'owner-a')).toBe(true)
    await store.release('/g', 'k', 'new-template', 60_000, 'owner-b')
    expect(await store.claim('/g', 'k', 'new-template', 60_000, 'owner-b')).toBe(false)
    await store.release('/g', 'k', 'new-template', 60_000, 'owner-a')
    expect(await store.claim('/g', 'k', 'new-template', 60_000, 'owner-b')).toBe(true)
    // Another kind, window or key is another claim; releasing nothing is no error.
    expect(await store.claim('/g', 'k', 'burst', 60_000, 'owner-c')).toBe(true)
    expect(await store.claim('/g', 'k', 'new-template', 120_000, 'owner-c')).toBe(true)
    await store.release('/g', 'none', 'burst', 0, 'owner-c')
  })

  it('remembers which records were done', async () => {
    const store = make()
    expect(await store.wasDone('shardId-000000000000:1')).toBe(false)
    await store.recordDone('shardId-000000000000:1')
    expect(await store.wasDone('shardId-000000000000:1')).toBe(true)
    expect(await store.wasDone('shardId-000000000001:1')).toBe(false)
  })
})

describe('the DynamoDB store', () => {
  it('sends exactly one request per port operation', async () => {
    const { store } = dynamoStore()
    const ops: [string, () => Promise<unknown>][] = [
      ['groupFirstSeen (new)', () => store.groupFirstSeen('/g', 1)],
      ['groupFirstSeen (known)', () => store.groupFirstSeen('/g', 2)],
      ['templateFirstSeen', () => store.templateFirstSeen('/g', 'k', 1)],
      ['addCount', () => store.addCount('/g', 'k', 1, 1)],
      ['counts', () => store.counts('/g', 'k', 0, 1440)],
      ['claim (won)', () => store.claim('/g', 'k', 'burst', 0, 'a')],
      ['claim (lost)', () => store.claim('/g', 'k', 'burst', 0, 'b')],
      ['release (not the owner)', () => store.release('/g', 'k', 'burst', 0, 'b')],
      ['wasDone', () => store.wasDone('r')],
      ['recordDone', () => store.recordDone('r')]
    ]
    for (const [name, op] of ops) {
      const before = requests()
      await op()
      expect({ name, requests: requests() - before }).toEqual({ name, requests: 1 })
    }
  })

  it('keeps keys apart whatever a group or key holds (`|` and `%` are escaped)', async () => {
    const { store, table } = dynamoStore()
    await store.templateFirstSeen('a|b', 'c', 1)
    expect(await store.templateFirstSeen('a', 'b|c', 2)).toEqual({ isNew: true, firstSeen: 2 })
    expect(await store.templateFirstSeen('a%7Cb', 'c', 3)).toEqual({ isNew: true, firstSeen: 3 })
    expect(
      standIns.dynamodb
        .items(table)
        .map((i) => i.pk?.S)
        .sort()
    ).toEqual(['template|a%257Cb|c', 'template|a%7Cb|c', 'template|a|b%7Cc'])
  })

  it('reads minutes in numeric order around the epoch and refuses one it cannot store', async () => {
    const { store } = dynamoStore()
    for (const m of [-3, -1, 0, 2, 9, 10, 100]) await store.addCount('/g', 'k', m, m + 10)
    expect([...(await store.counts('/g', 'k', -2, 10))]).toEqual([
      [-1, 9],
      [0, 10],
      [2, 12],
      [9, 19],
      [10, 20]
    ])
    await expect(store.addCount('/g', 'k', 1e13, 1)).rejects.toThrow(/not epoch milliseconds/)
  })
})
