import { randomUUID, createHash } from 'node:crypto';
import { h as httpStatus } from './http-error-C1Lek3oc.js';
import { r as removeIssueLabel, a as issueUpdate, i as int64Id } from './client-D2jLBN-l.js';

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
            const { data } = await octokit.request('GET /repos/{owner}/{repo}/labels/{name}', {
                ...repository,
                name
            });
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
                await octokit.request('POST /repos/{owner}/{repo}/labels', {
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
                        await octokit.request('PATCH /repos/{owner}/{repo}/labels/{name}', {
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
                    await octokit.request('PATCH /repos/{owner}/{repo}/labels/{name}', {
                        ...repository,
                        name,
                        description: next
                    });
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
                            await octokit.request('DELETE /repos/{owner}/{repo}/labels/{name}', {
                                ...repository,
                                name
                            });
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
            const { data } = await octokit.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', { ...at, body });
            return { id: int64Id(data.id), url: data.html_url };
        },
        async edit(commentId, body) {
            await octokit.request('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', {
                ...repository,
                comment_id: commentId,
                body
            });
        },
        async update(update) {
            await octokit.request('PATCH /repos/{owner}/{repo}/issues/{issue_number}', {
                ...at,
                ...issueUpdate(update)
            });
        },
        async addLabels(labels) {
            await octokit.request('POST /repos/{owner}/{repo}/issues/{issue_number}/labels', {
                ...at,
                labels
            });
        },
        // The run lock is the incident lock's mechanism, keyed on the issue: `opsloop:lock:run-<n>`.
        exclusive: (work) => runLock.hold(`run-${number}`, work),
        removeLabel: (label) => removeIssueLabel(octokit, at, label),
        async permissionOf(login) {
            try {
                const { data } = await octokit.request('GET /repos/{owner}/{repo}/collaborators/{username}/permission', {
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
                const { data } = await octokit.request('GET /orgs/{org}/teams/{team_slug}/memberships/{username}', {
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

export { githubIncidentLock as a, githubIssueThread as g };
