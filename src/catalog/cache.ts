// The command line's cache of validated catalogs, so a cold `opsloop triage` neither revalidates
// an unchanged catalog (YAML, schema, shell analysis, example incidents: about 0.4 s for 1,000
// runbooks) nor rebuilds its triage index. Content-addressed: the key is a hash of OpsLoop's
// version, the index format and every runbook file's path and text; an entry also lists every
// other file validation read (example incidents, SSM documents, and the paths it looked for and
// did not find) with its hash, and is used only when all of them still hash the same. It lives in
// the user's own cache folder; the action never reads it (a runner is fresh each job, and a cache
// another workflow could write is not a safe store; see docs/security.md).
import { createHash, randomBytes } from 'node:crypto'
import { lstat, mkdir, readFile, rename, writeFile } from 'node:fs/promises'
import { homedir } from 'node:os'
import { isAbsolute, join } from 'node:path'
import type { Runbook } from '../generated/runbook.js'
import { validate as validateRunbook } from '../generated/validate-runbook.js'
import { TRIAGE_INDEX_FORMAT, TriageIndex } from '../triage/catalog-index.js'
import { textPipelineKey } from '../triage/lexical.js'
import type { CatalogRunbook } from '../triage/types.js'
import { VERSION } from '../version.js'
import type { FileReader, ReadResult, SourceText } from './files.js'
import type { CatalogValidation } from './validate.js'

const CACHE_FORMAT = 'opsloop-catalog-cache/1'

/** Where the CLI caches: OPSLOOP_CACHE_DIR, else $XDG_CACHE_HOME/opsloop, else ~/.cache/opsloop. */
export function defaultCacheDir(env: Readonly<Record<string, string | undefined>>): string {
  if (env.OPSLOOP_CACHE_DIR) return env.OPSLOOP_CACHE_DIR
  // The XDG specification: a relative XDG_CACHE_HOME is invalid and ignored.
  const xdg = env.XDG_CACHE_HOME
  return join(xdg && isAbsolute(xdg) ? xdg : join(homedir(), '.cache'), 'opsloop')
}

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex')

/** A file validation read, or looked for: its hash, or null when it could not be read. */
interface Dependency {
  path: string
  sha256: string | null
}

interface CacheEntry {
  format: typeof CACHE_FORMAT
  key: string
  dependencies: Dependency[]
  /** The runbooks that validated without errors, as triage uses them. */
  catalog: { file: string; digest: string; runbook: Runbook }[]
  index: ReturnType<TriageIndex['toJSON']>
}

/** The key of a catalog's runbook files, as loadCatalog read them. */
export function catalogKey(sources: readonly SourceText[], extra: readonly string[] = []): string {
  // The text pipeline (vocabulary, stemmer) too: the entry's index is loaded on this key's word.
  const hash = createHash('sha256').update(
    `${CACHE_FORMAT}\n${VERSION}\n${TRIAGE_INDEX_FORMAT}\n${textPipelineKey()}`
  )
  for (const e of extra) hash.update(`\n${e}`)
  for (const s of sources) hash.update(`\n${s.file}\n${sha256(s.text)}`)
  return hash.digest('hex')
}

/** A reader that records every path read through it, for the entry's dependencies. */
export function recordingReader(reader: FileReader): {
  reader: FileReader
  dependencies: () => Dependency[]
} {
  const seen = new Map<string, string | null>()
  return {
    reader: {
      async readText(file): Promise<ReadResult> {
        const read = await reader.readText(file)
        seen.set(file, read.ok ? sha256(read.text) : null)
        return read
      }
    },
    dependencies: () => [...seen].map(([path, hash]) => ({ path, sha256: hash }))
  }
}

export interface CachedCatalog {
  catalog: CatalogRunbook[]
  index: TriageIndex
}

/** The cached catalog for `key`, when every file it depends on is unchanged. */
export async function readCachedCatalog(
  cacheDir: string,
  key: string,
  reader: FileReader
): Promise<CachedCatalog | undefined> {
  const file = join(cacheDir, `catalog-${key}.json`)
  let entry: unknown
  try {
    if (!(await ownedPrivately(cacheDir)) || !(await ownedPrivately(file))) return undefined
    entry = JSON.parse(await readFile(file, 'utf8'))
  } catch {
    return undefined
  }
  if (!isEntry(entry, key)) return undefined
  for (const d of entry.dependencies) {
    const read = await reader.readText(d.path)
    if ((read.ok ? sha256(read.text) : null) !== d.sha256) return undefined
  }
  // The key hashed every runbook file this entry's catalog and index were made from, and the
  // entry is trusted for its runbooks as much as for its index: no second hash of the catalog.
  const index = TriageIndex.load(entry.catalog, entry.index, { vouched: true })
  return index ? { catalog: entry.catalog, index } : undefined
}

/**
 * Whether a path is the user's own, not a link, and writable by nobody else. The key is a hash of
 * files an attacker may be able to read (a public repository), so in a shared cache folder
 * (OPSLOOP_CACHE_DIR=/tmp/…) they could plant an entry under the right key; like ssh with its
 * keys, the cache trusts only what only the user could have written. Where the platform has no
 * uid (Windows) only the link and mode checks apply.
 */
async function ownedPrivately(path: string): Promise<boolean> {
  const s = await lstat(path)
  const uid = process.getuid?.()
  return !s.isSymbolicLink() && (uid === undefined || s.uid === uid) && (s.mode & 0o022) === 0
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)

/**
 * An entry of this format and key, every part of the expected shape and every runbook valid
 * against the runbook schema: anything else (a damaged or hand-edited file) is a miss.
 */
function isEntry(v: unknown, key: string): v is CacheEntry {
  if (!isRecord(v) || v.format !== CACHE_FORMAT || v.key !== key) return false
  const { dependencies, catalog } = v
  return (
    Array.isArray(dependencies) &&
    dependencies.every(
      (d) =>
        isRecord(d) &&
        typeof d.path === 'string' &&
        (d.sha256 === null || typeof d.sha256 === 'string')
    ) &&
    Array.isArray(catalog) &&
    catalog.every(
      (c) =>
        isRecord(c) &&
        typeof c.file === 'string' &&
        typeof c.digest === 'string' &&
        validateRunbook(c.runbook)
    )
  )
}

/** Stores a validation's usable runbooks and their index; a cache that cannot be written is skipped. */
export async function writeCachedCatalog(
  cacheDir: string,
  key: string,
  validation: CatalogValidation,
  dependencies: Dependency[]
): Promise<CachedCatalog> {
  const catalog = validation.entries
    .filter((e) => e.status.errors === 0)
    .map((e) => ({ file: e.file, digest: e.digest, runbook: e.runbook }))
  const index = TriageIndex.build(catalog)
  const entry: CacheEntry = {
    format: CACHE_FORMAT,
    key,
    dependencies,
    catalog,
    index: index.toJSON()
  }
  try {
    await mkdir(cacheDir, { recursive: true, mode: 0o700 })
    const file = join(cacheDir, `catalog-${key}.json`)
    // Written whole, then renamed: a reader never sees half an entry.
    const temporary = `${file}.${randomBytes(6).toString('hex')}.tmp`
    await writeFile(temporary, JSON.stringify(entry), { mode: 0o600 })
    await rename(temporary, file)
  } catch {
    // The cache only saves time: without it, the next run validates again.
  }
  return { catalog, index }
}
