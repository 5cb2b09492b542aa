// The action's notification inputs: what each combination becomes, the error each mistake gets
// (naming the input, never repeating a secret), and the secrets handed to core.setSecret.
import { describe, expect, it } from '@jest/globals'
import {
  createNotifiers,
  NOTIFY_INPUTS,
  notifySecrets,
  parseNotifyConfig
} from '../../src/notify/notify.js'

const WEBHOOK = 'https://hooks.slack.com/services/T000/B000/XXXXSECRETXXXX'
const BOT = 'xoxb-123-456-abcdefSECRET'
const API_TOKEN = 'ATATT3xSECRETtoken'
const PAT = 'MzQ1Njc4OTA6SECRETpat'

const cloud = {
  'jira-base-url': 'https://acme.atlassian.net/',
  'jira-email': 'bot@acme.example',
  'jira-api-token': API_TOKEN,
  'jira-project': 'ops'
}

/** The error parseNotifyConfig throws, checked never to hold a secret. */
function problem(inputs: Record<string, string>): string {
  try {
    parseNotifyConfig(inputs)
  } catch (error) {
    const message = (error as Error).message
    for (const secret of [WEBHOOK, '/services/T000', BOT, API_TOKEN, PAT])
      expect(message).not.toContain(secret)
    return message
  }
  throw new Error('expected the inputs to be refused')
}

describe('parseNotifyConfig', () => {
  it('configures nothing when no input is set', () => {
    expect(parseNotifyConfig({})).toEqual({})
    expect(parseNotifyConfig(Object.fromEntries(NOTIFY_INPUTS.map((n) => [n, '  '])))).toEqual({})
    expect(createNotifiers({})).toEqual([])
  })

  it('reads an incoming webhook', () => {
    expect(parseNotifyConfig({ 'slack-webhook-url': ` ${WEBHOOK} ` })).toEqual({
      slack: { webhookUrl: WEBHOOK }
    })
  })

  it('reads a bot token with its channel and optional API URL', () => {
    expect(parseNotifyConfig({ 'slack-bot-token': BOT, 'slack-channel': 'C0123456789' })).toEqual({
      slack: { token: BOT, channel: 'C0123456789' }
    })
    expect(
      parseNotifyConfig({
        'slack-bot-token': BOT,
        'slack-channel': '#ops',
        'slack-api-url': 'https://slack-gov.com/api/'
      })
    ).toEqual({ slack: { token: BOT, channel: '#ops', apiUrl: 'https://slack-gov.com/api' } })
  })

  it('reads Jira Cloud with defaults', () => {
    expect(parseNotifyConfig(cloud)).toEqual({
      jira: {
        baseUrl: 'https://acme.atlassian.net',
        project: 'OPS',
        issueType: 'Task',
        auth: { email: 'bot@acme.example', apiToken: API_TOKEN }
      }
    })
  })

  it('reads Jira Data Center with a context path, an issue type, a transition and a timeout', () => {
    expect(
      parseNotifyConfig({
        'jira-base-url': 'https://jira.acme.example/jira',
        'jira-token': PAT,
        'jira-project': 'SRE_2',
        'jira-issue-type': 'Incident',
        'jira-done-transition': 'Resolve Issue',
        'notify-timeout': '20'
      })
    ).toEqual({
      jira: {
        baseUrl: 'https://jira.acme.example/jira',
        project: 'SRE_2',
        issueType: 'Incident',
        auth: { token: PAT },
        doneTransition: 'Resolve Issue'
      },
      timeoutMs: 20_000
    })
  })

  it('accepts plain http only on loopback (local stand-ins)', () => {
    expect(parseNotifyConfig({ 'slack-webhook-url': 'http://127.0.0.1:8080/services/x' })).toEqual({
      slack: { webhookUrl: 'http://127.0.0.1:8080/services/x' }
    })
    expect(
      problem({ 'slack-webhook-url': 'http://hooks.slack.com/services/T000/B000/XXXXSECRETXXXX' })
    ).toBe('`slack-webhook-url` must be an https URL.')
  })

  it.each([
    [{ 'slack-webhook-url': 'not a url' }, '`slack-webhook-url` must be an https URL.'],
    [{ 'slack-webhook-url': WEBHOOK, 'slack-bot-token': BOT }, 'Set either `slack-webhook-url`'],
    [
      { 'slack-webhook-url': WEBHOOK, 'slack-channel': 'C1' },
      '`slack-channel` applies only with `slack-bot-token`'
    ],
    [{ 'slack-bot-token': BOT }, '`slack-channel` is required with `slack-bot-token`'],
    [{ 'slack-bot-token': WEBHOOK, 'slack-channel': 'C1' }, '`slack-bot-token` holds a URL'],
    [
      { 'slack-bot-token': 'abc', 'slack-channel': 'C1' },
      '`slack-bot-token` must be a Slack token'
    ],
    [
      { 'slack-bot-token': BOT, 'slack-channel': 'my channel' },
      '`slack-channel` must be a channel ID'
    ],
    [{ 'slack-channel': 'C1' }, '`slack-channel` needs `slack-bot-token`'],
    [
      { 'slack-webhook-url': 'https://user:pw@hooks.slack.com/x' },
      'must not hold a user name or password'
    ],
    [
      { ...cloud, 'jira-base-url': `http://bot:${API_TOKEN}@jira.acme.example/?token=${PAT}` },
      '`jira-base-url` must be an https URL, got "http://jira.acme.example/".'
    ],
    [
      { ...cloud, 'jira-base-url': `https://bot:${API_TOKEN}@jira.acme.example` },
      '`jira-base-url` must not hold a user name or password'
    ],
    [{ 'jira-project': 'OPS' }, '`jira-base-url` is required'],
    [
      { ...cloud, 'jira-base-url': 'http://acme.atlassian.net' },
      '`jira-base-url` must be an https URL, got "http://acme.atlassian.net/".'
    ],
    [
      { ...cloud, 'jira-base-url': 'https://acme.atlassian.net/jira/software/projects/OPS' },
      '`jira-base-url` must be the site root for Jira Cloud, such as https://acme.atlassian.net'
    ],
    [{ ...cloud, 'jira-base-url': 'https://jira.acme.example/?x=1' }, 'must not have a query'],
    [{ ...cloud, 'jira-email': '' }, '`jira-api-token` needs `jira-email`'],
    [{ ...cloud, 'jira-api-token': '' }, '`jira-email` needs `jira-api-token`'],
    [{ ...cloud, 'jira-email': 'bot' }, '`jira-email` must be an e-mail address'],
    [
      { ...cloud, 'jira-token': PAT },
      'Set either `jira-email` with `jira-api-token` (Jira Cloud) or `jira-token`'
    ],
    [
      { ...cloud, 'jira-api-token': '', 'jira-token': PAT },
      '`jira-email` goes with `jira-api-token`'
    ],
    [
      { ...cloud, 'jira-email': '', 'jira-api-token': '', 'jira-token': PAT },
      '`jira-token` is a Jira Data Center personal access token; Jira Cloud'
    ],
    [{ ...cloud, 'jira-email': '', 'jira-api-token': '' }, 'Jira notifications need credentials'],
    [{ ...cloud, 'jira-project': '' }, '`jira-project` is required'],
    [{ ...cloud, 'jira-project': 'O"PS' }, '`jira-project` must be a project key such as OPS'],
    [
      { ...cloud, 'notify-timeout': '0' },
      '`notify-timeout` must be a whole number of seconds from 1 to 120, got "0".'
    ]
  ])('refuses %j', (inputs, message) => {
    expect(problem(inputs)).toContain(message)
  })
})

describe('notifySecrets', () => {
  it('lists the webhook URL and its path, tokens and the Basic credential', () => {
    const config = parseNotifyConfig({ 'slack-webhook-url': WEBHOOK, ...cloud })
    const basic = Buffer.from(`bot@acme.example:${API_TOKEN}`).toString('base64')
    expect(notifySecrets(config)).toEqual([
      WEBHOOK,
      '/services/T000/B000/XXXXSECRETXXXX',
      API_TOKEN,
      basic
    ])
    expect(
      notifySecrets(
        parseNotifyConfig({
          'slack-bot-token': BOT,
          'slack-channel': 'C1',
          'jira-base-url': 'https://jira.acme.example',
          'jira-token': PAT,
          'jira-project': 'OPS'
        })
      )
    ).toEqual([BOT, PAT])
    expect(notifySecrets({})).toEqual([])
  })

  it('names targets without secrets', () => {
    const config = parseNotifyConfig({ 'slack-webhook-url': WEBHOOK, ...cloud })
    expect(createNotifiers(config).map((n) => n.target)).toEqual([
      'Slack (incoming webhook on hooks.slack.com)',
      'Jira (OPS on acme.atlassian.net)'
    ])
  })
})
