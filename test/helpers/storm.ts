// Deliveries of one CloudWatch alarm in every envelope it reaches OpsLoop in (the EventBridge
// event, the SNS notification of a classic alarm action, a Lambda alarm action's payload,
// PutEvents entries, a replay by workflow_dispatch), and a storm of them handled at once as
// intake runs on several runners would handle them. Shared by the storm test and `npm run bench`.
import { readFileSync } from 'node:fs'
import { intakeCommand, type IntakeResult } from '../../src/flows/intake.js'
import { createGitHubClient } from '../../src/adapters/github/client.js'
import { githubIncidentIssues } from '../../src/adapters/github/incident-issues.js'
import {
  LOCK_TIMING,
  scaledLockTiming,
  type LockTiming
} from '../../src/adapters/github/incident-lock.js'
import { rulesProvider } from '../../src/triage/rules.js'
import type { CatalogRunbook } from '../../src/triage/types.js'
import { BOT_TOKEN } from '../../harness/standins/github/index.js'
import type { StandIns } from '../../harness/standins/index.js'
import { RECORDS } from './records.js'
import { SimulatedTime } from './simulated-time.js'

const ACCOUNT = '111122223333'
const REGION = 'eu-west-1'

/**
 * The lock's timing for single deliveries in real time (a lapsed or held lock): GitHub's, every
 * wait a thirtieth. Storms run on simulated time instead, with GitHub's own timing.
 */
export const STORM_LOCK_TIMING: LockTiming = scaledLockTiming(1 / 30)

/** A seeded source of numbers in [0, 1), so an interleaving can be replayed. */
export function seededRandom(seed: number): () => number {
  let s = seed % 2 ** 31
  return () => {
    s = (s * 1_103_515_245 + 12_345) % 2 ** 31
    return s / 2 ** 31
  }
}

export type State = 'ALARM' | 'OK'
export type Shape = 'eventbridge' | 'sns' | 'lambda' | 'put-events' | 'replay'
export const SHAPES: Shape[] = ['eventbridge', 'sns', 'lambda', 'put-events', 'replay']

export interface Delivery {
  eventName: string
  webhook: object
  state: State
}

export const arnOf = (alarm: string): string =>
  `arn:aws:cloudwatch:${REGION}:${ACCOUNT}:alarm:${alarm}`

/** The alarm's EventBridge event (the example alarm's, renamed), as a bare event. */
function eventBridgeEvent(alarm: string, state: State, time: string, id: string) {
  const { event } = JSON.parse(
    readFileSync('test/fixtures/dispatch/checkout-web-5xx-with-context.json', 'utf8')
  ) as {
    event: {
      id: string
      time: string
      resources: string[]
      detail: { alarmName: string; state: { value: string; timestamp: string } }
    }
  }
  event.id = id
  event.time = time
  event.resources = [arnOf(alarm)]
  event.detail.alarmName = alarm
  event.detail.state = { ...event.detail.state, value: state, timestamp: time }
  return event
}

/** One delivery of `alarm` in `shape`; `n` makes its ids unique. */
export function delivery(
  shape: Shape,
  alarm: string,
  state: State,
  time: string,
  n: number
): Delivery {
  const id = `${alarm}-${shape}-${state}-${n}`
  const event = eventBridgeEvent(alarm, state, time, id)
  const dispatch = (payload: object): Delivery => ({
    eventName: 'repository_dispatch',
    webhook: { action: 'aws-incident', client_payload: { event: payload } },
    state
  })
  switch (shape) {
    case 'eventbridge':
      return dispatch(event)
    case 'sns':
      // A classic alarm action's notification: its own shape, the notification's id.
      return dispatch({
        Records: [
          {
            EventSource: 'aws:sns',
            Sns: {
              Type: 'Notification',
              MessageId: id,
              TopicArn: `arn:aws:sns:${REGION}:${ACCOUNT}:opsloop-alarms`,
              Message: JSON.stringify({
                AlarmName: alarm,
                AWSAccountId: ACCOUNT,
                NewStateValue: state,
                NewStateReason: 'Threshold Crossed',
                StateChangeTime: time,
                Region: 'EU (Ireland)',
                AlarmArn: arnOf(alarm),
                OldStateValue: state === 'ALARM' ? 'OK' : 'ALARM',
                Trigger: {
                  MetricName: 'HTTPCode_Target_5XX_Count',
                  Namespace: 'AWS/ApplicationELB',
                  Statistic: 'SUM',
                  Dimensions: [{ name: 'LoadBalancer', value: 'app/checkout/0123456789abcdef' }],
                  Period: 60,
                  EvaluationPeriods: 1,
                  ComparisonOperator: 'GreaterThanThreshold',
                  Threshold: 10
                }
              }),
              Timestamp: time
            }
          }
        ]
      })
    case 'lambda':
      return dispatch({
        source: 'aws.cloudwatch',
        alarmArn: arnOf(alarm),
        accountId: ACCOUNT,
        time,
        region: REGION,
        alarmData: event.detail
      })
    case 'put-events':
      return dispatch({
        Entries: [
          {
            Source: 'aws.cloudwatch',
            DetailType: 'CloudWatch Alarm State Change',
            Detail: JSON.stringify(event.detail),
            Resources: [arnOf(alarm)],
            Time: time
          }
        ]
      })
    case 'replay':
      return {
        eventName: 'workflow_dispatch',
        webhook: { inputs: { event: JSON.stringify(event) } },
        state
      }
  }
}

export interface StormSetup {
  standIns: StandIns
  /** The runbooks, or how to load them (a test may make loading fail). */
  catalog: readonly CatalogRunbook[] | (() => Promise<readonly CatalogRunbook[]>)
  timing?: LockTiming
}

let runs = 0

/**
 * Simulated time for a storm: GitHub's latency and write pacing per client, the lock's own
 * timing, and the lock's jitter seeded.
 */
export interface StormTime {
  time: SimulatedTime
  random: () => number
}

/**
 * One delivery handled as one intake run handles it: its own GitHub client, as its own process.
 * With `sim`, on simulated time (GitHub's timing); without, in real time with `setup.timing`.
 */
export function intakeRun(
  setup: StormSetup,
  d: Delivery,
  closeOnRecovery = false,
  sim?: StormTime
): Promise<IntakeResult> {
  const runbooks = setup.catalog
  const catalog = typeof runbooks === 'function' ? runbooks : () => Promise.resolve(runbooks)
  const octokit = createGitHubClient({
    token: BOT_TOKEN,
    baseUrl: setup.standIns.env.GITHUB_API_URL,
    throttleId: `storm-${++runs}`,
    waitScale: 0,
    ...(sim ? { fetch: sim.time.fetchFor() } : {})
  })
  const lock = sim
    ? { timing: LOCK_TIMING, now: sim.time.now, sleep: sim.time.sleep, random: sim.random }
    : { timing: setup.timing ?? STORM_LOCK_TIMING }
  const run = () =>
    intakeCommand({
      eventName: d.eventName,
      webhook: d.webhook,
      eventType: 'aws-incident',
      catalog,
      issues: githubIncidentIssues(octokit, { owner: 'acme', repo: 'ops' }, lock),
      provider: rulesProvider,
      policy: { insufficientData: 'ignore', closeOnRecovery },
      records: RECORDS
    })
  return sim ? sim.time.run(run) : run()
}

/** A deterministic shuffle (a fixed seed), so a failing order can be replayed. */
export function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items]
  let s = seed
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 1_103_515_245 + 12_345) % 2 ** 31
    const j = s % (i + 1)
    ;[out[i], out[j]] = [out[j] as T, out[i] as T]
  }
  return out
}

export const T1 = '2026-03-14T09:21:07.000Z'
export const T2 = '2026-03-14T09:40:00.000Z'
export const T3 = '2026-03-14T09:50:00.000Z'

/**
 * 20 deliveries of the alarm firing (at T1), all at once; as soon as the first has opened the
 * issue, its recovery (OK at T2) and a re-ALARM (T3) arrive while the rest are still racing.
 * The results come in that order: 20 firing, the OK, the re-ALARM. It runs on simulated time with
 * GitHub's latency, write pacing and lock timing (test/helpers/simulated-time.ts), so how often
 * waiters poll, and so the request count, is GitHub's and does not depend on this machine's load.
 */
export async function storm(
  setup: StormSetup,
  alarm: string,
  shapes: readonly Shape[],
  closeOnRecovery: boolean,
  seed: number
): Promise<{ results: IntakeResult[]; requests: number }> {
  const before = setup.standIns.github.requests.length
  const sim: StormTime = { time: new SimulatedTime(), random: seededRandom(seed) }
  const firing = shuffled(
    Array.from({ length: 20 }, (_, n) =>
      delivery(shapes[n % shapes.length] as Shape, alarm, 'ALARM', T1, n)
    ),
    seed
  )
  let opened!: () => void
  const issueOpen = new Promise<void>((resolve) => (opened = resolve))
  const first = firing.map((d) =>
    intakeRun(setup, d, closeOnRecovery, sim).then((r) => {
      if (r.action === 'created') opened()
      return r
    })
  )
  await Promise.race([issueOpen, Promise.all(first)])
  const later = [
    intakeRun(setup, delivery(shapes[0] as Shape, alarm, 'OK', T2, 100), closeOnRecovery, sim),
    intakeRun(
      setup,
      delivery(shapes.at(-1) as Shape, alarm, 'ALARM', T3, 101),
      closeOnRecovery,
      sim
    )
  ]
  const results = await Promise.all([...first, ...later])
  return { results, requests: setup.standIns.github.requests.length - before }
}
