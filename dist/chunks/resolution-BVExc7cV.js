import { a as OUTCOME_LABELS } from './record-BIoafhO-.js';

const NOTE_CHARS = 280;
const COMMAND_CHARS = 400;
const FENCE = /^ {0,3}(`{3,}|~{3,})[^\n]*\n([\s\S]*?)\n {0,3}\1[`~]*[ \t]*$/gm;
/** A comment's code blocks and its prose without them. */
function splitComment(body) {
    const commands = [];
    const text = body.replace(FENCE, (_m, _fence, inner) => {
        const command = inner.trim();
        if (command !== '')
            commands.push(command.slice(0, COMMAND_CHARS));
        return ' ';
    });
    const prose = text.replace(/\s+/g, ' ').trim();
    const cut = Array.from(prose);
    return {
        text: cut.length > NOTE_CHARS ? `${cut.slice(0, NOTE_CHARS).join('')}…` : prose,
        commands
    };
}
/** Whether a comment is someone's account of the incident: not a command, not automation. */
const isNote = (c) => c.author !== undefined &&
    c.author.type === 'User' &&
    !c.body.trimStart().startsWith('/') &&
    c.body.trim() !== '';
function resolutionOf(ledger, labels, state) {
    const plan = ledger.plans.at(-1)?.plan;
    const digest = plan?.digest;
    const outcome = digest ? ledger.outcomes.findLast((o) => o.digest === digest) : undefined;
    const ran = digest !== undefined &&
        (ledger.claims.some((c) => c.digest === digest) || ledger.ranLabels.has(digest.slice(0, 32)));
    const ended = labels.includes(OUTCOME_LABELS.remediated)
        ? 'remediated'
        : labels.includes(OUTCOME_LABELS.rolledBack)
            ? 'rolled back'
            : labels.includes(OUTCOME_LABELS.failed)
                ? 'failed'
                : labels.includes(OUTCOME_LABELS.recovered)
                    ? 'recovered'
                    : state === 'closed'
                        ? 'closed'
                        : 'open';
    const notes = ledger.human
        .filter(isNote)
        .slice(-3)
        .map((c) => ({ author: c.author?.login ?? 'ghost', url: c.url, ...splitComment(c.body) }));
    return {
        ...(plan
            ? {
                runbook: {
                    id: plan.runbook.id,
                    ...(digest ? { digest } : {}),
                    ran,
                    ...(outcome ? { outcome: outcome.outcome } : {})
                }
            }
            : {}),
        ended,
        notes
    };
}

export { resolutionOf as r };
