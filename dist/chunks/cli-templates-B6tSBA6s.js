import { L as LogTemplateMiner } from './templates-29MsO1pd.js';
import './severity-DGMA2-R7.js';

/** A template's id as the output prints it: the severity's initial and its number (`e12`). */
const idOf = (severity, t) => `${severity[0] ?? 'i'}${t.id}`;
async function printTemplates(lines, json, io) {
    const miner = new LogTemplateMiner();
    // Per line only what --json needs: which template (a reference, not the text).
    const mined = [];
    let count = 0;
    for await (const raw of lines) {
        const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
        count++;
        if (line.trim() === '')
            continue;
        const { severity, template } = miner.add(line, count);
        if (json)
            mined.push({ line: count, severity, template });
    }
    const templates = miner.templates();
    if (json) {
        for (const { line, severity, template } of mined)
            io.out(`${JSON.stringify({ line, id: idOf(severity, template), severity, template: template.template })}\n`);
        return { lines: count, templates: templates.length };
    }
    const sorted = [...templates].sort((a, b) => b.template.count - a.template.count || a.template.id - b.template.id);
    const width = String(sorted[0]?.template.count ?? 0).length;
    for (const { severity, template } of sorted)
        io.out(`${String(template.count).padStart(width)}  ${severity.padEnd(5)}  ${idOf(severity, template).padEnd(6)}  ${template.template}\n`);
    return { lines: count, templates: templates.length };
}

export { printTemplates };
