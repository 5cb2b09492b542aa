// A runbook's own "Do not use it when …" clauses, as evidence against it. Runbook authors write
// what their runbook is wrong for ("for capacity errors (InsufficientInstanceCapacity …)", "for
// scheduled reboots (AWS_EC2_INSTANCE_REBOOT_MAINTENANCE_SCHEDULED …)"); when an incident says
// what one clause names, the text must not propose that runbook. A clause counts only by the
// words that set it apart from the runbook's own purpose (its id, title, match literals and the
// rest of its description), so "certificate" in a certificate runbook's exclusion is no evidence.
import type { Runbook } from '../generated/runbook.js'
import { EXCLUSION_CLAUSE, ruleText, tokenize, withoutExclusions } from './lexical.js'

/**
 * How much of one clause an incident must say for the clause to count against a text match: its
 * distinctive words, each weighed by its rarity in the catalog (idf, in units of the idf of a word
 * only one runbook holds), must add up to this. One rare word ("Express", "MySQL", "on-demand")
 * names a clause; two common ones do too. Overturning a match rule that fits (the author's own
 * word for the runbook) takes more.
 */
export const EXCLUSION_STRENGTH = 1.5
export const EXCLUSION_STRENGTH_AGAINST_RULE = 2
/** A word at least this rare (rarity as above) names something specific. */
const RARE = 0.75

export interface Exclusion {
  /** The clause as written, e.g. "for capacity errors (InsufficientInstanceCapacity, …)". */
  clause: string
  /** Its terms that the runbook's positive text does not hold. */
  terms: ReadonlySet<string>
}

/** Splits a clause list at top-level commas, semicolons and "or", keeping parentheses whole. */
function clauses(text: string): string[] {
  const out: string[] = []
  let depth = 0
  let current = ''
  const flush = (): void => {
    if (current.trim() !== '') out.push(current.trim())
    current = ''
  }
  for (let i = 0; i < text.length; i++) {
    const c = text[i] ?? ''
    if (c === '(') depth++
    if (c === ')') depth = Math.max(0, depth - 1)
    if (depth === 0 && (c === ',' || c === ';')) {
      flush()
      continue
    }
    if (depth === 0 && /^\sor\s/i.test(text.slice(i, i + 4))) {
      flush()
      i += 2
      continue
    }
    current += c
  }
  flush()
  return out
}

// Pointers to another runbook ("use rds-reboot-lagging-replica", "see …") name its topic, not
// this clause's.
const POINTER = /\b(?:use|see)\s+[a-z0-9]+(?:-[a-z0-9]+)+/gi

const cache = new WeakMap<Runbook, Exclusion[]>()

export function exclusionsOf(runbook: Runbook): Exclusion[] {
  let found = cache.get(runbook)
  if (found) return found
  const positive = new Set(
    tokenize(
      [
        runbook.id,
        runbook.title,
        withoutExclusions(runbook.description),
        ...runbook.match.flatMap(ruleText)
      ].join('\n')
    )
  )
  found = []
  for (const m of runbook.description.matchAll(EXCLUSION_CLAUSE)) {
    const list = (m[1] ?? '').replace(/^\s*(?:it|this runbook)\b/i, '')
    for (const clause of clauses(list)) {
      const terms = new Set(tokenize(clause.replace(POINTER, ' ')).filter((t) => !positive.has(t)))
      if (terms.size > 0) found.push({ clause: clause.replace(/\s+/g, ' '), terms })
    }
  }
  cache.set(runbook, found)
  return found
}

/**
 * The first clause whose distinctive words the incident says (`said`: its terms, each with the
 * word as written) with at least `strength`, weighing each word by `rarity` (its idf over the
 * idf of a word only one runbook holds, at most 1), or says whole in rare words; with those
 * words as written.
 */
export function excludedBy(
  runbook: Runbook,
  said: ReadonlyMap<string, string>,
  rarity: (term: string) => number,
  strength = EXCLUSION_STRENGTH
): { clause: string; terms: string[] } | undefined {
  for (const e of exclusionsOf(runbook)) {
    // Each written word counts once, at its rarest term: `OOM` brings `memory` too.
    const byWord = new Map<string, number>()
    let whole = true
    for (const t of e.terms) {
      const w = said.get(t)
      if (w === undefined) {
        whole = false
        continue
      }
      // Rarity reads the text index: only for words the incident says, so a rule fit whose
      // clauses it does not touch never builds that index.
      const r = Math.min(1, rarity(t))
      whole &&= r >= RARE
      byWord.set(w, Math.max(byWord.get(w) ?? 0, r))
    }
    const words = [...byWord.keys()]
    const weight = [...byWord.values()].reduce((a, b) => a + b, 0)
    // A clause the incident says whole, in rare words ("for an on-demand stream", "for MySQL"),
    // applies however short it is.
    if (weight >= strength - 1e-9 || whole) return { clause: e.clause, terms: words }
  }
  return undefined
}
