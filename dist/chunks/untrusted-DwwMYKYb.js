import { w as wellFormed } from './unicode-Bqcso1Xx.js';

// One policy for untrusted text (alarm names and descriptions from AWS, log lines from hosts, a
// model's summary, people's comments and pull requests) on its way to GitHub, Slack or Jira.
// The renderers build on it: `report/markdown.ts` for issue bodies and comments (controls shown,
// so a reader sees what arrived) and `notify/text.ts` for Slack and Jira (controls removed).
//
// Two hazards are handled here, whatever the destination:
// - control characters (terminal escapes, NUL, C1) and the bidirectional controls that reorder
//   what a reader sees ("Trojan Source"), so text cannot hide or disguise what it says;
// - `<!--` and `-->`, so untrusted text can never open, close or forge an HTML comment, and in
//   particular never an OpsLoop hidden marker (`<!-- opsloop:plan {...} -->`) that is read back
//   as state.
/**
 * C0 controls but tab and newline, DEL, C1 controls, the bidirectional embeddings, overrides and
 * isolates (U+202A–U+202E, U+2066–U+2069), and the line and paragraph separators U+2028/U+2029.
 *
 * Global, for `replace` and `match`; for a yes/no answer use `new RegExp(CONTROLS.source)`
 * (`test` on a global expression keeps state between calls).
 */
const CONTROLS = 
// eslint-disable-next-line no-control-regex
/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
/** An invisible character that breaks a sequence without changing how the text reads. */
const WORD_JOINER = '\u2060';
/**
 * Text in which `<!--` and `-->` are inert: a word joiner goes after `<!` and before `>`, so the
 * text reads the same but can never open or close an HTML comment or pass for an OpsLoop marker.
 *
 * Neither sequence can overlap itself, and inserting a character that is in neither can only
 * break occurrences, never make one, so the result holds neither `<!--` nor `-->` for any input
 * (`<!---->`, `--->`, `<!--->` included). Applying it again changes nothing.
 */
function neutralizeMarkers(text) {
    return text.replace(/<!--/g, `<!${WORD_JOINER}--`).replace(/-->/g, `--${WORD_JOINER}>`);
}
/** CR LF and a lone CR (a line ending from Windows or old Mac text) become LF. */
const lineFeeds = (text) => text.replace(/\r\n?/g, '\n');
/** How a control looks once visible: its Unicode picture, else `⟨U+XXXX⟩`. */
function picture(c) {
    const point = c.charCodeAt(0);
    if (point < 0x20)
        return String.fromCharCode(0x2400 + point);
    if (point === 0x7f)
        return '\u2421';
    return `\u27e8U+${point.toString(16).toUpperCase().padStart(4, '0')}\u27e9`;
}
/**
 * Text with every control in {@link CONTROLS} shown: C0 controls as their Unicode pictures (`␀`,
 * `␛`), DEL as `␡`, C1, bidirectional controls and U+2028/U+2029 as `⟨U+202E⟩`, and broken UTF-16
 * as `�`. Binary log lines and terminal colours stay visible without reaching a reader as raw
 * bytes. Tabs and newlines are kept (CR LF becomes LF).
 */
function visibleControls(text) {
    return wellFormed(lineFeeds(text).replace(CONTROLS, picture));
}
/**
 * Text with every control in {@link CONTROLS} removed, for Slack and Jira: tabs become spaces, CR
 * LF becomes LF, and broken UTF-16 becomes `�`.
 */
function stripControls(text) {
    return wellFormed(lineFeeds(text).replace(/\t/g, ' ').replace(CONTROLS, ''));
}
/**
 * Text on one line, fit for a title or a label: controls removed, whitespace runs (newlines
 * included) collapsed to one space, ends trimmed, and markers neutralized.
 */
function oneLine(text) {
    return neutralizeMarkers(stripControls(text).replace(/\s+/g, ' ').trim());
}
/**
 * At most `max` code points: a longer text is cut, trailing whitespace dropped, and `marker`
 * appended (counted in `max`). A cut never splits a surrogate pair. This only bounds length: clean
 * the text first.
 */
function truncate(text, max, marker = '\u2026') {
    const limit = Number.isNaN(max) ? 0 : Math.max(0, Math.floor(max));
    const points = Array.from(text);
    if (points.length <= limit)
        return text;
    const tail = Array.from(marker);
    if (tail.length >= limit)
        return tail.slice(0, limit).join('');
    return `${points
        .slice(0, limit - tail.length)
        .join('')
        .trimEnd()}${marker}`;
}

export { CONTROLS as C, neutralizeMarkers as n, oneLine as o, stripControls as s, truncate as t, visibleControls as v };
