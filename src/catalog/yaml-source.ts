// YAML parsing that keeps source positions, so every problem can name a line and column.
import {
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  type Document,
  type Node
} from 'yaml'
import type { Position, Problem } from './problem.js'

export type PathSegment = string | number

/** A data path as authors write it: `execution.runCommand.commands[2]`. */
export function formatPath(path: readonly PathSegment[]): string {
  return path.map((s, i) => (typeof s === 'number' ? `[${s}]` : i === 0 ? s : `.${s}`)).join('')
}

export interface YamlSource {
  file: string
  doc: Document
  lines: LineCounter
  /** The document as plain data; undefined when the YAML could not be parsed. */
  data: unknown
}

export interface ParsedYaml {
  source?: YamlSource
  problems: Problem[]
}

const YAML_HINTS: Record<string, string> = {
  DUPLICATE_KEY: 'remove or rename one of the duplicate keys',
  TAB_AS_INDENT: 'indent with spaces, not tabs',
  BAD_INDENT: 'check the indentation of this line against its parent',
  MISSING_CHAR:
    'close the quote or bracket that was opened; inside `[...]` or `{...}`, quote values that contain `{`, `}`, `[`, `]` or `,` (such as `{{ params.NAME }}`)',
  MULTIPLE_DOCS: 'keep one runbook per file (remove the `---` separator)',
  BLOCK_AS_IMPLICIT_KEY: 'add a space after the colon, or quote the text',
  BAD_SCALAR_START: 'quote values that start with special characters such as `@`, `` ` `` or `%`'
}

export function parseYaml(file: string, text: string): ParsedYaml {
  const lines = new LineCounter()
  const doc = parseDocument(text, {
    lineCounter: lines,
    prettyErrors: false,
    uniqueKeys: true,
    strict: true
  })
  const problems: Problem[] = []
  const seen = new Set<string>()
  for (const e of [...doc.errors, ...doc.warnings]) {
    const pos = lines.linePos(e.pos[0])
    const firstLine = e.message.split('\n')[0] ?? e.message
    // A stack overflow on absurd nesting surfaces once per level: report it once.
    const tooDeep = firstLine.includes('call stack')
    const key = tooDeep ? firstLine : `${pos.line}:${pos.col}:${firstLine}`
    if (seen.has(key)) continue
    seen.add(key)
    const hint = tooDeep ? 'the document is nested too deeply' : YAML_HINTS[e.code]
    problems.push({
      file,
      line: pos.line,
      column: pos.col,
      severity: 'error',
      rule: 'yaml',
      message: `YAML ${e.code === 'DUPLICATE_KEY' ? 'duplicate key' : 'syntax error'}: ${firstLine}${hint ? ` (${hint})` : ''}`
    })
  }
  if (problems.length > 0) return { problems }
  let data: unknown
  try {
    data = doc.toJS({ maxAliasCount: 100 })
  } catch (error) {
    return {
      problems: [
        {
          file,
          line: 1,
          column: 1,
          severity: 'error',
          rule: 'yaml',
          message: `YAML could not be loaded: ${(error as Error).message}`
        }
      ]
    }
  }
  return { source: { file, doc, lines, data }, problems }
}

interface Located {
  key?: Node
  value?: Node
}

/** Finds the key and value nodes at a data path (as in a JSON pointer). */
function find(doc: Document, path: readonly PathSegment[]): Located | undefined {
  let node: unknown = doc.contents
  let key: Node | undefined
  for (const seg of path) {
    if (isMap(node)) {
      const pair = node.items.find(
        (p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(seg)
      )
      if (!pair) return undefined
      key = pair.key as Node
      node = pair.value
    } else if (isSeq(node) && typeof seg === 'number') {
      key = undefined
      node = node.items[seg]
    } else {
      return undefined
    }
  }
  return { key, value: (node ?? undefined) as Node | undefined }
}

function positionOf(source: YamlSource, node: Node | undefined): Position | undefined {
  const offset = node?.range?.[0]
  if (offset === undefined) return undefined
  const p = source.lines.linePos(offset)
  return { line: p.line, column: p.col }
}

/**
 * Position of the value at `path` (or of its key, with `at: 'key'`). Falls back to the
 * nearest ancestor that exists, then to the start of the document.
 */
export function locate(
  source: YamlSource,
  path: readonly PathSegment[],
  at: 'key' | 'value' = 'value'
): Position {
  for (let n = path.length; n >= 0; n--) {
    const found = find(source.doc, path.slice(0, n))
    if (!found) continue
    const exact = n === path.length
    const node = exact && at === 'key' ? (found.key ?? found.value) : (found.value ?? found.key)
    const pos = positionOf(source, exact ? node : (found.key ?? found.value))
    if (pos) return pos
  }
  return positionOf(source, source.doc.contents ?? undefined) ?? { line: 1, column: 1 }
}

/** The position of a character offset inside a scalar string value, for pointing into commands. */
export function locateInString(
  source: YamlSource,
  path: readonly PathSegment[],
  index: number
): Position {
  const found = find(source.doc, path)
  const node = found?.value
  if (
    isScalar(node) &&
    node.range &&
    (node.type === 'PLAIN' || node.type === 'QUOTE_SINGLE' || node.type === 'QUOTE_DOUBLE')
  ) {
    const quote = node.type === 'PLAIN' ? 0 : 1
    const value = String(node.value)
    // Only exact for values without escapes or folding; otherwise point at the value's start.
    const span = node.range[1] - node.range[0] - 2 * quote
    if (span === value.length) {
      const p = source.lines.linePos(node.range[0] + quote + index)
      return { line: p.line, column: p.col }
    }
  }
  return locate(source, path)
}
