import { v as validate20, S as SNAPSHOT_VERSION } from './snapshot-BRbq2CSM.js';
import { p as parseYaml, l as locate, f as formatPath } from './yaml-source-B5uDbl-W.js';
import './ucs2length-43QcV_Qu.js';
import './_commonjsHelpers-BFTU3MAI.js';
import './normalize-lqZICLgH.js';
import './json-DBadgRse.js';
import './unicode-Bqcso1Xx.js';
import './redact-dgEMPhFv.js';
import './severity-DGMA2-R7.js';
import 'process';
import 'buffer';

const EXAMPLE = "components:\n  - service: checkout\n    paths: ['services/checkout/**']";
function parseComponents(file, text) {
    const parsed = parseYaml(file, text);
    const at = (line, column, message) => `${file}:${line}:${column}: ${message}`;
    const none = (problems) => ({ file, components: [], problems });
    if (!parsed.source)
        return none(parsed.problems.map((p) => at(p.line, p.column, p.message)));
    if (parsed.problems.length > 0)
        return none(parsed.problems.map((p) => at(p.line, p.column, p.message)));
    const source = parsed.source;
    const data = source.data;
    const keys = data && typeof data === 'object' ? Object.keys(data) : [];
    if (!data || typeof data !== 'object' || Array.isArray(data) || !('components' in data))
        return none([at(1, 1, `expected a \`components\` list, such as:\n${EXAMPLE}`)]);
    const unknown = keys.filter((k) => k !== 'components');
    if (unknown.length > 0) {
        const where = locate(source, [unknown[0] ?? ''], 'key');
        return none([
            at(where.line, where.column, `unknown field \`${unknown[0] ?? ''}\`; the file holds only \`components\``)
        ]);
    }
    // The snapshot schema's definition of a component is the one definition: checked by its
    // validator inside the smallest snapshot that holds them.
    const probe = {
        version: SNAPSHOT_VERSION,
        takenAt: '2000-01-01T00:00:00Z',
        event: {},
        components: data.components
    };
    if (validate20(probe))
        return { file, components: probe.components ?? [], problems: [] };
    return none((validate20.errors ?? []).slice(0, 5).map((e) => {
        const path = e.instancePath
            .split('/')
            .slice(1)
            .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
        const where = locate(source, path);
        const field = path.length > 0 ? `\`${formatPath(path)}\`` : 'the file';
        const extra = e.keyword === 'additionalProperties'
            ? ` (\`${String(e.params.additionalProperty)}\`; a component has \`service\`, \`paths\`, \`usedBy\` and \`repo\`)`
            : e.keyword === 'minProperties'
                ? ': give `service` (whose paths these are) or `usedBy` (the services that build from them)'
                : '';
        return at(where.line, where.column, `${field} ${e.message ?? 'is invalid'}${extra}`);
    }));
}

export { parseComponents };
