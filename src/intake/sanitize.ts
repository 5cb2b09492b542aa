// The delivered payload made safe for everything after intake reads it (dispatch.ts readPayload
// is the one place; normalize.ts and parseJsonString in json.ts apply it again to what reaches
// them by other ways, at no cost when nothing needs changing). Two kinds of JSON are valid and
// under GitHub's 64 KB, yet broke intake before this step:
// - a lone UTF-16 surrogate (`"checkout \ud800 5xx"`): valid JSON, broken text, on which
//   `encodeURIComponent` throws `URI malformed`; it is replaced with U+FFFD, in strings and in
//   object keys;
// - nesting thousands of levels deep (`[[[[…]]]]` is 2 bytes a level): JSON.parse takes it (V8's
//   parser is iterative), but JSON.stringify and every recursive walk overflow the call stack;
//   whatever lies deeper than MAX_DEPTH levels is replaced with CUT_MARKER.
// What was changed comes back as short notes (at most MAX_NOTES, paths capped), which the issue
// shows. The walk itself is iterative (an explicit stack), so no input can overflow it, and it is
// linear in the size of the input; a value that contains itself (never from JSON.parse) is cut
// like a deep one rather than walked forever.
//
// Why no library: secure-json-parse and @hapi/bourne guard against prototype poisoning only,
// safe-stable-stringify limits depth when writing, not reading, and none repairs surrogates or
// reports what it changed in the words an issue needs; this is one small walk, and the bundle
// stays free of another dependency.
import { isWellFormed, wellFormed } from '../util/unicode.js'
import { oneLine } from './text.js'

/**
 * The deepest nesting kept, in levels of objects and arrays counted from the root of the
 * delivery (`client_payload` is level 1, its `event` level 2). AWS events are shallow: a
 * CloudWatch alarm's metric dimensions sit at level 9 of the dispatch payload, and so do a
 * GuardDuty finding's security groups; 64 leaves room for any real event and for payloads
 * wrapped a few times, while every walk after intake stays far from the call stack's limit.
 */
export const MAX_DEPTH = 64

/** What replaces an object or array nested deeper than MAX_DEPTH. */
export const CUT_MARKER = `[cut by OpsLoop: nested deeper than ${MAX_DEPTH} levels]`

/** Notes listed in full; the rest are counted in one last note. */
const MAX_NOTES = 5
/** Path segments shown before `…`, and the longest key shown (code points). */
const PATH_SEGMENTS = 8
const KEY_SHOWN = 40

export interface SafeJson {
  /** The input itself when nothing needed changing, else a repaired copy. */
  value: unknown
  /** What was changed, where (empty when nothing was). */
  notes: string[]
  /** The size of the input as JSON text, in UTF-8 bytes (as JSON.stringify would write it). */
  bytes: number
}

export interface SafeJsonOptions {
  /** How the root is named in notes (default `the payload`). */
  where?: string
  /** Levels of nesting around the root already (default 0): `client_payload.event` is 1. */
  depth?: number
  /** Notes shared between several calls, bounded together. */
  notes?: RepairNotes
}

/** A place in the payload: the path is built only for a note. */
interface Place {
  up: Place | undefined
  segment: string | number
}

/** Repair notes, grouped by text (a note repeated at many places is one line) and bounded. */
export class RepairNotes {
  private readonly counts = new Map<string, number>()

  add(note: string): void {
    this.counts.set(note, (this.counts.get(note) ?? 0) + 1)
  }

  get size(): number {
    return this.counts.size
  }

  list(): string[] {
    const notes = [...this.counts].map(([note, n]) => (n > 1 ? `${note} (${n} places)` : note))
    if (notes.length <= MAX_NOTES) return notes
    const rest = notes.length - MAX_NOTES
    return [
      ...notes.slice(0, MAX_NOTES),
      `${rest} more place(s) were repaired the same ways; the event as delivered shows them`
    ]
  }
}

const IDENTIFIER = /^[A-Za-z_$][\w$-]*$/

/** `client_payload.event.detail["a b"][0]`: one line, capped, no backticks (notes quote it in one). */
function pathOf(place: Place): string {
  const segments: (string | number)[] = []
  for (let p: Place | undefined = place; p; p = p.up) segments.push(p.segment)
  segments.reverse()
  const [root, ...rest] = segments
  const shown = rest.slice(0, PATH_SEGMENTS).map((s) => {
    if (typeof s === 'number') return `[${s}]`
    const key = oneLine(s, KEY_SHOWN)
    return IDENTIFIER.test(key) ? `.${key}` : `[${JSON.stringify(key)}]`
  })
  const path = `${String(root)}${shown.join('')}${rest.length > PATH_SEGMENTS ? '…' : ''}`
  return path.replace(/`/g, "'")
}

/** UTF-8 bytes of a scalar as JSON.stringify writes it (lone surrogates as `\udXXX` escapes). */
function scalarBytes(value: unknown, inArray: boolean): number {
  const text: unknown = typeof value === 'bigint' ? String(value) : JSON.stringify(value)
  if (typeof text === 'string') return Buffer.byteLength(text)
  return inArray ? 4 : 0 // `null` in an array; an object member is left out
}

/** A member JSON.stringify leaves out of an object. */
const omitted = (v: unknown): boolean =>
  v === undefined || typeof v === 'function' || typeof v === 'symbol'

/** Defined, not assigned, so a `__proto__` key stays a plain key. */
function define(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, {
    value,
    writable: true,
    enumerable: true,
    configurable: true
  })
}

type Task =
  | {
      value: unknown
      /** Levels of objects and arrays around the value. */
      depth: number
      place: Place
      inArray: boolean
      /** Where the repaired value goes; absent while only measuring (or below a cut). */
      put?: (v: unknown) => void
    }
  | { leave: object }

/**
 * One pass over the value: measures it, finds what needs repair, and (with `notes`) builds the
 * repaired copy. Without `notes` it only answers whether a repair is needed.
 */
function walk(
  root: unknown,
  depth: number,
  where: string,
  notes: RepairNotes | undefined
): { value: unknown; bytes: number; repairs: boolean } {
  let value: unknown = root
  let bytes = 0
  let repairs = false
  const open = new Set<object>()
  const tasks: Task[] = [
    {
      value: root,
      depth,
      place: { up: undefined, segment: where },
      inArray: false,
      ...(notes ? { put: (v: unknown) => (value = v) } : {})
    }
  ]
  for (let task = tasks.pop(); task !== undefined; task = tasks.pop()) {
    if ('leave' in task) {
      open.delete(task.leave)
      continue
    }
    const { value: v, put, place } = task
    if (typeof v === 'string') {
      bytes += scalarBytes(v, task.inArray)
      if (isWellFormed(v)) put?.(v)
      else {
        repairs = true
        put?.(wellFormed(v))
        if (put)
          notes?.add(
            `\`${pathOf(place)}\` held a lone UTF-16 surrogate (broken text); replaced with U+FFFD`
          )
      }
      continue
    }
    if (v === null || typeof v !== 'object') {
      bytes += scalarBytes(v, task.inArray)
      put?.(v)
      continue
    }
    const cyclic = open.has(v)
    if (cyclic || task.depth >= MAX_DEPTH) {
      repairs = true
      if (put) {
        put(CUT_MARKER)
        notes?.add(
          cyclic
            ? `\`${pathOf(place)}\` contains itself; cut there`
            : `\`${pathOf(place)}\` was nested deeper than ${MAX_DEPTH} levels; cut there and replaced with a marker`
        )
      }
      // Below a cut nothing is built, but the size is still measured; a cycle is not walked.
      if (cyclic) continue
    }
    const building = put !== undefined && task.depth < MAX_DEPTH
    open.add(v)
    tasks.push({ leave: v })
    const below = task.depth + 1
    // Children are pushed in reverse, so the stack gives them back in document order (the
    // repaired copy keeps the order of keys).
    if (Array.isArray(v)) {
      const items = v as unknown[]
      const out: unknown[] | undefined = building ? [] : undefined
      if (out) put?.(out)
      bytes += items.length === 0 ? 2 : items.length + 1 // brackets and commas
      for (let i = items.length - 1; i >= 0; i--)
        tasks.push({
          value: items[i],
          depth: below,
          place: { up: place, segment: i },
          inArray: true,
          ...(out ? { put: (x: unknown) => (out[i] = x) } : {})
        })
      continue
    }
    const out: Record<string, unknown> | undefined = building ? {} : undefined
    if (out) put?.(out)
    const entries = Object.entries(v as Record<string, unknown>)
    const kept = entries.filter(([, x]) => !omitted(x))
    bytes += kept.length === 0 ? 2 : kept.length + 1 // braces and commas
    const names = new Set<string>()
    const children: Task[] = []
    for (const [key, x] of entries) {
      if (!omitted(x)) bytes += scalarBytes(key, false) + 1 // "key":
      let name = key
      let keep = true
      if (!isWellFormed(key)) {
        repairs = true
        name = wellFormed(key)
        keep = !names.has(name) && !Object.hasOwn(v, name)
        if (out)
          notes?.add(
            keep
              ? `the key \`${pathOf({ up: place, segment: name })}\` held a lone UTF-16 surrogate (broken text); replaced with U+FFFD`
              : `the key \`${pathOf({ up: place, segment: name })}\` held a lone UTF-16 surrogate, and repaired it repeats another key; left out`
          )
      }
      names.add(name)
      children.push({
        value: x,
        depth: below,
        place: { up: place, segment: name },
        inArray: false,
        ...(out && keep
          ? {
              put: (y: unknown) => {
                define(out, name, y)
              }
            }
          : {})
      })
    }
    for (let i = children.length - 1; i >= 0; i--) tasks.push(children[i] as Task)
  }
  return { value, bytes, repairs }
}

/**
 * `value` (JSON, as JSON.parse gives it) with lone surrogates replaced with U+FFFD and anything
 * nested deeper than MAX_DEPTH levels replaced with CUT_MARKER, the notes saying what changed
 * where, and the input's size as JSON. When nothing needs changing, `value` is the input itself.
 */
export function safeJson(value: unknown, options: SafeJsonOptions = {}): SafeJson {
  const where = options.where ?? 'the payload'
  const depth = options.depth ?? 0
  const checked = walk(value, depth, where, undefined)
  if (!checked.repairs) return { value, notes: options.notes?.list() ?? [], bytes: checked.bytes }
  const notes = options.notes ?? new RepairNotes()
  const repaired = walk(value, depth, where, notes)
  return { value: repaired.value, notes: notes.list(), bytes: repaired.bytes }
}
