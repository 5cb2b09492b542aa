import { G as GetMetricDataCommand } from './GetMetricDataCommand-CQtxUnOk.js';
import './commandBuilder-DjRIH90Z.js';
import './index-Dve_F8QV.js';
import 'node:path';
import 'node:os';
import 'node:fs/promises';
import './hasOwn-DL_PWlY9.js';
import 'node:zlib';
import 'node:util';
import './toUint8Array-6d8rgJ2N.js';

// CloudWatch metrics as the context stage's metric source: one GetMetricData call (a few pages at
// most) for up to ten of the alarm's metrics around the incident.
const label = (m) => m.expression
    ? `${m.id ?? 'expression'} = ${m.expression}`
    : `${m.namespace ?? '?'} ${m.name ?? '?'}${Object.keys(m.dimensions).length > 0
        ? ` {${Object.entries(m.dimensions)
            .map(([k, v]) => `${k}=${v}`)
            .join(', ')}}`
        : ''}`;
function cloudWatchMetrics(client) {
    return {
        async series(metrics, startMs, endMs) {
            const queries = metrics
                .filter((m) => m.namespace && m.name)
                .slice(0, 10)
                .map((m, i) => ({
                Id: `m${i}`,
                Label: label(m),
                MetricStat: {
                    Metric: {
                        Namespace: m.namespace,
                        MetricName: m.name,
                        Dimensions: Object.entries(m.dimensions).map(([Name, Value]) => ({ Name, Value }))
                    },
                    Period: m.period ?? 60,
                    Stat: m.stat ?? 'Average'
                }
            }));
            if (queries.length === 0)
                return [];
            const out = queries.map((q) => ({
                label: q.Label,
                timestamps: [],
                values: []
            }));
            let nextToken;
            let pages = 0;
            do {
                const res = await client.send(new GetMetricDataCommand({
                    MetricDataQueries: queries,
                    StartTime: new Date(startMs),
                    EndTime: new Date(endMs),
                    ScanBy: 'TimestampAscending',
                    ...(nextToken ? { NextToken: nextToken } : {})
                }));
                for (const r of res.MetricDataResults ?? []) {
                    const target = out[Number((r.Id ?? '').slice(1))];
                    if (!target)
                        continue;
                    target.timestamps.push(...(r.Timestamps ?? []).map((t) => t.getTime()));
                    target.values.push(...(r.Values ?? []));
                }
                nextToken = res.NextToken;
            } while (nextToken && ++pages < 5);
            return out;
        }
    };
}

export { cloudWatchMetrics };
