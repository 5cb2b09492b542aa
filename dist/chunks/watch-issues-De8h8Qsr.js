import { O as OPSLOOP_LABEL, W as WATCH_LABEL } from './record-BIoafhO-.js';
import { a as readWatch } from './occurrences-D8OeEWes.js';
import 'node:crypto';
import './ucs2length-43QcV_Qu.js';
import './_commonjsHelpers-BFTU3MAI.js';
import './fingerprint-BtovXTfi.js';

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

export { WATCHES_READ, githubWatchIssues };
