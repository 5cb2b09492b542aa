// The command line's cache of validated catalogs: where it lives, what its key covers, that an
// entry is used only while every file validation read (or looked for) is unchanged, and that a
// damaged, foreign or unwritable cache costs a revalidation, never a wrong catalog or a crash.
import { afterAll, beforeEach, describe, expect, it } from '@jest/globals'
import { cpSync, existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { appendFile, chmod, mkdir, rename, rm, symlink, writeFile } from 'node:fs/promises'
import { homedir } from 'node:os'
import { join } from 'node:path'
import {
  catalogKey,
  defaultCacheDir,
  readCachedCatalog,
  recordingReader,
  writeCachedCatalog,
  type CachedCatalog
} from '../../src/catalog/cache.js'
import { loadCatalog } from '../../src/catalog/load.js'
import { validateCatalog } from '../../src/catalog/validate.js'
import { normalize } from '../../src/intake/normalize.js'
import { TriageIndex } from '../../src/triage/catalog-index.js'
import { alarmEvent } from '../helpers/events.js'
import { removeTempRepos, tempRepo } from '../helpers/catalog.js'

afterAll(removeTempRepos)

describe('defaultCacheDir', () => {
  it('is OPSLOOP_CACHE_DIR, else $XDG_CACHE_HOME/opsloop, else ~/.cache/opsloop', () => {
    expect(defaultCacheDir({ OPSLOOP_CACHE_DIR: '/o', XDG_CACHE_HOME: '/x', HOME: '/h' })).toBe(
      '/o'
    )
    expect(defaultCacheDir({ XDG_CACHE_HOME: '/x' })).toBe(join('/x', 'opsloop'))
    expect(defaultCacheDir({})).toBe(join(homedir(), '.cache', 'opsloop'))
  })

  it('skips a variable that is set but empty', () => {
    expect(defaultCacheDir({ OPSLOOP_CACHE_DIR: '', XDG_CACHE_HOME: '/x' })).toBe(
      join('/x', 'opsloop')
    )
    expect(defaultCacheDir({ OPSLOOP_CACHE_DIR: '', XDG_CACHE_HOME: '' })).toBe(
      join(homedir(), '.cache', 'opsloop')
    )
  })
})

describe('catalogKey', () => {
  const a = { file: 'runbooks/a.yaml', text: 'id: a\n' }
  const b = { file: 'runbooks/b.yaml', text: 'id: b\n' }

  it('is a sha256 of the runbook files: their paths and texts', () => {
    const key = catalogKey([a, b])
    expect(key).toMatch(/^[0-9a-f]{64}$/)
    expect(catalogKey([a, b])).toBe(key)
    expect(catalogKey([a, { ...b, text: 'id: b \n' }])).not.toBe(key)
    expect(catalogKey([a, { ...b, file: 'runbooks/c.yaml' }])).not.toBe(key)
    expect(catalogKey([a])).not.toBe(key)
    expect(catalogKey([a, b, { file: 'runbooks/c.yaml', text: '' }])).not.toBe(key)
    expect(catalogKey([a, b], ['allow: Acme-*'])).not.toBe(key)
  })

  it('does not let a path and a text run into each other', () => {
    expect(catalogKey([{ file: 'x', text: 'y' }])).not.toBe(catalogKey([{ file: 'xy', text: '' }]))
  })
})

describe('recordingReader', () => {
  it('records every path read through it, with its hash or null when it could not be read', async () => {
    const texts: Record<string, string> = { 'a.json': '{}' }
    const { reader, dependencies } = recordingReader({
      readText: (file) =>
        Promise.resolve(
          file in texts
            ? { ok: true, text: texts[file] ?? '' }
            : { ok: false, reason: 'file not found' }
        )
    })
    expect(await reader.readText('a.json')).toEqual({ ok: true, text: '{}' })
    expect(await reader.readText('missing.json')).toEqual({ ok: false, reason: 'file not found' })
    expect(dependencies()).toEqual([
      {
        path: 'a.json',
        sha256: '44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a'
      },
      { path: 'missing.json', sha256: null }
    ])
  })
})

/** A temporary repository holding a copy of the starter catalog and OpsLoop's documents. */
async function starterRepo(): Promise<{ root: string; runbooks: string; cache: string }> {
  const root = await tempRepo({})
  cpSync('runbooks', join(root, 'runbooks'), { recursive: true })
  cpSync(join('infra', 'ssm-documents'), join(root, 'infra', 'ssm-documents'), {
    recursive: true
  })
  return { root, runbooks: join(root, 'runbooks'), cache: join(root, 'cache', 'opsloop') }
}

/** What `opsloop triage` does on a miss: validate, recording what was read, and store. */
async function validateAndStore(runbooks: string, cacheDir: string) {
  const loaded = await loadCatalog(runbooks)
  const key = catalogKey(loaded.sources)
  const recording = recordingReader(loaded.reader)
  const validation = await validateCatalog(loaded.sources, { reader: recording.reader })
  const stored = await writeCachedCatalog(cacheDir, key, validation, recording.dependencies())
  return { key, validation, stored, dependencies: recording.dependencies() }
}

/** What `opsloop triage` does first: the entry for the catalog as it now is, if still good. */
async function readBack(runbooks: string, cacheDir: string): Promise<CachedCatalog | undefined> {
  const loaded = await loadCatalog(runbooks)
  return readCachedCatalog(cacheDir, catalogKey(loaded.sources), loaded.reader)
}

const ids = (c: { catalog: readonly { runbook: { id: string } }[] } | undefined) =>
  c?.catalog.map((e) => e.runbook.id)

describe('a cached catalog', () => {
  let repo: Awaited<ReturnType<typeof starterRepo>>
  let stored: Awaited<ReturnType<typeof validateAndStore>>
  beforeEach(async () => {
    repo = await starterRepo()
    stored = await validateAndStore(repo.runbooks, repo.cache)
  })
  const entryFile = () => join(repo.cache, `catalog-${stored.key}.json`)

  it('is written as one file named by its key, private to the user', () => {
    expect(readdirSync(repo.cache)).toEqual([`catalog-${stored.key}.json`])
    expect(statSync(entryFile()).mode & 0o777).toBe(0o600)
    expect(statSync(repo.cache).mode & 0o777).toBe(0o700)
    // The folders it had to create too.
    expect(statSync(join(repo.root, 'cache')).mode & 0o777).toBe(0o700)
  })

  it('holds the runbooks that validated without errors, and reads back as the same catalog', async () => {
    const usable = stored.validation.entries.filter((e) => e.status.errors === 0)
    expect(usable.length).toBeGreaterThanOrEqual(8)
    expect(stored.stored.catalog).toEqual(
      usable.map((e) => ({ file: e.file, digest: e.digest, runbook: e.runbook }))
    )
    const back = await readBack(repo.runbooks, repo.cache)
    expect(back?.catalog).toEqual(stored.stored.catalog)
    // Its index is the one for that catalog, loaded rather than rebuilt.
    expect(back?.index.digest).toBe(TriageIndex.build(stored.stored.catalog).digest)
    expect(back?.index.toJSON()).toEqual(stored.stored.index.toJSON())
  })

  it('lists what validation read or looked for: examples, documents, and documents it did not find', () => {
    const paths = stored.dependencies.map((d) => d.path)
    expect(paths).toContain(
      join(repo.runbooks, 'examples', 'free-disk-space', 'root-volume-xfs.json')
    )
    expect(stored.dependencies).toContainEqual({
      path: join(repo.root, 'infra', 'ssm-documents', 'OpsLoop-ScaleOutAutoScalingGroup.yaml'),
      sha256: expect.stringMatching(/^[0-9a-f]{64}$/)
    })
    expect(stored.dependencies).toContainEqual({
      path: join(repo.runbooks, 'infra', 'ssm-documents', 'OpsLoop-ScaleOutAutoScalingGroup.yaml'),
      sha256: null
    })
    const written = JSON.parse(readFileSync(entryFile(), 'utf8')) as { dependencies: unknown }
    expect(written.dependencies).toEqual(stored.dependencies)
  })

  it('is used while nothing it depends on changed, whatever else did', async () => {
    await writeFile(join(repo.runbooks, 'README.md'), '# Our runbooks\n')
    await writeFile(join(repo.root, 'infra', 'ssm-documents', 'Acme-Unused.yaml'), 'x: 1\n')
    expect(ids(await readBack(repo.runbooks, repo.cache))).toEqual(ids(stored.stored))
  })

  describe('is not used (the catalog is validated again) when', () => {
    it('a runbook file changes, even by one byte: it is another key', async () => {
      const file = join(repo.runbooks, 'reboot-ec2-instance.yaml')
      await appendFile(file, '\n')
      const loaded = await loadCatalog(repo.runbooks)
      expect(catalogKey(loaded.sources)).not.toBe(stored.key)
      expect(await readBack(repo.runbooks, repo.cache)).toBeUndefined()
    })

    it('a runbook is added, removed or renamed', async () => {
      const file = join(repo.runbooks, 'reboot-ec2-instance.yaml')
      const text = readFileSync(file, 'utf8')
      await rm(file)
      expect(await readBack(repo.runbooks, repo.cache)).toBeUndefined()
      await writeFile(join(repo.runbooks, 'reboot-ec2.yaml'), text)
      expect(await readBack(repo.runbooks, repo.cache)).toBeUndefined()
      await rm(join(repo.runbooks, 'reboot-ec2.yaml'))
      await writeFile(file, text)
      // Back as it was: the entry serves again.
      expect(ids(await readBack(repo.runbooks, repo.cache))).toEqual(ids(stored.stored))
    })

    it("an example incident named by a runbook's tests changes", async () => {
      const example = join(repo.runbooks, 'examples', 'free-disk-space', 'root-volume-xfs.json')
      await writeFile(example, readFileSync(example, 'utf8').replace('"ALARM"', '"OK"'))
      expect(await readBack(repo.runbooks, repo.cache)).toBeUndefined()
    })

    it('such an example is deleted, and the revalidated catalog leaves its runbook out', async () => {
      await rm(join(repo.runbooks, 'examples', 'free-disk-space', 'root-volume-xfs.json'))
      expect(await readBack(repo.runbooks, repo.cache)).toBeUndefined()
      const again = await validateAndStore(repo.runbooks, repo.cache)
      expect(again.key).toBe(stored.key)
      expect(ids(again.stored)).not.toContain('free-disk-space')
      expect(ids(await readBack(repo.runbooks, repo.cache))).not.toContain('free-disk-space')
    })

    it('an SSM document it looked for and did not find appears', async () => {
      // Nearer the catalog than the one it found, so validation would read this one now.
      const nearer = join(repo.runbooks, 'infra', 'ssm-documents')
      await mkdir(nearer, { recursive: true })
      await writeFile(
        join(nearer, 'OpsLoop-ScaleOutAutoScalingGroup.yaml'),
        readFileSync(join('infra', 'ssm-documents', 'OpsLoop-ScaleOutAutoScalingGroup.yaml'))
      )
      expect(await readBack(repo.runbooks, repo.cache)).toBeUndefined()
    })

    it('an SSM document it read changes or disappears', async () => {
      const document = join(repo.root, 'infra', 'ssm-documents', 'OpsLoop-ECSRollbackService.yaml')
      const text = readFileSync(document, 'utf8')
      await writeFile(document, `${text}\n# edited\n`)
      expect(await readBack(repo.runbooks, repo.cache)).toBeUndefined()
      await rm(document)
      expect(await readBack(repo.runbooks, repo.cache)).toBeUndefined()
      await writeFile(document, text)
      expect(ids(await readBack(repo.runbooks, repo.cache))).toEqual(ids(stored.stored))
    })
  })

  describe('is not used when the cache file', () => {
    it('is missing, or the cache folder is', async () => {
      await rm(entryFile())
      expect(await readBack(repo.runbooks, repo.cache)).toBeUndefined()
      expect(await readBack(repo.runbooks, join(repo.root, 'nowhere'))).toBeUndefined()
    })

    it.each([
      ['truncated', (t: string) => t.slice(0, Math.floor(t.length / 2))],
      ['empty', () => ''],
      ['not JSON', () => '\u0000\u0001garbage'],
      ['null', () => 'null'],
      ['an array', () => '[]'],
      ['a number', () => '42']
    ])('is %s', async (_name, damage) => {
      await writeFile(entryFile(), damage(readFileSync(entryFile(), 'utf8')))
      expect(await readBack(repo.runbooks, repo.cache)).toBeUndefined()
    })

    /** The entry as written, changed by `edit`. */
    async function rewrite(edit: (entry: Record<string, unknown>) => unknown): Promise<void> {
      const entry = JSON.parse(readFileSync(entryFile(), 'utf8')) as Record<string, unknown>
      await writeFile(entryFile(), JSON.stringify(edit(entry)))
    }

    // An attacker who can read the runbooks (a public repository) can compute the key; in a
    // shared folder they could plant an entry under it. Only what only the user could write counts.
    it('is a planted entry another user could have written (group- or world-writable)', async () => {
      const planted = readFileSync(entryFile(), 'utf8').replace(
        /"title":"[^"]*"/,
        '"title":"PLANTED: run this instead"'
      )
      await writeFile(entryFile(), planted)
      await chmod(entryFile(), 0o666)
      expect(await readBack(repo.runbooks, repo.cache)).toBeUndefined()
      await chmod(entryFile(), 0o620)
      expect(await readBack(repo.runbooks, repo.cache)).toBeUndefined()
      // The same bytes, private again, are the user's own (this test wrote them) and are read.
      await chmod(entryFile(), 0o600)
      expect(JSON.stringify(await readBack(repo.runbooks, repo.cache))).toContain('PLANTED')
    })

    it('sits in a folder others can write to, or is a link', async () => {
      await chmod(repo.cache, 0o777)
      expect(await readBack(repo.runbooks, repo.cache)).toBeUndefined()
      await chmod(repo.cache, 0o700)
      expect(await readBack(repo.runbooks, repo.cache)).toBeDefined()
      const elsewhere = join(repo.root, 'elsewhere.json')
      await rename(entryFile(), elsewhere)
      await symlink(elsewhere, entryFile())
      expect(await readBack(repo.runbooks, repo.cache)).toBeUndefined()
    })

    it('has another format', async () => {
      await rewrite((e) => ({ ...e, format: 'opsloop-catalog-cache/0' }))
      expect(await readBack(repo.runbooks, repo.cache)).toBeUndefined()
    })

    it('was written for another key', async () => {
      await rewrite((e) => ({ ...e, key: '0'.repeat(64) }))
      expect(await readBack(repo.runbooks, repo.cache)).toBeUndefined()
    })

    it('lacks its catalog, its dependencies or its index', async () => {
      for (const field of ['catalog', 'dependencies', 'index']) {
        await validateAndStore(repo.runbooks, repo.cache)
        await rewrite((e) => ({ ...e, [field]: undefined }))
        expect({ field, read: await readBack(repo.runbooks, repo.cache) }).toEqual({
          field,
          read: undefined
        })
      }
    })

    // The key vouches for the entry's catalog and index together, and the entry is trusted for its
    // runbooks as much as for its index (only the user can write it), so its digest is not
    // recomputed. An index damaged by hand is still no crash: wrong rule references are
    // skipped and a text index that does not fit is rebuilt when first used.
    it('holds an index whose content was damaged by hand: used without a crash', async () => {
      await rewrite((e) => {
        const index = e.index as { rules: { refs: number[] }; text: Record<string, string> }
        return {
          ...e,
          index: {
            ...index,
            rules: { ...index.rules, refs: index.rules.refs.map(() => 60_000) },
            text: { ...index.text, saturation: '' }
          }
        }
      })
      const back = await readBack(repo.runbooks, repo.cache)
      if (!back) throw new Error('the damaged entry should still be read')
      const incident = normalize(alarmEvent('web-1-disk-root'))
      expect(() => back.index.rules.rank(incident)).not.toThrow()
      expect(back.index.rules.rank(incident)).toEqual([])
      const query = { text: ['disk', 'full', 'root', 'volume'] }
      const ids = (i: TriageIndex): string[] => i.text.rank(query, 3).map((m) => m.runbook.id)
      expect(ids(back.index)).toEqual(ids(TriageIndex.build(back.catalog)))
    })

    it('holds an index of another format or with a digest that is not one', async () => {
      for (const index of [
        (i: Record<string, unknown>) => ({ ...i, format: 'opsloop-triage-index/1' }),
        (i: Record<string, unknown>) => ({ ...i, digest: 'not a digest' })
      ]) {
        await rewrite((e) => ({ ...e, index: index(e.index as Record<string, unknown>) }))
        expect(await readBack(repo.runbooks, repo.cache)).toBeUndefined()
      }
    })

    it.each([
      ['dependencies that are not a list', () => ({ dependencies: {} })],
      ['a dependency that is not an object', () => ({ dependencies: [null] })],
      [
        'a dependency whose path is not text',
        () => ({ dependencies: [{ path: 5, sha256: null }] })
      ],
      [
        'catalog entries that are not runbooks',
        (e: Record<string, unknown>) => ({ catalog: (e.catalog as unknown[]).map(() => ({})) })
      ],
      ['a catalog that is not a list', () => ({ catalog: 'runbooks' })],
      ['an index that is not one', () => ({ index: { format: 'opsloop-triage-index/2', text: 5 } })]
    ])(
      'has the right format and key but %s (damaged: read as a miss, never a crash)',
      async (_name, damage) => {
        await rewrite((e) => ({ ...e, ...damage(e) }))
        await expect(readBack(repo.runbooks, repo.cache)).resolves.toBeUndefined()
      }
    )
  })

  it('is overwritten whole by the next validation', async () => {
    await writeFile(entryFile(), '{"format":')
    await validateAndStore(repo.runbooks, repo.cache)
    expect(readdirSync(repo.cache)).toEqual([`catalog-${stored.key}.json`])
    expect(ids(await readBack(repo.runbooks, repo.cache))).toEqual(ids(stored.stored))
  })
})

describe('writeCachedCatalog', () => {
  it('skips a cache it cannot write, and still returns the catalog and its index', async () => {
    const repo = await starterRepo()
    // A file where the cache folder should be.
    await writeFile(join(repo.root, 'cache'), 'not a folder')
    const { stored } = await validateAndStore(repo.runbooks, join(repo.root, 'cache', 'opsloop'))
    expect(stored.catalog.length).toBeGreaterThanOrEqual(8)
    expect(stored.index.digest).toBe(TriageIndex.build(stored.catalog).digest)
    expect(existsSync(join(repo.root, 'cache', 'opsloop'))).toBe(false)
  })

  it('leaves no temporary file beside the entry', async () => {
    const repo = await starterRepo()
    await validateAndStore(repo.runbooks, repo.cache)
    await validateAndStore(repo.runbooks, repo.cache)
    expect(readdirSync(repo.cache).filter((f) => !/^catalog-[0-9a-f]{64}\.json$/.test(f))).toEqual(
      []
    )
  })
})
