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
  private serializedText: SerializedLexicalIndex | undefined

  private constructor(
    readonly catalog: readonly CatalogRunbook[],
    readonly digest: string,
    prebuilt?: { rules: RuleFiling; text: SerializedLexicalIndex }
  ) {
    this.rules = new CatalogIndex(
      catalog.map((c) => c.runbook),
      prebuilt?.rules
    )
    this.serializedText = prebuilt?.text
  }

  /**
   * The text index, on first use: most incidents are settled by a match rule. Decoded from the
   * loaded one when there is one (a damaged one is rebuilt), else built.
   */
  get text(): LexicalIndex {
    if (this.textIndex) return this.textIndex
    const runbooks = this.catalog.map((c) => c.runbook)
    const serialized = this.serializedText
    this.serializedText = undefined
    if (serialized) {
      try {
        return (this.textIndex = LexicalIndex.load(runbooks, serialized))
      } catch {
        // Damaged: built anew below.
      }
    }
    return (this.textIndex = LexicalIndex.build(runbooks))
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
   * version or by another format, so the caller builds a fresh one. `vouched`: the caller read
   * catalog and index from one place that already proves they belong together, and trusts that
   * place's runbooks as much as its index (the CLI's cache entry: private to the user, under a
   * key that hashes every runbook file, the index format and the text pipeline), so the digest
   * is taken as written instead of hashing the catalog again (about 1 ms per 1,000 runbooks).
   */
  static load(
    catalog: readonly CatalogRunbook[],
    data: unknown,
    options: { vouched?: boolean } = {}
  ): TriageIndex | undefined {
    const d = data as Partial<SerializedTriageIndex> | null
    if (
      d?.format !== TRIAGE_INDEX_FORMAT ||
      !d.text ||
      !isFiling(d.rules, catalog.length, options.vouched ?? false)
    )
      return undefined
    if (typeof d.digest !== 'string' || !/^[0-9a-f]{64}$/.test(d.digest)) return undefined
    const digest = options.vouched ? d.digest : catalogDigest(catalog)
    if (d.digest !== digest) return undefined
    if (!isSerializedText(d.text)) return undefined
    // The text index is decoded when first needed (a damaged one is then rebuilt).
    return new TriageIndex(catalog, digest, { rules: d.rules, text: d.text })
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

function isSerializedText(t: unknown): t is SerializedLexicalIndex {
  const x = t as Partial<Record<keyof SerializedLexicalIndex, unknown>> | null
  return (
    typeof x?.terms === 'string' &&
    typeof x.display === 'string' &&
    typeof x.offsets === 'string' &&
    typeof x.docs === 'string' &&
    typeof x.tfs === 'string' &&
    typeof x.saturation === 'string'
  )
}

/**
 * A filing of this many runbooks' rules, as fileRules writes it (a damaged one is rebuilt). From
 * a vouched place its shape is checked, not every reference (a wrong one is skipped, never read
 * out of bounds: CatalogIndex.rank).
 */
function isFiling(f: unknown, runbooks: number, vouched: boolean): f is RuleFiling {
  const x = f as Partial<RuleFiling> | null
  if (
    !Array.isArray(x?.keys) ||
    !Array.isArray(x.offsets) ||
    !Array.isArray(x.refs) ||
    !Array.isArray(x.prefixLengths)
  )
    return false
  const { keys, offsets, refs } = x
  if (vouched)
    return (
      offsets.length === keys.length + 1 && offsets.at(-1) === refs.length && refs.length % 2 === 0
    )
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
