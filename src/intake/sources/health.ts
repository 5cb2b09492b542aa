// AWS Health events (issues, scheduled changes, account notifications): the category sets the
// severity, the latest English description is the reason, and the link is the Health dashboard.
import { isObject, list, obj, str } from '../json.js'
import type { Severity, SourceReader } from '../parts.js'
import { facts } from '../text.js'
import type { Incident } from '../../generated/incident.js'
import type { HealthState } from '../../issue/occurrences.js'

const CATEGORY_SEVERITY: Record<string, Severity> = {
  issue: 'high',
  scheduledChange: 'medium',
  accountNotification: 'low'
}

const DASHBOARD = 'https://health.aws.amazon.com/health/home#/account/dashboard/open-issues'

export const health: SourceReader = {
  name: 'AWS Health event',
  accepts: ({ source, detailType }) => source === 'aws.health' || detailType === 'AWS Health Event',
  read(detail, base) {
    const descriptions = list(detail.eventDescription).filter(isObject)
    const latest =
      descriptions.find((d) => d.language === 'en_US' && str(d.latestDescription)) ??
      descriptions.find((d) => str(d.latestDescription))
    const category = str(detail.eventTypeCategory)
    const entities = list(detail.affectedEntities)
      .map((e) => str(obj(e).entityValue))
      .filter((e): e is string => e !== undefined)
    return {
      ...base,
      kind: 'event',
      eventName: str(detail.eventTypeCode),
      severity: category ? CATEGORY_SEVERITY[category] : undefined,
      reason: latest ? str(latest.latestDescription) : undefined,
      links: [{ title: 'AWS Health dashboard', url: DASHBOARD }],
      details: facts([
        ['service', detail.service],
        ['eventTypeCategory', category],
        ['statusCode', detail.statusCode],
        ['startTime', detail.startTime],
        ['endTime', detail.endTime],
        ['affectedEntities', entities.slice(0, 10).join(', ')]
      ])
    }
  }
}

const STATUS = new Set(['open', 'closed', 'upcoming'])

/** Epoch ms of a Health time (RFC 1123 in events, ISO in the API), NaN when it is neither. */
const timeOf = (text: string | undefined): number => (text ? Date.parse(text) : NaN)

/**
 * What a Health incident's issue seals with its state, so that a later alarm's change attribution
 * can find it without reading any text a person or AWS wrote into the issue: the event type, the
 * AWS service, the region, its status and times, and the affected entities.
 */
export function healthState(incident: Incident): HealthState | undefined {
  if (incident.source !== 'aws.health' || !incident.eventName) return undefined
  const d = incident.details ?? {}
  const started = timeOf(d.startTime)
  const ended = timeOf(d.endTime)
  const entities = (d.affectedEntities ?? '')
    .split(', ')
    .concat(incident.resources)
    .filter((e) => e.length > 0 && e.length <= 256)
  return {
    eventTypeCode: incident.eventName.slice(0, 128),
    ...(d.service ? { service: d.service.slice(0, 64) } : {}),
    ...(d.statusCode && STATUS.has(d.statusCode)
      ? { statusCode: d.statusCode as HealthState['statusCode'] }
      : {}),
    ...(incident.region ? { region: incident.region.slice(0, 30) } : {}),
    ...(Number.isFinite(started) ? { startTime: new Date(started).toISOString() } : {}),
    ...(Number.isFinite(ended) ? { endTime: new Date(ended).toISOString() } : {}),
    entities: [...new Set(entities)].slice(0, 20)
  }
}
