// infra/opsloop-documents.yaml creates the OpsLoop-* Automation runbooks the starter catalog uses.
// It must pass the CloudFormation specification, hold every document of infra/ssm-documents/
// exactly as written there, and cover every OpsLoop-* document a runbook or the bridge's default
// allow-list names.
import { describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import { evaluate, loadTemplate } from './cfn.js'
import { REQUIRED, TEMPLATE_PATH } from './params.js'
import { validateTemplate } from './validate.js'

const PATH = 'infra/opsloop-documents.yaml'
const text = readFileSync(PATH, 'utf8')
const template = loadTemplate(PATH)
const documents = readdirSync('infra/ssm-documents')
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => f.replace(/\.yaml$/, ''))

const resources = Object.values(template.Resources)
const byName = new Map(resources.map((r) => [(r.Properties as { Name: string }).Name, r]))

describe('infra/opsloop-documents.yaml', () => {
  it('passes the CloudFormation resource specification and reference checks', () => {
    expect(validateTemplate(template, text)).toEqual([])
  })

  it('creates exactly the documents of infra/ssm-documents', () => {
    expect([...byName.keys()].sort()).toEqual([...documents].sort())
  })

  it.each(documents)('holds %s as written in infra/ssm-documents', (name) => {
    const source = parse(
      readFileSync(join('infra/ssm-documents', `${name}.yaml`), 'utf8')
    ) as unknown
    expect(byName.get(name)).toEqual({
      Type: 'AWS::SSM::Document',
      Properties: {
        Name: name,
        DocumentType: 'Automation',
        // Named documents cannot be replaced in place: an update adds a version instead.
        UpdateMethod: 'NewVersion',
        Content: source
      }
    })
  })

  it('covers every OpsLoop document the runbooks and the default allow-list name', () => {
    const runbooks = readdirSync('runbooks')
      .filter((f) => f.endsWith('.yaml'))
      .flatMap((f) => [
        ...readFileSync(join('runbooks', f), 'utf8').matchAll(/document: (OpsLoop-\S+)/g)
      ])
      .map((m) => m[1] ?? '')
    const { parameters } = evaluate(loadTemplate(TEMPLATE_PATH), REQUIRED)
    const allowed = String(parameters.AllowedAutomationDocuments)
      .split(',')
      .filter((d) => d.startsWith('OpsLoop-'))
    for (const name of [...runbooks, ...allowed]) expect(byName.has(name)).toBe(true)
  })
})
