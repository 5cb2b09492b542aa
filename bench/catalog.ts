// Generates a realistic catalog of N runbooks (each with an example incident that must select it)
// in a temporary repository.
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { alarmEvent } from '../test/helpers/events.js'

const KINDS = [
  { namespace: 'CWAgent', metric: 'disk_used_percent', dimension: 'InstanceId' },
  { namespace: 'CWAgent', metric: 'mem_used_percent', dimension: 'InstanceId' },
  { namespace: 'AWS/EC2', metric: 'CPUUtilization', dimension: 'InstanceId' },
  { namespace: 'AWS/EC2', metric: 'StatusCheckFailed', dimension: 'InstanceId' }
]

type Kind = (typeof KINDS)[number]
const kindOf = (n: number): Kind =>
  KINDS[n % KINDS.length] ?? {
    namespace: 'CWAgent',
    metric: 'disk_used_percent',
    dimension: 'InstanceId'
  }

function runbook(n: number): string {
  const id = `svc-${String(n).padStart(4, '0')}-remediate`
  const kind = kindOf(n)
  return `# yaml-language-server: $schema=../schemas/runbook.schema.json
apiVersion: opsloop/v1
id: ${id}
title: Remediate service ${n}
description: >
  Generated runbook ${n} for the validation benchmark. Restarts one unit on the instance named by
  the alarm's ${kind.dimension} dimension, then checks it is active.
owners: [acme/team-${n % 20}]
risk: ${n % 3 === 0 ? 'high' : 'medium'}
match:
  - source: aws.cloudwatch
    detailType: CloudWatch Alarm State Change
    alarmName: ['svc-${n}-*', 'service-${n}-*']
    metric:
      namespace: ${kind.namespace}
      name: ${kind.metric}
      dimensions:
        ${kind.dimension}: 'i-*'
parameters:
  unit:
    type: string
    description: Unit to restart.
    enum: [app, worker, nginx]
    default: app
  instance:
    type: string
    description: Instance to act on.
    pattern: '^i-[0-9a-f]{8,17}$'
    from: dimensions.InstanceId
targets:
  from: dimension
  dimension: ${kind.dimension}
  max: 1
approval:
  required: true
  minApprovals: ${n % 3 === 0 ? 2 : 1}
  expiry: 4h
  environment: incident-remediation
execution:
  runCommand:
    document: AWS-RunShellScript
    commands:
      - set -euo pipefail
      - systemctl restart {{ params.unit }}
      - systemctl is-active --quiet {{ params.unit }}
  maxConcurrency: '1'
  maxErrors: '0'
  timeoutSeconds: 600
verify:
  alarmOk:
    within: 10m
rollback:
  runCommand:
    document: AWS-RunShellScript
    commands:
      - set -euo pipefail
      - systemctl restart {{ params.unit }}
tests:
  - examples/${id}.json
`
}

function example(n: number): string {
  const kind = kindOf(n)
  return JSON.stringify(
    alarmEvent(`svc-${n}-${kind.metric}`, {
      namespace: kind.namespace,
      metric: kind.metric,
      dimensions: { [kind.dimension]: `i-0${n.toString(16).padStart(16, '0')}` }
    })
  )
}

/** Writes the catalog and returns its `runbooks/` folder. */
export async function generateCatalog(count: number): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'opsloop-bench-'))
  await mkdir(join(root, '.git'))
  const dir = join(root, 'runbooks')
  await mkdir(join(dir, 'examples'), { recursive: true })
  for (let n = 1; n <= count; n++) {
    const id = `svc-${String(n).padStart(4, '0')}-remediate`
    await writeFile(join(dir, `${id}.yaml`), runbook(n))
    await writeFile(join(dir, 'examples', `${id}.json`), example(n))
  }
  return dir
}
