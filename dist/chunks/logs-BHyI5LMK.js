import { F as FilterLogEventsCommand } from './FilterLogEventsCommand-i6xQJLKU.js';
import './commandBuilder-oOdzHcwP.js';
import './index-Dve_F8QV.js';
import 'node:path';
import 'node:os';
import 'node:fs/promises';
import './hasOwn-DL_PWlY9.js';

// CloudWatch Logs as the context stage's log source: FilterLogEvents over the incident's window,
// bounded by lines and bytes so a noisy log group cannot exhaust the run.
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

export { cloudWatchLogs };
