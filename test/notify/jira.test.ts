// The Jira notifier with the real global fetch against the Jira stand-in, Cloud (REST v3, ADF,
// Basic auth) and Data Center (REST v2, wiki markup, Bearer PAT): one Jira issue per incident
// however often it is delivered, later events as comments, recovery through a named
// transition, and failures (401, 429, 5xx, a missing transition) as warnings without secrets.
import { afterEach, describe, expect, it } from '@jest/globals'
import { NotifyError } from '../../src/notify/http.js'
import { jiraNotifier, type JiraTarget } from '../../src/notify/jira.js'
import { createNotifiers, notifyAll, notifySecrets } from '../../src/notify/notify.js'
import {
  JIRA_API_TOKEN,
  JIRA_EMAIL,
  JIRA_PAT,
  startJira,
  type JiraHandle,
  type JiraStandInOptions
} from '../../harness/standins/notify/jira.js'
import { approval, FP, hostileEvents, opened, recovered, result } from './fixtures.js'

let jira: JiraHandle | undefined

afterEach(async () => {
  const handle = jira
  jira = undefined
  if (!handle) return
  try {
    expect(handle.violations).toEqual([])
  } finally {
    await handle.close()
  }
})

async function start(options?: JiraStandInOptions): Promise<JiraHandle> {
  jira = await startJira(options)
  return jira
}

const target = (j: JiraHandle, over: Partial<JiraTarget> = {}): JiraTarget => ({
  baseUrl: j.url,
  project: 'OPS',
  issueType: 'Task',
  auth:
    j.flavor === 'cloud' ? { email: JIRA_EMAIL, apiToken: JIRA_API_TOKEN } : { token: JIRA_PAT },
  ...over
})

const noWait = { sleep: () => Promise.resolve() }

async function failure(send: Promise<unknown>): Promise<NotifyError> {
  try {
    await send
  } catch (error) {
    expect(error).toBeInstanceOf(NotifyError)
    return error as NotifyError
  }
  throw new Error('expected the notification to fail')
}

describe('jira notifier: Cloud', () => {
  it('creates one issue per incident, however often it is delivered', async () => {
    const j = await start()
    expect(await jiraNotifier(target(j)).send(opened())).toBe('created OPS-1')
    // A redelivery in another run (a fresh notifier) finds the issue by its label.
    expect(await jiraNotifier(target(j)).send(opened())).toBe('OPS-1 already tracks this incident')
    expect(j.issues).toHaveLength(1)
    const [issue] = j.issues
    expect(issue).toMatchObject({
      key: 'OPS-1',
      project: 'OPS',
      issueType: 'Task',
      summary: 'OpsLoop #42 (high): checkout-web: ALB 5xx above 5% (p95 1.2s)',
      labels: ['opsloop', `opsloop-${FP}`],
      status: 'To Do'
    })
    expect(issue?.description).toMatchObject({ type: 'doc', version: 1 })
    expect(JSON.stringify(issue?.description)).toContain(
      '{"type":"link","attrs":{"href":"https://github.com/acme/ops/issues/42"}}'
    )
    const searches = j.requests.filter((r) => r.path === '/rest/api/3/search/jql')
    expect(searches).toHaveLength(2)
    expect(searches[0]?.body).toEqual({
      jql: `project = "OPS" AND labels = "opsloop-${FP}" ORDER BY created DESC`,
      fields: ['status'],
      maxResults: 10
    })
    expect(j.requests.every((r) => !r.path.endsWith('/rest/api/3/search'))).toBe(true)
  })

  it('turns approval, result and recovery into comments on that issue', async () => {
    const j = await start()
    const notifier = jiraNotifier(target(j))
    expect(await notifier.send(opened())).toBe('created OPS-1')
    // The same run remembers the issue: Jira's search may not show it yet.
    expect(await notifier.send(approval())).toBe('commented on OPS-1')
    expect(j.requests.filter((r) => r.path.endsWith('/search/jql'))).toHaveLength(1)
    // Later runs find it by JQL.
    expect(await jiraNotifier(target(j)).send(result())).toBe('commented on OPS-1')
    expect(await jiraNotifier(target(j)).send(recovered())).toBe('commented on OPS-1')
    const [issue] = j.issues
    expect(j.issues).toHaveLength(1)
    expect(issue?.status).toBe('To Do')
    const bodies = (issue?.comments ?? []).map((c) => JSON.stringify(c.body))
    expect(bodies).toHaveLength(3)
    expect(bodies[0]).toContain('Approval needed')
    expect(bodies[0]).toContain('a1b2c3d4e5f6')
    expect(bodies[1]).toContain('Remediation succeeded')
    expect(bodies[1]).toContain('https://github.com/acme/ops/actions/runs/7')
    expect(bodies[2]).toContain('checkout-web-5xx')
    expect(bodies[2]).toContain(' is back to OK. ')
  })

  it('closes the issue on recovery through the configured transition', async () => {
    const j = await start()
    const notifier = jiraNotifier(target(j, { doneTransition: 'done' }))
    await notifier.send(opened())
    expect(await jiraNotifier(target(j, { doneTransition: 'done' })).send(recovered())).toBe(
      'commented on OPS-1, moved it through "done"'
    )
    expect(j.issues[0]?.status).toBe('Done')
    const moved = j.requests.filter((r) => r.path === '/rest/api/3/issue/OPS-1/transitions')
    expect(moved.map((r) => [r.method, r.status])).toEqual([
      ['GET', 200],
      ['POST', 204]
    ])
    expect(moved[1]?.body).toEqual({ transition: { id: '31' } })
    // A recovery delivered again comments but does not try to move a finished issue.
    expect(await jiraNotifier(target(j, { doneTransition: 'done' })).send(recovered())).toBe(
      'commented on OPS-1'
    )
    // The same alarm firing after its issue is done opens a new one.
    expect(await jiraNotifier(target(j)).send(opened())).toBe('created OPS-2')
    expect(await jiraNotifier(target(j)).send(approval())).toBe('commented on OPS-2')
  })

  it('matches a transition by its target status and lists what is available otherwise', async () => {
    const j = await start({
      transitions: [
        { id: '5', name: 'Start work', to: 'In Progress' },
        { id: '7', name: 'Resolve', to: 'Done' }
      ]
    })
    await jiraNotifier(target(j)).send(opened())
    expect(await jiraNotifier(target(j, { doneTransition: 'Done' })).send(recovered())).toBe(
      'commented on OPS-1, moved it through "Done"'
    )
    j.seed({ project: 'OPS', labels: ['opsloop-fedcba9876543210'] })
    const e = await failure(
      jiraNotifier(target(j, { doneTransition: 'Close' })).send(
        recovered({ fingerprint: 'fedcba9876543210' })
      )
    )
    expect(e.message).toBe(
      'transition: "Close" is not available on OPS-2 (available: "Start work", "Resolve")'
    )
    // The comment was posted before the transition failed.
    expect(j.issues[1]?.comments).toHaveLength(1)
  })

  it('creates the issue when a later event finds none', async () => {
    const j = await start()
    expect(await jiraNotifier(target(j)).send(approval())).toBe('created OPS-1, commented on OPS-1')
    expect(j.issues[0]?.summary).toBe('OpsLoop #42: checkout-web: ALB 5xx above 5% (p95 1.2s)')
    expect(j.issues[0]?.comments).toHaveLength(1)
  })

  it('keeps hostile text inside bounded, valid fields', async () => {
    const j = await start()
    const notifier = jiraNotifier(target(j))
    for (const event of hostileEvents()) await notifier.send(event)
    const [issue] = j.issues
    expect(j.issues).toHaveLength(1)
    expect(issue?.summary.length).toBeLessThanOrEqual(255)
    // eslint-disable-next-line no-control-regex
    expect(issue?.summary).not.toMatch(/[\u0000-\u001f\u202e]/)
    expect(issue?.comments).toHaveLength(3)
  })

  it('retries a 429 once after Retry-After, then reports it', async () => {
    const j = await start()
    const waits: number[] = []
    const sleep = (ms: number) => {
      waits.push(ms)
      return Promise.resolve()
    }
    j.fail({ status: 429, retryAfter: 2, match: (m, p) => m === 'POST' && p.endsWith('/issue') })
    expect(await jiraNotifier(target(j), { sleep }).send(opened())).toBe('created OPS-1')
    expect(waits).toEqual([2000])
    expect(j.issues).toHaveLength(1)
    j.fail({ status: 429, times: 2 })
    const e = await failure(jiraNotifier(target(j), { sleep }).send(approval()))
    expect(e.message).toBe('search: HTTP 429 Rate limit exceeded.')
  })

  it('turns failures into warnings that name the cause and hold no secret', async () => {
    const j = await start()
    const config = { jira: target(j) }
    const warnings: string[] = []
    const warn = (m: string) => warnings.push(m)
    const [notifier] = createNotifiers(config, noWait)
    if (!notifier) throw new Error('no notifier')

    await notifyAll(
      createNotifiers({
        jira: { ...config.jira, auth: { email: JIRA_EMAIL, apiToken: 'wrong-token-value' } }
      }),
      opened(),
      warn
    )
    j.fail({ status: 500 })
    await notifyAll([notifier], opened(), warn)
    await notifyAll(
      createNotifiers({ jira: { ...config.jira, issueType: 'Epic' } }),
      opened(),
      warn
    )
    j.fail({ status: 401, match: (_m, p) => p.endsWith('/comment') })
    await notifyAll([notifier], approval(), warn)
    expect(warnings).toEqual([
      expect.stringMatching(
        /^Jira \(OPS on 127\.0\.0\.1:\d+\): the incident-opened notification for #42 was not delivered: search: HTTP 401 \(check `jira-email` and `jira-api-token`\)$/
      ),
      expect.stringContaining('search: HTTP 500 Internal server error'),
      expect.stringContaining('create issue: HTTP 400 issuetype: Specify a valid issue type'),
      expect.stringContaining('comment: HTTP 401 (check `jira-email` and `jira-api-token`)')
    ])
    const secrets = [...notifySecrets(config), 'wrong-token-value', JIRA_API_TOKEN]
    for (const w of warnings) {
      for (const s of secrets) expect(w).not.toContain(s)
      expect(w).not.toMatch(/Basic|Bearer/)
    }
    // The refused issue type is the one request the stand-in recorded as a violation.
    expect(j.violations).toHaveLength(1)
    j.violations.length = 0
  })

  it('points at the base URL when the API is not where it was told', async () => {
    const j = await start()
    const e = await failure(jiraNotifier(target(j, { baseUrl: `${j.url}/wiki` })).send(opened()))
    expect(e.message).toBe(
      'search: HTTP 404 Not found (check `jira-base-url`: the site root, such as https://acme.atlassian.net)'
    )
    const project = await failure(jiraNotifier(target(j, { project: 'NOPE' })).send(opened()))
    expect(project.message).toBe(
      "search: HTTP 400 The value 'NOPE' does not exist for the field 'project'."
    )
    j.violations.length = 0
  })
})

describe('jira notifier: Data Center', () => {
  it('uses REST v2 with a Bearer token and wiki markup kept in {noformat}', async () => {
    const j = await start({ flavor: 'datacenter' })
    const notifier = jiraNotifier(target(j, { doneTransition: 'Done' }))
    expect(await notifier.send(opened())).toBe('created OPS-1')
    expect(await jiraNotifier(target(j)).send(opened())).toBe('OPS-1 already tracks this incident')
    expect(await jiraNotifier(target(j, { doneTransition: 'Done' })).send(recovered())).toBe(
      'commented on OPS-1, moved it through "Done"'
    )
    const [issue] = j.issues
    expect(j.issues).toHaveLength(1)
    expect(issue?.status).toBe('Done')
    expect(typeof issue?.description).toBe('string')
    expect(issue?.description).toMatch(
      /^\[GitHub issue #42\|https:\/\/github\.com\/acme\/ops\/issues\/42\]\n\{noformat\}\nNew incident #42/
    )
    expect(issue?.comments[0]?.body).toContain('checkout-web-5xx is back to OK.')
    expect(j.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      'POST /rest/api/2/search',
      'POST /rest/api/2/issue',
      'POST /rest/api/2/search',
      'POST /rest/api/2/search',
      'POST /rest/api/2/issue/OPS-1/comment',
      'GET /rest/api/2/issue/OPS-1/transitions',
      'POST /rest/api/2/issue/OPS-1/transitions'
    ])
  })

  it('asks for the personal access token when it is refused', async () => {
    const j = await start({ flavor: 'datacenter' })
    const e = await failure(jiraNotifier(target(j, { auth: { token: 'expired' } })).send(opened()))
    expect(e.message).toBe('search: HTTP 401 (check `jira-token`, a personal access token)')
  })
})
