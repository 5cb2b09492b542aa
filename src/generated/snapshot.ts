// Generated from schemas/snapshot.schema.json by `npm run generate`. Do not edit.

/**
 * An ISO 8601 date-time with its offset, e.g. `2026-04-07T06:00:41Z`.
 */
export type Time = string
/**
 * A full commit SHA.
 */
export type Sha = string

/**
 * What OpsLoop knew about an incident when it judged it: the AWS event as delivered, the telemetry of each service involved (log lines, metric series), the changes that could have caused it (deployments with the commits they shipped, commits with their files and bounded diffs, feature-flag changes), how paths map to services, and AWS Health events. Triage and change attribution replay from it offline and deterministically (`opsloop triage --snapshot`). Everything in it is untrusted data, redacted like all evidence. Incidents from other tools can be converted into it: telemetry and deployments are keyed by service.
 */
export interface IncidentSnapshot {
  /**
   * The format; a reader refuses another.
   */
  version: 'opsloop-snapshot/1'
  /**
   * When the snapshot was taken (the end of every look-back window).
   */
  takenAt: string
  /**
   * The incident's AWS event or dispatch payload, as delivered (intake normalizes it again on replay).
   */
  event: {}
  /**
   * The service the incident is about, when known (a `service` tag, the dispatch context, the alarm's dimensions).
   */
  service?: string
  /**
   * Telemetry per service name: its log lines and metric series in the look-back window.
   */
  services?: {
    [k: string]: ServiceTelemetry | undefined
  }
  /**
   * Which repository paths belong to which service, and which are shared libraries that services build from (the repository's documented mapping).
   *
   * @maxItems 200
   */
  components?: Component[]
  /**
   * Deployments in the look-back window, per service, with the commits each shipped.
   *
   * @maxItems 200
   */
  deployments?: Deployment[]
  /**
   * The commits the deployments shipped (and merged pull requests' commits), with files and bounded diffs.
   *
   * @maxItems 500
   */
  commits?: Commit[]
  /**
   * Feature-flag changes in the window, where a team records them.
   *
   * @maxItems 200
   */
  flags?: FlagChange[]
  /**
   * AWS Health events that concern the incident: open in the window, in its Region (or global), naming one of its resources or, when they name none, about an AWS service it uses. Intake takes them from the Health incidents OpsLoop received (their issues' sealed state).
   *
   * @maxItems 50
   */
  awsHealth?: HealthEvent[]
}
export interface ServiceTelemetry {
  /**
   * Log lines, oldest first.
   *
   * @maxItems 5000
   */
  logs?: {
    at: Time
    /**
     * As the line says it (`ERROR`, `warn`), when it does.
     */
    level?: string
    message: string
  }[]
  /**
   * Metric series by name (e.g. `Errors`, `RequestCount`, `p99`).
   */
  metrics?: {
    [k: string]: MetricSeries | undefined
  }
}
export interface MetricSeries {
  /**
   * What the series measures: errors and latency show a symptom's onset, requests a traffic surge.
   */
  kind: 'errors' | 'requests' | 'latency' | 'saturation' | 'other'
  unit?: string
  /**
   * `[time, value]` pairs, oldest first, at a fixed period.
   *
   * @maxItems 2000
   */
  points: [unknown, unknown, ...unknown[]][]
}
export interface Component {
  /**
   * `owner/name`; any repository when absent.
   */
  repo?: string
  /**
   * Path globs (`services/checkout/**`, `libs/http-client/**`).
   *
   * @minItems 1
   */
  paths: [string, ...string[]]
  /**
   * The service these paths belong to.
   */
  service?: string
  /**
   * For a shared library: the services that build from these paths.
   */
  usedBy?: string[]
}
export interface Deployment {
  id: string
  repo?: string
  service: string
  environment?: string
  /**
   * An ISO 8601 date-time with its offset, e.g. `2026-04-07T06:00:41Z`.
   */
  startedAt?: string
  /**
   * An ISO 8601 date-time with its offset, e.g. `2026-04-07T06:00:41Z`.
   */
  at: string
  sha: Sha
  /**
   * A full commit SHA.
   */
  previousSha?: string
  /**
   * The deployment's latest status.
   */
  state?: 'success' | 'failure' | 'in_progress' | 'inactive' | 'error'
  /**
   * The commits the deployment shipped (previousSha..sha), oldest first.
   *
   * @maxItems 250
   */
  commits?: Sha[]
}
export interface Commit {
  sha: Sha
  repo?: string
  /**
   * An ISO 8601 date-time with its offset, e.g. `2026-04-07T06:00:41Z`.
   */
  at: string
  message: string
  author?: string
  pullRequest?: number
  /**
   * @maxItems 300
   */
  files: {
    path: string
    status?: 'added' | 'modified' | 'removed' | 'renamed'
    /**
     * The unified diff hunks of this file (as the GitHub compare API returns `patch`), bounded.
     */
    patch?: string
  }[]
}
export interface FlagChange {
  at: Time
  key: string
  from?: string | number | boolean | null
  to?: string | number | boolean | null
  service?: string
}
export interface HealthEvent {
  at: Time
  /**
   * The AWS service (`EC2`, `RDS`).
   */
  service?: string
  eventTypeCode: string
  statusCode?: 'open' | 'closed' | 'upcoming'
  description?: string
  /**
   * Why it concerns this incident (an affected entity it names, or its service in the incident's Region).
   */
  relevance?: string
  /**
   * The issue OpsLoop opened for the Health event, when it received one.
   */
  issue?: number
}

export const snapshotSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://opsloop.dev/schemas/snapshot.schema.json',
  title: 'OpsLoop incident snapshot',
  description:
    'What OpsLoop knew about an incident when it judged it: the AWS event as delivered, the telemetry of each service involved (log lines, metric series), the changes that could have caused it (deployments with the commits they shipped, commits with their files and bounded diffs, feature-flag changes), how paths map to services, and AWS Health events. Triage and change attribution replay from it offline and deterministically (`opsloop triage --snapshot`). Everything in it is untrusted data, redacted like all evidence. Incidents from other tools can be converted into it: telemetry and deployments are keyed by service.',
  type: 'object',
  additionalProperties: false,
  required: ['version', 'takenAt', 'event'],
  properties: {
    version: { const: 'opsloop-snapshot/1', description: 'The format; a reader refuses another.' },
    takenAt: {
      $ref: '#/$defs/time',
      description: 'When the snapshot was taken (the end of every look-back window).'
    },
    event: {
      type: 'object',
      description:
        "The incident's AWS event or dispatch payload, as delivered (intake normalizes it again on replay)."
    },
    service: {
      type: 'string',
      minLength: 1,
      maxLength: 128,
      description:
        "The service the incident is about, when known (a `service` tag, the dispatch context, the alarm's dimensions)."
    },
    services: {
      type: 'object',
      maxProperties: 50,
      additionalProperties: { $ref: '#/$defs/serviceTelemetry' },
      description:
        'Telemetry per service name: its log lines and metric series in the look-back window.'
    },
    components: {
      type: 'array',
      maxItems: 200,
      items: { $ref: '#/$defs/component' },
      description:
        "Which repository paths belong to which service, and which are shared libraries that services build from (the repository's documented mapping)."
    },
    deployments: {
      type: 'array',
      maxItems: 200,
      items: { $ref: '#/$defs/deployment' },
      description:
        'Deployments in the look-back window, per service, with the commits each shipped.'
    },
    commits: {
      type: 'array',
      maxItems: 500,
      items: { $ref: '#/$defs/commit' },
      description:
        "The commits the deployments shipped (and merged pull requests' commits), with files and bounded diffs."
    },
    flags: {
      type: 'array',
      maxItems: 200,
      items: { $ref: '#/$defs/flagChange' },
      description: 'Feature-flag changes in the window, where a team records them.'
    },
    awsHealth: {
      type: 'array',
      maxItems: 50,
      items: { $ref: '#/$defs/healthEvent' },
      description:
        "AWS Health events that concern the incident: open in the window, in its Region (or global), naming one of its resources or, when they name none, about an AWS service it uses. Intake takes them from the Health incidents OpsLoop received (their issues' sealed state)."
    }
  },
  $defs: {
    time: {
      type: 'string',
      pattern:
        '^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$',
      description: 'An ISO 8601 date-time with its offset, e.g. `2026-04-07T06:00:41Z`.'
    },
    sha: { type: 'string', pattern: '^[0-9a-f]{40}$', description: 'A full commit SHA.' },
    serviceTelemetry: {
      type: 'object',
      additionalProperties: false,
      properties: {
        logs: {
          type: 'array',
          maxItems: 5000,
          items: {
            type: 'object',
            additionalProperties: false,
            required: ['at', 'message'],
            properties: {
              at: { $ref: '#/$defs/time' },
              level: {
                type: 'string',
                maxLength: 16,
                description: 'As the line says it (`ERROR`, `warn`), when it does.'
              },
              message: { type: 'string', maxLength: 8192 }
            }
          },
          description: 'Log lines, oldest first.'
        },
        metrics: {
          type: 'object',
          maxProperties: 50,
          additionalProperties: { $ref: '#/$defs/metricSeries' },
          description: 'Metric series by name (e.g. `Errors`, `RequestCount`, `p99`).'
        }
      }
    },
    metricSeries: {
      type: 'object',
      additionalProperties: false,
      required: ['kind', 'points'],
      properties: {
        kind: {
          enum: ['errors', 'requests', 'latency', 'saturation', 'other'],
          description:
            "What the series measures: errors and latency show a symptom's onset, requests a traffic surge."
        },
        unit: { type: 'string', maxLength: 32 },
        points: {
          type: 'array',
          maxItems: 2000,
          items: {
            type: 'array',
            prefixItems: [{ $ref: '#/$defs/time' }, { type: 'number' }],
            minItems: 2,
            maxItems: 2
          },
          description: '`[time, value]` pairs, oldest first, at a fixed period.'
        }
      }
    },
    component: {
      type: 'object',
      additionalProperties: false,
      required: ['paths'],
      minProperties: 2,
      properties: {
        repo: {
          type: 'string',
          pattern: '^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$',
          description: '`owner/name`; any repository when absent.'
        },
        paths: {
          type: 'array',
          minItems: 1,
          items: { type: 'string', minLength: 1, maxLength: 256 },
          description: 'Path globs (`services/checkout/**`, `libs/http-client/**`).'
        },
        service: {
          type: 'string',
          minLength: 1,
          maxLength: 128,
          description: 'The service these paths belong to.'
        },
        usedBy: {
          type: 'array',
          items: { type: 'string', minLength: 1, maxLength: 128 },
          description: 'For a shared library: the services that build from these paths.'
        }
      }
    },
    deployment: {
      type: 'object',
      additionalProperties: false,
      required: ['id', 'service', 'at', 'sha'],
      properties: {
        id: { type: 'string', minLength: 1, maxLength: 64 },
        repo: { type: 'string', pattern: '^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$' },
        service: { type: 'string', minLength: 1, maxLength: 128 },
        environment: { type: 'string', maxLength: 128 },
        startedAt: {
          $ref: '#/$defs/time',
          description:
            "When the rollout began (GitHub: the deployment's creation). Without it, a deployment recorded up to 30 minutes after the symptom's onset may have been rolling out before it."
        },
        at: {
          $ref: '#/$defs/time',
          description:
            'When the deployment finished rolling out (or started, when it never finished).'
        },
        sha: { $ref: '#/$defs/sha' },
        previousSha: {
          $ref: '#/$defs/sha',
          description:
            "The previous successful deployment of this service and environment: the build's contents are the commits between the two."
        },
        state: {
          enum: ['success', 'failure', 'in_progress', 'inactive', 'error'],
          description: "The deployment's latest status."
        },
        commits: {
          type: 'array',
          maxItems: 250,
          items: { $ref: '#/$defs/sha' },
          description: 'The commits the deployment shipped (previousSha..sha), oldest first.'
        }
      }
    },
    commit: {
      type: 'object',
      additionalProperties: false,
      required: ['sha', 'at', 'message', 'files'],
      properties: {
        sha: { $ref: '#/$defs/sha' },
        repo: { type: 'string', pattern: '^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$' },
        at: { $ref: '#/$defs/time', description: 'When it was committed (or merged).' },
        message: { type: 'string', maxLength: 4096 },
        author: { type: 'string', maxLength: 128 },
        pullRequest: { type: 'integer', minimum: 1 },
        files: {
          type: 'array',
          maxItems: 300,
          items: {
            type: 'object',
            additionalProperties: false,
            required: ['path'],
            properties: {
              path: { type: 'string', minLength: 1, maxLength: 512 },
              status: { enum: ['added', 'modified', 'removed', 'renamed'] },
              patch: {
                type: 'string',
                maxLength: 20000,
                description:
                  'The unified diff hunks of this file (as the GitHub compare API returns `patch`), bounded.'
              }
            }
          }
        }
      }
    },
    flagChange: {
      type: 'object',
      additionalProperties: false,
      required: ['at', 'key'],
      properties: {
        at: { $ref: '#/$defs/time' },
        key: { type: 'string', minLength: 1, maxLength: 256 },
        from: { type: ['string', 'number', 'boolean', 'null'] },
        to: { type: ['string', 'number', 'boolean', 'null'] },
        service: { type: 'string', maxLength: 128 }
      }
    },
    healthEvent: {
      type: 'object',
      additionalProperties: false,
      required: ['at', 'eventTypeCode'],
      properties: {
        at: { $ref: '#/$defs/time' },
        service: { type: 'string', maxLength: 64, description: 'The AWS service (`EC2`, `RDS`).' },
        eventTypeCode: { type: 'string', maxLength: 128 },
        statusCode: { enum: ['open', 'closed', 'upcoming'] },
        description: { type: 'string', maxLength: 4096 },
        relevance: {
          type: 'string',
          maxLength: 300,
          description:
            "Why it concerns this incident (an affected entity it names, or its service in the incident's Region)."
        },
        issue: {
          type: 'integer',
          minimum: 1,
          description: 'The issue OpsLoop opened for the Health event, when it received one.'
        }
      }
    }
  }
} as const
