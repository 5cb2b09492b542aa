// Who approved this workflow run's environment (required reviewers), read back from GitHub so
// an environment-gated remediation records people, not just "the environment", and refuses to
// run when nobody did (an environment without required reviewers lets jobs through at once).
import type { EnvironmentApproval } from '../../approval/ports.js'
import type { GitHub } from './client.js'

export async function runApprovals(
  octokit: GitHub,
  repository: { owner: string; repo: string },
  runId: number
): Promise<EnvironmentApproval[]> {
  const { data } = await octokit.request(
    'GET /repos/{owner}/{repo}/actions/runs/{run_id}/approvals',
    { ...repository, run_id: runId }
  )
  return data.flatMap((review) =>
    review.environments.map((e) => ({
      user: review.user.login,
      userType: review.user.type,
      environment: e.name ?? '',
      state: review.state,
      comment: review.comment
    }))
  )
}
