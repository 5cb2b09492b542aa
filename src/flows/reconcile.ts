// `reconcile`: nothing is lost even when a delivery is. EventBridge answers GitHub's 204 and
// forgets, so an alarm whose delivery GitHub refused (it waits in the dead-letter queue), never ran
// (an outage, a cancelled run) or failed is in ALARM with no issue, or its issue stays open after
// it recovered. On a schedule, reconcile compares CloudWatch with the open issues and hands intake
// the state change EventBridge would have delivered, as a delivery (`repository_dispatch`,
// `client_payload.event`), so intake alone decides: a new issue, a repeat, a duplicate, a recovery.
//
// What it looks at: the alarms in ALARM that OpsLoop is responsible for (a name prefix, a tag, or
// both; metric and composite alarms), and the open OpsLoop issues of alarms (`source:cloudwatch`).
// - An alarm in ALARM with no open issue is handed over, unless a closed issue of its fingerprint
//   was opened for this very firing (someone closed it while it still fires: not reopened).
// - An alarm in ALARM whose open issue is recovered, or heard last of an earlier firing, is handed
//   over: it fired again and that delivery never arrived.
// - An open issue whose alarm is not in ALARM: its sealed incident record names the alarm; when
//   CloudWatch says it is OK now, the recovery is handed over.
// The event's id is derived from the alarm's ARN, state and the time the state began, so handing
// the same state change over twice counts it once (intake remembers event ids). An alarm that
// changed state in the last GRACE_MS is left to its own delivery, which is probably on its way.
//
// Bounds: at most `maxAlarms` alarms are handed over or open issues read per run (the rest wait
// for the next run, and the report says so); listings stop at LIST_LIMIT. Cost per run: AWS
// DescribeAlarms 1 per 100 alarms in ALARM (GetResources 1 per 100 tagged alarms with a tag
// scope, DescribeAlarms 1 per 100 recovery candidates); GitHub 1 per 100 open OpsLoop issues.
// Per alarm: one whose issue is open costs nothing; a new one 1 look-up (closed issues of its
// fingerprint) plus what intake costs; a recovery candidate 1 GraphQL read of its record plus
// what intake costs. A failure on one alarm is a row of the report, never the end of the run.
import type { IssueRef } from '../intake/ports.js'
import { readDelivery } from '../intake/dispatch.js'
import { fingerprint } from '../intake/fingerprint.js'
import { Redactor } from '../context/redact.js'
import { fingerprintLabel, OUTCOME_LABELS, sourceLabel } from '../issue/labels.js'
import { readLedger } from '../issue/ledger.js'
import { readOccurrences, type OccurrenceState } from '../issue/occurrences.js'
import type { IssueSnapshot } from '../issue/thread.js'
import { cell, code } from '../report/markdown.js'
import { httpStatus } from '../util/http-error.js'
import { createHash } from 'node:crypto'
import { intakeCommand, intakeDecision, type IntakeInput, type IntakeResult } from './intake.js'

/** An alarm that changed state this recently is left to its own delivery (ms). */
export const GRACE_MS = 10 * 60_000
/** How far apart two times of one state change may be (an event's `time` has seconds only). */
const SAME_CHANGE_MS = 60_000
/** Alarms, tagged alarms and open issues listed per run, at most. */
export const LIST_LIMIT = 1_000
/** Closed issues of a fingerprint looked at for the firing an alarm is in. */
const CLOSED_LOOKED_AT = 10
/** The recovery candidates read rotate by this period when there are more than a run reads. */
const ROTATION_MS = 15 * 60_000

export type AlarmStateValue = 'OK' | 'ALARM' | 'INSUFFICIENT_DATA'

/** One metric of an alarm, as the state change event's `configuration.metrics[]` has it. */
export interface AlarmMetricQuery {
  id: string
  expression?: string
  label?: string
  metricStat?: {
    metric: { namespace?: string; name?: string; dimensions: Record<string, string> }
    period?: number
    stat?: string
    unit?: string
  }
  returnData?: boolean
}

/** An alarm as DescribeAlarms shows it, in the terms its state change event uses. */
export interface AlarmSnapshot {
  name: string
  arn: string
  state: AlarmStateValue
  reason?: string
  /** CloudWatch's JSON text, as the event carries it. */
  reasonData?: string
  /** When the alarm entered its state (StateTransitionedTimestamp, else StateUpdatedTimestamp). */
  changedAt: Date
  /**
   * Whether `changedAt` is the transition itself. StateUpdatedTimestamp also moves when nothing
   * changed (a composite alarm's every evaluation), so it never says that the alarm fired again.
   */
  transitionKnown: boolean
  description?: string
  /** A metric alarm's metrics (one, or a metric-math or anomaly-detection set). */
  metrics?: AlarmMetricQuery[]
  /** A composite alarm's rule and actions suppressor. */
  composite?: {
    rule: string
    suppressor?: string
    suppressorWaitPeriod?: number
    suppressorExtensionPeriod?: number
    suppressedBy?: string
    suppressedReason?: string
  }
}

/** A bounded listing, and whether there was more than it holds. */
export interface Listing<T> {
  items: T[]
  more: boolean
}

/** What reconcile reads from CloudWatch (metric and composite alarms of one account and Region). */
export interface AlarmSource {
  /** Alarms in ALARM whose name starts with `namePrefix` (every one without), by name. */
  inAlarm(namePrefix: string | undefined, limit: number): Promise<Listing<AlarmSnapshot>>
  /** The alarms of these names, in any state; a name no alarm has is left out. */
  named(names: readonly string[]): Promise<AlarmSnapshot[]>
  /** The ARNs of the alarms carrying the tag (with the value, when given). */
  tagged(tag: { key: string; value?: string }, limit: number): Promise<Listing<string>>
}

/** An issue as listing shows it. */
export interface ListedIssue extends IssueRef {
  state: 'open' | 'closed'
  labels: string[]
  body: string
  createdAt: string
}

/** What reconcile reads from GitHub. */
export interface ReconcileIssues {
  /** Open issues labelled `opsloop`, oldest first. */
  open(limit: number): Promise<Listing<ListedIssue>>
  /** Closed issues labelled with the fingerprint, newest first. */
  closed(fingerprint: string, limit: number): Promise<ListedIssue[]>
  /** One issue with its comments, where OpsLoop's sealed records are read from. */
  snapshot(issue: number): Promise<IssueSnapshot>
}

/** Which alarms OpsLoop is responsible for; neither means every alarm. */
export interface AlarmScope {
  namePrefix?: string
  tag?: { key: string; value?: string }
}

export interface ReconcileInput {
  alarms: AlarmSource
  issues: ReconcileIssues
  scope: AlarmScope
  /** Alarms handed over, or open issues read for a recovery, per run. */
  maxAlarms: number
  /** Intake as a delivery runs it, less the delivery itself. */
  intake: Omit<IntakeInput, 'eventName' | 'webhook'>
  now?: () => Date
  /** One line per alarm, as it is done (the run's log). */
  log?: (line: string) => void
}

export type Outcome =
  /** What intake did with what it was handed. */
  | 'opened'
  | 'counted'
  | 'duplicate'
  | 'recovered'
  | 'skipped'
  /** Nothing to hand over. */
  | 'open'
  | 'closed'
  | 'recent'
  | 'unchanged'
  | 'not found'
  | 'out of scope'
  | 'not OpsLoop'
  /** Left for the next run (the bound), or failed: the next run tries again. */
  | 'deferred'
  | 'failed'

export interface ReconcileRow {
  /** The alarm's name, or the issue (`#12`) when its alarm is unknown. */
  alarm: string
  state?: AlarmStateValue
  outcome: Outcome
  detail: string
  issue?: IssueRef
  /** Intake's answer, when the alarm was handed over. */
  result?: IntakeResult
}

export interface ReconcileReport {
  /** The scope in words. */
  scope: string
  maxAlarms: number
  /** Alarms in ALARM within the scope, and open OpsLoop issues, as listed. */
  inAlarm: number
  openIssues: number
  rows: ReconcileRow[]
  /** Facts about the run as a whole: truncated listings, issues left for the next run. */
  notes: string[]
}

const OUTCOME_OF: Record<IntakeResult['action'], Outcome> = {
  created: 'opened',
  updated: 'counted',
  duplicate: 'duplicate',
  resolved: 'recovered',
  skipped: 'skipped'
}

/** Outcomes that changed an issue. */
export const CHANGED: ReadonlySet<Outcome> = new Set(['opened', 'counted', 'recovered'])

/** Region and account of an alarm ARN (`arn:aws:cloudwatch:REGION:ACCOUNT:alarm:NAME`). */
function arnParts(arn: string): { region: string; account: string } {
  const [, , , region = '', account = ''] = arn.split(':')
  return { region, account }
}

/** CloudWatch's own timestamp format in events: `2026-03-02T08:15:40.210+0000`. */
const awsTimestamp = (at: Date): string => at.toISOString().replace('Z', '+0000')
/** EventBridge's `time`: whole seconds, UTC. */
const eventTime = (at: Date): string => at.toISOString().replace(/\.\d{3}Z$/, 'Z')

function defined<T extends Record<string, unknown>>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>
}

/**
 * The event id of an alarm's state change as reconcile hands it over: the same alarm, state and
 * state start always give the same id, so intake counts it once however often it is handed over.
 */
export function reconcileEventId(alarm: AlarmSnapshot): string {
  const hash = createHash('sha256')
    .update(`${alarm.arn}\n${alarm.state}\n${alarm.changedAt.toISOString()}`)
    .digest('hex')
  return `opsloop-reconcile-${hash.slice(0, 32)}`
}

/**
 * The "CloudWatch Alarm State Change" event EventBridge sends for the alarm entering its current
 * state, built from DescribeAlarms. `previousState` is left out: DescribeAlarms does not say what
 * the state was before, and a guess would show a transition that may never have happened.
 */
export function alarmStateEvent(alarm: AlarmSnapshot): Record<string, unknown> {
  const { region, account } = arnParts(alarm.arn)
  const c = alarm.composite
  const configuration = c
    ? defined({
        alarmRule: c.rule,
        actionsSuppressor: c.suppressor,
        actionsSuppressorWaitPeriod: c.suppressorWaitPeriod,
        actionsSuppressorExtensionPeriod: c.suppressorExtensionPeriod,
        description: alarm.description
      })
    : defined({
        description: alarm.description,
        metrics: alarm.metrics?.map((m) =>
          defined({
            id: m.id,
            expression: m.expression,
            label: m.label,
            metricStat: m.metricStat && defined({ ...m.metricStat }),
            returnData: m.returnData
          })
        )
      })
  return {
    version: '0',
    id: reconcileEventId(alarm),
    'detail-type': 'CloudWatch Alarm State Change',
    source: 'aws.cloudwatch',
    account,
    time: eventTime(alarm.changedAt),
    region,
    resources: [alarm.arn],
    detail: {
      alarmName: alarm.name,
      state: defined({
        value: alarm.state,
        reason: alarm.reason,
        reasonData: alarm.reasonData,
        timestamp: awsTimestamp(alarm.changedAt),
        actionsSuppressedBy: c?.suppressedBy,
        actionsSuppressedReason: c?.suppressedReason
      }),
      configuration
    }
  }
}

/** The `repository_dispatch` webhook EventBridge's API destination would have caused. */
function dispatchOf(event: Record<string, unknown>, eventType: string): Record<string, unknown> {
  return { action: eventType, client_payload: { event } }
}

/** The fingerprint intake gives the event, read the way intake reads it. */
function fingerprintOf(
  event: Record<string, unknown>,
  intake: ReconcileInput['intake']
): string | undefined {
  const delivery = readDelivery(
    'repository_dispatch',
    dispatchOf(event, intake.eventType),
    intake.eventType
  )
  if (delivery.kind !== 'payload') return undefined
  const decision = intakeDecision(delivery, intake.policy, new Redactor())
  return decision.kind === 'skip' ? undefined : fingerprint(decision.incident)
}

const ms = (iso: string | undefined): number => (iso ? Date.parse(iso) : NaN)

/** Whether the issue's alarm is back in OK, as intake judges it: sealed times, else the label. */
function isRecovered(labels: readonly string[], state: OccurrenceState): boolean {
  if (state.recoveredAt === undefined) return labels.includes(OUTCOME_LABELS.recovered)
  return state.firedAt === undefined || ms(state.recoveredAt) >= ms(state.firedAt)
}

/** An OpsLoop issue of a fingerprint: its label, and the sealed state intake finds it by. */
interface OurIssue {
  issue: ListedIssue
  fp: string
  state: OccurrenceState
}

function ourIssue(issue: ListedIssue, intake: ReconcileInput['intake']): OurIssue | undefined {
  const prefix = fingerprintLabel('')
  const fp = issue.labels.find((l) => l.startsWith(prefix))?.slice(prefix.length)
  if (!fp) return undefined
  const state = readOccurrences(issue.body, intake.records.key, intake.records.repo, fp)
  return state ? { issue, fp, state } : undefined
}

const ref = (i: IssueRef): IssueRef => ({ number: i.number, url: i.url })

/** A failure in one line: GitHub's status when it has one, the first line of the message. */
function failure(error: unknown): string {
  const status = httpStatus(error)
  const name = error instanceof Error && error.name !== 'Error' ? `${error.name}: ` : ''
  const message = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error)
  return `${status ? `HTTP ${status}: ` : ''}${name}${message}`.slice(0, 300)
}

export function scopeText(scope: AlarmScope): string {
  const parts = [
    ...(scope.namePrefix !== undefined ? [`whose name starts with ${code(scope.namePrefix)}`] : []),
    ...(scope.tag
      ? [
          `tagged ${code(scope.tag.value === undefined ? scope.tag.key : `${scope.tag.key}=${scope.tag.value}`)}`
        ]
      : [])
  ]
  return parts.length > 0 ? `alarms ${parts.join(' and ')}` : 'every alarm'
}

const minutes = (n: number): string => `${Math.max(1, Math.round(n / 60_000))} min`

export async function reconcileCommand(input: ReconcileInput): Promise<ReconcileReport> {
  const now = (input.now ?? (() => new Date()))()
  const log = input.log ?? (() => undefined)
  const { alarms, issues, scope, intake } = input
  const rows: ReconcileRow[] = []
  const notes: string[] = []
  const add = (row: ReconcileRow): void => {
    rows.push(row)
    log(
      `${row.alarm}${row.state ? ` (${row.state})` : ''}: ${row.outcome}: ${row.detail}${row.issue ? ` ${row.issue.url}` : ''}`
    )
  }
  let budget = input.maxAlarms

  // What OpsLoop is responsible for, and what is open: a failure here ends the run, with its cause.
  const tagged = scope.tag ? await alarms.tagged(scope.tag, LIST_LIMIT) : undefined
  const taggedArns = tagged && new Set(tagged.items)
  const listed = await alarms.inAlarm(scope.namePrefix, LIST_LIMIT)
  const inScope = (a: AlarmSnapshot): boolean =>
    (scope.namePrefix === undefined || a.name.startsWith(scope.namePrefix)) &&
    (taggedArns === undefined || taggedArns.has(a.arn))
  const firing = listed.items.filter(inScope).sort((a, b) => a.name.localeCompare(b.name))
  const open = await issues.open(LIST_LIMIT)
  const ours = open.items.flatMap((i) => {
    const o = ourIssue(i, intake)
    return o ? [o] : []
  })
  if (listed.more)
    notes.push(
      `More than ${LIST_LIMIT} alarms are in \`ALARM\`: only the first ${LIST_LIMIT} (by name) were looked at.`
    )
  if (tagged?.more)
    notes.push(
      `More than ${LIST_LIMIT} alarms carry the tag: alarms past the first ${LIST_LIMIT} were taken as out of scope.`
    )
  if (open.more)
    notes.push(
      `More than ${LIST_LIMIT} OpsLoop issues are open: only the oldest ${LIST_LIMIT} were looked at.`
    )

  /** Hands intake the state change as a delivery; its answer becomes the row. */
  const handOver = async (
    alarm: AlarmSnapshot,
    event: Record<string, unknown>,
    why: string
  ): Promise<ReconcileRow> => {
    log(`${alarm.name}: its ${alarm.state} handed to intake: ${why}`)
    const result = await intakeCommand({
      ...intake,
      eventName: 'repository_dispatch',
      webhook: dispatchOf(event, intake.eventType)
    })
    const outcome = OUTCOME_OF[result.action]
    return {
      alarm: alarm.name,
      state: alarm.state,
      outcome,
      detail: result.action === 'skipped' ? result.reason : why,
      ...(result.action !== 'skipped' ? { issue: ref(result.issue) } : {}),
      result
    }
  }

  // 1. Alarms in ALARM: the issue each one should have.
  const openByFp = new Map<string, OurIssue>()
  for (const o of ours) if (!openByFp.has(o.fp)) openByFp.set(o.fp, o)
  const firingFps = new Set<string>()
  for (const alarm of firing) {
    const base = { alarm: alarm.name, state: alarm.state }
    try {
      const event = alarmStateEvent(alarm)
      const fp = fingerprintOf(event, intake)
      if (fp === undefined) {
        add({ ...base, outcome: 'skipped', detail: 'intake would not read its state change' })
        continue
      }
      firingFps.add(fp)
      const mine = openByFp.get(fp)
      const changed = alarm.changedAt.getTime()
      let why: string
      if (mine) {
        const recovered = isRecovered(mine.issue.labels, mine.state)
        const heardOf = ms(mine.state.firedAt)
        if (recovered) why = 'it fired again after its recovery, and that delivery never arrived'
        else if (alarm.transitionKnown && changed > heardOf + SAME_CHANGE_MS)
          why = 'it fired again since the issue last heard of it, and that delivery never arrived'
        else {
          add({ ...base, outcome: 'open', detail: 'its issue is open', issue: ref(mine.issue) })
          continue
        }
      } else why = 'its delivery never arrived'
      if (now.getTime() - changed < GRACE_MS) {
        add({
          ...base,
          outcome: 'recent',
          detail: `it entered \`ALARM\` ${minutes(now.getTime() - changed)} ago: left to its own delivery; the next run looks again`,
          ...(mine ? { issue: ref(mine.issue) } : {})
        })
        continue
      }
      if (budget === 0) {
        add({
          ...base,
          outcome: 'deferred',
          detail: `left for the next run (\`max-alarms\` is ${input.maxAlarms})`
        })
        continue
      }
      budget--
      if (!mine) {
        // An issue opened for this very firing and closed while the alarm still fires (by a
        // person, most likely) is not reopened: the next firing opens a new one.
        const covering = (await issues.closed(fp, CLOSED_LOOKED_AT)).find((i) => {
          const state = readOccurrences(i.body, intake.records.key, intake.records.repo, fp)
          if (!state) return false
          const heard = Number.isFinite(ms(state.firedAt)) ? ms(state.firedAt) : ms(i.createdAt)
          return heard >= changed - SAME_CHANGE_MS
        })
        if (covering) {
          add({
            ...base,
            outcome: 'closed',
            detail:
              'its issue for this firing was closed while the alarm still fires: not reopened',
            issue: ref(covering)
          })
          continue
        }
      }
      add(await handOver(alarm, event, why))
    } catch (error) {
      add({ ...base, outcome: 'failed', detail: `${failure(error)}; the next run tries again` })
    }
  }

  // 2. Open issues of alarms that are not in ALARM: noted recovered when CloudWatch says OK.
  const candidates = ours.filter(
    (o) =>
      o.issue.labels.includes(sourceLabel('cloudwatch')) &&
      !firingFps.has(o.fp) &&
      !isRecovered(o.issue.labels, o.state)
  )
  const reading = Math.min(budget, candidates.length)
  const start =
    candidates.length > reading && reading > 0
      ? (Math.floor(now.getTime() / ROTATION_MS) * reading) % candidates.length
      : 0
  const chosen = [...candidates.slice(start), ...candidates.slice(0, start)].slice(0, reading)
  budget -= reading
  if (candidates.length > reading)
    notes.push(
      `${candidates.length - reading} open issue(s) of alarms not in \`ALARM\` were not checked for a recovery this run (\`max-alarms\` is ${input.maxAlarms}); the next runs check them in turn.`
    )
  const named: { o: OurIssue; name: string; region?: string; account?: string }[] = []
  for (const o of chosen) {
    const base = { alarm: `#${o.issue.number}`, issue: ref(o.issue) }
    try {
      const ledger = readLedger(
        await issues.snapshot(o.issue.number),
        intake.records.key,
        intake.records.repo
      )
      if (!ledger.authentic) {
        add({ ...base, outcome: 'not OpsLoop', detail: ledger.reason })
        continue
      }
      const { alarmName, region, account } = ledger.incident
      if (ledger.fingerprint !== o.fp || !alarmName) {
        add({
          ...base,
          outcome: 'not OpsLoop',
          detail: !alarmName
            ? 'its sealed incident record names no alarm'
            : 'its sealed incident record is of another incident than its label says'
        })
        continue
      }
      named.push({
        o,
        name: alarmName,
        ...(region ? { region } : {}),
        ...(account ? { account } : {})
      })
    } catch (error) {
      add({ ...base, outcome: 'failed', detail: `${failure(error)}; the next run tries again` })
    }
  }
  // Their alarms as they are now: one DescribeAlarms per 100 names.
  let current: AlarmSnapshot[] = []
  let lookupError: string | undefined
  if (named.length > 0) {
    try {
      current = await alarms.named([...new Set(named.map((n) => n.name))])
    } catch (error) {
      lookupError = failure(error)
    }
  }
  const byName = new Map(current.map((a) => [a.name, a]))
  for (const { o, name, region, account } of named) {
    const base = { alarm: name, issue: ref(o.issue) }
    if (lookupError !== undefined) {
      add({ ...base, outcome: 'failed', detail: `${lookupError}; the next run tries again` })
      continue
    }
    try {
      const alarm = byName.get(name)
      const where = `${account ? `account ${code(account)}` : 'its account'}, ${region ? `Region ${code(region)}` : 'its Region'}`
      const event = alarm && alarmStateEvent(alarm)
      if (!alarm || !event || fingerprintOf(event, intake) !== o.fp) {
        add({
          ...base,
          outcome: 'not found',
          detail: `no such alarm in this job's account and Region (the incident's was in ${where}): deleted, or elsewhere; the issue stays open`
        })
        continue
      }
      const state = { ...base, state: alarm.state }
      if (!inScope(alarm)) {
        add({
          ...state,
          outcome: 'out of scope',
          detail: 'the alarm is not one reconcile looks after'
        })
        continue
      }
      if (alarm.state !== 'OK') {
        add({
          ...state,
          outcome: alarm.state === 'ALARM' ? 'open' : 'unchanged',
          detail:
            alarm.state === 'ALARM'
              ? 'its issue is open'
              : 'no recovery to note (`INSUFFICIENT_DATA`); the issue stays open'
        })
        continue
      }
      const since = now.getTime() - alarm.changedAt.getTime()
      if (since < GRACE_MS) {
        add({
          ...state,
          outcome: 'recent',
          detail: `it returned to \`OK\` ${minutes(since)} ago: left to its own delivery; the next run looks again`
        })
        continue
      }
      add(await handOver(alarm, event, 'it recovered, and that delivery never arrived'))
    } catch (error) {
      add({ ...base, outcome: 'failed', detail: `${failure(error)}; the next run tries again` })
    }
  }

  return {
    scope: scopeText(scope),
    maxAlarms: input.maxAlarms,
    inAlarm: firing.length,
    openIssues: ours.length,
    rows,
    notes
  }
}

const WHAT: Record<Outcome, string> = {
  opened: 'opened its issue',
  counted: 'counted the firing',
  duplicate: 'already counted',
  recovered: 'noted the recovery',
  skipped: 'intake skipped it',
  open: 'nothing to do',
  closed: 'left closed',
  recent: 'waiting',
  unchanged: 'nothing to do',
  'not found': 'alarm not found',
  'out of scope': 'ignored',
  'not OpsLoop': 'ignored',
  deferred: 'next run',
  failed: 'failed'
}

/** The job summary: what reconcile saw, and one row per alarm with what was done. */
export function reconcileSummary(report: ReconcileReport): string {
  const count = (o: (r: ReconcileRow) => boolean) => report.rows.filter(o).length
  const changed = count((r) => CHANGED.has(r.outcome))
  const failed = count((r) => r.outcome === 'failed')
  const deferred = count((r) => r.outcome === 'deferred')
  const lines = [
    '## OpsLoop reconcile',
    '',
    `Scope: ${report.scope}, in this job's account and Region: ${report.inAlarm} in \`ALARM\`; ${report.openIssues} open OpsLoop issue(s). At most ${report.maxAlarms} alarms are handed to intake or checked for a recovery per run (\`max-alarms\`).`,
    '',
    `Issues changed: ${changed} · failed: ${failed} · left for the next run: ${deferred}.`,
    ''
  ]
  if (report.rows.length > 0)
    lines.push(
      '| Alarm | State | What was done | Issue |',
      '| --- | --- | --- | --- |',
      ...report.rows.map(
        (r) =>
          `| ${code(r.alarm)} | ${r.state ? code(r.state) : ''} | **${WHAT[r.outcome]}**: ${cell(r.detail)} | ${r.issue ? `[#${r.issue.number}](${encodeURI(r.issue.url)})` : ''} |`
      ),
      ''
    )
  else lines.push('Nothing to reconcile: every alarm in scope has its issue.', '')
  for (const note of report.notes) lines.push(`- ${note}`)
  if (report.notes.length > 0) lines.push('')
  return lines.join('\n')
}
