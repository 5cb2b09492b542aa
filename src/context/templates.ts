// Log templates the way OpsLoop mines them everywhere (the incident's log summary, `opsloop
// templates`, the bench): each line's header told from its message (context/log-header.ts; a JSON
// or logfmt line's own fields), the severity from the header's level (else from the message,
// context/severity.ts), and one Drain miner over the messages, in structured tokens
// (context/log-tokens.ts), with its defaults and no per-source settings. Online: one pass, a line
// at a time; memory grows with templates, never with lines.
import { DrainMiner, KEY_FIELD, WILDCARD, type LogTemplate } from './drain.js'
import { levelOf, splitHeader, type HeaderLevel } from './log-header.js'
import { distinctEvents, structuredTokens } from './log-tokens.js'
import { mineText } from './mine-text.js'
import { detectSeverity, type Severity } from './severity.js'

export interface MinedLine {
  severity: Severity
  /** The line's template; its text generalizes as later lines arrive. */
  template: LogTemplate
  /** What was mined: the message without its header. */
  message: string
}

/** The severity a declared level is (the summary's four: fatal, error, warn, info). */
export const SEVERITY_OF_LEVEL: Readonly<Record<HeaderLevel, Severity>> = {
  trace: 'info',
  debug: 'info',
  info: 'info',
  notice: 'info',
  warning: 'warn',
  error: 'error',
  critical: 'fatal'
}

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
])

interface SplitMessage {
  message: string
  level?: HeaderLevel
  /** The line continues the record before it, and has its level. */
  continues?: true
}

/**
 * A structured line's message: its message field's text, then each other field but the header's
 * as `key=<*>` in key order (a field's value is the line's data; which fields it has is the
 * event's shape); the whole line when that leaves nothing.
 */
function fieldsMessage(
  msg: string,
  keys: Iterable<string>,
  level: HeaderLevel | undefined,
  text: string
): SplitMessage {
  const fields = [...keys]
    .filter((k) => !JSON_HEADER.has(k))
    .sort()
    .map((k) => `${k}=${WILDCARD}`)
  const message = [msg, ...fields].join(' ').trim()
  return { message: message === '' ? text : message, ...(level ? { level } : {}) }
}

/** pino's and bunyan's numeric levels. */
const NUMERIC_LEVEL = (n: number): HeaderLevel =>
  n >= 60 ? 'critical' : n >= 50 ? 'error' : n >= 40 ? 'warning' : n >= 30 ? 'info' : 'debug'

/** A JSON object line (pino, bunyan, structlog, Powertools): its level and fields. */
function jsonLine(line: string): SplitMessage | undefined {
  const text = line.trim()
  if (!text.startsWith('{') || !text.endsWith('}')) return undefined
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    return undefined
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined
  const fields = value as Record<string, unknown>
  const msg = fields.msg ?? fields.message
  const raw = fields.level ?? fields.levelname ?? fields.severity ?? fields.lvl
  const level =
    typeof raw === 'number'
      ? NUMERIC_LEVEL(raw)
      : typeof raw === 'string'
        ? levelOf(raw)
        : undefined
  return fieldsMessage(typeof msg === 'string' ? msg : '', Object.keys(fields), level, text)
}

// logfmt: `level=info time=… msg="Stopping container" container="worker" module=x.go`.
const LOGFMT_PAIR = /([A-Za-z_][\w.-]*)=("(?:[^"\\]|\\.)*"|\S*)/g

/** A logfmt line (every field `key=value`, at least three), read as a JSON line is. */
function logfmtLine(line: string): SplitMessage | undefined {
  const text = line.trim()
  if (!KEY_FIELD.test(text)) return undefined
  const fields = new Map<string, string>()
  let covered = 0
  for (const m of text.matchAll(LOGFMT_PAIR)) {
    fields.set(m[1] ?? '', m[2] ?? '')
    covered += m[0].length
  }
  // Every character but the spaces between fields.
  if (fields.size < 3 || covered < text.length - fields.size) return undefined
  const unquote = (v: string | undefined): string =>
    v?.startsWith('"') ? v.slice(1, -1).replace(/\\(.)/g, '$1') : (v ?? '')
  const msg = unquote(fields.get('msg') ?? fields.get('message'))
  const raw = unquote(fields.get('level') ?? fields.get('lvl') ?? fields.get('severity'))
  return fieldsMessage(msg, fields.keys(), raw === '' ? undefined : levelOf(raw), text)
}

/** The header and message of a line: a JSON object's or logfmt fields, else the printed header. */
function splitLine(line: string): SplitMessage {
  const first = mineText(line)
  const json = jsonLine(first) ?? logfmtLine(first)
  if (json !== undefined) return json
  const split: SplitMessage = splitHeader(first)
  // A line with no level of its own that continues a multi-line record printed line by line.
  if (split.level === undefined && !split.continues && continuesRecord(first, split.message))
    return { ...split, continues: true }
  return split
}

// A record's continuation: an indented line (stack frames, wrapped text), or an exception, a
// `Caused by:`, a traceback's first line or a `... 12 more` that a stack trace prints unindented.
const CONTINUATION =
  /^(?:(?:[A-Za-z_$][\w$]*\.)*[A-Za-z_$][\w$]*(?:Error|Exception|Throwable)(?::|$|\s)|Caused by:|Traceback \(most recent call last\):|\.\.\. \d+ (?:more|common frames omitted))/

function continuesRecord(line: string, message: string): boolean {
  const c = line.charCodeAt(0)
  return ((c === 9 || c === 32) && line.trim() !== '') || CONTINUATION.test(message)
}

/**
 * A line's severity: the record's it continues (when known), else its header's level, else the
 * message's.
 */
function severityOf(line: SplitMessage, previous?: Severity): Severity {
  if (line.continues && previous !== undefined) return previous
  return line.level ? SEVERITY_OF_LEVEL[line.level] : detectSeverity(line.message)
}

/** A line's severity on its own (a continuation without its record: from its message). */
export function lineSeverity(line: string): Severity {
  return severityOf(splitLine(line))
}

export class LogTemplateMiner {
  // One miner for every severity: the level is the header's, not a word of the message, so one
  // message logged at two levels is one template (each line keeps its own severity).
  private readonly miner = new DrainMiner({
    maxExamples: 0,
    maxValues: 0,
    tokenize: structuredTokens,
    distinct: distinctEvents,
    // Four different words at one position, among messages otherwise alike, make it a value.
    constantWords: 4
  })

  /** The last record's severity, for lines that continue it. */
  private previous: Severity = 'info'

  /** Mines one line; `at` (epoch ms, default the line's number) dates the template's use. */
  add(line: string, at?: number): MinedLine {
    const parts = splitLine(line)
    const severity = severityOf(parts, this.previous)
    this.previous = severity
    return { severity, template: this.miner.add(parts.message, at), message: parts.message }
  }

  /** The template a template with `id` is now part of, live. */
  template(id: number): LogTemplate | undefined {
    return this.miner.template(id)
  }

  /** Every template so far, in order of first appearance. */
  templates(): LogTemplate[] {
    return this.miner.templates()
  }
}
