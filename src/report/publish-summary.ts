// Markdown for the publish job's summary: every OpsLoop document with its hash and what was done,
// so the run says exactly which documents AWS now runs for which runbook.
import type { PublishRow } from '../flows/publish.js'
import { cell, code } from './markdown.js'

const DONE: Record<PublishRow['action'], string> = {
  created: '🆕 created',
  updated: '⬆️ new default version',
  unchanged: 'unchanged',
  failed: '❌ failed'
}

export function publishSummary(rows: readonly PublishRow[]): string {
  const changed = rows.filter((r) => r.action === 'created' || r.action === 'updated').length
  const failed = rows.filter((r) => r.action === 'failed').length
  const head = failed
    ? `### ❌ ${failed} of ${rows.length} SSM document(s) could not be published`
    : `### ✅ SSM documents published: ${changed} changed, ${rows.length - changed} unchanged`
  return [
    head,
    '',
    '| Runbook | Document | Step | Hash | Version | Done |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows.map(
      (r) =>
        `| ${code(r.runbook)} | ${code(r.document)} | ${r.step} | ${code(r.hash.slice(0, 12))} | ${r.version ?? '—'} | ${DONE[r.action]}${r.error ? `: ${cell(r.error.slice(0, 300))}` : ''} |`
    ),
    ''
  ].join('\n')
}
