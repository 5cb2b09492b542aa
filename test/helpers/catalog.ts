// Builds throwaway repositories holding a runbook catalog, for validation tests.
import { appendFileSync, cpSync, readdirSync } from 'node:fs'
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import type { Problem } from '../../src/catalog/problem.js'
import { validateCommand } from '../../src/flows/validate.js'
import type { CatalogRunbook } from '../../src/triage/types.js'
import { alarmEvent } from './events.js'

export type FileContent = string | Buffer | { symlinkTo: string }

export const BASE_RUNBOOK = `# yaml-language-server: $schema=../schemas/runbook.schema.json
apiVersion: opsloop/v1
id: base
title: Base runbook
description: A runbook used as the starting point of validation tests.
owners: [alice]
risk: low
match:
  - source: aws.cloudwatch
    alarmName: 'disk-*'
parameters:
  unit:
    type: string
    description: The unit to restart.
    enum: [nginx, app]
    default: app
targets:
  from: dimension
  dimension: InstanceId
  max: 1
approval:
  required: true
execution:
  runCommand:
    document: AWS-RunShellScript
    commands:
      - set -euo pipefail
      - systemctl restart {{ params.unit }}
tests:
  - examples/disk.json
`

export const BASE_FILES: Record<string, FileContent> = {
  'runbooks/base.yaml': BASE_RUNBOOK,
  'runbooks/examples/disk.json': JSON.stringify(alarmEvent('disk-full'), null, 2)
}

const made: string[] = []

/** A temporary repository (it has a `.git` folder) holding the given files. */
export async function tempRepo(files: Record<string, FileContent>): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'opsloop-test-'))
  made.push(root)
  await mkdir(join(root, '.git'))
  for (const [path, content] of Object.entries(files)) {
    const abs = join(root, path)
    await mkdir(dirname(abs), { recursive: true })
    if (typeof content === 'object' && 'symlinkTo' in content) await symlink(content.symlinkTo, abs)
    else await writeFile(abs, content)
  }
  return root
}

export async function removeTempRepos(): Promise<void> {
  await Promise.all(made.splice(0).map((d) => rm(d, { recursive: true, force: true })))
}

/** 1-based line of the first line containing `marker`. */
export function lineOf(text: string, marker: string, occurrence = 1): number {
  let seen = 0
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    if (lines[i]?.includes(marker) && ++seen === occurrence) return i + 1
  }
  throw new Error(`marker ${marker} not found`)
}

/** 1-based column where `marker` starts on its line. */
export function columnOf(text: string, marker: string): number {
  const line = text.split('\n').find((l) => l.includes(marker)) ?? ''
  return line.indexOf(marker) + 1
}

export function describeProblems(problems: readonly Problem[]): string {
  return problems.map((p) => `${p.file}:${p.line}:${p.column}: ${p.message} [${p.rule}]`).join('\n')
}

/** The repository's own runbooks, validated, as triage receives them. */
export async function starterCatalog(): Promise<CatalogRunbook[]> {
  const result = await validateCommand({ dir: 'runbooks' })
  return result.entries
    .filter((e) => e.status.errors === 0)
    .map((e) => ({ runbook: e.runbook, file: e.file, digest: e.digest }))
}

/**
 * Circuit breakers a busy team would set: suites that run one runbook many times an hour on one
 * set of stand-ins (whose SSM keeps every run) use them, so that only the breaker tests meet the
 * starter defaults.
 */
export const ROOMY_LIMITS = { runsPerHour: 60, runsPerTargetPerDay: 100 } as const

/** The catalog with roomy circuit breakers on every runbook. */
export function withRoomyLimits(catalog: readonly CatalogRunbook[]): CatalogRunbook[] {
  return catalog.map((c) => ({ ...c, runbook: { ...c.runbook, limits: { ...ROOMY_LIMITS } } }))
}

/** A copy of the starter catalog under `dir` (examples included), with roomy circuit breakers. */
export function roomyRunbooks(dir: string): string {
  cpSync('runbooks', dir, { recursive: true })
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.yaml')))
    appendFileSync(
      join(dir, name),
      `limits:\n  runsPerHour: ${ROOMY_LIMITS.runsPerHour}\n  runsPerTargetPerDay: ${ROOMY_LIMITS.runsPerTargetPerDay}\n`
    )
  return dir
}
