// Text bound for an issue title or a table cell: one line, no control characters, capped in
// length as the incident schema counts it (code points). The text is untrusted and is redacted
// only later, with the rest of the incident: a cap never cuts through a secret (see
// cutOutsideSecrets), so what is left of the text is still redacted whole.
import { cutOutsideSecrets } from '../context/redact.js'

const MAX_DETAILS = 12

/** One line without control characters, at most `max` code points (what JSON Schema counts). */
export function oneLine(text: string, max: number): string {
  const flat = text.replace(/[\p{Cc}\u2028\u2029]+/gu, ' ').trim()
  const points = Array.from(flat)
  if (points.length <= max) return flat
  // Where the first `max` code points end, in UTF-16 units; moved back before a secret it splits.
  const at = points.slice(0, max).join('').length
  const cut = cutOutsideSecrets(flat, at)
  return cut === at ? flat.slice(0, at) : flat.slice(0, cut).trimEnd()
}

/** A string, number or boolean as text; anything else as ''. (json.ts re-exports it.) */
export function scalarText(v: unknown): string {
  return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? String(v) : ''
}

/** Key facts for a table: scalar values only, on one line, capped in count and length. */
export function facts(pairs: [string, unknown][]): Record<string, string> | undefined {
  const out: Record<string, string> = {}
  for (const [k, v] of pairs) {
    const text = oneLine(scalarText(v), 200)
    if (text !== '' && Object.keys(out).length < MAX_DETAILS) out[k] = text
  }
  return Object.keys(out).length > 0 ? out : undefined
}
