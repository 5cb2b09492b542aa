// Bedrock Runtime stand-in: `POST /model/{modelId}/converse` (REST-JSON) answering from replies
// that each test scripts, so triage code meets tool use, odd stop reasons, faults and slow models
// without a real model. Nothing is invented: an unscripted call fails loudly.
import type {
  ContentBlock,
  InferenceConfiguration,
  Message,
  StopReason,
  SystemContentBlock,
  TokenUsage,
  ToolConfiguration,
  ToolUseBlock
} from '@aws-sdk/client-bedrock-runtime'
import type { StandInRequest, StandInResponse } from '../http.js'
import { AwsError, type RestService } from './protocol.js'

/** Converse's modelled errors and their HTTP status. */
export const BEDROCK_FAULTS = {
  AccessDeniedException: 403,
  InternalServerException: 500,
  ModelErrorException: 424,
  ModelNotReadyException: 429,
  ModelTimeoutException: 408,
  ResourceNotFoundException: 404,
  ServiceUnavailableException: 503,
  ThrottlingException: 429,
  ValidationException: 400
} as const
export type BedrockFault = keyof typeof BEDROCK_FAULTS

/** One recorded Converse call, as sent on the wire (binary members stay base64 strings). */
export interface ConverseCall {
  modelId: string
  system?: SystemContentBlock[]
  messages: Message[]
  toolConfig?: ToolConfiguration
  inferenceConfig?: InferenceConfiguration
  /** The whole request body, for members not listed above. */
  body: Record<string, unknown>
}

export interface ReplyOptions {
  /** Answer only calls to this model id (exact match); otherwise any model. */
  model?: string
  /** Queue the same reply this many times (default 1). */
  times?: number
  /** Hold the response this long, to exercise client timeouts and aborts. Keep it small. */
  delayMs?: number
  stopReason?: StopReason
  usage?: Partial<TokenUsage>
  latencyMs?: number
}

type Reply =
  | {
      kind: 'message'
      content: (call: ConverseCall) => ContentBlock[]
      stopReason: StopReason
      options: ReplyOptions
    }
  | { kind: 'fault'; type: BedrockFault; message: string; options: ReplyOptions }

export interface BedrockControl {
  /** Every Converse call received, in order (faulted and unscripted ones too). */
  readonly requests: ConverseCall[]
  /**
   * Answer with one toolUse block (stopReason `tool_use`). `name` defaults to the tool forced by
   * `toolChoice`, else the only tool offered. `input` is sent as is: pass a wrong shape to test
   * validation of model output.
   */
  toolUse(input: unknown, options?: ReplyOptions & { name?: string; toolUseId?: string }): void
  /** Answer with one text block (stopReason `end_turn` unless given). */
  text(text: string, options?: ReplyOptions): void
  /** Answer with arbitrary content blocks, e.g. `[]` with stopReason `malformed_tool_use`. */
  reply(content: ContentBlock[], options: ReplyOptions & { stopReason: StopReason }): void
  /** Answer with a modelled error (e.g. `ThrottlingException` → HTTP 429). */
  fault(type: BedrockFault, options?: ReplyOptions & { message?: string }): void
  /** Replies not yet consumed (all models). */
  pending(): number
  /** Drop queued replies and recorded requests. */
  reset(): void
}

export interface BedrockOptions {
  /** Model ids the account can call; others get ValidationException as Bedrock answers. */
  models?: readonly string[]
}

const CONVERSE_PATH = /^\/model\/([^/]+)\/converse$/
const TOOL_NAME = /^[a-zA-Z0-9_-]{1,64}$/

// A rough, deterministic token estimate (≈4 characters a token) so usage is never zero.
const estimateTokens = (value: unknown): number => Math.ceil(JSON.stringify(value).length / 4)

function toCall(modelId: string, body: Record<string, unknown>): ConverseCall {
  return {
    modelId,
    system: body.system as SystemContentBlock[] | undefined,
    messages: (body.messages ?? []) as Message[],
    toolConfig: body.toolConfig as ToolConfiguration | undefined,
    inferenceConfig: body.inferenceConfig as InferenceConfiguration | undefined,
    body
  }
}

// The request checks Bedrock itself makes, so a wrong request fails here as it would in AWS.
function validate(call: ConverseCall, models: readonly string[] | undefined): void {
  const invalid = (message: string) => new AwsError('ValidationException', message, 400)
  if (models && !models.includes(call.modelId))
    throw invalid('The provided model identifier is invalid.')
  if (!Array.isArray(call.messages) || call.messages[0]?.role !== 'user')
    throw invalid('A conversation must start with a user message. Try again with a user message.')
  const tools = call.toolConfig?.tools ?? []
  const names = tools.map((t) => t.toolSpec?.name)
  for (const name of names)
    if (name === undefined || !TOOL_NAME.test(name))
      throw invalid(`Tool name ${String(name)} must match [a-zA-Z0-9_-]{1,64}.`)
  const forced = call.toolConfig?.toolChoice?.tool?.name
  if (forced !== undefined && !names.includes(forced))
    throw invalid(`toolChoice names ${forced}, which is not among the tools.`)
  const maxTokens = call.inferenceConfig?.maxTokens
  if (maxTokens !== undefined && maxTokens < 1) throw invalid('maxTokens must be at least 1.')
}

function defaultToolName(call: ConverseCall): string {
  const forced = call.toolConfig?.toolChoice?.tool?.name
  const tools = call.toolConfig?.tools ?? []
  const only = tools.length === 1 ? tools[0]?.toolSpec?.name : undefined
  const name = forced ?? only
  if (name === undefined)
    throw new Error('scripted toolUse has no name and the request forced no single tool')
  return name
}

export function createBedrockService(options: BedrockOptions = {}): {
  service: RestService
  control: BedrockControl
} {
  const requests: ConverseCall[] = []
  const queue: Reply[] = []
  let toolUseCount = 0

  const enqueue = (reply: Reply) => {
    for (let i = 0; i < (reply.options.times ?? 1); i++) queue.push(reply)
  }

  // A model-specific reply wins over a global one, whichever was queued first.
  const take = (modelId: string): Reply | undefined => {
    let index = queue.findIndex((r) => r.options.model === modelId)
    if (index < 0) index = queue.findIndex((r) => r.options.model === undefined)
    return index < 0 ? undefined : queue.splice(index, 1)[0]
  }

  async function converse(modelId: string, req: StandInRequest): Promise<StandInResponse> {
    const parsed = req.body.length ? (JSON.parse(req.body.toString('utf8')) as unknown) : {}
    const call = toCall(modelId, parsed as Record<string, unknown>)
    requests.push(call)
    validate(call, options.models)

    const reply = take(modelId)
    if (!reply)
      throw new AwsError(
        'InternalServerException',
        `no scripted Bedrock response for model ${modelId}`,
        500
      )
    // Unreferenced: a client that gave up (its timeout) must not keep the process alive.
    if (reply.options.delayMs)
      await new Promise((r) => setTimeout(r, reply.options.delayMs).unref())
    if (reply.kind === 'fault')
      throw new AwsError(reply.type, reply.message, BEDROCK_FAULTS[reply.type])

    const content = reply.content(call)
    const inputTokens = reply.options.usage?.inputTokens ?? estimateTokens(call.body)
    const outputTokens = reply.options.usage?.outputTokens ?? estimateTokens(content)
    return {
      status: 200,
      headers: { 'content-type': 'application/json', 'x-amzn-requestid': `req-${requests.length}` },
      body: {
        output: { message: { role: 'assistant', content } },
        stopReason: reply.stopReason,
        usage: {
          inputTokens,
          outputTokens,
          totalTokens: reply.options.usage?.totalTokens ?? inputTokens + outputTokens
        },
        metrics: { latencyMs: reply.options.latencyMs ?? 100 }
      }
    }
  }

  const modelOf = (req: StandInRequest) =>
    req.method === 'POST' ? CONVERSE_PATH.exec(req.path)?.[1] : undefined
  const service: RestService = {
    name: 'bedrock-runtime',
    accessDenied: { iamPrefix: 'bedrock', iamActions: { Converse: 'InvokeModel' } },
    operation: (req) => (modelOf(req) === undefined ? undefined : 'Converse'),
    handleRest: (_operation, req) => converse(decodeURIComponent(modelOf(req) ?? ''), req)
  }

  const control: BedrockControl = {
    requests,
    toolUse(input, opts = {}) {
      enqueue({
        kind: 'message',
        stopReason: opts.stopReason ?? 'tool_use',
        options: opts,
        content: (call) => [
          {
            toolUse: {
              toolUseId: opts.toolUseId ?? `tooluse_${String(++toolUseCount).padStart(4, '0')}`,
              name: opts.name ?? defaultToolName(call),
              input: input as ToolUseBlock['input']
            }
          }
        ]
      })
    },
    text(text, opts = {}) {
      enqueue({
        kind: 'message',
        stopReason: opts.stopReason ?? 'end_turn',
        options: opts,
        content: () => [{ text }]
      })
    },
    reply(content, opts) {
      enqueue({
        kind: 'message',
        stopReason: opts.stopReason,
        options: opts,
        content: () => content
      })
    },
    fault(type, opts = {}) {
      enqueue({ kind: 'fault', type, message: opts.message ?? `stand-in ${type}`, options: opts })
    },
    pending: () => queue.length,
    reset() {
      requests.length = 0
      queue.length = 0
    }
  }
  return { service, control }
}
