import { s as sealRecord } from './client-BlHkp0uq.js';
import { i as isShellParameter, r as references, s as shellPlaceholders, p as placeholderProblem } from './shell-safety-BF719Zuk.js';
import { t as targetIds } from './plan-jMdYBXeR.js';
import { c as code, p as prose, b as codeBlock } from './markdown-CF26LD-g.js';

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
        incident: (i) => seal({
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
        outcome: (digest, outcome) => seal({ ...base(), kind: 'outcome', digest, outcome })
    };
}

/**
 * Re-runs the script under bash where the agent's `sh` is dash: runbook lines use bash features
 * (`set -o pipefail`, `$((...))`). Under bash it does nothing.
 */
const BASH_PRELUDE = '[ -n "${BASH_VERSION:-}" ] || exec bash "$0" "$@"';
/** The schema's default for `timeoutSeconds` (verify checks have none of their own). */
const DEFAULT_TIMEOUT_SECONDS = 600;
const COMMENT_LIMIT = 100;
const TAG_VALUE_LIMIT = 256;
const SENSITIVE = '(sensitive)';
/** POSIX single-quote quoting: the shell reads the value back byte for byte, expanding nothing. */
function shellQuote(value) {
    const text = String(value);
    // A shell word cannot hold NUL; refusing beats silently cutting the value short.
    if (text.includes('\0'))
        throw new Error('a shell value cannot contain a NUL character');
    return `'${text.replaceAll("'", `'\\''`)}'`;
}
/** Characters SSM accepts in tag values (`^([\p{L}\p{Z}\p{N}_.:/=+\-@]*)$`), at most 256. */
function tagValue(value) {
    const kept = value.replace(/[^\p{L}\p{Z}\p{N}_.:/=+\-@]/gu, '');
    // Count code points, so a cut never splits a surrogate pair.
    return Array.from(kept).slice(0, TAG_VALUE_LIMIT).join('').trim();
}
/** Plain values SSM would itself resolve as `{{ssm:NAME}}` must not reach it from the plan. */
function checked(text, what) {
    if (text.includes('{{') || text.includes('}}'))
        throw new Error(`${what} contains \`{{\` or \`}}\`, which SSM would read as a reference`);
    return text;
}
function substitute(template, values, shell) {
    let out = template;
    // Right to left, so earlier indexes stay valid.
    for (const ref of references(template).reverse()) {
        let text;
        if (ref.kind === 'invalid')
            throw new Error(`\`${ref.text}\`: ${ref.reason}`);
        if (ref.kind === 'targets') {
            if (shell)
                throw new Error('`{{ targets }}` cannot be used in shell commands');
            const targets = values.targets ?? [];
            if (targets.length !== 1)
                throw new Error(`\`{{ targets }}\` inside a value needs one target, the plan has ${targets.length}`);
            text = checked(targets[0] ?? '', 'a target');
        }
        else {
            const param = values.params.get(ref.name);
            if (param === undefined)
                throw new Error(`parameter \`${ref.name}\` has no value in the plan`);
            const raw = checked(String(param.value), `parameter \`${ref.name}\``);
            text = values.masked && param.sensitive ? SENSITIVE : shell ? shellQuote(param.value) : raw;
        }
        out = out.slice(0, ref.index) + text + out.slice(ref.index + ref.text.length);
    }
    return out;
}
/**
 * Shell lines with every `{{ params.NAME }}` replaced by its single-quoted value. Single quotes are
 * exact in a plain word and wrong anywhere else: inside the author's own quotes, a here-document,
 * a comment, or code that `bash -c`, `eval`, `su -c` or `ssh` parses a second time. Such a
 * placeholder is refused rather than quoted for its context, because how many times a string is
 * parsed cannot be read from the script; validation refuses it too, with advice. So is a string
 * value starting with `-` where it starts an argument (it would be read as an option).
 */
function shellLines(lines, values) {
    for (const use of shellPlaceholders(lines)) {
        if (use.ref.kind !== 'param')
            continue; // `{{ targets }}` and bad references: substitute says why
        const problem = placeholderProblem(use);
        if (problem)
            throw new Error(`shell line ${use.line + 1}: ${problem}`);
        const param = values.params.get(use.ref.name);
        if (use.argumentStart && typeof param?.value === 'string' && param.value.startsWith('-')) {
            const shown = param.sensitive ? 'a value' : JSON.stringify(param.value);
            throw new Error(`shell line ${use.line + 1}: parameter \`${use.ref.name}\` is ${shown} starting with \`-\`, which \`${use.program ?? 'the command'}\` would read as an option; refusing to run it`);
        }
    }
    return lines.map((line) => substitute(line, values, true));
}
function documentParameters(params, values) {
    const out = {};
    for (const [name, value] of Object.entries(params ?? {})) {
        if (value === undefined)
            continue;
        if (isShellParameter(name)) {
            out[name] = shellLines(typeof value === 'string' ? [value] : value, values);
            continue;
        }
        if (typeof value === 'string') {
            out[name] = [substitute(value, values, false)];
            continue;
        }
        out[name] = value.flatMap((item) => {
            const refs = references(item);
            const onlyTargets = refs.length === 1 && refs[0]?.kind === 'targets' && refs[0].text === item.trim();
            if (!onlyTargets)
                return [substitute(item, values, false)];
            return (values.targets ?? []).map((t) => checked(t, 'a target'));
        });
    }
    return out;
}
const INSTANCE_ID = /^(i-([0-9a-f]{8}|[0-9a-f]{17})|mi-[0-9a-f]{17})$/;
const EC2_INSTANCE_ARN = /^arn:aws[a-z-]*:ec2:[a-z0-9-]+:[0-9]{12}:instance\/(i-[0-9a-f]{8,17})$/;
/**
 * Run Command acts on managed nodes, always by instance id: a tag-targeted plan sends exactly the
 * instances its approval bound, never `Targets` that SSM would resolve to whatever carries the
 * tag at that moment.
 */
function commandTargets(targets) {
    if (targets?.kind === 'tags' && targets.ids.length === 0)
        throw new Error('the plan names no instances for its target tags');
    const ids = targetIds(targets).map((t) => EC2_INSTANCE_ARN.exec(t)?.[1] ?? t);
    if (ids.length === 0)
        throw new Error('Run Command needs at least one target');
    const bad = ids.find((id) => !INSTANCE_ID.test(id));
    if (bad !== undefined)
        throw new Error(`Run Command targets managed nodes; \`${bad}\` is not an instance id`);
    return { InstanceIds: ids, shown: ids };
}
function alarmConfiguration(action) {
    const name = 'guardAlarm' in action ? action.guardAlarm : undefined;
    return name === undefined
        ? {}
        : { AlarmConfiguration: { Alarms: [{ Name: name }], IgnorePollAlarmFailure: false } };
}
function comment(ctx) {
    const base = `OpsLoop ${ctx.step} ${ctx.digest.slice(0, 12)}`;
    const withIssue = `${base} ${ctx.issueUrl}`;
    return withIssue.length <= COMMENT_LIMIT ? withIssue : base;
}
/** Approver logins, space-separated (SSM tag values allow no commas), cut at a whole name. */
function approversTag(approvers) {
    let out = '';
    for (const name of approvers.map(tagValue).filter((n) => n !== '')) {
        const next = out === '' ? name : `${out} ${name}`;
        if (Array.from(next).length > TAG_VALUE_LIMIT)
            break;
        out = next;
    }
    return out;
}
function tags(ctx) {
    const list = [
        { Key: 'opsloop:issue', Value: tagValue(ctx.issueUrl) },
        { Key: 'opsloop:digest', Value: tagValue(ctx.digest.slice(0, 12)) },
        { Key: 'opsloop:step', Value: ctx.step },
        { Key: 'opsloop:approvers', Value: approversTag(ctx.approvers) }
    ];
    if (ctx.runUrl !== undefined)
        list.push({ Key: 'opsloop:run', Value: tagValue(ctx.runUrl) });
    return list;
}
/** Only the plan's resolved parameters and targets are rendered. */
function renderAction(action, plan, ctx) {
    const { runCommand, automation } = action;
    if ((runCommand === undefined) === (automation === undefined))
        throw new Error('an action needs exactly one of `runCommand` or `automation`');
    const params = new Map(plan.parameters.flatMap((p) => p.value === undefined ? [] : [[p.name, { value: p.value, sensitive: p.sensitive }]]));
    const targets = targetIds(plan.targets);
    const sent = { params, targets, masked: false };
    const shown = { params, targets, masked: true };
    const timeoutSeconds = ('timeoutSeconds' in action ? action.timeoutSeconds : undefined) ?? DEFAULT_TIMEOUT_SECONDS;
    if (runCommand) {
        const parameters = (values) => {
            const out = documentParameters(runCommand.parameters, values);
            if (runCommand.commands)
                out.commands = [BASH_PRELUDE, ...shellLines(runCommand.commands, values)];
            if (runCommand.workingDirectory !== undefined)
                out.workingDirectory = [runCommand.workingDirectory];
            if (runCommand.executionTimeoutSeconds !== undefined)
                out.executionTimeout = [String(runCommand.executionTimeoutSeconds)];
            return out;
        };
        const { shown: shownTargets, ...where } = commandTargets(plan.targets);
        return {
            kind: 'command',
            input: {
                DocumentName: runCommand.document,
                ...where,
                ...nonEmpty(parameters(sent)),
                MaxConcurrency: ('maxConcurrency' in action ? action.maxConcurrency : undefined) ?? '1',
                MaxErrors: ('maxErrors' in action ? action.maxErrors : undefined) ?? '0',
                // The delivery timeout: a node whose agent is offline this long is given up on.
                TimeoutSeconds: timeoutSeconds,
                Comment: comment(ctx),
                ...alarmConfiguration(action)
            },
            display: { parameters: parameters(shown), targets: shownTargets, timeoutSeconds }
        };
    }
    const doc = automation ?? { document: '' };
    return {
        kind: 'automation',
        input: {
            DocumentName: doc.document,
            ...nonEmpty(documentParameters(doc.parameters, sent)),
            // Targets reach the document through its parameters, never as rate-controlled `Targets`
            // with `TargetParameterName`, so MaxConcurrency/MaxErrors would mean nothing here.
            Tags: tags(ctx),
            ...alarmConfiguration(action)
        },
        display: {
            parameters: documentParameters(doc.parameters, shown),
            targets,
            timeoutSeconds
        }
    };
}
/** What /dry-run shows: document, the exact commands or parameters, targets, rate control. */
function describeRequest(request) {
    const { display } = request;
    const timeout = display ? { timeoutSeconds: display.timeoutSeconds } : {};
    if (request.kind === 'command') {
        const { input } = request;
        const targets = display?.targets ??
            input.InstanceIds ??
            (input.Targets ?? []).map((t) => `${t.Key ?? ''}=${(t.Values ?? []).join(',')}`);
        return {
            document: input.DocumentName ?? '',
            targets,
            // Without a display copy nothing says which values are sensitive: show none of them.
            parameters: display?.parameters ?? maskAll(input.Parameters),
            rateControl: `MaxConcurrency ${input.MaxConcurrency ?? '50'}, MaxErrors ${input.MaxErrors ?? '0'}`,
            ...(display
                ? timeout
                : input.TimeoutSeconds === undefined
                    ? {}
                    : { timeoutSeconds: input.TimeoutSeconds })
        };
    }
    const { input } = request;
    return {
        document: input.DocumentName ?? '',
        targets: display?.targets ?? [],
        parameters: display?.parameters ?? maskAll(input.Parameters),
        rateControl: input.TargetParameterName === undefined
            ? 'one execution (no rate control)'
            : `MaxConcurrency ${input.MaxConcurrency ?? '10'}, MaxErrors ${input.MaxErrors ?? '0'}`,
        ...timeout
    };
}
/** SSM refuses an empty parameter map (length 1 to 200): leave it out instead. */
function nonEmpty(parameters) {
    return Object.keys(parameters).length === 0 ? {} : { Parameters: parameters };
}
function maskAll(parameters) {
    return Object.fromEntries(Object.entries(parameters ?? {}).map(([k, v]) => [k, v.map(() => SENSITIVE)]));
}

const OUTPUT_SHOWN = 4_000;
const TARGETS_SHOWN = 20;
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
        `**${label}**: ${request.kind === 'command' ? 'Run Command' : 'Automation'} ${code(d.document)} · ${prose(d.rateControl)}${d.timeoutSeconds ? ` · timeout ${d.timeoutSeconds}s` : ''}`,
        '',
        `Targets: ${d.targets.length > 0 ? d.targets.map(code).join(', ') : '(from the document parameters)'}`
    ];
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
function startedComment(plan, approvedBy, request, id, claim) {
    const d = describeRequest(request);
    return [
        claim,
        `▶️ Running ${code(plan.runbook.id)}, plan ${code(short(plan.digest))}, approved by ${approvedBy}.`,
        '',
        `${request.kind === 'command' ? 'Command' : 'Automation execution'} ${code(id)} · ${code(d.document)} on ${d.targets.length > 0 ? d.targets.map(code).join(', ') : 'the targets in its parameters'} · ${prose(d.rateControl)}. Comment ${code('/cancel')} to stop it.`
    ].join('\n');
}
const ICON = {
    Success: '✅',
    Failed: '❌',
    TimedOut: '⏱️',
    Cancelled: '⏹️'
};
function clip(text) {
    return text.length > OUTPUT_SHOWN
        ? `${text.slice(0, OUTPUT_SHOWN)}\n… (${text.length - OUTPUT_SHOWN} more characters)`
        : text;
}
function resultComment(step, result) {
    const lines = [
        `${ICON[result.status]} ${step}: ${code(result.status)} (${code(result.id)}). ${prose(result.detail)}`
    ];
    if (result.targets.length > 0) {
        lines.push('', '| Target | Status | Detail |', '| --- | --- | --- |');
        for (const t of result.targets.slice(0, TARGETS_SHOWN))
            lines.push(`| ${code(t.target)} | ${code(t.status)} | ${t.detail ? code(t.detail) : ''} |`);
        if (result.targets.length > TARGETS_SHOWN)
            lines.push(`| (${result.targets.length - TARGETS_SHOWN} more) | | |`);
    }
    for (const t of result.targets.slice(0, TARGETS_SHOWN)) {
        const parts = [];
        if (t.stdout)
            parts.push(`stdout${t.stdoutTruncated ? ' (truncated by SSM)' : ''}:`, '', codeBlock(clip(t.stdout)));
        if (t.stderr)
            parts.push(`stderr${t.stderrTruncated ? ' (truncated by SSM)' : ''}:`, '', codeBlock(clip(t.stderr)));
        if (parts.length > 0)
            lines.push('', `<details><summary>Output of ${code(t.target)}</summary>`, '', ...parts, '', '</details>');
    }
    return lines.join('\n');
}
function recoveredComment(alarm, digest) {
    return `🟢 ${code(alarm)} is already back to ${code('OK')}: nothing was run. Comment ${code(`/approve ${short(digest)}`)} again if remediation is still needed.`;
}

export { renderAction as a, decisionReply as b, changedPlanReply as c, dryRunComment as d, recoveredComment as e, resultComment as f, recordComment as g, recordWriter as r, startedComment as s };
