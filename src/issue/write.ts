// The records OpsLoop writes on an incident issue, built for one issue of one repository and
// sealed with the record key. Each goes on a comment of its own that OpsLoop never edits; the
// incident record goes first, on the comment posted right after the issue is opened. The one
// exception is a run's claim: it is the first version of the run's progress comment, which OpsLoop
// edits (dropping the claim) only once the run label's event also holds the claim.
import type { Incident } from '../generated/incident.js'
import type { Plan } from '../generated/plan.js'
import { canonicalJson } from '../util/canonical-json.js'
import { sealRecord, type IssueRecord, type RecordKey, type RecordOf } from './record.js'

/** The largest payload the incident record keeps for replanning (its JSON, in characters). */
export const MAX_KEPT_EVENT = 24 * 1024

export interface RecordWriter {
  /** `event` is the redacted delivery payload, kept when it fits (MAX_KEPT_EVENT). */
  incident(incident: Incident, event?: Record<string, unknown>): string
  plan(plan: Plan, supersedes?: string): string
  claim(digest: string, run?: string): string
  cancel(digest: string, by: string): string
  set(runbook: string, name: string, value: string | number | boolean, by: string): string
  retriage(by: string): string
  outcome(digest: string, outcome: RecordOf<'outcome'>['outcome']): string
}

export function recordWriter(
  key: RecordKey,
  scope: { repo: string; issue: number; fingerprint: string },
  now: () => Date = () => new Date()
): RecordWriter {
  const base = () => ({
    v: 1 as const,
    repo: scope.repo,
    issue: scope.issue,
    fingerprint: scope.fingerprint,
    at: now().toISOString()
  })
  const seal = (r: IssueRecord): string => sealRecord(r, key)
  return {
    incident: (i, event) =>
      seal({
        ...(event && canonicalJson(event).length <= MAX_KEPT_EVENT ? { event } : {}),
        ...base(),
        kind: 'incident',
        incident: {
          source: i.source.slice(0, 256),
          detailType: i.detailType.slice(0, 256),
          ...(i.alarmName ? { alarmName: i.alarmName.slice(0, 255) } : {}),
          ...(i.account ? { account: i.account.slice(0, 64) } : {}),
          ...(i.region ? { region: i.region.slice(0, 30) } : {})
        }
      }),
    plan: (plan, supersedes) =>
      seal({
        ...base(),
        kind: 'plan',
        plan: plan as unknown as Record<string, never>,
        ...(supersedes ? { supersedes } : {})
      }),
    claim: (digest, run) => seal({ ...base(), kind: 'claim', digest, ...(run ? { run } : {}) }),
    cancel: (digest, by) => seal({ ...base(), kind: 'cancel', digest, by: by.slice(0, 100) }),
    set: (runbook, name, value, by) =>
      seal({ ...base(), kind: 'set', runbook, name, value, by: by.slice(0, 100) }),
    retriage: (by) => seal({ ...base(), kind: 'retriage', by: by.slice(0, 100) }),
    outcome: (digest, outcome) => seal({ ...base(), kind: 'outcome', digest, outcome })
  }
}
