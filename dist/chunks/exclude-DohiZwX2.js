import { w as words, s as stem } from './lexical-Bc-35x6b.js';
import { c as compileGlob } from './glob-RR4fIjUw.js';

const list = (v) => (Array.isArray(v) ? v : [v]);
/** The literal text before a glob's first wildcard. */
const literalPrefix = (glob) => glob.slice(0, glob.search(/[*?]|$/));
const shown = (v) => list(v)
    .map((g) => `\`${g}\``)
    .join(' or ');
/**
 * A rule's `metric` as tests of one metric: `subject` (namespace, name) and `qualifiers`
 * (dimensions), with how each is shown (`` `AWS/EC2` `CPUUtilization` ``, ``InstanceId `*` ``).
 */
function metricTests(rule) {
    const subject = [];
    const qualifiers = [];
    const named = [];
    const dims = [];
    if (rule.namespace !== undefined) {
        const ns = compileGlob(rule.namespace);
        subject.push((m) => ns(m.namespace));
        named.push(shown(rule.namespace));
    }
    if (rule.name !== undefined) {
        const name = compileGlob(rule.name);
        subject.push((m) => name(m.name));
        named.push(shown(rule.name));
    }
    for (const [key, globs] of Object.entries(rule.dimensions ?? {})) {
        const dim = compileGlob(globs ?? []);
        qualifiers.push((m) => dim(m.dimensions[key]));
        dims.push(`${key} ${shown(globs ?? [])}`);
    }
    return { subject, qualifiers, named, dims };
}
function metricChecks(rule) {
    const { subject, qualifiers, named, dims } = metricTests(rule);
    const all = [...subject, ...qualifiers];
    const checks = [];
    if (subject.length > 0)
        checks.push({
            role: 'subject',
            test: (i) => i.metrics.some((m) => subject.every((c) => c(m))),
            requires: `metric ${named.join(' ')}`
        });
    if (dims.length > 0)
        checks.push({
            role: 'qualifier',
            test: (i) => i.metrics.some((m) => all.every((c) => c(m))),
            requires: `${named.length > 0 ? `metric ${named.join(' ')} with ` : 'a metric with '}dimension${dims.length > 1 ? 's' : ''} ${dims.join(', ')}`
        });
    return checks;
}
function compileRule(rule) {
    const checks = [];
    let score = 0;
    const field = (role, label, globs, get) => {
        if (globs === undefined)
            return;
        const fits = compileGlob(globs);
        checks.push({ role, test: (i) => fits(get(i)), requires: `${label} ${shown(globs)}` });
        score++;
    };
    const hasSubject = rule.eventName !== undefined ||
        rule.resourceType !== undefined ||
        rule.metric?.namespace !== undefined ||
        rule.metric?.name !== undefined;
    // Cheap, selective checks first.
    field(hasSubject ? 'qualifier' : 'subject', 'alarm name', rule.alarmName, (i) => i.alarmName);
    field('subject', 'event name', rule.eventName, (i) => i.eventName);
    field('class', 'source', rule.source, (i) => i.source);
    field('class', 'detail-type', rule.detailType, (i) => i.detailType);
    if (rule.resourceType !== undefined) {
        const fits = compileGlob(rule.resourceType);
        checks.push({
            role: 'subject',
            test: (i) => i.resourceTypes.some(fits),
            requires: `resource type ${shown(rule.resourceType)}`
        });
        score++;
    }
    if (rule.severity !== undefined) {
        const allowed = list(rule.severity);
        checks.push({
            role: 'qualifier',
            test: (i) => allowed.includes(i.severity),
            requires: `severity ${shown(rule.severity)}`
        });
        score++;
    }
    if (rule.state !== undefined) {
        const allowed = list(rule.state);
        checks.push({
            role: 'qualifier',
            test: (i) => i.state !== undefined && allowed.includes(i.state),
            requires: `state ${shown(rule.state)}`
        });
        score++;
    }
    if (rule.metric !== undefined) {
        checks.push(...metricChecks(rule.metric));
        score +=
            (rule.metric.namespace ? 1 : 0) +
                (rule.metric.name ? 1 : 0) +
                Object.keys(rule.metric.dimensions ?? {}).length;
    }
    for (const [key, globs] of Object.entries(rule.tags ?? {})) {
        const fits = compileGlob(globs ?? []);
        checks.push({
            role: 'qualifier',
            test: (i) => fits(i.tags[key]),
            requires: `tag ${key} ${shown(globs ?? [])}`
        });
        score++;
    }
    if (rule.change !== undefined) {
        // A suspect change named by change attribution, of the deployments this runbook handles.
        const change = rule.change;
        const fields = ['repository', 'service', 'environment'].flatMap((key) => {
            const globs = change[key];
            return globs === undefined
                ? []
                : [{ key, fits: compileGlob(globs), shown: `${key} ${shown(globs)}` }];
        });
        checks.push({
            role: 'qualifier',
            test: (i) => {
                const c = i.facts?.change;
                return c !== undefined && fields.every((f) => f.fits(c[f.key]));
            },
            requires: `a suspect change${fields.length > 0 ? ` (${fields.map((f) => f.shown).join(', ')})` : ''}`
        });
        score += 1 + fields.length;
    }
    const tests = checks.map((c) => c.test);
    // Alarm incidents are actionable in ALARM only, unless the rule asks for another state.
    if (rule.state === undefined)
        tests.push((i) => i.kind !== 'alarm' || i.state === 'ALARM');
    return {
        score,
        tests,
        checks,
        // A wildcard event name (`SERVICE_*`) asks for a family of events, not for this one.
        explicit: (rule.eventName !== undefined && list(rule.eventName).every((g) => literalPrefix(g) === g)) ||
            rule.state !== undefined ||
            rule.severity !== undefined
    };
}
const compiled$1 = new WeakMap();
/** A runbook's match rules, compiled once. */
function rulesOf(runbook) {
    let rules = compiled$1.get(runbook);
    if (!rules) {
        rules = runbook.match.map(compileRule);
        compiled$1.set(runbook, rules);
    }
    return rules;
}
const byRank = (a, b) => b.score - a.score ||
    (b.runbook.priority ?? 0) - (a.runbook.priority ?? 0) ||
    a.runbook.id.localeCompare(b.runbook.id);
function fileRules(runbooks) {
    const filed = new Map();
    const file = (key, doc, rule) => {
        const refs = filed.get(key);
        if (refs)
            refs.push(doc, rule);
        else
            filed.set(key, [doc, rule]);
    };
    const lengths = new Set();
    runbooks.forEach((runbook, doc) => {
        runbook.match.forEach((m, rule) => {
            if (m.alarmName !== undefined) {
                for (const prefix of new Set(list(m.alarmName).map(literalPrefix))) {
                    lengths.add(prefix.length);
                    file(`a${prefix}`, doc, rule);
                }
            }
            else if (m.eventName !== undefined &&
                list(m.eventName).every((g) => literalPrefix(g) === g)) {
                for (const name of new Set(list(m.eventName)))
                    file(`e${name}`, doc, rule);
            }
            else {
                file('u', doc, rule);
            }
        });
    });
    const keys = [...filed.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    const offsets = [];
    const refs = [];
    for (const key of keys) {
        offsets.push(refs.length);
        refs.push(...(filed.get(key) ?? []));
    }
    offsets.push(refs.length);
    return { keys, offsets, refs, prefixLengths: [...lengths].sort((a, b) => a - b) };
}
/**
 * A catalog prepared for ranking many incidents: an incident is scored only against the rules
 * its filing (RuleFiling) says could fit it. Rules compile on first use, so preparing a catalog
 * costs little more than reading its match rules, and nothing when the filing is given. Ranks
 * exactly as rankRunbooks does.
 */
class CatalogIndex {
    runbooks;
    filing;
    constructor(runbooks, filing) {
        this.runbooks = runbooks;
        this.filing = filing ?? fileRules(runbooks);
    }
    refsOf(key, out) {
        const { keys, offsets, refs } = this.filing;
        let lo = 0;
        let hi = keys.length - 1;
        while (lo <= hi) {
            const mid = (lo + hi) >>> 1;
            const at = keys[mid] ?? '';
            if (at === key) {
                // A reference is one number: runbook · 65,536 + rule (rules per runbook are few).
                for (let r = offsets[mid] ?? 0; r < (offsets[mid + 1] ?? 0); r += 2)
                    out.add((refs[r] ?? 0) * 65_536 + (refs[r + 1] ?? 0));
                return;
            }
            if (at < key)
                lo = mid + 1;
            else
                hi = mid - 1;
        }
    }
    candidates(incident) {
        const found = new Set();
        this.refsOf('u', found);
        if (incident.eventName !== undefined)
            this.refsOf(`e${incident.eventName}`, found);
        const name = incident.alarmName;
        if (name !== undefined) {
            for (const n of this.filing.prefixLengths)
                if (n <= name.length)
                    this.refsOf(`a${name.slice(0, n)}`, found);
        }
        return found;
    }
    rank(incident) {
        const best = new Map();
        for (const ref of this.candidates(incident)) {
            const runbook = this.runbooks[Math.floor(ref / 65_536)];
            const index = ref % 65_536;
            const rule = runbook && rulesOf(runbook)[index];
            if (!runbook || !rule)
                continue;
            const current = best.get(runbook);
            const better = !current ||
                rule.score > current.score ||
                (rule.score === current.score && index < current.rule);
            if (better && rule.score > 0 && rule.tests.every((t) => t(incident))) {
                best.set(runbook, { runbook, score: rule.score, rule: index });
            }
        }
        return [...best.values()].sort(byRank);
    }
}
/** True when two candidates would be ranked equal but for their ids. */
function tied(a, b) {
    return a.score === b.score && (a.runbook.priority ?? 0) === (b.runbook.priority ?? 0);
}
/** Whether the candidate's rule names the event, state or severity it accepts. */
function isExplicit(c) {
    return rulesOf(c.runbook)[c.rule]?.explicit ?? false;
}

// Words that negate what follows within a clause (the NegEx cue list); `t` is the end of `can't`,
// `isn't`, `doesn't` once words() split them at the apostrophe.
const NEGATIONS = new Set([
    'not',
    'no',
    'without',
    'never',
    'nothing',
    'none',
    'nor',
    'cannot',
    't'
]);
/** How many words after a negation it governs. */
const NEGATION_WINDOW = 5;
const phraseWords = (text) => words(text).map(stem);
/**
 * The checks of an entry's `when`: those of a match rule, except that its `metric` must fit every
 * metric the alarm reads (each input of a metric-math alarm), not just one. An entry says what
 * the incident is; an alarm over CPU and memory is not a CPU alarm.
 */
function whenChecks(when) {
    const { metric, ...rest } = when;
    const checks = Object.keys(rest).length > 0 ? compileRule(rest).checks : [];
    if (!metric)
        return checks;
    const { subject, qualifiers, named, dims } = metricTests(metric);
    const parts = [...subject, ...qualifiers];
    const what = [
        ...(named.length > 0 ? [named.join(' ')] : []),
        ...(dims.length > 0 ? [`with dimension${dims.length > 1 ? 's' : ''} ${dims.join(', ')}`] : [])
    ].join(' ');
    checks.push({
        role: 'qualifier',
        test: (i) => {
            const read = i.metrics.filter((m) => m.expression === undefined);
            return read.length > 0 && read.every((m) => parts.every((p) => p(m)));
        },
        requires: `only metrics ${what}`
    });
    return checks;
}
const compiled = new WeakMap();
function exclusionsOf(runbook) {
    let found = compiled.get(runbook);
    if (!found) {
        found = (runbook.exclude ?? []).map((e) => ({
            why: e.why,
            checks: e.when ? whenChecks(e.when) : [],
            phrases: (e.says ?? [])
                .map((written) => ({ words: phraseWords(written), written }))
                .filter((p) => p.words.length > 0)
        }));
        compiled.set(runbook, found);
    }
    return found;
}
/**
 * What the incident says, as runs of stemmed words: its description, its reason and its details.
 * A run ends at punctuation between words (a comma, a bracket, a quote, a full stop), so neither
 * a phrase ("ACM-issued") nor a negation reaches across one ("imported into ACM, issued by a
 * partner's CA"); punctuation inside a name (`States.Timeout`, `card-auth`) does not end one.
 */
function clausesOf(incident) {
    const text = [incident.description, incident.reason, ...Object.values(incident.details ?? {})];
    return text
        .filter((t) => typeof t === 'string' && t !== '')
        .flatMap((t) => t.split(/[.;:!?](?=\s|$)|[\n,()[\]{}"“”]/))
        .map(phraseWords)
        .filter((c) => c.length > 0);
}
const clauseCache = new WeakMap();
/** Whether `phrase` occurs in `clause` at a position no negation before it governs. */
function affirmedIn(clause, phrase) {
    const negates = NEGATIONS.has(phrase[0] ?? '');
    outer: for (let i = 0; i + phrase.length <= clause.length; i++) {
        for (let j = 0; j < phrase.length; j++)
            if (clause[i + j] !== phrase[j])
                continue outer;
        if (negates)
            return true;
        const before = clause.slice(Math.max(0, i - NEGATION_WINDOW), i);
        if (!before.some((w) => NEGATIONS.has(w)))
            return true;
    }
    return false;
}
/** The first `exclude` entry of the runbook that applies to the incident, if one does. */
function appliedExclusion(runbook, incident) {
    const entries = exclusionsOf(runbook);
    if (entries.length === 0)
        return undefined;
    for (const [index, e] of entries.entries()) {
        if (!e.checks.every((c) => c.test(incident)))
            continue;
        const reasons = e.checks.map((c) => `it has ${c.requires}`);
        if (e.phrases.length > 0) {
            let clauses = clauseCache.get(incident);
            if (!clauses) {
                clauses = clausesOf(incident);
                clauseCache.set(incident, clauses);
            }
            const said = e.phrases.find((p) => clauses.some((c) => affirmedIn(c, p.words)));
            if (!said)
                continue;
            reasons.push(`it says \`${said.written.replace(/`/g, "'")}\``);
        }
        return { index, why: e.why, because: reasons.join(' and ') };
    }
    return undefined;
}

export { CatalogIndex as C, appliedExclusion as a, isExplicit as i, rulesOf as r, tied as t };
