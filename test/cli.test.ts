import { afterAll, describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { Readable } from 'node:stream'
import { HELP, runCli } from '../src/cli.js'
import { intakeCommand, RECOVERY_REASON } from '../src/flows/intake.js'
import { wrapEvent } from '../src/intake/dispatch.js'
import type { IncidentIssues } from '../src/intake/ports.js'
import { ACCEPTED_PAYLOADS } from '../src/intake/normalize.js'
import { recordKey } from '../src/issue/record.js'
import { rulesProvider } from '../src/triage/rules.js'
import { VERSION } from '../src/version.js'
import { BASE_FILES, BASE_RUNBOOK, removeTempRepos, tempRepo } from './helpers/catalog.js'

afterAll(removeTempRepos)

async function cli(...args: string[]) {
  let out = ''
  let err = ''
  const code = await runCli(args, { out: (t) => (out += t), err: (t) => (err += t) })
  return { code, out, err }
}

describe('opsloop command line', () => {
  it('prints help and version', async () => {
    expect((await cli('--help')).out).toBe(HELP)
    expect((await cli()).out).toBe(HELP)
    expect(await cli('--version')).toEqual({ code: 0, out: `${VERSION}\n`, err: '' })
  })

  it('keeps the version in step with package.json', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }
    expect(VERSION).toBe(pkg.version)
  })

  it('answers usage errors with exit code 2 and a hint', async () => {
    expect(await cli('frobnicate')).toMatchObject({
      code: 2,
      err: expect.stringMatching(/unknown command `frobnicate`.*--help/s)
    })
    // In our words, not parseArgs' (which talks of positional arguments after `--`).
    expect(await cli('--bogus')).toEqual({
      code: 2,
      out: '',
      err: 'opsloop: unknown option --bogus.\nRun `opsloop --help` for usage.\n'
    })
    expect(await cli('triage', '--event')).toMatchObject({
      code: 2,
      err: expect.stringMatching(/^opsloop: option --event needs a value\./)
    })
    expect(await cli('validate', '--json=yes')).toMatchObject({
      code: 2,
      err: expect.stringMatching(/^opsloop: option --json takes no value\./)
    })
    expect(await cli('validate', 'a', 'b')).toMatchObject({ code: 2 })
  })

  it('validates a good catalog with exit code 0', async () => {
    const root = await tempRepo(BASE_FILES)
    const r = await cli('validate', join(root, 'runbooks'))
    expect(r).toEqual({ code: 0, out: '1 runbook valid\n', err: '' })
  })

  it('says what to pass when given a runbook file or a folder that does not exist', async () => {
    const root = await tempRepo(BASE_FILES)
    const file = join(root, 'runbooks', 'base.yaml')
    expect(await cli('validate', file)).toEqual({
      code: 1,
      out: '',
      err: `opsloop validate: ${file} is a file; validate checks a whole catalog folder, since runbooks are checked together (ids, examples, tests). Run \`opsloop validate ${join(root, 'runbooks')}\`.\n`
    })
    const missing = join(root, 'nope')
    expect(await cli('validate', missing)).toEqual({
      code: 1,
      out: '',
      err: `opsloop validate: no folder ${missing}: give the folder that holds your runbooks (\`opsloop validate DIR\`; default runbooks).\n`
    })
  })

  it('prints path:line:col problems and exits 1 on a bad catalog', async () => {
    const root = await tempRepo({
      ...BASE_FILES,
      'runbooks/base.yaml': BASE_RUNBOOK.replace('title:', 'titel:')
    })
    const r = await cli('validate', join(root, 'runbooks'))
    expect(r.code).toBe(1)
    // The whole report on standard output, so `opsloop validate > report.txt` keeps it.
    expect(r.out).toMatch(
      /runbooks\/base\.yaml:4:1: unknown field `titel` in the runbook; did you mean `title`\? \[schema\]\n/
    )
    expect(r.out).toMatch(/\n1 error in 1 runbook file\n$/)
    expect(r.err).toBe('')
  })

  it('takes --allow-document to replace the document allow-list', async () => {
    const root = await tempRepo({
      ...BASE_FILES,
      'runbooks/base.yaml': BASE_RUNBOOK.replace('AWS-RunShellScript', 'Acme-Shell')
    })
    expect((await cli('validate', join(root, 'runbooks'))).code).toBe(1)
    expect((await cli('validate', join(root, 'runbooks'), '--allow-document', 'Acme-*')).code).toBe(
      0
    )
  })
})

describe('the committed bundle (bin/opsloop.js → dist/cli.js)', () => {
  const run = (...args: string[]) =>
    spawnSync(process.execPath, ['bin/opsloop.js', ...args], { encoding: 'utf8' })

  it('validates the starter catalog with exit code 0', () => {
    const r = run('validate', 'runbooks')
    expect(r.stderr).toBe('')
    expect(r.status).toBe(0)
    expect(r.stdout).toMatch(/^\d+ runbooks valid\n$/)
  })

  it('exits 1 with positioned messages on a broken catalog, and no stack trace', async () => {
    const root = await tempRepo({
      ...BASE_FILES,
      'runbooks/base.yaml': BASE_RUNBOOK.replace('  max: 1', '  max: ten')
    })
    const r = run('validate', join(root, 'runbooks'))
    expect(r.status).toBe(1)
    expect(r.stdout).toMatch(
      /base\.yaml:20:8: `targets\.max` must be an integer, not a string \[schema\]/
    )
    expect(r.stdout + r.stderr).not.toMatch(/\n\s+at /)
  })

  it('prints its version', () => {
    expect(run('--version').stdout).toBe(`${VERSION}\n`)
  })
})

describe('opsloop triage', () => {
  const example = 'test/fixtures/dispatch/checkout-web-5xx-with-context.json'

  it('prints the issue and plan for an event, offline', async () => {
    const { code, out, err } = await cli('triage', '--event', example)
    expect({ code, err }).toEqual({ code: 0, err: '' })
    expect(out).toMatch(/^# \[incident\] checkout-web-target-5xx is ALARM in eu-west-1\n/)
    expect(out).toContain('**`restart-systemd-service`**')
    // Offline, the tag targets cannot be bound to instances: the plan says so rather than
    // offering a digest that production would never propose.
    expect(out).toContain('instances tagged `Role=checkout-web` (not resolved)')
    expect(out).toMatch(/Target instances were not resolved: .*ssm:DescribeInstanceInformation/)
  })

  it('prints JSON with the incident, triage, plan and issue', async () => {
    const { code, out } = await cli('triage', '--event', example, '--json', '--provider', 'rules')
    expect(code).toBe(0)
    const parsed = JSON.parse(out) as {
      triage: { provider: string; runbook: { id: string } }
      plan: { digest?: string; targets: { kind: string; tags: object; ids: string[] } }
      issue: { title: string; labels: string[] }
    }
    expect(parsed.triage).toMatchObject({
      provider: 'rules',
      runbook: { id: 'restart-systemd-service' }
    })
    expect(parsed.plan.targets).toEqual({
      kind: 'tags',
      tags: { Role: ['checkout-web'] },
      ids: []
    })
    expect(parsed.plan.digest).toBeUndefined()
    expect(parsed.issue.labels).toContain('runbook:restart-systemd-service')
  })

  it('explains bad input: a missing file, text that is not JSON, a bedrock request without a model', async () => {
    const root = await tempRepo({ 'bad.json': '{"detail-type": ' })
    expect(await cli('triage')).toMatchObject({
      code: 2,
      err: expect.stringMatching(/--event FILE/)
    })
    expect(await cli('triage', example, example)).toMatchObject({ code: 2 })
    expect(await cli('triage', '--event', example, example)).toMatchObject({ code: 2 })
    expect(await cli('triage', example, '--insufficient-data', 'maybe')).toMatchObject({
      code: 2,
      err: expect.stringMatching(/--insufficient-data is ignore or incident, not "maybe"/)
    })
    expect(await cli('triage', '--event', join(root, 'missing.json'))).toMatchObject({
      code: 1,
      err: expect.stringMatching(/cannot read .*missing\.json: ENOENT/)
    })
    expect(await cli('triage', '--event', join(root, 'bad.json'))).toMatchObject({
      code: 1,
      err: expect.stringMatching(/bad\.json is not valid JSON: .+ Pass the AWS event exactly/)
    })
    expect(await cli('triage', '--event', example, '--provider', 'bedrock')).toMatchObject({
      code: 1,
      err: expect.stringMatching(/needs a model id .*`--model-id` on the command line/)
    })
  })

  it('says on standard error when Bedrock could not be used, and fails when it was asked for by name', async () => {
    // Credentials that work nowhere and an endpoint where nothing listens: no call reaches AWS (the
    // model provider's own retries make it about a second).
    const env = {
      AWS_ACCESS_KEY_ID: 'AKIAEXAMPLE',
      AWS_SECRET_ACCESS_KEY: 'example',
      AWS_REGION: 'us-east-1',
      AWS_MAX_ATTEMPTS: '1',
      AWS_ENDPOINT_URL_BEDROCK_RUNTIME: 'http://127.0.0.1:9'
    }
    const saved = new Map(Object.keys(env).map((k) => [k, process.env[k]]))
    Object.assign(process.env, env)
    try {
      const named = await cli('triage', example, '--provider', 'bedrock', '--model-id', 'm-1')
      expect(named.code).toBe(1)
      expect(named.err).toMatch(
        /^opsloop triage: Bedrock triage with `m-1` was not used: .+ Triaged by the catalog's rules instead\.\n$/
      )
      // The rules' issue is still printed, with the same note in it.
      expect(named.out).toMatch(/was not used/)
      const auto = await cli('triage', example, '--model-id', 'm-1')
      expect(auto.code).toBe(0)
      expect(auto.err).toMatch(/^opsloop triage: Bedrock triage with `m-1` was not used/)
    } finally {
      for (const [key, value] of saved)
        if (value === undefined) Reflect.deleteProperty(process.env, key)
        else process.env[key] = value
    }
  })
})

// What intake would do, by intake's own decision: the CLI prints an issue only for an event the
// action would open one for, and otherwise one line saying why not.
const SKIP = /^intake would skip this \((.+)\)\n$/

/** An example from the catalog (a dispatch payload) with its event edited, in a temporary file. */
async function editedExample(
  path: string,
  edit: (event: Record<string, unknown>) => void
): Promise<string> {
  const payload = JSON.parse(readFileSync(path, 'utf8')) as { event: Record<string, unknown> }
  edit(payload.event)
  const root = await tempRepo({ 'event.json': JSON.stringify(payload) })
  return join(root, 'event.json')
}

const ALARM_EXAMPLE = 'test/fixtures/dispatch/checkout-web-5xx-with-context.json'
const withState = (state: string) => (event: Record<string, unknown>) => {
  ;((event.detail as Record<string, unknown>).state as Record<string, unknown>).value = state
}

describe('opsloop triage says what intake would do', () => {
  it('takes the event file as an argument as well as with --event', async () => {
    const positional = await cli('triage', ALARM_EXAMPLE, '--provider', 'rules')
    const option = await cli('triage', '--event', ALARM_EXAMPLE, '--provider', 'rules')
    expect(positional.code).toBe(0)
    expect(positional.out.split('\n')[0]).toBe(option.out.split('\n')[0])
  })

  it('an alarm back to OK is a recovery: one line, exit 0, no issue', async () => {
    const file = await editedExample(ALARM_EXAMPLE, withState('OK'))
    expect(await cli('triage', file)).toEqual({
      code: 0,
      out: `intake would skip this (${RECOVERY_REASON})\n`,
      err: ''
    })
    expect(RECOVERY_REASON).toMatch(/^alarm state OK: a recovery; it is noted on the open issue/)
  })

  it('INSUFFICIENT_DATA is skipped under the default policy, an incident when asked', async () => {
    const file = await editedExample(ALARM_EXAMPLE, withState('INSUFFICIENT_DATA'))
    const skipped = await cli('triage', file)
    expect(skipped).toMatchObject({ code: 0, err: '' })
    expect(SKIP.exec(skipped.out)?.[1]).toMatch(/INSUFFICIENT_DATA is not treated as an incident/)
    const opened = await cli(
      'triage',
      file,
      '--insufficient-data',
      'incident',
      '--provider',
      'rules'
    )
    expect(opened.code).toBe(0)
    expect(opened.out).toMatch(/^# \[incident\] checkout-web-target-5xx is INSUFFICIENT_DATA/)
  })

  it('a configuration change is skipped, with the reason intake gives', async () => {
    const file = await editedExample(ALARM_EXAMPLE, (e) => {
      e['detail-type'] = 'CloudWatch Alarm Configuration Change'
    })
    const r = await cli('triage', file)
    expect(r).toMatchObject({ code: 0, err: '' })
    expect(SKIP.exec(r.out)?.[1]).toBe(
      '"CloudWatch Alarm Configuration Change" events are configuration changes, not incidents'
    )
    const json = await cli('triage', file, '--json')
    expect(JSON.parse(json.out)).toEqual({
      action: 'skipped',
      reason:
        '"CloudWatch Alarm Configuration Change" events are configuration changes, not incidents'
    })
  })

  it('an informational ECS event is skipped, in one line; a WARN one opens an issue', async () => {
    const event = (eventType: string) => ({
      version: '0',
      id: 'af3c496d-f4a8-65d1-70f4-a69d52e9b584',
      'detail-type': 'ECS Service Action',
      source: 'aws.ecs',
      account: '111122223333',
      time: '2026-01-01T00:00:00Z',
      region: 'us-west-2',
      resources: ['arn:aws:ecs:us-west-2:111122223333:service/default/checkout'],
      detail: {
        eventType,
        eventName: eventType === 'INFO' ? 'SERVICE_STEADY_STATE' : 'SERVICE_TASK_START_IMPAIRED',
        clusterArn: 'arn:aws:ecs:us-west-2:111122223333:cluster/default'
      }
    })
    const root = await tempRepo({
      'steady.json': JSON.stringify(event('INFO')),
      'impaired.json': JSON.stringify(event('WARN')),
      'runbooks/.keep': ''
    })
    expect(await cli('triage', join(root, 'steady.json'))).toEqual({
      code: 0,
      out: 'intake would skip this (ECS reports SERVICE_STEADY_STATE, an informational event)\n',
      err: ''
    })
    const json = await cli('triage', join(root, 'steady.json'), '--json')
    expect(JSON.parse(json.out)).toEqual({
      action: 'skipped',
      reason: 'ECS reports SERVICE_STEADY_STATE, an informational event'
    })
    const impaired = await cli(
      'triage',
      join(root, 'impaired.json'),
      '--provider',
      'rules',
      '--runbooks',
      join(root, 'runbooks')
    )
    expect(impaired.code).toBe(0)
    expect(impaired.out).toMatch(/^# \[incident\] ECS Service Action: SERVICE_TASK_START_IMPAIRED/)
  })

  it('an unrecognized payload names what was not recognized and what OpsLoop reads', async () => {
    const root = await tempRepo({
      'cron.json': JSON.stringify({ source: 'my.cron', message: 'nightly export failed' }),
      'wrapped.json': JSON.stringify({ event: { hello: 'world' }, context: {} })
    })
    const cron = await cli('triage', join(root, 'cron.json'), '--provider', 'rules')
    expect(cron.code).toBe(0)
    expect(cron.out).toMatch(/^# \[incident\] Unrecognized: payload from my\.cron\n/)
    expect(cron.out).toContain(
      '**Not recognized:** it has `source` but no `detail-type` or `detail`.'
    )
    expect(cron.out).toContain(
      'OpsLoop reads an EventBridge event (`source`, `detail-type` and `detail`'
    )
    expect(cron.out).toContain('as `event` in the dispatch envelope')
    const json = await cli('triage', join(root, 'wrapped.json'), '--json', '--provider', 'rules')
    const parsed = JSON.parse(json.out) as { incident: { title: string }; issue: { body: string } }
    expect(parsed.incident.title).toBe(
      'Unrecognized incident payload: none of the fields OpsLoop reads is there (top-level keys: "hello")'
    )
    expect(ACCEPTED_PAYLOADS).toMatch(/SNS/)
    expect(parsed.issue.body).toContain('Not recognized:')
  })
})

// Every real sample (AWS's, from ../shared when it is there, and the catalog's examples), as it
// is and as a recovery: the CLI reports exactly what the action's intake does with it.
const SHARED = join(process.cwd(), '..', 'shared', 'testdata', 'aws-events')
const sharedSamples = existsSync(SHARED)
  ? readdirSync(SHARED)
      .filter((f) => f.endsWith('.json') && !f.startsWith('_'))
      .map((f) => join(SHARED, f))
  : []
if (sharedSamples.length === 0)
  console.info(`skipping the shared AWS samples in the CLI test: ${SHARED} is absent`)

function examples(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const path = join(dir, f)
    if (statSync(path).isDirectory()) return examples(path)
    return f.endsWith('.json') ? [path] : []
  })
}

/** Intake as the action runs it, with no issue open and an empty catalog. */
async function actionIntake(event: unknown) {
  const created: string[] = []
  const issues: IncidentIssues = {
    find: () => Promise.resolve([]),
    exclusive: (_fp, work) => work(),
    create: (draft) => {
      created.push(draft.title)
      return Promise.resolve({ number: 1, url: 'https://github.com/acme/ops/issues/1' })
    },
    comment: () => Promise.resolve(),
    update: () => Promise.resolve(),
    addLabel: () => Promise.resolve(),
    removeLabel: () => Promise.resolve()
  }
  const result = await intakeCommand({
    eventName: 'repository_dispatch',
    webhook: { action: 'aws-incident', client_payload: wrapEvent(event) },
    eventType: 'aws-incident',
    catalog: () => Promise.resolve([]),
    issues,
    provider: rulesProvider,
    policy: { insufficientData: 'ignore', closeOnRecovery: false },
    records: { key: recordKey('cli-test-record-key-0123456789abcdef'), repo: 'acme/ops' }
  })
  return { result, created }
}

describe('opsloop triage agrees with intake on real samples', () => {
  const samples = [...sharedSamples, ...examples('runbooks/examples')]

  it.each(samples)('%s', async (path) => {
    const event = JSON.parse(readFileSync(path, 'utf8').replace(/^\uFEFF/, '')) as unknown
    const root = await tempRepo({ 'runbooks/.keep': '' })
    const variants: unknown[] = [event]
    // The same alarm back to OK (EventBridge shape): a recovery for intake and for the CLI.
    const inner = (event as { event?: unknown }).event ?? event
    const detail = (inner as { detail?: { state?: { value?: string } } }).detail
    if (
      (inner as { 'detail-type'?: string })['detail-type'] === 'CloudWatch Alarm State Change' &&
      detail?.state?.value
    ) {
      const ok = JSON.parse(JSON.stringify(event)) as typeof event
      const okInner = (ok as { event?: unknown }).event ?? ok
      ;(okInner as { detail: { state: { value: string } } }).detail.state.value = 'OK'
      variants.push(ok)
    }
    for (const variant of variants) {
      const file = join(root, 'event.json')
      await writeFile(file, JSON.stringify(variant))
      const { result, created } = await actionIntake(variant)
      const printed = await cli('triage', file, '--runbooks', join(root, 'runbooks'))
      expect(printed).toMatchObject({ code: 0, err: '' })
      if (result.action === 'created') {
        expect(printed.out.split('\n')[0]).toBe(`# ${created[0] ?? ''}`)
        continue
      }
      if (result.action !== 'skipped') throw new Error(`intake ${result.action} ${path}`)
      // An alarm in OK with no open issue: intake skips it; the CLI says it is a recovery.
      const expected = /alarm is OK/.test(result.reason) ? RECOVERY_REASON : result.reason
      expect(SKIP.exec(printed.out)?.[1]).toBe(expected)
    }
  })
})

describe('opsloop watch', () => {
  // An hour of a service's log, then a new error at 10:40 and a burst of a known warning.
  const logFile = (): string => {
    const lines: string[] = []
    const at = (minute: number, second: number): string =>
      new Date(Date.UTC(2024, 4, 1, 10, minute, second)).toISOString()
    for (let m = 0; m < 40; m++) {
      lines.push(`${at(m, 0)} INFO GET /orders/${m} 200`)
      if (m % 5 === 0) lines.push(`${at(m, 30)} WARN pool busy, waited ${m} ms`)
    }
    lines.push(`${at(40, 1)} ERROR payment provider returned 503 for order 881 password=hunter2x`)
    for (let s = 0; s < 50; s++) lines.push(`${at(41, s)} WARN pool busy, waited ${s} ms`)
    return `${lines.join('\n')}\n`
  }
  const watchArgs = ['--learning', '30m']

  it('prints each anomaly it would have emitted, and when, and a summary on stderr', async () => {
    const root = await tempRepo({ 'app.log': logFile() })
    const r = await cli('watch', '--log-file', join(root, 'app.log'), ...watchArgs)
    expect(r.code).toBe(0)
    expect(r.out.split('\n').filter((l) => l !== '')).toEqual([
      expect.stringMatching(
        /^2024-05-01T10:40:01Z new-template ERROR 1 in 5m \(baseline 0\.0\) <\*> ERROR payment provider returned <\*> for order <\*> \[key [0-9a-f]{16}\]$/
      ),
      expect.stringMatching(
        /^2024-05-01T10:41:\d\dZ burst WARN \d+ in 5m \(baseline \d\.\d\) <\*> WARN pool busy, waited <\*> ms \[key [0-9a-f]{16}\]$/
      )
    ])
    expect(r.out).not.toContain('hunter2x')
    expect(r.err).toBe(
      'opsloop watch: 99 lines, 2024-05-01T10:00:00Z to 2024-05-01T10:41:49Z (timed by iso timestamps); learning until 2024-05-01T10:30:00Z; 3 templates; 2 anomalies (1 new-template, 1 burst).\n'
    )
  })

  it('prints JSON lines with --json, and reads standard input with --log-file -', async () => {
    const lines = logFile().split('\n')
    let out = ''
    let err = ''
    const code = await runCli(['watch', '--log-file', '-', '--json', ...watchArgs], {
      out: (t) => (out += t),
      err: (t) => (err += t),
      stdin: () => Readable.from(lines)
    })
    expect(code).toBe(0)
    const anomalies = out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { kind: string; logGroup: string; examples: unknown[] })
    expect(anomalies.map((a) => [a.kind, a.logGroup])).toEqual([
      ['new-template', 'stdin'],
      ['burst', 'stdin']
    ])
    expect(err).toMatch(/^opsloop watch: 99 lines/)
    // The example lines are in the JSON, redacted.
    expect(out).toContain('password=[REDACTED:password-assignment#1]')
    expect(out).not.toContain('hunter2x')
  })

  it('takes the thresholds as flags', async () => {
    const root = await tempRepo({ 'app.log': logFile() })
    const file = join(root, 'app.log')
    // A burst needs 100 lines now: only the new error is left.
    const strict = await cli('watch', '--log-file', file, ...watchArgs, '--min-count', '100')
    expect(strict.out).not.toMatch(/ burst /)
    expect(strict.out).toMatch(/ new-template /)
    const group = await cli(
      'watch',
      '--log-file',
      file,
      ...watchArgs,
      '--log-group',
      '/ecs/web',
      '--json'
    )
    expect(group.out).toContain('"logGroup":"/ecs/web"')
    // The default 24h learning covers this hour: nothing, and the summary says why.
    const learning = await cli('watch', '--log-file', file)
    expect(learning).toMatchObject({ code: 0, out: '' })
    expect(learning.err).toMatch(/all within the learning period .* shorten it with --learning/)
  })

  it('says once when lines carry no timestamp, and times them by line order', async () => {
    const root = await tempRepo({
      'plain.log': `${Array.from({ length: 40 }, (_, i) => `INFO tick ${i}`).join('\n')}\nERROR new thing\n`
    })
    const r = await cli('watch', '--log-file', join(root, 'plain.log'), '--learning', '30s')
    expect(r.code).toBe(0)
    expect(r.out).toMatch(/^line 41 new-template ERROR 1 in 5m/)
    expect(r.err.match(/no timestamp/g)).toHaveLength(1)
    expect(r.err).toMatch(/timed by line order/)
  })

  it('explains bad flags and values with exit code 2, a missing file with 1, never a stack trace', async () => {
    const cases: [string[], number, RegExp][] = [
      [[], 2, /^opsloop watch needs --log-file FILE \(- for standard input\)/],
      [['--log-file', 'x', 'extra'], 2, /takes no arguments besides its options, got extra/],
      [
        ['--log-file', 'x', '--window', '90s'],
        2,
        /^opsloop watch: --window: 1m30s is not a whole number of minutes/
      ],
      [
        ['--log-file', 'x', '--window', '5'],
        2,
        /--window: "5" is not a duration; write a number and a unit/
      ],
      [['--log-file', 'x', '--learning', 'soon'], 2, /--learning: "soon" is not a duration/],
      [['--log-file', 'x', '--min-count', '0'], 2, /--min-count: 0 is not a whole number ≥ 1/],
      [
        ['--log-file', 'x', '--min-count', 'many'],
        2,
        /--min-count: "many" is not a whole number ≥ 1/
      ],
      [['--log-file', 'x', '--burst-factor', '0.5'], 2, /--burst-factor: 0\.5 is not a number ≥ 1/],
      [
        ['--log-file', 'x', '--cooldown', '1m'],
        2,
        /--cooldown: 1m is shorter than the window \(5m\)/
      ],
      [
        ['--log-file', '/nonexistent/app.log'],
        1,
        /cannot read \/nonexistent\/app\.log: no such file \(ENOENT\)/
      ],
      [['--log-file', '.'], 1, /cannot read \.: it is a directory; give a file \(EISDIR\)/]
    ]
    for (const [args, code, message] of cases) {
      const r = await cli('watch', ...args)
      expect({ args, code: r.code }).toEqual({ args, code })
      expect(r.err).toMatch(message)
      expect(r.err).not.toMatch(/\n\s+at /)
      expect(r.out).toBe('')
    }
  })

  it('is in the help', () => {
    expect(HELP).toMatch(/opsloop watch --log-file FILE/)
    expect(HELP).toMatch(/--burst-factor N/)
    for (const line of HELP.split('\n')) expect(line.length).toBeLessThanOrEqual(100)
  })
})

describe('opsloop templates', () => {
  const LOG = [
    'Dec 10 06:55:46 LabSZ sshd[24200]: Connection closed by 10.0.0.1 [preauth]',
    'Dec 10 06:55:47 LabSZ sshd[24201]: Invalid user admin from 10.0.0.9',
    '',
    'Dec 10 06:55:48 other sshd[3]: Connection closed by 10.0.0.2 [preauth]',
    'Dec 10 06:55:49 LabSZ sshd[24202]: error: Received disconnect from 10.0.0.3: 14: No more methods [preauth]',
    'Dec 10 06:55:50 LabSZ sshd[24203]: Invalid user oracle from 10.0.0.8\r',
    'Dec 10 06:55:51 LabSZ sshd[24204]: Invalid user test from 10.0.0.7',
    'Dec 10 06:55:52 LabSZ sshd[24205]: Invalid user guest from 10.0.0.6'
  ]

  it('prints the templates as the product mines them, most frequent first, with counts', async () => {
    const file = join(await tempRepo({}), 'auth.log')
    await writeFile(file, `${LOG.join('\n')}\n`)
    const r = await cli('templates', file)
    expect(r.code).toBe(0)
    expect(r.out.split('\n').filter(Boolean)).toEqual([
      // Four different words where the lines are otherwise alike: a value (a user name).
      '4  info   #2  Invalid user <*> from <IP>',
      '2  info   #1  Connection closed by <IP> [preauth]',
      // Seen once, a template keeps its raw values: masking never hides a constant.
      '1  error  #3  error: Received disconnect from 10.0.0.3: 14: No more methods [preauth]'
    ])
    expect(r.err).toBe('opsloop templates: 8 lines, 3 templates\n')
  })

  it('prints one JSON record per line with --json, from standard input, with final templates', async () => {
    let out = ''
    let err = ''
    const code = await runCli(['templates', '--json'], {
      out: (t) => (out += t),
      err: (t) => (err += t),
      stdin: () => Readable.from(LOG)
    })
    expect(code).toBe(0)
    const records = out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { line: number; id: number; severity: string; template: string })
    // The blank third line has no record; the first line's template is the final one.
    expect(records.map((r) => [r.line, r.id, r.severity])).toEqual([
      [1, 1, 'info'],
      [2, 2, 'info'],
      [4, 1, 'info'],
      [5, 3, 'error'],
      [6, 2, 'info'],
      [7, 2, 'info'],
      [8, 2, 'info']
    ])
    expect(records[1]?.template).toBe('Invalid user <*> from <IP>')
    expect(err).toBe('opsloop templates: 8 lines, 3 templates\n')
  })

  it('says what is wrong with the file or the arguments', async () => {
    expect(await cli('templates', 'no-such.log')).toEqual({
      code: 1,
      out: '',
      err: 'opsloop templates: cannot read no-such.log: no such file (ENOENT)\n'
    })
    expect((await cli('templates', 'a.log', 'b.log')).code).toBe(2)
  })
})
