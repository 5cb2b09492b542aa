// Generated from schemas/triage.schema.json by `npm run generate`. Do not edit.

/**
 * The triage a model must return, as the input of the one tool it is forced to call. OpsLoop validates the answer against this schema (with `runbook` narrowed to the catalog's ids and `none`), checks the proposed parameters against the chosen runbook's parameter schema, and drops any cause whose evidence ids are not in the data it was given.
 */
export interface TriageAnswer {
  /**
   * Two or three plain sentences for the on-call engineer: what is happening and its impact.
   */
  summary: string
  /**
   * Severity judged from the evidence.
   */
  severity: 'low' | 'medium' | 'high' | 'critical'
  /**
   * Probable causes, most likely first.
   *
   * @maxItems 5
   */
  causes: {
    /**
     * One probable cause, in one sentence.
     */
    cause: string
    /**
     * How likely this cause is, from 0 to 1.
     */
    confidence: number
    /**
     * Ids of the evidence items (`E1`, `E2`, ...) that support this cause.
     *
     * @minItems 1
     * @maxItems 8
     */
    evidence: [string, ...string[]]
  }[]
  /**
   * The id of the catalog runbook that fits, or `none` when no runbook fits. At run time this becomes an enum of the catalog's ids and `none`.
   */
  runbook: string
  /**
   * Proposed values for the chosen runbook's parameters, by name. Omit a parameter to use the value taken from the incident or its default. Empty when `runbook` is `none`.
   */
  parameters: {
    [k: string]: string | number | boolean | undefined
  }
  /**
   * Why this runbook (or none), citing evidence ids.
   */
  rationale: string
}

export const triageSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://opsloop.dev/schemas/triage.schema.json',
  title: 'OpsLoop triage',
  description:
    "The triage a model must return, as the input of the one tool it is forced to call. OpsLoop validates the answer against this schema (with `runbook` narrowed to the catalog's ids and `none`), checks the proposed parameters against the chosen runbook's parameter schema, and drops any cause whose evidence ids are not in the data it was given.",
  type: 'object',
  additionalProperties: false,
  required: ['summary', 'severity', 'causes', 'runbook', 'parameters', 'rationale'],
  properties: {
    summary: {
      type: 'string',
      minLength: 1,
      maxLength: 600,
      description:
        'Two or three plain sentences for the on-call engineer: what is happening and its impact.'
    },
    severity: {
      enum: ['low', 'medium', 'high', 'critical'],
      description: 'Severity judged from the evidence.'
    },
    causes: {
      type: 'array',
      maxItems: 5,
      description: 'Probable causes, most likely first.',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['cause', 'confidence', 'evidence'],
        properties: {
          cause: {
            type: 'string',
            minLength: 1,
            maxLength: 400,
            description: 'One probable cause, in one sentence.'
          },
          confidence: {
            type: 'number',
            minimum: 0,
            maximum: 1,
            description: 'How likely this cause is, from 0 to 1.'
          },
          evidence: {
            type: 'array',
            minItems: 1,
            maxItems: 8,
            uniqueItems: true,
            items: { type: 'string', pattern: '^E[0-9]{1,4}$' },
            description: 'Ids of the evidence items (`E1`, `E2`, ...) that support this cause.'
          }
        }
      }
    },
    runbook: {
      type: 'string',
      description:
        "The id of the catalog runbook that fits, or `none` when no runbook fits. At run time this becomes an enum of the catalog's ids and `none`."
    },
    parameters: {
      type: 'object',
      additionalProperties: { type: ['string', 'number', 'boolean'] },
      description:
        "Proposed values for the chosen runbook's parameters, by name. Omit a parameter to use the value taken from the incident or its default. Empty when `runbook` is `none`."
    },
    rationale: {
      type: 'string',
      minLength: 1,
      maxLength: 1000,
      description: 'Why this runbook (or none), citing evidence ids.'
    }
  }
} as const
