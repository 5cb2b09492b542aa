// CloudFormation templates for tests: the YAML short-form intrinsics (!Ref, !Sub, ...) read into
// their JSON long form, and an evaluator that resolves a template for given parameter values the
// way CloudFormation would (rules, conditions, Fn::If/AWS::NoValue, Sub, Join, Split, Select).
// Resource attributes that only exist after deployment become recognisable placeholder strings.
import { readFileSync } from 'node:fs'
import { isMap, isPair, isScalar, isSeq, parseDocument, type Node } from 'yaml'

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json }
export type JsonObject = Record<string, Json>

export interface Template {
  AWSTemplateFormatVersion?: string
  Description?: string
  Metadata?: JsonObject
  Parameters?: Record<string, JsonObject>
  Rules?: Record<string, JsonObject>
  Mappings?: Record<string, Record<string, JsonObject>>
  Conditions?: Record<string, Json>
  Resources: Record<string, JsonObject>
  Outputs?: Record<string, JsonObject>
}

/** Every CloudFormation short-form tag and the long form it stands for. */
const SHORT_FORMS: Record<string, string> = {
  '!Ref': 'Ref',
  '!Condition': 'Condition',
  '!Base64': 'Fn::Base64',
  '!Cidr': 'Fn::Cidr',
  '!FindInMap': 'Fn::FindInMap',
  '!GetAtt': 'Fn::GetAtt',
  '!GetAZs': 'Fn::GetAZs',
  '!ImportValue': 'Fn::ImportValue',
  '!Join': 'Fn::Join',
  '!Select': 'Fn::Select',
  '!Split': 'Fn::Split',
  '!Sub': 'Fn::Sub',
  '!Transform': 'Fn::Transform',
  '!And': 'Fn::And',
  '!Equals': 'Fn::Equals',
  '!If': 'Fn::If',
  '!Not': 'Fn::Not',
  '!Or': 'Fn::Or'
}

export const INTRINSICS = new Set(Object.values(SHORT_FORMS))

export class TemplateSyntaxError extends Error {
  override name = 'TemplateSyntaxError'
}

function toJson(node: unknown, where: string): Json {
  if (node === null || node === undefined) return null
  let value: Json
  if (isMap(node)) {
    const out: JsonObject = {}
    for (const pair of node.items) {
      if (!isPair(pair) || !isScalar(pair.key))
        throw new TemplateSyntaxError(`${where}: a mapping key is not a plain scalar`)
      const key = String(pair.key.value)
      if (key in out) throw new TemplateSyntaxError(`${where}: duplicate key ${key}`)
      out[key] = toJson(pair.value, `${where}.${key}`)
    }
    value = out
  } else if (isSeq(node)) {
    value = node.items.map((item, i) => toJson(item, `${where}[${i}]`))
  } else if (isScalar(node)) {
    const v = node.value
    if (v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean')
      value = v
    else throw new TemplateSyntaxError(`${where}: unsupported scalar ${typeof v}`)
  } else {
    throw new TemplateSyntaxError(`${where}: aliases and other YAML nodes are not supported`)
  }
  const tag = (node as Node).tag
  if (tag === undefined || !tag.startsWith('!')) return value
  const long = SHORT_FORMS[tag]
  if (long === undefined) throw new TemplateSyntaxError(`${where}: unknown tag ${tag}`)
  // !GetAtt Res.Attr is the scalar form of [Res, Attr] (the attribute may itself contain dots).
  if (long === 'Fn::GetAtt' && typeof value === 'string') {
    const dot = value.indexOf('.')
    if (dot < 1)
      throw new TemplateSyntaxError(`${where}: !GetAtt ${value} needs Resource.Attribute`)
    return { [long]: [value.slice(0, dot), value.slice(dot + 1)] }
  }
  return { [long]: value }
}

/** Parses a CloudFormation YAML template; any YAML error, alias or unknown tag throws. */
export function parseTemplate(text: string, name = 'template'): Template {
  const doc = parseDocument(text, { uniqueKeys: true, prettyErrors: false })
  const problems = [
    ...doc.errors,
    ...doc.warnings.filter((w) => !/^Unresolved tag/.test(w.message))
  ]
  if (problems.length > 0)
    throw new TemplateSyntaxError(problems.map((p) => `${name}: ${p.message}`).join('\n'))
  const json = toJson(doc.contents, name)
  if (json === null || typeof json !== 'object' || Array.isArray(json))
    throw new TemplateSyntaxError(`${name}: the template is not a mapping`)
  return json as unknown as Template
}

export function loadTemplate(path: string): Template {
  return parseTemplate(readFileSync(path, 'utf8'), path)
}

/** A JSON value as text: strings as they are, anything else as JSON. */
export const text = (v: Json | undefined): string =>
  typeof v === 'string' ? v : v === undefined ? '' : JSON.stringify(v)

export const isObject = (v: unknown): v is JsonObject =>
  typeof v === 'object' && v !== null && !Array.isArray(v)

/** The intrinsic function a value is, if it is one: `{ "Fn::Sub": ... }` gives `Fn::Sub`. */
export function intrinsicName(v: unknown): string | undefined {
  if (!isObject(v)) return undefined
  const keys = Object.keys(v)
  return keys.length === 1 && INTRINSICS.has(keys[0] ?? '') ? keys[0] : undefined
}

/** `${Name}` and `${Res.Attr}` references in a Fn::Sub string (`${!Literal}` is not one). */
export function subReferences(text: string): string[] {
  return [...text.matchAll(/\$\{([^}]*)\}/g)]
    .map((m) => m[1] ?? '')
    .filter((ref) => !ref.startsWith('!'))
}

// ------------------------------------------------------------------ evaluation

export const PSEUDO_PARAMETERS: Record<string, string> = {
  'AWS::AccountId': '111122223333',
  'AWS::Region': 'eu-west-1',
  'AWS::Partition': 'aws',
  'AWS::StackName': 'opsloop',
  'AWS::StackId':
    'arn:aws:cloudformation:eu-west-1:111122223333:stack/opsloop/4f5e6d7c-0000-4000-8000-000000000000',
  'AWS::URLSuffix': 'amazonaws.com'
}

const NO_VALUE = Symbol('AWS::NoValue')
type Value = Json | typeof NO_VALUE

export interface Evaluated {
  parameters: Record<string, string | string[]>
  conditions: Record<string, boolean>
  /** Resources that exist under these conditions, with their properties resolved. */
  resources: Record<string, { Type: string; Properties: JsonObject }>
  outputs: Record<string, Json>
}

/** What `Ref` gives for a resource: a readable placeholder naming the resource. */
export const refPlaceholder = (logicalId: string): string => `{ref:${logicalId}}`
/** What `Fn::GetAtt` gives: a readable placeholder naming the resource and attribute. */
export const attPlaceholder = (logicalId: string, attribute: string): string =>
  `{att:${logicalId}.${attribute}}`

/**
 * Resolves the template for these parameter values (defaults fill the rest). Throws on anything
 * CloudFormation would reject at deploy time that can be seen without AWS: a missing parameter
 * value, a value outside AllowedValues/AllowedPattern, a failed rule assertion, a reference to
 * nothing.
 */
export function evaluate(
  template: Template,
  given: Record<string, string> = {},
  /** Pseudo parameters that differ from PSEUDO_PARAMETERS, e.g. another `AWS::Region`. */
  pseudo: Record<string, string> = {}
): Evaluated {
  const pseudoParameters: Record<string, string> = { ...PSEUDO_PARAMETERS, ...pseudo }
  for (const name of Object.keys(pseudo))
    if (!(name in PSEUDO_PARAMETERS)) throw new Error(`unknown pseudo parameter ${name}`)
  const parameters: Record<string, string | string[]> = {}
  for (const [name, spec] of Object.entries(template.Parameters ?? {})) {
    const raw = given[name] ?? (spec.Default === undefined ? undefined : text(spec.Default))
    if (raw === undefined) throw new Error(`parameter ${name} has no value and no default`)
    const list = text(spec.Type).includes('List')
    const items = list ? raw.split(',') : [raw]
    for (const item of items) {
      if (Array.isArray(spec.AllowedValues) && !spec.AllowedValues.includes(item))
        throw new Error(`parameter ${name}: ${JSON.stringify(item)} is not an allowed value`)
      if (typeof spec.AllowedPattern === 'string' && !new RegExp(spec.AllowedPattern).test(item))
        throw new Error(`parameter ${name}: ${JSON.stringify(item)} fails ${spec.AllowedPattern}`)
    }
    if (spec.Type === 'Number') {
      const n = Number(raw)
      if (Number.isNaN(n)) throw new Error(`parameter ${name}: ${raw} is not a number`)
      if (typeof spec.MinValue === 'number' && n < spec.MinValue)
        throw new Error(`parameter ${name}: ${raw} < ${spec.MinValue}`)
      if (typeof spec.MaxValue === 'number' && n > spec.MaxValue)
        throw new Error(`parameter ${name}: ${raw} > ${spec.MaxValue}`)
    }
    parameters[name] = list ? items : raw
  }
  for (const name of Object.keys(given))
    if (!(name in parameters)) throw new Error(`unknown parameter ${name}`)

  const conditions: Record<string, boolean> = {}
  const conditionValue = (name: string, seen: string[] = []): boolean => {
    if (name in conditions) return conditions[name] ?? false
    const def = template.Conditions?.[name]
    if (def === undefined) throw new Error(`condition ${name} is not defined`)
    if (seen.includes(name)) throw new Error(`condition ${name} refers to itself`)
    const v = resolve(def, [...seen, name])
    if (typeof v !== 'boolean') throw new Error(`condition ${name} is not a boolean`)
    conditions[name] = v
    return v
  }

  const resources = template.Resources
  const exists = (id: string): boolean => {
    const r = resources[id]
    if (r === undefined) return false
    return typeof r.Condition === 'string' ? conditionValue(r.Condition) : true
  }

  const ref = (name: string): Json => {
    if (name in parameters) return parameters[name] ?? null
    if (name in pseudoParameters) return pseudoParameters[name] ?? null
    if (name in resources) {
      if (!exists(name)) throw new Error(`Ref ${name}: the resource does not exist here`)
      return refPlaceholder(name)
    }
    throw new Error(`Ref ${name} names nothing`)
  }
  const getAtt = (id: string, attribute: string): string => {
    if (!exists(id)) throw new Error(`GetAtt ${id}.${attribute}: the resource does not exist here`)
    return attPlaceholder(id, attribute)
  }

  const str = (v: Value, what: string): string => {
    if (typeof v === 'string') return v
    if (typeof v === 'number') return String(v)
    throw new Error(`${what} needs a string, got ${JSON.stringify(v)}`)
  }
  const list = (v: Value, what: string): Json[] => {
    if (Array.isArray(v)) return v
    throw new Error(`${what} needs a list, got ${JSON.stringify(v)}`)
  }

  function resolve(v: Json, seen: string[] = []): Value {
    if (Array.isArray(v)) {
      const out: Json[] = []
      for (const item of v) {
        const r = resolve(item, seen)
        if (r !== NO_VALUE) out.push(r)
      }
      return out
    }
    if (!isObject(v)) return v
    const fn = intrinsicName(v)
    if (fn === undefined) {
      const out: JsonObject = {}
      for (const [k, item] of Object.entries(v)) {
        const r = resolve(item, seen)
        if (r !== NO_VALUE) out[k] = r
      }
      return out
    }
    const arg = v[fn] ?? null
    switch (fn) {
      case 'Ref':
        return arg === 'AWS::NoValue' ? NO_VALUE : ref(str(arg, 'Ref'))
      case 'Condition':
        return conditionValue(str(arg, 'Condition'), seen)
      case 'Fn::GetAtt': {
        const [id, attribute] = list(arg, 'Fn::GetAtt')
        return getAtt(str(id ?? null, 'GetAtt'), str(attribute ?? null, 'GetAtt'))
      }
      case 'Fn::Equals': {
        const [a, b] = list(arg, 'Fn::Equals').map((x) => resolve(x, seen))
        return JSON.stringify(a) === JSON.stringify(b)
      }
      case 'Fn::Not': {
        const [a] = list(arg, 'Fn::Not').map((x) => resolve(x, seen))
        if (typeof a !== 'boolean') throw new Error('Fn::Not needs a condition')
        return !a
      }
      case 'Fn::And':
      case 'Fn::Or': {
        const parts = list(arg, fn).map((x) => resolve(x, seen))
        if (parts.some((p) => typeof p !== 'boolean')) throw new Error(`${fn} needs conditions`)
        return fn === 'Fn::And' ? parts.every(Boolean) : parts.some(Boolean)
      }
      case 'Fn::If': {
        const [cond, yes, no] = list(arg, 'Fn::If')
        return conditionValue(str(cond ?? null, 'Fn::If'), seen)
          ? resolve(yes ?? null, seen)
          : resolve(no ?? null, seen)
      }
      case 'Fn::Join': {
        const [sep, items] = list(arg, 'Fn::Join')
        if (typeof sep !== 'string') throw new Error('Fn::Join delimiter must be a literal string')
        return list(resolve(items ?? null, seen), 'Fn::Join')
          .map((x) => str(x, 'Fn::Join item'))
          .join(sep)
      }
      case 'Fn::Split': {
        const [sep, text] = list(arg, 'Fn::Split')
        if (typeof sep !== 'string') throw new Error('Fn::Split delimiter must be a literal string')
        return str(resolve(text ?? null, seen), 'Fn::Split').split(sep)
      }
      case 'Fn::Select': {
        const [index, items] = list(arg, 'Fn::Select')
        const all = list(resolve(items ?? null, seen), 'Fn::Select')
        const i = Number(resolve(index ?? null, seen))
        if (!Number.isInteger(i) || i < 0 || i >= all.length)
          throw new Error(`Fn::Select index ${i} is out of range`)
        return all[i] ?? null
      }
      case 'Fn::Sub': {
        const [text, vars] = typeof arg === 'string' ? [arg, {}] : list(arg, 'Fn::Sub')
        if (typeof text !== 'string') throw new Error('Fn::Sub template must be a literal string')
        const values: Record<string, string> = {}
        for (const [k, x] of Object.entries(isObject(vars) ? vars : {}))
          values[k] = str(resolve(x, seen), `Fn::Sub variable ${k}`)
        return text.replace(/\$\{([^}]*)\}/g, (_, name: string) => {
          if (name.startsWith('!')) return `\${${name.slice(1)}}`
          if (name in values) return values[name] ?? ''
          const dot = name.indexOf('.')
          if (dot > 0 && !(name in pseudoParameters))
            return getAtt(name.slice(0, dot), name.slice(dot + 1))
          return str(ref(name), `\${${name}}`)
        })
      }
      default:
        throw new Error(`${fn} is not supported by this evaluator`)
    }
  }

  for (const name of Object.keys(template.Conditions ?? {})) conditionValue(name)

  // Rules: each assertion (of a rule whose RuleCondition holds) must be true, as CloudFormation
  // checks before it creates or updates anything.
  for (const [name, rule] of Object.entries(template.Rules ?? {})) {
    const applies = rule.RuleCondition === undefined ? true : resolve(rule.RuleCondition)
    if (typeof applies !== 'boolean')
      throw new Error(`rule ${name}: RuleCondition is not a boolean`)
    if (!applies) continue
    for (const assertion of (rule.Assertions ?? []) as JsonObject[]) {
      const holds = resolve(assertion.Assert ?? null)
      if (typeof holds !== 'boolean') throw new Error(`rule ${name}: an assertion is not a boolean`)
      if (!holds) throw new Error(`rule ${name}: ${text(assertion.AssertDescription)}`)
    }
  }

  const out: Evaluated['resources'] = {}
  for (const [id, r] of Object.entries(resources)) {
    if (!exists(id)) continue
    const props = resolve(r.Properties ?? {})
    out[id] = { Type: text(r.Type), Properties: isObject(props) ? props : {} }
  }
  const outputs: Record<string, Json> = {}
  for (const [name, o] of Object.entries(template.Outputs ?? {})) {
    if (typeof o.Condition === 'string' && !conditionValue(o.Condition)) continue
    const value = resolve(o.Value ?? null)
    if (value === NO_VALUE) throw new Error(`output ${name} has no value`)
    outputs[name] = value
  }
  return { parameters, conditions, resources: out, outputs }
}
