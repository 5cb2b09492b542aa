import { b as parseCommentCommand, m as maySendCommands } from './client-D2jLBN-l.js';
import { i as incidentEvidence } from './evidence-4-MxoGm5.js';
import { R as Redactor } from './redact-dgEMPhFv.js';
import { s as sealedIncident } from './redacted-incident-J003IcyX.js';
import { t as tokenize } from './lexical-Bc-35x6b.js';
import { c as RUNBOOK_LABEL_PREFIX, f as fingerprintLabel } from './record-BIoafhO-.js';
import { t as titleSimilarity } from './similarity-CsoBpY55.js';
import { a as askPack } from './model-answer--8N3iPhi.js';
import { r as resolutionOf } from './resolution-BVExc7cV.js';
import { r as readLedger, s as sealedDelivery } from './ledger-BOoI6kY9.js';
import { c as count } from './count-BzbjJIUd.js';
import { c as code, p as prose, b as codeBlock } from './markdown-DUQQBL0n.js';
import './_commonjsHelpers-BFTU3MAI.js';
import './http-error-C1Lek3oc.js';
import './version-CvW7nB-o.js';
import './facts-DXKc7_LI.js';
import './normalize-lqZICLgH.js';
import './json-DBadgRse.js';
import './unicode-Bqcso1Xx.js';
import './aws-error-lcWkeA8s.js';
import 'node:crypto';
import './ucs2length-43QcV_Qu.js';
import './fingerprint-BtovXTfi.js';
import './untrusted-DwwMYKYb.js';

// What a question asks about: its terms, read as triage's lexical search reads text (stemmed,
// synonyms added, stop words dropped), and whether it asks about the past ("before", "last
// time", "fixed"). Deterministic, so the answer without a model is the same every time.
/** Words that ask about history: such a question is answered from past incidents. */
const HISTORY = new Set(tokenize('before last time previous previously earlier again happened happen ever fixed fix fixes resolved resolve solved solution history past recur recurring recurred prior ago occurred seen similar same worked'));
/** Words every question about an incident may hold: they match everything, so they say nothing. */
const FILLER = new Set(tokenize('incident alarm issue problem this that these what which who whom how when why where did does do done was were is are it its there here we our us you please opsloop know tell show help happening going'));
function questionTerms(question) {
    const all = tokenize(question);
    return {
        terms: [...new Set(all.filter((t) => !HISTORY.has(t) && !FILLER.has(t)))],
        history: all.some((t) => HISTORY.has(t))
    };
}
/** The question's terms that `text` holds, in the question's order. */
function matchedTerms(terms, text) {
    if (terms.length === 0)
        return [];
    const found = new Set(tokenize(text));
    return terms.filter((t) => found.has(t));
}

/** Below this a past incident is not called similar (unless the question names it). */
const SIMILAR_ENOUGH = 0.4;
const WEIGHT = {
    sameAlarm: 1,
    sharedResource: 0.8,
    sameMetric: 0.6,
    sameRunbook: 0.45
};
function add(c, weight, reason) {
    return { ...c, score: Math.max(c.score, weight), reasons: [...c.reasons, reason] };
}
/** The first pass, from what the issue list shows. */
function listedCandidates(current, issues) {
    const sameAlarm = fingerprintLabel(current.fingerprint);
    const runbookLabel = current.runbook ? `${RUNBOOK_LABEL_PREFIX}${current.runbook}` : undefined;
    return issues
        .filter((i) => i.number !== current.number)
        .map((issue) => {
        let c = { issue, score: 0, reasons: [] };
        if (issue.labels.includes(sameAlarm))
            c = add(c, WEIGHT.sameAlarm, 'the same alarm');
        const title = titleSimilarity(current.title, issue.title);
        // The same alarm has the same title: saying so too would add nothing.
        if (title >= SIMILAR_ENOUGH && c.score < WEIGHT.sameAlarm)
            c = add(c, title, `a similar title (${Math.round(title * 100)} % of its words)`);
        if (runbookLabel && issue.labels.includes(runbookLabel))
            c = add(c, WEIGHT.sameRunbook, `the same runbook proposed (\`${current.runbook}\`)`);
        return c;
    });
}
const metricKey = (m) => m.namespace && m.name ? `${m.namespace} ${m.name}` : undefined;
/** The second pass, with the past incident's sealed record. */
function withRecord(c, current, past) {
    let out = c;
    const resources = new Set(current.resources);
    const shared = past.resources.filter((r) => resources.has(r) && !r.includes(':alarm:'));
    if (shared.length > 0)
        out = add(out, WEIGHT.sharedResource, `a shared resource (${shared.length === 1 ? `\`${shared[0] ?? ''}\`` : `${shared.length} of them`})`);
    const metrics = new Set(current.metrics.map(metricKey).filter((k) => k !== undefined));
    const same = past.metrics.map(metricKey).find((k) => k !== undefined && metrics.has(k));
    if (same && !out.reasons.includes('the same alarm'))
        out = add(out, WEIGHT.sameMetric, `the same metric (\`${same}\`)`);
    return out;
}
/** Most similar first; ties go to the most recent. */
function ranked(candidates) {
    return [...candidates].sort((a, b) => b.score - a.score || Date.parse(b.issue.createdAt) - Date.parse(a.issue.createdAt));
}

/** At most this many of each are shown. */
const SHOWN = { past: 3, evidence: 5, runbooks: 3 };
const pastText = (p) => [
    p.issue.title,
    ...p.resolution.notes.flatMap((n) => [n.text, ...n.commands]),
    p.resolution.runbook?.id ?? ''
].join('\n');
/** Adds to each past case the question's terms its text holds. */
function withMatches(past, question) {
    return past.map((p) => ({ ...p, matched: matchedTerms(question.terms, pastText(p)) }));
}
function findings(question, past, evidence, catalog) {
    const relevantPast = past
        .filter((p) => (question.history && p.score >= SIMILAR_ENOUGH) || p.matched.length > 0)
        .sort((a, b) => b.matched.length - a.matched.length || b.score - a.score)
        .slice(0, SHOWN.past);
    const rows = evidence
        .map((item) => ({ item, matched: matchedTerms(question.terms, `${item.label} ${item.text}`) }))
        .filter((r) => r.matched.length > 0)
        .sort((a, b) => b.matched.length - a.matched.length)
        .slice(0, SHOWN.evidence);
    const runbooks = catalog
        .map(({ runbook }) => ({
        id: runbook.id,
        title: runbook.title,
        matched: matchedTerms(question.terms, `${runbook.id.replace(/-/g, ' ')} ${runbook.title} ${runbook.description}`)
    }))
        .filter((r) => r.matched.length > 0)
        .sort((a, b) => b.matched.length - a.matched.length)
        .slice(0, SHOWN.runbooks);
    return { past: relevantPast, evidence: rows, runbooks };
}
const answersAnything = (f) => f.past.length + f.evidence.length + f.runbooks.length > 0;

const ENDED = {
    remediated: 'closed as remediated',
    failed: 'remediation failed',
    'rolled back': 'rolled back',
    recovered: 'the alarm recovered',
    closed: 'closed',
    open: 'still open'
};
function resolutionText(p) {
    const rb = p.resolution.runbook;
    const parts = [];
    if (rb?.outcome === 'remediated')
        parts.push(`fixed by runbook ${code(rb.id)} (its approved plan ran and was verified)`);
    else if (rb?.outcome)
        parts.push(`runbook ${code(rb.id)} ran and ${rb.outcome === 'failed' ? 'failed' : 'was rolled back'}`);
    else if (rb?.ran)
        parts.push(`runbook ${code(rb.id)} ran (no outcome recorded)`);
    else if (rb)
        parts.push(`runbook ${code(rb.id)} was proposed but never ran`);
    if (!rb?.outcome && p.resolution.notes.length > 0)
        parts.push('resolved by hand');
    parts.push(ENDED[p.resolution.ended]);
    return parts.join('; ');
}
function pastItem(p) {
    const why = [...p.reasons, ...(p.matched.length ? [`mentions ${p.matched.join(', ')}`] : [])];
    const lines = [
        `- #${p.issue.number} ${code(p.issue.title)}: ${why.join(', ')}.`,
        `  - **What happened:** ${resolutionText(p)}.`
    ];
    for (const note of p.resolution.notes) {
        const said = note.text ? `: ${prose(note.text)}` : '';
        // The comment's URL is GitHub's own (from its API); anything else is not linked.
        const wrote = /^https:\/\/[^\s()<>]+$/.test(note.url) ? `[wrote](${note.url})` : 'wrote';
        lines.push(`  - ${code(`@${note.author}`)} ${wrote}${said}`);
        for (const command of note.commands)
            lines.push(...codeBlock(command, 'text')
                .split('\n')
                .map((l) => `    ${l}`));
    }
    return lines;
}
function deterministic(f) {
    const out = [];
    if (f.past.length > 0)
        out.push('**Past incidents like this one**', '', ...f.past.flatMap(pastItem), '');
    if (f.evidence.length > 0)
        out.push('**Evidence on this incident that holds your words**', '', ...f.evidence.map(({ item, matched }) => `- ${code(item.id)} (${item.source}, ${prose(item.label)}; ${matched.join(', ')}): ${code(item.text.slice(0, 300))}`), '');
    if (f.runbooks.length > 0)
        out.push('**Runbooks that hold your words**', '', ...f.runbooks.map((r) => `- ${code(r.id)}: ${prose(r.title)} (${r.matched.join(', ')})`), '');
    return out;
}
/** An id OpsLoop cites: a past issue is a reference GitHub links; the rest are code. */
const citation = (id) => (/^#\d+$/.test(id) ? id : code(id));
function modelLines(m) {
    const out = (m.claims ?? []).map((c) => `- ${prose(c.text)} (${c.cites.map(citation).join(', ')})`);
    const warnings = [];
    if (m.dropped > 0)
        warnings.push(`${count(m.dropped, 'claim')} of the model's answer ${m.dropped === 1 ? 'was' : 'were'} dropped for citing nothing OpsLoop gave it.`);
    if (m.invented.length > 0)
        warnings.push(`Citations of ids OpsLoop never gave were removed: ${m.invented.map((x) => code(x)).join(', ')}.`);
    if (warnings.length > 0)
        out.push('', `⚠️ ${warnings.join(' ')}`);
    return out;
}
function askReply(input) {
    const { findings: f, model } = input;
    const lines = [
        `💬 @${input.author} asked: ${code(input.question)}${input.cut ? ' (cut: `/ask` reads 500 characters)' : ''}`,
        ''
    ];
    if (model && !model.failure && (model.claims?.length ?? 0) > 0) {
        lines.push(`**Answer** (by ${code(model.model)}; every claim cites what it rests on)`, '', ...modelLines(model), '');
    }
    else {
        if (model?.failure)
            lines.push(`ℹ️ The model ${code(model.model)} was not used: ${prose(model.failure)}. OpsLoop answers from its own search instead.`, '');
        else if (model)
            lines.push(`ℹ️ The model ${code(model.model)} found nothing it could cite${model.dropped > 0 ? ` (${count(model.dropped, 'claim')} dropped for citing nothing given)` : ''}. OpsLoop's own search:`, '');
        const found = deterministic(f);
        if (found.length > 0)
            lines.push(...found);
        else
            lines.push("🤷 Nothing in this repository's incident history or this incident's evidence answers this.", '');
    }
    const budget = model?.maxTokens
        ? ` Model budget: at most ${model.maxTokens.toLocaleString('en-US')} output tokens a call (the \`max-tokens\` input)${model.usage ? `; this answer used ${model.usage.inputTokens.toLocaleString('en-US')} in, ${model.usage.outputTokens.toLocaleString('en-US')} out` : ''}.`
        : ' No model was used.';
    lines.push(`<sub>Read: ${count(input.scanned.past, 'past incident')}, ${count(input.scanned.evidence, 'evidence row')}, ${count(input.scanned.runbooks, 'runbook')}.${budget} An answer proposes and runs nothing: ${code('/retriage')} triages again, ${code('/set')} changes the plan.</sub>`);
    return lines.join('\n');
}

// `ask`: a person's `/ask <question>` on an incident issue, accepted by the comment job (write
// access, a new comment, an OpsLoop issue), answered here with the run's read-only look-ups. The
// answer draws on this incident's evidence (gathered again from the event OpsLoop sealed), on the
// repository's past incidents like it (listed, the closest read in full: their sealed plans and
// outcomes, and what people wrote they did) and on the catalog. With a model, the model answers
// from that and every claim must cite ids OpsLoop gave it; without one, or when the model fails,
// the answer is OpsLoop's own search. Either way it is one reply that proposes and runs nothing.
// GitHub cost: the thread 1+, the permission 1, the list 1, one thread per past incident read
// (at most READ_PAST), the reply 1.
/** OpsLoop issues listed, and of them the most similar read in full. */
const LIST_PAST = 100;
const READ_PAST = 5;
async function askCommand(input) {
    const { thread } = input;
    const snapshot = await thread.snapshot();
    const ledger = readLedger(snapshot, input.records.key, input.records.repo);
    // The comment job answered these already; nothing to add.
    if (!ledger.authentic)
        return { answered: false, reason: ledger.reason };
    const own = snapshot.comments.find((c) => c.id === input.commentId);
    const command = own ? parseCommentCommand(own.body) : undefined;
    if (!own || own.edited || command?.kind !== 'ask') {
        const reason = 'the `/ask` comment was edited or deleted before it was read; post the question again';
        await thread.reply(`❌ Not answered: ${reason}.`);
        return { answered: false, reason };
    }
    // The comment job checked; asked again, as every job that acts on a person's words does.
    const author = own.author?.login ?? '';
    if (!maySendCommands(await thread.permissionOf(author)))
        return { answered: false, reason: `${author} may not send commands here` };
    const catalog = await input.catalog();
    const incident = sealedIncident(ledger);
    const evidence = await incidentFacts(input, ledger, incident);
    const question = questionTerms(command.question);
    const past = withMatches(await pastCases(input, ledger, incident, snapshot.issue), question);
    const found = findings(question, past, evidence, catalog);
    let model;
    if (input.provider.answerQuestion) {
        // The model sees every past incident like this one, whatever the question's words.
        const everything = findings({ ...question, history: true }, past, evidence, []);
        model = await input.provider.answerQuestion(askPack(command.question, {
            title: snapshot.issue.title,
            ...(ledger.incident.alarmName ? { alarm: ledger.incident.alarmName } : {}),
            ...(incident?.reason ? { reason: incident.reason } : {})
        }, evidence.map(({ id, source, label, text }) => ({ id, source, label, text })), {
            ...everything,
            runbooksAll: catalog.map(({ runbook }) => ({
                id: `runbook:${runbook.id}`,
                title: runbook.title,
                description: runbook.description
            }))
        }));
    }
    const reply = askReply({
        author,
        question: command.question,
        cut: command.cut === true,
        findings: found,
        ...(model ? { model } : {}),
        scanned: { past: past.length, evidence: evidence.length, runbooks: catalog.length }
    });
    await thread.reply(reply);
    return answersAnything(found) || (model?.claims?.length ?? 0) > 0
        ? { answered: true, reply }
        : { answered: false, reason: 'nothing in the history or evidence answers it', reply };
}
/**
 * The incident's evidence: gathered again from the sealed event with the run's look-ups, as
 * `/retriage` gathers it; without the event (larger than 24 KB when sealed), what the sealed
 * incident itself says.
 */
async function incidentFacts(input, ledger, incident) {
    const delivery = sealedDelivery(ledger);
    if (!incident || !delivery)
        return [];
    if (!input.context)
        return incidentEvidence(incident);
    const { analyze } = await import('./pipeline-BpTjuuFJ.js').then(function (n) { return n.p; });
    const { rulesProvider } = await import('./rules-BvgxSNAz.js').then(function (n) { return n.g; });
    const analysis = await analyze({
        delivery,
        redactor: new Redactor(),
        catalog: [],
        // Triage is not what is asked; the rules answer it at no cost (and no model call).
        provider: rulesProvider,
        context: await input.context(),
        ...(input.facts ? { facts: await input.facts() } : {}),
        ...(input.stage ? { stage: input.stage } : {}),
        now: (input.now ?? (() => new Date()))()
    });
    return analysis.evidence;
}
/** Past OpsLoop incidents like this one, the closest read in full, with what resolved them. */
async function pastCases(input, ledger, incident, issue) {
    const listed = listedCandidates({
        number: issue.number,
        fingerprint: ledger.fingerprint,
        title: issue.title,
        ...(ledger.plans.at(-1) ? { runbook: ledger.plans.at(-1)?.plan.runbook.id } : {})
    }, await input.history.issues(LIST_PAST));
    // The closest by the list, then the most recent: a question may be about any of them.
    const toRead = ranked(listed).slice(0, READ_PAST);
    const read = await Promise.all(toRead.map(async (c) => {
        const snap = await input.history.snapshot(c.issue.number);
        const past = readLedger(snap, input.records.key, input.records.repo);
        // Only OpsLoop's own incidents are history: a look-alike issue someone opened is not.
        if (!past.authentic)
            return undefined;
        const pastIncident = sealedIncident(past);
        const candidate = incident && pastIncident ? withRecord(c, incident, pastIncident) : c;
        return { ...candidate, resolution: resolutionOf(past, snap.issue.labels, snap.issue.state) };
    }));
    return ranked(read.filter((r) => r !== undefined));
}

export { LIST_PAST, READ_PAST, askCommand };
