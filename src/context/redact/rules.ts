// The built-in patterns, in the order they run. See the comment at the top of ../redact.ts for the
// rules every pattern here follows to stay linear on hostile input.
import { basicCredentials, keyShaped } from './shapes.js'

export type Groups = Partial<Record<string, string>>

export interface Rule {
  kind: string | ((groups: Groups) => string)
  re: RegExp
  /** Leaves a match alone: a directory in `PWD=/home/…`, a reference like `${TOKEN}`. */
  skip?: (match: RegExpExecArray, secret: string, end: number) => boolean
  /**
   * The secrets of one match when there are several (each value of a `Cookie:` header), as
   * [start, end) offsets in the matched text's input, and where the next search starts.
   */
  spans?: (match: RegExpExecArray) => { spans: [number, number][]; end: number }
}

export const rx = (source: string, flags = ''): RegExp => new RegExp(source, `gd${flags}`)

/** An optional quote, possibly escaped (`\"` in JSON logged inside a JSON string). */
const Q = String.raw`(?:\\{0,3}["'])?`
/** Between a key and its value: `=`, `:`, `:=`, `=>`, with quotes and a few blanks around. */
const SEP = String.raw`${Q}[ \t]{0,8}(?:=>|:=|[:=])[ \t]{0,8}`
/**
 * An assigned value: a JSON string (escapes allowed), a string escaped inside a JSON string (ends
 * at the next `\"`), a single-quoted string, or a bare word up to whitespace, quote, `,`, `;`, `&`.
 * A bare word does not start with a bracket or backslash: `"secret": {` is not a value.
 */
const VALUE = String.raw`(?:"(?<secret>(?:[^"\\\r\n]|\\.)+)|\\{1,3}"(?<secret2>(?:[^"\\\r\n]|\\[^"\r\n])+)|\\{0,3}'(?<secret3>[^'\r\n]+)|(?<secret4>[^\s"'${'`'},;&\\[{(<][^\s"'${'`'},;&]*))`

const SESSION_KEY = String.raw`sess(?:ion)?[_.-]?id|sessid|[_.]session|connect\.sid`
const AZURE_KEY = String.raw`account[_.-]?key|shared[_.-]?access[_.-]?(?:key|signature)`

/** Key names whose value is a secret; any prefix (`DB_`, `x-`, `client_`, `aws_`) may precede. */
export const SECRET_KEY = String.raw`passw(?:or)?d|passphrase|pwd|pass|secret(?:[_.-]?(?:access[_.-]?)?key|[_.-]?string)?|token|api[_.-]?key|private[_.-]?key|${SESSION_KEY}|${AZURE_KEY}`

const SESSION_LABEL = new RegExp(`^(?:${SESSION_KEY})$`, 'i')
const AZURE_LABEL = new RegExp(`^(?:${AZURE_KEY})$`, 'i')

/** The kind of a labelled value, by its label. */
export function labelKind(label: string): string {
  if (SESSION_LABEL.test(label)) return 'session-cookie'
  if (AZURE_LABEL.test(label)) return 'azure-storage-key'
  return 'password-assignment'
}

/** Masks, empty strings and references to a secret held elsewhere are not secrets. */
const BENIGN =
  /^(?:\s*|\*+|x{3,}|•+|true|false|null|nil|none|undefined|redacted|masked|hidden|<[^<>]*>|%[A-Za-z_]+%|\$[A-Za-z_][A-Za-z0-9_]*|(?:\$\{|\$\(|\{\{|arn:).*)$/is
export const isBenign = (value: string): boolean => BENIGN.test(value)

/** True when the match sits inside an ARN: `…:secret:prod/db-AbCd` names a secret, it is not one. */
const inArn = (m: RegExpExecArray): boolean =>
  /arn:[^\s"'`]*$/.test(m.input.slice(Math.max(0, m.index - 256), m.index))

// AWS and other APIs page with `NextToken` and friends: opaque, but not credentials.
const PAGINATION = /(?:next|page|continuation|pagination|sync|marker)[_.-]?$/i

// `pass` alone is a word in many keys (`bypass`, `compass`): it names a password only alone, after
// a separator (`DB_PASS`, `smtp.pass`) or after a word that says whose (`dbpass`, `rootpass`).
const PASS_OWNER =
  /(?:^|[_.-]|^(?:db|user|root|admin|login|my|mysql|pg|postgres|redis|smtp|mail|ftp|sftp|ldap|bind|auth|app|key|store|keystore|truststore|vnc|wifi|proxy|master|sa))$/i

/**
 * Why a labelled value is not a secret, if it is not: a pagination token, `PWD=/home/…`, `bypass`
 * or a test count (`PASS=3 FAIL=0`) where `pass` is no password.
 */
export function labelSkip(prefix: string, label: string, value: string): boolean {
  if (/^token$/i.test(label) && PAGINATION.test(prefix)) return true
  if (/^pwd$/i.test(label) && /^[/~]/.test(value)) return true
  if (/^pass$/i.test(label)) return !PASS_OWNER.test(prefix) || /^\d{1,3}$/.test(value)
  return false
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
])

/** A `Password=` that belongs to a connection string: `;`-separated, or a JDBC URL parameter. */
function inConnectionString(m: RegExpExecArray, end: number): boolean {
  const before = m.input.slice(Math.max(0, m.index - 512), m.index)
  if (/;[ \t]*$/.test(before)) return true
  if (/[?&]$/.test(before) && /jdbc:[^\s"'`]*$/.test(before)) return true
  return /^["'}]?[ \t]*;/.test(m.input.slice(end, end + 16))
}

/** The text before the match on its line (at most 512 characters). */
const lineBefore = (m: RegExpExecArray): string => {
  const before = m.input.slice(Math.max(0, m.index - 512), m.index)
  return before.slice(before.lastIndexOf('\n') + 1)
}

const PEM_LABEL = String.raw`(?:[A-Z0-9]+ ){0,3}PRIVATE KEY(?: BLOCK)?`
/** Between lines of a PEM body: blanks, newlines, or newlines escaped in JSON. */
const PEM_BREAK = String.raw`(?:[ \t]|\r?\n|\\r|\\n)`
/**
 * A line of a PEM body: base64 of 8 characters or more, or a shorter last line ending in `=`. A
 * word like `INFO` or `GET` is not, so a key cut off by the end of the log stops before the next
 * line instead of swallowing it.
 */
const PEM_LINE = String.raw`(?:[A-Za-z0-9+/]{8,}={0,2}|[A-Za-z0-9+/]{1,7}={1,2})(?![A-Za-z0-9+/=])`
const AWS_SECRET_VALUE = String.raw`(?<secret>[A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])`

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
])

/** The values of the `name=value; …` list that starts where the match ends, to the line's end. */
function cookieValues(m: RegExpExecArray): { spans: [number, number][]; end: number } {
  const input = m.input
  const quote = /["']$/.exec(m[0])?.[0]
  const escaped = quote !== undefined && m[0].endsWith(`\\${quote}`)
  const spans: [number, number][] = []
  let i = m.index + m[0].length
  // The list ends at the line's end, at the closing quote of a quoted header, or at `\"` in JSON.
  // An unquoted header ends at a double quote too: it sat inside a JSON string.
  const endsAt = (j: number): boolean => {
    const c = input[j]
    if (c === undefined || c === '\n' || c === '\r') return true
    if (quote === undefined) return c === '"' || (c === '\\' && input[j + 1] === '"')
    if (c === quote) return !escaped || input[j - 1] === '\\'
    return escaped && c === '\\' && input[j + 1] === quote
  }
  while (!endsAt(i)) {
    while (input[i] === ' ' || input[i] === '\t' || input[i] === ';') i++
    const nameStart = i
    while (!endsAt(i) && input[i] !== '=' && input[i] !== ';') i++
    // An item without `=` is an attribute (`Secure`) or a bare value (`Cookie: 3f9a…`).
    const bare = input[i] !== '='
    const name = bare ? '' : input.slice(nameStart, i).trim().toLowerCase()
    let start = bare ? nameStart : i + 1
    if (!bare) i++
    if (!bare && quote === undefined && input[i] === '"') {
      // A quoted value in an unquoted header: to its closing quote.
      const close = input.slice(i + 1, i + 4097).search(/["\r\n]/)
      i = close >= 0 && input[i + 1 + close] === '"' ? i + close + 2 : i + 1
    }
    while (!endsAt(i) && input[i] !== ';') i++
    let end = i
    while (end > start && /\s/.test(input[end - 1] ?? '')) end--
    while (start < end && /\s/.test(input[start] ?? '')) start++
    if (end - start >= 2 && input[start] === '"' && input[end - 1] === '"') {
      start++
      end--
    }
    const value = input.slice(start, end)
    const attribute = COOKIE_ATTRIBUTES.has(bare ? value.toLowerCase() : name)
    if (end > start && !attribute && !isBenign(value)) spans.push([start, end])
  }
  return { spans, end: i }
}

/** Words that follow `--password` in a usage message, not a password. */
const PROSE =
  /^(?:is|are|was|to|the|a|an|and|or|not|must|should|flag|option|argument|parameter|required|missing|expected|given|with|without|for|from|file|prompt|when|if|only|value|instead)$/i

/** Users that label an address rather than log in (`from:alice@example.com`). */
const ADDRESS_LABELS =
  /^(?:from|to|cc|bcc|mailto|email|e-mail|mail|owner|by|reply-to|sender|recipient|contact|author|principal|subject|sub|upn|npm|pkg)$/i
const IPV4 = /^\d{1,3}(?:\.\d{1,3}){3}$/

// Order matters: whole blocks and exact token shapes first, so a token gets its own kind wherever
// it appears (`Authorization: Bearer ghp_…` is a github-token); then URLs and connection strings,
// which keep their scheme, user and host; then labelled values and credentials in command lines;
// generic assignments and bare key-shaped words last.
export const BUILT_IN: readonly Rule[] = [
  {
    kind: 'private-key',
    // The body may not contain `-----`, so a BEGIN without an END costs one scan to the next marker.
    // Adjacent log events of a stream are redacted joined by newlines, so a key logged line by
    // line is one block here.
    re: rx(String.raw`-----BEGIN ${PEM_LABEL}-----(?:[^-]|-(?!----))*?-----END ${PEM_LABEL}-----`)
  },
  {
    kind: 'private-key',
    // A key cut off (by a log truncation, or the end of the window): the header, PEM headers
    // (`Proc-Type`, `DEK-Info`) and the base64 lines that follow.
    re: rx(
      String.raw`-----BEGIN ${PEM_LABEL}-----(?:${PEM_BREAK}+(?:${PEM_LINE}|(?:Proc-Type|DEK-Info|Comment):[^\r\n\\]*))*`
    )
  },
  {
    kind: 'private-key',
    // The tail of a key whose start was cut off: base64 lines up to the END line. A match starts
    // only where a line can (a base64 character not inside a word, nor the `n` of an escaped
    // newline) and only if the line before is not a body line itself: a run of lines is tried from
    // its first line, once, so a long run (or a long run of blanks) costs one scan.
    re: rx(
      String.raw`(?=[A-Za-z0-9+/])(?:(?<=\\[nrt])|(?<![A-Za-z0-9+/])(?!(?<=\\)[nrt]))(?<!(?:[A-Za-z0-9+/]{8}={0,2}|[A-Za-z0-9+/]={1,2})${PEM_BREAK}+)(?:${PEM_LINE}${PEM_BREAK}+)+-----END ${PEM_LABEL}-----`
    )
  },
  {
    kind: 'jwt',
    re: rx(String.raw`(?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*`)
  },
  {
    kind: 'github-token',
    // 36 base62 characters today (the last 6 a checksum); fine-grained PATs are
    // `github_pat_` + 22 + `_` + 59, matched loosely in case the parts change length.
    re: rx(
      String.raw`(?<![A-Za-z0-9_])(?:gh[pousr]_[A-Za-z0-9]{36,}|github_pat_[A-Za-z0-9_]{30,})(?![A-Za-z0-9_])`
    )
  },
  {
    kind: 'api-key',
    re: rx(
      [
        String.raw`sk-ant-[A-Za-z0-9_-]{20,}`, // Anthropic, before OpenAI's `sk-`
        String.raw`sk-(?:proj|svcacct|admin)-[A-Za-z0-9_-]{20,}`, // OpenAI project and service keys
        String.raw`sk-[A-Za-z0-9_-]{20,}T3BlbkFJ[A-Za-z0-9_-]{20,}`, // OpenAI: base64 of "OpenAI"
        String.raw`sk-[A-Za-z0-9]{48}`, // OpenAI, legacy
        String.raw`xox(?:[baprs]|e\.xox[bp]|e)-[A-Za-z0-9-]{10,}`, // Slack
        String.raw`xapp-\d-[A-Za-z0-9-]{10,}`, // Slack app-level
        String.raw`(?:sk|rk)_(?:live|test)_[A-Za-z0-9]{10,}`, // Stripe secret and restricted
        String.raw`whsec_[A-Za-z0-9]{20,}`, // Stripe webhook signing secret
        String.raw`AIza[0-9A-Za-z_-]{35}`, // Google
        String.raw`SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}`, // SendGrid
        String.raw`SK[0-9a-f]{32}`, // Twilio API key
        String.raw`npm_[A-Za-z0-9]{36}`, // npm
        String.raw`glpat-[A-Za-z0-9_-]{20,}` // GitLab
      ]
        .map((source) => `(?<![A-Za-z0-9_.-])${source}(?![A-Za-z0-9_-])`)
        .join('|')
    )
  },
  {
    kind: 'api-key',
    // Slack incoming webhook: whoever has the URL can post.
    re: rx(
      String.raw`hooks\.slack\.com/services/(?<secret>T[A-Z0-9]{6,}/B[A-Z0-9]{6,}/[A-Za-z0-9]{16,})`
    )
  },
  {
    kind: 'aws-session-token',
    // STS tokens begin with a few known base64 prefixes ("\x21\n\torigin", "…er/aws").
    re: rx(
      String.raw`(?<![A-Za-z0-9/+=%])(?:IQoJb3JpZ2lu|AQoJb3JpZ2lu|AgoJb3JpZ2lu|FwoGZXIvYXdz|AQoDYXdz)[A-Za-z0-9/+=%]{40,}`
    )
  },
  {
    kind: 'aws-secret-key',
    // A 40-character value right after an access key id (credentials.csv, `id:secret` pairs).
    re: rx(
      String.raw`(?<![A-Za-z0-9])(?:AKIA|ASIA)[A-Z0-9]{16}["']?[ \t]{0,4}[,;:|\t ][ \t]{0,4}["']?${AWS_SECRET_VALUE}`
    )
  },
  {
    kind: 'aws-access-key',
    re: rx(
      String.raw`(?<![A-Za-z0-9])(?:AKIA|ASIA|ABIA|ACCA|AGPA|AIDA|AIPA|ANPA|ANVA|APKA|AROA|ASCA)[A-Z0-9]{16}(?![A-Za-z0-9])`
    )
  },
  {
    // scheme://user:password@host: only the password goes. The password runs to the last `@`
    // before the path, so an unencoded `@` (or `#`, `?`) in it does not leak the rest.
    kind: (g) => {
      const scheme = (g.scheme ?? '').toLowerCase()
      return DB_SCHEMES.has(scheme) ? 'connection-string-password' : 'url-password'
    },
    re: rx(
      String.raw`(?<![A-Za-z0-9+.-])(?<scheme>[A-Za-z][A-Za-z0-9+.-]*)://(?<user>[^\s:/?#"'<>${'`'}]*):(?<secret>[^\s/"'<>${'`'}]+)@`
    ),
    skip: (_m, secret) => isBenign(secret)
  },
  {
    kind: 'url-password',
    // user:password@host without a scheme (`DATABASE_URL=app:pw@db:5432/app`, a proxy setting).
    // The user starts a word, so a run is tried once; an `@` may sit in the password as above.
    re: rx(
      String.raw`(?<![A-Za-z0-9._~%+:/@\\-])(?<user>[A-Za-z0-9._~%+-]{1,64}):(?<secret>[^\s:/@"'<>${'`'}\\]{1,256}(?:@[^\s:/@"'<>${'`'}\\]{1,256}){0,4})@(?<host>[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,10})(?![A-Za-z0-9@-]|\.[A-Za-z0-9])`
    ),
    skip: (m, secret, end) => {
      const { user = '', host = '' } = m.groups ?? {}
      const after = m.input.slice(end + 1 + host.length, end + 8 + host.length)
      return (
        isBenign(secret) ||
        ADDRESS_LABELS.test(user) ||
        /^\d+$/.test(user) ||
        /^sha\d*$/i.test(host) ||
        (!/[A-Za-z]/.test(host) && !IPV4.test(host)) ||
        // `name:tag@sha256:…` is an image pinned by digest; a port is digits alone.
        /^:\d+[A-Za-z]/.test(after)
      )
    }
  },
  {
    kind: 'connection-string-password',
    // ADO.NET/ODBC `Server=…;Password=…;`, JDBC `;password=` and `?password=`. A bare value may
    // hold spaces when a `;` ends it (within 256 characters, so that each `password=` on a long
    // line without one costs a bounded look ahead); quoted and `{braced}` values run to their
    // closing mark.
    re: rx(
      String.raw`(?<![A-Za-z0-9_.-])(?:password|pwd)[ \t]{0,4}=[ \t]{0,4}(?:"(?<secret>[^"\r\n]+)|'(?<secret2>[^'\r\n]+)|\{(?<secret3>[^}\r\n]+)|(?<secret4>[^;\s"'{&](?:[^;\r\n&]{0,254}[^;\s&])?)(?=[ \t]{0,8};)|(?<secret5>[^;\s"'{&]+))`,
      'i'
    ),
    skip: (m, secret, end) =>
      isBenign(secret) ||
      !inConnectionString(m, end) ||
      (/^pwd/i.test(m[0]) && /^[/~]/.test(secret))
  },
  {
    kind: 'aws-secret-key',
    // Next to a key name (a bare one is the last rule, with a test of its shape).
    re: rx(
      String.raw`(?<![A-Za-z0-9])(?<!client[_.-]?)(?:aws[_.-]?)?secret(?:[_.-]?access)?(?:[_.-]?key)?${SEP}${Q}${AWS_SECRET_VALUE}`,
      'i'
    ),
    skip: (m) => inArn(m)
  },
  {
    kind: 'aws-session-token',
    re: rx(
      String.raw`(?<![A-Za-z0-9])(?:aws[_.-]?|x-amz-)?(?:session|security)[_.-]?token${SEP}${Q}(?<secret>[A-Za-z0-9/+=%]{16,})`,
      'i'
    )
  },
  {
    kind: (g) => ((g.scheme ?? '').toLowerCase() === 'basic' ? 'basic-auth' : 'bearer-token'),
    // The scheme stays: "Bearer [REDACTED…]" still says how the caller authenticated.
    re: rx(
      String.raw`(?<![A-Za-z0-9_-])(?:proxy-)?authorization${SEP}${Q}(?<scheme>bearer|basic|token|bot)[ \t]{1,4}(?<secret>[A-Za-z0-9._~+/-]+=*)`,
      'i'
    )
  },
  {
    kind: 'session-cookie',
    // `Cookie: a=1; b=2` and `Set-Cookie: id=…; Path=/`: every value, none of the names.
    re: rx(String.raw`(?<![A-Za-z0-9_-])(?:set-)?cookie${SEP}${Q}`, 'i'),
    spans: cookieValues
  },
  {
    kind: 'bearer-token',
    // "Bearer <token>" outside a header; long enough that prose ("bearer bonds") does not match.
    re: rx(
      String.raw`(?<![A-Za-z0-9_-])[Bb]earer[ \t]{1,4}(?<secret>[A-Za-z0-9._~+/-]{16,}=*)(?![A-Za-z0-9._~+/=-])`
    )
  },
  {
    kind: 'basic-auth',
    // "Basic <base64 of user:password>" outside a header; prose ("Basic authentication") is not
    // base64 of a pair.
    re: rx(
      String.raw`(?<![A-Za-z0-9_-])basic[ \t]{1,4}(?<secret>[A-Za-z0-9+/]{8,}={0,2})(?![A-Za-z0-9+/=])`,
      'i'
    ),
    skip: (_m, secret) => !basicCredentials(secret)
  },
  {
    kind: 'basic-auth',
    // Docker's config.json `"auth": "<base64 of user:password>"`, npm's `_auth=`.
    re: rx(
      String.raw`(?<![A-Za-z0-9_-])_?auth${SEP}${Q}(?<secret>[A-Za-z0-9+/]{8,}={0,2})(?![A-Za-z0-9+/=])`,
      'i'
    ),
    skip: (_m, secret) => !basicCredentials(secret)
  },
  {
    kind: 'basic-auth',
    // `curl -u user:password`, `--user user:password`: the user stays. `-u 1000:1000` (uid:gid)
    // and `-u app:app` (user:group) are not credentials.
    re: rx(
      String.raw`(?<![A-Za-z0-9_-])(?:-u|--user)(?:[ \t]{1,8}|=)?(?:"(?<user>[^"\r\n:]{1,256}):(?<secret>[^"\r\n]+)|'(?<user2>[^'\r\n:]{1,256}):(?<secret2>[^'\r\n]+)|(?<user3>[^\s:"'\\]{1,256}):(?<secret3>[^\s"'\\]+))`
    ),
    skip: (m, secret) => {
      const g = m.groups ?? {}
      const user = g.user ?? g.user2 ?? g.user3 ?? ''
      return isBenign(secret) || (/^\d+$/.test(user) && /^\d+$/.test(secret)) || user === secret
    }
  },
  {
    kind: 'api-key',
    // Datadog keys are plain hex, so only when labelled: 32 (API) or 40 (application) digits.
    re: rx(
      String.raw`(?<![A-Za-z0-9])(?:dd|datadog)[_.-]?(?:api|app(?:lication)?)[_.-]?key${SEP}${Q}(?<secret>[a-f0-9]{40}|[a-f0-9]{32})(?![A-Za-z0-9])`,
      'i'
    )
  },
  {
    kind: 'password-assignment',
    // A secret given as a command-line option's next word: `--password X`, `--db-pass 'X'`,
    // keytool's `-storepass X`, AWS CLI's `--secret-string X`. (`--password=X` is an assignment.)
    re: rx(
      String.raw`(?<![A-Za-z0-9_-])--?(?:[A-Za-z0-9]{1,20}-){0,3}?(?:passw(?:or)?d|pass|pwd|passphrase|token|secret|secret-string|api-?key|(?:store|key|srcstore|deststore)pass)[ \t]{1,8}(?:"(?<secret>(?:[^"\\\r\n]|\\.)+)"|'(?<secret2>[^'\r\n]+)'|(?<secret3>[^\s"'${'`'}$<{(-][^\s"'${'`'}]*))`,
      'i'
    ),
    skip: (_m, secret) => isBenign(secret) || PROSE.test(secret)
  },
  {
    kind: 'password-assignment',
    // MySQL and MariaDB clients take the password glued to `-p`: `mysql -uroot -pS3cret db`.
    re: rx(
      String.raw`(?<![A-Za-z0-9_-])-p(?:'(?<secret>[^'\r\n]+)'|"(?<secret2>[^"\r\n]+)"|(?<secret3>[^\s"'${'`'}-][^\s"'${'`'}]*))`
    ),
    skip: (m, secret) =>
      isBenign(secret) || !/(?:^|[^A-Za-z0-9_])(?:mysql|mariadb)[A-Za-z_-]*\b/i.test(lineBefore(m))
  },
  {
    kind: 'password-assignment',
    // `sshpass -p X` and `redis-cli … -a X`.
    re: rx(
      String.raw`(?<![A-Za-z0-9_-])(?:sshpass[ \t]{1,8}-p|-a)[ \t]{1,8}(?:'(?<secret>[^'\r\n]+)'|"(?<secret2>[^"\r\n]+)"|(?<secret3>[^\s"'${'`'}-][^\s"'${'`'}]*))`
    ),
    skip: (m, secret) =>
      isBenign(secret) || (!m[0].startsWith('sshpass') && !/\bredis-cli\b/.test(lineBefore(m)))
  },
  {
    kind: 'azure-storage-key',
    // The signature of an Azure shared access signature URL (`…&sig=…`).
    re: rx(String.raw`(?<=[?&;])sig=(?<secret>[^\s&#"'<>${'`'}]{16,})`)
  },
  {
    kind: (g) => labelKind(g.label ?? ''),
    // The prefix is lazy and bounded, and may only start a word, so each word costs at most 41 tries.
    // A key after `/` is a path or repository name (`acme/secret: not found`), not an assignment.
    re: rx(
      String.raw`(?<![A-Za-z0-9_./-])(?<prefix>[A-Za-z0-9_.-]{0,40}?)(?<label>${SECRET_KEY})${SEP}${VALUE}`,
      'i'
    ),
    skip: (m, secret) =>
      isBenign(secret) ||
      inArn(m) ||
      labelSkip(m.groups?.prefix ?? '', m.groups?.label ?? '', secret)
  },
  {
    kind: 'aws-secret-key',
    // A bare 40-character base64 word shaped like an AWS secret access key (see keyShaped: not a
    // SHA-1, an identifier, a path or encoded text). It may follow an escaped newline (`\n`). A
    // checksum, digest or signature label before it says what it is.
    re: rx(
      String.raw`(?:(?<=\\[nrt])|(?<![A-Za-z0-9/+_\\-]))(?<secret>[A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=_-])`
    ),
    skip: (m, secret) =>
      !keyShaped(secret) ||
      /(?:checksum|digest|hash|sha-?\d*|md5|etag|integrity|fingerprint|signature)["']?[ \t]{0,4}[:=]?[ \t]{0,4}["']?$/i.test(
        m.input.slice(Math.max(0, m.index - 32), m.index)
      )
  }
]

export const EMAIL: Rule = {
  kind: 'email',
  re: rx(
    String.raw`(?<![A-Za-z0-9._%+-])(?<local>[A-Za-z0-9._%+-]+)@(?<domain>(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,63})(?![A-Za-z0-9-])`
  ),
  // `git@github.com` and `ec2-user@ip-10-0-0-1.ec2.internal` are a login and a host, not a person.
  skip: (m) =>
    m.groups?.local === 'git' ||
    /\.(?:internal|local|localdomain|lan)$/i.test(m.groups?.domain ?? '')
}
