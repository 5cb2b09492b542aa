import { Ajv2020, type Options } from 'ajv/dist/2020.js'
import standaloneCode from 'ajv/dist/standalone/index.js'
import { readFile } from 'node:fs/promises'
import { compile, type JSONSchema } from 'json-schema-to-typescript'
import { format, resolveConfig } from 'prettier'
import { schemaReference } from './schema-docs.js'
import { subActionFiles } from './sub-actions.js'

/**
 * Each schema becomes `src/generated/<name>.ts` (its types and the schema itself as a constant)
 * and `docs/<name>-reference.md` (a field reference).
 */
const SCHEMAS = [
  {
    name: 'runbook',
    file: 'schemas/runbook.schema.json',
    constant: 'runbookSchema',
    type: 'Runbook'
  },
  {
    name: 'incident',
    file: 'schemas/incident.schema.json',
    constant: 'incidentSchema',
    type: 'Incident'
  },
  {
    name: 'dispatch',
    file: 'schemas/dispatch.schema.json',
    constant: 'dispatchSchema',
    type: 'DispatchPayload'
  },
  {
    name: 'triage',
    file: 'schemas/triage.schema.json',
    constant: 'triageSchema',
    type: 'TriageAnswer'
  },
  {
    name: 'plan',
    file: 'schemas/plan.schema.json',
    constant: 'planSchema',
    type: 'Plan'
  },
  {
    name: 'record',
    file: 'schemas/record.schema.json',
    constant: 'recordSchema',
    type: 'IssueRecord'
  },
  {
    name: 'log-anomaly',
    file: 'schemas/log-anomaly.schema.json',
    constant: 'logAnomalySchema',
    type: 'LogAnomaly'
  },
  {
    name: 'snapshot',
    file: 'schemas/snapshot.schema.json',
    constant: 'snapshotSchema',
    type: 'IncidentSnapshot'
  }
] as const

/**
 * Schemas OpsLoop validates at run time become precompiled validators (ajv's standalone code),
 * `src/generated/validate-<name>.js` with its declaration: no schema compilation at start-up, and
 * no `new Function` at run time. Each keeps the ajv options its caller relied on when it compiled
 * the schema itself (the runbook validator is verbose: its messages quote the failing schema).
 */
const VALIDATORS = [
  {
    name: 'runbook',
    type: 'Runbook',
    options: {
      allErrors: true,
      strict: true,
      allowUnionTypes: true,
      strictRequired: false,
      verbose: true
    }
  },
  { name: 'dispatch', type: 'DispatchPayload', options: { allErrors: true, strict: false } },
  { name: 'triage', type: 'TriageAnswer', options: { allErrors: true, strict: false } },
  { name: 'record', type: 'IssueRecord', options: { allErrors: false, strict: false } },
  { name: 'plan', type: 'Plan', options: { allErrors: false, strict: false } },
  { name: 'log-anomaly', type: 'LogAnomaly', options: { allErrors: true, strict: true } },
  {
    name: 'snapshot',
    type: 'IncidentSnapshot',
    options: { allErrors: true, strict: true, allowUnionTypes: true }
  }
] as const satisfies readonly {
  name: (typeof SCHEMAS)[number]['name']
  type: string
  options: Options
}[]

/**
 * ajv's standalone code requires its small runtime helpers (code-point length, deep equality)
 * even in ES module output; they become imports. A default import of these CommonJS modules is
 * the module object under Node and the function under rollup, so either is accepted.
 */
function esmValidator(code: string): string {
  const helpers = new Map<string, string>()
  const body = code.replace(
    /require\("(ajv\/dist\/runtime\/[a-z0-9]+)"\)\.default/g,
    (_, path: string) => {
      let name = helpers.get(path)
      if (!name) helpers.set(path, (name = `runtime${helpers.size}`))
      return `(${name}.default ?? ${name})`
    }
  )
  if (/\brequire\(/.test(body))
    throw new Error('ajv standalone code requires a module this generator does not import')
  const imports = [...helpers].map(([path, name]) => `import ${name} from "${path}.js";`)
  return body.replace(/^"use strict";/, `"use strict";\n${imports.join('\n')}`)
}

async function validatorFiles(): Promise<GeneratedFile[]> {
  const out: GeneratedFile[] = []
  for (const v of VALIDATORS) {
    const file = SCHEMAS.find((s) => s.name === v.name)?.file ?? ''
    const schema = JSON.parse(await readFile(file, 'utf8')) as object
    const ajv = new Ajv2020({ ...v.options, code: { source: true, esm: true } })
    const code = (standaloneCode as unknown as typeof standaloneCode.default)(
      ajv,
      ajv.compile(schema)
    )
    const banner = `// Generated from ${file} by \`npm run generate\` (ajv standalone code). Do not edit.`
    out.push({
      path: `src/generated/validate-${v.name}.js`,
      content: `${banner}\n${esmValidator(code)}\n`
    })
    out.push({
      path: `src/generated/validate-${v.name}.d.ts`,
      content: [
        banner,
        "import type { ValidateFunction } from 'ajv'",
        `import type { ${v.type} } from './${v.name}.js'`,
        '',
        `export declare const validate: ValidateFunction<${v.type}>`,
        'export default validate',
        ''
      ].join('\n')
    })
  }
  return out
}

export interface GeneratedFile {
  path: string
  content: string
}

export async function generatedFiles(): Promise<GeneratedFile[]> {
  const prettierConfig = (await resolveConfig('src/generated/x.ts')) ?? {}
  const out: GeneratedFile[] = []
  for (const s of SCHEMAS) {
    const schema = JSON.parse(await readFile(s.file, 'utf8')) as JSONSchema
    const types = await compile({ ...schema, title: s.type }, s.type, {
      bannerComment: '',
      additionalProperties: false,
      unreachableDefinitions: false,
      strictIndexSignatures: true,
      format: false,
      // Plain arrays, not a union of tuples for every length up to maxItems.
      maxItems: -1
    })
    const source = [
      `// Generated from ${s.file} by \`npm run generate\`. Do not edit.`,
      '',
      types,
      `export const ${s.constant} = ${JSON.stringify(schema)} as const`,
      ''
    ].join('\n')
    out.push({
      path: `src/generated/${s.name}.ts`,
      content: await format(source, { ...prettierConfig, parser: 'typescript' })
    })
    out.push({
      path: `docs/${s.name}-reference.md`,
      content: await format(schemaReference(schema, s.file), {
        ...prettierConfig,
        parser: 'markdown'
      })
    })
  }
  out.push(...(await validatorFiles()))
  out.push(...(await subActionFiles()))
  return out
}
