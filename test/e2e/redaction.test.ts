// One redaction step, proved from the outside: an incident full of secrets goes through the
// action bundle with Bedrock triage, with more secrets in what GitHub itself reports (a
// deployment's description, a pull request's title, a release's name, a past incident's title),
// and neither the model's requests nor anything stored on GitHub contains any of them;
// placeholders show where they were.
import { afterAll, beforeAll, expect, it, jest } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { runActionInProcess } from '../../harness/action-in-process.js'
import { startStandIns, type StandIns } from '../../harness/standins/index.js'

jest.setTimeout(60_000)
let standIns: StandIns
const at = Date.now() - 60_000
const before = (minutes: number): string => new Date(at - minutes * 60_000).toISOString()
beforeAll(async () => {
  standIns = await startStandIns({
    github: {
      now: () => new Date(),
      deployments: [
        {
          environment: 'production',
          ref: 'main',
          description: `migrate with postgres://app:${SECRETS.dbPassword}@db.internal:5432/orders`,
          createdAt: before(10)
        }
      ],
      pulls: [{ title: `Rotate ${SECRETS.github}`, createdAt: before(60), mergedAt: before(20) }],
      releases: [{ tag: 'v1.0.1', name: `Hotfix by ${SECRETS.email}`, createdAt: before(30) }],
      issues: [
        {
          title: `[incident] checkout-web-target-5xx is ALARM in eu-west-1 ${SECRETS.awsKeyId}`,
          labels: ['opsloop', 'remediated'],
          state: 'closed'
        }
      ]
    }
  })
})
afterAll(async () => {
  await standIns.stop()
})

// Fake secrets in their real shapes (AWS's documented example keys; others assembled here).
const SECRETS = {
  awsSecret: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
  awsKeyId: 'AKIAIOSFODNN7EXAMPLE',
  github: ['ghp', '_', 'A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7r8'].join(''),
  jwt: ['eyJhbGciOiJIUzI1NiJ9', 'eyJzdWIiOiJvcHNsb29wIn0', 'c2lnbmF0dXJlLW5vdC1yZWFs'].join('.'),
  dbPassword: 'Tr0ub4dor-and-3',
  email: 'oncall.person@example.com'
}

it('lets no secret reach the model or GitHub', async () => {
  const payload = JSON.parse(
    readFileSync('test/fixtures/dispatch/checkout-web-5xx-with-context.json', 'utf8')
  ) as {
    event: {
      time: string
      detail: {
        configuration: { description?: string }
        state: { reason: string }
        extra?: unknown
      }
    }
    context: { tags: Record<string, string> }
  }
  payload.event.detail.configuration.description = `Checkout 5xx. aws_secret_access_key=${SECRETS.awsSecret} key ${SECRETS.awsKeyId}`
  payload.event.detail.state.reason = `Threshold Crossed; deploy token ${SECRETS.github}`
  payload.event.detail.extra = {
    session: `Authorization: Bearer ${SECRETS.jwt}`,
    db: `postgres://app:${SECRETS.dbPassword}@db.internal:5432/orders`,
    owner: SECRETS.email
  }
  payload.context.tags.owner = SECRETS.email
  payload.event.time = new Date(at).toISOString()
  standIns.bedrock.toolUse({
    summary: 'Targets return 5xx.',
    severity: 'high',
    causes: [{ cause: 'Service wedged.', confidence: 0.5, evidence: ['E1'] }],
    runbook: 'restart-systemd-service',
    parameters: {},
    rationale: 'E1.'
  })
  const run = await runActionInProcess({
    env: standIns.env,
    eventName: 'repository_dispatch',
    webhook: { action: 'aws-incident', client_payload: payload },
    inputs: { 'model-id': 'us.anthropic.claude-sonnet-4-5-20250929-v1:0' }
  })
  expect(run.outputs).toMatchObject({ action: 'created', 'triage-provider': 'bedrock' })

  const toModel = JSON.stringify(standIns.bedrock.requests)
  // Every GitHub source was read, and each became evidence the model saw.
  for (const label of [
    'deployment to production',
    'merged pull request',
    'release v1.0.1',
    'past incident #1'
  ])
    expect(toModel).toContain(label)
  const onGitHub = JSON.stringify(
    standIns.github.state
      .issuesOf('acme/ops')
      .filter((i) => i.number !== 1)
      .map((i) => ({
        title: i.title,
        body: i.body,
        labels: i.labels,
        comments: standIns.github.state.commentsOf('acme/ops', i.number).map((c) => c.body)
      }))
  )
  for (const secret of Object.values(SECRETS)) {
    expect(toModel).not.toContain(secret)
    expect(onGitHub).not.toContain(secret)
    expect(run.stdout).not.toContain(secret)
  }
  expect(onGitHub).toContain('[REDACTED:aws-secret-key#1]')
  expect(onGitHub).toContain('[REDACTED:github-token#1]')
  expect(toModel).toContain('[REDACTED:aws-secret-key#1]')
})
