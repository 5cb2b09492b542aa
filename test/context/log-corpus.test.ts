// The AWS-workload log corpus (eval/logs/aws) stays what its README says, so the bench's grouping
// and severity figures on it measure what they claim: every line labelled with its event and its
// declared level, each system's templates file counting exactly its lines.
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { AWS_CORPUS, loadCorpus, parseCsv } from '../../bench/logs.js'

const LEVELS = ['trace', 'debug', 'info', 'notice', 'warning', 'error', 'critical']

describe('eval/logs/aws', () => {
  const systems = loadCorpus()

  it('holds the AWS workloads the issue names, each line labelled', () => {
    expect(systems.map((s) => s.system)).toEqual(
      expect.arrayContaining([
        'nginx-access',
        'nginx-error',
        'postgresql',
        'lambda-node',
        'ecs-agent',
        'envoy',
        'kubelet',
        'spring-boot',
        'node-express',
        'redis',
        'gunicorn'
      ])
    )
    for (const s of systems) {
      expect(s.lines.length).toBeGreaterThanOrEqual(400)
      expect(s.eventIds).toHaveLength(s.lines.length)
      for (const level of s.levels) expect(LEVELS).toContain(level)
      for (const id of s.eventIds) expect(id).toMatch(/^E\d+$/)
    }
  })

  it("counts each template's lines in its templates file", () => {
    for (const s of systems) {
      const [, ...rows] = parseCsv(
        readFileSync(join(AWS_CORPUS, s.system, `${s.system}_templates.csv`), 'utf8')
      )
      const counted = new Map(rows.map((r) => [r[0] ?? '', Number(r[2])]))
      const seen = new Map<string, number>()
      for (const id of s.eventIds) seen.set(id, (seen.get(id) ?? 0) + 1)
      expect(seen).toEqual(counted)
    }
  })
})
