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

export { normalizeDelivery as n };
