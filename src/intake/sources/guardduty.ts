// GuardDuty findings: the finding type is the event, its numeric severity is mapped to ours, and
// the resource its `resourceType` names (an instance or a bucket) is the subject.
import { list, num, obj, str } from '../json.js'
import { consoleUrl, link, uriPart } from '../links.js'
import type { Severity, SourceReader } from '../parts.js'
import { lastSegment, withResource } from '../resources.js'
import { facts } from '../text.js'

/** GuardDuty's numeric severity: 9 and above critical, 7 high, 4 medium, below that low. */
function severityOf(v: unknown): Severity | undefined {
  const n = num(v)
  if (n === undefined) return undefined
  if (n >= 9) return 'critical'
  if (n >= 7) return 'high'
  return n >= 4 ? 'medium' : 'low'
}

export const guardDuty: SourceReader = {
  name: 'GuardDuty finding',
  accepts: ({ source, detailType }) =>
    source === 'aws.guardduty' || detailType === 'GuardDuty Finding',
  read(detail, base) {
    const resource = obj(detail.resource)
    const resourceType = str(resource.resourceType)
    const instance = str(obj(resource.instanceDetails).instanceId)
    const accessKey = str(obj(resource.accessKeyDetails).accessKeyId)
    const bucket = obj(list(resource.s3BucketDetails)[0])
    const region = base.region ?? str(detail.region)
    const findingId = str(detail.id)
    // Sample findings fill every resource section; only the one `resourceType` names is the target.
    const target =
      resourceType === 'Instance'
        ? instance
        : resourceType === 'S3Bucket'
          ? (str(bucket.arn) ?? str(bucket.name))
          : undefined
    return {
      ...base,
      kind: 'event',
      region,
      account: base.account ?? str(detail.accountId),
      eventName: str(detail.type),
      severity: severityOf(detail.severity),
      description: str(detail.title),
      reason: str(detail.description),
      resources: withResource(base.resources, target),
      instances: resourceType === 'Instance' && instance ? [instance] : [],
      subject: target ? lastSegment(target) : undefined,
      links: findingId
        ? link(
            'GuardDuty finding',
            consoleUrl(region, `guardduty/home?region={region}#/findings?fId=${uriPart(findingId)}`)
          )
        : [],
      details: facts([
        ['type', detail.type],
        ['severity', detail.severity],
        ['title', detail.title],
        ['resourceType', resourceType],
        ['instance', instance],
        ['accessKey', accessKey],
        ['bucket', bucket.name]
      ])
    }
  }
}
