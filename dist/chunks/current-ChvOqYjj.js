import { randomUUID, createHash } from 'node:crypto';
import { h as httpStatus, o as openRecords, F as FOREIGN_SEAL, p as planOf } from './http-error-BO0ZO46V.js';
import { f as removeIssueLabel, i as issueUpdate } from './client-CD7Wd6rh.js';
import { O as OPSLOOP_LABEL, R as RAN_LABEL_PREFIX, e as ranLabel } from './remediation-CLmPvxJN.js';
import { c as checkParameterValue } from './parameters-LDefB-qv.js';
import { p as planDigest, t as targetIds, s as sealed } from './plan-BkCj4M_u.js';

// The incident lock: a GitHub label per incident fingerprint that one intake at a time holds.
// Creating a label is atomic on GitHub (a second create of the same name answers 422
// `already_exists`), so the label serializes every intake of one incident across runners where a
// read-then-write could not: the look-up of its issue, opening it, counting a repeat and noting a
// recovery all happen under it. A workflow concurrency group cannot do this: GitHub keeps one
// pending run per group (or 100 with `queue: max`) and cancels the rest, which would lose counts.
//
// The label's description is a lease (`until <time>`), renewed while the lock is held, so a runner
// that died holding it blocks its incident for one lease at most. A stale lock is taken over by
// renaming it to a name derived from the lease that was seen: GitHub refuses a rename onto a name
// that exists and a rename of a name that is gone, so exactly one waiter wins, and a waiter that
// read an older lease can never rename a newer one (its target name is taken). Stale names are
// left in place for that reason; they only appear after a runner died holding a lock.
//
// Written here rather than taken from npm: the lock packages there lock files or Redis keys; none
// locks with GitHub's API, and the whole algorithm is the three atomic label operations above.
const LOCK_LABEL_PREFIX = 'opsloop:lock:';
const STALE_LABEL_PREFIX = 'opsloop:stale:';
/** Label names hold 50 characters: `opsloop:lock:` and a 16-hex fingerprint (or `run-<issue>`). */
const lockLabel = (fp) => `${LOCK_LABEL_PREFIX}${fp}`;
/**
 * GitHub's timing: a 2-minute lease renewed every 40 s; 8 minutes of waiting, inside intake's
 * 10-minute job. Waits from 2 s doubling to 15 s: a repeat holds the lock about 2.5 s (four
 * requests, writes 1 s apart), so a waiter behind a storm of them tries about 4 times a minute
 * (one request each); a count arrives a little later, and the budget lasts.
 */
const LOCK_TIMING = {
    leaseMs: 120_000,
    renewEveryMs: 40_000,
    firstPollMs: 2_000,
    maxPollMs: 15_000,
    waitMs: 8 * 60_000,
    skewMs: 10_000
};
/** The lock could not be taken in time: the run fails, and the delivery is not lost silently. */
class LockTimeoutError extends Error {
    name = 'LockTimeoutError';
}
const UNTIL = /until (\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z)/;
function describeLease(until, holder) {
    return `OpsLoop intake lock until ${new Date(until).toISOString()} · ${holder}`.slice(0, 100);
}
/**
 * Whether a lease seen in a description is over. A description that is not a lease, or whose
 * time is further away than one lease (someone edited it), counts as over: the worst a person with
 * write access can do is what deleting the label does.
 */
function leaseOver(description, now, timing) {
    const at = leaseUntil(description);
    return !Number.isFinite(at) || at <= now || at > now + timing.leaseMs + timing.skewMs;
}
/** The end of the lease a description states (ms), NaN when it states none. */
function leaseUntil(description) {
    const until = UNTIL.exec(description ?? '')?.[1];
    return until ? Date.parse(until) : NaN;
}
const staleLabel = (name, description) => `${STALE_LABEL_PREFIX}${createHash('sha256')
    .update(`${name}\n${description ?? ''}`)
    .digest('hex')
    .slice(0, 32)}`;
/** 422 `already_exists` (create or rename onto a taken name). */
function alreadyExists(e) {
    if (httpStatus(e) !== 422)
        return false;
    const errors = e.response?.data
        ?.errors;
    return errors?.some((x) => x.code === 'already_exists') ?? false;
}
function githubIncidentLock(octokit, repository, options = {}) {
    const timing = options.timing ?? LOCK_TIMING;
    const now = options.now ?? Date.now;
    const sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
    const random = options.random ?? Math.random;
    const warn = options.warn ?? (() => undefined);
    const holder = `${options.holder ?? 'run'} ${randomUUID().slice(0, 8)}`;
    const read = async (name) => {
        try {
            const { data } = await octokit.rest.issues.getLabel({ ...repository, name });
            return data.description;
        }
        catch (e) {
            if (httpStatus(e) === 404)
                return undefined;
            throw e;
        }
    };
    /**
     * Takes the lock: returns the lease it holds and until when. A waiter's attempt costs one
     * request (the create that GitHub refuses); it reads the holder's lease only when the lease it
     * last saw has run out, to take a lapsed lock over.
     */
    async function acquire(name) {
        const deadline = now() + timing.waitMs;
        let wait = timing.firstPollMs;
        let seenUntil = -Infinity;
        for (;;) {
            const until = now() + timing.leaseMs;
            const lease = describeLease(until, holder);
            try {
                await octokit.rest.issues.createLabel({
                    ...repository,
                    name,
                    color: 'ededed',
                    description: lease
                });
                return { lease, until };
            }
            catch (e) {
                if (!alreadyExists(e))
                    throw e;
            }
            if (now() >= seenUntil) {
                const seen = await read(name);
                // Released between our create and our read: try again at once.
                if (seen === undefined)
                    continue;
                if (leaseOver(seen, now(), timing)) {
                    try {
                        await octokit.rest.issues.updateLabel({
                            ...repository,
                            name,
                            new_name: staleLabel(name, seen)
                        });
                        warn(`Took over the lock ${name}: its holder's lease had run out (${seen ?? 'none'})`);
                    }
                    catch (e) {
                        // Another waiter took it over first, or it was released: try again.
                        if (!alreadyExists(e) && httpStatus(e) !== 404)
                            throw e;
                    }
                    continue;
                }
                seenUntil = leaseUntil(seen);
            }
            if (now() >= deadline)
                throw new LockTimeoutError(`another run has held the lock ${name} for this incident for over ${Math.round(timing.waitMs / 1000)} s; this delivery was not handled. Re-run this workflow run once that run ends, or delete the label if no run holds it`);
            // Jittered, so that waiters spread out rather than poll in step.
            await sleep(Math.round(wait * (0.5 + random() / 2)));
            wait = Math.min(wait * 2, timing.maxPollMs);
        }
    }
    return {
        async hold(fingerprint, work) {
            const name = lockLabel(fingerprint);
            let { lease, until } = await acquire(name);
            const held = { lost: false };
            const renew = async () => {
                try {
                    if ((await read(name)) !== lease) {
                        held.lost = true;
                        warn(`Lost the lock ${name}: another run took it over after the lease ran out`);
                        return;
                    }
                    const nextUntil = now() + timing.leaseMs;
                    const next = describeLease(nextUntil, holder);
                    await octokit.rest.issues.updateLabel({ ...repository, name, description: next });
                    lease = next;
                    until = nextUntil;
                }
                catch (e) {
                    warn(`Could not renew the lock ${name}: ${e instanceof Error ? e.message : String(e)}`);
                }
            };
            let renewing = Promise.resolve();
            const timer = setInterval(() => {
                if (!held.lost)
                    renewing = renewing.then(renew);
            }, timing.renewEveryMs);
            timer.unref();
            try {
                return await work();
            }
            finally {
                clearInterval(timer);
                await renewing;
                if (!held.lost) {
                    try {
                        // Within our lease nobody can have taken the lock over (a waiter renames only a lapsed
                        // one; with a margin for runners' clocks), so it is ours to delete without a look.
                        if (now() < until - timing.skewMs || (await read(name)) === lease)
                            await octokit.rest.issues.deleteLabel({ ...repository, name });
                    }
                    catch (e) {
                        // A lock left behind costs later deliveries one lease, never an incident.
                        if (httpStatus(e) !== 404)
                            warn(`Could not release the lock ${name} (it lapses by itself): ${e instanceof Error ? e.message : String(e)}`);
                    }
                }
            }
        }
    };
}

// One incident issue on GitHub, as issue/thread.ts declares it. The snapshot comes from GraphQL:
// each author's account id, and `lastEditedAt`/`includesCreatedEdit`, which tell precisely whether
// anyone changed an issue or comment (REST's timestamps have one-second resolution, so an edit in
// the second of posting would pass unseen). Comments and label events are paginated, 100 a page.
// Writes go through REST; creating a comment is the only one that notifies (`edit` does not).
const ACCOUNT = '__typename login ... on User { databaseId } ... on Bot { databaseId }';
const COMMENTS = `comments(first: 100, after: $comments) {
  pageInfo { hasNextPage endCursor }
  nodes { databaseId url body createdAt lastEditedAt includesCreatedEdit author { ${ACCOUNT} } }
}`;
const EVENTS = `timelineItems(first: 100, after: $events, itemTypes: [LABELED_EVENT, UNLABELED_EVENT]) {
  pageInfo { hasNextPage endCursor }
  nodes {
    __typename
    ... on LabeledEvent { createdAt label { name } actor { ${ACCOUNT} } }
    ... on UnlabeledEvent { createdAt label { name } actor { ${ACCOUNT} } }
  }
}`;
const ISSUE_QUERY = `query OpsLoopIssue($owner: String!, $name: String!, $number: Int!, $comments: String, $events: String) {
  repository(owner: $owner, name: $name) {
    issue(number: $number) {
      number url title state body createdAt
      author { ${ACCOUNT} }
      labels(first: 100) { nodes { name } }
      ${COMMENTS}
      ${EVENTS}
    }
  }
}`;
const MORE_COMMENTS = `query OpsLoopComments($owner: String!, $name: String!, $number: Int!, $comments: String) {
  repository(owner: $owner, name: $name) { issue(number: $number) { ${COMMENTS} } }
}`;
const MORE_EVENTS = `query OpsLoopLabelEvents($owner: String!, $name: String!, $number: Int!, $events: String) {
  repository(owner: $owner, name: $name) { issue(number: $number) { ${EVENTS} } }
}`;
const account = (a) => a
    ? {
        login: a.login,
        type: a.__typename,
        ...(typeof a.databaseId === 'number' ? { id: a.databaseId } : {})
    }
    : undefined;
function comment(c) {
    if (c.databaseId === null)
        return [];
    const author = account(c.author);
    return [
        {
            id: c.databaseId,
            url: c.url,
            body: c.body,
            createdAt: c.createdAt,
            edited: c.lastEditedAt !== null || c.includesCreatedEdit,
            ...(author ? { author } : {})
        }
    ];
}
function labelEvent(e) {
    if (!e.label || !e.createdAt)
        return [];
    const actor = account(e.actor);
    return [
        {
            label: e.label.name,
            added: e.__typename === 'LabeledEvent',
            createdAt: e.createdAt,
            ...(actor ? { actor } : {})
        }
    ];
}
const present = (nodes) => (nodes ?? []).filter((n) => n !== null);
/** Every node of a connection: the first page, then the pages after it, 100 at a time. */
async function allPages(first, next) {
    const nodes = present(first.nodes);
    let page = first.pageInfo;
    while (page.hasNextPage && page.endCursor) {
        const more = await next(page.endCursor);
        nodes.push(...present(more.nodes));
        page = more.pageInfo;
    }
    return nodes;
}
const PERMISSIONS = new Set(['admin', 'write', 'read', 'none']);
function githubIssueThread(octokit, repository, number, lock = {}) {
    const at = { ...repository, issue_number: number };
    const runLock = githubIncidentLock(octokit, repository, lock);
    const vars = { owner: repository.owner, name: repository.repo, number };
    const issueOf = (reply) => {
        const issue = reply.repository?.issue;
        if (!issue)
            throw new Error(`Issue #${number} was not found in ${repository.owner}/${repository.repo}.`);
        return issue;
    };
    return {
        async snapshot() {
            const first = issueOf(await octokit.graphql(ISSUE_QUERY, vars));
            const comments = await allPages(first.comments, async (cursor) => issueOf(await octokit.graphql(MORE_COMMENTS, {
                ...vars,
                comments: cursor
            })).comments);
            const events = await allPages(first.timelineItems, async (cursor) => issueOf(await octokit.graphql(MORE_EVENTS, {
                ...vars,
                events: cursor
            })).timelineItems);
            const author = account(first.author);
            return {
                issue: {
                    number: first.number,
                    url: first.url,
                    title: first.title,
                    state: first.state === 'CLOSED' ? 'closed' : 'open',
                    body: first.body,
                    labels: present(first.labels?.nodes ?? null).map((l) => l.name),
                    createdAt: first.createdAt,
                    ...(author ? { author } : {})
                },
                comments: comments.flatMap(comment).sort((a, b) => a.id - b.id),
                labelEvents: events.flatMap(labelEvent)
            };
        },
        async reply(body) {
            const { data } = await octokit.rest.issues.createComment({ ...at, body });
            return { id: data.id, url: data.html_url };
        },
        async edit(commentId, body) {
            await octokit.rest.issues.updateComment({ ...repository, comment_id: commentId, body });
        },
        async update(update) {
            await octokit.rest.issues.update({ ...at, ...issueUpdate(update) });
        },
        async addLabels(labels) {
            await octokit.rest.issues.addLabels({ ...at, labels });
        },
        // The run lock is the incident lock's mechanism, keyed on the issue: `opsloop:lock:run-<n>`.
        exclusive: (work) => runLock.hold(`run-${number}`, work),
        removeLabel: (label) => removeIssueLabel(octokit, at, label),
        async permissionOf(login) {
            try {
                const { data } = await octokit.rest.repos.getCollaboratorPermissionLevel({
                    ...repository,
                    username: login
                });
                return PERMISSIONS.has(data.permission)
                    ? data.permission
                    : 'none';
            }
            catch (error) {
                if (httpStatus(error) === 404)
                    return 'none';
                throw error;
            }
        },
        async teamMember(org, slug, login) {
            try {
                const { data } = await octokit.rest.teams.getMembershipForUserInOrg({
                    org,
                    team_slug: slug,
                    username: login
                });
                return data.state === 'active';
            }
            catch (error) {
                if (httpStatus(error) === 404)
                    return false;
                const status = httpStatus(error);
                if (status === 403 || status === 401)
                    return undefined;
                throw error;
            }
        }
    };
}

const NOT_OPSLOOP = 'this issue was not opened by OpsLoop (no sealed incident record from its author), so nothing here is acted on';
function readLedger(snapshot, key, repo) {
    const { issue } = snapshot;
    const author = issue.author;
    if (author?.id === undefined)
        return { authentic: false, reason: NOT_OPSLOOP };
    const identity = { ...author, id: author.id };
    if (!issue.labels.includes(OPSLOOP_LABEL))
        return {
            authentic: false,
            reason: `this issue does not carry the \`${OPSLOOP_LABEL}\` label, so it is not an OpsLoop incident`
        };
    const scope = { repo, issue: issue.number };
    // OpsLoop's unedited comments may hold records; everyone else's are where commands come from.
    const own = snapshot.comments.filter((c) => c.author?.id === identity.id && !c.edited);
    const human = snapshot.comments.filter((c) => c.author?.id !== identity.id);
    const ledger = {
        authentic: true,
        identity,
        plans: [],
        claims: [],
        cancels: [],
        settings: [],
        retriages: [],
        ranLabels: new Set(),
        human
    };
    let incident;
    let foreignSeal = false;
    for (const c of own) {
        for (const opened of openRecords(c.body, key, scope, 'comment')) {
            if (!opened.ok) {
                if (opened.problem === FOREIGN_SEAL)
                    foreignSeal = true;
                continue;
            }
            const r = opened.record;
            // Only OpsLoop writes here, so these guards hold against bugs rather than attackers.
            if (incident && r.fingerprint !== incident.fingerprint)
                continue;
            switch (r.kind) {
                case 'incident':
                    incident ??= r;
                    break;
                case 'plan':
                    if (incident)
                        ledger.plans.push({ plan: planOf(r), commentId: c.id });
                    break;
                case 'claim':
                    ledger.claims.push({ digest: r.digest, commentId: c.id });
                    break;
                case 'cancel':
                    ledger.cancels.push({ digest: r.digest, by: r.by, commentId: c.id });
                    break;
                case 'set':
                    ledger.settings.push({
                        runbook: r.runbook,
                        name: r.name,
                        value: r.value,
                        by: r.by,
                        commentId: c.id
                    });
                    break;
                case 'retriage':
                    ledger.retriages.push({ by: r.by, commentId: c.id });
                    break;
            }
        }
    }
    if (!incident) {
        const edited = snapshot.comments.find((c) => c.author?.id === identity.id && c.edited && c.body.includes('opsloop:record'));
        // A bot's records sealed with another key: most likely the key was rotated, or this job
        // was given another one. Still refused; the reply says what to check.
        const rotated = foreignSeal && identity.type === 'Bot';
        return {
            authentic: false,
            reason: edited
                ? `OpsLoop's sealed record of this incident (${edited.url}) was edited after it was posted, so nothing on this issue can be trusted or run; handle the incident by hand`
                : rotated
                    ? "OpsLoop's records on this issue were sealed with another key (was `record-key` rotated, or does this job get a different one?), so nothing here is acted on; every OpsLoop job must use the same key"
                    : NOT_OPSLOOP
        };
    }
    for (const e of snapshot.labelEvents)
        if (e.added && e.actor?.id === identity.id && e.label.startsWith(RAN_LABEL_PREFIX))
            ledger.ranLabels.add(e.label.slice(RAN_LABEL_PREFIX.length));
    return {
        ...ledger,
        incident: incident.incident,
        fingerprint: incident.fingerprint,
        ...(incident.event ? { event: incident.event } : {})
    };
}
/** The plan OpsLoop proposed last, if any. */
const currentEntry = (ledger) => ledger.plans.at(-1);
/** Whether a plan was ever claimed for a run here, by a claim comment or a label event. */
function wasClaimed(ledger, digest) {
    return (ledger.claims.some((c) => c.digest === digest) ||
        ledger.ranLabels.has(ranLabel(digest).slice(RAN_LABEL_PREFIX.length)));
}

// Is OpsLoop's last plan on an issue still the plan? The plan comes from OpsLoop's own sealed record
// (issue/ledger.ts), and is re-checked against the runbook as it is now on the default branch: the
// runbook must still exist and validate, still declare every parameter and accept its value, and
// still allow that many targets; the digest is recomputed over the runbook's current content.
// When anything differs, `changes` says exactly what, so a reply never claims a change that did
// not happen.
function currentPlan(stored, catalog) {
    const entry = catalog.find((c) => c.runbook.id === stored.runbook.id);
    if (!entry)
        return {
            kind: 'invalid',
            reason: `runbook \`${stored.runbook.id}\` is no longer in the catalog, or no longer validates`
        };
    if (stored.problems.length > 0 || stored.digest === undefined)
        return { kind: 'invalid', reason: 'this plan is incomplete; see its problems on the issue' };
    if (planDigest(stored) !== stored.digest)
        return { kind: 'invalid', reason: 'the recorded plan does not match its own digest' };
    const declared = entry.runbook.parameters ?? {};
    for (const p of stored.parameters) {
        const param = declared[p.name];
        if (!param)
            return { kind: 'invalid', reason: `the runbook no longer declares \`${p.name}\`` };
        const wrong = p.value === undefined ? 'has no value' : checkParameterValue(param, p.value);
        if (wrong)
            return { kind: 'invalid', reason: `parameter \`${p.name}\` ${wrong}` };
    }
    const missing = Object.keys(declared).filter((n) => !stored.parameters.some((p) => p.name === n));
    if (missing.length > 0)
        return {
            kind: 'invalid',
            reason: `the runbook now needs ${missing.map((n) => `\`${n}\``).join(', ')}; a new plan is needed`
        };
    if (targetIds(stored.targets).length > entry.runbook.targets.max)
        return {
            kind: 'invalid',
            reason: `the plan has ${targetIds(stored.targets).length} targets and the runbook now allows ${entry.runbook.targets.max}`
        };
    const refreshed = sealed({
        ...stored,
        runbook: {
            ...stored.runbook,
            title: entry.runbook.title,
            risk: entry.runbook.risk,
            file: entry.file,
            digest: entry.digest
        }
    });
    if (refreshed.digest === stored.digest)
        return { kind: 'current', plan: stored, entry };
    return {
        kind: 'changed',
        plan: refreshed,
        entry,
        was: stored.digest,
        changes: planChanges(stored, refreshed)
    };
}
const short = (digest) => digest.slice(0, 12);
const shown = (v) => (v === undefined ? '(none)' : JSON.stringify(v));
/** Targets in `after` that `before` lacks, and the reverse. */
function targetDifference(before, after) {
    const a = new Set(targetIds(before));
    const b = new Set(targetIds(after));
    return { added: [...b].filter((x) => !a.has(x)), removed: [...a].filter((x) => !b.has(x)) };
}
/** What differs between two plans, in sentences (plain text, with code spans). */
function planChanges(before, after) {
    const out = [];
    if (before.runbook.id !== after.runbook.id)
        out.push(`runbook \`${before.runbook.id}\` → \`${after.runbook.id}\``);
    else if (before.runbook.digest !== after.runbook.digest)
        out.push(`runbook \`${after.runbook.id}\` changed on the default branch (content sha256 \`${short(before.runbook.digest)}\` → \`${short(after.runbook.digest)}\`)`);
    const names = new Set([...before.parameters, ...after.parameters].map((p) => p.name));
    for (const name of names) {
        const a = before.parameters.find((p) => p.name === name);
        const b = after.parameters.find((p) => p.name === name);
        if (a?.value !== b?.value) {
            const sensitive = a?.sensitive === true || b?.sensitive === true;
            out.push(sensitive
                ? `parameter \`${name}\` changed (sensitive)`
                : `parameter \`${name}\`: ${shown(a?.value)} → ${shown(b?.value)}`);
        }
    }
    const { added, removed } = targetDifference(before.targets, after.targets);
    if (added.length > 0)
        out.push(`targets added: ${added.map((t) => `\`${t}\``).join(', ')}`);
    if (removed.length > 0)
        out.push(`targets removed: ${removed.map((t) => `\`${t}\``).join(', ')}`);
    if (before.targets?.kind !== after.targets?.kind)
        out.push(`targets are now ${after.targets?.kind ?? 'none'} (were ${before.targets?.kind ?? 'none'})`);
    for (const k of ['fingerprint', 'alarmName', 'account', 'region'])
        if (before.incident[k] !== after.incident[k])
            out.push(`incident ${k}: ${shown(before.incident[k])} → ${shown(after.incident[k])}`);
    if ((before.requestedBy ?? '').toLowerCase() !== (after.requestedBy ?? '').toLowerCase())
        out.push(`requester: ${shown(before.requestedBy)} → ${shown(after.requestedBy)}`);
    return out;
}

export { currentPlan as a, githubIncidentLock as b, currentEntry as c, githubIssueThread as g, planChanges as p, readLedger as r, wasClaimed as w };
