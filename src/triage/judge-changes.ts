// Which change broke it, as analyze() asks it: the snapshot of what was gathered (or the one
// being replayed), the attribution when deployments were read, and a model's review when the
// provider has one. Loaded when an incident is analysed, so a job's start-up pays for none of it.
import type { ComponentMap } from '../context/components.js'
import type { GatheredContext } from '../context/gather.js'
import type { Redactor } from '../context/redact.js'
import { incidentSnapshot } from '../context/snapshot.js'
import type { Incident } from '../generated/incident.js'
import type { IncidentSnapshot } from '../generated/snapshot.js'
import { attributeChange, type Attribution } from './change-attribution.js'
import { changePack, mergeReview } from './change-review.js'
import { withSuspectChange } from './suspect-fact.js'
import type { Stage } from '../util/stage.js'
import type { TriageProvider } from './types.js'

export interface JudgeInput {
  incident: Incident
  /** When the alarm fired (epoch ms). */
  alarmAt: number
  /** What intake gathered; absent when replaying a snapshot or when nothing was gathered. */
  gathered?: GatheredContext
  /** A snapshot replayed instead of what was gathered. */
  replay?: IncidentSnapshot
  components?: ComponentMap
  redactor: Redactor
  provider: TriageProvider
  stage: Stage
  now: Date
}

export interface Judged {
  snapshot?: IncidentSnapshot
  attribution?: Attribution
  /** The incident with the suspect change among its facts (as it was when there is none). */
  incident: Incident
}

export async function judgeChanges(input: JudgeInput): Promise<Judged> {
  const { gathered, replay, components } = input
  const snapshot =
    replay ??
    (gathered
      ? incidentSnapshot({
          incident: input.incident,
          gathered,
          redactor: input.redactor,
          takenAt: input.now,
          ...(components && components.problems.length === 0
            ? { components: components.components }
            : {})
        })
      : undefined)
  // Judged only when deployments were read: with no change list, "none" would claim too much.
  const judged =
    snapshot &&
    (replay
      ? (snapshot.deployments?.length ?? 0) > 0
      : gathered?.changes.some((c) => c.kind === 'deployment'))
  if (!snapshot || !judged) return { ...(snapshot ? { snapshot } : {}), incident: input.incident }
  let attribution = await input.stage('Triage: which change broke it', () =>
    Promise.resolve(attributeChange(snapshot, input.alarmAt))
  )
  // A model's second look, when the provider has one: it chooses among the open candidates and
  // its citations are checked; what does not check out leaves the rules' answer standing.
  const pack = changePack(snapshot, attribution)
  const reviewer = input.provider.reviewChange?.bind(input.provider)
  if (pack && reviewer) {
    const rules = attribution
    const reviewed = await input.stage('Triage: the model reviews which change broke it', () =>
      reviewer(pack)
    )
    attribution = mergeReview(rules, pack, reviewed.answer, reviewed.model, reviewed.failure)
  }
  return {
    snapshot,
    attribution,
    // The suspect change becomes a fact of the incident: rollback runbooks match on it and bind
    // the commit to return to from it, like any fact OpsLoop looked up.
    incident: withSuspectChange(input.incident, attribution, snapshot)
  }
}
