import { createHash } from 'node:crypto';
import { a as checkParameterValue, c as compileGlob } from './glob-5jAi9Bas.js';
import { r as references } from './shell-safety-BF719Zuk.js';
import { c as canonicalJson } from './canonical-json-D2XC83aj.js';

// A failed HTTP read in words a person can act on: its status (from an Octokit RequestError, or
// any error carrying a numeric `status`) and, for GitHub, the workflow permission that would
// allow it. Pure, so stages can word failures without importing a client.
/** The HTTP status of an Octokit RequestError (without depending on its package). */
function httpStatus(error) {
    const status = error?.status;
    return typeof status === 'number' ? status : undefined;
}
/** A failed GitHub read in one line, naming the workflow permission that would allow it. */
function describeReadError(error, permission) {
    const status = httpStatus(error);
    if (status === 404)
        return 'not found, or not visible to this token';
    if (status === 401 || status === 403)
        return `HTTP ${status}: the token may not read it (give the workflow \`${permission}\`)`;
    const message = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
    return `${status ? `HTTP ${status}: ` : ''}${message.slice(0, 200)}`;
}

// A stable identity for "the same incident" across deliveries: the alarm's ARN for alarms,
// otherwise source, kind and the first resource; for an unrecognized payload, its content.
// Dedup finds open issues by it.
function fingerprint(incident) {
    const identity = incident.kind === 'unrecognized'
        ? `unrecognized|${canonicalJson(incident.raw)}`
        : (incident.alarmArn ??
            (incident.alarmName
                ? `alarm:${incident.account ?? ''}:${incident.region ?? ''}:${incident.alarmName}`
                : undefined) ??
            `${incident.source}|${incident.detailType}|${incident.eventName ?? ''}|${incident.resources[0] ?? ''}`);
    return createHash('sha256').update(identity).digest('hex').slice(0, 16);
}

// The labels OpsLoop puts on incident issues. Labels find issues cheaply (listing by label, never
// the lagging search index) but anyone with triage access can add or remove them, so a label is
// never proof of anything on its own: the sealed records are (issue/record.ts).
/** Every incident issue carries this label. */
const OPSLOOP_LABEL = 'opsloop';
/** GitHub label names hold at most 50 characters: `opsloop:fp:` and a 16-hex fingerprint. */
const fingerprintLabel = (fp) => `opsloop:fp:${fp}`;
const RAN_LABEL_PREFIX = 'opsloop:ran:';
/**
 * Added by the run that claims a plan. Label events cannot be deleted or edited, so the claim
 * outlives an edited or deleted claim comment and a removed label: 128 bits of the digest.
 */
const ranLabel = (digest) => `${RAN_LABEL_PREFIX}${digest.slice(0, 32)}`;
/**
 * What remediation and recovery leave on an issue. Past incidents read them back as how an
 * incident ended (pipeline.ts `pastOutcome`), so they are names, never proof.
 */
const OUTCOME_LABELS = {
    remediating: 'remediating',
    remediated: 'remediated',
    failed: 'remediation-failed',
    rolledBack: 'rolled-back',
    recovered: 'recovered'
};
/** `runbook:<id>`: the runbook a new incident's plan proposed. */
const RUNBOOK_LABEL_PREFIX = 'runbook:';
const severityLabel = (severity) => `severity:${severity}`;
const sourceLabel = (source) => `source:${source}`;

// The plan: exactly what would run if approved. Parameters are resolved from the incident (a
// parameter's `from:`), then the model's proposal, then the default; targets from the incident as
// the runbook says, and tag targets resolved to the concrete instances that carry the tags (see
// bindInstances). A digest over everything that decides what runs or who may approve (the
// runbook's content, the parameters, the concrete targets, the incident's identity and the
// requester) binds an approval to this plan and nothing else. Pure over its inputs; the shape is
// schemas/plan.schema.json.
const PLAN_VERSION = 2;
/** The value a `from:` path names in the incident, if any. */
function valueFrom(incident, from) {
    const dot = from.indexOf('.');
    const head = dot < 0 ? from : from.slice(0, dot);
    const key = dot < 0 ? '' : from.slice(dot + 1);
    switch (head) {
        case 'dimensions':
            return incident.metrics.map((m) => m.dimensions[key]).find((v) => v !== undefined);
        case 'tags':
            return incident.tags[key];
        case 'context': {
            const v = incident.context[key];
            return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean'
                ? String(v)
                : undefined;
        }
        case 'alarmName':
            return incident.alarmName;
        case 'region':
            return incident.region;
        case 'account':
            return incident.account;
        case 'resourceId':
            return incident.resources[0]?.split(/[:/]/).pop() || undefined;
        case 'ecs': {
            const ecs = incident.facts?.ecs;
            return ecs &&
                (key === 'cluster' ||
                    key === 'service' ||
                    key === 'taskDefinition' ||
                    key === 'previousTaskDefinition')
                ? ecs[key]
                : undefined;
        }
        case 'autoScalingGroup':
            return incident.facts?.autoScalingGroup;
        default:
            return undefined;
    }
}
/** Incident values are text; a numeric or boolean parameter reads them as such. */
function typed(param, text) {
    if (param.type === 'integer' || param.type === 'number') {
        const n = Number(text);
        return text.trim() !== '' && Number.isFinite(n) ? n : text;
    }
    if (param.type === 'boolean')
        return text === 'true' ? true : text === 'false' ? false : text;
    return text;
}
function resolveParameter(name, param, incident, proposed, problems, notes) {
    const sensitive = param.sensitive === true;
    const shown = (v) => (sensitive ? '(sensitive)' : JSON.stringify(v));
    const fromText = param.from ? valueFrom(incident, param.from) : undefined;
    if (param.from && fromText !== undefined) {
        const value = typed(param, fromText);
        const wrong = checkParameterValue(param, value);
        if (wrong) {
            // The incident names a value the runbook does not allow: never swap in a default for it.
            problems.push(`Parameter \`${name}\`: the incident's \`${param.from}\` ${wrong}. Add the value to the runbook if it is safe, or handle this incident by hand.`);
            return { name, source: 'missing', from: param.from, sensitive };
        }
        if (proposed !== undefined && proposed !== value)
            notes.push(`The model proposed ${shown(proposed)} for \`${name}\`; the incident's \`${param.from}\` says ${shown(value)}, which the plan uses.`);
        return { name, value, source: 'incident', from: param.from, sensitive };
    }
    if (proposed !== undefined && checkParameterValue(param, proposed) === undefined)
        return { name, value: proposed, source: 'model', sensitive };
    if (param.default !== undefined)
        return { name, value: param.default, source: 'default', sensitive };
    problems.push(`Parameter \`${name}\` has no value: ${param.from ? `the incident has no \`${param.from}\` and ` : ''}the runbook gives no default.`);
    return { name, source: 'missing', sensitive };
}
function fill(template, params) {
    let out = template;
    for (const ref of references(template).reverse()) {
        if (ref.kind !== 'param')
            return undefined;
        const value = params.find((p) => p.name === ref.name)?.value;
        if (value === undefined)
            return undefined;
        out = out.slice(0, ref.index) + String(value) + out.slice(ref.index + ref.text.length);
    }
    return out;
}
function resolveTargets(entry, incident, params, problems) {
    const t = entry.runbook.targets;
    const tooMany = (n) => {
        if (n > t.max)
            problems.push(`${n} targets resolved; the runbook allows at most ${t.max} (\`targets.max\`).`);
        return n > t.max;
    };
    switch (t.from) {
        case 'dimension': {
            const key = t.dimension ?? '';
            const ids = [
                ...new Set(incident.metrics.flatMap((m) => (m.dimensions[key] ? [m.dimensions[key]] : [])))
            ];
            if (ids.length === 0)
                problems.push(`The incident's metrics have no \`${key}\` dimension to target.`);
            tooMany(ids.length);
            return { kind: 'instances', ids };
        }
        case 'resources': {
            const fits = compileGlob(t.resourcePattern ?? '');
            const arns = incident.resources.filter((r) => fits(r));
            if (arns.length === 0)
                problems.push(`No resource of the incident fits \`${t.resourcePattern ?? ''}\`.`);
            tooMany(arns.length);
            return { kind: 'resources', arns };
        }
        case 'tags': {
            const tags = {};
            for (const [key, values] of Object.entries(t.tags ?? {})) {
                const filled = (values ?? []).map((v) => fill(v, params));
                if (filled.some((v) => v === undefined)) {
                    problems.push(`Target tag \`${key}\` refers to a parameter that has no value.`);
                    return undefined;
                }
                tags[key] = filled;
            }
            // Resolved to instances by bindInstances; until then the plan cannot be approved.
            return { kind: 'tags', tags, ids: [] };
        }
        case 'parameter': {
            const name = t.parameter ?? '';
            const value = params.find((p) => p.name === name)?.value;
            if (value === undefined) {
                problems.push(`The target parameter \`${name}\` has no value.`);
                return { kind: 'parameter', name, values: [] };
            }
            return { kind: 'parameter', name, values: [String(value)] };
        }
    }
}
/** What the digest covers: everything that decides what runs, on what, and who may approve it. */
function planDigest(plan) {
    const t = plan.targets;
    const bound = {
        version: plan.version,
        runbook: { id: plan.runbook.id, digest: plan.runbook.digest },
        parameters: Object.fromEntries(plan.parameters.map((p) => [p.name, p.value ?? null])),
        targets: t ? (t.kind === 'tags' ? { kind: t.kind, tags: t.tags, ids: t.ids } : t) : null,
        incident: {
            fingerprint: plan.incident.fingerprint,
            alarmName: plan.incident.alarmName ?? null,
            account: plan.incident.account ?? null,
            region: plan.incident.region ?? null
        },
        requestedBy: plan.requestedBy?.toLowerCase() ?? null
    };
    return createHash('sha256').update(canonicalJson(bound)).digest('hex');
}
/** The plan with its digest when it has no problems, without one otherwise. */
function sealed(plan) {
    const rest = { ...plan };
    delete rest.digest;
    return rest.problems.length === 0 ? { ...rest, digest: planDigest(rest) } : rest;
}
const UNRESOLVED = 'Target instances were not resolved';
/**
 * A tag-targeted plan bound to the instances that carry its tags now: refused when none or more
 * than the runbook's `targets.max` do, or when they could not be listed; instances whose SSM agent
 * is not online are named. Other plans are returned unchanged.
 */
function bindInstances(plan, max, found) {
    const t = plan.targets;
    if (t?.kind !== 'tags')
        return plan;
    const problems = plan.problems.filter((p) => !p.startsWith(UNRESOLVED));
    const shown = Object.entries(t.tags)
        .map(([k, v]) => `${k}=${(v ?? []).join(',')}`)
        .join(' and ');
    if (!found.ok) {
        problems.push(`${UNRESOLVED}: ${found.reason}. OpsLoop binds an approval to the concrete instances tagged \`${shown}\`; give the intake job SSM read access (ssm:DescribeInstanceInformation) and propose again.`);
        return sealed({ ...plan, targets: { kind: 'tags', tags: t.tags, ids: [] }, problems });
    }
    const ids = [...new Set(found.instances.map((i) => i.id))].sort();
    const offline = found.instances.filter((i) => !i.online).map((i) => i.id);
    if (ids.length === 0)
        problems.push(`No managed instance is tagged \`${shown}\`: there is nothing to run on.`);
    if (ids.length > max)
        problems.push(`${ids.length} instances are tagged \`${shown}\`; the runbook allows at most ${max} (\`targets.max\`). Narrow the tags, or raise the limit in the runbook if that is safe.`);
    const bound = ids.length > max ? [] : ids;
    return sealed({
        ...plan,
        targets: {
            kind: 'tags',
            tags: t.tags,
            ids: bound,
            ...(offline.length > 0 && ids.length <= max ? { offline: offline.sort() } : {})
        },
        problems
    });
}
function buildPlan(entry, incident, proposed = {}, context = { proposedAt: new Date(0).toISOString() }) {
    const problems = [];
    const notes = [];
    const parameters = Object.entries(entry.runbook.parameters ?? {}).flatMap(([name, param]) => param ? [resolveParameter(name, param, incident, proposed[name], problems, notes)] : []);
    const targets = resolveTargets(entry, incident, parameters, problems);
    if (targets?.kind === 'tags')
        problems.push(`${UNRESOLVED} yet.`);
    const r = entry.runbook;
    return sealed({
        version: PLAN_VERSION,
        runbook: { id: r.id, title: r.title, risk: r.risk, file: entry.file, digest: entry.digest },
        parameters,
        ...(targets ? { targets } : {}),
        problems,
        notes,
        proposedAt: context.proposedAt,
        ...(context.requestedBy ? { requestedBy: context.requestedBy } : {}),
        incident: {
            fingerprint: context.fingerprint ?? fingerprint(incident),
            ...(incident.alarmName ? { alarmName: incident.alarmName } : {}),
            ...(incident.account ? { account: incident.account } : {}),
            ...(incident.region ? { region: incident.region } : {}),
            ...(incident.state ? { state: incident.state } : {})
        }
    });
}
/** The concrete targets a plan names: what it acts on, and what `{{ targets }}` expands to. */
function targetIds(targets) {
    switch (targets?.kind) {
        case undefined:
            return [];
        case 'instances':
        case 'tags':
            return targets.ids;
        case 'resources':
            return targets.arns;
        case 'parameter':
            return targets.values;
    }
}

export { OPSLOOP_LABEL as O, RAN_LABEL_PREFIX as R, OUTCOME_LABELS as a, bindInstances as b, fingerprint as c, describeReadError as d, RUNBOOK_LABEL_PREFIX as e, fingerprintLabel as f, severityLabel as g, httpStatus as h, sourceLabel as i, buildPlan as j, planDigest as p, ranLabel as r, sealed as s, targetIds as t };
