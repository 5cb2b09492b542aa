// `opsloop triage --event FILE`: the issue OpsLoop would open for an event, and its plan,
// without touching GitHub. For trying runbooks and prompts on real events.
import {
  catalogKey,
  readCachedCatalog,
  recordingReader,
  writeCachedCatalog,
  type CachedCatalog
} from '../catalog/cache.js'
import { loadCatalog } from '../catalog/load.js'
import { validateCatalog } from '../catalog/validate.js'
import { parseJsonText, readPayload, wrapEvent } from '../intake/dispatch.js'
import { analyze, type Analysis } from '../pipeline.js'
import type { IncidentSnapshot } from '../generated/snapshot.js'
import type { TriageProvider } from '../triage/types.js'

export interface TriageCommandInput {
  /** Where the event came from, named in errors. */
  eventFile: string
  /** The event file's text, or the error reading it (the CLI reads it). */
  readEvent: () => Promise<string>
  runbooks: string
  /** The folder of the validated-catalog cache (catalog/cache.ts); none: validate every time. */
  cacheDir?: string
  provider: TriageProvider
  /** A snapshot replayed: its changes are judged as intake judged them. */
  snapshot?: IncidentSnapshot
  now?: Date
}

export async function triageCommand(input: TriageCommandInput): Promise<Analysis> {
  let text: string
  try {
    text = await input.readEvent()
  } catch (error) {
    throw new Error(
      `cannot read ${input.eventFile}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`
    )
  }
  const delivery = readPayload(wrapEvent(parseJsonText(text, input.eventFile)))
  const { catalog, index } = await usableCatalog(input.runbooks, input.cacheDir)
  return analyze({
    delivery,
    catalog,
    ...(index ? { index } : {}),
    provider: input.provider,
    ...(input.snapshot ? { snapshot: input.snapshot } : {}),
    now: input.now ?? new Date()
  })
}

/** The runbooks that validate without errors: from the cache when the catalog is unchanged. */
async function usableCatalog(
  dir: string,
  cacheDir: string | undefined
): Promise<Pick<CachedCatalog, 'catalog'> & Partial<CachedCatalog>> {
  const loaded = await loadCatalog(dir)
  if (cacheDir) {
    const key = catalogKey(loaded.sources)
    const cached = await readCachedCatalog(cacheDir, key, loaded.reader)
    if (cached) return cached
    const recording = recordingReader(loaded.reader)
    const validation = await validateCatalog(loaded.sources, { reader: recording.reader })
    return writeCachedCatalog(cacheDir, key, validation, recording.dependencies())
  }
  const validation = await validateCatalog(loaded.sources, { reader: loaded.reader })
  return {
    catalog: validation.entries
      .filter((e) => e.status.errors === 0)
      .map((e) => ({ runbook: e.runbook, file: e.file, digest: e.digest }))
  }
}
