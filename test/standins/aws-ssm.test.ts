// The SSM stand-in, driven through the real @aws-sdk/client-ssm: the Run Command lifecycle (with
// InvocationDoesNotExist first and the SDK's own waiter), per-target results, output truncation,
// cancel, offline agents, Automation runs (rate-controlled ones as a parent and one child per
// target), instance inventory with pagination, throttling under the SDK's retry strategy, the
// sandbox executor, and conformance with the Smithy model.
import {
  CancelCommandCommand,
  DescribeAutomationExecutionsCommand,
  DescribeInstanceInformationCommand,
  GetAutomationExecutionCommand,
  GetCommandInvocationCommand,
  ListCommandInvocationsCommand,
  ListCommandsCommand,
  SendCommandCommand,
  SSMClient,
  StartAutomationExecutionCommand,
  StopAutomationExecutionCommand,
  paginateDescribeInstanceInformation,
  waitUntilCommandExecuted,
  type AutomationExecutionFilter,
  type SSMClientConfig,
  type SendCommandCommandInput,
  type StartAutomationExecutionCommandInput
} from '@aws-sdk/client-ssm'
import { afterAll, afterEach, describe, expect, it } from '@jest/globals'
// The SDK's own retry strategy class, configured with a tiny backoff so retries take milliseconds.
import { ConfiguredRetryStrategy } from '@smithy/core/retry'
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  sandboxExecutor,
  scriptedExecutor,
  type ExecutionRequest,
  type Executor
} from '../../harness/standins/aws/executors.js'
import { errorProblems, loadModel, outputProblems } from '../../harness/standins/aws/model.js'
import { AwsError, startAwsServer, type AwsServer } from '../../harness/standins/aws/protocol.js'
import {
  PLUGIN_OUTPUT_LIMIT,
  STDERR_LIMIT,
  STDOUT_LIMIT,
  createSsmService,
  type SsmStandInOptions
} from '../../harness/standins/aws/ssm.js'

const T0 = Date.parse('2025-06-01T12:00:00Z')
const A = 'i-0aaaaaaaaaaaaaaa1'
const B = 'i-0bbbbbbbbbbbbbbb2'
const C = 'i-0ccccccccccccccc3'
const D = 'i-0ddddddddddddddd4'
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/
const SHELL = 'AWS-RunShellScript'

const servers: AwsServer[] = []
// Every server the suite starts: their calls (answers and service errors) outlive close(), for
// the model check at the end.
const everyServer: AwsServer[] = []
const clients: SSMClient[] = []
const scratch = mkdtempSync(join(tmpdir(), 'opsloop-ssm-'))

afterEach(async () => {
  for (const client of clients.splice(0)) client.destroy()
  await Promise.all(servers.splice(0).map((s) => s.close()))
})
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true })
})

/** A stand-in on a loopback server and a real client; manual clock unless options say otherwise. */
async function standIn(
  options: SsmStandInOptions = { autoAdvanceMs: 0 },
  config: SSMClientConfig = {}
) {
  const ssm = createSsmService({ startTime: T0, ...options })
  const server = await startAwsServer([ssm.service], [])
  const client = new SSMClient({
    endpoint: server.url,
    region: 'us-east-1',
    credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
    maxAttempts: 1,
    ...config
  })
  servers.push(server)
  everyServer.push(server)
  clients.push(client)
  return { ...ssm, server, client }
}

async function send(client: SSMClient, input: Partial<SendCommandCommandInput>): Promise<string> {
  const { Command } = await client.send(
    new SendCommandCommand({ DocumentName: SHELL, Parameters: { commands: ['true'] }, ...input })
  )
  return Command?.CommandId ?? ''
}

const invocation = (client: SSMClient, CommandId: string, InstanceId: string) =>
  client.send(new GetCommandInvocationCommand({ CommandId, InstanceId }))

/** The invocation's Status, or the error's name while it cannot be read. */
async function statusOf(client: SSMClient, CommandId: string, InstanceId: string) {
  try {
    return (await invocation(client, CommandId, InstanceId)).Status
  } catch (error) {
    return error instanceof Error ? error.name : String(error)
  }
}

async function commandStatus(client: SSMClient, CommandId: string) {
  const { Commands } = await client.send(new ListCommandsCommand({ CommandId }))
  return Commands?.[0]
}

describe('Run Command', () => {
  it('goes InvocationDoesNotExist → Pending → InProgress → Success as the clock moves', async () => {
    const { control, client } = await standIn()
    const executor = scriptedExecutor([
      { match: 'uptime', result: { exitCode: 0, stdout: 'up\n' } }
    ])
    control.registerInstance({ instanceId: A, executor })

    const { Command } = await client.send(
      new SendCommandCommand({
        DocumentName: SHELL,
        InstanceIds: [A],
        Parameters: { commands: ['uptime'] },
        Comment: 'check load',
        TimeoutSeconds: 600,
        AlarmConfiguration: { Alarms: [{ Name: 'api-high-cpu' }] },
        CloudWatchOutputConfig: { CloudWatchOutputEnabled: true, CloudWatchLogGroupName: 'ssm' }
      })
    )
    expect(Command).toMatchObject({
      Status: 'Pending',
      TargetCount: 1,
      CompletedCount: 0,
      DocumentName: SHELL,
      Comment: 'check load',
      InstanceIds: [A],
      MaxConcurrency: '50',
      MaxErrors: '0',
      TimeoutSeconds: 600,
      RequestedDateTime: new Date(T0),
      AlarmConfiguration: { Alarms: [{ Name: 'api-high-cpu' }] }
    })
    const id = Command?.CommandId ?? ''
    expect(id).toMatch(UUID)

    await expect(invocation(client, id, A)).rejects.toMatchObject({
      name: 'InvocationDoesNotExist'
    })
    const listed = await client.send(new ListCommandInvocationsCommand({ CommandId: id }))
    expect(listed.CommandInvocations).toEqual([])

    control.clock.advance(1000)
    expect(await invocation(client, id, A)).toMatchObject({
      Status: 'Pending',
      ResponseCode: -1,
      ExecutionStartDateTime: ''
    })
    expect(executor.requests).toHaveLength(0)

    control.clock.advance(1000)
    expect(await invocation(client, id, A)).toMatchObject({ Status: 'InProgress' })
    expect(executor.requests).toMatchObject([
      { instanceId: A, commands: ['uptime'], workingDirectory: '', executionTimeoutSeconds: 3600 }
    ])
    expect((await commandStatus(client, id))?.Status).toBe('InProgress')

    control.clock.advance(1000)
    expect(await invocation(client, id, A)).toMatchObject({
      Status: 'Success',
      StatusDetails: 'Success',
      ResponseCode: 0,
      PluginName: 'aws:runShellScript',
      StandardOutputContent: 'up\n',
      StandardErrorContent: '',
      ExecutionStartDateTime: new Date(T0 + 2000).toISOString(),
      ExecutionEndDateTime: new Date(T0 + 3000).toISOString(),
      ExecutionElapsedTime: 'PT1S'
    })
    expect(await commandStatus(client, id)).toMatchObject({ Status: 'Success', CompletedCount: 1 })
    expect(executor.requests).toHaveLength(1)
  })

  it('satisfies the SDK waiter, which retries InvocationDoesNotExist (auto clock)', async () => {
    const { control, client, server } = await standIn({})
    control.registerInstance({ instanceId: A })
    const id = await send(client, { InstanceIds: [A] })

    const result = await waitUntilCommandExecuted(
      { client, maxWaitTime: 5, minDelay: 0.01, maxDelay: 0.01 },
      { CommandId: id, InstanceId: A }
    )
    expect(result.state).toBe('SUCCESS')
    // One poll per phase: not yet visible, Pending, InProgress, Success.
    const polls = server.calls.filter((c) => c.operation === 'GetCommandInvocation')
    expect(polls.map((c) => c.errorType ?? c.status)).toEqual([
      'InvocationDoesNotExist',
      200,
      200,
      200
    ])
  })

  it('makes the waiter fail when the command fails', async () => {
    const { control, client } = await standIn({})
    control.registerInstance({
      instanceId: A,
      executor: scriptedExecutor([], { exitCode: 1, stderr: 'boom\n' })
    })
    const id = await send(client, { InstanceIds: [A] })
    await expect(
      waitUntilCommandExecuted(
        { client, maxWaitTime: 5, minDelay: 0.01, maxDelay: 0.01 },
        { CommandId: id, InstanceId: A }
      )
    ).rejects.toThrow(/"state":"FAILURE"/)
  })

  it('reports each of three tagged targets, one of them failing', async () => {
    const { control, client } = await standIn()
    const executor = scriptedExecutor([
      {
        match: 'systemctl restart nginx',
        result: (r: ExecutionRequest) =>
          r.instanceId === B
            ? { exitCode: 3, stderr: 'Job for nginx.service failed.\n' }
            : { exitCode: 0, stdout: 'restarted\n' }
      }
    ])
    for (const instanceId of [A, B, C])
      control.registerInstance({ instanceId, executor, tags: { Role: 'web' } })
    control.registerInstance({ instanceId: 'i-0ddddddddddddddd4', tags: { Role: 'db' } })

    const id = await send(client, {
      Targets: [{ Key: 'tag:Role', Values: ['web'] }],
      Parameters: { commands: ['set -euo pipefail', 'systemctl restart nginx'] }
    })
    control.clock.advance(3000)

    const { CommandInvocations = [] } = await client.send(
      new ListCommandInvocationsCommand({ CommandId: id, Details: true })
    )
    const byId = new Map(CommandInvocations.map((i) => [i.InstanceId, i]))
    expect([...byId.keys()].sort()).toEqual([A, B, C])
    expect(byId.get(A)).toMatchObject({ Status: 'Success', CommandPlugins: [{ ResponseCode: 0 }] })
    expect(byId.get(B)).toMatchObject({
      Status: 'Failed',
      StatusDetails: 'Failed',
      CommandPlugins: [
        {
          Name: 'aws:runShellScript',
          Status: 'Failed',
          ResponseCode: 3,
          Output:
            '\n----------ERROR-------\nJob for nginx.service failed.\nfailed to run commands: exit status 3'
        }
      ]
    })
    expect((await invocation(client, id, B)).StandardErrorContent).toBe(
      'Job for nginx.service failed.\nfailed to run commands: exit status 3'
    )
    expect(await commandStatus(client, id)).toMatchObject({
      Status: 'Failed',
      TargetCount: 3,
      CompletedCount: 3,
      ErrorCount: 1,
      Targets: [{ Key: 'tag:Role', Values: ['web'] }]
    })
  })

  it('truncates output at 24,000 / 8,000 characters, and plugin output at 2,500', async () => {
    const { control, client } = await standIn()
    const stdout = 'o'.repeat(30_000)
    const stderr = 'e'.repeat(9_000)
    control.registerInstance({
      instanceId: A,
      executor: scriptedExecutor([], { exitCode: 0, stdout, stderr })
    })
    const id = await send(client, { InstanceIds: [A] })
    control.clock.advance(3000)

    const got = await invocation(client, id, A)
    expect(got.StandardOutputContent).toBe(stdout.slice(0, STDOUT_LIMIT))
    expect(got.StandardErrorContent).toBe(stderr.slice(0, STDERR_LIMIT))
    expect([STDOUT_LIMIT, STDERR_LIMIT, PLUGIN_OUTPUT_LIMIT]).toEqual([24_000, 8_000, 2_500])
    const { CommandInvocations } = await client.send(
      new ListCommandInvocationsCommand({ CommandId: id, Details: true })
    )
    expect(CommandInvocations?.[0]?.CommandPlugins?.[0]?.Output).toBe('o'.repeat(2_500))
  })

  it('reports an execution timeout as TimedOut / ExecutionTimedOut', async () => {
    const { control, client } = await standIn()
    control.registerInstance({
      instanceId: A,
      executor: scriptedExecutor([], { exitCode: 137, stdout: 'partial\n', timedOut: true })
    })
    const id = await send(client, { InstanceIds: [A] })
    control.clock.advance(3000)
    expect(await invocation(client, id, A)).toMatchObject({
      Status: 'TimedOut',
      StatusDetails: 'ExecutionTimedOut',
      ResponseCode: 137,
      StandardOutputContent: 'partial\n'
    })
    expect(await commandStatus(client, id)).toMatchObject({ Status: 'TimedOut', ErrorCount: 1 })
  })

  it('cancels invocations that have not ended, aborting a running executor', async () => {
    const { control, client } = await standIn()
    let aborted = false
    const hangsUntilAborted: Executor = {
      run: ({ signal }) =>
        new Promise((resolve) => {
          signal.addEventListener('abort', () => {
            aborted = true
            resolve({ exitCode: 137 })
          })
        })
    }
    control.registerInstance({ instanceId: A, executor: hangsUntilAborted })
    control.registerInstance({ instanceId: B })
    const id = await send(client, { InstanceIds: [A, B] })
    control.clock.advance(2000)
    expect(await statusOf(client, id, A)).toBe('InProgress')

    await client.send(new CancelCommandCommand({ CommandId: id, InstanceIds: [A] }))
    expect(aborted).toBe(true)
    expect(await invocation(client, id, A)).toMatchObject({
      Status: 'Cancelled',
      StatusDetails: 'Cancelled',
      ExecutionStartDateTime: new Date(T0 + 2000).toISOString()
    })
    control.clock.advance(1000)
    expect(await statusOf(client, id, B)).toBe('Success')
    // Cancelling again touches nothing that already ended.
    await client.send(new CancelCommandCommand({ CommandId: id }))
    expect(await statusOf(client, id, B)).toBe('Success')
    expect((await commandStatus(client, id))?.Status).toBe('Cancelled')

    // Cancelled before delivery: it never runs.
    const executor = scriptedExecutor()
    control.registerInstance({ instanceId: C, executor })
    const early = await send(client, { InstanceIds: [C] })
    await client.send(new CancelCommandCommand({ CommandId: early }))
    control.clock.advance(5000)
    expect(await invocation(client, early, C)).toMatchObject({
      Status: 'Cancelled',
      ResponseCode: -1,
      ExecutionStartDateTime: ''
    })
    expect(executor.requests).toHaveLength(0)

    await expect(
      client.send(new CancelCommandCommand({ CommandId: '00000000-0000-4000-8000-000000000000' }))
    ).rejects.toMatchObject({ name: 'InvalidCommandId' })
  })

  it('rejects requests the way SSM does', async () => {
    const { control, client } = await standIn()
    control.registerInstance({ instanceId: A })
    control.registerInstance({ instanceId: B, pingStatus: 'Inactive' })
    control.registerInstance({ instanceId: C, platform: 'Windows' })
    const rejects = (input: Partial<SendCommandCommandInput>, name: string, message?: RegExp) =>
      expect(send(client, input)).rejects.toMatchObject({
        name,
        ...(message ? { message: expect.stringMatching(message) } : {})
      })

    await rejects(
      { InstanceIds: ['i-0eeeeeeeeeeeeeee5'] },
      'InvalidInstanceId',
      /not in a valid state/
    )
    await rejects({ InstanceIds: [B] }, 'InvalidInstanceId')
    await rejects({ InstanceIds: [C] }, 'UnsupportedPlatformType')
    await rejects({ InstanceIds: [A, A] }, 'DuplicateInstanceId')
    await rejects({ InstanceIds: [A], DocumentName: 'No-Such-Document' }, 'InvalidDocument')
    await rejects({ InstanceIds: [A], Parameters: {} }, 'InvalidParameters')
    await rejects(
      { InstanceIds: [A], Parameters: { commands: ['x'], shell: ['zsh'] } },
      'InvalidParameters'
    )
    await rejects(
      { InstanceIds: [A], Parameters: { commands: ['x'], executionTimeout: ['0'] } },
      'InvalidParameters'
    )
    await rejects(
      { InstanceIds: [A], Comment: 'c'.repeat(101) },
      'ValidationException',
      /'comment'/
    )
    await rejects(
      { InstanceIds: [A], TimeoutSeconds: 10 },
      'ValidationException',
      /'timeoutSeconds'/
    )
    await rejects({ InstanceIds: [A], MaxErrors: '-1' }, 'ValidationException', /'maxErrors'/)
    await rejects(
      { InstanceIds: [A], Targets: [{ Key: 'tag:Role', Values: ['web'] }] },
      'ValidationException'
    )
    const many = Array.from({ length: 51 }, (_, i) => `i-${String(i).padStart(17, '0')}`)
    await rejects({ InstanceIds: many }, 'ValidationException', /less than or equal to 50/)

    const id = await send(client, { InstanceIds: [A] })
    control.clock.advance(1000)
    await expect(
      client.send(
        new GetCommandInvocationCommand({
          CommandId: id,
          InstanceId: A,
          PluginName: 'aws:runPowerShellScript'
        })
      )
    ).rejects.toMatchObject({ name: 'InvalidPluginName' })
    await expect(invocation(client, 'not-a-command-id', A)).rejects.toMatchObject({
      name: 'ValidationException'
    })
  })

  it('runs a custom Command document with typed, pattern-checked parameters', async () => {
    const { control, client } = await standIn()
    const executor = scriptedExecutor()
    control.registerInstance({ instanceId: A, executor })
    control.registerDocument({
      name: 'OpsLoop-RestartService',
      pluginName: 'aws:runShellScript',
      platforms: ['Linux'],
      parameters: { service: { required: true, allowedPattern: '^[a-z0-9-]+$' } },
      runCommand: ['set -euo pipefail', 'systemctl restart {{ service }}'],
      timeoutSeconds: 120
    })
    await expect(
      send(client, {
        DocumentName: 'OpsLoop-RestartService',
        InstanceIds: [A],
        Parameters: { service: ['nginx; reboot'] }
      })
    ).rejects.toMatchObject({ name: 'InvalidParameters' })

    const id = await send(client, {
      DocumentName: 'OpsLoop-RestartService',
      InstanceIds: [A],
      Parameters: { service: ['nginx'] }
    })
    control.clock.advance(3000)
    expect(await statusOf(client, id, A)).toBe('Success')
    expect(executor.requests).toMatchObject([
      {
        documentName: 'OpsLoop-RestartService',
        parameters: { service: ['nginx'] },
        commands: ['set -euo pipefail', 'systemctl restart nginx'],
        executionTimeoutSeconds: 120
      }
    ])
  })

  it('holds commands for an offline agent as Delayed, then runs them or times out delivery', async () => {
    const { control, client } = await standIn()
    control.registerInstance({ instanceId: A, pingStatus: 'ConnectionLost' })
    control.registerInstance({ instanceId: B, pingStatus: 'ConnectionLost' })
    const id = await send(client, { InstanceIds: [A, B], TimeoutSeconds: 60 })

    control.clock.advance(2000)
    expect(await statusOf(client, id, A)).toBe('Delayed')
    expect(await invocation(client, id, B)).toMatchObject({
      StatusDetails: 'Delayed',
      ResponseCode: -1
    })

    control.clock.advance(3000)
    control.setPingStatus(A, 'Online')
    expect(await invocation(client, id, A)).toMatchObject({
      Status: 'InProgress',
      ExecutionStartDateTime: new Date(T0 + 5000).toISOString()
    })
    control.clock.advance(1000)
    expect(await statusOf(client, id, A)).toBe('Success')

    control.clock.advance(55_000)
    expect(await invocation(client, id, B)).toMatchObject({
      Status: 'TimedOut',
      StatusDetails: 'DeliveryTimedOut',
      ResponseCode: -1,
      ExecutionEndDateTime: new Date(T0 + 60_000).toISOString()
    })
    expect(await commandStatus(client, id)).toMatchObject({
      Status: 'TimedOut',
      DeliveryTimedOutCount: 1,
      ErrorCount: 0,
      CompletedCount: 2
    })
  })
})

describe('Automation', () => {
  it('runs AWS-RestartEC2Instance step by step to Success', async () => {
    const { client, control } = await standIn()
    const { AutomationExecutionId: id = '' } = await client.send(
      new StartAutomationExecutionCommand({
        DocumentName: 'AWS-RestartEC2Instance',
        Parameters: { InstanceId: [A] },
        Tags: [{ Key: 'opsloop:incident', Value: 'INC-42' }],
        AlarmConfiguration: { Alarms: [{ Name: 'api-high-cpu' }] }
      })
    )
    expect(id).toMatch(UUID)
    const get = async () =>
      (await client.send(new GetAutomationExecutionCommand({ AutomationExecutionId: id })))
        .AutomationExecution

    expect(await get()).toMatchObject({ AutomationExecutionStatus: 'Pending', StepExecutions: [] })
    control.clock.advance(1000)
    expect(await get()).toMatchObject({
      AutomationExecutionStatus: 'InProgress',
      CurrentStepName: 'stopInstances',
      StepExecutions: [{ StepName: 'stopInstances', StepStatus: 'InProgress' }]
    })
    control.clock.advance(1000)
    expect((await get())?.StepExecutions?.map((s) => s.StepStatus)).toEqual([
      'Success',
      'InProgress'
    ])
    control.clock.advance(1000)
    expect(await get()).toMatchObject({
      AutomationExecutionStatus: 'Success',
      DocumentName: 'AWS-RestartEC2Instance',
      Parameters: { InstanceId: [A] },
      AlarmConfiguration: { Alarms: [{ Name: 'api-high-cpu' }] },
      ExecutionStartTime: new Date(T0),
      ExecutionEndTime: new Date(T0 + 3000),
      StepExecutions: [
        { StepName: 'stopInstances', Action: 'aws:changeInstanceState', StepStatus: 'Success' },
        { StepName: 'startInstances', StepStatus: 'Success' }
      ],
      ProgressCounters: { TotalSteps: 2, SuccessSteps: 2 }
    })
    await expect(
      client.send(new StopAutomationExecutionCommand({ AutomationExecutionId: id }))
    ).rejects.toMatchObject({ name: 'InvalidAutomationStatusUpdateException' })
  })

  it('follows a scripted failure, stops on request, and rejects bad starts', async () => {
    const { client, control } = await standIn()
    control.automationOutcome('OpsLoop-FlushCache', {
      steps: [
        { name: 'drain', action: 'aws:executeScript' },
        { name: 'flush', action: 'aws:runCommand' },
        { name: 'undrain', action: 'aws:executeScript' }
      ],
      status: 'Failed',
      failedStep: 'flush',
      failureMessage: 'cache is busy'
    })
    const start = async (DocumentName: string, Parameters?: Record<string, string[]>) =>
      (await client.send(new StartAutomationExecutionCommand({ DocumentName, Parameters })))
        .AutomationExecutionId ?? ''
    const get = async (AutomationExecutionId: string) =>
      (await client.send(new GetAutomationExecutionCommand({ AutomationExecutionId })))
        .AutomationExecution

    const failing = await start('OpsLoop-FlushCache')
    control.clock.advance(10_000)
    expect(await get(failing)).toMatchObject({
      AutomationExecutionStatus: 'Failed',
      FailureMessage: 'cache is busy',
      StepExecutions: [
        { StepName: 'drain', StepStatus: 'Success' },
        { StepName: 'flush', StepStatus: 'Failed', FailureMessage: 'cache is busy' }
      ],
      ExecutionEndTime: new Date(T0 + 3000)
    })

    const stopped = await start('AWS-RestartEC2Instance', { InstanceId: [A] })
    control.clock.advance(1500)
    await client.send(new StopAutomationExecutionCommand({ AutomationExecutionId: stopped }))
    control.clock.advance(10_000)
    expect(await get(stopped)).toMatchObject({
      AutomationExecutionStatus: 'Cancelled',
      StepExecutions: [{ StepName: 'stopInstances', StepStatus: 'Cancelled' }]
    })

    await expect(start('AWS-RestartEC2Instance')).rejects.toMatchObject({
      name: 'InvalidAutomationExecutionParametersException'
    })
    await expect(start('No-Such-Runbook')).rejects.toMatchObject({
      name: 'AutomationDefinitionNotFoundException'
    })
    await expect(get('00000000-0000-4000-8000-000000000000')).rejects.toMatchObject({
      name: 'AutomationExecutionNotFoundException'
    })
  })
})

describe('Automation rate control', () => {
  const RESTART = 'AWS-RestartEC2Instance'
  const ROLE = 'arn:aws:iam::000000000000:role/restart'

  /** A stand-in and reads of one run, its children and their statuses. */
  async function rateControlled(options: SsmStandInOptions = { autoAdvanceMs: 0 }) {
    const ssm = await standIn(options)
    const { client } = ssm
    const start = async (input: Partial<StartAutomationExecutionCommandInput>) =>
      (
        await client.send(
          new StartAutomationExecutionCommand({
            DocumentName: RESTART,
            TargetParameterName: 'InstanceId',
            ...input
          })
        )
      ).AutomationExecutionId ?? ''
    const get = async (AutomationExecutionId: string) =>
      (await client.send(new GetAutomationExecutionCommand({ AutomationExecutionId })))
        .AutomationExecution
    const list = async (Filters?: AutomationExecutionFilter[]) =>
      (await client.send(new DescribeAutomationExecutionsCommand({ Filters })))
        .AutomationExecutionMetadataList ?? []
    /** Target → status of the parent's children, oldest first. */
    const children = async (parent: string) =>
      Object.fromEntries(
        (await list([{ Key: 'ParentExecutionId', Values: [parent] }]))
          .reverse()
          .map((c) => [c.Target ?? '', c.AutomationExecutionStatus ?? ''])
      )
    const stop = (AutomationExecutionId: string) =>
      client.send(new StopAutomationExecutionCommand({ AutomationExecutionId }))
    return { ...ssm, start, get, list, children, stop }
  }
  const values = (...v: string[]) => [{ Key: 'ParameterValues', Values: v }]

  it('runs one child per value, at most MaxConcurrency at once, and succeeds when all do', async () => {
    const { control, start, get, list, children } = await rateControlled()
    const parent = await start({
      Targets: values(A, B, C),
      Parameters: { AutomationAssumeRole: [ROLE] },
      MaxConcurrency: '2',
      MaxErrors: '0'
    })
    // Two at once; the third starts when the first slot frees, at T0 + 3 s.
    expect(await children(parent)).toEqual({ [A]: 'Pending', [B]: 'Pending' })
    expect((await get(parent))?.AutomationExecutionStatus).toBe('Pending')
    control.clock.advance(1000)
    expect(await children(parent)).toEqual({ [A]: 'InProgress', [B]: 'InProgress' })
    expect((await get(parent))?.AutomationExecutionStatus).toBe('InProgress')
    control.clock.advance(2500)
    expect(await children(parent)).toEqual({ [A]: 'Success', [B]: 'Success', [C]: 'Pending' })
    control.clock.advance(10_000)
    expect(await children(parent)).toEqual({ [A]: 'Success', [B]: 'Success', [C]: 'Success' })

    const run = await get(parent)
    expect(run).toMatchObject({
      AutomationExecutionStatus: 'Success',
      Mode: 'Auto',
      // The target parameter is the children's, not the parent's.
      Parameters: { AutomationAssumeRole: [ROLE] },
      TargetParameterName: 'InstanceId',
      Targets: values(A, B, C),
      MaxConcurrency: '2',
      MaxErrors: '0',
      ResolvedTargets: { ParameterValues: [A, B, C], Truncated: false },
      ExecutionStartTime: new Date(T0),
      ExecutionEndTime: new Date(T0 + 6000),
      StepExecutions: [A, B, C].map(() => ({
        StepName: 'Invocation',
        Action: 'aws:executeAutomation',
        StepStatus: 'Success'
      }))
    })
    expect(run?.FailureMessage).toBeUndefined()
    expect(run?.ParentAutomationExecutionId).toBeUndefined()
    const childIds = (run?.StepExecutions ?? []).map((s) => s.Outputs?.ExecutionId?.[0] ?? '')
    const third = await get(childIds[2] ?? '')
    expect(third).toMatchObject({
      AutomationExecutionStatus: 'Success',
      DocumentName: RESTART,
      ParentAutomationExecutionId: parent,
      Target: C,
      Parameters: { AutomationAssumeRole: [ROLE], InstanceId: [C] },
      ExecutionStartTime: new Date(T0 + 3000),
      ExecutionEndTime: new Date(T0 + 6000),
      StepExecutions: [
        { StepName: 'stopInstances', StepStatus: 'Success' },
        { StepName: 'startInstances', StepStatus: 'Success' }
      ]
    })
    expect(third?.TargetParameterName).toBeUndefined()
    // Every run is listed, children (newest first) before their parent.
    const all = await list()
    expect(all.map((e) => e.AutomationExecutionId)).toEqual([...childIds].reverse().concat(parent))
    expect(all[0]).toMatchObject({ ParentAutomationExecutionId: parent, Target: C, Mode: 'Auto' })
    expect(all[3]).toMatchObject({ TargetParameterName: 'InstanceId', MaxConcurrency: '2' })
  })

  it('starts no further child once more than MaxErrors failed, lets running ones finish, and fails', async () => {
    const { control, start, get, children } = await rateControlled()
    control.automationTargetOutcome(RESTART, A, {
      status: 'Failed',
      failedStep: 'stopInstances',
      failureMessage: 'instance is in the stopping state'
    })
    // MaxErrors 0: A fails at T0 + 2 s; B, already running, finishes; C and D never start.
    const halted = await start({
      Targets: values(A, B, C, D),
      MaxConcurrency: '2',
      MaxErrors: '0'
    })
    control.clock.advance(60_000)
    expect(await children(halted)).toEqual({ [A]: 'Failed', [B]: 'Success' })
    const run = await get(halted)
    expect(run).toMatchObject({
      AutomationExecutionStatus: 'Failed',
      ExecutionEndTime: new Date(T0 + 3000),
      StepExecutions: [{ StepStatus: 'Failed' }, { StepStatus: 'Success' }]
    })
    expect(run?.FailureMessage).toBeUndefined()

    // MaxErrors 1 (25% of four): every value runs, and the one failure still fails the parent.
    const tolerant = await start({ Targets: values(A, B, C, D), MaxErrors: '25%' })
    control.clock.advance(60_000)
    expect(await children(tolerant)).toEqual({
      [A]: 'Failed',
      [B]: 'Success',
      [C]: 'Success',
      [D]: 'Success'
    })
    expect((await get(tolerant))?.AutomationExecutionStatus).toBe('Failed')
    // The default MaxConcurrency is 10: all four at once.
    expect((await get(tolerant))?.ExecutionEndTime).toEqual(new Date(T0 + 63_000))
  })

  it('cancels running children with their parent; a stopped child only fails the parent', async () => {
    const { control, start, get, list, children, stop } = await rateControlled()
    const parent = await start({ Targets: values(A, B, C), MaxConcurrency: '1' })
    control.clock.advance(1500)
    await stop(parent)
    control.clock.advance(60_000)
    expect(await children(parent)).toEqual({ [A]: 'Cancelled' })
    expect(await get(parent)).toMatchObject({
      AutomationExecutionStatus: 'Cancelled',
      ExecutionEndTime: new Date(T0 + 1500)
    })
    await expect(stop(parent)).rejects.toMatchObject({
      name: 'InvalidAutomationStatusUpdateException'
    })

    const other = await start({ Targets: values(A, B), MaxConcurrency: '1', MaxErrors: '1' })
    control.clock.advance(1500)
    const [first] = await list([{ Key: 'ParentExecutionId', Values: [other] }])
    await stop(first?.AutomationExecutionId ?? '')
    control.clock.advance(60_000)
    expect(await children(other)).toEqual({ [A]: 'Cancelled', [B]: 'Success' })
    expect((await get(other))?.AutomationExecutionStatus).toBe('Failed')
  })

  it('stops the parent and its children when its alarm goes to ALARM', async () => {
    let state: 'OK' | 'ALARM' = 'OK'
    const { control, start, get, children } = await rateControlled({
      autoAdvanceMs: 0,
      alarms: { state: () => state }
    })
    const parent = await start({
      Targets: values(A, B),
      AlarmConfiguration: { Alarms: [{ Name: 'errors' }] }
    })
    control.clock.advance(1500)
    state = 'ALARM'
    // Read (a poll) while the children run: the alarm stops the parent and them at that moment.
    expect(await get(parent)).toMatchObject({
      AutomationExecutionStatus: 'Cancelled',
      ExecutionEndTime: new Date(T0 + 1500),
      TriggeredAlarms: [{ Name: 'errors', State: 'ALARM' }]
    })
    control.clock.advance(60_000)
    expect(await children(parent)).toEqual({ [A]: 'Cancelled', [B]: 'Cancelled' })
  })

  it('refuses targets the way SSM does', async () => {
    const { start } = await rateControlled()
    const invalid = { name: 'InvalidAutomationExecutionParametersException' }
    const validation = { name: 'ValidationException' }
    await expect(
      start({ TargetParameterName: undefined, Targets: values(A) })
    ).rejects.toMatchObject(invalid)
    await expect(start({ Parameters: { InstanceId: [A] } })).rejects.toMatchObject(invalid)
    await expect(
      start({ TargetParameterName: 'Instance', Targets: values(A) })
    ).rejects.toMatchObject({
      ...invalid,
      message: expect.stringMatching(/Instance is not defined/)
    })
    await expect(
      start({ Targets: values(A), Parameters: { Colour: ['red'] } })
    ).rejects.toMatchObject(invalid)
    await expect(
      start({ Targets: values(...Array.from({ length: 51 }, (_, i) => `i-${i}`)) })
    ).rejects.toMatchObject(validation)
    await expect(start({ Targets: Array(6).fill(values(A)[0]) })).rejects.toMatchObject(validation)
    await expect(
      start({ TargetParameterName: 'I'.repeat(51), Targets: values(A) })
    ).rejects.toMatchObject(validation)
    await expect(start({ Targets: values(A), MaxConcurrency: '0' })).rejects.toMatchObject(
      validation
    )
    await expect(start({ Targets: values() })).rejects.toMatchObject({ name: 'InvalidTarget' })
  })
})

describe('DescribeInstanceInformation', () => {
  it('pages, filters and shows ping status', async () => {
    const { client, control } = await standIn()
    const ids = Array.from({ length: 7 }, (_, i) => `i-0${String(i).repeat(16)}`)
    for (const instanceId of ids)
      control.registerInstance({ instanceId, tags: { Name: `web-${instanceId.slice(-1)}` } })
    control.setPingStatus(ids[6] ?? '', 'ConnectionLost')

    const first = await client.send(new DescribeInstanceInformationCommand({ MaxResults: 5 }))
    expect(first.InstanceInformationList?.map((i) => i.InstanceId)).toEqual(ids.slice(0, 5))
    expect(first.InstanceInformationList?.[0]).toMatchObject({
      PingStatus: 'Online',
      PlatformType: 'Linux',
      ResourceType: 'EC2Instance',
      Name: 'web-0'
    })
    const second = await client.send(
      new DescribeInstanceInformationCommand({ MaxResults: 5, NextToken: first.NextToken })
    )
    expect(second.InstanceInformationList?.map((i) => i.InstanceId)).toEqual(ids.slice(5))
    expect(second.NextToken).toBeUndefined()

    const paged: string[] = []
    for await (const page of paginateDescribeInstanceInformation({ client, pageSize: 5 }, {}))
      paged.push(...(page.InstanceInformationList ?? []).map((i) => i.InstanceId ?? ''))
    expect(paged).toEqual(ids)

    const byId = await client.send(
      new DescribeInstanceInformationCommand({
        InstanceInformationFilterList: [
          { key: 'InstanceIds', valueSet: [ids[1] ?? '', ids[6] ?? ''] }
        ]
      })
    )
    expect(byId.InstanceInformationList?.map((i) => [i.InstanceId, i.PingStatus])).toEqual([
      [ids[1], 'Online'],
      [ids[6], 'ConnectionLost']
    ])
    const lost = await client.send(
      new DescribeInstanceInformationCommand({
        Filters: [{ Key: 'PingStatus', Values: ['ConnectionLost'] }]
      })
    )
    expect(lost.InstanceInformationList?.map((i) => i.InstanceId)).toEqual([ids[6]])

    await expect(
      client.send(new DescribeInstanceInformationCommand({ MaxResults: 2 }))
    ).rejects.toMatchObject({
      name: 'ValidationException'
    })
    await expect(
      client.send(new DescribeInstanceInformationCommand({ NextToken: 'bogus' }))
    ).rejects.toMatchObject({
      name: 'InvalidNextToken'
    })
    await expect(
      client.send(
        new DescribeInstanceInformationCommand({ Filters: [{ Key: 'Color', Values: ['blue'] }] })
      )
    ).rejects.toMatchObject({ name: 'InvalidFilterKey' })
  })
})

describe('faults', () => {
  const quickRetries = (maxAttempts: number) => ({
    retryStrategy: new ConfiguredRetryStrategy(maxAttempts, 1)
  })

  it('throttles; the SDK retry strategy retries ThrottlingException and gives up at maxAttempts', async () => {
    const { client, control, server } = await standIn({ autoAdvanceMs: 0 }, quickRetries(3))
    control.registerInstance({ instanceId: A })

    control.throttle('SendCommand', 2)
    const sent = await client.send(
      new SendCommandCommand({
        DocumentName: SHELL,
        InstanceIds: [A],
        Parameters: { commands: ['true'] }
      })
    )
    expect(sent.$metadata.attempts).toBe(3)
    expect(server.calls.map((c) => c.errorType ?? c.status)).toEqual([
      'ThrottlingException',
      'ThrottlingException',
      200
    ])

    control.throttle('DescribeInstanceInformation', 5)
    const error: unknown = await client
      .send(new DescribeInstanceInformationCommand({}))
      .catch((e: unknown) => e)
    expect(error).toMatchObject({
      name: 'ThrottlingException',
      message: 'Rate exceeded',
      $metadata: { httpStatusCode: 400, attempts: 3 }
    })

    // A service error that is not throttling is not retried.
    const invalid: unknown = await send(client, { InstanceIds: ['i-0eeeeeeeeeeeeeee5'] }).catch(
      (e: unknown) => e
    )
    expect(invalid).toMatchObject({ name: 'InvalidInstanceId', $metadata: { attempts: 1 } })
  })

  it('injects any service error for the next calls of an operation', async () => {
    const { client, control } = await standIn()
    control.failNext('ListCommands', new AwsError('InternalServerError', 'try later', 500))
    await expect(client.send(new ListCommandsCommand({}))).rejects.toMatchObject({
      name: 'InternalServerError',
      $metadata: { httpStatusCode: 500 }
    })
    expect((await client.send(new ListCommandsCommand({}))).Commands).toEqual([])
  })
})

describe('sandbox executor', () => {
  const base = {
    documentName: SHELL,
    parameters: {},
    workingDirectory: '',
    executionTimeoutSeconds: 10,
    signal: new AbortController().signal
  }

  it('runs in its own directory with a minimal environment, and reports failure', async () => {
    const sandbox = sandboxExecutor({ root: join(scratch, 'direct') })
    const home = sandbox.instanceDir(A)
    const ok = await sandbox.run({
      ...base,
      instanceId: A,
      commands: [
        'set -euo pipefail',
        'echo hello > note.txt',
        'cat note.txt',
        'echo "$(pwd)|$HOME|$TMPDIR|${PATH%%:*}"',
        "env | cut -d= -f1 | sort | tr '\\n' ' '",
        'echo warn >&2'
      ]
    })
    expect(ok.exitCode).toBe(0)
    expect(readFileSync(join(home, 'note.txt'), 'utf8')).toBe('hello\n')
    const [greeting, where, vars] = (ok.stdout ?? '').split('\n')
    expect(greeting).toBe('hello')
    expect(where).toBe(`${home}|${home}|${join(home, 'tmp')}|${sandbox.binDir}`)
    expect(vars?.trim().split(' ')).toEqual(expect.arrayContaining(['HOME', 'PATH', 'TMPDIR']))
    expect(
      vars
        ?.trim()
        .split(' ')
        .filter((v) => !['HOME', 'PATH', 'TMPDIR', 'PWD', 'SHLVL', '_', 'OLDPWD'].includes(v))
    ).toEqual([])
    expect(ok.stderr).toBe('warn\n')

    const failed = await sandbox.run({
      ...base,
      instanceId: A,
      commands: ['set -euo pipefail', 'echo before', 'false', 'echo after']
    })
    expect(failed).toMatchObject({ exitCode: 1, stdout: 'before\n', timedOut: false })

    const escaped = await sandbox.run({
      ...base,
      instanceId: A,
      workingDirectory: '../../..',
      commands: ['pwd']
    })
    expect(escaped.exitCode).toBe(1)
    const nested = await sandbox.run({
      ...base,
      instanceId: A,
      workingDirectory: '/opt/app',
      commands: ['pwd']
    })
    expect(nested.stdout).toBe(`${join(home, 'opt/app')}\n`)
  })

  it('kills the whole process group when the execution timeout passes', async () => {
    const sandbox = sandboxExecutor({ root: join(scratch, 'timeout') })
    const started = Date.now()
    const result = await sandbox.run({
      ...base,
      instanceId: A,
      executionTimeoutSeconds: 0.2,
      commands: ['echo started', 'sleep 5 & wait', 'echo never']
    })
    expect(result).toMatchObject({ exitCode: 137, timedOut: true, stdout: 'started\n' })
    expect(Date.now() - started).toBeLessThan(3000)
  })

  it('serves SSM end to end, with a demo shim first on PATH', async () => {
    const sandbox = sandboxExecutor({ root: join(scratch, 'demo') })
    writeFileSync(
      join(sandbox.binDir, 'systemctl'),
      '#!/bin/sh\necho "systemctl $*" >> "$HOME/systemctl.log"\necho "ok: $*"\n'
    )
    chmodSync(join(sandbox.binDir, 'systemctl'), 0o755)
    const { client, control } = await standIn({})
    control.registerInstance({ instanceId: A, executor: sandbox })
    const wait = (CommandId: string) =>
      waitUntilCommandExecuted(
        { client, maxWaitTime: 5, minDelay: 0.01, maxDelay: 0.01 },
        { CommandId, InstanceId: A }
      ).catch(() => undefined)

    const restart = await send(client, {
      InstanceIds: [A],
      Parameters: { commands: ['set -euo pipefail', 'systemctl restart nginx'] }
    })
    await wait(restart)
    expect(await invocation(client, restart, A)).toMatchObject({
      Status: 'Success',
      StandardOutputContent: 'ok: restart nginx\n'
    })
    expect(readFileSync(join(sandbox.instanceDir(A), 'systemctl.log'), 'utf8')).toBe(
      'systemctl restart nginx\n'
    )

    const failing = await send(client, {
      InstanceIds: [A],
      Parameters: { commands: ['set -euo pipefail; false'] }
    })
    await wait(failing)
    expect(await invocation(client, failing, A)).toMatchObject({
      Status: 'Failed',
      ResponseCode: 1,
      StandardErrorContent: 'failed to run commands: exit status 1'
    })
  })
})

// --- conformance with the Smithy model (skipped when the shared model is absent) -------------

// Errors any operation may answer with besides its modelled ones.
const COMMON_ERRORS = ['ValidationException', 'ThrottlingException', 'SerializationException']

const SERVED = [
  'SendCommand',
  'GetCommandInvocation',
  'ListCommandInvocations',
  'ListCommands',
  'CancelCommand',
  'StartAutomationExecution',
  'GetAutomationExecution',
  'StopAutomationExecution',
  'DescribeAutomationExecutions',
  'DescribeInstanceInformation'
]

/** Every served operation through every phase, so the check stands even when run alone. */
async function tour(): Promise<void> {
  const { client, control } = await standIn()
  control.registerInstance({
    instanceId: A,
    executor: scriptedExecutor([], { exitCode: 2, stdout: 'out', stderr: 'err' })
  })
  control.registerInstance({ instanceId: B, pingStatus: 'ConnectionLost' })
  const id = await send(client, { InstanceIds: [A, B], TimeoutSeconds: 30 })
  const cancelled = await send(client, { InstanceIds: [A] })
  await client.send(new CancelCommandCommand({ CommandId: cancelled }))
  const run = await client.send(
    new StartAutomationExecutionCommand({
      DocumentName: 'AWS-RestartEC2Instance',
      Parameters: { InstanceId: [A] }
    })
  )
  for (const ms of [0, 1000, 1000, 1000, 30_000]) {
    control.clock.advance(ms)
    for (const instanceId of [A, B]) await statusOf(client, id, instanceId)
    await client.send(new ListCommandInvocationsCommand({ Details: true }))
    await client.send(new ListCommandsCommand({}))
    await client.send(
      new GetAutomationExecutionCommand({ AutomationExecutionId: run.AutomationExecutionId })
    )
    await client.send(new DescribeInstanceInformationCommand({}))
  }
  const stopped = await client.send(
    new StartAutomationExecutionCommand({
      DocumentName: 'AWS-RestartEC2Instance',
      Parameters: { InstanceId: [A] }
    })
  )
  control.clock.advance(1000)
  await client.send(
    new StopAutomationExecutionCommand({ AutomationExecutionId: stopped.AutomationExecutionId })
  )
  await client.send(
    new GetAutomationExecutionCommand({ AutomationExecutionId: stopped.AutomationExecutionId })
  )
  // A rate-controlled run: the parent and its children, in every phase.
  const parent = await client.send(
    new StartAutomationExecutionCommand({
      DocumentName: 'AWS-RestartEC2Instance',
      TargetParameterName: 'InstanceId',
      Targets: [{ Key: 'ParameterValues', Values: [A, B] }],
      MaxConcurrency: '1',
      MaxErrors: '0'
    })
  )
  for (const ms of [0, 1000, 3000, 30_000]) {
    control.clock.advance(ms)
    await client.send(
      new GetAutomationExecutionCommand({ AutomationExecutionId: parent.AutomationExecutionId })
    )
    const { AutomationExecutionMetadataList: children = [] } = await client.send(
      new DescribeAutomationExecutionsCommand({
        Filters: [{ Key: 'ParentExecutionId', Values: [parent.AutomationExecutionId ?? ''] }]
      })
    )
    for (const child of children)
      await client.send(
        new GetAutomationExecutionCommand({ AutomationExecutionId: child.AutomationExecutionId })
      )
  }
  await client.send(new DescribeAutomationExecutionsCommand({}))
  await client
    .send(
      new StartAutomationExecutionCommand({
        DocumentName: 'AWS-RestartEC2Instance',
        TargetParameterName: 'InstanceId',
        Targets: [{ Key: 'ParameterValues', Values: [] }]
      })
    )
    .catch(() => undefined)
}

describe('SSM stand-in vs the Smithy model', () => {
  const model = loadModel('ssm-2014-11-06.json')
  const maybe = model ? it : it.skip

  maybe(
    'answers only with modelled members, required members, enum values and errors',
    async () => {
      if (!model) return
      await tour()
      const answered = everyServer.flatMap((s) => s.calls)
      expect(new Set(answered.map((a) => a.operation))).toEqual(new Set(SERVED))
      const problems = answered.flatMap(({ operation, output, errorType }) =>
        errorType === undefined
          ? outputProblems(model, operation, output)
          : errorProblems(model, operation, errorType, COMMON_ERRORS)
      )
      expect([...new Set(problems)]).toEqual([])
    }
  )
})
