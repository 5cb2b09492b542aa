// Run Command: waiting for a sent command to end on every target, collecting each target's output,
// and cancelling it.
import {
  CancelCommandCommand,
  GetCommandInvocationCommand,
  ListCommandsCommand,
  paginateListCommandInvocations,
  type Command,
  type CommandInvocation,
  type SSMClient
} from '@aws-sdk/client-ssm'
import type { ExecutionResult, TargetResult, WaitOptions } from '../../execution/ports.js'
import { paceOf, pollUntil, tolerant, type Pace } from './ssm-poll.js'
import {
  alarmsText,
  COMMAND_TERMINAL,
  countText,
  finalStatus,
  iso,
  joinDetail,
  PLUGIN_OUTPUT_LIMIT,
  STDERR_LIMIT,
  STDOUT_LIMIT,
  stopText,
  targetStatus
} from './ssm-status.js'

/** GetCommandInvocation attempts when it answers InvocationDoesNotExist (eventual consistency). */
const OUTPUT_ATTEMPTS = 3
/** Targets whose output is fetched at once. */
const OUTPUT_CONCURRENCY = 5

interface CommandSnapshot {
  command?: Command
  invocations: CommandInvocation[]
}

async function readCommand(client: SSMClient, id: string): Promise<CommandSnapshot | undefined> {
  return tolerant(async () => {
    // The command first: its status only moves forward, so invocations read after it are at
    // least as far along.
    const { Commands } = await client.send(new ListCommandsCommand({ CommandId: id }))
    const invocations: CommandInvocation[] = []
    const pages = paginateListCommandInvocations(
      { client, pageSize: 50 },
      { CommandId: id, Details: true }
    )
    for await (const page of pages) invocations.push(...(page.CommandInvocations ?? []))
    return { command: Commands?.[0], invocations }
  })
}

/**
 * Done when the command and every listed invocation are terminal. Invocations may be listed a
 * little after the command ends (eventual consistency), so a short list is trusted only the
 * second time the command is seen terminal.
 */
function commandDone(): (s: CommandSnapshot) => boolean {
  let terminalBefore = false
  return ({ command, invocations }) => {
    if (!COMMAND_TERMINAL.has(command?.Status ?? '')) return false
    if (!invocations.every((i) => COMMAND_TERMINAL.has(i.Status ?? ''))) return false
    const complete = invocations.length >= (command?.TargetCount ?? 0)
    const done = complete || terminalBefore
    terminalBefore = true
    return done
  }
}

interface Output {
  stdout: string
  stderr: string
  code?: number
}

async function fetchOutput(
  client: SSMClient,
  pace: Pace,
  id: string,
  instanceId: string,
  pluginName: string | undefined
): Promise<Output | undefined> {
  for (let attempt = 1; attempt <= OUTPUT_ATTEMPTS; attempt++) {
    const got = await tolerant(() =>
      client.send(
        new GetCommandInvocationCommand({
          CommandId: id,
          InstanceId: instanceId,
          ...(pluginName === undefined ? {} : { PluginName: pluginName })
        })
      )
    )
    if (got)
      return {
        stdout: got.StandardOutputContent ?? '',
        stderr: got.StandardErrorContent ?? '',
        ...(got.ResponseCode === undefined ? {} : { code: got.ResponseCode })
      }
    if (attempt < OUTPUT_ATTEMPTS) await pace.sleep(pace.baseMs)
  }
  return undefined
}

async function commandTarget(
  client: SSMClient,
  pace: Pace,
  id: string,
  invocation: CommandInvocation
): Promise<TargetResult> {
  const target = invocation.InstanceId ?? ''
  const plugins = invocation.CommandPlugins ?? []
  // GetCommandInvocation needs PluginName only when the document has several steps.
  const names = plugins.length > 1 ? plugins.map((p) => p.Name ?? '') : [undefined]
  const parts: { name?: string; output?: Output }[] = []
  for (const name of names) {
    const output = await fetchOutput(client, pace, id, target, name)
    parts.push({ ...(name === undefined ? {} : { name }), ...(output ? { output } : {}) })
  }
  const status = targetStatus(invocation)
  const code = parts.map((p) => p.output?.code).find((c) => c !== undefined && c > 0)
  const detail = joinDetail(
    invocation.StatusDetails ?? status,
    code === undefined ? '' : `exit code ${code}`
  )
  if (parts.every((p) => p.output === undefined)) {
    // Last resort: the listing's plugin output, capped at 2,500 characters of both streams.
    const listed = plugins.map((p) => p.Output ?? '').join('\n')
    return {
      target,
      status,
      detail: joinDetail(detail, 'output from ListCommandInvocations'),
      stdout: listed,
      stdoutTruncated: listed.length >= PLUGIN_OUTPUT_LIMIT,
      stderrTruncated: false
    }
  }
  const section = (p: { name?: string }, text: string) =>
    p.name === undefined ? text : `--- ${p.name}\n${text}`
  const stdout = parts.map((p) => section(p, p.output?.stdout ?? '')).join('\n')
  const stderr = parts.map((p) => section(p, p.output?.stderr ?? '')).join('\n')
  return {
    target,
    status,
    detail,
    stdout: names.length > 1 ? stdout : (parts[0]?.output?.stdout ?? ''),
    stderr: names.length > 1 ? stderr : (parts[0]?.output?.stderr ?? ''),
    stdoutTruncated: parts.some((p) => (p.output?.stdout.length ?? 0) >= STDOUT_LIMIT),
    stderrTruncated: parts.some((p) => (p.output?.stderr.length ?? 0) >= STDERR_LIMIT)
  }
}

async function mapLimited<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T) => Promise<R>
): Promise<R[]> {
  const out: R[] = []
  for (let i = 0; i < items.length; i += limit)
    out.push(...(await Promise.all(items.slice(i, i + limit).map(fn))))
  return out
}

export async function waitCommand(
  client: SSMClient,
  id: string,
  options: WaitOptions
): Promise<ExecutionResult> {
  const pace = paceOf(options)
  const began = pace.now()
  const polled = await pollUntil(
    options,
    pace,
    () => readCommand(client, id),
    commandDone(),
    () => cancelCommand(client, id)
  )
  const command = polled.last?.command
  const invocations = polled.last?.invocations ?? []
  const targets = await mapLimited(invocations, OUTPUT_CONCURRENCY, (i) =>
    commandTarget(client, pace, id, i)
  )
  const ssmStatus = command?.Status
  let own: ExecutionResult['status'] | undefined
  if (ssmStatus === 'Success' || ssmStatus === 'Failed' || ssmStatus === 'TimedOut') own = ssmStatus
  else if (ssmStatus === 'Cancelled') own = 'Cancelled'
  // SSM calls a command that matched no node a Success; nothing was remediated, so it is not.
  const reachedNone = own === 'Success' && targets.length === 0
  const status = reachedNone ? 'Failed' : finalStatus(own, polled.stopped)
  const ssmDetails = command?.StatusDetails
  const ended = invocations
    .flatMap((i) => (i.CommandPlugins ?? []).map((p) => p.ResponseFinishDateTime?.getTime() ?? 0))
    .reduce((a, b) => Math.max(a, b), 0)
  return {
    kind: 'command',
    id,
    status,
    detail: joinDetail(
      command
        ? `Command ${ssmStatus ?? 'unknown'}${ssmDetails && ssmDetails !== ssmStatus ? ` (${ssmDetails})` : ''}`
        : 'Command never seen',
      countText(targets),
      reachedNone ? 'no managed node matched the targets' : '',
      alarmsText(command?.TriggeredAlarms),
      stopText(polled, options, 'cancelled')
    ),
    targets,
    startedAt: iso(command?.RequestedDateTime, began),
    endedAt: iso(ended > 0 ? new Date(ended) : undefined, pace.now())
  }
}

export async function cancelCommand(client: SSMClient, id: string): Promise<void> {
  await client.send(new CancelCommandCommand({ CommandId: id }))
}
