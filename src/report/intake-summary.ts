// The job summary for intake: what happened to the incident, in one small table.
import type { IntakeResult } from '../flows/intake.js'
import { cell, code } from './markdown.js'

const WHAT: Record<IntakeResult['action'], string> = {
  created: 'opened a new incident issue',
  updated: 'counted a repeat delivery on the open issue',
  duplicate: 'ignored a redelivery of an event already counted',
  resolved: 'noted the recovery on the open issue',
  skipped: 'did nothing'
}

export function intakeSummary(result: IntakeResult): string {
  const rows: [string, string][] = [['Action', `${result.action}: ${WHAT[result.action]}`]]
  if (result.action === 'skipped') rows.push(['Why', cell(result.reason)])
  else {
    rows.push(['Issue', `[#${result.issue.number}](${encodeURI(result.issue.url)})`])
    rows.push(['Severity', result.severity])
    if (result.action === 'created') {
      rows.push(['Triage', code(result.provider)])
      rows.push(['Runbook', result.runbook ? code(result.runbook) : 'none proposed'])
      if (result.planDigest) rows.push(['Plan digest', code(result.planDigest)])
    }
    if ('occurrences' in result && result.occurrences !== undefined)
      rows.push(['Occurrences', String(result.occurrences)])
  }
  if (result.fingerprint) rows.push(['Fingerprint', code(result.fingerprint)])
  return [
    '## OpsLoop intake',
    '',
    '| | |',
    '| --- | --- |',
    ...rows.map(([k, v]) => `| ${k} | ${v} |`),
    ''
  ].join('\n')
}
