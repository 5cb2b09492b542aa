import { describe, expect, it } from '@jest/globals'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { Ajv2020 } from 'ajv/dist/2020.js'
import { incidentSchema } from '../../src/generated/incident.js'
import { normalize, resourceTypeOfArn } from '../../src/intake/normalize.js'
import { alarmEvent } from '../helpers/events.js'

const validIncident = new Ajv2020({ allowUnionTypes: true, strictRequired: false }).compile(
  incidentSchema
)

describe('normalize', () => {
  it('reads an EventBridge alarm state change', () => {
    const i = normalize(
      alarmEvent('disk-full', { dimensions: { InstanceId: 'i-0abc', path: '/' } })
    )
    expect(i).toMatchObject({
      source: 'aws.cloudwatch',
      kind: 'alarm',
      alarmName: 'disk-full',
      state: 'ALARM',
      region: 'us-east-1',
      title: 'disk-full is ALARM in us-east-1',
      resourceTypes: expect.arrayContaining(['cloudwatch:alarm', 'ec2:instance']),
      metrics: [
        {
          namespace: 'CWAgent',
          name: 'disk_used_percent',
          dimensions: { InstanceId: 'i-0abc', path: '/' }
        }
      ]
    })
    expect(validIncident(i)).toBe(true)
  })

  it('unwraps a dispatch payload and takes tags and severity from its context', () => {
    const i = normalize({
      event: alarmEvent('x'),
      context: { tags: { team: 'web', n: 3 }, severity: 'CRITICAL' }
    })
    expect(i.tags).toEqual({ team: 'web', n: '3' })
    expect(i.severity).toBe('critical')
  })

  it('reads an SNS-wrapped classic alarm notification', () => {
    const message = {
      AlarmName: 'api-latency',
      AlarmArn: 'arn:aws:cloudwatch:eu-west-1:111122223333:alarm:api-latency',
      NewStateValue: 'ALARM',
      AWSAccountId: '111122223333',
      Trigger: {
        MetricName: 'Latency',
        Namespace: 'AWS/ELB',
        Dimensions: [{ name: 'LoadBalancerName', value: 'api' }]
      }
    }
    const i = normalize({
      Records: [{ Sns: { Message: JSON.stringify(message), Timestamp: '2026-01-01T00:00:00Z' } }]
    })
    expect(i).toMatchObject({
      kind: 'alarm',
      alarmName: 'api-latency',
      region: 'eu-west-1',
      state: 'ALARM',
      metrics: [{ name: 'Latency', dimensions: { LoadBalancerName: 'api' } }]
    })
  })

  it('reads ECS events, with severity from the event type', () => {
    const i = normalize({
      'detail-type': 'ECS Deployment State Change',
      source: 'aws.ecs',
      region: 'us-west-2',
      resources: ['arn:aws:ecs:us-west-2:111122223333:service/default/web'],
      detail: { eventType: 'ERROR', eventName: 'SERVICE_DEPLOYMENT_FAILED' }
    })
    expect(i).toMatchObject({
      kind: 'event',
      eventName: 'SERVICE_DEPLOYMENT_FAILED',
      severity: 'high',
      resourceTypes: ['ecs:service']
    })
    expect(i.title).toBe(
      'ECS Deployment State Change: SERVICE_DEPLOYMENT_FAILED on web in us-west-2'
    )
  })

  it('never throws on junk', () => {
    for (const junk of [null, 42, 'text', [], { event: '{not json' }, { detail: 5, source: 7 }]) {
      expect(validIncident(normalize(junk))).toBe(true)
    }
  })

  it('derives resource types from ARNs', () => {
    expect(resourceTypeOfArn('arn:aws:ec2:us-east-1:1:instance/i-1')).toBe('ec2:instance')
    expect(
      resourceTypeOfArn(
        'arn:aws:autoscaling:us-east-1:1:autoScalingGroup:uuid:autoScalingGroupName/web'
      )
    ).toBe('autoscaling:autoScalingGroup')
    expect(resourceTypeOfArn('arn:aws:s3:::bucket')).toBe('s3')
    expect(resourceTypeOfArn('i-123')).toBeUndefined()
  })
})

// Real AWS samples from ../shared (not shipped with the project): each must normalize to a
// schema-valid incident with the right kind. Skipped with a note when the folder is absent.
const SHARED = join(process.cwd(), '..', 'shared', 'testdata', 'aws-events')
const shared = existsSync(SHARED)
  ? readdirSync(SHARED).filter((f) => f.endsWith('.json') && !f.startsWith('_'))
  : []
if (shared.length === 0) console.info(`skipping shared AWS sample conformance: ${SHARED} is absent`)

const whenShared = shared.length > 0 ? describe : describe.skip

whenShared('shared AWS samples', () => {
  it.each(shared.length > 0 ? shared : ['(absent)'])(
    '%s normalizes to a valid incident',
    (file) => {
      const raw = JSON.parse(
        readFileSync(join(SHARED, file), 'utf8').replace(/^\uFEFF/, '')
      ) as unknown
      const incident = normalize(raw)
      expect(validIncident(incident)).toBe(true)
      if (/alarm-state-change|^sns-|^lambda-action/.test(file)) {
        expect(incident.kind).toBe('alarm')
        expect(incident.alarmName).toBeTruthy()
        expect(incident.state).toBeDefined()
      }
    }
  )
})
