// The shipped workflows follow the secure patterns users copy: third-party actions pinned to full
// commit SHAs, least-privilege permissions declared, and untrusted event text never expanded
// inside `run:` scripts (it goes through `env:` or is read by the action itself).
import { describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'

const DIR = '.github/workflows'
const files = readdirSync(DIR).filter((f) => /\.ya?ml$/.test(f))

interface Step {
  uses?: string
  run?: string
}
interface Job {
  permissions?: unknown
  steps?: Step[]
}
interface Workflow {
  permissions?: unknown
  jobs: Record<string, Job>
}

const UNTRUSTED = /\$\{\{\s*(github\.event\.|inputs\.|github\.head_ref)/

describe.each(files)('%s', (file) => {
  const workflow = parse(readFileSync(join(DIR, file), 'utf8')) as Workflow
  const jobs = Object.entries(workflow.jobs)

  it('pins every third-party action to a full commit SHA', () => {
    for (const [, job] of jobs)
      for (const step of job.steps ?? [])
        if (step.uses && !step.uses.startsWith('./'))
          expect(step.uses).toMatch(/^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/)
  })

  it('declares permissions for the workflow or for every job', () => {
    const declared =
      workflow.permissions !== undefined || jobs.every(([, job]) => job.permissions !== undefined)
    expect(declared).toBe(true)
  })

  it('never expands untrusted event text inside a run script', () => {
    for (const [, job] of jobs)
      for (const step of job.steps ?? []) if (step.run) expect(step.run).not.toMatch(UNTRUSTED)
  })
})

describe('incident.yml', () => {
  interface WithStep {
    uses?: string
    with?: Record<string, string>
  }
  const workflow = parse(readFileSync(join(DIR, 'incident.yml'), 'utf8')) as {
    jobs: Record<string, { steps?: WithStep[] }>
  }
  const intake = Object.values(workflow.jobs)
    .flatMap((job) => job.steps ?? [])
    .find((step) => step.uses === './intake')

  it('passes the `log-groups` input from a repository variable the setup guide documents', () => {
    expect(intake?.with?.['log-groups']).toBe('${{ vars.OPSLOOP_LOG_GROUPS }}')
    const setup = readFileSync('docs/setup.md', 'utf8')
    expect(setup).toContain('`OPSLOOP_LOG_GROUPS`')
    expect(setup).toContain('`opsloop:log-groups` tag')
  })
})
