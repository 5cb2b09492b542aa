// The Bedrock Converse stand-in, driven through the real @aws-sdk/client-bedrock-runtime client:
// scripted replies, stop reasons, modelled faults as SDK exception classes, SDK retries on
// throttling, client-side timeouts and aborts, and conformance with the Smithy model.
import {
  AccessDeniedException,
  BedrockRuntimeClient,
  ConverseCommand,
  InternalServerException,
  ModelErrorException,
  ModelNotReadyException,
  ModelTimeoutException,
  ResourceNotFoundException,
  ServiceUnavailableException,
  ThrottlingException,
  ValidationException,
  type BedrockRuntimeClientConfig,
  type ConverseCommandInput,
  type StopReason
} from '@aws-sdk/client-bedrock-runtime'
import { afterAll, beforeAll, beforeEach, describe, expect, it, jest } from '@jest/globals'
import { loadModel, outputProblems } from '../../harness/standins/aws/model.js'
import { startAwsServer, type AwsServer } from '../../harness/standins/aws/protocol.js'
import {
  BEDROCK_FAULTS,
  createBedrockService,
  type BedrockFault
} from '../../harness/standins/aws/bedrock.js'

const MODEL = 'us.anthropic.claude-sonnet-4-5-20250929-v1:0'
const OTHER_MODEL = 'anthropic.claude-3-haiku-20240307-v1:0'

const { service, control } = createBedrockService({ models: [MODEL, OTHER_MODEL] })
let server: AwsServer

beforeAll(async () => {
  server = await startAwsServer([], [service])
})
afterAll(async () => {
  await server.close()
})
beforeEach(() => {
  control.reset()
})

function client(config: Partial<BedrockRuntimeClientConfig> = {}) {
  return new BedrockRuntimeClient({
    endpoint: server.url,
    region: 'us-east-1',
    credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
    maxAttempts: 1,
    ...config
  })
}

const triageSchema = {
  type: 'object',
  required: ['summary', 'severity'],
  properties: { summary: { type: 'string' }, severity: { enum: ['low', 'high'] } }
}

function triageRequest(modelId = MODEL): ConverseCommandInput {
  return {
    modelId,
    system: [{ text: 'You triage AWS incidents.' }],
    messages: [{ role: 'user', content: [{ text: 'Alarm HighCPU is in ALARM.' }] }],
    inferenceConfig: { maxTokens: 1024, temperature: 0 },
    toolConfig: {
      tools: [{ toolSpec: { name: 'report_triage', inputSchema: { json: triageSchema } } }],
      toolChoice: { tool: { name: 'report_triage' } }
    }
  }
}

describe('Bedrock Converse stand-in', () => {
  it('answers a forced tool call and records what the model was sent', async () => {
    control.toolUse({ summary: 'CPU saturated', severity: 'high' }, { latencyMs: 420 })
    const out = await client().send(new ConverseCommand(triageRequest()))

    expect(out.stopReason).toBe('tool_use')
    const block = out.output?.message?.content?.[0]
    expect(block?.toolUse).toEqual({
      toolUseId: 'tooluse_0001',
      name: 'report_triage',
      input: { summary: 'CPU saturated', severity: 'high' }
    })
    expect(out.usage?.totalTokens).toBe(
      (out.usage?.inputTokens ?? 0) + (out.usage?.outputTokens ?? 0)
    )
    expect(out.metrics?.latencyMs).toBe(420)

    const [sent] = control.requests
    expect(sent?.modelId).toBe(MODEL)
    expect(sent?.system).toEqual([{ text: 'You triage AWS incidents.' }])
    expect(sent?.messages[0]?.role).toBe('user')
    expect(sent?.inferenceConfig).toEqual({ maxTokens: 1024, temperature: 0 })
    expect(sent?.toolConfig?.toolChoice).toEqual({ tool: { name: 'report_triage' } })
    expect(sent?.toolConfig?.tools?.[0]?.toolSpec?.inputSchema?.json).toEqual(triageSchema)
    expect(control.pending()).toBe(0)
  })

  it('passes malformed tool input through untouched, for the caller to validate', async () => {
    control.toolUse({ summary: 42, extra: true }, { usage: { inputTokens: 7, outputTokens: 3 } })
    const out = await client().send(new ConverseCommand(triageRequest()))
    expect(out.output?.message?.content?.[0]?.toolUse?.input).toEqual({ summary: 42, extra: true })
    expect(out.usage).toEqual({ inputTokens: 7, outputTokens: 3, totalTokens: 10 })
  })

  it.each<StopReason>([
    'max_tokens',
    'malformed_tool_use',
    'guardrail_intervened',
    'model_context_window_exceeded',
    'end_turn'
  ])('reports stopReason %s', async (stopReason) => {
    if (stopReason === 'end_turn') control.text('I would rather not use the tool.')
    else control.reply([], { stopReason })
    const out = await client().send(new ConverseCommand(triageRequest()))
    expect(out.stopReason).toBe(stopReason)
  })

  it('prefers replies scripted for the called model over global ones', async () => {
    control.text('global')
    control.text('haiku only', { model: OTHER_MODEL })
    const bedrock = client()
    const haiku = await bedrock.send(new ConverseCommand(triageRequest(OTHER_MODEL)))
    const sonnet = await bedrock.send(new ConverseCommand(triageRequest(MODEL)))
    expect(haiku.output?.message?.content?.[0]?.text).toBe('haiku only')
    expect(sonnet.output?.message?.content?.[0]?.text).toBe('global')
  })

  it('fails loudly when nothing is scripted', async () => {
    const error = await client()
      .send(new ConverseCommand(triageRequest()))
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(InternalServerException)
    expect((error as Error).message).toMatch(/no scripted Bedrock response for model us\.anthropic/)
    expect(control.requests).toHaveLength(1)
  })

  it('rejects requests Bedrock would reject', async () => {
    const unknownModel = triageRequest('anthropic.claude-v1')
    const wrongTool = triageRequest()
    wrongTool.toolConfig = {
      tools: triageRequest().toolConfig?.tools ?? [],
      toolChoice: { tool: { name: 'other' } }
    }
    for (const request of [unknownModel, wrongTool]) {
      await expect(client().send(new ConverseCommand(request))).rejects.toBeInstanceOf(
        ValidationException
      )
    }
  })

  const exceptionClasses: Record<BedrockFault, abstract new (...args: never[]) => Error> = {
    AccessDeniedException,
    InternalServerException,
    ModelErrorException,
    ModelNotReadyException,
    ModelTimeoutException,
    ResourceNotFoundException,
    ServiceUnavailableException,
    ThrottlingException,
    ValidationException
  }
  it.each(Object.keys(BEDROCK_FAULTS) as BedrockFault[])(
    'surfaces %s as the SDK exception class with its status',
    async (fault) => {
      control.fault(fault, { message: `scripted ${fault}` })
      const error = await client()
        .send(new ConverseCommand(triageRequest()))
        .catch((e: unknown) => e)
      expect(error).toBeInstanceOf(exceptionClasses[fault])
      expect(error).toMatchObject({
        name: fault,
        message: `scripted ${fault}`,
        $metadata: { httpStatusCode: BEDROCK_FAULTS[fault] }
      })
    }
  )

  it('is retried by the SDK on throttling when maxAttempts > 1', async () => {
    // The SDK's backoff is random × 1 s for throttling: pin the random draw so the test is fast.
    const random = jest.spyOn(Math, 'random').mockReturnValue(0)
    try {
      control.fault('ThrottlingException', { times: 2 })
      control.toolUse({ summary: 'ok', severity: 'low' })
      const out = await client({ maxAttempts: 3 }).send(new ConverseCommand(triageRequest()))
      expect(out.stopReason).toBe('tool_use')
      expect(out.$metadata.attempts).toBe(3)
      expect(control.requests).toHaveLength(3)

      control.fault('ThrottlingException', { times: 2 })
      await expect(
        client({ maxAttempts: 2 }).send(new ConverseCommand(triageRequest()))
      ).rejects.toBeInstanceOf(ThrottlingException)
    } finally {
      random.mockRestore()
    }
  })

  // The Bedrock client's default handler is HTTP/2: requestTimeout is a per-stream inactivity
  // timeout that throws TimeoutError (unlike the HTTP/1.1 handler, where it only warns unless
  // throwOnRequestTimeout is set), and socketTimeout does not apply.
  describe('slow responses', () => {
    // An abandoned request must have reached the stand-in before the test ends, or it could
    // arrive late and consume the next test's reply.
    async function received(count: number): Promise<void> {
      for (let i = 0; i < 100 && control.requests.length < count; i++)
        await new Promise((r) => setTimeout(r, 5))
      expect(control.requests).toHaveLength(count)
    }

    it('abort with TimeoutError on the HTTP/2 handler requestTimeout', async () => {
      control.text('too late', { delayMs: 300 })
      const bedrock = client({ requestHandler: { requestTimeout: 50 } })
      await expect(bedrock.send(new ConverseCommand(triageRequest()))).rejects.toMatchObject({
        name: 'TimeoutError'
      })
      await received(1)
    })

    it('abort with AbortError on an abort signal', async () => {
      control.text('too late', { delayMs: 300 })
      const abort = new AbortController()
      const call = client().send(new ConverseCommand(triageRequest()), {
        abortSignal: abort.signal
      })
      await received(1)
      abort.abort()
      await expect(call).rejects.toMatchObject({ name: 'AbortError' })
    })

    it('succeed when slower than usual but within the timeout', async () => {
      control.text('slow but fine', { delayMs: 30 })
      const bedrock = client({ requestHandler: { requestTimeout: 1000 } })
      const out = await bedrock.send(new ConverseCommand(triageRequest()))
      expect(out.output?.message?.content?.[0]?.text).toBe('slow but fine')
    })
  })
})

// --- conformance with the Smithy model (skipped when the shared models are absent) ---------

describe('Bedrock stand-in vs the Smithy model', () => {
  const model = loadModel('bedrock-runtime-2023-09-30.json')
  const maybe = model ? it : it.skip

  maybe('answers Converse with members of ConverseResponse', async () => {
    if (!model) return
    control.toolUse({ summary: 's', severity: 'low' })
    control.text('plain', { stopReason: 'max_tokens' })
    const from = server.calls.length
    const bedrock = client()
    for (let i = 0; i < 2; i++) await bedrock.send(new ConverseCommand(triageRequest()))
    const answers = server.calls.slice(from)
    expect(answers.map((c) => [c.service, c.operation, c.status])).toEqual([
      ['bedrock-runtime', 'Converse', 200],
      ['bedrock-runtime', 'Converse', 200]
    ])
    for (const { output } of answers) expect(outputProblems(model, 'Converse', output)).toEqual([])
    // The check itself bites: unknown members, missing required members, bad enum values.
    expect(outputProblems(model, 'Converse', { stopReason: 'nope', extra: 1 })).toHaveLength(5)
  })
})
