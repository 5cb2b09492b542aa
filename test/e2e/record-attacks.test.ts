// The approved plan is the plan that runs, tried as attackers would: every way to make OpsLoop run
// something other than the exact plan a person approved, or run it twice. The flows run in process
// with their real adapters (Octokit over REST and GraphQL, the AWS SDK) against the stand-ins, with
// GitHub's write spacing off and one virtual clock, so nothing here waits in real time. Each attack
// ends with zero executions (or exactly one where one is legitimate) and a reply that tells the
// truth.
import { CloudWatchClient } from '@aws-sdk/client-cloudwatch'
import { CloudWatchLogsClient } from '@aws-sdk/client-cloudwatch-logs'
import { SSMClient } from '@aws-sdk/client-ssm'
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { commentCommand } from '../../src/flows/comment.js'
import { intakeCommand } from '../../src/flows/intake.js'
import { remediateCommand, type RemediateResult } from '../../src/flows/remediate.js'
import { DEFAULT_GATHER } from '../../src/context/gather.js'
import { cloudWatchLogs } from '../../src/adapters/aws/logs.js'
import { githubPastIncidents } from '../../src/adapters/github/past-incidents.js'
import { ssmInstanceDirectory } from '../../src/adapters/aws/ssm-instances.js'
import { ssmRunner } from '../../src/adapters/aws/ssm.js'
import { ssmRunHistory } from '../../src/adapters/aws/ssm-history.js'
import { createGitHubClient, type GitHub } from '../../src/adapters/github/client.js'
import { githubIncidentIssues } from '../../src/adapters/github/incident-issues.js'
import { githubIssueThread } from '../../src/adapters/github/issue-thread.js'
import type { RunThread } from '../../src/issue/thread.js'
import type { EnvironmentApproval } from '../../src/approval/ports.js'
import { recordKey, sealRecord } from '../../src/issue/record.js'
import type { CatalogRunbook } from '../../src/triage/types.js'
import { rulesProvider } from '../../src/triage/rules.js'
import { cloudWatchAlarms } from '../../src/adapters/aws/alarms.js'
import { starterCatalog, withRoomyLimits } from '../helpers/catalog.js'
import { awsFor, virtualClock } from '../helpers/flows.js'
import { guardFleet } from '../helpers/guards.js'
import { RECORDS } from '../helpers/records.js'
import { scriptedExecutor } from '../../harness/standins/aws/executors.js'
import { BOT_TOKEN } from '../../harness/standins/github/index.js'
import { startStandIns, type StandIns } from '../../harness/standins/index.js'

// The flows run in process; the timeout allows for a loaded machine.
jest.setTimeout(30_000)
const REPO = { owner: 'acme', repo: 'ops' }
const FLEET = ['i-0aaaaaaaaaaaaaaa1', 'i-0aaaaaaaaaaaaaaa2']
const OTHER_FLEET = 'i-0eeeeeeeeeeeeeee9'
let live: StandIns | undefined
let catalog: CatalogRunbook[]
let failing = false
/** Alarms a successful restart brings back to OK (every one opened so far). */
const opened = new Set<string>()

const standIns = (): StandIns => {
  if (!live) throw new Error('stand-ins not started')
  return live
}

beforeAll(async () => {
  live = await startStandIns({
    github: {
      now: () => new Date(live?.ssm.clock.now() ?? Date.now()),
      users: [
        { login: 'alice', roles: { 'acme/ops': 'write' } },
        { login: 'carol', roles: { 'acme/ops': 'admin' } },
        { login: 'mallory', roles: { 'acme/ops': 'write' } },
        { login: 'bob', roles: { 'acme/ops': 'read' } },
        { login: 'tina', roles: { 'acme/ops': 'triage' } },
        { login: 'other-app[bot]', type: 'Bot', roles: { 'acme/ops': 'write' } }
      ]
    },
    ssm: { timings: { hiddenMs: 0, pendingMs: 0, runMs: 0, stepMs: 0 } }
  })
  // The restart "works" unless a test makes it fail.
  const web = scriptedExecutor([
    {
      match: 'systemctl',
      result: () => {
        if (failing) return { exitCode: 1, stderr: 'failed\n' }
        for (const name of opened) standIns().cloudwatch.setAlarmState(name, 'OK', 'fixed')
        return { exitCode: 0 }
      }
    }
  ])
  for (const id of FLEET)
    standIns().ssm.registerInstance({
      instanceId: id,
      tags: { Role: 'checkout-web' },
      executor: web
    })
  standIns().ssm.registerInstance({
    instanceId: 'i-0ddddddddddddddd1',
    tags: { Role: 'drift-fleet' },
    executor: web
  })
  // restart-systemd-service's guard alarm of each fleet it may run on, in OK.
  guardFleet(standIns(), 'checkout-web')
  guardFleet(standIns(), 'drift-fleet')
  // Another fleet that an injected plan would like to restart.
  standIns().ssm.registerInstance({ instanceId: OTHER_FLEET, tags: { Role: 'payments-db' } })
  catalog = withRoomyLimits(await starterCatalog())
})
afterAll(async () => {
  await live?.stop()
})

const github = (token = BOT_TOKEN): GitHub =>
  createGitHubClient({ token, baseUrl: standIns().env.GITHUB_API_URL, throttle: false })
const as = (login: string): GitHub => github(standIns().github.tokenFor(login))
const aws = () => awsFor(standIns())
const now = () => new Date(standIns().ssm.clock.now())
const clock = virtualClock(standIns)
const sends = () => standIns().aws.calls.filter((c) => c.operation === 'SendCommand')
const comments = (issue: number) => standIns().github.state.commentsOf('acme/ops', issue)
const lastReply = (issue: number) => comments(issue).at(-1)?.body ?? ''

/** The example alarm, renamed, with whatever a test wants in its description and role tag. */
function delivery(alarm: string, description?: string, role?: string) {
  const payload = JSON.parse(
    readFileSync('test/fixtures/dispatch/checkout-web-5xx-with-context.json', 'utf8')
  ) as {
    event: {
      id: string
      resources: string[]
      detail: { alarmName: string; configuration: { description?: string } }
    }
    context: { tags: Record<string, string> }
  }
  if (role) payload.context.tags.role = role
  payload.event.id = `${alarm}-event`
  payload.event.resources = [`arn:aws:cloudwatch:eu-west-1:111122223333:alarm:${alarm}`]
  payload.event.detail.alarmName = alarm
  if (description !== undefined) payload.event.detail.configuration.description = description
  return { action: 'aws-incident', client_payload: payload }
}

async function open(
  alarm: string,
  options: { description?: string; requestedBy?: string; logGroups?: string[]; role?: string } = {}
): Promise<{ issue: number; digest: string }> {
  standIns().cloudwatch.putAlarm({ AlarmName: alarm, StateValue: 'ALARM' })
  opened.add(alarm)
  const octokit = github()
  const created = await intakeCommand({
    eventName: 'repository_dispatch',
    webhook: delivery(alarm, options.description, options.role),
    eventType: 'aws-incident',
    catalog: () => Promise.resolve(catalog),
    issues: githubIncidentIssues(octokit, REPO),
    provider: rulesProvider,
    policy: { insufficientData: 'ignore', closeOnRecovery: false },
    records: RECORDS,
    instances: () => Promise.resolve(ssmInstanceDirectory(new SSMClient(aws()))),
    ...(options.requestedBy ? { requestedBy: options.requestedBy } : {}),
    ...(options.logGroups
      ? {
          context: () =>
            Promise.resolve({
              sources: {
                past: githubPastIncidents(octokit, REPO),
                logs: cloudWatchLogs(new CloudWatchLogsClient(aws()))
              },
              options: { ...DEFAULT_GATHER, logGroups: options.logGroups ?? [], changeRepos: [] }
            })
        }
      : {}),
    now
  })
  if (created.action !== 'created') throw new Error(`intake ${created.action}`)
  return { issue: created.issue.number, digest: created.planDigest ?? '' }
}

/** A person comments; the decide job answers. */
async function say(issue: number, user: string, body: string) {
  const c = standIns().github.comment({ issue, user, body }) as {
    id: number
    created_at: string
    updated_at: string
    user: { type: string }
  }
  return commentCommand({
    event: {
      action: 'created',
      issue: { number: issue, pullRequest: false },
      comment: {
        id: c.id,
        author: user,
        authorType: c.user.type,
        body,
        createdAt: c.created_at,
        edited: c.updated_at !== c.created_at
      }
    },
    thread: githubIssueThread(github(), REPO, issue),
    catalog: () => Promise.resolve(catalog),
    ignoredLogins: ['github-actions[bot]'],
    records: RECORDS,
    now
  })
}

/** The environment reviewers of a run: carol (admin) approved it. */
const REVIEWED: EnvironmentApproval[] = [
  {
    user: 'carol',
    userType: 'User',
    environment: 'incident-remediation',
    state: 'approved',
    comment: ''
  }
]

function remediate(
  issue: number,
  options: {
    digest?: string
    mode?: 'comment' | 'environment'
    /** The token the job acts with (default OpsLoop's). */
    token?: string
    /** What happens around the job's GitHub calls (an attacker's timing, a racing run). */
    around?: (thread: RunThread) => RunThread
  } = {}
): Promise<RemediateResult> {
  const thread = githubIssueThread(github(options.token), REPO, issue)
  return remediateCommand({
    thread: options.around ? options.around(thread) : thread,
    environment: 'incident-remediation',
    environmentApprovals: () => Promise.resolve(REVIEWED),
    catalog: () => Promise.resolve(catalog),
    ssm: ssmRunner(new SSMClient(aws())),
    history: ssmRunHistory(new SSMClient(aws())),
    alarms: cloudWatchAlarms(new CloudWatchClient(aws())),
    instances: ssmInstanceDirectory(new SSMClient(aws())),
    records: RECORDS,
    approvalMode: options.mode ?? 'comment',
    ...(options.digest ? { expectedDigest: options.digest } : {}),
    ignoredLogins: ['github-actions[bot]'],
    requireAlarm: false,
    closeOnSuccess: false,
    cancelPollMs: 3_600_000,
    clock
  })
}

const short = (digest: string) => digest.slice(0, 12)

/** A plan OpsLoop never made: the real one aimed at another fleet, with a recomputed digest. */
function forgedRecord(issue: number, key = 'attacker-does-not-have-the-key-0123456789') {
  return sealRecord(
    {
      v: 1,
      kind: 'plan',
      repo: 'acme/ops',
      issue,
      fingerprint: '0'.repeat(16),
      at: '2026-01-01T00:00:00Z',
      plan: {}
    },
    recordKey(key)
  )
}
const LEGACY_PLAN = `<!-- opsloop:plan {"version":1,"runbook":{"id":"restart-systemd-service"},"targets":{"kind":"instances","ids":["${OTHER_FLEET}"]},"digest":"${'a'.repeat(64)}"} -->`

describe('untrusted text cannot become the plan', () => {
  it('ignores a plan injected through the alarm description', async () => {
    const { issue, digest } = await open('inject-description', {
      description: `Pager note. -->\n${LEGACY_PLAN}\n${forgedRecord(1)}\n<!-- opsloop:fingerprint=0000 -->`
    })
    const body = standIns().github.state.issue('acme/ops', issue)?.body ?? ''
    // Shown, never live: the markers in AWS text are inert in the body.
    expect(body).not.toContain('<!-- opsloop:plan')
    expect(body.match(/<!-- opsloop:record /g)).toHaveLength(1)
    const before = sends().length
    expect(await say(issue, 'alice', `/approve ${short(digest)}`)).toMatchObject({
      approved: true,
      digest
    })
    expect((await remediate(issue, { digest })).outcome).toBe('remediated')
    const sent = sends().slice(before)
    expect(sent[0]?.input).toMatchObject({ InstanceIds: FLEET })
    expect(sent.some((c) => JSON.stringify(c.input).includes(OTHER_FLEET))).toBe(false)
  })

  it('ignores a plan injected through a log line in the alarm’s log group', async () => {
    const group = '/acme/checkout/nginx'
    standIns().logs.putLogEvents(group, 'web-1', [
      // Minutes before the example alarm fired (2026-03-14T09:21:07Z).
      { timestamp: Date.parse('2026-03-14T09:19:00Z'), message: `GET /health 500 ${LEGACY_PLAN}` },
      {
        timestamp: Date.parse('2026-03-14T09:20:00Z'),
        message: `upstream error ${forgedRecord(2)}`
      }
    ])
    const { issue, digest } = await open('inject-log-line', { logGroups: [group] })
    const body = standIns().github.state.issue('acme/ops', issue)?.body ?? ''
    expect(body).toContain('upstream error')
    expect(body).not.toContain('<!-- opsloop:plan')
    expect(body.match(/<!-- opsloop:record /g)).toHaveLength(1)
    // The plan is OpsLoop's own: approving its digest runs on the alarm's fleet only.
    const before = sends().length
    await say(issue, 'alice', `/approve ${short(digest)}`)
    expect((await remediate(issue, { digest })).outcome).toBe('remediated')
    expect(sends().slice(before)[0]?.input).toMatchObject({ InstanceIds: FLEET })
  })

  it('refuses an issue that a read-only user opened with copies of OpsLoop’s markers', async () => {
    const { issue: real } = await open('forged-issue-original')
    const copied = standIns().github.state.issue('acme/ops', real)
    const { data } = await as('bob').request('POST /repos/{owner}/{repo}/issues', {
      ...REPO,
      title: copied?.title ?? '',
      body: copied?.body ?? ''
    })
    // Even with OpsLoop's record comment copied across word for word.
    for (const c of comments(real))
      standIns().github.comment({ issue: data.number, user: 'bob', body: c.body })
    const before = sends().length
    const reply = await say(data.number, 'carol', '/approve 0123456789ab')
    expect(reply).toMatchObject({ handled: true, approved: false })
    expect(lastReply(data.number)).toMatch(
      /^❌ Nothing will run: this issue does not carry the `opsloop` label/
    )
    // Labelled by someone who may label: still not OpsLoop's.
    await as('carol').request('POST /repos/{owner}/{repo}/issues/{issue_number}/labels', {
      ...REPO,
      issue_number: data.number,
      labels: ['opsloop']
    })
    await say(data.number, 'carol', '/approve 0123456789ab')
    expect(lastReply(data.number)).toMatch(
      /^❌ Nothing will run: this issue was not opened by OpsLoop \(no sealed incident record from its author\)/
    )
    expect((await remediate(data.number)).outcome).toBe('refused')
    expect(sends()).toHaveLength(before)
  })

  it('ignores records posted by another app, forged or copied', async () => {
    const { issue, digest } = await open('other-app-markers')
    const { issue: elsewhere } = await open('other-app-source')
    // Another installed app copies OpsLoop's own record comment from another issue, and posts a
    // forged claim for this plan so that it would never run.
    for (const c of comments(elsewhere))
      standIns().github.comment({ issue, user: 'other-app[bot]', body: c.body })
    standIns().github.comment({ issue, user: 'other-app[bot]', body: forgedRecord(issue) })
    const before = sends().length
    await say(issue, 'alice', `/approve ${short(digest)}`)
    expect((await remediate(issue, { digest })).outcome).toBe('remediated')
    expect(sends().length - before).toBe(2) // the execution and its verification check, once
  })
})

describe('what writers can edit does not change what runs', () => {
  it('refuses a plan rewritten by a writer with a recomputed digest', async () => {
    const { issue, digest } = await open('writer-rewrites-plan')
    // mallory rewrites the body to show another fleet and posts her own "record" of it.
    standIns().github.editIssueBody(
      issue,
      `${standIns().github.state.issue('acme/ops', issue)?.body ?? ''}\n${LEGACY_PLAN}`,
      'mallory'
    )
    standIns().github.comment({ issue, user: 'mallory', body: forgedRecord(issue) })
    await say(issue, 'mallory', `/approve ${'a'.repeat(12)}`)
    expect(lastReply(issue)).toMatch(
      new RegExp(
        `^❌ Not counted: This approves plan aaaaaaaaaaaa, but the current plan is ${short(digest)}`
      )
    )
    const before = sends().length
    expect((await remediate(issue)).outcome).toBe('not-approved')
    expect(sends()).toHaveLength(before)
  })

  it('voids everything when a writer edits OpsLoop’s record (to drop the requester), and says so', async () => {
    const { issue, digest } = await open('writer-edits-record', { requestedBy: 'alice' })
    const record = comments(issue)[0]
    expect(record?.user).toBe('github-actions[bot]')
    // alice requested it and may not approve it; she edits the record to drop herself. Even an
    // edit that changes nothing voids the record.
    standIns().github.editComment(record?.id ?? 0, `${record?.body ?? ''}\n`, 'alice')
    await say(issue, 'alice', `/approve ${short(digest)}`)
    expect(lastReply(issue)).toMatch(
      /^❌ Nothing will run: OpsLoop's sealed record of this incident \(.*\) was edited after it was posted/
    )
    await say(issue, 'carol', `/approve ${short(digest)}`)
    const before = sends().length
    expect((await remediate(issue, { digest })).outcome).toBe('refused')
    expect(sends()).toHaveLength(before)
  })

  it('refuses self-approval by the requester, who is bound into the digest', async () => {
    const { issue, digest } = await open('self-approval', { requestedBy: 'alice' })
    const self = await say(issue, 'alice', `/approve ${short(digest)}`)
    expect(self).toMatchObject({ approved: false })
    expect(lastReply(issue)).toMatch(/alice requested this remediation/)
    expect(await say(issue, 'carol', `/approve ${short(digest)}`)).toMatchObject({ approved: true })
  })

  it('never runs a plan twice, whatever happens to the claim comment or label', async () => {
    failing = true
    try {
      const { issue, digest } = await open('claim-tampering')
      await say(issue, 'alice', `/approve ${short(digest)}`)
      const first = await remediate(issue, { digest })
      expect(first.outcome).toBe('failed')
      const ran = sends().length
      // The run's progress comment carried the sealed claim until OpsLoop's first edit of it;
      // from then on the run label's event keeps the claim.
      const claim = comments(issue).find((c) => c.body.includes('▶️ Running'))
      expect(claim?.edits[0]?.body).toMatch(/^<!-- opsloop:record /)
      expect(claim?.body).not.toContain('opsloop:record')
      // OpsLoop's REST edit reads back through GraphQL as an edit, like anyone else's.
      const seen = await githubIssueThread(github(), REPO, issue).snapshot()
      expect(seen.comments.find((c) => c.id === claim?.id)?.edited).toBe(true)
      // Edited, then deleted, and the run label removed: the label event still holds.
      standIns().github.editComment(claim?.id ?? 0, 'nothing ran here', 'mallory')
      expect((await remediate(issue, { digest })).outcome).toBe('already-run')
      standIns().github.deleteComment(claim?.id ?? 0)
      await as('mallory').request(
        'DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels/{name}',
        {
          ...REPO,
          issue_number: issue,
          name: `opsloop:ran:${digest.slice(0, 32)}`
        }
      )
      expect((await remediate(issue, { digest })).outcome).toBe('already-run')
      await say(issue, 'carol', `/approve ${short(digest)}`)
      expect(lastReply(issue)).toMatch(/has already been run once; it never runs twice/)
      expect(sends()).toHaveLength(ran)
    } finally {
      failing = false
    }
  })

  it('does not let an approval of an older plan count for a newer one, even if its proposal is edited', async () => {
    const { issue, digest } = await open('reproposal-edited')
    // The runbook changed on the default branch: OpsLoop proposes again and says exactly why.
    const changed = catalog.map((c) =>
      c.runbook.id === 'restart-systemd-service' ? { ...c, digest: 'f'.repeat(64) } : c
    )
    const saved = catalog
    catalog = changed
    try {
      await say(issue, 'alice', `/approve ${short(digest)}`)
      const proposal = comments(issue).at(-1)
      expect(proposal?.body).toMatch(/^🔄 Plan `[0-9a-f]{12}` is replaced by plan `[0-9a-f]{12}`/)
      expect(proposal?.body).toContain(
        'runbook `restart-systemd-service` changed on the default branch'
      )
      const next = /replaced by plan `([0-9a-f]{12})`/.exec(proposal?.body ?? '')?.[1] ?? ''
      // mallory edits the re-proposal: it is no longer OpsLoop's, and the old plan is current
      // again, which no longer matches the runbook, so it is proposed anew; approvals of the
      // plan she voided do not count for the new one.
      await say(issue, 'carol', `/approve ${next}`)
      standIns().github.editComment(proposal?.id ?? 0, `${proposal?.body ?? ''} `, 'mallory')
      const before = sends().length
      const result = await remediate(issue)
      expect(result.outcome).toBe('refused')
      expect(lastReply(issue)).toMatch(/^🔄 Plan `[0-9a-f]{12}` is replaced by plan/)
      expect(sends()).toHaveLength(before)
    } finally {
      catalog = saved
    }
  })

  it('refuses an approval edited within the second it was posted', async () => {
    const { issue, digest } = await open('same-second-edit')
    const c = standIns().github.comment({ issue, user: 'alice', body: 'lgtm' }) as { id: number }
    // GitHub's REST timestamps cannot tell this edit apart; GraphQL's lastEditedAt can.
    standIns().github.editComment(c.id, `/approve ${short(digest)}`, 'alice')
    const before = sends().length
    expect((await remediate(issue, { digest })).outcome).toBe('not-approved')
    expect(sends()).toHaveLength(before)
  })
})

describe('the run claim outlives its progress comment', () => {
  const ran = (digest: string) => `opsloop:ran:${digest.slice(0, 32)}`

  it('records its own run label even when someone put that label on first', async () => {
    const { issue, digest } = await open('label-put-on-first')
    await say(issue, 'alice', `/approve ${short(digest)}`)
    // A triage user adds the run label before the run, so that OpsLoop's own add would record no
    // event and the claim would rest on the progress comment alone, which OpsLoop then edits.
    await as('tina').request('POST /repos/{owner}/{repo}/issues/{issue_number}/labels', {
      ...REPO,
      issue_number: issue,
      labels: [ran(digest)]
    })
    const before = sends().length
    expect((await remediate(issue, { digest })).outcome).toBe('remediated')
    expect(sends().length - before).toBe(2)
    const opened = standIns().github.state.issue('acme/ops', issue)
    if (!opened) throw new Error(`no issue ${issue}`)
    const events = standIns()
      .github.state.labelEventsOf(opened)
      .filter((e) => e.label === ran(digest))
    expect(events.map((e) => `${e.type} by ${e.actor}`)).toEqual([
      'labeled by tina',
      'unlabeled by github-actions[bot]',
      'labeled by github-actions[bot]'
    ])
    // Progress comment edited, then deleted, the label taken off: it never runs again.
    const progress = comments(issue).find((c) => c.body.includes('▶️ Running'))
    standIns().github.editComment(progress?.id ?? 0, 'nothing ran here', 'mallory')
    standIns().github.deleteComment(progress?.id ?? 0)
    await as('tina').request('DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels/{name}', {
      ...REPO,
      issue_number: issue,
      name: ran(digest)
    })
    expect((await remediate(issue, { digest })).outcome).toBe('already-run')
    expect(sends().length - before).toBe(2)
  })

  it('stops before sending anything when a writer edits the claim before the run label is on', async () => {
    const { issue, digest } = await open('claim-edited-at-once')
    await say(issue, 'alice', `/approve ${short(digest)}`)
    const before = sends().length
    const result = await remediate(issue, {
      digest,
      around: (thread) => ({
        ...thread,
        async reply(body) {
          const posted = await thread.reply(body)
          // mallory edits the claim the moment it appears (even to the same text).
          if (body.includes('▶️ Running'))
            standIns().github.editComment(posted.id, `${body} `, 'mallory')
          return posted
        }
      })
    })
    expect(result).toMatchObject({ outcome: 'refused' })
    expect(result.reason).toMatch(/claim is not recognised as OpsLoop's own record/)
    expect(sends()).toHaveLength(before)
    // The run said so on its progress comment, with no second notification.
    expect(comments(issue).filter((c) => c.body.includes('▶️ Running'))).toHaveLength(0)
    expect(lastReply(issue)).toMatch(/^❌ Nothing was run: this job's claim is not recognised/)
  })

  it('does not run a second time when a racing run already edited its progress comment', async () => {
    const { issue, digest } = await open('racing-after-edit')
    await say(issue, 'alice', `/approve ${short(digest)}`)
    let looked: () => void = () => undefined
    const bLooked = new Promise<void>((resolve) => (looked = resolve))
    let finished: () => void = () => undefined
    const aDone = new Promise<void>((resolve) => (finished = resolve))
    const before = sends().length
    // Run A claims only once run B has looked at the issue (B sees no claim and no run label);
    // B posts its claim only once A has run and edited its progress comment, so the claim B
    // would find is gone from A's comment by then.
    const a = remediate(issue, {
      digest,
      around: (thread) => ({
        ...thread,
        async addLabels(labels) {
          await bLooked
          return thread.addLabels(labels)
        }
      })
    }).finally(finished)
    let first = true
    const b = remediate(issue, {
      digest,
      around: (thread) => ({
        ...thread,
        async snapshot() {
          const seen = await thread.snapshot()
          if (first) looked()
          first = false
          return seen
        },
        async reply(body) {
          if (body.includes('▶️ Running')) await aDone
          return thread.reply(body)
        }
      })
    })
    const [ra, rb] = await Promise.all([a, b])
    expect(ra.outcome).toBe('remediated')
    expect(rb).toMatchObject({ outcome: 'already-run' })
    expect(sends().length - before).toBe(2) // the execution and its verification check, once
    // B claims under the issue's run lock only after A's claim is in: it reads A's run label event
    // there and stops before posting anything, so the last word is A's result.
    expect(lastReply(issue)).toMatch(/^🏁 Plan `[0-9a-f]{12}`: `remediated`/)
  })
})

describe('approvals name the exact plan', () => {
  it('answers a bare /approve with the digest to use, and refuses a short digest', async () => {
    const { issue, digest } = await open('bare-approve')
    expect(await say(issue, 'alice', '/approve')).toMatchObject({ approved: false })
    expect(lastReply(issue)).toContain(`\`/approve ${short(digest)}\``)
    expect(await say(issue, 'alice', `/approve ${digest.slice(0, 7)}`)).toMatchObject({
      approved: false
    })
    expect(lastReply(issue)).toMatch(/12 to 64 hexadecimal characters/)
    expect((await remediate(issue)).outcome).toBe('not-approved')
  })
})

describe('concrete, bounded targets', () => {
  it('refuses a plan whose tags match more instances than the runbook allows', async () => {
    const max =
      catalog.find((c) => c.runbook.id === 'restart-systemd-service')?.runbook.targets.max ?? 0
    for (let i = 0; i < max + 1; i++)
      standIns().ssm.registerInstance({
        instanceId: `i-0f${String(i).padStart(15, '0')}`,
        tags: { Role: 'huge-fleet' }
      })
    const payload = delivery('too-many-targets') as unknown as {
      client_payload: { context: { tags: Record<string, string> } }
    }
    payload.client_payload.context.tags.role = 'huge-fleet'
    const created = await intakeCommand({
      eventName: 'repository_dispatch',
      webhook: payload,
      eventType: 'aws-incident',
      catalog: () => Promise.resolve(catalog),
      issues: githubIncidentIssues(github(), REPO),
      provider: rulesProvider,
      policy: { insufficientData: 'ignore', closeOnRecovery: false },
      records: RECORDS,
      instances: () => Promise.resolve(ssmInstanceDirectory(new SSMClient(aws()))),
      now
    })
    if (created.action !== 'created') throw new Error(created.action)
    expect(created.planDigest).toBeUndefined()
    const body = standIns().github.state.issue('acme/ops', created.issue.number)?.body ?? ''
    expect(body).toContain(
      `${max + 1} instances are tagged \`Role=huge-fleet\`; the runbook allows at most ${max}`
    )
    await say(created.issue.number, 'alice', '/approve 0123456789ab')
    expect(lastReply(created.issue.number)).toMatch(/^❌ Nothing can run: this plan is incomplete/)
  })

  it('stops when the tagged instances change between approval and execution, and asks again', async () => {
    const { issue, digest } = await open('targets-drift', { role: 'drift-fleet' })
    await say(issue, 'alice', `/approve ${short(digest)}`)
    standIns().ssm.registerInstance({
      instanceId: 'i-0ddddddddddddddd2',
      tags: { Role: 'drift-fleet' }
    })
    const before = sends().length
    expect((await remediate(issue, { digest })).outcome).toBe('refused')
    expect(sends()).toHaveLength(before)
    const reply = lastReply(issue)
    expect(reply).toMatch(
      /The instances carrying the target tags changed between approval and execution/
    )
    expect(reply).toContain('- targets added: `i-0ddddddddddddddd2`')
    const next = /replaced by plan `([0-9a-f]{12})`/.exec(reply)?.[1] ?? ''
    expect(await say(issue, 'alice', `/approve ${next}`)).toMatchObject({ approved: true })
    expect((await remediate(issue)).outcome).toBe('remediated')
    expect(sends()[before]?.input).toMatchObject({
      InstanceIds: ['i-0ddddddddddddddd1', 'i-0ddddddddddddddd2']
    })
  })
})

describe('the run itself', () => {
  it('stops before sending anything when its claim is not recognized as OpsLoop’s', async () => {
    const { issue, digest } = await open('claim-other-token')
    await say(issue, 'alice', `/approve ${short(digest)}`)
    const before = sends().length
    // A remediate job configured with another token than the one that opened the issue.
    const result = await remediate(issue, { digest, token: standIns().github.tokenFor('carol') })
    expect(result.outcome).toBe('refused')
    expect(result.reason).toMatch(/claim is not recognised as OpsLoop's own record/)
    expect(sends()).toHaveLength(before)
  })

  it('stops an environment-approved job that someone rejected or cancelled on the issue', async () => {
    const rejected = await open('environment-rejected')
    await say(rejected.issue, 'alice', '/reject the replica is the problem')
    const before = sends().length
    expect(
      await remediate(rejected.issue, { digest: rejected.digest, mode: 'environment' })
    ).toMatchObject({
      outcome: 'refused',
      reason: expect.stringMatching(/was rejected on the issue/)
    })
    const cancelled = await open('environment-cancelled')
    await say(cancelled.issue, 'carol', '/cancel')
    expect(
      await remediate(cancelled.issue, { digest: cancelled.digest, mode: 'environment' })
    ).toMatchObject({
      outcome: 'refused',
      reason: 'cancelled by carol'
    })
    expect(sends()).toHaveLength(before)
    // The same reviewed run goes ahead where nobody objected.
    const clean = await open('environment-clean')
    expect(
      (await remediate(clean.issue, { digest: clean.digest, mode: 'environment' })).outcome
    ).toBe('remediated')
  })
})

describe('cancel means cancel', () => {
  it('stops a pending job when a writer cancels before it starts, until someone approves again', async () => {
    const { issue, digest } = await open('cancel-pending')
    expect(await say(issue, 'alice', `/approve ${short(digest)}`)).toMatchObject({ approved: true })
    await say(issue, 'carol', '/cancel')
    expect(lastReply(issue)).toMatch(/^⏹️ Cancel recorded for plan/)
    const before = sends().length
    expect((await remediate(issue, { digest })).outcome).toBe('refused')
    expect(lastReply(issue)).toMatch(/@carol cancelled plan `[0-9a-f]{12}` before this job started/)
    expect(sends()).toHaveLength(before)
    // In environment mode a cancel holds too.
    expect((await remediate(issue, { digest, mode: 'environment' })).outcome).not.toBe('remediated')
    // A /cancel from a read-only user records nothing.
    expect(await say(issue, 'alice', `/approve ${short(digest)}`)).toMatchObject({ approved: true })
    await say(issue, 'bob', '/cancel')
    expect(lastReply(issue)).toMatch(/needs write access/)
    const again = await remediate(issue, { digest })
    expect(again).toMatchObject({ outcome: 'remediated' })
    standIns().github.assertNoViolations()
  })
})
