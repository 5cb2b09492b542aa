// Rendering runbook actions into SSM requests: every starter runbook's execution, rollback and
// verify check with a plan built from its own example incidents; shell quoting of hostile values,
// proved by running the rendered script in real shells (bash through the stand-in's sandbox
// executor, and dash for the re-exec prelude); `{{ targets }}` expansion, tag targets, automation
// rate control (one child execution per target), the guard alarm, tag charset and lengths, and the
// dry-run view hiding sensitive values.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import {
  chmodSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  BASH_PRELUDE,
  guardAlarmName,
  renderAction as renderAnyAction,
  shellQuote,
  tagValue,
  type RenderContext,
  type RunbookAction
} from '../../src/execution/render.js'
import { describeRequest, type SsmRequest } from '../../src/execution/request.js'
import type { Plan, PlanTargets } from '../../src/plan/plan.js'
import type { CatalogRunbook } from '../../src/triage/types.js'
import { starterCatalog } from '../helpers/catalog.js'
import { STARTER_SCENARIOS, examplePlan as examplePlan_ } from '../helpers/starter-scenarios.js'
import { sandboxExecutor } from '../../harness/standins/aws/executors.js'
import { loadModel, shapeProblems } from '../../harness/standins/aws/model.js'

/** The SSM request an SSM action renders to (these tests render no workflow dispatches). */
function renderAction(...args: Parameters<typeof renderAnyAction>): SsmRequest {
  const request = renderAnyAction(...args)
  if (request.kind === 'workflow') throw new Error('not an SSM action')
  return request
}

const ISSUE = 'https://github.com/acme/ops/issues/42'
const RUN = 'https://github.com/acme/ops/actions/runs/123456/attempts/1'
const DIGEST = 'f00dfeedbeefcafe0123456789abcdef0123456789abcdef0123456789abcdef'
const ctx = (overrides: Partial<RenderContext> = {}): RenderContext => ({
  issueUrl: ISSUE,
  runUrl: RUN,
  approvers: ['alice', 'bob'],
  step: 'execution',
  digest: DIGEST,
  ...overrides
})

const HOSTILE = [
  "'; rm -rf / #",
  '$(id)',
  '`id`',
  'a\nb\n$HOME',
  'it\'s "quoted" \\ back\\slash',
  '  leading and trailing  ',
  '*?[]{a,b}~!&|;<>',
  '',
  'ünïcödé ☃ 🚀'
]

const model = loadModel('ssm-2014-11-06.json')
const tagPattern = (() => {
  const traits = model?.shapes['com.amazonaws.ssm#TagValue']?.traits
  const source = traits?.['smithy.api#pattern']
  return typeof source === 'string' ? new RegExp(source, 'u') : /^([\p{L}\p{Z}\p{N}_.:/=+\-@]*)$/u
})()

let catalog: CatalogRunbook[]
const scratch = mkdtempSync(join(tmpdir(), 'opsloop-render-'))
beforeAll(async () => {
  catalog = await starterCatalog()
})
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true })
})

const entry = (id: string): CatalogRunbook => {
  const found = catalog.find((c) => c.runbook.id === id)
  if (!found) throw new Error(`no runbook ${id}`)
  return found
}
/** The instances the alb-target-5xx example's fleet tag binds to, as SSM lists them. */
const TAGGED = ['i-0aaaaaaaaaaaaaaa1', 'i-0bbbbbbbbbbbbbbb2']
/** The plan intake makes for an example incident from the bare event and what AWS knows. */
const examplePlan = async (id: string, file: string): Promise<Plan> => {
  const scenario = STARTER_SCENARIOS.find((s) => s.example === `${id}/${file}` && !s.variant)
  if (!scenario) throw new Error(`no scenario for ${id}/${file} in test/helpers/starter-scenarios`)
  const plan = await examplePlan_(scenario, entry(id))
  expect(plan.problems).toEqual([])
  return plan
}

/** A hand-made plan for actions that are not in the catalog. */
const plan = (
  parameters: Record<string, string | number | boolean>,
  targets: PlanTargets = { kind: 'instances', ids: ['i-0aaaaaaaaaaaaaaa1'] },
  sensitive: readonly string[] = []
): Pick<Plan, 'parameters' | 'targets'> => ({
  parameters: Object.entries(parameters).map(([name, value]) => ({
    name,
    value,
    source: 'default',
    sensitive: sensitive.includes(name)
  })),
  targets
})

const shell = (
  commands: [string, ...string[]],
  extra: Partial<RunbookAction> = {}
): RunbookAction => ({
  runCommand: { document: 'AWS-RunShellScript', commands },
  ...extra
})

function commandOf(request: SsmRequest) {
  if (request.kind !== 'command') throw new Error('expected a command')
  return request.input
}
function automationOf(request: SsmRequest) {
  if (request.kind !== 'automation') throw new Error('expected an automation')
  return request.input
}

/** Every request must pass the API model's members and lengths, and SSM's tag charset. */
function expectValidForSsm(request: SsmRequest): void {
  const shape =
    request.kind === 'command' ? 'SendCommandRequest' : 'StartAutomationExecutionRequest'
  if (model)
    expect(shapeProblems(model, `com.amazonaws.ssm#${shape}`, request.input, shape)).toEqual([])
  if (request.kind === 'command') {
    expect((request.input.Comment ?? '').length).toBeLessThanOrEqual(100)
    expect(JSON.stringify(request.input.Parameters)).not.toContain('{{')
  } else {
    for (const tag of request.input.Tags ?? []) {
      expect(tag.Value).toMatch(tagPattern)
      expect(Array.from(tag.Value ?? '').length).toBeLessThanOrEqual(256)
    }
    // A rate-controlled run may send no Parameters at all: its target parameter is `Targets`.
    expect(JSON.stringify(request.input.Parameters ?? {})).not.toContain('{{')
    expect(JSON.stringify(request.input.Targets ?? [])).not.toContain('{{')
    expect(request.input.TargetParameterName === undefined).toBe(
      request.input.Targets === undefined
    )
  }
}

describe('starter runbooks', () => {
  it('renders every execution, rollback and verify check of every example incident', async () => {
    let rendered = 0
    for (const { runbook } of catalog) {
      for (const file of readdirSync(`runbooks/examples/${runbook.id}`)) {
        const p = await examplePlan(runbook.id, file)
        const steps = [
          ['execution', runbook.execution],
          ['rollback', runbook.rollback],
          ['verify', runbook.verify?.check]
        ] as const
        for (const [step, action] of steps) {
          if (!action) continue
          const any = renderAnyAction(action, p, ctx({ step, digest: p.digest ?? '' }))
          if (any.kind === 'workflow') {
            // A workflow dispatch: the runbook's repository, workflow and ref, the plan's values.
            const dispatch = 'workflowDispatch' in action ? action.workflowDispatch : undefined
            expect(any.input).toMatchObject({
              workflow: dispatch?.workflow,
              ref: dispatch?.ref,
              owner: dispatch?.repository.split('/')[0]
            })
            expect(Object.values(any.input.inputs).join(' ')).not.toContain('{{')
            rendered++
            continue
          }
          const request = any
          expectValidForSsm(request)
          expect(request.kind).toBe(action.runCommand ? 'command' : 'automation')
          if (request.kind === 'command') {
            expect(request.input.DocumentName).toBe(action.runCommand?.document)
            expect(request.input.Parameters?.commands?.[0]).toBe(BASH_PRELUDE)
            expect(request.input.Parameters?.commands?.[1]).toBe('set -euo pipefail')
            expect(request.input.Comment).toMatch(new RegExp(`^OpsLoop ${step} [0-9a-f]{12}`))
          } else {
            expect(request.input.DocumentName).toBe(action.automation?.document)
            expect(request.input.Tags).toContainEqual({ Key: 'opsloop:step', Value: step })
          }
          rendered++
        }
      }
    }
    // 8 SSM runbooks × 2 examples: 16 executions, 6 rollbacks, 8 verify checks; and the
    // workflow-dispatch rollback's one example: its execution and its rollback.
    expect(rendered).toBe(32)
  })

  it('restart-systemd-service: bound tag targets, quoted parameters, rate control, timeouts', async () => {
    const p = await examplePlan('restart-systemd-service', 'alb-target-5xx.json')
    const rb = entry('restart-systemd-service').runbook
    const request = renderAction(rb.execution, p, ctx({ digest: p.digest ?? '' }))
    expect(request).toEqual({
      kind: 'command',
      input: {
        DocumentName: 'AWS-RunShellScript',
        InstanceIds: TAGGED,
        Parameters: {
          commands: [
            BASH_PRELUDE,
            'set -euo pipefail',
            "systemctl restart 'nginx'",
            "systemctl is-active --quiet 'nginx'"
          ],
          executionTimeout: ['120']
        },
        MaxConcurrency: '1',
        MaxErrors: '0',
        TimeoutSeconds: 600,
        Comment: `OpsLoop execution ${(p.digest ?? '').slice(0, 12)} ${ISSUE}`,
        // The fleet's own guard, named after its Role tag (the plan's raw value, never quoted).
        AlarmConfiguration: {
          Alarms: [{ Name: 'checkout-web-healthy-hosts-low' }],
          IgnorePollAlarmFailure: false
        }
      },
      display: expect.anything()
    })
    expect(describeRequest(request)).toEqual({
      document: 'AWS-RunShellScript',
      targets: TAGGED,
      parameters: commandOf(request).Parameters,
      rateControl: 'MaxConcurrency 1, MaxErrors 0',
      timeoutSeconds: 600
    })

    // verify.check has no timeout or rate control of its own: the schema defaults apply.
    const check = renderAction(rb.verify?.check ?? {}, p, ctx({ step: 'verify' }))
    expect(commandOf(check)).toMatchObject({
      MaxConcurrency: '1',
      MaxErrors: '0',
      TimeoutSeconds: 600,
      Parameters: {
        commands: [BASH_PRELUDE, 'set -euo pipefail', "systemctl is-active --quiet 'nginx'"]
      }
    })
    expect(commandOf(check).AlarmConfiguration).toBeUndefined()
  })

  it('free-disk-space: numbers and booleans are quoted too, and the script still parses', async () => {
    const p = await examplePlan('free-disk-space', 'root-volume-xfs.json')
    const request = renderAction(entry('free-disk-space').runbook.execution, p, ctx())
    const input = commandOf(request)
    expect(input).toMatchObject({
      InstanceIds: ['i-0c3f9a12b7e4d5068'],
      TimeoutSeconds: 900,
      Parameters: { executionTimeout: ['600'] }
    })
    expect(input.Parameters?.commands?.slice(2, 7)).toEqual([
      "mount_point='/'",
      "journal_max_mb='500'",
      "days='7'",
      "clean_package_cache='true'",
      "case 'tmp-and-var-tmp' in tmp) temp_dirs=/tmp ;; var-tmp) temp_dirs=/var/tmp ;; tmp-and-var-tmp) temp_dirs='/tmp /var/tmp' ;; *) echo 'unknown tempDirs value' >&2; exit 1 ;; esac"
    ])
    // bash -n: the rendered script is valid bash.
    execFileSync('bash', ['-n', '-c', (input.Parameters?.commands ?? []).join('\n')])
  })

  it('reboot-ec2-instance: `{{ targets }}` as a list, rate-controlled, tags', async () => {
    const p = await examplePlan('reboot-ec2-instance', 'instance-status-check-failed.json')
    const rb = entry('reboot-ec2-instance').runbook
    const request = renderAction(rb.execution, p, ctx({ digest: p.digest ?? '' }))
    expect(request).toEqual({
      kind: 'automation',
      input: {
        DocumentName: 'AWS-RestartEC2Instance',
        // `InstanceId` is the targets as a whole: SSM sets it in one child run per target.
        TargetParameterName: 'InstanceId',
        Targets: [{ Key: 'ParameterValues', Values: ['i-0a8b6c4d2e1f30597'] }],
        MaxConcurrency: '1',
        MaxErrors: '0',
        Tags: [
          { Key: 'opsloop:issue', Value: ISSUE },
          { Key: 'opsloop:digest', Value: (p.digest ?? '').slice(0, 12) },
          { Key: 'opsloop:step', Value: 'execution' },
          { Key: 'opsloop:approvers', Value: 'alice bob' },
          { Key: 'opsloop:run', Value: RUN }
        ]
      },
      display: expect.anything()
    })
    expect(describeRequest(request)).toEqual({
      document: 'AWS-RestartEC2Instance',
      targets: ['i-0a8b6c4d2e1f30597'],
      parameters: {},
      rateControl: 'one execution per target as `InstanceId`, MaxConcurrency 1, MaxErrors 0',
      timeoutSeconds: 1800
    })
    const rollback = renderAction(rb.rollback ?? {}, p, ctx({ step: 'rollback' }))
    expect(automationOf(rollback)).toEqual({
      DocumentName: 'AWS-StartEC2Instance',
      TargetParameterName: 'InstanceId',
      Targets: [{ Key: 'ParameterValues', Values: ['i-0a8b6c4d2e1f30597'] }],
      MaxConcurrency: '1',
      MaxErrors: '0',
      Tags: expect.arrayContaining([{ Key: 'opsloop:step', Value: 'rollback' }])
    })
  })

  it('ecs-force-new-deployment: a string `{{ targets }}` rate-controlled, in execution and check', async () => {
    const p = await examplePlan('ecs-force-new-deployment', 'task-start-impaired.json')
    const rb = entry('ecs-force-new-deployment').runbook
    const arn = 'arn:aws:ecs:eu-west-1:111122223333:service/payments-prod/checkout-api'
    const execution = renderAction(rb.execution, p, ctx())
    expect(automationOf(execution)).toEqual({
      DocumentName: 'OpsLoop-ECSForceNewDeployment',
      TargetParameterName: 'ServiceArn',
      Targets: [{ Key: 'ParameterValues', Values: [arn] }],
      MaxConcurrency: '1',
      MaxErrors: '0',
      Tags: expect.any(Array)
    })
    expect(describeRequest(execution)).toEqual({
      document: 'OpsLoop-ECSForceNewDeployment',
      targets: [arn],
      parameters: {},
      rateControl: 'one execution per target as `ServiceArn`, MaxConcurrency 1, MaxErrors 0',
      timeoutSeconds: 2400
    })
    // The check has no rate control of its own: the schema's defaults (as for Run Command).
    const check = renderAction(rb.verify?.check ?? {}, p, ctx({ step: 'verify' }))
    expect(automationOf(check)).toEqual({
      DocumentName: 'OpsLoop-ECSVerifyServiceStable',
      TargetParameterName: 'ServiceArn',
      Targets: [{ Key: 'ParameterValues', Values: [arn] }],
      MaxConcurrency: '1',
      MaxErrors: '0',
      Tags: expect.arrayContaining([{ Key: 'opsloop:step', Value: 'verify' }])
    })
    expect(rb.rollback).toBeUndefined()
  })

  it('ecs-rollback-service: `{{ targets }}` as a single value, raw parameter values', async () => {
    const p = await examplePlan('ecs-rollback-service', 'circuit-breaker-deployment-failed.json')
    const rb = entry('ecs-rollback-service').runbook
    const arn = 'arn:aws:ecs:us-west-2:111122223333:service/storefront-prod/catalog-api'
    const TD = 'arn:aws:ecs:us-west-2:111122223333:task-definition/catalog-api'
    // Execution, rollback and check each run once per service, the other parameters as they are.
    const steps = [
      [rb.execution, { TaskDefinition: [`${TD}:57`] }],
      [rb.rollback ?? {}, { TaskDefinition: [`${TD}:58`] }],
      [rb.verify?.check ?? {}, { ExpectedTaskDefinition: [`${TD}:57`] }]
    ] as const
    for (const [action, parameters] of steps)
      expect(automationOf(renderAction(action, p, ctx()))).toMatchObject({
        Parameters: parameters,
        TargetParameterName: 'ServiceArn',
        Targets: [{ Key: 'ParameterValues', Values: [arn] }],
        MaxConcurrency: '1',
        MaxErrors: '0'
      })
    expect(describeRequest(renderAction(rb.execution, p, ctx())).parameters).toEqual({
      TaskDefinition: [`${TD}:57`]
    })
  })

  it('scale-out-autoscaling-group: a parameter target and an integer sent as text', async () => {
    const p = await examplePlan('scale-out-autoscaling-group', 'asg-cpu-high.json')
    const request = renderAction(entry('scale-out-autoscaling-group').runbook.execution, p, ctx())
    expect(automationOf(request).Parameters).toEqual({
      AutoScalingGroupName: ['search-api-prod-asg'],
      Increment: ['1']
    })
    expect(describeRequest(request).targets).toEqual(['search-api-prod-asg'])
  })
})

describe('shell quoting', () => {
  it('quotes with single quotes and escapes embedded ones', () => {
    expect(shellQuote('nginx')).toBe("'nginx'")
    expect(shellQuote(500)).toBe("'500'")
    expect(shellQuote(true)).toBe("'true'")
    expect(shellQuote('')).toBe("''")
    expect(shellQuote("'; rm -rf / #")).toBe(`''\\''; rm -rf / #'`)
    expect(() => shellQuote('a\0b')).toThrow(/NUL/)
  })

  it('reads back every hostile value byte for byte in bash', () => {
    for (const value of HOSTILE) {
      const out = execFileSync('bash', ['-c', `printf '%s' ${shellQuote(value)}`], {
        encoding: 'utf8'
      })
      expect(out).toBe(value)
    }
  })

  it('runs the rendered script in the sandbox executor without executing any hostile value', async () => {
    const sandbox = sandboxExecutor({ root: join(scratch, 'sandbox') })
    const instanceId = 'i-0aaaaaaaaaaaaaaa1'
    for (const [i, value] of HOSTILE.entries()) {
      const request = renderAction(
        shell([
          'set -euo pipefail',
          'value={{ params.v }}',
          'printf "%s" "$value" > value.txt',
          'printf "%s" {{ params.v }} > direct.txt',
          'touch canary'
        ]),
        plan({ v: value }),
        ctx()
      )
      const commands = commandOf(request).Parameters?.commands ?? []
      const result = await sandbox.run({
        instanceId,
        documentName: 'AWS-RunShellScript',
        parameters: {},
        commands,
        workingDirectory: `case-${i}`,
        executionTimeoutSeconds: 10,
        signal: new AbortController().signal
      })
      expect(result).toMatchObject({ exitCode: 0, stderr: '' })
      const dir = join(sandbox.instanceDir(instanceId), `case-${i}`)
      expect(readFileSync(join(dir, 'value.txt'), 'utf8')).toBe(value)
      expect(readFileSync(join(dir, 'direct.txt'), 'utf8')).toBe(value)
      // Nothing but the script's own files: `rm`, `id` and globbing never ran.
      expect(readdirSync(dir).sort()).toEqual(['canary', 'direct.txt', 'value.txt'])
    }
  })
})

describe('bash prelude', () => {
  const script = (): string => {
    const request = renderAction(
      shell([
        'set -euo pipefail',
        'words=(one {{ params.v }})',
        'echo "bash ${BASH_VERSINFO[0]} ${#words[@]} ${words[1]}" | cat'
      ]),
      plan({ v: 'two three' }),
      ctx()
    )
    return (commandOf(request).Parameters?.commands ?? []).join('\n') + '\n'
  }

  it('does nothing under bash (how the stand-in and the sandbox run scripts)', () => {
    expect(execFileSync('bash', ['-c', script()], { encoding: 'utf8' })).toMatch(
      /^bash \d+ 2 two three\n$/
    )
  })

  const dash = ['/usr/bin/dash', '/bin/dash'].find((p) => existsSync(p))
  const maybe = dash ? it : it.skip
  maybe('re-executes a script file under bash when sh is dash, as the agent runs it', () => {
    if (!dash) return
    const file = join(scratch, '_script.sh')
    writeFileSync(file, script())
    chmodSync(file, 0o700)
    // The agent runs the file it wrote through `sh`; both spellings end up in bash.
    expect(execFileSync(dash, [file], { encoding: 'utf8' })).toMatch(/^bash \d+ 2 two three\n$/)
    expect(execFileSync(dash, ['-c', file], { encoding: 'utf8' })).toMatch(
      /^bash \d+ 2 two three\n$/
    )
    // Without the prelude dash fails on the bash syntax.
    writeFileSync(file, script().split('\n').slice(1).join('\n'))
    expect(() => execFileSync(dash, [file], { stdio: 'pipe' })).toThrow()
  })
})

describe('targets', () => {
  const three: PlanTargets = {
    kind: 'instances',
    ids: ['i-0aaaaaaaaaaaaaaa1', 'i-0bbbbbbbbbbbbbbb2', 'i-0ccccccccccccccc3']
  }

  it('expands a list item `{{ targets }}` to every target and keeps other items', () => {
    const request = renderAction(
      {
        automation: {
          document: 'OpsLoop-Thing',
          parameters: { Ids: ['first', '{{ targets }}', 'last'] }
        }
      },
      plan({}, three),
      ctx()
    )
    expect(automationOf(request).Parameters).toEqual({ Ids: ['first', ...three.ids, 'last'] })
  })

  it('needs exactly one target for `{{ targets }}` inside a value', () => {
    const action: RunbookAction = {
      automation: { document: 'OpsLoop-Thing', parameters: { Arn: 'svc/{{ targets }}' } }
    }
    expect(() => renderAction(action, plan({}, three), ctx())).toThrow(
      /needs one target, the plan has 3/
    )
    const one = renderAction(action, plan({}, { kind: 'resources', arns: ['arn:x'] }), ctx())
    expect(automationOf(one).Parameters).toEqual({ Arn: ['svc/arn:x'] })
  })

  it('refuses `{{ targets }}` in shell lines and unknown references', () => {
    expect(() => renderAction(shell(['echo {{ targets }}']), plan({}), ctx())).toThrow(
      /shell commands/
    )
    expect(() => renderAction(shell(['echo {{ env.HOME }}']), plan({}), ctx())).toThrow(/only/)
    expect(() => renderAction(shell(['echo {{ params.nope }}']), plan({}), ctx())).toThrow(
      /`nope` has no value/
    )
  })

  it('refuses values SSM would resolve as its own `{{ssm:...}}` references', () => {
    expect(() =>
      renderAction(shell(['echo {{ params.v }}']), plan({ v: '{{ssm:/prod/db-password}}' }), ctx())
    ).toThrow(/SSM would read as a reference/)
    expect(() =>
      renderAction(
        { automation: { document: 'OpsLoop-Thing', parameters: { Ids: ['{{ targets }}'] } } },
        plan({}, { kind: 'parameter', name: 'x', values: ['{{ssm:secret}}'] }),
        ctx()
      )
    ).toThrow(/a target/)
  })

  it('sends several instances as InstanceIds, tag plans as their bound instances, EC2 ARNs as instance ids', () => {
    expect(commandOf(renderAction(shell(['true']), plan({}, three), ctx())).InstanceIds).toEqual(
      three.ids
    )
    const tagged = renderAction(
      shell(['true']),
      plan({}, { kind: 'tags', tags: { Role: ['web', 'api'], Env: ['prod'] }, ids: three.ids }),
      ctx()
    )
    // Never tag `Targets`: SSM would act on whatever carries the tag at that moment.
    expect(commandOf(tagged).Targets).toBeUndefined()
    expect(commandOf(tagged).InstanceIds).toEqual(three.ids)
    expect(describeRequest(tagged).targets).toEqual(three.ids)
    expect(() =>
      renderAction(
        shell(['true']),
        plan({}, { kind: 'tags', tags: { Role: ['web'] }, ids: [] }),
        ctx()
      )
    ).toThrow(/names no instances/)
    const arn = renderAction(
      shell(['true']),
      plan(
        {},
        {
          kind: 'resources',
          arns: ['arn:aws:ec2:us-east-1:111122223333:instance/i-0aaaaaaaaaaaaaaa1']
        }
      ),
      ctx()
    )
    expect(commandOf(arn).InstanceIds).toEqual(['i-0aaaaaaaaaaaaaaa1'])
    expect(() =>
      renderAction(shell(['true']), plan({}, { kind: 'resources', arns: ['arn:aws:ecs:x'] }), ctx())
    ).toThrow(/not an instance id/)
  })
})

describe('automation rate control', () => {
  const two: PlanTargets = {
    kind: 'instances',
    ids: ['i-0aaaaaaaaaaaaaaa1', 'i-0bbbbbbbbbbbbbbb2']
  }
  const one: PlanTargets = { kind: 'resources', arns: ['arn:x'] }
  const thing = (
    parameters: Record<string, string | string[]>,
    extra: Partial<RunbookAction> = {}
  ): RunbookAction => ({ automation: { document: 'OpsLoop-Thing', parameters }, ...extra })

  it('sends a list of two targets as ParameterValues, with the action’s rate control', () => {
    const request = renderAction(
      thing(
        { InstanceId: ['{{ targets }}'], Reason: 'restart' },
        { maxConcurrency: '25%', maxErrors: '1' }
      ),
      plan({}, two),
      ctx()
    )
    expectValidForSsm(request)
    expect(automationOf(request)).toEqual({
      DocumentName: 'OpsLoop-Thing',
      Parameters: { Reason: ['restart'] },
      TargetParameterName: 'InstanceId',
      Targets: [{ Key: 'ParameterValues', Values: two.ids }],
      MaxConcurrency: '25%',
      MaxErrors: '1',
      Tags: expect.any(Array)
    })
    expect(describeRequest(request)).toEqual({
      document: 'OpsLoop-Thing',
      targets: two.ids,
      parameters: { Reason: ['restart'] },
      rateControl: 'one execution per target as `InstanceId`, MaxConcurrency 25%, MaxErrors 1',
      timeoutSeconds: 600
    })
    // Without its display copy a request still shows its targets, from `Targets`.
    const bare: SsmRequest = { kind: 'automation', input: automationOf(request) }
    expect(describeRequest(bare)).toMatchObject({
      targets: two.ids,
      parameters: { Reason: ['(sensitive)'] }
    })

    // A string that is the targets fans out too: one execution would need exactly one target.
    const string = renderAction(
      thing({ ServiceArn: ' {{ targets }} ' }),
      plan({}, { kind: 'resources', arns: ['arn:a', 'arn:b'] }),
      ctx()
    )
    expectValidForSsm(string)
    expect(automationOf(string)).toMatchObject({
      TargetParameterName: 'ServiceArn',
      Targets: [{ Key: 'ParameterValues', Values: ['arn:a', 'arn:b'] }]
    })
    expect(automationOf(string).Parameters).toBeUndefined()
  })

  it('keeps one execution unless exactly one parameter is the targets and the plan has some', () => {
    const cases: [RunbookAction, Pick<Plan, 'parameters' | 'targets'>, Record<string, string[]>][] =
      [
        // The targets inside a larger value.
        [thing({ Arn: 'svc/{{ targets }}' }), plan({}, one), { Arn: ['svc/arn:x'] }],
        // A list with other items.
        [thing({ Ids: ['{{ targets }}', 'extra'] }), plan({}, two), { Ids: [...two.ids, 'extra'] }],
        // Two parameters that are the targets: which one to fan out over is not for OpsLoop.
        [
          thing({ InstanceId: ['{{ targets }}'], Instance: '{{ targets }}' }),
          plan({}, one),
          { InstanceId: ['arn:x'], Instance: ['arn:x'] }
        ],
        // No targets parameter.
        [
          thing({ AutoScalingGroupName: '{{ params.group }}' }),
          plan({ group: 'web-asg' }, { kind: 'parameter', name: 'group', values: ['web-asg'] }),
          { AutoScalingGroupName: ['web-asg'] }
        ],
        // A plan without targets, or with tag targets that bound no instance.
        [thing({ InstanceId: ['{{ targets }}'] }), { parameters: [] }, { InstanceId: [] }],
        [
          thing({ InstanceId: ['{{ targets }}'] }),
          plan({}, { kind: 'tags', tags: { Role: ['web'] }, ids: [] }),
          { InstanceId: [] }
        ]
      ]
    for (const [action, p, parameters] of cases) {
      const request = renderAction(action, p, ctx())
      expect(automationOf(request)).toEqual({
        DocumentName: 'OpsLoop-Thing',
        Parameters: parameters,
        Tags: expect.any(Array)
      })
      expect(describeRequest(request).rateControl).toBe('one execution (no rate control)')
    }
    // A shell parameter never carries the targets, whole or not.
    expect(() =>
      renderAction(thing({ commands: ['{{ targets }}'] }), plan({}, one), ctx())
    ).toThrow(/cannot be used in shell commands/)
  })

  it('refuses what SSM would: over 50 values, a value over 512 characters, a `{{` in one', () => {
    const arns = (n: number, long = 0) => ({
      kind: 'resources' as const,
      arns: Array.from({ length: n }, (_, i) => `arn:svc/${i}`.padEnd(long, 'x'))
    })
    const action = thing({ ServiceArn: '{{ targets }}' })
    const fifty = renderAction(action, plan({}, arns(50, 512)), ctx())
    expectValidForSsm(fifty)
    expect(automationOf(fifty).Targets?.[0]?.Values).toHaveLength(50)
    expect(() => renderAction(action, plan({}, arns(51)), ctx())).toThrow(
      /at most 50 parameter values; the plan has 51 targets/
    )
    expect(() => renderAction(action, plan({}, arns(1, 513)), ctx())).toThrow(
      /values of 1 to 512 characters; a target has 513/
    )
    expect(() =>
      renderAction(action, plan({}, { kind: 'resources', arns: ['{{ssm:x}}'] }), ctx())
    ).toThrow(/a target contains `\{\{`/)
  })
})

describe('request details', () => {
  it('passes the guard alarm as AlarmConfiguration to both APIs', () => {
    const command = renderAction(shell(['true'], { guardAlarm: 'api-5xx-guard' }), plan({}), ctx())
    expect(commandOf(command).AlarmConfiguration).toEqual({
      Alarms: [{ Name: 'api-5xx-guard' }],
      IgnorePollAlarmFailure: false
    })
    const automation = renderAction(
      {
        automation: { document: 'OpsLoop-Thing', parameters: { Id: ['{{ targets }}'] } },
        guardAlarm: 'g'
      },
      plan({}),
      ctx()
    )
    expect(automationOf(automation).AlarmConfiguration).toEqual({
      Alarms: [{ Name: 'g' }],
      IgnorePollAlarmFailure: false
    })
  })

  it("renders a guard alarm's parameters with the plan's raw values, in both APIs", () => {
    const guarded = shell(['true'], { guardAlarm: '{{ params.role }}-healthy-hosts-low' })
    const values = plan({ role: "web's-fleet", env: 'prod' })
    expect(guardAlarmName(guarded, values)).toBe("web's-fleet-healthy-hosts-low")
    expect(commandOf(renderAction(guarded, values, ctx())).AlarmConfiguration).toEqual({
      Alarms: [{ Name: "web's-fleet-healthy-hosts-low" }],
      IgnorePollAlarmFailure: false
    })
    const automation = renderAction(
      {
        automation: { document: 'OpsLoop-Thing', parameters: { Id: ['{{ targets }}'] } },
        guardAlarm: '{{params.env}}/{{ params.role }}-{{ params.env }}'
      },
      values,
      ctx()
    )
    expect(automationOf(automation).AlarmConfiguration?.Alarms).toEqual([
      { Name: "prod/web's-fleet-prod" }
    ])
    expectValidForSsm(automation)
    // No guard, no AlarmConfiguration (and no name).
    expect(guardAlarmName(shell(['true']), values)).toBeUndefined()
    expect(
      commandOf(renderAction(shell(['true']), values, ctx())).AlarmConfiguration
    ).toBeUndefined()
  })

  it('refuses a guard alarm name CloudWatch or SSM would refuse, or one it cannot make', () => {
    const guarded = (guardAlarm: string) => shell(['true'], { guardAlarm })
    const render = (guardAlarm: string, values: Record<string, string | number | boolean>) => () =>
      renderAction(guarded(guardAlarm), plan(values), ctx())
    // 255 characters pass; 256 do not (CloudWatch and SSM `AlarmName`: 1 to 255).
    const fits = renderAction(
      guarded('{{ params.role }}-x'),
      plan({ role: 'r'.repeat(253) }),
      ctx()
    )
    expect(commandOf(fits).AlarmConfiguration?.Alarms?.[0]?.Name).toHaveLength(255)
    expectValidForSsm(fits)
    expect(render('{{ params.role }}-x', { role: 'r'.repeat(254) })).toThrow(
      /the guard alarm name "r+-x" has 256 characters, and CloudWatch alarm names have 1 to 255/
    )
    // Characters count as code points, as the model's lengths do.
    expect(
      guardAlarmName(guarded('{{ params.role }}'), plan({ role: '🚀'.repeat(255) }))
    ).toHaveLength(510)
    expect(render('{{ params.role }}', { role: '' })).toThrow(/has 0 characters/)
    expect(render('{{ params.role }}', { role: '   ' })).toThrow(/only white space/)
    expect(render('{{ params.role }}-guard', { role: 'a\nb' })).toThrow(
      /holds the control character U\+000A, which CloudWatch refuses/
    )
    expect(render('{{ params.role }}-guard', { role: 'a\u2028b' })).toThrow(/U\+2028/)
    expect(render('{{ params.role }}-guard', { role: '\uD800' })).toThrow(/not valid UTF-8/)
    expect(render('{{ params.role }}-guard', { role: '{{ssm:x}}' })).toThrow(
      /parameter `role` contains `\{\{`/
    )
    expect(render('{{ targets }}-guard', {})).toThrow(
      /`\{\{ targets \}\}` cannot name a guard alarm/
    )
    expect(render('{{ params.nope }}-guard', {})).toThrow(/parameter `nope` has no value/)
    expect(render('{{ env.HOME }}-guard', {})).toThrow(/only `\{\{ params\.NAME \}\}`/)
    expect(() =>
      renderAction(guarded('{{ params.role }}'), plan({ role: 'web' }, undefined, ['role']), ctx())
    ).toThrow(/parameter `role` is sensitive/)
  })

  it('passes rate control, working directory and execution timeout as SSM takes them', () => {
    const request = renderAction(
      {
        runCommand: {
          document: 'AWS-RunShellScript',
          commands: ['true'],
          workingDirectory: '/opt/app',
          executionTimeoutSeconds: 90
        },
        maxConcurrency: '25%',
        maxErrors: '1',
        timeoutSeconds: 120
      },
      plan({}),
      ctx()
    )
    expect(commandOf(request)).toMatchObject({
      MaxConcurrency: '25%',
      MaxErrors: '1',
      TimeoutSeconds: 120,
      Parameters: { workingDirectory: ['/opt/app'], executionTimeout: ['90'] }
    })
  })

  it('keeps the issue URL out of a Comment it would push past 100 characters', () => {
    const long = `https://github.com/${'a'.repeat(39)}/${'r'.repeat(40)}/issues/123456`
    const request = renderAction(
      shell(['true']),
      plan({}),
      ctx({ issueUrl: long, step: 'rollback' })
    )
    expect(commandOf(request).Comment).toBe(`OpsLoop rollback ${DIGEST.slice(0, 12)}`)
  })

  it('strips characters SSM tags refuse and cuts values to 256 characters', () => {
    expect(tagValue('https://example.com/a?b=1&c=2#frag')).toBe('https://example.com/ab=1c=2frag')
    expect(tagValue('ünï ☃ 🚀 @team/x+y=z')).toBe('ünï   @team/x+y=z')
    expect(Array.from(tagValue('🚀'.repeat(300) + 'é'.repeat(300)))).toHaveLength(256)

    const approvers = Array.from(
      { length: 12 },
      (_, i) => `acme/${String(i).padStart(2, '0')}-${'t'.repeat(30)}`
    )
    const request = renderAction(
      { automation: { document: 'OpsLoop-Thing', parameters: { Id: ['{{ targets }}'] } } },
      plan({}),
      ctx({
        approvers: ['@alice', 'bob,carol', ...approvers],
        issueUrl: 'https://ghe.example.com/acme/ops/issues/42?x=<script>',
        runUrl: `https://github.com/acme/ops/actions/runs/${'9'.repeat(400)}`
      })
    )
    expectValidForSsm(request)
    const tags = Object.fromEntries(
      (automationOf(request).Tags ?? []).map((t) => [t.Key ?? '', t.Value ?? ''])
    )
    expect(tags['opsloop:issue']).toBe('https://ghe.example.com/acme/ops/issues/42x=script')
    expect(tags['opsloop:run']).toHaveLength(256)
    const names = (tags['opsloop:approvers'] ?? '').split(' ')
    // Whole names only, in order, as many as fit.
    expect(names.slice(0, 3)).toEqual(['@alice', 'bobcarol', approvers[0]])
    expect(approvers.slice(0, names.length - 2)).toEqual(names.slice(2))
    expect((tags['opsloop:approvers'] ?? '').length).toBeLessThanOrEqual(256)
    expect(names.length).toBeLessThan(14)

    const noRun = renderAction(
      { automation: { document: 'OpsLoop-Thing', parameters: { Id: ['{{ targets }}'] } } },
      plan({}),
      { issueUrl: ISSUE, approvers: [], step: 'verify', digest: DIGEST }
    )
    expect(automationOf(noRun).Tags?.map((t) => t.Key)).not.toContain('opsloop:run')
  })

  it('sends sensitive values but never shows them in the dry-run view', () => {
    const secret = "s3cr3t-'value'"
    const p = plan({ token: secret, region: 'eu-west-1' }, undefined, ['token'])
    const command = renderAction(
      shell([
        'set -euo pipefail',
        'curl -H "X-Token: "{{ params.token }} https://{{ params.region }}.example'
      ]),
      p,
      ctx()
    )
    expect(commandOf(command).Parameters?.commands?.[2]).toBe(
      `curl -H "X-Token: "${shellQuote(secret)} https://'eu-west-1'.example`
    )
    const shown = describeRequest(command)
    expect(JSON.stringify(shown)).not.toContain('s3cr3t')
    expect(shown.parameters.commands?.[2]).toBe(
      `curl -H "X-Token: "(sensitive) https://'eu-west-1'.example`
    )

    const automation = renderAction(
      {
        automation: {
          document: 'OpsLoop-Thing',
          parameters: { Token: '{{ params.token }}', Id: ['{{ targets }}'] }
        }
      },
      p,
      ctx()
    )
    expect(automationOf(automation).Parameters?.Token).toEqual([secret])
    // `Id` goes as the rate-controlled `Targets`, shown as the targets.
    expect(describeRequest(automation)).toMatchObject({
      parameters: { Token: ['(sensitive)'] },
      targets: ['i-0aaaaaaaaaaaaaaa1']
    })

    // A request built elsewhere carries no display copy: nothing says what is safe to show.
    const bare: SsmRequest = { kind: 'command', input: { ...commandOf(command) } }
    expect(JSON.stringify(describeRequest(bare))).not.toContain('s3cr3t')
  })

  it('needs exactly one of runCommand or automation', () => {
    expect(() => renderAction({}, plan({}), ctx())).toThrow(/exactly one/)
    expect(() =>
      renderAction(
        { runCommand: { document: 'AWS-RunShellScript' }, automation: { document: 'X-Y' } },
        plan({}),
        ctx()
      )
    ).toThrow(/exactly one/)
  })
})

describe('shell placement at run time (defence in depth)', () => {
  // The same places validation refuses; a runbook that skipped validation still cannot inject.
  it.each([
    [
      'systemctl restart "{{ params.v }}"',
      /shell line 2: `\{\{ params\.v \}\}` is inside double quotes/
    ],
    ["systemctl restart '{{ params.v }}'", /inside single quotes/],
    ['bash -c "systemctl restart {{ params.v }}"', /code that `bash -c` runs/],
    ["sh -c 'systemctl restart {{ params.v }}'", /code that `sh -c` runs/],
    ['eval systemctl restart {{ params.v }}', /code that `eval` runs/],
    ['echo `echo {{ params.v }}`', /backquoted/],
    ['# {{ params.v }}', /inside a comment/],
    ['echo \\{{ params.v }}', /follows a backslash/],
    ['{{ params.v }} --version', /is the command name/]
  ])('refuses %j', (line, message) => {
    expect(() =>
      renderAction(shell(['set -euo pipefail', line]), plan({ v: '$(reboot)' }), ctx())
    ).toThrow(message)
  })

  it('refuses a here-document placeholder across lines, as SSM runs the lines as one script', () => {
    expect(() =>
      renderAction(
        shell(['set -euo pipefail', 'cat <<EOF > /tmp/x', 'unit {{ params.v }}', 'EOF']),
        plan({ v: 'nginx' }),
        ctx()
      )
    ).toThrow(/shell line 3: .*here-document/)
  })

  it('refuses a value starting with `-` where it starts an argument, and only there', () => {
    const render = (line: string, v: string, sensitive: string[] = []) =>
      commandOf(renderAction(shell([line]), plan({ v }, undefined, sensitive), ctx())).Parameters
        ?.commands?.[1]
    expect(() => render('systemctl restart {{ params.v }}', '--help')).toThrow(
      /parameter `v` is "--help" starting with `-`, which `systemctl` would read as an option/
    )
    expect(() => render('rm -f {{ params.v }}', '-rf')).toThrow(/`rm` would read as an option/)
    // Sensitive values stay out of the error.
    expect(() => render('curl -u {{ params.v }}', '-secret', ['v'])).toThrow(/is a value starting/)
    expect(() => render('curl -u {{ params.v }}', '-secret', ['v'])).not.toThrow(/secret/)
    expect(render('systemctl restart -- {{ params.v }}', '--help')).toBe(
      "systemctl restart -- '--help'"
    )
    expect(render('unit={{ params.v }}', '-x')).toBe("unit='-x'")
    expect(render('tool --name={{ params.v }}', '-x')).toBe("tool --name='-x'")
  })

  it('shell-quotes the `commands` parameter of Automation and Run Command documents', () => {
    const hostile = "x'; reboot #"
    const automation = renderAction(
      {
        automation: {
          document: 'OpsLoop-RunShellScript',
          parameters: {
            InstanceId: ['{{ targets }}'],
            commands: ['set -euo pipefail', 'systemctl restart {{ params.v }}'],
            Reason: 'restart {{ params.v }}'
          }
        }
      },
      plan({ v: hostile }),
      ctx()
    )
    expect(automationOf(automation).Parameters).toEqual({
      commands: ['set -euo pipefail', `systemctl restart ${shellQuote(hostile)}`],
      // Other document parameters are data, sent as they are.
      Reason: [`restart ${hostile}`]
    })
    expect(automationOf(automation).Targets).toEqual([
      { Key: 'ParameterValues', Values: ['i-0aaaaaaaaaaaaaaa1'] }
    ])
    const runCommand = renderAction(
      {
        runCommand: {
          document: 'OpsLoop-RunScript',
          parameters: { commandLine: 'systemctl restart {{ params.v }}' }
        }
      },
      plan({ v: hostile }, undefined, ['v']),
      ctx()
    )
    expect(commandOf(runCommand).Parameters?.commandLine).toEqual([
      `systemctl restart ${shellQuote(hostile)}`
    ])
    expect(describeRequest(runCommand).parameters.commandLine).toEqual([
      'systemctl restart (sensitive)'
    ])
    expect(() =>
      renderAction(
        {
          automation: {
            document: 'OpsLoop-RunShellScript',
            parameters: { commands: ['systemctl restart "{{ params.v }}"'] }
          }
        },
        plan({ v: 'nginx' }),
        ctx()
      )
    ).toThrow(/inside double quotes/)
  })
})
