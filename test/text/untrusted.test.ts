// The shared policy for untrusted text, and every renderer built on it: no output may hold a raw
// control or bidirectional character, or `<!--` / `-->` (which could forge an OpsLoop marker).
import { describe, expect, it } from '@jest/globals'
import { formatProblem } from '../../src/catalog/problem.js'
import { slackText } from '../../src/notify/slack.js'
import * as notify from '../../src/notify/text.js'
import { cell, code, codeBlock, prose, visible } from '../../src/report/markdown.js'
import {
  CONTROLS,
  neutralizeMarkers,
  oneLine,
  stripControls,
  truncate,
  visibleControls
} from '../../src/text/untrusted.js'

const WJ = '\u2060'
const HOSTILE =
  'before <!-- opsloop:plan {"x":1} --> mid --> \u202eevil\u202c \u2066iso\u2069 nul\u0000 esc\u001b[31m end'
/** Any control from the shared set, tested without the global flag's state. */
const RAW_CONTROL = new RegExp(CONTROLS.source)
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/

/** A small deterministic generator (mulberry32), so a failure reproduces. */
function random(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** `count` strings of up to `length` characters drawn from `alphabet`. */
function strings(alphabet: string[], count: number, length: number, seed = 1): string[] {
  const next = random(seed)
  return Array.from({ length: count }, () =>
    Array.from(
      { length: Math.floor(next() * (length + 1)) },
      () => alphabet[Math.floor(next() * alphabet.length)]
    ).join('')
  )
}

/** What is wrong with a rendered string: a marker, a raw control, or broken UTF-16. */
function hazards(out: string): string[] {
  return [
    ...(out.includes('<!--') ? ['<!--'] : []),
    ...(out.includes('-->') ? ['-->'] : []),
    ...(RAW_CONTROL.test(out) ? ['control'] : []),
    ...(LONE_SURROGATE.test(out) ? ['lone surrogate'] : [])
  ]
}

const RENDERERS: Record<string, (text: string) => string> = {
  visible,
  code,
  codeBlock: (text) => codeBlock(text),
  prose,
  cell,
  'Slack/Jira clean': notify.clean,
  'Slack/Jira oneLine': notify.oneLine,
  'Jira truncate(oneLine)': (text) => notify.truncate(notify.oneLine(text), 200),
  slackText: (text) => slackText(text, 3000),
  'slackText inline': (text) => slackText(text, 3000, true),
  oneLine
}

describe('CONTROLS', () => {
  it('is exactly C0 but tab and newline, DEL, C1, bidi controls and U+2028/U+2029', () => {
    const expected = new Set<number>()
    for (let c = 0; c <= 0x1f; c++) if (c !== 0x09 && c !== 0x0a) expected.add(c)
    for (let c = 0x7f; c <= 0x9f; c++) expected.add(c)
    for (let c = 0x202a; c <= 0x202e; c++) expected.add(c)
    for (let c = 0x2066; c <= 0x2069; c++) expected.add(c)
    expected.add(0x2028).add(0x2029)
    const found: number[] = []
    for (let c = 0; c <= 0xffff; c++) if (RAW_CONTROL.test(String.fromCharCode(c))) found.push(c)
    expect(found).toEqual([...expected].sort((a, b) => a - b))
    expect(CONTROLS.flags).toContain('g')
  })
})

describe('neutralizeMarkers', () => {
  it('breaks comment openers and closers with a word joiner', () => {
    expect(neutralizeMarkers('<!-- opsloop:plan {"x":1} -->')).toBe(
      `<!${WJ}-- opsloop:plan {"x":1} --${WJ}>`
    )
    expect(neutralizeMarkers('a --> b')).toBe(`a --${WJ}> b`)
    expect(neutralizeMarkers('<!---->')).toBe(`<!${WJ}----${WJ}>`)
    expect(neutralizeMarkers('--->')).toBe(`---${WJ}>`)
    expect(neutralizeMarkers('<!--->')).toBe(`<!${WJ}---${WJ}>`)
    expect(neutralizeMarkers('<!-->')).toBe(`<!${WJ}--${WJ}>`)
    expect(neutralizeMarkers('plain -> text <!- x')).toBe('plain -> text <!- x')
  })

  it('leaves no `<!--` or `-->` in any string, reads the same, and is idempotent', () => {
    const alphabet = ['<', '!', '-', '-', '-', '>', 'a', ' ', '\n', WJ]
    const failures = strings(alphabet, 50000, 24).filter((input) => {
      const out = neutralizeMarkers(input)
      return (
        out.includes('<!--') ||
        out.includes('-->') ||
        out.replaceAll(WJ, '') !== input.replaceAll(WJ, '') ||
        neutralizeMarkers(out) !== out
      )
    })
    expect(failures).toEqual([])
  })
})

describe('visibleControls', () => {
  it('shows controls as pictures or code points and keeps tabs and newlines', () => {
    expect(visibleControls('a\u0000b\u001b[31mc\u007f d\ud800e\tf\ng')).toBe(
      'a\u2400b\u241b[31mc\u2421 d\ufffde\tf\ng'
    )
    expect(visibleControls('\u202eabc\u2066x\u2069\u2028\u2029\u0085')).toBe(
      '⟨U+202E⟩abc⟨U+2066⟩x⟨U+2069⟩⟨U+2028⟩⟨U+2029⟩⟨U+0085⟩'
    )
    expect(visibleControls('a\r\nb\rc')).toBe('a\nb\nc')
    expect(visibleControls('\ud83d\ude00 <!-- x -->')).toBe('\ud83d\ude00 <!-- x -->')
  })
})

describe('stripControls', () => {
  it('removes controls, turns tabs into spaces and CR LF into LF', () => {
    expect(stripControls('a\u0000b\u001bc\u009bd\u202ee\r\nf\tg\u2028h\u2066i')).toBe(
      'abcde\nf ghi'
    )
    expect(stripControls('x\ud800y')).toBe('x\ufffdy')
  })
})

describe('oneLine', () => {
  it('is clean text on one line with markers neutralized', () => {
    expect(oneLine('  a\n\n b \t c ')).toBe('a b c')
    expect(oneLine('x <!--\u0000 y -->')).toBe(`x <!${WJ}-- y --${WJ}>`)
    // A removed control cannot join the halves of a marker.
    expect(oneLine('<!\u0000--')).toBe(`<!${WJ}--`)
  })
})

describe('truncate', () => {
  it('cuts by code points, never splitting a surrogate pair, with the marker counted', () => {
    expect(truncate('abc', 3)).toBe('abc')
    expect(truncate('abcd', 3)).toBe('ab…')
    expect(truncate('ab  cd', 4)).toBe('ab…')
    expect(truncate('😀😀😀', 2)).toBe('😀…')
    expect(truncate('abcdef', 5, ' [+]')).toBe('a [+]')
    expect(truncate('abcdef', 2, ' [+]')).toBe(' [')
    expect(truncate('abc', 0)).toBe('')
    const failures = strings(['😀', 'a', ' ', '\u00e9'], 2000, 12, 7).flatMap((input) =>
      [0, 1, 2, 5, 10]
        .map((max) => ({ input, max, out: truncate(input, max) }))
        .filter(({ max, out }) => Array.from(out).length > max || LONE_SURROGATE.test(out))
    )
    expect(failures).toEqual([])
  })
})

describe('every renderer of untrusted text', () => {
  it.each(Object.entries(RENDERERS))(
    '%s leaves no marker, control or bidi character',
    (_, render) => {
      const out = render(HOSTILE)
      expect(out).not.toContain('<!--')
      expect(out).not.toContain('-->')
      expect(out).not.toMatch(RAW_CONTROL)
      for (const c of ['\u202e', '\u2066', '\u0000', '\u001b']) expect(out).not.toContain(c)
      // What the text said is still there for a reader.
      expect(out).toContain('opsloop:plan')
      expect(out).toMatch(/evil/)
    }
  )

  it.each(Object.entries(RENDERERS))('%s is safe for random hostile strings', (_, render) => {
    const alphabet = [
      '<',
      '!',
      '-',
      '-',
      '>',
      '`',
      '|',
      ' ',
      '\n',
      '\r',
      '\t',
      'x',
      '\u0000',
      '\u001b',
      '\u007f',
      '\u0085',
      '\u202e',
      '\u2066',
      '\u2028',
      '\ud83d',
      '\ude00',
      WJ
    ]
    const failures = strings(alphabet, 5000, 24, 42)
      .map((input) => ({ input, out: render(input) }))
      .filter(({ out }) => hazards(out).length > 0)
    expect(failures).toEqual([])
  })

  it('shows controls in Markdown and strips them for Slack and Jira', () => {
    expect(code(HOSTILE)).toContain('⟨U+202E⟩evil')
    expect(code(HOSTILE)).toContain('nul\u2400 esc\u241b[31m')
    expect(notify.clean(HOSTILE)).toContain(' evil iso nul esc[31m end')
  })

  it('escapes the shared controls in problem reports, and tabs and newlines too', () => {
    const line = formatProblem({
      file: 'a\u202eb.yml',
      line: 1,
      column: 2,
      severity: 'error',
      rule: 'schema',
      message: 'x\ty\nz\u0000'
    })
    expect(line).toBe('a\\u202eb.yml:1:2: x\\u0009y\\u000az\\u0000 [schema]')
  })
})
