// A runbook's `exclude` entries: the incidents its author says it must not be used for, in a form
// OpsLoop enforces (the prose "Do not use it when …" is only read as evidence, exclusions.ts in
// triage). An entry applies when its `when` (the fields of a match rule, in any alarm state) fits
// and the incident says one of its `says` phrases. Incident text is untrusted: it can only take a
// runbook out of the running, never put one in.
import type { Incident } from '../generated/incident.js'
import type { ExclusionRule, MatchRule, Runbook } from '../generated/runbook.js'
import { stem, words } from '../triage/lexical.js'
import { compileRule, metricTests, type Check } from './select.js'

/** An entry that applies to an incident, as a reason a person can read. */
export interface AppliedExclusion {
  /** Position of the entry in `exclude`. */
  index: number
  why: string
  /** What in the incident made it apply, e.g. ``it says `InsufficientFreeAddressesInSubnet` ``. */
  because: string
}

interface CompiledExclusion {
  why: string
  checks: Check[]
  /** Each phrase as its stemmed words, with the phrase as written. */
  phrases: { words: string[]; written: string }[]
}

// Words that negate what follows within a clause (the NegEx cue list); `t` is the end of `can't`,
// `isn't`, `doesn't` once words() split them at the apostrophe.
const NEGATIONS = new Set([
  'not',
  'no',
  'without',
  'never',
  'nothing',
  'none',
  'nor',
  'cannot',
  't'
])
/** How many words after a negation it governs. */
const NEGATION_WINDOW = 5

const phraseWords = (text: string): string[] => words(text).map(stem)

/**
 * The checks of an entry's `when`: those of a match rule, except that its `metric` must fit every
 * metric the alarm reads (each input of a metric-math alarm), not just one. An entry says what
 * the incident is; an alarm over CPU and memory is not a CPU alarm.
 */
function whenChecks(when: MatchRule): Check[] {
  const { metric, ...rest } = when
  const checks = Object.keys(rest).length > 0 ? compileRule(rest).checks : []
  if (!metric) return checks
  const { subject, qualifiers, named, dims } = metricTests(metric)
  const parts = [...subject, ...qualifiers]
  const what = [
    ...(named.length > 0 ? [named.join(' ')] : []),
    ...(dims.length > 0 ? [`with dimension${dims.length > 1 ? 's' : ''} ${dims.join(', ')}`] : [])
  ].join(' ')
  checks.push({
    role: 'qualifier',
    test: (i) => {
      const read = i.metrics.filter((m) => m.expression === undefined)
      return read.length > 0 && read.every((m) => parts.every((p) => p(m)))
    },
    requires: `only metrics ${what}`
  })
  return checks
}

const compiled = new WeakMap<Runbook, CompiledExclusion[]>()

function exclusionsOf(runbook: Runbook): CompiledExclusion[] {
  let found = compiled.get(runbook)
  if (!found) {
    found = (runbook.exclude ?? []).map((e: ExclusionRule) => ({
      why: e.why,
      checks: e.when ? whenChecks(e.when) : [],
      phrases: (e.says ?? [])
        .map((written) => ({ words: phraseWords(written), written }))
        .filter((p) => p.words.length > 0)
    }))
    compiled.set(runbook, found)
  }
  return found
}

/**
 * What the incident says, as runs of stemmed words: its description, its reason and its details.
 * A run ends at punctuation between words (a comma, a bracket, a quote, a full stop), so neither
 * a phrase ("ACM-issued") nor a negation reaches across one ("imported into ACM, issued by a
 * partner's CA"); punctuation inside a name (`States.Timeout`, `card-auth`) does not end one.
 */
function clausesOf(incident: Incident): string[][] {
  const text = [incident.description, incident.reason, ...Object.values(incident.details ?? {})]
  return text
    .filter((t): t is string => typeof t === 'string' && t !== '')
    .flatMap((t) => t.split(/[.;:!?](?=\s|$)|[\n,()[\]{}"“”]/))
    .map(phraseWords)
    .filter((c) => c.length > 0)
}

const clauseCache = new WeakMap<Incident, string[][]>()

/** Whether `phrase` occurs in `clause` at a position no negation before it governs. */
function affirmedIn(clause: readonly string[], phrase: readonly string[]): boolean {
  const negates = NEGATIONS.has(phrase[0] ?? '')
  outer: for (let i = 0; i + phrase.length <= clause.length; i++) {
    for (let j = 0; j < phrase.length; j++) if (clause[i + j] !== phrase[j]) continue outer
    if (negates) return true
    const before = clause.slice(Math.max(0, i - NEGATION_WINDOW), i)
    if (!before.some((w) => NEGATIONS.has(w))) return true
  }
  return false
}

/** The first `exclude` entry of the runbook that applies to the incident, if one does. */
export function appliedExclusion(
  runbook: Runbook,
  incident: Incident
): AppliedExclusion | undefined {
  const entries = exclusionsOf(runbook)
  if (entries.length === 0) return undefined
  for (const [index, e] of entries.entries()) {
    if (!e.checks.every((c) => c.test(incident))) continue
    const reasons = e.checks.map((c) => `it has ${c.requires}`)
    if (e.phrases.length > 0) {
      let clauses = clauseCache.get(incident)
      if (!clauses) {
        clauses = clausesOf(incident)
        clauseCache.set(incident, clauses)
      }
      const said = e.phrases.find((p) => clauses.some((c) => affirmedIn(c, p.words)))
      if (!said) continue
      reasons.push(`it says \`${said.written.replace(/`/g, "'")}\``)
    }
    return { index, why: e.why, because: reasons.join(' and ') }
  }
  return undefined
}
