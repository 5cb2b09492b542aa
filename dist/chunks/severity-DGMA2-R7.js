// Log line severity: fatal, error, warn or info, from a JSON level field or the leftmost level
// word, and how the levels rank.
// Levels: the leftmost level word decides, so `INFO retried after error` is info; JSON level
// fields first. `…Exception` and Python tracebacks count as errors.
const LEVEL_WORD = /\b(fatal|critical|crit|emerg|emergency|panic|severe|error|err|warn|warning|info|information|notice|debug|trace|verbose)\b|exception\b|\btraceback \(most recent call last\)/i;
const JSON_LEVEL = /"(?:level|severity|log[._]?level|levelname|lvl)"\s*:\s*"([A-Za-z]+)"/i;
const LEVEL_SCAN_CHARS = 1_000;
const SEVERITY_OF = {
    fatal: 'fatal',
    critical: 'fatal',
    crit: 'fatal',
    emerg: 'fatal',
    emergency: 'fatal',
    panic: 'fatal',
    severe: 'error',
    error: 'error',
    err: 'error',
    warn: 'warn',
    warning: 'warn'
};
/** How serious each severity is, higher for more serious. */
const SEVERITY_RANK = {
    fatal: 3,
    error: 2,
    warn: 1,
    info: 0
};
/** The line's severity: a JSON level field, else the leftmost level word (case-insensitive). */
function detectSeverity(message) {
    const text = message.length > LEVEL_SCAN_CHARS ? message.slice(0, LEVEL_SCAN_CHARS) : message;
    if (text.includes('"')) {
        const json = JSON_LEVEL.exec(text)?.[1];
        if (json !== undefined)
            return SEVERITY_OF[json.toLowerCase()] ?? 'info';
    }
    const m = LEVEL_WORD.exec(text);
    if (m === null)
        return 'info';
    const word = m[1];
    return word === undefined ? 'error' : (SEVERITY_OF[word.toLowerCase()] ?? 'info');
}

export { SEVERITY_RANK as S, detectSeverity as d };
