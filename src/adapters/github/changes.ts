// Recent changes on GitHub: deployments (with their latest status), releases and merged pull
// requests in a window before the incident. Each kind is read separately and bounded (a few
// pages, newest first, stopping at the window's start).
import type { Change, ChangeKind, ChangeSource, RepoRef } from '../../context/ports.js'
import type { GitHub } from './client.js'

/** The environment OpsLoop's own jobs run in (see the shipped workflows). */
export const OPSLOOP_ENVIRONMENT = 'opsloop'

/** Pages read per kind: the lists are newest first, so the window's start is reached early. */
const MAX_PAGES = 3
/** Deployments whose latest status is looked up (one request each). */
const STATUS_LOOKUPS = 5

const inWindow = (t: number, since: number, until: number): boolean => t >= since && t <= until
const time = (iso: string | null | undefined): number => (iso ? Date.parse(iso) : NaN)

export function githubChanges(octokit: GitHub): ChangeSource {
  /** Reads newest-first pages until an item is older than the window (or the page limit). */
  async function newest<T>(
    fetchPage: (page: number) => Promise<T[]>,
    sortTime: (item: T) => number,
    since: number
  ): Promise<T[]> {
    const items: T[] = []
    for (let page = 1; page <= MAX_PAGES; page++) {
      const data = await fetchPage(page)
      items.push(...data)
      const last = data.at(-1)
      if (data.length < 100 || !last || sortTime(last) < since) break
    }
    return items
  }

  const readers: Record<
    ChangeKind,
    (r: RepoRef, since: number, until: number) => Promise<Change[]>
  > = {
    async deployment(r, since, until) {
      const all = await newest(
        async (page) =>
          (await octokit.rest.repos.listDeployments({ ...r, per_page: 100, page })).data,
        (d) => time(d.created_at),
        since
      )
      // OpsLoop's own jobs run in the `opsloop` environment (to receive the record key), which
      // GitHub records as deployments: they are not changes to the system.
      const recent = all.filter(
        (d) => d.environment !== OPSLOOP_ENVIRONMENT && inWindow(time(d.created_at), since, until)
      )
      return Promise.all(
        recent.map(async (d, i): Promise<Change> => {
          const state =
            i < STATUS_LOOKUPS
              ? (
                  await octokit.rest.repos.listDeploymentStatuses({
                    ...r,
                    deployment_id: d.id,
                    per_page: 1
                  })
                ).data[0]?.state
              : undefined
          return {
            kind: 'deployment',
            repo: `${r.owner}/${r.repo}`,
            at: time(d.created_at),
            title: d.description ?? '',
            ...(d.creator?.login ? { author: d.creator.login } : {}),
            ref: d.ref,
            sha: d.sha,
            environment: d.environment,
            ...(state ? { state } : {})
          }
        })
      )
    },
    async release(r, since, until) {
      const all = await newest(
        async (page) => (await octokit.rest.repos.listReleases({ ...r, per_page: 100, page })).data,
        (x) => time(x.created_at),
        since
      )
      return all
        .filter((x) => !x.draft && inWindow(time(x.published_at), since, until))
        .map((x) => ({
          kind: 'release' as const,
          repo: `${r.owner}/${r.repo}`,
          at: time(x.published_at),
          title: x.name ?? x.tag_name,
          author: x.author.login,
          ref: x.tag_name,
          url: x.html_url,
          ...(x.prerelease ? { state: 'prerelease' } : {})
        }))
    },
    async pull(r, since, until) {
      // Sorted by last update: a pull request merged in the window was updated in it or later.
      const all = await newest(
        async (page) =>
          (
            await octokit.rest.pulls.list({
              ...r,
              state: 'closed',
              sort: 'updated',
              direction: 'desc',
              per_page: 100,
              page
            })
          ).data,
        (p) => time(p.updated_at),
        since
      )
      return all
        .filter((p) => inWindow(time(p.merged_at), since, until))
        .map((p) => ({
          kind: 'pull' as const,
          repo: `${r.owner}/${r.repo}`,
          at: time(p.merged_at),
          title: p.title,
          ...(p.user?.login ? { author: p.user.login } : {}),
          ref: p.base.ref,
          ...(p.merge_commit_sha ? { sha: p.merge_commit_sha } : {}),
          number: p.number,
          url: p.html_url
        }))
    }
  }

  return {
    async list(kind, repo, since, until) {
      const changes = await readers[kind](repo, since, until)
      return changes.sort((a, b) => b.at - a.at)
    }
  }
}
