// OpsLoop's own log anomaly events (schemas/log-anomaly.schema.json) as intake reads them: one
// watch per log group and template, low severity, labelled so a later alarm finds it, and never
// trusting what the detail claims beyond what it reads as text.
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { validate as validLogAnomaly } from '../../src/generated/validate-log-anomaly.js'
import { fingerprint } from '../../src/intake/fingerprint.js'
import { normalize } from '../../src/intake/normalize.js'
import { watchedLogGroup } from '../../src/intake/sources/log-anomaly.js'
import { WATCH_LABEL } from '../../src/issue/labels.js'
import { incidentLabels } from '../../src/report/incident-issue.js'

const event = JSON.parse(
  readFileSync('test/fixtures/aws-events/opsloop-log-anomaly-new-template.json', 'utf8')
) as { detail: Record<string, unknown> } & Record<string, unknown>

const withDetail = (changes: Record<string, unknown>) => ({
  ...event,
  detail: { ...event.detail, ...changes }
})

describe('a log anomaly event', () => {
  it('is a valid detail by the schema the detector writes to', () => {
    expect(validLogAnomaly(event.detail)).toBe(true)
  })

  it('becomes a low-severity watch about its log group, titled by what was seen', () => {
    const incident = normalize(event)
    expect(incident).toMatchObject({
      source: 'opsloop.logs',
      detailType: 'OpsLoop Log Anomaly',
      kind: 'event',
      severity: 'low',
      title:
        'Log anomaly in /checkout/web/app: new error template: ERROR upstream <*> failed: connect ECONNREFUSED <IP>',
      resources: ['arn:aws:logs:eu-west-1:111122223333:log-group:/checkout/web/app']
    })
    expect(incident.details).toMatchObject({
      kind: 'new-template',
      logGroup: '/checkout/web/app',
      firstSeen: '2026-12-05T09:13:00.000Z',
      streams: 'web/app/i-0a1b2c3d4e5f60001'
    })
    expect(incident.links).toContainEqual({
      title: 'CloudWatch Logs log group',
      url: 'https://eu-west-1.console.aws.amazon.com/cloudwatch/home?region=eu-west-1#logsV2:log-groups/log-group/$252Fcheckout$252Fweb$252Fapp'
    })
    expect(watchedLogGroup(incident)).toBe('/checkout/web/app')
  })

  it('is one watch per log group and template: a later burst of it is the same incident', () => {
    const created = fingerprint(normalize(event))
    const burst = normalize(withDetail({ kind: 'burst', count: 120, baseline: 3 }))
    expect(burst.title).toContain('burst of error lines')
    expect(burst.reason).toBe('120 lines in the window, against a baseline of 3 per window')
    expect(fingerprint(burst)).toBe(created)
    expect(fingerprint(normalize(withDetail({ templateKey: '0000111122223333' })))).not.toBe(
      created
    )
    expect(fingerprint(normalize(withDetail({ logGroup: '/checkout/web/nginx' })))).not.toBe(
      created
    )
  })

  it('is labelled a watch', () => {
    const incident = normalize(event)
    const labels = incidentLabels(incident, fingerprint(incident), 'low')
    expect(labels).toEqual(expect.arrayContaining([WATCH_LABEL, 'source:opsloop.logs']))
    // Other incidents are no watch.
    const alarm = normalize({ ...event, source: 'aws.cloudwatch' })
    expect(incidentLabels(alarm, fingerprint(alarm), 'low')).not.toContain(WATCH_LABEL)
  })

  it('is a medium watch when the template is fatal', () => {
    expect(normalize(withDetail({ severity: 'fatal' })).severity).toBe('medium')
  })

  it('reads a forged or broken detail as text, and invents nothing', () => {
    const broken = normalize(withDetail({ logGroup: 42, template: { $gt: 1 }, examples: 'x' }))
    expect(broken.title).toBe('Log anomaly in unknown log group: new error template')
    expect(validLogAnomaly(withDetail({ logGroup: 42 }).detail)).toBe(false)
  })
})
