// The reply to `/ask`: the question as asked, then either the model's claims that checked out
// (each with the ids it cites, as links or code OpsLoop writes itself) or the deterministic
// findings: past incidents like this one with what resolved them, evidence rows and runbooks that
// hold the question's words. Everything quoted (the question, titles, people's comments, log
// text, the model's words) is untrusted and rendered inert. The footer says what was read, what
// it cost, and that an answer proposes and runs nothing.
import type { Findings, PastCase } from '../history/answer.js'
import type { ModelAnswer } from '../history/model-answer.js'
import { count } from '../text/count.js'
import { code, codeBlock, prose } from './markdown.js'

export interface AskReplyInput {
  author: string
  question: string
  /** The question was longer than `/ask` reads. */
  cut: boolean
  findings: Findings
  /** The model's answer, when a model was asked. */
  model?: ModelAnswer
  scanned: { past: number; evidence: number; runbooks: number }
}

const ENDED: Record<PastCase['resolution']['ended'], string> = {
  remediated: 'closed as remediated',
  failed: 'remediation failed',
  'rolled back': 'rolled back',
  recovered: 'the alarm recovered',
  closed: 'closed',
  open: 'still open'
}

function resolutionText(p: PastCase): string {
  const rb = p.resolution.runbook
  const parts: string[] = []
  if (rb?.outcome === 'remediated')
    parts.push(`fixed by runbook ${code(rb.id)} (its approved plan ran and was verified)`)
  else if (rb?.outcome)
    parts.push(
      `runbook ${code(rb.id)} ran and ${rb.outcome === 'failed' ? 'failed' : 'was rolled back'}`
    )
  else if (rb?.ran) parts.push(`runbook ${code(rb.id)} ran (no outcome recorded)`)
  else if (rb) parts.push(`runbook ${code(rb.id)} was proposed but never ran`)
  if (!rb?.outcome && p.resolution.notes.length > 0) parts.push('resolved by hand')
  parts.push(ENDED[p.resolution.ended])
  return parts.join('; ')
}

function pastItem(p: PastCase): string[] {
  const why = [...p.reasons, ...(p.matched.length ? [`mentions ${p.matched.join(', ')}`] : [])]
  const lines = [
    `- #${p.issue.number} ${code(p.issue.title)}: ${why.join(', ')}.`,
    `  - **What happened:** ${resolutionText(p)}.`
  ]
  for (const note of p.resolution.notes) {
    const said = note.text ? `: ${prose(note.text)}` : ''
    // The comment's URL is GitHub's own (from its API); anything else is not linked.
    const wrote = /^https:\/\/[^\s()<>]+$/.test(note.url) ? `[wrote](${note.url})` : 'wrote'
    lines.push(`  - ${code(`@${note.author}`)} ${wrote}${said}`)
    for (const command of note.commands)
      lines.push(
        ...codeBlock(command, 'text')
          .split('\n')
          .map((l) => `    ${l}`)
      )
  }
  return lines
}

function deterministic(f: Findings): string[] {
  const out: string[] = []
  if (f.past.length > 0)
    out.push('**Past incidents like this one**', '', ...f.past.flatMap(pastItem), '')
  if (f.evidence.length > 0)
    out.push(
      '**Evidence on this incident that holds your words**',
      '',
      ...f.evidence.map(
        ({ item, matched }) =>
          `- ${code(item.id)} (${item.source}, ${prose(item.label)}; ${matched.join(', ')}): ${code(item.text.slice(0, 300))}`
      ),
      ''
    )
  if (f.runbooks.length > 0)
    out.push(
      '**Runbooks that hold your words**',
      '',
      ...f.runbooks.map((r) => `- ${code(r.id)}: ${prose(r.title)} (${r.matched.join(', ')})`),
      ''
    )
  return out
}

/** An id OpsLoop cites: a past issue is a reference GitHub links; the rest are code. */
const citation = (id: string): string => (/^#\d+$/.test(id) ? id : code(id))

function modelLines(m: ModelAnswer): string[] {
  const out = (m.claims ?? []).map(
    (c) => `- ${prose(c.text)} (${c.cites.map(citation).join(', ')})`
  )
  const warnings: string[] = []
  if (m.dropped > 0)
    warnings.push(
      `${count(m.dropped, 'claim')} of the model's answer ${m.dropped === 1 ? 'was' : 'were'} dropped for citing nothing OpsLoop gave it.`
    )
  if (m.invented.length > 0)
    warnings.push(
      `Citations of ids OpsLoop never gave were removed: ${m.invented.map((x) => code(x)).join(', ')}.`
    )
  if (warnings.length > 0) out.push('', `⚠️ ${warnings.join(' ')}`)
  return out
}

export function askReply(input: AskReplyInput): string {
  const { findings: f, model } = input
  const lines = [
    `💬 @${input.author} asked: ${code(input.question)}${input.cut ? ' (cut: `/ask` reads 500 characters)' : ''}`,
    ''
  ]
  if (model && !model.failure && (model.claims?.length ?? 0) > 0) {
    lines.push(
      `**Answer** (by ${code(model.model)}; every claim cites what it rests on)`,
      '',
      ...modelLines(model),
      ''
    )
  } else {
    if (model?.failure)
      lines.push(
        `ℹ️ The model ${code(model.model)} was not used: ${prose(model.failure)}. OpsLoop answers from its own search instead.`,
        ''
      )
    else if (model)
      lines.push(
        `ℹ️ The model ${code(model.model)} found nothing it could cite${model.dropped > 0 ? ` (${count(model.dropped, 'claim')} dropped for citing nothing given)` : ''}. OpsLoop's own search:`,
        ''
      )
    const found = deterministic(f)
    if (found.length > 0) lines.push(...found)
    else
      lines.push(
        "🤷 Nothing in this repository's incident history or this incident's evidence answers this.",
        ''
      )
  }
  const budget = model?.maxTokens
    ? ` Model budget: at most ${model.maxTokens.toLocaleString('en-US')} output tokens a call (the \`max-tokens\` input)${model.usage ? `; this answer used ${model.usage.inputTokens.toLocaleString('en-US')} in, ${model.usage.outputTokens.toLocaleString('en-US')} out` : ''}.`
    : ' No model was used.'
  lines.push(
    `<sub>Read: ${count(input.scanned.past, 'past incident')}, ${count(input.scanned.evidence, 'evidence row')}, ${count(input.scanned.runbooks, 'runbook')}.${budget} An answer proposes and runs nothing: ${code('/retriage')} triages again, ${code('/set')} changes the plan.</sub>`
  )
  return lines.join('\n')
}
