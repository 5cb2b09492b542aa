// Tests on a candidate value that a pattern alone cannot make: is this bare 40-character word a
// random key or an identifier, does this base64 hold `user:password`.

/** Shannon entropy in bits per character. */
export function entropy(s: string): number {
  const counts = new Map<string, number>()
  for (const c of s) counts.set(c, (counts.get(c) ?? 0) + 1)
  let h = 0
  for (const n of counts.values()) {
    const p = n / s.length
    h -= p * Math.log2(p)
  }
  return h
}

const WORD_PARTS = /[A-Z]?[a-z]+|[A-Z]+(?![a-z])|[0-9]+|[/+]/g
const VOWELS = /[aeiou]/gi

/**
 * Characters in pronounceable lower-case or capitalized words of four letters or more:
 * `Provisioned`, `Throughput`, `releases`. CamelCase identifiers and paths are mostly such words;
 * random base64 rarely is.
 */
function wordChars(s: string): number {
  let n = 0
  for (const part of s.match(WORD_PARTS) ?? []) {
    if (part.length < 4 || !/^[A-Z]?[a-z]+$/.test(part)) continue
    const ratio = (part.match(VOWELS)?.length ?? 0) / part.length
    if (ratio >= 0.2 && ratio <= 0.7) n += part.length
  }
  return n
}

/** `a/b/c` whose segments are lower-case words or camelCase names: a path, not a key. */
function pathLike(s: string): boolean {
  const segments = s.split('/').filter((x) => x !== '')
  return (
    segments.length >= 3 &&
    segments.every((x) => /^(?:[a-z0-9]{3,}|[A-Z]?[a-z]{2,}(?:[A-Z][a-z]+)*[0-9]*)$/.test(x))
  )
}

/** Base64 that decodes to text (a GraphQL node id, an encoded cursor) is data, not a key. */
function decodesToText(s: string): boolean {
  const bytes = decodeBase64(s)
  if (bytes === undefined || bytes.length === 0) return false
  let printable = 0
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes.charCodeAt(i)
    if (b >= 0x20 && b < 0x7f) printable++
  }
  return printable / bytes.length >= 0.9
}

function decodeBase64(s: string): string | undefined {
  try {
    return atob(s)
  } catch {
    return undefined
  }
}

/**
 * Whether a bare 40-character base64 word (no `=`, delimited) is shaped like an AWS secret access
 * key: mixed case, not hex (a SHA-1, a commit), not a low-entropy or repeated word, not made of
 * pronounceable words (an identifier, an API name), not a path, not base64 of text.
 */
export function keyShaped(s: string): boolean {
  if (/^[0-9a-f]+$/i.test(s)) return false
  if (!/[A-Z]/.test(s) || !/[a-z]/.test(s)) return false
  if (entropy(s) < 3.5) return false
  const digits = s.match(/[0-9]/g)?.length ?? 0
  const words = wordChars(s)
  // Over two million random keys, 1 in 14,000 is taken for words; none of ~150 identifiers and
  // paths of this length from npm packages is taken for a key.
  if (words >= 28 || (words >= 22 && digits <= 3)) return false
  return !pathLike(s) && !decodesToText(s)
}

/** `user:password` decoded: no control characters, a colon after a non-empty user. */
// eslint-disable-next-line no-control-regex
const CREDENTIAL_PAIR = /^[^\x00-\x1f\x7f:]+:[^\x00-\x1f\x7f]+$/

/**
 * Whether `value` is base64 of `user:password` (HTTP Basic credentials, a Docker config's `auth`,
 * npm's `_auth`): decodes to printable text with a colon after a non-empty user.
 */
export function basicCredentials(value: string): boolean {
  if (value.length < 8 || value.length > 4096) return false
  const decoded = decodeBase64(value)
  return decoded !== undefined && CREDENTIAL_PAIR.test(decoded)
}
