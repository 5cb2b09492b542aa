import { createHash } from 'node:crypto';
import { C as CatalogIndex, a as appliedExclusion, r as rulesOf, i as isExplicit, t as tied } from './exclude-DohiZwX2.js';
import { L as LexicalIndex, a as textPipelineKey, t as tokenize, b as withoutExclusions, r as ruleText, E as EXCLUSION_CLAUSE, i as incidentQuery } from './lexical-Bc-35x6b.js';

// A catalog prepared for triage: match rules filed for lookup (match/select.ts) and the text index
// (lexical.ts), keyed by the catalog's digest. Built once per catalog version: the action and the
// CLI reuse it across incidents in one process (same digest, same runbooks), and the CLI's catalog
// cache (catalog/cache.ts) stores it serialized, so a cold `opsloop triage` neither revalidates
// an unchanged catalog nor re-tokenizes it.
/** Changes whenever the index's content or the text pipeline (vocabulary, stemmer) changes. */
const TRIAGE_INDEX_FORMAT = 'opsloop-triage-index/2';
let pipeline;
/**
 * sha256 over the format, the text pipeline (vocabulary, stop words, stemmer: an index built
 * under another is stale) and each runbook's id, file and file digest, in catalog order.
 */
function catalogDigest(catalog) {
    pipeline ??= createHash('sha256').update(textPipelineKey()).digest('hex');
    const lines = [TRIAGE_INDEX_FORMAT, pipeline];
    for (const c of catalog)
        lines.push(`${c.runbook.id}\t${c.file}\t${c.digest}`);
    return createHash('sha256').update(lines.join('\n')).digest('hex');
}
class TriageIndex {
    catalog;
    digest;
    rules;
    textIndex;
    serializedText;
    constructor(catalog, digest, prebuilt) {
        this.catalog = catalog;
        this.digest = digest;
        this.rules = new CatalogIndex(catalog.map((c) => c.runbook), prebuilt?.rules);
        this.serializedText = prebuilt?.text;
    }
    /**
     * The text index, on first use: most incidents are settled by a match rule. Decoded from the
     * loaded one when there is one (a damaged one is rebuilt), else built.
     */
    get text() {
        if (this.textIndex)
            return this.textIndex;
        const runbooks = this.catalog.map((c) => c.runbook);
        const serialized = this.serializedText;
        this.serializedText = undefined;
        if (serialized) {
            try {
                return (this.textIndex = LexicalIndex.load(runbooks, serialized));
            }
            catch {
                // Damaged: built anew below.
            }
        }
        return (this.textIndex = LexicalIndex.build(runbooks));
    }
    static build(catalog) {
        return new TriageIndex(catalog, catalogDigest(catalog));
    }
    toJSON() {
        return {
            format: TRIAGE_INDEX_FORMAT,
            digest: this.digest,
            rules: this.rules.filing,
            text: this.text.toJSON()
        };
    }
    /**
     * The index `toJSON` wrote, for this catalog; undefined when it was built from another catalog
     * version or by another format, so the caller builds a fresh one. `vouched`: the caller read
     * catalog and index from one place that already proves they belong together, and trusts that
     * place's runbooks as much as its index (the CLI's cache entry: private to the user, under a
     * key that hashes every runbook file, the index format and the text pipeline), so the digest
     * is taken as written instead of hashing the catalog again (about 1 ms per 1,000 runbooks).
     */
    static load(catalog, data, options = {}) {
        const d = data;
        if (d?.format !== TRIAGE_INDEX_FORMAT ||
            !d.text ||
            !isFiling(d.rules, catalog.length, options.vouched ?? false))
            return undefined;
        if (typeof d.digest !== 'string' || !/^[0-9a-f]{64}$/.test(d.digest))
            return undefined;
        const digest = options.vouched ? d.digest : catalogDigest(catalog);
        if (d.digest !== digest)
            return undefined;
        if (!isSerializedText(d.text))
            return undefined;
        // The text index is decoded when first needed (a damaged one is then rebuilt).
        return new TriageIndex(catalog, digest, { rules: d.rules, text: d.text });
    }
    /** The one index per catalog version in this process (the same runbooks, whatever array). */
    static of(catalog) {
        const byArray = ofArray.get(catalog);
        if (byArray)
            return byArray;
        const digest = catalogDigest(catalog);
        let found = byDigest.get(digest);
        // Same digest but other runbook objects (a catalog loaded twice): the same files, but
        // built anew rather than trusting that two parses agree.
        if (!found || found.catalog.some((c, i) => c.runbook !== catalog[i]?.runbook)) {
            found = new TriageIndex(catalog, digest);
            if (byDigest.size >= 8)
                byDigest.clear();
            byDigest.set(digest, found);
        }
        ofArray.set(catalog, found);
        return found;
    }
}
function isSerializedText(t) {
    const x = t;
    return (typeof x?.terms === 'string' &&
        typeof x.display === 'string' &&
        typeof x.offsets === 'string' &&
        typeof x.docs === 'string' &&
        typeof x.tfs === 'string' &&
        typeof x.saturation === 'string');
}
/**
 * A filing of this many runbooks' rules, as fileRules writes it (a damaged one is rebuilt). From
 * a vouched place its shape is checked, not every reference (a wrong one is skipped, never read
 * out of bounds: CatalogIndex.rank).
 */
function isFiling(f, runbooks, vouched) {
    const x = f;
    if (!Array.isArray(x?.keys) ||
        !Array.isArray(x.offsets) ||
        !Array.isArray(x.refs) ||
        !Array.isArray(x.prefixLengths))
        return false;
    const { keys, offsets, refs } = x;
    if (vouched)
        return (offsets.length === keys.length + 1 && offsets.at(-1) === refs.length && refs.length % 2 === 0);
    return (keys.every((k) => typeof k === 'string') &&
        offsets.length === keys.length + 1 &&
        offsets.every((o, i) => Number.isInteger(o) && o >= (offsets[i - 1] ?? 0)) &&
        offsets.at(-1) === refs.length &&
        refs.length % 2 === 0 &&
        refs.every((r, i) => Number.isInteger(r) && r >= 0 && (i % 2 === 1 || r < runbooks)) &&
        x.prefixLengths.every((n) => Number.isInteger(n) && n >= 0));
}
const ofArray = new WeakMap();
const byDigest = new Map();

const refuses = (v) => v.kind === 'excludes' || v.kind === 'rejects';
function runbookVerdict(runbook, incident) {
    const excluded = appliedExclusion(runbook, incident);
    if (excluded)
        return { kind: 'excludes', ...excluded };
    let fit;
    let rejection;
    rulesOf(runbook).forEach((rule, i) => {
        const failing = rule.checks.filter((c) => !c.test(incident));
        if (failing.length === 0) {
            if (rule.score > 0 && (fit?.kind !== 'fits' || rule.score > fit.score))
                fit = { kind: 'fits', rule: i, score: rule.score, explicit: rule.explicit };
        }
        else if (!rejection && failing.every((c) => c.role === 'qualifier')) {
            rejection = { kind: 'rejects', rule: i, requires: failing.map((c) => c.requires) };
        }
    });
    return fit ?? rejection ?? { kind: 'silent' };
}

/**
 * How much of one clause an incident must say for the clause to count against a text match: its
 * distinctive words, each weighed by its rarity in the catalog (idf, in units of the idf of a word
 * only one runbook holds), must add up to this. One rare word ("Express", "MySQL", "on-demand")
 * names a clause; two common ones do too. Overturning a match rule that fits (the author's own
 * word for the runbook) takes more.
 */
const EXCLUSION_STRENGTH = 1.5;
const EXCLUSION_STRENGTH_AGAINST_RULE = 2;
/** A word at least this rare (rarity as above) names something specific. */
const RARE = 0.75;
/** Splits a clause list at top-level commas, semicolons and "or", keeping parentheses whole. */
function clauses(text) {
    const out = [];
    let depth = 0;
    let current = '';
    const flush = () => {
        if (current.trim() !== '')
            out.push(current.trim());
        current = '';
    };
    for (let i = 0; i < text.length; i++) {
        const c = text[i] ?? '';
        if (c === '(')
            depth++;
        if (c === ')')
            depth = Math.max(0, depth - 1);
        if (depth === 0 && (c === ',' || c === ';')) {
            flush();
            continue;
        }
        if (depth === 0 && /^\sor\s/i.test(text.slice(i, i + 4))) {
            flush();
            i += 2;
            continue;
        }
        current += c;
    }
    flush();
    return out;
}
// Pointers to another runbook ("use rds-reboot-lagging-replica", "see …") name its topic, not
// this clause's.
const POINTER = /\b(?:use|see)\s+[a-z0-9]+(?:-[a-z0-9]+)+/gi;
const cache = new WeakMap();
function exclusionsOf(runbook) {
    let found = cache.get(runbook);
    if (found)
        return found;
    const positive = new Set(tokenize([
        runbook.id,
        runbook.title,
        withoutExclusions(runbook.description),
        ...runbook.match.flatMap(ruleText)
    ].join('\n')));
    found = [];
    for (const m of runbook.description.matchAll(EXCLUSION_CLAUSE)) {
        const list = (m[1] ?? '').replace(/^\s*(?:it|this runbook)\b/i, '');
        for (const clause of clauses(list)) {
            const terms = new Set(tokenize(clause.replace(POINTER, ' ')).filter((t) => !positive.has(t)));
            if (terms.size > 0)
                found.push({ clause: clause.replace(/\s+/g, ' '), terms });
        }
    }
    cache.set(runbook, found);
    return found;
}
/**
 * The first clause whose distinctive words the incident says (`said`: its terms, each with the
 * word as written) with at least `strength`, weighing each word by `rarity` (its idf over the
 * idf of a word only one runbook holds, at most 1), or says whole in rare words; with those
 * words as written.
 */
function excludedBy(runbook, said, rarity, strength = EXCLUSION_STRENGTH) {
    for (const e of exclusionsOf(runbook)) {
        // Each written word counts once, at its rarest term: `OOM` brings `memory` too.
        const byWord = new Map();
        let whole = true;
        for (const t of e.terms) {
            const w = said.get(t);
            if (w === undefined) {
                whole = false;
                continue;
            }
            // Rarity reads the text index: only for words the incident says, so a rule fit whose
            // clauses it does not touch never builds that index.
            const r = Math.min(1, rarity(t));
            whole &&= r >= RARE;
            byWord.set(w, Math.max(byWord.get(w) ?? 0, r));
        }
        const words = [...byWord.keys()];
        const weight = [...byWord.values()].reduce((a, b) => a + b, 0);
        // A clause the incident says whole, in rare words ("for an on-demand stream", "for MySQL"),
        // applies however short it is.
        if (weight >= strength - 1e-9 || whole)
            return { clause: e.clause, terms: words };
    }
    return undefined;
}

const what = (incident) => incident.eventName ? `${incident.detailType} \`${incident.eventName}\`` : incident.detailType;
function remediationGate(incident) {
    if (incident.kind === 'alarm' && incident.state === 'OK')
        return {
            remediable: false,
            code: 'recovered',
            reason: `the alarm is back to OK${incident.previousState ? ` (from ${incident.previousState})` : ''}, so there is nothing to remediate; the issue records the recovery`
        };
    if (incident.kind === 'alarm' && incident.state === 'INSUFFICIENT_DATA')
        return {
            remediable: false,
            code: 'insufficient-data',
            reason: 'the alarm has insufficient data: its metric stopped reporting or is too sparse, which no runbook fixes; check that the metric is still published (agent, exporter, the resource itself)'
        };
    if (incident.kind === 'event' && incident.severity === 'low')
        return {
            remediable: false,
            code: 'informational',
            reason: `${what(incident)} is informational (severity low), so there is nothing to remediate; a runbook whose match rule names this event or accepts \`severity: low\` would still be proposed`
        };
    return { remediable: true };
}

/** A rule in one line, e.g. `source=aws.cloudwatch, metric=AWS/EC2 CPUUtilization`. */
function describeRule(rule) {
    const text = (v) => typeof v === 'string' ? v : v.length === 1 ? (v[0] ?? '') : `{${v.join(', ')}}`;
    const parts = [];
    for (const key of ['source', 'detailType', 'alarmName', 'eventName', 'resourceType']) {
        const v = rule[key];
        if (v !== undefined)
            parts.push(`${key}=${text(v)}`);
    }
    if (rule.severity !== undefined)
        parts.push(`severity=${text(rule.severity)}`);
    if (rule.state !== undefined)
        parts.push(`state=${text(rule.state)}`);
    if (rule.metric) {
        const m = rule.metric;
        const dims = Object.entries(m.dimensions ?? {}).map(([k, v]) => `${k}=${text(v ?? [])}`);
        parts.push(`metric=${[m.namespace && text(m.namespace), m.name && text(m.name), ...dims].filter(Boolean).join(' ')}`);
    }
    for (const [k, v] of Object.entries(rule.tags ?? {}))
        parts.push(`tags.${k}=${text(v ?? [])}`);
    return parts.join(', ');
}
/** Confidence of a rule match: specific rules are trusted more, but never fully. */
const ruleConfidence = (score) => Math.min(0.95, 0.6 + 0.05 * score);
function ruleChoice(c) {
    const rule = c.runbook.match[c.rule];
    return {
        id: c.runbook.id,
        confidence: ruleConfidence(c.score),
        why: `its match rule ${c.rule + 1} fits (${rule ? describeRule(rule) : '?'}; specificity ${c.score})`
    };
}
/** Why the runbook's own rules refuse the incident, as a reason. */
function rejection(v) {
    if (v.kind === 'excludes')
        return `its \`exclude\` entry ${v.index + 1} applies (${v.because}): ${v.why.replace(/[.\s]+$/, '')}`;
    return `its match rule ${v.rule + 1} is about this kind of incident but requires ${v.requires.join(' and ')}`;
}

/**
 * A text match is proposed only when it explains at least this share of the incident's words
 * that the catalog knows (LexicalMatch.coverage)…
 */
const TEXT_COVERAGE_FLOOR = 0.3;
/**
 * …and scores at least this much more than the runner-up, relative to its own score. Calibrated
 * on eval/triage/cases (25 % → 12 %; docs/triage.md); eval/triage/blind checks it.
 */
const TEXT_MARGIN_FLOOR = 0.12;
/**
 * …and holds at least this many distinct words of the incident's main text (a word and the
 * synonyms it brought count once): one shared word is a coincidence.
 */
const TEXT_MIN_TERMS = 2;
/**
 * …and holds words of the incident worth at least this many words that only one runbook holds
 * (LexicalMatch.evidence in units of the catalog's largest idf): a name and a common word are
 * no evidence, however much of a short alarm they cover.
 */
const TEXT_MIN_EVIDENCE = 2;
/** Rules that tie are settled by the text when the first leads by this relative margin. */
const TIE_MARGIN_FLOOR = 0.2;
/** Text similarity alone never looks as certain as a match rule. */
const TEXT_CONFIDENCE_CAP = 0.6;
/** Text matches whose rules are read for verdicts: the rest cannot reach first or second. */
const TEXT_CANDIDATES = 20;
/**
 * Confidence of a text proposal: CAP · √coverage · (1 + margin) / 2, coverage and margin as
 * above. It rises with both, never exceeds CAP = 0.6, and is at least about 0.18 for a proposal
 * (coverage and margin at their floors).
 */
const textConfidence = (coverage, margin) => TEXT_CONFIDENCE_CAP * Math.sqrt(Math.min(1, coverage)) * ((1 + Math.min(1, margin)) / 2);
/** Whether the runbook's own rule or description speaks against it. */
const against = (c) => refuses(c.verdict) || c.excluded !== undefined;
/** An id or word as a code span in a note (ids and words hold no backtick). */
const quote = (id) => `\`${id}\``;
const percent = (x) => `${Math.round(x * 100)} %`;
const shares = (m) => `its text shares ${m.terms.map(quote).join(', ')} (${percent(m.coverage)} of the incident's words that the catalog knows, by rarity)`;
/** What the incident is about, for "no runbook covers …". */
function subject(incident) {
    const metric = incident.metrics.find((m) => m.name !== undefined);
    if (metric)
        return `${metric.namespace ? `${metric.namespace} ` : ''}${metric.name ?? ''}`;
    if (incident.eventName)
        return `${incident.detailType} ${incident.eventName}`;
    return incident.alarmName ?? incident.detailType;
}
/** A term's idf in units of the idf of a word only one runbook holds (1 for words none holds). */
const rarity = (index) => (term) => index.text.idf(term) / index.text.rareIdf();
/** The terms of the incident's main text (not its weak part), each with the word as written. */
function saidTerms(query) {
    const said = new Map();
    for (const text of query.text)
        tokenize(text, (t, _word, written) => {
            if (!said.has(t))
                said.set(t, written);
        });
    return said;
}
/**
 * The text ranking with each runbook's verdict and exclusion, best first. `query` and `said`
 * are the incident's (incidentQuery, saidTerms), passed when the caller already has them.
 */
function textRanking(incident, index, query = incidentQuery(incident), said = saidTerms(query)) {
    return index.text.rank(query, TEXT_CANDIDATES).map((match) => {
        const excluded = excludedBy(match.runbook, said, rarity(index));
        return {
            match,
            verdict: runbookVerdict(match.runbook, incident),
            ...(excluded ? { excluded } : {})
        };
    });
}
function textChoice(m, margin, why) {
    return { id: m.runbook.id, confidence: textConfidence(m.coverage, margin), why };
}
/** What the text chooses when no rule fits: a runbook, or an abstention note. */
function chooseByText(incident, index, ranking) {
    const open = ranking.filter((c) => !against(c));
    const rejected = ranking.filter(against);
    const alternatives = open
        .slice(0, 5)
        .map((c) => textChoice(c.match, 0, `no match rule fits; ${shares(c.match)}`));
    const best = open[0]?.match;
    // The runner-up is the next open runbook, or a rejected or excluded one scoring at least as
    // high: when the text reads closest to a runbook that says "not this one", the incident is
    // about that runbook's topic, and the next one down is no answer to it.
    const above = rejected.find((c) => best && c.match.score >= best.score);
    const runnerUp = [open[1]?.match, above?.match]
        .filter((m) => m !== undefined)
        .sort((a, b) => b.score - a.score)[0];
    const unit = index.text.rareIdf();
    if (best) {
        const m = margin(best, runnerUp);
        if (best.coverage >= TEXT_COVERAGE_FLOOR &&
            m >= TEXT_MARGIN_FLOOR &&
            best.words >= TEXT_MIN_TERMS &&
            best.evidence >= TEXT_MIN_EVIDENCE * unit)
            return {
                runbook: textChoice(best, m, `no match rule fits, but ${shares(best)}, ${percent(m)} ahead of ${runnerUp ? quote(runnerUp.runbook.id) : 'any other runbook'}`),
                alternatives: [
                    textChoice(best, m, `no match rule fits; ${shares(best)}`),
                    ...alternatives.slice(1)
                ]
            };
    }
    return {
        alternatives,
        note: abstention(incident, best, runnerUp, rejected[0], ranking.length > 0, unit)
    };
}
/**
 * Rules tie: the text among the tied runbooks settles it when the first leads by the tie margin
 * and the incident's own words that it holds and the second does not weigh enough.
 */
function settleByText(top, index, query, said) {
    const ids = new Set(top.map((c) => c.runbook.id));
    const docs = new Set(index.catalog.flatMap((c, i) => (ids.has(c.runbook.id) ? [i] : [])));
    const [first, second] = index.text.rank(query, 2, docs);
    const ahead = first ? margin(first, second) : 0;
    const names = top.map((c) => quote(c.runbook.id)).join(' and ');
    // Only words of the incident's main text that the first holds and the second does not tell
    // them apart: each tied rule brings its own metric's words in the weak part.
    let apart = 0;
    for (const [t, w] of first?.held ?? [])
        if (!second?.held.has(t) && said.has(t))
            apart += w;
    if (first &&
        ahead >= TIE_MARGIN_FLOOR &&
        first.words >= TEXT_MIN_TERMS &&
        apart >= TEXT_MIN_EVIDENCE * index.text.rareIdf()) {
        const rule = top.find((c) => c.runbook.id === first.runbook.id);
        if (rule)
            return {
                choice: {
                    ...ruleChoice(rule),
                    confidence: Math.min(ruleChoice(rule).confidence, 0.5 + 0.3 * ahead),
                    why: `${ruleChoice(rule).why}; ${names} match equally well, and ${shares(first)}, ${percent(ahead)} ahead of the next`
                }
            };
    }
    return {
        note: `No runbook proposed: ${names} match equally well and the incident's text does not clearly favour one${first ? ` (closest: ${quote(first.runbook.id)}, ${percent(ahead)} ahead)` : ''}; a person must choose. Give the runbook that should win a higher \`priority\` or a more specific match rule, then \`/retriage\`.`
    };
}
const margin = (first, second) => first.score > 0 ? (first.score - (second?.score ?? 0)) / first.score : 0;
/** What a runbook's exclusion clause says and which of the incident's words said it. */
const notToUse = (e) => `its description says not to use it ${e.clause} and the incident says ${e.terms.map(quote).join(', ')}`;
/** Why nothing was proposed, and what a person can do about it. */
function abstention(incident, best, runnerUp, rejected, anyText, unit) {
    const parts = [`No runbook proposed: no match rule in the catalog covers ${subject(incident)}`];
    if (best) {
        const m = margin(best, runnerUp);
        if (best.words < TEXT_MIN_TERMS)
            parts.push(`the closest by text, ${quote(best.runbook.id)}, shares only ${best.terms.map(quote).join(', ')} (a proposal needs ${TEXT_MIN_TERMS} of the incident's words in common)`);
        else if (best.evidence < TEXT_MIN_EVIDENCE * unit)
            parts.push(`the closest by text, ${quote(best.runbook.id)}, shares only ${best.terms.map(quote).join(', ')}: names and common words, too little to go on`);
        else if (best.coverage < TEXT_COVERAGE_FLOOR)
            parts.push(`the closest by text, ${quote(best.runbook.id)}, shares only ${best.terms.map(quote).join(', ')} (${percent(best.coverage)} of the incident's words that the catalog knows; a proposal needs ${percent(TEXT_COVERAGE_FLOOR)})`);
        else if (runnerUp && runnerUp.score < best.score)
            parts.push(`${quote(best.runbook.id)} and ${quote(runnerUp.runbook.id)} are about as close by text (${percent(m)} apart; a proposal needs ${percent(TEXT_MARGIN_FLOOR)})`);
    }
    else if (!anyText) {
        parts.push('and no runbook shares its words');
    }
    if (rejected && refuses(rejected.verdict))
        parts.push(`${quote(rejected.match.runbook.id)} reads close, but ${rejection(rejected.verdict)}`);
    else if (rejected?.excluded)
        parts.push(`${quote(rejected.match.runbook.id)} reads close, but its description says not to use it ${rejected.excluded.clause} (the incident says ${rejected.excluded.terms.map(quote).join(', ')})`);
    return `${parts.join('; ')}. If a runbook should handle this, add a match rule for it (the pull request's validation checks it), then \`/retriage\`.`;
}

/** Rules tie: the text among the tied runbooks settles it when it clearly can. */
function settleTie(top, input, query, said) {
    const pick = top.find((c) => c.runbook.id === input.hint);
    if (pick)
        return {
            choice: {
                ...ruleChoice(pick),
                why: `${ruleChoice(pick).why}; chosen among equally good matches by the dispatch context's runbook hint`
            }
        };
    const proven = top.find((c) => c.runbook.id === input.history?.runbook);
    if (proven && input.history)
        return {
            choice: {
                ...ruleChoice(proven),
                why: `${ruleChoice(proven).why}; chosen among equally good matches because ${input.history.why}`
            }
        };
    return settleByText(top, input.index, query, said);
}
function decide(input) {
    const { incident, index } = input;
    const gate = remediationGate(incident);
    let textCache;
    const query = incidentQuery(incident);
    const said = saidTerms(query);
    const text = () => (textCache ??= textRanking(incident, index, query, said));
    const ranked = index.rules.rank(incident);
    const gated = gate.remediable ? ranked : ranked.filter(isExplicit);
    const notes = [];
    // A fitting rule is the author's word for the runbook, and its `exclude` entries and "Do not
    // use it …" clauses are their word against it: when one applies, the runbook is out.
    const fits = gated.filter((c) => {
        const declared = appliedExclusion(c.runbook, incident);
        if (declared) {
            notes.push(`${quote(c.runbook.id)}'s match rule ${c.rule + 1} fits, but ${rejection({ kind: 'excludes', ...declared })}; it was not proposed.`);
            return false;
        }
        const excluded = excludedBy(c.runbook, said, rarity(index), EXCLUSION_STRENGTH_AGAINST_RULE);
        if (excluded)
            notes.push(`${quote(c.runbook.id)}'s match rule ${c.rule + 1} fits, but ${notToUse(excluded)}; it was not proposed.`);
        return !excluded;
    });
    const proven = input.history
        ? index.catalog.find((c) => c.runbook.id === input.history?.runbook)?.runbook
        : undefined;
    const historyUsable = proven !== undefined &&
        !refuses(runbookVerdict(proven, incident)) &&
        !excludedBy(proven, said, rarity(index));
    const facts = () => ({ gate, fits, text: textCache ?? [], historyUsable });
    if (!gate.remediable && fits.length === 0)
        return {
            alternatives: [],
            notes: [`No runbook proposed: ${gate.reason}.`],
            facts: facts()
        };
    if (fits.length === 0 && gated.length > 0)
        return {
            alternatives: [],
            notes: [
                ...notes,
                'No runbook proposed: every runbook whose rule fits excludes this incident.'
            ],
            facts: facts()
        };
    const hinted = input.hint
        ? index.catalog.find((c) => c.runbook.id === input.hint)?.runbook
        : undefined;
    if (input.hint && !hinted)
        notes.push(`The dispatch context suggests runbook ${quote(input.hint)}, which is not in the catalog.`);
    const [first, second] = fits;
    if (first) {
        const alternatives = fits.map(ruleChoice);
        if (!second || !tied(first, second))
            return { runbook: ruleChoice(first), alternatives, notes, facts: facts() };
        const top = fits.filter((c) => tied(c, first));
        const settled = settleTie(top, input, query, said);
        if (settled.note)
            notes.push(settled.note);
        return {
            ...(settled.choice ? { runbook: settled.choice } : {}),
            alternatives,
            notes,
            facts: facts()
        };
    }
    // No rule fits. A hint or history naming a runbook whose own rules reject the incident is
    // refused: the rule is the catalog author's word, the hint is the sender's.
    if (hinted) {
        const verdict = runbookVerdict(hinted, incident);
        const excluded = excludedBy(hinted, said, rarity(index));
        if (refuses(verdict))
            notes.push(`The dispatch context suggests ${quote(hinted.id)}, but ${rejection(verdict)}; it was not proposed.`);
        else if (excluded)
            notes.push(`The dispatch context suggests ${quote(hinted.id)}, but ${notToUse(excluded)}; it was not proposed.`);
        else
            return {
                runbook: {
                    id: hinted.id,
                    confidence: 0.5,
                    why: "suggested by the dispatch context's runbook hint; none of the catalog's match rules fits"
                },
                alternatives: [],
                notes,
                facts: facts()
            };
    }
    if (proven && input.history && historyUsable)
        return {
            runbook: {
                id: proven.id,
                confidence: 0.55,
                why: `none of the catalog's match rules fits, but ${input.history.why}`
            },
            alternatives: [],
            notes,
            facts: facts()
        };
    const chosen = chooseByText(incident, index, text());
    if (chosen.note)
        notes.push(chosen.note);
    return {
        ...(chosen.runbook ? { runbook: chosen.runbook } : {}),
        alternatives: chosen.alternatives,
        notes,
        facts: facts()
    };
}

function summaryOf(incident) {
    const reason = incident.reason ? `: ${incident.reason}` : '';
    const text = `${incident.title}${reason}`;
    return text.length > 600 ? `${text.slice(0, 597)}…` : text;
}
/** Changes this close before the incident are leads. */
const CHANGE_LEAD_MINUTES = 120;
const LEADS = 4;
const clipText = (text, max) => text.length > max ? `${text.slice(0, max - 1)}…` : text;
/** Leads from the gathered context: recent changes and unusual errors, most telling first. */
function leads(signals) {
    if (!signals)
        return [];
    const out = [];
    const suspect = signals.attribution?.suspect;
    if (suspect)
        out.push({
            cause: `Commit ${suspect.sha.slice(0, 12)} (deployment ${suspect.deployment}) is the suspect change: ${clipText(suspect.why, 300)}`,
            // Evidence that links a change to the symptom weighs more than any single log line.
            confidence: Math.round((0.3 + 0.5 * suspect.confidence) * 100) / 100,
            evidence: [suspect.evidence]
        });
    // Once attribution judged the changes, how recently one landed is no lead: that is the trap
    // of blaming the latest deploy.
    const byTime = signals.attribution ? [] : signals.changes;
    for (const c of byTime.filter((c) => c.minutesBefore <= CHANGE_LEAD_MINUTES).slice(0, 2)) {
        const failed = c.state === 'failure' || c.state === 'error';
        out.push({
            cause: `A change landed ${c.minutesBefore} min before the incident: ${c.label}${failed ? `, and its deployment reported ${c.state}` : ''}. Check whether it caused this.`,
            confidence: failed
                ? c.minutesBefore <= 30
                    ? 0.45
                    : 0.3
                : c.minutesBefore <= 30
                    ? 0.35
                    : 0.2,
            evidence: [c.evidence]
        });
    }
    for (const l of signals.logs.slice(0, 2)) {
        const how = l.new ? 'A new' : `A bursting (×${(l.burst ?? 1).toFixed(1)})`;
        out.push({
            cause: `${how} ${l.severity.toUpperCase()} log line in ${l.group}: ${clipText(l.template, 200)}`,
            confidence: l.severity === 'fatal' ? 0.35 : l.severity === 'error' ? 0.3 : 0.2,
            evidence: [l.evidence]
        });
    }
    return out.sort((a, b) => b.confidence - a.confidence).slice(0, LEADS);
}
/** The newest incident about the same alarm that a runbook in the catalog resolved. */
function resolvedBefore(request) {
    return request.signals?.past.find((p) => p.sameAlarm &&
        p.outcome === 'remediated' &&
        p.runbook !== undefined &&
        request.catalog.some((c) => c.runbook.id === p.runbook));
}
function historyChoice(p, confidence) {
    return {
        id: p.runbook ?? '',
        confidence,
        why: `it resolved the same alarm in #${p.number} (${p.evidence})`
    };
}
/** The rules provider's triage. Pure over the request. */
function rulesTriage(request) {
    const { incident } = request;
    const hint = typeof incident.context.runbook === 'string' ? incident.context.runbook : undefined;
    const history = resolvedBefore(request);
    const { runbook, notes, alternatives, facts } = decide({
        incident,
        index: request.index ?? TriageIndex.of(request.catalog),
        ...(hint ? { hint } : {}),
        ...(history?.runbook
            ? { history: { runbook: history.runbook, why: historyChoice(history, 0).why } }
            : {})
    });
    // A runbook whose own rules refuse this incident, or whose "Do not use it" clause it says, is
    // no alternative, whatever it fixed before.
    if (history && facts.historyUsable && runbook?.id !== history.runbook)
        alternatives.push(historyChoice(history, 0.5));
    const failedBefore = request.signals?.past.find((p) => p.sameAlarm &&
        p.runbook === runbook?.id &&
        (p.outcome === 'rolled-back' || p.outcome === 'remediation-failed'));
    if (runbook && failedBefore)
        notes.push(`\`${runbook.id}\` did not fix this alarm in #${failedBefore.number} (${failedBefore.outcome}, ${failedBefore.evidence}); look at the causes before approving it again.`);
    return {
        provider: 'rules',
        summary: summaryOf(incident),
        severity: incident.severity,
        causes: leads(request.signals),
        ...(runbook ? { runbook } : {}),
        parameters: {},
        alternatives: alternatives.filter((a) => a.id !== runbook?.id).slice(0, 5),
        rationale: runbook
            ? `\`${runbook.id}\` was chosen because ${runbook.why}.`
            : 'No runbook was chosen.',
        notes
    };
}
const rulesProvider = {
    name: 'rules',
    triage: (request) => Promise.resolve(rulesTriage(request))
};

var rules = /*#__PURE__*/Object.freeze({
    __proto__: null,
    describeRule: describeRule,
    leads: leads,
    rulesProvider: rulesProvider,
    rulesTriage: rulesTriage
});

export { TRIAGE_INDEX_FORMAT as T, TriageIndex as a, refuses as b, rejection as c, describeRule as d, decide as e, runbookVerdict as f, rules as g, percent as p, rulesTriage as r, textRanking as t };
