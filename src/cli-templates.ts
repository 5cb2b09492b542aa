// `opsloop templates [FILE|-] [--json]`: mines a log file (or standard input) exactly as OpsLoop
// mines an incident's logs (context/templates.ts: the header told from the message, the level
// from the header, structured tokens, Drain's defaults), so people (and the bench) can check
// grouping on their own logs. Text: the templates, most frequent first, with their line count and
// the severities their lines have. `--json`: one record per input line that is not blank,
// `{"line":1,"id":3,"severity":"info","template":"…"}` (`line` is the input's line number, `id`
// the template's), with each template's final text (templates generalize as lines arrive). Both
// are a stable interface.
import type { LogTemplate } from './context/drain.js'
import { SEVERITY_RANK, type Severity } from './context/severity.js'
import { LogTemplateMiner } from './context/templates.js'

export interface TemplatesOutput {
  out: (text: string) => void
}

export async function printTemplates(
  lines: AsyncIterable<string>,
  json: boolean,
  io: TemplatesOutput
): Promise<{ lines: number; templates: number }> {
  const miner = new LogTemplateMiner()
  // Per line only what --json needs: which template (a reference, not the text).
  const mined: { line: number; severity: Severity; template: LogTemplate }[] = []
  const severities = new Map<LogTemplate, Set<Severity>>()
  let count = 0
  for await (const raw of lines) {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw
    count++
    if (line.trim() === '') continue
    const { severity, template } = miner.add(line, count)
    if (json) mined.push({ line: count, severity, template })
    else {
      const seen = severities.get(template) ?? new Set()
      seen.add(severity)
      severities.set(template, seen)
    }
  }
  const templates = miner.templates()
  // A line's template is the one its first template is now part of (templates merge).
  const final = (t: LogTemplate): LogTemplate => miner.template(t.id) ?? t
  if (json) {
    for (const { line, severity, template } of mined) {
      const t = final(template)
      io.out(`${JSON.stringify({ line, id: t.id, severity, template: t.template })}\n`)
    }
    return { lines: count, templates: templates.length }
  }
  const joined = new Map<LogTemplate, Set<Severity>>()
  for (const [t, seen] of severities) {
    const into = joined.get(final(t)) ?? new Set()
    for (const s of seen) into.add(s)
    joined.set(final(t), into)
  }
  const live = [...joined.keys()].sort((a, b) => b.count - a.count || a.id - b.id)
  const width = String(live[0]?.count ?? 0).length
  for (const t of live) {
    const levels = [...(joined.get(t) ?? [])]
      .sort((a, b) => SEVERITY_RANK[b] - SEVERITY_RANK[a])
      .join(',')
    io.out(`${String(t.count).padStart(width)}  ${levels.padEnd(5)}  #${t.id}  ${t.template}\n`)
  }
  return { lines: count, templates: templates.length }
}
