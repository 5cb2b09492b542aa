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

export function formatProblem(p: Problem): string {
  const tag = p.severity === 'warning' ? 'warning: ' : ''
  return `${p.file}:${p.line}:${p.column}: ${tag}${p.message} [${p.rule}]`
}

export function compareProblems(a: Problem, b: Problem): number {
  return a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column
}
