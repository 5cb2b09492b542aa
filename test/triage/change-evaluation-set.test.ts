// The labelled change-attribution set (eval/changes) stays what its README says: every snapshot
// valid against schemas/snapshot.schema.json, every expected culprit a commit of its snapshot,
// the categories and traps the README promises, so the bench's figures measure what they claim.
import { describe, expect, it } from '@jest/globals'
import {
  BLIND_SETS,
  leaveOneOut,
  loadChangeCases,
  runChangeCases,
  THRESHOLDS
} from '../../bench/change-eval.js'

describe('eval/changes', () => {
  it('holds valid, labelled snapshots of every kind, with the traps it promises', async () => {
    const cases = await loadChangeCases('eval/changes/cases')
    const count = (category: string): number => cases.filter((c) => c.category === category).length
    expect(cases.length).toBeGreaterThanOrEqual(24)
    expect(count('culprit')).toBeGreaterThanOrEqual(12)
    expect(count('operational')).toBeGreaterThanOrEqual(6)
    expect(count('decoy')).toBeGreaterThanOrEqual(6)
    const traps = (t: string): number => cases.filter((c) => c.traps.includes(t)).length
    expect(traps('culprit-not-head')).toBeGreaterThanOrEqual(3)
    expect(traps('shared-library')).toBeGreaterThanOrEqual(2)
    expect(traps('delayed-onset')).toBeGreaterThanOrEqual(3)
    expect(traps('decoy-deploy-at-onset')).toBeGreaterThanOrEqual(3)
    for (const c of cases) expect(c.why.length).toBeGreaterThan(40)
  })

  for (const set of BLIND_SETS)
    it(`has a blind set in ${set.dir}: valid, labelled snapshots of every kind, ${set.when}`, async () => {
      const blind = await loadChangeCases(set.dir)
      const count = (category: string): number =>
        blind.filter((c) => c.category === category).length
      expect(blind.length).toBeGreaterThanOrEqual(12)
      expect(count('culprit')).toBeGreaterThanOrEqual(6)
      expect(count('operational')).toBeGreaterThanOrEqual(3)
      expect(count('decoy')).toBeGreaterThanOrEqual(3)
      for (const c of blind) expect(c.why.length).toBeGreaterThan(40)
      for (const c of blind)
        if (c.expect !== 'none')
          expect((c.snapshot.commits ?? []).map((x) => x.sha)).toContain(c.expect)
      // No case of it repeats one of another set.
      const others = await Promise.all(
        ['eval/changes/cases', ...BLIND_SETS.map((b) => b.dir)]
          .filter((d) => d !== set.dir)
          .map((d) => loadChangeCases(d))
      )
      const shas = new Set(
        others.flat().flatMap((c) => (c.snapshot.commits ?? []).map((x) => x.sha))
      )
      for (const c of blind)
        for (const x of c.snapshot.commits ?? []) expect(shas.has(x.sha)).toBe(false)
    })

  it('is scored case by case, and leave-one-out chooses a threshold for each case', async () => {
    const cases = await loadChangeCases('eval/changes/cases')
    const shipped = runChangeCases(cases)
    expect(shipped).toHaveLength(cases.length)
    for (const r of shipped) expect(r.ok).toBe(r.got === r.expect)
    const loo = leaveOneOut(cases)
    expect(loo.results).toHaveLength(cases.length)
    expect(loo.chosen).toHaveLength(cases.length)
    // Each fold's threshold is the best on the other cases (most correct, then fewest decoy
    // convictions) and, among equally good ones, the highest: the most cautious.
    const candidates = THRESHOLDS.map((t) => ({
      t,
      results: runChangeCases(cases, t)
    }))
    loo.chosen.forEach((chosen, i) => {
      const scored = candidates.map(({ t, results }) => {
        const others = results.filter((_, j) => j !== i)
        return {
          t,
          ok: others.filter((r) => r.ok).length,
          decoys: others.filter((r) => r.decoy).length
        }
      })
      const bestOk = Math.max(...scored.map((x) => x.ok))
      const fewest = Math.min(...scored.filter((x) => x.ok === bestOk).map((x) => x.decoys))
      const best = scored.filter((x) => x.ok === bestOk && x.decoys === fewest).map((x) => x.t)
      expect(chosen).toBe(Math.max(...best))
    })
  })
})
