// From a dispatch payload to a rendered incident issue, without touching GitHub: normalize,
// gather the incident's own evidence, triage (falling back to rules on any failure), plan and
// render. Shared by `intake` (which then files the issue) and `opsloop triage` (which prints it).
import { incidentEvidence, numbered, type Evidence } from '../context/evidence.js'
import {
  gatherContext,
  incidentTime,
  type ContextSources,
  type GatherOptions,
  type GatheredContext
} from '../context/gather.js'
import { summarizeLogs } from '../context/log-summary.js'
import { Redactor } from '../context/redact.js'
import type { Incident } from '../generated/incident.js'
import type { ContextReport } from '../report/incident-issue.js'
import type { Delivery } from '../intake/dispatch.js'
import { fingerprint } from '../intake/fingerprint.js'
import { normalize } from '../intake/normalize.js'
import { buildPlan, type Plan } from '../plan/plan.js'
import { incidentIssue, type IncidentReport, type IssueDraft } from '../report/incident-issue.js'
import { rulesTriage } from '../triage/rules.js'
import type { CatalogRunbook, Triage, TriageProvider } from '../triage/types.js'

export interface Analysis {
  incident: Incident
  fingerprint: string
  evidence: Evidence[]
  triage: Triage
  plan?: Plan
  report: IncidentReport
  draft: IssueDraft
}

export interface AnalyzeInput {
  delivery: Delivery & { kind: 'payload' }
  /**
   * The run's one redaction step: everything that reaches the model or GitHub passes through it.
   * The caller passes its own when it already redacted the incident with it.
   */
  redactor?: Redactor
  catalog: readonly CatalogRunbook[]
  provider: TriageProvider
  /** Where to gather logs, metrics and past incidents; without it only the event is evidence. */
  context?: { sources: ContextSources; options: Omit<GatherOptions, 'now'> }
  commit?: string
  /** Who caused this intake (the workflow's actor), recorded on the plan. */
  requestedBy?: string
  now: Date
}

/** The incident in a delivery, secrets already replaced by placeholders. */
export function normalizeDelivery(
  delivery: Delivery & { kind: 'payload' },
  redactor: Redactor
): Incident {
  return redactor.json(normalize(delivery.payload))
}

export async function analyze(input: AnalyzeInput, redactedIncident?: Incident): Promise<Analysis> {
  const redactor = input.redactor ?? new Redactor()
  const incident = redactedIncident ?? normalizeDelivery(input.delivery, redactor)
  const fp = fingerprint(incident)
  const own = incidentEvidence(incident)
  const gathered = input.context
    ? await gatherContext(incident, fp, input.context.sources, {
        ...input.context.options,
        now: input.now
      })
    : undefined
  const context = gathered ? summarizeContext(gathered, incident, input.now, redactor) : undefined
  const evidence = [...own, ...numbered(context?.evidence ?? [], own.length)]
  const request = { incident, evidence, catalog: input.catalog }
  let triage: Triage
  try {
    triage = await input.provider.triage(request)
  } catch (error) {
    // A provider bug must not lose the incident.
    const rules = rulesTriage(request)
    triage = {
      ...rules,
      notes: [
        `The ${input.provider.name} triage failed unexpectedly (${error instanceof Error ? error.message : String(error)}); triaged by rules instead.`,
        ...rules.notes
      ]
    }
  }
  const entry = triage.runbook
    ? input.catalog.find((c) => c.runbook.id === triage.runbook?.id)
    : undefined
  const plan = entry
    ? buildPlan(entry, incident, triage.parameters, {
        proposedAt: input.now.toISOString(),
        ...(input.requestedBy ? { requestedBy: input.requestedBy } : {}),
        fingerprint: fp
      })
    : undefined
  const report: IncidentReport = {
    incident,
    fingerprint: fp,
    triage,
    evidence,
    ...(plan ? { plan } : {}),
    ...(entry ? { runbook: entry.runbook } : {}),
    deliveryProblems: input.delivery.problems.map((p) => redactor.text(p)),
    ...(context ? { context: context.report } : {}),
    ...(input.commit ? { commit: input.commit } : {}),
    receivedAt: input.now.toISOString()
  }
  return {
    incident,
    fingerprint: fp,
    evidence,
    triage,
    ...(plan ? { plan } : {}),
    report,
    draft: incidentIssue(report)
  }
}

/** Log templates shown as evidence per log group, most unusual first. */
const LOG_EVIDENCE_PER_GROUP = 8
/** The triage prompt's budget for all log summaries together (estimated tokens). */
const LOG_TOKENS = 6_000

/** Gathered context, redacted and compressed: evidence for triage and sections for the issue. */
function summarizeContext(
  gathered: GatheredContext,
  incident: Incident,
  now: Date,
  redactor: Redactor
): { evidence: Omit<Evidence, 'id'>[]; report: ContextReport } {
  const evidence: Omit<Evidence, 'id'>[] = []
  const at = incidentTime(incident, now)
  const logs = gathered.logs.map((g) => {
    const summary = summarizeLogs(
      g.lines.map((l) => ({ ...l, message: redactor.text(l.message) })),
      { maxTokens: Math.floor(LOG_TOKENS / Math.max(1, gathered.logs.length)), now: at }
    )
    for (const t of summary.templates.slice(0, LOG_EVIDENCE_PER_GROUP)) {
      const tags = [
        t.severity,
        `×${t.count}`,
        t.new ? 'new' : '',
        t.burst ? `burst ×${t.burst.toFixed(1)}` : ''
      ]
      evidence.push({
        source: 'log',
        label: `log ${g.group} (${tags.filter(Boolean).join(', ')})`,
        text: `${t.template}${t.examples[0] ? ` e.g. ${t.examples[0]}` : ''}`
      })
    }
    return {
      group: g.group,
      text: summary.text,
      lines: summary.lines,
      tokens: summary.tokens,
      ...(g.truncated ? { truncated: g.truncated } : {})
    }
  })
  for (const e of gathered.evidence) evidence.push({ ...e, text: redactor.text(e.text) })
  return {
    evidence,
    report: {
      logs,
      metrics: gathered.metrics.map((m) => ({
        label: m.label,
        text: m.text,
        sparkline: m.sparkline
      })),
      past: gathered.past.map((p) => ({
        number: p.number,
        title: redactor.text(p.title),
        labels: p.labels
      })),
      missing: gathered.missing.map((m) => redactor.text(m))
    }
  }
}
