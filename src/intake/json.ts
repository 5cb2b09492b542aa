// Reading JSON that nobody vouched for: each helper takes any value and returns the shape asked
// for or nothing (`undefined`, `{}`, `[]`), so the readers never throw on a malformed event.
// None of them walks a value deeply; JSON found inside a string is made safe as it is parsed.
import { safeJson } from './sanitize.js'

export type Json = Record<string, unknown>

export const isObject = (v: unknown): v is Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v)
export const str = (v: unknown): string | undefined =>
  typeof v === 'string' && v !== '' ? v : undefined
export const obj = (v: unknown): Json => (isObject(v) ? v : {})
export const num = (v: unknown): number | undefined =>
  typeof v === 'number' && Number.isFinite(v) ? v : undefined
export const int = (v: unknown): number | undefined =>
  Number.isInteger(v) ? (v as number) : undefined
export const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : [])

/**
 * A string holding JSON is parsed (`undefined` when it is not JSON); anything else is kept. What
 * the string held is made safe as the delivery is (sanitize.ts: lone surrogates replaced, nesting
 * cut), silently: an SNS `Message` or a `detail` sent as text is not in the delivery's own walk,
 * and the event as delivered, shown on the issue, still holds the text as it came.
 */
export function parseJsonString(v: unknown): unknown {
  if (typeof v !== 'string') return v
  let parsed: unknown
  try {
    parsed = JSON.parse(v) as unknown
  } catch {
    return undefined
  }
  return safeJson(parsed).value
}

export { scalarText } from './text.js'

/** The scalar entries of an object, as strings. */
export function stringRecord(v: unknown): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [k, val] of Object.entries(obj(v))) {
    if (typeof val === 'string' || typeof val === 'number' || typeof val === 'boolean')
      out[k] = String(val)
  }
  return out
}

/** The object without its `undefined` entries. */
export function clean<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T
}
