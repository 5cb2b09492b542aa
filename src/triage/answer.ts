// Checks a model's triage answer: the schema, the runbook (one of the catalog's, or none), the proposed
// parameters against the chosen runbook's own parameter constraints, and the evidence each cause
// cites. Schema or parameter problems make the answer invalid (the model gets one retry); a cause
// citing evidence that was never given is dropped with a note.
import type { ErrorObject } from 'ajv'
import { checkParameterValue } from '../catalog/parameters.js'
import type { TriageAnswer } from '../generated/triage.js'
import { validate } from '../generated/validate-triage.js'
import { choiceProblem } from './facts.js'
import type { Cause, TriageRequest } from './types.js'

export type CheckedAnswer =
  | { ok: true; answer: TriageAnswer; causes: Cause[]; notes: string[] }
  | { ok: false; problems: string[] }

function describe(e: ErrorObject): string {
  const where = e.instancePath === '' ? 'the answer' : e.instancePath.slice(1).replace(/\//g, '.')
  if (e.keyword === 'enum')
    return `${where} must be one of ${(e.params as { allowedValues: unknown[] }).allowedValues.map((v) => JSON.stringify(v)).join(', ')}`
  if (e.keyword === 'additionalProperties')
    return `${where} has an unknown field ${JSON.stringify((e.params as { additionalProperty: string }).additionalProperty)}`
  return `${where} ${e.message ?? 'is invalid'}`
}

/**
 * The schema's check (precompiled), and the runbook narrowed to the catalog as the tool schema
 * the model sees narrows it (prompt.ts toolSchema), with the same message an enum would give.
 */
function schemaProblems(input: unknown, request: TriageRequest): string[] {
  const problems = validate(input) ? [] : (validate.errors ?? []).map(describe)
  const runbook = (input as { runbook?: unknown } | null)?.runbook
  const allowed = [...request.catalog.map((c) => c.runbook.id), 'none']
  if (typeof runbook === 'string' && !allowed.includes(runbook))
    problems.push(`runbook must be one of ${allowed.map((v) => JSON.stringify(v)).join(', ')}`)
  return problems.slice(0, 10)
}

export function checkAnswer(input: unknown, request: TriageRequest): CheckedAnswer {
  const problems = schemaProblems(input, request)
  if (problems.length > 0) return { ok: false, problems }
  const answer = input as TriageAnswer
  const notes: string[] = []
  if (answer.runbook !== 'none') {
    const refused = choiceProblem(request, answer.runbook)
    if (refused) problems.push(refused)
    const params = request.catalog.find((c) => c.runbook.id === answer.runbook)?.runbook.parameters
    for (const [name, value] of Object.entries(answer.parameters)) {
      const param = params?.[name]
      if (!param) {
        problems.push(`parameters.${name} is not a parameter of runbook ${answer.runbook}`)
        continue
      }
      const wrong = checkParameterValue(param, value)
      if (wrong) problems.push(`parameters.${name} ${wrong}`)
    }
  } else if (Object.keys(answer.parameters).length > 0) {
    notes.push('The model proposed parameters without choosing a runbook; they were ignored.')
  }
  if (problems.length > 0) return { ok: false, problems }

  const known = new Set(request.evidence.map((e) => e.id))
  const causes: Cause[] = []
  for (const c of answer.causes) {
    const cited = c.evidence.filter((id) => known.has(id))
    const unknown = c.evidence.filter((id) => !known.has(id))
    if (cited.length === 0) {
      notes.push(
        `A cause was dropped because the evidence it cites (${unknown.join(', ')}) is not in the incident data.`
      )
      continue
    }
    if (unknown.length > 0)
      notes.push(`Citations of unknown evidence (${unknown.join(', ')}) were removed.`)
    causes.push({ cause: c.cause, confidence: c.confidence, evidence: cited })
  }
  return { ok: true, answer, causes, notes }
}
