// The labelled triage evaluation set (eval/triage) is well formed: both catalogs validate, every
// case reads and normalizes, and each case's category says something true about the catalog's
// match rules. The same checks run on the calibration cases (cases/, which took in the first
// held-out set once it had been looked at) and on the blind held-out set (blind/). These tests are about the data, never about
// how well a triage scores on it (that is bench/triage-eval-main.ts's job), so they pass whatever
// the triage answers.
import { beforeAll, describe, expect, it } from '@jest/globals'
import { copyFile, mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  loadEvaluation,
  NONE,
  rejectedBy,
  SIGNALS,
  type EvalCase,
  type Evaluation
} from '../../bench/triage-eval.js'
import type { Runbook } from '../../src/generated/runbook.js'
import { validateCommand } from '../../src/flows/validate.js'
import { rankRunbooks, scoreRunbook, tied } from '../../src/match/select.js'

/**
 * The case folders of eval/triage: the calibration cases and the blind set, the held-out measure
 * (eval/triage/README.md, "The blind set"). `perSignal`: the fewest cases of each category.
 */
const CASE_SETS = [
  { folder: 'cases', minCases: 200, perSignal: 20 },
  { folder: 'blind', minCases: 80, perSignal: 8 }
] as const
type CaseFolder = (typeof CASE_SETS)[number]['folder']

let evaluation: Evaluation
let byId: Map<string, Runbook>
const evaluations = new Map<CaseFolder, Evaluation>()

beforeAll(async () => {
  for (const { folder } of CASE_SETS)
    evaluations.set(folder, await loadEvaluation('eval/triage', { cases: folder }))
  evaluation = loaded('cases')
  byId = new Map(evaluation.catalog.map((c) => [c.runbook.id, c.runbook]))
}, 120_000)

function loaded(folder: CaseFolder): Evaluation {
  const found = evaluations.get(folder)
  if (!found) throw new Error(`eval/triage/${folder} was not loaded`)
  return found
}

/** The files of the cases for which `bad` holds, for a readable failure. */
const offenders = (cases: readonly EvalCase[], bad: (c: EvalCase) => boolean): string[] =>
  cases.filter(bad).map((c) => c.file)

const expected = (c: EvalCase): Runbook | undefined =>
  c.expect === NONE ? undefined : byId.get(c.expect)

describe('the evaluation catalogs', () => {
  it.each(['runbooks', 'eval/triage/runbooks'])(
    '%s validates',
    async (dir) => {
      const result = await validateCommand({ dir })
      expect(result.problems.filter((p) => p.severity === 'error')).toEqual([])
      expect(result.ok).toBe(true)
    },
    60_000
  )

  it('hold about 28 runbooks of the second team, none reusing a starter id', async () => {
    const starter = await validateCommand({ dir: 'runbooks' })
    const starterIds = new Set(starter.entries.map((e) => e.runbook.id))
    const team = evaluation.catalog.filter((c) => c.file.startsWith('eval/triage/runbooks/'))
    expect(team.length).toBeGreaterThanOrEqual(25)
    expect(team.filter((c) => starterIds.has(c.runbook.id))).toEqual([])
    expect(evaluation.catalog).toHaveLength(starter.entries.length + team.length)
  }, 60_000)
})

describe.each(CASE_SETS)('the evaluation cases in $folder', ({ folder, minCases, perSignal }) => {
  const all = (): EvalCase[] => loaded(folder).cases
  const ofSignal = (signal: EvalCase['signal']): EvalCase[] =>
    all().filter((c) => c.signal === signal)

  it('all load and normalize into incidents OpsLoop recognizes', async () => {
    const files = (await readdir(`eval/triage/${folder}`)).filter((f) => f.endsWith('.json'))
    const read = all().map((c) => c.file)
    expect(read.sort()).toEqual(files.sort())
    expect(read.length).toBeGreaterThanOrEqual(minCases)
    expect(offenders(all(), (c) => c.incident.kind === 'unrecognized')).toEqual([])
  })

  it('expect a runbook of the catalog or "none"', () => {
    expect(offenders(all(), (c) => c.expect !== NONE && !byId.has(c.expect))).toEqual([])
  })

  it.each(SIGNALS)(`have at least ${perSignal} cases of the signal %s`, (signal) => {
    expect(ofSignal(signal).length).toBeGreaterThanOrEqual(perSignal)
  })

  it('each say why', () => {
    expect(offenders(all(), (c) => c.why.trim() === '')).toEqual([])
  })

  it('use every alarm shape and both alarms and events', () => {
    const types = new Set(all().map((c) => c.incident.alarm?.type))
    expect([...types].sort()).toEqual(
      expect.arrayContaining(['anomaly-detection', 'composite', 'metric', 'metric-math'])
    )
    const sources = new Set(all().map((c) => c.incident.source))
    expect([...sources]).toEqual(
      expect.arrayContaining([
        'aws.cloudwatch',
        'aws.ecs',
        'aws.health',
        'aws.ec2',
        'aws.guardduty',
        'aws.autoscaling'
      ])
    )
  })

  describe('each category says something true about the match rules', () => {
    it('rule: the expected runbook has a fitting match rule and ranks first', () => {
      const cases = ofSignal('rule')
      expect(offenders(cases, (c) => c.expect === NONE)).toEqual([])
      expect(
        offenders(cases, (c) => {
          const runbook = expected(c)
          return runbook === undefined || scoreRunbook(runbook, c.incident) === undefined
        })
      ).toEqual([])
      const runbooks = loaded(folder).catalog.map((e) => e.runbook)
      expect(
        offenders(cases, (c) => {
          const [first, second] = rankRunbooks(runbooks, c.incident)
          return first?.runbook.id !== c.expect || (second !== undefined && tied(first, second))
        })
      ).toEqual([])
    })

    it("text: the expected runbook's rules neither fit nor reject the incident", () => {
      const cases = ofSignal('text')
      expect(offenders(cases, (c) => c.expect === NONE)).toEqual([])
      expect(
        offenders(cases, (c) => {
          const runbook = expected(c)
          return runbook === undefined || scoreRunbook(runbook, c.incident) !== undefined
        })
      ).toEqual([])
      // A runbook whose own rule rejects the incident is a `reject` case, whose answer is not it.
      expect(
        offenders(cases, (c) => {
          const runbook = expected(c)
          return runbook !== undefined && rejectedBy(runbook, c.incident)
        })
      ).toEqual([])
    })

    it('abstain: the answer is "none"', () => {
      expect(offenders(ofSignal('abstain'), (c) => c.expect !== NONE)).toEqual([])
    })

    it("reject: another runbook's own rule rejects the incident; an expected runbook fits", () => {
      const runbooks = loaded(folder).catalog.map((e) => e.runbook)
      const cases = ofSignal('reject')
      expect(
        offenders(
          cases,
          (c) => !runbooks.some((r) => r.id !== c.expect && rejectedBy(r, c.incident))
        )
      ).toEqual([])
      expect(
        offenders(cases, (c) => {
          const runbook = expected(c)
          return runbook !== undefined && scoreRunbook(runbook, c.incident) === undefined
        })
      ).toEqual([])
    })

    it('tie: the two best rules tie, and an expected runbook is one of them', () => {
      const runbooks = loaded(folder).catalog.map((e) => e.runbook)
      expect(
        offenders(ofSignal('tie'), (c) => {
          const ranked = rankRunbooks(runbooks, c.incident)
          const [first, second] = ranked
          if (!first || !second || !tied(first, second)) return true
          return (
            c.expect !== NONE && !ranked.some((r) => tied(r, first) && r.runbook.id === c.expect)
          )
        })
      ).toEqual([])
    })
  })
})

describe('rejectedBy, the harness\'s reading of "its own rule says not me"', () => {
  const incidentOf = (file: string) => {
    const found = evaluation.cases.find((c) => c.file === file)
    if (!found) throw new Error(`no case ${file}`)
    return found.incident
  }
  const runbook = (id: string): Runbook => {
    const found = byId.get(id)
    if (!found) throw new Error(`no runbook ${id}`)
    return found
  }

  it.each([
    // Same metric, a dimension and the alarm-name convention fail.
    ['reject-dlq-other-team-queue.json', 'sqs-redrive-dlq', true],
    // A rule fits: never a rejection.
    ['rule-dlq-convention-name.json', 'sqs-redrive-dlq', false],
    // Another metric of the same namespace: the rule does not speak about it.
    ['text-dlq-not-empty-messages-sent.json', 'sqs-redrive-dlq', false],
    // An alarm-name rule names this alarm, but it is back to OK.
    ['abstain-deploy-guard-back-to-ok.json', 'ecs-rollback-deploy-guard', true],
    // Same metric and alarm-name glob of a rule that names both: the name fails.
    ['reject-apigw-429-all-partners-name.json', 'apigw-raise-usage-plan-throttle', true],
    // Same event name, the severity fails.
    ['reject-guardduty-medium-trojan.json', 'guardduty-isolate-ec2-instance', true],
    // An event name the rule does not list.
    ['text-guardduty-malicious-file.json', 'guardduty-isolate-ec2-instance', false],
    // Same event name, a required tag has another value.
    ['reject-health-retirement-not-stateless.json', 'ec2-stop-start-retiring-instance', true]
  ])('%s, %s: %s', (file, id, rejected) => {
    expect(rejectedBy(runbook(id), incidentOf(file))).toBe(rejected)
  })
})

describe('loadEvaluation', () => {
  /** A one-runbook evaluation folder holding one case with the given contents. */
  async function folder(caseText: string): Promise<string> {
    const root = await mkdtemp(join(tmpdir(), 'opsloop-eval-'))
    await mkdir(join(root, 'runbooks'))
    await mkdir(join(root, 'cases'))
    await copyFile(
      'eval/triage/runbooks/cloudwatch-agent-restart.yaml',
      join(root, 'runbooks', 'cloudwatch-agent-restart.yaml')
    )
    await writeFile(join(root, 'cases', 'broken.json'), caseText)
    return root
  }
  const event = { source: 'aws.ec2', 'detail-type': 'EC2 Instance State-change Notification' }

  it.each([
    [
      'an unknown runbook id',
      { expect: 'no-such-runbook', signal: 'rule', why: 'x', event },
      /neither a runbook id/
    ],
    [
      'an unknown signal',
      { expect: 'none', signal: 'guess', why: 'x', event },
      /`signal` must be one of/
    ],
    [
      'an event OpsLoop cannot read',
      { expect: 'none', signal: 'abstain', why: 'x', event: { hello: 1 } },
      /OpsLoop cannot read its event/
    ],
    [
      'a repository_dispatch of another event type',
      {
        expect: 'none',
        signal: 'abstain',
        why: 'x',
        event: { event_type: 'deploy', client_payload: { event } }
      },
      /event_type is "deploy"/
    ]
  ])(
    'names the case file when a case has %s',
    async (_what, contents, message) => {
      const root = await folder(JSON.stringify(contents))
      try {
        const loading = loadEvaluation(root, { starter: 'runbooks' })
        await expect(loading).rejects.toThrow(/broken\.json/)
        await expect(loading).rejects.toThrow(message)
      } finally {
        await rm(root, { recursive: true, force: true })
      }
    },
    60_000
  )

  it('names the case file when a case is not JSON', async () => {
    const root = await folder('{ "expect": ')
    try {
      await expect(loadEvaluation(root, { starter: 'runbooks' })).rejects.toThrow(
        /broken\.json: the file is not valid JSON/
      )
    } finally {
      await rm(root, { recursive: true, force: true })
    }
  }, 60_000)
})
