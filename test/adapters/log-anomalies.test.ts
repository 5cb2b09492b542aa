// The CloudWatch Logs anomaly adapter with the real SDK client against the Logs stand-in: which
// detectors it keeps (those watching the incident's log groups, matched by name in their ARNs),
// which anomalies it reads (unsuppressed, bounded, every page up to the bound), the shapes it maps
// them to, and a refusal reaching the caller as the AccessDeniedException it is.
import { CloudWatchLogsClient } from '@aws-sdk/client-cloudwatch-logs'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { cloudWatchLogAnomalies, logGroupNameOfArn } from '../../src/adapters/aws/log-anomalies.js'
import { isAccessDenied } from '../../src/util/aws-error.js'
import { awsSettings, startStandIns, type StandIns } from '../../harness/standins/index.js'

const REGION = 'eu-west-1'
const T = Date.parse('2026-05-04T10:00:00Z')
let standIns: StandIns
let client: CloudWatchLogsClient
let checkout: string
let fleet: string

beforeAll(async () => {
  standIns = await startStandIns({ region: REGION })
  client = new CloudWatchLogsClient(awsSettings(standIns.env, 1))
  checkout = standIns.logs.createLogAnomalyDetector({
    detectorName: 'checkout-errors',
    logGroups: ['/app/checkout']
  })
  fleet = standIns.logs.createLogAnomalyDetector({
    detectorName: 'fleet',
    logGroups: ['/app/cart', '/app/search']
  })
  standIns.logs.createLogAnomalyDetector({ detectorName: 'unrelated', logGroups: ['/app/other'] })
  standIns.logs.putAnomaly({
    anomalyDetectorArn: checkout,
    patternString: 'ERROR <*> upstream timed out after <*> ms',
    description: 'Pattern count 40 is 20x the baseline',
    priority: 'HIGH',
    firstSeen: T - 5 * 60_000,
    lastSeen: T
  })
  standIns.logs.putAnomaly({
    anomalyDetectorArn: checkout,
    patternString: 'WARN <*> retrying',
    description: 'marked as noise',
    suppressed: true
  })
})
afterAll(async () => {
  client.destroy()
  await standIns.stop()
})

describe('cloudWatchLogAnomalies', () => {
  it('reads a log group name from either form of its ARN', () => {
    expect(logGroupNameOfArn(`arn:aws:logs:${REGION}:123456789012:log-group:/app/a:*`)).toBe(
      '/app/a'
    )
    expect(logGroupNameOfArn(`arn:aws:logs:${REGION}:123456789012:log-group:/app/a`)).toBe('/app/a')
    expect(logGroupNameOfArn('arn:aws:ecs:eu-west-1:1:service/x/y')).toBeUndefined()
  })

  it('keeps only the detectors watching one of the log groups, with the names they watch', async () => {
    const found = await cloudWatchLogAnomalies(client).detectors(['/app/checkout', '/app/cart'], 5)
    expect(found).toEqual([
      { arn: checkout, name: 'checkout-errors', logGroups: ['/app/checkout'] },
      { arn: fleet, name: 'fleet', logGroups: ['/app/cart', '/app/search'] }
    ])
    expect(
      await cloudWatchLogAnomalies(client).detectors(['/app/checkout', '/app/cart'], 1)
    ).toEqual([expect.objectContaining({ arn: checkout })])
    expect(await cloudWatchLogAnomalies(client).detectors(['/app/none'], 5)).toEqual([])
  })

  it('reads the unsuppressed anomalies of a detector, times in epoch milliseconds', async () => {
    const found = await cloudWatchLogAnomalies(client).anomalies(checkout, 100)
    expect(found).toEqual([
      {
        id: expect.any(String),
        detectorArn: checkout,
        pattern: 'ERROR <*> upstream timed out after <*> ms',
        description: 'Pattern count 40 is 20x the baseline',
        priority: 'HIGH',
        state: 'Active',
        active: true,
        firstSeen: T - 5 * 60_000,
        lastSeen: T,
        logGroups: ['/app/checkout']
      }
    ])
    const asked = standIns.aws.calls.filter((c) => c.operation === 'ListAnomalies').at(-1)
    expect(asked?.input).toMatchObject({
      anomalyDetectorArn: checkout,
      suppressionState: 'UNSUPPRESSED'
    })
  })

  it('reads page after page, but never more than it was asked for', async () => {
    for (let i = 0; i < 60; i++)
      standIns.logs.putAnomaly({
        anomalyDetectorArn: fleet,
        patternString: `INFO request <*> took ${i} ms`,
        description: 'new pattern'
      })
    const before = standIns.aws.calls.length
    const found = await cloudWatchLogAnomalies(client).anomalies(fleet, 55)
    expect(found).toHaveLength(55)
    const pages = standIns.aws.calls.slice(before).filter((c) => c.operation === 'ListAnomalies')
    expect(pages.map((c) => (c.input as { limit: number }).limit)).toEqual([50, 5])
  })

  it('lets a refusal through as AWS sent it, for the caller to name the permission', async () => {
    standIns.aws.denyAccess('ListAnomalies')
    const refused = await cloudWatchLogAnomalies(client)
      .anomalies(checkout, 10)
      .catch((e: unknown) => e)
    expect(isAccessDenied(refused)).toBe(true)
    expect(String(refused)).toContain('logs:ListAnomalies')
  })
})
