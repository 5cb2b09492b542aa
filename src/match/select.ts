// Deterministic runbook selection: which runbooks' `match` rules fit an incident, and how well.
// The offline triage picks the best; the model sees the same ranking as a hint.
import type { Incident } from '../generated/incident.js'
import type { MatchRule, Runbook } from '../generated/runbook.js'
import { anyGlob } from './glob.js'

type RuleMetric = NonNullable<MatchRule['metric']>

const list = <T>(v: T | readonly T[]): readonly T[] => (Array.isArray(v) ? v : [v as T])

function metricFits(rule: RuleMetric, incident: Incident): boolean {
  return incident.metrics.some(
    (m) =>
      (rule.namespace === undefined || anyGlob(rule.namespace, m.namespace)) &&
      (rule.name === undefined || anyGlob(rule.name, m.name)) &&
      Object.entries(rule.dimensions ?? {}).every(
        ([k, globs]) => globs !== undefined && anyGlob(globs, m.dimensions[k])
      )
  )
}

/**
 * How specific a rule is: one point per constrained field, metric sub-field, dimension and tag.
 * Zero means the rule does not match.
 */
export function ruleScore(rule: MatchRule, incident: Incident): number {
  let score = 0
  const field = (
    globs: string | readonly string[] | undefined,
    value: string | undefined
  ): boolean => {
    if (globs === undefined) return true
    score++
    return anyGlob(globs, value)
  }
  if (!field(rule.source, incident.source)) return 0
  if (!field(rule.detailType, incident.detailType)) return 0
  if (!field(rule.alarmName, incident.alarmName)) return 0
  if (!field(rule.eventName, incident.eventName)) return 0
  if (rule.resourceType !== undefined) {
    score++
    if (!incident.resourceTypes.some((t) => anyGlob(rule.resourceType ?? [], t))) return 0
  }
  if (rule.severity !== undefined) {
    score++
    if (!list(rule.severity).includes(incident.severity)) return 0
  }
  // Alarm incidents are actionable in ALARM only, unless the rule asks for another state.
  if (rule.state !== undefined) {
    score++
    if (incident.state === undefined || !list(rule.state).includes(incident.state)) return 0
  } else if (incident.kind === 'alarm' && incident.state !== 'ALARM') {
    return 0
  }
  if (rule.metric !== undefined) {
    score +=
      (rule.metric.namespace ? 1 : 0) +
      (rule.metric.name ? 1 : 0) +
      Object.keys(rule.metric.dimensions ?? {}).length
    if (!metricFits(rule.metric, incident)) return 0
  }
  for (const [key, globs] of Object.entries(rule.tags ?? {})) {
    score++
    if (globs === undefined || !anyGlob(globs, incident.tags[key])) return 0
  }
  return score
}

export interface Candidate {
  runbook: Runbook
  /** Specificity of the best matching rule. */
  score: number
  /** Index of that rule in `match`. */
  rule: number
}

export function scoreRunbook(runbook: Runbook, incident: Incident): Candidate | undefined {
  let best: Candidate | undefined
  runbook.match.forEach((rule, i) => {
    const score = ruleScore(rule, incident)
    if (score > 0 && (!best || score > best.score)) best = { runbook, score, rule: i }
  })
  return best
}

/** Matching runbooks, best first: higher specificity, then higher priority, then id. */
export function rankRunbooks(runbooks: readonly Runbook[], incident: Incident): Candidate[] {
  const out: Candidate[] = []
  for (const r of runbooks) {
    const c = scoreRunbook(r, incident)
    if (c) out.push(c)
  }
  return out.sort(
    (a, b) =>
      b.score - a.score ||
      (b.runbook.priority ?? 0) - (a.runbook.priority ?? 0) ||
      a.runbook.id.localeCompare(b.runbook.id)
  )
}

/** True when two candidates would be ranked equal but for their ids. */
export function tied(a: Candidate, b: Candidate): boolean {
  return a.score === b.score && (a.runbook.priority ?? 0) === (b.runbook.priority ?? 0)
}
