// The text's part in triage (decide.ts): the runbooks the text ranks, each with what its own rules
// and "Do not use it" clauses say about the incident, and the choice among them, proposed only when
// close enough, clearly ahead and backed by enough of the incident's own words; otherwise an
// abstention that says what came closest and what to do. Also settles ties between rules when the
// words only one of them holds say which.
import type { Incident } from '../generated/incident.js'
import type { Candidate } from '../match/select.js'
import { refuses, runbookVerdict, type RunbookVerdict } from '../match/verdict.js'
import type { TriageIndex } from './catalog-index.js'
import { excludedBy } from './exclusions.js'
import { incidentQuery, tokenize, type LexicalMatch, type LexicalQuery } from './lexical.js'
import { rejection, ruleChoice } from './rule-choice.js'
import type { RunbookChoice } from './types.js'

/**
 * A text match is proposed only when it explains at least this share of the incident's words
 * that the catalog knows (LexicalMatch.coverage)…
 */
export const TEXT_COVERAGE_FLOOR = 0.3
/**
 * …and scores at least this much more than the runner-up, relative to its own score. Calibrated
 * on eval/triage/cases (25 % → 12 %; docs/triage.md); eval/triage/blind checks it.
 */
export const TEXT_MARGIN_FLOOR = 0.12
/**
 * …and holds at least this many distinct words of the incident's main text (a word and the
 * synonyms it brought count once): one shared word is a coincidence.
 */
export const TEXT_MIN_TERMS = 2
/**
 * …and holds words of the incident worth at least this many words that only one runbook holds
 * (LexicalMatch.evidence in units of the catalog's largest idf): a name and a common word are
 * no evidence, however much of a short alarm they cover.
 */
export const TEXT_MIN_EVIDENCE = 2
/** Rules that tie are settled by the text when the first leads by this relative margin. */
export const TIE_MARGIN_FLOOR = 0.2
/** Text similarity alone never looks as certain as a match rule. */
export const TEXT_CONFIDENCE_CAP = 0.6
/** Text matches whose rules are read for verdicts: the rest cannot reach first or second. */
const TEXT_CANDIDATES = 20

/**
 * Confidence of a text proposal: CAP · √coverage · (1 + margin) / 2, coverage and margin as
 * above. It rises with both, never exceeds CAP = 0.6, and is at least about 0.18 for a proposal
 * (coverage and margin at their floors).
 */
export const textConfidence = (coverage: number, margin: number): number =>
  TEXT_CONFIDENCE_CAP * Math.sqrt(Math.min(1, coverage)) * ((1 + Math.min(1, margin)) / 2)

/** A runbook the text ranks, with what its own rules and exclusion clauses say. */
export interface TextCandidate {
  match: LexicalMatch
  verdict: RunbookVerdict
  /** The runbook's "Do not use it …" clause the incident says, when one does. */
  excluded?: { clause: string; terms: string[] }
}

/** Whether the runbook's own rule or description speaks against it. */
const against = (c: TextCandidate): boolean => refuses(c.verdict) || c.excluded !== undefined

/** An id or word as a code span in a note (ids and words hold no backtick). */
export const quote = (id: string): string => `\`${id}\``
export const percent = (x: number): string => `${Math.round(x * 100)} %`
const shares = (m: LexicalMatch): string =>
  `its text shares ${m.terms.map(quote).join(', ')} (${percent(m.coverage)} of the incident's words that the catalog knows, by rarity)`

/** What the incident is about, for "no runbook covers …". */
function subject(incident: Incident): string {
  const metric = incident.metrics.find((m) => m.name !== undefined)
  if (metric) return `${metric.namespace ? `${metric.namespace} ` : ''}${metric.name ?? ''}`
  if (incident.eventName) return `${incident.detailType} ${incident.eventName}`
  return incident.alarmName ?? incident.detailType
}

/** A term's idf in units of the idf of a word only one runbook holds (1 for words none holds). */
export const rarity =
  (index: TriageIndex) =>
  (term: string): number =>
    index.text.idf(term) / index.text.rareIdf()

/** The terms of the incident's main text (not its weak part), each with the word as written. */
export function saidTerms(query: LexicalQuery): Map<string, string> {
  const said = new Map<string, string>()
  for (const text of query.text)
    tokenize(text, (t, _word, written) => {
      if (!said.has(t)) said.set(t, written)
    })
  return said
}

/**
 * The text ranking with each runbook's verdict and exclusion, best first. `query` and `said`
 * are the incident's (incidentQuery, saidTerms), passed when the caller already has them.
 */
export function textRanking(
  incident: Incident,
  index: TriageIndex,
  query: LexicalQuery = incidentQuery(incident),
  said: ReadonlyMap<string, string> = saidTerms(query)
): TextCandidate[] {
  return index.text.rank(query, TEXT_CANDIDATES).map((match) => {
    const excluded = excludedBy(match.runbook, said, rarity(index))
    return {
      match,
      verdict: runbookVerdict(match.runbook, incident),
      ...(excluded ? { excluded } : {})
    }
  })
}

function textChoice(m: LexicalMatch, margin: number, why: string): RunbookChoice {
  return { id: m.runbook.id, confidence: textConfidence(m.coverage, margin), why }
}

/** What the text chooses when no rule fits: a runbook, or an abstention note. */
export function chooseByText(
  incident: Incident,
  index: TriageIndex,
  ranking: readonly TextCandidate[]
): { runbook?: RunbookChoice; alternatives: RunbookChoice[]; note?: string } {
  const open = ranking.filter((c) => !against(c))
  const rejected = ranking.filter(against)
  const alternatives = open
    .slice(0, 5)
    .map((c) => textChoice(c.match, 0, `no match rule fits; ${shares(c.match)}`))
  const best = open[0]?.match
  // The runner-up is the next open runbook, or a rejected or excluded one scoring at least as
  // high: when the text reads closest to a runbook that says "not this one", the incident is
  // about that runbook's topic, and the next one down is no answer to it.
  const above = rejected.find((c) => best && c.match.score >= best.score)
  const runnerUp = [open[1]?.match, above?.match]
    .filter((m): m is LexicalMatch => m !== undefined)
    .sort((a, b) => b.score - a.score)[0]
  const unit = index.text.rareIdf()
  if (best) {
    const m = margin(best, runnerUp)
    if (
      best.coverage >= TEXT_COVERAGE_FLOOR &&
      m >= TEXT_MARGIN_FLOOR &&
      best.words >= TEXT_MIN_TERMS &&
      best.evidence >= TEXT_MIN_EVIDENCE * unit
    )
      return {
        runbook: textChoice(
          best,
          m,
          `no match rule fits, but ${shares(best)}, ${percent(m)} ahead of ${runnerUp ? quote(runnerUp.runbook.id) : 'any other runbook'}`
        ),
        alternatives: [
          textChoice(best, m, `no match rule fits; ${shares(best)}`),
          ...alternatives.slice(1)
        ]
      }
  }
  return {
    alternatives,
    note: abstention(incident, best, runnerUp, rejected[0], ranking.length > 0, unit)
  }
}

/**
 * Rules tie: the text among the tied runbooks settles it when the first leads by the tie margin
 * and the incident's own words that it holds and the second does not weigh enough.
 */
export function settleByText(
  top: readonly Candidate[],
  index: TriageIndex,
  query: LexicalQuery,
  said: ReadonlyMap<string, string>
): { choice?: RunbookChoice; note?: string } {
  const ids = new Set(top.map((c) => c.runbook.id))
  const docs = new Set(index.catalog.flatMap((c, i) => (ids.has(c.runbook.id) ? [i] : [])))
  const [first, second] = index.text.rank(query, 2, docs)
  const ahead = first ? margin(first, second) : 0
  const names = top.map((c) => quote(c.runbook.id)).join(' and ')
  // Only words of the incident's main text that the first holds and the second does not tell
  // them apart: each tied rule brings its own metric's words in the weak part.
  let apart = 0
  for (const [t, w] of first?.held ?? []) if (!second?.held.has(t) && said.has(t)) apart += w
  if (
    first &&
    ahead >= TIE_MARGIN_FLOOR &&
    first.words >= TEXT_MIN_TERMS &&
    apart >= TEXT_MIN_EVIDENCE * index.text.rareIdf()
  ) {
    const rule = top.find((c) => c.runbook.id === first.runbook.id)
    if (rule)
      return {
        choice: {
          ...ruleChoice(rule),
          confidence: Math.min(ruleChoice(rule).confidence, 0.5 + 0.3 * ahead),
          why: `${ruleChoice(rule).why}; ${names} match equally well, and ${shares(first)}, ${percent(ahead)} ahead of the next`
        }
      }
  }
  return {
    note: `No runbook proposed: ${names} match equally well and the incident's text does not clearly favour one${first ? ` (closest: ${quote(first.runbook.id)}, ${percent(ahead)} ahead)` : ''}; a person must choose. Give the runbook that should win a higher \`priority\` or a more specific match rule, then \`/retriage\`.`
  }
}

const margin = (first: LexicalMatch, second: LexicalMatch | undefined): number =>
  first.score > 0 ? (first.score - (second?.score ?? 0)) / first.score : 0

/** What a runbook's exclusion clause says and which of the incident's words said it. */
export const notToUse = (e: { clause: string; terms: readonly string[] }): string =>
  `its description says not to use it ${e.clause} and the incident says ${e.terms.map(quote).join(', ')}`

/** Why nothing was proposed, and what a person can do about it. */
function abstention(
  incident: Incident,
  best: LexicalMatch | undefined,
  runnerUp: LexicalMatch | undefined,
  rejected: TextCandidate | undefined,
  anyText: boolean,
  unit: number
): string {
  const parts = [`No runbook proposed: no match rule in the catalog covers ${subject(incident)}`]
  if (best) {
    const m = margin(best, runnerUp)
    if (best.words < TEXT_MIN_TERMS)
      parts.push(
        `the closest by text, ${quote(best.runbook.id)}, shares only ${best.terms.map(quote).join(', ')} (a proposal needs ${TEXT_MIN_TERMS} of the incident's words in common)`
      )
    else if (best.evidence < TEXT_MIN_EVIDENCE * unit)
      parts.push(
        `the closest by text, ${quote(best.runbook.id)}, shares only ${best.terms.map(quote).join(', ')}: names and common words, too little to go on`
      )
    else if (best.coverage < TEXT_COVERAGE_FLOOR)
      parts.push(
        `the closest by text, ${quote(best.runbook.id)}, shares only ${best.terms.map(quote).join(', ')} (${percent(best.coverage)} of the incident's words that the catalog knows; a proposal needs ${percent(TEXT_COVERAGE_FLOOR)})`
      )
    else if (runnerUp && runnerUp.score < best.score)
      parts.push(
        `${quote(best.runbook.id)} and ${quote(runnerUp.runbook.id)} are about as close by text (${percent(m)} apart; a proposal needs ${percent(TEXT_MARGIN_FLOOR)})`
      )
  } else if (!anyText) {
    parts.push('and no runbook shares its words')
  }
  if (rejected && refuses(rejected.verdict))
    parts.push(
      `${quote(rejected.match.runbook.id)} reads close, but ${rejection(rejected.verdict)}`
    )
  else if (rejected?.excluded)
    parts.push(
      `${quote(rejected.match.runbook.id)} reads close, but its description says not to use it ${rejected.excluded.clause} (the incident says ${rejected.excluded.terms.map(quote).join(', ')})`
    )
  return `${parts.join('; ')}. If a runbook should handle this, add a match rule for it (the pull request's validation checks it), then \`/retriage\`.`
}
