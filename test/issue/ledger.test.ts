// The sealed record and the ledger read from it, unit by unit: what is believed, what is not,
// and the reason given.
import { describe, expect, it } from '@jest/globals'
import { readLedger, wasClaimed, currentEntry } from '../../src/issue/ledger.js'
import { ranLabel } from '../../src/issue/labels.js'
import { openRecords, recordKey, sealRecord, type IssueRecord } from '../../src/issue/record.js'
import type { Account, IssueSnapshot, SnapshotComment } from '../../src/issue/thread.js'
import { recordWriter } from '../../src/issue/write.js'
import { normalize } from '../../src/intake/normalize.js'
import { buildPlan } from '../../src/plan/plan.js'
import { alarmEvent } from '../helpers/events.js'

const KEY = recordKey('unit-test-record-key-0123456789abcdef')
const OTHER_KEY = recordKey('another-record-key-0123456789abcdef0')
const REPO = 'acme/ops'
const BOT: Account = { id: 41898282, login: 'github-actions', type: 'Bot' }
const ALICE: Account = { id: 7, login: 'alice', type: 'User' }
const incident = normalize(alarmEvent('ledger-alarm', { dimensions: { InstanceId: 'i-0abc' } }))
const plan = buildPlan(
  {
    runbook: {
      id: 'free-disk-space',
      title: 'Free disk space',
      risk: 'low',
      targets: { from: 'dimension', dimension: 'InstanceId', max: 5 }
    },
    file: 'runbooks/free-disk-space.yaml',
    digest: 'a'.repeat(64)
  } as never,
  incident
)
const FP = plan.incident.fingerprint
const write = (issue = 5, key = KEY) => recordWriter(key, { repo: REPO, issue, fingerprint: FP })

let ids = 100
const comment = (author: Account, body: string, edited = false): SnapshotComment => ({
  id: ids++,
  url: `https://github.com/acme/ops/issues/5#issuecomment-${ids}`,
  author,
  body,
  createdAt: '2026-01-01T00:00:00Z',
  edited
})

function snapshot(comments: SnapshotComment[], overrides: Partial<IssueSnapshot['issue']> = {}) {
  const s: IssueSnapshot = {
    issue: {
      number: 5,
      url: 'https://github.com/acme/ops/issues/5',
      title: 'incident',
      state: 'open',
      body: '',
      labels: ['opsloop', `opsloop:fp:${FP}`],
      createdAt: '2026-01-01T00:00:00Z',
      author: BOT,
      ...overrides
    },
    comments,
    labelEvents: []
  }
  return s
}

describe('sealed records', () => {
  const scope = { repo: REPO, issue: 5 }
  it('open what was sealed, and nothing else', () => {
    const marker = write().incident(incident)
    expect(marker).toMatch(/^<!-- opsloop:record [A-Za-z0-9_-]+\.[0-9a-f]{64} -->$/)
    expect(openRecords(marker, KEY, scope, 'comment')).toEqual([
      { ok: true, record: expect.objectContaining({ kind: 'incident', issue: 5, fingerprint: FP }) }
    ])
    // Another key, a changed payload, a record of another issue or repository: refused.
    expect(openRecords(marker, OTHER_KEY, scope, 'comment')[0]).toMatchObject({ ok: false })
    const [, payload = '', seal = ''] = /record ([^.]+)\.([0-9a-f]+)/.exec(marker) ?? []
    const tampered = `<!-- opsloop:record ${payload.slice(0, -2)}AA.${seal} -->`
    expect(openRecords(tampered, KEY, scope, 'comment')[0]).toMatchObject({ ok: false })
    expect(openRecords(marker, KEY, { repo: REPO, issue: 6 }, 'comment')[0]).toEqual({
      ok: false,
      problem: 'a record of issue #5 was copied here'
    })
    expect(openRecords(marker, KEY, { repo: 'acme/other', issue: 5 }, 'comment')[0]).toEqual({
      ok: false,
      problem: 'a record of acme/ops was copied here'
    })
  })

  it('refuse a sealed record that fails its schema, even with a valid seal', () => {
    const bad = sealRecord(
      {
        v: 1,
        kind: 'plan',
        repo: REPO,
        issue: 5,
        fingerprint: FP,
        at: 'now',
        plan: { version: 2, targets: 'everything' }
      } as unknown as IssueRecord,
      KEY
    )
    expect(openRecords(bad, KEY, scope, 'comment')).toEqual([
      { ok: false, problem: 'a sealed plan does not match schemas/plan.schema.json' }
    ])
  })

  it('cannot end the HTML comment, whatever the record holds', () => {
    const hostile = { ...plan, notes: ['--> <!-- opsloop:record x.y --> `<script>`'] }
    const marker = write().plan(hostile)
    expect(marker.indexOf('-->')).toBe(marker.length - 3)
    expect(marker.match(/<!--/g)).toHaveLength(1)
  })
})

describe('the ledger', () => {
  it('believes OpsLoop’s unedited records on an issue OpsLoop opened', () => {
    const w = write()
    const ledger = readLedger(
      snapshot([
        comment(BOT, `${w.incident(incident)}\n${w.plan(plan)}`),
        comment(ALICE, `/approve ${plan.digest?.slice(0, 12) ?? ''}`),
        comment(BOT, w.claim(plan.digest ?? ''))
      ]),
      KEY,
      REPO
    )
    if (!ledger.authentic) throw new Error(ledger.reason)
    expect(currentEntry(ledger)?.plan).toEqual(plan)
    expect(ledger.human.map((c) => c.author?.login)).toEqual(['alice'])
    expect(wasClaimed(ledger, plan.digest ?? '')).toBe(true)
  })

  it('refuses an issue whose author did not post the incident record', () => {
    const w = write()
    // A look-alike opened by alice, with OpsLoop's sealed records copied from issue #6.
    const elsewhere = write(6)
    const forged = snapshot(
      [comment(ALICE, `${elsewhere.incident(incident)}\n${elsewhere.plan(plan)}`)],
      { author: ALICE }
    )
    expect(readLedger(forged, KEY, REPO)).toEqual({
      authentic: false,
      reason: expect.stringMatching(/^this issue was not opened by OpsLoop/)
    })
    // OpsLoop's own records, posted by another account on OpsLoop's issue, count for nothing.
    const copied = snapshot([comment(ALICE, `${w.incident(incident)}\n${w.plan(plan)}`)])
    expect(readLedger(copied, KEY, REPO).authentic).toBe(false)
  })

  it('says when OpsLoop’s record was edited, and when it was sealed with another key', () => {
    const w = write()
    const edited = readLedger(snapshot([comment(BOT, w.incident(incident), true)]), KEY, REPO)
    expect(edited).toEqual({
      authentic: false,
      reason: expect.stringMatching(
        /sealed record of this incident \(.*\) was edited after it was posted/
      )
    })
    const rotated = readLedger(
      snapshot([comment(BOT, write(5, OTHER_KEY).incident(incident))]),
      KEY,
      REPO
    )
    expect(rotated).toEqual({
      authentic: false,
      reason: expect.stringMatching(/sealed with another key \(was `record-key` rotated/)
    })
  })

  it('ignores edited later records, and claims by label only from OpsLoop’s account', () => {
    const w = write()
    const s = snapshot([
      comment(BOT, `${w.incident(incident)}\n${w.plan(plan)}`),
      comment(BOT, w.claim(plan.digest ?? ''), true)
    ])
    s.labelEvents = [
      { label: ranLabel(plan.digest ?? ''), actor: ALICE, added: true, createdAt: 'x' }
    ]
    const ledger = readLedger(s, KEY, REPO)
    if (!ledger.authentic) throw new Error(ledger.reason)
    expect(ledger.claims).toEqual([])
    expect(wasClaimed(ledger, plan.digest ?? '')).toBe(false)
    s.labelEvents.push({
      label: ranLabel(plan.digest ?? ''),
      actor: BOT,
      added: true,
      createdAt: 'y'
    })
    const claimed = readLedger(s, KEY, REPO)
    expect(claimed.authentic && wasClaimed(claimed, plan.digest ?? '')).toBe(true)
  })
})
