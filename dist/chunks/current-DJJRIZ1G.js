import { c as checkParameterValue } from './parameters-DbSepTJw.js';
import { p as planDigest, t as targetIds, s as sealed } from './request-D_hjRL7m.js';

// Is OpsLoop's last plan on an issue still the plan? The plan comes from OpsLoop's own sealed record
// (issue/ledger.ts), and is re-checked against the runbook as it is now on the default branch: the
// runbook must still exist and validate, still declare every parameter and accept its value, and
// still allow that many targets; the digest is recomputed over the runbook's current content.
// When anything differs, `changes` says exactly what, so a reply never claims a change that did
// not happen.
function currentPlan(stored, catalog) {
    const entry = catalog.find((c) => c.runbook.id === stored.runbook.id);
    if (!entry)
        return {
            kind: 'invalid',
            reason: `runbook \`${stored.runbook.id}\` is no longer in the catalog, or no longer validates`
        };
    if (stored.problems.length > 0 || stored.digest === undefined)
        return { kind: 'invalid', reason: 'this plan is incomplete; see its problems on the issue' };
    if (planDigest(stored) !== stored.digest)
        return { kind: 'invalid', reason: 'the recorded plan does not match its own digest' };
    const declared = entry.runbook.parameters ?? {};
    for (const p of stored.parameters) {
        const param = declared[p.name];
        if (!param)
            return { kind: 'invalid', reason: `the runbook no longer declares \`${p.name}\`` };
        const wrong = p.value === undefined ? 'has no value' : checkParameterValue(param, p.value);
        if (wrong)
            return { kind: 'invalid', reason: `parameter \`${p.name}\` ${wrong}` };
    }
    const missing = Object.keys(declared).filter((n) => !stored.parameters.some((p) => p.name === n));
    if (missing.length > 0)
        return {
            kind: 'invalid',
            reason: `the runbook now needs ${missing.map((n) => `\`${n}\``).join(', ')}; a new plan is needed`
        };
    if (targetIds(stored.targets).length > entry.runbook.targets.max)
        return {
            kind: 'invalid',
            reason: `the plan has ${targetIds(stored.targets).length} targets and the runbook now allows ${entry.runbook.targets.max}`
        };
    const refreshed = sealed({
        ...stored,
        runbook: {
            ...stored.runbook,
            title: entry.runbook.title,
            risk: entry.runbook.risk,
            file: entry.file,
            digest: entry.digest
        }
    });
    if (refreshed.digest === stored.digest)
        return { kind: 'current', plan: stored, entry };
    return {
        kind: 'changed',
        plan: refreshed,
        entry,
        was: stored.digest,
        changes: planChanges(stored, refreshed)
    };
}
const short = (digest) => digest.slice(0, 12);
const shown = (v) => (v === undefined ? '(none)' : JSON.stringify(v));
/** Targets in `after` that `before` lacks, and the reverse. */
function targetDifference(before, after) {
    const a = new Set(targetIds(before));
    const b = new Set(targetIds(after));
    return { added: [...b].filter((x) => !a.has(x)), removed: [...a].filter((x) => !b.has(x)) };
}
/** What differs between two plans, in sentences (plain text, with code spans). */
function planChanges(before, after) {
    const out = [];
    if (before.runbook.id !== after.runbook.id)
        out.push(`runbook \`${before.runbook.id}\` → \`${after.runbook.id}\``);
    else if (before.runbook.digest !== after.runbook.digest)
        out.push(`runbook \`${after.runbook.id}\` changed on the default branch (content sha256 \`${short(before.runbook.digest)}\` → \`${short(after.runbook.digest)}\`)`);
    const names = new Set([...before.parameters, ...after.parameters].map((p) => p.name));
    for (const name of names) {
        const a = before.parameters.find((p) => p.name === name);
        const b = after.parameters.find((p) => p.name === name);
        if (a?.value !== b?.value) {
            const sensitive = a?.sensitive === true || b?.sensitive === true;
            out.push(sensitive
                ? `parameter \`${name}\` changed (sensitive)`
                : `parameter \`${name}\`: ${shown(a?.value)} → ${shown(b?.value)}`);
        }
    }
    const { added, removed } = targetDifference(before.targets, after.targets);
    if (added.length > 0)
        out.push(`targets added: ${added.map((t) => `\`${t}\``).join(', ')}`);
    if (removed.length > 0)
        out.push(`targets removed: ${removed.map((t) => `\`${t}\``).join(', ')}`);
    if (before.targets?.kind !== after.targets?.kind)
        out.push(`targets are now ${after.targets?.kind ?? 'none'} (were ${before.targets?.kind ?? 'none'})`);
    for (const k of ['fingerprint', 'alarmName', 'account', 'region'])
        if (before.incident[k] !== after.incident[k])
            out.push(`incident ${k}: ${shown(before.incident[k])} → ${shown(after.incident[k])}`);
    if ((before.requestedBy ?? '').toLowerCase() !== (after.requestedBy ?? '').toLowerCase())
        out.push(`requester: ${shown(before.requestedBy)} → ${shown(after.requestedBy)}`);
    return out;
}

export { currentPlan as c, planChanges as p };
