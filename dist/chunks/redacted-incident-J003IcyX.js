import { R as Redactor } from './redact-dgEMPhFv.js';
import { s as sealedDelivery } from './ledger-BOoI6kY9.js';
import { n as normalize } from './normalize-lqZICLgH.js';

/**
 * The delivery's payload was made safe where it was read (intake/dispatch.ts readPayload), and
 * normalize makes safe what reaches it otherwise, so the recursive walks after it (JSON.stringify
 * of the raw event for the issue) see nothing nested deeper than intake/sanitize.ts's MAX_DEPTH;
 * the redactor's own walk is iterative.
 */
function normalizeDelivery(delivery, redactor) {
    return redactor.json(normalize(delivery.payload));
}
/** The incident as intake read it, from the event OpsLoop sealed (when it was kept). */
function sealedIncident(ledger) {
    const delivery = sealedDelivery(ledger);
    return delivery ? normalizeDelivery(delivery, new Redactor()) : undefined;
}

export { normalizeDelivery as n, sealedIncident as s };
