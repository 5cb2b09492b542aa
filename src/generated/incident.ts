// Generated from schemas/incident.schema.json by `npm run generate`. Do not edit.

/**
 * One normalized incident, whatever shape the AWS event arrived in. Runbook `match` rules, triage and the incident issue all read this model.
 */
export interface Incident {
  /**
   * EventBridge `source`, e.g. `aws.cloudwatch`.
   */
  source: string
  /**
   * The event's own id: EventBridge `id` or SNS `MessageId`. Absent for the alarm Lambda-action payload, which has none.
   */
  id?: string
  /**
   * EventBridge `detail-type`.
   */
  detailType: string
  /**
   * `alarm` for CloudWatch alarm state changes in any wrapping, `event` for any other EventBridge event, `unrecognized` when the payload is none of the shapes OpsLoop reads (EventBridge event, SNS-wrapped alarm, alarm Lambda action, classic alarm message).
   */
  kind: 'alarm' | 'event' | 'unrecognized'
  title: string
  alarmName?: string
  alarmArn?: string
  /**
   * Alarm state after the change.
   */
  state?: 'ALARM' | 'OK' | 'INSUFFICIENT_DATA'
  /**
   * Alarm state before the change (`previousState.value` or `OldStateValue`).
   */
  previousState?: 'ALARM' | 'OK' | 'INSUFFICIENT_DATA'
  /**
   * The event's own name or code: ECS `eventName`, Health `eventTypeCode`, GuardDuty `type`, EC2 instance `state`, Step Functions execution `status`; for Auto Scaling and ACM events, the detail-type.
   */
  eventName?: string
  severity: 'low' | 'medium' | 'high' | 'critical'
  account?: string
  region?: string
  time?: string
  /**
   * The alarm's configured description (`AlarmDescription`, `configuration.description`) or the GuardDuty finding `title`. Never the state reason: that is `reason`.
   */
  description?: string
  /**
   * What happened, in AWS's words: alarm state reason, ECS `reason` or task `stoppedReason`, Health latest description, GuardDuty finding description, Spot interruption action.
   */
  reason?: string
  alarm?: Alarm
  /**
   * Resource ARNs or ids named by the event.
   */
  resources: string[]
  /**
   * `service:type` of each resource, from ARNs and metric dimensions, e.g. `ec2:instance`.
   */
  resourceTypes: string[]
  /**
   * Metrics the alarm watches, including metric-math inputs.
   */
  metrics: Metric[]
  /**
   * Tags of the incident: the alarm's and its resources' tags as looked up in AWS (see `facts.tagSources`), then any the dispatch context supplies for keys AWS did not.
   */
  tags: {
    [k: string]: string | undefined
  }
  /**
   * The dispatch `client_payload.context`, as sent.
   */
  context: {
    [k: string]: unknown | undefined
  }
  /**
   * What OpsLoop looked up in AWS about the incident (read-only, bounded, once per run), each with where it came from. Runbook parameters bind to these with `from:` (`tags.KEY`, `ecs.*`, `autoScalingGroup`). Absent when nothing was looked up.
   */
  facts?: {
    /**
     * Where each key of `tags` came from: `alarm` (CloudWatch ListTagsForResource), `resource <ARN>` (Resource Groups Tagging API GetResources) or `dispatch` (the dispatch context).
     */
    tagSources: {
      [k: string]: string | undefined
    }
    /**
     * Log groups to read for the incident, each with where it came from.
     *
     * @maxItems 20
     */
    logGroups: {
      name: string
      /**
       * e.g. `alarm tag opsloop:log-groups`, `Lambda convention`, `ECS task definition <ARN>`, `log-groups input`, `dispatch context`.
       */
      source: string
    }[]
    /**
     * The ECS service the incident names (by its alarm's ClusterName/ServiceName dimensions or an ECS event's resources), from DescribeServices and DescribeTaskDefinition.
     */
    ecs?: {
      cluster: string
      service: string
      /**
       * The task definition of the PRIMARY deployment.
       */
      taskDefinition?: string
      /**
       * The latest earlier task definition whose deployment completed: what a rollback returns to.
       */
      previousTaskDefinition?: string
      rolloutState?: string
    }
    /**
     * The Auto Scaling group of the incident (its `AutoScalingGroupName` dimension, or the group of its instance).
     */
    autoScalingGroup?: string
    /**
     * The suspect change, when change attribution named one (docs/triage.md, which change broke it): the commit, the deployment that shipped it and what that deployment replaced. A rollback runbook binds its parameters to these (`change.previousSha`) and matches only when there is one (`match[].change`).
     */
    change?: {
      /**
       * The suspect commit.
       */
      sha: string
      /**
       * The id of the deployment that shipped it.
       */
      deployment: string
      /**
       * The commit that deployment deployed (its build's head).
       */
      deploymentSha?: string
      /**
       * The commit of the environment's previous successful deployment: what a rollback returns to.
       */
      previousSha?: string
      service: string
      /**
       * The repository (`owner/name`) the deployment belongs to.
       */
      repository?: string
      /**
       * The deployment's environment.
       */
      environment?: string
      /**
       * The attribution's confidence: its evidence as a share of two strong pieces.
       */
      confidence?: number
    }
    /**
     * The EC2 instances the incident names (its `InstanceId` dimensions, instance ARNs and bare instance ids), as SSM DescribeInstanceInformation reports them: whether SSM manages each one, which a runbook acting through SSM needs, and whether its agent answers. Absent when the incident names no instance or the look-up failed (see `notAvailable`).
     *
     * @maxItems 10
     */
    instances?: {
      /**
       * The instance id.
       */
      id: string
      /**
       * Whether SSM lists the instance as a managed node. One it does not manage has no running SSM Agent, no instance profile granting AmazonSSMManagedInstanceCore, or no network path to SSM; no runbook can reach it through SSM.
       */
      managed: boolean
      /**
       * The SSM Agent's ping status, for a managed instance: `Online`, `ConnectionLost` (the agent stopped answering) or `Inactive` (the instance is stopped or terminated, or its agent was deregistered).
       */
      pingStatus?: string
      /**
       * When the agent last answered (ISO time).
       */
      lastPingAt?: string
      /**
       * `Linux`, `Windows` or `MacOS`.
       */
      platformType?: string
      /**
       * The operating system, as the agent reports it, e.g. `Amazon Linux`.
       */
      platformName?: string
      /**
       * The operating system's version, as the agent reports it, e.g. `2023`.
       */
      platformVersion?: string
      /**
       * The SSM Agent's version.
       */
      agentVersion?: string
    }[]
    /**
     * What CloudWatch Logs anomaly detectors watching the incident's log groups (ListLogAnomalyDetectors) found in the incident's window (ListAnomalies, unsuppressed only), highest priority and newest first. Text from AWS, untrusted and redacted like log lines. Absent when no detector watches the log groups or found nothing in the window.
     *
     * @maxItems 10
     */
    anomalies?: {
      /**
       * The detector's name, or its ARN when it has none.
       */
      detector: string
      /**
       * The incident's log groups the anomaly was found in.
       */
      logGroups: string[]
      /**
       * The log pattern the detector saw, with `<*>` for the parts that vary.
       */
      pattern: string
      /**
       * What the detector says about it, e.g. how far it is from the baseline.
       */
      description?: string
      /**
       * `HIGH`, `MEDIUM` or `LOW`, from the log's severity and how far it is from the baseline.
       */
      priority?: string
      /**
       * `Active`, or `Baseline` when the detector now considers it normal.
       */
      state?: string
      /**
       * Whether it is still going on.
       */
      active?: boolean
      /**
       * When the detector first saw it (ISO time).
       */
      firstSeen: string
      /**
       * When the detector last saw it (ISO time).
       */
      lastSeen: string
    }[]
    /**
     * Look-ups that could not be made, each saying why and, for a denied call, the IAM action to grant.
     */
    notAvailable: string[]
  }
  /**
   * AWS console links for the alarm and the resources involved, built only from validated region and resource ids.
   *
   * @maxItems 5
   */
  links?: Link[]
  /**
   * Short key facts for a table, per source (e.g. EC2 `state`, ECS `lastStatus`, Health `eventTypeCategory`, GuardDuty `type`).
   */
  details?: {
    [k: string]: string | undefined
  }
  raw: unknown
}
/**
 * How the alarm is built and what it saw; present when `kind` is `alarm`.
 */
export interface Alarm {
  /**
   * `anomaly-detection` when it compares against an `ANOMALY_DETECTION_BAND`, `composite` when it has an alarm rule, `metric-math` when it uses an expression or several metrics, `metric` otherwise.
   */
  type: 'metric' | 'metric-math' | 'anomaly-detection' | 'composite'
  /**
   * Comparison operator, e.g. `GreaterThanThreshold`.
   */
  comparison?: string
  /**
   * Static threshold.
   */
  threshold?: number
  /**
   * Id of the anomaly detection band the metric is compared with.
   */
  thresholdMetricId?: string
  /**
   * Number of periods evaluated.
   */
  evaluationPeriods?: number
  /**
   * Breaching datapoints needed to go to ALARM.
   */
  datapointsToAlarm?: number
  /**
   * Composite alarm rule, e.g. `ALARM(a) OR ALARM(b)`.
   */
  rule?: string
  /**
   * Why actions were suppressed for this change (`Alarm`, `WaitPeriod`, `ExtensionPeriod`).
   */
  actionsSuppressedBy?: string
  /**
   * Most recent datapoint values behind the state change, oldest first.
   */
  recentDatapoints?: number[]
  /**
   * Datapoints evaluated for the state change, when AWS reports them.
   */
  evaluatedDatapoints?: Datapoint[]
}
/**
 * One evaluated datapoint.
 */
export interface Datapoint {
  /**
   * Start of the datapoint's period.
   */
  timestamp?: string
  /**
   * The datapoint's value.
   */
  value?: number
  /**
   * Samples in the period.
   */
  sampleCount?: number
  /**
   * Threshold the value was compared with.
   */
  threshold?: number
}
export interface Metric {
  id?: string
  namespace?: string
  name?: string
  dimensions: {
    [k: string]: string | undefined
  }
  expression?: string
  stat?: string
  period?: number
}
/**
 * A console link.
 */
export interface Link {
  /**
   * What the link opens, e.g. `CloudWatch alarm`.
   */
  title: string
  /**
   * HTTPS console URL.
   */
  url: string
}

export const incidentSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://opsloop.dev/schemas/incident.schema.json',
  title: 'OpsLoop incident',
  description:
    'One normalized incident, whatever shape the AWS event arrived in. Runbook `match` rules, triage and the incident issue all read this model.',
  type: 'object',
  additionalProperties: false,
  required: [
    'source',
    'detailType',
    'kind',
    'title',
    'severity',
    'resources',
    'resourceTypes',
    'metrics',
    'tags',
    'context',
    'raw'
  ],
  properties: {
    source: { type: 'string', description: 'EventBridge `source`, e.g. `aws.cloudwatch`.' },
    id: {
      type: 'string',
      description:
        "The event's own id: EventBridge `id` or SNS `MessageId`. Absent for the alarm Lambda-action payload, which has none."
    },
    detailType: { type: 'string', description: 'EventBridge `detail-type`.' },
    kind: {
      enum: ['alarm', 'event', 'unrecognized'],
      description:
        '`alarm` for CloudWatch alarm state changes in any wrapping, `event` for any other EventBridge event, `unrecognized` when the payload is none of the shapes OpsLoop reads (EventBridge event, SNS-wrapped alarm, alarm Lambda action, classic alarm message).'
    },
    title: { type: 'string', maxLength: 256 },
    alarmName: { type: 'string' },
    alarmArn: { type: 'string' },
    state: {
      enum: ['ALARM', 'OK', 'INSUFFICIENT_DATA'],
      description: 'Alarm state after the change.'
    },
    previousState: {
      enum: ['ALARM', 'OK', 'INSUFFICIENT_DATA'],
      description: 'Alarm state before the change (`previousState.value` or `OldStateValue`).'
    },
    eventName: {
      type: 'string',
      description:
        "The event's own name or code: ECS `eventName`, Health `eventTypeCode`, GuardDuty `type`, EC2 instance `state`, Step Functions execution `status`; for Auto Scaling and ACM events, the detail-type."
    },
    severity: { enum: ['low', 'medium', 'high', 'critical'] },
    account: { type: 'string' },
    region: { type: 'string' },
    time: { type: 'string' },
    description: {
      type: 'string',
      description:
        "The alarm's configured description (`AlarmDescription`, `configuration.description`) or the GuardDuty finding `title`. Never the state reason: that is `reason`."
    },
    reason: {
      type: 'string',
      description:
        "What happened, in AWS's words: alarm state reason, ECS `reason` or task `stoppedReason`, Health latest description, GuardDuty finding description, Spot interruption action."
    },
    alarm: {
      $ref: '#/$defs/alarm',
      description: 'How the alarm is built and what it saw; present when `kind` is `alarm`.'
    },
    resources: {
      type: 'array',
      items: { type: 'string' },
      description: 'Resource ARNs or ids named by the event.'
    },
    resourceTypes: {
      type: 'array',
      items: { type: 'string' },
      description:
        '`service:type` of each resource, from ARNs and metric dimensions, e.g. `ec2:instance`.'
    },
    metrics: {
      type: 'array',
      items: { $ref: '#/$defs/metric' },
      description: 'Metrics the alarm watches, including metric-math inputs.'
    },
    tags: {
      type: 'object',
      additionalProperties: { type: 'string' },
      description:
        "Tags of the incident: the alarm's and its resources' tags as looked up in AWS (see `facts.tagSources`), then any the dispatch context supplies for keys AWS did not."
    },
    context: {
      type: 'object',
      description: 'The dispatch `client_payload.context`, as sent.',
      additionalProperties: true
    },
    facts: {
      type: 'object',
      additionalProperties: false,
      description:
        'What OpsLoop looked up in AWS about the incident (read-only, bounded, once per run), each with where it came from. Runbook parameters bind to these with `from:` (`tags.KEY`, `ecs.*`, `autoScalingGroup`). Absent when nothing was looked up.',
      required: ['tagSources', 'logGroups', 'notAvailable'],
      properties: {
        tagSources: {
          type: 'object',
          additionalProperties: { type: 'string' },
          description:
            'Where each key of `tags` came from: `alarm` (CloudWatch ListTagsForResource), `resource <ARN>` (Resource Groups Tagging API GetResources) or `dispatch` (the dispatch context).'
        },
        logGroups: {
          type: 'array',
          maxItems: 20,
          description: 'Log groups to read for the incident, each with where it came from.',
          items: {
            type: 'object',
            additionalProperties: false,
            required: ['name', 'source'],
            properties: {
              name: { type: 'string', minLength: 1, maxLength: 512 },
              source: {
                type: 'string',
                description:
                  'e.g. `alarm tag opsloop:log-groups`, `Lambda convention`, `ECS task definition <ARN>`, `log-groups input`, `dispatch context`.'
              }
            }
          }
        },
        ecs: {
          type: 'object',
          additionalProperties: false,
          required: ['cluster', 'service'],
          description:
            "The ECS service the incident names (by its alarm's ClusterName/ServiceName dimensions or an ECS event's resources), from DescribeServices and DescribeTaskDefinition.",
          properties: {
            cluster: { type: 'string' },
            service: { type: 'string' },
            taskDefinition: {
              type: 'string',
              description: 'The task definition of the PRIMARY deployment.'
            },
            previousTaskDefinition: {
              type: 'string',
              description:
                'The latest earlier task definition whose deployment completed: what a rollback returns to.'
            },
            rolloutState: { type: 'string' }
          }
        },
        autoScalingGroup: {
          type: 'string',
          description:
            'The Auto Scaling group of the incident (its `AutoScalingGroupName` dimension, or the group of its instance).'
        },
        change: {
          type: 'object',
          additionalProperties: false,
          required: ['sha', 'deployment', 'service'],
          description:
            'The suspect change, when change attribution named one (docs/triage.md, which change broke it): the commit, the deployment that shipped it and what that deployment replaced. A rollback runbook binds its parameters to these (`change.previousSha`) and matches only when there is one (`match[].change`).',
          properties: {
            sha: { type: 'string', pattern: '^[0-9a-f]{40}$', description: 'The suspect commit.' },
            deployment: {
              type: 'string',
              maxLength: 64,
              description: 'The id of the deployment that shipped it.'
            },
            deploymentSha: {
              type: 'string',
              pattern: '^[0-9a-f]{40}$',
              description: "The commit that deployment deployed (its build's head)."
            },
            previousSha: {
              type: 'string',
              pattern: '^[0-9a-f]{40}$',
              description:
                "The commit of the environment's previous successful deployment: what a rollback returns to."
            },
            service: { type: 'string', maxLength: 128 },
            repository: {
              type: 'string',
              pattern: '^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$',
              description: 'The repository (`owner/name`) the deployment belongs to.'
            },
            environment: {
              type: 'string',
              maxLength: 128,
              description: "The deployment's environment."
            },
            confidence: {
              type: 'number',
              minimum: 0,
              maximum: 1,
              description:
                "The attribution's confidence: its evidence as a share of two strong pieces."
            }
          }
        },
        instances: {
          type: 'array',
          maxItems: 10,
          description:
            'The EC2 instances the incident names (its `InstanceId` dimensions, instance ARNs and bare instance ids), as SSM DescribeInstanceInformation reports them: whether SSM manages each one, which a runbook acting through SSM needs, and whether its agent answers. Absent when the incident names no instance or the look-up failed (see `notAvailable`).',
          items: {
            type: 'object',
            additionalProperties: false,
            required: ['id', 'managed'],
            properties: {
              id: {
                type: 'string',
                pattern: '^i-[0-9a-f]{8,17}$',
                description: 'The instance id.'
              },
              managed: {
                type: 'boolean',
                description:
                  'Whether SSM lists the instance as a managed node. One it does not manage has no running SSM Agent, no instance profile granting AmazonSSMManagedInstanceCore, or no network path to SSM; no runbook can reach it through SSM.'
              },
              pingStatus: {
                type: 'string',
                description:
                  "The SSM Agent's ping status, for a managed instance: `Online`, `ConnectionLost` (the agent stopped answering) or `Inactive` (the instance is stopped or terminated, or its agent was deregistered)."
              },
              lastPingAt: {
                type: 'string',
                description: 'When the agent last answered (ISO time).'
              },
              platformType: { type: 'string', description: '`Linux`, `Windows` or `MacOS`.' },
              platformName: {
                type: 'string',
                description: 'The operating system, as the agent reports it, e.g. `Amazon Linux`.'
              },
              platformVersion: {
                type: 'string',
                description: "The operating system's version, as the agent reports it, e.g. `2023`."
              },
              agentVersion: { type: 'string', description: "The SSM Agent's version." }
            }
          }
        },
        anomalies: {
          type: 'array',
          maxItems: 10,
          description:
            "What CloudWatch Logs anomaly detectors watching the incident's log groups (ListLogAnomalyDetectors) found in the incident's window (ListAnomalies, unsuppressed only), highest priority and newest first. Text from AWS, untrusted and redacted like log lines. Absent when no detector watches the log groups or found nothing in the window.",
          items: {
            type: 'object',
            additionalProperties: false,
            required: ['detector', 'logGroups', 'pattern', 'firstSeen', 'lastSeen'],
            properties: {
              detector: {
                type: 'string',
                description: "The detector's name, or its ARN when it has none."
              },
              logGroups: {
                type: 'array',
                items: { type: 'string' },
                description: "The incident's log groups the anomaly was found in."
              },
              pattern: {
                type: 'string',
                description: 'The log pattern the detector saw, with `<*>` for the parts that vary.'
              },
              description: {
                type: 'string',
                description:
                  'What the detector says about it, e.g. how far it is from the baseline.'
              },
              priority: {
                type: 'string',
                description:
                  "`HIGH`, `MEDIUM` or `LOW`, from the log's severity and how far it is from the baseline."
              },
              state: {
                type: 'string',
                description: '`Active`, or `Baseline` when the detector now considers it normal.'
              },
              active: { type: 'boolean', description: 'Whether it is still going on.' },
              firstSeen: {
                type: 'string',
                description: 'When the detector first saw it (ISO time).'
              },
              lastSeen: { type: 'string', description: 'When the detector last saw it (ISO time).' }
            }
          }
        },
        notAvailable: {
          type: 'array',
          items: { type: 'string' },
          description:
            'Look-ups that could not be made, each saying why and, for a denied call, the IAM action to grant.'
        }
      }
    },
    links: {
      type: 'array',
      maxItems: 5,
      items: { $ref: '#/$defs/link' },
      description:
        'AWS console links for the alarm and the resources involved, built only from validated region and resource ids.'
    },
    details: {
      type: 'object',
      maxProperties: 12,
      additionalProperties: { type: 'string', maxLength: 200 },
      description:
        'Short key facts for a table, per source (e.g. EC2 `state`, ECS `lastStatus`, Health `eventTypeCategory`, GuardDuty `type`).'
    },
    raw: {
      description:
        'The event as delivered, after unwrapping the dispatch `{event, context}` envelope. Any JSON value.',
      anyOf: [{}]
    }
  },
  $defs: {
    metric: {
      type: 'object',
      additionalProperties: false,
      required: ['dimensions'],
      properties: {
        id: { type: 'string' },
        namespace: { type: 'string' },
        name: { type: 'string' },
        dimensions: { type: 'object', additionalProperties: { type: 'string' } },
        expression: { type: 'string' },
        stat: { type: 'string' },
        period: { type: 'integer' }
      }
    },
    alarm: {
      type: 'object',
      additionalProperties: false,
      required: ['type'],
      description: 'How the alarm is built and what it saw.',
      properties: {
        type: {
          enum: ['metric', 'metric-math', 'anomaly-detection', 'composite'],
          description:
            '`anomaly-detection` when it compares against an `ANOMALY_DETECTION_BAND`, `composite` when it has an alarm rule, `metric-math` when it uses an expression or several metrics, `metric` otherwise.'
        },
        comparison: {
          type: 'string',
          description: 'Comparison operator, e.g. `GreaterThanThreshold`.'
        },
        threshold: { type: 'number', description: 'Static threshold.' },
        thresholdMetricId: {
          type: 'string',
          description: 'Id of the anomaly detection band the metric is compared with.'
        },
        evaluationPeriods: { type: 'integer', description: 'Number of periods evaluated.' },
        datapointsToAlarm: {
          type: 'integer',
          description: 'Breaching datapoints needed to go to ALARM.'
        },
        rule: { type: 'string', description: 'Composite alarm rule, e.g. `ALARM(a) OR ALARM(b)`.' },
        actionsSuppressedBy: {
          type: 'string',
          description:
            'Why actions were suppressed for this change (`Alarm`, `WaitPeriod`, `ExtensionPeriod`).'
        },
        recentDatapoints: {
          type: 'array',
          items: { type: 'number' },
          description: 'Most recent datapoint values behind the state change, oldest first.'
        },
        evaluatedDatapoints: {
          type: 'array',
          items: { $ref: '#/$defs/datapoint' },
          description: 'Datapoints evaluated for the state change, when AWS reports them.'
        }
      }
    },
    datapoint: {
      type: 'object',
      additionalProperties: false,
      description: 'One evaluated datapoint.',
      properties: {
        timestamp: { type: 'string', description: "Start of the datapoint's period." },
        value: { type: 'number', description: "The datapoint's value." },
        sampleCount: { type: 'number', description: 'Samples in the period.' },
        threshold: { type: 'number', description: 'Threshold the value was compared with.' }
      }
    },
    link: {
      type: 'object',
      additionalProperties: false,
      required: ['title', 'url'],
      description: 'A console link.',
      properties: {
        title: { type: 'string', description: 'What the link opens, e.g. `CloudWatch alarm`.' },
        url: { type: 'string', pattern: '^https://', description: 'HTTPS console URL.' }
      }
    }
  }
} as const
