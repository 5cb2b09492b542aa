// CloudWatch stand-in: alarms (DescribeAlarms by name, prefix, state, type and family, 100 a
// page, with the model's request constraints; SetAlarmState; and their tags by ARN through
// ListTagsForResource) and metrics (GetMetricData) over data each test seeds. The pinned client
// (@aws-sdk/client-cloudwatch 3.1164.0) speaks AWS JSON 1.0 with
// `X-Amz-Target: GraniteServiceVersion20100801.<Operation>`, timestamps as epoch seconds, and
// (being awsQueryCompatible) reads error codes from `x-amzn-query-error`.
//
// Other stand-ins read alarm states through `alarmStates` (SSM's AlarmConfiguration stops a run on
// an alarm in ALARM): the state now, and a call after every state change, however it was made.
import type {
  CompositeAlarm,
  Dimension,
  MetricAlarm,
  MetricDataQuery,
  StateValue
} from '@aws-sdk/client-cloudwatch'
import { decodePageToken, encodePageToken, pageOf } from './paging.js'
import { AwsError, jsonTimestamps, type JsonService } from './protocol.js'
import type { TaggedResource } from './tagging.js'

/** An alarm as DescribeAlarms shows it, plus tags for ListTagsForResource (added to any kept). */
export type AlarmSeed = (
  | ({ type?: 'MetricAlarm'; AlarmName: string } & MetricAlarm)
  | ({ type: 'CompositeAlarm'; AlarmName: string; AlarmRule: string } & CompositeAlarm)
) & { Tags?: Record<string, string> }

type StoredAlarm =
  | { type: 'MetricAlarm'; alarm: MetricAlarm & { AlarmName: string } }
  | { type: 'CompositeAlarm'; alarm: CompositeAlarm & { AlarmName: string } }

export interface MetricPoint {
  /** A Date or epoch milliseconds. */
  timestamp: Date | number
  value: number
}

export interface CloudWatchOptions {
  alarms?: readonly AlarmSeed[]
  /** Clock for default and state-change timestamps. */
  now?: () => Date
  region?: string
  accountId?: string
}

export interface CloudWatchControl {
  putAlarm(seed: AlarmSeed): void
  /** Adds or overwrites tags of an alarm named by its name or ARN, as TagResource would. */
  tagAlarm(nameOrArn: string, tags: Record<string, string>): void
  /** Flip an alarm as CloudWatch would (e.g. back to OK after a remediation). */
  setAlarmState(name: string, state: StateValue, reason?: string, reasonData?: string): void
  /** The alarm as DescribeAlarms would show it now. */
  alarm(name: string): MetricAlarm | CompositeAlarm | undefined
  /** Seed raw data points; GetMetricData aggregates them per period and statistic. */
  putMetricData(
    namespace: string,
    metricName: string,
    dimensions: Record<string, string>,
    points: readonly MetricPoint[]
  ): void
}

// Shape name → awsQuery error code and status, as the SDK's error registry expects them.
const ERRORS = {
  InvalidFormatFault: ['InvalidFormat', 400],
  InvalidNextToken: ['InvalidNextToken', 400],
  InvalidParameterCombinationException: ['InvalidParameterCombination', 400],
  InvalidParameterValueException: ['InvalidParameterValue', 400],
  ResourceNotFound: ['ResourceNotFound', 404],
  ResourceNotFoundException: ['ResourceNotFoundException', 404],
  // A request outside the model's constraints (length, range, enum): the common awsQuery error.
  ValidationError: ['ValidationError', 400]
} as const

function cwError(type: keyof typeof ERRORS, message: string): AwsError {
  const [code, status] = ERRORS[type]
  return new AwsError(type, message, status, { 'x-amzn-query-error': `${code};Sender` })
}

const STATES: readonly string[] = ['OK', 'ALARM', 'INSUFFICIENT_DATA']
const QUERY_ID = /^[a-z][a-zA-Z0-9_]*$/

function toMillis(value: unknown, member: string): number {
  if (typeof value === 'number') return value * 1000
  if (typeof value === 'string' && !Number.isNaN(Date.parse(value))) return Date.parse(value)
  throw cwError('InvalidParameterValueException', `${member} must be a timestamp`)
}

const badToken = () => cwError('InvalidNextToken', 'The service returned an invalid next token.')

function seriesKey(namespace: string, name: string, dims: readonly Dimension[]): string {
  const sorted = dims.map((d) => `${d.Name ?? ''}=${d.Value ?? ''}`).sort()
  return JSON.stringify([namespace, name, sorted])
}

function statistic(stat: string, values: number[]): number {
  const sum = values.reduce((a, b) => a + b, 0)
  switch (stat) {
    case 'Sum':
      return sum
    case 'Average':
      return sum / values.length
    case 'Minimum':
      return Math.min(...values)
    case 'Maximum':
      return Math.max(...values)
    case 'SampleCount':
      return values.length
  }
  const percentile = /^p(\d{1,2}(?:\.\d+)?)$/.exec(stat)
  if (!percentile?.[1]) throw cwError('InvalidParameterValueException', `unsupported Stat ${stat}`)
  // Nearest-rank percentile: good enough to tell p50 from p99 in tests.
  const sorted = [...values].sort((a, b) => a - b)
  const rank = Math.ceil((Number(percentile[1]) / 100) * sorted.length)
  return sorted[Math.max(0, rank - 1)] ?? Number.NaN
}

// Alarm names a composite rule refers to: ALARM("a"), OK(b), INSUFFICIENT_DATA('c').
function ruleChildren(rule: string): string[] {
  const refs = rule.matchAll(/\b(?:ALARM|OK|INSUFFICIENT_DATA)\(\s*["']?([^"')]+?)["']?\s*\)/g)
  return [...refs].map((m) => m[1] ?? '')
}

/** Alarm states as other stand-ins read them (the SSM stand-in's `alarms` option). */
export interface AlarmStates {
  /** The alarm's state now, or undefined when there is no such alarm. */
  state(name: string): StateValue | undefined
  /** Calls `listener` with the alarm's name after each SetAlarmState, setAlarmState or putAlarm. */
  onChange(listener: (name: string) => void): void
}

export function createCloudWatchService(options: CloudWatchOptions = {}): {
  service: JsonService
  control: CloudWatchControl
  /** Alarms with tags, as the Resource Groups Tagging API sees them. */
  taggedResources: () => TaggedResource[]
  alarmStates: AlarmStates
} {
  const now = options.now ?? (() => new Date())
  const arnPrefix = `arn:aws:cloudwatch:${options.region ?? 'us-east-1'}:${options.accountId ?? '123456789012'}:alarm:`
  const alarms = new Map<string, StoredAlarm>()
  // By alarm name; an alarm never tagged has no entry.
  const tags = new Map<string, Record<string, string>>()
  const series = new Map<string, { t: number; v: number }[]>()
  const stateListeners: ((name: string) => void)[] = []
  const stateChanged = (name: string) => {
    for (const listener of stateListeners) listener(name)
  }

  function putAlarm(seed: AlarmSeed): void {
    const { type = 'MetricAlarm', Tags, ...fields } = seed
    const at = now()
    const alarm = {
      AlarmArn: arnPrefix + seed.AlarmName,
      ActionsEnabled: true,
      AlarmActions: [],
      OKActions: [],
      InsufficientDataActions: [],
      AlarmConfigurationUpdatedTimestamp: at,
      StateValue: 'OK' as const,
      StateReason: 'Unchecked: Initial alarm creation',
      StateUpdatedTimestamp: at,
      StateTransitionedTimestamp: at,
      ...fields
    }
    alarms.set(seed.AlarmName, { type, alarm })
    // As PutMetricAlarm, replacing an alarm keeps its tags.
    if (Tags) tags.set(seed.AlarmName, { ...tags.get(seed.AlarmName), ...Tags })
    stateChanged(seed.AlarmName)
  }

  // ListTagsForResource names an alarm by ARN; a malformed one is InvalidParameterValue.
  function alarmOfArn(arn: string): string {
    const name = /^arn:aws[\w-]*:cloudwatch:[\w-]+:\d{12}:alarm:(.+)$/.exec(arn)?.[1]
    if (name === undefined) throw cwError('InvalidParameterValueException', `Invalid ARN: ${arn}`)
    if (!alarms.has(name) || !arn.startsWith(arnPrefix))
      throw cwError('ResourceNotFoundException', `Alarm ${name} does not exist.`)
    return name
  }

  function listTagsForResource(input: Record<string, unknown>) {
    const name = alarmOfArn(typeof input.ResourceARN === 'string' ? input.ResourceARN : '')
    return {
      Tags: Object.entries(tags.get(name) ?? {}).map(([Key, Value]) => ({ Key, Value }))
    }
  }
  for (const seed of options.alarms ?? []) putAlarm(seed)

  function setState(name: string, state: string, reason: string, reasonData?: string): void {
    const stored = alarms.get(name)
    if (!stored) throw cwError('ResourceNotFound', `Alarm ${name} not found`)
    if (!STATES.includes(state))
      throw cwError('InvalidParameterValueException', `invalid StateValue ${state}`)
    if (reasonData !== undefined) {
      try {
        JSON.parse(reasonData)
      } catch {
        throw cwError('InvalidFormatFault', 'StateReasonData must be valid JSON')
      }
    }
    const at = now()
    const a = stored.alarm
    if (a.StateValue !== state) a.StateTransitionedTimestamp = at
    a.StateValue = state as StateValue
    a.StateReason = reason
    a.StateReasonData = reasonData
    a.StateUpdatedTimestamp = at
    stateChanged(name)
  }

  function describeAlarms(input: Record<string, unknown>) {
    const names = input.AlarmNames as string[] | undefined
    const prefix = input.AlarmNamePrefix as string | undefined
    const children = input.ChildrenOfAlarmName as string | undefined
    const parents = input.ParentsOfAlarmName as string | undefined
    const actionPrefix = input.ActionPrefix as string | undefined
    const types = (input.AlarmTypes as string[] | undefined) ?? ['MetricAlarm']
    const maxRecords = (input.MaxRecords as number | undefined) ?? 50
    if (names?.length && prefix !== undefined)
      throw cwError(
        'InvalidParameterCombinationException',
        'AlarmNames and AlarmNamePrefix cannot be used together'
      )
    if (maxRecords < 1 || maxRecords > 100)
      throw cwError('InvalidParameterValueException', 'MaxRecords must be between 1 and 100')
    // The model's constraints on the request (AlarmNames at most 100, a prefix of 1 to 255
    // characters, the StateValue and AlarmTypes enums), refused as CloudWatch refuses them.
    const invalid = (member: string, constraint: string) =>
      cwError(
        'ValidationError',
        `1 validation error detected: Value at '${member}' failed to satisfy constraint: ${constraint}`
      )
    if ((names?.length ?? 0) > 100)
      throw invalid('alarmNames', 'Member must have length less than or equal to 100')
    if (prefix !== undefined && (prefix.length < 1 || prefix.length > 255))
      throw invalid('alarmNamePrefix', 'Member must have length between 1 and 255')
    const state = input.StateValue
    if (state !== undefined && (typeof state !== 'string' || !STATES.includes(state)))
      throw invalid('stateValue', `Member must satisfy enum value set: [${STATES.join(', ')}]`)
    if (types.some((t) => t !== 'MetricAlarm' && t !== 'CompositeAlarm'))
      throw invalid(
        'alarmTypes',
        'Member must satisfy enum value set: [MetricAlarm, CompositeAlarm]'
      )

    let list = [...alarms.values()].sort((a, b) =>
      a.alarm.AlarmName.localeCompare(b.alarm.AlarmName)
    )
    if (children !== undefined) {
      // A composite's children (both alarm types), as named in its rule.
      const parent = alarms.get(children)
      const refs =
        parent?.type === 'CompositeAlarm' ? ruleChildren(parent.alarm.AlarmRule ?? '') : []
      list = list.filter((a) => refs.includes(a.alarm.AlarmName))
    } else if (parents !== undefined) {
      list = list.filter(
        (a) =>
          a.type === 'CompositeAlarm' && ruleChildren(a.alarm.AlarmRule ?? '').includes(parents)
      )
    } else {
      list = list.filter(
        (a) =>
          types.includes(a.type) &&
          (!names?.length || names.includes(a.alarm.AlarmName)) &&
          (prefix === undefined || a.alarm.AlarmName.startsWith(prefix)) &&
          (input.StateValue === undefined || a.alarm.StateValue === input.StateValue) &&
          (actionPrefix === undefined ||
            [
              ...(a.alarm.AlarmActions ?? []),
              ...(a.alarm.OKActions ?? []),
              ...(a.alarm.InsufficientDataActions ?? [])
            ].some((action) => action.startsWith(actionPrefix)))
      )
    }
    const { page, nextToken } = pageOf(list, maxRecords, {
      scope: 'DescribeAlarms',
      token: input.NextToken,
      invalid: badToken
    })
    return jsonTimestamps({
      MetricAlarms: page.filter((a) => a.type === 'MetricAlarm').map((a) => a.alarm),
      CompositeAlarms: page.filter((a) => a.type === 'CompositeAlarm').map((a) => a.alarm),
      NextToken: nextToken
    })
  }

  function queryPoints(q: MetricDataQuery, start: number, end: number, descending: boolean) {
    const stat = q.MetricStat
    if (!stat?.Metric)
      throw cwError(
        'InvalidParameterValueException',
        `query ${q.Id ?? ''}: the stand-in serves MetricStat queries only (no Expression)`
      )
    const period = stat.Period ?? 0
    if (!(period % 60 === 0 || [1, 5, 10, 20, 30].includes(period)) || period < 1)
      throw cwError('InvalidParameterValueException', `query ${q.Id ?? ''}: invalid Period`)
    const { Namespace = '', MetricName = '', Dimensions = [] } = stat.Metric
    const raw = series.get(seriesKey(Namespace, MetricName, Dimensions)) ?? []
    const buckets = new Map<number, number[]>()
    for (const { t, v } of raw) {
      if (t < start || t >= end) continue
      const bucket = Math.floor(t / (period * 1000)) * period * 1000
      buckets.set(bucket, [...(buckets.get(bucket) ?? []), v])
    }
    const times = [...buckets.keys()].sort((a, b) => (descending ? b - a : a - b))
    return {
      label: q.Label ?? MetricName,
      points: times.map((t) => ({ t, v: statistic(stat.Stat ?? '', buckets.get(t) ?? []) }))
    }
  }

  function getMetricData(input: Record<string, unknown>) {
    const queries = (input.MetricDataQueries ?? []) as MetricDataQuery[]
    const start = toMillis(input.StartTime, 'StartTime')
    const end = toMillis(input.EndTime, 'EndTime')
    if (end <= start)
      throw cwError('InvalidParameterValueException', 'StartTime must be before EndTime')
    const ids = queries.map((q) => q.Id ?? '')
    for (const id of ids)
      if (!QUERY_ID.test(id))
        throw cwError('InvalidParameterValueException', `Invalid metric data query id: ${id}`)
    if (new Set(ids).size !== ids.length)
      throw cwError('InvalidParameterValueException', 'MetricDataQuery ids must be unique')
    const descending = input.ScanBy !== 'TimestampAscending'
    const full = queries
      .filter((q) => q.ReturnData !== false)
      .map((q) => ({ id: q.Id, ...queryPoints(q, start, end, descending) }))

    // MaxDatapoints caps points per page across all queries; a cut series is PartialData.
    const max = (input.MaxDatapoints as number | undefined) ?? 100_800
    const offset = decodePageToken('GetMetricData', input.NextToken, badToken)
    let skip = offset
    let budget = max
    const results = full.map((r) => {
      const from = Math.min(skip, r.points.length)
      skip -= from
      const count = Math.min(budget, r.points.length - from)
      budget -= count
      const slice = r.points.slice(from, from + count)
      return {
        Id: r.id,
        Label: r.label,
        Timestamps: slice.map((p) => new Date(p.t)),
        Values: slice.map((p) => p.v),
        StatusCode: from + count === r.points.length ? 'Complete' : 'PartialData',
        Messages: []
      }
    })
    const consumed = offset + max - budget
    const total = full.reduce((n, r) => n + r.points.length, 0)
    return jsonTimestamps({
      MetricDataResults: results,
      Messages: [],
      NextToken: consumed < total ? encodePageToken('GetMetricData', consumed) : undefined
    })
  }

  const service: JsonService = {
    targetPrefix: 'GraniteServiceVersion20100801',
    jsonVersion: '1.0',
    // Still the awsQuery code and status, in the query-compatible header.
    accessDenied: {
      iamPrefix: 'cloudwatch',
      type: 'AccessDenied',
      status: 403,
      headers: { 'x-amzn-query-error': 'AccessDenied;Sender' }
    },
    handle(operation, input) {
      switch (operation) {
        case 'DescribeAlarms':
          return describeAlarms(input)
        case 'SetAlarmState':
          setState(
            String(input.AlarmName),
            String(input.StateValue),
            String(input.StateReason),
            input.StateReasonData as string | undefined
          )
          return {}
        case 'GetMetricData':
          return getMetricData(input)
        case 'ListTagsForResource':
          return listTagsForResource(input)
        default:
          return undefined
      }
    }
  }

  const control: CloudWatchControl = {
    putAlarm,
    tagAlarm(nameOrArn, added) {
      const name = nameOrArn.startsWith('arn:') ? alarmOfArn(nameOrArn) : nameOrArn
      if (!alarms.has(name)) throw new Error(`no alarm ${name} to tag`)
      tags.set(name, { ...tags.get(name), ...added })
    },
    setAlarmState(name, state, reason = `stand-in: set to ${state}`, reasonData) {
      setState(name, state, reason, reasonData)
    },
    alarm: (name) => {
      const stored = alarms.get(name)
      return stored && structuredClone(stored.alarm)
    },
    putMetricData(namespace, metricName, dimensions, points) {
      const dims = Object.entries(dimensions).map(([Name, Value]) => ({ Name, Value }))
      const key = seriesKey(namespace, metricName, dims)
      const list = series.get(key) ?? []
      for (const p of points)
        list.push({
          t: p.timestamp instanceof Date ? p.timestamp.getTime() : p.timestamp,
          v: p.value
        })
      series.set(key, list)
    }
  }
  const taggedResources = (): TaggedResource[] =>
    [...tags].map(([name, Tags]) => ({ ResourceARN: arnPrefix + name, Tags }))
  const alarmStates: AlarmStates = {
    state: (name) => alarms.get(name)?.alarm.StateValue,
    onChange: (listener) => {
      stateListeners.push(listener)
    }
  }
  return { service, control, taggedResources, alarmStates }
}
