import { a as appliedExclusion } from './exclude-DohiZwX2.js';
import { createHash } from 'node:crypto';
import { c as checkParameterValue } from './parameters-DbSepTJw.js';
import { f as fingerprint, c as canonicalJson } from './fingerprint-BtovXTfi.js';
import { c as compileGlob } from './glob-RR4fIjUw.js';

const PLACEHOLDER = /\{\{([^{}]*)\}\}/g;
function references(value) {
    const out = [];
    for (const m of value.matchAll(PLACEHOLDER)) {
        const inner = (m[1] ?? '').trim();
        const base = { index: m.index, text: m[0] };
        const param = /^params\.([A-Za-z][A-Za-z0-9_]*)$/.exec(inner);
        if (param?.[1])
            out.push({ kind: 'param', name: param[1], ...base });
        else if (inner === 'targets')
            out.push({ kind: 'targets', ...base });
        else
            out.push({
                kind: 'invalid',
                reason: 'only `{{ params.NAME }}` and `{{ targets }}` can be used',
                ...base
            });
    }
    const stray = value.replace(PLACEHOLDER, '').search(/\{\{|\}\}/);
    if (stray >= 0) {
        const index = value.search(/\{\{|\}\}/);
        out.push({
            kind: 'invalid',
            index,
            text: value.slice(index, index + 2),
            reason: 'unbalanced `{{`/`}}`'
        });
    }
    return out;
}

// The plan: exactly what would run if approved. Parameters are resolved from the incident (a
// parameter's `from:`), then the model's proposal, then the default; a parameter that chooses what
// the runbook acts on takes neither the model's proposal nor (unless the runbook says it is safe)
// its default, and the plan stays incomplete without it. Targets come from the incident as
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
        case 'change': {
            const change = incident.facts?.change;
            return change &&
                (key === 'sha' ||
                    key === 'deployment' ||
                    key === 'deploymentSha' ||
                    key === 'previousSha' ||
                    key === 'service' ||
                    key === 'repository' ||
                    key === 'environment')
                ? change[key]
                : undefined;
        }
        default:
            return undefined;
    }
}
/** Incident values are text; a numeric or boolean parameter reads them as such. */
/** A value written as text (an incident's fact, a person's `/set`) in the parameter's JSON type. */
function typedValue(param, text) {
    if (param.type === 'integer' || param.type === 'number') {
        const n = Number(text);
        return text.trim() !== '' && Number.isFinite(n) ? n : text;
    }
    if (param.type === 'boolean')
        return text === 'true' ? true : text === 'false' ? false : text;
    return text;
}
/**
 * The parameters that choose what a runbook acts on: those its `targets` refer to (by
 * `parameter`, or in a tag value's template) and those it marks `selects`.
 */
function selectingParameters(runbook) {
    const names = new Set();
    const t = runbook.targets;
    if (t.from === 'parameter' && t.parameter)
        names.add(t.parameter);
    for (const values of Object.values(t.tags ?? {}))
        for (const value of values ?? [])
            for (const ref of references(value))
                if (ref.kind === 'param')
                    names.add(ref.name);
    for (const [name, param] of Object.entries(runbook.parameters ?? {}))
        if (param?.selects)
            names.add(name);
    return names;
}
/** How a person can give the incident the fact a `from:` path names. */
function howToProvide(from) {
    const key = from.slice(from.indexOf('.') + 1);
    if (from.startsWith('tags.'))
        return ` (tag the alarm or the resource it watches with \`${key}\`; OpsLoop reads both)`;
    if (from.startsWith('dimensions.'))
        return ` (the alarm's metric has no \`${key}\` dimension)`;
    if (from.startsWith('context.'))
        return ` (the dispatch context has no \`${key}\`)`;
    if (from.startsWith('ecs.') || from === 'autoScalingGroup')
        return ' (OpsLoop could not look it up: see what was not available under the evidence)';
    return '';
}
function resolveParameter(name, param, incident, proposed, setting, selects, problems, notes) {
    const sensitive = param.sensitive === true;
    const shown = (v) => (sensitive ? '(sensitive)' : JSON.stringify(v));
    if (setting) {
        // A person's word beats every other source, but never the runbook's own constraints (the
        // runbook may have changed since the value was set).
        const wrong = checkParameterValue(param, setting.value);
        if (!wrong)
            return {
                name,
                value: setting.value,
                source: 'person',
                setBy: setting.by,
                ...(param.from ? { from: param.from } : {}),
                sensitive
            };
        problems.push(`Parameter \`${name}\`: the value @${setting.by} set ${wrong}; set another with \`/set ${name}=…\`.`);
        return { name, source: 'missing', ...(param.from ? { from: param.from } : {}), sensitive };
    }
    const fromText = param.from ? valueFrom(incident, param.from) : undefined;
    if (param.from && fromText !== undefined) {
        const value = typedValue(param, fromText);
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
    if (proposed !== undefined && checkParameterValue(param, proposed) === undefined) {
        // What to act on is the incident's to say, not the model's: text in logs and alarms it
        // read could steer it.
        if (!selects)
            return { name, value: proposed, source: 'model', sensitive };
        notes.push(`The model proposed ${shown(proposed)} for \`${name}\`, which chooses what the runbook acts on; the plan takes that only from the incident or from a person's \`/set\`.`);
    }
    if (param.default !== undefined && (!selects || param.defaultIsSafe === true))
        return { name, value: param.default, source: 'default', sensitive };
    const lacking = param.from
        ? `the incident has no \`${param.from}\`${howToProvide(param.from)}`
        : 'the runbook names no `from:` for it';
    const set = `; or set it on this issue with \`/set ${name}=…\``;
    problems.push(selects
        ? `Parameter \`${name}\` chooses what the runbook acts on and has no value: ${lacking}${set}.${param.default !== undefined ? ` Its default ${shown(param.default)} is not used for that unless the runbook marks it \`defaultIsSafe\`.` : ''}`
        : `Parameter \`${name}\` has no value: ${param.from ? `the incident has no \`${param.from}\` and ` : ''}the runbook gives no default${set}.`);
    return { name, source: 'missing', ...(param.from ? { from: param.from } : {}), sensitive };
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
    // Triage never proposes an excluded runbook; a plan made again later (after `/set`, or with a
    // catalog whose entry was added since) checks it once more, so the entry holds at execution.
    const excluded = appliedExclusion(entry.runbook, incident);
    if (excluded)
        problems.push(`The runbook excludes this incident: its \`exclude\` entry ${excluded.index + 1} applies (${excluded.because}): ${excluded.why.replace(/[.\s]+$/, '')}. It cannot run for it.`);
    const selecting = selectingParameters(entry.runbook);
    const parameters = Object.entries(entry.runbook.parameters ?? {}).flatMap(([name, param]) => param
        ? [
            resolveParameter(name, param, incident, proposed[name], context.settings?.[name], selecting.has(name), problems, notes)
        ]
        : []);
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

/** What a sensitive parameter's value reads as wherever a request is shown. */
const SENSITIVE = '(sensitive)';
/** What a request is, in the words of the service that runs it. */
function requestKindName(request) {
    return request.kind === 'command'
        ? 'Run Command'
        : request.kind === 'automation'
            ? 'Automation'
            : 'GitHub Actions workflow';
}
/** What /dry-run shows: document, the exact commands or parameters, targets, rate control. */
function describeRequest(request) {
    if (request.kind === 'workflow') {
        const { input, display } = request;
        return {
            document: `${input.owner}/${input.repo} .github/workflows/${input.workflow} on ${input.ref}`,
            targets: [],
            parameters: Object.fromEntries(Object.entries(display.inputs).map(([k, v]) => [k, [v]])),
            rateControl: 'one workflow_dispatch',
            timeoutSeconds: display.timeoutSeconds
        };
    }
    const { display } = request;
    const timeout = display ? { timeoutSeconds: display.timeoutSeconds } : {};
    if (request.kind === 'command') {
        const { input } = request;
        const targets = display?.targets ??
            input.InstanceIds ??
            (input.Targets ?? []).map((t) => `${t.Key ?? ''}=${(t.Values ?? []).join(',')}`);
        return {
            document: input.DocumentName ?? '',
            targets,
            // Without a display copy nothing says which values are sensitive: show none of them.
            parameters: display?.parameters ?? maskAll(input.Parameters),
            rateControl: `MaxConcurrency ${input.MaxConcurrency ?? '50'}, MaxErrors ${input.MaxErrors ?? '0'}`,
            ...(display
                ? timeout
                : input.TimeoutSeconds === undefined
                    ? {}
                    : { timeoutSeconds: input.TimeoutSeconds })
        };
    }
    const { input } = request;
    // Rate-controlled, the targets are `Targets` (the plan's, as its display copy has them) and the
    // target parameter is in no `Parameters`; otherwise the targets are in the parameters.
    const targets = display?.targets ??
        (input.Targets ?? []).flatMap((t) => t.Key === 'ParameterValues'
            ? (t.Values ?? [])
            : [`${t.Key ?? ''}=${(t.Values ?? []).join(',')}`]);
    return {
        document: input.DocumentName ?? '',
        targets,
        parameters: display?.parameters ?? maskAll(input.Parameters),
        rateControl: input.TargetParameterName === undefined
            ? 'one execution (no rate control)'
            : `one execution per target as \`${input.TargetParameterName}\`, MaxConcurrency ${input.MaxConcurrency ?? '10'}, MaxErrors ${input.MaxErrors ?? '0'}`,
        ...timeout
    };
}
function maskAll(parameters) {
    return Object.fromEntries(Object.entries(parameters ?? {}).map(([k, v]) => [k, v.map(() => SENSITIVE)]));
}

export { SENSITIVE as S, typedValue as a, buildPlan as b, bindInstances as c, describeRequest as d, references as e, selectingParameters as f, planDigest as p, requestKindName as r, sealed as s, targetIds as t };
