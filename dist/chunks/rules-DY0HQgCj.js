import { t as tied, C as CatalogIndex } from './select-CyXAqrYy.js';

/** BM25 term-frequency saturation. */
const BM25_K1 = 1.2;
/** BM25 document-length normalization. */
const BM25_B = 0.75;
/** Lexical similarity alone never looks as certain as a match rule. */
const LEXICAL_CONFIDENCE_CAP = 0.6;
// Words that carry no topic: English glue and what every AWS event says.
const STOP_WORDS = new Set([
    'about', 'after', 'again', 'all', 'also', 'am', 'an', 'and', 'another', 'any', 'are', 'as',
    'at', 'be', 'been', 'before', 'being', 'both', 'but', 'by', 'can', 'could', 'did', 'do', 'does',
    'done', 'each', 'eg', 'else', 'every', 'for', 'from', 'had', 'has', 'have', 'he', 'her', 'here',
    'his', 'how', 'ie', 'if', 'in', 'into', 'is', 'it', 'its', 'just', 'may', 'me', 'might', 'more',
    'most', 'must', 'my', 'no', 'nor', 'not', 'of', 'on', 'one', 'onto', 'or', 'other', 'our',
    'per', 'she', 'should', 'so', 'some', 'such', 'than', 'that', 'the', 'their', 'them', 'then',
    'there', 'these', 'they', 'this', 'those', 'to', 'us', 'use', 'uses', 'using', 'via',
    'was', 'we', 'were', 'what', 'when', 'where', 'which', 'while', 'who', 'why', 'will', 'with',
    'without', 'would', 'you', 'your',
    // AWS noise: in every ARN, namespace and event source.
    'amazon', 'arn', 'aws'
]); // prettier-ignore
const VOWEL = /[aeiouy]/;
/**
 * Light, deterministic suffix stripping (a subset of Porter's step 1): plurals and -ing/-ed, so
 * `restarts`, `restarting` and `restarted` all become `restart`. Unlike Porter it never drops a
 * final `e` on its own, so base words stay readable (`service`, `cache`) in "matched on" lists.
 */
function stem(word) {
    let w = word;
    if (w.length <= 3)
        return w;
    if (w.endsWith('ies') && w.length > 4)
        w = `${w.slice(0, -3)}y`;
    else if (w.endsWith('sses') || w.endsWith('xes'))
        w = w.slice(0, -2);
    else if (w.endsWith('s') && !/[sui]s$/.test(w))
        w = w.slice(0, -1);
    const suffix = w.endsWith('ing') ? 3 : w.endsWith('ed') ? 2 : 0;
    const base = w.slice(0, w.length - suffix);
    // Too short or vowel-less stems are words of their own (`string`, `need`); `freed`, `speed` too.
    if (suffix === 0 || base.length < 3 || !VOWEL.test(base) || (suffix === 2 && base.endsWith('e')))
        return w;
    // Undo doubling (`stopped` → `stop`) but keep `ll`, `ss`, `zz` and 3-letter stems (`added`).
    if (/([^aeiouylsz])\1$/.test(base) && base.length > 3)
        return base.slice(0, -1);
    // Restore the `e` the suffix replaced: `rotated` → `rotate`, `scaling` → `scale`.
    if (/(at|bl|iz)$/.test(base) || /^[^aeiouy]*[aeiouy][^aeiouywx]$/.test(base))
        return `${base}e`;
    return base;
}
// Word → term ('' when dropped). Catalogs and incidents reuse a small vocabulary, so this saves
// most of the stemming; cleared when full so odd inputs (ids, hashes) cannot grow it forever.
const termCache = new Map();
function term(word) {
    let t = termCache.get(word);
    if (t === undefined) {
        const s = word.length < 2 || STOP_WORDS.has(word) || /^\d+$/.test(word) ? '' : stem(word);
        t = STOP_WORDS.has(s) ? '' : s;
        if (termCache.size >= 50_000)
            termCache.clear();
        termCache.set(word, t);
    }
    return t;
}
/**
 * Lower-case terms of a text: camelCase, PascalCase, snake_case, kebab-case, dotted and slashed
 * names and glob wildcards are split (`HTTPCode_Target_5XX_Count` → http code target 5xx count,
 * `*-service-down` → service down); stop words, one-letter words and bare numbers (thresholds,
 * counts, ids) are dropped; the rest is stemmed.
 */
function tokenize(text) {
    const out = [];
    const words = text
        .replace(/opsloop/gi, ' ')
        // A space after `xY` and before the last capital of a run that starts a word: `HTTPCode`.
        .replace(/([a-z])(?=[A-Z])|([A-Z0-9])(?=[A-Z][a-z])/g, '$1$2 ')
        .toLowerCase()
        .split(/[^\p{L}\p{N}]+/u);
    for (const word of words) {
        const t = term(word);
        if (t !== '')
            out.push(t);
    }
    return out;
}
const values = (v) => v === undefined ? [] : typeof v === 'string' ? [v] : v;
/** The literal text of a match rule: what an incident that fits it would say. */
function ruleText(rule) {
    const out = [
        ...values(rule.source),
        ...values(rule.detailType),
        ...values(rule.alarmName),
        ...values(rule.eventName),
        ...values(rule.resourceType),
        ...values(rule.metric?.namespace),
        ...values(rule.metric?.name)
    ];
    for (const [key, globs] of Object.entries(rule.metric?.dimensions ?? {}))
        out.push(key, ...values(globs));
    for (const [key, globs] of Object.entries(rule.tags ?? {}))
        out.push(key, ...values(globs));
    return out;
}
/**
 * A description without its "Do not use it when …" clauses: they name the incidents the runbook
 * is wrong for (often another runbook's topic, e.g. "the root volume (use free-disk-space)"), so
 * their words are evidence against it, not for it. Each clause runs to the end of its sentence.
 */
function withoutExclusions(description) {
    return description.replace(/\b(?:do not|don't|never) use\b(?:[^.]|\.(?!\s|$))*\.?/gi, ' ');
}
/** A runbook's text in two parts: what names its purpose, and what explains it. */
function runbookText(runbook) {
    const strong = [runbook.id, runbook.title, ...runbook.match.flatMap(ruleText)];
    const weak = [withoutExclusions(runbook.description)];
    for (const [name, p] of Object.entries(runbook.parameters ?? {}))
        weak.push(name, p?.description ?? '');
    // Newlines keep the fields' words apart.
    return { strong: strong.join('\n'), weak: weak.join('\n') };
}
/** The id, title and match literals name what a runbook is for, so they count twice. */
const STRONG_WEIGHT = 2;
/** The words of an incident. Not the source (`aws.*` says little) nor ids, ARNs and tags. */
function incidentQuery(incident) {
    // What names this incident, not what every incident of its kind shares: the title, detail-type
    // and resource types ("ALARM", "State Change", "ec2 instance") only add noise to every query,
    // as does an alarm's reason ("Threshold Crossed: 2 out of the last 2 datapoints ...").
    const text = [
        incident.alarmName,
        incident.eventName,
        incident.description,
        incident.alarmName === undefined ? incident.reason : undefined,
        ...incident.metrics.flatMap((m) => [m.namespace, m.name]),
        ...Object.values(incident.details ?? {})
    ];
    return { text: text.filter((t) => t !== undefined && t !== '') };
}
// Code-unit order, not localeCompare: the same on every machine.
const byText = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
/**
 * BM25 over a catalog, built once: term frequencies, document lengths and IDFs are computed up
 * front, so ranking touches only the postings of the query's terms.
 */
class LexicalIndex {
    runbooks;
    postings = new Map();
    docTerms = [];
    /** Per document: k1 · (1 − b + b · length / average length), the tf saturation point. */
    saturation;
    constructor(runbooks) {
        this.runbooks = runbooks;
        const lengths = [];
        for (const runbook of runbooks) {
            // Same terms as runbookTerms, counted without building the weighted list.
            const counts = new Map();
            const add = (terms, weight) => {
                for (const t of terms)
                    counts.set(t, (counts.get(t) ?? 0) + weight);
                return terms.length * weight;
            };
            const { strong, weak } = runbookText(runbook);
            const length = add(tokenize(strong), STRONG_WEIGHT) + add(tokenize(weak), 1);
            const doc = this.docTerms.length;
            for (const [term, tf] of counts) {
                const list = this.postings.get(term);
                if (list)
                    list.push({ doc, tf });
                else
                    this.postings.set(term, [{ doc, tf }]);
            }
            this.docTerms.push(counts);
            lengths.push(length);
        }
        const average = lengths.reduce((a, b) => a + b, 0) / Math.max(1, lengths.length) || 1;
        this.saturation = Float64Array.from(lengths, (len) => BM25_K1 * (1 - BM25_B + (BM25_B * len) / average));
    }
    /**
     * IDF with +1 inside the log (as Lucene does), so it is positive even for a term in every
     * document: ln(1 + (N − n + 0.5) / (n + 0.5)), n = documents containing the term.
     */
    idf(term) {
        const n = this.postings.get(term)?.length ?? 0;
        const total = this.runbooks.length;
        return Math.log(1 + (total - n + 0.5) / (n + 0.5));
    }
    /** One term's BM25 contribution to one document. */
    contribution(idf, tf, doc) {
        return (idf * tf * (BM25_K1 + 1)) / (tf + (this.saturation[doc] ?? BM25_K1));
    }
    /**
     * Runbooks sharing words with the query, best first (ties by id), at most `limit`. Each
     * distinct query term counts once: a word repeated in the title and the alarm name is not
     * twice the evidence.
     *
     * Confidence = CAP · √coverage · (1 + margin) / 2, where
     * - coverage = score / Σ idf(t) · (k1 + 1) over the query's terms: the share of the best score
     *   any document could reach (each term's contribution tends to idf · (k1 + 1)), in [0, 1);
     * - margin = (score − runner-up score) / score for the first result, 0 for the others (they
     *   have someone at least as good above them).
     * It rises with both, is 0.5 · CAP · √coverage on a tie, and never exceeds CAP = 0.6.
     */
    rank(query, limit = 5) {
        const terms = [...new Set(query.text.flatMap(tokenize))];
        if (terms.length === 0 || this.runbooks.length === 0 || limit < 1)
            return [];
        const scores = new Float64Array(this.runbooks.length);
        const idfs = new Map();
        let ideal = 0;
        for (const term of terms) {
            const idf = this.idf(term);
            idfs.set(term, idf);
            ideal += idf * (BM25_K1 + 1);
            for (const { doc, tf } of this.postings.get(term) ?? [])
                scores[doc] = (scores[doc] ?? 0) + this.contribution(idf, tf, doc);
        }
        const hits = [];
        scores.forEach((s, doc) => {
            if (s > 0)
                hits.push(doc);
        });
        hits.sort((a, b) => {
            const diff = (scores[b] ?? 0) - (scores[a] ?? 0);
            return diff !== 0 ? diff : byText(this.doc(a).id, this.doc(b).id);
        });
        const runnerUp = hits[1] === undefined ? 0 : (scores[hits[1]] ?? 0);
        return hits.slice(0, limit).map((doc, i) => {
            const score = scores[doc] ?? 0;
            const coverage = Math.min(1, score / ideal);
            const margin = i === 0 ? Math.max(0, (score - runnerUp) / score) : 0;
            const confidence = LEXICAL_CONFIDENCE_CAP * Math.sqrt(coverage) * ((1 + margin) / 2);
            return { runbook: this.doc(doc), score, confidence, terms: this.matched(doc, idfs) };
        });
    }
    doc(i) {
        const runbook = this.runbooks[i];
        if (!runbook)
            throw new RangeError(`no runbook #${i} in the lexical index`);
        return runbook;
    }
    /** The query terms found in a document, largest contribution first (ties by term). */
    matched(doc, idfs) {
        const counts = this.docTerms[doc];
        const found = [];
        for (const [term, idf] of idfs) {
            const tf = counts?.get(term);
            if (tf)
                found.push({ term, weight: this.contribution(idf, tf, doc) });
        }
        return found
            .sort((a, b) => b.weight - a.weight || byText(a.term, b.term))
            .slice(0, 5)
            .map((f) => f.term);
    }
}

function rankedTriage(candidates) {
    const [first, second] = candidates;
    if (!first)
        return { candidates, note: 'no runbook in the catalog matches this incident' };
    if (second && tied(first, second)) {
        return {
            candidates,
            note: `\`${first.runbook.id}\` and \`${second.runbook.id}\` match equally well; a person must choose`
        };
    }
    return { selected: first, candidates };
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
/** Lexical matches below this confidence are listed, not proposed. */
const LEXICAL_PROPOSAL_THRESHOLD = 0.25;
const indexes = new WeakMap();
function indexesOf(request) {
    let found = indexes.get(request.catalog);
    if (!found) {
        const runbooks = request.catalog.map((c) => c.runbook);
        let lexical;
        found = {
            rules: new CatalogIndex(runbooks),
            lexical: () => (lexical ??= new LexicalIndex(runbooks))
        };
        indexes.set(request.catalog, found);
    }
    return found;
}
function ruleChoice(c) {
    const rule = c.runbook.match[c.rule];
    return {
        id: c.runbook.id,
        confidence: ruleConfidence(c.score),
        why: `its match rule ${c.rule + 1} fits (${rule ? describeRule(rule) : '?'}; specificity ${c.score})`
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
    for (const c of signals.changes
        .filter((c) => c.minutesBefore <= CHANGE_LEAD_MINUTES)
        .slice(0, 2)) {
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
    const { rules, lexical } = indexesOf(request);
    const ranked = rankedTriage(rules.rank(incident));
    const notes = [];
    const hint = typeof incident.context.runbook === 'string' ? incident.context.runbook : undefined;
    const hinted = hint ? request.catalog.find((c) => c.runbook.id === hint) : undefined;
    const history = resolvedBefore(request);
    if (hint && !hinted)
        notes.push(`The dispatch context suggests runbook \`${hint}\`, which is not in the catalog.`);
    let runbook;
    let alternatives = ranked.candidates.map(ruleChoice);
    if (ranked.selected) {
        runbook = ruleChoice(ranked.selected);
    }
    else if (ranked.candidates.length > 0) {
        // Rules tie: a hint naming one of the tied runbooks settles it; otherwise a person chooses.
        const top = ranked.candidates.filter((c) => ranked.candidates[0] && tied(c, ranked.candidates[0]));
        const pick = top.find((c) => c.runbook.id === hint);
        const proven = top.find((c) => c.runbook.id === history?.runbook);
        if (pick) {
            runbook = {
                ...ruleChoice(pick),
                why: `${ruleChoice(pick).why}; chosen among equally good matches by the dispatch context's runbook hint`
            };
        }
        else if (proven && history) {
            runbook = {
                ...ruleChoice(proven),
                why: `${ruleChoice(proven).why}; chosen among equally good matches because ${historyChoice(history, 0).why}`
            };
        }
        else if (ranked.note)
            notes.push(`No runbook proposed: ${ranked.note}.`);
    }
    else if (hinted) {
        runbook = {
            id: hinted.runbook.id,
            confidence: 0.5,
            why: "suggested by the dispatch context's runbook hint; none of the catalog's match rules fits"
        };
    }
    else if (history) {
        const choice = historyChoice(history, 0.55);
        runbook = { ...choice, why: `none of the catalog's match rules fits, but ${choice.why}` };
    }
    else {
        const matches = lexical().rank(incidentQuery(incident), 5);
        alternatives = matches.map((m) => ({
            id: m.runbook.id,
            confidence: m.confidence,
            why: `its text shares the terms ${m.terms.map((t) => `\`${t}\``).join(', ')}`
        }));
        const best = alternatives[0];
        if (best && best.confidence >= LEXICAL_PROPOSAL_THRESHOLD) {
            runbook = { ...best, why: `no match rule fits, but ${best.why}` };
        }
        else {
            notes.push(best
                ? 'No runbook proposed: no match rule fits and no runbook text is close enough.'
                : 'No runbook proposed: no runbook in the catalog matches this incident.');
        }
    }
    if (history && runbook && runbook.id !== history.runbook)
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

export { rulesProvider as a, rulesTriage as r, tokenize as t };
