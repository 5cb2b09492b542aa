// Is the plan on an issue still the plan? Remediation never trusts the issue body (anyone with
// write access can edit it): it re-checks the stored parameters and targets against the runbook as
// it is now on the default branch and recomputes the digest over the current runbook content.
import { checkParameterValue } from '../catalog/parameters.js'
import type { CatalogRunbook } from '../triage/types.js'
import { planDigest, type Plan } from './plan.js'

export type CurrentPlan =
  | { kind: 'current'; plan: Plan & { digest: string }; entry: CatalogRunbook }
  /** The runbook changed: the plan with the new digest, to propose again. */
  | { kind: 'changed'; plan: Plan & { digest: string }; entry: CatalogRunbook; was?: string }
  | { kind: 'invalid'; reason: string }

const count = (plan: Plan): number => {
  const t = plan.targets
  if (!t) return 0
  switch (t.kind) {
    case 'instances':
      return t.ids.length
    case 'resources':
      return t.arns.length
    case 'parameter':
      return t.values.length
    case 'tags':
      return 0
  }
}

export function currentPlan(stored: Plan, catalog: readonly CatalogRunbook[]): CurrentPlan {
  const entry = catalog.find((c) => c.runbook.id === stored.runbook.id)
  if (!entry)
    return {
      kind: 'invalid',
      reason: `runbook \`${stored.runbook.id}\` is no longer in the catalog, or no longer validates`
    }
  if (stored.problems.length > 0 || stored.digest === undefined)
    return { kind: 'invalid', reason: 'this plan is incomplete; see its problems on the issue' }
  const declared = entry.runbook.parameters ?? {}
  for (const p of stored.parameters) {
    const param = declared[p.name]
    if (!param) return { kind: 'invalid', reason: `the runbook no longer declares \`${p.name}\`` }
    const wrong = p.value === undefined ? 'has no value' : checkParameterValue(param, p.value)
    if (wrong) return { kind: 'invalid', reason: `parameter \`${p.name}\` ${wrong}` }
  }
  const missing = Object.keys(declared).filter((n) => !stored.parameters.some((p) => p.name === n))
  if (missing.length > 0)
    return {
      kind: 'invalid',
      reason: `the runbook now needs ${missing.map((n) => `\`${n}\``).join(', ')}; a new plan is needed`
    }
  if (count(stored) > entry.runbook.targets.max)
    return { kind: 'invalid', reason: `the plan has more targets than the runbook now allows` }
  const refreshed = {
    ...stored,
    runbook: {
      ...stored.runbook,
      title: entry.runbook.title,
      risk: entry.runbook.risk,
      digest: entry.digest
    }
  }
  const digest = planDigest(refreshed)
  return digest === stored.digest
    ? { kind: 'current', plan: { ...refreshed, digest }, entry }
    : { kind: 'changed', plan: { ...refreshed, digest }, entry, was: stored.digest }
}
