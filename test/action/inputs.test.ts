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

  it('reads reconcile: the scope, the bound, and intake`s inputs for what it hands over', () => {
    const parsed = parseInputs(
      'reconcile',
      inputs({
        ...base,
        'alarm-name-prefix': ' prod- ',
        'alarm-tag': 'team=payments',
        'max-alarms': '25',
        'close-on-recovery': 'true',
        'model-id': 'eu.anthropic.claude-sonnet-4-5-20250929-v1:0'
      }),
      facts
    )
    expect(parsed).toMatchObject({
      command: 'reconcile',
      scope: { namePrefix: 'prod-', tag: { key: 'team', value: 'payments' } },
      maxAlarms: 25,
      eventType: 'aws-incident',
      policy: { insufficientData: 'ignore', closeOnRecovery: true },
      awsRegion: 'eu-west-1',
      provider: { modelId: 'eu.anthropic.claude-sonnet-4-5-20250929-v1:0' }
    })
    // `*` is every alarm; a bare key is any value; 10 alarms a run unless told otherwise.
    expect(
      parseInputs('reconcile', inputs({ ...base, 'alarm-name-prefix': '*' }), facts)
    ).toMatchObject({ scope: {}, maxAlarms: 10 })
    expect(
      parseInputs('reconcile', inputs({ ...base, 'alarm-tag': 'opsloop:reconcile' }), facts)
    ).toMatchObject({ scope: { tag: { key: 'opsloop:reconcile' } } })
  })

  it.each([
    [{}, /Reconcile needs to know which alarms OpsLoop is responsible for/],
    [{ 'alarm-name-prefix': 'prod-*' }, /`alarm-name-prefix` is a prefix, not a pattern/],
    [
      { 'alarm-name-prefix': 'prod-\u0007' },
      /`alarm-name-prefix` must be the start of an alarm name/
    ],
    [{ 'alarm-tag': 'team=pay$' }, /`alarm-tag` must be a tag key, or key=value/],
    [{ 'alarm-tag': '=x' }, /`alarm-tag` must be a tag key/],
    [
      { 'alarm-name-prefix': 'p', 'max-alarms': '0' },
      /`max-alarms` must be a whole number from 1 to 100, got "0"/
    ],
    [
      { 'alarm-name-prefix': 'p', 'max-alarms': '101' },
      /`max-alarms` must be a whole number from 1 to 100/
    ],
    [{ 'alarm-name-prefix': 'p', 'max-alarms': '2.5' }, /`max-alarms` must be a whole number/]
  ])('reconcile refuses %j with what to do', (values, message) => {
    expect(() => parseInputs('reconcile', inputs({ ...base, ...values }), facts)).toThrow(message)
  })

  it('reconcile needs an AWS region: it reads CloudWatch', () => {
    expect(() =>
      parseInputs(
        'reconcile',
        inputs({ ...base, 'alarm-name-prefix': 'prod-' }),
        runnerFacts({ GITHUB_REPOSITORY: 'acme/ops' })
      )
    ).toThrow(/Reconcile reads CloudWatch alarms: set `aws-region`/)
  })

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

describe("the demo's wait scale", () => {
  const scaleWith = (apiUrl: string | undefined, value: string | undefined) =>
    runnerFacts({
      ...(apiUrl ? { GITHUB_API_URL: apiUrl } : {}),
      ...(value !== undefined ? { OPSLOOP_STANDIN_WAIT_SCALE: value } : {})
    }).standInWaitScale

  it('is believed only for an API on this machine', () => {
    expect(scaleWith('http://127.0.0.1:43121', '0.1')).toBe(0.1)
    expect(scaleWith('http://localhost:8080/api/v3', '0')).toBe(0)
    expect(scaleWith('http://[::1]:9000', '0.5')).toBe(0.5)
    // GitHub, GHES, or a host that merely looks local: GitHub's spacing always holds there.
    expect(scaleWith(undefined, '0')).toBeUndefined()
    expect(scaleWith('https://api.github.com', '0')).toBeUndefined()
    expect(scaleWith('https://ghes.example.com/api/v3', '0')).toBeUndefined()
    expect(scaleWith('http://127.0.0.1.example.com', '0')).toBeUndefined()
  })

  it('ignores values outside 0 to 1 or not numbers', () => {
    for (const value of ['-1', '2', 'fast', '', undefined])
      expect(scaleWith('http://127.0.0.1:1', value)).toBeUndefined()
  })
})
