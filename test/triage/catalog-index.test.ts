// A catalog prepared for triage: its digest, its serialized form and the one-per-version reuse.
import { beforeAll, describe, expect, it } from '@jest/globals'
import { normalize } from '../../src/intake/normalize.js'
import {
  TRIAGE_INDEX_FORMAT,
  TriageIndex,
  catalogDigest,
  type SerializedTriageIndex
} from '../../src/triage/catalog-index.js'
import { incidentQuery, type LexicalMatch } from '../../src/triage/lexical.js'
import type { CatalogRunbook } from '../../src/triage/types.js'
import { starterCatalog } from '../helpers/catalog.js'
import { alarmEvent } from '../helpers/events.js'

let catalog: CatalogRunbook[]
beforeAll(async () => {
  catalog = await starterCatalog()
})

/** The same runbooks, as new objects: a catalog parsed a second time. */
const reparsed = (c: readonly CatalogRunbook[]): CatalogRunbook[] =>
  c.map((e) => ({ ...e, runbook: structuredClone(e.runbook) }))

const roundTrip = (index: TriageIndex): unknown => JSON.parse(JSON.stringify(index.toJSON()))

const summary = (ranked: LexicalMatch[]) =>
  ranked.map((m) => [m.runbook.id, m.score, m.coverage, m.terms])

const incidents = () => [
  normalize(alarmEvent('web-1-disk', { metric: 'disk_used_percent' })),
  normalize(
    alarmEvent('web-1-cpu', { namespace: 'AWS/EC2', metric: 'CPUUtilization', dimensions: {} })
  ),
  normalize(alarmEvent('worker-oom', { namespace: 'Custom', metric: 'OutOfMemoryKills' }))
]

describe('catalogDigest', () => {
  it('is stable for the same files, whatever the objects', () => {
    expect(catalogDigest(reparsed(catalog))).toBe(catalogDigest(catalog))
    expect(catalogDigest(catalog)).toMatch(/^[0-9a-f]{64}$/)
    expect(TriageIndex.build(catalog).digest).toBe(catalogDigest(catalog))
  })

  it("changes when a runbook's file digest, file, id or the order changes", () => {
    const digest = catalogDigest(catalog)
    const [first, second, ...rest] = catalog
    if (!first || !second) throw new Error('the starter catalog has fewer than two runbooks')
    const variants: CatalogRunbook[][] = [
      [{ ...first, digest: `${first.digest.slice(0, -1)}0` }, second, ...rest],
      [{ ...first, digest: 'f'.repeat(64) }, second, ...rest],
      [{ ...first, file: `${first.file}.bak` }, second, ...rest],
      [{ ...first, runbook: { ...first.runbook, id: `${first.runbook.id}-2` } }, second, ...rest],
      [second, first, ...rest],
      [second, ...rest],
      []
    ]
    const digests = variants.map(catalogDigest)
    for (const d of digests) expect(d).not.toBe(digest)
    expect(new Set(digests).size).toBe(digests.length)
  })
})

describe('TriageIndex serialization', () => {
  it('loads what toJSON wrote, and ranks exactly as the built index', () => {
    const built = TriageIndex.build(catalog)
    const data = roundTrip(built)
    const loaded = TriageIndex.load(catalog, data)
    expect(loaded).toBeInstanceOf(TriageIndex)
    expect(loaded?.digest).toBe(built.digest)
    for (const i of incidents()) {
      expect(summary(loaded?.text.rank(incidentQuery(i), 10) ?? [])).toEqual(
        summary(built.text.rank(incidentQuery(i), 10))
      )
      expect(loaded?.rules.rank(i).map((c) => [c.runbook.id, c.score, c.rule])).toEqual(
        built.rules.rank(i).map((c) => [c.runbook.id, c.score, c.rule])
      )
    }
    expect(loaded?.toJSON()).toEqual(built.toJSON())
  })

  it('returns undefined for another catalog version', () => {
    const data = roundTrip(TriageIndex.build(catalog))
    const [first, ...rest] = catalog
    if (!first) throw new Error('empty starter catalog')
    expect(TriageIndex.load([{ ...first, digest: '0'.repeat(64) }, ...rest], data)).toBeUndefined()
    expect(TriageIndex.load(rest, data)).toBeUndefined()
    expect(TriageIndex.load([], data)).toBeUndefined()
  })

  it('returns undefined for another format or no index at all', () => {
    const data = roundTrip(TriageIndex.build(catalog)) as SerializedTriageIndex
    expect(data.format).toBe(TRIAGE_INDEX_FORMAT)
    const other = { ...data, format: 'opsloop-triage-index/0' }
    expect(TriageIndex.load(catalog, other)).toBeUndefined()
    for (const nothing of [
      undefined,
      null,
      42,
      'index',
      {},
      { ...data, text: undefined },
      { ...data, rules: undefined }
    ])
      expect(TriageIndex.load(catalog, nothing)).toBeUndefined()
  })

  it('returns undefined, so the caller rebuilds, for an index of the wrong shape', () => {
    const data = roundTrip(TriageIndex.build(catalog)) as SerializedTriageIndex
    const damaged: unknown[] = [
      { ...data, text: {} },
      { ...data, text: { ...data.text, docs: 5 } },
      { ...data, rules: {} },
      { ...data, digest: 5 }
    ]
    for (const d of damaged) {
      let loaded: TriageIndex | undefined
      expect(() => (loaded = TriageIndex.load(catalog, d))).not.toThrow()
      expect(loaded).toBeUndefined()
    }
  })

  it('decodes the text index on first use, and rebuilds one whose content is damaged', () => {
    const fresh = TriageIndex.build(catalog)
    const data = roundTrip(fresh) as SerializedTriageIndex
    const query = { text: ['disk', 'full', 'root', 'volume'] }
    const ranked = (i: TriageIndex): string[] => i.text.rank(query, 5).map((m) => m.runbook.id)
    for (const text of [
      { ...data.text, saturation: '' },
      { ...data.text, terms: 'a\nb' },
      { ...data.text, docs: Buffer.from([255, 255, 255, 255]).toString('base64') }
    ]) {
      let loaded: TriageIndex | undefined
      expect(() => (loaded = TriageIndex.load(catalog, { ...data, text }))).not.toThrow()
      if (!loaded) throw new Error('a damaged text index of the right catalog should load')
      expect(ranked(loaded)).toEqual(ranked(fresh))
      expect(loaded.text.toJSON()).toEqual(fresh.text.toJSON())
    }
  })
})

describe('TriageIndex.of', () => {
  it('gives the same index for the same catalog array, built lazily once', () => {
    const c = reparsed(catalog)
    const index = TriageIndex.of(c)
    expect(TriageIndex.of(c)).toBe(index)
    expect(index.text).toBe(index.text)
    expect(index.catalog).toBe(c)
  })

  it('reuses the index for another array holding the same runbook objects', () => {
    const c = reparsed(catalog)
    const index = TriageIndex.of(c)
    expect(TriageIndex.of([...c])).toBe(index)
    expect(TriageIndex.of(c.map((e) => ({ ...e })))).toBe(index)
  })

  it('rebuilds for the same files parsed again, and ranks the new objects', () => {
    const c = reparsed(catalog)
    const index = TriageIndex.of(c)
    const again = reparsed(catalog)
    const fresh = TriageIndex.of(again)
    expect(fresh).not.toBe(index)
    expect(fresh.digest).toBe(index.digest)
    const [i] = incidents()
    if (!i) throw new Error('no incident')
    for (const m of fresh.text.rank(incidentQuery(i)))
      expect(again.map((e) => e.runbook)).toContain(m.runbook)
    for (const cand of fresh.rules.rank(i))
      expect(again.map((e) => e.runbook)).toContain(cand.runbook)
    // The first array keeps its own index.
    expect(TriageIndex.of(c)).toBe(index)
  })

  it('gives another index for another catalog version', () => {
    const c = reparsed(catalog)
    const index = TriageIndex.of(c)
    const fewer = TriageIndex.of(c.slice(1))
    expect(fewer).not.toBe(index)
    expect(fewer.digest).not.toBe(index.digest)
    expect(fewer.catalog).toHaveLength(catalog.length - 1)
  })
})
