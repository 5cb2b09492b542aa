// Past incidents on GitHub: closed OpsLoop issues about the same alarm (its fingerprint label),
// then the closed ones whose titles are most like this incident's. Two list requests.
import type { PastIncident, PastIncidentSource } from '../../context/ports.js'
import { SIMILAR_TITLE, titleSimilarity } from '../../context/similarity.js'
import { labelNames, type GitHub } from './client.js'
import { fingerprintLabel, OPSLOOP_LABEL } from '../../issue/labels.js'

/** Closed OpsLoop issues compared by title when looking for similar ones. */
const SIMILAR_SCAN = 50

export function githubPastIncidents(
  octokit: GitHub,
  repository: { owner: string; repo: string }
): PastIncidentSource {
  const closed = async (labels: string, perPage: number) =>
    (
      await octokit.request('GET /repos/{owner}/{repo}/issues', {
        ...repository,
        labels,
        state: 'closed',
        sort: 'updated',
        direction: 'desc',
        per_page: perPage
      })
    ).data.filter((i) => i.pull_request === undefined)
  const past = (
    i: Awaited<ReturnType<typeof closed>>[number],
    sameAlarm: boolean,
    similarity: number
  ): PastIncident => ({
    number: i.number,
    title: i.title,
    url: i.html_url,
    ...(i.closed_at ? { closedAt: i.closed_at } : {}),
    labels: labelNames(i.labels),
    sameAlarm,
    similarity
  })
  return {
    async related(fp, title) {
      const [same, recent] = await Promise.all([
        closed(fingerprintLabel(fp), 10),
        closed(OPSLOOP_LABEL, SIMILAR_SCAN)
      ])
      const seen = new Set(same.map((i) => i.number))
      const similar = recent
        .filter((i) => !seen.has(i.number))
        .map((i) => past(i, false, titleSimilarity(title, i.title)))
        .filter((p) => p.similarity >= SIMILAR_TITLE)
        .sort((a, b) => b.similarity - a.similarity)
      return [...same.map((i) => past(i, true, 1)), ...similar]
    }
  }
}
