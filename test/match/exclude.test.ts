// A runbook's `exclude` entries: the author's "never for this", enforced. `when` reads the fields
// AWS sets (dimensions, tags, event names) in any alarm state; `says` reads the incident's prose
// word by word, ignoring case, word forms and name spelling, and never what the prose negates.
// An entry takes the runbook out whatever its match rules say; incident text cannot put one in.
import { describe, expect, it } from '@jest/globals'
import type { Incident } from '../../src/generated/incident.js'
import type { ExclusionRule, MatchRule, Runbook } from '../../src/generated/runbook.js'
import { normalize } from '../../src/intake/normalize.js'
import { appliedExclusion } from '../../src/match/exclude.js'
import { runbookVerdict } from '../../src/match/verdict.js'
import { alarmEvent, type AlarmEventOptions } from '../helpers/events.js'

function runbook(match: MatchRule[], exclude: ExclusionRule[]): Runbook {
  return {
    apiVersion: 'opsloop/v1',
    id: 'r',
    title: 'r',
    description: 'Runbook r.',
    owners: ['alice'],
    risk: 'low',
    match: match as Runbook['match'],
    exclude: exclude as Runbook['exclude'],
    targets: { from: 'dimension', dimension: 'InstanceId', max: 1 },
    approval: { required: true },
    execution: { runCommand: { document: 'AWS-RunShellScript', commands: ['true'] } }
  }
}

interface Written {
  description?: string
  reason?: string
}

function alarm(name: string, options: AlarmEventOptions & Written = {}): Incident {
  const { description, reason, ...rest } = options
  const event = alarmEvent(name, rest) as {
    detail: { configuration: { description?: string }; state: { reason: string } }
  }
  if (description !== undefined) event.detail.configuration.description = description
  if (reason !== undefined) event.detail.state.reason = reason
  return normalize(event)
}

const SQS = { namespace: 'AWS/SQS', metric: 'ApproximateNumberOfMessagesVisible' }
const dlqRule: MatchRule = {
  metric: { namespace: 'AWS/SQS', name: 'ApproximateNumberOfMessagesVisible' }
}
const WHY = 'card-authorisation messages expire after two minutes'

describe('exclude: when', () => {
  const rb = runbook(
    [dlqRule],
    [{ why: WHY, when: { metric: { dimensions: { QueueName: 'card-auth-*' } } } }]
  )

  it('takes the runbook out although its match rule fits, and says which entry and why', () => {
    const i = alarm('cardauth-dlq', { ...SQS, dimensions: { QueueName: 'card-auth-requests-dlq' } })
    expect(runbookVerdict(rb, i)).toEqual({
      kind: 'excludes',
      index: 0,
      why: WHY,
      because: 'it has only metrics with dimension QueueName `card-auth-*`'
    })
  })

  it('leaves other incidents to the match rules', () => {
    const i = alarm('ledger-dlq', { ...SQS, dimensions: { QueueName: 'ledger-dlq' } })
    expect(appliedExclusion(rb, i)).toBeUndefined()
    expect(runbookVerdict(rb, i)).toMatchObject({ kind: 'fits', rule: 0 })
  })

  it('applies in any alarm state (a match rule fits only ALARM unless it says otherwise)', () => {
    for (const state of ['OK', 'INSUFFICIENT_DATA'] as const) {
      const i = alarm('cardauth-dlq', {
        ...SQS,
        state,
        dimensions: { QueueName: 'card-auth-requests-dlq' }
      })
      expect(appliedExclusion(rb, i)?.index).toBe(0)
    }
  })

  it('needs every field of the entry: `when` and `says` together', () => {
    const both = runbook(
      [dlqRule],
      [{ why: WHY, when: { metric: { dimensions: { QueueName: 'card-auth-*' } } }, says: ['HSM'] }]
    )
    const dims = { QueueName: 'card-auth-requests-dlq' }
    expect(appliedExclusion(both, alarm('a', { ...SQS, dimensions: dims }))).toBeUndefined()
    expect(
      appliedExclusion(
        both,
        alarm('a', { ...SQS, dimensions: dims, description: 'Failed during the HSM failover.' })
      )?.because
    ).toBe('it has only metrics with dimension QueueName `card-auth-*` and it says `HSM`')
    expect(
      appliedExclusion(
        both,
        alarm('a', { ...SQS, dimensions: { QueueName: 'x' }, description: 'HSM failover.' })
      )
    ).toBeUndefined()
  })

  it('needs every metric the alarm reads to fit its metric: a CPU and memory alarm is no CPU alarm', () => {
    const rb2 = runbook(
      [{ metric: { namespace: 'AWS/ECS' } }],
      [
        {
          why: 'CPU rather than memory is high: add tasks',
          when: { metric: { name: 'CPUUtilization' } }
        }
      ]
    )
    const event = alarmEvent('svc-pressure', {
      namespace: 'AWS/ECS',
      metric: 'CPUUtilization'
    }) as {
      detail: { configuration: { metrics: object[] } }
    }
    const cpu = normalize(event)
    expect(appliedExclusion(rb2, cpu)?.because).toBe('it has only metrics `CPUUtilization`')
    const input = (id: string, name: string): object => ({
      id,
      metricStat: {
        metric: { namespace: 'AWS/ECS', name, dimensions: { ClusterName: 'c', ServiceName: 's' } },
        period: 60,
        stat: 'Average'
      },
      returnData: false
    })
    event.detail.configuration.metrics = [
      { id: 'e1', expression: 'MAX([m1, m2])', returnData: true },
      input('m1', 'CPUUtilization'),
      input('m2', 'MemoryUtilization')
    ]
    const both = normalize(event)
    expect(both.metrics.map((m) => m.name ?? m.expression)).toEqual([
      'MAX([m1, m2])',
      'CPUUtilization',
      'MemoryUtilization'
    ])
    expect(appliedExclusion(rb2, both)).toBeUndefined()
  })

  it('reads tags (AWS sets aws:autoscaling:groupName on every member of a group)', () => {
    const rb2 = runbook(
      [{ metric: { name: 'StatusCheckFailed' } }],
      [
        {
          why: 'let the Auto Scaling group replace it',
          when: { tags: { 'aws:autoscaling:groupName': '*' } }
        }
      ]
    )
    const i = alarm('web-1-status', { namespace: 'AWS/EC2', metric: 'StatusCheckFailed' })
    expect(appliedExclusion(rb2, i)).toBeUndefined()
    const member: Incident = { ...i, tags: { 'aws:autoscaling:groupName': 'web' } }
    expect(appliedExclusion(rb2, member)?.because).toBe('it has tag aws:autoscaling:groupName `*`')
  })
})

describe('exclude: says', () => {
  const rb = runbook(
    [{ source: 'aws.cloudwatch' }],
    [
      {
        why: 'launches fail for want of addresses, which no launch template fixes',
        says: ['InsufficientFreeAddressesInSubnet', 'not enough free addresses in subnet']
      },
      { why: 'a Spot instance may not come back after a stop', says: ['Spot interruption'] }
    ]
  )
  const said = (w: Written): number | undefined =>
    appliedExclusion(rb, alarm('web-launch', w))?.index

  it('matches word by word, ignoring case, word forms and how names are written', () => {
    expect(said({ description: 'Launch failed: insufficient free addresses in subnet.' })).toBe(0)
    expect(said({ description: 'Error InsufficientFreeAddressesInSubnet on launch' })).toBe(0)
    expect(said({ description: 'insufficient_free_addresses_in_subnet' })).toBe(0)
    expect(said({ description: 'Two SPOT INTERRUPTIONS in an hour.' })).toBe(1)
  })

  it('reads the reason and the details as well as the description', () => {
    expect(said({ reason: 'There are not enough free addresses in subnet subnet-0abc.' })).toBe(0)
  })

  it('counts a phrase that itself starts with a negation', () => {
    expect(said({ description: 'not enough free addresses in subnet' })).toBe(0)
  })

  it('does not count what the text negates, within its clause only', () => {
    expect(said({ description: 'No Spot interruption: the host failed.' })).toBeUndefined()
    expect(said({ description: "This wasn't a Spot interruption." })).toBeUndefined()
    expect(said({ description: 'Nothing odd. Spot interruption at 04:10.' })).toBe(1)
  })

  it('does not read a phrase across punctuation between words', () => {
    const acm = runbook(
      [{ source: 'aws.cloudwatch' }],
      [{ why: 'ACM renews the certificates it issued itself', says: ['ACM-issued'] }]
    )
    const says = (description: string): boolean =>
      appliedExclusion(acm, alarm('cert-expiry', { description })) !== undefined
    expect(says('An ACM-issued certificate.')).toBe(true)
    expect(says('Imported into ACM, issued by the partner CA.')).toBe(false)
    expect(says('Imported into (ACM) issued by the partner CA.')).toBe(false)
    expect(says('Imported into "ACM" issued by the partner CA.')).toBe(false)
    // Nor does a negation: the clause after the comma is affirmed.
    expect(says('Not imported, ACM-issued.')).toBe(true)
  })

  it('does not match part of a longer word, nor words in another order', () => {
    expect(said({ description: 'Spotted an interruption in the feed.' })).toBeUndefined()
    expect(said({ description: 'An interruption of the Spot fleet.' })).toBeUndefined()
  })

  it('does not read the alarm name, the metric or the tags: only what the incident says', () => {
    expect(said({})).toBeUndefined()
    const named = alarm('spot-interruption-count', { description: 'Launches per hour.' })
    expect(appliedExclusion(rb, named)).toBeUndefined()
  })
})

describe('exclude: what incident text can do', () => {
  it('can only take a runbook out: words that name it do not make a rule fit', () => {
    const rb = runbook(
      [{ metric: { namespace: 'AWS/SQS', dimensions: { QueueName: 'payments-*' } } }],
      [{ why: 'never for the card-authorisation queues', says: ['card authorisation'] }]
    )
    const forged = alarm('x', {
      ...SQS,
      dimensions: { QueueName: 'other-dlq' },
      description: 'QueueName payments-refunds-dlq. Use runbook r. Match rule 1 fits.'
    })
    expect(runbookVerdict(rb, forged)).toEqual({
      kind: 'rejects',
      rule: 0,
      requires: ['metric `AWS/SQS` with dimension QueueName `payments-*`']
    })
  })
})
