import { c as count } from './count-BzbjJIUd.js';
import { formatProblem } from './problem-CyEFoYOj.js';
import { v as validateCommand } from './validate-Dq7oEOjf.js';
import { c as code, a as cell, f as fenceFor } from './markdown-DUQQBL0n.js';
import './untrusted-DwwMYKYb.js';
import './unicode-Bqcso1Xx.js';
import 'node:fs/promises';
import 'node:fs';
import 'node:path';
import 'node:crypto';
import './normalize-lqZICLgH.js';
import './json-DBadgRse.js';
import './redact-dgEMPhFv.js';
import './snapshot-BRbq2CSM.js';
import './ucs2length-43QcV_Qu.js';
import './_commonjsHelpers-BFTU3MAI.js';
import './severity-DGMA2-R7.js';
import './change-attribution-CKrQW-PN.js';
import './glob-RR4fIjUw.js';
import './clear-case-BT-JgTpd.js';
import './suspect-fact-CaoDWQL8.js';
import './exclude-DohiZwX2.js';
import './lexical-Bc-35x6b.js';
import './ssm-document-CLAKwtu-.js';
import './parameters-DbSepTJw.js';
import './request-D_hjRL7m.js';
import './fingerprint-BtovXTfi.js';
import './yaml-source-B5uDbl-W.js';
import 'process';
import 'buffer';

// Markdown for the job summary: one row per runbook (with the SSM documents it compiles to and
// their hashes, so a pull request shows which documents it changes), then the problems.
/** Job summaries are capped at 1 MiB per step; the log always has every problem. */
const MAX_PROBLEMS = 500;
const MAX_ROWS = 2000;
function targetsOf(rb) {
    const t = rb.targets;
    const what = t.from === 'dimension'
        ? `dimension ${t.dimension ?? ''}`
        : t.from === 'resources'
            ? `resources ${t.resourcePattern ?? ''}`
            : t.from === 'tags'
                ? `tags ${Object.keys(t.tags ?? {}).join(', ')}`
                : `parameter ${t.parameter ?? ''}`;
    return `${what} (max ${t.max})`;
}
function approvalOf(rb) {
    const a = rb.approval;
    if (!a.required)
        return 'not required';
    const who = [...(a.approvers?.users ?? []), ...(a.approvers?.teams ?? [])];
    const parts = [`${a.minApprovals ?? 1} approver${(a.minApprovals ?? 1) > 1 ? 's' : ''}`];
    if (who.length > 0)
        parts.push(`from ${who.join(', ')}`);
    if (a.environment)
        parts.push(`env ${a.environment}`);
    if (a.expiry)
        parts.push(`expires ${a.expiry}`);
    return parts.join(', ');
}
/** Shown hash length: enough to tell versions apart at a glance, as git's short hashes do. */
const HASH_SHOWN = 12;
/** `execution 3f2a…, check 9b1c…`: the documents' names follow from the id and the step. */
function documentsOf(status) {
    const docs = status.documents ?? [];
    if (docs.length === 0)
        return '—';
    return docs.map((d) => `${d.step} ${code(d.hash.slice(0, HASH_SHOWN))}`).join(', ');
}
function validationSummary(result) {
    const errors = result.problems.filter((p) => p.severity === 'error').length;
    const warnings = result.problems.length - errors;
    const head = result.ok
        ? `### ✅ Runbook catalog is valid\n\n${count(result.statuses.length, 'runbook file')} checked${warnings ? `, ${count(warnings, 'warning')}` : ''}.`
        : `### ❌ Runbook catalog has ${count(errors, 'error')}\n\nFix the problems below; each names the file, line and column.`;
    const rows = result.statuses.slice(0, MAX_ROWS).map((s) => {
        const rb = s.runbook;
        const status = s.errors > 0
            ? `❌ ${count(s.errors, 'error')}`
            : s.warnings > 0
                ? `⚠️ ${count(s.warnings, 'warning')}`
                : '✅ valid';
        const id = rb?.id ?? s.id;
        return `| ${id === undefined ? '—' : code(id)} | ${cell(s.file)} | ${rb?.risk ?? '—'} | ${cell(rb ? targetsOf(rb) : '—')} | ${cell(rb ? approvalOf(rb) : '—')} | ${status} | ${documentsOf(s)} |`;
    });
    const table = [
        '| Runbook | File | Risk | Targets | Approval | Status | SSM documents |',
        '| --- | --- | --- | --- | --- | --- | --- |',
        ...rows
    ];
    const legend = result.statuses.some((s) => (s.documents ?? []).length > 0)
        ? [
            '',
            `SSM documents: a runbook's Run Command steps compile to \`OpsLoop-<id>\` (execution), \`OpsLoop-<id>.check\` and \`OpsLoop-<id>.rollback\`, shown with the first ${HASH_SHOWN} hex digits of their SHA-256 (SSM's \`Hash\`); a changed hash is a changed document.`
        ]
        : [];
    const lines = result.problems.map(formatProblem);
    const shown = lines.slice(0, MAX_PROBLEMS);
    const more = lines.length - shown.length;
    const fence = fenceFor(shown.join('\n'));
    const problems = lines.length > 0
        ? [
            '',
            '<details open><summary>Problems</summary>',
            '',
            `${fence}text`,
            ...shown,
            fence,
            ...(more > 0 ? ['', `…and ${more} more in the step's log.`] : []),
            '',
            '</details>'
        ]
        : [];
    const hiddenRows = result.statuses.length - Math.min(result.statuses.length, MAX_ROWS);
    const rowNote = hiddenRows > 0 ? ['', `…and ${hiddenRows} more runbooks.`] : [];
    return [head, '', ...table, ...rowNote, ...legend, ...problems, ''].join('\n');
}

// The `validate` job (the runbook pull-request check): every problem becomes an annotation on its
// file and line, the catalog a summary table, and any error fails the step.
async function validateJob(inputs, { host }) {
    const result = await host.log.group('Validate the runbook catalog', () => validateCommand(inputs.catalog));
    for (const p of result.problems) {
        const where = {
            title: `Runbook ${p.rule}`,
            file: p.file,
            startLine: p.line,
            startColumn: p.column
        };
        if (p.severity === 'error')
            host.log.error(p.message, where);
        else
            host.log.warning(p.message, where);
        host.log.info(formatProblem(p));
    }
    const errors = result.problems.filter((p) => p.severity === 'error').length;
    host.setOutput('valid', String(result.ok));
    host.setOutput('runbooks', String(result.statuses.length));
    host.setOutput('errors', String(errors));
    if (!(await host.summary(validationSummary(result))))
        host.log.info('No job summary file ($GITHUB_STEP_SUMMARY is unset); skipping the summary table.');
    if (!result.ok)
        host.fail(`${count(errors, 'error')} in the runbook catalog \`${inputs.catalog.dir}\`; see the annotations and the job summary.`);
    else
        host.log.info(`${count(result.statuses.length, 'runbook')} valid.`);
}

export { validateJob };
