// CloudWatch alarms as reconcile reads them (read-only, the triage role): DescribeAlarms for the
// metric and composite alarms in ALARM under a name prefix (100 a page) or of given names (100 a
// call), and the Resource Groups Tagging API's GetResources for the alarms carrying a tag (100 a
// page). Each alarm becomes the terms of its state change event (flows/reconcile.ts).
import {
  CloudWatchClient,
  DescribeAlarmsCommand,
  type CompositeAlarm,
  type DescribeAlarmsCommandInput,
  type MetricAlarm,
  type MetricDataQuery
} from '@aws-sdk/client-cloudwatch'
import {
  GetResourcesCommand,
  ResourceGroupsTaggingAPIClient
} from '@aws-sdk/client-resource-groups-tagging-api'
import type {
  AlarmMetricQuery,
  AlarmSnapshot,
  AlarmSource,
  Listing
} from '../../flows/reconcile.js'

/** DescribeAlarms answers at most 100 alarms a page and takes at most 100 names. */
const PAGE = 100

const STATES: readonly string[] = ['OK', 'ALARM', 'INSUFFICIENT_DATA']

function dimensions(list: readonly { Name?: string; Value?: string }[] | undefined) {
  const out: Record<string, string> = {}
  for (const d of list ?? []) if (d.Name !== undefined) out[d.Name] = d.Value ?? ''
  return out
}

function query(q: MetricDataQuery): AlarmMetricQuery {
  const stat = q.MetricStat
  return {
    id: q.Id ?? '',
    ...(q.Expression !== undefined ? { expression: q.Expression } : {}),
    ...(q.Label !== undefined ? { label: q.Label } : {}),
    ...(stat
      ? {
          metricStat: {
            metric: {
              ...(stat.Metric?.Namespace !== undefined ? { namespace: stat.Metric.Namespace } : {}),
              ...(stat.Metric?.MetricName !== undefined ? { name: stat.Metric.MetricName } : {}),
              dimensions: dimensions(stat.Metric?.Dimensions)
            },
            ...(stat.Period !== undefined ? { period: stat.Period } : {}),
            ...(stat.Stat !== undefined ? { stat: stat.Stat } : {}),
            ...(stat.Unit !== undefined ? { unit: stat.Unit } : {})
          }
        }
      : {}),
    ...(q.ReturnData !== undefined ? { returnData: q.ReturnData } : {})
  }
}

/** A metric alarm's metrics as its events list them: its queries, or its one metric as `m1`. */
function metricsOf(a: MetricAlarm): AlarmMetricQuery[] {
  if (a.Metrics?.length) return a.Metrics.map(query)
  if (a.MetricName === undefined) return []
  const stat = a.Statistic ?? a.ExtendedStatistic
  return [
    {
      id: 'm1',
      metricStat: {
        metric: {
          ...(a.Namespace !== undefined ? { namespace: a.Namespace } : {}),
          name: a.MetricName,
          dimensions: dimensions(a.Dimensions)
        },
        ...(a.Period !== undefined ? { period: a.Period } : {}),
        ...(stat !== undefined ? { stat } : {}),
        ...(a.Unit !== undefined ? { unit: a.Unit } : {})
      },
      returnData: true
    }
  ]
}

type Described = (MetricAlarm & { kind: 'metric' }) | (CompositeAlarm & { kind: 'composite' })

function snapshot(a: Described): AlarmSnapshot[] {
  if (!a.AlarmName || !a.AlarmArn || !a.StateValue || !STATES.includes(a.StateValue)) return []
  const changedAt =
    a.StateTransitionedTimestamp ?? a.StateUpdatedTimestamp ?? a.AlarmConfigurationUpdatedTimestamp
  const common = {
    name: a.AlarmName,
    arn: a.AlarmArn,
    state: a.StateValue,
    ...(a.StateReason ? { reason: a.StateReason } : {}),
    ...(a.StateReasonData ? { reasonData: a.StateReasonData } : {}),
    changedAt: changedAt ?? new Date(0),
    transitionKnown: a.StateTransitionedTimestamp !== undefined,
    ...(a.AlarmDescription ? { description: a.AlarmDescription } : {})
  }
  if (a.kind === 'metric') return [{ ...common, metrics: metricsOf(a) }]
  return [
    {
      ...common,
      composite: {
        rule: a.AlarmRule ?? '',
        ...(a.ActionsSuppressor ? { suppressor: a.ActionsSuppressor } : {}),
        ...(a.ActionsSuppressorWaitPeriod !== undefined
          ? { suppressorWaitPeriod: a.ActionsSuppressorWaitPeriod }
          : {}),
        ...(a.ActionsSuppressorExtensionPeriod !== undefined
          ? { suppressorExtensionPeriod: a.ActionsSuppressorExtensionPeriod }
          : {}),
        ...(a.ActionsSuppressedBy ? { suppressedBy: a.ActionsSuppressedBy } : {}),
        ...(a.ActionsSuppressedReason ? { suppressedReason: a.ActionsSuppressedReason } : {})
      }
    }
  ]
}

export function cloudWatchAlarmDirectory(
  cloudwatch: CloudWatchClient,
  tagging?: ResourceGroupsTaggingAPIClient
): AlarmSource {
  /** Every page of one DescribeAlarms listing, up to `limit` alarms. */
  async function describe(
    input: DescribeAlarmsCommandInput,
    limit: number
  ): Promise<Listing<AlarmSnapshot>> {
    const items: AlarmSnapshot[] = []
    let token: string | undefined
    do {
      const out = await cloudwatch.send(
        new DescribeAlarmsCommand({
          ...input,
          AlarmTypes: ['MetricAlarm', 'CompositeAlarm'],
          MaxRecords: PAGE,
          ...(token ? { NextToken: token } : {})
        })
      )
      for (const a of out.MetricAlarms ?? []) items.push(...snapshot({ ...a, kind: 'metric' }))
      for (const a of out.CompositeAlarms ?? [])
        items.push(...snapshot({ ...a, kind: 'composite' }))
      token = out.NextToken || undefined
    } while (token && items.length < limit)
    return { items: items.slice(0, limit), more: items.length > limit || token !== undefined }
  }

  return {
    async inAlarm(namePrefix, limit) {
      return describe(
        {
          StateValue: 'ALARM',
          ...(namePrefix !== undefined ? { AlarmNamePrefix: namePrefix } : {})
        },
        limit
      )
    },
    async named(names) {
      const found: AlarmSnapshot[] = []
      for (let i = 0; i < names.length; i += PAGE) {
        const batch = names.slice(i, i + PAGE)
        found.push(...(await describe({ AlarmNames: [...batch] }, batch.length)).items)
      }
      return found
    },
    async tagged(tag, limit) {
      if (!tagging) throw new Error('No Resource Groups Tagging API client to find tagged alarms.')
      const arns: string[] = []
      let token: string | undefined
      do {
        const out = await tagging.send(
          new GetResourcesCommand({
            ResourceTypeFilters: ['cloudwatch:alarm'],
            TagFilters: [
              { Key: tag.key, ...(tag.value !== undefined ? { Values: [tag.value] } : {}) }
            ],
            ResourcesPerPage: PAGE,
            ...(token ? { PaginationToken: token } : {})
          })
        )
        for (const r of out.ResourceTagMappingList ?? [])
          if (r.ResourceARN) arns.push(r.ResourceARN)
        // The last page answers an empty token, not none.
        token = out.PaginationToken || undefined
      } while (token && arns.length < limit)
      return { items: arns.slice(0, limit), more: arns.length > limit || token !== undefined }
    }
  }
}
