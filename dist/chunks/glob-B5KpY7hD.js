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

const patternCache = new Map();
/** A parameter pattern compiled as ajv compiles JSON Schema patterns (ECMAScript, unicode). */
function compilePattern(pattern) {
    let re = patternCache.get(pattern);
    if (!re) {
        try {
            re = new RegExp(pattern, 'u');
        }
        catch (error) {
            re = error;
        }
        patternCache.set(pattern, re);
    }
    return re;
}
function typeMatches(type, value) {
    switch (type) {
        case 'string':
            return typeof value === 'string';
        case 'integer':
            return typeof value === 'number' && Number.isInteger(value);
        case 'number':
            return typeof value === 'number' && Number.isFinite(value);
        case 'boolean':
            return typeof value === 'boolean';
    }
}
/** Why `value` is not acceptable for `param`, or undefined when it is. */
function checkParameterValue(param, value) {
    if (!typeMatches(param.type, value))
        return `must be ${param.type === 'integer' ? 'an' : 'a'} ${param.type}, got ${JSON.stringify(value)}`;
    if (param.enum && !param.enum.includes(value)) {
        return `must be one of ${param.enum.map((v) => JSON.stringify(v)).join(', ')}, got ${JSON.stringify(value)}`;
    }
    if (typeof value === 'string') {
        if (param.pattern !== undefined) {
            const re = compilePattern(param.pattern);
            if (re instanceof Error || !re.test(value))
                return `${JSON.stringify(value)} does not match ${param.pattern}`;
        }
        // JSON Schema counts code points, as ajv does; this is not user-facing text segmentation.
        // eslint-disable-next-line @typescript-eslint/no-misused-spread
        const length = [...value].length;
        if (param.minLength !== undefined && length < param.minLength)
            return `must be at least ${param.minLength} characters`;
        if (param.maxLength !== undefined && length > param.maxLength)
            return `must be at most ${param.maxLength} characters`;
    }
    if (typeof value === 'number') {
        if (param.minimum !== undefined && value < param.minimum)
            return `must be >= ${param.minimum}, got ${value}`;
        if (param.maximum !== undefined && value > param.maximum)
            return `must be <= ${param.maximum}, got ${value}`;
    }
    return undefined;
}

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

export { compilePattern as a, compileGlob as b, checkParameterValue as c, globMatch as g, runtime0 as r };
