import { describe, expect, it } from '@jest/globals'
import { catalogInputs, parseInputs, runnerFacts, type Command } from '../../src/action/inputs.js'

const inputs = (values: Record<string, string>) => (name: string) => values[name] ?? ''

describe('catalog inputs', () => {
  it('default to the runbooks folder and the default allow-list', () => {
    expect(catalogInputs(inputs({}))).toEqual({ dir: 'runbooks' })
  })

  it('read the folder and the allow-list, comma or newline separated', () => {
    expect(
      catalogInputs(
        inputs({ runbooks: ' ops/runbooks ', 'allowed-documents': 'AWS-*, Acme-*\nOpsLoop-*' })
      )
    ).toEqual({ dir: 'ops/runbooks', allowedDocuments: ['AWS-*', 'Acme-*', 'OpsLoop-*'] })
  })
})

describe('parseInputs', () => {
  const facts = runnerFacts({
    GITHUB_REPOSITORY: 'acme/ops',
    GITHUB_RUN_ID: '42',
    GITHUB_SERVER_URL: 'https://github.example',
    AWS_REGION: 'eu-west-1'
  })
  const base = { 'github-token': 'ghs_x', 'record-key': 'k'.repeat(40) }

  it('reads a job once into typed values, with the runner facts it needs', () => {
    const parsed = parseInputs(
      'remediate',
      inputs({
        ...base,
        'issue-number': ' 12 ',
        approval: 'environment',
        'ignore-users': 'ci-bot'
      }),
      facts
    )
    expect(parsed).toMatchObject({
      command: 'remediate',
      repository: { owner: 'acme', repo: 'ops' },
      issueNumber: 12,
      approvalMode: 'environment',
      requireAlarm: true,
      closeOnSuccess: false,
      ignoredLogins: ['github-actions[bot]', 'ci-bot'],
      awsRegion: 'eu-west-1',
      runUrl: 'https://github.example/acme/ops/actions/runs/42'
    })
  })

  it.each([
    [
      'remediate',
      { 'issue-number': '12abc' },
      /`issue-number` must be an issue number, got "12abc"/
    ],
    [
      'remediate',
      { 'issue-number': '3', approval: 'yes' },
      /`approval` must be one of comment, environment, got "yes"/
    ],
    ['intake', { 'change-window': 'soon' }, /`change-window`: "soon" is not a duration/],
    [
      'intake',
      { 'change-repositories': 'acme' },
      /`change-repositories` lists "acme", which is not owner\/name/
    ],
    ['intake', { 'close-on-recovery': 'maybe' }, /`close-on-recovery` must be one of true, false/],
    ['comment', { 'record-key': '' }, /`record-key` is not set\. .*openssl rand -hex 32/]
  ] satisfies [Command, Record<string, string>, RegExp][])(
    '%s refuses %j with what to do',
    (command, values, message) => {
      expect(() => parseInputs(command, inputs({ ...base, ...values }), facts)).toThrow(message)
    }
  )

  it('names the runner variable a job cannot do without', () => {
    expect(() => parseInputs('comment', inputs(base), runnerFacts({}))).toThrow(
      /GITHUB_REPOSITORY is not set; run OpsLoop as a GitHub Actions step/
    )
  })

  it('reads the proxy from the environment, and refuses a malformed one without its password', () => {
    expect(
      runnerFacts({ HTTPS_PROXY: 'http://proxy.internal:3128', NO_PROXY: '.internal' }).proxy
    ).toEqual({ httpsProxy: 'http://proxy.internal:3128', noProxy: '.internal' })
    let message = ''
    try {
      runnerFacts({ HTTPS_PROXY: 'http://user:hunter2@proxy:notaport' })
    } catch (error) {
      message = (error as Error).message
    }
    expect(message).toMatch(/HTTPS_PROXY/)
    expect(message).not.toContain('hunter2')
  })
})
