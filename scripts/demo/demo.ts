// The whole loop, offline: local stand-ins for GitHub, SSM and CloudWatch, a real local service
// that fails, and the real action bundle (dist/index.js) doing intake, approval and remediation
// exactly as a runner would run it. Each scenario ends by checking its own outcome.
import { spawn } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { gzipSync } from 'node:zlib'
import { runActionBundle, type ActionRun } from '../../harness/action-bundle.js'
import { runActionInProcess } from '../../harness/action-in-process.js'
import { createDetectorFunction, readDetectorEnvironment } from '../../src/entries/detector.js'
import { seedRollout } from '../../harness/standins/aws/ecs.js'
import { sandboxExecutor } from '../../harness/standins/aws/executors.js'
import { BOT_LOGIN, BOT_TOKEN } from '../../harness/standins/github/index.js'
import { awsSettings, startStandIns, type StandIns } from '../../harness/standins/index.js'
import { parseSnapshot, replayAttribution, SNAPSHOT_FILE } from '../../src/flows/snapshot.js'
import { bold, cyan, dim, green, red, renderMarkdown, yellow } from './terminal.js'

const REPO = 'acme/ops'
/** The commit that broke token-service (see tokenServiceHistory). */
export const SIGNING_KEY_COMMIT = '5e1f4b2a9c8d7e6f5a4b3c2d1e0f9a8b7c6d5e4f'

export interface DemoOptions {
  scenario: string
  /** Write the issue and its comments as Markdown files here. */
  out?: string
  print?: (text: string) => void
  /**
   * `bundle` (the default, what `npm run demo` shows) runs dist/index.js as a runner would, with
   * GitHub's real spacing of writes; `in-process` runs the same composition root without
   * spawning or waiting (the test suite, which proves the bundle once).
   */
  runner?: 'bundle' | 'in-process'
}

export interface DemoResult {
  ok: boolean
  scenario: string
  issue?: number
  runbook?: string
  outcome?: string
  seconds: number
  problems: string[]
}

interface Context {
  standIns: StandIns
  root: string
  say: (text: string) => void
  step: (title: string) => void
  /** Delivers an AWS event to GitHub as the bridge does, and runs intake on it. */
  deliver: (event: Record<string, unknown>) => Promise<ActionRun>
}

interface Scenario {
  title: string
  example: string
  /** Changes to the example's AWS event (the delivery is that event alone, as the bridge sends). */
  edit?: (event: Record<string, unknown>) => void
  /** People who comment `/approve`. */
  approvers: string[]
  expect: {
    runbook?: string
    outcome?: string
    firstSignal?: boolean
    /** What the issue's "Suspect change" section must name: a full commit SHA, or `none`. */
    suspect?: string
  }
  /**
   * After a remediated run, the alarm fires again and the first approver asks this with `/ask`;
   * the answer must name the remediated issue.
   */
  askAgain?: string
  /** Set the stage and make the failure happen; returns a cleanup. */
  setup(ctx: Context): Promise<() => void>
}

export const SCENARIOS: Record<string, Scenario> = {
  'service-down': {
    title: 'A web service on EC2 stops answering; restarting it fixes it',
    example: 'restart-systemd-service/alb-target-5xx.json',
    approvers: ['alice'],
    // The process was killed: no change explains it, and the deployments just before are
    // ruled out for what they touched, not blamed for when they landed.
    expect: { runbook: 'restart-systemd-service', outcome: 'remediated', suspect: 'none' },
    askAgain: 'what fixed it last time?',
    setup: serviceDown
  },
  'log-anomaly': {
    title:
      'The web tier starts logging a new error; the log detector opens a watch issue before the alarm, whose issue points back to it',
    example: 'restart-systemd-service/alb-target-5xx.json',
    approvers: ['alice'],
    expect: { runbook: 'restart-systemd-service', outcome: 'remediated', firstSignal: true },
    setup: async (ctx) => {
      const cleanup = await serviceDown(ctx)
      await logDetector(ctx)
      return cleanup
    }
  },
  'ecs-rollback': {
    title: 'An ECS deployment fails its circuit breaker; roll the service back',
    example: 'ecs-rollback-service/deployment-failed-full-arns.json',
    approvers: ['dave', 'erin'],
    // The commit that moved the signing key's parameter, shipped inside the build (not at its
    // head), is named; the deploy of another service a minute before the alarm is ruled out.
    expect: {
      runbook: 'ecs-rollback-service',
      outcome: 'remediated',
      suspect: SIGNING_KEY_COMMIT
    },
    setup: ({ standIns, say }) => {
      tokenServiceHistory(standIns)
      // What ECS knows, and OpsLoop looks up: revision 113's rollout failed, 112 still runs.
      seedRollout(standIns.ecs, {
        cluster: 'identity-prod',
        service: 'token-service',
        family: 'token-service',
        logGroup: '/ecs/token-service',
        region: standIns.region,
        good: 112,
        failed: 113
      })
      const now = Date.now()
      standIns.logs.putLogEvents(
        '/ecs/token-service',
        'token-service/113',
        Array.from({ length: 12 }, (_, i) => ({
          timestamp: now - 60_000 + i * 4_000,
          message: `ERROR Failed to load signing key from SSM parameter /identity/signing-key: ParameterNotFound (attempt ${i + 1}) at com.acme.identity.SigningKeys.load(SigningKeys.java:42)`
        }))
      )
      say(
        dim(
          'ECS runs token-service:112; the rollout of token-service:113 failed. OpsLoop must look that up itself.'
        )
      )
      standIns.ssm.automationOutcome('OpsLoop-ECSRollbackService', {
        status: 'Success',
        outputs: { 'RollBack.TaskDefinition': ['token-service:112'] }
      })
      standIns.ssm.automationOutcome('OpsLoop-ECSVerifyServiceStable', { status: 'Success' })
      say(
        dim(
          'ECS (through the SSM Automation stand-in) will roll back and report the service stable.'
        )
      )
      return Promise.resolve(() => undefined)
    }
  },
  'no-runbook': {
    title: 'An alarm no runbook covers: the issue says so, and nothing runs',
    example: 'restart-systemd-service/alb-target-5xx.json',
    edit: (event) => {
      const name = 'billing-export-lag'
      event.resources = [`arn:aws:cloudwatch:eu-west-1:111122223333:alarm:${name}`]
      const detail = event.detail as Record<string, unknown>
      detail.alarmName = name
      const configuration = detail.configuration as { description?: string; metrics: unknown[] }
      configuration.description = 'The nightly billing export is more than two hours behind.'
      configuration.metrics = [
        {
          id: 'm1',
          metricStat: {
            metric: {
              namespace: 'Billing/Export',
              name: 'LagMinutes',
              dimensions: { Job: 'nightly' }
            },
            period: 300,
            stat: 'Maximum'
          },
          returnData: true
        }
      ]
    },
    approvers: [],
    expect: {},
    setup: () => Promise.resolve(() => undefined)
  }
}

const SERVICE = `// The demo's "nginx": a tiny HTTP service. The demo kills it; the runbook restarts it.
import { createServer } from 'node:http'
createServer((req, res) => res.end(req.url === '/health' ? 'ok' : 'hello from the demo service\\n'))
  .listen(Number(process.env.DEMO_PORT), '127.0.0.1')
`

const shim = (root: string) => `#!/usr/bin/env bash
# systemd, as far as the demo needs it: one local service, restarted and checked by pid.
set -euo pipefail
state=${JSON.stringify(join(root, 'service'))}
cmd="\${1:-}"; shift || true
quiet=0; if [ "\${1:-}" = "--quiet" ]; then quiet=1; shift; fi
unit="\${1:-unit}"
alive() { [ -f "$state/pid" ] && kill -0 "$(cat "$state/pid")" 2>/dev/null; }
case "$cmd" in
  restart)
    if alive; then kill "$(cat "$state/pid")" || true; fi
    DEMO_PORT="$(cat "$state/port")" nohup ${JSON.stringify(process.execPath)} ${JSON.stringify(join(root, 'service.mjs'))} >"$state/log" 2>&1 &
    echo $! >"$state/pid"
    sleep 0.3
    echo "Restarted $unit.service (pid $(cat "$state/pid"))" ;;
  is-active)
    if alive; then [ "$quiet" = 1 ] || echo active; else [ "$quiet" = 1 ] || echo inactive; exit 3; fi ;;
  *) echo "systemctl (demo): $cmd is not supported here" >&2; exit 1 ;;
esac
`

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      const port = typeof address === 'object' && address ? address.port : 0
      server.close(() => {
        resolve(port)
      })
    })
  })
}

async function healthy(port: number): Promise<boolean> {
  try {
    const res = await fetch(`http://127.0.0.1:${port}/health`, { signal: AbortSignal.timeout(500) })
    return res.ok
  } catch {
    return false
  }
}

/**
 * The log detector's Lambda function (src/entries/detector.ts), in process against the DynamoDB
 * and EventBridge stand-ins: it learns nginx's error log for half an hour, then sees a new error
 * eight minutes before the alarm, puts one event on the bus, and the bridge delivers it to GitHub.
 */
async function logDetector({ standIns, say, step, deliver }: Context): Promise<void> {
  const group = '/checkout/web/nginx/error'
  const table = 'opsloop-detector'
  standIns.dynamodb.createTable({
    name: table,
    partitionKey: 'pk',
    sortKey: 'sk',
    ttlAttribute: 'ttl'
  })
  const fn = createDetectorFunction(
    readDetectorEnvironment({
      OPSLOOP_DETECTOR_TABLE: table,
      OPSLOOP_EVENT_BUS: 'default',
      OPSLOOP_DETECTOR_CONFIG: JSON.stringify({ defaults: { learning: '30m' } })
    }),
    {
      aws: (c) => ({ ...c, ...awsSettings(standIns.env) }),
      backoffMs: [0, 0, 0],
      log: () => undefined
    }
  )
  let sequence = 0
  const record = (lines: { at: number; message: string }[]) => {
    const sequenceNumber = String(++sequence).padStart(56, '4')
    const data = gzipSync(
      JSON.stringify({
        messageType: 'DATA_MESSAGE',
        owner: '111122223333',
        logGroup: group,
        logStream: 'i-0aaaaaaaaaaaaaaa1',
        subscriptionFilters: ['opsloop-detector'],
        logEvents: lines.map((l, i) => ({
          id: `${sequence}-${i}`,
          timestamp: l.at,
          message: l.message
        }))
      })
    ).toString('base64')
    return {
      eventID: `shardId-000000000000:${sequenceNumber}`,
      eventSource: 'aws:kinesis',
      eventSourceARN: `arn:aws:kinesis:${standIns.region}:111122223333:stream/opsloop-detector-logs`,
      kinesis: {
        data,
        sequenceNumber,
        partitionKey: group,
        approximateArrivalTimestamp: Date.now() / 1000
      }
    }
  }
  const minutesAgo = (m: number) => Date.now() - m * 60_000
  const stamp = (t: number) =>
    new Date(t).toISOString().slice(0, 19).replace('T', ' ').replaceAll('-', '/')
  step("The log detector learns nginx's error log (CloudWatch Logs → Kinesis → Lambda)")
  const learning = Array.from({ length: 40 }, (_, i) => {
    const at = minutesAgo(60 - i * 0.6)
    return {
      at,
      message: `${stamp(at)} [warn] 1234#1234: *${100 + i} upstream response is buffered to a temporary file /var/cache/nginx/proxy_temp/${i}`
    }
  })
  for (let i = 0; i < learning.length; i += 10)
    await fn.handle({ Records: [record(learning.slice(i, i + 10))] })
  say(
    dim(
      `40 known lines over half an hour: the group's normal. Nothing emitted (${standIns.events.events.length} events).`
    )
  )
  const first = minutesAgo(8)
  const failing = Array.from({ length: 6 }, (_, i) => {
    const at = first + i * 20_000
    return {
      at,
      message: `${stamp(at)} [error] 1234#1234: *${300 + i} connect() failed (111: Connection refused) while connecting to upstream, upstream: "http://127.0.0.1:8080/"`
    }
  })
  const started = performance.now()
  await fn.handle({ Records: [record(failing)] })
  const latency = performance.now() - started
  const [anomaly] = standIns.events.events
  if (!anomaly) throw new Error('the detector emitted no event for the new error')
  say(
    `The detector put one event on the bus ${latency.toFixed(0)} ms after the record with the first new error reached it: ${anomaly.event['detail-type']}, ${String((anomaly.event.detail as { kind?: string }).kind)}.`
  )
  step('EventBridge delivers the anomaly to GitHub; OpsLoop opens a watch issue')
  const watch = await deliver(anomaly.event)
  const opened = standIns.github.state.issue(REPO, Number(watch.outputs['issue-number']))
  say(
    `Watch issue #${watch.outputs['issue-number'] ?? '?'} (${watch.outputs.severity ?? '?'}): ${opened?.title ?? '?'}`
  )
}

/** A real local service behind the alarm: it fails, the alarm fires, a restart brings it back. */
async function serviceDown({ standIns, root, say, step }: Context): Promise<() => void> {
  webHistory(standIns)
  const executor = sandboxExecutor({ root })
  writeFileSync(join(executor.binDir, 'systemctl'), shim(root))
  chmodSync(join(executor.binDir, 'systemctl'), 0o755)
  writeFileSync(join(root, 'service.mjs'), SERVICE)
  const state = join(root, 'service')
  mkdirSync(state, { recursive: true })
  const port = await freePort()
  writeFileSync(join(state, 'port'), String(port))
  standIns.ssm.registerInstance({
    instanceId: 'i-0de0de0de0de0de01',
    tags: { Role: 'checkout-web' },
    executor
  })
  // restart-systemd-service stops short of an outage: the fleet's guard alarm on its healthy
  // hosts (docs/setup.md, "Guard alarms"), which must exist for the run to start. All hosts are up.
  standIns.cloudwatch.putAlarm({ AlarmName: 'checkout-web-healthy-hosts-low', StateValue: 'OK' })
  const service = spawn(process.execPath, [join(root, 'service.mjs')], {
    env: { DEMO_PORT: String(port) },
    stdio: 'ignore'
  })
  writeFileSync(join(state, 'pid'), String(service.pid))
  for (let i = 0; i < 50 && !(await healthy(port)); i++) await sleep(100)
  say(
    `${green('●')} The checkout web service answers on http://127.0.0.1:${port}/ (pid ${service.pid}).`
  )

  // CloudWatch watches the service, as an ALB target-health alarm would, and holds the last half
  // hour of the target group's 5xx count and of nginx's error log (quiet until the crash).
  const alarm = 'checkout-web-target-5xx'
  // Its tags say what OpsLoop cannot read from the event: which unit serves it, which fleet runs
  // it, and where it logs.
  standIns.cloudwatch.putAlarm({
    AlarmName: alarm,
    StateValue: 'OK',
    Tags: {
      service: 'nginx',
      role: 'checkout-web',
      team: 'payments',
      'opsloop:log-groups': '/checkout/web/nginx/error'
    }
  })
  const minute = 60_000
  const start = Date.now() - 30 * minute
  const fiveXx = (points: { timestamp: number; value: number }[]) => {
    standIns.cloudwatch.putMetricData(
      'AWS/ApplicationELB',
      'HTTPCode_Target_5XX_Count',
      {
        LoadBalancer: 'app/checkout-prod/50dc6c495c0c9188',
        TargetGroup: 'targetgroup/checkout-web/6d0ecf831eec9f09'
      },
      points
    )
  }
  fiveXx(Array.from({ length: 29 }, (_, i) => ({ timestamp: start + i * minute, value: i % 3 })))
  const errorLog = '/checkout/web/nginx/error'
  // nginx's error-log time format: 2026/03/14 09:20:00
  const nginxTime = (t: number) =>
    new Date(t).toISOString().slice(0, 19).replace(/-/g, '/').replace('T', ' ')
  standIns.logs.putLogEvents(
    errorLog,
    'i-0de0de0de0de0de01',
    Array.from({ length: 120 }, (_, i) => ({
      timestamp: start + i * 15_000,
      message: `${nginxTime(start + i * 15_000)} [info] 812#812: *${1000 + i} client 10.0.1.${i % 200} closed keepalive connection`
    }))
  )
  const crashed = () => {
    const now = Date.now()
    fiveXx([{ timestamp: now, value: 412 }])
    standIns.logs.putLogEvents(
      errorLog,
      'i-0de0de0de0de0de01',
      Array.from({ length: 40 }, (_, i) => ({
        timestamp: now - 40 + i,
        message: `${nginxTime(now - 40 + i)} [error] 812#812: *${2000 + i} connect() failed (111: Connection refused) while connecting to upstream, client: 10.0.1.${i}, server: checkout, request: "GET /cart HTTP/1.1", upstream: "http://127.0.0.1:${port}/cart"`
      }))
    )
  }
  const health = { up: true }
  const monitor = setInterval(() => {
    void healthy(port).then((now) => {
      if (now === health.up) return
      health.up = now
      if (!now) crashed()
      standIns.cloudwatch.setAlarmState(
        alarm,
        now ? 'OK' : 'ALARM',
        now ? 'Threshold Crossed: targets healthy again' : 'Threshold Crossed: targets return 5xx'
      )
      say(
        now
          ? `${green('●')} The service answers again; ${alarm} is OK.`
          : `${red('●')} ${alarm} is ALARM.`
      )
    })
  }, 100)

  step('The service crashes')
  service.kill('SIGKILL')
  for (let i = 0; i < 100 && health.up; i++) await sleep(50)
  return () => {
    clearInterval(monitor)
    try {
      process.kill(Number(readFileSync(join(state, 'pid'), 'utf8')), 'SIGKILL')
    } catch {
      // Already gone.
    }
  }
}

// What GitHub knows and AWS does not: the deployments before the incident and the commits they
// shipped (OpsLoop reads them through the deployments and compare APIs). SHAs are fixed so the
// scenarios can say which commit must be named.
const minutesAgo = (minutes: number): string =>
  new Date(Date.now() - minutes * 60_000).toISOString()

/**
 * The checkout web tier's history: "web 1.8.0" went out 20 minutes before the crash with a
 * keep-alive change and new styles, and the search service deployed a minute before it. None of
 * it explains a killed process.
 */
function webHistory(standIns: StandIns): void {
  const gh = standIns.github
  const released = gh.addCommit({
    sha: '7a1c0de5e1f0c0a5b2d3e4f5a6b7c8d9e0f1a2b3',
    message: 'web 1.7.3',
    author: 'dave',
    date: minutesAgo(3 * 24 * 60),
    files: [
      {
        filename: 'web/static/cart.css',
        status: 'added',
        patch: '@@ -0,0 +1 @@\n+.cart { display: grid; }'
      }
    ]
  })
  gh.addDeployment({
    environment: 'production',
    ref: 'main',
    sha: released,
    description: 'web 1.7.3',
    creator: 'dave',
    createdAt: minutesAgo(3 * 24 * 60),
    statuses: [{ state: 'success' }]
  })
  const keepAlive = gh.addCommit({
    message: 'Shorten the upstream keep-alive timeout',
    author: 'dave',
    date: minutesAgo(40),
    files: [
      {
        filename: 'deploy/nginx/checkout.conf',
        patch:
          '@@ -12,7 +12,7 @@ upstream checkout_app {\n     server 127.0.0.1:8080;\n     keepalive 32;\n-    keepalive_timeout 75s;\n+    keepalive_timeout 15s;\n }'
      }
    ]
  })
  gh.addPull({
    title: 'Shorten the upstream keep-alive timeout',
    user: 'dave',
    createdAt: minutesAgo(240),
    mergedAt: minutesAgo(35),
    mergeCommitSha: keepAlive
  })
  const styles = gh.addCommit({
    message: 'Refresh the cart page styles',
    author: 'erin',
    date: minutesAgo(25),
    files: [
      {
        filename: 'web/static/cart.css',
        patch:
          '@@ -1 +1,2 @@\n-.cart { display: grid; }\n+.cart { display: grid; gap: 1rem; }\n+.cart-total { font-weight: 600; }'
      },
      {
        filename: 'docs/CHANGELOG.md',
        patch: '@@ -1,2 +1,3 @@\n # Changelog\n+- Roomier cart page'
      }
    ]
  })
  gh.addDeployment({
    environment: 'production',
    ref: 'main',
    sha: styles,
    description: 'web 1.8.0',
    creator: 'dave',
    createdAt: minutesAgo(20),
    statuses: [{ state: 'success', createdAt: minutesAgo(18) }]
  })
  const ranking = gh.addCommit({
    message: 'Tune the search ranking weights',
    author: 'alice',
    date: minutesAgo(30),
    parents: [],
    files: [
      {
        filename: 'services/search/ranking.py',
        patch:
          '@@ -4,3 +4,3 @@ WEIGHTS = {\n-    "recency": 0.2,\n+    "recency": 0.3,\n     "popularity": 0.8,'
      }
    ]
  })
  gh.addDeployment({
    environment: 'search-production',
    ref: 'main',
    sha: ranking,
    payload: { service: 'search' },
    description: 'search 4.2.0',
    creator: 'alice',
    createdAt: minutesAgo(2),
    statuses: [{ state: 'success', createdAt: minutesAgo(1) }]
  })
}

/**
 * token-service's history: its build 113 shipped two commits, and the older one moved the
 * signing key's parameter; the newer (the build's head) only bumped a dependency.
 */
function tokenServiceHistory(standIns: StandIns): void {
  const gh = standIns.github
  const good = gh.addCommit({
    message: 'token-service 112',
    author: 'erin',
    date: minutesAgo(2 * 24 * 60),
    parents: [],
    files: [{ filename: 'services/token-service/VERSION', patch: '@@ -1 +1 @@\n-111\n+112' }]
  })
  gh.addDeployment({
    environment: 'token-service-production',
    ref: 'main',
    sha: good,
    payload: { service: 'token-service' },
    description: 'token-service 112',
    creator: 'erin',
    createdAt: minutesAgo(2 * 24 * 60),
    statuses: [{ state: 'success' }]
  })
  gh.addCommit({
    sha: SIGNING_KEY_COMMIT,
    message: 'Read the signing key from the shared identity parameter',
    author: 'dave',
    date: minutesAgo(90),
    parents: [good],
    files: [
      {
        filename: 'services/token-service/src/main/java/com/acme/identity/SigningKeys.java',
        patch:
          '@@ -39,7 +39,7 @@ public final class SigningKeys {\n   private final SsmClient ssm;\n \n   public PrivateKey load() {\n-    String name = "/identity/token-service/signing-key";\n+    String name = "/identity/signing-key";\n     return parse(ssm.getParameter(r -> r.name(name).withDecryption(true)).parameter().value());\n   }'
      }
    ]
  })
  const head = gh.addCommit({
    message: 'Bump the AWS SDK to 2.29.6',
    author: 'erin',
    date: minutesAgo(60),
    parents: [SIGNING_KEY_COMMIT],
    files: [
      {
        filename: 'services/token-service/build.gradle',
        patch:
          "@@ -20,3 +20,3 @@ dependencies {\n-    implementation platform('software.amazon.awssdk:bom:2.29.1')\n+    implementation platform('software.amazon.awssdk:bom:2.29.6')"
      }
    ]
  })
  gh.addDeployment({
    environment: 'token-service-production',
    ref: 'main',
    sha: head,
    payload: { service: 'token-service' },
    description: 'token-service 113',
    creator: 'erin',
    createdAt: minutesAgo(12),
    statuses: [{ state: 'in_progress' }]
  })
  // Another service's deploy a minute before the alarm: at the onset, and innocent.
  const web = gh.addCommit({
    message: 'Checkout button copy',
    author: 'alice',
    date: minutesAgo(15),
    parents: [],
    files: [
      {
        filename: 'services/checkout-web/src/Checkout.tsx',
        patch: '@@ -8,3 +8,3 @@\n-      <Button>Buy</Button>\n+      <Button>Buy now</Button>'
      }
    ]
  })
  gh.addDeployment({
    environment: 'checkout-web-production',
    ref: 'main',
    sha: web,
    payload: { service: 'checkout-web' },
    description: 'checkout-web 3.1.0',
    creator: 'alice',
    createdAt: minutesAgo(1),
    statuses: [{ state: 'success' }]
  })
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** How much of GitHub's spacing of writes the demo keeps (see `action`). */
const DEMO_WAIT_SCALE = 0.1

/** The demo's own record key; a real installation keeps its key in an environment secret. */
const DEMO_RECORD_KEY = 'opsloop-demo-record-key-not-a-secret-0123456789'

/** One job of the action, as the runner would run it: the bundle, or the same root in process. */
async function action(
  standIns: StandIns,
  runner: DemoOptions['runner'],
  eventName: string,
  webhook: object,
  inputs: Record<string, string>
): Promise<ActionRun> {
  const options = {
    env: {
      ...standIns.env,
      GITHUB_ACTOR: BOT_LOGIN,
      // GitHub asks for 1 s between writes and 3 s between notifying ones; against the stand-in
      // on 127.0.0.1 the bundle spaces them a tenth of that (it believes this only there).
      OPSLOOP_STANDIN_WAIT_SCALE: String(DEMO_WAIT_SCALE)
    },
    eventName,
    webhook,
    repository: REPO,
    inputs: { 'github-token': BOT_TOKEN, 'record-key': DEMO_RECORD_KEY, ...inputs }
  }
  return runner === 'in-process' ? runActionInProcess(options) : runActionBundle(options)
}

export async function runDemo(options: DemoOptions): Promise<DemoResult> {
  const print = options.print ?? ((text: string) => process.stdout.write(`${text}\n`))
  const scenario = SCENARIOS[options.scenario]
  if (!scenario)
    throw new Error(
      `unknown scenario ${options.scenario}: one of ${Object.keys(SCENARIOS).join(', ')}`
    )
  const started = performance.now()
  const elapsed = () => ((performance.now() - started) / 1000).toFixed(1).padStart(5)
  const timeline: string[] = []
  const step = (title: string) => {
    timeline.push(`${elapsed()}s  ${title}`)
    print(`\n${cyan(`[${elapsed()}s]`)} ${bold(title)}`)
  }
  const say = (text: string) => {
    print(`        ${text}`)
  }
  const problems: string[] = []
  const scratch = mkdtempSync(join(tmpdir(), 'opsloop-demo-'))
  const root = join(scratch, 'sandbox')
  mkdirSync(root)

  // The issue's "Suspect change" must name the expected commit (or none), and replaying the run's
  // snapshot offline, as `opsloop triage --snapshot` does, must name the same.
  const checkSuspect = (body: string, intake: ActionRun, expected: string): void => {
    const named =
      /Commit [\w.-]+\/[\w.-]+@([0-9a-f]{40})/.exec(body)?.[1] ??
      (body.includes('No change is named') ? 'none' : undefined)
    if (named !== expected)
      problems.push(
        `the issue should name ${expected} as the suspect change, not ${named ?? 'nothing'}`
      )
    const dir = intake.outputs.snapshot
    if (!dir) {
      problems.push('intake wrote no snapshot')
      return
    }
    step("Replaying the run's snapshot offline (opsloop triage --snapshot)")
    const replayed = replayAttribution(
      parseSnapshot(readFileSync(join(dir, SNAPSHOT_FILE), 'utf8'), dir)
    )
    const again = replayed.suspect?.sha ?? 'none'
    if (again !== named)
      problems.push(`the snapshot replays to ${again}, the issue says ${named ?? 'nothing'}`)
    say(
      again === 'none'
        ? `No change is named, as on the issue: ${replayed.none ?? ''}`
        : `Suspect ${again}, as on the issue.`
    )
  }

  print(bold(`OpsLoop demo: ${scenario.title}`))
  print(
    dim(
      'Everything runs locally: GitHub, Systems Manager and CloudWatch are stand-ins on 127.0.0.1.'
    )
  )
  print(
    dim(
      `The action's bundle spaces its GitHub writes ${1 / DEMO_WAIT_SCALE} times closer than GitHub asks (1 s apart, 3 s for comments); on GitHub each job takes some seconds more.`
    )
  )
  // The example's AWS event, as the bridge delivers it: `{"event": …}` and nothing else.
  const file = JSON.parse(readFileSync(`runbooks/examples/${scenario.example}`, 'utf8')) as {
    event?: Record<string, unknown>
  }
  const example = file.event ?? file
  const event = movedTo(example, new Date())
  event.id = randomUUID()
  scenario.edit?.(event)

  step('Starting the local stand-ins')
  const standIns = await startStandIns({
    // The account and region the event comes from: the alarm ARN is one CloudWatch knows.
    region: String(event.region),
    account: String(event.account),
    github: {
      now: () => new Date(),
      users: [
        { login: 'alice', roles: { [REPO]: 'write' } },
        { login: 'dave', roles: { [REPO]: 'write' } },
        { login: 'erin', roles: { [REPO]: 'maintain' } },
        // As a GitHub App token would be: it may read team membership.
        { login: BOT_LOGIN, type: 'Bot', orgAccess: 'granted' }
      ],
      teams: [
        { org: 'acme', slug: 'platform-sre', members: ['alice', 'dave'] },
        { org: 'acme', slug: 'containers', members: ['erin'] }
      ]
    },
    ssm: { timings: { hiddenMs: 0, pendingMs: 0, runMs: 0, stepMs: 0 } }
  })
  const result: DemoResult = { ok: false, scenario: options.scenario, seconds: 0, problems }
  let cleanup: () => void = () => undefined
  try {
    step('The reviewed runbooks are published as SSM documents (publish-documents.yml)')
    const published = await action(
      standIns,
      options.runner,
      'push',
      {},
      {
        command: 'publish',
        'aws-region': String(event.region)
      }
    )
    if (published.code !== 0) problems.push(`publish exited ${published.code}: ${published.stdout}`)
    say(
      dim(
        `${published.outputs.published ?? '?'} OpsLoop-* document(s): remediation may send only these, pinned by hash.`
      )
    )
    const deliver = (delivered: Record<string, unknown>) =>
      action(
        standIns,
        options.runner,
        'repository_dispatch',
        { action: 'aws-incident', client_payload: { event: delivered } },
        { command: 'intake' }
      )
    cleanup = await scenario.setup({ standIns, root, say, step, deliver })

    step('EventBridge delivers the incident to GitHub (repository_dispatch)')
    say(dim('The delivery is the bare AWS event; OpsLoop looks up tags, ECS and logs itself.'))
    const payload = { event }
    const intake = await action(
      standIns,
      options.runner,
      'repository_dispatch',
      { action: 'aws-incident', client_payload: payload },
      { command: 'intake' }
    )
    if (intake.code !== 0) problems.push(`intake exited ${intake.code}: ${intake.stdout}`)
    const issue = Number(intake.outputs['issue-number'])
    result.issue = issue
    if (intake.outputs['runbook-id']) result.runbook = intake.outputs['runbook-id']
    const opened = standIns.github.state.issue(REPO, issue)
    say(
      `Issue #${issue} opened (${intake.outputs['triage-provider'] ?? '?'} triage): ${opened?.title ?? '?'}`
    )
    print('')
    print(indent(renderMarkdown(opened?.body ?? '')))
    if (scenario.expect.suspect) checkSuspect(opened?.body ?? '', intake, scenario.expect.suspect)

    const digest = intake.outputs['plan-digest'] ?? ''
    if (scenario.approvers.length > 0 && digest) {
      let approved = false
      for (const person of scenario.approvers) {
        step(`@${person} comments /approve ${digest.slice(0, 12)}`)
        const comment = standIns.github.comment({
          issue,
          user: person,
          body: `/approve ${digest.slice(0, 12)}`
        })
        const before = standIns.github.state.commentsOf(REPO, issue).length
        const decided = await action(
          standIns,
          options.runner,
          'issue_comment',
          { action: 'created', issue: { number: issue }, comment },
          { command: 'comment' }
        )
        for (const c of standIns.github.state.commentsOf(REPO, issue).slice(before))
          say(renderMarkdown(c.body))
        approved = decided.outputs.approved === 'true'
      }
      if (!approved) problems.push('the plan was not approved')
      else {
        step('Remediation: Systems Manager runs the runbook, then OpsLoop verifies')
        const before = standIns.github.state.commentsOf(REPO, issue).length
        const progress = setInterval(() => {
          say(dim('… waiting for Systems Manager'))
        }, 2_000)
        const remediated = await action(
          standIns,
          options.runner,
          'issue_comment',
          {},
          {
            command: 'remediate',
            'issue-number': String(issue),
            'plan-digest': digest,
            approval: 'comment'
          }
        ).finally(() => {
          clearInterval(progress)
        })
        result.outcome = remediated.outputs.outcome ?? 'none'
        for (const c of standIns.github.state.commentsOf(REPO, issue).slice(before)) {
          print('')
          print(indent(renderMarkdown(c.body)))
        }
        step(`Outcome: ${result.outcome}`)
        const asker = scenario.approvers[0]
        if (scenario.askAgain && asker && result.outcome === 'remediated') {
          // The person closes the fixed incident; later the same alarm fires again: a new issue.
          const closed = await fetch(`${standIns.github.url}/repos/${REPO}/issues/${issue}`, {
            method: 'PATCH',
            headers: {
              authorization: `token ${standIns.github.tokenFor(asker)}`,
              accept: 'application/vnd.github+json',
              'content-type': 'application/json'
            },
            body: JSON.stringify({ state: 'closed' })
          })
          if (!closed.ok) problems.push(`closing issue #${issue} failed with ${closed.status}`)
          step(`@${asker} closes #${issue}; later the alarm fires again, and a question follows`)
          const later = { ...event, id: randomUUID(), time: new Date().toISOString() }
          const again = await deliver(later)
          const second = Number(again.outputs['issue-number'])
          if (again.outputs.action !== 'created' || second === issue)
            problems.push(`the alarm firing again gave ${again.outputs.action ?? 'nothing'}`)
          say(`Issue #${second} opened: ${standIns.github.state.issue(REPO, second)?.title ?? '?'}`)
          step(`@${asker} comments /ask ${scenario.askAgain}`)
          const comment = standIns.github.comment({
            issue: second,
            user: asker,
            body: `/ask ${scenario.askAgain}`
          })
          const webhook = { action: 'created', issue: { number: second }, comment }
          const asked = await action(standIns, options.runner, 'issue_comment', webhook, {
            command: 'comment'
          })
          // remediation.yml's `answer` job: the intake sub-action on the same comment.
          if (asked.outputs.ask === 'true')
            await action(standIns, options.runner, 'issue_comment', webhook, { command: 'intake' })
          const answer = standIns.github.state.commentsOf(REPO, second).at(-1)?.body ?? ''
          print('')
          print(indent(renderMarkdown(answer)))
          if (!answer.includes(`#${issue} `))
            problems.push(`the answer to /ask does not name issue #${issue}`)
        }
      }
    }

    const expect = scenario.expect
    if ((expect.runbook ?? undefined) !== result.runbook)
      problems.push(`expected runbook ${expect.runbook ?? 'none'}, got ${result.runbook ?? 'none'}`)
    if (expect.firstSignal && !/First signal: watch #\d+/.test(opened?.body ?? ''))
      problems.push("the alarm's issue does not name the watch issue as its first signal")
    if (expect.outcome && expect.outcome !== result.outcome)
      problems.push(`expected outcome ${expect.outcome}, got ${result.outcome ?? 'none'}`)
    standIns.github.assertNoViolations()
    if (options.out) writeOut(options.out, standIns, issue)
    result.ok = problems.length === 0
  } catch (error) {
    problems.push(error instanceof Error ? error.message : String(error))
  } finally {
    cleanup()
    await standIns.stop()
    rmSync(scratch, { recursive: true, force: true })
  }
  result.seconds = (performance.now() - started) / 1000
  print(`\n${bold('Timeline')}`)
  for (const line of timeline) print(`  ${line}`)
  print(
    result.ok
      ? `\n${green('✔')} Scenario ${options.scenario} finished in ${result.seconds.toFixed(1)} s.${options.out ? ` Issue and comments written to ${options.out}.` : ''}`
      : `\n${red('✘')} Scenario ${options.scenario}: ${problems.join('; ')}`
  )
  if (!result.ok)
    print(yellow('This is a bug in OpsLoop or its demo; please report it with the output above.'))
  return result
}

const indent = (text: string): string =>
  text
    .split('\n')
    .map((l) => `    ${l}`)
    .join('\n')

function writeOut(dir: string, standIns: StandIns, issue: number): void {
  mkdirSync(dir, { recursive: true })
  const opened = standIns.github.state.issue(REPO, issue)
  writeFileSync(join(dir, 'issue.md'), `# ${opened?.title ?? ''}\n\n${opened?.body ?? ''}\n`)
  standIns.github.state.commentsOf(REPO, issue).forEach((c, i) => {
    writeFileSync(
      join(dir, `comment-${String(i + 1).padStart(2, '0')}-${c.user.replace(/[^\w-]/g, '_')}.md`),
      `<!-- by @${c.user} at ${c.createdAt} -->\n${c.body}\n`
    )
  })
}

/**
 * The example event moved to `now`, whole minutes at a time: every date in it (the event's time,
 * the alarm's state timestamps, its reason's datapoints and reason data) shifts alike, so the
 * alarm's story reads as happening now, as a real delivery would.
 */
function movedTo(example: Record<string, unknown>, now: Date): Record<string, unknown> {
  const minute = 60_000
  const from = Date.parse(String(example.time))
  const shift = Math.round((now.getTime() - from) / minute) * minute
  const moved = (ms: number): Date => new Date(ms + shift)
  const two = (n: number): string => String(n).padStart(2, '0')
  const text = JSON.stringify(example)
    // ISO 8601 in either form AWS writes: `2026-03-14T09:21:07Z`, `2026-03-14T09:21:07.114+0000`.
    .replace(
      /(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)(\.\d+)?(Z|\+0000)/g,
      (_, time: string, fraction: string | undefined, zone: string) =>
        `${moved(Date.parse(`${time}Z`))
          .toISOString()
          .slice(0, 19)}${fraction ?? ''}${zone}`
    )
    // The state reason's datapoint times: `(14/03/26 09:20:00)`, day/month/year in UTC.
    .replace(
      /\((\d\d)\/(\d\d)\/(\d\d) (\d\d):(\d\d):(\d\d)\)/g,
      (_, d: string, m: string, y: string, hh: string, mm: string, ss: string) => {
        const t = moved(Date.UTC(2000 + Number(y), Number(m) - 1, Number(d), +hh, +mm, +ss))
        return `(${two(t.getUTCDate())}/${two(t.getUTCMonth() + 1)}/${two(t.getUTCFullYear() % 100)} ${two(t.getUTCHours())}:${two(t.getUTCMinutes())}:${two(t.getUTCSeconds())})`
      }
    )
  return JSON.parse(text) as Record<string, unknown>
}
