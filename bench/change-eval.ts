// The labelled change-attribution set (eval/changes, README there): incident snapshots written
// by an adversary (decoy deploys at the onset, delayed onsets, culprits inside a build or in a
// shared library, changes whose words match but cannot cause, operational causes with innocent
// deploys around), each with the guilty commit or `none`. Scored as the issue asks: exact culprit
// or correct none, decoy convictions, abstention accuracy; the conviction threshold is also
// chosen by leave-one-out, and that held-out figure reported beside the shipped threshold's.
import { existsSync } from 'node:fs'
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import validateSnapshot from '../src/generated/validate-snapshot.js'
import type { IncidentSnapshot } from '../src/generated/snapshot.js'
import { normalize } from '../src/intake/normalize.js'
import { attributeChange, CONVICTION_SCORE } from '../src/triage/change-attribution.js'

export const CATEGORIES = ['culprit', 'operational', 'decoy'] as const
export type Category = (typeof CATEGORIES)[number]

export interface ChangeCase {
  file: string
  /** The guilty commit's full SHA, or `none`. */
  expect: string
  category: Category
  traps: string[]
  why: string
  snapshot: IncidentSnapshot
  /** When the alarm fired, from the event as intake reads it. */
  alarmAt: number
}

/** Reads and checks every case; throws with every problem found. */
export async function loadChangeCases(dir: string): Promise<ChangeCase[]> {
  const files = (await readdir(dir)).filter((f) => f.endsWith('.json')).sort()
  const problems: string[] = []
  const cases: ChangeCase[] = []
  for (const file of files) {
    const raw = JSON.parse(await readFile(join(dir, file), 'utf8')) as Record<string, unknown>
    const snapshot = raw.snapshot
    if (!validateSnapshot(snapshot)) {
      problems.push(`${file}: snapshot: ${JSON.stringify(validateSnapshot.errors?.slice(0, 3))}`)
      continue
    }
    const expect = String(raw.expect)
    const category = raw.category as Category
    if (!CATEGORIES.includes(category)) problems.push(`${file}: category ${category}`)
    const shas = new Set((snapshot.commits ?? []).map((c) => c.sha))
    if (expect !== 'none' && !shas.has(expect))
      problems.push(`${file}: expect ${expect} is no commit`)
    if ((expect === 'none') !== (category !== 'culprit'))
      problems.push(
        `${file}: a ${category} case must expect ${category === 'culprit' ? 'a SHA' : 'none'}`
      )
    const incident = normalize(snapshot.event)
    const alarmAt = Date.parse(incident.time ?? '')
    if (!Number.isFinite(alarmAt)) problems.push(`${file}: the event has no time`)
    cases.push({
      file,
      expect,
      category,
      traps: Array.isArray(raw.traps) ? raw.traps.map(String) : [],
      why: String(raw.why),
      snapshot,
      alarmAt
    })
  }
  if (problems.length > 0) throw new Error(`eval/changes is invalid:\n${problems.join('\n')}`)
  return cases
}

export interface ChangeResult {
  file: string
  category: Category
  expect: string
  got: string
  ok: boolean
  /** A commit convicted that is not the culprit (a wrong one, or any when the answer is none). */
  decoy: boolean
}

export function runChangeCases(
  cases: readonly ChangeCase[],
  convictionScore = CONVICTION_SCORE
): ChangeResult[] {
  return cases.map((c) => {
    const a = attributeChange(c.snapshot, c.alarmAt, { convictionScore })
    const got = a.suspect?.sha ?? 'none'
    return {
      file: c.file,
      category: c.category,
      expect: c.expect,
      got,
      ok: got === c.expect,
      decoy: got !== 'none' && got !== c.expect
    }
  })
}

const failingLine = (r: ChangeResult): string =>
  `- \`${r.file}\` [${r.category}]: expected ${r.expect.slice(0, 12)}, got ${r.got.slice(0, 12)}`

/** Thresholds leave-one-out chooses among. */
export const THRESHOLDS = [1, 1.5, 2, 2.5, 3, 3.5, 4, 5, 6]

/**
 * Leave-one-out: for each case, the threshold that does best on the others (most correct, then
 * fewest decoy convictions, then the highest: convicting an innocent change costs more than
 * naming none, so among equally good thresholds the most cautious one), applied to that case
 * alone.
 */
export function leaveOneOut(cases: readonly ChangeCase[]): {
  results: ChangeResult[]
  chosen: number[]
} {
  const byThreshold = new Map(THRESHOLDS.map((t) => [t, runChangeCases(cases, t)]))
  const results: ChangeResult[] = []
  const chosen: number[] = []
  cases.forEach((_, i) => {
    let best = THRESHOLDS[0] ?? CONVICTION_SCORE
    let bestOk = -1
    let bestDecoys = Infinity
    for (const t of THRESHOLDS) {
      const others = (byThreshold.get(t) ?? []).filter((_, j) => j !== i)
      const ok = others.filter((r) => r.ok).length
      const decoys = others.filter((r) => r.decoy).length
      // Ascending thresholds: `<=` keeps the highest of equally good ones.
      if (ok > bestOk || (ok === bestOk && decoys <= bestDecoys)) {
        best = t
        bestOk = ok
        bestDecoys = decoys
      }
    }
    chosen.push(best)
    const r = byThreshold.get(best)?.[i]
    if (r) results.push(r)
  })
  return { results, chosen }
}

const pct = (a: number, b: number): string =>
  b === 0 ? '-' : `${((100 * a) / b).toFixed(1)} % (${a}/${b})`

export function changeTable(results: readonly ChangeResult[], title: string): string {
  const n = results.length
  const ok = results.filter((r) => r.ok).length
  const decoys = results.filter((r) => r.decoy).length
  const nones = results.filter((r) => r.expect === 'none')
  const operational = results.filter((r) => r.category === 'operational')
  const culprits = results.filter((r) => r.category === 'culprit')
  const rows = [
    ['exact culprit or correct none', pct(ok, n), '≥ 80 %'],
    [
      'decoy convictions',
      `${decoys} in ${n} (${((10 * decoys) / Math.max(1, n)).toFixed(1)} per 10)`,
      '≤ 1 per 10'
    ],
    [
      'abstention accuracy (answer is none)',
      pct(nones.filter((r) => r.ok).length, nones.length),
      'reported'
    ],
    [
      'operational causes answered none',
      pct(operational.filter((r) => r.ok).length, operational.length),
      '100 %'
    ],
    ['culprits named', pct(culprits.filter((r) => r.ok).length, culprits.length), 'reported']
  ]
  return [
    title,
    '',
    '| figure | value | target |',
    '| --- | --- | --- |',
    ...rows.map((r) => `| ${r.join(' | ')} |`)
  ].join('\n')
}

/** The blind sets, each written after the attributor changed last and never tuned on. */
export const BLIND_SETS = [
  { dir: 'eval/changes/blind', when: 'written after the attributor' },
  {
    dir: 'eval/changes/blind-2',
    when: 'written after the Health and setting-takes-effect evidence'
  }
] as const

/**
 * The bench's section: the shipped threshold's table and the leave-one-out one on the set the
 * attributor was refined on, then the shipped threshold on each blind set that is there
 * (written later and never tuned on), and on all sets together.
 */
export async function benchChangeAttribution(
  dir = 'eval/changes/cases',
  blindSets: readonly { dir: string; when: string }[] = BLIND_SETS
): Promise<{ text: string; ok: boolean }> {
  const blinds = await Promise.all(
    blindSets
      .filter((b) => existsSync(b.dir))
      .map(async (b) => ({ ...b, results: runChangeCases(await loadChangeCases(b.dir)) }))
  )
  const cases = await loadChangeCases(dir)
  const shipped = runChangeCases(cases)
  const loo = leaveOneOut(cases)
  const thresholds = [...new Set(loo.chosen)].sort((a, b) => a - b).join(', ')
  const ok = (rs: readonly ChangeResult[]): boolean =>
    rs.filter((r) => r.ok).length >= 0.8 * rs.length &&
    rs.filter((r) => r.decoy).length <= rs.length / 10 &&
    rs.filter((r) => r.category === 'operational').every((r) => r.ok)
  const failing = shipped.filter((r) => !r.ok)
  const all = [...shipped, ...blinds.flatMap((b) => b.results)]
  return {
    text: [
      '',
      `Change attribution on eval/changes (${cases.length} snapshots written blind to the attributor and then used to refine it: decoy deploys at the onset, delayed onsets, culprits inside builds and in shared libraries, operational causes).`,
      changeTable(shipped, `Shipped threshold (evidence ≥ ${CONVICTION_SCORE}):`),
      '',
      changeTable(
        loo.results,
        `Leave-one-out (threshold chosen on the other cases: ${thresholds}):`
      ),
      '',
      failing.length === 0
        ? 'No failing case.'
        : `Failing cases (${failing.length}):\n${failing.map(failingLine).join('\n')}`,
      ...blinds.flatMap((b) => {
        const wrong = b.results.filter((r) => !r.ok)
        return [
          '',
          changeTable(
            b.results,
            `Blind set (${b.dir}, ${b.results.length} snapshots ${b.when}, never tuned on), shipped threshold:`
          ),
          '',
          wrong.length === 0
            ? 'No failing case in it.'
            : `Failing in it (${wrong.length}):\n${wrong.map(failingLine).join('\n')}`
        ]
      }),
      ...(blinds.length > 0
        ? ['', changeTable(all, `All sets (${all.length} snapshots), shipped threshold:`)]
        : [])
    ].join('\n'),
    // The targets hold on each set: the blind ones measure how the rules generalize.
    ok: ok(shipped) && blinds.every((b) => ok(b.results))
  }
}
