// The AWS wire protocols the pinned SDK v3 clients speak, for stand-ins:
// - JSON 1.0 / 1.1 (SSM, CloudWatch Logs, CloudWatch in this SDK version): POST / with
//   `X-Amz-Target: <Prefix>.<Operation>` and a JSON body; errors carry `x-amzn-errortype`
//   and `{"__type", "message"}`.
// - REST-JSON (Bedrock Runtime): routes by method and path; errors carry `x-amzn-errortype`.
// One loopback server hosts every AWS stand-in; each service claims its target prefix or paths.
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
  /** Answers requests it owns (by path); returns undefined for others. */
  handleRest(
    req: StandInRequest
  ): StandInResponse | undefined | Promise<StandInResponse | undefined>
}

export interface AwsRecordedCall {
  service: string
  operation: string
  input: unknown
  status: number
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

export interface AwsServer extends RunningServer {
  /** Every call answered, in order: service, operation, input, status and error type. */
  calls: AwsRecordedCall[]
}

export async function startAwsServer(
  json: readonly JsonService[],
  rest: readonly RestService[]
): Promise<AwsServer> {
  const calls: AwsRecordedCall[] = []
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
      try {
        const output = await service.handle(operation, input, req)
        if (output === undefined)
          throw new AwsError(
            'UnknownOperationException',
            `the ${prefix} stand-in does not serve ${operation}`
          )
        calls.push({ service: prefix, operation, input, status: 200 })
        return { status: 200, headers: { 'content-type': contentType }, body: output }
      } catch (error) {
        if (!(error instanceof AwsError)) throw error
        calls.push({
          service: prefix,
          operation,
          input,
          status: error.status,
          errorType: error.type
        })
        return errorResponse(error, contentType)
      }
    }
    for (const service of rest) {
      try {
        const answer = await service.handleRest(req)
        if (answer) return answer
      } catch (error) {
        if (!(error instanceof AwsError)) throw error
        return errorResponse(error, 'application/json')
      }
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
  return { ...server, calls }
}
