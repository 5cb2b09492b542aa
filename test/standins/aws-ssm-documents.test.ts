// The SSM stand-in's documents and what SSM enforces with them, driven through the real
// @aws-sdk/client-ssm: versions, default versions and SHA-256 hashes (CreateDocument,
// UpdateDocument, UpdateDocumentDefaultVersion, DescribeDocument, GetDocument,
// ListDocumentVersions, DeleteDocument); SendCommand's parameter validation (allowedPattern as a
// whole-value match, allowedValues, unknown and missing parameters) with nothing run when it
// refuses; DocumentVersion and DocumentHash; CloudWatch alarms that stop a command or an
// automation; Automation rate control and targets; the ListCommands and
// DescribeAutomationExecutions history; and conformance of every answer with the Smithy model.
import { CloudWatchClient, SetAlarmStateCommand } from '@aws-sdk/client-cloudwatch'
import {
  CreateDocumentCommand,
  DeleteDocumentCommand,
  DescribeAutomationExecutionsCommand,
  DescribeDocumentCommand,
  GetAutomationExecutionCommand,
  GetCommandInvocationCommand,
  GetDocumentCommand,
  ListCommandsCommand,
  ListDocumentVersionsCommand,
  SendCommandCommand,
  SSMClient,
  StartAutomationExecutionCommand,
  UpdateDocumentCommand,
  UpdateDocumentDefaultVersionCommand,
  paginateDescribeAutomationExecutions,
  paginateListCommands,
  type AutomationExecutionFilter,
  type SendCommandCommandInput
} from '@aws-sdk/client-ssm'
import { afterEach, describe, expect, it } from '@jest/globals'
import { createHash } from 'node:crypto'
import { parse as parseYaml } from 'yaml'
import { createCloudWatchService } from '../../harness/standins/aws/cloudwatch.js'
import { scriptedExecutor, type Executor } from '../../harness/standins/aws/executors.js'
import { errorProblems, loadModel, outputProblems } from '../../harness/standins/aws/model.js'
import { startAwsServer, type AwsServer } from '../../harness/standins/aws/protocol.js'
import { createSsmService, type SsmStandInOptions } from '../../harness/standins/aws/ssm.js'
import { startStandIns } from '../../harness/standins/index.js'

const T0 = Date.parse('2025-06-01T12:00:00Z')
const A = 'i-0aaaaaaaaaaaaaaa1'
const B = 'i-0bbbbbbbbbbbbbbb2'
const DOC = 'OpsLoop-restart-systemd-service-execution'
const PARAMETERS_MESSAGE = 'Parameters provided in document are invalid or not supported.'

const servers: AwsServer[] = []
// Every server the suite starts: their calls outlive close(), for the model check at the end.
const everyServer: AwsServer[] = []
const clients: { destroy(): void }[] = []

afterEach(async () => {
  for (const client of clients.splice(0)) client.destroy()
  await Promise.all(servers.splice(0).map((s) => s.close()))
})

/** SSM and CloudWatch on one loopback server, wired as startStandIns() wires them. */
async function standIn(options: SsmStandInOptions = { autoAdvanceMs: 0 }) {
  const cloudwatch = createCloudWatchService({ now: () => new Date(T0) })
  const ssm = createSsmService({ startTime: T0, alarms: cloudwatch.alarmStates, ...options })
  const server = await startAwsServer([ssm.service, cloudwatch.service], [])
  const settings = {
    endpoint: server.url,
    region: 'us-east-1',
    credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
    maxAttempts: 1
  }
  const client = new SSMClient(settings)
  const cw = new CloudWatchClient(settings)
  servers.push(server)
  everyServer.push(server)
  clients.push(client, cw)
  return { control: ssm.control, cloudwatch: cloudwatch.control, server, client, cw }
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex')

/** An OpsLoop-style compiled Command document: schema 2.2, one Linux aws:runShellScript step. */
function commandDocument(
  lines: string[] = ['set -euo pipefail', 'systemctl {{ mode }} {{ unit }}']
) {
  return JSON.stringify({
    schemaVersion: '2.2',
    description: 'Restart a systemd unit (OpsLoop runbook restart-systemd-service)',
    parameters: {
      unit: {
        type: 'String',
        description: 'The unit to restart',
        allowedPattern: '^[a-z0-9@._-]{1,64}\\.service$',
        maxChars: 40
      },
      mode: { type: 'String', default: 'restart', allowedValues: ['restart', 'reload'] },
      count: { type: 'String', default: '1', allowedPattern: '[0-9]+' },
      extra: { type: 'StringList', default: [], description: 'Lines run after the restart' }
    },
    mainSteps: [
      {
        action: 'aws:runShellScript',
        name: 'restart',
        precondition: { StringEquals: ['platformType', 'Linux'] },
        inputs: { runCommand: [...lines, '{{ extra }}'], timeoutSeconds: '120' }
      }
    ]
  })
}

const create = (client: SSMClient, Name: string, Content: string, extra = {}) =>
  client.send(
    new CreateDocumentCommand({
      Name,
      Content,
      DocumentType: 'Command',
      DocumentFormat: 'JSON',
      ...extra
    })
  )

const send = async (client: SSMClient, input: Partial<SendCommandCommandInput>) => {
  const { Command } = await client.send(
    new SendCommandCommand({ DocumentName: DOC, InstanceIds: [A], ...input })
  )
  return Command
}

const rejects = (promise: Promise<unknown>, name: string, message?: string | RegExp) =>
  expect(promise).rejects.toMatchObject({
    name,
    ...(message === undefined
      ? {}
      : { message: typeof message === 'string' ? message : expect.stringMatching(message) })
  })

/** An executor whose runs last until the invocation is cancelled. */
function hangingExecutor(): Executor & { aborted: number } {
  const executor = {
    aborted: 0,
    run: ({ signal }: { signal: AbortSignal }) =>
      new Promise<{ exitCode: number }>((resolve) => {
        signal.addEventListener('abort', () => {
          executor.aborted++
          resolve({ exitCode: 137 })
        })
      })
  }
  return executor
}

describe('documents', () => {
  it('versions a document: create, update, default version, describe, get, list and delete', async () => {
    const { client } = await standIn()
    const v1 = commandDocument()
    const created = await create(client, DOC, v1, { Tags: [{ Key: 'owner', Value: 'opsloop' }] })
    const description = {
      Hash: sha256(v1),
      HashType: 'Sha256',
      Name: DOC,
      Owner: '000000000000',
      CreatedDate: new Date(T0),
      Status: 'Active',
      DocumentVersion: '1',
      Description: 'Restart a systemd unit (OpsLoop runbook restart-systemd-service)',
      Parameters: [
        { Name: 'unit', Type: 'String', Description: 'The unit to restart' },
        { Name: 'mode', Type: 'String', DefaultValue: 'restart' },
        { Name: 'count', Type: 'String', DefaultValue: '1' },
        {
          Name: 'extra',
          Type: 'StringList',
          Description: 'Lines run after the restart',
          DefaultValue: '[]'
        }
      ],
      PlatformTypes: ['Linux'],
      DocumentType: 'Command',
      SchemaVersion: '2.2',
      LatestVersion: '1',
      DefaultVersion: '1',
      DocumentFormat: 'JSON',
      Tags: [{ Key: 'owner', Value: 'opsloop' }]
    }
    expect(created.DocumentDescription).toEqual(description)
    expect((await client.send(new DescribeDocumentCommand({ Name: DOC }))).Document).toEqual(
      description
    )
    await rejects(create(client, DOC, v1), 'DocumentAlreadyExists')

    // A new version: the same content is refused, the base must be the latest version.
    const update = (Content: string, DocumentVersion?: string) =>
      client.send(
        new UpdateDocumentCommand({ Name: DOC, Content, DocumentFormat: 'JSON', DocumentVersion })
      )
    await rejects(update(v1, '$LATEST'), 'DuplicateDocumentContent')
    const v2 = commandDocument(['set -euo pipefail', 'systemctl {{ mode }} {{ unit }} --no-block'])
    await rejects(update(v2, '2'), 'InvalidDocumentVersion')
    await rejects(update(v2, '$DEFAULT'), 'InvalidDocumentVersion')
    const updated = await update(v2, '$LATEST')
    expect(updated.DocumentDescription).toMatchObject({
      Hash: sha256(v2),
      DocumentVersion: '2',
      LatestVersion: '2',
      DefaultVersion: '1'
    })
    await rejects(update(v1), 'DuplicateDocumentContent')

    const describeVersion = async (DocumentVersion?: string) =>
      (await client.send(new DescribeDocumentCommand({ Name: DOC, DocumentVersion }))).Document
    expect(await describeVersion()).toMatchObject({ Hash: sha256(v1), DocumentVersion: '1' })
    expect(await describeVersion('$LATEST')).toMatchObject({ Hash: sha256(v2) })
    expect(await describeVersion('1')).toMatchObject({ Hash: sha256(v1), LatestVersion: '2' })
    await rejects(describeVersion('3'), 'InvalidDocumentVersion')

    const setDefault = (DocumentVersion: string) =>
      client.send(new UpdateDocumentDefaultVersionCommand({ Name: DOC, DocumentVersion }))
    await rejects(setDefault('9'), 'InvalidDocumentVersion')
    expect((await setDefault('2')).Description).toEqual({ Name: DOC, DefaultVersion: '2' })
    expect(await describeVersion()).toMatchObject({
      Hash: sha256(v2),
      DocumentVersion: '2',
      DefaultVersion: '2'
    })

    // The content exactly as sent, or converted to the format asked for.
    const got = await client.send(new GetDocumentCommand({ Name: DOC }))
    expect(got).toMatchObject({
      Name: DOC,
      Content: v2,
      DocumentFormat: 'JSON',
      DocumentType: 'Command',
      DocumentVersion: '2',
      Status: 'Active'
    })
    const yaml = await client.send(
      new GetDocumentCommand({ Name: DOC, DocumentVersion: '1', DocumentFormat: 'YAML' })
    )
    expect(yaml.DocumentFormat).toBe('YAML')
    expect(parseYaml(yaml.Content ?? '')).toEqual(JSON.parse(v1))

    const versions = await client.send(new ListDocumentVersionsCommand({ Name: DOC }))
    expect(versions.DocumentVersions).toMatchObject([
      { Name: DOC, DocumentVersion: '2', IsDefaultVersion: true, DocumentFormat: 'JSON' },
      { Name: DOC, DocumentVersion: '1', IsDefaultVersion: false, Status: 'Active' }
    ])
    const first = await client.send(new ListDocumentVersionsCommand({ Name: DOC, MaxResults: 1 }))
    expect(first.DocumentVersions?.map((v) => v.DocumentVersion)).toEqual(['2'])
    const second = await client.send(
      new ListDocumentVersionsCommand({ Name: DOC, MaxResults: 1, NextToken: first.NextToken })
    )
    expect(second).toMatchObject({ DocumentVersions: [{ DocumentVersion: '1' }] })
    expect(second.NextToken).toBeUndefined()

    await rejects(
      client.send(new DescribeDocumentCommand({ Name: 'OpsLoop-missing' })),
      'InvalidDocument'
    )
    await rejects(
      client.send(new DeleteDocumentCommand({ Name: DOC, DocumentVersion: '2' })),
      'InvalidDocumentOperation'
    )
    await client.send(new DeleteDocumentCommand({ Name: DOC, DocumentVersion: '1' }))
    const left = await client.send(new ListDocumentVersionsCommand({ Name: DOC }))
    expect(left.DocumentVersions?.map((v) => v.DocumentVersion)).toEqual(['2'])
    await client.send(new DeleteDocumentCommand({ Name: DOC }))
    await rejects(client.send(new GetDocumentCommand({ Name: DOC })), 'InvalidDocument')
  })

  it('hashes YAML exactly as sent, and refuses the names and content SSM refuses', async () => {
    const { client } = await standIn()
    const yaml = [
      "schemaVersion: '2.2'",
      'description: Free disk space',
      'parameters:',
      '  path:',
      '    type: String',
      "    allowedPattern: '^/var/log(/[a-z0-9._-]+)*$'",
      'mainSteps:',
      '  - action: aws:runShellScript',
      '    name: clean',
      '    inputs:',
      '      runCommand:',
      '        - find {{ path }} -name "*.gz" -delete',
      ''
    ].join('\n')
    const created = await create(client, 'OpsLoop-free-disk-space', yaml, {
      DocumentFormat: 'YAML'
    })
    expect(created.DocumentDescription).toMatchObject({
      Hash: sha256(yaml),
      DocumentFormat: 'YAML',
      SchemaVersion: '2.2',
      Parameters: [{ Name: 'path', Type: 'String' }]
    })

    for (const name of ['AWS-Mine', 'aws-mine', 'Amazon-thing', 'amzn.doc', 'AWSSupport-x'])
      await rejects(create(client, name, commandDocument()), 'ValidationException', /name/)
    await rejects(create(client, 'bad name', commandDocument()), 'ValidationException', /'name'/)
    const content = (change: (doc: Record<string, unknown>) => void) => {
      const doc = JSON.parse(commandDocument()) as Record<string, unknown>
      change(doc)
      return JSON.stringify(doc)
    }
    const withParameter = (name: string, change: Record<string, unknown>) =>
      content((d) => {
        const parameters = d.parameters as Record<string, Record<string, unknown>>
        parameters[name] = { ...parameters[name], ...change }
      })
    const refused = async (Content: string, name: string, message?: RegExp) =>
      rejects(create(client, 'OpsLoop-refused', Content), name, message)
    await refused('{ "schemaVersion": ', 'InvalidDocumentContent', /JSON not well-formed/)
    await refused(
      content((d) => delete d.schemaVersion),
      'InvalidDocumentContent',
      /schemaVersion/
    )
    await refused(
      content((d) => (d.schemaVersion = '3.0')),
      'InvalidDocumentSchemaVersion'
    )
    await refused(
      content((d) => (d.schemaVersion = '0.3')),
      'InvalidDocumentSchemaVersion'
    )
    await refused(
      content((d) => delete d.mainSteps),
      'InvalidDocumentContent',
      /mainSteps/
    )
    await refused(
      commandDocument(['systemctl restart {{ service }}']),
      'InvalidDocumentContent',
      /"service" is used but not declared/
    )
    await refused(
      commandDocument(['echo {{ extra }}']),
      'InvalidDocumentContent',
      /StringList parameter "extra" must stand alone/
    )
    await refused(
      withParameter('unit', { allowedPattern: '^(?!-).+$' }),
      'InvalidDocumentContent',
      /lookaround/
    )
    await refused(
      withParameter('mode', { default: ['restart'] }),
      'InvalidDocumentContent',
      /default/
    )
    await rejects(
      client.send(new DescribeDocumentCommand({ Name: 'OpsLoop-refused' })),
      'InvalidDocument'
    )

    // AWS's own document is there, and not the account's to change.
    const shell = await client.send(new DescribeDocumentCommand({ Name: 'AWS-RunShellScript' }))
    expect(shell.Document).toMatchObject({
      Owner: 'Amazon',
      DocumentType: 'Command',
      PlatformTypes: ['Linux', 'MacOS'],
      Parameters: [
        { Name: 'commands', Type: 'StringList' },
        { Name: 'workingDirectory', Type: 'String', DefaultValue: '' },
        { Name: 'executionTimeout', Type: 'String', DefaultValue: '3600' }
      ]
    })
    await rejects(
      client.send(
        new UpdateDocumentCommand({ Name: 'AWS-RunShellScript', Content: commandDocument() })
      ),
      'InvalidDocumentOperation'
    )
  })
})

describe('SendCommand with a created document', () => {
  it("refuses parameters as SSM does, with SSM's message, and runs nothing", async () => {
    const { client, control } = await standIn()
    const executor = scriptedExecutor()
    control.registerInstance({ instanceId: A, executor })
    await create(client, DOC, commandDocument())
    const refused = (Parameters: Record<string, string[]>) =>
      rejects(send(client, { Parameters }), 'InvalidParameters', PARAMETERS_MESSAGE)

    await refused({ unit: ['nginx.service; reboot'] }) // outside allowedPattern
    await refused({ unit: ['-x nginx.service'] })
    await refused({ unit: [`${'a'.repeat(33)}.service`] }) // over maxChars (40)
    await refused({ unit: ['nginx.service'], count: ['12a'] }) // `[0-9]+` must match it all
    await refused({ unit: ['nginx.service'], mode: ['stop'] }) // not in allowedValues
    await refused({ unit: ['nginx.service'], shell: ['zsh'] }) // not a parameter
    await refused({ mode: ['restart'] }) // unit has no default
    await refused({ unit: [] })
    await refused({ unit: ['a.service', 'b.service'] }) // a String takes one value

    control.clock.advance(10_000)
    expect(executor.requests).toEqual([])
    const { Commands } = await client.send(new ListCommandsCommand({}))
    expect(Commands).toEqual([])
  })

  it("runs the default version's lines with the values substituted, or a given version's, checking the hash", async () => {
    const { client, control } = await standIn()
    const executor = scriptedExecutor()
    control.registerInstance({ instanceId: A, executor })
    const v1 = commandDocument()
    const v2 = commandDocument(['systemctl {{ mode }} {{ unit }} --no-block'])
    await create(client, DOC, v1)
    await client.send(new UpdateDocumentCommand({ Name: DOC, Content: v2 }))

    const first = await send(client, {
      Parameters: { unit: ['nginx.service'], count: ['12'], extra: ['echo one', 'echo two'] },
      DocumentHash: sha256(v1),
      DocumentHashType: 'Sha256',
      MaxConcurrency: '10%',
      MaxErrors: '1'
    })
    expect(first).toMatchObject({
      DocumentName: DOC,
      DocumentVersion: '$DEFAULT',
      MaxConcurrency: '10%',
      MaxErrors: '1',
      AlarmConfiguration: { IgnorePollAlarmFailure: false, Alarms: [] },
      TriggeredAlarms: []
    })
    const second = await send(client, {
      Parameters: { unit: ['cron.service'], mode: ['reload'] },
      DocumentVersion: '2',
      DocumentHash: sha256(v2)
    })
    expect(second?.DocumentVersion).toBe('2')
    control.clock.advance(3000)
    for (const command of [first, second])
      expect(
        (
          await client.send(
            new GetCommandInvocationCommand({ CommandId: command?.CommandId, InstanceId: A })
          )
        ).Status
      ).toBe('Success')
    expect(executor.requests).toMatchObject([
      {
        documentName: DOC,
        parameters: {
          unit: ['nginx.service'],
          mode: ['restart'],
          count: ['12'],
          extra: ['echo one', 'echo two']
        },
        commands: ['set -euo pipefail', 'systemctl restart nginx.service', 'echo one', 'echo two'],
        executionTimeoutSeconds: 120
      },
      {
        commands: ['systemctl reload cron.service --no-block'],
        executionTimeoutSeconds: 120
      }
    ])

    // The hash of another version, a version that does not exist, bad rate control.
    const ok = { Parameters: { unit: ['nginx.service'] } }
    await rejects(send(client, { ...ok, DocumentHash: sha256(v2) }), 'InvalidDocument')
    await rejects(
      send(client, { ...ok, DocumentVersion: '$LATEST', DocumentHash: sha256(v1) }),
      'InvalidDocument'
    )
    await rejects(send(client, { ...ok, DocumentVersion: '7' }), 'InvalidDocumentVersion')
    await rejects(
      send(client, { ...ok, DocumentVersion: 'latest' }),
      'ValidationException',
      /'documentVersion'/
    )
    await rejects(send(client, { ...ok, MaxConcurrency: '0' }), 'ValidationException')
    await rejects(send(client, { ...ok, MaxErrors: '101%' }), 'ValidationException')
    await rejects(send(client, { ...ok, DocumentName: 'OpsLoop-missing' }), 'InvalidDocument')
    control.registerInstance({ instanceId: B, platform: 'MacOS' }) // the step is Linux-only
    await rejects(send(client, { ...ok, InstanceIds: [B] }), 'UnsupportedPlatformType')
    expect(executor.requests).toHaveLength(2)
  })
})

describe('alarm configuration', () => {
  const GUARD = 'api-5xx-guard'

  it('stops a running command when its alarm goes to ALARM, however briefly', async () => {
    const { client, control, cloudwatch, cw } = await standIn()
    const executor = hangingExecutor()
    control.registerInstance({ instanceId: A, executor })
    control.registerInstance({ instanceId: B, executor })
    cloudwatch.putAlarm({ AlarmName: GUARD, StateValue: 'OK' })
    const command = await send(client, {
      DocumentName: 'AWS-RunShellScript',
      InstanceIds: [A, B],
      Parameters: { commands: ['sleep 600'] },
      AlarmConfiguration: { Alarms: [{ Name: GUARD }] }
    })
    const CommandId = command?.CommandId
    control.clock.advance(2000)
    const invocation = (InstanceId: string) =>
      client.send(new GetCommandInvocationCommand({ CommandId, InstanceId }))
    expect(await invocation(A)).toMatchObject({ Status: 'InProgress' })
    expect(await invocation(B)).toMatchObject({ Status: 'InProgress' })

    // To ALARM and back to OK between two polls, through CloudWatch's own API.
    const set = (StateValue: 'OK' | 'ALARM') =>
      cw.send(new SetAlarmStateCommand({ AlarmName: GUARD, StateValue, StateReason: 'error rate' }))
    await set('ALARM')
    await set('OK')
    expect(executor.aborted).toBe(2)
    expect(await invocation(A)).toMatchObject({ Status: 'Cancelled', StatusDetails: 'Cancelled' })
    const { Commands } = await client.send(new ListCommandsCommand({ CommandId }))
    expect(Commands?.[0]).toMatchObject({
      Status: 'Cancelled',
      StatusDetails: 'Cancelled',
      AlarmConfiguration: { IgnorePollAlarmFailure: false, Alarms: [{ Name: GUARD }] },
      TriggeredAlarms: [{ Name: GUARD, State: 'ALARM' }]
    })
  })

  it('runs nothing when the alarm is in ALARM at the start, or cannot be read', async () => {
    const { client, control, cloudwatch } = await standIn()
    const executor = scriptedExecutor()
    control.registerInstance({ instanceId: A, executor })
    cloudwatch.putAlarm({ AlarmName: GUARD, StateValue: 'ALARM' })
    const shell = { DocumentName: 'AWS-RunShellScript', Parameters: { commands: ['true'] } }
    const inAlarm = await send(client, {
      ...shell,
      AlarmConfiguration: { Alarms: [{ Name: GUARD }] }
    })
    expect(inAlarm).toMatchObject({
      Status: 'Cancelled',
      TriggeredAlarms: [{ Name: GUARD, State: 'ALARM' }]
    })
    const unknown = await send(client, {
      ...shell,
      AlarmConfiguration: { Alarms: [{ Name: 'no-such-alarm' }] }
    })
    expect(unknown).toMatchObject({
      Status: 'Cancelled',
      TriggeredAlarms: [{ Name: 'no-such-alarm', State: 'UNKNOWN' }]
    })
    // IgnorePollAlarmFailure: an alarm SSM cannot read does not stop the run.
    const ignored = await send(client, {
      ...shell,
      AlarmConfiguration: { Alarms: [{ Name: 'no-such-alarm' }], IgnorePollAlarmFailure: true }
    })
    control.clock.advance(5000)
    const status = async (CommandId?: string) =>
      (await client.send(new ListCommandsCommand({ CommandId }))).Commands?.[0]?.Status
    expect(await status(inAlarm?.CommandId)).toBe('Cancelled')
    expect(await status(unknown?.CommandId)).toBe('Cancelled')
    expect(await status(ignored?.CommandId)).toBe('Success')
    expect(executor.requests).toHaveLength(1)

    await rejects(
      send(client, {
        ...shell,
        AlarmConfiguration: { Alarms: [{ Name: GUARD }, { Name: 'other' }] }
      }),
      'ValidationException',
      /alarmConfiguration/
    )
  })

  it('stops an automation when its alarm goes to ALARM', async () => {
    const { client, control, cloudwatch } = await standIn()
    cloudwatch.putAlarm({ AlarmName: GUARD, StateValue: 'OK' })
    const { AutomationExecutionId } = await client.send(
      new StartAutomationExecutionCommand({
        DocumentName: 'AWS-RestartEC2Instance',
        Parameters: { InstanceId: [A] },
        AlarmConfiguration: { Alarms: [{ Name: GUARD }] }
      })
    )
    control.clock.advance(1500)
    cloudwatch.setAlarmState(GUARD, 'ALARM')
    control.clock.advance(10_000)
    const { AutomationExecution } = await client.send(
      new GetAutomationExecutionCommand({ AutomationExecutionId })
    )
    expect(AutomationExecution).toMatchObject({
      AutomationExecutionStatus: 'Cancelled',
      ExecutionEndTime: new Date(T0 + 1500),
      AlarmConfiguration: { Alarms: [{ Name: GUARD }] },
      TriggeredAlarms: [{ Name: GUARD, State: 'ALARM' }],
      StepExecutions: [{ StepName: 'stopInstances', StepStatus: 'Cancelled' }]
    })
  })

  it('is wired to the CloudWatch stand-in by startStandIns()', async () => {
    const standIns = await startStandIns({ ssm: { autoAdvanceMs: 0 } })
    try {
      standIns.ssm.registerInstance({ instanceId: A })
      standIns.cloudwatch.putAlarm({ AlarmName: GUARD, StateValue: 'ALARM' })
      const client = new SSMClient({
        endpoint: standIns.env.AWS_ENDPOINT_URL,
        region: standIns.region,
        credentials: standIns.credentials
      })
      clients.push(client)
      const command = await send(client, {
        DocumentName: 'AWS-RunShellScript',
        Parameters: { commands: ['true'] },
        AlarmConfiguration: { Alarms: [{ Name: GUARD }] }
      })
      expect(command).toMatchObject({
        Status: 'Cancelled',
        TriggeredAlarms: [{ Name: GUARD, State: 'ALARM' }]
      })
    } finally {
      await standIns.stop()
    }
  })
})

/** An Automation document (schema 0.3) taking its target through `InstanceId`. */
const AUTOMATION = JSON.stringify({
  schemaVersion: '0.3',
  description: 'Restart the service on an instance',
  parameters: {
    InstanceId: { type: 'String', description: 'The instance' },
    Reason: { type: 'String', default: 'OpsLoop' }
  },
  mainSteps: [
    { name: 'drain', action: 'aws:executeAwsApi' },
    { name: 'restart', action: 'aws:runCommand' }
  ]
})

describe('Automation rate control', () => {
  it('takes Targets with TargetParameterName, MaxConcurrency and MaxErrors, and echoes them', async () => {
    const { client, control } = await standIn()
    control.registerInstance({ instanceId: A, tags: { Role: 'web' } })
    control.registerInstance({ instanceId: B, tags: { Role: 'web' } })
    await create(client, 'OpsLoop-restart-automation', AUTOMATION, { DocumentType: 'Automation' })
    const start = (input: Record<string, unknown>) =>
      client.send(
        new StartAutomationExecutionCommand({
          DocumentName: 'OpsLoop-restart-automation',
          ...input
        })
      )
    const { AutomationExecutionId } = await start({
      TargetParameterName: 'InstanceId',
      Targets: [{ Key: 'tag:Role', Values: ['web'] }],
      MaxConcurrency: '2',
      MaxErrors: '10%'
    })
    control.clock.advance(10_000)
    const { AutomationExecution } = await client.send(
      new GetAutomationExecutionCommand({ AutomationExecutionId })
    )
    expect(AutomationExecution).toMatchObject({
      DocumentName: 'OpsLoop-restart-automation',
      DocumentVersion: '1',
      AutomationExecutionStatus: 'Success',
      TargetParameterName: 'InstanceId',
      Targets: [{ Key: 'tag:Role', Values: ['web'] }],
      MaxConcurrency: '2',
      MaxErrors: '10%',
      ResolvedTargets: { ParameterValues: [A, B], Truncated: false },
      // One child run of the document per resolved value (test/standins/aws-ssm.test.ts).
      StepExecutions: [
        { StepName: 'Invocation', StepStatus: 'Success' },
        { StepName: 'Invocation', StepStatus: 'Success' }
      ]
    })
    const values = await start({
      TargetParameterName: 'InstanceId',
      Targets: [{ Key: 'ParameterValues', Values: [A] }]
    })
    const run = await client.send(
      new GetAutomationExecutionCommand({ AutomationExecutionId: values.AutomationExecutionId })
    )
    expect(run.AutomationExecution?.ResolvedTargets?.ParameterValues).toEqual([A])

    const invalid = 'InvalidAutomationExecutionParametersException'
    const targets = [{ Key: 'ParameterValues', Values: [A] }]
    await rejects(start({ Targets: targets }), invalid, /TargetParameterName/)
    await rejects(start({ TargetParameterName: 'InstanceId' }), invalid)
    await rejects(start({ TargetParameterName: 'Instance', Targets: targets }), invalid)
    await rejects(start({}), invalid, /InstanceId/)
    await rejects(start({ Parameters: { InstanceId: [A], Colour: ['red'] } }), invalid)
    await rejects(
      start({ Parameters: { InstanceId: [A] }, MaxConcurrency: 'all' }),
      'ValidationException'
    )
    await rejects(
      start({ Parameters: { InstanceId: [A] }, MaxErrors: '101%' }),
      'ValidationException'
    )
    await rejects(
      start({ TargetParameterName: 'InstanceId', Targets: Array(6).fill(targets[0]) }),
      'ValidationException'
    )
  })
})

describe('history', () => {
  it('ListCommands filters by DocumentName, InvokedAfter, Status and ExecutionStage, and pages', async () => {
    const { client, control } = await standIn()
    control.registerInstance({ instanceId: A })
    await create(client, DOC, commandDocument())
    const ids: string[] = []
    for (const DocumentName of [DOC, 'AWS-RunShellScript', DOC, DOC]) {
      const Parameters: Record<string, string[]> =
        DocumentName === DOC ? { unit: ['nginx.service'] } : { commands: ['uptime'] }
      const command = await send(client, { DocumentName, Parameters })
      ids.push(command?.CommandId ?? '')
      control.clock.advance(10_000)
    }
    const list = async (Filters: { key: string; value: string }[], MaxResults?: number) => {
      const found: string[] = []
      for await (const page of paginateListCommands(
        { client, ...(MaxResults ? { pageSize: MaxResults } : {}) },
        { Filters: Filters as never }
      ))
        found.push(...(page.Commands ?? []).map((c) => c.CommandId ?? ''))
      return found
    }
    const after = new Date(T0 + 15_000).toISOString()
    expect(await list([{ key: 'DocumentName', value: DOC }], 1)).toEqual([ids[3], ids[2], ids[0]])
    expect(
      await list([
        { key: 'DocumentName', value: DOC },
        { key: 'InvokedAfter', value: after }
      ])
    ).toEqual([ids[3], ids[2]])
    expect(await list([{ key: 'InvokedBefore', value: after }])).toEqual([ids[1], ids[0]])
    // The last command was sent 10 s ago: done; a new one is still pending.
    const pending = await send(client, { Parameters: { unit: ['nginx.service'] } })
    expect(await list([{ key: 'Status', value: 'Pending' }])).toEqual([pending?.CommandId])
    expect(await list([{ key: 'ExecutionStage', value: 'Executing' }])).toEqual([
      pending?.CommandId
    ])
    expect(await list([{ key: 'Status', value: 'Success' }])).toHaveLength(4)

    await rejects(list([{ key: 'Colour', value: 'red' }]), 'InvalidFilterKey')
    await rejects(list([{ key: 'InvokedAfter', value: 'yesterday' }]), 'ValidationException')
    await rejects(list([{ key: 'Status', value: 'Done' }]), 'ValidationException')
  })

  it('DescribeAutomationExecutions filters by DocumentNamePrefix, StartTimeAfter and status, and pages', async () => {
    const { client, control } = await standIn()
    await create(client, 'OpsLoop-restart-automation', AUTOMATION, { DocumentType: 'Automation' })
    const ids: string[] = []
    for (const DocumentName of [
      'OpsLoop-restart-automation',
      'AWS-RestartEC2Instance',
      'OpsLoop-restart-automation'
    ]) {
      const { AutomationExecutionId = '' } = await client.send(
        new StartAutomationExecutionCommand({ DocumentName, Parameters: { InstanceId: [A] } })
      )
      ids.push(AutomationExecutionId)
      control.clock.advance(60_000)
    }
    const describeRuns = async (Filters: AutomationExecutionFilter[], MaxResults?: number) => {
      const found: string[] = []
      for await (const page of paginateDescribeAutomationExecutions(
        { client, ...(MaxResults ? { pageSize: MaxResults } : {}) },
        { Filters }
      ))
        found.push(
          ...(page.AutomationExecutionMetadataList ?? []).map((e) => e.AutomationExecutionId ?? '')
        )
      return found
    }
    expect(await describeRuns([], 1)).toEqual([ids[2], ids[1], ids[0]])
    expect(await describeRuns([{ Key: 'DocumentNamePrefix', Values: ['OpsLoop-'] }], 1)).toEqual([
      ids[2],
      ids[0]
    ])
    const after = new Date(T0 + 30_000).toISOString()
    expect(
      await describeRuns([
        { Key: 'DocumentNamePrefix', Values: ['OpsLoop-', 'AWS-'] },
        { Key: 'StartTimeAfter', Values: [after] }
      ])
    ).toEqual([ids[2], ids[1]])
    expect(await describeRuns([{ Key: 'StartTimeBefore', Values: [after] }])).toEqual([ids[0]])
    expect(await describeRuns([{ Key: 'ExecutionStatus', Values: ['Success'] }])).toHaveLength(3)
    const { AutomationExecutionMetadataList } = await client.send(
      new DescribeAutomationExecutionsCommand({
        Filters: [{ Key: 'ExecutionId', Values: [ids[0] ?? ''] }]
      })
    )
    expect(AutomationExecutionMetadataList).toMatchObject([
      {
        AutomationExecutionId: ids[0],
        DocumentName: 'OpsLoop-restart-automation',
        DocumentVersion: '1',
        AutomationExecutionStatus: 'Success',
        ExecutionStartTime: new Date(T0),
        Mode: 'Auto',
        AutomationType: 'Local'
      }
    ])
    await rejects(describeRuns([{ Key: 'StartTimeAfter', Values: ['soon'] }]), 'InvalidFilterValue')
    await rejects(
      describeRuns([{ Key: 'ExecutionStatus', Values: ['Done'] }]),
      'InvalidFilterValue'
    )
    await rejects(describeRuns([{ Key: 'Colour' as never, Values: ['red'] }]), 'InvalidFilterKey')
  })
})

// --- conformance with the Smithy model (skipped when the shared model is absent) -------------

// Errors any operation may answer with besides its modelled ones.
const COMMON_ERRORS = ['ValidationException', 'ThrottlingException', 'SerializationException']

const NEW_OPERATIONS = [
  'CreateDocument',
  'UpdateDocument',
  'UpdateDocumentDefaultVersion',
  'DescribeDocument',
  'GetDocument',
  'ListDocumentVersions',
  'DeleteDocument',
  'SendCommand',
  'ListCommands',
  'StartAutomationExecution',
  'GetAutomationExecution',
  'DescribeAutomationExecutions'
]

describe('SSM documents vs the Smithy model', () => {
  const model = loadModel('ssm-2014-11-06.json')
  const maybe = model ? it : it.skip

  maybe('answers every operation above only as the model allows, errors included', () => {
    if (!model) return
    const answered = everyServer.flatMap((s) => s.calls).filter((c) => c.service === 'AmazonSSM')
    const operations = new Set(answered.map((a) => a.operation))
    for (const operation of NEW_OPERATIONS) expect(operations).toContain(operation)
    const problems = answered.flatMap(({ operation, output, errorType }) =>
      errorType === undefined
        ? outputProblems(model, operation, output)
        : errorProblems(model, operation, errorType, COMMON_ERRORS)
    )
    expect([...new Set(problems)]).toEqual([])
  })
})
