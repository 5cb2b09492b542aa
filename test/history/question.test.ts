// What a question asks about: its terms, without the words every question holds, and whether it
// asks about the past.
import { describe, expect, it } from '@jest/globals'
import { matchedTerms, questionTerms } from '../../src/history/question.js'

describe('questionTerms', () => {
  it('tells a question about the past from one about something named', () => {
    expect(questionTerms('Has this happened before?')).toEqual({ terms: [], history: true })
    expect(questionTerms('what fixed it last time?')).toEqual({ terms: [], history: true })
    expect(questionTerms('which deploy touched checkout?')).toEqual({
      terms: ['deploy', 'touch', 'checkout'],
      history: false
    })
    expect(questionTerms('did we restart nginx last time?')).toEqual({
      terms: ['restart', 'nginx'],
      history: true
    })
  })

  it('keeps nothing of a question about nothing in particular', () => {
    expect(questionTerms('what is this? please tell us')).toEqual({ terms: [], history: false })
  })
})

describe('matchedTerms', () => {
  it('finds the terms in any word form, in the question order', () => {
    expect(matchedTerms(['restart', 'nginx'], 'Restarted NGINX on the web fleet')).toEqual([
      'restart',
      'nginx'
    ])
    expect(matchedTerms(['checkout'], 'payments-api deploy')).toEqual([])
    expect(matchedTerms([], 'anything')).toEqual([])
  })
})
