// Log templates the way OpsLoop mines them everywhere (the incident's log summary, `opsloop
// templates`, the bench): each line's header told from its message (context/log-header.ts), the
// severity from the header's level field (else from the message, context/severity.ts), and one
// Drain miner per severity over the messages' first lines, with its defaults and no per-source
// settings. Online: one pass, a line at a time; memory grows with templates, never with lines.
import { DrainMiner, type LogTemplate } from './drain.js'
import { splitHeader, type HeaderLevel } from './log-header.js'
import { detectSeverity, type Severity } from './severity.js'

export interface MinedLine {
  severity: Severity
  /** The line's template; its text generalizes as later lines arrive. */
  template: LogTemplate
  /** What was mined: the message without its header. */
  message: string
}

const SEVERITY_OF_LEVEL: Readonly<Record<HeaderLevel, Severity>> = {
  trace: 'info',
  debug: 'info',
  info: 'info',
  notice: 'info',
  warning: 'warn',
  error: 'error',
  critical: 'fatal'
}

/** The first line; compact JSON gets a space after each `,"`, so its fields are tokens. */
export function mineText(message: string): string {
  const end = message.indexOf('\n')
  const first = end < 0 ? message : message.slice(0, end)
  return first.trimStart().startsWith('{') ? first.replace(/,"/g, ', "') : first
}

/** A line's severity: its header's level when it has one, else the message's. */
export function lineSeverity(line: string): Severity {
  const split = splitHeader(mineText(line))
  return split.level ? SEVERITY_OF_LEVEL[split.level] : detectSeverity(split.message)
}

export class LogTemplateMiner {
  private readonly miners = new Map<Severity, DrainMiner>()

  /** Mines one line; `at` (epoch ms, default the line's number) dates the template's use. */
  add(line: string, at?: number): MinedLine {
    const split = splitHeader(mineText(line))
    const severity = split.level ? SEVERITY_OF_LEVEL[split.level] : detectSeverity(split.message)
    // One miner per severity: Drain would otherwise merge `ERROR x` into a large `INFO x`.
    let miner = this.miners.get(severity)
    if (miner === undefined) {
      miner = new DrainMiner({ maxExamples: 0, maxValues: 0 })
      this.miners.set(severity, miner)
    }
    return { severity, template: miner.add(split.message, at), message: split.message }
  }

  /** Every template so far, by severity. */
  templates(): { severity: Severity; template: LogTemplate }[] {
    return [...this.miners].flatMap(([severity, miner]) =>
      miner.templates().map((template) => ({ severity, template }))
    )
  }
}
