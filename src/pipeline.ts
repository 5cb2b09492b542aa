// From a dispatch payload to a rendered incident issue, without touching GitHub: normalize,
// gather the incident's own evidence, triage (falling back to rules on any failure), plan and
// render. Shared by `intake` (which then files the issue) and `opsloop triage` (which prints it).
import { changeEvidence } from './context/changes.js'
import {
  EVIDENCE_TEXT_LIMIT,
  incidentEvidence,
  numbered,
  type Evidence
} from './context/evidence.js'
import {
  gatherContext,
  incidentTime,
  type ContextSources,
  type GatherOptions,
  type GatheredContext
} from './context/gather.js'
import { resolveFacts } from './context/facts.js'
import type { IncidentSnapshot } from './generated/snapshot.js'
import type { ComponentMap } from './context/components.js'
import type { Attribution } from './triage/change-attribution.js'
import { clip, summarizeLogs } from './context/log-summary.js'
import type { FactSources } from './context/ports.js'
import { Redactor } from './context/redact.js'
import type { Incident } from './generated/incident.js'
import type { ContextReport } from './report/incident-issue.js'
import type { Delivery } from './intake/dispatch.js'
import { fingerprint } from './intake/fingerprint.js'
import { OUTCOME_LABELS } from './issue/labels.js'
import { normalizeDelivery } from './intake/redacted-incident.js'
import { runStage, type Stage } from './util/stage.js'
import { bindInstances, buildPlan, type ParameterSetting, type Plan } from './plan/plan.js'
import { taggedInstances, type InstanceDirectory } from './plan/ports.js'
import {
  incidentIssue,
  runbookOfLabels,
  type IncidentReport,
  type IssueDraft
} from './report/incident-issue.js'
import type { TriageIndex } from './triage/catalog-index.js'
import { rulesTriage } from './triage/rules.js'
import type {
  CatalogRunbook,
  PastOutcome,
  Triage,
  TriageProvider,
  TriageRequest,
  TriageSignals
} from './triage/types.js'

export interface Analysis {
  incident: Incident
  fingerprint: string
  evidence: Evidence[]
  triage: Triage
  plan?: Plan
  report: IncidentReport
  draft: IssueDraft
  /** What was gathered, in the replayable format (schemas/snapshot.schema.json). */
  snapshot?: IncidentSnapshot
  /** Which change broke it, when the changes' contents were read. */
  attribution?: Attribution
}

export interface AnalyzeInput {
  delivery: Delivery & { kind: 'payload' }
  /**
   * The run's one redaction step: everything that reaches the model or GitHub passes through it.
   * The caller passes its own when it already redacted the incident with it.
   */
  redactor?: Redactor
  catalog: readonly CatalogRunbook[]
  /** The catalog prepared for triage (e.g. loaded from the CLI's cache); built when absent. */
  index?: TriageIndex
  provider: TriageProvider
  /** Where to gather logs, metrics and past incidents; without it only the event is evidence. */
  context?: {
    sources: ContextSources
    options: Omit<GatherOptions, 'now'>
    /** The repository's mapping of paths to services, for change attribution. */
    components?: ComponentMap
  }
  /**
   * A snapshot to judge the changes of, instead of what was gathered (`opsloop triage
   * --snapshot` replays one): the issue and the plan then carry its attribution as intake's do.
   */
  snapshot?: IncidentSnapshot
  /** Where to look up what the bare event does not say (tags, ECS, Auto Scaling); none offline. */
  facts?: FactSources
  commit?: string
  /** Who caused this intake (the workflow's actor), recorded on the plan. */
  requestedBy?: string
  /** Values people set on the issue (`/set`) for a runbook's parameters, by runbook id. */
  settings?: (runbook: string) => Readonly<Record<string, ParameterSetting>>
  /** Resolves tag targets to instances; without it a tag-targeted plan cannot be approved. */
  instances?: InstanceDirectory
  /** The run whose `opsloop-snapshot` artifact holds what was gathered (intake in Actions). */
  snapshotRun?: string
  /** Seals the occurrence state into the body (intake); absent when only printing. */
  stateMarker?: IncidentReport['stateMarker']
  /** Runs each stage (default: just runs it). */
  stage?: Stage
  now: Date
}

export async function analyze(input: AnalyzeInput, redactedIncident?: Incident): Promise<Analysis> {
  const stage = input.stage ?? runStage
  const redactor = input.redactor ?? new Redactor()
  const delivered = redactedIncident ?? normalizeDelivery(input.delivery, redactor)
  const { context: gatherFrom } = input
  const resolved = await stage(
    'Context: facts from AWS (tags, ECS, Auto Scaling, SSM instances, log groups, log anomalies)',
    () => resolveFacts(delivered, input.facts ?? {}, gatherFrom?.options.logGroups ?? [], input.now)
  )
  // What AWS says about the incident is untrusted text like the event: redacted the same way
  // (the rest of the incident already was).
  let incident: Incident = {
    ...resolved.incident,
    tags: redactor.json(resolved.incident.tags),
    facts: redactor.json(resolved.facts)
  }
  const fp = fingerprint(incident)
  const own = incidentEvidence(incident)
  const gathered = gatherFrom
    ? await stage('Context: logs, metrics, changes and past incidents', () =>
        gatherContext(incident, fp, gatherFrom.sources, { ...gatherFrom.options, now: input.now })
      )
    : undefined
  const mapping = gatherFrom?.components
  const judged =
    gathered || input.snapshot
      ? await (
          await import('./triage/judge-changes.js')
        ).judgeChanges({
          incident,
          alarmAt: incidentTime(incident, input.now),
          ...(gathered ? { gathered } : {}),
          ...(input.snapshot ? { replay: input.snapshot } : {}),
          ...(mapping ? { components: mapping } : {}),
          redactor,
          provider: input.provider,
          stage,
          now: input.now
        })
      : undefined
  const snapshot = judged?.snapshot
  const attribution = judged?.attribution
  const context = gathered
    ? summarizeContext(gathered, incident, input.now, redactor, own.length, attribution)
    : undefined
  // A mapping that is not valid was not used: the issue says where it is wrong.
  if (context && mapping?.problems.length)
    context.report.missing.push(
      ...mapping.problems.map((p) => `components mapping (not used): ${redactor.text(p)}`)
    )
  const evidence = [...own, ...(context?.evidence ?? [])]
  if (judged) incident = judged.incident
  const request: TriageRequest = {
    incident,
    evidence,
    catalog: input.catalog,
    ...(input.index ? { index: input.index } : {}),
    ...(context ? { signals: context.signals } : {})
  }
  const triage = await stage(`Triage (${input.provider.name})`, () =>
    triageSafely(input.provider, request)
  )
  const entry = triage.runbook
    ? input.catalog.find((c) => c.runbook.id === triage.runbook?.id)
    : undefined
  let plan = entry
    ? buildPlan(entry, incident, triage.parameters, {
        proposedAt: input.now.toISOString(),
        ...(input.requestedBy ? { requestedBy: input.requestedBy } : {}),
        ...(input.settings ? { settings: input.settings(entry.runbook.id) } : {}),
        fingerprint: fp
      })
    : undefined
  const tags = plan?.targets?.kind === 'tags' ? plan.targets : undefined
  if (entry && plan && tags)
    plan = bindInstances(
      plan,
      entry.runbook.targets.max,
      await stage("Plan: bind the runbook's tag targets to instances", () =>
        taggedInstances(input.instances, tags)
      )
    )
  const report: IncidentReport = {
    incident,
    fingerprint: fp,
    triage,
    evidence,
    ...(plan ? { plan } : {}),
    ...(entry ? { runbook: entry.runbook } : {}),
    deliveryProblems: input.delivery.problems.map((p) => redactor.text(p)),
    // What intake repaired before reading the payload (already bounded, intake/sanitize.ts).
    ...(input.delivery.notes?.length
      ? { deliveryNotes: input.delivery.notes.map((n) => redactor.text(n)) }
      : {}),
    ...(context ? { context: context.report } : {}),
    ...(attribution ? { attribution } : {}),
    ...(snapshot && input.snapshotRun ? { snapshotRun: input.snapshotRun } : {}),
    ...(input.commit ? { commit: input.commit } : {}),
    ...(input.stateMarker ? { stateMarker: input.stateMarker } : {}),
    receivedAt: input.now.toISOString()
  }
  return {
    incident,
    fingerprint: fp,
    evidence,
    triage,
    ...(plan ? { plan } : {}),
    report,
    draft: incidentIssue(report),
    ...(snapshot ? { snapshot } : {}),
    ...(attribution ? { attribution } : {})
  }
}

/** The provider's triage; a provider bug must not lose the incident, so rules answer instead. */
async function triageSafely(provider: TriageProvider, request: TriageRequest): Promise<Triage> {
  try {
    return await provider.triage(request)
  } catch (error) {
    const rules = rulesTriage(request)
    return {
      ...rules,
      notes: [
        `The ${provider.name} triage failed unexpectedly (${error instanceof Error ? error.message : String(error)}); triaged by rules instead.`,
        ...rules.notes
      ]
    }
  }
}

/** Log templates shown as evidence per log group, most unusual first. */
const LOG_EVIDENCE_PER_GROUP = 8
/** The triage prompt's budget for all log summaries together (estimated tokens). */
const LOG_TOKENS = 6_000
const OUTCOMES: readonly PastOutcome[] = [
  OUTCOME_LABELS.remediated,
  OUTCOME_LABELS.rolledBack,
  OUTCOME_LABELS.failed,
  OUTCOME_LABELS.recovered
]

/** How a past incident ended, from its labels. */
export function pastOutcome(labels: readonly string[]): PastOutcome {
  return OUTCOMES.find((o) => labels.includes(o)) ?? 'closed'
}

/** Signals point at evidence by position until the evidence is numbered. */
type Pending<T> = Omit<T, 'evidence'> & { at: number }

/** Gathered context, redacted and compressed: evidence for triage and sections for the issue. */
function summarizeContext(
  gathered: GatheredContext,
  incident: Incident,
  now: Date,
  redactor: Redactor,
  firstId: number,
  attribution: Attribution | undefined
): { evidence: Evidence[]; signals: TriageSignals; report: ContextReport } {
  const items: Omit<Evidence, 'id'>[] = []
  const add = (item: Omit<Evidence, 'id'>): number => items.push(item) - 1
  const at = incidentTime(incident, now)
  const logSignals: Pending<TriageSignals['logs'][number]>[] = []
  const logs = gathered.logs.map((g) => {
    const summary = summarizeLogs(
      // Together, so a secret split over adjacent events of a stream is redacted whole.
      redactor.events(g.lines),
      { maxTokens: Math.floor(LOG_TOKENS / Math.max(1, gathered.logs.length)), now: at }
    )
    for (const t of summary.templates.slice(0, LOG_EVIDENCE_PER_GROUP)) {
      const tags = [
        t.severity,
        `×${t.count}`,
        t.new ? 'new' : '',
        t.burst ? `burst ×${t.burst.toFixed(1)}` : ''
      ]
      const index = add({
        source: 'log',
        label: `log ${g.group} (${tags.filter(Boolean).join(', ')})`,
        text: clip(
          `${t.template}${t.examples[0] ? ` e.g. ${t.examples[0]}` : ''}`,
          EVIDENCE_TEXT_LIMIT
        )
      })
      if (t.severity !== 'info' && (t.new || t.burst))
        logSignals.push({
          at: index,
          group: g.group,
          template: t.template,
          severity: t.severity,
          new: t.new,
          ...(t.burst ? { burst: t.burst } : {})
        })
    }
    const source = incident.facts?.logGroups.find((f) => f.name === g.group)?.source
    return {
      group: g.group,
      ...(source ? { source } : {}),
      text: summary.text,
      lines: summary.lines,
      tokens: summary.tokens,
      ...(g.truncated ? { truncated: g.truncated } : {})
    }
  })
  // The threshold belongs on the chart only when the alarm watches exactly this metric.
  const threshold =
    gathered.metrics.length === 1 && incident.metrics.length === 1
      ? incident.alarm?.threshold
      : undefined
  const metrics = gathered.metrics.map((m) => {
    const label = redactor.text(m.label)
    const text = redactor.text(m.text)
    const index = add({
      source: 'metric',
      label: `metric history ${label}`,
      text: `${text} ${m.sparkline}`.trim()
    })
    return {
      label,
      text,
      sparkline: m.sparkline,
      ...(m.chart ? { chart: m.chart } : {}),
      ...(threshold !== undefined ? { threshold } : {}),
      at: index
    }
  })
  const changes = gathered.changes.map((c) => {
    const shown = changeEvidence(c, at)
    const label = redactor.text(shown.label)
    const text = redactor.text(shown.text)
    const index = add({ source: 'change', label, text })
    return {
      at: index,
      label,
      text,
      minutesBefore: Math.max(0, Math.round((at - c.at) / 60_000)),
      ...(c.state ? { state: c.state } : {}),
      ...(c.url ? { url: c.url } : {})
    }
  })
  // The suspect commit as evidence the triage can cite (its reasons quote the diff and the logs,
  // both already redacted in the snapshot).
  const suspect = attribution?.suspect
  const suspectAt = suspect
    ? add({
        source: 'change',
        label: `suspect commit ${suspect.sha.slice(0, 12)} (deployment ${suspect.deployment} to ${suspect.service})`,
        text: clip(
          `confidence ${suspect.confidence.toFixed(2)}: ${suspect.reasons.map((r) => r.text).join('; ')}`,
          EVIDENCE_TEXT_LIMIT
        )
      })
    : undefined
  const past = gathered.past.map((p) => {
    const outcome = pastOutcome(p.labels)
    const runbook = runbookOfLabels(p.labels)
    const title = redactor.text(p.title)
    const how = p.sameAlarm ? 'same alarm' : `similar title, ${Math.round(p.similarity * 100)}%`
    const index = add({
      source: 'incident',
      label: `past incident #${p.number}`,
      text: `${title} (${how}; ${outcome}${runbook ? `, runbook ${runbook}` : ''}${p.closedAt ? `, closed ${p.closedAt}` : ''})`
    })
    return {
      at: index,
      number: p.number,
      title,
      sameAlarm: p.sameAlarm,
      outcome,
      ...(runbook ? { runbook } : {})
    }
  })
  const watches = gathered.watches.map((w) => {
    const minutes =
      w.firstSignalAt === undefined
        ? undefined
        : Math.max(0, Math.round((at - w.firstSignalAt) / 60_000))
    const title = redactor.text(w.title)
    const when =
      minutes === undefined ? 'before the incident' : `${minutes} min before the incident`
    const index = add({
      source: 'incident',
      label: `watch #${w.number}`,
      text: `first signal in ${w.logGroup} ${when}: ${title}`
    })
    return {
      at: index,
      number: w.number,
      title,
      logGroup: w.logGroup,
      ...(minutes === undefined ? {} : { minutesBefore: minutes })
    }
  })
  const evidence = numbered(items, firstId)
  const id = <T extends { at: number }>({ at: index, ...rest }: T) => ({
    ...rest,
    evidence: evidence[index]?.id ?? ''
  })
  return {
    evidence,
    signals: {
      changes: changes.map(id),
      ...(attribution
        ? {
            attribution:
              suspect && suspectAt !== undefined
                ? {
                    suspect: {
                      evidence: evidence[suspectAt]?.id ?? '',
                      sha: suspect.sha,
                      deployment: suspect.deployment,
                      confidence: suspect.confidence,
                      why: suspect.reasons.map((r) => r.text).join('; ')
                    }
                  }
                : {}
          }
        : {}),
      logs: logSignals.map(id),
      past: past.map(id)
    },
    report: {
      logs,
      metrics: metrics.map(id),
      changes: changes.map(id),
      past: past.map(id),
      watches: watches.map(id),
      missing: gathered.missing.map((m) => redactor.text(m))
    }
  }
}
