import { createHash } from 'node:crypto';
import { a as compilePattern, c as checkParameterValue } from './parameters-DbSepTJw.js';
import { e as references, t as targetIds, S as SENSITIVE, f as selectingParameters } from './request-D_hjRL7m.js';
import { f as formatPath, a as locateInString, p as parseYaml, l as locate } from './yaml-source-B5uDbl-W.js';
import { c as canonicalJson } from './fingerprint-BtovXTfi.js';

/** Optimal-string-alignment distance: Levenshtein plus adjacent transpositions (typos like `tilte`). */
function editDistance(a, b) {
    const rows = a.length + 1;
    const cols = b.length + 1;
    const d = new Array(rows * cols).fill(0);
    const at = (i, j) => d[i * cols + j] ?? 0;
    for (let i = 0; i < rows; i++)
        d[i * cols] = i;
    for (let j = 0; j < cols; j++)
        d[j] = j;
    for (let i = 1; i < rows; i++) {
        for (let j = 1; j < cols; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            let v = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
                v = Math.min(v, at(i - 2, j - 2) + 1);
            }
            d[i * cols + j] = v;
        }
    }
    return at(rows - 1, cols - 1);
}
/** The closest candidate, if it is close enough to be a plausible typo (case-insensitive). */
function closest(word, candidates) {
    const limit = Math.max(1, Math.floor(word.length / 3));
    let best;
    let bestDistance = Infinity;
    for (const c of candidates) {
        const dist = editDistance(word.toLowerCase(), c.toLowerCase());
        if (dist < bestDistance) {
            best = c;
            bestDistance = dist;
        }
    }
    return bestDistance <= limit ? best : undefined;
}
function didYouMean(word, candidates) {
    const c = closest(word, candidates);
    return c === undefined ? '' : `; did you mean \`${c}\`?`;
}

// refa (regular-expression automata) takes about 130 ms to load, so it is loaded only when a
// catalog is validated, not when the action starts: a repeat delivery or a comment never pays.
let refa$1;
/** Loads the pattern analysis; `validateCatalog` calls it before any check that needs it. */
async function preparePatternAnalysis() {
    refa$1 ??= await import('./index-Bv_mfUbd.js').then(function (n) { return n.i; });
}
function lib$1() {
    if (!refa$1)
        throw new Error('preparePatternAnalysis() must finish before patterns are analysed');
    return refa$1;
}
// ---------------------------------------------------------------------------------------------
// Layer 2: what a parameter's enum or pattern admits
// ---------------------------------------------------------------------------------------------
/** Characters that mean something to the shell in an unquoted word (first match is reported). */
const METACHARACTERS = [
    ';',
    '&',
    '|',
    '$',
    '`',
    '(',
    ')',
    '<',
    '>',
    "'",
    '"',
    '\\',
    '\n',
    ' ',
    '*',
    '?',
    '\t',
    '\r',
    '[',
    '{',
    '}',
    '~',
    '#'
];
function display(c) {
    return c === '\n'
        ? 'newline'
        : c === ' '
            ? 'space'
            : c === '\t'
                ? 'tab'
                : c === '\r'
                    ? 'carriage return'
                    : c;
}
/**
 * Why a parameter's value is not predictable from the reviewed runbook and the approved value
 * (it has no `enum` and no anchored `pattern`), as `is an unconstrained string`; undefined when
 * it is. What a guard alarm's name and a workflow's inputs may be made of.
 */
function unconstrained(p) {
    if (p.enum)
        return undefined;
    if (p.type !== 'string')
        return `is ${p.type === 'integer' ? 'an' : 'a'} ${p.type} without an \`enum\``;
    if (p.pattern === undefined)
        return 'is an unconstrained string';
    return anchored(p.pattern) ? undefined : `has the pattern \`${p.pattern}\`, which is not anchored`;
}
/** Top-level alternation defeats anchors: `^a|b$` accepts anything ending in b. */
function anchored(pattern) {
    if (!pattern.startsWith('^') || !pattern.endsWith('$') || pattern.endsWith('\\$'))
        return false;
    let depth = 0;
    let inClass = false;
    for (let i = 1; i < pattern.length - 1; i++) {
        const c = pattern[i];
        if (c === '\\') {
            i++;
            continue;
        }
        if (inClass) {
            if (c === ']')
                inClass = false;
        }
        else if (c === '[')
            inClass = true;
        else if (c === '(')
            depth++;
        else if (c === ')')
            depth--;
        else if (c === '|' && depth === 0)
            return false;
    }
    return true;
}
/** Bounds the work one pattern may cost; a catalog is validated on every push. */
const MAX_NODES$1 = 20_000;
/** Patterns are compiled with the `u` flag, as ajv compiles them: characters are code points. */
function automaton(source, creation) {
    const { JS, NFA, transform, Transformers } = lib$1();
    const { expression, maxCharacter } = JS.Parser.fromLiteral({ source, flags: 'u' }).parse({
        maxNodes: MAX_NODES$1
    });
    // `simplify` applies most lookarounds exactly; the pattern's own `^`/`$` then go, since the
    // automaton accepts whole values.
    const simple = transform(Transformers.simplify(), expression);
    const edges = transform(Transformers.patternEdgeAssertions({ remove: true }), simple);
    return NFA.fromRegex(edges, { maxCharacter }, creation, new NFA.LimitedNodeFactory(MAX_NODES$1));
}
const languages = new Map();
/** The language of an anchored pattern as an automaton, exact when possible. */
function language(pattern) {
    const cached = languages.get(pattern);
    if (cached)
        return cached;
    lib$1(); // fails loudly here, not inside the attempts below, which read errors as "cannot analyse"
    const re = compilePattern(pattern);
    let result;
    if (re instanceof Error)
        result = re;
    else {
        const attempts = [
            [{ assertions: 'throw' }, ''],
            [{ assertions: 'throw', infinityThreshold: 16 }, 'it repeats too much to be expanded'],
            [
                { assertions: 'ignore', infinityThreshold: 16 },
                'it uses lookarounds the lint cannot follow'
            ]
        ];
        result = new Error('the pattern cannot be analysed');
        for (const [options, why] of attempts) {
            try {
                result = { re, nfa: automaton(pattern, options), why };
                break;
            }
            catch (error) {
                result = error;
            }
        }
    }
    languages.set(pattern, result);
    return result;
}
const probes = new Map();
/** Values that contain one of `chars` (or, with `atStart`, begin with one). */
function probe(chars, atStart = false) {
    const key = `${atStart ? '^' : '*'}${chars}`;
    let nfa = probes.get(key);
    if (!nfa) {
        const set = Array.from(chars, (c) => `\\u{${(c.codePointAt(0) ?? 0).toString(16)}}`).join('');
        nfa = automaton(`^${atStart ? '' : '[^]*'}[${set}][^]*$`, { assertions: 'throw' });
        probes.set(key, nfa);
    }
    return nfa;
}
/** An accepted value in the intersection of the pattern and `other`, checked against the pattern. */
function witness$1(lang, other) {
    let tried = 0;
    try {
        const { getIntersectionWordSets, Words } = lib$1();
        for (const set of getIntersectionWordSets(lang.nfa, other, MAX_NODES$1)) {
            const example = Words.fromUnicodeToString(Words.pickMostReadableWord(set));
            if (lang.re.test(example))
                return { found: true, example };
            if (++tried >= 20)
                break;
        }
    }
    catch (error) {
        return { found: 'maybe', why: `it is too complex to check (${error.message})` };
    }
    return tried === 0 ? undefined : { found: 'maybe', why: lang.why };
}
const facts = new Map();
/** What an anchored, valid pattern admits. Cached: a catalog repeats its patterns. */
function patternFacts(pattern) {
    const cached = facts.get(pattern);
    if (cached)
        return cached;
    const lang = language(pattern);
    let out;
    if (lang instanceof Error)
        out = { failed: lang.message };
    else {
        out = {};
        // One intersection settles the common, safe case; only a leak pays for naming the character.
        if (witness$1(lang, probe(METACHARACTERS.join(''))) !== undefined) {
            for (const char of METACHARACTERS) {
                const w = witness$1(lang, probe(char));
                if (w) {
                    out.metacharacter = { char, witness: w };
                    break;
                }
            }
        }
        const dash = witness$1(lang, probe('-', true));
        if (dash)
            out.leadingDash = dash;
    }
    facts.set(pattern, out);
    return out;
}
/** Why this parameter is unsafe to interpolate into a shell command, or undefined. */
function shellUnsafeReason(param) {
    if (param.type !== 'string')
        return undefined;
    if (param.enum) {
        for (const v of param.enum) {
            const bad = typeof v === 'string' ? METACHARACTERS.find((c) => v.includes(c)) : undefined;
            if (bad !== undefined)
                return `its enum value ${JSON.stringify(v)} contains the shell metacharacter ${display(bad)}`;
        }
        return undefined;
    }
    if (param.pattern === undefined) {
        return 'it is an unconstrained string; add an `enum` or an anchored `pattern` such as `^[a-z0-9-]{1,63}$`';
    }
    if (compilePattern(param.pattern) instanceof Error)
        return undefined; // reported by the pattern rule
    if (!anchored(param.pattern)) {
        return `its pattern \`${param.pattern}\` is not anchored: start it with \`^\`, end it with \`$\` and group any alternatives`;
    }
    const found = patternFacts(param.pattern);
    if (found.failed !== undefined)
        return `its pattern \`${param.pattern}\` cannot be checked for shell metacharacters (${found.failed}); write it with character classes and bounded repeats only`;
    const meta = found.metacharacter;
    if (!meta)
        return undefined;
    const c = display(meta.char);
    if (meta.witness.found === true)
        return `its pattern \`${param.pattern}\` accepts ${JSON.stringify(meta.witness.example)}, which contains the shell metacharacter ${c} (leave it out of the pattern's character classes, e.g. \`[a-z0-9._-]\`)`;
    return `its pattern \`${param.pattern}\` may accept the shell metacharacter ${c} (${meta.witness.why}); write it with character classes and quantifiers only, without ${c}`;
}
/**
 * A value of this string parameter that starts with `-`, if its enum or pattern admits one.
 * Unconstrained and unanchored strings are reported by `shellUnsafeReason` instead.
 */
function leadingDashExample(param) {
    if (param.type !== 'string')
        return undefined;
    if (param.enum) {
        const v = param.enum.find((e) => typeof e === 'string' && e.startsWith('-'));
        return typeof v === 'string' ? v : undefined;
    }
    if (param.pattern === undefined || !anchored(param.pattern))
        return undefined;
    if (compilePattern(param.pattern) instanceof Error)
        return undefined;
    const dash = patternFacts(param.pattern).leadingDash;
    if (!dash)
        return undefined;
    return dash.found === true ? dash.example : '-…';
}
const SHELLS = new Set(['sh', 'bash', 'dash', 'ash', 'ksh', 'mksh', 'zsh', 'yash', 'busybox']);
/** Reserved words after which the next word is still a command name. */
const LEADING_KEYWORDS = new Set([
    '!',
    'if',
    'then',
    'elif',
    'else',
    'do',
    'while',
    'until',
    'time',
    '{',
    '}',
    'fi',
    'done'
]);
/** Commands whose first argument is the command (or script) they run. */
const WRAPPERS = new Set([
    'exec',
    'command',
    'builtin',
    'nohup',
    'sudo',
    'doas',
    'env',
    'nice',
    'setsid',
    'xargs',
    'source',
    '.'
]);
/** `[[ … ]]` operators that evaluate both sides as arithmetic. */
const ARITHMETIC_TESTS = new Set(['-eq', '-ne', '-lt', '-le', '-gt', '-ge']);
/** Builtins whose `-i` makes the assigned values arithmetic. */
const DECLARATIONS = new Set(['declare', 'typeset', 'local', 'export', 'readonly']);
/** Compound commands whose words are not arguments of a program. */
const NOT_PROGRAMS = new Set(['case', 'for', 'select', '[[', 'function', '=(']);
const ASSIGNMENT = /^[A-Za-z_][A-Za-z0-9_]*(\[[^\]]*\])?\+?=/;
const OPERATOR_CHARS = new Set([';', '&', '|', '(', ')', '<', '>']);
const basename = (word) => word.slice(word.lastIndexOf('/') + 1);
const newScript = (closer) => ({
    kind: 'script',
    ...(closer ? { closer } : {}),
    depth: 0,
    cases: 0,
    cmd: {},
    word: { text: '', started: false }
});
/**
 * Reads a script (the lines are joined by newlines, as SSM writes them to a file) the way bash
 * tokenises it, far enough to know the context of every placeholder. It is not a full parser:
 * where it cannot tell, it errs towards calling a place unsafe.
 */
class Lexer {
    text;
    starts = [];
    refs = new Map();
    found = [];
    stack = [newScript()];
    heredocs = [];
    i = 0;
    constructor(lines) {
        let offset = 0;
        for (const line of lines) {
            this.starts.push(offset);
            for (const ref of references(line)) {
                if (ref.kind !== 'invalid')
                    this.refs.set(offset + ref.index, ref);
            }
            offset += line.length + 1;
        }
        this.text = lines.join('\n');
    }
    run() {
        while (this.i < this.text.length) {
            const frame = this.stack.at(-1) ?? newScript();
            if (frame.kind === 'double')
                this.double();
            else
                this.script(frame);
        }
        for (const frame of this.stack)
            if (frame.kind === 'script')
                this.endCommand(frame);
        return this.found;
    }
    record(ref, at, context, extra = {}) {
        let line = 0;
        while (line + 1 < this.starts.length && (this.starts[line + 1] ?? 0) <= at)
            line++;
        // Inside quotes, the word still belongs to the command around it: `bash -c "… {{ p }}"`.
        const around = context === 'here-document' || context === 'comment' ? undefined : this.around();
        const reparsedBy = extra.reparsedBy ?? (around ? this.reparsedBy(around) : undefined);
        this.found.push({
            line,
            index: at - (this.starts[line] ?? 0),
            ref,
            context,
            commandName: false,
            argumentStart: false,
            ...extra,
            ...(reparsedBy === undefined ? {} : { reparsedBy })
        });
    }
    /** The innermost script frame: the command that the current word belongs to. */
    around() {
        for (let k = this.stack.length - 1; k >= 0; k--) {
            const f = this.stack[k];
            if (f?.kind === 'script')
                return f;
        }
        return undefined;
    }
    /** Which command, if any, parses the current word as shell code again. */
    reparsedBy(frame) {
        const { cmd, word } = frame;
        if (cmd.reparse !== undefined || cmd.reparseNext !== undefined)
            return cmd.reparse ?? cmd.reparseNext;
        if (cmd.su && /^--(session-)?command=/.test(word.text))
            return `${cmd.program ?? 'su'} -c`;
        return undefined;
    }
    /** Records the placeholder starting at `at` (if any) in `context`; returns the index after it. */
    skipRef(at, context) {
        const ref = this.refs.get(at);
        if (!ref)
            return undefined;
        this.record(ref, at, context);
        return at + ref.text.length;
    }
    /** Scans a region where every placeholder is in `context`, up to `end(index)`. */
    leaf(from, context, end) {
        let j = from;
        while (j < this.text.length) {
            const after = this.skipRef(j, context);
            if (after !== undefined) {
                j = after;
                continue;
            }
            const stop = end(j);
            if (stop !== undefined) {
                this.i = stop;
                return;
            }
            j++;
        }
        this.i = j;
    }
    singleQuoted(from, context) {
        this.leaf(from, context, (j) => (this.text[j] === "'" ? j + 1 : undefined));
    }
    ansiQuoted(from) {
        let escaped = false;
        this.leaf(from, 'ansi-c-quotes', (j) => {
            if (escaped) {
                escaped = false;
                return undefined;
            }
            if (this.text[j] === '\\')
                escaped = true;
            return this.text[j] === "'" ? j + 1 : undefined;
        });
    }
    backquoted(from) {
        let escaped = false;
        this.leaf(from, 'backquotes', (j) => {
            if (escaped) {
                escaped = false;
                return undefined;
            }
            if (this.text[j] === '\\')
                escaped = true;
            return this.text[j] === '`' ? j + 1 : undefined;
        });
    }
    braced(from) {
        let depth = 1;
        this.leaf(from, 'parameter-expansion', (j) => {
            if (this.text[j] === '{')
                depth++;
            else if (this.text[j] === '}' && --depth === 0)
                return j + 1;
            return undefined;
        });
    }
    arithmetic(from) {
        let depth = 2;
        this.leaf(from, 'arithmetic', (j) => {
            if (this.text[j] === '(')
                depth++;
            else if (this.text[j] === ')' && --depth === 0)
                return j + 1;
            return undefined;
        });
    }
    comment(from) {
        this.leaf(from, 'comment', (j) => (this.text[j] === '\n' ? j : undefined));
    }
    /** `$…` in a script or in double quotes; `this.i` is at the `$`. */
    dollar() {
        const t = this.text;
        const at = this.i;
        if (this.refs.has(at + 1)) {
            this.i = this.skipRef(at + 1, 'after-dollar') ?? at + 1;
            return true;
        }
        if (t.startsWith('$((', at)) {
            this.arithmetic(at + 3);
            return true;
        }
        if (t.startsWith('$(', at)) {
            this.stack.push(newScript(')'));
            this.i = at + 2;
            return true;
        }
        if (t.startsWith('${', at)) {
            this.braced(at + 2);
            return true;
        }
        return false;
    }
    double() {
        const t = this.text;
        const c = t[this.i];
        if (this.skipRefHere('double-quotes'))
            return;
        if (c === '"') {
            this.stack.pop();
            this.i++;
        }
        else if (c === '\\') {
            // `\` before a placeholder stays a backslash inside double quotes: the placeholder is
            // reported as being in double quotes on the next turn.
            this.i += this.refs.has(this.i + 1) ? 1 : 2;
        }
        else if (c === '`')
            this.backquoted(this.i + 1);
        else if (c === '$' && this.dollar())
            return;
        else
            this.i++;
    }
    skipRefHere(context) {
        const after = this.skipRef(this.i, context);
        if (after === undefined)
            return false;
        this.i = after;
        return true;
    }
    endWord(frame) {
        const { word, cmd } = frame;
        if (!word.started)
            return;
        const text = word.text;
        frame.word = { text: '', started: false };
        if (cmd.redirect) {
            cmd.redirect = false;
            return;
        }
        if (cmd.casePattern) {
            if (text === 'esac' && frame.cases > 0) {
                frame.cases--;
                cmd.casePattern = false;
            }
            return;
        }
        if (cmd.program === undefined) {
            if (ASSIGNMENT.test(text))
                return;
            if (LEADING_KEYWORDS.has(text))
                return;
            if (text === 'esac') {
                if (frame.cases > 0)
                    frame.cases--;
                return;
            }
            cmd.program = basename(text);
            cmd.args = 0;
            if (text === 'case')
                frame.cases++;
        }
        else if (cmd.program === 'case' && text === 'in') {
            frame.cmd = { casePattern: true };
            return;
        }
        else
            cmd.args = (cmd.args ?? 0) + 1;
        if (cmd.reparseNext !== undefined) {
            cmd.reparseNext = undefined;
            return;
        }
        const name = basename(text);
        if (text === '--')
            cmd.endOfOptions = true;
        if (SHELLS.has(name) && cmd.shell === undefined)
            cmd.shell = name;
        else if (cmd.shell && /^-[A-Za-z]*c[A-Za-z]*$/.test(text))
            cmd.reparseNext = `${cmd.shell} -c`;
        if (name === 'eval' || name === 'ssh' || name === 'watch')
            cmd.reparse ??= name;
        if ((cmd.program === 'let' && cmd.args === 0) ||
            (cmd.program === '[[' && ARITHMETIC_TESTS.has(text)) ||
            (DECLARATIONS.has(cmd.program) && /^[-+][A-Za-z]*i/.test(text)))
            cmd.arithmetic = true;
        if (name === 'trap' && cmd.program === 'trap')
            cmd.reparseNext = 'trap';
        if (name === 'su' || name === 'runuser')
            cmd.su = true;
        else if (cmd.su && /^(-c|--command|--session-command)$/.test(text))
            cmd.reparseNext = `${cmd.program} -c`;
    }
    endCommand(frame, casePattern = false) {
        this.endWord(frame);
        // Arithmetic evaluates the text of a value as an expression: `a[$(reboot)]` runs a command.
        if (frame.cmd.arithmetic)
            for (const use of frame.cmd.uses ?? [])
                use.context = 'arithmetic';
        frame.cmd = casePattern ? { casePattern: true } : frame.array ? { program: '=(' } : {};
    }
    placeholder(frame, ref) {
        const { word, cmd } = frame;
        const at = this.i;
        const wordStart = !word.started;
        const reparsedBy = this.reparsedBy(frame);
        const wrapped = WRAPPERS.has(cmd.program ?? '') && cmd.args === 0 && wordStart;
        const commandName = (cmd.program === undefined || wrapped) &&
            !cmd.redirect &&
            !cmd.casePattern &&
            !ASSIGNMENT.test(word.text);
        const argumentStart = wordStart &&
            !commandName &&
            !cmd.redirect &&
            !cmd.casePattern &&
            !cmd.endOfOptions &&
            reparsedBy === undefined &&
            !NOT_PROGRAMS.has(cmd.program ?? '');
        this.record(ref, at, 'word', {
            commandName,
            argumentStart,
            ...(reparsedBy === undefined ? {} : { reparsedBy }),
            ...(cmd.program === undefined ? {} : { program: cmd.program })
        });
        const use = this.found.at(-1);
        if (use)
            (cmd.uses ??= []).push(use);
        word.started = true;
        word.text += '\0';
        this.i = at + ref.text.length;
    }
    /** `<<`, `<<-` and their delimiter word; `this.i` is after the operator. */
    hereDocument(stripTabs) {
        const t = this.text;
        while (t[this.i] === ' ' || t[this.i] === '\t')
            this.i++;
        let delimiter = '';
        let quote;
        while (this.i < t.length) {
            if (this.skipRefHere('here-document'))
                continue;
            const c = t[this.i] ?? '';
            if (quote) {
                if (c === quote)
                    quote = undefined;
                else
                    delimiter += c;
            }
            else if (c === "'" || c === '"')
                quote = c;
            else if (c === '\\') {
                delimiter += t[this.i + 1] ?? '';
                this.i++;
            }
            else if (/\s/.test(c) || OPERATOR_CHARS.has(c))
                break;
            else
                delimiter += c;
            this.i++;
        }
        this.heredocs.push({ delimiter, stripTabs });
    }
    /** Bodies of pending here-documents; `this.i` is at the start of the line after the operator. */
    hereBodies() {
        const t = this.text;
        for (const doc of this.heredocs) {
            while (this.i < t.length) {
                const nl = t.indexOf('\n', this.i);
                const end = nl < 0 ? t.length : nl;
                const line = t.slice(this.i, end);
                if ((doc.stripTabs ? line.replace(/^\t+/, '') : line) === doc.delimiter) {
                    this.i = end + 1;
                    break;
                }
                for (let j = this.i; j < end; j++) {
                    const ref = this.refs.get(j);
                    if (ref)
                        this.record(ref, j, 'here-document');
                }
                this.i = end + 1;
            }
        }
        this.heredocs = [];
    }
    script(frame) {
        const t = this.text;
        const c = t[this.i] ?? '';
        const ref = this.refs.get(this.i);
        if (ref) {
            this.placeholder(frame, ref);
            return;
        }
        const { word, cmd } = frame;
        const at = this.i;
        switch (c) {
            case ' ':
            case '\t':
                this.endWord(frame);
                this.i++;
                return;
            case '\n':
                this.endCommand(frame, frame.cases > 0 && cmd.casePattern === true);
                this.i++;
                this.hereBodies();
                return;
            case '\\':
                if (this.refs.has(at + 1)) {
                    word.started = true;
                    this.i = this.skipRef(at + 1, 'after-backslash') ?? at + 1;
                }
                else {
                    // A backslash-newline joins lines; anything else is one quoted character.
                    if (t[at + 1] !== '\n')
                        word.started = true;
                    word.text += t[at + 1] ?? '';
                    this.i = at + 2;
                }
                return;
            case "'":
                word.started = true;
                this.singleQuoted(at + 1, 'single-quotes');
                return;
            case '"':
                word.started = true;
                this.stack.push({ kind: 'double' });
                this.i++;
                return;
            case '`':
                word.started = true;
                this.backquoted(at + 1);
                return;
            case '#':
                if (!word.started) {
                    this.comment(at + 1);
                    return;
                }
                break;
            case '$':
                word.started = true;
                if (t[at + 1] === "'") {
                    this.ansiQuoted(at + 2);
                    return;
                }
                if (t[at + 1] === '"') {
                    this.stack.push({ kind: 'double' });
                    this.i = at + 2;
                    return;
                }
                if (this.dollar())
                    return;
                break;
            case ';':
            case '&':
            case '|':
                this.operator(frame);
                return;
            case '(':
            case ')':
                this.paren(frame);
                return;
            case '<':
            case '>':
                this.redirection(frame);
                return;
        }
        word.started = true;
        word.text += c;
        this.i++;
    }
    operator(frame) {
        const t = this.text;
        const at = this.i;
        if (t.startsWith('&>', at)) {
            this.endWord(frame);
            frame.cmd.redirect = true;
            this.i = at + (t[at + 2] === '>' ? 3 : 2);
            return;
        }
        const caseEnd = /^;;&?|^;&/.exec(t.slice(at, at + 3))?.[0];
        this.endCommand(frame, caseEnd !== undefined && frame.cases > 0);
        this.i = at + (caseEnd?.length ?? (/^(&&|\|\||\|&)/.test(t.slice(at, at + 2)) ? 2 : 1));
    }
    paren(frame) {
        const t = this.text;
        const at = this.i;
        if (t[at] === '(') {
            // `name=(…)`: array elements are plain words, not a command.
            if (frame.word.started && ASSIGNMENT.test(frame.word.text) && frame.word.text.endsWith('=')) {
                const elements = { ...newScript(')'), array: true, cmd: { program: '=(' } };
                this.stack.push(elements);
                this.i = at + 1;
                return;
            }
            if (t[at + 1] === '(' && frame.cmd.program === undefined && !frame.word.started) {
                this.endWord(frame);
                this.arithmetic(at + 2);
                return;
            }
            this.endCommand(frame);
            frame.depth++;
            this.i = at + 1;
            return;
        }
        if (frame.cmd.casePattern) {
            this.endCommand(frame);
        }
        else if (frame.depth > 0) {
            this.endCommand(frame);
            frame.depth--;
        }
        else if (frame.closer === ')') {
            this.endCommand(frame);
            this.stack.pop();
        }
        else
            this.endCommand(frame);
        this.i = at + 1;
    }
    redirection(frame) {
        const t = this.text;
        const at = this.i;
        // `<(…)` and `>(…)`: a command list whose output or input is a file name.
        if (t[at + 1] === '(') {
            frame.word.started = true;
            this.stack.push(newScript(')'));
            this.i = at + 2;
            return;
        }
        // A word of digits just before is a file descriptor, not an argument.
        if (/^\d+$/.test(frame.word.text))
            frame.word = { text: '', started: false };
        this.endWord(frame);
        if (t.startsWith('<<<', at)) {
            frame.cmd.redirect = true;
            this.i = at + 3;
        }
        else if (t.startsWith('<<', at)) {
            const strip = t[at + 2] === '-';
            this.i = at + (strip ? 3 : 2);
            this.hereDocument(strip);
        }
        else {
            frame.cmd.redirect = true;
            this.i = at + (/^(>>|>&|<&|<>|>\|)/.test(t.slice(at, at + 2)) ? 2 : 1);
        }
    }
}
/** Every `{{ … }}` in a script and its shell context. */
function shellPlaceholders(lines) {
    return new Lexer(lines).run();
}
/** Why a placeholder at this place is refused, with the fix; undefined when it is safe. */
function placeholderProblem(p) {
    const t = p.ref.text;
    const bare = `write the placeholder bare (\`systemctl restart ${t}\`, never \`"${t}"\`): OpsLoop puts every value in single quotes itself, which is only exact outside any quotes of yours`;
    if (p.reparsedBy !== undefined) {
        const by = p.reparsedBy;
        const advice = {
            eval: 'run the command directly instead of through `eval`',
            ssh: 'run the command on the target itself (SSM already does) instead of through `ssh`',
            trap: `assign the value to a variable first (\`value=${t}\`) and use "$value" in the trap`,
            watch: `export the value first (\`export VALUE=${t}\`) and use "$VALUE" in fixed code (\`watch 'systemctl status "$VALUE"'\`)`
        };
        const how = advice[by] ??
            (/^(su|runuser) -c$/.test(by)
                ? `run the command as that user without a shell (\`runuser -u USER -- systemctl restart ${t}\`)`
                : `pass the value as an argument and use "$1" in the code (\`${by} 'systemctl restart "$1"' _ ${t}\`)`);
        return `\`${t}\` is part of the code that \`${by}\` runs: the shell parses the value a second time, so no quoting can make it safe; ${how}`;
    }
    switch (p.context) {
        case 'word':
            return p.commandName
                ? `\`${t}\` is the command name, so the value would choose which program runs; run fixed commands and choose between them with \`case\` on the value`
                : undefined;
        case 'double-quotes':
            return `\`${t}\` is inside double quotes, where the shell still runs \`$(…)\` and backquotes in the value; ${bare}`;
        case 'single-quotes':
            return `\`${t}\` is inside single quotes: OpsLoop's quotes would close yours and leave the value unquoted; ${bare}`;
        case 'ansi-c-quotes':
            return `\`${t}\` is inside $'…' quotes: OpsLoop's quotes would close yours and backslash escapes in the value would be decoded; ${bare}`;
        case 'backquotes':
            return `\`${t}\` is inside a backquoted command substitution, which strips backslashes from the value before running it; use \`$(…)\` and write the placeholder bare inside it`;
        case 'here-document':
            return `\`${t}\` is inside a here-document, whose body the shell expands (\`$(…)\` in the value would run) or, with a quoted delimiter, keeps OpsLoop's quotes; assign the value to a variable first (\`value=${t}\`) and use "$value" in the here-document`;
        case 'comment':
            return `\`${t}\` is inside a comment: a value holding a newline would end the comment and run as a command; take it out of the comment`;
        case 'parameter-expansion':
            return `\`${t}\` is inside \`\${…}\`, where OpsLoop's quotes do not work as in a plain word; assign the value to a variable first (\`value=${t}\`) and expand that`;
        case 'arithmetic':
            return `\`${t}\` is inside an arithmetic expression, which refuses OpsLoop's quotes and evaluates text as code (\`a[$(…)]\`); declare the parameter \`integer\`, assign it (\`n=${t}\`) and use \`$n\``;
        case 'after-backslash':
            return `\`${t}\` follows a backslash, which escapes OpsLoop's opening quote and leaves the value unquoted; remove the backslash`;
        case 'after-dollar':
            return `\`${t}\` follows a \`$\`, which turns OpsLoop's quotes into \`$'…'\` and decodes backslash escapes in the value; remove the \`$\` (or write \`$\` as \`\\$\`)`;
    }
}
// ---------------------------------------------------------------------------------------------
// Document parameters that are shell lines
// ---------------------------------------------------------------------------------------------
/**
 * Document parameters that hold shell lines in AWS-RunShellScript-like documents (Run Command or
 * an Automation document passing them on to `aws:runShellScript`): `commands`, `commandLine`.
 */
function isShellParameter(name) {
    return /^(commands|commandLine)$/i.test(name);
}
function usesOf(rb) {
    const scripts = [];
    const automation = [];
    const runCommand = new Set();
    const note = (value) => {
        for (const r of references(value))
            if (r.kind === 'param')
                runCommand.add(r.name);
    };
    const params = (values, at, isAutomation) => {
        for (const [name, v] of Object.entries(values ?? {})) {
            if (v === undefined || !isShellParameter(name))
                continue;
            const lines = typeof v === 'string' ? [v] : v;
            const paths = typeof v === 'string' ? [[...at, name]] : v.map((_, i) => [...at, name, i]);
            scripts.push({ lines, paths, automation: isAutomation });
        }
    };
    const steps = [
        [rb.execution, ['execution']],
        [rb.rollback, ['rollback']],
        [rb.verify?.check, ['verify', 'check']]
    ];
    for (const [step, at] of steps) {
        const run = step?.runCommand;
        if (run) {
            const base = [...at, 'runCommand'];
            if (run.commands)
                scripts.push({
                    lines: run.commands,
                    paths: run.commands.map((_, i) => [...base, 'commands', i]),
                    automation: false
                });
            params(run.parameters, [...base, 'parameters'], false);
            run.commands?.forEach(note);
            for (const v of Object.values(run.parameters ?? {}))
                if (typeof v === 'string')
                    note(v);
                else
                    v?.forEach(note);
        }
        const auto = step?.automation;
        if (auto) {
            const base = [...at, 'automation', 'parameters'];
            params(auto.parameters, base, true);
            automation.push([base, auto.parameters ?? {}]);
        }
    }
    return { scripts, automation, runCommand };
}
/** Why an Automation document parameter may receive anything, or undefined. */
function automationReason(p) {
    if (p.type !== 'string' || p.enum)
        return undefined;
    if (p.pattern === undefined)
        return 'an unconstrained string';
    if (compilePattern(p.pattern) instanceof Error)
        return undefined;
    if (!anchored(p.pattern))
        return `a string whose pattern \`${p.pattern}\` is not anchored`;
    const meta = patternFacts(p.pattern).metacharacter;
    if (!meta)
        return undefined;
    const shown = meta.witness.found === true ? JSON.stringify(meta.witness.example) : display(meta.char);
    return `a string whose pattern \`${p.pattern}\` accepts ${shown}, with the shell metacharacter ${display(meta.char)}`;
}
/**
 * The placement, option-injection and Automation-parameter rules over a schema-valid runbook.
 * (The pattern rule for Run Command lines is reported with the other semantic rules, through
 * `shellUnsafeReason`.)
 */
function lintShellUse(rb) {
    const declared = rb.parameters ?? {};
    const out = [];
    const { scripts, automation, runCommand: covered } = usesOf(rb);
    const viaAutomation = new Map();
    for (const script of scripts) {
        for (const use of shellPlaceholders(script.lines)) {
            const path = script.paths[use.line] ?? [];
            const at = { path, index: use.index };
            if (use.ref.kind === 'targets') {
                if (script.automation)
                    out.push({
                        ...at,
                        severity: 'error',
                        rule: 'shell-injection',
                        message: '`{{ targets }}` cannot be used in shell commands: targets come from the incident, which is untrusted input; pass them in another document parameter'
                    });
                continue;
            }
            if (use.ref.kind !== 'param')
                continue;
            const param = declared[use.ref.name];
            if (!param)
                continue; // reported as an undeclared reference
            if (script.automation && !covered.has(use.ref.name) && !viaAutomation.has(use.ref.name))
                viaAutomation.set(use.ref.name, path);
            const problem = placeholderProblem(use);
            if (problem) {
                out.push({
                    ...at,
                    severity: 'error',
                    rule: use.commandName && !use.reparsedBy ? 'shell-command-name' : 'shell-quoting',
                    message: problem
                });
                continue;
            }
            const dash = use.argumentStart ? leadingDashExample(param) : undefined;
            if (dash !== undefined) {
                const what = param.enum
                    ? 'its enum value'
                    : `its pattern \`${param.pattern ?? ''}\` accepts`;
                out.push({
                    ...at,
                    severity: 'error',
                    rule: 'shell-option-injection',
                    message: `\`${use.ref.text}\` starts an argument of \`${use.program ?? 'the command'}\` and ${what} ${JSON.stringify(dash)}, which the program would read as an option (think \`--help\` or \`-rf\`); make the value start with a letter or digit (\`^[a-z0-9][a-z0-9-]*$\`) or end the options first (\`${use.program ?? 'command'} -- ${use.ref.text}\`)`
                });
            }
        }
    }
    for (const [name, usedAt] of viaAutomation) {
        const p = declared[name];
        const reason = p ? shellUnsafeReason(p) : undefined;
        if (reason)
            out.push({
                path: ['parameters', name],
                at: 'key',
                severity: 'error',
                rule: 'shell-injection',
                message: `parameter \`${name}\` reaches shell commands through an Automation document (${formatPath(usedAt)}) but ${reason}`
            });
    }
    for (const [base, values] of automation) {
        for (const [key, v] of Object.entries(values)) {
            if (v === undefined || isShellParameter(key))
                continue;
            const items = typeof v === 'string' ? [[[...base, key], v]] : v.map((s, i) => [[...base, key, i], s]);
            for (const [path, value] of items) {
                for (const ref of references(value)) {
                    if (ref.kind !== 'param')
                        continue;
                    const p = declared[ref.name];
                    const reason = p ? automationReason(p) : undefined;
                    if (reason)
                        out.push({
                            path,
                            index: ref.index,
                            severity: 'warning',
                            rule: 'automation-parameter',
                            message: `\`${ref.text}\` gives the Automation document's \`${key}\` ${reason}: the document receives whatever value the triage proposes, and any step that builds a command or script from it can be injected; add an \`enum\` or an anchored \`pattern\` such as \`^[A-Za-z0-9._-]{1,128}$\``
                        });
                }
            }
        }
    }
    return out;
}
/** Does the first command make the script fail loudly (`set -euo pipefail` or equivalent)? */
function failsLoudly(commands) {
    const first = commands.find((c) => c.trim() !== '' && !c.trim().startsWith('#'))?.trim();
    const m = first ? /^set\s+(.+)$/.exec(first) : null;
    if (!m?.[1])
        return false;
    const words = m[1].split(/\s+/);
    const letters = new Set();
    const options = new Set();
    words.forEach((w, i) => {
        if (/^-[A-Za-z]+$/.test(w))
            for (const l of w.slice(1))
                letters.add(l);
        if (w.startsWith('-') && w.endsWith('o') && words[i + 1])
            options.add(words[i + 1] ?? '');
    });
    return ((letters.has('e') || options.has('errexit')) &&
        (letters.has('u') || options.has('nounset')) &&
        options.has('pipefail'));
}

/** CloudWatch's and SSM's `AlarmName`: 1 to 255 characters. */
const ALARM_NAME_MAX = 255;
/** The runbook's steps that name a guard alarm: where each sits, and its `guardAlarm` as written. */
function guardedSteps(rb) {
    const steps = [
        [['execution'], rb.execution],
        [['verify', 'check'], rb.verify?.check],
        [['rollback'], rb.rollback]
    ];
    return steps.flatMap(([path, action]) => {
        const template = action && 'guardAlarm' in action ? action.guardAlarm : undefined;
        return template === undefined ? [] : [{ path, template }];
    });
}
// ASCII control characters (CloudWatch refuses them), and the line separators SSM's `^(?!\s*$).+$`
// does not match.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f\u2028\u2029]/u;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
/**
 * Why `name` cannot be an alarm name, or undefined. CloudWatch's `AlarmName` is 1 to 255
 * characters of UTF-8 without ASCII control characters; SSM's (in `AlarmConfiguration`) also
 * matches `^(?!\s*$).+$`: not only white space, and on one line.
 */
function alarmNameProblem(name) {
    // Smithy lengths count code points, not UTF-16 units.
    // eslint-disable-next-line @typescript-eslint/no-misused-spread
    const length = [...name].length;
    if (length < 1 || length > ALARM_NAME_MAX)
        return `has ${length} characters, and CloudWatch alarm names have 1 to ${ALARM_NAME_MAX}`;
    if (name.trim() === '')
        return 'is only white space, which SSM refuses as an alarm name';
    const control = CONTROL.exec(name)?.[0];
    if (control !== undefined)
        return `holds the control character U+${control.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}, which CloudWatch refuses in alarm names`;
    if (LONE_SURROGATE.test(name))
        return 'is not valid UTF-8, which CloudWatch alarm names must be';
    return undefined;
}
/** Why a parameter cannot name a guard alarm, or undefined when it can. */
function unpredictable(name, p) {
    if (p.sensitive === true)
        return `parameter \`${name}\` is sensitive, and a guard alarm's name is shown in \`/dry-run\`, the run's replies and SSM's history: name the alarm with a parameter that is not sensitive`;
    const why = unconstrained(p);
    if (why === undefined)
        return undefined;
    const fix = p.type === 'string'
        ? 'an `enum` or an anchored `pattern` such as `^[a-z][a-z0-9-]{0,62}$`'
        : 'an `enum`';
    return `parameter \`${name}\` ${why}, so the alarm SSM watches could be any alarm of the account; the name must be predictable from the reviewed runbook and the approved values: give \`${name}\` ${fix}`;
}
/** The longest value a parameter with an `enum` can give, or undefined without one. */
function longest(p) {
    // eslint-disable-next-line @typescript-eslint/no-misused-spread
    return p?.enum && Math.max(...p.enum.map((v) => [...String(v)].length));
}
/**
 * Every guard alarm's references: known, declared parameters only (no `{{ targets }}`), each
 * constrained by `enum` or an anchored `pattern` and not sensitive; the text around them a
 * possible alarm name, and not too long whatever enum values are chosen.
 */
function checkGuardAlarms(rb, source) {
    const problems = [];
    const declared = rb.parameters ?? {};
    for (const { path, template } of guardedSteps(rb)) {
        const at = [...path, 'guardAlarm'];
        const push = (index, rule, message) => {
            problems.push({
                file: source.file,
                ...locateInString(source, at, index),
                severity: 'error',
                rule,
                message
            });
        };
        const refs = references(template);
        let length = 0;
        let bounded = true;
        for (const ref of refs) {
            if (ref.kind === 'invalid') {
                push(ref.index, 'template-reference', `\`${ref.text}\` is not a valid reference: ${ref.reason}`);
            }
            else if (ref.kind === 'targets') {
                push(ref.index, 'guard-alarm', '`{{ targets }}` cannot name a guard alarm: targets come from the incident, and SSM watches one alarm for the whole run; name the alarm after a parameter constrained by `enum` or an anchored `pattern` (for example `{{ params.role }}-healthy-hosts-low`)');
            }
            else if (!(ref.name in declared)) {
                const hint = didYouMean(ref.name, Object.keys(declared));
                const fix = hint ? `${hint} Otherwise declare` : ': declare';
                push(ref.index, 'template-reference', `\`${ref.text}\` refers to an undeclared parameter${fix} \`${ref.name}\` under \`parameters\``);
            }
            else {
                const param = declared[ref.name];
                const reason = param && unpredictable(ref.name, param);
                if (reason)
                    push(ref.index, 'guard-alarm', `\`${ref.text}\` names the guard alarm, but ${reason}`);
            }
            const most = ref.kind === 'param' ? longest(declared[ref.name]) : undefined;
            if (most === undefined)
                bounded = false;
            else
                length += most;
        }
        // A bad reference was reported above; the text around good ones must fit an alarm name.
        if (refs.some((r) => r.kind === 'invalid'))
            continue;
        const literal = [...refs]
            .reverse()
            .reduce((text, r) => text.slice(0, r.index) + text.slice(r.index + r.text.length), template);
        // eslint-disable-next-line @typescript-eslint/no-misused-spread
        length += [...literal].length;
        const problem = refs.length === 0
            ? alarmNameProblem(template)
            : CONTROL.test(literal)
                ? alarmNameProblem(literal)
                : bounded && length > ALARM_NAME_MAX
                    ? `can be ${length} characters long with the longest enum values, and CloudWatch alarm names have at most ${ALARM_NAME_MAX}`
                    : undefined;
        if (problem)
            push(0, 'guard-alarm', `the guard alarm \`${template}\` ${problem}; shorten or fix the name`);
    }
    return problems;
}

/**
 * Re-runs the script under bash where the agent's `sh` is dash: runbook lines use bash features
 * (`set -o pipefail`, `$((...))`). Under bash it does nothing.
 */
const BASH_PRELUDE = '[ -n "${BASH_VERSION:-}" ] || exec bash "$0" "$@"';
/** The schema's default for `timeoutSeconds` (verify checks have none of their own). */
const DEFAULT_TIMEOUT_SECONDS = 600;
const COMMENT_LIMIT = 100;
const TAG_VALUE_LIMIT = 256;
/** POSIX single-quote quoting: the shell reads the value back byte for byte, expanding nothing. */
function shellQuote(value) {
    const text = String(value);
    // A shell word cannot hold NUL; refusing beats silently cutting the value short.
    if (text.includes('\0'))
        throw new Error('a shell value cannot contain a NUL character');
    return `'${text.replaceAll("'", `'\\''`)}'`;
}
/** Characters SSM accepts in tag values (`^([\p{L}\p{Z}\p{N}_.:/=+\-@]*)$`), at most 256. */
function tagValue(value) {
    const kept = value.replace(/[^\p{L}\p{Z}\p{N}_.:/=+\-@]/gu, '');
    // Count code points, so a cut never splits a surrogate pair.
    return Array.from(kept).slice(0, TAG_VALUE_LIMIT).join('').trim();
}
/** Plain values SSM would itself resolve as `{{ssm:NAME}}` must not reach it from the plan. */
function checked(text, what) {
    if (text.includes('{{') || text.includes('}}'))
        throw new Error(`${what} contains \`{{\` or \`}}\`, which SSM would read as a reference`);
    return text;
}
function substitute(template, values, shell) {
    let out = template;
    // Right to left, so earlier indexes stay valid.
    for (const ref of references(template).reverse()) {
        let text;
        if (ref.kind === 'invalid')
            throw new Error(`\`${ref.text}\`: ${ref.reason}`);
        if (ref.kind === 'targets') {
            if (shell)
                throw new Error('`{{ targets }}` cannot be used in shell commands');
            const targets = values.targets ?? [];
            if (targets.length !== 1)
                throw new Error(`\`{{ targets }}\` inside a value needs one target, the plan has ${targets.length}`);
            text = checked(targets[0] ?? '', 'a target');
        }
        else {
            const param = values.params.get(ref.name);
            if (param === undefined)
                throw new Error(`parameter \`${ref.name}\` has no value in the plan`);
            const raw = checked(String(param.value), `parameter \`${ref.name}\``);
            text = values.masked && param.sensitive ? SENSITIVE : shell ? shellQuote(param.value) : raw;
        }
        out = out.slice(0, ref.index) + text + out.slice(ref.index + ref.text.length);
    }
    return out;
}
/**
 * Shell lines with every `{{ params.NAME }}` replaced by its single-quoted value. Single quotes are
 * exact in a plain word and wrong anywhere else: inside the author's own quotes, a here-document,
 * a comment, or code that `bash -c`, `eval`, `su -c` or `ssh` parses a second time. Such a
 * placeholder is refused rather than quoted for its context, because how many times a string is
 * parsed cannot be read from the script; validation refuses it too, with advice. So is a string
 * value starting with `-` where it starts an argument (it would be read as an option).
 */
function shellLines(lines, values) {
    for (const use of shellPlaceholders(lines)) {
        if (use.ref.kind !== 'param')
            continue; // `{{ targets }}` and bad references: substitute says why
        const problem = placeholderProblem(use);
        if (problem)
            throw new Error(`shell line ${use.line + 1}: ${problem}`);
        const param = values.params.get(use.ref.name);
        if (use.argumentStart && typeof param?.value === 'string' && param.value.startsWith('-')) {
            const shown = param.sensitive ? 'a value' : JSON.stringify(param.value);
            throw new Error(`shell line ${use.line + 1}: parameter \`${use.ref.name}\` is ${shown} starting with \`-\`, which \`${use.program ?? 'the command'}\` would read as an option; refusing to run it`);
        }
    }
    return lines.map((line) => substitute(line, values, true));
}
function documentParameters(params, values) {
    const out = {};
    for (const [name, value] of Object.entries(params ?? {})) {
        if (value === undefined)
            continue;
        if (isShellParameter(name)) {
            out[name] = shellLines(typeof value === 'string' ? [value] : value, values);
            continue;
        }
        if (typeof value === 'string') {
            out[name] = [substitute(value, values, false)];
            continue;
        }
        out[name] = value.flatMap((item) => {
            if (!isWholeTargets(item))
                return [substitute(item, values, false)];
            return (values.targets ?? []).map((t) => checked(t, 'a target'));
        });
    }
    return out;
}
/** An item that is `{{ targets }}` and nothing else (spaces around it aside). */
function isWholeTargets(item) {
    const refs = references(item);
    return refs.length === 1 && refs[0]?.kind === 'targets' && refs[0].text === item.trim();
}
/** SSM's limits for rate-controlled `Targets` (`TargetValues`) and each child's parameter value. */
const TARGET_VALUES_LIMIT = 50;
const PARAMETER_VALUE_LIMIT = 512;
/**
 * The document parameter a rate-controlled automation fans out over: the only one whose whole
 * value is the targets, when the plan has any. Shell parameters never qualify (`{{ targets }}` is
 * refused there), and two such parameters leave the targets to the document.
 */
function fanOut(params, targets) {
    if (targets.length === 0)
        return undefined;
    const names = Object.entries(params ?? {}).flatMap(([name, value]) => {
        if (value === undefined || isShellParameter(name))
            return [];
        const items = typeof value === 'string' ? [value] : value;
        return items.length === 1 && isWholeTargets(items[0] ?? '') ? [name] : [];
    });
    const [name] = names;
    if (names.length !== 1 || name === undefined)
        return undefined;
    if (targets.length > TARGET_VALUES_LIMIT)
        throw new Error(`SSM runs a rate-controlled automation on at most ${TARGET_VALUES_LIMIT} parameter values; the plan has ${targets.length} targets`);
    const long = targets.find((t) => t.length < 1 || t.length > PARAMETER_VALUE_LIMIT);
    if (long !== undefined)
        throw new Error(`SSM takes automation parameter values of 1 to ${PARAMETER_VALUE_LIMIT} characters; a target has ${long.length}`);
    return { name, values: targets.map((t) => checked(t, 'a target')) };
}
const INSTANCE_ID = /^(i-([0-9a-f]{8}|[0-9a-f]{17})|mi-[0-9a-f]{17})$/;
const EC2_INSTANCE_ARN = /^arn:aws[a-z-]*:ec2:[a-z0-9-]+:[0-9]{12}:instance\/(i-[0-9a-f]{8,17})$/;
/**
 * Run Command acts on managed nodes, always by instance id: a tag-targeted plan sends exactly the
 * instances its approval bound, never `Targets` that SSM would resolve to whatever carries the
 * tag at that moment.
 */
function commandTargets(targets) {
    if (targets?.kind === 'tags' && targets.ids.length === 0)
        throw new Error('the plan names no instances for its target tags');
    const ids = targetIds(targets).map((t) => EC2_INSTANCE_ARN.exec(t)?.[1] ?? t);
    if (ids.length === 0)
        throw new Error('Run Command needs at least one target');
    const bad = ids.find((id) => !INSTANCE_ID.test(id));
    if (bad !== undefined)
        throw new Error(`Run Command targets managed nodes; \`${bad}\` is not an instance id`);
    return { InstanceIds: ids, shown: ids };
}
/**
 * The step's guard alarm (`guardAlarm`), with each `{{ params.NAME }}` replaced by the plan's raw
 * value: an alarm name is data, never shell. Validation (catalog/guard-alarm.ts) lets only
 * parameters constrained by `enum` or an anchored `pattern`, none sensitive, name one, and never
 * `{{ targets }}`; what is refused there is refused here too, and so is a name CloudWatch and SSM
 * would refuse. Undefined for a step without one.
 */
function guardAlarmName(action, plan) {
    return guardAlarm(action, parameterValues(plan));
}
function guardAlarm(action, params) {
    const template = 'guardAlarm' in action ? action.guardAlarm : undefined;
    if (template === undefined)
        return undefined;
    const fail = (why) => new Error(`guard alarm \`${template}\`: ${why}`);
    // What a guard alarm may not name, beyond what any document parameter may not.
    for (const ref of references(template)) {
        if (ref.kind === 'targets')
            throw fail('`{{ targets }}` cannot name a guard alarm (SSM watches one alarm for the whole run)');
        if (ref.kind === 'param' && params.get(ref.name)?.sensitive)
            throw fail(`parameter \`${ref.name}\` is sensitive, and an alarm name is shown wherever the run is`);
    }
    let name;
    try {
        name = substitute(template, { params, targets: undefined, masked: false }, false);
    }
    catch (error) {
        throw fail(error instanceof Error ? error.message : String(error));
    }
    const problem = alarmNameProblem(name);
    if (problem)
        throw new Error(`the guard alarm name ${JSON.stringify(name)} ${problem}`);
    return name;
}
function alarmConfiguration(action, params) {
    const name = guardAlarm(action, params);
    return name === undefined
        ? {}
        : { AlarmConfiguration: { Alarms: [{ Name: name }], IgnorePollAlarmFailure: false } };
}
/** The plan's values by parameter name (a parameter without one is left out). */
function parameterValues(plan) {
    return new Map(plan.parameters.flatMap((p) => p.value === undefined ? [] : [[p.name, { value: p.value, sensitive: p.sensitive }]]));
}
/** `OpsLoop <step> <runbook> <digest>`, then the issue if it fits SSM's 100 characters. */
function commandComment(ctx) {
    const runbook = ctx.runbook === undefined ? '' : ` ${ctx.runbook}`;
    const base = `OpsLoop ${ctx.step}${runbook} ${ctx.digest.slice(0, 12)}`;
    const withIssue = `${base} ${ctx.issueUrl}`;
    return withIssue.length <= COMMENT_LIMIT ? withIssue : base;
}
/** Approver logins, space-separated (SSM tag values allow no commas), cut at a whole name. */
function approversTag(approvers) {
    let out = '';
    for (const name of approvers.map(tagValue).filter((n) => n !== '')) {
        const next = out === '' ? name : `${out} ${name}`;
        if (Array.from(next).length > TAG_VALUE_LIMIT)
            break;
        out = next;
    }
    return out;
}
function tags(ctx) {
    const list = [
        { Key: 'opsloop:issue', Value: tagValue(ctx.issueUrl) },
        { Key: 'opsloop:digest', Value: tagValue(ctx.digest.slice(0, 12)) },
        { Key: 'opsloop:step', Value: ctx.step },
        ...(ctx.runbook === undefined ? [] : [{ Key: 'opsloop:runbook', Value: ctx.runbook }]),
        { Key: 'opsloop:approvers', Value: approversTag(ctx.approvers) }
    ];
    if (ctx.runUrl !== undefined)
        list.push({ Key: 'opsloop:run', Value: tagValue(ctx.runUrl) });
    return list;
}
/** Only the plan's resolved parameters and targets are rendered. */
function renderAction(action, plan, ctx) {
    const { runCommand, automation } = action;
    const workflow = 'workflowDispatch' in action ? action.workflowDispatch : undefined;
    if ([runCommand, automation, workflow].filter((a) => a !== undefined).length !== 1)
        throw new Error('an action needs exactly one of `runCommand`, `automation` or `workflowDispatch`');
    const params = parameterValues(plan);
    const targets = targetIds(plan.targets);
    const sent = { params, targets, masked: false };
    const shown = { params, targets, masked: true };
    const timeoutSeconds = ('timeoutSeconds' in action ? action.timeoutSeconds : undefined) ?? DEFAULT_TIMEOUT_SECONDS;
    if (workflow) {
        // Raw values, as in any document parameter: GitHub passes inputs as data. Validation allows
        // only parameters constrained by an enum or an anchored pattern, none sensitive, and no
        // targets (catalog/workflow-dispatch.ts).
        const inputs = (values) => Object.fromEntries(Object.entries(workflow.inputs ?? {}).flatMap(([name, value]) => value === undefined ? [] : [[name, substitute(value, values, false)]]));
        const [owner = '', repo = ''] = workflow.repository.split('/');
        return {
            kind: 'workflow',
            input: { owner, repo, workflow: workflow.workflow, ref: workflow.ref, inputs: inputs(sent) },
            display: { inputs: inputs(shown), timeoutSeconds }
        };
    }
    if (runCommand) {
        const parameters = (values) => {
            const out = documentParameters(runCommand.parameters, values);
            if (runCommand.commands)
                out.commands = [BASH_PRELUDE, ...shellLines(runCommand.commands, values)];
            if (runCommand.workingDirectory !== undefined)
                out.workingDirectory = [runCommand.workingDirectory];
            if (runCommand.executionTimeoutSeconds !== undefined)
                out.executionTimeout = [String(runCommand.executionTimeoutSeconds)];
            return out;
        };
        const { shown: shownTargets, ...where } = commandTargets(plan.targets);
        const document = runCommand.commands ? ctx.document : undefined;
        return {
            kind: 'command',
            input: {
                ...(document
                    ? {
                        DocumentName: document.name,
                        DocumentHash: document.hash,
                        DocumentHashType: 'Sha256',
                        ...nonEmpty(documentValues(document.parameters, params))
                    }
                    : { DocumentName: runCommand.document, ...nonEmpty(parameters(sent)) }),
                ...where,
                MaxConcurrency: ('maxConcurrency' in action ? action.maxConcurrency : undefined) ?? '1',
                MaxErrors: ('maxErrors' in action ? action.maxErrors : undefined) ?? '0',
                // The delivery timeout: a node whose agent is offline this long is given up on.
                TimeoutSeconds: timeoutSeconds,
                Comment: commandComment(ctx),
                ...alarmConfiguration(action, params)
            },
            display: { parameters: parameters(shown), targets: shownTargets, timeoutSeconds }
        };
    }
    const doc = automation ?? { document: '' };
    // One parameter that is the targets as a whole: a rate-controlled run, one child execution per
    // target, MaxConcurrency at once, none started once more than MaxErrors failed. That parameter
    // goes as `Targets` (SSM sets it in each child), not in `Parameters`. Otherwise the targets reach
    // the document through its parameters in one execution, where rate control would mean nothing.
    const fan = fanOut(doc.parameters, targets);
    const rest = fan ? withoutKey(doc.parameters, fan.name) : doc.parameters;
    return {
        kind: 'automation',
        input: {
            DocumentName: doc.document,
            ...nonEmpty(documentParameters(rest, sent)),
            ...(fan
                ? {
                    TargetParameterName: fan.name,
                    Targets: [{ Key: 'ParameterValues', Values: fan.values }],
                    MaxConcurrency: ('maxConcurrency' in action ? action.maxConcurrency : undefined) ?? '1',
                    MaxErrors: ('maxErrors' in action ? action.maxErrors : undefined) ?? '0'
                }
                : {}),
            Tags: tags(ctx),
            ...alarmConfiguration(action, params)
        },
        display: {
            parameters: documentParameters(rest, shown),
            targets,
            timeoutSeconds
        }
    };
}
function withoutKey(params, key) {
    return params && Object.fromEntries(Object.entries(params).filter(([k]) => k !== key));
}
/** SSM refuses an empty parameter map (length 1 to 200): leave it out instead. */
/** The plan's values of the document's parameters (a value the plan lacks: the document's default). */
function documentValues(names, params) {
    return Object.fromEntries(names.flatMap((name) => {
        const p = params.get(name);
        return p === undefined ? [] : [[name, [String(p.value)]]];
    }));
}
function nonEmpty(parameters) {
    return Object.keys(parameters).length === 0 ? {} : { Parameters: parameters };
}

// Runbooks compiled to SSM documents, so that AWS itself enforces the catalog: each `runCommand`
// step that runs shell lines (`AWS-RunShellScript`: execution, verify check, rollback) becomes an
// OpsLoop-owned Command document (`OpsLoop-<runbook id>`, `.check`, `.rollback`) whose commands
// are fixed and whose parameters carry the runbook's constraints as `allowedValues` and
// `allowedPattern`. SSM then refuses any value the runbook's schema refuses, whoever sends it.
// Automation steps (and Run Command steps naming another document) keep their documents; where
// the document is OpsLoop's own (`infra/ssm-documents/<name>.yaml`), `automationConstraintProblems`
// checks that it constrains each runbook parameter passed to it at least as strictly as the runbook.
// Pure: the caller reads the documents folder; `validate` reports what cannot be compiled.
//
// How a value reaches the shell. OpsLoop renders `{{ params.NAME }}` at plan time as the value in
// POSIX single quotes (execution/render.ts). SSM instead substitutes `{{ NAME }}` into the script
// as text, quoting nothing. The document therefore writes `'{{ NAME }}'`: for a value without a
// single quote that is byte for byte what render.ts produces, so moving remediation onto these
// documents changes nothing that runs. Safety does not rest on those quotes: every parameter's
// `allowedPattern`/`allowedValues` admits only SAFE_VALUE characters (ASCII letters, digits and
// `!%+,-./:=@]^_`), none of which means anything to the shell, quoted or not; a parameter whose
// constraints admit anything else cannot be compiled, and `validate` says so.
//
// Patterns. SSM checks `allowedPattern` twice: with Java's java.util.regex when the call is made,
// and with Go's regexp (RE2: no lookaround, no backreferences, repeat counts up to 1000) in the SSM
// Agent. The runbook's own pattern is ECMAScript. Rather than hoping the three dialects agree, the
// pattern is parsed (refa), its language simplified, and printed again in a subset whose meaning
// is the same in all three: explicit ASCII character classes, literal characters escaped only
// where all three allow it, `(?:…)` groups, greedy quantifiers, and `^…$` around the whole. (Java's
// `$` also matches before one final line terminator, but only in a partial `find()`: SSM's Java
// check matches whole values, as AWS-RunShellScript's own unanchored `executionTimeout` pattern
// relies on, and Go's `$` is end of text only.) Integers become exact range patterns, booleans and
// enums `allowedValues`, string lengths `minChars`/`maxChars`. test/catalog/ssm-document.test.ts
// runs every pattern through Java and Go, when installed, against hostile values.
const DOCUMENT_PREFIX = 'OpsLoop-';
/** The only document whose `commands` OpsLoop compiles: shell lines run by bash on Linux. */
const SHELL_DOCUMENT = 'AWS-RunShellScript';
const STEP_SUFFIX = {
    execution: '',
    check: '.check',
    rollback: '.rollback'
};
/** The schema's limit on runbook ids: with the prefix and the longest suffix, 81 characters. */
const MAX_ID_LENGTH = 64;
const RUNBOOK_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
/**
 * The SSM document a runbook step compiles to: `OpsLoop-<id>`, `OpsLoop-<id>.check`,
 * `OpsLoop-<id>.rollback`. The step is set off with a dot, which no runbook id holds, so runbook
 * `foo`'s check can never be runbook `foo-check`'s execution. SSM document names are 3 to 128
 * characters of `a-zA-Z0-9_.-`, and names starting with `aws`, `amazon`, `amzn`, `AWSEC2`,
 * `AWSConfigRemediation` or `AWSSupport` are reserved (CreateDocument); `OpsLoop-` avoids both.
 * Runbook ids are kebab-case and at most 64 characters (the schema), so a name is at most 81
 * characters and is never cut or hashed; anything longer or other than an id is refused.
 */
function documentName(runbookId, step) {
    if (!RUNBOOK_ID.test(runbookId))
        throw new Error(`runbook id ${JSON.stringify(runbookId)} is not kebab-case, so it cannot name an SSM document`);
    if (runbookId.length > MAX_ID_LENGTH)
        throw new Error(`runbook id \`${runbookId}\` is ${runbookId.length} characters; ids of at most ${MAX_ID_LENGTH} keep SSM document names (at most 128 characters) whole`);
    return `${DOCUMENT_PREFIX}${runbookId}${STEP_SUFFIX[step]}`;
}
// ---------------------------------------------------------------------------------------------
// Pattern analysis (refa, loaded on demand like shell-safety's)
// ---------------------------------------------------------------------------------------------
let refa;
/** Loads what compiling needs; `validateCatalog` calls it. Call it before compiling otherwise. */
async function prepareSsmDocuments() {
    await preparePatternAnalysis();
    refa ??= await import('./index-Bv_mfUbd.js').then(function (n) { return n.i; });
}
function lib() {
    if (!refa)
        throw new Error('prepareSsmDocuments() must finish before runbooks are compiled');
    return refa;
}
/** Bounds the work one pattern may cost (as shell-safety's analysis does). */
const MAX_NODES = 20_000;
const MAX_CHARACTER = 0x10ffff;
/** Go's regexp refuses a repeat count above 1000, also as the product of nested repeats. */
const RE2_MAX_REPEAT = 1000;
/**
 * Characters a value may hold once SSM puts it into a script as text: printable ASCII that is not a
 * shell metacharacter (shell-safety.ts's list: `;&|$\`()<>'"\\` space `*?[{}~#`, tab and newline).
 * No control, no non-ASCII character: nothing that the shell, SSM or a terminal reads specially,
 * and one character is one byte, one UTF-16 unit and one code point, as SSM's three checks count.
 */
const SAFE_VALUE = /^[0-9A-Za-z!%+,\-./:=@\]^_]*$/;
/** The punctuation in SAFE_VALUE, for messages. */
const SAFE_PUNCTUATION = '!%+,-./:=@]^_';
const SAFE = SAFE_VALUE;
const UNSAFE_CLASS = '[^0-9A-Za-z!%+,\\-./:=@\\]^_]';
function safeSet() {
    const { CharSet } = lib();
    const chars = [];
    for (let c = 0x21; c <= 0x7e; c++)
        if (SAFE.test(String.fromCharCode(c)))
            chars.push(c);
    return CharSet.fromCharacters(MAX_CHARACTER, chars);
}
/** The parsed language of `^[^]*(?:pattern)[^]*$`: what `RegExp.test` (ajv's check) accepts. */
function findLanguage(pattern) {
    const { JS, transform, Transformers } = lib();
    const source = `^[^]*(?:${pattern})[^]*$`;
    const { expression } = JS.Parser.fromLiteral({ source, flags: 'u' }).parse({
        maxNodes: MAX_NODES
    });
    const simple = transform(Transformers.simplify(), expression);
    const edges = transform(Transformers.patternEdgeAssertions({ remove: true }), simple);
    return transform(Transformers.simplify(), edges);
}
function nfaOf(ast) {
    const { NFA } = lib();
    return NFA.fromRegex(ast, { maxCharacter: MAX_CHARACTER }, { assertions: 'throw', unknowns: 'throw' }, new NFA.LimitedNodeFactory(MAX_NODES));
}
function regexNfa(source) {
    return nfaOf(findLanguage(source));
}
function wordsNfa(values) {
    const { NFA, Words } = lib();
    return NFA.fromWords(values.map((v) => Words.fromStringToUnicode(v)), { maxCharacter: MAX_CHARACTER }, new NFA.LimitedNodeFactory(MAX_NODES));
}
/** A value in both languages, if any. */
function witness(a, b) {
    const { getIntersectionWordSets, Words } = lib();
    for (const set of getIntersectionWordSets(a, b, MAX_NODES))
        return Words.fromUnicodeToString(Words.pickMostReadableWord(set));
    return undefined;
}
const codePoint = (c) => `U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
/** The first character outside SAFE_VALUE, described. */
function unsafeCharacter(value) {
    for (const c of value) {
        if (SAFE.test(c))
            continue;
        const shown = c === ' ' ? 'space' : /^[\x21-\x7e]$/.test(c) ? `\`${c}\`` : codePoint(c);
        return /^[\x21-\x7e]$/.test(c) || c === ' ' ? shown : `${shown} (${JSON.stringify(c)})`;
    }
    return undefined;
}
// ---------------------------------------------------------------------------------------------
// Printing a language in the Java ∩ RE2 ∩ ECMAScript subset
// ---------------------------------------------------------------------------------------------
class Unprintable extends Error {
}
const ALNUM = /^[0-9A-Za-z]$/;
/** Punctuation written as itself: literal in Java, RE2 and ECMAScript (`u`), in classes or out. */
const PLAIN_PUNCTUATION = new Set(['!', '%', ',', ':', '=', '@', '_', '/']);
function literal(c, inClass) {
    if (ALNUM.test(c) || PLAIN_PUNCTUATION.has(c))
        return c;
    if (c === '-')
        return inClass ? '\\-' : '-';
    if (c === '.' || c === '+')
        return inClass ? c : `\\${c}`;
    if (c === ']' || c === '^')
        return `\\${c}`;
    throw new Unprintable(`the character ${codePoint(c)} cannot be written portably`);
}
function classBody(set) {
    const chars = [...set.characters()].map((c) => String.fromCodePoint(c));
    const blocks = [];
    const punctuation = [];
    let run = [];
    const flush = () => {
        if (run.length >= 3)
            blocks.push(`${run[0] ?? ''}-${run.at(-1) ?? ''}`);
        else
            blocks.push(...run);
        run = [];
    };
    const blockOf = (c) => /[0-9]/.test(c) ? '0' : /[A-Z]/.test(c) ? 'A' : /[a-z]/.test(c) ? 'a' : '';
    for (const c of chars) {
        const block = blockOf(c);
        if (block === '') {
            punctuation.push(literal(c, true));
            continue;
        }
        const last = run.at(-1);
        if (last !== undefined &&
            (blockOf(last) !== block || (last.codePointAt(0) ?? 0) + 1 !== c.codePointAt(0)))
            flush();
        run.push(c);
    }
    flush();
    // `-` last, where it reads as itself (it is escaped all the same).
    punctuation.sort((x, y) => Number(x === '\\-') - Number(y === '\\-'));
    return [...blocks, ...punctuation].join('');
}
class Printer {
    safe = safeSet();
    /** The alternatives that can match something, printed; undefined when none can. */
    alternatives(alts) {
        const live = alts.map((a) => this.concatenation(a)).filter((p) => p !== undefined);
        if (live.length === 0)
            return undefined;
        if (live.length === 1)
            return live[0];
        return { text: live.map((p) => p.text).join('|'), atom: false, alternatives: live.length };
    }
    concatenation(concat) {
        const parts = [];
        for (const element of concat.elements) {
            const printed = this.element(element);
            if (printed === undefined)
                return undefined;
            if (printed.text !== '')
                parts.push(printed);
        }
        if (parts.length === 1 && parts[0])
            return parts[0];
        return {
            text: parts.map((p) => (p.alternatives > 1 ? `(?:${p.text})` : p.text)).join(''),
            atom: false,
            alternatives: 1
        };
    }
    element(element) {
        switch (element.type) {
            case 'CharacterClass': {
                const set = element.characters.intersect(this.safe);
                if (set.isEmpty)
                    return undefined;
                const only = set.ranges.length === 1 && set.ranges[0]?.min === set.ranges[0]?.max;
                const text = only
                    ? literal(String.fromCodePoint(set.ranges[0]?.min ?? 0), false)
                    : `[${classBody(set)}]`;
                return { text, atom: true, alternatives: 1 };
            }
            case 'Alternation': {
                const printed = this.alternatives(element.alternatives);
                return printed;
            }
            case 'Quantifier': {
                const { min, max } = element;
                if (max === 0)
                    return { text: '', atom: false, alternatives: 1 };
                const body = this.alternatives(element.alternatives);
                if (body === undefined)
                    return min === 0 ? { text: '', atom: false, alternatives: 1 } : undefined;
                if (body.text === '')
                    return body;
                const base = body.atom ? body.text : `(?:${body.text})`;
                const suffix = min === 0 && max === 1
                    ? '?'
                    : min === 0 && max === Infinity
                        ? '*'
                        : min === 1 && max === Infinity
                            ? '+'
                            : min === max
                                ? min === 1
                                    ? ''
                                    : `{${min}}`
                                : max === Infinity
                                    ? `{${min},}`
                                    : `{${min},${max}}`;
                return { text: `${base}${suffix}`, atom: suffix === '' && body.atom, alternatives: 1 };
            }
            case 'Assertion':
                throw new Unprintable('it uses a lookaround or word boundary that the analysis could not remove (SSM checks patterns with Go, which has none)');
            case 'Unknown':
                throw new Unprintable('it uses a backreference, which SSM (Go) does not support');
        }
    }
}
/**
 * Go's `repeatIsValid`: the count of a `{m,n}` repeat (n, or m when unbounded) times those nested
 * inside it stays within 1000. (`*`, `+` and `?` cost nothing.)
 */
function repeatProblem(alts, budget = RE2_MAX_REPEAT) {
    for (const concat of alts)
        for (const e of concat.elements) {
            if (e.type !== 'Quantifier' && e.type !== 'Alternation')
                continue;
            let inner = budget;
            if (e.type === 'Quantifier') {
                const plain = (e.min === 0 && e.max === 1) ||
                    (e.min === 0 && e.max === Infinity) ||
                    (e.min === 1 && e.max === Infinity) ||
                    (e.min === 1 && e.max === 1);
                if (!plain && e.max !== 0) {
                    const count = e.max === Infinity ? e.min : e.max;
                    if (count > budget)
                        return budget === RE2_MAX_REPEAT
                            ? `it repeats ${count} times, and SSM's Go check allows at most ${RE2_MAX_REPEAT}`
                            : `its nested repeats multiply to more than ${RE2_MAX_REPEAT}, the most SSM's Go check allows`;
                    if (count > 0)
                        inner = Math.floor(budget / count);
                }
            }
            const found = repeatProblem(e.alternatives, inner);
            if (found)
                return found;
        }
    return undefined;
}
/**
 * A runbook pattern (ECMAScript, anchored) as an SSM `allowedPattern` that means the same in Java,
 * Go and ECMAScript, or why it cannot be one. Needs `prepareSsmDocuments()`.
 */
function ssmPattern(pattern) {
    let result = patterns.get(pattern);
    if (!result) {
        result = translate(pattern);
        patterns.set(pattern, result);
    }
    return result;
}
/** A catalog repeats its patterns; each is analysed once. */
const patterns = new Map();
function translate(pattern) {
    if (compilePattern(pattern) instanceof Error)
        return { rule: 'ssm-document', problem: 'it is not a valid regular expression' };
    let ast;
    let unsafe;
    try {
        ast = findLanguage(pattern);
        unsafe = witness(nfaOf(ast), regexNfa(`^[^]*${UNSAFE_CLASS}[^]*$`));
    }
    catch (error) {
        return { rule: 'ssm-document', problem: `it cannot be analysed (${error.message})` };
    }
    if (unsafe !== undefined)
        return {
            rule: 'ssm-substitution',
            example: unsafe,
            problem: `it accepts ${JSON.stringify(unsafe)}, which holds ${unsafeCharacter(unsafe) ?? 'another character'}`
        };
    try {
        const printed = new Printer().alternatives(ast.alternatives);
        if (printed === undefined)
            return { rule: 'ssm-document', problem: 'it accepts no value at all' };
        const repeats = repeatProblem(ast.alternatives);
        if (repeats)
            return { rule: 'ssm-document', problem: repeats };
        return { pattern: printed.alternatives > 1 ? `^(?:${printed.text})$` : `^${printed.text}$` };
    }
    catch (error) {
        if (error instanceof Unprintable)
            return { rule: 'ssm-document', problem: error.message };
        throw error;
    }
}
// ---------------------------------------------------------------------------------------------
// Integers
// ---------------------------------------------------------------------------------------------
/** What an integer without a bound is held to: 15 digits (SSM then refuses larger values). */
const UNBOUNDED = 999_999_999_999_999;
/** Digit tokens (`5`, `[0-3]`) of one aligned range: equal lengths, a shared prefix, then classes. */
function rangeTokens(lo, hi) {
    const a = String(lo);
    const b = String(hi);
    return Array.from(a, (d, i) => {
        const e = b[i] ?? d;
        return d === e ? d : `[${d}-${e}]`;
    });
}
/** Splits lo..hi (0 <= lo <= hi) into ranges that each fit one token pattern (to-regex-range). */
function alignedRanges(lo, hi) {
    const stops = new Set([hi]);
    const nines = (n, k) => {
        const s = String(n);
        return Number(`${s.slice(0, Math.max(0, s.length - k))}${'9'.repeat(k)}`);
    };
    const zeros = (n, k) => n - (n % 10 ** k);
    for (let k = 1, stop = nines(lo, k); lo <= stop && stop < hi; k++, stop = nines(lo, k))
        stops.add(stop);
    for (let k = 1, stop = zeros(hi + 1, k) - 1; lo < stop && stop <= hi; k++, stop = zeros(hi + 1, k) - 1)
        stops.add(stop);
    const out = [];
    let start = lo;
    for (const stop of [...stops].sort((x, y) => x - y)) {
        out.push([start, stop]);
        start = stop + 1;
    }
    return out;
}
/** Alternatives for the canonical decimal texts of lo..hi, with `[0-9]` runs merged. */
function naturalAlternatives(lo, hi) {
    const split = alignedRanges(lo, hi).map(([a, b]) => {
        const tokens = rangeTokens(a, b);
        let tail = 0;
        while (tokens.length > 1 && tokens.at(-1) === '[0-9]') {
            tokens.pop();
            tail++;
        }
        return { head: tokens.join(''), min: tail, max: tail };
    });
    const merged = [];
    for (const r of split) {
        const last = merged.at(-1);
        if (last?.head === r.head && last.max + 1 === r.min)
            last.max = r.max;
        else
            merged.push({ ...r });
    }
    return merged.map(({ head, min, max }) => max === 0
        ? head
        : `${head}[0-9]${min === max ? (min === 1 ? '' : `{${min}}`) : `{${min},${max}}`}`);
}
/** An anchored pattern for exactly the integers min..max, written as `String(n)` writes them. */
function integerPattern(min, max) {
    const lo = Math.ceil(min ?? -UNBOUNDED);
    const hi = Math.floor(max ?? UNBOUNDED);
    if (lo > hi)
        throw new Error(`no integer lies between ${min} and ${max}`);
    const alts = [];
    if (lo < 0) {
        const negative = naturalAlternatives(Math.max(1, -Math.min(hi, -1)), -lo);
        alts.push(negative.length === 1 ? `-${negative[0] ?? ''}` : `-(?:${negative.join('|')})`);
    }
    if (hi >= 0)
        alts.push(...naturalAlternatives(Math.max(lo, 0), hi));
    return alts.length === 1 ? `^${alts[0] ?? ''}$` : `^(?:${alts.join('|')})$`;
}
/**
 * Number texts as `String(n)` writes them (no `-0`, no trailing zeros, `1e+21`), for a `number`
 * without bounds (bounds cannot be expressed). It also admits a few texts `String` would write
 * otherwise (`1e+5`): those are still numbers the schema allows.
 */
const NUMBER_PATTERN = '^(?:0|-?(?:[1-9][0-9]*(?:\\.[0-9]*[1-9])?|0\\.[0-9]*[1-9]|[1-9](?:\\.[0-9]*[1-9])?e[+\\-][1-9][0-9]*))$';
// ---------------------------------------------------------------------------------------------
// Runbook parameters as document parameters
// ---------------------------------------------------------------------------------------------
/** The text OpsLoop sends for a value (as render.ts does: `String(value)`). */
const text = (value) => String(value);
function ssmParameter(name, param, defaultUsed) {
    const at = ['parameters', name];
    const findings = [];
    const fail = (rule, message, path = at, where = 'key') => {
        findings.push({ path, at: where, severity: 'error', rule, message });
        return { findings };
    };
    const base = { type: 'String', description: param.description };
    if (defaultUsed && param.default !== undefined)
        base.default = text(param.default);
    // What the shell lint already refuses, refused here too, so a runbook that skipped validation
    // still does not compile (validate reports these once, under their own rules).
    const unsafe = shellUnsafeReason(param);
    if (unsafe)
        return fail('shell-injection', `parameter \`${name}\` reaches a shell command but ${unsafe}`);
    const where = `parameter \`${name}\` reaches a shell command, and in its SSM document SSM puts the value into the script as text`;
    if (param.enum) {
        for (const [i, v] of param.enum.entries()) {
            const bad = unsafeCharacter(text(v));
            if (bad !== undefined)
                return fail('ssm-substitution', `${where}; its enum value ${JSON.stringify(v)} holds ${bad}, and only ASCII letters, digits and \`${SAFE_PUNCTUATION}\` may be substituted into a script; remove the value or change it`, [...at, 'enum', i], 'value');
        }
        // Only the values that also pass the parameter's other constraints (pattern, lengths).
        const allowed = param.enum.filter((v) => checkParameterValue(param, v) === undefined);
        if (allowed.length === 0)
            return fail('ssm-document', `parameter \`${name}\` has no enum value that passes its own other constraints, so SSM could accept none; fix its \`enum\` or its \`pattern\` and lengths`, [...at, 'enum'], 'value');
        return { parameter: { ...base, allowedValues: allowed.map(text) }, findings };
    }
    switch (param.type) {
        case 'boolean':
            return { parameter: { ...base, allowedValues: ['true', 'false'] }, findings };
        case 'integer':
            if ((param.minimum !== undefined && Math.abs(param.minimum) > Number.MAX_SAFE_INTEGER) ||
                (param.maximum !== undefined && Math.abs(param.maximum) > Number.MAX_SAFE_INTEGER))
                return fail('ssm-document', `parameter \`${name}\`'s bounds are beyond ${Number.MAX_SAFE_INTEGER}, which OpsLoop cannot write as an SSM pattern; use smaller bounds`, [...at, param.minimum !== undefined ? 'minimum' : 'maximum'], 'value');
            try {
                return {
                    parameter: { ...base, allowedPattern: integerPattern(param.minimum, param.maximum) },
                    findings
                };
            }
            catch (error) {
                return fail('ssm-document', `parameter \`${name}\`: ${error.message}`);
            }
        case 'number':
            if (param.minimum !== undefined || param.maximum !== undefined)
                return fail('ssm-document', `parameter \`${name}\` is a \`number\` with bounds, which an SSM \`allowedPattern\` cannot express exactly; make it an \`integer\` (scaled, e.g. milliseconds), or list its values in \`enum\``, [...at, param.minimum !== undefined ? 'minimum' : 'maximum'], 'value');
            return { parameter: { ...base, allowedPattern: NUMBER_PATTERN }, findings };
    }
    // A string with an anchored pattern that admits no shell metacharacter (shellUnsafeReason).
    const pattern = param.pattern ?? '';
    const compiled = ssmPattern(pattern);
    if ('problem' in compiled)
        return compiled.rule === 'ssm-substitution'
            ? fail('ssm-substitution', `${where}; its pattern \`${pattern}\` ${compiled.problem.replace(/^it /, '')}, and only ASCII letters, digits and \`${SAFE_PUNCTUATION}\` may be substituted into a script; narrow the pattern's character classes to those`, [...at, 'pattern'], 'value')
            : fail('ssm-document', `parameter \`${name}\`'s pattern \`${pattern}\` cannot be written as an SSM \`allowedPattern\`, which SSM checks with Java and again with Go: ${compiled.problem}; write it with character classes, groups and repeats of at most ${RE2_MAX_REPEAT}`, [...at, 'pattern'], 'value');
    return {
        parameter: {
            ...base,
            allowedPattern: compiled.pattern,
            ...(param.minLength !== undefined && param.minLength > 0
                ? { minChars: param.minLength }
                : {}),
            ...(param.maxLength !== undefined ? { maxChars: param.maxLength } : {})
        },
        findings
    };
}
function stepsOf(rb) {
    const steps = [
        ['execution', ['execution'], rb.execution],
        ['check', ['verify', 'check'], rb.verify?.check],
        ['rollback', ['rollback'], rb.rollback]
    ];
    return steps.flatMap(([step, path, a]) => a
        ? [
            {
                step,
                path,
                ...(a.runCommand ? { runCommand: a.runCommand } : {}),
                ...(a.automation ? { automation: a.automation } : {})
            }
        ]
        : []);
}
/** Whether a step's `runCommand` is shell lines that OpsLoop compiles into its own document. */
function compilesToDocument(runCommand) {
    return runCommand?.document === SHELL_DOCUMENT;
}
function compileStep(rb, at, run, selecting) {
    const findings = [];
    const base = [...at.path, 'runCommand'];
    const declared = rb.parameters ?? {};
    if (run.parameters && Object.keys(run.parameters).length > 0)
        findings.push({
            path: [...base, 'parameters'],
            at: 'key',
            severity: 'error',
            rule: 'ssm-document',
            message: `\`${formatPath([...base, 'parameters'])}\` cannot be compiled into the runbook's SSM document, whose commands are fixed: write the shell lines under \`commands\` and use \`workingDirectory\` and \`executionTimeoutSeconds\``
        });
    const commands = run.commands;
    if (!commands) {
        findings.push({
            path: base,
            at: 'key',
            severity: 'error',
            rule: 'shell-commands',
            message: `\`${SHELL_DOCUMENT}\` needs \`commands\``
        });
        return { findings };
    }
    const used = new Set();
    for (const use of shellPlaceholders(commands)) {
        const where = { path: [...base, 'commands', use.line], index: use.index };
        const ref = use.ref;
        if (ref.kind === 'invalid') {
            findings.push({
                ...where,
                severity: 'error',
                rule: 'template-reference',
                message: `\`${ref.text}\` is not a valid reference: ${ref.reason}`
            });
            continue;
        }
        if (ref.kind === 'targets') {
            findings.push({
                ...where,
                severity: 'error',
                rule: 'shell-injection',
                message: '`{{ targets }}` cannot be used in shell commands'
            });
            continue;
        }
        const param = declared[ref.name];
        if (!param) {
            findings.push({
                ...where,
                severity: 'error',
                rule: 'template-reference',
                message: `\`${ref.text}\` refers to an undeclared parameter`
            });
            continue;
        }
        const placement = placeholderProblem(use);
        if (placement) {
            findings.push({ ...where, severity: 'error', rule: 'shell-quoting', message: placement });
            continue;
        }
        const dash = use.argumentStart ? leadingDashExample(param) : undefined;
        if (dash !== undefined) {
            // render.ts refuses such a value at run time; a document could not, so it is refused here.
            findings.push({
                ...where,
                severity: 'error',
                rule: 'shell-option-injection',
                message: `\`${ref.text}\` starts an argument and admits ${JSON.stringify(dash)}, which would be read as an option`
            });
            continue;
        }
        used.add(ref.name);
    }
    const parameters = {};
    for (const name of [...used].sort()) {
        const param = declared[name];
        if (!param)
            continue;
        const defaultUsed = !selecting.has(name) || param.defaultIsSafe === true;
        const result = ssmParameter(name, param, defaultUsed);
        findings.push(...result.findings);
        if (result.parameter)
            parameters[name] = result.parameter;
    }
    if (findings.length > 0)
        return { findings };
    // `{{ params.NAME }}` becomes `'{{ NAME }}'`: render.ts's single quotes, written by the document.
    const runCommand = [
        BASH_PRELUDE,
        ...commands.map((line) => {
            let out = line;
            for (const ref of references(line).reverse()) {
                if (ref.kind !== 'param')
                    continue;
                out = `${out.slice(0, ref.index)}'{{ ${ref.name} }}'${out.slice(ref.index + ref.text.length)}`;
            }
            return out;
        })
    ];
    const inputs = {
        runCommand,
        ...(run.workingDirectory !== undefined ? { workingDirectory: run.workingDirectory } : {}),
        // Without it the plugin's own default applies (3600 s), as AWS-RunShellScript's does.
        ...(run.executionTimeoutSeconds !== undefined
            ? { timeoutSeconds: String(run.executionTimeoutSeconds) }
            : {})
    };
    const content = {
        schemaVersion: '2.2',
        description: `OpsLoop runbook ${rb.id}, ${at.step}: ${rb.title}. Compiled from the reviewed runbook; change the runbook, not this document.`,
        ...(used.size > 0 ? { parameters } : {}),
        mainSteps: [
            {
                action: 'aws:runShellScript',
                name: 'runShellScript',
                precondition: { StringEquals: ['platformType', 'Linux'] },
                inputs
            }
        ]
    };
    const contentText = canonicalJson(content);
    return {
        document: {
            step: at.step,
            name: documentName(rb.id, at.step),
            documentType: 'Command',
            documentFormat: 'JSON',
            content,
            contentText,
            hash: createHash('sha256').update(contentText, 'utf8').digest('hex')
        },
        findings
    };
}
/**
 * The documents a runbook compiles to (one per `AWS-RunShellScript` step, in the order execution,
 * check, rollback), and what keeps a step from compiling. Needs `prepareSsmDocuments()`.
 */
function compileRunbook(runbook) {
    const documents = [];
    const findings = [];
    const selecting = selectingParameters(runbook);
    const reported = new Set();
    for (const at of stepsOf(runbook)) {
        if (!compilesToDocument(at.runCommand) || !at.runCommand)
            continue;
        const result = compileStep(runbook, at, at.runCommand, selecting);
        if (result.document)
            documents.push(result.document);
        for (const f of result.findings) {
            // A parameter used by several steps is reported once.
            const key = `${formatPath(f.path)}|${f.index ?? ''}|${f.rule}|${f.message}`;
            if (reported.has(key))
                continue;
            reported.add(key);
            findings.push(f);
        }
    }
    return { documents, findings };
}
/**
 * The runbook's documents by step, as remediation sends them and /dry-run names them (the
 * pattern analysis is loaded first).
 */
async function stepDocuments(runbook) {
    await prepareSsmDocuments();
    return new Map(compileRunbookDocuments(runbook).map((d) => [
        d.step,
        { name: d.name, hash: d.hash, parameters: Object.keys(d.content.parameters ?? {}) }
    ]));
}
function compileRunbookDocuments(runbook) {
    const { documents, findings } = compileRunbook(runbook);
    if (findings.length > 0)
        throw new Error(`runbook \`${runbook.id}\` does not compile to SSM documents: ${findings.map((f) => `${formatPath(f.path)}: ${f.message}`).join('; ')}`);
    return documents;
}
/** The `OpsLoop-*` documents a runbook names rather than compiles (Automation, other Run Command). */
function namedOwnDocuments(runbook) {
    const names = new Set();
    for (const at of stepsOf(runbook)) {
        const doc = at.automation?.document ??
            (compilesToDocument(at.runCommand) ? undefined : at.runCommand?.document);
        if (doc?.startsWith(DOCUMENT_PREFIX))
            names.add(doc);
    }
    return [...names];
}
const scalarText = (v) => typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? String(v) : undefined;
/** What SSM lets through for a document parameter (as text), or why that cannot be told. */
function acceptedLanguage(p) {
    const { NFA } = lib();
    let nfa;
    if (Array.isArray(p.allowedValues)) {
        const values = p.allowedValues.map(scalarText);
        if (values.some((v) => v === undefined))
            return 'its `allowedValues` are not all plain values';
        nfa = wordsNfa(values);
    }
    else if (typeof p.allowedPattern === 'string') {
        try {
            // Java and Go read these patterns as ECMAScript does for the syntax OpsLoop's documents use
            // (`\-` outside a class, which the `u` flag refuses, is a plain `-` to all of them); a
            // partial match (Go's) accepts at least what a whole-value match (Java's) does.
            nfa = regexNfa(p.allowedPattern.replace(/(?<!\\)((?:\\\\)*)\\-/g, '$1\\x2d'));
        }
        catch (error) {
            return `its \`allowedPattern\` cannot be analysed (${error.message})`;
        }
    }
    else if (p.type === 'Integer')
        nfa = regexNfa('^[+\\-]?[0-9]+$');
    else if (p.type === 'Boolean')
        nfa = wordsNfa(['true', 'false']);
    else
        nfa = NFA.all({ maxCharacter: MAX_CHARACTER });
    const min = typeof p.minChars === 'number' ? p.minChars : undefined;
    const max = typeof p.maxChars === 'number' ? p.maxChars : undefined;
    if (min !== undefined || max !== undefined)
        nfa = NFA.fromIntersection(nfa, regexNfa(`^[^]{${min ?? 0},${max ?? ''}}$`));
    return nfa;
}
/** The texts OpsLoop may send for a runbook parameter, or undefined when that cannot be told. */
function parameterLanguage(param) {
    const { NFA } = lib();
    if (param.enum)
        return wordsNfa(param.enum.filter((v) => checkParameterValue(param, v) === undefined).map(text));
    switch (param.type) {
        case 'boolean':
            return wordsNfa(['true', 'false']);
        case 'integer':
            return regexNfa(integerPattern(param.minimum, param.maximum));
        case 'number':
            return param.minimum === undefined && param.maximum === undefined
                ? regexNfa(NUMBER_PATTERN)
                : undefined;
        case 'string': {
            let nfa = param.pattern === undefined
                ? NFA.all({ maxCharacter: MAX_CHARACTER })
                : regexNfa(param.pattern);
            if (param.minLength !== undefined || param.maxLength !== undefined)
                nfa = NFA.fromIntersection(nfa, regexNfa(`^[^]{${param.minLength ?? 0},${param.maxLength ?? ''}}$`));
            return nfa;
        }
    }
}
/** The texts a templated value may become (`asg/{{ params.group }}`), or undefined. */
function templateLanguage(value, rb) {
    const { NFA } = lib();
    const out = wordsNfa(['']);
    let last = 0;
    for (const ref of references(value)) {
        out.append(wordsNfa([value.slice(last, ref.index)]));
        last = ref.index + ref.text.length;
        if (ref.kind === 'param') {
            const param = rb.parameters?.[ref.name];
            const lang = param ? parameterLanguage(param) : undefined;
            if (!lang)
                return undefined;
            out.append(lang);
        }
        else
            out.append(NFA.all({ maxCharacter: MAX_CHARACTER }));
    }
    out.append(wordsNfa([value.slice(last)]));
    return out;
}
/** A suggestion of the constraint to add: the runbook parameter's own, as SSM takes it. */
function suggestion(value, rb, docType) {
    const refs = references(value);
    const only = refs.length === 1 && refs[0]?.kind === 'param' && refs[0].text === value.trim();
    const param = only && refs[0]?.kind === 'param' ? rb.parameters?.[refs[0].name] : undefined;
    if (!param)
        return 'add `allowedValues` or an anchored `allowedPattern` as strict as the runbook';
    if (param.type === 'integer' && param.minimum !== undefined && param.maximum !== undefined) {
        const count = Math.floor(param.maximum) - Math.ceil(param.minimum) + 1;
        if (docType === 'Integer' && count <= 20)
            return `add \`allowedValues: [${Array.from({ length: count }, (_, i) => Math.ceil(param.minimum ?? 0) + i).join(', ')}]\``;
        return `add \`allowedPattern: '${integerPattern(param.minimum, param.maximum)}'\``;
    }
    if (param.enum)
        return `add \`allowedValues: [${param.enum.map((v) => JSON.stringify(text(v))).join(', ')}]\``;
    if (param.type === 'string' && param.pattern !== undefined) {
        const p = ssmPattern(param.pattern);
        if ('pattern' in p)
            return `add \`allowedPattern: '${p.pattern}'\``;
    }
    return 'add `allowedValues` or an anchored `allowedPattern` as strict as the runbook';
}
/**
 * Where an `OpsLoop-*` document from `documentsDir` lets SSM accept, for a parameter that a runbook
 * fills from its own parameters, a value the runbook's schema refuses: one warning per gap, at the
 * document's file and line, with the constraint to add. A value equal to the document parameter's
 * own `default` is no gap (leaving the parameter out gives the same). Documents not in
 * `documentsDir` (AWS-*, or kept elsewhere) are not checked. Needs `prepareSsmDocuments()`.
 */
function automationConstraintProblems(runbook, documentsDir) {
    const { DFA, Words } = lib();
    const problems = [];
    const unreadable = new Set();
    for (const at of stepsOf(runbook)) {
        const named = at.automation ?? (compilesToDocument(at.runCommand) ? undefined : at.runCommand);
        if (!named)
            continue;
        const source = documentsDir.get(named.document);
        if (!source)
            continue;
        const parsed = parseYaml(source.file, source.text).source;
        const declared = parsed?.data
            ?.parameters;
        if (!parsed || typeof parsed.data !== 'object' || parsed.data === null) {
            if (!unreadable.has(named.document))
                problems.push({
                    file: source.file,
                    line: 1,
                    column: 1,
                    severity: 'warning',
                    rule: 'document-constraint',
                    message: `\`${named.document}\` is not a YAML or JSON document, so what runbook \`${runbook.id}\` passes it cannot be checked against its parameters`
                });
            unreadable.add(named.document);
            continue;
        }
        const kind = at.automation ? 'automation' : 'runCommand';
        for (const [key, value] of Object.entries(named.parameters ?? {})) {
            if (value === undefined)
                continue;
            const p = declared?.[key];
            if (!p)
                continue;
            const items = typeof value === 'string'
                ? [[[...at.path, kind, 'parameters', key], value]]
                : value.map((v, i) => [[...at.path, kind, 'parameters', key, i], v]);
            for (const [path, item] of items) {
                const refs = references(item).filter((r) => r.kind === 'param');
                if (refs.length === 0)
                    continue;
                const report = (message) => {
                    problems.push({
                        file: source.file,
                        ...locate(parsed, ['parameters', key], 'key'),
                        severity: 'warning',
                        rule: 'document-constraint',
                        message
                    });
                };
                const fills = `runbook \`${runbook.id}\` fills with \`${item}\` (${formatPath(path)})`;
                try {
                    const accepted = acceptedLanguage(p);
                    if (typeof accepted === 'string') {
                        report(`\`${named.document}\`'s \`${key}\`, which ${fills}, cannot be checked: ${accepted}`);
                        continue;
                    }
                    const sent = templateLanguage(item, runbook);
                    if (!sent)
                        continue; // a `number` with bounds: nothing exact to compare with
                    const refused = DFA.fromFA(sent, new DFA.LimitedNodeFactory(MAX_NODES));
                    refused.complement();
                    let gaps = refused;
                    const fallback = scalarText(p.default);
                    if (fallback !== undefined) {
                        const notDefault = DFA.fromWords([Words.fromStringToUnicode(fallback)], { maxCharacter: MAX_CHARACTER }, new DFA.LimitedNodeFactory(MAX_NODES));
                        notDefault.complement();
                        gaps = DFA.fromIntersection(refused, notDefault, new DFA.LimitedNodeFactory(MAX_NODES));
                    }
                    const example = witness(accepted, gaps);
                    if (example !== undefined)
                        report(`\`${named.document}\` accepts ${JSON.stringify(example)} for \`${key}\`, which ${fills}; the runbook's schema refuses that value, but SSM would run the document with it for anyone allowed to start it; ${suggestion(item, runbook, p.type)}`);
                }
                catch (error) {
                    report(`\`${named.document}\`'s \`${key}\`, which ${fills}, could not be checked (${error.message})`);
                }
            }
        }
    }
    return problems;
}

export { didYouMean as a, checkGuardAlarms as b, compileRunbookDocuments as c, documentName as d, shellUnsafeReason as e, failsLoudly as f, guardAlarmName as g, prepareSsmDocuments as h, automationConstraintProblems as i, compileRunbook as j, lintShellUse as l, namedOwnDocuments as n, preparePatternAnalysis as p, renderAction as r, stepDocuments as s, unconstrained as u };
