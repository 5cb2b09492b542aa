import { h as httpStatus, O as OPSLOOP_LABEL, R as RAN_LABEL_PREFIX, e as ranLabel, p as planDigest, f as targetIds, s as sealed } from './http-error-BCVDtLyb.js';
import { i as issueUpdate } from './client-Cx15N0wL.js';
import { o as openRecords, F as FOREIGN_SEAL, p as planOf } from './record-BtRQAsda.js';
import { a as checkParameterValue } from './glob-5jAi9Bas.js';

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
function githubIssueThread(octokit, repository, number) {
    const at = { ...repository, issue_number: number };
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
        async update(update) {
            await octokit.rest.issues.update({ ...at, ...issueUpdate(update) });
        },
        async addLabels(labels) {
            await octokit.rest.issues.addLabels({ ...at, labels });
        },
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

export { currentPlan as a, currentEntry as c, githubIssueThread as g, planChanges as p, readLedger as r, wasClaimed as w };
