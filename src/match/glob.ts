// Case-sensitive globs for match rules: `*` is any run of characters, `?` exactly one.
export type Glob = string | readonly string[]

export function globToRegExp(glob: string): RegExp {
  const body = glob
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '.*')
    .replace(/\?/g, '.')
  return new RegExp(`^${body}$`, 's')
}

const hasWildcard = (g: string): boolean => g.includes('*') || g.includes('?')

/**
 * Compiles one glob or a list of alternatives into a predicate: literal values become a set
 * lookup, wildcards one regular expression. A missing value never matches.
 */
export function compileGlob(globs: Glob): (value: string | undefined) => boolean {
  const list = typeof globs === 'string' ? [globs] : globs
  const literals = new Set(list.filter((g) => !hasWildcard(g)))
  const patterns = list.filter(hasWildcard)
  const re =
    patterns.length > 0
      ? new RegExp(patterns.map((g) => globToRegExp(g).source).join('|'), 's')
      : undefined
  if (!re) return (v) => v !== undefined && literals.has(v)
  return (v) => v !== undefined && (literals.has(v) || re.test(v))
}

export function globMatch(glob: string, value: string): boolean {
  return compileGlob(glob)(value)
}
