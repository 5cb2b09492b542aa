// Untrusted text on its way to Slack or Jira: control characters stripped, `<!--` and `-->` made
// inert, bounded by code points (a cut never splits a surrogate pair), and on one line where a
// line is all there is. The policy itself lives in `text/untrusted.ts`.

import * as untrusted from '../text/untrusted.js'

/**
 * Text without control characters (tabs become spaces, CR LF becomes LF, broken UTF-16 `�`) and
 * with `<!--` and `-->` made inert.
 */
export function clean(text: string): string {
  return untrusted.neutralizeMarkers(untrusted.stripControls(text))
}

/** Clean text on one line, whitespace runs collapsed. */
export function oneLine(text: string): string {
  return untrusted.oneLine(text)
}

/** At most `max` code points; a cut text ends with `…` (counted). */
export function truncate(text: string, max: number): string {
  return untrusted.truncate(text, max)
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
