// `opsloop templates [FILE|-] [--json]`: mines a log file (or standard input) exactly as OpsLoop
// mines an incident's logs (context/templates.ts: the header told from the message, the level
// from the header, Drain's defaults), so people (and the bench) can check grouping on their own
// logs. Text: the templates, most frequent first, with counts. `--json`: one record per input
// line that is not blank, `{"line":1,"id":"i3","severity":"info","template":"…"}` (`line` is the
// input's line number), with each template's final text (templates generalize as lines arrive).
// Both are a stable interface.
import type { LogTemplate } from './context/drain.js'
import type { Severity } from './context/severity.js'
import { LogTemplateMiner } from './context/templates.js'

export interface TemplatesOutput {
  out: (text: string) => void
}

/** A template's id as the output prints it: the severity's initial and its number (`e12`). */
const idOf = (severity: Severity, t: LogTemplate): string => `${severity[0] ?? 'i'}${t.id}`

export async function printTemplates(
  lines: AsyncIterable<string>,
  json: boolean,
  io: TemplatesOutput
): Promise<{ lines: number; templates: number }> {
  const miner = new LogTemplateMiner()
  // Per line only what --json needs: which template (a reference, not the text).
  const mined: { line: number; severity: Severity; template: LogTemplate }[] = []
  let count = 0
  for await (const raw of lines) {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw
    count++
    if (line.trim() === '') continue
    const { severity, template } = miner.add(line, count)
    if (json) mined.push({ line: count, severity, template })
  }
  const templates = miner.templates()
  if (json) {
    for (const { line, severity, template } of mined)
      io.out(
        `${JSON.stringify({ line, id: idOf(severity, template), severity, template: template.template })}\n`
      )
    return { lines: count, templates: templates.length }
  }
  const sorted = [...templates].sort(
    (a, b) => b.template.count - a.template.count || a.template.id - b.template.id
  )
  const width = String(sorted[0]?.template.count ?? 0).length
  for (const { severity, template } of sorted)
    io.out(
      `${String(template.count).padStart(width)}  ${severity.padEnd(5)}  ${idOf(severity, template).padEnd(6)}  ${template.template}\n`
    )
  return { lines: count, templates: templates.length }
}
