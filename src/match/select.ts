// Deterministic runbook selection: which runbooks' `match` rules fit an incident, and how well.
// The offline triage picks the best; the model sees the same ranking as a hint.
import type { Incident, Metric } from '../generated/incident.js'
import type { MatchRule, Runbook } from '../generated/runbook.js'
import { compileGlob } from './glob.js'

type Test = (incident: Incident) => boolean

/** A rule compiled once: its specificity and the checks that must all pass. */
interface CompiledRule {
  score: number
  tests: Test[]
}

const list = <T>(v: T | readonly T[]): readonly T[] => (Array.isArray(v) ? v : [v as T])

function compileMetric(rule: NonNullable<MatchRule['metric']>): Test {
  const checks: ((m: Metric) => boolean)[] = []
  if (rule.namespace !== undefined) {
    const ns = compileGlob(rule.namespace)
    checks.push((m) => ns(m.namespace))
  }
  if (rule.name !== undefined) {
    const name = compileGlob(rule.name)
    checks.push((m) => name(m.name))
  }
  for (const [key, globs] of Object.entries(rule.dimensions ?? {})) {
    const dim = compileGlob(globs ?? [])
    checks.push((m) => dim(m.dimensions[key]))
  }
  return (incident) => incident.metrics.some((m) => checks.every((c) => c(m)))
}

export function compileRule(rule: MatchRule): CompiledRule {
  const tests: Test[] = []
  let score = 0
  const field = (globs: MatchRule['source'], get: (i: Incident) => string | undefined): void => {
    if (globs === undefined) return
    const fits = compileGlob(globs)
    tests.push((i) => fits(get(i)))
    score++
  }
  // Cheap, selective checks first.
  field(rule.alarmName, (i) => i.alarmName)
  field(rule.eventName, (i) => i.eventName)
  field(rule.source, (i) => i.source)
  field(rule.detailType, (i) => i.detailType)
  if (rule.resourceType !== undefined) {
    const fits = compileGlob(rule.resourceType)
    tests.push((i) => i.resourceTypes.some(fits))
    score++
  }
  if (rule.severity !== undefined) {
    const allowed = list(rule.severity)
    tests.push((i) => allowed.includes(i.severity))
    score++
  }
  // Alarm incidents are actionable in ALARM only, unless the rule asks for another state.
  if (rule.state !== undefined) {
    const allowed = list(rule.state)
    tests.push((i) => i.state !== undefined && allowed.includes(i.state))
    score++
  } else {
    tests.push((i) => i.kind !== 'alarm' || i.state === 'ALARM')
  }
  if (rule.metric !== undefined) {
    tests.push(compileMetric(rule.metric))
    score +=
      (rule.metric.namespace ? 1 : 0) +
      (rule.metric.name ? 1 : 0) +
      Object.keys(rule.metric.dimensions ?? {}).length
  }
  for (const [key, globs] of Object.entries(rule.tags ?? {})) {
    const fits = compileGlob(globs ?? [])
    tests.push((i) => fits(i.tags[key]))
    score++
  }
  return { score, tests }
}

const compiled = new WeakMap<Runbook, CompiledRule[]>()

function rulesOf(runbook: Runbook): CompiledRule[] {
  let rules = compiled.get(runbook)
  if (!rules) {
    rules = runbook.match.map(compileRule)
    compiled.set(runbook, rules)
  }
  return rules
}

/**
 * How specific a rule is: one point per constrained field, metric sub-field, dimension and tag.
 * Zero means the rule does not match.
 */
export function ruleScore(rule: MatchRule, incident: Incident): number {
  const c = compileRule(rule)
  return c.tests.every((t) => t(incident)) ? c.score : 0
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
  rulesOf(runbook).forEach((rule, i) => {
    if (
      rule.score > 0 &&
      (!best || rule.score > best.score) &&
      rule.tests.every((t) => t(incident))
    ) {
      best = { runbook, score: rule.score, rule: i }
    }
  })
  return best
}

const byRank = (a: Candidate, b: Candidate): number =>
  b.score - a.score ||
  (b.runbook.priority ?? 0) - (a.runbook.priority ?? 0) ||
  a.runbook.id.localeCompare(b.runbook.id)

/** Matching runbooks, best first: higher specificity, then higher priority, then id. */
export function rankRunbooks(runbooks: readonly Runbook[], incident: Incident): Candidate[] {
  const out: Candidate[] = []
  for (const r of runbooks) {
    const c = scoreRunbook(r, incident)
    if (c) out.push(c)
  }
  return out.sort(byRank)
}

interface IndexedRule {
  runbook: Runbook
  index: number
  rule: CompiledRule
}

/** The literal text before a glob's first wildcard. */
const literalPrefix = (glob: string): string => glob.slice(0, glob.search(/[*?]|$/))

/**
 * A catalog prepared for ranking many incidents: each rule is filed under what an incident must
 * have for it to match (an alarm-name prefix or an exact event name), so an incident is scored
 * only against rules that could fit it. Ranks exactly as rankRunbooks does.
 */
export class CatalogIndex {
  private readonly byAlarmPrefix = new Map<string, IndexedRule[]>()
  private readonly byEventName = new Map<string, IndexedRule[]>()
  private readonly unfiled: IndexedRule[] = []
  private readonly prefixLengths = new Set<number>()

  constructor(runbooks: readonly Runbook[]) {
    for (const runbook of runbooks) {
      runbook.match.forEach((m, index) => {
        const entry = { runbook, index, rule: rulesOf(runbook)[index] ?? compileRule(m) }
        const file = (map: Map<string, IndexedRule[]>, key: string): void => {
          map.set(key, [...(map.get(key) ?? []), entry])
        }
        if (m.alarmName !== undefined) {
          for (const prefix of new Set(list(m.alarmName).map(literalPrefix))) {
            this.prefixLengths.add(prefix.length)
            file(this.byAlarmPrefix, prefix)
          }
        } else if (
          m.eventName !== undefined &&
          list(m.eventName).every((g) => literalPrefix(g) === g)
        ) {
          for (const name of list(m.eventName)) file(this.byEventName, name)
        } else {
          this.unfiled.push(entry)
        }
      })
    }
  }

  private candidates(incident: Incident): Iterable<IndexedRule> {
    const found = new Set<IndexedRule>(this.unfiled)
    const add = (rules: IndexedRule[] | undefined): void => rules?.forEach((r) => found.add(r))
    if (incident.eventName !== undefined) add(this.byEventName.get(incident.eventName))
    const name = incident.alarmName
    if (name !== undefined) {
      for (const n of this.prefixLengths)
        if (n <= name.length) add(this.byAlarmPrefix.get(name.slice(0, n)))
    }
    return found
  }

  rank(incident: Incident): Candidate[] {
    const best = new Map<Runbook, Candidate>()
    for (const { runbook, index, rule } of this.candidates(incident)) {
      const current = best.get(runbook)
      const better =
        !current ||
        rule.score > current.score ||
        (rule.score === current.score && index < current.rule)
      if (better && rule.score > 0 && rule.tests.every((t) => t(incident))) {
        best.set(runbook, { runbook, score: rule.score, rule: index })
      }
    }
    return [...best.values()].sort(byRank)
  }
}

/** True when two candidates would be ranked equal but for their ids. */
export function tied(a: Candidate, b: Candidate): boolean {
  return a.score === b.score && (a.runbook.priority ?? 0) === (b.runbook.priority ?? 0)
}
