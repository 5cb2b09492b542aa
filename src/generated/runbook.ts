// Generated from schemas/runbook.schema.json by `npm run generate`. Do not edit.

/**
 * A GitHub login (`alice`) or team (`org/team-slug`); a leading `@` is allowed.
 */
export type Principal = string
export type Severity = 'low' | 'medium' | 'high' | 'critical'
export type AlarmState = 'ALARM' | 'OK' | 'INSUFFICIENT_DATA'
/**
 * What the runbook acts on. Resolved targets are shown in the plan and bound into its digest.
 */
export type Targets = {
  /**
   * `dimension`: instance ids from the alarm metric's dimension; `resources`: the incident's resource ARNs that fit `resourcePattern`; `tags`: SSM tag targets (Run Command only); `parameter`: the value of a declared parameter.
   */
  from: 'dimension' | 'resources' | 'tags' | 'parameter'
  /**
   * Dimension name, e.g. `InstanceId`.
   */
  dimension?: string
  /**
   * Glob over resource ARNs, e.g. `arn:aws:ecs:*:*:service/*`.
   */
  resourcePattern?: string
  /**
   * Tag key to allowed values, sent as SSM `Targets` (`tag:KEY`).
   */
  tags?: {
    /**
     * @minItems 1
     * @maxItems 50
     */
    [k: string]: [string, ...string[]] | undefined
  }
  /**
   * Name of the parameter holding the target.
   */
  parameter?: string
  /**
   * The plan is refused when more targets resolve than this.
   */
  max: number
}
/**
 * A duration such as `90s`, `10m`, `1h30m` or `7d`.
 */
export type Duration = string

/**
 * A remediation OpsLoop may propose for an AWS incident and, after approval, run through AWS Systems Manager. The model only selects a runbook and proposes parameters that pass this file's own parameter schema; it never writes commands.
 */
export interface Runbook {
  /**
   * Optional pointer to this schema for editors.
   */
  $schema?: string
  /**
   * Format version of this file. Always `opsloop/v1`.
   */
  apiVersion: 'opsloop/v1'
  /**
   * Unique, stable identifier in kebab-case (lowercase letters, digits and single hyphens). Approvals and past incidents refer to it.
   */
  id: string
  /**
   * One line shown in incident issues and summaries.
   */
  title: string
  /**
   * What the runbook does, when to use it and when not to. Shown to approvers and given to the model as a hint.
   */
  description: string
  /**
   * GitHub users (`alice`) or teams (`org/team`) who maintain this runbook.
   *
   * @minItems 1
   */
  owners: [Principal, ...Principal[]]
  /**
   * Risk tier. High-risk runbooks must declare `verify` and `rollback`.
   */
  risk: 'low' | 'medium' | 'high'
  /**
   * Breaks ties when several runbooks match an incident equally well: the higher wins.
   */
  priority?: number
  /**
   * Deterministic rules saying which incidents this runbook handles. An incident matches when any rule matches; a rule matches when all of its fields do. The offline triage uses them to select a runbook; the model receives them as hints.
   *
   * @minItems 1
   */
  match: [MatchRule, ...MatchRule[]]
  /**
   * Incidents this runbook must not be used for, although a match rule may fit them or its text resemble them: the author's "do not use it when …", in a form OpsLoop enforces. When one entry applies, no triage path proposes the runbook (rules, text, a dispatch hint, history or the model), and the issue says why. Written like `match` rules, plus words the incident says; an entry applies when all of its fields do.
   *
   * @minItems 1
   */
  exclude?: [ExclusionRule, ...ExclusionRule[]]
  /**
   * Typed inputs, referenced in commands and document parameters as `{{ params.NAME }}`. Proposed values must pass these constraints. A string parameter that reaches a shell command must be constrained by `enum` or an anchored `pattern`.
   */
  parameters?: {
    [k: string]: Parameter | undefined
  }
  targets: Targets
  approval: Approval
  execution: Action
  verify?: Verify
  rollback?: Action
  /**
   * Circuit breakers: how often this runbook may run, counted from SSM's own history of its execution step, never from the issues: every command of its `OpsLoop-<id>` document, the commands OpsLoop sent for it as another document (their comment names the runbook), and every execution of its Automation document, whoever started it. A plan that would go over a limit cannot be approved, and is not run, until the time the reply names; both limits apply even when nothing is written here.
   */
  limits?: {
    /**
     * At most this many runs of the runbook started in any 60 minutes, whatever their targets.
     */
    runsPerHour?: number
    /**
     * At most this many runs on any one target (instance, service, group) started in any 24 hours.
     */
    runsPerTargetPerDay?: number
  }
  /**
   * Example incidents that must select this runbook. Validation fails when a file is missing or selects another runbook.
   *
   * Items: Path, relative to this file, of an example incident (an AWS event as EventBridge delivers it, or a dispatch `client_payload` with `event` and `context`).
   */
  tests?: string[]
}
export interface MatchRule {
  /**
   * EventBridge `source`, e.g. `aws.cloudwatch`, `aws.ecs`, `aws.health`.
   */
  source?: string | [string, ...string[]]
  /**
   * EventBridge `detail-type`, e.g. `CloudWatch Alarm State Change`.
   */
  detailType?: string | [string, ...string[]]
  /**
   * CloudWatch alarm name globs, e.g. `*-disk-used-*`.
   */
  alarmName?: string | [string, ...string[]]
  /**
   * The event's own name or code: ECS `detail.eventName` (e.g. `SERVICE_TASK_START_IMPAIRED`), AWS Health `detail.eventTypeCode`, GuardDuty finding `type`, EC2 instance `detail.state`, Step Functions execution `detail.status` (e.g. `TIMED_OUT`); for Auto Scaling and ACM events, the detail-type (e.g. `ACM Certificate Renewal Action Required`).
   */
  eventName?: string | [string, ...string[]]
  /**
   * Matches when any metric of the alarm (including metric-math inputs) fits all given fields.
   */
  metric?: {
    /**
     * Metric namespace, e.g. `AWS/EC2` or `CWAgent`.
     */
    namespace?: string | [string, ...string[]]
    /**
     * Metric name, e.g. `CPUUtilization`.
     */
    name?: string | [string, ...string[]]
    /**
     * Dimension name to value globs; `"*"` only requires the dimension to be present.
     */
    dimensions?: {
      /**
       * One value or a list; any may match. `*` matches any run of characters and `?` one character; matching is case-sensitive.
       */
      [k: string]: string | [string, ...string[]] | undefined
    }
  }
  /**
   * One value or a list; any may match. `*` matches any run of characters and `?` one character; matching is case-sensitive.
   */
  resourceType?: string | [string, ...string[]]
  /**
   * Incident severity or severities.
   */
  severity?: Severity | [Severity, ...Severity[]]
  /**
   * Alarm state; alarm rules match only `ALARM` unless this says otherwise.
   */
  state?: AlarmState | [AlarmState, ...AlarmState[]]
  /**
   * Tag key to value globs, from the dispatch `context.tags` (for example the alarm's or resource's tags).
   */
  tags?: {
    /**
     * One value or a list; any may match. `*` matches any run of characters and `?` one character; matching is case-sensitive.
     */
    [k: string]: string | [string, ...string[]] | undefined
  }
  /**
   * Matches only when change attribution named a suspect change for the incident (`facts.change`): a runbook that rolls a deployment back. `repository`, `service` and `environment` narrow it to the deployments this runbook can roll back.
   */
  change?: {
    /**
     * A suspect change was named.
     */
    suspect: true
    /**
     * One value or a list; any may match. `*` matches any run of characters and `?` one character; matching is case-sensitive.
     */
    repository?: string | [string, ...string[]]
    /**
     * One value or a list; any may match. `*` matches any run of characters and `?` one character; matching is case-sensitive.
     */
    service?: string | [string, ...string[]]
    /**
     * One value or a list; any may match. `*` matches any run of characters and `?` one character; matching is case-sensitive.
     */
    environment?: string | [string, ...string[]]
  }
}
/**
 * One incident kind the runbook must not be used for. `when`: the incidents this entry is about, with the fields of a `match` rule (alarm name, event name, metric and dimensions, resource type, severity, tags); unlike a match rule it applies in any alarm state, and its `metric` must fit every metric the alarm reads. `says`: phrases the incident must say.
 */
export interface ExclusionRule {
  /**
   * Why the runbook is wrong for these incidents and what to do instead, for the person reading the issue, e.g. `card-authorisation messages expire after two minutes: replaying them pushes stale authorisations`.
   */
  why: string
  when?: MatchRule
  /**
   * Phrases of which the incident must say at least one, in its description, its reason (the alarm's state reason, an ECS stopped reason, a Health description) or its details. Matched word by word, ignoring case, word forms (`expired` = `expires`) and how names are written (`InsufficientFreeAddressesInSubnet` = `insufficient free addresses in subnet`); a phrase the incident negates (`no throttling`) does not count. Incident text is untrusted, so it can only keep a runbook from being proposed, never make one fit.
   *
   * @minItems 1
   */
  says?: [string, ...string[]]
}
export interface Parameter {
  /**
   * JSON type of the value.
   */
  type: 'string' | 'integer' | 'number' | 'boolean'
  description: string
  /**
   * The only allowed values.
   *
   * @minItems 1
   */
  enum?: [string | number | number | boolean, ...(string | number | number | boolean)[]]
  /**
   * ECMAScript regular expression the whole value must match; anchor it with `^` and `$`.
   */
  pattern?: string
  minLength?: number
  maxLength?: number
  minimum?: number
  maximum?: number
  /**
   * Value used when neither the incident nor the triage supplies one. Must itself pass the constraints. Never used for a parameter that chooses what the runbook acts on (one that `targets` refers to, or one marked `selects`) unless `defaultIsSafe` is true: such a plan is incomplete until the incident's facts give the value or a person sets it with `/set`.
   */
  default?: string | number | boolean
  /**
   * Where the plan takes the value from the incident and what OpsLoop looked up about it in AWS (`facts` in docs/incident-reference.md): `dimensions.NAME` (the alarm metric's dimension), `tags.KEY` (the alarm's tags, then its resources', then the dispatch context's), `ecs.cluster`, `ecs.service`, `ecs.taskDefinition` (the running deployment's), `ecs.previousTaskDefinition` (what a rollback returns to), `autoScalingGroup`, `change.previousSha`, `change.deploymentSha`, `change.sha`, `change.service`, `change.repository`, `change.environment` or `change.deployment` (the suspect change, `facts.change`), `context.KEY` (dispatch context), `alarmName`, `region`, `account` or `resourceId` (the last segment of the first resource ARN).
   */
  from?: string
  /**
   * Hide the value in issues and logs.
   */
  sensitive?: boolean
  /**
   * The value chooses what the runbook acts on (a service to restart, a path to clean, a resource), like a parameter that `targets` refers to: it is taken from the incident and what OpsLoop looks up about it (or from a person's `/set` on the issue), never from the model and never from `default` unless `defaultIsSafe` is true.
   */
  selects?: boolean
  /**
   * The `default` is right for any incident this runbook matches, even though the parameter chooses what the runbook acts on. Say why in `description`.
   */
  defaultIsSafe?: boolean
}
/**
 * Who must approve before anything runs.
 */
export interface Approval {
  /**
   * Whether a human approval is needed. Medium and high risk runbooks must require it.
   */
  required: boolean
  /**
   * Who may approve. Without it, anyone with write or admin permission on the repository may.
   */
  approvers?: {
    /**
     * GitHub logins allowed to approve (they also need write access).
     */
    users?: string[]
    /**
     * Teams as `org/team-slug` whose active members may approve.
     */
    teams?: string[]
  }
  /**
   * Distinct people who must approve the same plan.
   */
  minApprovals?: number
  /**
   * How long an approval stays valid, e.g. `4h`.
   */
  expiry?: string
  /**
   * GitHub environment (with required reviewers) the remediation job runs in, e.g. `incident-remediation`.
   */
  environment?: string
  /**
   * Whether the person who requested the remediation may approve it.
   */
  allowSelfApproval?: boolean
}
/**
 * One operation: exactly one of `runCommand` or `automation` (SSM, with rate control and an overall timeout) or `workflowDispatch` (a GitHub Actions workflow). `execution` runs after approval; `rollback` runs when execution or verification fails.
 */
export interface Action {
  runCommand?: RunCommand
  automation?: Automation
  workflowDispatch?: WorkflowDispatch
  /**
   * How many targets at once: a count or a percentage, at least 1 (SSM `MaxConcurrency`).
   */
  maxConcurrency?: string
  /**
   * A count or a percentage, as SSM `MaxConcurrency`/`MaxErrors` take them.
   */
  maxErrors?: string
  /**
   * Overall limit OpsLoop waits before cancelling and reporting `TimedOut`.
   */
  timeoutSeconds?: number
  /**
   * A CloudWatch alarm that stops the run when it goes to ALARM (SSM `AlarmConfiguration`), e.g. an error-rate guard or a floor on healthy hosts. It may use `{{ params.NAME }}` (the raw value, e.g. `{{ params.role }}-healthy-hosts-low`) with parameters constrained by `enum` or an anchored `pattern` and not sensitive; never `{{ targets }}`. The alarm must exist: remediation refuses to start, before claiming the plan, when it is missing or already in ALARM (SSM would stop the run at once). Not the alarm that triggered the incident: that one is still in ALARM when remediation starts.
   */
  guardAlarm?: string
}
export interface RunCommand {
  /**
   * SSM Command document, e.g. `AWS-RunShellScript`. Must be on the allow-list.
   */
  document: string
  /**
   * Shell lines for `AWS-RunShellScript`-style documents, run by bash (OpsLoop re-executes the script under bash where `sh` is dash); `{{ params.NAME }}` is replaced by the shell-quoted value, so write it as a bare word (`systemctl restart {{ params.service }}`): validation refuses it inside quotes, here-documents, comments, `${…}`, arithmetic, as the command name, or in code run by `bash -c`, `eval`, `su -c`, `ssh`, `trap` or `watch`. A string parameter that starts an argument must not allow a leading `-` (or put `--` before it). Start with `set -euo pipefail` and make every step safe to run twice.
   *
   * @minItems 1
   * @maxItems 100
   */
  commands?: [string, ...string[]]
  parameters?: DocumentParameters
  workingDirectory?: string
  /**
   * The document's own execution timeout.
   */
  executionTimeoutSeconds?: number
}
/**
 * Other document parameters; values may use `{{ params.NAME }}` and `{{ targets }}`.
 */
export interface DocumentParameters {
  [k: string]: string | string[] | undefined
}
export interface Automation {
  /**
   * SSM Automation document, e.g. `AWS-RestartEC2Instance`. Must be on the allow-list.
   */
  document: string
  parameters?: DocumentParameters
}
/**
 * Runs a GitHub Actions workflow through `workflow_dispatch` (POST /repos/{owner}/{repo}/actions/workflows/{workflow}/dispatches), e.g. a repository's deployment workflow given the previous good commit. The repository, workflow and ref are fixed in the runbook; inputs may use `{{ params.NAME }}` for parameters constrained by `enum` or an anchored `pattern` and not sensitive, so the values dispatched are bound into the plan's digest. It succeeds when GitHub accepts the dispatch; `verify` proves the fix. Needs a token with `actions: write` on the repository (the remediation job's `github-token`).
 */
export interface WorkflowDispatch {
  /**
   * `owner/name` of the repository whose workflow runs.
   */
  repository: string
  /**
   * The workflow's file name under `.github/workflows/`, e.g. `deploy.yml`.
   */
  workflow: string
  /**
   * The branch or tag the workflow runs from (GitHub takes no commit SHA here: pass the commit to deploy as an input).
   */
  ref: string
  /**
   * The workflow's `workflow_dispatch` inputs, as strings; `{{ params.NAME }}` is replaced by the parameter's value.
   */
  inputs?: {
    [k: string]: string | undefined
  }
}
/**
 * How OpsLoop proves the fix worked. Failure triggers `rollback`.
 */
export interface Verify {
  /**
   * Passes when the alarm is (or returns to) OK within `within`.
   */
  alarmOk?: {
    /**
     * How long the triggering alarm has to return to OK.
     */
    within: string
    /**
     * The alarm that must return to OK. Defaults to the alarm that triggered the incident; required when the runbook handles events that are not alarms.
     */
    alarmName?: string
  }
  /**
   * A check that passes when it succeeds: a command that exits 0 on every target, or an Automation document that ends in Success (e.g. one asserting an ECS service is steady).
   */
  check?: {
    runCommand?: RunCommand
    automation?: Automation
    retries?: number
    interval?: Duration
  }
}

export const runbookSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://opsloop.dev/schemas/runbook.schema.json',
  title: 'OpsLoop runbook',
  description:
    "A remediation OpsLoop may propose for an AWS incident and, after approval, run through AWS Systems Manager. The model only selects a runbook and proposes parameters that pass this file's own parameter schema; it never writes commands.",
  type: 'object',
  additionalProperties: false,
  required: [
    'apiVersion',
    'id',
    'title',
    'description',
    'owners',
    'risk',
    'match',
    'targets',
    'approval',
    'execution'
  ],
  properties: {
    $schema: { type: 'string', description: 'Optional pointer to this schema for editors.' },
    apiVersion: {
      const: 'opsloop/v1',
      description: 'Format version of this file. Always `opsloop/v1`.'
    },
    id: {
      type: 'string',
      pattern: '^[a-z0-9]+(-[a-z0-9]+)*$',
      maxLength: 64,
      description:
        'Unique, stable identifier in kebab-case (lowercase letters, digits and single hyphens). Approvals and past incidents refer to it.',
      examples: ['restart-systemd-service']
    },
    title: {
      type: 'string',
      minLength: 3,
      maxLength: 100,
      description: 'One line shown in incident issues and summaries.'
    },
    description: {
      type: 'string',
      minLength: 10,
      maxLength: 4000,
      description:
        'What the runbook does, when to use it and when not to. Shown to approvers and given to the model as a hint.'
    },
    owners: {
      type: 'array',
      minItems: 1,
      uniqueItems: true,
      items: { $ref: '#/$defs/principal' },
      description: 'GitHub users (`alice`) or teams (`org/team`) who maintain this runbook.'
    },
    risk: {
      enum: ['low', 'medium', 'high'],
      description: 'Risk tier. High-risk runbooks must declare `verify` and `rollback`.'
    },
    priority: {
      type: 'integer',
      minimum: -100,
      maximum: 100,
      default: 0,
      description:
        'Breaks ties when several runbooks match an incident equally well: the higher wins.'
    },
    match: {
      type: 'array',
      minItems: 1,
      items: { $ref: '#/$defs/matchRule' },
      description:
        'Deterministic rules saying which incidents this runbook handles. An incident matches when any rule matches; a rule matches when all of its fields do. The offline triage uses them to select a runbook; the model receives them as hints.'
    },
    exclude: {
      type: 'array',
      minItems: 1,
      items: { $ref: '#/$defs/exclusionRule' },
      description:
        'Incidents this runbook must not be used for, although a match rule may fit them or its text resemble them: the author\'s "do not use it when …", in a form OpsLoop enforces. When one entry applies, no triage path proposes the runbook (rules, text, a dispatch hint, history or the model), and the issue says why. Written like `match` rules, plus words the incident says; an entry applies when all of its fields do.'
    },
    parameters: {
      type: 'object',
      maxProperties: 20,
      propertyNames: { pattern: '^[a-zA-Z][a-zA-Z0-9_]{0,39}$' },
      additionalProperties: { $ref: '#/$defs/parameter' },
      default: {},
      description:
        'Typed inputs, referenced in commands and document parameters as `{{ params.NAME }}`. Proposed values must pass these constraints. A string parameter that reaches a shell command must be constrained by `enum` or an anchored `pattern`.'
    },
    targets: { $ref: '#/$defs/targets' },
    approval: { $ref: '#/$defs/approval' },
    execution: { $ref: '#/$defs/action' },
    verify: { $ref: '#/$defs/verify' },
    rollback: { $ref: '#/$defs/action' },
    limits: {
      type: 'object',
      additionalProperties: false,
      description:
        "Circuit breakers: how often this runbook may run, counted from SSM's own history of its execution step, never from the issues: every command of its `OpsLoop-<id>` document, the commands OpsLoop sent for it as another document (their comment names the runbook), and every execution of its Automation document, whoever started it. A plan that would go over a limit cannot be approved, and is not run, until the time the reply names; both limits apply even when nothing is written here.",
      properties: {
        runsPerHour: {
          type: 'integer',
          minimum: 1,
          maximum: 60,
          default: 3,
          description:
            'At most this many runs of the runbook started in any 60 minutes, whatever their targets.'
        },
        runsPerTargetPerDay: {
          type: 'integer',
          minimum: 1,
          maximum: 100,
          default: 3,
          description:
            'At most this many runs on any one target (instance, service, group) started in any 24 hours.'
        }
      }
    },
    tests: {
      type: 'array',
      uniqueItems: true,
      items: {
        type: 'string',
        minLength: 1,
        pattern: '\\.json$',
        description:
          'Path, relative to this file, of an example incident (an AWS event as EventBridge delivers it, or a dispatch `client_payload` with `event` and `context`).'
      },
      description:
        'Example incidents that must select this runbook. Validation fails when a file is missing or selects another runbook.'
    }
  },
  $defs: {
    principal: {
      type: 'string',
      pattern: '^@?[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(/[A-Za-z0-9._-]{1,100})?$',
      description: 'A GitHub login (`alice`) or team (`org/team-slug`); a leading `@` is allowed.'
    },
    stringOrList: {
      oneOf: [
        { type: 'string', minLength: 1 },
        { type: 'array', minItems: 1, uniqueItems: true, items: { type: 'string', minLength: 1 } }
      ]
    },
    globs: {
      $ref: '#/$defs/stringOrList',
      description:
        'One value or a list; any may match. `*` matches any run of characters and `?` one character; matching is case-sensitive.'
    },
    duration: {
      type: 'string',
      pattern: '^([1-9][0-9]*[smhd])+$',
      description: 'A duration such as `90s`, `10m`, `1h30m` or `7d`.',
      examples: ['10m', '4h']
    },
    matchRule: {
      type: 'object',
      additionalProperties: false,
      minProperties: 1,
      properties: {
        source: {
          $ref: '#/$defs/globs',
          description: 'EventBridge `source`, e.g. `aws.cloudwatch`, `aws.ecs`, `aws.health`.'
        },
        detailType: {
          $ref: '#/$defs/globs',
          description: 'EventBridge `detail-type`, e.g. `CloudWatch Alarm State Change`.'
        },
        alarmName: {
          $ref: '#/$defs/globs',
          description: 'CloudWatch alarm name globs, e.g. `*-disk-used-*`.'
        },
        eventName: {
          $ref: '#/$defs/globs',
          description:
            "The event's own name or code: ECS `detail.eventName` (e.g. `SERVICE_TASK_START_IMPAIRED`), AWS Health `detail.eventTypeCode`, GuardDuty finding `type`, EC2 instance `detail.state`, Step Functions execution `detail.status` (e.g. `TIMED_OUT`); for Auto Scaling and ACM events, the detail-type (e.g. `ACM Certificate Renewal Action Required`)."
        },
        metric: {
          type: 'object',
          additionalProperties: false,
          minProperties: 1,
          properties: {
            namespace: {
              $ref: '#/$defs/globs',
              description: 'Metric namespace, e.g. `AWS/EC2` or `CWAgent`.'
            },
            name: { $ref: '#/$defs/globs', description: 'Metric name, e.g. `CPUUtilization`.' },
            dimensions: {
              type: 'object',
              minProperties: 1,
              additionalProperties: { $ref: '#/$defs/globs' },
              description:
                'Dimension name to value globs; `"*"` only requires the dimension to be present.'
            }
          },
          description:
            'Matches when any metric of the alarm (including metric-math inputs) fits all given fields.'
        },
        resourceType: {
          $ref: '#/$defs/globs',
          description:
            "Resource type as `service:type` from the incident's ARNs and dimensions, e.g. `ec2:instance`, `ecs:service`, `autoscaling:autoScalingGroup`."
        },
        severity: {
          oneOf: [
            { $ref: '#/$defs/severity' },
            { type: 'array', minItems: 1, uniqueItems: true, items: { $ref: '#/$defs/severity' } }
          ],
          description: 'Incident severity or severities.'
        },
        state: {
          oneOf: [
            { $ref: '#/$defs/alarmState' },
            { type: 'array', minItems: 1, uniqueItems: true, items: { $ref: '#/$defs/alarmState' } }
          ],
          description: 'Alarm state; alarm rules match only `ALARM` unless this says otherwise.'
        },
        tags: {
          type: 'object',
          minProperties: 1,
          additionalProperties: { $ref: '#/$defs/globs' },
          description:
            "Tag key to value globs, from the dispatch `context.tags` (for example the alarm's or resource's tags)."
        },
        change: {
          type: 'object',
          additionalProperties: false,
          required: ['suspect'],
          description:
            'Matches only when change attribution named a suspect change for the incident (`facts.change`): a runbook that rolls a deployment back. `repository`, `service` and `environment` narrow it to the deployments this runbook can roll back.',
          properties: {
            suspect: { const: true, description: 'A suspect change was named.' },
            repository: {
              $ref: '#/$defs/globs',
              description: "The deployment's repository (`owner/name`) globs."
            },
            service: { $ref: '#/$defs/globs', description: "The deployment's service globs." },
            environment: {
              $ref: '#/$defs/globs',
              description: "The deployment's environment globs."
            }
          }
        }
      }
    },
    exclusionRule: {
      type: 'object',
      additionalProperties: false,
      minProperties: 2,
      required: ['why'],
      description:
        'One incident kind the runbook must not be used for. `when`: the incidents this entry is about, with the fields of a `match` rule (alarm name, event name, metric and dimensions, resource type, severity, tags); unlike a match rule it applies in any alarm state, and its `metric` must fit every metric the alarm reads. `says`: phrases the incident must say.',
      properties: {
        why: {
          type: 'string',
          minLength: 10,
          maxLength: 300,
          description:
            'Why the runbook is wrong for these incidents and what to do instead, for the person reading the issue, e.g. `card-authorisation messages expire after two minutes: replaying them pushes stale authorisations`.'
        },
        when: { $ref: '#/$defs/matchRule' },
        says: {
          type: 'array',
          minItems: 1,
          uniqueItems: true,
          items: { type: 'string', minLength: 2, maxLength: 100, pattern: '[A-Za-z0-9]' },
          description:
            "Phrases of which the incident must say at least one, in its description, its reason (the alarm's state reason, an ECS stopped reason, a Health description) or its details. Matched word by word, ignoring case, word forms (`expired` = `expires`) and how names are written (`InsufficientFreeAddressesInSubnet` = `insufficient free addresses in subnet`); a phrase the incident negates (`no throttling`) does not count. Incident text is untrusted, so it can only keep a runbook from being proposed, never make one fit."
        }
      }
    },
    severity: { enum: ['low', 'medium', 'high', 'critical'] },
    alarmState: { enum: ['ALARM', 'OK', 'INSUFFICIENT_DATA'] },
    parameter: {
      type: 'object',
      additionalProperties: false,
      required: ['type', 'description'],
      properties: {
        type: {
          enum: ['string', 'integer', 'number', 'boolean'],
          description: 'JSON type of the value.'
        },
        description: { type: 'string', minLength: 3, maxLength: 500 },
        enum: {
          type: 'array',
          minItems: 1,
          uniqueItems: true,
          items: { type: ['string', 'integer', 'number', 'boolean'] },
          description: 'The only allowed values.'
        },
        pattern: {
          type: 'string',
          minLength: 2,
          description:
            'ECMAScript regular expression the whole value must match; anchor it with `^` and `$`.'
        },
        minLength: { type: 'integer', minimum: 0 },
        maxLength: { type: 'integer', minimum: 1, maximum: 4096 },
        minimum: { type: 'number' },
        maximum: { type: 'number' },
        default: {
          type: ['string', 'integer', 'number', 'boolean'],
          description:
            "Value used when neither the incident nor the triage supplies one. Must itself pass the constraints. Never used for a parameter that chooses what the runbook acts on (one that `targets` refers to, or one marked `selects`) unless `defaultIsSafe` is true: such a plan is incomplete until the incident's facts give the value or a person sets it with `/set`."
        },
        from: {
          type: 'string',
          pattern:
            '^(dimensions|tags|context)\\.[A-Za-z0-9_.:/-]{1,128}$|^ecs\\.(cluster|service|taskDefinition|previousTaskDefinition)$|^change\\.(sha|deployment|deploymentSha|previousSha|service|repository|environment)$|^(alarmName|region|account|resourceId|autoScalingGroup)$',
          description:
            "Where the plan takes the value from the incident and what OpsLoop looked up about it in AWS (`facts` in docs/incident-reference.md): `dimensions.NAME` (the alarm metric's dimension), `tags.KEY` (the alarm's tags, then its resources', then the dispatch context's), `ecs.cluster`, `ecs.service`, `ecs.taskDefinition` (the running deployment's), `ecs.previousTaskDefinition` (what a rollback returns to), `autoScalingGroup`, `change.previousSha`, `change.deploymentSha`, `change.sha`, `change.service`, `change.repository`, `change.environment` or `change.deployment` (the suspect change, `facts.change`), `context.KEY` (dispatch context), `alarmName`, `region`, `account` or `resourceId` (the last segment of the first resource ARN).",
          examples: ['dimensions.InstanceId', 'tags.service', 'ecs.previousTaskDefinition']
        },
        sensitive: {
          type: 'boolean',
          default: false,
          description: 'Hide the value in issues and logs.'
        },
        selects: {
          type: 'boolean',
          default: false,
          description:
            "The value chooses what the runbook acts on (a service to restart, a path to clean, a resource), like a parameter that `targets` refers to: it is taken from the incident and what OpsLoop looks up about it (or from a person's `/set` on the issue), never from the model and never from `default` unless `defaultIsSafe` is true."
        },
        defaultIsSafe: {
          type: 'boolean',
          default: false,
          description:
            'The `default` is right for any incident this runbook matches, even though the parameter chooses what the runbook acts on. Say why in `description`.'
        }
      }
    },
    targets: {
      type: 'object',
      additionalProperties: false,
      required: ['from', 'max'],
      description:
        'What the runbook acts on. Resolved targets are shown in the plan and bound into its digest.',
      properties: {
        from: {
          enum: ['dimension', 'resources', 'tags', 'parameter'],
          description:
            "`dimension`: instance ids from the alarm metric's dimension; `resources`: the incident's resource ARNs that fit `resourcePattern`; `tags`: SSM tag targets (Run Command only); `parameter`: the value of a declared parameter."
        },
        dimension: {
          type: 'string',
          minLength: 1,
          description: 'Dimension name, e.g. `InstanceId`.'
        },
        resourcePattern: {
          type: 'string',
          minLength: 1,
          description: 'Glob over resource ARNs, e.g. `arn:aws:ecs:*:*:service/*`.'
        },
        tags: {
          type: 'object',
          minProperties: 1,
          maxProperties: 5,
          additionalProperties: {
            type: 'array',
            minItems: 1,
            maxItems: 50,
            items: { type: 'string', minLength: 1 }
          },
          description: 'Tag key to allowed values, sent as SSM `Targets` (`tag:KEY`).'
        },
        parameter: {
          type: 'string',
          minLength: 1,
          description: 'Name of the parameter holding the target.'
        },
        max: {
          type: 'integer',
          minimum: 1,
          maximum: 50,
          description: 'The plan is refused when more targets resolve than this.'
        }
      },
      allOf: [
        { if: { properties: { from: { const: 'dimension' } } }, then: { required: ['dimension'] } },
        {
          if: { properties: { from: { const: 'resources' } } },
          then: { required: ['resourcePattern'] }
        },
        { if: { properties: { from: { const: 'tags' } } }, then: { required: ['tags'] } },
        { if: { properties: { from: { const: 'parameter' } } }, then: { required: ['parameter'] } }
      ]
    },
    approval: {
      type: 'object',
      additionalProperties: false,
      required: ['required'],
      description: 'Who must approve before anything runs.',
      properties: {
        required: {
          type: 'boolean',
          description:
            'Whether a human approval is needed. Medium and high risk runbooks must require it.'
        },
        approvers: {
          type: 'object',
          additionalProperties: false,
          minProperties: 1,
          properties: {
            users: {
              type: 'array',
              uniqueItems: true,
              items: { type: 'string', pattern: '^@?[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$' },
              description: 'GitHub logins allowed to approve (they also need write access).'
            },
            teams: {
              type: 'array',
              uniqueItems: true,
              items: {
                type: 'string',
                pattern: '^@?[A-Za-z0-9][A-Za-z0-9-]{0,38}/[A-Za-z0-9._-]{1,100}$'
              },
              description: 'Teams as `org/team-slug` whose active members may approve.'
            }
          },
          description:
            'Who may approve. Without it, anyone with write or admin permission on the repository may.'
        },
        minApprovals: {
          type: 'integer',
          minimum: 1,
          maximum: 6,
          default: 1,
          description: 'Distinct people who must approve the same plan.'
        },
        expiry: {
          $ref: '#/$defs/duration',
          description: 'How long an approval stays valid, e.g. `4h`.'
        },
        environment: {
          type: 'string',
          pattern: '^[^\\s/\'"`$]{1,255}$',
          description:
            'GitHub environment (with required reviewers) the remediation job runs in, e.g. `incident-remediation`.'
        },
        allowSelfApproval: {
          type: 'boolean',
          default: false,
          description: 'Whether the person who requested the remediation may approve it.'
        }
      }
    },
    rateControl: {
      type: 'string',
      pattern: '^(0|[1-9][0-9]{0,4}|[0-9]%|[1-9][0-9]%|100%)$',
      description: 'A count or a percentage, as SSM `MaxConcurrency`/`MaxErrors` take them.'
    },
    concurrency: {
      type: 'string',
      pattern: '^([1-9][0-9]{0,4}|[1-9][0-9]?%|100%)$',
      description:
        'How many targets at once: a count or a percentage, at least 1 (SSM `MaxConcurrency`).'
    },
    documentParameters: {
      type: 'object',
      propertyNames: { pattern: '^[A-Za-z0-9_.-]{1,128}$' },
      additionalProperties: {
        oneOf: [
          { type: 'string', maxLength: 4096 },
          { type: 'array', maxItems: 50, items: { type: 'string', maxLength: 4096 } }
        ]
      },
      description:
        'Other document parameters; values may use `{{ params.NAME }}` and `{{ targets }}`.'
    },
    runCommand: {
      type: 'object',
      additionalProperties: false,
      required: ['document'],
      properties: {
        document: {
          type: 'string',
          pattern: '^[A-Za-z0-9_.:/-]{3,128}$',
          description: 'SSM Command document, e.g. `AWS-RunShellScript`. Must be on the allow-list.'
        },
        commands: {
          type: 'array',
          minItems: 1,
          maxItems: 100,
          items: { type: 'string', minLength: 1, maxLength: 4096 },
          description:
            'Shell lines for `AWS-RunShellScript`-style documents, run by bash (OpsLoop re-executes the script under bash where `sh` is dash); `{{ params.NAME }}` is replaced by the shell-quoted value, so write it as a bare word (`systemctl restart {{ params.service }}`): validation refuses it inside quotes, here-documents, comments, `${…}`, arithmetic, as the command name, or in code run by `bash -c`, `eval`, `su -c`, `ssh`, `trap` or `watch`. A string parameter that starts an argument must not allow a leading `-` (or put `--` before it). Start with `set -euo pipefail` and make every step safe to run twice.'
        },
        parameters: { $ref: '#/$defs/documentParameters' },
        workingDirectory: { type: 'string', pattern: '^/[A-Za-z0-9_./-]*$' },
        executionTimeoutSeconds: {
          type: 'integer',
          minimum: 1,
          maximum: 172800,
          description: "The document's own execution timeout."
        }
      }
    },
    automation: {
      type: 'object',
      additionalProperties: false,
      required: ['document'],
      properties: {
        document: {
          type: 'string',
          pattern: '^[A-Za-z0-9_.:/-]{3,128}$',
          description:
            'SSM Automation document, e.g. `AWS-RestartEC2Instance`. Must be on the allow-list.'
        },
        parameters: { $ref: '#/$defs/documentParameters' }
      }
    },
    action: {
      type: 'object',
      additionalProperties: false,
      properties: {
        runCommand: { $ref: '#/$defs/runCommand' },
        automation: { $ref: '#/$defs/automation' },
        workflowDispatch: { $ref: '#/$defs/workflowDispatch' },
        maxConcurrency: { $ref: '#/$defs/concurrency', default: '1' },
        maxErrors: { $ref: '#/$defs/rateControl', default: '0' },
        timeoutSeconds: {
          type: 'integer',
          minimum: 30,
          maximum: 172800,
          default: 600,
          description: 'Overall limit OpsLoop waits before cancelling and reporting `TimedOut`.'
        },
        guardAlarm: {
          type: 'string',
          minLength: 1,
          maxLength: 255,
          description:
            'A CloudWatch alarm that stops the run when it goes to ALARM (SSM `AlarmConfiguration`), e.g. an error-rate guard or a floor on healthy hosts. It may use `{{ params.NAME }}` (the raw value, e.g. `{{ params.role }}-healthy-hosts-low`) with parameters constrained by `enum` or an anchored `pattern` and not sensitive; never `{{ targets }}`. The alarm must exist: remediation refuses to start, before claiming the plan, when it is missing or already in ALARM (SSM would stop the run at once). Not the alarm that triggered the incident: that one is still in ALARM when remediation starts.'
        }
      },
      description:
        'One operation: exactly one of `runCommand` or `automation` (SSM, with rate control and an overall timeout) or `workflowDispatch` (a GitHub Actions workflow). `execution` runs after approval; `rollback` runs when execution or verification fails.',
      if: { required: ['runCommand'] },
      then: { not: { anyOf: [{ required: ['automation'] }, { required: ['workflowDispatch'] }] } },
      else: {
        if: { required: ['automation'] },
        then: { not: { required: ['workflowDispatch'] } },
        else: { required: ['workflowDispatch'] }
      }
    },
    verify: {
      type: 'object',
      additionalProperties: false,
      minProperties: 1,
      description: 'How OpsLoop proves the fix worked. Failure triggers `rollback`.',
      properties: {
        alarmOk: {
          type: 'object',
          additionalProperties: false,
          required: ['within'],
          properties: {
            within: {
              $ref: '#/$defs/duration',
              description: 'How long the triggering alarm has to return to OK.'
            },
            alarmName: {
              type: 'string',
              minLength: 1,
              maxLength: 255,
              description:
                'The alarm that must return to OK. Defaults to the alarm that triggered the incident; required when the runbook handles events that are not alarms.'
            }
          },
          description: 'Passes when the alarm is (or returns to) OK within `within`.'
        },
        check: {
          type: 'object',
          additionalProperties: false,
          properties: {
            runCommand: { $ref: '#/$defs/runCommand' },
            automation: { $ref: '#/$defs/automation' },
            retries: { type: 'integer', minimum: 0, maximum: 20, default: 3 },
            interval: { $ref: '#/$defs/duration' }
          },
          description:
            'A check that passes when it succeeds: a command that exits 0 on every target, or an Automation document that ends in Success (e.g. one asserting an ECS service is steady).',
          if: { required: ['runCommand'] },
          then: { not: { required: ['automation'] } },
          else: { required: ['automation'] }
        }
      }
    },
    workflowDispatch: {
      type: 'object',
      additionalProperties: false,
      required: ['repository', 'workflow', 'ref'],
      description:
        "Runs a GitHub Actions workflow through `workflow_dispatch` (POST /repos/{owner}/{repo}/actions/workflows/{workflow}/dispatches), e.g. a repository's deployment workflow given the previous good commit. The repository, workflow and ref are fixed in the runbook; inputs may use `{{ params.NAME }}` for parameters constrained by `enum` or an anchored `pattern` and not sensitive, so the values dispatched are bound into the plan's digest. It succeeds when GitHub accepts the dispatch; `verify` proves the fix. Needs a token with `actions: write` on the repository (the remediation job's `github-token`).",
      properties: {
        repository: {
          type: 'string',
          pattern: '^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$',
          description: '`owner/name` of the repository whose workflow runs.'
        },
        workflow: {
          type: 'string',
          pattern: '^[A-Za-z0-9_.-]{1,200}\\.ya?ml$',
          description: "The workflow's file name under `.github/workflows/`, e.g. `deploy.yml`."
        },
        ref: {
          type: 'string',
          pattern: '^[A-Za-z0-9_.][A-Za-z0-9_./-]{0,254}$',
          description:
            'The branch or tag the workflow runs from (GitHub takes no commit SHA here: pass the commit to deploy as an input).'
        },
        inputs: {
          type: 'object',
          maxProperties: 25,
          propertyNames: { pattern: '^[A-Za-z_][A-Za-z0-9_-]{0,99}$' },
          additionalProperties: { type: 'string', maxLength: 1024 },
          description:
            "The workflow's `workflow_dispatch` inputs, as strings; `{{ params.NAME }}` is replaced by the parameter's value."
        }
      }
    }
  }
} as const
