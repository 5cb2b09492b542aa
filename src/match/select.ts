// Deterministic runbook selection: which runbooks' `match` rules fit an incident, and how well.
// The offline triage picks the best; the model sees the same ranking as a hint.
import type { Incident, Metric } from '../generated/incident.js'
import type { MatchRule, Runbook } from '../generated/runbook.js'
import { compileGlob } from './glob.js'

type Test = (incident: Incident) => boolean

/**
 * What a check is about. `class`: the kind of event (source, detail-type). `subject`: what the
 * incident is about (metric, event name, resource type; the alarm name when the rule names
 * nothing else). `qualifier`: what narrows the subject to the incidents the runbook is for
 * (dimensions, tags, severity, state, and the alarm name beside another subject). A rule whose
 * class and subject fit but a qualifier fails is saying "this kind of incident, but not this one".
 */
export type CheckRole = 'class' | 'subject' | 'qualifier'

export interface Check {
  role: CheckRole
  test: Test
  /** What the rule requires, e.g. "metric dimension AutoScalingGroupName `*`". */
  requires: string
}

/** A rule compiled once: its specificity and the checks that must all pass. */
export interface CompiledRule {
  score: number
  tests: Test[]
  checks: Check[]
  /**
   * Whether the rule names the event or state it accepts (a literal `eventName`, `state`,
   * `severity`):
   * the catalog's author asked for this incident explicitly, so it is remediable even when it
   * looks informational.
   */
  explicit: boolean
}

const list = <T>(v: T | readonly T[]): readonly T[] => (Array.isArray(v) ? v : [v as T])

/** The literal text before a glob's first wildcard. */
const literalPrefix = (glob: string): string => glob.slice(0, glob.search(/[*?]|$/))

const shown = (v: string | readonly string[]): string =>
  list(v)
    .map((g) => `\`${g}\``)
    .join(' or ')

/**
 * A rule's `metric` as tests of one metric: `subject` (namespace, name) and `qualifiers`
 * (dimensions), with how each is shown (`` `AWS/EC2` `CPUUtilization` ``, ``InstanceId `*` ``).
 */
export function metricTests(rule: NonNullable<MatchRule['metric']>): {
  subject: ((m: Metric) => boolean)[]
  qualifiers: ((m: Metric) => boolean)[]
  named: string[]
  dims: string[]
} {
  const subject: ((m: Metric) => boolean)[] = []
  const qualifiers: ((m: Metric) => boolean)[] = []
  const named: string[] = []
  const dims: string[] = []
  if (rule.namespace !== undefined) {
    const ns = compileGlob(rule.namespace)
    subject.push((m) => ns(m.namespace))
    named.push(shown(rule.namespace))
  }
  if (rule.name !== undefined) {
    const name = compileGlob(rule.name)
    subject.push((m) => name(m.name))
    named.push(shown(rule.name))
  }
  for (const [key, globs] of Object.entries(rule.dimensions ?? {})) {
    const dim = compileGlob(globs ?? [])
    qualifiers.push((m) => dim(m.dimensions[key]))
    dims.push(`${key} ${shown(globs ?? [])}`)
  }
  return { subject, qualifiers, named, dims }
}

function metricChecks(rule: NonNullable<MatchRule['metric']>): Check[] {
  const { subject, qualifiers, named, dims } = metricTests(rule)
  const all = [...subject, ...qualifiers]
  const checks: Check[] = []
  if (subject.length > 0)
    checks.push({
      role: 'subject',
      test: (i) => i.metrics.some((m) => subject.every((c) => c(m))),
      requires: `metric ${named.join(' ')}`
    })
  if (dims.length > 0)
    checks.push({
      role: 'qualifier',
      test: (i) => i.metrics.some((m) => all.every((c) => c(m))),
      requires: `${named.length > 0 ? `metric ${named.join(' ')} with ` : 'a metric with '}dimension${dims.length > 1 ? 's' : ''} ${dims.join(', ')}`
    })
  return checks
}

export function compileRule(rule: MatchRule): CompiledRule {
  const checks: Check[] = []
  let score = 0
  const field = (
    role: CheckRole,
    label: string,
    globs: MatchRule['source'],
    get: (i: Incident) => string | undefined
  ): void => {
    if (globs === undefined) return
    const fits = compileGlob(globs)
    checks.push({ role, test: (i) => fits(get(i)), requires: `${label} ${shown(globs)}` })
    score++
  }
  const hasSubject =
    rule.eventName !== undefined ||
    rule.resourceType !== undefined ||
    rule.metric?.namespace !== undefined ||
    rule.metric?.name !== undefined
  // Cheap, selective checks first.
  field(hasSubject ? 'qualifier' : 'subject', 'alarm name', rule.alarmName, (i) => i.alarmName)
  field('subject', 'event name', rule.eventName, (i) => i.eventName)
  field('class', 'source', rule.source, (i) => i.source)
  field('class', 'detail-type', rule.detailType, (i) => i.detailType)
  if (rule.resourceType !== undefined) {
    const fits = compileGlob(rule.resourceType)
    checks.push({
      role: 'subject',
      test: (i) => i.resourceTypes.some(fits),
      requires: `resource type ${shown(rule.resourceType)}`
    })
    score++
  }
  if (rule.severity !== undefined) {
    const allowed = list(rule.severity)
    checks.push({
      role: 'qualifier',
      test: (i) => allowed.includes(i.severity),
      requires: `severity ${shown(rule.severity)}`
    })
    score++
  }
  if (rule.state !== undefined) {
    const allowed = list(rule.state)
    checks.push({
      role: 'qualifier',
      test: (i) => i.state !== undefined && allowed.includes(i.state),
      requires: `state ${shown(rule.state)}`
    })
    score++
  }
  if (rule.metric !== undefined) {
    checks.push(...metricChecks(rule.metric))
    score +=
      (rule.metric.namespace ? 1 : 0) +
      (rule.metric.name ? 1 : 0) +
      Object.keys(rule.metric.dimensions ?? {}).length
  }
  for (const [key, globs] of Object.entries(rule.tags ?? {})) {
    const fits = compileGlob(globs ?? [])
    checks.push({
      role: 'qualifier',
      test: (i) => fits(i.tags[key]),
      requires: `tag ${key} ${shown(globs ?? [])}`
    })
    score++
  }
  if (rule.change !== undefined) {
    // A suspect change named by change attribution, of the deployments this runbook handles.
    const change = rule.change
    const fields = (['repository', 'service', 'environment'] as const).flatMap((key) => {
      const globs = change[key]
      return globs === undefined
        ? []
        : [{ key, fits: compileGlob(globs), shown: `${key} ${shown(globs)}` }]
    })
    checks.push({
      role: 'qualifier',
      test: (i) => {
        const c = i.facts?.change
        return c !== undefined && fields.every((f) => f.fits(c[f.key]))
      },
      requires: `a suspect change${fields.length > 0 ? ` (${fields.map((f) => f.shown).join(', ')})` : ''}`
    })
    score += 1 + fields.length
  }
  const tests = checks.map((c) => c.test)
  // Alarm incidents are actionable in ALARM only, unless the rule asks for another state.
  if (rule.state === undefined) tests.push((i) => i.kind !== 'alarm' || i.state === 'ALARM')
  return {
    score,
    tests,
    checks,
    // A wildcard event name (`SERVICE_*`) asks for a family of events, not for this one.
    explicit:
      (rule.eventName !== undefined && list(rule.eventName).every((g) => literalPrefix(g) === g)) ||
      rule.state !== undefined ||
      rule.severity !== undefined
  }
}

const compiled = new WeakMap<Runbook, CompiledRule[]>()

/** A runbook's match rules, compiled once. */
export function rulesOf(runbook: Runbook): CompiledRule[] {
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

/**
 * Match rules filed under what an incident must have for them to fit: `a<prefix>` for a literal
 * alarm-name prefix, `e<name>` for an exact event name, `u` for the rest (every incident is
 * checked against those). Sorted keys with flat references (runbook, rule) so it serializes to
 * JSON and loads without rebuilding anything.
 */
export interface RuleFiling {
  /** Sorted, unique. */
  keys: string[]
  /** Per key, where its references start in `refs` (keys + 1 entries). */
  offsets: number[]
  /** Pairs: runbook position in the catalog, rule position in its `match`. */
  refs: number[]
  /** The lengths of the alarm-name prefixes. */
  prefixLengths: number[]
}

export function fileRules(runbooks: readonly Runbook[]): RuleFiling {
  const filed = new Map<string, number[]>()
  const file = (key: string, doc: number, rule: number): void => {
    const refs = filed.get(key)
    if (refs) refs.push(doc, rule)
    else filed.set(key, [doc, rule])
  }
  const lengths = new Set<number>()
  runbooks.forEach((runbook, doc) => {
    runbook.match.forEach((m, rule) => {
      if (m.alarmName !== undefined) {
        for (const prefix of new Set(list(m.alarmName).map(literalPrefix))) {
          lengths.add(prefix.length)
          file(`a${prefix}`, doc, rule)
        }
      } else if (
        m.eventName !== undefined &&
        list(m.eventName).every((g) => literalPrefix(g) === g)
      ) {
        for (const name of new Set(list(m.eventName))) file(`e${name}`, doc, rule)
      } else {
        file('u', doc, rule)
      }
    })
  })
  const keys = [...filed.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
  const offsets: number[] = []
  const refs: number[] = []
  for (const key of keys) {
    offsets.push(refs.length)
    refs.push(...(filed.get(key) ?? []))
  }
  offsets.push(refs.length)
  return { keys, offsets, refs, prefixLengths: [...lengths].sort((a, b) => a - b) }
}

/**
 * A catalog prepared for ranking many incidents: an incident is scored only against the rules
 * its filing (RuleFiling) says could fit it. Rules compile on first use, so preparing a catalog
 * costs little more than reading its match rules, and nothing when the filing is given. Ranks
 * exactly as rankRunbooks does.
 */
export class CatalogIndex {
  readonly filing: RuleFiling

  constructor(
    private readonly runbooks: readonly Runbook[],
    filing?: RuleFiling
  ) {
    this.filing = filing ?? fileRules(runbooks)
  }

  private refsOf(key: string, out: Set<number>): void {
    const { keys, offsets, refs } = this.filing
    let lo = 0
    let hi = keys.length - 1
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1
      const at = keys[mid] ?? ''
      if (at === key) {
        // A reference is one number: runbook · 65,536 + rule (rules per runbook are few).
        for (let r = offsets[mid] ?? 0; r < (offsets[mid + 1] ?? 0); r += 2)
          out.add((refs[r] ?? 0) * 65_536 + (refs[r + 1] ?? 0))
        return
      }
      if (at < key) lo = mid + 1
      else hi = mid - 1
    }
  }

  private candidates(incident: Incident): Set<number> {
    const found = new Set<number>()
    this.refsOf('u', found)
    if (incident.eventName !== undefined) this.refsOf(`e${incident.eventName}`, found)
    const name = incident.alarmName
    if (name !== undefined) {
      for (const n of this.filing.prefixLengths)
        if (n <= name.length) this.refsOf(`a${name.slice(0, n)}`, found)
    }
    return found
  }

  rank(incident: Incident): Candidate[] {
    const best = new Map<Runbook, Candidate>()
    for (const ref of this.candidates(incident)) {
      const runbook = this.runbooks[Math.floor(ref / 65_536)]
      const index = ref % 65_536
      const rule = runbook && rulesOf(runbook)[index]
      if (!runbook || !rule) continue
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

/** Whether the candidate's rule names the event, state or severity it accepts. */
export function isExplicit(c: Candidate): boolean {
  return rulesOf(c.runbook)[c.rule]?.explicit ?? false
}
