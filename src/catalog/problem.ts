import { CONTROLS } from '../text/untrusted.js'

/** One finding about a file, positioned so editors, terminals and GitHub annotations can point at it. */
export interface Problem {
  /** Path as the user named it (relative to the working directory when possible). */
  file: string
  /** 1-based line and column. */
  line: number
  column: number
  severity: 'error' | 'warning'
  /** Stable rule name, e.g. `schema`, `unique-id`, `template-reference`. */
  rule: string
  message: string
}

export type Position = Pick<Problem, 'line' | 'column'>

export const START: Position = { line: 1, column: 1 }

/**
 * Control characters from file content must not reach a terminal or log as themselves: the shared
 * set (bidirectional controls included), and tab and newline, which would break the one-line form.
 */
const CONTROL = new RegExp(`[\\t\\n]|${CONTROLS.source}`, 'g')
const visible = (s: string): string =>
  s.replace(CONTROL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)

export function formatProblem(p: Problem): string {
  const tag = p.severity === 'warning' ? 'warning: ' : ''
  return `${visible(p.file)}:${p.line}:${p.column}: ${tag}${visible(p.message)} [${p.rule}]`
}

export function compareProblems(a: Problem, b: Problem): number {
  return a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column
}
