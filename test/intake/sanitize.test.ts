// The step that makes a delivered payload safe (src/intake/sanitize.ts), and the walks after it
// that must not overflow even when handed hostile data directly. Deep values are built with
// loops (never recursion) or as JSON text that JSON.parse reads iteratively, as a delivery is.
import { describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { Redactor } from '../../src/context/redact.js'
import { readPayload } from '../../src/intake/dispatch.js'
import { parseJsonString } from '../../src/intake/json.js'
import { normalize } from '../../src/intake/normalize.js'
import { CUT_MARKER, MAX_DEPTH, RepairNotes, safeJson } from '../../src/intake/sanitize.js'
import { canonicalJson } from '../../src/util/canonical-json.js'
import { isWellFormed, wellFormed } from '../../src/util/unicode.js'
import { alarmEvent } from '../helpers/events.js'

const FIXTURES = join(process.cwd(), 'test', 'fixtures', 'aws-events')
const fixtures = readdirSync(FIXTURES)
  .filter((f) => f.endsWith('.json'))
  .map((f) => JSON.parse(readFileSync(join(FIXTURES, f), 'utf8')) as unknown)

/** An array nested `levels` deep, `[[[…]]]`, as JSON.parse gives it. */
const deepArray = (levels: number): unknown =>
  JSON.parse(`${'['.repeat(levels)}${']'.repeat(levels)}`) as unknown

/** An object nested `levels` deep, `{"a":{"a":…null}}`, built with a loop. */
function deepObject(levels: number): Record<string, unknown> {
  const root: Record<string, unknown> = {}
  let at = root
  for (let i = 1; i < levels; i++) {
    const next: Record<string, unknown> = {}
    at.a = next
    at = next
  }
  at.a = null
  return root
}

/** Levels of arrays and objects in `value` along its first child, counted with a loop. */
function depthOf(value: unknown): number {
  let levels = 0
  for (let v = value; v !== null && typeof v === 'object'; levels++)
    v = Array.isArray(v) ? (v as unknown[])[0] : Object.values(v)[0]
  return levels
}

/** The innermost value along the first child. */
function innermost(value: unknown): unknown {
  let v = value
  while (v !== null && typeof v === 'object')
    v = Array.isArray(v) ? (v as unknown[])[0] : Object.values(v)[0]
  return v
}

describe('unicode helpers', () => {
  it('replace lone surrogates only, high or low, anywhere', () => {
    expect(wellFormed('a\ud800b')).toBe('a\ufffdb')
    expect(wellFormed('\udc00')).toBe('\ufffd')
    expect(wellFormed('end\ud83d')).toBe('end\ufffd')
    expect(wellFormed('😀 \ud83d\ude00')).toBe('😀 😀')
    expect(wellFormed('\udc00\ud800')).toBe('\ufffd\ufffd')
    expect(isWellFormed('😀')).toBe(true)
    expect(isWellFormed('x\ud800')).toBe(false)
  })
})

describe('safeJson', () => {
  it('changes nothing in a normal payload: the same value, no notes, and its size as JSON', () => {
    for (const payload of [...fixtures, { event: alarmEvent('disk-full'), context: {} }]) {
      const safe = safeJson(payload)
      expect(safe.value).toBe(payload)
      expect(safe.notes).toEqual([])
      expect(safe.bytes).toBe(Buffer.byteLength(JSON.stringify(payload)))
    }
  })

  it('measures the payload as JSON.stringify writes it, whatever it holds', () => {
    const odd = {
      text: 'ünïcödé 😀 "quoted" \\ \n\t\u0001',
      broken: 'x\ud800y',
      numbers: [0, -0, 1e21, 1.5, -3, NaN, Infinity],
      nothing: [null, undefined, true, false],
      skipped: undefined,
      empty: [{}, []],
      [`k\udc00`]: 1
    }
    expect(safeJson(odd).bytes).toBe(Buffer.byteLength(JSON.stringify(odd)))
    expect(safeJson('plain').bytes).toBe(7)
    expect(safeJson(undefined).bytes).toBe(0)
  })

  it('replaces lone surrogates in values with U+FFFD, and says where', () => {
    const payload = {
      event: { detail: { alarmName: 'checkout \ud800 5xx', list: ['ok', 'bad \udc00'] } }
    }
    const safe = safeJson(payload, { where: 'client_payload' })
    expect(safe.value).toEqual({
      event: { detail: { alarmName: 'checkout \ufffd 5xx', list: ['ok', 'bad \ufffd'] } }
    })
    expect(safe.notes).toEqual([
      '`client_payload.event.detail.alarmName` held a lone UTF-16 surrogate (broken text); replaced with U+FFFD',
      '`client_payload.event.detail.list[1]` held a lone UTF-16 surrogate (broken text); replaced with U+FFFD'
    ])
    // The input is left as it came.
    expect(payload.event.detail.alarmName).toBe('checkout \ud800 5xx')
  })

  it('replaces lone surrogates in keys, keeping the order of keys and `__proto__` as a plain key', () => {
    const payload = JSON.parse(
      '{"first": 1, "bad\\ud800 key": {"x\\udc00": 2}, "__proto__": {"polluted": true}, "last": 3}'
    ) as unknown
    const safe = safeJson(payload, { where: 'client_payload' })
    const value = safe.value as Record<string, unknown>
    expect(Object.keys(value)).toEqual(['first', 'bad\ufffd key', '__proto__', 'last'])
    expect(value['bad\ufffd key']).toEqual({ 'x\ufffd': 2 })
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype)
    expect(Object.hasOwn(value, '__proto__')).toBe(true)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(safe.notes).toEqual([
      'the key `client_payload["bad\ufffd key"]` held a lone UTF-16 surrogate (broken text); replaced with U+FFFD',
      'the key `client_payload["bad\ufffd key"]["x\ufffd"]` held a lone UTF-16 surrogate (broken text); replaced with U+FFFD'
    ])
  })

  it('keeps one key when a repaired key repeats another, and says so', () => {
    const payload = JSON.parse(
      '{"a\\ufffd": "real", "a\\ud800": "broken", "b\\udc00": 1}'
    ) as unknown
    const safe = safeJson(payload)
    expect(safe.value).toEqual({ 'a\ufffd': 'real', 'b\ufffd': 1 })
    expect(safe.notes[0]).toBe(
      'the key `the payload["a\ufffd"]` held a lone UTF-16 surrogate, and repaired it repeats another key; left out'
    )
  })

  it('keeps nesting up to MAX_DEPTH levels as it is, and cuts the level below', () => {
    expect(safeJson(deepArray(MAX_DEPTH)).notes).toEqual([])
    const cut = safeJson(deepArray(MAX_DEPTH + 1), { where: 'client_payload' })
    expect(depthOf(cut.value)).toBe(MAX_DEPTH)
    expect(innermost(cut.value)).toBe(CUT_MARKER)
    expect(cut.notes).toEqual([
      `\`client_payload[0][0][0][0][0][0][0][0]…\` was nested deeper than ${MAX_DEPTH} levels; cut there and replaced with a marker`
    ])
  })

  for (const levels of [2_000, 100_000]) {
    it(`cuts arrays and objects nested ${levels.toLocaleString('en')} levels deep, without recursion`, () => {
      for (const deep of [deepArray(levels), deepObject(levels)]) {
        const payload = { event: { detail: { alarmName: 'x', configuration: deep } } }
        const safe = safeJson(payload, { where: 'client_payload' })
        const value = safe.value as { event: { detail: { configuration: unknown } } }
        // client_payload, event, detail: three levels above the configuration.
        expect(depthOf(value.event.detail.configuration)).toBe(MAX_DEPTH - 3)
        expect(innermost(value.event.detail.configuration)).toBe(CUT_MARKER)
        expect(safe.notes).toHaveLength(1)
        expect(safe.notes[0]).toMatch(
          new RegExp(
            `^\`client_payload\\.event\\.detail\\.configuration(\\[0\\]|\\.a){5}…\` was nested deeper than ${MAX_DEPTH} levels; cut there`
          )
        )
        // What comes out is safe for the native, recursive, serializer and the walks after it.
        expect(JSON.parse(JSON.stringify(safe.value))).toEqual(safe.value)
        expect(canonicalJson(safe.value)).toContain(JSON.stringify(CUT_MARKER))
      }
      const text = `${'['.repeat(levels)}${']'.repeat(levels)}`
      expect(safeJson(JSON.parse(text)).bytes).toBe(text.length)
    })
  }

  it('counts levels from the depth it is told the value sits at', () => {
    const safe = safeJson(deepArray(MAX_DEPTH), { where: 'client_payload.event', depth: 1 })
    expect(depthOf(safe.value)).toBe(MAX_DEPTH - 1)
    expect(safe.notes[0]).toMatch(/^`client_payload\.event\[0\]/)
  })

  it('groups notes that repeat, and lists at most five places and a count of the rest', () => {
    const same = safeJson({ a: [deepArray(80), deepArray(80)] })
    expect(same.notes).toEqual([
      `\`the payload.a[0][0][0][0][0][0][0]…\` was nested deeper than ${MAX_DEPTH} levels; cut there and replaced with a marker`,
      `\`the payload.a[1][0][0][0][0][0][0]…\` was nested deeper than ${MAX_DEPTH} levels; cut there and replaced with a marker`
    ])
    const grouped = safeJson({ a: [[[[[[[[deepArray(80), deepArray(80)]]]]]]]] })
    expect(grouped.notes).toHaveLength(1)
    expect(grouped.notes[0]).toMatch(/ \(2 places\)$/)
    const many = safeJson(
      Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`k${i}`, '\ud800']))
    )
    expect(many.notes).toHaveLength(6)
    expect(many.notes[4]).toMatch(/^`the payload\.k4` held a lone/)
    expect(many.notes[5]).toBe(
      '35 more place(s) were repaired the same ways; the event as delivered shows them'
    )
  })

  it('shares one bound between calls that share their notes', () => {
    const notes = new RepairNotes()
    safeJson({ a: '\ud800' }, { notes })
    const second = safeJson({ b: 'fine' }, { notes })
    expect(second.notes).toHaveLength(1)
    const third = safeJson({ c: '\udc00' }, { where: 'x', notes })
    expect(third.notes).toHaveLength(2)
  })

  it('keeps paths short and on one line, whatever the keys', () => {
    const key = `line one\nline \`two\` ${'x'.repeat(200)}`
    const safe = safeJson({ [key]: { 'with space': { ok: '\ud800' } } })
    const [note] = safe.notes
    expect(note).toBeDefined()
    expect(note).not.toContain('\n')
    expect(note?.length).toBeLessThan(200)
    // One code span: the key's backticks are quotes.
    expect(note?.match(/`/g)).toHaveLength(2)
    expect(note).toContain(`["with space"].ok\``)
  })

  it('cuts a value that contains itself instead of walking it forever', () => {
    const loop: Record<string, unknown> = { name: 'loop' }
    loop.self = loop
    const safe = safeJson({ loop })
    expect(safe.value).toEqual({ loop: { name: 'loop', self: CUT_MARKER } })
    expect(safe.notes).toEqual(['`the payload.loop.self` contains itself; cut there'])
  })
})

describe('intake reads a payload through safeJson', () => {
  it('makes the delivery safe and carries the notes, only when something was repaired', () => {
    const clean = readPayload({ event: alarmEvent('disk-full') })
    expect(clean).not.toHaveProperty('notes')
    const event = { ...alarmEvent('x'), detail: { alarmName: 'x \ud800', deep: deepArray(5_000) } }
    const d = readPayload({ event })
    expect(isWellFormed(JSON.stringify(d.payload))).toBe(true)
    expect(d.notes).toEqual([
      '`client_payload.event.detail.alarmName` held a lone UTF-16 surrogate (broken text); replaced with U+FFFD',
      `\`client_payload.event.detail.deep[0][0][0][0][0]…\` was nested deeper than ${MAX_DEPTH} levels; cut there and replaced with a marker`
    ])
    // 5,000 levels are 10 KB: under GitHub's limit, so nothing broke the contract.
    expect(d.problems).toEqual([])
  })

  it('measures the size before the cut', () => {
    const d = readPayload({ event: { ...alarmEvent('x'), deep: deepArray(40_000) } })
    expect(d.problems[0]).toMatch(/^client_payload is 8\d{4} bytes; GitHub accepts at most 65536/)
  })

  it('makes safe an event sent as a JSON string, naming places under client_payload.event', () => {
    const text = JSON.stringify({ ...alarmEvent('x'), note: 'bad \ud800' }).replace(
      '"note"',
      `"deep":${'['.repeat(3_000)}${']'.repeat(3_000)},"note"`
    )
    const d = readPayload({ event: text })
    expect(d.notes).toEqual([
      `\`client_payload.event.deep[0][0][0][0][0][0][0]…\` was nested deeper than ${MAX_DEPTH} levels; cut there and replaced with a marker`,
      '`client_payload.event.note` held a lone UTF-16 surrogate (broken text); replaced with U+FFFD'
    ])
    expect(depthOf((d.payload.event as { deep: unknown }).deep)).toBe(MAX_DEPTH - 2)
  })

  it('makes safe JSON found inside a string (an SNS message, a detail sent as text)', () => {
    const parsed = parseJsonString(
      `{"a":"\\ud800","b":${'['.repeat(100_000)}${']'.repeat(100_000)}}`
    )
    expect(parsed).toMatchObject({ a: '\ufffd' })
    expect(depthOf((parsed as { b: unknown }).b)).toBe(MAX_DEPTH - 1)
  })
})

describe('the walks after intake cannot overflow, even on data intake never saw', () => {
  const hostile = (): unknown => ({
    source: 'aws.cloudwatch',
    'detail-type': 'CloudWatch Alarm State Change',
    region: 'eu-west-1',
    resources: ['arn:aws:cloudwatch:eu-west-1:111122223333:alarm:a\ud800'],
    detail: {
      alarmName: 'checkout \ud800 5xx',
      state: { value: 'ALARM' },
      configuration: deepObject(100_000)
    }
  })

  it('normalize repairs what it is given, so links and the raw event are safe', () => {
    const incident = normalize({ event: hostile() })
    expect(incident.title).toBe('checkout \ufffd 5xx is ALARM in eu-west-1')
    expect(incident.links?.[0]?.url).toMatch(/alarm\/checkout%20%EF%BF%BD%205xx$/)
    expect(() => JSON.stringify(incident)).not.toThrow()
  })

  it('the redactor copies 100,000 levels without recursion, redacting in document order', () => {
    const deep = deepObject(100_000)
    let at = deep
    for (let i = 0; i < 50_000; i++) at = at.a as Record<string, unknown>
    at.a = { password: 'hunter2-hunter2', 'token ghp_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa': 1 }
    const redactor = new Redactor()
    const copy = redactor.json({
      first: 'AKIAIOSFODNN7EXAMPLE',
      deep,
      last: 'AKIAIOSFODNN7EXAMPL2'
    })
    expect(copy.first).toBe('[REDACTED:aws-access-key#1]')
    expect(copy.last).toBe('[REDACTED:aws-access-key#2]')
    let c = copy.deep
    for (let i = 0; i < 50_000; i++) c = c.a as Record<string, unknown>
    expect(c.a).toEqual({
      password: expect.stringMatching(/^\[REDACTED:/),
      'token [REDACTED:github-token#1]': 1
    })
    expect(depthOf(copy.deep)).toBe(depthOf(deep))
  })

  it('canonical JSON writes 100,000 levels without recursion, as JSON.stringify would', () => {
    const text = `${'['.repeat(100_000)}1${']'.repeat(100_000)}`
    expect(canonicalJson(JSON.parse(text))).toBe(text)
    expect(canonicalJson({ b: [undefined, 2], a: { d: undefined, c: 'x' } })).toBe(
      '{"a":{"c":"x"},"b":[null,2]}'
    )
    const loop: Record<string, unknown> = {}
    loop.self = loop
    expect(() => canonicalJson(loop)).toThrow(TypeError)
    expect(() => new Redactor().json(loop)).toThrow(TypeError)
    // A value shared (not contained in itself) is written twice, as JSON.stringify does.
    const shared = { x: 1 }
    expect(canonicalJson([shared, shared])).toBe('[{"x":1},{"x":1}]')
  })
})
