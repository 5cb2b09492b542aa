import { t as tokenize } from './lexical-CEv_0i2T.js';
import { l as labelNames } from './client-Sjf3qfZI.js';
import { f as fingerprintLabel, O as OPSLOOP_LABEL } from './labels-DkEhpil0.js';
import './_commonjsHelpers-BFTU3MAI.js';
import './version-CvW7nB-o.js';

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
    const closed = async (labels, perPage) => (await octokit.rest.issues.listForRepo({
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
