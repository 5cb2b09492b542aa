// Which change broke it, end to end through the action's composition root and its real adapters:
// the bridge delivers the bare alarm; intake looks up the alarm's tags and log group, reads the
// logs and the metric history from CloudWatch and the deployments, their builds (compare API)
// and each commit's diff from GitHub, names the commit whose added line the errors' stack trace
// points at (inside its build, not at the head), rules out the deploy of another service a
// minute before the onset and the one that began after it, and writes the redacted snapshot
// that `opsloop triage --snapshot` replays to the same answer. A secret in a diff and in a log
// line never reaches the issue or the artifact.
import { afterAll, beforeAll, expect, it, jest } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { runActionInProcess } from '../../harness/action-in-process.js'
import { startStandIns, type StandIns } from '../../harness/standins/index.js'
import { runCli } from '../../src/cli.js'
import { BUILD_REQUESTS } from '../../src/adapters/github/changes.js'
import { MAX_BUILDS } from '../../src/context/gather.js'
import { parseSnapshot, replayAttribution, SNAPSHOT_FILE } from '../../src/flows/snapshot.js'

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

let standIns: StandIns
let pull = 0

beforeAll(async () => {
  standIns = await startStandIns({
    // The account and region the event comes from: the alarm ARN is one CloudWatch knows.
    region: event.region,
    account: event.account,
    github: { now: () => new Date() }
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
