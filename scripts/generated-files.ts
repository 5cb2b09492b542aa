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
  }
] as const

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
  out.push(...(await subActionFiles()))
  return out
}
