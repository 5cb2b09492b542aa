import { stat } from 'node:fs/promises';
import { existsSync, realpathSync, lstatSync, statSync, readFileSync, readdirSync } from 'node:fs';
import { resolve as resolve$1, relative, sep, join, dirname } from 'node:path';
import { C as CONTROLS } from './untrusted-DNWZ0Oim.js';
import { createHash } from 'node:crypto';
import { n as normalize } from './normalize-BE8nIYBh.js';
import { C as CatalogIndex, t as tied } from './select-DjjLaqd3.js';
import { b as compilePattern, a as checkParameterValue, c as compileGlob, g as globMatch, _ as _2020Exports } from './glob-B3hWj5D5.js';
import { l as locate, r as references, a as locateInString, b as shellUnsafeReason, f as formatPath, c as failsLoudly, d as parseYaml, e as preparePatternAnalysis, g as lintShellUse } from './shell-safety-BH-SqXQb.js';

/**
 * Control characters from file content must not reach a terminal or log as themselves: the shared
 * set (bidirectional controls included), and tab and newline, which would break the one-line form.
 */
const CONTROL = new RegExp(`[\\t\\n]|${CONTROLS.source}`, 'g');
const visible = (s) => s.replace(CONTROL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
function formatProblem(p) {
    const tag = p.severity === 'warning' ? 'warning: ' : '';
    return `${visible(p.file)}:${p.line}:${p.column}: ${tag}${visible(p.message)} [${p.rule}]`;
}
function compareProblems(a, b) {
    return a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column;
}

// The file-system edge of catalog validation: finds runbook files and reads them (and their
// example incidents) safely. Everything it refuses comes back as a reason, never a throw.
// Local reads are synchronous on purpose: thousands of small files read far faster that way than
// through the thread pool, and nothing else runs meanwhile. The FileReader interface stays async
// so that a reader backed by the GitHub contents API fits the same place.
const MAX_FILE_BYTES = 1024 * 1024;
const decoder = new TextDecoder('utf-8', { fatal: true });
/** The nearest ancestor holding `.git`, or the start directory itself. */
function findRepositoryRoot(start) {
    let dir = resolve$1(start);
    for (;;) {
        if (existsSync(join(dir, '.git')))
            return dir;
        const parent = dirname(dir);
        if (parent === dir)
            return resolve$1(start);
        dir = parent;
    }
}
function inside(root, path) {
    const rel = relative(root, path);
    return (rel === '' ||
        (!rel.startsWith(`..${sep}`) && rel !== '..' && !rel.startsWith(sep) && !/^[A-Za-z]:/.test(rel)));
}
function realpathOrUndefined(path) {
    try {
        return realpathSync(path);
    }
    catch {
        return undefined;
    }
}
function displayPath(path, cwd = process.cwd()) {
    const rel = relative(cwd, path);
    return (rel === '' || rel.startsWith('..') ? path : rel).split(sep).join('/');
}
const outsideLink = (target) => `symbolic link points outside the repository (to ${target}); commit the file itself instead of a link`;
function readSafely(file, root, realRoot) {
    const abs = resolve$1(file);
    if (!inside(realRoot, abs) && !inside(root, abs)) {
        return {
            ok: false,
            reason: `the path leaves the repository (${displayPath(abs)}); keep runbook files inside it`
        };
    }
    let info;
    try {
        info = lstatSync(abs);
    }
    catch {
        return { ok: false, reason: 'file not found' };
    }
    if (info.isSymbolicLink()) {
        const target = realpathOrUndefined(abs);
        if (target === undefined)
            return { ok: false, reason: 'symbolic link to a file that does not exist' };
        if (!inside(realRoot, target))
            return { ok: false, reason: outsideLink(target) };
        info = statSync(target);
    }
    if (!info.isFile())
        return { ok: false, reason: 'not a regular file' };
    if (info.size > MAX_FILE_BYTES) {
        return {
            ok: false,
            reason: `file is ${info.size} bytes; the limit is ${MAX_FILE_BYTES} bytes (1 MB): split it or remove bulky content`
        };
    }
    const bytes = readFileSync(abs);
    if (bytes.includes(0))
        return {
            ok: false,
            reason: 'file is binary (it contains NUL bytes); runbooks and examples must be UTF-8 text'
        };
    try {
        return { ok: true, text: decoder.decode(bytes).replace(/^\uFEFF/, '') };
    }
    catch {
        return { ok: false, reason: 'file is not valid UTF-8 text; save it as UTF-8' };
    }
}
function fileReader(root) {
    const absRoot = resolve$1(root);
    const realRoot = realpathOrUndefined(absRoot) ?? absRoot;
    return { readText: (file) => Promise.resolve(readSafely(file, absRoot, realRoot)) };
}
/** Runbook files (`*.yaml`, `*.yml`) below `dir`, sorted; hidden folders and node_modules are skipped. */
function listRunbookFiles(dir, root) {
    const files = [];
    const refused = [];
    const realRoot = realpathOrUndefined(root) ?? resolve$1(root);
    const isYaml = (name) => /\.ya?ml$/.test(name);
    const walk = (d) => {
        for (const e of readdirSync(d, { withFileTypes: true })) {
            const path = join(d, e.name);
            if (e.isDirectory()) {
                if (!e.name.startsWith('.') && e.name !== 'node_modules')
                    walk(path);
            }
            else if (e.isSymbolicLink()) {
                // Linked folders are not followed (they would list files twice); linked files are read.
                const target = realpathOrUndefined(path);
                if (target !== undefined && !inside(realRoot, target))
                    refused.push({ file: path, reason: outsideLink(target) });
                else if (isYaml(e.name) && (target === undefined || !statSync(target).isDirectory()))
                    files.push(path);
            }
            else if (e.isFile() && isYaml(e.name)) {
                files.push(path);
            }
        }
    };
    walk(resolve$1(dir));
    files.sort();
    return { files, refused };
}

// Reads a catalog directory into SourceTexts, turning everything unreadable into problems.
const atStart = (file, message, rule = 'file') => ({
    file,
    line: 1,
    column: 1,
    severity: 'error',
    rule,
    message
});
async function loadCatalog(dir, root = findRepositoryRoot(dir)) {
    const reader = fileReader(root);
    const shown = displayPath(dir);
    const isDir = await stat(dir).then((s) => s.isDirectory(), () => false);
    if (!isDir) {
        return {
            dir,
            sources: [],
            reader,
            problems: [
                atStart(shown, `catalog directory \`${shown}\` does not exist; create it or pass the folder that holds your runbooks (\`opsloop validate DIR\`)`, 'catalog')
            ]
        };
    }
    const listed = listRunbookFiles(dir, root);
    const problems = listed.refused.map((r) => atStart(displayPath(r.file), r.reason));
    const sources = [];
    for (const path of listed.files) {
        const file = displayPath(path);
        const read = await reader.readText(path);
        if (read.ok)
            sources.push({ file, text: read.text });
        else
            problems.push(atStart(file, read.reason));
    }
    if (listed.files.length === 0 && listed.refused.length === 0) {
        problems.push(atStart(shown, `the catalog \`${shown}\` holds no runbooks (*.yaml or *.yml); add one (see README: Runbook format) or point at the right folder`, 'catalog'));
    }
    return { dir, sources, problems, reader };
}

/** Optimal-string-alignment distance: Levenshtein plus adjacent transpositions (typos like `tilte`). */
function editDistance(a, b) {
    const rows = a.length + 1;
    const cols = b.length + 1;
    const d = new Array(rows * cols).fill(0);
    const at = (i, j) => d[i * cols + j] ?? 0;
    for (let i = 0; i < rows; i++)
        d[i * cols] = i;
    for (let j = 0; j < cols; j++)
        d[j] = j;
    for (let i = 1; i < rows; i++) {
        for (let j = 1; j < cols; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            let v = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
                v = Math.min(v, at(i - 2, j - 2) + 1);
            }
            d[i * cols + j] = v;
        }
    }
    return at(rows - 1, cols - 1);
}
/** The closest candidate, if it is close enough to be a plausible typo (case-insensitive). */
function closest(word, candidates) {
    const limit = Math.max(1, Math.floor(word.length / 3));
    let best;
    let bestDistance = Infinity;
    for (const c of candidates) {
        const dist = editDistance(word.toLowerCase(), c.toLowerCase());
        if (dist < bestDistance) {
            best = c;
            bestDistance = dist;
        }
    }
    return bestDistance <= limit ? best : undefined;
}
function didYouMean(word, candidates) {
    const c = closest(word, candidates);
    return c === undefined ? '' : `; did you mean \`${c}\`?`;
}

/** Documents that take `commands` as shell lines. */
const SHELL_DOCUMENTS = new Set(['AWS-RunShellScript']);
const DEFAULT_ALLOWED_DOCUMENTS = [
    'AWS-RunShellScript',
    'AWS-RestartEC2Instance',
    'AWS-StartEC2Instance',
    'AWS-StopEC2Instance',
    'OpsLoop-*'
];
function ssmCalls(rb) {
    const calls = [];
    const from = (step, at) => {
        const { runCommand, automation } = step ?? {};
        if (runCommand)
            calls.push({ path: [...at, 'runCommand'], document: runCommand.document, runCommand });
        if (automation)
            calls.push({ path: [...at, 'automation'], document: automation.document, automation });
    };
    from(rb.execution, ['execution']);
    from(rb.rollback, ['rollback']);
    from(rb.verify?.check, ['verify', 'check']);
    return calls;
}
function templatedStrings(rb) {
    const out = [];
    const params = (values, path, shell) => {
        for (const [k, v] of Object.entries(values ?? {})) {
            if (typeof v === 'string')
                out.push({ path: [...path, k], value: v, shell });
            else
                v?.forEach((s, i) => out.push({ path: [...path, k, i], value: s, shell }));
        }
    };
    for (const call of ssmCalls(rb)) {
        if (call.runCommand) {
            // A Run Command document's parameters may end up in a shell: treat them as such.
            call.runCommand.commands?.forEach((c, i) => out.push({ path: [...call.path, 'commands', i], value: c, shell: true }));
            params(call.runCommand.parameters, [...call.path, 'parameters'], true);
        }
        else {
            params(call.automation?.parameters, [...call.path, 'parameters'], false);
        }
    }
    for (const [k, values] of Object.entries(rb.targets.tags ?? {})) {
        values?.forEach((v, i) => out.push({ path: ['targets', 'tags', k, i], value: v, shell: false }));
    }
    return out;
}
function reporter(source, problems) {
    return (path, rule, message, at = 'value') => problems.push({
        file: source.file,
        ...locate(source, path, at),
        severity: 'error',
        rule,
        message
    });
}
function checkParameters(rb, report) {
    for (const [name, p] of Object.entries(rb.parameters ?? {})) {
        const at = ['parameters', name];
        if (p.pattern !== undefined) {
            const re = compilePattern(p.pattern);
            if (re instanceof Error)
                report([...at, 'pattern'], 'parameter', `\`${name}\`'s pattern is not a valid regular expression: ${re.message}`);
            if (p.type !== 'string')
                report([...at, 'pattern'], 'parameter', `\`${name}\` has a pattern but is ${p.type}; patterns apply to strings only`);
        }
        p.enum?.forEach((v, i) => {
            const wrong = checkParameterValue({ type: p.type}, v);
            if (wrong)
                report([...at, 'enum', i], 'parameter', `\`${name}\`'s enum value ${wrong}`);
        });
        if (p.minimum !== undefined && p.maximum !== undefined && p.minimum > p.maximum) {
            report([...at, 'minimum'], 'parameter', `\`${name}\` has minimum ${p.minimum} above maximum ${p.maximum}`);
        }
        if (p.minLength !== undefined && p.maxLength !== undefined && p.minLength > p.maxLength) {
            report([...at, 'minLength'], 'parameter', `\`${name}\` has minLength ${p.minLength} above maxLength ${p.maxLength}`);
        }
        if ((p.minimum !== undefined || p.maximum !== undefined) &&
            p.type !== 'integer' &&
            p.type !== 'number') {
            report([...at, 'type'], 'parameter', `\`${name}\` has minimum/maximum but is ${p.type}; bounds apply to numbers only`);
        }
        if (p.default !== undefined) {
            const wrong = checkParameterValue(p, p.default);
            if (wrong)
                report([...at, 'default'], 'parameter', `\`${name}\`'s default ${wrong}; make the default pass the parameter's own constraints`);
        }
    }
}
function checkTemplates(rb, strings, report, source, problems) {
    const declared = rb.parameters ?? {};
    const inShell = new Map();
    for (const s of strings) {
        for (const ref of references(s.value)) {
            const pos = locateInString(source, s.path, ref.index);
            const push = (rule, message) => {
                problems.push({ file: source.file, ...pos, severity: 'error', rule, message });
            };
            if (ref.kind === 'invalid') {
                push('template-reference', `\`${ref.text}\` is not a valid reference: ${ref.reason}`);
            }
            else if (ref.kind === 'targets' && s.shell) {
                push('shell-injection', '`{{ targets }}` cannot be used in shell commands: targets come from the incident, which is untrusted input, and SSM already runs the command on each target (read the instance id from instance metadata if a script needs it)');
            }
            else if (ref.kind === 'param') {
                if (!(ref.name in declared)) {
                    const hint = didYouMean(ref.name, Object.keys(declared));
                    const fix = hint ? `${hint} Otherwise declare` : ': declare';
                    push('template-reference', `\`${ref.text}\` refers to an undeclared parameter${fix} \`${ref.name}\` under \`parameters\``);
                }
                else if (s.shell && !inShell.has(ref.name)) {
                    inShell.set(ref.name, s.path);
                }
            }
        }
    }
    for (const [name, usedAt] of inShell) {
        const p = declared[name];
        const reason = p ? shellUnsafeReason(p) : undefined;
        if (reason) {
            report(['parameters', name], 'shell-injection', `parameter \`${name}\` reaches a shell command (${formatPath(usedAt)}) but ${reason}`, 'key');
        }
    }
}
/** Could this rule match a CloudWatch alarm incident? */
function mayMatchAlarm(rule) {
    const sources = rule.source === undefined
        ? ['aws.cloudwatch']
        : typeof rule.source === 'string'
            ? [rule.source]
            : rule.source;
    return rule.eventName === undefined && sources.some((s) => globMatch(s, 'aws.cloudwatch'));
}
function referencesTargets(rb, strings) {
    const targetParam = rb.targets.from === 'parameter' ? rb.targets.parameter : undefined;
    return strings.some((s) => references(s.value).some((r) => r.kind === 'targets' || (r.kind === 'param' && r.name === targetParam)));
}
// One allow-list serves a whole catalog: compile it once, not once per document of every runbook.
const allowLists = new WeakMap();
function allowListOf(globs) {
    let allowed = allowLists.get(globs);
    if (!allowed) {
        allowed = compileGlob(globs);
        allowLists.set(globs, allowed);
    }
    return allowed;
}
function checkDocuments(rb, options, report) {
    const allowed = allowListOf(options.allowedDocuments);
    for (const call of ssmCalls(rb)) {
        if (!allowed(call.document)) {
            report([...call.path, 'document'], 'document-allow-list', `SSM document \`${call.document}\` is not on the allow-list (${options.allowedDocuments.join(', ')}); use an allowed document or add it to the \`allowed-documents\` input`);
        }
        if (!call.runCommand || !SHELL_DOCUMENTS.has(call.document))
            continue;
        const commands = call.runCommand.commands;
        if (!commands) {
            report(call.path, 'shell-commands', `\`${call.document}\` needs \`commands\``, 'key');
        }
        else if (!failsLoudly(commands)) {
            report([...call.path, 'commands', 0], 'shell-strict-mode', 'shell commands must start with `set -euo pipefail` so a failing step fails the run instead of reporting Success');
        }
    }
}
function checkRisk(rb, report) {
    if (rb.risk === 'high' && !rb.verify) {
        report(['risk'], 'high-risk', 'high-risk runbooks must declare `verify` (how OpsLoop proves the fix worked)');
    }
    if (rb.risk === 'high' && !rb.rollback) {
        report(['risk'], 'high-risk', 'high-risk runbooks must declare `rollback` (what runs when execution or verification fails)');
    }
    if (rb.risk !== 'low' && !rb.approval.required) {
        report(['approval', 'required'], 'approval', `${rb.risk}-risk runbooks must set \`approval.required: true\``);
    }
}
/** A value that is exactly one `{{ targets }}` reference. */
const isOnlyTargets = (value) => {
    const refs = references(value);
    return refs.length === 1 && refs[0]?.kind === 'targets' && refs[0].text === value.trim();
};
function checkTargets(rb, strings, report) {
    const t = rb.targets;
    const declared = Object.keys(rb.parameters ?? {});
    if (t.from === 'parameter' && t.parameter !== undefined && !declared.includes(t.parameter)) {
        report(['targets', 'parameter'], 'targets', `\`targets.parameter\` names \`${t.parameter}\`, which is not declared under \`parameters\`${didYouMean(t.parameter, declared)}`);
    }
    if (t.from === 'tags' && rb.execution.automation) {
        report(['targets', 'from'], 'targets', 'tag targets work with `runCommand` only; an Automation document takes its target through a parameter (use `from: dimension`, `resources` or `parameter` and pass `{{ targets }}`)');
    }
    if (t.max > 1) {
        for (const s of strings) {
            // A list item that is exactly `{{ targets }}` expands to every target.
            if (typeof s.path.at(-1) === 'number' && isOnlyTargets(s.value))
                continue;
            if (!s.shell && references(s.value).some((r) => r.kind === 'targets')) {
                report(s.path, 'targets', `\`{{ targets }}\` inside a single value needs \`targets.max: 1\`; with up to ${t.max} targets, make it a list item of its own (\`['{{ targets }}']\`)`);
            }
        }
    }
    if (rb.execution.automation && !referencesTargets(rb, strings)) {
        report(['execution', 'automation', 'parameters'], 'targets', 'the Automation document never receives the targets: pass `{{ targets }}` (or the target parameter) in its `parameters`', 'key');
    }
}
function checkVerify(rb, report) {
    const alarmOk = rb.verify?.alarmOk;
    if (alarmOk && alarmOk.alarmName === undefined && !rb.match.some(mayMatchAlarm)) {
        report(['verify', 'alarmOk'], 'verify', 'this runbook handles events that are not alarms, so there is no triggering alarm to wait for: name one in `alarmOk.alarmName` or verify with `check`', 'key');
    }
}
function checkRunbook(rb, source, options) {
    const problems = [];
    const report = reporter(source, problems);
    const strings = templatedStrings(rb);
    checkParameters(rb, report);
    checkTemplates(rb, strings, report, source, problems);
    checkDocuments(rb, options, report);
    checkRisk(rb, report);
    checkTargets(rb, strings, report);
    checkVerify(rb, report);
    return problems;
}
/** A soft convention: `restart-nginx.yaml` holds `id: restart-nginx`. */
function checkFileName(rb, source) {
    const base = source.file
        .split(/[\\/]/)
        .pop()
        ?.replace(/\.ya?ml$/, '');
    if (base === rb.id)
        return [];
    return [
        {
            file: source.file,
            ...locate(source, ['id']),
            severity: 'warning',
            rule: 'id-filename',
            message: `id \`${rb.id}\` differs from the file name \`${base ?? ''}\`; name the file \`${rb.id}.yaml\` so runbooks are easy to find`
        }
    ];
}

// Generated from schemas/runbook.schema.json by `npm run generate`. Do not edit.
const runbookSchema = {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://opsloop.dev/schemas/runbook.schema.json',
    title: 'OpsLoop runbook',
    description: "A remediation OpsLoop may propose for an AWS incident and, after approval, run through AWS Systems Manager. The model only selects a runbook and proposes parameters that pass this file's own parameter schema; it never writes commands.",
    type: 'object',
    additionalProperties: false,
    required: [
        'apiVersion',
        'id',
        'title',
        'description',
        'owners',
        'risk',
        'match',
        'targets',
        'approval',
        'execution'
    ],
    properties: {
        $schema: { type: 'string', description: 'Optional pointer to this schema for editors.' },
        apiVersion: {
            const: 'opsloop/v1',
            description: 'Format version of this file. Always `opsloop/v1`.'
        },
        id: {
            type: 'string',
            pattern: '^[a-z0-9]+(-[a-z0-9]+)*$',
            maxLength: 64,
            description: 'Unique, stable identifier in kebab-case (lowercase letters, digits and single hyphens). Approvals and past incidents refer to it.',
            examples: ['restart-systemd-service']
        },
        title: {
            type: 'string',
            minLength: 3,
            maxLength: 100,
            description: 'One line shown in incident issues and summaries.'
        },
        description: {
            type: 'string',
            minLength: 10,
            maxLength: 4000,
            description: 'What the runbook does, when to use it and when not to. Shown to approvers and given to the model as a hint.'
        },
        owners: {
            type: 'array',
            minItems: 1,
            uniqueItems: true,
            items: { $ref: '#/$defs/principal' },
            description: 'GitHub users (`alice`) or teams (`org/team`) who maintain this runbook.'
        },
        risk: {
            enum: ['low', 'medium', 'high'],
            description: 'Risk tier. High-risk runbooks must declare `verify` and `rollback`.'
        },
        priority: {
            type: 'integer',
            minimum: -100,
            maximum: 100,
            default: 0,
            description: 'Breaks ties when several runbooks match an incident equally well: the higher wins.'
        },
        match: {
            type: 'array',
            minItems: 1,
            items: { $ref: '#/$defs/matchRule' },
            description: 'Deterministic rules saying which incidents this runbook handles. An incident matches when any rule matches; a rule matches when all of its fields do. The offline triage uses them to select a runbook; the model receives them as hints.'
        },
        parameters: {
            type: 'object',
            maxProperties: 20,
            propertyNames: { pattern: '^[a-zA-Z][a-zA-Z0-9_]{0,39}$' },
            additionalProperties: { $ref: '#/$defs/parameter' },
            default: {},
            description: 'Typed inputs, referenced in commands and document parameters as `{{ params.NAME }}`. Proposed values must pass these constraints. A string parameter that reaches a shell command must be constrained by `enum` or an anchored `pattern`.'
        },
        targets: { $ref: '#/$defs/targets' },
        approval: { $ref: '#/$defs/approval' },
        execution: { $ref: '#/$defs/action' },
        verify: { $ref: '#/$defs/verify' },
        rollback: { $ref: '#/$defs/action' },
        tests: {
            type: 'array',
            uniqueItems: true,
            items: {
                type: 'string',
                minLength: 1,
                pattern: '\\.json$',
                description: 'Path, relative to this file, of an example incident (an AWS event as EventBridge delivers it, or a dispatch `client_payload` with `event` and `context`).'
            },
            description: 'Example incidents that must select this runbook. Validation fails when a file is missing or selects another runbook.'
        }
    },
    $defs: {
        principal: {
            type: 'string',
            pattern: '^@?[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(/[A-Za-z0-9._-]{1,100})?$',
            description: 'A GitHub login (`alice`) or team (`org/team-slug`); a leading `@` is allowed.'
        },
        stringOrList: {
            oneOf: [
                { type: 'string', minLength: 1 },
                { type: 'array', minItems: 1, uniqueItems: true, items: { type: 'string', minLength: 1 } }
            ]
        },
        globs: {
            $ref: '#/$defs/stringOrList',
            description: 'One value or a list; any may match. `*` matches any run of characters and `?` one character; matching is case-sensitive.'
        },
        duration: {
            type: 'string',
            pattern: '^([1-9][0-9]*[smhd])+$',
            description: 'A duration such as `90s`, `10m`, `1h30m` or `7d`.',
            examples: ['10m', '4h']
        },
        matchRule: {
            type: 'object',
            additionalProperties: false,
            minProperties: 1,
            properties: {
                source: {
                    $ref: '#/$defs/globs',
                    description: 'EventBridge `source`, e.g. `aws.cloudwatch`, `aws.ecs`, `aws.health`.'
                },
                detailType: {
                    $ref: '#/$defs/globs',
                    description: 'EventBridge `detail-type`, e.g. `CloudWatch Alarm State Change`.'
                },
                alarmName: {
                    $ref: '#/$defs/globs',
                    description: 'CloudWatch alarm name globs, e.g. `*-disk-used-*`.'
                },
                eventName: {
                    $ref: '#/$defs/globs',
                    description: "The event's own name or code: ECS `detail.eventName` (e.g. `SERVICE_TASK_START_IMPAIRED`), AWS Health `detail.eventTypeCode`, GuardDuty finding `type`, EC2 instance `detail.state`."
                },
                metric: {
                    type: 'object',
                    additionalProperties: false,
                    minProperties: 1,
                    properties: {
                        namespace: {
                            $ref: '#/$defs/globs',
                            description: 'Metric namespace, e.g. `AWS/EC2` or `CWAgent`.'
                        },
                        name: { $ref: '#/$defs/globs', description: 'Metric name, e.g. `CPUUtilization`.' },
                        dimensions: {
                            type: 'object',
                            minProperties: 1,
                            additionalProperties: { $ref: '#/$defs/globs' },
                            description: 'Dimension name to value globs; `"*"` only requires the dimension to be present.'
                        }
                    },
                    description: 'Matches when any metric of the alarm (including metric-math inputs) fits all given fields.'
                },
                resourceType: {
                    $ref: '#/$defs/globs',
                    description: "Resource type as `service:type` from the incident's ARNs and dimensions, e.g. `ec2:instance`, `ecs:service`, `autoscaling:autoScalingGroup`."
                },
                severity: {
                    oneOf: [
                        { $ref: '#/$defs/severity' },
                        { type: 'array', minItems: 1, uniqueItems: true, items: { $ref: '#/$defs/severity' } }
                    ],
                    description: 'Incident severity or severities.'
                },
                state: {
                    oneOf: [
                        { $ref: '#/$defs/alarmState' },
                        { type: 'array', minItems: 1, uniqueItems: true, items: { $ref: '#/$defs/alarmState' } }
                    ],
                    description: 'Alarm state; alarm rules match only `ALARM` unless this says otherwise.'
                },
                tags: {
                    type: 'object',
                    minProperties: 1,
                    additionalProperties: { $ref: '#/$defs/globs' },
                    description: "Tag key to value globs, from the dispatch `context.tags` (for example the alarm's or resource's tags)."
                }
            }
        },
        severity: { enum: ['low', 'medium', 'high', 'critical'] },
        alarmState: { enum: ['ALARM', 'OK', 'INSUFFICIENT_DATA'] },
        parameter: {
            type: 'object',
            additionalProperties: false,
            required: ['type', 'description'],
            properties: {
                type: {
                    enum: ['string', 'integer', 'number', 'boolean'],
                    description: 'JSON type of the value.'
                },
                description: { type: 'string', minLength: 3, maxLength: 500 },
                enum: {
                    type: 'array',
                    minItems: 1,
                    uniqueItems: true,
                    items: { type: ['string', 'integer', 'number', 'boolean'] },
                    description: 'The only allowed values.'
                },
                pattern: {
                    type: 'string',
                    minLength: 2,
                    description: 'ECMAScript regular expression the whole value must match; anchor it with `^` and `$`.'
                },
                minLength: { type: 'integer', minimum: 0 },
                maxLength: { type: 'integer', minimum: 1, maximum: 4096 },
                minimum: { type: 'number' },
                maximum: { type: 'number' },
                default: {
                    type: ['string', 'integer', 'number', 'boolean'],
                    description: 'Value used when neither the incident nor the triage supplies one. Must itself pass the constraints.'
                },
                from: {
                    type: 'string',
                    pattern: '^(dimensions|tags|context)\\.[A-Za-z0-9_.:/-]{1,128}$|^(alarmName|region|account|resourceId)$',
                    description: "Where deterministic triage takes the value from the incident: `dimensions.NAME` (the alarm metric's dimension), `tags.KEY`, `context.KEY` (dispatch context), `alarmName`, `region`, `account` or `resourceId` (the last segment of the first resource ARN).",
                    examples: ['dimensions.InstanceId', 'tags.service']
                },
                sensitive: {
                    type: 'boolean',
                    default: false,
                    description: 'Hide the value in issues and logs.'
                }
            }
        },
        targets: {
            type: 'object',
            additionalProperties: false,
            required: ['from', 'max'],
            description: 'What the runbook acts on. Resolved targets are shown in the plan and bound into its digest.',
            properties: {
                from: {
                    enum: ['dimension', 'resources', 'tags', 'parameter'],
                    description: "`dimension`: instance ids from the alarm metric's dimension; `resources`: the incident's resource ARNs that fit `resourcePattern`; `tags`: SSM tag targets (Run Command only); `parameter`: the value of a declared parameter."
                },
                dimension: {
                    type: 'string',
                    minLength: 1,
                    description: 'Dimension name, e.g. `InstanceId`.'
                },
                resourcePattern: {
                    type: 'string',
                    minLength: 1,
                    description: 'Glob over resource ARNs, e.g. `arn:aws:ecs:*:*:service/*`.'
                },
                tags: {
                    type: 'object',
                    minProperties: 1,
                    maxProperties: 5,
                    additionalProperties: {
                        type: 'array',
                        minItems: 1,
                        maxItems: 50,
                        items: { type: 'string', minLength: 1 }
                    },
                    description: 'Tag key to allowed values, sent as SSM `Targets` (`tag:KEY`).'
                },
                parameter: {
                    type: 'string',
                    minLength: 1,
                    description: 'Name of the parameter holding the target.'
                },
                max: {
                    type: 'integer',
                    minimum: 1,
                    maximum: 50,
                    description: 'The plan is refused when more targets resolve than this.'
                }
            },
            allOf: [
                { if: { properties: { from: { const: 'dimension' } } }, then: { required: ['dimension'] } },
                {
                    if: { properties: { from: { const: 'resources' } } },
                    then: { required: ['resourcePattern'] }
                },
                { if: { properties: { from: { const: 'tags' } } }, then: { required: ['tags'] } },
                { if: { properties: { from: { const: 'parameter' } } }, then: { required: ['parameter'] } }
            ]
        },
        approval: {
            type: 'object',
            additionalProperties: false,
            required: ['required'],
            description: 'Who must approve before anything runs.',
            properties: {
                required: {
                    type: 'boolean',
                    description: 'Whether a human approval is needed. Medium and high risk runbooks must require it.'
                },
                approvers: {
                    type: 'object',
                    additionalProperties: false,
                    minProperties: 1,
                    properties: {
                        users: {
                            type: 'array',
                            uniqueItems: true,
                            items: { type: 'string', pattern: '^@?[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$' },
                            description: 'GitHub logins allowed to approve (they also need write access).'
                        },
                        teams: {
                            type: 'array',
                            uniqueItems: true,
                            items: {
                                type: 'string',
                                pattern: '^@?[A-Za-z0-9][A-Za-z0-9-]{0,38}/[A-Za-z0-9._-]{1,100}$'
                            },
                            description: 'Teams as `org/team-slug` whose active members may approve.'
                        }
                    },
                    description: 'Who may approve. Without it, anyone with write or admin permission on the repository may.'
                },
                minApprovals: {
                    type: 'integer',
                    minimum: 1,
                    maximum: 6,
                    default: 1,
                    description: 'Distinct people who must approve the same plan.'
                },
                expiry: {
                    $ref: '#/$defs/duration',
                    description: 'How long an approval stays valid, e.g. `4h`.'
                },
                environment: {
                    type: 'string',
                    pattern: '^[^\\s/\'"`$]{1,255}$',
                    description: 'GitHub environment (with required reviewers) the remediation job runs in, e.g. `incident-remediation`.'
                },
                allowSelfApproval: {
                    type: 'boolean',
                    default: false,
                    description: 'Whether the person who requested the remediation may approve it.'
                }
            }
        },
        rateControl: {
            type: 'string',
            pattern: '^([0-9]{1,5}|[1-9][0-9]?%|100%)$',
            description: 'A count or a percentage, as SSM `MaxConcurrency`/`MaxErrors` take them.'
        },
        documentParameters: {
            type: 'object',
            propertyNames: { pattern: '^[A-Za-z0-9_.-]{1,128}$' },
            additionalProperties: {
                oneOf: [
                    { type: 'string', maxLength: 4096 },
                    { type: 'array', maxItems: 50, items: { type: 'string', maxLength: 4096 } }
                ]
            },
            description: 'Other document parameters; values may use `{{ params.NAME }}` and `{{ targets }}`.'
        },
        runCommand: {
            type: 'object',
            additionalProperties: false,
            required: ['document'],
            properties: {
                document: {
                    type: 'string',
                    pattern: '^[A-Za-z0-9_.:/-]{3,128}$',
                    description: 'SSM Command document, e.g. `AWS-RunShellScript`. Must be on the allow-list.'
                },
                commands: {
                    type: 'array',
                    minItems: 1,
                    maxItems: 100,
                    items: { type: 'string', minLength: 1, maxLength: 4096 },
                    description: 'Shell lines for `AWS-RunShellScript`-style documents, run by bash (OpsLoop re-executes the script under bash where `sh` is dash); `{{ params.NAME }}` is replaced by the shell-quoted value, so write it as a bare word (`systemctl restart {{ params.service }}`): validation refuses it inside quotes, here-documents, comments, `${…}`, arithmetic, as the command name, or in code run by `bash -c`, `eval`, `su -c`, `ssh`, `trap` or `watch`. A string parameter that starts an argument must not allow a leading `-` (or put `--` before it). Start with `set -euo pipefail` and make every step safe to run twice.'
                },
                parameters: { $ref: '#/$defs/documentParameters' },
                workingDirectory: { type: 'string', pattern: '^/[A-Za-z0-9_./-]*$' },
                executionTimeoutSeconds: {
                    type: 'integer',
                    minimum: 1,
                    maximum: 172800,
                    description: "The document's own execution timeout."
                }
            }
        },
        automation: {
            type: 'object',
            additionalProperties: false,
            required: ['document'],
            properties: {
                document: {
                    type: 'string',
                    pattern: '^[A-Za-z0-9_.:/-]{3,128}$',
                    description: 'SSM Automation document, e.g. `AWS-RestartEC2Instance`. Must be on the allow-list.'
                },
                parameters: { $ref: '#/$defs/documentParameters' }
            }
        },
        action: {
            type: 'object',
            additionalProperties: false,
            properties: {
                runCommand: { $ref: '#/$defs/runCommand' },
                automation: { $ref: '#/$defs/automation' },
                maxConcurrency: { $ref: '#/$defs/rateControl', default: '1' },
                maxErrors: { $ref: '#/$defs/rateControl', default: '0' },
                timeoutSeconds: {
                    type: 'integer',
                    minimum: 30,
                    maximum: 172800,
                    default: 600,
                    description: 'Overall limit OpsLoop waits before cancelling and reporting `TimedOut`.'
                },
                guardAlarm: {
                    type: 'string',
                    minLength: 1,
                    maxLength: 255,
                    description: 'A CloudWatch alarm that stops the run when it goes to ALARM (SSM `AlarmConfiguration`), e.g. an error-rate guard. Not the alarm that triggered the incident: that one is still in ALARM when remediation starts.'
                }
            },
            description: 'One SSM operation: exactly one of `runCommand` or `automation`, with rate control and an overall timeout. `execution` runs after approval; `rollback` runs when execution or verification fails.',
            if: { required: ['runCommand'] },
            then: { not: { required: ['automation'] } },
            else: { required: ['automation'] }
        },
        verify: {
            type: 'object',
            additionalProperties: false,
            minProperties: 1,
            description: 'How OpsLoop proves the fix worked. Failure triggers `rollback`.',
            properties: {
                alarmOk: {
                    type: 'object',
                    additionalProperties: false,
                    required: ['within'],
                    properties: {
                        within: {
                            $ref: '#/$defs/duration',
                            description: 'How long the triggering alarm has to return to OK.'
                        },
                        alarmName: {
                            type: 'string',
                            minLength: 1,
                            maxLength: 255,
                            description: 'The alarm that must return to OK. Defaults to the alarm that triggered the incident; required when the runbook handles events that are not alarms.'
                        }
                    },
                    description: 'Passes when the alarm is (or returns to) OK within `within`.'
                },
                check: {
                    type: 'object',
                    additionalProperties: false,
                    properties: {
                        runCommand: { $ref: '#/$defs/runCommand' },
                        automation: { $ref: '#/$defs/automation' },
                        retries: { type: 'integer', minimum: 0, maximum: 20, default: 3 },
                        interval: { $ref: '#/$defs/duration' }
                    },
                    description: 'A check that passes when it succeeds: a command that exits 0 on every target, or an Automation document that ends in Success (e.g. one asserting an ECS service is steady).',
                    if: { required: ['runCommand'] },
                    then: { not: { required: ['automation'] } },
                    else: { required: ['automation'] }
                }
            }
        }
    }
};

// Validates parsed runbooks against schemas/runbook.schema.json and turns ajv's errors into
// messages a runbook author can act on: where, what is wrong, and what would be right.
let compiled;
/** The runbook validator, compiled once per process. */
function runbookValidator() {
    compiled ??= new _2020Exports.Ajv2020({
        allErrors: true,
        strict: true,
        allowUnionTypes: true,
        strictRequired: false,
        verbose: true
    }).compile(runbookSchema);
    return compiled;
}
function pathOf(instancePath) {
    if (instancePath === '')
        return [];
    return instancePath
        .slice(1)
        .split('/')
        .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
        .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}
function fieldName(path) {
    return path.length === 0 ? 'the runbook' : `\`${formatPath(path)}\``;
}
function show(value) {
    const text = JSON.stringify(value);
    if (text === undefined)
        return String(value);
    return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
function typeOf(value) {
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'a list';
    if (typeof value === 'object')
        return 'a mapping';
    if (typeof value === 'number')
        return Number.isInteger(value) ? 'an integer' : 'a number';
    return `a ${typeof value}`;
}
/** Resolves local `$ref`s so messages can describe what a branch expects. */
function resolve(node) {
    let current = node;
    for (let hops = 0; typeof current.$ref === 'string' && hops < 10; hops++) {
        const name = current.$ref.replace('#/$defs/', '');
        current = runbookSchema.$defs[name] ?? {};
    }
    return current;
}
const NOUNS = { object: 'mapping', array: 'list' };
const values = (list) => list.map((v) => `\`${String(v)}\``).join(', ');
/** What a schema accepts, in words: "an integer", "a list of strings", "one of `a`, `b`". */
function describe(schema) {
    const s = resolve(schema);
    if (Array.isArray(s.enum))
        return `one of ${values(s.enum)}`;
    if (s.type === 'array') {
        const items = resolve(s.items ?? {});
        if (Array.isArray(items.enum))
            return `a list of values among ${values(items.enum)}`;
        const noun = typeof items.type === 'string' ? (NOUNS[items.type] ?? items.type) : 'value';
        return `a list of ${noun}s`;
    }
    const noun = typeof s.type === 'string' ? (NOUNS[s.type] ?? s.type) : 'valid value';
    return /^[aeiou]/.test(noun) ? `an ${noun}` : `a ${noun}`;
}
function schemaDescription(error) {
    const d = resolve(error.parentSchema).description;
    return typeof d === 'string' ? ` (${d.split(/(?<=\.)\s/)[0] ?? d})` : '';
}
function propertySchema(parent, name) {
    const props = resolve(parent).properties;
    const p = props?.[name];
    return p === undefined ? undefined : resolve(p);
}
/** `execution`, `rollback` and `verify.check` take exactly one of `runCommand` or `automation`. */
function isAction(path) {
    const at = path.join('.');
    return at === 'execution' || at === 'rollback' || at === 'verify.check';
}
function translate(error) {
    const path = pathOf(error.instancePath);
    const field = fieldName(path);
    const p = error.params;
    switch (error.keyword) {
        case 'required': {
            const missing = String(p.missingProperty);
            if (isAction(path) && error.schemaPath.endsWith('/else/required')) {
                return { path, at: 'key', text: `${field} needs one of \`runCommand\` or \`automation\`` };
            }
            const desc = propertySchema(error.parentSchema, missing)?.description;
            const why = typeof desc === 'string' ? ` (${desc.split(/(?<=\.)\s/)[0] ?? desc})` : '';
            return {
                path,
                at: 'key',
                text: `${field} is missing the required field \`${missing}\`${why}`
            };
        }
        case 'additionalProperties': {
            const extra = String(p.additionalProperty);
            const allowed = Object.keys(resolve(error.parentSchema).properties ?? {});
            const hint = didYouMean(extra, allowed) ||
                (allowed.length > 0 ? `; allowed here: ${allowed.join(', ')}` : '');
            return {
                path: [...path, extra],
                at: 'key',
                text: `unknown field \`${extra}\` in ${field}${hint}`
            };
        }
        case 'type':
            return {
                path,
                at: 'value',
                text: `${field} must be ${describe(error.parentSchema)}, not ${typeOf(error.data)}`
            };
        case 'enum': {
            const allowed = p.allowedValues.map(String);
            const hint = typeof error.data === 'string' ? didYouMean(error.data, allowed) : '';
            return {
                path,
                at: 'value',
                text: `${field} is ${show(error.data)} but must be one of ${allowed.map((v) => `\`${v}\``).join(', ')}${hint}`
            };
        }
        case 'const':
            return {
                path,
                at: 'value',
                text: `${field} must be \`${String(p.allowedValue)}\`, not ${show(error.data)}`
            };
        case 'pattern':
            return {
                path,
                at: 'value',
                text: `${field} is ${show(error.data)}, which does not match \`${String(p.pattern)}\`${schemaDescription(error)}`
            };
        case 'propertyNames':
            return undefined; // the nested `pattern` error names the property
        case 'not':
            if (isAction(path)) {
                return {
                    path,
                    at: 'key',
                    text: `${field} must have only one of \`runCommand\` or \`automation\`, not both`
                };
            }
            return { path, at: 'value', text: `${field} is not allowed here` };
        case 'if':
            return undefined; // the failing `then`/`else` branch reports the real problem
        case 'minProperties':
            return {
                path,
                at: 'key',
                text: `${field} must have at least ${String(p.limit)} field${p.limit === 1 ? '' : 's'}`
            };
        case 'maxProperties':
            return { path, at: 'key', text: `${field} must have at most ${String(p.limit)} fields` };
        case 'minItems':
            return {
                path,
                at: 'value',
                text: `${field} must list at least ${String(p.limit)} item${p.limit === 1 ? '' : 's'}`
            };
        case 'maxItems':
            return { path, at: 'value', text: `${field} must list at most ${String(p.limit)} items` };
        case 'uniqueItems':
            return {
                path,
                at: 'value',
                text: `${field} lists the same value twice (items ${String(p.j)} and ${String(p.i)})`
            };
        case 'minLength':
            return {
                path,
                at: 'value',
                text: `${field} must be at least ${String(p.limit)} characters long`
            };
        case 'maxLength':
            return {
                path,
                at: 'value',
                text: `${field} must be at most ${String(p.limit)} characters long`
            };
        case 'minimum':
        case 'maximum':
            return {
                path,
                at: 'value',
                text: `${field} is ${show(error.data)} but must be ${String(p.comparison)} ${String(p.limit)}`
            };
        default:
            return { path, at: 'value', text: `${field} ${error.message ?? 'is invalid'}` };
    }
}
const within = (path, parent) => path === parent || path.startsWith(`${parent}/`);
/**
 * A failed `oneOf` comes with the errors of every branch, just before it (their schema paths
 * point into `$ref` targets, so position and instance path are what tie them to it). Errors at
 * the value itself about its type, enum or const only say a branch did not fit; if that is all
 * there is, say which shapes would be accepted. Otherwise the value fitted a branch's shape, and
 * that branch's deeper errors (a wrong list item, say) are the real problem.
 */
function collapseOneOf(errors) {
    const consumed = new Set();
    const added = new Map();
    errors.forEach((o, k) => {
        if (o.keyword !== 'oneOf')
            return;
        const branches = errors
            .slice(0, k)
            .filter((e) => !consumed.has(e) && within(e.instancePath, o.instancePath));
        for (const e of [o, ...branches])
            consumed.add(e);
        const shapeOnly = (e) => e.instancePath === o.instancePath && ['type', 'enum', 'const'].includes(e.keyword);
        const deeper = branches.filter((e) => !shapeOnly(e));
        const accepted = o.schema.map(describe).join(' or ');
        added.set(o, deeper.length > 0 ? deeper : [{ ...o, keyword: 'oneOfShape', message: `must be ${accepted}` }]);
    });
    return errors.flatMap((e) => added.get(e) ?? (consumed.has(e) ? [] : [e]));
}
/**
 * A misspelt field shows up twice: as unknown (`titel`) and as missing (`title`). The unknown
 * one's "did you mean" says it all, so the missing one is dropped.
 */
function dropMisspeltRequired(errors) {
    const unknown = new Map();
    for (const e of errors) {
        if (e.keyword !== 'additionalProperties')
            continue;
        unknown.set(e.instancePath, [
            ...(unknown.get(e.instancePath) ?? []),
            String(e.params.additionalProperty)
        ]);
    }
    return errors.filter((e) => {
        if (e.keyword !== 'required')
            return true;
        const missing = String(e.params.missingProperty);
        return !(unknown.get(e.instancePath) ?? []).some((u) => didYouMean(u, [missing]) !== '');
    });
}
/** Several missing fields at one place become one message instead of a wall of them. */
function groupMissing(errors) {
    const missing = new Map();
    for (const e of errors) {
        if (e.keyword === 'required' && !e.schemaPath.endsWith('/else/required')) {
            missing.set(e.instancePath, [...(missing.get(e.instancePath) ?? []), e]);
        }
    }
    return errors.flatMap((e) => {
        const group = missing.get(e.instancePath);
        if (e.keyword !== 'required' || !group || group.length < 2 || !group.includes(e))
            return [e];
        if (group[0] !== e)
            return [];
        const names = group.map((g) => `\`${String(g.params.missingProperty)}\``);
        return [
            {
                ...e,
                keyword: 'requiredMany',
                message: `is missing the required fields ${names.join(', ')} (see docs/runbook-reference.md)`
            }
        ];
    });
}
function checkSchema(source) {
    const validate = runbookValidator();
    if (validate(source.data))
        return [];
    const problems = [];
    const seen = new Set();
    for (const error of groupMissing(dropMisspeltRequired(collapseOneOf(validate.errors ?? [])))) {
        const path = pathOf(error.instancePath);
        const msg = error.keyword === 'oneOfShape' || error.keyword === 'requiredMany'
            ? { path, at: 'key', text: `${fieldName(path)} ${error.message ?? ''}` }
            : translate(error);
        if (!msg)
            continue;
        const pos = locate(source, msg.path, msg.at);
        const key = `${pos.line}:${pos.column}:${msg.text}`;
        if (seen.has(key))
            continue;
        seen.add(key);
        problems.push({
            file: source.file,
            ...pos,
            severity: 'error',
            rule: 'schema',
            message: msg.text
        });
    }
    return problems;
}

const EMPTY = 'the file is empty; a runbook needs at least `apiVersion`, `id`, `title` and the other required fields';
function checkFile({ file, text }, rules) {
    const parsed = parseYaml(file, text);
    const source = parsed.source;
    if (!source)
        return { file, problems: parsed.problems };
    if (source.data === null || source.data === undefined) {
        return {
            file,
            problems: [{ file, line: 1, column: 1, severity: 'error', rule: 'schema', message: EMPTY }]
        };
    }
    const rawId = source.data.id;
    const id = typeof rawId === 'string' ? rawId : undefined;
    const schemaProblems = checkSchema(source);
    if (schemaProblems.length > 0)
        return { file, ...(id === undefined ? {} : { id }), problems: schemaProblems };
    const runbook = source.data;
    return {
        file,
        id: runbook.id,
        runbook,
        problems: [...checkRunbook(runbook, source, rules), ...checkFileName(runbook, source)]
    };
}

// Validates a runbook catalog: YAML, schema, semantic rules, unique ids, and that every example
// incident selects its runbook. Pure over its inputs; file access comes in through FileReader.
function positionInText(text, offset) {
    const before = text.slice(0, offset).split('\n');
    return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}
function parseJson(text) {
    try {
        return { ok: true, value: JSON.parse(text) };
    }
    catch (error) {
        const message = error.message;
        const lc = /line (\d+) column (\d+)/.exec(message);
        const offset = /position (\d+)/.exec(message);
        const position = lc
            ? { line: Number(lc[1]), column: Number(lc[2]) }
            : positionInText(text, offset ? Number(offset[1]) : 0);
        return { ok: false, message: message.replace(/\s*\(line \d+ column \d+\)/, ''), position };
    }
}
async function checkTests(entry, catalog, reader) {
    const problems = [];
    const { runbook } = entry;
    for (const [i, rel] of (runbook.tests ?? []).entries()) {
        const report = (message) => {
            problems.push({
                file: entry.file,
                ...entry.locate(['tests', i]),
                severity: 'error',
                rule: 'tests',
                message
            });
        };
        const path = join(dirname(entry.file), rel);
        const read = await reader.readText(path);
        if (!read.ok) {
            report(`example incident \`${rel}\` cannot be used: ${read.reason}${read.reason === 'file not found' ? ` (looked for ${path}; paths are relative to this runbook)` : ''}`);
            continue;
        }
        const parsed = parseJson(read.text);
        if (!parsed.ok) {
            problems.push({
                file: path,
                ...parsed.position,
                severity: 'error',
                rule: 'tests',
                message: `example incident is not valid JSON: ${parsed.message}`
            });
            continue;
        }
        const incident = normalize(parsed.value);
        const ranked = catalog.rank(incident);
        const me = ranked.find((c) => c.runbook === runbook);
        const best = ranked[0];
        if (!me || !best) {
            const other = best ? `; it selects \`${best.runbook.id}\` instead` : '';
            report(`example incident \`${rel}\` (${incident.title}) does not match any of this runbook's \`match\` rules${other}`);
        }
        else if (!tied(best, me)) {
            report(`example incident \`${rel}\` selects \`${best.runbook.id}\` (score ${best.score}) before this runbook (score ${me.score}): make this runbook's rules more specific or raise its \`priority\``);
        }
        else {
            const rival = ranked.find((c) => c !== me && tied(c, me));
            if (rival) {
                report(`example incident \`${rel}\` matches \`${rival.runbook.id}\` equally well (score ${me.score}, same priority): make one runbook's rules more specific or set \`priority\``);
            }
        }
    }
    return problems;
}
/**
 * Parsed YAML documents are large; keeping a thousand alive only in case a later problem needs a
 * position costs more (in garbage collection) than parsing the odd file again.
 */
function lazyLocator(file, text) {
    let source;
    return (path) => {
        source ??= parseYaml(file, text).source;
        return source ? locate(source, path) : { line: 1, column: 1 };
    };
}
/**
 * Where placeholders sit in shell lines, option injection and Automation document parameters (see
 * shell-safety.ts). The YAML is parsed again only when there is something to point at.
 */
function shellProblems(file, text, runbook) {
    const findings = lintShellUse(runbook);
    if (findings.length === 0)
        return [];
    const source = parseYaml(file, text).source;
    return findings.map((f) => ({
        file,
        ...(!source
            ? { line: 1, column: 1 }
            : f.index === undefined
                ? locate(source, f.path, f.at ?? 'value')
                : locateInString(source, f.path, f.index)),
        severity: f.severity,
        rule: f.rule,
        message: f.message
    }));
}
async function validateCatalog(sources, options) {
    await preparePatternAnalysis();
    const rules = {
        allowedDocuments: options.allowedDocuments ?? DEFAULT_ALLOWED_DOCUMENTS
    };
    const problems = [];
    const entries = [];
    const statuses = [];
    const count = (status, found) => {
        for (const p of found)
            status[p.severity === 'error' ? 'errors' : 'warnings']++;
        problems.push(...found);
    };
    for (const source of sources) {
        const { file, id, runbook, problems: found } = checkFile(source, rules);
        const status = {
            file,
            errors: 0,
            warnings: 0,
            ...(id === undefined ? {} : { id })
        };
        statuses.push(status);
        count(status, found);
        if (runbook) {
            count(status, shellProblems(file, source.text, runbook));
            status.runbook = runbook;
            entries.push({
                file,
                runbook,
                digest: createHash('sha256').update(source.text).digest('hex'),
                locate: lazyLocator(file, source.text),
                status
            });
        }
    }
    const firstById = new Map();
    for (const e of entries) {
        const first = firstById.get(e.runbook.id);
        if (first) {
            count(e.status, [
                {
                    file: e.file,
                    ...e.locate(['id']),
                    severity: 'error',
                    rule: 'unique-id',
                    message: `id \`${e.runbook.id}\` is already used by ${first.file}:${first.locate(['id']).line}; runbook ids must be unique across the catalog`
                }
            ]);
        }
        else {
            firstById.set(e.runbook.id, e);
        }
    }
    const catalog = new CatalogIndex(entries.map((e) => e.runbook));
    const tested = await Promise.all(entries.map((e) => checkTests(e, catalog, options.reader)));
    entries.forEach((e, i) => {
        count(e.status, tested[i] ?? []);
    });
    problems.sort(compareProblems);
    return { entries, statuses, problems, ok: !problems.some((p) => p.severity === 'error') };
}

// `validate`: one implementation behind both the command line and the action.
async function validateCommand(options) {
    const loaded = await loadCatalog(options.dir);
    const result = await validateCatalog(loaded.sources, {
        reader: loaded.reader,
        ...(options.allowedDocuments ? { allowedDocuments: options.allowedDocuments } : {})
    });
    const problems = [...loaded.problems, ...result.problems].sort(compareProblems);
    return { ...result, problems, ok: !problems.some((p) => p.severity === 'error') };
}

export { formatProblem as f, validateCommand as v };
