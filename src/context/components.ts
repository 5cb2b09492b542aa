// The repository's mapping of paths to services (the `components` input, default
// `.github/opsloop-components.yml`): which service each path belongs to, and which paths are
// shared libraries that several services build from. Change attribution uses it to rule out a
// commit that touched only code of services that show no errors, and to keep one in a library the
// failing service builds from. Its entries are the snapshot's (`components` in
// schemas/snapshot.schema.json, the single definition), checked with that schema's validator and
// reported by file, line and field. Pure: the text in, the mapping and its problems out.
//
//   components:
//     - service: checkout
//       paths: ['services/checkout/**']
//     - paths: ['libs/http-client/**']
//       usedBy: [checkout, search]
import type { Component } from '../generated/snapshot.js'
import validateSnapshot from '../generated/validate-snapshot.js'
import { SNAPSHOT_VERSION } from './snapshot.js'
import { formatPath, locate, parseYaml, type PathSegment } from '../catalog/yaml-source.js'

export interface ComponentMap {
  file: string
  components: Component[]
  /** `file:line:column: what is wrong and what to do`; the mapping is not used when any. */
  problems: string[]
}

const EXAMPLE = "components:\n  - service: checkout\n    paths: ['services/checkout/**']"

export function parseComponents(file: string, text: string): ComponentMap {
  const parsed = parseYaml(file, text)
  const at = (line: number, column: number, message: string): string =>
    `${file}:${line}:${column}: ${message}`
  const none = (problems: string[]): ComponentMap => ({ file, components: [], problems })
  if (!parsed.source) return none(parsed.problems.map((p) => at(p.line, p.column, p.message)))
  if (parsed.problems.length > 0)
    return none(parsed.problems.map((p) => at(p.line, p.column, p.message)))
  const source = parsed.source
  const data = source.data as { components?: unknown } | null
  const keys = data && typeof data === 'object' ? Object.keys(data) : []
  if (!data || typeof data !== 'object' || Array.isArray(data) || !('components' in data))
    return none([at(1, 1, `expected a \`components\` list, such as:\n${EXAMPLE}`)])
  const unknown = keys.filter((k) => k !== 'components')
  if (unknown.length > 0) {
    const where = locate(source, [unknown[0] ?? ''], 'key')
    return none([
      at(
        where.line,
        where.column,
        `unknown field \`${unknown[0] ?? ''}\`; the file holds only \`components\``
      )
    ])
  }
  // The snapshot schema's definition of a component is the one definition: checked by its
  // validator inside the smallest snapshot that holds them.
  const probe = {
    version: SNAPSHOT_VERSION,
    takenAt: '2000-01-01T00:00:00Z',
    event: {},
    components: data.components
  }
  if (validateSnapshot(probe)) return { file, components: probe.components ?? [], problems: [] }
  return none(
    (validateSnapshot.errors ?? []).slice(0, 5).map((e) => {
      const path: PathSegment[] = e.instancePath
        .split('/')
        .slice(1)
        .map((s) => (/^\d+$/.test(s) ? Number(s) : s))
      const where = locate(source, path)
      const field = path.length > 0 ? `\`${formatPath(path)}\`` : 'the file'
      const extra =
        e.keyword === 'additionalProperties'
          ? ` (\`${String((e.params as { additionalProperty?: unknown }).additionalProperty)}\`; a component has \`service\`, \`paths\`, \`usedBy\` and \`repo\`)`
          : e.keyword === 'minProperties'
            ? ': give `service` (whose paths these are) or `usedBy` (the services that build from them)'
            : ''
      return at(where.line, where.column, `${field} ${e.message ?? 'is invalid'}${extra}`)
    })
  )
}
