// The circuit breakers, end to end through the commands the action runs (intake, comment,
// remediate) with their real adapters against the stand-ins: runs are counted from the SSM
// stand-in's own history of the runbook's published document, so an approval one run over a
// limit is refused with the reason and the time it clears, and so is the run itself even when
// the approval gate is bypassed, whatever a writer does to the earlier incidents' issues. One
// virtual clock drives SSM, GitHub timestamps and the remediation's waits.
import { ListCommandsCommand } from '@aws-sdk/client-ssm'
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import type { CatalogRunbook } from '../../src/triage/types.js'
import { AwsError } from '../../harness/standins/aws/protocol.js'
import { startStandIns, type StandIns } from '../../harness/standins/index.js'
import { starterCatalog } from '../helpers/catalog.js'
import { publishDocuments } from '../helpers/documents.js'
import { guardFleet } from '../helpers/guards.js'
import { loopInProcess } from '../helpers/loop-in-process.js'

jest.setTimeout(60_000)
const DOCUMENT = 'OpsLoop-restart-systemd-service'
const HOUR = 3_600_000
let live: StandIns | undefined
let catalog: CatalogRunbook[]
const registered = new Set<string>()

function standIns(): StandIns {
  if (!live) throw new Error('stand-ins not started')
  return live
}

beforeAll(async () => {
  live = await startStandIns({
    github: {
      now: () => new Date(live?.ssm.clock.now() ?? Date.now()),
      users: [
        { login: 'alice', roles: { 'acme/ops': 'write' } },
        { login: 'mallory', roles: { 'acme/ops': 'write' } }
      ]
    },
    ssm: { autoAdvanceMs: 0, timings: { hiddenMs: 0, pendingMs: 0, runMs: 2_000 } }
  })
  await publishDocuments(standIns())
  // The starter catalog as it is: restart-systemd-service has the default limits (3 and 3).
  catalog = await starterCatalog()
})
afterAll(async () => {
  await live?.stop()
})

const loop = loopInProcess(standIns, () => catalog, 'breakers')
const { ssm, remediate } = loop

/** The example 5xx alarm, renamed, for the fleet with Role `role` (one instance). */
async function openIncident(alarm: string, role: string, instanceId: string) {
  if (!registered.has(instanceId)) {
    standIns().ssm.registerInstance({ instanceId, tags: { Role: role } })
    guardFleet(standIns(), role)
  }
  registered.add(instanceId)
  return loop.openIncident(alarm, role)
}

/** `user` comments `/approve`; the decide job (with read-only AWS credentials) answers. */
const approve = (issue: number, digest: string, user = 'alice') =>
  loop.say(issue, `/approve ${digest.slice(0, 12)}`, user)

/** Sent commands of the runbook's document, oldest first, as SSM lists them. */
async function sent(): Promise<{ at: number; instances: string[] }[]> {
  const { Commands } = await ssm().send(
    new ListCommandsCommand({ Filters: [{ key: 'DocumentName', value: DOCUMENT }] })
  )
  return (Commands ?? [])
    .map((c) => ({ at: c.RequestedDateTime?.getTime() ?? 0, instances: c.InstanceIds ?? [] }))
    .sort((a, b) => a.at - b.at)
}

/** `YYYY-MM-DD HH:MM UTC` of a time rounded up to the minute, as the refusal names it. */
const minuteAfter = (ms: number) =>
  `${new Date(Math.ceil(ms / 60_000) * 60_000).toISOString().slice(0, 16).replace('T', ' ')} UTC`

/** A writer tries to make OpsLoop forget the earlier runs: deletes its comments, closes issues. */
async function eraseIssue(issue: number) {
  const token = standIns().github.tokenFor('mallory')
  const api = standIns().env.GITHUB_API_URL ?? ''
  for (const c of standIns().github.state.commentsOf('acme/ops', issue))
    await fetch(`${api}/repos/acme/ops/issues/comments/${c.id}`, {
      method: 'DELETE',
      headers: { authorization: `token ${token}` }
    })
  await fetch(`${api}/repos/acme/ops/issues/${issue}`, {
    method: 'PATCH',
    headers: { authorization: `token ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ state: 'closed', labels: [] })
  })
}

describe('at most three runs of a runbook an hour', () => {
  it('refuses the fourth approval within the hour with the reason and the time it clears, then runs it', async () => {
    const earlier: number[] = []
    for (const [n, role] of ['fleet-a', 'fleet-b', 'fleet-c'].entries()) {
      const { issue, digest } = await openIncident(`hourly-${role}`, role, `i-0a00000000000000${n}`)
      const { result } = await approve(issue, digest)
      expect(result).toMatchObject({ handled: true, approved: true })
      expect((await remediate(issue, digest)).outcome).toBe('remediated')
      earlier.push(issue)
      standIns().ssm.clock.advance(10 * 60_000)
    }
    const runs = await sent()
    expect(runs).toHaveLength(3)
    const first = runs[0]?.at ?? 0

    // A fourth incident, on a fleet that never ran: the hourly breaker alone is open.
    const { issue, digest } = await openIncident('hourly-fleet-d', 'fleet-d', 'i-0a0000000000000d1')
    const refused = await approve(issue, digest)
    expect(refused.result).toMatchObject({ handled: true, approved: false })
    expect(refused.reply).toContain(
      `❌ Not counted: plan \`${digest.slice(0, 12)}\` cannot be approved now: runbook \`restart-systemd-service\` ran 3 times in the last hour and its limit (\`limits.runsPerHour\`) is 3`
    )
    expect(refused.reply).toContain(`It may run from ${minuteAfter(first + HOUR)}`)
    expect(refused.reply).not.toContain('on `i-')

    // A writer erases the earlier incidents from GitHub and the remediate job is started anyway
    // (the comment's /approve is there to count): SSM's history still stops it before anything
    // is claimed or sent.
    for (const n of earlier) await eraseIssue(n)
    const forced = await remediate(issue, digest)
    expect(forced.outcome).toBe('refused')
    expect(forced.reason).toContain('ran 3 times in the last hour')
    expect(forced.reason).toContain(`It may run from ${minuteAfter(first + HOUR)}`)
    expect(await sent()).toHaveLength(3)
    const timeline = standIns()
      .github.state.commentsOf('acme/ops', issue)
      .map((c) => c.body)
    expect(timeline.at(-1)).toMatch(/^❌ Nothing was run: runbook `restart-systemd-service` ran 3/)
    expect(standIns().github.state.issue('acme/ops', issue)?.labels).not.toContain('remediating')

    // Once the first run has left the hour, the same plan may be approved again, and runs.
    standIns().ssm.clock.advance(first + HOUR - standIns().ssm.clock.now() + 1_000)
    const again = await approve(issue, digest)
    expect(again.result).toMatchObject({ handled: true, approved: true })
    expect((await remediate(issue, digest)).outcome).toBe('remediated')
    expect(await sent()).toHaveLength(4)
    standIns().github.assertNoViolations()
  })
})

describe('at most three runs on one target a day', () => {
  it('refuses a fourth run on the same instance within 24 hours, however far apart the runs', async () => {
    const instance = 'i-0b0000000000000e1'
    // Far from the hourly test's runs, and two hours apart from each other.
    standIns().ssm.clock.advance(2 * HOUR)
    const before = (await sent()).length
    for (const n of [1, 2, 3]) {
      const { issue, digest } = await openIncident(`daily-${n}`, 'fleet-e', instance)
      expect((await approve(issue, digest)).result).toMatchObject({ approved: true })
      expect((await remediate(issue, digest)).outcome).toBe('remediated')
      standIns().ssm.clock.advance(2 * HOUR)
    }
    const ours = (await sent()).slice(before)
    expect(ours.map((r) => r.instances)).toEqual([[instance], [instance], [instance]])
    const { issue, digest } = await openIncident('daily-4', 'fleet-e', instance)
    const refused = await approve(issue, digest)
    expect(refused.result).toMatchObject({ handled: true, approved: false })
    expect(refused.reply).toContain(
      `it ran 3 times on \`${instance}\` in the last 24 hours and its limit per target (\`limits.runsPerTargetPerDay\`) is 3`
    )
    expect(refused.reply).not.toContain('in the last hour')
    expect(refused.reply).toContain(
      `It may run from ${minuteAfter((ours[0]?.at ?? 0) + 24 * HOUR)}`
    )
    const forced = await remediate(issue, digest)
    expect(forced.outcome).toBe('refused')
    expect((await sent()).length).toBe(before + 3)
  })
})

describe('a history that cannot be read', () => {
  it('runs nothing and says which permissions the remediation role needs', async () => {
    standIns().ssm.clock.advance(2 * 24 * HOUR)
    const { issue, digest } = await openIncident(
      'unreadable-history',
      'fleet-f',
      'i-0c0000000000000f1'
    )
    const denied = () => {
      standIns().ssm.failNext(
        'ListCommands',
        new AwsError('AccessDeniedException', 'not authorized to perform: ssm:ListCommands')
      )
    }
    // The decide job counts the approval and says the breakers are left to the remediate job.
    denied()
    const approved = await approve(issue, digest)
    expect(approved.result).toMatchObject({ approved: true })
    expect(approved.reply).toContain(
      "ℹ️ The runbook's circuit breakers could not be checked here (SSM's history of runs: not authorized to perform: ssm:ListCommands); the remediation job checks them before it runs anything."
    )
    const before = (await sent()).length
    denied()
    const result = await remediate(issue, digest)
    expect(result.outcome).toBe('refused')
    expect(result.reason).toContain("SSM's history of runs could not be read")
    expect(result.reason).toContain('`ssm:ListCommands`')
    expect((await sent()).length).toBe(before)
  })
})
