// Reliability of intake, measured the way the storm test runs it (test/helpers/storm.ts): real
// Octokit clients, one per delivery as one run per delivery, against the GitHub stand-in, on
// simulated time with GitHub's latency, write pacing and lock timing, so the request counts
// (waiters' polls included) are GitHub's and the same on any machine. Reported: deliveries, issues opened, duplicates, deliveries lost (not counted),
// and GitHub requests per new incident, per repeat and per delivery in a storm.
// Targets: no duplicate, nothing lost, a storm costs under 12 requests per delivery.
import { readOccurrences } from '../src/issue/occurrences.js'
import { startStandIns } from '../harness/standins/index.js'
import { starterCatalog } from '../test/helpers/catalog.js'
import { RECORDS } from '../test/helpers/records.js'
import { delivery, intakeRun, SHAPES, storm, T1 } from '../test/helpers/storm.js'

export interface ReliabilityRow {
  case: string
  figure: string
  target: string
  ok: boolean
}

export async function benchStorm(): Promise<ReliabilityRow[]> {
  let hoursAhead = 0
  const standIns = await startStandIns({
    github: { now: () => new Date(Date.now() + hoursAhead * 3_600_000) }
  })
  try {
    const setup = { standIns, catalog: await starterCatalog() }
    const requests = () => standIns.github.requests.length
    // Alone: a new incident, then a repeat, with nothing racing.
    let before = requests()
    await intakeRun(setup, delivery('eventbridge', 'bench-alone', 'ALARM', T1, 0))
    const perNew = requests() - before
    before = requests()
    await intakeRun(setup, delivery('sns', 'bench-alone', 'ALARM', T1, 1))
    const perRepeat = requests() - before

    // Storms: 20 deliveries at once, then the recovery and a re-ALARM racing them, per envelope
    // and all envelopes mixed; each with its own hour of GitHub's budget.
    let deliveries = 0
    let issues = 0
    let lost = 0
    let stormRequests = 0
    const cases = [...SHAPES.map((s) => [s]), SHAPES]
    for (const [i, shapes] of cases.entries()) {
      hoursAhead += 1
      const alarm = `bench-storm-${i}`
      const { results, requests: spent } = await storm(setup, alarm, shapes, false, 31 + i)
      deliveries += results.length
      stormRequests += spent
      const opened = standIns.github.state
        .issuesOf('acme/ops')
        .filter((issue) => issue.title.includes(alarm))
      issues += opened.length
      const fp = results[0]?.fingerprint ?? ''
      const counted = opened.reduce(
        (n, issue) =>
          n + (readOccurrences(issue.body ?? '', RECORDS.key, RECORDS.repo, fp)?.occurrences ?? 0),
        0
      )
      // 21 alarm deliveries per storm (the OK is not an occurrence).
      lost += 21 - counted
    }
    const perDelivery = stormRequests / deliveries
    return [
      {
        case: `storms: ${cases.length} × 22 racing deliveries (5 envelopes, OK and re-ALARM)`,
        figure: `${deliveries} deliveries`,
        target: '-',
        ok: true
      },
      {
        case: 'issues opened beyond one per incident (duplicates)',
        figure: String(issues - cases.length),
        target: '0',
        ok: issues === cases.length
      },
      {
        case: 'alarm deliveries not counted (lost)',
        figure: String(lost),
        target: '0',
        ok: lost === 0
      },
      {
        case: 'GitHub requests, new incident (alone, no evidence sources)',
        figure: String(perNew),
        target: 'reported',
        ok: true
      },
      {
        case: 'GitHub requests, repeat delivery (alone)',
        figure: String(perRepeat),
        target: 'reported',
        ok: true
      },
      {
        case: 'GitHub requests per delivery in a storm (lock waits included)',
        figure: perDelivery.toFixed(1),
        target: '< 12',
        ok: perDelivery < 12
      }
    ]
  } finally {
    await standIns.stop()
  }
}

export function reliabilityTable(rows: readonly ReliabilityRow[]): string {
  const header = ['reliability', 'figure', 'target']
  const lines = rows.map((r) => [r.case, r.figure, r.target])
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => (l[i] ?? '').length)))
  const row = (cells: string[]): string =>
    `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`
  return [row(header), row(widths.map((w) => '-'.repeat(w))), ...lines.map(row)].join('\n')
}
