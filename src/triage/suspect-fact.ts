// The suspect change as a fact of the incident (`facts.change`): the commit change attribution
// named, the deployment that shipped it and what that deployment replaced, which rollback
// runbooks match on (`match[].change`) and bind the commit to return to from
// (`from: change.previousSha`), like any fact OpsLoop looked up. Intake adds it after judging the
// changes; `opsloop validate` and `opsloop triage --snapshot` add it to a snapshot's incident the
// same way. Pure.
import type { Incident } from '../generated/incident.js'
import type { IncidentSnapshot } from '../generated/snapshot.js'
import type { Attribution } from './change-attribution.js'

export type ChangeFact = NonNullable<NonNullable<Incident['facts']>['change']>

/** The suspect of an attribution, with its deployment as the snapshot records it. */
export function suspectFact(
  attribution: Attribution,
  snapshot: IncidentSnapshot
): ChangeFact | undefined {
  const suspect = attribution.suspect
  if (!suspect) return undefined
  const deployment = snapshot.deployments?.find(
    (d) => d.id === suspect.deployment && (suspect.repo === undefined || d.repo === suspect.repo)
  )
  return {
    sha: suspect.sha,
    deployment: suspect.deployment,
    service: suspect.service,
    confidence: suspect.confidence,
    ...(deployment
      ? {
          deploymentSha: deployment.sha,
          ...(deployment.previousSha ? { previousSha: deployment.previousSha } : {}),
          ...(deployment.repo ? { repository: deployment.repo } : {}),
          ...(deployment.environment ? { environment: deployment.environment } : {})
        }
      : {})
  }
}

/** The incident with its suspect change among its facts (unchanged when there is none). */
export function withSuspectChange(
  incident: Incident,
  attribution: Attribution | undefined,
  snapshot: IncidentSnapshot | undefined
): Incident {
  const change = attribution && snapshot ? suspectFact(attribution, snapshot) : undefined
  return change
    ? {
        ...incident,
        facts: { tagSources: {}, logGroups: [], notAvailable: [], ...incident.facts, change }
      }
    : incident
}
