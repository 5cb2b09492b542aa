// The action's inputs that more than one job reads, parsed once into typed objects. Pure over
// `get` (the input by name), so it is tested without @actions/core; the composition root
// (main.ts) passes `core.getInput`.
import { parseList } from '../commands/validate.js'

/** Where the catalog is and which SSM documents its runbooks may use. */
export interface CatalogInputs {
  dir: string
  /** Replaces the default allow-list when given: the same list in every job. */
  allowedDocuments?: string[]
}

/**
 * The catalog as every job must read it. The pull-request check (`validate`), intake, comment
 * and remediate all take the same `allowed-documents`, so a runbook that passed its check is
 * never dropped at intake, and one the check refused never runs.
 */
export function catalogInputs(get: (name: string) => string): CatalogInputs {
  const allowedDocuments = parseList(get('allowed-documents'))
  return {
    dir: get('runbooks').trim() || 'runbooks',
    ...(allowedDocuments ? { allowedDocuments } : {})
  }
}
