// The `comment` job (an issue comment on an incident issue): answers `/approve`, `/reject`,
// `/dry-run`, `/cancel`, `/set` and `/retriage`, and tells the workflow whether the plan is now
// approved, or must be made again, or whether an `/ask` waits for its answer. It never waits for a primary rate limit to reset: the budget
// (`GITHUB_TOKEN`: 1,000 requests an hour) is the repository's, intake needs it for incidents
// that would otherwise be lost, and a command can simply be posted again. Such a run fails at once
// with one line that says when the budget resets. With AWS credentials (the read-only triage
// role) an `/approve` of a plan over its runbook's circuit breakers is not counted.
import { primaryRateLimit } from '../../adapters/github/client.js'
import { githubIssueThread } from '../../adapters/github/issue-thread.js'
import { commentCommand, type CommentResult } from '../../flows/comment.js'
import type { RunHistory } from '../../approval/ports.js'
import type { CommentInputs } from '../inputs.js'
import type { Wiring } from '../wiring.js'

interface CommentWebhook {
  action?: string
  issue?: { number?: number; pull_request?: unknown }
  comment?: {
    id?: number
    body?: string
    created_at?: string
    updated_at?: string
    user?: { login?: string; type?: string }
  }
}

export async function commentJob(inputs: CommentInputs, wiring: Wiring): Promise<void> {
  const { host } = wiring
  const webhook = (await wiring.webhook()) as CommentWebhook
  const number = webhook.issue?.number
  const c = webhook.comment
  if (typeof number !== 'number' || !c || typeof c.id !== 'number')
    throw new Error(
      'The `comment` command needs an issue_comment event (issue and comment missing).'
    )
  // A primary rate limit fails the request at once instead of waiting for the reset.
  const octokit = wiring.github(inputs.token, { primaryRateLimitRetries: 0 })
  const result = await failFastOnRateLimit(
    commentCommand({
      event: {
        action: webhook.action ?? '',
        issue: { number, pullRequest: webhook.issue?.pull_request != null },
        comment: {
          id: c.id,
          author: c.user?.login ?? '',
          authorType: c.user?.type ?? 'User',
          body: c.body ?? '',
          createdAt: c.created_at ?? '',
          edited: (c.updated_at ?? c.created_at) !== c.created_at
        }
      },
      records: wiring.records(inputs),
      thread: githubIssueThread(octokit, inputs.repository, number),
      catalog: wiring.triageCatalog(inputs.catalog),
      ignoredLogins: inputs.ignoredLogins,
      ...(inputs.awsRegion ? { history: await runHistory(inputs.awsRegion, wiring) } : {})
    })
  )
  host.setOutput('issue-number', String(number))
  host.setOutput('approved', String(result.handled && result.approved))
  if (result.handled && result.digest) host.setOutput('plan-digest', result.digest)
  // A `/set` or `/retriage` was accepted: the workflow's `replan` job makes the plan again.
  host.setOutput('replan', String(result.handled && result.replan === true))
  // An `/ask` from someone with write access: the workflow's `answer` job answers it.
  host.setOutput('ask', String(result.handled && result.ask === true))
  host.log.info(
    result.handled ? `/${result.command}: ${result.reason}` : `Nothing to do: ${result.reason}`
  )
}

/** SSM's history of runs, through the job's read-only credentials (the triage role). */
async function runHistory(region: string, wiring: Wiring): Promise<RunHistory> {
  const [{ SSMClient }, { ssmRunHistory }] = await Promise.all([
    import('@aws-sdk/client-ssm'),
    import('../../adapters/aws/ssm-history.js')
  ])
  return ssmRunHistory(new SSMClient(wiring.aws(region)))
}

/** The command's result, or one line saying the rate limit stopped it and when to try again. */
async function failFastOnRateLimit(work: Promise<CommentResult>): Promise<CommentResult> {
  try {
    return await work
  } catch (error) {
    const limit = primaryRateLimit(error)
    if (!limit) throw error
    const at = limit.resetsAt
      ? ` until ${limit.resetsAt.toISOString().slice(11, 16)} UTC`
      : ' for now'
    throw new Error(
      `GitHub's API rate limit for this token is used up${at}, so the command was not read and nothing changed; post it again after that. OpsLoop does not wait for the reset, so that incident intake keeps the budget.`
    )
  }
}
