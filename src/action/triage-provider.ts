// Which triage provider to use, from the action's inputs or the command line's options. Either
// loads its code when the first triage runs, so a job that triages nothing (a repeat delivery, a
// recovery) never loads it.
import type { TriageProvider } from '../triage/types.js'

/** The deterministic rules (triage/rules.ts), loaded on first use. */
const onDemandRules: TriageProvider = {
  name: 'rules',
  async triage(request) {
    return (await import('../triage/rules.js')).rulesProvider.triage(request)
  }
}

export interface ProviderInputs {
  /** `auto` (default), `rules` or `bedrock`. */
  provider: string
  modelId: string
  region: string
  maxTokens: string
  temperature: string
  /** Seconds one model call may take (default 60). */
  timeout?: string
}

/** The triage provider the inputs ask for: `bedrock` needs a model id; `auto` uses it if set. */
export function chooseProvider(
  inputs: ProviderInputs,
  /** The run's shared AWS SDK settings (proxy, stand-in endpoints); the model's own go on top. */
  aws: Record<string, unknown> = {}
): TriageProvider {
  const wanted = inputs.provider.trim() || 'auto'
  if (!['auto', 'rules', 'bedrock'].includes(wanted))
    throw new Error(
      `Unknown \`triage-provider\` ${JSON.stringify(wanted)}: use auto, rules or bedrock.`
    )
  if (wanted === 'rules' || (wanted === 'auto' && inputs.modelId.trim() === ''))
    return onDemandRules
  if (inputs.modelId.trim() === '')
    throw new Error(
      'Bedrock triage needs a model id (a Bedrock model or inference profile id): the `model-id` input, or `--model-id` on the command line.'
    )
  const maxTokens = Number(inputs.maxTokens || '2000')
  const temperature = Number(inputs.temperature || '0')
  if (!Number.isInteger(maxTokens) || maxTokens < 256 || maxTokens > 32_000)
    throw new Error(
      `\`max-tokens\` must be an integer from 256 to 32000, got ${JSON.stringify(inputs.maxTokens)}.`
    )
  if (!Number.isFinite(temperature) || temperature < 0 || temperature > 1)
    throw new Error(
      `\`temperature\` must be a number from 0 to 1, got ${JSON.stringify(inputs.temperature)}.`
    )
  const timeout = Number(inputs.timeout || '60')
  if (!Number.isFinite(timeout) || timeout < 1 || timeout > 600)
    throw new Error(
      `\`model-timeout\` must be a number of seconds from 1 to 600, got ${JSON.stringify(inputs.timeout)}.`
    )
  const options = {
    clientConfig: aws,
    modelId: inputs.modelId.trim(),
    timeoutMs: timeout * 1000,
    ...(inputs.region.trim() ? { region: inputs.region.trim() } : {}),
    maxTokens,
    temperature
  }
  // The Bedrock client is the largest part of the bundle.
  let loaded: Promise<TriageProvider> | undefined
  const provider = (): Promise<TriageProvider> =>
    (loaded ??= import('../adapters/aws/bedrock.js').then((m) => m.bedrockProvider(options)))
  return {
    name: 'bedrock',
    async triage(request) {
      return (await provider()).triage(request)
    },
    async reviewChange(pack) {
      const p = await provider()
      return p.reviewChange
        ? p.reviewChange(pack)
        : { model: options.modelId, failure: 'this provider does not review changes' }
    },
    async answerQuestion(pack) {
      const p = await provider()
      return p.answerQuestion
        ? p.answerQuestion(pack)
        : {
            model: options.modelId,
            dropped: 0,
            invented: [],
            failure: 'this provider does not answer questions'
          }
    }
  }
}
