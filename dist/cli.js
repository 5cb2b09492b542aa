import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { v as validateCommand, f as formatProblem } from './chunks/validate-DST369fL.js';
import { readFile } from 'node:fs/promises';
import { R as Redactor } from './chunks/redact-dgEMPhFv.js';
import { a as analyze, c as chooseProvider, i as intakeDecision } from './chunks/triage-provider-n0-pNFwN.js';
import { r as readPayload, w as wrapEvent, a as parseJsonText, p as parseList } from './chunks/list-94lPpjQE.js';
import { V as VERSION } from './chunks/version-CvW7nB-o.js';
import './chunks/untrusted-DXllcjvl.js';
import 'node:crypto';
import './chunks/normalize-BL4aEYFm.js';
import './chunks/select-CyXAqrYy.js';
import './chunks/glob-B5KpY7hD.js';
import './chunks/_commonjsHelpers-BFTU3MAI.js';
import './chunks/render-BY-HCEg4.js';
import 'process';
import 'buffer';
import './chunks/ssm-document-D81eNRoT.js';
import './chunks/http-error-Gxj_gRMD.js';
import './chunks/remediation-CusETZek.js';
import './chunks/markdown-ZVhmbqY_.js';
import './chunks/aws-error-lcWkeA8s.js';
import './chunks/ports-Baf7aGWi.js';
import './chunks/rules-DY0HQgCj.js';

// `opsloop triage --event FILE`: the issue OpsLoop would open for an event, and its plan,
// without touching GitHub. For trying runbooks and prompts on real events.
async function triageCommand(input) {
    let text;
    try {
        text = await input.readEvent();
    }
    catch (error) {
        throw new Error(`cannot read ${input.eventFile}: ${error.code ?? error.message}`);
    }
    const delivery = readPayload(wrapEvent(parseJsonText(text, input.eventFile)));
    const catalog = await validateCommand({ dir: input.runbooks });
    return analyze({
        delivery,
        catalog: catalog.entries
            .filter((e) => e.status.errors === 0)
            .map((e) => ({ runbook: e.runbook, file: e.file, digest: e.digest })),
        provider: input.provider,
        now: input.now ?? new Date()
    });
}

// The `opsloop` command line: the same functions as the action, for laptops and other CI systems.
const HELP = `opsloop ${VERSION}: GitHub-native incident response for AWS

Usage:
  opsloop validate [DIR]     Validate the runbook catalog in DIR (default: runbooks)
  opsloop triage FILE        (or --event FILE) Print what intake would do with the AWS event (or
                             dispatch payload) in FILE, without touching GitHub: the incident
                             issue and plan it would open, or the one line saying why it would
                             open none (a recovery, a configuration change, ...)
  opsloop demo [--scenario NAME] [--out DIR]
                             Run the whole loop offline against local stand-ins (from a clone
                             of the repository, after npm ci; same as npm run demo)
  opsloop --help             Show this help
  opsloop --version          Show the version

Options for validate:
  --allow-document NAME      SSM document name or glob allowed in runbooks; repeat to add more.
                             Replaces the default list (AWS-RunShellScript, AWS-RestartEC2Instance,
                             AWS-StartEC2Instance, AWS-StopEC2Instance, OpsLoop-*)

Options for triage:
  --event FILE               The event as EventBridge delivers it, or {"event": ..., "context": ...}
  --insufficient-data WHAT   ignore (default) or incident: what an alarm going to INSUFFICIENT_DATA
                             means, as the action's \`insufficient-data\` input
  --runbooks DIR             The runbook catalog (default: runbooks)
  --provider NAME            auto (default), rules or bedrock
  --model-id ID              Bedrock model or inference profile id (auto uses bedrock when set)
  --region REGION            Bedrock region (default: the AWS SDK's, e.g. AWS_REGION)
  --json                     Print the incident, triage, plan and issue as JSON

Exit status: 0 on success (validate: the catalog is valid; triage: also when intake would skip the
event), 1 when any runbook is invalid or the event cannot be read, 2 on a usage error. Validation
problems are printed one per line as path:line:column: message [rule].
`;
const defaultIo = {
    out: (t) => process.stdout.write(t),
    err: (t) => process.stderr.write(t)
};
/** Runs the command line and returns the exit code (it never calls process.exit). */
async function runCli(argv, io = defaultIo) {
    // The demo has its own options; pass them through untouched.
    if (argv[0] === 'demo')
        return demo(argv.slice(1), io);
    let parsed;
    try {
        parsed = parseArgs({
            args: [...argv],
            allowPositionals: true,
            options: {
                help: { type: 'boolean', short: 'h' },
                version: { type: 'boolean', short: 'v' },
                'allow-document': { type: 'string', multiple: true },
                event: { type: 'string' },
                runbooks: { type: 'string' },
                provider: { type: 'string' },
                'model-id': { type: 'string' },
                region: { type: 'string' },
                'insufficient-data': { type: 'string' },
                json: { type: 'boolean' }
            }
        });
    }
    catch (error) {
        io.err(`opsloop: ${error.message}\nRun \`opsloop --help\` for usage.\n`);
        return 2;
    }
    const { values, positionals } = parsed;
    if (values.version) {
        io.out(`${VERSION}\n`);
        return 0;
    }
    const [command, ...rest] = positionals;
    if (values.help || command === undefined || command === 'help') {
        io.out(HELP);
        return 0;
    }
    if (command === 'triage')
        return triage(values, rest, io);
    if (command !== 'validate') {
        io.err(`opsloop: unknown command \`${command}\`. Commands: validate, triage.\nRun \`opsloop --help\` for usage.\n`);
        return 2;
    }
    if (rest.length > 1) {
        io.err(`opsloop validate takes one directory, got ${rest.length}: ${rest.join(' ')}\n`);
        return 2;
    }
    const allowed = values['allow-document']?.flatMap((v) => parseList(v) ?? []);
    const result = await validateCommand({
        dir: rest[0] ?? 'runbooks',
        ...(allowed ? { allowedDocuments: allowed } : {})
    });
    for (const p of result.problems)
        (p.severity === 'error' ? io.err : io.out)(`${formatProblem(p)}\n`);
    const errors = result.problems.filter((p) => p.severity === 'error').length;
    const runbooks = result.statuses.length;
    if (result.ok)
        io.out(`${runbooks} runbook(s) valid${result.problems.length ? `, ${result.problems.length} warning(s)` : ''}\n`);
    else
        io.err(`${errors} error(s) in ${runbooks} runbook file(s)\n`);
    return result.ok ? 0 : 1;
}
const INSUFFICIENT_DATA = ['ignore', 'incident'];
async function triage(values, rest, io) {
    const eventFile = values.event ?? rest[0];
    if (eventFile === undefined || rest.length > (values.event === undefined ? 1 : 0)) {
        io.err('opsloop triage needs one event file (opsloop triage FILE, or --event FILE) and takes no other arguments.\n');
        return 2;
    }
    const insufficientData = values['insufficient-data'] ?? 'ignore';
    if (!INSUFFICIENT_DATA.some((v) => v === insufficientData)) {
        io.err(`opsloop triage: --insufficient-data is ignore or incident, not ${JSON.stringify(insufficientData)}.\n`);
        return 2;
    }
    let analysis;
    try {
        const provider = chooseProvider({
            provider: values.provider ?? '',
            modelId: values['model-id'] ?? '',
            region: values.region ?? '',
            maxTokens: '',
            temperature: ''
        });
        let text;
        try {
            text = await readFile(eventFile, 'utf8');
        }
        catch (error) {
            throw new Error(`cannot read ${eventFile}: ${error.code ?? error.message}`);
        }
        // What intake decides before it looks at GitHub, by intake's own code: an event it would
        // open no incident for is reported in one line, not as an issue it would never open.
        const delivery = readPayload(wrapEvent(parseJsonText(text, eventFile)));
        const decision = intakeDecision(delivery, { insufficientData: insufficientData }, new Redactor());
        if (decision.kind !== 'incident') {
            io.out(values.json
                ? `${JSON.stringify({ action: 'skipped', reason: decision.reason }, null, 2)}\n`
                : `intake would skip this (${decision.reason})\n`);
            return 0;
        }
        analysis = await triageCommand({
            eventFile,
            readEvent: () => Promise.resolve(text),
            runbooks: values.runbooks ?? 'runbooks',
            provider
        });
    }
    catch (error) {
        io.err(`opsloop triage: ${error.message}\n`);
        return 1;
    }
    if (values.json) {
        const { incident, fingerprint, triage: t, plan, draft } = analysis;
        io.out(`${JSON.stringify({ fingerprint, incident, triage: t, plan, issue: draft }, null, 2)}\n`);
    }
    else {
        io.out(`# ${analysis.draft.title}\n\nLabels: ${analysis.draft.labels.join(', ')}\n\n${analysis.draft.body}\n`);
    }
    return 0;
}
/**
 * The demo needs the development checkout (the stand-ins and their test data are not shipped in
 * the bundle), so it runs `scripts/demo/main.ts` from the package root with tsx.
 */
async function demo(args, io) {
    const root = fileURLToPath(new URL('..', import.meta.url));
    const script = join(root, 'scripts', 'demo', 'main.ts');
    if (!existsSync(script) || !existsSync(join(root, 'node_modules', 'tsx'))) {
        io.err('opsloop demo runs from a clone of the OpsLoop repository: git clone it, then `npm ci && npm run demo`.\n');
        return 1;
    }
    const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], {
        cwd: root,
        stdio: 'inherit'
    });
    return new Promise((resolve) => {
        child.on('exit', (code) => {
            resolve(code ?? 1);
        });
    });
}

// Bundled to dist/cli.js; bin/opsloop.js loads it. Unexpected failures become one readable line.
try {
    process.exitCode = await runCli(process.argv.slice(2));
}
catch (error) {
    process.stderr.write(`opsloop: unexpected failure: ${error.message}\nPlease report this with the command you ran.\n`);
    process.exitCode = 70;
}
