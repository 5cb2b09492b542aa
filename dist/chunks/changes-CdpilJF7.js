import { i as int64Id } from './client-D2jLBN-l.js';
import './_commonjsHelpers-BFTU3MAI.js';
import './http-error-C1Lek3oc.js';
import './version-CvW7nB-o.js';

/** The environment OpsLoop's own jobs run in (see the shipped workflows). */
const OPSLOOP_ENVIRONMENT = 'opsloop';
/** Pages read per kind: the lists are newest first, so the window's start is reached early. */
const MAX_PAGES = 3;
/** Deployments whose latest status is looked up (one request each). */
const STATUS_LOOKUPS = 5;
/** Earlier deployments of the environment whose status is checked for the previous good one. */
const PREVIOUS_LOOKUPS = 3;
/** Commits of one build read with their files (the newest ones: the build's head and before). */
const COMMITS_PER_BUILD = 10;
/** Files kept per commit, and the characters kept of each file's patch. */
const FILES_PER_COMMIT = 30;
const PATCH_CHARS = 4_000;
const COMPARE_PAGE = 100;
/**
 * Requests one build may cost: the deployments list, status look-ups, compare (its last page
 * too when the build has more than a page of commits), commits.
 */
const BUILD_REQUESTS = 1 + PREVIOUS_LOOKUPS + 2 + COMMITS_PER_BUILD;
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
                shas = data.commits.map((c) => c.sha).slice(-COMMITS_PER_BUILD);
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

export { BUILD_REQUESTS, COMMITS_PER_BUILD, OPSLOOP_ENVIRONMENT, boundedPatch, githubChanges };
