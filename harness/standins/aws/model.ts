// Checks stand-in answers against the AWS Smithy JSON models in ../shared/testdata/aws-models
// (a sibling checkout, optional for users: without it the conformance tests skip). A value is
// checked as the JSON a client receives: members the model does not name, missing required
// members, enum values, JSON types, string lengths, and errors an operation does not model.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

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
  const modelled = (op.errors ?? []).map((e) => e.target.replace(`${model.namespace}#`, ''))
  return [...modelled, ...commonErrors].includes(errorType)
    ? []
    : [`${operation}: error ${errorType} not modelled`]
}
