import { b as parseCommentCommand, m as maySendCommands, c as refuseChange, e as evaluateApprovals, d as decideComment, f as permissionRefusal, g as primaryRateLimit } from './client-D2jLBN-l.js';
import { g as githubIssueThread } from './issue-thread-DfIvqLl-.js';
import { c as checkParameterValue } from './parameters-DbSepTJw.js';
import { i as isAutomation, a as asIssueComment, p as planBreakers, b as approvalContext, h as humanComments } from './breakers-D6N2IUkD.js';
import { s as stepDocuments, r as renderAction } from './ssm-document-CLAKwtu-.js';
import { r as readLedger, c as currentEntry, w as wasClaimed } from './ledger-BOoI6kY9.js';
import { r as recordWriter, c as changedPlanReply, d as dryRunComment, e as decisionReply } from './remediation-BtXKTqvu.js';
import { c as currentPlan } from './current-DJJRIZ1G.js';
import { t as targetIds, a as typedValue } from './request-D_hjRL7m.js';
import { c as code } from './markdown-DUQQBL0n.js';
import './_commonjsHelpers-BFTU3MAI.js';
import './http-error-C1Lek3oc.js';
import './version-CvW7nB-o.js';
import 'node:crypto';
import './yaml-source-B5uDbl-W.js';
import 'process';
import 'buffer';
import './fingerprint-BtovXTfi.js';
import './record-BIoafhO-.js';
import './ucs2length-43QcV_Qu.js';
import './exclude-DohiZwX2.js';
import './lexical-Bc-35x6b.js';
import './glob-RR4fIjUw.js';
import './untrusted-DwwMYKYb.js';
import './unicode-Bqcso1Xx.js';

// What OpsLoop says to someone who may not command it: one short note per person per issue, and
// nothing after it. The note's last line names the person, so the comment job can see in the
// snapshot it has already read (OpsLoop's own comments only) that the note was given, without
// asking GitHub anything more. Nothing here is a record: the worst a forged note can do is keep
// OpsLoop quiet towards one person who has no say anyway.
const onlyNote = (login) => `Every OpsLoop command needs write access: this is the only note @${login} gets on this issue, and later commands from them go unanswered.`;
/**
 * The one note to `login`, who lacks write access: why their command did not count (`refusal`,
 * one sentence from the approval policy) and that no other reply will follow.
 */
function permissionNote(login, refusal) {
    return `❌ Not counted: ${refusal}\n\n_${onlyNote(login)}_`;
}
/** Whether `body` (a comment of OpsLoop's own) is the note to `login`; logins ignore case. */
function isPermissionNoteTo(body, login) {
    return body.toLowerCase().includes(`_${onlyNote(login)}_`.toLowerCase());
}

// `comment`: an `issue_comment` event on an incident issue. Reads the command in the comment
// (`/approve`, `/reject`, `/dry-run`, `/cancel`, `/set`, `/retriage`, `/ask`) and tells the
// workflow whether the plan is now approved, so the environment-gated remediation job can start,
// or whether a question waits for the answer job (flows/ask.ts), which has the read-only AWS
// look-ups and the model this job does not. Every
// command needs `write` or `admin`, asked of GitHub live (the workflow's `author_association`
// filter is only a pre-filter). People with it get a reply to every command that says what
// happened and why; people without it get one short note per issue and then silence, so a flood of
// commands costs a bounded, small number of requests each: the permission, the issue's snapshot
// (one request per 100 comments) and, once per person, the note.
async function commentCommand(input) {
    const { event } = input;
    const thread = onePermissionLookupEach(input.thread);
    const now = input.now ?? (() => new Date());
    const command = parseCommentCommand(event.comment.body);
    if (!command)
        return { handled: false, reason: 'the comment holds no OpsLoop command' };
    // Our own replies and other automation never drive approvals (and never loop).
    if (event.comment.author.trim() === '' ||
        isAutomation({ login: event.comment.author, type: event.comment.authorType }, input.ignoredLogins))
        return {
            handled: false,
            reason: `comments by ${event.comment.author || 'a deleted account'} are not commands`
        };
    if (event.issue.pullRequest)
        return { handled: false, reason: 'commands work on incident issues, not pull requests' };
    const reply = async (text, approved = false, digest, replan = false) => {
        await thread.reply(text);
        return {
            handled: true,
            command: command.kind,
            approved,
            ...(digest ? { digest } : {}),
            ...(replan ? { replan } : {}),
            reason: text
        };
    };
    // Every command needs write access, asked live: author_association is only the workflow's
    // pre-filter (MEMBER does not imply write). The snapshot is read either way: it is what
    // commands act on, and where an earlier note to this person would be.
    const author = event.comment.author;
    const permission = await thread.permissionOf(author);
    const snapshot = await thread.snapshot();
    const ledger = readLedger(snapshot, input.records.key, input.records.repo);
    if (!maySendCommands(permission)) {
        const word = command.kind === 'invalid' ? command.command : command.kind;
        const why = permissionRefusal(author, permission, word);
        if (!ledger.authentic)
            return { handled: false, reason: `${why} (no reply: ${ledger.reason})` };
        if (notedBefore(snapshot, ledger, author))
            return { handled: false, reason: `${why} (no reply: @${author} has had the one note)` };
        return reply(permissionNote(author, why));
    }
    if (event.action !== 'created')
        return reply(`❌ Not counted: commands in edited comments do not count (anyone with write access can edit a comment). Post a new ${code(`/${command.kind}`)} comment.`);
    if (command.kind === 'invalid')
        return reply(`❌ ${code(command.command)}: ${command.reason}`);
    if (!ledger.authentic)
        return reply(command.kind === 'ask'
            ? `❌ Not answered: ${ledger.reason}.`
            : `❌ Nothing will run: ${ledger.reason}.`);
    // A question changes nothing and may be asked of a closed incident too. No reply here: the
    // answer job's reply is the answer.
    if (command.kind === 'ask')
        return {
            handled: true,
            command: 'ask',
            approved: false,
            ask: true,
            reason: 'the question goes to the answer job'
        };
    if (snapshot.issue.state !== 'open')
        return reply('❌ The incident issue is closed: nothing will run.');
    const entry = currentEntry(ledger);
    if (!entry)
        return reply('❌ OpsLoop proposed no plan on this incident, so there is nothing to act on.');
    const catalog = await input.catalog();
    const writer = recordWriter(input.records.key, { repo: input.records.repo, issue: snapshot.issue.number, fingerprint: ledger.fingerprint }, now);
    if (command.kind === 'set' || command.kind === 'retriage') {
        const own = snapshot.comments.find((c) => c.id === event.comment.id);
        if (!own || own.edited)
            return reply(`❌ Not counted: the ${code(`/${command.kind}`)} comment was edited or deleted before it was read. Post a new one.`);
        const person = asIssueComment(own);
        const change = await planChange(command, person, entry.plan, catalog, thread);
        if (!change.ok)
            return reply(`❌ Not counted: ${change.reason}`);
        const records = command.kind === 'set'
            ? change.values.map((v) => writer.set(entry.plan.runbook.id, v.name, v.value, person.author))
            : [writer.retriage(person.author)];
        return reply([change.text, ...records].join('\n'), false, undefined, true);
    }
    const current = currentPlan(entry.plan, catalog);
    if (current.kind === 'invalid')
        return reply(`❌ Nothing can run: ${current.reason}.`);
    if (current.kind === 'changed') {
        // Propose the plan again with its new digest; every earlier approval is void.
        const plan = { ...current.plan, proposedAt: now().toISOString() };
        return reply(changedPlanReply(plan, current.was, current.changes, writer.plan(plan, current.was)));
    }
    const { plan, entry: catalogEntry } = current;
    // The comment as GitHub has it now (edited since the event? deleted?), never the event's copy.
    const own = snapshot.comments.find((c) => c.id === event.comment.id);
    if (!own || own.edited)
        return reply(`❌ Not counted: the ${code(`/${command.kind}`)} comment was edited or deleted before it was read. Post a new one.`);
    if (command.kind === 'dry-run') {
        // What would be sent to the hosts is shown to the people who may approve it, no one else.
        const refusal = await refuseChange(asIssueComment(own), 'dry-run', {
            approval: catalogEntry.runbook.approval,
            permissionOf: (login) => thread.permissionOf(login),
            isTeamMember: (org, slug, login) => thread.teamMember(org, slug, login)
        });
        if (refusal)
            return reply(`❌ Not counted: ${refusal}`);
        const context = {
            issueUrl: snapshot.issue.url,
            approvers: [],
            digest: plan.digest,
            runbook: catalogEntry.runbook.id
        };
        // The documents the steps are sent as (once published): the dry run names them.
        const documents = await stepDocuments(catalogEntry.runbook);
        const document = (step) => {
            const d = documents.get(step);
            return d ? { document: d } : {};
        };
        const steps = [
            {
                label: 'Execution',
                request: renderAction(catalogEntry.runbook.execution, plan, {
                    ...context,
                    step: 'execution',
                    ...document('execution')
                })
            },
            ...(catalogEntry.runbook.rollback
                ? [
                    {
                        label: 'Rollback (only on failure)',
                        request: renderAction(catalogEntry.runbook.rollback, plan, {
                            ...context,
                            step: 'rollback',
                            ...document('rollback')
                        })
                    }
                ]
                : [])
        ];
        return reply(dryRunComment(plan, steps));
    }
    if (command.kind === 'cancel') {
        // Write access was checked above; anyone with it may stop a run (no runbook restriction).
        // The sealed cancel record is what a pending remediation job reads before it starts.
        return reply([
            `⏹️ Cancel recorded for plan ${code(plan.digest.slice(0, 12))} by @${event.comment.author}: a running remediation stops at its next check, and a pending one will not start. A new ${code(`/approve ${plan.digest.slice(0, 12)}`)} after this comment approves it again.`,
            writer.cancel(plan.digest, event.comment.author)
        ].join('\n'));
    }
    if (wasClaimed(ledger, plan.digest))
        return reply(`ℹ️ Plan ${code(plan.digest.slice(0, 12))} has already been run once; it never runs twice. See the timeline above.`);
    // A plan over a circuit breaker cannot be approved (the remediation job checks again).
    let unchecked = '';
    if (command.kind === 'approve' && input.history) {
        const check = await planBreakers(catalogEntry.runbook, targetIds(plan.targets), input.history, now(), 'documents');
        if (check.kind === 'unreadable')
            unchecked = `\n\nℹ️ The runbook's circuit breakers could not be checked here (SSM's history of runs: ${check.detail}); the remediation job checks them before it runs anything.`;
        else if (check.kind === 'open')
            return reply(`❌ Not counted: plan ${code(plan.digest.slice(0, 12))} cannot be approved now: ${check.sentence}. Approve it again then, or raise the limit in the runbook by pull request.`);
    }
    const context = approvalContext({
        entry: { ...entry, plan },
        runbook: catalogEntry.runbook,
        thread,
        ignoredLogins: input.ignoredLogins,
        now: now()
    });
    const comments = humanComments(ledger);
    const state = await evaluateApprovals(comments, context);
    const decision = state.decisions.find((d) => d.commentId === event.comment.id) ??
        (await decideComment(asIssueComment(own), context, state.approvers));
    const approved = state.status === 'approved';
    return reply(decisionReply(decision, state, plan, catalogEntry.runbook.approval.environment) + unchecked, approved, plan.digest);
}
/**
 * The thread with one permission lookup per login for the whole job: the check every command
 * passes first, then the approval policy's, ask GitHub once.
 */
function onePermissionLookupEach(thread) {
    const asked = new Map();
    return {
        snapshot: () => thread.snapshot(),
        reply: (body) => thread.reply(body),
        update: (update) => thread.update(update),
        addLabels: (labels) => thread.addLabels(labels),
        teamMember: (org, slug, login) => thread.teamMember(org, slug, login),
        permissionOf(login) {
            const key = login.toLowerCase();
            let found = asked.get(key);
            if (!found) {
                found = thread.permissionOf(login);
                asked.set(key, found);
            }
            return found;
        }
    };
}
/** Whether OpsLoop (the ledger's account, on a comment nobody edited) already noted `login` here. */
function notedBefore(snapshot, ledger, login) {
    return snapshot.comments.some((c) => c.author?.id === ledger.identity.id && !c.edited && isPermissionNoteTo(c.body, login));
}
/**
 * Whether a person may change what the plan is made from, and the values they set, typed and
 * checked against the runbook's schema for each parameter. The new plan itself is made by the
 * replan job, which can look things up in AWS; this job cannot.
 */
async function planChange(command, comment, plan, catalog, thread) {
    const entry = catalog.find((c) => c.runbook.id === plan.runbook.id);
    const word = code(`/${command.kind}`);
    if (!entry && command.kind === 'set')
        return {
            ok: false,
            reason: `runbook ${code(plan.runbook.id)} is no longer in the catalog, or no longer validates; ${code('/retriage')} to choose again.`
        };
    // Without its runbook, a retriage needs write access like any change (no team restriction to apply).
    const approval = entry?.runbook.approval ?? { required: true };
    const refusal = await refuseChange(comment, command.kind, {
        approval,
        permissionOf: (login) => thread.permissionOf(login),
        isTeamMember: (org, slug, login) => thread.teamMember(org, slug, login)
    });
    if (refusal)
        return { ok: false, reason: refusal };
    const short = plan.digest ? ` ${code(plan.digest.slice(0, 12))}` : '';
    const after = `OpsLoop now makes a new plan with a new digest; approvals of the plan${short} do not count for it.`;
    if (command.kind === 'retriage')
        return {
            ok: true,
            values: [],
            text: `🔄 @${comment.author} asked OpsLoop to gather the context and triage again (${word}). ${after}`
        };
    const declared = entry?.runbook.parameters ?? {};
    const values = [];
    for (const { name, text } of command.values) {
        const param = declared[name];
        if (!param) {
            const names = Object.keys(declared);
            return {
                ok: false,
                reason: `runbook ${code(plan.runbook.id)} has no parameter ${code(name)}; ${names.length > 0 ? `it has ${names.map((n) => code(n)).join(', ')}` : 'it takes no parameters'}.`
            };
        }
        const value = typedValue(param, text);
        const wrong = checkParameterValue(param, value);
        if (wrong)
            return {
                ok: false,
                reason: `${code(name)} ${wrong}, so it was not set; nothing changed.`
            };
        values.push({ name, value });
    }
    const shown = values
        .map(({ name, value }) => declared[name]?.sensitive
        ? `${code(name)} (sensitive)`
        : `${code(name)} = ${code(JSON.stringify(value))}`)
        .join(', ');
    return { ok: true, values, text: `✏️ @${comment.author} set ${shown} (${word}). ${after}` };
}

// The `comment` job (an issue comment on an incident issue): answers `/approve`, `/reject`,
// `/dry-run`, `/cancel`, `/set` and `/retriage`, and tells the workflow whether the plan is now
// approved, or must be made again, or whether an `/ask` waits for its answer. It never waits for a primary rate limit to reset: the budget
// (`GITHUB_TOKEN`: 1,000 requests an hour) is the repository's, intake needs it for incidents
// that would otherwise be lost, and a command can simply be posted again. Such a run fails at once
// with one line that says when the budget resets. With AWS credentials (the read-only triage
// role) an `/approve` of a plan over its runbook's circuit breakers is not counted.
async function commentJob(inputs, wiring) {
    const { host } = wiring;
    const webhook = (await wiring.webhook());
    const number = webhook.issue?.number;
    const c = webhook.comment;
    if (typeof number !== 'number' || !c || typeof c.id !== 'number')
        throw new Error('The `comment` command needs an issue_comment event (issue and comment missing).');
    // A primary rate limit fails the request at once instead of waiting for the reset.
    const octokit = wiring.github(inputs.token, { primaryRateLimitRetries: 0 });
    const result = await failFastOnRateLimit(commentCommand({
        event: {
            action: webhook.action ?? '',
            issue: { number, pullRequest: webhook.issue?.pull_request != null },
            comment: {
                id: c.id,
                author: c.user?.login ?? '',
                authorType: c.user?.type ?? 'User',
                body: c.body ?? '',
                createdAt: c.created_at ?? '',
                edited: (c.updated_at ?? c.created_at) !== c.created_at
            }
        },
        records: wiring.records(inputs),
        thread: githubIssueThread(octokit, inputs.repository, number),
        catalog: wiring.triageCatalog(inputs.catalog),
        ignoredLogins: inputs.ignoredLogins,
        ...(inputs.awsRegion ? { history: await runHistory(inputs.awsRegion, wiring) } : {})
    }));
    host.setOutput('issue-number', String(number));
    host.setOutput('approved', String(result.handled && result.approved));
    if (result.handled && result.digest)
        host.setOutput('plan-digest', result.digest);
    // A `/set` or `/retriage` was accepted: the workflow's `replan` job makes the plan again.
    host.setOutput('replan', String(result.handled && result.replan === true));
    // An `/ask` from someone with write access: the workflow's `answer` job answers it.
    host.setOutput('ask', String(result.handled && result.ask === true));
    host.log.info(result.handled ? `/${result.command}: ${result.reason}` : `Nothing to do: ${result.reason}`);
}
/** SSM's history of runs, through the job's read-only credentials (the triage role). */
async function runHistory(region, wiring) {
    const [{ SSMClient }, { ssmRunHistory }] = await Promise.all([
        import('./index-DOwztRd4.js'),
        import('./ssm-history-e6fXoZT4.js')
    ]);
    return ssmRunHistory(new SSMClient(wiring.aws(region)));
}
/** The command's result, or one line saying the rate limit stopped it and when to try again. */
async function failFastOnRateLimit(work) {
    try {
        return await work;
    }
    catch (error) {
        const limit = primaryRateLimit(error);
        if (!limit)
            throw error;
        const at = limit.resetsAt
            ? ` until ${limit.resetsAt.toISOString().slice(11, 16)} UTC`
            : ' for now';
        throw new Error(`GitHub's API rate limit for this token is used up${at}, so the command was not read and nothing changed; post it again after that. OpsLoop does not wait for the reset, so that incident intake keeps the budget.`);
    }
}

export { commentJob };
