// One call starts every stand-in on free loopback ports and returns their URLs, control handles,
// the environment that points real clients at them, and stop(). Each call has fresh state.
//
// Production code needs no stand-in awareness: Octokit takes GITHUB_API_URL as its base URL and
// the AWS SDK v3 reads AWS_ENDPOINT_URL (and AWS_ENDPOINT_URL_<SERVICE>) itself, so pointing the
// real action at the stand-ins is a matter of environment variables and credentials.
import {
  createAutoScalingService,
  type AutoScalingControl,
  type AutoScalingOptions
} from './aws/autoscaling.js'
import { createBedrockService, type BedrockControl, type BedrockOptions } from './aws/bedrock.js'
import {
  createCloudWatchService,
  type CloudWatchControl,
  type CloudWatchOptions
} from './aws/cloudwatch.js'
import {
  createDynamoDbService,
  type DynamoDbControl,
  type DynamoDbOptions
} from './aws/dynamodb.js'
import { createEcsService, type EcsControl, type EcsOptions } from './aws/ecs.js'
import {
  createEventBridgeService,
  type EventBridgeControl,
  type EventBridgeOptions
} from './aws/eventbridge.js'
import { createLogsService, type LogsControl, type LogsOptions } from './aws/logs.js'
import { startAwsServer, type AwsServer } from './aws/protocol.js'
import { createSsmService, type SsmControl, type SsmStandInOptions } from './aws/ssm.js'
import { createTaggingService, type TaggingControl } from './aws/tagging.js'
import { ConfiguredRetryStrategy } from '@smithy/core/retry'
import { BOT_TOKEN, startGitHub, type GitHubHandle, type GitHubSeed } from './github/index.js'

export interface StandInOptions {
  github?: GitHubSeed
  ssm?: SsmStandInOptions
  bedrock?: BedrockOptions
  cloudwatch?: CloudWatchOptions
  logs?: LogsOptions
  ecs?: EcsOptions
  autoScaling?: AutoScalingOptions
  dynamodb?: DynamoDbOptions
  events?: EventBridgeOptions
  region?: string
  /** The AWS account the stand-ins answer for (ARNs they mint and accept); 123456789012 by default. */
  account?: string
}

export interface StandIns {
  github: GitHubHandle
  bedrock: BedrockControl
  ssm: SsmControl
  cloudwatch: CloudWatchControl
  logs: LogsControl
  ecs: EcsControl
  autoScaling: AutoScalingControl
  /** DynamoDB tables and their items; `expireItems()` runs the TTL deletion DynamoDB does lazily. */
  dynamodb: DynamoDbControl
  /** EventBridge: the events PutEvents accepted, and per-entry failures to script. */
  events: EventBridgeControl
  /** Resources tagged here, besides the tagged alarms, ECS services and groups it already sees. */
  tagging: TaggingControl
  /**
   * The loopback server all AWS stand-ins share, with every call it answered; `fail()` and
   * `denyAccess()` inject service errors and IAM refusals.
   */
  aws: AwsServer
  region: string
  /** Credentials the stand-ins accept (any would do; they are never checked). */
  credentials: { accessKeyId: string; secretAccessKey: string }
  /**
   * Environment for a process (or an action run) that should talk to the stand-ins:
   * GITHUB_API_URL, GITHUB_TOKEN (the action's bot identity), AWS_ENDPOINT_URL, credentials
   * and region.
   */
  env: Record<string, string>
  stop(): Promise<void>
}

/**
 * AWS SDK client settings for the stand-ins named in `env` (their `env`): endpoint, region and
 * credentials, with `attempts` tries 10 ms apart, so retries cost no real time.
 */
export function awsSettings(env: Readonly<Record<string, string | undefined>>, attempts = 3) {
  return {
    endpoint: env.AWS_ENDPOINT_URL ?? '',
    region: env.AWS_REGION ?? 'us-east-1',
    credentials: {
      accessKeyId: env.AWS_ACCESS_KEY_ID ?? 'AKIDSTANDIN',
      secretAccessKey: env.AWS_SECRET_ACCESS_KEY ?? 'stand-in-secret'
    },
    retryStrategy: new ConfiguredRetryStrategy(attempts, () => 10)
  }
}

export async function startStandIns(options: StandInOptions = {}): Promise<StandIns> {
  const region = options.region ?? 'us-east-1'
  const bedrock = createBedrockService(options.bedrock)
  const accountId = options.account ?? '123456789012'
  const cloudwatch = createCloudWatchService({ region, accountId, ...options.cloudwatch })
  // SSM reads the alarms its runs' AlarmConfiguration names from the CloudWatch stand-in.
  const ssm = createSsmService({ alarms: cloudwatch.alarmStates, ...options.ssm })
  const logs = createLogsService({ region, accountId, ...options.logs })
  const ecs = createEcsService({ region, accountId, ...options.ecs })
  const autoScaling = createAutoScalingService({ region, accountId, ...options.autoScaling })
  const dynamodb = createDynamoDbService({ region, accountId, ...options.dynamodb })
  const events = createEventBridgeService({ region, accountId, ...options.events })
  // The Tagging API sees the other stand-ins' tagged resources, as it sees every service's.
  const tagging = createTaggingService({
    sources: [cloudwatch.taggedResources, ecs.taggedResources, autoScaling.taggedResources]
  })
  const [github, aws] = await Promise.all([
    startGitHub(options.github),
    startAwsServer(
      [
        ssm.service,
        cloudwatch.service,
        logs.service,
        ecs.service,
        tagging.service,
        dynamodb.service,
        events.service
      ],
      [bedrock.service],
      [autoScaling.service]
    )
  ])
  const credentials = { accessKeyId: 'AKIDSTANDIN', secretAccessKey: 'stand-in-secret' }
  return {
    github,
    bedrock: bedrock.control,
    ssm: ssm.control,
    cloudwatch: cloudwatch.control,
    logs: logs.control,
    ecs: ecs.control,
    autoScaling: autoScaling.control,
    dynamodb: dynamodb.control,
    events: events.control,
    tagging: tagging.control,
    aws,
    region,
    credentials,
    env: {
      GITHUB_API_URL: github.url,
      GITHUB_TOKEN: BOT_TOKEN,
      AWS_ENDPOINT_URL: aws.url,
      AWS_ACCESS_KEY_ID: credentials.accessKeyId,
      AWS_SECRET_ACCESS_KEY: credentials.secretAccessKey,
      AWS_REGION: region,
      AWS_EC2_METADATA_DISABLED: 'true'
    },
    stop: async () => {
      await Promise.all([github.close(), aws.close()])
    }
  }
}
