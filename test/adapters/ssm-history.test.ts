// SSM's history of runs as the circuit breakers read it (adapters/aws/ssm-history.ts), with the
// real SDK client against the SSM stand-in: commands of a document since a time, only OpsLoop's
// for this runbook where the document is shared (the comment), Automation executions of exactly
// the document (not every document the name prefixes) with their targets, and a history too long
// to read in full refused rather than counted short.
import { SendCommandCommand, SSMClient, StartAutomationExecutionCommand } from '@aws-sdk/client-ssm'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { HISTORY_LIMIT, ssmRunHistory } from '../../src/adapters/aws/ssm-history.js'
import { awsSettings, startStandIns, type StandIns } from '../../harness/standins/index.js'

const A = 'i-0a1b2c3d4e5f60001'
const B = 'i-0a1b2c3d4e5f60002'
let standIns: StandIns
let client: SSMClient

beforeAll(async () => {
  standIns = await startStandIns({ region: 'eu-west-1' })
  client = new SSMClient(awsSettings(standIns.env, 1))
  for (const id of [A, B]) standIns.ssm.registerInstance({ instanceId: id })
})
afterAll(async () => {
  client.destroy()
  await standIns.stop()
})

const shell = (comment: string, ids: string[]) =>
  client.send(
    new SendCommandCommand({
      DocumentName: 'AWS-RunShellScript',
      InstanceIds: ids,
      Parameters: { commands: ['true'] },
      Comment: comment
    })
  )

describe('commands', () => {
  it('counts the runbook’s commands of a shared document since a time, by their comment', async () => {
    const since = new Date(standIns.ssm.clock.now())
    await shell('OpsLoop execution restart-app 0123456789ab https://x/1', [A])
    await shell('OpsLoop execution restart-app-2 0123456789ab', [A])
    await shell('OpsLoop rollback restart-app 0123456789ab', [B])
    await shell('a person, by hand', [B])
    await shell('OpsLoop execution restart-app fedcba987654', [A, B])
    const runs = await ssmRunHistory(client).runs(
      [
        {
          kind: 'command',
          document: 'AWS-RunShellScript',
          comment: 'OpsLoop execution restart-app '
        }
      ],
      since
    )
    expect(runs.map((r) => r.targets)).toEqual(expect.arrayContaining([[A], [A, B]]))
    expect(runs).toHaveLength(2)
    for (const r of runs) expect(r.startedAt.getTime()).toBeGreaterThanOrEqual(since.getTime())
    // Nothing sent after `since` + a minute: nothing counted.
    standIns.ssm.clock.advance(60_000)
    const later = await ssmRunHistory(client).runs(
      [
        {
          kind: 'command',
          document: 'AWS-RunShellScript',
          comment: 'OpsLoop execution restart-app '
        }
      ],
      new Date(standIns.ssm.clock.now())
    )
    expect(later).toEqual([])
  })

  it('refuses to count a history longer than it reads, rather than count it short', async () => {
    const since = new Date(standIns.ssm.clock.now())
    expect(HISTORY_LIMIT).toBe(1_000)
    const limit = 120 // three pages and a bit; the default reads twenty
    for (let i = 0; i <= limit; i++) await shell(`noise ${i}`, [B])
    await expect(
      ssmRunHistory(client, { limit }).runs(
        [{ kind: 'command', document: 'AWS-RunShellScript', comment: 'OpsLoop execution x ' }],
        since
      )
    ).rejects.toThrow(`more than ${limit} runs of AWS-RunShellScript`)
  })
})

describe('automations', () => {
  it('counts every execution of exactly the document, with the targets in its parameters', async () => {
    const since = new Date(standIns.ssm.clock.now())
    const start = (DocumentName: string, id: string) =>
      client.send(
        new StartAutomationExecutionCommand({ DocumentName, Parameters: { InstanceId: [id] } })
      )
    await start('AWS-RestartEC2Instance', A)
    await start('AWS-RestartEC2Instance', B)
    // Another document whose name the first one prefixes is not this runbook's.
    standIns.ssm.automationOutcome('AWS-RestartEC2InstanceWithApproval', { status: 'Success' })
    await start('AWS-RestartEC2InstanceWithApproval', A)
    const runs = await ssmRunHistory(client).runs(
      [{ kind: 'automation', document: 'AWS-RestartEC2Instance' }],
      since
    )
    expect(runs.map((r) => r.targets).sort()).toEqual([[A], [B]])
  })
})
