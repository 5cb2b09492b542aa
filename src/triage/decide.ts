// How the deterministic triage chooses a runbook, in order: (1) is there anything to remediate
// (gate.ts)? (2) the catalog's match rules, as evidence for a runbook (one fits) and against one
// (it speaks about this kind of incident but says "not this one"); (3) the text, among runbooks
// whose rules did not reject the incident, proposed only when it is both close enough and
// clearly ahead. Otherwise it abstains with a reason a person can act on. The model provider shows
// the same evidence to the model (prompt.ts), so both paths decide from the same facts.
import type { Incident } from '../generated/incident.js'
import type { MatchRule } from '../generated/runbook.js'
import {
  isExplicit,
  runbookVerdict,
  tied,
  type Candidate,
  type RunbookVerdict
} from '../match/select.js'
import type { TriageIndex } from './catalog-index.js'
import { remediationGate, type Gate } from './gate.js'
import { EXCLUSION_STRENGTH_AGAINST_RULE, excludedBy } from './exclusions.js'
import { incidentQuery, tokenize, type LexicalMatch } from './lexical.js'
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

/** A rule in one line, e.g. `source=aws.cloudwatch, metric=AWS/EC2 CPUUtilization`. */
export function describeRule(rule: MatchRule): string {
  const text = (v: string | readonly string[]): string =>
    typeof v === 'string' ? v : v.length === 1 ? (v[0] ?? '') : `{${v.join(', ')}}`
  const parts: string[] = []
  for (const key of ['source', 'detailType', 'alarmName', 'eventName', 'resourceType'] as const) {
    const v = rule[key]
    if (v !== undefined) parts.push(`${key}=${text(v)}`)
  }
  if (rule.severity !== undefined) parts.push(`severity=${text(rule.severity)}`)
  if (rule.state !== undefined) parts.push(`state=${text(rule.state)}`)
  if (rule.metric) {
    const m = rule.metric
    const dims = Object.entries(m.dimensions ?? {}).map(([k, v]) => `${k}=${text(v ?? [])}`)
    parts.push(
      `metric=${[m.namespace && text(m.namespace), m.name && text(m.name), ...dims].filter(Boolean).join(' ')}`
    )
  }
  for (const [k, v] of Object.entries(rule.tags ?? {})) parts.push(`tags.${k}=${text(v ?? [])}`)
  return parts.join(', ')
}

/** Confidence of a rule match: specific rules are trusted more, but never fully. */
const ruleConfidence = (score: number): number => Math.min(0.95, 0.6 + 0.05 * score)

export function ruleChoice(c: Candidate): RunbookChoice {
  const rule = c.runbook.match[c.rule]
  return {
    id: c.runbook.id,
    confidence: ruleConfidence(c.score),
    why: `its match rule ${c.rule + 1} fits (${rule ? describeRule(rule) : '?'}; specificity ${c.score})`
  }
}

/** A runbook the text ranks, with what its own rules and exclusion clauses say. */
export interface TextCandidate {
  match: LexicalMatch
  verdict: RunbookVerdict
  /** The runbook's "Do not use it …" clause the incident says, when one does. */
  excluded?: { clause: string; terms: string[] }
}

/** Whether the runbook's own rule or description speaks against it. */
const against = (c: TextCandidate): boolean =>
  c.verdict.kind === 'rejects' || c.excluded !== undefined

/** What the decision read: the model provider shows it to the model as evidence. */
export interface TriageFacts {
  gate: Gate
  /** Runbooks whose rule fits, best first. */
  fits: Candidate[]
  /** The text ranking, best first, rejected runbooks included (marked). */
  text: TextCandidate[]
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

const quote = (id: string): string => `\`${id}\``
const percent = (x: number): string => `${Math.round(x * 100)} %`
const shares = (m: LexicalMatch): string =>
  `its text shares ${m.terms.map(quote).join(', ')} (${percent(m.coverage)} of the incident's words that the catalog knows, by rarity)`

/** The rule a rejecting verdict comes from, as a reason. */
export function rejection(v: Extract<RunbookVerdict, { kind: 'rejects' }>): string {
  return `its match rule ${v.rule + 1} is about this kind of incident but requires ${v.requires.join(' and ')}`
}

/** What the incident is about, for "no runbook covers …". */
function subject(incident: Incident): string {
  const metric = incident.metrics.find((m) => m.name !== undefined)
  if (metric) return `${metric.namespace ? `${metric.namespace} ` : ''}${metric.name ?? ''}`
  if (incident.eventName) return `${incident.detailType} ${incident.eventName}`
  return incident.alarmName ?? incident.detailType
}

/** A term's idf in units of the idf of a word only one runbook holds (1 for words none holds). */
const rarity =
  (index: TriageIndex) =>
  (term: string): number =>
    index.text.idf(term) / index.text.rareIdf()

/** The terms of the incident's main text (not its weak part), each with the word as written. */
function saidTerms(incident: Incident): Map<string, string> {
  const said = new Map<string, string>()
  for (const text of incidentQuery(incident).text)
    tokenize(text, (t, _word, written) => {
      if (!said.has(t)) said.set(t, written)
    })
  return said
}

/** The text ranking with each runbook's verdict and exclusion, best first. */
export function textRanking(incident: Incident, index: TriageIndex): TextCandidate[] {
  const query = incidentQuery(incident)
  const said = saidTerms(incident)
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

/** Rules tie: the text among the tied runbooks settles it when it clearly can. */
function settleTie(
  top: Candidate[],
  input: DecisionInput,
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
  const ids = new Set(top.map((c) => c.runbook.id))
  const docs = new Set(input.index.catalog.flatMap((c, i) => (ids.has(c.runbook.id) ? [i] : [])))
  const ranked = input.index.text.rank(incidentQuery(input.incident), 2, docs)
  const [first, second] = ranked
  const margin = first ? (first.score - (second?.score ?? 0)) / first.score : 0
  const names = top.map((c) => quote(c.runbook.id)).join(' and ')
  // Only words of the incident's main text that the first holds and the second does not tell
  // them apart: each tied rule brings its own metric's words in the weak part.
  let apart = 0
  for (const [t, w] of first?.held ?? []) if (!second?.held.has(t) && said.has(t)) apart += w
  if (
    first &&
    margin >= TIE_MARGIN_FLOOR &&
    first.words >= TEXT_MIN_TERMS &&
    apart >= TEXT_MIN_EVIDENCE * input.index.text.rareIdf()
  ) {
    const rule = top.find((c) => c.runbook.id === first.runbook.id)
    if (rule)
      return {
        choice: {
          ...ruleChoice(rule),
          confidence: Math.min(ruleChoice(rule).confidence, 0.5 + 0.3 * margin),
          why: `${ruleChoice(rule).why}; ${names} match equally well, and ${shares(first)}, ${percent(margin)} ahead of the next`
        }
      }
  }
  return {
    note: `No runbook proposed: ${names} match equally well and the incident's text does not clearly favour one${first ? ` (closest: ${quote(first.runbook.id)}, ${percent(margin)} ahead)` : ''}; a person must choose. Give the runbook that should win a higher \`priority\` or a more specific match rule, then \`/retriage\`.`
  }
}

export function decide(input: DecisionInput): Decision {
  const { incident, index } = input
  const gate = remediationGate(incident)
  let textCache: TextCandidate[] | undefined
  const text = (): TextCandidate[] => (textCache ??= textRanking(incident, index))
  const ranked = index.rules.rank(incident)
  const gated = gate.remediable ? ranked : ranked.filter(isExplicit)
  const notes: string[] = []
  // A fitting rule is the author's word for the runbook, and its "Do not use it …" clause is
  // their word against it: when the incident says what the clause names, the runbook is out.
  const said = saidTerms(incident)
  const fits = gated.filter((c) => {
    const excluded = excludedBy(c.runbook, said, rarity(index), EXCLUSION_STRENGTH_AGAINST_RULE)
    if (excluded)
      notes.push(
        `${quote(c.runbook.id)}'s match rule ${c.rule + 1} fits, but its description says not to use it ${excluded.clause} and the incident says ${excluded.terms.map(quote).join(', ')}; it was not proposed.`
      )
    return !excluded
  })
  const facts = (): TriageFacts => ({ gate, fits, text: textCache ?? [] })

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
    const settled = settleTie(top, input, said)
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
    if (verdict.kind === 'rejects')
      notes.push(
        `The dispatch context suggests ${quote(hinted.id)}, but ${rejection(verdict)}; it was not proposed.`
      )
    else if (excluded)
      notes.push(
        `The dispatch context suggests ${quote(hinted.id)}, but its description says not to use it ${excluded.clause} and the incident says ${excluded.terms.map(quote).join(', ')}; it was not proposed.`
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
  const proven = input.history
    ? index.catalog.find((c) => c.runbook.id === input.history?.runbook)?.runbook
    : undefined
  if (
    proven &&
    input.history &&
    runbookVerdict(proven, incident).kind !== 'rejects' &&
    !excludedBy(proven, said, rarity(index))
  )
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

  const ranking = text()
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
        ],
        notes,
        facts: facts()
      }
  }
  notes.push(abstention(incident, best, runnerUp, rejected[0], ranking.length > 0, unit))
  return { alternatives, notes, facts: facts() }
}

const margin = (first: LexicalMatch, second: LexicalMatch | undefined): number =>
  first.score > 0 ? (first.score - (second?.score ?? 0)) / first.score : 0

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
  if (rejected?.verdict.kind === 'rejects')
    parts.push(
      `${quote(rejected.match.runbook.id)} reads close, but ${rejection(rejected.verdict)}`
    )
  else if (rejected?.excluded)
    parts.push(
      `${quote(rejected.match.runbook.id)} reads close, but its description says not to use it ${rejected.excluded.clause} (the incident says ${rejected.excluded.terms.map(quote).join(', ')})`
    )
  return `${parts.join('; ')}. If a runbook should handle this, add a match rule for it (the pull request's validation checks it), then \`/retriage\`.`
}
