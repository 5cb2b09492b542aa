// Broken UTF-16 (a lone surrogate, e.g. from a cut log line or a crafted `\ud800` in an event's
// JSON) as U+FFFD: GitHub, Slack and Jira all expect well-formed text, and `encodeURIComponent`
// throws `URI malformed` on it. Node 20+ has `String.prototype.isWellFormed`/`toWellFormed`
// (ES2024, V8 11.1), which do exactly this natively; the project's `lib` is ES2023, so they are
// typed here, and the regular expression below stays as the fallback for any engine without them.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const HAS_LONE_SURROGATE = new RegExp(LONE_SURROGATE.source);
/** Whether `text` holds no lone surrogate. */
function isWellFormed(text) {
    const native = text.isWellFormed;
    return native ? native.call(text) : !HAS_LONE_SURROGATE.test(text);
}
/** `text` with every lone surrogate replaced by U+FFFD. */
function wellFormed(text) {
    const native = text.toWellFormed;
    return native ? native.call(text) : text.replace(LONE_SURROGATE, '\ufffd');
}

export { isWellFormed as i, wellFormed as w };
