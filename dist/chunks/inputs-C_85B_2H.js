import { p as parseDuration } from './client-D2jLBN-l.js';
import { p as parseNotifyConfig, N as NOTIFY_INPUTS } from './config-XM65btjF.js';
import { proxySettings } from './proxy-DXuMb-FT.js';
import { p as parseList } from './list-Bkpa0xtJ.js';

// Every input and environment fact a job reads, parsed once into typed objects before anything
// is done, so a bad value fails the step at once with the input's name and what to do. Pure over
// `get` (an input by name) and `env`: tested without @actions/core; the composition root
// (main.ts) passes the runner's.
const COMMANDS = [
    'validate',
    'intake',
    'comment',
    'remediate',
    'reconcile',
    'publish',
    'learn'
];
/** The stand-in wait scale, when it is set, valid, and the API is on a loopback address. */
function standInWaitScale(value, apiUrl) {
    const scale = Number(value);
    if (value === undefined || !Number.isFinite(scale) || scale < 0 || scale > 1)
        return undefined;
    let host = '';
    try {
        host = new URL(apiUrl).hostname;
    }
    catch {
        return undefined;
    }
    return ['127.0.0.1', '[::1]', 'localhost'].includes(host) ? scale : undefined;
}
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
    if (eventName === 'issues')
        return 'learn';
    throw new Error(`OpsLoop has no default command for \`${eventName}\` events yet; set the \`command\` input (one of ${COMMANDS.join(', ')}).`);
}
/** The runner's facts, from the step's environment. */
function runnerFacts(env) {
    const set = (name) => env[name] || undefined;
    const runId = Number(set('GITHUB_RUN_ID'));
    const apiUrl = set('GITHUB_API_URL') ?? 'https://api.github.com';
    return {
        eventName: set('GITHUB_EVENT_NAME'),
        eventPath: set('GITHUB_EVENT_PATH'),
        repository: set('GITHUB_REPOSITORY'),
        sha: set('GITHUB_SHA'),
        actor: set('GITHUB_ACTOR'),
        runId: Number.isSafeInteger(runId) && runId > 0 ? runId : undefined,
        serverUrl: set('GITHUB_SERVER_URL') ?? 'https://github.com',
        apiUrl,
        runnerTemp: set('RUNNER_TEMP'),
        awsRegion: set('AWS_REGION') ?? set('AWS_DEFAULT_REGION'),
        proxy: proxySettings(env),
        standInWaitScale: standInWaitScale(set('OPSLOOP_STANDIN_WAIT_SCALE'), apiUrl)
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
/** Intake's inputs (and reconcile's, which hands alarms to intake), parsed and checked. */
function intakeSettings(get, facts, access, catalog, read = {
    eventType: true,
    insufficientData: true
}) {
    const changeWindowMs = durationInput(get, 'change-window');
    return {
        ...access,
        catalog,
        eventType: (read.eventType && get('event-type').trim()) || DEFAULT_EVENT_TYPE,
        provider: {
            provider: get('triage-provider'),
            modelId: get('model-id'),
            region: get('aws-region'),
            maxTokens: get('max-tokens'),
            temperature: get('temperature'),
            timeout: get('model-timeout')
        },
        policy: {
            insufficientData: read.insufficientData
                ? choice(get, 'insufficient-data', ['ignore', 'incident'], 'ignore')
                : 'ignore',
            closeOnRecovery: flag(get, 'close-on-recovery', 'false')
        },
        awsRegion: awsRegion(get, facts),
        context: {
            logGroups: parseList(get('log-groups')) ?? [],
            changeRepos: changeRepositories(get('change-repositories'), access.repositoryName),
            ...(changeWindowMs !== undefined ? { changeWindowMs } : {})
        },
        components: componentsFile(get('components')),
        notify: notifyConfig(get),
        ...(facts.runnerTemp
            ? {
                snapshot: {
                    dir: facts.runnerTemp,
                    ...(facts.runId !== undefined
                        ? {
                            runUrl: `${facts.serverUrl}/${access.repositoryName}/actions/runs/${facts.runId}`
                        }
                        : {})
                }
            }
            : {})
    };
}
const DEFAULT_COMPONENTS = '.github/opsloop-components.yml';
const componentsFile = (value) => {
    const file = value.trim();
    return file === '' || file === DEFAULT_COMPONENTS
        ? { file: DEFAULT_COMPONENTS, required: false }
        : { file, required: true };
};
const DEFAULT_EVENT_TYPE = 'aws-incident';
/** Alarms reconcile hands to intake per run unless `max-alarms` says otherwise, and the most. */
const DEFAULT_MAX_ALARMS = 10;
const MOST_ALARMS = 100;
/** Alarm names hold 1 to 255 characters, none a control character. */
const ALARM_NAME_PREFIX = /^[^\p{Cc}]{1,255}$/u;
/** AWS tag keys (1 to 128) and values (up to 256): letters, digits, spaces and `_.:/=+-@`. */
const TAG_KEY = /^[\p{L}\p{Z}\p{N}_.:/=+\-@]{1,128}$/u;
const TAG_VALUE = /^[\p{L}\p{Z}\p{N}_.:/=+\-@]{0,256}$/u;
/** `alarm-tag`: `key` (any value) or `key=value`, split at the first `=`. */
function alarmTag(value) {
    if (value === '')
        return undefined;
    const at = value.indexOf('=');
    const key = (at < 0 ? value : value.slice(0, at)).trim();
    const tagValue = at < 0 ? undefined : value.slice(at + 1).trim();
    if (!TAG_KEY.test(key) || (tagValue !== undefined && !TAG_VALUE.test(tagValue)))
        throw new Error(`\`alarm-tag\` must be a tag key, or key=value, as AWS spells tags (a key of 1 to 128 letters, digits, spaces and _.:/=+-@, a value of up to 256), got ${JSON.stringify(value)}.`);
    return { key, ...(tagValue !== undefined ? { value: tagValue } : {}) };
}
/** Reconcile's scope, bound and region, with intake's inputs for what it hands over. */
function reconcileInputs(get, facts, access, catalog) {
    const prefix = get('alarm-name-prefix').trim();
    if (prefix !== '' && !ALARM_NAME_PREFIX.test(prefix))
        throw new Error(`\`alarm-name-prefix\` must be the start of an alarm name (1 to 255 characters, no control characters), got ${JSON.stringify(prefix)}.`);
    if (prefix !== '*' && prefix.includes('*'))
        throw new Error(`\`alarm-name-prefix\` is a prefix, not a pattern: ${JSON.stringify(prefix)} would match only names that start with it literally; write the start of the names without \`*\` (\`*\` alone means every alarm).`);
    const tag = alarmTag(get('alarm-tag').trim());
    if (prefix === '' && !tag)
        throw new Error("Reconcile needs to know which alarms OpsLoop is responsible for: set `alarm-name-prefix` to the stack's `AlarmNamePrefix` (`*` for every alarm, when the stack forwards every alarm), and/or `alarm-tag` to a tag those alarms carry (`key` or `key=value`).");
    const max = get('max-alarms').trim();
    const maxAlarms = max === '' ? DEFAULT_MAX_ALARMS : Number(max);
    if (!/^[0-9]*$/.test(max) ||
        !Number.isInteger(maxAlarms) ||
        maxAlarms < 1 ||
        maxAlarms > MOST_ALARMS)
        throw new Error(`\`max-alarms\` must be a whole number from 1 to ${MOST_ALARMS}, got ${JSON.stringify(max)}.`);
    const settings = intakeSettings(get, facts, access, catalog, {
        eventType: false,
        insufficientData: false
    });
    if (!settings.awsRegion)
        throw new Error('Reconcile reads CloudWatch alarms: set `aws-region` (or AWS_REGION, as aws-actions/configure-aws-credentials does).');
    return {
        command: 'reconcile',
        ...settings,
        scope: {
            ...(prefix !== '' && prefix !== '*' ? { namePrefix: prefix } : {}),
            ...(tag ? { tag } : {})
        },
        maxAlarms
    };
}
/** The inputs of one job, parsed and checked; throws the first problem, naming the input. */
function parseInputs(command, get, facts) {
    const catalog = catalogInputs(get);
    if (command === 'validate')
        return { command, catalog };
    if (command === 'publish') {
        const region = awsRegion(get, facts);
        if (!region)
            throw new Error('Publishing creates SSM documents in one region: set `aws-region` (or AWS_REGION, as aws-actions/configure-aws-credentials does).');
        return { command, catalog, awsRegion: region };
    }
    const access = issueAccess(get, facts);
    if (command === 'intake')
        return { command, ...intakeSettings(get, facts, access, catalog) };
    if (command === 'reconcile')
        return reconcileInputs(get, facts, access, catalog);
    if (command === 'learn')
        return { command, ...access, catalog };
    if (command === 'comment')
        return {
            command,
            ...access,
            catalog,
            ignoredLogins: ignoredLogins(get),
            awsRegion: awsRegion(get, facts)
        };
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
        runShellScript: flag(get, 'run-shell-script', 'false'),
        ignoredLogins: ignoredLogins(get),
        awsRegion: awsRegion(get, facts),
        notify: notifyConfig(get),
        ...(facts.runId !== undefined
            ? { runUrl: `${facts.serverUrl}/${access.repositoryName}/actions/runs/${facts.runId}` }
            : {})
    };
}

export { runnerFacts as a, chooseCommand as c, parseInputs as p, required as r };
