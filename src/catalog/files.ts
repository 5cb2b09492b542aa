// The file-system edge of catalog validation: finds runbook files and reads them (and their
// example incidents) safely. Everything it refuses comes back as a reason, never a throw.
import { existsSync } from 'node:fs'
import { lstat, readdir, readFile, realpath, stat } from 'node:fs/promises'
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

export function displayPath(path: string, cwd = process.cwd()): string {
  const rel = relative(cwd, path)
  return (rel === '' || rel.startsWith('..') ? path : rel).split(sep).join('/')
}

export function fileReader(root: string): FileReader {
  const realRoot = realpath(root).catch(() => resolve(root))
  return {
    async readText(file) {
      const abs = resolve(file)
      if (!inside(await realRoot, abs) && !inside(resolve(root), abs)) {
        return {
          ok: false,
          reason: `the path leaves the repository (${displayPath(abs)}); keep runbook files inside it`
        }
      }
      let info
      try {
        info = await lstat(abs)
      } catch {
        return { ok: false, reason: 'file not found' }
      }
      if (info.isSymbolicLink()) {
        const target = await realpath(abs).catch(() => undefined)
        if (target === undefined)
          return { ok: false, reason: 'symbolic link to a file that does not exist' }
        if (!inside(await realRoot, target)) {
          return {
            ok: false,
            reason: `symbolic link points outside the repository (to ${target}); commit the file itself instead of a link`
          }
        }
        info = await stat(abs)
      }
      if (!info.isFile()) return { ok: false, reason: 'not a regular file' }
      if (info.size > MAX_FILE_BYTES) {
        return {
          ok: false,
          reason: `file is ${info.size} bytes; the limit is ${MAX_FILE_BYTES} bytes (1 MB): split it or remove bulky content`
        }
      }
      const bytes = await readFile(abs)
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
  }
}

export interface ListedFiles {
  files: string[]
  /** Paths that could not be listed, with the reason. */
  refused: { file: string; reason: string }[]
}

/** Runbook files (`*.yaml`, `*.yml`) below `dir`, sorted; hidden folders and node_modules are skipped. */
export async function listRunbookFiles(dir: string, root: string): Promise<ListedFiles> {
  const files: string[] = []
  const refused: ListedFiles['refused'] = []
  const realRoot = await realpath(root).catch(() => resolve(root))
  const walk = async (d: string): Promise<void> => {
    const entries = await readdir(d, { withFileTypes: true })
    for (const e of entries) {
      const path = join(d, e.name)
      if (e.isDirectory()) {
        if (!e.name.startsWith('.') && e.name !== 'node_modules') await walk(path)
      } else if (e.isSymbolicLink()) {
        const target = await realpath(path).catch(() => undefined)
        const isDir = target !== undefined && (await stat(target)).isDirectory()
        if (target !== undefined && !inside(realRoot, target)) {
          refused.push({
            file: path,
            reason: `symbolic link points outside the repository (to ${target}); commit the file itself instead of a link`
          })
        } else if (!isDir && /\.ya?ml$/.test(e.name)) {
          files.push(path)
        }
      } else if (e.isFile() && /\.ya?ml$/.test(e.name)) {
        files.push(path)
      }
    }
  }
  await walk(resolve(dir))
  files.sort()
  return { files, refused }
}
