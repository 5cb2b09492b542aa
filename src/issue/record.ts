// OpsLoop's records: the facts it keeps on an incident issue (the incident, its occurrences, each
// plan, run claims, cancellations and outcomes), each a sealed hidden marker
//   <!-- opsloop:record <payload>.<seal> -->
// where the payload is the record's JSON in base64url (so no text inside it can end the HTML
// comment or look like another marker) and the seal an HMAC-SHA256 over it with the `record-key`
// that only OpsLoop's own jobs hold. Issue bodies and comments can be edited by anyone with write
// access and posted by any app; a record is believed only when its seal verifies and it names this
// repository (and issue), and it is validated against schemas/record.schema.json and
// schemas/plan.schema.json on every read. Where a record may sit is decided by issue/ledger.ts.
import { timingSafeEqual } from 'node:crypto'
import type { ValidateFunction } from 'ajv'
import type { Plan } from '../generated/plan.js'
import type { IssueRecord } from '../generated/record.js'
import { validate as validatePlan } from '../generated/validate-plan.js'
import { validate as validateRecord } from '../generated/validate-record.js'
import { canonicalJson } from '../util/canonical-json.js'

export type { IssueRecord }
export type RecordKind = IssueRecord['kind']
export type RecordOf<K extends RecordKind> = Extract<IssueRecord, { kind: K }>

import type { RecordKey } from './record-key.js'
export { MIN_KEY_LENGTH, recordKey, type RecordKey } from './record-key.js'

/** The problem of a record whose seal this key did not make. */
export const FOREIGN_SEAL = 'a record with a seal OpsLoop did not make'

const MARKER = /<!-- opsloop:record ([A-Za-z0-9_-]{1,400000})\.([0-9a-f]{64}) -->/g

/** The record as a hidden marker, sealed with the key. */
export function sealRecord(record: IssueRecord, key: RecordKey): string {
  const payload = Buffer.from(canonicalJson(record), 'utf8').toString('base64url')
  return `<!-- opsloop:record ${payload}.${key.seal(payload)} -->`
}

// Precompiled by `npm run generate`.
function validate(): { record: ValidateFunction; plan: ValidateFunction } {
  return { record: validateRecord, plan: validatePlan }
}

/** Where a record must belong to count: this repository, and this issue when it has a number. */
export interface RecordScope {
  repo: string
  /** Required of every record but `state`, which is written before the issue has a number. */
  issue?: number
}

export type OpenedRecord = { ok: true; record: IssueRecord } | { ok: false; problem: string }

const BODY_BOUND: readonly RecordKind[] = ['state']

function check(value: unknown, scope: RecordScope, where: 'body' | 'comment'): OpenedRecord {
  const v = validate()
  if (!v.record(value))
    return { ok: false, problem: 'a sealed record does not match schemas/record.schema.json' }
  const record = value as IssueRecord
  if (record.repo.toLowerCase() !== scope.repo.toLowerCase())
    return { ok: false, problem: `a record of ${record.repo} was copied here` }
  const inBody = BODY_BOUND.includes(record.kind)
  if (inBody !== (where === 'body'))
    return { ok: false, problem: `a ${record.kind} record is out of place` }
  if (!inBody && record.issue !== scope.issue)
    return { ok: false, problem: `a record of issue #${record.issue ?? '?'} was copied here` }
  if (record.kind === 'plan' && !v.plan(record.plan))
    return { ok: false, problem: 'a sealed plan does not match schemas/plan.schema.json' }
  return { ok: true, record }
}

/**
 * Every sealed record in `text`, in order: those that verify and belong here, and a problem for
 * each that does not (a forged seal, a record copied from elsewhere, one that fails its schema).
 */
export function openRecords(
  text: string,
  key: RecordKey,
  scope: RecordScope,
  where: 'body' | 'comment'
): OpenedRecord[] {
  const out: OpenedRecord[] = []
  for (const [, payload = '', seal = ''] of text.matchAll(MARKER)) {
    const expected = Buffer.from(key.seal(payload), 'hex')
    const given = Buffer.from(seal, 'hex')
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
      out.push({ ok: false, problem: FOREIGN_SEAL })
      continue
    }
    let value: unknown
    try {
      value = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'))
    } catch {
      out.push({ ok: false, problem: 'a sealed record is not JSON' })
      continue
    }
    out.push(check(value, scope, where))
  }
  return out
}

/** The plan a plan record holds (validated when the record was opened). */
export const planOf = (record: RecordOf<'plan'>): Plan => record.plan as unknown as Plan
