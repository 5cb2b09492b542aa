// Secret redaction. Incident text (alarm reasons, log lines, metric labels, event JSON) goes to a
// model and into GitHub issues, so credentials are stripped here, once, before either sees it.
// One Redactor per run keeps placeholders stable across fields and log lines: "the same key was
// rejected 40 times" stays visible without showing the key.
//
// Every pattern must stay linear on hostile input (a 1 MB log line is ordinary):
// - a match that starts with a run (`[A-Za-z0-9._%+-]+@…`) has a lookbehind on the same class, so a
//   run is scanned from its start only, not once from every offset inside it;
// - separators, prefixes and quotes are bounded (`[ \t]{0,8}`), so adjacent optional parts cannot
//   split one run of spaces in quadratically many ways;
// - alternations inside loops are disjoint (`[^"\\]|\\.`), so a loop never has two ways to match.
// Text already replaced by a placeholder is cut out before each pattern runs, so nothing is
// redacted twice and later patterns never see (or straddle) an earlier replacement.
//
// Patterns see the text three ways, and what they find in any is replaced in the original:
// - normalized (redact/view.ts): NFKC, zero-width and other invisible characters dropped, so a
//   fullwidth `ｐａｓｓｗｏｒｄ=` or a `pass\u200bword=` is a `password=`; and key names spelled
//   with Cyrillic or Greek look-alikes folded to Latin (redact/confusables.ts), so `pаssword=`
//   with a Cyrillic `а` is a `password=` too;
// - percent-decoded, each URL-encoded word on its own (`password%3D…`, an alarm name inside a
//   console link, a URL inside a query parameter), twice at most for text encoded twice; a
//   placeholder that replaces part of such a word is encoded too, so the link stays one URL;
// - across log events (`events`): adjacent events of one stream are redacted as one text, so a
//   private key logged line by line is one block.
import {
  BUILT_IN,
  EMAIL,
  isBenign,
  labelKind,
  labelSkip,
  SECRET_KEY,
  type Rule
} from './redact/rules.js'
import { foldKeyNames } from './redact/confusables.js'
import { basicCredentials } from './redact/shapes.js'
import { normalizedView, PERCENT_ESCAPE, percentDecodedView } from './redact/view.js'

export type SecretKind =
  | 'aws-access-key'
  | 'aws-secret-key'
  | 'aws-session-token'
  | 'github-token'
  | 'jwt'
  | 'private-key'
  | 'url-password'
  | 'connection-string-password'
  | 'bearer-token'
  | 'basic-auth'
  | 'api-key'
  | 'password-assignment'
  | 'session-cookie'
  | 'azure-storage-key'
  | 'email'

export interface RedactionOptions {
  /** Redact e-mail addresses. Default true. */
  emails?: boolean
  /**
   * More patterns, run after the built-in ones (so a built-in kind wins when both match). A named
   * group `secret` limits the replacement to that group; otherwise the whole match is replaced.
   * The `g` and `d` flags are added. Keep them linear: they see the same hostile input.
   * `kind` is lower-cased to `[a-z0-9-]` for the placeholder and the report.
   */
  extraPatterns?: readonly { kind: string; pattern: RegExp }[]
}

export interface Redaction {
  kind: string
  placeholder: string
}

/** A log event as the redactor needs it: adjacent events of one stream are redacted together. */
export interface LogEventText {
  message: string
  stream?: string
}

// `[REDACTED:kind#n]`: no backtick, quote, `@`, `=` or `/`, so it is safe in Markdown code spans
// and no pattern can take it for a secret, a separator or a URL.
const PLACEHOLDER = /\[REDACTED:[a-z0-9-]+#\d+\]/g
const HAS_PLACEHOLDER = /\[REDACTED:[a-z0-9-]+#\d+\]/

/** How many times text is percent-decoded: once, and once more for text encoded twice. */
const MAX_DECODES = 2
// A URL-encoded word: delimited by blanks, double quotes, angle brackets, backticks and the URL's
// own (unencoded) delimiters, so a query parameter's value or a path segment is decoded on its
// own. Not by `'`, `(`, `)`, `!` or `*`: encodeURIComponent leaves those as they are.
const WORD_BREAKS = new Set(Array.from(' \t\r\n\f\v"<>`/?#&=', (c) => c.charCodeAt(0)))
const isWordBreak = (text: string, i: number): boolean => WORD_BREAKS.has(text.charCodeAt(i))

/** A replacement, in the coordinates of the text it was found in. */
interface Hit {
  start: number
  end: number
  placeholder: string
  /** Replaces part of a URL-encoded word: the placeholder is percent-encoded too. */
  encoded?: boolean
  /** A placeholder already in the text: kept, never replaced. */
  kept?: boolean
}

const sanitizeKind = (kind: string): string =>
  kind
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '') || 'custom'

/** Span of the first participating `secret…` group, else of the whole match. */
function secretSpan(m: RegExpExecArray): [number, number] {
  const groups = m.indices?.groups as Partial<Record<string, [number, number]>> | undefined
  if (groups)
    for (const [name, span] of Object.entries(groups))
      if (span && name.startsWith('secret')) return span
  return [m.index, m.index + m[0].length]
}

/** Hits sorted by start, overlapping ones merged (the first found names the union). */
function merged(hits: readonly Hit[]): Hit[] {
  const sorted = [...hits].sort((a, b) => a.start - b.start || b.end - a.end)
  const out: Hit[] = []
  for (const h of sorted) {
    const last = out[out.length - 1]
    if (last && h.start < last.end) {
      if (h.end > last.end) out[out.length - 1] = { ...last, end: h.end }
    } else out.push({ ...h })
  }
  return out
}

/**
 * Marks the hits that replace part of a URL-encoded word: their placeholder is encoded like the
 * rest of the word, so a link or a query stays well-formed. A hit that replaces a whole word (a
 * query parameter's value) keeps its placeholder readable. Both lists are sorted and disjoint.
 */
function encodedInWords(hits: readonly Hit[], words: readonly [number, number][]): Hit[] {
  let w = 0
  return hits.map((h) => {
    while (w < words.length && (words[w]?.[1] ?? 0) <= h.start) w++
    const word = words[w]
    const encoded = word !== undefined && word[0] < h.end && (h.start > word[0] || h.end < word[1])
    return encoded === (h.encoded ?? false) ? h : { ...h, encoded }
  })
}

/** `text` with each hit replaced by its placeholder. */
function render(text: string, hits: readonly Hit[]): string {
  let out = ''
  let last = 0
  for (const h of hits) {
    out += text.slice(last, h.start)
    out += h.kept
      ? text.slice(h.start, h.end)
      : h.encoded
        ? encodeURIComponent(h.placeholder)
        : h.placeholder
    last = h.end
  }
  return last === 0 ? text : out + text.slice(last)
}

// Object keys whose whole string value is a secret, even with no `key=` in the text itself.
const SECRET_FIELD = new RegExp(String.raw`(?:${SECRET_KEY})$`, 'i')
const AUTH_FIELD = /^(?:proxy-)?authorization$/i
const SESSION_FIELD = /^(?:aws[_.-]?|x-amz-)?(?:session|security)[_.-]?token$/i
const AWS_SECRET_FIELD = /^(?:aws[_.-]?)?secret(?:[_.-]?access)?(?:[_.-]?key)?$/i
const COOKIE_FIELD = /^(?:set-)?cookie$/i
const BASIC_FIELD = /^_?auth$/i

/**
 * One redactor per run: the same secret always gets the same placeholder (for example
 * `[REDACTED:aws-secret-key#1]`), so patterns stay visible across log lines and fields.
 * Placeholders are numbered per kind in order of first sight.
 */
export class Redactor {
  private readonly rules: readonly Rule[]
  private readonly bySecret = new Map<string, Redaction>()
  private readonly numbers = new Map<string, number>()
  private readonly counts = new Map<string, number>()

  constructor(options: RedactionOptions = {}) {
    const extra = (options.extraPatterns ?? []).map(({ kind, pattern }): Rule => ({
      kind: sanitizeKind(kind),
      re: new RegExp(pattern.source, `${pattern.flags.replace(/[gdy]/g, '')}gd`)
    }))
    this.rules = [...BUILT_IN, ...(options.emails === false ? [] : [EMAIL]), ...extra]
  }

  text(value: string): string {
    return render(value, this.hits(value, 0))
  }

  /**
   * Where `text` holds secrets: the [start, end) ranges `text()` replaces, sorted and disjoint.
   * For code that must cut untrusted text before this redactor sees it (redact first, then cut,
   * is the rule; see `cutOutsideSecrets`).
   */
  spans(value: string): [number, number][] {
    return this.hits(value, 0)
      .filter((h) => !h.kept)
      .map((h): [number, number] => [h.start, h.end])
  }

  /**
   * Log events with their messages redacted, in order. Adjacent events of one stream are redacted
   * as one text (joined by newlines), so a secret split over them (a PEM block logged line by
   * line, one event per line) is found whole; each event keeps the placeholder for its part.
   */
  events<T extends LogEventText>(events: readonly T[]): T[] {
    const streams = new Map<string, number[]>()
    events.forEach((e, i) => {
      const key = e.stream ?? ''
      const list = streams.get(key)
      if (list) list.push(i)
      else streams.set(key, [i])
    })
    const messages = events.map((e) => e.message)
    for (const indices of streams.values()) {
      const joined = indices.map((i) => events[i]?.message ?? '').join('\n')
      const hits = this.hits(joined, 0)
      if (hits.length === 0) continue
      let offset = 0
      let h = 0
      for (const i of indices) {
        const message = events[i]?.message ?? ''
        const end = offset + message.length
        const own: Hit[] = []
        // Hits are sorted and disjoint; one spanning several events shows in each of them.
        while (h < hits.length && (hits[h]?.start ?? 0) < end) {
          const hit = hits[h] as Hit
          if (hit.end > offset)
            own.push({
              ...hit,
              start: Math.max(hit.start, offset) - offset,
              end: Math.min(hit.end, end) - offset
            })
          if (hit.end > end) break
          h++
        }
        messages[i] = render(
          message,
          own.filter((x) => x.end > x.start)
        )
        offset = end + 1
      }
    }
    return events.map((e, i) =>
      messages[i] === e.message ? e : { ...e, message: messages[i] ?? '' }
    )
  }

  /**
   * Deep copy of a JSON value with every string redacted. Object keys are redacted like any
   * text (an e-mail or token used as a key is still a secret); a key that names a secret
   * (`password`, `DB_PASSWORD`, `clientSecret`, `Authorization`, `SessionToken`, …) has its whole
   * string value replaced, since the key-to-value context that text patterns rely on is gone
   * once they are separate strings. Numbers, booleans and null are kept as they are.
   */
  json<T>(value: T): T {
    return this.copy(value) as T
  }

  /** What was redacted so far: occurrences by kind, never the secrets themselves. */
  report(): Record<string, number> {
    return Object.fromEntries(this.counts)
  }

  /** Each distinct placeholder handed out so far, in order. */
  redactions(): Redaction[] {
    return [...this.bySecret.values()].map((r) => ({ ...r }))
  }

  /**
   * The copy behind `json()`. Iterative (an explicit stack, no recursion), so no depth of nesting
   * can overflow the call stack, whoever calls it: intake cuts payloads to a shallow depth first
   * (intake/sanitize.ts), but facts looked up in AWS and sealed records come here too. Strings are
   * redacted in document order (each key just before its value), as a recursive copy would, so
   * placeholders are numbered the same way. A value that contains itself is refused with a
   * TypeError, as JSON.stringify refuses it.
   */
  private copy(root: unknown): unknown {
    type Task =
      | { value: unknown; put: (v: unknown) => void }
      | { value: unknown; key: string; into: Record<string, unknown> }
      | { leave: object }
    let result: unknown
    const open = new Set<object>()
    const tasks: Task[] = [{ value: root, put: (v) => (result = v) }]
    for (let task = tasks.pop(); task !== undefined; task = tasks.pop()) {
      if ('leave' in task) {
        open.delete(task.leave)
        continue
      }
      const { value } = task
      const key = 'key' in task ? task.key : undefined
      let put: (v: unknown) => void
      if ('into' in task) {
        // The key is redacted like any text before its value is (an e-mail used as a key).
        const into = task.into
        const name = this.text(task.key)
        // Defined, not assigned, so a `__proto__` key stays a plain key.
        put = (v) =>
          Object.defineProperty(into, name, {
            value: v,
            writable: true,
            enumerable: true,
            configurable: true
          })
      } else put = task.put
      if (typeof value === 'string') {
        put(key === undefined ? this.text(value) : this.field(key, value))
        continue
      }
      if (value === null || typeof value !== 'object') {
        put(value)
        continue
      }
      if (open.has(value)) throw new TypeError('Redactor.json: the value contains itself')
      open.add(value)
      tasks.push({ leave: value })
      // Children are pushed in reverse, so the stack gives them back in document order.
      if (Array.isArray(value)) {
        const items = value as unknown[]
        const out: unknown[] = new Array<unknown>(items.length)
        put(out)
        for (let i = items.length - 1; i >= 0; i--)
          if (i in items) tasks.push({ value: items[i], put: (v) => (out[i] = v) })
      } else {
        const out: Record<string, unknown> = {}
        put(out)
        const entries = Object.entries(value as Record<string, unknown>)
        for (let i = entries.length - 1; i >= 0; i--) {
          const [k, v] = entries[i] as [string, unknown]
          tasks.push({ value: v, key: k, into: out })
        }
      }
    }
    return result
  }

  private field(rawKey: string, value: string): string {
    const redacted = this.text(value)
    if (redacted !== value || HAS_PLACEHOLDER.test(value) || isBenign(value)) return redacted
    // Key names are matched as the text patterns match them: normalized, look-alikes folded.
    const key = foldKeyNames(normalizedView(rawKey).text)
    if (AUTH_FIELD.test(key)) {
      const m = /^([A-Za-z]+)([ \t]+)(\S.*)$/s.exec(value)
      if (m?.[1] !== undefined && m[2] !== undefined && m[3] !== undefined)
        return `${m[1]}${m[2]}${this.placeholder(m[1].toLowerCase() === 'basic' ? 'basic-auth' : 'bearer-token', m[3])}`
      return this.placeholder('bearer-token', value)
    }
    if (COOKIE_FIELD.test(key)) {
      const header = this.text(`Cookie: ${value}`)
      return header.startsWith('Cookie: ') ? header.slice('Cookie: '.length) : header
    }
    if (BASIC_FIELD.test(key))
      return basicCredentials(value) ? this.placeholder('basic-auth', value) : value
    if (SESSION_FIELD.test(key)) return this.placeholder('aws-session-token', value)
    if (AWS_SECRET_FIELD.test(key) && /^[A-Za-z0-9/+]{40}$/.test(value))
      return this.placeholder('aws-secret-key', value)
    const label = SECRET_FIELD.exec(key)?.[0]
    if (label === undefined) return value
    const prefix = key.slice(0, key.length - label.length)
    if (labelSkip(prefix, label, value)) return value
    return this.placeholder(labelKind(label), value)
  }

  /** Every replacement in `text`: by the patterns on its normalized view, then in its URL-encoded words. */
  private hits(text: string, depth: number): Hit[] {
    const view = normalizedView(text)
    // Folding keeps every offset, so hits in `seen` are hits in the view.
    const seen = foldKeyNames(view.text)
    let hits = this.patternHits(seen)
    if (depth < MAX_DECODES && PERCENT_ESCAPE.test(seen)) {
      const { hits: decoded, words } = this.encodedHits(seen, hits, depth)
      hits = encodedInWords(merged([...hits, ...decoded]), words)
    }
    if (!view.changed) return hits
    return merged(
      hits.map((h) => {
        const [start, end] = view.toOriginal(h.start, h.end)
        return { ...h, start, end }
      })
    )
  }

  /**
   * Hits in the URL-encoded words of `text` (the words that hold a `%XX` escape), each decoded and
   * redacted as a text of its own (a word already inside a hit is skipped), and those words.
   */
  private encodedHits(
    text: string,
    found: readonly Hit[],
    depth: number
  ): { hits: Hit[]; words: [number, number][] } {
    const hits: Hit[] = []
    const words: [number, number][] = []
    const escape = new RegExp(PERCENT_ESCAPE.source, 'g')
    let f = 0
    for (let m = escape.exec(text); m !== null; m = escape.exec(text)) {
      let start = m.index
      while (start > 0 && !isWordBreak(text, start - 1)) start--
      let end = m.index + 3
      while (end < text.length && !isWordBreak(text, end)) end++
      escape.lastIndex = end
      words.push([start, end])
      while (f < found.length && (found[f]?.end ?? 0) <= start) f++
      const covering = found[f]
      if (covering && covering.start <= start && covering.end >= end) continue
      const word = percentDecodedView(text.slice(start, end))
      if (!word.changed) continue
      for (const h of this.hits(word.text, depth + 1)) {
        const [s, e] = word.toOriginal(h.start, h.end)
        hits.push({ start: start + s, end: start + e, placeholder: h.placeholder })
      }
    }
    return { hits, words }
  }

  /** Runs every rule over `text`, each over what earlier rules and placeholders left. */
  private patternHits(text: string): Hit[] {
    let covered: Hit[] = []
    if (text.includes('[REDACTED:'))
      for (const ph of text.matchAll(PLACEHOLDER))
        covered.push({
          start: ph.index,
          end: ph.index + ph[0].length,
          placeholder: ph[0],
          kept: true
        })
    for (const rule of this.rules) {
      const next: Hit[] = []
      let pos = 0
      for (const c of covered) {
        if (c.start > pos) this.ruleHits(text, pos, c.start, rule, next)
        next.push(c)
        pos = c.end
      }
      if (pos < text.length) this.ruleHits(text, pos, text.length, rule, next)
      covered = next
    }
    return covered.filter((h) => !h.kept)
  }

  /** Hits of one rule in text[from, to), seen as a text of its own, appended in order. */
  private ruleHits(text: string, from: number, to: number, rule: Rule, out: Hit[]): void {
    const segment = from === 0 && to === text.length ? text : text.slice(from, to)
    const re = rule.re
    re.lastIndex = 0
    for (let m = re.exec(segment); m !== null; m = re.exec(segment)) {
      if (m[0] === '') {
        re.lastIndex++
        continue
      }
      let spans: [number, number][]
      if (rule.spans) {
        const found = rule.spans(m)
        spans = found.spans
        re.lastIndex = Math.max(re.lastIndex, found.end)
      } else spans = [secretSpan(m)]
      for (const [start, end] of spans) {
        const secret = segment.slice(start, end)
        if (secret === '' || rule.skip?.(m, secret, end)) continue
        const kind = typeof rule.kind === 'string' ? rule.kind : rule.kind(m.groups ?? {})
        out.push({
          start: from + start,
          end: from + end,
          placeholder: this.placeholder(kind, secret)
        })
      }
    }
  }

  private placeholder(kind: string, secret: string): string {
    let redaction = this.bySecret.get(secret)
    if (!redaction) {
      const n = (this.numbers.get(kind) ?? 0) + 1
      this.numbers.set(kind, n)
      redaction = { kind, placeholder: `[REDACTED:${kind}#${n}]` }
      this.bySecret.set(secret, redaction)
    }
    this.counts.set(redaction.kind, (this.counts.get(redaction.kind) ?? 0) + 1)
    return redaction.placeholder
  }
}

/** Whether the sorted, disjoint `spans` cover all of [start, end). */
function covers(spans: readonly [number, number][], start: number, end: number): boolean {
  let pos = start
  for (const [s, e] of spans) {
    if (e <= pos) continue
    if (s > pos) break
    pos = e
    if (pos >= end) return true
  }
  return pos >= end
}

/**
 * Where to cut `text` at or before `at` (a UTF-16 offset on a code point boundary) so that the
 * redactor, run later on the cut text, still finds every part of every secret it finds in the
 * whole text. Text is redacted whole and cut after, wherever that order can be kept; where the
 * text must be cut first (an incident's title is cut before the run's one redactor sees the
 * incident, and that redactor must number the placeholders), a cut inside a secret would leave a
 * prefix that no pattern knows (`ghp_` and 20 characters, half an AWS secret key, a URL's
 * password without the `@host` after it). Such a cut moves back to where the secret begins.
 */
export function cutOutsideSecrets(text: string, at: number, options?: RedactionOptions): number {
  if (at >= text.length) return text.length
  const whole = new Redactor(options).spans(text)
  let cut = at
  for (;;) {
    const kept = whole.some(([s]) => s < cut) ? new Redactor(options).spans(text.slice(0, cut)) : []
    const exposed = whole.find(([s, e]) => s < cut && !covers(kept, s, Math.min(e, cut)))
    if (!exposed) return cut
    cut = exposed[0]
  }
}

/** Redacts one string with a fresh Redactor (placeholders numbered from 1). */
export function redactText(value: string, options?: RedactionOptions): string {
  return new Redactor(options).text(value)
}
