// Checks stand-in answers against the AWS Smithy JSON models in ../shared/testdata/aws-models
// (a sibling checkout, optional for users: without it the conformance tests skip). A value is
// checked as the JSON a client receives: members the model does not name, missing required
// members, enum values, JSON types, string lengths, and errors an operation does not model.
// An awsQuery answer (XML) is read the way the SDK reads it, guided by the model (element names,
// `<member>` items, `xmlName`, scalar text), and the value it carries is then checked the same way.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { AwsRecordedCall } from './protocol.js'

export const MODELS_DIR = '../shared/testdata/aws-models'

export interface ShapeRef {
  target: string
  traits?: Record<string, unknown>
}

export interface ModelShape {
  type: string
  members?: Record<string, ShapeRef>
  member?: ShapeRef
  key?: ShapeRef
  value?: ShapeRef
  traits?: Record<string, unknown>
  input?: ShapeRef
  output?: ShapeRef
  errors?: ShapeRef[]
}

export interface Model {
  /** e.g. `com.amazonaws.ssm`, from the model's service shape. */
  namespace: string
  shapes: Record<string, ModelShape | undefined>
}

/** The model in MODELS_DIR, or undefined (with a console message) when the file is absent. */
export function loadModel(fileName: string): Model | undefined {
  const file = join(MODELS_DIR, fileName)
  if (!existsSync(file)) {
    console.log(`skipping model conformance: ${file} not found`)
    return undefined
  }
  const { shapes } = JSON.parse(readFileSync(file, 'utf8')) as { shapes: Model['shapes'] }
  const service = Object.keys(shapes).find((id) => shapes[id]?.type === 'service')
  if (!service) throw new Error(`${file} has no service shape`)
  return { namespace: service.slice(0, service.indexOf('#')), shapes }
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)

const enumValues = (shape: ModelShape | undefined): unknown[] =>
  Object.values(shape?.members ?? {}).map((m) => m.traits?.['smithy.api#enumValue'])

/** Problems with `value` as an instance of shape `shapeId`, each prefixed with its `path`. */
export function shapeProblems(
  model: Model,
  shapeId: string,
  value: unknown,
  path: string
): string[] {
  const shape = model.shapes[shapeId]
  const type = shape?.type ?? shapeId.replace('smithy.api#', '').toLowerCase()
  const fail = (why: string) => [`${path}: ${why}`]
  const nested = (ref: ShapeRef | undefined, v: unknown, at: string) =>
    shapeProblems(model, ref?.target ?? '', v, at)
  switch (type) {
    case 'structure':
    case 'union': {
      if (!isRecord(value)) return fail('not an object')
      const members = shape?.members ?? {}
      const set = Object.keys(value).filter((k) => value[k] !== undefined)
      return [
        ...set
          .filter((k) => !(k in members))
          .map((k) => `${path}.${k}: not a member of ${shapeId}`),
        ...(type === 'union' && set.length !== 1 ? fail(`a union sets ${set.length} members`) : []),
        ...Object.entries(members).flatMap(([name, m]) => {
          if (value[name] !== undefined) return nested(m, value[name], `${path}.${name}`)
          return type === 'structure' && m.traits?.['smithy.api#required'] !== undefined
            ? [`${path}.${name}: required by ${shapeId}`]
            : []
        })
      ]
    }
    case 'list':
      if (!Array.isArray(value)) return fail('not a list')
      return value.flatMap((v, i) => nested(shape?.member, v, `${path}[${i}]`))
    case 'map':
      if (!isRecord(value)) return fail('not a map')
      return Object.entries(value).flatMap(([k, v]) => nested(shape?.value, v, `${path}.${k}`))
    case 'enum': {
      const values = enumValues(shape)
      return values.includes(value)
        ? []
        : fail(`${JSON.stringify(value)} is not one of ${values.join('|')}`)
    }
    case 'string': {
      if (typeof value !== 'string') return fail('not a string')
      const max = (shape?.traits?.['smithy.api#length'] as { max?: number } | undefined)?.max
      return max !== undefined && value.length > max ? fail(`longer than ${max}`) : []
    }
    case 'blob':
      return typeof value === 'string' ? [] : fail('not a base64 string (blob)')
    // JSON protocols send timestamps as epoch seconds by default; Logs models its times as longs.
    case 'integer':
    case 'long':
    case 'float':
    case 'double':
    case 'timestamp':
      return typeof value === 'number' ? [] : fail(`not a number (${type})`)
    case 'boolean':
      return typeof value === 'boolean' ? [] : fail('not a boolean')
    default:
      // document (any JSON) and shapes the stand-ins never send.
      return []
  }
}

const operationShape = (model: Model, operation: string) =>
  model.shapes[`${model.namespace}#${operation}`]

/** Problems with `output` as the answer to `operation` (e.g. `SendCommand`). */
export function outputProblems(model: Model, operation: string, output: unknown): string[] {
  const target = operationShape(model, operation)?.output?.target
  if (target === undefined) return [`${operation}: no such operation with an output in the model`]
  return shapeProblems(model, target, output, operation)
}

/** A problem unless `errorType` is among `operation`'s modelled errors or `commonErrors`. */
export function errorProblems(
  model: Model,
  operation: string,
  errorType: string,
  commonErrors: readonly string[] = []
): string[] {
  const op = operationShape(model, operation)
  if (!op) return [`${operation}: not in the model`]
  // An error is named by its shape, or (awsQuery and query-compatible services) by its code.
  const modelled = (op.errors ?? []).flatMap((e) => {
    const code = (
      model.shapes[e.target]?.traits?.['aws.protocols#awsQueryError'] as
        { code?: string } | undefined
    )?.code
    return [e.target.replace(`${model.namespace}#`, ''), ...(code === undefined ? [] : [code])]
  })
  return [...modelled, ...commonErrors].includes(errorType)
    ? []
    : [`${operation}: error ${errorType} not modelled`]
}

// --- awsQuery (XML) answers -------------------------------------------------------------------

interface XmlElement {
  name: string
  attributes: Record<string, string>
  children: XmlElement[]
  text: string
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }
const unescapeXml = (text: string) =>
  text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, ref: string) => {
    if (ref.startsWith('#x') || ref.startsWith('#X'))
      return String.fromCodePoint(parseInt(ref.slice(2), 16))
    if (ref.startsWith('#')) return String.fromCodePoint(Number(ref.slice(1)))
    return ENTITIES[ref] ?? whole
  })

/** The document element of `xml` (elements, attributes and text; enough for AWS answers). */
function parseXml(xml: string): XmlElement {
  const document: XmlElement = { name: '', attributes: {}, children: [], text: '' }
  const open = [document]
  const tokens =
    /<\?[\s\S]*?\?>|<(\/?)([A-Za-z_][\w.:-]*)((?:\s+[\w:.-]+="[^"]*")*)\s*(\/?)>|([^<]+)|</g
  for (const [token, closing, name, attributes, selfClosing, text] of xml.matchAll(tokens)) {
    const parent = open[open.length - 1] ?? document
    if (text !== undefined) parent.text += unescapeXml(text)
    else if (name === undefined) {
      if (!token.startsWith('<?')) throw new Error(`not well-formed XML near ${token}`)
    } else if (closing) {
      if (parent.name !== name) throw new Error(`</${name}> closes <${parent.name}>`)
      open.pop()
    } else {
      const element: XmlElement = {
        name,
        attributes: Object.fromEntries(
          [...(attributes ?? '').matchAll(/([\w:.-]+)="([^"]*)"/g)].map((a) => [
            a[1] ?? '',
            unescapeXml(a[2] ?? '')
          ])
        ),
        children: [],
        text: ''
      }
      parent.children.push(element)
      if (!selfClosing) open.push(element)
    }
  }
  const [root] = document.children
  if (open.length !== 1 || !root || document.children.length !== 1)
    throw new Error('not one well-formed document element')
  return root
}

/**
 * The value `element` carries as an instance of `shapeId`, read as the SDK's awsQuery
 * deserializer reads it; what it cannot read is left as text (or named by its element) for
 * shapeProblems to report, and structural problems go to `problems`.
 */
function xmlValue(
  model: Model,
  shapeId: string,
  element: XmlElement,
  path: string,
  problems: string[]
): unknown {
  const shape = model.shapes[shapeId]
  const type = shape?.type ?? shapeId.replace('smithy.api#', '').toLowerCase()
  const text = element.text.trim()
  if (['structure', 'union', 'list', 'map'].includes(type)) {
    if (text !== '') problems.push(`${path}: text in a ${type}`)
  } else if (element.children.length > 0) problems.push(`${path}: elements in a ${type}`)
  switch (type) {
    case 'structure':
    case 'union': {
      const value: Record<string, unknown> = {}
      const members = Object.entries(shape?.members ?? {})
      for (const child of element.children) {
        const member = members.find(
          ([name, ref]) => (ref.traits?.['smithy.api#xmlName'] ?? name) === child.name
        )
        if (!member) {
          value[child.name] = child.text
          continue
        }
        const [name, ref] = member
        if (name in value) problems.push(`${path}.${name}: repeated`)
        value[name] = xmlValue(model, ref.target, child, `${path}.${name}`, problems)
      }
      return value
    }
    case 'list': {
      const item = shape?.member
      const itemName = (item?.traits?.['smithy.api#xmlName'] as string | undefined) ?? 'member'
      return element.children.map((child, i) => {
        if (child.name !== itemName)
          problems.push(`${path}[${i}]: <${child.name}> where items are <${itemName}>`)
        return xmlValue(model, item?.target ?? '', child, `${path}[${i}]`, problems)
      })
    }
    case 'map': {
      const entries = element.children.map((entry) => {
        const key = entry.children.find((c) => c.name === 'key')
        const value = entry.children.find((c) => c.name === 'value')
        if (entry.name !== 'entry' || !key || !value)
          problems.push(`${path}: <${entry.name}> is not an <entry> with <key> and <value>`)
        return [
          key?.text ?? '',
          value &&
            xmlValue(
              model,
              shape?.value?.target ?? '',
              value,
              `${path}.${key?.text ?? ''}`,
              problems
            )
        ]
      })
      return Object.fromEntries(entries)
    }
    case 'timestamp': {
      // awsQuery sends date-time (ISO 8601); the JSON checks take epoch seconds.
      const ms = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/.test(text)
        ? Date.parse(text)
        : Number.NaN
      return Number.isNaN(ms) ? text : ms / 1000
    }
    case 'integer':
    case 'long':
      return /^-?\d+$/.test(text) ? Number(text) : text
    case 'float':
    case 'double':
      return text !== '' && !Number.isNaN(Number(text)) ? Number(text) : text
    case 'boolean':
      return text === 'true' ? true : text === 'false' ? false : text
    default:
      return element.text
  }
}

/**
 * Problems with `xml` as the awsQuery answer to `operation`: an `<OperationResponse>` in the
 * service's XML namespace holding `<OperationResult>`, whose content must be the output shape.
 */
export function xmlOutputProblems(model: Model, operation: string, xml: unknown): string[] {
  const target = operationShape(model, operation)?.output?.target
  if (target === undefined) return [`${operation}: no such operation with an output in the model`]
  if (typeof xml !== 'string') return [`${operation}: the answer is not XML text`]
  let root: XmlElement
  try {
    root = parseXml(xml)
  } catch (error) {
    return [`${operation}: ${error instanceof Error ? error.message : String(error)}`]
  }
  const service = Object.values(model.shapes).find((s) => s?.type === 'service')
  const namespace = (service?.traits?.['smithy.api#xmlNamespace'] as { uri?: string } | undefined)
    ?.uri
  const problems: string[] = []
  if (root.name !== `${operation}Response`)
    problems.push(`${operation}: the document element is <${root.name}>`)
  if (namespace !== undefined && root.attributes.xmlns !== namespace)
    problems.push(`${operation}: xmlns is ${String(root.attributes.xmlns)}, not ${namespace}`)
  const result = root.children.find((c) => c.name === `${operation}Result`)
  if (!result) return [...problems, `${operation}: no <${operation}Result>`]
  const value = xmlValue(model, target, result, operation, problems)
  return [...problems, ...shapeProblems(model, target, value, operation)]
}

/**
 * Problems with every answer recorded in `calls` (the calls to `model`'s service): outputs, as
 * JSON or (awsQuery services) XML, and error types, which must be modelled or in `commonErrors`.
 */
export function callProblems(
  model: Model,
  calls: readonly AwsRecordedCall[],
  commonErrors: readonly string[] = []
): string[] {
  const service = Object.values(model.shapes).find((s) => s?.type === 'service')
  const xml = service?.traits?.['aws.protocols#awsQuery'] !== undefined
  const problems = calls.flatMap(({ operation, output, errorType }) => {
    if (errorType !== undefined) return errorProblems(model, operation, errorType, commonErrors)
    return xml
      ? xmlOutputProblems(model, operation, output)
      : outputProblems(model, operation, output)
  })
  return [...new Set(problems)]
}
