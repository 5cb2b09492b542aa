import { g as getDefaultExportFromCjs } from './_commonjsHelpers-BFTU3MAI.js';

var ucs2length = {};

var hasRequiredUcs2length;

function requireUcs2length () {
	if (hasRequiredUcs2length) return ucs2length;
	hasRequiredUcs2length = 1;
	Object.defineProperty(ucs2length, "__esModule", { value: true });
	// https://mathiasbynens.be/notes/javascript-encoding
	// https://github.com/bestiejs/punycode.js - punycode.ucs2.decode
	function ucs2length$1(str) {
	    const len = str.length;
	    let length = 0;
	    let pos = 0;
	    let value;
	    while (pos < len) {
	        length++;
	        value = str.charCodeAt(pos++);
	        if (value >= 0xd800 && value <= 0xdbff && pos < len) {
	            // high surrogate, and there is a next character
	            value = str.charCodeAt(pos);
	            if ((value & 0xfc00) === 0xdc00)
	                pos++; // low surrogate
	        }
	    }
	    return length;
	}
	ucs2length.default = ucs2length$1;
	ucs2length$1.code = 'require("ajv/dist/runtime/ucs2length").default';
	
	return ucs2length;
}

var ucs2lengthExports = /*@__PURE__*/ requireUcs2length();
var runtime0 = /*@__PURE__*/getDefaultExportFromCjs(ucs2lengthExports);

function globToRegExp(glob) {
    const body = glob
        .replace(/[.+^${}()|[\]\\]/g, '\\$&')
        .replace(/\*/g, '.*')
        .replace(/\?/g, '.');
    return new RegExp(`^${body}$`, 's');
}
const hasWildcard = (g) => g.includes('*') || g.includes('?');
/**
 * Compiles one glob or a list of alternatives into a predicate: literal values become a set
 * lookup, wildcards one regular expression. A missing value never matches.
 */
function compileGlob(globs) {
    const list = typeof globs === 'string' ? [globs] : globs;
    const literals = new Set(list.filter((g) => !hasWildcard(g)));
    const patterns = list.filter(hasWildcard);
    const re = patterns.length > 0
        ? new RegExp(patterns.map((g) => globToRegExp(g).source).join('|'), 's')
        : undefined;
    if (!re)
        return (v) => v !== undefined && literals.has(v);
    return (v) => v !== undefined && (literals.has(v) || re.test(v));
}
function globMatch(glob, value) {
    return compileGlob(glob)(value);
}

export { compileGlob as c, globMatch as g, runtime0 as r };
