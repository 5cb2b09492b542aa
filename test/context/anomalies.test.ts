// Log anomalies: what CloudWatch Logs anomaly detectors found in the incident's log groups around
// its time. The choice is checked with a plain source (the window, the order, the bounds, the
// detectors that count, failures named by the IAM action they need); the whole stage with the real
// SDK clients against the stand-ins: a finding becomes evidence the model sees only inside the
// data block, redacted like a log line, and a line on the issue; a denied call leaves a line that
// names the permission, and the issue is still drafted.
import { CloudWatchLogsClient } from '@aws-sdk/client-cloudwatch-logs'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { cloudWatchLogAnomalies } from '../../src/adapters/aws/log-anomalies.js'
import { cloudWatchLogs } from '../../src/adapters/aws/logs.js'
import {
  anomalyLabel,
  cutAtSpace,
  findAnomalies,
  MAX_ANOMALIES,
  MAX_DETECTORS,
  type TimeWindow
} from '../../src/context/anomalies.js'
import { INCIDENT_WINDOW } from '../../src/context/facts.js'
import { DEFAULT_GATHER } from '../../src/context/gather.js'
import type { LogAnomaly, LogAnomalyDetector, LogAnomalySource } from '../../src/context/ports.js'
import { analyze } from '../../src/pipeline.js'
import { buildPrompt } from '../../src/triage/prompt.js'
import { rulesProvider } from '../../src/triage/rules.js'
import type { TriageProvider, TriageRequest } from '../../src/triage/types.js'
import { awsSettings, startStandIns, type StandIns } from '../../harness/standins/index.js'

const T = Date.parse('2026-05-04T10:00:00Z')
const MIN = 60_000
const WINDOW: TimeWindow = { startMs: T - 30 * MIN, endMs: T + 5 * MIN }

const detector = (n: number, logGroups: string[]): LogAnomalyDetector => ({
  arn: `arn:aws:logs:eu-west-1:123456789012:anomaly-detector:d${n}`,
  name: `detector-${n}`,
  logGroups
})

let ids = 0
const anomaly = (d: LogAnomalyDetector, fields: Partial<LogAnomaly>): LogAnomaly => ({
  id: `a${++ids}`,
  detectorArn: d.arn,
  pattern: `pattern ${ids}`,
  firstSeen: T - 5 * MIN,
  lastSeen: T,
  logGroups: d.logGroups,
  ...fields
})

/** A plain source over fixed detectors and anomalies, recording which detectors were read. */
function source(
  detectors: LogAnomalyDetector[],
  anomalies: LogAnomaly[],
  fail: { detectors?: Error; anomaliesOf?: Record<string, Error> } = {}
): LogAnomalySource & { read: string[] } {
  const read: string[] = []
  return {
    read,
    detectors: (groups, max) =>
      fail.detectors
        ? Promise.reject(fail.detectors)
        : Promise.resolve(
            detectors.filter((d) => d.logGroups.some((g) => groups.includes(g))).slice(0, max)
          ),
    anomalies: (arn, max) => {
      read.push(arn)
      const error = fail.anomaliesOf?.[arn]
      if (error) return Promise.reject(error)
      return Promise.resolve(anomalies.filter((a) => a.detectorArn === arn).slice(0, max))
    }
  }
}

const denied = (action: string) =>
  Object.assign(new Error(`User is not authorized to perform: ${action}`), {
    name: 'AccessDeniedException',
    $metadata: { httpStatusCode: 400 }
  })

describe('findAnomalies', () => {
  const web = detector(1, ['/app/web'])

  it('keeps what was seen in the window, highest priority first, then newest', async () => {
    const found = await findAnomalies(
      source(
        [web],
        [
          anomaly(web, { pattern: 'low, newest', priority: 'LOW', lastSeen: T + MIN }),
          anomaly(web, { pattern: 'high, older', priority: 'HIGH', lastSeen: T - 10 * MIN }),
          anomaly(web, { pattern: 'high, newer', priority: 'HIGH', lastSeen: T - MIN }),
          anomaly(web, { pattern: 'medium', priority: 'MEDIUM' }),
          // Began two hours ago and is still going: seen in the window too.
          anomaly(web, { pattern: 'ongoing', priority: 'LOW', firstSeen: T - 120 * MIN }),
          anomaly(web, {
            pattern: 'over before the window',
            priority: 'HIGH',
            firstSeen: T - 90 * MIN,
            lastSeen: T - 31 * MIN
          }),
          anomaly(web, {
            pattern: 'only after the window',
            priority: 'HIGH',
            firstSeen: T + 6 * MIN,
            lastSeen: T + 7 * MIN
          }),
          anomaly(web, { pattern: 'suppressed', priority: 'HIGH', state: 'Suppressed' })
        ]
      ),
      ['/app/web'],
      WINDOW
    )
    expect(found.failures).toEqual([])
    expect(found.anomalies.map((a) => a.pattern)).toEqual([
      'high, newer',
      'high, older',
      'medium',
      'low, newest',
      'ongoing'
    ])
    expect(found.anomalies[0]).toEqual({
      detector: 'detector-1',
      logGroups: ['/app/web'],
      pattern: 'high, newer',
      priority: 'HIGH',
      firstSeen: new Date(T - 5 * MIN).toISOString(),
      lastSeen: new Date(T - MIN).toISOString()
    })
  })

  it('reads at most MAX_DETECTORS detectors and keeps at most MAX_ANOMALIES', async () => {
    const many = Array.from({ length: MAX_DETECTORS + 3 }, (_, i) => detector(i, ['/app/web']))
    const from = source(
      many,
      many.flatMap((d) => [anomaly(d, {}), anomaly(d, {}), anomaly(d, {})])
    )
    const found = await findAnomalies(from, ['/app/web'], WINDOW)
    expect(from.read).toHaveLength(MAX_DETECTORS)
    expect(found.anomalies).toHaveLength(MAX_ANOMALIES)
  })

  it('counts only the log groups the incident reads', async () => {
    const shared = detector(2, ['/app/web', '/app/batch'])
    const other = detector(3, ['/app/other'])
    const from = source(
      [shared, other],
      [
        anomaly(shared, { pattern: 'in web', logGroups: ['/app/web'] }),
        anomaly(shared, { pattern: 'in batch only', logGroups: ['/app/batch'] }),
        // Without log groups of its own: its detector's, as far as the incident reads them.
        anomaly(shared, { pattern: 'unplaced', logGroups: [] }),
        anomaly(other, { pattern: 'elsewhere' })
      ]
    )
    const found = await findAnomalies(from, ['/app/web'], WINDOW)
    expect(from.read).toEqual([shared.arn])
    expect(found.anomalies.map((a) => [a.pattern, a.logGroups])).toEqual([
      ['in web', ['/app/web']],
      ['unplaced', ['/app/web']]
    ])
    // No log groups, no calls.
    const idle = source([shared], [])
    expect(await findAnomalies(idle, [], WINDOW)).toEqual({ anomalies: [], failures: [] })
    expect(idle.read).toEqual([])
  })

  it('names the action a failed look-up needs, and keeps what the other detectors found', async () => {
    const listing = await findAnomalies(
      source([web], [], { detectors: denied('logs:ListLogAnomalyDetectors') }),
      ['/app/web'],
      WINDOW
    )
    expect(listing.failures).toEqual([
      {
        what: 'log anomaly detectors',
        action: 'logs:ListLogAnomalyDetectors',
        error: expect.any(Error)
      }
    ])
    const second = detector(4, ['/app/web'])
    const partly = await findAnomalies(
      source([web, second], [anomaly(web, { pattern: 'still found' }), anomaly(second, {})], {
        anomaliesOf: { [second.arn]: denied('logs:ListAnomalies') }
      }),
      ['/app/web'],
      WINDOW
    )
    expect(partly.anomalies.map((a) => a.pattern)).toEqual(['still found'])
    expect(partly.failures).toEqual([
      {
        what: 'log anomalies of 1 of 2 anomaly detectors',
        action: 'logs:ListAnomalies',
        error: expect.any(Error)
      }
    ])
  })

  it('cuts long text only between words, so redaction later still sees each token whole', () => {
    const secret = `key=${'x'.repeat(40)}`
    expect(cutAtSpace(`word ${secret} tail`, 20)).toBe('word … (cut)')
    expect(cutAtSpace('a b c', 10)).toBe('a b c')
    expect(cutAtSpace(secret, 20)).toBe('… (cut)')
  })
})

describe('log anomalies through the stage, with the real clients against the stand-ins', () => {
  const REGION = 'eu-west-1'
  const SECRET = 'sk_live_a1B2c3D4e5F6g7H8a1B2c3D4e5F6g7H8'
  let standIns: StandIns
  let logs: CloudWatchLogsClient

  beforeAll(async () => {
    standIns = await startStandIns({ region: REGION })
    logs = new CloudWatchLogsClient(awsSettings(standIns.env, 1))
    standIns.logs.putLogEvents('/app/payments', 'web-1', [
      { timestamp: T - MIN, message: 'ERROR payment declined' }
    ])
    const arn = standIns.logs.createLogAnomalyDetector({
      detectorName: 'payments-errors',
      logGroups: ['/app/payments']
    })
    standIns.logs.putAnomaly({
      anomalyDetectorArn: arn,
      patternString: `ERROR <*> payment declined api_key=${SECRET} for <*>`,
      description: 'Pattern count 300 is 60x the baseline',
      priority: 'HIGH',
      firstSeen: T - 8 * MIN,
      lastSeen: T - MIN
    })
  })
  afterAll(async () => {
    logs.destroy()
    await standIns.stop()
  })

  /** The stage over the alarm, with the anomaly source and the log source of the stand-ins. */
  async function run() {
    let request: TriageRequest | undefined
    const provider: TriageProvider = {
      name: 'rules',
      triage: (r) => {
        request = r
        return rulesProvider.triage(r)
      }
    }
    const analysis = await analyze({
      delivery: {
        kind: 'payload',
        payload: {
          event: {
            version: '0',
            id: 'e-payments',
            'detail-type': 'CloudWatch Alarm State Change',
            source: 'aws.cloudwatch',
            account: '123456789012',
            time: new Date(T).toISOString(),
            region: REGION,
            resources: [`arn:aws:cloudwatch:${REGION}:123456789012:alarm:payments-errors`],
            detail: {
              alarmName: 'payments-errors',
              state: { value: 'ALARM', reason: 'Threshold Crossed' },
              configuration: { metrics: [] }
            }
          },
          context: { logGroups: ['/app/payments'] }
        },
        problems: []
      },
      catalog: [],
      provider,
      facts: { anomalies: cloudWatchLogAnomalies(logs) },
      context: {
        sources: { logs: cloudWatchLogs(logs) },
        options: { ...DEFAULT_GATHER, logGroups: [], changeRepos: [] }
      },
      now: new Date(T + MIN)
    })
    if (!request) throw new Error('no triage request')
    return { analysis, request }
  }

  it('makes each finding evidence, redacted, inside the data block of the prompt and on the issue', async () => {
    const { analysis, request } = await run()
    const anomalies = analysis.incident.facts?.anomalies ?? []
    expect(anomalies).toHaveLength(1)
    const [found] = anomalies
    if (!found) throw new Error('no anomaly found')
    expect(found).toMatchObject({
      detector: 'payments-errors',
      logGroups: ['/app/payments'],
      priority: 'HIGH',
      description: 'Pattern count 300 is 60x the baseline'
    })
    expect(found.pattern).toMatch(
      /^ERROR <\*> payment declined api_key=\[REDACTED:[\w-]+#1\] for <\*>$/
    )

    const item = analysis.evidence.find((e) => e.source === 'anomaly')
    expect(item?.label).toBe(anomalyLabel(found, 1))
    expect(item?.label).toBe('log anomaly 1 in /app/payments (HIGH, Active)')
    expect(item?.text).toContain('pattern: ERROR <*> payment declined api_key=[REDACTED:')
    expect(request.evidence).toContainEqual(item)

    const nonce = '0123456789abcdef'
    const prompt = buildPrompt(request, 'none', nonce)
    expect(prompt.user).not.toContain(SECRET)
    const block = new RegExp(`<<<DATA-${nonce}>>>\\n([\\s\\S]*)\\n<<<END-DATA-${nonce}>>>`).exec(
      prompt.user
    )?.[1]
    const data = JSON.parse(block ?? '{}') as { evidence: { source: string; text: string }[] }
    expect(data.evidence.filter((e) => e.source === 'anomaly')).toEqual([
      expect.objectContaining({ text: item?.text })
    ])
    // Only the data block carries it: outside the markers there is nothing from AWS.
    expect(prompt.user.replace(block ?? '', '')).not.toContain('payment declined')
    expect(prompt.system).toContain('"anomaly"')

    const body = analysis.draft.body
    expect(body).not.toContain(SECRET)
    expect(body).toMatch(
      new RegExp(
        `- ${item?.id ?? '?'} \`HIGH\` \`Active\` in \`/app/payments\`: \`ERROR <\\*> payment declined api_key=\\[REDACTED:[\\w-]+#1\\] for <\\*>\` · detector says \`Pattern count 300 is 60x the baseline\` · first seen \`${new Date(T - 8 * MIN).toISOString()}\`, last seen \`${new Date(T - MIN).toISOString()}\` · detector \`payments-errors\``
      )
    )
  })

  it('says which permission a denied look-up needs, and still drafts the issue', async () => {
    standIns.aws.denyAccess('ListAnomalies')
    const anomalies = await run()
    expect(anomalies.analysis.incident.facts?.anomalies).toBeUndefined()
    expect(anomalies.analysis.evidence.some((e) => e.source === 'anomaly')).toBe(false)
    expect(anomalies.analysis.draft.body).toMatch(
      /- Not available: log anomalies: not available \(AccessDeniedException .*logs:ListAnomalies.*\); grant `logs:ListAnomalies` to the triage role/
    )
    // The logs themselves were still read.
    expect(anomalies.analysis.draft.body).toMatch(
      /<summary>Logs <code>\/app\/payments<\/code>: 1 line,/
    )

    standIns.aws.denyAccess('ListLogAnomalyDetectors')
    const detectors = await run()
    expect(detectors.analysis.incident.facts?.notAvailable).toEqual([
      expect.stringMatching(
        /^log anomaly detectors: not available \(AccessDeniedException .*\); grant `logs:ListLogAnomalyDetectors` to the triage role$/
      )
    ])
    expect(detectors.analysis.draft.title).toContain('payments-errors')
  })

  it('looks in the window the logs are read in', () => {
    expect(DEFAULT_GATHER.beforeMs).toBe(INCIDENT_WINDOW.beforeMs)
    expect(DEFAULT_GATHER.afterMs).toBe(INCIDENT_WINDOW.afterMs)
  })
})
