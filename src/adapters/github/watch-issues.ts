// Open watch issues on GitHub, for an incident's evidence: one list request for the open OpsLoop
// issues labelled `watch` (the label is only an index: anyone with triage access can add it),
// kept only when their body's sealed state names one of the incident's log groups. Nothing is
// read from text a person or a log wrote.
import type { Watch, WatchSource } from '../../context/ports.js'
import { OPSLOOP_LABEL, WATCH_LABEL } from '../../issue/labels.js'
import { readWatch } from '../../issue/occurrences.js'
import type { RecordKey } from '../../issue/record.js'
import type { GitHub } from './client.js'

/** Open watch issues read, newest first: one page. Older ones are not looked at. */
export const WATCHES_READ = 50

export function githubWatchIssues(
  octokit: GitHub,
  repository: { owner: string; repo: string },
  records: { key: RecordKey; repo: string }
): WatchSource {
  return {
    async watches(logGroups) {
      const wanted = new Set(logGroups)
      const { data } = await octokit.request('GET /repos/{owner}/{repo}/issues', {
        ...repository,
        labels: `${OPSLOOP_LABEL},${WATCH_LABEL}`,
        state: 'open',
        sort: 'created',
        direction: 'desc',
        per_page: WATCHES_READ
      })
      const found: Watch[] = []
      for (const issue of data) {
        if (issue.pull_request !== undefined) continue
        const watch = readWatch(issue.body ?? '', records.key, records.repo)
        if (!watch || !wanted.has(watch.logGroup)) continue
        const firstSignalAt = watch.firedAt === undefined ? NaN : Date.parse(watch.firedAt)
        found.push({
          number: issue.number,
          url: issue.html_url,
          title: issue.title,
          logGroup: watch.logGroup,
          ...(Number.isFinite(firstSignalAt) ? { firstSignalAt } : {})
        })
      }
      return found
    }
  }
}
