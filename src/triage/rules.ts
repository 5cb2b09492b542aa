// Deterministic triage: the catalog's own match rules pick the runbook. This is the offline
// path and the fallback when the model is unavailable; it never invents a runbook.
import type { Incident } from '../generated/incident.js'
import type { Runbook } from '../generated/runbook.js'
import { CatalogIndex, tied, type Candidate } from '../match/select.js'

export interface RuleTriage {
  /** The selected runbook, when one ranks strictly first. */
  selected?: Candidate
  /** Every matching runbook, best first (shown as alternatives). */
  candidates: Candidate[]
  /** Why nothing was selected, when nothing was. */
  note?: string
}

export function triageByRules(incident: Incident, catalog: readonly Runbook[]): RuleTriage {
  const candidates = new CatalogIndex(catalog).rank(incident)
  const [first, second] = candidates
  if (!first) return { candidates, note: 'no runbook in the catalog matches this incident' }
  if (second && tied(first, second)) {
    return {
      candidates,
      note: `\`${first.runbook.id}\` and \`${second.runbook.id}\` match equally well; a person must choose`
    }
  }
  return { selected: first, candidates }
}
