// Reading an incident's ledger (issue/ledger.ts): every comment of a busy issue scanned, every
// sealed record verified (HMAC) and validated against its schema. Target < 50 ms for 1,000
// comments, so a command on a long-running incident stays quick; GitHub's own answer time is
// not included.
import { performance } from 'node:perf_hooks'
import { readLedger } from '../src/issue/ledger.js'
import { recordKey } from '../src/issue/record.js'
import type { IssueSnapshot, SnapshotComment } from '../src/issue/thread.js'
import { recordWriter } from '../src/issue/write.js'
import { buildPlan } from '../src/plan/plan.js'
import { normalize } from '../src/intake/normalize.js'
import { alarmEvent } from '../test/helpers/events.js'
import type { Timing } from './intake.js'

export function measureLedger(runs: number): Timing {
  const key = recordKey('bench-record-key-0123456789abcdef0123456789')
  const incident = normalize(alarmEvent('bench-alarm'))
  const plan = buildPlan(
    {
      runbook: {
        id: 'bench-runbook',
        title: 'Bench',
        risk: 'low',
        targets: { from: 'dimension', dimension: 'InstanceId', max: 5 }
      },
      file: 'runbooks/bench.yaml',
      digest: 'a'.repeat(64)
    } as never,
    incident
  )
  const write = recordWriter(key, {
    repo: 'acme/ops',
    issue: 7,
    fingerprint: plan.incident.fingerprint
  })
  const bot = { id: 41898282, login: 'github-actions', type: 'Bot' }
  const comments: SnapshotComment[] = []
  const at = '2026-01-01T00:00:00Z'
  comments.push({
    id: 1,
    url: '',
    author: bot,
    body: write.incident(incident) + write.plan(plan),
    createdAt: at,
    edited: false
  })
  for (let i = 2; i <= 1000; i++) {
    const own = i % 50 === 0
    comments.push({
      id: i,
      url: '',
      author: own ? bot : { id: 1000 + (i % 7), login: `person${i % 7}`, type: 'User' },
      // People paste markers too: every human comment carries a forged one.
      body: own
        ? `✅ reply ${i}\n${write.cancel('b'.repeat(64), 'alice')}`
        : `/approve 0123456789ab\n<!-- opsloop:record ${'x'.repeat(400)}.${'0'.repeat(64)} -->`,
      createdAt: at,
      edited: false
    })
  }
  const snapshot: IssueSnapshot = {
    issue: {
      number: 7,
      url: '',
      title: 'bench',
      state: 'open',
      body: '',
      labels: ['opsloop', `opsloop:fp:${plan.incident.fingerprint}`],
      createdAt: at,
      author: bot
    },
    comments,
    labelEvents: []
  }
  const times: number[] = []
  for (let r = 0; r < runs; r++) {
    const start = performance.now()
    const ledger = readLedger(snapshot, key, 'acme/ops')
    times.push(performance.now() - start)
    if (!ledger.authentic || ledger.cancels.length !== 20) throw new Error('bench ledger misread')
  }
  return {
    case: 'incident ledger, 1,000 comments (seals and schemas checked)',
    runs,
    times,
    target: '< 50 ms'
  }
}
