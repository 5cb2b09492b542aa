// The starter runbooks' example incidents together with what AWS knows about them: the bridge
// delivers only the bare event, so the plan's parameters and targets come from the alarm's tags,
// the tags of the resources it watches, the instances SSM manages and the ECS service's
// deployments. One table serves both kinds of test: unit tests resolve the facts through
// in-memory sources (`exampleIncident`), the end-to-end suite seeds the same state into the AWS
// stand-ins and lets the real SDK clients look it up (`seedStandIns`).
import { readFileSync } from 'node:fs'
import { resolveFacts } from '../../src/context/facts.js'
import type { EcsDeployment, FactSources } from '../../src/context/ports.js'
import type { Incident } from '../../src/generated/incident.js'
import { normalize } from '../../src/intake/normalize.js'
import type { IncidentSnapshot } from '../../src/generated/snapshot.js'
import { attributeChange } from '../../src/triage/change-attribution.js'
import { withSuspectChange } from '../../src/triage/suspect-fact.js'
import { bindInstances, buildPlan, type Plan } from '../../src/plan/plan.js'
import type { CatalogRunbook, ParameterValue } from '../../src/triage/types.js'
import { seedRollout, type RolloutSeed } from '../../harness/standins/aws/ecs.js'
import type { Executor } from '../../harness/standins/aws/executors.js'
import type { StandIns } from '../../harness/standins/index.js'
import { guardFleet } from './guards.js'

/** An ECS service after a rollout, as harness/standins/aws/ecs.ts seeds it (in the event's region). */
export type ExampleEcs = Omit<RolloutSeed, 'region'>

export interface ExampleAws {
  /** Tags on the alarm (cloudwatch:ListTagsForResource). */
  alarmTags?: Record<string, string>
  /** Tags of other resources, by ARN (tag:GetResources). */
  resourceTags?: Record<string, Record<string, string>>
  /** Instances SSM manages (agent online), with their tags. */
  instances?: { id: string; tags?: Record<string, string> }[]
  ecs?: ExampleEcs
}

export type Expectation =
  | { parameters: Record<string, ParameterValue>; targets: string[] }
  /** The plan is incomplete: these parameters have no value. */
  | { missing: string[] }

export interface StarterScenario {
  /** `<runbook id>/<file>` under runbooks/examples. */
  example: string
  /** Set for a variant of the example in which AWS lacks a fact. */
  variant?: string
  aws: ExampleAws
  expect: Expectation
}

const checkoutWeb = { Role: 'checkout-web' }
const FREE_DISK_DEFAULTS = {
  journalMaxSizeMB: 500,
  tempDirs: 'tmp-and-var-tmp',
  olderThanDays: 7,
  cleanPackageCache: true
}

export const STARTER_SCENARIOS: StarterScenario[] = [
  {
    // A snapshot: the deployment whose build holds the commit the stack trace points at is
    // rolled back to the environment's previous good commit.
    example: 'rollback-deployment/checkout-5xx-after-deploy.json',
    aws: {},
    expect: {
      parameters: {
        goodCommit: 'a11ce00000000000000000000000000000000000',
        deployedCommit: 'beef000000000000000000000000000000000001',
        environment: 'checkout-api-production',
        service: 'checkout-api'
      },
      targets: ['checkout-api']
    }
  },
  {
    example: 'restart-systemd-service/alb-target-5xx.json',
    aws: {
      alarmTags: {
        service: 'nginx',
        role: 'checkout-web',
        team: 'payments',
        'opsloop:log-groups': '/checkout/web/nginx/error'
      },
      instances: [
        { id: 'i-0aaaaaaaaaaaaaaa1', tags: checkoutWeb },
        { id: 'i-0bbbbbbbbbbbbbbb2', tags: checkoutWeb },
        { id: 'i-0ccccccccccccccc3', tags: { Role: 'search-api' } }
      ]
    },
    expect: {
      parameters: { service: 'nginx', role: 'checkout-web' },
      targets: ['i-0aaaaaaaaaaaaaaa1', 'i-0bbbbbbbbbbbbbbb2']
    }
  },
  {
    example: 'restart-systemd-service/alb-target-5xx.json',
    variant: 'nobody tagged the alarm or its target group',
    aws: { instances: [{ id: 'i-0aaaaaaaaaaaaaaa1', tags: { Role: 'web' } }] },
    expect: { missing: ['service', 'role'] }
  },
  {
    example: 'restart-systemd-service/unhealthy-hosts.json',
    aws: {
      // The tags sit on the target group the alarm watches, not on the alarm.
      resourceTags: {
        'arn:aws:elasticloadbalancing:us-east-1:111122223333:targetgroup/search-api/0c9b8a7d6e5f4a31':
          { service: 'app', role: 'search-api' }
      },
      instances: [
        { id: 'i-0ddddddddddddddd4', tags: { Role: 'search-api' } },
        { id: 'i-0aaaaaaaaaaaaaaa1', tags: checkoutWeb }
      ]
    },
    expect: {
      parameters: { service: 'app', role: 'search-api' },
      targets: ['i-0ddddddddddddddd4']
    }
  },
  {
    example: 'restart-runaway-process/profile-app-memory-high.json',
    aws: {
      resourceTags: {
        'arn:aws:ec2:eu-west-1:111122223333:instance/i-03c5e7a9b1d2f4608': { service: 'app' }
      },
      instances: [{ id: 'i-03c5e7a9b1d2f4608' }]
    },
    expect: { parameters: { service: 'app' }, targets: ['i-03c5e7a9b1d2f4608'] }
  },
  {
    example: 'restart-runaway-process/worker-memory-high.json',
    aws: {
      alarmTags: { service: 'worker', team: 'billing' },
      instances: [{ id: 'i-0f1e2d3c4b5a69788' }]
    },
    expect: { parameters: { service: 'worker' }, targets: ['i-0f1e2d3c4b5a69788'] }
  },
  {
    example: 'restart-runaway-process/worker-memory-high.json',
    variant: 'the unit to restart is tagged nowhere',
    aws: { alarmTags: { team: 'billing' }, instances: [{ id: 'i-0f1e2d3c4b5a69788' }] },
    expect: { missing: ['service'] }
  },
  {
    example: 'free-disk-space/build-runner-root-volume.json',
    aws: { instances: [{ id: 'i-07d2e4a9c1b3f5086' }] },
    expect: {
      parameters: { path: '/', ...FREE_DISK_DEFAULTS },
      targets: ['i-07d2e4a9c1b3f5086']
    }
  },
  {
    example: 'free-disk-space/root-volume-xfs.json',
    aws: { instances: [{ id: 'i-0c3f9a12b7e4d5068' }] },
    expect: {
      parameters: { path: '/', ...FREE_DISK_DEFAULTS },
      targets: ['i-0c3f9a12b7e4d5068']
    }
  },
  {
    example: 'reboot-ec2-instance/instance-status-check-failed.json',
    aws: { instances: [{ id: 'i-0a8b6c4d2e1f30597' }] },
    expect: { parameters: {}, targets: ['i-0a8b6c4d2e1f30597'] }
  },
  {
    example: 'reboot-ec2-instance/system-status-check-failed.json',
    aws: { instances: [{ id: 'i-09e1c3a5b7d2f4816' }] },
    expect: { parameters: {}, targets: ['i-09e1c3a5b7d2f4816'] }
  },
  {
    example: 'rotate-oversized-logs/nginx-log-volume-full.json',
    aws: { instances: [{ id: 'i-0e4a6c8b0d2f13579' }] },
    expect: {
      parameters: {
        logDir: '/var/log/nginx',
        logrotateConfig: '/etc/logrotate.conf',
        maxFileSizeMB: 512
      },
      targets: ['i-0e4a6c8b0d2f13579']
    }
  },
  {
    example: 'rotate-oversized-logs/var-log-volume-full.json',
    aws: { instances: [{ id: 'i-0b7d9f1a3c5e2d486' }] },
    expect: {
      parameters: {
        logDir: '/var/log',
        logrotateConfig: '/etc/logrotate.conf',
        maxFileSizeMB: 512
      },
      targets: ['i-0b7d9f1a3c5e2d486']
    }
  },
  {
    example: 'scale-out-autoscaling-group/asg-cpu-high.json',
    aws: {},
    expect: {
      parameters: { autoScalingGroupName: 'search-api-prod-asg', increment: 1 },
      targets: ['search-api-prod-asg']
    }
  },
  {
    example: 'scale-out-autoscaling-group/render-workers-cpu-high.json',
    aws: {},
    expect: {
      parameters: { autoScalingGroupName: 'render-workers-prod', increment: 1 },
      targets: ['render-workers-prod']
    }
  },
  {
    example: 'ecs-force-new-deployment/task-start-impaired.json',
    aws: {
      ecs: {
        cluster: 'payments-prod',
        service: 'checkout-api',
        family: 'checkout-api',
        logGroup: '/ecs/checkout-api',
        good: 3
      }
    },
    expect: {
      parameters: {},
      targets: ['arn:aws:ecs:eu-west-1:111122223333:service/payments-prod/checkout-api']
    }
  },
  {
    example: 'ecs-force-new-deployment/task-start-impaired-fargate.json',
    aws: {
      ecs: {
        cluster: 'internal-tools',
        service: 'docs-renderer',
        family: 'docs-renderer',
        logGroup: '/ecs/docs-renderer',
        good: 12
      }
    },
    expect: {
      parameters: {},
      targets: ['arn:aws:ecs:us-east-2:123456789012:service/internal-tools/docs-renderer']
    }
  },
  {
    example: 'ecs-rollback-service/circuit-breaker-deployment-failed.json',
    aws: {
      ecs: {
        cluster: 'storefront-prod',
        service: 'catalog-api',
        family: 'catalog-api',
        logGroup: '/ecs/catalog-api',
        good: 57,
        failed: 58
      }
    },
    expect: {
      parameters: {
        taskDefinition: 'arn:aws:ecs:us-west-2:111122223333:task-definition/catalog-api:57',
        failedTaskDefinition: 'arn:aws:ecs:us-west-2:111122223333:task-definition/catalog-api:58'
      },
      targets: ['arn:aws:ecs:us-west-2:111122223333:service/storefront-prod/catalog-api']
    }
  },
  {
    example: 'ecs-rollback-service/deployment-failed-full-arns.json',
    aws: {
      ecs: {
        cluster: 'identity-prod',
        service: 'token-service',
        family: 'token-service',
        logGroup: '/ecs/token-service',
        good: 112,
        failed: 113
      }
    },
    expect: {
      parameters: {
        taskDefinition: 'arn:aws:ecs:ap-southeast-2:123456789012:task-definition/token-service:112',
        failedTaskDefinition:
          'arn:aws:ecs:ap-southeast-2:123456789012:task-definition/token-service:113'
      },
      targets: ['arn:aws:ecs:ap-southeast-2:123456789012:service/identity-prod/token-service']
    }
  },
  {
    example: 'ecs-rollback-service/deployment-failed-full-arns.json',
    variant: 'ECS no longer lists the last good deployment',
    aws: {
      ecs: {
        cluster: 'identity-prod',
        service: 'token-service',
        family: 'token-service',
        logGroup: '/ecs/token-service',
        good: 112,
        failed: 113,
        goodDrained: true
      }
    },
    expect: { missing: ['taskDefinition'] }
  }
]

export const scenarioName = (s: StarterScenario): string =>
  s.variant ? `${s.example} (${s.variant})` : s.example

/** The AWS event of an example file (a dispatch payload `{event}` or the event itself). */
export function exampleEvent(example: string): Record<string, unknown> {
  const json = JSON.parse(readFileSync(`runbooks/examples/${example}`, 'utf8')) as Record<
    string,
    unknown
  >
  return (json.event ?? json) as Record<string, unknown>
}

const taskDefinitionArn = (event: Record<string, unknown>, family: string, revision: number) =>
  `arn:aws:ecs:${String(event.region)}:${String(event.account)}:task-definition/${family}:${revision}`

/** The deployments DescribeServices lists for the example's service, newest first. */
function deploymentsOf(ecs: ExampleEcs, event: Record<string, unknown>): EcsDeployment[] {
  const arn = (revision: number) => taskDefinitionArn(event, ecs.family, revision)
  if (ecs.failed === undefined)
    return [{ status: 'PRIMARY', taskDefinition: arn(ecs.good), rolloutState: 'COMPLETED' }]
  return [
    { status: 'PRIMARY', taskDefinition: arn(ecs.failed), rolloutState: 'FAILED', createdAt: 2 },
    ...(ecs.goodDrained
      ? []
      : [
          {
            status: 'ACTIVE',
            taskDefinition: arn(ecs.good),
            rolloutState: 'COMPLETED',
            createdAt: 1
          }
        ])
  ]
}

/** What the fact look-ups would find, from memory instead of AWS. */
export function factSourcesFor(aws: ExampleAws, event: Record<string, unknown>): FactSources {
  return {
    tags: {
      alarmTags: () => Promise.resolve(aws.alarmTags ?? {}),
      resourceTags: (arns) =>
        Promise.resolve(
          new Map(
            arns.flatMap((arn) => {
              const tags = aws.resourceTags?.[arn]
              return tags ? [[arn, tags] as const] : []
            })
          )
        )
    },
    ecs: {
      service: (cluster, service) =>
        Promise.resolve(
          aws.ecs && aws.ecs.cluster === cluster && aws.ecs.service === service
            ? { cluster, service, deployments: deploymentsOf(aws.ecs, event) }
            : undefined
        ),
      logGroups: () => Promise.resolve(aws.ecs ? [aws.ecs.logGroup] : [])
    },
    autoScaling: { groupOf: () => Promise.resolve(undefined) }
  }
}

/** The example's incident with its facts, as intake resolves them from the bare event. */
/**
 * Whether a scenario's example is an incident snapshot (a rollback runbook's): its suspect change
 * comes from deployments and telemetry, which test/e2e/change-attribution.test.ts seeds into the
 * stand-ins, not from the bare event.
 */
export function isSnapshotExample(scenario: StarterScenario): boolean {
  const json = JSON.parse(readFileSync(`runbooks/examples/${scenario.example}`, 'utf8')) as {
    version?: string
  }
  return json.version === 'opsloop-snapshot/1'
}

export async function exampleIncident(scenario: StarterScenario): Promise<Incident> {
  const event = exampleEvent(scenario.example)
  const { incident } = await resolveFacts(normalize({ event }), factSourcesFor(scenario.aws, event))
  // A snapshot example: its incident carries the suspect change attribution names, as intake's.
  if (!isSnapshotExample(scenario)) return incident
  const snapshot = JSON.parse(
    readFileSync(`runbooks/examples/${scenario.example}`, 'utf8')
  ) as IncidentSnapshot
  return withSuspectChange(
    incident,
    attributeChange(snapshot, Date.parse(incident.time ?? '')),
    snapshot
  )
}

/** The plan intake makes for the scenario, with tag targets bound to the managed instances. */
export async function examplePlan(scenario: StarterScenario, entry: CatalogRunbook): Promise<Plan> {
  const plan = buildPlan(entry, await exampleIncident(scenario))
  if (plan.targets?.kind !== 'tags') return plan
  const wanted = plan.targets.tags
  const instances = (scenario.aws.instances ?? []).filter((i) =>
    Object.entries(wanted).every(([key, values]) => values?.includes(i.tags?.[key] ?? ''))
  )
  return bindInstances(plan, entry.runbook.targets.max, {
    ok: true,
    instances: instances.map((i) => ({ id: i.id, online: true }))
  })
}

/**
 * Puts the scenario's AWS state into the stand-ins (started for the event's account and region).
 * `executor` runs what SSM delivers to the scenario's instances (default: every command succeeds
 * with no output).
 */
export function seedStandIns(
  standIns: StandIns,
  scenario: StarterScenario,
  executor?: Executor
): void {
  const event = exampleEvent(scenario.example)
  const detail = event.detail as { alarmName?: string }
  if (detail.alarmName)
    standIns.cloudwatch.putAlarm({
      AlarmName: detail.alarmName,
      StateValue: 'ALARM',
      ...(scenario.aws.alarmTags ? { Tags: scenario.aws.alarmTags } : {})
    })
  for (const [arn, tags] of Object.entries(scenario.aws.resourceTags ?? {}))
    standIns.tagging.tagResource(arn, tags)
  for (const i of scenario.aws.instances ?? [])
    standIns.ssm.registerInstance({
      instanceId: i.id,
      tags: i.tags ?? {},
      ...(executor ? { executor } : {})
    })
  // restart-systemd-service is guarded by an alarm of the fleet (its Role tag), in OK.
  if (scenario.example.startsWith('restart-systemd-service/'))
    for (const role of new Set((scenario.aws.instances ?? []).map((i) => i.tags?.Role)))
      if (role !== undefined) guardFleet(standIns, role)
  if (scenario.aws.ecs)
    seedRollout(standIns.ecs, { ...scenario.aws.ecs, region: String(event.region) })
}
