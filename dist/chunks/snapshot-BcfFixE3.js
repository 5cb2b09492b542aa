import { c as checkSnapshot } from './snapshot-BRbq2CSM.js';
import { a as attributeChange } from './change-attribution-CKrQW-PN.js';
import './ucs2length-43QcV_Qu.js';
import './_commonjsHelpers-BFTU3MAI.js';
import './normalize-lqZICLgH.js';
import './json-DBadgRse.js';
import './unicode-Bqcso1Xx.js';
import './redact-dgEMPhFv.js';
import './severity-DGMA2-R7.js';
import './glob-RR4fIjUw.js';
import './clear-case-BT-JgTpd.js';

/** The file a snapshot folder holds. */
const SNAPSHOT_FILE = 'snapshot.json';
/** At most this many schema problems are listed. */
const PROBLEMS_SHOWN = 5;
/** A snapshot from the text of `file`, checked against its schema. */
function parseSnapshot(text, file) {
    let data;
    try {
        data = JSON.parse(text.replace(/^\uFEFF/, ''));
    }
    catch (error) {
        throw new Error(`${file} is not valid JSON: ${error.message}`);
    }
    const checked = checkSnapshot(data);
    if (!checked.ok) {
        const problems = checked.problems
            .slice(0, PROBLEMS_SHOWN)
            .map((p) => `  ${p.where}: ${p.message}`);
        throw new Error(`${file} is not an OpsLoop snapshot (schemas/snapshot.schema.json):\n${problems.join('\n')}`);
    }
    if (checked.alarmAt === undefined)
        throw new Error(`${file}: the snapshot's event has no time; give the event as AWS delivered it`);
    return { file, snapshot: checked.snapshot, alarmAt: checked.alarmAt };
}
/** Change attribution replayed from a snapshot. */
function replayAttribution(loaded) {
    return attributeChange(loaded.snapshot, loaded.alarmAt);
}

export { SNAPSHOT_FILE, parseSnapshot, replayAttribution };
