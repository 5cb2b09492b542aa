// The `learn` job (an `issues` event: an incident issue closed): when people resolved the incident
// by hand and wrote the commands they ran, a runbook drafted from them is proposed as a draft pull
// request (flows/learn.ts). The draft is validated with the checkout's catalog, as
// `opsloop validate` would, before the pull request is opened; nothing from it runs before a person
// merges it and it is published.
import { githubIssueThread } from '../../adapters/github/issue-thread.js'
import { githubRunbookProposals } from '../../adapters/github/runbook-proposals.js'
import { draftValidation } from '../../catalog/draft-check.js'
import { learnCommand } from '../../flows/learn.js'
import type { LearnInputs } from '../inputs.js'
import type { Wiring } from '../wiring.js'

interface IssuesWebhook {
  action?: string
  issue?: { number?: number; state_reason?: string | null; pull_request?: unknown }
}

export async function learnJob(inputs: LearnInputs, wiring: Wiring): Promise<void> {
  const { host } = wiring
  const webhook = (await wiring.webhook()) as IssuesWebhook
  const number = webhook.issue?.number
  if (typeof number !== 'number' || webhook.issue?.pull_request !== undefined)
    throw new Error('The `learn` command needs an `issues` event on an incident issue.')
  const octokit = wiring.github(inputs.token)
  const result = await learnCommand({
    thread: githubIssueThread(octokit, inputs.repository, number),
    proposals: githubRunbookProposals(octokit, inputs.repository),
    validate: draftValidation(process.cwd(), inputs.catalog.dir),
    records: wiring.records(inputs),
    catalog: wiring.triageCatalog(inputs.catalog),
    stateReason: webhook.action === 'closed' ? (webhook.issue?.state_reason ?? null) : null
  })
  host.setOutput('drafted', String(result.drafted))
  if (!result.drafted) {
    host.log.notice(`No runbook drafted from #${number}: ${result.reason}.`)
    return
  }
  host.setOutput('pull-request', String(result.pull.number))
  host.log.info(
    `${result.pull.created ? 'Opened' : 'Already open:'} draft pull request #${result.pull.number} with runbook ${result.draft.id}: ${result.pull.url}`
  )
}
