import { d as detectSeverity } from './severity-DGMA2-R7.js';

// Month and weekday names as timestamps print them (`Nov`, `Sept`, `Thursday`): part of a date,
// not a word of a message. One list for the header walk (context/log-header.ts), the miner
// (context/drain.ts) and the detector's template key (detect/key.ts).
/** Abbreviated names, lower case: what syslog-style headers print. */
const DATE_ABBREVIATIONS = new Set('jan feb mar apr may jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun'.split(' '));
const DATE_NAMES = new Set([
    ...DATE_ABBREVIATIONS,
    ...'january february march april june july august september october november december monday tuesday wednesday thursday friday saturday sunday'.split(' ')
]);
/** Whether a token is a month or weekday name, abbreviated or whole (a trailing `,` or `.` aside). */
const isDateWord = (token) => token.length <= 10 && DATE_NAMES.has(token.toLowerCase().replace(/[,.]$/, ''));

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
/** The token for a variable part of a template (the paper's `*`). */
const WILDCARD = '<*>';
const value = (placeholder, source) => ({
    pattern: new RegExp(source, 'g'),
    placeholder: `<${placeholder}>`
});
// A value is not glued to letters or digits on either side (`_`, `-`, `=`, `/`, `:` are fine):
// `blk_-12` → `blk_<NUM>`, `uid=0` → `uid=<NUM>`, but `v2`, `md5`, `x86` stay as they are.
const L = '(?<![A-Za-z0-9.])';
const R = '(?![A-Za-z0-9])';
/** Typed value masks, specific before general. Each token is rewritten in one pass. */
const DEFAULT_VALUE_MASKS = Object.freeze([
    value('UUID', String.raw `${L}[0-9a-fA-F]{8}-(?:[0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}${R}`),
    value('ARN', String.raw `\barn:aws[\w-]*:[^\s"',]*`),
    value('TIME', String.raw `${L}\d{4}-\d\d-\d\d(?:[T_]\d\d:\d\d(?::\d\d(?:[.,]\d+)?)?(?:Z|[+-]\d\d:?\d\d)?)?${R}|${L}\d{1,2}:\d\d:\d\d(?:[.,]\d+)?${R}`),
    value('IP', String.raw `${L}(?:\d{1,3}\.){3}\d{1,3}(?::\d{1,5})?${R}`),
    value('MAC', String.raw `${L}(?:[0-9a-fA-F]{2}[:-]){5}[0-9a-fA-F]{2}${R}`),
    value('ID', String.raw `\b(?:i|vol|snap|sg|subnet|vpc|ami|eni|rtb|igw|nat|acl|lt)-[0-9a-f]{8,17}${R}`),
    // 0x-prefixed, or 8+ hex digits with both a digit and a letter (all digits is a NUM).
    value('HEX', String.raw `${L}0[xX][0-9a-fA-F]+${R}|${L}(?=[0-9a-fA-F]*[a-fA-F])(?=[a-fA-F]*\d)[0-9a-fA-F]{8,}${R}`),
    value('PATH', String.raw `(?<![\w/])(?:/[\w.@~+-]+){2,}/?`),
    // A number, with an optional unit: 42, -1.5, 3,000, 10ms, 2.5GB, 99%.
    value('NUM', String.raw `${L}[-+]?\d+(?:[.,]\d+)*(?:ns|us|µs|ms|s|m|h|d|[KMGT]i?B|B|%)?${R}`)
]);
const WHITESPACE = /[ \t\n\v\f\r]+/;
const MAX_EXAMPLE_CHARS = 2_000;
// Token kinds, of the masked form: unmasked, the wildcard, a masked token with letters left (a
// key and its value, `uid=<NUM>`), or one without (a value: `<NUM>`, `/<IP>`, `<NUM>_<NUM>`).
const LITERAL = 0;
const WILD = 1;
const KEYED = 2;
const VALUE = 3;
/** Whether a masked token keeps a letter outside its placeholders. */
function hasKey(masked) {
    let inside = false;
    for (let i = 0; i < masked.length; i++) {
        const c = masked.charCodeAt(i);
        if (c === 60)
            inside = true;
        else if (c === 62)
            inside = false;
        else if (!inside && ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)))
            return true;
    }
    return false;
}
const PLAIN_WORD = /^[([]?[A-Za-z][A-Za-z_'-]*\d?[)\]]?[.,:;!?]?$/;
/** A `key=value` field's key and its `=` (the tokenizer and logfmt lines read keys alike). */
const KEY_FIELD = /^[A-Za-z_][\w.-]*=/;
// `overlap:false`, `state:ready`: a label and a word, one word of the message.
const LABELLED_WORD = /^[A-Za-z][\w-]*:[A-Za-z]+[.,;]?$/;
/**
 * What a token says as a word of the message (DrainOptions.constantWords), or undefined when it
 * is a value: a plain word as it is; a `key=value` field by its key; another token with a key
 * left after masking (`LOGIN(uid=<NUM>)`) by its masked form. Numbers, paths, quoted strings and
 * whatever has a digit are values.
 */
function wordOf(raw, masked, kind) {
    if (kind === WILD)
        return undefined;
    const text = raw ?? masked;
    // Every pattern below starts with a letter, `_`, `(` or `[`: most values are out at once.
    const c = text.charCodeAt(0);
    const letter = (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
    const key = letter && text.indexOf('=') > 0 ? KEY_FIELD.exec(text) : null;
    if (key !== null)
        return key[0];
    // `LOGIN(uid=<NUM>)`: a field with its key, not a host or file name with a number in it.
    if (kind === KEYED)
        return masked.includes('=') && !/[\s"'/]/.test(masked) ? masked : undefined;
    if (kind !== LITERAL || raw === undefined || !(letter || c === 40 || c === 91))
        return undefined;
    // A capitalized day or month name is part of a date, a value (`may` is a word).
    const date = c >= 65 && c <= 90 && isDateWord(raw);
    return (PLAIN_WORD.test(raw) || LABELLED_WORD.test(raw)) && !date ? raw : undefined;
}
const newNode = () => ({ children: new Map(), groups: [] });
/** Tokens a group of another length may have more or fewer (alignAcross): a list of values. */
const MAX_OPTIONAL = 64;
/** Constant words two groups of different lengths need before they can be one (alignAcross). */
const MIN_ALIGNED = 3;
// Units that follow a value (`<1 sec`, `18.4 KB`): part of it, not a word of the message.
const UNITS = new Set('ms sec secs second seconds min mins minute minutes hours days B KB MB GB TB KiB MiB GiB'.split(' '));
const sameWords = (a, b) => a.length === b.length && a.every((w, i) => w === b[i]);
/** Words two messages must share before one's labelled tail is optional context. */
const MIN_SHARED_WORDS = 5;
/** Words an optional tail has at most. */
const MAX_TAIL_WORDS = 4;
/**
 * Whether one word list is the other plus a short labelled tail (`Init Duration: <NUM> ms`,
 * `Status: timeout`): optional trailing context, as Lambda's REPORT line prints it on a cold
 * start.
 */
function optionalTail(a, b) {
    const [short, long] = a.length < b.length ? [a, b] : [b, a];
    if (short.length < MIN_SHARED_WORDS || long.length - short.length > MAX_TAIL_WORDS)
        return false;
    if (long.length === short.length || !short.every((w, i) => w === long[i]))
        return false;
    return long.slice(short.length).some((w) => w.endsWith(':'));
}
/** A group's constant words in order, units after a value left out (alignAcross). */
function alignedWords(group) {
    const words = [];
    let afterValue = false;
    for (let p = 0; p < group.masked.length; p++) {
        const w = group.wordAt(p);
        if (w !== undefined && !(afterValue && UNITS.has(w.replace(/[^A-Za-z]/g, ''))))
            words.push(w);
        afterValue = w === undefined;
    }
    return words;
}
/** Tokens whose word literalWord remembers, at most. */
const MAX_WORD_CACHE = 10_000;
/** Past this many tokens, a group has families at its first MAX_FAMILY_POSITIONS positions. */
const MAX_FAMILY_TOKENS = 64;
const MAX_FAMILY_POSITIONS = 16;
/** Family records kept at most (a few per template with words). */
const MAX_FAMILIES = 50_000;
/** A 64-bit digest of a string, as text: two 32-bit FNV-1a-style hashes, different multipliers. */
function digest(text) {
    let a = 0x811c9dc5;
    let b = 0x01000193 ^ 0x5bd1e995;
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        a = Math.imul(a ^ c, 0x01000193);
        b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 15);
    }
    return (a >>> 0).toString(36) + ':' + (b >>> 0).toString(36);
}
// A family's groups share at least this many other constants, and half their other positions.
const MIN_OTHERS = 1;
const OTHERS_SHARE = 0.5;
function hasDigit(token) {
    for (let i = 0; i < token.length; i++) {
        const c = token.charCodeAt(i);
        if (c >= 48 && c <= 57)
            return true;
    }
    return false;
}
/**
 * Splits on whitespace runs, like Python's str.split() for ASCII whitespace: native split(' ')
 * unless the line has a tab or line break (native scans; a per-character loop costs more).
 */
function splitWhitespace(line) {
    const parts = line.includes('\t') || line.includes('\r') || line.includes('\n')
        ? line.split(WHITESPACE)
        : line.split(' ');
    let k = 0;
    for (const p of parts)
        if (p !== '')
            parts[k++] = p;
    if (k !== parts.length)
        parts.length = k;
    return parts;
}
const isDigit = (c) => c >= 48 && c <= 57;
const isAlnum = (c) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isHex = (c) => (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
// First letters of the AWS id prefixes in the ID mask: i, v, s, a, e, r, n, l.
const ID_FIRST = new Set([105, 118, 115, 97, 101, 114, 110, 108]);
const NO_MATCH = -1;
const ASK_REGEX = 0;
/**
 * Rewrites a token with the value masks: leftmost match first, the earliest mask at a position.
 * Matches can only start where the previous character is not a letter or digit, so only those
 * positions are tried, with one sticky regex of all the masks. For the default masks, cheap
 * character checks settle most positions first (a plain number, or nothing can start here):
 * regexes cost a few hundred nanoseconds a token, and this runs on every token with a digit.
 */
class ValueMasker {
    regex;
    names;
    shortcuts;
    num;
    constructor(masks) {
        this.names = masks.map((m) => m.placeholder);
        // Alternatives in order; each one captured, so a match tells which mask it was.
        this.regex =
            masks.length === 0
                ? undefined
                : new RegExp(masks.map((m) => `(${m.pattern.source})`).join('|'), 'y');
        this.shortcuts = masks === DEFAULT_VALUE_MASKS;
        this.num = DEFAULT_VALUE_MASKS.at(-1)?.placeholder ?? WILDCARD;
    }
    mask(token) {
        const re = this.regex;
        if (re === undefined || !hasDigit(token))
            return token;
        let out = '';
        let last = 0;
        let i = 0;
        while (i < token.length) {
            const prev = i === 0 ? 32 : token.charCodeAt(i - 1);
            if (isAlnum(prev)) {
                i++;
                continue;
            }
            let end = this.shortcuts ? quick(token, i, prev) : ASK_REGEX;
            let name = this.num;
            if (end === ASK_REGEX) {
                re.lastIndex = i;
                const m = re.exec(token);
                if (m === null)
                    end = NO_MATCH;
                else {
                    let k = 1;
                    while (m[k] === undefined && k < m.length)
                        k++;
                    name = this.names[k - 1] ?? WILDCARD;
                    end = re.lastIndex;
                }
            }
            if (end === NO_MATCH) {
                i++;
                continue;
            }
            // The whole token is one value (the usual case): no string building.
            if (i === 0 && end === token.length)
                return name;
            out += token.slice(last, i) + name;
            last = end;
            i = end;
        }
        return last === 0 ? token : out + token.slice(last);
    }
}
const maskers = new WeakMap();
/** A token with its values masked, e.g. `uid=42` → `uid=<NUM>`; as the miner sees it. */
function maskValues(token, masks = DEFAULT_VALUE_MASKS) {
    let masker = maskers.get(masks);
    if (masker === undefined) {
        masker = new ValueMasker(masks);
        maskers.set(masks, masker);
    }
    return masker.mask(token);
}
/**
 * For DEFAULT_VALUE_MASKS at position `i` (after a non-alphanumeric `prev`): NO_MATCH when no
 * mask can match there, the end of a plain number when NUM surely matches and nothing before it,
 * else ASK_REGEX.
 */
function quick(token, i, prev) {
    const c = token.charCodeAt(i);
    if (isDigit(c))
        return prev === 46 ? NO_MATCH : plainNumber(token, i);
    if (c === 45 || c === 43) {
        // Only NUM starts with a sign.
        if (prev === 46 || !isDigit(token.charCodeAt(i + 1)))
            return NO_MATCH;
        return plainNumber(token, i + 1);
    }
    // PATH needs two segments.
    if (c === 47)
        return token.indexOf('/', i + 2) > 0 ? ASK_REGEX : NO_MATCH;
    if (c === 97 && token.startsWith('arn:aws', i))
        return ASK_REGEX;
    if (ID_FIRST.has(c)) {
        const dash = token.indexOf('-', i + 1);
        if (dash > 0 && dash <= i + 6)
            return ASK_REGEX;
    }
    if (isHex(c)) {
        // UUID and HEX need eight hex digits; MAC two and a separator.
        let j = i;
        while (j < token.length && isHex(token.charCodeAt(j)))
            j++;
        if (j - i >= 8)
            return ASK_REGEX;
        const sep = token.charCodeAt(i + 2);
        if (j - i === 2 && (sep === 58 || sep === 45))
            return ASK_REGEX;
    }
    return NO_MATCH;
}
/** End of the digit run at `j` when it is a whole plain number, else ASK_REGEX. */
function plainNumber(token, j) {
    let k = j;
    while (k < token.length && isDigit(token.charCodeAt(k)))
        k++;
    if (k === token.length)
        return k;
    const next = token.charCodeAt(k);
    // Letters (units, hex), `. , : -` (decimals, IPs, times, UUIDs), `%` and non-ASCII (µs).
    if (isAlnum(next) || next === 46 || next === 44 || next === 58 || next === 45)
        return ASK_REGEX;
    if (next === 37 || next > 127)
        return ASK_REGEX;
    return k;
}
class Group {
    id;
    count = 0;
    firstSeen;
    lastSeen;
    examples = [];
    /** Per position: the raw token while every line agreed on it, else undefined. */
    raw;
    /** Per position: the masked token (`<*>` once the masked forms disagreed). */
    masked;
    /** Per position: LITERAL, WILD, KEYED or VALUE, of `masked`. */
    kinds;
    /** Varying positions → distinct raw values seen there. */
    slots;
    slotsFull = false;
    /** The leaf that holds the group, and whether it was merged into another (constantWords). */
    leaf;
    dead = false;
    text;
    /** wordAt's answers, until the template changes. */
    words;
    constructor(id, raw, masked, kinds, index) {
        this.id = id;
        const n = raw.length;
        this.masked = masked.slice(0, n);
        this.kinds = kinds.slice(0, n);
        this.raw = raw.map((r, i) => (this.kinds[i] === WILD ? undefined : r));
        this.firstSeen = index;
        this.lastSeen = index;
    }
    get template() {
        return (this.text ??= this.masked.map((m, i) => this.raw[i] ?? m).join(' '));
    }
    get values() {
        if (this.slots === undefined)
            return undefined;
        return [...this.slots.entries()].sort((a, b) => a[0] - b[0]).map(([, v]) => [...v]);
    }
    /**
     * Logparser's getTemplate, on both forms: a raw constant that differs becomes its masked form
     * when those agree, else `<*>`. Returns the constants that stopped being constant, by position.
     */
    merge(raw, masked) {
        let changed;
        for (let i = 0; i < raw.length; i++) {
            const r = this.raw[i];
            if (r !== undefined && r === raw[i])
                continue;
            if (this.kinds[i] === WILD)
                continue;
            const m = this.masked[i] ?? WILDCARD;
            if (m === masked[i]) {
                if (r === undefined)
                    continue;
                this.raw[i] = undefined;
            }
            else {
                this.raw[i] = undefined;
                this.masked[i] = WILDCARD;
                this.kinds[i] = WILD;
            }
            (changed ??= new Map()).set(i, r ?? m);
        }
        if (changed !== undefined) {
            this.text = undefined;
            this.words = undefined;
            this.slotsFull = false;
        }
        return changed;
    }
    /** The word at position `i` while it is a constant (see wordOf). */
    wordAt(i) {
        if (this.words === undefined) {
            const words = [];
            for (let k = 0; k < this.masked.length; k++)
                words.push(wordOf(this.raw[k], this.masked[k] ?? WILDCARD, this.kinds[k] ?? WILD));
            this.words = words;
        }
        return this.words[i];
    }
    /** Makes position `p` a variable. */
    generalize(p) {
        this.raw[p] = undefined;
        this.masked[p] = WILDCARD;
        this.kinds[p] = WILD;
        this.text = undefined;
        this.words = undefined;
        this.slotsFull = false;
    }
    snapshot() {
        const values = this.values;
        return {
            id: this.id,
            template: this.template,
            count: this.count,
            firstSeen: this.firstSeen,
            lastSeen: this.lastSeen,
            examples: [...this.examples],
            ...(values !== undefined && values.length > 0 ? { values } : {})
        };
    }
}
class DrainMiner {
    root = new Map();
    groups = [];
    prefixTokens;
    similarity;
    maxChildren;
    masks;
    values;
    split;
    maxExamples;
    maxValues;
    maxTemplates;
    /** Similarity of the group the last search returned. */
    matched = 0;
    matchValues;
    distinct;
    /** The current line's masked tokens and their kinds, reused across lines. */
    masked = [];
    kinds = new Uint8Array(64);
    /** literalWord's answers ('' for none), bounded by MAX_WORD_CACHE. */
    wordCache = new Map();
    /** The current line's words (constantWords), by position. */
    words = [];
    lines = 0;
    constantWords;
    /** A merged group's id → the group it went into (constantWords). */
    merged = new Map();
    /** Groups alike but for the word at one position (constantWords), by familyKey. */
    families = new Map();
    /** Groups by their first constant word, for alignAcross. */
    byFirstWord = new Map();
    constructor(options = {}) {
        const depth = options.depth ?? 4;
        if (!Number.isInteger(depth) || depth < 3)
            throw new RangeError(`depth must be an integer ≥ 3, got ${depth}`);
        this.prefixTokens = depth - 3;
        this.similarity = options.similarity ?? 0.4;
        this.maxChildren = options.maxChildren ?? 100;
        this.masks = (options.masks ?? []).map((m) => m.global ? m : new RegExp(m.source, `${m.flags}g`));
        this.values = new ValueMasker(options.values ?? DEFAULT_VALUE_MASKS);
        const delimiters = options.delimiters;
        this.split =
            options.tokenize ??
                (delimiters === undefined || delimiters.source === WHITESPACE.source
                    ? splitWhitespace
                    : (line) => line.split(delimiters).filter((t) => t !== ''));
        this.maxExamples = options.maxExamples ?? 3;
        this.maxValues = options.maxValues ?? 5;
        this.maxTemplates = options.maxTemplates ?? 10_000;
        this.matchValues = (options.compareValues ?? 'masked') === 'masked';
        this.distinct = options.distinct;
        this.constantWords = options.constantWords ?? 0;
    }
    /** Number of templates. */
    get size() {
        // Merged and aliased groups stay in `groups`; each has an entry in `merged`.
        return this.groups.length - this.merged.size;
    }
    /** The id of the group that the group with `id` is now part of (itself unless merged). */
    canonical(id) {
        let group = this.merged.get(id);
        if (group === undefined)
            return id;
        for (let next = this.merged.get(group.id); next !== undefined; next = this.merged.get(group.id))
            group = next;
        this.merged.set(id, group);
        return group.id;
    }
    /** The template a group with `id` is now part of (see canonical), live. */
    template(id) {
        return this.groupOf(id);
    }
    groupOf(id) {
        return this.groups[this.canonical(id) - 1];
    }
    /** Lines added so far. */
    get lineCount() {
        return this.lines;
    }
    /**
     * Adds one line; returns its template, live (it changes as later lines arrive).
     * `index` is what firstSeen/lastSeen record: a timestamp, or by default the line number.
     */
    add(line, index = this.lines) {
        this.lines++;
        let text = line;
        for (const re of this.masks)
            text = text.replace(re, WILDCARD);
        const raw = this.split(text);
        this.classify(raw);
        let group = this.search(raw);
        // Full: a line whose words differ from every group's joins the most similar all the same.
        if (group === undefined && this.groups.length >= this.maxTemplates)
            group = this.search(raw, false);
        // Every group made counts against maxTemplates, merged or not: memory stays bounded.
        if (group !== undefined &&
            this.matched < this.similarity &&
            this.groups.length < this.maxTemplates)
            group = undefined;
        let changed;
        if (group === undefined) {
            group = new Group(this.groups.length + 1, raw, this.masked, this.kinds, index);
            this.groups.push(group);
            this.insert(group, raw);
            if (this.constantWords > 0) {
                group = this.register(group);
                if (group.count === 0)
                    this.alignAcross(group);
            }
        }
        else {
            changed = group.merge(raw, this.masked);
            if (index < group.firstSeen)
                group.firstSeen = index;
            if (index > group.lastSeen)
                group.lastSeen = index;
            if (changed !== undefined && this.constantWords > 0)
                group = this.register(group);
        }
        group.count++;
        if (group.examples.length < this.maxExamples)
            this.example(group, line);
        // Values are sampled: every line at first, then one in 16, until each position is full.
        if (this.maxValues > 0 &&
            !group.slotsFull &&
            (group.count <= 256 || (group.count & 15) === 0 || changed !== undefined))
            this.collect(group, raw, changed);
        // A group aliased to one of another length (alignAcross) counts its lines there too.
        const shown = this.resolve(group);
        if (shown !== group) {
            shown.count++;
            if (index < shown.firstSeen)
                shown.firstSeen = index;
            if (index > shown.lastSeen)
                shown.lastSeen = index;
            if (shown.examples.length < this.maxExamples)
                this.example(shown, line);
        }
        return shown;
    }
    /** Snapshots of every template, in order of first appearance. */
    templates() {
        return this.groups.filter((g) => !this.merged.has(g.id)).map((g) => g.snapshot());
    }
    // --- constantWords: groups that differ in one word, merged once there are enough ---------------
    /**
     * The family key of a group at a word position `p`: its length, `p`, and its tokens with `p`
     * left out, words as they are, keyed tokens by their masked form, values and wildcards as
     * `<*>` (how a value generalizes does not make two groups less alike); kept as a 64-bit
     * digest, so a long line's families cost a few bytes each.
     */
    familyKey(group, p) {
        let key = `${group.masked.length}:${p}`;
        for (let i = 0; i < group.masked.length; i++) {
            const kind = group.kinds[i];
            const token = i === p
                ? '\u0002'
                : kind === LITERAL
                    ? (group.raw[i] ?? WILDCARD)
                    : kind === KEYED
                        ? (group.masked[i] ?? WILDCARD)
                        : WILDCARD;
            key += `\u0001${token}`;
        }
        return digest(key);
    }
    /**
     * Records a new or changed group in its families; when a family has `constantWords` different
     * words, its groups merge. Returns the group the given one is now part of.
     */
    register(group) {
        if (this.merged.has(group.id))
            return this.resolve(group);
        // A family shares its other words: with too few (`onReceive <*>`, `<*> (command <NUM>)`),
        // the word that differs is most of the message, not a value in it.
        let words = 0;
        for (let p = 0; p < group.masked.length; p++)
            if (group.kinds[p] === LITERAL)
                words++;
        const n = group.masked.length;
        // Each family key costs the line's length: a long line has families at its first words only.
        const positions = n > MAX_FAMILY_TOKENS ? MAX_FAMILY_POSITIONS : n;
        for (let p = 0; p < positions; p++) {
            if (group.dead)
                break;
            const word = group.wordAt(p);
            if (word === undefined)
                continue;
            const others = words - (group.kinds[p] === LITERAL ? 1 : 0);
            if (others < MIN_OTHERS || others < (n - 1) * OTHERS_SHARE)
                continue;
            const key = this.familyKey(group, p);
            let family = this.families.get(key);
            if (family === undefined) {
                // Bounded: past MAX_FAMILIES, new groups merge only into families that exist.
                if (this.families.size >= MAX_FAMILIES)
                    continue;
                family = { words: [], members: [], events: false };
                this.families.set(key, family);
            }
            if (!family.members.includes(group))
                family.members.push(group);
            if (family.words.length < this.constantWords && !family.words.includes(word)) {
                if (this.distinct !== undefined && family.words.some((w) => this.distinct?.(w, word)))
                    family.events = true;
                family.words.push(word);
            }
            if (family.events || family.words.length < this.constantWords)
                continue;
            const members = family.members.filter((g) => !this.merged.has(g.id) && this.familyKey(g, p) === key);
            if (members.length < 2)
                continue;
            const survivor = members.reduce((a, b) => (b.id < a.id ? b : a));
            for (const g of members)
                if (g !== survivor)
                    this.absorb(survivor, g);
            survivor.generalize(p);
            // The family stays: a group of another leaf that joins it later merges at once.
            family.members = [survivor];
            return this.register(survivor);
        }
        return this.resolve(group);
    }
    /** The live group a group is part of. */
    resolve(group) {
        return this.groupOf(group.id) ?? group;
    }
    /**
     * Links a new group to a group of another length that says the same with values of another
     * word count (`bytes sent` and `bytes (1.2 KB) sent`, `lifetime 00:01` and `lifetime <1 sec`):
     * their constant words are the same (units after a value aside), and their lengths differ by at most
     * MAX_OPTIONAL tokens. The group stays (lines of its length keep matching it), its lines count
     * in the other.
     */
    alignAcross(group) {
        const words = alignedWords(group);
        const first = words[0];
        if (first === undefined || words.length < MIN_ALIGNED)
            return;
        const candidates = this.byFirstWord.get(first);
        let best;
        // The latest few with that first word: a new group costs a bounded search.
        for (const c of (candidates ?? []).slice(-64)) {
            if (c.dead)
                continue;
            const n = c.masked.length;
            if (n === group.masked.length || Math.abs(n - group.masked.length) > MAX_OPTIONAL)
                continue;
            const other = alignedWords(c);
            if (sameWords(words, other) || optionalTail(words, other)) {
                best = c;
                break;
            }
        }
        if (best !== undefined) {
            this.merged.set(group.id, best);
        }
        // Linked or not, later groups may align with this one's words (`Status: timeout` with the
        // REPORT line that has no `Init Duration:`).
        if (candidates === undefined)
            this.byFirstWord.set(first, [group]);
        else
            candidates.push(group);
    }
    /** Moves a group's lines into `survivor`, which generalizes to cover them. */
    absorb(survivor, g) {
        survivor.merge(g.raw.map((r) => r ?? '\u0000'), g.masked);
        survivor.count += g.count;
        survivor.firstSeen = Math.min(survivor.firstSeen, g.firstSeen);
        survivor.lastSeen = Math.max(survivor.lastSeen, g.lastSeen);
        for (const e of g.examples)
            if (survivor.examples.length < this.maxExamples && !survivor.examples.includes(e))
                survivor.examples.push(e);
        g.dead = true;
        this.merged.set(g.id, survivor);
        const leaf = g.leaf;
        if (leaf !== undefined)
            leaf.groups = leaf.groups.filter((x) => x !== g);
    }
    classify(raw) {
        const n = raw.length;
        if (this.kinds.length < n)
            this.kinds = new Uint8Array(n * 2);
        const masked = this.masked;
        const kinds = this.kinds;
        for (let i = 0; i < n; i++) {
            const r = raw[i] ?? '';
            const m = this.values.mask(r);
            masked[i] = m;
            kinds[i] = m === WILDCARD ? WILD : m === r ? LITERAL : hasKey(m) ? KEYED : VALUE;
            if (this.constantWords > 0)
                this.words[i] = kinds[i] === LITERAL ? this.literalWord(r) : wordOf(r, m, kinds[i] ?? WILD);
        }
    }
    /** wordOf for a token that masking left alone, remembered: a stream repeats its words. */
    literalWord(token) {
        const known = this.wordCache.get(token);
        if (known !== undefined)
            return known === '' ? undefined : known;
        if (this.wordCache.size >= MAX_WORD_CACHE)
            this.wordCache.clear();
        const word = wordOf(token, token, LITERAL);
        this.wordCache.set(token, word ?? '');
        return word;
    }
    example(group, line) {
        const text = line.length > MAX_EXAMPLE_CHARS ? line.slice(0, MAX_EXAMPLE_CHARS) : line;
        if (!group.examples.includes(text))
            group.examples.push(text);
    }
    collect(group, raw, changed) {
        let full = true;
        for (let i = 0; i < raw.length; i++) {
            if (group.raw[i] !== undefined)
                continue;
            const slots = (group.slots ??= new Map());
            let values = slots.get(i);
            if (values === undefined) {
                values = [];
                slots.set(i, values);
                // The constant this position held until now is one of its values too.
                const old = changed?.get(i);
                if (old !== undefined && !old.includes(WILDCARD))
                    values.push(old);
            }
            const value = raw[i];
            // `<*>` from a line mask hides the value; the example lines still show it.
            if (value === undefined || value.includes(WILDCARD))
                continue;
            if (values.length < this.maxValues && !values.includes(value))
                values.push(value);
            if (values.length < this.maxValues)
                full = false;
        }
        group.slotsFull = full;
    }
    /** The most similar group at the line's leaf, whatever the similarity (in `matched`). */
    search(raw, strict = this.constantWords > 0) {
        const n = raw.length;
        let node = this.root.get(n);
        if (node === undefined)
            return undefined;
        const stop = Math.min(this.prefixTokens, n);
        for (let i = 0; i < stop; i++) {
            const next = node.children.get(this.route(raw, i)) ?? node.children.get(WILDCARD);
            if (next === undefined)
                return undefined;
            node = next;
        }
        return this.fastMatch(node.groups, raw, strict);
    }
    /**
     * The most similar group at the leaf (ties: more variable positions, then the oldest); its
     * similarity goes to `matched`. Similarity is Drain's share of positions whose template constant equals the
     * line's token, plus positions where a keyed token (`uid=<NUM>`) has the same masked form.
     */
    fastMatch(groups, raw, strict) {
        const n = raw.length;
        const masked = this.masked;
        const matchValues = this.matchValues;
        let best;
        let bestSim = -1;
        let bestParams = -1;
        const distinct = this.distinct;
        const lineWords = this.words;
        groups: for (const g of groups) {
            const gRaw = g.raw;
            const gMasked = g.masked;
            const kinds = g.kinds;
            let same = 0;
            let params = 0;
            for (let i = 0; i < n; i++) {
                const r = gRaw[i];
                if (r === undefined)
                    params++;
                else if (r === raw[i]) {
                    same++;
                    continue;
                }
                else if (distinct?.(r, raw[i] ?? ''))
                    continue groups;
                const kind = kinds[i];
                if (strict) {
                    // Two different words (or keys): a different message, unless the position already
                    // holds many (constantWords).
                    const word = g.wordAt(i);
                    if (word !== undefined && lineWords[i] !== undefined && word !== lineWords[i])
                        continue groups;
                }
                if ((kind === KEYED || (kind === VALUE && matchValues)) && gMasked[i] === masked[i])
                    same++;
            }
            const sim = n === 0 ? 1 : same / n;
            if (sim > bestSim || (sim === bestSim && params > bestParams)) {
                best = g;
                bestSim = sim;
                bestParams = params;
            }
        }
        this.matched = bestSim;
        return best;
    }
    /**
     * The token a line's leading position routes by: its raw text (Drain), or with constantWords
     * its word (a `key=value` field by its key), and the wildcard for a value, so lines that differ
     * there only by a value (`com.apple.Safari.Update:`, `com.apple.icloud.heartbeat:`) meet.
     */
    route(raw, i) {
        if (this.constantWords === 0)
            return raw[i] ?? '';
        return this.words[i] ?? WILDCARD;
    }
    /** Logparser's addSeqToPrefixTree (routing by raw tokens), child cap included. */
    insert(group, raw) {
        const n = raw.length;
        let node = this.root.get(n);
        if (node === undefined) {
            node = newNode();
            this.root.set(n, node);
        }
        const stop = Math.min(this.prefixTokens, n);
        for (let i = 0; i < stop; i++) {
            const token = this.route(raw, i);
            const children = node.children;
            let next = children.get(token);
            if (next === undefined) {
                const wildcard = children.get(WILDCARD);
                if (token === WILDCARD || hasDigit(token))
                    next = wildcard ?? this.child(children, WILDCARD);
                else if (wildcard !== undefined)
                    next = children.size < this.maxChildren ? this.child(children, token) : wildcard;
                else if (children.size + 1 < this.maxChildren)
                    next = this.child(children, token);
                else
                    next = this.child(children, WILDCARD);
            }
            node = next;
        }
        node.groups.push(group);
        group.leaf = node;
    }
    child(children, token) {
        const node = newNode();
        children.set(token, node);
        return node;
    }
}

// A log line's header (timestamp, host, pid, level, logger, padding) told from its message, so
// that templates are mined from the message alone and the level comes from the header's own
// field, never from a word inside the message. Repeated header tokens otherwise make unrelated
// messages look alike (every line shares `Dec 10 LabSZ sshd[…]:`) and change word counts.
//
// The header is recognized per line, walking its leading tokens while they are what headers are
// made of: timestamp parts (digits and separators, month and weekday names), pids, level words,
// bracketed fields (`[main]`, `[           main]`, `[Sun Dec 04 04:47:44 2005]`), separators
// (`-`, `---`, `|`); a host name when a timestamp or a `prog[pid]:` follows it; and it ends at a
// logger or program that ends with a colon (`dfs.DataNode$PacketResponder:`, `sshd[24200]:`), at
// a dotted logger name after the level (with its bracketed context), or at a program followed by
// a lone `-`. A function of the line alone, so it is the same in every container and any order
// (the detector's keys need that). Written here: log-format inference libraries either need the
// format configured (logpai's `log_format`) or learn it offline from a whole file.
const LEVELS = {
    trace: 'trace',
    finest: 'trace',
    finer: 'trace',
    verbose: 'debug',
    debug: 'debug',
    fine: 'debug',
    dbug: 'debug',
    info: 'info',
    information: 'info',
    informational: 'info',
    notice: 'notice',
    warn: 'warning',
    warning: 'warning',
    error: 'error',
    err: 'error',
    severe: 'error',
    fatal: 'critical',
    critical: 'critical',
    crit: 'critical',
    alert: 'critical',
    emerg: 'critical',
    emergency: 'critical',
    panic: 'critical'
};
const LOGCAT = {
    V: 'debug',
    D: 'debug',
    I: 'info',
    W: 'warning',
    E: 'error',
    F: 'critical',
    A: 'critical'
};
const KLOG = /^([IWEF])\d{4}$/;
const REDIS_ROLE = /^\d+:[XCSM]$/;
const REDIS_LEVEL = {
    '.': 'debug',
    '-': 'debug',
    '*': 'notice',
    '#': 'warning'
};
// PostgreSQL's log_line_prefix ends in its level: `…:[31331]:ERROR:` (`%q`-style prefixes too).
const POSTGRES = /:(LOG|ERROR|FATAL|PANIC|WARNING|NOTICE|INFO|DEBUG[1-5]?|DETAIL|HINT|STATEMENT|CONTEXT|QUERY|LOCATION):$/;
const POSTGRES_LEVEL = {
    LOG: 'info',
    INFO: 'info',
    NOTICE: 'notice',
    WARNING: 'warning',
    ERROR: 'error',
    FATAL: 'critical',
    PANIC: 'critical'
};
/** A leading token: where it is in the line; its text is sliced only when a test reads it. */
class Token {
    line;
    start;
    end;
    cached;
    constructor(line, start, end) {
        this.line = line;
        this.start = start;
        this.end = end;
    }
    get text() {
        return (this.cached ??= this.line.slice(this.start, this.end));
    }
}
/** At most this many leading tokens are read as a header. */
const MAX_HEADER_TOKENS = 14;
/** Characters of a line the header may take. */
const MAX_HEADER_CHARS = 300;
/**
 * Whitespace-separated tokens, a bracketed span (`[IPC Server handler 19 on 62270]`) as one,
 * read as the walk asks for them: most headers end after a few tokens.
 */
class LeadingTokens {
    line;
    /** Each read token's start and end (tokens as objects only when the walk asks: `at`). */
    starts = [];
    ends = [];
    /** Each read token's shapeHash (the header memo's key). */
    hashes = [];
    /** A token past the last was asked for: the walk saw where the tokens end. */
    exhausted = false;
    objects = [];
    i = 0;
    n;
    constructor(line) {
        this.line = line;
        this.n = Math.min(line.length, MAX_HEADER_CHARS);
    }
    /** Whether there is a k-th token (reading up to it); noting when there is none. */
    has(k) {
        while (this.starts.length <= k && this.next())
            continue;
        if (k < this.starts.length)
            return k >= 0;
        if (k >= 0)
            this.exhausted = true;
        return false;
    }
    /** The k-th token, or undefined past the last (or MAX_HEADER_TOKENS). */
    at(k) {
        if (!this.has(k))
            return undefined;
        return (this.objects[k] ??= new Token(this.line, this.starts[k] ?? 0, this.ends[k] ?? 0));
    }
    /** Tokens a (inclusive) to b (exclusive). */
    slice(a, b) {
        const out = [];
        for (let k = a; k < b; k++) {
            const token = this.at(k);
            if (token !== undefined)
                out.push(token);
        }
        return out;
    }
    next() {
        const line = this.line;
        const n = this.n;
        let i = this.i;
        if (this.starts.length >= MAX_HEADER_TOKENS)
            return false;
        while (i < n && (line.charCodeAt(i) === 32 || line.charCodeAt(i) === 9))
            i++;
        if (i >= n) {
            this.i = i;
            return false;
        }
        const start = i;
        if (line.charCodeAt(i) === 91) {
            let depth = 0;
            for (; i < line.length; i++) {
                const c = line.charCodeAt(i);
                if (c === 91)
                    depth++;
                else if (c === 93 && --depth === 0) {
                    i++;
                    break;
                }
            }
            // `[x]:` and `[x],` keep their punctuation.
            while (i < line.length && (line.charCodeAt(i) === 58 || line.charCodeAt(i) === 44))
                i++;
            this.hashes.push(shapeHash(line, start, i));
        }
        else {
            // The token's end and its shapeHash in one pass.
            let h = FNV_OFFSET;
            while (i < line.length) {
                const c = line.charCodeAt(i);
                if (c === 32 || c === 9)
                    break;
                h = Math.imul(h ^ (isDigitCode(c) ? 48 : c), FNV_PRIME);
                i++;
            }
            this.hashes.push(h >>> 0);
        }
        this.starts.push(start);
        this.ends.push(i);
        this.i = i;
        return true;
    }
}
// Digits with the separators dates, times and pids use; at least one digit.
const TIME_PART = /^(?=.*\d)[\d:./,+\-TZ]+,?$/;
const PROGRAM_PID = /^[\w.$/@()-]+(?:\[\d+\])(?:\s*\([^)]*\))?:$/;
const LOGGER_COLON = /^[A-Za-z_$][\w.$/@()<>-]*:$/;
const DOTTED_LOGGER = /^[A-Za-z_][\w$-]*(?:\.[A-Za-z_$][\w$-]*)+$/;
const HOST = /^[A-Za-z0-9][\w.@/:-]*$/;
// A date or a time of day, not any number: `2017-05-16`, `17/06/09`, `00:00:00.008`.
const DATE_OR_TIME = /^\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}|^\d{1,2}:\d{2}(?::\d{2})?/;
const ALLCAPS = /^[A-Z][A-Z0-9_]{1,15}$/;
const SEPARATORS = new Set(['-', '--', '---', '|', ':', '>', '::']);
/** The level a word names (`WARN`, `[error]`, `notice:`, `Info`), if it names one. */
const levelOf = (text) => {
    if (text.length > 16)
        return undefined;
    // A level word starts with a letter, or a bracket before it (`[error]`, `(warn)`, `<info>`).
    const c = text.charCodeAt(0);
    if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 91 || c === 40 || c === 60))
        return undefined;
    const word = text.replace(/^[[(<]+|[\]):>,]+$/g, '').toLowerCase();
    return LEVELS[word];
};
const IPV4 = /^\d{1,3}(?:\.\d{1,3}){3}(?::\d+)?,?$/;
// TIME_PART's characters: digits and `: . / , + - T Z`.
const TIME_FIRST = new Set([43, 44, 45, 46, 47, 58, 84, 90]);
const isTime = (t) => {
    const c = t.charCodeAt(0);
    if ((c >= 48 && c <= 57) || TIME_FIRST.has(c)) {
        if (TIME_PART.test(t) && !IPV4.test(t))
            return true;
    }
    // The longest date word with its comma: `thurs,`.
    return t.length <= 6 && DATE_ABBREVIATIONS.has(t.toLowerCase().replace(/,$/, ''));
};
const isBracket = (t) => {
    if (t.charCodeAt(0) !== 91)
        return false;
    const last = t.charCodeAt(t.length - 1);
    return last === 93 || ((last === 58 || last === 44) && t.charCodeAt(t.length - 2) === 93);
};
/**
 * Walks remembered by the leading tokens they read, so a stream's lines (whose headers differ
 * in their digits only) are split without walking again. Exact: a walk depends on nothing but
 * the tokens it read (how many, and each one's text), and its tests treat every digit alike
 * (`\\d`, lengths), so a token is remembered with its digits as `0`; a token with `DEBUG` in it
 * keeps its digits (PostgreSQL's `DEBUG1`…`DEBUG5`). The answer is kept as a token and an offset
 * in it, since spacing between tokens varies. Bounded: cleared past MAX_MEMO_NODES.
 */
class HeaderMemo {
    root = newMemoNode('');
    nodes = 0;
    find(tokens) {
        const line = tokens.line;
        let node = this.root;
        for (let k = 0; node !== undefined; k++) {
            if (node.answer !== undefined)
                return this.apply(node.answer, tokens);
            if (!tokens.has(k)) {
                node = node.children.get(END_OF_TOKENS)?.[0];
                continue;
            }
            const start = tokens.starts[k] ?? 0;
            const end = tokens.ends[k] ?? 0;
            const siblings = node.children.get(tokens.hashes[k] ?? 0);
            node = undefined;
            for (const n of siblings ?? [])
                if (sameShape(line, start, end, n)) {
                    node = n;
                    break;
                }
        }
        return undefined;
    }
    remember(tokens, walk) {
        const answer = this.answerOf(tokens, walk);
        if (answer === undefined)
            return walk;
        if (this.nodes > MAX_MEMO_NODES) {
            this.root = newMemoNode('');
            this.nodes = 0;
        }
        const line = tokens.line;
        const path = tokens.starts.map((start, k) => {
            const end = tokens.ends[k] ?? start;
            return [shapeHash(line, start, end), shapeOf(line.slice(start, end))];
        });
        if (tokens.exhausted)
            path.push([END_OF_TOKENS, '']);
        let node = this.root;
        for (const [hash, shape] of path) {
            const siblings = node.children.get(hash) ?? [];
            let next = siblings.find((n) => n.shape === shape);
            if (next === undefined) {
                next = newMemoNode(shape);
                siblings.push(next);
                node.children.set(hash, siblings);
                this.nodes++;
            }
            node = next;
        }
        node.answer = answer;
        return walk;
    }
    /** The walk's end as a token and an offset from its start (-1: the line's start). */
    answerOf(tokens, walk) {
        const base = {
            ...(walk.level ? { level: walk.level } : {}),
            ...(walk.continues ? { continues: true } : {})
        };
        if (walk.end === 0)
            return { token: -1, offset: 0, ...base };
        const k = tokens.starts.findIndex((start, j) => start <= walk.end && walk.end <= (tokens.ends[j] ?? start));
        const start = tokens.starts[k];
        return start === undefined ? undefined : { token: k, offset: walk.end - start, ...base };
    }
    apply(answer, tokens) {
        const start = answer.token < 0 ? 0 : (tokens.starts[answer.token] ?? 0);
        return {
            end: start + answer.offset,
            ...(answer.level ? { level: answer.level } : {}),
            ...(answer.continues ? { continues: true } : {})
        };
    }
}
const newMemoNode = (shape) => ({
    shape,
    exact: shape.includes('DEBUG'),
    children: new Map()
});
const MAX_MEMO_NODES = 5_000;
const END_OF_TOKENS = -1;
const isDigitCode = (c) => c >= 48 && c <= 57;
/** A token as the memo keys it: digits as `0` (but in `DEBUG1`…), the text itself without any. */
function shapeOf(text) {
    return text.includes('DEBUG') ? text : text.replace(DIGITS, '0');
}
const DIGITS = /[0-9]/g;
/** FNV-1a of `line[start, end)` with every digit read as `0`; no string is made. */
function shapeHash(line, start, end) {
    let h = FNV_OFFSET;
    for (let i = start; i < end; i++) {
        const c = line.charCodeAt(i);
        h = Math.imul(h ^ (isDigitCode(c) ? 48 : c), FNV_PRIME);
    }
    return h >>> 0;
}
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
/** Whether `line[start, end)` has the node's shape (digits alike unless `exact`). */
function sameShape(line, start, end, node) {
    const shape = node.shape;
    if (end - start !== shape.length)
        return false;
    for (let i = 0; i < shape.length; i++) {
        const c = line.charCodeAt(start + i);
        const d = shape.charCodeAt(i);
        if (c !== d && (node.exact || !isDigitCode(c) || d !== 48))
            return false;
    }
    return true;
}
const HEADER_MEMO = new HeaderMemo();
/** The header and message of one line, and the level its header declares. */
function splitHeader(line) {
    const pipe = pipeHeader(line);
    if (pipe)
        return pipe;
    const tokens = new LeadingTokens(line);
    const walk = HEADER_MEMO.find(tokens) ?? HEADER_MEMO.remember(tokens, walkHeader(line, tokens));
    const end = walk.end;
    const level = walk.level;
    if (walk.continues) {
        return { header: line.slice(0, end), message: line.slice(end).trimStart(), continues: true };
    }
    const message = line.slice(end).trimStart();
    // A line that is all header (or one the walk could not place) is its own message.
    if (message === '')
        return level ? { header: '', message: line, level } : { header: '', message: line };
    const header = line.slice(0, end);
    return level ? { header, message, level } : { header, message };
}
/** The walk over a line's leading tokens that finds where its header ends (see the file comment). */
function walkHeader(line, tokens) {
    let level;
    let timed = false;
    let afterLevel = false;
    let end = 0;
    const take = (k) => {
        end = tokens.at(k)?.end ?? end;
    };
    let k = 0;
    // klog (Kubernetes): `I0311 09:00:01.123456       1 kubelet.go:2563] message`.
    const klog = KLOG.exec(tokens.at(0)?.text ?? '')?.[1];
    if (klog !== undefined) {
        level = LOGCAT[klog];
        timed = true;
        take(0);
        k = 1;
    }
    // Redis: `1:M 11 Mar 2025 09:00:03.997 # message`, its level a mark after the time.
    const redis = REDIS_ROLE.test(tokens.at(0)?.text ?? '') && /^\d{1,2}$/.test(tokens.at(1)?.text ?? '');
    if (redis) {
        timed = true;
        take(0);
        k = 1;
    }
    for (; tokens.at(k) !== undefined; k++) {
        const t = tokens.at(k)?.text ?? '';
        const next = tokens.at(k + 1)?.text ?? '';
        // PostgreSQL: the level ends the prefix; a continuation's word is its message's.
        const pg = timed && t.endsWith(':') ? POSTGRES.exec(t) : null;
        if (pg) {
            const word = pg[1] ?? '';
            const levelled = POSTGRES_LEVEL[word] ?? (word.startsWith('DEBUG') ? 'debug' : undefined);
            const at = tokens.at(k);
            if (levelled === undefined && at) {
                return { end: at.start + t.length - word.length - 1, continues: true };
            }
            level = levelled;
            take(k);
            k++;
            break;
        }
        // klog's `file.go:123]` ends its header.
        if (klog !== undefined && /^[\w.-]+:\d+\]$/.test(t)) {
            take(k);
            k++;
            break;
        }
        if (redis &&
            level === undefined &&
            REDIS_LEVEL[t] !== undefined &&
            isTime(tokens.at(k - 1)?.text ?? '')) {
            level = REDIS_LEVEL[t];
            take(k);
            k++;
            break;
        }
        // nginx after its level: `1#1:` (pid#tid) and `*2195` (the connection).
        if (afterLevel && /^\d+#\d+:$/.test(t)) {
            take(k);
            if (/^\*\d+$/.test(next))
                take(++k);
            k++;
            break;
        }
        // After the level a number is the message's (`INFO 162 double-hummer …`), unless more header
        // follows it (Spring Boot's `INFO 12345 --- [main]`).
        if (afterLevel && /^\d+$/.test(t) && !SEPARATORS.has(next) && !isBracket(next))
            break;
        if (isTime(t) || (/^\d+$/.test(t) && (timed || k === 0))) {
            timed = true;
            take(k);
            continue;
        }
        const l = level === undefined ? levelOf(t) : undefined;
        // First in the line, a level is one when it looks like one (`ERROR`, `error:`, `[warn]`):
        // `error budget ok` is a message.
        const marked = isBracket(t) || t.endsWith(':') || /^[A-Z]+$/.test(t);
        if (l !== undefined && (timed || (k <= 1 && marked) || isBracket(t))) {
            level = l;
            afterLevel = true;
            take(k);
            continue;
        }
        if (level === undefined && timed && LOGCAT[t] !== undefined && LOGGER_COLON.test(next)) {
            level = LOGCAT[t];
            take(k);
            continue;
        }
        if (isBracket(t) && (timed || k === 0 || afterLevel)) {
            level ??= levelOf(t);
            timed = true;
            take(k);
            continue;
        }
        if (SEPARATORS.has(t) && (timed || k === 0)) {
            take(k);
            continue;
        }
        // A host or file name that a date or time follows, even first (`nova-api.log.1 2017-05-16`).
        if (HOST.test(t) && /[\d.:-]/.test(t) && DATE_OR_TIME.test(next)) {
            take(k);
            continue;
        }
        if (!timed && !afterLevel)
            break;
        // Facility words before the level (`RAS KERNEL INFO`): through the level.
        if (level === undefined && (ALLCAPS.test(t) || HOST.test(t))) {
            const at = [1, 2, 3].find((d) => levelOf(tokens.at(k + d)?.text ?? '') !== undefined);
            const between = tokens.slice(k, at === undefined ? k : k + at).map((x) => x.text);
            if (at !== undefined &&
                between.every((x) => ALLCAPS.test(x) || (HOST.test(x) && /\d/.test(x)))) {
                k += at;
                level = levelOf(tokens.at(k)?.text ?? '');
                afterLevel = true;
                take(k);
                continue;
            }
        }
        // Ends the header: `prog[pid]:`, `Logger:`.
        if (PROGRAM_PID.test(t) || LOGGER_COLON.test(t)) {
            take(k);
            k++;
            break;
        }
        // A host name before more of the header: a timestamp, `prog[pid]:`, another host. Not after
        // the level: there a word and a number are the message's (`INFO iar 00106210 dear …`).
        if (!afterLevel &&
            HOST.test(t) &&
            (isTime(next) ||
                PROGRAM_PID.test(next) ||
                // `local@tbird-admin1 gmetad:`: a located host, then its program.
                (/[@/]/.test(t) && /\d/.test(t) && LOGGER_COLON.test(next)) ||
                (/\d/.test(t) && HOST.test(next) && /\d/.test(next)))) {
            take(k);
            continue;
        }
        // A dotted logger after the level (`nova.compute.manager`, `o.s.b.StartupInfoLogger`), with
        // its bracketed context and a lone `:` or `-` after it.
        if (afterLevel && DOTTED_LOGGER.test(t)) {
            take(k);
            if (isBracket(next))
                take(++k);
            if (SEPARATORS.has(tokens.at(k + 1)?.text ?? ''))
                take(++k);
            k++;
            break;
        }
        // A program and a lone `-` (`chrome.exe - …`, `chrome.exe *64 - …`).
        const dash = [1, 2].find((d) => tokens.at(k + d)?.text === '-');
        if (dash !== undefined && t.length <= 64) {
            take(k + dash);
            k += dash + 1;
            break;
        }
        break;
    }
    // A column format with no level (HPC: `<id> <node> <component> <state> <epoch> <flag> …`):
    // when the walk stopped early, a Unix time in seconds a few columns on ends the header.
    if (level === undefined && timed && k <= 2) {
        for (let e = k; e < k + EPOCH_LOOKAHEAD; e++) {
            const t = tokens.at(e)?.text;
            if (t === undefined || /["'=]/.test(t))
                break;
            if (isEpochSeconds(t)) {
                take(e);
                break;
            }
        }
    }
    return { end, ...(level ? { level } : {}) };
}
/** Columns a Unix time may be ahead of where the walk stopped. */
const EPOCH_LOOKAHEAD = 6;
/** Ten digits that are a time between 2000 and 2040 in seconds. */
function isEpochSeconds(t) {
    if (t.length !== 10 || !/^\d{10}$/.test(t))
        return false;
    const n = Number(t);
    return n >= 946_684_800 && n < 2_208_988_800;
}
/** `20171223-22:15:29:606|Step_LSC|30002312|onStandStepChanged 3579`: fields before the last `|`. */
function pipeHeader(line) {
    const bar = line.indexOf('|');
    if (bar < 0)
        return undefined;
    const first = line.split(/\s/, 1)[0] ?? '';
    if (first.length < bar)
        return undefined;
    const fields = first.split('|');
    if (fields.length < 3 || !TIME_PART.test(fields[0] ?? ''))
        return undefined;
    const cut = first.lastIndexOf('|') + 1;
    const message = line.slice(cut);
    if (message.trim() === '')
        return undefined;
    const level = fields
        .slice(1, -1)
        .map(levelOf)
        .find((l) => l !== undefined);
    return { header: line.slice(0, cut), message, ...(level ? { level } : {}) };
}

// Tokens of a log message for template mining, with structure Drain's whitespace split loses: a
// quoted string, a bracketed list and a parenthesized aside are one token however many words
// they hold (a user agent, a SQL statement, `[a, b, c]`, `(18.4 KB)`), so a value's word count
// never changes a line's length, which Drain groups by; and a run of `key=value` fields is put in
// key order, so fields printed in varying order are one message. Written here: the tokenizers on
// npm split shell words or source code, not log messages.
/** A span longer than this is not one value: its words are tokens. */
const MAX_SPAN = 400;
const CLOSE = { '"': '"', "'": "'", '[': ']', '(': ')', '{': '}' };
/** The index just past the span opened at `i`, or -1 when it does not close in MAX_SPAN. */
function spanEnd(line, i) {
    const open = line[i] ?? '';
    const close = CLOSE[open];
    if (close === undefined)
        return -1;
    const limit = Math.min(line.length, i + MAX_SPAN);
    if (open === '"' || open === "'") {
        for (let j = i + 1; j < limit; j++) {
            if (line[j] === '\\')
                j++;
            else if (line[j] === close) {
                // A quote closes before a space, the end or punctuation (`don't` opens nothing).
                const after = line[j + 1];
                return after === undefined ||
                    isSpaceCode(line.charCodeAt(j + 1)) ||
                    /[,;:.)\]}]/.test(after)
                    ? j + 1
                    : -1;
            }
        }
        return -1;
    }
    let depth = 0;
    for (let j = i; j < limit; j++) {
        const c = line[j];
        if (c === open)
            depth++;
        else if (c === close && --depth === 0)
            return j + 1;
    }
    return -1;
}
const SQL = /^(?:SELECT|INSERT|UPDATE|DELETE|WITH|MERGE|UPSERT|COPY|BEGIN|COMMIT|ROLLBACK|CREATE|ALTER|DROP|TRUNCATE|VACUUM|ANALYZE|SET|SHOW|CALL|EXPLAIN)$/;
const REQUEST_LINE = /^"(?:GET|POST|PUT|DELETE|PATCH|HEAD|OPTIONS|CONNECT|TRACE) \S/;
const CONTEXT_KEY = /^[A-Za-z_][\w-]*:$/;
/**
 * Removes a trailing context list, `…, client: 10.0.0.1, server: shop, request: "GET / HTTP/1.1"`
 * (nginx's error log and many like it): two or more `key: value` pairs after a comma, to the end
 * of the line. Which pairs a line has varies (`upstream:`, `referrer:` come and go); the event is
 * what comes before them.
 */
function dropTrailingContext(tokens) {
    for (let i = 1; i + 3 < tokens.length; i++) {
        if (!(tokens[i - 1] ?? '').endsWith(',') || !CONTEXT_KEY.test(tokens[i] ?? ''))
            continue;
        let j = i;
        let pairs = 0;
        while (j + 1 < tokens.length && CONTEXT_KEY.test(tokens[j] ?? '')) {
            pairs++;
            const value = tokens[j + 1] ?? '';
            j += 2;
            if (j < tokens.length && !value.endsWith(','))
                break;
        }
        if (pairs >= 2 && j === tokens.length) {
            tokens.splice(i);
            tokens[i - 1] = (tokens[i - 1] ?? '').slice(0, -1);
            return;
        }
    }
}
/**
 * A message that is itself quoted (klog: `"SyncLoop UPDATE" pods=[…]`) is words, not a value:
 * its quotes come off its first and last word, so `UPDATE` is a word like any other.
 */
function unquoteMessage(line, tokens) {
    if (!line.startsWith('"') || REQUEST_LINE.test(line.slice(0, 40)))
        return;
    let length = 0;
    for (let k = 0; k < tokens.length; k++) {
        const token = tokens[k] ?? '';
        length += token.length;
        if (k > 0 && token.endsWith('"') && !token.endsWith('\\"')) {
            tokens[0] = (tokens[0] ?? '').slice(1);
            tokens[k] = (tokens[k] ?? '').slice(0, -1);
            return;
        }
        if (length > MAX_SPAN)
            return;
    }
}
/** The message's tokens (see the file comment). */
function structuredTokens(line) {
    const tokens = [];
    const n = line.length;
    let i = 0;
    // The previous token ends with `:`.
    let afterLabel = false;
    while (i < n) {
        while (i < n && isSpaceCode(line.charCodeAt(i)))
            i++;
        if (i >= n)
            break;
        const start = i;
        // A span when it starts the token, or follows `key=`, and holds a space: a word stays a
        // word. Not the message's first token, unless it is an access log's request line:
        // `"SyncLoop UPDATE" pods=[…]` (klog) quotes the message itself, whose words are the event.
        // Where a span may open: the token's start, or after its `key=` (`[A-Za-z_][\w.-]*=`,
        // within 80 characters) when an opener follows it. Scanned once: a key's characters are
        // no space, so the token's end is looked for after them.
        let open = i;
        let scanned = i;
        if (tokens.length > 0 && isKeyStart(line.charCodeAt(i))) {
            const limit = Math.min(n, i + 80);
            let j = i + 1;
            while (j < limit && isKeyChar(line.charCodeAt(j)))
                j++;
            if (j + 1 < limit && line.charCodeAt(j) === 61 && isOpener(line.charCodeAt(j + 1)))
                open = j + 1;
            else
                scanned = j;
        }
        const spannable = tokens.length > 0 || (line.charCodeAt(i) === 34 && REQUEST_LINE.test(line.slice(i, i + 40)));
        const end = spannable && isOpener(line.charCodeAt(open)) ? spanEnd(line, open) : -1;
        i = end > 0 && /\s/.test(line.slice(open, end)) ? end : scanned;
        // `(order_id, sku)=(901158, SKU-1632)`: a span, `=`, and the span of its values.
        if (i === end && line.charCodeAt(i) === 61 && isOpener(line.charCodeAt(i + 1))) {
            const values = spanEnd(line, i + 1);
            if (values > 0)
                i = values;
        }
        while (i < n && !isSpaceCode(line.charCodeAt(i)))
            i++;
        // A SQL statement after a label (`statement: SELECT …`, `STATEMENT:  INSERT …`) is one value,
        // to the end of the line; so is a list of bind parameters (`parameters: $1 = '42', $2 = …`).
        if (afterLabel && (SQL.test(line.slice(start, i)) || line.slice(start, i) === '$1'))
            i = n;
        afterLabel = line.charCodeAt(i - 1) === 58;
        tokens.push(i === n ? line.slice(start).trimEnd() : line.slice(start, i));
    }
    unquoteMessage(line, tokens);
    dropTrailingContext(tokens);
    // Runs of key=value fields in key order.
    for (let a = 0; a < tokens.length;) {
        let b = a;
        while (b < tokens.length && isKeyValue(tokens[b] ?? ''))
            b++;
        if (b - a >= 2) {
            const run = tokens
                .slice(a, b)
                .sort((x, y) => x.slice(0, x.indexOf('=')).localeCompare(y.slice(0, y.indexOf('='))));
            tokens.splice(a, b - a, ...run);
        }
        a = Math.max(b, a + 1);
    }
    return tokens;
}
// CLOSE's keys: `"`, `'`, `[`, `(`, `{`.
const isOpener = (c) => c === 34 || c === 39 || c === 91 || c === 40 || c === 123;
const isSpaceCode = (c) => c === 32 || c === 9 || c === 10 || c === 13;
const isKeyValue = (token) => token.indexOf('=') > 0 && KEY_FIELD.test(token);
const isKeyStart = (c) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
const isKeyChar = (c) => isKeyStart(c) || (c >= 48 && c <= 57) || c === 46 || c === 45;
// Words that name what happened rather than to what: outcomes, states, lifecycle steps, HTTP
// methods and the like. Two different ones at one position are two events (`request completed`,
// `request aborted`); a user, host or service name is a value.
const EVENT_WORDS = new Set(`add added update updated delete deleted remove removed create created reconcile sync get post put patch head options
  start started starting stop stopped stopping begin end pause paused resume resumed restart restarted
  open opened close closed reset connect connected disconnect disconnected accept accepted reject rejected
  deny denied allow allowed enable enabled disable disabled succeed succeeded success successful fail failed failure
  complete completed abort aborted cancel cancelled canceled timeout expired expire retry retrying skip skipped
  spawn spawned destroy destroyed kill killed exit exited load loaded unload unloaded mount mounted unmount unmounted
  attach attached detach detached register registered deregister deregistered lock locked unlock unlocked
  initialization finalization initialized finalized shutdown startup ready healthy unhealthy up down on off
  true false yes no found missing invalid valid read write sent received acquired released`
    .split(/\s+/)
    .filter(Boolean));
const WORD = /^[A-Za-z]+[.,:;!]?$/;
/** Whether two tokens at one position name different events (see EVENT_WORDS). */
function distinctEvents(constant, token) {
    if (!WORD.test(constant) || !WORD.test(token))
        return false;
    const a = constant.replace(/[.,:;!]$/, '').toLowerCase();
    const b = token.replace(/[.,:;!]$/, '').toLowerCase();
    return a !== b && EVENT_WORDS.has(a) && EVENT_WORDS.has(b);
}

// What of a log line is mined: its first line, up to MAX_MINE_CHARS characters. A template is in
// a line's start, and the cost of a huge line stays that of a long one. Shared by the product's
// miner (context/templates.ts) and the detector's template key (detect/key.ts).
/** Characters of a line that are mined. */
const MAX_MINE_CHARS = 2_000;
/** The first line of a message, its first MAX_MINE_CHARS characters. */
function mineText(message) {
    const end = message.indexOf('\n');
    const first = end < 0 ? message : message.slice(0, end);
    return first.length > MAX_MINE_CHARS ? first.slice(0, MAX_MINE_CHARS) : first;
}

// Log templates the way OpsLoop mines them everywhere (the incident's log summary, `opsloop
// templates`, the bench): each line's header told from its message (context/log-header.ts; a JSON
// or logfmt line's own fields), the severity from the header's level (else from the message,
// context/severity.ts), and one Drain miner over the messages, in structured tokens
// (context/log-tokens.ts), with its defaults and no per-source settings. Online: one pass, a line
// at a time; memory grows with templates, never with lines.
/** The severity a declared level is (the summary's four: fatal, error, warn, info). */
const SEVERITY_OF_LEVEL = {
    trace: 'info',
    debug: 'info',
    info: 'info',
    notice: 'info',
    warning: 'warn',
    error: 'error',
    critical: 'fatal'
};
// A JSON line's own header fields: not part of its message.
const JSON_HEADER = new Set([
    'level',
    'levelname',
    'severity',
    'lvl',
    'time',
    'timestamp',
    'ts',
    '@timestamp',
    'date',
    'pid',
    'hostname',
    'host',
    'v',
    'msg',
    'message'
]);
/**
 * A structured line's message: its message field's text, then each other field but the header's
 * as `key=<*>` in key order (a field's value is the line's data; which fields it has is the
 * event's shape); the whole line when that leaves nothing.
 */
function fieldsMessage(msg, keys, level, text) {
    const fields = [...keys]
        .filter((k) => !JSON_HEADER.has(k))
        .sort()
        .map((k) => `${k}=${WILDCARD}`);
    const message = [msg, ...fields].join(' ').trim();
    return { message: message === '' ? text : message, ...(level ? { level } : {}) };
}
/** pino's and bunyan's numeric levels. */
const NUMERIC_LEVEL = (n) => n >= 60 ? 'critical' : n >= 50 ? 'error' : n >= 40 ? 'warning' : n >= 30 ? 'info' : 'debug';
/** A JSON object line (pino, bunyan, structlog, Powertools): its level and fields. */
function jsonLine(line) {
    const text = line.trim();
    if (!text.startsWith('{') || !text.endsWith('}'))
        return undefined;
    let value;
    try {
        value = JSON.parse(text);
    }
    catch {
        return undefined;
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value))
        return undefined;
    const fields = value;
    const msg = fields.msg ?? fields.message;
    const raw = fields.level ?? fields.levelname ?? fields.severity ?? fields.lvl;
    const level = typeof raw === 'number'
        ? NUMERIC_LEVEL(raw)
        : typeof raw === 'string'
            ? levelOf(raw)
            : undefined;
    return fieldsMessage(typeof msg === 'string' ? msg : '', Object.keys(fields), level, text);
}
// logfmt: `level=info time=… msg="Stopping container" container="worker" module=x.go`.
const LOGFMT_PAIR = /([A-Za-z_][\w.-]*)=("(?:[^"\\]|\\.)*"|\S*)/g;
/** A logfmt line (every field `key=value`, at least three), read as a JSON line is. */
function logfmtLine(line) {
    const text = line.trim();
    if (!KEY_FIELD.test(text))
        return undefined;
    const fields = new Map();
    let covered = 0;
    for (const m of text.matchAll(LOGFMT_PAIR)) {
        fields.set(m[1] ?? '', m[2] ?? '');
        covered += m[0].length;
    }
    // Every character but the spaces between fields.
    if (fields.size < 3 || covered < text.length - fields.size)
        return undefined;
    const unquote = (v) => v?.startsWith('"') ? v.slice(1, -1).replace(/\\(.)/g, '$1') : (v ?? '');
    const msg = unquote(fields.get('msg') ?? fields.get('message'));
    const raw = unquote(fields.get('level') ?? fields.get('lvl') ?? fields.get('severity'));
    return fieldsMessage(msg, fields.keys(), raw === '' ? undefined : levelOf(raw), text);
}
/** The header and message of a line: a JSON object's or logfmt fields, else the printed header. */
function splitLine(line) {
    const first = mineText(line);
    const json = jsonLine(first) ?? logfmtLine(first);
    if (json !== undefined)
        return json;
    const split = splitHeader(first);
    // A line with no level of its own that continues a multi-line record printed line by line.
    if (split.level === undefined && !split.continues && continuesRecord(first, split.message))
        return { ...split, continues: true };
    return split;
}
// A record's continuation: an indented line (stack frames, wrapped text), or an exception, a
// `Caused by:`, a traceback's first line or a `... 12 more` that a stack trace prints unindented.
const CONTINUATION = /^(?:(?:[A-Za-z_$][\w$]*\.)*[A-Za-z_$][\w$]*(?:Error|Exception|Throwable)(?::|$|\s)|Caused by:|Traceback \(most recent call last\):|\.\.\. \d+ (?:more|common frames omitted))/;
function continuesRecord(line, message) {
    const c = line.charCodeAt(0);
    return ((c === 9 || c === 32) && line.trim() !== '') || CONTINUATION.test(message);
}
/**
 * A line's severity: the record's it continues (when known), else its header's level, else the
 * message's.
 */
function severityOf(line, previous) {
    if (line.continues && previous !== undefined)
        return previous;
    return line.level ? SEVERITY_OF_LEVEL[line.level] : detectSeverity(line.message);
}
class LogTemplateMiner {
    // One miner for every severity: the level is the header's, not a word of the message, so one
    // message logged at two levels is one template (each line keeps its own severity).
    miner = new DrainMiner({
        maxExamples: 0,
        maxValues: 0,
        tokenize: structuredTokens,
        distinct: distinctEvents,
        // Four different words at one position, among messages otherwise alike, make it a value.
        constantWords: 4
    });
    /** The last record's severity, for lines that continue it. */
    previous = 'info';
    /** Mines one line; `at` (epoch ms, default the line's number) dates the template's use. */
    add(line, at) {
        const parts = splitLine(line);
        const severity = severityOf(parts, this.previous);
        this.previous = severity;
        return { severity, template: this.miner.add(parts.message, at), message: parts.message };
    }
    /** The template a template with `id` is now part of, live. */
    template(id) {
        return this.miner.template(id);
    }
    /** Every template so far, in order of first appearance. */
    templates() {
        return this.miner.templates();
    }
}

export { DrainMiner as D, LogTemplateMiner as L, maskValues as a, isDateWord as i, mineText as m };
