// SSM's own history of runs, for the circuit breakers (approval/breakers.ts): ListCommands by
// document and start time, and DescribeAutomationExecutions by document and start time (SSM keeps
// commands for 30 days; the breakers look back one day). Reading is bounded: a history longer
// than the bound is an error, never a count cut short, so a breaker cannot be bypassed by
// flooding SSM with other runs of a shared document.
import {
  GetAutomationExecutionCommand,
  paginateDescribeAutomationExecutions,
  paginateListCommands,
  type AutomationExecutionMetadata,
  type SSMClient
} from '@aws-sdk/client-ssm'
import type { PastRun, RunHistory, RunSelector } from '../../approval/ports.js'

/** Runs read per selector at most (50 per page), by default. */
export const HISTORY_LIMIT = 1_000
/** Automation executions whose parameters are read for their targets, at most. */
const PARAMETER_READS = 100

export function ssmRunHistory(client: SSMClient, options: { limit?: number } = {}): RunHistory {
  const limit = options.limit ?? HISTORY_LIMIT
  const tooMany = (selector: RunSelector) =>
    new Error(
      `SSM holds more than ${limit} runs of ${selector.document} in the last day, more than OpsLoop reads to count this runbook's runs; the circuit breakers cannot be checked`
    )

  async function commands(
    selector: Extract<RunSelector, { kind: 'command' }>,
    since: Date
  ): Promise<PastRun[]> {
    const runs: PastRun[] = []
    let read = 0
    const pages = paginateListCommands(
      { client, pageSize: 50 },
      {
        Filters: [
          { key: 'DocumentName', value: selector.document },
          { key: 'InvokedAfter', value: since.toISOString() }
        ]
      }
    )
    for await (const page of pages) {
      for (const c of page.Commands ?? []) {
        if (++read > limit) throw tooMany(selector)
        if (selector.comment !== undefined && !(c.Comment ?? '').startsWith(selector.comment))
          continue
        runs.push({
          id: c.CommandId ?? '',
          startedAt: c.RequestedDateTime ?? new Date(),
          targets: [...(c.InstanceIds ?? []), ...(c.Targets ?? []).flatMap((t) => t.Values ?? [])]
        })
      }
    }
    return runs
  }

  async function automations(document: string, since: Date): Promise<PastRun[]> {
    const found: AutomationExecutionMetadata[] = []
    const pages = paginateDescribeAutomationExecutions(
      { client, pageSize: 50 },
      {
        Filters: [
          { Key: 'DocumentNamePrefix', Values: [document] },
          { Key: 'StartTimeAfter', Values: [since.toISOString()] }
        ]
      }
    )
    for await (const page of pages) {
      for (const e of page.AutomationExecutionMetadataList ?? []) {
        if (found.length >= limit) throw tooMany({ kind: 'automation', document })
        // A prefix matches other documents too; a rate-controlled run's children are one run.
        if (e.DocumentName === document && e.ParentAutomationExecutionId === undefined)
          found.push(e)
      }
    }
    let reads = 0
    const runs: PastRun[] = []
    for (const e of found) {
      const id = e.AutomationExecutionId ?? ''
      // A rate-controlled run names its targets; another one has them in its parameters.
      let targets = (e.Targets ?? []).flatMap((t) => t.Values ?? [])
      if (targets.length === 0) {
        if (++reads > PARAMETER_READS)
          throw new Error(
            `more than ${PARAMETER_READS} runs of ${document} in the last day to read the targets of; the circuit breakers cannot be checked`
          )
        const { AutomationExecution } = await client.send(
          new GetAutomationExecutionCommand({ AutomationExecutionId: id })
        )
        targets = Object.values(AutomationExecution?.Parameters ?? {}).flat()
      }
      runs.push({ id, startedAt: e.ExecutionStartTime ?? new Date(), targets })
    }
    return runs
  }

  return {
    async runs(selectors, since) {
      const byId = new Map<string, PastRun>()
      for (const selector of selectors) {
        const found =
          selector.kind === 'command'
            ? await commands(selector, since)
            : await automations(selector.document, since)
        for (const run of found) byId.set(`${selector.kind}:${run.id}`, run)
      }
      return [...byId.values()]
    }
  }
}
