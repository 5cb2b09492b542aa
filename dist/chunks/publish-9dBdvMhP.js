import { c as count } from './count-BzbjJIUd.js';
import { ssmDocumentStore } from './ssm-documents-CRkMRXrb.js';
import { c as compileRunbookDocuments } from './ssm-document-CLAKwtu-.js';
import { v as validateCommand } from './validate-Dq7oEOjf.js';
import { c as code, a as cell } from './markdown-DUQQBL0n.js';
import './ssm-poll-Dk0DU2wy.js';
import './UpdateDocumentDefaultVersionCommand-CacUNFDX.js';
import './commandBuilder-RS78BTiN.js';
import './index-Dve_F8QV.js';
import 'node:path';
import 'node:os';
import 'node:fs/promises';
import './hasOwn-DL_PWlY9.js';
import 'node:crypto';
import './parameters-DbSepTJw.js';
import './request-D_hjRL7m.js';
import './exclude-DohiZwX2.js';
import './lexical-Bc-35x6b.js';
import './_commonjsHelpers-BFTU3MAI.js';
import './glob-RR4fIjUw.js';
import './fingerprint-BtovXTfi.js';
import './yaml-source-B5uDbl-W.js';
import 'process';
import 'buffer';
import 'node:fs';
import './problem-CyEFoYOj.js';
import './untrusted-DwwMYKYb.js';
import './unicode-Bqcso1Xx.js';
import './normalize-lqZICLgH.js';
import './json-DBadgRse.js';
import './redact-dgEMPhFv.js';
import './snapshot-BRbq2CSM.js';
import './ucs2length-43QcV_Qu.js';
import './severity-DGMA2-R7.js';
import './change-attribution-CKrQW-PN.js';
import './clear-case-BT-JgTpd.js';
import './suspect-fact-CaoDWQL8.js';

/** One document brought in line with its compiled content. */
async function publishOne(store, runbook, document) {
    const base = { runbook, document: document.name, step: document.step, hash: document.hash };
    const current = await store.describe(document.name);
    if (!current) {
        await store.create(document);
        return { ...base, action: 'created', version: '1' };
    }
    if (current.hash === document.hash)
        return { ...base, action: 'unchanged', version: current.defaultVersion };
    // The content differs from the default version: a new version, made the default. (A latest
    // version holding this content already, left by an interrupted run, is reused.)
    const latest = await store.describe(document.name, '$LATEST');
    const version = latest?.hash === document.hash ? current.latestVersion : await store.update(document);
    await store.setDefault(document.name, version);
    return { ...base, action: 'updated', version };
}
async function publishCommand(input) {
    const rows = [];
    for (const runbook of input.runbooks)
        for (const document of runbook.documents) {
            try {
                rows.push(await publishOne(input.store, runbook.id, document));
            }
            catch (error) {
                // One document that cannot be published fails the run at the end, after the others.
                rows.push({
                    runbook: runbook.id,
                    document: document.name,
                    step: document.step,
                    hash: document.hash,
                    action: 'failed',
                    error: error instanceof Error ? error.message : String(error)
                });
            }
        }
    return rows;
}

const DONE = {
    created: '🆕 created',
    updated: '⬆️ new default version',
    unchanged: 'unchanged',
    failed: '❌ failed'
};
function publishSummary(rows) {
    const changed = rows.filter((r) => r.action === 'created' || r.action === 'updated').length;
    const failed = rows.filter((r) => r.action === 'failed').length;
    const head = failed
        ? `### ❌ ${failed} of ${rows.length} SSM document(s) could not be published`
        : `### ✅ SSM documents published: ${changed} changed, ${rows.length - changed} unchanged`;
    return [
        head,
        '',
        '| Runbook | Document | Step | Hash | Version | Done |',
        '| --- | --- | --- | --- | --- | --- |',
        ...rows.map((r) => `| ${code(r.runbook)} | ${code(r.document)} | ${r.step} | ${code(r.hash.slice(0, 12))} | ${r.version ?? '—'} | ${DONE[r.action]}${r.error ? `: ${cell(r.error.slice(0, 300))}` : ''} |`),
        ''
    ].join('\n');
}

// The `publish` job (publish-documents.yml, after a merge to the default branch): the catalog is
// validated as the pull-request check validated it, and only a wholly valid catalog is compiled
// and published to SSM with the publisher role, which may touch nothing but `OpsLoop-*`
// documents. The summary lists every document with its hash and what was done; one that could not
// be published fails the step after the others were done.
async function publishJob(inputs, wiring) {
    const { host } = wiring;
    const catalog = await host.log.group('Validate the runbook catalog', () => validateCommand(inputs.catalog));
    const errors = catalog.problems.filter((p) => p.severity === 'error').length;
    if (!catalog.ok) {
        host.fail(`${count(errors, 'error')} in the runbook catalog \`${inputs.catalog.dir}\`, so nothing was published: a half-published catalog could let a plan name a document that never shipped. Fix them (the pull-request check shows each on its line) and publish again.`);
        return;
    }
    const runbooks = catalog.entries.map((e) => ({
        id: e.runbook.id,
        documents: compileRunbookDocuments(e.runbook)
    }));
    const { SSMClient } = await import('./index-DOwztRd4.js');
    const ssm = new SSMClient(wiring.aws(inputs.awsRegion));
    const rows = await host.log.group('Publish the SSM documents', () => publishCommand({ runbooks, store: ssmDocumentStore(ssm) }));
    const changed = rows.filter((r) => r.action === 'created' || r.action === 'updated').length;
    const failed = rows.filter((r) => r.action === 'failed');
    host.setOutput('documents', String(rows.length));
    host.setOutput('published', String(changed));
    await host.summary(publishSummary(rows));
    for (const r of failed)
        host.log.error(`${r.document}: ${r.error ?? 'failed'}`);
    if (failed.length > 0)
        host.fail(`${failed.length} of ${rows.length} document(s) could not be published (see the job summary); the others are published.`);
    else
        host.log.info(`${rows.length} document(s): ${changed} published, the rest unchanged.`);
}

export { publishJob };
