// Jira rendering, with no calls: the issue's summary, label and description, the comment each
// event adds, as a small document model written out as ADF (Cloud) or wiki markup (Data Center).
// Untrusted text reaches Jira only as ADF text nodes (plain text by construction) or inside
// `{noformat}`, always without control characters and bounded; the summary is one line of at
// most 255 characters, as Jira requires.
import { OUTCOME_PHRASES, shortDigest, type NotificationEvent } from './events.js'
import { NotifyError } from './http.js'
import { clean, issueTitle, oneLine, truncate, webUrl } from './text.js'

export interface Inline {
  text: string
  strong?: true
  code?: true
  href?: string
}
/** Paragraphs of inline runs; a `\n` inside a run is a line break. */
export type JiraDoc = Inline[][]

export const SUMMARY_MAX = 255
const TITLE_MAX = 200
const LONG_MAX = 4000
const SHORT_MAX = 500

/** The label that ties a Jira issue to an incident (labels may not contain spaces). */
export function incidentLabel(fingerprint: string): string {
  if (!/^[A-Za-z0-9_-]{1,200}$/.test(fingerprint))
    throw new NotifyError('the incident fingerprint cannot be used in a Jira label')
  return `opsloop-${fingerprint}`
}

/** The labels a Jira issue is created with: OpsLoop's own, and the incident's. */
export function jiraLabels(fingerprint: string): string[] {
  return ['opsloop', incidentLabel(fingerprint)]
}

/** The Jira issue's summary: one line, at most 255 characters. */
export function jiraSummary(event: NotificationEvent): string {
  const severity = event.kind === 'incident-opened' ? oneLine(event.severity).slice(0, 20) : ''
  const prefix = `OpsLoop #${event.issue.number}${severity ? ` (${severity})` : ''}: `
  return truncate(`${prefix}${issueTitle(event.issue)}`, SUMMARY_MAX)
}

const text = (raw: string, max: number): Inline => ({ text: truncate(clean(raw).trim(), max) })
const line = (raw: string, max: number): Inline => ({ text: truncate(oneLine(raw), max) })
const code = (raw: string): Inline => ({ text: truncate(oneLine(raw), 200), code: true })
const strong = (raw: string): Inline => ({ text: raw, strong: true })
const issueLink = (event: NotificationEvent): Inline => {
  const label = truncate(`#${event.issue.number} ${issueTitle(event.issue)}`, TITLE_MAX)
  const href = webUrl(event.issue.url)
  return href ? { text: label, href } : { text: label }
}

function trailer(event: NotificationEvent): Inline[] {
  return [
    { text: 'OpsLoop tracks this incident by the label ' },
    code(incidentLabel(event.fingerprint)),
    { text: '; the GitHub issue is the record of what happened.' }
  ]
}

/** The description of a Jira issue created for an event. */
export function jiraDescription(event: NotificationEvent): JiraDoc {
  if (event.kind !== 'incident-opened')
    return [[strong('OpsLoop incident'), { text: ' ' }, issueLink(event)], trailer(event)]
  const doc: JiraDoc = [
    [strong('New incident'), { text: ' ' }, issueLink(event)],
    [
      { text: 'Severity: ' },
      line(event.severity || 'unknown', 20),
      { text: ' · Triage: ' },
      line(event.provider, 20),
      { text: ' · Proposed runbook: ' },
      event.runbook ? code(event.runbook) : { text: 'none fits' }
    ]
  ]
  const summary = event.summary ? text(event.summary, LONG_MAX) : undefined
  if (summary?.text) doc.push([summary])
  doc.push(trailer(event))
  return doc
}

/** The comment an event adds to its Jira issue (a new incident adds none). */
export function jiraComment(event: NotificationEvent): JiraDoc | undefined {
  switch (event.kind) {
    case 'incident-opened':
      return undefined
    case 'approval-needed':
      return [
        [strong('Approval needed'), { text: ' on ' }, issueLink(event)],
        [
          { text: 'Runbook ' },
          code(event.runbook),
          { text: ', plan ' },
          code(shortDigest(event.planDigest)),
          { text: '.' }
        ],
        [
          { text: 'Who may approve: ' },
          line(event.whoMayApprove, SHORT_MAX),
          { text: '. Review the plan and approve it on the GitHub issue.' }
        ]
      ]
    case 'remediation-result': {
      const doc: JiraDoc = [
        [strong(OUTCOME_PHRASES[event.outcome]), { text: ' on ' }, issueLink(event)],
        [{ text: 'Runbook ' }, code(event.runbook), { text: ': ' }, line(event.detail, SHORT_MAX)]
      ]
      if (event.approvers.length > 0)
        doc.push([{ text: 'Approved by ' }, line(event.approvers.join(', '), SHORT_MAX)])
      const run = event.runUrl ? webUrl(event.runUrl) : undefined
      if (run) doc.push([{ text: 'Workflow run', href: run }])
      return doc
    }
    case 'recovered':
      return [
        [strong('Recovered'), { text: ' ' }, issueLink(event)],
        [
          ...(event.alarm
            ? [code(event.alarm), { text: ' is back to OK. ' }]
            : [{ text: 'Back to OK. ' }]),
          {
            text: event.closed ? 'The GitHub issue was closed.' : 'The GitHub issue stays open.'
          }
        ]
      ]
  }
}

export interface AdfNode {
  type: string
  version?: number
  text?: string
  attrs?: Record<string, unknown>
  marks?: { type: string; attrs?: Record<string, unknown> }[]
  content?: AdfNode[]
}

/** The document as ADF: text nodes only (plain text by construction), never empty ones. */
export function toAdf(doc: JiraDoc): AdfNode {
  const paragraph = (runs: Inline[]): AdfNode => {
    const content: AdfNode[] = []
    for (const run of runs) {
      const marks: NonNullable<AdfNode['marks']> = []
      // ADF allows `code` with `link` only, never with `strong`.
      if (run.code) marks.push({ type: 'code' })
      else if (run.strong) marks.push({ type: 'strong' })
      if (run.href) marks.push({ type: 'link', attrs: { href: run.href } })
      run.text.split('\n').forEach((part, i) => {
        if (i > 0) content.push({ type: 'hardBreak' })
        if (part !== '')
          content.push({ type: 'text', text: part, ...(marks.length > 0 ? { marks } : {}) })
      })
    }
    return { type: 'paragraph', content }
  }
  return {
    type: 'doc',
    version: 1,
    content: doc.map(paragraph).filter((p) => (p.content?.length ?? 0) > 0)
  }
}

/**
 * The document as wiki markup for Data Center: one link OpsLoop builds (to the GitHub issue),
 * then every word inside `{noformat}`, where Jira renders no markup, mention or link.
 */
export function toWiki(doc: JiraDoc, event: NotificationEvent): string {
  const plain = doc
    .map((runs) =>
      runs.map((r) => (r.href && r.href !== r.text ? `${r.text} (${r.href})` : r.text)).join('')
    )
    .join('\n\n')
    // Only `{noformat}` could end the block early.
    .replace(/\{noformat/gi, '{ noformat')
  const href = webUrl(event.issue.url)?.replace(/\|/g, '%7C').replace(/\]/g, '%5D')
  const link = href ? `[GitHub issue #${event.issue.number}|${href}]` : ''
  return `${link}\n{noformat}\n${plain}\n{noformat}`
}
