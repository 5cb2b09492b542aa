// infra/opsloop.yaml against AWS's CloudFormation resource specification (@aws-cdk/aws-service-spec):
// resource types, property names and types, required properties, GetAtt attributes, every
// reference and condition, and the deploy-time limits; then the same checks on the template as
// CloudFormation resolves it for each parameter set, where no intrinsic function hides a type.
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { evaluate, isObject, loadTemplate, parseTemplate, text, type JsonObject } from './cfn.js'
import { PARAMETER_SETS, REQUIRED, TEMPLATE_PATH } from './params.js'
import { checkProperties, knownMetric, resourceSpec, validateTemplate } from './validate.js'

const source = readFileSync(TEMPLATE_PATH, 'utf8')
const template = loadTemplate(TEMPLATE_PATH)

describe('infra/opsloop.yaml', () => {
  it('passes the CloudFormation resource specification and reference checks', () => {
    expect(validateTemplate(template, source)).toEqual([])
  })

  it('deploys without an S3 bucket: the template body is under 51,200 bytes', () => {
    expect(Buffer.byteLength(source)).toBeLessThanOrEqual(51_200)
  })

  it.each(Object.entries(PARAMETER_SETS))(
    'resolves with %s into resources whose properties match the specification',
    (_, params) => {
      const { resources } = evaluate(template, params)
      const errors: string[] = []
      for (const [id, r] of Object.entries(resources)) {
        const rs = resourceSpec(r.Type)
        if (rs === undefined) errors.push(`${id}: unknown type ${r.Type}`)
        else checkProperties(r.Properties, rs.properties, id, errors)
      }
      expect(errors).toEqual([])
    }
  )

  it('alarms watch metrics that AWS publishes, on rules and a queue of this stack', () => {
    const { resources } = evaluate(template, PARAMETER_SETS['every source'])
    const alarms = Object.values(resources).filter((r) => r.Type === 'AWS::CloudWatch::Alarm')
    const ruleNames = Object.values(resources)
      .filter((r) => r.Type === 'AWS::Events::Rule')
      .map((r) => r.Properties.Name)
    expect(alarms).toHaveLength(ruleNames.length + 1)
    for (const { Properties: p } of alarms) {
      expect(knownMetric(text(p.Namespace), text(p.MetricName))).toBe(true)
      const [dimension] = p.Dimensions as JsonObject[]
      if (p.Namespace === 'AWS/Events') expect(ruleNames).toContain(dimension?.Value)
      else expect(dimension?.Value).toBe('{att:DispatchDeadLetterQueue.QueueName}')
    }
  })

  it('requires only the owner, repository, token secret, log group prefix, alarm topic and subject keys', () => {
    const required = Object.entries(template.Parameters ?? {})
      .filter(([, p]) => p.Default === undefined)
      .map(([name]) => name)
    expect(required.sort()).toEqual(Object.keys(REQUIRED).sort())
    expect(() => evaluate(template, {})).toThrow(/has no value/)
  })

  it('refuses what its rules exclude: a lone subject id, a shared environment, no subject keys', () => {
    expect(() => evaluate(template, { ...REQUIRED, GitHubOwnerId: '123456' })).toThrow(
      /rule Subjects: GitHubOwnerId and GitHubRepositoryId go together/
    )
    expect(() => evaluate(template, { ...REQUIRED, GitHubRepositoryId: '456789' })).toThrow(
      /go together/
    )
    expect(() =>
      evaluate(template, { ...REQUIRED, GitHubOwnerId: '123456', GitHubRepositoryId: '456789' })
    ).not.toThrow()
    for (const [a, b] of [
      ['RemediationEnvironment', 'opsloop'],
      ['PublishEnvironment', 'opsloop'],
      ['PublishEnvironment', 'incident-remediation']
    ] as const)
      expect(() => evaluate(template, { ...REQUIRED, [a]: b })).toThrow(
        /The three environments must differ/
      )
    expect(() => evaluate(template, { ...REQUIRED, OidcSubjectClaimKeys: 'repo,context' })).toThrow(
      /customization|step 6/
    )
    const withoutKeys: Partial<typeof REQUIRED> = { ...REQUIRED }
    delete withoutKeys.OidcSubjectClaimKeys
    expect(() => evaluate(template, withoutKeys)).toThrow(/OidcSubjectClaimKeys has no value/)
    expect(text(template.Parameters?.OidcSubjectClaimKeys?.Description)).toMatch(
      /repo,context,job_workflow_ref.*docs\/setup\.md, step 6/s
    )
  })

  it('refuses parameter values its constraints exclude', () => {
    expect(() => evaluate(template, { ...REQUIRED, DispatchEventType: 'aws"incident' })).toThrow(
      /DispatchEventType/
    )
    expect(() => evaluate(template, { ...REQUIRED, AlarmStates: 'ALARM,NOPE' })).toThrow(
      /AlarmStates/
    )
    expect(() => evaluate(template, { ...REQUIRED, GitHubOwner: 'acme/ops' })).toThrow(
      /GitHubOwner/
    )
    // Nothing that could widen an OIDC subject, nor an AWS-owned runbook beyond the three.
    for (const [name, value] of [
      ['DefaultBranch', '*'],
      ['DefaultBranch', 'main:x'],
      ['RemediationEnvironment', 'incident-*'],
      ['IncidentWorkflow', '*.yml'],
      ['IncidentWorkflow', '../other/incident.yml'],
      ['GitHubOwnerId', '12*'],
      ['AllowRunShellScript', 'yes'],
      ['AllowedAutomationDocuments', 'AWS-RestartEC2Instance'],
      ['AllowedAutomationDocuments', 'OpsLoop-*'],
      ['AllowedAwsAutomationDocuments', 'AWS-RunShellScript'],
      ['AllowedAwsAutomationDocuments', 'AWS-ExecuteScript,AWS-RestartEC2Instance']
    ] as [string, string][])
      expect({
        name,
        value,
        refused: (() => {
          try {
            evaluate(template, { ...REQUIRED, [name]: value })
            return false
          } catch {
            return true
          }
        })()
      }).toEqual({ name, value, refused: true })
  })

  describe('who hears when incidents cannot be delivered', () => {
    const deliveryAlarms = (params: Record<string, string>) =>
      Object.entries(evaluate(template, params).resources).filter(
        ([, r]) => r.Type === 'AWS::CloudWatch::Alarm'
      )

    it('has no default: a stack names an SNS topic, or says `none` out loud', () => {
      expect(template.Parameters?.AlarmTopicArn?.Default).toBeUndefined()
      const withoutTopic: Partial<typeof REQUIRED> = { ...REQUIRED }
      delete withoutTopic.AlarmTopicArn
      expect(() => evaluate(template, withoutTopic)).toThrow(/AlarmTopicArn has no value/)
      expect(() => evaluate(template, { ...REQUIRED, AlarmTopicArn: '' })).toThrow(/AlarmTopicArn/)
      expect(() =>
        evaluate(template, { ...REQUIRED, AlarmTopicArn: 'oncall@acme.example' })
      ).toThrow(/AlarmTopicArn/)
      expect(text(template.Parameters?.AlarmTopicArn?.ConstraintDescription)).toMatch(
        /`none` to deploy knowing that nobody will be told/
      )
    })

    it('sends every failed-delivery and dead-letter alarm to the topic', () => {
      const alarms = deliveryAlarms(PARAMETER_SETS['every source'] ?? REQUIRED)
      expect(alarms.map(([id]) => id).sort()).toEqual([
        'AlarmStateRuleFailedAlarm',
        'DeadLetterQueueAlarm',
        'EcsDeploymentRuleFailedAlarm',
        'EcsServiceActionRuleFailedAlarm',
        'EcsTaskStoppedRuleFailedAlarm',
        'GuardDutyRuleFailedAlarm',
        'HealthRuleFailedAlarm'
      ])
      for (const [id, alarm] of alarms) {
        expect({ id, actions: alarm.Properties.AlarmActions }).toEqual({
          id,
          actions: ['arn:aws:sns:eu-west-1:111122223333:oncall']
        })
        expect(text(alarm.Properties.AlarmDescription)).not.toMatch(/Nobody/)
      }
      const { outputs } = evaluate(template, REQUIRED)
      expect(outputs.DeliveryFailuresNotify).toBe(
        'The failed-delivery and dead-letter alarms notify arn:aws:sns:eu-west-1:111122223333:oncall.'
      )
    })

    it('with `none`, says in its output and on every alarm that nobody will hear', () => {
      const params = PARAMETER_SETS['every source, nobody told of failed deliveries'] ?? REQUIRED
      const alarms = deliveryAlarms(params)
      expect(alarms).toHaveLength(7)
      for (const [id, alarm] of alarms) {
        expect({ id, actions: alarm.Properties.AlarmActions }).toEqual({ id, actions: undefined })
        expect(text(alarm.Properties.AlarmDescription)).toMatch(
          / Nobody is told \(AlarmTopicArn is none\)\.$/
        )
      }
      const { outputs } = evaluate(template, params)
      expect(text(outputs.DeliveryFailuresNotify)).toMatch(
        /^NOBODY: AlarmTopicArn is none, so the failed-delivery and dead-letter alarms notify no one\./
      )
    })
  })

  it('keeps the token out of the template: the connection reads it from Secrets Manager', () => {
    const { resources } = evaluate(template, REQUIRED)
    const auth = resources.GitHubConnection?.Properties.AuthParameters
    expect(auth).toMatchObject({
      ApiKeyAuthParameters: {
        ApiKeyName: 'Authorization',
        ApiKeyValue: 'Bearer {{resolve:secretsmanager:opsloop/github-dispatch-token}}'
      }
    })
    expect(resources.GitHubDispatchDestination?.Properties).toMatchObject({
      HttpMethod: 'POST',
      InvocationEndpoint: 'https://api.github.com/repos/acme/ops/dispatches',
      InvocationRateLimitPerSecond: '1'
    })
  })

  it('gives EventBridge a role that may only invoke this API destination', () => {
    const { resources } = evaluate(template, REQUIRED)
    const role = resources.DispatchRole?.Properties
    const [policy] = role?.Policies as JsonObject[]
    expect(policy?.PolicyDocument).toEqual({
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Action: 'events:InvokeApiDestination',
          Resource: '{att:GitHubDispatchDestination.ArnForPolicy}'
        }
      ]
    })
  })

  it('lets only this stack`s rules write to the encrypted dead-letter queue', () => {
    for (const params of Object.values(PARAMETER_SETS)) {
      const { resources } = evaluate(template, params)
      expect(resources.DispatchDeadLetterQueue?.Properties.SqsManagedSseEnabled).toBe(true)
      const rules = Object.entries(resources)
        .filter(([, r]) => r.Type === 'AWS::Events::Rule')
        .map(([id]) => `{att:${id}.Arn}`)
      const doc = resources.DispatchDeadLetterQueuePolicy?.Properties.PolicyDocument
      expect(isObject(doc) && doc.Statement).toEqual([
        expect.objectContaining({
          Principal: { Service: 'events.amazonaws.com' },
          Action: 'sqs:SendMessage',
          Condition: { ArnEquals: { 'aws:SourceArn': rules } }
        })
      ])
      for (const [, r] of Object.entries(resources).filter(
        ([, x]) => x.Type === 'AWS::Events::Rule'
      ))
        expect(r.Properties.Targets).toEqual([
          expect.objectContaining({
            DeadLetterConfig: { Arn: '{att:DispatchDeadLetterQueue.Arn}' },
            RetryPolicy: { MaximumRetryAttempts: 185, MaximumEventAgeInSeconds: 21600 }
          })
        ])
    }
  })

  it('outputs the repository variables the workflows read', () => {
    const workflows = [
      '.github/workflows/incident.yml',
      '.github/workflows/remediation.yml',
      '.github/workflows/publish-documents.yml'
    ]
      .map((f) => readFileSync(f, 'utf8'))
      .join('\n')
    const used = new Set([...workflows.matchAll(/vars\.([A-Z_]+)/g)].map((m) => m[1]))
    const { outputs } = evaluate(template, REQUIRED)
    const command = text(outputs.SetRepositoryVariables)
    const set = [...command.matchAll(/gh variable set ([A-Z_]+) /g)].map((m) => m[1])
    expect(set).toEqual([
      'OPSLOOP_TRIAGE_ROLE_ARN',
      'OPSLOOP_REMEDIATION_ROLE_ARN',
      'OPSLOOP_PUBLISHER_ROLE_ARN',
      'AWS_REGION',
      'OPSLOOP_MODEL_ID'
    ])
    for (const name of set) expect(used).toContain(name)
    expect(command).toContain('--repo acme/ops --body {att:TriageRole.Arn}')
    // eu-west-1, where the tests deploy: the inference profile follows the Region.
    expect(command).toContain('OPSLOOP_MODEL_ID --repo acme/ops --body eu.anthropic.claude')
    expect(Object.keys(outputs)).toEqual(
      expect.arrayContaining([
        'TriageRoleArn',
        'RemediationRoleArn',
        'PublisherRoleArn',
        'DeadLetterQueueUrl',
        'DeliveryFailuresNotify',
        'ApiDestinationArn'
      ])
    )
  })
})

describe('docs/setup.md', () => {
  const setup = readFileSync('docs/setup.md', 'utf8')
  const known = Object.keys(template.Parameters ?? {})

  it('deploys with the documented command: every required parameter, none unknown', () => {
    const command = /aws cloudformation deploy \\\n([\s\S]*?)\n```/.exec(setup)?.[1] ?? ''
    expect(command).toContain('--template-file infra/opsloop.yaml')
    expect(command).toContain('--capabilities CAPABILITY_NAMED_IAM')
    const overrides = [...command.matchAll(/^\s+([A-Za-z]+)=(\S+)/gm)].map((m) => [m[1], m[2]])
    const given = Object.fromEntries(overrides) as Record<string, string>
    for (const name of Object.keys(REQUIRED)) expect(Object.keys(given)).toContain(name)
    expect(() => evaluate(template, given)).not.toThrow()
  })

  it('gives each parameter the default the template has', () => {
    const rows = [...setup.matchAll(/^\| `([A-Za-z]+)` +\| `([^`]*)` +\|/gm)]
    expect(rows.map((r) => r[1])).toEqual(
      expect.arrayContaining(['AlarmStates', 'BedrockModelId', 'BedrockInferenceProfilePrefix'])
    )
    for (const [, name, value] of rows)
      expect({ name, default: value }).toEqual({
        name,
        default: text(template.Parameters?.[name ?? '']?.Default)
      })
  })

  it('shows the model id the stack calls in each Region, and in the guide`s own', () => {
    const model = text(template.Parameters?.BedrockModelId?.Default)
    const table = /\| Stack Region[\s\S]*?\n\n/.exec(setup)?.[0] ?? ''
    const rows = [...table.matchAll(/^\| (`[a-z-]+\*`|any other)[^|]*\|[^|]*\| `([^`]+)` +\|$/gm)]
    expect(rows.map((r) => r[1])).toEqual(['`us-*`', '`us-gov-*`', '`eu-*`', '`ap-*`', 'any other'])
    for (const [, regions, id] of rows) {
      const region =
        regions === 'any other' ? 'ca-central-1' : (regions ?? '').replace(/`|\*/g, '') + 'west-1'
      const partition = region.startsWith('us-gov-') ? 'aws-us-gov' : 'aws'
      const { outputs } = evaluate(template, REQUIRED, {
        'AWS::Region': region,
        'AWS::Partition': partition
      })
      expect({ region, id: outputs.ModelId }).toEqual({ region, id })
      expect(id?.endsWith(model)).toBe(true)
    }
    const region = /examples use the repository `[^`]+` in `([a-z0-9-]+)`/.exec(setup)?.[1] ?? ''
    const { outputs } = evaluate(template, REQUIRED, { 'AWS::Region': region })
    expect(text(outputs.ModelId)).toMatch(new RegExp(`^${region.split('-')[0] ?? ''}\\.`))
    expect(setup).toContain(
      `With this guide's \`${region}\`, triage calls \`${text(outputs.ModelId)}\``
    )
  })

  it('lists exactly what the triage role may do', () => {
    const section = /### What the triage role may read\n([\s\S]*?)\n## /.exec(setup)?.[1] ?? ''
    const listed = [
      ...section.matchAll(/^\| (`[a-z0-9-]+:[A-Za-z]+`(?:, `[a-z0-9-]+:[A-Za-z]+`)*)/gm)
    ]
      .flatMap((m) => [...(m[1] ?? '').matchAll(/`([^`]+)`/g)].map((a) => a[1] ?? ''))
      .sort()
    for (const params of Object.values(PARAMETER_SETS)) {
      const { resources } = evaluate(template, params)
      const policies = (resources.TriageRole?.Properties.Policies ?? []) as JsonObject[]
      const actions = policies
        .flatMap((p) => (p.PolicyDocument as JsonObject).Statement as JsonObject[])
        .flatMap((st) => [st.Action].flat().map(String))
      expect(listed).toEqual([...new Set(actions)].sort())
    }
  })

  it('documents one way to name the log groups triage reads', () => {
    const section =
      /## 5\. Name the log groups triage reads\n([\s\S]*?)\n## /.exec(setup)?.[1] ?? ''
    for (const needed of [
      '`opsloop:log-groups` tag',
      'comma-separated',
      '`cloudwatch:ListTagsForResource`',
      '`/aws/lambda/<function>`',
      '`awslogs-group`',
      'The `log-groups` input',
      '`OPSLOOP_LOG_GROUPS`',
      'where the name came from',
      '`TriageLogGroupPrefix`'
    ])
      expect({ needed, found: section.includes(needed) }).toEqual({ needed, found: true })
    const workflow = readFileSync('.github/workflows/incident.yml', 'utf8')
    expect(workflow).toContain('log-groups: ${{ vars.OPSLOOP_LOG_GROUPS }}')
  })

  it('states what makes an instance a managed node', () => {
    for (const needed of [
      'SSM Agent',
      '`AmazonSSMManagedInstanceCore`',
      'arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore',
      'aws ssm describe-instance-information',
      'PingStatus',
      '**Online**'
    ])
      expect({ needed, found: setup.includes(needed) }).toEqual({ needed, found: true })
  })

  it('shows how to use a GitHub App token, in every OpsLoop job, for approval by team', () => {
    const section =
      /### Optional: approval by team, with a GitHub App token\n([\s\S]*?)\n## /.exec(setup)?.[1] ??
      ''
    for (const needed of [
      'uses: actions/create-github-app-token@',
      'github-token: ${{ steps.app-token.outputs.token }}',
      '**Members: Read**',
      '**Issues: Read and write**',
      '**every** job'
    ])
      expect({ needed, found: section.includes(needed) }).toEqual({ needed, found: true })
    expect(section).toMatch(/teams: \[your-org\//)
  })

  it('names only parameters and outputs the template has', () => {
    const table = [...setup.matchAll(/^\| `([A-Za-z]+)`/gm)].map((m) => m[1] ?? '')
    expect(table.length).toBeGreaterThan(10)
    for (const name of table) expect(known).toContain(name)
    for (const m of setup.matchAll(/OutputKey=='([A-Za-z]+)'/g))
      expect(Object.keys(template.Outputs ?? {})).toContain(m[1])
  })
})

describe('the validator', () => {
  // The checks above only mean something if the validator catches real mistakes.
  const base = `
Parameters:
  Name: { Type: String, Default: x }
Conditions:
  Yes: !Equals [!Ref Name, x]
Resources:
  Queue:
    Type: AWS::SQS::Queue
    Condition: Yes
    Properties: { SqsManagedSseEnabled: true }
`
  const errorsFor = (resources: string): string[] =>
    validateTemplate(parseTemplate(base + resources))

  it('accepts a correct template', () => {
    expect(errorsFor('')).toEqual([])
  })

  it.each([
    ['an unknown resource type', 'Type: AWS::SQS::Queueue', /not a CloudFormation resource type/],
    [
      'an unknown property',
      'Type: AWS::SQS::Queue\n    Properties: { Name: q }',
      /unknown property Name/
    ],
    [
      'a wrongly typed property',
      'Type: AWS::SQS::Queue\n    Properties: { DelaySeconds: soon }',
      /is not a integer/
    ],
    [
      'a missing required property',
      'Type: AWS::SQS::QueuePolicy\n    Properties: { Queues: [q] }',
      /required property PolicyDocument/
    ],
    [
      'a value outside the allowed ones',
      'Type: AWS::Events::ApiDestination\n    Properties: { ConnectionArn: a, InvocationEndpoint: b, HttpMethod: FETCH }',
      /not one of/
    ],
    [
      'a Ref to nothing',
      'Type: AWS::SQS::Queue\n    Properties: { KmsMasterKeyId: !Ref Key }',
      /Ref Key names nothing/
    ],
    [
      'a GetAtt of a missing attribute',
      'Type: AWS::SQS::Queue\n    Condition: Yes\n    Properties: { KmsMasterKeyId: !GetAtt Queue.Url }',
      /has no attribute Url/
    ],
    [
      'a Sub of a missing name',
      "Type: AWS::SQS::Queue\n    Properties: { KmsMasterKeyId: !Sub '${Nope}' }",
      /Nope names nothing/
    ],
    [
      'an undefined condition',
      'Type: AWS::SQS::Queue\n    Condition: Maybe',
      /condition Maybe is not defined/
    ],
    [
      'an unguarded reference to a conditional resource',
      'Type: AWS::SQS::Queue\n    Properties: { KmsMasterKeyId: !GetAtt Queue.Arn }',
      /exists only when Yes holds/
    ]
  ])('rejects %s', (_, resource, message) => {
    expect(errorsFor(`  Other:\n    ${resource}\n`).join('\n')).toMatch(message)
  })

  it('accepts a conditional resource referenced inside !If on its condition', () => {
    expect(
      errorsFor(
        '  Other:\n    Type: AWS::SQS::Queue\n    Properties:\n      KmsMasterKeyId: !If [Yes, !GetAtt Queue.Arn, !Ref AWS::NoValue]\n'
      )
    ).toEqual([])
  })

  it('rejects unknown tags and duplicate keys', () => {
    expect(() => parseTemplate('Resources: !Magic {}')).toThrow(/unknown tag !Magic/)
    expect(() => parseTemplate('Resources: {}\nResources: {}')).toThrow()
  })
})
