import { c as canonicalJson } from './fingerprint-BtovXTfi.js';
import { s as sealRecord } from './record-BIoafhO-.js';
import { d as describeRequest, r as requestKindName, t as targetIds } from './request-D_hjRL7m.js';
import { c as code, p as prose, b as codeBlock, h as htmlCode } from './markdown-DUQQBL0n.js';

/** The largest payload the incident record keeps for replanning (its JSON, in characters). */
const MAX_KEPT_EVENT = 24 * 1024;
function recordWriter(key, scope, now = () => new Date()) {
    const base = () => ({
        v: 1,
        repo: scope.repo,
        issue: scope.issue,
        fingerprint: scope.fingerprint,
        at: now().toISOString()
    });
    const seal = (r) => sealRecord(r, key);
    return {
        incident: (i, event) => seal({
            ...(event && canonicalJson(event).length <= MAX_KEPT_EVENT ? { event } : {}),
            ...base(),
            kind: 'incident',
            incident: {
                source: i.source.slice(0, 256),
                detailType: i.detailType.slice(0, 256),
                ...(i.alarmName ? { alarmName: i.alarmName.slice(0, 255) } : {}),
                ...(i.account ? { account: i.account.slice(0, 64) } : {}),
                ...(i.region ? { region: i.region.slice(0, 30) } : {})
            }
        }),
        plan: (plan, supersedes) => seal({
            ...base(),
            kind: 'plan',
            plan: plan,
            ...(supersedes ? { supersedes } : {})
        }),
        claim: (digest, run) => seal({ ...base(), kind: 'claim', digest, ...(run ? { run } : {}) }),
        cancel: (digest, by) => seal({ ...base(), kind: 'cancel', digest, by: by.slice(0, 100) }),
        set: (runbook, name, value, by) => seal({ ...base(), kind: 'set', runbook, name, value, by: by.slice(0, 100) }),
        retriage: (by) => seal({ ...base(), kind: 'retriage', by: by.slice(0, 100) }),
        outcome: (digest, outcome) => seal({ ...base(), kind: 'outcome', digest, outcome })
    };
}

const OUTPUT_SHOWN = 4_000;
/** Target rows a step's table shows (a runbook may target up to 50 instances). */
const TARGET_ROWS = 50;
/** Targets whose output a step shows. */
const OUTPUTS_SHOWN = 20;
const short = (digest) => digest.slice(0, 12);
/**
 * The first comment on a new incident issue: OpsLoop's sealed records (the incident, and the plan
 * when there is one) with a short account of what they say. Nothing here is read back but the
 * records themselves.
 */
function recordComment(plan, approval, records) {
    const lines = [];
    if (!plan)
        lines.push('🧾 OpsLoop recorded this incident. No runbook is proposed.');
    else if (!plan.digest)
        lines.push(`🧾 OpsLoop recorded this incident and a plan for runbook ${code(plan.runbook.id)}, which cannot be approved yet (see the issue).`);
    else
        lines.push(`📋 Plan ${code(short(plan.digest))} proposed: runbook ${code(plan.runbook.id)}${plan.targets ? ` on ${targetsLine(plan)}` : ''}.`, '', approval?.required === false
            ? 'This runbook does not require approval; it still runs only when asked to.'
            : `To run it, check the plan on the issue and comment ${code(`/approve ${short(plan.digest)}`)}. ${code('/dry-run')} shows exactly what would run.`);
    lines.push('', `<sub>OpsLoop's sealed record; edits to this comment void it.</sub>`, records);
    return lines.join('\n');
}
function targetsLine(plan) {
    if (!plan.targets)
        return 'no targets';
    const ids = targetIds(plan.targets);
    return ids.length > 0 ? ids.map(code).join(', ') : '(unresolved instances)';
}
function decisionReply(decision, state, plan, environment) {
    const p = code(short(plan.digest));
    if (decision.outcome === 'approved' || decision.outcome === 'counted-already') {
        const progress = `${state.approvers.length} of ${state.needed}`;
        const head = decision.outcome === 'approved'
            ? `✅ Approval by @${decision.author} recorded for plan ${p} (${progress}).`
            : `☑️ @${decision.author} already approved plan ${p}; one person counts once (${progress}).`;
        const next = state.status === 'approved'
            ? environment
                ? `The plan is approved. Remediation starts once the ${code(environment)} environment's reviewers approve the job.`
                : 'The plan is approved. Remediation starts now.'
            : `Waiting for ${state.needed - state.approvers.length} more approval(s) from different people.`;
        return `${head} ${next}`;
    }
    if (decision.outcome === 'rejected')
        return `🛑 Plan ${p} rejected by @${decision.author}: ${prose(decision.reason)} Nothing will run unless someone approves it again.`;
    return `❌ Not counted: ${prose(decision.reason)}`;
}
/**
 * A plan proposed again because something that decides what runs changed: exactly what changed,
 * never a runbook change that did not happen, then the sealed record of the new plan.
 */
/** The plan made again after `/set` or `/retriage`, with what changed and its sealed record. */
function replannedReply(plan, was, changes, why, record) {
    const head = plan.digest
        ? `🔄 New plan ${code(short(plan.digest))} (runbook ${code(plan.runbook.id)}${plan.targets ? ` on ${targetsLine(plan)}` : ''}) after ${prose(why)}${was.digest ? `; it replaces plan ${code(short(was.digest))}` : ''}.`
        : `🔄 New plan for runbook ${code(plan.runbook.id)} after ${prose(why)}; it cannot be approved yet:`;
    const values = plan.parameters.map((p) => `- ${code(p.name)}: ${p.value === undefined ? '(no value)' : p.sensitive ? '(sensitive)' : code(JSON.stringify(p.value))} · ${p.source === 'person' ? `set by @${p.setBy ?? '?'}` : p.source === 'incident' ? `incident ${code(p.from ?? '')}` : p.source}`);
    return [
        head,
        ...(plan.digest ? [] : ['', ...plan.problems.map((p) => `- ${prose(p)}`)]),
        ...(changes.length > 0
            ? ['', 'What changed:', '', ...changes.map((c) => `- ${prose(c)}`)]
            : []),
        ...(values.length > 0 ? ['', 'Parameters:', '', ...values] : []),
        '',
        plan.digest
            ? `Earlier approvals do not count for it. Review it, then comment ${code(`/approve ${short(plan.digest)}`)}; ${code('/dry-run')} shows exactly what would run.`
            : `Set what is missing with ${code('/set name=value')}, or ${code('/retriage')} after fixing what was not available.`,
        '',
        `<sub>OpsLoop's sealed record; edits to this comment void it.</sub>`,
        record
    ].join('\n');
}
function changedPlanReply(plan, was, changes, record, why = 'Something that decides what runs changed since it was proposed') {
    return [
        `🔄 Plan ${code(short(was))} is replaced by plan ${code(short(plan.digest))}. ${prose(why)}:`,
        '',
        ...(changes.length > 0
            ? changes.map((c) => `- ${prose(c)}`)
            : ['- (nothing that a person would see; the digest changed)']),
        '',
        `Earlier approvals no longer count. Review the new plan, then comment ${code(`/approve ${short(plan.digest)}`)}.`,
        record
    ].join('\n');
}
function requestSection(label, request) {
    const d = describeRequest(request);
    const lines = [
        `**${label}**: ${requestKindName(request)} ${code(d.document)} · ${prose(d.rateControl)}${d.timeoutSeconds ? ` · timeout ${d.timeoutSeconds}s` : ''}`,
        '',
        `Targets: ${d.targets.length > 0 ? d.targets.map(code).join(', ') : '(from the document parameters)'}`
    ];
    // The alarm as rendered for this plan: SSM stops the step when it is in ALARM or cannot be read.
    const guard = request.kind === 'workflow' ? undefined : request.input.AlarmConfiguration?.Alarms?.[0]?.Name;
    if (guard !== undefined)
        lines.push('', `Guard alarm: ${code(guard)} (SSM stops the step if it goes to ${code('ALARM')}, and does not start it if the alarm is missing)`);
    for (const [name, values] of Object.entries(d.parameters)) {
        lines.push('', `${code(name)}:`, '', codeBlock(values.join('\n'), name === 'commands' ? 'bash' : 'text'));
    }
    return lines;
}
function dryRunComment(plan, steps) {
    return [
        `🧪 Dry run of plan ${code(short(plan.digest))} (runbook ${code(plan.runbook.id)}): exactly what would be sent to AWS Systems Manager. Nothing was run.`,
        '',
        ...steps.flatMap((s) => [...requestSection(s.label, s.request), '']),
        `To run it: ${code(`/approve ${short(plan.digest)}`)}.`
    ].join('\n');
}
/** GitHub refuses a comment body over 65,536 characters; every run comment stays well under. */
const MAX_RUN_COMMENT = 60_000;
/**
 * How much host output a run comment shows (characters per stream, for how many targets of each
 * step) and how many target rows, most first: the first level whose rendering fits
 * MAX_RUN_COMMENT is used. Many targets, retries and long output shrink it; every step keeps
 * its status line.
 */
const LEVELS = [
    { clip: OUTPUT_SHOWN, outputs: OUTPUTS_SHOWN, rows: TARGET_ROWS },
    { clip: 1_000, outputs: OUTPUTS_SHOWN, rows: TARGET_ROWS },
    { clip: 1_000, outputs: 5, rows: TARGET_ROWS },
    { clip: 300, outputs: 5, rows: TARGET_ROWS },
    { clip: 300, outputs: 1, rows: TARGET_ROWS },
    { clip: 0, outputs: 0, rows: TARGET_ROWS },
    { clip: 0, outputs: 0, rows: 10 },
    { clip: 0, outputs: 0, rows: 0 }
];
function fit(render) {
    let body = '';
    for (const level of LEVELS) {
        body = render(level);
        if (body.length <= MAX_RUN_COMMENT)
            return body;
    }
    return body;
}
function listed(items, most = TARGET_ROWS) {
    const shown = items.slice(0, most).map(code).join(', ');
    return items.length > most ? `${shown} and ${items.length - most} more` : shown;
}
/**
 * The run's one progress comment, which OpsLoop posts once and then edits as the run advances
 * (editing notifies nobody). Posted with `claim`, OpsLoop's sealed claim of the run, which only
 * the first version carries: from its first edit on, the comment holds no record.
 */
function progressComment(log, claim) {
    const { plan, request, finished } = log;
    const d = describeRequest(request);
    const status = finished
        ? `🏁 Finished: ${code(finished.outcome)} (${prose(finished.why)}). The result is in the next comment.`
        : `⏳ ${log.now ?? 'Claimed: sending the execution to Systems Manager.'}`;
    const head = [
        ...(claim ? [claim] : []),
        `▶️ Running ${code(plan.runbook.id)}, plan ${code(short(plan.digest))}, approved by ${log.approvedBy}.`,
        '',
        `${requestKindName(request)} ${code(d.document)} on ${d.targets.length > 0 ? listed(d.targets) : request.kind === 'workflow' ? 'the ref and inputs below' : 'the targets in its parameters'} · ${prose(d.rateControl)}.${finished ? '' : ` Comment ${code('/cancel')} to stop it.`}`,
        '',
        status,
        '',
        claim
            ? `<sub>OpsLoop's sealed claim of this run. OpsLoop edits this comment as the run advances (from its first edit on it holds no record: the run label keeps the claim) and posts the result as a new comment.</sub>`
            : '<sub>OpsLoop edits this comment as the run advances; it holds no record. The result is posted as a new comment.</sub>'
    ].join('\n');
    return fit((level) => [head, ...log.entries.map((e) => entryText(e, level))].join('\n\n'));
}
/**
 * The run's result: the one comment besides the progress comment that notifies people. It sums
 * the steps up, points to the progress comment for each target's status and output (or holds them
 * itself when that comment could not be brought up to date) and carries the sealed outcome.
 */
function runResultComment(log, progress, record) {
    const { plan, finished } = log;
    const timeline = timelineLine(log);
    const head = [
        `🏁 Plan ${code(short(plan.digest))}: ${code(finished?.outcome ?? 'unknown')} (${prose(finished?.why ?? '')}). It will not run again; a new incident or a new plan is needed for another run.`,
        ...(timeline ? ['', timeline] : []),
        ...(log.entries.length > 0 ? ['', ...log.entries.map((e) => `- ${entryLine(e)}`)] : [])
    ].join('\n');
    if (progress.current)
        return [
            head,
            '',
            `Every step, with each target's status and output: ${progress.url}`,
            record
        ].join('\n');
    const note = `The progress comment (${progress.url}) could not be brought up to date, so every step is here:`;
    return fit((level) => [[head, '', note].join('\n'), ...log.entries.map((e) => entryText(e, level)), record].join('\n\n'));
}
const ICON = {
    Success: '✅',
    Failed: '❌',
    TimedOut: '⏱️',
    Cancelled: '⏹️'
};
function clip(text, most) {
    if (text.length <= most)
        return text;
    // Never split a surrogate pair.
    const end = /[\uD800-\uDBFF]/.test(text.charAt(most - 1)) ? most - 1 : most;
    return `${text.slice(0, end)}\n… (${text.length - end} more characters)`;
}
function entryLine(entry) {
    if (entry.kind === 'note')
        return entry.text;
    const { result } = entry;
    return `${ICON[result.status]} ${entry.label}: ${code(result.status)} (${code(result.id)}).`;
}
function entryText(entry, level) {
    if (entry.kind === 'note')
        return entry.text;
    return stepText(entry.label, entry.result, level);
}
/** One step: its status, then each target's status and (within `level`) its output. */
function stepText(step, result, level) {
    const lines = [
        `${entryLine({ kind: 'step', label: step, result })} ${prose(clip(result.detail, 500))}`
    ];
    const rows = result.targets.slice(0, level.rows);
    const more = result.targets.length - rows.length;
    if (rows.length > 0) {
        lines.push('', '| Target | Status | Detail |', '| --- | --- | --- |');
        // SSM's detail often repeats the status (`Success`, `Success`): said once.
        for (const t of rows)
            lines.push(`| ${code(t.target)} | ${code(t.status)} | ${t.detail && t.detail !== t.status ? code(clip(t.detail, 200)) : ''} |`);
        if (more > 0)
            lines.push(`| (${more} more) | | |`);
    }
    else if (more > 0) {
        lines.push('', `Each of the ${more} targets' status is in Systems Manager (${code(result.id)}).`);
    }
    for (const t of rows.slice(0, level.outputs)) {
        const parts = [];
        if (t.stdout)
            parts.push(`stdout${t.stdoutTruncated ? ' (truncated by SSM)' : ''}:`, '', codeBlock(clip(t.stdout, level.clip)));
        if (t.stderr)
            parts.push(`stderr${t.stderrTruncated ? ' (truncated by SSM)' : ''}:`, '', codeBlock(clip(t.stderr, level.clip)));
        if (parts.length > 0)
            lines.push('', `<details><summary>Output of ${htmlCode(t.target)}</summary>`, '', ...parts, '', '</details>');
    }
    return lines.join('\n');
}
function recoveredComment(alarm, digest) {
    return `🟢 ${code(alarm)} is already back to ${code('OK')}: nothing was run. Comment ${code(`/approve ${short(digest)}`)} again if remediation is still needed.`;
}
/**
 * Why a guard alarm stops the run before anything is claimed (the reason of a refusal, which
 * reads `❌ Nothing was run: <reason>.`): it does not exist, or it is in ALARM, and either way SSM
 * would stop the step at once.
 */
function guardAlarmRefusal(guard, found) {
    const which = `runbook ${code(guard.runbook)}'s ${guard.step} step`;
    if (typeof found === 'object' && 'unnamed' in found)
        return `${which} names a guard alarm that cannot be used (${prose(found.unnamed)}); set a value CloudWatch accepts in the alarm name with ${code('/set')}, or fix ${code('guardAlarm')} in the runbook by pull request`;
    const alarm = `the CloudWatch alarm ${code(guard.alarm)}`;
    const stop = guard.step === 'execution'
        ? 'SSM would stop it at once'
        : `SSM would stop the ${guard.step} at once should the run need it`;
    if (found === 'missing')
        return `${which} is guarded by ${alarm}, which does not exist in this account and Region, and SSM stops a step whose guard alarm it cannot read. Create the alarm (the runbook's ${code('description')} says what it watches; docs/setup.md, "Guard alarms", shows how), or remove ${code('guardAlarm')} from the runbook by pull request; then run this job again`;
    if (found === 'ALARM')
        return `${which} is guarded by ${alarm}, which is in ${code('ALARM')} now, so ${stop}. Find out why the alarm fires (the runbook's ${code('description')} says what it guards against) and run this job again once it is ${code('OK')}`;
    return `${which}'s guard alarm ${code(guard.alarm)} could not be read (${prose(found.unreadable)}); the remediation role needs ${code('cloudwatch:DescribeAlarms')} on it`;
}
/** `3 min`, `1 h 5 min`, `under a minute`: a span of time as a reader wants it. */
function spanText(ms) {
    const minutes = Math.round(ms / 60_000);
    if (minutes < 1)
        return 'under a minute';
    if (minutes < 60)
        return `${minutes} min`;
    const hours = Math.floor(minutes / 60);
    return `${hours} h${minutes % 60 ? ` ${minutes % 60} min` : ''}`;
}
/**
 * The incident's remediation in one line: when the plan was proposed, when the run started and
 * ended, and how long from the plan to its end. Absent until the run has both times.
 */
function timelineLine(log) {
    const { startedAt, finishedAt } = log;
    if (startedAt === undefined || finishedAt === undefined)
        return undefined;
    const proposed = Date.parse(log.plan.proposedAt);
    const started = Date.parse(startedAt);
    const ended = Date.parse(finishedAt);
    const end = log.finished?.outcome === 'remediated' ? 'a verified fix' : 'the end of the run';
    return `⏱️ Plan proposed ${code(log.plan.proposedAt)}; run from ${code(startedAt)} to ${code(finishedAt)} (${spanText(ended - started)}); ${spanText(ended - proposed)} from the plan to ${end}.`;
}

export { recordComment as a, replannedReply as b, changedPlanReply as c, dryRunComment as d, decisionReply as e, recoveredComment as f, runResultComment as g, guardAlarmRefusal as h, progressComment as p, recordWriter as r };
