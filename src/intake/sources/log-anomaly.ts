// OpsLoop's own log anomalies (`source: opsloop.logs`, schemas/log-anomaly.schema.json), from the
// stream detector: a watch, not yet an incident. One watch issue per log group and template, so
// the fingerprint's identity is the log group's ARN and the template's key (a new template and a
// later burst of it are the same watch). The detail is read as leniently as any event (anyone who
// may put events on the bus can send one); what it says is untrusted log text.
import { isObject, list, num, obj, str } from '../json.js'
import { consoleUrl, link, uriPart } from '../links.js'
import type { Severity, SourceReader } from '../parts.js'
import { facts } from '../text.js'

export const LOG_ANOMALY_SOURCE = 'opsloop.logs'
export const LOG_ANOMALY_DETAIL_TYPE = 'OpsLoop Log Anomaly'

/** A watch is low severity; a fatal template that is new or bursting is worth more. */
function severityOf(severity: string | undefined): Severity {
  return severity === 'fatal' ? 'medium' : 'low'
}

/** The log group's ARN, as CloudWatch Logs names it (its `:*` form is for IAM only). */
export function logGroupArn(
  logGroup: string,
  region: string | undefined,
  account: string | undefined
): string {
  return `arn:aws:logs:${region ?? ''}:${account ?? ''}:log-group:${logGroup}`
}

/** The log group a watch incident is about (its first resource), or undefined for any other. */
export function watchedLogGroup(incident: {
  source: string
  resources: readonly string[]
}): string | undefined {
  if (incident.source !== LOG_ANOMALY_SOURCE) return undefined
  const arn = incident.resources[0] ?? ''
  const at = arn.indexOf(':log-group:')
  return arn.startsWith('arn:') && at >= 0 ? arn.slice(at + ':log-group:'.length) : undefined
}

const iso = (ms: number | undefined): string | undefined =>
  ms === undefined || !Number.isFinite(ms) ? undefined : new Date(ms).toISOString()

export const logAnomaly: SourceReader = {
  name: 'OpsLoop log anomaly',
  accepts: ({ source, detailType }) =>
    source === LOG_ANOMALY_SOURCE && detailType === LOG_ANOMALY_DETAIL_TYPE,
  read(detail, base) {
    const logGroup = str(detail.logGroup) ?? 'unknown log group'
    const kind = str(detail.kind)
    const template = str(detail.template) ?? ''
    const key = str(detail.templateKey) ?? ''
    const severity = str(detail.severity)
    const count = num(detail.count)
    const baseline = num(detail.baseline)
    const examples = list(detail.examples).filter(isObject)
    const streams = [...new Set(examples.map((e) => str(e.logStream)).filter((s) => s))]
    const what =
      kind === 'burst'
        ? `burst of ${severity ?? 'log'} lines`
        : `new ${severity === 'warn' ? 'warning' : (severity ?? 'log')} template`
    const region = base.region
    return {
      ...base,
      kind: 'event',
      // The template's key names the watch (fingerprint.ts reads eventName and the first resource).
      eventName: `log-anomaly:${key}`,
      title: `Log anomaly in ${logGroup}: ${what}${template ? `: ${template}` : ''}`,
      severity: severityOf(severity),
      description: template,
      reason:
        kind === 'burst'
          ? `${count ?? '?'} lines in the window, against a baseline of ${baseline ?? '?'} per window`
          : `first seen ${iso(num(detail.firstSeen)) ?? 'at an unknown time'}, after the log group's learning period`,
      resources: [logGroupArn(logGroup, region, base.account), ...base.resources],
      subject: logGroup,
      links: link(
        'CloudWatch Logs log group',
        consoleUrl(
          region,
          // The console encodes the name twice and writes `%` as `$`.
          `cloudwatch/home?region={region}#logsV2:log-groups/log-group/${uriPart(uriPart(logGroup)).replaceAll('%', '$')}`
        )
      ),
      details: facts([
        ['kind', kind],
        ['logGroup', logGroup],
        ['severity', severity],
        ['count', count],
        ['baseline', baseline],
        ['firstSeen', iso(num(detail.firstSeen))],
        ['detectedAt', iso(num(detail.detectedAt))],
        ['window', `${iso(num(detail.windowStart)) ?? '?'} – ${iso(num(detail.windowEnd)) ?? '?'}`],
        ['streams', streams.slice(0, 5).join(', ')],
        ['example', str(obj(examples[0]).message)]
      ])
    }
  }
}
