import { n as neutralizeMarkers, v as visibleControls } from './untrusted-DwwMYKYb.js';

// Markdown that quotes untrusted text (alarm names and descriptions, log lines, pull-request
// content) safely. GitHub does not link @-mentions or #-references inside code, and nothing in
// code is rendered as HTML, so untrusted text goes into code spans or fenced blocks whose fence
// is longer than any backtick run in the text. Controls and comment markers follow the shared
// policy in `text/untrusted.ts`: controls are shown, and no output holds `<!--` or `-->`, so quoted
// text can never hide itself or forge an OpsLoop marker, inside code or out.
/**
 * Text with control characters shown as their Unicode pictures (`␀`, `␛`), bidirectional controls
 * as `⟨U+202E⟩`, and broken UTF-16 as `�`: binary log lines and terminal colours stay visible
 * without reaching GitHub as raw bytes. Newlines and tabs are kept; `<!--` and `-->` are made
 * inert.
 */
function visible(text) {
    return neutralizeMarkers(visibleControls(text));
}
/** A fence longer than any run of backticks in `text` (at least three). */
function fenceFor(text) {
    const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
    return '`'.repeat(Math.max(3, longest + 1));
}
/** A fenced code block holding `text` as {@link visible} shows it. */
function codeBlock(text, language = 'text') {
    const fence = fenceFor(text);
    return neutralizeMarkers(`${fence}${language}\n${visible(text)}\n${fence}`);
}
/** An inline code span on one line; backticks become quotes and `|` is escaped for tables. */
function code(text) {
    const inline = visible(text).replace(/`/g, "'").replace(/\|/g, '\\|').replace(/\n/g, ' ');
    return neutralizeMarkers(`\`${inline}\``);
}
/**
 * Text inside an HTML element such as `<summary>`, where GitHub renders no Markdown (a code span
 * would show its backticks): an HTML `<code>` element, its text escaped, on one line.
 */
function htmlCode(text) {
    return neutralizeMarkers(`<code>${htmlText(text)}</code>`);
}
/** Text inside an HTML element, escaped, on one line (see htmlCode). */
function htmlText(text) {
    return neutralizeMarkers(visible(text)
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/\n/g, ' '));
}
/** Plain table-cell text: HTML and table syntax escaped, on one line. */
function cell(text) {
    return htmlText(text).replace(/\|/g, '\\|');
}
// Characters that start inline Markdown or HTML syntax; each is escaped in prose. (Block syntax
// such as `#`, `-` or `1.` only counts at the start of a line, where prose never goes.)
const MARKDOWN_SYNTAX = /[\\`*_[\]|~<>&]/g;
const HTML_ENTITIES = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
/**
 * Untrusted text (a model's summary, which may echo the payload) as plain inline prose, for use
 * after other text on a line: no HTML, no emphasis, links or images, and no @-mention, reference
 * or autolink that GitHub would turn into a notification or a link. A word that would be one is
 * shown in a code span, where GitHub links nothing: it reads and copies exactly as it arrived (an
 * invisible character inside it would break copy, paste and search).
 */
function prose(text) {
    // Backtick-quoted parts stay code spans (inert by construction: they hold no backtick); the
    // rest is escaped.
    return neutralizeMarkers(visible(text)
        .replace(/\s+/g, ' ')
        .trim()
        .split(/`([^`]+)`/)
        .map((part, i) => (i % 2 === 1 ? code(part) : plain(part)))
        .join(''));
}
// A word GitHub would link: an @-mention or e-mail address, a #-reference (`#12`,
// `owner/repo#12`), a `GH-12` reference, a URL or a `www.` address.
const LINKING = /[@#]|:\/\/|\bwww\.|\bGH-\d/i;
// A word's opening and closing punctuation, which stays outside its code span: `(#12;`.
const WORD_PARTS = /^([(["'<{]*)(.*?)([.,;:!?)\]"'>}]*)$/;
/** Prose outside code spans: each word escaped, or in a code span when GitHub would link it. */
function plain(text) {
    const escape = (t) => t.replace(MARKDOWN_SYNTAX, (c) => HTML_ENTITIES[c] ?? `\\${c}`);
    return text
        .split(' ')
        .map((word) => {
        if (!LINKING.test(word))
            return escape(word);
        const [, open = '', core = '', close = ''] = WORD_PARTS.exec(word) ?? [];
        return LINKING.test(core) ? `${escape(open)}${code(core)}${escape(close)}` : code(word);
    })
        .join(' ');
}

export { cell as a, codeBlock as b, code as c, htmlText as d, fenceFor as f, htmlCode as h, prose as p };
