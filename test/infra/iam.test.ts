// IAM review of infra/opsloop.yaml against the code. The AWS operations OpsLoop performs are read
// from src/ (every `new XCommand(`, `paginateX(` and `waitUntilX(` with the @aws-sdk client it is
// imported from), mapped to IAM actions, and assigned to a role by where the code lives. Each role
// must allow exactly what its code and its Automation runbooks need: nothing missing, no wildcard
// action, no action nobody uses, and `Resource: "*"` only for actions IAM cannot scope (listed
// below with the reason). Adding an AWS call to src/ without updating the template fails here.
// Then what AWS enforces even if OpsLoop is subverted, asked of a small IAM evaluator (iam.ts):
// remediation sends only OpsLoop-* documents (AWS-RunShellScript only with the opt-out) to
// tagged instances in the stack's account and Region; only the publisher writes documents; and
// each role trusts only the OIDC subjects of its workflow files, on the default branch, in its
// environment.
import { describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { parse as parseYaml } from 'yaml'
import { OPSLOOP_ENVIRONMENT } from '../../src/adapters/github/changes.js'
import { evaluate, isObject, loadTemplate, text, type Json, type JsonObject } from './cfn.js'
import { awsOperations, sourceFiles } from './code-actions.js'
import { isAllowed, trusts, type Statement } from './iam.js'
import { PARAMETER_SETS, REQUIRED, TEMPLATE_PATH } from './params.js'

const template = loadTemplate(TEMPLATE_PATH)

type RoleId = 'TriageRole' | 'RemediationRole' | 'PublisherRole'
const ROLE_IDS: RoleId[] = ['TriageRole', 'RemediationRole', 'PublisherRole']
/** A role of another stack, reviewed by its own test. */
type OtherRole = 'DetectorFunctionRole'

/** Which roles the code under each folder (or file) of src/ runs with; the longest match wins. */
const CODE_ROLES: Record<string, (RoleId | OtherRole)[]> = {
  'src/adapters/aws/logs.ts': ['TriageRole'], // intake: logs as evidence
  'src/adapters/aws/metrics.ts': ['TriageRole'], // intake: metric history as evidence
  'src/adapters/aws/bedrock.ts': ['TriageRole'], // intake: the Bedrock model
  'src/adapters/aws/ssm.ts': ['RemediationRole'], // remediate: SSM Run Command and Automation
  'src/adapters/aws/ssm-command.ts': ['RemediationRole'], // remediate: waits on Run Command
  'src/adapters/aws/ssm-automation.ts': ['RemediationRole'], // remediate: waits on Automation
  // intake binds tag targets to instances; remediate checks them again just before the run
  'src/adapters/aws/ssm-instances.ts': ['TriageRole', 'RemediationRole'],
  'src/adapters/aws/alarms.ts': ['RemediationRole'], // remediate: alarm state before and after
  // intake: what the bare event does not say (tags, the ECS service, the Auto Scaling group)
  'src/adapters/aws/tags.ts': ['TriageRole'],
  'src/adapters/aws/ecs.ts': ['TriageRole'],
  'src/adapters/aws/autoscaling.ts': ['TriageRole'],
  // intake: findings of CloudWatch Logs anomaly detectors on the incident's log groups
  'src/adapters/aws/log-anomalies.ts': ['TriageRole'],
  // reconcile: the alarms in ALARM (by prefix, or tag), and the state of an open incident's alarm
  'src/adapters/aws/alarm-directory.ts': ['TriageRole'],
  // publish: the reviewed runbooks become OpsLoop-* SSM documents (publish-documents.yml)
  'src/adapters/aws/ssm-documents.ts': ['PublisherRole'],
  // the circuit breakers count a runbook's runs in SSM's history: on /approve (the decide job,
  // with the triage role) and again before the run
  'src/adapters/aws/ssm-history.ts': ['TriageRole', 'RemediationRole'],
  // the log anomaly detector's Lambda function (infra/opsloop-detector.yaml's FunctionRole,
  // reviewed in detector-template.test.ts): its state in DynamoDB, its anomalies to EventBridge
  'src/adapters/aws/detector-store.ts': ['DetectorFunctionRole'],
  'src/adapters/aws/anomaly-events.ts': ['DetectorFunctionRole']
}

/**
 * The look-ups the read-only triage role is granted for what the bare event does not say: the
 * alarm's tags (`opsloop:log-groups`), tagged resources, managed nodes, the ECS service and its
 * task definition, Auto Scaling groups, and log anomalies. Granted as one set, whether or not the
 * code calling each one has landed yet; the role allows these and what its code calls, nothing else.
 */
const TRIAGE_LOOKUPS = [
  'cloudwatch:ListTagsForResource',
  'tag:GetResources',
  'ssm:DescribeInstanceInformation',
  'ecs:DescribeServices',
  'ecs:DescribeTaskDefinition',
  'autoscaling:DescribeAutoScalingInstances',
  'logs:ListAnomalies',
  'logs:ListLogAnomalyDetectors'
]

/**
 * What remediation is granted for checks its code is gaining: the published document's hash and
 * default version before sending it, and, for circuit breakers, the runs of a runbook already
 * going (commands and automations). Granted as one set; the role allows these, what its code and
 * its runbooks' steps need, nothing else.
 */
const REMEDIATION_CHECKS = [
  'ssm:DescribeDocument',
  'ssm:ListCommands',
  'ssm:DescribeAutomationExecutions'
]

/**
 * What the publish job does to OpsLoop-* documents: read what SSM holds (DescribeDocument for the
 * hash and versions, GetDocument for the content), create, add a version, make it the default.
 * Granted as one set, whether or not the code calling each one has landed yet.
 */
const PUBLISHING = [
  'ssm:DescribeDocument',
  'ssm:GetDocument',
  'ssm:CreateDocument',
  'ssm:UpdateDocument',
  'ssm:UpdateDocumentDefaultVersion'
]

/**
 * Actions that support no resource-level permissions, so `Resource: "*"` is the only form
 * (Service Authorization Reference: the action lists no resource type).
 */
const RESOURCE_STAR: Record<string, string> = {
  'cloudwatch:GetMetricData': 'classic metrics have no resource type (only OTLP datasets do)',
  'ssm:GetCommandInvocation': 'no resource type: commands are not IAM resources',
  'ssm:ListCommandInvocations': 'no resource type: commands are not IAM resources',
  'ssm:ListCommands': 'no resource type: commands are not IAM resources',
  'ssm:CancelCommand': 'no resource type: commands are not IAM resources',
  'ssm:DescribeInstanceInformation':
    'no resource-level permissions: it lists managed nodes, filtered by tag in the request',
  'ssm:DescribeAutomationExecutions':
    'no resource type: it lists the account`s automation executions, filtered in the request',
  'ec2:DescribeInstanceStatus': 'EC2 Describe actions support no resource-level permissions',
  'ecs:DescribeTaskDefinition': 'no resource type',
  'autoscaling:DescribeAutoScalingInstances': 'no resource type',
  'autoscaling:DescribeAutoScalingGroups': 'no resource type',
  'tag:GetResources': 'no resource type: it searches tagged resources across services',
  'logs:ListLogAnomalyDetectors':
    'the anomaly-detector resource type is optional, and listing the account`s detectors names none',
  'logs:ListAnomalies':
    'the anomaly-detector resource type is optional, and a listing without a detector ARN names none'
}

/** Actions IAM requires alongside one the code calls (dependent actions in the reference). */
const DEPENDENT_ACTIONS: Record<string, { for: string; why: string }> = {
  'ssm:AddTagsToResource': {
    for: 'ssm:StartAutomationExecution',
    why: 'OpsLoop tags each automation (issue, digest, approvers); tagging on create needs it'
  }
}

/**
 * Automation runs a runbook with the permissions of whoever starts it when no
 * AutomationAssumeRole is passed (OpsLoop's runbooks pass none), so the remediation role also
 * holds what the steps do. AWS-owned runbooks, from their "Required IAM permissions":
 */
const AWS_RUNBOOK_ACTIONS: Record<string, string[]> = {
  'AWS-RestartEC2Instance': [
    'ec2:StopInstances',
    'ec2:StartInstances',
    'ec2:DescribeInstanceStatus'
  ],
  'AWS-StartEC2Instance': ['ec2:StartInstances', 'ec2:DescribeInstanceStatus'],
  'AWS-StopEC2Instance': ['ec2:StopInstances', 'ec2:DescribeInstanceStatus']
}

/** Step actions granted only when a parameter names what they may act on. */
const CONDITIONAL_STEP_ACTIONS: Record<string, string> = {
  'iam:PassRole': 'EcsTaskRoleArns'
}

// ------------------------------------------------------------------ the code's AWS operations

const codeOperations = sourceFiles('src').flatMap((f) =>
  awsOperations(relative('.', f), readFileSync(f, 'utf8'))
)

function rolesOfFile(file: string): (RoleId | OtherRole)[] | undefined {
  const path = Object.keys(CODE_ROLES)
    .filter((d) => file === d || file.startsWith(`${d}/`))
    .sort((a, b) => b.length - a.length)[0]
  return path === undefined ? undefined : CODE_ROLES[path]
}

const codeActions = (role: RoleId): Set<string> =>
  new Set(codeOperations.filter((o) => rolesOfFile(o.file)?.includes(role)).map((o) => o.action))

// ------------------------------------------------------------------ what the runbooks' steps do

function pascal(snake: string): string {
  return snake.replace(/(^|_)([a-z])/g, (_, __, c: string) => c.toUpperCase())
}

/** The IAM actions an OpsLoop Automation document's steps perform, and the ones it declares. */
function documentActions(name: string): { steps: Set<string>; declared: Set<string> } {
  const doc = parseYaml(readFileSync(`infra/ssm-documents/${name}.yaml`, 'utf8')) as {
    description: string
    mainSteps: { action: string; inputs: JsonObject }[]
  }
  const declaredLine = /IAM permissions:([\s\S]*)$/.exec(doc.description)?.[1] ?? ''
  const declared = new Set(
    [...declaredLine.matchAll(/`([a-z0-9-]+:[A-Za-z]+)`/g)].map((m) => m[1] ?? '')
  )
  const steps = new Set<string>()
  for (const step of doc.mainSteps) {
    const { Service, Api, Script } = step.inputs
    if (
      [
        'aws:executeAwsApi',
        'aws:assertAwsResourceProperty',
        'aws:waitForAwsResourceProperty'
      ].includes(step.action)
    )
      steps.add(`${text(Service)}:${text(Api)}`)
    if (step.action === 'aws:executeScript' && typeof Script === 'string')
      for (const m of Script.matchAll(/boto3\.client\('([a-z0-9-]+)'\)\.([a-z_]+)\(/g))
        steps.add(`${m[1] ?? ''}:${pascal(m[2] ?? '')}`)
  }
  return { steps, declared }
}

function runbookActions(documents: string[]): Map<string, string[]> {
  const out = new Map<string, string[]>()
  for (const name of documents) {
    const known = AWS_RUNBOOK_ACTIONS[name]
    if (known !== undefined) out.set(name, known)
    else if (name.startsWith('OpsLoop-')) out.set(name, [...documentActions(name).declared])
    else throw new Error(`which actions does the Automation runbook ${name} need?`)
  }
  return out
}

// ------------------------------------------------------------------ the template's policies

const asList = (v: Json | undefined): string[] =>
  v === undefined ? [] : (Array.isArray(v) ? v : [v]).map(String)

type Role = { properties: JsonObject; statements: Statement[]; policyChars: number }

function statementsOf(owner: string, raw: Json | undefined): Statement[] {
  const doc = (typeof raw === 'string' ? JSON.parse(raw) : raw) as JsonObject
  return (doc.Statement as JsonObject[]).map((s) => {
    for (const key of Object.keys(s))
      if (!['Sid', 'Effect', 'Action', 'Resource', 'Condition'].includes(key))
        throw new Error(`${owner}: a statement uses ${key}`)
    return {
      ...(typeof s.Sid === 'string' ? { Sid: s.Sid } : {}),
      Effect: text(s.Effect),
      Action: asList(s.Action),
      Resource: asList(s.Resource),
      ...(isObject(s.Condition) ? { Condition: s.Condition } : {})
    }
  })
}

const minified = (raw: Json | undefined): number =>
  (typeof raw === 'string' ? JSON.stringify(JSON.parse(raw)) : JSON.stringify(raw)).length

/** Each role with every statement that applies to it: its own policies and attached ones. */
function roles(
  params: Record<string, string>,
  pseudo: Record<string, string> = {}
): Record<string, Role> {
  const { resources } = evaluate(template, params, pseudo)
  const out: Record<string, Role> = {}
  for (const [id, r] of Object.entries(resources)) {
    if (r.Type !== 'AWS::IAM::Role') continue
    const role: Role = { properties: r.Properties, statements: [], policyChars: 0 }
    for (const policy of (r.Properties.Policies ?? []) as JsonObject[]) {
      role.statements.push(...statementsOf(id, policy.PolicyDocument))
      role.policyChars += minified(policy.PolicyDocument)
    }
    out[id] = role
  }
  for (const [id, r] of Object.entries(resources)) {
    if (r.Type === 'AWS::IAM::ManagedPolicy' || r.Type === 'AWS::IAM::RolePolicy')
      throw new Error(`${id}: ${r.Type} is not reviewed by this test`)
    if (r.Type !== 'AWS::IAM::Policy') continue
    for (const target of asList(r.Properties.Roles)) {
      const role = out[/^\{ref:(\w+)\}$/.exec(target)?.[1] ?? '']
      if (role === undefined)
        throw new Error(`${id} is attached to ${target}, not a role of this stack`)
      role.statements.push(...statementsOf(id, r.Properties.PolicyDocument))
      role.policyChars += minified(r.Properties.PolicyDocument)
    }
  }
  return out
}

const allowed = (statements: Statement[]): Set<string> =>
  new Set(statements.filter((s) => s.Effect === 'Allow').flatMap((s) => s.Action))

/** The names in a comma-separated parameter. */
const names = (value: string | string[] | undefined): string[] =>
  String(value ?? '')
    .split(',')
    .filter((n) => n !== '')

/** The Automation runbooks whose steps the remediation role holds: OpsLoop's and AWS's. */
const automationDocuments = (parameters: Record<string, string | string[]>): string[] => [
  ...names(parameters.AllowedAutomationDocuments),
  ...names(parameters.AllowedAwsAutomationDocuments)
]

function expectedActions(role: RoleId, params: Record<string, string>): Set<string> {
  const expected = codeActions(role)
  if (role === 'TriageRole') for (const a of TRIAGE_LOOKUPS) expected.add(a)
  if (role === 'PublisherRole') for (const a of PUBLISHING) expected.add(a)
  if (role === 'RemediationRole') {
    for (const a of REMEDIATION_CHECKS) expected.add(a)
    const { parameters } = evaluate(template, params)
    for (const [, actions] of runbookActions(automationDocuments(parameters)))
      for (const a of actions) {
        const needs = CONDITIONAL_STEP_ACTIONS[a]
        if (needs === undefined || String(parameters[needs]) !== '') expected.add(a)
      }
    for (const [action, { for: dependsOn }] of Object.entries(DEPENDENT_ACTIONS))
      if (expected.has(dependsOn)) expected.add(action)
  }
  return expected
}

const sorted = (s: Set<string>): string[] => [...s].sort()

// ------------------------------------------------------------------ the review

describe('the AWS operations in src/', () => {
  it('are found, each in a folder whose role is known', () => {
    expect(codeOperations.length).toBeGreaterThan(0)
    const unassigned = codeOperations.filter((o) => rolesOfFile(o.file) === undefined)
    expect(
      unassigned.map((o) => `${o.file}: ${o.operation} (add its folder to CODE_ROLES)`)
    ).toEqual([])
  })

  it('map to these IAM actions (update infra/opsloop.yaml and this list together)', () => {
    expect(sorted(codeActions('TriageRole'))).toEqual([
      'autoscaling:DescribeAutoScalingInstances',
      'bedrock:InvokeModel',
      'cloudwatch:DescribeAlarms',
      'cloudwatch:GetMetricData',
      'cloudwatch:ListTagsForResource',
      'ecs:DescribeServices',
      'ecs:DescribeTaskDefinition',
      'logs:FilterLogEvents',
      'logs:ListAnomalies',
      'logs:ListLogAnomalyDetectors',
      'ssm:DescribeAutomationExecutions',
      'ssm:DescribeInstanceInformation',
      'ssm:GetAutomationExecution',
      'ssm:ListCommands',
      'tag:GetResources'
    ])
    expect(sorted(codeActions('RemediationRole'))).toEqual([
      'cloudwatch:DescribeAlarms',
      'ssm:CancelCommand',
      'ssm:DescribeAutomationExecutions',
      'ssm:DescribeInstanceInformation',
      'ssm:GetAutomationExecution',
      'ssm:GetCommandInvocation',
      'ssm:ListCommandInvocations',
      'ssm:ListCommands',
      'ssm:SendCommand',
      'ssm:StartAutomationExecution',
      'ssm:StopAutomationExecution'
    ])
    // The publish job's calls, all among what the publisher is granted.
    const publishing = sorted(codeActions('PublisherRole'))
    expect(publishing).toEqual(
      expect.arrayContaining([
        'ssm:CreateDocument',
        'ssm:DescribeDocument',
        'ssm:UpdateDocument',
        'ssm:UpdateDocumentDefaultVersion'
      ])
    )
    for (const a of publishing) expect(PUBLISHING).toContain(a)
  })

  it('are caught however they are written', () => {
    const ops = awsOperations(
      'src/x.ts',
      [
        "import { SSMClient, SendCommandCommand, paginateListCommands, waitUntilCommandExecuted } from '@aws-sdk/client-ssm'",
        "import { ConverseCommand } from '@aws-sdk/client-bedrock-runtime'",
        'await c.send(new SendCommandCommand({}))',
        'for await (const p of paginateListCommands({ client }, {})) {}',
        'await waitUntilCommandExecuted({ client }, {})',
        'new ConverseCommand({})'
      ].join('\n')
    )
    expect(ops.map((o) => o.action)).toEqual([
      'ssm:SendCommand',
      'bedrock:InvokeModel',
      'ssm:ListCommands',
      'ssm:GetCommandInvocation'
    ])
    expect(() =>
      awsOperations(
        'src/y.ts',
        "import { PublishCommand } from '@aws-sdk/client-sns'\nnew PublishCommand({})"
      )
    ).toThrow(/CLIENT_PREFIXES/)
    expect(() =>
      awsOperations(
        'src/z.ts',
        "import { SSM } from '@aws-sdk/client-ssm'\nnew SSM().sendCommand({})"
      )
    ).toThrow(/aggregated client/)
  })
})

describe('the OpsLoop Automation documents', () => {
  it.each(readdirSync('infra/ssm-documents').map((f) => f.replace(/\.yaml$/, '')))(
    '%s declares every action its steps perform',
    (name) => {
      const { steps, declared } = documentActions(name)
      expect(steps.size).toBeGreaterThan(0)
      for (const action of steps) expect(declared).toContain(action)
    }
  )
})

describe.each(Object.entries(PARAMETER_SETS))('the roles with %s', (_, params) => {
  const all = roles(params)
  const { parameters } = evaluate(template, params)

  it.each(ROLE_IDS)('%s allows exactly what its code and runbooks use', (role) => {
    const statements = all[role]?.statements ?? []
    expect(sorted(allowed(statements))).toEqual(sorted(expectedActions(role, params)))
  })

  it('TriageRole reads only: Bedrock, logs, metrics, alarms and exactly the look-ups', () => {
    expect(sorted(allowed(all.TriageRole?.statements ?? []))).toEqual(
      [
        'autoscaling:DescribeAutoScalingInstances',
        'bedrock:InvokeModel',
        'cloudwatch:DescribeAlarms',
        'cloudwatch:GetMetricData',
        'cloudwatch:ListTagsForResource',
        'ecs:DescribeServices',
        'ecs:DescribeTaskDefinition',
        'logs:FilterLogEvents',
        'logs:ListAnomalies',
        'logs:ListLogAnomalyDetectors',
        'ssm:DescribeAutomationExecutions',
        'ssm:DescribeInstanceInformation',
        'ssm:GetAutomationExecution',
        'ssm:ListCommands',
        'tag:GetResources'
      ].sort()
    )
    for (const a of allowed(all.TriageRole?.statements ?? []))
      expect(a).toMatch(/:(Describe|Get|List|Filter|InvokeModel$)/)
  })

  it('scopes the look-ups IAM can scope to this account and Region', () => {
    const of = (action: string): string[] =>
      (all.TriageRole?.statements ?? [])
        .filter((s) => s.Action.includes(action))
        .flatMap((s) => s.Resource)
    expect(of('cloudwatch:ListTagsForResource')).toEqual([
      'arn:aws:cloudwatch:eu-west-1:111122223333:alarm:*'
    ])
    // The circuit breakers read an automation's targets.
    expect(of('ssm:GetAutomationExecution')).toEqual([
      'arn:aws:ssm:eu-west-1:111122223333:automation-execution/*'
    ])
    // Reconcile lists the account's alarms in ALARM, and reads those of open incidents.
    expect(of('cloudwatch:DescribeAlarms')).toEqual([
      'arn:aws:cloudwatch:eu-west-1:111122223333:alarm:*'
    ])
    expect(of('ecs:DescribeServices')).toEqual(['arn:aws:ecs:eu-west-1:111122223333:service/*'])
  })

  it.each(Object.keys(all))('%s has no wildcard action, Deny or Not* element', (role) => {
    for (const s of all[role]?.statements ?? []) {
      expect(s.Effect).toBe('Allow')
      for (const a of s.Action) expect(a).toMatch(/^[a-z0-9-]+:[A-Za-z]+$/)
    }
  })

  it.each(Object.keys(all))('%s uses Resource "*" only for actions IAM cannot scope', (role) => {
    for (const s of all[role]?.statements ?? [])
      if (s.Resource.includes('*')) {
        expect(s.Resource).toEqual(['*'])
        for (const a of s.Action) expect(Object.keys(RESOURCE_STAR)).toContain(a)
      }
  })

  it('scopes every remediation write on resources to the remediation tag', () => {
    const tagKey = String(parameters.RemediationTagKey)
    const tagValue = String(parameters.RemediationTagValue)
    for (const s of all.RemediationRole?.statements ?? []) {
      const onResources = s.Resource.filter((r) =>
        /:(instance|managed-instance|service|autoScalingGroup)[:/]/.test(r)
      )
      const reads = s.Action.every((a) => /:(Describe|Get|List)/.test(a))
      if (onResources.length === 0 || reads) continue
      const conditionKey = s.Action.includes('ssm:SendCommand')
        ? `ssm:resourceTag/${tagKey}`
        : `aws:ResourceTag/${tagKey}`
      expect(s.Resource).toEqual(onResources)
      expect(s.Condition).toEqual({ StringEquals: { [conditionKey]: tagValue } })
    }
  })

  describe('what AWS enforces on remediation, whatever OpsLoop sends', () => {
    const statements = all.RemediationRole?.statements ?? []
    const tagKey = String(parameters.RemediationTagKey)
    const tagValue = String(parameters.RemediationTagValue)
    const optOut = parameters.AllowRunShellScript === 'true'
    const here = 'eu-west-1:111122223333'
    const instance = `arn:aws:ec2:${here}:instance/i-0123456789abcdef0`
    /** SendCommand of a document to one instance: IAM must allow the document and the instance. */
    const send = (
      document: string,
      target = instance,
      tags: Record<string, string> = { [tagKey]: tagValue },
      region = 'eu-west-1'
    ): boolean =>
      isAllowed(statements, {
        action: 'ssm:SendCommand',
        resources: [document, target],
        context: { 'aws:RequestedRegion': region },
        resourceContext: {
          [target]: Object.fromEntries(
            Object.entries(tags).map(([k, v]) => [`ssm:resourceTag/${k}`, v])
          )
        }
      })
    const start = (definition: string, region = 'eu-west-1'): boolean =>
      isAllowed(statements, {
        action: 'ssm:StartAutomationExecution',
        resources: [definition],
        context: { 'aws:RequestedRegion': region, 'aws:TagKeys': ['opsloop:issue'] }
      })

    it('sends OpsLoop-* Command documents of this account and Region to tagged instances', () => {
      expect(send(`arn:aws:ssm:${here}:document/OpsLoop-restart-runaway-process`)).toBe(true)
      expect(
        send(
          `arn:aws:ssm:${here}:document/OpsLoop-free-disk-space`,
          `arn:aws:ssm:${here}:managed-instance/mi-0123456789abcdef0`
        )
      ).toBe(true)
    })

    it('sends AWS-RunShellScript only with the opt-out', () => {
      expect(send('arn:aws:ssm:eu-west-1::document/AWS-RunShellScript')).toBe(optOut)
      expect(text(template.Parameters?.AllowRunShellScript?.Default)).toBe('false')
    })

    it.each([
      ['another AWS shell', 'arn:aws:ssm:eu-west-1::document/AWS-RunPowerShellScript'],
      ['any other AWS document', 'arn:aws:ssm:eu-west-1::document/AWS-RunRemoteScript'],
      [
        'a document of the account not named OpsLoop-*',
        `arn:aws:ssm:${here}:document/Acme-RestartApp`
      ],
      ['a look-alike name', `arn:aws:ssm:${here}:document/opsloop-restart`],
      [
        'an OpsLoop-* document shared from another account',
        'arn:aws:ssm:eu-west-1:444455556666:document/OpsLoop-restart-runaway-process'
      ]
    ])('sends no %s', (_, document) => {
      expect(send(document)).toBe(false)
    })

    it('sends nothing to an untagged instance, or one tagged otherwise', () => {
      const document = `arn:aws:ssm:${here}:document/OpsLoop-restart-runaway-process`
      expect(send(document, instance, {})).toBe(false)
      expect(send(document, instance, { [tagKey]: `${tagValue}-not` })).toBe(false)
      expect(send(document, instance, { [`${tagKey}x`]: tagValue })).toBe(false)
    })

    it('sends nothing outside the stack`s account and Region', () => {
      for (const [document, target, region] of [
        [
          'arn:aws:ssm:us-east-1:111122223333:document/OpsLoop-restart-runaway-process',
          'arn:aws:ec2:us-east-1:111122223333:instance/i-0123456789abcdef0',
          'us-east-1'
        ],
        [
          'arn:aws:ssm:us-east-1::document/AWS-RunShellScript',
          'arn:aws:ec2:us-east-1:111122223333:instance/i-0123456789abcdef0',
          'us-east-1'
        ],
        [
          `arn:aws:ssm:${here}:document/OpsLoop-restart-runaway-process`,
          'arn:aws:ec2:eu-west-1:444455556666:instance/i-0123456789abcdef0',
          'eu-west-1'
        ]
      ] as [string, string, string][])
        expect({ document, target, sent: send(document, target, undefined, region) }).toEqual({
          document,
          target,
          sent: false
        })
    })

    it('starts only OpsLoop-* and the listed AWS-owned Automation runbooks, here', () => {
      const aws = names(parameters.AllowedAwsAutomationDocuments)
      expect(
        start(`arn:aws:ssm:${here}:automation-definition/OpsLoop-ECSRollbackService:$DEFAULT`)
      ).toBe(true)
      for (const name of ['AWS-RestartEC2Instance', 'AWS-StartEC2Instance', 'AWS-StopEC2Instance'])
        expect({
          name,
          started: start(
            `arn:aws:ssm:eu-west-1:111122223333:automation-definition/${name}:$DEFAULT`
          )
        }).toEqual({ name, started: aws.includes(name) })
      for (const definition of [
        `arn:aws:ssm:${here}:automation-definition/AWS-RunShellScript:$DEFAULT`,
        `arn:aws:ssm:${here}:automation-definition/AWS-ExecuteScript:$DEFAULT`,
        `arn:aws:ssm:${here}:automation-definition/AWSSupport-ExecuteEC2Rescue:$DEFAULT`,
        `arn:aws:ssm:${here}:automation-definition/Acme-Runbook:$DEFAULT`,
        'arn:aws:ssm:us-east-1:111122223333:automation-definition/OpsLoop-ECSRollbackService:$DEFAULT',
        'arn:aws:ssm:eu-west-1:444455556666:automation-definition/OpsLoop-ECSRollbackService:$DEFAULT',
        'arn:aws:ssm:us-east-1:111122223333:automation-definition/AWS-RestartEC2Instance:$DEFAULT'
      ])
        expect({ definition, started: start(definition) }).toEqual({ definition, started: false })
    })

    it('names no document but OpsLoop-* of this account, AWS-RunShellScript with the opt-out, and the listed AWS runbooks', () => {
      const documents = statements
        .filter((s) =>
          s.Action.some((a) => ['ssm:SendCommand', 'ssm:DescribeDocument'].includes(a))
        )
        .flatMap((s) => s.Resource)
        .filter((r) => r.includes(':document/'))
      expect([...new Set(documents)].sort()).toEqual(
        [
          `arn:aws:ssm:${here}:document/OpsLoop-*`,
          // AWS-owned: its ARN has no account, and AWS- names are reserved to AWS.
          ...(optOut ? ['arn:aws:ssm:eu-west-1:*:document/AWS-RunShellScript'] : [])
        ].sort()
      )
      const definitions = statements
        .flatMap((s) => s.Resource)
        .filter((r) => r.includes(':automation-definition/'))
      expect(definitions.sort()).toEqual(
        [
          `arn:aws:ssm:${here}:automation-definition/OpsLoop-*:*`,
          ...names(parameters.AllowedAwsAutomationDocuments).map(
            (n) => `arn:aws:ssm:eu-west-1:*:automation-definition/${n}:*`
          )
        ].sort()
      )
    })

    it('holds every statement to the stack`s Region: in its ARNs, or by aws:RequestedRegion', () => {
      for (const s of statements) {
        if (s.Action.every((a) => a.startsWith('iam:'))) continue // IAM is global
        const inRegion = s.Resource.every((r) => r.split(':')[3] === 'eu-west-1')
        const held =
          isObject(s.Condition) &&
          JSON.stringify(s.Condition.StringEquals) ===
            JSON.stringify({ 'aws:RequestedRegion': 'eu-west-1' })
        expect({ sid: s.Sid, inRegion: inRegion || held }).toEqual({ sid: s.Sid, inRegion: true })
      }
      // ...and it follows the stack: deployed in us-east-1, nothing is left in eu-west-1.
      const elsewhere = roles(params, { 'AWS::Region': 'us-east-1' }).RemediationRole
      expect(JSON.stringify(elsewhere?.statements)).not.toContain('eu-west-1')
    })

    it('writes no document: only the publisher does', () => {
      for (const action of [
        'ssm:CreateDocument',
        'ssm:UpdateDocument',
        'ssm:UpdateDocumentDefaultVersion',
        'ssm:DeleteDocument',
        'ssm:ModifyDocumentPermission'
      ])
        for (const role of ['RemediationRole', 'TriageRole'] as RoleId[])
          expect({
            role,
            action,
            allowed: isAllowed(all[role]?.statements ?? [], {
              action,
              resources: [`arn:aws:ssm:${here}:document/OpsLoop-restart-runaway-process`],
              context: { 'aws:RequestedRegion': 'eu-west-1' }
            })
          }).toEqual({ role, action, allowed: false })
    })
  })

  describe('the publisher', () => {
    const statements = all.PublisherRole?.statements ?? []
    const on = (action: string, document: string): boolean =>
      isAllowed(statements, {
        action,
        resources: [document],
        context: { 'aws:RequestedRegion': document.split(':')[3] ?? '' }
      })

    it('creates, versions and reads OpsLoop-* documents of this account and Region', () => {
      for (const action of PUBLISHING)
        expect({
          action,
          allowed: on(
            action,
            'arn:aws:ssm:eu-west-1:111122223333:document/OpsLoop-restart-runaway-process'
          )
        }).toEqual({ action, allowed: true })
      expect(statements.flatMap((s) => s.Resource)).toEqual([
        'arn:aws:ssm:eu-west-1:111122223333:document/OpsLoop-*'
      ])
    })

    it('touches no other document, nowhere else, and runs nothing', () => {
      for (const document of [
        'arn:aws:ssm:eu-west-1:111122223333:document/Acme-RestartApp',
        'arn:aws:ssm:eu-west-1::document/AWS-RunShellScript',
        'arn:aws:ssm:us-east-1:111122223333:document/OpsLoop-restart-runaway-process',
        'arn:aws:ssm:eu-west-1:444455556666:document/OpsLoop-restart-runaway-process'
      ])
        for (const action of [
          'ssm:CreateDocument',
          'ssm:UpdateDocument',
          'ssm:UpdateDocumentDefaultVersion'
        ])
          expect({ document, action, allowed: on(action, document) }).toEqual({
            document,
            action,
            allowed: false
          })
      for (const action of [
        'ssm:SendCommand',
        'ssm:StartAutomationExecution',
        'ssm:DeleteDocument',
        'ssm:ModifyDocumentPermission'
      ])
        expect({
          action,
          allowed: on(action, 'arn:aws:ssm:eu-west-1:111122223333:document/OpsLoop-x')
        }).toEqual({ action, allowed: false })
    })
  })

  it('passes no role, or only the listed ECS task roles to ECS', () => {
    const pass = (all.RemediationRole?.statements ?? []).filter((s) =>
      s.Action.includes('iam:PassRole')
    )
    const listed = (parameters.EcsTaskRoleArns as string[]).filter((a) => a !== '')
    if (listed.length === 0) expect(pass).toEqual([])
    else
      expect(pass).toEqual([
        expect.objectContaining({
          Action: ['iam:PassRole'],
          Resource: listed,
          Condition: { StringEquals: { 'iam:PassedToService': 'ecs-tasks.amazonaws.com' } }
        })
      ])
  })

  it('lets triage call only the configured model and read only the log group prefix', () => {
    const statements = all.TriageRole?.statements ?? []
    const of = (action: string): string[] =>
      statements.filter((s) => s.Action.includes(action)).flatMap((s) => s.Resource)
    const model = String(parameters.BedrockModelId)
    const given = String(parameters.BedrockInferenceProfilePrefix)
    // `auto` follows the Region the tests deploy to, eu-west-1.
    const prefix = given === 'auto' ? 'eu' : given
    expect(of('bedrock:InvokeModel')).toEqual(
      prefix === ''
        ? [`arn:aws:bedrock:eu-west-1::foundation-model/${model}`]
        : [
            `arn:aws:bedrock:eu-west-1:111122223333:inference-profile/${prefix}.${model}`,
            `arn:aws:bedrock:*::foundation-model/${model}`
          ]
    )
    expect(of('logs:FilterLogEvents')).toEqual([
      `arn:aws:logs:eu-west-1:111122223333:log-group:${String(parameters.TriageLogGroupPrefix)}*`
    ])
  })

  describe('trust: each role only from its workflow files, on the default branch, in its environment', () => {
    const provider = String(parameters.ExistingOidcProviderArn) || '{ref:GitHubOidcProvider}'
    const owner = String(parameters.GitHubOwner)
    const repository = String(parameters.GitHubRepository)
    const ids = String(parameters.GitHubRepositoryId) !== ''
    const repo = ids
      ? `repo:${owner}@${String(parameters.GitHubOwnerId)}/${repository}@${String(parameters.GitHubRepositoryId)}`
      : `repo:${owner}/${repository}`
    const branch = String(parameters.DefaultBranch)
    const environment = {
      TriageRole: String(parameters.TriageEnvironment),
      RemediationRole: String(parameters.RemediationEnvironment),
      PublisherRole: String(parameters.PublishEnvironment)
    }
    const file = {
      incident: String(parameters.IncidentWorkflow),
      remediation: String(parameters.RemediationWorkflow),
      reconcile: String(parameters.ReconcileWorkflow),
      publish: String(parameters.PublishWorkflow)
    }
    /** The subject GitHub sends with the customized claim keys repo, context, job_workflow_ref. */
    const subject = (
      env: string,
      workflow: string,
      ref = `refs/heads/${branch}`,
      prefix = repo
    ): string =>
      `${prefix}:environment:${env}:job_workflow_ref:${owner}/${repository}/.github/workflows/${workflow}@${ref}`
    const workflows: Record<RoleId, string[]> = {
      TriageRole: [file.incident, file.remediation, file.reconcile],
      RemediationRole: [file.incident, file.remediation],
      PublisherRole: [file.publish]
    }
    const assumes = (role: RoleId, sub: string, aud = 'sts.amazonaws.com'): boolean =>
      trusts(all[role]?.properties.AssumeRolePolicyDocument, { provider, aud, sub })

    it.each(ROLE_IDS)(
      '%s trusts exactly the subjects naming its workflows, branch and environment',
      (role) => {
        const doc = all[role]?.properties.AssumeRolePolicyDocument
        const statements = isObject(doc) && Array.isArray(doc.Statement) ? doc.Statement : []
        expect(statements).toEqual([
          {
            Effect: 'Allow',
            Principal: { Federated: provider },
            Action: 'sts:AssumeRoleWithWebIdentity',
            Condition: {
              StringEquals: {
                'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com',
                'token.actions.githubusercontent.com:sub':
                  role === 'PublisherRole'
                    ? subject(environment[role], file.publish)
                    : workflows[role].map((w) => subject(environment[role], w))
              }
            }
          }
        ])
        // Exact strings: no wildcard could widen them.
        expect(JSON.stringify(statements)).not.toMatch(/StringLike|[*?]/)
        for (const w of workflows[role])
          expect(assumes(role, subject(environment[role], w))).toBe(true)
      }
    )

    it.each(ROLE_IDS)(
      '%s refuses every other workflow, branch, environment, repository and subject format',
      (role) => {
        const env = environment[role]
        const mine = workflows[role][0] ?? ''
        const others = Object.values(file).filter((f) => !workflows[role].includes(f))
        const refused = [
          // GitHub's default subject, before the claim is customized: it names no workflow.
          `${repo}:environment:${env}`,
          `repo:${owner}/${repository}:ref:refs/heads/${branch}`,
          `repo:${owner}/${repository}:pull_request`,
          // The right workflow, from another branch, a pull request, a tag or a commit.
          subject(env, mine, 'refs/heads/feature'),
          subject(env, mine, `refs/heads/${branch}-x`),
          subject(env, mine, 'refs/pull/7/merge'),
          subject(env, mine, `refs/tags/${branch}`),
          subject(env, mine, '0123456789abcdef0123456789abcdef01234567'),
          // Another workflow file of the repository, in the role's own environment.
          subject(env, 'ci.yml'),
          subject(env, `x-${mine}`),
          ...others.map((w) => subject(env, w)),
          // The right workflow in another role's environment, or none.
          ...Object.values(environment)
            .filter((e) => e !== env)
            .map((e) => subject(e, mine)),
          `${repo}:ref:refs/heads/${branch}:job_workflow_ref:${owner}/${repository}/.github/workflows/${mine}@refs/heads/${branch}`,
          // Another repository, or the other subject format of this one.
          subject(env, mine, undefined, `repo:${owner}/${repository}-fork`),
          subject(env, mine, undefined, `repo:${owner}-x/${repository}`),
          subject(
            env,
            mine,
            undefined,
            ids ? `repo:${owner}/${repository}` : `repo:${owner}@1/${repository}@2`
          )
        ]
        for (const sub of refused)
          expect({ sub, assumed: assumes(role, sub) }).toEqual({ sub, assumed: false })
        // The right subject with another audience.
        expect(assumes(role, subject(env, mine), 'https://github.com/acme')).toBe(false)
      }
    )
  })

  it.each(Object.keys(all))('%s stays under IAM`s 10,240 characters of inline policy', (role) => {
    expect(all[role]?.policyChars).toBeLessThan(10_240)
  })
})

describe('the inference profile', () => {
  const model = text(template.Parameters?.BedrockModelId?.Default)

  it.each([
    ['us-east-1', 'aws', 'auto', 'us'],
    ['us-west-2', 'aws', 'auto', 'us'],
    ['eu-west-1', 'aws', 'auto', 'eu'],
    ['eu-central-2', 'aws', 'auto', 'eu'],
    ['ap-northeast-1', 'aws', 'auto', 'apac'],
    ['ap-southeast-2', 'aws', 'auto', 'apac'],
    ['us-gov-west-1', 'aws-us-gov', 'auto', 'us-gov'],
    ['ca-central-1', 'aws', 'auto', ''],
    ['sa-east-1', 'aws', 'auto', ''],
    ['eu-west-1', 'aws', 'global', 'global'],
    ['ap-northeast-1', 'aws', 'jp', 'jp'],
    ['us-east-1', 'aws', '', '']
  ])('in %s (%s) with %j is %j', (region, partition, given, profile) => {
    const params = { ...REQUIRED, BedrockInferenceProfilePrefix: given }
    const pseudo = { 'AWS::Region': region, 'AWS::Partition': partition }
    const { outputs } = evaluate(template, params, pseudo)
    const id = profile ? `${profile}.${model}` : model
    expect(outputs.ModelId).toBe(id)
    expect(text(outputs.SetRepositoryVariables)).toContain(
      `gh variable set OPSLOOP_MODEL_ID --repo acme/ops --body ${id}`
    )
    const invoke = (roles(params, pseudo).TriageRole?.statements ?? [])
      .filter((s) => s.Action.includes('bedrock:InvokeModel'))
      .flatMap((s) => s.Resource)
    expect(invoke).toEqual(
      profile
        ? [
            `arn:${partition}:bedrock:${region}:111122223333:inference-profile/${id}`,
            `arn:${partition}:bedrock:*::foundation-model/${model}`
          ]
        : [`arn:${partition}:bedrock:${region}::foundation-model/${model}`]
    )
  })

  it('follows the Region by default', () => {
    expect(template.Parameters?.BedrockInferenceProfilePrefix?.Default).toBe('auto')
  })
})

describe('the defaults', () => {
  const defaults = (name: string): string => text(template.Parameters?.[name]?.Default)
  /** The role each repository variable names, the environment and the workflow files it trusts. */
  const ROLE_OF_VARIABLE: Record<string, { role: RoleId; environment: string; files: string[] }> = {
    OPSLOOP_TRIAGE_ROLE_ARN: {
      role: 'TriageRole',
      environment: defaults('TriageEnvironment'),
      files: [
        defaults('IncidentWorkflow'),
        defaults('RemediationWorkflow'),
        defaults('ReconcileWorkflow')
      ]
    },
    OPSLOOP_REMEDIATION_ROLE_ARN: {
      role: 'RemediationRole',
      environment: defaults('RemediationEnvironment'),
      files: [defaults('IncidentWorkflow'), defaults('RemediationWorkflow')]
    },
    OPSLOOP_PUBLISHER_ROLE_ARN: {
      role: 'PublisherRole',
      environment: defaults('PublishEnvironment'),
      files: [defaults('PublishWorkflow')]
    }
  }

  it('trust every job of the shipped workflows that assumes a role: its file, its environment', () => {
    interface Job {
      environment?: string | { name?: string }
      steps?: { with?: Record<string, unknown> }[]
    }
    const dir = '.github/workflows'
    const used = new Set<string>()
    for (const file of readdirSync(dir).filter((f) => /\.ya?ml$/.test(f))) {
      const workflow = parseYaml(readFileSync(join(dir, file), 'utf8')) as {
        jobs?: Record<string, Job>
      }
      for (const [id, job] of Object.entries(workflow.jobs ?? {}))
        for (const step of job.steps ?? []) {
          const roleToAssume = step.with?.['role-to-assume']
          if (roleToAssume === undefined) continue
          const assumed = /^\$\{\{ vars\.([A-Z_]+) \}\}$/.exec(
            typeof roleToAssume === 'string' ? roleToAssume : JSON.stringify(roleToAssume)
          )
          const trusted = ROLE_OF_VARIABLE[assumed?.[1] ?? '']
          const environment =
            typeof job.environment === 'string' ? job.environment : job.environment?.name
          expect({ file, id, variable: assumed?.[1], known: trusted !== undefined }).toEqual({
            file,
            id,
            variable: assumed?.[1],
            known: true
          })
          expect({ file, id, environment, trustedFile: trusted?.files.includes(file) }).toEqual({
            file,
            id,
            environment: trusted?.environment,
            trustedFile: true
          })
          used.add(`${trusted?.role}:${file}`)
        }
    }
    // Every file a role trusts has such a job: the defaults name no workflow that is not shipped.
    for (const { role, files } of Object.values(ROLE_OF_VARIABLE))
      for (const file of files) expect(used).toContain(`${role}:${file}`)
    // Intake, replan and reconcile run in `opsloop`, where the record key is.
    expect(defaults('TriageEnvironment')).toBe(OPSLOOP_ENVIRONMENT)
    expect(defaults('DefaultBranch')).toBe('main')
  })

  it('allow every Automation runbook the starter runbooks use, and send their commands as OpsLoop documents', () => {
    const { parameters } = evaluate(template, REQUIRED)
    const automations = new Set(automationDocuments(parameters))
    const documents = (node: unknown, kind?: string): { kind: string; document: string }[] => {
      if (Array.isArray(node)) return node.flatMap((n) => documents(n, kind))
      if (!isObject(node)) return []
      const own =
        kind !== undefined && typeof node.document === 'string'
          ? [{ kind, document: node.document }]
          : []
      return [
        ...own,
        ...Object.entries(node).flatMap(([k, v]) =>
          documents(v, k === 'automation' || k === 'runCommand' ? k : undefined)
        )
      ]
    }
    const used = readdirSync('runbooks')
      .filter((f) => f.endsWith('.yaml'))
      .flatMap((f) => documents(parseYaml(readFileSync(join('runbooks', f), 'utf8')) as Json))
    expect(used.length).toBeGreaterThan(0)
    for (const { kind, document } of used)
      if (kind === 'automation')
        expect({ document, allowed: automations.has(document) }).toEqual({
          document,
          allowed: true
        })
      // Command steps are compiled into OpsLoop-<runbook> documents on publish (publish-documents.yml);
      // AWS-RunShellScript itself is sent only with the opt-out.
      else expect(document).toMatch(/^(OpsLoop-|AWS-RunShellScript$)/)
    expect(defaults('AllowRunShellScript')).toBe('false')
  })

  it('list the reason for every Resource "*" exception and dependent action', () => {
    for (const reason of [
      ...Object.values(RESOURCE_STAR),
      ...Object.values(DEPENDENT_ACTIONS).map((d) => d.why)
    ])
      expect(reason.length).toBeGreaterThan(10)
  })
})
