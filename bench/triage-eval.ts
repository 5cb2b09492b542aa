// The labelled triage evaluation: does a triage provider pick the runbook an SRE would pick (or an
// honest "none") for incidents it has never seen? The set lives in eval/triage (README there): a
// second team's catalog beside the starter one, and one JSON file per incident with the answer and
// why. Cases are read the way intake reads a delivery and normalized the way `analyze` does before
// triage, so the provider sees exactly what it would see in the action, without AWS look-ups.
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { findRepositoryRoot } from '../src/catalog/files.js'
import { incidentEvidence } from '../src/context/evidence.js'
import { resolveFacts } from '../src/context/facts.js'
import { Redactor } from '../src/context/redact.js'
import { validateCommand } from '../src/flows/validate.js'
import type { Incident } from '../src/generated/incident.js'
import type { MatchRule, Runbook } from '../src/generated/runbook.js'
import {
  parseJsonText,
  readDelivery,
  readPayload,
  wrapEvent,
  type Delivery
} from '../src/intake/dispatch.js'
import { isObject } from '../src/intake/json.js'
import { compileGlob } from '../src/match/glob.js'
import { scoreRunbook } from '../src/match/select.js'
import { normalizeDelivery } from '../src/intake/redacted-incident.js'
import type { CatalogRunbook, TriageProvider } from '../src/triage/types.js'

/** What kind of judgement a case tests (eval/triage/README.md, "Categories"). */
export const SIGNALS = ['rule', 'text', 'abstain', 'reject', 'tie'] as const
export type Signal = (typeof SIGNALS)[number]

/** The answer of a case that no runbook should be proposed for. */
export const NONE = 'none'

/** The action's default `event-type`: what a repository_dispatch case must be sent as. */
const EVENT_TYPE = 'aws-incident'

/** Stands in for "now" where the pipeline needs one; no look-up reads it offline. */
const EVALUATED_AT = new Date('2026-04-01T00:00:00Z')

export interface EvalCase {
  /** The case's file name, e.g. `rule-ecs-memory-fx-quote.json`. */
  file: string
  /** The runbook id an SRE would pick, or `none`. */
  expect: string
  signal: Signal
  why: string
  /** The incident as triage receives it. */
  incident: Incident
}

export interface Evaluation {
  /** The starter catalog, then the evaluation team's. */
  catalog: CatalogRunbook[]
  cases: EvalCase[]
}

export interface LoadOptions {
  /** The starter catalog (default: `runbooks` at the repository root above `root`). */
  starter?: string
  /** The folder of `root` holding the cases (default: `cases`; `blind` for the held-out set). */
  cases?: string
}

/** Validates a catalog folder; throws with its problems when it has errors. */
async function validCatalog(dir: string): Promise<CatalogRunbook[]> {
  const result = await validateCommand({ dir })
  if (!result.ok) {
    const problems = result.problems
      .filter((p) => p.severity === 'error')
      .map((p) => `  ${p.file}:${p.line}:${p.column} ${p.message} [${p.rule}]`)
    throw new Error(`the catalog ${dir} is invalid:\n${problems.join('\n')}`)
  }
  return result.entries.map((e) => ({ runbook: e.runbook, file: e.file, digest: e.digest }))
}

/**
 * The delivery a case's event makes: a repository_dispatch body (`{event_type, client_payload}`
 * as an API destination sends it, or the webhook's `{action, client_payload}`) is read as the
 * action reads the webhook; anything else as a payload given to `opsloop triage`.
 */
function deliveryOf(event: unknown): Delivery & { kind: 'payload' } {
  if (isObject(event) && 'client_payload' in event) {
    const action = event.event_type ?? event.action
    const delivery = readDelivery(
      'repository_dispatch',
      { action, client_payload: event.client_payload },
      EVENT_TYPE
    )
    if (delivery.kind === 'ignore') throw new Error(delivery.reason)
    return delivery
  }
  return readPayload(wrapEvent(event))
}

/** The incident `analyze` would triage: normalized, redacted, dispatch tags merged, no AWS. */
async function incidentOf(delivery: Delivery & { kind: 'payload' }): Promise<Incident> {
  const redactor = new Redactor()
  const resolved = await resolveFacts(normalizeDelivery(delivery, redactor), {}, [], EVALUATED_AT)
  return {
    ...resolved.incident,
    tags: redactor.json(resolved.incident.tags),
    facts: redactor.json(resolved.facts)
  }
}

async function readCase(dir: string, file: string, ids: ReadonlySet<string>): Promise<EvalCase> {
  const fail = (what: string): never => {
    throw new Error(`evaluation case ${join(dir, file)}: ${what}`)
  }
  let parsed: unknown
  try {
    parsed = parseJsonText(await readFile(join(dir, file), 'utf8'), 'the file')
  } catch (error) {
    return fail((error as Error).message)
  }
  if (!isObject(parsed)) return fail('is not a JSON object')
  const { expect, signal, why, event } = parsed
  if (typeof expect !== 'string') return fail('`expect` is not a string')
  if (expect !== NONE && !ids.has(expect))
    return fail(
      `\`expect\` is ${JSON.stringify(expect)}, neither a runbook id of the catalog nor "none"`
    )
  if (typeof signal !== 'string' || !(SIGNALS as readonly string[]).includes(signal))
    return fail(`\`signal\` must be one of ${SIGNALS.join(', ')}`)
  if (typeof why !== 'string') return fail('`why` is not a string')
  if (event === undefined) return fail('has no `event`')
  let delivery: Delivery & { kind: 'payload' }
  try {
    delivery = deliveryOf(event)
  } catch (error) {
    return fail(`its event cannot be read: ${(error as Error).message}`)
  }
  if (delivery.problems.length > 0)
    return fail(`its event breaks the dispatch contract: ${delivery.problems.join('; ')}`)
  const incident = await incidentOf(delivery)
  if (incident.kind === 'unrecognized')
    return fail(`OpsLoop cannot read its event: ${incident.title}`)
  return { file, expect, signal: signal as Signal, why, incident }
}

/**
 * Validates the starter catalog and the evaluation team's (`<root>/runbooks`), then reads every
 * case of `<root>/cases` (or of the folder `options.cases` names). Throws, naming the file, when a
 * catalog is invalid, two runbooks share an id, or a case cannot be read or expects a runbook the
 * catalog does not have.
 */
export async function loadEvaluation(
  root = 'eval/triage',
  options: LoadOptions = {}
): Promise<Evaluation> {
  const starter = options.starter ?? join(findRepositoryRoot(root), 'runbooks')
  const catalog = [
    ...(await validCatalog(starter)),
    ...(await validCatalog(join(root, 'runbooks')))
  ]
  const ids = new Set<string>()
  for (const entry of catalog) {
    if (ids.has(entry.runbook.id))
      throw new Error(`runbook id ${entry.runbook.id} (${entry.file}) is used twice in the catalog`)
    ids.add(entry.runbook.id)
  }
  const dir = join(root, options.cases ?? 'cases')
  const files = (await readdir(dir)).filter((f) => f.endsWith('.json')).sort()
  if (files.length === 0) throw new Error(`no evaluation cases (*.json) in ${dir}`)
  const cases = await Promise.all(files.map((f) => readCase(dir, f, ids)))
  return { catalog, cases }
}

const fits = (globs: MatchRule['source'], value: string | undefined): boolean =>
  globs === undefined || compileGlob(globs)(value)

/**
 * Whether a rule speaks about this incident: its source and detail-type fit, and what it names the
 * incident by is the incident's: the metric (namespace and name, dimensions aside) when it names
 * one, else the event name, else the alarm name (an alarm-name rule speaks about the alarms its
 * glob names). A rule that names none of them (tags alone) speaks about nothing in particular.
 */
export function ruleApplies(rule: MatchRule, incident: Incident): boolean {
  if (!fits(rule.source, incident.source) || !fits(rule.detailType, incident.detailType))
    return false
  const metric = rule.metric
  if (metric?.namespace !== undefined || metric?.name !== undefined)
    return incident.metrics.some(
      (m) => fits(metric.namespace, m.namespace) && fits(metric.name, m.name)
    )
  if (rule.eventName !== undefined) return fits(rule.eventName, incident.eventName)
  if (rule.alarmName !== undefined) return fits(rule.alarmName, incident.alarmName)
  return false
}

/**
 * A runbook's own rules reject the incident: none fits, though one speaks about it (`ruleApplies`:
 * same source, detail-type and metric, event name or alarm name); what fails is then a dimension,
 * a tag, the alarm name (of a rule that names a metric), the state, the severity or the resource
 * type.
 */
export function rejectedBy(runbook: Runbook, incident: Incident): boolean {
  return (
    scoreRunbook(runbook, incident) === undefined &&
    runbook.match.some((rule) => ruleApplies(rule, incident))
  )
}

export interface CaseResult {
  file: string
  signal: Signal
  expect: string
  /** Why the answer is `expect`, from the case. */
  why: string
  /** The proposed runbook's id, or `none`. */
  got: string
  ok: boolean
  /** The proposed runbook's own rules reject this incident (see `rejectedBy`). */
  rejectedProposal: boolean
  /** The provider threw (counted as wrong). */
  error?: string
}

export interface Accuracy {
  correct: number
  total: number
}

export interface TriageEvaluationReport {
  provider: string
  cases: CaseResult[]
  totals: {
    overall: Accuracy
    bySignal: Record<Signal, Accuracy>
    /** Cases whose answer is "none", whatever their signal. */
    abstentions: Accuracy
    /** Cases of the `text` signal. */
    textOnly: Accuracy
    rejectedProposals: number
  }
}

function accuracy(results: readonly CaseResult[]): Accuracy {
  return { correct: results.filter((r) => r.ok).length, total: results.length }
}

/** Runs the provider on every case, as the pipeline would for a bare incident. */
export async function evaluateTriage(
  provider: TriageProvider,
  evaluation: Evaluation
): Promise<TriageEvaluationReport> {
  const byId = new Map(evaluation.catalog.map((c) => [c.runbook.id, c.runbook]))
  const cases: CaseResult[] = []
  for (const c of evaluation.cases) {
    const base = { file: c.file, signal: c.signal, expect: c.expect, why: c.why }
    try {
      const triage = await provider.triage({
        incident: c.incident,
        evidence: incidentEvidence(c.incident),
        catalog: evaluation.catalog
      })
      const got = triage.runbook?.id ?? NONE
      const proposed = byId.get(got)
      cases.push({
        ...base,
        got,
        ok: got === c.expect,
        rejectedProposal: proposed !== undefined && rejectedBy(proposed, c.incident)
      })
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error)
      cases.push({ ...base, got: 'error', ok: false, rejectedProposal: false, error: message })
    }
  }
  const bySignal = Object.fromEntries(
    SIGNALS.map((s) => [s, accuracy(cases.filter((r) => r.signal === s))])
  ) as Record<Signal, Accuracy>
  return {
    provider: provider.name,
    cases,
    totals: {
      overall: accuracy(cases),
      bySignal,
      abstentions: accuracy(cases.filter((r) => r.expect === NONE)),
      textOnly: bySignal.text,
      rejectedProposals: cases.filter((r) => r.rejectedProposal).length
    }
  }
}

const percent = (a: Accuracy): string =>
  a.total === 0 ? 'n/a' : `${((100 * a.correct) / a.total).toFixed(1)} % (${a.correct}/${a.total})`

/** Table cells hold untrusted text (ids, file names, reasons): keep each on one line. */
const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\s+/g, ' ')

/** The figures against their targets as a Markdown table, then the cases the provider got wrong. */
export function evaluationTable(
  report: TriageEvaluationReport,
  /** List the failing cases; off for a held-out set, whose cases must stay unseen. */
  listFailures = true
): string {
  const { totals } = report
  const rows: [string, string, string][] = [
    ['overall accuracy', percent(totals.overall), '≥ 95 %'],
    ['text-only accuracy', percent(totals.textOnly), '≥ 85 %'],
    ['rejected-runbook proposals', String(totals.rejectedProposals), '0'],
    ['abstention accuracy (answer is none)', percent(totals.abstentions), 'reported'],
    ...SIGNALS.map((s): [string, string, string] => [
      `accuracy, ${s} cases`,
      percent(totals.bySignal[s]),
      'reported'
    ])
  ]
  const lines = [
    `Triage evaluation (${report.provider} provider, ${report.cases.length} cases)`,
    '',
    '| figure | value | target |',
    '| --- | --- | --- |',
    ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`)
  ]
  const failing = report.cases.filter((r) => !r.ok)
  if (!listFailures) {
    lines.push('', `${failing.length} failing cases, not listed: this set is held out.`)
    return `${lines.join('\n')}\n`
  }
  lines.push('', failing.length === 0 ? 'No failing cases.' : `Failing cases (${failing.length}):`)
  if (failing.length > 0) lines.push('')
  for (const r of failing) {
    const rejected = r.rejectedProposal ? ' (its own rule rejects this incident)' : ''
    const error = r.error ? ` (the provider threw: ${cell(r.error)})` : ''
    lines.push(
      `- \`${r.file}\` [${r.signal}]: expected \`${r.expect}\`, got \`${r.got}\`${rejected}${error}. ${cell(r.why)}`
    )
  }
  return `${lines.join('\n')}\n`
}
