// Tests on a candidate value that a pattern alone cannot make: is this bare 40-character word a
// random key or an identifier, does this base64 hold `user:password`.
/** Shannon entropy in bits per character. */
function entropy(s) {
    const counts = new Map();
    for (const c of s)
        counts.set(c, (counts.get(c) ?? 0) + 1);
    let h = 0;
    for (const n of counts.values()) {
        const p = n / s.length;
        h -= p * Math.log2(p);
    }
    return h;
}
const WORD_PARTS = /[A-Z]?[a-z]+|[A-Z]+(?![a-z])|[0-9]+|[/+]/g;
const VOWELS = /[aeiou]/gi;
/**
 * Characters in pronounceable lower-case or capitalized words of four letters or more:
 * `Provisioned`, `Throughput`, `releases`. CamelCase identifiers and paths are mostly such words;
 * random base64 rarely is.
 */
function wordChars(s) {
    let n = 0;
    for (const part of s.match(WORD_PARTS) ?? []) {
        if (part.length < 4 || !/^[A-Z]?[a-z]+$/.test(part))
            continue;
        const ratio = (part.match(VOWELS)?.length ?? 0) / part.length;
        if (ratio >= 0.2 && ratio <= 0.7)
            n += part.length;
    }
    return n;
}
/** `a/b/c` whose segments are lower-case words or camelCase names: a path, not a key. */
function pathLike(s) {
    const segments = s.split('/').filter((x) => x !== '');
    return (segments.length >= 3 &&
        segments.every((x) => /^(?:[a-z0-9]{3,}|[A-Z]?[a-z]{2,}(?:[A-Z][a-z]+)*[0-9]*)$/.test(x)));
}
/** Base64 that decodes to text (a GraphQL node id, an encoded cursor) is data, not a key. */
function decodesToText(s) {
    const bytes = decodeBase64(s);
    if (bytes === undefined || bytes.length === 0)
        return false;
    let printable = 0;
    for (let i = 0; i < bytes.length; i++) {
        const b = bytes.charCodeAt(i);
        if (b >= 0x20 && b < 0x7f)
            printable++;
    }
    return printable / bytes.length >= 0.9;
}
function decodeBase64(s) {
    try {
        return atob(s);
    }
    catch {
        return undefined;
    }
}
/**
 * Whether a bare 40-character base64 word (no `=`, delimited) is shaped like an AWS secret access
 * key: mixed case, not hex (a SHA-1, a commit), not a low-entropy or repeated word, not made of
 * pronounceable words (an identifier, an API name), not a path, not base64 of text.
 */
function keyShaped(s) {
    if (/^[0-9a-f]+$/i.test(s))
        return false;
    if (!/[A-Z]/.test(s) || !/[a-z]/.test(s))
        return false;
    if (entropy(s) < 3.5)
        return false;
    const digits = s.match(/[0-9]/g)?.length ?? 0;
    const words = wordChars(s);
    // Over two million random keys, 1 in 14,000 is taken for words; none of ~150 identifiers and
    // paths of this length from npm packages is taken for a key.
    if (words >= 28 || (words >= 22 && digits <= 3))
        return false;
    return !pathLike(s) && !decodesToText(s);
}
/** `user:password` decoded: no control characters, a colon after a non-empty user. */
// eslint-disable-next-line no-control-regex
const CREDENTIAL_PAIR = /^[^\x00-\x1f\x7f:]+:[^\x00-\x1f\x7f]+$/;
/**
 * Whether `value` is base64 of `user:password` (HTTP Basic credentials, a Docker config's `auth`,
 * npm's `_auth`): decodes to printable text with a colon after a non-empty user.
 */
function basicCredentials(value) {
    if (value.length < 8 || value.length > 4096)
        return false;
    const decoded = decodeBase64(value);
    return decoded !== undefined && CREDENTIAL_PAIR.test(decoded);
}

// The built-in patterns, in the order they run. See the comment at the top of ../redact.ts for the
// rules every pattern here follows to stay linear on hostile input.
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
const SESSION_KEY = String.raw `sess(?:ion)?[_.-]?id|sessid|[_.]session|connect\.sid`;
const AZURE_KEY = String.raw `account[_.-]?key|shared[_.-]?access[_.-]?(?:key|signature)`;
/** Key names whose value is a secret; any prefix (`DB_`, `x-`, `client_`, `aws_`) may precede. */
const SECRET_KEY = String.raw `passw(?:or)?d|passphrase|pwd|pass|secret(?:[_.-]?(?:access[_.-]?)?key|[_.-]?string)?|token|api[_.-]?key|private[_.-]?key|${SESSION_KEY}|${AZURE_KEY}`;
const SESSION_LABEL = new RegExp(`^(?:${SESSION_KEY})$`, 'i');
const AZURE_LABEL = new RegExp(`^(?:${AZURE_KEY})$`, 'i');
/** The kind of a labelled value, by its label. */
function labelKind(label) {
    if (SESSION_LABEL.test(label))
        return 'session-cookie';
    if (AZURE_LABEL.test(label))
        return 'azure-storage-key';
    return 'password-assignment';
}
/** Masks, empty strings and references to a secret held elsewhere are not secrets. */
const BENIGN = /^(?:\s*|\*+|x{3,}|•+|true|false|null|nil|none|undefined|redacted|masked|hidden|<[^<>]*>|%[A-Za-z_]+%|\$[A-Za-z_][A-Za-z0-9_]*|(?:\$\{|\$\(|\{\{|arn:).*)$/is;
const isBenign = (value) => BENIGN.test(value);
/** True when the match sits inside an ARN: `…:secret:prod/db-AbCd` names a secret, it is not one. */
const inArn = (m) => /arn:[^\s"'`]*$/.test(m.input.slice(Math.max(0, m.index - 256), m.index));
// AWS and other APIs page with `NextToken` and friends: opaque, but not credentials.
const PAGINATION = /(?:next|page|continuation|pagination|sync|marker)[_.-]?$/i;
// `pass` alone is a word in many keys (`bypass`, `compass`): it names a password only alone, after
// a separator (`DB_PASS`, `smtp.pass`) or after a word that says whose (`dbpass`, `rootpass`).
const PASS_OWNER = /(?:^|[_.-]|^(?:db|user|root|admin|login|my|mysql|pg|postgres|redis|smtp|mail|ftp|sftp|ldap|bind|auth|app|key|store|keystore|truststore|vnc|wifi|proxy|master|sa))$/i;
/**
 * Why a labelled value is not a secret, if it is not: a pagination token, `PWD=/home/…`, `bypass`
 * or a test count (`PASS=3 FAIL=0`) where `pass` is no password.
 */
function labelSkip(prefix, label, value) {
    if (/^token$/i.test(label) && PAGINATION.test(prefix))
        return true;
    if (/^pwd$/i.test(label) && /^[/~]/.test(value))
        return true;
    if (/^pass$/i.test(label))
        return !PASS_OWNER.test(prefix) || /^\d{1,3}$/.test(value);
    return false;
}
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
/** The text before the match on its line (at most 512 characters). */
const lineBefore = (m) => {
    const before = m.input.slice(Math.max(0, m.index - 512), m.index);
    return before.slice(before.lastIndexOf('\n') + 1);
};
const PEM_LABEL = String.raw `(?:[A-Z0-9]+ ){0,3}PRIVATE KEY(?: BLOCK)?`;
/** Between lines of a PEM body: blanks, newlines, or newlines escaped in JSON. */
const PEM_BREAK = String.raw `(?:[ \t]|\r?\n|\\r|\\n)`;
/**
 * A line of a PEM body: base64 of 8 characters or more, or a shorter last line ending in `=`. A
 * word like `INFO` or `GET` is not, so a key cut off by the end of the log stops before the next
 * line instead of swallowing it.
 */
const PEM_LINE = String.raw `(?:[A-Za-z0-9+/]{8,}={0,2}|[A-Za-z0-9+/]{1,7}={1,2})(?![A-Za-z0-9+/=])`;
const AWS_SECRET_VALUE = String.raw `(?<secret>[A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])`;
// A Cookie or Set-Cookie header: every value is a credential or tracks one. Attribute names of
// Set-Cookie are not cookies.
const COOKIE_ATTRIBUTES = new Set([
    'path',
    'domain',
    'expires',
    'max-age',
    'samesite',
    'secure',
    'httponly',
    'priority',
    'partitioned',
    'version',
    'comment'
]);
/** The values of the `name=value; …` list that starts where the match ends, to the line's end. */
function cookieValues(m) {
    const input = m.input;
    const quote = /["']$/.exec(m[0])?.[0];
    const escaped = quote !== undefined && m[0].endsWith(`\\${quote}`);
    const spans = [];
    let i = m.index + m[0].length;
    // The list ends at the line's end, at the closing quote of a quoted header, or at `\"` in JSON.
    // An unquoted header ends at a double quote too: it sat inside a JSON string.
    const endsAt = (j) => {
        const c = input[j];
        if (c === undefined || c === '\n' || c === '\r')
            return true;
        if (quote === undefined)
            return c === '"' || (c === '\\' && input[j + 1] === '"');
        if (c === quote)
            return !escaped || input[j - 1] === '\\';
        return escaped && c === '\\' && input[j + 1] === quote;
    };
    while (!endsAt(i)) {
        while (input[i] === ' ' || input[i] === '\t' || input[i] === ';')
            i++;
        const nameStart = i;
        while (!endsAt(i) && input[i] !== '=' && input[i] !== ';')
            i++;
        // An item without `=` is an attribute (`Secure`) or a bare value (`Cookie: 3f9a…`).
        const bare = input[i] !== '=';
        const name = bare ? '' : input.slice(nameStart, i).trim().toLowerCase();
        let start = bare ? nameStart : i + 1;
        if (!bare)
            i++;
        if (!bare && quote === undefined && input[i] === '"') {
            // A quoted value in an unquoted header: to its closing quote.
            const close = input.slice(i + 1, i + 4097).search(/["\r\n]/);
            i = close >= 0 && input[i + 1 + close] === '"' ? i + close + 2 : i + 1;
        }
        while (!endsAt(i) && input[i] !== ';')
            i++;
        let end = i;
        while (end > start && /\s/.test(input[end - 1] ?? ''))
            end--;
        while (start < end && /\s/.test(input[start] ?? ''))
            start++;
        if (end - start >= 2 && input[start] === '"' && input[end - 1] === '"') {
            start++;
            end--;
        }
        const value = input.slice(start, end);
        const attribute = COOKIE_ATTRIBUTES.has(bare ? value.toLowerCase() : name);
        if (end > start && !attribute && !isBenign(value))
            spans.push([start, end]);
    }
    return { spans, end: i };
}
/** Words that follow `--password` in a usage message, not a password. */
const PROSE = /^(?:is|are|was|to|the|a|an|and|or|not|must|should|flag|option|argument|parameter|required|missing|expected|given|with|without|for|from|file|prompt|when|if|only|value|instead)$/i;
/** Users that label an address rather than log in (`from:alice@example.com`). */
const ADDRESS_LABELS = /^(?:from|to|cc|bcc|mailto|email|e-mail|mail|owner|by|reply-to|sender|recipient|contact|author|principal|subject|sub|upn|npm|pkg)$/i;
const IPV4 = /^\d{1,3}(?:\.\d{1,3}){3}$/;
// Order matters: whole blocks and exact token shapes first, so a token gets its own kind wherever
// it appears (`Authorization: Bearer ghp_…` is a github-token); then URLs and connection strings,
// which keep their scheme, user and host; then labelled values and credentials in command lines;
// generic assignments and bare key-shaped words last.
const BUILT_IN = [
    {
        kind: 'private-key',
        // The body may not contain `-----`, so a BEGIN without an END costs one scan to the next marker.
        // Adjacent log events of a stream are redacted joined by newlines, so a key logged line by
        // line is one block here.
        re: rx(String.raw `-----BEGIN ${PEM_LABEL}-----(?:[^-]|-(?!----))*?-----END ${PEM_LABEL}-----`)
    },
    {
        kind: 'private-key',
        // A key cut off (by a log truncation, or the end of the window): the header, PEM headers
        // (`Proc-Type`, `DEK-Info`) and the base64 lines that follow.
        re: rx(String.raw `-----BEGIN ${PEM_LABEL}-----(?:${PEM_BREAK}+(?:${PEM_LINE}|(?:Proc-Type|DEK-Info|Comment):[^\r\n\\]*))*`)
    },
    {
        kind: 'private-key',
        // The tail of a key whose start was cut off: base64 lines up to the END line. A match starts
        // only where a line can (a base64 character not inside a word, nor the `n` of an escaped
        // newline) and only if the line before is not a body line itself: a run of lines is tried from
        // its first line, once, so a long run (or a long run of blanks) costs one scan.
        re: rx(String.raw `(?=[A-Za-z0-9+/])(?:(?<=\\[nrt])|(?<![A-Za-z0-9+/])(?!(?<=\\)[nrt]))(?<!(?:[A-Za-z0-9+/]{8}={0,2}|[A-Za-z0-9+/]={1,2})${PEM_BREAK}+)(?:${PEM_LINE}${PEM_BREAK}+)+-----END ${PEM_LABEL}-----`)
    },
    {
        kind: 'jwt',
        re: rx(String.raw `(?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*`)
    },
    {
        kind: 'github-token',
        // 36 base62 characters today (the last 6 a checksum); fine-grained PATs are
        // `github_pat_` + 22 + `_` + 59, matched loosely in case the parts change length.
        re: rx(String.raw `(?<![A-Za-z0-9_])(?:gh[pousr]_[A-Za-z0-9]{36,}|github_pat_[A-Za-z0-9_]{30,})(?![A-Za-z0-9_])`)
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
        // before the path, so an unencoded `@` (or `#`, `?`) in it does not leak the rest.
        kind: (g) => {
            const scheme = (g.scheme ?? '').toLowerCase();
            return DB_SCHEMES.has(scheme) ? 'connection-string-password' : 'url-password';
        },
        re: rx(String.raw `(?<![A-Za-z0-9+.-])(?<scheme>[A-Za-z][A-Za-z0-9+.-]*)://(?<user>[^\s:/?#"'<>${'`'}]*):(?<secret>[^\s/"'<>${'`'}]+)@`),
        skip: (_m, secret) => isBenign(secret)
    },
    {
        kind: 'url-password',
        // user:password@host without a scheme (`DATABASE_URL=app:pw@db:5432/app`, a proxy setting).
        // The user starts a word, so a run is tried once; an `@` may sit in the password as above.
        re: rx(String.raw `(?<![A-Za-z0-9._~%+:/@\\-])(?<user>[A-Za-z0-9._~%+-]{1,64}):(?<secret>[^\s:/@"'<>${'`'}\\]{1,256}(?:@[^\s:/@"'<>${'`'}\\]{1,256}){0,4})@(?<host>[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,10})(?![A-Za-z0-9@-]|\.[A-Za-z0-9])`),
        skip: (m, secret, end) => {
            const { user = '', host = '' } = m.groups ?? {};
            const after = m.input.slice(end + 1 + host.length, end + 8 + host.length);
            return (isBenign(secret) ||
                ADDRESS_LABELS.test(user) ||
                /^\d+$/.test(user) ||
                /^sha\d*$/i.test(host) ||
                (!/[A-Za-z]/.test(host) && !IPV4.test(host)) ||
                // `name:tag@sha256:…` is an image pinned by digest; a port is digits alone.
                /^:\d+[A-Za-z]/.test(after));
        }
    },
    {
        kind: 'connection-string-password',
        // ADO.NET/ODBC `Server=…;Password=…;`, JDBC `;password=` and `?password=`. A bare value may
        // hold spaces when a `;` ends it (within 256 characters, so that each `password=` on a long
        // line without one costs a bounded look ahead); quoted and `{braced}` values run to their
        // closing mark.
        re: rx(String.raw `(?<![A-Za-z0-9_.-])(?:password|pwd)[ \t]{0,4}=[ \t]{0,4}(?:"(?<secret>[^"\r\n]+)|'(?<secret2>[^'\r\n]+)|\{(?<secret3>[^}\r\n]+)|(?<secret4>[^;\s"'{&](?:[^;\r\n&]{0,254}[^;\s&])?)(?=[ \t]{0,8};)|(?<secret5>[^;\s"'{&]+))`, 'i'),
        skip: (m, secret, end) => isBenign(secret) ||
            !inConnectionString(m, end) ||
            (/^pwd/i.test(m[0]) && /^[/~]/.test(secret))
    },
    {
        kind: 'aws-secret-key',
        // Next to a key name (a bare one is the last rule, with a test of its shape).
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
        kind: 'session-cookie',
        // `Cookie: a=1; b=2` and `Set-Cookie: id=…; Path=/`: every value, none of the names.
        re: rx(String.raw `(?<![A-Za-z0-9_-])(?:set-)?cookie${SEP}${Q}`, 'i'),
        spans: cookieValues
    },
    {
        kind: 'bearer-token',
        // "Bearer <token>" outside a header; long enough that prose ("bearer bonds") does not match.
        re: rx(String.raw `(?<![A-Za-z0-9_-])[Bb]earer[ \t]{1,4}(?<secret>[A-Za-z0-9._~+/-]{16,}=*)(?![A-Za-z0-9._~+/=-])`)
    },
    {
        kind: 'basic-auth',
        // "Basic <base64 of user:password>" outside a header; prose ("Basic authentication") is not
        // base64 of a pair.
        re: rx(String.raw `(?<![A-Za-z0-9_-])basic[ \t]{1,4}(?<secret>[A-Za-z0-9+/]{8,}={0,2})(?![A-Za-z0-9+/=])`, 'i'),
        skip: (_m, secret) => !basicCredentials(secret)
    },
    {
        kind: 'basic-auth',
        // Docker's config.json `"auth": "<base64 of user:password>"`, npm's `_auth=`.
        re: rx(String.raw `(?<![A-Za-z0-9_-])_?auth${SEP}${Q}(?<secret>[A-Za-z0-9+/]{8,}={0,2})(?![A-Za-z0-9+/=])`, 'i'),
        skip: (_m, secret) => !basicCredentials(secret)
    },
    {
        kind: 'basic-auth',
        // `curl -u user:password`, `--user user:password`: the user stays. `-u 1000:1000` (uid:gid)
        // and `-u app:app` (user:group) are not credentials.
        re: rx(String.raw `(?<![A-Za-z0-9_-])(?:-u|--user)(?:[ \t]{1,8}|=)?(?:"(?<user>[^"\r\n:]{1,256}):(?<secret>[^"\r\n]+)|'(?<user2>[^'\r\n:]{1,256}):(?<secret2>[^'\r\n]+)|(?<user3>[^\s:"'\\]{1,256}):(?<secret3>[^\s"'\\]+))`),
        skip: (m, secret) => {
            const g = m.groups ?? {};
            const user = g.user ?? g.user2 ?? g.user3 ?? '';
            return isBenign(secret) || (/^\d+$/.test(user) && /^\d+$/.test(secret)) || user === secret;
        }
    },
    {
        kind: 'api-key',
        // Datadog keys are plain hex, so only when labelled: 32 (API) or 40 (application) digits.
        re: rx(String.raw `(?<![A-Za-z0-9])(?:dd|datadog)[_.-]?(?:api|app(?:lication)?)[_.-]?key${SEP}${Q}(?<secret>[a-f0-9]{40}|[a-f0-9]{32})(?![A-Za-z0-9])`, 'i')
    },
    {
        kind: 'password-assignment',
        // A secret given as a command-line option's next word: `--password X`, `--db-pass 'X'`,
        // keytool's `-storepass X`, AWS CLI's `--secret-string X`. (`--password=X` is an assignment.)
        re: rx(String.raw `(?<![A-Za-z0-9_-])--?(?:[A-Za-z0-9]{1,20}-){0,3}?(?:passw(?:or)?d|pass|pwd|passphrase|token|secret|secret-string|api-?key|(?:store|key|srcstore|deststore)pass)[ \t]{1,8}(?:"(?<secret>(?:[^"\\\r\n]|\\.)+)"|'(?<secret2>[^'\r\n]+)'|(?<secret3>[^\s"'${'`'}$<{(-][^\s"'${'`'}]*))`, 'i'),
        skip: (_m, secret) => isBenign(secret) || PROSE.test(secret)
    },
    {
        kind: 'password-assignment',
        // MySQL and MariaDB clients take the password glued to `-p`: `mysql -uroot -pS3cret db`.
        re: rx(String.raw `(?<![A-Za-z0-9_-])-p(?:'(?<secret>[^'\r\n]+)'|"(?<secret2>[^"\r\n]+)"|(?<secret3>[^\s"'${'`'}-][^\s"'${'`'}]*))`),
        skip: (m, secret) => isBenign(secret) || !/(?:^|[^A-Za-z0-9_])(?:mysql|mariadb)[A-Za-z_-]*\b/i.test(lineBefore(m))
    },
    {
        kind: 'password-assignment',
        // `sshpass -p X` and `redis-cli … -a X`.
        re: rx(String.raw `(?<![A-Za-z0-9_-])(?:sshpass[ \t]{1,8}-p|-a)[ \t]{1,8}(?:'(?<secret>[^'\r\n]+)'|"(?<secret2>[^"\r\n]+)"|(?<secret3>[^\s"'${'`'}-][^\s"'${'`'}]*))`),
        skip: (m, secret) => isBenign(secret) || (!m[0].startsWith('sshpass') && !/\bredis-cli\b/.test(lineBefore(m)))
    },
    {
        kind: 'azure-storage-key',
        // The signature of an Azure shared access signature URL (`…&sig=…`).
        re: rx(String.raw `(?<=[?&;])sig=(?<secret>[^\s&#"'<>${'`'}]{16,})`)
    },
    {
        kind: (g) => labelKind(g.label ?? ''),
        // The prefix is lazy and bounded, and may only start a word, so each word costs at most 41 tries.
        // A key after `/` is a path or repository name (`acme/secret: not found`), not an assignment.
        re: rx(String.raw `(?<![A-Za-z0-9_./-])(?<prefix>[A-Za-z0-9_.-]{0,40}?)(?<label>${SECRET_KEY})${SEP}${VALUE}`, 'i'),
        skip: (m, secret) => isBenign(secret) ||
            inArn(m) ||
            labelSkip(m.groups?.prefix ?? '', m.groups?.label ?? '', secret)
    },
    {
        kind: 'aws-secret-key',
        // A bare 40-character base64 word shaped like an AWS secret access key (see keyShaped: not a
        // SHA-1, an identifier, a path or encoded text). It may follow an escaped newline (`\n`). A
        // checksum, digest or signature label before it says what it is.
        re: rx(String.raw `(?:(?<=\\[nrt])|(?<![A-Za-z0-9/+_\\-]))(?<secret>[A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=_-])`),
        skip: (m, secret) => !keyShaped(secret) ||
            /(?:checksum|digest|hash|sha-?\d*|md5|etag|integrity|fingerprint|signature)["']?[ \t]{0,4}[:=]?[ \t]{0,4}["']?$/i.test(m.input.slice(Math.max(0, m.index - 32), m.index))
    }
];
const EMAIL = {
    kind: 'email',
    re: rx(String.raw `(?<![A-Za-z0-9._%+-])(?<local>[A-Za-z0-9._%+-]+)@(?<domain>(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,63})(?![A-Za-z0-9-])`),
    // `git@github.com` and `ec2-user@ip-10-0-0-1.ec2.internal` are a login and a host, not a person.
    skip: (m) => m.groups?.local === 'git' ||
        /\.(?:internal|local|localdomain|lan)$/i.test(m.groups?.domain ?? '')
};

// Key names spelled with look-alike letters: `pаssword` with a Cyrillic `а` (U+0430) or `ΑPI_KEY`
// with a Greek Alpha renders as its ASCII form, so a pattern that knows `password=` must see it
// as one. Unicode's confusables data (UTS #39, confusables.txt) covers thousands of characters
// across every script; this is the hand-picked part of it that matters here: the Cyrillic and
// Greek letters whose confusables.txt prototype is a single basic Latin letter and which render
// as that letter in common fonts, about fifty of them. The rest of the data would only add
// characters no key name is spelled with (NFKC already takes fullwidth, mathematical and other
// compatibility forms to ASCII; see view.ts), at the cost of a big generated table.
//
// Only key names are folded: a word changes only when, folded, it names a key the patterns know
// (`password`, `api_key`, `Authorization`, …). Values, and prose in Greek or Cyrillic, stay as
// they are. The fold maps one UTF-16 unit to one, so offsets in the folded text are offsets in
// the text it was folded from, and what a pattern finds is replaced where it stands in the
// original: the issue keeps the look-alike letters, only the secret after them goes.
/** Cyrillic and Greek letters that look like a basic Latin letter, and that letter. */
const LATIN_LOOKALIKES = {
    // Cyrillic capitals
    '\u0410': 'A', // А
    '\u0412': 'B', // В
    '\u0415': 'E', // Е
    '\u041a': 'K', // К
    '\u041c': 'M', // М
    '\u041d': 'H', // Н
    '\u041e': 'O', // О
    '\u0420': 'P', // Р
    '\u0421': 'C', // С
    '\u0422': 'T', // Т
    '\u0423': 'Y', // У
    '\u0425': 'X', // Х
    '\u0405': 'S', // Ѕ (dze)
    '\u0406': 'I', // І (Ukrainian i)
    '\u0408': 'J', // Ј (je)
    '\u04ae': 'Y', // Ү (straight u)
    '\u04c0': 'I', // Ӏ (palochka)
    '\u051a': 'Q', // Ԛ (qa)
    '\u051c': 'W', // Ԝ (we)
    // Cyrillic small letters
    '\u0430': 'a', // а
    '\u0435': 'e', // е
    '\u043e': 'o', // о
    '\u0440': 'p', // р
    '\u0441': 'c', // с
    '\u0443': 'y', // у
    '\u0445': 'x', // х
    '\u0455': 's', // ѕ (dze)
    '\u0456': 'i', // і (Ukrainian i)
    '\u0458': 'j', // ј (je)
    '\u04bb': 'h', // һ (shha)
    '\u04cf': 'l', // ӏ (small palochka)
    '\u0501': 'd', // ԁ (komi de)
    '\u051b': 'q', // ԛ (qa)
    '\u051d': 'w', // ԝ (we)
    // Greek capitals
    '\u0391': 'A', // Α
    '\u0392': 'B', // Β
    '\u0395': 'E', // Ε
    '\u0396': 'Z', // Ζ
    '\u0397': 'H', // Η
    '\u0399': 'I', // Ι
    '\u039a': 'K', // Κ
    '\u039c': 'M', // Μ
    '\u039d': 'N', // Ν
    '\u039f': 'O', // Ο
    '\u03a1': 'P', // Ρ
    '\u03a4': 'T', // Τ
    '\u03a5': 'Y', // Υ
    '\u03a7': 'X', // Χ
    '\u037f': 'J', // Ϳ (yot)
    // Greek small letters
    '\u03b1': 'a', // α
    '\u03b3': 'y', // γ
    '\u03b9': 'i', // ι
    '\u03bd': 'v', // ν
    '\u03bf': 'o', // ο
    '\u03c1': 'p', // ρ
    '\u03c5': 'u', // υ
    '\u03f3': 'j' // ϳ (yot)
};
const LOOKALIKE_CLASS = `[${Object.keys(LATIN_LOOKALIKES).join('')}]`;
const HAS_LOOKALIKE = new RegExp(LOOKALIKE_CLASS);
const LOOKALIKES = new RegExp(LOOKALIKE_CLASS, 'g');
/** What a key name is made of: letters (with their marks), digits, `_`, `.` and `-`. */
const KEY_CHAR = /^[\p{L}\p{M}\p{N}_.-]$/u;
/**
 * The words that make a key name for some pattern (rules.ts): the labels of assignments and JSON
 * fields, and the headers, schemes and options that announce a credential.
 */
const KEY_WORD = new RegExp(`${SECRET_KEY}|auth|cookie|bearer|basic|session|security|secret|user|sig|datadog|sshpass`, 'i');
/** KEY_CHAR by UTF-16 unit, filled in as units are met: 0 not yet known, 1 yes, 2 no. */
const keyChars = new Uint8Array(65_536);
function isKeyChar(text, i) {
    const unit = text.charCodeAt(i);
    let known = keyChars[unit] ?? 2;
    if (known === 0) {
        known = KEY_CHAR.test(text.charAt(i)) ? 1 : 2;
        keyChars[unit] = known;
    }
    return known === 1;
}
/**
 * `text` with the Latin look-alikes in each word that, folded, names a key replaced by the letters
 * they look like; the same length as `text`, offset for offset. Linear: each word is folded once.
 */
function foldKeyNames(text) {
    if (!HAS_LOOKALIKE.test(text))
        return text;
    const find = new RegExp(LOOKALIKE_CLASS, 'g');
    let out = '';
    let last = 0;
    for (let m = find.exec(text); m !== null; m = find.exec(text)) {
        let start = m.index;
        while (start > last && isKeyChar(text, start - 1))
            start--;
        let end = m.index + 1;
        while (end < text.length && isKeyChar(text, end))
            end++;
        find.lastIndex = end;
        const folded = text.slice(start, end).replace(LOOKALIKES, (c) => LATIN_LOOKALIKES[c] ?? c);
        if (!KEY_WORD.test(folded))
            continue;
        out += text.slice(last, start) + folded;
        last = end;
    }
    return last === 0 ? text : out + text.slice(last);
}

// Views of a text that patterns match better than the text itself, each with a map back to the
// text, so what a pattern finds in the view is replaced where it stands in the original:
// - normalized: NFKC per code point (fullwidth `ｐａｓｓｗｏｒｄ` is `password`, a no-break space is a
//   space) with default-ignorable code points dropped (`pass\u200bword` is `password`), and
//   `\uXXXX` escapes of non-ASCII code points decoded first (how Python's json.dumps writes them);
// - percent-decoded: `%XX` escapes decoded (UTF-8), for text that was URL-encoded before it was
//   logged, or before it became part of a link.
// Both are built in one pass over the text and cost nothing when there is nothing to change.
class View {
    text;
    pieces;
    constructor(text, pieces) {
        this.text = text;
        this.pieces = pieces;
    }
    /** The text as it is: every offset maps to itself. */
    static identity(text) {
        return new View(text, undefined);
    }
    static build(parts, pieces) {
        return new View(parts.join(''), pieces);
    }
    get changed() {
        return this.pieces !== undefined;
    }
    /** The original range of view range [start, end), end > start. */
    toOriginal(start, end) {
        if (!this.pieces)
            return [start, end];
        const first = this.pieceAt(start);
        const last = this.pieceAt(end - 1);
        return [
            first.same ? first.o + (start - first.v) : first.o,
            last.same ? last.o + (end - 1 - last.v) + 1 : last.o + last.ol
        ];
    }
    /** The piece holding view unit `i`: the last that starts at or before it (a dropped piece is
     * always followed by one that starts where it does). */
    pieceAt(i) {
        const pieces = this.pieces ?? [];
        let lo = 0;
        let hi = pieces.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if ((pieces[mid]?.v ?? Infinity) <= i)
                lo = mid;
            else
                hi = mid - 1;
        }
        const p = pieces[lo];
        if (!p)
            throw new RangeError(`view offset ${i} out of range`);
        return p;
    }
}
/** Builds a view left to right: unchanged runs are merged into one piece. */
class Builder {
    source;
    parts = [];
    pieces = [];
    v = 0;
    keptFrom = -1;
    constructor(source) {
        this.source = source;
    }
    /** Keeps original units [from, to) as they are. */
    keep(from, to) {
        if (to <= from)
            return;
        const last = this.pieces[this.pieces.length - 1];
        if (last?.same && last.o + last.ol === from) {
            last.vl += to - from;
            last.ol += to - from;
        }
        else
            this.pieces.push({ v: this.v, vl: to - from, o: from, ol: to - from, same: true });
        if (this.keptFrom < 0)
            this.keptFrom = from;
        this.v += to - from;
    }
    /** Original units [from, to) become `text` (possibly empty: dropped). */
    replace(from, to, text) {
        this.flush(from);
        this.parts.push(text);
        this.pieces.push({ v: this.v, vl: text.length, o: from, ol: to - from, same: false });
        this.v += text.length;
    }
    view(end) {
        this.flush(end);
        return View.build(this.parts, this.pieces);
    }
    flush(upTo) {
        if (this.keptFrom >= 0)
            this.parts.push(this.source.slice(this.keptFrom, upTo));
        this.keptFrom = -1;
    }
}
// Default-ignorable code points (zero-width spaces and joiners, bidi controls, soft hyphen,
// variation selectors, Hangul fillers, tag characters) and other format characters render as
// nothing, so they can hide inside a key name without changing how it looks.
const IGNORABLE = /^[\p{Default_Ignorable_Code_Point}\p{Cf}]$/u;
const NEEDS_NORMALIZING = /[^\0-\x7f]|\\u[0-9A-Fa-f]{4}/;
const ESCAPED = /\\u([0-9A-Fa-f]{4})/y;
/** A run that normalizing leaves alone: ASCII other than a backslash. */
const PLAIN = /[\0-\x5b\x5d-\x7f]+/y;
const normalizedCache = new Map();
function normalizedCodePoint(cp) {
    let out = normalizedCache.get(cp);
    if (out === undefined) {
        const ch = String.fromCodePoint(cp);
        out = IGNORABLE.test(ch) ? '' : ch.normalize('NFKC');
        // Some compatibility forms expand to many characters (U+FDFA to 18); none needs more than that.
        if (normalizedCache.size < 65_536)
            normalizedCache.set(cp, out);
    }
    return out;
}
/** An escaped code point at `i` (`\uXXXX`, or a `\uD8xx\uDCxx` pair), if non-ASCII. */
function escapedAt(text, i) {
    ESCAPED.lastIndex = i;
    const m = ESCAPED.exec(text);
    if (!m?.[1])
        return undefined;
    const unit = parseInt(m[1], 16);
    if (unit < 0x80)
        return undefined;
    if (unit >= 0xd800 && unit < 0xdc00) {
        ESCAPED.lastIndex = i + 6;
        const low = ESCAPED.exec(text);
        const lowUnit = low?.[1] ? parseInt(low[1], 16) : -1;
        if (lowUnit >= 0xdc00 && lowUnit < 0xe000)
            return { cp: 0x10000 + ((unit - 0xd800) << 10) + (lowUnit - 0xdc00), length: 12 };
    }
    return { cp: unit, length: 6 };
}
/** NFKC per code point, default-ignorables dropped, non-ASCII `\uXXXX` escapes decoded. */
function normalizedView(text) {
    if (!NEEDS_NORMALIZING.test(text))
        return View.identity(text);
    const b = new Builder(text);
    let changed = false;
    for (let i = 0; i < text.length;) {
        PLAIN.lastIndex = i;
        if (PLAIN.test(text)) {
            b.keep(i, PLAIN.lastIndex);
            i = PLAIN.lastIndex;
            continue;
        }
        const c = text.charCodeAt(i);
        const escaped = c === 0x5c ? escapedAt(text, i) : undefined;
        if (c === 0x5c && !escaped) {
            b.keep(i, i + 1);
            i++;
            continue;
        }
        const cp = escaped ? escaped.cp : (text.codePointAt(i) ?? c);
        const length = escaped ? escaped.length : cp > 0xffff ? 2 : 1;
        const out = normalizedCodePoint(cp);
        if (!escaped && out.length === length && out === text.slice(i, i + length))
            b.keep(i, i + length);
        else {
            b.replace(i, i + length, out);
            changed = true;
        }
        i += length;
    }
    return changed ? b.view(text.length) : View.identity(text);
}
const HEX = /^[0-9A-Fa-f]{2}$/;
const PERCENT_ESCAPE = /%[0-9A-Fa-f]{2}/;
const hexAt = (text, i) => text.charCodeAt(i) === 0x25 && HEX.test(text.slice(i + 1, i + 3))
    ? parseInt(text.slice(i + 1, i + 3), 16)
    : -1;
/**
 * `text` with its `%XX` escapes decoded: an ASCII escape becomes its character, a run of escapes
 * of UTF-8 bytes the characters they encode (or stays as it is if they are not UTF-8). A `+` stays
 * a `+`: it is as likely part of a base64 secret as a space.
 */
function percentDecodedView(text) {
    if (!PERCENT_ESCAPE.test(text))
        return View.identity(text);
    const b = new Builder(text);
    for (let i = 0; i < text.length;) {
        const byte = hexAt(text, i);
        if (byte < 0) {
            const next = text.indexOf('%', i + 1);
            const to = next < 0 ? text.length : next;
            b.keep(i, to);
            i = to;
            continue;
        }
        if (byte < 0x80) {
            b.replace(i, i + 3, String.fromCharCode(byte));
            i += 3;
            continue;
        }
        let end = i;
        while (hexAt(text, end) >= 0x80)
            end += 3;
        let decoded;
        try {
            decoded = decodeURIComponent(text.slice(i, end));
        }
        catch {
            decoded = undefined;
        }
        if (decoded === undefined)
            b.keep(i, end);
        else
            b.replace(i, end, decoded);
        i = end;
    }
    return b.view(text.length);
}

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
//
// Patterns see the text three ways, and what they find in any is replaced in the original:
// - normalized (redact/view.ts): NFKC, zero-width and other invisible characters dropped, so a
//   fullwidth `ｐａｓｓｗｏｒｄ=` or a `pass\u200bword=` is a `password=`; and key names spelled
//   with Cyrillic or Greek look-alikes folded to Latin (redact/confusables.ts), so `pаssword=`
//   with a Cyrillic `а` is a `password=` too;
// - percent-decoded, each URL-encoded word on its own (`password%3D…`, an alarm name inside a
//   console link, a URL inside a query parameter), twice at most for text encoded twice; a
//   placeholder that replaces part of such a word is encoded too, so the link stays one URL;
// - across log events (`events`): adjacent events of one stream are redacted as one text, so a
//   private key logged line by line is one block.
// `[REDACTED:kind#n]`: no backtick, quote, `@`, `=` or `/`, so it is safe in Markdown code spans
// and no pattern can take it for a secret, a separator or a URL.
const PLACEHOLDER = /\[REDACTED:[a-z0-9-]+#\d+\]/g;
const HAS_PLACEHOLDER = /\[REDACTED:[a-z0-9-]+#\d+\]/;
/** How many times text is percent-decoded: once, and once more for text encoded twice. */
const MAX_DECODES = 2;
// A URL-encoded word: delimited by blanks, double quotes, angle brackets, backticks and the URL's
// own (unencoded) delimiters, so a query parameter's value or a path segment is decoded on its
// own. Not by `'`, `(`, `)`, `!` or `*`: encodeURIComponent leaves those as they are.
const WORD_BREAKS = new Set(Array.from(' \t\r\n\f\v"<>`/?#&=', (c) => c.charCodeAt(0)));
const isWordBreak = (text, i) => WORD_BREAKS.has(text.charCodeAt(i));
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
/** Hits sorted by start, overlapping ones merged (the first found names the union). */
function merged(hits) {
    const sorted = [...hits].sort((a, b) => a.start - b.start || b.end - a.end);
    const out = [];
    for (const h of sorted) {
        const last = out[out.length - 1];
        if (last && h.start < last.end) {
            if (h.end > last.end)
                out[out.length - 1] = { ...last, end: h.end };
        }
        else
            out.push({ ...h });
    }
    return out;
}
/**
 * Marks the hits that replace part of a URL-encoded word: their placeholder is encoded like the
 * rest of the word, so a link or a query stays well-formed. A hit that replaces a whole word (a
 * query parameter's value) keeps its placeholder readable. Both lists are sorted and disjoint.
 */
function encodedInWords(hits, words) {
    let w = 0;
    return hits.map((h) => {
        while (w < words.length && (words[w]?.[1] ?? 0) <= h.start)
            w++;
        const word = words[w];
        const encoded = word !== undefined && word[0] < h.end && (h.start > word[0] || h.end < word[1]);
        return encoded === (h.encoded ?? false) ? h : { ...h, encoded };
    });
}
/** `text` with each hit replaced by its placeholder. */
function render(text, hits) {
    let out = '';
    let last = 0;
    for (const h of hits) {
        out += text.slice(last, h.start);
        out += h.kept
            ? text.slice(h.start, h.end)
            : h.encoded
                ? encodeURIComponent(h.placeholder)
                : h.placeholder;
        last = h.end;
    }
    return last === 0 ? text : out + text.slice(last);
}
// Object keys whose whole string value is a secret, even with no `key=` in the text itself.
const SECRET_FIELD = new RegExp(String.raw `(?:${SECRET_KEY})$`, 'i');
const AUTH_FIELD = /^(?:proxy-)?authorization$/i;
const SESSION_FIELD = /^(?:aws[_.-]?|x-amz-)?(?:session|security)[_.-]?token$/i;
const AWS_SECRET_FIELD = /^(?:aws[_.-]?)?secret(?:[_.-]?access)?(?:[_.-]?key)?$/i;
const COOKIE_FIELD = /^(?:set-)?cookie$/i;
const BASIC_FIELD = /^_?auth$/i;
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
        return render(value, this.hits(value, 0));
    }
    /**
     * Where `text` holds secrets: the [start, end) ranges `text()` replaces, sorted and disjoint.
     * For code that must cut untrusted text before this redactor sees it (redact first, then cut,
     * is the rule; see `cutOutsideSecrets`).
     */
    spans(value) {
        return this.hits(value, 0)
            .filter((h) => !h.kept)
            .map((h) => [h.start, h.end]);
    }
    /**
     * Log events with their messages redacted, in order. Adjacent events of one stream are redacted
     * as one text (joined by newlines), so a secret split over them (a PEM block logged line by
     * line, one event per line) is found whole; each event keeps the placeholder for its part.
     */
    events(events) {
        const streams = new Map();
        events.forEach((e, i) => {
            const key = e.stream ?? '';
            const list = streams.get(key);
            if (list)
                list.push(i);
            else
                streams.set(key, [i]);
        });
        const messages = events.map((e) => e.message);
        for (const indices of streams.values()) {
            const joined = indices.map((i) => events[i]?.message ?? '').join('\n');
            const hits = this.hits(joined, 0);
            if (hits.length === 0)
                continue;
            let offset = 0;
            let h = 0;
            for (const i of indices) {
                const message = events[i]?.message ?? '';
                const end = offset + message.length;
                const own = [];
                // Hits are sorted and disjoint; one spanning several events shows in each of them.
                while (h < hits.length && (hits[h]?.start ?? 0) < end) {
                    const hit = hits[h];
                    if (hit.end > offset)
                        own.push({
                            ...hit,
                            start: Math.max(hit.start, offset) - offset,
                            end: Math.min(hit.end, end) - offset
                        });
                    if (hit.end > end)
                        break;
                    h++;
                }
                messages[i] = render(message, own.filter((x) => x.end > x.start));
                offset = end + 1;
            }
        }
        return events.map((e, i) => messages[i] === e.message ? e : { ...e, message: messages[i] ?? '' });
    }
    /**
     * Deep copy of a JSON value with every string redacted. Object keys are redacted like any
     * text (an e-mail or token used as a key is still a secret); a key that names a secret
     * (`password`, `DB_PASSWORD`, `clientSecret`, `Authorization`, `SessionToken`, …) has its whole
     * string value replaced, since the key-to-value context that text patterns rely on is gone
     * once they are separate strings. Numbers, booleans and null are kept as they are.
     */
    json(value) {
        return this.copy(value);
    }
    /** What was redacted so far: occurrences by kind, never the secrets themselves. */
    report() {
        return Object.fromEntries(this.counts);
    }
    /** Each distinct placeholder handed out so far, in order. */
    redactions() {
        return [...this.bySecret.values()].map((r) => ({ ...r }));
    }
    /**
     * The copy behind `json()`. Iterative (an explicit stack, no recursion), so no depth of nesting
     * can overflow the call stack, whoever calls it: intake cuts payloads to a shallow depth first
     * (intake/sanitize.ts), but facts looked up in AWS and sealed records come here too. Strings are
     * redacted in document order (each key just before its value), as a recursive copy would, so
     * placeholders are numbered the same way. A value that contains itself is refused with a
     * TypeError, as JSON.stringify refuses it.
     */
    copy(root) {
        let result;
        const open = new Set();
        const tasks = [{ value: root, put: (v) => (result = v) }];
        for (let task = tasks.pop(); task !== undefined; task = tasks.pop()) {
            if ('leave' in task) {
                open.delete(task.leave);
                continue;
            }
            const { value } = task;
            const key = 'key' in task ? task.key : undefined;
            let put;
            if ('into' in task) {
                // The key is redacted like any text before its value is (an e-mail used as a key).
                const into = task.into;
                const name = this.text(task.key);
                // Defined, not assigned, so a `__proto__` key stays a plain key.
                put = (v) => Object.defineProperty(into, name, {
                    value: v,
                    writable: true,
                    enumerable: true,
                    configurable: true
                });
            }
            else
                put = task.put;
            if (typeof value === 'string') {
                put(key === undefined ? this.text(value) : this.field(key, value));
                continue;
            }
            if (value === null || typeof value !== 'object') {
                put(value);
                continue;
            }
            if (open.has(value))
                throw new TypeError('Redactor.json: the value contains itself');
            open.add(value);
            tasks.push({ leave: value });
            // Children are pushed in reverse, so the stack gives them back in document order.
            if (Array.isArray(value)) {
                const items = value;
                const out = new Array(items.length);
                put(out);
                for (let i = items.length - 1; i >= 0; i--)
                    if (i in items)
                        tasks.push({ value: items[i], put: (v) => (out[i] = v) });
            }
            else {
                const out = {};
                put(out);
                const entries = Object.entries(value);
                for (let i = entries.length - 1; i >= 0; i--) {
                    const [k, v] = entries[i];
                    tasks.push({ value: v, key: k, into: out });
                }
            }
        }
        return result;
    }
    field(rawKey, value) {
        const redacted = this.text(value);
        if (redacted !== value || HAS_PLACEHOLDER.test(value) || isBenign(value))
            return redacted;
        // Key names are matched as the text patterns match them: normalized, look-alikes folded.
        const key = foldKeyNames(normalizedView(rawKey).text);
        if (AUTH_FIELD.test(key)) {
            const m = /^([A-Za-z]+)([ \t]+)(\S.*)$/s.exec(value);
            if (m?.[1] !== undefined && m[2] !== undefined && m[3] !== undefined)
                return `${m[1]}${m[2]}${this.placeholder(m[1].toLowerCase() === 'basic' ? 'basic-auth' : 'bearer-token', m[3])}`;
            return this.placeholder('bearer-token', value);
        }
        if (COOKIE_FIELD.test(key)) {
            const header = this.text(`Cookie: ${value}`);
            return header.startsWith('Cookie: ') ? header.slice('Cookie: '.length) : header;
        }
        if (BASIC_FIELD.test(key))
            return basicCredentials(value) ? this.placeholder('basic-auth', value) : value;
        if (SESSION_FIELD.test(key))
            return this.placeholder('aws-session-token', value);
        if (AWS_SECRET_FIELD.test(key) && /^[A-Za-z0-9/+]{40}$/.test(value))
            return this.placeholder('aws-secret-key', value);
        const label = SECRET_FIELD.exec(key)?.[0];
        if (label === undefined)
            return value;
        const prefix = key.slice(0, key.length - label.length);
        if (labelSkip(prefix, label, value))
            return value;
        return this.placeholder(labelKind(label), value);
    }
    /** Every replacement in `text`: by the patterns on its normalized view, then in its URL-encoded words. */
    hits(text, depth) {
        const view = normalizedView(text);
        // Folding keeps every offset, so hits in `seen` are hits in the view.
        const seen = foldKeyNames(view.text);
        let hits = this.patternHits(seen);
        if (depth < MAX_DECODES && PERCENT_ESCAPE.test(seen)) {
            const { hits: decoded, words } = this.encodedHits(seen, hits, depth);
            hits = encodedInWords(merged([...hits, ...decoded]), words);
        }
        if (!view.changed)
            return hits;
        return merged(hits.map((h) => {
            const [start, end] = view.toOriginal(h.start, h.end);
            return { ...h, start, end };
        }));
    }
    /**
     * Hits in the URL-encoded words of `text` (the words that hold a `%XX` escape), each decoded and
     * redacted as a text of its own (a word already inside a hit is skipped), and those words.
     */
    encodedHits(text, found, depth) {
        const hits = [];
        const words = [];
        const escape = new RegExp(PERCENT_ESCAPE.source, 'g');
        let f = 0;
        for (let m = escape.exec(text); m !== null; m = escape.exec(text)) {
            let start = m.index;
            while (start > 0 && !isWordBreak(text, start - 1))
                start--;
            let end = m.index + 3;
            while (end < text.length && !isWordBreak(text, end))
                end++;
            escape.lastIndex = end;
            words.push([start, end]);
            while (f < found.length && (found[f]?.end ?? 0) <= start)
                f++;
            const covering = found[f];
            if (covering && covering.start <= start && covering.end >= end)
                continue;
            const word = percentDecodedView(text.slice(start, end));
            if (!word.changed)
                continue;
            for (const h of this.hits(word.text, depth + 1)) {
                const [s, e] = word.toOriginal(h.start, h.end);
                hits.push({ start: start + s, end: start + e, placeholder: h.placeholder });
            }
        }
        return { hits, words };
    }
    /** Runs every rule over `text`, each over what earlier rules and placeholders left. */
    patternHits(text) {
        let covered = [];
        if (text.includes('[REDACTED:'))
            for (const ph of text.matchAll(PLACEHOLDER))
                covered.push({
                    start: ph.index,
                    end: ph.index + ph[0].length,
                    placeholder: ph[0],
                    kept: true
                });
        for (const rule of this.rules) {
            const next = [];
            let pos = 0;
            for (const c of covered) {
                if (c.start > pos)
                    this.ruleHits(text, pos, c.start, rule, next);
                next.push(c);
                pos = c.end;
            }
            if (pos < text.length)
                this.ruleHits(text, pos, text.length, rule, next);
            covered = next;
        }
        return covered.filter((h) => !h.kept);
    }
    /** Hits of one rule in text[from, to), seen as a text of its own, appended in order. */
    ruleHits(text, from, to, rule, out) {
        const segment = from === 0 && to === text.length ? text : text.slice(from, to);
        const re = rule.re;
        re.lastIndex = 0;
        for (let m = re.exec(segment); m !== null; m = re.exec(segment)) {
            if (m[0] === '') {
                re.lastIndex++;
                continue;
            }
            let spans;
            if (rule.spans) {
                const found = rule.spans(m);
                spans = found.spans;
                re.lastIndex = Math.max(re.lastIndex, found.end);
            }
            else
                spans = [secretSpan(m)];
            for (const [start, end] of spans) {
                const secret = segment.slice(start, end);
                if (secret === '' || rule.skip?.(m, secret, end))
                    continue;
                const kind = typeof rule.kind === 'string' ? rule.kind : rule.kind(m.groups ?? {});
                out.push({
                    start: from + start,
                    end: from + end,
                    placeholder: this.placeholder(kind, secret)
                });
            }
        }
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
/** Whether the sorted, disjoint `spans` cover all of [start, end). */
function covers(spans, start, end) {
    let pos = start;
    for (const [s, e] of spans) {
        if (e <= pos)
            continue;
        if (s > pos)
            break;
        pos = e;
        if (pos >= end)
            return true;
    }
    return pos >= end;
}
/**
 * Where to cut `text` at or before `at` (a UTF-16 offset on a code point boundary) so that the
 * redactor, run later on the cut text, still finds every part of every secret it finds in the
 * whole text. Text is redacted whole and cut after, wherever that order can be kept; where the
 * text must be cut first (an incident's title is cut before the run's one redactor sees the
 * incident, and that redactor must number the placeholders), a cut inside a secret would leave a
 * prefix that no pattern knows (`ghp_` and 20 characters, half an AWS secret key, a URL's
 * password without the `@host` after it). Such a cut moves back to where the secret begins.
 */
function cutOutsideSecrets(text, at, options) {
    if (at >= text.length)
        return text.length;
    const whole = new Redactor(options).spans(text);
    let cut = at;
    for (;;) {
        const kept = whole.some(([s]) => s < cut) ? new Redactor(options).spans(text.slice(0, cut)) : [];
        const exposed = whole.find(([s, e]) => s < cut && !covers(kept, s, Math.min(e, cut)));
        if (!exposed)
            return cut;
        cut = exposed[0];
    }
}

export { Redactor as R, cutOutsideSecrets as c };
