import { L as ListAnomaliesCommand, a as ListLogAnomalyDetectorsCommand } from './ListLogAnomalyDetectorsCommand-Bkc8EpN4.js';
import './commandBuilder-oOdzHcwP.js';
import './index-Dve_F8QV.js';
import 'node:path';
import 'node:os';
import 'node:fs/promises';
import './hasOwn-DL_PWlY9.js';

// What CloudWatch Logs anomaly detection found (ListLogAnomalyDetectors, then ListAnomalies of the
// detectors watching the incident's log groups). Detectors are listed unfiltered and matched by
// log group name, which needs no account id to build log group ARNs from: one call for the
// handful of detectors an account usually has, at most DETECTOR_PAGES of them. Anomalies are
// asked for unsuppressed (what people marked as noise stays out).
/** ListLogAnomalyDetectors and ListAnomalies return at most 50 per page. */
const PAGE = 50;
const DETECTOR_PAGES = 4;
/** The name in a log group ARN (`arn:aws:logs:r:a:log-group:NAME`, with or without `:*`). */
function logGroupNameOfArn(arn) {
    return /^arn:[^:]+:logs:[^:]*:[^:]*:log-group:(.+?)(?::\*)?$/.exec(arn)?.[1];
}
const names = (arns) => (arns ?? []).flatMap((arn) => {
    const name = logGroupNameOfArn(arn);
    return name === undefined ? [] : [name];
});
function cloudWatchLogAnomalies(client) {
    return {
        async detectors(logGroups, max) {
            const found = [];
            let nextToken;
            for (let page = 0; page < DETECTOR_PAGES && found.length < max; page++) {
                const out = await client.send(new ListLogAnomalyDetectorsCommand({ limit: PAGE, ...(nextToken ? { nextToken } : {}) }));
                for (const d of out.anomalyDetectors ?? []) {
                    const watched = names(d.logGroupArnList);
                    if (d.anomalyDetectorArn && watched.some((g) => logGroups.includes(g)))
                        found.push({
                            arn: d.anomalyDetectorArn,
                            ...(d.detectorName ? { name: d.detectorName } : {}),
                            logGroups: watched
                        });
                }
                nextToken = out.nextToken || undefined;
                if (!nextToken)
                    break;
            }
            return found.slice(0, max);
        },
        async anomalies(detectorArn, max) {
            const found = [];
            let nextToken;
            do {
                const out = await client.send(new ListAnomaliesCommand({
                    anomalyDetectorArn: detectorArn,
                    suppressionState: 'UNSUPPRESSED',
                    limit: Math.min(PAGE, max - found.length),
                    ...(nextToken ? { nextToken } : {})
                }));
                for (const a of out.anomalies ?? []) {
                    // Timestamps are epoch milliseconds (the model's EpochMillis).
                    if (!a.anomalyId || !a.patternString || a.firstSeen === undefined)
                        continue;
                    found.push({
                        id: a.anomalyId,
                        detectorArn: a.anomalyDetectorArn ?? detectorArn,
                        pattern: a.patternString,
                        ...(a.description ? { description: a.description } : {}),
                        ...(a.priority ? { priority: a.priority } : {}),
                        ...(a.state ? { state: a.state } : {}),
                        ...(a.active !== undefined ? { active: a.active } : {}),
                        firstSeen: a.firstSeen,
                        lastSeen: a.lastSeen ?? a.firstSeen,
                        logGroups: names(a.logGroupArnList)
                    });
                }
                nextToken = out.nextToken || undefined;
            } while (nextToken && found.length < max);
            return found.slice(0, max);
        }
    };
}

export { cloudWatchLogAnomalies, logGroupNameOfArn };
