import { c as canonicalJson, s as sealRecord } from './record-BBRdAg59.js';
import { r as references, i as isShellParameter, s as shellPlaceholders, p as placeholderProblem } from './shell-safety-BF719Zuk.js';
import { createHash } from 'node:crypto';
import { a as checkParameterValue, c as compileGlob } from './glob-5jAi9Bas.js';
import { c as code, p as prose, b as codeBlock } from './markdown-ZVhmbqY_.js';

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

/** The largest payload the incident record keeps for replanning (its JSON, in characters). */
const MAX_KEPT_EVENT = 24 * 1024;
function recordWriter(key, scope, now = () => new Date()) {
    const base = () => ({
        v: 1,
        repo: scope.repo,
        issue: scope.issue,
        fingerprint: scope.fingerprint,
        at: now().toISOString()
    });
    const seal = (r) => sealRecord(r, key);
    return {
        incident: (i, event) => seal({
            ...(event && canonicalJson(event).length <= MAX_KEPT_EVENT ? { event } : {}),
            ...base(),
            kind: 'incident',
            incident: {
                source: i.source.slice(0, 256),
                detailType: i.detailType.slice(0, 256),
                ...(i.alarmName ? { alarmName: i.alarmName.slice(0, 255) } : {}),
                ...(i.account ? { account: i.account.slice(0, 64) } : {}),
                ...(i.region ? { region: i.region.slice(0, 30) } : {})
            }
        }),
        plan: (plan, supersedes) => seal({
            ...base(),
            kind: 'plan',
            plan: plan,
            ...(supersedes ? { supersedes } : {})
        }),
        claim: (digest, run) => seal({ ...base(), kind: 'claim', digest, ...(run ? { run } : {}) }),
        cancel: (digest, by) => seal({ ...base(), kind: 'cancel', digest, by: by.slice(0, 100) }),
        set: (runbook, name, value, by) => seal({ ...base(), kind: 'set', runbook, name, value, by: by.slice(0, 100) }),
        retriage: (by) => seal({ ...base(), kind: 'retriage', by: by.slice(0, 100) }),
        outcome: (digest, outcome) => seal({ ...base(), kind: 'outcome', digest, outcome })
    };
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

/**
 * Re-runs the script under bash where the agent's `sh` is dash: runbook lines use bash features
 * (`set -o pipefail`, `$((...))`). Under bash it does nothing.
 */
const BASH_PRELUDE = '[ -n "${BASH_VERSION:-}" ] || exec bash "$0" "$@"';
/** The schema's default for `timeoutSeconds` (verify checks have none of their own). */
const DEFAULT_TIMEOUT_SECONDS = 600;
const COMMENT_LIMIT = 100;
const TAG_VALUE_LIMIT = 256;
const SENSITIVE = '(sensitive)';
/** POSIX single-quote quoting: the shell reads the value back byte for byte, expanding nothing. */
function shellQuote(value) {
    const text = String(value);
    // A shell word cannot hold NUL; refusing beats silently cutting the value short.
    if (text.includes('\0'))
        throw new Error('a shell value cannot contain a NUL character');
    return `'${text.replaceAll("'", `'\\''`)}'`;
}
/** Characters SSM accepts in tag values (`^([\p{L}\p{Z}\p{N}_.:/=+\-@]*)$`), at most 256. */
function tagValue(value) {
    const kept = value.replace(/[^\p{L}\p{Z}\p{N}_.:/=+\-@]/gu, '');
    // Count code points, so a cut never splits a surrogate pair.
    return Array.from(kept).slice(0, TAG_VALUE_LIMIT).join('').trim();
}
/** Plain values SSM would itself resolve as `{{ssm:NAME}}` must not reach it from the plan. */
function checked(text, what) {
    if (text.includes('{{') || text.includes('}}'))
        throw new Error(`${what} contains \`{{\` or \`}}\`, which SSM would read as a reference`);
    return text;
}
function substitute(template, values, shell) {
    let out = template;
    // Right to left, so earlier indexes stay valid.
    for (const ref of references(template).reverse()) {
        let text;
        if (ref.kind === 'invalid')
            throw new Error(`\`${ref.text}\`: ${ref.reason}`);
        if (ref.kind === 'targets') {
            if (shell)
                throw new Error('`{{ targets }}` cannot be used in shell commands');
            const targets = values.targets ?? [];
            if (targets.length !== 1)
                throw new Error(`\`{{ targets }}\` inside a value needs one target, the plan has ${targets.length}`);
            text = checked(targets[0] ?? '', 'a target');
        }
        else {
            const param = values.params.get(ref.name);
            if (param === undefined)
                throw new Error(`parameter \`${ref.name}\` has no value in the plan`);
            const raw = checked(String(param.value), `parameter \`${ref.name}\``);
            text = values.masked && param.sensitive ? SENSITIVE : shell ? shellQuote(param.value) : raw;
        }
        out = out.slice(0, ref.index) + text + out.slice(ref.index + ref.text.length);
    }
    return out;
}
/**
 * Shell lines with every `{{ params.NAME }}` replaced by its single-quoted value. Single quotes are
 * exact in a plain word and wrong anywhere else: inside the author's own quotes, a here-document,
 * a comment, or code that `bash -c`, `eval`, `su -c` or `ssh` parses a second time. Such a
 * placeholder is refused rather than quoted for its context, because how many times a string is
 * parsed cannot be read from the script; validation refuses it too, with advice. So is a string
 * value starting with `-` where it starts an argument (it would be read as an option).
 */
function shellLines(lines, values) {
    for (const use of shellPlaceholders(lines)) {
        if (use.ref.kind !== 'param')
            continue; // `{{ targets }}` and bad references: substitute says why
        const problem = placeholderProblem(use);
        if (problem)
            throw new Error(`shell line ${use.line + 1}: ${problem}`);
        const param = values.params.get(use.ref.name);
        if (use.argumentStart && typeof param?.value === 'string' && param.value.startsWith('-')) {
            const shown = param.sensitive ? 'a value' : JSON.stringify(param.value);
            throw new Error(`shell line ${use.line + 1}: parameter \`${use.ref.name}\` is ${shown} starting with \`-\`, which \`${use.program ?? 'the command'}\` would read as an option; refusing to run it`);
        }
    }
    return lines.map((line) => substitute(line, values, true));
}
function documentParameters(params, values) {
    const out = {};
    for (const [name, value] of Object.entries(params ?? {})) {
        if (value === undefined)
            continue;
        if (isShellParameter(name)) {
            out[name] = shellLines(typeof value === 'string' ? [value] : value, values);
            continue;
        }
        if (typeof value === 'string') {
            out[name] = [substitute(value, values, false)];
            continue;
        }
        out[name] = value.flatMap((item) => {
            const refs = references(item);
            const onlyTargets = refs.length === 1 && refs[0]?.kind === 'targets' && refs[0].text === item.trim();
            if (!onlyTargets)
                return [substitute(item, values, false)];
            return (values.targets ?? []).map((t) => checked(t, 'a target'));
        });
    }
    return out;
}
const INSTANCE_ID = /^(i-([0-9a-f]{8}|[0-9a-f]{17})|mi-[0-9a-f]{17})$/;
const EC2_INSTANCE_ARN = /^arn:aws[a-z-]*:ec2:[a-z0-9-]+:[0-9]{12}:instance\/(i-[0-9a-f]{8,17})$/;
/**
 * Run Command acts on managed nodes, always by instance id: a tag-targeted plan sends exactly the
 * instances its approval bound, never `Targets` that SSM would resolve to whatever carries the
 * tag at that moment.
 */
function commandTargets(targets) {
    if (targets?.kind === 'tags' && targets.ids.length === 0)
        throw new Error('the plan names no instances for its target tags');
    const ids = targetIds(targets).map((t) => EC2_INSTANCE_ARN.exec(t)?.[1] ?? t);
    if (ids.length === 0)
        throw new Error('Run Command needs at least one target');
    const bad = ids.find((id) => !INSTANCE_ID.test(id));
    if (bad !== undefined)
        throw new Error(`Run Command targets managed nodes; \`${bad}\` is not an instance id`);
    return { InstanceIds: ids, shown: ids };
}
function alarmConfiguration(action) {
    const name = 'guardAlarm' in action ? action.guardAlarm : undefined;
    return name === undefined
        ? {}
        : { AlarmConfiguration: { Alarms: [{ Name: name }], IgnorePollAlarmFailure: false } };
}
function comment(ctx) {
    const base = `OpsLoop ${ctx.step} ${ctx.digest.slice(0, 12)}`;
    const withIssue = `${base} ${ctx.issueUrl}`;
    return withIssue.length <= COMMENT_LIMIT ? withIssue : base;
}
/** Approver logins, space-separated (SSM tag values allow no commas), cut at a whole name. */
function approversTag(approvers) {
    let out = '';
    for (const name of approvers.map(tagValue).filter((n) => n !== '')) {
        const next = out === '' ? name : `${out} ${name}`;
        if (Array.from(next).length > TAG_VALUE_LIMIT)
            break;
        out = next;
    }
    return out;
}
function tags(ctx) {
    const list = [
        { Key: 'opsloop:issue', Value: tagValue(ctx.issueUrl) },
        { Key: 'opsloop:digest', Value: tagValue(ctx.digest.slice(0, 12)) },
        { Key: 'opsloop:step', Value: ctx.step },
        { Key: 'opsloop:approvers', Value: approversTag(ctx.approvers) }
    ];
    if (ctx.runUrl !== undefined)
        list.push({ Key: 'opsloop:run', Value: tagValue(ctx.runUrl) });
    return list;
}
/** Only the plan's resolved parameters and targets are rendered. */
function renderAction(action, plan, ctx) {
    const { runCommand, automation } = action;
    if ((runCommand === undefined) === (automation === undefined))
        throw new Error('an action needs exactly one of `runCommand` or `automation`');
    const params = new Map(plan.parameters.flatMap((p) => p.value === undefined ? [] : [[p.name, { value: p.value, sensitive: p.sensitive }]]));
    const targets = targetIds(plan.targets);
    const sent = { params, targets, masked: false };
    const shown = { params, targets, masked: true };
    const timeoutSeconds = ('timeoutSeconds' in action ? action.timeoutSeconds : undefined) ?? DEFAULT_TIMEOUT_SECONDS;
    if (runCommand) {
        const parameters = (values) => {
            const out = documentParameters(runCommand.parameters, values);
            if (runCommand.commands)
                out.commands = [BASH_PRELUDE, ...shellLines(runCommand.commands, values)];
            if (runCommand.workingDirectory !== undefined)
                out.workingDirectory = [runCommand.workingDirectory];
            if (runCommand.executionTimeoutSeconds !== undefined)
                out.executionTimeout = [String(runCommand.executionTimeoutSeconds)];
            return out;
        };
        const { shown: shownTargets, ...where } = commandTargets(plan.targets);
        return {
            kind: 'command',
            input: {
                DocumentName: runCommand.document,
                ...where,
                ...nonEmpty(parameters(sent)),
                MaxConcurrency: ('maxConcurrency' in action ? action.maxConcurrency : undefined) ?? '1',
                MaxErrors: ('maxErrors' in action ? action.maxErrors : undefined) ?? '0',
                // The delivery timeout: a node whose agent is offline this long is given up on.
                TimeoutSeconds: timeoutSeconds,
                Comment: comment(ctx),
                ...alarmConfiguration(action)
            },
            display: { parameters: parameters(shown), targets: shownTargets, timeoutSeconds }
        };
    }
    const doc = automation ?? { document: '' };
    return {
        kind: 'automation',
        input: {
            DocumentName: doc.document,
            ...nonEmpty(documentParameters(doc.parameters, sent)),
            // Targets reach the document through its parameters, never as rate-controlled `Targets`
            // with `TargetParameterName`, so MaxConcurrency/MaxErrors would mean nothing here.
            Tags: tags(ctx),
            ...alarmConfiguration(action)
        },
        display: {
            parameters: documentParameters(doc.parameters, shown),
            targets,
            timeoutSeconds
        }
    };
}
/** What /dry-run shows: document, the exact commands or parameters, targets, rate control. */
function describeRequest(request) {
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
    return {
        document: input.DocumentName ?? '',
        targets: display?.targets ?? [],
        parameters: display?.parameters ?? maskAll(input.Parameters),
        rateControl: input.TargetParameterName === undefined
            ? 'one execution (no rate control)'
            : `MaxConcurrency ${input.MaxConcurrency ?? '10'}, MaxErrors ${input.MaxErrors ?? '0'}`,
        ...timeout
    };
}
/** SSM refuses an empty parameter map (length 1 to 200): leave it out instead. */
function nonEmpty(parameters) {
    return Object.keys(parameters).length === 0 ? {} : { Parameters: parameters };
}
function maskAll(parameters) {
    return Object.fromEntries(Object.entries(parameters ?? {}).map(([k, v]) => [k, v.map(() => SENSITIVE)]));
}

const OUTPUT_SHOWN = 4_000;
/** Target rows a step's table shows (a runbook may target up to 50 instances). */
const TARGET_ROWS = 50;
/** Targets whose output a step shows. */
const OUTPUTS_SHOWN = 20;
const short = (digest) => digest.slice(0, 12);
/**
 * The first comment on a new incident issue: OpsLoop's sealed records (the incident, and the plan
 * when there is one) with a short account of what they say. Nothing here is read back but the
 * records themselves.
 */
function recordComment(plan, approval, records) {
    const lines = [];
    if (!plan)
        lines.push('🧾 OpsLoop recorded this incident. No runbook is proposed.');
    else if (!plan.digest)
        lines.push(`🧾 OpsLoop recorded this incident and a plan for runbook ${code(plan.runbook.id)}, which cannot be approved yet (see the issue).`);
    else
        lines.push(`📋 Plan ${code(short(plan.digest))} proposed: runbook ${code(plan.runbook.id)}${plan.targets ? ` on ${targetsLine(plan)}` : ''}.`, '', approval?.required === false
            ? 'This runbook does not require approval; it still runs only when asked to.'
            : `To run it, check the plan on the issue and comment ${code(`/approve ${short(plan.digest)}`)}. ${code('/dry-run')} shows exactly what would run.`);
    lines.push('', `<sub>OpsLoop's sealed record; edits to this comment void it.</sub>`, records);
    return lines.join('\n');
}
function targetsLine(plan) {
    if (!plan.targets)
        return 'no targets';
    const ids = targetIds(plan.targets);
    return ids.length > 0 ? ids.map(code).join(', ') : '(unresolved instances)';
}
function decisionReply(decision, state, plan, environment) {
    const p = code(short(plan.digest));
    if (decision.outcome === 'approved' || decision.outcome === 'counted-already') {
        const progress = `${state.approvers.length} of ${state.needed}`;
        const head = decision.outcome === 'approved'
            ? `✅ Approval by @${decision.author} recorded for plan ${p} (${progress}).`
            : `☑️ @${decision.author} already approved plan ${p}; one person counts once (${progress}).`;
        const next = state.status === 'approved'
            ? environment
                ? `The plan is approved. Remediation starts once the ${code(environment)} environment's reviewers approve the job.`
                : 'The plan is approved. Remediation starts now.'
            : `Waiting for ${state.needed - state.approvers.length} more approval(s) from different people.`;
        return `${head} ${next}`;
    }
    if (decision.outcome === 'rejected')
        return `🛑 Plan ${p} rejected by @${decision.author}: ${prose(decision.reason)} Nothing will run unless someone approves it again.`;
    return `❌ Not counted: ${prose(decision.reason)}`;
}
/**
 * A plan proposed again because something that decides what runs changed: exactly what changed,
 * never a runbook change that did not happen, then the sealed record of the new plan.
 */
/** The plan made again after `/set` or `/retriage`, with what changed and its sealed record. */
function replannedReply(plan, was, changes, why, record) {
    const head = plan.digest
        ? `🔄 New plan ${code(short(plan.digest))} (runbook ${code(plan.runbook.id)}${plan.targets ? ` on ${targetsLine(plan)}` : ''}) after ${prose(why)}${was.digest ? `; it replaces plan ${code(short(was.digest))}` : ''}.`
        : `🔄 New plan for runbook ${code(plan.runbook.id)} after ${prose(why)}; it cannot be approved yet:`;
    const values = plan.parameters.map((p) => `- ${code(p.name)}: ${p.value === undefined ? '(no value)' : p.sensitive ? '(sensitive)' : code(JSON.stringify(p.value))} · ${p.source === 'person' ? `set by @${p.setBy ?? '?'}` : p.source === 'incident' ? `incident ${code(p.from ?? '')}` : p.source}`);
    return [
        head,
        ...(plan.digest ? [] : ['', ...plan.problems.map((p) => `- ${prose(p)}`)]),
        ...(changes.length > 0
            ? ['', 'What changed:', '', ...changes.map((c) => `- ${prose(c)}`)]
            : []),
        ...(values.length > 0 ? ['', 'Parameters:', '', ...values] : []),
        '',
        plan.digest
            ? `Earlier approvals do not count for it. Review it, then comment ${code(`/approve ${short(plan.digest)}`)}; ${code('/dry-run')} shows exactly what would run.`
            : `Set what is missing with ${code('/set name=value')}, or ${code('/retriage')} after fixing what was not available.`,
        '',
        `<sub>OpsLoop's sealed record; edits to this comment void it.</sub>`,
        record
    ].join('\n');
}
function changedPlanReply(plan, was, changes, record, why = 'Something that decides what runs changed since it was proposed') {
    return [
        `🔄 Plan ${code(short(was))} is replaced by plan ${code(short(plan.digest))}. ${prose(why)}:`,
        '',
        ...(changes.length > 0
            ? changes.map((c) => `- ${prose(c)}`)
            : ['- (nothing that a person would see; the digest changed)']),
        '',
        `Earlier approvals no longer count. Review the new plan, then comment ${code(`/approve ${short(plan.digest)}`)}.`,
        record
    ].join('\n');
}
function requestSection(label, request) {
    const d = describeRequest(request);
    const lines = [
        `**${label}**: ${request.kind === 'command' ? 'Run Command' : 'Automation'} ${code(d.document)} · ${prose(d.rateControl)}${d.timeoutSeconds ? ` · timeout ${d.timeoutSeconds}s` : ''}`,
        '',
        `Targets: ${d.targets.length > 0 ? d.targets.map(code).join(', ') : '(from the document parameters)'}`
    ];
    for (const [name, values] of Object.entries(d.parameters)) {
        lines.push('', `${code(name)}:`, '', codeBlock(values.join('\n'), name === 'commands' ? 'bash' : 'text'));
    }
    return lines;
}
function dryRunComment(plan, steps) {
    return [
        `🧪 Dry run of plan ${code(short(plan.digest))} (runbook ${code(plan.runbook.id)}): exactly what would be sent to AWS Systems Manager. Nothing was run.`,
        '',
        ...steps.flatMap((s) => [...requestSection(s.label, s.request), '']),
        `To run it: ${code(`/approve ${short(plan.digest)}`)}.`
    ].join('\n');
}
/** GitHub refuses a comment body over 65,536 characters; every run comment stays well under. */
const MAX_RUN_COMMENT = 60_000;
/**
 * How much host output a run comment shows (characters per stream, for how many targets of each
 * step) and how many target rows, most first: the first level whose rendering fits
 * MAX_RUN_COMMENT is used. Many targets, retries and long output shrink it; every step keeps
 * its status line.
 */
const LEVELS = [
    { clip: OUTPUT_SHOWN, outputs: OUTPUTS_SHOWN, rows: TARGET_ROWS },
    { clip: 1_000, outputs: OUTPUTS_SHOWN, rows: TARGET_ROWS },
    { clip: 1_000, outputs: 5, rows: TARGET_ROWS },
    { clip: 300, outputs: 5, rows: TARGET_ROWS },
    { clip: 300, outputs: 1, rows: TARGET_ROWS },
    { clip: 0, outputs: 0, rows: TARGET_ROWS },
    { clip: 0, outputs: 0, rows: 10 },
    { clip: 0, outputs: 0, rows: 0 }
];
function fit(render) {
    let body = '';
    for (const level of LEVELS) {
        body = render(level);
        if (body.length <= MAX_RUN_COMMENT)
            return body;
    }
    return body;
}
function listed(items, most = TARGET_ROWS) {
    const shown = items.slice(0, most).map(code).join(', ');
    return items.length > most ? `${shown} and ${items.length - most} more` : shown;
}
/**
 * The run's one progress comment, which OpsLoop posts once and then edits as the run advances
 * (editing notifies nobody). Posted with `claim`, OpsLoop's sealed claim of the run, which only
 * the first version carries: from its first edit on, the comment holds no record.
 */
function progressComment(log, claim) {
    const { plan, request, finished } = log;
    const d = describeRequest(request);
    const status = finished
        ? `🏁 Finished: ${code(finished.outcome)} (${prose(finished.why)}). The result is in the next comment.`
        : `⏳ ${log.now ?? 'Claimed: sending the execution to Systems Manager.'}`;
    const head = [
        ...(claim ? [claim] : []),
        `▶️ Running ${code(plan.runbook.id)}, plan ${code(short(plan.digest))}, approved by ${log.approvedBy}.`,
        '',
        `${request.kind === 'command' ? 'Run Command' : 'Automation'} ${code(d.document)} on ${d.targets.length > 0 ? listed(d.targets) : 'the targets in its parameters'} · ${prose(d.rateControl)}.${finished ? '' : ` Comment ${code('/cancel')} to stop it.`}`,
        '',
        status,
        '',
        claim
            ? `<sub>OpsLoop's sealed claim of this run. OpsLoop edits this comment as the run advances (from its first edit on it holds no record: the run label keeps the claim) and posts the result as a new comment.</sub>`
            : '<sub>OpsLoop edits this comment as the run advances; it holds no record. The result is posted as a new comment.</sub>'
    ].join('\n');
    return fit((level) => [head, ...log.entries.map((e) => entryText(e, level))].join('\n\n'));
}
/**
 * The run's result: the one comment besides the progress comment that notifies people. It sums
 * the steps up, points to the progress comment for each target's status and output (or holds them
 * itself when that comment could not be brought up to date) and carries the sealed outcome.
 */
function runResultComment(log, progress, record) {
    const { plan, finished } = log;
    const head = [
        `🏁 Plan ${code(short(plan.digest))}: ${code(finished?.outcome ?? 'unknown')} (${prose(finished?.why ?? '')}). It will not run again; a new incident or a new plan is needed for another run.`,
        ...(log.entries.length > 0 ? ['', ...log.entries.map((e) => `- ${entryLine(e)}`)] : [])
    ].join('\n');
    if (progress.current)
        return [
            head,
            '',
            `Every step, with each target's status and output: ${progress.url}`,
            record
        ].join('\n');
    const note = `The progress comment (${progress.url}) could not be brought up to date, so every step is here:`;
    return fit((level) => [[head, '', note].join('\n'), ...log.entries.map((e) => entryText(e, level)), record].join('\n\n'));
}
const ICON = {
    Success: '✅',
    Failed: '❌',
    TimedOut: '⏱️',
    Cancelled: '⏹️'
};
function clip(text, most) {
    if (text.length <= most)
        return text;
    // Never split a surrogate pair.
    const end = /[\uD800-\uDBFF]/.test(text.charAt(most - 1)) ? most - 1 : most;
    return `${text.slice(0, end)}\n… (${text.length - end} more characters)`;
}
function entryLine(entry) {
    if (entry.kind === 'note')
        return entry.text;
    const { result } = entry;
    return `${ICON[result.status]} ${entry.label}: ${code(result.status)} (${code(result.id)}).`;
}
function entryText(entry, level) {
    if (entry.kind === 'note')
        return entry.text;
    return stepText(entry.label, entry.result, level);
}
/** One step: its status, then each target's status and (within `level`) its output. */
function stepText(step, result, level) {
    const lines = [
        `${entryLine({ kind: 'step', label: step, result })} ${prose(clip(result.detail, 500))}`
    ];
    const rows = result.targets.slice(0, level.rows);
    const more = result.targets.length - rows.length;
    if (rows.length > 0) {
        lines.push('', '| Target | Status | Detail |', '| --- | --- | --- |');
        for (const t of rows)
            lines.push(`| ${code(t.target)} | ${code(t.status)} | ${t.detail ? code(clip(t.detail, 200)) : ''} |`);
        if (more > 0)
            lines.push(`| (${more} more) | | |`);
    }
    else if (more > 0) {
        lines.push('', `Each of the ${more} targets' status is in Systems Manager (${code(result.id)}).`);
    }
    for (const t of rows.slice(0, level.outputs)) {
        const parts = [];
        if (t.stdout)
            parts.push(`stdout${t.stdoutTruncated ? ' (truncated by SSM)' : ''}:`, '', codeBlock(clip(t.stdout, level.clip)));
        if (t.stderr)
            parts.push(`stderr${t.stderrTruncated ? ' (truncated by SSM)' : ''}:`, '', codeBlock(clip(t.stderr, level.clip)));
        if (parts.length > 0)
            lines.push('', `<details><summary>Output of ${code(t.target)}</summary>`, '', ...parts, '', '</details>');
    }
    return lines.join('\n');
}
function recoveredComment(alarm, digest) {
    return `🟢 ${code(alarm)} is already back to ${code('OK')}: nothing was run. Comment ${code(`/approve ${short(digest)}`)} again if remediation is still needed.`;
}

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

export { OPSLOOP_LABEL as O, RAN_LABEL_PREFIX as R, renderAction as a, decisionReply as b, changedPlanReply as c, dryRunComment as d, fingerprint as e, fingerprintLabel as f, OUTCOME_LABELS as g, httpStatus as h, ranLabel as i, targetIds as j, sealed as k, recoveredComment as l, progressComment as m, runResultComment as n, bindInstances as o, planDigest as p, replannedReply as q, recordWriter as r, sourceLabel as s, typedValue as t, RUNBOOK_LABEL_PREFIX as u, severityLabel as v, describeReadError as w, buildPlan as x, recordComment as y };
