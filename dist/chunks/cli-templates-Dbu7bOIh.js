import { S as SEVERITY_RANK } from './severity-DGMA2-R7.js';
import { L as LogTemplateMiner } from './templates-CvzNMnjK.js';

async function printTemplates(lines, json, io) {
    const miner = new LogTemplateMiner();
    // Per line only what --json needs: which template (a reference, not the text).
    const mined = [];
    const severities = new Map();
    let count = 0;
    for await (const raw of lines) {
        const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
        count++;
        if (line.trim() === '')
            continue;
        const { severity, template } = miner.add(line, count);
        if (json)
            mined.push({ line: count, severity, template });
        else {
            const seen = severities.get(template) ?? new Set();
            seen.add(severity);
            severities.set(template, seen);
        }
    }
    const templates = miner.templates();
    // A line's template is the one its first template is now part of (templates merge).
    const final = (t) => miner.template(t.id) ?? t;
    if (json) {
        for (const { line, severity, template } of mined) {
            const t = final(template);
            io.out(`${JSON.stringify({ line, id: t.id, severity, template: t.template })}\n`);
        }
        return { lines: count, templates: templates.length };
    }
    const joined = new Map();
    for (const [t, seen] of severities) {
        const into = joined.get(final(t)) ?? new Set();
        for (const s of seen)
            into.add(s);
        joined.set(final(t), into);
    }
    const live = [...joined.keys()].sort((a, b) => b.count - a.count || a.id - b.id);
    const width = String(live[0]?.count ?? 0).length;
    for (const t of live) {
        const levels = [...(joined.get(t) ?? [])]
            .sort((a, b) => SEVERITY_RANK[b] - SEVERITY_RANK[a])
            .join(',');
        io.out(`${String(t.count).padStart(width)}  ${levels.padEnd(5)}  #${t.id}  ${t.template}\n`);
    }
    return { lines: count, templates: templates.length };
}

export { printTemplates };
