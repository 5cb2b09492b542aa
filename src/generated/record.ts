// Generated from schemas/record.schema.json by `npm run generate`. Do not edit.

/**
 * What OpsLoop keeps on an incident issue, one fact per record. A record travels as a hidden marker `<!-- opsloop:record <payload>.<seal> -->`: the payload is this JSON in base64url, the seal an HMAC-SHA256 over it with the `record-key` that only OpsLoop's jobs hold. OpsLoop believes a record only when the seal verifies and the record names this repository and, but for `state`, this issue. The `state` record (occurrences, for finding the open issue of an incident) lives in the issue body and is bound to the fingerprint, since it is written before the issue has a number; every other record sits on a comment of OpsLoop's own that nobody has edited, the first of them the `incident` record that makes the issue OpsLoop's.
 */
export type IssueRecord = {
  v: 1
  kind: 'incident' | 'state' | 'plan' | 'claim' | 'outcome' | 'cancel' | 'set' | 'retriage'
  /**
   * owner/name of the repository the record belongs to.
   */
  repo: string
  /**
   * The issue the record belongs to; every record but `state` names it.
   */
  issue?: number
  fingerprint: string
  /**
   * When OpsLoop wrote it (ISO time).
   */
  at: string
} & (
  | {
      kind: 'incident'
      incident: {
        source: string
        detailType: string
        alarmName?: string
        account?: string
        region?: string
      }
      /**
       * The delivery's payload as OpsLoop read it, secrets already replaced by placeholders, so that `/set` and `/retriage` can plan again from the same event. Absent when its JSON is larger than 24 KB (a comment holds at most 65,536 characters).
       */
      event?: {}
    }
  | {
      kind: 'state'
      occurrences: number
      lastSeen: string
      /**
       * @maxItems 20
       */
      eventIds: string[]
      /**
       * When the latest alarm delivered so far fired (the event's time): deliveries that arrive out of order are judged against it.
       */
      firedAt?: string
      /**
       * When the alarm last returned to OK. The incident counts as recovered while this is later than `firedAt`.
       */
      recoveredAt?: string
      /**
       * On the issue of an AWS Health event: what the event says, so that a later alarm's change attribution can count it as an operational cause without reading any text a person or AWS wrote into the issue.
       */
      health?: {
        eventTypeCode: string
        /**
         * The AWS service, as Health names it (`EC2`, `RDS`, `ELASTICLOADBALANCING`).
         */
        service?: string
        statusCode?: 'open' | 'closed' | 'upcoming'
        region?: string
        startTime?: string
        endTime?: string
        /**
         * The affected entities (instance ids, ARNs, names) the event lists; empty for an event about the service in the region.
         *
         * @maxItems 20
         */
        entities: string[]
      }
      /**
       * On a watch issue (a log anomaly of OpsLoop's detector): the log group it watches, so that a later alarm's issue can point back to it without reading any text a person or a log wrote.
       */
      watch?: {
        logGroup: string
      }
    }
  | {
      kind: 'plan'
      /**
       * A plan; validated against plan.schema.json on every read.
       */
      plan: {}
      /**
       * The digest of the plan this one replaces.
       */
      supersedes?: string
    }
  | {
      kind: 'claim'
      digest: string
      /**
       * The workflow run that claimed the plan.
       */
      run?: string
    }
  | {
      kind: 'outcome'
      digest: string
      outcome: 'remediated' | 'failed' | 'rolled-back'
    }
  | {
      kind: 'cancel'
      digest: string
      by: string
    }
  | {
      kind: 'set'
      /**
       * The runbook parameter.
       */
      name: string
      /**
       * The value, typed and checked against the runbook's schema for the parameter when it was set.
       */
      value: string | number | boolean
      /**
       * The runbook whose parameter it is; a value counts only for plans of that runbook.
       */
      runbook: string
      /**
       * Login of the person who set it.
       */
      by: string
    }
  | {
      kind: 'retriage'
      /**
       * Login of the person who asked for it.
       */
      by: string
    }
)

export const recordSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://opsloop.dev/schemas/record.schema.json',
  title: 'OpsLoop record',
  description:
    "What OpsLoop keeps on an incident issue, one fact per record. A record travels as a hidden marker `<!-- opsloop:record <payload>.<seal> -->`: the payload is this JSON in base64url, the seal an HMAC-SHA256 over it with the `record-key` that only OpsLoop's jobs hold. OpsLoop believes a record only when the seal verifies and the record names this repository and, but for `state`, this issue. The `state` record (occurrences, for finding the open issue of an incident) lives in the issue body and is bound to the fingerprint, since it is written before the issue has a number; every other record sits on a comment of OpsLoop's own that nobody has edited, the first of them the `incident` record that makes the issue OpsLoop's.",
  type: 'object',
  required: ['v', 'kind', 'repo', 'fingerprint', 'at'],
  properties: {
    v: { const: 1 },
    kind: { enum: ['incident', 'state', 'plan', 'claim', 'outcome', 'cancel', 'set', 'retriage'] },
    repo: {
      type: 'string',
      maxLength: 140,
      description: 'owner/name of the repository the record belongs to.'
    },
    issue: {
      type: 'integer',
      minimum: 1,
      description: 'The issue the record belongs to; every record but `state` names it.'
    },
    fingerprint: { type: 'string', pattern: '^[0-9a-f]{16}$' },
    at: { type: 'string', maxLength: 40, description: 'When OpsLoop wrote it (ISO time).' }
  },
  oneOf: [
    {
      properties: {
        kind: { const: 'incident' },
        incident: {
          type: 'object',
          additionalProperties: false,
          required: ['source', 'detailType'],
          properties: {
            source: { type: 'string', maxLength: 256 },
            detailType: { type: 'string', maxLength: 256 },
            alarmName: { type: 'string', maxLength: 255 },
            account: { type: 'string', maxLength: 64 },
            region: { type: 'string', maxLength: 30 }
          }
        },
        event: {
          type: 'object',
          description:
            "The delivery's payload as OpsLoop read it, secrets already replaced by placeholders, so that `/set` and `/retriage` can plan again from the same event. Absent when its JSON is larger than 24 KB (a comment holds at most 65,536 characters)."
        }
      },
      required: ['kind', 'issue', 'incident']
    },
    {
      properties: {
        kind: { const: 'state' },
        occurrences: { type: 'integer', minimum: 1 },
        lastSeen: { type: 'string', maxLength: 40 },
        eventIds: { type: 'array', maxItems: 20, items: { type: 'string', maxLength: 256 } },
        firedAt: {
          type: 'string',
          maxLength: 40,
          description:
            "When the latest alarm delivered so far fired (the event's time): deliveries that arrive out of order are judged against it."
        },
        recoveredAt: {
          type: 'string',
          maxLength: 40,
          description:
            'When the alarm last returned to OK. The incident counts as recovered while this is later than `firedAt`.'
        },
        health: {
          type: 'object',
          additionalProperties: false,
          required: ['eventTypeCode', 'entities'],
          description:
            "On the issue of an AWS Health event: what the event says, so that a later alarm's change attribution can count it as an operational cause without reading any text a person or AWS wrote into the issue.",
          properties: {
            eventTypeCode: { type: 'string', maxLength: 128 },
            service: {
              type: 'string',
              maxLength: 64,
              description:
                'The AWS service, as Health names it (`EC2`, `RDS`, `ELASTICLOADBALANCING`).'
            },
            statusCode: { enum: ['open', 'closed', 'upcoming'] },
            region: { type: 'string', maxLength: 30 },
            startTime: { type: 'string', maxLength: 40 },
            endTime: { type: 'string', maxLength: 40 },
            entities: {
              type: 'array',
              maxItems: 20,
              items: { type: 'string', maxLength: 256 },
              description:
                'The affected entities (instance ids, ARNs, names) the event lists; empty for an event about the service in the region.'
            }
          }
        },
        watch: {
          type: 'object',
          additionalProperties: false,
          required: ['logGroup'],
          description:
            "On a watch issue (a log anomaly of OpsLoop's detector): the log group it watches, so that a later alarm's issue can point back to it without reading any text a person or a log wrote.",
          properties: { logGroup: { type: 'string', maxLength: 512 } }
        }
      },
      required: ['kind', 'occurrences', 'lastSeen', 'eventIds']
    },
    {
      properties: {
        kind: { const: 'plan' },
        plan: {
          type: 'object',
          description: 'A plan; validated against plan.schema.json on every read.'
        },
        supersedes: {
          type: 'string',
          pattern: '^[0-9a-f]{64}$',
          description: 'The digest of the plan this one replaces.'
        }
      },
      required: ['kind', 'issue', 'plan']
    },
    {
      properties: {
        kind: { const: 'claim' },
        digest: { type: 'string', pattern: '^[0-9a-f]{64}$' },
        run: {
          type: 'string',
          maxLength: 500,
          description: 'The workflow run that claimed the plan.'
        }
      },
      required: ['kind', 'issue', 'digest']
    },
    {
      properties: {
        kind: { const: 'outcome' },
        digest: { type: 'string', pattern: '^[0-9a-f]{64}$' },
        outcome: { enum: ['remediated', 'failed', 'rolled-back'] }
      },
      required: ['kind', 'issue', 'digest', 'outcome']
    },
    {
      properties: {
        kind: { const: 'cancel' },
        digest: { type: 'string', pattern: '^[0-9a-f]{64}$' },
        by: { type: 'string', maxLength: 100 }
      },
      required: ['kind', 'issue', 'digest', 'by']
    },
    {
      properties: {
        kind: { const: 'set' },
        name: {
          type: 'string',
          pattern: '^[A-Za-z][A-Za-z0-9_]{0,63}$',
          description: 'The runbook parameter.'
        },
        value: {
          type: ['string', 'number', 'boolean'],
          description:
            "The value, typed and checked against the runbook's schema for the parameter when it was set."
        },
        runbook: {
          type: 'string',
          maxLength: 64,
          description:
            'The runbook whose parameter it is; a value counts only for plans of that runbook.'
        },
        by: { type: 'string', maxLength: 100, description: 'Login of the person who set it.' }
      },
      required: ['kind', 'issue', 'name', 'value', 'runbook', 'by']
    },
    {
      properties: {
        kind: { const: 'retriage' },
        by: { type: 'string', maxLength: 100, description: 'Login of the person who asked for it.' }
      },
      required: ['kind', 'issue', 'by']
    }
  ]
} as const
