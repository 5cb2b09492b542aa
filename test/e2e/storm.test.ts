// Deliveries that race: many deliveries of one alarm handled at once, as they would be on several
// runners, through the intake command with its real adapters (Octokit with its retry and
// throttling plugins, each delivery its own client as each run is its own process) against the
// GitHub stand-in. Every envelope an alarm reaches OpsLoop in is used: the EventBridge event, the
// SNS notification of a classic alarm action, a Lambda alarm action's payload, PutEvents entries
// and a replay by workflow_dispatch. What must hold in every interleaving: one issue per episode,
// an occurrence count equal to the alarm deliveries, no recovery lost, and the right final state.
import { afterAll, beforeAll, beforeEach, describe, expect, it, jest } from '@jest/globals'
import type { IntakeResult } from '../../src/flows/intake.js'
import { readOccurrences } from '../../src/issue/occurrences.js'
import type { CatalogRunbook } from '../../src/triage/types.js'
import { RECORDS } from '../helpers/records.js'
import { starterCatalog } from '../helpers/catalog.js'
import {
  delivery,
  intakeRun,
  SHAPES,
  storm as runStorm,
  STORM_LOCK_TIMING as TIMING,
  T1,
  T2,
  T3,
  type Delivery,
  type Shape
} from '../helpers/storm.js'
import { startStandIns, type StandIns } from '../../harness/standins/index.js'

jest.setTimeout(60_000)

let live: StandIns | undefined
let catalog: CatalogRunbook[]
/** The GitHub stand-in's clock runs an hour ahead per test: each test has its own hour's budget. */
let hoursAhead = 0
const standIns = (): StandIns => {
  if (!live) throw new Error('stand-ins not started')
  return live
}

beforeAll(async () => {
  live = await startStandIns({
    github: { now: () => new Date(Date.now() + hoursAhead * 3_600_000) }
  })
  catalog = await starterCatalog()
})
beforeEach(() => {
  hoursAhead += 1
})
afterAll(async () => {
  await live?.stop()
})

/** One delivery handled as one intake run handles it. */
const intake = (d: Delivery, closeOnRecovery = false): Promise<IntakeResult> =>
  intakeRun({ standIns: standIns(), catalog, timing: TIMING }, d, closeOnRecovery)

const storm = (alarm: string, shapes: readonly Shape[], closeOnRecovery: boolean, seed: number) =>
  runStorm({ standIns: standIns(), catalog, timing: TIMING }, alarm, shapes, closeOnRecovery, seed)

function issuesOf(alarm: string) {
  return standIns()
    .github.state.issuesOf('acme/ops')
    .filter((i) => i.title.includes(alarm))
}

function stateOf(issue: { body: string | null; labels: string[] }) {
  const fp = /opsloop:fp:([0-9a-f]{16})/.exec(issue.labels.join(' '))?.[1] ?? ''
  return readOccurrences(issue.body ?? '', RECORDS.key, RECORDS.repo, fp)
}

describe('a storm of deliveries of one alarm, with its recovery and a re-ALARM racing', () => {
  for (const [i, shape] of SHAPES.entries()) {
    it(`${shape}: one issue, 21 occurrences, the recovery noted, firing again at the end`, async () => {
      const alarm = `storm-${shape}`
      const { results, requests } = await storm(alarm, [shape], false, 17 + i)
      expect(results.filter((r) => r.action === 'created')).toHaveLength(1)
      const issues = issuesOf(alarm)
      expect(issues).toHaveLength(1)
      const [issue] = issues
      if (!issue) throw new Error('no issue')
      // Every ALARM delivery counted, none twice: the counts equal the deliveries.
      expect(stateOf(issue)?.occurrences).toBe(21)
      expect(issue.body).toContain('| Occurrences | 21 (last delivered')
      // The recovery is never lost: noted on the issue, in order or late.
      const comments = standIns().github.state.commentsOf('acme/ops', issue.number)
      expect(comments.filter((c) => c.body.includes('returned to `OK`'))).toHaveLength(1)
      // The latest event is the re-ALARM: open, firing, not labelled recovered.
      expect(issue.state).toBe('open')
      expect(issue.labels).not.toContain('recovered')
      expect(stateOf(issue)).toMatchObject({ firedAt: T3, recoveredAt: T2 })
      // Nothing is left locked.
      expect(
        standIns()
          .github.state.labelsOf('acme/ops')
          .map((l) => l.name)
      ).not.toEqual(expect.arrayContaining([expect.stringMatching(/^opsloop:lock:/)]))
      // The requests, waiters' attempts included: a storm of 22 costs about a fifth of
      // GITHUB_TOKEN's hourly 1,000 (stated in the README's reliability section).
      expect(requests / 22).toBeLessThan(12)
      standIns().github.assertNoViolations()
    })
  }

  it('all five envelopes of one alarm at once are one incident', async () => {
    const alarm = 'storm-mixed'
    const { results } = await storm(alarm, SHAPES, false, 99)
    expect(new Set(results.map((r) => r.fingerprint)).size).toBe(1)
    expect(issuesOf(alarm)).toHaveLength(1)
    expect(stateOf(issuesOf(alarm)[0] ?? { body: '', labels: [] })?.occurrences).toBe(21)
  })

  it('with close-on-recovery: the episodes are one issue each and every delivery is counted once', async () => {
    const alarm = 'storm-closing'
    const { results } = await storm(alarm, ['eventbridge', 'sns'], true, 5)
    const issues = issuesOf(alarm).sort((a, b) => a.number - b.number)
    const counted = issues.reduce((n, i) => n + (stateOf(i)?.occurrences ?? 0), 0)
    expect(counted).toBe(21)
    const ok = results[20]
    if (issues.length === 2) {
      // The OK was handled before the re-ALARM: the first episode closed as recovered; the
      // re-ALARM opened the second.
      expect(ok?.action).toBe('resolved')
      expect(issues[0]).toMatchObject({ state: 'closed' })
      expect(issues[0]?.labels).toContain('recovered')
      expect(issues[1]).toMatchObject({ state: 'open' })
      expect(stateOf(issues[1] ?? { body: '', labels: [] })).toMatchObject({
        occurrences: 1,
        firedAt: T3
      })
    } else {
      // The re-ALARM was handled first: the OK is older, noted late, and the issue stays open.
      expect(issues).toHaveLength(1)
      expect(ok?.action).toBe('updated')
      expect(issues[0]).toMatchObject({ state: 'open' })
    }
  })
})

describe('deliveries handled out of order', () => {
  it('an OK older than the latest alarm is noted and leaves the incident open and firing', async () => {
    const alarm = 'late-ok'
    expect((await intake(delivery('eventbridge', alarm, 'ALARM', T1, 1))).action).toBe('created')
    expect((await intake(delivery('eventbridge', alarm, 'ALARM', T3, 2))).action).toBe('updated')
    const ok = await intake(delivery('eventbridge', alarm, 'OK', T2, 3), true)
    expect(ok.action).toBe('updated')
    const [issue] = issuesOf(alarm)
    expect(issue).toMatchObject({ state: 'open' })
    expect(issue?.labels).not.toContain('recovered')
    const last = standIns()
      .github.state.commentsOf('acme/ops', issue?.number ?? 0)
      .at(-1)
    expect(last?.body).toContain('was delivered after it fired again')
  })

  it('an alarm older than the recovery that closed its issue is counted there, opening nothing', async () => {
    const alarm = 'late-alarm'
    await intake(delivery('sns', alarm, 'ALARM', T1, 1), true)
    expect((await intake(delivery('sns', alarm, 'OK', T2, 2), true)).action).toBe('resolved')
    const late = await intake(delivery('lambda', alarm, 'ALARM', T1, 3), true)
    expect(late).toMatchObject({ action: 'updated', occurrences: 2 })
    expect(issuesOf(alarm)).toHaveLength(1)
    expect(issuesOf(alarm)[0]).toMatchObject({ state: 'closed' })
    // A new episode after the recovery opens a new issue.
    const again = await intake(delivery('sns', alarm, 'ALARM', T3, 4), true)
    expect(again.action).toBe('created')
    expect(issuesOf(alarm)).toHaveLength(2)
  })

  it('a second OK of one recovery, by another envelope, is a duplicate', async () => {
    const alarm = 'double-ok'
    await intake(delivery('eventbridge', alarm, 'ALARM', T1, 1))
    expect((await intake(delivery('eventbridge', alarm, 'OK', T2, 2))).action).toBe('resolved')
    expect((await intake(delivery('sns', alarm, 'OK', T2, 3))).action).toBe('duplicate')
    const [issue] = issuesOf(alarm)
    const notes = standIns()
      .github.state.commentsOf('acme/ops', issue?.number ?? 0)
      .filter((c) => c.body.includes('returned to `OK`'))
    expect(notes).toHaveLength(1)
  })
})

describe('a fault of OpsLoop while triaging', () => {
  it('still opens the issue, says what failed (redacted), and counts later deliveries on it', async () => {
    const alarm = 'triage-fault'
    const created = await intakeRun(
      {
        standIns: standIns(),
        catalog: () =>
          Promise.reject(
            new Error('runbooks/disk.yaml could not be read (password=hunter2-very-secret)')
          ),
        timing: TIMING
      },
      delivery('eventbridge', alarm, 'ALARM', T1, 1)
    )
    expect(created.action).toBe('created')
    const [issue] = issuesOf(alarm)
    expect(issue?.title).toBe(`[incident] ${alarm}: OpsLoop could not triage it`)
    expect(issue?.body).toContain('OpsLoop could not triage this incident')
    expect(issue?.body).toContain('runbooks/disk.yaml could not be read')
    expect(issue?.body).not.toContain('hunter2-very-secret')
    expect(issue?.labels).toContain('opsloop')
    // The next delivery is counted on it (the catalog works again), opening nothing new.
    const again = await intake(delivery('sns', alarm, 'ALARM', T1, 2))
    expect(again).toMatchObject({ action: 'updated', occurrences: 2 })
    expect(issuesOf(alarm)).toHaveLength(1)
    // As the issue says: once fixed, close it and replay the event; the replay is triaged.
    if (issue) issue.state = 'closed'
    const replay = await intake(delivery('replay', alarm, 'ALARM', T1, 3))
    expect(replay).toMatchObject({ action: 'created', runbook: 'restart-systemd-service' })
    expect(issuesOf(alarm)).toHaveLength(2)
  })
})

describe('the incident lock left behind or tampered with', () => {
  const fpOf = async (alarm: string): Promise<string> => {
    const r = await intake(delivery('eventbridge', alarm, 'ALARM', T1, 1))
    return r.fingerprint ?? ''
  }

  it('a runner that died holding it delays its incident by one lease, and the next one takes it over', async () => {
    const alarm = 'dead-holder'
    const fp = await fpOf(alarm)
    // A lock whose lease ran out a second ago, as a runner killed mid-intake leaves it.
    const lapsed = new Date(Date.now() - 1_000).toISOString()
    standIns().github.state.addLabel(
      'acme/ops',
      `opsloop:lock:${fp}`,
      'ededed',
      `OpsLoop intake lock until ${lapsed} · run 41 dead0000`
    )
    const r = await intake(delivery('eventbridge', alarm, 'ALARM', T1, 2))
    expect(r).toMatchObject({ action: 'updated', occurrences: 2 })
    const names = standIns()
      .github.state.labelsOf('acme/ops')
      .map((l) => l.name)
    expect(names).not.toContain(`opsloop:lock:${fp}`)
    // The lapsed lock was renamed aside (so no slower waiter can rename a newer one), not reused.
    expect(names.filter((n) => n.startsWith('opsloop:stale:'))).toHaveLength(1)
  })

  it('a lease someone edited to last a year counts as lapsed', async () => {
    const alarm = 'edited-lease'
    const fp = await fpOf(alarm)
    standIns().github.state.addLabel(
      'acme/ops',
      `opsloop:lock:${fp}`,
      'ededed',
      'OpsLoop intake lock until 2099-01-01T00:00:00.000Z · someone'
    )
    const r = await intake(delivery('eventbridge', alarm, 'ALARM', T1, 2))
    expect(r).toMatchObject({ action: 'updated', occurrences: 2 })
  })

  it('a lock held past the wait fails the delivery loudly, with what to do', async () => {
    const alarm = 'held-lock'
    const fp = await fpOf(alarm)
    // A live lease, renewed by nobody: the waiter gives up after its wait, not silently.
    const live = new Date(Date.now() + TIMING.leaseMs).toISOString()
    standIns().github.state.addLabel(
      'acme/ops',
      `opsloop:lock:${fp}`,
      'ededed',
      `OpsLoop intake lock until ${live} · run 7 busy0000`
    )
    const waiting = intakeRun(
      { standIns: standIns(), catalog, timing: { ...TIMING, waitMs: 200 } },
      delivery('eventbridge', alarm, 'ALARM', T1, 2)
    )
    await expect(waiting).rejects.toThrow(
      /another run has held the lock opsloop:lock:[0-9a-f]{16} .*Re-run this workflow run/
    )
  })
})
