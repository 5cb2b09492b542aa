import { c as compileGlob } from './glob-RR4fIjUw.js';
import { S as STRONG, C as CLEAR_CASE_SCORE } from './clear-case-BT-JgTpd.js';

// When the symptom began: a change point in a metric's history, not the moment the alarm fired
// (alarms wait for several datapoints, so a change that landed "just before the page" may have
// landed after the symptom began). Pure: series in, a time out.
/** How many points before a candidate onset form its baseline, at least. */
const MIN_BASELINE = 5;
/** A point departs from the baseline when it is this many robust deviations away… */
const DEVIATIONS = 4;
/** …and at least this share of the baseline's level (a flat zero baseline has no deviation). */
const RELATIVE_FLOOR = 0.5;
const median = (xs) => {
    const s = [...xs].sort((a, b) => a - b);
    const m = s.length >> 1;
    return s.length === 0 ? 0 : s.length % 2 ? (s[m] ?? 0) : ((s[m - 1] ?? 0) + (s[m] ?? 0)) / 2;
};
/**
 * The time of the first point that departs upward from everything before it (median + 4 median
 * absolute deviations, and half the median or 1 above it) and stays departed in at least two of
 * the next three points: the onset of a rise in errors or latency. Undefined when the series
 * never departs, or departs before it has a baseline.
 */
function changePoint(points) {
    for (let i = MIN_BASELINE; i < points.length; i++) {
        const before = points.slice(0, i).map((p) => p[1]);
        const level = median(before);
        const mad = median(before.map((v) => Math.abs(v - level)));
        const bar = level + Math.max(DEVIATIONS * mad * 1.4826, RELATIVE_FLOOR * Math.abs(level), 1);
        const departs = (j) => (points[j]?.[1] ?? -Infinity) > bar;
        if (!departs(i))
            continue;
        const next = [i + 1, i + 2, i + 3].filter((j) => j < points.length);
        if (next.length === 0 || next.filter(departs).length >= Math.min(2, next.length))
            return points[i]?.[0];
    }
    return undefined;
}
/** The mean of the values in [from, to). */
function meanBetween(points, from, to) {
    const xs = points.filter(([t]) => t >= from && t < to).map(([, v]) => v);
    return xs.length === 0 ? undefined : xs.reduce((a, b) => a + b, 0) / xs.length;
}

/** Evidence weight that convicts, and the lead over the runner-up it needs. */
const CONVICTION_SCORE = 3;
const CONVICTION_MARGIN = 1;
/** Stack frames and configured values are strong evidence; shared words are weak, capped. */
const FRAME_FILE = 2;
const WORDS_CAP = 2;
/**
 * How long before a deployment's recorded time its new version may already run (a rolling
 * deployment starts new tasks, which log their settings, before it is done).
 */
const ROLLOUT_MS = 30 * 60_000;
/** A deployment this close after the onset still counts as before it (metric resolution). */
const ONSET_SLACK_MS = 60_000;
const ms = (t) => Date.parse(t);
/** A series' `[time, value]` pairs as numbers (the schema checked their types). */
const pointsOf = (series) => series.points.map(([t, v]) => [ms(String(t)), Number(v)]);
const ERROR_LEVEL = /^(?:err(?:or)?|fatal|crit(?:ical)?|severe|panic|alert|emerg)$/i;
const ERROR_TEXT = /\b(?:ERROR|FATAL|Exception|Traceback|panic:|CRITICAL)\b/;
/** Whether a snapshot's log line is an error: by the level it gives, or by what it says. */
const isErrorLine = (l) => (l.level !== undefined && ERROR_LEVEL.test(l.level)) || ERROR_TEXT.test(l.message);
function linesOf(t) {
    return (t?.logs ?? []).map((l) => ({
        at: ms(l.at),
        text: l.message,
        error: isErrorLine(l),
        warning: l.level !== undefined && /^warn(?:ing)?$/i.test(l.level)
    }));
}
// Files that cannot change what a running service does.
const INERT = [
    /(?:^|\/)(?:docs?|tests?|__tests__|spec|specs|e2e|fixtures|\.github|dashboards?)\//i,
    /\.(?:md|mdx|rst|txt|adoc|css|scss|less|svg|png|jpe?g|gif|ico|snap|lock)$/i,
    /(?:_test\.go|\.test\.[cm]?[jt]sx?|\.spec\.[cm]?[jt]sx?|_test\.py|test_[^/]*\.py|Tests?\.(?:java|kt|cs))$/,
    /(?:^|\/)(?:README|CHANGELOG|LICENSE|CODEOWNERS)[^/]*$/i
];
const inert = (path) => INERT.some((re) => re.test(path));
// Words every diff and log has: no evidence that one change is the one.
const CODE_WORDS = new Set(`const let var function return import export from class public private protected static final
  void async await this self null none true false undefined string number boolean error errors
  value values data result response request config options params param return default new
  catch throw throws try else elif while for if def func type interface struct package module
  require println printf logger log debug info warn warning message failed failure timeout
  exception status code with when then that have will should could would been into than`
    .split(/\s+/)
    .filter(Boolean));
// The redactor's placeholders (`[REDACTED:aws-secret-key#1]`, context/redact.ts): the same
// words in every redacted text, so no evidence that a diff and the errors are related.
const PLACEHOLDER = /\[REDACTED:[a-z0-9-]+#\d+\]/g;
/** Identifier-like words of a text, lower-cased: at least 5 characters with a letter. */
function wordsOf(text) {
    const out = new Set();
    for (const w of text
        .replace(PLACEHOLDER, ' ')
        .toLowerCase()
        .split(/[^a-z0-9_]+/)) {
        if (w.length >= 5 && /[a-z]/.test(w) && !CODE_WORDS.has(w))
            out.add(w);
    }
    return out;
}
/** The added and removed lines of a unified diff (not its context or headers). */
function changedLines(patch) {
    const added = [];
    const removed = [];
    for (const line of (patch ?? '').split('\n')) {
        if (line.startsWith('+++') || line.startsWith('---'))
            continue;
        if (line.startsWith('+'))
            added.push(line.slice(1));
        else if (line.startsWith('-'))
            removed.push(line.slice(1));
    }
    return { added, removed };
}
/** Words only the added lines or only the removed lines of a diff hold. */
function changedWords(patch) {
    const { added, removed } = changedLines(patch);
    const plus = wordsOf(added.join('\n'));
    const minus = wordsOf(removed.join('\n'));
    return new Set([...plus, ...minus].filter((w) => plus.has(w) !== minus.has(w)));
}
// A source file, and the line number after it as Java (`Foo.java:88`), Node (`a.ts:12:5`), Go
// (`x.go:42`) or Python (`"x.py", line 48`) print it.
const SOURCE_EXTENSIONS = 'java|kt|scala|go|py|js|mjs|cjs|ts|tsx|jsx|rb|cs|php|rs|cpp|cc|c|h';
const SOURCE_FILE = new RegExp(`([A-Za-z0-9_$\\-./]+\\.(?:${SOURCE_EXTENSIONS}))\\b(?::(\\d+)|"?,? line (\\d+))?`, 'g');
/** The source files (and lines) a stack trace or error line names. */
function framesOf(text) {
    return [...text.matchAll(SOURCE_FILE)].flatMap((m) => {
        const file = m[1] ?? '';
        const line = Number(m[2] ?? m[3] ?? NaN);
        return file === '' ? [] : [Number.isFinite(line) ? { file, line } : { file }];
    });
}
/** The new-file line numbers of a diff's added lines. */
function addedLineNumbers(patch) {
    const out = [];
    let n = 0;
    for (const line of (patch ?? '').split('\n')) {
        const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(line);
        if (hunk)
            n = Number(hunk[1]);
        else if (line.startsWith('+') && !line.startsWith('+++'))
            out.push(n++);
        else if (!line.startsWith('-'))
            n++;
    }
    return out;
}
const base = (path) => path.slice(path.lastIndexOf('/') + 1);
/**
 * Whether a frame names a changed path: `Foo.java` its file name; `/app/pay/client.py` (where the
 * image put it) its last two path components at least, or the whole path.
 */
function frameNames(frame, path) {
    if (!frame.includes('/'))
        return base(path) === frame;
    const f = frame.split('/').filter(Boolean);
    const p = path.split('/').filter(Boolean);
    let same = 0;
    while (same < f.length && same < p.length && f[f.length - 1 - same] === p[p.length - 1 - same])
        same++;
    return same >= Math.min(2, f.length, p.length) && same > 0;
}
// `key = value`, `key: value`, `"key": value` in a changed line.
const SETTING = /([A-Za-z_][\w.-]*)["']?\s*[:=]\s*["']?([\w.:/-]+)/g;
/** A number without its digit separators (`10_000`, `1,000`). */
const plainNumber = (v) => v.replace(/(?<=\d)[_,](?=\d)/g, '');
/** The `key = value` settings of diff lines, numbers without their digit separators (`10_000`). */
function settingsOf(lines) {
    return lines.flatMap((l) => [...l.matchAll(SETTING)].map((m) => [m[1] ?? '', plainNumber(m[2] ?? '')]));
}
/** Key words of a setting name: `connectTimeoutMs` → connect, timeout; `baseUrl` → base, url. */
const keyWords = (key) => key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length >= 3);
function symptom(snapshot, alarmAt) {
    const primary = snapshot.service;
    const services = snapshot.services ?? {};
    const onsets = [];
    for (const [name, t] of Object.entries(services)) {
        if (primary !== undefined && name !== primary)
            continue;
        for (const [metric, series] of Object.entries(t?.metrics ?? {})) {
            if (!series || (series.kind !== 'errors' && series.kind !== 'latency'))
                continue;
            const at = changePoint(pointsOf(series));
            if (at !== undefined && at <= alarmAt)
                onsets.push({ at, from: `${name}'s ${metric} rose from its baseline` });
        }
    }
    const primaryLines = linesOf(primary === undefined ? undefined : services[primary]);
    if (onsets.length === 0) {
        // Without a series that rose: the first error line.
        const firstError = primaryLines.find((l) => l.error && l.at <= alarmAt);
        if (firstError)
            onsets.push({ at: firstError.at, from: 'the first error line in the logs' });
    }
    const onset = onsets.sort((a, b) => a.at - b.at)[0] ?? {
        at: alarmAt,
        from: 'the alarm (no metric history or error log showed an earlier onset)'
    };
    const failing = new Set(primary === undefined ? [] : [primary]);
    const errorsAfter = [];
    const all = [];
    for (const [name, t] of Object.entries(services)) {
        const lines = linesOf(t);
        const after = lines.filter((l) => l.error && l.at >= onset.at - ONSET_SLACK_MS);
        // A symptom speaks in warnings too (a slowdown's "slow request", a backlog's "falling
        // behind"): the failing service's count as what it says.
        const warnings = name === primary ? lines.filter((l) => l.warning && l.at >= onset.at - ONSET_SLACK_MS) : [];
        const earlierErrors = lines.filter((l) => l.error && l.at < onset.at - ONSET_SLACK_MS);
        if (name === primary || after.length >= 3) {
            errorsAfter.push(...after, ...warnings);
            all.push(...lines);
            if (after.length >= 3 && after.length > 2 * earlierErrors.length)
                failing.add(name);
        }
    }
    return { onset, alarmAt, failing, errorsAfter, lines: all.sort((a, b) => a.at - b.at) };
}
/** Where a Health event came from and why it concerns the incident: ` (#12; names i-0abc…)`. */
function healthSource(h) {
    const parts = [h.issue ? `#${h.issue}` : '', h.relevance ?? ''].filter((p) => p !== '');
    return parts.length > 0 ? ` (${parts.join('; ')})` : '';
}
/** Positive evidence of a cause no change made. */
function operationalCauses(snapshot, s, knownServices) {
    const out = [];
    for (const h of snapshot.awsHealth ?? []) {
        const at = ms(h.at);
        if (h.statusCode !== 'closed' && at <= s.alarmAt && at >= s.onset.at - 6 * 3_600_000)
            out.push({
                kind: 'health',
                why: `AWS Health reports ${h.eventTypeCode}${h.service ? ` (${h.service})` : ''} from ${h.at}${healthSource(h)}`
            });
    }
    // A surge is more of everything the service counts as requests: when one request series
    // stays flat (the calls it receives) while another rises (the calls it makes, retrying),
    // the load did not grow.
    const primary = snapshot.service ? snapshot.services?.[snapshot.service] : undefined;
    const rises = [];
    let flat = false;
    for (const [name, series] of Object.entries(primary?.metrics ?? {})) {
        if (series?.kind !== 'requests' || series.points.length === 0)
            continue;
        const points = pointsOf(series);
        const start = points[0]?.[0] ?? 0;
        const pre = meanBetween(points, start, s.onset.at);
        const post = meanBetween(points, s.onset.at, s.alarmAt + 1);
        if (pre === undefined || post === undefined || pre <= 0)
            continue;
        if (post >= 2.5 * pre)
            rises.push({ name, factor: post / pre });
        else
            flat = true;
    }
    if (rises.length > 0 && !flat)
        out.push({
            kind: 'traffic',
            why: `${rises.map((r) => `${r.name} rose ${r.factor.toFixed(1)}×`).join(', ')} at the onset: more load, not a different program`
        });
    const errors = s.errorsAfter;
    if (errors.length >= 3) {
        const share = (test) => errors.filter(test).length / errors.length;
        const hosts = new Map();
        for (const l of errors) {
            const seen = new Set();
            for (const m of l.text.matchAll(/\b((?:[a-z0-9-]+\.)+[a-z]{2,})(?::\d+)?\b/gi)) {
                const host = (m[1] ?? '').toLowerCase();
                if (/\.(?:internal|local|svc|java|py|go|js|ts|kt|rb)$/.test(host) || host.includes('_'))
                    continue;
                if ([...knownServices].some((svc) => host.includes(svc.toLowerCase())))
                    continue;
                if (!/\.(?:com|net|org|io|co|dev|cloud|[a-z]{2})$/.test(host))
                    continue;
                seen.add(host);
            }
            for (const h of seen)
                hosts.set(h, (hosts.get(h) ?? 0) + 1);
        }
        const [host, count] = [...hosts].sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
        if (count / errors.length >= 0.5)
            out.push({
                kind: 'dependency',
                why: `${count} of ${errors.length} error lines name ${host}, a dependency outside the deployed services`
            });
        const ids = new Map();
        for (const l of errors) {
            const seen = new Set([
                ...l.text.matchAll(/\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b|\b(?:[A-Za-z]+[-_])?(?:id|key|record|message|msg|order|event)[-_]?(?:id)?[=:#\s]+["']?([A-Za-z0-9_-]{6,})/gi)
            ].map((m) => m[1] ?? m[0]));
            for (const id of seen)
                ids.set(id, (ids.get(id) ?? 0) + 1);
        }
        const [record, times] = [...ids].sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
        if (times >= 5 && times / errors.length >= 0.4)
            out.push({
                kind: 'poison-record',
                why: `one record, ${record}, fails again and again (${times} of ${errors.length} error lines)`
            });
        if (share((l) => /certificate|x509|PKIX|TLS handshake|SSL handshake|CERT_/i.test(l.text)) >= 0.4)
            out.push({ kind: 'certificate', why: 'the errors are TLS certificate failures' });
        if (share((l) => /Throttl|Rate exceeded|ProvisionedThroughputExceeded|TooManyRequests|SlowDown|RequestLimitExceeded/i.test(l.text)) >= 0.5)
            out.push({ kind: 'throttling', why: 'the errors are AWS throttling' });
    }
    return out;
}
const ownersMap = (snapshot) => (snapshot.components ?? []).map((c) => ({
    fits: compileGlob(c.paths),
    services: [...(c.service ? [c.service] : []), ...(c.usedBy ?? [])]
}));
/** Which services a path belongs to: its own, and those that build from it as a library. */
function ownersOf(map, path, deployed) {
    const mapped = map.filter((o) => o.fits(path));
    // Without a mapping, a deployment's files are its service's.
    return mapped.length === 0 ? [deployed] : mapped.flatMap((o) => o.services);
}
const quoteLine = (text) => `\`${text.trim().slice(0, 160).replace(/`/g, "'")}\``;
/**
 * A stack frame in the errors that names a line this commit wrote (Java, Python and V8 print
 * exact lines), which points at the change itself since two commits may touch one file; else
 * one that names a file it changed elsewhere: code on the failing path it touched.
 */
function frameEvidence(files, errorText) {
    let elsewhere;
    for (const f of files) {
        const added = new Set(addedLineNumbers(f.patch));
        for (const t of errorText) {
            for (const fr of framesOf(t)) {
                if (!frameNames(fr.file, f.path))
                    continue;
                if (fr.line !== undefined && added.has(fr.line))
                    return {
                        text: `the errors' stack trace names line ${fr.line} of ${f.path}, a line this commit wrote: ${quoteLine(t)}`,
                        weight: STRONG + 1
                    };
                elsewhere ??= {
                    text: `the errors' stack trace names ${f.path}, which this commit changed (not at the line the trace names): ${quoteLine(t)}`,
                    weight: FRAME_FILE
                };
            }
        }
    }
    return elsewhere;
}
// A numeric field a log line prints: `"concurrency":32`, `pool_size=10`, `timeout: 250`.
const PRINTED_NUMBER = /["']?([A-Za-z_][\w.-]*)["']?\s*[:=]\s*["']?(\d(?:[\d_,]*\d)?(?:\.\d+)?)(?![\w.])/g;
/** `consumer.go:142` is a source line, not a setting. */
const SOURCE_NAME = new RegExp(`\\.(?:${SOURCE_EXTENSIONS}|exs?)$`);
const NUMBER = /(?<![\w.])\d[\d_]*(?:\.\d+)?(?![\w.])/g;
const wordKey = (key) => keyWords(key).sort().join(' ');
/**
 * A setting a commit changed (a number a removed line gave it; a line it added, in any of its
 * files, under the same name in any case) that the logs print under a name made of the
 * setting's own words: the old value last before the rollout began, only new values of the
 * added line from then until the alarm.
 */
function settingTookEffect(files, lines, began, alarmAt) {
    const changed = files.map((f) => ({ path: f.path, ...changedLines(f.patch) }));
    const added = changed.flatMap((f) => f.added.map((line) => ({ path: f.path, line })));
    for (const f of changed)
        for (const [key, was] of settingsOf(f.removed)) {
            const words = keyWords(key);
            if (!/^\d/.test(was) || words.length === 0)
                continue;
            const setting = wordKey(key);
            const now = added.filter(({ line }) => settingsOf([line]).some(([k]) => wordKey(k) === setting));
            const values = new Set(now.flatMap(({ line }) => [...line.matchAll(NUMBER)].map((m) => plainNumber(m[0]))));
            if (values.size === 0 || values.has(was))
                continue;
            const printed = (text) => [...text.matchAll(PRINTED_NUMBER)]
                .filter((m) => {
                if (SOURCE_NAME.test(m[1] ?? ''))
                    return false;
                const name = keyWords(m[1] ?? '');
                return name.length > 0 && name.every((w) => words.includes(w));
            })
                .map((m) => plainNumber(m[2] ?? ''));
            // In time order: old and new values may mix while the rollout replaces tasks.
            const seen = lines
                .filter((l) => l.at <= alarmAt)
                .flatMap((l) => printed(l.text).map((value) => ({ at: l.at, value, text: l.text })));
            const lastOld = seen.findLastIndex((p) => p.value === was);
            const since = seen.slice(lastOld + 1);
            const first = since[0];
            if (lastOld < 0 ||
                !first ||
                !since.every((p) => values.has(p.value)) ||
                seen.some((p) => p.at < began && p.value !== was))
                continue;
            return {
                text: `this commit changed \`${key}\` from ${was} (${f.path}; now ${now[0]?.path ?? '?'}), and the logs printed ${was} until the rollout and ${first.value} since: ${quoteLine(first.text)}`,
                weight: STRONG
            };
        }
    return undefined;
}
function evidence(c, s, rarity) {
    const reasons = [];
    const files = c.commit?.files ?? [];
    const errorText = s.errorsAfter.map((l) => l.text);
    const frame = frameEvidence(files, errorText);
    if (frame)
        reasons.push(frame);
    // (2) A value the diff set, which the errors print beside the setting's name and no line
    // printed before the deployment began rolling out.
    const earlier = s.lines.filter((l) => l.at < c.began);
    settings: for (const f of files) {
        const { added, removed } = changedLines(f.patch);
        const was = new Map(settingsOf(removed));
        for (const [key, value] of settingsOf(added)) {
            // Settings hold numbers, durations, URLs and host:port; `self.user = user` is code.
            if (!/^\d/.test(value) && !/:\/\/|^[\w.-]+:\d{2,5}$/.test(value))
                continue;
            // A line moved or re-indented keeps its value: no change.
            if (was.get(key) === value)
                continue;
            const valueRe = new RegExp(
            // A number may carry its unit (`200ms`), not more digits (`2000`) or letters (`5a7f`).
            `(?<![\\w.])${value.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}${/^\d+$/.test(value) ? '(?:ms|s|secs?|seconds|m|mins?|h|[kmg]i?b|%)?' : ''}(?![\\w.])`);
            const words = keyWords(key);
            // Printed beside the setting's name (a URL or host:port speaks for itself).
            const distinctive = /:\/\/|:\d{2,5}$/.test(value);
            const printed = (t) => valueRe.test(t) && (distinctive || words.some((w) => t.toLowerCase().includes(w)));
            const line = errorText.find(printed);
            if (line && !earlier.some((l) => printed(l.text))) {
                reasons.push({
                    text: `this commit set \`${key}\` to ${value} in ${f.path}, and the errors print it: ${quoteLine(line)}`,
                    weight: STRONG
                });
                break settings;
            }
        }
    }
    // (2b) Else a number the diff changed that the service's own logs show taking effect with
    // the rollout: printed beside the setting's name with the old value before it, and only with
    // the new one after it (a concurrency, a pool size cut, with no error to print it).
    if (!reasons.some((r) => r.weight >= STRONG)) {
        const effect = settingTookEffect(files, s.lines, c.began, s.alarmAt);
        if (effect)
            reasons.push(effect);
    }
    // (3) Words the diff brought or took away (not those a line kept when it was edited) that the
    // errors say and the logs before the rollout did not.
    const errorWords = wordsOf(errorText.join('\n'));
    const beforeWords = wordsOf(earlier.map((l) => l.text).join('\n'));
    const shared = [...c.words].filter((w) => errorWords.has(w) && !beforeWords.has(w)).sort();
    if (shared.length > 0) {
        const weight = Math.min(WORDS_CAP, shared.reduce((sum, w) => sum + rarity(w), 0));
        reasons.push({
            text: `its diff and the new errors share ${shared
                .slice(0, 5)
                .map((w) => `\`${w}\``)
                .join(', ')}, which the logs never said before it was deployed`,
            weight
        });
    }
    return reasons;
}
const scoreOf = (reasons) => reasons.reduce((a, r) => a + r.weight, 0);
const confidenceOf = (score) => Math.round(Math.min(1, score / CLEAR_CASE_SCORE) * 100) / 100;
/**
 * Judges the changes of a snapshot for an incident whose alarm fired at `alarmAt` (epoch ms):
 * a suspect commit with its reasons, or none with why, and every candidate ruled out with why.
 */
function attributeChange(snapshot, alarmAt, options = {}) {
    const convict = options.convictionScore ?? CONVICTION_SCORE;
    const s = symptom(snapshot, alarmAt);
    const commits = new Map((snapshot.commits ?? []).map((c) => [c.sha, c]));
    const knownServices = new Set([
        ...Object.keys(snapshot.services ?? {}),
        ...(snapshot.deployments ?? []).map((d) => d.service)
    ]);
    const owners = ownersMap(snapshot);
    const ruledOut = [];
    const open = [];
    for (const d of [...(snapshot.deployments ?? [])].sort((a, b) => ms(a.at) - ms(b.at))) {
        const shas = d.commits && d.commits.length > 0 ? d.commits : [d.sha];
        const rule = (why) => {
            for (const sha of shas)
                ruledOut.push({ sha, deployment: d.id, why });
        };
        const at = ms(d.at);
        if (d.state === 'failure' || d.state === 'error') {
            rule(`deployment ${d.id} to ${d.service} did not roll out (${d.state})`);
            continue;
        }
        // Only a rollout that began after the onset is certainly innocent; one recorded later may
        // have been rolling out (its new tasks running) before.
        const began = d.startedAt !== undefined ? ms(d.startedAt) : at - ROLLOUT_MS;
        if (began > s.onset.at + ONSET_SLACK_MS) {
            rule(`deployment ${d.id} to ${d.service} ${d.startedAt !== undefined ? 'began' : 'landed'} ${Math.round(((d.startedAt !== undefined ? began : at) - s.onset.at) / 60_000)} min after the symptom began (${s.onset.from})`);
            continue;
        }
        for (const sha of shas) {
            const commit = commits.get(sha);
            const files = commit?.files ?? [];
            const live = files.filter((f) => !inert(f.path));
            const onPath = live.filter((f) => ownersOf(owners, f.path, d.service).some((o) => s.failing.has(o)));
            if (!s.failing.has(d.service))
                ruledOut.push({
                    sha,
                    deployment: d.id,
                    why: `deployed to ${d.service}, which shows no errors`
                });
            else if (commit && files.length > 0 && live.length === 0)
                ruledOut.push({
                    sha,
                    deployment: d.id,
                    why: `touched only documentation, tests or assets (${files
                        .slice(0, 3)
                        .map((f) => f.path)
                        .join(', ')})`
                });
            else if (commit && live.length > 0 && onPath.length === 0)
                ruledOut.push({
                    sha,
                    deployment: d.id,
                    why: `touched only code of services that show no errors (${live
                        .slice(0, 3)
                        .map((f) => f.path)
                        .join(', ')})`
                });
            else
                open.push({
                    sha,
                    deployment: d.id,
                    service: d.service,
                    ...(d.repo ? { repo: d.repo } : {}),
                    began,
                    ...(commit?.pullRequest ? { pullRequest: commit.pullRequest } : {}),
                    commit: commit && { ...commit, files: onPath },
                    words: new Set(onPath.flatMap((f) => [...changedWords(f.patch)]))
                });
        }
    }
    // A word's weight: 1 when one candidate's diff holds it, less when several do.
    const holders = new Map();
    for (const c of open)
        for (const w of c.words)
            holders.set(w, (holders.get(w) ?? 0) + 1);
    const rarity = (w) => 1 / (holders.get(w) ?? 1);
    const scored = open
        .map((c) => {
        const reasons = evidence(c, s, rarity);
        const score = scoreOf(reasons);
        return {
            sha: c.sha,
            deployment: c.deployment,
            service: c.service,
            ...(c.repo ? { repo: c.repo } : {}),
            ...(c.pullRequest ? { pullRequest: c.pullRequest } : {}),
            score,
            confidence: confidenceOf(score),
            reasons
        };
    })
        .sort((a, b) => b.score - a.score);
    const operational = operationalCauses(snapshot, s, knownServices);
    const [best, second] = scored;
    const strong = best?.reasons.some((r) => r.weight >= STRONG) ?? false;
    const base = { operational, onset: s.onset, open: scored.map((c) => c.sha) };
    const landed = new Map((snapshot.deployments ?? []).map((d) => [d.id, ms(d.at)]));
    const rest = (except) => ruledOutOf(except).map((r) => {
        const at = landed.get(r.deployment);
        return at === undefined || !Number.isFinite(at) ? r : { ...r, landedAt: at };
    });
    const ruledOutOf = (except) => [
        ...ruledOut,
        ...scored
            .filter((c) => c.sha !== except)
            .map((c) => ({
            sha: c.sha,
            deployment: c.deployment,
            why: c.reasons.length === 0
                ? 'nothing in its diff appears in the errors (no changed file in a stack trace, no value they print, no shared word)'
                : `its evidence is weaker: ${c.reasons.map((r) => r.text).join('; ')}`
        }))
    ];
    if (!best || best.score === 0)
        return {
            ...base,
            none: operational[0]
                ? `an operational cause explains it: ${operational.map((o) => o.why).join('; ')}`
                : scored.length === 0
                    ? 'no change reached the failing services before the symptom began'
                    : 'no change is supported by evidence: timing alone convicts nothing',
            considered: [],
            ruledOut: rest()
        };
    if (operational.length > 0 && !strong)
        return {
            ...base,
            none: `an operational cause explains it: ${operational.map((o) => o.why).join('; ')}; no change has strong evidence against it`,
            considered: scored.filter((c) => c.score > 0),
            ruledOut: rest()
        };
    if (best.score < convict || (second && best.score - second.score < CONVICTION_MARGIN))
        return {
            ...base,
            none: best.score < convict
                ? `no change has enough evidence (best ${best.sha.slice(0, 12)}: ${best.score.toFixed(1)}, a suspect needs ${convict})`
                : `${best.sha.slice(0, 12)} and ${second?.sha.slice(0, 12) ?? '?'} are about as well supported`,
            considered: scored.filter((c) => c.score > 0),
            ruledOut: rest()
        };
    return {
        ...base,
        suspect: best,
        considered: scored.filter((c) => c.score > 0 && c.sha !== best.sha),
        ruledOut: rest(best.sha)
    };
}

export { attributeChange as a, isErrorLine as i };
