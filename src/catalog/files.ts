// The file-system edge of catalog validation: finds runbook files and reads them (and their
// example incidents) safely. Everything it refuses comes back as a reason, never a throw.
// Local reads are synchronous on purpose: thousands of small files read far faster that way than
// through the thread pool, and nothing else runs meanwhile. The FileReader interface stays async
// so that a reader backed by the GitHub contents API fits the same place.
import { existsSync, lstatSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs'
import { dirname, join, relative, resolve, sep } from 'node:path'

export const MAX_FILE_BYTES = 1024 * 1024

export type ReadResult = { ok: true; text: string } | { ok: false; reason: string }

export interface SourceText {
  /** Path for messages: relative to the working directory where possible. */
  file: string
  text: string
}

export interface FileReader {
  /** Reads a text file, refusing binaries, files over 1 MB and links leaving the repository. */
  readText(file: string): Promise<ReadResult>
}

const decoder = new TextDecoder('utf-8', { fatal: true })

/** The nearest ancestor holding `.git`, or the start directory itself. */
export function findRepositoryRoot(start: string): string {
  let dir = resolve(start)
  for (;;) {
    if (existsSync(join(dir, '.git'))) return dir
    const parent = dirname(dir)
    if (parent === dir) return resolve(start)
    dir = parent
  }
}

function inside(root: string, path: string): boolean {
  const rel = relative(root, path)
  return (
    rel === '' ||
    (!rel.startsWith(`..${sep}`) && rel !== '..' && !rel.startsWith(sep) && !/^[A-Za-z]:/.test(rel))
  )
}

function realpathOrUndefined(path: string): string | undefined {
  try {
    return realpathSync(path)
  } catch {
    return undefined
  }
}

export function displayPath(path: string, cwd = process.cwd()): string {
  const rel = relative(cwd, path)
  return (rel === '' || rel.startsWith('..') ? path : rel).split(sep).join('/')
}

const outsideLink = (target: string): string =>
  `symbolic link points outside the repository (to ${target}); commit the file itself instead of a link`

function readSafely(file: string, root: string, realRoot: string): ReadResult {
  const abs = resolve(file)
  if (!inside(realRoot, abs) && !inside(root, abs)) {
    return {
      ok: false,
      reason: `the path leaves the repository (${displayPath(abs)}); keep runbook files inside it`
    }
  }
  let info
  try {
    info = lstatSync(abs)
  } catch {
    return { ok: false, reason: 'file not found' }
  }
  if (info.isSymbolicLink()) {
    const target = realpathOrUndefined(abs)
    if (target === undefined)
      return { ok: false, reason: 'symbolic link to a file that does not exist' }
    if (!inside(realRoot, target)) return { ok: false, reason: outsideLink(target) }
    info = statSync(target)
  }
  if (!info.isFile()) return { ok: false, reason: 'not a regular file' }
  if (info.size > MAX_FILE_BYTES) {
    return {
      ok: false,
      reason: `file is ${info.size} bytes; the limit is ${MAX_FILE_BYTES} bytes (1 MB): split it or remove bulky content`
    }
  }
  const bytes = readFileSync(abs)
  if (bytes.includes(0))
    return {
      ok: false,
      reason: 'file is binary (it contains NUL bytes); runbooks and examples must be UTF-8 text'
    }
  try {
    return { ok: true, text: decoder.decode(bytes).replace(/^\uFEFF/, '') }
  } catch {
    return { ok: false, reason: 'file is not valid UTF-8 text; save it as UTF-8' }
  }
}

export function fileReader(root: string): FileReader {
  const absRoot = resolve(root)
  const realRoot = realpathOrUndefined(absRoot) ?? absRoot
  return { readText: (file) => Promise.resolve(readSafely(file, absRoot, realRoot)) }
}

export interface ListedFiles {
  files: string[]
  /** Paths that could not be listed, with the reason. */
  refused: { file: string; reason: string }[]
}

/** Runbook files (`*.yaml`, `*.yml`) below `dir`, sorted; hidden folders and node_modules are skipped. */
export function listRunbookFiles(dir: string, root: string): ListedFiles {
  const files: string[] = []
  const refused: ListedFiles['refused'] = []
  const realRoot = realpathOrUndefined(root) ?? resolve(root)
  const isYaml = (name: string): boolean => /\.ya?ml$/.test(name)
  const walk = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, e.name)
      if (e.isDirectory()) {
        if (!e.name.startsWith('.') && e.name !== 'node_modules') walk(path)
      } else if (e.isSymbolicLink()) {
        // Linked folders are not followed (they would list files twice); linked files are read.
        const target = realpathOrUndefined(path)
        if (target !== undefined && !inside(realRoot, target))
          refused.push({ file: path, reason: outsideLink(target) })
        else if (isYaml(e.name) && (target === undefined || !statSync(target).isDirectory()))
          files.push(path)
      } else if (e.isFile() && isYaml(e.name)) {
        files.push(path)
      }
    }
  }
  walk(resolve(dir))
  files.sort()
  return { files, refused }
}
