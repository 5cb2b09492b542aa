// List inputs and options (`allowed-documents`, `log-groups`, `--allow-document`): one way to
// split them everywhere, comma or newline separated, blanks ignored.

/** The items of a list value; undefined when it has none, so callers can fall back. */
export function parseList(value: string | undefined): string[] | undefined {
  const items = (value ?? '')
    .split(/[\n,]/)
    .map((s) => s.trim())
    .filter((s) => s !== '')
  return items.length > 0 ? items : undefined
}
