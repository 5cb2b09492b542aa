import { mkdir, writeFile, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { f as fingerprintLabel } from './record-BIoafhO-.js';
import { a as issueUpdate, r as removeIssueLabel, l as labelNames, b as parseCommentCommand } from './client-D2jLBN-l.js';
import { a as githubIncidentLock, g as githubIssueThread } from './issue-thread-DfIvqLl-.js';
import { b as intakeCommand, d as chooseProvider, D as DEFAULT_GATHER } from './triage-provider-DX_XqvC-.js';
import { i as intakeEvents } from './from-results-CA-kSsGQ.js';
import { a as cell, c as code } from './markdown-DUQQBL0n.js';
import { r as required } from './inputs-C_85B_2H.js';

// Incident issues on GitHub, as intake needs them: the issues labelled with a fingerprint, open
// and closed (listing by label, never the search API, whose index lags), oldest first; create
// one, comment on one, update one; and the incident's lock (incident-lock.ts). Which of them is
// OpsLoop's own is decided by intake from the sealed record.
function githubIncidentIssues(octokit, repository, lock = {}) {
    const incidentLock = githubIncidentLock(octokit, repository, lock);
    return {
        async find(fp) {
            const found = await octokit.paginate('GET /repos/{owner}/{repo}/issues', {
                ...repository,
                labels: fingerprintLabel(fp),
                state: 'all',
                per_page: 100
            });
            return found
                .filter((i) => i.pull_request === undefined)
                .sort((a, b) => a.number - b.number)
                .map((i) => ({
                number: i.number,
                url: i.html_url,
                body: i.body ?? '',
                labels: labelNames(i.labels),
                state: i.state === 'closed' ? 'closed' : 'open'
            }));
        },
        exclusive: (fp, work) => incidentLock.hold(fp, work),
        async create(draft) {
            const { data } = await octokit.request('POST /repos/{owner}/{repo}/issues', {
                ...repository,
                ...draft
            });
            return { number: data.number, url: data.html_url };
        },
        async comment(issue, body) {
            await octokit.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
                ...repository,
                issue_number: issue,
                body
            });
        },
        async addLabel(issue, label) {
            await octokit.request('POST /repos/{owner}/{repo}/issues/{issue_number}/labels', {
                ...repository,
                issue_number: issue,
                labels: [label]
            });
        },
        removeLabel: (issue, label) => removeIssueLabel(octokit, { ...repository, issue_number: issue }, label),
        async update(issue, update) {
            await octokit.request('PATCH /repos/{owner}/{repo}/issues/{issue_number}', {
                ...repository,
                issue_number: issue,
                ...issueUpdate(update)
            });
        }
    };
}

const WHAT = {
    created: 'opened a new incident issue',
    updated: 'counted a repeat delivery on the open issue',
    duplicate: 'ignored a redelivery of an event already counted',
    resolved: 'noted the recovery on the open issue',
    skipped: 'did nothing'
};
function intakeSummary(result) {
    const rows = [['Action', `${result.action}: ${WHAT[result.action]}`]];
    if (result.action === 'skipped')
        rows.push(['Why', cell(result.reason)]);
    else {
        rows.push(['Issue', `[#${result.issue.number}](${encodeURI(result.issue.url)})`]);
        rows.push(['Severity', result.severity]);
        if (result.action === 'created') {
            rows.push(['Triage', code(result.provider)]);
            rows.push(['Runbook', result.runbook ? code(result.runbook) : 'none proposed']);
            if (result.planDigest)
                rows.push(['Plan digest', code(result.planDigest)]);
        }
        if ('occurrences' in result && result.occurrences !== undefined)
            rows.push(['Occurrences', String(result.occurrences)]);
    }
    if (result.fingerprint)
        rows.push(['Fingerprint', code(result.fingerprint)]);
    return [
        '## OpsLoop intake',
        '',
        '| | |',
        '| --- | --- |',
        ...rows.map(([k, v]) => `| ${k} | ${v} |`),
        ''
    ].join('\n');
}

// A value made on first use, once: a look-up or client a job needs only on some paths, shared by
// every path that needs it.
function once(make) {
    let made;
    return () => (made ??= make());
}

// The `intake` job (repository_dispatch, or a replay by workflow_dispatch): the AWS incident ends
// up in exactly one issue, triaged with a plan proposed. Evidence sources are built only when a
// new incident needs them: past incidents and recent changes from GitHub always; CloudWatch logs
// and metrics, the SSM instance directory and the look-ups of the incident's facts (tags, ECS,
// Auto Scaling, the SSM status of its instances, log anomalies) when the job has an AWS region.
// How it builds intake's input (intakeSetup, triageProvider) is exported: reconcile hands the
// deliveries that never arrived to intake with the same.
async function intakeJob(inputs, wiring) {
    const { host, facts } = wiring;
    const webhook = await wiring.webhook();
    const provider = triageProvider(inputs, wiring);
    if (facts.eventName === 'issue_comment')
        return asksQuestion(webhook)
            ? askJob(inputs, wiring, provider, webhook)
            : replanJob(inputs, wiring, provider, webhook);
    const notify = await wiring.notifier(inputs.notify);
    const result = await intakeCommand({
        ...intakeSetup(inputs, wiring, provider),
        ...(inputs.snapshot?.runUrl ? { snapshotRun: inputs.snapshot.runUrl } : {}),
        eventName: required(facts, 'eventName'),
        webhook
    });
    host.setOutput('action', result.action);
    if (result.fingerprint)
        host.setOutput('fingerprint', result.fingerprint);
    if (result.action === 'skipped') {
        host.log.notice(`No incident issue: ${result.reason}`);
        return;
    }
    host.setOutput('issue-number', String(result.issue.number));
    host.setOutput('issue-url', result.issue.url);
    host.setOutput('severity', result.severity);
    if (result.action === 'created') {
        host.setOutput('triage-provider', result.provider);
        if (result.runbook)
            host.setOutput('runbook-id', result.runbook);
        if (result.planDigest)
            host.setOutput('plan-digest', result.planDigest);
        if (result.snapshot && inputs.snapshot)
            host.setOutput('snapshot', await writeSnapshot(inputs.snapshot.dir, result.snapshot));
    }
    if ('occurrences' in result && result.occurrences !== undefined)
        host.setOutput('occurrences', String(result.occurrences));
    await host.summary(intakeSummary(result));
    host.log.info(`Incident ${result.action}: ${result.issue.url}`);
    for (const event of intakeEvents(result, inputs.policy.closeOnRecovery))
        await notify(event);
}
/**
 * The snapshot as `<dir>/opsloop-snapshot/snapshot.json`, the folder `opsloop triage --snapshot`
 * replays once the artifact is downloaded; returns the folder.
 */
async function writeSnapshot(dir, snapshot) {
    // Loaded here, after the issue is filed: start-up pays for none of it.
    const [{ SNAPSHOT_FILE }, { SNAPSHOT_ARTIFACT }] = await Promise.all([
        import('./snapshot-BcfFixE3.js'),
        import('./incident-issue-Bce1dpk_.js').then(function (n) { return n.c; })
    ]);
    const folder = join(dir, SNAPSHOT_ARTIFACT);
    await mkdir(folder, { recursive: true });
    await writeFile(join(folder, SNAPSHOT_FILE), `${JSON.stringify(snapshot, null, 2)}\n`);
    return folder;
}
/**
 * The triage provider intake uses. Bedrock retries harder than the evidence reads (4 attempts,
 * adaptive): a throttled model call costs a whole triage.
 */
function triageProvider(inputs, wiring) {
    return chooseProvider(inputs.provider, wiring.aws(inputs.awsRegion, { attempts: 4, adaptive: true }));
}
/**
 * Everything intakeCommand takes besides the delivery, as this job builds it; reconcile hands the
 * deliveries that never arrived to intake with the same.
 */
function intakeSetup(inputs, wiring, provider) {
    const { host, facts } = wiring;
    return {
        records: wiring.records(inputs),
        ...lookups(inputs, wiring),
        eventType: inputs.eventType,
        catalog: wiring.triageCatalog(inputs.catalog),
        // The incident's lock names this run, so a person looking at a held lock knows whose it is.
        issues: githubIncidentIssues(wiring.github(inputs.token), inputs.repository, {
            holder: facts.runId !== undefined ? `run ${facts.runId}` : 'run',
            warn: host.log.warning
        }),
        provider,
        policy: inputs.policy,
        stage: host.log.group,
        ...(facts.sha ? { commit: facts.sha } : {}),
        ...(facts.actor ? { requestedBy: facts.actor } : {})
    };
}
/**
 * On `issue_comment` (remediation.yml's `replan` job, after the comment job accepted a `/set` or
 * `/retriage`): the plan made again from the issue's sealed records, with this job's read-only
 * AWS look-ups, which the comment job does not have.
 */
async function replanJob(inputs, wiring, provider, webhook) {
    const { host } = wiring;
    const number = webhook.issue?.number;
    if (typeof number !== 'number')
        throw new Error('Planning again needs an issue_comment event on an incident issue.');
    // Planning again is this job's rarer half: its flow (and the pipeline) load only for it.
    const { replanCommand } = await import('./replan-DcO4pw2L.js');
    const result = await replanCommand({
        thread: githubIssueThread(wiring.github(inputs.token), inputs.repository, number),
        records: wiring.records(inputs),
        catalog: wiring.triageCatalog(inputs.catalog),
        provider,
        ...lookups(inputs, wiring),
        stage: host.log.group
    });
    host.setOutput('issue-number', String(number));
    if (!result.replanned) {
        host.log.notice(`No new plan: ${result.reason}`);
        return;
    }
    host.setOutput('action', 'replanned');
    if (result.plan)
        host.setOutput('runbook-id', result.plan.runbook.id);
    if (result.plan?.digest)
        host.setOutput('plan-digest', result.plan.digest);
    host.log.info(`New plan after ${result.reason}`);
}
/** Whether the event's comment is an `/ask` (the flow reads it again from GitHub). */
function asksQuestion(webhook) {
    const body = webhook.comment?.body;
    return typeof body === 'string' && parseCommentCommand(body)?.kind === 'ask';
}
/**
 * On `issue_comment` (remediation.yml's `answer` job, after the comment job accepted an `/ask`):
 * the answer, from the incident's evidence gathered again with this job's read-only look-ups, the
 * repository's past incidents and the catalog, by the model when one is configured.
 */
async function askJob(inputs, wiring, provider, webhook) {
    const { host } = wiring;
    const event = webhook;
    const number = event.issue?.number;
    const commentId = event.comment?.id;
    if (typeof number !== 'number' || typeof commentId !== 'number')
        throw new Error('Answering a question needs an issue_comment event on an incident issue.');
    const [{ askCommand }, { githubIncidentHistory }] = await Promise.all([
        import('./ask-DjTZsE5u.js'),
        import('./incident-history-DAQpMHXw.js')
    ]);
    const octokit = wiring.github(inputs.token);
    const { context, facts } = lookups(inputs, wiring);
    const result = await askCommand({
        commentId,
        thread: githubIssueThread(octokit, inputs.repository, number),
        history: githubIncidentHistory(octokit, inputs.repository),
        records: wiring.records(inputs),
        catalog: wiring.triageCatalog(inputs.catalog),
        provider,
        context,
        facts,
        stage: host.log.group
    });
    host.setOutput('issue-number', String(number));
    host.setOutput('action', result.answered ? 'answered' : 'not-answered');
    host.log.info(result.answered ? 'Question answered.' : `Not answered: ${result.reason}`);
}
/**
 * The AWS clients that more than one look-up uses, each made once per job so their connections
 * are shared: CloudWatch (alarm tags, metrics), CloudWatch Logs (log events, anomalies) and SSM
 * (one instance directory binds tag targets and reports the SSM status of the incident's
 * instances). None without an AWS region.
 */
function sharedAws(inputs, wiring) {
    if (!inputs.awsRegion)
        return undefined;
    const aws = wiring.aws(inputs.awsRegion);
    return {
        aws,
        cloudwatch: once(async () => new (await import('./index-BOrWYg1R.js')).CloudWatchClient(aws)),
        logs: once(async () => new (await import('./index-DHH1RmN3.js')).CloudWatchLogsClient(aws)),
        instances: once(async () => {
            const [{ SSMClient }, { ssmInstanceDirectory }] = await Promise.all([
                import('./index-DOwztRd4.js'),
                import('./ssm-instances-7v17eAru.js')
            ]);
            return ssmInstanceDirectory(new SSMClient(aws));
        })
    };
}
/**
 * What intake and replanning read beyond the event, each set up only when first needed: the
 * instance directory, the facts' look-ups and the evidence's sources.
 */
function lookups(inputs, wiring) {
    const shared = sharedAws(inputs, wiring);
    return {
        instances: async () => shared?.instances(),
        facts: async () => (shared ? factSources(shared) : {}),
        context: async () => {
            const components = await readComponents(inputs.components);
            return {
                sources: await contextSources(inputs, wiring, shared),
                options: { ...DEFAULT_GATHER, ...inputs.context },
                ...(components ? { components } : {})
            };
        }
    };
}
/**
 * The repository's mapping of paths to services: none when the default file is absent; a problem
 * on the issue when a named file is, or when it is not valid.
 */
async function readComponents(where) {
    let text;
    try {
        text = await readFile(where.file, 'utf8');
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT' && !where.required)
            return undefined;
        return {
            file: where.file,
            components: [],
            problems: [
                `${where.file}: cannot be read (${code ?? error.message}); check the \`components\` input, a path in the workflow's checkout`
            ]
        };
    }
    // The YAML parser and the snapshot schema's validator load only for a team that has the file.
    const { parseComponents } = await import('./components-Chxc1PGk.js');
    return parseComponents(where.file, text);
}
/** Where the evidence comes from; CloudWatch only when the job has an AWS region. */
async function contextSources(inputs, wiring, shared) {
    const octokit = wiring.github(inputs.token);
    // Loaded here, for a new incident only: a repeat delivery or a recovery gathers nothing.
    const [{ githubPastIncidents }, { githubChanges }, { githubWatchIssues }, { githubHealthIssues }] = await Promise.all([
        import('./past-incidents-lQTDZY-y.js'),
        import('./changes-CdpilJF7.js'),
        import('./watch-issues-De8h8Qsr.js'),
        import('./health-issues-BbQ2ddsS.js')
    ]);
    const sources = {
        past: githubPastIncidents(octokit, inputs.repository),
        changes: githubChanges(octokit),
        watches: githubWatchIssues(octokit, inputs.repository, wiring.records(inputs)),
        health: githubHealthIssues(octokit, inputs.repository, wiring.records(inputs))
    };
    if (!shared)
        return sources;
    const [{ cloudWatchLogs }, { cloudWatchMetrics }, logs, cloudwatch] = await Promise.all([
        import('./logs-BHyI5LMK.js'),
        import('./metrics-NLapTbV9.js'),
        shared.logs(),
        shared.cloudwatch()
    ]);
    return { ...sources, logs: cloudWatchLogs(logs), metrics: cloudWatchMetrics(cloudwatch) };
}
/**
 * Where the incident's tags, ECS service, Auto Scaling group, its instances' SSM status and its
 * log anomalies are looked up (read-only).
 */
async function factSources(shared) {
    const [{ ResourceGroupsTaggingAPIClient }, { ECSClient }, { AutoScalingClient }, { awsTags }, { awsEcs }, { awsAutoScaling }, { cloudWatchLogAnomalies }, cloudwatch, logs, instances] = await Promise.all([
        import('./index-xRyP-Ofb.js'),
        import('./index-B5hcTnwD.js'),
        import('./index-ByCQcJEi.js'),
        import('./tags-CNdD9qwd.js'),
        import('./ecs-B0_f0hzC.js'),
        import('./autoscaling-CIyONQQD.js'),
        import('./log-anomalies-lFcmvz7C.js'),
        shared.cloudwatch(),
        shared.logs(),
        shared.instances()
    ]);
    const { aws } = shared;
    return {
        tags: awsTags(cloudwatch, new ResourceGroupsTaggingAPIClient(aws)),
        ecs: awsEcs(new ECSClient(aws)),
        autoScaling: awsAutoScaling(new AutoScalingClient(aws)),
        instances,
        anomalies: cloudWatchLogAnomalies(logs)
    };
}

var intake = /*#__PURE__*/Object.freeze({
    __proto__: null,
    intakeJob: intakeJob,
    intakeSetup: intakeSetup,
    triageProvider: triageProvider
});

export { intake as a, intakeSetup as i, once as o, triageProvider as t };
