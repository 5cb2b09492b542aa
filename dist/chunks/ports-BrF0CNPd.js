// Secret redaction. Incident text (alarm reasons, log lines, metric labels, event JSON) goes to a
// model and into GitHub issues, so credentials are stripped here, once, before either sees it.
// One Redactor per run keeps placeholders stable across fields and log lines: "the same key was
// rejected 40 times" stays visible without showing the key.
//
// Every pattern must stay linear on hostile input (a 1 MB log line is ordinary):
// - a match that starts with a run (`[A-Za-z0-9._%+-]+@…`) has a lookbehind on the same class, so a
//   run is scanned from its start only, not once from every offset inside it;
// - separators, prefixes and quotes are bounded (`[ \t]{0,8}`), so adjacent optional parts cannot
//   split one run of spaces in quadratically many ways;
// - alternations inside loops are disjoint (`[^"\\]|\\.`), so a loop never has two ways to match.
// Text already replaced by a placeholder is cut out before each pattern runs, so nothing is
// redacted twice and later patterns never see (or straddle) an earlier replacement.
// `[REDACTED:kind#n]`: no backtick, quote, `@`, `=` or `/`, so it is safe in Markdown code spans
// and no pattern can take it for a secret, a separator or a URL.
const PLACEHOLDER = /\[REDACTED:[a-z0-9-]+#\d+\]/g;
const HAS_PLACEHOLDER = /\[REDACTED:[a-z0-9-]+#\d+\]/;
const rx = (source, flags = '') => new RegExp(source, `gd${flags}`);
/** An optional quote, possibly escaped (`\"` in JSON logged inside a JSON string). */
const Q = String.raw `(?:\\{0,3}["'])?`;
/** Between a key and its value: `=`, `:`, `:=`, `=>`, with quotes and a few blanks around. */
const SEP = String.raw `${Q}[ \t]{0,8}(?:=>|:=|[:=])[ \t]{0,8}`;
/**
 * An assigned value: a JSON string (escapes allowed), a string escaped inside a JSON string (ends
 * at the next `\"`), a single-quoted string, or a bare word up to whitespace, quote, `,`, `;`, `&`.
 * A bare word does not start with a bracket or backslash: `"secret": {` is not a value.
 */
const VALUE = String.raw `(?:"(?<secret>(?:[^"\\\r\n]|\\.)+)|\\{1,3}"(?<secret2>(?:[^"\\\r\n]|\\[^"\r\n])+)|\\{0,3}'(?<secret3>[^'\r\n]+)|(?<secret4>[^\s"'${'`'},;&\\[{(<][^\s"'${'`'},;&]*))`;
/** Key names whose value is a secret; any prefix (`DB_`, `x-`, `client_`, `aws_`) may precede. */
const SECRET_KEY = String.raw `passw(?:or)?d|passphrase|pwd|secret(?:[_.-]?(?:access[_.-]?)?key|[_.-]?string)?|token|api[_.-]?key|private[_.-]?key`;
/** Masks, empty strings and references to a secret held elsewhere are not secrets. */
const BENIGN = /^(?:\s*|\*+|x{3,}|•+|true|false|null|nil|none|undefined|redacted|masked|hidden|<[^<>]*>|%[A-Za-z_]+%|\$[A-Za-z_][A-Za-z0-9_]*|(?:\$\{|\$\(|\{\{|arn:).*)$/is;
const isBenign = (value) => BENIGN.test(value);
/** True when the match sits inside an ARN: `…:secret:prod/db-AbCd` names a secret, it is not one. */
const inArn = (m) => /arn:[^\s"'`]*$/.test(m.input.slice(Math.max(0, m.index - 256), m.index));
// AWS and other APIs page with `NextToken` and friends: opaque, but not credentials.
const PAGINATION = /(?:next|page|continuation|pagination|sync|marker)[_.-]?$/i;
const isPaginationKey = (prefix, label) => /^token$/i.test(label) && PAGINATION.test(prefix);
const DB_SCHEMES = new Set([
    'postgres',
    'postgresql',
    'mysql',
    'mariadb',
    'mongodb',
    'mongodb+srv',
    'redis',
    'rediss',
    'amqp',
    'amqps',
    'mssql',
    'sqlserver',
    'oracle',
    'cockroachdb',
    'clickhouse',
    'neo4j',
    'neo4j+s',
    'couchdb',
    'memcached'
]);
/** A `Password=` that belongs to a connection string: `;`-separated, or a JDBC URL parameter. */
function inConnectionString(m, end) {
    const before = m.input.slice(Math.max(0, m.index - 512), m.index);
    if (/;[ \t]*$/.test(before))
        return true;
    if (/[?&]$/.test(before) && /jdbc:[^\s"'`]*$/.test(before))
        return true;
    return /^["'}]?[ \t]*;/.test(m.input.slice(end, end + 16));
}
const PEM_LABEL = String.raw `(?:[A-Z0-9]+ ){0,3}PRIVATE KEY(?: BLOCK)?`;
const AWS_SECRET_VALUE = String.raw `(?<secret>[A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])`;
// Order matters: whole blocks and exact token shapes first, so a token gets its own kind wherever
// it appears (`Authorization: Bearer ghp_…` is a github-token); then URLs and connection strings,
// which keep their scheme, user and host; then labelled values; generic assignments and e-mail last.
const BUILT_IN = [
    {
        kind: 'private-key',
        // The body may not contain `-----`, so a BEGIN without an END costs one scan to the next marker.
        re: rx(String.raw `-----BEGIN ${PEM_LABEL}-----(?:[^-]|-(?!----))*?-----END ${PEM_LABEL}-----`)
    },
    {
        kind: 'private-key',
        // A key cut off by a log truncation: the header and the base64 that follows.
        re: rx(String.raw `-----BEGIN ${PEM_LABEL}-----(?:[A-Za-z0-9+/=\s]|\\[nr])*`)
    },
    {
        kind: 'jwt',
        re: rx(String.raw `(?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*`)
    },
    {
        kind: 'github-token',
        // 36 base62 characters today (the last 6 a checksum); fine-grained PATs are 22 + 59.
        re: rx(String.raw `(?<![A-Za-z0-9_])(?:gh[pousr]_[A-Za-z0-9]{36,}|github_pat_[A-Za-z0-9]{22,}_[A-Za-z0-9]{50,})(?![A-Za-z0-9_])`)
    },
    {
        kind: 'api-key',
        re: rx([
            String.raw `sk-ant-[A-Za-z0-9_-]{20,}`, // Anthropic, before OpenAI's `sk-`
            String.raw `sk-(?:proj|svcacct|admin)-[A-Za-z0-9_-]{20,}`, // OpenAI project and service keys
            String.raw `sk-[A-Za-z0-9_-]{20,}T3BlbkFJ[A-Za-z0-9_-]{20,}`, // OpenAI: base64 of "OpenAI"
            String.raw `sk-[A-Za-z0-9]{48}`, // OpenAI, legacy
            String.raw `xox(?:[baprs]|e\.xox[bp]|e)-[A-Za-z0-9-]{10,}`, // Slack
            String.raw `xapp-\d-[A-Za-z0-9-]{10,}`, // Slack app-level
            String.raw `(?:sk|rk)_(?:live|test)_[A-Za-z0-9]{10,}`, // Stripe secret and restricted
            String.raw `whsec_[A-Za-z0-9]{20,}`, // Stripe webhook signing secret
            String.raw `AIza[0-9A-Za-z_-]{35}`, // Google
            String.raw `SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}`, // SendGrid
            String.raw `SK[0-9a-f]{32}`, // Twilio API key
            String.raw `npm_[A-Za-z0-9]{36}`, // npm
            String.raw `glpat-[A-Za-z0-9_-]{20,}` // GitLab
        ]
            .map((source) => `(?<![A-Za-z0-9_.-])${source}(?![A-Za-z0-9_-])`)
            .join('|'))
    },
    {
        kind: 'api-key',
        // Slack incoming webhook: whoever has the URL can post.
        re: rx(String.raw `hooks\.slack\.com/services/(?<secret>T[A-Z0-9]{6,}/B[A-Z0-9]{6,}/[A-Za-z0-9]{16,})`)
    },
    {
        kind: 'aws-session-token',
        // STS tokens begin with a few known base64 prefixes ("\x21\n\torigin", "…er/aws").
        re: rx(String.raw `(?<![A-Za-z0-9/+=%])(?:IQoJb3JpZ2lu|AQoJb3JpZ2lu|AgoJb3JpZ2lu|FwoGZXIvYXdz|AQoDYXdz)[A-Za-z0-9/+=%]{40,}`)
    },
    {
        kind: 'aws-secret-key',
        // A 40-character value right after an access key id (credentials.csv, `id:secret` pairs).
        re: rx(String.raw `(?<![A-Za-z0-9])(?:AKIA|ASIA)[A-Z0-9]{16}["']?[ \t]{0,4}[,;:|\t ][ \t]{0,4}["']?${AWS_SECRET_VALUE}`)
    },
    {
        kind: 'aws-access-key',
        re: rx(String.raw `(?<![A-Za-z0-9])(?:AKIA|ASIA|ABIA|ACCA|AGPA|AIDA|AIPA|ANPA|ANVA|APKA|AROA|ASCA)[A-Z0-9]{16}(?![A-Za-z0-9])`)
    },
    {
        // scheme://user:password@host: only the password goes. The password runs to the last `@`
        // before the path, so an unencoded `@` in it does not leak the rest.
        kind: (g) => {
            const scheme = (g.scheme ?? '').toLowerCase();
            return DB_SCHEMES.has(scheme) ? 'connection-string-password' : 'url-password';
        },
        re: rx(String.raw `(?<![A-Za-z0-9+.-])(?<scheme>[A-Za-z][A-Za-z0-9+.-]*)://(?<user>[^\s:/?#"'<>${'`'}]*):(?<secret>[^\s/?#"'<>${'`'}]+)@`),
        skip: (_m, secret) => isBenign(secret)
    },
    {
        kind: 'connection-string-password',
        // ADO.NET/ODBC `Server=…;Password=…;`, JDBC `;password=` and `?password=`. A bare value may
        // hold spaces when a `;` ends it; quoted and `{braced}` values run to their closing mark.
        re: rx(String.raw `(?<![A-Za-z0-9_.-])(?:password|pwd)[ \t]{0,4}=[ \t]{0,4}(?:"(?<secret>[^"\r\n]+)|'(?<secret2>[^'\r\n]+)|\{(?<secret3>[^}\r\n]+)|(?<secret4>[^;\s"'{&](?:[^;\r\n&]*[^;\s&])?)(?=[ \t]*;)|(?<secret5>[^;\s"'{&]+))`, 'i'),
        skip: (m, secret, end) => isBenign(secret) ||
            !inConnectionString(m, end) ||
            (/^pwd/i.test(m[0]) && /^[/~]/.test(secret))
    },
    {
        kind: 'aws-secret-key',
        // Only next to a key name: a bare 40-character base64 word is as likely a hash or an id.
        re: rx(String.raw `(?<![A-Za-z0-9])(?<!client[_.-]?)(?:aws[_.-]?)?secret(?:[_.-]?access)?(?:[_.-]?key)?${SEP}${Q}${AWS_SECRET_VALUE}`, 'i'),
        skip: (m) => inArn(m)
    },
    {
        kind: 'aws-session-token',
        re: rx(String.raw `(?<![A-Za-z0-9])(?:aws[_.-]?|x-amz-)?(?:session|security)[_.-]?token${SEP}${Q}(?<secret>[A-Za-z0-9/+=%]{16,})`, 'i')
    },
    {
        kind: (g) => ((g.scheme ?? '').toLowerCase() === 'basic' ? 'basic-auth' : 'bearer-token'),
        // The scheme stays: "Bearer [REDACTED…]" still says how the caller authenticated.
        re: rx(String.raw `(?<![A-Za-z0-9_-])(?:proxy-)?authorization${SEP}${Q}(?<scheme>bearer|basic|token|bot)[ \t]{1,4}(?<secret>[A-Za-z0-9._~+/-]+=*)`, 'i')
    },
    {
        kind: 'bearer-token',
        // "Bearer <token>" outside a header; long enough that prose ("bearer bonds") does not match.
        re: rx(String.raw `(?<![A-Za-z0-9_-])[Bb]earer[ \t]{1,4}(?<secret>[A-Za-z0-9._~+/-]{16,}=*)(?![A-Za-z0-9._~+/=-])`)
    },
    {
        kind: 'api-key',
        // Datadog keys are plain hex, so only when labelled: 32 (API) or 40 (application) digits.
        re: rx(String.raw `(?<![A-Za-z0-9])(?:dd|datadog)[_.-]?(?:api|app(?:lication)?)[_.-]?key${SEP}${Q}(?<secret>[a-f0-9]{40}|[a-f0-9]{32})(?![A-Za-z0-9])`, 'i')
    },
    {
        kind: 'password-assignment',
        // The prefix is lazy and bounded, and may only start a word, so each word costs at most 41 tries.
        // A key after `/` is a path or repository name (`acme/secret: not found`), not an assignment.
        re: rx(String.raw `(?<![A-Za-z0-9_./-])(?<prefix>[A-Za-z0-9_.-]{0,40}?)(?<label>${SECRET_KEY})${SEP}${VALUE}`, 'i'),
        skip: (m, secret) => {
            const label = m.groups?.label ?? '';
            return (isBenign(secret) ||
                inArn(m) ||
                isPaginationKey(m.groups?.prefix ?? '', label) ||
                // `PWD=/home/runner/work` is the working directory.
                (/^pwd$/i.test(label) && /^[/~]/.test(secret)));
        }
    }
];
const EMAIL = {
    kind: 'email',
    re: rx(String.raw `(?<![A-Za-z0-9._%+-])(?<local>[A-Za-z0-9._%+-]+)@(?<domain>(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,63})(?![A-Za-z0-9-])`),
    // `git@github.com` and `ec2-user@ip-10-0-0-1.ec2.internal` are a login and a host, not a person.
    skip: (m) => m.groups?.local === 'git' ||
        /\.(?:internal|local|localdomain|lan)$/i.test(m.groups?.domain ?? '')
};
const sanitizeKind = (kind) => kind
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '') || 'custom';
/** Span of the first participating `secret…` group, else of the whole match. */
function secretSpan(m) {
    const groups = m.indices?.groups;
    if (groups)
        for (const [name, span] of Object.entries(groups))
            if (span && name.startsWith('secret'))
                return span;
    return [m.index, m.index + m[0].length];
}
// Object keys whose whole string value is a secret, even with no `key=` in the text itself.
const SECRET_FIELD = new RegExp(String.raw `(?:${SECRET_KEY})$`, 'i');
const AUTH_FIELD = /^(?:proxy-)?authorization$/i;
const SESSION_FIELD = /^(?:aws[_.-]?|x-amz-)?(?:session|security)[_.-]?token$/i;
const AWS_SECRET_FIELD = /^(?:aws[_.-]?)?secret(?:[_.-]?access)?(?:[_.-]?key)?$/i;
/**
 * One redactor per run: the same secret always gets the same placeholder (for example
 * `[REDACTED:aws-secret-key#1]`), so patterns stay visible across log lines and fields.
 * Placeholders are numbered per kind in order of first sight.
 */
class Redactor {
    rules;
    bySecret = new Map();
    numbers = new Map();
    counts = new Map();
    constructor(options = {}) {
        const extra = (options.extraPatterns ?? []).map(({ kind, pattern }) => ({
            kind: sanitizeKind(kind),
            re: new RegExp(pattern.source, `${pattern.flags.replace(/[gdy]/g, '')}gd`)
        }));
        this.rules = [...BUILT_IN, ...(options.emails === false ? [] : [EMAIL]), ...extra];
    }
    text(value) {
        let out = value;
        for (const rule of this.rules)
            out = this.apply(out, rule);
        return out;
    }
    /**
     * Deep copy of a JSON value with every string redacted. Object keys are redacted like any
     * text (an e-mail or token used as a key is still a secret); a key that names a secret
     * (`password`, `DB_PASSWORD`, `clientSecret`, `Authorization`, `SessionToken`, …) has its whole
     * string value replaced, since the key-to-value context that text patterns rely on is gone
     * once they are separate strings. Numbers, booleans and null are kept as they are.
     */
    json(value) {
        return this.copy(value, undefined);
    }
    /** What was redacted so far: occurrences by kind, never the secrets themselves. */
    report() {
        return Object.fromEntries(this.counts);
    }
    /** Each distinct placeholder handed out so far, in order. */
    redactions() {
        return [...this.bySecret.values()].map((r) => ({ ...r }));
    }
    copy(value, key) {
        if (typeof value === 'string')
            return key === undefined ? this.text(value) : this.field(key, value);
        if (Array.isArray(value))
            return value.map((v) => this.copy(v, undefined));
        if (value !== null && typeof value === 'object')
            // fromEntries defines properties, so a `__proto__` key stays a plain key.
            return Object.fromEntries(Object.entries(value).map(([k, v]) => [
                this.text(k),
                this.copy(v, k)
            ]));
        return value;
    }
    field(key, value) {
        const redacted = this.text(value);
        if (redacted !== value || HAS_PLACEHOLDER.test(value) || isBenign(value))
            return redacted;
        if (AUTH_FIELD.test(key)) {
            const m = /^([A-Za-z]+)([ \t]+)(\S.*)$/s.exec(value);
            if (m?.[1] !== undefined && m[2] !== undefined && m[3] !== undefined)
                return `${m[1]}${m[2]}${this.placeholder(m[1].toLowerCase() === 'basic' ? 'basic-auth' : 'bearer-token', m[3])}`;
            return this.placeholder('bearer-token', value);
        }
        if (SESSION_FIELD.test(key))
            return this.placeholder('aws-session-token', value);
        if (AWS_SECRET_FIELD.test(key) && /^[A-Za-z0-9/+]{40}$/.test(value))
            return this.placeholder('aws-secret-key', value);
        const label = SECRET_FIELD.exec(key)?.[0];
        if (label === undefined)
            return value;
        const prefix = key.slice(0, key.length - label.length);
        if (isPaginationKey(prefix, label) || (/^pwd$/i.test(label) && /^[/~]/.test(value)))
            return value;
        return this.placeholder('password-assignment', value);
    }
    /** Runs one rule over the text between existing placeholders. */
    apply(input, rule) {
        if (!input.includes('[REDACTED:'))
            return this.applySegment(input, rule);
        let out = '';
        let last = 0;
        for (const ph of input.matchAll(PLACEHOLDER)) {
            out += this.applySegment(input.slice(last, ph.index), rule) + ph[0];
            last = ph.index + ph[0].length;
        }
        return out + this.applySegment(input.slice(last), rule);
    }
    applySegment(segment, rule) {
        const re = rule.re;
        re.lastIndex = 0;
        let out = '';
        let last = 0;
        for (let m = re.exec(segment); m !== null; m = re.exec(segment)) {
            if (m[0] === '') {
                re.lastIndex++;
                continue;
            }
            const [start, end] = secretSpan(m);
            const secret = segment.slice(start, end);
            if (secret === '' || rule.skip?.(m, secret, end))
                continue;
            const kind = typeof rule.kind === 'string' ? rule.kind : rule.kind(m.groups ?? {});
            out += segment.slice(last, start) + this.placeholder(kind, secret);
            last = end;
        }
        return last === 0 ? segment : out + segment.slice(last);
    }
    placeholder(kind, secret) {
        let redaction = this.bySecret.get(secret);
        if (!redaction) {
            const n = (this.numbers.get(kind) ?? 0) + 1;
            this.numbers.set(kind, n);
            redaction = { kind, placeholder: `[REDACTED:${kind}#${n}]` };
            this.bySecret.set(secret, redaction);
        }
        this.counts.set(redaction.kind, (this.counts.get(redaction.kind) ?? 0) + 1);
        return redaction.placeholder;
    }
}

/**
 * The instances carrying a tag plan's tags, never throwing: no directory (no AWS access) or a
 * failed lookup is an answer too, which leaves the plan unapprovable or stops the run.
 */
async function taggedInstances(directory, targets) {
    if (!directory)
        return { ok: false, reason: 'this job has no AWS access to list them' };
    try {
        return await directory.tagged(targets.tags);
    }
    catch (error) {
        return { ok: false, reason: error instanceof Error ? error.message : String(error) };
    }
}

export { Redactor as R, taggedInstances as t };
