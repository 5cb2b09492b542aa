// The record key the tests seal with, for flows run in process (the bundle gets the same key as
// its `record-key` input, see action.ts).
import { recordKey } from '../../src/issue/record.js'
import { RECORD_KEY } from '../../harness/action-bundle.js'

export const RECORDS = { key: recordKey(RECORD_KEY), repo: 'acme/ops' }
