// The shipped catalog is what users copy: it must validate, cover the promised incidents, and
// only call custom SSM documents that ship in infra/ with the parameters they declare.
import { describe, expect, it } from '@jest/globals'
import { existsSync, readFileSync } from 'node:fs'
import { parse } from 'yaml'
import { formatProblem } from '../../src/catalog/problem.js'
import { validateCommand } from '../../src/flows/validate.js'
import type { Automation } from '../../src/generated/runbook.js'

const result = await validateCommand({ dir: 'runbooks' })
const runbooks = result.entries.map((e) => e.runbook)

describe('starter catalog', () => {
  it('validates without problems', () => {
    expect(result.problems.map(formatProblem)).toEqual([])
    expect(result.ok).toBe(true)
  })

  it('holds at least 8 runbooks, each with example incidents', () => {
    expect(runbooks.length).toBeGreaterThanOrEqual(8)
    for (const rb of runbooks)
      expect({ id: rb.id, tests: (rb.tests ?? []).length > 0 }).toEqual({ id: rb.id, tests: true })
  })

  it('covers the incidents SREs meet most', () => {
    expect(runbooks.map((r) => r.id).sort()).toEqual(
      expect.arrayContaining([
        'ecs-force-new-deployment',
        'ecs-rollback-service',
        'free-disk-space',
        'reboot-ec2-instance',
        'restart-runaway-process',
        'restart-systemd-service',
        'rotate-oversized-logs',
        'scale-out-autoscaling-group'
      ])
    )
  })

  it('can be approved in any repository: by people with write access, teams only as an opt-in comment', () => {
    for (const e of result.entries) {
      const { id, approval } = e.runbook
      // No approvers list: anyone with write or admin permission may approve.
      expect({ id, approvers: approval.approvers }).toEqual({ id, approvers: undefined })
      expect({ id, atMostTwo: (approval.minApprovals ?? 1) <= 2 }).toEqual({ id, atMostTwo: true })
      const text = readFileSync(e.file, 'utf8')
      const live = text.split('\n').filter((line) => !/^\s*#/.test(line))
      expect({ id, names: live.filter((l) => /^\s*(approvers|teams|users):/.test(l)) }).toEqual({
        id,
        names: []
      })
      // The opt-in example names a placeholder organization, never a team that may exist.
      const examples = [...text.matchAll(/^\s*#\s+teams: \[([^\]]*)\]/gm)].flatMap((m) =>
        (m[1] ?? '').split(',').map((t) => t.trim())
      )
      for (const team of examples)
        expect({ id, team }).toEqual({ id, team: expect.stringMatching(/^your-org\//) })
      if ((approval.minApprovals ?? 1) > 1)
        expect({ id, optIn: examples.length > 0 }).toEqual({ id, optIn: true })
    }
  })

  it('starts every runbook with the editor schema comment', () => {
    for (const e of result.entries) {
      const first = readFileSync(e.file, 'utf8').split('\n')[0]
      expect({ file: e.file, first }).toEqual({
        file: e.file,
        first: '# yaml-language-server: $schema=../schemas/runbook.schema.json'
      })
    }
  })

  it('only calls OpsLoop-* documents that ship in infra/ssm-documents with the parameters passed', () => {
    const calls: { runbook: string; automation: Automation }[] = []
    for (const rb of runbooks) {
      for (const step of [rb.execution, rb.rollback, rb.verify?.check]) {
        if (step?.automation?.document.startsWith('OpsLoop-'))
          calls.push({ runbook: rb.id, automation: step.automation })
      }
    }
    expect(calls.length).toBeGreaterThan(0)
    for (const { runbook, automation } of calls) {
      const path = `infra/ssm-documents/${automation.document}.yaml`
      expect({ runbook, path, exists: existsSync(path) }).toEqual({ runbook, path, exists: true })
      const doc = parse(readFileSync(path, 'utf8')) as {
        schemaVersion: string
        parameters: Record<string, { default?: unknown }>
        mainSteps: unknown[]
      }
      expect(doc.schemaVersion).toBe('0.3')
      expect(doc.mainSteps.length).toBeGreaterThan(0)
      const declared = Object.keys(doc.parameters)
      for (const name of Object.keys(automation.parameters ?? {})) {
        expect({
          runbook,
          document: automation.document,
          parameter: name,
          declared: declared.includes(name)
        }).toMatchObject({ declared: true })
      }
      for (const [name, p] of Object.entries(doc.parameters)) {
        const required = p.default === undefined && name !== 'AutomationAssumeRole'
        if (required)
          expect({
            runbook,
            document: automation.document,
            missing: name,
            passed: name in (automation.parameters ?? {})
          }).toMatchObject({ passed: true })
      }
    }
  })
})
