// Untrusted text on its way to Slack or Jira: control characters stripped, bounded by code
// points (a cut never splits a surrogate pair), and on one line where a line is all there is.

import { wellFormed } from '../util/unicode.js'

// C0 controls but tab and newline, DEL, C1 controls, and the bidirectional overrides and
// isolates that reorder what a reader sees ("Trojan Source").
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g

/** Text without control characters (tabs become spaces, CR LF becomes LF, broken UTF-16 `�`). */
export function clean(text: string): string {
  return wellFormed(text.replace(/\r\n?/g, '\n').replace(/\t/g, ' ').replace(CONTROL, ''))
}

/** Clean text on one line, whitespace runs collapsed. */
export function oneLine(text: string): string {
  return clean(text).replace(/\s+/g, ' ').trim()
}

/** At most `max` code points; a cut text ends with `…` (counted). */
export function truncate(text: string, max: number): string {
  const points = Array.from(text)
  if (points.length <= max) return text
  return `${points
    .slice(0, Math.max(0, max - 1))
    .join('')
    .trimEnd()}…`
}

/** A title for display: the issue's title, else `Incident #N`. */
export function issueTitle(issue: { number: number; title?: string }): string {
  const title = oneLine(issue.title ?? '')
  return title === '' ? `Incident #${issue.number}` : title
}

/** An http(s) URL as a string, or undefined for anything else (javascript:, data:, garbage). */
export function webUrl(value: string): string | undefined {
  try {
    const url = new URL(value)
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined
  } catch {
    return undefined
  }
}
