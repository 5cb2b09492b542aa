// What fixed a past incident: OpsLoop's sealed records first (the plan, whether it ran, its sealed
// outcome), then the outcome labels, then what people wrote, with their commands apart.
import { describe, expect, it } from '@jest/globals'
import type { Ledger } from '../../src/issue/ledger.js'
import type { SnapshotComment } from '../../src/issue/thread.js'
import { resolutionOf, splitComment } from '../../src/history/resolution.js'
import type { Plan } from '../../src/generated/plan.js'

const DIGEST = 'ab'.repeat(32)
const person = (id: number, login: string, body: string, type = 'User'): SnapshotComment => ({
  id,
  url: `https://github.com/acme/ops/issues/3#issuecomment-${id}`,
  author: { id: id + 1000, login, type },
  body,
  createdAt: '2026-11-01T10:00:00Z',
  edited: false
})

function ledger(overrides: Partial<Ledger> = {}): Ledger {
  return {
    authentic: true,
    fingerprint: 'f'.repeat(16),
    identity: { id: 1, login: 'opsloop[bot]', type: 'Bot' },
    incident: { source: 'aws.cloudwatch', detailType: 'CloudWatch Alarm State Change' },
    plans: [
      {
        plan: { digest: DIGEST, runbook: { id: 'restart-systemd-service' } } as unknown as Plan,
        commentId: 10
      }
    ],
    claims: [],
    outcomes: [],
    cancels: [],
    settings: [],
    retriages: [],
    ranLabels: new Set(),
    human: [],
    ...overrides
  }
}

describe('splitComment', () => {
  it('takes code blocks (backticks or tildes, any info string) apart from the prose', () => {
    expect(
      splitComment(
        'Restarted it:\n\n```sh\nsudo systemctl restart php-fpm\n```\n\nand then\n~~~\nkill -HUP 1\n~~~\nok'
      )
    ).toEqual({
      text: 'Restarted it: and then ok',
      commands: ['sudo systemctl restart php-fpm', 'kill -HUP 1']
    })
  })

  it('cuts long prose at 280 characters', () => {
    const { text } = splitComment('word '.repeat(100))
    expect(Array.from(text)).toHaveLength(281)
    expect(text.endsWith('…')).toBe(true)
  })
})

describe('resolutionOf', () => {
  it('says a run fixed it only when the remediation job sealed that outcome', () => {
    const sealed = ledger({
      claims: [{ digest: DIGEST, commentId: 11 }],
      outcomes: [{ digest: DIGEST, outcome: 'remediated', commentId: 12 }]
    })
    expect(resolutionOf(sealed, ['opsloop', 'remediated'], 'closed')).toEqual({
      runbook: { id: 'restart-systemd-service', digest: DIGEST, ran: true, outcome: 'remediated' },
      ended: 'remediated',
      notes: []
    })
    // A `remediated` label anyone could add is how it ended, never that the runbook fixed it.
    expect(resolutionOf(ledger(), ['remediated'], 'closed').runbook).toEqual({
      id: 'restart-systemd-service',
      digest: DIGEST,
      ran: false
    })
  })

  it("quotes people's last three accounts, never commands, bots or empty comments", () => {
    const human = [
      person(20, 'alice', 'Looking.'),
      person(21, 'alice', '/approve abababababab'),
      person(22, 'renovate[bot]', 'Bumped a dependency', 'Bot'),
      person(23, 'dave', 'Pool exhausted.\n```\nsudo systemctl restart php-fpm\n```'),
      person(24, 'erin', 'Confirmed fixed.'),
      person(25, 'frank', '   ')
    ]
    expect(resolutionOf(ledger({ human }), [], 'closed').notes).toEqual([
      { author: 'alice', url: human[0]?.url, text: 'Looking.', commands: [] },
      {
        author: 'dave',
        url: human[3]?.url,
        text: 'Pool exhausted.',
        commands: ['sudo systemctl restart php-fpm']
      },
      { author: 'erin', url: human[4]?.url, text: 'Confirmed fixed.', commands: [] }
    ])
  })

  it('reads how the issue ended from its labels and state', () => {
    expect(resolutionOf(ledger(), ['recovered'], 'closed').ended).toBe('recovered')
    expect(resolutionOf(ledger(), ['remediation-failed'], 'closed').ended).toBe('failed')
    expect(resolutionOf(ledger(), [], 'open').ended).toBe('open')
  })
})
