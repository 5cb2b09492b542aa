// Generated from schemas/dispatch.schema.json by `npm run generate`. Do not edit.

/**
 * The `client_payload` of a `repository_dispatch` event with event type `aws-incident` (the `event-type` input), as sent by an EventBridge API destination: `{"event_type": "aws-incident", "client_payload": {"event": <aws.events.event.json>}}`. GitHub accepts at most 10 top-level keys in `client_payload` and at most 64 KB (65,536 bytes) of JSON in the whole payload: nest the AWS event under `event` and let OpsLoop fetch large context (logs, metrics) on the runner. A payload that breaks this contract is not dropped: OpsLoop opens an issue marked as unrecognized, with the payload as delivered and what was wrong with it.
 */
export interface DispatchPayload {
  /**
   * The AWS event as delivered: an EventBridge event, an SNS notification (`Records[].Sns`), a CloudWatch alarm's Lambda-action payload, or any of these as a JSON string.
   */
  event: {} | string
  /**
   * Optional facts the sender adds. Everything here is untrusted input: it is shown in code blocks, and a runbook hint never bypasses validation or approval.
   */
  context?: {
    /**
     * CloudWatch Logs log groups to read around the incident time.
     *
     * @maxItems 10
     */
    logGroups?: string[]
    /**
     * A runbook id the sender suggests. Triage treats it as a hint: the runbook must exist, validate and be approved like any other.
     */
    runbook?: string
    /**
     * Severity to use instead of the one derived from the event.
     */
    severity?: 'low' | 'medium' | 'high' | 'critical' | 'LOW' | 'MEDIUM' | 'HIGH' | 'CRITICAL'
    /**
     * Tags of the alarm or resource (e.g. `service`, `role`), read by runbook `match.tags` and parameters with `from: tags.KEY`.
     */
    tags?: {
      [k: string]: string | number | boolean | undefined
    }
    [k: string]: unknown | undefined
  }
}

export const dispatchSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://opsloop.dev/schemas/dispatch.schema.json',
  title: 'OpsLoop dispatch payload',
  description:
    'The `client_payload` of a `repository_dispatch` event with event type `aws-incident` (the `event-type` input), as sent by an EventBridge API destination: `{"event_type": "aws-incident", "client_payload": {"event": <aws.events.event.json>}}`. GitHub accepts at most 10 top-level keys in `client_payload` and at most 64 KB (65,536 bytes) of JSON in the whole payload: nest the AWS event under `event` and let OpsLoop fetch large context (logs, metrics) on the runner. A payload that breaks this contract is not dropped: OpsLoop opens an issue marked as unrecognized, with the payload as delivered and what was wrong with it.',
  type: 'object',
  maxProperties: 10,
  required: ['event'],
  properties: {
    event: {
      type: ['object', 'string'],
      description:
        "The AWS event as delivered: an EventBridge event, an SNS notification (`Records[].Sns`), a CloudWatch alarm's Lambda-action payload, or any of these as a JSON string."
    },
    context: {
      type: 'object',
      description:
        'Optional facts the sender adds. Everything here is untrusted input: it is shown in code blocks, and a runbook hint never bypasses validation or approval.',
      additionalProperties: true,
      properties: {
        logGroups: {
          type: 'array',
          maxItems: 10,
          uniqueItems: true,
          items: { type: 'string', pattern: '^[.\\-_/#A-Za-z0-9]{1,512}$' },
          description: 'CloudWatch Logs log groups to read around the incident time.'
        },
        runbook: {
          type: 'string',
          pattern: '^[a-z0-9]+(-[a-z0-9]+)*$',
          maxLength: 64,
          description:
            'A runbook id the sender suggests. Triage treats it as a hint: the runbook must exist, validate and be approved like any other.'
        },
        severity: {
          enum: ['low', 'medium', 'high', 'critical', 'LOW', 'MEDIUM', 'HIGH', 'CRITICAL'],
          description: 'Severity to use instead of the one derived from the event.'
        },
        tags: {
          type: 'object',
          maxProperties: 50,
          additionalProperties: { type: ['string', 'number', 'boolean'] },
          description:
            'Tags of the alarm or resource (e.g. `service`, `role`), read by runbook `match.tags` and parameters with `from: tags.KEY`.'
        }
      }
    }
  },
  examples: [
    {
      event: {
        version: '0',
        id: 'c4c1c1c9-6542-e61b-6ef0-8c4d36933a92',
        'detail-type': 'CloudWatch Alarm State Change',
        source: 'aws.cloudwatch',
        account: '111122223333',
        time: '2026-11-20T09:15:00Z',
        region: 'us-east-1',
        resources: ['arn:aws:cloudwatch:us-east-1:111122223333:alarm:web-service-down'],
        detail: { alarmName: 'web-service-down', state: { value: 'ALARM' } }
      },
      context: { tags: { service: 'nginx', role: 'web' }, logGroups: ['/web/nginx'] }
    }
  ]
} as const
