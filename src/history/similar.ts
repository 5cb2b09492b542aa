// Which past incidents are like this one, and why: first from the issue list alone (the same
// alarm's fingerprint label, a similar title, the same runbook proposed), then, for the few read
// in full, from their sealed incident records (a shared resource, the same metric). Scores are
// the strongest single reason, so every reason shown is one a person can check.
import type { Incident } from '../generated/incident.js'
import { fingerprintLabel, RUNBOOK_LABEL_PREFIX } from '../issue/labels.js'
import { titleSimilarity } from '../context/similarity.js'
import type { HistoryIssue } from './ports.js'

export interface Candidate {
  issue: HistoryIssue
  /** 0 to 1: the strongest reason's weight. */
  score: number
  reasons: string[]
}

/** Below this a past incident is not called similar (unless the question names it). */
export const SIMILAR_ENOUGH = 0.4

const WEIGHT = {
  sameAlarm: 1,
  sharedResource: 0.8,
  sameMetric: 0.6,
  sameRunbook: 0.45
} as const

function add(c: Candidate, weight: number, reason: string): Candidate {
  return { ...c, score: Math.max(c.score, weight), reasons: [...c.reasons, reason] }
}

/** The first pass, from what the issue list shows. */
export function listedCandidates(
  current: { number: number; fingerprint: string; title: string; runbook?: string },
  issues: readonly HistoryIssue[]
): Candidate[] {
  const sameAlarm = fingerprintLabel(current.fingerprint)
  const runbookLabel = current.runbook ? `${RUNBOOK_LABEL_PREFIX}${current.runbook}` : undefined
  return issues
    .filter((i) => i.number !== current.number)
    .map((issue) => {
      let c: Candidate = { issue, score: 0, reasons: [] }
      if (issue.labels.includes(sameAlarm)) c = add(c, WEIGHT.sameAlarm, 'the same alarm')
      const title = titleSimilarity(current.title, issue.title)
      // The same alarm has the same title: saying so too would add nothing.
      if (title >= SIMILAR_ENOUGH && c.score < WEIGHT.sameAlarm)
        c = add(c, title, `a similar title (${Math.round(title * 100)} % of its words)`)
      if (runbookLabel && issue.labels.includes(runbookLabel))
        c = add(c, WEIGHT.sameRunbook, `the same runbook proposed (\`${current.runbook}\`)`)
      return c
    })
}

const metricKey = (m: Incident['metrics'][number]): string | undefined =>
  m.namespace && m.name ? `${m.namespace} ${m.name}` : undefined

/** The second pass, with the past incident's sealed record. */
export function withRecord(c: Candidate, current: Incident, past: Incident): Candidate {
  let out = c
  const resources = new Set(current.resources)
  const shared = past.resources.filter((r) => resources.has(r) && !r.includes(':alarm:'))
  if (shared.length > 0)
    out = add(
      out,
      WEIGHT.sharedResource,
      `a shared resource (${shared.length === 1 ? `\`${shared[0] ?? ''}\`` : `${shared.length} of them`})`
    )
  const metrics = new Set(current.metrics.map(metricKey).filter((k) => k !== undefined))
  const same = past.metrics.map(metricKey).find((k) => k !== undefined && metrics.has(k))
  if (same && !out.reasons.includes('the same alarm'))
    out = add(out, WEIGHT.sameMetric, `the same metric (\`${same}\`)`)
  return out
}

/** Most similar first; ties go to the most recent. */
export function ranked<T extends Candidate>(candidates: readonly T[]): T[] {
  return [...candidates].sort(
    (a, b) => b.score - a.score || Date.parse(b.issue.createdAt) - Date.parse(a.issue.createdAt)
  )
}
