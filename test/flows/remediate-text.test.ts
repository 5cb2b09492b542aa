// How the remediation record says how long verification waited: no "after about 0 min" when the
// alarm was already OK, seconds under a minute and a half, minutes past that.
import { describe, expect, it } from '@jest/globals'
import { waitedFor } from '../../src/flows/remediate.js'

describe('waitedFor', () => {
  it('says at once, seconds, then minutes', () => {
    expect(waitedFor(0)).toBe('at once')
    expect(waitedFor(999)).toBe('at once')
    expect(waitedFor(1_000)).toBe('after 1 s')
    expect(waitedFor(40_400)).toBe('after 40 s')
    expect(waitedFor(89_999)).toBe('after 90 s')
    expect(waitedFor(90_000)).toBe('after about 2 min')
    expect(waitedFor(185_000)).toBe('after about 3 min')
  })
})
