// `learn`: an incident issue closed as completed without a runbook fixing it (none was proposed,
// none ran, or its run failed), where people wrote the commands they ran. OpsLoop drafts a runbook
// from those commands (history/draft-runbook.ts), validates it with the catalog as
// `opsloop validate` does, and opens a draft pull request with it and its example; the issue gets
// one reply linking it. Only comments by people with write access count (anyone can comment on an
// issue, and a command they wrote must not become a proposal in OpsLoop's name). Nothing from the
// pull request can run before a person merges it and it is published like any runbook.
import { maySendCommands } from '../approval/policy.js'
import { draftRunbook, type RunbookDraft } from '../history/draft-runbook.js'
import type { DraftValidation, RunbookProposals } from '../history/ports.js'
import { resolutionOf } from '../history/resolution.js'
import { sealedIncident } from '../intake/redacted-incident.js'
import { readLedger } from '../issue/ledger.js'
import type { RecordKey } from '../issue/record-key.js'
import type { IssueThread } from '../issue/thread.js'
import { code, prose } from '../report/markdown.js'
import type { CatalogRunbook } from '../triage/types.js'

export interface LearnInput {
  thread: IssueThread
  proposals: RunbookProposals
  validate: DraftValidation
  records: { key: RecordKey; repo: string }
  catalog: () => Promise<readonly CatalogRunbook[]>
  /** How GitHub says the issue was closed (`completed`, `not_planned`, …). */
  stateReason: string | null
}

export type LearnResult =
  | { drafted: false; reason: string }
  | { drafted: true; pull: { number: number; url: string; created: boolean }; draft: RunbookDraft }

export async function learnCommand(input: LearnInput): Promise<LearnResult> {
  const { thread } = input
  if (input.stateReason !== 'completed')
    return { drafted: false, reason: 'the issue was not closed as completed' }
  const snapshot = await thread.snapshot()
  const ledger = readLedger(snapshot, input.records.key, input.records.repo)
  if (!ledger.authentic) return { drafted: false, reason: ledger.reason }
  if (snapshot.issue.state !== 'closed') return { drafted: false, reason: 'the issue is open' }
  const resolution = resolutionOf(ledger, snapshot.issue.labels, 'closed')
  if (resolution.runbook?.outcome === 'remediated')
    return { drafted: false, reason: `runbook ${resolution.runbook.id} fixed it` }
  const incident = sealedIncident(ledger)
  if (!incident || !ledger.event)
    return {
      drafted: false,
      reason: 'the event was not kept on the issue (larger than 24 KB), so there is no example'
    }
  // People's words, from people who may change runbooks: one permission look-up each.
  const writers = new Set<string>()
  for (const author of new Set(resolution.notes.map((n) => n.author)))
    if (maySendCommands(await thread.permissionOf(author))) writers.add(author)
  const notes = resolution.notes.filter((n) => writers.has(n.author))
  const catalog = await input.catalog()
  const result = draftRunbook({
    issue: { number: snapshot.issue.number, url: snapshot.issue.url },
    incident,
    payload: ledger.event,
    notes,
    taken: catalog.map((c) => c.runbook.id)
  })
  if (!result.drafted) return { drafted: false, reason: result.reason }
  const { draft } = result
  const validation = await input.validate(draft.files)
  const pull = await input.proposals.propose({
    branch: `opsloop/draft-runbook-issue-${snapshot.issue.number}`,
    title: `Draft runbook ${draft.id}, from #${snapshot.issue.number} (resolved by hand)`,
    message: `Draft runbook ${draft.id} from #${snapshot.issue.number}`,
    body: pullBody(draft, snapshot.issue.number, validation),
    files: draft.files
  })
  if (pull.created)
    await thread.reply(
      `📝 OpsLoop drafted runbook ${code(draft.id)} from the commands ${draft.authors.map((a) => `@${a}`).join(', ')} wrote here: #${pull.number} (a draft pull request). ${validation.ok ? 'It passes `opsloop validate`.' : 'It does not pass `opsloop validate` yet: the pull request says what to finish.'} Nothing in it can run before a person merges it and it is published like any runbook.`
    )
  return { drafted: true, pull, draft }
}

function pullBody(
  draft: RunbookDraft,
  issue: number,
  validation: Awaited<ReturnType<DraftValidation>>
): string {
  const problems = validation.problems.map(
    (p) => `- ${code(`${p.file}:${p.line}`)}: ${prose(p.message)}`
  )
  return [
    `Drafted by OpsLoop from #${issue}, which ${draft.authors.map((a) => `@${a}`).join(', ')} resolved by hand. The commands are as they were written on the issue; the incident's own values in them are parameters, constrained to the values seen.`,
    '',
    validation.ok
      ? '✅ `opsloop validate` passes with this runbook and its example, which selects it.'
      : `❌ \`opsloop validate\` fails, on purpose until a person finishes the draft:\n\n${problems.join('\n')}`,
    '',
    '**Before merging**',
    '',
    ...draft.todo.map((t) => `- [ ] ${t}`),
    '',
    'Checks do not start on a pull request opened with `GITHUB_TOKEN`: push a commit to it (or close and reopen it) to run the runbook check. Nothing here can run before it is merged and published.'
  ].join('\n')
}
