// The incident loop's three commands in process, with their real adapters against the stand-ins
// and one virtual clock: intake of the example 5xx alarm renamed for a fleet, a person's comment
// answered by the decide job (with read-only AWS: the circuit breakers), and the remediate job in
// comment mode sending the published documents. For end-to-end tests of what remediation checks
// (test/e2e/breakers.test.ts, test/e2e/guard-alarms.test.ts).
import { CloudWatchClient } from '@aws-sdk/client-cloudwatch'
import { SSMClient } from '@aws-sdk/client-ssm'
import { readFileSync } from 'node:fs'
import { cloudWatchAlarms } from '../../src/adapters/aws/alarms.js'
import { ssmDocumentStore } from '../../src/adapters/aws/ssm-documents.js'
import { ssmRunHistory } from '../../src/adapters/aws/ssm-history.js'
import { ssmInstanceDirectory } from '../../src/adapters/aws/ssm-instances.js'
import { ssmRunner } from '../../src/adapters/aws/ssm.js'
import { createGitHubClient } from '../../src/adapters/github/client.js'
import { githubIncidentIssues } from '../../src/adapters/github/incident-issues.js'
import { githubIssueThread } from '../../src/adapters/github/issue-thread.js'
import { commentCommand } from '../../src/flows/comment.js'
import { intakeCommand } from '../../src/flows/intake.js'
import { remediateCommand } from '../../src/flows/remediate.js'
import { rulesProvider } from '../../src/triage/rules.js'
import type { CatalogRunbook } from '../../src/triage/types.js'
import { BOT_TOKEN } from '../../harness/standins/github/index.js'
import type { StandIns } from '../../harness/standins/index.js'
import { awsFor, virtualClock } from './flows.js'
import { RECORDS } from './records.js'

const REPO = { owner: 'acme', repo: 'ops' }
const HOUR = 3_600_000

export function loopInProcess(
  standIns: () => StandIns,
  catalog: () => readonly CatalogRunbook[],
  name: string
) {
  let clients = 0
  const github = () =>
    createGitHubClient({
      token: BOT_TOKEN,
      baseUrl: standIns().env.GITHUB_API_URL,
      throttleId: `${name}-${++clients}`,
      waitScale: 0.01
    })
  const ssm = () => new SSMClient(awsFor(standIns(), 4))
  const now = () => new Date(standIns().ssm.clock.now())
  const timeline = (issue: number) =>
    standIns()
      .github.state.commentsOf('acme/ops', issue)
      .map((c) => c.body)

  /**
   * The example 5xx alarm, renamed, for the fleet with Role `role`; it is OK once verified.
   * `firing` makes it a later firing: another delivery id, at the virtual clock's time.
   */
  async function openIncident(alarm: string, role: string, firing?: number) {
    const payload = JSON.parse(
      readFileSync('test/fixtures/dispatch/checkout-web-5xx-with-context.json', 'utf8')
    ) as {
      event: { id: string; time: string; resources: string[]; detail: { alarmName: string } }
      context: { tags: Record<string, string> }
    }
    payload.event.id = firing ? `${alarm}-delivery-${firing}` : `${alarm}-delivery`
    if (firing) payload.event.time = now().toISOString()
    payload.event.resources = [`arn:aws:cloudwatch:eu-west-1:111122223333:alarm:${alarm}`]
    payload.event.detail.alarmName = alarm
    payload.context.tags.role = role
    const created = await intakeCommand({
      eventName: 'repository_dispatch',
      webhook: { action: 'aws-incident', client_payload: payload },
      eventType: 'aws-incident',
      catalog: () => Promise.resolve(catalog()),
      issues: githubIncidentIssues(github(), REPO),
      provider: rulesProvider,
      policy: { insufficientData: 'ignore', closeOnRecovery: false },
      records: RECORDS,
      instances: () => Promise.resolve(ssmInstanceDirectory(ssm())),
      now
    })
    if (created.action !== 'created' || !created.planDigest)
      throw new Error(`intake ${created.action} without a ready plan`)
    // The restart fixes it: the alarm is OK by the time verification looks.
    standIns().cloudwatch.putAlarm({ AlarmName: alarm, StateValue: 'OK' })
    return { issue: created.issue.number, digest: created.planDigest }
  }

  /** `user` comments `body` (`/approve <digest>`, `/dry-run`); the decide job answers. */
  async function say(issue: number, body: string, user = 'alice') {
    const comment = standIns().github.comment({ issue, user, body }) as {
      id: number
      body: string
      created_at: string
    }
    const result = await commentCommand({
      event: {
        action: 'created',
        issue: { number: issue, pullRequest: false },
        comment: {
          id: comment.id,
          author: user,
          authorType: 'User',
          body: comment.body,
          createdAt: comment.created_at,
          edited: false
        }
      },
      records: RECORDS,
      thread: githubIssueThread(github(), REPO, issue),
      catalog: () => Promise.resolve(catalog()),
      ignoredLogins: ['github-actions[bot]'],
      history: ssmRunHistory(ssm()),
      now
    })
    return { result, reply: timeline(issue).at(-1) ?? '' }
  }

  /** The remediate job; `alarms: false` gives it no CloudWatch. */
  function remediate(issue: number, digest: string, options: { alarms?: boolean } = {}) {
    const store = ssmDocumentStore(ssm())
    return remediateCommand({
      thread: githubIssueThread(github(), REPO, issue),
      catalog: () => Promise.resolve(catalog()),
      ssm: ssmRunner(ssm()),
      history: ssmRunHistory(ssm()),
      ...(options.alarms === false
        ? {}
        : { alarms: cloudWatchAlarms(new CloudWatchClient(awsFor(standIns(), 4))) }),
      instances: ssmInstanceDirectory(ssm()),
      records: RECORDS,
      approvalMode: 'comment',
      expectedDigest: digest,
      ignoredLogins: ['github-actions[bot]'],
      requireAlarm: false,
      closeOnSuccess: false,
      cancelPollMs: HOUR,
      clock: virtualClock(standIns),
      documents: { publishedHash: async (name) => (await store.describe(name))?.hash }
    })
  }

  return { openIncident, say, remediate, ssm, timeline }
}
