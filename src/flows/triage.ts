// `opsloop triage --event FILE`: the issue OpsLoop would open for an event, and its plan,
// without touching GitHub. For trying runbooks and prompts on real events.
import { parseJsonText, readPayload, wrapEvent } from '../intake/dispatch.js'
import type { TriageProvider } from '../triage/types.js'
import { analyze, type Analysis } from '../pipeline.js'
import { validateCommand } from './validate.js'

export interface TriageCommandInput {
  /** Where the event came from, named in errors. */
  eventFile: string
  /** The event file's text, or the error reading it (the CLI reads it). */
  readEvent: () => Promise<string>
  runbooks: string
  provider: TriageProvider
  now?: Date
}

export async function triageCommand(input: TriageCommandInput): Promise<Analysis> {
  let text: string
  try {
    text = await input.readEvent()
  } catch (error) {
    throw new Error(
      `cannot read ${input.eventFile}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`
    )
  }
  const delivery = readPayload(wrapEvent(parseJsonText(text, input.eventFile)))
  const catalog = await validateCommand({ dir: input.runbooks })
  return analyze({
    delivery,
    catalog: catalog.entries
      .filter((e) => e.status.errors === 0)
      .map((e) => ({ runbook: e.runbook, file: e.file, digest: e.digest })),
    provider: input.provider,
    now: input.now ?? new Date()
  })
}
