import { g as gatherContext, i as incidentTime, c as changeEvidence } from './triage-provider-DX_XqvC-.js';
import { i as incidentEvidence, n as numbered, E as EVIDENCE_TEXT_LIMIT } from './evidence-4-MxoGm5.js';
import { r as resolveFacts } from './facts-DXKc7_LI.js';
import { S as SEVERITY_RANK } from './severity-DGMA2-R7.js';
import { L as LogTemplateMiner } from './templates-CvzNMnjK.js';
import { R as Redactor } from './redact-dgEMPhFv.js';
import { f as fingerprint } from './fingerprint-BtovXTfi.js';
import { a as OUTCOME_LABELS } from './record-BIoafhO-.js';
import { n as normalizeDelivery } from './redacted-incident-J003IcyX.js';
import { r as runStage } from './stage-CM_k6y3e.js';
import { b as buildPlan, c as bindInstances } from './request-D_hjRL7m.js';
import { t as taggedInstances } from './ports-Baf7aGWi.js';
import { i as incidentIssue, b as runbookOfLabels } from './incident-issue-Bce1dpk_.js';
import { r as rulesTriage } from './rules-BvgxSNAz.js';

// Token estimation: what a text costs a model, estimated without a tokenizer, so a prompt can be
// held to a budget.
/**
 * A conservative estimate of the tokens `text` costs a model, modelled on cl100k_base's
 * pre-tokenizer: a letter run costs ⌈len/4⌉ (a space before it is free), a digit run ⌈len/3⌉
 * (cl100k splits digits in threes) plus one for a space before it (a space does not merge with
 * digits), a punctuation run ⌈len/2⌉, a line break one, a run of spaces or tabs ⌈len/4⌉ (one
 * space is free), a non-ASCII character one per UTF-8 byte; the sum is multiplied by 1.1. Checked
 * against cl100k_base (js-tiktoken) on the 32,000 Loghub 2k lines: 1.27× in total and never
 * below on any line. Not an exact count; other tokenizers (Claude's) count differently.
 * Bytes/3.5 would be too low: log lines run about 2.6 bytes a cl100k token.
 */
function estimateTokens(text) {
    let n = 0;
    let i = 0;
    const len = text.length;
    while (i < len) {
        const c = text.charCodeAt(i);
        if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) {
            let j = i + 1;
            while (j < len && isLetter(text.charCodeAt(j)))
                j++;
            n += Math.ceil((j - i) / 4);
            i = j;
        }
        else if (c >= 48 && c <= 57) {
            let j = i + 1;
            while (j < len && isDigit(text.charCodeAt(j)))
                j++;
            n += Math.ceil((j - i) / 3);
            const before = i > 0 ? text.charCodeAt(i - 1) : 0;
            if (before === 32 || before === 9)
                n++;
            i = j;
        }
        else if (c === 32 || c === 9) {
            let j = i + 1;
            while (j < len && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9))
                j++;
            if (j - i > 1)
                n += Math.ceil((j - i) / 4);
            i = j;
        }
        else if (c < 128 && c !== 10) {
            // A punctuation run is one cl100k piece; BPE merges common pairs (`":"`, `://`).
            let j = i + 1;
            while (j < len && isPunct(text.charCodeAt(j)))
                j++;
            n += Math.ceil((j - i) / 2);
            i = j;
        }
        else if (c === 10) {
            n++;
            i++;
        }
        else {
            const cp = text.codePointAt(i) ?? c;
            n += cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
            i += cp > 0xffff ? 2 : 1;
        }
    }
    return Math.ceil(n * 1.1);
}
const TOKEN_METHOD = 'estimateTokens: cl100k-like piece count ×1.1 (≈1.3× cl100k_base on log lines, never under it on Loghub; not an exact count)';
const isLetter = (c) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isDigit = (c) => c >= 48 && c <= 57;
const isPunct = (c) => c > 32 && c < 127 && !isLetter(c) && !isDigit(c);

// --- Time: a per-template histogram over a window learnt as lines arrive ---------------------
const BINS = 64;
/**
 * Bins shared by every template: [origin, origin + BINS·width). When a time falls outside, the
 * width doubles (folding pairs of bins) until it fits, so 64 counters per template cover any
 * span at 1/32–1/64 of its length, whatever order lines come in.
 */
class Timeline {
    origin = Number.NaN;
    width = 1;
    histograms = [];
    histogram() {
        const h = new Float64Array(BINS);
        this.histograms.push(h);
        return h;
    }
    bin(t) {
        if (Number.isNaN(this.origin))
            this.origin = t;
        for (;;) {
            const k = Math.floor((t - this.origin) / this.width);
            if (k >= 0 && k < BINS)
                return k;
            if (k >= BINS)
                this.fold(0);
            else {
                this.origin -= BINS * this.width;
                this.fold(BINS / 2);
            }
        }
    }
    /** Count in [from, to), splitting bins at the edges in proportion. */
    count(h, from, to) {
        if (Number.isNaN(this.origin) || to <= from)
            return 0;
        let sum = 0;
        for (let k = 0; k < BINS; k++) {
            const v = h[k] ?? 0;
            if (v === 0)
                continue;
            const start = this.origin + k * this.width;
            const overlap = Math.min(to, start + this.width) - Math.max(from, start);
            if (overlap > 0)
                sum += (v * overlap) / this.width;
        }
        return sum;
    }
    /** Adds histogram `from` into `into`. */
    add(into, from) {
        for (let k = 0; k < BINS; k++)
            into[k] = (into[k] ?? 0) + (from[k] ?? 0);
    }
    /** Doubles the width; old bin i goes to `offset + i/2`. */
    fold(offset) {
        this.width *= 2;
        for (const h of this.histograms) {
            const old = h.slice();
            h.fill(0);
            for (let i = 0; i < BINS; i++) {
                const k = offset + (i >> 1);
                h[k] = (h[k] ?? 0) + (old[i] ?? 0);
            }
        }
    }
}
// --- Collecting ---------------------------------------------------------------------------------
const MAX_STREAMS = 3;
/**
 * The entries of templates that merged after their first lines (the miner joins groups that
 * turn out to be one message), joined into the entry of the template they are now part of.
 */
function joinMerged(stats, miner, timeline, firstExamples) {
    const joined = new Map();
    for (const s of stats.values()) {
        const template = miner.template(s.template.id) ?? s.template;
        const key = `${s.severity} ${template.id}`;
        const into = joined.get(key);
        if (into === undefined) {
            joined.set(key, {
                ...s,
                first: [...s.first],
                id: `${s.severity[0] ?? 'i'}${template.id}`,
                template
            });
            continue;
        }
        into.count += s.count;
        into.firstSeen = Math.min(into.firstSeen, s.firstSeen);
        if (s.lastSeen >= into.lastSeen)
            into.last = s.last;
        into.lastSeen = Math.max(into.lastSeen, s.lastSeen);
        timeline.add(into.histogram, s.histogram);
        for (const e of s.first)
            if (into.first.length < firstExamples && !into.first.includes(e))
                into.first.push(e);
        for (const stream of s.streams)
            if (into.streams.includes(stream))
                continue;
            else if (into.streams.length < MAX_STREAMS)
                into.streams.push(stream);
            else
                into.moreStreams = true;
        into.moreStreams ||= s.moreStreams;
    }
    return joined;
}
// --- Summarizing --------------------------------------------------------------------------------
const TEMPLATE_CHARS = { full: 300, short: 200, bare: 160 };
const EXAMPLE_CHARS = { full: 300, short: 160, bare: 0 };
/** Turns log lines into a token-budgeted text for triage; see the file comment. */
function summarizeLogs(lines, options = {}) {
    const maxTokens = options.maxTokens ?? 6_000;
    const examplesPerTemplate = options.examplesPerTemplate ?? 2;
    // The first lines of a template, and its latest as the last example.
    const firstExamples = Math.max(1, examplesPerTemplate - 1);
    const miner = new LogTemplateMiner();
    // Per template and severity: one message logged at two levels is two entries.
    const stats = new Map();
    const timeline = new Timeline();
    let count = 0;
    let first = Number.POSITIVE_INFINITY;
    let last = Number.NEGATIVE_INFINITY;
    let previous = 0;
    let timed = false;
    for (const line of lines) {
        // No timestamp: the previous line's, or the line number when there has been none.
        let t = timed ? previous : count;
        if (line.timestamp !== undefined && Number.isFinite(line.timestamp)) {
            t = line.timestamp;
            timed = true;
        }
        previous = t;
        count++;
        if (t < first)
            first = t;
        if (t > last)
            last = t;
        const { severity, template } = miner.add(line.message, t);
        const key = `${severity} ${template.id}`;
        let s = stats.get(key);
        if (s === undefined) {
            s = {
                id: `${severity[0] ?? 'i'}${template.id}`,
                template,
                severity,
                count: 0,
                firstSeen: t,
                lastSeen: t,
                histogram: timeline.histogram(),
                first: [],
                last: line.message,
                streams: [],
                moreStreams: false
            };
            stats.set(key, s);
        }
        s.last = line.message;
        s.count++;
        if (t < s.firstSeen)
            s.firstSeen = t;
        if (t >= s.lastSeen)
            s.lastSeen = t;
        if (s.first.length < firstExamples && !s.first.includes(line.message))
            s.first.push(line.message);
        const k = timeline.bin(t);
        s.histogram[k] = (s.histogram[k] ?? 0) + 1;
        if (line.stream !== undefined && !s.streams.includes(line.stream)) {
            if (s.streams.length < MAX_STREAMS)
                s.streams.push(line.stream);
            else
                s.moreStreams = true;
        }
    }
    if (count === 0) {
        const text = 'Logs: 0 lines.';
        return {
            text,
            tokens: estimateTokens(text),
            templates: [],
            lines: 0,
            omitted: 0,
            method: TOKEN_METHOD
        };
    }
    const end = Math.max(options.now ?? last, last);
    const start = Math.min(first, end);
    const span = end - start;
    const recentMs = Math.min(options.recentWindowMs ?? span / 5, span);
    const recentStart = end - recentMs;
    const baselineStart = options.baselineWindowMs === undefined
        ? start
        : Math.max(start, recentStart - options.baselineWindowMs);
    const baselineMs = recentStart - baselineStart;
    // The last bin ends at or after `end`: count up to just past it.
    const upTo = end + timeline.width;
    const ranked = [];
    let baselineLines = 0;
    const partial = [...joinMerged(stats, miner, timeline, firstExamples).values()].map((s) => {
        const recent = timeline.count(s.histogram, recentStart, upTo);
        const baseline = timeline.count(s.histogram, baselineStart, recentStart);
        baselineLines += baseline;
        return { s, recent, baseline };
    });
    for (const { s, recent, baseline } of partial) {
        const t = s.template;
        const isNew = baselineLines > 0 && recentMs > 0 && s.firstSeen >= recentStart;
        // Burst: the recent count is ≥ 3× what the baseline rate predicts, and 4 standard deviations
        // above it (Poisson), and at least 10 lines, so a handful of lines in a rare template does not
        // count (among hundreds of rare templates, one bunches up by chance).
        const expected = baselineMs > 0 ? ((baseline + 1) * recentMs) / baselineMs : Number.NaN;
        const ratio = recent / expected;
        const burst = !isNew && recent >= 10 && ratio >= 3 && (recent - expected) / Math.sqrt(expected) >= 4
            ? ratio
            : undefined;
        const rarity = Math.log2(count / s.count);
        // Unusual first: new beats bursting beats rare; severity breaks near-ties.
        const score = (isNew ? 8 : 0) +
            (burst !== undefined ? Math.min(6, Math.log2(burst) * 2) : 0) +
            Math.min(4, rarity / 4) +
            SEVERITY_RANK[s.severity] * 0.5;
        ranked.push({
            id: s.id,
            template: t.template,
            severity: s.severity,
            count: s.count,
            firstSeen: s.firstSeen,
            lastSeen: s.lastSeen,
            recent: Math.round(recent),
            baseline: Math.round(baseline),
            new: isNew,
            ...(burst !== undefined ? { burst } : {}),
            rarity,
            score,
            examples: pickExamples(s.first, s.last, examplesPerTemplate),
            streams: s.moreStreams ? [...s.streams, '…'] : s.streams
        });
    }
    ranked.sort((a, b) => b.score - a.score || b.count - a.count);
    const { full: fullTime, short: time } = timed ? formatTime(start, end) : lineTime;
    const serious = ranked.filter((r) => r.severity !== 'info');
    const others = ranked.filter((r) => r.severity === 'info');
    const header = [
        `Logs: ${fmt(count)} lines${count > 0 ? `, ${fullTime(start)} to ${time(end)}` : ''}; ${fmt(ranked.length)} templates (${fmt(serious.length)} error/warning).`,
        `Recent part: from ${time(recentStart)}. Per template: ×lines (recent/before), first–last seen; new = first seen in the recent part; burst ×N = recent rate N× the rate before.`
    ].join('\n');
    // Costs add up: a block costs estimateTokens(block) + 2 (its line break, and rounding), so the
    // sum bounds the estimate of the joined text.
    const cost = (text) => estimateTokens(text) + 2;
    let used = cost(header);
    // Errors and warnings: all of them; shorten examples first, then cut with a line that says so.
    const seriousHeading = (shown, detail) => `\n## Errors and warnings (${shown === serious.length ? `all ${fmt(shown)}` : `${fmt(shown)} of ${fmt(serious.length)}`}, most unusual first${detail === 'full' ? '' : detail === 'short' ? '; examples shortened to fit' : '; examples left out to fit'})`;
    const seriousFooter = (hidden) => hidden.length === 0
        ? ''
        : `${fmt(hidden.length)} more error/warning templates not shown (${fmt(sum(hidden))} lines), e.g. ${hidden
            .slice(0, 3)
            .map((r) => `"${clip(r.template, 80)}" ×${fmt(r.count)}`)
            .join(', ')}.`;
    // Room for the line that says which other templates are not shown.
    const othersFooter = (hidden) => hidden.length === 0
        ? ''
        : `${fmt(hidden.length)} other templates not shown (${fmt(sum(hidden))} lines), e.g. "${clip(hidden[0]?.template ?? '', 80)}" ×${fmt(hidden[0]?.count ?? 0)}.`;
    const othersReserve = others.length > 0 ? cost(othersFooter(others)) : 0;
    let detail = 'full';
    let seriousBlocks = [];
    if (serious.length > 0) {
        for (const d of ['full', 'short', 'bare']) {
            detail = d;
            seriousBlocks = serious.map((r, i) => render(r, i + 1, d, time));
            const total = seriousBlocks.reduce((a, b) => a + cost(b.text), cost(seriousHeading(serious.length, d)));
            if (used + total + othersReserve <= maxTokens)
                break;
        }
        // Still too long: keep the first k that fit with the heading and the not-shown line.
        let k = seriousBlocks.length;
        let blocksCost = seriousBlocks.reduce((a, b) => a + cost(b.text), 0);
        const fits = () => used +
            cost(seriousHeading(k, detail)) +
            blocksCost +
            (k < serious.length ? cost(seriousFooter(serious.slice(k))) : 0) +
            othersReserve <=
            maxTokens;
        while (k > 0 && !fits()) {
            k--;
            blocksCost -= cost(seriousBlocks[k]?.text ?? '');
        }
        seriousBlocks = seriousBlocks.slice(0, k);
        used += cost(seriousHeading(k, detail)) + blocksCost;
    }
    const seriousHidden = serious.slice(seriousBlocks.length);
    const seriousTail = seriousFooter(seriousHidden);
    if (seriousTail !== '')
        used += cost(seriousTail);
    // Other templates, most unusual first, in full while that fits, then bare, while any fits.
    const othersHeading = '\n## Other templates, most unusual first';
    const otherBlocks = [];
    if (others.length > 0 && seriousHidden.length === 0 && used + cost(othersHeading) <= maxTokens) {
        let spent = cost(othersHeading);
        for (let i = 0; i < others.length; i++) {
            const r = others[i];
            if (r === undefined)
                break;
            const n = seriousBlocks.length + i + 1;
            const tail = cost(othersFooter(others.slice(i + 1)));
            const block = [render(r, n, 'full', time), render(r, n, 'bare', time)].find((b) => used + spent + cost(b.text) + tail <= maxTokens);
            if (block === undefined)
                break;
            spent += cost(block.text);
            otherBlocks.push(block);
        }
        if (otherBlocks.length > 0)
            used += spent;
    }
    const othersTail = othersFooter(others.slice(otherBlocks.length));
    const sections = [header];
    if (serious.length > 0)
        sections.push(seriousHeading(seriousBlocks.length, detail));
    sections.push(...seriousBlocks.map((b) => b.text));
    if (seriousTail !== '')
        sections.push(seriousTail);
    if (otherBlocks.length > 0)
        sections.push(othersHeading, ...otherBlocks.map((b) => b.text));
    if (othersTail !== '')
        sections.push(othersTail);
    const text = sections.join('\n');
    const shown = [...seriousBlocks, ...otherBlocks].map((b) => ({ ...b.r, examples: b.examples }));
    return {
        text,
        tokens: estimateTokens(text),
        templates: shown,
        lines: count,
        omitted: ranked.length - shown.length,
        method: TOKEN_METHOD
    };
}
function pickExamples(first, latest, n) {
    if (n <= 0)
        return [];
    const out = first.slice(0, Math.max(1, n - 1));
    if (out.length < n && !out.includes(latest))
        out.push(latest);
    return out;
}
function render(r, n, detail, time) {
    const level = r.severity === 'info' ? '' : `${r.severity.toUpperCase()} `;
    const marks = [r.new ? 'new' : '', r.burst !== undefined ? `burst ×${r.burst.toFixed(1)}` : '']
        .filter((m) => m !== '')
        .join(', ');
    const when = r.firstSeen === r.lastSeen ? time(r.firstSeen) : `${time(r.firstSeen)}–${time(r.lastSeen)}`;
    const streams = detail === 'full' && r.streams.length > 0 && r.severity !== 'info'
        ? `, streams: ${r.streams.join(', ')}`
        : '';
    const examples = (detail === 'full' ? r.examples : detail === 'short' ? r.examples.slice(0, 1) : []).map((e) => clip(e, EXAMPLE_CHARS[detail]));
    const text = [
        `${n}. ${level}×${fmt(r.count)} (${fmt(r.recent)}/${fmt(r.baseline)})${marks === '' ? '' : ` ${marks}`}, ${when}${streams}`,
        `   ${clip(r.template, TEMPLATE_CHARS[detail])}`,
        ...examples.map((e) => `   > ${e}`)
    ].join('\n');
    return { r, text, examples };
}
// eslint-disable-next-line no-control-regex
const ANSI = /\x1b\[[0-9;]*m/g;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\x00-\x1f\x7f]+/g;
/** One line, control characters and ANSI colours removed, cut with `…`. */
function clip(text, max) {
    const flat = text.replace(ANSI, '').replace(/\r?\n/g, ' ⏎ ').replace(CONTROL, ' ');
    return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
function formatTime(start, end) {
    // Epoch milliseconds after 1973; anything smaller is some other clock, shown as a number.
    if (start < 1e11)
        return { full: (t) => `t=${fmt(t)}`, short: (t) => `t=${fmt(t)}` };
    const iso = (t) => new Date(t).toISOString().replace(/\.\d{3}Z$/, 'Z');
    const full = (t) => iso(t).replace('T', ' ');
    const sameDay = iso(start).slice(0, 10) === iso(end).slice(0, 10);
    return { full, short: sameDay ? (t) => iso(t).slice(11) : full };
}
const lineTime = { full: (t) => `line ${fmt(t + 1)}`, short: (t) => `line ${fmt(t + 1)}` };
const fmt = (n) => Math.round(n).toLocaleString('en-US');
const sum = (rs) => rs.reduce((a, r) => a + r.count, 0);

// From a dispatch payload to a rendered incident issue, without touching GitHub: normalize,
// gather the incident's own evidence, triage (falling back to rules on any failure), plan and
// render. Shared by `intake` (which then files the issue) and `opsloop triage` (which prints it).
async function analyze(input, redactedIncident) {
    const stage = input.stage ?? runStage;
    const redactor = input.redactor ?? new Redactor();
    const delivered = redactedIncident ?? normalizeDelivery(input.delivery, redactor);
    const { context: gatherFrom } = input;
    const resolved = await stage('Context: facts from AWS (tags, ECS, Auto Scaling, SSM instances, log groups, log anomalies)', () => resolveFacts(delivered, input.facts ?? {}, gatherFrom?.options.logGroups ?? [], input.now));
    // What AWS says about the incident is untrusted text like the event: redacted the same way
    // (the rest of the incident already was).
    let incident = {
        ...resolved.incident,
        tags: redactor.json(resolved.incident.tags),
        facts: redactor.json(resolved.facts)
    };
    const fp = fingerprint(incident);
    const own = incidentEvidence(incident);
    const gathered = gatherFrom
        ? await stage('Context: logs, metrics, changes and past incidents', () => gatherContext(incident, fp, gatherFrom.sources, { ...gatherFrom.options, now: input.now }))
        : undefined;
    const mapping = gatherFrom?.components;
    const judged = gathered || input.snapshot
        ? await (await import('./judge-changes-BDN11ZRr.js')).judgeChanges({
            incident,
            alarmAt: incidentTime(incident, input.now),
            ...(gathered ? { gathered } : {}),
            ...(input.snapshot ? { replay: input.snapshot } : {}),
            ...(mapping ? { components: mapping } : {}),
            redactor,
            provider: input.provider,
            stage,
            now: input.now
        })
        : undefined;
    const snapshot = judged?.snapshot;
    const attribution = judged?.attribution;
    const context = gathered
        ? summarizeContext(gathered, incident, input.now, redactor, own.length, attribution)
        : undefined;
    // A mapping that is not valid was not used: the issue says where it is wrong.
    if (context && mapping?.problems.length)
        context.report.missing.push(...mapping.problems.map((p) => `components mapping (not used): ${redactor.text(p)}`));
    const evidence = [...own, ...(context?.evidence ?? [])];
    if (judged)
        incident = judged.incident;
    const request = {
        incident,
        evidence,
        catalog: input.catalog,
        ...(input.index ? { index: input.index } : {}),
        ...(context ? { signals: context.signals } : {})
    };
    const triage = await stage(`Triage (${input.provider.name})`, () => triageSafely(input.provider, request));
    const entry = triage.runbook
        ? input.catalog.find((c) => c.runbook.id === triage.runbook?.id)
        : undefined;
    let plan = entry
        ? buildPlan(entry, incident, triage.parameters, {
            proposedAt: input.now.toISOString(),
            ...(input.requestedBy ? { requestedBy: input.requestedBy } : {}),
            ...(input.settings ? { settings: input.settings(entry.runbook.id) } : {}),
            fingerprint: fp
        })
        : undefined;
    const tags = plan?.targets?.kind === 'tags' ? plan.targets : undefined;
    if (entry && plan && tags)
        plan = bindInstances(plan, entry.runbook.targets.max, await stage("Plan: bind the runbook's tag targets to instances", () => taggedInstances(input.instances, tags)));
    const report = {
        incident,
        fingerprint: fp,
        triage,
        evidence,
        ...(plan ? { plan } : {}),
        ...(entry ? { runbook: entry.runbook } : {}),
        deliveryProblems: input.delivery.problems.map((p) => redactor.text(p)),
        // What intake repaired before reading the payload (already bounded, intake/sanitize.ts).
        ...(input.delivery.notes?.length
            ? { deliveryNotes: input.delivery.notes.map((n) => redactor.text(n)) }
            : {}),
        ...(context ? { context: context.report } : {}),
        ...(attribution ? { attribution } : {}),
        ...(snapshot && input.snapshotRun ? { snapshotRun: input.snapshotRun } : {}),
        ...(input.commit ? { commit: input.commit } : {}),
        ...(input.stateMarker ? { stateMarker: input.stateMarker } : {}),
        receivedAt: input.now.toISOString()
    };
    return {
        incident,
        fingerprint: fp,
        evidence,
        triage,
        ...(plan ? { plan } : {}),
        report,
        draft: incidentIssue(report),
        ...(snapshot ? { snapshot } : {}),
        ...(attribution ? { attribution } : {})
    };
}
/** The provider's triage; a provider bug must not lose the incident, so rules answer instead. */
async function triageSafely(provider, request) {
    try {
        return await provider.triage(request);
    }
    catch (error) {
        const rules = rulesTriage(request);
        return {
            ...rules,
            notes: [
                `The ${provider.name} triage failed unexpectedly (${error instanceof Error ? error.message : String(error)}); triaged by rules instead.`,
                ...rules.notes
            ]
        };
    }
}
/** Log templates shown as evidence per log group, most unusual first. */
const LOG_EVIDENCE_PER_GROUP = 8;
/** The triage prompt's budget for all log summaries together (estimated tokens). */
const LOG_TOKENS = 6_000;
const OUTCOMES = [
    OUTCOME_LABELS.remediated,
    OUTCOME_LABELS.rolledBack,
    OUTCOME_LABELS.failed,
    OUTCOME_LABELS.recovered
];
/** How a past incident ended, from its labels. */
function pastOutcome(labels) {
    return OUTCOMES.find((o) => labels.includes(o)) ?? 'closed';
}
/** Gathered context, redacted and compressed: evidence for triage and sections for the issue. */
function summarizeContext(gathered, incident, now, redactor, firstId, attribution) {
    const items = [];
    const add = (item) => items.push(item) - 1;
    const at = incidentTime(incident, now);
    const logSignals = [];
    const logs = gathered.logs.map((g) => {
        const summary = summarizeLogs(
        // Together, so a secret split over adjacent events of a stream is redacted whole.
        redactor.events(g.lines), { maxTokens: Math.floor(LOG_TOKENS / Math.max(1, gathered.logs.length)), now: at });
        for (const t of summary.templates.slice(0, LOG_EVIDENCE_PER_GROUP)) {
            const tags = [
                t.severity,
                `×${t.count}`,
                t.new ? 'new' : '',
                t.burst ? `burst ×${t.burst.toFixed(1)}` : ''
            ];
            const index = add({
                source: 'log',
                label: `log ${g.group} (${tags.filter(Boolean).join(', ')})`,
                text: clip(`${t.template}${t.examples[0] ? ` e.g. ${t.examples[0]}` : ''}`, EVIDENCE_TEXT_LIMIT)
            });
            if (t.severity !== 'info' && (t.new || t.burst))
                logSignals.push({
                    at: index,
                    group: g.group,
                    template: t.template,
                    severity: t.severity,
                    new: t.new,
                    ...(t.burst ? { burst: t.burst } : {})
                });
        }
        const source = incident.facts?.logGroups.find((f) => f.name === g.group)?.source;
        return {
            group: g.group,
            ...(source ? { source } : {}),
            text: summary.text,
            lines: summary.lines,
            tokens: summary.tokens,
            ...(g.truncated ? { truncated: g.truncated } : {})
        };
    });
    // The threshold belongs on the chart only when the alarm watches exactly this metric.
    const threshold = gathered.metrics.length === 1 && incident.metrics.length === 1
        ? incident.alarm?.threshold
        : undefined;
    const metrics = gathered.metrics.map((m) => {
        const label = redactor.text(m.label);
        const text = redactor.text(m.text);
        const index = add({
            source: 'metric',
            label: `metric history ${label}`,
            text: `${text} ${m.sparkline}`.trim()
        });
        return {
            label,
            text,
            sparkline: m.sparkline,
            ...(m.chart ? { chart: m.chart } : {}),
            ...(threshold !== undefined ? { threshold } : {}),
            at: index
        };
    });
    const changes = gathered.changes.map((c) => {
        const shown = changeEvidence(c, at);
        const label = redactor.text(shown.label);
        const text = redactor.text(shown.text);
        const index = add({ source: 'change', label, text });
        return {
            at: index,
            label,
            text,
            minutesBefore: Math.max(0, Math.round((at - c.at) / 60_000)),
            ...(c.state ? { state: c.state } : {}),
            ...(c.url ? { url: c.url } : {})
        };
    });
    // The suspect commit as evidence the triage can cite (its reasons quote the diff and the logs,
    // both already redacted in the snapshot).
    const suspect = attribution?.suspect;
    const suspectAt = suspect
        ? add({
            source: 'change',
            label: `suspect commit ${suspect.sha.slice(0, 12)} (deployment ${suspect.deployment} to ${suspect.service})`,
            text: clip(`confidence ${suspect.confidence.toFixed(2)}: ${suspect.reasons.map((r) => r.text).join('; ')}`, EVIDENCE_TEXT_LIMIT)
        })
        : undefined;
    const past = gathered.past.map((p) => {
        const outcome = pastOutcome(p.labels);
        const runbook = runbookOfLabels(p.labels);
        const title = redactor.text(p.title);
        const how = p.sameAlarm ? 'same alarm' : `similar title, ${Math.round(p.similarity * 100)}%`;
        const index = add({
            source: 'incident',
            label: `past incident #${p.number}`,
            text: `${title} (${how}; ${outcome}${runbook ? `, runbook ${runbook}` : ''}${p.closedAt ? `, closed ${p.closedAt}` : ''})`
        });
        return {
            at: index,
            number: p.number,
            title,
            sameAlarm: p.sameAlarm,
            outcome,
            ...(runbook ? { runbook } : {})
        };
    });
    const watches = gathered.watches.map((w) => {
        const minutes = w.firstSignalAt === undefined
            ? undefined
            : Math.max(0, Math.round((at - w.firstSignalAt) / 60_000));
        const title = redactor.text(w.title);
        const when = minutes === undefined ? 'before the incident' : `${minutes} min before the incident`;
        const index = add({
            source: 'incident',
            label: `watch #${w.number}`,
            text: `first signal in ${w.logGroup} ${when}: ${title}`
        });
        return {
            at: index,
            number: w.number,
            title,
            logGroup: w.logGroup,
            ...(minutes === undefined ? {} : { minutesBefore: minutes })
        };
    });
    const evidence = numbered(items, firstId);
    const id = ({ at: index, ...rest }) => ({
        ...rest,
        evidence: evidence[index]?.id ?? ''
    });
    return {
        evidence,
        signals: {
            changes: changes.map(id),
            ...(attribution
                ? {
                    attribution: suspect && suspectAt !== undefined
                        ? {
                            suspect: {
                                evidence: evidence[suspectAt]?.id ?? '',
                                sha: suspect.sha,
                                deployment: suspect.deployment,
                                confidence: suspect.confidence,
                                why: suspect.reasons.map((r) => r.text).join('; ')
                            }
                        }
                        : {}
                }
                : {}),
            logs: logSignals.map(id),
            past: past.map(id)
        },
        report: {
            logs,
            metrics: metrics.map(id),
            changes: changes.map(id),
            past: past.map(id),
            watches: watches.map(id),
            missing: gathered.missing.map((m) => redactor.text(m))
        }
    };
}

var pipeline = /*#__PURE__*/Object.freeze({
    __proto__: null,
    analyze: analyze,
    pastOutcome: pastOutcome
});

export { analyze as a, clip as c, pipeline as p };
