import { a as OPSLOOP_LABEL } from './labels-B_dmgVdt.js';
import { l as labelNames } from './client-BT4M8Cal.js';
import { g as githubIssueThread } from './issue-thread-D4QH3YXE.js';
import './_commonjsHelpers-BFTU3MAI.js';
import './http-error-C1Lek3oc.js';
import './version-CvW7nB-o.js';
import 'node:crypto';

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
