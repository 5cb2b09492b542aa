// One triage interface, two providers: `rules` (deterministic, offline) and `bedrock` (a model
// forced to answer in the triage schema). Both return the same shape, so the plan and the issue
// do not care which one answered.
import type { AskPack, ModelAnswer } from '../history/model-answer.js'
import type { ChangePack, ReviewAnswer } from './change-review.js'
import type { Evidence } from '../context/evidence.js'
import type { Incident } from '../generated/incident.js'
import type { Runbook } from '../generated/runbook.js'
import type { TriageAnswer } from '../generated/triage.js'
import type { TriageIndex } from './catalog-index.js'

export type ParameterValue = string | number | boolean
export type ProviderName = 'rules' | 'bedrock'

/** A runbook that passed validation, with the digest of the file it came from. */
export interface CatalogRunbook {
  runbook: Runbook
  file: string
  /** sha256 of the runbook file's text. */
  digest: string
}

export interface TriageRequest {
  incident: Incident
  evidence: readonly Evidence[]
  catalog: readonly CatalogRunbook[]
  /** The gathered context's strongest signals, each pointing at its evidence. */
  signals?: TriageSignals
  /** The catalog prepared for triage; built (once per catalog version) when absent. */
  index?: TriageIndex
}

/** What the rules provider reads from the gathered context (the model reads the evidence). */
export interface TriageSignals {
  /** Deployments, releases and merged pull requests before the incident, newest first. */
  changes: { evidence: string; label: string; minutesBefore: number; state?: string }[]
  /**
   * What change attribution made of the changes, when their contents were read: the suspect
   * commit with its evidence row, or none. Timing alone is then no lead.
   */
  attribution?: {
    suspect?: { evidence: string; sha: string; deployment: string; confidence: number; why: string }
  }
  /** New or bursting WARN/ERROR/FATAL log templates, most unusual first. */
  logs: {
    evidence: string
    group: string
    template: string
    severity: string
    new: boolean
    burst?: number
  }[]
  /** Closed incidents about the same alarm, newest first, then similar ones. */
  past: {
    evidence: string
    number: number
    sameAlarm: boolean
    runbook?: string
    outcome: PastOutcome
  }[]
}

/** How a past incident ended, from its labels. */
export type PastOutcome =
  'remediated' | 'rolled-back' | 'remediation-failed' | 'recovered' | 'closed'

export interface Cause {
  cause: string
  confidence: number
  /** Evidence ids, each present in the request. */
  evidence: string[]
}

export interface RunbookChoice {
  id: string
  /** 0 to 1. */
  confidence: number
  /** Why this runbook: the rule or terms that matched, or the model's rationale. */
  why: string
}

export interface Triage {
  provider: ProviderName
  summary: string
  severity: TriageAnswer['severity']
  causes: Cause[]
  runbook?: RunbookChoice
  /** Parameter values the provider proposes (the model's); the plan checks them again. */
  parameters: Record<string, ParameterValue>
  /** Other runbooks worth a look, best first. */
  alternatives: RunbookChoice[]
  rationale: string
  /** Things a reader must know: fallbacks, dropped causes, disagreements. */
  notes: string[]
  model?: ModelProvenance
}

export interface ModelProvenance {
  modelId: string
  promptVersion: string
  /** sha256 of the prompt template, tool schema included, not of the filled-in prompt. */
  promptHash: string
  attempts: number
  inputTokens?: number
  outputTokens?: number
}

export interface TriageProvider {
  readonly name: ProviderName
  triage(request: TriageRequest): Promise<Triage>
  /**
   * A second look at which change broke it (change-review.ts), by a model; absent for the rules
   * provider. Resolves with the answer that checked out, or why there is none; never rejects.
   */
  reviewChange?(
    pack: ChangePack
  ): Promise<{ model: string; answer?: ReviewAnswer; failure?: string }>
  /**
   * An answer to a person's `/ask` (history/model-answer.ts), by a model; absent for the rules
   * provider. Resolves with the claims that checked out, or why there are none; never rejects.
   */
  answerQuestion?(pack: AskPack): Promise<ModelAnswer>
}
