import { i as isErrorLine } from './change-attribution-CKrQW-PN.js';

const REVIEW_TOOL = 'record_change_verdict';
const REVIEW_PROMPT_VERSION = 'change-review/1';
/** Bounds of the pack: a few candidates, a few hunks each, the distinct errors. */
const MAX_CANDIDATES = 4;
const MAX_HUNKS = 6;
const HUNK_CHARS = 1_200;
const MAX_SIGNATURES = 8;
const SIGNATURE_CHARS = 300;
/** A model-named suspect's confidence: what one strong piece of evidence gives. */
const MODEL_CONFIDENCE = 0.5;
/** The answer's JSON Schema: the tool's input. */
const REVIEW_SCHEMA = {
    type: 'object',
    additionalProperties: false,
    required: ['suspect', 'citations', 'why'],
    properties: {
        suspect: {
            type: 'string',
            description: 'The full SHA of the commit that caused the symptom, or "none".'
        },
        citations: {
            type: 'array',
            maxItems: 6,
            description: 'For a commit: the hunks of that commit (H ids) and the error signatures (S ids) each explains.',
            items: {
                type: 'object',
                additionalProperties: false,
                required: ['hunk', 'signature'],
                properties: {
                    hunk: { type: 'string', pattern: '^H[0-9]+$' },
                    signature: { type: 'string', pattern: '^S[0-9]+$' },
                    how: { type: 'string', maxLength: 300 }
                }
            }
        },
        why: { type: 'string', maxLength: 600 }
    }
};
/** The distinct error lines of the failing service after the onset (digits masked to compare). */
function signaturesOf(snapshot, onsetAt) {
    const logs = (snapshot.service && snapshot.services?.[snapshot.service]?.logs) || [];
    const seen = new Set();
    const out = [];
    for (const l of logs) {
        if (Date.parse(l.at) < onsetAt - 60_000)
            continue;
        if (!isErrorLine(l))
            continue;
        const shape = l.message.replace(/\d+/g, '0');
        if (seen.has(shape))
            continue;
        seen.add(shape);
        out.push({ id: `S${out.length + 1}`, text: l.message.slice(0, SIGNATURE_CHARS) });
        if (out.length === MAX_SIGNATURES)
            break;
    }
    return out;
}
/** A patch's hunks, each from its `@@` header, cut to HUNK_CHARS. */
function hunksOf(patch) {
    if (!patch)
        return [];
    return patch
        .split(/\n(?=@@ )/)
        .filter((h) => h.startsWith('@@'))
        .map((h) => h.slice(0, HUNK_CHARS));
}
/** The pack for a snapshot and its attribution; undefined when no commit with a diff is open. */
function changePack(snapshot, attribution) {
    const commits = new Map((snapshot.commits ?? []).map((c) => [c.sha, c]));
    const deployments = new Map();
    for (const d of snapshot.deployments ?? [])
        for (const sha of d.commits?.length ? d.commits : [d.sha])
            if (!deployments.has(sha))
                deployments.set(sha, {
                    deployment: d.id,
                    service: d.service,
                    ...(d.repo ? { repo: d.repo } : {})
                });
    let n = 0;
    const candidates = attribution.open.slice(0, MAX_CANDIDATES).flatMap((sha) => {
        const commit = commits.get(sha);
        const where = deployments.get(sha);
        if (!commit || !where)
            return [];
        const hunks = commit.files
            .flatMap((f) => hunksOf(f.patch).map((text) => ({ file: f.path, text })))
            .slice(0, MAX_HUNKS)
            .map((h) => ({ id: `H${++n}`, ...h }));
        return hunks.length === 0
            ? []
            : [{ sha, ...where, message: commit.message.split('\n', 1)[0] ?? '', hunks }];
    });
    if (candidates.length === 0)
        return undefined;
    return {
        onset: { at: new Date(attribution.onset.at).toISOString(), from: attribution.onset.from },
        operational: attribution.operational,
        signatures: signaturesOf(snapshot, attribution.onset.at),
        candidates,
        rules: attribution.suspect
            ? {
                suspect: attribution.suspect.sha,
                why: attribution.suspect.reasons.map((r) => r.text).join('; ')
            }
            : { suspect: 'none', why: attribution.none ?? 'no candidate' }
    };
}
/** The problems of an answer against its pack; none when it checks out. */
function reviewProblems(pack, input) {
    const a = input;
    if (!a || typeof a !== 'object' || typeof a.suspect !== 'string' || !Array.isArray(a.citations))
        return ['answer `suspect` (a full SHA or "none"), `citations` and `why`'];
    if (a.suspect === 'none')
        return [];
    const candidate = pack.candidates.find((c) => c.sha === a.suspect);
    if (!candidate)
        return [
            `\`${a.suspect}\` is not one of the candidates (${pack.candidates.map((c) => c.sha.slice(0, 12)).join(', ')}); the others were ruled out by timing, service or what they touched`
        ];
    const problems = [];
    if (pack.operational.length > 0 && pack.rules.suspect !== a.suspect)
        problems.push(`an operational cause was found (${pack.operational.map((o) => o.kind).join(', ')}) and the rules convicted no other commit: answer "none" or the rules' suspect`);
    if (a.citations.length === 0)
        problems.push('a commit needs at least one citation: a hunk of it and the signature it explains');
    const hunks = new Set(candidate.hunks.map((h) => h.id));
    const signatures = new Set(pack.signatures.map((s) => s.id));
    for (const c of a.citations) {
        if (!hunks.has(c.hunk))
            problems.push(`hunk ${c.hunk} is not a hunk of ${a.suspect.slice(0, 12)}`);
        if (!signatures.has(c.signature))
            problems.push(`signature ${c.signature} does not exist`);
    }
    return problems;
}
/** The attribution after a review that checked out (or with why it did not). */
function mergeReview(attribution, pack, answer, model, failure) {
    if (!answer)
        return {
            ...attribution,
            review: {
                model,
                verdict: failure?.startsWith('its answer') ? 'refused' : 'failed',
                text: `The model's review was not used (${failure ?? 'no answer'}): the rules' answer stands.`
            }
        };
    const rulesSuspect = attribution.suspect?.sha ?? 'none';
    if (answer.suspect === rulesSuspect)
        return {
            ...attribution,
            review: { model, verdict: 'agrees', text: `The model agrees: ${answer.why}` }
        };
    if (answer.suspect === 'none') {
        const { suspect, ...rest } = attribution;
        return {
            ...rest,
            none: `the model, reviewing the diffs, found none of them explains the errors: ${answer.why}`,
            considered: suspect ? [suspect, ...attribution.considered] : attribution.considered,
            review: {
                model,
                verdict: 'abstains',
                text: `The model named no change; the rules' suspect is kept below as considered.`
            }
        };
    }
    const candidate = pack.candidates.find((c) => c.sha === answer.suspect);
    const hunk = (id) => candidate?.hunks.find((h) => h.id === id);
    const signature = (id) => pack.signatures.find((s) => s.id === id);
    const suspect = {
        sha: answer.suspect,
        deployment: candidate?.deployment ?? '?',
        service: candidate?.service ?? '?',
        ...(candidate?.repo ? { repo: candidate.repo } : {}),
        score: 0,
        confidence: MODEL_CONFIDENCE,
        reasons: answer.citations.map((c) => ({
            text: `the model cites ${c.hunk} of ${hunk(c.hunk)?.file ?? '?'} for \`${(signature(c.signature)?.text ?? '').slice(0, 120).replace(/`/g, "'")}\`${c.how ? `: ${c.how}` : ''}`,
            weight: 0
        }))
    };
    return {
        ...attribution,
        suspect,
        considered: [
            ...(attribution.suspect ? [attribution.suspect] : []),
            ...attribution.considered.filter((c) => c.sha !== answer.suspect)
        ],
        ruledOut: attribution.ruledOut.filter((r) => r.sha !== answer.suspect),
        review: {
            model,
            verdict: 'differs',
            text: `The model named ${answer.suspect.slice(0, 12)} (the rules: ${rulesSuspect === 'none' ? 'none' : rulesSuspect.slice(0, 12)}); its citations were checked against the diffs and the errors.`
        }
    };
}

export { REVIEW_TOOL as R, REVIEW_PROMPT_VERSION as a, REVIEW_SCHEMA as b, changePack as c, mergeReview as m, reviewProblems as r };
