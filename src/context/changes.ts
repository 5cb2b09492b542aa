// Recent changes: what GitHub knows and AWS does not. Deployments, releases and merged pull
// requests in the hours before the incident, in this repository and any others configured. Each
// kind is read separately and bounded (a few pages, newest first, stopping at the window's start),
// so a token that may read pull requests but not deployments still yields what it can.
import type { GitHub } from '../github/client.js'
import { describeReadError, httpStatus } from '../github/client.js'

/** The environment OpsLoop's own jobs run in (see the shipped workflows). */
export const OPSLOOP_ENVIRONMENT = 'opsloop'

export type ChangeKind = 'deployment' | 'release' | 'pull'

export interface Change {
  kind: ChangeKind
  /** `owner/name` */
  repo: string
  /** When the change landed (deployment created, release published, pull request merged). */
  at: number
  /** The pull request's title, the release's name, or the deployment's description. Untrusted. */
  title: string
  author?: string
  ref?: string
  sha?: string
  /** Deployment environment. */
  environment?: string
  /** The deployment's latest status (`success`, `failure`, ...). */
  state?: string
  /** Pull request number. */
  number?: number
  url?: string
}

export interface RepoRef {
  owner: string
  repo: string
}

export interface ChangeSource {
  /** Changes of one kind in one repository whose time lies in [sinceMs, untilMs], newest first. */
  list(kind: ChangeKind, repo: RepoRef, sinceMs: number, untilMs: number): Promise<Change[]>
}

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

const PERMISSION: Record<ChangeKind, string> = {
  deployment: 'deployments: read',
  release: 'contents: read',
  pull: 'pull-requests: read'
}

/** Why a change list could not be read, with what to do about it. */
export function describeChangeError(kind: ChangeKind, error: unknown): string {
  return httpStatus(error) === 404
    ? 'not found, or not visible to this token (the workflow token reads only its own repository: use a token that can read it, or remove it from change-repositories)'
    : describeReadError(error, PERMISSION[kind])
}

const KIND_NAME: Record<ChangeKind, string> = {
  deployment: 'deployments',
  release: 'releases',
  pull: 'merged pull requests'
}

export const changeKindName = (kind: ChangeKind): string => KIND_NAME[kind]

/** `42 min`, `3 h 5 min`: how long before the incident a change landed. */
export function durationBefore(ms: number): string {
  const minutes = Math.max(0, Math.round(ms / 60_000))
  if (minutes < 60) return `${minutes} min`
  const h = Math.floor(minutes / 60)
  const m = minutes % 60
  return m === 0 ? `${h} h` : `${h} h ${m} min`
}

/** A change as evidence: label says what and where, text says who, when and which version. */
export function changeEvidence(
  change: Change,
  incidentAt: number
): { label: string; text: string } {
  const where = change.repo
  const label =
    change.kind === 'deployment'
      ? `deployment to ${change.environment ?? '?'} (${where})`
      : change.kind === 'release'
        ? `release ${change.ref ?? '?'} (${where})`
        : `merged pull request #${change.number ?? '?'} (${where})`
  const parts = [
    change.title ? JSON.stringify(change.title) : undefined,
    change.author ? `by ${change.author}` : undefined,
    `${durationBefore(incidentAt - change.at)} before the incident`,
    change.kind === 'deployment' && change.ref
      ? `ref ${change.ref}${change.sha ? ` at ${change.sha.slice(0, 7)}` : ''}`
      : undefined,
    change.kind === 'pull' && change.ref ? `into ${change.ref}` : undefined,
    change.state ? `status ${change.state}` : undefined
  ]
  return { label, text: parts.filter(Boolean).join(', ') }
}
