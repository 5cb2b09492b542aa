// A machine-wide cache for what the stand-ins derive from large published descriptions (GitHub's
// OpenAPI validators, its GraphQL schema): files in node_modules/.cache/opsloop/, named by a hash
// of everything that shapes them, so a change to any input makes a new file and a stale one is
// never read. Jest isolates modules per test file; without this each file would derive them again.
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'

const load = createRequire(import.meta.url)

/** node_modules/.cache/opsloop, beside the packages a cached module may require. */
function cacheDir(): string {
  return join(dirname(dirname(load.resolve('yaml/package.json'))), '.cache', 'opsloop')
}

/**
 * The path of cached file `name` (`<kind>-<hash of its inputs>.<ext>`), written by `build`
 * first when missing; undefined when it cannot be written (a read-only node_modules), and the
 * caller derives the value in memory instead.
 */
export function cachedFile(name: string, build: () => string): string | undefined {
  const file = join(cacheDir(), name)
  if (existsSync(file)) return file
  // Written whole, then renamed: test workers that race here each see a complete file.
  const content = build()
  const partial = `${file}.${process.pid}.partial`
  try {
    mkdirSync(dirname(file), { recursive: true })
    writeFileSync(partial, content)
    renameSync(partial, file)
    // Earlier versions of the same kind are stale for good: their inputs have changed.
    const kind = name.slice(0, name.lastIndexOf('-') + 1)
    for (const other of readdirSync(dirname(file)))
      if (other.startsWith(kind) && other !== name && !other.endsWith('.partial'))
        rmSync(join(dirname(file), other), { force: true })
    return file
  } catch {
    rmSync(partial, { force: true })
    return undefined
  }
}
