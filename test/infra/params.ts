// Parameter sets the infra tests deploy the template with (on paper): the documented minimum,
// everything switched on, and the variants each condition has.
export const TEMPLATE_PATH = 'infra/opsloop.yaml'

/** What docs/setup.md passes: the parameters without defaults. */
export const REQUIRED = {
  GitHubOwner: 'acme',
  GitHubRepository: 'ops',
  GitHubTokenSecret: 'opsloop/github-dispatch-token',
  TriageLogGroupPrefix: '/acme/',
  AlarmTopicArn: 'arn:aws:sns:eu-west-1:111122223333:oncall',
  // Says the repository's OIDC subject claim was customized (docs/setup.md, step 6).
  OidcSubjectClaimKeys: 'repo,context,job_workflow_ref'
}

export const ALL_SOURCES = {
  ...REQUIRED,
  ForwardEcsEvents: 'true',
  ForwardHealthEvents: 'true',
  ForwardGuardDutyFindings: 'true'
}

export const PARAMETER_SETS: Record<string, Record<string, string>> = {
  defaults: REQUIRED,
  'every source': ALL_SOURCES,
  'existing OIDC provider, SNS topic, no inference profile, prefix filter': {
    ...REQUIRED,
    ExistingOidcProviderArn:
      'arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com',
    AlarmTopicArn: 'arn:aws:sns:eu-west-1:111122223333:oncall',
    BedrockInferenceProfilePrefix: '',
    AlarmNamePrefix: 'prod-',
    AlarmStates: 'ALARM',
    DispatchEventType: 'prod-incident'
  },
  'ECS task roles, GuardDuty from MEDIUM': {
    ...ALL_SOURCES,
    GuardDutyMinimumSeverity: 'MEDIUM',
    EcsTaskRoleArns:
      'arn:aws:iam::111122223333:role/catalog-api-task,arn:aws:iam::111122223333:role/ecsTaskExecutionRole'
  },
  'GuardDuty from CRITICAL, custom documents': {
    ...ALL_SOURCES,
    GuardDutyMinimumSeverity: 'CRITICAL',
    AllowedAutomationDocuments: 'OpsLoop-ECSVerifyServiceStable',
    AllowedAwsAutomationDocuments: 'AWS-RestartEC2Instance,AWS-StopEC2Instance'
  },
  'AWS-RunShellScript allowed (the opt-out), no AWS-owned or OpsLoop runbooks': {
    ...REQUIRED,
    AllowRunShellScript: 'true',
    AllowedAutomationDocuments: '',
    AllowedAwsAutomationDocuments: ''
  },
  'another default branch, immutable subjects, own environments and workflow files': {
    ...REQUIRED,
    DefaultBranch: 'trunk',
    GitHubOwnerId: '123456',
    GitHubRepositoryId: '456789',
    TriageEnvironment: 'ops-read',
    RemediationEnvironment: 'ops-write',
    PublishEnvironment: 'ops-publish',
    IncidentWorkflow: 'opsloop-incident.yaml',
    RemediationWorkflow: 'opsloop-remediation.yaml',
    ReconcileWorkflow: 'opsloop-reconcile.yaml',
    PublishWorkflow: 'opsloop-publish.yaml'
  },
  'GuardDuty from LOW': { ...ALL_SOURCES, GuardDutyMinimumSeverity: 'LOW' },
  'every source, nobody told of failed deliveries': { ...ALL_SOURCES, AlarmTopicArn: 'none' }
}
