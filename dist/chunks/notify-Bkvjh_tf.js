import { w as webUrl, t as truncate, i as issueTitle, o as oneLine, c as clean, P as PROJECT_KEY } from './config-XM65btjF.js';
export { N as NOTIFY_INPUTS, p as parseNotifyConfig } from './config-XM65btjF.js';
import { V as VERSION } from './version-CvW7nB-o.js';
import './untrusted-DwwMYKYb.js';
import './unicode-Bqcso1Xx.js';

// One HTTP exchange for a notifier: the global fetch with a timeout per attempt and one retry
// after a 429 (waiting as long as Retry-After asks, within a cap). Failures become NotifyErrors
// whose messages hold a status, a service's error code or a network error code, and never a URL
// path, a token or a header: an incoming webhook's URL is itself the secret.
const DEFAULT_TIMEOUT_MS = 10_000;
const DEFAULT_MAX_RETRY_AFTER_MS = 30_000;
/** When a 429 carries no usable Retry-After. */
const DEFAULT_RETRY_AFTER_MS = 1_000;
/** A failed notification, with a message that is safe to log. */
class NotifyError extends Error {
    status;
    constructor(message, status) {
        super(message);
        this.status = status;
        this.name = 'NotifyError';
    }
}
const realSleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/** Retry-After as milliseconds: delta-seconds or an HTTP date; undefined when unusable. */
function retryAfterMs(value, now = Date.now()) {
    if (value === null || value.trim() === '')
        return undefined;
    const trimmed = value.trim();
    if (/^\d+$/.test(trimmed))
        return Number(trimmed) * 1000;
    const at = Date.parse(trimmed);
    return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}
/** One request, retried once after a 429. Any HTTP status is returned; only transport fails. */
async function exchange(request, options) {
    const doFetch = options.fetch ?? fetch;
    const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    const maxWait = options.maxRetryAfterMs ?? DEFAULT_MAX_RETRY_AFTER_MS;
    const sleep = options.sleep ?? realSleep;
    const init = {
        method: request.method,
        headers: {
            accept: 'application/json',
            'user-agent': `opsloop/${VERSION}`,
            ...(request.json !== undefined ? { 'content-type': 'application/json; charset=utf-8' } : {}),
            ...request.headers
        },
        ...(request.json !== undefined ? { body: JSON.stringify(request.json) } : {}),
        redirect: 'error'
    };
    for (let attempt = 1;; attempt++) {
        const response = await attemptOnce(doFetch, request.url, init, timeoutMs);
        if (response.status !== 429 || attempt > 1)
            return response;
        const wait = retryAfterMs(response.headers.get('retry-after')) ?? DEFAULT_RETRY_AFTER_MS;
        if (wait > maxWait)
            throw new NotifyError(`HTTP 429: rate limited, and Retry-After (${Math.ceil(wait / 1000)}s) is longer than ${Math.ceil(maxWait / 1000)}s`, 429);
        await sleep(wait);
    }
}
async function attemptOnce(doFetch, url, init, timeoutMs) {
    try {
        const response = await doFetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs) });
        return { status: response.status, headers: response.headers, text: await response.text() };
    }
    catch (error) {
        throw new NotifyError(transportFailure(error, timeoutMs));
    }
}
/**
 * A transport failure by its kind and code only. Undici's messages and causes can quote the URL
 * (a webhook's secret path), so none of their text is kept.
 */
function transportFailure(error, timeoutMs) {
    const name = error?.name;
    if (name === 'TimeoutError' || name === 'AbortError')
        return `timed out after ${timeoutMs / 1000}s`;
    const cause = error?.cause;
    if (cause?.message === 'unexpected redirect')
        return 'the server answered with a redirect, which is not followed (check the URL)';
    const code = cause?.code;
    return typeof code === 'string' && /^[A-Z0-9_]{2,40}$/.test(code)
        ? `network error (${code})`
        : 'network error';
}
/** Replaces each secret (and its URL-encoded form) with `***`: the last line of defence. */
function redact(text, secrets) {
    let out = text;
    for (const secret of [...secrets].sort((a, b) => b.length - a.length)) {
        if (secret.length < 4)
            continue;
        for (const form of new Set([secret, encodeURIComponent(secret)]))
            out = out.split(form).join('***');
    }
    return out;
}

/** Remediation outcomes as a short phrase, for Slack and Jira alike. */
const OUTCOME_PHRASES = {
    remediated: 'Remediation succeeded',
    failed: 'Remediation failed',
    'rolled-back': 'Remediation failed and was rolled back',
    'already-run': 'Remediation was already run',
    recovered: 'Remediation skipped: the alarm had already recovered',
    'not-approved': 'Remediation not approved yet',
    refused: 'Remediation refused'
};
/** `abcdef123456`: the first 12 characters, as issue comments show digests. */
const shortDigest = (digest) => digest.slice(0, 12);

// Jira rendering, with no calls: the issue's summary, label and description, the comment each
// event adds, as a small document model written out as ADF (Cloud) or wiki markup (Data Center).
// Untrusted text reaches Jira only as ADF text nodes (plain text by construction) or inside
// `{noformat}`, always without control characters and bounded; the summary is one line of at
// most 255 characters, as Jira requires.
const SUMMARY_MAX$1 = 255;
const TITLE_MAX$1 = 200;
const LONG_MAX = 4000;
const SHORT_MAX = 500;
/** The label that ties a Jira issue to an incident (labels may not contain spaces). */
function incidentLabel(fingerprint) {
    if (!/^[A-Za-z0-9_-]{1,200}$/.test(fingerprint))
        throw new NotifyError('the incident fingerprint cannot be used in a Jira label');
    return `opsloop-${fingerprint}`;
}
/** The labels a Jira issue is created with: OpsLoop's own, and the incident's. */
function jiraLabels(fingerprint) {
    return ['opsloop', incidentLabel(fingerprint)];
}
/** The Jira issue's summary: one line, at most 255 characters. */
function jiraSummary(event) {
    const severity = event.kind === 'incident-opened' ? oneLine(event.severity).slice(0, 20) : '';
    const prefix = `OpsLoop #${event.issue.number}${severity ? ` (${severity})` : ''}: `;
    return truncate(`${prefix}${issueTitle(event.issue)}`, SUMMARY_MAX$1);
}
const text = (raw, max) => ({ text: truncate(clean(raw).trim(), max) });
const line = (raw, max) => ({ text: truncate(oneLine(raw), max) });
const code = (raw) => ({ text: truncate(oneLine(raw), 200), code: true });
const strong = (raw) => ({ text: raw, strong: true });
const issueLink$1 = (event) => {
    const label = truncate(`#${event.issue.number} ${issueTitle(event.issue)}`, TITLE_MAX$1);
    const href = webUrl(event.issue.url);
    return href ? { text: label, href } : { text: label };
};
function trailer(event) {
    return [
        { text: 'OpsLoop tracks this incident by the label ' },
        code(incidentLabel(event.fingerprint)),
        { text: '; the GitHub issue is the record of what happened.' }
    ];
}
/** The description of a Jira issue created for an event. */
function jiraDescription(event) {
    if (event.kind !== 'incident-opened')
        return [[strong('OpsLoop incident'), { text: ' ' }, issueLink$1(event)], trailer(event)];
    const doc = [
        [strong('New incident'), { text: ' ' }, issueLink$1(event)],
        [
            { text: 'Severity: ' },
            line(event.severity || 'unknown', 20),
            { text: ' · Triage: ' },
            line(event.provider, 20),
            { text: ' · Proposed runbook: ' },
            event.runbook ? code(event.runbook) : { text: 'none fits' }
        ]
    ];
    const summary = event.summary ? text(event.summary, LONG_MAX) : undefined;
    if (summary?.text)
        doc.push([summary]);
    doc.push(trailer(event));
    return doc;
}
/** The comment an event adds to its Jira issue (a new incident adds none). */
function jiraComment(event) {
    switch (event.kind) {
        case 'incident-opened':
            return undefined;
        case 'approval-needed':
            return [
                [strong('Approval needed'), { text: ' on ' }, issueLink$1(event)],
                [
                    { text: 'Runbook ' },
                    code(event.runbook),
                    { text: ', plan ' },
                    code(shortDigest(event.planDigest)),
                    { text: '.' }
                ],
                [
                    { text: 'Who may approve: ' },
                    line(event.whoMayApprove, SHORT_MAX),
                    { text: '. Review the plan and approve it on the GitHub issue.' }
                ]
            ];
        case 'remediation-result': {
            const doc = [
                [strong(OUTCOME_PHRASES[event.outcome]), { text: ' on ' }, issueLink$1(event)],
                [{ text: 'Runbook ' }, code(event.runbook), { text: ': ' }, line(event.detail, SHORT_MAX)]
            ];
            if (event.approvers.length > 0)
                doc.push([{ text: 'Approved by ' }, line(event.approvers.join(', '), SHORT_MAX)]);
            const run = event.runUrl ? webUrl(event.runUrl) : undefined;
            if (run)
                doc.push([{ text: 'Workflow run', href: run }]);
            return doc;
        }
        case 'recovered':
            return [
                [strong('Recovered'), { text: ' ' }, issueLink$1(event)],
                [
                    ...(event.alarm
                        ? [code(event.alarm), { text: ' is back to OK. ' }]
                        : [{ text: 'Back to OK. ' }]),
                    {
                        text: event.closed ? 'The GitHub issue was closed.' : 'The GitHub issue stays open.'
                    }
                ]
            ];
    }
}
/** The document as ADF: text nodes only (plain text by construction), never empty ones. */
function toAdf(doc) {
    const paragraph = (runs) => {
        const content = [];
        for (const run of runs) {
            const marks = [];
            // ADF allows `code` with `link` only, never with `strong`.
            if (run.code)
                marks.push({ type: 'code' });
            else if (run.strong)
                marks.push({ type: 'strong' });
            if (run.href)
                marks.push({ type: 'link', attrs: { href: run.href } });
            run.text.split('\n').forEach((part, i) => {
                if (i > 0)
                    content.push({ type: 'hardBreak' });
                if (part !== '')
                    content.push({ type: 'text', text: part, ...(marks.length > 0 ? { marks } : {}) });
            });
        }
        return { type: 'paragraph', content };
    };
    return {
        type: 'doc',
        version: 1,
        content: doc.map(paragraph).filter((p) => (p.content?.length ?? 0) > 0)
    };
}
/**
 * The document as wiki markup for Data Center: one link OpsLoop builds (to the GitHub issue),
 * then every word inside `{noformat}`, where Jira renders no markup, mention or link.
 */
function toWiki(doc, event) {
    const plain = doc
        .map((runs) => runs.map((r) => (r.href && r.href !== r.text ? `${r.text} (${r.href})` : r.text)).join(''))
        .join('\n\n')
        // Only `{noformat}` could end the block early.
        .replace(/\{noformat/gi, '{ noformat');
    const href = webUrl(event.issue.url)?.replace(/\|/g, '%7C').replace(/\]/g, '%5D');
    const link = href ? `[GitHub issue #${event.issue.number}|${href}]` : '';
    return `${link}\n{noformat}\n${plain}\n{noformat}`;
}

const jiraFlavor = (target) => 'email' in target.auth ? 'cloud' : 'datacenter';
function jiraSecrets(target) {
    const auth = target.auth;
    if ('email' in auth) {
        const basic = Buffer.from(`${auth.email}:${auth.apiToken}`).toString('base64');
        return [auth.apiToken, basic];
    }
    return [auth.token];
}
const KEY = /^[A-Z][A-Z0-9_]*-\d+$/;
function jiraNotifier(target, options = {}) {
    const flavor = jiraFlavor(target);
    const version = flavor === 'cloud' ? '3' : '2';
    const base = target.baseUrl.replace(/\/+$/, '');
    const api = `${base}/rest/api/${version}`;
    const auth = target.auth;
    const authorization = 'email' in auth
        ? `Basic ${Buffer.from(`${auth.email}:${auth.apiToken}`).toString('base64')}`
        : `Bearer ${auth.token}`;
    const secrets = jiraSecrets(target);
    // Jira's search index lags writes by a few seconds: an issue created in this run is remembered
    // here, so the approval that follows a new incident comments on it instead of creating another.
    const known = new Map();
    const call = async (step, method, path, json) => {
        const response = await exchange({
            method,
            url: `${api}${path}`,
            headers: { authorization },
            ...(json !== undefined ? { json } : {})
        }, options);
        if (response.status < 200 || response.status > 299)
            throw new NotifyError(`${step}: ${describeJiraError(response, target)}`, response.status);
        if (response.text.trim() === '')
            return undefined;
        try {
            return JSON.parse(response.text);
        }
        catch {
            throw new NotifyError(`${step}: HTTP ${response.status} with a body that is not JSON`);
        }
    };
    const body = (doc, event) => flavor === 'cloud' ? toAdf(doc) : toWiki(doc, event);
    const find = async (fingerprint) => {
        const remembered = known.get(fingerprint);
        if (remembered)
            return remembered;
        const jql = `project = "${target.project}" AND labels = "${incidentLabel(fingerprint)}" ORDER BY created DESC`;
        const request = { jql, fields: ['status'], maxResults: 10 };
        const answer = (await call('search', 'POST', flavor === 'cloud' ? '/search/jql' : '/search', request));
        const first = answer.issues?.[0];
        if (!first)
            return undefined;
        if (typeof first.key !== 'string' || !KEY.test(first.key))
            throw new NotifyError('search: Jira answered with an issue without a key');
        const found = { key: first.key, done: first.fields?.status?.statusCategory?.key === 'done' };
        known.set(fingerprint, found);
        return found;
    };
    const create = async (event) => {
        const fields = {
            project: { key: target.project },
            issuetype: { name: target.issueType },
            summary: jiraSummary(event),
            labels: jiraLabels(event.fingerprint),
            description: body(jiraDescription(event), event)
        };
        const answer = (await call('create issue', 'POST', '/issue', { fields }));
        const key = answer?.key;
        if (typeof key !== 'string' || !KEY.test(key))
            throw new NotifyError('create issue: Jira answered without an issue key');
        known.set(event.fingerprint, { key, done: false });
        return key;
    };
    const transition = async (key, name) => {
        const path = `/issue/${encodeURIComponent(key)}/transitions`;
        const answer = (await call('transitions', 'GET', path));
        const transitions = answer?.transitions ?? [];
        const wanted = name.toLowerCase();
        const match = transitions.find((t) => typeof t.name === 'string' && t.name.toLowerCase() === wanted) ??
            transitions.find((t) => typeof t.to?.name === 'string' && t.to.name.toLowerCase() === wanted);
        if (!match || typeof match.id !== 'string') {
            const available = transitions
                .map((t) => typeof t.name === 'string' ? JSON.stringify(truncate(oneLine(t.name), 40)) : '')
                .filter((t) => t !== '')
                .slice(0, 10);
            throw new NotifyError(`transition: ${JSON.stringify(name)} is not available on ${key} (available: ${available.join(', ') || 'none'})`);
        }
        await call('transition', 'POST', path, { transition: { id: match.id } });
    };
    const deliver = async (event) => {
        if (!PROJECT_KEY.test(target.project))
            throw new NotifyError('the Jira project must be a project key such as OPS');
        const found = await find(event.fingerprint);
        const comment = jiraComment(event);
        if (!comment) {
            // A new incident: its issue may exist already (a repeated delivery, or the same alarm
            // again while the last one is still open); only a finished one gets a successor.
            if (found && !found.done)
                return `${found.key} already tracks this incident`;
            return `created ${await create(event)}`;
        }
        const done = [];
        let key = found?.key;
        if (!key) {
            key = await create(event);
            done.push(`created ${key}`);
        }
        await call('comment', 'POST', `/issue/${encodeURIComponent(key)}/comment`, {
            body: body(comment, event)
        });
        done.push(`commented on ${key}`);
        if (event.kind === 'recovered' && target.doneTransition && found?.done !== true) {
            await transition(key, target.doneTransition);
            known.set(event.fingerprint, { key, done: true });
            done.push(`moved it through ${JSON.stringify(target.doneTransition)}`);
        }
        return done.join(', ');
    };
    return {
        target: `Jira (${target.project} on ${hostOf$1(base)})`,
        async send(event) {
            try {
                return await deliver(event);
            }
            catch (error) {
                const message = error instanceof Error ? error.message : String(error);
                throw new NotifyError(redact(message, secrets), error instanceof NotifyError ? error.status : undefined);
            }
        }
    };
}
/** A failed Jira call in one line: status, Jira's own messages (bounded), and what to check. */
function describeJiraError(response, target) {
    let messages = [];
    try {
        const body = JSON.parse(response.text);
        const listed = Array.isArray(body.errorMessages) ? body.errorMessages : [];
        messages = [
            ...listed.filter((m) => typeof m === 'string'),
            ...Object.entries(body.errors ?? {}).map(([field, value]) => `${field}: ${String(value)}`)
        ].map((m) => oneLine(m));
    }
    catch {
        // Not JSON (Cloud answers 401 with a text page): the status and the hint say enough.
    }
    const detail = messages.length > 0 ? ` ${truncate(messages.join('; '), 300)}` : '';
    const hint = HINTS[response.status]?.(target) ?? '';
    return `HTTP ${response.status}${detail}${hint ? ` (${hint})` : ''}`;
}
const HINTS = {
    401: (t) => jiraFlavor(t) === 'cloud'
        ? 'check `jira-email` and `jira-api-token`'
        : 'check `jira-token`, a personal access token',
    403: (t) => `the account needs permission to browse, create, comment on and transition issues in ${t.project}`,
    404: (t) => jiraFlavor(t) === 'cloud'
        ? 'check `jira-base-url`: the site root, such as https://acme.atlassian.net'
        : 'check `jira-base-url`, including any context path',
    410: () => 'this Jira no longer serves that API'
};
function hostOf$1(url) {
    try {
        return new URL(url).host;
    }
    catch {
        return 'an invalid URL';
    }
}

// Slack: a short Block Kit message per event (with a `text` fallback for notifications), posted
// to an incoming webhook or with a bot token to chat.postMessage.
//
// Untrusted text (titles, summaries, alarm names) only ever appears escaped: `&`, `<` and `>`
// become entities as Slack requires, so no `<!channel>`, `<@U…>`, `<#C…>` or `<url|label>` can
// form from it; `@` gets a word joiner so `@here` stays inert even where names are linked; and
// `://` gets one too, so a URL in a summary is not turned into a link. Emphasis characters
// (`*bold*`) are left alone: they change how text looks, not what it does.
// Block Kit limits: section text 3000, a field 2000, fallback text kept well under 4000.
const SECTION_MAX = 3000;
const FIELD_MAX = 200;
const SUMMARY_MAX = 1500;
const TITLE_MAX = 150;
const FALLBACK_MAX = 300;
const WORD_JOINER = '\u2060';
const ENTITIES = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
/**
 * Untrusted text as inert mrkdwn, at most `max` characters once escaped (a cut ends with `…` and
 * never splits an entity). Newlines are kept; `inline` puts it on one line.
 */
function slackText(raw, max, inline = false) {
    const text = (inline ? oneLine(raw) : clean(raw).trim()).replace(/:\/\//g, `:${WORD_JOINER}//`);
    const escaped = Array.from(text, (c) => (c === '@' ? `@${WORD_JOINER}` : (ENTITIES[c] ?? c)));
    const whole = escaped.join('');
    if (whole.length <= max)
        return whole;
    let out = '';
    for (const e of escaped) {
        if (out.length + e.length > max - 1)
            break;
        out += e;
    }
    return `${out.trimEnd()}…`;
}
/** An inline code span holding untrusted text (backticks cannot end it early). */
function slackCode(raw, max = FIELD_MAX) {
    return `\`${slackText(raw.replace(/`/g, "'"), max, true)}\``;
}
/** A link's target: http(s) only, with `|` percent-encoded and `&` escaped as Slack requires. */
function slackUrl(url) {
    return webUrl(url)
        ?.replace(/\|/g, '%7C')
        .replace(/</g, '%3C')
        .replace(/>/g, '%3E')
        .replace(/&/g, '&amp;');
}
/** `<url|#12 title>`, the title escaped; plain text when the URL is not http(s). */
function issueLink(issue) {
    const label = slackText(`#${issue.number} ${issueTitle(issue)}`, TITLE_MAX, true);
    const url = slackUrl(issue.url);
    return url ? `<${url}|${label}>` : label;
}
const section = (text) => ({
    type: 'section',
    text: { type: 'mrkdwn', text: text.slice(0, SECTION_MAX) }
});
const field = (name, value) => ({
    type: 'mrkdwn',
    text: `*${name}*\n${value}`
});
const EMOJI = {
    'incident-opened': ':rotating_light:',
    'approval-needed': ':raised_hand:',
    recovered: ':large_green_circle:'
};
const OUTCOME_EMOJI = {
    remediated: ':white_check_mark:',
    failed: ':x:',
    'rolled-back': ':leftwards_arrow_with_hook:',
    'already-run': ':information_source:',
    recovered: ':large_green_circle:',
    'not-approved': ':hourglass:',
    refused: ':no_entry:'
};
/** The message for an event: pure, so every event type is tested without a network. */
function renderSlack(event) {
    const link = issueLink(event.issue);
    const title = issueTitle(event.issue);
    const context = {
        type: 'context',
        elements: [
            { type: 'mrkdwn', text: `OpsLoop · fingerprint ${slackCode(event.fingerprint, 80)}` }
        ]
    };
    const fallback = (text) => slackText(text, FALLBACK_MAX, true);
    switch (event.kind) {
        case 'incident-opened': {
            const severity = oneLine(event.severity) || 'unknown';
            const blocks = [
                section(`${EMOJI[event.kind]} *New incident* ${link}`),
                {
                    type: 'section',
                    fields: [
                        field('Severity', slackText(severity, 40, true)),
                        field('Triage', slackText(event.provider, 40, true)),
                        field('Proposed runbook', event.runbook ? slackCode(event.runbook) : 'none fits')
                    ]
                }
            ];
            const summary = event.summary ? slackText(event.summary, SUMMARY_MAX) : '';
            if (summary)
                blocks.push(section(summary));
            blocks.push(context);
            return {
                text: fallback(`New incident #${event.issue.number} (${severity}): ${title}`),
                blocks
            };
        }
        case 'approval-needed':
            return {
                text: fallback(`Approval needed for #${event.issue.number}: ${title}`),
                blocks: [
                    section(`${EMOJI[event.kind]} *Approval needed* on ${link}`),
                    section(`Runbook ${slackCode(event.runbook)}, plan ${slackCode(shortDigest(event.planDigest))}.\nWho may approve: ${slackText(event.whoMayApprove, 500, true)}.\nReview the plan and approve it on the GitHub issue.`),
                    context
                ]
            };
        case 'remediation-result': {
            const phrase = OUTCOME_PHRASES[event.outcome];
            const lines = [`Runbook ${slackCode(event.runbook)}: ${slackText(event.detail, 500, true)}`];
            if (event.approvers.length > 0)
                lines.push(`Approved by ${slackText(event.approvers.map((a) => oneLine(a)).join(', '), 300, true)}`);
            const run = event.runUrl ? slackUrl(event.runUrl) : undefined;
            if (run)
                lines.push(`<${run}|Workflow run>`);
            return {
                text: fallback(`${phrase}: #${event.issue.number} ${title}`),
                blocks: [
                    section(`${OUTCOME_EMOJI[event.outcome]} *${phrase}* on ${link}`),
                    section(lines.join('\n')),
                    context
                ]
            };
        }
        case 'recovered': {
            const what = event.alarm ? `${slackCode(event.alarm)} is back to OK.` : 'Back to OK.';
            const issue = event.closed ? 'The issue was closed.' : 'The issue stays open for review.';
            return {
                text: fallback(`Recovered: #${event.issue.number} ${title}`),
                blocks: [
                    section(`${EMOJI[event.kind]} *Recovered* ${link}`),
                    section(`${what} ${issue}`),
                    context
                ]
            };
        }
    }
}
const SLACK_API_URL = 'https://slack.com/api';
/** Slack's error codes are snake_case words; anything else in a body is not repeated. */
const errorCode = (value) => typeof value === 'string' && /^[a-z0-9_]{1,64}$/.test(value) ? value : undefined;
function slackSecrets(target) {
    if ('webhookUrl' in target) {
        const out = [target.webhookUrl];
        try {
            const url = new URL(target.webhookUrl);
            if (url.pathname.length > 1)
                out.push(url.pathname + url.search);
        }
        catch {
            // An unparseable URL is listed whole above.
        }
        return out;
    }
    return [target.token];
}
function slackNotifier(target, options = {}) {
    const secrets = slackSecrets(target);
    const name = 'webhookUrl' in target
        ? `Slack (incoming webhook on ${hostOf(target.webhookUrl)})`
        : `Slack (chat.postMessage to ${oneLine(target.channel)})`;
    const post = async (message) => {
        const payload = { ...message, unfurl_links: false, unfurl_media: false };
        if ('webhookUrl' in target) {
            const response = await exchange({ method: 'POST', url: target.webhookUrl, headers: {}, json: payload }, options);
            if (response.status !== 200) {
                const code = errorCode(response.text.trim());
                throw new NotifyError(`HTTP ${response.status}${code ? ` ${code}` : ''}`, response.status);
            }
            return 'posted';
        }
        const base = (target.apiUrl ?? SLACK_API_URL).replace(/\/+$/, '');
        const response = await exchange({
            method: 'POST',
            url: `${base}/chat.postMessage`,
            headers: { authorization: `Bearer ${target.token}` },
            json: { channel: target.channel, ...payload }
        }, options);
        let body = {};
        try {
            body = JSON.parse(response.text);
        }
        catch {
            // Not JSON (a proxy's error page): the status says enough.
        }
        if (response.status !== 200) {
            const code = errorCode(body.error);
            throw new NotifyError(`HTTP ${response.status}${code ? ` ${code}` : ''}`, response.status);
        }
        // The Web API reports failures as HTTP 200 with ok: false.
        if (body.ok !== true)
            throw new NotifyError(`Slack error ${errorCode(body.error) ?? 'unknown'}`, response.status);
        return 'posted';
    };
    return {
        target: name,
        async send(event) {
            try {
                return await post(renderSlack(event));
            }
            catch (error) {
                const message = error instanceof Error ? error.message : String(error);
                throw new NotifyError(redact(message, secrets), error instanceof NotifyError ? error.status : undefined);
            }
        }
    };
}
/** The host of a URL (never its path, which for a webhook is the secret). */
function hostOf(url) {
    try {
        return new URL(url).host;
    }
    catch {
        return 'an invalid URL';
    }
}

// Optional notifications: the action's inputs become a plain config (config.ts: validated, with
// errors that say what to fix and never repeat a secret), the config becomes notifiers, and notifyAll sends
// one event to all of them at once. A notification is a courtesy: a failure becomes one warning
// line naming the target and what went wrong, and never fails the incident's handling.
/**
 * Every secret value in the config, for `core.setSecret`: tokens, the webhook URL and its path,
 * and the Basic credential as sent (so a logged header would be masked too).
 */
function notifySecrets(config) {
    const all = [
        ...(config.slack ? slackSecrets(config.slack) : []),
        ...(config.jira ? jiraSecrets(config.jira) : [])
    ];
    return [...new Set(all.filter((s) => s !== ''))];
}
/**
 * The configured notifiers (none for an empty config). Create them once per run and reuse them
 * for every event: the Jira notifier remembers the issues it created, which Jira's search may
 * not show for a few seconds.
 */
function createNotifiers(config, options = {}) {
    const http = { ...options, timeoutMs: config.timeoutMs ?? DEFAULT_TIMEOUT_MS };
    const out = [];
    if (config.slack)
        out.push(slackNotifier(config.slack, http));
    if (config.jira)
        out.push(jiraNotifier(config.jira, http));
    return out;
}
/**
 * Sends the event to every notifier in parallel. Never throws: each failure is reported through
 * `warn` as one line naming the target, the event and the reason (a status, a Slack error code),
 * which never holds a secret. Resolves to one Delivery per notifier, in order.
 */
async function notifyAll(notifiers, event, warn) {
    return Promise.all(notifiers.map(async (notifier) => {
        try {
            return { target: notifier.target, ok: true, detail: await notifier.send(event) };
        }
        catch (error) {
            const reason = error instanceof NotifyError
                ? error.message
                : truncate(oneLine(error instanceof Error ? error.message : String(error)), 300);
            try {
                warn(`${notifier.target}: the ${event.kind} notification for #${event.issue.number} was not delivered: ${reason}`);
            }
            catch {
                // A failing logger must not turn a notification into a failed run either.
            }
            return { target: notifier.target, ok: false, detail: reason };
        }
    }));
}

export { NotifyError, SLACK_API_URL, createNotifiers, notifyAll, notifySecrets };
