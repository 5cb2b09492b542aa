import { g as githubIssueThread } from './issue-thread-DfIvqLl-.js';
import { h as httpStatus } from './http-error-C1Lek3oc.js';
import { mkdtemp, cp, mkdir, writeFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve, dirname, relative } from 'node:path';
import { v as validateCommand } from './validate-Dq7oEOjf.js';
import { m as maySendCommands } from './client-D2jLBN-l.js';
import { d as distExports } from './yaml-source-B5uDbl-W.js';
import { r as resolutionOf } from './resolution-BVExc7cV.js';
import { s as sealedIncident } from './redacted-incident-J003IcyX.js';
import { r as readLedger } from './ledger-BOoI6kY9.js';
import { c as code, p as prose } from './markdown-DUQQBL0n.js';
import 'node:crypto';
import 'node:fs';
import './problem-CyEFoYOj.js';
import './untrusted-DwwMYKYb.js';
import './unicode-Bqcso1Xx.js';
import './normalize-lqZICLgH.js';
import './json-DBadgRse.js';
import './redact-dgEMPhFv.js';
import './snapshot-BRbq2CSM.js';
import './ucs2length-43QcV_Qu.js';
import './_commonjsHelpers-BFTU3MAI.js';
import './severity-DGMA2-R7.js';
import './change-attribution-CKrQW-PN.js';
import './glob-RR4fIjUw.js';
import './clear-case-BT-JgTpd.js';
import './suspect-fact-CaoDWQL8.js';
import './exclude-DohiZwX2.js';
import './lexical-Bc-35x6b.js';
import './ssm-document-CLAKwtu-.js';
import './parameters-DbSepTJw.js';
import './request-D_hjRL7m.js';
import './fingerprint-BtovXTfi.js';
import './version-CvW7nB-o.js';
import 'process';
import 'buffer';
import './record-BIoafhO-.js';

function githubRunbookProposals(octokit, repository) {
    return {
        async propose(change) {
            const { owner } = repository;
            const open = await octokit.request('GET /repos/{owner}/{repo}/pulls', {
                ...repository,
                state: 'open',
                head: `${owner}:${change.branch}`,
                per_page: 1
            });
            const existing = open.data[0];
            if (existing)
                return { number: existing.number, url: existing.html_url, created: false };
            const base = (await octokit.request('GET /repos/{owner}/{repo}', repository)).data
                .default_branch;
            const tip = await octokit.request('GET /repos/{owner}/{repo}/git/ref/{ref}', {
                ...repository,
                ref: `heads/${base}`
            });
            try {
                await octokit.request('POST /repos/{owner}/{repo}/git/refs', {
                    ...repository,
                    ref: `refs/heads/${change.branch}`,
                    sha: tip.data.object.sha
                });
            }
            catch (error) {
                // 422: the branch is there from an earlier attempt; its files are put again below.
                if (httpStatus(error) !== 422)
                    throw error;
            }
            for (const file of change.files) {
                const sha = await fileSha(octokit, repository, file.path, change.branch);
                await octokit.request('PUT /repos/{owner}/{repo}/contents/{path}', {
                    ...repository,
                    path: file.path,
                    branch: change.branch,
                    message: change.message,
                    content: Buffer.from(file.text, 'utf8').toString('base64'),
                    ...(sha ? { sha } : {})
                });
            }
            const pull = await octokit.request('POST /repos/{owner}/{repo}/pulls', {
                ...repository,
                title: change.title,
                head: change.branch,
                base,
                body: change.body,
                draft: true
            });
            return { number: pull.data.number, url: pull.data.html_url, created: true };
        }
    };
}
/** The blob sha of a file on a branch, to replace it; undefined when it is not there. */
async function fileSha(octokit, repository, path, ref) {
    try {
        const { data } = await octokit.request('GET /repos/{owner}/{repo}/contents/{path}', {
            ...repository,
            path,
            ref
        });
        return Array.isArray(data) ? undefined : data.sha;
    }
    catch (error) {
        if (httpStatus(error) === 404)
            return undefined;
        throw error;
    }
}

// `opsloop validate` over the catalog with a draft's files added, without touching the checkout:
// the runbooks folder (and OpsLoop's SSM documents beside it, which some checks read) copied to a
// scratch folder, the draft written there, validated, the scratch folder removed. Problems name
// files as the repository does (`runbooks/fix-….yaml`), so a pull request can quote them.
/** `runbooks`: the catalog folder, relative to `root` (the checkout), as the files' paths are. */
function draftValidation(root, runbooks) {
    return async (files) => {
        const scratch = await mkdtemp(join(tmpdir(), 'opsloop-draft-'));
        try {
            await cp(resolve(root, runbooks), join(scratch, runbooks), { recursive: true });
            const documents = join('infra', 'ssm-documents');
            if (await exists(resolve(root, documents)))
                await cp(resolve(root, documents), join(scratch, documents), { recursive: true });
            for (const f of files) {
                await mkdir(dirname(join(scratch, f.path)), { recursive: true });
                await writeFile(join(scratch, f.path), f.text);
            }
            const result = await validateCommand({ dir: join(scratch, runbooks) });
            return {
                ok: result.ok,
                problems: result.problems
                    .filter((p) => p.severity === 'error')
                    .map((p) => ({
                    file: relative(scratch, resolve(scratch, p.file)),
                    line: p.line,
                    message: p.message
                }))
            };
        }
        finally {
            await rm(scratch, { recursive: true, force: true });
        }
    };
}
const exists = (path) => stat(path).then(() => true, () => false);

// A runbook drafted from an incident people resolved by hand: the commands they wrote in code
// blocks on the issue become its execution; the incident's own values in them (a tag, a metric
// dimension) become parameters constrained to the value seen (`enum`), taken from the same place
// next time; match rules come from the alarm, verification from it returning to OK, and the
// incident's own event (as OpsLoop sealed it, redacted) becomes the example its `tests` select.
// It asks for two approvals, for people to lower. Its risk is `medium`, not `high`: a high-risk
// runbook must have a `rollback`, which OpsLoop cannot invent for a fix done by hand, and the
// to-do list says to raise it with one when the fix is risky. A value the commands use
// that OpsLoop cannot tie to the incident (a shell variable, a `<placeholder>`) becomes a
// parameter with no constraint, so the draft fails validation on purpose until a person
// constrains it, and the draft's to-do list says so. Pure: the caller writes the files.
/** Shell lines from people's code blocks: prompts and comments dropped, blank lines too. */
function commandLines(notes) {
    return notes.flatMap((n) => n.commands.flatMap((block) => block
        .split('\n')
        .map((l) => l.replace(/^\s*(?:\$|#)\s+(?=\S)/, (m) => (m.trim() === '$' ? '' : m)).trim())
        .filter((l) => l !== '' && !l.startsWith('#'))));
}
const slug = (text) => text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48)
    .replace(/-+$/, '');
function freeId(base, taken) {
    const root = `fix-${base || 'incident'}`.slice(0, 60);
    if (!taken.includes(root))
        return root;
    for (let n = 2;; n++)
        if (!taken.includes(`${root}-${n}`))
            return `${root}-${n}`;
}
/** A parameter name from a tag key or dimension name: `InstanceId` → `instanceId`. */
const paramName = (key) => {
    const clean = key.replace(/[^A-Za-z0-9_]/g, '_').replace(/^[^A-Za-z]+/, '');
    return `${clean.charAt(0).toLowerCase()}${clean.slice(1)}`.slice(0, 40) || 'value';
};
const escapeRe = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
function knownValues(incident) {
    const out = [];
    for (const [key, value] of Object.entries(incident.tags))
        if (value && value.length >= 2)
            out.push({ name: paramName(key), value, from: `tags.${key}`, what: `the \`${key}\` tag` });
    for (const m of incident.metrics)
        for (const [key, value] of Object.entries(m.dimensions))
            if (value && value.length >= 2 && !out.some((k) => k.value === value))
                out.push({
                    name: paramName(key),
                    value,
                    from: `dimensions.${key}`,
                    what: `the \`${key}\` dimension`
                });
    // Longest first, so a value inside another is not replaced in it.
    return out.sort((a, b) => b.value.length - a.value.length);
}
/** `$NAME`, `${NAME}` and `<name>` the commands use but do not set: values a person supplied. */
function unknownValues(lines) {
    const set = new Set();
    for (const l of lines)
        for (const m of l.matchAll(/\b([A-Za-z_][A-Za-z0-9_]*)=/g))
            set.add(m[1] ?? '');
    const out = new Set();
    for (const l of lines) {
        for (const m of l.matchAll(/\$\{?([A-Za-z_][A-Za-z0-9_]*)\}?/g))
            if (!set.has(m[1] ?? ''))
                out.add(m[0]);
        for (const m of l.matchAll(/<([a-z][a-z0-9_-]{0,39})>/gi))
            out.add(m[0]);
    }
    return [...out];
}
function draftRunbook(input) {
    const lines = commandLines(input.notes);
    if (lines.length === 0)
        return {
            drafted: false,
            reason: 'nobody wrote the commands they ran in a code block on the issue'
        };
    const { incident, issue } = input;
    const id = freeId(slug(incident.alarmName ?? incident.detailType), input.taken);
    const parameters = {};
    const todo = [];
    const use = (name) => `{{ params.${name} }}`;
    let commands = [...lines];
    for (const k of knownValues(incident)) {
        const word = new RegExp(`(?<![A-Za-z0-9_.-])${escapeRe(k.value)}(?![A-Za-z0-9_-])`, 'g');
        if (!commands.some((c) => word.test(c)))
            continue;
        commands = commands.map((c) => c.replace(word, use(k.name)));
        parameters[k.name] = {
            type: 'string',
            description: `${k.what} of the incident (\`${k.value}\` on #${issue.number}); add the other values this runbook may act on.`,
            enum: [k.value],
            from: k.from
        };
    }
    const unknown = unknownValues(commands);
    for (const placeholder of unknown) {
        const name = paramName(placeholder.replace(/[${}<>]/g, '').toLowerCase());
        commands = commands.map((c) => c.split(placeholder).join(use(name)));
        parameters[name] = {
            type: 'string',
            description: `What \`${placeholder}\` stood for in the commands on #${issue.number}. OpsLoop could not tie it to the incident: constrain it, then say where it comes from.`
        };
        todo.push(`\`${name}\` (\`${placeholder}\` in the commands) reaches a shell unconstrained: give it an \`enum\` or an anchored \`pattern\`, and a \`from\` or a \`default\`. Until then the runbook fails validation, on purpose.`);
    }
    const roleKey = Object.keys(incident.tags).find((k) => k.toLowerCase() === 'role');
    const instanceDim = incident.metrics
        .flatMap((m) => Object.keys(m.dimensions))
        .find((k) => k === 'InstanceId');
    let targets;
    if (roleKey && incident.tags[roleKey]) {
        const name = paramName(roleKey);
        if (!(name in parameters))
            parameters[name] = {
                type: 'string',
                description: `The instances' \`${roleKey}\` tag (\`${incident.tags[roleKey] ?? ''}\` on #${issue.number}).`,
                enum: [incident.tags[roleKey] ?? ''],
                from: `tags.${roleKey}`
            };
        targets = { from: 'tags', tags: { [roleKey]: [use(name)] }, max: 10 };
    }
    else if (instanceDim) {
        targets = { from: 'dimension', dimension: instanceDim, max: 1 };
    }
    else {
        parameters.instance = {
            type: 'string',
            description: 'The instance to run on: the incident names none; set it with `/set instance=i-…`.',
            pattern: '^i-[0-9a-f]{8,17}$'
        };
        targets = { from: 'parameter', parameter: 'instance', max: 1 };
        todo.push('The incident names no instance: say which instances this runs on (`targets`), or keep `/set instance=…` on each incident.');
    }
    const authors = [
        ...new Set(input.notes.filter((n) => n.commands.length > 0).map((n) => n.author))
    ];
    const example = `examples/${id}/issue-${issue.number}.json`;
    const alarm = incident.kind === 'alarm' && incident.alarmName;
    const first = incident.metrics.find((m) => m.namespace && m.name);
    const metric = first ? { namespace: first.namespace, name: first.name } : undefined;
    const runbook = {
        apiVersion: 'opsloop/v1',
        id,
        title: `Fix ${incident.alarmName ?? incident.detailType} as on #${issue.number}`,
        description: `Drafted by OpsLoop from incident #${issue.number} (${issue.url}), which ${authors.map((a) => `@${a}`).join(', ')} resolved by hand with the commands below. Check every command and the parameters, then lower \`risk\` when you trust it.`,
        owners: authors,
        risk: 'medium',
        match: [
            {
                source: incident.source,
                detailType: incident.detailType,
                ...(alarm ? { alarmName: [incident.alarmName] } : {}),
                ...(metric ? { metric } : {})
            }
        ],
        ...(Object.keys(parameters).length > 0 ? { parameters } : {}),
        targets,
        approval: { required: true, minApprovals: 2, expiry: '2h' },
        execution: {
            runCommand: {
                document: 'AWS-RunShellScript',
                commands: ['set -euo pipefail', ...commands],
                executionTimeoutSeconds: 300
            },
            maxConcurrency: '1',
            maxErrors: '0',
            timeoutSeconds: 900
        },
        ...(alarm ? { verify: { alarmOk: { within: '10m' } } } : {}),
        tests: [example]
    };
    if (!alarm)
        todo.push('The incident is not an alarm: add a `verify` check that proves the fix worked.');
    todo.push('Review each command: it runs as written, as root, on every target.', 'It asks for 2 approvals and is `risk: medium`; if the fix is risky, make it `high` and add the `rollback` a high-risk runbook needs; once trusted, lower the approvals.');
    const yaml = `# yaml-language-server: $schema=../schemas/runbook.schema.json\n# Drafted by OpsLoop from ${issue.url}: review before merging.\n${distExports.stringify(runbook, { lineWidth: 100 })}`;
    return {
        drafted: true,
        draft: {
            id,
            authors,
            todo,
            safe: unknown.length === 0,
            files: [
                { path: `runbooks/${id}.yaml`, text: yaml },
                { path: `runbooks/${example}`, text: `${JSON.stringify(input.payload, null, 2)}\n` }
            ]
        }
    };
}

// `learn`: an incident issue closed as completed without a runbook fixing it (none was proposed,
// none ran, or its run failed), where people wrote the commands they ran. OpsLoop drafts a runbook
// from those commands (history/draft-runbook.ts), validates it with the catalog as
// `opsloop validate` does, and opens a draft pull request with it and its example; the issue gets
// one reply linking it. Only comments by people with write access count (anyone can comment on an
// issue, and a command they wrote must not become a proposal in OpsLoop's name). Nothing from the
// pull request can run before a person merges it and it is published like any runbook.
async function learnCommand(input) {
    const { thread } = input;
    if (input.stateReason !== 'completed')
        return { drafted: false, reason: 'the issue was not closed as completed' };
    const snapshot = await thread.snapshot();
    const ledger = readLedger(snapshot, input.records.key, input.records.repo);
    if (!ledger.authentic)
        return { drafted: false, reason: ledger.reason };
    if (snapshot.issue.state !== 'closed')
        return { drafted: false, reason: 'the issue is open' };
    const resolution = resolutionOf(ledger, snapshot.issue.labels, 'closed');
    if (resolution.runbook?.outcome === 'remediated')
        return { drafted: false, reason: `runbook ${resolution.runbook.id} fixed it` };
    const incident = sealedIncident(ledger);
    if (!incident || !ledger.event)
        return {
            drafted: false,
            reason: 'the event was not kept on the issue (larger than 24 KB), so there is no example'
        };
    // People's words, from people who may change runbooks: one permission look-up each.
    const writers = new Set();
    for (const author of new Set(resolution.notes.map((n) => n.author)))
        if (maySendCommands(await thread.permissionOf(author)))
            writers.add(author);
    const notes = resolution.notes.filter((n) => writers.has(n.author));
    const catalog = await input.catalog();
    const result = draftRunbook({
        issue: { number: snapshot.issue.number, url: snapshot.issue.url },
        incident,
        payload: ledger.event,
        notes,
        taken: catalog.map((c) => c.runbook.id)
    });
    if (!result.drafted)
        return { drafted: false, reason: result.reason };
    const { draft } = result;
    const validation = await input.validate(draft.files);
    const pull = await input.proposals.propose({
        branch: `opsloop/draft-runbook-issue-${snapshot.issue.number}`,
        title: `Draft runbook ${draft.id}, from #${snapshot.issue.number} (resolved by hand)`,
        message: `Draft runbook ${draft.id} from #${snapshot.issue.number}`,
        body: pullBody(draft, snapshot.issue.number, validation),
        files: draft.files
    });
    if (pull.created)
        await thread.reply(`📝 OpsLoop drafted runbook ${code(draft.id)} from the commands ${draft.authors.map((a) => `@${a}`).join(', ')} wrote here: #${pull.number} (a draft pull request). ${validation.ok ? 'It passes `opsloop validate`.' : 'It does not pass `opsloop validate` yet: the pull request says what to finish.'} Nothing in it can run before a person merges it and it is published like any runbook.`);
    return { drafted: true, pull, draft };
}
function pullBody(draft, issue, validation) {
    const problems = validation.problems.map((p) => `- ${code(`${p.file}:${p.line}`)}: ${prose(p.message)}`);
    return [
        `Drafted by OpsLoop from #${issue}, which ${draft.authors.map((a) => `@${a}`).join(', ')} resolved by hand. The commands are as they were written on the issue; the incident's own values in them are parameters, constrained to the values seen.`,
        '',
        validation.ok
            ? '✅ `opsloop validate` passes with this runbook and its example, which selects it.'
            : `❌ \`opsloop validate\` fails, on purpose until a person finishes the draft:\n\n${problems.join('\n')}`,
        '',
        '**Before merging**',
        '',
        ...draft.todo.map((t) => `- [ ] ${t}`),
        '',
        'Checks do not start on a pull request opened with `GITHUB_TOKEN`: push a commit to it (or close and reopen it) to run the runbook check. Nothing here can run before it is merged and published.'
    ].join('\n');
}

// The `learn` job (an `issues` event: an incident issue closed): when people resolved the incident
// by hand and wrote the commands they ran, a runbook drafted from them is proposed as a draft pull
// request (flows/learn.ts). The draft is validated with the checkout's catalog, as
// `opsloop validate` would, before the pull request is opened; nothing from it runs before a person
// merges it and it is published.
async function learnJob(inputs, wiring) {
    const { host } = wiring;
    const webhook = (await wiring.webhook());
    const number = webhook.issue?.number;
    if (typeof number !== 'number' || webhook.issue?.pull_request !== undefined)
        throw new Error('The `learn` command needs an `issues` event on an incident issue.');
    const octokit = wiring.github(inputs.token);
    const result = await learnCommand({
        thread: githubIssueThread(octokit, inputs.repository, number),
        proposals: githubRunbookProposals(octokit, inputs.repository),
        validate: draftValidation(process.cwd(), inputs.catalog.dir),
        records: wiring.records(inputs),
        catalog: wiring.triageCatalog(inputs.catalog),
        stateReason: webhook.action === 'closed' ? (webhook.issue?.state_reason ?? null) : null
    });
    host.setOutput('drafted', String(result.drafted));
    if (!result.drafted) {
        host.log.notice(`No runbook drafted from #${number}: ${result.reason}.`);
        return;
    }
    host.setOutput('pull-request', String(result.pull.number));
    host.log.info(`${result.pull.created ? 'Opened' : 'Already open:'} draft pull request #${result.pull.number} with runbook ${result.draft.id}: ${result.pull.url}`);
}

export { learnJob };
