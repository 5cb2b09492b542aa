import { t as tokenize } from './lexical-Bc-35x6b.js';

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

export { SIMILAR_TITLE as S, titleSimilarity as t };
