// Tokens of a log message for template mining, with structure Drain's whitespace split loses: a
// quoted string, a bracketed list and a parenthesized aside are one token however many words
// they hold (a user agent, a SQL statement, `[a, b, c]`, `(18.4 KB)`), so a value's word count
// never changes a line's length, which Drain groups by; and a run of `key=value` fields is put in
// key order, so fields printed in varying order are one message. Written here: the tokenizers on
// npm split shell words or source code, not log messages.
import { KEY_FIELD } from './drain.js'

/** A span longer than this is not one value: its words are tokens. */
const MAX_SPAN = 400

const CLOSE: Readonly<Record<string, string>> = { '"': '"', "'": "'", '[': ']', '(': ')', '{': '}' }

/** The index just past the span opened at `i`, or -1 when it does not close in MAX_SPAN. */
function spanEnd(line: string, i: number): number {
  const open = line[i] ?? ''
  const close = CLOSE[open]
  if (close === undefined) return -1
  const limit = Math.min(line.length, i + MAX_SPAN)
  if (open === '"' || open === "'") {
    for (let j = i + 1; j < limit; j++) {
      if (line[j] === '\\') j++
      else if (line[j] === close) {
        // A quote closes before a space, the end or punctuation (`don't` opens nothing).
        const after = line[j + 1]
        return after === undefined ||
          isSpaceCode(line.charCodeAt(j + 1)) ||
          /[,;:.)\]}]/.test(after)
          ? j + 1
          : -1
      }
    }
    return -1
  }
  let depth = 0
  for (let j = i; j < limit; j++) {
    const c = line[j]
    if (c === open) depth++
    else if (c === close && --depth === 0) return j + 1
  }
  return -1
}

const SQL =
  /^(?:SELECT|INSERT|UPDATE|DELETE|WITH|MERGE|UPSERT|COPY|BEGIN|COMMIT|ROLLBACK|CREATE|ALTER|DROP|TRUNCATE|VACUUM|ANALYZE|SET|SHOW|CALL|EXPLAIN)$/
const REQUEST_LINE = /^"(?:GET|POST|PUT|DELETE|PATCH|HEAD|OPTIONS|CONNECT|TRACE) \S/

const CONTEXT_KEY = /^[A-Za-z_][\w-]*:$/

/**
 * Removes a trailing context list, `…, client: 10.0.0.1, server: shop, request: "GET / HTTP/1.1"`
 * (nginx's error log and many like it): two or more `key: value` pairs after a comma, to the end
 * of the line. Which pairs a line has varies (`upstream:`, `referrer:` come and go); the event is
 * what comes before them.
 */
function dropTrailingContext(tokens: string[]): void {
  for (let i = 1; i + 3 < tokens.length; i++) {
    if (!(tokens[i - 1] ?? '').endsWith(',') || !CONTEXT_KEY.test(tokens[i] ?? '')) continue
    let j = i
    let pairs = 0
    while (j + 1 < tokens.length && CONTEXT_KEY.test(tokens[j] ?? '')) {
      pairs++
      const value = tokens[j + 1] ?? ''
      j += 2
      if (j < tokens.length && !value.endsWith(',')) break
    }
    if (pairs >= 2 && j === tokens.length) {
      tokens.splice(i)
      tokens[i - 1] = (tokens[i - 1] ?? '').slice(0, -1)
      return
    }
  }
}

/**
 * A message that is itself quoted (klog: `"SyncLoop UPDATE" pods=[…]`) is words, not a value:
 * its quotes come off its first and last word, so `UPDATE` is a word like any other.
 */
function unquoteMessage(line: string, tokens: string[]): void {
  if (!line.startsWith('"') || REQUEST_LINE.test(line.slice(0, 40))) return
  let length = 0
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k] ?? ''
    length += token.length
    if (k > 0 && token.endsWith('"') && !token.endsWith('\\"')) {
      tokens[0] = (tokens[0] ?? '').slice(1)
      tokens[k] = (tokens[k] ?? '').slice(0, -1)
      return
    }
    if (length > MAX_SPAN) return
  }
}

/** The message's tokens (see the file comment). */
export function structuredTokens(line: string): string[] {
  const tokens: string[] = []
  const n = line.length
  let i = 0
  // The previous token ends with `:`.
  let afterLabel = false
  while (i < n) {
    while (i < n && isSpaceCode(line.charCodeAt(i))) i++
    if (i >= n) break
    const start = i
    // A span when it starts the token, or follows `key=`, and holds a space: a word stays a
    // word. Not the message's first token, unless it is an access log's request line:
    // `"SyncLoop UPDATE" pods=[…]` (klog) quotes the message itself, whose words are the event.
    // Where a span may open: the token's start, or after its `key=` (`[A-Za-z_][\w.-]*=`,
    // within 80 characters) when an opener follows it. Scanned once: a key's characters are
    // no space, so the token's end is looked for after them.
    let open = i
    let scanned = i
    if (tokens.length > 0 && isKeyStart(line.charCodeAt(i))) {
      const limit = Math.min(n, i + 80)
      let j = i + 1
      while (j < limit && isKeyChar(line.charCodeAt(j))) j++
      if (j + 1 < limit && line.charCodeAt(j) === 61 && isOpener(line.charCodeAt(j + 1)))
        open = j + 1
      else scanned = j
    }
    const spannable =
      tokens.length > 0 || (line.charCodeAt(i) === 34 && REQUEST_LINE.test(line.slice(i, i + 40)))
    const end = spannable && isOpener(line.charCodeAt(open)) ? spanEnd(line, open) : -1
    i = end > 0 && /\s/.test(line.slice(open, end)) ? end : scanned
    // `(order_id, sku)=(901158, SKU-1632)`: a span, `=`, and the span of its values.
    if (i === end && line.charCodeAt(i) === 61 && isOpener(line.charCodeAt(i + 1))) {
      const values = spanEnd(line, i + 1)
      if (values > 0) i = values
    }
    while (i < n && !isSpaceCode(line.charCodeAt(i))) i++
    // A SQL statement after a label (`statement: SELECT …`, `STATEMENT:  INSERT …`) is one value,
    // to the end of the line; so is a list of bind parameters (`parameters: $1 = '42', $2 = …`).
    if (afterLabel && (SQL.test(line.slice(start, i)) || line.slice(start, i) === '$1')) i = n
    afterLabel = line.charCodeAt(i - 1) === 58
    tokens.push(i === n ? line.slice(start).trimEnd() : line.slice(start, i))
  }
  unquoteMessage(line, tokens)
  dropTrailingContext(tokens)
  // Runs of key=value fields in key order.
  for (let a = 0; a < tokens.length;) {
    let b = a
    while (b < tokens.length && isKeyValue(tokens[b] ?? '')) b++
    if (b - a >= 2) {
      const run = tokens
        .slice(a, b)
        .sort((x, y) => x.slice(0, x.indexOf('=')).localeCompare(y.slice(0, y.indexOf('='))))
      tokens.splice(a, b - a, ...run)
    }
    a = Math.max(b, a + 1)
  }
  return tokens
}

// CLOSE's keys: `"`, `'`, `[`, `(`, `{`.
const isOpener = (c: number): boolean => c === 34 || c === 39 || c === 91 || c === 40 || c === 123

const isSpaceCode = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 13

const isKeyValue = (token: string): boolean => token.indexOf('=') > 0 && KEY_FIELD.test(token)

const isKeyStart = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95

const isKeyChar = (c: number): boolean =>
  isKeyStart(c) || (c >= 48 && c <= 57) || c === 46 || c === 45

// Words that name what happened rather than to what: outcomes, states, lifecycle steps, HTTP
// methods and the like. Two different ones at one position are two events (`request completed`,
// `request aborted`); a user, host or service name is a value.
const EVENT_WORDS = new Set(
  `add added update updated delete deleted remove removed create created reconcile sync get post put patch head options
  start started starting stop stopped stopping begin end pause paused resume resumed restart restarted
  open opened close closed reset connect connected disconnect disconnected accept accepted reject rejected
  deny denied allow allowed enable enabled disable disabled succeed succeeded success successful fail failed failure
  complete completed abort aborted cancel cancelled canceled timeout expired expire retry retrying skip skipped
  spawn spawned destroy destroyed kill killed exit exited load loaded unload unloaded mount mounted unmount unmounted
  attach attached detach detached register registered deregister deregistered lock locked unlock unlocked
  initialization finalization initialized finalized shutdown startup ready healthy unhealthy up down on off
  true false yes no found missing invalid valid read write sent received acquired released`
    .split(/\s+/)
    .filter(Boolean)
)

const WORD = /^[A-Za-z]+[.,:;!]?$/

/** Whether two tokens at one position name different events (see EVENT_WORDS). */
export function distinctEvents(constant: string, token: string): boolean {
  if (!WORD.test(constant) || !WORD.test(token)) return false
  const a = constant.replace(/[.,:;!]$/, '').toLowerCase()
  const b = token.replace(/[.,:;!]$/, '').toLowerCase()
  return a !== b && EVENT_WORDS.has(a) && EVENT_WORDS.has(b)
}
