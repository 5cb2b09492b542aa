// The production path, for every starter runbook: the delivery is exactly what the deployed
// bridge sends (infra/opsloop.yaml's rule for the event, its input transformer applied to the
// runbook's own example event, nothing added), and everything the plan needs beyond the event is
// looked up by the real SDK clients in AWS stand-ins that hold what AWS would (tagged alarms and
// resources, managed instances, ECS services and their deployments, log groups). Each scenario
// must end in the right plan: the parameters, the concrete targets and the log evidence; or, where
// AWS really lacks a fact, an incomplete plan that says which one and how to provide it.
import { describe, expect, it, jest } from '@jest/globals'
import { runActionInProcess } from '../../harness/action-in-process.js'
import { startStandIns } from '../../harness/standins/index.js'
import { targetIds } from '../../src/plan/plan.js'
import { bridgeDispatch } from '../infra/bridge.js'
import type { Json } from '../infra/cfn.js'
import { plansOn } from '../helpers/records.js'
import {
  STARTER_SCENARIOS,
  isSnapshotExample,
  exampleEvent,
  scenarioName,
  seedStandIns,
  type StarterScenario
} from '../helpers/starter-scenarios.js'

jest.setTimeout(60_000)

/** The log groups the issue must show for a scenario, each with lines seeded in the stand-in. */
function logGroupsOf(scenario: StarterScenario): string[] {
  const tagged = scenario.aws.alarmTags?.['opsloop:log-groups']
  return [
    ...(tagged ? tagged.split(',') : []),
    ...(scenario.aws.ecs ? [scenario.aws.ecs.logGroup] : [])
  ]
}

async function deliver(scenario: StarterScenario) {
  const event = exampleEvent(scenario.example)
  const region = String(event.region)
  const standIns = await startStandIns({ region, account: String(event.account) })
  try {
    seedStandIns(standIns, scenario)
    const at = Date.parse(String(event.time))
    for (const group of logGroupsOf(scenario))
      standIns.logs.putLogEvents(
        group,
        'stream-1',
        Array.from({ length: 5 }, (_, i) => ({
          timestamp: at - 120_000 + i * 1_000,
          message: `ERROR upstream failed in ${group} (${i})`
        }))
      )
    const dispatch = bridgeDispatch(event as Json)
    if (!dispatch) throw new Error(`no bridge rule forwards ${scenario.example}`)
    // Nothing but the event: what the input transformer makes of it.
    expect(Object.keys(dispatch.client_payload)).toEqual(['event'])
    const run = await runActionInProcess({
      env: standIns.env,
      eventName: 'repository_dispatch',
      webhook: { action: dispatch.event_type, client_payload: dispatch.client_payload },
      inputs: { 'aws-region': region }
    })
    expect(run.code).toBe(0)
    expect(run.outputs.action).toBe('created')
    const issue = Number(run.outputs['issue-number'])
    const body = standIns.github.state.issue('acme/ops', issue)?.body ?? ''
    const plans = plansOn(standIns.github, issue)
    standIns.github.assertNoViolations()
    return { run, body, plan: plans.at(-1) }
  } finally {
    await standIns.stop()
  }
}

describe('from the bare AWS event to the right plan', () => {
  // A snapshot example's suspect change needs the deployments and telemetry behind it:
  // test/e2e/change-attribution.test.ts delivers that bare event with them seeded.
  for (const scenario of STARTER_SCENARIOS.filter((s) => !isSnapshotExample(s))) {
    const runbook = scenario.example.split('/')[0]
    it(scenarioName(scenario), async () => {
      const { run, body, plan } = await deliver(scenario)
      expect(run.outputs['runbook-id']).toBe(runbook)
      expect(plan?.runbook.id).toBe(runbook)
      const expected = scenario.expect
      if ('missing' in expected) {
        // Incomplete, and says which fact is missing and how to give it.
        expect(run.outputs['plan-digest']).toBeUndefined()
        expect(plan?.digest).toBeUndefined()
        for (const name of expected.missing) {
          expect(plan?.parameters.find((p) => p.name === name)?.source).toBe('missing')
          expect(plan?.problems.join('\n')).toContain(`\`/set ${name}=…\``)
        }
        expect(body).toMatch(/cannot be approved yet/i)
        return
      }
      expect(plan?.problems).toEqual([])
      expect(run.outputs['plan-digest']).toBe(plan?.digest)
      expect(Object.fromEntries(plan?.parameters.map((p) => [p.name, p.value]) ?? [])).toEqual(
        expected.parameters
      )
      expect(targetIds(plan?.targets)).toEqual(expected.targets)
      for (const group of logGroupsOf(scenario)) {
        expect(body).toMatch(new RegExp(`<summary>Logs <code>${group}</code>: 5 lines`))
        expect(body).toContain(`ERROR upstream failed in ${group}`)
      }
    })
  }
})
