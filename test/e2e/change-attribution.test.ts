// Which change broke it, end to end through the action's composition root and its real adapters:
// the bridge delivers the bare alarm; intake looks up the alarm's tags and log group, reads the
// logs and the metric history from CloudWatch and the deployments, their builds (compare API)
// and each commit's diff from GitHub, names the commit whose added line the errors' stack trace
// points at (inside its build, not at the head), rules out the deploy of another service a
// minute before the onset and the one that began after it, and writes the redacted snapshot
// that `opsloop triage --snapshot` replays to the same answer. A secret in a diff and in a log
// line never reaches the issue or the artifact. The plan rolls the deployment back through the
// catalog's workflow-dispatch runbook: approved by comment, bound to the previous good commit,
// dispatched once (validated against GitHub's OpenAPI description by the stand-in), verified by
// the alarm returning to OK; a second run dispatches nothing.
import { afterAll, beforeAll, expect, it, jest } from '@jest/globals'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runActionInProcess } from '../../harness/action-in-process.js'
import { startStandIns, type StandIns } from '../../harness/standins/index.js'
import { runCli } from '../../src/cli.js'
import { BUILD_REQUESTS } from '../../src/adapters/github/changes.js'
import { MAX_BUILDS } from '../../src/context/gather.js'
import { parseSnapshot, replayAttribution, SNAPSHOT_FILE } from '../../src/flows/snapshot.js'
import type { Clock } from '../../src/util/clock.js'

jest.setTimeout(60_000)

const SECRET = `sk_live_${'Zx9Qw8Er7Ty6Ui5O'.repeat(2)}`
const CULPRIT = 'c0ffee0000000000000000000000000000c0ffee'
const HEAD = 'beef000000000000000000000000000000000001'
const GOOD = 'a11ce00000000000000000000000000000000000'
const at = Date.now() - 60_000
const before = (minutes: number): string => new Date(at - minutes * 60_000).toISOString()
const example = JSON.parse(
  readFileSync('runbooks/examples/restart-systemd-service/alb-target-5xx.json', 'utf8')
) as { event: Record<string, unknown> & { region: string; account: string } }
const event = { ...example.event, id: 'b1c2d3e4-0000-4000-8000-000000000001', time: before(0) }

/** The repository's deployment workflow: what the rollback runbook dispatches. */
const DEPLOY = `name: Deploy
on:
  workflow_dispatch:
    inputs:
      sha: { description: Commit to deploy, required: true }
      environment: { description: Where, required: true }
      reason: { description: Why, required: false }
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - run: echo deploying
`

let standIns: StandIns
let pull = 0

beforeAll(async () => {
  standIns = await startStandIns({
    // The account and region the event comes from: the alarm ARN is one CloudWatch knows.
    region: event.region,
    account: event.account,
    github: {
      now: () => new Date(),
      repos: [{ repo: 'acme/ops', files: { main: { '.github/workflows/deploy.yml': DEPLOY } } }],
      users: [{ login: 'alice', roles: { 'acme/ops': 'write' } }]
    }
  })
  const gh = standIns.github
  gh.addCommit({ sha: GOOD, message: 'checkout-api 4.1.0', date: before(3 * 24 * 60), parents: [] })
  gh.addDeployment({
    environment: 'checkout-api-production',
    ref: 'main',
    sha: GOOD,
    payload: { service: 'checkout-api' },
    createdAt: before(3 * 24 * 60),
    statuses: [{ state: 'success' }]
  })
  gh.addCommit({
    sha: CULPRIT,
    message: 'Apply the loyalty discount before tax',
    author: 'bob',
    date: before(100),
    parents: [GOOD],
    files: [
      {
        filename: 'services/checkout/pricing.py',
        patch: [
          '@@ -54,4 +54,5 @@ def apply_discount(cart, customer):',
          '     rate = customer.discount_rate',
          '     subtotal = cart.subtotal',
          `-    return subtotal`,
          `+    stripe = "${SECRET}"`,
          '+    return subtotal * (1 - customer.loyalty.rate)'
        ].join('\n')
      }
    ]
  })
  pull = gh.addPull({
    title: 'Apply the loyalty discount before tax',
    user: 'bob',
    createdAt: before(200),
    mergedAt: before(95),
    mergeCommitSha: CULPRIT
  })
  gh.addCommit({
    sha: HEAD,
    message: 'Export the cart size metric',
    author: 'carol',
    date: before(80),
    parents: [CULPRIT],
    files: [
      {
        filename: 'services/checkout/metrics.py',
        patch: '@@ -3,2 +3,3 @@\n CART = Counter("cart")\n+CART_SIZE = Histogram("cart_size")'
      }
    ]
  })
  gh.addDeployment({
    environment: 'checkout-api-production',
    ref: 'main',
    sha: HEAD,
    payload: { service: 'checkout-api' },
    description: 'checkout-api 4.2.0',
    createdAt: before(30),
    statuses: [{ state: 'success', createdAt: before(25) }]
  })
  // Another service, a minute before the onset; and the api's own deploy that began after it.
  const web = gh.addCommit({
    message: 'Checkout button copy',
    date: before(20),
    parents: [],
    files: [{ filename: 'web/src/Buy.tsx', patch: '@@ -1 +1 @@\n-Buy\n+Buy now' }]
  })
  gh.addDeployment({
    environment: 'checkout-web-production',
    ref: 'main',
    sha: web,
    payload: { service: 'checkout-web' },
    createdAt: before(6),
    statuses: [{ state: 'success', createdAt: before(6) }]
  })
  const late = gh.addCommit({
    message: 'Document the discount',
    date: before(10),
    parents: [HEAD],
    files: [{ filename: 'services/checkout/pricing.py', patch: '@@ -1 +1,2 @@\n+# Discounts\n' }]
  })
  gh.addDeployment({
    environment: 'checkout-api-production',
    ref: 'main',
    sha: late,
    payload: { service: 'checkout-api' },
    createdAt: before(2),
    statuses: [{ state: 'in_progress' }]
  })

  // What CloudWatch holds: the alarm's tags name the service and its log group.
  standIns.cloudwatch.putAlarm({
    AlarmName: 'checkout-web-target-5xx',
    StateValue: 'ALARM',
    Tags: { service: 'checkout-api', 'opsloop:log-groups': '/checkout/api' }
  })
  standIns.cloudwatch.putMetricData(
    'AWS/ApplicationELB',
    'HTTPCode_Target_5XX_Count',
    {
      LoadBalancer: 'app/checkout-prod/50dc6c495c0c9188',
      TargetGroup: 'targetgroup/checkout-web/6d0ecf831eec9f09'
    },
    Array.from({ length: 30 }, (_, i) => ({
      timestamp: at - (29 - i) * 60_000,
      value: i < 25 ? 1 : 300
    }))
  )
  const lines = Array.from({ length: 200 }, (_, i) => ({
    timestamp: at - 40 * 60_000 + i * 10_000,
    message: `INFO POST /cart/checkout 200 in ${i % 40} ms`
  }))
  for (let i = 0; i < 30; i++)
    lines.push({
      timestamp: at - 4 * 60_000 + i * 8_000,
      message: `ERROR POST /cart/checkout failed: AttributeError: 'NoneType' object has no attribute 'rate' (File "/app/checkout/pricing.py", line 57, in apply_discount) key=${SECRET}`
    })
  standIns.logs.putLogEvents('/checkout/api', 'checkout-api/7f3a', lines)
})

/**
 * A new incident of the alarm, as the bridge delivers it: earlier issues closed (another
 * delivery would only count an occurrence) and the alarm in ALARM again.
 */
async function freshIncident(id: string, inputs: Record<string, string> = {}) {
  for (const i of standIns.github.state.issues) i.state = 'closed'
  standIns.cloudwatch.setAlarmState('checkout-web-target-5xx', 'ALARM', 'Threshold Crossed')
  const run = await runActionInProcess({
    env: standIns.env,
    eventName: 'repository_dispatch',
    webhook: { action: 'aws-incident', client_payload: { event: { ...event, id } } },
    inputs
  })
  const issue = Number(run.outputs['issue-number'])
  const body = standIns.github.state.issue('acme/ops', issue)?.body ?? ''
  return { run, issue, body, digest: run.outputs['plan-digest'] ?? '' }
}

/** A comment by a person on the issue, and the comment job on it. */
function commentBy(user: string, issue: number, body: string) {
  const comment = standIns.github.comment({ issue, user, body })
  return runActionInProcess({
    env: standIns.env,
    eventName: 'issue_comment',
    webhook: { action: 'created', issue: { number: issue }, comment },
    inputs: { command: 'comment' }
  })
}

/** The remediate job for an approved plan. */
function remediateJob(issue: number, digest: string, clock?: Clock) {
  return runActionInProcess({
    env: standIns.env,
    eventName: 'issue_comment',
    webhook: {},
    inputs: {
      command: 'remediate',
      'issue-number': String(issue),
      'plan-digest': digest,
      approval: 'comment'
    },
    ...(clock ? { runtime: { clock } } : {})
  })
}

afterAll(async () => {
  await standIns.stop()
})

it('names the commit inside the build that the stack trace points at, rules out the decoys, and writes a snapshot that replays to the same answer', async () => {
  const requestsBefore = standIns.github.requests.length
  const run = await runActionInProcess({
    env: standIns.env,
    eventName: 'repository_dispatch',
    webhook: { action: 'aws-incident', client_payload: { event } }
  })
  expect(run.code).toBe(0)
  expect(run.outputs.action).toBe('created')
  const body = standIns.github.state.issue('acme/ops', Number(run.outputs['issue-number']))?.body
  const section = (body ?? '').slice((body ?? '').indexOf('### Suspect change'))
  expect(section).toMatch(
    new RegExp(
      `^### Suspect change\\n\\nCommit acme/ops@${CULPRIT}, shipped by deployment \`\\d+\` to \`checkout-api\` \\(pull request acme/ops#${pull}\\)`
    )
  )
  expect(section).toMatch(/stack trace names line 57 of services\/checkout\/pricing\.py/)
  expect(section).toMatch(/deployed to checkout-web, which shows no errors/)
  expect(section).toMatch(/began \d+ min after the symptom began/)
  // The build's head is considered and ruled out for what its diff says, not for its timing.
  expect(section).toMatch(
    /`beef00000000` \(deployment `\d+`, landed \d+ min before the symptom began\): nothing in its diff/
  )
  // The rules triage's first lead is the suspect, citing its evidence row.
  expect(body).toMatch(
    /### Probable causes\n\n1\. Commit c0ffee000000 \(deployment \d+\) is the suspect change/
  )
  expect(body).not.toContain(SECRET)
  // The redactor's placeholders are in the diff and the errors alike: no evidence of anything.
  expect(section).not.toMatch(/share `redacted`/)

  // The snapshot the workflow uploads: valid, redacted, and it replays to the same suspect.
  const dir = run.outputs.snapshot ?? ''
  expect(dir).not.toBe('')
  const text = readFileSync(join(dir, SNAPSHOT_FILE), 'utf8')
  expect(text).not.toContain(SECRET)
  const loaded = parseSnapshot(text, dir)
  expect(loaded.snapshot.deployments?.map((d) => d.service).sort()).toEqual([
    'checkout-api',
    'checkout-api',
    'checkout-web'
  ])
  expect(replayAttribution(loaded).suspect?.sha).toBe(CULPRIT)
  let out = ''
  const code = await runCli(['triage', '--snapshot', dir, '--json'], {
    out: (t) => (out += t),
    err: () => undefined
  })
  expect(code).toBe(0)
  expect((JSON.parse(out) as { changes: { suspect: string } }).changes.suspect).toBe(CULPRIT)
  // The issue links the run whose artifact holds it.
  expect(body).toMatch(
    /snapshot: the `opsloop-snapshot` artifact of \[this run\]\(https:\/\/github\.com\/acme\/ops\/actions\/runs\/4242\)/
  )

  // Reading the builds stayed within its budget.
  const buildReads = standIns.github.requests
    .slice(requestsBefore)
    .filter((r) =>
      ['repos/compare-commits-with-basehead', 'repos/get-commit'].includes(r.operationId ?? '')
    )
  expect(buildReads.length).toBeGreaterThan(0)
  expect(buildReads.length).toBeLessThanOrEqual(MAX_BUILDS * BUILD_REQUESTS)
  standIns.github.assertNoViolations()
})

it('rolls the suspect deployment back through the workflow-dispatch runbook: approved, dispatched once, verified', async () => {
  const {
    run: intake,
    issue,
    digest,
    body
  } = await freshIncident('b1c2d3e4-0000-4000-8000-000000000002')
  expect(intake.outputs).toMatchObject({ action: 'created', 'runbook-id': 'rollback-deployment' })
  expect(digest).toMatch(/^[0-9a-f]{64}$/)
  // The plan names the commit it deploys, from the deployment GitHub recorded before the build.
  expect(body).toContain(`| \`goodCommit\` | \`${GOOD}\` | incident \`change.previousSha\` |`)
  expect(body).toContain(`| \`deployedCommit\` | \`${HEAD}\` | incident \`change.deploymentSha\` |`)

  // Dispatching needs the approval bound to this plan; alice gives it.
  const clockState = { offset: 0 }
  const clock: Clock = {
    now: () => Date.now() + clockState.offset,
    sleep: (ms: number) => {
      clockState.offset += ms
      // The rolled-back service answers again once its workflow was dispatched.
      if (standIns.github.workflowDispatches.length > 0)
        standIns.cloudwatch.setAlarmState(
          'checkout-web-target-5xx',
          'OK',
          'Threshold Crossed: back to normal'
        )
      return Promise.resolve()
    }
  }
  const remediate = () => remediateJob(issue, digest, clock)
  const early = await remediate()
  expect(early.outputs.outcome).toBe('not-approved')
  expect(standIns.github.workflowDispatches).toHaveLength(0)
  // /dry-run shows exactly what would be dispatched.
  await commentBy('alice', issue, '/dry-run')
  const dryRun = standIns.github.state.commentsOf('acme/ops', issue).at(-1)?.body ?? ''
  expect(dryRun).toContain(
    '**Execution**: GitHub Actions workflow `acme/ops .github/workflows/deploy.yml on main` · one workflow\\_dispatch'
  )
  expect(dryRun).toContain(`\`sha\`:\n\n\`\`\`text\n${GOOD}\n\`\`\``)
  expect(standIns.github.workflowDispatches).toHaveLength(0)
  const approved = await commentBy('alice', issue, `/approve ${digest.slice(0, 12)}`)
  expect(approved.outputs.approved).toBe('true')

  const done = await remediate()
  expect(done.outputs.outcome).toBe('remediated')
  expect(standIns.github.workflowDispatches).toEqual([
    expect.objectContaining({
      repo: 'acme/ops',
      workflow: 'deploy.yml',
      ref: 'main',
      inputs: {
        sha: GOOD,
        environment: 'checkout-api-production',
        reason: 'OpsLoop rollback of a suspect change'
      }
    })
  ])
  const comments = standIns.github.state.commentsOf('acme/ops', issue).map((c) => c.body)
  const progress = comments.filter((b) => b.includes('▶️ Running')).at(-1) ?? ''
  expect(progress).toContain(
    'GitHub Actions workflow `acme/ops .github/workflows/deploy.yml on main`'
  )
  expect(progress).toMatch(
    /^✅ Execution: `Success` \(`run \d+`\)\. GitHub accepted the dispatch of deploy\.yml on main/m
  )
  expect(progress).toMatch(/^✅ Verified: `checkout-web-target-5xx` is `OK`/m)

  // Never twice: another run of the same plan dispatches nothing.
  const again = await remediate()
  expect(again.outputs.outcome).toBe('already-run')
  expect(standIns.github.workflowDispatches).toHaveLength(1)
  standIns.github.assertNoViolations()
})

it('records GitHub refusing the dispatch (an input the workflow does not declare) as a failed step, and fails the run', async () => {
  // The workflow no longer declares `reason`, which the runbook still sends.
  const repo = standIns.github.state.repos.get('acme/ops')
  const files = repo && standIns.github.state.filesAt(repo, 'main')
  files?.set('.github/workflows/deploy.yml', DEPLOY.replace(/ {6}reason: .*\n/, ''))
  const before = standIns.github.workflowDispatches.length
  const { issue, digest } = await freshIncident('b1c2d3e4-0000-4000-8000-000000000003')
  await commentBy('alice', issue, `/approve ${digest.slice(0, 12)}`)
  const done = await remediateJob(issue, digest)
  expect(done.outputs.outcome).toBe('failed')
  expect(standIns.github.workflowDispatches).toHaveLength(before)
  const progress =
    standIns.github.state
      .commentsOf('acme/ops', issue)
      .map((c) => c.body)
      .filter((b) => b.includes('▶️ Running'))
      .at(-1) ?? ''
  expect(progress).toMatch(
    /^❌ Execution: `Failed` \(`deploy\.yml`\)\. GitHub refused the dispatch of deploy\.yml on main: Unexpected inputs provided/m
  )
  // The rollback (deploying what was running again) is refused the same way, and says so.
  expect(progress).toMatch(/^❌ Rollback: `Failed`/m)
  standIns.github.assertNoViolations()
})

it("uses the repository's components mapping (the snapshot holds it), and reports a broken one by line without using it", async () => {
  const dir = mkdtempSync(join(tmpdir(), 'opsloop-components-'))
  try {
    const good = join(dir, 'components.yml')
    writeFileSync(
      good,
      "components:\n  - service: checkout-api\n    paths: ['services/checkout/**']\n  - service: checkout-web\n    paths: ['web/**']\n"
    )
    const broken = join(dir, 'broken.yml')
    writeFileSync(broken, "components:\n  - service: checkout-api\n    path: ['services/**']\n")
    const deliver = (id: string, file: string) => freshIncident(id, { components: file })
    const used = await deliver('b1c2d3e4-0000-4000-8000-000000000004', good)
    const snapshot = parseSnapshot(
      readFileSync(join(used.run.outputs.snapshot ?? '', SNAPSHOT_FILE), 'utf8'),
      'snapshot.json'
    ).snapshot
    expect(snapshot.components).toEqual([
      { service: 'checkout-api', paths: ['services/checkout/**'] },
      { service: 'checkout-web', paths: ['web/**'] }
    ])
    expect(used.body).toContain(`Commit acme/ops@${CULPRIT}`)
    expect(used.body).not.toContain('components mapping')

    const refused = await deliver('b1c2d3e4-0000-4000-8000-000000000005', broken)
    expect(refused.body).toMatch(
      /components mapping \(not used\): .*broken\.yml:2:5: `components\[0\]` must have required property 'paths'/
    )
    // Without the mapping, the verdict is the same: the build's files are the service's.
    expect(refused.body).toContain(`Commit acme/ops@${CULPRIT}`)
    const missing = await deliver('b1c2d3e4-0000-4000-8000-000000000006', join(dir, 'nope.yml'))
    expect(missing.body).toMatch(
      /components mapping \(not used\): .*nope\.yml: cannot be read \(ENOENT\)/
    )
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
})

it('with Bedrock, a review that blames the latest deploy is refused twice and the rules answer stands; one that checks out is merged', async () => {
  const MODEL = 'us.anthropic.claude-sonnet-4-5-20250929-v1:0'
  const triageAnswer = {
    summary: 'Checkout fails after a deployment.',
    severity: 'high',
    causes: [],
    runbook: 'rollback-deployment',
    parameters: {},
    rationale: 'The suspect commit is deployed.'
  }
  const deliver = async (id: string) => (await freshIncident(id, { 'model-id': MODEL })).body
  // The deploy of checkout-web a minute before the onset: ruled out by service, so not a choice.
  const web =
    standIns.github.state.deployments.find((d) => d.environment === 'checkout-web-production')
      ?.sha ?? ''
  const blame = {
    suspect: web,
    citations: [{ hunk: 'H1', signature: 'S1' }],
    why: 'it is the latest deploy'
  }
  standIns.bedrock.toolUse(blame)
  standIns.bedrock.toolUse(blame)
  standIns.bedrock.toolUse(triageAnswer)
  const before = standIns.bedrock.requests.length
  const refused = await deliver('b1c2d3e4-0000-4000-8000-000000000007')
  expect(refused).toContain(`Commit acme/ops@${CULPRIT}`)
  expect(refused).toMatch(
    /Reviewed by `us\.anthropic[^`]*` \(refused\): The model's review was not used \(its answer did not check out twice \(`[0-9a-f]{40}` is not one of the candidates/
  )
  // The pack went to the model fenced as data: the hunks and the error signature inside.
  const reviewPrompt = standIns.bedrock.requests[before]?.messages[0]?.content?.[0]?.text ?? ''
  const fence = /<<<DATA-([0-9a-f]+)>>>([\s\S]*)<<<END-DATA-\1>>>/.exec(reviewPrompt)
  expect(fence?.[2]).toContain('"id": "H1"')
  expect(fence?.[2]).toContain('AttributeError')
  expect(reviewPrompt.slice(0, reviewPrompt.indexOf('<<<DATA-'))).not.toContain('AttributeError')

  // A review that names the build's head, citing its own hunk and the error: checked, merged.
  standIns.bedrock.toolUse({
    suspect: HEAD,
    citations: [{ hunk: 'H2', signature: 'S1', how: 'the metric export' }],
    why: 'the export crashes'
  })
  standIns.bedrock.toolUse(triageAnswer)
  const differs = await deliver('b1c2d3e4-0000-4000-8000-000000000008')
  expect(differs).toContain(`Commit acme/ops@${HEAD}`)
  expect(differs).toMatch(
    /Reviewed by `us\.anthropic[^`]*` \(differs\): The model named beef00000000 \(the rules: c0ffee000000\)/
  )
  expect(differs).toMatch(/- the model cites H2 of services\/checkout\/metrics\.py for/)
  expect(differs).toMatch(/Also considered, with less evidence:\n\n- `c0ffee000000`/)
  standIns.github.assertNoViolations()
})

/** An AWS Health event as the bridge delivers it: the bare EventBridge event. */
function healthEvent(n: number, region: string, service: string, entities: string[]) {
  return {
    version: '0',
    id: `7bf73129-1428-4cd3-a780-95db273d16${String(n).padStart(2, '0')}`,
    'detail-type': 'AWS Health Event',
    source: 'aws.health',
    account: event.account,
    time: before(12),
    region,
    resources: entities,
    detail: {
      eventArn: `arn:aws:health:${region}::event/${service}/AWS_${service}_OPERATIONAL_ISSUE/${n}`,
      service,
      eventTypeCode: `AWS_${service}_OPERATIONAL_ISSUE`,
      eventTypeCategory: 'issue',
      statusCode: 'open',
      startTime: new Date(at - 15 * 60_000).toUTCString(),
      eventDescription: [
        { language: 'en_US', latestDescription: 'Increased error rates for load balancers.' }
      ],
      affectedEntities: entities.map((entityValue) => ({ entityValue }))
    }
  }
}

it("counts an AWS Health event OpsLoop received about the alarm's load balancer as an operational cause, and ignores one elsewhere and a forged one", async () => {
  const lb = `arn:aws:elasticloadbalancing:${event.region}:${event.account}:loadbalancer/app/checkout-prod/50dc6c495c0c9188`
  const deliver = (payload: object) =>
    runActionInProcess({
      env: standIns.env,
      eventName: 'repository_dispatch',
      webhook: { action: 'aws-incident', client_payload: { event: payload } }
    })
  const here = await deliver(healthEvent(1, event.region, 'ELASTICLOADBALANCING', [lb]))
  expect(here.outputs.action).toBe('created')
  const elsewhere = await deliver(healthEvent(2, 'ap-south-1', 'ELASTICLOADBALANCING', []))
  expect(elsewhere.outputs.action).toBe('created')
  // Someone with write access opens issues that look like Health incidents': one with a record
  // marker whose seal OpsLoop did not make, one with the genuine issue's body copied.
  const repo = standIns.github.state.repo('acme', 'ops')
  if (!repo) throw new Error('no repository')
  const fake = (body: string) =>
    standIns.github.state.createIssue(repo, {
      title: '[incident] AWS Health Event: AWS_ELASTICLOADBALANCING_OPERATIONAL_ISSUE',
      body,
      labels: ['opsloop', 'source:health'],
      user: 'mallory'
    }).number
  const forged = fake(
    `| Occurrences | 1 |\n<!-- opsloop:record ${Buffer.from('{"kind":"state"}').toString('base64url')}.${'0'.repeat(64)} -->`
  )
  const healthIssue = Number(here.outputs['issue-number'])
  const copied = fake(standIns.github.state.issue('acme/ops', healthIssue)?.body ?? '')

  const { run, body } = await freshIncident('b1c2d3e4-0000-4000-8000-000000000009')
  const snapshot = parseSnapshot(
    readFileSync(join(run.outputs.snapshot ?? '', SNAPSHOT_FILE), 'utf8'),
    'snapshot.json'
  ).snapshot
  // One entry: the genuine issue's, not the copy's; nothing from the forgery or the other Region.
  expect(snapshot.awsHealth).toEqual([
    {
      at: new Date(Math.floor((at - 15 * 60_000) / 1000) * 1000).toISOString(),
      eventTypeCode: 'AWS_ELASTICLOADBALANCING_OPERATIONAL_ISSUE',
      service: 'ELASTICLOADBALANCING',
      statusCode: 'open',
      relevance: `names ${lb}, which the incident concerns`,
      issue: healthIssue
    }
  ])
  expect([forged, copied].every((n) => n > healthIssue)).toBe(true)
  // The stack trace's evidence is strong, so the commit stands; the issue says what it outweighed.
  expect(body).toContain(`Commit acme/ops@${CULPRIT}`)
  expect(body).toMatch(
    new RegExp(
      `Also seen, and outweighed by the strong evidence above: AWS Health reports AWS\\\\_ELASTICLOADBALANCING\\\\_OPERATIONAL\\\\_ISSUE \\(ELASTICLOADBALANCING\\) from [^(]+\\(\`#${healthIssue}\`; names arn:aws:elasticloadbalancing:${event.region}:`
    )
  )
  // Without the stack trace, the Health event is the answer: no change is named.
  const loaded = parseSnapshot(
    readFileSync(join(run.outputs.snapshot ?? '', SNAPSHOT_FILE), 'utf8'),
    'snapshot.json'
  )
  for (const service of Object.values(loaded.snapshot.services ?? {}))
    for (const line of service?.logs ?? [])
      line.message = line.message.replace(/\(File .*\)/, '').replace(/'rate'/, "'x'")
  const replayed = replayAttribution(loaded)
  expect(replayed.suspect).toBeUndefined()
  expect(replayed.none).toMatch(
    new RegExp(
      `^an operational cause explains it: AWS Health reports AWS_ELASTICLOADBALANCING_OPERATIONAL_ISSUE .*#${healthIssue}`
    )
  )
  standIns.github.assertNoViolations()
})
