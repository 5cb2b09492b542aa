// The labels OpsLoop puts on incident issues. Labels find issues cheaply (listing by label, never
// the lagging search index) but anyone with triage access can add or remove them, so a label is
// never proof of anything on its own: the sealed records are (issue/record.ts).

/** Every incident issue carries this label. */
export const OPSLOOP_LABEL = 'opsloop'

/** GitHub label names hold at most 50 characters: `opsloop:fp:` and a 16-hex fingerprint. */
export const fingerprintLabel = (fp: string): string => `opsloop:fp:${fp}`

export const RAN_LABEL_PREFIX = 'opsloop:ran:'
/**
 * Added by the run that claims a plan. Label events cannot be deleted or edited, so the claim
 * outlives an edited or deleted claim comment and a removed label: 128 bits of the digest.
 */
export const ranLabel = (digest: string): string => `${RAN_LABEL_PREFIX}${digest.slice(0, 32)}`

/**
 * What remediation and recovery leave on an issue. Past incidents read them back as how an
 * incident ended (pipeline.ts `pastOutcome`), so they are names, never proof.
 */
export const OUTCOME_LABELS = {
  remediating: 'remediating',
  remediated: 'remediated',
  failed: 'remediation-failed',
  rolledBack: 'rolled-back',
  recovered: 'recovered'
} as const

/** `runbook:<id>`: the runbook a new incident's plan proposed. */
export const RUNBOOK_LABEL_PREFIX = 'runbook:'
export const severityLabel = (severity: string): string => `severity:${severity}`
export const sourceLabel = (source: string): string => `source:${source}`

/** On watch issues: what OpsLoop's log detector saw before any alarm (intake/sources/log-anomaly.ts). */
export const WATCH_LABEL = 'watch'
