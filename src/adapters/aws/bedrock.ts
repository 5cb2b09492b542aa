// Bedrock as a triage model: the `TriageModel` port (src/triage/model.ts) over the Converse API,
// one ConverseCommand per call with the one tool forced, and the `bedrock` triage provider (the
// triage stage's model loop around it). The SDK retries throttling and 5xx (adaptive mode); a
// failure past that rejects with the error described in one line, which the loop puts on the issue.
import {
  BedrockRuntimeClient,
  ConverseCommand,
  type BedrockRuntimeClientConfig,
  type ContentBlock,
  type ConverseCommandOutput,
  type Message
} from '@aws-sdk/client-bedrock-runtime'
import { describeAwsError } from '../../util/aws-error.js'
import {
  modelProvider,
  type ModelBlock,
  type ModelMessage,
  type TriageModel
} from '../../triage/model.js'
import type { TriageProvider } from '../../triage/types.js'

export interface BedrockModelOptions {
  modelId: string
  region?: string
  /** Per-attempt HTTP timeout. */
  timeoutMs?: number
  /** SDK attempts per call, retries on throttling and 5xx included (adaptive mode). */
  maxAttempts?: number
  /** The run's shared AWS SDK settings (endpoint, credentials, ...); the options above go on top. */
  clientConfig?: BedrockRuntimeClientConfig
  /** A client to use instead of building one (tests, shared configuration). */
  client?: BedrockRuntimeClient
}

export interface BedrockTriageOptions extends BedrockModelOptions {
  maxTokens: number
  temperature: number
  /** Marker nonce for the data block; random per request unless given. */
  nonce?: () => string
}

const DEFAULT_TIMEOUT_MS = 60_000
const DEFAULT_ATTEMPTS = 4

function toBedrock(block: ModelBlock): ContentBlock {
  if ('text' in block) return { text: block.text }
  if ('toolUse' in block) {
    const { toolUseId, name, input } = block.toolUse
    return { toolUse: { toolUseId, name, input: input as never } }
  }
  const { toolUseId, status, text } = block.toolResult
  return { toolResult: { toolUseId, status, content: [{ text }] } }
}

/** The assistant's text and tool calls; other blocks (images, reasoning, ...) are not kept. */
function fromBedrock(blocks: readonly ContentBlock[]): ModelBlock[] {
  return blocks.flatMap((block): ModelBlock[] => {
    if (block.text !== undefined) return [{ text: block.text }]
    if (block.toolUse)
      return [
        {
          toolUse: {
            toolUseId: block.toolUse.toolUseId ?? '',
            name: block.toolUse.name ?? '',
            input: block.toolUse.input
          }
        }
      ]
    return []
  })
}

const toMessage = (message: ModelMessage): Message => ({
  role: message.role,
  content: message.content.map(toBedrock)
})

/** A Bedrock model through Converse, with the SDK's adaptive retries and a per-attempt timeout. */
export function bedrockModel(options: BedrockModelOptions): TriageModel {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS
  const sharedHandler = options.client ? undefined : options.clientConfig?.requestHandler
  const client =
    options.client ??
    new BedrockRuntimeClient({
      ...options.clientConfig,
      ...(options.region ? { region: options.region } : {}),
      maxAttempts: options.maxAttempts ?? DEFAULT_ATTEMPTS,
      retryMode: 'adaptive',
      requestHandler: sharedHandler ?? { requestTimeout: timeoutMs }
    })
  return {
    name: 'bedrock',
    modelId: options.modelId,
    async converse(request) {
      const command = new ConverseCommand({
        modelId: options.modelId,
        system: [{ text: request.system }],
        messages: request.messages.map(toMessage),
        toolConfig: {
          tools: [
            {
              toolSpec: {
                name: request.tool.name,
                description: request.tool.description,
                inputSchema: { json: request.tool.inputSchema as never }
              }
            }
          ],
          toolChoice: { tool: { name: request.tool.name } }
        },
        inferenceConfig: { maxTokens: request.maxTokens, temperature: request.temperature }
      })
      let output: ConverseCommandOutput
      try {
        // With a shared handler (a proxy's), the model's timeout goes with each call.
        output = await client.send(command, sharedHandler ? { requestTimeout: timeoutMs } : {})
      } catch (error) {
        throw new Error(describeAwsError(error), { cause: error })
      }
      return {
        content: fromBedrock(output.output?.message?.content ?? []),
        ...(output.stopReason ? { stopReason: output.stopReason } : {}),
        ...(output.usage
          ? {
              usage: {
                inputTokens: output.usage.inputTokens ?? 0,
                outputTokens: output.usage.outputTokens ?? 0
              }
            }
          : {})
      }
    }
  }
}

/** The `bedrock` triage provider: the triage stage's model loop over `bedrockModel`. */
export function bedrockProvider(options: BedrockTriageOptions): TriageProvider {
  return modelProvider(bedrockModel(options), options)
}
