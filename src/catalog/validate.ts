// Validates a runbook catalog: YAML, schema, semantic rules, unique ids, that every example
// incident selects its runbook, that every runbook compiles to its SSM documents (ssm-document.ts),
// and that OpsLoop's own documents it names constrain what it passes them. Pure over its inputs;
// file access comes in through FileReader.
import { createHash } from 'node:crypto'
import { dirname, isAbsolute, join, relative, resolve } from 'node:path'
import type { Runbook } from '../generated/runbook.js'
import { normalize } from '../intake/normalize.js'
import type { Incident } from '../generated/incident.js'
import { checkSnapshot, SNAPSHOT_VERSION } from '../context/snapshot.js'
import { attributeChange } from '../triage/change-attribution.js'
import { withSuspectChange } from '../triage/suspect-fact.js'
import { appliedExclusion } from '../match/exclude.js'
import { CatalogIndex, tied } from '../match/select.js'
import { displayPath, type FileReader, type SourceText } from './files.js'
import { compareProblems, type Position, type Problem } from './problem.js'
import { checkFile } from './check-file.js'
import { DEFAULT_ALLOWED_DOCUMENTS, type RuleOptions } from './rules.js'
import { lintShellUse, preparePatternAnalysis } from './shell-safety.js'
import {
  automationConstraintProblems,
  compileRunbook,
  namedOwnDocuments,
  prepareSsmDocuments,
  type CompiledDocument,
  type DocumentFinding,
  type DocumentsDir
} from './ssm-document.js'
import {
  locate,
  locateInString,
  parseYaml,
  type PathSegment,
  type YamlSource
} from './yaml-source.js'

export interface CatalogEntry {
  file: string
  runbook: Runbook
  /** sha256 of the file's text: plans bind to the exact runbook content they were made from. */
  digest: string
  /** Where a path of the runbook sits in its file (parses the file again on first use). */
  locate: (path: readonly PathSegment[]) => Position
  status: RunbookStatus
}

export interface RunbookStatus {
  file: string
  id?: string
  runbook?: Runbook
  errors: number
  warnings: number
  /** The SSM documents its Run Command steps compile to (none for one that does not compile). */
  documents?: CompiledDocument[]
}

export interface CatalogValidation {
  /** Runbooks that passed the schema (they may still have semantic errors). */
  entries: CatalogEntry[]
  /** One row per file, for summaries. */
  statuses: RunbookStatus[]
  problems: Problem[]
  /** True when no problem is an error. */
  ok: boolean
}

export interface ValidateOptions extends Partial<RuleOptions> {
  reader: FileReader
  /**
   * The folder of OpsLoop's own SSM documents (`<name>.yaml`). By default the nearest
   * `infra/ssm-documents` at or above the catalog's folder, inside the repository.
   */
  documentsDir?: string
}

function positionInText(text: string, offset: number): Position {
  const before = text.slice(0, offset).split('\n')
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 }
}

function parseJson(
  text: string
): { ok: true; value: unknown } | { ok: false; message: string; position: Position } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown }
  } catch (error) {
    const message = (error as Error).message
    const lc = /line (\d+) column (\d+)/.exec(message)
    const offset = /position (\d+)/.exec(message)
    const position = lc
      ? { line: Number(lc[1]), column: Number(lc[2]) }
      : positionInText(text, offset ? Number(offset[1]) : 0)
    return { ok: false, message: message.replace(/\s*\(line \d+ column \d+\)/, ''), position }
  }
}

async function checkTests(
  entry: CatalogEntry,
  catalog: CatalogIndex,
  reader: FileReader
): Promise<Problem[]> {
  const problems: Problem[] = []
  const { runbook } = entry
  for (const [i, rel] of (runbook.tests ?? []).entries()) {
    const report = (message: string): void => {
      problems.push({
        file: entry.file,
        ...entry.locate(['tests', i]),
        severity: 'error',
        rule: 'tests',
        message
      })
    }
    const path = join(dirname(entry.file), rel)
    const read = await reader.readText(path)
    if (!read.ok) {
      report(
        `example incident \`${rel}\` cannot be used: ${read.reason}${read.reason === 'file not found' ? ` (looked for ${path}; paths are relative to this runbook)` : ''}`
      )
      continue
    }
    const parsed = parseJson(read.text)
    if (!parsed.ok) {
      problems.push({
        file: path,
        ...parsed.position,
        severity: 'error',
        rule: 'tests',
        message: `example incident is not valid JSON: ${parsed.message}`
      })
      continue
    }
    const example = exampleIncident(parsed.value)
    if (!example.ok) {
      problems.push({
        file: path,
        line: 1,
        column: 1,
        severity: 'error',
        rule: 'tests',
        message: example.problem
      })
      continue
    }
    const { incident } = example
    const excluded = appliedExclusion(runbook, incident)
    if (excluded) {
      report(
        `example incident \`${rel}\` (${incident.title}) is one this runbook excludes: its \`exclude\` entry ${excluded.index + 1} applies (${excluded.because}); narrow that entry or drop the example`
      )
      continue
    }
    const ranked = catalog.rank(incident)
    const me = ranked.find((c) => c.runbook === runbook)
    const best = ranked[0]
    if (!me || !best) {
      const other = best ? `; it selects \`${best.runbook.id}\` instead` : ''
      report(
        `example incident \`${rel}\` (${incident.title}) does not match any of this runbook's \`match\` rules${other}`
      )
    } else if (!tied(best, me)) {
      report(
        `example incident \`${rel}\` selects \`${best.runbook.id}\` (score ${best.score}) before this runbook (score ${me.score}): make this runbook's rules more specific or raise its \`priority\``
      )
    } else {
      const rival = ranked.find((c) => c !== me && tied(c, me))
      if (rival) {
        report(
          `example incident \`${rel}\` matches \`${rival.runbook.id}\` equally well (score ${me.score}, same priority): make one runbook's rules more specific or set \`priority\``
        )
      }
    }
  }
  return problems
}

/**
 * Parsed YAML documents are large; keeping a thousand alive only in case a later problem needs a
 * position costs more (in garbage collection) than parsing the odd file again.
 */
function lazyLocator(file: string, text: string): CatalogEntry['locate'] {
  let source: YamlSource | undefined
  return (path) => {
    source ??= parseYaml(file, text).source
    return source ? locate(source, path) : { line: 1, column: 1 }
  }
}

/**
 * Compile findings that another rule already reports for the same place (the shell lint, the
 * template and document rules): compiling refuses them too, but validate says each thing once.
 */
const REPORTED_BY_OTHER_RULES = new Set([
  'template-reference',
  'shell-injection',
  'shell-quoting',
  'shell-command-name',
  'shell-option-injection',
  'shell-commands'
])

/**
 * Where placeholders sit in shell lines, option injection and Automation document parameters (see
 * shell-safety.ts), and what keeps the runbook from compiling to its SSM documents. The YAML is
 * parsed again only when there is something to point at.
 */
function runbookFindings(
  file: string,
  text: string,
  runbook: Runbook,
  compiled: readonly DocumentFinding[]
): Problem[] {
  const findings: DocumentFinding[] = [
    ...lintShellUse(runbook),
    ...compiled.filter((f) => !REPORTED_BY_OTHER_RULES.has(f.rule))
  ]
  if (findings.length === 0) return []
  const source = parseYaml(file, text).source
  return findings.map((f) => ({
    file,
    ...(!source
      ? { line: 1, column: 1 }
      : f.index === undefined
        ? locate(source, f.path, f.at ?? 'value')
        : locateInString(source, f.path, f.index)),
    severity: f.severity,
    rule: f.rule,
    message: f.message
  }))
}

/** A compiler fault is one problem on the runbook, never a crash of the whole validation. */
function compileOrSay(runbook: Runbook): ReturnType<typeof compileRunbook> {
  try {
    return compileRunbook(runbook)
  } catch (error) {
    return {
      documents: [],
      findings: [
        {
          path: ['id'],
          severity: 'error',
          rule: 'ssm-document',
          message: `the runbook could not be compiled to SSM documents: ${(error as Error).message}`
        }
      ]
    }
  }
}

/** The folder holding them all: `a` for `a/b.yaml` and `a/c/d.yaml`. */
function commonDirectory(files: readonly string[]): string | undefined {
  let common: string | undefined
  for (const file of files) {
    const dir = resolve(dirname(file))
    common ??= dir
    while (
      common !== undefined &&
      (relative(common, dir).startsWith('..') || isAbsolute(relative(common, dir)))
    ) {
      const up = dirname(common)
      common = up === common ? undefined : up
    }
  }
  return common
}

const DOCUMENT_EXTENSIONS = ['.yaml', '.yml', '.json']

/**
 * OpsLoop's own documents that the catalog names (`OpsLoop-*` Automation documents), read from
 * the documents folder: the given one, or the nearest `infra/ssm-documents` at or above the
 * catalog (the reader refuses anything outside the repository). Names not found are left out.
 */
async function ownDocuments(
  entries: readonly CatalogEntry[],
  options: ValidateOptions
): Promise<DocumentsDir> {
  const found = new Map<string, { file: string; text: string }>()
  const names = new Set(entries.flatMap((e) => namedOwnDocuments(e.runbook)))
  if (names.size === 0) return found
  const folders: string[] = []
  if (options.documentsDir !== undefined) folders.push(resolve(options.documentsDir))
  else
    for (let d = commonDirectory(entries.map((e) => e.file)); d !== undefined;) {
      folders.push(join(d, 'infra', 'ssm-documents'))
      const up = dirname(d)
      d = up === d ? undefined : up
    }
  for (const name of [...names].sort()) {
    search: for (const folder of folders)
      for (const ext of DOCUMENT_EXTENSIONS) {
        const path = join(folder, `${name}${ext}`)
        const read = await options.reader.readText(path)
        if (read.ok) {
          found.set(name, { file: displayPath(path), text: read.text })
          break search
        }
      }
  }
  return found
}

export async function validateCatalog(
  sources: readonly SourceText[],
  options: ValidateOptions
): Promise<CatalogValidation> {
  await Promise.all([preparePatternAnalysis(), prepareSsmDocuments()])
  const rules: RuleOptions = {
    allowedDocuments: options.allowedDocuments ?? DEFAULT_ALLOWED_DOCUMENTS
  }
  const problems: Problem[] = []
  const entries: CatalogEntry[] = []

  const statuses: RunbookStatus[] = []
  const count = (status: RunbookStatus, found: readonly Problem[]): void => {
    for (const p of found) status[p.severity === 'error' ? 'errors' : 'warnings']++
    problems.push(...found)
  }

  for (const source of sources) {
    const { file, id, runbook, problems: found } = checkFile(source, rules)
    const status: RunbookStatus = {
      file,
      errors: 0,
      warnings: 0,
      ...(id === undefined ? {} : { id })
    }
    statuses.push(status)
    count(status, found)
    if (runbook) {
      const compiled = compileOrSay(runbook)
      count(status, runbookFindings(file, source.text, runbook, compiled.findings))
      status.runbook = runbook
      if (compiled.findings.length === 0) status.documents = compiled.documents
      entries.push({
        file,
        runbook,
        digest: createHash('sha256').update(source.text).digest('hex'),
        locate: lazyLocator(file, source.text),
        status
      })
    }
  }

  const firstById = new Map<string, CatalogEntry>()
  for (const e of entries) {
    const first = firstById.get(e.runbook.id)
    if (first) {
      count(e.status, [
        {
          file: e.file,
          ...e.locate(['id']),
          severity: 'error',
          rule: 'unique-id',
          message: `id \`${e.runbook.id}\` is already used by ${first.file}:${first.locate(['id']).line}; runbook ids must be unique across the catalog`
        }
      ])
    } else {
      firstById.set(e.runbook.id, e)
    }
  }

  const documents = await ownDocuments(entries, options)
  if (documents.size > 0)
    for (const e of entries) count(e.status, automationConstraintProblems(e.runbook, documents))

  const catalog = new CatalogIndex(entries.map((e) => e.runbook))
  const tested = await Promise.all(entries.map((e) => checkTests(e, catalog, options.reader)))
  entries.forEach((e, i) => {
    count(e.status, tested[i] ?? [])
  })

  problems.sort(compareProblems)
  return { entries, statuses, problems, ok: !problems.some((p) => p.severity === 'error') }
}

/**
 * The incident an example file gives: a delivery (an AWS event, or `{"event": …}`), or an
 * incident snapshot (schemas/snapshot.schema.json), whose incident carries the suspect change
 * that change attribution names from it, as intake's would: how a rollback runbook's example
 * shows the deployment it rolls back.
 */
function exampleIncident(
  value: unknown
): { ok: true; incident: Incident } | { ok: false; problem: string } {
  const version = (value as { version?: unknown } | null)?.version
  if (version !== SNAPSHOT_VERSION) return { ok: true, incident: normalize(value) }
  const checked = checkSnapshot(value)
  if (!checked.ok) {
    const first = checked.problems[0]
    return {
      ok: false,
      problem: `example snapshot is not valid (schemas/snapshot.schema.json): ${first?.where ?? 'the snapshot'} ${first?.message ?? 'is invalid'}`
    }
  }
  const { snapshot, alarmAt } = checked
  const incident = normalize(snapshot.event)
  if (alarmAt === undefined)
    return {
      ok: false,
      problem: "example snapshot's event has no time; give the event as AWS delivered it"
    }
  return {
    ok: true,
    incident: withSuspectChange(incident, attributeChange(snapshot, alarmAt), snapshot)
  }
}
