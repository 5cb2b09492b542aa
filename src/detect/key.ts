// The template key: which template a log line belongs to, the same in every container and
// whatever order lines arrive in. Drain's template text cannot be the key: it generalizes as
// lines arrive (`user alice` → `user <*>`), so one container's key for a line changes over time
// and two containers that saw different first lines disagree. The key is a function of the line
// alone instead, so it never changes, and its cost is the opposite error: a variable part that
// carries no digit (a user name, a host name, a service) splits one logical template into one
// key per value. `npm run bench` measures both on Loghub; docs/detection.md has the figures.
//
// The line's canonical form, from its first line only (as the log summary mines it):
// - compact JSON gets a space after each `,"`, so its fields are tokens;
// - each token is value-masked as Drain sees it (`DEFAULT_VALUE_MASKS`: `uid=42` → `uid=<NUM>`);
// - a token that still has a digit (`dn228`, `R02-M1-N0`, `v2`), or is a value alone (`<NUM>`,
//   `/<IP>:<NUM>`), a path (`/home/alice/x`), an e-mail address or a host name with a port
//   (`db.internal:5432`) becomes `<*>`: the mask's type is dropped so `0x1f` (HEX) and `42`
//   (NUM) in one position agree;
// - a month or weekday name next to a `<*>` is a date's, so `<*>` too (`Nov 9 12:01:01`), or
//   every template would change key on the 1st of the month;
// - runs of `<*>` become one, so a value of one or two words is one position.
// The key is a 64-bit hash of the severity and that form, so the state table never holds log
// text (a digit-free secret in a line included); the form itself goes out only redacted, as an
// anomaly's `template`.
import { createHash } from 'node:crypto'
import { isDateWord } from '../context/date-words.js'
import { maskValues } from '../context/drain.js'
import { mineText as mineFirstLine } from '../context/mine-text.js'
import type { Severity } from '../context/severity.js'

export const KEY_WILDCARD = '<*>'

const WHITESPACE = /[ \t\n\v\f\r]+/

/** The text Drain and the key see: what is mined of a line; compact JSON with its fields apart. */
export function mineText(message: string): string {
  const first = mineFirstLine(message)
  return first.trimStart().startsWith('{') ? first.replace(/,"/g, ', "') : first
}

function hasDigit(token: string): boolean {
  for (let i = 0; i < token.length; i++) {
    const c = token.charCodeAt(i)
    if (c >= 48 && c <= 57) return true
  }
  return false
}

/** A masked token with a placeholder and no letter outside placeholders (`<NUM>`, `[<IP>]`). */
function isValue(masked: string): boolean {
  if (!masked.includes('<')) return false
  let inside = false
  for (let i = 0; i < masked.length; i++) {
    const c = masked.charCodeAt(i)
    if (c === 60) inside = true
    else if (c === 62) inside = false
    else if (!inside && ((c >= 65 && c <= 90) || (c >= 97 && c <= 122))) return false
  }
  return true
}

// Two path segments at least, starting the token or after punctuation: `/a/b`, `chdir(/a/b)`.
// Not `a/b` (`tcp/ip`, `n/a`), nor a URL's `//`-less scheme part.
const PATH = /(?:^|[^\w/])\/[\w.@~+-]*\/[\w.@~+/-]*/

// An e-mail address: one key per person otherwise, and personal data in the canonical form.
const EMAIL = /[^\s@]@[\w-]+\.[\w.-]*[A-Za-z]/
// A host name with a port (`db.internal:<NUM>`): the port says the whole token is an address.
const HOST_PORT = /^[\w-]+(?:\.[\w-]+)+:<NUM>[,.;)]?$/

function canonicalToken(token: string): string {
  const masked = maskValues(token)
  if (hasDigit(masked) || isValue(masked)) return KEY_WILDCARD
  if (masked.includes('/') && PATH.test(masked)) return KEY_WILDCARD
  if (masked.includes('@') && EMAIL.test(masked)) return KEY_WILDCARD
  if (masked.includes(':<NUM>') && HOST_PORT.test(masked)) return KEY_WILDCARD
  return masked
}

/** The canonical form of a line (see the file comment): tokens joined by single spaces. */
export function keyText(message: string): string {
  const tokens = mineText(message)
    .split(WHITESPACE)
    .filter((t) => t !== '')
    .map(canonicalToken)
  // Until nothing changes, so `Mon Dec 04` goes whole: `Dec` first, then `Mon` beside it.
  for (let changed = true; changed;) {
    changed = false
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i] ?? ''
      if (
        t !== KEY_WILDCARD &&
        isDateWord(t) &&
        (tokens[i - 1] === KEY_WILDCARD || tokens[i + 1] === KEY_WILDCARD)
      ) {
        tokens[i] = KEY_WILDCARD
        changed = true
      }
    }
  }
  const out: string[] = []
  for (const t of tokens) if (t !== KEY_WILDCARD || out.at(-1) !== KEY_WILDCARD) out.push(t)
  return out.join(' ')
}

/** 16 hex digits: 64 bits of SHA-256 over the severity and the canonical form. */
export function templateKey(message: string, severity: Severity): string {
  return keyOfText(keyText(message), severity)
}

function keyOfText(text: string, severity: Severity): string {
  return createHash('sha256').update(`${severity}\n${text}`).digest('hex').slice(0, 16)
}

const CACHE_LIMIT = 20_000

/** templateKey with the hashes of recent canonical forms kept (a warm container's cache). */
export class TemplateKeys {
  private readonly cache = new Map<string, string>()

  /** The line's key and the canonical form it hashes. */
  of(message: string, severity: Severity): { key: string; text: string } {
    const text = keyText(message)
    const cached = `${severity}\n${text}`
    let key = this.cache.get(cached)
    if (key === undefined) {
      if (this.cache.size >= CACHE_LIMIT) this.cache.clear()
      key = keyOfText(text, severity)
      this.cache.set(cached, key)
    }
    return { key, text }
  }
}
