// A model's review of which change broke it is held to what the code can check: it chooses only
// among the commits attribution's filters let through, cites hunks of the commit it names and
// error signatures that exist, and cannot override an operational cause; an answer that checks
// out is merged (agreement noted, a different commit named with its citations, "none" keeping
// the rules' suspect as considered), and one that does not leaves the rules' answer standing.
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import type { IncidentSnapshot } from '../../src/generated/snapshot.js'
import { attributeChange } from '../../src/triage/change-attribution.js'
import { buildReviewPrompt } from '../../src/triage/change-review-prompt.js'
import {
  changePack,
  mergeReview,
  reviewProblems,
  type ChangePack
} from '../../src/triage/change-review.js'
import { modelProvider, type ModelReply, type TriageModel } from '../../src/triage/model.js'

const snapshot = JSON.parse(
  readFileSync('runbooks/examples/rollback-deployment/checkout-5xx-after-deploy.json', 'utf8')
) as IncidentSnapshot
const CULPRIT = 'c0ffee0000000000000000000000000000c0ffee'
const HEAD = 'beef000000000000000000000000000000000001'
const alarmAt = Date.parse('2026-03-14T09:21:00Z')
const attribution = attributeChange(snapshot, alarmAt)

function pack(): ChangePack {
  const p = changePack(snapshot, attribution)
  if (!p) throw new Error('no pack')
  return p
}

describe('the change pack', () => {
  it('holds the open candidates with their hunks, the error signatures and the rules answer', () => {
    const p = pack()
    expect(attribution.suspect?.sha).toBe(CULPRIT)
    expect(p.rules.suspect).toBe(CULPRIT)
    expect(p.candidates.map((c) => [c.sha, c.hunks.map((h) => [h.id, h.file])])).toEqual([
      [CULPRIT, [['H1', 'services/checkout/pricing.py']]],
      [HEAD, [['H2', 'services/checkout/metrics.py']]]
    ])
    // Eight error lines of one shape: one signature.
    expect(p.signatures).toHaveLength(1)
    expect(p.signatures[0]?.text).toMatch(/AttributeError/)
  })

  it('fences the untrusted pack behind a nonce, with only the SHA outside', () => {
    const prompt = buildReviewPrompt(pack(), 'n0nce')
    expect(prompt.user).toContain(`The deterministic rules answered commit ${CULPRIT}.`)
    const before = prompt.user.slice(0, prompt.user.indexOf('<<<DATA-n0nce>>>'))
    expect(before).not.toContain('AttributeError')
    expect(prompt.system).toMatch(/never evidence/)
  })
})

describe('checking an answer', () => {
  it('accepts a candidate cited by its own hunk and a signature, and "none"', () => {
    expect(
      reviewProblems(pack(), {
        suspect: HEAD,
        citations: [{ hunk: 'H2', signature: 'S1' }],
        why: 'x'
      })
    ).toEqual([])
    expect(reviewProblems(pack(), { suspect: 'none', citations: [], why: 'x' })).toEqual([])
  })

  it('refuses a ruled-out or unknown commit, another commit hunk, a made-up signature, no citation', () => {
    expect(
      reviewProblems(pack(), {
        suspect: 'a11ce00000000000000000000000000000000000',
        citations: [{ hunk: 'H1', signature: 'S1' }],
        why: 'x'
      })
    ).toEqual([expect.stringMatching(/is not one of the candidates/)])
    expect(
      reviewProblems(pack(), {
        suspect: HEAD,
        citations: [{ hunk: 'H1', signature: 'S9' }],
        why: 'x'
      })
    ).toEqual([`hunk H1 is not a hunk of ${HEAD.slice(0, 12)}`, 'signature S9 does not exist'])
    expect(reviewProblems(pack(), { suspect: HEAD, citations: [], why: 'x' })).toEqual([
      expect.stringMatching(/needs at least one citation/)
    ])
    expect(reviewProblems(pack(), { verdict: 'HEAD' })).toHaveLength(1)
  })

  it('refuses overriding an operational cause with another commit', () => {
    const p = { ...pack(), operational: [{ kind: 'traffic', why: 'requests rose 4×' }] }
    expect(
      reviewProblems(p, { suspect: HEAD, citations: [{ hunk: 'H2', signature: 'S1' }], why: 'x' })
    ).toEqual([expect.stringMatching(/an operational cause was found \(traffic\)/)])
  })
})

describe('merging a review', () => {
  it('notes agreement, names a different commit with its citations, or keeps the suspect as considered', () => {
    const agreed = mergeReview(
      attribution,
      pack(),
      {
        suspect: CULPRIT,
        citations: [{ hunk: 'H1', signature: 'S1' }],
        why: 'the new line reads loyalty.rate'
      },
      'm'
    )
    expect(agreed.suspect?.sha).toBe(CULPRIT)
    expect(agreed.review).toEqual({
      model: 'm',
      verdict: 'agrees',
      text: 'The model agrees: the new line reads loyalty.rate'
    })

    const differs = mergeReview(
      attribution,
      pack(),
      {
        suspect: HEAD,
        citations: [{ hunk: 'H2', signature: 'S1', how: 'the histogram import fails' }],
        why: 'x'
      },
      'm'
    )
    expect(differs.suspect).toMatchObject({ sha: HEAD, confidence: 0.5, repo: 'acme/ops' })
    expect(differs.suspect?.reasons[0]?.text).toMatch(
      /^the model cites H2 of services\/checkout\/metrics\.py for `ERROR POST/
    )
    expect(differs.considered.map((c) => c.sha)).toContain(CULPRIT)
    expect(differs.ruledOut.map((r) => r.sha)).not.toContain(HEAD)
    expect(differs.review.verdict).toBe('differs')

    const none = mergeReview(
      attribution,
      pack(),
      { suspect: 'none', citations: [], why: 'a dependency' },
      'm'
    )
    expect(none.suspect).toBeUndefined()
    expect(none.none).toMatch(/found none of them explains the errors: a dependency/)
    expect(none.considered[0]?.sha).toBe(CULPRIT)

    const refused = mergeReview(
      attribution,
      pack(),
      undefined,
      'm',
      'its answer did not check out twice (x)'
    )
    expect(refused.suspect?.sha).toBe(CULPRIT)
    expect(refused.review.verdict).toBe('refused')
  })
})

/** A model that answers from a script, one reply per call. */
function scripted(replies: unknown[]): TriageModel & { calls: number } {
  const model = {
    name: 'bedrock' as const,
    modelId: 'test-model',
    calls: 0,
    converse(): Promise<ModelReply> {
      const input = replies[model.calls++]
      return Promise.resolve({
        content: [
          { toolUse: { toolUseId: `t${model.calls}`, name: 'record_change_verdict', input } }
        ],
        stopReason: 'tool_use'
      })
    }
  }
  return model
}

/** The model provider's review of the pack. */
function reviewOf(model: TriageModel) {
  const provider = modelProvider(model, { maxTokens: 500, temperature: 0 })
  if (!provider.reviewChange) throw new Error('the model provider reviews changes')
  return provider.reviewChange(pack())
}

describe('the model loop', () => {
  it('retries once with the problems, then gives up and says why', async () => {
    const bad = {
      suspect: 'a11ce00000000000000000000000000000000000',
      citations: [],
      why: 'latest'
    }
    const model = scripted([bad, bad])
    const result = await reviewOf(model)
    expect(model.calls).toBe(2)
    expect(result.answer).toBeUndefined()
    expect(result.failure).toMatch(
      /^its answer did not check out twice \(.*is not one of the candidates/
    )

    const fixed = scripted([
      bad,
      { suspect: CULPRIT, citations: [{ hunk: 'H1', signature: 'S1' }], why: 'ok' }
    ])
    const second = await reviewOf(fixed)
    expect(second.answer?.suspect).toBe(CULPRIT)
  })
})
