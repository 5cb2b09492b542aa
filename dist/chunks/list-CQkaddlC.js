import { _ as _2020Exports } from './glob-B3hWj5D5.js';
import { j as jsonText } from './canonical-json-D2XC83aj.js';
import { i as isObject } from './normalize-BE8nIYBh.js';

// Generated from schemas/dispatch.schema.json by `npm run generate`. Do not edit.
const dispatchSchema = {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://opsloop.dev/schemas/dispatch.schema.json',
    title: 'OpsLoop dispatch payload',
    description: 'The `client_payload` of a `repository_dispatch` event with event type `aws-incident` (the `event-type` input), as sent by an EventBridge API destination: `{"event_type": "aws-incident", "client_payload": {"event": <aws.events.event.json>}}`. GitHub accepts at most 10 top-level keys in `client_payload` and at most 64 KB (65,536 bytes) of JSON in the whole payload: nest the AWS event under `event` and let OpsLoop fetch large context (logs, metrics) on the runner. A payload that breaks this contract is not dropped: OpsLoop opens an issue marked as unrecognized, with the payload as delivered and what was wrong with it.',
    type: 'object',
    maxProperties: 10,
    required: ['event'],
    properties: {
        event: {
            type: ['object', 'string'],
            description: "The AWS event as delivered: an EventBridge event, an SNS notification (`Records[].Sns`), a CloudWatch alarm's Lambda-action payload, or any of these as a JSON string."
        },
        context: {
            type: 'object',
            description: 'Optional facts the sender adds. Everything here is untrusted input: it is shown in code blocks, and a runbook hint never bypasses validation or approval.',
            additionalProperties: true,
            properties: {
                logGroups: {
                    type: 'array',
                    maxItems: 10,
                    uniqueItems: true,
                    items: { type: 'string', pattern: '^[.\\-_/#A-Za-z0-9]{1,512}$' },
                    description: 'CloudWatch Logs log groups to read around the incident time.'
                },
                runbook: {
                    type: 'string',
                    pattern: '^[a-z0-9]+(-[a-z0-9]+)*$',
                    maxLength: 64,
                    description: 'A runbook id the sender suggests. Triage treats it as a hint: the runbook must exist, validate and be approved like any other.'
                },
                severity: {
                    enum: ['low', 'medium', 'high', 'critical', 'LOW', 'MEDIUM', 'HIGH', 'CRITICAL'],
                    description: 'Severity to use instead of the one derived from the event.'
                },
                tags: {
                    type: 'object',
                    maxProperties: 50,
                    additionalProperties: { type: ['string', 'number', 'boolean'] },
                    description: 'Tags of the alarm or resource (e.g. `service`, `role`), read by runbook `match.tags` and parameters with `from: tags.KEY`.'
                }
            }
        }
    },
    examples: [
        {
            event: {
                version: '0',
                id: 'c4c1c1c9-6542-e61b-6ef0-8c4d36933a92',
                'detail-type': 'CloudWatch Alarm State Change',
                source: 'aws.cloudwatch',
                account: '111122223333',
                time: '2026-11-20T09:15:00Z',
                region: 'us-east-1',
                resources: ['arn:aws:cloudwatch:us-east-1:111122223333:alarm:web-service-down'],
                detail: { alarmName: 'web-service-down', state: { value: 'ALARM' } }
            },
            context: { tags: { service: 'nginx', role: 'web' }, logGroups: ['/web/nginx'] }
        }
    ]
};

// What arrived: the dispatch payload inside a `repository_dispatch` (or a `workflow_dispatch`
// input, or a file given to the CLI), checked against `schemas/dispatch.schema.json`. A payload
// that breaks the contract is still an incident (nothing is lost); what was wrong travels with it.
/** GitHub's limits on `client_payload`. */
const DISPATCH_MAX_BYTES = 65_536;
/** Input that cannot be read at all (not JSON): the run fails with this message. */
class DeliveryError extends Error {
    name = 'DeliveryError';
}
// Compiled on first use: commands other than intake never pay for it at start-up.
let compiled;
const validateDispatch = () => (compiled ??= new _2020Exports.Ajv2020({ allErrors: true, strict: false }).compile(dispatchSchema));
function describe(e) {
    const where = `client_payload${e.instancePath.replace(/\/([^/]+)/g, (_, k) => (/^\d+$/.test(k) ? `[${k}]` : `.${k}`))}`;
    if (e.keyword === 'required')
        return `${where} has no \`${e.params.missingProperty}\` (send the AWS event as client_payload.event)`;
    if (e.keyword === 'maxProperties')
        return `${where} has more than ${e.params.limit} keys (GitHub's limit for client_payload)`;
    if (e.keyword === 'enum')
        return `${where} must be one of ${e.params.allowedValues.map((v) => JSON.stringify(v)).join(', ')}`;
    return `${where} ${e.message ?? 'is invalid'}`;
}
/** Reads a dispatch payload: checks it, and drops only the context keys that are invalid. */
function readPayload(payload) {
    const problems = [];
    const bytes = Buffer.byteLength(jsonText(payload) ?? '');
    if (bytes > DISPATCH_MAX_BYTES)
        problems.push(`client_payload is ${bytes} bytes; GitHub accepts at most ${DISPATCH_MAX_BYTES} (64 KB)`);
    if (!isObject(payload)) {
        problems.push('client_payload is not a JSON object');
        return { kind: 'payload', payload: { event: payload, context: {} }, problems };
    }
    // A bare EventBridge event as the whole client_payload (9 keys) is an accepted variant.
    const body = !('event' in payload) && 'detail-type' in payload && 'source' in payload
        ? { event: payload }
        : payload;
    const invalidKeys = new Set();
    const validate = validateDispatch();
    if (!validate(body)) {
        for (const e of validate.errors ?? []) {
            problems.push(describe(e));
            const key = /^\/context\/([^/]+)/.exec(e.instancePath)?.[1];
            if (key !== undefined)
                invalidKeys.add(key);
        }
    }
    // Only the invalid context keys are dropped; the rest of the context is still used.
    const context = Object.fromEntries(Object.entries(isObject(body.context) ? body.context : {}).filter(([k]) => !invalidKeys.has(k)));
    if (typeof body.event === 'string') {
        try {
            return {
                kind: 'payload',
                payload: { event: JSON.parse(body.event), context },
                problems
            };
        }
        catch (error) {
            problems.push(`client_payload.event is a string but not JSON (${error.message})`);
        }
    }
    return {
        kind: 'payload',
        payload: { event: 'event' in body ? body.event : body, context },
        problems
    };
}
/** The dispatch payload from a webhook event, or why this event is not for intake. */
function readDelivery(eventName, webhook, expectedType) {
    if (!isObject(webhook))
        throw new DeliveryError('The webhook event payload is not a JSON object.');
    if (eventName === 'repository_dispatch') {
        if (webhook.action !== expectedType) {
            return {
                kind: 'ignore',
                reason: `repository_dispatch event_type is ${JSON.stringify(webhook.action)}, not ${JSON.stringify(expectedType)} (set the \`event-type\` input to accept it)`
            };
        }
        return readPayload(webhook.client_payload);
    }
    if (eventName === 'workflow_dispatch') {
        const raw = isObject(webhook.inputs) ? webhook.inputs.event : undefined;
        if (typeof raw !== 'string' || raw.trim() === '')
            throw new DeliveryError('workflow_dispatch needs an `event` input holding the AWS event (or a whole dispatch payload) as JSON.');
        return readPayload(wrapEvent(parseJsonText(raw, 'the `event` input')));
    }
    throw new DeliveryError(`Intake handles repository_dispatch and workflow_dispatch events, not ${eventName}; set the \`command\` input for this workflow.`);
}
/** An event given by itself (CLI, workflow_dispatch) becomes a dispatch payload. */
function wrapEvent(value) {
    return isObject(value) && 'event' in value ? value : { event: value };
}
/** JSON.parse with an error that says where and what to do. */
function parseJsonText(text, what) {
    try {
        return JSON.parse(text.replace(/^\uFEFF/, ''));
    }
    catch (error) {
        throw new DeliveryError(`${what} is not valid JSON: ${error.message}. Pass the AWS event exactly as EventBridge delivers it.`);
    }
}
/** Whether a normalized event is an incident: configuration changes are not. */
function classify(incident, policy) {
    if (/Configuration Change$/.test(incident.detailType)) {
        return {
            kind: 'skip',
            reason: `"${incident.detailType}" events are configuration changes, not incidents`
        };
    }
    if (incident.kind === 'alarm' &&
        incident.state === 'INSUFFICIENT_DATA' &&
        policy.insufficientData === 'ignore') {
        return {
            kind: 'skip',
            reason: 'INSUFFICIENT_DATA is not treated as an incident (set `insufficient-data: incident` to change that)'
        };
    }
    return { kind: 'incident' };
}

// List inputs and options (`allowed-documents`, `log-groups`, `--allow-document`): one way to
// split them everywhere, comma or newline separated, blanks ignored.
/** The items of a list value; undefined when it has none, so callers can fall back. */
function parseList(value) {
    const items = (value ?? '')
        .split(/[\n,]/)
        .map((s) => s.trim())
        .filter((s) => s !== '');
    return items.length > 0 ? items : undefined;
}

export { parseJsonText as a, readDelivery as b, classify as c, parseList as p, readPayload as r, wrapEvent as w };
