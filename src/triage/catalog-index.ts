// A catalog prepared for triage: match rules filed for lookup (match/select.ts) and the text index
// (lexical.ts), keyed by the catalog's digest. Built once per catalog version: the action and the
// CLI reuse it across incidents in one process (same digest, same runbooks), and the CLI's catalog
// cache (catalog/cache.ts) stores it serialized, so a cold `opsloop triage` neither revalidates
// an unchanged catalog nor re-tokenizes it.
import { createHash } from 'node:crypto'
import { CatalogIndex, type RuleFiling } from '../match/select.js'
import { LexicalIndex, textPipelineKey, type SerializedLexicalIndex } from './lexical.js'
import type { CatalogRunbook } from './types.js'

/** Changes whenever the index's content or the text pipeline (vocabulary, stemmer) changes. */
export const TRIAGE_INDEX_FORMAT = 'opsloop-triage-index/2'

let pipeline: string | undefined

/**
 * sha256 over the format, the text pipeline (vocabulary, stop words, stemmer: an index built
 * under another is stale) and each runbook's id, file and file digest, in catalog order.
 */
export function catalogDigest(catalog: readonly CatalogRunbook[]): string {
  pipeline ??= createHash('sha256').update(textPipelineKey()).digest('hex')
  const lines = [TRIAGE_INDEX_FORMAT, pipeline]
  for (const c of catalog) lines.push(`${c.runbook.id}\t${c.file}\t${c.digest}`)
  return createHash('sha256').update(lines.join('\n')).digest('hex')
}

export interface SerializedTriageIndex {
  format: typeof TRIAGE_INDEX_FORMAT
  /** catalogDigest of the catalog it was built from. */
  digest: string
  rules: RuleFiling
  text: SerializedLexicalIndex
}

export class TriageIndex {
  readonly rules: CatalogIndex
  private textIndex: LexicalIndex | undefined

  private constructor(
    readonly catalog: readonly CatalogRunbook[],
    readonly digest: string,
    prebuilt?: { rules: RuleFiling; text: LexicalIndex }
  ) {
    this.rules = new CatalogIndex(
      catalog.map((c) => c.runbook),
      prebuilt?.rules
    )
    this.textIndex = prebuilt?.text
  }

  /** The text index, built on first use: most incidents are settled by a match rule. */
  get text(): LexicalIndex {
    return (this.textIndex ??= LexicalIndex.build(this.catalog.map((c) => c.runbook)))
  }

  static build(catalog: readonly CatalogRunbook[]): TriageIndex {
    return new TriageIndex(catalog, catalogDigest(catalog))
  }

  toJSON(): SerializedTriageIndex {
    return {
      format: TRIAGE_INDEX_FORMAT,
      digest: this.digest,
      rules: this.rules.filing,
      text: this.text.toJSON()
    }
  }

  /**
   * The index `toJSON` wrote, for this catalog; undefined when it was built from another catalog
   * version or by another format, so the caller builds a fresh one.
   */
  static load(catalog: readonly CatalogRunbook[], data: unknown): TriageIndex | undefined {
    const d = data as Partial<SerializedTriageIndex> | null
    if (d?.format !== TRIAGE_INDEX_FORMAT || !d.text || !isFiling(d.rules, catalog.length))
      return undefined
    const digest = catalogDigest(catalog)
    if (d.digest !== digest) return undefined
    const runbooks = catalog.map((c) => c.runbook)
    try {
      return new TriageIndex(catalog, digest, {
        rules: d.rules,
        text: LexicalIndex.load(runbooks, d.text)
      })
    } catch {
      // Damaged: the caller builds a fresh one.
      return undefined
    }
  }

  /** The one index per catalog version in this process (the same runbooks, whatever array). */
  static of(catalog: readonly CatalogRunbook[]): TriageIndex {
    const byArray = ofArray.get(catalog)
    if (byArray) return byArray
    const digest = catalogDigest(catalog)
    let found = byDigest.get(digest)
    // Same digest but other runbook objects (a catalog loaded twice): the same files, but
    // built anew rather than trusting that two parses agree.
    if (!found || found.catalog.some((c, i) => c.runbook !== catalog[i]?.runbook)) {
      found = new TriageIndex(catalog, digest)
      if (byDigest.size >= 8) byDigest.clear()
      byDigest.set(digest, found)
    }
    ofArray.set(catalog, found)
    return found
  }
}

/** A filing of this many runbooks' rules, as fileRules writes it (a damaged one is rebuilt). */
function isFiling(f: unknown, runbooks: number): f is RuleFiling {
  const x = f as Partial<RuleFiling> | null
  if (
    !Array.isArray(x?.keys) ||
    !Array.isArray(x.offsets) ||
    !Array.isArray(x.refs) ||
    !Array.isArray(x.prefixLengths)
  )
    return false
  const { keys, offsets, refs } = x
  return (
    keys.every((k) => typeof k === 'string') &&
    offsets.length === keys.length + 1 &&
    offsets.every((o, i) => Number.isInteger(o) && o >= (offsets[i - 1] ?? 0)) &&
    offsets.at(-1) === refs.length &&
    refs.length % 2 === 0 &&
    refs.every((r, i) => Number.isInteger(r) && r >= 0 && (i % 2 === 1 || r < runbooks)) &&
    x.prefixLengths.every((n) => Number.isInteger(n) && n >= 0)
  )
}

const ofArray = new WeakMap<readonly CatalogRunbook[], TriageIndex>()
const byDigest = new Map<string, TriageIndex>()
