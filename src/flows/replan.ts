// `replan`: after a person's `/set` or `/retriage` on an incident issue (answered and sealed by
// the comment job), make the plan again from the same event, with the run's AWS look-ups, and
// propose it with its new digest. `/set` keeps the runbook and the model's proposals and applies
// the values people set; `/retriage` gathers the context and triages again. Every earlier
// approval names the earlier digest (and comes before the new plan), so none counts for the new
// one. Everything it reads from the issue is OpsLoop's own sealed record: the event as intake
// kept it (redacted), the values set and who set them, the plan they replace.
import type { Plan } from '../generated/plan.js'
import { currentEntry, readLedger, sealedDelivery, type Ledger } from '../issue/ledger.js'
import { withInstanceDirectory } from './intake-issue.js'
import type { RecordKey } from '../issue/record.js'
import type { IssueThread } from '../issue/thread.js'
import { recordWriter } from '../issue/write.js'
import { planChanges } from '../plan/current.js'
import type { ParameterSetting } from '../plan/plan.js'
import { analyze, type AnalyzeInput } from '../pipeline.js'
import type { Stage } from '../util/stage.js'
import { replannedReply } from '../report/remediation.js'
import type { InstanceDirectory } from '../plan/ports.js'
import type { FactSources } from '../context/ports.js'
import { Redactor } from '../context/redact.js'
import type { CatalogRunbook, TriageProvider } from '../triage/types.js'

export interface ReplanInput {
  thread: IssueThread
  records: { key: RecordKey; repo: string }
  catalog: () => Promise<readonly CatalogRunbook[]>
  /** The triage provider, for `/retriage`. */
  provider: TriageProvider
  context?: () => Promise<AnalyzeInput['context']>
  facts?: () => Promise<FactSources>
  instances?: () => Promise<InstanceDirectory | undefined>
  stage?: Stage
  now?: () => Date
}

export type ReplanResult =
  { replanned: false; reason: string } | { replanned: true; plan?: Plan; reason: string }

/** The values set for a runbook's parameters; the latest `/set` of each name wins. */
export function settingsFor(ledger: Ledger, runbook: string): Record<string, ParameterSetting> {
  const out: Record<string, ParameterSetting> = {}
  for (const s of ledger.settings)
    if (s.runbook === runbook) out[s.name] = { value: s.value, by: s.by }
  return out
}

export async function replanCommand(input: ReplanInput): Promise<ReplanResult> {
  const now = input.now ?? (() => new Date())
  const { thread } = input
  const snapshot = await thread.snapshot()
  const ledger = readLedger(snapshot, input.records.key, input.records.repo)
  if (!ledger.authentic) return { replanned: false, reason: ledger.reason }
  if (snapshot.issue.state !== 'open')
    return { replanned: false, reason: 'the incident issue is closed' }
  const entry = currentEntry(ledger)
  if (!entry) return { replanned: false, reason: 'OpsLoop proposed no plan on this issue' }
  // Only requests after the current plan: a re-run of this job changes nothing.
  const sets = ledger.settings.filter((s) => s.commentId > entry.commentId)
  const retriage = ledger.retriages.some((r) => r.commentId > entry.commentId)
  if (sets.length === 0 && !retriage)
    return { replanned: false, reason: 'no `/set` or `/retriage` since the current plan' }
  const delivery = sealedDelivery(ledger)
  if (!delivery) {
    const reason =
      'the event of this incident was not kept on the issue (it was larger than 24 KB), so the plan cannot be made again; deliver the event again (workflow_dispatch) or handle the incident by hand'
    await thread.reply(`❌ No new plan: ${reason}.`)
    return { replanned: false, reason }
  }

  const old = entry.plan
  const catalog = await input.catalog()
  const redactor = new Redactor()
  // `/set` keeps the runbook and what the model proposed for parameters that choose nothing.
  const keep: TriageProvider = {
    name: 'rules',
    triage: () =>
      Promise.resolve({
        provider: 'rules',
        summary: `Plan for runbook ${old.runbook.id} made again with the values people set.`,
        severity: 'medium',
        causes: [],
        runbook: { id: old.runbook.id, confidence: 1, why: 'the runbook of the current plan' },
        parameters: Object.fromEntries(
          old.parameters.flatMap((p) =>
            p.source === 'model' && p.value !== undefined ? [[p.name, p.value]] : []
          )
        ),
        alternatives: [],
        rationale: 'The plan is made again after `/set`; the runbook stays.',
        notes: []
      })
  }
  const analysis = await analyze({
    delivery,
    redactor,
    catalog,
    provider: retriage ? input.provider : keep,
    ...(retriage && input.context ? { context: await input.context() } : {}),
    ...(input.facts ? { facts: await input.facts() } : {}),
    ...(input.instances ? await withInstanceDirectory(input.instances) : {}),
    ...(old.requestedBy ? { requestedBy: old.requestedBy } : {}),
    ...(input.stage ? { stage: input.stage } : {}),
    settings: (runbook) => settingsFor(ledger, runbook),
    now: now()
  })
  const why = retriage
    ? `@${ledger.retriages.at(-1)?.by ?? '?'} asked to triage again`
    : `${[...new Set(sets.map((s) => `@${s.by}`))].join(', ')} set ${sets.map((s) => `\`${s.name}\``).join(', ')}`
  const plan = analysis.plan
  if (!plan) {
    const reason = `triaged again, no runbook fits (${analysis.triage.summary.slice(0, 200)}); the current plan stays as it was`
    await thread.reply(`ℹ️ ${why}: ${reason}.`)
    return { replanned: false, reason }
  }
  const writer = recordWriter(
    input.records.key,
    { repo: input.records.repo, issue: snapshot.issue.number, fingerprint: ledger.fingerprint },
    now
  )
  await thread.reply(
    replannedReply(plan, old, planChanges(old, plan), why, writer.plan(plan, old.digest))
  )
  return { replanned: true, plan, reason: why }
}
