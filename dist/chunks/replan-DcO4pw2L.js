import { r as readLedger, c as currentEntry, s as sealedDelivery } from './ledger-BOoI6kY9.js';
import { withInstanceDirectory } from './intake-issue-BEyKhy6N.js';
import { r as recordWriter, b as replannedReply } from './remediation-BtXKTqvu.js';
import { p as planChanges } from './current-DJJRIZ1G.js';
import { a as analyze } from './pipeline-BpTjuuFJ.js';
import { R as Redactor } from './redact-dgEMPhFv.js';
import './record-BIoafhO-.js';
import 'node:crypto';
import './ucs2length-43QcV_Qu.js';
import './_commonjsHelpers-BFTU3MAI.js';
import './fingerprint-BtovXTfi.js';
import './occurrences-D8OeEWes.js';
import './normalize-lqZICLgH.js';
import './json-DBadgRse.js';
import './unicode-Bqcso1Xx.js';
import './incident-issue-Bce1dpk_.js';
import './facts-DXKc7_LI.js';
import './aws-error-lcWkeA8s.js';
import './evidence-4-MxoGm5.js';
import './clear-case-BT-JgTpd.js';
import './markdown-DUQQBL0n.js';
import './untrusted-DwwMYKYb.js';
import './version-CvW7nB-o.js';
import './stage-CM_k6y3e.js';
import './request-D_hjRL7m.js';
import './exclude-DohiZwX2.js';
import './lexical-Bc-35x6b.js';
import './glob-RR4fIjUw.js';
import './parameters-DbSepTJw.js';
import './triage-provider-DX_XqvC-.js';
import './list-Bkpa0xtJ.js';
import './redacted-incident-J003IcyX.js';
import './http-error-C1Lek3oc.js';
import './severity-DGMA2-R7.js';
import './templates-CvzNMnjK.js';
import './ports-Baf7aGWi.js';
import './rules-BvgxSNAz.js';

/** The values set for a runbook's parameters; the latest `/set` of each name wins. */
function settingsFor(ledger, runbook) {
    const out = {};
    for (const s of ledger.settings)
        if (s.runbook === runbook)
            out[s.name] = { value: s.value, by: s.by };
    return out;
}
async function replanCommand(input) {
    const now = input.now ?? (() => new Date());
    const { thread } = input;
    const snapshot = await thread.snapshot();
    const ledger = readLedger(snapshot, input.records.key, input.records.repo);
    if (!ledger.authentic)
        return { replanned: false, reason: ledger.reason };
    if (snapshot.issue.state !== 'open')
        return { replanned: false, reason: 'the incident issue is closed' };
    const entry = currentEntry(ledger);
    if (!entry)
        return { replanned: false, reason: 'OpsLoop proposed no plan on this issue' };
    // Only requests after the current plan: a re-run of this job changes nothing.
    const sets = ledger.settings.filter((s) => s.commentId > entry.commentId);
    const retriage = ledger.retriages.some((r) => r.commentId > entry.commentId);
    if (sets.length === 0 && !retriage)
        return { replanned: false, reason: 'no `/set` or `/retriage` since the current plan' };
    const delivery = sealedDelivery(ledger);
    if (!delivery) {
        const reason = 'the event of this incident was not kept on the issue (it was larger than 24 KB), so the plan cannot be made again; deliver the event again (workflow_dispatch) or handle the incident by hand';
        await thread.reply(`❌ No new plan: ${reason}.`);
        return { replanned: false, reason };
    }
    const old = entry.plan;
    const catalog = await input.catalog();
    const redactor = new Redactor();
    // `/set` keeps the runbook and what the model proposed for parameters that choose nothing.
    const keep = {
        name: 'rules',
        triage: () => Promise.resolve({
            provider: 'rules',
            summary: `Plan for runbook ${old.runbook.id} made again with the values people set.`,
            severity: 'medium',
            causes: [],
            runbook: { id: old.runbook.id, confidence: 1, why: 'the runbook of the current plan' },
            parameters: Object.fromEntries(old.parameters.flatMap((p) => p.source === 'model' && p.value !== undefined ? [[p.name, p.value]] : [])),
            alternatives: [],
            rationale: 'The plan is made again after `/set`; the runbook stays.',
            notes: []
        })
    };
    const analysis = await analyze({
        delivery,
        redactor,
        catalog,
        provider: retriage ? input.provider : keep,
        ...(retriage && input.context ? { context: await input.context() } : {}),
        ...(input.facts ? { facts: await input.facts() } : {}),
        ...(input.instances ? await withInstanceDirectory(input.instances) : {}),
        ...(old.requestedBy ? { requestedBy: old.requestedBy } : {}),
        ...(input.stage ? { stage: input.stage } : {}),
        settings: (runbook) => settingsFor(ledger, runbook),
        now: now()
    });
    const why = retriage
        ? `@${ledger.retriages.at(-1)?.by ?? '?'} asked to triage again`
        : `${[...new Set(sets.map((s) => `@${s.by}`))].join(', ')} set ${sets.map((s) => `\`${s.name}\``).join(', ')}`;
    const plan = analysis.plan;
    if (!plan) {
        const reason = `triaged again, no runbook fits (${analysis.triage.summary.slice(0, 200)}); the current plan stays as it was`;
        await thread.reply(`ℹ️ ${why}: ${reason}.`);
        return { replanned: false, reason };
    }
    const writer = recordWriter(input.records.key, { repo: input.records.repo, issue: snapshot.issue.number, fingerprint: ledger.fingerprint }, now);
    await thread.reply(replannedReply(plan, old, planChanges(old, plan), why, writer.plan(plan, old.digest)));
    return { replanned: true, plan, reason: why };
}

export { replanCommand, settingsFor };
