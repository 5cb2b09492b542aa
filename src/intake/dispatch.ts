// What arrived: the AWS event inside a `repository_dispatch` (or a `workflow_dispatch` input),
// and whether it is an incident at all. Pure over the parsed webhook payload.
import type { Incident } from '../generated/incident.js'
import { normalize } from './normalize.js'

export type Intake = { kind: 'incident'; incident: Incident } | { kind: 'skip'; reason: string }

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)

/** The dispatch payload (`{event, context}`) from a webhook event, or why there is none. */
export function dispatchPayload(
  eventName: string,
  webhook: unknown,
  expectedType: string
): { payload: unknown } | { reason: string } {
  if (!isObject(webhook)) return { reason: 'the event payload is not a JSON object' }
  if (eventName === 'repository_dispatch') {
    if (webhook.action !== expectedType) {
      return {
        reason: `repository_dispatch event_type is ${JSON.stringify(webhook.action)}, not ${JSON.stringify(expectedType)} (set the \`event-type\` input to accept it)`
      }
    }
    const payload = webhook.client_payload
    if (!isObject(payload) || !('event' in payload)) {
      return {
        reason:
          'client_payload has no `event`: send the AWS event as client_payload.event (see docs)'
      }
    }
    return { payload }
  }
  if (eventName === 'workflow_dispatch') {
    const raw = isObject(webhook.inputs) ? webhook.inputs.event : undefined
    if (typeof raw !== 'string' || raw.trim() === '')
      return { reason: 'workflow_dispatch needs an `event` input holding the AWS event as JSON' }
    try {
      return { payload: { event: JSON.parse(raw) as unknown } }
    } catch (error) {
      return { reason: `the \`event\` input is not valid JSON: ${(error as Error).message}` }
    }
  }
  return {
    reason: `intake handles repository_dispatch and workflow_dispatch events, not ${eventName}`
  }
}

/** Decides whether a payload is an incident; configuration changes and unknown states are not. */
export function classify(payload: unknown): Intake {
  const incident = normalize(payload)
  if (/Configuration Change$/.test(incident.detailType)) {
    return {
      kind: 'skip',
      reason: `"${incident.detailType}" events are configuration changes, not incidents`
    }
  }
  if (incident.kind === 'alarm' && incident.state === 'INSUFFICIENT_DATA') {
    return { kind: 'skip', reason: 'INSUFFICIENT_DATA is not treated as an incident' }
  }
  return { kind: 'incident', incident }
}
