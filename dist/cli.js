import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, isAbsolute, basename, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { formatProblem } from './chunks/problem-CyEFoYOj.js';
import { readFile, mkdir, writeFile, rename, lstat, stat, open } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { R as Redactor } from './chunks/redact-dgEMPhFv.js';
import { d as chooseProvider, a as intakeDecision } from './chunks/triage-provider-DX_XqvC-.js';
import { parseSnapshot, replayAttribution, SNAPSHOT_FILE } from './chunks/snapshot-BcfFixE3.js';
import { createHash, randomBytes } from 'node:crypto';
import { homedir } from 'node:os';
import { a as validate, l as loadCatalog, b as validateCatalog, v as validateCommand } from './chunks/validate-Dq7oEOjf.js';
import { T as TRIAGE_INDEX_FORMAT, a as TriageIndex } from './chunks/rules-BvgxSNAz.js';
import { a as textPipelineKey } from './chunks/lexical-Bc-35x6b.js';
import { V as VERSION } from './chunks/version-CvW7nB-o.js';
import { a as readPayload, w as wrapEvent, b as parseJsonText, p as parseList } from './chunks/list-Bkpa0xtJ.js';
import { a as analyze, c as clip } from './chunks/pipeline-BpTjuuFJ.js';
import { s as suspectChangeSection } from './chunks/incident-issue-Bce1dpk_.js';
import { c as count } from './chunks/count-BzbjJIUd.js';
import { m as mineText$1, i as isDateWord, a as maskValues, D as DrainMiner } from './chunks/templates-CvzNMnjK.js';
import { d as detectSeverity } from './chunks/severity-DGMA2-R7.js';
import { a as didYouMean } from './chunks/ssm-document-CLAKwtu-.js';
import './chunks/untrusted-DwwMYKYb.js';
import './chunks/unicode-Bqcso1Xx.js';
import './chunks/fingerprint-BtovXTfi.js';
import './chunks/redacted-incident-J003IcyX.js';
import './chunks/ledger-BOoI6kY9.js';
import './chunks/record-BIoafhO-.js';
import './chunks/ucs2length-43QcV_Qu.js';
import './chunks/_commonjsHelpers-BFTU3MAI.js';
import './chunks/normalize-lqZICLgH.js';
import './chunks/json-DBadgRse.js';
import './chunks/http-error-C1Lek3oc.js';
import './chunks/aws-error-lcWkeA8s.js';
import './chunks/facts-DXKc7_LI.js';
import './chunks/snapshot-BRbq2CSM.js';
import './chunks/change-attribution-CKrQW-PN.js';
import './chunks/glob-RR4fIjUw.js';
import './chunks/clear-case-BT-JgTpd.js';
import './chunks/suspect-fact-CaoDWQL8.js';
import './chunks/exclude-DohiZwX2.js';
import './chunks/request-D_hjRL7m.js';
import './chunks/parameters-DbSepTJw.js';
import './chunks/yaml-source-B5uDbl-W.js';
import 'process';
import 'buffer';
import './chunks/evidence-4-MxoGm5.js';
import './chunks/stage-CM_k6y3e.js';
import './chunks/ports-Baf7aGWi.js';
import './chunks/markdown-DUQQBL0n.js';

// The command line's cache of validated catalogs, so a cold `opsloop triage` neither revalidates
// an unchanged catalog (YAML, schema, shell analysis, example incidents: about 0.4 s for 1,000
// runbooks) nor rebuilds its triage index. Content-addressed: the key is a hash of OpsLoop's
// version, the index format and every runbook file's path and text; an entry also lists every
// other file validation read (example incidents, SSM documents, and the paths it looked for and
// did not find) with its hash, and is used only when all of them still hash the same. It lives in
// the user's own cache folder; the action never reads it (a runner is fresh each job, and a cache
// another workflow could write is not a safe store; see docs/security.md).
const CACHE_FORMAT = 'opsloop-catalog-cache/1';
/** Where the CLI caches: OPSLOOP_CACHE_DIR, else $XDG_CACHE_HOME/opsloop, else ~/.cache/opsloop. */
function defaultCacheDir(env) {
    if (env.OPSLOOP_CACHE_DIR)
        return env.OPSLOOP_CACHE_DIR;
    // The XDG specification: a relative XDG_CACHE_HOME is invalid and ignored.
    const xdg = env.XDG_CACHE_HOME;
    return join(xdg && isAbsolute(xdg) ? xdg : join(homedir(), '.cache'), 'opsloop');
}
const sha256 = (text) => createHash('sha256').update(text).digest('hex');
/** The key of a catalog's runbook files, as loadCatalog read them. */
function catalogKey(sources, extra = []) {
    // The text pipeline (vocabulary, stemmer) too: the entry's index is loaded on this key's word.
    const hash = createHash('sha256').update(`${CACHE_FORMAT}\n${VERSION}\n${TRIAGE_INDEX_FORMAT}\n${textPipelineKey()}`);
    for (const e of extra)
        hash.update(`\n${e}`);
    for (const s of sources)
        hash.update(`\n${s.file}\n${sha256(s.text)}`);
    return hash.digest('hex');
}
/** A reader that records every path read through it, for the entry's dependencies. */
function recordingReader(reader) {
    const seen = new Map();
    return {
        reader: {
            async readText(file) {
                const read = await reader.readText(file);
                seen.set(file, read.ok ? sha256(read.text) : null);
                return read;
            }
        },
        dependencies: () => [...seen].map(([path, hash]) => ({ path, sha256: hash }))
    };
}
/** The cached catalog for `key`, when every file it depends on is unchanged. */
async function readCachedCatalog(cacheDir, key, reader) {
    const file = join(cacheDir, `catalog-${key}.json`);
    let entry;
    try {
        if (!(await ownedPrivately(cacheDir)) || !(await ownedPrivately(file)))
            return undefined;
        entry = JSON.parse(await readFile(file, 'utf8'));
    }
    catch {
        return undefined;
    }
    if (!isEntry(entry, key))
        return undefined;
    for (const d of entry.dependencies) {
        const read = await reader.readText(d.path);
        if ((read.ok ? sha256(read.text) : null) !== d.sha256)
            return undefined;
    }
    // The key hashed every runbook file this entry's catalog and index were made from, and the
    // entry is trusted for its runbooks as much as for its index: no second hash of the catalog.
    const index = TriageIndex.load(entry.catalog, entry.index, { vouched: true });
    return index ? { catalog: entry.catalog, index } : undefined;
}
/**
 * Whether a path is the user's own, not a link, and writable by nobody else. The key is a hash of
 * files an attacker may be able to read (a public repository), so in a shared cache folder
 * (OPSLOOP_CACHE_DIR=/tmp/…) they could plant an entry under the right key; like ssh with its
 * keys, the cache trusts only what only the user could have written. Where the platform has no
 * uid (Windows) only the link and mode checks apply.
 */
async function ownedPrivately(path) {
    const s = await lstat(path);
    const uid = process.getuid?.();
    return !s.isSymbolicLink() && (uid === undefined || s.uid === uid) && (s.mode & 0o022) === 0;
}
const isRecord = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
/**
 * An entry of this format and key, every part of the expected shape and every runbook valid
 * against the runbook schema: anything else (a damaged or hand-edited file) is a miss.
 */
function isEntry(v, key) {
    if (!isRecord(v) || v.format !== CACHE_FORMAT || v.key !== key)
        return false;
    const { dependencies, catalog } = v;
    return (Array.isArray(dependencies) &&
        dependencies.every((d) => isRecord(d) &&
            typeof d.path === 'string' &&
            (d.sha256 === null || typeof d.sha256 === 'string')) &&
        Array.isArray(catalog) &&
        catalog.every((c) => isRecord(c) &&
            typeof c.file === 'string' &&
            typeof c.digest === 'string' &&
            validate(c.runbook)));
}
/** Stores a validation's usable runbooks and their index; a cache that cannot be written is skipped. */
async function writeCachedCatalog(cacheDir, key, validation, dependencies) {
    const catalog = validation.entries
        .filter((e) => e.status.errors === 0)
        .map((e) => ({ file: e.file, digest: e.digest, runbook: e.runbook }));
    const index = TriageIndex.build(catalog);
    const entry = {
        format: CACHE_FORMAT,
        key,
        dependencies,
        catalog,
        index: index.toJSON()
    };
    try {
        await mkdir(cacheDir, { recursive: true, mode: 0o700 });
        const file = join(cacheDir, `catalog-${key}.json`);
        // Written whole, then renamed: a reader never sees half an entry.
        const temporary = `${file}.${randomBytes(6).toString('hex')}.tmp`;
        await writeFile(temporary, JSON.stringify(entry), { mode: 0o600 });
        await rename(temporary, file);
    }
    catch {
        // The cache only saves time: without it, the next run validates again.
    }
    return { catalog, index };
}

// `opsloop triage --event FILE`: the issue OpsLoop would open for an event, and its plan,
// without touching GitHub. For trying runbooks and prompts on real events.
async function triageCommand(input) {
    let text;
    try {
        text = await input.readEvent();
    }
    catch (error) {
        throw new Error(`cannot read ${input.eventFile}: ${error.code ?? error.message}`);
    }
    const delivery = readPayload(wrapEvent(parseJsonText(text, input.eventFile)));
    const { catalog, index } = await usableCatalog(input.runbooks, input.cacheDir);
    return analyze({
        delivery,
        catalog,
        ...(index ? { index } : {}),
        provider: input.provider,
        ...(input.snapshot ? { snapshot: input.snapshot } : {}),
        now: input.now ?? new Date()
    });
}
/** The runbooks that validate without errors: from the cache when the catalog is unchanged. */
async function usableCatalog(dir, cacheDir) {
    const loaded = await loadCatalog(dir);
    if (cacheDir) {
        const key = catalogKey(loaded.sources);
        const cached = await readCachedCatalog(cacheDir, key, loaded.reader);
        if (cached)
            return cached;
        const recording = recordingReader(loaded.reader);
        const validation = await validateCatalog(loaded.sources, { reader: recording.reader });
        return writeCachedCatalog(cacheDir, key, validation, recording.dependencies());
    }
    const validation = await validateCatalog(loaded.sources, { reader: loaded.reader });
    return {
        catalog: validation.entries
            .filter((e) => e.status.errors === 0)
            .map((e) => ({ runbook: e.runbook, file: e.file, digest: e.digest }))
    };
}

const MINUTE_MS = 60_000;
const minuteOf = (t) => Math.floor(t / MINUTE_MS);
/**
 * Whether a new-template anomaly is due: a reported severity, first seen after the log group's
 * learning period, and a line of it (`at`) within one cooldown of that first sight. The last
 * condition makes a retry (a redelivered record, a released claim) report it still, and a claim
 * that expired from the store (TTL) never report it twice.
 */
function newTemplateDue(severity, firstSeen, groupFirstSeen, at, settings) {
    if (severity === 'info' || !settings.newSeverities.includes(severity))
        return false;
    if (firstSeen < groupFirstSeen + settings.learningMs)
        return false;
    return at < firstSeen + settings.cooldownMs;
}
/**
 * The burst rule at minute `minute` (the latest line's): the window is its last `windowMs` of
 * whole minutes, the baseline the `baselineMs` before the window, cut to what the detector has
 * observed of the group (from its first minute). No verdict for a minute that starts before the
 * learning period ends, nor with less than one window of baseline observed. A burst: count ≥ minCount and ≥ burstFactor × baseline mean.
 */
function findBurst(count, minute, groupFirstSeen, settings) {
    if (!settings.burst)
        return undefined;
    if (minute * MINUTE_MS < groupFirstSeen + settings.learningMs)
        return undefined;
    const w = settings.windowMs / MINUTE_MS;
    const b = settings.baselineMs / MINUTE_MS;
    let inWindow = 0;
    for (let m = minute - w + 1; m <= minute; m++)
        inWindow += count(m);
    if (inWindow < settings.minCount)
        return undefined;
    const from = Math.max(minute - w - b + 1, minuteOf(groupFirstSeen));
    const observed = minute - w - from + 1;
    if (observed < w)
        return undefined;
    let before = 0;
    for (let m = from; m <= minute - w; m++)
        before += count(m);
    const baseline = (before * w) / observed;
    if (inWindow < settings.burstFactor * baseline)
        return undefined;
    return {
        count: inWindow,
        baseline,
        windowStart: (minute - w + 1) * MINUTE_MS,
        windowEnd: (minute + 1) * MINUTE_MS
    };
}
/** Start of the cooldown window holding `t`: claims are per (group, key, kind, this). */
const cooldownWindow = (t, settings) => Math.floor(t / settings.cooldownMs) * settings.cooldownMs;

// The template key: which template a log line belongs to, the same in every container and
// whatever order lines arrive in. Drain's template text cannot be the key: it generalizes as
// lines arrive (`user alice` → `user <*>`), so one container's key for a line changes over time
// and two containers that saw different first lines disagree. The key is a function of the line
// alone instead, so it never changes, and its cost is the opposite error: a variable part that
// carries no digit (a user name, a host name, a service) splits one logical template into one
// key per value. `npm run bench` measures both on Loghub; docs/detection.md has the figures.
//
// The line's canonical form, from its first line only (as the log summary mines it):
// - compact JSON gets a space after each `,"`, so its fields are tokens;
// - each token is value-masked as Drain sees it (`DEFAULT_VALUE_MASKS`: `uid=42` → `uid=<NUM>`);
// - a token that still has a digit (`dn228`, `R02-M1-N0`, `v2`), or is a value alone (`<NUM>`,
//   `/<IP>:<NUM>`), a path (`/home/alice/x`), an e-mail address or a host name with a port
//   (`db.internal:5432`) becomes `<*>`: the mask's type is dropped so `0x1f` (HEX) and `42`
//   (NUM) in one position agree;
// - a month or weekday name next to a `<*>` is a date's, so `<*>` too (`Nov 9 12:01:01`), or
//   every template would change key on the 1st of the month;
// - runs of `<*>` become one, so a value of one or two words is one position.
// The key is a 64-bit hash of the severity and that form, so the state table never holds log
// text (a digit-free secret in a line included); the form itself goes out only redacted, as an
// anomaly's `template`.
const KEY_WILDCARD = '<*>';
const WHITESPACE = /[ \t\n\v\f\r]+/;
/** The text Drain and the key see: what is mined of a line; compact JSON with its fields apart. */
function mineText(message) {
    const first = mineText$1(message);
    return first.trimStart().startsWith('{') ? first.replace(/,"/g, ', "') : first;
}
function hasDigit(token) {
    for (let i = 0; i < token.length; i++) {
        const c = token.charCodeAt(i);
        if (c >= 48 && c <= 57)
            return true;
    }
    return false;
}
/** A masked token with a placeholder and no letter outside placeholders (`<NUM>`, `[<IP>]`). */
function isValue(masked) {
    if (!masked.includes('<'))
        return false;
    let inside = false;
    for (let i = 0; i < masked.length; i++) {
        const c = masked.charCodeAt(i);
        if (c === 60)
            inside = true;
        else if (c === 62)
            inside = false;
        else if (!inside && ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)))
            return false;
    }
    return true;
}
// Two path segments at least, starting the token or after punctuation: `/a/b`, `chdir(/a/b)`.
// Not `a/b` (`tcp/ip`, `n/a`), nor a URL's `//`-less scheme part.
const PATH = /(?:^|[^\w/])\/[\w.@~+-]*\/[\w.@~+/-]*/;
// An e-mail address: one key per person otherwise, and personal data in the canonical form.
const EMAIL = /[^\s@]@[\w-]+\.[\w.-]*[A-Za-z]/;
// A host name with a port (`db.internal:<NUM>`): the port says the whole token is an address.
const HOST_PORT = /^[\w-]+(?:\.[\w-]+)+:<NUM>[,.;)]?$/;
function canonicalToken(token) {
    const masked = maskValues(token);
    if (hasDigit(masked) || isValue(masked))
        return KEY_WILDCARD;
    if (masked.includes('/') && PATH.test(masked))
        return KEY_WILDCARD;
    if (masked.includes('@') && EMAIL.test(masked))
        return KEY_WILDCARD;
    if (masked.includes(':<NUM>') && HOST_PORT.test(masked))
        return KEY_WILDCARD;
    return masked;
}
/** The canonical form of a line (see the file comment): tokens joined by single spaces. */
function keyText(message) {
    const tokens = mineText(message)
        .split(WHITESPACE)
        .filter((t) => t !== '')
        .map(canonicalToken);
    // Until nothing changes, so `Mon Dec 04` goes whole: `Dec` first, then `Mon` beside it.
    for (let changed = true; changed;) {
        changed = false;
        for (let i = 0; i < tokens.length; i++) {
            const t = tokens[i] ?? '';
            if (t !== KEY_WILDCARD &&
                isDateWord(t) &&
                (tokens[i - 1] === KEY_WILDCARD || tokens[i + 1] === KEY_WILDCARD)) {
                tokens[i] = KEY_WILDCARD;
                changed = true;
            }
        }
    }
    const out = [];
    for (const t of tokens)
        if (t !== KEY_WILDCARD || out.at(-1) !== KEY_WILDCARD)
            out.push(t);
    return out.join(' ');
}
function keyOfText(text, severity) {
    return createHash('sha256').update(`${severity}\n${text}`).digest('hex').slice(0, 16);
}
const CACHE_LIMIT$1 = 20_000;
/** templateKey with the hashes of recent canonical forms kept (a warm container's cache). */
class TemplateKeys {
    cache = new Map();
    /** The line's key and the canonical form it hashes. */
    of(message, severity) {
        const text = keyText(message);
        const cached = `${severity}\n${text}`;
        let key = this.cache.get(cached);
        if (key === undefined) {
            if (this.cache.size >= CACHE_LIMIT$1)
                this.cache.clear();
            key = keyOfText(text, severity);
            this.cache.set(cached, key);
        }
        return { key, text };
    }
}

/** The ids of the anomalies a sink's error says were delivered before it failed. */
function deliveredBefore(error) {
    if (typeof error !== 'object' || error === null || !('sent' in error))
        return [];
    const { sent } = error;
    return Array.isArray(sent) ? sent.filter((id) => typeof id === 'string') : [];
}

const MINUTE$1 = 60_000;
const DEFAULT_SETTINGS = Object.freeze({
    learningMs: 24 * 60 * MINUTE$1,
    windowMs: 5 * MINUTE$1,
    baselineMs: 60 * MINUTE$1,
    burstFactor: 5,
    minCount: 20,
    cooldownMs: 30 * MINUTE$1,
    newSeverities: Object.freeze(['fatal', 'error', 'warn']),
    newTemplateBudget: 10,
    burst: true
});
/** Checked settings: `settingsFor` answers for any log group. */
class DetectorConfig {
    defaults;
    exact = new Map();
    globs = [];
    constructor(defaults = { ...DEFAULT_SETTINGS }, groups = []) {
        this.defaults = defaults;
        for (const { pattern, settings } of groups) {
            if (!/[*?]/.test(pattern))
                this.exact.set(pattern, settings);
            else
                this.globs.push({
                    pattern,
                    regex: globRegex(pattern),
                    specificity: pattern.replace(/[*?]/g, '').length,
                    settings
                });
        }
        // Most specific first; ties keep the order they were written in (sort is stable).
        this.globs.sort((a, b) => b.specificity - a.specificity);
    }
    /** The settings for a log group: its exact name, else the most specific glob, else defaults. */
    settingsFor(group) {
        const exact = this.exact.get(group);
        if (exact !== undefined)
            return exact;
        for (const rule of this.globs)
            if (rule.regex?.test(group))
                return rule.settings;
        return this.defaults;
    }
}
function globRegex(glob) {
    const source = glob
        .split('')
        .map((c) => (c === '*' ? '.*' : c === '?' ? '.' : c.replace(/[\\^$.+()[\]{}|]/g, '\\$&')))
        .join('');
    return new RegExp(`^${source}$`, 's');
}
/** A configuration error: the message names the field and what to write instead. */
class SettingsError extends Error {
    name = 'SettingsError';
}
const UNIT_MS = {
    ms: 1,
    s: 1000,
    m: MINUTE$1,
    h: 60 * MINUTE$1,
    d: 1440 * MINUTE$1
};
const DURATION = /^(?:\d+(?:ms|s|m|h|d))+$/;
/** Milliseconds in a duration such as `90s`, `5m`, `1h30m` or `7d`; undefined when not one. */
function parseDuration(text) {
    const trimmed = text.trim();
    if (!DURATION.test(trimmed))
        return undefined;
    let ms = 0;
    for (const [, count = '', unit = ''] of trimmed.matchAll(/(\d+)(ms|s|m|h|d)/g))
        ms += Number(count) * (UNIT_MS[unit] ?? Number.NaN);
    return Number.isSafeInteger(ms) ? ms : undefined;
}
/** `90000` → `1m30s`; `0` → `0s`. */
function formatDuration(ms) {
    if (ms === 0)
        return '0s';
    let rest = ms;
    let out = '';
    for (const unit of ['d', 'h', 'm', 's', 'ms']) {
        const size = UNIT_MS[unit] ?? 1;
        const n = Math.floor(rest / size);
        if (n > 0)
            out += `${n}${unit}`;
        rest -= n * size;
    }
    return out;
}
const FIELDS = [
    'learning',
    'window',
    'baseline',
    'burstFactor',
    'minCount',
    'cooldown',
    'newSeverities',
    'newTemplateBudget',
    'burst'
];
const SEVERITY_NAMES = {
    fatal: 'fatal',
    critical: 'fatal',
    error: 'error',
    err: 'error',
    warn: 'warn',
    warning: 'warn'
};
const MAX_BASELINE_MS = 24 * 60 * MINUTE$1;
/** Checks a configuration (parsed JSON, or built from flags); throws SettingsError. */
function parseDetectorConfig(raw, options = {}) {
    const label = options.label ?? ((path, field) => (path === '' ? field : `${path}.${field}`));
    const top = record(raw, 'the detector configuration', 'an object with `defaults` and `groups`');
    for (const key of Object.keys(top))
        if (key !== 'defaults' && key !== 'groups')
            throw new SettingsError(`unknown field \`${key}\` in the detector configuration${didYouMean(key, ['defaults', 'groups'])}; it has \`defaults\` and \`groups\``);
    const defaults = parseSettings(top.defaults ?? {}, DEFAULT_SETTINGS, 'defaults', label);
    const groups = [];
    const rawGroups = record(top.groups ?? {}, 'groups', 'an object of log group name or glob → settings');
    for (const [pattern, value] of Object.entries(rawGroups)) {
        if (pattern.trim() === '')
            throw new SettingsError('groups: an empty log group name; use the name (`/aws/lambda/payments`) or a glob (`/aws/lambda/*`)');
        groups.push({
            pattern,
            settings: parseSettings(value, defaults, `groups[${JSON.stringify(pattern)}]`, label)
        });
    }
    return new DetectorConfig(defaults, groups);
}
function record(value, where, what) {
    if (typeof value !== 'object' || value === null || Array.isArray(value))
        throw new SettingsError(`${where} must be ${what}, not ${describe(value)}`);
    return value;
}
function describe(value) {
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'a list';
    if (typeof value === 'string')
        return JSON.stringify(value);
    if (typeof value === 'number' || typeof value === 'boolean')
        return String(value);
    if (value === undefined)
        return 'nothing';
    return 'an object';
}
/** One settings object over `base`: only the fields it sets change. */
function parseSettings(value, base, path, label) {
    const raw = record(value, path, 'an object of settings');
    const out = { ...base, newSeverities: [...base.newSeverities] };
    for (const key of Object.keys(raw))
        if (!FIELDS.includes(key))
            throw new SettingsError(`${path}: unknown setting \`${key}\`${didYouMean(key, FIELDS)}; settings are ${FIELDS.join(', ')}`);
    const field = (name) => raw[name];
    const name = (f) => label(path, f);
    const duration = (f) => {
        const v = field(f);
        if (v === undefined)
            return undefined;
        const ms = typeof v === 'string' ? parseDuration(v) : undefined;
        if (ms === undefined)
            throw new SettingsError(`${name(f)}: ${describe(v)} is not a duration; write a number and a unit, such as 30s, 5m, 1h30m or 1d`);
        return ms;
    };
    const wholeMinutes = (f, ms) => {
        if (ms < MINUTE$1 || ms % MINUTE$1 !== 0)
            throw new SettingsError(`${name(f)}: ${formatDuration(ms)} is not a whole number of minutes; counts are kept per minute, so use 1m or more in whole minutes, such as 5m`);
    };
    const integer = (f, min) => {
        const v = field(f);
        if (v === undefined)
            return undefined;
        if (typeof v !== 'number' || !Number.isInteger(v) || v < min)
            throw new SettingsError(`${name(f)}: ${describe(v)} is not a whole number ≥ ${min}`);
        return v;
    };
    const learning = duration('learning');
    if (learning !== undefined)
        out.learningMs = learning;
    const window = duration('window');
    if (window !== undefined) {
        wholeMinutes('window', window);
        out.windowMs = window;
    }
    const baseline = duration('baseline');
    if (baseline !== undefined) {
        wholeMinutes('baseline', baseline);
        if (baseline > MAX_BASELINE_MS)
            throw new SettingsError(`${name('baseline')}: ${formatDuration(baseline)} is longer than 24h; one query reads every minute of it, so keep it to 24h or less`);
        out.baselineMs = baseline;
    }
    const cooldown = duration('cooldown');
    if (cooldown !== undefined)
        out.cooldownMs = cooldown;
    const factor = field('burstFactor');
    if (factor !== undefined) {
        if (typeof factor !== 'number' || !Number.isFinite(factor) || factor < 1)
            throw new SettingsError(`${name('burstFactor')}: ${describe(factor)} is not a number ≥ 1 (how many times the baseline a burst is, e.g. 5)`);
        out.burstFactor = factor;
    }
    const minCount = integer('minCount', 1);
    if (minCount !== undefined)
        out.minCount = minCount;
    const budget = integer('newTemplateBudget', 1);
    if (budget !== undefined)
        out.newTemplateBudget = budget;
    const burst = field('burst');
    if (burst !== undefined) {
        if (typeof burst !== 'boolean')
            throw new SettingsError(`${name('burst')}: ${describe(burst)} is not true or false`);
        out.burst = burst;
    }
    const severities = field('newSeverities');
    if (severities !== undefined) {
        if (!Array.isArray(severities))
            throw new SettingsError(`${name('newSeverities')}: ${describe(severities)} is not a list; write e.g. ["fatal", "error"], or [] to report no new templates`);
        const list = [];
        for (const s of severities) {
            const text = typeof s === 'string' ? s.toLowerCase() : '';
            const severity = SEVERITY_NAMES[text];
            if (severity === undefined)
                throw new SettingsError(text === 'info' || text === 'debug' || text === 'notice'
                    ? `${name('newSeverities')}: ${describe(s)} lines are never new-template anomalies (new ones appear all the time); use fatal, error and/or warn`
                    : `${name('newSeverities')}: ${describe(s)} is not a severity; use fatal, error and/or warn`);
            if (!list.includes(severity))
                list.push(severity);
        }
        out.newSeverities = list;
    }
    // Checks across fields, on the merged result: an override can break what defaults allow.
    if (out.baselineMs < out.windowMs)
        throw new SettingsError(`${name('baseline')}: ${formatDuration(out.baselineMs)} is shorter than the window (${formatDuration(out.windowMs)}); the baseline is the mean over several windows before it, so make it at least the window, such as 60m`);
    if (out.cooldownMs < out.windowMs)
        throw new SettingsError(`${name('cooldown')}: ${formatDuration(out.cooldownMs)} is shorter than the window (${formatDuration(out.windowMs)}), so one burst would be reported again and again; make it at least the window, such as 30m`);
    return out;
}

// The log anomaly detector's core: source records of log events in, anomalies out, exactly once
// per (log group, template key, kind, cooldown window) however many containers process the
// stream and however often a record is redelivered.
//
// Per record, in this order (docs/detection.md says what a crash between two steps costs):
// 1. skip it if the store says it was done (a redelivery);
// 2. mine each line into its log group's Drain miner for its severity (one miner per severity,
//    as the log summary does: a cache, for the template text shown), and key it (detect/key.ts);
// 3. per log group and key: the stored first-seen times (conditional puts, cached once known),
//    then the per-minute counts (atomic counters);
// 4. evaluate the rules; each anomaly must win its claim (a conditional put) to be emitted;
// 5. send the anomalies; if sending (or anything before it) fails, release this record's claims
//    so its redelivery can claim them again, and rethrow;
// 6. mark the record done.
// The store is the truth; every in-memory map here is a bounded cache of it or of the lines.
/** The counter that holds a log group's new-template budget (keys never start with `#`). */
const NEW_BUDGET_KEY = '#new-template-budget';
const MAX_EXAMPLES = 3;
const MAX_EXAMPLE_CHARS = 500;
const MAX_TEMPLATE_CHARS = 500;
/** Per log group, entries of each cache before it is emptied (it refills from the store). */
const CACHE_LIMIT = 50_000;
/** Templates of one record whose store requests are in flight at once. */
const PARALLEL_TEMPLATES = 16;
class Detector {
    store;
    sink;
    config;
    redaction;
    maxGroups;
    keys = new TemplateKeys();
    groups = new Map();
    constructor(options) {
        this.store = options.store;
        this.sink = options.sink;
        this.config = options.config ?? new DetectorConfig();
        this.redaction = options.redaction ?? {};
        this.maxGroups = options.maxGroups ?? 200;
    }
    /** Processes records in order; see the file comment. Throws when the store or the sink does. */
    async process(records) {
        const result = {
            anomalies: [],
            records: 0,
            skipped: 0,
            events: 0,
            invalid: 0,
            suppressed: 0
        };
        // Claims tried in this call: a batch's later records never ask twice.
        const tried = new Set();
        for (const record of records) {
            if (await this.store.wasDone(record.id)) {
                result.skipped++;
                continue;
            }
            const taken = [];
            let anomalies;
            try {
                anomalies = await this.analyze(record, taken, tried, result);
                if (anomalies.length > 0)
                    await this.sink.send(anomalies);
            }
            catch (error) {
                // Claims of anomalies the sink did deliver before failing stay held: a retry must not
                // send them again.
                const delivered = new Set(deliveredBefore(error));
                await this.release(record.id, taken.filter((t) => !delivered.has(anomalyId(t.group, t.key, t.kind, t.windowStart))));
                throw error;
            }
            await this.store.recordDone(record.id);
            result.records++;
            result.anomalies.push(...anomalies);
        }
        return result;
    }
    async analyze(record, taken, tried, result) {
        const byGroup = new Map();
        // The caches this record uses, looked up once (most records hold one log group).
        const caches = new Map();
        for (const event of record.events) {
            result.events++;
            // A line with no text has no template to speak of (and the event schema needs one).
            if (!Number.isFinite(event.timestamp) || event.message.trim() === '') {
                result.invalid++;
                continue;
            }
            let cache = caches.get(event.logGroup);
            if (cache === undefined) {
                cache = this.cacheOf(event.logGroup);
                caches.set(event.logGroup, cache);
            }
            const severity = detectSeverity(event.message);
            let miner = cache.miners.get(severity);
            if (miner === undefined) {
                miner = new DrainMiner({ maxExamples: 0, maxValues: 0 });
                cache.miners.set(severity, miner);
            }
            const template = miner.add(mineText(event.message), event.timestamp);
            const { key, text } = this.keys.of(event.message, severity);
            let keys = byGroup.get(event.logGroup);
            if (keys === undefined) {
                keys = new Map();
                byGroup.set(event.logGroup, keys);
            }
            let lines = keys.get(key);
            if (lines === undefined) {
                lines = {
                    key,
                    text,
                    severity,
                    template,
                    first: event.timestamp,
                    last: event.timestamp,
                    minutes: new Map(),
                    examples: []
                };
                keys.set(key, lines);
            }
            lines.template = template;
            if (event.timestamp < lines.first)
                lines.first = event.timestamp;
            if (event.timestamp > lines.last)
                lines.last = event.timestamp;
            const minute = minuteOf(event.timestamp);
            lines.minutes.set(minute, (lines.minutes.get(minute) ?? 0) + 1);
            if (lines.examples.length < MAX_EXAMPLES &&
                !lines.examples.some((e) => e.message === event.message))
                lines.examples.push(event);
        }
        const anomalies = [];
        for (const [group, keys] of byGroup) {
            const settings = this.config.settingsFor(group);
            const cache = caches.get(group) ?? this.cacheOf(group);
            let earliest = Number.POSITIVE_INFINITY;
            for (const lines of keys.values())
                earliest = Math.min(earliest, lines.first);
            cache.firstSeen ??= await this.store.groupFirstSeen(group, earliest);
            const groupFirst = cache.firstSeen;
            // Templates touch different items: their requests go out side by side, a few at a time.
            const found = await inParallel([...keys.values()], PARALLEL_TEMPLATES, (lines) => this.template(record.id, group, cache, groupFirst, lines, settings, {
                taken,
                tried,
                result
            }));
            for (const list of found)
                anomalies.push(...list);
        }
        return anomalies;
    }
    /** Steps 3 and 4 for one template of one record. */
    async template(owner, group, cache, groupFirst, lines, settings, run) {
        const { key } = lines;
        let firstSeen = cache.templates.get(key);
        if (firstSeen === undefined) {
            firstSeen = (await this.store.templateFirstSeen(group, key, lines.first)).firstSeen;
            if (cache.templates.size >= CACHE_LIMIT)
                cache.templates.clear();
            cache.templates.set(key, firstSeen);
        }
        // This record's minutes, as totals across all containers once added.
        const totals = new Map();
        for (const [minute, n] of [...lines.minutes].sort((a, b) => a[0] - b[0]))
            totals.set(minute, await this.store.addCount(group, key, minute, n));
        const out = [];
        if (newTemplateDue(lines.severity, firstSeen, groupFirst, lines.first, settings)) {
            const claimed = await this.claim(owner, group, key, 'new-template', firstSeen, run);
            if (claimed !== undefined) {
                const detectedAt = Math.max(lines.first, firstSeen);
                const budgetMinute = minuteOf(cooldownWindow(detectedAt, settings));
                const used = await this.store.addCount(group, NEW_BUDGET_KEY, budgetMinute, 1);
                claimed.budgetMinute = budgetMinute;
                if (used > settings.newTemplateBudget)
                    run.result.suppressed++;
                else {
                    const from = minuteOf(firstSeen);
                    const to = from + settings.windowMs / MINUTE_MS - 1;
                    const counts = await this.store.counts(group, key, from, to);
                    let count = 0;
                    for (const n of counts.values())
                        count += n;
                    out.push(this.anomaly('new-template', group, lines, firstSeen, firstSeen, {
                        count: Math.max(count, 1),
                        baseline: 0,
                        windowStart: firstSeen,
                        windowEnd: firstSeen + settings.windowMs,
                        detectedAt
                    }));
                }
            }
        }
        const minute = minuteOf(lines.last);
        // A template that qualifies as new is not also reported bursting in the cooldown after its
        // first sight: its first lines often come in a rush, and one event says it.
        const coveredByNew = newTemplateDue(lines.severity, firstSeen, groupFirst, lines.last, settings);
        if (settings.burst && !coveredByNew && minute * MINUTE_MS >= groupFirst + settings.learningMs) {
            const recent = await this.recent(group, cache, key, minute, settings);
            const count = (m) => totals.get(m) ?? recent.get(m) ?? 0;
            const burst = findBurst(count, minute, groupFirst, settings);
            if (burst !== undefined) {
                const windowStart = cooldownWindow(lines.last, settings);
                const claimed = await this.claim(owner, group, key, 'burst', windowStart, run);
                if (claimed !== undefined)
                    out.push(this.anomaly('burst', group, lines, firstSeen, windowStart, {
                        ...burst,
                        detectedAt: lines.last
                    }));
            }
        }
        return out;
    }
    /**
     * Counts of the window and baseline before `minute`: one Query per template per minute per
     * container; later records in the same minute reuse it (their own minutes come from addCount).
     * A line another container adds to an earlier minute after the Query is missed until the next
     * minute: a late line, undercounted at most for one minute.
     */
    async recent(group, cache, key, minute, settings) {
        const cached = cache.recent.get(key);
        if (cached?.minute === minute)
            return cached.counts;
        const span = (settings.windowMs + settings.baselineMs) / MINUTE_MS;
        const counts = await this.store.counts(group, key, minute - span + 1, minute);
        if (cache.recent.size >= CACHE_LIMIT)
            cache.recent.clear();
        cache.recent.set(key, { minute, counts });
        return counts;
    }
    /** A claim won by this record, recorded in `taken`; undefined when lost or tried already. */
    async claim(owner, group, key, kind, windowStart, run) {
        const id = JSON.stringify([group, key, kind, windowStart]);
        if (run.tried.has(id))
            return undefined;
        run.tried.add(id);
        if (!(await this.store.claim(group, key, kind, windowStart, owner)))
            return undefined;
        const taken = { group, key, kind, windowStart };
        run.taken.push(taken);
        return taken;
    }
    /** Hands back what a record that failed claimed, best effort (the error that follows wins). */
    async release(owner, taken) {
        for (const t of taken) {
            try {
                await this.store.release(t.group, t.key, t.kind, t.windowStart, owner);
                if (t.budgetMinute !== undefined)
                    await this.store.addCount(t.group, NEW_BUDGET_KEY, t.budgetMinute, -1);
            }
            catch {
                // The claim stays: its anomaly is lost rather than sent twice.
            }
        }
    }
    anomaly(kind, group, lines, firstSeen, claimWindow, window) {
        // One redactor per anomaly: placeholders agree between its template and examples, and
        // nothing is remembered across anomalies.
        const redactor = new Redactor(this.redaction);
        const examples = redactor
            .events(lines.examples.map((e) => ({ message: e.message, stream: e.logStream, e })))
            .map((r) => ({
            message: clip(r.message, MAX_EXAMPLE_CHARS),
            logStream: clip(redactor.text(r.e.logStream), MAX_TEMPLATE_CHARS),
            timestamp: r.e.timestamp
        }));
        return {
            version: 1,
            id: anomalyId(group, lines.key, kind, claimWindow),
            kind,
            logGroup: group,
            templateKey: lines.key,
            template: clip(redactor.text(lines.text), MAX_TEMPLATE_CHARS),
            drainTemplate: clip(redactor.text(lines.template.template), MAX_TEMPLATE_CHARS),
            drainCount: lines.template.count,
            severity: lines.severity,
            count: window.count,
            baseline: window.baseline,
            firstSeen,
            windowStart: window.windowStart,
            windowEnd: window.windowEnd,
            detectedAt: window.detectedAt,
            examples
        };
    }
    cacheOf(group) {
        let cache = this.groups.get(group);
        if (cache !== undefined) {
            // Most recently used last: the first entry is the one to drop.
            this.groups.delete(group);
            this.groups.set(group, cache);
            return cache;
        }
        cache = { miners: new Map(), firstSeen: undefined, templates: new Map(), recent: new Map() };
        this.groups.set(group, cache);
        if (this.groups.size > this.maxGroups) {
            const oldest = this.groups.keys().next();
            if (oldest.done !== true)
                this.groups.delete(oldest.value);
        }
        return cache;
    }
}
/**
 * `work` over `items`, at most `limit` at a time; results in the order of `items`. On a failure no
 * new item starts, and it throws once every started one has settled, so nothing is still taking
 * claims while the caller releases them.
 */
async function inParallel(items, limit, work) {
    const out = new Array(items.length);
    let next = 0;
    let failure;
    const worker = async () => {
        while (next < items.length && failure === undefined) {
            const i = next++;
            try {
                out[i] = await work(items[i]);
            }
            catch (error) {
                failure ??= { error };
            }
        }
    };
    await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
    if (failure !== undefined)
        throw failure.error;
    return out;
}
/** The anomaly's id: 32 hex digits of SHA-256 over what its claim is on. */
function anomalyId(group, key, kind, claimWindow) {
    return createHash('sha256')
        .update(JSON.stringify([group, key, kind, claimWindow]))
        .digest('hex')
        .slice(0, 32);
}

const SEP = '\u0000';
class MemoryStore {
    groups = new Map();
    templates = new Map();
    buckets = new Map();
    claims = new Map();
    done = new Set();
    /** Requests served, by operation: what the DynamoDB store would be asked. */
    requests = {
        groupFirstSeen: 0,
        templateFirstSeen: 0,
        addCount: 0,
        counts: 0,
        claim: 0,
        release: 0,
        wasDone: 0,
        recordDone: 0
    };
    /** Templates stored, across log groups. */
    get templateCount() {
        return this.templates.size;
    }
    async groupFirstSeen(group, at) {
        await tick();
        this.requests.groupFirstSeen++;
        const stored = this.groups.get(group);
        if (stored !== undefined)
            return stored;
        this.groups.set(group, at);
        return at;
    }
    async templateFirstSeen(group, key, at) {
        await tick();
        this.requests.templateFirstSeen++;
        const id = group + SEP + key;
        const stored = this.templates.get(id);
        if (stored !== undefined)
            return { isNew: false, firstSeen: stored };
        this.templates.set(id, at);
        return { isNew: true, firstSeen: at };
    }
    async addCount(group, key, minute, n) {
        await tick();
        this.requests.addCount++;
        const id = group + SEP + key;
        let minutes = this.buckets.get(id);
        if (minutes === undefined) {
            minutes = new Map();
            this.buckets.set(id, minutes);
        }
        const total = (minutes.get(minute) ?? 0) + n;
        minutes.set(minute, total);
        return total;
    }
    async counts(group, key, fromMinute, toMinute) {
        await tick();
        this.requests.counts++;
        const out = new Map();
        const minutes = this.buckets.get(group + SEP + key);
        if (minutes === undefined)
            return out;
        // Whichever is smaller: the range or what is stored.
        if (toMinute - fromMinute + 1 <= minutes.size) {
            for (let m = fromMinute; m <= toMinute; m++) {
                const n = minutes.get(m);
                if (n !== undefined)
                    out.set(m, n);
            }
        }
        else
            for (const [m, n] of minutes)
                if (m >= fromMinute && m <= toMinute)
                    out.set(m, n);
        return out;
    }
    async claim(group, key, kind, windowStart, owner) {
        await tick();
        this.requests.claim++;
        const id = [group, key, kind, windowStart].join(SEP);
        if (this.claims.has(id))
            return false;
        this.claims.set(id, owner);
        return true;
    }
    async release(group, key, kind, windowStart, owner) {
        await tick();
        this.requests.release++;
        const id = [group, key, kind, windowStart].join(SEP);
        if (this.claims.get(id) === owner)
            this.claims.delete(id);
    }
    async wasDone(recordId) {
        await tick();
        this.requests.wasDone++;
        return this.done.has(recordId);
    }
    async recordDone(recordId) {
        await tick();
        this.requests.recordDone++;
        this.done.add(recordId);
    }
}
/** One microtask: callers interleave at each request, as they would over the network. */
const tick = () => Promise.resolve();

// Timestamps at the start of a log line, for replaying a file offline (`opsloop watch`):
// ISO 8601 / RFC 3339 (`2024-05-01T10:00:00.123Z`, a space for the `T`, an offset or none for
// UTC), syslog (`Nov  9 12:01:01`, no year: the reader is given one and adds a year when the
// month goes back, as at New Year), and Loghub's labelled layout (BGL, Thunderbird): a label,
// then epoch seconds. A Loghub line's label is the answer an evaluation grades against, so it is
// cut from the message the detector sees.
const ISO = /^\[?(\d{4})-(\d\d)-(\d\d)[T ](\d\d):(\d\d)(?::(\d\d)(?:[.,](\d{1,9}))?)?(Z|[+-]\d\d(?::?\d\d)?)?(?![\w:.])/;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const SYSLOG = /^([A-Z][a-z]{2}) {1,2}(\d{1,2}) (\d\d):(\d\d):(\d\d)(?![\w:])/;
const LOGHUB = /^(\S+)[ \t]+(\d{9,10})[ \t]/;
/** Reads leading timestamps; holds the year syslog stamps lack. */
class TimestampReader {
    year;
    lastMonth = -1;
    /** `year`: the year of the first syslog stamp (they carry none). */
    constructor(year) {
        this.year = year;
    }
    read(line) {
        const c = line.charCodeAt(0);
        if ((c >= 48 && c <= 57) || c === 91) {
            const iso = this.iso(line);
            if (iso !== undefined)
                return iso;
        }
        if (c >= 65 && c <= 90) {
            const syslog = this.syslog(line);
            if (syslog !== undefined)
                return syslog;
        }
        const loghub = LOGHUB.exec(line);
        if (loghub !== null) {
            const label = loghub[1] ?? '';
            return {
                time: Number(loghub[2]) * 1000,
                message: line.slice(label.length).trimStart(),
                kind: 'loghub',
                label
            };
        }
        return undefined;
    }
    iso(line) {
        const m = ISO.exec(line);
        if (m === null)
            return undefined;
        const [, y, mo, d, h, mi, s = '0', fraction = '', zone = 'Z'] = m;
        const ms = Number(fraction.padEnd(3, '0').slice(0, 3));
        const time = utc(Number(y), Number(mo), Number(d), Number(h), Number(mi), Number(s), ms);
        if (time === undefined)
            return undefined;
        let offset = 0;
        if (zone !== 'Z') {
            const digits = zone.replace(':', '');
            const sign = digits.startsWith('-') ? -1 : 1;
            offset = sign * (Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3, 5) || '0')) * 60_000;
        }
        return { time: time - offset, message: line, kind: 'iso' };
    }
    syslog(line) {
        const m = SYSLOG.exec(line);
        if (m === null)
            return undefined;
        const [, name = '', d, h, mi, s] = m;
        const month = MONTHS.indexOf(name.toLowerCase());
        if (month < 0)
            return undefined;
        // A month well before the last one is the next year (December, then January).
        if (this.lastMonth >= 0 && month < this.lastMonth - 6)
            this.year++;
        this.lastMonth = month;
        const time = utc(this.year, month + 1, Number(d), Number(h), Number(mi), Number(s), 0);
        return time === undefined ? undefined : { time, message: line, kind: 'syslog' };
    }
}
function utc(year, month, day, hour, minute, second, ms) {
    if (month < 1 || month > 12 || day < 1 || day > 31)
        return undefined;
    if (hour > 23 || minute > 59 || second > 60)
        return undefined;
    return Date.UTC(year, month - 1, day, hour, minute, second, ms);
}

const MINUTE = 60_000;
async function replay(lines, options) {
    const store = new MemoryStore();
    const anomalies = [];
    const detector = new Detector({
        store,
        config: options.config ?? new DetectorConfig(),
        sink: {
            send(found) {
                for (const a of found) {
                    anomalies.push(a);
                    options.onAnomaly?.(a, timing ?? 'line-order');
                }
                return Promise.resolve();
            }
        }
    });
    const reader = new TimestampReader(options.year);
    const logStream = options.logStream ?? options.logGroup;
    const recordLines = options.recordLines ?? 500;
    let timing;
    let count = 0;
    let first = Number.NaN;
    let last = Number.NaN;
    let time = 0;
    let batch = [];
    let records = 0;
    let suppressed = 0;
    const flush = async () => {
        if (batch.length === 0)
            return;
        const events = batch;
        batch = [];
        const result = await detector.process([{ id: `${options.logGroup}#${++records}`, events }]);
        suppressed += result.suppressed;
    };
    for await (const raw of lines) {
        const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
        if (line.trim() === '')
            continue;
        const stamped = timing === 'line-order' ? undefined : reader.read(line);
        if (timing === undefined) {
            timing = stamped?.kind ?? 'line-order';
            if (stamped === undefined)
                options.onWarning?.('the first line has no timestamp this reader knows (ISO 8601, syslog `Mon dd hh:mm:ss`, or Loghub epoch seconds in the second field); timing lines by their order, one second apart');
        }
        // A line without a stamp in a stamped file (a stack trace's) takes the previous line's time.
        if (timing === 'line-order')
            time = count * 1000;
        else if (stamped !== undefined)
            time = stamped.time;
        const event = {
            logGroup: options.logGroup,
            logStream,
            timestamp: time,
            message: stamped?.message ?? line
        };
        options.onLine?.(event, stamped?.label);
        if (batch.length >= recordLines ||
            (batch.length > 0 &&
                Math.floor((batch[0]?.timestamp ?? 0) / MINUTE) !== Math.floor(time / MINUTE)))
            await flush();
        batch.push(event);
        if (count === 0)
            first = time;
        last = time;
        count++;
    }
    await flush();
    return {
        lines: count,
        timing: timing ?? 'line-order',
        first,
        last,
        anomalies,
        suppressed,
        templates: store.templateCount,
        store
    };
}

// The `opsloop` command line: the same functions as the action, for laptops and other CI systems.
const HELP = `opsloop ${VERSION}: GitHub-native incident response for AWS

Usage:
  opsloop validate [DIR]     Validate the runbook catalog in DIR (default: runbooks)
  opsloop triage FILE        (or --event FILE) Print what intake would do with the AWS event (or
                             dispatch payload) in FILE, without touching GitHub: the incident
                             issue and plan it would open, or the one line saying why it would
                             open none (a recovery, a configuration change, ...)
  opsloop watch --log-file FILE [options]
                             Replay a log file (- for standard input) through the log anomaly
                             detector, offline, and print each anomaly it would have emitted and
                             when: new error templates after a learning period, and bursts
  opsloop templates [FILE|-] [--json]
                             Mine a log file (- or nothing: standard input) into templates exactly
                             as OpsLoop mines an incident's logs, and print them with counts, most
                             frequent first; with --json, one record per line (its line number,
                             template id, severity and template), to check grouping on your logs
  opsloop demo [--scenario NAME] [--out DIR]
                             Run the whole loop offline against local stand-ins (from a clone
                             of the repository, after npm ci; same as npm run demo)
  opsloop --help             Show this help
  opsloop --version          Show the version

Options for validate:
  --allow-document NAME      SSM document name or glob allowed in runbooks; repeat to add more.
                             Replaces the default list (AWS-RunShellScript, AWS-RestartEC2Instance,
                             AWS-StartEC2Instance, AWS-StopEC2Instance, OpsLoop-*)

Options for triage:
  --event FILE               The event as EventBridge delivers it, or {"event": ..., "context": ...}
  --snapshot PATH            Replay an incident snapshot (a file, or a folder holding snapshot.json;
                             schemas/snapshot.schema.json) offline: triage of its event, and which
                             change broke it (with --json, changes.suspect is the commit's full SHA
                             or none)
  --insufficient-data WHAT   ignore (default) or incident: what an alarm going to INSUFFICIENT_DATA
                             means, as the action's \`insufficient-data\` input
  --runbooks DIR             The runbook catalog (default: runbooks)
  --provider NAME            auto (default), rules or bedrock
  --model-id ID              Bedrock model or inference profile id (auto uses bedrock when set)
  --region REGION            Bedrock region (default: the AWS SDK's, e.g. AWS_REGION)
  --json                     Print the incident, triage, plan and issue as JSON
  --no-cache                 Validate the catalog even when it is unchanged since the last run.
                             Validated catalogs are cached by content in OPSLOOP_CACHE_DIR
                             (default: $XDG_CACHE_HOME/opsloop or ~/.cache/opsloop)

Options for watch:
  --log-file FILE            The log file, or - for standard input. Each line is timed by a leading
                             ISO 8601 or syslog (Mon dd hh:mm:ss) timestamp, or by Loghub's epoch
                             seconds in the second field (its first field, a label, is dropped);
                             without any, by line order, one second apart
  --log-group NAME           The log group the lines come from (default: the file's name)
  --learning DURATION        Report nothing until this long after the first line (default 24h)
  --window DURATION          The burst window, in whole minutes (default 5m)
  --burst-factor N           A burst is at least N times the mean per window of the hour before
                             (default 5)
  --min-count N              ... and at least N lines in the window (default 20)
  --cooldown DURATION        One anomaly per template and kind per cooldown at most (default 30m)
  --json                     One JSON object per anomaly, per line
  Durations: 90s, 5m, 1h30m, 1d. A summary goes to standard error.

Exit status: 0 on success (validate: the catalog is valid; triage: also when intake would skip the
event; watch: the file was read, anomalies or not), 1 when any runbook is invalid, the event or
log file cannot be read, or --provider bedrock was asked for and Bedrock could not be used, 2 on a
usage error. Validation problems are printed on standard output, one per line, as
path:line:column: message [rule].
`;
const defaultIo = {
    out: (t) => process.stdout.write(t),
    err: (t) => process.stderr.write(t),
    env: process.env
};
/** Runs the command line and returns the exit code (it never calls process.exit). */
async function runCli(argv, io = defaultIo) {
    // The demo has its own options; pass them through untouched.
    if (argv[0] === 'demo')
        return demo(argv.slice(1), io);
    let parsed;
    try {
        parsed = parseArgs({
            args: [...argv],
            allowPositionals: true,
            options: {
                help: { type: 'boolean', short: 'h' },
                version: { type: 'boolean', short: 'v' },
                'allow-document': { type: 'string', multiple: true },
                event: { type: 'string' },
                snapshot: { type: 'string' },
                runbooks: { type: 'string' },
                provider: { type: 'string' },
                'model-id': { type: 'string' },
                region: { type: 'string' },
                'insufficient-data': { type: 'string' },
                json: { type: 'boolean' },
                'no-cache': { type: 'boolean' },
                'log-file': { type: 'string' },
                'log-group': { type: 'string' },
                learning: { type: 'string' },
                window: { type: 'string' },
                'burst-factor': { type: 'string' },
                'min-count': { type: 'string' },
                cooldown: { type: 'string' }
            }
        });
    }
    catch (error) {
        io.err(`opsloop: ${usageError(error)}\nRun \`opsloop --help\` for usage.\n`);
        return 2;
    }
    const { values, positionals } = parsed;
    if (values.version) {
        io.out(`${VERSION}\n`);
        return 0;
    }
    const [command, ...rest] = positionals;
    if (values.help || command === undefined || command === 'help') {
        io.out(HELP);
        return 0;
    }
    if (command === 'triage')
        return triage(values, rest, io);
    if (command === 'watch')
        return watch(values, rest, io);
    if (command === 'templates')
        return templates(values.json === true, rest, io);
    if (command !== 'validate') {
        io.err(`opsloop: unknown command \`${command}\`. Commands: validate, triage, watch, templates, demo.\nRun \`opsloop --help\` for usage.\n`);
        return 2;
    }
    if (rest.length > 1) {
        io.err(`opsloop validate takes one directory, got ${rest.length}: ${rest.join(' ')}\n`);
        return 2;
    }
    const dir = rest[0] ?? 'runbooks';
    const notCatalog = await catalogDirProblem(dir);
    if (notCatalog !== undefined) {
        io.err(`opsloop validate: ${notCatalog}\n`);
        return 1;
    }
    const allowed = values['allow-document']?.flatMap((v) => parseList(v) ?? []);
    const result = await validateCommand({
        dir,
        ...(allowed ? { allowedDocuments: allowed } : {})
    });
    // The report goes to standard output, problems and all (`> report.txt` keeps it); the exit
    // status says whether the catalog is valid.
    for (const p of result.problems)
        io.out(`${formatProblem(p)}\n`);
    const errors = result.problems.filter((p) => p.severity === 'error').length;
    const warnings = result.problems.length - errors;
    const runbooks = result.statuses.length;
    io.out(result.ok
        ? `${count(runbooks, 'runbook')} valid${warnings ? `, ${count(warnings, 'warning')}` : ''}\n`
        : `${count(errors, 'error')}${warnings ? ` and ${count(warnings, 'warning')}` : ''} in ${count(runbooks, 'runbook file')}\n`);
    return result.ok ? 0 : 1;
}
/** Why `dir` cannot be a catalog folder (missing, or a file), with what to run instead. */
async function catalogDirProblem(dir) {
    try {
        if ((await stat(dir)).isDirectory())
            return undefined;
        return `${dir} is a file; validate checks a whole catalog folder, since runbooks are checked together (ids, examples, tests). Run \`opsloop validate ${dirname(dir)}\`.`;
    }
    catch {
        return `no folder ${dir}: give the folder that holds your runbooks (\`opsloop validate DIR\`; default runbooks).`;
    }
}
/** parseArgs' error in our words: the option, and what to do. */
function usageError(error) {
    const code = error.code;
    const option = /'(-[^']*)'/.exec(error.message)?.[1];
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && option !== undefined)
        return `unknown option ${option}.`;
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && option !== undefined) {
        const name = option.split(' ')[0] ?? option;
        return error.message.includes('does not take')
            ? `option ${name} takes no value.`
            : `option ${name} needs a value.`;
    }
    return error.message;
}
const INSUFFICIENT_DATA = ['ignore', 'incident'];
const cannotRead = (path, error) => new Error(`cannot read ${path}: ${error.code ?? error.message}`);
/** A file's text, or an error that names it and why it cannot be read. */
async function readText(file) {
    try {
        return await readFile(file, 'utf8');
    }
    catch (error) {
        throw cannotRead(file, error);
    }
}
/** A snapshot path's file: the path, or `snapshot.json` in it when it is a folder. */
async function snapshotFile(path) {
    try {
        return (await stat(path)).isDirectory() ? join(path, SNAPSHOT_FILE) : path;
    }
    catch (error) {
        throw cannotRead(path, error);
    }
}
async function triage(values, rest, io) {
    const sources = [values.event, values.snapshot, rest[0]].filter((v) => v !== undefined);
    if (sources.length !== 1 || rest.length > 1) {
        io.err('opsloop triage needs one event file (opsloop triage FILE, or --event FILE) or one snapshot (--snapshot PATH), and takes no other arguments.\n');
        return 2;
    }
    let snapshot;
    if (values.snapshot !== undefined) {
        try {
            const file = await snapshotFile(values.snapshot);
            snapshot = parseSnapshot(await readText(file), file);
        }
        catch (error) {
            io.err(`opsloop triage: ${error.message}\n`);
            return 1;
        }
    }
    const eventFile = snapshot?.file ?? values.event ?? rest[0] ?? '';
    const insufficientData = values['insufficient-data'] ?? 'ignore';
    if (!INSUFFICIENT_DATA.some((v) => v === insufficientData)) {
        io.err(`opsloop triage: --insufficient-data is ignore or incident, not ${JSON.stringify(insufficientData)}.\n`);
        return 2;
    }
    let analysis;
    try {
        const provider = chooseProvider({
            provider: values.provider ?? '',
            modelId: values['model-id'] ?? '',
            region: values.region ?? '',
            maxTokens: '',
            temperature: ''
        });
        const text = snapshot ? JSON.stringify(snapshot.snapshot.event) : await readText(eventFile);
        // What intake decides before it looks at GitHub, by intake's own code: an event it would
        // open no incident for is reported in one line, not as an issue it would never open.
        const delivery = readPayload(wrapEvent(parseJsonText(text, eventFile)));
        const decision = intakeDecision(delivery, { insufficientData: insufficientData }, new Redactor());
        if (decision.kind !== 'incident') {
            io.out(values.json
                ? `${JSON.stringify({ action: 'skipped', reason: decision.reason }, null, 2)}\n`
                : `intake would skip this (${decision.reason})\n`);
            return 0;
        }
        analysis = await triageCommand({
            eventFile,
            readEvent: () => Promise.resolve(text),
            runbooks: values.runbooks ?? 'runbooks',
            ...(io.env && !values['no-cache'] ? { cacheDir: defaultCacheDir(io.env) } : {}),
            provider,
            ...(snapshot ? { snapshot: snapshot.snapshot } : {})
        });
    }
    catch (error) {
        io.err(`opsloop triage: ${error.message}\n`);
        return 1;
    }
    // Bedrock asked for and not used (no credentials, access denied, a bad answer): the issue
    // below says so, and so does standard error, where a terminal or CI log shows it. Asked for by
    // name, it is a failure.
    const fellBack = analysis.triage.model !== undefined && analysis.triage.provider !== 'bedrock';
    if (fellBack) {
        const why = analysis.triage.notes.find((n) => n.includes('was not used')) ?? 'Bedrock failed.';
        io.err(`opsloop triage: ${why}\n`);
    }
    const failed = fellBack && values.provider?.trim() === 'bedrock';
    // The replay judged the snapshot's changes as intake does: the issue below holds its section.
    const attribution = snapshot && (analysis.attribution ?? replayAttribution(snapshot));
    if (values.json) {
        const { incident, fingerprint, triage: t, plan, draft } = analysis;
        const changes = attribution && { suspect: attribution.suspect?.sha ?? 'none', attribution };
        io.out(`${JSON.stringify({ fingerprint, incident, triage: t, plan, issue: draft, ...(changes ? { changes } : {}) }, null, 2)}\n`);
    }
    else {
        io.out(`# ${analysis.draft.title}\n\nLabels: ${analysis.draft.labels.join(', ')}\n\n${analysis.draft.body}\n${attribution && !analysis.attribution ? `\n${suspectChangeSection(attribution)}\n` : ''}`);
    }
    return failed ? 1 : 0;
}
// Each setting's flag, for errors that name what the user typed.
const WATCH_FLAGS = {
    learning: '--learning',
    window: '--window',
    burstFactor: '--burst-factor',
    minCount: '--min-count',
    cooldown: '--cooldown'
};
const READ_ERRORS = {
    ENOENT: 'no such file',
    EISDIR: 'it is a directory; give a file',
    EACCES: 'permission denied'
};
/** A number flag as a number when it reads as one; otherwise as typed, for the error to quote. */
const numberFlag = (text) => /^\s*\d+(?:\.\d+)?\s*$/.test(text) ? Number(text) : text;
/**
 * `… | head`: once the reader is gone, printing stops instead of crashing (EPIPE). Returns
 * whether it is gone.
 */
function readerGone(io) {
    let gone = false;
    if (io === defaultIo)
        process.stdout.on('error', (error) => {
            if (error.code !== 'EPIPE')
                throw error;
            gone = true;
        });
    return () => gone;
}
/** A log file's lines (- for standard input), and how to close it. */
async function openLines(file, io) {
    if (file === '-')
        return {
            lines: io.stdin?.() ??
                createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY }),
            close: () => Promise.resolve()
        };
    const handle = await open(file);
    return { lines: handle.readLines(), close: () => handle.close() };
}
async function watch(values, rest, io) {
    const file = values['log-file'];
    if (file === undefined || file === '') {
        io.err('opsloop watch needs --log-file FILE (- for standard input). Run `opsloop --help` for usage.\n');
        return 2;
    }
    if (rest.length > 0) {
        io.err(`opsloop watch takes no arguments besides its options, got ${rest.join(' ')}; give the file with --log-file FILE.\n`);
        return 2;
    }
    const defaults = {};
    if (values.learning !== undefined)
        defaults.learning = values.learning;
    if (values.window !== undefined)
        defaults.window = values.window;
    if (values.cooldown !== undefined)
        defaults.cooldown = values.cooldown;
    if (values['burst-factor'] !== undefined)
        defaults.burstFactor = numberFlag(values['burst-factor']);
    if (values['min-count'] !== undefined)
        defaults.minCount = numberFlag(values['min-count']);
    let config;
    try {
        config = parseDetectorConfig({ defaults }, { label: (_, field) => WATCH_FLAGS[field] ?? field });
    }
    catch (error) {
        if (!(error instanceof SettingsError))
            throw error;
        io.err(`opsloop watch: ${error.message}\n`);
        return 2;
    }
    const gone = readerGone(io);
    const logGroup = values['log-group'] ?? (file === '-' ? 'stdin' : basename(file));
    const settings = config.settingsFor(logGroup);
    let close = () => Promise.resolve();
    let summary;
    try {
        const opened = await openLines(file, io);
        close = opened.close;
        summary = await replay(opened.lines, {
            logGroup,
            config,
            year: new Date().getUTCFullYear(),
            onWarning: (text) => {
                io.err(`opsloop watch: ${text}\n`);
            },
            onAnomaly: (a, timing) => {
                if (!gone())
                    io.out(values.json ? `${JSON.stringify(a)}\n` : `${formatAnomaly(a, timing)}\n`);
            }
        });
    }
    catch (error) {
        // A file system error (ENOENT, EISDIR, EACCES…) is the user's to fix; anything else is a bug.
        const code = error.code;
        if (typeof code !== 'string' || !code.startsWith('E'))
            throw error;
        io.err(`opsloop watch: cannot read ${file}: ${READ_ERRORS[code] ?? 'error'} (${code})\n`);
        return 1;
    }
    finally {
        await close();
    }
    io.err(`${watchSummary(summary, settings.learningMs)}\n`);
    return 0;
}
async function templates(json, rest, io) {
    if (rest.length > 1) {
        io.err(`opsloop templates takes one file (or - for standard input), got ${rest.join(' ')}\n`);
        return 2;
    }
    const file = rest[0] ?? '-';
    // Loaded before the lines are opened: readline drops lines emitted before they are iterated.
    const { printTemplates } = await import('./chunks/cli-templates-Dbu7bOIh.js');
    const gone = readerGone(io);
    const output = {
        out: (text) => {
            if (!gone())
                io.out(text);
        }
    };
    let close = () => Promise.resolve();
    try {
        const opened = await openLines(file, io);
        close = opened.close;
        const done = await printTemplates(opened.lines, json, output);
        io.err(`opsloop templates: ${done.lines} lines, ${done.templates} templates\n`);
        return 0;
    }
    catch (error) {
        const code = error.code;
        if (typeof code !== 'string' || !code.startsWith('E'))
            throw error;
        io.err(`opsloop templates: cannot read ${file}: ${READ_ERRORS[code] ?? 'error'} (${code})\n`);
        return 1;
    }
    finally {
        await close();
    }
}
function formatAnomaly(a, timing) {
    const when = timing === 'line-order' ? `line ${a.detectedAt / 1000 + 1}` : isoTime(a.detectedAt);
    const window = formatDuration(a.windowEnd - a.windowStart);
    return `${when} ${a.kind} ${a.severity.toUpperCase()} ${a.count} in ${window} (baseline ${a.baseline.toFixed(1)}) ${a.template} [key ${a.templateKey}]`;
}
const isoTime = (t) => new Date(t).toISOString().replace(/\.000Z$/, 'Z');
function watchSummary(s, learningMs) {
    const time = (t) => s.timing === 'line-order' ? `line ${t / 1000 + 1}` : isoTime(t);
    const fmt = (n) => n.toLocaleString('en-US');
    if (s.lines === 0)
        return 'opsloop watch: the file has no lines.';
    const kinds = (k) => s.anomalies.filter((a) => a.kind === k).length;
    const learningEnd = s.first + learningMs;
    const parts = [
        `opsloop watch: ${fmt(s.lines)} lines, ${time(s.first)} to ${time(s.last)} (timed by ${s.timing === 'line-order' ? 'line order' : `${s.timing} timestamps`})`,
        learningEnd > s.last
            ? `all within the learning period (until ${time(learningEnd)}): nothing can be reported; shorten it with --learning`
            : `learning until ${time(learningEnd)}`,
        `${fmt(s.templates)} templates`,
        `${fmt(s.anomalies.length)} anomalies (${fmt(kinds('new-template'))} new-template, ${fmt(kinds('burst'))} burst)`
    ];
    if (s.suppressed > 0)
        parts.push(`${fmt(s.suppressed)} more new templates over the budget per cooldown, not printed`);
    return `${parts.join('; ')}.`;
}
/**
 * The demo needs the development checkout (the stand-ins and their test data are not shipped in
 * the bundle), so it runs `scripts/demo/main.ts` from the package root with tsx.
 */
async function demo(args, io) {
    const root = fileURLToPath(new URL('..', import.meta.url));
    const script = join(root, 'scripts', 'demo', 'main.ts');
    if (!existsSync(script) || !existsSync(join(root, 'node_modules', 'tsx'))) {
        io.err('opsloop demo runs from a clone of the OpsLoop repository: git clone it, then `npm ci && npm run demo`.\n');
        return 1;
    }
    const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], {
        cwd: root,
        stdio: 'inherit'
    });
    return new Promise((resolve) => {
        child.on('exit', (code) => {
            resolve(code ?? 1);
        });
    });
}

// Bundled to dist/cli.js; bin/opsloop.js loads it. Unexpected failures become one readable line.
// The AWS SDK warns on Node below 22 that its versions after January 2027 will need Node 22. The
// SDK here is bundled at a fixed version, so the notice asks nothing of a CLI user; the README
// says which Node versions OpsLoop supports. Set the variable to `false` to see it again.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
try {
    process.exitCode = await runCli(process.argv.slice(2));
}
catch (error) {
    process.stderr.write(`opsloop: unexpected failure: ${error.message}\nPlease report this with the command you ran.\n`);
    process.exitCode = 70;
}
