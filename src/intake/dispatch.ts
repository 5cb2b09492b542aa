// What arrived: the dispatch payload inside a `repository_dispatch` (or a `workflow_dispatch`
// input, or a file given to the CLI), checked against `schemas/dispatch.schema.json`. A payload
// that breaks the contract is still an incident (nothing is lost); what was wrong travels with it.
// readPayload is where intake first touches the payload: it makes it safe there (sanitize.ts:
// lone surrogates replaced, nesting deeper than MAX_DEPTH cut), before anything walks it, and the
// notes of what was repaired travel with the delivery to the issue. Only input that is not JSON
// at all, or a webhook that is not an object, fails the run (DeliveryError, one line).
import type { ErrorObject } from 'ajv'
import { validate as validateDispatch } from '../generated/validate-dispatch.js'
import type { Incident } from '../generated/incident.js'
import { isObject } from './json.js'
import { RepairNotes, safeJson } from './sanitize.js'
import { oneLine } from './text.js'

/** GitHub's limits on `client_payload`. */
export const DISPATCH_MAX_BYTES = 65_536
export const DISPATCH_MAX_KEYS = 10

export type Delivery =
  | {
      kind: 'payload'
      payload: { event?: unknown; context: Record<string, unknown> }
      problems: string[]
      /**
       * What intake repaired in the payload before reading it (a lone surrogate replaced, nesting
       * cut), bounded; absent when nothing was. The issue shows them.
       */
      notes?: string[]
    }
  | { kind: 'ignore'; reason: string }

/** Input that cannot be read at all (not JSON): the run fails with this message. */
export class DeliveryError extends Error {
  override name = 'DeliveryError'
}

function describe(e: ErrorObject): string {
  const where = `client_payload${e.instancePath.replace(/\/([^/]+)/g, (_, k: string) => (/^\d+$/.test(k) ? `[${k}]` : `.${k}`))}`
  if (e.keyword === 'required')
    return `${where} has no \`${(e.params as { missingProperty: string }).missingProperty}\` (send the AWS event as client_payload.event)`
  if (e.keyword === 'maxProperties')
    return `${where} has more than ${(e.params as { limit: number }).limit} keys (GitHub's limit for client_payload)`
  if (e.keyword === 'enum')
    return `${where} must be one of ${(e.params as { allowedValues: unknown[] }).allowedValues.map((v) => JSON.stringify(v)).join(', ')}`
  return `${where} ${e.message ?? 'is invalid'}`
}

/**
 * Reads a dispatch payload: makes it safe (sanitize.ts), checks it, and drops only the context
 * keys that are invalid.
 */
export function readPayload(delivered: unknown): Delivery & { kind: 'payload' } {
  const repairs = new RepairNotes()
  // From here on only the safe copy is used: nothing below (nor after intake) sees a lone
  // surrogate or nesting deeper than MAX_DEPTH. The size is that of the payload as it came.
  const safe = safeJson(delivered, { where: 'client_payload', notes: repairs })
  const payload = safe.value
  const problems: string[] = []
  const done = (
    event: unknown,
    context: Record<string, unknown>
  ): Delivery & { kind: 'payload' } => {
    const notes = repairs.list()
    return {
      kind: 'payload',
      payload: { event, context },
      problems,
      ...(notes.length > 0 ? { notes } : {})
    }
  }
  if (safe.bytes > DISPATCH_MAX_BYTES)
    problems.push(
      `client_payload is ${safe.bytes} bytes; GitHub accepts at most ${DISPATCH_MAX_BYTES} (64 KB)`
    )
  if (!isObject(payload)) {
    problems.push('client_payload is not a JSON object')
    return done(payload, {})
  }
  // A bare EventBridge event as the whole client_payload (9 keys) is an accepted variant.
  const bare = !('event' in payload) && 'detail-type' in payload && 'source' in payload
  const body = bare ? { event: payload } : payload
  const invalidKeys = new Set<string>()
  const validate = validateDispatch
  if (!validate(body)) {
    for (const e of validate.errors ?? []) {
      problems.push(describe(e))
      const key = /^\/context\/([^/]+)/.exec(e.instancePath)?.[1]
      if (key !== undefined) invalidKeys.add(key)
    }
  }
  // Only the invalid context keys are dropped; the rest of the context is still used.
  const context = Object.fromEntries(
    Object.entries(isObject(body.context) ? body.context : {}).filter(([k]) => !invalidKeys.has(k))
  )
  if (typeof body.event === 'string') {
    let parsed: unknown
    try {
      parsed = JSON.parse(body.event) as unknown
    } catch (error) {
      problems.push(`client_payload.event is a string but not JSON (${(error as Error).message})`)
    }
    // The event the string held is made safe like the rest, its notes with the others.
    if (parsed !== undefined)
      return done(
        safeJson(parsed, { where: 'client_payload.event', depth: 1, notes: repairs }).value,
        context
      )
  }
  return done('event' in body ? body.event : body, context)
}

/** The dispatch payload from a webhook event, or why this event is not for intake. */
export function readDelivery(eventName: string, webhook: unknown, expectedType: string): Delivery {
  if (!isObject(webhook)) throw new DeliveryError('The webhook event payload is not a JSON object.')
  if (eventName === 'repository_dispatch') {
    if (webhook.action !== expectedType) {
      return {
        kind: 'ignore',
        reason: `repository_dispatch event_type is ${JSON.stringify(webhook.action)}, not ${JSON.stringify(expectedType)} (set the \`event-type\` input to accept it)`
      }
    }
    return readPayload(webhook.client_payload)
  }
  if (eventName === 'workflow_dispatch') {
    const raw = isObject(webhook.inputs) ? webhook.inputs.event : undefined
    if (typeof raw !== 'string' || raw.trim() === '')
      throw new DeliveryError(
        'workflow_dispatch needs an `event` input holding the AWS event (or a whole dispatch payload) as JSON.'
      )
    return readPayload(wrapEvent(parseJsonText(raw, 'the `event` input')))
  }
  throw new DeliveryError(
    `Intake handles repository_dispatch and workflow_dispatch events, not ${eventName}; set the \`command\` input for this workflow.`
  )
}

/** An event given by itself (CLI, workflow_dispatch) becomes a dispatch payload. */
export function wrapEvent(value: unknown): unknown {
  return isObject(value) && 'event' in value ? value : { event: value }
}

/**
 * JSON.parse with an error that says where and what to do. V8's JSON.parse is iterative, so it
 * takes any depth of nesting; readPayload then makes the value safe.
 */
export function parseJsonText(text: string, what: string): unknown {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, '')) as unknown
  } catch (error) {
    throw new DeliveryError(
      `${what} is not valid JSON: ${(error as Error).message}. Pass the AWS event exactly as EventBridge delivers it.`
    )
  }
}

export type Decision = { kind: 'incident' } | { kind: 'skip'; reason: string }

export interface IntakePolicy {
  /** Treat INSUFFICIENT_DATA as an incident (default: ignore it). */
  insufficientData: 'ignore' | 'incident'
}

/**
 * Why an ECS event is no incident, if it is not: ECS types its service action and deployment
 * events itself (`detail.eventType`), and an `INFO` one reports that things went as they should
 * (SERVICE_STEADY_STATE, SERVICE_DESIRED_COUNT_UPDATED, CAPACITY_PROVIDER_STEADY_STATE,
 * SERVICE_DEPLOYMENT_IN_PROGRESS, SERVICE_DEPLOYMENT_COMPLETED, …); `WARN` and `ERROR` ones
 * (SERVICE_TASK_START_IMPAIRED, SERVICE_DEPLOYMENT_FAILED, …) are incidents. The reader keeps the
 * event type in `details` (sources/ecs.ts).
 */
function ecsInformational(incident: Incident): string | undefined {
  if (incident.source !== 'aws.ecs' || incident.details?.eventType?.toUpperCase() !== 'INFO')
    return undefined
  const name = incident.eventName ? oneLine(incident.eventName, 80) : undefined
  return name
    ? `ECS reports ${name}, an informational event`
    : 'ECS reports an informational event (`eventType` INFO)'
}

/**
 * Whether a normalized event is an incident: configuration changes are not, nor are the events
 * ECS itself marks informational.
 */
export function classify(incident: Incident, policy: IntakePolicy): Decision {
  if (/Configuration Change$/.test(incident.detailType)) {
    return {
      kind: 'skip',
      reason: `"${incident.detailType}" events are configuration changes, not incidents`
    }
  }
  const informational = ecsInformational(incident)
  if (informational !== undefined) return { kind: 'skip', reason: informational }
  if (
    incident.kind === 'alarm' &&
    incident.state === 'INSUFFICIENT_DATA' &&
    policy.insufficientData === 'ignore'
  ) {
    return {
      kind: 'skip',
      reason:
        'INSUFFICIENT_DATA is not treated as an incident (set `insufficient-data: incident` to change that)'
    }
  }
  return { kind: 'incident' }
}
