// Reading JSON that nobody vouched for: each helper takes any value and returns the shape asked
// for or nothing (`undefined`, `{}`, `[]`), so the readers never throw on a malformed event.
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

/** A string holding JSON is parsed (`undefined` when it is not JSON); anything else is kept. */
export function parseJsonString(v: unknown): unknown {
  if (typeof v !== 'string') return v
  try {
    return JSON.parse(v) as unknown
  } catch {
    return undefined
  }
}

export function scalarText(v: unknown): string {
  return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? String(v) : ''
}

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
