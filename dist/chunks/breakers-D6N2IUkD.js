import { d as documentName } from './ssm-document-CLAKwtu-.js';
import { c as code } from './markdown-DUQQBL0n.js';

/** Bots, apps, deleted accounts and listed automation: never people. */
const isAutomation = (account, ignored) => account === undefined ||
    account.type !== 'User' ||
    account.login.endsWith('[bot]') ||
    ignored.some((l) => l.toLowerCase() === account.login.toLowerCase());
const asIssueComment = (c) => ({
    id: c.id,
    author: c.author?.login ?? '',
    authorType: c.author?.type ?? 'Deleted',
    body: c.body,
    createdAt: c.createdAt,
    edited: c.edited
});
/** Comments by anyone but OpsLoop, oldest first, as the approval policy reads them. */
const humanComments = (ledger) => ledger.human.map(asIssueComment);
function approvalContext(input) {
    const { entry, thread } = input;
    return {
        plan: {
            digest: entry.plan.digest,
            proposedIn: entry.commentId,
            ...(entry.plan.requestedBy ? { requestedBy: entry.plan.requestedBy } : {})
        },
        approval: input.runbook.approval,
        ignoredLogins: input.ignoredLogins,
        now: input.now,
        permissionOf: (login) => thread.permissionOf(login),
        // undefined from the lookup (the token cannot read teams) is refused with a clear reason.
        isTeamMember: (org, slug, login) => thread.teamMember(org, slug, login)
    };
}

// Circuit breakers: a runbook may run at most `limits.runsPerHour` times in any 60 minutes and at
// most `limits.runsPerTargetPerDay` times on one target in any 24 hours. A remediation that needs
// a fourth run within the hour is not fixing anything, and a host restarted again and again hides
// the fault it has. The runs are counted from SSM's own history (RunHistory), never from the
// issues, which anyone with write access can edit: every run of the runbook counts, whichever
// issue or person asked for it, failed runs too, and runs still going. Pure but for the port.
/** The schema's defaults, which apply when a runbook says nothing. */
const DEFAULT_LIMITS = { runsPerHour: 3, runsPerTargetPerDay: 3 };
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/**
 * The runs of a runbook's execution step, as SSM records them. Commands compiled to the runbook's
 * own `OpsLoop-<id>` document: every command of it (only this runbook's plans send it). Commands
 * sent as a document others send too (`AWS-RunShellScript` with the opt-out, `shell`, or a named
 * command document): OpsLoop's commands, whose comment starts `OpsLoop execution <id> `
 * (render.ts). An Automation document: every execution of it, whoever started it (its metadata
 * carries no tags), which errs on the side of running less.
 */
function runSelectors(runbook, sentAs) {
    const { runCommand, automation } = runbook.execution;
    if (automation)
        return [{ kind: 'automation', document: automation.document }];
    if (!runCommand)
        return [];
    if (runCommand.commands && sentAs === 'documents')
        return [{ kind: 'command', document: documentName(runbook.id, 'execution') }];
    return [
        {
            kind: 'command',
            document: runCommand.document,
            comment: `OpsLoop execution ${runbook.id} `
        }
    ];
}
const EC2_INSTANCE_ARN = /^arn:aws[a-z-]*:ec2:[a-z0-9-]+:[0-9]{12}:instance\/(i-[0-9a-f]{8,17})$/;
/** One spelling per target: an instance's ARN and its id are the same target. */
function targetKey(target) {
    return EC2_INSTANCE_ARN.exec(target)?.[1] ?? target;
}
function utc(at) {
    return `${at.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}
function times(n) {
    return n === 1 ? 'once' : n === 2 ? 'twice' : `${n} times`;
}
/**
 * Whether running the runbook on `targets` at `now` would go over a limit, given the runs SSM
 * started in the last 24 hours. A limit of N is reached by N runs in the window; it clears when
 * the oldest run that keeps it reached leaves the window.
 */
function breakerVerdict(runbook, targets, runs, now) {
    const perHour = runbook.limits?.runsPerHour ?? DEFAULT_LIMITS.runsPerHour;
    const perTarget = runbook.limits?.runsPerTargetPerDay ?? DEFAULT_LIMITS.runsPerTargetPerDay;
    const at = now.getTime();
    const reasons = [];
    let clearsAt = 0;
    const check = (window, limit, inWindow, say) => {
        if (inWindow.length < limit)
            return;
        const starts = inWindow.map((r) => r.startedAt.getTime()).sort((a, b) => a - b);
        const clears = (starts[inWindow.length - limit] ?? at) + window;
        clearsAt = Math.max(clearsAt, clears);
        reasons.push(`${say(inWindow.length)}, from ${utc(new Date(starts[0] ?? at))}`);
    };
    const recent = runs.filter((r) => r.startedAt.getTime() > at - DAY);
    check(HOUR, perHour, recent.filter((r) => r.startedAt.getTime() > at - HOUR), (n) => `runbook ${code(runbook.id)} ran ${times(n)} in the last hour and its limit (\`limits.runsPerHour\`) is ${perHour}`);
    for (const target of new Set(targets.map(targetKey)))
        check(DAY, perTarget, recent.filter((r) => r.targets.some((t) => targetKey(t) === target)), (n) => `it ran ${times(n)} on ${code(target)} in the last 24 hours and its limit per target (\`limits.runsPerTargetPerDay\`) is ${perTarget}`);
    if (reasons.length === 0)
        return { open: false };
    return { open: true, reason: reasons.join('; '), clearsAt: new Date(clearsAt) };
}
/** The breakers for a plan, read from SSM's history now. A history that cannot be read throws. */
async function checkBreakers(runbook, targets, history, now, sentAs) {
    const selectors = runSelectors(runbook, sentAs);
    if (selectors.length === 0)
        return { open: false };
    const runs = await history.runs(selectors, new Date(now.getTime() - DAY));
    return breakerVerdict(runbook, targets, runs, now);
}
/** One sentence for the issue: what is over its limit and from when the plan may run. */
function breakerSentence(verdict, now) {
    const minutes = Math.max(1, Math.ceil((verdict.clearsAt.getTime() - now.getTime()) / 60_000));
    const wait = minutes < 120 ? `${minutes} min` : `${Math.round(minutes / 60)} h`;
    // Shown to the minute, rounded up, so that the time said is never too early.
    const from = new Date(Math.ceil(verdict.clearsAt.getTime() / 60_000) * 60_000);
    return `${verdict.reason} (counted from SSM's own history). It may run from ${utc(from)}, in ${wait}`;
}
/**
 * The breakers for a plan about to be approved or run, as a reply says them: clear, open (which
 * limit, and from when it may run), or unreadable (why; callers decide what that means for them).
 */
async function planBreakers(runbook, targets, history, now, sentAs) {
    try {
        const verdict = await checkBreakers(runbook, targets, history, now, sentAs);
        return verdict.open
            ? { kind: 'open', sentence: breakerSentence(verdict, now) }
            : { kind: 'clear' };
    }
    catch (error) {
        return { kind: 'unreadable', detail: error instanceof Error ? error.message : String(error) };
    }
}

export { asIssueComment as a, approvalContext as b, humanComments as h, isAutomation as i, planBreakers as p };
