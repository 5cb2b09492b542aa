// What a runbook's own rules say about an incident, as evidence for triage: its `exclude` entries
// first (the author's "never for this"), then its match rules, for the runbook or against it.
import type { Incident } from '../generated/incident.js'
import type { Runbook } from '../generated/runbook.js'
import { appliedExclusion, type AppliedExclusion } from './exclude.js'
import { rulesOf } from './select.js'

/**
 * One `exclude` entry applies (`excludes`, whatever the match rules say); or one match rule
 * `fits`; or one speaks about this kind of incident (its class and subject fit) and a qualifier
 * says "not this one" (`rejects`, with what it requires); or none speaks about it (`silent`).
 * The implicit ALARM-state requirement is left out: whether an alarm in OK needs remediation is
 * the triage gate's question, not a rule's.
 */
export type RunbookVerdict =
  | ({ kind: 'excludes' } & AppliedExclusion)
  | { kind: 'fits'; rule: number; score: number; explicit: boolean }
  | { kind: 'rejects'; rule: number; requires: string[] }
  | { kind: 'silent' }

/** A verdict by which the runbook's author refuses the incident. */
export type Refusal = Extract<RunbookVerdict, { kind: 'excludes' | 'rejects' }>

export const refuses = (v: RunbookVerdict): v is Refusal =>
  v.kind === 'excludes' || v.kind === 'rejects'

export function runbookVerdict(runbook: Runbook, incident: Incident): RunbookVerdict {
  const excluded = appliedExclusion(runbook, incident)
  if (excluded) return { kind: 'excludes', ...excluded }
  let fit: RunbookVerdict | undefined
  let rejection: RunbookVerdict | undefined
  rulesOf(runbook).forEach((rule, i) => {
    const failing = rule.checks.filter((c) => !c.test(incident))
    if (failing.length === 0) {
      if (rule.score > 0 && (fit?.kind !== 'fits' || rule.score > fit.score))
        fit = { kind: 'fits', rule: i, score: rule.score, explicit: rule.explicit }
    } else if (!rejection && failing.every((c) => c.role === 'qualifier')) {
      rejection = { kind: 'rejects', rule: i, requires: failing.map((c) => c.requires) }
    }
  })
  return fit ?? rejection ?? { kind: 'silent' }
}
