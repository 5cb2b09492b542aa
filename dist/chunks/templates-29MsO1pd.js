import { d as detectSeverity } from './severity-DGMA2-R7.js';

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
const newNode = () => ({ children: new Map(), groups: [] });
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
    text;
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
            this.slotsFull = false;
        }
        return changed;
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
    /** The current line's masked tokens and their kinds, reused across lines. */
    masked = [];
    kinds = new Uint8Array(64);
    lines = 0;
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
            delimiters === undefined || delimiters.source === WHITESPACE.source
                ? splitWhitespace
                : (line) => line.split(delimiters).filter((t) => t !== '');
        this.maxExamples = options.maxExamples ?? 3;
        this.maxValues = options.maxValues ?? 5;
        this.maxTemplates = options.maxTemplates ?? 10_000;
        this.matchValues = (options.compareValues ?? 'masked') === 'masked';
    }
    /** Number of templates. */
    get size() {
        return this.groups.length;
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
        if (group !== undefined && this.matched < this.similarity && this.size < this.maxTemplates)
            group = undefined;
        let changed;
        if (group === undefined) {
            group = new Group(this.groups.length + 1, raw, this.masked, this.kinds, index);
            this.groups.push(group);
            this.insert(group, raw);
        }
        else {
            changed = group.merge(raw, this.masked);
            if (index < group.firstSeen)
                group.firstSeen = index;
            if (index > group.lastSeen)
                group.lastSeen = index;
        }
        group.count++;
        if (group.examples.length < this.maxExamples)
            this.example(group, line);
        // Values are sampled: every line at first, then one in 16, until each position is full.
        if (this.maxValues > 0 &&
            !group.slotsFull &&
            (group.count <= 256 || (group.count & 15) === 0 || changed !== undefined))
            this.collect(group, raw, changed);
        return group;
    }
    /** Snapshots of every template, in order of first appearance. */
    templates() {
        return this.groups.map((g) => g.snapshot());
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
        }
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
    search(raw) {
        const n = raw.length;
        let node = this.root.get(n);
        if (node === undefined)
            return undefined;
        const stop = Math.min(this.prefixTokens, n);
        for (let i = 0; i < stop; i++) {
            const next = node.children.get(raw[i] ?? '') ?? node.children.get(WILDCARD);
            if (next === undefined)
                return undefined;
            node = next;
        }
        return this.fastMatch(node.groups, raw);
    }
    /**
     * The most similar group at the leaf (ties: more variable positions, then the oldest); its
     * similarity goes to `matched`. Similarity is Drain's share of positions whose template constant equals the
     * line's token, plus positions where a keyed token (`uid=<NUM>`) has the same masked form.
     */
    fastMatch(groups, raw) {
        const n = raw.length;
        const masked = this.masked;
        const matchValues = this.matchValues;
        let best;
        let bestSim = -1;
        let bestParams = -1;
        for (const g of groups) {
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
                const kind = kinds[i];
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
            const token = raw[i] ?? '';
            const children = node.children;
            let next = children.get(token);
            if (next === undefined) {
                const wildcard = children.get(WILDCARD);
                if (hasDigit(token))
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
const DATE_WORDS = new Set('jan feb mar apr may jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun'.split(' '));
/** At most this many leading tokens are read as a header. */
const MAX_HEADER_TOKENS = 14;
/** Characters of a line the header may take. */
const MAX_HEADER_CHARS = 300;
/** Whitespace-separated tokens, a bracketed span (`[IPC Server handler 19 on 62270]`) as one. */
function leadingTokens(line) {
    const out = [];
    let i = 0;
    const n = Math.min(line.length, MAX_HEADER_CHARS);
    while (i < n && out.length < MAX_HEADER_TOKENS) {
        while (i < n && (line[i] === ' ' || line[i] === '\t'))
            i++;
        if (i >= n)
            break;
        const start = i;
        if (line[i] === '[') {
            let depth = 0;
            for (; i < line.length; i++) {
                if (line[i] === '[')
                    depth++;
                else if (line[i] === ']' && --depth === 0) {
                    i++;
                    break;
                }
            }
            // `[x]:` and `[x],` keep their punctuation.
            while (i < line.length && (line[i] === ':' || line[i] === ','))
                i++;
        }
        else
            while (i < line.length && line[i] !== ' ' && line[i] !== '\t')
                i++;
        out.push({ text: line.slice(start, i), start, end: i });
    }
    return out;
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
const levelOf = (text) => {
    const word = text.replace(/^[[(<]+|[\]):>,]+$/g, '').toLowerCase();
    return LEVELS[word];
};
const isTime = (t) => TIME_PART.test(t) || DATE_WORDS.has(t.toLowerCase().replace(/,$/, ''));
const isBracket = (t) => t.startsWith('[') && /\][:,]?$/.test(t);
/** The header and message of one line, and the level its header declares. */
function splitHeader(line) {
    const pipe = pipeHeader(line);
    if (pipe)
        return pipe;
    const tokens = leadingTokens(line);
    let level;
    let timed = false;
    let afterLevel = false;
    let end = 0;
    const take = (k) => {
        end = tokens[k]?.end ?? end;
    };
    let k = 0;
    for (; k < tokens.length; k++) {
        const t = tokens[k]?.text ?? '';
        const next = tokens[k + 1]?.text ?? '';
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
            const at = [1, 2, 3].find((d) => levelOf(tokens[k + d]?.text ?? '') !== undefined);
            const between = tokens.slice(k, at === undefined ? k : k + at).map((x) => x.text);
            if (at !== undefined &&
                between.every((x) => ALLCAPS.test(x) || (HOST.test(x) && /\d/.test(x)))) {
                k += at;
                level = levelOf(tokens[k]?.text ?? '');
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
        // A host name before more of the header: a timestamp, `prog[pid]:`, another host.
        if (HOST.test(t) &&
            (isTime(next) ||
                PROGRAM_PID.test(next) ||
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
            if (SEPARATORS.has(tokens[k + 1]?.text ?? ''))
                take(++k);
            k++;
            break;
        }
        // A program and a lone `-` (`chrome.exe - …`, `chrome.exe *64 - …`).
        const dash = [1, 2].find((d) => tokens[k + d]?.text === '-');
        if (dash !== undefined && t.length <= 64) {
            take(k + dash);
            k += dash + 1;
            break;
        }
        break;
    }
    const message = line.slice(end).replace(/^[\s]+/, '');
    // A line that is all header (or one the walk could not place) is its own message.
    if (message === '')
        return { header: '', message: line, ...(level ? { level } : {}) };
    return { header: line.slice(0, end), message, ...(level ? { level } : {}) };
}
/** `20171223-22:15:29:606|Step_LSC|30002312|onStandStepChanged 3579`: fields before the last `|`. */
function pipeHeader(line) {
    const first = line.split(/\s/, 1)[0] ?? '';
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

// Log templates the way OpsLoop mines them everywhere (the incident's log summary, `opsloop
// templates`, the bench): each line's header told from its message (context/log-header.ts), the
// severity from the header's level field (else from the message, context/severity.ts), and one
// Drain miner per severity over the messages' first lines, with its defaults and no per-source
// settings. Online: one pass, a line at a time; memory grows with templates, never with lines.
const SEVERITY_OF_LEVEL = {
    trace: 'info',
    debug: 'info',
    info: 'info',
    notice: 'info',
    warning: 'warn',
    error: 'error',
    critical: 'fatal'
};
/** The first line; compact JSON gets a space after each `,"`, so its fields are tokens. */
function mineText(message) {
    const end = message.indexOf('\n');
    const first = end < 0 ? message : message.slice(0, end);
    return first.trimStart().startsWith('{') ? first.replace(/,"/g, ', "') : first;
}
class LogTemplateMiner {
    miners = new Map();
    /** Mines one line; `at` (epoch ms, default the line's number) dates the template's use. */
    add(line, at) {
        const split = splitHeader(mineText(line));
        const severity = split.level ? SEVERITY_OF_LEVEL[split.level] : detectSeverity(split.message);
        // One miner per severity: Drain would otherwise merge `ERROR x` into a large `INFO x`.
        let miner = this.miners.get(severity);
        if (miner === undefined) {
            miner = new DrainMiner({ maxExamples: 0, maxValues: 0 });
            this.miners.set(severity, miner);
        }
        return { severity, template: miner.add(split.message, at), message: split.message };
    }
    /** Every template so far, by severity. */
    templates() {
        return [...this.miners].flatMap(([severity, miner]) => miner.templates().map((template) => ({ severity, template })));
    }
}

export { DrainMiner as D, LogTemplateMiner as L, maskValues as m };
