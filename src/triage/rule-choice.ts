// How a match rule is shown and trusted: a rule in one line, the choice it makes with its
// confidence, and why a runbook's rules refuse an incident (an `exclude` entry, or a rule that is
// about it but rejects it).
import type { MatchRule } from '../generated/runbook.js'
import type { Candidate } from '../match/select.js'
import type { Refusal } from '../match/verdict.js'
import type { RunbookChoice } from './types.js'

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

export function ruleChoice(c: Candidate): RunbookChoice {
  const rule = c.runbook.match[c.rule]
  return {
    id: c.runbook.id,
    confidence: ruleConfidence(c.score),
    why: `its match rule ${c.rule + 1} fits (${rule ? describeRule(rule) : '?'}; specificity ${c.score})`
  }
}

/** Why the runbook's own rules refuse the incident, as a reason. */
export function rejection(v: Refusal): string {
  if (v.kind === 'excludes')
    return `its \`exclude\` entry ${v.index + 1} applies (${v.because}): ${v.why.replace(/[.\s]+$/, '')}`
  return `its match rule ${v.rule + 1} is about this kind of incident but requires ${v.requires.join(' and ')}`
}
