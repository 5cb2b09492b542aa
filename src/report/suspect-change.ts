// The "Suspect change" section: the commit change attribution names (full SHA, its deployment and
// pull request), why, with each reason citing its evidence, what else was considered, and what
// was ruled out and why; or why no change is named. Every quoted word comes from untrusted
// telemetry and diffs, so reasons go through prose() and ids through code(). The commit and pull
// request are GitHub references (`owner/name@sha`, `owner/name#12`), which GitHub links itself:
// both are checked to be nothing but a repository name, a full SHA and a number first.
import type { Attribution } from '../triage/change-attribution.js'
import { CLEAR_CASE_SCORE } from '../triage/clear-case.js'
import { code, prose } from './markdown.js'

/** At most this many ruled-out changes are listed; the rest are counted. */
const RULED_OUT_SHOWN = 8

const REPO = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/
const SHA = /^[0-9a-f]{40}$/

/** The commit as GitHub links it, with its full SHA; as code when it cannot be a reference. */
function commitRef(repo: string | undefined, sha: string): string {
  return repo && REPO.test(repo) && SHA.test(sha) ? `${repo}@${sha}` : code(sha)
}

function pullRef(repo: string | undefined, n: number): string {
  return repo && REPO.test(repo) && Number.isSafeInteger(n) ? `${repo}#${n}` : code(`#${n}`)
}

/** `12 min before the symptom began`, `3 min after it began`. */
function relativeTo(at: number, onset: number): string {
  const minutes = Math.round(Math.abs(onset - at) / 60_000)
  const span =
    minutes === 0
      ? 'under a minute'
      : minutes < 120
        ? `${minutes} min`
        : `${Math.round(minutes / 60)} h`
  return at <= onset ? `${span} before the symptom began` : `${span} after it began`
}

export function suspectChangeSection(a: Attribution): string {
  const lines = ['### Suspect change', '']
  const onset = `The symptom began at ${new Date(a.onset.at).toISOString()} (${prose(a.onset.from)}).`
  if (a.suspect) {
    const s = a.suspect
    lines.push(
      `Commit ${commitRef(s.repo, s.sha)}, shipped by deployment ${code(s.deployment)} to ${code(s.service)}${s.pullRequest ? ` (pull request ${pullRef(s.repo, s.pullRequest)})` : ''}; confidence ${s.confidence.toFixed(2)} (${a.review?.verdict === 'differs' ? "named by the model's review, its citations checked against the diffs and the errors" : `${s.score.toFixed(1)} of the ${CLEAR_CASE_SCORE} that two strong pieces of evidence make`}). ${onset}`,
      '',
      ...s.reasons.map((r) => `- ${prose(r.text)}`)
    )
    // An operational cause seen too: the reader weighs it, knowing why the change still stands.
    if (a.operational.length > 0)
      lines.push(
        '',
        `Also seen, and outweighed by the strong evidence above: ${a.operational.map((o) => prose(o.why)).join('; ')}.`
      )
  } else {
    lines.push(`No change is named: ${prose(a.none ?? 'no candidate')}. ${onset}`)
  }
  if (a.review)
    lines.push(
      '',
      `Reviewed by ${code(a.review.model)} (${a.review.verdict}): ${prose(a.review.text)}`
    )
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
        `- ${code(r.sha.slice(0, 12))} (deployment ${code(r.deployment)}${r.landedAt !== undefined ? `, landed ${relativeTo(r.landedAt, a.onset.at)}` : ''}): ${prose(r.why)}`
      )
    if (a.ruledOut.length > RULED_OUT_SHOWN)
      lines.push(`- and ${a.ruledOut.length - RULED_OUT_SHOWN} more`)
  }
  return lines.join('\n')
}
