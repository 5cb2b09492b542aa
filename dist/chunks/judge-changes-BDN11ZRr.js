import { i as incidentSnapshot } from './snapshot-BRbq2CSM.js';
import { a as attributeChange } from './change-attribution-CKrQW-PN.js';
import { c as changePack, m as mergeReview } from './change-review-CfefOZDG.js';
import { w as withSuspectChange } from './suspect-fact-CaoDWQL8.js';
import './ucs2length-43QcV_Qu.js';
import './_commonjsHelpers-BFTU3MAI.js';
import './normalize-lqZICLgH.js';
import './json-DBadgRse.js';
import './unicode-Bqcso1Xx.js';
import './redact-dgEMPhFv.js';
import './severity-DGMA2-R7.js';
import './glob-RR4fIjUw.js';
import './clear-case-BT-JgTpd.js';

async function judgeChanges(input) {
    const { gathered, replay, components } = input;
    const snapshot = replay ??
        (gathered
            ? incidentSnapshot({
                incident: input.incident,
                gathered,
                redactor: input.redactor,
                takenAt: input.now,
                ...(components && components.problems.length === 0
                    ? { components: components.components }
                    : {})
            })
            : undefined);
    // Judged only when deployments were read: with no change list, "none" would claim too much.
    const judged = snapshot &&
        (replay
            ? (snapshot.deployments?.length ?? 0) > 0
            : gathered?.changes.some((c) => c.kind === 'deployment'));
    if (!snapshot || !judged)
        return { ...(snapshot ? { snapshot } : {}), incident: input.incident };
    let attribution = await input.stage('Triage: which change broke it', () => Promise.resolve(attributeChange(snapshot, input.alarmAt)));
    // A model's second look, when the provider has one: it chooses among the open candidates and
    // its citations are checked; what does not check out leaves the rules' answer standing.
    const pack = changePack(snapshot, attribution);
    const reviewer = input.provider.reviewChange?.bind(input.provider);
    if (pack && reviewer) {
        const rules = attribution;
        const reviewed = await input.stage('Triage: the model reviews which change broke it', () => reviewer(pack));
        attribution = mergeReview(rules, pack, reviewed.answer, reviewed.model, reviewed.failure);
    }
    return {
        snapshot,
        attribution,
        // The suspect change becomes a fact of the incident: rollback runbooks match on it and bind
        // the commit to return to from it, like any fact OpsLoop looked up.
        incident: withSuspectChange(input.incident, attribution, snapshot)
    };
}

export { judgeChanges };
