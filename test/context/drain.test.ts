import { describe, expect, it } from '@jest/globals'
import v8 from 'node:v8'
import { runInNewContext } from 'node:vm'
import {
  DEFAULT_VALUE_MASKS,
  DrainMiner,
  maskValues,
  type DrainOptions
} from '../../src/context/drain.js'
import {
  evaluate,
  loadSample,
  LOGHUB_DIR,
  loghubPresent,
  loghubSettings,
  prng,
  publishedAccuracy,
  systemOptions,
  type Published
} from '../../bench/logs.js'

const mine = (lines: readonly string[], options?: DrainOptions): DrainMiner => {
  const miner = new DrainMiner(options)
  for (const line of lines) miner.add(line)
  return miner
}
const templates = (miner: DrainMiner): string[] => miner.templates().map((t) => t.template)

const HDFS = [
  'Receiving block blk_123 src: /10.0.0.1:50010 dest: /10.0.0.2:50010',
  'Receiving block blk_-456 src: /10.0.0.3:50010 dest: /10.0.0.4:50010',
  'Received block blk_789 of size 67108864 from /10.0.0.5',
  'PacketResponder 1 for block blk_1 terminating',
  'Received block blk_790 of size 3 from /10.0.0.6',
  'PacketResponder 2 for block blk_2 terminating',
  'Receiving block blk_999 src: /10.0.0.7:50010 dest: /10.0.0.8:50010'
]

describe('DrainMiner', () => {
  it('groups HDFS lines into templates with typed values', () => {
    const miner = mine(HDFS)
    expect(miner.templates()).toEqual([
      expect.objectContaining({
        id: 1,
        template: 'Receiving block blk_<NUM> src: /<IP> dest: /<IP>',
        count: 3,
        firstSeen: 0,
        lastSeen: 6
      }),
      expect.objectContaining({
        template: 'Received block blk_<NUM> of size <NUM> from /<IP>',
        count: 2
      }),
      expect.objectContaining({
        template: 'PacketResponder <NUM> for block blk_<NUM> terminating',
        count: 2
      })
    ])
    expect(miner.size).toBe(3)
    expect(miner.lineCount).toBe(7)
  })

  it('keeps raw examples and the values each variable position took', () => {
    const [receiving] = mine(HDFS).templates()
    expect(receiving?.examples).toEqual([HDFS[0], HDFS[1], HDFS[6]])
    expect(receiving?.values).toEqual([
      ['blk_123', 'blk_-456', 'blk_999'],
      ['/10.0.0.1:50010', '/10.0.0.3:50010', '/10.0.0.7:50010'],
      ['/10.0.0.2:50010', '/10.0.0.4:50010', '/10.0.0.8:50010']
    ])
  })

  it('keeps a value that never changed as it is (masking never hides a constant)', () => {
    const miner = mine(['GET /health 200 in 3ms', 'GET /health 200 in 5ms'])
    expect(templates(miner)).toEqual(['GET /health 200 in <NUM>'])
  })

  it('turns differing literals into <*> and records what they were', () => {
    const miner = mine(['User alice logged in from web', 'User bob logged in from web'])
    expect(miner.templates()).toEqual([
      expect.objectContaining({
        template: 'User <*> logged in from web',
        values: [['alice', 'bob']]
      })
    ])
  })

  it('starts a new template below the similarity threshold', () => {
    const miner = mine(['disk full on vol a', 'cpu hot on node b'], { similarity: 0.5 })
    expect(miner.size).toBe(2)
  })

  it('applies line masks (the paper) as <*> before tokenizing', () => {
    const miner = mine(HDFS.slice(0, 2), {
      values: [],
      masks: [/blk_-?\d+/, /(\d+\.){3}\d+(:\d+)?/]
    })
    expect(templates(miner)).toEqual(['Receiving block <*> src: /<*> dest: /<*>'])
  })

  it('masks ids, addresses, times and numbers in tokens', () => {
    expect(
      [
        'f47ac10b-58cc-4372-a567-0e02b2c3d479',
        'arn:aws:sqs:us-east-1:123456789012:orders',
        '2024-05-01T10:57:12.123Z',
        '10:57:12',
        '10.0.0.1:443',
        '00:1a:2b:3c:4d:5e',
        'i-0abc12345def67890',
        '0x7ff1b2d17980',
        'deadbeef1234',
        '/var/log/app-3/out.log',
        'uid=500,',
        '-12.5ms',
        '99%',
        'blk_-12',
        'v2',
        'md5',
        'no-digits'
      ].map((t) => maskValues(t))
    ).toEqual([
      '<UUID>',
      '<ARN>',
      '<TIME>',
      '<TIME>',
      '<IP>',
      '<MAC>',
      '<ID>',
      '<HEX>',
      '<HEX>',
      '<PATH>',
      'uid=<NUM>,',
      '<NUM>',
      '<NUM>',
      'blk_<NUM>',
      'v2',
      'md5',
      'no-digits'
    ])
  })

  it("masks the default values the same with and without its shortcuts (the regexes' answer)", () => {
    const random = prng(3)
    const pieces = [
      '12',
      '-7',
      '3.5',
      '0x1f',
      'ab',
      'deadbeef',
      'c0ffee12',
      '.',
      ':',
      '-',
      '_',
      '/',
      '=',
      '%',
      'ms',
      'GB',
      'µs',
      '10.0.0.1',
      '2024-01-02',
      'x',
      'Z',
      'T',
      'arn:aws:s3',
      'i-',
      '(',
      ']',
      ','
    ]
    const copy = [...DEFAULT_VALUE_MASKS]
    const differences: string[] = []
    for (let i = 0; i < 20_000; i++) {
      const token = Array.from(
        { length: 1 + Math.floor(random() * 5) },
        () => pieces[Math.floor(random() * pieces.length)]
      ).join('')
      const fast = maskValues(token)
      const slow = maskValues(token, copy)
      if (fast !== slow) differences.push(`${token} → ${fast}, not ${slow}`)
    }
    // One assertion over all tokens: every mismatch is listed, at a fraction of 20,000 expects.
    expect(differences).toEqual([])
  })

  it('compares whole values by kind by default, by raw text with compareValues: raw', () => {
    const lines = ['<1> 12 34 done', '<2> 56 78 done', '<3> 90 12 done']
    expect(mine(lines).size).toBe(1)
    // Drain: only `done` matches, 1/4 < 0.4, so every line is its own template.
    expect(mine(lines, { compareValues: 'raw' }).size).toBe(3)
  })

  it('routes leading tokens with digits to the wildcard child (logparser)', () => {
    const miner = mine(['7 apples fell today', '8 apples fell today'], { depth: 4 })
    expect(templates(miner)).toEqual(['<NUM> apples fell today'])
  })

  it('caps the children per node: past the cap, new tokens share the wildcard child', () => {
    const lines = Array.from({ length: 10 }, (_, i) => `word${String.fromCharCode(97 + i)} x y z`)
    const capped = mine(lines, { maxChildren: 3, similarity: 0.7 })
    // Two literal children, then `<*>` (logparser): `wordc` onwards share one leaf and group.
    expect(capped.templates().map((t) => [t.template, t.count])).toEqual([
      ['worda x y z', 1],
      ['wordb x y z', 1],
      ['<*> x y z', 8]
    ])
    expect(mine(lines, { similarity: 0.7 }).size).toBe(10)
  })

  it('stays one template with bounded memory for a million distinct numbers', () => {
    // A real collection, so the heap figure is what the miner keeps, not garbage.
    v8.setFlagsFromString('--expose-gc')
    const gc = runInNewContext('gc') as () => void
    gc()
    const before = process.memoryUsage().heapUsed
    const miner = new DrainMiner()
    for (let i = 0; i < 1_000_000; i++)
      miner.add(`request ${i} from 10.0.${i % 256}.${(i >> 8) % 256} took ${i % 997} ms`, i)
    gc()
    const retained = process.memoryUsage().heapUsed - before
    const [t] = miner.templates()
    expect(miner.size).toBe(1)
    expect(t).toMatchObject({
      template: 'request <NUM> from <IP> took <NUM> ms',
      count: 1_000_000,
      firstSeen: 0,
      lastSeen: 999_999
    })
    expect(t?.examples).toHaveLength(3)
    for (const v of t?.values ?? []) expect(v.length).toBeLessThanOrEqual(5)
    // Kilobytes: nothing per line (the lines themselves would be tens of MB).
    expect(retained).toBeLessThan(1024 * 1024)
  })

  it('bounds the number of templates (maxTemplates)', () => {
    const miner = new DrainMiner({ maxTemplates: 5, compareValues: 'raw' })
    for (let i = 0; i < 1000; i++) miner.add(`${i} ${i * 7} ${i * 13} ok`)
    expect(miner.size).toBeLessThanOrEqual(6)
    expect(miner.lineCount).toBe(1000)
  })

  it('treats an empty line as a template of its own', () => {
    const miner = mine(['', '   ', 'x'])
    expect(miner.templates().map((t) => [t.template, t.count])).toEqual([
      ['', 2],
      ['x', 1]
    ])
  })

  it('splits on other delimiters when asked', () => {
    const miner = mine(['a=1;b=2', 'a=3;b=4'], { delimiters: /;/ })
    expect(templates(miner)).toEqual(['a=<NUM> b=<NUM>'])
  })
})

// Loghub: licensed for research use only, so never copied here; read from ../shared when present.
const present = loghubPresent()
const describeLoghub = present ? describe : describe.skip
if (!present) console.log(`Loghub absent at ${LOGHUB_DIR}: the Drain accuracy tests are skipped.`)

describe('DrainMiner with constantWords (Brain: few words at a position are the message)', () => {
  const mine = (
    lines: string[],
    options: DrainOptions = {}
  ): { ids: number[]; miner: DrainMiner } => {
    const miner = new DrainMiner({ constantWords: 4, ...options })
    const first = lines.map((l) => miner.add(l).id)
    return { ids: first.map((id) => miner.canonical(id)), miner }
  }

  it('keeps a few different words apart, and merges once a position has held four', () => {
    const few = mine(['Failed password for root from 1.2.3.4', 'Failed none for root from 1.2.3.5'])
    expect(new Set(few.ids).size).toBe(2)
    const users = ['root', 'admin', 'oracle', 'guest', 'test']
    const many = mine(users.map((u, i) => `Invalid user ${u} from 10.0.0.${i}`))
    // The first four groups merge into one once the fourth word arrives; the fifth joins it.
    expect(new Set(many.ids).size).toBe(1)
    expect(many.miner.templates().map((t) => [t.template, t.count])).toEqual([
      ['Invalid user <*> from <IP>', 5]
    ])
    expect(many.miner.size).toBe(1)
  })

  it('never merges event words, nor a word that is most of a short message', () => {
    const distinct = (a: string, b: string): boolean =>
      ['started', 'stopped', 'failed', 'paused'].includes(a) &&
      ['started', 'stopped', 'failed', 'paused'].includes(b)
    const events = mine(
      ['started', 'stopped', 'failed', 'paused'].map((e) => `worker pool ${e} now`),
      { distinct }
    )
    expect(new Set(events.ids).size).toBe(4)
    const short = mine(['normal', 'warning', 'running', 'halted', 'ambient=30'])
    expect(new Set(short.ids).size).toBe(5)
  })

  it('is one template for a message whose values have another number of words', () => {
    const { ids, miner } = mine([
      'x.example.com:80 close, 0 bytes sent, 0 bytes received, lifetime 00:01',
      'y.example.com:80 close, 451 bytes sent, 18846 bytes (18.4 KB) received, lifetime <1 sec',
      'z.example.com:80 close, 12 bytes (1.2 KB) sent, 9 bytes received, lifetime 00:02',
      'x.example.com:80 open through proxy p.example.com:5070 HTTPS'
    ])
    expect(ids.slice(0, 3)).toEqual([ids[0], ids[0], ids[0]])
    expect(ids[3]).not.toBe(ids[0])
    // A different word of another length is another message.
    const other = mine(['start worker processes', 'start worker process 29'])
    expect(new Set(other.ids).size).toBe(2)
    expect(miner.templates().reduce((n, t) => n + t.count, 0)).toBe(4)
  })

  it('is one template for a message with or without a short labelled tail (optional context)', () => {
    const base =
      'REPORT RequestId: 99f6b94b-353a-4423-8ef5-18e28bd3f8a5 Duration: 84.31 ms Billed Duration: 85 ms Memory Size: 512 MB Max Memory Used: 116 MB'
    const { ids } = mine([
      base,
      `${base} Init Duration: 685.56 ms`,
      `${base} Status: timeout`,
      `${base} Status: error Error Type: Runtime.ImportModuleError`
    ])
    expect(new Set(ids).size).toBe(1)
    // A tail without a label, or a short message, is another message.
    const other = mine(['connection closed by peer now', 'connection closed by peer now and then'])
    expect(new Set(other.ids).size).toBe(2)
  })

  it('reads a protocol name and a labelled word as words, and a date or host as a value', () => {
    const proxies = mine([
      'a.example.com:443 open through proxy p.example.com:5070 HTTPS',
      'b.example.com:22 open through proxy s.example.com:5070 SOCKS5'
    ])
    expect(new Set(proxies.ids).size).toBe(2)
    const labelled = mine([
      'updateClipping overlap:false top=3',
      'updateClipping overlap:true top=4'
    ])
    expect(new Set(labelled.ids).size).toBe(2)
    const dates = mine([
      'connection from 10.0.0.1 (a-1.example.net) at Fri Jun 17 07:07:00 2005',
      'connection from 10.0.0.2 (b-2.example.net) at Sat Jul 18 08:08:00 2005'
    ])
    expect(new Set(dates.ids).size).toBe(1)
  })

  it('stays bounded when a flood of lines differs in words everywhere (maxTemplates counts every group made)', () => {
    const random = prng(21)
    const word = (): string =>
      Array.from({ length: 6 }, () => String.fromCharCode(97 + Math.floor(random() * 26))).join('')
    const miner = new DrainMiner({ constantWords: 4, maxTemplates: 50 })
    for (let i = 0; i < 5_000; i++) miner.add(`request ${word()} ${word()} for ${word()} done`)
    expect(miner.templates().length).toBeLessThanOrEqual(51)
    expect(miner.lineCount).toBe(5_000)
    // Every line still has a template, counted once.
    expect(miner.templates().reduce((n, t) => n + t.count, 0)).toBe(5_000)
  })

  it('is off by default: Drain merges any two similar lines', () => {
    const miner = new DrainMiner()
    const a = miner.add('Failed password for root from 1.2.3.4').id
    expect(miner.add('Failed none for root from 1.2.3.5').id).toBe(a)
  })
})

describeLoghub('Drain on Loghub 2k (grouping accuracy)', () => {
  const settings = present ? loghubSettings() : {}
  const published = present ? publishedAccuracy() : new Map<string, Published>()
  const systems = Object.keys(settings)

  it.each(['original', 'corrected'] as const)(
    'reproduces Drain as published on the %s ground truth (16 systems)',
    (truth) => {
      expect(systems).toHaveLength(16)
      for (const system of systems) {
        const s = settings[system]
        if (s === undefined) continue
        const ga = evaluate(loadSample(system, truth), systemOptions(s, { values: [] }))
        expect([system, ga]).toEqual([
          system,
          expect.closeTo(published.get(system)?.[truth] ?? -1, 6)
        ])
      }
    }
  )

  it('with value masks: mean ≥ 0.866, no system more than 0.02 below Drain', () => {
    const gas = systems.map((system) => {
      const s = settings[system]
      if (s === undefined) throw new Error(system)
      const ga = evaluate(
        loadSample(system, 'original'),
        systemOptions(s, { compareValues: 'raw' })
      )
      const reference = published.get(system)?.original ?? 1
      expect([system, ga >= reference - 0.02]).toEqual([system, true])
      return ga
    })
    const mean = gas.reduce((a, b) => a + b, 0) / gas.length
    expect(mean).toBeGreaterThanOrEqual(0.866)
  })
})
