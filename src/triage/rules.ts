// Deterministic triage: the catalog's own match rules pick the runbook, then lexical similarity
// (BM25 over runbook text) when no rule fits; the runbook that resolved the same alarm before
// settles ties and stands in when no rule fits. This is the offline path and the fallback when the
// model is unavailable: it never invents a runbook, and instead of causes it states leads with low
// confidence (a change shortly before the incident, a new or bursting error), each citing evidence.
import type { Incident } from '../generated/incident.js'
import type { MatchRule, Runbook } from '../generated/runbook.js'
import { CatalogIndex, tied, type Candidate } from '../match/select.js'
import { LexicalIndex, incidentQuery } from './lexical.js'
import type {
  Cause,
  RunbookChoice,
  Triage,
  TriageProvider,
  TriageRequest,
  TriageSignals
} from './types.js'

export interface RuleTriage {
  /** The selected runbook, when one ranks strictly first. */
  selected?: Candidate
  /** Every matching runbook, best first (shown as alternatives). */
  candidates: Candidate[]
  /** Why nothing was selected, when nothing was. */
  note?: string
}

export function triageByRules(incident: Incident, catalog: readonly Runbook[]): RuleTriage {
  return rankedTriage(new CatalogIndex(catalog).rank(incident))
}

function rankedTriage(candidates: Candidate[]): RuleTriage {
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

/** Lexical matches below this confidence are listed, not proposed. */
const LEXICAL_PROPOSAL_THRESHOLD = 0.25

interface Indexes {
  rules: CatalogIndex
  /** Built on first use: most incidents are settled by a match rule. */
  lexical: () => LexicalIndex
}

const indexes = new WeakMap<readonly unknown[], Indexes>()

function indexesOf(request: TriageRequest): Indexes {
  let found = indexes.get(request.catalog)
  if (!found) {
    const runbooks = request.catalog.map((c) => c.runbook)
    let lexical: LexicalIndex | undefined
    found = {
      rules: new CatalogIndex(runbooks),
      lexical: () => (lexical ??= new LexicalIndex(runbooks))
    }
    indexes.set(request.catalog, found)
  }
  return found
}

function ruleChoice(c: Candidate): RunbookChoice {
  const rule = c.runbook.match[c.rule]
  return {
    id: c.runbook.id,
    confidence: ruleConfidence(c.score),
    why: `its match rule ${c.rule + 1} fits (${rule ? describeRule(rule) : '?'}; specificity ${c.score})`
  }
}

function summaryOf(incident: Incident): string {
  const reason = incident.reason ? `: ${incident.reason}` : ''
  const text = `${incident.title}${reason}`
  return text.length > 600 ? `${text.slice(0, 597)}…` : text
}

/** Changes this close before the incident are leads. */
const CHANGE_LEAD_MINUTES = 120
const LEADS = 4
const clipText = (text: string, max: number): string =>
  text.length > max ? `${text.slice(0, max - 1)}…` : text

/** Leads from the gathered context: recent changes and unusual errors, most telling first. */
export function leads(signals: TriageSignals | undefined): Cause[] {
  if (!signals) return []
  const out: Cause[] = []
  for (const c of signals.changes
    .filter((c) => c.minutesBefore <= CHANGE_LEAD_MINUTES)
    .slice(0, 2)) {
    const failed = c.state === 'failure' || c.state === 'error'
    out.push({
      cause: `A change landed ${c.minutesBefore} min before the incident: ${c.label}${failed ? `, and its deployment reported ${c.state}` : ''}. Check whether it caused this.`,
      confidence: failed
        ? c.minutesBefore <= 30
          ? 0.45
          : 0.3
        : c.minutesBefore <= 30
          ? 0.35
          : 0.2,
      evidence: [c.evidence]
    })
  }
  for (const l of signals.logs.slice(0, 2)) {
    const how = l.new ? 'A new' : `A bursting (×${(l.burst ?? 1).toFixed(1)})`
    out.push({
      cause: `${how} ${l.severity.toUpperCase()} log line in ${l.group}: ${clipText(l.template, 200)}`,
      confidence: l.severity === 'fatal' ? 0.35 : l.severity === 'error' ? 0.3 : 0.2,
      evidence: [l.evidence]
    })
  }
  return out.sort((a, b) => b.confidence - a.confidence).slice(0, LEADS)
}

type PastSignal = TriageSignals['past'][number]

/** The newest incident about the same alarm that a runbook in the catalog resolved. */
function resolvedBefore(request: TriageRequest): PastSignal | undefined {
  return request.signals?.past.find(
    (p) =>
      p.sameAlarm &&
      p.outcome === 'remediated' &&
      p.runbook !== undefined &&
      request.catalog.some((c) => c.runbook.id === p.runbook)
  )
}

function historyChoice(p: PastSignal, confidence: number): RunbookChoice {
  return {
    id: p.runbook ?? '',
    confidence,
    why: `it resolved the same alarm in #${p.number} (${p.evidence})`
  }
}

/** The rules provider's triage. Pure over the request. */
export function rulesTriage(request: TriageRequest): Triage {
  const { incident } = request
  const { rules, lexical } = indexesOf(request)
  const ranked = rankedTriage(rules.rank(incident))
  const notes: string[] = []
  const hint = typeof incident.context.runbook === 'string' ? incident.context.runbook : undefined
  const hinted = hint ? request.catalog.find((c) => c.runbook.id === hint) : undefined
  const history = resolvedBefore(request)
  if (hint && !hinted)
    notes.push(`The dispatch context suggests runbook \`${hint}\`, which is not in the catalog.`)

  let runbook: RunbookChoice | undefined
  let alternatives: RunbookChoice[] = ranked.candidates.map(ruleChoice)
  if (ranked.selected) {
    runbook = ruleChoice(ranked.selected)
  } else if (ranked.candidates.length > 0) {
    // Rules tie: a hint naming one of the tied runbooks settles it; otherwise a person chooses.
    const top = ranked.candidates.filter(
      (c) => ranked.candidates[0] && tied(c, ranked.candidates[0])
    )
    const pick = top.find((c) => c.runbook.id === hint)
    const proven = top.find((c) => c.runbook.id === history?.runbook)
    if (pick) {
      runbook = {
        ...ruleChoice(pick),
        why: `${ruleChoice(pick).why}; chosen among equally good matches by the dispatch context's runbook hint`
      }
    } else if (proven && history) {
      runbook = {
        ...ruleChoice(proven),
        why: `${ruleChoice(proven).why}; chosen among equally good matches because ${historyChoice(history, 0).why}`
      }
    } else if (ranked.note) notes.push(`No runbook proposed: ${ranked.note}.`)
  } else if (hinted) {
    runbook = {
      id: hinted.runbook.id,
      confidence: 0.5,
      why: "suggested by the dispatch context's runbook hint; none of the catalog's match rules fits"
    }
  } else if (history) {
    const choice = historyChoice(history, 0.55)
    runbook = { ...choice, why: `none of the catalog's match rules fits, but ${choice.why}` }
  } else {
    const matches = lexical().rank(incidentQuery(incident), 5)
    alternatives = matches.map((m) => ({
      id: m.runbook.id,
      confidence: m.confidence,
      why: `its text shares the terms ${m.terms.map((t) => `\`${t}\``).join(', ')}`
    }))
    const best = alternatives[0]
    if (best && best.confidence >= LEXICAL_PROPOSAL_THRESHOLD) {
      runbook = { ...best, why: `no match rule fits, but ${best.why}` }
    } else {
      notes.push(
        best
          ? 'No runbook proposed: no match rule fits and no runbook text is close enough.'
          : 'No runbook proposed: no runbook in the catalog matches this incident.'
      )
    }
  }
  if (history && runbook && runbook.id !== history.runbook)
    alternatives.push(historyChoice(history, 0.5))
  const failedBefore = request.signals?.past.find(
    (p) =>
      p.sameAlarm &&
      p.runbook === runbook?.id &&
      (p.outcome === 'rolled-back' || p.outcome === 'remediation-failed')
  )
  if (runbook && failedBefore)
    notes.push(
      `\`${runbook.id}\` did not fix this alarm in #${failedBefore.number} (${failedBefore.outcome}, ${failedBefore.evidence}); look at the causes before approving it again.`
    )
  return {
    provider: 'rules',
    summary: summaryOf(incident),
    severity: incident.severity,
    causes: leads(request.signals),
    ...(runbook ? { runbook } : {}),
    parameters: {},
    alternatives: alternatives.filter((a) => a.id !== runbook?.id).slice(0, 5),
    rationale: runbook
      ? `\`${runbook.id}\` was chosen because ${runbook.why}.`
      : 'No runbook was chosen.',
    notes
  }
}

export const rulesProvider: TriageProvider = {
  name: 'rules',
  triage: (request) => Promise.resolve(rulesTriage(request))
}
