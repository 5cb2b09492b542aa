// Markdown for the job summary: one row per runbook, then the problems.
import { formatProblem } from '../catalog/problem.js'
import type { CatalogValidation } from '../catalog/validate.js'
import type { Runbook } from '../generated/runbook.js'

const cell = (s: string): string => s.replace(/\|/g, '\\|').replace(/\n/g, ' ')

function targetsOf(rb: Runbook): string {
  const t = rb.targets
  const what =
    t.from === 'dimension'
      ? `dimension ${t.dimension ?? ''}`
      : t.from === 'resources'
        ? `resources ${t.resourcePattern ?? ''}`
        : t.from === 'tags'
          ? `tags ${Object.keys(t.tags ?? {}).join(', ')}`
          : `parameter ${t.parameter ?? ''}`
  return `${what} (max ${t.max})`
}

function approvalOf(rb: Runbook): string {
  const a = rb.approval
  if (!a.required) return 'not required'
  const who = [...(a.approvers?.users ?? []), ...(a.approvers?.teams ?? [])]
  const parts = [`${a.minApprovals ?? 1} approver${(a.minApprovals ?? 1) > 1 ? 's' : ''}`]
  if (who.length > 0) parts.push(`from ${who.join(', ')}`)
  if (a.environment) parts.push(`env ${a.environment}`)
  if (a.expiry) parts.push(`expires ${a.expiry}`)
  return parts.join(', ')
}

export function validationSummary(result: CatalogValidation): string {
  const errors = result.problems.filter((p) => p.severity === 'error').length
  const warnings = result.problems.length - errors
  const head = result.ok
    ? `### ✅ Runbook catalog is valid\n\n${result.statuses.length} runbook file(s) checked${warnings ? `, ${warnings} warning(s)` : ''}.`
    : `### ❌ Runbook catalog has ${errors} error(s)\n\nFix the problems below; each names the file, line and column.`
  const rows = result.statuses.map((s) => {
    const rb = s.runbook
    const status =
      s.errors > 0
        ? `❌ ${s.errors} error(s)`
        : s.warnings > 0
          ? `⚠️ ${s.warnings} warning(s)`
          : '✅ valid'
    return `| ${cell(rb ? `\`${rb.id}\`` : s.id ? `\`${s.id}\`` : '—')} | ${cell(s.file)} | ${rb?.risk ?? '—'} | ${cell(rb ? targetsOf(rb) : '—')} | ${cell(rb ? approvalOf(rb) : '—')} | ${status} |`
  })
  const table = [
    '| Runbook | File | Risk | Targets | Approval | Status |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows
  ]
  const problems =
    result.problems.length > 0
      ? [
          '',
          '<details open><summary>Problems</summary>',
          '',
          '```text',
          ...result.problems.map(formatProblem),
          '```',
          '',
          '</details>'
        ]
      : []
  return [head, '', ...table, ...problems, ''].join('\n')
}
