import { g as githubIssueThread } from './issue-thread-DfIvqLl-.js';
import { e as evaluateApprovals, b as parseCommentCommand, p as parseDuration } from './client-D2jLBN-l.js';
import { b as approvalContext, h as humanComments, i as isAutomation, p as planBreakers } from './breakers-D6N2IUkD.js';
import { R as Redactor } from './redact-dgEMPhFv.js';
import { r as renderAction, s as stepDocuments, g as guardAlarmName } from './ssm-document-CLAKwtu-.js';
import { r as ranLabel, a as OUTCOME_LABELS, R as RAN_LABEL_PREFIX } from './record-BIoafhO-.js';
import { r as readLedger, c as currentEntry, w as wasClaimed } from './ledger-BOoI6kY9.js';
import { r as recordWriter, c as changedPlanReply, f as recoveredComment, p as progressComment, g as runResultComment, h as guardAlarmRefusal } from './remediation-BtXKTqvu.js';
import { c as currentPlan, p as planChanges } from './current-DJJRIZ1G.js';
import { c as bindInstances, t as targetIds } from './request-D_hjRL7m.js';
import { t as taggedInstances } from './ports-Baf7aGWi.js';
import { c as code } from './markdown-DUQQBL0n.js';
import { r as remediationEvents } from './from-results-CA-kSsGQ.js';
import 'node:crypto';
import './http-error-C1Lek3oc.js';
import './_commonjsHelpers-BFTU3MAI.js';
import './version-CvW7nB-o.js';
import './parameters-DbSepTJw.js';
import './yaml-source-B5uDbl-W.js';
import 'process';
import 'buffer';
import './fingerprint-BtovXTfi.js';
import './ucs2length-43QcV_Qu.js';
import './exclude-DohiZwX2.js';
import './lexical-Bc-35x6b.js';
import './glob-RR4fIjUw.js';
import './untrusted-DwwMYKYb.js';
import './unicode-Bqcso1Xx.js';

async function runApprovals(octokit, repository, runId) {
    const { data } = await octokit.request('GET /repos/{owner}/{repo}/actions/runs/{run_id}/approvals', { ...repository, run_id: runId });
    return data.flatMap((review) => review.environments.map((e) => ({
        user: review.user.login,
        userType: review.user.type,
        environment: e.name ?? '',
        state: review.state,
        comment: review.comment
    })));
}

const realClock = {
    now: () => Date.now(),
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms))
};

// Does the alarm return to OK after remediation, within the runbook's window? Bounded polling with
// an injectable clock (the SDK has an "alarm exists" waiter, not a "state is" one).
/** Waits until the alarm is OK, polling every `pollMs`, for at most `withinMs`. */
async function waitForOk(alarms, name, withinMs, clock = realClock, pollMs = 15_000) {
    const start = clock.now();
    for (;;) {
        const state = await alarms.state(name);
        const waitedMs = clock.now() - start;
        if (state === 'OK')
            return { ok: true, waitedMs };
        if (waitedMs >= withinMs)
            return { ok: false, waitedMs, lastState: state ?? 'missing' };
        await clock.sleep(Math.min(pollMs, withinMs - waitedMs));
    }
}

// `remediate`: runs an approved plan exactly once. It re-reads the plan from the issue, checks it
// against the runbook as it is now, re-checks the approvals (or takes the environment's), makes
// sure the incident still needs it, claims the run (a sealed claim on the run's progress comment,
// then the run label), runs it through SSM, verifies, rolls back on failure and reports every
// step on the issue. A run notifies people twice: the progress comment is posted once and then
// edited as the run advances (edits notify nobody), and the result is one more comment, with the
// sealed outcome. A refusal is one comment.
const LABELS = OUTCOME_LABELS;
async function remediateCommand(input) {
    const clock = input.clock ?? realClock;
    const { thread } = input;
    const refuse = async (reason, digest) => {
        await thread.reply(`❌ Nothing was run: ${reason}.`);
        return { outcome: 'refused', reason, ...(digest ? { digest } : {}) };
    };
    const snapshot = await thread.snapshot();
    const { issue } = snapshot;
    const ledger = readLedger(snapshot, input.records.key, input.records.repo);
    if (!ledger.authentic)
        return refuse(ledger.reason);
    if (issue.state !== 'open') {
        await thread.reply('⏹️ The incident issue is closed: nothing was run.');
        return { outcome: 'refused', reason: 'the issue is closed' };
    }
    const entry = currentEntry(ledger);
    if (!entry)
        return refuse('OpsLoop proposed no plan on this incident');
    const writer = recordWriter(input.records.key, { repo: input.records.repo, issue: issue.number, fingerprint: ledger.fingerprint }, () => new Date(clock.now()));
    const current = currentPlan(entry.plan, await input.catalog());
    if (current.kind === 'invalid')
        return refuse(current.reason);
    if (current.kind === 'changed') {
        const plan = { ...current.plan, proposedAt: new Date(clock.now()).toISOString() };
        await thread.reply(changedPlanReply(plan, current.was, current.changes, writer.plan(plan, current.was)));
        return { outcome: 'refused', reason: 'the plan changed since it was approved' };
    }
    const { plan, entry: catalogEntry } = current;
    const runbook = catalogEntry.runbook;
    if (input.expectedDigest !== undefined && input.expectedDigest !== plan.digest)
        return refuse(`this job was started for plan ${code(input.expectedDigest.slice(0, 12))}, but OpsLoop's current plan is ${code(plan.digest.slice(0, 12))}`, plan.digest);
    // Exactly once: a claim comment or a claim label event, which nobody can delete, ends it.
    if (wasClaimed(ledger, plan.digest))
        return { outcome: 'already-run', reason: 'this plan has already been run', digest: plan.digest };
    // Comment approvals are always read: a /reject stops an environment-approved job too.
    const state = await evaluateApprovals(humanComments(ledger), approvalContext({
        entry: { ...entry, plan },
        runbook,
        thread,
        ignoredLogins: input.ignoredLogins,
        now: new Date(clock.now())
    }));
    if (state.status === 'rejected')
        return refuse(`plan ${code(plan.digest.slice(0, 12))} was rejected on the issue`, plan.digest);
    let approvers;
    let approvedBy;
    if (input.approvalMode === 'comment') {
        if (state.status !== 'approved')
            return {
                outcome: 'not-approved',
                reason: `the plan is ${state.status} (${state.approvers.length} of ${state.needed} approvals)`,
                digest: plan.digest
            };
        approvers = state.approvers;
        approvedBy = approvers.map((a) => `@${a}`).join(', ');
    }
    else {
        approvers = await environmentApprovers(input, plan, runbook);
        const needed = runbook.approval.minApprovals ?? 1;
        if (approvers.length < needed) {
            await thread.reply(`❌ Nothing was run: ${approvers.length} person(s) approved the ${code(input.environment ?? '?')} environment for this run, and runbook ${code(runbook.id)} needs ${needed}. Give the environment required reviewers, or approve by comment.`);
            return {
                outcome: 'not-approved',
                reason: `${approvers.length} of ${needed} environment approvals`,
                digest: plan.digest
            };
        }
        approvedBy = `${approvers.map((a) => `@${a}`).join(', ')} (environment ${code(input.environment ?? '?')})`;
    }
    // A /cancel recorded after the approval this job acts on stops it before it starts.
    const lastApproval = Math.max(-1, ...state.decisions
        .filter((d) => d.outcome === 'approved' || d.outcome === 'counted-already')
        .map((d) => d.commentId));
    const cancel = ledger.cancels.find((c) => c.digest === plan.digest &&
        (input.approvalMode === 'environment' || c.commentId > lastApproval));
    if (cancel) {
        await thread.reply(`⏹️ Nothing was run: @${cancel.by} cancelled plan ${code(plan.digest.slice(0, 12))} before this job started.`);
        return { outcome: 'refused', reason: `cancelled by ${cancel.by}`, digest: plan.digest };
    }
    // Act only while the incident still needs it.
    const alarm = plan.incident.alarmName;
    if (input.requireAlarm && alarm && input.alarms) {
        const alarmState = await input.alarms.state(alarm);
        if (alarmState === 'OK') {
            await thread.reply(recoveredComment(alarm, plan.digest));
            return { outcome: 'recovered', reason: `${alarm} is already OK`, digest: plan.digest };
        }
    }
    // The instances carrying the tags now must be exactly those approved.
    const drift = await targetDrift(input, plan, runbook, writer);
    if (drift)
        return drift;
    // SSM must hold exactly the documents the reviewed runbook compiles to, or nothing is claimed.
    const documents = input.documents ? await publishedDocuments(runbook, input.documents) : undefined;
    if (typeof documents === 'string')
        return refuse(documents, plan.digest);
    // The circuit breakers, from SSM's own history; a history that cannot be read runs nothing.
    const breakers = await breakerRefusal(input, runbook, plan, new Date(clock.now()));
    if (breakers)
        return refuse(breakers, plan.digest);
    // A guard alarm that is missing or in ALARM would have SSM stop the run at once: say so now.
    const guard = await guardRefusal(input, runbook, plan);
    if (guard)
        return refuse(guard, plan.digest);
    const context = {
        issueUrl: issue.url,
        ...(input.runUrl ? { runUrl: input.runUrl } : {}),
        approvers,
        digest: plan.digest,
        runbook: runbook.id
    };
    const withDocument = (step) => {
        const document = documents?.get(step === 'verify' ? 'check' : step);
        return { ...context, step, ...(document ? { document } : {}) };
    };
    const execution = runbook.execution;
    const log = {
        plan,
        approvedBy,
        request: renderAction(execution, plan, withDocument('execution')),
        entries: [],
        startedAt: new Date(clock.now()).toISOString()
    };
    // Exactly once. The run's progress comment is posted with a sealed claim, then the run label
    // is added: its label event, which nobody can edit or delete, is what keeps the claim once
    // OpsLoop starts editing that comment. A run label someone else put on the issue would make
    // OpsLoop's own add record no event, so it is taken off first.
    // Runs claiming at once take turns under the issue's run lock (a label only one run can
    // create): each reads the issue afresh there, so a second run finds the first one's claim
    // label event (which nobody can delete) and stops before posting anything.
    const ran = ranLabel(plan.digest);
    let labelsNow = issue.labels;
    const hadLabel = (name) => labelsNow.some((l) => l.toLowerCase() === name.toLowerCase());
    const claiming = await thread.exclusive(async () => {
        const fresh = await thread.snapshot();
        const before = readLedger(fresh, input.records.key, input.records.repo);
        if (before.authentic && wasClaimed(before, plan.digest))
            return undefined;
        labelsNow = fresh.issue.labels;
        const posted = await thread.reply(progressComment(log, writer.claim(plan.digest, input.runUrl)));
        if (hadLabel(ran))
            await thread.removeLabel(ran);
        await thread.addLabels([ran, LABELS.remediating]);
        return { claim: posted, after: await thread.snapshot() };
    });
    if (!claiming)
        return {
            outcome: 'already-run',
            reason: 'another run claimed this plan first',
            digest: plan.digest
        };
    const { claim, after } = claiming;
    // Should two runs still claim at once (a lock someone deleted), the earliest claim wins and
    // every other run stops before sending anything.
    const claimed = readLedger(after, input.records.key, input.records.repo);
    const stopAfterClaim = async (text, result, dropRemediating) => {
        await say(thread, claim.id, text);
        if (dropRemediating && !hadLabel(LABELS.remediating))
            await thread.removeLabel(LABELS.remediating);
        return result;
    };
    const ids = claimed.authentic
        ? claimed.claims.filter((c) => c.digest === plan.digest).map((c) => c.commentId)
        : [];
    // A claim this job cannot see as OpsLoop's own (another token opened the issue) stops it.
    if (!claimed.authentic || !ids.includes(claim.id)) {
        const reason = "this job's claim is not recognised as OpsLoop's own record (the job's token acts as another account than the one that opened the issue, or the claim was edited); run every OpsLoop job with the same token";
        return stopAfterClaim(`❌ Nothing was run: ${reason}.`, { outcome: 'refused', reason, digest: plan.digest }, true);
    }
    // OpsLoop's comments posted since this job first looked, before its claim: an unedited one
    // holding a claim is an earlier claim; an edited one may have been a racing run's claim
    // (that run edits its progress comment once its run label is recorded, and an attacker may
    // edit one to hide it), so it stops this run too. Earlier comments were checked by wasClaimed.
    const seen = snapshot.comments.at(-1)?.id ?? 0;
    const racing = after.comments.some((c) => c.author?.id === claimed.identity.id && c.id > seen && c.id < claim.id && c.edited);
    if (Math.min(...ids) !== claim.id)
        return stopAfterClaim('ℹ️ Another run claimed this plan first; this one stops without running it.', {
            outcome: 'already-run',
            reason: 'another run claimed this plan first',
            digest: plan.digest
        }, false);
    if (racing)
        return stopAfterClaim(`ℹ️ This run stops without running the plan: an OpsLoop comment posted while it claimed the plan was edited since, which may hide another run's claim. The plan counts as claimed now: if no run of it follows, a new incident or a new plan is needed for one.`, {
            outcome: 'already-run',
            reason: 'another run may have claimed this plan first',
            digest: plan.digest
        }, false);
    if (!claimed.ranLabels.has(ran.slice(RAN_LABEL_PREFIX.length))) {
        const reason = `OpsLoop's account could not record the run label ${code(ran)} (it was put back by someone else while this job claimed the plan), and without it this claim would not outlive the progress comment`;
        return stopAfterClaim(`❌ Nothing was run: ${reason}. Run the job again.`, { outcome: 'refused', reason, digest: plan.digest }, true);
    }
    const labels = after.issue.labels;
    // From here on the progress comment is edited as the run advances: when a step starts to
    // wait (SSM still running, the alarm not yet OK) and something changed, and once at the end.
    const progress = livingComment(thread, claim.id, log);
    const waiting = {
        now: () => clock.now(),
        sleep: async (ms) => {
            await progress.write();
            await clock.sleep(ms);
        }
    };
    // Output from the hosts passes the same redaction as everything else that reaches GitHub.
    const redactor = new Redactor();
    const stopped = { byCancel: false };
    const shouldCancel = cancelWatcher(input, ledger, claim.id, clock, (text) => {
        stopped.byCancel = true;
        log.entries.push({ kind: 'note', text });
    });
    const run = async (label, action, step) => {
        const req = renderAction(action, plan, withDocument(step));
        if (req.kind === 'workflow') {
            const result = await dispatchWorkflow(input.workflows, req, () => clock.now());
            log.entries.push({ kind: 'step', label, result: redactResult(result, redactor) });
            return result;
        }
        const id = await input.ssm.start(req);
        log.now = `${label}: ${req.kind === 'command' ? 'command' : 'automation execution'} ${code(id)} is running.`;
        const result = await input.ssm.wait(req.kind, id, {
            timeoutMs: ('timeoutSeconds' in action ? (action.timeoutSeconds ?? 600) : 600) * 1000,
            shouldCancel,
            sleep: (ms) => waiting.sleep(ms),
            now: () => clock.now()
        });
        delete log.now;
        log.entries.push({ kind: 'step', label, result: redactResult(result, redactor) });
        return result;
    };
    const executed = await run('Execution', execution, 'execution');
    let verified = { ok: false, why: `execution ${executed.status}` };
    if (executed.status === 'Success')
        verified = await verify(input, plan, runbook, run, waiting, log);
    // SSM also cancels a run itself, when its guard alarm fires: only a /cancel is called one.
    else if (executed.status === 'Cancelled')
        verified = {
            ok: false,
            why: stopped.byCancel
                ? 'cancelled by /cancel'
                : 'execution Cancelled by SSM (its guard alarm fired, or it was cancelled in AWS)'
        };
    let outcome = verified.ok ? 'remediated' : 'failed';
    if (!verified.ok && runbook.rollback && executed.status !== 'Cancelled') {
        const rolled = await run('Rollback', runbook.rollback, 'rollback');
        if (rolled.status === 'Success')
            outcome = 'rolled-back';
    }
    const final = outcome === 'remediated'
        ? [LABELS.remediated]
        : outcome === 'rolled-back'
            ? [LABELS.failed, LABELS.rolledBack]
            : [LABELS.failed];
    const close = outcome === 'remediated' && input.closeOnSuccess;
    log.finished = { outcome, why: verified.why };
    log.finishedAt = new Date(clock.now()).toISOString();
    // The progress comment first, so the result can say whether it holds every step.
    const upToDate = await progress.write();
    await thread.reply(runResultComment(log, { url: claim.url, current: upToDate }, writer.outcome(plan.digest, outcome === 'remediated'
        ? 'remediated'
        : outcome === 'rolled-back'
            ? 'rolled-back'
            : 'failed')));
    await thread.update({
        labels: withLabels(labels.filter((l) => l !== LABELS.remediating), final),
        ...(close ? { state: 'closed' } : {})
    });
    return {
        outcome,
        reason: verified.why,
        digest: plan.digest,
        ran: {
            issue: { number: issue.number, url: issue.url, title: issue.title },
            runbook: runbook.id,
            fingerprint: plan.incident.fingerprint,
            approvers
        }
    };
}
/** Replaces the text of one of the job's own comments; posts it anew when that fails. */
async function say(thread, commentId, text) {
    try {
        await thread.edit(commentId, text);
    }
    catch {
        await thread.reply(text);
    }
}
/**
 * The run's progress comment as it advances. `write` edits it when the log changed since the
 * last edit (never per poll: only a phase change or a step's result changes it) and says
 * whether the comment now shows everything. A failed edit never stops a run: the comment is
 * brought up to date by the next one, or the result comment holds every step.
 */
function livingComment(thread, id, log) {
    let shown = '';
    return {
        async write() {
            const body = progressComment(log);
            if (body === shown)
                return true;
            try {
                await thread.edit(id, body);
                shown = body;
                return true;
            }
            catch {
                return false;
            }
        }
    };
}
/**
 * For a tag-targeted plan: the tagged instances now, compared with those approved. Any difference
 * (or a failed lookup) stops the run; a new plan with the current instances is proposed when one
 * can be made, with exactly what changed.
 */
async function targetDrift(input, plan, runbook, writer) {
    if (plan.targets?.kind !== 'tags')
        return undefined;
    const found = await taggedInstances(input.instances, plan.targets);
    if (!found.ok) {
        const reason = `the tagged instances could not be listed again before the run (${found.reason})`;
        await input.thread.reply(`❌ Nothing was run: ${reason}.`);
        return { outcome: 'refused', reason, digest: plan.digest };
    }
    const fresh = bindInstances({ ...plan }, runbook.targets.max, found);
    if (fresh.digest === plan.digest)
        return undefined;
    const changes = planChanges(plan, fresh);
    if (fresh.digest) {
        await input.thread.reply(changedPlanReply(fresh, plan.digest, changes, writer.plan(fresh, plan.digest), 'The instances carrying the target tags changed between approval and execution, so nothing was run'));
    }
    else {
        await input.thread.reply([
            `❌ Nothing was run: the instances carrying the target tags changed between approval and execution, and no plan can be made for them now.`,
            '',
            ...changes.map((c) => `- ${c}`),
            ...fresh.problems.map((p) => `- ${p}`)
        ].join('\n'));
    }
    return {
        outcome: 'refused',
        reason: 'the target instances changed after approval',
        digest: plan.digest
    };
}
/** People who approved this run's environment and may approve this runbook. */
async function environmentApprovers(input, plan, runbook) {
    if (!input.environment || !input.environmentApprovals)
        return [];
    const rules = runbook.approval;
    const users = (rules.approvers?.users ?? []).map((u) => u.replace(/^@/, '').toLowerCase());
    const teams = (rules.approvers?.teams ?? []).map((t) => t.replace(/^@/, '').split('/'));
    const out = [];
    for (const r of await input.environmentApprovals()) {
        const login = r.user;
        if (r.state !== 'approved' || r.environment !== input.environment)
            continue;
        if (isAutomation({ login, type: r.userType }, input.ignoredLogins))
            continue;
        if (rules.allowSelfApproval !== true && login === plan.requestedBy)
            continue;
        if (out.includes(login))
            continue;
        const permission = await input.thread.permissionOf(login);
        if (permission !== 'write' && permission !== 'admin')
            continue;
        if (users.length > 0 || teams.length > 0) {
            let allowed = users.includes(login.toLowerCase());
            for (const [org = '', slug = ''] of teams)
                if (!allowed)
                    allowed = (await input.thread.teamMember(org, slug, login)) === true;
            if (!allowed)
                continue;
        }
        out.push(login);
    }
    return out;
}
function redactResult(result, redactor) {
    return {
        ...result,
        detail: redactor.text(result.detail),
        targets: result.targets.map((t) => ({
            ...t,
            ...(t.detail !== undefined ? { detail: redactor.text(t.detail) } : {}),
            ...(t.stdout !== undefined ? { stdout: redactor.text(t.stdout) } : {}),
            ...(t.stderr !== undefined ? { stderr: redactor.text(t.stderr) } : {})
        }))
    };
}
function withLabels(labels, add) {
    return [...new Set([...labels.filter((l) => l !== LABELS.remediating), ...add])];
}
/**
 * `/cancel` from someone with write access, posted after this run's claim, in a comment nobody
 * edited. Comments are read again at most every `cancelPollMs`; who cancelled goes to `note`
 * (the progress comment).
 */
function cancelWatcher(input, ledger, claimId, clock, note) {
    const every = input.cancelPollMs ?? 20_000;
    let last = -Infinity;
    let cancelled = false;
    return async () => {
        if (cancelled)
            return true;
        if (clock.now() - last < every)
            return false;
        last = clock.now();
        const { comments } = await input.thread.snapshot();
        for (const c of comments) {
            if (c.id <= claimId || c.edited || c.author?.id === ledger.identity.id)
                continue;
            if (isAutomation(c.author, input.ignoredLogins))
                continue;
            if (parseCommentCommand(c.body)?.kind !== 'cancel')
                continue;
            const login = c.author?.login ?? '';
            const permission = await input.thread.permissionOf(login);
            if (permission === 'write' || permission === 'admin') {
                cancelled = true;
                note(`⏹️ @${login} asked to cancel: stopping the run.`);
                return true;
            }
        }
        return false;
    };
}
/**
 * The runbook's verification: the alarm back to OK within its window, then the check (with its
 * retries). What it finds goes to the run's log; `waiting` writes the progress comment before
 * each wait.
 */
async function verify(input, plan, runbook, run, waiting, log) {
    const v = runbook.verify;
    if (!v)
        return { ok: true, why: 'the runbook defines no verification' };
    const note = (text) => {
        log.entries.push({ kind: 'note', text });
    };
    if (v.alarmOk) {
        const name = v.alarmOk.alarmName ?? plan.incident.alarmName;
        if (!name || !input.alarms) {
            note('⚠️ Verification skipped: no alarm to watch or no CloudWatch access.');
        }
        else {
            const within = parseDuration(v.alarmOk.within);
            log.now = `Verification: waiting up to ${v.alarmOk.within} for ${code(name)} to return to ${code('OK')}.`;
            const waited = await waitForOk(input.alarms, name, within, waiting);
            delete log.now;
            if (!waited.ok) {
                note(`❌ Verification failed: ${code(name)} is still ${code(waited.lastState)} after ${v.alarmOk.within}.`);
                return { ok: false, why: `${name} did not return to OK within ${v.alarmOk.within}` };
            }
            note(`✅ Verified: ${code(name)} is ${code('OK')} (${waitedFor(waited.waitedMs)}).`);
        }
    }
    if (v.check) {
        const { retries = 3, interval } = v.check;
        const action = v.check;
        for (let attempt = 0; attempt <= retries; attempt++) {
            if (attempt > 0 && interval) {
                log.now = `Verification check: attempt ${attempt + 1} of ${retries + 1} in ${interval}.`;
                await waiting.sleep(parseDuration(interval));
                delete log.now;
            }
            const result = await run(`Verification check, attempt ${attempt + 1}`, action, 'verify');
            if (result.status === 'Success')
                return { ok: true, why: 'verified' };
        }
        return { ok: false, why: `the verification check failed ${retries + 1} time(s)` };
    }
    return { ok: true, why: 'verified' };
}
/**
 * The runbook's compiled documents by step, when SSM holds each exactly as compiled (by hash);
 * otherwise why not, in words that say what to do.
 */
async function publishedDocuments(runbook, published) {
    const byStep = await stepDocuments(runbook);
    for (const d of byStep.values()) {
        const hash = await published.publishedHash(d.name);
        if (hash !== d.hash)
            return hash === undefined
                ? `the runbook's SSM document ${code(d.name)} is not published in this account and Region; run the "Publish SSM documents" workflow (publish-documents.yml), then run this job again`
                : `SSM's default version of ${code(d.name)} (hash ${code(hash.slice(0, 12))}) is not what the reviewed runbook compiles to (${code(d.hash.slice(0, 12))}); run the "Publish SSM documents" workflow (publish-documents.yml), then run this job again`;
    }
    return byStep;
}
/** Why the runbook's circuit breakers stop this run, or undefined when they let it run. */
async function breakerRefusal(input, runbook, plan, now) {
    const sentAs = input.documents ? 'documents' : 'shell';
    const check = await planBreakers(runbook, targetIds(plan.targets), input.history, now, sentAs);
    if (check.kind === 'open')
        return `${check.sentence}. Approve the plan again then, or raise the limit in the runbook by pull request`;
    if (check.kind === 'unreadable')
        return `SSM's history of runs could not be read to check runbook ${code(runbook.id)}'s circuit breakers (${check.detail}); the remediation role needs \`ssm:ListCommands\`, \`ssm:DescribeAutomationExecutions\` and \`ssm:GetAutomationExecution\``;
    return undefined;
}
/**
 * Why a step's guard alarm stops the run before anything is claimed: its name cannot be made from
 * the plan's values or, with CloudWatch, the alarm is missing, cannot be read or is in ALARM, so
 * SSM would stop the step at once. The verification check's and rollback's guards count too: those
 * steps run unattended, after the execution changed things.
 */
async function guardRefusal(input, runbook, plan) {
    const steps = [
        ['execution', runbook.execution],
        ['verification check', runbook.verify?.check],
        ['rollback', runbook.rollback]
    ];
    for (const [step, action] of steps) {
        if (!action)
            continue;
        let alarm;
        try {
            alarm = guardAlarmName(action, plan);
        }
        catch (error) {
            const unnamed = error instanceof Error ? error.message : String(error);
            return guardAlarmRefusal({ runbook: runbook.id, step, alarm: '' }, { unnamed });
        }
        if (alarm === undefined || !input.alarms)
            continue;
        const state = await input.alarms.state(alarm).catch((error) => ({
            unreadable: error instanceof Error ? error.message : String(error)
        }));
        const guard = { runbook: runbook.id, step, alarm };
        if (state === undefined)
            return guardAlarmRefusal(guard, 'missing');
        if (state === 'ALARM' || typeof state === 'object')
            return guardAlarmRefusal(guard, state);
    }
    return undefined;
}
/**
 * A `workflowDispatch` step: GitHub accepts the dispatch or refuses it (an unknown workflow or
 * ref, an input the workflow does not declare, a token without `actions: write`), and that is the
 * step's status. What the workflow then does is proven by `verify`, like any other step's effect.
 */
async function dispatchWorkflow(workflows, req, now) {
    const startedAt = new Date(now()).toISOString();
    const { owner, repo, workflow, ref } = req.input;
    const target = `${owner}/${repo}`;
    const done = (status, detail, id) => ({
        kind: 'workflow',
        id,
        status,
        detail,
        targets: [{ target, status, detail, stdoutTruncated: false, stderrTruncated: false }],
        startedAt,
        endedAt: new Date(now()).toISOString()
    });
    if (!workflows)
        return done('Failed', 'this job has no GitHub client for workflow dispatches; nothing was dispatched', workflow);
    try {
        const dispatched = await workflows.dispatch(req.input);
        return done('Success', `GitHub accepted the dispatch of ${workflow} on ${ref}${dispatched.url ? `: ${dispatched.url}` : ''}`, dispatched.id !== undefined ? `run ${dispatched.id}` : workflow);
    }
    catch (error) {
        return done('Failed', `GitHub refused the dispatch of ${workflow} on ${ref}: ${error instanceof Error ? error.message : String(error)}`, workflow);
    }
}
/** How long verification waited, as a reader wants it: `at once`, `after 40 s`, `after about 3 min`. */
function waitedFor(ms) {
    if (ms < 1_000)
        return 'at once';
    if (ms < 90_000)
        return `after ${Math.round(ms / 1_000)} s`;
    return `after about ${Math.round(ms / 60_000)} min`;
}

function githubWorkflows(octokit) {
    return {
        async dispatch(input) {
            const response = await octokit.request('POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches', {
                owner: input.owner,
                repo: input.repo,
                workflow_id: input.workflow,
                ref: input.ref,
                inputs: input.inputs,
                return_run_details: true
            });
            // 200 with the run's details; 204 (no body) where GitHub does not give them (Octokit's
            // types know only the 204).
            const run = response.data && typeof response.data === 'object'
                ? response.data
                : {};
            return {
                ...(typeof run.workflow_run_id === 'number' ? { id: run.workflow_run_id } : {}),
                ...(typeof run.html_url === 'string' ? { url: run.html_url } : {})
            };
        }
    };
}

// The `remediate` job (the environment-gated job after an approval): runs the issue's approved
// plan through SSM, verifies it against CloudWatch, rolls back on failure, records every step on
// the issue and fails the step when the fix did not hold.
/** What remediation asks of SSM's documents: the hash of each one's default version. */
const publishedHashes = (store) => ({
    publishedHash: async (name) => (await store.describe(name))?.hash
});
async function remediateJob(inputs, wiring) {
    const { host, facts, runtime } = wiring;
    const octokit = wiring.github(inputs.token);
    const notify = await wiring.notifier(inputs.notify);
    const [{ SSMClient }, { CloudWatchClient }, { ssmRunner }, { cloudWatchAlarms }, { ssmInstanceDirectory }, { ssmDocumentStore }, { ssmRunHistory }] = await Promise.all([
        import('./index-DOwztRd4.js'),
        import('./index-BOrWYg1R.js'),
        import('./ssm-7KJVM-cX.js'),
        import('./alarms-Cbw4YAsH.js'),
        import('./ssm-instances-7v17eAru.js'),
        import('./ssm-documents-CRkMRXrb.js'),
        import('./ssm-history-e6fXoZT4.js')
    ]);
    // Remediation retries harder than intake: a throttled status read must not strand a run.
    const aws = wiring.aws(inputs.awsRegion, { attempts: 5, adaptive: true });
    const ssm = new SSMClient(aws);
    const runId = facts.runId;
    const result = await remediateCommand({
        thread: githubIssueThread(octokit, inputs.repository, inputs.issueNumber),
        catalog: wiring.triageCatalog(inputs.catalog),
        ssm: ssmRunner(ssm),
        // A `workflowDispatch` step runs with this job's token: it needs `actions: write`.
        workflows: githubWorkflows(octokit),
        history: ssmRunHistory(ssm),
        alarms: cloudWatchAlarms(new CloudWatchClient(aws)),
        instances: ssmInstanceDirectory(ssm),
        records: wiring.records(inputs),
        approvalMode: inputs.approvalMode,
        ...(inputs.planDigest ? { expectedDigest: inputs.planDigest } : {}),
        ignoredLogins: inputs.ignoredLogins,
        requireAlarm: inputs.requireAlarm,
        closeOnSuccess: inputs.closeOnSuccess,
        ...(inputs.environment ? { environment: inputs.environment } : {}),
        ...(inputs.runUrl ? { runUrl: inputs.runUrl } : {}),
        ...(runId !== undefined
            ? { environmentApprovals: () => runApprovals(octokit, inputs.repository, runId) }
            : {}),
        ...(runtime.clock ? { clock: runtime.clock } : {}),
        // The published OpsLoop documents, unless this job sends shell lines (the opt-out).
        ...(inputs.runShellScript ? {} : { documents: publishedHashes(ssmDocumentStore(ssm)) })
    });
    host.setOutput('outcome', result.outcome);
    if (result.digest)
        host.setOutput('plan-digest', result.digest);
    for (const event of remediationEvents(result, inputs.runUrl))
        await notify(event);
    const message = `Remediation ${result.outcome}: ${result.reason}`;
    if (result.outcome === 'failed' || result.outcome === 'rolled-back')
        host.fail(message);
    else
        host.log.info(message);
}

export { remediateJob };
