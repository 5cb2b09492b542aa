// Proxy support for every outbound client, against the stand-ins and a forward proxy on loopback:
// Octokit and the notifiers with the fetch from proxiedFetch, an AWS SDK client with the handler
// from awsRequestHandler. Each must go through the proxy (the proxy records what it carried),
// skip it for what NO_PROXY lists (the same hosts for every client), reach https:// URLs through
// CONNECT, and send the proxy's credentials. proxySettings' parsing and its errors (which never
// repeat a password) are checked on their own.
//
// The stand-ins speak plain http, so HTTP_PROXY carries most of these. HTTPS goes as far as the
// tunnel: the proxy carries CONNECT to the target, whose plain-http answer then fails the TLS
// handshake (a full TLS exchange would need a certificate the clients trust, which the
// production API has no reason to accept).
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { DescribeInstanceInformationCommand, SSMClient } from '@aws-sdk/client-ssm'
import { readFileSync } from 'node:fs'
import { createGitHubClient } from '../../src/adapters/github/client.js'
import {
  awsRequestHandler,
  bypassesProxy,
  proxiedFetch,
  proxyFor,
  proxyLogLine,
  proxySettings,
  redactProxyUrl,
  type ProxySettings
} from '../../src/adapters/http/proxy.js'
import { jiraNotifier } from '../../src/notify/jira.js'
import { createNotifiers, notifyAll } from '../../src/notify/notify.js'
import { slackNotifier } from '../../src/notify/slack.js'
import { runActionInProcess } from '../../harness/action-in-process.js'
import { opened } from '../notify/fixtures.js'
import { BOT_TOKEN, DEFAULT_REPO } from '../../harness/standins/github/index.js'
import { startStandIns, type StandIns } from '../../harness/standins/index.js'
import {
  JIRA_API_TOKEN,
  JIRA_EMAIL,
  startJira,
  type JiraHandle
} from '../../harness/standins/notify/jira.js'
import {
  SLACK_WEBHOOK_PATH,
  startSlack,
  type SlackHandle
} from '../../harness/standins/notify/slack.js'
import { startProxy, type ForwardProxy } from '../../harness/standins/proxy.js'

let standIns: StandIns
let slack: SlackHandle
let jira: JiraHandle
let proxy: ForwardProxy

beforeAll(async () => {
  ;[standIns, slack, jira] = await Promise.all([
    startStandIns(),
    startSlack(),
    startJira({ flavor: 'cloud' })
  ])
})

afterAll(async () => {
  await Promise.all([standIns.stop(), slack.close(), jira.close()])
})

beforeEach(async () => {
  proxy = await startProxy()
})

afterEach(async () => {
  await proxy.close()
  standIns.github.assertNoViolations()
  expect(slack.violations).toEqual([])
  expect(jira.violations).toEqual([])
})

const hostPort = (url: string): string => new URL(url).host
const [owner, repo] = DEFAULT_REPO.split('/') as [string, string]

/** Octokit through `fetch`: lists the stand-in repository's issues. */
async function viaOctokit(fetch: typeof globalThis.fetch): Promise<void> {
  const octokit = createGitHubClient({
    token: BOT_TOKEN,
    baseUrl: standIns.github.url,
    throttle: false,
    fetch
  })
  const { status } = await octokit.request('GET /repos/{owner}/{repo}/issues', { owner, repo })
  expect(status).toBe(200)
}

/** An SSM client through the proxy handler (one attempt, so failures are quick). */
async function ssmClient(settings: ProxySettings, endpoint?: string): Promise<SSMClient> {
  return new SSMClient({
    ...(endpoint ? { endpoint } : {}),
    credentials: standIns.credentials,
    region: standIns.region,
    maxAttempts: 1,
    requestHandler: await awsRequestHandler(settings, { connectionTimeout: 5_000 })
  })
}

async function viaAws(settings: ProxySettings): Promise<void> {
  const client = await ssmClient(settings, standIns.env.AWS_ENDPOINT_URL)
  try {
    const answer = await client.send(new DescribeInstanceInformationCommand({}))
    expect(answer.$metadata.httpStatusCode).toBe(200)
  } finally {
    client.destroy()
  }
}

/** The Slack webhook notifier through `fetch`. */
async function viaSlack(fetch: typeof globalThis.fetch): Promise<void> {
  const before = slack.messages.length
  await expect(
    slackNotifier({ webhookUrl: slack.webhookUrl }, { fetch }).send(opened())
  ).resolves.toBe('posted')
  expect(slack.messages.length).toBe(before + 1)
}

/** The Jira notifier (Cloud) through `fetch`: searches, then creates an issue. */
async function viaJira(fetch: typeof globalThis.fetch, fingerprint: string): Promise<void> {
  const notifier = jiraNotifier(
    {
      baseUrl: jira.url,
      project: 'OPS',
      issueType: 'Task',
      auth: { email: JIRA_EMAIL, apiToken: JIRA_API_TOKEN }
    },
    { fetch }
  )
  await expect(notifier.send(opened({ fingerprint }))).resolves.toMatch(/^created OPS-\d+/)
}

describe('through HTTP_PROXY', () => {
  it('carries Octokit', async () => {
    await viaOctokit(await proxiedFetch({ httpProxy: proxy.url() }))
    expect(proxy.requests).toContainEqual(
      expect.objectContaining({
        method: 'GET',
        target: hostPort(standIns.github.url),
        path: `/repos/${owner}/${repo}/issues`,
        carried: true
      })
    )
  })

  it('carries an AWS SDK client', async () => {
    await viaAws({ httpProxy: proxy.url() })
    expect(proxy.requests).toEqual([
      expect.objectContaining({
        method: 'POST',
        target: hostPort(standIns.env.AWS_ENDPOINT_URL ?? ''),
        carried: true
      })
    ])
    expect(standIns.aws.calls.at(-1)).toMatchObject({ operation: 'DescribeInstanceInformation' })
  })

  it('carries the Slack and Jira notifiers', async () => {
    const fetch = await proxiedFetch({ httpProxy: proxy.url() })
    await viaSlack(fetch)
    await viaJira(fetch, 'aaaaaaaaaaaaaaa1')
    expect(proxy.requests).toEqual([
      expect.objectContaining({
        method: 'POST',
        target: hostPort(slack.url),
        path: SLACK_WEBHOOK_PATH,
        carried: true
      }),
      expect.objectContaining({ target: hostPort(jira.url), path: '/rest/api/3/search/jql' }),
      expect.objectContaining({ target: hostPort(jira.url), path: '/rest/api/3/issue' })
    ])
  })

  it('carries the notifiers createNotifiers builds', async () => {
    const notifiers = createNotifiers(
      {
        slack: { webhookUrl: slack.webhookUrl },
        jira: {
          baseUrl: jira.url,
          project: 'OPS',
          issueType: 'Task',
          auth: { email: JIRA_EMAIL, apiToken: JIRA_API_TOKEN }
        }
      },
      { fetch: await proxiedFetch({ httpProxy: proxy.url() }) }
    )
    const warnings: string[] = []
    const deliveries = await notifyAll(
      notifiers,
      opened({ fingerprint: 'aaaaaaaaaaaaaaa2' }),
      (m) => warnings.push(m)
    )
    expect(warnings).toEqual([])
    expect(deliveries.map((d) => d.ok)).toEqual([true, true])
    expect(new Set(proxy.targets)).toEqual(new Set([hostPort(slack.url), hostPort(jira.url)]))
  })

  it('sends the credentials in the proxy URL as Proxy-Authorization', async () => {
    const settings = { httpProxy: proxy.url('ops%20bot:s3cr%40t') }
    await viaSlack(await proxiedFetch(settings))
    await viaAws(settings)
    const basic = `Basic ${Buffer.from('ops bot:s3cr@t').toString('base64')}`
    expect(proxy.requests.map((r) => r.proxyAuthorization)).toEqual([basic, basic])
  })
})

describe('the proxied fetch', () => {
  it('takes URLs, not Request objects (whose method and body it would lose)', async () => {
    const fetch = await proxiedFetch({ httpProxy: proxy.url() })
    await expect(fetch(new Request(standIns.github.url))).rejects.toThrow(TypeError)
    await expect(fetch(new URL(`${standIns.github.url}/zen`))).resolves.toBeDefined()
    expect(proxy.targets).toEqual([hostPort(standIns.github.url)])
  })
})

describe('NO_PROXY', () => {
  it('sends what it lists direct, for every kind of client', async () => {
    const settings = { httpProxy: proxy.url(), noProxy: '127.0.0.1' }
    const fetch = await proxiedFetch(settings)
    await viaOctokit(fetch)
    await viaAws(settings)
    await viaSlack(fetch)
    await viaJira(fetch, 'aaaaaaaaaaaaaaa3')
    expect(proxy.requests).toEqual([])
  })

  // The same decision from undici (fetch) and from the AWS handler's own agent, case by case.
  const cases: [string, (port: string) => string, boolean][] = [
    ['the host', () => '127.0.0.1', false],
    ['the host on the target port', (port) => `127.0.0.1:${port}`, false],
    ['the host on another port', () => '127.0.0.1:1', true],
    ['a domain suffix', () => '.0.0.1', false],
    ['a wildcard suffix', () => '*.0.1', false],
    ['other hosts', () => 'example.com, localhost', true],
    ['`*` alone', () => ' * ', false],
    ['`*` among others', () => 'example.com,*', true]
  ]

  it.each(cases)('listing %s: fetch and AWS agree', async (_name, noProxy, proxied) => {
    const target = standIns.env.AWS_ENDPOINT_URL ?? ''
    const settings = proxySettings({
      HTTP_PROXY: proxy.url(),
      NO_PROXY: noProxy(new URL(target).port)
    })
    if (!settings) throw new Error('expected proxy settings')
    const fetch = await proxiedFetch(settings)
    // Any answer will do: what matters is the way it went.
    await fetch(`${target}/ping`)
    await viaAws(settings)
    expect(proxy.targets).toEqual(proxied ? [hostPort(target), hostPort(target)] : [])
    expect(proxyFor(settings, target)).toBe(proxied ? settings.httpProxy : undefined)
  })
})

describe('https:// URLs', () => {
  it('go through CONNECT, to HTTPS_PROXY when both are set', async () => {
    const other = await startProxy()
    try {
      const settings = { httpProxy: other.url(), httpsProxy: proxy.url('u:p') }
      const tlsTarget = `https://${hostPort(standIns.github.url)}`
      const fetch = await proxiedFetch(settings)
      // The tunnel reaches a plain-http server, so TLS fails after the proxy has done its part.
      await expect(fetch(`${tlsTarget}/zen`)).rejects.toThrow()
      const client = await ssmClient(settings, tlsTarget)
      try {
        await expect(client.send(new DescribeInstanceInformationCommand({}))).rejects.toThrow()
      } finally {
        client.destroy()
      }
      const basic = `Basic ${Buffer.from('u:p').toString('base64')}`
      expect(proxy.requests).toEqual([
        {
          method: 'CONNECT',
          target: hostPort(tlsTarget),
          proxyAuthorization: basic,
          carried: true
        },
        { method: 'CONNECT', target: hostPort(tlsTarget), proxyAuthorization: basic, carried: true }
      ])
      expect(other.requests).toEqual([])
    } finally {
      await other.close()
    }
  })

  it('go through HTTP_PROXY when HTTPS_PROXY is unset, to real host names', async () => {
    // The test proxy refuses anything beyond loopback, so nothing reaches the network.
    const settings = { httpProxy: proxy.url() }
    const fetch = await proxiedFetch(settings)
    await expect(fetch('https://api.github.com/zen')).rejects.toThrow()
    const client = await ssmClient(settings)
    try {
      await expect(client.send(new DescribeInstanceInformationCommand({}))).rejects.toThrow()
    } finally {
      client.destroy()
    }
    expect(proxy.requests.map((r) => `${r.method} ${r.target}`)).toEqual([
      'CONNECT api.github.com:443',
      `CONNECT ssm.${standIns.region}.amazonaws.com:443`
    ])
  })

  it('are the only ones HTTPS_PROXY alone carries: http:// ones go direct', async () => {
    const settings = { httpsProxy: proxy.url() }
    await viaOctokit(await proxiedFetch(settings))
    await viaAws(settings)
    expect(proxy.requests).toEqual([])
  })
})

describe('proxySettings', () => {
  it('is undefined without a proxy, NO_PROXY alone included', () => {
    expect(proxySettings({})).toBeUndefined()
    expect(
      proxySettings({ NO_PROXY: 'localhost', HTTP_PROXY: '  ', https_proxy: '' })
    ).toBeUndefined()
  })

  it('reads both cases, lowercase first; an empty variable counts as unset', () => {
    expect(
      proxySettings({
        http_proxy: 'http://lower:3128',
        HTTP_PROXY: 'http://upper:3128',
        https_proxy: '',
        HTTPS_PROXY: 'https://secure.example:8443',
        NO_PROXY: 'upper.example',
        no_proxy: 'lower.example'
      })
    ).toEqual({
      httpProxy: 'http://lower:3128',
      httpsProxy: 'https://secure.example:8443',
      noProxy: 'lower.example'
    })
  })

  it('reads the environment it is given, not process.env', () => {
    const saved = process.env.HTTPS_PROXY
    process.env.HTTPS_PROXY = 'http://from-process-env:3128'
    try {
      expect(proxySettings({})).toBeUndefined()
    } finally {
      if (saved === undefined) delete process.env.HTTPS_PROXY
      else process.env.HTTPS_PROXY = saved
    }
  })

  it('normalises URLs and the NO_PROXY list', () => {
    expect(
      proxySettings({
        HTTPS_PROXY: 'proxy.corp:3128',
        HTTP_PROXY: 'HTTP://User:p%40ss@Proxy.Corp:80/ignored/path',
        NO_PROXY: ' localhost, .internal\texample.com:8443 ,,'
      })
    ).toEqual({
      httpsProxy: 'http://proxy.corp:3128',
      httpProxy: 'http://User:p%40ss@proxy.corp',
      noProxy: 'localhost,.internal,example.com:8443'
    })
  })

  it.each([
    ['HTTPS_PROXY', 'http://ops:hunter2@bad host:3128', 'is not a valid proxy URL'],
    [
      'https_proxy',
      'socks5://ops:hunter2@proxy:1080',
      'uses socks5, which OpsLoop does not support'
    ],
    ['HTTP_PROXY', 'http://ops:hunter2@:3128', 'is not a valid proxy URL'],
    ['http_proxy', 'ftp://ops:hunter2@proxy:21', 'uses ftp']
  ])('%s=%s fails naming the variable, never the password', (name, value, message) => {
    let error: unknown
    try {
      proxySettings({ [name]: value })
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(Error)
    const text = (error as Error).message
    expect(text).toContain(`${name} `)
    expect(text).toContain(message)
    expect(text).toContain('***@')
    expect(text).toContain('expected http://host:port or https://host:port')
    expect(text).not.toMatch(/hunter2|ops:/)
  })
})

describe('NO_PROXY matching', () => {
  const at = (url: string) => new URL(url)
  it.each([
    ['', 'https://api.github.com', false],
    ['*', 'https://api.github.com', true],
    ['github.com', 'https://github.com', true],
    ['github.com', 'https://api.github.com', true],
    ['.github.com', 'https://github.com', true],
    ['*.github.com', 'https://api.github.com', true],
    ['GitHub.COM', 'https://API.github.com', true],
    ['hub.com', 'https://github.com', false],
    ['github.com:443', 'https://api.github.com', true],
    ['github.com:443', 'http://api.github.com', false],
    ['github.com:8080', 'http://github.com:8080/x', true],
    ['10.0.0.0/8', 'http://10.1.2.3', false],
    ['[::1]', 'http://[::1]:8080', true],
    ['example.com *', 'https://api.github.com', false]
  ])('NO_PROXY=%j for %s: direct %s', (noProxy, url, direct) => {
    expect(bypassesProxy(noProxy, at(url))).toBe(direct)
  })

  it('picks the proxy by scheme', () => {
    const both = { httpProxy: 'http://a:1', httpsProxy: 'http://b:2', noProxy: 'internal' }
    expect(proxyFor(both, 'https://x.example')).toBe('http://b:2')
    expect(proxyFor(both, 'http://x.example')).toBe('http://a:1')
    expect(proxyFor(both, 'https://git.internal')).toBeUndefined()
    expect(proxyFor({ httpProxy: 'http://a:1' }, 'https://x.example')).toBe('http://a:1')
    expect(proxyFor({ httpsProxy: 'http://b:2' }, 'http://x.example')).toBeUndefined()
  })
})

describe('log lines', () => {
  it('show the proxy without its credentials', () => {
    expect(redactProxyUrl('http://ops:hunter2@proxy:3128')).toBe('http://***@proxy:3128')
    expect(
      proxyLogLine({ httpProxy: 'http://ops:hunter2@proxy:3128', noProxy: 'localhost,.internal' })
    ).toBe(
      'Using proxy http://***@proxy:3128 for GitHub, AWS, Slack and Jira (NO_PROXY: localhost,.internal)'
    )
    expect(proxyLogLine({ httpProxy: 'http://a:1', httpsProxy: 'http://b:2' })).toBe(
      'Using proxy http://b:2 for https:// and http://a:1 for http:// requests of GitHub, AWS, Slack and Jira'
    )
    expect(proxyLogLine({ httpsProxy: 'http://b:2' })).toBe(
      'Using proxy http://b:2 for https:// requests of GitHub, AWS, Slack and Jira, http:// ones go direct'
    )
  })
})

describe('the action behind a proxy', () => {
  it('sends GitHub, AWS, Slack and Jira through HTTP_PROXY, and says so in the log', async () => {
    const payload = JSON.parse(
      readFileSync('test/fixtures/dispatch/checkout-web-5xx-with-context.json', 'utf8')
    ) as { event: { id: string } }
    payload.event.id = 'behind-a-proxy'
    const run = await runActionInProcess({
      env: { ...standIns.env, HTTP_PROXY: proxy.url(), NO_PROXY: 'example.internal' },
      eventName: 'repository_dispatch',
      webhook: { action: 'aws-incident', client_payload: payload },
      inputs: {
        'triage-provider': 'rules',
        'log-groups': '/checkout/web',
        'slack-webhook-url': slack.webhookUrl,
        'jira-base-url': jira.url,
        'jira-email': JIRA_EMAIL,
        'jira-api-token': JIRA_API_TOKEN,
        'jira-project': 'OPS'
      }
    })
    expect(run.code).toBe(0)
    expect(run.outputs.action).toBe('created')
    expect(run.stdout).toContain(
      `Using proxy ${proxy.url()} for GitHub, AWS, Slack and Jira (NO_PROXY: example.internal)`
    )
    const carried = (url: string) =>
      proxy.requests.filter((r) => r.carried && r.target === new URL(url).host).length
    expect(carried(standIns.github.url)).toBeGreaterThan(2)
    expect(carried(standIns.aws.url)).toBeGreaterThan(0)
    expect(carried(slack.webhookUrl)).toBe(1)
    expect(carried(jira.url)).toBeGreaterThan(0)
    // Nothing went around it: every request the stand-ins answered came through the proxy.
    expect(proxy.requests.every((r) => r.carried)).toBe(true)
  })
})
