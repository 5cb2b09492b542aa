// AWS Certificate Manager events (expiry approaching, expired, renewal action required, and the
// informational available/rotated): the certificate becomes the subject, the detail-type the
// event, and what ACM says about the renewal the reason, so a person (and a runbook's `exclude`
// entry) can tell an imported certificate to re-import from one ACM issued and failed to renew.
import { str } from '../json.js'
import type { Severity, SourceReader } from '../parts.js'
import { facts } from '../text.js'

const EXPIRY_SOON_DAYS = 7

function severityOf(detailType: string, days: number | undefined): Severity | undefined {
  if (/Expired$/.test(detailType) || /Revoked$/.test(detailType)) return 'critical'
  if (/Renewal Action Required$/.test(detailType)) return 'high'
  if (/Approaching Expiration$/.test(detailType))
    return days !== undefined && days <= EXPIRY_SOON_DAYS ? 'high' : 'medium'
  if (/(Available|Rotated)$/.test(detailType)) return 'low'
  return undefined
}

export const acm: SourceReader = {
  name: 'ACM certificate event',
  accepts: ({ source }) => source === 'aws.acm',
  read(detail, base) {
    const name = str(detail.CommonName)
    const days = typeof detail.DaysToExpiry === 'number' ? detail.DaysToExpiry : undefined
    const status = str(detail.RenewalStatus)
    const statusReason = str(detail.RenewalStatusReason) ?? str(detail.FailureReason)
    const reason = [
      days !== undefined ? `The certificate expires in ${days} days.` : undefined,
      status ? `Renewal status ${status}${statusReason ? `: ${statusReason}` : '.'}` : statusReason
    ]
      .filter((s): s is string => s !== undefined)
      .join(' ')
    return {
      ...base,
      kind: 'event',
      eventName: base.detailType,
      severity: severityOf(base.detailType, days),
      ...(reason !== '' ? { reason } : {}),
      subject: name,
      details: facts([
        ['commonName', name],
        ['daysToExpiry', detail.DaysToExpiry],
        ['renewalStatus', status],
        ['renewalStatusReason', statusReason],
        ['validationMethod', detail.DomainValidationMethod],
        ['type', detail.CertificateType ?? detail.Type],
        ['inUse', detail.InUse]
      ])
    }
  }
}
