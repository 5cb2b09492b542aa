import { b as compileGlob } from './glob-B5KpY7hD.js';

const list = (v) => (Array.isArray(v) ? v : [v]);
/** The literal text before a glob's first wildcard. */
const literalPrefix = (glob) => glob.slice(0, glob.search(/[*?]|$/));
const shown = (v) => list(v)
    .map((g) => `\`${g}\``)
    .join(' or ');
function metricChecks(rule) {
    const subject = [];
    const all = [];
    const named = [];
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
    all.push(...subject);
    const dims = [];
    for (const [key, globs] of Object.entries(rule.dimensions ?? {})) {
        const dim = compileGlob(globs ?? []);
        all.push((m) => dim(m.dimensions[key]));
        dims.push(`${key} ${shown(globs ?? [])}`);
    }
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
function runbookVerdict(runbook, incident) {
    let fit;
    let rejection;
    rulesOf(runbook).forEach((rule, i) => {
        const failing = rule.checks.filter((c) => !c.test(incident));
        if (failing.length === 0) {
            if (rule.score > 0 && (fit?.kind !== 'fits' || rule.score > fit.score))
                fit = { kind: 'fits', rule: i, score: rule.score, explicit: rule.explicit };
        }
        else if (!rejection && failing.every((c) => c.role === 'qualifier')) {
            rejection = { kind: 'rejects', rule: i, requires: failing.map((c) => c.requires) };
        }
    });
    return fit ?? rejection ?? { kind: 'silent' };
}
const compiled = new WeakMap();
function rulesOf(runbook) {
    let rules = compiled.get(runbook);
    if (!rules) {
        rules = runbook.match.map(compileRule);
        compiled.set(runbook, rules);
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

export { CatalogIndex as C, isExplicit as i, runbookVerdict as r, tied as t };
