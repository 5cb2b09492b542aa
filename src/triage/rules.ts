// Deterministic triage: decide.ts chooses the runbook (is there anything to remediate, then the
// catalog's match rules as evidence for and against, then the text, or an honest "none"); the
// runbook that resolved the same alarm before settles ties and stands in when no rule fits. This
// is the offline path and the fallback when the model is unavailable: it never invents a runbook,
// and instead of causes it states leads with low confidence (a change shortly before the incident,
// a new or bursting error), each citing evidence.
import type { Incident } from '../generated/incident.js'
import { TriageIndex } from './catalog-index.js'
import { decide } from './decide.js'
import type {
  Cause,
  RunbookChoice,
  Triage,
  TriageProvider,
  TriageRequest,
  TriageSignals
} from './types.js'

export { describeRule } from './decide.js'

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
  const suspect = signals.attribution?.suspect
  if (suspect)
    out.push({
      cause: `Commit ${suspect.sha.slice(0, 12)} (deployment ${suspect.deployment}) is the suspect change: ${clipText(suspect.why, 300)}`,
      // Evidence that links a change to the symptom weighs more than any single log line.
      confidence: Math.round((0.3 + 0.5 * suspect.confidence) * 100) / 100,
      evidence: [suspect.evidence]
    })
  // Once attribution judged the changes, how recently one landed is no lead: that is the trap
  // of blaming the latest deploy.
  const byTime = signals.attribution ? [] : signals.changes
  for (const c of byTime.filter((c) => c.minutesBefore <= CHANGE_LEAD_MINUTES).slice(0, 2)) {
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
  const hint = typeof incident.context.runbook === 'string' ? incident.context.runbook : undefined
  const history = resolvedBefore(request)
  const { runbook, notes, alternatives, facts } = decide({
    incident,
    index: request.index ?? TriageIndex.of(request.catalog),
    ...(hint ? { hint } : {}),
    ...(history?.runbook
      ? { history: { runbook: history.runbook, why: historyChoice(history, 0).why } }
      : {})
  })
  // A runbook whose own rules refuse this incident, or whose "Do not use it" clause it says, is
  // no alternative, whatever it fixed before.
  if (history && facts.historyUsable && runbook?.id !== history.runbook)
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
