// The deterministic triage's evidence for the model path: whether there is anything to remediate,
// what each relevant runbook's match rules say (fits, rejects because …), and the text ranking.
// The prompt shows it as trusted text, so it is written only from the catalog (ids, rule globs,
// the catalog's own words) and fixed phrases, never from the incident's fields; and a model answer
// that contradicts it (a runbook whose rule rejects the incident, a runbook when there is nothing
// to remediate) is rejected like a schema error (answer.ts).
import { refuses, runbookVerdict } from '../match/verdict.js'
import { TriageIndex } from './catalog-index.js'
import { decide, describeRule, rejection, textRanking, type TriageFacts } from './decide.js'
import { percent } from './text-choice.js'
import type { NotRemediable } from './gate.js'
import type { TriageRequest } from './types.js'

const GATE: Record<NotRemediable, string> = {
  recovered: 'no: the alarm is back to OK',
  'insufficient-data': 'no: the alarm has insufficient data (its metric stopped reporting)',
  informational: 'no: the event is informational (severity low)'
}

/** What the deterministic triage read, with the text ranking always filled in. */
export function triageFacts(request: TriageRequest): TriageFacts {
  const index = request.index ?? TriageIndex.of(request.catalog)
  const { facts } = decide({ incident: request.incident, index })
  return facts.text.length > 0 ? facts : { ...facts, text: textRanking(request.incident, index) }
}

/** The facts as the prompt's trusted block. */
export function evidenceText(facts: TriageFacts, choice: string | undefined): string {
  const lines = [
    `Anything to remediate: ${facts.gate.remediable ? 'yes' : GATE[facts.gate.code]}.`,
    'Match rules that fit (the catalog author says this runbook handles incidents like this):'
  ]
  if (facts.fits.length === 0) lines.push('- none')
  for (const c of facts.fits.slice(0, 5)) {
    const rule = c.runbook.match[c.rule]
    lines.push(
      `- ${c.runbook.id}: rule ${c.rule + 1} fits (${rule ? describeRule(rule) : '?'}; specificity ${c.score})`
    )
  }
  lines.push('Text similarity (shared words; a hint, not proof), best first:')
  if (facts.text.length === 0) lines.push('- none')
  for (const t of facts.text.slice(0, 8)) {
    const verdict = refuses(t.verdict)
      ? `REJECTED: ${rejection(t.verdict)}`
      : t.verdict.kind === 'fits'
        ? 'its rule fits'
        : 'its rules are about other incidents'
    // The clause is the catalog's text; the incident's words that matched it are not repeated.
    const excluded = t.excluded
      ? `; its description says not to use it ${t.excluded.clause}, and the incident seems to say so (weigh this)`
      : ''
    lines.push(
      `- ${t.match.runbook.id}: holds ${percent(t.match.coverage)} of the incident's words that the catalog knows (${t.match.terms.join(', ')}); ${verdict}${excluded}`
    )
  }
  lines.push(`Deterministic triage's choice: ${choice ?? 'none'}.`)
  return lines.join('\n')
}

/** Why a model may not choose `id` for this incident, or undefined when it may. */
export function choiceProblem(request: TriageRequest, id: string): string | undefined {
  const index = request.index ?? TriageIndex.of(request.catalog)
  const runbook = index.catalog.find((c) => c.runbook.id === id)?.runbook
  if (!runbook) return undefined
  const { facts } = decide({ incident: request.incident, index })
  if (!facts.gate.remediable && !facts.fits.some((c) => c.runbook.id === id))
    return `runbook ${id} cannot be chosen: there is nothing to remediate (${GATE[facts.gate.code].slice(4)}) and no match rule of it fits; answer "none"`
  const verdict = runbookVerdict(runbook, request.incident)
  if (refuses(verdict))
    return `runbook ${id} cannot be chosen: ${rejection(verdict)}; choose a runbook that fits or "none"`
  return undefined
}
