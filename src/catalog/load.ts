// Reads a catalog directory into SourceTexts, turning everything unreadable into problems.
import { stat } from 'node:fs/promises'
import {
  displayPath,
  fileReader,
  findRepositoryRoot,
  listRunbookFiles,
  type FileReader,
  type SourceText
} from './files.js'
import type { Problem } from './problem.js'

export interface LoadedCatalog {
  dir: string
  sources: SourceText[]
  problems: Problem[]
  reader: FileReader
}

const atStart = (file: string, message: string, rule = 'file'): Problem => ({
  file,
  line: 1,
  column: 1,
  severity: 'error',
  rule,
  message
})

export async function loadCatalog(
  dir: string,
  root = findRepositoryRoot(dir)
): Promise<LoadedCatalog> {
  const reader = fileReader(root)
  const shown = displayPath(dir)
  const isDir = await stat(dir).then(
    (s) => s.isDirectory(),
    () => false
  )
  if (!isDir) {
    return {
      dir,
      sources: [],
      reader,
      problems: [
        atStart(
          shown,
          `catalog directory \`${shown}\` does not exist; create it or pass the folder that holds your runbooks (\`opsloop validate DIR\`)`,
          'catalog'
        )
      ]
    }
  }
  const listed = listRunbookFiles(dir, root)
  const problems = listed.refused.map((r) => atStart(displayPath(r.file), r.reason))
  const sources: SourceText[] = []
  for (const path of listed.files) {
    const file = displayPath(path)
    const read = await reader.readText(path)
    if (read.ok) sources.push({ file, text: read.text })
    else problems.push(atStart(file, read.reason))
  }
  if (listed.files.length === 0 && listed.refused.length === 0) {
    problems.push(
      atStart(
        shown,
        `the catalog \`${shown}\` holds no runbooks (*.yaml or *.yml); add one (see README: Runbook format) or point at the right folder`,
        'catalog'
      )
    )
  }
  return { dir, sources, problems, reader }
}
