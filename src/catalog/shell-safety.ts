// What makes a `{{ params.NAME }}` placeholder safe in a shell script, checked twice: by
// `validate` over the catalog (with positions and advice) and by the renderer before it sends a
// command (defence in depth: a runbook that skipped validation still cannot inject).
//
// Three layers, each closing attacks the others let through:
// 1. Where a placeholder sits. The renderer replaces it by the value in POSIX single quotes, which
//    is exact in a plain shell word and wrong everywhere else. We refuse the other places instead
//    of quoting for them: quoting for `"…"`, `'…'` or `$'…'` would be possible, but code that a
//    second shell parses again (`bash -c`, `eval`, `su -c`, `ssh`, `trap`, backquotes) needs one
//    more layer of quoting per parse, and how many parses a string goes through cannot be read
//    from the script. One rule that is easy to check and to explain beats quoting that is right
//    only in the cases we thought of: write the placeholder bare (`systemctl restart
//    {{ params.service }}`), OpsLoop quotes it. Here-documents, comments, `${…}`, arithmetic and
//    the command name are refused for the same reason (see `placeholderProblem`).
// 2. What a string parameter may hold. Its `enum` values or anchored `pattern` must not admit a
//    shell metacharacter. Patterns are analysed as regular languages (refa builds an automaton
//    and intersects it with "contains a metacharacter"), so a required prefix such as
//    `^svc-[a-z$() ]{1,40}$` no longer hides `svc-$` from a handful of fixed probe strings.
// 3. Option injection. A value that starts with `-` at the start of an argument is read as an
//    option (`--help`, `-rf`, `--output=/etc/passwd`); such parameters are flagged unless `--`
//    ends the options first, and the renderer refuses such a value at run time.
import type * as Refa from 'refa'
import type { NFA } from 'refa'
import type { Parameter, Runbook } from '../generated/runbook.js'
import { compilePattern } from './parameters.js'
import { references, type Reference } from './templates.js'
import { formatPath, type PathSegment } from './yaml-source.js'

// refa (regular-expression automata) takes about 130 ms to load, so it is loaded only when a
// catalog is validated, not when the action starts: a repeat delivery or a comment never pays.
let refa: typeof Refa | undefined
/** Loads the pattern analysis; `validateCatalog` calls it before any check that needs it. */
export async function preparePatternAnalysis(): Promise<void> {
  refa ??= await import('refa')
}
function lib(): typeof Refa {
  if (!refa) throw new Error('preparePatternAnalysis() must finish before patterns are analysed')
  return refa
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
]

function display(c: string): string {
  return c === '\n'
    ? 'newline'
    : c === ' '
      ? 'space'
      : c === '\t'
        ? 'tab'
        : c === '\r'
          ? 'carriage return'
          : c
}

/**
 * Why a parameter's value is not predictable from the reviewed runbook and the approved value
 * (it has no `enum` and no anchored `pattern`), as `is an unconstrained string`; undefined when
 * it is. What a guard alarm's name and a workflow's inputs may be made of.
 */
export function unconstrained(p: Parameter): string | undefined {
  if (p.enum) return undefined
  if (p.type !== 'string')
    return `is ${p.type === 'integer' ? 'an' : 'a'} ${p.type} without an \`enum\``
  if (p.pattern === undefined) return 'is an unconstrained string'
  return anchored(p.pattern) ? undefined : `has the pattern \`${p.pattern}\`, which is not anchored`
}

/** Top-level alternation defeats anchors: `^a|b$` accepts anything ending in b. */
export function anchored(pattern: string): boolean {
  if (!pattern.startsWith('^') || !pattern.endsWith('$') || pattern.endsWith('\\$')) return false
  let depth = 0
  let inClass = false
  for (let i = 1; i < pattern.length - 1; i++) {
    const c = pattern[i]
    if (c === '\\') {
      i++
      continue
    }
    if (inClass) {
      if (c === ']') inClass = false
    } else if (c === '[') inClass = true
    else if (c === '(') depth++
    else if (c === ')') depth--
    else if (c === '|' && depth === 0) return false
  }
  return true
}

/** One accepted value with a property, or why the pattern could not be decided. */
export type Witness =
  | { found: true; example: string }
  /** The analysis over-approximated (lookarounds, huge repeats) and found no verified example. */
  | { found: 'maybe'; why: string }

interface PatternLanguage {
  re: RegExp
  nfa: NFA
  /**
   * Empty when the automaton is exact; otherwise why it accepts more than the pattern (assertions
   * ignored, repeats widened), so an example found in it must be checked against the pattern.
   */
  why: string
}

/** Bounds the work one pattern may cost; a catalog is validated on every push. */
const MAX_NODES = 20_000

/** Patterns are compiled with the `u` flag, as ajv compiles them: characters are code points. */
function automaton(source: string, creation: NFA.FromRegexOptions): NFA {
  const { JS, NFA, transform, Transformers } = lib()
  const { expression, maxCharacter } = JS.Parser.fromLiteral({ source, flags: 'u' }).parse({
    maxNodes: MAX_NODES
  })
  // `simplify` applies most lookarounds exactly; the pattern's own `^`/`$` then go, since the
  // automaton accepts whole values.
  const simple = transform(Transformers.simplify(), expression)
  const edges = transform(Transformers.patternEdgeAssertions({ remove: true }), simple)
  return NFA.fromRegex(edges, { maxCharacter }, creation, new NFA.LimitedNodeFactory(MAX_NODES))
}

const languages = new Map<string, PatternLanguage | Error>()

/** The language of an anchored pattern as an automaton, exact when possible. */
function language(pattern: string): PatternLanguage | Error {
  const cached = languages.get(pattern)
  if (cached) return cached
  lib() // fails loudly here, not inside the attempts below, which read errors as "cannot analyse"
  const re = compilePattern(pattern)
  let result: PatternLanguage | Error
  if (re instanceof Error) result = re
  else {
    const attempts: [NFA.FromRegexOptions, string][] = [
      [{ assertions: 'throw' }, ''],
      [{ assertions: 'throw', infinityThreshold: 16 }, 'it repeats too much to be expanded'],
      [
        { assertions: 'ignore', infinityThreshold: 16 },
        'it uses lookarounds the lint cannot follow'
      ]
    ]
    result = new Error('the pattern cannot be analysed')
    for (const [options, why] of attempts) {
      try {
        result = { re, nfa: automaton(pattern, options), why }
        break
      } catch (error) {
        result = error as Error
      }
    }
  }
  languages.set(pattern, result)
  return result
}

const probes = new Map<string, NFA>()

/** Values that contain one of `chars` (or, with `atStart`, begin with one). */
function probe(chars: string, atStart = false): NFA {
  const key = `${atStart ? '^' : '*'}${chars}`
  let nfa = probes.get(key)
  if (!nfa) {
    const set = Array.from(chars, (c) => `\\u{${(c.codePointAt(0) ?? 0).toString(16)}}`).join('')
    nfa = automaton(`^${atStart ? '' : '[^]*'}[${set}][^]*$`, { assertions: 'throw' })
    probes.set(key, nfa)
  }
  return nfa
}

/** An accepted value in the intersection of the pattern and `other`, checked against the pattern. */
function witness(lang: PatternLanguage, other: NFA): Witness | undefined {
  let tried = 0
  try {
    const { getIntersectionWordSets, Words } = lib()
    for (const set of getIntersectionWordSets(lang.nfa, other, MAX_NODES)) {
      const example = Words.fromUnicodeToString(Words.pickMostReadableWord(set))
      if (lang.re.test(example)) return { found: true, example }
      if (++tried >= 20) break
    }
  } catch (error) {
    return { found: 'maybe', why: `it is too complex to check (${(error as Error).message})` }
  }
  return tried === 0 ? undefined : { found: 'maybe', why: lang.why }
}

interface PatternFacts {
  metacharacter?: { char: string; witness: Witness }
  leadingDash?: Witness
  /** Set when the pattern could not be turned into an automaton at all. */
  failed?: string
}

const facts = new Map<string, PatternFacts>()

/** What an anchored, valid pattern admits. Cached: a catalog repeats its patterns. */
function patternFacts(pattern: string): PatternFacts {
  const cached = facts.get(pattern)
  if (cached) return cached
  const lang = language(pattern)
  let out: PatternFacts
  if (lang instanceof Error) out = { failed: lang.message }
  else {
    out = {}
    // One intersection settles the common, safe case; only a leak pays for naming the character.
    if (witness(lang, probe(METACHARACTERS.join(''))) !== undefined) {
      for (const char of METACHARACTERS) {
        const w = witness(lang, probe(char))
        if (w) {
          out.metacharacter = { char, witness: w }
          break
        }
      }
    }
    const dash = witness(lang, probe('-', true))
    if (dash) out.leadingDash = dash
  }
  facts.set(pattern, out)
  return out
}

/** Why this parameter is unsafe to interpolate into a shell command, or undefined. */
export function shellUnsafeReason(param: Parameter): string | undefined {
  if (param.type !== 'string') return undefined
  if (param.enum) {
    for (const v of param.enum) {
      const bad = typeof v === 'string' ? METACHARACTERS.find((c) => v.includes(c)) : undefined
      if (bad !== undefined)
        return `its enum value ${JSON.stringify(v)} contains the shell metacharacter ${display(bad)}`
    }
    return undefined
  }
  if (param.pattern === undefined) {
    return 'it is an unconstrained string; add an `enum` or an anchored `pattern` such as `^[a-z0-9-]{1,63}$`'
  }
  if (compilePattern(param.pattern) instanceof Error) return undefined // reported by the pattern rule
  if (!anchored(param.pattern)) {
    return `its pattern \`${param.pattern}\` is not anchored: start it with \`^\`, end it with \`$\` and group any alternatives`
  }
  const found = patternFacts(param.pattern)
  if (found.failed !== undefined)
    return `its pattern \`${param.pattern}\` cannot be checked for shell metacharacters (${found.failed}); write it with character classes and bounded repeats only`
  const meta = found.metacharacter
  if (!meta) return undefined
  const c = display(meta.char)
  if (meta.witness.found === true)
    return `its pattern \`${param.pattern}\` accepts ${JSON.stringify(meta.witness.example)}, which contains the shell metacharacter ${c} (leave it out of the pattern's character classes, e.g. \`[a-z0-9._-]\`)`
  return `its pattern \`${param.pattern}\` may accept the shell metacharacter ${c} (${meta.witness.why}); write it with character classes and quantifiers only, without ${c}`
}

/**
 * A value of this string parameter that starts with `-`, if its enum or pattern admits one.
 * Unconstrained and unanchored strings are reported by `shellUnsafeReason` instead.
 */
export function leadingDashExample(param: Parameter): string | undefined {
  if (param.type !== 'string') return undefined
  if (param.enum) {
    const v = param.enum.find((e) => typeof e === 'string' && e.startsWith('-'))
    return typeof v === 'string' ? v : undefined
  }
  if (param.pattern === undefined || !anchored(param.pattern)) return undefined
  if (compilePattern(param.pattern) instanceof Error) return undefined
  const dash = patternFacts(param.pattern).leadingDash
  if (!dash) return undefined
  return dash.found === true ? dash.example : '-…'
}

// ---------------------------------------------------------------------------------------------
// Layer 1: where a placeholder sits in a script
// ---------------------------------------------------------------------------------------------

export type ShellContext =
  | 'word'
  | 'double-quotes'
  | 'single-quotes'
  | 'ansi-c-quotes'
  | 'backquotes'
  | 'here-document'
  | 'comment'
  | 'parameter-expansion'
  | 'arithmetic'
  | 'after-backslash'
  | 'after-dollar'

/** One `{{ … }}` reference in a script, and what the shell does with the text put there. */
export interface ShellPlaceholder {
  /** Index of the script line (the `commands` item) holding it. */
  line: number
  /** Offset of the reference within that line. */
  index: number
  ref: Reference
  context: ShellContext
  /** A command that parses this word as shell code again: `eval`, `bash -c`, `su -c`, `ssh`, `trap`. */
  reparsedBy?: string
  /** The placeholder is (part of) the command name: the value chooses the program. */
  commandName: boolean
  /** It starts an argument word before any `--`: a value starting with `-` reads as an option. */
  argumentStart: boolean
  /** The command the word belongs to, for messages. */
  program?: string
}

const SHELLS = new Set(['sh', 'bash', 'dash', 'ash', 'ksh', 'mksh', 'zsh', 'yash', 'busybox'])
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
])
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
])
/** `[[ … ]]` operators that evaluate both sides as arithmetic. */
const ARITHMETIC_TESTS = new Set(['-eq', '-ne', '-lt', '-le', '-gt', '-ge'])
/** Builtins whose `-i` makes the assigned values arithmetic. */
const DECLARATIONS = new Set(['declare', 'typeset', 'local', 'export', 'readonly'])
/** Compound commands whose words are not arguments of a program. */
const NOT_PROGRAMS = new Set(['case', 'for', 'select', '[[', 'function', '=('])
const ASSIGNMENT = /^[A-Za-z_][A-Za-z0-9_]*(\[[^\]]*\])?\+?=/
const OPERATOR_CHARS = new Set([';', '&', '|', '(', ')', '<', '>'])

const basename = (word: string): string => word.slice(word.lastIndexOf('/') + 1)

interface SimpleCommand {
  program?: string
  /** Words completed after the program's name. */
  args?: number
  /** A shell name was seen: its `-c` option makes the next word code. */
  shell?: string
  su?: boolean
  /** Every later word is code (`eval`, `ssh`). */
  reparse?: string
  /** The next word is code (`bash -c`, `su -c`, `trap`). */
  reparseNext?: string
  endOfOptions?: boolean
  /** The next word is a redirection target. */
  redirect?: boolean
  /** Words of a `case` pattern, up to its `)`. */
  casePattern?: boolean
  /** Its words are evaluated as arithmetic (`let`, `declare -i`, `[[ a -eq b ]]`). */
  arithmetic?: boolean
  /** Placeholders that are plain words of this command. */
  uses?: ShellPlaceholder[]
}

interface Word {
  text: string
  started: boolean
}

interface ScriptFrame {
  kind: 'script'
  /** `)` for `$(…)`, `<(…)` and `>(…)`; undefined for the script itself. */
  closer?: ')'
  depth: number
  cases: number
  /** The elements of `name=(…)`: words, never a command. */
  array?: boolean
  cmd: SimpleCommand
  word: Word
}

type Frame = ScriptFrame | { kind: 'double' }

interface HereDoc {
  delimiter: string
  stripTabs: boolean
}

const newScript = (closer?: ')'): ScriptFrame => ({
  kind: 'script',
  ...(closer ? { closer } : {}),
  depth: 0,
  cases: 0,
  cmd: {},
  word: { text: '', started: false }
})

/**
 * Reads a script (the lines are joined by newlines, as SSM writes them to a file) the way bash
 * tokenises it, far enough to know the context of every placeholder. It is not a full parser:
 * where it cannot tell, it errs towards calling a place unsafe.
 */
class Lexer {
  private readonly text: string
  private readonly starts: number[] = []
  private readonly refs = new Map<number, Reference>()
  private readonly found: ShellPlaceholder[] = []
  private readonly stack: Frame[] = [newScript()]
  private heredocs: HereDoc[] = []
  private i = 0

  constructor(lines: readonly string[]) {
    let offset = 0
    for (const line of lines) {
      this.starts.push(offset)
      for (const ref of references(line)) {
        if (ref.kind !== 'invalid') this.refs.set(offset + ref.index, ref)
      }
      offset += line.length + 1
    }
    this.text = lines.join('\n')
  }

  run(): ShellPlaceholder[] {
    while (this.i < this.text.length) {
      const frame = this.stack.at(-1) ?? newScript()
      if (frame.kind === 'double') this.double()
      else this.script(frame)
    }
    for (const frame of this.stack) if (frame.kind === 'script') this.endCommand(frame)
    return this.found
  }

  private record(
    ref: Reference,
    at: number,
    context: ShellContext,
    extra: Partial<ShellPlaceholder> = {}
  ): void {
    let line = 0
    while (line + 1 < this.starts.length && (this.starts[line + 1] ?? 0) <= at) line++
    // Inside quotes, the word still belongs to the command around it: `bash -c "… {{ p }}"`.
    const around = context === 'here-document' || context === 'comment' ? undefined : this.around()
    const reparsedBy = extra.reparsedBy ?? (around ? this.reparsedBy(around) : undefined)
    this.found.push({
      line,
      index: at - (this.starts[line] ?? 0),
      ref,
      context,
      commandName: false,
      argumentStart: false,
      ...extra,
      ...(reparsedBy === undefined ? {} : { reparsedBy })
    })
  }

  /** The innermost script frame: the command that the current word belongs to. */
  private around(): ScriptFrame | undefined {
    for (let k = this.stack.length - 1; k >= 0; k--) {
      const f = this.stack[k]
      if (f?.kind === 'script') return f
    }
    return undefined
  }

  /** Which command, if any, parses the current word as shell code again. */
  private reparsedBy(frame: ScriptFrame): string | undefined {
    const { cmd, word } = frame
    if (cmd.reparse !== undefined || cmd.reparseNext !== undefined)
      return cmd.reparse ?? cmd.reparseNext
    if (cmd.su && /^--(session-)?command=/.test(word.text)) return `${cmd.program ?? 'su'} -c`
    return undefined
  }

  /** Records the placeholder starting at `at` (if any) in `context`; returns the index after it. */
  private skipRef(at: number, context: ShellContext): number | undefined {
    const ref = this.refs.get(at)
    if (!ref) return undefined
    this.record(ref, at, context)
    return at + ref.text.length
  }

  /** Scans a region where every placeholder is in `context`, up to `end(index)`. */
  private leaf(from: number, context: ShellContext, end: (j: number) => number | undefined): void {
    let j = from
    while (j < this.text.length) {
      const after = this.skipRef(j, context)
      if (after !== undefined) {
        j = after
        continue
      }
      const stop = end(j)
      if (stop !== undefined) {
        this.i = stop
        return
      }
      j++
    }
    this.i = j
  }

  private singleQuoted(from: number, context: ShellContext): void {
    this.leaf(from, context, (j) => (this.text[j] === "'" ? j + 1 : undefined))
  }

  private ansiQuoted(from: number): void {
    let escaped = false
    this.leaf(from, 'ansi-c-quotes', (j) => {
      if (escaped) {
        escaped = false
        return undefined
      }
      if (this.text[j] === '\\') escaped = true
      return this.text[j] === "'" ? j + 1 : undefined
    })
  }

  private backquoted(from: number): void {
    let escaped = false
    this.leaf(from, 'backquotes', (j) => {
      if (escaped) {
        escaped = false
        return undefined
      }
      if (this.text[j] === '\\') escaped = true
      return this.text[j] === '`' ? j + 1 : undefined
    })
  }

  private braced(from: number): void {
    let depth = 1
    this.leaf(from, 'parameter-expansion', (j) => {
      if (this.text[j] === '{') depth++
      else if (this.text[j] === '}' && --depth === 0) return j + 1
      return undefined
    })
  }

  private arithmetic(from: number): void {
    let depth = 2
    this.leaf(from, 'arithmetic', (j) => {
      if (this.text[j] === '(') depth++
      else if (this.text[j] === ')' && --depth === 0) return j + 1
      return undefined
    })
  }

  private comment(from: number): void {
    this.leaf(from, 'comment', (j) => (this.text[j] === '\n' ? j : undefined))
  }

  /** `$…` in a script or in double quotes; `this.i` is at the `$`. */
  private dollar(): boolean {
    const t = this.text
    const at = this.i
    if (this.refs.has(at + 1)) {
      this.i = this.skipRef(at + 1, 'after-dollar') ?? at + 1
      return true
    }
    if (t.startsWith('$((', at)) {
      this.arithmetic(at + 3)
      return true
    }
    if (t.startsWith('$(', at)) {
      this.stack.push(newScript(')'))
      this.i = at + 2
      return true
    }
    if (t.startsWith('${', at)) {
      this.braced(at + 2)
      return true
    }
    return false
  }

  private double(): void {
    const t = this.text
    const c = t[this.i]
    if (this.skipRefHere('double-quotes')) return
    if (c === '"') {
      this.stack.pop()
      this.i++
    } else if (c === '\\') {
      // `\` before a placeholder stays a backslash inside double quotes: the placeholder is
      // reported as being in double quotes on the next turn.
      this.i += this.refs.has(this.i + 1) ? 1 : 2
    } else if (c === '`') this.backquoted(this.i + 1)
    else if (c === '$' && this.dollar()) return
    else this.i++
  }

  private skipRefHere(context: ShellContext): boolean {
    const after = this.skipRef(this.i, context)
    if (after === undefined) return false
    this.i = after
    return true
  }

  private endWord(frame: ScriptFrame): void {
    const { word, cmd } = frame
    if (!word.started) return
    const text = word.text
    frame.word = { text: '', started: false }
    if (cmd.redirect) {
      cmd.redirect = false
      return
    }
    if (cmd.casePattern) {
      if (text === 'esac' && frame.cases > 0) {
        frame.cases--
        cmd.casePattern = false
      }
      return
    }
    if (cmd.program === undefined) {
      if (ASSIGNMENT.test(text)) return
      if (LEADING_KEYWORDS.has(text)) return
      if (text === 'esac') {
        if (frame.cases > 0) frame.cases--
        return
      }
      cmd.program = basename(text)
      cmd.args = 0
      if (text === 'case') frame.cases++
    } else if (cmd.program === 'case' && text === 'in') {
      frame.cmd = { casePattern: true }
      return
    } else cmd.args = (cmd.args ?? 0) + 1
    if (cmd.reparseNext !== undefined) {
      cmd.reparseNext = undefined
      return
    }
    const name = basename(text)
    if (text === '--') cmd.endOfOptions = true
    if (SHELLS.has(name) && cmd.shell === undefined) cmd.shell = name
    else if (cmd.shell && /^-[A-Za-z]*c[A-Za-z]*$/.test(text)) cmd.reparseNext = `${cmd.shell} -c`
    if (name === 'eval' || name === 'ssh' || name === 'watch') cmd.reparse ??= name
    if (
      (cmd.program === 'let' && cmd.args === 0) ||
      (cmd.program === '[[' && ARITHMETIC_TESTS.has(text)) ||
      (DECLARATIONS.has(cmd.program) && /^[-+][A-Za-z]*i/.test(text))
    )
      cmd.arithmetic = true
    if (name === 'trap' && cmd.program === 'trap') cmd.reparseNext = 'trap'
    if (name === 'su' || name === 'runuser') cmd.su = true
    else if (cmd.su && /^(-c|--command|--session-command)$/.test(text))
      cmd.reparseNext = `${cmd.program} -c`
  }

  private endCommand(frame: ScriptFrame, casePattern = false): void {
    this.endWord(frame)
    // Arithmetic evaluates the text of a value as an expression: `a[$(reboot)]` runs a command.
    if (frame.cmd.arithmetic) for (const use of frame.cmd.uses ?? []) use.context = 'arithmetic'
    frame.cmd = casePattern ? { casePattern: true } : frame.array ? { program: '=(' } : {}
  }

  private placeholder(frame: ScriptFrame, ref: Reference): void {
    const { word, cmd } = frame
    const at = this.i
    const wordStart = !word.started
    const reparsedBy = this.reparsedBy(frame)
    const wrapped = WRAPPERS.has(cmd.program ?? '') && cmd.args === 0 && wordStart
    const commandName =
      (cmd.program === undefined || wrapped) &&
      !cmd.redirect &&
      !cmd.casePattern &&
      !ASSIGNMENT.test(word.text)
    const argumentStart =
      wordStart &&
      !commandName &&
      !cmd.redirect &&
      !cmd.casePattern &&
      !cmd.endOfOptions &&
      reparsedBy === undefined &&
      !NOT_PROGRAMS.has(cmd.program ?? '')
    this.record(ref, at, 'word', {
      commandName,
      argumentStart,
      ...(reparsedBy === undefined ? {} : { reparsedBy }),
      ...(cmd.program === undefined ? {} : { program: cmd.program })
    })
    const use = this.found.at(-1)
    if (use) (cmd.uses ??= []).push(use)
    word.started = true
    word.text += '\0'
    this.i = at + ref.text.length
  }

  /** `<<`, `<<-` and their delimiter word; `this.i` is after the operator. */
  private hereDocument(stripTabs: boolean): void {
    const t = this.text
    while (t[this.i] === ' ' || t[this.i] === '\t') this.i++
    let delimiter = ''
    let quote: string | undefined
    while (this.i < t.length) {
      if (this.skipRefHere('here-document')) continue
      const c = t[this.i] ?? ''
      if (quote) {
        if (c === quote) quote = undefined
        else delimiter += c
      } else if (c === "'" || c === '"') quote = c
      else if (c === '\\') {
        delimiter += t[this.i + 1] ?? ''
        this.i++
      } else if (/\s/.test(c) || OPERATOR_CHARS.has(c)) break
      else delimiter += c
      this.i++
    }
    this.heredocs.push({ delimiter, stripTabs })
  }

  /** Bodies of pending here-documents; `this.i` is at the start of the line after the operator. */
  private hereBodies(): void {
    const t = this.text
    for (const doc of this.heredocs) {
      while (this.i < t.length) {
        const nl = t.indexOf('\n', this.i)
        const end = nl < 0 ? t.length : nl
        const line = t.slice(this.i, end)
        if ((doc.stripTabs ? line.replace(/^\t+/, '') : line) === doc.delimiter) {
          this.i = end + 1
          break
        }
        for (let j = this.i; j < end; j++) {
          const ref = this.refs.get(j)
          if (ref) this.record(ref, j, 'here-document')
        }
        this.i = end + 1
      }
    }
    this.heredocs = []
  }

  private script(frame: ScriptFrame): void {
    const t = this.text
    const c = t[this.i] ?? ''
    const ref = this.refs.get(this.i)
    if (ref) {
      this.placeholder(frame, ref)
      return
    }
    const { word, cmd } = frame
    const at = this.i
    switch (c) {
      case ' ':
      case '\t':
        this.endWord(frame)
        this.i++
        return
      case '\n':
        this.endCommand(frame, frame.cases > 0 && cmd.casePattern === true)
        this.i++
        this.hereBodies()
        return
      case '\\':
        if (this.refs.has(at + 1)) {
          word.started = true
          this.i = this.skipRef(at + 1, 'after-backslash') ?? at + 1
        } else {
          // A backslash-newline joins lines; anything else is one quoted character.
          if (t[at + 1] !== '\n') word.started = true
          word.text += t[at + 1] ?? ''
          this.i = at + 2
        }
        return
      case "'":
        word.started = true
        this.singleQuoted(at + 1, 'single-quotes')
        return
      case '"':
        word.started = true
        this.stack.push({ kind: 'double' })
        this.i++
        return
      case '`':
        word.started = true
        this.backquoted(at + 1)
        return
      case '#':
        if (!word.started) {
          this.comment(at + 1)
          return
        }
        break
      case '$':
        word.started = true
        if (t[at + 1] === "'") {
          this.ansiQuoted(at + 2)
          return
        }
        if (t[at + 1] === '"') {
          this.stack.push({ kind: 'double' })
          this.i = at + 2
          return
        }
        if (this.dollar()) return
        break
      case ';':
      case '&':
      case '|':
        this.operator(frame)
        return
      case '(':
      case ')':
        this.paren(frame)
        return
      case '<':
      case '>':
        this.redirection(frame)
        return
    }
    word.started = true
    word.text += c
    this.i++
  }

  private operator(frame: ScriptFrame): void {
    const t = this.text
    const at = this.i
    if (t.startsWith('&>', at)) {
      this.endWord(frame)
      frame.cmd.redirect = true
      this.i = at + (t[at + 2] === '>' ? 3 : 2)
      return
    }
    const caseEnd = /^;;&?|^;&/.exec(t.slice(at, at + 3))?.[0]
    this.endCommand(frame, caseEnd !== undefined && frame.cases > 0)
    this.i = at + (caseEnd?.length ?? (/^(&&|\|\||\|&)/.test(t.slice(at, at + 2)) ? 2 : 1))
  }

  private paren(frame: ScriptFrame): void {
    const t = this.text
    const at = this.i
    if (t[at] === '(') {
      // `name=(…)`: array elements are plain words, not a command.
      if (frame.word.started && ASSIGNMENT.test(frame.word.text) && frame.word.text.endsWith('=')) {
        const elements: ScriptFrame = { ...newScript(')'), array: true, cmd: { program: '=(' } }
        this.stack.push(elements)
        this.i = at + 1
        return
      }
      if (t[at + 1] === '(' && frame.cmd.program === undefined && !frame.word.started) {
        this.endWord(frame)
        this.arithmetic(at + 2)
        return
      }
      this.endCommand(frame)
      frame.depth++
      this.i = at + 1
      return
    }
    if (frame.cmd.casePattern) {
      this.endCommand(frame)
    } else if (frame.depth > 0) {
      this.endCommand(frame)
      frame.depth--
    } else if (frame.closer === ')') {
      this.endCommand(frame)
      this.stack.pop()
    } else this.endCommand(frame)
    this.i = at + 1
  }

  private redirection(frame: ScriptFrame): void {
    const t = this.text
    const at = this.i
    // `<(…)` and `>(…)`: a command list whose output or input is a file name.
    if (t[at + 1] === '(') {
      frame.word.started = true
      this.stack.push(newScript(')'))
      this.i = at + 2
      return
    }
    // A word of digits just before is a file descriptor, not an argument.
    if (/^\d+$/.test(frame.word.text)) frame.word = { text: '', started: false }
    this.endWord(frame)
    if (t.startsWith('<<<', at)) {
      frame.cmd.redirect = true
      this.i = at + 3
    } else if (t.startsWith('<<', at)) {
      const strip = t[at + 2] === '-'
      this.i = at + (strip ? 3 : 2)
      this.hereDocument(strip)
    } else {
      frame.cmd.redirect = true
      this.i = at + (/^(>>|>&|<&|<>|>\|)/.test(t.slice(at, at + 2)) ? 2 : 1)
    }
  }
}

/** Every `{{ … }}` in a script and its shell context. */
export function shellPlaceholders(lines: readonly string[]): ShellPlaceholder[] {
  return new Lexer(lines).run()
}

/** Why a placeholder at this place is refused, with the fix; undefined when it is safe. */
export function placeholderProblem(p: ShellPlaceholder): string | undefined {
  const t = p.ref.text
  const bare = `write the placeholder bare (\`systemctl restart ${t}\`, never \`"${t}"\`): OpsLoop puts every value in single quotes itself, which is only exact outside any quotes of yours`
  if (p.reparsedBy !== undefined) {
    const by = p.reparsedBy
    const advice: Record<string, string> = {
      eval: 'run the command directly instead of through `eval`',
      ssh: 'run the command on the target itself (SSM already does) instead of through `ssh`',
      trap: `assign the value to a variable first (\`value=${t}\`) and use "$value" in the trap`,
      watch: `export the value first (\`export VALUE=${t}\`) and use "$VALUE" in fixed code (\`watch 'systemctl status "$VALUE"'\`)`
    }
    const how =
      advice[by] ??
      (/^(su|runuser) -c$/.test(by)
        ? `run the command as that user without a shell (\`runuser -u USER -- systemctl restart ${t}\`)`
        : `pass the value as an argument and use "$1" in the code (\`${by} 'systemctl restart "$1"' _ ${t}\`)`)
    return `\`${t}\` is part of the code that \`${by}\` runs: the shell parses the value a second time, so no quoting can make it safe; ${how}`
  }
  switch (p.context) {
    case 'word':
      return p.commandName
        ? `\`${t}\` is the command name, so the value would choose which program runs; run fixed commands and choose between them with \`case\` on the value`
        : undefined
    case 'double-quotes':
      return `\`${t}\` is inside double quotes, where the shell still runs \`$(…)\` and backquotes in the value; ${bare}`
    case 'single-quotes':
      return `\`${t}\` is inside single quotes: OpsLoop's quotes would close yours and leave the value unquoted; ${bare}`
    case 'ansi-c-quotes':
      return `\`${t}\` is inside $'…' quotes: OpsLoop's quotes would close yours and backslash escapes in the value would be decoded; ${bare}`
    case 'backquotes':
      return `\`${t}\` is inside a backquoted command substitution, which strips backslashes from the value before running it; use \`$(…)\` and write the placeholder bare inside it`
    case 'here-document':
      return `\`${t}\` is inside a here-document, whose body the shell expands (\`$(…)\` in the value would run) or, with a quoted delimiter, keeps OpsLoop's quotes; assign the value to a variable first (\`value=${t}\`) and use "$value" in the here-document`
    case 'comment':
      return `\`${t}\` is inside a comment: a value holding a newline would end the comment and run as a command; take it out of the comment`
    case 'parameter-expansion':
      return `\`${t}\` is inside \`\${…}\`, where OpsLoop's quotes do not work as in a plain word; assign the value to a variable first (\`value=${t}\`) and expand that`
    case 'arithmetic':
      return `\`${t}\` is inside an arithmetic expression, which refuses OpsLoop's quotes and evaluates text as code (\`a[$(…)]\`); declare the parameter \`integer\`, assign it (\`n=${t}\`) and use \`$n\``
    case 'after-backslash':
      return `\`${t}\` follows a backslash, which escapes OpsLoop's opening quote and leaves the value unquoted; remove the backslash`
    case 'after-dollar':
      return `\`${t}\` follows a \`$\`, which turns OpsLoop's quotes into \`$'…'\` and decodes backslash escapes in the value; remove the \`$\` (or write \`$\` as \`\\$\`)`
  }
}

// ---------------------------------------------------------------------------------------------
// Document parameters that are shell lines
// ---------------------------------------------------------------------------------------------

/**
 * Document parameters that hold shell lines in AWS-RunShellScript-like documents (Run Command or
 * an Automation document passing them on to `aws:runShellScript`): `commands`, `commandLine`.
 */
export function isShellParameter(name: string): boolean {
  return /^(commands|commandLine)$/i.test(name)
}

// ---------------------------------------------------------------------------------------------
// The catalog lint: placement, option injection, Automation parameters
// ---------------------------------------------------------------------------------------------

/** A finding about a runbook, positioned by a data path (and an offset inside a string). */
export interface ShellFinding {
  path: PathSegment[]
  /** Offset inside the string at `path`, for findings about one placeholder. */
  index?: number
  /** Point at the key (a parameter's name) instead of its value. */
  at?: 'key'
  severity: 'error' | 'warning'
  rule: string
  message: string
}

interface Script {
  lines: string[]
  paths: PathSegment[][]
  automation: boolean
}

type Values = Record<string, string | string[] | undefined>

interface Uses {
  scripts: Script[]
  automation: [PathSegment[], Values][]
  /** Parameters in Run Command strings: the semantic rules already check their patterns. */
  runCommand: Set<string>
}

function usesOf(rb: Runbook): Uses {
  const scripts: Script[] = []
  const automation: [PathSegment[], Values][] = []
  const runCommand = new Set<string>()
  const note = (value: string): void => {
    for (const r of references(value)) if (r.kind === 'param') runCommand.add(r.name)
  }
  const params = (values: Values | undefined, at: PathSegment[], isAutomation: boolean): void => {
    for (const [name, v] of Object.entries(values ?? {})) {
      if (v === undefined || !isShellParameter(name)) continue
      const lines = typeof v === 'string' ? [v] : v
      const paths = typeof v === 'string' ? [[...at, name]] : v.map((_, i) => [...at, name, i])
      scripts.push({ lines, paths, automation: isAutomation })
    }
  }
  const steps = [
    [rb.execution, ['execution']],
    [rb.rollback, ['rollback']],
    [rb.verify?.check, ['verify', 'check']]
  ] as const
  for (const [step, at] of steps) {
    const run = step?.runCommand
    if (run) {
      const base = [...at, 'runCommand']
      if (run.commands)
        scripts.push({
          lines: run.commands,
          paths: run.commands.map((_, i) => [...base, 'commands', i]),
          automation: false
        })
      params(run.parameters, [...base, 'parameters'], false)
      run.commands?.forEach(note)
      for (const v of Object.values(run.parameters ?? {}))
        if (typeof v === 'string') note(v)
        else v?.forEach(note)
    }
    const auto = step?.automation
    if (auto) {
      const base = [...at, 'automation', 'parameters']
      params(auto.parameters, base, true)
      automation.push([base, auto.parameters ?? {}])
    }
  }
  return { scripts, automation, runCommand }
}

/** Why an Automation document parameter may receive anything, or undefined. */
function automationReason(p: Parameter): string | undefined {
  if (p.type !== 'string' || p.enum) return undefined
  if (p.pattern === undefined) return 'an unconstrained string'
  if (compilePattern(p.pattern) instanceof Error) return undefined
  if (!anchored(p.pattern)) return `a string whose pattern \`${p.pattern}\` is not anchored`
  const meta = patternFacts(p.pattern).metacharacter
  if (!meta) return undefined
  const shown =
    meta.witness.found === true ? JSON.stringify(meta.witness.example) : display(meta.char)
  return `a string whose pattern \`${p.pattern}\` accepts ${shown}, with the shell metacharacter ${display(meta.char)}`
}

/**
 * The placement, option-injection and Automation-parameter rules over a schema-valid runbook.
 * (The pattern rule for Run Command lines is reported with the other semantic rules, through
 * `shellUnsafeReason`.)
 */
export function lintShellUse(rb: Runbook): ShellFinding[] {
  const declared: Record<string, Parameter | undefined> = rb.parameters ?? {}
  const out: ShellFinding[] = []
  const { scripts, automation, runCommand: covered } = usesOf(rb)
  const viaAutomation = new Map<string, PathSegment[]>()

  for (const script of scripts) {
    for (const use of shellPlaceholders(script.lines)) {
      const path = script.paths[use.line] ?? []
      const at = { path, index: use.index }
      if (use.ref.kind === 'targets') {
        if (script.automation)
          out.push({
            ...at,
            severity: 'error',
            rule: 'shell-injection',
            message:
              '`{{ targets }}` cannot be used in shell commands: targets come from the incident, which is untrusted input; pass them in another document parameter'
          })
        continue
      }
      if (use.ref.kind !== 'param') continue
      const param = declared[use.ref.name]
      if (!param) continue // reported as an undeclared reference
      if (script.automation && !covered.has(use.ref.name) && !viaAutomation.has(use.ref.name))
        viaAutomation.set(use.ref.name, path)
      const problem = placeholderProblem(use)
      if (problem) {
        out.push({
          ...at,
          severity: 'error',
          rule: use.commandName && !use.reparsedBy ? 'shell-command-name' : 'shell-quoting',
          message: problem
        })
        continue
      }
      const dash = use.argumentStart ? leadingDashExample(param) : undefined
      if (dash !== undefined) {
        const what = param.enum
          ? 'its enum value'
          : `its pattern \`${param.pattern ?? ''}\` accepts`
        out.push({
          ...at,
          severity: 'error',
          rule: 'shell-option-injection',
          message: `\`${use.ref.text}\` starts an argument of \`${use.program ?? 'the command'}\` and ${what} ${JSON.stringify(dash)}, which the program would read as an option (think \`--help\` or \`-rf\`); make the value start with a letter or digit (\`^[a-z0-9][a-z0-9-]*$\`) or end the options first (\`${use.program ?? 'command'} -- ${use.ref.text}\`)`
        })
      }
    }
  }

  for (const [name, usedAt] of viaAutomation) {
    const p = declared[name]
    const reason = p ? shellUnsafeReason(p) : undefined
    if (reason)
      out.push({
        path: ['parameters', name],
        at: 'key',
        severity: 'error',
        rule: 'shell-injection',
        message: `parameter \`${name}\` reaches shell commands through an Automation document (${formatPath(usedAt)}) but ${reason}`
      })
  }

  for (const [base, values] of automation) {
    for (const [key, v] of Object.entries(values)) {
      if (v === undefined || isShellParameter(key)) continue
      const items: [PathSegment[], string][] =
        typeof v === 'string' ? [[[...base, key], v]] : v.map((s, i) => [[...base, key, i], s])
      for (const [path, value] of items) {
        for (const ref of references(value)) {
          if (ref.kind !== 'param') continue
          const p = declared[ref.name]
          const reason = p ? automationReason(p) : undefined
          if (reason)
            out.push({
              path,
              index: ref.index,
              severity: 'warning',
              rule: 'automation-parameter',
              message: `\`${ref.text}\` gives the Automation document's \`${key}\` ${reason}: the document receives whatever value the triage proposes, and any step that builds a command or script from it can be injected; add an \`enum\` or an anchored \`pattern\` such as \`^[A-Za-z0-9._-]{1,128}$\``
            })
        }
      }
    }
  }
  return out
}

/** Does the first command make the script fail loudly (`set -euo pipefail` or equivalent)? */
export function failsLoudly(commands: readonly string[]): boolean {
  const first = commands.find((c) => c.trim() !== '' && !c.trim().startsWith('#'))?.trim()
  const m = first ? /^set\s+(.+)$/.exec(first) : null
  if (!m?.[1]) return false
  const words = m[1].split(/\s+/)
  const letters = new Set<string>()
  const options = new Set<string>()
  words.forEach((w, i) => {
    if (/^-[A-Za-z]+$/.test(w)) for (const l of w.slice(1)) letters.add(l)
    if (w.startsWith('-') && w.endsWith('o') && words[i + 1]) options.add(words[i + 1] ?? '')
  })
  return (
    (letters.has('e') || options.has('errexit')) &&
    (letters.has('u') || options.has('nounset')) &&
    options.has('pipefail')
  )
}
