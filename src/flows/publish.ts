// `publish`: the reviewed catalog becomes the SSM documents AWS runs. After a merge to the default
// branch, every runbook's compiled Command documents (catalog/ssm-document.ts) are compared with
// what SSM holds by hash: a missing one is created, a changed one gets a new version that becomes
// the default, an unchanged one is left alone. Nothing is published unless the whole catalog is
// valid: a half-published catalog would let approved plans name documents that never shipped.
// The documents are OpsLoop's own (`OpsLoop-*`); the publisher role may touch no others.
import type { CompiledDocument } from '../catalog/ssm-document.js'

/** A document as SSM describes it (its default version), when it exists. */
export interface PublishedDocument {
  hash: string
  defaultVersion: string
  latestVersion: string
}

/** What publishing needs from SSM; adapters/aws/ssm-documents.ts implements it. */
export interface DocumentStore {
  /** The default version, or the given one (`$LATEST` for the newest). */
  describe(name: string, version?: string): Promise<PublishedDocument | undefined>
  /** Creates the document; its first version is the default. */
  create(document: CompiledDocument): Promise<void>
  /** Adds a version with this content and returns its number. */
  update(document: CompiledDocument): Promise<string>
  setDefault(name: string, version: string): Promise<void>
}

export type PublishAction = 'created' | 'updated' | 'unchanged'

export interface PublishRow {
  runbook: string
  document: string
  step: CompiledDocument['step']
  hash: string
  action: PublishAction | 'failed'
  /** The default version after publishing. */
  version?: string
  error?: string
}

export interface PublishInput {
  /** Each valid runbook's id and its compiled documents. */
  runbooks: readonly { id: string; documents: readonly CompiledDocument[] }[]
  store: DocumentStore
}

/** One document brought in line with its compiled content. */
async function publishOne(
  store: DocumentStore,
  runbook: string,
  document: CompiledDocument
): Promise<PublishRow> {
  const base = { runbook, document: document.name, step: document.step, hash: document.hash }
  const current = await store.describe(document.name)
  if (!current) {
    await store.create(document)
    return { ...base, action: 'created', version: '1' }
  }
  if (current.hash === document.hash)
    return { ...base, action: 'unchanged', version: current.defaultVersion }
  // The content differs from the default version: a new version, made the default. (A latest
  // version holding this content already, left by an interrupted run, is reused.)
  const latest = await store.describe(document.name, '$LATEST')
  const version =
    latest?.hash === document.hash ? current.latestVersion : await store.update(document)
  await store.setDefault(document.name, version)
  return { ...base, action: 'updated', version }
}

export async function publishCommand(input: PublishInput): Promise<PublishRow[]> {
  const rows: PublishRow[] = []
  for (const runbook of input.runbooks)
    for (const document of runbook.documents) {
      try {
        rows.push(await publishOne(input.store, runbook.id, document))
      } catch (error) {
        // One document that cannot be published fails the run at the end, after the others.
        rows.push({
          runbook: runbook.id,
          document: document.name,
          step: document.step,
          hash: document.hash,
          action: 'failed',
          error: error instanceof Error ? error.message : String(error)
        })
      }
    }
  return rows
}
