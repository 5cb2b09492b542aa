// Text triage: rank runbooks by how much of their text an incident's text shares (Okapi BM25),
// for when no runbook's match rules fit (or several tie). Words go through what SREs write
// (sre-vocabulary.ts: phrases, synonyms, boilerplate) and the Porter2 stemmer (wink-porter2-stemmer,
// the Snowball English stemmer: `throttled`, `throttles` and `throttling` meet, which a
// hand-written suffix list got wrong). The index is built once per catalog and serializes to a
// compact form (typed arrays) that loads in well under a millisecond (triage/index.ts).
import porter2 from 'wink-porter2-stemmer'
import type { Incident } from '../generated/incident.js'
import type { MatchRule, Runbook } from '../generated/runbook.js'
import { SRE_VOCABULARY } from './sre-vocabulary.js'

/**
 * What the text pipeline is (vocabulary, stop words, BM25 constants): an index built under
 * another one is stale, so the catalog digest covers it.
 */
export function textPipelineKey(): string {
  return JSON.stringify([SRE_VOCABULARY, [...STOP_WORDS], BM25_K1, BM25_B, stem('throttling')])
}

/** BM25 term-frequency saturation. */
export const BM25_K1 = 1.2
/** BM25 document-length normalization. */
export const BM25_B = 0.75

// Words that carry no topic: English glue, what every AWS event says, and alarm boilerplate.
const STOP_WORDS = new Set([
  'about', 'after', 'again', 'all', 'also', 'am', 'an', 'and', 'another', 'any', 'are', 'as',
  'at', 'be', 'been', 'before', 'being', 'both', 'but', 'by', 'can', 'could', 'did', 'do', 'does',
  'done', 'each', 'eg', 'else', 'every', 'for', 'from', 'had', 'has', 'have', 'he', 'her', 'here',
  'his', 'how', 'ie', 'if', 'in', 'into', 'is', 'it', 'its', 'just', 'may', 'me', 'might', 'more',
  'most', 'must', 'my', 'no', 'nor', 'not', 'of', 'on', 'one', 'onto', 'or', 'other', 'our',
  'per', 'she', 'should', 'so', 'some', 'such', 'than', 'that', 'the', 'their', 'them', 'then',
  'there', 'these', 'they', 'this', 'those', 'to', 'us', 'use', 'uses', 'using', 'via',
  'was', 'we', 'were', 'what', 'when', 'where', 'which', 'while', 'who', 'why', 'will', 'with',
  'without', 'would', 'you', 'your', 'cannot',
  // AWS noise: in every ARN, namespace and event source.
  'amazon', 'arn', 'aws',
  ...SRE_VOCABULARY.boilerplate
]) // prettier-ignore

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

// Longest phrase first, so `backed up` is not read as two words before `backed up` matches.
const PHRASES = new RegExp(
  `\\b(?:${Object.keys(SRE_VOCABULARY.phrases)
    .sort((a, b) => b.length - a.length)
    .map((p) => escapeRe(p).replace(/[\s-]+/g, '[\\s_-]+'))
    .join('|')})\\b`,
  'g'
)
const phraseOf = (found: string): string =>
  SRE_VOCABULARY.phrases[found.replace(/[\s_-]+/g, ' ')] ??
  SRE_VOCABULARY.phrases[found.replace(/[\s_]+/g, ' ')] ??
  found

/** The Porter2 stem of a lower-case word. */
export function stem(word: string): string {
  return porter2(word)
}

// Stop words in every inflection: `exceeding` and `averaged` are as empty as `exceeds`.
const STOP_STEMS = new Set([...STOP_WORDS].map(stem))

// Word → term ('' when dropped). Catalogs and incidents reuse a small vocabulary, so this saves
// most of the stemming; cleared when full so odd inputs (ids, hashes) cannot grow it forever.
const termCache = new Map<string, string>()

function term(word: string): string {
  let t = termCache.get(word)
  if (t === undefined) {
    const s = word.length < 2 || STOP_WORDS.has(word) || /^\d+$/.test(word) ? '' : stem(word)
    t = STOP_STEMS.has(s) ? '' : s
    if (termCache.size >= 50_000) termCache.clear()
    termCache.set(word, t)
  }
  return t
}

/**
 * The lower-case words of a text: camelCase, PascalCase, snake_case, kebab-case, dotted and
 * slashed names and glob wildcards are split (`HTTPCode_Target_5XX_Count` → http code target 5xx
 * count), and the vocabulary's phrases rewritten (`falling behind` → lag).
 */
export function words(text: string): string[] {
  return (
    text
      .replace(/opsloop/gi, ' ')
      // A space after `xY` and before the last capital of a run that starts a word: `HTTPCode`.
      .replace(/([a-z])(?=[A-Z])|([A-Z0-9])(?=[A-Z][a-z])/g, '$1$2 ')
      .toLowerCase()
      .replace(PHRASES, phraseOf)
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w !== '')
  )
}

// A negation and the words it governs, up to five, within one clause (the NegEx window): "not in
// an Auto Scaling group", "no errors", "nothing going to the DLQ" say what the incident is not.
const NEGATED =
  /\b(?:not|no|without|never|nothing|none|nor|cannot|can't|isn't|aren't|wasn't|weren't|don't|doesn't|didn't|won't)\s+(?:[\w'/-]+\s+){0,4}[\w'/-]+/gi

/**
 * The text without what it negates, after the vocabulary's phrases (so `not ready`, a state, is
 * kept as `notready`). For incident text only: a runbook's "Do not use it" clauses are read
 * separately (exclusions.ts).
 */
export function affirmed(text: string): string {
  return text
    .replace(new RegExp(PHRASES.source, 'gi'), (found) => phraseOf(found.toLowerCase()))
    .replace(NEGATED, ' ')
}

/**
 * Terms of a text: its words and their synonyms, without stop words, one-letter words and bare
 * numbers (thresholds, counts, ids), stemmed. `surface` receives each term's word as written.
 */
export function tokenize(
  text: string,
  surface?: (term: string, word: string, written: string) => void
): string[] {
  const out: string[] = []
  const push = (word: string, written: string): void => {
    const t = term(word)
    if (t === '') return
    out.push(t)
    surface?.(t, word, written)
  }
  for (const word of words(text)) {
    push(word, word)
    for (const synonym of SRE_VOCABULARY.synonyms[word] ?? []) push(synonym, word)
  }
  return out
}

const values = (v: string | readonly string[] | undefined): readonly string[] =>
  v === undefined ? [] : typeof v === 'string' ? [v] : v

/** The literal text of a match rule: what an incident that fits it would say. */
export function ruleText(rule: MatchRule): string[] {
  const out = [
    ...values(rule.source),
    ...values(rule.detailType),
    ...values(rule.alarmName),
    ...values(rule.eventName),
    ...values(rule.resourceType),
    ...values(rule.metric?.namespace),
    ...values(rule.metric?.name)
  ]
  for (const [key, globs] of Object.entries(rule.metric?.dimensions ?? {}))
    out.push(key, ...values(globs))
  for (const [key, globs] of Object.entries(rule.tags ?? {})) out.push(key, ...values(globs))
  return out
}

/**
 * A "Do not use it …" sentence, to its end; the group is what follows "use" (exclusions.ts reads
 * it as the runbook's evidence against itself).
 */
export const EXCLUSION_CLAUSE = /\b(?:do not|don't|never) use\b((?:[^.]|\.(?!\s|$))*)\.?/gi

/**
 * A description without its "Do not use it when …" clauses: they name the incidents the runbook
 * is wrong for (often another runbook's topic, e.g. "the root volume (use free-disk-space)"), so
 * their words are evidence against it, not for it. Each clause runs to the end of its sentence.
 */
export function withoutExclusions(description: string): string {
  return description.replace(EXCLUSION_CLAUSE, ' ')
}

/** A runbook's text in two parts: what names its purpose, and what explains it. */
function runbookText(runbook: Runbook): { strong: string; weak: string } {
  const strong = [runbook.id, runbook.title, ...runbook.match.flatMap(ruleText)]
  const weak = [withoutExclusions(runbook.description)]
  for (const [name, p] of Object.entries(runbook.parameters ?? {}))
    weak.push(name, p?.description ?? '')
  // Newlines keep the fields' words apart.
  return { strong: strong.join('\n'), weak: weak.join('\n') }
}

/** The id, title and match literals name what a runbook is for, so they count twice. */
const STRONG_WEIGHT = 2

/**
 * A runbook's document as a list of terms: id, title and match literals twice, then the
 * description (without exclusions), parameter names and parameter descriptions once.
 */
export function runbookTerms(runbook: Runbook): string[] {
  const { strong, weak } = runbookText(runbook)
  const strongTerms = tokenize(strong)
  return [...Array.from({ length: STRONG_WEIGHT }, () => strongTerms).flat(), ...tokenize(weak)]
}

/** Text to rank runbooks against, by how much each part says about the incident. */
export interface LexicalQuery {
  /** What names the incident: its alarm or event name, description, subject metric. */
  text: string[]
  /** What only hints at it (metric-math inputs, dimension values): half weight. */
  weak?: string[]
}

/** Weight of a `weak` query term against a `text` one. */
export const WEAK_QUERY_WEIGHT = 0.5

/** The incident fields text triage reads; `reason`, `details` and `alarm` may not be there. */
export type IncidentText = Pick<
  Incident,
  'title' | 'alarmName' | 'eventName' | 'detailType' | 'description' | 'metrics' | 'resourceTypes'
> & {
  kind?: Incident['kind']
  reason?: string
  details?: Readonly<Record<string, string | undefined>>
  alarm?: Pick<NonNullable<Incident['alarm']>, 'rule'>
}

/** The child alarms a composite alarm's rule names: `ALARM("a") OR OK(arn:…:alarm:b)` → a, b. */
export function compositeChildren(rule: string | undefined): string[] {
  if (!rule) return []
  const out: string[] = []
  for (const m of rule.matchAll(/\b(?:ALARM|OK|INSUFFICIENT_DATA)\s*\(\s*("?)([^")]+?)\1\s*\)/g)) {
    const name = m[2] ?? ''
    out.push(name.replace(/^arn:[^:]*:cloudwatch:[^:]*:\d*:alarm:/, ''))
  }
  return out
}

/**
 * The words of an incident. Not the source (`aws.*` says little), the title, an alarm's
 * detail-type and resource types ("ALARM", "State Change", "ec2 instance" add noise to every
 * query), an alarm's
 * reason ("Threshold Crossed: 2 out of the last 2 datapoints ..."), nor ids, ARNs and tags.
 * A metric-math alarm's input metrics and the dimensions (`InstanceId`, `i-0abc…`) only hint:
 * half weight. What the prose negates ("not in an Auto Scaling group") is left out.
 */
export function incidentQuery(incident: IncidentText): LexicalQuery {
  const math = incident.metrics.some((m) => m.expression !== undefined)
  const subject = incident.metrics.filter((m) => !math || m.expression !== undefined)
  const inputs = math ? incident.metrics.filter((m) => m.expression === undefined) : []
  const prose = (t: string | undefined): string | undefined =>
    t === undefined ? undefined : affirmed(t)
  const text = [
    incident.alarmName,
    // An event's detail-type names it ("ACM Certificate Approaching Expiration", "GuardDuty
    // Finding"); an alarm's says only "CloudWatch Alarm State Change".
    incident.kind === 'event' ? incident.detailType : undefined,
    incident.eventName,
    prose(incident.description),
    incident.alarmName === undefined ? prose(incident.reason) : undefined,
    ...compositeChildren(incident.alarm?.rule),
    ...subject.flatMap((m) => [m.namespace, m.name]),
    ...Object.values(incident.details ?? {}).map(prose)
  ]
  const weak = [
    ...inputs.flatMap((m) => [m.namespace, m.name]),
    ...incident.metrics.flatMap((m) => [
      ...Object.keys(m.dimensions),
      ...Object.values(m.dimensions)
    ])
  ]
  const present = (t: string | undefined): t is string => t !== undefined && t !== ''
  return { text: text.filter(present), weak: weak.filter(present) }
}

export interface LexicalMatch {
  runbook: Runbook
  /** Position of the runbook in the indexed catalog. */
  doc: number
  /** BM25 score of the runbook's document for the query (> 0). */
  score: number
  /**
   * The share of the incident's words that the runbook holds, each weighted by its rarity (idf)
   * and its query weight, among the words any runbook holds: words no runbook holds (resource,
   * team and environment names) are left out, so a descriptive alarm is not penalized for them.
   * In [0, 1].
   */
  coverage: number
  /** Query words found in the runbook, largest contribution first, at most 5, as written. */
  terms: string[]
  /**
   * How many distinct words of the incident's main text (not its weak part) the runbook holds,
   * counting a word and the synonyms it brought (`OOM` → memory) as one.
   */
  words: number
  /** Σ weight · idf over the query terms the runbook holds: the absolute weight of evidence. */
  evidence: number
  /** Each query term the runbook holds, with its weight · idf. */
  held: ReadonlyMap<string, number>
}

/** A query term the catalog holds: its id, query weight, idf and the written words behind it. */
interface Found {
  id: number
  weight: number
  idf: number
  words: ReadonlySet<string>
}

// Code-unit order, not localeCompare: the same on every machine.
const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

/** The index in a form JSON can carry: typed arrays as base64. */
export interface SerializedLexicalIndex {
  /** Sorted terms, newline-separated. */
  terms: string
  /** Each term as first written in the catalog, newline-separated, same order. */
  display: string
  /** Uint32 postings offsets per term (terms + 1). */
  offsets: string
  /** Document number per posting: Uint16 for catalogs under 65,536 runbooks, else Uint32. */
  docs: string
  /** Term frequency per posting, Uint8 (saturated at 255, where BM25 no longer tells apart). */
  tfs: string
  /** Float64 per document: k1 · (1 − b + b · length / average length). */
  saturation: string
}

function maxOf(a: Uint16Array | Uint32Array): number {
  let max = 0
  for (let i = 0; i < a.length; i++) if ((a[i] ?? 0) > max) max = a[i] ?? 0
  return max
}

const base64 = (a: ArrayBufferView): string =>
  Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString('base64')

function fromBase64<T>(text: string, make: (buffer: ArrayBuffer) => T): T {
  const bytes = Buffer.from(text, 'base64')
  // A copy aligned for the typed array (Buffer pools share unaligned memory).
  const copy = new ArrayBuffer(bytes.byteLength)
  new Uint8Array(copy).set(bytes)
  return make(copy)
}

/**
 * BM25 over a catalog: postings in flat typed arrays (term → documents and frequencies), term
 * ids by binary search over the sorted terms, so loading a serialized index is a few copies.
 */
export class LexicalIndex {
  private readonly runbooks: readonly Runbook[]
  private readonly terms: readonly string[]
  private readonly display: readonly string[]
  private readonly offsets: Uint32Array
  private readonly docs: Uint16Array | Uint32Array
  private readonly tfs: Uint8Array
  private readonly saturation: Float64Array

  private constructor(
    runbooks: readonly Runbook[],
    parts: {
      terms: readonly string[]
      display: readonly string[]
      offsets: Uint32Array
      docs: Uint16Array | Uint32Array
      tfs: Uint8Array
      saturation: Float64Array
    }
  ) {
    this.runbooks = runbooks
    this.terms = parts.terms
    this.display = parts.display
    this.offsets = parts.offsets
    this.docs = parts.docs
    this.tfs = parts.tfs
    this.saturation = parts.saturation
  }

  /** Builds the index of a catalog (about 10 ms per 1,000 runbooks, mostly stemming). */
  static build(runbooks: readonly Runbook[]): LexicalIndex {
    const postings = new Map<string, { doc: number; tf: number }[]>()
    const surface = new Map<string, string>()
    const seen = (t: string, w: string): void => {
      if (!surface.has(t)) surface.set(t, w)
    }
    const lengths: number[] = []
    runbooks.forEach((runbook, doc) => {
      const counts = new Map<string, number>()
      const add = (terms: readonly string[], weight: number): number => {
        for (const t of terms) counts.set(t, (counts.get(t) ?? 0) + weight)
        return terms.length * weight
      }
      const { strong, weak } = runbookText(runbook)
      lengths.push(add(tokenize(strong, seen), STRONG_WEIGHT) + add(tokenize(weak, seen), 1))
      for (const [t, tf] of counts) {
        const list = postings.get(t)
        if (list) list.push({ doc, tf })
        else postings.set(t, [{ doc, tf }])
      }
    })
    const terms = [...postings.keys()].sort(byText)
    const offsets = new Uint32Array(terms.length + 1)
    let total = 0
    terms.forEach((t, i) => {
      offsets[i] = total
      total += postings.get(t)?.length ?? 0
    })
    offsets[terms.length] = total
    const docs = runbooks.length < 65_536 ? new Uint16Array(total) : new Uint32Array(total)
    const tfs = new Uint8Array(total)
    terms.forEach((t, i) => {
      let at = offsets[i] ?? 0
      for (const p of postings.get(t) ?? []) {
        docs[at] = p.doc
        tfs[at++] = Math.min(255, p.tf)
      }
    })
    const average = lengths.reduce((a, b) => a + b, 0) / Math.max(1, lengths.length) || 1
    const saturation = Float64Array.from(
      lengths,
      (len) => BM25_K1 * (1 - BM25_B + (BM25_B * len) / average)
    )
    const display = terms.map((t) => surface.get(t) ?? t)
    return new LexicalIndex(runbooks, { terms, display, offsets, docs, tfs, saturation })
  }

  toJSON(): SerializedLexicalIndex {
    return {
      terms: this.terms.join('\n'),
      display: this.display.join('\n'),
      offsets: base64(this.offsets),
      docs: base64(this.docs),
      tfs: base64(this.tfs),
      saturation: base64(this.saturation)
    }
  }

  /** The index of `runbooks` as `toJSON` wrote it; the caller checks it is the same catalog. */
  static load(runbooks: readonly Runbook[], data: SerializedLexicalIndex): LexicalIndex {
    const terms = data.terms === '' ? [] : data.terms.split('\n')
    const display = data.display === '' ? [] : data.display.split('\n')
    const offsets = fromBase64(data.offsets, (b) => new Uint32Array(b))
    const saturation = fromBase64(data.saturation, (b) => new Float64Array(b))
    const docs = fromBase64(data.docs, (b) =>
      runbooks.length < 65_536 ? new Uint16Array(b) : new Uint32Array(b)
    )
    const tfs = fromBase64(data.tfs, (b) => new Uint8Array(b))
    const postings = offsets[terms.length]
    if (
      display.length !== terms.length ||
      offsets.length !== terms.length + 1 ||
      saturation.length !== runbooks.length ||
      docs.length !== postings ||
      tfs.length !== postings ||
      (docs.length > 0 && maxOf(docs) >= runbooks.length)
    )
      throw new Error('the serialized text index does not fit the catalog; rebuild it')
    return new LexicalIndex(runbooks, { terms, display, offsets, docs, tfs, saturation })
  }

  private termId(t: string): number {
    let lo = 0
    let hi = this.terms.length - 1
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1
      const at = this.terms[mid] ?? ''
      if (at === t) return mid
      if (at < t) lo = mid + 1
      else hi = mid - 1
    }
    return -1
  }

  /**
   * IDF with +1 inside the log (as Lucene does), so it is positive even for a term in every
   * document: ln(1 + (N − n + 0.5) / (n + 0.5)), n = documents containing the term.
   */
  idf(t: string): number {
    const id = this.termId(t)
    return this.idfOf(id < 0 ? 0 : (this.offsets[id + 1] ?? 0) - (this.offsets[id] ?? 0))
  }

  /** The idf of a word only one runbook holds: the unit of evidence. */
  rareIdf(): number {
    return this.idfOf(1)
  }

  private idfOf(n: number): number {
    return Math.log(1 + (this.runbooks.length - n + 0.5) / (n + 0.5))
  }

  /** One term's BM25 contribution to one document. */
  private contribution(idf: number, tf: number, doc: number): number {
    return (idf * tf * (BM25_K1 + 1)) / (tf + (this.saturation[doc] ?? BM25_K1))
  }

  /**
   * Query terms with their weight (the strongest part a term appears in) and the words of the
   * main text that brought them.
   */
  static queryTerms(query: LexicalQuery): Map<string, { weight: number; words: Set<string> }> {
    const terms = new Map<string, { weight: number; words: Set<string> }>()
    for (const text of query.weak ?? [])
      tokenize(text, (t) => {
        if (!terms.has(t)) terms.set(t, { weight: WEAK_QUERY_WEIGHT, words: new Set() })
      })
    for (const text of query.text)
      tokenize(text, (t, _word, written) => {
        // A word counts once however inflected (`space`, `spaces`), with the synonyms it brought.
        const word = term(written) || written
        const found = terms.get(t)
        if (found) {
          found.weight = 1
          found.words.add(word)
        } else terms.set(t, { weight: 1, words: new Set([word]) })
      })
    return terms
  }

  /**
   * Runbooks sharing words with the query, best first (ties by id), at most `limit`; `among`
   * restricts the ranking to some documents (e.g. runbooks whose rules tie). Each distinct
   * query term counts once, at the weight of the strongest part it appears in.
   */
  rank(query: LexicalQuery, limit = 5, among?: ReadonlySet<number>): LexicalMatch[] {
    const weights = LexicalIndex.queryTerms(query)
    if (weights.size === 0 || this.runbooks.length === 0 || limit < 1) return []
    const scores = new Float64Array(this.runbooks.length)
    const found: Found[] = []
    let ideal = 0
    for (const [t, { weight, words }] of weights) {
      const id = this.termId(t)
      if (id < 0) continue
      const start = this.offsets[id] ?? 0
      const end = this.offsets[id + 1] ?? 0
      const idf = this.idfOf(end - start)
      ideal += weight * idf
      found.push({ id, weight, idf, words })
      for (let p = start; p < end; p++) {
        const doc = this.docs[p] ?? 0
        if (among && !among.has(doc)) continue
        scores[doc] = (scores[doc] ?? 0) + weight * this.contribution(idf, this.tfs[p] ?? 0, doc)
      }
    }
    const hits: number[] = []
    scores.forEach((s, doc) => {
      if (s > 0) hits.push(doc)
    })
    hits.sort((a, b) => {
      const diff = (scores[b] ?? 0) - (scores[a] ?? 0)
      return diff !== 0 ? diff : byText(this.doc(a).id, this.doc(b).id)
    })
    return hits.slice(0, limit).map((doc) => this.match(doc, scores[doc] ?? 0, found, ideal))
  }

  /** One ranked document: what of the query it holds, in one pass over the query's terms. */
  private match(doc: number, score: number, found: readonly Found[], ideal: number): LexicalMatch {
    const held = new Map<string, number>()
    const words = new Set<string>()
    const shown: { word: string; contribution: number }[] = []
    let evidence = 0
    for (const { id, weight, idf, words: written } of found) {
      const p = this.posting(id, doc)
      if (p < 0) continue
      held.set(this.terms[id] ?? '', weight * idf)
      evidence += weight * idf
      for (const w of written) words.add(w)
      shown.push({
        word: this.display[id] ?? '',
        contribution: weight * this.contribution(idf, this.tfs[p] ?? 0, doc)
      })
    }
    return {
      runbook: this.doc(doc),
      doc,
      score,
      coverage: ideal > 0 ? evidence / ideal : 0,
      evidence,
      held,
      // Largest contribution first (ties by word), at most 5.
      terms: shown
        .sort((a, b) => b.contribution - a.contribution || byText(a.word, b.word))
        .slice(0, 5)
        .map((f) => f.word),
      words: words.size
    }
  }

  private doc(i: number): Runbook {
    const runbook = this.runbooks[i]
    if (!runbook) throw new RangeError(`no runbook #${i} in the text index`)
    return runbook
  }

  /** Where a document sits in a term's postings (ascending by document), or -1. */
  private posting(id: number, doc: number): number {
    let lo = this.offsets[id] ?? 0
    let hi = (this.offsets[id + 1] ?? 0) - 1
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1
      const at = this.docs[mid] ?? 0
      if (at === doc) return mid
      if (at < doc) lo = mid + 1
      else hi = mid - 1
    }
    return -1
  }
}
