// What OpsLoop believes about an incident issue, and only that: its own sealed records, read from
// the one place each may sit. The issue must be one OpsLoop opened: an unedited comment by the
// issue's own author carries the sealed incident record bound to this issue's number (an attacker
// can copy a body, never a seal for a new issue number). OpsLoop's identity is that author's
// account id, learned from the issue, never "any bot": every later record counts only on a comment
// by the same account that nobody has edited. Human comments are returned apart, for commands.
// Pure over the snapshot.
import type { Plan } from '../generated/plan.js'
import type { Delivery } from '../intake/dispatch.js'
import { OPSLOOP_LABEL, RAN_LABEL_PREFIX, ranLabel } from './labels.js'
import { FOREIGN_SEAL, openRecords, planOf, type RecordKey, type RecordOf } from './record.js'
import type { Account, IssueSnapshot, SnapshotComment } from './thread.js'

export interface PlanEntry {
  plan: Plan
  /** The comment that holds it: approvals must come after it. */
  commentId: number
}

export interface Ledger {
  authentic: true
  fingerprint: string
  /** OpsLoop's account on this issue (the issue's author). */
  identity: Account & { id: number }
  incident: RecordOf<'incident'>['incident']
  /** Every plan OpsLoop proposed here, oldest first; the last one is current. */
  plans: PlanEntry[]
  claims: { digest: string; commentId: number }[]
  /** How each run ended, as the remediation job sealed it; nothing decides on them. */
  outcomes: {
    digest: string
    outcome: 'remediated' | 'failed' | 'rolled-back'
    commentId: number
  }[]
  cancels: { digest: string; by: string; commentId: number }[]
  /** Parameter values people set with `/set`, oldest first. */
  settings: {
    runbook: string
    name: string
    value: string | number | boolean
    by: string
    commentId: number
  }[]
  /** Requests to gather and triage again (`/retriage`), oldest first. */
  retriages: { by: string; commentId: number }[]
  /** The delivery's payload (redacted), when the incident record kept it. */
  event?: Record<string, unknown>
  /** Digest prefixes (32 hex) that OpsLoop's account labelled as run at any time. */
  ranLabels: Set<string>
  /** Comments by anyone but OpsLoop's account: where commands come from. */
  human: SnapshotComment[]
}

export type LedgerResult = Ledger | { authentic: false; reason: string }

const NOT_OPSLOOP =
  'this issue was not opened by OpsLoop (no sealed incident record from its author), so nothing here is acted on'

export function readLedger(snapshot: IssueSnapshot, key: RecordKey, repo: string): LedgerResult {
  const { issue } = snapshot
  const author = issue.author
  if (author?.id === undefined) return { authentic: false, reason: NOT_OPSLOOP }
  const identity = { ...author, id: author.id }
  if (!issue.labels.includes(OPSLOOP_LABEL))
    return {
      authentic: false,
      reason: `this issue does not carry the \`${OPSLOOP_LABEL}\` label, so it is not an OpsLoop incident`
    }
  const scope = { repo, issue: issue.number }
  // OpsLoop's unedited comments may hold records; everyone else's are where commands come from.
  const own = snapshot.comments.filter((c) => c.author?.id === identity.id && !c.edited)
  const human = snapshot.comments.filter((c) => c.author?.id !== identity.id)

  const ledger: Omit<Ledger, 'incident' | 'fingerprint'> = {
    authentic: true,
    identity,
    plans: [],
    claims: [],
    outcomes: [],
    cancels: [],
    settings: [],
    retriages: [],
    ranLabels: new Set(),
    human
  }
  let incident: RecordOf<'incident'> | undefined
  let foreignSeal = false
  for (const c of own) {
    for (const opened of openRecords(c.body, key, scope, 'comment')) {
      if (!opened.ok) {
        if (opened.problem === FOREIGN_SEAL) foreignSeal = true
        continue
      }
      const r = opened.record
      // Only OpsLoop writes here, so these guards hold against bugs rather than attackers.
      if (incident && r.fingerprint !== incident.fingerprint) continue
      switch (r.kind) {
        case 'incident':
          incident ??= r
          break
        case 'plan':
          if (incident) ledger.plans.push({ plan: planOf(r), commentId: c.id })
          break
        case 'claim':
          ledger.claims.push({ digest: r.digest, commentId: c.id })
          break
        case 'cancel':
          ledger.cancels.push({ digest: r.digest, by: r.by, commentId: c.id })
          break
        case 'set':
          ledger.settings.push({
            runbook: r.runbook,
            name: r.name,
            value: r.value,
            by: r.by,
            commentId: c.id
          })
          break
        case 'retriage':
          ledger.retriages.push({ by: r.by, commentId: c.id })
          break
        // Outcomes are the run's record for people, audits and `/ask`; nothing decides on them.
        case 'outcome':
          ledger.outcomes.push({ digest: r.digest, outcome: r.outcome, commentId: c.id })
          break
        default:
          break
      }
    }
  }
  if (!incident) {
    const edited = snapshot.comments.find(
      (c) => c.author?.id === identity.id && c.edited && c.body.includes('opsloop:record')
    )
    // A bot's records sealed with another key: most likely the key was rotated, or this job
    // was given another one. Still refused; the reply says what to check.
    const rotated = foreignSeal && identity.type === 'Bot'
    return {
      authentic: false,
      reason: edited
        ? `OpsLoop's sealed record of this incident (${edited.url}) was edited after it was posted, so nothing on this issue can be trusted or run; handle the incident by hand`
        : rotated
          ? "OpsLoop's records on this issue were sealed with another key (was `record-key` rotated, or does this job get a different one?), so nothing here is acted on; every OpsLoop job must use the same key"
          : NOT_OPSLOOP
    }
  }
  for (const e of snapshot.labelEvents)
    if (e.added && e.actor?.id === identity.id && e.label.startsWith(RAN_LABEL_PREFIX))
      ledger.ranLabels.add(e.label.slice(RAN_LABEL_PREFIX.length))
  return {
    ...ledger,
    incident: incident.incident,
    fingerprint: incident.fingerprint,
    ...(incident.event ? { event: incident.event } : {})
  }
}

/** The plan OpsLoop proposed last, if any. */
export const currentEntry = (ledger: Ledger): PlanEntry | undefined => ledger.plans.at(-1)

/** Whether a plan was ever claimed for a run here, by a claim comment or a label event. */
export function wasClaimed(ledger: Ledger, digest: string): boolean {
  return (
    ledger.claims.some((c) => c.digest === digest) ||
    ledger.ranLabels.has(ranLabel(digest).slice(RAN_LABEL_PREFIX.length))
  )
}

/**
 * The delivery the incident record kept (redacted when it was sealed), as intake read it: what
 * planning again, `/ask` and a drafted runbook start from. Undefined when the event was too large
 * to keep.
 */
export function sealedDelivery(ledger: Ledger): (Delivery & { kind: 'payload' }) | undefined {
  if (!ledger.event) return undefined
  return {
    kind: 'payload',
    payload: ledger.event as { event?: unknown; context: Record<string, unknown> },
    problems: []
  }
}
