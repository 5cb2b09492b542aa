// The AWS::LanguageExtensions transform's Fn::ForEach, as CloudFormation expands it before
// anything else, for templates that use it (infra/opsloop-detector.yaml): each
// `Fn::ForEach::<Loop>: [Identifier, Collection, {OutputKey: OutputValue}]` among the resources
// becomes one resource per collection item, `${Identifier}` in the key replaced by the item and
// `&{Identifier}` by the item without its non-alphanumeric characters; in the value, `Ref` of the
// identifier and `${Identifier}` in a Fn::Sub become the item. The collection is a list or a Ref to
// a CommaDelimitedList parameter (the given value, else its default). The result has no
// Transform, so cfn.ts evaluates it and validate.ts checks it as any other template.
import { isObject, text, type Json, type JsonObject, type Template } from './cfn.js'

const LOOP = /^Fn::ForEach::[A-Za-z0-9]+$/

function collection(value: Json | undefined, template: Template, given: Record<string, string>) {
  if (Array.isArray(value)) return value.map((v) => text(v))
  const ref = isObject(value) && typeof value.Ref === 'string' ? value.Ref : undefined
  const parameter = ref === undefined ? undefined : template.Parameters?.[ref]
  if (ref === undefined || parameter === undefined)
    throw new Error(`Fn::ForEach: the collection must be a list or a Ref to a parameter`)
  if (text(parameter.Type) !== 'CommaDelimitedList')
    throw new Error(`Fn::ForEach over ${ref}: only CommaDelimitedList parameters are supported`)
  const raw = given[ref] ?? (parameter.Default === undefined ? undefined : text(parameter.Default))
  if (raw === undefined) throw new Error(`parameter ${ref} has no value and no default`)
  return raw.split(',')
}

/** `value` with the loop's identifier replaced by `item`. */
function substitute(value: Json, identifier: string, item: string): Json {
  if (Array.isArray(value)) return value.map((v) => substitute(v, identifier, item))
  if (!isObject(value)) return value
  const keys = Object.keys(value)
  if (keys.length === 1 && value.Ref === identifier) return item
  const out: JsonObject = {}
  for (const [k, v] of Object.entries(value)) {
    if (k === 'Fn::Sub') {
      const replace = (s: Json): Json =>
        typeof s === 'string' ? s.split(`\${${identifier}}`).join(item) : s
      out[k] = Array.isArray(v)
        ? [replace(v[0] ?? null), substitute(v[1] ?? null, identifier, item)]
        : replace(v)
    } else out[k] = substitute(v, identifier, item)
  }
  return out
}

/** The template as the transform leaves it for these parameter values. */
export function expandLanguageExtensions(
  template: Template,
  given: Record<string, string> = {}
): Template {
  const transform = (template as { Transform?: Json }).Transform
  if (transform === undefined) return template
  if (transform !== 'AWS::LanguageExtensions')
    throw new Error(`the transform ${JSON.stringify(transform)} is not supported here`)
  const resources: Template['Resources'] = {}
  for (const [key, value] of Object.entries(template.Resources)) {
    if (!LOOP.test(key)) {
      resources[key] = value
      continue
    }
    const loop = value as unknown as Json
    if (!Array.isArray(loop) || loop.length !== 3 || typeof loop[0] !== 'string')
      throw new Error(`${key} must be [Identifier, Collection, {OutputKey: OutputValue}]`)
    const [identifier, items, fragment] = loop
    if (!isObject(fragment)) throw new Error(`${key}: the fragment must be a mapping`)
    for (const item of collection(items, template, given))
      for (const [outputKey, outputValue] of Object.entries(fragment)) {
        const id = outputKey
          .split(`\${${identifier}}`)
          .join(item)
          .split(`&{${identifier}}`)
          .join(item.replace(/[^A-Za-z0-9]/g, ''))
        if (id in resources) throw new Error(`${key} makes the logical id ${id} twice`)
        const resource = substitute(outputValue, identifier, item)
        if (!isObject(resource)) throw new Error(`${key}: ${outputKey} is not a resource`)
        resources[id] = resource
      }
  }
  const expanded: Template & { Transform?: Json } = { ...template, Resources: resources }
  delete expanded.Transform
  return expanded
}
