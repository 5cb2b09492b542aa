import { describe, expect, it } from '@jest/globals'
import { MemoryStore } from '../../src/detect/memory-store.js'

describe('MemoryStore (the semantics the DynamoDB store must have)', () => {
  it('keeps the first writer\u2019s first-seen times; "new" is true for one caller only', async () => {
    const store = new MemoryStore()
    expect(await store.groupFirstSeen('g', 200)).toBe(200)
    expect(await store.groupFirstSeen('g', 100)).toBe(200)
    const answers = await Promise.all([
      store.templateFirstSeen('g', 'k', 5),
      store.templateFirstSeen('g', 'k', 3),
      store.templateFirstSeen('g', 'k', 9)
    ])
    expect(answers).toEqual([
      { isNew: true, firstSeen: 5 },
      { isNew: false, firstSeen: 5 },
      { isNew: false, firstSeen: 5 }
    ])
    expect(await store.templateFirstSeen('other', 'k', 7)).toEqual({ isNew: true, firstSeen: 7 })
  })

  it('counts per minute atomically and answers a range', async () => {
    const store = new MemoryStore()
    const totals = await Promise.all([1, 2, 3].map((n) => store.addCount('g', 'k', 10, n)))
    expect(totals.sort()).toEqual([1, 3, 6])
    await store.addCount('g', 'k', 12, 4)
    await store.addCount('g', 'k', 20, 1)
    await store.addCount('g', 'k', 12, -1)
    expect([...(await store.counts('g', 'k', 9, 12))]).toEqual([
      [10, 6],
      [12, 3]
    ])
    expect([...(await store.counts('g', 'k', 0, 1000))].length).toBe(3)
    expect((await store.counts('g', 'nothing', 0, 10)).size).toBe(0)
  })

  it('grants a claim once, and lets only its owner release it', async () => {
    const store = new MemoryStore()
    const claims = await Promise.all([
      store.claim('g', 'k', 'burst', 0, 'r1'),
      store.claim('g', 'k', 'burst', 0, 'r2')
    ])
    expect(claims).toEqual([true, false])
    expect(await store.claim('g', 'k', 'burst', 1_800_000, 'r2')).toBe(true)
    expect(await store.claim('g', 'k', 'new-template', 0, 'r2')).toBe(true)
    await store.release('g', 'k', 'burst', 0, 'r2')
    expect(await store.claim('g', 'k', 'burst', 0, 'r3')).toBe(false)
    await store.release('g', 'k', 'burst', 0, 'r1')
    expect(await store.claim('g', 'k', 'burst', 0, 'r3')).toBe(true)
  })

  it('remembers records done', async () => {
    const store = new MemoryStore()
    expect(await store.wasDone('r')).toBe(false)
    await store.recordDone('r')
    expect(await store.wasDone('r')).toBe(true)
    expect(store.requests.wasDone).toBe(2)
  })
})
