// One action per job: each sub-action declares exactly the inputs its job reads (no more, so the
// job's author reads only those; no fewer, so none is silently ignored), runs its own committed
// bundle entry, and the shipped workflows pass each step only inputs its action declares.
import { describe, expect, it } from '@jest/globals'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import { parseInputs, runnerFacts } from '../../src/action/inputs.js'
import { SUB_ACTIONS } from '../../scripts/sub-actions.js'

interface Manifest {
  inputs?: Record<string, unknown>
  runs: { using: string; main: string }
}
const manifest = (dir: string): Manifest =>
  parse(readFileSync(join(dir, 'action.yml'), 'utf8')) as Manifest

/** Values every input accepts, so parsing reads each input a job has. */
const VALID: Record<string, string> = {
  'github-token': 'ghs_token',
  'record-key': 'k'.repeat(40),
  'issue-number': '7',
  'slack-webhook-url': 'https://hooks.slack.com/services/T0/B0/x',
  'jira-base-url': 'https://acme.atlassian.net',
  'jira-email': 'ops@example.com',
  'jira-api-token': 'token',
  'jira-project': 'OPS',
  // reconcile needs a scope (a prefix or a tag) and a region, and refuses to run without them.
  'alarm-name-prefix': 'prod-',
  'aws-region': 'eu-west-1'
}

describe('sub-actions', () => {
  const facts = runnerFacts({ GITHUB_REPOSITORY: 'acme/ops', GITHUB_RUN_ID: '5' })
  it.each(SUB_ACTIONS.map((s) => [s.dir, s] as const))(
    '%s/ declares exactly the inputs its job reads, and runs its own bundle entry',
    (dir, sub) => {
      const read = new Set<string>()
      parseInputs(
        sub.command,
        (name) => {
          read.add(name)
          return VALID[name] ?? ''
        },
        facts
      )
      const declared = Object.keys(manifest(dir).inputs ?? {})
      expect([...read].sort()).toEqual([...declared].sort())
      expect(manifest(dir).runs).toEqual({ using: 'node24', main: `../dist/${dir}.js` })
      expect(existsSync(join('dist', `${dir}.js`))).toBe(true)
    }
  )

  it('the root action still declares every input of every job', () => {
    const root = Object.keys(manifest('.').inputs ?? {})
    for (const sub of SUB_ACTIONS) expect(root).toEqual(expect.arrayContaining(sub.inputs))
  })

  it('the shipped workflows use the sub-actions, passing only inputs they declare', () => {
    const used: string[] = []
    for (const file of readdirSync('.github/workflows')) {
      const workflow = parse(readFileSync(join('.github/workflows', file), 'utf8')) as {
        jobs: Record<string, { steps?: { uses?: string; with?: Record<string, unknown> }[] }>
      }
      for (const job of Object.values(workflow.jobs))
        for (const step of job.steps ?? []) {
          if (!step.uses?.startsWith('./')) continue
          used.push(step.uses)
          const declared = Object.keys(manifest(step.uses).inputs ?? {})
          for (const input of Object.keys(step.with ?? {}))
            expect(`${step.uses} ${input}`).toBe(
              declared.includes(input) ? `${step.uses} ${input}` : `${step.uses} (undeclared)`
            )
        }
    }
    expect(new Set(used)).toEqual(
      new Set([
        './',
        './validate',
        './intake',
        './approve',
        './remediate',
        './reconcile',
        './publish',
        './learn'
      ])
    )
  })
})

describe('the reconcile/ sub-action', () => {
  // Checked here on its own terms as well as (once scripts/sub-actions.ts lists it) above.
  const facts = runnerFacts({ GITHUB_REPOSITORY: 'acme/ops', AWS_REGION: 'eu-west-1' })

  it('declares exactly the inputs the reconcile job reads, and runs its own bundle entry', () => {
    const read = new Set<string>()
    parseInputs(
      'reconcile',
      (name) => {
        read.add(name)
        return { ...VALID, 'alarm-name-prefix': 'prod-' }[name] ?? ''
      },
      facts
    )
    const declared = Object.keys(manifest('reconcile').inputs ?? {})
    expect([...read].sort()).toEqual([...declared].sort())
    expect(manifest('reconcile').runs).toEqual({ using: 'node24', main: '../dist/reconcile.js' })
    expect(existsSync(join('dist', 'reconcile.js'))).toBe(true)
  })

  it('takes its inputs and outputs, word for word, from the root action', () => {
    const root = parse(readFileSync('action.yml', 'utf8')) as {
      inputs: Record<string, unknown>
      outputs: Record<string, unknown>
    }
    const sub = parse(readFileSync('reconcile/action.yml', 'utf8')) as typeof root
    for (const [name, spec] of Object.entries(sub.inputs)) expect(spec).toEqual(root.inputs[name])
    for (const [name, spec] of Object.entries(sub.outputs)) expect(spec).toEqual(root.outputs[name])
    expect(Object.keys(sub.outputs)).toEqual(['reconciled', 'failures'])
  })
})
