// `validate`: one implementation behind both the command line and the action.
import { loadCatalog } from '../catalog/load.js'
import { compareProblems } from '../catalog/problem.js'
import { validateCatalog, type CatalogValidation } from '../catalog/validate.js'

export interface ValidateCommandOptions {
  dir: string
  allowedDocuments?: readonly string[]
}

export async function validateCommand(options: ValidateCommandOptions): Promise<CatalogValidation> {
  const loaded = await loadCatalog(options.dir)
  const result = await validateCatalog(loaded.sources, {
    reader: loaded.reader,
    ...(options.allowedDocuments ? { allowedDocuments: options.allowedDocuments } : {})
  })
  const problems = [...loaded.problems, ...result.problems].sort(compareProblems)
  return { ...result, problems, ok: !problems.some((p) => p.severity === 'error') }
}
