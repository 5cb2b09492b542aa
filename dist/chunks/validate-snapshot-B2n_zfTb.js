import { j as compileGlob, r as runtime0 } from './exclude-5D40szqG.js';
import { i as isWellFormed, w as wellFormed } from './untrusted-DXllcjvl.js';
import { c as cutOutsideSecrets } from './redact-dgEMPhFv.js';

// Text bound for an issue title or a table cell: one line, no control characters, capped in
// length as the incident schema counts it (code points). The text is untrusted and is redacted
// only later, with the rest of the incident: a cap never cuts through a secret (see
// cutOutsideSecrets), so what is left of the text is still redacted whole.
const MAX_DETAILS = 12;
/** One line without control characters, at most `max` code points (what JSON Schema counts). */
function oneLine(text, max) {
    const flat = text.replace(/[\p{Cc}\u2028\u2029]+/gu, ' ').trim();
    const points = Array.from(flat);
    if (points.length <= max)
        return flat;
    // Where the first `max` code points end, in UTF-16 units; moved back before a secret it splits.
    const at = points.slice(0, max).join('').length;
    const cut = cutOutsideSecrets(flat, at);
    return cut === at ? flat.slice(0, at) : flat.slice(0, cut).trimEnd();
}
/** A string, number or boolean as text; anything else as ''. (json.ts re-exports it.) */
function scalarText(v) {
    return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? String(v) : '';
}
/** Key facts for a table: scalar values only, on one line, capped in count and length. */
function facts(pairs) {
    const out = {};
    for (const [k, v] of pairs) {
        const text = oneLine(scalarText(v), 200);
        if (text !== '' && Object.keys(out).length < MAX_DETAILS)
            out[k] = text;
    }
    return Object.keys(out).length > 0 ? out : undefined;
}

// The delivered payload made safe for everything after intake reads it (dispatch.ts readPayload
// is the one place; normalize.ts and parseJsonString in json.ts apply it again to what reaches
// them by other ways, at no cost when nothing needs changing). Two kinds of JSON are valid and
// under GitHub's 64 KB, yet broke intake before this step:
// - a lone UTF-16 surrogate (`"checkout \ud800 5xx"`): valid JSON, broken text, on which
//   `encodeURIComponent` throws `URI malformed`; it is replaced with U+FFFD, in strings and in
//   object keys;
// - nesting thousands of levels deep (`[[[[…]]]]` is 2 bytes a level): JSON.parse takes it (V8's
//   parser is iterative), but JSON.stringify and every recursive walk overflow the call stack;
//   whatever lies deeper than MAX_DEPTH levels is replaced with CUT_MARKER.
// What was changed comes back as short notes (at most MAX_NOTES, paths capped), which the issue
// shows. The walk itself is iterative (an explicit stack), so no input can overflow it, and it is
// linear in the size of the input; a value that contains itself (never from JSON.parse) is cut
// like a deep one rather than walked forever.
//
// Why no library: secure-json-parse and @hapi/bourne guard against prototype poisoning only,
// safe-stable-stringify limits depth when writing, not reading, and none repairs surrogates or
// reports what it changed in the words an issue needs; this is one small walk, and the bundle
// stays free of another dependency.
/**
 * The deepest nesting kept, in levels of objects and arrays counted from the root of the
 * delivery (`client_payload` is level 1, its `event` level 2). AWS events are shallow: a
 * CloudWatch alarm's metric dimensions sit at level 9 of the dispatch payload, and so do a
 * GuardDuty finding's security groups; 64 leaves room for any real event and for payloads
 * wrapped a few times, while every walk after intake stays far from the call stack's limit.
 */
const MAX_DEPTH = 64;
/** What replaces an object or array nested deeper than MAX_DEPTH. */
const CUT_MARKER = `[cut by OpsLoop: nested deeper than ${MAX_DEPTH} levels]`;
/** Notes listed in full; the rest are counted in one last note. */
const MAX_NOTES = 5;
/** Path segments shown before `…`, and the longest key shown (code points). */
const PATH_SEGMENTS = 8;
const KEY_SHOWN = 40;
/** Repair notes, grouped by text (a note repeated at many places is one line) and bounded. */
class RepairNotes {
    counts = new Map();
    add(note) {
        this.counts.set(note, (this.counts.get(note) ?? 0) + 1);
    }
    get size() {
        return this.counts.size;
    }
    list() {
        const notes = [...this.counts].map(([note, n]) => (n > 1 ? `${note} (${n} places)` : note));
        if (notes.length <= MAX_NOTES)
            return notes;
        const rest = notes.length - MAX_NOTES;
        return [
            ...notes.slice(0, MAX_NOTES),
            `${rest} more place(s) were repaired the same ways; the event as delivered shows them`
        ];
    }
}
const IDENTIFIER = /^[A-Za-z_$][\w$-]*$/;
/** `client_payload.event.detail["a b"][0]`: one line, capped, no backticks (notes quote it in one). */
function pathOf(place) {
    const segments = [];
    for (let p = place; p; p = p.up)
        segments.push(p.segment);
    segments.reverse();
    const [root, ...rest] = segments;
    const shown = rest.slice(0, PATH_SEGMENTS).map((s) => {
        if (typeof s === 'number')
            return `[${s}]`;
        const key = oneLine(s, KEY_SHOWN);
        return IDENTIFIER.test(key) ? `.${key}` : `[${JSON.stringify(key)}]`;
    });
    const path = `${String(root)}${shown.join('')}${rest.length > PATH_SEGMENTS ? '…' : ''}`;
    return path.replace(/`/g, "'");
}
/** UTF-8 bytes of a scalar as JSON.stringify writes it (lone surrogates as `\udXXX` escapes). */
function scalarBytes(value, inArray) {
    const text = typeof value === 'bigint' ? String(value) : JSON.stringify(value);
    if (typeof text === 'string')
        return Buffer.byteLength(text);
    return inArray ? 4 : 0; // `null` in an array; an object member is left out
}
/** A member JSON.stringify leaves out of an object. */
const omitted = (v) => v === undefined || typeof v === 'function' || typeof v === 'symbol';
/** Defined, not assigned, so a `__proto__` key stays a plain key. */
function define(target, key, value) {
    Object.defineProperty(target, key, {
        value,
        writable: true,
        enumerable: true,
        configurable: true
    });
}
/**
 * One pass over the value: measures it, finds what needs repair, and (with `notes`) builds the
 * repaired copy. Without `notes` it only answers whether a repair is needed.
 */
function walk(root, depth, where, notes) {
    let value = root;
    let bytes = 0;
    let repairs = false;
    const open = new Set();
    const tasks = [
        {
            value: root,
            depth,
            place: { up: undefined, segment: where },
            inArray: false,
            ...(notes ? { put: (v) => (value = v) } : {})
        }
    ];
    for (let task = tasks.pop(); task !== undefined; task = tasks.pop()) {
        if ('leave' in task) {
            open.delete(task.leave);
            continue;
        }
        const { value: v, put, place } = task;
        if (typeof v === 'string') {
            bytes += scalarBytes(v, task.inArray);
            if (isWellFormed(v))
                put?.(v);
            else {
                repairs = true;
                put?.(wellFormed(v));
                if (put)
                    notes?.add(`\`${pathOf(place)}\` held a lone UTF-16 surrogate (broken text); replaced with U+FFFD`);
            }
            continue;
        }
        if (v === null || typeof v !== 'object') {
            bytes += scalarBytes(v, task.inArray);
            put?.(v);
            continue;
        }
        const cyclic = open.has(v);
        if (cyclic || task.depth >= MAX_DEPTH) {
            repairs = true;
            if (put) {
                put(CUT_MARKER);
                notes?.add(cyclic
                    ? `\`${pathOf(place)}\` contains itself; cut there`
                    : `\`${pathOf(place)}\` was nested deeper than ${MAX_DEPTH} levels; cut there and replaced with a marker`);
            }
            // Below a cut nothing is built, but the size is still measured; a cycle is not walked.
            if (cyclic)
                continue;
        }
        const building = put !== undefined && task.depth < MAX_DEPTH;
        open.add(v);
        tasks.push({ leave: v });
        const below = task.depth + 1;
        // Children are pushed in reverse, so the stack gives them back in document order (the
        // repaired copy keeps the order of keys).
        if (Array.isArray(v)) {
            const items = v;
            const out = building ? [] : undefined;
            if (out)
                put?.(out);
            bytes += items.length === 0 ? 2 : items.length + 1; // brackets and commas
            for (let i = items.length - 1; i >= 0; i--)
                tasks.push({
                    value: items[i],
                    depth: below,
                    place: { up: place, segment: i },
                    inArray: true,
                    ...(out ? { put: (x) => (out[i] = x) } : {})
                });
            continue;
        }
        const out = building ? {} : undefined;
        if (out)
            put?.(out);
        const entries = Object.entries(v);
        const kept = entries.filter(([, x]) => !omitted(x));
        bytes += kept.length === 0 ? 2 : kept.length + 1; // braces and commas
        const names = new Set();
        const children = [];
        for (const [key, x] of entries) {
            if (!omitted(x))
                bytes += scalarBytes(key, false) + 1; // "key":
            let name = key;
            let keep = true;
            if (!isWellFormed(key)) {
                repairs = true;
                name = wellFormed(key);
                keep = !names.has(name) && !Object.hasOwn(v, name);
                if (out)
                    notes?.add(keep
                        ? `the key \`${pathOf({ up: place, segment: name })}\` held a lone UTF-16 surrogate (broken text); replaced with U+FFFD`
                        : `the key \`${pathOf({ up: place, segment: name })}\` held a lone UTF-16 surrogate, and repaired it repeats another key; left out`);
            }
            names.add(name);
            children.push({
                value: x,
                depth: below,
                place: { up: place, segment: name },
                inArray: false,
                ...(out && keep
                    ? {
                        put: (y) => {
                            define(out, name, y);
                        }
                    }
                    : {})
            });
        }
        for (let i = children.length - 1; i >= 0; i--)
            tasks.push(children[i]);
    }
    return { value, bytes, repairs };
}
/**
 * `value` (JSON, as JSON.parse gives it) with lone surrogates replaced with U+FFFD and anything
 * nested deeper than MAX_DEPTH levels replaced with CUT_MARKER, the notes saying what changed
 * where, and the input's size as JSON. When nothing needs changing, `value` is the input itself.
 */
function safeJson(value, options = {}) {
    const where = options.where ?? 'the payload';
    const depth = options.depth ?? 0;
    const checked = walk(value, depth, where, undefined);
    if (!checked.repairs)
        return { value, notes: options.notes?.list() ?? [], bytes: checked.bytes };
    const notes = options.notes ?? new RepairNotes();
    const repaired = walk(value, depth, where, notes);
    return { value: repaired.value, notes: notes.list(), bytes: repaired.bytes };
}

// Reading JSON that nobody vouched for: each helper takes any value and returns the shape asked
// for or nothing (`undefined`, `{}`, `[]`), so the readers never throw on a malformed event.
// None of them walks a value deeply; JSON found inside a string is made safe as it is parsed.
const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v) => typeof v === 'string' && v !== '' ? v : undefined;
const obj = (v) => (isObject(v) ? v : {});
const num = (v) => typeof v === 'number' && Number.isFinite(v) ? v : undefined;
const int = (v) => Number.isInteger(v) ? v : undefined;
const list = (v) => (Array.isArray(v) ? v : []);
/**
 * A string holding JSON is parsed (`undefined` when it is not JSON); anything else is kept. What
 * the string held is made safe as the delivery is (sanitize.ts: lone surrogates replaced, nesting
 * cut), silently: an SNS `Message` or a `detail` sent as text is not in the delivery's own walk,
 * and the event as delivered, shown on the issue, still holds the text as it came.
 */
function parseJsonString(v) {
    if (typeof v !== 'string')
        return v;
    let parsed;
    try {
        parsed = JSON.parse(v);
    }
    catch {
        return undefined;
    }
    return safeJson(parsed).value;
}
/** The scalar entries of an object, as strings. */
function stringRecord(v) {
    const out = {};
    for (const [k, val] of Object.entries(obj(v))) {
        if (typeof val === 'string' || typeof val === 'number' || typeof val === 'boolean')
            out[k] = String(val);
    }
    return out;
}
/** The object without its `undefined` entries. */
function clean(o) {
    return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
}

const DIMENSION_TYPES = {
    InstanceId: 'ec2:instance',
    AutoScalingGroupName: 'autoscaling:autoScalingGroup',
    LoadBalancer: 'elasticloadbalancing:loadbalancer',
    TargetGroup: 'elasticloadbalancing:targetgroup',
    ServiceName: 'ecs:service',
    ClusterName: 'ecs:cluster',
    DBInstanceIdentifier: 'rds:db',
    FunctionName: 'lambda:function',
    QueueName: 'sqs:queue',
    TableName: 'dynamodb:table'
};
/** `service:type` from an ARN, e.g. `arn:aws:ecs:r:a:service/c/s` → `ecs:service`. */
function resourceTypeOfArn(arn) {
    const m = /^arn:[^:]+:([^:]+):[^:]*:[^:]*:(.+)$/.exec(arn);
    if (!m?.[1] || !m[2])
        return undefined;
    const type = /^([^/:]+)[/:]/.exec(m[2])?.[1];
    return type ? `${m[1]}:${type}` : m[1];
}
/** The types of the resources (ARNs or bare instance ids) and of the metrics' dimensions. */
function resourceTypes(resources, metrics) {
    const types = new Set();
    for (const r of resources) {
        const t = resourceTypeOfArn(r);
        if (t)
            types.add(t);
        else if (/^i-[0-9a-f]+$/.test(r))
            types.add('ec2:instance');
    }
    for (const m of metrics) {
        for (const d of Object.keys(m.dimensions)) {
            const t = DIMENSION_TYPES[d];
            if (t)
                types.add(t);
        }
    }
    return [...types];
}
/** An EC2 instance id, as AWS writes it (8 or 17 hex digits). */
const INSTANCE_ID = /^i-[0-9a-f]{8,17}$/;
/** The instance id a resource names: a bare id or an EC2 instance ARN. */
function instanceIdOf(resource) {
    const id = resource.startsWith('arn:') ? /:instance\/(.+)$/.exec(resource)?.[1] : resource;
    return id !== undefined && INSTANCE_ID.test(id) ? id : undefined;
}
/** The service of `arn:aws:ecs:<region>:<account>:service/<cluster>/<service>` (the long format). */
function ecsServiceOfArn(arn) {
    const m = /^arn:aws[a-z-]*:ecs:([^:]+):\d*:service\/([^/]+)\/([^/]+)$/.exec(arn);
    return m?.[1] && m[2] && m[3] ? { region: m[1], cluster: m[2], service: m[3] } : undefined;
}
/** The service an alarm metric's `ClusterName` and `ServiceName` dimensions name. */
function ecsServiceOfDimensions(dimensions) {
    const { ClusterName: cluster, ServiceName: service } = dimensions;
    return cluster && service ? { cluster, service } : undefined;
}
/** The name at the end of an ARN or path: `…:service/c/s` → `s`. */
const lastSegment = (s) => s.split(/[:/]/).pop() ?? s;
/** `resources` plus `id` unless a resource already names it. */
function withResource(resources, id) {
    if (!id || resources.some((r) => r === id || r.endsWith(`/${id}`)))
        return resources;
    return [...resources, id];
}
/**
 * The ARNs of the resources an alarm's metric dimensions name, where AWS's ARN format lets them
 * be written from the dimension alone (an Auto Scaling group's or a queue's ARN needs more than
 * its name). Their tags are the resource's tags: a `service` tag on the instance or the target
 * group counts like one on the alarm.
 */
function watchedResourceArns(metrics, account, region) {
    if (!account || !region || !/^\d{12}$/.test(account))
        return [];
    const partition = region.startsWith('cn-')
        ? 'aws-cn'
        : region.startsWith('us-gov-')
            ? 'aws-us-gov'
            : 'aws';
    const arn = (service, resource) => `arn:${partition}:${service}:${region}:${account}:${resource}`;
    const arns = new Set();
    for (const { dimensions: d } of metrics) {
        if (d.InstanceId && INSTANCE_ID.test(d.InstanceId))
            arns.add(arn('ec2', `instance/${d.InstanceId}`));
        if (d.TargetGroup?.startsWith('targetgroup/'))
            arns.add(arn('elasticloadbalancing', d.TargetGroup));
        if (d.LoadBalancer && /^(app|net|gwy)\//.test(d.LoadBalancer))
            arns.add(arn('elasticloadbalancing', `loadbalancer/${d.LoadBalancer}`));
        const ecs = ecsServiceOfDimensions(d);
        if (ecs)
            arns.add(arn('ecs', `service/${ecs.cluster}/${ecs.service}`));
        if (d.FunctionName)
            arns.add(arn('lambda', `function:${d.FunctionName}`));
        if (d.DBInstanceIdentifier)
            arns.add(arn('rds', `db:${d.DBInstanceIdentifier}`));
        if (d.TableName)
            arns.add(arn('dynamodb', `table/${d.TableName}`));
    }
    return [...arns];
}

const REGION = /^[a-z]{2}(-[a-z]+)+-\d$/;
const MAX_LINKS = 5;
/** The console URL of `path` (where `{region}` stands for the region), if the region is valid. */
function consoleUrl(region, path) {
    return region && REGION.test(region)
        ? `https://${region}.console.aws.amazon.com/${path.replace(/\{region\}/g, region)}`
        : undefined;
}
/** A name percent-encoded for a URL; broken UTF-16 becomes U+FFFD instead of an exception. */
function uriPart(name) {
    return encodeURIComponent(wellFormed(name));
}
function link(title, url) {
    return url ? [{ title, url }] : [];
}
function ecsServiceLink(region, cluster, service) {
    const path = `ecs/v2/clusters/${uriPart(cluster)}/services/${uriPart(service)}?region={region}`;
    return link(`ECS service ${service}`, consoleUrl(region, path));
}
/** EC2 instance ids named by the resources, the alarm's dimensions and the event body. */
function instanceIds(p) {
    const ids = [
        ...p.instances,
        ...p.resources.map((r) => instanceIdOf(r) ?? ''),
        ...p.metrics.map((m) => m.dimensions.InstanceId ?? '')
    ];
    return [...new Set(ids.filter((id) => instanceIdOf(id) !== undefined))];
}
/** The alarm, the reader's own links, ECS services and EC2 instances: distinct, at most five. */
function linksOf(p) {
    const alarm = p.kind === 'alarm' && p.alarmName
        ? link(`CloudWatch alarm ${p.alarmName}`, consoleUrl(p.region, `cloudwatch/home?region={region}#alarmsV2:alarm/${uriPart(p.alarmName)}`))
        : [];
    const services = [
        ...p.resources.map(ecsServiceOfArn),
        ...p.metrics.map((m) => ecsServiceOfDimensions(m.dimensions))
    ].flatMap((s) => (s ? ecsServiceLink(s.region ?? p.region, s.cluster, s.service) : []));
    const instances = instanceIds(p).flatMap((id) => link(`EC2 instance ${id}`, consoleUrl(p.region, `ec2/home?region={region}#InstanceDetails:instanceId=${id}`)));
    const byUrl = new Map();
    for (const l of [...alarm, ...p.links, ...services, ...instances]) {
        if (!byUrl.has(l.url))
            byUrl.set(l.url, { title: oneLine(l.title, 200), url: l.url });
    }
    return [...byUrl.values()].slice(0, MAX_LINKS);
}

// OpsLoop's own log anomalies (`source: opsloop.logs`, schemas/log-anomaly.schema.json), from the
// stream detector: a watch, not yet an incident. One watch issue per log group and template, so
// the fingerprint's identity is the log group's ARN and the template's key (a new template and a
// later burst of it are the same watch). The detail is read as leniently as any event (anyone who
// may put events on the bus can send one); what it says is untrusted log text.
const LOG_ANOMALY_SOURCE = 'opsloop.logs';
const LOG_ANOMALY_DETAIL_TYPE = 'OpsLoop Log Anomaly';
/** A watch is low severity; a fatal template that is new or bursting is worth more. */
function severityOf$3(severity) {
    return severity === 'fatal' ? 'medium' : 'low';
}
/** The log group's ARN, as CloudWatch Logs names it (its `:*` form is for IAM only). */
function logGroupArn(logGroup, region, account) {
    return `arn:aws:logs:${region ?? ''}:${account ?? ''}:log-group:${logGroup}`;
}
/** The log group a watch incident is about (its first resource), or undefined for any other. */
function watchedLogGroup(incident) {
    if (incident.source !== LOG_ANOMALY_SOURCE)
        return undefined;
    const arn = incident.resources[0] ?? '';
    const at = arn.indexOf(':log-group:');
    return arn.startsWith('arn:') && at >= 0 ? arn.slice(at + ':log-group:'.length) : undefined;
}
const iso = (ms) => ms === undefined || !Number.isFinite(ms) ? undefined : new Date(ms).toISOString();
const logAnomaly = {
    name: 'OpsLoop log anomaly',
    accepts: ({ source, detailType }) => source === LOG_ANOMALY_SOURCE && detailType === LOG_ANOMALY_DETAIL_TYPE,
    read(detail, base) {
        const logGroup = str(detail.logGroup) ?? 'unknown log group';
        const kind = str(detail.kind);
        const template = str(detail.template) ?? '';
        const key = str(detail.templateKey) ?? '';
        const severity = str(detail.severity);
        const count = num(detail.count);
        const baseline = num(detail.baseline);
        const examples = list(detail.examples).filter(isObject);
        const streams = [...new Set(examples.map((e) => str(e.logStream)).filter((s) => s))];
        const what = kind === 'burst'
            ? `burst of ${severity ?? 'log'} lines`
            : `new ${severity === 'warn' ? 'warning' : (severity ?? 'log')} template`;
        const region = base.region;
        return {
            ...base,
            kind: 'event',
            // The template's key names the watch (fingerprint.ts reads eventName and the first resource).
            eventName: `log-anomaly:${key}`,
            title: `Log anomaly in ${logGroup}: ${what}${template ? `: ${template}` : ''}`,
            severity: severityOf$3(severity),
            description: template,
            reason: kind === 'burst'
                ? `${count ?? '?'} lines in the window, against a baseline of ${baseline ?? '?'} per window`
                : `first seen ${iso(num(detail.firstSeen)) ?? 'at an unknown time'}, after the log group's learning period`,
            resources: [logGroupArn(logGroup, region, base.account), ...base.resources],
            subject: logGroup,
            links: link('CloudWatch Logs log group', consoleUrl(region, 
            // The console encodes the name twice and writes `%` as `$`.
            `cloudwatch/home?region={region}#logsV2:log-groups/log-group/${uriPart(uriPart(logGroup)).replaceAll('%', '$')}`)),
            details: facts([
                ['kind', kind],
                ['logGroup', logGroup],
                ['severity', severity],
                ['count', count],
                ['baseline', baseline],
                ['firstSeen', iso(num(detail.firstSeen))],
                ['detectedAt', iso(num(detail.detectedAt))],
                ['window', `${iso(num(detail.windowStart)) ?? '?'} – ${iso(num(detail.windowEnd)) ?? '?'}`],
                ['streams', streams.slice(0, 5).join(', ')],
                ['example', str(obj(examples[0]).message)]
            ])
        };
    }
};

// When the symptom began: a change point in a metric's history, not the moment the alarm fired
// (alarms wait for several datapoints, so a change that landed "just before the page" may have
// landed after the symptom began). Pure: series in, a time out.
/** How many points before a candidate onset form its baseline, at least. */
const MIN_BASELINE = 5;
/** A point departs from the baseline when it is this many robust deviations away… */
const DEVIATIONS = 4;
/** …and at least this share of the baseline's level (a flat zero baseline has no deviation). */
const RELATIVE_FLOOR = 0.5;
const median = (xs) => {
    const s = [...xs].sort((a, b) => a - b);
    const m = s.length >> 1;
    return s.length === 0 ? 0 : s.length % 2 ? (s[m] ?? 0) : ((s[m - 1] ?? 0) + (s[m] ?? 0)) / 2;
};
/**
 * The time of the first point that departs upward from everything before it (median + 4 median
 * absolute deviations, and half the median or 1 above it) and stays departed in at least two of
 * the next three points: the onset of a rise in errors or latency. Undefined when the series
 * never departs, or departs before it has a baseline.
 */
function changePoint(points) {
    for (let i = MIN_BASELINE; i < points.length; i++) {
        const before = points.slice(0, i).map((p) => p[1]);
        const level = median(before);
        const mad = median(before.map((v) => Math.abs(v - level)));
        const bar = level + Math.max(DEVIATIONS * mad * 1.4826, RELATIVE_FLOOR * Math.abs(level), 1);
        const departs = (j) => (points[j]?.[1] ?? -Infinity) > bar;
        if (!departs(i))
            continue;
        const next = [i + 1, i + 2, i + 3].filter((j) => j < points.length);
        if (next.length === 0 || next.filter(departs).length >= Math.min(2, next.length))
            return points[i]?.[0];
    }
    return undefined;
}
/** The mean of the values in [from, to). */
function meanBetween(points, from, to) {
    const xs = points.filter(([t]) => t >= from && t < to).map(([, v]) => v);
    return xs.length === 0 ? undefined : xs.reduce((a, b) => a + b, 0) / xs.length;
}

/** Evidence weight that convicts, and the lead over the runner-up it needs. */
const CONVICTION_SCORE = 3;
const CONVICTION_MARGIN = 1;
/** Stack frames and configured values are strong evidence; shared words are weak, capped. */
const STRONG = 3;
const FRAME_FILE = 2;
const WORDS_CAP = 2;
/** What a clear case scores: two strong pieces of evidence. A suspect's confidence is its share. */
const CLEAR_CASE_SCORE = 2 * STRONG;
/**
 * How long before a deployment's recorded time its new version may already run (a rolling
 * deployment starts new tasks, which log their settings, before it is done).
 */
const ROLLOUT_MS = 30 * 60_000;
/** A deployment this close after the onset still counts as before it (metric resolution). */
const ONSET_SLACK_MS = 60_000;
const ms = (t) => Date.parse(t);
/** A series' `[time, value]` pairs as numbers (the schema checked their types). */
const pointsOf = (series) => series.points.map(([t, v]) => [ms(String(t)), Number(v)]);
const ERROR_LEVEL = /^(?:err(?:or)?|fatal|crit(?:ical)?|severe|panic|alert|emerg)$/i;
const ERROR_TEXT = /\b(?:ERROR|FATAL|Exception|Traceback|panic:|CRITICAL)\b/;
function linesOf(t) {
    return (t?.logs ?? []).map((l) => ({
        at: ms(l.at),
        text: l.message,
        error: (l.level !== undefined && ERROR_LEVEL.test(l.level)) || ERROR_TEXT.test(l.message),
        warning: l.level !== undefined && /^warn(?:ing)?$/i.test(l.level)
    }));
}
// Files that cannot change what a running service does.
const INERT = [
    /(?:^|\/)(?:docs?|tests?|__tests__|spec|specs|e2e|fixtures|\.github|dashboards?)\//i,
    /\.(?:md|mdx|rst|txt|adoc|css|scss|less|svg|png|jpe?g|gif|ico|snap|lock)$/i,
    /(?:_test\.go|\.test\.[cm]?[jt]sx?|\.spec\.[cm]?[jt]sx?|_test\.py|test_[^/]*\.py|Tests?\.(?:java|kt|cs))$/,
    /(?:^|\/)(?:README|CHANGELOG|LICENSE|CODEOWNERS)[^/]*$/i
];
const inert = (path) => INERT.some((re) => re.test(path));
// Words every diff and log has: no evidence that one change is the one.
const CODE_WORDS = new Set(`const let var function return import export from class public private protected static final
  void async await this self null none true false undefined string number boolean error errors
  value values data result response request config options params param return default new
  catch throw throws try else elif while for if def func type interface struct package module
  require println printf logger log debug info warn warning message failed failure timeout
  exception status code with when then that have will should could would been into than`
    .split(/\s+/)
    .filter(Boolean));
// The redactor's placeholders (`[REDACTED:aws-secret-key#1]`, context/redact.ts): the same
// words in every redacted text, so no evidence that a diff and the errors are related.
const PLACEHOLDER = /\[REDACTED:[a-z0-9-]+#\d+\]/g;
/** Identifier-like words of a text, lower-cased: at least 5 characters with a letter. */
function wordsOf(text) {
    const out = new Set();
    for (const w of text
        .replace(PLACEHOLDER, ' ')
        .toLowerCase()
        .split(/[^a-z0-9_]+/)) {
        if (w.length >= 5 && /[a-z]/.test(w) && !CODE_WORDS.has(w))
            out.add(w);
    }
    return out;
}
/** The added and removed lines of a unified diff (not its context or headers). */
function changedLines(patch) {
    const added = [];
    const removed = [];
    for (const line of (patch ?? '').split('\n')) {
        if (line.startsWith('+++') || line.startsWith('---'))
            continue;
        if (line.startsWith('+'))
            added.push(line.slice(1));
        else if (line.startsWith('-'))
            removed.push(line.slice(1));
    }
    return { added, removed };
}
/** Words only the added lines or only the removed lines of a diff hold. */
function changedWords(patch) {
    const { added, removed } = changedLines(patch);
    const plus = wordsOf(added.join('\n'));
    const minus = wordsOf(removed.join('\n'));
    return new Set([...plus, ...minus].filter((w) => plus.has(w) !== minus.has(w)));
}
// A source file, and the line number after it as Java (`Foo.java:88`), Node (`a.ts:12:5`), Go
// (`x.go:42`) or Python (`"x.py", line 48`) print it.
const SOURCE_FILE = /([A-Za-z0-9_$\-./]+\.(?:java|kt|scala|go|py|js|mjs|cjs|ts|tsx|jsx|rb|cs|php|rs|cpp|cc|c|h))\b(?::(\d+)|"?,? line (\d+))?/g;
/** The source files (and lines) a stack trace or error line names. */
function framesOf(text) {
    return [...text.matchAll(SOURCE_FILE)].flatMap((m) => {
        const file = m[1] ?? '';
        const line = Number(m[2] ?? m[3] ?? NaN);
        return file === '' ? [] : [Number.isFinite(line) ? { file, line } : { file }];
    });
}
/** The new-file line numbers of a diff's added lines. */
function addedLineNumbers(patch) {
    const out = [];
    let n = 0;
    for (const line of (patch ?? '').split('\n')) {
        const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(line);
        if (hunk)
            n = Number(hunk[1]);
        else if (line.startsWith('+') && !line.startsWith('+++'))
            out.push(n++);
        else if (!line.startsWith('-'))
            n++;
    }
    return out;
}
const base = (path) => path.slice(path.lastIndexOf('/') + 1);
/**
 * Whether a frame names a changed path: `Foo.java` its file name; `/app/pay/client.py` (where the
 * image put it) its last two path components at least, or the whole path.
 */
function frameNames(frame, path) {
    if (!frame.includes('/'))
        return base(path) === frame;
    const f = frame.split('/').filter(Boolean);
    const p = path.split('/').filter(Boolean);
    let same = 0;
    while (same < f.length && same < p.length && f[f.length - 1 - same] === p[p.length - 1 - same])
        same++;
    return same >= Math.min(2, f.length, p.length) && same > 0;
}
// `key = value`, `key: value`, `"key": value` in a changed line.
const SETTING = /([A-Za-z_][\w.-]*)["']?\s*[:=]\s*["']?([\w.:/-]+)/g;
/** The `key = value` settings of diff lines, numbers without their digit separators (`10_000`). */
function settingsOf(lines) {
    return lines.flatMap((l) => [...l.matchAll(SETTING)].map((m) => [
        m[1] ?? '',
        (m[2] ?? '').replace(/(?<=\d)[_,](?=\d)/g, '')
    ]));
}
/** Key words of a setting name: `connectTimeoutMs` → connect, timeout; `baseUrl` → base, url. */
const keyWords = (key) => key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length >= 3);
function symptom(snapshot, alarmAt) {
    const primary = snapshot.service;
    const services = snapshot.services ?? {};
    const onsets = [];
    for (const [name, t] of Object.entries(services)) {
        if (primary !== undefined && name !== primary)
            continue;
        for (const [metric, series] of Object.entries(t?.metrics ?? {})) {
            if (!series || (series.kind !== 'errors' && series.kind !== 'latency'))
                continue;
            const at = changePoint(pointsOf(series));
            if (at !== undefined && at <= alarmAt)
                onsets.push({ at, from: `${name}'s ${metric} rose from its baseline` });
        }
    }
    const primaryLines = linesOf(primary === undefined ? undefined : services[primary]);
    if (onsets.length === 0) {
        // Without a series that rose: the first error line.
        const firstError = primaryLines.find((l) => l.error && l.at <= alarmAt);
        if (firstError)
            onsets.push({ at: firstError.at, from: 'the first error line in the logs' });
    }
    const onset = onsets.sort((a, b) => a.at - b.at)[0] ?? {
        at: alarmAt,
        from: 'the alarm (no metric history or error log showed an earlier onset)'
    };
    const failing = new Set(primary === undefined ? [] : [primary]);
    const errorsAfter = [];
    const all = [];
    for (const [name, t] of Object.entries(services)) {
        const lines = linesOf(t);
        const after = lines.filter((l) => l.error && l.at >= onset.at - ONSET_SLACK_MS);
        // A symptom speaks in warnings too (a slowdown's "slow request", a backlog's "falling
        // behind"): the failing service's count as what it says.
        const warnings = name === primary ? lines.filter((l) => l.warning && l.at >= onset.at - ONSET_SLACK_MS) : [];
        const earlierErrors = lines.filter((l) => l.error && l.at < onset.at - ONSET_SLACK_MS);
        if (name === primary || after.length >= 3) {
            errorsAfter.push(...after, ...warnings);
            all.push(...lines);
            if (after.length >= 3 && after.length > 2 * earlierErrors.length)
                failing.add(name);
        }
    }
    return { onset, alarmAt, failing, errorsAfter, lines: all.sort((a, b) => a.at - b.at) };
}
/** Positive evidence of a cause no change made. */
function operationalCauses(snapshot, s, knownServices) {
    const out = [];
    for (const h of snapshot.awsHealth ?? []) {
        const at = ms(h.at);
        if (h.statusCode !== 'closed' && at <= s.alarmAt && at >= s.onset.at - 6 * 3_600_000)
            out.push({
                kind: 'health',
                why: `AWS Health reports ${h.eventTypeCode}${h.service ? ` (${h.service})` : ''} from ${h.at}`
            });
    }
    // A surge is more of everything the service counts as requests: when one request series
    // stays flat (the calls it receives) while another rises (the calls it makes, retrying),
    // the load did not grow.
    const primary = snapshot.service ? snapshot.services?.[snapshot.service] : undefined;
    const rises = [];
    let flat = false;
    for (const [name, series] of Object.entries(primary?.metrics ?? {})) {
        if (series?.kind !== 'requests' || series.points.length === 0)
            continue;
        const points = pointsOf(series);
        const start = points[0]?.[0] ?? 0;
        const pre = meanBetween(points, start, s.onset.at);
        const post = meanBetween(points, s.onset.at, s.alarmAt + 1);
        if (pre === undefined || post === undefined || pre <= 0)
            continue;
        if (post >= 2.5 * pre)
            rises.push({ name, factor: post / pre });
        else
            flat = true;
    }
    if (rises.length > 0 && !flat)
        out.push({
            kind: 'traffic',
            why: `${rises.map((r) => `${r.name} rose ${r.factor.toFixed(1)}×`).join(', ')} at the onset: more load, not a different program`
        });
    const errors = s.errorsAfter;
    if (errors.length >= 3) {
        const share = (test) => errors.filter(test).length / errors.length;
        const hosts = new Map();
        for (const l of errors) {
            const seen = new Set();
            for (const m of l.text.matchAll(/\b((?:[a-z0-9-]+\.)+[a-z]{2,})(?::\d+)?\b/gi)) {
                const host = (m[1] ?? '').toLowerCase();
                if (/\.(?:internal|local|svc|java|py|go|js|ts|kt|rb)$/.test(host) || host.includes('_'))
                    continue;
                if ([...knownServices].some((svc) => host.includes(svc.toLowerCase())))
                    continue;
                if (!/\.(?:com|net|org|io|co|dev|cloud|[a-z]{2})$/.test(host))
                    continue;
                seen.add(host);
            }
            for (const h of seen)
                hosts.set(h, (hosts.get(h) ?? 0) + 1);
        }
        const [host, count] = [...hosts].sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
        if (count / errors.length >= 0.5)
            out.push({
                kind: 'dependency',
                why: `${count} of ${errors.length} error lines name ${host}, a dependency outside the deployed services`
            });
        const ids = new Map();
        for (const l of errors) {
            const seen = new Set([
                ...l.text.matchAll(/\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b|\b(?:[A-Za-z]+[-_])?(?:id|key|record|message|msg|order|event)[-_]?(?:id)?[=:#\s]+["']?([A-Za-z0-9_-]{6,})/gi)
            ].map((m) => m[1] ?? m[0]));
            for (const id of seen)
                ids.set(id, (ids.get(id) ?? 0) + 1);
        }
        const [record, times] = [...ids].sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
        if (times >= 5 && times / errors.length >= 0.4)
            out.push({
                kind: 'poison-record',
                why: `one record, ${record}, fails again and again (${times} of ${errors.length} error lines)`
            });
        if (share((l) => /certificate|x509|PKIX|TLS handshake|SSL handshake|CERT_/i.test(l.text)) >= 0.4)
            out.push({ kind: 'certificate', why: 'the errors are TLS certificate failures' });
        if (share((l) => /Throttl|Rate exceeded|ProvisionedThroughputExceeded|TooManyRequests|SlowDown|RequestLimitExceeded/i.test(l.text)) >= 0.5)
            out.push({ kind: 'throttling', why: 'the errors are AWS throttling' });
    }
    return out;
}
const ownersMap = (snapshot) => (snapshot.components ?? []).map((c) => ({
    fits: compileGlob(c.paths),
    services: [...(c.service ? [c.service] : []), ...(c.usedBy ?? [])]
}));
/** Which services a path belongs to: its own, and those that build from it as a library. */
function ownersOf(map, path, deployed) {
    const mapped = map.filter((o) => o.fits(path));
    // Without a mapping, a deployment's files are its service's.
    return mapped.length === 0 ? [deployed] : mapped.flatMap((o) => o.services);
}
const quoteLine = (text) => `\`${text.trim().slice(0, 160).replace(/`/g, "'")}\``;
/**
 * A stack frame in the errors that names a line this commit wrote (Java, Python and V8 print
 * exact lines), which points at the change itself since two commits may touch one file; else
 * one that names a file it changed elsewhere: code on the failing path it touched.
 */
function frameEvidence(files, errorText) {
    let elsewhere;
    for (const f of files) {
        const added = new Set(addedLineNumbers(f.patch));
        for (const t of errorText) {
            for (const fr of framesOf(t)) {
                if (!frameNames(fr.file, f.path))
                    continue;
                if (fr.line !== undefined && added.has(fr.line))
                    return {
                        text: `the errors' stack trace names line ${fr.line} of ${f.path}, a line this commit wrote: ${quoteLine(t)}`,
                        weight: STRONG + 1
                    };
                elsewhere ??= {
                    text: `the errors' stack trace names ${f.path}, which this commit changed (not at the line the trace names): ${quoteLine(t)}`,
                    weight: FRAME_FILE
                };
            }
        }
    }
    return elsewhere;
}
function evidence(c, s, rarity) {
    const reasons = [];
    const files = c.commit?.files ?? [];
    const errorText = s.errorsAfter.map((l) => l.text);
    const frame = frameEvidence(files, errorText);
    if (frame)
        reasons.push(frame);
    // (2) A value the diff set, which the errors print beside the setting's name and no line
    // printed before the deployment began rolling out.
    const earlier = s.lines.filter((l) => l.at < c.began);
    settings: for (const f of files) {
        const { added, removed } = changedLines(f.patch);
        const was = new Map(settingsOf(removed));
        for (const [key, value] of settingsOf(added)) {
            // Settings hold numbers, durations, URLs and host:port; `self.user = user` is code.
            if (!/^\d/.test(value) && !/:\/\/|^[\w.-]+:\d{2,5}$/.test(value))
                continue;
            // A line moved or re-indented keeps its value: no change.
            if (was.get(key) === value)
                continue;
            const valueRe = new RegExp(
            // A number may carry its unit (`200ms`), not more digits (`2000`) or letters (`5a7f`).
            `(?<![\\w.])${value.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}${/^\d+$/.test(value) ? '(?:ms|s|secs?|seconds|m|mins?|h|[kmg]i?b|%)?' : ''}(?![\\w.])`);
            const words = keyWords(key);
            // Printed beside the setting's name (a URL or host:port speaks for itself).
            const distinctive = /:\/\/|:\d{2,5}$/.test(value);
            const printed = (t) => valueRe.test(t) && (distinctive || words.some((w) => t.toLowerCase().includes(w)));
            const line = errorText.find(printed);
            if (line && !earlier.some((l) => printed(l.text))) {
                reasons.push({
                    text: `this commit set \`${key}\` to ${value} in ${f.path}, and the errors print it: ${quoteLine(line)}`,
                    weight: STRONG
                });
                break settings;
            }
        }
    }
    // (3) Words the diff brought or took away (not those a line kept when it was edited) that the
    // errors say and the logs before the rollout did not.
    const errorWords = wordsOf(errorText.join('\n'));
    const beforeWords = wordsOf(earlier.map((l) => l.text).join('\n'));
    const shared = [...c.words].filter((w) => errorWords.has(w) && !beforeWords.has(w)).sort();
    if (shared.length > 0) {
        const weight = Math.min(WORDS_CAP, shared.reduce((sum, w) => sum + rarity(w), 0));
        reasons.push({
            text: `its diff and the new errors share ${shared
                .slice(0, 5)
                .map((w) => `\`${w}\``)
                .join(', ')}, which the logs never said before it was deployed`,
            weight
        });
    }
    return reasons;
}
const scoreOf = (reasons) => reasons.reduce((a, r) => a + r.weight, 0);
const confidenceOf = (score) => Math.round(Math.min(1, score / CLEAR_CASE_SCORE) * 100) / 100;
/**
 * Judges the changes of a snapshot for an incident whose alarm fired at `alarmAt` (epoch ms):
 * a suspect commit with its reasons, or none with why, and every candidate ruled out with why.
 */
function attributeChange(snapshot, alarmAt, options = {}) {
    const convict = options.convictionScore ?? CONVICTION_SCORE;
    const s = symptom(snapshot, alarmAt);
    const commits = new Map((snapshot.commits ?? []).map((c) => [c.sha, c]));
    const knownServices = new Set([
        ...Object.keys(snapshot.services ?? {}),
        ...(snapshot.deployments ?? []).map((d) => d.service)
    ]);
    const owners = ownersMap(snapshot);
    const ruledOut = [];
    const open = [];
    for (const d of [...(snapshot.deployments ?? [])].sort((a, b) => ms(a.at) - ms(b.at))) {
        const shas = d.commits && d.commits.length > 0 ? d.commits : [d.sha];
        const rule = (why) => {
            for (const sha of shas)
                ruledOut.push({ sha, deployment: d.id, why });
        };
        const at = ms(d.at);
        if (d.state === 'failure' || d.state === 'error') {
            rule(`deployment ${d.id} to ${d.service} did not roll out (${d.state})`);
            continue;
        }
        // Only a rollout that began after the onset is certainly innocent; one recorded later may
        // have been rolling out (its new tasks running) before.
        const began = d.startedAt !== undefined ? ms(d.startedAt) : at - ROLLOUT_MS;
        if (began > s.onset.at + ONSET_SLACK_MS) {
            rule(`deployment ${d.id} to ${d.service} ${d.startedAt !== undefined ? 'began' : 'landed'} ${Math.round(((d.startedAt !== undefined ? began : at) - s.onset.at) / 60_000)} min after the symptom began (${s.onset.from})`);
            continue;
        }
        for (const sha of shas) {
            const commit = commits.get(sha);
            const files = commit?.files ?? [];
            const live = files.filter((f) => !inert(f.path));
            const onPath = live.filter((f) => ownersOf(owners, f.path, d.service).some((o) => s.failing.has(o)));
            if (!s.failing.has(d.service))
                ruledOut.push({
                    sha,
                    deployment: d.id,
                    why: `deployed to ${d.service}, which shows no errors`
                });
            else if (commit && files.length > 0 && live.length === 0)
                ruledOut.push({
                    sha,
                    deployment: d.id,
                    why: `touched only documentation, tests or assets (${files
                        .slice(0, 3)
                        .map((f) => f.path)
                        .join(', ')})`
                });
            else if (commit && live.length > 0 && onPath.length === 0)
                ruledOut.push({
                    sha,
                    deployment: d.id,
                    why: `touched only code of services that show no errors (${live
                        .slice(0, 3)
                        .map((f) => f.path)
                        .join(', ')})`
                });
            else
                open.push({
                    sha,
                    deployment: d.id,
                    service: d.service,
                    ...(d.repo ? { repo: d.repo } : {}),
                    began,
                    ...(commit?.pullRequest ? { pullRequest: commit.pullRequest } : {}),
                    commit: commit && { ...commit, files: onPath },
                    words: new Set(onPath.flatMap((f) => [...changedWords(f.patch)]))
                });
        }
    }
    // A word's weight: 1 when one candidate's diff holds it, less when several do.
    const holders = new Map();
    for (const c of open)
        for (const w of c.words)
            holders.set(w, (holders.get(w) ?? 0) + 1);
    const rarity = (w) => 1 / (holders.get(w) ?? 1);
    const scored = open
        .map((c) => {
        const reasons = evidence(c, s, rarity);
        const score = scoreOf(reasons);
        return {
            sha: c.sha,
            deployment: c.deployment,
            service: c.service,
            ...(c.repo ? { repo: c.repo } : {}),
            ...(c.pullRequest ? { pullRequest: c.pullRequest } : {}),
            score,
            confidence: confidenceOf(score),
            reasons
        };
    })
        .sort((a, b) => b.score - a.score);
    const operational = operationalCauses(snapshot, s, knownServices);
    const [best, second] = scored;
    const strong = best?.reasons.some((r) => r.weight >= STRONG) ?? false;
    const base = { operational, onset: s.onset, open: scored.map((c) => c.sha) };
    const landed = new Map((snapshot.deployments ?? []).map((d) => [d.id, ms(d.at)]));
    const rest = (except) => ruledOutOf(except).map((r) => {
        const at = landed.get(r.deployment);
        return at === undefined || !Number.isFinite(at) ? r : { ...r, landedAt: at };
    });
    const ruledOutOf = (except) => [
        ...ruledOut,
        ...scored
            .filter((c) => c.sha !== except)
            .map((c) => ({
            sha: c.sha,
            deployment: c.deployment,
            why: c.reasons.length === 0
                ? 'nothing in its diff appears in the errors (no changed file in a stack trace, no value they print, no shared word)'
                : `its evidence is weaker: ${c.reasons.map((r) => r.text).join('; ')}`
        }))
    ];
    if (!best || best.score === 0)
        return {
            ...base,
            none: operational[0]
                ? `an operational cause explains it: ${operational.map((o) => o.why).join('; ')}`
                : scored.length === 0
                    ? 'no change reached the failing services before the symptom began'
                    : 'no change is supported by evidence: timing alone convicts nothing',
            considered: [],
            ruledOut: rest()
        };
    if (operational.length > 0 && !strong)
        return {
            ...base,
            none: `an operational cause explains it: ${operational.map((o) => o.why).join('; ')}; no change has strong evidence against it`,
            considered: scored.filter((c) => c.score > 0),
            ruledOut: rest()
        };
    if (best.score < convict || (second && best.score - second.score < CONVICTION_MARGIN))
        return {
            ...base,
            none: best.score < convict
                ? `no change has enough evidence (best ${best.sha.slice(0, 12)}: ${best.score.toFixed(1)}, a suspect needs ${convict})`
                : `${best.sha.slice(0, 12)} and ${second?.sha.slice(0, 12) ?? '?'} are about as well supported`,
            considered: scored.filter((c) => c.score > 0),
            ruledOut: rest()
        };
    return {
        ...base,
        suspect: best,
        considered: scored.filter((c) => c.score > 0 && c.sha !== best.sha),
        ruledOut: rest(best.sha)
    };
}

const ALARM_STATES = new Set(['ALARM', 'OK', 'INSUFFICIENT_DATA']);
function alarmState(v) {
    return typeof v === 'string' && ALARM_STATES.has(v) ? v : undefined;
}
// CloudWatch words its state reasons the same way for every alarm, e.g. "Threshold Crossed:
// 2 out of the last 3 datapoints [91.2 (01/01/26 10:00:00), 95.0 (…)] was greater than the
// threshold (90.0) (minimum 2 datapoints for OK -> ALARM transition)."; classic SNS messages
// carry nothing else, so the alarm's shape is read from that text when the config is silent.
function comparisonFromReason(reason) {
    if (/less than the lower thresholds.*greater than the upper thresholds/.test(reason))
        return 'LessThanLowerOrGreaterThanUpperThreshold';
    if (/greater than the upper thresholds/.test(reason))
        return 'GreaterThanUpperThreshold';
    if (/less than the lower thresholds/.test(reason))
        return 'LessThanLowerThreshold';
    const m = /(?:was|were) (?:not )?(greater|less) than (or equal to )?the threshold/.exec(reason);
    if (!m?.[1])
        return undefined;
    return `${m[1] === 'greater' ? 'Greater' : 'Less'}Than${m[2] ? 'OrEqualTo' : ''}Threshold`;
}
function datapointsFromReason(reason) {
    const inside = /datapoints? \[([^\]]*)\]/.exec(reason)?.[1];
    if (!inside)
        return undefined;
    const values = [...inside.matchAll(/(-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?) \(/g)].map((m) => Number(m[1]));
    // The text lists the newest first; `reasonData` (and so the schema) has the oldest first.
    return values.length > 0 ? values.reverse() : undefined;
}
function evaluatedDatapoints(v) {
    const points = list(v)
        .filter(isObject)
        .map((d) => clean({
        timestamp: str(d.timestamp),
        value: num(d.value),
        sampleCount: num(d.sampleCount),
        threshold: num(d.threshold)
    }))
        .filter((d) => Object.keys(d).length > 0);
    return points.length > 0 ? points : undefined;
}
function alarmOf(f) {
    const data = obj(parseJsonString(f.reasonData));
    const reason = f.reason ?? '';
    const band = f.metrics.find((m) => /ANOMALY_DETECTION_BAND\s*\(/i.test(m.expression ?? ''));
    const type = f.rule || Array.isArray(data.triggeringAlarms)
        ? 'composite'
        : f.thresholdMetricId || band
            ? 'anomaly-detection'
            : f.metrics.some((m) => m.expression) || f.metrics.length > 1
                ? 'metric-math'
                : 'metric';
    // A composite alarm's reason is about its children, so nothing is read from it.
    const fromText = type !== 'composite';
    const recent = list(data.recentDatapoints).filter((v) => num(v) !== undefined);
    return clean({
        type,
        comparison: f.comparison ?? (fromText ? comparisonFromReason(reason) : undefined),
        threshold: f.threshold ??
            (type === 'metric' || type === 'metric-math' ? num(data.threshold) : undefined),
        thresholdMetricId: f.thresholdMetricId ?? band?.id,
        evaluationPeriods: f.evaluationPeriods ??
            (fromText ? int(Number(/out of the last (\d+) datapoints?/.exec(reason)?.[1])) : undefined),
        datapointsToAlarm: f.datapointsToAlarm ??
            (fromText
                ? int(Number(/minimum (\d+) datapoints? for \w+ -> ALARM transition/.exec(reason)?.[1]))
                : undefined),
        rule: f.rule,
        actionsSuppressedBy: f.actionsSuppressedBy,
        recentDatapoints: recent.length > 0 ? recent : fromText ? datapointsFromReason(reason) : undefined,
        evaluatedDatapoints: evaluatedDatapoints(data.evaluatedDatapoints)
    });
}

function metricsOf$1(trigger) {
    const dims = (v) => Object.fromEntries(list(v)
        .filter(isObject)
        .map((d) => [str(d.name) ?? str(d.Name) ?? '', scalarText(d.value ?? d.Value)])
        .filter(([k]) => k !== ''));
    if (Array.isArray(trigger.Metrics)) {
        return trigger.Metrics.filter(isObject).map((m) => {
            const stat = obj(m.MetricStat);
            const metric = obj(stat.Metric);
            return clean({
                id: str(m.Id),
                namespace: str(metric.Namespace),
                name: str(metric.MetricName),
                dimensions: dims(metric.Dimensions),
                expression: str(m.Expression),
                stat: str(stat.Stat),
                period: int(stat.Period)
            });
        });
    }
    if (str(trigger.MetricName)) {
        return [
            clean({
                namespace: str(trigger.Namespace),
                name: str(trigger.MetricName),
                dimensions: dims(trigger.Dimensions),
                stat: str(trigger.Statistic),
                period: int(trigger.Period)
            })
        ];
    }
    return [];
}
/** `fallback`: the id and time of the SNS notification that carried the message, if any. */
function readClassicAlarm(message, fallback) {
    const trigger = obj(message.Trigger);
    const alarmArn = str(message.AlarmArn);
    const metrics = metricsOf$1(trigger);
    const reason = str(message.NewStateReason);
    return {
        source: 'aws.cloudwatch',
        detailType: 'CloudWatch Alarm State Change',
        kind: 'alarm',
        id: fallback.id,
        alarmName: str(message.AlarmName),
        alarmArn,
        state: alarmState(message.NewStateValue),
        previousState: alarmState(message.OldStateValue),
        account: str(message.AWSAccountId),
        region: alarmArn?.split(':')[3],
        time: str(message.StateChangeTime) ?? fallback.time,
        description: str(message.AlarmDescription),
        reason,
        resources: alarmArn ? [alarmArn] : [],
        metrics,
        instances: [],
        links: [],
        alarm: alarmOf({
            rule: str(message.AlarmRule),
            comparison: str(trigger.ComparisonOperator),
            threshold: num(trigger.Threshold),
            thresholdMetricId: str(trigger.ThresholdMetricId),
            evaluationPeriods: int(trigger.EvaluationPeriods),
            datapointsToAlarm: int(trigger.DatapointsToAlarm),
            actionsSuppressedBy: str(message.ActionsSuppressedBy),
            metrics,
            reason
        })
    };
}
/** A classic notification on its own, outside any SNS envelope. */
const classicAlarm = {
    name: 'classic CloudWatch alarm notification',
    accepts: (event) => str(obj(event).AlarmName) !== undefined,
    read: (event) => readClassicAlarm(obj(event), {})
};

// AWS Certificate Manager events (expiry approaching, expired, renewal action required, and the
// informational available/rotated): the certificate becomes the subject, the detail-type the
// event, and what ACM says about the renewal the reason, so a person (and a runbook's `exclude`
// entry) can tell an imported certificate to re-import from one ACM issued and failed to renew.
const EXPIRY_SOON_DAYS = 7;
function severityOf$2(detailType, days) {
    if (/Expired$/.test(detailType) || /Revoked$/.test(detailType))
        return 'critical';
    if (/Renewal Action Required$/.test(detailType))
        return 'high';
    if (/Approaching Expiration$/.test(detailType))
        return days !== undefined && days <= EXPIRY_SOON_DAYS ? 'high' : 'medium';
    if (/(Available|Rotated)$/.test(detailType))
        return 'low';
    return undefined;
}
const acm = {
    name: 'ACM certificate event',
    accepts: ({ source }) => source === 'aws.acm',
    read(detail, base) {
        const name = str(detail.CommonName);
        const days = typeof detail.DaysToExpiry === 'number' ? detail.DaysToExpiry : undefined;
        const status = str(detail.RenewalStatus);
        const statusReason = str(detail.RenewalStatusReason) ?? str(detail.FailureReason);
        const reason = [
            days !== undefined ? `The certificate expires in ${days} days.` : undefined,
            status ? `Renewal status ${status}${statusReason ? `: ${statusReason}` : '.'}` : statusReason
        ]
            .filter((s) => s !== undefined)
            .join(' ');
        return {
            ...base,
            kind: 'event',
            eventName: base.detailType,
            severity: severityOf$2(base.detailType, days),
            ...(reason !== '' ? { reason } : {}),
            subject: name,
            details: facts([
                ['commonName', name],
                ['daysToExpiry', detail.DaysToExpiry],
                ['renewalStatus', status],
                ['renewalStatusReason', statusReason],
                ['validationMethod', detail.DomainValidationMethod],
                ['type', detail.CertificateType ?? detail.Type],
                ['inUse', detail.InUse]
            ])
        };
    }
};

// EC2 Auto Scaling lifecycle events (launch or terminate, successful or not): the detail-type is
// the event, and whether it succeeded sets the severity.
const autoScaling = {
    name: 'EC2 Auto Scaling event',
    accepts: ({ source }) => source === 'aws.autoscaling',
    read(detail, base) {
        const group = str(detail.AutoScalingGroupName);
        const instance = str(detail.EC2InstanceId);
        return {
            ...base,
            kind: 'event',
            eventName: base.detailType,
            severity: /Unsuccessful$/.test(base.detailType)
                ? 'high'
                : /Successful$/.test(base.detailType)
                    ? 'low'
                    : undefined,
            reason: str(detail.StatusMessage) ?? str(detail.Cause),
            subject: group,
            instances: instance ? [instance] : [],
            details: facts([
                ['autoScalingGroup', group],
                ['statusCode', detail.StatusCode],
                ['statusMessage', detail.StatusMessage],
                ['cause', detail.Cause],
                ['instance', instance]
            ])
        };
    }
};

// CloudWatch alarm configuration changes (an alarm created, updated or deleted). They are read
// so the title names the alarm; intake's classify() then skips them as not incidents.
const cloudWatchAlarmConfig = {
    name: 'CloudWatch alarm configuration change',
    accepts: ({ source, detailType }) => source === 'aws.cloudwatch' && /Alarm Configuration Change$/.test(detailType),
    read: (detail, base) => ({
        ...base,
        kind: 'event',
        eventName: str(detail.operation),
        subject: str(detail.alarmName),
        details: facts([
            ['alarmName', detail.alarmName],
            ['operation', detail.operation]
        ])
    })
};

function metricsOf(configuration) {
    return list(configuration.metrics)
        .filter(isObject)
        .map((m) => {
        const stat = obj(m.metricStat);
        const metric = obj(stat.metric);
        return clean({
            id: str(m.id),
            namespace: str(metric.namespace),
            name: str(metric.name),
            dimensions: stringRecord(metric.dimensions),
            expression: str(m.expression),
            stat: str(stat.stat),
            period: int(stat.period)
        });
    });
}
/** The EventBridge `detail` and Lambda `alarmData` shapes, which are the same. */
function readAlarmData(base, data) {
    const configuration = obj(data.configuration);
    const state = obj(data.state);
    const metrics = metricsOf(configuration);
    return {
        ...base,
        kind: 'alarm',
        alarmName: str(data.alarmName) ?? str(configuration.alarmName),
        state: alarmState(state.value),
        previousState: alarmState(obj(data.previousState).value),
        description: str(configuration.description),
        reason: str(state.reason),
        metrics,
        alarm: alarmOf({
            rule: str(configuration.alarmRule),
            comparison: str(configuration.comparisonOperator),
            threshold: num(configuration.threshold),
            thresholdMetricId: str(configuration.thresholdMetricId),
            evaluationPeriods: int(configuration.evaluationPeriods),
            datapointsToAlarm: int(configuration.datapointsToAlarm),
            actionsSuppressedBy: str(state.actionsSuppressedBy),
            metrics,
            reason: str(state.reason),
            reasonData: state.reasonData
        }),
        details: facts([['actionsSuppressor', configuration.actionsSuppressor]])
    };
}
const cloudWatchAlarm = {
    name: 'CloudWatch alarm state change',
    accepts: ({ source, detailType }) => source === 'aws.cloudwatch' && /Alarm State Change$/.test(detailType),
    read: (detail, base) => readAlarmData({ ...base, alarmArn: base.resources.find((r) => r.includes(':alarm:')) }, detail)
};

// EC2 instance state changes and Spot interruption warnings: the instance becomes the subject
// (and a resource, for links and runbook matching), the new state or the interruption the event.
const STATE_CHANGE = 'EC2 Instance State-change Notification';
const SPOT_INTERRUPTION = 'EC2 Spot Instance Interruption Warning';
const STATE_SEVERITY = {
    stopped: 'high',
    terminated: 'high',
    stopping: 'high',
    'shutting-down': 'high',
    pending: 'low',
    running: 'low'
};
const ec2 = {
    name: 'EC2 instance state change or Spot interruption',
    accepts: ({ source, detailType }) => source === 'aws.ec2' && (detailType === STATE_CHANGE || detailType === SPOT_INTERRUPTION),
    read(detail, base) {
        const instance = str(detail['instance-id']);
        const common = {
            ...base,
            kind: 'event',
            resources: withResource(base.resources, instance),
            instances: instance ? [instance] : [],
            subject: instance
        };
        if (base.detailType === SPOT_INTERRUPTION) {
            const action = str(detail['instance-action']);
            return {
                ...common,
                eventName: 'spot-interruption',
                severity: 'medium',
                reason: action ? `Spot interruption: ${action}` : undefined,
                details: facts([
                    ['instance', instance],
                    ['action', action]
                ])
            };
        }
        const state = str(detail.state);
        return {
            ...common,
            eventName: state,
            severity: state ? STATE_SEVERITY[state] : undefined,
            details: facts([
                ['state', state],
                ['instance', instance]
            ])
        };
    }
};

// ECS events: task state changes (a stopped task and why), container instance state changes (a
// disconnected agent), and service actions and deployments, whose `eventType` sets the severity.
const EVENT_TYPE_SEVERITY = {
    ERROR: 'high',
    WARN: 'medium',
    INFO: 'low'
};
function task(detail, base, cluster) {
    const lastStatus = str(detail.lastStatus);
    const stopCode = str(detail.stopCode);
    const group = str(detail.group);
    const service = group?.startsWith('service:') ? group.slice('service:'.length) : undefined;
    const taskDefinition = str(detail.taskDefinitionArn)?.split('task-definition/').pop();
    // A task that failed or whose essential container exited matters; one stopped by a person
    // or by the scheduler (scale-in, deployment) usually does not.
    const severity = lastStatus !== 'STOPPED'
        ? 'low'
        : stopCode === 'TaskFailedToStart' || stopCode === 'EssentialContainerExited'
            ? 'high'
            : stopCode === 'UserInitiated' || stopCode === 'ServiceSchedulerInitiated'
                ? 'low'
                : 'medium';
    return {
        ...base,
        kind: 'event',
        eventName: lastStatus,
        severity,
        reason: str(detail.stoppedReason),
        subject: group,
        links: cluster && service ? ecsServiceLink(base.region, cluster, service) : [],
        details: facts([
            ['lastStatus', lastStatus],
            ['desiredStatus', detail.desiredStatus],
            ['stoppedReason', detail.stoppedReason],
            ['stopCode', stopCode],
            ['group', group],
            ['taskDefinition', taskDefinition],
            ['containers', containerExits(detail.containers)]
        ])
    };
}
/** How the task's containers ended, e.g. `app exit 137: OutOfMemoryError: Container killed …`. */
function containerExits(v) {
    const exits = list(v)
        .filter(isObject)
        .flatMap((c) => {
        const code = num(c.exitCode);
        const reason = str(c.reason);
        if (code === undefined && reason === undefined)
            return [];
        const name = str(c.name) ?? 'container';
        return [`${name}${code === undefined ? '' : ` exit ${code}`}${reason ? `: ${reason}` : ''}`];
    });
    return exits.length > 0 ? exits.slice(0, 5).join('; ') : undefined;
}
function containerInstance(detail, base, cluster) {
    const status = str(detail.status);
    const instance = str(detail.ec2InstanceId);
    const severity = detail.agentConnected === false ? 'high' : status === 'ACTIVE' ? 'low' : 'medium';
    return {
        ...base,
        kind: 'event',
        eventName: status,
        severity,
        reason: str(detail.statusReason),
        instances: instance ? [instance] : [],
        details: facts([
            ['status', status],
            ['agentConnected', detail.agentConnected],
            ['instance', instance],
            ['cluster', cluster]
        ])
    };
}
/** Service actions, deployments and any other ECS event. */
function serviceEvent(detail, base) {
    const eventType = str(detail.eventType);
    return {
        ...base,
        kind: 'event',
        eventName: str(detail.eventName),
        severity: eventType ? EVENT_TYPE_SEVERITY[eventType] : undefined,
        reason: str(detail.reason),
        details: facts([
            ['eventType', eventType],
            ['eventName', detail.eventName],
            ['deploymentId', detail.deploymentId],
            ['reason', detail.reason]
        ])
    };
}
const ecs = {
    name: 'ECS event',
    accepts: ({ source }) => source === 'aws.ecs',
    read(detail, base) {
        const clusterArn = str(detail.clusterArn);
        const cluster = clusterArn ? lastSegment(clusterArn) : undefined;
        if (base.detailType === 'ECS Task State Change')
            return task(detail, base, cluster);
        if (base.detailType === 'ECS Container Instance State Change')
            return containerInstance(detail, base, cluster);
        return serviceEvent(detail, base);
    }
};

// GuardDuty findings: the finding type is the event, its numeric severity is mapped to ours, and
// the resource its `resourceType` names (an instance or a bucket) is the subject.
/** GuardDuty's numeric severity: 9 and above critical, 7 high, 4 medium, below that low. */
function severityOf$1(v) {
    const n = num(v);
    if (n === undefined)
        return undefined;
    if (n >= 9)
        return 'critical';
    if (n >= 7)
        return 'high';
    return n >= 4 ? 'medium' : 'low';
}
const guardDuty = {
    name: 'GuardDuty finding',
    accepts: ({ source, detailType }) => source === 'aws.guardduty' || detailType === 'GuardDuty Finding',
    read(detail, base) {
        const resource = obj(detail.resource);
        const resourceType = str(resource.resourceType);
        const instance = str(obj(resource.instanceDetails).instanceId);
        const accessKey = str(obj(resource.accessKeyDetails).accessKeyId);
        const bucket = obj(list(resource.s3BucketDetails)[0]);
        const region = base.region ?? str(detail.region);
        const findingId = str(detail.id);
        // Sample findings fill every resource section; only the one `resourceType` names is the target.
        const target = resourceType === 'Instance'
            ? instance
            : resourceType === 'S3Bucket'
                ? (str(bucket.arn) ?? str(bucket.name))
                : undefined;
        return {
            ...base,
            kind: 'event',
            region,
            account: base.account ?? str(detail.accountId),
            eventName: str(detail.type),
            severity: severityOf$1(detail.severity),
            description: str(detail.title),
            reason: str(detail.description),
            resources: withResource(base.resources, target),
            instances: resourceType === 'Instance' && instance ? [instance] : [],
            subject: target ? lastSegment(target) : undefined,
            links: findingId
                ? link('GuardDuty finding', consoleUrl(region, `guardduty/home?region={region}#/findings?fId=${uriPart(findingId)}`))
                : [],
            details: facts([
                ['type', detail.type],
                ['severity', detail.severity],
                ['title', detail.title],
                ['resourceType', resourceType],
                ['instance', instance],
                ['accessKey', accessKey],
                ['bucket', bucket.name]
            ])
        };
    }
};

// AWS Health events (issues, scheduled changes, account notifications): the category sets the
// severity, the latest English description is the reason, and the link is the Health dashboard.
const CATEGORY_SEVERITY = {
    issue: 'high',
    scheduledChange: 'medium',
    accountNotification: 'low'
};
const DASHBOARD = 'https://health.aws.amazon.com/health/home#/account/dashboard/open-issues';
const health = {
    name: 'AWS Health event',
    accepts: ({ source, detailType }) => source === 'aws.health' || detailType === 'AWS Health Event',
    read(detail, base) {
        const descriptions = list(detail.eventDescription).filter(isObject);
        const latest = descriptions.find((d) => d.language === 'en_US' && str(d.latestDescription)) ??
            descriptions.find((d) => str(d.latestDescription));
        const category = str(detail.eventTypeCategory);
        const entities = list(detail.affectedEntities)
            .map((e) => str(obj(e).entityValue))
            .filter((e) => e !== undefined);
        return {
            ...base,
            kind: 'event',
            eventName: str(detail.eventTypeCode),
            severity: category ? CATEGORY_SEVERITY[category] : undefined,
            reason: latest ? str(latest.latestDescription) : undefined,
            links: [{ title: 'AWS Health dashboard', url: DASHBOARD }],
            details: facts([
                ['service', detail.service],
                ['eventTypeCategory', category],
                ['statusCode', detail.statusCode],
                ['affectedEntities', entities.slice(0, 10).join(', ')]
            ])
        };
    }
};

// Step Functions execution status changes: the execution's status is the event (FAILED,
// TIMED_OUT and ABORTED need a look; SUCCEEDED and RUNNING are informational), its error and
// cause the reason (`States.Timeout: the task token was not returned …` tells a callback that
// never came from a step that failed), and the state machine the subject.
const STATUS_SEVERITY = {
    FAILED: 'high',
    TIMED_OUT: 'high',
    ABORTED: 'medium',
    PENDING_REDRIVE: 'medium',
    SUCCEEDED: 'low',
    RUNNING: 'low'
};
/** The name at the end of a state machine ARN (`…:stateMachine:payments-onboarding`). */
const machineName = (arn) => arn === undefined ? undefined : /:stateMachine:([^:]+)/.exec(arn)?.[1];
const stepFunctions = {
    name: 'Step Functions execution status change',
    accepts: ({ source, detailType }) => source === 'aws.states' && detailType === 'Step Functions Execution Status Change',
    read(detail, base) {
        const status = str(detail.status);
        const error = str(detail.error);
        const cause = str(detail.cause);
        const machine = str(detail.stateMachineArn);
        const reason = [error, cause].filter((s) => s !== undefined).join(': ');
        return {
            ...base,
            kind: 'event',
            resources: withResource(base.resources, machine),
            eventName: status,
            severity: status ? STATUS_SEVERITY[status] : undefined,
            ...(reason !== '' ? { reason } : {}),
            subject: machineName(machine) ?? str(detail.name),
            details: facts([
                ['status', status],
                ['error', error],
                ['cause', cause],
                ['stateMachine', machineName(machine)],
                ['execution', str(detail.name)]
            ])
        };
    }
};

// EventBridge events, as delivered to a target (or held in an SNS message, or built from a
// PutEvents entry): the envelope gives the base, and the first source reader that accepts the
// `source` and `detail-type` reads the `detail`; other events keep only what every event has.
// Tried in order; the first that accepts reads the event. Only Health and GuardDuty, which also
// accept their detail-type from any source, can overlap another reader, so their place matters.
const SOURCES = [
    cloudWatchAlarm,
    ec2,
    ecs,
    health,
    guardDuty,
    autoScaling,
    acm,
    stepFunctions,
    cloudWatchAlarmConfig,
    logAnomaly
];
/** Any other event: its name from the usual fields, and no invented facts. */
const other = {
    name: 'other EventBridge event',
    accepts: () => true,
    read: (detail, base) => ({
        ...base,
        kind: 'event',
        eventName: str(detail.eventName) ??
            str(detail.eventTypeCode) ??
            str(detail.type) ??
            (base.source === 'aws.ec2' ? str(detail.state) : undefined),
        reason: str(detail.reason)
    })
};
function isEventBridge(e) {
    return (typeof e['detail-type'] === 'string' ||
        (typeof e.source === 'string' && (isObject(e.detail) || isObject(parseJsonString(e.detail)))));
}
function readEventBridge(e) {
    const detail = isObject(e.detail) ? e.detail : obj(parseJsonString(e.detail));
    const base = {
        source: str(e.source) ?? 'unknown',
        detailType: str(e['detail-type']) ?? 'unknown',
        id: str(e.id),
        account: str(e.account),
        region: str(e.region),
        time: str(e.time),
        resources: list(e.resources).filter((r) => typeof r === 'string'),
        metrics: [],
        instances: [],
        links: []
    };
    return (SOURCES.find((r) => r.accepts(base)) ?? other).read(detail, base);
}
const eventBridge = {
    name: 'EventBridge event',
    accepts: (event) => isEventBridge(obj(event)),
    read: (event) => readEventBridge(obj(event))
};

// The payload a CloudWatch alarm's Lambda action receives: `alarmData` has the shape of the
// EventBridge event's `detail`, and the envelope has the alarm's ARN, account and region.
const lambdaAction = {
    name: 'CloudWatch alarm Lambda action',
    accepts: (event) => isObject(obj(event).alarmData),
    read: (event) => {
        const e = obj(event);
        const alarmArn = str(e.alarmArn);
        return readAlarmData({
            source: str(e.source) ?? 'aws.cloudwatch',
            detailType: 'CloudWatch Alarm State Change',
            alarmArn,
            account: str(e.accountId),
            region: str(e.region),
            time: str(e.time),
            resources: alarmArn ? [alarmArn] : [],
            metrics: [],
            instances: [],
            links: []
        }, obj(e.alarmData));
    }
};

// PutEvents request entries (`Source`, `DetailType`, `Detail` as a string), as a replay or a test
// sends them, alone, as a list or in the request's `Entries`: read as the EventBridge event the
// first entry becomes once delivered.
function readEntry(entry) {
    return readEventBridge({
        source: entry.Source,
        'detail-type': entry.DetailType,
        detail: entry.Detail,
        resources: entry.Resources,
        time: entry.Time
    });
}
function firstEntry(event) {
    const entries = Array.isArray(event) ? event : isObject(event) ? list(event.Entries) : [];
    return obj(entries[0]);
}
/** A list of entries, or a request holding them in `Entries`: the first is the event. */
const putEventsBatch = {
    name: 'PutEvents entries',
    accepts: (event) => {
        const first = firstEntry(event);
        return Boolean(str(first.DetailType) || str(first.Source));
    },
    read: (event) => readEntry(firstEntry(event))
};
/** One entry by itself. */
const putEventsEntry = {
    name: 'PutEvents entry',
    accepts: (event) => {
        const e = obj(event);
        return Boolean(str(e.DetailType) || (str(e.Source) && 'Detail' in e));
    },
    read: (event) => readEntry(obj(event))
};

// SNS notifications (Lambda's `Records[].Sns`, or the body an HTTP(S) subscription receives)
// whose `Message` is a classic alarm notification or an EventBridge event. The notification's
// id and time stand in for the message's own when it has none.
function notificationOf(event) {
    const e = obj(event);
    if (Array.isArray(e.Records))
        return obj(obj(e.Records[0]).Sns);
    return e.Type === 'Notification' ? e : undefined;
}
const messageOf = (sns) => obj(parseJsonString(sns.Message));
const sns = {
    name: 'SNS notification',
    accepts: (event) => {
        const notification = notificationOf(event);
        if (!notification)
            return false;
        const message = messageOf(notification);
        return str(message.AlarmName) !== undefined || isEventBridge(message);
    },
    read: (event) => {
        const notification = obj(notificationOf(event));
        const message = messageOf(notification);
        const fallback = { id: str(notification.MessageId), time: str(notification.Timestamp) };
        if (str(message.AlarmName))
            return readClassicAlarm(message, fallback);
        const parts = readEventBridge(message);
        return { ...parts, id: parts.id ?? fallback.id };
    }
};

// Tried in order; the first that accepts reads the event. The order settles payloads that look
// like two shapes at once: a PutEvents list wins over EventBridge fields beside it, and those
// over a single entry's fields, an SNS envelope, `AlarmName` and `alarmData`, in that order.
const READERS = [
    putEventsBatch,
    eventBridge,
    putEventsEntry,
    sns,
    classicAlarm,
    lambdaAction
];
const SEVERITIES = new Set(['low', 'medium', 'high', 'critical']);
/** How the title of an incident OpsLoop could not read begins. */
const UNRECOGNIZED = 'Unrecognized incident payload';
/**
 * A dispatch payload is `{event, context}`; anything else is taken to be the event itself.
 * Unlike `wrapEvent` (dispatch.ts), an object that also has `detail-type` or `Records` is an
 * event, and an `event` string that is not JSON becomes `undefined` (normalize keeps the text).
 */
function unwrapDispatch(payload) {
    if (isObject(payload) &&
        'event' in payload &&
        !('detail-type' in payload) &&
        !('Records' in payload)) {
        return { event: parseJsonString(payload.event), context: obj(payload.context) };
    }
    return { event: payload, context: {} };
}
/** The shapes OpsLoop reads, for every message about a payload it does not. */
const ACCEPTED_PAYLOADS = 'OpsLoop reads an EventBridge event (`source`, `detail-type` and `detail`, e.g. a CloudWatch alarm state change), ' +
    'a CloudWatch alarm notification (`AlarmName`, `NewStateValue`) alone or wrapped in SNS (`Records[].Sns.Message` or an SNS `Notification`), ' +
    "an alarm's Lambda action payload (`alarmData`), or a PutEvents entry (`Source`, `DetailType`, `Detail`), " +
    'each by itself or as `event` in the dispatch envelope `{"event": …, "context": …}`';
/** A name from the payload, quoted for a message: one line, short, no backticks. */
function quoted(name) {
    return JSON.stringify(oneLine(name, 40)).replace(/`/g, "'");
}
function jsonType(v) {
    return v === null ? 'null' : Array.isArray(v) ? 'a list' : `a ${typeof v}`;
}
/** Why an SNS notification's message is not an incident. */
function snsMessageProblem(where, message) {
    if (message === undefined)
        return `${where} is missing`;
    const parsed = parseJsonString(message);
    if (typeof message === 'string' && parsed === undefined)
        return `${where} is not JSON`;
    if (!isObject(parsed))
        return `${where} is ${jsonType(parsed)}, not an object`;
    return `${where} is neither a CloudWatch alarm notification (\`AlarmName\`) nor an EventBridge event (\`source\`, \`detail-type\`, \`detail\`)`;
}
/**
 * Which field or shape of an event no reader accepted: what the sender has to change. `wrapped`
 * says whether the event came as `event` in a dispatch envelope (`payload` is that envelope).
 */
function notRecognized(event, payload) {
    const wrapped = isObject(payload) && 'event' in payload && event !== payload;
    const where = wrapped ? '`event`' : 'the payload';
    if (event === undefined) {
        if (wrapped && typeof payload.event === 'string')
            return '`event` is a string that is not JSON';
        return `${where} is empty`;
    }
    if (Array.isArray(event))
        return event.length === 0
            ? `${where} is an empty list`
            : `${where} is a list whose first item is not a PutEvents entry (\`Source\`, \`DetailType\`)`;
    if (!isObject(event))
        return `${where} is ${jsonType(event)}, not an object`;
    const keys = Object.keys(event);
    if (keys.length === 0)
        return `${where} is an empty object`;
    if ('awslogs' in event)
        return '`awslogs`: a CloudWatch Logs subscription delivery is log data, not an incident (alarm on the logs instead)';
    if ('Records' in event) {
        if (!Array.isArray(event.Records))
            return '`Records` is not a list';
        const first = event.Records[0];
        if (first === undefined)
            return '`Records` is empty';
        if (!isObject(first) || !isObject(first.Sns)) {
            const from = isObject(first) ? (str(first.eventSource) ?? str(first.EventSource)) : undefined;
            return `\`Records[0]\` has no \`Sns\`${from ? ` (it is a record from ${quoted(from)})` : ''}`;
        }
        return snsMessageProblem('`Records[0].Sns.Message`', first.Sns.Message);
    }
    if (event.Type === 'Notification')
        return snsMessageProblem('the SNS `Message`', event.Message);
    if ('Entries' in event)
        return '`Entries` holds no PutEvents entry (`Source`, `DetailType`)';
    if ('alarmData' in event)
        return '`alarmData` is not an object';
    if ('AlarmName' in event)
        return '`AlarmName` is not a non-empty string';
    if ('detail-type' in event)
        return '`detail-type` is not a string';
    if ('source' in event) {
        if (typeof event.source !== 'string')
            return '`source` is not a string';
        return 'detail' in event
            ? '`detail` is not an object (nor JSON text holding one), and there is no `detail-type`'
            : 'it has `source` but no `detail-type` or `detail`';
    }
    if ('detail' in event)
        return 'it has `detail` but no `source` or `detail-type` (send the whole EventBridge event, not only its detail)';
    if ('Source' in event || 'DetailType' in event || 'Detail' in event)
        return 'a PutEvents entry needs `DetailType`, or `Source` with `Detail`';
    if ('context' in event)
        return 'it has `context` but no `event`: the dispatch envelope carries the AWS event as `event`';
    const shown = keys.slice(0, 6).map(quoted).join(', ');
    return `none of the fields OpsLoop reads is there (top-level keys: ${shown}${keys.length > 6 ? `, … ${keys.length - 6} more` : ''})`;
}
function partsOf(event, payload) {
    const reader = READERS.find((r) => r.accepts(event));
    if (reader)
        return reader.read(event);
    const source = str(obj(event).source);
    return {
        source: source ?? 'unknown',
        detailType: 'unknown',
        kind: 'unrecognized',
        title: `${UNRECOGNIZED}${source ? ` from ${source}` : ''}: ${notRecognized(event, payload)}`,
        resources: [],
        metrics: [],
        instances: [],
        links: []
    };
}
function titleOf(p) {
    const where = p.region ? ` in ${p.region}` : '';
    if (p.title)
        return oneLine(p.title, 256);
    if (p.kind === 'alarm')
        return oneLine(`${p.alarmName ?? 'CloudWatch alarm'} is ${p.state ?? 'changed'}${where}`, 256);
    const type = p.detailType === 'unknown' ? `Event from ${p.source}` : p.detailType;
    const what = p.eventName && p.eventName !== type ? `${type}: ${p.eventName}` : type;
    const subject = p.subject ?? (p.resources[0] ? lastSegment(p.resources[0]) : undefined);
    return oneLine(`${what}${subject ? ` on ${subject}` : ''}${where}`, 256);
}
function severityOf(context, p) {
    const declared = str(context.severity)?.toLowerCase();
    if (declared && SEVERITIES.has(declared))
        return declared;
    return p.severity ?? 'medium';
}
function normalize(delivered) {
    const payload = safeJson(delivered).value;
    const { event, context } = unwrapDispatch(payload);
    const p = partsOf(event, payload);
    const links = linksOf(p);
    // An `event` that is not JSON is kept as the text that arrived.
    const raw = event === undefined && isObject(payload) ? payload.event : event;
    return clean({
        source: p.source,
        id: p.id,
        detailType: p.detailType,
        kind: p.kind,
        title: titleOf(p),
        alarmName: p.alarmName,
        alarmArn: p.alarmArn,
        state: p.state,
        previousState: p.previousState,
        eventName: p.eventName,
        severity: severityOf(context, p),
        account: p.account,
        region: p.region,
        time: p.time,
        description: p.description,
        reason: p.reason,
        alarm: p.alarm,
        resources: p.resources,
        resourceTypes: resourceTypes(p.resources, p.metrics),
        metrics: p.metrics,
        tags: stringRecord(context.tags),
        context,
        links: links.length > 0 ? links : undefined,
        details: p.details,
        raw: raw ?? null
    });
}

/** The suspect of an attribution, with its deployment as the snapshot records it. */
function suspectFact(attribution, snapshot) {
    const suspect = attribution.suspect;
    if (!suspect)
        return undefined;
    const deployment = snapshot.deployments?.find((d) => d.id === suspect.deployment && (suspect.repo === undefined || d.repo === suspect.repo));
    return {
        sha: suspect.sha,
        deployment: suspect.deployment,
        service: suspect.service,
        confidence: suspect.confidence,
        ...(deployment
            ? {
                deploymentSha: deployment.sha,
                ...(deployment.previousSha ? { previousSha: deployment.previousSha } : {}),
                ...(deployment.repo ? { repository: deployment.repo } : {}),
                ...(deployment.environment ? { environment: deployment.environment } : {})
            }
            : {})
    };
}
/** The incident with its suspect change among its facts (unchanged when there is none). */
function withSuspectChange(incident, attribution, snapshot) {
    const change = attribution && snapshot ? suspectFact(attribution, snapshot) : undefined;
    return change
        ? {
            ...incident,
            facts: { tagSources: {}, logGroups: [], notAvailable: [], ...incident.facts, change }
        }
        : incident;
}

// Generated from schemas/snapshot.schema.json by `npm run generate` (ajv standalone code). Do not edit.
const schema31 = {"properties":{"version":{"const":"opsloop-snapshot/1","description":"The format; a reader refuses another."},"takenAt":{"$ref":"#/$defs/time","description":"When the snapshot was taken (the end of every look-back window)."},"event":{"type":"object","description":"The incident's AWS event or dispatch payload, as delivered (intake normalizes it again on replay)."},"service":{"type":"string","minLength":1,"maxLength":128,"description":"The service the incident is about, when known (a `service` tag, the dispatch context, the alarm's dimensions)."},"services":{"type":"object","maxProperties":50,"additionalProperties":{"$ref":"#/$defs/serviceTelemetry"},"description":"Telemetry per service name: its log lines and metric series in the look-back window."},"components":{"type":"array","maxItems":200,"items":{"$ref":"#/$defs/component"},"description":"Which repository paths belong to which service, and which are shared libraries that services build from (the repository's documented mapping)."},"deployments":{"type":"array","maxItems":200,"items":{"$ref":"#/$defs/deployment"},"description":"Deployments in the look-back window, per service, with the commits each shipped."},"commits":{"type":"array","maxItems":500,"items":{"$ref":"#/$defs/commit"},"description":"The commits the deployments shipped (and merged pull requests' commits), with files and bounded diffs."},"flags":{"type":"array","maxItems":200,"items":{"$ref":"#/$defs/flagChange"},"description":"Feature-flag changes in the window, where a team records them."},"awsHealth":{"type":"array","maxItems":50,"items":{"$ref":"#/$defs/healthEvent"},"description":"AWS Health events open in the window for the account and Region."}}};const func1 = Object.prototype.hasOwnProperty;const func2 = (runtime0.default ?? runtime0);const pattern4 = new RegExp("^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$", "u");const pattern7 = new RegExp("^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$", "u");const schema35 = {"properties":{"kind":{"enum":["errors","requests","latency","saturation","other"]}}};function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate22.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(data && typeof data == "object" && !Array.isArray(data)){if(data.kind === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.points === undefined){const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "points"},message:"must have required property '"+"points"+"'"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}for(const key0 in data){if(!(((key0 === "kind") || (key0 === "unit")) || (key0 === "points"))){const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data.kind !== undefined){let data0 = data.kind;if(!(((((data0 === "errors") || (data0 === "requests")) || (data0 === "latency")) || (data0 === "saturation")) || (data0 === "other"))){const err3 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/enum",keyword:"enum",params:{allowedValues: schema35.properties.kind.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data.unit !== undefined){let data1 = data.unit;if(typeof data1 === "string"){if(func2(data1) > 32){const err4 = {instancePath:instancePath+"/unit",schemaPath:"#/properties/unit/maxLength",keyword:"maxLength",params:{limit: 32},message:"must NOT have more than 32 characters"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}else {const err5 = {instancePath:instancePath+"/unit",schemaPath:"#/properties/unit/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}if(data.points !== undefined){let data2 = data.points;if(Array.isArray(data2)){if(data2.length > 2000){const err6 = {instancePath:instancePath+"/points",schemaPath:"#/properties/points/maxItems",keyword:"maxItems",params:{limit: 2000},message:"must NOT have more than 2000 items"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}const len0 = data2.length;for(let i0=0; i0<len0; i0++){let data3 = data2[i0];if(Array.isArray(data3)){if(data3.length > 2){const err7 = {instancePath:instancePath+"/points/" + i0,schemaPath:"#/properties/points/items/maxItems",keyword:"maxItems",params:{limit: 2},message:"must NOT have more than 2 items"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}if(data3.length < 2){const err8 = {instancePath:instancePath+"/points/" + i0,schemaPath:"#/properties/points/items/minItems",keyword:"minItems",params:{limit: 2},message:"must NOT have fewer than 2 items"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}const len1 = data3.length;if(len1 > 0){let data4 = data3[0];if(typeof data4 === "string"){if(!pattern4.test(data4)){const err9 = {instancePath:instancePath+"/points/" + i0+"/0",schemaPath:"#/$defs/time/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$"},message:"must match pattern \""+"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$"+"\""};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}else {const err10 = {instancePath:instancePath+"/points/" + i0+"/0",schemaPath:"#/$defs/time/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}if(len1 > 1){let data5 = data3[1];if(!((typeof data5 == "number") && (isFinite(data5)))){const err11 = {instancePath:instancePath+"/points/" + i0+"/1",schemaPath:"#/properties/points/items/prefixItems/1/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}}else {const err12 = {instancePath:instancePath+"/points/" + i0,schemaPath:"#/properties/points/items/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}}else {const err13 = {instancePath:instancePath+"/points",schemaPath:"#/properties/points/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}}else {const err14 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}validate22.errors = vErrors;return errors === 0;}validate22.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate21.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){if(!((key0 === "logs") || (key0 === "metrics"))){const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}if(data.logs !== undefined){let data0 = data.logs;if(Array.isArray(data0)){if(data0.length > 5000){const err1 = {instancePath:instancePath+"/logs",schemaPath:"#/properties/logs/maxItems",keyword:"maxItems",params:{limit: 5000},message:"must NOT have more than 5000 items"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}const len0 = data0.length;for(let i0=0; i0<len0; i0++){let data1 = data0[i0];if(data1 && typeof data1 == "object" && !Array.isArray(data1)){if(data1.at === undefined){const err2 = {instancePath:instancePath+"/logs/" + i0,schemaPath:"#/properties/logs/items/required",keyword:"required",params:{missingProperty: "at"},message:"must have required property '"+"at"+"'"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}if(data1.message === undefined){const err3 = {instancePath:instancePath+"/logs/" + i0,schemaPath:"#/properties/logs/items/required",keyword:"required",params:{missingProperty: "message"},message:"must have required property '"+"message"+"'"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}for(const key1 in data1){if(!(((key1 === "at") || (key1 === "level")) || (key1 === "message"))){const err4 = {instancePath:instancePath+"/logs/" + i0,schemaPath:"#/properties/logs/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data1.at !== undefined){let data2 = data1.at;if(typeof data2 === "string"){if(!pattern4.test(data2)){const err5 = {instancePath:instancePath+"/logs/" + i0+"/at",schemaPath:"#/$defs/time/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$"},message:"must match pattern \""+"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$"+"\""};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}else {const err6 = {instancePath:instancePath+"/logs/" + i0+"/at",schemaPath:"#/$defs/time/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(data1.level !== undefined){let data3 = data1.level;if(typeof data3 === "string"){if(func2(data3) > 16){const err7 = {instancePath:instancePath+"/logs/" + i0+"/level",schemaPath:"#/properties/logs/items/properties/level/maxLength",keyword:"maxLength",params:{limit: 16},message:"must NOT have more than 16 characters"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}else {const err8 = {instancePath:instancePath+"/logs/" + i0+"/level",schemaPath:"#/properties/logs/items/properties/level/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}if(data1.message !== undefined){let data4 = data1.message;if(typeof data4 === "string"){if(func2(data4) > 8192){const err9 = {instancePath:instancePath+"/logs/" + i0+"/message",schemaPath:"#/properties/logs/items/properties/message/maxLength",keyword:"maxLength",params:{limit: 8192},message:"must NOT have more than 8192 characters"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}else {const err10 = {instancePath:instancePath+"/logs/" + i0+"/message",schemaPath:"#/properties/logs/items/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}}else {const err11 = {instancePath:instancePath+"/logs/" + i0,schemaPath:"#/properties/logs/items/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}}else {const err12 = {instancePath:instancePath+"/logs",schemaPath:"#/properties/logs/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}if(data.metrics !== undefined){let data5 = data.metrics;if(data5 && typeof data5 == "object" && !Array.isArray(data5)){if(Object.keys(data5).length > 50){const err13 = {instancePath:instancePath+"/metrics",schemaPath:"#/properties/metrics/maxProperties",keyword:"maxProperties",params:{limit: 50},message:"must NOT have more than 50 properties"};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}for(const key2 in data5){if(!(validate22(data5[key2], {instancePath:instancePath+"/metrics/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data5,parentDataProperty:key2,rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);errors = vErrors.length;}}}else {const err14 = {instancePath:instancePath+"/metrics",schemaPath:"#/properties/metrics/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}}else {const err15 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}validate21.errors = vErrors;return errors === 0;}validate21.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};const schema38 = {"properties":{"id":{"type":"string","minLength":1,"maxLength":64},"repo":{"type":"string","pattern":"^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$"},"service":{"type":"string","minLength":1,"maxLength":128},"environment":{"type":"string","maxLength":128},"startedAt":{"$ref":"#/$defs/time","description":"When the rollout began (GitHub: the deployment's creation). Without it, a deployment recorded up to 30 minutes after the symptom's onset may have been rolling out before it."},"at":{"$ref":"#/$defs/time","description":"When the deployment finished rolling out (or started, when it never finished)."},"sha":{"$ref":"#/$defs/sha"},"previousSha":{"$ref":"#/$defs/sha","description":"The previous successful deployment of this service and environment: the build's contents are the commits between the two."},"state":{"enum":["success","failure","in_progress","inactive","error"],"description":"The deployment's latest status."},"commits":{"type":"array","maxItems":250,"items":{"$ref":"#/$defs/sha"},"description":"The commits the deployment shipped (previousSha..sha), oldest first."}}};const pattern11 = new RegExp("^[0-9a-f]{40}$", "u");function validate25(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate25.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(data && typeof data == "object" && !Array.isArray(data)){if(data.id === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.service === undefined){const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "service"},message:"must have required property '"+"service"+"'"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}if(data.at === undefined){const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "at"},message:"must have required property '"+"at"+"'"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}if(data.sha === undefined){const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "sha"},message:"must have required property '"+"sha"+"'"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}for(const key0 in data){if(!(func1.call(schema38.properties, key0))){const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data.id !== undefined){let data0 = data.id;if(typeof data0 === "string"){if(func2(data0) > 64){const err5 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}if(func2(data0) < 1){const err6 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}else {const err7 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}if(data.repo !== undefined){let data1 = data.repo;if(typeof data1 === "string"){if(!pattern7.test(data1)){const err8 = {instancePath:instancePath+"/repo",schemaPath:"#/properties/repo/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$"},message:"must match pattern \""+"^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$"+"\""};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}else {const err9 = {instancePath:instancePath+"/repo",schemaPath:"#/properties/repo/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}if(data.service !== undefined){let data2 = data.service;if(typeof data2 === "string"){if(func2(data2) > 128){const err10 = {instancePath:instancePath+"/service",schemaPath:"#/properties/service/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}if(func2(data2) < 1){const err11 = {instancePath:instancePath+"/service",schemaPath:"#/properties/service/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}else {const err12 = {instancePath:instancePath+"/service",schemaPath:"#/properties/service/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}if(data.environment !== undefined){let data3 = data.environment;if(typeof data3 === "string"){if(func2(data3) > 128){const err13 = {instancePath:instancePath+"/environment",schemaPath:"#/properties/environment/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}else {const err14 = {instancePath:instancePath+"/environment",schemaPath:"#/properties/environment/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}if(data.startedAt !== undefined){let data4 = data.startedAt;if(typeof data4 === "string"){if(!pattern4.test(data4)){const err15 = {instancePath:instancePath+"/startedAt",schemaPath:"#/$defs/time/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$"},message:"must match pattern \""+"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$"+"\""};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}else {const err16 = {instancePath:instancePath+"/startedAt",schemaPath:"#/$defs/time/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}if(data.at !== undefined){let data5 = data.at;if(typeof data5 === "string"){if(!pattern4.test(data5)){const err17 = {instancePath:instancePath+"/at",schemaPath:"#/$defs/time/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$"},message:"must match pattern \""+"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$"+"\""};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}else {const err18 = {instancePath:instancePath+"/at",schemaPath:"#/$defs/time/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}if(data.sha !== undefined){let data6 = data.sha;if(typeof data6 === "string"){if(!pattern11.test(data6)){const err19 = {instancePath:instancePath+"/sha",schemaPath:"#/$defs/sha/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{40}$"},message:"must match pattern \""+"^[0-9a-f]{40}$"+"\""};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}else {const err20 = {instancePath:instancePath+"/sha",schemaPath:"#/$defs/sha/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}}if(data.previousSha !== undefined){let data7 = data.previousSha;if(typeof data7 === "string"){if(!pattern11.test(data7)){const err21 = {instancePath:instancePath+"/previousSha",schemaPath:"#/$defs/sha/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{40}$"},message:"must match pattern \""+"^[0-9a-f]{40}$"+"\""};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}}else {const err22 = {instancePath:instancePath+"/previousSha",schemaPath:"#/$defs/sha/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}}if(data.state !== undefined){let data8 = data.state;if(!(((((data8 === "success") || (data8 === "failure")) || (data8 === "in_progress")) || (data8 === "inactive")) || (data8 === "error"))){const err23 = {instancePath:instancePath+"/state",schemaPath:"#/properties/state/enum",keyword:"enum",params:{allowedValues: schema38.properties.state.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}if(data.commits !== undefined){let data9 = data.commits;if(Array.isArray(data9)){if(data9.length > 250){const err24 = {instancePath:instancePath+"/commits",schemaPath:"#/properties/commits/maxItems",keyword:"maxItems",params:{limit: 250},message:"must NOT have more than 250 items"};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}const len0 = data9.length;for(let i0=0; i0<len0; i0++){let data10 = data9[i0];if(typeof data10 === "string"){if(!pattern11.test(data10)){const err25 = {instancePath:instancePath+"/commits/" + i0,schemaPath:"#/$defs/sha/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{40}$"},message:"must match pattern \""+"^[0-9a-f]{40}$"+"\""};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}}else {const err26 = {instancePath:instancePath+"/commits/" + i0,schemaPath:"#/$defs/sha/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}}}else {const err27 = {instancePath:instancePath+"/commits",schemaPath:"#/properties/commits/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}}}else {const err28 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}validate25.errors = vErrors;return errors === 0;}validate25.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};const schema44 = {"properties":{"files":{"items":{"properties":{"status":{"enum":["added","modified","removed","renamed"]}}}}}};function validate27(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate27.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(data && typeof data == "object" && !Array.isArray(data)){if(data.sha === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "sha"},message:"must have required property '"+"sha"+"'"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.at === undefined){const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "at"},message:"must have required property '"+"at"+"'"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}if(data.message === undefined){const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "message"},message:"must have required property '"+"message"+"'"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}if(data.files === undefined){const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "files"},message:"must have required property '"+"files"+"'"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}for(const key0 in data){if(!(((((((key0 === "sha") || (key0 === "repo")) || (key0 === "at")) || (key0 === "message")) || (key0 === "author")) || (key0 === "pullRequest")) || (key0 === "files"))){const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data.sha !== undefined){let data0 = data.sha;if(typeof data0 === "string"){if(!pattern11.test(data0)){const err5 = {instancePath:instancePath+"/sha",schemaPath:"#/$defs/sha/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{40}$"},message:"must match pattern \""+"^[0-9a-f]{40}$"+"\""};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}else {const err6 = {instancePath:instancePath+"/sha",schemaPath:"#/$defs/sha/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(data.repo !== undefined){let data1 = data.repo;if(typeof data1 === "string"){if(!pattern7.test(data1)){const err7 = {instancePath:instancePath+"/repo",schemaPath:"#/properties/repo/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$"},message:"must match pattern \""+"^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$"+"\""};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}else {const err8 = {instancePath:instancePath+"/repo",schemaPath:"#/properties/repo/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}if(data.at !== undefined){let data2 = data.at;if(typeof data2 === "string"){if(!pattern4.test(data2)){const err9 = {instancePath:instancePath+"/at",schemaPath:"#/$defs/time/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$"},message:"must match pattern \""+"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$"+"\""};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}else {const err10 = {instancePath:instancePath+"/at",schemaPath:"#/$defs/time/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}if(data.message !== undefined){let data3 = data.message;if(typeof data3 === "string"){if(func2(data3) > 4096){const err11 = {instancePath:instancePath+"/message",schemaPath:"#/properties/message/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters"};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}else {const err12 = {instancePath:instancePath+"/message",schemaPath:"#/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}if(data.author !== undefined){let data4 = data.author;if(typeof data4 === "string"){if(func2(data4) > 128){const err13 = {instancePath:instancePath+"/author",schemaPath:"#/properties/author/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}else {const err14 = {instancePath:instancePath+"/author",schemaPath:"#/properties/author/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}if(data.pullRequest !== undefined){let data5 = data.pullRequest;if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){const err15 = {instancePath:instancePath+"/pullRequest",schemaPath:"#/properties/pullRequest/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}if((typeof data5 == "number") && (isFinite(data5))){if(data5 < 1 || isNaN(data5)){const err16 = {instancePath:instancePath+"/pullRequest",schemaPath:"#/properties/pullRequest/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}}if(data.files !== undefined){let data6 = data.files;if(Array.isArray(data6)){if(data6.length > 300){const err17 = {instancePath:instancePath+"/files",schemaPath:"#/properties/files/maxItems",keyword:"maxItems",params:{limit: 300},message:"must NOT have more than 300 items"};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}const len0 = data6.length;for(let i0=0; i0<len0; i0++){let data7 = data6[i0];if(data7 && typeof data7 == "object" && !Array.isArray(data7)){if(data7.path === undefined){const err18 = {instancePath:instancePath+"/files/" + i0,schemaPath:"#/properties/files/items/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'"};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}for(const key1 in data7){if(!(((key1 === "path") || (key1 === "status")) || (key1 === "patch"))){const err19 = {instancePath:instancePath+"/files/" + i0,schemaPath:"#/properties/files/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}if(data7.path !== undefined){let data8 = data7.path;if(typeof data8 === "string"){if(func2(data8) > 512){const err20 = {instancePath:instancePath+"/files/" + i0+"/path",schemaPath:"#/properties/files/items/properties/path/maxLength",keyword:"maxLength",params:{limit: 512},message:"must NOT have more than 512 characters"};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}if(func2(data8) < 1){const err21 = {instancePath:instancePath+"/files/" + i0+"/path",schemaPath:"#/properties/files/items/properties/path/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}}else {const err22 = {instancePath:instancePath+"/files/" + i0+"/path",schemaPath:"#/properties/files/items/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}}if(data7.status !== undefined){let data9 = data7.status;if(!((((data9 === "added") || (data9 === "modified")) || (data9 === "removed")) || (data9 === "renamed"))){const err23 = {instancePath:instancePath+"/files/" + i0+"/status",schemaPath:"#/properties/files/items/properties/status/enum",keyword:"enum",params:{allowedValues: schema44.properties.files.items.properties.status.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}if(data7.patch !== undefined){let data10 = data7.patch;if(typeof data10 === "string"){if(func2(data10) > 20000){const err24 = {instancePath:instancePath+"/files/" + i0+"/patch",schemaPath:"#/properties/files/items/properties/patch/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters"};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}}else {const err25 = {instancePath:instancePath+"/files/" + i0+"/patch",schemaPath:"#/properties/files/items/properties/patch/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}}}else {const err26 = {instancePath:instancePath+"/files/" + i0,schemaPath:"#/properties/files/items/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}}}else {const err27 = {instancePath:instancePath+"/files",schemaPath:"#/properties/files/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}}}else {const err28 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}validate27.errors = vErrors;return errors === 0;}validate27.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};const schema47 = {"properties":{"from":{"type":["string","number","boolean","null"]},"to":{"type":["string","number","boolean","null"]}}};function validate29(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate29.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(data && typeof data == "object" && !Array.isArray(data)){if(data.at === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "at"},message:"must have required property '"+"at"+"'"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.key === undefined){const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "key"},message:"must have required property '"+"key"+"'"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}for(const key0 in data){if(!(((((key0 === "at") || (key0 === "key")) || (key0 === "from")) || (key0 === "to")) || (key0 === "service"))){const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data.at !== undefined){let data0 = data.at;if(typeof data0 === "string"){if(!pattern4.test(data0)){const err3 = {instancePath:instancePath+"/at",schemaPath:"#/$defs/time/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$"},message:"must match pattern \""+"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$"+"\""};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}else {const err4 = {instancePath:instancePath+"/at",schemaPath:"#/$defs/time/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data.key !== undefined){let data1 = data.key;if(typeof data1 === "string"){if(func2(data1) > 256){const err5 = {instancePath:instancePath+"/key",schemaPath:"#/properties/key/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}if(func2(data1) < 1){const err6 = {instancePath:instancePath+"/key",schemaPath:"#/properties/key/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}else {const err7 = {instancePath:instancePath+"/key",schemaPath:"#/properties/key/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}if(data.from !== undefined){let data2 = data.from;if((((typeof data2 !== "string") && (!((typeof data2 == "number") && (isFinite(data2))))) && (typeof data2 !== "boolean")) && (data2 !== null)){const err8 = {instancePath:instancePath+"/from",schemaPath:"#/properties/from/type",keyword:"type",params:{type: schema47.properties.from.type},message:"must be string,number,boolean,null"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}if(data.to !== undefined){let data3 = data.to;if((((typeof data3 !== "string") && (!((typeof data3 == "number") && (isFinite(data3))))) && (typeof data3 !== "boolean")) && (data3 !== null)){const err9 = {instancePath:instancePath+"/to",schemaPath:"#/properties/to/type",keyword:"type",params:{type: schema47.properties.to.type},message:"must be string,number,boolean,null"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}if(data.service !== undefined){let data4 = data.service;if(typeof data4 === "string"){if(func2(data4) > 128){const err10 = {instancePath:instancePath+"/service",schemaPath:"#/properties/service/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}else {const err11 = {instancePath:instancePath+"/service",schemaPath:"#/properties/service/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}}else {const err12 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}validate29.errors = vErrors;return errors === 0;}validate29.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};const schema49 = {"properties":{"statusCode":{"enum":["open","closed","upcoming"]}}};function validate31(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate31.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(data && typeof data == "object" && !Array.isArray(data)){if(data.at === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "at"},message:"must have required property '"+"at"+"'"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.eventTypeCode === undefined){const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "eventTypeCode"},message:"must have required property '"+"eventTypeCode"+"'"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}for(const key0 in data){if(!(((((key0 === "at") || (key0 === "service")) || (key0 === "eventTypeCode")) || (key0 === "statusCode")) || (key0 === "description"))){const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data.at !== undefined){let data0 = data.at;if(typeof data0 === "string"){if(!pattern4.test(data0)){const err3 = {instancePath:instancePath+"/at",schemaPath:"#/$defs/time/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$"},message:"must match pattern \""+"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$"+"\""};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}else {const err4 = {instancePath:instancePath+"/at",schemaPath:"#/$defs/time/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data.service !== undefined){let data1 = data.service;if(typeof data1 === "string"){if(func2(data1) > 64){const err5 = {instancePath:instancePath+"/service",schemaPath:"#/properties/service/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}else {const err6 = {instancePath:instancePath+"/service",schemaPath:"#/properties/service/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(data.eventTypeCode !== undefined){let data2 = data.eventTypeCode;if(typeof data2 === "string"){if(func2(data2) > 128){const err7 = {instancePath:instancePath+"/eventTypeCode",schemaPath:"#/properties/eventTypeCode/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}else {const err8 = {instancePath:instancePath+"/eventTypeCode",schemaPath:"#/properties/eventTypeCode/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}if(data.statusCode !== undefined){let data3 = data.statusCode;if(!(((data3 === "open") || (data3 === "closed")) || (data3 === "upcoming"))){const err9 = {instancePath:instancePath+"/statusCode",schemaPath:"#/properties/statusCode/enum",keyword:"enum",params:{allowedValues: schema49.properties.statusCode.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}if(data.description !== undefined){let data4 = data.description;if(typeof data4 === "string"){if(func2(data4) > 4096){const err10 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters"};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}else {const err11 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}}else {const err12 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}validate31.errors = vErrors;return errors === 0;}validate31.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate20.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(data && typeof data == "object" && !Array.isArray(data)){if(data.version === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "version"},message:"must have required property '"+"version"+"'"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.takenAt === undefined){const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "takenAt"},message:"must have required property '"+"takenAt"+"'"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}if(data.event === undefined){const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "event"},message:"must have required property '"+"event"+"'"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}for(const key0 in data){if(!(func1.call(schema31.properties, key0))){const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data.version !== undefined){if("opsloop-snapshot/1" !== data.version){const err4 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/const",keyword:"const",params:{allowedValue: "opsloop-snapshot/1"},message:"must be equal to constant"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data.takenAt !== undefined){let data1 = data.takenAt;if(typeof data1 === "string"){if(!pattern4.test(data1)){const err5 = {instancePath:instancePath+"/takenAt",schemaPath:"#/$defs/time/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$"},message:"must match pattern \""+"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$"+"\""};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}else {const err6 = {instancePath:instancePath+"/takenAt",schemaPath:"#/$defs/time/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(data.event !== undefined){let data2 = data.event;if(!(data2 && typeof data2 == "object" && !Array.isArray(data2))){const err7 = {instancePath:instancePath+"/event",schemaPath:"#/properties/event/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}if(data.service !== undefined){let data3 = data.service;if(typeof data3 === "string"){if(func2(data3) > 128){const err8 = {instancePath:instancePath+"/service",schemaPath:"#/properties/service/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}if(func2(data3) < 1){const err9 = {instancePath:instancePath+"/service",schemaPath:"#/properties/service/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}else {const err10 = {instancePath:instancePath+"/service",schemaPath:"#/properties/service/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}if(data.services !== undefined){let data4 = data.services;if(data4 && typeof data4 == "object" && !Array.isArray(data4)){if(Object.keys(data4).length > 50){const err11 = {instancePath:instancePath+"/services",schemaPath:"#/properties/services/maxProperties",keyword:"maxProperties",params:{limit: 50},message:"must NOT have more than 50 properties"};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}for(const key1 in data4){if(!(validate21(data4[key1], {instancePath:instancePath+"/services/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data4,parentDataProperty:key1,rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);errors = vErrors.length;}}}else {const err12 = {instancePath:instancePath+"/services",schemaPath:"#/properties/services/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}if(data.components !== undefined){let data6 = data.components;if(Array.isArray(data6)){if(data6.length > 200){const err13 = {instancePath:instancePath+"/components",schemaPath:"#/properties/components/maxItems",keyword:"maxItems",params:{limit: 200},message:"must NOT have more than 200 items"};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}const len0 = data6.length;for(let i0=0; i0<len0; i0++){let data7 = data6[i0];if(data7 && typeof data7 == "object" && !Array.isArray(data7)){if(Object.keys(data7).length < 2){const err14 = {instancePath:instancePath+"/components/" + i0,schemaPath:"#/$defs/component/minProperties",keyword:"minProperties",params:{limit: 2},message:"must NOT have fewer than 2 properties"};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}if(data7.paths === undefined){const err15 = {instancePath:instancePath+"/components/" + i0,schemaPath:"#/$defs/component/required",keyword:"required",params:{missingProperty: "paths"},message:"must have required property '"+"paths"+"'"};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}for(const key2 in data7){if(!((((key2 === "repo") || (key2 === "paths")) || (key2 === "service")) || (key2 === "usedBy"))){const err16 = {instancePath:instancePath+"/components/" + i0,schemaPath:"#/$defs/component/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}if(data7.repo !== undefined){let data8 = data7.repo;if(typeof data8 === "string"){if(!pattern7.test(data8)){const err17 = {instancePath:instancePath+"/components/" + i0+"/repo",schemaPath:"#/$defs/component/properties/repo/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$"},message:"must match pattern \""+"^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$"+"\""};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}else {const err18 = {instancePath:instancePath+"/components/" + i0+"/repo",schemaPath:"#/$defs/component/properties/repo/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}if(data7.paths !== undefined){let data9 = data7.paths;if(Array.isArray(data9)){if(data9.length < 1){const err19 = {instancePath:instancePath+"/components/" + i0+"/paths",schemaPath:"#/$defs/component/properties/paths/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}const len1 = data9.length;for(let i1=0; i1<len1; i1++){let data10 = data9[i1];if(typeof data10 === "string"){if(func2(data10) > 256){const err20 = {instancePath:instancePath+"/components/" + i0+"/paths/" + i1,schemaPath:"#/$defs/component/properties/paths/items/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}if(func2(data10) < 1){const err21 = {instancePath:instancePath+"/components/" + i0+"/paths/" + i1,schemaPath:"#/$defs/component/properties/paths/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}}else {const err22 = {instancePath:instancePath+"/components/" + i0+"/paths/" + i1,schemaPath:"#/$defs/component/properties/paths/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}}}else {const err23 = {instancePath:instancePath+"/components/" + i0+"/paths",schemaPath:"#/$defs/component/properties/paths/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}if(data7.service !== undefined){let data11 = data7.service;if(typeof data11 === "string"){if(func2(data11) > 128){const err24 = {instancePath:instancePath+"/components/" + i0+"/service",schemaPath:"#/$defs/component/properties/service/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}if(func2(data11) < 1){const err25 = {instancePath:instancePath+"/components/" + i0+"/service",schemaPath:"#/$defs/component/properties/service/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}}else {const err26 = {instancePath:instancePath+"/components/" + i0+"/service",schemaPath:"#/$defs/component/properties/service/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}}if(data7.usedBy !== undefined){let data12 = data7.usedBy;if(Array.isArray(data12)){const len2 = data12.length;for(let i2=0; i2<len2; i2++){let data13 = data12[i2];if(typeof data13 === "string"){if(func2(data13) > 128){const err27 = {instancePath:instancePath+"/components/" + i0+"/usedBy/" + i2,schemaPath:"#/$defs/component/properties/usedBy/items/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}if(func2(data13) < 1){const err28 = {instancePath:instancePath+"/components/" + i0+"/usedBy/" + i2,schemaPath:"#/$defs/component/properties/usedBy/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}}else {const err29 = {instancePath:instancePath+"/components/" + i0+"/usedBy/" + i2,schemaPath:"#/$defs/component/properties/usedBy/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}}}else {const err30 = {instancePath:instancePath+"/components/" + i0+"/usedBy",schemaPath:"#/$defs/component/properties/usedBy/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}}}else {const err31 = {instancePath:instancePath+"/components/" + i0,schemaPath:"#/$defs/component/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err31];}else {vErrors.push(err31);}errors++;}}}else {const err32 = {instancePath:instancePath+"/components",schemaPath:"#/properties/components/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err32];}else {vErrors.push(err32);}errors++;}}if(data.deployments !== undefined){let data14 = data.deployments;if(Array.isArray(data14)){if(data14.length > 200){const err33 = {instancePath:instancePath+"/deployments",schemaPath:"#/properties/deployments/maxItems",keyword:"maxItems",params:{limit: 200},message:"must NOT have more than 200 items"};if(vErrors === null){vErrors = [err33];}else {vErrors.push(err33);}errors++;}const len3 = data14.length;for(let i3=0; i3<len3; i3++){if(!(validate25(data14[i3], {instancePath:instancePath+"/deployments/" + i3,parentData:data14,parentDataProperty:i3,rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);errors = vErrors.length;}}}else {const err34 = {instancePath:instancePath+"/deployments",schemaPath:"#/properties/deployments/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err34];}else {vErrors.push(err34);}errors++;}}if(data.commits !== undefined){let data16 = data.commits;if(Array.isArray(data16)){if(data16.length > 500){const err35 = {instancePath:instancePath+"/commits",schemaPath:"#/properties/commits/maxItems",keyword:"maxItems",params:{limit: 500},message:"must NOT have more than 500 items"};if(vErrors === null){vErrors = [err35];}else {vErrors.push(err35);}errors++;}const len4 = data16.length;for(let i4=0; i4<len4; i4++){if(!(validate27(data16[i4], {instancePath:instancePath+"/commits/" + i4,parentData:data16,parentDataProperty:i4,rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);errors = vErrors.length;}}}else {const err36 = {instancePath:instancePath+"/commits",schemaPath:"#/properties/commits/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err36];}else {vErrors.push(err36);}errors++;}}if(data.flags !== undefined){let data18 = data.flags;if(Array.isArray(data18)){if(data18.length > 200){const err37 = {instancePath:instancePath+"/flags",schemaPath:"#/properties/flags/maxItems",keyword:"maxItems",params:{limit: 200},message:"must NOT have more than 200 items"};if(vErrors === null){vErrors = [err37];}else {vErrors.push(err37);}errors++;}const len5 = data18.length;for(let i5=0; i5<len5; i5++){if(!(validate29(data18[i5], {instancePath:instancePath+"/flags/" + i5,parentData:data18,parentDataProperty:i5,rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);errors = vErrors.length;}}}else {const err38 = {instancePath:instancePath+"/flags",schemaPath:"#/properties/flags/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err38];}else {vErrors.push(err38);}errors++;}}if(data.awsHealth !== undefined){let data20 = data.awsHealth;if(Array.isArray(data20)){if(data20.length > 50){const err39 = {instancePath:instancePath+"/awsHealth",schemaPath:"#/properties/awsHealth/maxItems",keyword:"maxItems",params:{limit: 50},message:"must NOT have more than 50 items"};if(vErrors === null){vErrors = [err39];}else {vErrors.push(err39);}errors++;}const len6 = data20.length;for(let i6=0; i6<len6; i6++){if(!(validate31(data20[i6], {instancePath:instancePath+"/awsHealth/" + i6,parentData:data20,parentDataProperty:i6,rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);errors = vErrors.length;}}}else {const err40 = {instancePath:instancePath+"/awsHealth",schemaPath:"#/properties/awsHealth/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err40];}else {vErrors.push(err40);}errors++;}}}else {const err41 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err41];}else {vErrors.push(err41);}errors++;}validate20.errors = vErrors;return errors === 0;}validate20.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export { ACCEPTED_PAYLOADS as A, CLEAR_CASE_SCORE as C, INSTANCE_ID as I, RepairNotes as R, UNRECOGNIZED as U, attributeChange as a, watchedResourceArns as b, ecsServiceOfArn as c, instanceIdOf as d, ecsServiceOfDimensions as e, watchedLogGroup as f, isObject as i, normalize as n, oneLine as o, safeJson as s, validate20 as v, withSuspectChange as w };
