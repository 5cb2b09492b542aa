import { e as errorName, p as paceOf, a as pollUntil, t as tolerant } from './ssm-poll-Dk0DU2wy.js';
import { S as StopAutomationExecutionCommand, C as CancelCommandCommand, G as GetCommandInvocationCommand, p as paginateListCommandInvocations, a as SendCommandCommand, b as StartAutomationExecutionCommand } from './ListCommandInvocationsPaginator-BcAySnKo.js';
import { D as DescribeAutomationExecutionsCommand, G as GetAutomationExecutionCommand, L as ListCommandsCommand } from './ListCommandsCommand-BU4D04SK.js';
import './commandBuilder-RS78BTiN.js';
import './index-Dve_F8QV.js';
import 'node:path';
import 'node:os';
import 'node:fs/promises';
import './hasOwn-DL_PWlY9.js';
import './createPaginator-DU2FIZFW.js';
import './ProtocolLib-xg-5KSLQ.js';
import 'node:fs';
import './write-request-body-CNb9daTH.js';
import 'node:stream';
import './toUint8Array-6d8rgJ2N.js';
import 'node:crypto';
import 'node:process';
import './AwsJson1_1Protocol-C8sIEmPP.js';
import './AwsJsonRpcProtocol-BPEFBNSc.js';
import './RpcProtocol-BTxjZwLM.js';
import './JsonCodec2-DRq7UHOR.js';
import './node-http-handler-Cs_FYUpW.js';
import 'node:https';
import './getDefaultSocketTimeout-DL-CUiQe.js';

/** What GetCommandInvocation returns at most of each stream. */
const STDOUT_LIMIT = 24_000;
const STDERR_LIMIT = 8_000;
/** ListCommandInvocations' plugin `Output` (stdout and stderr together). */
const PLUGIN_OUTPUT_LIMIT = 2_500;
const COMMAND_TERMINAL = new Set(['Success', 'Failed', 'TimedOut', 'Cancelled']);
const AUTOMATION_OUTCOME = {
    Success: 'Success',
    CompletedWithSuccess: 'Success',
    Failed: 'Failed',
    CompletedWithFailure: 'Failed',
    // Ended without running to completion: never count it as a pass.
    Exited: 'Failed',
    Rejected: 'Failed',
    ChangeCalendarOverrideRejected: 'Failed',
    TimedOut: 'TimedOut',
    Cancelled: 'Cancelled'
};
/** The run's status when OpsLoop stopped it: its own if it ended first with another outcome. */
function finalStatus(own, stopped) {
    if (stopped && (own === undefined || own === 'Cancelled'))
        return stopped;
    return own ?? 'Failed';
}
function targetStatus(invocation) {
    const details = (invocation.StatusDetails ?? '').replace(/\s+/g, '');
    if (details === 'Undeliverable' || details === 'Terminated')
        return details;
    if (details === 'DeliveryTimedOut')
        return 'Undeliverable';
    return invocation.Status ?? 'Pending';
}
function stopText(polled, options, what) {
    const parts = [];
    if (polled.stopped === 'TimedOut')
        parts.push(`OpsLoop stopped waiting after ${options.timeoutMs / 1000}s and ${what} the run`);
    if (polled.stopped === 'Cancelled')
        parts.push(`${what} on request`);
    if (polled.stopError !== undefined)
        parts.push(`stopping it failed: ${polled.stopError}`);
    return parts.join('; ');
}
function alarmsText(alarms) {
    const names = (alarms ?? []).map((a) => a.Name ?? '').filter((n) => n !== '');
    return names.length === 0 ? '' : `guard alarm ${names.join(', ')} in ALARM`;
}
function countText(targets) {
    const counts = new Map();
    for (const t of targets)
        counts.set(t.status, (counts.get(t.status) ?? 0) + 1);
    const list = [...counts].map(([status, n]) => `${n} ${status}`).join(', ');
    return `${targets.length} target${targets.length === 1 ? '' : 's'}${list === '' ? '' : `: ${list}`}`;
}
const joinDetail = (...parts) => parts.filter((p) => p !== '').join('; ');
const iso = (date, fallback) => (date ?? new Date(fallback)).toISOString();

// Automation: waiting for a started execution to end, its steps as the result's targets, and
// stopping it.
//
// A rate-controlled run (`TargetParameterName`, render.ts) is a parent that SSM runs as one child
// execution per target. Its status is the parent's: Success only when every child succeeded. Once
// it ends, its children (DescribeAutomationExecutions by ParentExecutionId) give the targets: a
// run on one target reads as that child's own run (its steps, outputs and failure message); a run
// on several gives one row per target value (a failed one's message in the detail when the
// parent has none), those never started `Terminated` after MaxErrors (as Run Command reports a
// node it skipped) or `Cancelled` after a stop, and outputs only per row, so one target's value
// is never shown as the run's. No step decides anything by a run's outputs (a verify check goes
// by its status); the report shows each row's.
/** Pages of children read at most (50 each; a run has at most 50 target values). */
const CHILD_PAGES = 4;
async function readAutomation(client, id) {
    return tolerant(async () => {
        const { AutomationExecution } = await client.send(new GetAutomationExecutionCommand({ AutomationExecutionId: id }));
        return AutomationExecution;
    });
}
/** A rate-controlled run's child executions, or undefined when SSM could not be read. */
async function readChildren(client, parentId) {
    const children = [];
    let NextToken;
    for (let page = 0; page < CHILD_PAGES; page++) {
        const answer = await tolerant(() => client.send(new DescribeAutomationExecutionsCommand({
            Filters: [{ Key: 'ParentExecutionId', Values: [parentId] }],
            MaxResults: 50,
            ...(NextToken === undefined ? {} : { NextToken })
        })));
        if (!answer)
            return undefined;
        children.push(...(answer.AutomationExecutionMetadataList ?? []));
        NextToken = answer.NextToken;
        if (!NextToken)
            break;
    }
    return children;
}
async function stopAutomation(client, id) {
    try {
        await client.send(new StopAutomationExecutionCommand({ AutomationExecutionId: id, Type: 'Cancel' }));
    }
    catch (error) {
        // It ended between the last read and the stop: the final read shows how.
        if (errorName(error) !== 'InvalidAutomationStatusUpdateException')
            throw error;
    }
}
const outputsText = (outputs) => Object.entries(outputs ?? {})
    .map(([k, v]) => `${k}: ${v.join(', ')}`)
    .join('\n');
const hasOutputs = (outputs) => outputs !== undefined && Object.keys(outputs).length > 0;
/** One run's steps, each as a target. */
function stepTargets(run) {
    return (run?.StepExecutions ?? []).map((step) => {
        const stdout = outputsText(step.Outputs);
        return {
            target: step.StepName ?? '',
            status: step.StepStatus ?? 'Pending',
            detail: joinDetail(step.StepStatus ?? '', step.FailureMessage ?? ''),
            ...(stdout === '' ? {} : { stdout }),
            stdoutTruncated: false,
            stderrTruncated: false
        };
    });
}
/** What a rate-controlled parent's children say about the run (see the module comment). */
async function fannedOut(client, parent, id) {
    const children = await readChildren(client, id);
    if (!children)
        return { targets: [], summary: 'its child executions could not be read' };
    const values = parent.ResolvedTargets?.ParameterValues ?? [];
    const parentStatus = parent.AutomationExecutionStatus ?? '';
    if (values.length <= 1 && children.length <= 1) {
        const [only] = children;
        const child = only?.AutomationExecutionId
            ? await readAutomation(client, only.AutomationExecutionId)
            : undefined;
        const run = child ?? only;
        const status = run?.AutomationExecutionStatus ?? '';
        return {
            targets: stepTargets(child),
            summary: joinDetail(status === parentStatus ? '' : status, run?.FailureMessage ?? ''),
            ...(hasOutputs(run?.Outputs) ? { outputs: run?.Outputs } : {})
        };
    }
    const targetOf = (c) => c.Target ?? c.AutomationExecutionId ?? '';
    const place = (c) => {
        const at = values.indexOf(targetOf(c));
        return at < 0 ? values.length : at;
    };
    // In the order of the targets (SSM lists newest first).
    const sorted = [...children].sort((a, b) => place(a) - place(b) ||
        (a.ExecutionStartTime?.getTime() ?? 0) - (b.ExecutionStartTime?.getTime() ?? 0));
    const rows = sorted.map((c) => {
        const stdout = outputsText(c.Outputs);
        const status = c.AutomationExecutionStatus ?? 'Pending';
        return {
            target: targetOf(c),
            status,
            detail: joinDetail(status, c.FailureMessage ?? ''),
            ...(stdout === '' ? {} : { stdout }),
            stdoutTruncated: false,
            stderrTruncated: false
        };
    });
    // Values the parent never started: stopped with it (as CancelCommand leaves pending nodes), or
    // skipped once more targets failed than MaxErrors allows (as Run Command's `Terminated`).
    const started = new Set(rows.map((r) => r.target));
    const [status, why] = parentStatus === 'Cancelled'
        ? ['Cancelled', 'the run was stopped']
        : ['Terminated', 'more targets failed than MaxErrors allows'];
    if (AUTOMATION_OUTCOME[parentStatus] !== undefined)
        for (const value of values)
            if (!started.has(value))
                rows.push({
                    target: value,
                    status,
                    detail: `${status}; not started: ${why}`,
                    stdoutTruncated: false,
                    stderrTruncated: false
                });
    const failure = sorted.find((c) => c.AutomationExecutionStatus !== 'Success' && c.FailureMessage);
    return {
        targets: rows,
        summary: joinDetail(countText(rows), failure ? `${targetOf(failure)}: ${failure.FailureMessage ?? ''}` : '')
    };
}
async function waitAutomation(client, id, options) {
    const pace = paceOf(options);
    const began = pace.now();
    const polled = await pollUntil(options, pace, () => readAutomation(client, id), (e) => AUTOMATION_OUTCOME[e.AutomationExecutionStatus ?? ''] !== undefined, () => stopAutomation(client, id));
    const run = polled.last;
    const ssmStatus = run?.AutomationExecutionStatus;
    const status = finalStatus(AUTOMATION_OUTCOME[ssmStatus ?? ''], polled.stopped);
    const outcome = run?.TargetParameterName === undefined
        ? { targets: stepTargets(run), summary: '' }
        : await fannedOut(client, run, id);
    // The parent's own outputs first; a fanned-out run's come from its one child, if one.
    const outputs = hasOutputs(run?.Outputs) ? run?.Outputs : outcome.outputs;
    return {
        kind: 'automation',
        id,
        status,
        detail: joinDetail(run ? `Automation ${ssmStatus ?? 'unknown'}` : 'Automation never seen', run?.FailureMessage || outcome.summary, alarmsText(run?.TriggeredAlarms), stopText(polled, options, 'stopped')),
        targets: outcome.targets,
        startedAt: iso(run?.ExecutionStartTime, began),
        endedAt: iso(run?.ExecutionEndTime, pace.now()),
        ...(outputs && hasOutputs(outputs) ? { outputs } : {})
    };
}

// Run Command: waiting for a sent command to end on every target, collecting each target's output,
// and cancelling it.
/** GetCommandInvocation attempts when it answers InvocationDoesNotExist (eventual consistency). */
const OUTPUT_ATTEMPTS = 3;
/** Targets whose output is fetched at once. */
const OUTPUT_CONCURRENCY = 5;
async function readCommand(client, id) {
    return tolerant(async () => {
        // The command first: its status only moves forward, so invocations read after it are at
        // least as far along.
        const { Commands } = await client.send(new ListCommandsCommand({ CommandId: id }));
        const invocations = [];
        const pages = paginateListCommandInvocations({ client, pageSize: 50 }, { CommandId: id, Details: true });
        for await (const page of pages)
            invocations.push(...(page.CommandInvocations ?? []));
        return { command: Commands?.[0], invocations };
    });
}
/**
 * Done when the command and every listed invocation are terminal. Invocations may be listed a
 * little after the command ends (eventual consistency), so a short list is trusted only the
 * second time the command is seen terminal.
 */
function commandDone() {
    let terminalBefore = false;
    return ({ command, invocations }) => {
        if (!COMMAND_TERMINAL.has(command?.Status ?? ''))
            return false;
        if (!invocations.every((i) => COMMAND_TERMINAL.has(i.Status ?? '')))
            return false;
        const complete = invocations.length >= (command?.TargetCount ?? 0);
        const done = complete || terminalBefore;
        terminalBefore = true;
        return done;
    };
}
async function fetchOutput(client, pace, id, instanceId, pluginName) {
    for (let attempt = 1; attempt <= OUTPUT_ATTEMPTS; attempt++) {
        const got = await tolerant(() => client.send(new GetCommandInvocationCommand({
            CommandId: id,
            InstanceId: instanceId,
            ...(pluginName === undefined ? {} : { PluginName: pluginName })
        })));
        if (got)
            return {
                stdout: got.StandardOutputContent ?? '',
                stderr: got.StandardErrorContent ?? '',
                ...(got.ResponseCode === undefined ? {} : { code: got.ResponseCode })
            };
        if (attempt < OUTPUT_ATTEMPTS)
            await pace.sleep(pace.baseMs);
    }
    return undefined;
}
async function commandTarget(client, pace, id, invocation) {
    const target = invocation.InstanceId ?? '';
    const plugins = invocation.CommandPlugins ?? [];
    // GetCommandInvocation needs PluginName only when the document has several steps.
    const names = plugins.length > 1 ? plugins.map((p) => p.Name ?? '') : [undefined];
    const parts = [];
    for (const name of names) {
        const output = await fetchOutput(client, pace, id, target, name);
        parts.push({ ...(name === undefined ? {} : { name }), ...(output ? { output } : {}) });
    }
    const status = targetStatus(invocation);
    const code = parts.map((p) => p.output?.code).find((c) => c !== undefined && c > 0);
    const detail = joinDetail(invocation.StatusDetails ?? status, code === undefined ? '' : `exit code ${code}`);
    if (parts.every((p) => p.output === undefined)) {
        // Last resort: the listing's plugin output, capped at 2,500 characters of both streams.
        const listed = plugins.map((p) => p.Output ?? '').join('\n');
        return {
            target,
            status,
            detail: joinDetail(detail, 'output from ListCommandInvocations'),
            stdout: listed,
            stdoutTruncated: listed.length >= PLUGIN_OUTPUT_LIMIT,
            stderrTruncated: false
        };
    }
    const section = (p, text) => p.name === undefined ? text : `--- ${p.name}\n${text}`;
    const stdout = parts.map((p) => section(p, p.output?.stdout ?? '')).join('\n');
    const stderr = parts.map((p) => section(p, p.output?.stderr ?? '')).join('\n');
    return {
        target,
        status,
        detail,
        stdout: names.length > 1 ? stdout : (parts[0]?.output?.stdout ?? ''),
        stderr: names.length > 1 ? stderr : (parts[0]?.output?.stderr ?? ''),
        stdoutTruncated: parts.some((p) => (p.output?.stdout.length ?? 0) >= STDOUT_LIMIT),
        stderrTruncated: parts.some((p) => (p.output?.stderr.length ?? 0) >= STDERR_LIMIT)
    };
}
async function mapLimited(items, limit, fn) {
    const out = [];
    for (let i = 0; i < items.length; i += limit)
        out.push(...(await Promise.all(items.slice(i, i + limit).map(fn))));
    return out;
}
async function waitCommand(client, id, options) {
    const pace = paceOf(options);
    const began = pace.now();
    const polled = await pollUntil(options, pace, () => readCommand(client, id), commandDone(), () => cancelCommand(client, id));
    const command = polled.last?.command;
    const invocations = polled.last?.invocations ?? [];
    const targets = await mapLimited(invocations, OUTPUT_CONCURRENCY, (i) => commandTarget(client, pace, id, i));
    const ssmStatus = command?.Status;
    let own;
    if (ssmStatus === 'Success' || ssmStatus === 'Failed' || ssmStatus === 'TimedOut')
        own = ssmStatus;
    else if (ssmStatus === 'Cancelled')
        own = 'Cancelled';
    // SSM calls a command that matched no node a Success; nothing was remediated, so it is not.
    const reachedNone = own === 'Success' && targets.length === 0;
    const status = reachedNone ? 'Failed' : finalStatus(own, polled.stopped);
    const ssmDetails = command?.StatusDetails;
    const ended = invocations
        .flatMap((i) => (i.CommandPlugins ?? []).map((p) => p.ResponseFinishDateTime?.getTime() ?? 0))
        .reduce((a, b) => Math.max(a, b), 0);
    return {
        kind: 'command',
        id,
        status,
        detail: joinDetail(command
            ? `Command ${ssmStatus ?? 'unknown'}${ssmDetails && ssmDetails !== ssmStatus ? ` (${ssmDetails})` : ''}`
            : 'Command never seen', countText(targets), reachedNone ? 'no managed node matched the targets' : '', alarmsText(command?.TriggeredAlarms), stopText(polled, options, 'cancelled')),
        targets,
        startedAt: iso(command?.RequestedDateTime, began),
        endedAt: iso(ended > 0 ? new Date(ended) : undefined, pace.now())
    };
}
async function cancelCommand(client, id) {
    await client.send(new CancelCommandCommand({ CommandId: id }));
}

// The thin adapter over SSM: starts a rendered request, waits for it to end, cancels it. Waiting
// and cancelling live beside it: `ssm-command.ts` (Run Command), `ssm-automation.ts` (Automation),
// both polling through `ssm-poll.ts` and reading statuses through `ssm-status.ts`.
function ssmRunner(client) {
    return {
        async start(request) {
            if (request.kind === 'command') {
                const { Command } = await client.send(new SendCommandCommand(request.input));
                if (!Command?.CommandId)
                    throw new Error('SendCommand returned no CommandId');
                return Command.CommandId;
            }
            const { AutomationExecutionId } = await client.send(new StartAutomationExecutionCommand(request.input));
            if (!AutomationExecutionId)
                throw new Error('StartAutomationExecution returned no AutomationExecutionId');
            return AutomationExecutionId;
        },
        wait(kind, id, options) {
            return kind === 'command'
                ? waitCommand(client, id, options)
                : waitAutomation(client, id, options);
        },
        async cancel(kind, id) {
            if (kind === 'command')
                await cancelCommand(client, id);
            else
                await stopAutomation(client, id);
        }
    };
}

export { STDERR_LIMIT, STDOUT_LIMIT, ssmRunner };
