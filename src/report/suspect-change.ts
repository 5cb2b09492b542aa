// The "Suspect change" section: the commit change attribution names (full SHA, its deployment and
// pull request), why, with each reason citing its evidence, what else was considered, and what
// was ruled out and why; or why no change is named. Every quoted word comes from untrusted
// telemetry and diffs, so reasons go through prose() and ids through code().
import { CLEAR_CASE_SCORE, type Attribution } from '../triage/change-attribution.js'
import { code, prose } from './markdown.js'

/** At most this many ruled-out changes are listed; the rest are counted. */
const RULED_OUT_SHOWN = 8

export function suspectChangeSection(a: Attribution): string {
  const lines = ['## Suspect change', '']
  const onset = `The symptom began at ${new Date(a.onset.at).toISOString()} (${prose(a.onset.from)}).`
  if (a.suspect) {
    const s = a.suspect
    lines.push(
      `Commit ${code(s.sha)}, shipped by deployment ${code(s.deployment)} to ${code(s.service)}${s.pullRequest ? ` (pull request ${code(`#${s.pullRequest}`)})` : ''}; confidence ${s.confidence.toFixed(2)} (${s.score.toFixed(1)} of the ${CLEAR_CASE_SCORE} that two strong pieces of evidence make). ${onset}`,
      '',
      ...s.reasons.map((r) => `- ${prose(r.text)}`)
    )
  } else {
    lines.push(`No change is named: ${prose(a.none ?? 'no candidate')}. ${onset}`)
  }
  if (a.considered.length > 0)
    lines.push(
      '',
      'Also considered, with less evidence:',
      '',
      ...a.considered.map(
        (c) =>
          `- ${code(c.sha.slice(0, 12))} (${c.score.toFixed(1)}): ${c.reasons.map((r) => prose(r.text)).join('; ')}`
      )
    )
  if (a.ruledOut.length > 0) {
    lines.push('', 'Ruled out:', '')
    for (const r of a.ruledOut.slice(0, RULED_OUT_SHOWN))
      lines.push(
        `- ${code(r.sha.slice(0, 12))} (deployment ${code(r.deployment)}): ${prose(r.why)}`
      )
    if (a.ruledOut.length > RULED_OUT_SHOWN)
      lines.push(`- and ${a.ruledOut.length - RULED_OUT_SHOWN} more`)
  }
  return lines.join('\n')
}
