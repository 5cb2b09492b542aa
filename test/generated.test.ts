// The JSON Schemas are the source of truth; the TypeScript derived from them must be current.
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { generatedFiles } from '../scripts/generated-files.js'

describe('generated types', () => {
  it('match schemas/ (run `npm run generate` after changing a schema)', async () => {
    for (const file of await generatedFiles()) {
      expect({ path: file.path, content: readFileSync(file.path, 'utf8') }).toEqual({
        path: file.path,
        content: file.content
      })
    }
  })
})
