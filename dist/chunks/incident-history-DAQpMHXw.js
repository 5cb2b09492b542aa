import { O as OPSLOOP_LABEL } from './record-BIoafhO-.js';
import { l as labelNames } from './client-D2jLBN-l.js';
import { g as githubIssueThread } from './issue-thread-DfIvqLl-.js';
import 'node:crypto';
import './ucs2length-43QcV_Qu.js';
import './_commonjsHelpers-BFTU3MAI.js';
import './fingerprint-BtovXTfi.js';
import './http-error-C1Lek3oc.js';
import './version-CvW7nB-o.js';

function githubIncidentHistory(octokit, repository) {
    return {
        async issues(limit) {
            const { data } = await octokit.request('GET /repos/{owner}/{repo}/issues', {
                ...repository,
                labels: OPSLOOP_LABEL,
                state: 'all',
                sort: 'updated',
                direction: 'desc',
                per_page: Math.min(100, limit)
            });
            return data
                .filter((i) => i.pull_request === undefined)
                .map((i) => ({
                number: i.number,
                title: i.title,
                url: i.html_url,
                state: i.state === 'closed' ? 'closed' : 'open',
                labels: labelNames(i.labels),
                createdAt: i.created_at,
                ...(i.closed_at ? { closedAt: i.closed_at } : {})
            }));
        },
        snapshot: (number) => githubIssueThread(octokit, repository, number).snapshot()
    };
}

export { githubIncidentHistory };
