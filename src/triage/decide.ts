// How the deterministic triage chooses a runbook, in order: (1) is there anything to remediate
// (gate.ts)? (2) the catalog's match rules, as evidence for a runbook (one fits) and against one
// (it speaks about this kind of incident but says "not this one"); (3) the text, among runbooks
// whose rules did not reject the incident, proposed only when it is both close enough and
// clearly ahead. Otherwise it abstains with a reason a person can act on. The model provider shows
// the same evidence to the model (prompt.ts), so both paths decide from the same facts.
import type { Incident } from '../generated/incident.js'
import { appliedExclusion } from '../match/exclude.js'
import { isExplicit, tied, type Candidate } from '../match/select.js'
import { refuses, runbookVerdict } from '../match/verdict.js'
import type { TriageIndex } from './catalog-index.js'
import { EXCLUSION_STRENGTH_AGAINST_RULE, excludedBy } from './exclusions.js'
import { remediationGate, type Gate } from './gate.js'
import { rejection, ruleChoice } from './rule-choice.js'
import { incidentQuery, type LexicalQuery } from './lexical.js'
import {
  chooseByText,
  notToUse,
  quote,
  rarity,
  saidTerms,
  settleByText,
  textRanking,
  type TextCandidate
} from './text-choice.js'
import type { RunbookChoice } from './types.js'

export { describeRule, rejection, ruleChoice } from './rule-choice.js'
export {
  TEXT_CONFIDENCE_CAP,
  TEXT_COVERAGE_FLOOR,
  TEXT_MARGIN_FLOOR,
  TEXT_MIN_EVIDENCE,
  TEXT_MIN_TERMS,
  TIE_MARGIN_FLOOR,
  textConfidence,
  textRanking,
  type TextCandidate
} from './text-choice.js'

/** What the decision read: the model provider shows it to the model as evidence. */
export interface TriageFacts {
  gate: Gate
  /** Runbooks whose rule fits, best first. */
  fits: Candidate[]
  /** The text ranking, best first, rejected runbooks included (marked). */
  text: TextCandidate[]
  /**
   * Whether the runbook that resolved the same alarm before may be proposed for this one (its
   * rules do not refuse it, its "Do not use it" clauses are not said); false without history.
   */
  historyUsable: boolean
}

export interface Decision {
  runbook?: RunbookChoice
  alternatives: RunbookChoice[]
  notes: string[]
  facts: TriageFacts
}

export interface DecisionInput {
  incident: Incident
  index: TriageIndex
  /** The dispatch context's runbook hint. */
  hint?: string
  /** The runbook that resolved the same alarm before. */
  history?: { runbook: string; why: string }
}

/** Rules tie: the text among the tied runbooks settles it when it clearly can. */
function settleTie(
  top: Candidate[],
  input: DecisionInput,
  query: LexicalQuery,
  said: ReadonlyMap<string, string>
): { choice?: RunbookChoice; note?: string } {
  const pick = top.find((c) => c.runbook.id === input.hint)
  if (pick)
    return {
      choice: {
        ...ruleChoice(pick),
        why: `${ruleChoice(pick).why}; chosen among equally good matches by the dispatch context's runbook hint`
      }
    }
  const proven = top.find((c) => c.runbook.id === input.history?.runbook)
  if (proven && input.history)
    return {
      choice: {
        ...ruleChoice(proven),
        why: `${ruleChoice(proven).why}; chosen among equally good matches because ${input.history.why}`
      }
    }
  return settleByText(top, input.index, query, said)
}

export function decide(input: DecisionInput): Decision {
  const { incident, index } = input
  const gate = remediationGate(incident)
  let textCache: TextCandidate[] | undefined
  const query = incidentQuery(incident)
  const said = saidTerms(query)
  const text = (): TextCandidate[] => (textCache ??= textRanking(incident, index, query, said))
  const ranked = index.rules.rank(incident)
  const gated = gate.remediable ? ranked : ranked.filter(isExplicit)
  const notes: string[] = []
  // A fitting rule is the author's word for the runbook, and its `exclude` entries and "Do not
  // use it …" clauses are their word against it: when one applies, the runbook is out.
  const fits = gated.filter((c) => {
    const declared = appliedExclusion(c.runbook, incident)
    if (declared) {
      notes.push(
        `${quote(c.runbook.id)}'s match rule ${c.rule + 1} fits, but ${rejection({ kind: 'excludes', ...declared })}; it was not proposed.`
      )
      return false
    }
    const excluded = excludedBy(c.runbook, said, rarity(index), EXCLUSION_STRENGTH_AGAINST_RULE)
    if (excluded)
      notes.push(
        `${quote(c.runbook.id)}'s match rule ${c.rule + 1} fits, but ${notToUse(excluded)}; it was not proposed.`
      )
    return !excluded
  })
  const proven = input.history
    ? index.catalog.find((c) => c.runbook.id === input.history?.runbook)?.runbook
    : undefined
  const historyUsable =
    proven !== undefined &&
    !refuses(runbookVerdict(proven, incident)) &&
    !excludedBy(proven, said, rarity(index))
  const facts = (): TriageFacts => ({ gate, fits, text: textCache ?? [], historyUsable })

  if (!gate.remediable && fits.length === 0)
    return {
      alternatives: [],
      notes: [`No runbook proposed: ${gate.reason}.`],
      facts: facts()
    }
  if (fits.length === 0 && gated.length > 0)
    return {
      alternatives: [],
      notes: [
        ...notes,
        'No runbook proposed: every runbook whose rule fits excludes this incident.'
      ],
      facts: facts()
    }

  const hinted = input.hint
    ? index.catalog.find((c) => c.runbook.id === input.hint)?.runbook
    : undefined
  if (input.hint && !hinted)
    notes.push(
      `The dispatch context suggests runbook ${quote(input.hint)}, which is not in the catalog.`
    )

  const [first, second] = fits
  if (first) {
    const alternatives = fits.map(ruleChoice)
    if (!second || !tied(first, second))
      return { runbook: ruleChoice(first), alternatives, notes, facts: facts() }
    const top = fits.filter((c) => tied(c, first))
    const settled = settleTie(top, input, query, said)
    if (settled.note) notes.push(settled.note)
    return {
      ...(settled.choice ? { runbook: settled.choice } : {}),
      alternatives,
      notes,
      facts: facts()
    }
  }

  // No rule fits. A hint or history naming a runbook whose own rules reject the incident is
  // refused: the rule is the catalog author's word, the hint is the sender's.
  if (hinted) {
    const verdict = runbookVerdict(hinted, incident)
    const excluded = excludedBy(hinted, said, rarity(index))
    if (refuses(verdict))
      notes.push(
        `The dispatch context suggests ${quote(hinted.id)}, but ${rejection(verdict)}; it was not proposed.`
      )
    else if (excluded)
      notes.push(
        `The dispatch context suggests ${quote(hinted.id)}, but ${notToUse(excluded)}; it was not proposed.`
      )
    else
      return {
        runbook: {
          id: hinted.id,
          confidence: 0.5,
          why: "suggested by the dispatch context's runbook hint; none of the catalog's match rules fits"
        },
        alternatives: [],
        notes,
        facts: facts()
      }
  }
  if (proven && input.history && historyUsable)
    return {
      runbook: {
        id: proven.id,
        confidence: 0.55,
        why: `none of the catalog's match rules fits, but ${input.history.why}`
      },
      alternatives: [],
      notes,
      facts: facts()
    }

  const chosen = chooseByText(incident, index, text())
  if (chosen.note) notes.push(chosen.note)
  return {
    ...(chosen.runbook ? { runbook: chosen.runbook } : {}),
    alternatives: chosen.alternatives,
    notes,
    facts: facts()
  }
}
