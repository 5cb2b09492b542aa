// An ECS task state change says how each of the task's containers ended: the incident's
// `details.containers` lists `<name> exit <code>: <reason>` for every container with an exit code
// or a reason (at most five, `; `-joined), and is absent when no container says anything.
import { describe, expect, it } from '@jest/globals'
import { Ajv2020 } from 'ajv/dist/2020.js'
import { incidentSchema, type Incident } from '../../src/generated/incident.js'
import { normalize } from '../../src/intake/normalize.js'
import { incidentQuery } from '../../src/triage/lexical.js'

const validIncident = new Ajv2020({ allowUnionTypes: true, strictRequired: false }).compile(
  incidentSchema
)
const schemaErrors = (incident: Incident): unknown =>
  validIncident(incident) ? [] : validIncident.errors

const TASK = 'arn:aws:ecs:us-east-2:111122223333:task/payments/5d2f0c7e9a8b4c3d9e1f2a3b4c5d6e7f'
const OOM = 'OutOfMemoryError: Container killed due to memory usage'

/** A stopped task as EventBridge delivers it (as test/fixtures/aws-events/eb-ecs-task-stopped.json). */
function stoppedTask(containers?: unknown): Incident {
  return normalize({
    version: '0',
    id: '0f4e2a10-5b6c-4d7e-8f90-a1b2c3d4e520',
    'detail-type': 'ECS Task State Change',
    source: 'aws.ecs',
    account: '111122223333',
    time: '2026-03-02T15:00:00Z',
    region: 'us-east-2',
    resources: [TASK],
    detail: {
      clusterArn: 'arn:aws:ecs:us-east-2:111122223333:cluster/payments',
      taskArn: TASK,
      taskDefinitionArn: 'arn:aws:ecs:us-east-2:111122223333:task-definition/payments-api:42',
      group: 'service:payments-api',
      launchType: 'FARGATE',
      lastStatus: 'STOPPED',
      desiredStatus: 'STOPPED',
      stopCode: 'EssentialContainerExited',
      stoppedReason: 'Essential container in task exited',
      ...(containers === undefined ? {} : { containers }),
      stoppedAt: '2026-03-02T14:59:58.000Z',
      version: 6
    }
  })
}

/** A container as the event lists it; only `name`, `exitCode` and `reason` matter here. */
const container = (name: string, more: Record<string, unknown> = {}) => ({
  containerArn: `arn:aws:ecs:us-east-2:111122223333:container/payments/${name}`,
  name,
  lastStatus: 'STOPPED',
  ...more
})

describe('ECS task state change: how the containers ended', () => {
  it('names a container killed for memory with its exit code and reason', () => {
    const i = stoppedTask([container('api', { exitCode: 137, reason: OOM })])
    expect(i.details?.containers).toBe(`api exit 137: ${OOM}`)
    // Beside the task's own facts, which are unchanged.
    expect(i.details).toMatchObject({
      stoppedReason: 'Essential container in task exited',
      stopCode: 'EssentialContainerExited',
      taskDefinition: 'payments-api:42'
    })
    expect(schemaErrors(i)).toEqual([])
  })

  it('gives the exit code alone when the container gives no reason', () => {
    expect(stoppedTask([container('worker', { exitCode: 1 })]).details?.containers).toBe(
      'worker exit 1'
    )
    // An exit code of 0 is an exit code.
    expect(stoppedTask([container('init', { exitCode: 0 })]).details?.containers).toBe(
      'init exit 0'
    )
  })

  it('gives the reason alone when the container has no exit code', () => {
    const i = stoppedTask([container('api', { reason: 'CannotPullContainerError: not found' })])
    expect(i.details?.containers).toBe('api: CannotPullContainerError: not found')
  })

  it('lists only the containers that say something, in the order of the event', () => {
    const i = stoppedTask([
      container('api', { exitCode: 137, reason: OOM }),
      container('envoy'),
      container('worker', { exitCode: 1 })
    ])
    expect(i.details?.containers).toBe(`api exit 137: ${OOM}; worker exit 1`)
  })

  it('lists at most five containers', () => {
    const six = ['a', 'b', 'c', 'd', 'e', 'f'].map((name, n) =>
      container(name, { exitCode: n + 1 })
    )
    const listed = stoppedTask(six).details?.containers
    expect(listed).toBe('a exit 1; b exit 2; c exit 3; d exit 4; e exit 5')
    expect(listed).not.toContain('f exit 6')
  })

  it('counts the five among the containers that say something', () => {
    // Silent containers first do not use up the five places.
    const silent = ['s1', 's2', 's3'].map((name) => container(name))
    const loud = ['a', 'b', 'c', 'd', 'e'].map((name, n) => container(name, { exitCode: n + 1 }))
    expect(stoppedTask([...silent, ...loud]).details?.containers).toBe(
      'a exit 1; b exit 2; c exit 3; d exit 4; e exit 5'
    )
  })

  it('is absent when no container says anything, or there are none', () => {
    for (const containers of [undefined, [], [container('api'), container('envoy')]]) {
      const i = stoppedTask(containers)
      expect(i.details).toBeDefined()
      expect(i.details).not.toHaveProperty('containers')
      expect(schemaErrors(i)).toEqual([])
    }
  })

  it('skips what is not a container, and an empty reason', () => {
    const i = stoppedTask([null, 'api', 7, [], container('api', { reason: '' })])
    expect(i.details).not.toHaveProperty('containers')
    expect(stoppedTask({ api: { exitCode: 1 } }).details).not.toHaveProperty('containers')
    expect(stoppedTask([{ exitCode: 2 }]).details?.containers).toBe('container exit 2')
  })

  it('stays one line of at most 200 characters however much the containers say', () => {
    const five = ['a', 'b', 'c', 'd', 'e'].map((name) =>
      container(name, { exitCode: 137, reason: `${OOM}\nsee the task's logs` })
    )
    const i = stoppedTask(five)
    const listed = i.details?.containers ?? ''
    expect(listed.startsWith(`a exit 137: ${OOM} see the task's logs; b exit 137`)).toBe(true)
    expect(Array.from(listed).length).toBeLessThanOrEqual(200)
    expect(listed).not.toMatch(/[\p{Cc}]/u)
    expect(schemaErrors(i)).toEqual([])
  })

  it('is text the triage reads', () => {
    const i = stoppedTask([container('api', { exitCode: 137, reason: OOM })])
    expect(incidentQuery(i).text).toContain(`api exit 137: ${OOM}`)
  })
})
