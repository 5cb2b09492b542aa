// The log anomaly detector's Lambda function (dist/detector/index.mjs, handler `index.handler`,
// infra/opsloop-detector.yaml): the composition root. On a container's first invocation it reads
// its environment once into a DetectorEnvironment (every problem named, with what to set), builds
// the two SDK clients with one retry configuration, the DynamoDB store, the EventBridge sink and
// the Detector, and keeps them for the container's life: the detector's miners and caches are
// that container's cache of the table, which is the truth. Each invocation is one Kinesis batch
// (adapters/aws/kinesis-logs.ts says what its answer means) and one log line.
import { DynamoDBClient, type DynamoDBClientConfig } from '@aws-sdk/client-dynamodb'
import { EventBridgeClient } from '@aws-sdk/client-eventbridge'
import { eventBridgeAnomalySink } from '../adapters/aws/anomaly-events.js'
import { detectorTableTtls, dynamoDetectorStore } from '../adapters/aws/detector-store.js'
import {
  processBatch,
  type KinesisBatchResponse,
  type KinesisStreamEvent
} from '../adapters/aws/kinesis-logs.js'
import { Detector } from '../detect/detector.js'
import type { DetectorStore } from '../detect/ports.js'
import {
  parseDetectorConfig,
  SettingsError,
  type DetectionSettings,
  type DetectorConfig
} from '../detect/settings.js'

const HOUR_MS = 3_600_000

/** The environment variables the function reads, with what each holds. */
export const DETECTOR_VARIABLES = {
  table: 'OPSLOOP_DETECTOR_TABLE',
  bus: 'OPSLOOP_EVENT_BUS',
  config: 'OPSLOOP_DETECTOR_CONFIG',
  retention: 'OPSLOOP_STREAM_RETENTION_HOURS'
} as const

/** Everything the function reads from its environment, checked. */
export interface DetectorEnvironment {
  /** The DynamoDB table of the detector's state. */
  tableName: string
  /** The EventBridge bus anomalies go to (its name or ARN). */
  eventBusName: string
  config: DetectorConfig
  /** The settings of every log group the configuration names, and the defaults. */
  settings: DetectionSettings[]
  /** How long the stream keeps records: record markers outlive it. */
  streamRetentionMs: number
}

export class DetectorEnvironmentError extends Error {
  override readonly name = 'DetectorEnvironmentError'
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)

/** The defaults and each group's merged settings (what the table's TTLs must cover). */
function everySetting(raw: unknown, config: DetectorConfig): DetectionSettings[] {
  const defaults = isObject(raw) && isObject(raw.defaults) ? raw.defaults : {}
  const groups = isObject(raw) && isObject(raw.groups) ? raw.groups : {}
  return [
    config.defaults,
    ...Object.values(groups).map(
      (group) =>
        parseDetectorConfig({ defaults: { ...defaults, ...(isObject(group) ? group : {}) } })
          .defaults
    )
  ]
}

/** Reads and checks the function's environment; throws one error listing every problem. */
export function readDetectorEnvironment(
  env: Readonly<Record<string, string | undefined>>
): DetectorEnvironment {
  const problems: string[] = []
  const V = DETECTOR_VARIABLES
  const tableName = env[V.table]?.trim() ?? ''
  if (tableName === '')
    problems.push(
      `${V.table} is not set: set it to the detector's DynamoDB table (the stack sets it to its table)`
    )
  else if (!/^[A-Za-z0-9_.-]{3,255}$/.test(tableName))
    problems.push(
      `${V.table} is ${JSON.stringify(tableName)}, not a DynamoDB table name (3 to 255 of A-Z a-z 0-9 _ . -)`
    )
  const eventBusName = env[V.bus]?.trim() || 'default'
  const retentionText = env[V.retention]?.trim() || '24'
  const retentionHours = Number(retentionText)
  if (!Number.isInteger(retentionHours) || retentionHours < 24 || retentionHours > 8760)
    problems.push(
      `${V.retention} is ${JSON.stringify(retentionText)}: set it to the stream's retention in whole hours (24 to 8760), as the stream's RetentionPeriodHours`
    )
  let config: DetectorConfig = parseDetectorConfig({})
  let settings: DetectionSettings[] = [config.defaults]
  const configText = env[V.config]?.trim() || '{}'
  try {
    const raw = JSON.parse(configText) as unknown
    config = parseDetectorConfig(raw)
    settings = everySetting(raw, config)
  } catch (error) {
    if (error instanceof SettingsError) problems.push(`${V.config}: ${error.message}`)
    else if (error instanceof SyntaxError)
      problems.push(
        `${V.config} is not JSON (${error.message}); write e.g. {"defaults": {"learning": "24h"}, "groups": {"/aws/lambda/payments": {"minCount": 50}}}`
      )
    else throw error
  }
  if (problems.length > 0)
    throw new DetectorEnvironmentError(
      `The detector function's environment is not usable:\n- ${problems.join('\n- ')}`
    )
  return {
    tableName,
    eventBusName,
    config,
    settings,
    streamRetentionMs: retentionHours * HOUR_MS
  }
}

/** The SDK client settings both clients share (DynamoDB's config type names them). */
export type DetectorAwsConfig = Pick<
  DynamoDBClientConfig,
  | 'region'
  | 'maxAttempts'
  | 'retryMode'
  | 'requestHandler'
  | 'endpoint'
  | 'credentials'
  | 'retryStrategy'
>

export type LogLevel = 'info' | 'warn' | 'error'
export type Log = (level: LogLevel, message: string, fields?: Record<string, unknown>) => void

/** What a test (or the bench) changes; Lambda uses none of it. */
export interface DetectorRuntime {
  /** Adjusts both SDK clients' settings (the stand-ins' endpoint and credentials). */
  aws?: (config: DetectorAwsConfig) => DetectorAwsConfig
  /** The sink's waits before retrying failed entries (tests: zeros). */
  backoffMs?: readonly number[]
  log?: Log
  /** Wall-clock epoch ms, for the table's TTLs. */
  now?: () => number
}

/** What Lambda passes beside the event (the part read here). */
export interface InvocationContext {
  getRemainingTimeInMillis(): number
}

export interface DetectorFunction {
  handle(event: KinesisStreamEvent, context?: InvocationContext): Promise<KinesisBatchResponse>
  /** The warm container's detector, and the store it uses. */
  detector: Detector
  store: DetectorStore
}

/** One JSON line per log call: Lambda adds the time and request id. */
const consoleLog: Log = (level, message, fields = {}) => {
  const line = JSON.stringify({ level, message, ...fields })
  if (level === 'error') console.error(line)
  else if (level === 'warn') console.warn(line)
  else console.log(line)
}

/** The function for one environment: its clients, store, sink and detector, built once. */
export function createDetectorFunction(
  environment: DetectorEnvironment,
  runtime: DetectorRuntime = {}
): DetectorFunction {
  const log = runtime.log ?? consoleLog
  // Throttling and 5xx: the SDK's standard retries (exponential backoff with jitter), five tries
  // within the invocation; a request that hangs fails after 10 s instead of using up the timeout.
  const base: DetectorAwsConfig = {
    maxAttempts: 5,
    retryMode: 'standard',
    requestHandler: { connectionTimeout: 3_000, requestTimeout: 10_000 }
  }
  const config = runtime.aws ? runtime.aws(base) : base
  const store = dynamoDetectorStore(new DynamoDBClient(config), {
    tableName: environment.tableName,
    ttls: detectorTableTtls(environment.settings, environment.streamRetentionMs),
    ...(runtime.now ? { now: runtime.now } : {})
  })
  const sink = eventBridgeAnomalySink(new EventBridgeClient(config), {
    eventBusName: environment.eventBusName,
    ...(runtime.backoffMs ? { backoffMs: runtime.backoffMs } : {}),
    onDropped: (anomaly, reason) => {
      log('error', 'log anomaly not sent', {
        anomaly: anomaly.id,
        kind: anomaly.kind,
        logGroup: anomaly.logGroup,
        reason
      })
    },
    onRetry: (anomaly, code, attempt) => {
      log('warn', 'PutEvents entry failed; retrying it', { anomaly: anomaly.id, code, attempt })
    }
  })
  const detector = new Detector({ store, sink, config: environment.config })
  return {
    detector,
    store,
    async handle(event, context) {
      if (!isObject(event) || !Array.isArray(event.Records))
        throw new Error(
          'The detector function takes Kinesis events (a `Records` list); invoke it through its event source mapping'
        )
      const started = Date.now()
      const { response, summary } = await processBatch(event, detector, {
        ...(context ? { remainingMs: () => context.getRemainingTimeInMillis() } : {}),
        onFailure: (record, reason) => {
          log('error', 'record not processed; Lambda retries from it', {
            eventID: record.eventID,
            sequenceNumber: record.kinesis.sequenceNumber,
            reason
          })
        }
      })
      log('info', 'batch', { ...summary, ms: Date.now() - started })
      return response
    }
  }
}

// The warm container's function: built on its first invocation, from process.env.
let warm: DetectorFunction | undefined

/** The Lambda handler (ReportBatchItemFailures). */
export async function handler(
  event: KinesisStreamEvent,
  context?: InvocationContext
): Promise<KinesisBatchResponse> {
  warm ??= createDetectorFunction(readDetectorEnvironment(process.env))
  return warm.handle(event, context)
}
