// The repository's mapping of paths to services: the snapshot schema's components, read from YAML
// with each problem named by file, line, column and field, and nothing used when anything is wrong.
import { describe, expect, it } from '@jest/globals'
import { parseComponents } from '../../src/context/components.js'

describe('the components mapping', () => {
  it('reads services and the shared libraries they build from', () => {
    const map = parseComponents(
      'c.yml',
      "components:\n  - service: checkout\n    paths: ['services/checkout/**']\n  - paths: ['libs/http/**']\n    usedBy: [checkout, search]\n"
    )
    expect(map).toEqual({
      file: 'c.yml',
      problems: [],
      components: [
        { service: 'checkout', paths: ['services/checkout/**'] },
        { paths: ['libs/http/**'], usedBy: ['checkout', 'search'] }
      ]
    })
  })

  it('names each problem by line, column and field, and uses none of it', () => {
    const map = parseComponents(
      'c.yml',
      "components:\n  - service: checkout\n    path: ['services/checkout/**']\n  - paths: [libs/**]\n"
    )
    expect(map.components).toEqual([])
    expect(map.problems).toEqual([
      "c.yml:2:5: `components[0]` must have required property 'paths'",
      'c.yml:2:5: `components[0]` must NOT have additional properties (`path`; a component has `service`, `paths`, `usedBy` and `repo`)',
      'c.yml:4:5: `components[1]` must NOT have fewer than 2 properties: give `service` (whose paths these are) or `usedBy` (the services that build from them)'
    ])
    expect(parseComponents('c.yml', 'services: []\n').problems).toEqual([
      expect.stringMatching(/^c\.yml:1:1: expected a `components` list, such as:/)
    ])
    expect(parseComponents('c.yml', 'components: []\nextra: 1\n').problems).toEqual([
      'c.yml:2:1: unknown field `extra`; the file holds only `components`'
    ])
    expect(parseComponents('c.yml', 'components: [\n').problems[0]).toMatch(
      /^c\.yml:2:1: YAML syntax error/
    )
  })
})
