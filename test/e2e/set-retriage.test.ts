// Completing and correcting a plan on the issue, end to end through the action's jobs: the bare
// event from the bridge leaves a plan that AWS could not complete; `/set name=value` (by someone
// who may approve, checked against the runbook's schema) and `/retriage` (after the missing
// permission is granted) are answered by the comment job, which seals the request; the replan job
// makes the plan again with the AWS look-ups and proposes it with a new digest. Approvals of an
// earlier plan never count for the new one. Attacks: an outsider's `/set`, a value outside the
// schema, a parameter the runbook does not have, a `/set` in an edited comment.
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import type { ActionRun } from '../../harness/action-bundle.js'
import { runActionInProcess } from '../../harness/action-in-process.js'
import { BOT_LOGIN } from '../../harness/standins/github/index.js'
import { startStandIns, type StandIns } from '../../harness/standins/index.js'
import { targetIds } from '../../src/plan/plan.js'
import { bridgeDispatch } from '../infra/bridge.js'
import type { Json } from '../infra/cfn.js'
import { plansOn } from '../helpers/records.js'
import { exampleEvent } from '../helpers/starter-scenarios.js'

jest.setTimeout(60_000)
const REPO = 'acme/ops'
const REGION = 'eu-west-1'
let standIns: StandIns

beforeAll(async () => {
  standIns = await startStandIns({
    region: REGION,
    account: '111122223333',
    github: {
      // Comments carry the real time: the approval expiry is measured against it.
      now: () => new Date(),
      users: [
        { login: 'alice', roles: { [REPO]: 'write' } },
        { login: 'bob', roles: { [REPO]: 'read' } },
        { login: 'carol', roles: { [REPO]: 'admin' } },
        { login: BOT_LOGIN, type: 'Bot' }
      ]
    }
  })
  standIns.ssm.registerInstance({
    instanceId: 'i-0aaaaaaaaaaaaaaa1',
    tags: { Role: 'checkout-web' }
  })
  standIns.ssm.registerInstance({ instanceId: 'i-0bbbbbbbbbbbbbbb2', tags: { Role: 'web' } })
})
afterAll(async () => {
  await standIns.stop()
})

/** The checkout 5xx alarm under another name, as the bridge delivers it: the event alone. */
async function deliver(alarm: string, tags?: Record<string, string>): Promise<number> {
  standIns.cloudwatch.putAlarm({
    AlarmName: alarm,
    StateValue: 'ALARM',
    ...(tags ? { Tags: tags } : {})
  })
  const event = exampleEvent('restart-systemd-service/alb-target-5xx.json')
  event.id = `evt-${alarm}`
  event.time = new Date(Date.now() - 60_000).toISOString()
  event.resources = [`arn:aws:cloudwatch:${REGION}:111122223333:alarm:${alarm}`]
  ;(event.detail as { alarmName: string }).alarmName = alarm
  const dispatch = bridgeDispatch(event as Json)
  if (!dispatch) throw new Error('the bridge forwards no such event')
  const run = await runActionInProcess({
    env: standIns.env,
    eventName: 'repository_dispatch',
    webhook: { action: dispatch.event_type, client_payload: dispatch.client_payload },
    inputs: { 'aws-region': REGION }
  })
  expect(run.outputs.action).toBe('created')
  return Number(run.outputs['issue-number'])
}

/** A person's comment, answered by the comment job; then the replan job when it asks for one. */
async function say(
  issue: number,
  user: string,
  body: string
): Promise<{ decided: ActionRun; reply: string; replanned?: ActionRun }> {
  const comment = standIns.github.comment({ issue, user, body })
  const webhook = { action: 'created', issue: { number: issue }, comment }
  const decided = await runActionInProcess({
    env: standIns.env,
    eventName: 'issue_comment',
    webhook,
    inputs: { command: 'comment' }
  })
  const reply = standIns.github.state.commentsOf(REPO, issue).at(-1)?.body ?? ''
  if (decided.outputs.replan !== 'true') return { decided, reply }
  // remediation.yml's `replan` job: the intake sub-action on the same issue_comment event.
  const replanned = await runActionInProcess({
    env: standIns.env,
    eventName: 'issue_comment',
    webhook,
    inputs: { command: 'intake', 'aws-region': REGION }
  })
  return { decided, reply, replanned }
}

const lastReply = (issue: number): string =>
  standIns.github.state.commentsOf(REPO, issue).at(-1)?.body ?? ''
const currentPlan = (issue: number) => plansOn(standIns.github, issue).at(-1)

describe('/set completes a plan that AWS could not', () => {
  let issue: number
  beforeAll(async () => {
    // Nobody tagged the alarm or its target group: which unit and which fleet are unknown.
    issue = await deliver('checkout-untagged-5xx')
  })

  it('starts from an incomplete plan that says how to complete it', () => {
    const plan = currentPlan(issue)
    expect(plan?.digest).toBeUndefined()
    expect(plan?.problems.join('\n')).toContain('`/set service=…`')
    expect(plan?.problems.join('\n')).toContain('`/set role=…`')
  })

  it('refuses an outsider, a value outside the schema, an unknown parameter and an edited /set', async () => {
    const outsider = await say(issue, 'bob', '/set service=nginx role=checkout-web')
    expect(outsider.decided.outputs.replan).toBe('false')
    expect(outsider.reply).toMatch(
      /^❌ Not counted: bob has only `read` permission on this repository, but setting a parameter needs `write` or `admin`/
    )
    const sshd = await say(issue, 'alice', '/set service=sshd role=checkout-web')
    expect(sshd.decided.outputs.replan).toBe('false')
    expect(sshd.reply).toMatch(/^❌ Not counted: `service` must be one of "nginx", .*got "sshd"/)
    const injected = await say(issue, 'alice', '/set role=web;reboot')
    expect(injected.reply).toMatch(
      /^❌ Not counted: `role` "web;reboot" does not match .*nothing changed\.$/
    )
    const unknown = await say(issue, 'alice', '/set targets=i-0bbbbbbbbbbbbbbb2')
    expect(unknown.reply).toMatch(
      /^❌ Not counted: runbook `restart-systemd-service` has no parameter `targets`; it has `service`, `role`\./
    )
    const malformed = await say(issue, 'alice', '/set service nginx')
    expect(malformed.reply).toMatch(/^❌ `set`: `service` is not `name=value`/)
    // An edited comment never counts, whatever it says now.
    const comment = standIns.github.comment({ issue, user: 'alice', body: '/set service=nginx' })
    const edited = await runActionInProcess({
      env: standIns.env,
      eventName: 'issue_comment',
      webhook: { action: 'edited', issue: { number: issue }, comment },
      inputs: { command: 'comment' }
    })
    expect(edited.outputs.replan).toBe('false')
    // Nothing was recorded: the plan is the one intake made.
    expect(plansOn(standIns.github, issue)).toHaveLength(1)
  })

  it('makes a new plan with the values set, recorded with who set them', async () => {
    const set = await say(issue, 'alice', '/set service=nginx role=checkout-web')
    expect(set.reply).toMatch(
      /^✏️ @alice set `service` = `"nginx"`, `role` = `"checkout-web"` \(`\/set`\)\. OpsLoop now makes a new plan/
    )
    expect(set.replanned?.code).toBe(0)
    const plan = currentPlan(issue)
    expect(plan?.problems).toEqual([])
    expect(plan?.digest).toMatch(/^[0-9a-f]{64}$/)
    expect(set.replanned?.outputs['plan-digest']).toBe(plan?.digest)
    expect(plan?.parameters).toEqual([
      {
        name: 'service',
        value: 'nginx',
        source: 'person',
        setBy: 'alice',
        from: 'tags.service',
        sensitive: false
      },
      {
        name: 'role',
        value: 'checkout-web',
        source: 'person',
        setBy: 'alice',
        from: 'tags.role',
        sensitive: false
      }
    ])
    // The fleet the value names, bound to the exact instances SSM lists for it.
    expect(targetIds(plan?.targets)).toEqual(['i-0aaaaaaaaaaaaaaa1'])
    expect(lastReply(issue)).toMatch(
      /^🔄 New plan `[0-9a-f]{12}` \(runbook `restart-systemd-service`/
    )
    expect(lastReply(issue)).toContain('- `service`: `"nginx"` · set by @alice')
    // A re-run of the replan job changes nothing.
    const again = await runActionInProcess({
      env: standIns.env,
      eventName: 'issue_comment',
      webhook: { action: 'created', issue: { number: issue }, comment: { id: 1 } },
      inputs: { command: 'intake', 'aws-region': REGION }
    })
    expect(again.outputs['plan-digest']).toBeUndefined()
    expect(currentPlan(issue)?.digest).toBe(plan?.digest)
  })

  it('voids approvals of the earlier plan when a value changes', async () => {
    const first = currentPlan(issue)?.digest ?? ''
    const approved = await say(issue, 'carol', `/approve ${first.slice(0, 12)}`)
    expect(approved.decided.outputs.approved).toBe('true')
    const changed = await say(issue, 'alice', '/set service=httpd')
    const second = currentPlan(issue)?.digest ?? ''
    expect(changed.replanned?.outputs['plan-digest']).toBe(second)
    expect(second).not.toBe(first)
    expect(lastReply(issue)).toContain('parameter `service`: "nginx" → "httpd"')
    // The role set earlier still holds: the latest value of each parameter counts.
    expect(currentPlan(issue)?.parameters.map((p) => [p.name, p.value, p.setBy])).toEqual([
      ['service', 'httpd', 'alice'],
      ['role', 'checkout-web', 'alice']
    ])
    const stale = await say(issue, 'carol', `/approve ${first.slice(0, 12)}`)
    expect(stale.decided.outputs.approved).toBe('false')
    expect(stale.reply).toContain(`but the current plan is ${second.slice(0, 12)}`)
    const fresh = await say(issue, 'carol', `/approve ${second.slice(0, 12)}`)
    expect(fresh.decided.outputs.approved).toBe('true')
    expect(fresh.decided.outputs['plan-digest']).toBe(second)
    standIns.github.assertNoViolations()
  })
  it('believes only the requests it sealed itself: a copied /set record changes nothing', async () => {
    const opsloop = standIns.github.state.issue(REPO, issue)?.user
    const accepted = standIns.github.state
      .commentsOf(REPO, issue)
      .find((c) => c.user === opsloop && c.body.startsWith('✏️ @alice set `service` = `"nginx"`'))
    expect(accepted?.body).toContain('<!-- opsloop:record ')
    const current = currentPlan(issue)?.digest
    // A writer posts OpsLoop's own sealed `set` record again, in a comment of their own…
    const copy = standIns.github.comment({ issue, user: 'carol', body: accepted?.body ?? '' })
    // …and the replan job runs (as a forged or re-run workflow would).
    const replanned = await runActionInProcess({
      env: standIns.env,
      eventName: 'issue_comment',
      webhook: { action: 'created', issue: { number: issue }, comment: copy },
      inputs: { command: 'intake', 'aws-region': REGION }
    })
    expect(replanned.outputs['plan-digest']).toBeUndefined()
    expect(currentPlan(issue)?.digest).toBe(current)
    expect(currentPlan(issue)?.parameters.find((p) => p.name === 'service')?.value).toBe('httpd')
  })
})

describe('/retriage after fixing what was not available', () => {
  it('looks the facts up again and completes the plan', async () => {
    // The triage role could not read the alarm's tags when the incident arrived.
    standIns.aws.denyAccess('ListTagsForResource')
    const issue = await deliver('checkout-denied-5xx', {
      service: 'nginx',
      role: 'checkout-web',
      'opsloop:log-groups': '/checkout/web/nginx/error'
    })
    const body = standIns.github.state.issue(REPO, issue)?.body ?? ''
    expect(body).toMatch(/alarm tags: not available .*grant `cloudwatch:ListTagsForResource`/)
    expect(currentPlan(issue)?.digest).toBeUndefined()

    const outsider = await say(issue, 'bob', '/retriage')
    expect(outsider.decided.outputs.replan).toBe('false')
    expect(outsider.reply).toMatch(
      /^❌ Not counted: bob has only `read` permission.*triaging again needs `write`/
    )
    const args = await say(issue, 'alice', '/retriage now please')
    expect(args.reply).toMatch(/^❌ `retriage`: `\/retriage` takes no arguments/)

    // The permission is granted now (the denial was for one call); alice asks again.
    const retriage = await say(issue, 'alice', '/retriage')
    expect(retriage.reply).toMatch(
      /^🔄 @alice asked OpsLoop to gather the context and triage again/
    )
    expect(retriage.replanned?.code).toBe(0)
    const plan = currentPlan(issue)
    expect(plan?.problems).toEqual([])
    expect(plan?.parameters.map((p) => [p.name, p.value, p.source])).toEqual([
      ['service', 'nginx', 'incident'],
      ['role', 'checkout-web', 'incident']
    ])
    expect(targetIds(plan?.targets)).toEqual(['i-0aaaaaaaaaaaaaaa1'])
    // Mentions in OpsLoop's text are defused (a word joiner after the @).
    expect(lastReply(issue)).toMatch(/after `@alice` asked to triage again/)
    standIns.github.assertNoViolations()
  })
})
