// The SSM runner driven through the real @aws-sdk/client-ssm against the SSM stand-in. The runner's
// sleep advances the stand-in's virtual clock, so nothing waits on real time: a 15-minute delivery
// timeout takes milliseconds, and every phase is seen in the same order on any machine.
import { SSMClient } from '@aws-sdk/client-ssm'
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import { ConfiguredRetryStrategy } from '@smithy/core/retry'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  renderAction as renderAnyAction,
  type RenderContext,
  type RunbookAction
} from '../../src/execution/render.js'
import type { SsmRequest } from '../../src/execution/request.js'
import { ssmRunner } from '../../src/adapters/aws/ssm.js'
import type { WaitOptions } from '../../src/execution/ports.js'
import { ssmInstanceDirectory } from '../../src/adapters/aws/ssm-instances.js'
import { bindInstances, buildPlan, type Plan } from '../../src/plan/plan.js'
import type { CatalogRunbook } from '../../src/triage/types.js'
import { starterCatalog } from '../helpers/catalog.js'
import { STARTER_SCENARIOS, exampleIncident } from '../helpers/starter-scenarios.js'
import {
  sandboxExecutor,
  scriptedExecutor,
  type Executor
} from '../../harness/standins/aws/executors.js'
import { AwsError, startAwsServer, type AwsServer } from '../../harness/standins/aws/protocol.js'
import { createSsmService, type SsmStandInOptions } from '../../harness/standins/aws/ssm.js'

/** The SSM request an SSM action renders to (these tests render no workflow dispatches). */
function renderAction(...args: Parameters<typeof renderAnyAction>): SsmRequest {
  const request = renderAnyAction(...args)
  if (request.kind === 'workflow') throw new Error('not an SSM action')
  return request
}

const T0 = Date.parse('2025-06-01T12:00:00Z')
const A = 'i-0aaaaaaaaaaaaaaa1'
const B = 'i-0bbbbbbbbbbbbbbb2'
const C = 'i-0ccccccccccccccc3'
const ROLE = 'checkout-web'
const CTX: RenderContext = {
  issueUrl: 'https://github.com/acme/ops/issues/42',
  runUrl: 'https://github.com/acme/ops/actions/runs/1',
  approvers: ['alice'],
  step: 'execution',
  digest: '0123456789abcdef'.repeat(4)
}

let catalog: CatalogRunbook[]
const servers: AwsServer[] = []
const clients: SSMClient[] = []
const scratch = mkdtempSync(join(tmpdir(), 'opsloop-runner-'))

beforeAll(async () => {
  catalog = await starterCatalog()
})
afterEach(async () => {
  for (const client of clients.splice(0)) client.destroy()
  await Promise.all(servers.splice(0).map((s) => s.close()))
})
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true })
})

const entry = (id: string): CatalogRunbook => {
  const found = catalog.find((c) => c.runbook.id === id)
  if (!found) throw new Error(`no runbook ${id}`)
  return found
}
/** The plan for an example incident, from the bare event and what AWS knows about it. */
const examplePlan = async (id: string, file: string): Promise<Plan> => {
  const scenario = STARTER_SCENARIOS.find((s) => s.example === `${id}/${file}` && !s.variant)
  if (!scenario) throw new Error(`no scenario for ${id}/${file}`)
  return buildPlan(entry(id), await exampleIncident(scenario))
}

/**
 * restart-systemd-service for the checkout-web fleet, from its example incident: the tag targets
 * bound to the instances that carry them, through the real instance directory over SSM.
 */
async function restartRequest(client: SSMClient): Promise<SsmRequest> {
  const rb = entry('restart-systemd-service').runbook
  const plan = await examplePlan('restart-systemd-service', 'alb-target-5xx.json')
  const tags = plan.targets?.kind === 'tags' ? plan.targets.tags : {}
  const bound = bindInstances(plan, rb.targets.max, await ssmInstanceDirectory(client).tagged(tags))
  return renderAction(rb.execution, bound, { ...CTX, step: 'execution' })
}

/** A shell action on instance A (the plan is made by hand: these commands are no runbook's). */
function shellRequest(
  commands: [string, ...string[]],
  params: Record<string, string> = {},
  extra: Partial<RunbookAction> = {}
): SsmRequest {
  return renderAction(
    { runCommand: { document: 'AWS-RunShellScript', commands }, ...extra },
    {
      parameters: Object.entries(params).map(([name, value]) => ({
        name,
        value,
        source: 'default' as const,
        sensitive: false
      })),
      targets: { kind: 'instances', ids: [A] }
    },
    CTX
  )
}

async function harness(options: SsmStandInOptions = {}) {
  const ssm = createSsmService({ startTime: T0, autoAdvanceMs: 0, ...options })
  const server = await startAwsServer([ssm.service], [])
  const client = new SSMClient({
    endpoint: server.url,
    region: 'us-east-1',
    credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
    // The SDK's own retry strategy, with a 10 ms backoff instead of seconds.
    retryStrategy: new ConfiguredRetryStrategy(4, () => 10)
  })
  servers.push(server)
  clients.push(client)
  const { control } = ssm
  const timing: Omit<WaitOptions, 'timeoutMs'> = {
    // Sleeping moves the stand-in's clock: virtual time only.
    sleep: (ms) => {
      control.clock.advance(ms)
      return Promise.resolve()
    },
    now: () => control.clock.now(),
    pollMs: 1000
  }
  const calls = (operation: string) => server.calls.filter((c) => c.operation === operation)
  return { control, server, client, runner: ssmRunner(client), timing, calls }
}

const says = (stdout: string, exitCode = 0, stderr = ''): Executor =>
  scriptedExecutor([], { exitCode, stdout, stderr })

describe('Run Command', () => {
  it('waits for every target and returns each one’s output', async () => {
    const { control, runner, timing, calls, client } = await harness()
    const a = scriptedExecutor([], { exitCode: 0, stdout: 'restarted on a\n' })
    control.registerInstance({ instanceId: A, tags: { Role: ROLE }, executor: a })
    control.registerInstance({
      instanceId: B,
      tags: { Role: ROLE },
      executor: says('restarted on b\n')
    })
    control.registerInstance({ instanceId: 'i-0ccccccccccccccc3', tags: { Role: 'db' } })

    const request = await restartRequest(client)
    const id = await runner.start(request)
    const result = await runner.wait('command', id, { timeoutMs: 600_000, ...timing })

    expect(result).toEqual({
      kind: 'command',
      id,
      status: 'Success',
      detail: 'Command Success; 2 targets: 2 Success',
      targets: [
        {
          target: A,
          status: 'Success',
          detail: 'Success',
          stdout: 'restarted on a\n',
          stderr: '',
          stdoutTruncated: false,
          stderrTruncated: false
        },
        {
          target: B,
          status: 'Success',
          detail: 'Success',
          stdout: 'restarted on b\n',
          stderr: '',
          stdoutTruncated: false,
          stderrTruncated: false
        }
      ],
      startedAt: new Date(T0).toISOString(),
      endedAt: new Date(T0 + 3000).toISOString()
    })
    // The node ran exactly the rendered lines, prelude first.
    expect(a.requests).toMatchObject([
      { commands: request.input.Parameters?.commands, executionTimeoutSeconds: 120 }
    ])
    // Right after sending, the listing is empty: that is "not yet", not "no targets".
    expect(calls('ListCommandInvocations')[0]?.output).toMatchObject({ CommandInvocations: [] })
    expect(calls('CancelCommand')).toEqual([])
  })

  it('reports a partial failure per target, with the exit code and stderr', async () => {
    const { control, runner, timing, client } = await harness()
    control.registerInstance({ instanceId: A, tags: { Role: ROLE }, executor: says('ok\n') })
    control.registerInstance({
      instanceId: B,
      tags: { Role: ROLE },
      executor: says('', 3, 'Job for nginx.service failed\n')
    })
    const id = await runner.start(await restartRequest(client))
    const result = await runner.wait('command', id, { timeoutMs: 600_000, ...timing })

    expect(result.status).toBe('Failed')
    expect(result.detail).toBe('Command Failed; 2 targets: 1 Success, 1 Failed')
    expect(result.targets).toEqual([
      expect.objectContaining({ target: A, status: 'Success', stdout: 'ok\n' }),
      expect.objectContaining({
        target: B,
        status: 'Failed',
        detail: 'Failed; exit code 3',
        stderr: 'Job for nginx.service failed\nfailed to run commands: exit status 3'
      })
    ])
  })

  it('reports an offline agent as Undeliverable once the delivery timeout passes', async () => {
    const { control, runner, timing } = await harness()
    control.registerInstance({ instanceId: A, pingStatus: 'ConnectionLost' })
    // free-disk-space gives SSM a 900 s delivery timeout; OpsLoop would wait longer.
    const plan = await examplePlan('free-disk-space', 'root-volume-xfs.json')
    const request = renderAction(entry('free-disk-space').runbook.execution, plan, CTX)
    if (request.kind !== 'command') throw new Error('expected a command')
    const id = await runner.start({
      ...request,
      input: { ...request.input, InstanceIds: [A] }
    })
    const result = await runner.wait('command', id, {
      timeoutMs: 3_600_000,
      ...timing,
      pollMs: 5000
    })

    expect(result).toMatchObject({
      status: 'TimedOut',
      detail: 'Command TimedOut; 1 target: 1 Undeliverable',
      targets: [
        { target: A, status: 'Undeliverable', detail: 'DeliveryTimedOut', stdout: '', stderr: '' }
      ],
      endedAt: new Date(T0 + 900_000).toISOString()
    })
    expect(control.clock.now() - T0).toBeLessThan(930_000)
  })

  it('binds no plan when no managed node carries the tags, and fails a tag-targeted command that matched none', async () => {
    const { control, runner, timing, client } = await harness()
    control.registerInstance({ instanceId: A, tags: { Role: 'db' } })
    // OpsLoop never sends tag targets of its own: the plan is refused before anything is sent...
    await expect(restartRequest(client)).rejects.toThrow(/names no instances/)
    // ...and should a tag-targeted command reach the runner anyway, SSM's "Success" over zero
    // nodes is still a failure.
    const id = await runner.start({
      kind: 'command',
      input: {
        DocumentName: 'AWS-RunShellScript',
        Targets: [{ Key: 'tag:Role', Values: [ROLE] }],
        Parameters: { commands: ['true'] }
      },
      display: { parameters: {}, targets: [`tag:Role=${ROLE}`], timeoutSeconds: 600 }
    })
    const result = await runner.wait('command', id, { timeoutMs: 600_000, ...timing })
    expect(result).toMatchObject({
      status: 'Failed',
      detail: 'Command Success; 0 targets; no managed node matched the targets',
      targets: []
    })
  })

  it('rides out throttling: the SDK retries each call, polling survives retries running out', async () => {
    const { control, runner, timing, calls } = await harness()
    control.registerInstance({ instanceId: A, executor: says('fine\n') })
    control.throttle('SendCommand', 2)
    control.throttle('ListCommandInvocations', 3)
    control.throttle('GetCommandInvocation', 3)
    // More than the client's 4 attempts: one polling round is lost, not the run.
    control.throttle('ListCommands', 9)

    const id = await runner.start(shellRequest(['set -euo pipefail', 'echo fine']))
    const result = await runner.wait('command', id, { timeoutMs: 600_000, ...timing })

    expect(result).toMatchObject({ status: 'Success', targets: [{ target: A, stdout: 'fine\n' }] })
    const throttled = (op: string) =>
      calls(op).filter((c) => c.errorType === 'ThrottlingException').length
    expect(throttled('SendCommand')).toBe(2)
    expect(throttled('ListCommands')).toBe(9)
    expect(throttled('ListCommandInvocations')).toBe(3)
    expect(throttled('GetCommandInvocation')).toBe(3)
  })

  it('tolerates InvocationDoesNotExist right after sending', async () => {
    const { control, runner, timing, calls } = await harness()
    control.registerInstance({ instanceId: A, executor: says('here\n') })
    const missing = () =>
      new AwsError(
        'InvocationDoesNotExist',
        'The command ID and instance ID you specified did not match any invocations.'
      )
    control.failNext('ListCommandInvocations', missing(), 1)
    control.failNext('GetCommandInvocation', missing(), 2)

    const id = await runner.start(shellRequest(['set -euo pipefail', 'echo here']))
    const result = await runner.wait('command', id, { timeoutMs: 600_000, ...timing })

    expect(result).toMatchObject({ status: 'Success', targets: [{ target: A, stdout: 'here\n' }] })
    expect(calls('GetCommandInvocation').map((c) => c.errorType ?? c.status)).toEqual([
      'InvocationDoesNotExist',
      'InvocationDoesNotExist',
      200
    ])
  })

  it('falls back to the listing’s capped output when GetCommandInvocation keeps failing', async () => {
    const { control, runner, timing } = await harness()
    control.registerInstance({ instanceId: A, executor: says('y'.repeat(3000)) })
    control.failNext('GetCommandInvocation', new AwsError('InvocationDoesNotExist', 'gone'), 3)
    const id = await runner.start(shellRequest(['set -euo pipefail', 'yes']))
    const result = await runner.wait('command', id, { timeoutMs: 600_000, ...timing })
    expect(result.targets).toEqual([
      {
        target: A,
        status: 'Success',
        detail: 'Success; output from ListCommandInvocations',
        stdout: 'y'.repeat(2500),
        stdoutTruncated: true,
        stderrTruncated: false
      }
    ])
  })

  it('cancels the command and reports TimedOut when the overall timeout passes', async () => {
    // Each command runs for an hour of virtual time.
    const { control, runner, timing, calls } = await harness({ timings: { runMs: 3_600_000 } })
    control.registerInstance({ instanceId: A })
    const id = await runner.start(shellRequest(['set -euo pipefail', 'sleep 3600']))
    const result = await runner.wait('command', id, { timeoutMs: 30_000, ...timing })

    expect(result).toMatchObject({
      status: 'TimedOut',
      detail:
        'Command Cancelled; 1 target: 1 Cancelled; OpsLoop stopped waiting after 30s and cancelled the run',
      targets: [{ target: A, status: 'Cancelled' }]
    })
    expect(calls('CancelCommand')).toMatchObject([{ input: { CommandId: id } }])
    // It stopped at the deadline, not at the command's own end.
    expect(control.clock.now() - T0).toBeLessThan(40_000)
  })

  it('cancels the command and reports Cancelled when shouldCancel says so (/cancel)', async () => {
    const { control, runner, timing, calls } = await harness({ timings: { runMs: 3_600_000 } })
    control.registerInstance({ instanceId: A })
    let asked = 0
    const shouldCancel = (): Promise<boolean> => {
      asked++
      // A failing check is not a cancel request: the run goes on.
      if (asked === 2) return Promise.reject(new Error('GitHub is down'))
      return Promise.resolve(asked >= 4)
    }
    const id = await runner.start(shellRequest(['set -euo pipefail', 'sleep 3600']))
    const result = await runner.wait('command', id, { timeoutMs: 600_000, shouldCancel, ...timing })

    expect(asked).toBe(4)
    expect(result).toMatchObject({
      status: 'Cancelled',
      detail: 'Command Cancelled; 1 target: 1 Cancelled; cancelled on request',
      targets: [{ target: A, status: 'Cancelled' }]
    })
    expect(calls('CancelCommand')).toHaveLength(1)
  })

  it('flags output that reached SSM’s 24,000 / 8,000 character limits', async () => {
    const { control, runner, timing } = await harness()
    control.registerInstance({
      instanceId: A,
      executor: says('o'.repeat(30_000), 0, 'e'.repeat(9_000))
    })
    control.registerInstance({
      instanceId: B,
      executor: says('o'.repeat(23_999), 0, 'e'.repeat(7_999))
    })
    const request = shellRequest(['set -euo pipefail', 'chatty'])
    if (request.kind !== 'command') throw new Error('expected a command')
    const id = await runner.start({ ...request, input: { ...request.input, InstanceIds: [A, B] } })
    const result = await runner.wait('command', id, { timeoutMs: 600_000, ...timing })

    const [a, b] = result.targets
    expect(a).toMatchObject({ target: A, stdoutTruncated: true, stderrTruncated: true })
    expect(a?.stdout).toHaveLength(24_000)
    expect(a?.stderr).toHaveLength(8_000)
    expect(b).toMatchObject({ target: B, stdoutTruncated: false, stderrTruncated: false })
  })

  it('cancel() cancels a running command', async () => {
    const { control, runner, timing } = await harness({ timings: { runMs: 3_600_000 } })
    control.registerInstance({ instanceId: A })
    const id = await runner.start(shellRequest(['set -euo pipefail', 'sleep 3600']))
    control.clock.advance(2500)
    await runner.cancel('command', id)
    const result = await runner.wait('command', id, { timeoutMs: 600_000, ...timing })
    // Someone else's cancel (the console, a rerun) reads as Cancelled too.
    expect(result).toMatchObject({
      status: 'Cancelled',
      detail: 'Command Cancelled; 1 target: 1 Cancelled'
    })
  })

  it('works against the stand-in’s demo clock, which moves on every read', async () => {
    const { control, runner } = await harness({ autoAdvanceMs: 1000 })
    control.registerInstance({ instanceId: A, executor: says('demo\n') })
    const id = await runner.start(shellRequest(['set -euo pipefail', 'echo demo']))
    const result = await runner.wait('command', id, {
      timeoutMs: 600_000,
      sleep: () => Promise.resolve(),
      now: () => control.clock.now(),
      pollMs: 1000
    })
    expect(result).toMatchObject({ status: 'Success', targets: [{ stdout: 'demo\n' }] })
  })

  it('runs hostile parameter values through SSM and a real bash as plain data', async () => {
    const { control, runner, timing } = await harness()
    const sandbox = sandboxExecutor({ root: join(scratch, 'e2e') })
    control.registerInstance({ instanceId: A, executor: sandbox })
    for (const value of ["'; rm -rf / #", '$(id)', 'line one\nline two `id`']) {
      const id = await runner.start(
        shellRequest(['set -euo pipefail', 'printf "%s" {{ params.v }}'], { v: value })
      )
      const result = await runner.wait('command', id, { timeoutMs: 600_000, ...timing })
      expect(result).toMatchObject({ status: 'Success', targets: [{ stdout: value, stderr: '' }] })
    }
  })
})

describe('Automation', () => {
  const ecsSteps = [
    { name: 'parseServiceArn', action: 'aws:executeScript' },
    {
      name: 'forceNewDeployment',
      action: 'aws:executeAwsApi',
      outputs: { DeploymentId: ['ecs-svc/77'] }
    },
    { name: 'waitForRolloutToEnd', action: 'aws:waitForAwsResourceProperty' }
  ]
  const forceNewDeployment = async (): Promise<SsmRequest> => {
    const plan = await examplePlan('ecs-force-new-deployment', 'task-start-impaired.json')
    return renderAction(entry('ecs-force-new-deployment').runbook.execution, plan, CTX)
  }

  it('waits for Success and reports each step and the outputs', async () => {
    const { control, runner, timing, calls } = await harness()
    control.automationOutcome('OpsLoop-ECSForceNewDeployment', {
      steps: ecsSteps,
      outputs: { 'forceNewDeployment.DeploymentId': ['ecs-svc/77'] },
      requiredParameters: ['ServiceArn']
    })
    const id = await runner.start(await forceNewDeployment())
    const result = await runner.wait('automation', id, { timeoutMs: 2_400_000, ...timing })

    expect(result).toEqual({
      kind: 'automation',
      id,
      status: 'Success',
      detail: 'Automation Success',
      targets: [
        {
          target: 'parseServiceArn',
          status: 'Success',
          detail: 'Success',
          stdoutTruncated: false,
          stderrTruncated: false
        },
        {
          target: 'forceNewDeployment',
          status: 'Success',
          detail: 'Success',
          stdout: 'DeploymentId: ecs-svc/77',
          stdoutTruncated: false,
          stderrTruncated: false
        },
        {
          target: 'waitForRolloutToEnd',
          status: 'Success',
          detail: 'Success',
          stdoutTruncated: false,
          stderrTruncated: false
        }
      ],
      startedAt: new Date(T0).toISOString(),
      endedAt: new Date(T0 + 4000).toISOString(),
      outputs: { 'forceNewDeployment.DeploymentId': ['ecs-svc/77'] }
    })
    // Rate-controlled: one child run for the one service, whose steps and outputs are the run's.
    expect(calls('StartAutomationExecution')[0]?.input).toMatchObject({
      DocumentName: 'OpsLoop-ECSForceNewDeployment',
      TargetParameterName: 'ServiceArn',
      Targets: [
        {
          Key: 'ParameterValues',
          Values: ['arn:aws:ecs:eu-west-1:111122223333:service/payments-prod/checkout-api']
        }
      ],
      Tags: expect.arrayContaining([{ Key: 'opsloop:step', Value: 'execution' }])
    })
  })

  it('reports a failure with SSM’s failure message on the run and on the step', async () => {
    const { control, runner, timing } = await harness()
    control.automationOutcome('OpsLoop-ECSForceNewDeployment', {
      steps: ecsSteps,
      status: 'Failed',
      failedStep: 'waitForRolloutToEnd',
      failureMessage: 'rolloutState is FAILED'
    })
    const id = await runner.start(await forceNewDeployment())
    const result = await runner.wait('automation', id, { timeoutMs: 2_400_000, ...timing })
    expect(result).toMatchObject({
      status: 'Failed',
      detail: 'Automation Failed; rolloutState is FAILED',
      targets: [
        { target: 'parseServiceArn', status: 'Success' },
        { target: 'forceNewDeployment', status: 'Success' },
        {
          target: 'waitForRolloutToEnd',
          status: 'Failed',
          detail: 'Failed; rolloutState is FAILED'
        }
      ]
    })
    expect(result.outputs).toBeUndefined()
  })

  it('keeps a step timeout of the document without stopping anything', async () => {
    const { control, runner, timing, calls } = await harness()
    control.automationOutcome('OpsLoop-ECSForceNewDeployment', {
      steps: ecsSteps,
      status: 'TimedOut'
    })
    const id = await runner.start(await forceNewDeployment())
    const result = await runner.wait('automation', id, { timeoutMs: 2_400_000, ...timing })
    // The run is the parent of a rate-controlled run: Failed, as its one child did not succeed;
    // that child's own TimedOut is in the detail and on its step.
    expect(result).toMatchObject({
      status: 'Failed',
      detail: 'Automation Failed; TimedOut; Step fails when it is timed out.',
      targets: [
        { target: 'parseServiceArn', status: 'Success' },
        { target: 'forceNewDeployment', status: 'Success' },
        { target: 'waitForRolloutToEnd', status: 'TimedOut' }
      ]
    })
    expect(calls('StopAutomationExecution')).toEqual([])
  })

  it('stops the run and reports TimedOut when the overall timeout passes', async () => {
    const { control, runner, timing, calls } = await harness({ timings: { stepMs: 3_600_000 } })
    control.automationOutcome('OpsLoop-ECSForceNewDeployment', { steps: ecsSteps })
    const id = await runner.start(await forceNewDeployment())
    const result = await runner.wait('automation', id, { timeoutMs: 60_000, ...timing })
    expect(result).toMatchObject({
      status: 'TimedOut',
      detail: 'Automation Cancelled; OpsLoop stopped waiting after 60s and stopped the run',
      targets: [{ target: 'parseServiceArn', status: 'Cancelled' }]
    })
    expect(calls('StopAutomationExecution')).toMatchObject([
      { input: { AutomationExecutionId: id, Type: 'Cancel' } }
    ])
    expect(control.clock.now() - T0).toBeLessThan(70_000)
  })

  it('stops the run and reports Cancelled on request', async () => {
    const { control, runner, timing } = await harness({ timings: { stepMs: 3_600_000 } })
    control.automationOutcome('OpsLoop-ECSForceNewDeployment', { steps: ecsSteps })
    const id = await runner.start(await forceNewDeployment())
    const result = await runner.wait('automation', id, {
      timeoutMs: 2_400_000,
      shouldCancel: () => Promise.resolve(true),
      ...timing
    })
    expect(result).toMatchObject({
      status: 'Cancelled',
      detail: 'Automation Cancelled; stopped on request'
    })
  })

  /** AWS-RestartEC2Instance once per instance, rate-controlled as `extra` says. */
  const restartEach = (ids: string[], extra: Partial<RunbookAction> = {}): SsmRequest =>
    renderAction(
      {
        automation: {
          document: 'AWS-RestartEC2Instance',
          parameters: { InstanceId: ['{{ targets }}'] }
        },
        ...extra
      },
      { parameters: [], targets: { kind: 'instances', ids } },
      CTX
    )

  it('reports a rate-controlled run per target: the parent’s status, the failed child’s message, the rest not started', async () => {
    const { control, runner, timing, calls } = await harness()
    control.automationTargetOutcome('AWS-RestartEC2Instance', B, {
      status: 'Failed',
      failedStep: 'stopInstances',
      failureMessage: 'instance is in the stopping state'
    })
    const id = await runner.start(restartEach([A, B, C], { maxConcurrency: '1', maxErrors: '0' }))
    const result = await runner.wait('automation', id, { timeoutMs: 1_800_000, ...timing })
    expect(result).toEqual({
      kind: 'automation',
      id,
      status: 'Failed',
      detail:
        'Automation Failed; 3 targets: 1 Success, 1 Failed, 1 Terminated; i-0bbbbbbbbbbbbbbb2: instance is in the stopping state',
      targets: [
        {
          target: A,
          status: 'Success',
          detail: 'Success',
          stdoutTruncated: false,
          stderrTruncated: false
        },
        {
          target: B,
          status: 'Failed',
          detail: 'Failed; instance is in the stopping state',
          stdoutTruncated: false,
          stderrTruncated: false
        },
        {
          target: C,
          status: 'Terminated',
          detail: 'Terminated; not started: more targets failed than MaxErrors allows',
          stdoutTruncated: false,
          stderrTruncated: false
        }
      ],
      startedAt: new Date(T0).toISOString(),
      // One at a time: A (3 s), then B, which fails in its first step (2 s).
      endedAt: new Date(T0 + 5000).toISOString()
    })
    expect(calls('DescribeAutomationExecutions')[0]?.input).toMatchObject({
      Filters: [{ Key: 'ParentExecutionId', Values: [id] }]
    })
  })

  it('runs targets side by side up to MaxConcurrency, each target’s outputs on its row', async () => {
    const { control, runner, timing } = await harness()
    control.automationOutcome('AWS-RestartEC2Instance', {
      outputs: { 'startInstances.State': ['running'] }
    })
    const id = await runner.start(restartEach([A, B], { maxConcurrency: '2' }))
    const result = await runner.wait('automation', id, { timeoutMs: 1_800_000, ...timing })
    expect(result).toMatchObject({
      status: 'Success',
      detail: 'Automation Success; 2 targets: 2 Success',
      targets: [
        { target: A, status: 'Success', stdout: 'startInstances.State: running' },
        { target: B, status: 'Success', stdout: 'startInstances.State: running' }
      ],
      endedAt: new Date(T0 + 3000).toISOString()
    })
    // Several targets' outputs are not the run's: each may differ.
    expect(result.outputs).toBeUndefined()
  })

  it('stops a rate-controlled run on request: its running child and the targets not started read Cancelled', async () => {
    const { runner, timing, calls } = await harness({ timings: { stepMs: 3_600_000 } })
    const id = await runner.start(restartEach([A, B], { maxConcurrency: '1' }))
    const result = await runner.wait('automation', id, {
      timeoutMs: 1_800_000,
      shouldCancel: () => Promise.resolve(true),
      ...timing
    })
    expect(result).toMatchObject({
      status: 'Cancelled',
      detail: 'Automation Cancelled; 2 targets: 2 Cancelled; stopped on request',
      targets: [
        { target: A, status: 'Cancelled', detail: 'Cancelled' },
        { target: B, status: 'Cancelled', detail: 'Cancelled; not started: the run was stopped' }
      ]
    })
    expect(calls('StopAutomationExecution')).toMatchObject([
      { input: { AutomationExecutionId: id, Type: 'Cancel' } }
    ])
  })

  it('cancel() of a run that already ended is not an error', async () => {
    const { runner, timing } = await harness()
    const plan = await examplePlan('reboot-ec2-instance', 'instance-status-check-failed.json')
    const id = await runner.start(
      renderAction(entry('reboot-ec2-instance').runbook.execution, plan, CTX)
    )
    const result = await runner.wait('automation', id, { timeoutMs: 1_800_000, ...timing })
    expect(result.targets.map((t) => [t.target, t.status])).toEqual([
      ['stopInstances', 'Success'],
      ['startInstances', 'Success']
    ])
    await expect(runner.cancel('automation', id)).resolves.toBeUndefined()
  })
})
