// The `bedrock` triage provider: one Converse call with one forced tool whose input schema is
// the triage schema. An invalid answer gets one retry carrying the validation errors as the
// tool's result; after that, or when Bedrock fails (throttled past the SDK's retries, timed out,
// denied), the rules provider answers and the issue says why.
import {
  BedrockRuntimeClient,
  ConverseCommand,
  type ContentBlock,
  type ConverseCommandOutput,
  type Message
} from '@aws-sdk/client-bedrock-runtime'
import { describeAwsError } from '../../util/aws-error.js'
import { PROMPT_HASH, PROMPT_VERSION, TOOL_NAME, buildPrompt } from '../../triage/prompt.js'
import { checkAnswer } from '../../triage/answer.js'
import { rulesTriage } from '../../triage/rules.js'
import type { ParameterValue, Triage, TriageProvider, TriageRequest } from '../../triage/types.js'

export interface BedrockTriageOptions {
  modelId: string
  region?: string
  maxTokens: number
  temperature: number
  /** Per-attempt HTTP timeout. */
  timeoutMs?: number
  /** SDK attempts per call, retries on throttling and 5xx included (adaptive mode). */
  maxAttempts?: number
  /** A client to use instead of building one (tests, shared configuration). */
  client?: BedrockRuntimeClient
  /** Marker nonce for the data block; random per request unless given. */
  nonce?: () => string
}

const DEFAULT_TIMEOUT_MS = 60_000
const DEFAULT_ATTEMPTS = 4

const definedValues = (
  record: Record<string, ParameterValue | undefined>
): Record<string, ParameterValue> =>
  Object.fromEntries(
    Object.entries(record).filter((e): e is [string, ParameterValue] => e[1] !== undefined)
  )

function rulesHint(request: TriageRequest): string {
  const r = rulesTriage(request)
  return r.runbook
    ? `${r.runbook.id} (${r.runbook.why})`
    : `none (${r.notes.join(' ') || 'no rule fits'})`
}

function toolUseOf(
  output: ConverseCommandOutput
): { toolUseId: string; input: unknown } | undefined {
  for (const block of output.output?.message?.content ?? []) {
    const use = block.toolUse
    if (use?.name === TOOL_NAME && use.toolUseId)
      return { toolUseId: use.toolUseId, input: use.input }
  }
  return undefined
}

export function bedrockProvider(options: BedrockTriageOptions): TriageProvider {
  const client =
    options.client ??
    new BedrockRuntimeClient({
      ...(options.region ? { region: options.region } : {}),
      maxAttempts: options.maxAttempts ?? DEFAULT_ATTEMPTS,
      retryMode: 'adaptive',
      requestHandler: { requestTimeout: options.timeoutMs ?? DEFAULT_TIMEOUT_MS }
    })

  const fallback = (request: TriageRequest, why: string, attempts: number): Triage => {
    const triage = rulesTriage(request)
    return {
      ...triage,
      notes: [
        `Bedrock triage with \`${options.modelId}\` was not used: ${why}. Triaged by the catalog's rules instead.`,
        ...triage.notes
      ],
      model: {
        modelId: options.modelId,
        promptVersion: PROMPT_VERSION,
        promptHash: PROMPT_HASH,
        attempts
      }
    }
  }

  return {
    name: 'bedrock',
    async triage(request) {
      const prompt = buildPrompt(request, rulesHint(request), options.nonce?.())
      const messages: Message[] = [{ role: 'user', content: [{ text: prompt.user }] }]
      let problems: string[] = []
      let inputTokens = 0
      let outputTokens = 0
      for (let attempt = 1; attempt <= 2; attempt++) {
        let output: ConverseCommandOutput
        try {
          output = await client.send(
            new ConverseCommand({
              modelId: options.modelId,
              system: [{ text: prompt.system }],
              messages,
              toolConfig: {
                tools: [
                  {
                    toolSpec: {
                      name: TOOL_NAME,
                      description: 'Record the triage of this incident.',
                      inputSchema: { json: prompt.tool as never }
                    }
                  }
                ],
                toolChoice: { tool: { name: TOOL_NAME } }
              },
              inferenceConfig: { maxTokens: options.maxTokens, temperature: options.temperature }
            })
          )
        } catch (error) {
          return fallback(request, `the call failed with ${describeAwsError(error)}`, attempt)
        }
        inputTokens += output.usage?.inputTokens ?? 0
        outputTokens += output.usage?.outputTokens ?? 0
        const use = toolUseOf(output)
        if (!use) {
          problems = [
            `the model did not call ${TOOL_NAME} (stop reason ${output.stopReason ?? 'unknown'})`
          ]
          if (output.stopReason === 'max_tokens') problems.push('raise the `max-tokens` input')
          continue
        }
        const checked = checkAnswer(use.input, request)
        if (checked.ok) {
          const { answer } = checked
          const chosen = answer.runbook === 'none' ? undefined : answer.runbook
          const rules = rulesTriage(request)
          const notes = [...checked.notes]
          if (chosen && rules.runbook && rules.runbook.id !== chosen)
            notes.push(
              `The model chose \`${chosen}\`, but the catalog's match rules point to \`${rules.runbook.id}\`; check which fits before approving.`
            )
          if (chosen && !rules.runbook)
            notes.push(
              `The model chose \`${chosen}\` although none of the catalog's match rules fits this incident.`
            )
          const topConfidence = checked.causes[0]?.confidence
          return {
            provider: 'bedrock',
            summary: answer.summary,
            severity: answer.severity,
            causes: checked.causes,
            ...(chosen
              ? {
                  runbook: {
                    id: chosen,
                    confidence:
                      rules.runbook?.id === chosen
                        ? Math.max(0.8, topConfidence ?? 0)
                        : (topConfidence ?? 0.5),
                    why: answer.rationale
                  }
                }
              : {}),
            parameters: chosen ? definedValues(answer.parameters) : {},
            alternatives: [rules.runbook, ...rules.alternatives].filter(
              (a): a is NonNullable<typeof a> => a !== undefined && a.id !== chosen
            ),
            rationale: answer.rationale,
            notes,
            model: {
              modelId: options.modelId,
              promptVersion: PROMPT_VERSION,
              promptHash: PROMPT_HASH,
              attempts: attempt,
              inputTokens,
              outputTokens
            }
          }
        }
        problems = checked.problems
        // Converse tool protocol: answer the tool call with an error result and ask again.
        const said = output.output?.message
        if (said?.content && said.content.length > 0) {
          messages.push({ role: 'assistant', content: said.content })
          const result: ContentBlock = {
            toolResult: {
              toolUseId: use.toolUseId,
              status: 'error',
              content: [
                {
                  text: `The answer was rejected:\n- ${problems.join('\n- ')}\nCall ${TOOL_NAME} again with a corrected answer.`
                }
              ]
            }
          }
          messages.push({ role: 'user', content: [result] })
        }
      }
      return fallback(request, `its answer was invalid twice (${problems.join('; ')})`, 2)
    }
  }
}
