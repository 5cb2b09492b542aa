import { O as OPSLOOP_LABEL, b as sourceLabel } from './record-BIoafhO-.js';
import { b as readHealth } from './occurrences-D8OeEWes.js';
import 'node:crypto';
import './ucs2length-43QcV_Qu.js';
import './_commonjsHelpers-BFTU3MAI.js';
import './fingerprint-BtovXTfi.js';

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

export { HEALTH_READ, githubHealthIssues };
