// Generated from schemas/plan.schema.json by `npm run generate`. Do not edit.

/**
 * Exactly what would run if approved, as OpsLoop derived it from the incident and the catalog. OpsLoop stores it only inside a sealed record (see record.schema.json) on one of its own unedited comments, and validates it against this schema on every read; nothing else on the issue is ever read back as a plan. The `digest` binds an approval to everything that decides what runs or who may approve: the runbook's content, the parameter values, the concrete targets, the incident's identity and the requester.
 */
export interface Plan {
  /**
   * The plan format; 2 binds concrete targets, the incident and the requester.
   */
  version: 2
  runbook: {
    id: string
    title: string
    risk: string
    file: string
    /**
     * sha256 of the runbook file's content.
     */
    digest: string
  }
  /**
   * @maxItems 50
   */
  parameters: {
    name: string
    value?: string | number | boolean
    /**
     * Where the value came from: the incident and what OpsLoop looked up (`from`), the model's proposal, the runbook's default, a person's `/set` on the issue (`setBy`), or nowhere yet.
     */
    source: 'incident' | 'model' | 'default' | 'person' | 'missing'
    /**
     * Login of the person whose `/set` gave the value (source `person`).
     */
    setBy?: string
    from?: string
    sensitive: boolean
  }[]
  /**
   * The concrete targets. Tag targets are resolved to instance ids when the plan is made, and again just before it runs.
   */
  targets?:
    | {
        kind: 'instances'
        /**
         * @maxItems 50
         */
        ids: string[]
      }
    | {
        kind: 'tags'
        tags: {
          /**
           * @maxItems 50
           */
          [k: string]: string[] | undefined
        }
        /**
         * The managed instances carrying the tags when the plan was made; the command is sent to exactly these.
         *
         * @maxItems 50
         */
        ids: string[]
        /**
         * Those of `ids` whose SSM agent was not online.
         *
         * @maxItems 50
         */
        offline?: string[]
      }
    | {
        kind: 'resources'
        /**
         * @maxItems 50
         */
        arns: string[]
      }
    | {
        kind: 'parameter'
        name: string
        /**
         * @maxItems 50
         */
        values: string[]
      }
  /**
   * What stops this plan from running; empty when it is ready for approval.
   *
   * @maxItems 50
   */
  problems: string[]
  /**
   * @maxItems 50
   */
  notes: string[]
  /**
   * sha256 over the canonical JSON of the version, the runbook's id and content digest, the parameter values, the targets, the incident's identity and the requester; present only when the plan has no problems.
   */
  digest?: string
  /**
   * When OpsLoop made the plan (for display; approvals are ordered by the plan comment itself).
   */
  proposedAt: string
  /**
   * Who caused the proposal (the workflow's actor), for the self-approval rule.
   */
  requestedBy?: string
  /**
   * The incident the plan is for. Remediation re-checks that this alarm is still firing.
   */
  incident: {
    fingerprint: string
    alarmName?: string
    account?: string
    region?: string
    state?: string
  }
}

export const planSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://opsloop.dev/schemas/plan.schema.json',
  title: 'OpsLoop plan',
  description:
    "Exactly what would run if approved, as OpsLoop derived it from the incident and the catalog. OpsLoop stores it only inside a sealed record (see record.schema.json) on one of its own unedited comments, and validates it against this schema on every read; nothing else on the issue is ever read back as a plan. The `digest` binds an approval to everything that decides what runs or who may approve: the runbook's content, the parameter values, the concrete targets, the incident's identity and the requester.",
  type: 'object',
  additionalProperties: false,
  required: ['version', 'runbook', 'parameters', 'problems', 'notes', 'proposedAt', 'incident'],
  properties: {
    version: {
      const: 2,
      description: 'The plan format; 2 binds concrete targets, the incident and the requester.'
    },
    runbook: {
      type: 'object',
      additionalProperties: false,
      required: ['id', 'title', 'risk', 'file', 'digest'],
      properties: {
        id: { type: 'string', pattern: '^[a-z0-9]+(-[a-z0-9]+)*$', maxLength: 64 },
        title: { type: 'string', maxLength: 200 },
        risk: { type: 'string', maxLength: 20 },
        file: { type: 'string', maxLength: 500 },
        digest: {
          type: 'string',
          pattern: '^[0-9a-f]{64}$',
          description: "sha256 of the runbook file's content."
        }
      }
    },
    parameters: {
      type: 'array',
      maxItems: 50,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['name', 'source', 'sensitive'],
        properties: {
          name: { type: 'string', maxLength: 64 },
          value: { type: ['string', 'number', 'boolean'] },
          source: {
            enum: ['incident', 'model', 'default', 'person', 'missing'],
            description:
              "Where the value came from: the incident and what OpsLoop looked up (`from`), the model's proposal, the runbook's default, a person's `/set` on the issue (`setBy`), or nowhere yet."
          },
          setBy: {
            type: 'string',
            maxLength: 100,
            description: 'Login of the person whose `/set` gave the value (source `person`).'
          },
          from: { type: 'string', maxLength: 200 },
          sensitive: { type: 'boolean' }
        }
      }
    },
    targets: {
      description:
        'The concrete targets. Tag targets are resolved to instance ids when the plan is made, and again just before it runs.',
      oneOf: [
        {
          type: 'object',
          additionalProperties: false,
          required: ['kind', 'ids'],
          properties: {
            kind: { const: 'instances' },
            ids: { type: 'array', maxItems: 50, items: { type: 'string', maxLength: 200 } }
          }
        },
        {
          type: 'object',
          additionalProperties: false,
          required: ['kind', 'tags', 'ids'],
          properties: {
            kind: { const: 'tags' },
            tags: {
              type: 'object',
              maxProperties: 5,
              additionalProperties: {
                type: 'array',
                maxItems: 50,
                items: { type: 'string', maxLength: 256 }
              }
            },
            ids: {
              type: 'array',
              maxItems: 50,
              items: { type: 'string', maxLength: 200 },
              description:
                'The managed instances carrying the tags when the plan was made; the command is sent to exactly these.'
            },
            offline: {
              type: 'array',
              maxItems: 50,
              items: { type: 'string', maxLength: 200 },
              description: 'Those of `ids` whose SSM agent was not online.'
            }
          }
        },
        {
          type: 'object',
          additionalProperties: false,
          required: ['kind', 'arns'],
          properties: {
            kind: { const: 'resources' },
            arns: { type: 'array', maxItems: 50, items: { type: 'string', maxLength: 2048 } }
          }
        },
        {
          type: 'object',
          additionalProperties: false,
          required: ['kind', 'name', 'values'],
          properties: {
            kind: { const: 'parameter' },
            name: { type: 'string', maxLength: 64 },
            values: { type: 'array', maxItems: 50, items: { type: 'string', maxLength: 2048 } }
          }
        }
      ]
    },
    problems: {
      type: 'array',
      maxItems: 50,
      items: { type: 'string', maxLength: 2000 },
      description: 'What stops this plan from running; empty when it is ready for approval.'
    },
    notes: { type: 'array', maxItems: 50, items: { type: 'string', maxLength: 2000 } },
    digest: {
      type: 'string',
      pattern: '^[0-9a-f]{64}$',
      description:
        "sha256 over the canonical JSON of the version, the runbook's id and content digest, the parameter values, the targets, the incident's identity and the requester; present only when the plan has no problems."
    },
    proposedAt: {
      type: 'string',
      maxLength: 40,
      description:
        'When OpsLoop made the plan (for display; approvals are ordered by the plan comment itself).'
    },
    requestedBy: {
      type: 'string',
      maxLength: 100,
      description: "Who caused the proposal (the workflow's actor), for the self-approval rule."
    },
    incident: {
      type: 'object',
      additionalProperties: false,
      required: ['fingerprint'],
      description:
        'The incident the plan is for. Remediation re-checks that this alarm is still firing.',
      properties: {
        fingerprint: { type: 'string', pattern: '^[0-9a-f]{16}$' },
        alarmName: { type: 'string', maxLength: 255 },
        account: { type: 'string', maxLength: 64 },
        region: { type: 'string', maxLength: 30 },
        state: { type: 'string', maxLength: 30 }
      }
    }
  }
} as const
