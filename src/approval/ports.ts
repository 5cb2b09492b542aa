// What approval needs from GitHub besides the issue thread (issue/thread.ts): who reviewed this
// workflow run's environment gate. Implemented by adapters/github/environment-approvals.ts.

export interface EnvironmentApproval {
  user: string
  userType: string
  environment: string
  state: string
  comment: string
}
