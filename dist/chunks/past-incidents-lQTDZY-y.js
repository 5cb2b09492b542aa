import { t as titleSimilarity, S as SIMILAR_TITLE } from './similarity-CsoBpY55.js';
import { l as labelNames } from './client-D2jLBN-l.js';
import { f as fingerprintLabel, O as OPSLOOP_LABEL } from './record-BIoafhO-.js';
import './lexical-Bc-35x6b.js';
import './_commonjsHelpers-BFTU3MAI.js';
import './http-error-C1Lek3oc.js';
import './version-CvW7nB-o.js';
import 'node:crypto';
import './ucs2length-43QcV_Qu.js';
import './fingerprint-BtovXTfi.js';

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

export { githubPastIncidents };
