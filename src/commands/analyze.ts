// From a dispatch payload to a rendered incident issue, without touching GitHub: normalize,
// gather the incident's own evidence, triage (falling back to rules on any failure), plan and
// render. Shared by `intake` (which then files the issue) and `opsloop triage` (which prints it).
import { incidentEvidence, type Evidence } from '../context/evidence.js'
import { Redactor } from '../context/redact.js'
import type { Incident } from '../generated/incident.js'
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
  const evidence = incidentEvidence(incident)
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
  const fp = fingerprint(incident)
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
