// Every starter runbook runs end to end as production runs it, not only the one that
// remediation.test.ts drives at length: the bridge's delivery of the bare AWS event opens the issue
// with the plan, as many writers as the runbook asks for approve it by comment, and `remediate`
// runs it until the issue says `remediated`. Run Command steps go out as the published OpsLoop
// documents (pinned by the hash of SSM's default version, the plan's values as parameters, never a
// `commands` list); Automation steps start the runbook's document with the plan's values. One set
// of stand-ins per runbook, seeded with its first complete example; in process, on a virtual clock.
import { DescribeDocumentCommand, SSMClient } from '@aws-sdk/client-ssm'
import { describe, expect, it, jest } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import { parse } from 'yaml'
import type { ActionRun } from '../../harness/action-bundle.js'
import { runActionInProcess } from '../../harness/action-in-process.js'
import { scriptedExecutor, type ScriptRule } from '../../harness/standins/aws/executors.js'
import { awsSettings, startStandIns, type StandIns } from '../../harness/standins/index.js'
import { documentName, type DocumentStep } from '../../src/catalog/ssm-document.js'
import type { DocumentParameters, Runbook } from '../../src/generated/runbook.js'
import { targetIds } from '../../src/plan/plan.js'
import type { ParameterValue } from '../../src/triage/types.js'
import type { Clock } from '../../src/util/clock.js'
import { bridgeDispatch } from '../infra/bridge.js'
import type { Json } from '../infra/cfn.js'
import { createAutomationDocuments, publishDocuments } from '../helpers/documents.js'
import { plansOn } from '../helpers/records.js'
import {
  STARTER_SCENARIOS,
  exampleEvent,
  seedStandIns,
  type StarterScenario
} from '../helpers/starter-scenarios.js'

jest.setTimeout(60_000)
const REPO = 'acme/ops'
/** People with write access, in the order they approve. */
const APPROVERS = ['alice', 'dave']

// The runbooks that act through SSM; the one that dispatches a GitHub workflow (a deployment
// rolled back) needs a suspect change, which test/e2e/change-attribution.test.ts drives from
// GitHub's deployments to the dispatch.
const RUNBOOKS: Runbook[] = readdirSync('runbooks')
  .filter((f) => f.endsWith('.yaml'))
  .sort()
  .map((f) => parse(readFileSync(`runbooks/${f}`, 'utf8')) as Runbook)
  .filter((r) => r.execution.workflowDispatch === undefined)

/** The runbook's first example whose plan is complete (parameters, not missing ones). */
function completeScenario(id: string): StarterScenario & { expect: { parameters: object } } {
  const found = STARTER_SCENARIOS.find(
    (s) => s.example.startsWith(`${id}/`) && 'parameters' in s.expect
  )
  if (!found || !('parameters' in found.expect))
    throw new Error(`no complete starter scenario for ${id}`)
  return found as StarterScenario & { expect: { parameters: object } }
}

/**
 * What each Run Command fix runs on its host, as SSM substitutes the plan's values into the
 * published document: when it runs, the incident's alarm clears, as the real fix would clear it.
 */
const FIXES: Record<string, { match: string; stdout: string }> = {
  'restart-systemd-service': { match: "systemctl restart 'nginx'", stdout: 'restarted nginx' },
  'restart-runaway-process': {
    match: 'systemctl restart "$unit"',
    stdout: 'restarting app.service, it owns PID 4242'
  },
  'free-disk-space': {
    match: 'journalctl --vacuum-size',
    stdout: 'Vacuuming done, freed 1.2G of archived journals'
  },
  'rotate-oversized-logs': {
    match: 'logrotate --force "$config"',
    stdout: '1073741824 bytes /var/log/nginx/access.log'
  }
}

interface Step {
  step: DocumentStep
  action: NonNullable<Runbook['execution']> | NonNullable<NonNullable<Runbook['verify']>['check']>
}

/** The SSM steps a successful run sends, in order: the execution, then the check (if any). */
function stepsOf(runbook: Runbook): Step[] {
  const check = runbook.verify?.check
  return [
    { step: 'execution', action: runbook.execution },
    ...(check ? [{ step: 'check' as const, action: check }] : [])
  ]
}

/** An Automation step's parameters with the plan's values, as the runbook spells them out. */
function automationParameters(
  parameters: DocumentParameters | undefined,
  values: Record<string, ParameterValue>,
  targets: string[]
): Record<string, string[]> {
  const fill = (text: string) =>
    text
      .replace(/\{\{\s*params\.(\w+)\s*\}\}/g, (_, name: string) => String(values[name]))
      .replace(/\{\{\s*targets\s*\}\}/g, () => targets.join(','))
  return Object.fromEntries(
    Object.entries(parameters ?? {}).map(([name, value]) => [
      name,
      typeof value === 'string'
        ? [fill(value)]
        : (value ?? []).flatMap((v) => (/^\{\{\s*targets\s*\}\}$/.test(v) ? targets : [fill(v)]))
    ])
  )
}

/**
 * The values a StartAutomationExecution request gives the document: its `Parameters`, and with
 * rate control the `TargetParameterName` parameter set to the `ParameterValues` targets.
 */
function automationValues(input: Record<string, unknown>): Record<string, string[]> {
  const parameters = (input.Parameters ?? {}) as Record<string, string[]>
  const name = input.TargetParameterName as string | undefined
  if (name === undefined) return parameters
  const targets = (input.Targets ?? []) as { Key: string; Values: string[] }[]
  expect(targets.map((t) => t.Key)).toEqual(['ParameterValues'])
  return { ...parameters, [name]: targets.flatMap((t) => t.Values) }
}

/** The SSM stand-in's clock as remediation's: sleeping moves it, then `after` looks around. */
function virtualClock(standIns: StandIns, after: () => void): Clock {
  return {
    now: () => standIns.ssm.clock.now(),
    sleep: (ms) => {
      standIns.ssm.clock.advance(ms)
      after()
      return Promise.resolve()
    }
  }
}

interface Call {
  operation: string
  input: Record<string, unknown>
  output?: Record<string, unknown>
  status: number
}

const ssmRuns = (standIns: StandIns): Call[] =>
  (standIns.aws.calls as Call[]).filter(
    (c) => c.operation === 'SendCommand' || c.operation === 'StartAutomationExecution'
  )

/**
 * Whether SSM has reported a run of Automation document `document` as finished with Success (a
 * GetAutomationExecution answer saying so): the moment the instance is back or the new capacity
 * is in service.
 */
function automationSucceeded(standIns: StandIns, document: string): boolean {
  const calls = standIns.aws.calls as Call[]
  const started = calls
    .filter(
      (c) =>
        c.operation === 'StartAutomationExecution' &&
        c.status === 200 &&
        c.input.DocumentName === document
    )
    .map((c) => c.output?.AutomationExecutionId)
  return calls.some((c) => {
    if (c.operation !== 'GetAutomationExecution' || c.status !== 200) return false
    const execution = c.output?.AutomationExecution as
      { AutomationExecutionId?: string; AutomationExecutionStatus?: string } | undefined
    return (
      started.includes(execution?.AutomationExecutionId) &&
      execution?.AutomationExecutionStatus === 'Success'
    )
  })
}

async function runStarter(runbook: Runbook) {
  const scenario = completeScenario(runbook.id)
  const expected = scenario.expect as {
    parameters: Record<string, ParameterValue>
    targets: string[]
  }
  const event = exampleEvent(scenario.example)
  const region = String(event.region)
  const alarm = (event.detail as { alarmName?: string }).alarmName
  // GitHub's timestamps follow the virtual clock remediation waits on, once there is one (the
  // GitHub stand-in stamps its seed while it starts).
  const virtual: { now?: () => number } = {}
  const standIns = await startStandIns({
    region,
    account: String(event.account),
    github: {
      now: () => new Date(virtual.now?.() ?? Date.now()),
      users: APPROVERS.map((login) => ({ login, roles: { [REPO]: 'write' as const } }))
    },
    // Every SSM phase takes no virtual time: the runner's first read already sees the end.
    ssm: { timings: { hiddenMs: 0, pendingMs: 0, runMs: 0, stepMs: 0 } }
  })
  virtual.now = () => standIns.ssm.clock.now()
  try {
    const fix = FIXES[runbook.id]
    let cleared = false
    const clear = (reason: string) => {
      if (cleared || !alarm) return
      cleared = true
      standIns.cloudwatch.setAlarmState(alarm, 'OK', reason)
    }
    const rules: ScriptRule[] = fix
      ? [
          {
            match: fix.match,
            result: () => {
              clear('Threshold Crossed: back to normal after the fix')
              return { exitCode: 0, stdout: `${fix.stdout}\n` }
            }
          }
        ]
      : []
    const host = scriptedExecutor(rules)
    seedStandIns(standIns, scenario, host)
    // What the publish job and the documents stack leave in SSM before any incident.
    await publishDocuments(standIns)
    await createAutomationDocuments(standIns)

    const automation = runbook.execution.automation?.document
    const clock = virtualClock(standIns, () => {
      if (automation && automationSucceeded(standIns, automation))
        clear('Threshold Crossed: back to normal after the automation')
    })
    const action = (eventName: string, webhook: object, inputs: Record<string, string>) =>
      runActionInProcess({
        env: { ...standIns.env, GITHUB_ACTOR: 'github-actions[bot]' },
        eventName,
        webhook,
        inputs: { 'aws-region': region, ...inputs },
        runtime: { clock }
      })

    // 1. The bridge's delivery of the bare event opens the issue with the runbook's plan.
    const dispatch = bridgeDispatch(event as Json)
    if (!dispatch) throw new Error(`no bridge rule forwards ${scenario.example}`)
    expect(Object.keys(dispatch.client_payload)).toEqual(['event'])
    const intake = await action(
      'repository_dispatch',
      { action: dispatch.event_type, client_payload: dispatch.client_payload },
      {}
    )
    expect(intake.code).toBe(0)
    expect(intake.outputs).toMatchObject({ action: 'created', 'runbook-id': runbook.id })
    const issue = Number(intake.outputs['issue-number'])
    const digest = intake.outputs['plan-digest'] ?? ''
    const plan = plansOn(standIns.github, issue).at(-1)
    expect(plan?.runbook.id).toBe(runbook.id)
    expect(plan?.digest).toBe(digest)
    expect(plan?.problems).toEqual([])
    expect(Object.fromEntries(plan?.parameters.map((p) => [p.name, p.value]) ?? [])).toEqual(
      expected.parameters
    )
    expect(targetIds(plan?.targets)).toEqual(expected.targets)

    // 2. As many people with write access as the runbook needs approve it by comment.
    const needed = runbook.approval.minApprovals ?? 1
    let approval: ActionRun | undefined
    for (const [i, user] of APPROVERS.slice(0, needed).entries()) {
      const comment = standIns.github.comment({
        issue,
        user,
        body: `/approve ${digest.slice(0, 12)}`
      })
      approval = await action(
        'issue_comment',
        { action: 'created', issue: { number: issue }, comment },
        { command: 'comment' }
      )
      expect(approval.outputs.approved).toBe(i + 1 === needed ? 'true' : 'false')
      expect(standIns.github.state.commentsOf(REPO, issue).at(-1)?.body).toContain(
        `✅ Approval by @${user} recorded for plan \`${digest.slice(0, 12)}\` (${i + 1} of ${needed})`
      )
    }
    expect(approval?.outputs['plan-digest']).toBe(digest)

    // 3. The remediate job runs it, verifies it and says so on the issue.
    const done = await action(
      'issue_comment',
      {},
      {
        command: 'remediate',
        'issue-number': String(issue),
        'plan-digest': digest,
        approval: 'comment'
      }
    )
    const issueNow = standIns.github.state.issue(REPO, issue)
    const comments = standIns.github.state.commentsOf(REPO, issue).map((c) => c.body)
    return { standIns, done, issue, issueNow, comments, host, digest, expected, alarm }
  } catch (error) {
    await standIns.stop()
    throw error
  }
}

describe('every starter runbook, from the bare AWS event to a remediated issue', () => {
  it('has a complete example for each of the 8 starter runbooks', () => {
    expect(RUNBOOKS.map((r) => r.id)).toHaveLength(8)
    for (const runbook of RUNBOOKS) expect(() => completeScenario(runbook.id)).not.toThrow()
    // Every Run Command fix has its host side scripted.
    for (const runbook of RUNBOOKS)
      expect(runbook.id in FIXES).toBe(runbook.execution.runCommand !== undefined)
  })

  for (const runbook of RUNBOOKS) {
    it(`${runbook.id}: approved, run through SSM, remediated`, async () => {
      const run = await runStarter(runbook)
      const { standIns, done, issueNow, comments, host, digest, expected, alarm } = run
      try {
        const short = digest.slice(0, 12)
        expect(done.outputs.outcome).toBe('remediated')
        expect(done.code).toBe(0)

        // The issue shows the success: progress, result and labels.
        const progress = comments.filter((b) => b.includes('▶️ Running')).at(-1) ?? ''
        const result = comments.filter((b) => b.startsWith('🏁 Plan')).at(-1) ?? ''
        expect(progress).toContain(`▶️ Running \`${runbook.id}\`, plan \`${short}\``)
        expect(progress).toMatch(/^✅ Execution: `Success`/m)
        if (runbook.verify?.alarmOk && alarm)
          expect(progress).toMatch(new RegExp(`^✅ Verified: \`${alarm}\` is \`OK\``, 'm'))
        if (runbook.verify?.check)
          expect(progress).toMatch(/^✅ Verification check, attempt 1: `Success`/m)
        expect(progress).toContain('🏁 Finished: `remediated`')
        expect(result).toMatch(new RegExp(`^🏁 Plan \`${short}\`: \`remediated\``))
        expect(issueNow?.labels).toContain('remediated')
        expect(issueNow?.labels).not.toContain('remediating')
        expect(issueNow?.labels).not.toContain('remediation-failed')

        // What SSM was asked to run: each step once, in order, all accepted.
        const client = new SSMClient(awsSettings(standIns.env, 3))
        const runs = ssmRuns(standIns)
        const steps = stepsOf(runbook)
        expect(runs.map((c) => c.status)).toEqual(steps.map(() => 200))
        expect(runs.map((c) => c.operation)).toEqual(
          steps.map((s) => (s.action.runCommand ? 'SendCommand' : 'StartAutomationExecution'))
        )
        for (const [i, { step, action }] of steps.entries()) {
          const input = runs[i]?.input ?? {}
          if (action.runCommand) {
            // The published OpsLoop document, pinned by the hash of SSM's default version, with
            // the plan's values for exactly the parameters it declares: never shell lines.
            const name = documentName(runbook.id, step)
            const { Document } = await client.send(
              new DescribeDocumentCommand({ Name: name, DocumentVersion: '$DEFAULT' })
            )
            expect(Document?.Hash).toMatch(/^[0-9a-f]{64}$/)
            const declared = (Document?.Parameters ?? []).map((p) => p.Name ?? '')
            expect(input).toMatchObject({
              DocumentName: name,
              DocumentHash: Document?.Hash,
              DocumentHashType: 'Sha256',
              InstanceIds: expected.targets
            })
            expect(input).not.toHaveProperty('Parameters.commands')
            expect(input.Parameters ?? {}).toEqual(
              Object.fromEntries(declared.map((p) => [p, [String(expected.parameters[p])]]))
            )
            expect(declared.length).toBeGreaterThan(0)
          } else {
            // The runbook's document with the plan's values: as parameters, or (a parameter that
            // is the targets as a whole) as rate-controlled targets SSM sets in each child run.
            expect(input.DocumentName).toBe(action.automation?.document)
            expect(automationValues(input)).toEqual(
              automationParameters(
                action.automation?.parameters,
                expected.parameters,
                expected.targets
              )
            )
          }
        }

        // The hosts ran the reviewed commands with the plan's values put in by SSM.
        const fix = FIXES[runbook.id]
        if (fix) {
          const execution = documentName(runbook.id, 'execution')
          const ran = host.requests.filter((r) => r.documentName === execution)
          expect(ran.map((r) => r.instanceId)).toEqual(expected.targets)
          for (const r of ran) {
            const script = r.commands.join('\n')
            expect(script).toContain(fix.match)
            for (const values of Object.values(r.parameters))
              for (const value of values) expect(script).toContain(`'${value}'`)
            expect(r.parameters).not.toHaveProperty('commands')
          }
          expect(progress).toContain(fix.stdout)
        } else {
          expect(host.requests).toHaveLength(0)
        }
        standIns.github.assertNoViolations()
      } finally {
        await standIns.stop()
      }
    })
  }
})
