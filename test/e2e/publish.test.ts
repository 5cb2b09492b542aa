// Publishing the catalog as SSM documents, through the action's composition root (the `publish`
// job) with the real SSM client against the SSM stand-in: every starter runbook's documents are
// created with the compiled hash, a second run changes nothing, a changed runbook gets a new
// default version, an invalid catalog publishes nothing, and one document SSM refuses fails the
// step after the others were published.
import { DescribeDocumentCommand, SendCommandCommand, SSMClient } from '@aws-sdk/client-ssm'
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runActionInProcess } from '../../harness/action-in-process.js'
import { AwsError } from '../../harness/standins/aws/protocol.js'
import { startStandIns, type StandIns } from '../../harness/standins/index.js'
import { compileRunbookDocuments } from '../../src/catalog/ssm-document.js'
import { validateCommand } from '../../src/flows/validate.js'
import { awsFor } from '../helpers/flows.js'

jest.setTimeout(60_000)
const REGION = 'eu-west-1'
let standIns: StandIns
const scratch = mkdtempSync(join(tmpdir(), 'opsloop-publish-'))

beforeAll(async () => {
  standIns = await startStandIns({ region: REGION })
})
afterAll(async () => {
  await standIns.stop()
  rmSync(scratch, { recursive: true, force: true })
})

const publish = (runbooks = 'runbooks') =>
  runActionInProcess({
    env: standIns.env,
    eventName: 'push',
    webhook: {},
    command: 'publish',
    inputs: { runbooks, 'aws-region': REGION }
  })

/** The compiled documents of a catalog folder, as the publish job compiles them. */
async function compiled(dir = 'runbooks') {
  const catalog = await validateCommand({ dir })
  return catalog.entries.flatMap((e) => compileRunbookDocuments(e.runbook))
}

const ssm = () => new SSMClient(awsFor(standIns))
const describeDoc = async (name: string) =>
  (await ssm().send(new DescribeDocumentCommand({ Name: name }))).Document
const creates = () => standIns.aws.calls.filter((c) => c.operation === 'CreateDocument').length

describe('publish', () => {
  it("creates every starter runbook's documents with the compiled content and hash", async () => {
    const documents = await compiled()
    expect(documents.length).toBeGreaterThan(0)
    const run = await publish()
    expect(run.code).toBe(0)
    expect(run.outputs).toMatchObject({
      documents: String(documents.length),
      published: String(documents.length)
    })
    for (const d of documents) {
      expect(d.name).toMatch(/^OpsLoop-/)
      const published = await describeDoc(d.name)
      expect(published).toMatchObject({
        Hash: d.hash,
        HashType: 'Sha256',
        DocumentType: 'Command',
        DefaultVersion: '1'
      })
    }
    expect(run.summary).toContain('SSM documents published')
  })

  it('has SSM itself refuse a value the runbook refuses, whoever sends it', async () => {
    standIns.ssm.registerInstance({ instanceId: 'i-0bbbbbbbbbbbbbbb1', tags: { Role: 'web' } })
    const send = (service: string) =>
      ssm().send(
        new SendCommandCommand({
          DocumentName: 'OpsLoop-restart-systemd-service',
          InstanceIds: ['i-0bbbbbbbbbbbbbbb1'],
          Parameters: { service: [service] }
        })
      )
    // Straight to SSM, past OpsLoop: the document's own pattern refuses the injection.
    for (const hostile of ['nginx; rm -rf /', '$(id)', 'nginx\nreboot', '`id`'])
      await expect(send(hostile)).rejects.toMatchObject({ name: 'InvalidParameters' })
    const sent = await send('nginx')
    expect(sent.Command?.DocumentName).toBe('OpsLoop-restart-systemd-service')
  })

  it('changes nothing when nothing changed', async () => {
    const before = standIns.aws.calls.length
    const run = await publish()
    expect(run.code).toBe(0)
    expect(run.outputs.published).toBe('0')
    const writes = standIns.aws.calls
      .slice(before)
      .filter((c) => !c.operation.startsWith('Describe') && !c.operation.startsWith('Get'))
    expect(writes).toEqual([])
  })

  it('gives a changed runbook a new default version and leaves the others alone', async () => {
    const dir = join(scratch, 'changed')
    cpSync('runbooks', dir, { recursive: true })
    const file = join(dir, 'restart-systemd-service.yaml')
    // The title is part of the documents (their description); the runbook's id stays.
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace(
        /^title: (.*)$/m,
        (_, t: string) => `title: ${t} (reviewed)`
      )
    )
    const changed = (await compiled(dir)).filter((d) => compiledHashes.get(d.name) !== d.hash)
    const run = await publish(dir)
    expect(run.code).toBe(0)
    expect(run.outputs.published).toBe(String(changed.length))
    for (const d of changed) {
      const published = await describeDoc(d.name)
      expect(published).toMatchObject({ Hash: d.hash, DefaultVersion: '2' })
    }
  })

  it('makes an older version the default again when a runbook changes back', async () => {
    const run = await publish()
    expect(run.code).toBe(0)
    for (const [name, hash] of compiledHashes)
      expect(await describeDoc(name)).toMatchObject({ Hash: hash, DefaultVersion: '1' })
  })

  it('publishes nothing from a catalog with an error, and says why', async () => {
    const dir = join(scratch, 'broken')
    cpSync('runbooks', dir, { recursive: true })
    writeFileSync(join(dir, 'broken.yaml'), 'id: Broken Runbook\n')
    const before = creates()
    const run = await publish(dir)
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(/2 errors in the runbook catalog .*nothing was published/)
    expect(creates()).toBe(before)
  })

  it('fails the step when SSM refuses one document, after publishing the others', async () => {
    const dir = join(scratch, 'new')
    cpSync('runbooks', dir, { recursive: true })
    // Every document changes (a new catalog), and SSM refuses the first create.
    for (const f of ['restart-systemd-service.yaml', 'free-disk-space.yaml']) {
      const path = join(dir, f)
      writeFileSync(path, readFileSync(path, 'utf8').replace(/^id: (.*)$/m, 'id: $1-v2'))
    }
    standIns.ssm.failNext(
      'CreateDocument',
      new AwsError('DocumentLimitExceeded', 'You can have at most 500 documents.')
    )
    const run = await publish(dir)
    expect(run.code).toBe(1)
    expect(run.summary).toContain('❌ failed: You can have at most 500 documents.')
    expect(run.stdout).toMatch(/1 of \d+ document\(s\) could not be published/)
  })
})

/** The hashes published by the first test, to tell which documents a change touches. */
const compiledHashes = new Map<string, string>()
beforeAll(async () => {
  for (const d of await compiled()) compiledHashes.set(d.name, d.hash)
})
