// A GitHub or AWS endpoint that cannot be reached is named as a network error, with what to
// check, through the real clients: the intake job in process against a port where nothing
// listens and a host name that cannot resolve, and an SSM client against the closed port. A
// service that answers (a 500 with a body) is not a network error.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { execFile } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { promisify } from 'node:util'
import { runActionInProcess } from '../../harness/action-in-process.js'
import { createGitHubClient } from '../../src/adapters/github/client.js'
import { failureMessage, networkProblem } from '../../src/adapters/http/network-error.js'

const run = promisify(execFile)

/** A port that was free a moment ago: nothing listens there. */
async function closedPort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  const { port } = server.address() as AddressInfo
  await new Promise((r) => server.close(r))
  return port
}

let closed: number
let failing: Server
let failingUrl: string

beforeAll(async () => {
  closed = await closedPort()
  failing = createServer((req, res) => {
    req.resume()
    res.writeHead(500, { 'content-type': 'application/json' })
    res.end('{"message":"Server Error"}')
  })
  await new Promise<void>((r) => failing.listen(0, '127.0.0.1', r))
  failingUrl = `http://127.0.0.1:${(failing.address() as AddressInfo).port}`
})

afterAll(async () => {
  await new Promise((r) => failing.close(r))
})

const payload = JSON.parse(
  readFileSync('runbooks/examples/restart-systemd-service/alb-target-5xx.json', 'utf8')
) as object

function intake(apiUrl: string) {
  return runActionInProcess({
    env: { GITHUB_API_URL: apiUrl },
    eventName: 'repository_dispatch',
    webhook: { action: 'aws-incident', client_payload: payload }
  })
}

describe('a GitHub that cannot be reached', () => {
  it('fails the step with "Network error", the address and what to check', async () => {
    const run = await intake(`http://127.0.0.1:${closed}`)
    expect(run.code).toBe(1)
    expect(run.stdout).toContain(
      `::error::Network error: 127.0.0.1:${closed} refused the connection (ECONNREFUSED). Check the address (GITHUB_API_URL for GitHub`
    )
    // Each attempt is logged as a request without an answer, not as a 500 from GitHub.
    expect(run.stdout).not.toMatch(/500 with id UNKNOWN/)
    expect(run.stdout).toMatch(
      /::warning::POST \/repos\/acme\/ops\/labels - no response \(a network error/
    )
  })

  it('names a host name that does not resolve', async () => {
    const run = await intake('http://opsloop-test.invalid')
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(
      /::error::Network error: DNS (cannot resolve|lookup of) opsloop-test\.invalid.*\(E(NOTFOUND|AI_AGAIN)\)/
    )
  })

  it('leaves an answer from GitHub as GitHub gave it', async () => {
    const github = createGitHubClient({
      token: 't',
      baseUrl: failingUrl,
      waitScale: 0,
      throttle: false
    })
    const error = await github
      .request('GET /repos/{owner}/{repo}/issues/{issue_number}', {
        owner: 'a',
        repo: 'b',
        issue_number: 1
      })
      .then(
        () => undefined,
        (e: unknown) => e
      )
    expect(error).toBeDefined()
    expect(networkProblem(error)).toBeUndefined()
    expect(failureMessage(error)).toMatch(/Server Error/)
  })
})

describe('an AWS endpoint that cannot be reached', () => {
  // Under jest the SDK cannot see Node's socket error as an Error (another realm) and wraps it
  // in one without its code; the action runs in plain Node. So the real client's error is taken
  // from a plain Node process, rebuilt here with its own properties, and described.
  it('is a network error too', async () => {
    const script = `
      import { SSMClient, DescribeInstanceInformationCommand } from '@aws-sdk/client-ssm'
      const ssm = new SSMClient({ region: 'us-east-1', endpoint: 'http://127.0.0.1:${closed}',
        credentials: { accessKeyId: 'AKIAEXAMPLE', secretAccessKey: 'example' }, maxAttempts: 1 })
      try { await ssm.send(new DescribeInstanceInformationCommand({})) } catch (e) {
        console.log(JSON.stringify({ message: e.message, code: e.code, address: e.address, port: e.port }))
      }`
    const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script], {
      env: {
        PATH: process.env.PATH ?? '',
        AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true'
      }
    })
    const seen = JSON.parse(stdout) as { message: string }
    expect(seen).toMatchObject({ code: 'ECONNREFUSED', address: '127.0.0.1', port: closed })
    const error = Object.assign(new Error(seen.message), seen)
    expect(failureMessage(error)).toMatch(
      new RegExp(
        `^Network error: 127\\.0\\.0\\.1:${closed} refused the connection \\(ECONNREFUSED\\)`
      )
    )
  }, 20_000)
})

describe('failureMessage', () => {
  it('keeps the step’s own context before the network error', () => {
    const socket = Object.assign(new Error('connect ECONNREFUSED 10.0.0.1:443'), {
      code: 'ECONNREFUSED',
      address: '10.0.0.1',
      port: 443
    })
    const wrapped = new Error('Could not read the alarm', { cause: socket })
    expect(failureMessage(wrapped)).toMatch(
      /^Could not read the alarm\. Network error: 10\.0\.0\.1:443 refused the connection \(ECONNREFUSED\)\./
    )
    expect(failureMessage(socket)).toMatch(/^Network error: 10\.0\.0\.1:443 refused/)
    const tls = Object.assign(new Error('self-signed certificate in certificate chain'), {
      code: 'SELF_SIGNED_CERT_IN_CHAIN'
    })
    expect(failureMessage(new AggregateError([tls], 'fetch failed'))).toMatch(
      /the TLS certificate chain of the service is not trusted .*NODE_EXTRA_CA_CERTS/
    )
    expect(failureMessage(new Error('Bad credentials'))).toBe('Bad credentials')
  })
})
