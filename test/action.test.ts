// Runs the committed action bundle (dist/index.js) the way the runner does: inputs in INPUT_*
// variables, outputs and the job summary in files, annotations as workflow commands on stdout.
import { afterAll, describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chooseCommand } from '../src/main.js'
import { BASE_FILES, BASE_RUNBOOK, removeTempRepos, tempRepo } from './helpers/catalog.js'

const scratch = mkdtempSync(join(tmpdir(), 'opsloop-action-'))
afterAll(async () => {
  rmSync(scratch, { recursive: true, force: true })
  await removeTempRepos()
})

function runAction(inputs: Record<string, string>, cwd = process.cwd(), event = 'pull_request') {
  const summary = join(scratch, `summary-${Math.random()}.md`)
  const output = join(scratch, `output-${Math.random()}.txt`)
  writeFileSync(summary, '')
  writeFileSync(output, '')
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    GITHUB_EVENT_NAME: event,
    GITHUB_STEP_SUMMARY: summary,
    GITHUB_OUTPUT: output
  }
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v
  const r = spawnSync(process.execPath, [join(process.cwd(), 'dist/index.js')], {
    cwd,
    env,
    encoding: 'utf8'
  })
  return { ...r, summary: readFileSync(summary, 'utf8'), outputs: readFileSync(output, 'utf8') }
}

function outputValue(outputs: string, name: string): string | undefined {
  // GITHUB_OUTPUT uses heredoc blocks: name<<DELIM\nvalue\nDELIM
  const m = new RegExp(`^${name}<<(.+)\\n([\\s\\S]*?)\\n\\1$`, 'm').exec(outputs)
  return m?.[2]
}

describe('action: validate', () => {
  it('passes on the starter catalog and writes a summary table', () => {
    const r = runAction({ runbooks: 'runbooks' })
    expect(r.status).toBe(0)
    expect(r.stdout).not.toMatch(/::error/)
    expect(outputValue(r.outputs, 'valid')).toBe('true')
    expect(Number(outputValue(r.outputs, 'runbooks'))).toBeGreaterThanOrEqual(8)
    expect(r.summary).toMatch(/### ✅ Runbook catalog is valid/)
    expect(r.summary).toMatch(/\| Runbook \| File \| Risk \| Targets \| Approval \| Status \|/)
    expect(r.summary).toMatch(
      /\| `restart-systemd-service` \| runbooks\/restart-systemd-service\.yaml \| medium \| tags Role \(max 10\) \| 1 approver, env incident-remediation, expires 2h \| ✅ valid \|/
    )
  })

  it('annotates the file and line of each problem and fails the step', async () => {
    const root = await tempRepo({
      ...BASE_FILES,
      'runbooks/base.yaml': BASE_RUNBOOK.replace('risk: low', 'risk: critical')
    })
    const r = runAction({ runbooks: 'runbooks' }, root)
    expect(r.status).toBe(1)
    expect(r.stdout).toMatch(
      /^::error title=Runbook schema,file=runbooks\/base\.yaml,line=7,col=7::`risk` is "critical" but must be one of `low`, `medium`, `high`$/m
    )
    expect(r.stdout).toMatch(/^::error::1 error in the runbook catalog `runbooks`;/m)
    expect(outputValue(r.outputs, 'valid')).toBe('false')
    expect(outputValue(r.outputs, 'errors')).toBe('1')
    expect(r.summary).toMatch(/❌ Runbook catalog has 1 error\n/)
    expect(r.summary).toMatch(/runbooks\/base\.yaml:7:7: `risk` is "critical"/)
  })

  it('still validates where the runner offers no job summary (local runners)', () => {
    const env = {
      PATH: process.env.PATH ?? '',
      GITHUB_EVENT_NAME: 'pull_request',
      INPUT_RUNBOOKS: 'runbooks'
    }
    const r = spawnSync(process.execPath, ['dist/index.js'], { env, encoding: 'utf8' })
    expect(r.status).toBe(0)
    expect(r.stdout).toMatch(
      /No job summary file \(\$GITHUB_STEP_SUMMARY is unset\); skipping the summary table\./
    )
    expect(r.stdout).not.toMatch(/::error/)
  })

  it('refuses an unknown command with a clear message', () => {
    const r = runAction({ command: 'launch' })
    expect(r.status).toBe(1)
    expect(r.stdout).toMatch(
      /::error::Unknown command `launch`: use one of validate, intake, comment, remediate, reconcile, publish, learn\./
    )
  })
})

describe('chooseCommand', () => {
  it('defaults to validate on pull requests and pushes', () => {
    expect(chooseCommand('', 'pull_request')).toBe('validate')
    expect(chooseCommand('', 'push')).toBe('validate')
    expect(chooseCommand(' validate ', 'issue_comment')).toBe('validate')
    expect(chooseCommand('', 'repository_dispatch')).toBe('intake')
  })
  it('asks for an explicit command on other events', () => {
    expect(chooseCommand('', 'issue_comment')).toBe('comment')
    expect(chooseCommand('', 'issues')).toBe('learn')
    expect(() => chooseCommand('', 'schedule')).toThrow(/set the `command` input/)
  })
})
