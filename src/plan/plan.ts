// The plan: exactly what would run if approved. Parameters are resolved from the incident (a
// parameter's `from:`), then the model's proposal, then the default; targets from the incident as
// the runbook says. A digest over the runbook's content, the parameters and the targets binds an
// approval to this plan and nothing else. Pure over its inputs.
import { createHash } from 'node:crypto'
import { checkParameterValue } from '../catalog/parameters.js'
import { references } from '../catalog/templates.js'
import type { Incident } from '../generated/incident.js'
import type { Parameter } from '../generated/runbook.js'
import { compileGlob } from '../match/glob.js'
import { canonicalJson } from '../util/canonical-json.js'
import type { CatalogRunbook, ParameterValue } from '../triage/types.js'

export const PLAN_VERSION = 1

export interface PlanParameter {
  name: string
  value?: ParameterValue
  /** Where the value came from. */
  source: 'incident' | 'model' | 'default' | 'missing'
  /** The `from:` path, when the value came from the incident. */
  from?: string
  sensitive: boolean
}

export type PlanTargets =
  | { kind: 'instances'; ids: string[] }
  | { kind: 'tags'; tags: Record<string, string[]> }
  | { kind: 'resources'; arns: string[] }
  | { kind: 'parameter'; name: string; values: string[] }

export interface Plan {
  version: number
  runbook: { id: string; title: string; risk: string; file: string; digest: string }
  parameters: PlanParameter[]
  targets?: PlanTargets
  /** What stops this plan from running; empty when it is ready for approval. */
  problems: string[]
  /** Facts a reader should see, e.g. the model disagreeing with the incident's own value. */
  notes: string[]
  /** sha256 over version, runbook digest, parameter values and targets; only when ready. */
  digest?: string
  /** When this plan was proposed; approvals given before it do not count. Not in the digest. */
  proposedAt: string
  /** Who caused the proposal (the workflow's actor), for the self-approval rule. */
  requestedBy?: string
  /** The incident facts remediation re-checks: the alarm that must still be firing. */
  incident: { alarmName?: string; region?: string; state?: string; fingerprint?: string }
}

export interface PlanContext {
  proposedAt: string
  requestedBy?: string
  fingerprint?: string
}

/** The value a `from:` path names in the incident, if any. */
export function valueFrom(incident: Incident, from: string): string | undefined {
  const dot = from.indexOf('.')
  const head = dot < 0 ? from : from.slice(0, dot)
  const key = dot < 0 ? '' : from.slice(dot + 1)
  switch (head) {
    case 'dimensions':
      return incident.metrics.map((m) => m.dimensions[key]).find((v) => v !== undefined)
    case 'tags':
      return incident.tags[key]
    case 'context': {
      const v = incident.context[key]
      return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean'
        ? String(v)
        : undefined
    }
    case 'alarmName':
      return incident.alarmName
    case 'region':
      return incident.region
    case 'account':
      return incident.account
    case 'resourceId':
      return incident.resources[0]?.split(/[:/]/).pop() || undefined
    default:
      return undefined
  }
}

/** Incident values are text; a numeric or boolean parameter reads them as such. */
function typed(param: Parameter, text: string): ParameterValue {
  if (param.type === 'integer' || param.type === 'number') {
    const n = Number(text)
    return text.trim() !== '' && Number.isFinite(n) ? n : text
  }
  if (param.type === 'boolean') return text === 'true' ? true : text === 'false' ? false : text
  return text
}

function resolveParameter(
  name: string,
  param: Parameter,
  incident: Incident,
  proposed: ParameterValue | undefined,
  problems: string[],
  notes: string[]
): PlanParameter {
  const sensitive = param.sensitive === true
  const shown = (v: ParameterValue): string => (sensitive ? '(sensitive)' : JSON.stringify(v))
  const fromText = param.from ? valueFrom(incident, param.from) : undefined
  if (param.from && fromText !== undefined) {
    const value = typed(param, fromText)
    const wrong = checkParameterValue(param, value)
    if (wrong) {
      // The incident names a value the runbook does not allow: never swap in a default for it.
      problems.push(
        `Parameter \`${name}\`: the incident's \`${param.from}\` ${wrong}. Add the value to the runbook if it is safe, or handle this incident by hand.`
      )
      return { name, source: 'missing', from: param.from, sensitive }
    }
    if (proposed !== undefined && proposed !== value)
      notes.push(
        `The model proposed ${shown(proposed)} for \`${name}\`; the incident's \`${param.from}\` says ${shown(value)}, which the plan uses.`
      )
    return { name, value, source: 'incident', from: param.from, sensitive }
  }
  if (proposed !== undefined && checkParameterValue(param, proposed) === undefined)
    return { name, value: proposed, source: 'model', sensitive }
  if (param.default !== undefined)
    return { name, value: param.default, source: 'default', sensitive }
  problems.push(
    `Parameter \`${name}\` has no value: ${param.from ? `the incident has no \`${param.from}\` and ` : ''}the runbook gives no default.`
  )
  return { name, source: 'missing', sensitive }
}

function fill(template: string, params: readonly PlanParameter[]): string | undefined {
  let out = template
  for (const ref of references(template).reverse()) {
    if (ref.kind !== 'param') return undefined
    const value = params.find((p) => p.name === ref.name)?.value
    if (value === undefined) return undefined
    out = out.slice(0, ref.index) + String(value) + out.slice(ref.index + ref.text.length)
  }
  return out
}

function resolveTargets(
  entry: CatalogRunbook,
  incident: Incident,
  params: readonly PlanParameter[],
  problems: string[]
): PlanTargets | undefined {
  const t = entry.runbook.targets
  const tooMany = (n: number): boolean => {
    if (n > t.max)
      problems.push(`${n} targets resolved; the runbook allows at most ${t.max} (\`targets.max\`).`)
    return n > t.max
  }
  switch (t.from) {
    case 'dimension': {
      const key = t.dimension ?? ''
      const ids = [
        ...new Set(incident.metrics.flatMap((m) => (m.dimensions[key] ? [m.dimensions[key]] : [])))
      ]
      if (ids.length === 0)
        problems.push(`The incident's metrics have no \`${key}\` dimension to target.`)
      tooMany(ids.length)
      return { kind: 'instances', ids }
    }
    case 'resources': {
      const fits = compileGlob(t.resourcePattern ?? '')
      const arns = incident.resources.filter((r) => fits(r))
      if (arns.length === 0)
        problems.push(`No resource of the incident fits \`${t.resourcePattern ?? ''}\`.`)
      tooMany(arns.length)
      return { kind: 'resources', arns }
    }
    case 'tags': {
      const tags: Record<string, string[]> = {}
      for (const [key, values] of Object.entries(t.tags ?? {})) {
        const filled = (values ?? []).map((v) => fill(v, params))
        if (filled.some((v) => v === undefined)) {
          problems.push(`Target tag \`${key}\` refers to a parameter that has no value.`)
          return undefined
        }
        tags[key] = filled as string[]
      }
      return { kind: 'tags', tags }
    }
    case 'parameter': {
      const name = t.parameter ?? ''
      const value = params.find((p) => p.name === name)?.value
      if (value === undefined) {
        problems.push(`The target parameter \`${name}\` has no value.`)
        return { kind: 'parameter', name, values: [] }
      }
      return { kind: 'parameter', name, values: [String(value)] }
    }
  }
}

export function planDigest(
  plan: Pick<Plan, 'version' | 'runbook' | 'parameters' | 'targets'>
): string {
  const bound = {
    version: plan.version,
    runbook: { id: plan.runbook.id, digest: plan.runbook.digest },
    parameters: Object.fromEntries(plan.parameters.map((p) => [p.name, p.value])),
    targets: plan.targets ?? null
  }
  return createHash('sha256').update(canonicalJson(bound)).digest('hex')
}

export function buildPlan(
  entry: CatalogRunbook,
  incident: Incident,
  proposed: Readonly<Record<string, ParameterValue>> = {},
  context: PlanContext = { proposedAt: new Date(0).toISOString() }
): Plan {
  const problems: string[] = []
  const notes: string[] = []
  const parameters = Object.entries(entry.runbook.parameters ?? {}).flatMap(([name, param]) =>
    param ? [resolveParameter(name, param, incident, proposed[name], problems, notes)] : []
  )
  const targets = resolveTargets(entry, incident, parameters, problems)
  const r = entry.runbook
  const plan: Plan = {
    version: PLAN_VERSION,
    runbook: { id: r.id, title: r.title, risk: r.risk, file: entry.file, digest: entry.digest },
    parameters,
    ...(targets ? { targets } : {}),
    problems,
    notes,
    proposedAt: context.proposedAt,
    ...(context.requestedBy ? { requestedBy: context.requestedBy } : {}),
    incident: {
      ...(incident.alarmName ? { alarmName: incident.alarmName } : {}),
      ...(incident.region ? { region: incident.region } : {}),
      ...(incident.state ? { state: incident.state } : {}),
      ...(context.fingerprint ? { fingerprint: context.fingerprint } : {})
    }
  }
  return problems.length === 0 ? { ...plan, digest: planDigest(plan) } : plan
}
