// The answer to `/ask` without a model: the past incidents like this one with what resolved them
// (when the question is about the past, or names something they mention), the incident's evidence
// rows that hold the question's terms, and the runbooks whose names or descriptions do. When none
// of these holds anything, the answer says so plainly rather than listing what is merely nearby.
import type { Evidence } from '../context/evidence.js'
import type { CatalogRunbook } from '../triage/types.js'
import { matchedTerms, type QuestionTerms } from './question.js'
import type { Resolution } from './resolution.js'
import { SIMILAR_ENOUGH, type Candidate } from './similar.js'

/** A past incident as the answer shows it. */
export interface PastCase extends Candidate {
  resolution: Resolution
  /** The question's terms its title or people's notes hold. */
  matched: string[]
}

export interface Findings {
  past: PastCase[]
  evidence: { item: Evidence; matched: string[] }[]
  runbooks: { id: string; title: string; matched: string[] }[]
}

/** At most this many of each are shown. */
export const SHOWN = { past: 3, evidence: 5, runbooks: 3 } as const

const pastText = (p: Omit<PastCase, 'matched'>): string =>
  [
    p.issue.title,
    ...p.resolution.notes.flatMap((n) => [n.text, ...n.commands]),
    p.resolution.runbook?.id ?? ''
  ].join('\n')

/** Adds to each past case the question's terms its text holds. */
export function withMatches(
  past: readonly Omit<PastCase, 'matched'>[],
  question: QuestionTerms
): PastCase[] {
  return past.map((p) => ({ ...p, matched: matchedTerms(question.terms, pastText(p)) }))
}

export function findings(
  question: QuestionTerms,
  past: readonly PastCase[],
  evidence: readonly Evidence[],
  catalog: readonly CatalogRunbook[]
): Findings {
  const relevantPast = past
    .filter((p) => (question.history && p.score >= SIMILAR_ENOUGH) || p.matched.length > 0)
    .sort((a, b) => b.matched.length - a.matched.length || b.score - a.score)
    .slice(0, SHOWN.past)
  const rows = evidence
    .map((item) => ({ item, matched: matchedTerms(question.terms, `${item.label} ${item.text}`) }))
    .filter((r) => r.matched.length > 0)
    .sort((a, b) => b.matched.length - a.matched.length)
    .slice(0, SHOWN.evidence)
  const runbooks = catalog
    .map(({ runbook }) => ({
      id: runbook.id,
      title: runbook.title,
      matched: matchedTerms(
        question.terms,
        `${runbook.id.replace(/-/g, ' ')} ${runbook.title} ${runbook.description}`
      )
    }))
    .filter((r) => r.matched.length > 0)
    .sort((a, b) => b.matched.length - a.matched.length)
    .slice(0, SHOWN.runbooks)
  return { past: relevantPast, evidence: rows, runbooks }
}

export const answersAnything = (f: Findings): boolean =>
  f.past.length + f.evidence.length + f.runbooks.length > 0
