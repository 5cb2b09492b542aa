// The stand-in's validators for GitHub's description, compiled once per machine rather than once
// per test file: ajv's standalone code for every served operation (and the components tests
// check), kept in the stand-ins' cache (../cache.ts) under a hash of everything that shapes it
// (the description's version, ajv's, this code and the operations asked for). Each process then loads
// one module instead of parsing a 13 MB description and compiling hundreds of schemas. What the
// cached set does not hold (another operation or component), or a machine whose node_modules is
// read-only, compiles live with the same options, so the answers are the same either way.
import type { Ajv, ValidateFunction } from 'ajv'
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, extname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import {
  ajvOptions,
  componentSchema,
  describeOperation,
  FORMATS,
  operationFrom,
  register,
  routeTable,
  router,
  validatorKeys,
  type Node,
  type Operation,
  type OperationSpec,
  type Route
} from './openapi.js'
import { cachedFile } from '../cache.js'

/** Components whose validators the cached set holds: GitHub's error bodies, and those tests check. */
const CACHED_COMPONENTS = [
  'basic-error',
  'validation-error',
  'issue-comment',
  'deployment',
  'release',
  'pull-request-simple'
]

/** The export of the cached module that carries the specs and routes. */
const META = '__opsloop_meta'

interface Meta {
  specs: Record<string, OperationSpec>
  routes: Route[]
}

const load = createRequire(import.meta.url)

/** ajv's compiler, loaded only to compile: a process that finds the cache never needs it. */
const ajvPackage = (): typeof import('ajv') => load('ajv') as typeof import('ajv')
const standaloneCode = (): typeof import('ajv/dist/standalone/index.js').default =>
  (load('ajv/dist/standalone') as typeof import('ajv/dist/standalone/index.js')).default

let liveAjv: Ajv | undefined
const live = new Map<string, ValidateFunction>()

/** Compiles one validator in this process (the path the cache exists to avoid). */
function compileLive(key: string, schema: () => Node): ValidateFunction {
  let validate = live.get(key)
  if (!validate) {
    liveAjv ??= new (ajvPackage().Ajv)(ajvOptions())
    validate = liveAjv.compile(register(liveAjv, schema()))
    live.set(key, validate)
  }
  return validate
}

/** The cached module's source: standalone validators, the formats they use, the specs. */
function moduleSource(ids: readonly string[]): string {
  const { Ajv, _ } = ajvPackage()
  // Compiled once per machine, so its validation speed counts more than its compile time.
  const ajv = new Ajv(ajvOptions({ source: true, optimize: true, formats: _`FORMATS` }))
  const exported: Record<string, string> = {}
  const specs: Record<string, OperationSpec> = {}
  const add = (key: string, schema: Node): void => {
    const id = `https://opsloop.invalid/validators/${encodeURIComponent(key)}`
    ajv.addSchema(register(ajv, schema), id)
    exported[key] = id
  }
  for (const id of ids) {
    const { spec, schemas } = describeOperation(id)
    specs[id] = spec
    for (const [key, schema] of schemas) add(key, schema)
  }
  for (const name of CACHED_COMPONENTS) add(validatorKeys.component(name), componentSchema(name))
  const formats = Object.entries(FORMATS)
    .filter((entry): entry is [string, RegExp] => entry[1] instanceof RegExp)
    .map(([name, regex]) => `${JSON.stringify(name)}: ${String(regex)}`)
  const meta: Meta = { specs, routes: routeTable() }
  const code = standaloneCode()(ajv, exported)
  return [
    '"use strict";',
    `const FORMATS = { ${formats.join(', ')} };`,
    code.replace(/^"use strict";/, ''),
    `exports[${JSON.stringify(META)}] = ${JSON.stringify(meta)};`,
    ''
  ].join('\n')
}

/** The cached module's name: a hash of everything that shapes it. */
function cacheName(ids: readonly string[]): string {
  const here = fileURLToPath(import.meta.url)
  const hash = createHash('sha256')
  hash.update(readFileSync(here))
  hash.update(readFileSync(join(dirname(here), `openapi${extname(here)}`)))
  hash.update(readFileSync(load.resolve('ajv/package.json')))
  hash.update(readFileSync(load.resolve('@octokit/openapi/package.json')))
  hash.update(JSON.stringify([ids, CACHED_COMPONENTS]))
  return `github-validators-${hash.digest('hex').slice(0, 20)}.cjs`
}

/** The cached module for `ids`, built first when missing; undefined when it cannot be written. */
function cachedModule(ids: readonly string[]): Record<string, unknown> | undefined {
  const file = cachedFile(cacheName(ids), () => moduleSource(ids))
  return file === undefined ? undefined : (load(file) as Record<string, unknown>)
}

/** GitHub's description as the stand-in serves it: operations, routing and component checks. */
export interface Description {
  operations: Operation[]
  /** A request's operation id, as GitHub routes it; undefined for paths it does not serve. */
  operationIdFor: (method: string, path: string) => string | undefined
}

const loaded = new Map<string, Description>()

/** The served operations with their validators: from the cache, built on first use. */
export function description(ids: readonly string[]): Description {
  const key = JSON.stringify(ids)
  let found = loaded.get(key)
  if (found) return found
  const cached = cachedModule(ids)
  if (cached) {
    const meta = cached[META] as Meta
    for (const [k, v] of Object.entries(cached))
      if (k.startsWith('component ')) live.set(k, v as ValidateFunction)
    const validators = (k: string): ValidateFunction => {
      const v = cached[k] as ValidateFunction | undefined
      if (!v) throw new Error(`the cached validators hold no ${k}`)
      return v
    }
    found = {
      operations: ids.map((id) => operationFrom(meta.specs[id] as OperationSpec, validators)),
      operationIdFor: router(meta.routes)
    }
  } else {
    const described = ids.map(describeOperation)
    const schemas = new Map(described.flatMap((d) => [...d.schemas]))
    const validators = (k: string): ValidateFunction =>
      compileLive(k, () => {
        const schema = schemas.get(k)
        if (!schema) throw new Error(`no schema for ${k}`)
        return schema
      })
    found = {
      operations: described.map((d) => operationFrom(d.spec, validators)),
      operationIdFor: router(routeTable())
    }
  }
  loaded.set(key, found)
  return found
}

/** A validator for one component schema, e.g. `basic-error`. */
export function componentValidator(name: string): ValidateFunction {
  return compileLive(validatorKeys.component(name), () => componentSchema(name))
}
