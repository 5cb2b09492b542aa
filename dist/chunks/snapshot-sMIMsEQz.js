import { v as validate20 } from './validate-MvFb_i5B.js';
import { n as normalize } from './normalize-CZ_qPjWi.js';
import { a as attributeChange } from './suspect-fact-C68RYlMS.js';
import 'node:fs/promises';
import 'node:fs';
import 'node:path';
import './untrusted-DXllcjvl.js';
import 'node:crypto';
import './exclude-75QpjFV8.js';
import './_commonjsHelpers-BFTU3MAI.js';
import './glob-RR4fIjUw.js';
import './render-CueY6Lqh.js';
import 'process';
import 'buffer';
import './ssm-document-CWsjrSzJ.js';
import './redact-dgEMPhFv.js';
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
    if (!validate20(data)) {
        const problems = (validate20.errors ?? []).slice(0, PROBLEMS_SHOWN).map((e) => {
            const where = e.instancePath === '' ? 'the snapshot' : e.instancePath.slice(1).replace(/\//g, '.');
            return `  ${where}: ${e.message ?? 'is invalid'}`;
        });
        throw new Error(`${file} is not an OpsLoop snapshot (schemas/snapshot.schema.json):\n${problems.join('\n')}`);
    }
    const alarmAt = Date.parse(normalize(data.event).time ?? '');
    if (!Number.isFinite(alarmAt))
        throw new Error(`${file}: the snapshot's event has no time; give the event as AWS delivered it`);
    return { file, snapshot: data, alarmAt };
}
/** Change attribution replayed from a snapshot. */
function replayAttribution(loaded) {
    return attributeChange(loaded.snapshot, loaded.alarmAt);
}

export { SNAPSHOT_FILE, parseSnapshot, replayAttribution };
