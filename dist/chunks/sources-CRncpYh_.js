import { l as labelNames } from './client-D-x97TFK.js';
import { f as fingerprintLabel, O as OPSLOOP_LABEL } from './labels-DkEhpil0.js';
import { t as tokenize } from './lexical-CEv_0i2T.js';
import { F as FilterLogEventsCommand } from './FilterLogEventsCommand-DXAmynpU.js';
import { G as GetMetricDataCommand } from './GetMetricDataCommand-JJnQOWe_.js';
import './_commonjsHelpers-BFTU3MAI.js';
import './version-CvW7nB-o.js';
import './index-CnzDTqIm.js';
import 'node:path';
import 'node:os';
import 'node:fs/promises';
import './commandBuilder-Cf3LnfC9.js';
import 'node:zlib';
import 'node:util';
import './toUint8Array-6d8rgJ2N.js';

// Where context comes from: thin adapters over CloudWatch Logs, CloudWatch metrics and GitHub,
// each bounded (time window, lines, bytes, pages) so a noisy incident cannot exhaust the run.
function cloudWatchLogs(client) {
    return {
        async fetch(group, startMs, endMs, limits) {
            const lines = [];
            let bytes = 0;
            let nextToken;
            do {
                const out = await client.send(new FilterLogEventsCommand({
                    logGroupName: group,
                    startTime: startMs,
                    endTime: endMs,
                    limit: Math.min(10_000, limits.maxLines - lines.length),
                    ...(nextToken ? { nextToken } : {})
                }));
                for (const e of out.events ?? []) {
                    const message = e.message ?? '';
                    bytes += Buffer.byteLength(message);
                    if (lines.length >= limits.maxLines)
                        return { lines, truncated: `stopped at ${limits.maxLines} lines` };
                    if (bytes > limits.maxBytes)
                        return { lines, truncated: `stopped at ${Math.round(limits.maxBytes / 1_048_576)} MiB` };
                    lines.push({
                        message,
                        ...(e.timestamp !== undefined ? { timestamp: e.timestamp } : {}),
                        ...(e.logStreamName ? { stream: e.logStreamName } : {})
                    });
                }
                nextToken = out.nextToken;
            } while (nextToken && lines.length < limits.maxLines);
            return nextToken ? { lines, truncated: `stopped at ${limits.maxLines} lines` } : { lines };
        }
    };
}
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
/** Closed OpsLoop issues compared by title when looking for similar ones. */
const SIMILAR_SCAN = 50;
/** Titles sharing at least this share of their terms (Jaccard) count as similar. */
const SIMILAR_TITLE = 0.5;
/** Words every OpsLoop title has (`[incident] … is ALARM in …`) say nothing about similarity. */
const BOILERPLATE = new Set(tokenize('incident alarm'));
const titleTerms = (title) => new Set(tokenize(title).filter((t) => !BOILERPLATE.has(t)));
/** Jaccard similarity of two texts' terms (stemmed, stop words and bare numbers dropped). */
function titleSimilarity(a, b) {
    const x = titleTerms(a);
    const y = titleTerms(b);
    if (x.size === 0 || y.size === 0)
        return 0;
    let shared = 0;
    for (const t of x)
        if (y.has(t))
            shared++;
    return shared / (x.size + y.size - shared);
}
function githubPastIncidents(octokit, repository) {
    const closed = async (labels, perPage) => (await octokit.rest.issues.listForRepo({
        ...repository,
        labels,
        state: 'closed',
        sort: 'updated',
        direction: 'desc',
        per_page: perPage
    })).data.filter((i) => i.pull_request === undefined);
    const past = (i, sameAlarm, similarity) => ({
        number: i.number,
        title: i.title,
        url: i.html_url,
        ...(i.closed_at ? { closedAt: i.closed_at } : {}),
        labels: labelNames(i.labels),
        sameAlarm,
        similarity
    });
    return {
        async related(fp, title) {
            const [same, recent] = await Promise.all([
                closed(fingerprintLabel(fp), 10),
                closed(OPSLOOP_LABEL, SIMILAR_SCAN)
            ]);
            const seen = new Set(same.map((i) => i.number));
            const similar = recent
                .filter((i) => !seen.has(i.number))
                .map((i) => past(i, false, titleSimilarity(title, i.title)))
                .filter((p) => p.similarity >= SIMILAR_TITLE)
                .sort((a, b) => b.similarity - a.similarity);
            return [...same.map((i) => past(i, true, 1)), ...similar];
        }
    };
}

export { SIMILAR_TITLE, cloudWatchLogs, cloudWatchMetrics, githubPastIncidents, titleSimilarity };
