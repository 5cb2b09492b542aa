// AWS Health events (issues, scheduled changes, account notifications): the category sets the
// severity, the latest English description is the reason, and the link is the Health dashboard.
import { isObject, list, obj, str } from '../json.js'
import type { Severity, SourceReader } from '../parts.js'
import { facts } from '../text.js'

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
        ['affectedEntities', entities.slice(0, 10).join(', ')]
      ])
    }
  }
}
