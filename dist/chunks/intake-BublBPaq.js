import { mkdir, writeFile, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { a as int64Id, i as issueUpdate, r as removeIssueLabel, l as labelNames, b as parseCommentCommand } from './client-DrpVQns_.js';
import { S as SNAPSHOT_ARTIFACT, D as DEFAULT_GATHER } from './gather-BMBgMGz7.js';
import { f as fingerprintLabel, O as OPSLOOP_LABEL, s as sourceLabel, W as WATCH_LABEL } from './labels-CduwHnJ-.js';
import { a as githubIncidentLock, g as githubIssueThread } from './issue-thread-ajGyv9Vc.js';
import { t as tokenize } from './exclude-COoXxDpR.js';
import { b as readHealth, c as readWatch, a as intakeCommand, d as chooseProvider } from './triage-provider-C5naTUv7.js';
import { i as intakeEvents } from './from-results-CA-kSsGQ.js';
import { a as cell, c as code } from './markdown-DUQQBL0n.js';
import { r as required } from './inputs-B5sfpW0A.js';

/** The environment OpsLoop's own jobs run in (see the shipped workflows). */
const OPSLOOP_ENVIRONMENT = 'opsloop';
/** Pages read per kind: the lists are newest first, so the window's start is reached early. */
const MAX_PAGES = 3;
/** Deployments whose latest status is looked up (one request each). */
const STATUS_LOOKUPS = 5;
/** Earlier deployments of the environment whose status is checked for the previous good one. */
const PREVIOUS_LOOKUPS = 3;
/** Files kept per commit, and the characters kept of each file's patch. */
const FILES_PER_COMMIT = 30;
const PATCH_CHARS = 4_000;
const COMPARE_PAGE = 100;
/** A patch cut at a line boundary, so a diff line is never half there. */
function boundedPatch(patch) {
    if (patch === undefined || patch.length <= PATCH_CHARS)
        return patch;
    const cut = patch.lastIndexOf('\n', PATCH_CHARS);
    return patch.slice(0, cut > 0 ? cut : PATCH_CHARS);
}
/** The service a deployment's payload names (`{"service": "checkout"}`), if it is a plain name. */
function payloadService(payload) {
    let value = payload;
    if (typeof value === 'string') {
        try {
            value = JSON.parse(value);
        }
        catch {
            return undefined;
        }
    }
    const service = value && typeof value === 'object' ? value.service : undefined;
    return typeof service === 'string' && /^[A-Za-z0-9][\w.:/-]{0,127}$/.test(service)
        ? service
        : undefined;
}
const inWindow = (t, since, until) => t >= since && t <= until;
const time = (iso) => (iso ? Date.parse(iso) : NaN);
function githubChanges(octokit) {
    /** Reads newest-first pages until an item is older than the window (or the page limit). */
    async function newest(fetchPage, sortTime, since) {
        const items = [];
        for (let page = 1; page <= MAX_PAGES; page++) {
            const data = await fetchPage(page);
            items.push(...data);
            const last = data.at(-1);
            if (data.length < 100 || !last || sortTime(last) < since)
                break;
        }
        return items;
    }
    const readers = {
        async deployment(r, since, until) {
            const all = await newest(async (page) => (await octokit.request('GET /repos/{owner}/{repo}/deployments', {
                ...r,
                per_page: 100,
                page
            })).data, (d) => time(d.created_at), since);
            // OpsLoop's own jobs run in the `opsloop` environment (to receive the record key), which
            // GitHub records as deployments: they are not changes to the system.
            const recent = all.filter((d) => d.environment !== OPSLOOP_ENVIRONMENT && inWindow(time(d.created_at), since, until));
            return Promise.all(recent.map(async (d, i) => {
                const latest = i < STATUS_LOOKUPS
                    ? (await octokit.request('GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses', {
                        ...r,
                        deployment_id: int64Id(d.id),
                        per_page: 1
                    })).data[0]
                    : undefined;
                const state = latest?.state;
                const service = payloadService(d.payload);
                return {
                    kind: 'deployment',
                    repo: `${r.owner}/${r.repo}`,
                    at: time(d.created_at),
                    title: d.description ?? '',
                    ...(d.creator?.login ? { author: d.creator.login } : {}),
                    ref: d.ref,
                    sha: d.sha,
                    environment: d.environment,
                    id: int64Id(d.id),
                    ...(state ? { state } : {}),
                    ...(latest ? { finishedAt: time(latest.created_at) } : {}),
                    ...(service ? { service } : {})
                };
            }));
        },
        async release(r, since, until) {
            const all = await newest(async (page) => (await octokit.request('GET /repos/{owner}/{repo}/releases', {
                ...r,
                per_page: 100,
                page
            })).data, (x) => time(x.created_at), since);
            return all
                .filter((x) => !x.draft && inWindow(time(x.published_at), since, until))
                .map((x) => ({
                kind: 'release',
                repo: `${r.owner}/${r.repo}`,
                at: time(x.published_at),
                title: x.name ?? x.tag_name,
                author: x.author.login,
                ref: x.tag_name,
                url: x.html_url,
                ...(x.prerelease ? { state: 'prerelease' } : {})
            }));
        },
        async pull(r, since, until) {
            // Sorted by last update: a pull request merged in the window was updated in it or later.
            const all = await newest(async (page) => (await octokit.request('GET /repos/{owner}/{repo}/pulls', {
                ...r,
                state: 'closed',
                sort: 'updated',
                direction: 'desc',
                per_page: 100,
                page
            })).data, (p) => time(p.updated_at), since);
            return all
                .filter((p) => inWindow(time(p.merged_at), since, until))
                .map((p) => ({
                kind: 'pull',
                repo: `${r.owner}/${r.repo}`,
                at: time(p.merged_at),
                title: p.title,
                ...(p.user?.login ? { author: p.user.login } : {}),
                ref: p.base.ref,
                ...(p.merge_commit_sha ? { sha: p.merge_commit_sha } : {}),
                number: p.number,
                url: p.html_url
            }));
        }
    };
    /** The environment's latest successful deployment before this one, of another commit. */
    async function previousGood(r, deployment) {
        const earlier = (await octokit.request('GET /repos/{owner}/{repo}/deployments', {
            ...r,
            ...(deployment.environment ? { environment: deployment.environment } : {}),
            per_page: 30
        })).data.filter((d) => time(d.created_at) < deployment.at && d.sha !== deployment.sha);
        for (const d of earlier.slice(0, PREVIOUS_LOOKUPS)) {
            const statuses = await octokit.request('GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses', {
                ...r,
                deployment_id: int64Id(d.id),
                per_page: 1
            });
            if (statuses.data[0]?.state === 'success')
                return d.sha;
        }
        return undefined;
    }
    async function shipped(r, sha) {
        const { data } = await octokit.request('GET /repos/{owner}/{repo}/commits/{ref}', {
            ...r,
            ref: sha
        });
        const author = data.author?.login ?? data.commit.author?.name ?? undefined;
        return {
            sha: data.sha,
            at: time(data.commit.committer?.date ?? data.commit.author?.date),
            message: data.commit.message,
            ...(author ? { author } : {}),
            files: (data.files ?? []).slice(0, FILES_PER_COMMIT).map((f) => {
                const patch = boundedPatch(f.patch);
                return { path: f.filename, status: f.status, ...(patch !== undefined ? { patch } : {}) };
            })
        };
    }
    return {
        async list(kind, repo, since, until) {
            const changes = await readers[kind](repo, since, until);
            return changes.sort((a, b) => b.at - a.at);
        },
        async build(r, deployment) {
            const head = deployment.sha;
            if (!head)
                return { commits: [] };
            const previousSha = await previousGood(r, deployment);
            let shas = [head];
            let truncated;
            if (previousSha) {
                const compare = (page) => octokit.request('GET /repos/{owner}/{repo}/compare/{basehead}', {
                    ...r,
                    basehead: `${previousSha}...${head}`,
                    per_page: COMPARE_PAGE,
                    page
                });
                let { data } = await compare(1);
                // Pages list commits oldest first; the newest ones (the head and before) are wanted.
                const last = Math.ceil(data.total_commits / COMPARE_PAGE);
                if (last > 1)
                    data = (await compare(last)).data;
                shas = data.commits.map((c) => c.sha).slice(-10);
                if (data.total_commits > shas.length)
                    truncated = `${data.total_commits} commits shipped; the newest ${shas.length} were read`;
                if (shas.length === 0)
                    shas = [head];
            }
            const commits = await Promise.all(shas.map((sha) => shipped(r, sha)));
            return {
                ...(previousSha ? { previousSha } : {}),
                commits,
                ...(truncated ? { truncated } : {})
            };
        }
    };
}

// Incident issues on GitHub, as intake needs them: the issues labelled with a fingerprint, open
// and closed (listing by label, never the search API, whose index lags), oldest first; create
// one, comment on one, update one; and the incident's lock (incident-lock.ts). Which of them is
// OpsLoop's own is decided by intake from the sealed record.
function githubIncidentIssues(octokit, repository, lock = {}) {
    const incidentLock = githubIncidentLock(octokit, repository, lock);
    return {
        async find(fp) {
            const found = await octokit.paginate('GET /repos/{owner}/{repo}/issues', {
                ...repository,
                labels: fingerprintLabel(fp),
                state: 'all',
                per_page: 100
            });
            return found
                .filter((i) => i.pull_request === undefined)
                .sort((a, b) => a.number - b.number)
                .map((i) => ({
                number: i.number,
                url: i.html_url,
                body: i.body ?? '',
                labels: labelNames(i.labels),
                state: i.state === 'closed' ? 'closed' : 'open'
            }));
        },
        exclusive: (fp, work) => incidentLock.hold(fp, work),
        async create(draft) {
            const { data } = await octokit.request('POST /repos/{owner}/{repo}/issues', {
                ...repository,
                ...draft
            });
            return { number: data.number, url: data.html_url };
        },
        async comment(issue, body) {
            await octokit.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
                ...repository,
                issue_number: issue,
                body
            });
        },
        async addLabel(issue, label) {
            await octokit.request('POST /repos/{owner}/{repo}/issues/{issue_number}/labels', {
                ...repository,
                issue_number: issue,
                labels: [label]
            });
        },
        removeLabel: (issue, label) => removeIssueLabel(octokit, { ...repository, issue_number: issue }, label),
        async update(issue, update) {
            await octokit.request('PATCH /repos/{owner}/{repo}/issues/{issue_number}', {
                ...repository,
                issue_number: issue,
                ...issueUpdate(update)
            });
        }
    };
}

// How alike two incident titles are: Jaccard similarity of their stemmed terms, ignoring the words
// every OpsLoop title has. Past incidents with similar titles become evidence.
/** Titles sharing at least this share of their terms (Jaccard) count as similar. */
const SIMILAR_TITLE = 0.5;
/** Words every OpsLoop title has (`[incident] … is ALARM in …`) say nothing about similarity. */
const BOILERPLATE = new Set(tokenize('incident alarm'));
const titleTerms = (title) => new Set(tokenize(title).filter((t) => !BOILERPLATE.has(t)));
/** Jaccard similarity of two texts' terms (stemmed, stop words and bare numbers dropped). */
function titleSimilarity(a, b) {
    const x = titleTerms(a);
    const y = titleTerms(b);
    if (x.size === 0 || y.size === 0)
        return 0;
    let shared = 0;
    for (const t of x)
        if (y.has(t))
            shared++;
    return shared / (x.size + y.size - shared);
}

/** Closed OpsLoop issues compared by title when looking for similar ones. */
const SIMILAR_SCAN = 50;
function githubPastIncidents(octokit, repository) {
    const closed = async (labels, perPage) => (await octokit.request('GET /repos/{owner}/{repo}/issues', {
        ...repository,
        labels,
        state: 'closed',
        sort: 'updated',
        direction: 'desc',
        per_page: perPage
    })).data.filter((i) => i.pull_request === undefined);
    const past = (i, sameAlarm, similarity) => ({
        number: i.number,
        title: i.title,
        url: i.html_url,
        ...(i.closed_at ? { closedAt: i.closed_at } : {}),
        labels: labelNames(i.labels),
        sameAlarm,
        similarity
    });
    return {
        async related(fp, title) {
            const [same, recent] = await Promise.all([
                closed(fingerprintLabel(fp), 10),
                closed(OPSLOOP_LABEL, SIMILAR_SCAN)
            ]);
            const seen = new Set(same.map((i) => i.number));
            const similar = recent
                .filter((i) => !seen.has(i.number))
                .map((i) => past(i, false, titleSimilarity(title, i.title)))
                .filter((p) => p.similarity >= SIMILAR_TITLE)
                .sort((a, b) => b.similarity - a.similarity);
            return [...same.map((i) => past(i, true, 1)), ...similar];
        }
    };
}

/** Health issues read, most recently updated first: one page. Older ones are not looked at. */
const HEALTH_READ = 50;
const timeOf = (iso) => {
    const t = iso ? Date.parse(iso) : NaN;
    return Number.isFinite(t) ? t : undefined;
};
function githubHealthIssues(octokit, repository, records) {
    return {
        async notices(sinceMs) {
            const { data } = await octokit.request('GET /repos/{owner}/{repo}/issues', {
                ...repository,
                labels: `${OPSLOOP_LABEL},${sourceLabel('health')}`,
                state: 'all',
                since: new Date(sinceMs).toISOString(),
                sort: 'updated',
                direction: 'desc',
                per_page: HEALTH_READ
            });
            // One notice per Health event (its fingerprint): a body copied into another issue by
            // someone with write access repeats a genuine record, and the first issue, OpsLoop's own
            // (a copy can only come later), is the one cited.
            const found = new Map();
            for (const issue of [...data].sort((a, b) => a.number - b.number)) {
                if (issue.pull_request !== undefined)
                    continue;
                const health = readHealth(issue.body ?? '', records.key, records.repo);
                if (!health || found.has(health.fingerprint))
                    continue;
                const startedAt = timeOf(health.startTime);
                const endedAt = timeOf(health.endTime);
                found.set(health.fingerprint, {
                    issue: issue.number,
                    url: issue.html_url,
                    eventTypeCode: health.eventTypeCode,
                    ...(health.service ? { service: health.service } : {}),
                    ...(health.statusCode ? { statusCode: health.statusCode } : {}),
                    ...(health.region ? { region: health.region } : {}),
                    ...(startedAt === undefined ? {} : { startedAt }),
                    ...(endedAt === undefined ? {} : { endedAt }),
                    entities: health.entities
                });
            }
            return [...found.values()];
        }
    };
}

/** Open watch issues read, newest first: one page. Older ones are not looked at. */
const WATCHES_READ = 50;
function githubWatchIssues(octokit, repository, records) {
    return {
        async watches(logGroups) {
            const wanted = new Set(logGroups);
            const { data } = await octokit.request('GET /repos/{owner}/{repo}/issues', {
                ...repository,
                labels: `${OPSLOOP_LABEL},${WATCH_LABEL}`,
                state: 'open',
                sort: 'created',
                direction: 'desc',
                per_page: WATCHES_READ
            });
            const found = [];
            for (const issue of data) {
                if (issue.pull_request !== undefined)
                    continue;
                const watch = readWatch(issue.body ?? '', records.key, records.repo);
                if (!watch || !wanted.has(watch.logGroup))
                    continue;
                const firstSignalAt = watch.firedAt === undefined ? NaN : Date.parse(watch.firedAt);
                found.push({
                    number: issue.number,
                    url: issue.html_url,
                    title: issue.title,
                    logGroup: watch.logGroup,
                    ...(Number.isFinite(firstSignalAt) ? { firstSignalAt } : {})
                });
            }
            return found;
        }
    };
}

const WHAT = {
    created: 'opened a new incident issue',
    updated: 'counted a repeat delivery on the open issue',
    duplicate: 'ignored a redelivery of an event already counted',
    resolved: 'noted the recovery on the open issue',
    skipped: 'did nothing'
};
function intakeSummary(result) {
    const rows = [['Action', `${result.action}: ${WHAT[result.action]}`]];
    if (result.action === 'skipped')
        rows.push(['Why', cell(result.reason)]);
    else {
        rows.push(['Issue', `[#${result.issue.number}](${encodeURI(result.issue.url)})`]);
        rows.push(['Severity', result.severity]);
        if (result.action === 'created') {
            rows.push(['Triage', code(result.provider)]);
            rows.push(['Runbook', result.runbook ? code(result.runbook) : 'none proposed']);
            if (result.planDigest)
                rows.push(['Plan digest', code(result.planDigest)]);
        }
        if ('occurrences' in result && result.occurrences !== undefined)
            rows.push(['Occurrences', String(result.occurrences)]);
    }
    if (result.fingerprint)
        rows.push(['Fingerprint', code(result.fingerprint)]);
    return [
        '## OpsLoop intake',
        '',
        '| | |',
        '| --- | --- |',
        ...rows.map(([k, v]) => `| ${k} | ${v} |`),
        ''
    ].join('\n');
}

// A value made on first use, once: a look-up or client a job needs only on some paths, shared by
// every path that needs it.
function once(make) {
    let made;
    return () => (made ??= make());
}

// The `intake` job (repository_dispatch, or a replay by workflow_dispatch): the AWS incident ends
// up in exactly one issue, triaged with a plan proposed. Evidence sources are built only when a
// new incident needs them: past incidents and recent changes from GitHub always; CloudWatch logs
// and metrics, the SSM instance directory and the look-ups of the incident's facts (tags, ECS,
// Auto Scaling, the SSM status of its instances, log anomalies) when the job has an AWS region.
// How it builds intake's input (intakeSetup, triageProvider) is exported: reconcile hands the
// deliveries that never arrived to intake with the same.
async function intakeJob(inputs, wiring) {
    const { host, facts } = wiring;
    const webhook = await wiring.webhook();
    const provider = triageProvider(inputs, wiring);
    if (facts.eventName === 'issue_comment')
        return asksQuestion(webhook)
            ? askJob(inputs, wiring, provider, webhook)
            : replanJob(inputs, wiring, provider, webhook);
    const notify = await wiring.notifier(inputs.notify);
    const result = await intakeCommand({
        ...intakeSetup(inputs, wiring, provider),
        ...(inputs.snapshot?.runUrl ? { snapshotRun: inputs.snapshot.runUrl } : {}),
        eventName: required(facts, 'eventName'),
        webhook
    });
    host.setOutput('action', result.action);
    if (result.fingerprint)
        host.setOutput('fingerprint', result.fingerprint);
    if (result.action === 'skipped') {
        host.log.notice(`No incident issue: ${result.reason}`);
        return;
    }
    host.setOutput('issue-number', String(result.issue.number));
    host.setOutput('issue-url', result.issue.url);
    host.setOutput('severity', result.severity);
    if (result.action === 'created') {
        host.setOutput('triage-provider', result.provider);
        if (result.runbook)
            host.setOutput('runbook-id', result.runbook);
        if (result.planDigest)
            host.setOutput('plan-digest', result.planDigest);
        if (result.snapshot && inputs.snapshot)
            host.setOutput('snapshot', await writeSnapshot(inputs.snapshot.dir, result.snapshot));
    }
    if ('occurrences' in result && result.occurrences !== undefined)
        host.setOutput('occurrences', String(result.occurrences));
    await host.summary(intakeSummary(result));
    host.log.info(`Incident ${result.action}: ${result.issue.url}`);
    for (const event of intakeEvents(result, inputs.policy.closeOnRecovery))
        await notify(event);
}
/**
 * The snapshot as `<dir>/opsloop-snapshot/snapshot.json`, the folder `opsloop triage --snapshot`
 * replays once the artifact is downloaded; returns the folder.
 */
async function writeSnapshot(dir, snapshot) {
    // Loaded here, after the issue is filed: start-up pays for none of it.
    const { SNAPSHOT_FILE } = await import('./snapshot-CPWUWSRP.js');
    const folder = join(dir, SNAPSHOT_ARTIFACT);
    await mkdir(folder, { recursive: true });
    await writeFile(join(folder, SNAPSHOT_FILE), `${JSON.stringify(snapshot, null, 2)}\n`);
    return folder;
}
/**
 * The triage provider intake uses. Bedrock retries harder than the evidence reads (4 attempts,
 * adaptive): a throttled model call costs a whole triage.
 */
function triageProvider(inputs, wiring) {
    return chooseProvider(inputs.provider, wiring.aws(inputs.awsRegion, { attempts: 4, adaptive: true }));
}
/**
 * Everything intakeCommand takes besides the delivery, as this job builds it; reconcile hands the
 * deliveries that never arrived to intake with the same.
 */
function intakeSetup(inputs, wiring, provider) {
    const { host, facts } = wiring;
    return {
        records: wiring.records(inputs),
        ...lookups(inputs, wiring),
        eventType: inputs.eventType,
        catalog: wiring.triageCatalog(inputs.catalog),
        // The incident's lock names this run, so a person looking at a held lock knows whose it is.
        issues: githubIncidentIssues(wiring.github(inputs.token), inputs.repository, {
            holder: facts.runId !== undefined ? `run ${facts.runId}` : 'run',
            warn: host.log.warning
        }),
        provider,
        policy: inputs.policy,
        stage: host.log.group,
        ...(facts.sha ? { commit: facts.sha } : {}),
        ...(facts.actor ? { requestedBy: facts.actor } : {})
    };
}
/**
 * On `issue_comment` (remediation.yml's `replan` job, after the comment job accepted a `/set` or
 * `/retriage`): the plan made again from the issue's sealed records, with this job's read-only
 * AWS look-ups, which the comment job does not have.
 */
async function replanJob(inputs, wiring, provider, webhook) {
    const { host } = wiring;
    const number = webhook.issue?.number;
    if (typeof number !== 'number')
        throw new Error('Planning again needs an issue_comment event on an incident issue.');
    // Planning again is this job's rarer half: its flow (and the pipeline) load only for it.
    const { replanCommand } = await import('./replan--WRSjiqh.js');
    const result = await replanCommand({
        thread: githubIssueThread(wiring.github(inputs.token), inputs.repository, number),
        records: wiring.records(inputs),
        catalog: wiring.triageCatalog(inputs.catalog),
        provider,
        ...lookups(inputs, wiring),
        stage: host.log.group
    });
    host.setOutput('issue-number', String(number));
    if (!result.replanned) {
        host.log.notice(`No new plan: ${result.reason}`);
        return;
    }
    host.setOutput('action', 'replanned');
    if (result.plan)
        host.setOutput('runbook-id', result.plan.runbook.id);
    if (result.plan?.digest)
        host.setOutput('plan-digest', result.plan.digest);
    host.log.info(`New plan after ${result.reason}`);
}
/** Whether the event's comment is an `/ask` (the flow reads it again from GitHub). */
function asksQuestion(webhook) {
    const body = webhook.comment?.body;
    return typeof body === 'string' && parseCommentCommand(body)?.kind === 'ask';
}
/**
 * On `issue_comment` (remediation.yml's `answer` job, after the comment job accepted an `/ask`):
 * the answer, from the incident's evidence gathered again with this job's read-only look-ups, the
 * repository's past incidents and the catalog, by the model when one is configured.
 */
async function askJob(inputs, wiring, provider, webhook) {
    const { host } = wiring;
    const event = webhook;
    const number = event.issue?.number;
    const commentId = event.comment?.id;
    if (typeof number !== 'number' || typeof commentId !== 'number')
        throw new Error('Answering a question needs an issue_comment event on an incident issue.');
    const [{ askCommand }, { githubIncidentHistory }] = await Promise.all([
        import('./ask-CpqDRqMW.js'),
        import('./incident-history-BGAmJZjA.js')
    ]);
    const octokit = wiring.github(inputs.token);
    const { context, facts } = lookups(inputs, wiring);
    const result = await askCommand({
        commentId,
        thread: githubIssueThread(octokit, inputs.repository, number),
        history: githubIncidentHistory(octokit, inputs.repository),
        records: wiring.records(inputs),
        catalog: wiring.triageCatalog(inputs.catalog),
        provider,
        context,
        facts,
        stage: host.log.group
    });
    host.setOutput('issue-number', String(number));
    host.setOutput('action', result.answered ? 'answered' : 'not-answered');
    host.log.info(result.answered ? 'Question answered.' : `Not answered: ${result.reason}`);
}
/**
 * The AWS clients that more than one look-up uses, each made once per job so their connections
 * are shared: CloudWatch (alarm tags, metrics), CloudWatch Logs (log events, anomalies) and SSM
 * (one instance directory binds tag targets and reports the SSM status of the incident's
 * instances). None without an AWS region.
 */
function sharedAws(inputs, wiring) {
    if (!inputs.awsRegion)
        return undefined;
    const aws = wiring.aws(inputs.awsRegion);
    return {
        aws,
        cloudwatch: once(async () => new (await import('./index-ByBaUbra.js')).CloudWatchClient(aws)),
        logs: once(async () => new (await import('./index-D_xHv1bk.js')).CloudWatchLogsClient(aws)),
        instances: once(async () => {
            const [{ SSMClient }, { ssmInstanceDirectory }] = await Promise.all([
                import('./index-C6ZTxM28.js'),
                import('./ssm-instances-67Plc-A1.js')
            ]);
            return ssmInstanceDirectory(new SSMClient(aws));
        })
    };
}
/**
 * What intake and replanning read beyond the event, each set up only when first needed: the
 * instance directory, the facts' look-ups and the evidence's sources.
 */
function lookups(inputs, wiring) {
    const shared = sharedAws(inputs, wiring);
    return {
        instances: async () => shared?.instances(),
        facts: async () => (shared ? factSources(shared) : {}),
        context: async () => {
            const components = await readComponents(inputs.components);
            return {
                sources: await contextSources(inputs, wiring, shared),
                options: { ...DEFAULT_GATHER, ...inputs.context },
                ...(components ? { components } : {})
            };
        }
    };
}
/**
 * The repository's mapping of paths to services: none when the default file is absent; a problem
 * on the issue when a named file is, or when it is not valid.
 */
async function readComponents(where) {
    let text;
    try {
        text = await readFile(where.file, 'utf8');
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT' && !where.required)
            return undefined;
        return {
            file: where.file,
            components: [],
            problems: [
                `${where.file}: cannot be read (${code ?? error.message}); check the \`components\` input, a path in the workflow's checkout`
            ]
        };
    }
    // The YAML parser and the snapshot schema's validator load only for a team that has the file.
    const { parseComponents } = await import('./components-De49wahF.js');
    return parseComponents(where.file, text);
}
/** Where the evidence comes from; CloudWatch only when the job has an AWS region. */
async function contextSources(inputs, wiring, shared) {
    const octokit = wiring.github(inputs.token);
    const sources = {
        past: githubPastIncidents(octokit, inputs.repository),
        changes: githubChanges(octokit),
        watches: githubWatchIssues(octokit, inputs.repository, wiring.records(inputs)),
        health: githubHealthIssues(octokit, inputs.repository, wiring.records(inputs))
    };
    if (!shared)
        return sources;
    const [{ cloudWatchLogs }, { cloudWatchMetrics }, logs, cloudwatch] = await Promise.all([
        import('./logs-ghLXyI81.js'),
        import('./metrics-DWXfIv1C.js'),
        shared.logs(),
        shared.cloudwatch()
    ]);
    return { ...sources, logs: cloudWatchLogs(logs), metrics: cloudWatchMetrics(cloudwatch) };
}
/**
 * Where the incident's tags, ECS service, Auto Scaling group, its instances' SSM status and its
 * log anomalies are looked up (read-only).
 */
async function factSources(shared) {
    const [{ ResourceGroupsTaggingAPIClient }, { ECSClient }, { AutoScalingClient }, { awsTags }, { awsEcs }, { awsAutoScaling }, { cloudWatchLogAnomalies }, cloudwatch, logs, instances] = await Promise.all([
        import('./index-YPoUFBM3.js'),
        import('./index-D_iOBfIe.js'),
        import('./index-8CQ0HhAH.js'),
        import('./tags-C8dmiaq8.js'),
        import('./ecs-C4GLPvcl.js'),
        import('./autoscaling-rmRjakqV.js'),
        import('./log-anomalies-CMBv1dHn.js'),
        shared.cloudwatch(),
        shared.logs(),
        shared.instances()
    ]);
    const { aws } = shared;
    return {
        tags: awsTags(cloudwatch, new ResourceGroupsTaggingAPIClient(aws)),
        ecs: awsEcs(new ECSClient(aws)),
        autoScaling: awsAutoScaling(new AutoScalingClient(aws)),
        instances,
        anomalies: cloudWatchLogAnomalies(logs)
    };
}

var intake = /*#__PURE__*/Object.freeze({
    __proto__: null,
    intakeJob: intakeJob,
    intakeSetup: intakeSetup,
    triageProvider: triageProvider
});

export { titleSimilarity as a, intake as b, intakeSetup as i, once as o, triageProvider as t };
