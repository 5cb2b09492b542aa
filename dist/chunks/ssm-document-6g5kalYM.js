import { createHash } from 'node:crypto';
import { p as preparePatternAnalysis, a as parseYaml, r as references, f as formatPath, s as selectingParameters, l as locate, b as shellPlaceholders, c as placeholderProblem, d as leadingDashExample, B as BASH_PRELUDE, e as canonicalJson, g as shellUnsafeReason } from './render-BTNaCM0m.js';
import { c as checkParameterValue, a as compilePattern } from './exclude-C8HoNolw.js';

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

export { automationConstraintProblems as a, compileRunbook as b, compileRunbookDocuments as c, documentName as d, namedOwnDocuments as n, prepareSsmDocuments as p, stepDocuments as s };
