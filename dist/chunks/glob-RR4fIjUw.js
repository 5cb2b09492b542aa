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

export { compileGlob as c, globMatch as g };
