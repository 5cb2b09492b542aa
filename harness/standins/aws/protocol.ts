// The AWS wire protocols the pinned SDK v3 clients speak, for stand-ins:
// - JSON 1.0 / 1.1 (SSM, CloudWatch Logs, ECS, Resource Groups Tagging, CloudWatch in this SDK
//   version): POST / with `X-Amz-Target: <Prefix>.<Operation>` and a JSON body; errors carry
//   `x-amzn-errortype` and `{"__type", "message"}`.
// - REST-JSON (Bedrock Runtime): routes by method and path; errors carry `x-amzn-errortype`.
// - AWS Query (Auto Scaling): POST / with a form-encoded body (`Action=<Operation>&Version=<api
//   version>&Names.member.1=…`); answers are XML (`<OpResponse><OpResult>…`), errors
//   `<ErrorResponse><Error><Type/><Code/><Message/></Error>`. Routed by `Version`.
// One loopback server hosts every AWS stand-in; each service claims its target prefix, paths or
// API version. The server records every call it answers (input, status, body sent or error type)
// and injects faults: any service error (`fail`) or IAM's refusal in each service's shape
// (`denyAccess`).
import { randomUUID } from 'node:crypto'
import {
  startServer,
  type RunningServer,
  type StandInRequest,
  type StandInResponse
} from '../http.js'

/** Throw from a handler to answer with an AWS error (as the service would). */
export class AwsError extends Error {
  constructor(
    readonly type: string,
    message: string,
    readonly status = 400,
    readonly headers: Record<string, string> = {},
    /** Members of the error shape beyond the message (DynamoDB's `Item` on a failed condition). */
    readonly members: Record<string, unknown> = {}
  ) {
    super(message)
  }
}

/**
 * How a service answers a call IAM refuses (see `AwsServer.denyAccess`). The type and status
 * default by protocol: `AccessDeniedException` 400 (JSON), 403 (REST), `AccessDenied` 403 (Query).
 */
export interface AccessDenied {
  /** IAM's service prefix, e.g. `ecs`: the message names the action `ecs:<Operation>`. */
  iamPrefix: string
  /** Actions not named after their operation, e.g. `{ Converse: 'InvokeModel' }`. */
  iamActions?: Record<string, string>
  type?: string
  status?: number
  /** e.g. CloudWatch's `x-amzn-query-error: AccessDenied;Sender`. */
  headers?: Record<string, string>
}

export interface JsonService {
  /** `X-Amz-Target` prefix, e.g. `AmazonSSM` or `Logs_20140328`. */
  targetPrefix: string
  /** `1.0` or `1.1`: the content type the service answers with. */
  jsonVersion: '1.0' | '1.1'
  accessDenied?: AccessDenied
  /** Answers one operation; throw AwsError for service errors. Unknown operations: return undefined. */
  handle(operation: string, input: Record<string, unknown>, req: StandInRequest): unknown
}

export interface RestService {
  /** Service name in recorded calls, e.g. `bedrock-runtime`. */
  name: string
  accessDenied?: AccessDenied
  /** The operation a request is for (e.g. `Converse`), or undefined if the service does not own it. */
  operation(req: StandInRequest): string | undefined
  /** Answers a request `operation` named; throw AwsError for service errors. */
  handleRest(operation: string, req: StandInRequest): StandInResponse | Promise<StandInResponse>
}

export interface QueryService {
  /** Service name in recorded calls and faults, e.g. `autoscaling`. */
  name: string
  /** The API version clients send as `Version=` (it routes the request), e.g. `2011-01-01`. */
  version: string
  /** The XML namespace of answers, e.g. `http://autoscaling.amazonaws.com/doc/2011-01-01/`. */
  xmlNamespace: string
  accessDenied?: AccessDenied
  /** Members whose XML name differs (`smithy.api#xmlName`), e.g. `{ References: 'Reference' }`. */
  xmlNames?: Record<string, string>
  /**
   * Answers one action with its result (sent as `<Operation>Result`); throw AwsError (type = the
   * error code) for service errors. Unknown actions: return undefined. `input` is the form
   * decoded by `decodeQueryForm`: every value a string.
   */
  handle(operation: string, input: Record<string, unknown>, req: StandInRequest): unknown
}

export interface AwsRecordedCall {
  /** The JSON target prefix (e.g. `AmazonSSM`), the REST or the Query service's name. */
  service: string
  operation: string
  /** The request's JSON body (a REST body that is not JSON: its text; a Query form: decoded). */
  input: unknown
  status: number
  /** The response body sent, as the client receives it (Query: the XML text; absent for errors). */
  output?: unknown
  errorType?: string
}

/** Dates become epoch seconds, the JSON protocols' default timestamp format. */
export function jsonTimestamps(value: unknown): unknown {
  if (value instanceof Date) return value.getTime() / 1000
  if (Array.isArray(value)) return value.map(jsonTimestamps)
  if (typeof value === 'object' && value !== null)
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, jsonTimestamps(v)]))
  return value
}

// --- AWS Query ---------------------------------------------------------------------------

/**
 * A Query form as the value it encodes, without `Action` and `Version`: `A.member.1.B=x` becomes
 * `{ A: [{ B: 'x' }] }`. Values stay strings; an empty list arrives as `A=` (the empty string).
 */
export function decodeQueryForm(form: URLSearchParams): Record<string, unknown> {
  const root: Record<string, unknown> = {}
  for (const [key, value] of form) {
    if (key === 'Action' || key === 'Version') continue
    // `member.N` (lists) and `entry.N` (maps, as `{ key, value }` items) are positions.
    const path: (string | number)[] = []
    const segments = key.split('.')
    for (let i = 0; i < segments.length; i++) {
      const segment = segments[i] ?? ''
      const position = segments[i + 1] ?? ''
      if ((segment === 'member' || segment === 'entry') && /^\d+$/.test(position)) {
        path.push(Number(position) - 1)
        i++
      } else path.push(segment)
    }
    let node: Record<string | number, unknown> = root
    path.forEach((segment, i) => {
      const following = path[i + 1]
      if (following === undefined) {
        node[segment] = value
        return
      }
      node[segment] ??= typeof following === 'number' ? [] : {}
      node = node[segment] as Record<string | number, unknown>
    })
  }
  return root
}

const escapeXml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c] ?? c
  )

/**
 * A value as awsQuery XML: members as elements, list items as `<member>`, Dates as ISO 8601.
 * `xmlNames` renames members the model gives another XML name (`smithy.api#xmlName`).
 */
export function toQueryXml(value: unknown, xmlNames: Record<string, string> = {}): string {
  if (value === undefined || value === null) return ''
  if (value instanceof Date) return value.toISOString()
  if (Array.isArray(value))
    return value.map((item) => `<member>${toQueryXml(item, xmlNames)}</member>`).join('')
  if (typeof value === 'object')
    return Object.entries(value)
      .filter(([, v]) => v !== undefined && v !== null)
      .map(([k, v]) => {
        const name = xmlNames[k] ?? k
        return `<${name}>${toQueryXml(v, xmlNames)}</${name}>`
      })
      .join('')
  return typeof value === 'string' ? escapeXml(value) : JSON.stringify(value)
}

function queryResponse(service: QueryService, operation: string, result: unknown): StandInResponse {
  const body =
    `<${operation}Response xmlns="${service.xmlNamespace}">` +
    `<${operation}Result>${toQueryXml(result, service.xmlNames)}</${operation}Result>` +
    `<ResponseMetadata><RequestId>${randomUUID()}</RequestId></ResponseMetadata>` +
    `</${operation}Response>`
  return { status: 200, headers: { 'content-type': 'text/xml' }, body }
}

function queryErrorResponse(error: AwsError, xmlNamespace: string): StandInResponse {
  const type = error.status >= 500 ? 'Receiver' : 'Sender'
  const body =
    `<ErrorResponse xmlns="${xmlNamespace}"><Error><Type>${type}</Type>` +
    `<Code>${escapeXml(error.type)}</Code><Message>${escapeXml(error.message)}</Message>` +
    `</Error><RequestId>${randomUUID()}</RequestId></ErrorResponse>`
  return { status: error.status, headers: { 'content-type': 'text/xml', ...error.headers }, body }
}

const isQueryRequest = (req: StandInRequest) =>
  req.method === 'POST' &&
  (req.headers['content-type'] ?? '').startsWith('application/x-www-form-urlencoded')

function errorResponse(error: AwsError, contentType: string): StandInResponse {
  return {
    status: error.status,
    headers: { 'content-type': contentType, 'x-amzn-errortype': error.type, ...error.headers },
    body: { __type: error.type, message: error.message, ...error.members }
  }
}

function parseJson(body: Buffer): Record<string, unknown> {
  if (body.length === 0) return {}
  const value = JSON.parse(body.toString('utf8')) as unknown
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {}
}

/** A body as the client receives it: an object as its JSON (undefined members dropped). */
function asSent(body: unknown): unknown {
  if (body === undefined || Buffer.isBuffer(body) || typeof body === 'string') return body
  return JSON.parse(JSON.stringify(body)) as unknown
}

/** A REST request body: its JSON, else its text; undefined when empty. */
function restInput(body: Buffer): unknown {
  if (body.length === 0) return undefined
  const text = body.toString('utf8')
  try {
    return JSON.parse(text) as unknown
  } catch {
    return text
  }
}

export interface AwsServer extends RunningServer {
  /** Every call answered, in order: service, operation, input, status, output or error type. */
  calls: AwsRecordedCall[]
  /**
   * Makes the next `times` calls of an operation (e.g. `GetMetricData`) fail with a service
   * error, as throttling or a missing IAM permission would; the SDK sees the real error shape.
   * Where several stand-ins serve an operation of that name, prefix the service as calls record
   * it: `GraniteServiceVersion20100801.ListTagsForResource`, `autoscaling.<Operation>`.
   * `when` limits it to calls whose input matches (one log group of several read at once).
   */
  fail(
    operation: string,
    error: { type: string; status?: number; message?: string; headers?: Record<string, string> },
    times?: number,
    when?: (input: unknown) => boolean
  ): void
  /**
   * Makes the next `times` calls of an operation fail as IAM refuses a call the role may not
   * make, in the shape of the service that owns it: `AccessDeniedException` (JSON protocols),
   * `AccessDenied` in `x-amzn-query-error` (CloudWatch), `<Code>AccessDenied</Code>` (Auto
   * Scaling). The message names the IAM action, e.g. `ecs:DescribeServices`. `operation` and
   * `when` as for `fail`.
   */
  denyAccess(operation: string, times?: number, when?: (input: unknown) => boolean): void
}

/** IAM's refusal of `operation`, shaped as `denied` says or else as `defaults` (the protocol's). */
function accessDeniedError(
  operation: string,
  denied: AccessDenied,
  defaults: { type: string; status: number }
): AwsError {
  const action = `${denied.iamPrefix}:${denied.iamActions?.[operation] ?? operation}`
  return new AwsError(
    denied.type ?? defaults.type,
    `User: arn:aws:sts::123456789012:assumed-role/opsloop/stand-in is not authorized to perform: ` +
      `${action} because no identity-based policy allows the ${action} action`,
    denied.status ?? defaults.status,
    denied.headers
  )
}

export async function startAwsServer(
  json: readonly JsonService[],
  rest: readonly RestService[],
  query: readonly QueryService[] = []
): Promise<AwsServer> {
  const calls: AwsRecordedCall[] = []
  const faults: {
    operation: string
    error: (denied: () => AwsError) => AwsError
    remaining: number
    when?: (input: unknown) => boolean
  }[] = []
  /** Throws the first pending fault for this call; `denied` makes the service's refusal. */
  const injected = (
    call: { service: string; operation: string; input: unknown },
    denied: () => AwsError
  ): void => {
    const { service, operation, input } = call
    const fault = faults.find(
      (f) =>
        (f.operation === operation || f.operation === `${service}.${operation}`) &&
        f.remaining > 0 &&
        (f.when?.(input) ?? true)
    )
    if (!fault) return
    fault.remaining--
    throw fault.error(denied)
  }

  // Answers one operation and records the call; an AwsError becomes the service's error response.
  async function answer(
    call: { service: string; operation: string; input: unknown },
    errorResponseOf: (error: AwsError) => StandInResponse,
    respond: () => StandInResponse | Promise<StandInResponse>
  ): Promise<StandInResponse> {
    try {
      const response = await respond()
      calls.push({ ...call, status: response.status, output: asSent(response.body) })
      return response
    } catch (error) {
      if (!(error instanceof AwsError)) throw error
      calls.push({ ...call, status: error.status, errorType: error.type })
      return errorResponseOf(error)
    }
  }

  function answerJson(
    target: string,
    req: StandInRequest
  ): Promise<StandInResponse> | StandInResponse {
    const [prefix = '', operation = ''] = target.split('.')
    const service = json.find((s) => s.targetPrefix === prefix)
    const contentType = `application/x-amz-json-${service?.jsonVersion ?? '1.1'}`
    const asError = (error: AwsError) => errorResponse(error, contentType)
    if (!service)
      return asError(new AwsError('UnknownOperationException', `no stand-in serves ${target}`))
    let input: Record<string, unknown>
    try {
      input = parseJson(req.body)
    } catch {
      return asError(new AwsError('SerializationException', 'request body is not valid JSON'))
    }
    const call = { service: prefix, operation, input }
    return answer(call, asError, async () => {
      injected(call, () =>
        accessDeniedError(operation, service.accessDenied ?? { iamPrefix: prefix }, {
          type: 'AccessDeniedException',
          status: 400
        })
      )
      const output = await service.handle(operation, input, req)
      if (output === undefined)
        throw new AwsError(
          'UnknownOperationException',
          `the ${prefix} stand-in does not serve ${operation}`
        )
      return { status: 200, headers: { 'content-type': contentType }, body: output }
    })
  }

  function answerQuery(req: StandInRequest): Promise<StandInResponse> | StandInResponse {
    const form = new URLSearchParams(req.body.toString('utf8'))
    const operation = form.get('Action') ?? ''
    const version = form.get('Version') ?? ''
    const service = query.find((s) => s.version === version)
    if (!service)
      return queryErrorResponse(
        new AwsError('InvalidAction', `no stand-in serves ${operation} of API version ${version}`),
        ''
      )
    const asError = (error: AwsError) => queryErrorResponse(error, service.xmlNamespace)
    const call = { service: service.name, operation, input: decodeQueryForm(form) }
    return answer(call, asError, async () => {
      injected(call, () =>
        accessDeniedError(operation, service.accessDenied ?? { iamPrefix: service.name }, {
          type: 'AccessDenied',
          status: 403
        })
      )
      const result = await service.handle(operation, call.input, req)
      if (result === undefined)
        throw new AwsError(
          'InvalidAction',
          `The action ${operation} is not valid for the ${service.name} stand-in`
        )
      return queryResponse(service, operation, result)
    })
  }

  const server = await startServer(async (req) => {
    const target = req.headers['x-amz-target']
    if (typeof target === 'string') return answerJson(target, req)
    if (isQueryRequest(req)) return answerQuery(req)
    for (const service of rest) {
      const operation = service.operation(req)
      if (operation === undefined) continue
      const call = { service: service.name, operation, input: restInput(req.body) }
      return answer(
        call,
        (error) => errorResponse(error, 'application/json'),
        () => {
          injected(call, () =>
            accessDeniedError(operation, service.accessDenied ?? { iamPrefix: service.name }, {
              type: 'AccessDeniedException',
              status: 403
            })
          )
          return service.handleRest(operation, req)
        }
      )
    }
    return errorResponse(
      new AwsError(
        'UnknownOperationException',
        `no stand-in serves ${req.method} ${req.path}`,
        404
      ),
      'application/json'
    )
  })
  const addFault = (
    operation: string,
    error: (denied: () => AwsError) => AwsError,
    times: number,
    when?: (input: unknown) => boolean
  ) => {
    faults.push({ operation, error, remaining: times, ...(when ? { when } : {}) })
  }
  return {
    ...server,
    calls,
    fail(
      operation,
      { type, status = 400, message = `${type} (injected)`, headers },
      times = 1,
      when
    ) {
      const error = new AwsError(type, message, status, headers)
      addFault(operation, () => error, times, when)
    },
    denyAccess(operation, times = 1, when) {
      addFault(operation, (denied) => denied(), times, when)
    }
  }
}
