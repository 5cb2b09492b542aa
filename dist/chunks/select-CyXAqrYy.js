import { b as compileGlob } from './glob-B5KpY7hD.js';

const list = (v) => (Array.isArray(v) ? v : [v]);
function compileMetric(rule) {
    const checks = [];
    if (rule.namespace !== undefined) {
        const ns = compileGlob(rule.namespace);
        checks.push((m) => ns(m.namespace));
    }
    if (rule.name !== undefined) {
        const name = compileGlob(rule.name);
        checks.push((m) => name(m.name));
    }
    for (const [key, globs] of Object.entries(rule.dimensions ?? {})) {
        const dim = compileGlob(globs ?? []);
        checks.push((m) => dim(m.dimensions[key]));
    }
    return (incident) => incident.metrics.some((m) => checks.every((c) => c(m)));
}
function compileRule(rule) {
    const tests = [];
    let score = 0;
    const field = (globs, get) => {
        if (globs === undefined)
            return;
        const fits = compileGlob(globs);
        tests.push((i) => fits(get(i)));
        score++;
    };
    // Cheap, selective checks first.
    field(rule.alarmName, (i) => i.alarmName);
    field(rule.eventName, (i) => i.eventName);
    field(rule.source, (i) => i.source);
    field(rule.detailType, (i) => i.detailType);
    if (rule.resourceType !== undefined) {
        const fits = compileGlob(rule.resourceType);
        tests.push((i) => i.resourceTypes.some(fits));
        score++;
    }
    if (rule.severity !== undefined) {
        const allowed = list(rule.severity);
        tests.push((i) => allowed.includes(i.severity));
        score++;
    }
    // Alarm incidents are actionable in ALARM only, unless the rule asks for another state.
    if (rule.state !== undefined) {
        const allowed = list(rule.state);
        tests.push((i) => i.state !== undefined && allowed.includes(i.state));
        score++;
    }
    else {
        tests.push((i) => i.kind !== 'alarm' || i.state === 'ALARM');
    }
    if (rule.metric !== undefined) {
        tests.push(compileMetric(rule.metric));
        score +=
            (rule.metric.namespace ? 1 : 0) +
                (rule.metric.name ? 1 : 0) +
                Object.keys(rule.metric.dimensions ?? {}).length;
    }
    for (const [key, globs] of Object.entries(rule.tags ?? {})) {
        const fits = compileGlob(globs ?? []);
        tests.push((i) => fits(i.tags[key]));
        score++;
    }
    return { score, tests };
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
/** The literal text before a glob's first wildcard. */
const literalPrefix = (glob) => glob.slice(0, glob.search(/[*?]|$/));
/**
 * A catalog prepared for ranking many incidents: each rule is filed under what an incident must
 * have for it to match (an alarm-name prefix or an exact event name), so an incident is scored
 * only against rules that could fit it. Ranks exactly as rankRunbooks does.
 */
class CatalogIndex {
    byAlarmPrefix = new Map();
    byEventName = new Map();
    unfiled = [];
    prefixLengths = new Set();
    constructor(runbooks) {
        for (const runbook of runbooks) {
            runbook.match.forEach((m, index) => {
                const entry = { runbook, index, rule: rulesOf(runbook)[index] ?? compileRule(m) };
                const file = (map, key) => {
                    map.set(key, [...(map.get(key) ?? []), entry]);
                };
                if (m.alarmName !== undefined) {
                    for (const prefix of new Set(list(m.alarmName).map(literalPrefix))) {
                        this.prefixLengths.add(prefix.length);
                        file(this.byAlarmPrefix, prefix);
                    }
                }
                else if (m.eventName !== undefined &&
                    list(m.eventName).every((g) => literalPrefix(g) === g)) {
                    for (const name of list(m.eventName))
                        file(this.byEventName, name);
                }
                else {
                    this.unfiled.push(entry);
                }
            });
        }
    }
    candidates(incident) {
        const found = new Set(this.unfiled);
        const add = (rules) => rules?.forEach((r) => found.add(r));
        if (incident.eventName !== undefined)
            add(this.byEventName.get(incident.eventName));
        const name = incident.alarmName;
        if (name !== undefined) {
            for (const n of this.prefixLengths)
                if (n <= name.length)
                    add(this.byAlarmPrefix.get(name.slice(0, n)));
        }
        return found;
    }
    rank(incident) {
        const best = new Map();
        for (const { runbook, index, rule } of this.candidates(incident)) {
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

export { CatalogIndex as C, tied as t };
