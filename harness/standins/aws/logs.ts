// CloudWatch Logs stand-in (AWS JSON 1.1, `X-Amz-Target: Logs_20140328.<Operation>`) over log
// events each test seeds: FilterLogEvents, DescribeLogGroups and Logs Insights queries
// (StartQuery / GetQueryResults / StopQuery); and over seeded log anomaly detectors and the
// anomalies they found: ListLogAnomalyDetectors and ListAnomalies (by detector and suppression
// state, in the order seeded). Logs timestamps are epoch milliseconds, except StartQuery's
// startTime/endTime, which are epoch seconds.
//
// FilterLogEvents filterPattern subset (case-sensitive, substring match on the message):
//   ERROR 500        every term must occur (AND)
//   "upstream timed out"   a quoted phrase, taken literally
//   ?ERROR ?WARN     at least one `?` term must occur (OR), alongside any plain terms
//   ERROR -healthcheck     a `-` term must not occur
//   %time.?out%      a whole-pattern regular expression
// JSON (`{ $.x = 1 }`) and space-delimited (`[a, b]`) patterns are refused with
// InvalidParameterException so a test never silently matches the wrong events.
//
// Logs Insights subset, commands joined by `|`:
//   fields @timestamp, @message, level     (default: @timestamp, @message, @logStream, @log)
//   filter <field> like /re/flags | like "text" | not like …      (several filters AND)
//   filter <field> = "value" | != "value" | = 42
//   sort <field> asc|desc                  (direction defaults to asc)
//   limit N
// Records carry @timestamp ("YYYY-MM-DD HH:MM:SS.mmm", UTC), @message, @logStream, @log,
// @ingestionTime, @ptr (always returned) and the top-level and dotted nested keys of JSON
// messages. Anything else (stats, parse, dedup, …) is MalformedQueryException.
// A query is Scheduled when started, Running on polls before `pollsToComplete`, then Complete.
import type { Anomaly, AnomalyDetector } from '@aws-sdk/client-cloudwatch-logs'
import { createHash } from 'node:crypto'
import { pageOf } from './paging.js'
import { AwsError, type JsonService } from './protocol.js'

export interface LogsOptions {
  /** The GetQueryResults poll that first reports Complete (default 2; 1 = immediately). */
  pollsToComplete?: number
  /** Clock for log group creation times. */
  now?: () => Date
  region?: string
  accountId?: string
}

export type QueryStatus = 'Scheduled' | 'Running' | 'Complete' | 'Failed' | 'Cancelled' | 'Timeout'

export interface QueryRecord {
  queryId: string
  queryString: string
  logGroupNames: string[]
  /** Epoch seconds, as sent. */
  startTime: number
  endTime: number
  status: QueryStatus
  polls: number
}

export type AnomalyDetectorSeed = Omit<
  AnomalyDetector,
  'anomalyDetectorArn' | 'logGroupArnList' | 'creationTimeStamp' | 'lastModifiedTimeStamp'
> & {
  detectorName: string
  /** Names or ARNs of the log groups the detector watches. */
  logGroups: readonly string[]
}

export type AnomalySeed = Omit<Partial<Anomaly>, 'firstSeen' | 'lastSeen'> & {
  /** A detector createLogAnomalyDetector returned. */
  anomalyDetectorArn: string
  description: string
  /** e.g. `ERROR <*> upstream timed out`; the patternId is derived from it. */
  patternString: string
  /** Dates or epoch milliseconds; default now. */
  firstSeen?: Date | number
  lastSeen?: Date | number
}

export interface LogsControl {
  createLogGroup(name: string, options?: { retentionInDays?: number }): void
  /** Append events (timestamps in epoch ms or Dates); creates the group and stream if needed. */
  putLogEvents(
    group: string,
    stream: string,
    events: readonly { timestamp: Date | number; message: string }[]
  ): void
  /** Every query started, in order. */
  readonly queries: readonly QueryRecord[]
  /** Force a query's status, e.g. `Failed` or `Timeout`, or `Complete` without polling. */
  setQueryStatus(queryId: string, status: QueryStatus): void
  /** Creates a log anomaly detector (ANALYZING, every five minutes); returns its ARN. */
  createLogAnomalyDetector(seed: AnomalyDetectorSeed): string
  /**
   * Records an anomaly a detector found; returns it as ListAnomalies shows it. Unless the seed
   * says otherwise it is Active and unsuppressed, seen now, in the detector's log groups;
   * `suppressed: true` makes it Suppressed (indefinitely unless `suppressedUntil`).
   */
  putAnomaly(seed: AnomalySeed): Anomaly
}

interface LogEvent {
  group: string
  logStreamName: string
  timestamp: number
  ingestionTime: number
  message: string
  eventId: string
}

interface LogGroup {
  creationTime: number
  retentionInDays?: number
  streams: Map<string, LogEvent[]>
}

type Row = Record<string, string>

const invalid = (message: string) => new AwsError('InvalidParameterException', message)
const notFound = (message: string) => new AwsError('ResourceNotFoundException', message)
const malformed = (message: string) => new AwsError('MalformedQueryException', message)

const paging = (scope: string, token: unknown) => ({
  scope,
  token,
  invalid: () => invalid('The specified nextToken is invalid.')
})

function checkLimit(value: unknown, max: number): number {
  if (value === undefined) return max
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > max)
    throw invalid(`limit must be between 1 and ${max}`)
  return value
}

/** Compiles the documented filterPattern subset into a message predicate. */
function compileFilterPattern(pattern: string | undefined): (message: string) => boolean {
  const text = (pattern ?? '').trim()
  if (text === '') return () => true
  if (text.startsWith('{') || text.startsWith('['))
    throw invalid(`the stand-in does not support JSON or space-delimited patterns: ${text}`)
  const regex = /^%(.+)%$/.exec(text)
  if (regex?.[1]) {
    const re = new RegExp(regex[1])
    return (message) => re.test(message)
  }
  const all: string[] = []
  const any: string[] = []
  const none: string[] = []
  for (const m of text.matchAll(/([?-])?(?:"((?:[^"\\]|\\.)*)"|(\S+))/g)) {
    const term = m[2]?.replace(/\\(.)/g, '$1') ?? m[3] ?? ''
    if (m[1] === '?') any.push(term)
    else if (m[1] === '-') none.push(term)
    else all.push(term)
  }
  return (message) =>
    all.every((t) => message.includes(t)) &&
    !none.some((t) => message.includes(t)) &&
    (any.length === 0 || any.some((t) => message.includes(t)))
}

// --- Logs Insights -------------------------------------------------------------------------

type Predicate = (row: Row) => boolean
interface Query {
  fields?: string[]
  filters: Predicate[]
  sort?: { field: string; desc: boolean }
  limit?: number
}

/** Splits on `|` outside quotes and /regex/ literals. */
function splitCommands(query: string): string[] {
  const parts: string[] = []
  let current = ''
  let quote: string | undefined
  for (let i = 0; i < query.length; i++) {
    const c = query.charAt(i)
    if (quote && c === '\\') {
      current += c + query.charAt(++i)
      continue
    }
    if (quote) {
      if (c === quote) quote = undefined
    } else if (c === '"' || c === "'" || c === '/') quote = c
    else if (c === '|') {
      parts.push(current.trim())
      current = ''
      continue
    }
    current += c
  }
  parts.push(current.trim())
  return parts.filter((p) => p !== '')
}

function parseFilter(body: string): Predicate {
  const like =
    /^([@\w.]+)\s+(not\s+)?like\s+(?:\/((?:[^/\\]|\\.)*)\/([a-z]*)|"((?:[^"\\]|\\.)*)")$/i.exec(
      body
    )
  if (like) {
    const [, field = '', not, source, flags, literal] = like
    const test =
      source !== undefined
        ? (v: string) => new RegExp(source, flags).test(v)
        : (v: string) => v.includes(literal ?? '')
    return (row) => test(row[field] ?? '') !== Boolean(not)
  }
  const compare = /^([@\w.]+)\s*(!?=)\s*(?:"((?:[^"\\]|\\.)*)"|'([^']*)'|(-?\d+(?:\.\d+)?))$/.exec(
    body
  )
  if (compare) {
    const [, field = '', op, dq, sq, num] = compare
    const expected = dq ?? sq ?? num ?? ''
    const equal = (v: string | undefined) =>
      num !== undefined ? Number(v) === Number(num) : v === expected
    return (row) => equal(row[field]) === (op === '=')
  }
  throw malformed(`the stand-in does not support this filter: ${body}`)
}

function parseInsightsQuery(queryString: string): Query {
  const query: Query = { filters: [] }
  for (const command of splitCommands(queryString)) {
    const [, verb = '', rest = ''] = /^(\w+)\s*([\s\S]*)$/.exec(command) ?? []
    switch (verb.toLowerCase()) {
      case 'fields':
        query.fields = [...(query.fields ?? []), ...rest.split(',').map((f) => f.trim())]
        break
      case 'filter':
        query.filters.push(parseFilter(rest.trim()))
        break
      case 'sort': {
        const sort = /^([@\w.]+)(?:\s+(asc|desc))?$/i.exec(rest.trim())
        if (!sort?.[1]) throw malformed(`bad sort: ${command}`)
        query.sort = { field: sort[1], desc: sort[2]?.toLowerCase() === 'desc' }
        break
      }
      case 'limit': {
        const limit = Number(rest.trim())
        if (!Number.isInteger(limit) || limit < 1 || limit > 10_000)
          throw malformed(`bad limit: ${command}`)
        query.limit = limit
        break
      }
      default:
        throw malformed(`the stand-in does not support the command: ${command}`)
    }
  }
  return query
}

const insightsTime = (ms: number) => new Date(ms).toISOString().replace('T', ' ').replace('Z', '')

function flatten(value: unknown, prefix: string, into: Row): void {
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    for (const [k, v] of Object.entries(value)) flatten(v, prefix ? `${prefix}.${k}` : k, into)
  } else if (prefix) into[prefix] = typeof value === 'string' ? value : JSON.stringify(value)
}

function toRow(event: LogEvent, accountId: string): Row {
  const row: Row = {}
  try {
    flatten(JSON.parse(event.message), '', row)
  } catch {
    // Not JSON: only the built-in fields.
  }
  return Object.assign(row, {
    '@timestamp': insightsTime(event.timestamp),
    '@message': event.message,
    '@logStream': event.logStreamName,
    '@log': `${accountId}:${event.group}`,
    '@ingestionTime': insightsTime(event.ingestionTime),
    '@ptr': Buffer.from(`${event.group}|${event.logStreamName}|${event.eventId}`).toString('base64')
  })
}

function compareRows(field: string) {
  return (a: Row, b: Row): number => {
    const x = a[field] ?? ''
    const y = b[field] ?? ''
    const nx = Number(x)
    const ny = Number(y)
    return x !== '' && y !== '' && !Number.isNaN(nx) && !Number.isNaN(ny)
      ? nx - ny
      : Number(x > y) - Number(x < y)
  }
}

// --- the service ---------------------------------------------------------------------------

export function createLogsService(options: LogsOptions = {}): {
  service: JsonService
  control: LogsControl
} {
  const now = options.now ?? (() => new Date())
  const region = options.region ?? 'us-east-1'
  const accountId = options.accountId ?? '123456789012'
  const pollsToComplete = options.pollsToComplete ?? 2
  const groups = new Map<string, LogGroup>()
  const queries: QueryRecord[] = []
  const results = new Map<string, { rows: Row[]; statistics: Record<string, number> }>()
  let eventCount = 0
  const detectors = new Map<string, AnomalyDetector & { anomalyDetectorArn: string }>()
  const anomalies: Anomaly[] = []

  const groupArn = (name: string) => `arn:aws:logs:${region}:${accountId}:log-group:${name}`
  /** A log group's ARN (without the trailing `:*`) from its name or either form of ARN. */
  const toGroupArn = (identifier: string) =>
    identifier.startsWith('arn:') ? identifier.replace(/:\*$/, '') : groupArn(identifier)

  function createLogGroup(name: string, opts: { retentionInDays?: number } = {}): LogGroup {
    const existing = groups.get(name)
    if (existing) return existing
    const group: LogGroup = { creationTime: now().getTime(), streams: new Map(), ...opts }
    groups.set(name, group)
    return group
  }

  // Accepts a name or an ARN (with or without the trailing `:*`).
  function findGroup(identifier: string): LogGroup & { name: string } {
    const name =
      /^arn:[^:]+:logs:[^:]*:[^:]*:log-group:(.+?)(?::\*)?$/.exec(identifier)?.[1] ?? identifier
    const group = groups.get(name)
    if (!group) throw notFound('The specified log group does not exist.')
    return { ...group, name }
  }

  function filterLogEvents(input: Record<string, unknown>) {
    const { logGroupName, logGroupIdentifier, logStreamNames, logStreamNamePrefix } = input as {
      logGroupName?: string
      logGroupIdentifier?: string
      logStreamNames?: string[]
      logStreamNamePrefix?: string
    }
    if ((logGroupName === undefined) === (logGroupIdentifier === undefined))
      throw invalid('Specify exactly one of logGroupName and logGroupIdentifier')
    if (logStreamNames && logStreamNamePrefix !== undefined)
      throw invalid('logStreamNames and logStreamNamePrefix cannot be used together')
    const group = findGroup(logGroupName ?? logGroupIdentifier ?? '')
    const limit = checkLimit(input.limit, 10_000)
    const start = (input.startTime as number | undefined) ?? -Infinity
    const end = (input.endTime as number | undefined) ?? Infinity
    const matches = compileFilterPattern(input.filterPattern as string | undefined)

    const streams = [...group.streams.keys()].filter(
      (s) =>
        (!logStreamNames || logStreamNames.includes(s)) &&
        (logStreamNamePrefix === undefined || s.startsWith(logStreamNamePrefix))
    )
    const events = streams
      .flatMap((s) => group.streams.get(s) ?? [])
      .filter((e) => e.timestamp >= start && e.timestamp <= end && matches(e.message))
      .sort((a, b) => a.timestamp - b.timestamp || a.eventId.localeCompare(b.eventId))
    const { page, nextToken } = pageOf(events, limit, paging('FilterLogEvents', input.nextToken))
    return {
      events: page.map(({ logStreamName, timestamp, message, ingestionTime, eventId }) => ({
        logStreamName,
        timestamp,
        message,
        ingestionTime,
        eventId
      })),
      searchedLogStreams: streams.map((logStreamName) => ({
        logStreamName,
        searchedCompletely: true
      })),
      nextToken
    }
  }

  function describeLogGroups(input: Record<string, unknown>) {
    const prefix = input.logGroupNamePrefix as string | undefined
    const pattern = input.logGroupNamePattern as string | undefined
    if (prefix !== undefined && pattern !== undefined)
      throw invalid('logGroupNamePrefix and logGroupNamePattern cannot be used together')
    const limit = checkLimit(input.limit, 50)
    const names = [...groups.keys()]
      .filter((n) => (prefix === undefined || n.startsWith(prefix)) && n.includes(pattern ?? ''))
      .sort()
    const { page, nextToken } = pageOf(names, limit, paging('DescribeLogGroups', input.nextToken))
    return {
      logGroups: page.map((name) => {
        const g = groups.get(name)
        const events = [...(g?.streams.values() ?? [])].flat()
        return {
          logGroupName: name,
          creationTime: g?.creationTime,
          retentionInDays: g?.retentionInDays,
          metricFilterCount: 0,
          arn: `${groupArn(name)}:*`,
          logGroupArn: groupArn(name),
          storedBytes: events.reduce((n, e) => n + Buffer.byteLength(e.message), 0),
          logGroupClass: 'STANDARD'
        }
      }),
      nextToken
    }
  }

  // Runs the whole query at start: results are a snapshot, revealed once the status is Complete.
  function startQuery(input: Record<string, unknown>) {
    const { logGroupName, logGroupNames, logGroupIdentifiers, queryString } = input as {
      logGroupName?: string
      logGroupNames?: string[]
      logGroupIdentifiers?: string[]
      queryString?: string
    }
    const identifiers = [logGroupName, logGroupNames, logGroupIdentifiers].filter(
      (x) => x !== undefined
    )
    if (identifiers.length !== 1)
      throw invalid('Specify exactly one of logGroupName, logGroupNames and logGroupIdentifiers')
    const targets = identifiers.flat().map(findGroup)
    const startTime = input.startTime as number
    const endTime = input.endTime as number
    if (endTime < startTime) throw invalid('endTime must not be before startTime')
    const query = parseInsightsQuery(queryString ?? '')

    const scanned = targets
      .flatMap((g) => [...g.streams.values()].flat())
      .filter((e) => e.timestamp >= startTime * 1000 && e.timestamp < (endTime + 1) * 1000)
    let rows = scanned
      .sort((a, b) => b.timestamp - a.timestamp)
      .map((e) => toRow(e, accountId))
      .filter((row) => query.filters.every((f) => f(row)))
    const matched = rows.length
    if (query.sort) {
      const { field, desc } = query.sort
      const compare = compareRows(field)
      rows = rows.sort((a, b) => (desc ? compare(b, a) : compare(a, b)))
    }
    const limit = Math.min(query.limit ?? 10_000, checkLimit(input.limit, 10_000))
    const fields = query.fields ?? ['@timestamp', '@message', '@logStream', '@log']
    rows = rows.slice(0, limit).map((row) => {
      const picked: Row = {}
      for (const f of [...fields, '@ptr']) if (row[f] !== undefined) picked[f] = row[f]
      return picked
    })

    const queryId = `00000000-0000-4000-8000-${String(queries.length + 1).padStart(12, '0')}`
    queries.push({
      queryId,
      queryString: queryString ?? '',
      logGroupNames: targets.map((g) => g.name),
      startTime,
      endTime,
      status: 'Scheduled',
      polls: 0
    })
    results.set(queryId, {
      rows,
      statistics: {
        recordsMatched: matched,
        recordsScanned: scanned.length,
        bytesScanned: scanned.reduce((n, e) => n + Buffer.byteLength(e.message), 0)
      }
    })
    return { queryId }
  }

  function findQuery(queryId: unknown): QueryRecord {
    const query = queries.find((q) => q.queryId === queryId)
    if (!query) throw notFound(`Query ${String(queryId)} does not exist`)
    return query
  }

  function getQueryResults(input: Record<string, unknown>) {
    const query = findQuery(input.queryId)
    if (query.status === 'Scheduled' || query.status === 'Running') {
      query.polls++
      query.status = query.polls >= pollsToComplete ? 'Complete' : 'Running'
    }
    const done = query.status === 'Complete'
    const result = results.get(query.queryId)
    return {
      queryLanguage: 'CWLI',
      status: query.status,
      results: done
        ? (result?.rows ?? []).map((row) =>
            Object.entries(row).map(([field, value]) => ({ field, value }))
          )
        : [],
      statistics: done
        ? result?.statistics
        : { recordsMatched: 0, recordsScanned: 0, bytesScanned: 0 }
    }
  }

  function stopQuery(input: Record<string, unknown>) {
    const query = findQuery(input.queryId)
    if (query.status !== 'Scheduled' && query.status !== 'Running')
      throw invalid(`Query ${query.queryId} is not running`)
    query.status = 'Cancelled'
    return { success: true }
  }

  function listLogAnomalyDetectors(input: Record<string, unknown>) {
    const group = input.filterLogGroupArn as string | undefined
    const limit = checkLimit(input.limit, 50)
    const list = [...detectors.values()].filter(
      (d) => group === undefined || (d.logGroupArnList ?? []).includes(toGroupArn(group))
    )
    const { page, nextToken } = pageOf(
      list,
      limit,
      paging('ListLogAnomalyDetectors', input.nextToken)
    )
    return { anomalyDetectors: page, nextToken }
  }

  function listAnomalies(input: Record<string, unknown>) {
    const detector = input.anomalyDetectorArn as string | undefined
    const state = input.suppressionState
    if (detector !== undefined && !detectors.has(detector))
      throw notFound(`The anomaly detector ${detector} does not exist.`)
    if (state !== undefined && state !== 'SUPPRESSED' && state !== 'UNSUPPRESSED')
      throw invalid(`suppressionState must be SUPPRESSED or UNSUPPRESSED`)
    const limit = checkLimit(input.limit, 50)
    const list = anomalies.filter(
      (a) =>
        (detector === undefined || a.anomalyDetectorArn === detector) &&
        (state === undefined || (a.suppressed === true) === (state === 'SUPPRESSED'))
    )
    const { page, nextToken } = pageOf(list, limit, paging('ListAnomalies', input.nextToken))
    return { anomalies: page, nextToken }
  }

  const service: JsonService = {
    targetPrefix: 'Logs_20140328',
    jsonVersion: '1.1',
    accessDenied: { iamPrefix: 'logs' },
    handle(operation, input) {
      switch (operation) {
        case 'FilterLogEvents':
          return filterLogEvents(input)
        case 'DescribeLogGroups':
          return describeLogGroups(input)
        case 'StartQuery':
          return startQuery(input)
        case 'GetQueryResults':
          return getQueryResults(input)
        case 'StopQuery':
          return stopQuery(input)
        case 'ListLogAnomalyDetectors':
          return listLogAnomalyDetectors(input)
        case 'ListAnomalies':
          return listAnomalies(input)
        default:
          return undefined
      }
    }
  }

  const control: LogsControl = {
    createLogGroup(name, opts) {
      createLogGroup(name, opts)
    },
    putLogEvents(group, stream, events) {
      const streams = createLogGroup(group).streams
      const list = streams.get(stream) ?? []
      for (const e of events) {
        const timestamp = e.timestamp instanceof Date ? e.timestamp.getTime() : e.timestamp
        list.push({
          group,
          logStreamName: stream,
          timestamp,
          // Deterministic: ingested the moment it happened.
          ingestionTime: timestamp,
          message: e.message,
          eventId: String(++eventCount).padStart(20, '0')
        })
      }
      streams.set(stream, list)
    },
    queries,
    setQueryStatus(queryId, status) {
      findQuery(queryId).status = status
    },
    createLogAnomalyDetector({ logGroups, ...fields }) {
      const at = now().getTime()
      const id = `de7ec700-0000-4000-8000-${String(detectors.size + 1).padStart(12, '0')}`
      const anomalyDetectorArn = `arn:aws:logs:${region}:${accountId}:anomaly-detector:${id}`
      detectors.set(anomalyDetectorArn, {
        anomalyDetectorArn,
        logGroupArnList: logGroups.map(toGroupArn),
        evaluationFrequency: 'FIVE_MIN',
        anomalyDetectorStatus: 'ANALYZING',
        creationTimeStamp: at,
        lastModifiedTimeStamp: at,
        anomalyVisibilityTime: 21,
        ...fields
      })
      return anomalyDetectorArn
    },
    putAnomaly({ firstSeen, lastSeen, ...fields }) {
      const detector = detectors.get(fields.anomalyDetectorArn)
      if (!detector) throw new Error(`no anomaly detector ${fields.anomalyDetectorArn}`)
      const at = now().getTime()
      const millis = (t: Date | number) => (t instanceof Date ? t.getTime() : t)
      const last = millis(lastSeen ?? at)
      const suppressed = fields.suppressed ?? false
      const anomaly: Anomaly = {
        anomalyId: `a0000000-0000-4000-8000-${String(anomalies.length + 1).padStart(12, '0')}`,
        patternId: createHash('md5').update(fields.patternString).digest('hex'),
        firstSeen: millis(firstSeen ?? last),
        lastSeen: last,
        active: true,
        state: suppressed ? 'Suppressed' : 'Active',
        histogram: { [String(last)]: 1 },
        logSamples: [],
        patternTokens: [],
        logGroupArnList: detector.logGroupArnList ?? [],
        suppressed,
        ...(suppressed ? { suppressedDate: at, suppressedUntil: 0 } : {}),
        ...fields
      }
      anomalies.push(anomaly)
      return structuredClone(anomaly)
    }
  }
  return { service, control }
}
