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

// GitHub keeps one pending run per concurrency group and cancels the others (100 with
// `queue: max`), and a job waiting for an environment's reviewers holds its group: a group on
// intake would lose deliveries and their counts, one on remediation would let a reviewer-gated
// job block comment approvals. Both are serialized by OpsLoop's own locks instead
// (docs/security.md, "Deliveries that race").
describe('no concurrency group that could cancel a delivery or hold a remediation', () => {
  interface Gated {
    concurrency?: unknown
    jobs: Record<string, { concurrency?: unknown; environment?: unknown; steps?: Step[] }>
  }
  const read = (file: string) => parse(readFileSync(join(DIR, file), 'utf8')) as Gated
  const runs = (job: { steps?: Step[] }, action: string) =>
    (job.steps ?? []).some((step) => step.uses === action)

  it.each(['incident.yml', 'remediation.yml'])('%s', (file) => {
    const workflow = read(file)
    expect(workflow.concurrency).toBeUndefined()
    for (const [name, job] of Object.entries(workflow.jobs)) {
      const intakeJob = runs(job, './intake') && name !== 'replan'
      if (intakeJob || runs(job, './remediate') || job.environment === 'incident-remediation')
        expect({ job: name, concurrency: job.concurrency }).toEqual({
          job: name,
          concurrency: undefined
        })
    }
  })
})

describe('reconcile.yml', () => {
  interface ReconcileWorkflow {
    on: { schedule?: { cron: string }[]; workflow_dispatch?: unknown }
    permissions?: unknown
    concurrency?: { group: string; 'cancel-in-progress': boolean }
    jobs: Record<
      string,
      {
        if?: string
        environment?: string
        permissions?: Record<string, string>
        steps?: { uses?: string; if?: string; with?: Record<string, string> }[]
      }
    >
  }
  const text = readFileSync(join(DIR, 'reconcile.yml'), 'utf8')
  const workflow = parse(text) as ReconcileWorkflow
  const [job] = Object.values(workflow.jobs)
  const reconcile = job?.steps?.find((step) => step.uses === './reconcile')

  it('runs every 15 minutes, off the hour, and by hand; one run at a time', () => {
    const crons = workflow.on.schedule?.map((s) => s.cron) ?? []
    expect(crons).toHaveLength(1)
    const [minutes, ...rest] = (crons[0] ?? '').split(' ')
    expect(rest).toEqual(['*', '*', '*', '*'])
    const at = (minutes ?? '').split(',').map(Number)
    expect(at).toHaveLength(4)
    expect(at.map((m, i) => (at[(i + 1) % 4] ?? 0) - m + (i === 3 ? 60 : 0))).toEqual([
      15, 15, 15, 15
    ])
    expect(at).not.toContain(0)
    expect(workflow.on).toHaveProperty('workflow_dispatch')
    expect(workflow.concurrency).toEqual({
      group: 'opsloop-reconcile',
      'cancel-in-progress': false
    })
    // The header says why.
    expect(text).toMatch(/^# Why every 15 minutes:/m)
  })

  it('gets the record key from the opsloop environment and only the permissions intake needs', () => {
    expect(workflow.permissions).toEqual({})
    expect(job?.environment).toBe('opsloop')
    expect(reconcile?.with?.['record-key']).toBe('${{ secrets.OPSLOOP_RECORD_KEY }}')
    expect(job?.permissions).toEqual({
      contents: 'read',
      issues: 'write',
      deployments: 'read',
      'pull-requests': 'read',
      'id-token': 'write'
    })
  })

  it('reads CloudWatch with the read-only triage role, as incident.yml does', () => {
    const incident = parse(readFileSync(join(DIR, 'incident.yml'), 'utf8')) as ReconcileWorkflow
    const credentials = (w: ReconcileWorkflow) =>
      Object.values(w.jobs)
        .flatMap((j) => j.steps ?? [])
        .find((s) => s.uses?.startsWith('aws-actions/configure-aws-credentials@'))
    expect(credentials(workflow)).toEqual(credentials(incident))
    expect(credentials(workflow)?.with?.['role-to-assume']).toBe(
      '${{ vars.OPSLOOP_TRIAGE_ROLE_ARN }}'
    )
    // Without the role a scheduled run is skipped; a manual one runs and says what is missing.
    expect(job?.if).toBe(
      "${{ vars.OPSLOOP_TRIAGE_ROLE_ARN != '' || github.event_name == 'workflow_dispatch' }}"
    )
  })

  it('takes the alarm scope and bound from repository variables its header and the setup guide document', () => {
    expect(reconcile?.with).toMatchObject({
      'alarm-name-prefix': '${{ vars.OPSLOOP_ALARM_NAME_PREFIX }}',
      'alarm-tag': '${{ vars.OPSLOOP_ALARM_TAG }}',
      'max-alarms': "${{ vars.OPSLOOP_MAX_ALARMS || '10' }}",
      'aws-region': '${{ vars.AWS_REGION }}'
    })
    const header = text.slice(0, text.indexOf('\nname:'))
    const setup = readFileSync('docs/setup.md', 'utf8')
    for (const variable of new Set([...text.matchAll(/vars\.([A-Z_]+)/g)].map((m) => m[1] ?? ''))) {
      expect({ variable, header: header.includes(variable) }).toEqual({ variable, header: true })
      expect({ variable, setup: setup.includes(variable) }).toEqual({ variable, setup: true })
    }
  })
})
