// Which AWS Health events concern an incident, for change attribution's operational checks: an
// event elsewhere (another Region, another service, a resource the incident does not touch) must
// not excuse a guilty change. An event concerns the incident when it was under way at the
// incident's time, is in its Region (or global), and either names one of its resources (an
// instance id, an ARN, a name) or, naming none, is about an AWS service the incident uses.
import type { Incident } from '../generated/incident.js'
import type { HealthNotice } from './ports.js'

/** A Health event that ended this long before the incident no longer explains it. */
const ENDED_BEFORE_MS = 60 * 60_000

/** Health's service codes for CloudWatch namespaces whose name is not the code itself. */
const NAMESPACE_SERVICE: Record<string, string> = {
  ApplicationELB: 'ELASTICLOADBALANCING',
  NetworkELB: 'ELASTICLOADBALANCING',
  GatewayELB: 'ELASTICLOADBALANCING',
  ELB: 'ELASTICLOADBALANCING',
  AutoScaling: 'AUTOSCALING',
  Events: 'EVENTS',
  States: 'STATES',
  ContainerInsights: 'ECS'
}

export interface RelevantHealth {
  notice: HealthNotice
  /** Why it concerns the incident, for the reader. */
  relevance: string
}

/** The AWS services an incident uses, as Health names them (`EC2`, `RDS`). */
export function incidentServices(incident: Incident): Set<string> {
  const out = new Set<string>()
  for (const m of incident.metrics) {
    const ns = /^AWS\/(.+)$/.exec(m.namespace ?? '')?.[1]
    if (ns) out.add(NAMESPACE_SERVICE[ns] ?? ns.replace(/[^A-Za-z0-9]/g, '').toUpperCase())
  }
  for (const arn of incident.resources) {
    const service = /^arn:aws[a-z-]*:([a-z0-9-]+):/.exec(arn)?.[1]
    if (service) out.add(service.toUpperCase())
  }
  for (const t of incident.resourceTypes) {
    const service = t.split(':', 1)[0]
    if (service) out.add(service.toUpperCase())
  }
  return out
}

/** Every name the incident knows its resources by: ARNs, their last segments, dimension values. */
function incidentIds(incident: Incident): Set<string> {
  const out = new Set<string>()
  const add = (id: string | undefined): void => {
    if (id && id.length >= 3) out.add(id)
  }
  for (const arn of incident.resources) {
    add(arn)
    add(lastSegment(arn))
  }
  for (const m of incident.metrics)
    for (const value of Object.values(m.dimensions)) {
      if (value === undefined) continue
      add(value)
      add(lastSegment(value))
    }
  return out
}

const lastSegment = (id: string): string | undefined => id.split(/[/:]/).at(-1)

/** The Health events among `notices` that concern `incident` (at `at`, epoch ms), earliest first. */
export function relevantHealth(
  incident: Incident,
  notices: readonly HealthNotice[],
  at: number
): RelevantHealth[] {
  const services = incidentServices(incident)
  const ids = incidentIds(incident)
  const out: RelevantHealth[] = []
  for (const notice of notices) {
    if (notice.startedAt === undefined || notice.startedAt > at) continue
    if (notice.endedAt !== undefined && notice.endedAt < at - ENDED_BEFORE_MS) continue
    const region = notice.region
    if (region && region !== 'global' && incident.region && region !== incident.region) continue
    const named = notice.entities.find((e) => ids.has(e) || ids.has(lastSegment(e) ?? ''))
    if (named !== undefined) {
      out.push({ notice, relevance: `names ${named}, which the incident concerns` })
      continue
    }
    if (notice.entities.length === 0 && notice.service && services.has(notice.service))
      out.push({
        notice,
        relevance: `about ${notice.service}${region ? ` in ${region}` : ''}, which the incident uses`
      })
  }
  return out.sort((a, b) => (a.notice.startedAt ?? 0) - (b.notice.startedAt ?? 0))
}
