// The entry point: every stand-in on free ports, fresh state per call, and real clients reaching
// them configured by nothing but the environment it hands out (as the action will be).
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { startStandIns, type StandIns } from '../../harness/standins/index.js'

let standIns: StandIns
// Asynchronous on purpose: the stand-ins answer from this process's event loop.
const run = promisify(execFile)

beforeAll(async () => {
  standIns = await startStandIns()
})

afterAll(async () => {
  await standIns.stop()
})

// Runs in a separate Node process whose only configuration is the environment: no endpoint,
// base URL or credentials in code, exactly like production code.
const CLIENT_SCRIPT = `
import { Octokit } from '@octokit/rest'
import { SSMClient, DescribeInstanceInformationCommand } from '@aws-sdk/client-ssm'
import { CloudWatchClient, DescribeAlarmsCommand } from '@aws-sdk/client-cloudwatch'
import { CloudWatchLogsClient, DescribeLogGroupsCommand } from '@aws-sdk/client-cloudwatch-logs'
import { BedrockRuntimeClient, ConverseCommand } from '@aws-sdk/client-bedrock-runtime'
import { ECSClient, DescribeServicesCommand } from '@aws-sdk/client-ecs'
import { AutoScalingClient, DescribeAutoScalingGroupsCommand } from '@aws-sdk/client-auto-scaling'
import { ResourceGroupsTaggingAPIClient, GetResourcesCommand } from '@aws-sdk/client-resource-groups-tagging-api'
const octokit = new Octokit({ auth: process.env.GITHUB_TOKEN, baseUrl: process.env.GITHUB_API_URL })
const issue = await octokit.rest.issues.create({ owner: 'acme', repo: 'ops', title: 'from env' })
const ssm = await new SSMClient({}).send(new DescribeInstanceInformationCommand({}))
const alarms = await new CloudWatchClient({}).send(new DescribeAlarmsCommand({}))
const groups = await new CloudWatchLogsClient({}).send(new DescribeLogGroupsCommand({}))
const converse = await new BedrockRuntimeClient({}).send(new ConverseCommand({
  modelId: 'us.anthropic.claude-sonnet-4-5-20250929-v1:0',
  messages: [{ role: 'user', content: [{ text: 'hello' }] }]
}))
const services = await new ECSClient({}).send(new DescribeServicesCommand({ cluster: 'prod', services: ['web'] }))
const groups2 = await new AutoScalingClient({}).send(new DescribeAutoScalingGroupsCommand({
  Filters: [{ Name: 'tag:service', Values: ['web'] }]
}))
const tagged = await new ResourceGroupsTaggingAPIClient({}).send(new GetResourcesCommand({
  TagFilters: [{ Key: 'service', Values: ['web'] }]
}))
console.log(JSON.stringify({
  issue: issue.data.number,
  instances: ssm.InstanceInformationList.map((i) => i.InstanceId),
  alarms: alarms.MetricAlarms.map((a) => a.AlarmName),
  groups: groups.logGroups.map((g) => g.logGroupName),
  text: converse.output.message.content[0].text,
  deployments: services.services[0].deployments.map((d) => d.status),
  instances2: groups2.AutoScalingGroups[0].Instances.map((i) => i.LifecycleState),
  tagged: tagged.ResourceTagMappingList.map((r) => r.ResourceARN.split(':')[2])
}))
`

describe('startStandIns', () => {
  it('serves real clients configured only by the environment it returns', async () => {
    standIns.ssm.registerInstance({ instanceId: 'i-0123456789abcdef0' })
    standIns.cloudwatch.putAlarm({
      AlarmName: 'web-5xx',
      StateValue: 'ALARM',
      Namespace: 'AWS/ApplicationELB',
      MetricName: 'HTTPCode_Target_5XX_Count'
    })
    standIns.logs.createLogGroup('/app/web')
    standIns.bedrock.text('hello from the stand-in')
    standIns.cloudwatch.tagAlarm('web-5xx', { service: 'web' })
    standIns.ecs.putService({
      cluster: 'prod',
      serviceName: 'web',
      taskDefinition: 'web:7',
      tags: { service: 'web' }
    })
    standIns.autoScaling.putGroup({
      AutoScalingGroupName: 'web',
      Instances: [{ InstanceId: 'i-0123456789abcdef0' }],
      Tags: { service: 'web' }
    })
    standIns.tagging.tagResource(
      'arn:aws:ec2:us-east-1:123456789012:instance/i-0123456789abcdef0',
      {
        service: 'web'
      }
    )
    const env = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...standIns.env }
    const r = await run(process.execPath, ['--input-type=module', '-e', CLIENT_SCRIPT], {
      env,
      timeout: 20_000
    })
    // The SDK prints a notice on Node 20 (the action runs on Node 24); anything else is a failure.
    expect(
      r.stderr.replace(/^.*NodeVersionSupportWarning[\s\S]*?--trace-warnings[^\n]*\n/m, '')
    ).toBe('')
    expect(JSON.parse(r.stdout)).toEqual({
      issue: 1,
      instances: ['i-0123456789abcdef0'],
      alarms: ['web-5xx'],
      groups: ['/app/web'],
      text: 'hello from the stand-in',
      deployments: ['PRIMARY'],
      instances2: ['InService'],
      // The Tagging API sees the alarm, the ECS service and the group tagged in their stand-ins.
      tagged: ['autoscaling', 'cloudwatch', 'ec2', 'ecs']
    })
    expect(standIns.github.requests.map((q) => q.operationId)).toEqual(['issues/create'])
    expect(standIns.aws.calls.map((c) => `${c.service}.${c.operation}`)).toEqual([
      'AmazonSSM.DescribeInstanceInformation',
      'GraniteServiceVersion20100801.DescribeAlarms',
      'Logs_20140328.DescribeLogGroups',
      'bedrock-runtime.Converse',
      'AmazonEC2ContainerServiceV20141113.DescribeServices',
      'autoscaling.DescribeAutoScalingGroups',
      'ResourceGroupsTaggingAPI_20170126.GetResources'
    ])
    expect(standIns.bedrock.requests).toHaveLength(1)
    standIns.github.assertNoViolations()
    // The child loads eight SDK clients cold (about 2 s, more on a busy 2-core machine): the test
    // waits as long as the child may run, not jest's default 5 s.
  }, 25_000)

  it('gives every call its own state and ports, and stop() closes them', async () => {
    const other = await startStandIns()
    expect(other.github.url).not.toBe(standIns.github.url)
    expect(other.aws.url).not.toBe(standIns.aws.url)
    expect(other.github.state.issuesOf('acme/ops')).toHaveLength(0)
    await other.stop()
    await expect(fetch(`${other.github.url}/repos/acme/ops`)).rejects.toThrow()
    await expect(fetch(other.aws.url, { method: 'POST' })).rejects.toThrow()
  })
})
