// A runbook drafted from an incident people resolved by hand: the commands they wrote in code
// blocks on the issue become its execution; the incident's own values in them (a tag, a metric
// dimension) become parameters constrained to the value seen (`enum`), taken from the same place
// next time; match rules come from the alarm, verification from it returning to OK, and the
// incident's own event (as OpsLoop sealed it, redacted) becomes the example its `tests` select.
// It asks for two approvals, for people to lower. Its risk is `medium`, not `high`: a high-risk
// runbook must have a `rollback`, which OpsLoop cannot invent for a fix done by hand, and the
// to-do list says to raise it with one when the fix is risky. A value the commands use
// that OpsLoop cannot tie to the incident (a shell variable, a `<placeholder>`) becomes a
// parameter with no constraint, so the draft fails validation on purpose until a person
// constrains it, and the draft's to-do list says so. Pure: the caller writes the files.
import { stringify } from 'yaml'
import type { Incident } from '../generated/incident.js'
import type { PersonNote } from './resolution.js'

export interface DraftInput {
  issue: { number: number; url: string }
  /** The incident, as intake read it from the sealed event. */
  incident: Incident
  /** The sealed delivery payload (`{ event, context }`, redacted): the draft's example. */
  payload: Record<string, unknown>
  /** What people wrote on the issue, commands apart. */
  notes: readonly PersonNote[]
  /** Runbook ids the catalog has already. */
  taken: readonly string[]
}

export interface RunbookDraft {
  id: string
  /** The runbook file, then its example, as paths from the repository root. */
  files: { path: string; text: string }[]
  /** Who wrote the commands (the runbook's owners). */
  authors: string[]
  /** What a person must do before merging; the first entries make validation fail. */
  todo: string[]
  /** Whether the draft should validate as it is (no unconstrained value reaches a shell). */
  safe: boolean
}

export type DraftResult =
  { drafted: true; draft: RunbookDraft } | { drafted: false; reason: string }

/** Shell lines from people's code blocks: prompts and comments dropped, blank lines too. */
export function commandLines(notes: readonly PersonNote[]): string[] {
  return notes.flatMap((n) =>
    n.commands.flatMap((block) =>
      block
        .split('\n')
        .map((l) => l.replace(/^\s*(?:\$|#)\s+(?=\S)/, (m) => (m.trim() === '$' ? '' : m)).trim())
        .filter((l) => l !== '' && !l.startsWith('#'))
    )
  )
}

const slug = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48)
    .replace(/-+$/, '')

function freeId(base: string, taken: readonly string[]): string {
  const root = `fix-${base || 'incident'}`.slice(0, 60)
  if (!taken.includes(root)) return root
  for (let n = 2; ; n++) if (!taken.includes(`${root}-${n}`)) return `${root}-${n}`
}

/** A parameter name from a tag key or dimension name: `InstanceId` → `instanceId`. */
const paramName = (key: string): string => {
  const clean = key.replace(/[^A-Za-z0-9_]/g, '_').replace(/^[^A-Za-z]+/, '')
  return `${clean.charAt(0).toLowerCase()}${clean.slice(1)}`.slice(0, 40) || 'value'
}

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

interface Param {
  type: 'string'
  description: string
  enum?: string[]
  pattern?: string
  from?: string
}

/** An incident value the commands may use, and where a plan finds it next time. */
interface Known {
  name: string
  value: string
  from: string
  what: string
}

function knownValues(incident: Incident): Known[] {
  const out: Known[] = []
  for (const [key, value] of Object.entries(incident.tags))
    if (value && value.length >= 2)
      out.push({ name: paramName(key), value, from: `tags.${key}`, what: `the \`${key}\` tag` })
  for (const m of incident.metrics)
    for (const [key, value] of Object.entries(m.dimensions))
      if (value && value.length >= 2 && !out.some((k) => k.value === value))
        out.push({
          name: paramName(key),
          value,
          from: `dimensions.${key}`,
          what: `the \`${key}\` dimension`
        })
  // Longest first, so a value inside another is not replaced in it.
  return out.sort((a, b) => b.value.length - a.value.length)
}

/** `$NAME`, `${NAME}` and `<name>` the commands use but do not set: values a person supplied. */
function unknownValues(lines: readonly string[]): string[] {
  const set = new Set<string>()
  for (const l of lines)
    for (const m of l.matchAll(/\b([A-Za-z_][A-Za-z0-9_]*)=/g)) set.add(m[1] ?? '')
  const out = new Set<string>()
  for (const l of lines) {
    for (const m of l.matchAll(/\$\{?([A-Za-z_][A-Za-z0-9_]*)\}?/g))
      if (!set.has(m[1] ?? '')) out.add(m[0])
    for (const m of l.matchAll(/<([a-z][a-z0-9_-]{0,39})>/gi)) out.add(m[0])
  }
  return [...out]
}

export function draftRunbook(input: DraftInput): DraftResult {
  const lines = commandLines(input.notes)
  if (lines.length === 0)
    return {
      drafted: false,
      reason: 'nobody wrote the commands they ran in a code block on the issue'
    }
  const { incident, issue } = input
  const id = freeId(slug(incident.alarmName ?? incident.detailType), input.taken)
  const parameters: Record<string, Param> = {}
  const todo: string[] = []
  const use = (name: string): string => `{{ params.${name} }}`

  let commands = [...lines]
  for (const k of knownValues(incident)) {
    const word = new RegExp(`(?<![A-Za-z0-9_.-])${escapeRe(k.value)}(?![A-Za-z0-9_-])`, 'g')
    if (!commands.some((c) => word.test(c))) continue
    commands = commands.map((c) => c.replace(word, use(k.name)))
    parameters[k.name] = {
      type: 'string',
      description: `${k.what} of the incident (\`${k.value}\` on #${issue.number}); add the other values this runbook may act on.`,
      enum: [k.value],
      from: k.from
    }
  }
  const unknown = unknownValues(commands)
  for (const placeholder of unknown) {
    const name = paramName(placeholder.replace(/[${}<>]/g, '').toLowerCase())
    commands = commands.map((c) => c.split(placeholder).join(use(name)))
    parameters[name] = {
      type: 'string',
      description: `What \`${placeholder}\` stood for in the commands on #${issue.number}. OpsLoop could not tie it to the incident: constrain it, then say where it comes from.`
    }
    todo.push(
      `\`${name}\` (\`${placeholder}\` in the commands) reaches a shell unconstrained: give it an \`enum\` or an anchored \`pattern\`, and a \`from\` or a \`default\`. Until then the runbook fails validation, on purpose.`
    )
  }

  const roleKey = Object.keys(incident.tags).find((k) => k.toLowerCase() === 'role')
  const instanceDim = incident.metrics
    .flatMap((m) => Object.keys(m.dimensions))
    .find((k) => k === 'InstanceId')
  let targets: Record<string, unknown>
  if (roleKey && incident.tags[roleKey]) {
    const name = paramName(roleKey)
    if (!(name in parameters))
      parameters[name] = {
        type: 'string',
        description: `The instances' \`${roleKey}\` tag (\`${incident.tags[roleKey] ?? ''}\` on #${issue.number}).`,
        enum: [incident.tags[roleKey] ?? ''],
        from: `tags.${roleKey}`
      }
    targets = { from: 'tags', tags: { [roleKey]: [use(name)] }, max: 10 }
  } else if (instanceDim) {
    targets = { from: 'dimension', dimension: instanceDim, max: 1 }
  } else {
    parameters.instance = {
      type: 'string',
      description:
        'The instance to run on: the incident names none; set it with `/set instance=i-…`.',
      pattern: '^i-[0-9a-f]{8,17}$'
    }
    targets = { from: 'parameter', parameter: 'instance', max: 1 }
    todo.push(
      'The incident names no instance: say which instances this runs on (`targets`), or keep `/set instance=…` on each incident.'
    )
  }

  const authors = [
    ...new Set(input.notes.filter((n) => n.commands.length > 0).map((n) => n.author))
  ]
  const example = `examples/${id}/issue-${issue.number}.json`
  const alarm = incident.kind === 'alarm' && incident.alarmName
  const first = incident.metrics.find((m) => m.namespace && m.name)
  const metric = first ? { namespace: first.namespace, name: first.name } : undefined
  const runbook = {
    apiVersion: 'opsloop/v1',
    id,
    title: `Fix ${incident.alarmName ?? incident.detailType} as on #${issue.number}`,
    description: `Drafted by OpsLoop from incident #${issue.number} (${issue.url}), which ${authors.map((a) => `@${a}`).join(', ')} resolved by hand with the commands below. Check every command and the parameters, then lower \`risk\` when you trust it.`,
    owners: authors,
    risk: 'medium',
    match: [
      {
        source: incident.source,
        detailType: incident.detailType,
        ...(alarm ? { alarmName: [incident.alarmName] } : {}),
        ...(metric ? { metric } : {})
      }
    ],
    ...(Object.keys(parameters).length > 0 ? { parameters } : {}),
    targets,
    approval: { required: true, minApprovals: 2, expiry: '2h' },
    execution: {
      runCommand: {
        document: 'AWS-RunShellScript',
        commands: ['set -euo pipefail', ...commands],
        executionTimeoutSeconds: 300
      },
      maxConcurrency: '1',
      maxErrors: '0',
      timeoutSeconds: 900
    },
    ...(alarm ? { verify: { alarmOk: { within: '10m' } } } : {}),
    tests: [example]
  }
  if (!alarm)
    todo.push('The incident is not an alarm: add a `verify` check that proves the fix worked.')
  todo.push(
    'Review each command: it runs as written, as root, on every target.',
    'It asks for 2 approvals and is `risk: medium`; if the fix is risky, make it `high` and add the `rollback` a high-risk runbook needs; once trusted, lower the approvals.'
  )
  const yaml = `# yaml-language-server: $schema=../schemas/runbook.schema.json\n# Drafted by OpsLoop from ${issue.url}: review before merging.\n${stringify(runbook, { lineWidth: 100 })}`
  return {
    drafted: true,
    draft: {
      id,
      authors,
      todo,
      safe: unknown.length === 0,
      files: [
        { path: `runbooks/${id}.yaml`, text: yaml },
        { path: `runbooks/${example}`, text: `${JSON.stringify(input.payload, null, 2)}\n` }
      ]
    }
  }
}
