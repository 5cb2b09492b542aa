// Generated from schemas/log-anomaly.schema.json by `npm run generate`. Do not edit.

/**
 * The `detail` of the EventBridge event OpsLoop's stream detector emits (`source: opsloop.logs`, `detail-type: OpsLoop Log Anomaly`) when a log group shows a new error template or a burst of one: at most one per log group, template, kind and cooldown window. Intake opens a watch issue from it. Every text in it comes from logs and is untrusted; examples and templates are redacted before they leave the detector. Anyone allowed to put events on the bus can send one, so it proposes, never runs.
 */
export interface LogAnomaly {
  /**
   * Format version of this detail.
   */
  version: 1
  /**
   * Deterministic for (log group, template key, kind, cooldown window): a consumer drops a second delivery of the same anomaly by it.
   */
  id: string
  /**
   * `new-template`: an error, warning or fatal template first seen after the log group's learning period. `burst`: a template's count in the window well above its baseline.
   */
  kind: 'new-template' | 'burst'
  /**
   * The CloudWatch Logs log group, as CloudWatch names it.
   */
  logGroup: string
  /**
   * The template's key, stable across detector containers and line order (docs/detection.md).
   */
  templateKey: string
  /**
   * What every line with this key shares, variable parts masked; redacted, one line.
   */
  template: string
  /**
   * The broader template the detector's miner saw the latest line in; redacted. A hint: another container may have grouped differently.
   */
  drainTemplate?: string
  /**
   * Lines the miner put in `drainTemplate` so far in this container.
   */
  drainCount?: number
  /**
   * The severity detected from the lines.
   */
  severity: 'fatal' | 'error' | 'warn' | 'info'
  /**
   * Lines of the template in the window so far.
   */
  count: number
  /**
   * Mean lines of the template per window before it (0 for a new template).
   */
  baseline: number
  /**
   * Epoch milliseconds: when any detector first saw the template.
   */
  firstSeen: number
  /**
   * Epoch milliseconds: start of the window the anomaly was found in.
   */
  windowStart: number
  /**
   * Epoch milliseconds: end of the window (exclusive).
   */
  windowEnd: number
  /**
   * Epoch milliseconds: the log time of the line that made the rule fire.
   */
  detectedAt: number
  /**
   * A few lines of the template, redacted and cut, with the streams they came from.
   *
   * @maxItems 3
   */
  examples: {
    message: string
    logStream: string
    timestamp: number
  }[]
}

export const logAnomalySchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://opsloop.dev/schemas/log-anomaly.schema.json',
  title: 'OpsLoop log anomaly',
  description:
    "The `detail` of the EventBridge event OpsLoop's stream detector emits (`source: opsloop.logs`, `detail-type: OpsLoop Log Anomaly`) when a log group shows a new error template or a burst of one: at most one per log group, template, kind and cooldown window. Intake opens a watch issue from it. Every text in it comes from logs and is untrusted; examples and templates are redacted before they leave the detector. Anyone allowed to put events on the bus can send one, so it proposes, never runs.",
  type: 'object',
  additionalProperties: false,
  required: [
    'version',
    'id',
    'kind',
    'logGroup',
    'templateKey',
    'template',
    'severity',
    'count',
    'baseline',
    'firstSeen',
    'windowStart',
    'windowEnd',
    'detectedAt',
    'examples'
  ],
  properties: {
    version: { const: 1, description: 'Format version of this detail.' },
    id: {
      type: 'string',
      pattern: '^[0-9a-f]{16,64}$',
      description:
        'Deterministic for (log group, template key, kind, cooldown window): a consumer drops a second delivery of the same anomaly by it.'
    },
    kind: {
      enum: ['new-template', 'burst'],
      description:
        "`new-template`: an error, warning or fatal template first seen after the log group's learning period. `burst`: a template's count in the window well above its baseline."
    },
    logGroup: {
      type: 'string',
      minLength: 1,
      maxLength: 512,
      pattern: '^[\\.\\-_/#A-Za-z0-9]+$',
      description: 'The CloudWatch Logs log group, as CloudWatch names it.'
    },
    templateKey: {
      type: 'string',
      pattern: '^[0-9a-f]{16,64}$',
      description:
        "The template's key, stable across detector containers and line order (docs/detection.md)."
    },
    template: {
      type: 'string',
      minLength: 1,
      maxLength: 1000,
      description:
        'What every line with this key shares, variable parts masked; redacted, one line.'
    },
    drainTemplate: {
      type: 'string',
      maxLength: 1000,
      description:
        "The broader template the detector's miner saw the latest line in; redacted. A hint: another container may have grouped differently."
    },
    drainCount: {
      type: 'integer',
      minimum: 0,
      description: 'Lines the miner put in `drainTemplate` so far in this container.'
    },
    severity: {
      enum: ['fatal', 'error', 'warn', 'info'],
      description: 'The severity detected from the lines.'
    },
    count: {
      type: 'integer',
      minimum: 0,
      description: 'Lines of the template in the window so far.'
    },
    baseline: {
      type: 'number',
      minimum: 0,
      description: 'Mean lines of the template per window before it (0 for a new template).'
    },
    firstSeen: {
      type: 'integer',
      minimum: 0,
      description: 'Epoch milliseconds: when any detector first saw the template.'
    },
    windowStart: {
      type: 'integer',
      minimum: 0,
      description: 'Epoch milliseconds: start of the window the anomaly was found in.'
    },
    windowEnd: {
      type: 'integer',
      minimum: 0,
      description: 'Epoch milliseconds: end of the window (exclusive).'
    },
    detectedAt: {
      type: 'integer',
      minimum: 0,
      description: 'Epoch milliseconds: the log time of the line that made the rule fire.'
    },
    examples: {
      type: 'array',
      maxItems: 3,
      description:
        'A few lines of the template, redacted and cut, with the streams they came from.',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['message', 'logStream', 'timestamp'],
        properties: {
          message: { type: 'string', maxLength: 2000 },
          logStream: { type: 'string', maxLength: 512 },
          timestamp: { type: 'integer', minimum: 0 }
        }
      }
    }
  }
} as const
