import { describe, expect, it } from '@jest/globals'
import { failsLoudly, shellUnsafeReason } from '../../src/catalog/shell-safety.js'
import { references } from '../../src/catalog/templates.js'
import { checkParameterValue } from '../../src/catalog/parameters.js'

const str = (extra: object) => ({ type: 'string' as const, description: 'x', ...extra })

describe('shell safety of parameters', () => {
  it('accepts enums and tight anchored patterns', () => {
    expect(shellUnsafeReason(str({ enum: ['nginx', 'app'] }))).toBeUndefined()
    expect(shellUnsafeReason(str({ pattern: '^i-[0-9a-f]{8,17}$' }))).toBeUndefined()
    expect(shellUnsafeReason(str({ pattern: '^(nginx|app)$' }))).toBeUndefined()
    expect(
      shellUnsafeReason(str({ pattern: '^/var/log/[a-z0-9_.-]+$', default: '/var/log/app.log' }))
    ).toBeUndefined()
    expect(shellUnsafeReason({ type: 'integer', description: 'n' })).toBeUndefined()
  })
  it('refuses unconstrained, unanchored and leaky patterns', () => {
    expect(shellUnsafeReason(str({}))).toMatch(/unconstrained/)
    expect(shellUnsafeReason(str({ pattern: '^[a-z]+' }))).toMatch(/not anchored/)
    expect(shellUnsafeReason(str({ pattern: '^a$|^b$' }))).toMatch(/not anchored/)
    expect(shellUnsafeReason(str({ pattern: '^.+$' }))).toMatch(/accepts ";"/)
    expect(shellUnsafeReason(str({ pattern: '^[a-z ]+$' }))).toMatch(/space/)
    expect(shellUnsafeReason(str({ pattern: '^[a-z\\n]+$' }))).toMatch(/newline/)
    expect(shellUnsafeReason(str({ pattern: '^[\\w$()]+$' }))).toMatch(/metacharacter/)
    expect(shellUnsafeReason(str({ enum: ['ok', '$(reboot)'] }))).toMatch(/enum value/)
  })
})

describe('fail-loudly check', () => {
  it.each([
    ['set -euo pipefail', true],
    ['set -Eeuo pipefail', true],
    ['set -e -u -o pipefail', true],
    ['set -o errexit -o nounset -o pipefail', true],
    ['set -eu', false],
    ['set -e -o pipefail', false],
    ['echo hi', false]
  ])('%s → %s', (line, ok) => {
    expect(failsLoudly(['# comment', line, 'true'])).toBe(ok)
  })
})

describe('template references', () => {
  it('finds params and targets, and flags everything else', () => {
    expect(references('restart {{ params.unit }} on {{targets}}').map((r) => r.kind)).toEqual([
      'param',
      'targets'
    ])
    expect(references('{{ env.HOME }} {{ params.a-b }}').map((r) => r.kind)).toEqual([
      'invalid',
      'invalid'
    ])
    expect(references('echo {{ params.x }')[0]).toMatchObject({
      kind: 'invalid',
      reason: expect.stringMatching(/unbalanced/)
    })
    expect(references('plain text')).toEqual([])
  })
})

describe('parameter values', () => {
  it('checks type, enum, pattern, lengths and bounds', () => {
    const port = { type: 'integer' as const, description: 'p', minimum: 1, maximum: 65535 }
    expect(checkParameterValue(port, 80)).toBeUndefined()
    expect(checkParameterValue(port, 0)).toMatch(/>= 1/)
    expect(checkParameterValue(port, 1.5)).toMatch(/integer/)
    expect(checkParameterValue(str({ pattern: '^[a-z]+$', maxLength: 3 }), 'abcd')).toMatch(
      /at most 3/
    )
    expect(checkParameterValue(str({ pattern: '^[a-z]+$' }), 'AB')).toMatch(/does not match/)
    expect(checkParameterValue({ type: 'boolean', description: 'b' }, 'true')).toMatch(/boolean/)
  })
})
