// GitHub Actions workflow dispatch, for runbook steps that run a repository's workflow (a
// deployment workflow given the previous good commit): one create-workflow-dispatch request,
// asking for the run's id and URL so the run's comments can link it. GitHub refuses an unknown
// workflow or ref, an input the workflow does not declare and a token without `actions: write`
// with its own message, which becomes the step's detail.
import type { DispatchedRun, WorkflowDispatcher } from '../../execution/ports.js'
import type { GitHub } from './client.js'

export function githubWorkflows(octokit: GitHub): WorkflowDispatcher {
  return {
    async dispatch(input): Promise<DispatchedRun> {
      const response: { data?: unknown } = await octokit.request(
        'POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches',
        {
          owner: input.owner,
          repo: input.repo,
          workflow_id: input.workflow,
          ref: input.ref,
          inputs: input.inputs,
          return_run_details: true
        }
      )
      // 200 with the run's details; 204 (no body) where GitHub does not give them (Octokit's
      // types know only the 204).
      const run =
        response.data && typeof response.data === 'object'
          ? (response.data as { workflow_run_id?: unknown; html_url?: unknown })
          : {}
      return {
        ...(typeof run.workflow_run_id === 'number' ? { id: run.workflow_run_id } : {}),
        ...(typeof run.html_url === 'string' ? { url: run.html_url } : {})
      }
    }
  }
}
