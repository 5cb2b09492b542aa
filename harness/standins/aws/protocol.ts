// The AWS wire protocols the pinned SDK v3 clients speak, for stand-ins:
// - JSON 1.0 / 1.1 (SSM, CloudWatch Logs, CloudWatch in this SDK version): POST / with
//   `X-Amz-Target: <Prefix>.<Operation>` and a JSON body; errors carry `x-amzn-errortype`
//   and `{"__type", "message"}`.
// - REST-JSON (Bedrock Runtime): routes by method and path; errors carry `x-amzn-errortype`.
// One loopback server hosts every AWS stand-in; each service claims its target prefix or paths.
// The server records every call it answers (input, status, body sent or error type) for tests.
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
    readonly headers: Record<string, string> = {}
  ) {
    super(message)
  }
}

export interface JsonService {
  /** `X-Amz-Target` prefix, e.g. `AmazonSSM` or `Logs_20140328`. */
  targetPrefix: string
  /** `1.0` or `1.1`: the content type the service answers with. */
  jsonVersion: '1.0' | '1.1'
  /** Answers one operation; throw AwsError for service errors. Unknown operations: return undefined. */
  handle(operation: string, input: Record<string, unknown>, req: StandInRequest): unknown
}

export interface RestService {
  /** Service name in recorded calls, e.g. `bedrock-runtime`. */
  name: string
  /** The operation a request is for (e.g. `Converse`), or undefined if the service does not own it. */
  operation(req: StandInRequest): string | undefined
  /** Answers a request `operation` named; throw AwsError for service errors. */
  handleRest(operation: string, req: StandInRequest): StandInResponse | Promise<StandInResponse>
}

export interface AwsRecordedCall {
  /** The JSON target prefix (e.g. `AmazonSSM`) or the REST service's name. */
  service: string
  operation: string
  /** The request's JSON body (a REST body that is not JSON: its text). */
  input: unknown
  status: number
  /** The response body sent, as the client receives it (absent for errors). */
  output?: unknown
  errorType?: string
}

function errorResponse(error: AwsError, contentType: string): StandInResponse {
  return {
    status: error.status,
    headers: { 'content-type': contentType, 'x-amzn-errortype': error.type, ...error.headers },
    body: { __type: error.type, message: error.message }
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
   * `when` limits it to calls whose input matches (one log group of several read at once).
   */
  fail(
    operation: string,
    error: { type: string; status?: number; message?: string },
    times?: number,
    when?: (input: unknown) => boolean
  ): void
}

export async function startAwsServer(
  json: readonly JsonService[],
  rest: readonly RestService[]
): Promise<AwsServer> {
  const calls: AwsRecordedCall[] = []
  const faults: {
    operation: string
    error: AwsError
    remaining: number
    when?: (input: unknown) => boolean
  }[] = []
  const injected = (operation: string, input: unknown): void => {
    const fault = faults.find(
      (f) => f.operation === operation && f.remaining > 0 && (f.when?.(input) ?? true)
    )
    if (!fault) return
    fault.remaining--
    throw fault.error
  }

  // Answers one operation and records the call; an AwsError becomes the service's error response.
  async function answer(
    call: { service: string; operation: string; input: unknown },
    errorContentType: string,
    respond: () => StandInResponse | Promise<StandInResponse>
  ): Promise<StandInResponse> {
    try {
      const response = await respond()
      calls.push({ ...call, status: response.status, output: asSent(response.body) })
      return response
    } catch (error) {
      if (!(error instanceof AwsError)) throw error
      calls.push({ ...call, status: error.status, errorType: error.type })
      return errorResponse(error, errorContentType)
    }
  }

  const server = await startServer(async (req) => {
    const target = req.headers['x-amz-target']
    if (typeof target === 'string') {
      const [prefix = '', operation = ''] = target.split('.')
      const service = json.find((s) => s.targetPrefix === prefix)
      const contentType = `application/x-amz-json-${service?.jsonVersion ?? '1.1'}`
      if (!service) {
        return errorResponse(
          new AwsError('UnknownOperationException', `no stand-in serves ${target}`),
          contentType
        )
      }
      let input: Record<string, unknown>
      try {
        input = parseJson(req.body)
      } catch {
        return errorResponse(
          new AwsError('SerializationException', 'request body is not valid JSON'),
          contentType
        )
      }
      return answer({ service: prefix, operation, input }, contentType, async () => {
        injected(operation, input)
        const output = await service.handle(operation, input, req)
        if (output === undefined)
          throw new AwsError(
            'UnknownOperationException',
            `the ${prefix} stand-in does not serve ${operation}`
          )
        return { status: 200, headers: { 'content-type': contentType }, body: output }
      })
    }
    for (const service of rest) {
      const operation = service.operation(req)
      if (operation === undefined) continue
      const call = { service: service.name, operation, input: restInput(req.body) }
      return answer(call, 'application/json', () => {
        injected(operation, call.input)
        return service.handleRest(operation, req)
      })
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
  return {
    ...server,
    calls,
    fail(operation, { type, status = 400, message = `${type} (injected)` }, times = 1, when) {
      faults.push({
        operation,
        error: new AwsError(type, message, status),
        remaining: times,
        ...(when ? { when } : {})
      })
    }
  }
}
