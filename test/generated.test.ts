// The JSON Schemas are the source of truth; the types and docs derived from them must be current.
// Runs the generator in its own process (prettier's plugin loading does not run inside jest's VM).
import { describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { join } from 'node:path'

describe('generated files', () => {
  it('match schemas/ (run `npm run generate` after changing a schema)', () => {
    const tsx = join('node_modules', '.bin', 'tsx')
    const r = spawnSync(tsx, ['scripts/generate.ts', '--check'], { encoding: 'utf8' })
    expect({ status: r.status, stderr: r.stderr }).toEqual({ status: 0, stderr: '' })
    expect(r.stdout).toBe('Generated files are up to date.\n')
  })
})
