// GitHub's official OpenAPI description (@octokit/openapi) as the stand-in uses it: each served
// operation as plain data, the schema behind each of its validators, and the routing table.
// Compiling the validators (and caching them) is validators.ts's job.
// The description is OpenAPI 3.0, not JSON Schema: schemas are rewritten before ajv sees them
// (`nullable`, `$ref` into components, annotation keywords), and query strings are coerced by
// the declared parameter types, as GitHub parses them.
import type { Ajv, CodeOptions, ErrorObject, Options, ValidateFunction } from 'ajv'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'

export type Node = Record<string, unknown>

interface Description {
  paths: Record<string, Record<string, Node>>
  components: {
    schemas: Record<string, Node>
    parameters: Record<string, Node>
    responses: Record<string, Node>
  }
}

/** One path or query parameter of an operation. */
export interface Parameter {
  name: string
  in: 'path' | 'query'
  required: boolean
  schema: Node
  /** GitHub's `x-multi-segment`: the value may span `/` (a file path). */
  multi: boolean
}

export interface Operation {
  /** GitHub's operation id, e.g. `issues/create`. */
  id: string
  method: string
  /** Path template as in the description, e.g. `/repos/{owner}/{repo}/issues`. */
  template: string
  /** The operation's reference page, which GitHub puts in `documentation_url` of its errors. */
  docsUrl: string
  /** Path parameters of `path` when it matches the template (undecoded values are not a match). */
  match(path: string): Record<string, string> | undefined
  /** Coerces query strings to their declared types, applies declared defaults, validates. */
  checkQuery(query: URLSearchParams): Checked
  checkPath(params: Record<string, string>): Checked
  /** Undefined when the operation takes no JSON body. */
  checkBody?: (body: unknown) => Issue[]
  bodyRequired: boolean
  /**
   * Validator of a response body by status; null when the status is documented without a JSON
   * body; undefined when the status is not documented for this operation.
   */
  response(status: number): ValidateFunction | null | undefined
}

export interface Issue {
  /** JSON Pointer into the checked value, e.g. `/title` or `/labels/0`. */
  pointer: string
  message: string
}

interface Checked {
  values: Record<string, unknown>
  issues: Issue[]
}

const COMPONENT_REF = '#/components/schemas/'
const SCHEMA_BASE = 'https://api.github.com/openapi/components/schemas/'
/** Keywords of OpenAPI 3.0 schema objects that are annotations, not JSON Schema assertions. */
const DROPPED = new Set(['example', 'discriminator', 'externalDocs', 'xml', 'nullable'])

let description: Description | undefined

function load(): Description {
  if (description) return description
  const file = createRequire(import.meta.url).resolve(
    '@octokit/openapi/generated/api.github.com.json'
  )
  description = JSON.parse(readFileSync(file, 'utf8')) as Description
  return description
}

/**
 * The formats the description uses: date-time and uri are checked (without ajv-formats), the
 * rest accepted as declared. Regular expressions, so the cached module can carry them as code.
 */
export const FORMATS: Record<string, RegExp | true> = {
  'date-time': /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/,
  uri: /^[a-z][a-z0-9+.-]*:\S*$/i,
  'uri-template': true,
  date: true,
  email: true,
  int32: true,
  int64: true,
  double: true,
  binary: true,
  'repo.nwo': true
}

/**
 * ajv's options for the description. strictSchema stays on: a keyword the rewrite below does
 * not know fails compilation loudly instead of being skipped.
 */
export function ajvOptions(code: CodeOptions = {}): Options {
  return {
    allErrors: true,
    code: { optimize: false, ...code }, // compiles about a third faster (what a live compile wants)
    strictSchema: true,
    strictTypes: false,
    strictTuples: false,
    strictRequired: false,
    allowUnionTypes: true,
    formats: FORMATS
  }
}

const registered = new WeakMap<Ajv, Set<string>>()

/** Converts `schema` for `ajv`, first registering every component schema it reaches. */
export function register(ajv: Ajv, schema: Node): Node {
  let added = registered.get(ajv)
  if (!added) registered.set(ajv, (added = new Set()))
  const pending = new Set<string>()
  const root = convert(schema, pending)
  for (const name of pending) {
    if (added.has(name)) continue
    added.add(name)
    const component = load().components.schemas[name]
    if (!component) throw new Error(`unknown component schema ${name}`)
    ajv.addSchema(convert(component, pending), SCHEMA_BASE + encodeURIComponent(name))
  }
  return root
}

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Follows a `$ref` to `#/components/<kind>/<name>` for parameters and responses. */
function deref(node: Node): Node {
  const ref = node.$ref
  if (typeof ref !== 'string') return node
  const [, , kind, name] = ref.split('/')
  const table = (load().components as unknown as Record<string, Record<string, Node>>)[kind ?? '']
  const target = table?.[name ?? '']
  if (!target) throw new Error(`unresolved $ref ${ref}`)
  return deref(target)
}

/**
 * Rewrites an OpenAPI 3.0 schema into draft-07 JSON Schema for ajv:
 * - `nullable: true` becomes a `null` type (and a `null` enum member), or `anyOf [schema, null]`
 *   where there is no single `type` (GitHub writes nullable `oneOf`s and `allOf`s);
 * - a `oneOf` whose branches are nullable is made nullable as a whole, or `null` would match
 *   several branches and fail `oneOf`;
 * - a `oneOf` of objects that require nothing and allow other properties becomes `anyOf`: any
 *   object matches all of them, so GitHub's own answer would fail it (the 409 of
 *   repos/create-or-update-file-contents is basic-error or repository-rule-violation-error);
 * - `$ref`s point at separately registered component schemas (siblings are ignored, as in 3.0);
 * - annotation keywords and `x-` extensions are dropped.
 */
function convert(schema: Node, refs: Set<string>): Node {
  if (typeof schema.$ref === 'string') {
    if (!schema.$ref.startsWith(COMPONENT_REF)) throw new Error(`unexpected $ref ${schema.$ref}`)
    const name = schema.$ref.slice(COMPONENT_REF.length)
    refs.add(name)
    return { $ref: SCHEMA_BASE + encodeURIComponent(name) }
  }
  let nullable = schema.nullable === true
  const out: Node = {}
  for (const [key, value] of Object.entries(schema)) {
    if (DROPPED.has(key) || key.startsWith('x-')) continue
    if (key === 'properties' && isNode(value)) {
      out.properties = Object.fromEntries(
        Object.entries(value).map(([name, sub]) => [name, convert(sub as Node, refs)])
      )
    } else if (
      (key === 'items' || key === 'additionalProperties' || key === 'not') &&
      isNode(value)
    ) {
      out[key] = convert(value, refs)
    } else if ((key === 'oneOf' || key === 'anyOf' || key === 'allOf') && Array.isArray(value)) {
      const branches = value as Node[]
      if (key === 'oneOf' && branches.some((b) => b.nullable === true)) nullable = true
      const converted = branches.map((b) =>
        convert(key === 'oneOf' ? { ...b, nullable: false } : b, refs)
      )
      out[key === 'oneOf' && branches.every(openObject) ? 'anyOf' : key] = converted
    } else out[key] = value
  }
  if (!nullable) return out
  const composite = 'oneOf' in out || 'anyOf' in out || 'allOf' in out
  if (typeof out.type === 'string' && !composite) {
    out.type = [out.type, 'null']
    if (Array.isArray(out.enum)) out.enum = [...(out.enum as unknown[]), null]
    return out
  }
  return { anyOf: [out, { type: 'null' }] }
}

/** A schema, or the component schema its `$ref` names. */
function resolved(schema: Node): Node {
  const ref = schema.$ref
  if (typeof ref !== 'string' || !ref.startsWith(COMPONENT_REF)) return schema
  return load().components.schemas[ref.slice(COMPONENT_REF.length)] ?? schema
}

/** An object schema that every object missing its properties matches (nothing required). */
function openObject(schema: Node): boolean {
  const target = resolved(schema)
  return (
    target.type === 'object' &&
    target.required === undefined &&
    target.additionalProperties === undefined
  )
}

export function issuesOf(errors: ErrorObject[] | null | undefined): Issue[] {
  return (errors ?? []).map((e) => {
    const extra =
      e.keyword === 'additionalProperties'
        ? ` '${String(e.params.additionalProperty)}'`
        : e.keyword === 'enum'
          ? `: ${JSON.stringify(e.params.allowedValues)}`
          : ''
    return { pointer: e.instancePath || '/', message: `${e.message ?? e.keyword}${extra}` }
  })
}

/** A matcher for a path template; parameter names may hold `-`, so groups are positional. */
function templateRegex(
  template: string,
  multiSegment: Set<string>
): { regex: RegExp; names: string[] } {
  const names: string[] = []
  const source = template
    .split(/(\{[^}]+\})/)
    .map((part) => {
      const name = /^\{([^}]+)\}$/.exec(part)?.[1]
      if (name === undefined) return part.replace(/[.*+?^$()|[\]\\]/g, '\\$&')
      names.push(name)
      return multiSegment.has(name) ? '(.+)' : '([^/]+)'
    })
    .join('')
  return { regex: new RegExp(`^${source}$`), names }
}

/** Coerces a query string by the declared type, as GitHub's parameter parsing does. */
function coerce(raw: string, schema: Node): unknown {
  if ((schema.type === 'integer' || schema.type === 'number') && /^-?\d+(\.\d+)?$/.test(raw)) {
    return Number(raw)
  }
  if (schema.type === 'boolean' && (raw === 'true' || raw === 'false')) return raw === 'true'
  if (schema.type === 'array') return raw.split(',')
  return raw
}

/** The JSON Schema of an object holding the given parameters, as ajv checks them. */
function parametersSchema(params: Parameter[]): Node {
  return {
    type: 'object',
    properties: Object.fromEntries(params.map((p) => [p.name, p.schema])),
    required: params.filter((p) => p.required).map((p) => p.name)
  }
}

/**
 * What the stand-in needs of one operation, as plain data: everything but the compiled
 * validators, which are keyed by `validatorKeys` (so they can be compiled once and cached).
 */
export interface OperationSpec {
  id: string
  method: string
  template: string
  docsUrl: string
  bodyRequired: boolean
  params: Parameter[]
  /** Whether the operation takes a JSON body. */
  hasBody: boolean
  /** Documented statuses; false where the status has no JSON body. */
  responses: Record<string, boolean>
}

/** The name of each validator an operation uses, in the compiled set. */
export const validatorKeys = {
  path: (id: string) => `${id} path`,
  query: (id: string) => `${id} query`,
  body: (id: string) => `${id} body`,
  response: (id: string, status: string) => `${id} response ${status}`,
  component: (name: string) => `component ${name}`
}

/**
 * One operation of the description: its spec, and the OpenAPI schema behind each validator key
 * (unconverted; `compile` and the cached module convert them).
 */
export function describeOperation(id: string): { spec: OperationSpec; schemas: Map<string, Node> } {
  const { method, template, op, shared } = locate(id)
  const params = [...shared, ...((op.parameters as Node[] | undefined) ?? [])]
    .map(deref)
    .filter((p) => p.in === 'path' || p.in === 'query')
    .map((p): Parameter => ({
      name: p.name as string,
      in: p.in as 'path' | 'query',
      required: p.required === true,
      schema: p.schema as Node,
      multi: p['x-multi-segment'] === true
    }))
  const schemas = new Map<string, Node>()
  schemas.set(validatorKeys.path(id), parametersSchema(params.filter((p) => p.in === 'path')))
  schemas.set(validatorKeys.query(id), parametersSchema(params.filter((p) => p.in === 'query')))
  const requestBody = op.requestBody ? deref(op.requestBody as Node) : undefined
  const bodySchema = (requestBody?.content as Record<string, Node> | undefined)?.[
    'application/json'
  ]?.schema as Node | undefined
  if (bodySchema) schemas.set(validatorKeys.body(id), bodySchema)
  const responses: Record<string, boolean> = {}
  for (const [status, raw] of Object.entries(op.responses as Record<string, Node>)) {
    const content = deref(raw).content as Record<string, Node> | undefined
    const schema = content?.['application/json']?.schema as Node | undefined
    responses[status] = schema !== undefined
    if (schema) schemas.set(validatorKeys.response(id, status), schema)
  }
  const spec: OperationSpec = {
    id,
    method: method.toUpperCase(),
    template,
    docsUrl:
      (op.externalDocs as { url?: string } | undefined)?.url ?? 'https://docs.github.com/rest',
    bodyRequired: requestBody?.required === true,
    params,
    hasBody: bodySchema !== undefined,
    responses
  }
  return { spec, schemas }
}

/** The schema behind a component validator key. */
export function componentSchema(name: string): Node {
  return { $ref: COMPONENT_REF + name }
}

/** Finds validators by key (compiled live or loaded from the cache). */
export type Validators = (key: string) => ValidateFunction

/** An operation from its spec and its validators. */
export function operationFrom(spec: OperationSpec, validators: Validators): Operation {
  const { id } = spec
  const pathParams = spec.params.filter((p) => p.in === 'path')
  const queryParams = spec.params.filter((p) => p.in === 'query')
  const { regex, names } = templateRegex(
    spec.template,
    new Set(pathParams.filter((p) => p.multi).map((p) => p.name))
  )
  const check = (key: string, values: unknown): Issue[] => {
    const validate = validators(key)
    return validate(values) ? [] : issuesOf(validate.errors)
  }
  return {
    id,
    method: spec.method,
    template: spec.template,
    docsUrl: spec.docsUrl,
    bodyRequired: spec.bodyRequired,
    match(path) {
      const found = regex.exec(path)
      if (!found) return undefined
      try {
        return Object.fromEntries(
          names.map((name, i) => [name, decodeURIComponent(found[i + 1] ?? '')])
        )
      } catch {
        return undefined
      }
    },
    checkPath(raw) {
      const values: Record<string, unknown> = {}
      for (const p of pathParams) {
        const value = raw[p.name]
        if (value !== undefined) values[p.name] = coerce(value, p.schema)
      }
      return { values, issues: check(validatorKeys.path(id), values) }
    },
    checkQuery(query) {
      const values: Record<string, unknown> = {}
      for (const p of queryParams) {
        const value = query.get(p.name)
        if (value !== null) values[p.name] = coerce(value, p.schema)
        else if (p.schema.default !== undefined) values[p.name] = p.schema.default
      }
      return { values, issues: check(validatorKeys.query(id), values) }
    },
    checkBody: spec.hasBody ? (body) => check(validatorKeys.body(id), body) : undefined,
    response(status) {
      const key = String(status) in spec.responses ? String(status) : 'default'
      const hasJson = spec.responses[key]
      if (hasJson === undefined) return undefined
      return hasJson ? validators(validatorKeys.response(id, key)) : null
    }
  }
}

function locate(id: string): { method: string; template: string; op: Node; shared: Node[] } {
  for (const [template, item] of Object.entries(load().paths)) {
    for (const [method, op] of Object.entries(item)) {
      if (method !== 'parameters' && op.operationId === id) {
        const shared = (item.parameters as unknown as Node[] | undefined) ?? []
        return { method, template, op, shared }
      }
    }
  }
  throw new Error(`operation ${id} is not in GitHub's description`)
}

/** One route of the description, for matching a request to its operation. */
export interface Route {
  method: string
  id: string
  template: string
  /** Path parameters that may span `/` (GitHub's `x-multi-segment`: a file path, a ref). */
  multi: string[]
}

/**
 * Operations GitHub describes twice under different templates for one URL: the stand-in routes
 * that URL to the other one (`compare/{base}...{head}` is `compare/{basehead}`, which Octokit's
 * compareCommits and compareCommitsWithBasehead both reach).
 */
const DUPLICATES = new Set(['repos/compare-commits'])

/** Every operation's method and path template. */
export function routeTable(): Route[] {
  return Object.entries(load().paths).flatMap(([template, item]) => {
    const shared = (item.parameters as unknown as Node[] | undefined) ?? []
    return Object.entries(item)
      .filter(([m, op]) => m !== 'parameters' && !DUPLICATES.has(op.operationId as string))
      .map(([m, op]) => ({
        method: m.toUpperCase(),
        id: op.operationId as string,
        template,
        multi: [...shared, ...((op.parameters as Node[] | undefined) ?? [])]
          .map(deref)
          .filter((p) => p.in === 'path' && p['x-multi-segment'] === true)
          .map((p) => p.name as string)
      }))
  })
}

/**
 * A request's operation, as GitHub routes it: where templates overlap (`/issues/comments`
 * against `/issues/{issue_number}`), the one with more literal text wins.
 */
export function router(routes: Route[]): (method: string, path: string) => string | undefined {
  const table = routes
    .map((r) => ({
      method: r.method,
      id: r.id,
      // A branch may hold `/` (`release/1.2`), so refs span segments as file paths do.
      regex: templateRegex(r.template, new Set(['path', ...r.multi])).regex,
      literal: r.template.replace(/\{[^}]+\}/g, '').length
    }))
    .sort((a, b) => b.literal - a.literal)
  return (method, path) => table.find((t) => t.method === method && t.regex.test(path))?.id
}
