// Guard alarms, end to end through the commands the action runs (intake, comment, remediate) with
// their real adapters against the stand-ins. restart-systemd-service names its fleet's guard,
// `<role>-healthy-hosts-low`: /dry-run shows it as rendered for the plan; a run whose guard is
// missing or already in ALARM is refused before anything is claimed or sent, with a reply that
// says what to do, and runs once the alarm is there and OK; a guard that goes to ALARM during the
// run stops it through SSM's AlarmConfiguration, and the run is reported failed. One virtual clock
// drives SSM, GitHub timestamps and the remediation's waits.
import { ListCommandsCommand } from '@aws-sdk/client-ssm'
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import type { CatalogRunbook } from '../../src/triage/types.js'
import { scriptedExecutor, type Executor } from '../../harness/standins/aws/executors.js'
import { startStandIns, type StandIns } from '../../harness/standins/index.js'
import { starterCatalog, withRoomyLimits } from '../helpers/catalog.js'
import { publishDocuments } from '../helpers/documents.js'
import { guardAlarmOf, guardFleet } from '../helpers/guards.js'
import { loopInProcess } from '../helpers/loop-in-process.js'

jest.setTimeout(60_000)
const DOCUMENT = 'OpsLoop-restart-systemd-service'
let live: StandIns | undefined
let catalog: CatalogRunbook[]
let instances = 0

function standIns(): StandIns {
  if (!live) throw new Error('stand-ins not started')
  return live
}

beforeAll(async () => {
  live = await startStandIns({
    github: {
      now: () => new Date(live?.ssm.clock.now() ?? Date.now()),
      users: [{ login: 'alice', roles: { 'acme/ops': 'write' } }]
    },
    ssm: { autoAdvanceMs: 0, timings: { hiddenMs: 0, pendingMs: 0, runMs: 2_000 } }
  })
  await publishDocuments(standIns())
  // Many runs of one runbook on one SSM: only the guard may stop them.
  catalog = withRoomyLimits(await starterCatalog())
})
afterAll(async () => {
  await live?.stop()
})

const loop = loopInProcess(standIns, () => catalog, 'guard-alarms')
const { ssm, openIncident, remediate } = loop
const command = (issue: number, body: string) => loop.say(issue, body)

/** A fleet of `size` instances with Role `role`, each running what `executor` says. */
function fleet(role: string, size = 1, executor?: Executor): string[] {
  return Array.from({ length: size }, () => {
    const instanceId = `i-0a${String(++instances).padStart(15, '0')}`
    standIns().ssm.registerInstance({
      instanceId,
      tags: { Role: role },
      ...(executor ? { executor } : {})
    })
    return instanceId
  })
}

async function approved(alarm: string, role: string) {
  const { issue, digest } = await openIncident(alarm, role)
  const { result } = await command(issue, `/approve ${digest.slice(0, 12)}`)
  expect(result).toMatchObject({ handled: true, approved: true })
  return { issue, digest }
}

/** The runbook's commands SSM has, with the guard each was sent with. */
async function sent(): Promise<{ instances: string[]; guard?: string; status?: string }[]> {
  const { Commands } = await ssm().send(
    new ListCommandsCommand({ Filters: [{ key: 'DocumentName', value: DOCUMENT }] })
  )
  return (Commands ?? []).map((c) => ({
    instances: c.InstanceIds ?? [],
    ...(c.AlarmConfiguration?.Alarms?.[0]?.Name
      ? { guard: c.AlarmConfiguration.Alarms[0].Name }
      : {}),
    ...(c.Status ? { status: c.Status } : {})
  }))
}

const { timeline } = loop
const labels = (issue: number) => standIns().github.state.issue('acme/ops', issue)?.labels ?? []

describe('/dry-run', () => {
  it("shows the execution's guard alarm as rendered for the plan", async () => {
    fleet('fleet-dry')
    guardFleet(standIns(), 'fleet-dry')
    const { issue } = await openIncident('dry-run-alarm', 'fleet-dry')
    const { reply } = await command(issue, '/dry-run')
    expect(reply).toContain('🧪 Dry run of plan')
    expect(reply).toContain(
      'Guard alarm: `fleet-dry-healthy-hosts-low` (SSM stops the step if it goes to `ALARM`, and does not start it if the alarm is missing)'
    )
  })
})

describe('a guard alarm that would stop the run at once', () => {
  it('refuses a run whose guard alarm is missing before anything is claimed or sent, and says what to do', async () => {
    const hosts = fleet('fleet-unguarded')
    const { issue, digest } = await approved('unguarded-alarm', 'fleet-unguarded')
    const before = await sent()
    const comments = timeline(issue).length

    const result = await remediate(issue, digest)
    expect(result.outcome).toBe('refused')
    expect(await sent()).toEqual(before)
    // One reply, and no claim: no run label, nothing remediating.
    const replies = timeline(issue).slice(comments)
    expect(replies).toHaveLength(1)
    expect(replies[0]).toBe(
      '❌ Nothing was run: runbook `restart-systemd-service`\'s execution step is guarded by the CloudWatch alarm `fleet-unguarded-healthy-hosts-low`, which does not exist in this account and Region, and SSM stops a step whose guard alarm it cannot read. Create the alarm (the runbook\'s `description` says what it watches; docs/setup.md, "Guard alarms", shows how), or remove `guardAlarm` from the runbook by pull request; then run this job again.'
    )
    expect(labels(issue).some((l) => l === 'remediating' || l.startsWith('opsloop:ran:'))).toBe(
      false
    )

    // With the alarm created (in OK), the same approved plan runs, guarded by it.
    guardFleet(standIns(), 'fleet-unguarded')
    expect((await remediate(issue, digest)).outcome).toBe('remediated')
    expect(await sent()).toContainEqual({
      instances: hosts,
      guard: 'fleet-unguarded-healthy-hosts-low',
      status: 'Success'
    })
  })

  it('refuses a run whose guard alarm is already in ALARM: SSM would stop it at once', async () => {
    fleet('fleet-degraded', 2)
    const guard = guardFleet(standIns(), 'fleet-degraded')
    standIns().cloudwatch.setAlarmState(guard, 'ALARM', 'Threshold Crossed: 1 healthy host')
    const { issue, digest } = await approved('degraded-alarm', 'fleet-degraded')
    const before = await sent()

    const result = await remediate(issue, digest)
    expect(result.outcome).toBe('refused')
    expect(result.reason).toBe(
      "runbook `restart-systemd-service`'s execution step is guarded by the CloudWatch alarm `fleet-degraded-healthy-hosts-low`, which is in `ALARM` now, so SSM would stop it at once. Find out why the alarm fires (the runbook's `description` says what it guards against) and run this job again once it is `OK`"
    )
    expect(timeline(issue).at(-1)).toBe(`❌ Nothing was run: ${result.reason}.`)
    expect(await sent()).toEqual(before)
    expect(labels(issue)).not.toContain('remediating')

    // Back to OK: it runs.
    standIns().cloudwatch.setAlarmState(guard, 'OK', 'Threshold Crossed: 2 healthy hosts')
    expect((await remediate(issue, digest)).outcome).toBe('remediated')
  })

  it('refuses a run whose guard alarm cannot be read, naming the permission', async () => {
    fleet('fleet-denied')
    const guard = guardFleet(standIns(), 'fleet-denied')
    const { issue, digest } = await approved('denied-alarm', 'fleet-denied')
    const before = await sent()
    standIns().aws.denyAccess('DescribeAlarms', 1, (input) => JSON.stringify(input).includes(guard))
    const result = await remediate(issue, digest)
    expect(result.outcome).toBe('refused')
    expect(result.reason).toMatch(
      /^runbook `restart-systemd-service`'s execution step's guard alarm `fleet-denied-healthy-hosts-low` could not be read \(.*not authorized to perform: cloudwatch:DescribeAlarms.*\); the remediation role needs `cloudwatch:DescribeAlarms` on it$/
    )
    expect(await sent()).toEqual(before)
  })

  it("checks the rollback's guard alarm too, naming the rollback step", async () => {
    // The starter with a rollback guarded by an alarm nobody created (an Automation step, which
    // needs no published document of its own).
    const starter = catalog.find((c) => c.runbook.id === 'restart-systemd-service')
    if (!starter) throw new Error('no restart-systemd-service in the catalog')
    const saved = catalog
    catalog = catalog.map((c) =>
      c !== starter
        ? c
        : {
            ...c,
            runbook: {
              ...c.runbook,
              rollback: {
                automation: {
                  document: 'AWS-StartEC2Instance',
                  parameters: { InstanceId: ['{{ targets }}'] }
                },
                guardAlarm: '{{ params.role }}-rollback-guard'
              }
            }
          }
    )
    try {
      fleet('fleet-rollback')
      guardFleet(standIns(), 'fleet-rollback')
      const { issue, digest } = await approved('rollback-guard-alarm', 'fleet-rollback')
      const before = await sent()
      const result = await remediate(issue, digest)
      expect(result.outcome).toBe('refused')
      expect(result.reason).toContain(
        "runbook `restart-systemd-service`'s rollback step is guarded by the CloudWatch alarm `fleet-rollback-rollback-guard`, which does not exist"
      )
      expect(await sent()).toEqual(before)
    } finally {
      catalog = saved
    }
  })

  it('says nothing new without CloudWatch access: SSM itself stops the run on a missing alarm', async () => {
    const [host = ''] = fleet('fleet-blind')
    const { issue, digest } = await approved('blind-alarm', 'fleet-blind')
    const result = await remediate(issue, digest, { alarms: false })
    expect(result.outcome).toBe('failed')
    expect(timeline(issue).join('\n')).toContain(`guard alarm ${guardAlarmOf('fleet-blind')}`)
    expect(await sent()).toContainEqual({
      instances: [host],
      guard: guardAlarmOf('fleet-blind'),
      status: 'Cancelled'
    })
  })
})

describe('a guard alarm that fires during the run', () => {
  it('stops the restart through SSM before the next host, and the run fails', async () => {
    const guard = guardAlarmOf('fleet-fragile')
    // Restarting the first host takes the fleet below its floor of healthy hosts.
    const restart = scriptedExecutor([
      {
        match: 'systemctl restart',
        result: () => {
          standIns().cloudwatch.setAlarmState(guard, 'ALARM', 'Threshold Crossed: 1 healthy host')
          return { exitCode: 0, stdout: 'restarted nginx\n' }
        }
      }
    ])
    const hosts = fleet('fleet-fragile', 3, restart)
    guardFleet(standIns(), 'fleet-fragile')
    const { issue, digest } = await approved('fragile-alarm', 'fleet-fragile')

    const result = await remediate(issue, digest)
    expect(result).toMatchObject({
      outcome: 'failed',
      reason: 'execution Cancelled by SSM (its guard alarm fired, or it was cancelled in AWS)'
    })
    // One host at a time (MaxConcurrency 1): SSM stopped the command before the other two.
    expect(restart.requests).toHaveLength(1)
    expect(await sent()).toContainEqual({ instances: hosts, guard, status: 'Cancelled' })
    const progress = timeline(issue).find((b) => b.includes('⏹️ Execution: `Cancelled`')) ?? ''
    expect(progress).toContain(`guard alarm ${guard} in ALARM`)
    expect(labels(issue)).toContain('remediation-failed')
    expect(labels(issue)).not.toContain('remediating')
    const last = timeline(issue).at(-1) ?? ''
    expect(last).toMatch(
      new RegExp(`^🏁 Plan \`${digest.slice(0, 12)}\`: \`failed\` \\(execution Cancelled by SSM`)
    )
    expect(last).toContain('⏹️ Execution: `Cancelled`')
    standIns().github.assertNoViolations()
  })
})
