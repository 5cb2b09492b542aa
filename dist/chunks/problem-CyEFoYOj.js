import { C as CONTROLS } from './untrusted-DwwMYKYb.js';
import './unicode-Bqcso1Xx.js';

const START = { line: 1, column: 1 };
/**
 * Control characters from file content must not reach a terminal or log as themselves: the shared
 * set (bidirectional controls included), and tab and newline, which would break the one-line form.
 */
const CONTROL = new RegExp(`[\\t\\n]|${CONTROLS.source}`, 'g');
const visible = (s) => s.replace(CONTROL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
function formatProblem(p) {
    const tag = p.severity === 'warning' ? 'warning: ' : '';
    return `${visible(p.file)}:${p.line}:${p.column}: ${tag}${visible(p.message)} [${p.rule}]`;
}
function compareProblems(a, b) {
    return a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column;
}

export { START, compareProblems, formatProblem };
