// Model triage, independent of any vendor: the port a chat model with tool use implements
// (`TriageModel`, one call in OpsLoop's own small types) and the loop around it. One call with
// one forced tool whose input schema is the triage schema; an invalid answer gets one retry
// carrying the validation errors as the tool's result; after that, or when the call fails
// (throttled past the client's retries, timed out, denied), the rules provider answers and the
// issue says why. The Bedrock adapter (src/adapters/aws/bedrock.ts) implements the port.
import { checkAnswer } from './answer.js'
import {
  ASK_SCHEMA,
  ASK_TOOL,
  buildAskPrompt,
  checkClaims,
  type AskPack,
  type ModelAnswer
} from '../history/model-answer.js'
import { buildReviewPrompt } from './change-review-prompt.js'
import {
  REVIEW_SCHEMA,
  REVIEW_TOOL,
  reviewProblems,
  type ChangePack,
  type ReviewAnswer
} from './change-review.js'
import { PROMPT_HASH, PROMPT_VERSION, TOOL_NAME, buildPrompt } from './prompt.js'
import { evidenceText, triageFacts } from './facts.js'
import { rulesTriage } from './rules.js'
import type { ParameterValue, ProviderName, Triage, TriageProvider } from './types.js'

/** The providers a model answers for. */
export type ModelProviderName = Exclude<ProviderName, 'rules'>

/** A conversation block: text, the model calling a tool, or the tool's result sent back. */
export type ModelBlock =
  | { text: string }
  | { toolUse: ModelToolUse }
  | { toolResult: { toolUseId: string; status: 'success' | 'error'; text: string } }

export interface ModelToolUse {
  toolUseId: string
  name: string
  /** The tool's input as the model wrote it: unchecked. */
  input: unknown
}

export interface ModelMessage {
  role: 'user' | 'assistant'
  content: ModelBlock[]
}

export interface ModelTool {
  name: string
  description: string
  /** JSON Schema of the tool's input. */
  inputSchema: Record<string, unknown>
}

export interface ModelRequest {
  system: string
  messages: ModelMessage[]
  /** The one tool, which the model is made to call. */
  tool: ModelTool
  maxTokens: number
  temperature: number
}

export interface ModelReply {
  /** The assistant's message: its text and tool calls, in order. */
  content: ModelBlock[]
  /** Why the model stopped (`tool_use`, `end_turn`, `max_tokens`, ...), when it says. */
  stopReason?: string
  usage?: { inputTokens: number; outputTokens: number }
}

/** A chat model with tool use, as the triage loop needs it. */
export interface TriageModel {
  /** The provider triages it answers carry. */
  readonly name: ModelProviderName
  /** The model id recorded on every triage and named in notes. */
  readonly modelId: string
  /**
   * One call (the adapter's own retries on throttling included). Rejects with an Error whose
   * message describes the failure in one line; the loop puts it on the issue as it is.
   */
  converse(request: ModelRequest): Promise<ModelReply>
}

export interface ModelTriageOptions {
  maxTokens: number
  temperature: number
  /** Marker nonce for the data block; random per request unless given. */
  nonce?: () => string
}

/** What notes call each model provider. */
const SERVICE: Record<ModelProviderName, string> = { bedrock: 'Bedrock' }

const definedValues = (
  record: Record<string, ParameterValue | undefined>
): Record<string, ParameterValue> =>
  Object.fromEntries(
    Object.entries(record).filter((e): e is [string, ParameterValue] => e[1] !== undefined)
  )

/** The reply's call of the tool `name` (with an id to answer it by), if it made one. */
function toolUseOf(reply: ModelReply, name: string): ModelToolUse | undefined {
  for (const block of reply.content) {
    if ('toolUse' in block && block.toolUse.name === name && block.toolUse.toolUseId)
      return block.toolUse
  }
  return undefined
}

/** Why a reply that called no tool was refused, and what to change when it ran out of tokens. */
function noToolCall(reply: ModelReply, name: string): string[] {
  const problems = [`the model did not call ${name} (stop reason ${reply.stopReason ?? 'unknown'})`]
  if (reply.stopReason === 'max_tokens') problems.push('raise the `max-tokens` input')
  return problems
}

const describeError = (error: unknown): string =>
  error instanceof Error ? error.message : String(error)

/** The triage provider that asks `model`, checks its answer and falls back to the rules. */
export function modelProvider(model: TriageModel, options: ModelTriageOptions): TriageProvider {
  const provenance = (attempts: number) => ({
    modelId: model.modelId,
    promptVersion: PROMPT_VERSION,
    promptHash: PROMPT_HASH,
    attempts
  })

  const fallback = (triage: Triage, why: string, attempts: number): Triage => {
    return {
      ...triage,
      notes: [
        `${SERVICE[model.name]} triage with \`${model.modelId}\` was not used: ${why}. Triaged by the catalog's rules instead.`,
        ...triage.notes
      ],
      model: provenance(attempts)
    }
  }

  /** One call with the conversation so far (a copy: it grows after, the request stays). */
  const ask = (system: string, messages: readonly ModelMessage[], tool: ModelTool) =>
    model.converse({
      system,
      messages: [...messages],
      tool,
      maxTokens: options.maxTokens,
      temperature: options.temperature
    })

  /**
   * Tool protocol: answer the tool call with an error result and ask again. The reply holds the
   * tool call, so the assistant's message is never empty.
   */
  const rejected = (
    messages: ModelMessage[],
    reply: ModelReply,
    use: ModelToolUse,
    problems: readonly string[]
  ): void => {
    messages.push({ role: 'assistant', content: reply.content })
    messages.push({
      role: 'user',
      content: [
        {
          toolResult: {
            toolUseId: use.toolUseId,
            status: 'error',
            text: `The answer was rejected:\n- ${problems.join('\n- ')}\nCall ${use.name} again with a corrected answer.`
          }
        }
      ]
    })
  }

  /** The model's review of a change pack: one retry with the problems, then none. */
  async function reviewChange(
    pack: ChangePack
  ): Promise<{ model: string; answer?: ReviewAnswer; failure?: string }> {
    const prompt = buildReviewPrompt(pack, options.nonce?.())
    const tool: ModelTool = {
      name: REVIEW_TOOL,
      description: 'Record which change caused the symptom, citing hunks and error signatures.',
      inputSchema: REVIEW_SCHEMA
    }
    const messages: ModelMessage[] = [{ role: 'user', content: [{ text: prompt.user }] }]
    let problems: string[] = []
    for (let attempt = 1; attempt <= 2; attempt++) {
      let reply: ModelReply
      try {
        reply = await ask(prompt.system, messages, tool)
      } catch (error) {
        return { model: model.modelId, failure: `the call failed with ${describeError(error)}` }
      }
      const use = toolUseOf(reply, REVIEW_TOOL)
      if (!use) {
        problems = [`the model did not call ${REVIEW_TOOL}`]
        continue
      }
      problems = reviewProblems(pack, use.input)
      if (problems.length === 0) return { model: model.modelId, answer: use.input as ReviewAnswer }
      rejected(messages, reply, use, problems)
    }
    return {
      model: model.modelId,
      failure: `its answer did not check out twice (${problems.join('; ')})`
    }
  }

  /**
   * The model's answer to a person's question: one retry when its shape is wrong; citations of
   * ids never given are removed and claims left citing nothing dropped (checkClaims).
   */
  async function answerQuestion(pack: AskPack): Promise<ModelAnswer> {
    const prompt = buildAskPrompt(pack, options.nonce?.())
    const tool: ModelTool = {
      name: ASK_TOOL,
      description: 'Record the answer to the question, each claim citing the ids it rests on.',
      inputSchema: ASK_SCHEMA
    }
    const messages: ModelMessage[] = [{ role: 'user', content: [{ text: prompt.user }] }]
    const base = { model: model.modelId, dropped: 0, invented: [], maxTokens: options.maxTokens }
    let problems: string[] = []
    let inputTokens = 0
    let outputTokens = 0
    for (let attempt = 1; attempt <= 2; attempt++) {
      let reply: ModelReply
      try {
        reply = await ask(prompt.system, messages, tool)
      } catch (error) {
        return { ...base, failure: `the call failed with ${describeError(error)}` }
      }
      inputTokens += reply.usage?.inputTokens ?? 0
      outputTokens += reply.usage?.outputTokens ?? 0
      const usage = { usage: { inputTokens, outputTokens } }
      const use = toolUseOf(reply, ASK_TOOL)
      if (!use) {
        problems = noToolCall(reply, ASK_TOOL)
        continue
      }
      const checked = checkClaims(use.input, pack)
      if (checked.ok)
        return {
          ...base,
          ...usage,
          claims: checked.claims,
          dropped: checked.dropped,
          invented: checked.invented
        }
      problems = checked.problems
      rejected(messages, reply, use, problems)
    }
    return {
      ...base,
      usage: { inputTokens, outputTokens },
      failure: `its answer was invalid twice (${problems.join('; ')})`
    }
  }

  return {
    name: model.name,
    reviewChange,
    answerQuestion,
    async triage(request) {
      // The rules' triage, once: the prompt's evidence, the answer's cross-check, the fallback.
      const rules = rulesTriage(request)
      const hint = evidenceText(triageFacts(request), rules.runbook?.id)
      const prompt = buildPrompt(request, hint, options.nonce?.())
      const messages: ModelMessage[] = [{ role: 'user', content: [{ text: prompt.user }] }]
      const tool: ModelTool = {
        name: TOOL_NAME,
        description: 'Record the triage of this incident.',
        inputSchema: prompt.tool
      }
      let problems: string[] = []
      let inputTokens = 0
      let outputTokens = 0
      for (let attempt = 1; attempt <= 2; attempt++) {
        let reply: ModelReply
        try {
          reply = await ask(prompt.system, messages, tool)
        } catch (error) {
          return fallback(rules, `the call failed with ${describeError(error)}`, attempt)
        }
        inputTokens += reply.usage?.inputTokens ?? 0
        outputTokens += reply.usage?.outputTokens ?? 0
        const use = toolUseOf(reply, TOOL_NAME)
        if (!use) {
          problems = noToolCall(reply, TOOL_NAME)
          continue
        }
        const checked = checkAnswer(use.input, request)
        if (checked.ok) {
          const { answer } = checked
          const chosen = answer.runbook === 'none' ? undefined : answer.runbook
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
            provider: model.name,
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
            model: { ...provenance(attempt), inputTokens, outputTokens }
          }
        }
        problems = checked.problems
        rejected(messages, reply, use, problems)
      }
      return fallback(rules, `its answer was invalid twice (${problems.join('; ')})`, 2)
    }
  }
}
