import { p as parseDuration } from './client-Cx15N0wL.js';
import { p as parseNotifyConfig, N as NOTIFY_INPUTS } from './config-DvLgm-e7.js';
import { proxySettings } from './proxy-DXuMb-FT.js';
import { p as parseList } from './list-ByKW4FGC.js';

// Every input and environment fact a job reads, parsed once into typed objects before anything
// is done, so a bad value fails the step at once with the input's name and what to do. Pure over
// `get` (an input by name) and `env`: tested without @actions/core; the composition root
// (main.ts) passes the runner's.
const COMMANDS = ['validate', 'intake', 'comment', 'remediate'];
/** The command to run: the `command` input, or the natural one for the triggering event. */
function chooseCommand(input, eventName) {
    const explicit = input.trim();
    if (explicit !== '') {
        if (COMMANDS.includes(explicit))
            return explicit;
        throw new Error(`Unknown command \`${explicit}\`: use one of ${COMMANDS.join(', ')}.`);
    }
    if (eventName === undefined ||
        ['pull_request', 'push', 'workflow_dispatch', 'merge_group'].includes(eventName)) {
        return 'validate';
    }
    if (eventName === 'repository_dispatch')
        return 'intake';
    if (eventName === 'issue_comment')
        return 'comment';
    throw new Error(`OpsLoop has no default command for \`${eventName}\` events yet; set the \`command\` input (one of ${COMMANDS.join(', ')}).`);
}
/** The runner's facts, from the step's environment. */
function runnerFacts(env) {
    const set = (name) => env[name] || undefined;
    const runId = Number(set('GITHUB_RUN_ID'));
    return {
        eventName: set('GITHUB_EVENT_NAME'),
        eventPath: set('GITHUB_EVENT_PATH'),
        repository: set('GITHUB_REPOSITORY'),
        sha: set('GITHUB_SHA'),
        actor: set('GITHUB_ACTOR'),
        runId: Number.isSafeInteger(runId) && runId > 0 ? runId : undefined,
        serverUrl: set('GITHUB_SERVER_URL') ?? 'https://github.com',
        apiUrl: set('GITHUB_API_URL') ?? 'https://api.github.com',
        awsRegion: set('AWS_REGION') ?? set('AWS_DEFAULT_REGION'),
        proxy: proxySettings(env)
    };
}
/** A runner fact a job cannot do without, with a clear error when it is missing. */
function required(facts, key) {
    const variable = {
        eventName: 'GITHUB_EVENT_NAME',
        eventPath: 'GITHUB_EVENT_PATH',
        repository: 'GITHUB_REPOSITORY'
    }[key];
    const value = facts[key];
    if (!value)
        throw new Error(`${variable} is not set; run OpsLoop as a GitHub Actions step (or set it for a local run).`);
    return value;
}
/**
 * The catalog as every job must read it. The pull-request check (`validate`), intake, comment
 * and remediate all take the same `allowed-documents`, so a runbook that passed its check is
 * never dropped at intake, and one the check refused never runs.
 */
function catalogInputs(get) {
    const allowedDocuments = parseList(get('allowed-documents'));
    return {
        dir: get('runbooks').trim() || 'runbooks',
        ...(allowedDocuments ? { allowedDocuments } : {})
    };
}
function choice(get, name, allowed, fallback) {
    const value = get(name).trim() || fallback;
    if (!allowed.includes(value))
        throw new Error(`\`${name}\` must be one of ${allowed.join(', ')}, got ${JSON.stringify(value)}.`);
    return value;
}
const flag = (get, name, fallback) => choice(get, name, ['true', 'false'], fallback) === 'true';
/** A duration input such as `24h` or `90m`, with the input's name in the error. */
function durationInput(get, name) {
    const value = get(name).trim();
    if (!value)
        return undefined;
    try {
        return parseDuration(value);
    }
    catch (error) {
        throw new Error(`\`${name}\`: ${error instanceof Error ? error.message : String(error)}.`);
    }
}
const REPOSITORY = /^[A-Za-z0-9-]{1,39}\/[A-Za-z0-9._-]{1,100}$/;
const asRepository = (name) => {
    const [owner = '', repo = ''] = name.split('/');
    return { owner, repo };
};
/** Repositories read for recent changes: this one by default, `none` for none, at most 10. */
function changeRepositories(value, own) {
    const listed = parseList(value) ?? [own];
    if (listed.length === 1 && listed[0] === 'none')
        return [];
    const bad = listed.find((r) => !REPOSITORY.test(r));
    if (bad !== undefined)
        throw new Error(`\`change-repositories\` lists ${JSON.stringify(bad)}, which is not owner/name; list repositories as owner/name, one per line, or \`none\`.`);
    if (listed.length > 10)
        throw new Error(`\`change-repositories\` lists ${listed.length} repositories; at most 10 are read.`);
    return [...new Set(listed)].map(asRepository);
}
/**
 * The token and the key OpsLoop seals its records with. The key is checked here, before anything
 * is done; the composition root masks both at once.
 */
function issueAccess(get, facts) {
    const token = get('github-token').trim();
    if (!token)
        throw new Error('`github-token` is empty: pass a token that can write issues (the default `${{ github.token }}` with `issues: write`).');
    const recordKey = get('record-key').trim();
    if (!recordKey)
        throw new Error('`record-key` is not set. OpsLoop seals what it stores on issues with it, so that nobody else can forge a plan, an approval or a run: create one with `openssl rand -hex 32`, store it as the OPSLOOP_RECORD_KEY secret of the `opsloop` and `incident-remediation` environments, and pass `record-key: ${{ secrets.OPSLOOP_RECORD_KEY }}` (docs/setup.md).');
    const repositoryName = required(facts, 'repository');
    return { token, recordKey, repository: asRepository(repositoryName), repositoryName };
}
/** Logins never counted as people: the action's own identity and any listed automation. */
const ignoredLogins = (get) => [
    'github-actions[bot]',
    ...(parseList(get('ignore-users')) ?? [])
];
const notifyConfig = (get) => parseNotifyConfig(Object.fromEntries(NOTIFY_INPUTS.map((name) => [name, get(name)])));
/** Intake's and remediation's AWS region: the input, else the SDK's own variables. */
const awsRegion = (get, facts) => get('aws-region').trim() || facts.awsRegion || '';
/** The inputs of one job, parsed and checked; throws the first problem, naming the input. */
function parseInputs(command, get, facts) {
    const catalog = catalogInputs(get);
    if (command === 'validate')
        return { command, catalog };
    const access = issueAccess(get, facts);
    if (command === 'intake') {
        const changeWindowMs = durationInput(get, 'change-window');
        return {
            command,
            ...access,
            catalog,
            eventType: get('event-type').trim() || 'aws-incident',
            provider: {
                provider: get('triage-provider'),
                modelId: get('model-id'),
                region: get('aws-region'),
                maxTokens: get('max-tokens'),
                temperature: get('temperature'),
                timeout: get('model-timeout')
            },
            policy: {
                insufficientData: choice(get, 'insufficient-data', ['ignore', 'incident'], 'ignore'),
                closeOnRecovery: flag(get, 'close-on-recovery', 'false')
            },
            awsRegion: awsRegion(get, facts),
            context: {
                logGroups: parseList(get('log-groups')) ?? [],
                changeRepos: changeRepositories(get('change-repositories'), access.repositoryName),
                ...(changeWindowMs !== undefined ? { changeWindowMs } : {})
            },
            notify: notifyConfig(get)
        };
    }
    if (command === 'comment')
        return { command, ...access, catalog, ignoredLogins: ignoredLogins(get) };
    const issue = get('issue-number').trim();
    const issueNumber = Number(issue);
    if (!/^[0-9]+$/.test(issue) || !Number.isSafeInteger(issueNumber) || issueNumber < 1)
        throw new Error(`\`issue-number\` must be an issue number, got ${JSON.stringify(issue)}.`);
    const planDigest = get('plan-digest').trim();
    const environment = get('environment').trim();
    return {
        command,
        ...access,
        catalog,
        issueNumber,
        ...(planDigest ? { planDigest } : {}),
        approvalMode: choice(get, 'approval', ['comment', 'environment'], 'comment'),
        ...(environment ? { environment } : {}),
        requireAlarm: flag(get, 'require-alarm', 'true'),
        closeOnSuccess: flag(get, 'close-on-success', 'false'),
        ignoredLogins: ignoredLogins(get),
        awsRegion: awsRegion(get, facts),
        notify: notifyConfig(get),
        ...(facts.runId !== undefined
            ? { runUrl: `${facts.serverUrl}/${access.repositoryName}/actions/runs/${facts.runId}` }
            : {})
    };
}

export { runnerFacts as a, chooseCommand as c, parseInputs as p, required as r };
