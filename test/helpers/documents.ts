// The catalog's OpsLoop documents published to the SSM stand-in, as the publish job publishes
// them after a merge: what remediation needs before it may send a runbook's commands. Also
// OpsLoop's own Automation documents (infra/ssm-documents), created as the documents stack
// (infra/opsloop-documents.yaml) creates them, for the runbooks that start them.
import { CreateDocumentCommand, SSMClient } from '@aws-sdk/client-ssm'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { ssmDocumentStore } from '../../src/adapters/aws/ssm-documents.js'
import { compileRunbookDocuments } from '../../src/catalog/ssm-document.js'
import { publishCommand, type PublishRow } from '../../src/flows/publish.js'
import { validateCommand } from '../../src/flows/validate.js'
import { awsSettings, type StandIns } from '../../harness/standins/index.js'

export async function publishDocuments(
  standIns: StandIns,
  dir = 'runbooks'
): Promise<PublishRow[]> {
  const catalog = await validateCommand({ dir })
  const runbooks = catalog.entries
    .filter((e) => e.status.errors === 0)
    .map((e) => ({ id: e.runbook.id, documents: compileRunbookDocuments(e.runbook) }))
  return publishCommand({
    runbooks,
    store: ssmDocumentStore(new SSMClient(awsSettings(standIns.env, 3)))
  })
}

/**
 * Creates every Automation document of `dir` (YAML, named after its file) in the SSM stand-in,
 * as infra/opsloop-documents.yaml's stack does; returns their names.
 */
export async function createAutomationDocuments(
  standIns: StandIns,
  dir = 'infra/ssm-documents'
): Promise<string[]> {
  const client = new SSMClient(awsSettings(standIns.env, 3))
  const names: string[] = []
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()) {
    const name = file.replace(/\.yaml$/, '')
    await client.send(
      new CreateDocumentCommand({
        Name: name,
        Content: readFileSync(join(dir, file), 'utf8'),
        DocumentType: 'Automation',
        DocumentFormat: 'YAML'
      })
    )
    names.push(name)
  }
  return names
}
