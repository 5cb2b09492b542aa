import { i as instanceStatus, a as anomalyText, b as anomalyLabel } from './facts-DXKc7_LI.js';

/** Longest text one evidence item keeps; the rest is cut with a marker. */
const EVIDENCE_TEXT_LIMIT = 1_000;
const MAX_ITEMS = 60;
const clip = (text) => text.length > EVIDENCE_TEXT_LIMIT ? `${text.slice(0, EVIDENCE_TEXT_LIMIT)} … (cut)` : text;
function metricText(m) {
    if (m.expression)
        return `${m.id ?? 'expression'} = ${m.expression}`;
    const dims = Object.entries(m.dimensions)
        .map(([k, v]) => `${k}=${v}`)
        .join(', ');
    const stat = m.stat ? ` ${m.stat}${m.period ? `/${m.period}s` : ''}` : '';
    return `${m.namespace ?? '?'} ${m.name ?? '?'}${dims ? ` {${dims}}` : ''}${stat}`;
}
/** The alarm's condition in words, e.g. `GreaterThanThreshold 80 for 3 of 5 periods`. */
function alarmCondition(incident) {
    const a = incident.alarm;
    if (!a)
        return undefined;
    if (a.rule)
        return `rule ${a.rule}`;
    const parts = [];
    if (a.comparison)
        parts.push(a.comparison);
    if (a.threshold !== undefined)
        parts.push(String(a.threshold));
    else if (a.thresholdMetricId)
        parts.push(`band ${a.thresholdMetricId}`);
    if (a.evaluationPeriods !== undefined)
        parts.push(`for ${a.datapointsToAlarm ?? a.evaluationPeriods} of ${a.evaluationPeriods} periods`);
    return parts.length > 0 ? parts.join(' ') : undefined;
}
/**
 * Evidence from the incident itself: reason, description, alarm condition, metrics, details,
 * resources, the SSM status of its instances, log anomalies around it, then tags.
 */
function incidentEvidence(incident) {
    const items = [];
    const add = (source, label, text) => {
        if (text !== undefined && text.trim() !== '')
            items.push({ source, label, text: clip(text) });
    };
    add('event', 'title', incident.title);
    add('event', 'state reason', incident.reason);
    add('event', 'description', incident.description);
    if (incident.state)
        add('event', 'state', incident.previousState ? `${incident.previousState} → ${incident.state}` : incident.state);
    add('event', 'alarm condition', alarmCondition(incident));
    if (incident.alarm?.recentDatapoints?.length)
        add('metric', 'recent datapoints', incident.alarm.recentDatapoints.join(', '));
    incident.metrics.forEach((m, i) => {
        add('metric', `metric ${m.id ?? String(i + 1)}`, metricText(m));
    });
    for (const [key, value] of Object.entries(incident.details ?? {}))
        add('event', `detail ${key}`, value);
    if (incident.resources.length > 0)
        add('event', 'resources', incident.resources.slice(0, 20).join(', '));
    for (const i of incident.facts?.instances ?? [])
        add('instance', `instance ${i.id} (SSM)`, `${instanceStatus(i)}${i.lastPingAt && i.pingStatus !== 'Online' ? `; last ping ${i.lastPingAt}` : ''}`);
    incident.facts?.anomalies?.forEach((a, n) => {
        add('anomaly', anomalyLabel(a, n + 1), anomalyText(a));
    });
    for (const [key, value] of Object.entries(incident.tags))
        add('event', `tag ${key}`, value);
    return numbered(items.slice(0, MAX_ITEMS));
}
/** Gives items ids continuing after `existing`. */
function numbered(items, existing = 0) {
    return items.map((item, i) => ({ id: `E${existing + i + 1}`, ...item }));
}

export { EVIDENCE_TEXT_LIMIT as E, alarmCondition as a, incidentEvidence as i, metricText as m, numbered as n };
