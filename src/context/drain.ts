// Drain (He et al., ICWS 2017): online log template mining with a fixed-depth parse tree.
// The details that decide grouping (depth counting, wildcard children, child cap, similarity,
// tie-break) follow logpai/logparser's Drain.py: with `values: []` and its settings, its
// published Loghub accuracy reproduces exactly. Memory grows with templates, never with lines.
//
// One addition, typed value masks (on by default): each token with a digit is also seen masked,
// `42` → `<NUM>`, `10.0.0.1:80` → `<IP>`, `uid=0` → `uid=<NUM>`. A template keeps a position's raw
// text while every line agrees on it (masking never hides a constant), then its masked form while
// those agree, then `<*>`. A keyed token (letters left: `uid=<NUM>`) matches by masked form; so
// does a whole value (`<NUM>`, `/<IP>`) by default, as in Drain3, or with `compareValues: 'raw'`
// only its own value, as in Drain, whose published per-system thresholds assume that.
//
// Another, off by default and on in the product's miner (context/templates.ts): `constantWords`,
// Brain's rule that a few different words at a position are the message and many are a value,
// with templates of values of another word count, or with an optional labelled tail, joined
// (alignAcross). Templates then merge as lines arrive; `canonical(id)` says which one a line's
// template is now part of.

import { isDateWord } from './date-words.js'

/** The token for a variable part of a template (the paper's `*`). */
export const WILDCARD = '<*>'

/** A typed value mask: matches inside a token become `placeholder`, e.g. `<NUM>`. */
export interface Mask {
  pattern: RegExp
  placeholder: string
}

export interface DrainOptions {
  /**
   * Parse-tree depth as logparser and Drain3 count it (their settings use it): root, token-count
   * layer, `depth - 3` leading-token layers, then the leaf holding the groups. Default 4; min 3.
   */
  depth?: number
  /** Similarity threshold `st`: a line joins its most similar group at or above it. 0.4. */
  similarity?: number
  /** Children per internal node before new tokens share the wildcard child. Default 100. */
  maxChildren?: number
  /**
   * The paper's preprocessing: applied to the line in order, before tokenizing; every match
   * becomes `<*>`, which counts against similarity like any wildcard. Default none.
   */
  masks?: readonly RegExp[]
  /** Typed value masks, tried on each token that has a digit. Default DEFAULT_VALUE_MASKS. */
  values?: readonly Mask[]
  /** Token separators. Default whitespace. */
  delimiters?: RegExp
  /** Splits a line into tokens instead of `delimiters` (context/log-tokens.ts). */
  tokenize?: (line: string) => string[]
  /**
   * Whether two different tokens at one position name different events (`completed` and
   * `aborted`, `GET` and `POST`), so a line never joins a group whose constant there differs.
   * Default: never (Drain).
   */
  distinct?: (constant: string, token: string) => boolean
  /** Raw example lines kept per template (distinct, first seen). Default 3. */
  maxExamples?: number
  /** Distinct raw values kept per variable position. Default 5. */
  maxValues?: number
  /**
   * Past this many templates (every group made, merged ones included) a line that matches none
   * joins the most similar group at its leaf whatever the similarity and its words (a leaf with
   * none still gets one), so the count stays bounded.
   * Default 10,000.
   */
  maxTemplates?: number
  /**
   * How two values of one kind compare (`<NUM>` and `<NUM>`, `/<IP>` and `/<IP>`). `'masked'`
   * (default, as Drain3): they match. `'raw'` (Drain): only the same value matches, which is
   * what the published per-system thresholds were tuned for. Keyed tokens (`uid=<NUM>`) match
   * by masked form either way.
   */
  compareValues?: 'masked' | 'raw'
  /**
   * Brain's observation (Yu et al., IEEE TSC 2023), made online: a position where lines hold a
   * few different words is part of the message (`Failed password` and `Failed none`), one that
   * holds many is a value (a user name). With this set, a line never joins a group whose word
   * constant differs from its word (no digit, no space) at some position; it starts a group of
   * its own, and once this many groups that differ only in the word at one position exist,
   * they merge into one with `<*>` there. Lines keep the id they were given; `canonical(id)`
   * tells the group it is now part of. Default 0: off (Drain).
   */
  constantWords?: number
}

export interface LogTemplate {
  id: number
  /** Tokens joined by single spaces; what varies is `<*>` or a typed placeholder. */
  template: string
  count: number
  /** `index` (by default the line number) of the first and the latest line. */
  firstSeen: number
  lastSeen: number
  /** A few example lines (raw, distinct, first seen), bounded. */
  examples: string[]
  /** Up to `maxValues` distinct raw values per variable position, in template order. */
  values?: string[][]
}

const value = (placeholder: string, source: string): Mask => ({
  pattern: new RegExp(source, 'g'),
  placeholder: `<${placeholder}>`
})

// A value is not glued to letters or digits on either side (`_`, `-`, `=`, `/`, `:` are fine):
// `blk_-12` → `blk_<NUM>`, `uid=0` → `uid=<NUM>`, but `v2`, `md5`, `x86` stay as they are.
const L = '(?<![A-Za-z0-9.])'
const R = '(?![A-Za-z0-9])'

/** Typed value masks, specific before general. Each token is rewritten in one pass. */
export const DEFAULT_VALUE_MASKS: readonly Mask[] = Object.freeze([
  value('UUID', String.raw`${L}[0-9a-fA-F]{8}-(?:[0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}${R}`),
  value('ARN', String.raw`\barn:aws[\w-]*:[^\s"',]*`),
  value(
    'TIME',
    String.raw`${L}\d{4}-\d\d-\d\d(?:[T_]\d\d:\d\d(?::\d\d(?:[.,]\d+)?)?(?:Z|[+-]\d\d:?\d\d)?)?${R}|${L}\d{1,2}:\d\d:\d\d(?:[.,]\d+)?${R}`
  ),
  value('IP', String.raw`${L}(?:\d{1,3}\.){3}\d{1,3}(?::\d{1,5})?${R}`),
  value('MAC', String.raw`${L}(?:[0-9a-fA-F]{2}[:-]){5}[0-9a-fA-F]{2}${R}`),
  value(
    'ID',
    String.raw`\b(?:i|vol|snap|sg|subnet|vpc|ami|eni|rtb|igw|nat|acl|lt)-[0-9a-f]{8,17}${R}`
  ),
  // 0x-prefixed, or 8+ hex digits with both a digit and a letter (all digits is a NUM).
  value(
    'HEX',
    String.raw`${L}0[xX][0-9a-fA-F]+${R}|${L}(?=[0-9a-fA-F]*[a-fA-F])(?=[a-fA-F]*\d)[0-9a-fA-F]{8,}${R}`
  ),
  value('PATH', String.raw`(?<![\w/])(?:/[\w.@~+-]+){2,}/?`),
  // A number, with an optional unit: 42, -1.5, 3,000, 10ms, 2.5GB, 99%.
  value('NUM', String.raw`${L}[-+]?\d+(?:[.,]\d+)*(?:ns|us|µs|ms|s|m|h|d|[KMGT]i?B|B|%)?${R}`)
])

const WHITESPACE = /[ \t\n\v\f\r]+/
const MAX_EXAMPLE_CHARS = 2_000

// Token kinds, of the masked form: unmasked, the wildcard, a masked token with letters left (a
// key and its value, `uid=<NUM>`), or one without (a value: `<NUM>`, `/<IP>`, `<NUM>_<NUM>`).
const LITERAL = 0
const WILD = 1
const KEYED = 2
const VALUE = 3

/** Whether a masked token keeps a letter outside its placeholders. */
function hasKey(masked: string): boolean {
  let inside = false
  for (let i = 0; i < masked.length; i++) {
    const c = masked.charCodeAt(i)
    if (c === 60) inside = true
    else if (c === 62) inside = false
    else if (!inside && ((c >= 65 && c <= 90) || (c >= 97 && c <= 122))) return true
  }
  return false
}

const PLAIN_WORD = /^[([]?[A-Za-z][A-Za-z_'-]*\d?[)\]]?[.,:;!?]?$/
/** A `key=value` field's key and its `=` (the tokenizer and logfmt lines read keys alike). */
export const KEY_FIELD = /^[A-Za-z_][\w.-]*=/
// `overlap:false`, `state:ready`: a label and a word, one word of the message.
const LABELLED_WORD = /^[A-Za-z][\w-]*:[A-Za-z]+[.,;]?$/

/**
 * What a token says as a word of the message (DrainOptions.constantWords), or undefined when it
 * is a value: a plain word as it is; a `key=value` field by its key; another token with a key
 * left after masking (`LOGIN(uid=<NUM>)`) by its masked form. Numbers, paths, quoted strings and
 * whatever has a digit are values.
 */
function wordOf(raw: string | undefined, masked: string, kind: number): string | undefined {
  if (kind === WILD) return undefined
  const text = raw ?? masked
  // Every pattern below starts with a letter, `_`, `(` or `[`: most values are out at once.
  const c = text.charCodeAt(0)
  const letter = (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95
  const key = letter && text.indexOf('=') > 0 ? KEY_FIELD.exec(text) : null
  if (key !== null) return key[0]
  // `LOGIN(uid=<NUM>)`: a field with its key, not a host or file name with a number in it.
  if (kind === KEYED) return masked.includes('=') && !/[\s"'/]/.test(masked) ? masked : undefined
  if (kind !== LITERAL || raw === undefined || !(letter || c === 40 || c === 91)) return undefined
  // A capitalized day or month name is part of a date, a value (`may` is a word).
  const date = c >= 65 && c <= 90 && isDateWord(raw)
  return (PLAIN_WORD.test(raw) || LABELLED_WORD.test(raw)) && !date ? raw : undefined
}

interface Node {
  children: Map<string, Node>
  groups: Group[]
}

const newNode = (): Node => ({ children: new Map(), groups: [] })

/** Tokens a group of another length may have more or fewer (alignAcross): a list of values. */
const MAX_OPTIONAL = 64
/** Constant words two groups of different lengths need before they can be one (alignAcross). */
const MIN_ALIGNED = 3

// Units that follow a value (`<1 sec`, `18.4 KB`): part of it, not a word of the message.
const UNITS = new Set(
  'ms sec secs second seconds min mins minute minutes hours days B KB MB GB TB KiB MiB GiB'.split(
    ' '
  )
)

const sameWords = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && a.every((w, i) => w === b[i])

/** Words two messages must share before one's labelled tail is optional context. */
const MIN_SHARED_WORDS = 5
/** Words an optional tail has at most. */
const MAX_TAIL_WORDS = 4

/**
 * Whether one word list is the other plus a short labelled tail (`Init Duration: <NUM> ms`,
 * `Status: timeout`): optional trailing context, as Lambda's REPORT line prints it on a cold
 * start.
 */
function optionalTail(a: readonly string[], b: readonly string[]): boolean {
  const [short, long] = a.length < b.length ? [a, b] : [b, a]
  if (short.length < MIN_SHARED_WORDS || long.length - short.length > MAX_TAIL_WORDS) return false
  if (long.length === short.length || !short.every((w, i) => w === long[i])) return false
  return long.slice(short.length).some((w) => w.endsWith(':'))
}

/** A group's constant words in order, units after a value left out (alignAcross). */
function alignedWords(group: Group): string[] {
  const words: string[] = []
  let afterValue = false
  for (let p = 0; p < group.masked.length; p++) {
    const w = group.wordAt(p)
    if (w !== undefined && !(afterValue && UNITS.has(w.replace(/[^A-Za-z]/g, '')))) words.push(w)
    afterValue = w === undefined
  }
  return words
}

/** Tokens whose word literalWord remembers, at most. */
const MAX_WORD_CACHE = 10_000
/** Past this many tokens, a group has families at its first MAX_FAMILY_POSITIONS positions. */
const MAX_FAMILY_TOKENS = 64
const MAX_FAMILY_POSITIONS = 16
/** Family records kept at most (a few per template with words). */
const MAX_FAMILIES = 50_000
/** Groups alignAcross compares a new group with, at most. */
const MAX_ALIGN_CANDIDATES = 64

/** A 64-bit digest of a string, as text: two 32-bit FNV-1a-style hashes, different multipliers. */
function digest(text: string): string {
  let a = 0x811c9dc5
  let b = 0x01000193 ^ 0x5bd1e995
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    a = Math.imul(a ^ c, 0x01000193)
    b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 15)
  }
  return (a >>> 0).toString(36) + ':' + (b >>> 0).toString(36)
}

// A family's groups share at least this many other constants, and half their other positions.
const MIN_OTHERS = 1
const OTHERS_SHARE = 0.5

/** Groups alike but for the word at one position (DrainOptions.constantWords). */
interface Family {
  /** The different words seen there, up to constantWords. */
  words: string[]
  members: Group[]
  /** Two of the words name different events (DrainOptions.distinct): never merged. */
  events: boolean
}

function hasDigit(token: string): boolean {
  for (let i = 0; i < token.length; i++) {
    const c = token.charCodeAt(i)
    if (c >= 48 && c <= 57) return true
  }
  return false
}

/**
 * Splits on whitespace runs, like Python's str.split() for ASCII whitespace: native split(' ')
 * unless the line has a tab or line break (native scans; a per-character loop costs more).
 */
function splitWhitespace(line: string): string[] {
  const parts =
    line.includes('\t') || line.includes('\r') || line.includes('\n')
      ? line.split(WHITESPACE)
      : line.split(' ')
  let k = 0
  for (const p of parts) if (p !== '') parts[k++] = p
  if (k !== parts.length) parts.length = k
  return parts
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57
const isAlnum = (c: number): boolean =>
  (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)
const isHex = (c: number): boolean =>
  (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102)
// First letters of the AWS id prefixes in the ID mask: i, v, s, a, e, r, n, l.
const ID_FIRST = new Set([105, 118, 115, 97, 101, 114, 110, 108])
const NO_MATCH = -1
const ASK_REGEX = 0

/**
 * Rewrites a token with the value masks: leftmost match first, the earliest mask at a position.
 * Matches can only start where the previous character is not a letter or digit, so only those
 * positions are tried, with one sticky regex of all the masks. For the default masks, cheap
 * character checks settle most positions first (a plain number, or nothing can start here):
 * regexes cost a few hundred nanoseconds a token, and this runs on every token with a digit.
 */
class ValueMasker {
  private readonly regex: RegExp | undefined
  private readonly names: string[]
  private readonly shortcuts: boolean
  private readonly num: string

  constructor(masks: readonly Mask[]) {
    this.names = masks.map((m) => m.placeholder)
    // Alternatives in order; each one captured, so a match tells which mask it was.
    this.regex =
      masks.length === 0
        ? undefined
        : new RegExp(masks.map((m) => `(${m.pattern.source})`).join('|'), 'y')
    this.shortcuts = masks === DEFAULT_VALUE_MASKS
    this.num = DEFAULT_VALUE_MASKS.at(-1)?.placeholder ?? WILDCARD
  }

  mask(token: string): string {
    const re = this.regex
    if (re === undefined || !hasDigit(token)) return token
    let out = ''
    let last = 0
    let i = 0
    while (i < token.length) {
      const prev = i === 0 ? 32 : token.charCodeAt(i - 1)
      if (isAlnum(prev)) {
        i++
        continue
      }
      let end = this.shortcuts ? quick(token, i, prev) : ASK_REGEX
      let name = this.num
      if (end === ASK_REGEX) {
        re.lastIndex = i
        const m = re.exec(token)
        if (m === null) end = NO_MATCH
        else {
          let k = 1
          while (m[k] === undefined && k < m.length) k++
          name = this.names[k - 1] ?? WILDCARD
          end = re.lastIndex
        }
      }
      if (end === NO_MATCH) {
        i++
        continue
      }
      // The whole token is one value (the usual case): no string building.
      if (i === 0 && end === token.length) return name
      out += token.slice(last, i) + name
      last = end
      i = end
    }
    return last === 0 ? token : out + token.slice(last)
  }
}

const maskers = new WeakMap<readonly Mask[], ValueMasker>()

/** A token with its values masked, e.g. `uid=42` → `uid=<NUM>`; as the miner sees it. */
export function maskValues(token: string, masks: readonly Mask[] = DEFAULT_VALUE_MASKS): string {
  let masker = maskers.get(masks)
  if (masker === undefined) {
    masker = new ValueMasker(masks)
    maskers.set(masks, masker)
  }
  return masker.mask(token)
}

/**
 * For DEFAULT_VALUE_MASKS at position `i` (after a non-alphanumeric `prev`): NO_MATCH when no
 * mask can match there, the end of a plain number when NUM surely matches and nothing before it,
 * else ASK_REGEX.
 */
function quick(token: string, i: number, prev: number): number {
  const c = token.charCodeAt(i)
  if (isDigit(c)) return prev === 46 ? NO_MATCH : plainNumber(token, i)
  if (c === 45 || c === 43) {
    // Only NUM starts with a sign.
    if (prev === 46 || !isDigit(token.charCodeAt(i + 1))) return NO_MATCH
    return plainNumber(token, i + 1)
  }
  // PATH needs two segments.
  if (c === 47) return token.indexOf('/', i + 2) > 0 ? ASK_REGEX : NO_MATCH
  if (c === 97 && token.startsWith('arn:aws', i)) return ASK_REGEX
  if (ID_FIRST.has(c)) {
    const dash = token.indexOf('-', i + 1)
    if (dash > 0 && dash <= i + 6) return ASK_REGEX
  }
  if (isHex(c)) {
    // UUID and HEX need eight hex digits; MAC two and a separator.
    let j = i
    while (j < token.length && isHex(token.charCodeAt(j))) j++
    if (j - i >= 8) return ASK_REGEX
    const sep = token.charCodeAt(i + 2)
    if (j - i === 2 && (sep === 58 || sep === 45)) return ASK_REGEX
  }
  return NO_MATCH
}

/** End of the digit run at `j` when it is a whole plain number, else ASK_REGEX. */
function plainNumber(token: string, j: number): number {
  let k = j
  while (k < token.length && isDigit(token.charCodeAt(k))) k++
  if (k === token.length) return k
  const next = token.charCodeAt(k)
  // Letters (units, hex), `. , : -` (decimals, IPs, times, UUIDs), `%` and non-ASCII (µs).
  if (isAlnum(next) || next === 46 || next === 44 || next === 58 || next === 45) return ASK_REGEX
  if (next === 37 || next > 127) return ASK_REGEX
  return k
}

class Group implements LogTemplate {
  count = 0
  firstSeen: number
  lastSeen: number
  readonly examples: string[] = []
  /** Per position: the raw token while every line agreed on it, else undefined. */
  readonly raw: (string | undefined)[]
  /** Per position: the masked token (`<*>` once the masked forms disagreed). */
  readonly masked: string[]
  /** Per position: LITERAL, WILD, KEYED or VALUE, of `masked`. */
  readonly kinds: Uint8Array
  /** Varying positions → distinct raw values seen there. */
  slots: Map<number, string[]> | undefined
  slotsFull = false
  /** The leaf that holds the group, and whether it was merged into another (constantWords). */
  leaf: Node | undefined
  dead = false
  private text: string | undefined
  /** wordAt's answers, until the template changes. */
  private words: (string | undefined)[] | undefined

  constructor(
    readonly id: number,
    raw: readonly string[],
    masked: readonly string[],
    kinds: Uint8Array,
    index: number
  ) {
    const n = raw.length
    this.masked = masked.slice(0, n)
    this.kinds = kinds.slice(0, n)
    this.raw = raw.map((r, i) => (this.kinds[i] === WILD ? undefined : r))
    this.firstSeen = index
    this.lastSeen = index
  }

  get template(): string {
    return (this.text ??= this.masked.map((m, i) => this.raw[i] ?? m).join(' '))
  }

  get values(): string[][] | undefined {
    if (this.slots === undefined) return undefined
    return [...this.slots.entries()].sort((a, b) => a[0] - b[0]).map(([, v]) => [...v])
  }

  /**
   * Logparser's getTemplate, on both forms: a raw constant that differs becomes its masked form
   * when those agree, else `<*>`. Returns the constants that stopped being constant, by position.
   */
  merge(raw: readonly string[], masked: readonly string[]): Map<number, string> | undefined {
    let changed: Map<number, string> | undefined
    for (let i = 0; i < raw.length; i++) {
      const r = this.raw[i]
      if (r !== undefined && r === raw[i]) continue
      if (this.kinds[i] === WILD) continue
      const m = this.masked[i] ?? WILDCARD
      if (m === masked[i]) {
        if (r === undefined) continue
        this.raw[i] = undefined
      } else {
        this.raw[i] = undefined
        this.masked[i] = WILDCARD
        this.kinds[i] = WILD
      }
      ;(changed ??= new Map()).set(i, r ?? m)
    }
    if (changed !== undefined) {
      this.text = undefined
      this.words = undefined
      this.slotsFull = false
    }
    return changed
  }

  /** The word at position `i` while it is a constant (see wordOf). */
  wordAt(i: number): string | undefined {
    if (this.words === undefined) {
      const words: (string | undefined)[] = []
      for (let k = 0; k < this.masked.length; k++)
        words.push(wordOf(this.raw[k], this.masked[k] ?? WILDCARD, this.kinds[k] ?? WILD))
      this.words = words
    }
    return this.words[i]
  }

  /** Makes position `p` a variable. */
  generalize(p: number): void {
    this.raw[p] = undefined
    this.masked[p] = WILDCARD
    this.kinds[p] = WILD
    this.text = undefined
    this.words = undefined
    this.slotsFull = false
  }

  snapshot(): LogTemplate {
    const values = this.values
    return {
      id: this.id,
      template: this.template,
      count: this.count,
      firstSeen: this.firstSeen,
      lastSeen: this.lastSeen,
      examples: [...this.examples],
      ...(values !== undefined && values.length > 0 ? { values } : {})
    }
  }
}

export class DrainMiner {
  private readonly root = new Map<number, Node>()
  private readonly groups: Group[] = []
  private readonly prefixTokens: number
  private readonly similarity: number
  private readonly maxChildren: number
  private readonly masks: RegExp[]
  private readonly values: ValueMasker
  private readonly split: (line: string) => string[]
  private readonly maxExamples: number
  private readonly maxValues: number
  private readonly maxTemplates: number
  /** Similarity of the group the last search returned. */
  private matched = 0
  private readonly matchValues: boolean
  private readonly distinct: ((constant: string, token: string) => boolean) | undefined
  /** The current line's masked tokens and their kinds, reused across lines. */
  private masked: string[] = []
  private kinds = new Uint8Array(64)
  /** literalWord's answers ('' for none), bounded by MAX_WORD_CACHE. */
  private readonly wordCache = new Map<string, string>()
  /** The current line's words (constantWords), by position. */
  private words: (string | undefined)[] = []
  private lines = 0
  private readonly constantWords: number
  /** A merged group's id → the group it went into (constantWords). */
  private readonly merged = new Map<number, Group>()
  /** Groups alike but for the word at one position (constantWords), by familyKey. */
  private readonly families = new Map<string, Family>()
  /** Groups by their first constant word, for alignAcross. */
  private readonly byFirstWord = new Map<string, Group[]>()

  constructor(options: DrainOptions = {}) {
    const depth = options.depth ?? 4
    if (!Number.isInteger(depth) || depth < 3)
      throw new RangeError(`depth must be an integer ≥ 3, got ${depth}`)
    this.prefixTokens = depth - 3
    this.similarity = options.similarity ?? 0.4
    this.maxChildren = options.maxChildren ?? 100
    this.masks = (options.masks ?? []).map((m) =>
      m.global ? m : new RegExp(m.source, `${m.flags}g`)
    )
    this.values = new ValueMasker(options.values ?? DEFAULT_VALUE_MASKS)
    const delimiters = options.delimiters
    this.split =
      options.tokenize ??
      (delimiters === undefined || delimiters.source === WHITESPACE.source
        ? splitWhitespace
        : (line) => line.split(delimiters).filter((t) => t !== ''))
    this.maxExamples = options.maxExamples ?? 3
    this.maxValues = options.maxValues ?? 5
    this.maxTemplates = options.maxTemplates ?? 10_000
    this.matchValues = (options.compareValues ?? 'masked') === 'masked'
    this.distinct = options.distinct
    this.constantWords = options.constantWords ?? 0
  }

  /** Number of templates. */
  get size(): number {
    // Merged and aliased groups stay in `groups`; each has an entry in `merged`.
    return this.groups.length - this.merged.size
  }

  /** The id of the group that the group with `id` is now part of (itself unless merged). */
  canonical(id: number): number {
    let group = this.merged.get(id)
    if (group === undefined) return id
    for (let next = this.merged.get(group.id); next !== undefined; next = this.merged.get(group.id))
      group = next
    this.merged.set(id, group)
    return group.id
  }

  /** The template a group with `id` is now part of (see canonical), live. */
  template(id: number): LogTemplate | undefined {
    return this.groupOf(id)
  }

  private groupOf(id: number): Group | undefined {
    return this.groups[this.canonical(id) - 1]
  }

  /** Lines added so far. */
  get lineCount(): number {
    return this.lines
  }

  /**
   * Adds one line; returns its template, live (it changes as later lines arrive).
   * `index` is what firstSeen/lastSeen record: a timestamp, or by default the line number.
   */
  add(line: string, index: number = this.lines): LogTemplate {
    this.lines++
    let text = line
    for (const re of this.masks) text = text.replace(re, WILDCARD)
    const raw = this.split(text)
    this.classify(raw)
    let group = this.search(raw)
    // Full: a line whose words differ from every group's joins the most similar all the same.
    if (group === undefined && this.groups.length >= this.maxTemplates)
      group = this.search(raw, false)
    // Every group made counts against maxTemplates, merged or not: memory stays bounded.
    if (
      group !== undefined &&
      this.matched < this.similarity &&
      this.groups.length < this.maxTemplates
    )
      group = undefined
    let changed: Map<number, string> | undefined
    if (group === undefined) {
      group = new Group(this.groups.length + 1, raw, this.masked, this.kinds, index)
      this.groups.push(group)
      this.insert(group, raw)
      if (this.constantWords > 0) {
        group = this.register(group)
        if (group.count === 0) this.alignAcross(group)
      }
    } else {
      changed = group.merge(raw, this.masked)
      if (index < group.firstSeen) group.firstSeen = index
      if (index > group.lastSeen) group.lastSeen = index
      if (changed !== undefined && this.constantWords > 0) group = this.register(group)
    }
    group.count++
    if (group.examples.length < this.maxExamples) this.example(group, line)
    // Values are sampled: every line at first, then one in 16, until each position is full.
    if (
      this.maxValues > 0 &&
      !group.slotsFull &&
      (group.count <= 256 || (group.count & 15) === 0 || changed !== undefined)
    )
      this.collect(group, raw, changed)
    // A group aliased to one of another length (alignAcross) counts its lines there too.
    const shown = this.resolve(group)
    if (shown !== group) {
      shown.count++
      if (index < shown.firstSeen) shown.firstSeen = index
      if (index > shown.lastSeen) shown.lastSeen = index
      if (shown.examples.length < this.maxExamples) this.example(shown, line)
    }
    return shown
  }

  /** Snapshots of every template, in order of first appearance. */
  templates(): LogTemplate[] {
    return this.groups.filter((g) => !this.merged.has(g.id)).map((g) => g.snapshot())
  }

  // --- constantWords: groups that differ in one word, merged once there are enough ---------------

  /**
   * The family key of a group at a word position `p`: its length, `p`, and its tokens with `p`
   * left out, words as they are, keyed tokens by their masked form, values and wildcards as
   * `<*>` (how a value generalizes does not make two groups less alike); kept as a 64-bit
   * digest, so a long line's families cost a few bytes each.
   */
  private familyKey(group: Group, p: number): string {
    let key = `${group.masked.length}:${p}`
    for (let i = 0; i < group.masked.length; i++) {
      const kind = group.kinds[i]
      const token =
        i === p
          ? '\u0002'
          : kind === LITERAL
            ? (group.raw[i] ?? WILDCARD)
            : kind === KEYED
              ? (group.masked[i] ?? WILDCARD)
              : WILDCARD
      key += `\u0001${token}`
    }
    return digest(key)
  }

  /**
   * Records a new or changed group in its families; when a family has `constantWords` different
   * words, its groups merge. Returns the group the given one is now part of.
   */
  private register(group: Group): Group {
    if (this.merged.has(group.id)) return this.resolve(group)
    // A family shares its other words: with too few (`onReceive <*>`, `<*> (command <NUM>)`),
    // the word that differs is most of the message, not a value in it.
    let words = 0
    for (let p = 0; p < group.masked.length; p++) if (group.kinds[p] === LITERAL) words++
    const n = group.masked.length
    // Each family key costs the line's length: a long line has families at its first words only.
    const positions = n > MAX_FAMILY_TOKENS ? MAX_FAMILY_POSITIONS : n
    for (let p = 0; p < positions; p++) {
      if (group.dead) break
      const word = group.wordAt(p)
      if (word === undefined) continue
      const others = words - (group.kinds[p] === LITERAL ? 1 : 0)
      if (others < MIN_OTHERS || others < (n - 1) * OTHERS_SHARE) continue
      const key = this.familyKey(group, p)
      let family = this.families.get(key)
      if (family === undefined) {
        // Bounded: past MAX_FAMILIES, new groups merge only into families that exist.
        if (this.families.size >= MAX_FAMILIES) continue
        family = { words: [], members: [], events: false }
        this.families.set(key, family)
      }
      if (!family.members.includes(group)) family.members.push(group)
      if (family.words.length < this.constantWords && !family.words.includes(word)) {
        if (this.distinct !== undefined && family.words.some((w) => this.distinct?.(w, word)))
          family.events = true
        family.words.push(word)
      }
      if (family.events || family.words.length < this.constantWords) continue
      const members = family.members.filter(
        (g) => !this.merged.has(g.id) && this.familyKey(g, p) === key
      )
      if (members.length < 2) continue
      const survivor = members.reduce((a, b) => (b.id < a.id ? b : a))
      for (const g of members) if (g !== survivor) this.absorb(survivor, g)
      survivor.generalize(p)
      // The family stays: a group of another leaf that joins it later merges at once.
      family.members = [survivor]
      return this.register(survivor)
    }
    return this.resolve(group)
  }

  /** The live group a group is part of. */
  private resolve(group: Group): Group {
    return this.groupOf(group.id) ?? group
  }

  /**
   * Links a new group to a group of another length that says the same with values of another
   * word count (`bytes sent` and `bytes (1.2 KB) sent`, `lifetime 00:01` and `lifetime <1 sec`):
   * their constant words are the same (units after a value aside), and their lengths differ by at most
   * MAX_OPTIONAL tokens. The group stays (lines of its length keep matching it), its lines count
   * in the other.
   */
  private alignAcross(group: Group): void {
    const words = alignedWords(group)
    const first = words[0]
    if (first === undefined || words.length < MIN_ALIGNED) return
    const candidates = this.byFirstWord.get(first)
    let best: Group | undefined
    // The latest few with that first word: a new group costs a bounded search.
    for (const c of (candidates ?? []).slice(-MAX_ALIGN_CANDIDATES)) {
      if (c.dead) continue
      const n = c.masked.length
      if (n === group.masked.length || Math.abs(n - group.masked.length) > MAX_OPTIONAL) continue
      const other = alignedWords(c)
      if (sameWords(words, other) || optionalTail(words, other)) {
        best = c
        break
      }
    }
    if (best !== undefined) {
      this.merged.set(group.id, best)
    }
    // Linked or not, later groups may align with this one's words (`Status: timeout` with the
    // REPORT line that has no `Init Duration:`).
    if (candidates === undefined) this.byFirstWord.set(first, [group])
    else candidates.push(group)
  }

  /** Moves a group's lines into `survivor`, which generalizes to cover them. */
  private absorb(survivor: Group, g: Group): void {
    survivor.merge(
      g.raw.map((r) => r ?? '\u0000'),
      g.masked
    )
    survivor.count += g.count
    survivor.firstSeen = Math.min(survivor.firstSeen, g.firstSeen)
    survivor.lastSeen = Math.max(survivor.lastSeen, g.lastSeen)
    for (const e of g.examples)
      if (survivor.examples.length < this.maxExamples && !survivor.examples.includes(e))
        survivor.examples.push(e)
    g.dead = true
    this.merged.set(g.id, survivor)
    const leaf = g.leaf
    if (leaf !== undefined) leaf.groups = leaf.groups.filter((x) => x !== g)
  }

  private classify(raw: readonly string[]): void {
    const n = raw.length
    if (this.kinds.length < n) this.kinds = new Uint8Array(n * 2)
    const masked = this.masked
    const kinds = this.kinds
    for (let i = 0; i < n; i++) {
      const r = raw[i] ?? ''
      const m = this.values.mask(r)
      masked[i] = m
      kinds[i] = m === WILDCARD ? WILD : m === r ? LITERAL : hasKey(m) ? KEYED : VALUE
      if (this.constantWords > 0)
        this.words[i] = kinds[i] === LITERAL ? this.literalWord(r) : wordOf(r, m, kinds[i] ?? WILD)
    }
  }

  /** wordOf for a token that masking left alone, remembered: a stream repeats its words. */
  private literalWord(token: string): string | undefined {
    const known = this.wordCache.get(token)
    if (known !== undefined) return known === '' ? undefined : known
    if (this.wordCache.size >= MAX_WORD_CACHE) this.wordCache.clear()
    const word = wordOf(token, token, LITERAL)
    this.wordCache.set(token, word ?? '')
    return word
  }

  private example(group: Group, line: string): void {
    const text = line.length > MAX_EXAMPLE_CHARS ? line.slice(0, MAX_EXAMPLE_CHARS) : line
    if (!group.examples.includes(text)) group.examples.push(text)
  }

  private collect(
    group: Group,
    raw: readonly string[],
    changed: Map<number, string> | undefined
  ): void {
    let full = true
    for (let i = 0; i < raw.length; i++) {
      if (group.raw[i] !== undefined) continue
      const slots = (group.slots ??= new Map<number, string[]>())
      let values = slots.get(i)
      if (values === undefined) {
        values = []
        slots.set(i, values)
        // The constant this position held until now is one of its values too.
        const old = changed?.get(i)
        if (old !== undefined && !old.includes(WILDCARD)) values.push(old)
      }
      const value = raw[i]
      // `<*>` from a line mask hides the value; the example lines still show it.
      if (value === undefined || value.includes(WILDCARD)) continue
      if (values.length < this.maxValues && !values.includes(value)) values.push(value)
      if (values.length < this.maxValues) full = false
    }
    group.slotsFull = full
  }

  /** The most similar group at the line's leaf, whatever the similarity (in `matched`). */
  private search(raw: readonly string[], strict = this.constantWords > 0): Group | undefined {
    const n = raw.length
    let node = this.root.get(n)
    if (node === undefined) return undefined
    const stop = Math.min(this.prefixTokens, n)
    for (let i = 0; i < stop; i++) {
      const next: Node | undefined =
        node.children.get(this.route(raw, i)) ?? node.children.get(WILDCARD)
      if (next === undefined) return undefined
      node = next
    }
    return this.fastMatch(node.groups, raw, strict)
  }

  /**
   * The most similar group at the leaf (ties: more variable positions, then the oldest); its
   * similarity goes to `matched`. Similarity is Drain's share of positions whose template constant equals the
   * line's token, plus positions where a keyed token (`uid=<NUM>`) has the same masked form.
   */
  private fastMatch(
    groups: readonly Group[],
    raw: readonly string[],
    strict: boolean
  ): Group | undefined {
    const n = raw.length
    const masked = this.masked
    const matchValues = this.matchValues
    let best: Group | undefined
    let bestSim = -1
    let bestParams = -1
    const distinct = this.distinct
    const lineWords = this.words
    groups: for (const g of groups) {
      const gRaw = g.raw
      const gMasked = g.masked
      const kinds = g.kinds
      let same = 0
      let params = 0
      for (let i = 0; i < n; i++) {
        const r = gRaw[i]
        if (r === undefined) params++
        else if (r === raw[i]) {
          same++
          continue
        } else if (distinct?.(r, raw[i] ?? '')) continue groups
        const kind = kinds[i]
        if (strict) {
          // Two different words (or keys): a different message, unless the position already
          // holds many (constantWords).
          const word = g.wordAt(i)
          if (word !== undefined && lineWords[i] !== undefined && word !== lineWords[i])
            continue groups
        }
        if ((kind === KEYED || (kind === VALUE && matchValues)) && gMasked[i] === masked[i]) same++
      }
      const sim = n === 0 ? 1 : same / n
      if (sim > bestSim || (sim === bestSim && params > bestParams)) {
        best = g
        bestSim = sim
        bestParams = params
      }
    }
    this.matched = bestSim
    return best
  }

  /**
   * The token a line's leading position routes by: its raw text (Drain), or with constantWords
   * its word (a `key=value` field by its key), and the wildcard for a value, so lines that differ
   * there only by a value (`com.apple.Safari.Update:`, `com.apple.icloud.heartbeat:`) meet.
   */
  private route(raw: readonly string[], i: number): string {
    if (this.constantWords === 0) return raw[i] ?? ''
    return this.words[i] ?? WILDCARD
  }

  /** Logparser's addSeqToPrefixTree (routing by raw tokens), child cap included. */
  private insert(group: Group, raw: readonly string[]): void {
    const n = raw.length
    let node = this.root.get(n)
    if (node === undefined) {
      node = newNode()
      this.root.set(n, node)
    }
    const stop = Math.min(this.prefixTokens, n)
    for (let i = 0; i < stop; i++) {
      const token = this.route(raw, i)
      const children: Map<string, Node> = node.children
      let next = children.get(token)
      if (next === undefined) {
        const wildcard = children.get(WILDCARD)
        if (token === WILDCARD || hasDigit(token)) next = wildcard ?? this.child(children, WILDCARD)
        else if (wildcard !== undefined)
          next = children.size < this.maxChildren ? this.child(children, token) : wildcard
        else if (children.size + 1 < this.maxChildren) next = this.child(children, token)
        else next = this.child(children, WILDCARD)
      }
      node = next
    }
    node.groups.push(group)
    group.leaf = node
  }

  private child(children: Map<string, Node>, token: string): Node {
    const node = newNode()
    children.set(token, node)
    return node
  }
}
