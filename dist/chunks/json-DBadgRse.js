import { i as isWellFormed, w as wellFormed } from './unicode-Bqcso1Xx.js';
import { c as cutOutsideSecrets } from './redact-dgEMPhFv.js';

// Text bound for an issue title or a table cell: one line, no control characters, capped in
// length as the incident schema counts it (code points). The text is untrusted and is redacted
// only later, with the rest of the incident: a cap never cuts through a secret (see
// cutOutsideSecrets), so what is left of the text is still redacted whole.
const MAX_DETAILS = 12;
/** One line without control characters, at most `max` code points (what JSON Schema counts). */
function oneLine(text, max) {
    const flat = text.replace(/[\p{Cc}\u2028\u2029]+/gu, ' ').trim();
    const points = Array.from(flat);
    if (points.length <= max)
        return flat;
    // Where the first `max` code points end, in UTF-16 units; moved back before a secret it splits.
    const at = points.slice(0, max).join('').length;
    const cut = cutOutsideSecrets(flat, at);
    return cut === at ? flat.slice(0, at) : flat.slice(0, cut).trimEnd();
}
/** A string, number or boolean as text; anything else as ''. (json.ts re-exports it.) */
function scalarText(v) {
    return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? String(v) : '';
}
/** Key facts for a table: scalar values only, on one line, capped in count and length. */
function facts(pairs) {
    const out = {};
    for (const [k, v] of pairs) {
        const text = oneLine(scalarText(v), 200);
        if (text !== '' && Object.keys(out).length < MAX_DETAILS)
            out[k] = text;
    }
    return Object.keys(out).length > 0 ? out : undefined;
}

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
/**
 * The deepest nesting kept, in levels of objects and arrays counted from the root of the
 * delivery (`client_payload` is level 1, its `event` level 2). AWS events are shallow: a
 * CloudWatch alarm's metric dimensions sit at level 9 of the dispatch payload, and so do a
 * GuardDuty finding's security groups; 64 leaves room for any real event and for payloads
 * wrapped a few times, while every walk after intake stays far from the call stack's limit.
 */
const MAX_DEPTH = 64;
/** What replaces an object or array nested deeper than MAX_DEPTH. */
const CUT_MARKER = `[cut by OpsLoop: nested deeper than ${MAX_DEPTH} levels]`;
/** Notes listed in full; the rest are counted in one last note. */
const MAX_NOTES = 5;
/** Path segments shown before `…`, and the longest key shown (code points). */
const PATH_SEGMENTS = 8;
const KEY_SHOWN = 40;
/** Repair notes, grouped by text (a note repeated at many places is one line) and bounded. */
class RepairNotes {
    counts = new Map();
    add(note) {
        this.counts.set(note, (this.counts.get(note) ?? 0) + 1);
    }
    get size() {
        return this.counts.size;
    }
    list() {
        const notes = [...this.counts].map(([note, n]) => (n > 1 ? `${note} (${n} places)` : note));
        if (notes.length <= MAX_NOTES)
            return notes;
        const rest = notes.length - MAX_NOTES;
        return [
            ...notes.slice(0, MAX_NOTES),
            `${rest} more place(s) were repaired the same ways; the event as delivered shows them`
        ];
    }
}
const IDENTIFIER = /^[A-Za-z_$][\w$-]*$/;
/** `client_payload.event.detail["a b"][0]`: one line, capped, no backticks (notes quote it in one). */
function pathOf(place) {
    const segments = [];
    for (let p = place; p; p = p.up)
        segments.push(p.segment);
    segments.reverse();
    const [root, ...rest] = segments;
    const shown = rest.slice(0, PATH_SEGMENTS).map((s) => {
        if (typeof s === 'number')
            return `[${s}]`;
        const key = oneLine(s, KEY_SHOWN);
        return IDENTIFIER.test(key) ? `.${key}` : `[${JSON.stringify(key)}]`;
    });
    const path = `${String(root)}${shown.join('')}${rest.length > PATH_SEGMENTS ? '…' : ''}`;
    return path.replace(/`/g, "'");
}
/** UTF-8 bytes of a scalar as JSON.stringify writes it (lone surrogates as `\udXXX` escapes). */
function scalarBytes(value, inArray) {
    const text = typeof value === 'bigint' ? String(value) : JSON.stringify(value);
    if (typeof text === 'string')
        return Buffer.byteLength(text);
    return inArray ? 4 : 0; // `null` in an array; an object member is left out
}
/** A member JSON.stringify leaves out of an object. */
const omitted = (v) => v === undefined || typeof v === 'function' || typeof v === 'symbol';
/** Defined, not assigned, so a `__proto__` key stays a plain key. */
function define(target, key, value) {
    Object.defineProperty(target, key, {
        value,
        writable: true,
        enumerable: true,
        configurable: true
    });
}
/**
 * One pass over the value: measures it, finds what needs repair, and (with `notes`) builds the
 * repaired copy. Without `notes` it only answers whether a repair is needed.
 */
function walk(root, depth, where, notes) {
    let value = root;
    let bytes = 0;
    let repairs = false;
    const open = new Set();
    const tasks = [
        {
            value: root,
            depth,
            place: { up: undefined, segment: where },
            inArray: false,
            ...(notes ? { put: (v) => (value = v) } : {})
        }
    ];
    for (let task = tasks.pop(); task !== undefined; task = tasks.pop()) {
        if ('leave' in task) {
            open.delete(task.leave);
            continue;
        }
        const { value: v, put, place } = task;
        if (typeof v === 'string') {
            bytes += scalarBytes(v, task.inArray);
            if (isWellFormed(v))
                put?.(v);
            else {
                repairs = true;
                put?.(wellFormed(v));
                if (put)
                    notes?.add(`\`${pathOf(place)}\` held a lone UTF-16 surrogate (broken text); replaced with U+FFFD`);
            }
            continue;
        }
        if (v === null || typeof v !== 'object') {
            bytes += scalarBytes(v, task.inArray);
            put?.(v);
            continue;
        }
        const cyclic = open.has(v);
        if (cyclic || task.depth >= MAX_DEPTH) {
            repairs = true;
            if (put) {
                put(CUT_MARKER);
                notes?.add(cyclic
                    ? `\`${pathOf(place)}\` contains itself; cut there`
                    : `\`${pathOf(place)}\` was nested deeper than ${MAX_DEPTH} levels; cut there and replaced with a marker`);
            }
            // Below a cut nothing is built, but the size is still measured; a cycle is not walked.
            if (cyclic)
                continue;
        }
        const building = put !== undefined && task.depth < MAX_DEPTH;
        open.add(v);
        tasks.push({ leave: v });
        const below = task.depth + 1;
        // Children are pushed in reverse, so the stack gives them back in document order (the
        // repaired copy keeps the order of keys).
        if (Array.isArray(v)) {
            const items = v;
            const out = building ? [] : undefined;
            if (out)
                put?.(out);
            bytes += items.length === 0 ? 2 : items.length + 1; // brackets and commas
            for (let i = items.length - 1; i >= 0; i--)
                tasks.push({
                    value: items[i],
                    depth: below,
                    place: { up: place, segment: i },
                    inArray: true,
                    ...(out ? { put: (x) => (out[i] = x) } : {})
                });
            continue;
        }
        const out = building ? {} : undefined;
        if (out)
            put?.(out);
        const entries = Object.entries(v);
        const kept = entries.filter(([, x]) => !omitted(x));
        bytes += kept.length === 0 ? 2 : kept.length + 1; // braces and commas
        const names = new Set();
        const children = [];
        for (const [key, x] of entries) {
            if (!omitted(x))
                bytes += scalarBytes(key, false) + 1; // "key":
            let name = key;
            let keep = true;
            if (!isWellFormed(key)) {
                repairs = true;
                name = wellFormed(key);
                keep = !names.has(name) && !Object.hasOwn(v, name);
                if (out)
                    notes?.add(keep
                        ? `the key \`${pathOf({ up: place, segment: name })}\` held a lone UTF-16 surrogate (broken text); replaced with U+FFFD`
                        : `the key \`${pathOf({ up: place, segment: name })}\` held a lone UTF-16 surrogate, and repaired it repeats another key; left out`);
            }
            names.add(name);
            children.push({
                value: x,
                depth: below,
                place: { up: place, segment: name },
                inArray: false,
                ...(out && keep
                    ? {
                        put: (y) => {
                            define(out, name, y);
                        }
                    }
                    : {})
            });
        }
        for (let i = children.length - 1; i >= 0; i--)
            tasks.push(children[i]);
    }
    return { value, bytes, repairs };
}
/**
 * `value` (JSON, as JSON.parse gives it) with lone surrogates replaced with U+FFFD and anything
 * nested deeper than MAX_DEPTH levels replaced with CUT_MARKER, the notes saying what changed
 * where, and the input's size as JSON. When nothing needs changing, `value` is the input itself.
 */
function safeJson(value, options = {}) {
    const where = options.where ?? 'the payload';
    const depth = options.depth ?? 0;
    const checked = walk(value, depth, where, undefined);
    if (!checked.repairs)
        return { value, notes: options.notes?.list() ?? [], bytes: checked.bytes };
    const notes = options.notes ?? new RepairNotes();
    const repaired = walk(value, depth, where, notes);
    return { value: repaired.value, notes: notes.list(), bytes: repaired.bytes };
}

// Reading JSON that nobody vouched for: each helper takes any value and returns the shape asked
// for or nothing (`undefined`, `{}`, `[]`), so the readers never throw on a malformed event.
// None of them walks a value deeply; JSON found inside a string is made safe as it is parsed.
const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v) => typeof v === 'string' && v !== '' ? v : undefined;
const obj = (v) => (isObject(v) ? v : {});
const num = (v) => typeof v === 'number' && Number.isFinite(v) ? v : undefined;
const int = (v) => Number.isInteger(v) ? v : undefined;
const list = (v) => (Array.isArray(v) ? v : []);
/**
 * A string holding JSON is parsed (`undefined` when it is not JSON); anything else is kept. What
 * the string held is made safe as the delivery is (sanitize.ts: lone surrogates replaced, nesting
 * cut), silently: an SNS `Message` or a `detail` sent as text is not in the delivery's own walk,
 * and the event as delivered, shown on the issue, still holds the text as it came.
 */
function parseJsonString(v) {
    if (typeof v !== 'string')
        return v;
    let parsed;
    try {
        parsed = JSON.parse(v);
    }
    catch {
        return undefined;
    }
    return safeJson(parsed).value;
}
/** The scalar entries of an object, as strings. */
function stringRecord(v) {
    const out = {};
    for (const [k, val] of Object.entries(obj(v))) {
        if (typeof val === 'string' || typeof val === 'number' || typeof val === 'boolean')
            out[k] = String(val);
    }
    return out;
}
/** The object without its `undefined` entries. */
function clean(o) {
    return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
}

export { RepairNotes as R, obj as a, int as b, clean as c, str as d, scalarText as e, facts as f, stringRecord as g, isObject as i, list as l, num as n, oneLine as o, parseJsonString as p, safeJson as s };
