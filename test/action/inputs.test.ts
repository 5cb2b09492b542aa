import { describe, expect, it } from '@jest/globals'
import { catalogInputs } from '../../src/action/inputs.js'

const inputs = (values: Record<string, string>) => (name: string) => values[name] ?? ''

describe('catalog inputs', () => {
  it('default to the runbooks folder and the default allow-list', () => {
    expect(catalogInputs(inputs({}))).toEqual({ dir: 'runbooks' })
  })

  it('read the folder and the allow-list, comma or newline separated', () => {
    expect(
      catalogInputs(
        inputs({ runbooks: ' ops/runbooks ', 'allowed-documents': 'AWS-*, Acme-*\nOpsLoop-*' })
      )
    ).toEqual({ dir: 'ops/runbooks', allowedDocuments: ['AWS-*', 'Acme-*', 'OpsLoop-*'] })
  })
})
