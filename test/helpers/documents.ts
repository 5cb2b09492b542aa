// The catalog's OpsLoop documents published to the SSM stand-in, as the publish job publishes
// them after a merge: what remediation needs before it may send a runbook's commands.
import { SSMClient } from '@aws-sdk/client-ssm'
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
