// `ask`: a person's `/ask <question>` on an incident issue, accepted by the comment job (write
// access, a new comment, an OpsLoop issue), answered here with the run's read-only look-ups. The
// answer draws on this incident's evidence (gathered again from the event OpsLoop sealed), on the
// repository's past incidents like it (listed, the closest read in full: their sealed plans and
// outcomes, and what people wrote they did) and on the catalog. With a model, the model answers
// from that and every claim must cite ids OpsLoop gave it; without one, or when the model fails,
// the answer is OpsLoop's own search. Either way it is one reply that proposes and runs nothing.
// GitHub cost: the thread 1+, the permission 1, the list 1, one thread per past incident read
// (at most READ_PAST), the reply 1.
import { parseCommentCommand } from '../approval/comment-command.js'
import { maySendCommands } from '../approval/policy.js'
import { incidentEvidence, type Evidence } from '../context/evidence.js'
import { Redactor } from '../context/redact.js'
import { sealedIncident } from '../intake/redacted-incident.js'
import type { Incident } from '../generated/incident.js'
import { answersAnything, findings, withMatches, type PastCase } from '../history/answer.js'
import { askPack, type ModelAnswer } from '../history/model-answer.js'
import type { IncidentHistory } from '../history/ports.js'
import { questionTerms } from '../history/question.js'
import { resolutionOf } from '../history/resolution.js'
import { listedCandidates, ranked, withRecord } from '../history/similar.js'
import { readLedger, sealedDelivery, type Ledger } from '../issue/ledger.js'
import type { RecordKey } from '../issue/record.js'
import type { IssueThread } from '../issue/thread.js'
import type { AnalyzeInput } from '../pipeline.js'
import { askReply } from '../report/ask-reply.js'
import type { CatalogRunbook, TriageProvider } from '../triage/types.js'
import type { FactSources } from '../context/ports.js'
import type { Stage } from '../util/stage.js'

/** OpsLoop issues listed, and of them the most similar read in full. */
export const LIST_PAST = 100
export const READ_PAST = 5

export interface AskInput {
  /** The `/ask` comment's id, from the event; its text is read from GitHub, never the event. */
  commentId: number
  thread: IssueThread
  history: IncidentHistory
  records: { key: RecordKey; repo: string }
  catalog: () => Promise<readonly CatalogRunbook[]>
  /** The model answers when it can (`answerQuestion`); the rules provider cannot. */
  provider: TriageProvider
  /** The run's look-ups, to gather the incident's evidence again (as `/retriage` does). */
  context?: () => Promise<AnalyzeInput['context']>
  facts?: () => Promise<FactSources>
  stage?: Stage
  now?: () => Date
}

export type AskResult =
  { answered: false; reason: string; reply?: string } | { answered: true; reply: string }

export async function askCommand(input: AskInput): Promise<AskResult> {
  const { thread } = input
  const snapshot = await thread.snapshot()
  const ledger = readLedger(snapshot, input.records.key, input.records.repo)
  // The comment job answered these already; nothing to add.
  if (!ledger.authentic) return { answered: false, reason: ledger.reason }
  const own = snapshot.comments.find((c) => c.id === input.commentId)
  const command = own ? parseCommentCommand(own.body) : undefined
  if (!own || own.edited || command?.kind !== 'ask') {
    const reason =
      'the `/ask` comment was edited or deleted before it was read; post the question again'
    await thread.reply(`❌ Not answered: ${reason}.`)
    return { answered: false, reason }
  }
  // The comment job checked; asked again, as every job that acts on a person's words does.
  const author = own.author?.login ?? ''
  if (!maySendCommands(await thread.permissionOf(author)))
    return { answered: false, reason: `${author} may not send commands here` }

  const catalog = await input.catalog()
  const incident = sealedIncident(ledger)
  const evidence = await incidentFacts(input, ledger, incident)
  const question = questionTerms(command.question)
  const past = withMatches(await pastCases(input, ledger, incident, snapshot.issue), question)
  const found = findings(question, past, evidence, catalog)
  let model: ModelAnswer | undefined
  if (input.provider.answerQuestion) {
    // The model sees every past incident like this one, whatever the question's words.
    const everything = findings({ ...question, history: true }, past, evidence, [])
    model = await input.provider.answerQuestion(
      askPack(
        command.question,
        {
          title: snapshot.issue.title,
          ...(ledger.incident.alarmName ? { alarm: ledger.incident.alarmName } : {}),
          ...(incident?.reason ? { reason: incident.reason } : {})
        },
        evidence.map(({ id, source, label, text }) => ({ id, source, label, text })),
        {
          ...everything,
          runbooksAll: catalog.map(({ runbook }) => ({
            id: `runbook:${runbook.id}`,
            title: runbook.title,
            description: runbook.description
          }))
        }
      )
    )
  }
  const reply = askReply({
    author,
    question: command.question,
    cut: command.cut === true,
    findings: found,
    ...(model ? { model } : {}),
    scanned: { past: past.length, evidence: evidence.length, runbooks: catalog.length }
  })
  await thread.reply(reply)
  return answersAnything(found) || (model?.claims?.length ?? 0) > 0
    ? { answered: true, reply }
    : { answered: false, reason: 'nothing in the history or evidence answers it', reply }
}

/**
 * The incident's evidence: gathered again from the sealed event with the run's look-ups, as
 * `/retriage` gathers it; without the event (larger than 24 KB when sealed), what the sealed
 * incident itself says.
 */
async function incidentFacts(
  input: AskInput,
  ledger: Ledger,
  incident: Incident | undefined
): Promise<Evidence[]> {
  const delivery = sealedDelivery(ledger)
  if (!incident || !delivery) return []
  if (!input.context) return incidentEvidence(incident)
  const { analyze } = await import('../pipeline.js')
  const { rulesProvider } = await import('../triage/rules.js')
  const analysis = await analyze({
    delivery,
    redactor: new Redactor(),
    catalog: [],
    // Triage is not what is asked; the rules answer it at no cost (and no model call).
    provider: rulesProvider,
    context: await input.context(),
    ...(input.facts ? { facts: await input.facts() } : {}),
    ...(input.stage ? { stage: input.stage } : {}),
    now: (input.now ?? (() => new Date()))()
  })
  return analysis.evidence
}

/** Past OpsLoop incidents like this one, the closest read in full, with what resolved them. */
async function pastCases(
  input: AskInput,
  ledger: Ledger,
  incident: Incident | undefined,
  issue: { number: number; title: string }
): Promise<Omit<PastCase, 'matched'>[]> {
  const listed = listedCandidates(
    {
      number: issue.number,
      fingerprint: ledger.fingerprint,
      title: issue.title,
      ...(ledger.plans.at(-1) ? { runbook: ledger.plans.at(-1)?.plan.runbook.id } : {})
    },
    await input.history.issues(LIST_PAST)
  )
  // The closest by the list, then the most recent: a question may be about any of them.
  const toRead = ranked(listed).slice(0, READ_PAST)
  const read = await Promise.all(
    toRead.map(async (c) => {
      const snap = await input.history.snapshot(c.issue.number)
      const past = readLedger(snap, input.records.key, input.records.repo)
      // Only OpsLoop's own incidents are history: a look-alike issue someone opened is not.
      if (!past.authentic) return undefined
      const pastIncident = sealedIncident(past)
      const candidate = incident && pastIncident ? withRecord(c, incident, pastIncident) : c
      return { ...candidate, resolution: resolutionOf(past, snap.issue.labels, snap.issue.state) }
    })
  )
  return ranked(read.filter((r) => r !== undefined))
}
