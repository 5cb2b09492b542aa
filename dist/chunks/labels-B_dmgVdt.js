// The labels OpsLoop puts on incident issues. Labels find issues cheaply (listing by label, never
// the lagging search index) but anyone with triage access can add or remove them, so a label is
// never proof of anything on its own: the sealed records are (issue/record.ts).
/** Every incident issue carries this label. */
const OPSLOOP_LABEL = 'opsloop';
/** GitHub label names hold at most 50 characters: `opsloop:fp:` and a 16-hex fingerprint. */
const fingerprintLabel = (fp) => `opsloop:fp:${fp}`;
const RAN_LABEL_PREFIX = 'opsloop:ran:';
/**
 * Added by the run that claims a plan. Label events cannot be deleted or edited, so the claim
 * outlives an edited or deleted claim comment and a removed label: 128 bits of the digest.
 */
const ranLabel = (digest) => `${RAN_LABEL_PREFIX}${digest.slice(0, 32)}`;
/**
 * What remediation and recovery leave on an issue. Past incidents read them back as how an
 * incident ended (pipeline.ts `pastOutcome`), so they are names, never proof.
 */
const OUTCOME_LABELS = {
    remediating: 'remediating',
    remediated: 'remediated',
    failed: 'remediation-failed',
    rolledBack: 'rolled-back',
    recovered: 'recovered'
};
/** `runbook:<id>`: the runbook a new incident's plan proposed. */
const RUNBOOK_LABEL_PREFIX = 'runbook:';
const severityLabel = (severity) => `severity:${severity}`;
const sourceLabel = (source) => `source:${source}`;
/** On watch issues: what OpsLoop's log detector saw before any alarm (intake/sources/log-anomaly.ts). */
const WATCH_LABEL = 'watch';

export { OUTCOME_LABELS as O, RAN_LABEL_PREFIX as R, WATCH_LABEL as W, OPSLOOP_LABEL as a, RUNBOOK_LABEL_PREFIX as b, severityLabel as c, fingerprintLabel as f, ranLabel as r, sourceLabel as s };
