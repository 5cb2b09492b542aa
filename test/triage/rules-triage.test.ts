import { beforeAll, describe, expect, it } from '@jest/globals'
import { incidentEvidence } from '../../src/context/evidence.js'
import { normalize } from '../../src/intake/normalize.js'
import { rulesTriage } from '../../src/triage/rules.js'
import type { CatalogRunbook, Triage } from '../../src/triage/types.js'
import { starterCatalog } from '../helpers/catalog.js'
import { alarmEvent } from '../helpers/events.js'

let catalog: CatalogRunbook[]
beforeAll(async () => {
  catalog = await starterCatalog()
})

function triage(payload: unknown, runbooks = catalog): Triage {
  const incident = normalize(payload)
  return rulesTriage({ incident, evidence: incidentEvidence(incident), catalog: runbooks })
}

describe('rules triage', () => {
  it('chooses by match rule and explains which rule fit', () => {
    const t = triage(
      alarmEvent('checkout-5xx', { namespace: 'AWS/ApplicationELB', metric: 'UnHealthyHostCount' })
    )
    expect(t.provider).toBe('rules')
    expect(t.runbook).toEqual({
      id: 'restart-systemd-service',
      confidence: 0.8,
      why: expect.stringMatching(
        /^its match rule 1 fits \(source=aws\.cloudwatch, detailType=CloudWatch Alarm State Change, metric=AWS\/ApplicationELB/
      )
    })
    expect(t.causes).toEqual([])
    expect(t.summary).toMatch(/^checkout-5xx is ALARM in us-east-1: Threshold Crossed/)
  })

  it('falls back to lexical similarity when no rule fits, naming the shared terms', () => {
    const event = alarmEvent('worker-mem-spike', { namespace: 'Custom', metric: 'x' }) as {
      detail: { configuration: { description?: string } }
    }
    event.detail.configuration.description = 'A runaway process is using all memory on the worker'
    const t = triage(event)
    expect(t.runbook?.id).toBe('restart-runaway-process')
    expect(t.runbook?.why).toMatch(/^no match rule fits, but its text shares the terms `/)
    expect(t.runbook?.confidence).toBeLessThanOrEqual(0.6)
  })

  it('lists weak lexical matches as alternatives without proposing one', () => {
    const event = alarmEvent('storage-nearly-exhausted', { namespace: 'Custom', metric: 'x' }) as {
      detail: { configuration: { description?: string } }
    }
    event.detail.configuration.description = 'Root volume almost full: free disk space below 5%'
    const t = triage(event)
    expect(t.runbook).toBeUndefined()
    expect(t.alternatives.map((a) => a.id)).toEqual(
      expect.arrayContaining(['free-disk-space', 'rotate-oversized-logs'])
    )
    expect(t.notes).toContain(
      'No runbook proposed: no match rule fits and no runbook text is close enough.'
    )
  })

  it('proposes nothing for an unrelated incident, and says so', () => {
    const event = alarmEvent('quarterly-billing-report', { namespace: 'Custom', metric: 'Reports' })
    const t = triage(event)
    expect(t.runbook).toBeUndefined()
    expect(t.notes.join(' ')).toMatch(/^No runbook proposed/)
  })

  it('takes a valid runbook hint from the dispatch context, and notes an unknown one', () => {
    const hinted = triage({
      event: alarmEvent('quarterly-billing-report', { namespace: 'Custom', metric: 'Reports' }),
      context: { runbook: 'reboot-ec2-instance' }
    })
    expect(hinted.runbook).toMatchObject({ id: 'reboot-ec2-instance', confidence: 0.5 })
    const unknown = triage({ event: alarmEvent('x'), context: { runbook: 'format-disk' } })
    expect(unknown.notes).toContain(
      'The dispatch context suggests runbook `format-disk`, which is not in the catalog.'
    )
  })

  it('does not guess between equally good rules unless a hint settles it', () => {
    const twin = (id: string): CatalogRunbook => {
      const base = catalog[0] as CatalogRunbook
      return { ...base, runbook: { ...base.runbook, id, match: [{ alarmName: 'disk-*' }] } }
    }
    const pair = [twin('a-runbook'), twin('b-runbook')]
    const tie = triage(alarmEvent('disk-full'), pair)
    expect(tie.runbook).toBeUndefined()
    expect(tie.notes).toEqual([
      'No runbook proposed: `a-runbook` and `b-runbook` match equally well; a person must choose.'
    ])
    expect(tie.alternatives.map((a) => a.id)).toEqual(['a-runbook', 'b-runbook'])
    const settled = triage(
      { event: alarmEvent('disk-full'), context: { runbook: 'b-runbook' } },
      pair
    )
    expect(settled.runbook?.id).toBe('b-runbook')
  })
})
