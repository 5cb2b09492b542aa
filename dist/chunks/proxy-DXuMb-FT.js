/** The first of the variables that is set and not blank, with its name. */
function read(env, names) {
    for (const name of names) {
        const value = env[name]?.trim();
        if (value)
            return { name, value };
    }
    return undefined;
}
const SCHEME = /^[a-z][a-z0-9+.-]*:\/\//i;
/** A proxy URL as it may be shown: any user name and password become `***`. */
function masked(value) {
    const at = value.lastIndexOf('@');
    if (at < 0)
        return value;
    const scheme = SCHEME.exec(value)?.[0] ?? '';
    return `${scheme}***@${value.slice(at + 1)}`;
}
/** A proxy URL for the clients (scheme, credentials, host and port) or an Error to act on. */
function proxyUrl(name, value) {
    const withScheme = SCHEME.test(value) ? value : `http://${value}`;
    const shown = JSON.stringify(masked(value).slice(0, 200));
    const expected = 'expected http://host:port or https://host:port, with user:password@ before the host if the proxy needs them (percent-encode special characters)';
    let url;
    try {
        url = new URL(withScheme);
    }
    catch {
        throw new Error(`${name} is not a valid proxy URL (${shown}): ${expected}.`);
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:')
        throw new Error(`${name} (${shown}) uses ${url.protocol.slice(0, -1)}, which OpsLoop does not support: ${expected}.`);
    if (url.hostname === '')
        throw new Error(`${name} (${shown}) names no host: ${expected}.`);
    const credentials = url.username || url.password ? `${url.username}:${url.password}@` : '';
    return `${url.protocol}//${credentials}${url.host}`;
}
/**
 * The proxy settings in `env` (pass process.env, or a test's own), or undefined when no proxy is
 * set (NO_PROXY alone changes nothing). Throws an Error naming the variable, with any credentials
 * masked, when a proxy URL is unusable.
 */
function proxySettings(env) {
    const http = read(env, ['http_proxy', 'HTTP_PROXY']);
    const https = read(env, ['https_proxy', 'HTTPS_PROXY']);
    if (!http && !https)
        return undefined;
    const noProxy = read(env, ['no_proxy', 'NO_PROXY']);
    const entries = noProxy?.value.split(/[,\s]+/).filter((e) => e !== '') ?? [];
    return {
        ...(http ? { httpProxy: proxyUrl(http.name, http.value) } : {}),
        ...(https ? { httpsProxy: proxyUrl(https.name, https.value) } : {}),
        ...(entries.length > 0 ? { noProxy: entries.join(',') } : {})
    };
}
const DEFAULT_PORTS = { 'http:': 80, 'https:': 443 };
/** Whether NO_PROXY sends `target` direct: undici's EnvHttpProxyAgent matching, line for line. */
function bypassesProxy(noProxy, target) {
    const value = noProxy ?? '';
    const entries = value
        .split(/[,\s]/)
        .filter((entry) => entry !== '')
        .map((entry) => {
        const parsed = /^(.+):(\d+)$/.exec(entry);
        return {
            hostname: (parsed?.[1] ?? entry).replace(/^\*?\./, '').toLowerCase(),
            port: parsed?.[2] ? Number.parseInt(parsed[2], 10) : 0
        };
    });
    if (entries.length === 0)
        return false;
    if (value === '*')
        return true;
    // From `host` rather than `hostname`, so that IPv6 addresses keep their brackets.
    const hostname = target.host.replace(/:\d*$/, '').toLowerCase();
    const port = Number.parseInt(target.port, 10) || DEFAULT_PORTS[target.protocol] || 0;
    return entries.some((entry) => (entry.port === 0 || entry.port === port) &&
        (hostname === entry.hostname || hostname.endsWith(`.${entry.hostname}`)));
}
/** The proxy URL a request to `target` goes through, or undefined when it goes direct. */
function proxyFor(settings, target) {
    const url = typeof target === 'string' ? new URL(target) : target;
    if (bypassesProxy(settings.noProxy, url))
        return undefined;
    if (url.protocol === 'https:')
        return settings.httpsProxy ?? settings.httpProxy;
    if (url.protocol === 'http:')
        return settings.httpProxy;
    return undefined;
}
/** A proxy URL for a log line: scheme, host and port; credentials become `***`. */
function redactProxyUrl(url) {
    try {
        const parsed = new URL(url);
        return `${parsed.protocol}//${parsed.username || parsed.password ? '***@' : ''}${parsed.host}`;
    }
    catch {
        return masked(url);
    }
}
/**
 * One line for the action's log, e.g. `Using proxy http://proxy:3128 for GitHub, AWS, Slack and
 * Jira (NO_PROXY: localhost,.internal)`. Holds no credentials.
 */
function proxyLogLine(settings, clients = 'GitHub, AWS, Slack and Jira') {
    const { httpProxy, httpsProxy } = settings;
    const noProxy = settings.noProxy ? ` (NO_PROXY: ${settings.noProxy})` : '';
    if (httpsProxy && httpProxy && httpsProxy !== httpProxy)
        return `Using proxy ${redactProxyUrl(httpsProxy)} for https:// and ${redactProxyUrl(httpProxy)} for http:// requests of ${clients}${noProxy}`;
    if (httpsProxy && !httpProxy)
        return `Using proxy ${redactProxyUrl(httpsProxy)} for https:// requests of ${clients}, http:// ones go direct${noProxy}`;
    return `Using proxy ${redactProxyUrl(httpProxy ?? httpsProxy ?? '')} for ${clients}${noProxy}`;
}
/**
 * fetch through the proxy: undici's fetch with an EnvHttpProxyAgent given these settings (never
 * process.env). Pass it where a client takes `fetch` (Octokit's `request.fetch`, the notifiers'
 * HttpOptions). It takes URLs (strings or URL objects), as those clients pass them, not Requests.
 */
async function proxiedFetch(settings) {
    const undici = await import('./index-Bmf9Cna9.js').then(function (n) { return n.i; });
    const dispatcher = new undici.EnvHttpProxyAgent({
        // Empty strings, not undefined: undefined makes undici read process.env. An empty
        // httpsProxy falls back to the http proxy, an empty httpProxy means direct.
        httpProxy: settings.httpProxy ?? '',
        httpsProxy: settings.httpsProxy ?? '',
        noProxy: settings.noProxy ?? '',
        // http:// URLs as absolute-form requests rather than CONNECT tunnels, as curl and
        // http-proxy-agent send them (proxies often allow CONNECT to port 443 only).
        proxyTunnel: false
    });
    const proxied = (input, init) => {
        // A global Request would reach undici's fetch as a string; only URLs are taken.
        if (typeof input !== 'string' && !(input instanceof URL))
            return Promise.reject(new TypeError('The proxied fetch takes a URL (a string or a URL), not a Request.'));
        // undici's own Response class stands in for the global one: the same API, another class.
        // eslint-disable-next-line @typescript-eslint/no-unsafe-class-instance-assignment
        return undici.fetch(input, { ...init, dispatcher });
    };
    return proxied;
}
/**
 * An AWS SDK v3 request handler (`requestHandler`) whose requests go through the proxy, except
 * those NO_PROXY sends direct. It speaks HTTP/1.1: Bedrock Runtime, which defaults to HTTP/2,
 * works through it for Converse (node:http2 cannot go through an HTTP proxy).
 */
async function awsRequestHandler(settings, options = {}) {
    // One after another: jest's ESM loader (the tests) fails modules that share imports (`net`)
    // when they load in parallel; in the action it makes no difference.
    const { NodeHttpHandler } = await import('./index-BRjauJ19.js');
    const { Agent } = await import('./index-C7Q5Jg61.js');
    const { HttpProxyAgent } = await import('./index-D5iWMrAc.js');
    const { HttpsProxyAgent } = await import('./index-BgtxkJl8.js');
    const http = await import('node:http');
    const https = await import('node:https');
    // The SDK gives its handler one agent per scheme, and the proxy agents send everything they
    // are given through the proxy: neither library reads NO_PROXY. This agent decides per request
    // and hands the request to the direct or the proxy agent (agent-base lets connect() return
    // another agent; proxy-agent's ProxyAgent works this way, without its PAC and SOCKS weight).
    class ProxyRouter extends Agent {
        secure;
        direct;
        proxied;
        constructor(secure, direct, proxied) {
            super();
            this.secure = secure;
            this.direct = direct;
            this.proxied = proxied;
            // Set, not guessed: agent-base would otherwise look for node:https on the call stack.
            this.protocol = secure ? 'https:' : 'http:';
            this.defaultPort = secure ? 443 : 80;
        }
        isSecureEndpoint() {
            return this.secure;
        }
        connect(_req, opts) {
            const host = opts.host ?? 'localhost';
            const bracketed = host.includes(':') && !host.startsWith('[') ? `[${host}]` : host;
            const target = new URL(`${this.protocol}//${bracketed}`);
            if (opts.port !== undefined)
                target.port = String(opts.port);
            return proxyFor(settings, target) !== undefined && this.proxied ? this.proxied : this.direct;
        }
        destroy() {
            this.direct.destroy();
            this.proxied?.destroy();
            super.destroy();
        }
    }
    // As the handler's own agents: keep-alive, 50 sockets per origin.
    const agentOptions = { keepAlive: true, maxSockets: 50 };
    const httpsVia = settings.httpsProxy ?? settings.httpProxy;
    return new NodeHttpHandler({
        ...options,
        httpAgent: new ProxyRouter(false, new http.Agent(agentOptions), settings.httpProxy ? new HttpProxyAgent(settings.httpProxy, agentOptions) : undefined),
        httpsAgent: new ProxyRouter(true, new https.Agent(agentOptions), httpsVia ? new HttpsProxyAgent(httpsVia, agentOptions) : undefined)
    });
}

export { awsRequestHandler, bypassesProxy, proxiedFetch, proxyFor, proxyLogLine, proxySettings, redactProxyUrl };
