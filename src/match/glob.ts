// Case-sensitive globs for match rules: `*` is any run of characters, `?` exactly one.
const cache = new Map<string, RegExp>()

export function globToRegExp(glob: string): RegExp {
  let re = cache.get(glob)
  if (!re) {
    const body = glob
      .replace(/[.+^${}()|[\]\\]/g, '\\$&')
      .replace(/\*/g, '.*')
      .replace(/\?/g, '.')
    re = new RegExp(`^${body}$`, 's')
    cache.set(glob, re)
  }
  return re
}

export function globMatch(glob: string, value: string): boolean {
  if (!glob.includes('*') && !glob.includes('?')) return glob === value
  return globToRegExp(glob).test(value)
}

/** A rule value is one glob or a list of alternatives. */
export function anyGlob(globs: string | readonly string[], value: string | undefined): boolean {
  if (value === undefined) return false
  return typeof globs === 'string'
    ? globMatch(globs, value)
    : globs.some((g) => globMatch(g, value))
}
