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
import { DATE_ABBREVIATIONS } from './date-words.js'

/** Levels as lines print them; single letters only where Android's logcat puts them. */
export type HeaderLevel = 'trace' | 'debug' | 'info' | 'notice' | 'warning' | 'error' | 'critical'

const LEVELS: Readonly<Record<string, HeaderLevel>> = {
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
}

const LOGCAT: Readonly<Record<string, HeaderLevel>> = {
  V: 'debug',
  D: 'debug',
  I: 'info',
  W: 'warning',
  E: 'error',
  F: 'critical',
  A: 'critical'
}

const KLOG = /^([IWEF])\d{4}$/
const REDIS_ROLE = /^\d+:[XCSM]$/
const REDIS_LEVEL: Readonly<Record<string, HeaderLevel>> = {
  '.': 'debug',
  '-': 'debug',
  '*': 'notice',
  '#': 'warning'
}

export interface SplitLine {
  /** The header as it was printed, up to where the message starts (may be empty). */
  header: string
  /** The message: the rest of the line. */
  message: string
  /** The level the header declares, when it declares one. */
  level?: HeaderLevel
  /**
   * The line continues the record before it (PostgreSQL's `DETAIL:`, `STATEMENT:`): it has that
   * record's level.
   */
  continues?: true
}

// PostgreSQL's log_line_prefix ends in its level: `…:[31331]:ERROR:` (`%q`-style prefixes too).
const POSTGRES =
  /:(LOG|ERROR|FATAL|PANIC|WARNING|NOTICE|INFO|DEBUG[1-5]?|DETAIL|HINT|STATEMENT|CONTEXT|QUERY|LOCATION):$/
const POSTGRES_LEVEL: Readonly<Record<string, HeaderLevel>> = {
  LOG: 'info',
  INFO: 'info',
  NOTICE: 'notice',
  WARNING: 'warning',
  ERROR: 'error',
  FATAL: 'critical',
  PANIC: 'critical'
}

/** A leading token: where it is in the line; its text is sliced only when a test reads it. */
class Token {
  private cached: string | undefined

  constructor(
    private readonly line: string,
    readonly start: number,
    readonly end: number
  ) {}

  get text(): string {
    return (this.cached ??= this.line.slice(this.start, this.end))
  }
}

/** At most this many leading tokens are read as a header. */
const MAX_HEADER_TOKENS = 14
/** Characters of a line the header may take. */
const MAX_HEADER_CHARS = 300

/**
 * Whitespace-separated tokens, a bracketed span (`[IPC Server handler 19 on 62270]`) as one,
 * read as the walk asks for them: most headers end after a few tokens.
 */
class LeadingTokens {
  /** Each read token's start and end (tokens as objects only when the walk asks: `at`). */
  readonly starts: number[] = []
  readonly ends: number[] = []
  /** Each read token's shapeHash (the header memo's key). */
  readonly hashes: number[] = []
  /** A token past the last was asked for: the walk saw where the tokens end. */
  exhausted = false
  private readonly objects: Token[] = []
  private i = 0
  private readonly n: number

  constructor(readonly line: string) {
    this.n = Math.min(line.length, MAX_HEADER_CHARS)
  }

  /** Whether there is a k-th token (reading up to it); noting when there is none. */
  has(k: number): boolean {
    while (this.starts.length <= k && this.next()) continue
    if (k < this.starts.length) return k >= 0
    if (k >= 0) this.exhausted = true
    return false
  }

  /** The k-th token, or undefined past the last (or MAX_HEADER_TOKENS). */
  at(k: number): Token | undefined {
    if (!this.has(k)) return undefined
    return (this.objects[k] ??= new Token(this.line, this.starts[k] ?? 0, this.ends[k] ?? 0))
  }

  /** Tokens a (inclusive) to b (exclusive). */
  slice(a: number, b: number): Token[] {
    const out: Token[] = []
    for (let k = a; k < b; k++) {
      const token = this.at(k)
      if (token !== undefined) out.push(token)
    }
    return out
  }

  private next(): boolean {
    const line = this.line
    const n = this.n
    let i = this.i
    if (this.starts.length >= MAX_HEADER_TOKENS) return false
    while (i < n && (line.charCodeAt(i) === 32 || line.charCodeAt(i) === 9)) i++
    if (i >= n) {
      this.i = i
      return false
    }
    const start = i
    if (line.charCodeAt(i) === 91) {
      let depth = 0
      for (; i < line.length; i++) {
        const c = line.charCodeAt(i)
        if (c === 91) depth++
        else if (c === 93 && --depth === 0) {
          i++
          break
        }
      }
      // `[x]:` and `[x],` keep their punctuation.
      while (i < line.length && (line.charCodeAt(i) === 58 || line.charCodeAt(i) === 44)) i++
      this.hashes.push(shapeHash(line, start, i))
    } else {
      // The token's end and its shapeHash in one pass.
      let h = FNV_OFFSET
      while (i < line.length) {
        const c = line.charCodeAt(i)
        if (c === 32 || c === 9) break
        h = Math.imul(h ^ (isDigitCode(c) ? 48 : c), FNV_PRIME)
        i++
      }
      this.hashes.push(h >>> 0)
    }
    this.starts.push(start)
    this.ends.push(i)
    this.i = i
    return true
  }
}

// Digits with the separators dates, times and pids use; at least one digit.
const TIME_PART = /^(?=.*\d)[\d:./,+\-TZ]+,?$/
const PROGRAM_PID = /^[\w.$/@()-]+(?:\[\d+\])(?:\s*\([^)]*\))?:$/
const LOGGER_COLON = /^[A-Za-z_$][\w.$/@()<>-]*:$/
const DOTTED_LOGGER = /^[A-Za-z_][\w$-]*(?:\.[A-Za-z_$][\w$-]*)+$/
const HOST = /^[A-Za-z0-9][\w.@/:-]*$/
// A date or a time of day, not any number: `2017-05-16`, `17/06/09`, `00:00:00.008`.
const DATE_OR_TIME = /^\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}|^\d{1,2}:\d{2}(?::\d{2})?/
const ALLCAPS = /^[A-Z][A-Z0-9_]{1,15}$/
const SEPARATORS = new Set(['-', '--', '---', '|', ':', '>', '::'])

/** The level a word names (`WARN`, `[error]`, `notice:`, `Info`), if it names one. */
export const levelOf = (text: string): HeaderLevel | undefined => {
  if (text.length > 16) return undefined
  // A level word starts with a letter, or a bracket before it (`[error]`, `(warn)`, `<info>`).
  const c = text.charCodeAt(0)
  if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 91 || c === 40 || c === 60))
    return undefined
  const word = text.replace(/^[[(<]+|[\]):>,]+$/g, '').toLowerCase()
  return LEVELS[word]
}
const IPV4 = /^\d{1,3}(?:\.\d{1,3}){3}(?::\d+)?,?$/
// TIME_PART's characters: digits and `: . / , + - T Z`.
const TIME_FIRST = new Set([43, 44, 45, 46, 47, 58, 84, 90])
const isTime = (t: string): boolean => {
  const c = t.charCodeAt(0)
  if ((c >= 48 && c <= 57) || TIME_FIRST.has(c)) {
    if (TIME_PART.test(t) && !IPV4.test(t)) return true
  }
  // The longest date word with its comma: `thurs,`.
  return t.length <= 6 && DATE_ABBREVIATIONS.has(t.toLowerCase().replace(/,$/, ''))
}
const isBracket = (t: string): boolean => {
  if (t.charCodeAt(0) !== 91) return false
  const last = t.charCodeAt(t.length - 1)
  return last === 93 || ((last === 58 || last === 44) && t.charCodeAt(t.length - 2) === 93)
}

/**
 * Walks remembered by the leading tokens they read, so a stream's lines (whose headers differ
 * in their digits only) are split without walking again. Exact: a walk depends on nothing but
 * the tokens it read (how many, and each one's text), and its tests treat every digit alike
 * (`\\d`, lengths), so a token is remembered with its digits as `0`; a token with `DEBUG` in it
 * keeps its digits (PostgreSQL's `DEBUG1`…`DEBUG5`). The answer is kept as a token and an offset
 * in it, since spacing between tokens varies. Bounded: cleared past MAX_MEMO_NODES.
 */
class HeaderMemo {
  private root: MemoNode = newMemoNode('')
  private nodes = 0

  find(tokens: LeadingTokens): Walk | undefined {
    const line = tokens.line
    let node: MemoNode | undefined = this.root
    for (let k = 0; node !== undefined; k++) {
      if (node.answer !== undefined) return this.apply(node.answer, tokens)
      if (!tokens.has(k)) {
        node = node.children.get(END_OF_TOKENS)?.[0]
        continue
      }
      const start = tokens.starts[k] ?? 0
      const end = tokens.ends[k] ?? 0
      const siblings = node.children.get(tokens.hashes[k] ?? 0)
      node = undefined
      for (const n of siblings ?? [])
        if (sameShape(line, start, end, n)) {
          node = n
          break
        }
    }
    return undefined
  }

  remember(tokens: LeadingTokens, walk: Walk): Walk {
    const answer = this.answerOf(tokens, walk)
    if (answer === undefined) return walk
    if (this.nodes > MAX_MEMO_NODES) {
      this.root = newMemoNode('')
      this.nodes = 0
    }
    const line = tokens.line
    const path: [number, string][] = tokens.starts.map((start, k) => {
      const end = tokens.ends[k] ?? start
      return [shapeHash(line, start, end), shapeOf(line.slice(start, end))]
    })
    if (tokens.exhausted) path.push([END_OF_TOKENS, ''])
    let node = this.root
    for (const [hash, shape] of path) {
      const siblings = node.children.get(hash) ?? []
      let next = siblings.find((n) => n.shape === shape)
      if (next === undefined) {
        next = newMemoNode(shape)
        siblings.push(next)
        node.children.set(hash, siblings)
        this.nodes++
      }
      node = next
    }
    node.answer = answer
    return walk
  }

  /** The walk's end as a token and an offset from its start (-1: the line's start). */
  private answerOf(tokens: LeadingTokens, walk: Walk): MemoAnswer | undefined {
    const base = {
      ...(walk.level ? { level: walk.level } : {}),
      ...(walk.continues ? { continues: true as const } : {})
    }
    if (walk.end === 0) return { token: -1, offset: 0, ...base }
    const k = tokens.starts.findIndex(
      (start, j) => start <= walk.end && walk.end <= (tokens.ends[j] ?? start)
    )
    const start = tokens.starts[k]
    return start === undefined ? undefined : { token: k, offset: walk.end - start, ...base }
  }

  private apply(answer: MemoAnswer, tokens: LeadingTokens): Walk {
    const start = answer.token < 0 ? 0 : (tokens.starts[answer.token] ?? 0)
    return {
      end: start + answer.offset,
      ...(answer.level ? { level: answer.level } : {}),
      ...(answer.continues ? { continues: true } : {})
    }
  }
}

interface MemoAnswer {
  token: number
  offset: number
  level?: HeaderLevel
  continues?: true
}

interface MemoNode {
  /** The token's shape (shapeOf); `exact`: its digits count too (`DEBUG1`). */
  shape: string
  exact: boolean
  /** By shapeHash; a list, so two shapes with one hash stay apart. */
  children: Map<number, MemoNode[]>
  answer?: MemoAnswer
}

const newMemoNode = (shape: string): MemoNode => ({
  shape,
  exact: shape.includes('DEBUG'),
  children: new Map()
})

const MAX_MEMO_NODES = 5_000
const END_OF_TOKENS = -1
const isDigitCode = (c: number): boolean => c >= 48 && c <= 57

/** A token as the memo keys it: digits as `0` (but in `DEBUG1`…), the text itself without any. */
function shapeOf(text: string): string {
  return text.includes('DEBUG') ? text : text.replace(DIGITS, '0')
}
const DIGITS = /[0-9]/g

/** FNV-1a of `line[start, end)` with every digit read as `0`; no string is made. */
function shapeHash(line: string, start: number, end: number): number {
  let h = FNV_OFFSET
  for (let i = start; i < end; i++) {
    const c = line.charCodeAt(i)
    h = Math.imul(h ^ (isDigitCode(c) ? 48 : c), FNV_PRIME)
  }
  return h >>> 0
}
const FNV_OFFSET = 0x811c9dc5
const FNV_PRIME = 0x01000193

/** Whether `line[start, end)` has the node's shape (digits alike unless `exact`). */
function sameShape(line: string, start: number, end: number, node: MemoNode): boolean {
  const shape = node.shape
  if (end - start !== shape.length) return false
  for (let i = 0; i < shape.length; i++) {
    const c = line.charCodeAt(start + i)
    const d = shape.charCodeAt(i)
    if (c !== d && (node.exact || !isDigitCode(c) || d !== 48)) return false
  }
  return true
}

const HEADER_MEMO = new HeaderMemo()

/** Where a line's header ends (a character offset), its level, and whether it continues. */
interface Walk {
  end: number
  level?: HeaderLevel
  continues?: true
}

/** The header and message of one line, and the level its header declares. */
export function splitHeader(line: string): SplitLine {
  const pipe = pipeHeader(line)
  if (pipe) return pipe
  const tokens = new LeadingTokens(line)
  const walk = HEADER_MEMO.find(tokens) ?? HEADER_MEMO.remember(tokens, walkHeader(line, tokens))
  const end = walk.end
  const level = walk.level
  if (walk.continues) {
    return { header: line.slice(0, end), message: line.slice(end).trimStart(), continues: true }
  }
  const message = line.slice(end).trimStart()
  // A line that is all header (or one the walk could not place) is its own message.
  if (message === '')
    return level ? { header: '', message: line, level } : { header: '', message: line }
  const header = line.slice(0, end)
  return level ? { header, message, level } : { header, message }
}

/** The walk over a line's leading tokens that finds where its header ends (see the file comment). */
function walkHeader(line: string, tokens: LeadingTokens): Walk {
  let level: HeaderLevel | undefined
  let timed = false
  let afterLevel = false
  let end = 0
  const take = (k: number): void => {
    end = tokens.at(k)?.end ?? end
  }
  let k = 0
  // klog (Kubernetes): `I0311 09:00:01.123456       1 kubelet.go:2563] message`.
  const klog = KLOG.exec(tokens.at(0)?.text ?? '')?.[1]
  if (klog !== undefined) {
    level = LOGCAT[klog]
    timed = true
    take(0)
    k = 1
  }
  // Redis: `1:M 11 Mar 2025 09:00:03.997 # message`, its level a mark after the time.
  const redis =
    REDIS_ROLE.test(tokens.at(0)?.text ?? '') && /^\d{1,2}$/.test(tokens.at(1)?.text ?? '')
  if (redis) {
    timed = true
    take(0)
    k = 1
  }
  for (; tokens.at(k) !== undefined; k++) {
    const t = tokens.at(k)?.text ?? ''
    const next = tokens.at(k + 1)?.text ?? ''
    // PostgreSQL: the level ends the prefix; a continuation's word is its message's.
    const pg = timed && t.endsWith(':') ? POSTGRES.exec(t) : null
    if (pg) {
      const word = pg[1] ?? ''
      const levelled = POSTGRES_LEVEL[word] ?? (word.startsWith('DEBUG') ? 'debug' : undefined)
      const at = tokens.at(k)
      if (levelled === undefined && at) {
        return { end: at.start + t.length - word.length - 1, continues: true }
      }
      level = levelled
      take(k)
      k++
      break
    }
    // klog's `file.go:123]` ends its header.
    if (klog !== undefined && /^[\w.-]+:\d+\]$/.test(t)) {
      take(k)
      k++
      break
    }
    if (
      redis &&
      level === undefined &&
      REDIS_LEVEL[t] !== undefined &&
      isTime(tokens.at(k - 1)?.text ?? '')
    ) {
      level = REDIS_LEVEL[t]
      take(k)
      k++
      break
    }
    // nginx after its level: `1#1:` (pid#tid) and `*2195` (the connection).
    if (afterLevel && /^\d+#\d+:$/.test(t)) {
      take(k)
      if (/^\*\d+$/.test(next)) take(++k)
      k++
      break
    }
    // After the level a number is the message's (`INFO 162 double-hummer …`), unless more header
    // follows it (Spring Boot's `INFO 12345 --- [main]`).
    if (afterLevel && /^\d+$/.test(t) && !SEPARATORS.has(next) && !isBracket(next)) break
    if (isTime(t) || (/^\d+$/.test(t) && (timed || k === 0))) {
      timed = true
      take(k)
      continue
    }
    const l = level === undefined ? levelOf(t) : undefined
    // First in the line, a level is one when it looks like one (`ERROR`, `error:`, `[warn]`):
    // `error budget ok` is a message.
    const marked = isBracket(t) || t.endsWith(':') || /^[A-Z]+$/.test(t)
    if (l !== undefined && (timed || (k <= 1 && marked) || isBracket(t))) {
      level = l
      afterLevel = true
      take(k)
      continue
    }
    if (level === undefined && timed && LOGCAT[t] !== undefined && LOGGER_COLON.test(next)) {
      level = LOGCAT[t]
      take(k)
      continue
    }
    if (isBracket(t) && (timed || k === 0 || afterLevel)) {
      level ??= levelOf(t)
      timed = true
      take(k)
      continue
    }
    if (SEPARATORS.has(t) && (timed || k === 0)) {
      take(k)
      continue
    }
    // A host or file name that a date or time follows, even first (`nova-api.log.1 2017-05-16`).
    if (HOST.test(t) && /[\d.:-]/.test(t) && DATE_OR_TIME.test(next)) {
      take(k)
      continue
    }
    if (!timed && !afterLevel) break
    // Facility words before the level (`RAS KERNEL INFO`): through the level.
    if (level === undefined && (ALLCAPS.test(t) || HOST.test(t))) {
      const at = [1, 2, 3].find((d) => levelOf(tokens.at(k + d)?.text ?? '') !== undefined)
      const between = tokens.slice(k, at === undefined ? k : k + at).map((x) => x.text)
      if (
        at !== undefined &&
        between.every((x) => ALLCAPS.test(x) || (HOST.test(x) && /\d/.test(x)))
      ) {
        k += at
        level = levelOf(tokens.at(k)?.text ?? '')
        afterLevel = true
        take(k)
        continue
      }
    }
    // Ends the header: `prog[pid]:`, `Logger:`.
    if (PROGRAM_PID.test(t) || LOGGER_COLON.test(t)) {
      take(k)
      k++
      break
    }
    // A host name before more of the header: a timestamp, `prog[pid]:`, another host. Not after
    // the level: there a word and a number are the message's (`INFO iar 00106210 dear …`).
    if (
      !afterLevel &&
      HOST.test(t) &&
      (isTime(next) ||
        PROGRAM_PID.test(next) ||
        // `local@tbird-admin1 gmetad:`: a located host, then its program.
        (/[@/]/.test(t) && /\d/.test(t) && LOGGER_COLON.test(next)) ||
        (/\d/.test(t) && HOST.test(next) && /\d/.test(next)))
    ) {
      take(k)
      continue
    }
    // A dotted logger after the level (`nova.compute.manager`, `o.s.b.StartupInfoLogger`), with
    // its bracketed context and a lone `:` or `-` after it.
    if (afterLevel && DOTTED_LOGGER.test(t)) {
      take(k)
      if (isBracket(next)) take(++k)
      if (SEPARATORS.has(tokens.at(k + 1)?.text ?? '')) take(++k)
      k++
      break
    }
    // A program and a lone `-` (`chrome.exe - …`, `chrome.exe *64 - …`).
    const dash = [1, 2].find((d) => tokens.at(k + d)?.text === '-')
    if (dash !== undefined && t.length <= 64) {
      take(k + dash)
      k += dash + 1
      break
    }
    break
  }
  // A column format with no level (HPC: `<id> <node> <component> <state> <epoch> <flag> …`):
  // when the walk stopped early, a Unix time in seconds a few columns on ends the header.
  if (level === undefined && timed && k <= 2) {
    for (let e = k; e < k + EPOCH_LOOKAHEAD; e++) {
      const t = tokens.at(e)?.text
      if (t === undefined || /["'=]/.test(t)) break
      if (isEpochSeconds(t)) {
        take(e)
        break
      }
    }
  }
  return { end, ...(level ? { level } : {}) }
}

/** Columns a Unix time may be ahead of where the walk stopped. */
const EPOCH_LOOKAHEAD = 6

/** Ten digits that are a time between 2000 and 2040 in seconds. */
function isEpochSeconds(t: string): boolean {
  if (t.length !== 10 || !/^\d{10}$/.test(t)) return false
  const n = Number(t)
  return n >= 946_684_800 && n < 2_208_988_800
}

/** `20171223-22:15:29:606|Step_LSC|30002312|onStandStepChanged 3579`: fields before the last `|`. */
function pipeHeader(line: string): SplitLine | undefined {
  const bar = line.indexOf('|')
  if (bar < 0) return undefined
  const first = line.split(/\s/, 1)[0] ?? ''
  if (first.length < bar) return undefined
  const fields = first.split('|')
  if (fields.length < 3 || !TIME_PART.test(fields[0] ?? '')) return undefined
  const cut = first.lastIndexOf('|') + 1
  const message = line.slice(cut)
  if (message.trim() === '') return undefined
  const level = fields
    .slice(1, -1)
    .map(levelOf)
    .find((l) => l !== undefined)
  return { header: line.slice(0, cut), message, ...(level ? { level } : {}) }
}
