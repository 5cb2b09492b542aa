// The `publish` job (publish-documents.yml, after a merge to the default branch): the catalog is
// validated as the pull-request check validated it, and only a wholly valid catalog is compiled
// and published to SSM with the publisher role, which may touch nothing but `OpsLoop-*`
// documents. The summary lists every document with its hash and what was done; one that could not
// be published fails the step after the others were done.
import { count } from '../../text/count.js'
import { ssmDocumentStore } from '../../adapters/aws/ssm-documents.js'
import { compileRunbookDocuments } from '../../catalog/ssm-document.js'
import { publishCommand } from '../../flows/publish.js'
import { validateCommand } from '../../flows/validate.js'
import { publishSummary } from '../../report/publish-summary.js'
import type { PublishInputs } from '../inputs.js'
import type { Wiring } from '../wiring.js'

export async function publishJob(inputs: PublishInputs, wiring: Wiring): Promise<void> {
  const { host } = wiring
  const catalog = await host.log.group('Validate the runbook catalog', () =>
    validateCommand(inputs.catalog)
  )
  const errors = catalog.problems.filter((p) => p.severity === 'error').length
  if (!catalog.ok) {
    host.fail(
      `${count(errors, 'error')} in the runbook catalog \`${inputs.catalog.dir}\`, so nothing was published: a half-published catalog could let a plan name a document that never shipped. Fix them (the pull-request check shows each on its line) and publish again.`
    )
    return
  }
  const runbooks = catalog.entries.map((e) => ({
    id: e.runbook.id,
    documents: compileRunbookDocuments(e.runbook)
  }))
  const { SSMClient } = await import('@aws-sdk/client-ssm')
  const ssm = new SSMClient(wiring.aws(inputs.awsRegion))
  const rows = await host.log.group('Publish the SSM documents', () =>
    publishCommand({ runbooks, store: ssmDocumentStore(ssm) })
  )
  const changed = rows.filter((r) => r.action === 'created' || r.action === 'updated').length
  const failed = rows.filter((r) => r.action === 'failed')
  host.setOutput('documents', String(rows.length))
  host.setOutput('published', String(changed))
  await host.summary(publishSummary(rows))
  for (const r of failed) host.log.error(`${r.document}: ${r.error ?? 'failed'}`)
  if (failed.length > 0)
    host.fail(
      `${failed.length} of ${rows.length} document(s) could not be published (see the job summary); the others are published.`
    )
  else host.log.info(`${rows.length} document(s): ${changed} published, the rest unchanged.`)
}
