// Everything that can be said about one runbook file on its own: YAML, schema and the semantic
// rules. Pure over (file, text), so files can be checked in any order.
import type { Runbook } from '../generated/runbook.js'
import type { SourceText } from './files.js'
import type { Problem } from './problem.js'
import { checkFileName, checkRunbook, type RuleOptions } from './rules.js'
import { checkSchema } from './schema-check.js'
import { parseYaml } from './yaml-source.js'

export interface FileCheck {
  file: string
  /** The runbook's `id`, when it has a string one (even if the file is otherwise invalid). */
  id?: string
  /** Present when the file passed the schema (it may still break semantic rules). */
  runbook?: Runbook
  problems: Problem[]
}

const EMPTY =
  'the file is empty; a runbook needs at least `apiVersion`, `id`, `title` and the other required fields'

export function checkFile({ file, text }: SourceText, rules: RuleOptions): FileCheck {
  const parsed = parseYaml(file, text)
  const source = parsed.source
  if (!source) return { file, problems: parsed.problems }
  if (source.data === null || source.data === undefined) {
    return {
      file,
      problems: [{ file, line: 1, column: 1, severity: 'error', rule: 'schema', message: EMPTY }]
    }
  }
  const rawId = (source.data as { id?: unknown }).id
  const id = typeof rawId === 'string' ? rawId : undefined
  const schemaProblems = checkSchema(source)
  if (schemaProblems.length > 0)
    return { file, ...(id === undefined ? {} : { id }), problems: schemaProblems }
  const runbook = source.data as Runbook
  return {
    file,
    id: runbook.id,
    runbook,
    problems: [...checkRunbook(runbook, source, rules), ...checkFileName(runbook, source)]
  }
}
