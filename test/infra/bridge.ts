// The bridge that infra/opsloop.yaml deploys, for tests: its EventBridge rules (event pattern and
// input transformer) as the template evaluates with given parameters, and the exact
// repository_dispatch body one AWS event becomes.
import { evaluate, isObject, loadTemplate, type Json, type JsonObject } from './cfn.js'
import { applyInputTemplate, matchesPattern } from './eventbridge.js'
import { ALL_SOURCES, TEMPLATE_PATH } from './params.js'

const template = loadTemplate(TEMPLATE_PATH)

export interface Rule {
  id: string
  pattern: JsonObject
  inputTemplate: string
}

export function rules(params: Record<string, string>): Rule[] {
  const { resources } = evaluate(template, params)
  return Object.entries(resources)
    .filter(([, r]) => r.Type === 'AWS::Events::Rule')
    .map(([id, r]) => {
      const targets = r.Properties.Targets
      const [target] = Array.isArray(targets) ? targets : []
      const transformer = isObject(target) ? target.InputTransformer : undefined
      const inputTemplate = isObject(transformer) ? transformer.InputTemplate : undefined
      const pattern = r.Properties.EventPattern
      if (!Array.isArray(targets) || targets.length !== 1 || typeof inputTemplate !== 'string')
        throw new Error(`${id} needs exactly one target with an InputTemplate`)
      if (!isObject(pattern)) throw new Error(`${id} needs an EventPattern object`)
      return { id, pattern, inputTemplate }
    })
}

export const matching = (all: Rule[], event: Json): string[] =>
  all.filter((r) => matchesPattern(r.pattern, event)).map((r) => r.id)

/**
 * What the deployed bridge (every source forwarded) sends GitHub for an AWS event: the dispatch
 * body of the one rule that matches it, or undefined when no rule forwards it.
 */
export function bridgeDispatch(
  event: Json,
  params: Record<string, string> = ALL_SOURCES
): { event_type: string; client_payload: JsonObject } | undefined {
  const forwarding = rules(params).filter((r) => matchesPattern(r.pattern, event))
  if (forwarding.length > 1)
    throw new Error(`rules ${forwarding.map((r) => r.id).join(', ')} all forward this event`)
  const [rule] = forwarding
  if (!rule) return undefined
  return JSON.parse(applyInputTemplate(rule.inputTemplate, event)) as {
    event_type: string
    client_payload: JsonObject
  }
}
