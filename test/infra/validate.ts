// Checks a CloudFormation template against AWS's own resource specification, as packaged on npm
// by the AWS CDK team (@aws-cdk/aws-service-spec: every resource type, its properties with their
// types and required flags, and its GetAtt attributes, built from the CloudFormation registry
// schemas). On top of the schema it checks what CloudFormation itself checks before it creates
// anything: references, conditions, parameter defaults, section names and service limits.
import { loadAwsServiceSpecSync } from '@aws-cdk/aws-service-spec'
import type { PropertyType, Resource, TypeDefinition } from '@aws-cdk/service-spec-types'
import {
  INTRINSICS,
  PSEUDO_PARAMETERS,
  intrinsicName,
  isObject,
  subReferences,
  text as jsonText,
  type Json,
  type JsonObject,
  type Template
} from './cfn.js'

type SpecDatabase = ReturnType<typeof loadAwsServiceSpecSync>

let database: SpecDatabase | undefined
/** The specification database (about half a second to load, so once per test file). */
export const spec = (): SpecDatabase => (database ??= loadAwsServiceSpecSync())

export function resourceSpec(type: string): Resource | undefined {
  return spec().lookup('resource', 'cloudFormationType', 'equals', type)[0]
}

function typeDefinition(type: PropertyType): TypeDefinition | undefined {
  if (type.type !== 'ref') return undefined
  return spec().get('typeDefinition', type.reference.$ref)
}

/** Metric namespaces and names AWS documents (the spec carries CloudWatch metrics too). */
export function knownMetric(namespace: string, name: string): boolean {
  return spec()
    .lookup('metric', 'namespace', 'equals', namespace)
    .some((m) => m.name === name)
}

const TOP_LEVEL = new Set([
  'AWSTemplateFormatVersion',
  'Description',
  'Metadata',
  'Parameters',
  'Rules',
  'Mappings',
  'Conditions',
  'Transform',
  'Resources',
  'Outputs'
])
const RESOURCE_KEYS = new Set([
  'Type',
  'Properties',
  'Condition',
  'DependsOn',
  'DeletionPolicy',
  'UpdateReplacePolicy',
  'Metadata',
  'CreationPolicy',
  'UpdatePolicy'
])
const PARAMETER_KEYS = new Set([
  'Type',
  'Default',
  'Description',
  'AllowedValues',
  'AllowedPattern',
  'ConstraintDescription',
  'MinLength',
  'MaxLength',
  'MinValue',
  'MaxValue',
  'NoEcho'
])
const PARAMETER_TYPES = new Set([
  'String',
  'Number',
  'List<Number>',
  'CommaDelimitedList',
  'AWS::SSM::Parameter::Value<String>'
])
const CONDITION_FUNCTIONS = new Set([
  'Fn::And',
  'Fn::Equals',
  'Fn::Not',
  'Fn::Or',
  'Condition',
  'Ref',
  'Fn::FindInMap',
  'Fn::Join',
  'Fn::Select',
  'Fn::Split',
  'Fn::Sub'
])

/** CloudFormation quotas that apply to `aws cloudformation deploy --template-file`. */
export const LIMITS = {
  /** A template passed inline (no S3 bucket) may be at most 51,200 bytes. */
  templateBodyBytes: 51_200,
  resources: 500,
  parameters: 200,
  outputs: 200,
  descriptionBytes: 1024
}

interface Scope {
  /** Conditions known to be true here (inside a Fn::If's true branch, or the owner's Condition). */
  conditions: Set<string>
  /** Inside the Conditions section, where only condition functions are allowed. */
  inConditions?: boolean
}

export function validateTemplate(template: Template, text?: string): string[] {
  const errors: string[] = []
  const params = template.Parameters ?? {}
  const conditions = template.Conditions ?? {}
  const resources = template.Resources
  const mappings = template.Mappings ?? {}

  for (const key of Object.keys(template))
    if (!TOP_LEVEL.has(key)) errors.push(`unknown top-level section ${key}`)
  if (text !== undefined && Buffer.byteLength(text) > LIMITS.templateBodyBytes)
    errors.push(
      `the template is ${Buffer.byteLength(text)} bytes; deploy --template-file without an S3 bucket takes at most ${LIMITS.templateBodyBytes}`
    )
  if (Buffer.byteLength(template.Description ?? '') > LIMITS.descriptionBytes)
    errors.push('the template Description is over 1024 bytes')
  if (Object.keys(resources).length > LIMITS.resources) errors.push('too many resources')
  if (Object.keys(params).length > LIMITS.parameters) errors.push('too many parameters')
  if (Object.keys(template.Outputs ?? {}).length > LIMITS.outputs) errors.push('too many outputs')
  for (const id of [...Object.keys(resources), ...Object.keys(params), ...Object.keys(conditions)])
    if (!/^[A-Za-z0-9]{1,255}$/.test(id)) errors.push(`${id}: logical ids are alphanumeric`)

  // Parameters: known types and keys, and defaults that pass their own constraints.
  for (const [name, p] of Object.entries(params)) {
    for (const key of Object.keys(p))
      if (!PARAMETER_KEYS.has(key)) errors.push(`parameter ${name}: unknown key ${key}`)
    const type = jsonText(p.Type)
    if (!PARAMETER_TYPES.has(type) && !/^(List<)?AWS::[A-Za-z0-9:]+(>)?$/.test(type))
      errors.push(`parameter ${name}: unknown type ${type}`)
    if (p.Default === undefined) continue
    const items = type.includes('List') ? jsonText(p.Default).split(',') : [jsonText(p.Default)]
    for (const item of items) {
      if (Array.isArray(p.AllowedValues) && !p.AllowedValues.map(String).includes(item))
        errors.push(`parameter ${name}: default ${item} is not in AllowedValues`)
      if (typeof p.AllowedPattern === 'string' && !new RegExp(p.AllowedPattern).test(item))
        errors.push(`parameter ${name}: default ${item} fails AllowedPattern`)
    }
    if (type === 'Number' && Number.isNaN(Number(p.Default)))
      errors.push(`parameter ${name}: default is not a number`)
  }

  // References anywhere: Ref, GetAtt, Sub, If and Condition must name something that exists,
  // and a conditional resource may only be referenced where its condition is known to hold.
  const check = (value: Json, where: string, scope: Scope): void => {
    if (Array.isArray(value)) {
      value.forEach((item, i) => {
        check(item, `${where}[${i}]`, scope)
      })
      return
    }
    if (!isObject(value)) return
    const fn = intrinsicName(value)
    if (fn === undefined) {
      for (const [k, v] of Object.entries(value)) {
        if (k.startsWith('Fn::') && !INTRINSICS.has(k))
          errors.push(`${where}: unknown intrinsic function ${k}`)
        check(v, `${where}.${k}`, scope)
      }
      return
    }
    if (scope.inConditions && !CONDITION_FUNCTIONS.has(fn))
      errors.push(`${where}: ${fn} cannot be used in the Conditions section`)
    const arg = value[fn] ?? null
    const referTo = (name: string, how: string, attribute?: string): void => {
      if (name in PSEUDO_PARAMETERS || name === 'AWS::NoValue' || name === 'AWS::NotificationARNs')
        return
      if (attribute === undefined && name in params) return
      const r = resources[name]
      if (r === undefined) {
        errors.push(`${where}: ${how} ${name}${attribute ? `.${attribute}` : ''} names nothing`)
        return
      }
      if (scope.inConditions) errors.push(`${where}: conditions cannot refer to resources`)
      const needs = typeof r.Condition === 'string' ? r.Condition : undefined
      if (needs !== undefined && !scope.conditions.has(needs))
        errors.push(
          `${where}: ${name} exists only when ${needs} holds; refer to it inside !If [${needs}, ...]`
        )
      if (attribute !== undefined) {
        const rs = resourceSpec(jsonText(r.Type))
        if (rs && !(attribute in rs.attributes))
          errors.push(
            `${where}: ${jsonText(r.Type)} has no attribute ${attribute} (it has ${Object.keys(rs.attributes).join(', ')})`
          )
      }
    }
    switch (fn) {
      case 'Ref':
        if (typeof arg !== 'string') errors.push(`${where}: Ref takes a name`)
        else referTo(arg, 'Ref')
        return
      case 'Condition':
        if (typeof arg !== 'string' || !(arg in conditions))
          errors.push(`${where}: condition ${JSON.stringify(arg)} is not defined`)
        return
      case 'Fn::GetAtt': {
        const [id, attribute] = Array.isArray(arg) ? arg : []
        if (typeof id !== 'string' || typeof attribute !== 'string')
          errors.push(`${where}: Fn::GetAtt takes [Resource, Attribute]`)
        else referTo(id, 'GetAtt', attribute)
        return
      }
      case 'Fn::Sub': {
        const [text, vars] = typeof arg === 'string' ? [arg, {}] : Array.isArray(arg) ? arg : []
        if (typeof text !== 'string') {
          errors.push(`${where}: the Fn::Sub template must be a literal string`)
          return
        }
        const names = new Set(isObject(vars) ? Object.keys(vars) : [])
        if (isObject(vars)) check(vars, `${where}(variables)`, scope)
        for (const ref of subReferences(text)) {
          const dot = ref.indexOf('.')
          if (names.has(ref)) continue
          if (dot > 0 && !(ref in PSEUDO_PARAMETERS))
            referTo(ref.slice(0, dot), '${}', ref.slice(dot + 1))
          else referTo(ref, '${}')
        }
        for (const name of names)
          if (!subReferences(text).includes(name))
            errors.push(`${where}: Fn::Sub variable ${name} is never used`)
        return
      }
      case 'Fn::If': {
        const [cond, yes, no] = Array.isArray(arg) ? arg : []
        if (typeof cond !== 'string' || !(cond in conditions)) {
          errors.push(`${where}: Fn::If condition ${JSON.stringify(cond)} is not defined`)
          return
        }
        if (scope.inConditions) errors.push(`${where}: Fn::If cannot be used in Conditions`)
        check(yes ?? null, `${where}(true)`, {
          ...scope,
          conditions: new Set([...scope.conditions, cond])
        })
        check(no ?? null, `${where}(false)`, scope)
        return
      }
      case 'Fn::Join':
      case 'Fn::Split': {
        const [sep, rest] = Array.isArray(arg) ? arg : []
        if (typeof sep !== 'string') errors.push(`${where}: the ${fn} delimiter must be a literal`)
        check(rest ?? null, where, scope)
        return
      }
      case 'Fn::FindInMap': {
        const [map] = Array.isArray(arg) ? arg : []
        if (typeof map === 'string' && !(map in mappings))
          errors.push(`${where}: mapping ${map} is not defined`)
        check(arg, where, scope)
        return
      }
      default:
        check(arg, where, scope)
    }
  }

  for (const [name, def] of Object.entries(conditions))
    check(def, `Conditions.${name}`, { conditions: new Set(), inConditions: true })

  // Rules refer to parameters only, with the functions conditions may use, and say why they fail.
  for (const [name, rule] of Object.entries(template.Rules ?? {})) {
    for (const key of Object.keys(rule))
      if (!['RuleCondition', 'Assertions'].includes(key))
        errors.push(`Rules.${name}: unknown key ${key}`)
    const assertions = Array.isArray(rule.Assertions) ? rule.Assertions : []
    if (assertions.length === 0) errors.push(`Rules.${name}: no Assertions`)
    assertions.forEach((a, i) => {
      if (!isObject(a) || a.Assert === undefined || typeof a.AssertDescription !== 'string')
        errors.push(`Rules.${name}.Assertions[${i}]: needs Assert and AssertDescription`)
    })
    check(rule, `Rules.${name}`, { conditions: new Set(), inConditions: true })
  }

  for (const [id, r] of Object.entries(resources)) {
    const where = `Resources.${id}`
    for (const key of Object.keys(r))
      if (!RESOURCE_KEYS.has(key)) errors.push(`${where}: unknown key ${key}`)
    const own = typeof r.Condition === 'string' ? r.Condition : undefined
    if (own !== undefined && !(own in conditions))
      errors.push(`${where}: condition ${own} is not defined`)
    const deps = r.DependsOn === undefined ? [] : [r.DependsOn].flat()
    for (const d of deps)
      if (typeof d !== 'string' || !(d in resources))
        errors.push(`${where}: DependsOn ${JSON.stringify(d)} names no resource`)
    const type = jsonText(r.Type)
    const rs = resourceSpec(type)
    if (rs === undefined) {
      errors.push(`${where}: ${type} is not a CloudFormation resource type`)
      continue
    }
    const props = r.Properties ?? {}
    if (!isObject(props)) {
      errors.push(`${where}.Properties: must be a mapping`)
      continue
    }
    checkProperties(props, rs.properties, `${where}.Properties`, errors)
    check(props, `${where}.Properties`, { conditions: new Set(own ? [own] : []) })
  }

  for (const [name, o] of Object.entries(template.Outputs ?? {})) {
    const own = typeof o.Condition === 'string' ? o.Condition : undefined
    if (own !== undefined && !(own in conditions))
      errors.push(`Outputs.${name}: condition ${own} is not defined`)
    if (o.Value === undefined) errors.push(`Outputs.${name}: no Value`)
    check(o, `Outputs.${name}`, { conditions: new Set(own ? [own] : []) })
  }
  return errors
}

/** Property names, required properties and types, recursively through the spec's type definitions. */
export function checkProperties(
  props: JsonObject,
  specProps: Record<string, { type: PropertyType; required?: boolean }>,
  where: string,
  errors: string[]
): void {
  for (const [name, value] of Object.entries(props)) {
    const p = specProps[name]
    if (p === undefined) {
      errors.push(
        `${where}: unknown property ${name} (known: ${Object.keys(specProps).sort().join(', ')})`
      )
      continue
    }
    checkValue(value, p.type, `${where}.${name}`, errors)
  }
  for (const [name, p] of Object.entries(specProps))
    if (p.required && !(name in props))
      errors.push(`${where}: required property ${name} is missing`)
}

function describeType(type: PropertyType): string {
  switch (type.type) {
    case 'ref':
      return typeDefinition(type)?.name ?? 'object'
    case 'array':
      return `list of ${describeType(type.element)}`
    case 'map':
      return `map of ${describeType(type.element)}`
    case 'union':
      return type.types.map(describeType).join(' or ')
    default:
      return type.type
  }
}

/** One value against one spec type. Intrinsic functions pass; their branches are checked. */
export function checkValue(value: Json, type: PropertyType, where: string, errors: string[]): void {
  const fn = intrinsicName(value)
  if (fn !== undefined) {
    if (fn === 'Fn::If' && isObject(value)) {
      const branches = value[fn]
      if (Array.isArray(branches))
        for (const branch of branches.slice(1))
          if (intrinsicName(branch) !== 'Ref' || !isObject(branch) || branch.Ref !== 'AWS::NoValue')
            checkValue(branch, type, where, errors)
    }
    return
  }
  const fail = (): void => {
    errors.push(`${where}: ${JSON.stringify(value).slice(0, 80)} is not a ${describeType(type)}`)
  }
  switch (type.type) {
    case 'string':
    case 'date-time':
      if (typeof value !== 'string' && typeof value !== 'number') fail()
      else if (
        type.type === 'string' &&
        type.allowedValues &&
        typeof value === 'string' &&
        !type.allowedValues.includes(value)
      )
        errors.push(`${where}: ${value} is not one of ${type.allowedValues.join(', ')}`)
      return
    case 'integer':
      if (!(Number.isInteger(value) || (typeof value === 'string' && /^-?\d+$/.test(value)))) fail()
      return
    case 'number':
      if (!(
        typeof value === 'number' ||
        (typeof value === 'string' && value.trim() !== '' && !Number.isNaN(Number(value)))
      ))
        fail()
      return
    case 'boolean':
      if (!(typeof value === 'boolean' || value === 'true' || value === 'false')) fail()
      return
    case 'json':
      if (!isObject(value) && !Array.isArray(value)) fail()
      return
    case 'null':
      if (value !== null) fail()
      return
    case 'tag':
      if (!isObject(value) || !('Key' in value) || !('Value' in value)) fail()
      return
    case 'array':
      if (!Array.isArray(value)) fail()
      else
        value.forEach((item, i) => {
          checkValue(item, type.element, `${where}[${i}]`, errors)
        })
      return
    case 'map':
      if (!isObject(value)) fail()
      else
        for (const [k, item] of Object.entries(value))
          checkValue(item, type.element, `${where}.${k}`, errors)
      return
    case 'union': {
      for (const t of type.types) {
        const attempt: string[] = []
        checkValue(value, t, where, attempt)
        if (attempt.length === 0) return
      }
      fail()
      return
    }
    case 'ref': {
      const def = typeDefinition(type)
      if (def === undefined) {
        errors.push(`${where}: the specification has no type definition for this property`)
        return
      }
      if (!isObject(value)) fail()
      else checkProperties(value, def.properties, where, errors)
      return
    }
  }
}
