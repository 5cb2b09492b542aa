// AWS Health events OpsLoop received, for a later alarm's change attribution: the bridge forwards
// Health issues and scheduled changes as incidents, and each one's issue seals what the event
// said with its state (intake/sources/health.ts). One list request for OpsLoop issues labelled
// `source:health` (the label is only an index: anyone with triage access can add it), kept only
// when their body's sealed state holds a Health event. Nothing is read from text a person or AWS
// wrote. This works on every AWS support plan, where the AWS Health API needs Business support.
import type { HealthNotice, HealthSource } from '../../context/ports.js'
import { OPSLOOP_LABEL, sourceLabel } from '../../issue/labels.js'
import { readHealth } from '../../issue/occurrences.js'
import type { RecordKey } from '../../issue/record.js'
import type { GitHub } from './client.js'

/** Health issues read, most recently updated first: one page. Older ones are not looked at. */
export const HEALTH_READ = 50

const timeOf = (iso: string | undefined): number | undefined => {
  const t = iso ? Date.parse(iso) : NaN
  return Number.isFinite(t) ? t : undefined
}

export function githubHealthIssues(
  octokit: GitHub,
  repository: { owner: string; repo: string },
  records: { key: RecordKey; repo: string }
): HealthSource {
  return {
    async notices(sinceMs) {
      const { data } = await octokit.request('GET /repos/{owner}/{repo}/issues', {
        ...repository,
        labels: `${OPSLOOP_LABEL},${sourceLabel('health')}`,
        state: 'all',
        since: new Date(sinceMs).toISOString(),
        sort: 'updated',
        direction: 'desc',
        per_page: HEALTH_READ
      })
      // One notice per Health event (its fingerprint): a body copied into another issue by
      // someone with write access repeats a genuine record, and the first issue, OpsLoop's own
      // (a copy can only come later), is the one cited.
      const found = new Map<string, HealthNotice>()
      for (const issue of [...data].sort((a, b) => a.number - b.number)) {
        if (issue.pull_request !== undefined) continue
        const health = readHealth(issue.body ?? '', records.key, records.repo)
        if (!health || found.has(health.fingerprint)) continue
        const startedAt = timeOf(health.startTime)
        const endedAt = timeOf(health.endTime)
        found.set(health.fingerprint, {
          issue: issue.number,
          url: issue.html_url,
          eventTypeCode: health.eventTypeCode,
          ...(health.service ? { service: health.service } : {}),
          ...(health.statusCode ? { statusCode: health.statusCode } : {}),
          ...(health.region ? { region: health.region } : {}),
          ...(startedAt === undefined ? {} : { startedAt }),
          ...(endedAt === undefined ? {} : { endedAt }),
          entities: health.entities
        })
      }
      return [...found.values()]
    }
  }
}
