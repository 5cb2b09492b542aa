// `opsloop validate` over the catalog with a draft's files added, without touching the checkout:
// the runbooks folder (and OpsLoop's SSM documents beside it, which some checks read) copied to a
// scratch folder, the draft written there, validated, the scratch folder removed. Problems name
// files as the repository does (`runbooks/fix-….yaml`), so a pull request can quote them.
import { cp, mkdir, mkdtemp, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join, relative, resolve } from 'node:path'
import { validateCommand } from '../flows/validate.js'
import type { DraftValidation } from '../history/ports.js'

/** `runbooks`: the catalog folder, relative to `root` (the checkout), as the files' paths are. */
export function draftValidation(root: string, runbooks: string): DraftValidation {
  return async (files) => {
    const scratch = await mkdtemp(join(tmpdir(), 'opsloop-draft-'))
    try {
      await cp(resolve(root, runbooks), join(scratch, runbooks), { recursive: true })
      const documents = join('infra', 'ssm-documents')
      if (await exists(resolve(root, documents)))
        await cp(resolve(root, documents), join(scratch, documents), { recursive: true })
      for (const f of files) {
        await mkdir(dirname(join(scratch, f.path)), { recursive: true })
        await writeFile(join(scratch, f.path), f.text)
      }
      const result = await validateCommand({ dir: join(scratch, runbooks) })
      return {
        ok: result.ok,
        problems: result.problems
          .filter((p) => p.severity === 'error')
          .map((p) => ({
            file: relative(scratch, resolve(scratch, p.file)),
            line: p.line,
            message: p.message
          }))
      }
    } finally {
      await rm(scratch, { recursive: true, force: true })
    }
  }
}

const exists = (path: string): Promise<boolean> =>
  stat(path).then(
    () => true,
    () => false
  )
