// IAM review of infra/opsloop.yaml against the code. The AWS operations OpsLoop performs are read
// from src/ (every `new XCommand(`, `paginateX(` and `waitUntilX(` with the @aws-sdk client it is
// imported from), mapped to IAM actions, and assigned to a role by where the code lives. Each role
// must allow exactly what its code and its Automation runbooks need: nothing missing, no wildcard
// action, no action nobody uses, and `Resource: "*"` only for actions IAM cannot scope (listed
// below with the reason). Adding an AWS call to src/ without updating the template fails here.
import { describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { parse as parseYaml } from 'yaml'
import { OPSLOOP_ENVIRONMENT } from '../../src/adapters/github/changes.js'
import { evaluate, isObject, loadTemplate, text, type Json, type JsonObject } from './cfn.js'
import { PARAMETER_SETS, REQUIRED, TEMPLATE_PATH } from './params.js'

const template = loadTemplate(TEMPLATE_PATH)

type RoleId = 'TriageRole' | 'RemediationRole'

/** Which roles the code under each folder (or file) of src/ runs with; the longest match wins. */
const CODE_ROLES: Record<string, RoleId[]> = {
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
  'src/adapters/aws/alarm-directory.ts': ['TriageRole']
}

/** IAM prefix of each AWS SDK client package the code may use. */
const CLIENT_PREFIXES: Record<string, string> = {
  '@aws-sdk/client-ssm': 'ssm',
  '@aws-sdk/client-cloudwatch': 'cloudwatch',
  '@aws-sdk/client-cloudwatch-logs': 'logs',
  '@aws-sdk/client-bedrock-runtime': 'bedrock',
  '@aws-sdk/client-ecs': 'ecs',
  '@aws-sdk/client-auto-scaling': 'autoscaling',
  '@aws-sdk/client-resource-groups-tagging-api': 'tag'
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

/** Operations authorized by an action of another name (Service Authorization Reference). */
const ACTION_OF_OPERATION: Record<string, string> = {
  'bedrock:Converse': 'bedrock:InvokeModel',
  'bedrock:ConverseStream': 'bedrock:InvokeModelWithResponseStream'
}

/** SDK waiters and the operation they poll. */
const WAITER_OPERATIONS: Record<string, string> = {
  CommandExecuted: 'GetCommandInvocation',
  AlarmExists: 'DescribeAlarms',
  CompositeAlarmExists: 'DescribeAlarms'
}

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

interface Operation {
  file: string
  operation: string
  action: string
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const path = join(dir, f)
    if (statSync(path).isDirectory()) return path.endsWith('generated') ? [] : sourceFiles(path)
    return path.endsWith('.ts') ? [path] : []
  })
}

/** Every AWS operation a source file performs, with the IAM action that authorizes it. */
function awsOperations(file: string, text: string): Operation[] {
  const imported = new Map<string, string>()
  for (const m of text.matchAll(/import\s+(?:type\s+)?\{([^}]*)\}\s*from\s*'(@aws-sdk\/[^']+)'/g)) {
    const pkg = m[2] ?? ''
    for (const raw of (m[1] ?? '').split(',')) {
      const name =
        raw
          .replace(/^\s*type\s+/, '')
          .split(/\s+as\s+/)[0]
          ?.trim() ?? ''
      if (name === '') continue
      const prefix = CLIENT_PREFIXES[pkg]
      if (prefix === undefined)
        throw new Error(`${file} imports ${name} from ${pkg}: add the package to CLIENT_PREFIXES`)
      // The aggregated clients (`new SSM().sendCommand`) would hide operations from this scan.
      if (text.includes(`new ${name}(`) && !/(Client|Command)$/.test(name))
        throw new Error(`${file} uses the aggregated client ${name}: use XCommand with client.send`)
      imported.set(name, prefix)
    }
  }
  const found: Operation[] = []
  const add = (symbol: string, operation: string): void => {
    const prefix = imported.get(symbol)
    if (prefix === undefined)
      throw new Error(`${file}: ${symbol} is not imported from an @aws-sdk client package`)
    const action = `${prefix}:${operation}`
    found.push({ file, operation, action: ACTION_OF_OPERATION[action] ?? action })
  }
  for (const m of text.matchAll(/new\s+([A-Z][A-Za-z0-9]*)Command\s*\(/g))
    add(`${m[1] ?? ''}Command`, m[1] ?? '')
  for (const m of text.matchAll(/\bpaginate([A-Z][A-Za-z0-9]*)\s*\(/g))
    add(`paginate${m[1] ?? ''}`, m[1] ?? '')
  for (const m of text.matchAll(/\bwaitUntil([A-Z][A-Za-z0-9]*)\s*\(/g)) {
    const operation = WAITER_OPERATIONS[m[1] ?? '']
    if (operation === undefined)
      throw new Error(`${file}: add waitUntil${m[1] ?? ''} to WAITER_OPERATIONS`)
    add(`waitUntil${m[1] ?? ''}`, operation)
  }
  return found
}

const codeOperations = sourceFiles('src').flatMap((f) =>
  awsOperations(relative('.', f), readFileSync(f, 'utf8'))
)

function rolesOfFile(file: string): RoleId[] | undefined {
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

interface Statement {
  Sid?: string
  Effect: string
  Action: string[]
  Resource: string[]
  Condition?: JsonObject
}

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

function expectedActions(role: RoleId, params: Record<string, string>): Set<string> {
  const expected = codeActions(role)
  if (role === 'TriageRole') for (const a of TRIAGE_LOOKUPS) expected.add(a)
  if (role === 'RemediationRole') {
    const { parameters } = evaluate(template, params)
    const documents = parameters.AllowedAutomationDocuments
    for (const [, actions] of runbookActions(Array.isArray(documents) ? documents : []))
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
      'ssm:DescribeInstanceInformation',
      'tag:GetResources'
    ])
    expect(sorted(codeActions('RemediationRole'))).toEqual([
      'cloudwatch:DescribeAlarms',
      'ssm:CancelCommand',
      'ssm:DescribeInstanceInformation',
      'ssm:GetAutomationExecution',
      'ssm:GetCommandInvocation',
      'ssm:ListCommandInvocations',
      'ssm:ListCommands',
      'ssm:SendCommand',
      'ssm:StartAutomationExecution',
      'ssm:StopAutomationExecution'
    ])
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

  it.each(['TriageRole', 'RemediationRole'] as RoleId[])(
    '%s allows exactly what its code and runbooks use',
    (role) => {
      const statements = all[role]?.statements ?? []
      expect(sorted(allowed(statements))).toEqual(sorted(expectedActions(role, params)))
    }
  )

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
        'ssm:DescribeInstanceInformation',
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

  it('lets remediation use only the allowed documents, in this Region', () => {
    const commands = parameters.AllowedCommandDocuments as string[]
    const automations = parameters.AllowedAutomationDocuments as string[]
    const statements = all.RemediationRole?.statements ?? []
    const named = (kind: string, suffix = ''): string[] =>
      statements
        .flatMap((s) => s.Resource)
        .filter((r) => r.includes(`:${kind}/`))
        .map((r) => r.slice(r.indexOf(`:${kind}/`) + kind.length + 2))
        .map((n) => (suffix && n.endsWith(suffix) ? n.slice(0, -suffix.length) : n))
    expect(named('automation-definition', ':*').sort()).toEqual([...automations].sort())
    expect(named('document').sort()).toEqual([...commands, ...automations].sort())
    for (const s of statements)
      if (s.Resource.some((r) => r.startsWith('arn:*:')))
        expect(s.Condition).toEqual({ StringEquals: { 'aws:RequestedRegion': 'eu-west-1' } })
    expect(
      statements.flatMap((s) => s.Resource).filter((r) => /document\/\*|definition\/\*/.test(r))
    ).toEqual([])
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

  it('trusts GitHub OIDC for this repository only; remediation only in its environment', () => {
    const provider = String(parameters.ExistingOidcProviderArn) || '{ref:GitHubOidcProvider}'
    const trust = (role: RoleId): JsonObject => {
      const doc = all[role]?.properties.AssumeRolePolicyDocument
      const [statement] = isObject(doc) ? (doc.Statement as JsonObject[]) : []
      return statement ?? {}
    }
    const repo = `repo:${String(parameters.GitHubOwner)}/${String(parameters.GitHubRepository)}`
    expect(trust('TriageRole')).toEqual({
      Effect: 'Allow',
      Principal: { Federated: provider },
      Action: 'sts:AssumeRoleWithWebIdentity',
      Condition: {
        StringEquals: { 'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com' },
        StringLike: { 'token.actions.githubusercontent.com:sub': `${repo}:*` }
      }
    })
    expect(trust('RemediationRole')).toEqual({
      Effect: 'Allow',
      Principal: { Federated: provider },
      Action: 'sts:AssumeRoleWithWebIdentity',
      Condition: {
        StringEquals: {
          'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com',
          'token.actions.githubusercontent.com:sub': `${repo}:environment:${String(parameters.RemediationEnvironment)}`
        }
      }
    })
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
  it('name the environment the workflows run remediation in', () => {
    for (const f of ['.github/workflows/incident.yml', '.github/workflows/remediation.yml']) {
      const environments = [
        ...readFileSync(f, 'utf8').matchAll(/^\s+environment: ([\w-]+)\s*$/gm)
      ].map((m) => m[1])
      // Intake and the command job run in `opsloop`, only to receive the record key.
      const remediation = environments.filter((e) => e !== OPSLOOP_ENVIRONMENT)
      expect(environments).toContain(OPSLOOP_ENVIRONMENT)
      expect(remediation.length).toBeGreaterThan(0)
      for (const e of remediation)
        expect(e).toBe(template.Parameters?.RemediationEnvironment?.Default)
    }
  })

  it('allow every document the starter runbooks use', () => {
    const { parameters } = evaluate(template, REQUIRED)
    const allowedDocs = new Set([
      ...(parameters.AllowedCommandDocuments as string[]),
      ...(parameters.AllowedAutomationDocuments as string[])
    ])
    const used = new Set(
      readdirSync('runbooks')
        .filter((f) => f.endsWith('.yaml'))
        .flatMap((f) => [...readFileSync(join('runbooks', f), 'utf8').matchAll(/document: (\S+)/g)])
        .map((m) => m[1] ?? '')
    )
    expect(sorted(used).filter((d) => !allowedDocs.has(d))).toEqual([])
  })

  it('list the reason for every Resource "*" exception and dependent action', () => {
    for (const reason of [
      ...Object.values(RESOURCE_STAR),
      ...Object.values(DEPENDENT_ACTIONS).map((d) => d.why)
    ])
      expect(reason.length).toBeGreaterThan(10)
  })
})
