// Builders for AWS events as EventBridge delivers them, shared by tests and benchmarks.

export interface AlarmEventOptions {
  state?: 'ALARM' | 'OK' | 'INSUFFICIENT_DATA'
  namespace?: string
  metric?: string
  dimensions?: Record<string, string>
}

/** A "CloudWatch Alarm State Change" event for a single-metric alarm. */
export function alarmEvent(alarmName: string, options: AlarmEventOptions = {}): object {
  const {
    state = 'ALARM',
    namespace = 'CWAgent',
    metric = 'disk_used_percent',
    dimensions = { InstanceId: 'i-0abc' }
  } = options
  return {
    version: '0',
    id: `event-${alarmName}`,
    'detail-type': 'CloudWatch Alarm State Change',
    source: 'aws.cloudwatch',
    account: '111122223333',
    time: '2026-01-01T00:00:00Z',
    region: 'us-east-1',
    resources: [`arn:aws:cloudwatch:us-east-1:111122223333:alarm:${alarmName}`],
    detail: {
      alarmName,
      state: {
        value: state,
        reason: 'Threshold Crossed',
        timestamp: '2026-01-01T00:00:00.000+0000'
      },
      configuration: {
        metrics: [
          {
            id: 'm1',
            metricStat: {
              metric: { namespace, name: metric, dimensions },
              period: 60,
              stat: 'Average'
            },
            returnData: true
          }
        ]
      }
    }
  }
}

/** An "ECS Service Action" event (`SERVICE_STEADY_STATE`, `SERVICE_TASK_START_IMPAIRED`, …). */
export function ecsServiceAction(eventName: string, eventType: 'INFO' | 'WARN' | 'ERROR'): object {
  return {
    version: '0',
    id: `event-${eventName}`,
    'detail-type': 'ECS Service Action',
    source: 'aws.ecs',
    account: '111122223333',
    time: '2026-02-03T14:07:51Z',
    region: 'eu-west-1',
    resources: ['arn:aws:ecs:eu-west-1:111122223333:service/payments-prod/checkout-api'],
    detail: {
      eventType,
      eventName,
      clusterArn: 'arn:aws:ecs:eu-west-1:111122223333:cluster/payments-prod'
    }
  }
}
