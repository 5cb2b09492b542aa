// The incident issue and its follow-up comments. Everything AWS sent (alarm names, reasons,
// descriptions, the raw event) is untrusted text: it is shown in code spans or fenced blocks,
// where GitHub renders no HTML and links no @-mentions.
import type { Incident, Metric } from '../generated/incident.js'
import { fingerprintLabel, fingerprintMarker } from '../intake/fingerprint.js'
import type { RuleTriage } from '../triage/rules.js'
import { code, codeBlock } from './markdown.js'

/** GitHub refuses issue and comment bodies over 65,536 characters; keep room for the rest. */
const RAW_EVENT_LIMIT = 30_000

export interface IssueDraft {
  title: string
  body: string
  labels: string[]
}

// Titles are plain text: control characters (newlines included) become spaces.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]+/g
const oneLine = (s: string): string => s.replace(CONTROL, ' ').trim()

function metricText(m: Metric): string {
  if (m.expression) return `${m.id ?? 'expression'} = ${m.expression}`
  const dims = Object.entries(m.dimensions)
    .map(([k, v]) => `${k}=${v}`)
    .join(', ')
  return `${m.namespace ?? '?'} ${m.name ?? '?'}${dims ? ` {${dims}}` : ''}`
}

function factsTable(incident: Incident): string[] {
  const rows: [string, string][] = [
    ['Source', `${code(incident.source)} · ${code(incident.detailType)}`],
    ['Severity', incident.severity],
    ...(incident.state ? ([['State', code(incident.state)]] as [string, string][]) : []),
    ...(incident.eventName ? ([['Event', code(incident.eventName)]] as [string, string][]) : []),
    [
      'Account · Region',
      `${code(incident.account ?? 'unknown')} · ${code(incident.region ?? 'unknown')}`
    ],
    ['Time', incident.time ? code(incident.time) : 'unknown']
  ]
  const resources = incident.resources.slice(0, 10).map(code).join('<br>')
  if (resources)
    rows.push([
      'Resources',
      resources +
        (incident.resources.length > 10 ? ` (+${incident.resources.length - 10} more)` : '')
    ])
  const metrics = incident.metrics
    .slice(0, 10)
    .map((m) => code(metricText(m)))
    .join('<br>')
  if (metrics) rows.push(['Metrics', metrics])
  return ['| | |', '| --- | --- |', ...rows.map(([k, v]) => `| ${k} | ${v} |`)]
}

function triageSection(triage: RuleTriage): string[] {
  const lines = ['### Triage', '']
  const chosen = triage.selected
  if (chosen) {
    const rb = chosen.runbook
    lines.push(
      `Proposed runbook: **${code(rb.id)}**: ${rb.title} (risk ${rb.risk}; matched its rule ${chosen.rule + 1}, specificity ${chosen.score}).`
    )
  } else {
    lines.push(`No runbook proposed: ${triage.note ?? 'nothing matched'}.`)
  }
  const others = triage.candidates.filter((c) => c !== chosen).slice(0, 5)
  if (others.length > 0)
    lines.push(
      '',
      `Also matching: ${others.map((c) => `${code(c.runbook.id)} (${c.score})`).join(', ')}.`
    )
  lines.push(
    '',
    "> Triaged by the catalog's match rules (deterministic, offline). Nothing runs without an approval."
  )
  return lines
}

function rawEvent(raw: unknown): string[] {
  let json = JSON.stringify(raw, null, 2)
  const cut = json.length > RAW_EVENT_LIMIT
  if (cut) json = `${json.slice(0, RAW_EVENT_LIMIT)}\n… (truncated)`
  return [
    '<details><summary>Event as delivered</summary>',
    '',
    codeBlock(json, 'json'),
    '',
    '</details>'
  ]
}

export function incidentIssue(
  incident: Incident,
  fp: string,
  triage: RuleTriage,
  raw: unknown
): IssueDraft {
  const what = incident.description
    ? ['### What AWS reported', '', codeBlock(incident.description)]
    : []
  const body = [
    fingerprintMarker(fp),
    `## ${incident.kind === 'alarm' ? 'Alarm' : 'Event'}: ${code(incident.alarmName ?? incident.eventName ?? incident.detailType)}`,
    '',
    ...factsTable(incident),
    '',
    ...what,
    ...(what.length > 0 ? [''] : []),
    ...triageSection(triage),
    '',
    ...rawEvent(raw),
    '',
    `<sub>OpsLoop fingerprint ${code(fp)}. Further deliveries of this incident are added as comments.</sub>`
  ].join('\n')
  return {
    title: `[incident] ${oneLine(incident.title)}`.slice(0, 256),
    body,
    labels: ['opsloop', fingerprintLabel(fp), `severity:${incident.severity}`]
  }
}

export function occurrenceComment(incident: Incident): string {
  const state = incident.state ? ` (${code(incident.state)})` : ''
  const reason = incident.description ? ['', codeBlock(incident.description)] : []
  return [
    `🔁 Delivered again at ${code(incident.time ?? 'an unknown time')}${state}.`,
    ...reason
  ].join('\n')
}

export function recoveryComment(incident: Incident): string {
  const reason = incident.description ? ['', codeBlock(incident.description)] : []
  return [
    `✅ ${code(incident.alarmName ?? 'The alarm')} returned to ${code('OK')} at ${code(incident.time ?? 'an unknown time')}.`,
    ...reason
  ].join('\n')
}
