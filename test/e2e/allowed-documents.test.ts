// `allowed-documents` means the same in every job: a runbook that uses a document the repository
// allows (here the team's own `Acme-RunShellScript`) is proposed at intake, answered by the
// comment job and run by remediate, through the action bundle; without the input, the default
// allow-list leaves it out, as the pull-request check would.
import { afterAll, beforeAll, expect, it, jest } from '@jest/globals'
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runActionInProcess } from '../../harness/action-in-process.js'
import { scriptedExecutor } from '../../harness/standins/aws/executors.js'
import { startStandIns, type StandIns } from '../../harness/standins/index.js'
import { publishDocuments } from '../helpers/documents.js'
import { guardFleet } from '../helpers/guards.js'

// Each run is in process (harness/action-in-process.ts) without real-time waits; the timeout
// allows for a loaded machine.
jest.setTimeout(60_000)
const ALARM = 'acme-documents-alarm'
const ALLOWED = 'AWS-RunShellScript\nOpsLoop-*\nAcme-*'
const scratch = mkdtempSync(join(tmpdir(), 'opsloop-allowed-'))
const runbooks = join(scratch, 'runbooks')
let standIns: StandIns

beforeAll(async () => {
  cpSync('runbooks', runbooks, { recursive: true })
  const file = join(runbooks, 'restart-systemd-service.yaml')
  writeFileSync(
    file,
    readFileSync(file, 'utf8').replaceAll(
      'document: AWS-RunShellScript',
      'document: Acme-RunShellScript'
    )
  )
  standIns = await startStandIns({
    github: { now: () => new Date(), users: [{ login: 'alice', roles: { 'acme/ops': 'write' } }] },
    ssm: { timings: { hiddenMs: 0, pendingMs: 0, runMs: 0, stepMs: 0 } }
  })
  // The catalog's OpsLoop documents, as the publish workflow leaves them after a merge.
  await publishDocuments(standIns)
  standIns.ssm.registerDocument({
    name: 'Acme-RunShellScript',
    pluginName: 'aws:runShellScript',
    parameters: { commands: { required: true }, executionTimeout: { default: ['3600'] } },
    runCommand: ['{{ commands }}']
  })
  const fixes = scriptedExecutor([
    {
      match: 'systemctl restart',
      result: () => {
        standIns.cloudwatch.setAlarmState(ALARM, 'OK', 'restarted')
        return { exitCode: 0 }
      }
    }
  ])
  standIns.ssm.registerInstance({
    instanceId: 'i-0aaaaaaaaaaaaaaa1',
    tags: { Role: 'checkout-web' },
    executor: fixes
  })
  guardFleet(standIns, 'checkout-web')
  standIns.cloudwatch.putAlarm({ AlarmName: ALARM, StateValue: 'ALARM' })
})

afterAll(async () => {
  await standIns.stop()
  rmSync(scratch, { recursive: true, force: true })
})

function dispatch(id: string): object {
  const payload = JSON.parse(
    readFileSync('test/fixtures/dispatch/checkout-web-5xx-with-context.json', 'utf8')
  ) as { event: { id: string; resources: string[]; detail: { alarmName: string } } }
  payload.event.id = id
  payload.event.resources = [`arn:aws:cloudwatch:eu-west-1:111122223333:alarm:${id}`]
  payload.event.detail.alarmName = id
  return { action: 'aws-incident', client_payload: payload }
}

const run = (eventName: string, webhook: object, inputs: Record<string, string>) =>
  runActionInProcess({ env: standIns.env, eventName, webhook, inputs: { runbooks, ...inputs } })

it('reaches intake, comment and remediate', async () => {
  // The default allow-list drops the runbook at intake, with a warning that says why.
  const plain = await run('repository_dispatch', dispatch('acme-documents-default'), {
    command: 'intake'
  })
  expect(plain.outputs['runbook-id']).not.toBe('restart-systemd-service')
  expect(plain.stdout).toMatch(/::warning::runbook ignored: .*Acme-RunShellScript/)

  const intake = await run('repository_dispatch', dispatch(ALARM), {
    command: 'intake',
    'allowed-documents': ALLOWED
  })
  expect(intake.outputs).toMatchObject({
    action: 'created',
    'runbook-id': 'restart-systemd-service'
  })
  const issue = Number(intake.outputs['issue-number'])
  const digest = intake.outputs['plan-digest'] ?? ''
  expect(digest).toMatch(/^[0-9a-f]{64}$/)

  const comment = standIns.github.comment({
    issue,
    user: 'alice',
    body: `/approve ${digest.slice(0, 12)}`
  })
  const decided = await run(
    'issue_comment',
    { action: 'created', issue: { number: issue }, comment },
    { command: 'comment', 'allowed-documents': ALLOWED }
  )
  expect(decided.outputs).toMatchObject({ approved: 'true', 'plan-digest': digest })

  const remediated = await run(
    'issue_comment',
    {},
    {
      command: 'remediate',
      'issue-number': String(issue),
      'plan-digest': digest,
      approval: 'comment',
      'allowed-documents': ALLOWED
    }
  )
  expect(remediated.outputs.outcome).toBe('remediated')
  const sent = standIns.aws.calls.filter((c) => c.operation === 'SendCommand')
  expect(sent[0]?.input).toMatchObject({ DocumentName: 'Acme-RunShellScript' })
  standIns.github.assertNoViolations()
})
