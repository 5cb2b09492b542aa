// Renders a JSON Schema as a Markdown field reference, so documentation derives from the schema.
type Node = Record<string, unknown>

const refName = (ref: string): string => ref.replace('#/$defs/', '')

function typeText(s: Node, defs: Record<string, Node>): string {
  if (typeof s.$ref === 'string') {
    const target = defs[refName(s.$ref)] ?? {}
    return target.properties
      ? `[${refName(s.$ref)}](#${refName(s.$ref).toLowerCase()})`
      : typeText(target, defs)
  }
  if ('const' in s) return `\`${JSON.stringify(s.const)}\``
  if (Array.isArray(s.enum)) return s.enum.map((v) => `\`${String(v)}\``).join(' \\| ')
  if (Array.isArray(s.oneOf)) return (s.oneOf as Node[]).map((b) => typeText(b, defs)).join(' or ')
  if (s.type === 'array') return `list of ${s.items ? typeText(s.items as Node, defs) : 'values'}`
  if (s.type === 'object' && s.additionalProperties && typeof s.additionalProperties === 'object') {
    return `map of name → ${typeText(s.additionalProperties as Node, defs)}`
  }
  if (Array.isArray(s.type)) return s.type.join(' \\| ')
  return typeof s.type === 'string' ? s.type : 'any'
}

function constraints(s: Node): string {
  const parts: string[] = []
  for (const k of [
    'pattern',
    'minimum',
    'maximum',
    'minLength',
    'maxLength',
    'minItems',
    'maxItems',
    'default'
  ]) {
    if (k in s) parts.push(`${k}: \`${k === 'pattern' ? String(s[k]) : JSON.stringify(s[k])}\``)
  }
  return parts.length > 0 ? ` (${parts.join(', ')})` : ''
}

const cell = (t: string): string => t.replace(/\|/g, '\\|').replace(/\n/g, ' ')

function table(s: Node, defs: Record<string, Node>): string[] {
  const required = new Set((s.required as string[] | undefined) ?? [])
  const rows = Object.entries((s.properties as Record<string, Node> | undefined) ?? {}).map(
    ([name, prop]) => {
      const target = typeof prop.$ref === 'string' ? (defs[refName(prop.$ref)] ?? {}) : {}
      const description = (prop.description ?? target.description ?? '') as string
      const type = typeText(prop, defs).replace(/\\\|/g, '|')
      return `| \`${name}\` | ${cell(type)} | ${required.has(name) ? 'yes' : ''} | ${cell(description)}${cell(constraints(prop))} |`
    }
  )
  return ['| Field | Type | Required | Description |', '| --- | --- | --- | --- |', ...rows]
}

export function schemaReference(schema: Node, source: string): string {
  const defs = (schema.$defs ?? {}) as Record<string, Node>
  const out = [
    `# ${String(schema.title)} reference`,
    '',
    `Generated from [\`${source}\`](../${source}) by \`npm run generate\`; do not edit by hand.`,
    '',
    typeof schema.description === 'string' ? schema.description : '',
    '',
    '## Top level',
    '',
    ...table(schema, defs)
  ]
  for (const [name, def] of Object.entries(defs)) {
    if (!def.properties) continue
    out.push(
      '',
      `## ${name}`,
      '',
      ...(typeof def.description === 'string' ? [def.description, ''] : []),
      ...table(def, defs)
    )
  }
  return `${out.join('\n')}\n`
}
