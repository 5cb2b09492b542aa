import { r as runtime0 } from './ucs2length-43QcV_Qu.js';
import { s as safeJson, i as isObject, R as RepairNotes, o as oneLine } from './json-DBadgRse.js';

// Generated from schemas/dispatch.schema.json by `npm run generate` (ajv standalone code). Do not edit.
const validate = validate20;const schema31 = {"properties":{"event":{"type":["object","string"]},"context":{"properties":{"severity":{"enum":["low","medium","high","critical","LOW","MEDIUM","HIGH","CRITICAL"]},"tags":{"additionalProperties":{"type":["string","number","boolean"]}}}}}};const pattern4 = new RegExp("^[.\\-_/#A-Za-z0-9]{1,512}$", "u");const pattern5 = new RegExp("^[a-z0-9]+(-[a-z0-9]+)*$", "u");const func1 = (runtime0.default ?? runtime0);function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate20.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(data && typeof data == "object" && !Array.isArray(data)){if(Object.keys(data).length > 10){const err0 = {instancePath,schemaPath:"#/maxProperties",keyword:"maxProperties",params:{limit: 10},message:"must NOT have more than 10 properties"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.event === undefined){const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "event"},message:"must have required property '"+"event"+"'"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}if(data.event !== undefined){let data0 = data.event;if((!(data0 && typeof data0 == "object" && !Array.isArray(data0))) && (typeof data0 !== "string")){const err2 = {instancePath:instancePath+"/event",schemaPath:"#/properties/event/type",keyword:"type",params:{type: schema31.properties.event.type},message:"must be object,string"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data.context !== undefined){let data1 = data.context;if(data1 && typeof data1 == "object" && !Array.isArray(data1)){if(data1.logGroups !== undefined){let data2 = data1.logGroups;if(Array.isArray(data2)){if(data2.length > 10){const err3 = {instancePath:instancePath+"/context/logGroups",schemaPath:"#/properties/context/properties/logGroups/maxItems",keyword:"maxItems",params:{limit: 10},message:"must NOT have more than 10 items"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}const len0 = data2.length;for(let i0=0; i0<len0; i0++){let data3 = data2[i0];if(typeof data3 === "string"){if(!pattern4.test(data3)){const err4 = {instancePath:instancePath+"/context/logGroups/" + i0,schemaPath:"#/properties/context/properties/logGroups/items/pattern",keyword:"pattern",params:{pattern: "^[.\\-_/#A-Za-z0-9]{1,512}$"},message:"must match pattern \""+"^[.\\-_/#A-Za-z0-9]{1,512}$"+"\""};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}else {const err5 = {instancePath:instancePath+"/context/logGroups/" + i0,schemaPath:"#/properties/context/properties/logGroups/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}let i1 = data2.length;let j0;if(i1 > 1){const indices0 = {};for(;i1--;){let item0 = data2[i1];if(typeof item0 !== "string"){continue;}if(typeof indices0[item0] == "number"){j0 = indices0[item0];const err6 = {instancePath:instancePath+"/context/logGroups",schemaPath:"#/properties/context/properties/logGroups/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;break;}indices0[item0] = i1;}}}else {const err7 = {instancePath:instancePath+"/context/logGroups",schemaPath:"#/properties/context/properties/logGroups/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}if(data1.runbook !== undefined){let data4 = data1.runbook;if(typeof data4 === "string"){if(func1(data4) > 64){const err8 = {instancePath:instancePath+"/context/runbook",schemaPath:"#/properties/context/properties/runbook/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}if(!pattern5.test(data4)){const err9 = {instancePath:instancePath+"/context/runbook",schemaPath:"#/properties/context/properties/runbook/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\""};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}else {const err10 = {instancePath:instancePath+"/context/runbook",schemaPath:"#/properties/context/properties/runbook/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}if(data1.severity !== undefined){let data5 = data1.severity;if(!((((((((data5 === "low") || (data5 === "medium")) || (data5 === "high")) || (data5 === "critical")) || (data5 === "LOW")) || (data5 === "MEDIUM")) || (data5 === "HIGH")) || (data5 === "CRITICAL"))){const err11 = {instancePath:instancePath+"/context/severity",schemaPath:"#/properties/context/properties/severity/enum",keyword:"enum",params:{allowedValues: schema31.properties.context.properties.severity.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}if(data1.tags !== undefined){let data6 = data1.tags;if(data6 && typeof data6 == "object" && !Array.isArray(data6)){if(Object.keys(data6).length > 50){const err12 = {instancePath:instancePath+"/context/tags",schemaPath:"#/properties/context/properties/tags/maxProperties",keyword:"maxProperties",params:{limit: 50},message:"must NOT have more than 50 properties"};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}for(const key0 in data6){let data7 = data6[key0];if(((typeof data7 !== "string") && (!(typeof data7 == "number"))) && (typeof data7 !== "boolean")){const err13 = {instancePath:instancePath+"/context/tags/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/context/properties/tags/additionalProperties/type",keyword:"type",params:{type: schema31.properties.context.properties.tags.additionalProperties.type},message:"must be string,number,boolean"};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}}else {const err14 = {instancePath:instancePath+"/context/tags",schemaPath:"#/properties/context/properties/tags/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}}else {const err15 = {instancePath:instancePath+"/context",schemaPath:"#/properties/context/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}}else {const err16 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}validate20.errors = vErrors;return errors === 0;}validate20.evaluated = {"props":{"event":true,"context":true},"dynamicProps":false,"dynamicItems":false};

/** GitHub's limits on `client_payload`. */
const DISPATCH_MAX_BYTES = 65_536;
/** Input that cannot be read at all (not JSON): the run fails with this message. */
class DeliveryError extends Error {
    name = 'DeliveryError';
}
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
/**
 * Reads a dispatch payload: makes it safe (sanitize.ts), checks it, and drops only the context
 * keys that are invalid.
 */
function readPayload(delivered) {
    const repairs = new RepairNotes();
    // From here on only the safe copy is used: nothing below (nor after intake) sees a lone
    // surrogate or nesting deeper than MAX_DEPTH. The size is that of the payload as it came.
    const safe = safeJson(delivered, { where: 'client_payload', notes: repairs });
    const payload = safe.value;
    const problems = [];
    const done = (event, context) => {
        const notes = repairs.list();
        return {
            kind: 'payload',
            payload: { event, context },
            problems,
            ...(notes.length > 0 ? { notes } : {})
        };
    };
    if (safe.bytes > DISPATCH_MAX_BYTES)
        problems.push(`client_payload is ${safe.bytes} bytes; GitHub accepts at most ${DISPATCH_MAX_BYTES} (64 KB)`);
    if (!isObject(payload)) {
        problems.push('client_payload is not a JSON object');
        return done(payload, {});
    }
    // A bare EventBridge event as the whole client_payload (9 keys) is an accepted variant.
    const bare = !('event' in payload) && 'detail-type' in payload && 'source' in payload;
    const body = bare ? { event: payload } : payload;
    const invalidKeys = new Set();
    const validate$1 = validate;
    if (!validate$1(body)) {
        for (const e of validate$1.errors ?? []) {
            problems.push(describe(e));
            const key = /^\/context\/([^/]+)/.exec(e.instancePath)?.[1];
            if (key !== undefined)
                invalidKeys.add(key);
        }
    }
    // Only the invalid context keys are dropped; the rest of the context is still used.
    const context = Object.fromEntries(Object.entries(isObject(body.context) ? body.context : {}).filter(([k]) => !invalidKeys.has(k)));
    if (typeof body.event === 'string') {
        let parsed;
        try {
            parsed = JSON.parse(body.event);
        }
        catch (error) {
            problems.push(`client_payload.event is a string but not JSON (${error.message})`);
        }
        // The event the string held is made safe like the rest, its notes with the others.
        if (parsed !== undefined)
            return done(safeJson(parsed, { where: 'client_payload.event', depth: 1, notes: repairs }).value, context);
    }
    return done('event' in body ? body.event : body, context);
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
/**
 * JSON.parse with an error that says where and what to do. V8's JSON.parse is iterative, so it
 * takes any depth of nesting; readPayload then makes the value safe.
 */
function parseJsonText(text, what) {
    try {
        return JSON.parse(text.replace(/^\uFEFF/, ''));
    }
    catch (error) {
        throw new DeliveryError(`${what} is not valid JSON: ${error.message}. Pass the AWS event exactly as EventBridge delivers it.`);
    }
}
/**
 * Why an ECS event is no incident, if it is not: ECS types its service action and deployment
 * events itself (`detail.eventType`), and an `INFO` one reports that things went as they should
 * (SERVICE_STEADY_STATE, SERVICE_DESIRED_COUNT_UPDATED, CAPACITY_PROVIDER_STEADY_STATE,
 * SERVICE_DEPLOYMENT_IN_PROGRESS, SERVICE_DEPLOYMENT_COMPLETED, …); `WARN` and `ERROR` ones
 * (SERVICE_TASK_START_IMPAIRED, SERVICE_DEPLOYMENT_FAILED, …) are incidents. The reader keeps the
 * event type in `details` (sources/ecs.ts).
 */
function ecsInformational(incident) {
    if (incident.source !== 'aws.ecs' || incident.details?.eventType?.toUpperCase() !== 'INFO')
        return undefined;
    const name = incident.eventName ? oneLine(incident.eventName, 80) : undefined;
    return name
        ? `ECS reports ${name}, an informational event`
        : 'ECS reports an informational event (`eventType` INFO)';
}
/**
 * Whether a normalized event is an incident: configuration changes are not, nor are the events
 * ECS itself marks informational.
 */
function classify(incident, policy) {
    if (/Configuration Change$/.test(incident.detailType)) {
        return {
            kind: 'skip',
            reason: `"${incident.detailType}" events are configuration changes, not incidents`
        };
    }
    const informational = ecsInformational(incident);
    if (informational !== undefined)
        return { kind: 'skip', reason: informational };
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

export { readPayload as a, parseJsonText as b, classify as c, parseList as p, readDelivery as r, wrapEvent as w };
