// One incident issue as approval and remediation see it: the issue, its comments (paginated:
// a busy incident passes 100), replies, label and body updates, and the two permission lookups
// approvals need. A thin adapter over Octokit.
import { httpStatus, issueUpdate, labelNames, type GitHub } from './client.js'

import type { Permission } from '../approval/policy.js'

export type { Permission }

export interface ThreadIssue {
  number: number
  url: string
  title: string
  state: 'open' | 'closed'
  body: string
  labels: string[]
  createdAt: string
}

export interface ThreadComment {
  id: number
  author: string
  authorType: string
  body: string
  createdAt: string
  updatedAt: string
  url: string
}

export interface IssueThread {
  issue(): Promise<ThreadIssue>
  /** Every comment, oldest first; `since` limits to comments updated at or after it. */
  comments(since?: string): Promise<ThreadComment[]>
  reply(body: string): Promise<{ id: number; url: string }>
  update(update: { body?: string; labels?: string[]; state?: 'open' | 'closed' }): Promise<void>
  /** The user's permission on the repository (`maintain` counts as write, `triage` as read). */
  permissionOf(login: string): Promise<Permission>
  /**
   * Whether the user is an active member of the team; `undefined` when the token cannot tell
   * (GITHUB_TOKEN cannot read organization membership).
   */
  teamMember(org: string, slug: string, login: string): Promise<boolean | undefined>
}

const PERMISSIONS = new Set<Permission>(['admin', 'write', 'read', 'none'])

export function githubIssueThread(
  octokit: GitHub,
  repository: { owner: string; repo: string },
  number: number
): IssueThread {
  const at = { ...repository, issue_number: number }
  return {
    async issue() {
      const { data } = await octokit.rest.issues.get(at)
      return {
        number: data.number,
        url: data.html_url,
        title: data.title,
        state: data.state === 'closed' ? 'closed' : 'open',
        body: data.body ?? '',
        labels: labelNames(data.labels),
        createdAt: data.created_at
      }
    },
    async comments(since) {
      const all = await octokit.paginate(octokit.rest.issues.listComments, {
        ...at,
        per_page: 100,
        ...(since ? { since } : {})
      })
      return all.map((c) => ({
        id: c.id,
        author: c.user?.login ?? '',
        authorType: c.user?.type ?? 'User',
        body: c.body ?? '',
        createdAt: c.created_at,
        updatedAt: c.updated_at,
        url: c.html_url
      }))
    },
    async reply(body) {
      const { data } = await octokit.rest.issues.createComment({ ...at, body })
      return { id: data.id, url: data.html_url }
    },
    async update(update) {
      await octokit.rest.issues.update({
        ...at,
        ...issueUpdate(update)
      })
    },
    async permissionOf(login) {
      try {
        const { data } = await octokit.rest.repos.getCollaboratorPermissionLevel({
          ...repository,
          username: login
        })
        return PERMISSIONS.has(data.permission as Permission)
          ? (data.permission as Permission)
          : 'none'
      } catch (error) {
        if (httpStatus(error) === 404) return 'none'
        throw error
      }
    },
    async teamMember(org, slug, login) {
      try {
        const { data } = await octokit.rest.teams.getMembershipForUserInOrg({
          org,
          team_slug: slug,
          username: login
        })
        return data.state === 'active'
      } catch (error) {
        if (httpStatus(error) === 404) return false
        const status = httpStatus(error)
        if (status === 403 || status === 401) return undefined
        throw error
      }
    }
  }
}
