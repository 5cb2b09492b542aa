// ECS types its own events (`detail.eventType`): an INFO service action or deployment event says
// things went as they should, so intake opens no issue for it, and says why in one line; WARN and
// ERROR events are incidents as before.
import { describe, expect, it, jest } from '@jest/globals'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { Redactor } from '../../src/context/redact.js'
import { intakeCommand, intakeDecision } from '../../src/flows/intake.js'
import { classify, readPayload } from '../../src/intake/dispatch.js'
import { normalize } from '../../src/intake/normalize.js'
import type { IncidentIssues } from '../../src/intake/ports.js'
import { recordKey } from '../../src/issue/record.js'
import { rulesProvider } from '../../src/triage/rules.js'

const IGNORE = { insufficientData: 'ignore' } as const
const SERVICE = 'arn:aws:ecs:us-west-2:111122223333:service/default/checkout'

/** An ECS event as EventBridge delivers it (modelled on AWS's documented samples). */
function ecsEvent(detailType: string, detail: Record<string, unknown>): Record<string, unknown> {
  return {
    version: '0',
    id: `ecs-${String(detail.eventName)}`,
    'detail-type': detailType,
    source: 'aws.ecs',
    account: '111122223333',
    time: '2026-01-01T00:00:00Z',
    region: 'us-west-2',
    resources: [SERVICE],
    detail: {
      clusterArn: 'arn:aws:ecs:us-west-2:111122223333:cluster/default',
      createdAt: '2026-01-01T00:00:00.000Z',
      ...detail
    }
  }
}
const action = (eventType: string, eventName: string) =>
  ecsEvent('ECS Service Action', { eventType, eventName })
const deployment = (eventType: string, eventName: string) =>
  ecsEvent('ECS Deployment State Change', {
    eventType,
    eventName,
    deploymentId: 'ecs-svc/1234567890123456789',
    updatedAt: '2026-01-01T00:00:00Z',
    reason: `ECS deployment ecs-svc/1234567890123456789 ${eventName.toLowerCase()}.`
  })

const informational = (name: string) => `ECS reports ${name}, an informational event`

describe('ECS events by their event type', () => {
  it.each([
    ['ECS Service Action', action('INFO', 'SERVICE_STEADY_STATE')],
    ['ECS Service Action', action('INFO', 'TASKSET_STEADY_STATE')],
    ['ECS Service Action', action('INFO', 'CAPACITY_PROVIDER_STEADY_STATE')],
    ['ECS Service Action', action('INFO', 'SERVICE_DESIRED_COUNT_UPDATED')],
    ['ECS Service Action', action('INFO', 'TASKS_STOPPED')],
    ['ECS Deployment State Change', deployment('INFO', 'SERVICE_DEPLOYMENT_IN_PROGRESS')],
    ['ECS Deployment State Change', deployment('INFO', 'SERVICE_DEPLOYMENT_COMPLETED')]
  ])('%s INFO is skipped: %j', (_type, event) => {
    const name = (event.detail as { eventName: string }).eventName
    expect(classify(normalize(event), IGNORE)).toEqual({
      kind: 'skip',
      reason: informational(name)
    })
  })

  it.each([
    action('WARN', 'SERVICE_TASK_START_IMPAIRED'),
    action('WARN', 'SERVICE_DISCOVERY_INSTANCE_UNHEALTHY'),
    action('ERROR', 'SERVICE_TASK_PLACEMENT_FAILURE'),
    action('ERROR', 'SERVICE_TASK_CONFIGURATION_FAILURE'),
    deployment('ERROR', 'SERVICE_DEPLOYMENT_FAILED')
  ])('WARN and ERROR are incidents: %j', (event) => {
    expect(classify(normalize(event), IGNORE)).toEqual({ kind: 'incident' })
  })

  it('goes by the event type, not the name, and only for ECS', () => {
    // A name ECS may add later, typed INFO, is informational too; a known name typed WARN is not.
    expect(classify(normalize(action('INFO', 'SERVICE_SOMETHING_NEW')), IGNORE)).toMatchObject({
      kind: 'skip'
    })
    expect(classify(normalize(action('WARN', 'SERVICE_STEADY_STATE')), IGNORE)).toEqual({
      kind: 'incident'
    })
    const noName = ecsEvent('ECS Service Action', { eventType: 'INFO' })
    expect(classify(normalize(noName), IGNORE)).toEqual({
      kind: 'skip',
      reason: 'ECS reports an informational event (`eventType` INFO)'
    })
    const other = { ...action('INFO', 'SERVICE_STEADY_STATE'), source: 'acme.deployer' }
    expect(classify(normalize(other), IGNORE)).toEqual({ kind: 'incident' })
    // Task and container instance events carry no event type: they are read as before.
    const stopped = ecsEvent('ECS Task State Change', {
      lastStatus: 'STOPPED',
      stopCode: 'EssentialContainerExited'
    })
    expect(classify(normalize(stopped), IGNORE)).toEqual({ kind: 'incident' })
  })

  it('reads the event type however the event arrives: a PutEvents entry, in SNS, in the envelope', () => {
    const event = action('INFO', 'SERVICE_STEADY_STATE')
    const entry = {
      Source: 'aws.ecs',
      DetailType: 'ECS Service Action',
      Resources: [SERVICE],
      Detail: JSON.stringify(event.detail)
    }
    const sns = { Records: [{ Sns: { MessageId: 'm-1', Message: JSON.stringify(event) } }] }
    for (const payload of [entry, sns, { event, context: { severity: 'critical' } }])
      expect(classify(normalize(payload), IGNORE)).toEqual({
        kind: 'skip',
        reason: informational('SERVICE_STEADY_STATE')
      })
  })

  it('keeps the reason to one short line whatever the event name holds', () => {
    const event = action('INFO', `STEADY\n${'X'.repeat(300)}`)
    const decision = classify(normalize(event), IGNORE)
    expect(decision.kind).toBe('skip')
    const reason = decision.kind === 'skip' ? decision.reason : ''
    expect(reason).not.toMatch(/\n/)
    expect(reason.length).toBeLessThan(140)
  })
})

describe('intake skips them before it looks at GitHub', () => {
  it('intakeDecision says skip, and the redacted reason', () => {
    const delivery = readPayload({ event: action('INFO', 'SERVICE_STEADY_STATE'), context: {} })
    expect(intakeDecision(delivery, IGNORE, new Redactor())).toEqual({
      kind: 'skip',
      reason: informational('SERVICE_STEADY_STATE')
    })
  })

  it('intakeCommand returns skipped and makes no GitHub request', async () => {
    const find = jest.fn<IncidentIssues['find']>(() => Promise.resolve([]))
    const locked = jest.fn<(fp: string) => void>()
    const exclusive: IncidentIssues['exclusive'] = (fp, work) => {
      locked(fp)
      return work()
    }
    const create = jest.fn<IncidentIssues['create']>()
    const issues: IncidentIssues = {
      find,
      exclusive,
      create,
      comment: jest.fn<IncidentIssues['comment']>(),
      update: jest.fn<IncidentIssues['update']>(),
      addLabel: jest.fn<IncidentIssues['addLabel']>(),
      removeLabel: jest.fn<IncidentIssues['removeLabel']>()
    }
    const result = await intakeCommand({
      eventName: 'repository_dispatch',
      webhook: {
        action: 'aws-incident',
        client_payload: { event: deployment('INFO', 'SERVICE_DEPLOYMENT_COMPLETED') }
      },
      eventType: 'aws-incident',
      catalog: () => Promise.reject(new Error('the catalog is not needed')),
      issues,
      provider: rulesProvider,
      policy: { insufficientData: 'ignore', closeOnRecovery: false },
      records: { key: recordKey('ecs-test-record-key-0123456789abcdef'), repo: 'acme/ops' }
    })
    expect(result).toEqual({
      action: 'skipped',
      reason: informational('SERVICE_DEPLOYMENT_COMPLETED')
    })
    expect(locked).not.toHaveBeenCalled()
    expect(find).not.toHaveBeenCalled()
    expect(create).not.toHaveBeenCalled()
  })
})

// AWS's own samples from ../shared, when it is there (it is not shipped with the project).
const SHARED = join(process.cwd(), '..', 'shared', 'testdata', 'aws-events')
const SAMPLES: Record<string, 'skip' | 'incident'> = {
  'eb-ecs-service-action-steady-state.json': 'skip',
  'eb-ecs-service-action-task-start-impaired.json': 'incident',
  'eb-ecs-service-action-task-placement-failure.json': 'incident',
  'eb-ecs-deployment-state-change-failed.json': 'incident',
  'eb-ecs-task-state-change-running.json': 'incident',
  'eb-ecs-container-instance-state-change.json': 'incident'
}
const present = Object.keys(SAMPLES).filter((f) => existsSync(join(SHARED, f)))
if (present.length === 0) console.info(`skipping the shared ECS samples: ${SHARED} is absent`)
const whenShared = present.length > 0 ? describe : describe.skip

whenShared("AWS's ECS samples", () => {
  it.each(present.length > 0 ? present : ['(absent)'])('%s', (file) => {
    const event = JSON.parse(readFileSync(join(SHARED, file), 'utf8')) as unknown
    const decision = classify(normalize(event), IGNORE)
    expect(decision.kind).toBe(SAMPLES[file])
    if (file === 'eb-ecs-service-action-steady-state.json')
      expect(decision).toEqual({ kind: 'skip', reason: informational('SERVICE_STEADY_STATE') })
  })
})
