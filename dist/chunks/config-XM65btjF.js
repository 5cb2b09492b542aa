import { t as truncate$1, o as oneLine$1, n as neutralizeMarkers, s as stripControls } from './untrusted-DwwMYKYb.js';

// Untrusted text on its way to Slack or Jira: control characters stripped, `<!--` and `-->` made
// inert, bounded by code points (a cut never splits a surrogate pair), and on one line where a
// line is all there is. The policy itself lives in `text/untrusted.ts`.
/**
 * Text without control characters (tabs become spaces, CR LF becomes LF, broken UTF-16 `�`) and
 * with `<!--` and `-->` made inert.
 */
function clean(text) {
    return neutralizeMarkers(stripControls(text));
}
/** Clean text on one line, whitespace runs collapsed. */
function oneLine(text) {
    return oneLine$1(text);
}
/** At most `max` code points; a cut text ends with `…` (counted). */
function truncate(text, max) {
    return truncate$1(text, max);
}
/** A title for display: the issue's title, else `Incident #N`. */
function issueTitle(issue) {
    const title = oneLine(issue.title ?? '');
    return title === '' ? `Incident #${issue.number}` : title;
}
/** An http(s) URL as a string, or undefined for anything else (javascript:, data:, garbage). */
function webUrl(value) {
    try {
        const url = new URL(value);
        return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
    }
    catch {
        return undefined;
    }
}

// The notification inputs as a plain, validated config: which Slack and Jira targets, with
// errors that say what to fix and never repeat a secret. Apart from the notifiers (notify.ts), so
// that reading a job's inputs at start-up does not load the Slack and Jira clients.
/** A project key as Jira allows them (it also goes into JQL, quoted). */
const PROJECT_KEY = /^[A-Z][A-Z0-9_]{1,254}$/;
/** The action inputs parseNotifyConfig reads; every one is optional. */
const NOTIFY_INPUTS = [
    'slack-webhook-url',
    'slack-bot-token',
    'slack-channel',
    'slack-api-url',
    'jira-base-url',
    'jira-email',
    'jira-api-token',
    'jira-token',
    'jira-project',
    'jira-issue-type',
    'jira-done-transition',
    'notify-timeout'
];
const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);
/**
 * An https URL (http only on loopback, for local stand-ins). `secret` inputs are never repeated
 * in errors: an incoming webhook's URL is its credential.
 */
function webInput(name, value, secret) {
    let url;
    try {
        url = new URL(value);
    }
    catch {
        const shown = !secret && /^[\w.:/-]{1,200}$/.test(value) ? `, got ${JSON.stringify(value)}` : '';
        throw new Error(`\`${name}\` must be an https URL${shown}.`);
    }
    // Errors show scheme, host and path only: a user name, password or query may hold a secret.
    const shown = secret
        ? ''
        : `, got ${JSON.stringify(`${url.protocol}//${url.host}${url.pathname}`)}`;
    const local = url.protocol === 'http:' && LOOPBACK.has(url.hostname);
    if (url.protocol !== 'https:' && !local)
        throw new Error(`\`${name}\` must be an https URL${shown}.`);
    if (url.username || url.password)
        throw new Error(`\`${name}\` must not hold a user name or password; credentials have inputs of their own.`);
    return url;
}
function slackConfig(get) {
    const webhookUrl = get('slack-webhook-url');
    const token = get('slack-bot-token');
    const channel = get('slack-channel');
    const apiUrl = get('slack-api-url');
    if (webhookUrl && token)
        throw new Error('Set either `slack-webhook-url` (an incoming webhook) or `slack-bot-token` with `slack-channel`, not both.');
    if (webhookUrl) {
        if (channel)
            throw new Error('`slack-channel` applies only with `slack-bot-token`: an incoming webhook posts to the channel it was created for.');
        webInput('slack-webhook-url', webhookUrl, true);
        return { webhookUrl };
    }
    if (token) {
        if (/^https?:/i.test(token))
            throw new Error('`slack-bot-token` holds a URL; an incoming webhook URL goes in `slack-webhook-url`.');
        if (!/^xox[a-z]-[A-Za-z0-9-]+$/.test(token))
            throw new Error('`slack-bot-token` must be a Slack token (xoxb-…) from your Slack app.');
        if (!channel)
            throw new Error('`slack-channel` is required with `slack-bot-token`: a channel ID such as C0123456789 (the app must be in the channel).');
        if (!/^#?[A-Za-z0-9._-]{1,80}$/.test(channel))
            throw new Error(`\`slack-channel\` must be a channel ID such as C0123456789 or a channel name, got ${JSON.stringify(channel)}.`);
        if (apiUrl)
            webInput('slack-api-url', apiUrl, false);
        return { token, channel, ...(apiUrl ? { apiUrl: apiUrl.replace(/\/+$/, '') } : {}) };
    }
    if (channel)
        throw new Error('`slack-channel` needs `slack-bot-token` (or use `slack-webhook-url`).');
    if (apiUrl)
        throw new Error('`slack-api-url` needs `slack-bot-token`.');
    return undefined;
}
function jiraConfig(get) {
    const names = [
        'jira-base-url',
        'jira-email',
        'jira-api-token',
        'jira-token',
        'jira-project',
        'jira-issue-type',
        'jira-done-transition'
    ];
    if (names.every((n) => get(n) === ''))
        return undefined;
    const baseUrl = get('jira-base-url');
    if (!baseUrl)
        throw new Error('`jira-base-url` is required for Jira notifications: your site, such as https://acme.atlassian.net.');
    const url = webInput('jira-base-url', baseUrl, false);
    if (url.search || url.hash)
        throw new Error('`jira-base-url` must not have a query or fragment.');
    const cloud = url.hostname.endsWith('.atlassian.net');
    if (cloud && url.pathname.replace(/\/+$/, '') !== '')
        throw new Error(`\`jira-base-url\` must be the site root for Jira Cloud, such as https://${url.host}, got ${JSON.stringify(`${url.origin}${url.pathname}`)}.`);
    const email = get('jira-email');
    const apiToken = get('jira-api-token');
    const token = get('jira-token');
    let auth;
    if (apiToken && token)
        throw new Error('Set either `jira-email` with `jira-api-token` (Jira Cloud) or `jira-token` (a Jira Data Center personal access token), not both.');
    if (token) {
        if (email)
            throw new Error('`jira-email` goes with `jira-api-token` (Jira Cloud); a Data Center `jira-token` needs no e-mail.');
        if (cloud)
            throw new Error('`jira-token` is a Jira Data Center personal access token; Jira Cloud (atlassian.net) needs `jira-email` and `jira-api-token`.');
        auth = { token };
    }
    else if (apiToken) {
        if (!email)
            throw new Error('`jira-api-token` needs `jira-email`: the Atlassian account the token belongs to.');
        if (!/^[^\s@]+@[^\s@]+$/.test(email))
            throw new Error(`\`jira-email\` must be an e-mail address, got ${JSON.stringify(email)}.`);
        auth = { email, apiToken };
    }
    else if (email) {
        throw new Error('`jira-email` needs `jira-api-token`, an API token of that Atlassian account.');
    }
    else {
        throw new Error('Jira notifications need credentials: `jira-email` and `jira-api-token` for Jira Cloud, or `jira-token` (a personal access token) for Jira Data Center.');
    }
    const project = get('jira-project').toUpperCase();
    if (!project)
        throw new Error('`jira-project` is required for Jira notifications: a project key such as OPS.');
    if (!PROJECT_KEY.test(project))
        throw new Error(`\`jira-project\` must be a project key such as OPS (a letter, then letters, digits or underscores), got ${JSON.stringify(get('jira-project'))}.`);
    const issueType = oneLine(get('jira-issue-type')) || 'Task';
    if (issueType.length > 60)
        throw new Error('`jira-issue-type` must be the name of an issue type, such as Task or Incident.');
    const doneTransition = oneLine(get('jira-done-transition'));
    if (doneTransition.length > 60)
        throw new Error('`jira-done-transition` must be the name of a transition, such as Done.');
    return {
        baseUrl: url.href.replace(/\/+$/, ''),
        project,
        issueType,
        auth,
        ...(doneTransition ? { doneTransition } : {})
    };
}
/**
 * The notification config from the action's inputs (names as in NOTIFY_INPUTS; missing or empty
 * means unset). No input set means no notifiers. Throws on the first problem, naming the input.
 */
function parseNotifyConfig(inputs) {
    const get = (name) => (inputs[name] ?? '').trim();
    const slack = slackConfig(get);
    const jira = jiraConfig(get);
    const timeout = get('notify-timeout');
    let timeoutMs;
    if (timeout) {
        const seconds = Number(timeout);
        if (!Number.isInteger(seconds) || seconds < 1 || seconds > 120)
            throw new Error(`\`notify-timeout\` must be a whole number of seconds from 1 to 120, got ${JSON.stringify(timeout)}.`);
        timeoutMs = seconds * 1000;
    }
    return {
        ...(slack ? { slack } : {}),
        ...(jira ? { jira } : {}),
        ...(timeoutMs !== undefined ? { timeoutMs } : {})
    };
}

export { NOTIFY_INPUTS as N, PROJECT_KEY as P, clean as c, issueTitle as i, oneLine as o, parseNotifyConfig as p, truncate as t, webUrl as w };
