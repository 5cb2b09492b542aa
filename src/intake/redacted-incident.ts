// The incident in a delivery, secrets already replaced by placeholders: what every later stage
// and every issue sees of it. Apart from the pipeline so that intake can decide what a delivery
// is (new, repeat, recovery) without loading triage and planning.
import type { Incident } from '../generated/incident.js'
import { Redactor } from '../context/redact.js'
import { sealedDelivery, type Ledger } from '../issue/ledger.js'
import type { Delivery } from './dispatch.js'
import { normalize } from './normalize.js'

/**
 * The delivery's payload was made safe where it was read (intake/dispatch.ts readPayload), and
 * normalize makes safe what reaches it otherwise, so the recursive walks after it (JSON.stringify
 * of the raw event for the issue) see nothing nested deeper than intake/sanitize.ts's MAX_DEPTH;
 * the redactor's own walk is iterative.
 */
export function normalizeDelivery(
  delivery: Delivery & { kind: 'payload' },
  redactor: Redactor
): Incident {
  return redactor.json(normalize(delivery.payload))
}

/** The incident as intake read it, from the event OpsLoop sealed (when it was kept). */
export function sealedIncident(ledger: Ledger): Incident | undefined {
  const delivery = sealedDelivery(ledger)
  return delivery ? normalizeDelivery(delivery, new Redactor()) : undefined
}
