// Views of a text that patterns match better than the text itself, each with a map back to the
// text, so what a pattern finds in the view is replaced where it stands in the original:
// - normalized: NFKC per code point (fullwidth `ｐａｓｓｗｏｒｄ` is `password`, a no-break space is a
//   space) with default-ignorable code points dropped (`pass\u200bword` is `password`), and
//   `\uXXXX` escapes of non-ASCII code points decoded first (how Python's json.dumps writes them);
// - percent-decoded: `%XX` escapes decoded (UTF-8), for text that was URL-encoded before it was
//   logged, or before it became part of a link.
// Both are built in one pass over the text and cost nothing when there is nothing to change.

/** Where a run of the view came from: view units [v, v+vl) stand for original units [o, o+ol). */
interface Piece {
  v: number
  vl: number
  o: number
  ol: number
  /** One original unit per view unit (vl === ol), so offsets inside map one to one. */
  same: boolean
}

export class View {
  private constructor(
    readonly text: string,
    private readonly pieces: readonly Piece[] | undefined
  ) {}

  /** The text as it is: every offset maps to itself. */
  static identity(text: string): View {
    return new View(text, undefined)
  }

  static build(parts: readonly string[], pieces: readonly Piece[]): View {
    return new View(parts.join(''), pieces)
  }

  get changed(): boolean {
    return this.pieces !== undefined
  }

  /** The original range of view range [start, end), end > start. */
  toOriginal(start: number, end: number): [number, number] {
    if (!this.pieces) return [start, end]
    const first = this.pieceAt(start)
    const last = this.pieceAt(end - 1)
    return [
      first.same ? first.o + (start - first.v) : first.o,
      last.same ? last.o + (end - 1 - last.v) + 1 : last.o + last.ol
    ]
  }

  /** The piece holding view unit `i`: the last that starts at or before it (a dropped piece is
   * always followed by one that starts where it does). */
  private pieceAt(i: number): Piece {
    const pieces = this.pieces ?? []
    let lo = 0
    let hi = pieces.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if ((pieces[mid]?.v ?? Infinity) <= i) lo = mid
      else hi = mid - 1
    }
    const p = pieces[lo]
    if (!p) throw new RangeError(`view offset ${i} out of range`)
    return p
  }
}

/** Builds a view left to right: unchanged runs are merged into one piece. */
class Builder {
  private readonly parts: string[] = []
  private readonly pieces: Piece[] = []
  private v = 0
  private keptFrom = -1

  constructor(private readonly source: string) {}

  /** Keeps original units [from, to) as they are. */
  keep(from: number, to: number): void {
    if (to <= from) return
    const last = this.pieces[this.pieces.length - 1]
    if (last?.same && last.o + last.ol === from) {
      last.vl += to - from
      last.ol += to - from
    } else this.pieces.push({ v: this.v, vl: to - from, o: from, ol: to - from, same: true })
    if (this.keptFrom < 0) this.keptFrom = from
    this.v += to - from
  }

  /** Original units [from, to) become `text` (possibly empty: dropped). */
  replace(from: number, to: number, text: string): void {
    this.flush(from)
    this.parts.push(text)
    this.pieces.push({ v: this.v, vl: text.length, o: from, ol: to - from, same: false })
    this.v += text.length
  }

  view(end: number): View {
    this.flush(end)
    return View.build(this.parts, this.pieces)
  }

  private flush(upTo: number): void {
    if (this.keptFrom >= 0) this.parts.push(this.source.slice(this.keptFrom, upTo))
    this.keptFrom = -1
  }
}

// Default-ignorable code points (zero-width spaces and joiners, bidi controls, soft hyphen,
// variation selectors, Hangul fillers, tag characters) and other format characters render as
// nothing, so they can hide inside a key name without changing how it looks.
const IGNORABLE = /^[\p{Default_Ignorable_Code_Point}\p{Cf}]$/u
const NEEDS_NORMALIZING = /[^\0-\x7f]|\\u[0-9A-Fa-f]{4}/
const ESCAPED = /\\u([0-9A-Fa-f]{4})/y
/** A run that normalizing leaves alone: ASCII other than a backslash. */
const PLAIN = /[\0-\x5b\x5d-\x7f]+/y

const normalizedCache = new Map<number, string>()

function normalizedCodePoint(cp: number): string {
  let out = normalizedCache.get(cp)
  if (out === undefined) {
    const ch = String.fromCodePoint(cp)
    out = IGNORABLE.test(ch) ? '' : ch.normalize('NFKC')
    // Some compatibility forms expand to many characters (U+FDFA to 18); none needs more than that.
    if (normalizedCache.size < 65_536) normalizedCache.set(cp, out)
  }
  return out
}

/** An escaped code point at `i` (`\uXXXX`, or a `\uD8xx\uDCxx` pair), if non-ASCII. */
function escapedAt(text: string, i: number): { cp: number; length: number } | undefined {
  ESCAPED.lastIndex = i
  const m = ESCAPED.exec(text)
  if (!m?.[1]) return undefined
  const unit = parseInt(m[1], 16)
  if (unit < 0x80) return undefined
  if (unit >= 0xd800 && unit < 0xdc00) {
    ESCAPED.lastIndex = i + 6
    const low = ESCAPED.exec(text)
    const lowUnit = low?.[1] ? parseInt(low[1], 16) : -1
    if (lowUnit >= 0xdc00 && lowUnit < 0xe000)
      return { cp: 0x10000 + ((unit - 0xd800) << 10) + (lowUnit - 0xdc00), length: 12 }
  }
  return { cp: unit, length: 6 }
}

/** NFKC per code point, default-ignorables dropped, non-ASCII `\uXXXX` escapes decoded. */
export function normalizedView(text: string): View {
  if (!NEEDS_NORMALIZING.test(text)) return View.identity(text)
  const b = new Builder(text)
  let changed = false
  for (let i = 0; i < text.length;) {
    PLAIN.lastIndex = i
    if (PLAIN.test(text)) {
      b.keep(i, PLAIN.lastIndex)
      i = PLAIN.lastIndex
      continue
    }
    const c = text.charCodeAt(i)
    const escaped = c === 0x5c ? escapedAt(text, i) : undefined
    if (c === 0x5c && !escaped) {
      b.keep(i, i + 1)
      i++
      continue
    }
    const cp = escaped ? escaped.cp : (text.codePointAt(i) ?? c)
    const length = escaped ? escaped.length : cp > 0xffff ? 2 : 1
    const out = normalizedCodePoint(cp)
    if (!escaped && out.length === length && out === text.slice(i, i + length))
      b.keep(i, i + length)
    else {
      b.replace(i, i + length, out)
      changed = true
    }
    i += length
  }
  return changed ? b.view(text.length) : View.identity(text)
}

const HEX = /^[0-9A-Fa-f]{2}$/
export const PERCENT_ESCAPE = /%[0-9A-Fa-f]{2}/

const hexAt = (text: string, i: number): number =>
  text.charCodeAt(i) === 0x25 && HEX.test(text.slice(i + 1, i + 3))
    ? parseInt(text.slice(i + 1, i + 3), 16)
    : -1

/**
 * `text` with its `%XX` escapes decoded: an ASCII escape becomes its character, a run of escapes
 * of UTF-8 bytes the characters they encode (or stays as it is if they are not UTF-8). A `+` stays
 * a `+`: it is as likely part of a base64 secret as a space.
 */
export function percentDecodedView(text: string): View {
  if (!PERCENT_ESCAPE.test(text)) return View.identity(text)
  const b = new Builder(text)
  for (let i = 0; i < text.length;) {
    const byte = hexAt(text, i)
    if (byte < 0) {
      const next = text.indexOf('%', i + 1)
      const to = next < 0 ? text.length : next
      b.keep(i, to)
      i = to
      continue
    }
    if (byte < 0x80) {
      b.replace(i, i + 3, String.fromCharCode(byte))
      i += 3
      continue
    }
    let end = i
    while (hexAt(text, end) >= 0x80) end += 3
    let decoded: string | undefined
    try {
      decoded = decodeURIComponent(text.slice(i, end))
    } catch {
      decoded = undefined
    }
    if (decoded === undefined) b.keep(i, end)
    else b.replace(i, end, decoded)
    i = end
  }
  return b.view(text.length)
}
