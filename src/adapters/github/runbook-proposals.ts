// Draft pull requests that propose runbooks (flows/learn.ts), through the REST API: the base
// branch's tip, a branch of the draft's own from it, each file put on that branch, then the draft
// pull request. A branch or file left by an earlier attempt that failed half-way is reused, and
// an open pull request from the branch is returned as it is, so a retried or repeated run opens
// nothing twice. It never merges.
import type { RunbookProposals } from '../../history/ports.js'
import { httpStatus } from '../../util/http-error.js'
import type { GitHub } from './client.js'

export function githubRunbookProposals(
  octokit: GitHub,
  repository: { owner: string; repo: string }
): RunbookProposals {
  return {
    async propose(change) {
      const { owner } = repository
      const open = await octokit.request('GET /repos/{owner}/{repo}/pulls', {
        ...repository,
        state: 'open',
        head: `${owner}:${change.branch}`,
        per_page: 1
      })
      const existing = open.data[0]
      if (existing) return { number: existing.number, url: existing.html_url, created: false }
      const base = (await octokit.request('GET /repos/{owner}/{repo}', repository)).data
        .default_branch
      const tip = await octokit.request('GET /repos/{owner}/{repo}/git/ref/{ref}', {
        ...repository,
        ref: `heads/${base}`
      })
      try {
        await octokit.request('POST /repos/{owner}/{repo}/git/refs', {
          ...repository,
          ref: `refs/heads/${change.branch}`,
          sha: tip.data.object.sha
        })
      } catch (error) {
        // 422: the branch is there from an earlier attempt; its files are put again below.
        if (httpStatus(error) !== 422) throw error
      }
      for (const file of change.files) {
        const sha = await fileSha(octokit, repository, file.path, change.branch)
        await octokit.request('PUT /repos/{owner}/{repo}/contents/{path}', {
          ...repository,
          path: file.path,
          branch: change.branch,
          message: change.message,
          content: Buffer.from(file.text, 'utf8').toString('base64'),
          ...(sha ? { sha } : {})
        })
      }
      const pull = await octokit.request('POST /repos/{owner}/{repo}/pulls', {
        ...repository,
        title: change.title,
        head: change.branch,
        base,
        body: change.body,
        draft: true
      })
      return { number: pull.data.number, url: pull.data.html_url, created: true }
    }
  }
}

/** The blob sha of a file on a branch, to replace it; undefined when it is not there. */
async function fileSha(
  octokit: GitHub,
  repository: { owner: string; repo: string },
  path: string,
  ref: string
): Promise<string | undefined> {
  try {
    const { data } = await octokit.request('GET /repos/{owner}/{repo}/contents/{path}', {
      ...repository,
      path,
      ref
    })
    return Array.isArray(data) ? undefined : data.sha
  } catch (error) {
    if (httpStatus(error) === 404) return undefined
    throw error
  }
}
