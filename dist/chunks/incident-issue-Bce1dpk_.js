import { i as instanceStatus, b as anomalyLabel } from './facts-DXKc7_LI.js';
import { a as alarmCondition, m as metricText } from './evidence-4-MxoGm5.js';
import { c as RUNBOOK_LABEL_PREFIX, O as OPSLOOP_LABEL, W as WATCH_LABEL, f as fingerprintLabel, d as severityLabel, b as sourceLabel } from './record-BIoafhO-.js';
import { C as CLEAR_CASE_SCORE } from './clear-case-BT-JgTpd.js';
import { p as prose, c as code, b as codeBlock, h as htmlCode, d as htmlText } from './markdown-DUQQBL0n.js';
import { V as VERSION } from './version-CvW7nB-o.js';
import { j as jsonText } from './fingerprint-BtovXTfi.js';
import { w as wellFormed } from './unicode-Bqcso1Xx.js';
import { o as oneLine } from './untrusted-DwwMYKYb.js';
import { U as UNRECOGNIZED, w as watchedLogGroup, A as ACCEPTED_PAYLOADS } from './normalize-lqZICLgH.js';

/** At most this many ruled-out changes are listed; the rest are counted. */
const RULED_OUT_SHOWN = 8;
const REPO = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/;
const SHA = /^[0-9a-f]{40}$/;
/** The commit as GitHub links it, with its full SHA; as code when it cannot be a reference. */
function commitRef(repo, sha) {
    return repo && REPO.test(repo) && SHA.test(sha) ? `${repo}@${sha}` : code(sha);
}
function pullRef(repo, n) {
    return repo && REPO.test(repo) && Number.isSafeInteger(n) ? `${repo}#${n}` : code(`#${n}`);
}
/** `12 min before the symptom began`, `3 min after it began`. */
function relativeTo(at, onset) {
    const minutes = Math.round(Math.abs(onset - at) / 60_000);
    const span = minutes === 0
        ? 'under a minute'
        : minutes < 120
            ? `${minutes} min`
            : `${Math.round(minutes / 60)} h`;
    return at <= onset ? `${span} before the symptom began` : `${span} after it began`;
}
function suspectChangeSection(a) {
    const lines = ['### Suspect change', ''];
    const onset = `The symptom began at ${new Date(a.onset.at).toISOString()} (${prose(a.onset.from)}).`;
    if (a.suspect) {
        const s = a.suspect;
        lines.push(`Commit ${commitRef(s.repo, s.sha)}, shipped by deployment ${code(s.deployment)} to ${code(s.service)}${s.pullRequest ? ` (pull request ${pullRef(s.repo, s.pullRequest)})` : ''}; confidence ${s.confidence.toFixed(2)} (${a.review?.verdict === 'differs' ? "named by the model's review, its citations checked against the diffs and the errors" : `${s.score.toFixed(1)} of the ${CLEAR_CASE_SCORE} that two strong pieces of evidence make`}). ${onset}`, '', ...s.reasons.map((r) => `- ${prose(r.text)}`));
        // An operational cause seen too: the reader weighs it, knowing why the change still stands.
        if (a.operational.length > 0)
            lines.push('', `Also seen, and outweighed by the strong evidence above: ${a.operational.map((o) => prose(o.why)).join('; ')}.`);
    }
    else {
        lines.push(`No change is named: ${prose(a.none ?? 'no candidate')}. ${onset}`);
    }
    if (a.review)
        lines.push('', `Reviewed by ${code(a.review.model)} (${a.review.verdict}): ${prose(a.review.text)}`);
    if (a.considered.length > 0)
        lines.push('', 'Also considered, with less evidence:', '', ...a.considered.map((c) => `- ${code(c.sha.slice(0, 12))} (${c.score.toFixed(1)}): ${c.reasons.map((r) => prose(r.text)).join('; ')}`));
    if (a.ruledOut.length > 0) {
        lines.push('', 'Ruled out:', '');
        for (const r of a.ruledOut.slice(0, RULED_OUT_SHOWN))
            lines.push(`- ${code(r.sha.slice(0, 12))} (deployment ${code(r.deployment)}${r.landedAt !== undefined ? `, landed ${relativeTo(r.landedAt, a.onset.at)}` : ''}): ${prose(r.why)}`);
        if (a.ruledOut.length > RULED_OUT_SHOWN)
            lines.push(`- and ${a.ruledOut.length - RULED_OUT_SHOWN} more`);
    }
    return lines.join('\n');
}

// The incident issue and its follow-up comments. Everything from AWS (alarm names, reasons,
// descriptions, the raw event) and from the model (which may echo it) is untrusted: AWS text goes
// into code spans or fenced blocks, model text through `prose`, so nothing renders as HTML, links
// or notifies anyone. The body stays under GitHub's 65,536-character limit by shrinking the least
// important parts first.
/** The artifact incident.yml uploads the snapshot as (one intake per run). */
const SNAPSHOT_ARTIFACT = 'opsloop-snapshot';
/** GitHub refuses bodies over 65,536 characters; keep room for occurrence updates. */
const BODY_LIMIT = 64_000;
const RAW_EVENT_LIMIT = 30_000;
const EVIDENCE_TEXT_SHOWN = 300;
// What a link target keeps as it is: URL characters that end neither the Markdown link nor the
// table cell, and `%XX` escapes.
const NOT_IN_TARGET = /%(?![0-9A-Fa-f]{2})|[^A-Za-z0-9\-._~:/?#@!$&'*+,;=%]/gu;
/**
 * A console URL as a Markdown link target in a table cell. The URL is already percent-encoded
 * (intake/links.ts), so its escapes are kept (encodeURI would encode their `%` again, and the
 * console would look up `checkout%20api` instead of `checkout api`); any other character a URL
 * may not hold, and `(`, `)`, `[`, `]`, `|`, are encoded. Never throws: broken UTF-16 is U+FFFD.
 */
function linkTarget(url) {
    return wellFormed(url).replace(NOT_IN_TARGET, (c) => Array.from(Buffer.from(c, 'utf8'), (b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`).join(''));
}
const percent = (n) => `${Math.round(n * 100)}%`;
const short = (digest) => digest.slice(0, 12);
/** GitHub label names hold at most 50 characters. */
const label = (name) => name.slice(0, 50);
/** The runbook an incident issue's labels name (see incidentLabels), if any. */
function runbookOfLabels(labels) {
    return labels.find((l) => l.startsWith(RUNBOOK_LABEL_PREFIX))?.slice(RUNBOOK_LABEL_PREFIX.length);
}
function incidentLabels(incident, fp, severity, runbook) {
    const source = incident.source.replace(/^aws\./, '');
    return [
        OPSLOOP_LABEL,
        fingerprintLabel(fp),
        severityLabel(severity),
        label(sourceLabel(source)),
        ...(runbook ? [label(`${RUNBOOK_LABEL_PREFIX}${runbook}`)] : []),
        ...(watchedLogGroup(incident) === undefined ? [] : [WATCH_LABEL])
    ];
}
const OCCURRENCE_ROW = /^\| Occurrences \| .* \|$/m;
const occurrenceRow = (s) => `| Occurrences | ${s.occurrences} (last delivered ${code(s.lastSeen)}) |`;
/** The body with its occurrence row showing `state` (the sealed record is replaced elsewhere). */
function withOccurrenceRow(body, state) {
    return OCCURRENCE_ROW.test(body) ? body.replace(OCCURRENCE_ROW, occurrenceRow(state)) : body;
}
/** The start of an unrecognized payload's title: `Unrecognized incident payload[ from <source>]`. */
function unrecognizedPrefix(incident) {
    return `${UNRECOGNIZED}${incident.source !== 'unknown' ? ` from ${incident.source}` : ''}`;
}
/** For a payload OpsLoop could not read: which field or shape it did not recognize, and what it reads. */
function unrecognizedSection(incident) {
    if (incident.kind !== 'unrecognized')
        return [];
    const prefix = `${unrecognizedPrefix(incident)}: `;
    const what = incident.title.startsWith(prefix)
        ? incident.title.slice(prefix.length)
        : incident.title;
    return [
        `**Not recognized:** ${prose(what)}.`,
        '',
        `${prose(ACCEPTED_PAYLOADS)}. Fix the sender, or replay the event in one of these shapes (the incident workflow's \`event\` input); the payload as delivered is at the end of this issue.`,
        ''
    ];
}
function heading(incident) {
    if (incident.kind === 'unrecognized')
        return '## ⚠️ Unrecognized incident payload';
    if (incident.kind === 'alarm')
        return `## 🚨 Alarm ${code(incident.alarmName ?? 'unnamed')} is ${code(incident.state ?? 'changed')}`;
    return `## 🚨 ${code(incident.detailType)}${incident.eventName ? ` · ${code(incident.eventName)}` : ''}`;
}
/** An instance the incident names as SSM sees it; what AWS reported goes in code spans. */
function instanceLine(i) {
    if (!i.managed)
        return `${code(i.id)}: ${instanceStatus(i)}`;
    const os = [i.platformName, i.platformVersion].filter(Boolean).join(' ');
    const platform = i.platformType
        ? `, ${code(i.platformType)}${os ? ` (${code(os)})` : ''}`
        : os
            ? `, ${code(os)}`
            : '';
    const why = i.pingStatus === 'ConnectionLost'
        ? ': SSM cannot reach it now; check the agent and its network path to SSM'
        : i.pingStatus === 'Inactive'
            ? ': the instance is stopped or terminated, or its agent was deregistered'
            : '';
    const ping = i.lastPingAt && i.pingStatus !== 'Online' ? `, last ping ${code(i.lastPingAt)}` : '';
    return `${code(i.id)}: managed by SSM, agent ${code(i.pingStatus ?? 'unknown')}${platform}${ping}${why}`;
}
function factsTable(incident, state, triage) {
    const severity = triage.severity === incident.severity
        ? `**${triage.severity}**`
        : `**${triage.severity}** (triage; the event alone says ${incident.severity})`;
    const rows = [
        ['Severity', severity],
        ['Source', `${code(incident.source)} · ${code(incident.detailType)}`]
    ];
    if (incident.state)
        rows.push([
            'State',
            incident.previousState
                ? `${code(incident.previousState)} → ${code(incident.state)}`
                : code(incident.state)
        ]);
    if (incident.eventName && incident.kind !== 'alarm')
        rows.push(['Event', code(incident.eventName)]);
    rows.push([
        'Account · Region',
        `${code(incident.account ?? 'unknown')} · ${code(incident.region ?? 'unknown')}`
    ]);
    rows.push(['Time', incident.time ? code(incident.time) : 'unknown']);
    const condition = alarmCondition(incident);
    if (condition)
        rows.push(['Condition', code(condition)]);
    const points = incident.alarm?.recentDatapoints;
    if (points?.length)
        rows.push(['Recent datapoints', code(points.join(', '))]);
    const resources = incident.resources.slice(0, 10).map(code).join('<br>');
    if (resources)
        rows.push([
            'Resources',
            resources +
                (incident.resources.length > 10 ? ` (+${incident.resources.length - 10} more)` : '')
        ]);
    const metrics = incident.metrics
        .slice(0, 10)
        .map((m) => code(metricText(m)))
        .join('<br>');
    if (metrics)
        rows.push(['Metrics', metrics]);
    const instances = incident.facts?.instances ?? [];
    if (instances.length > 0)
        rows.push(['Instances', instances.map(instanceLine).join('<br>')]);
    for (const [k, v] of Object.entries(incident.details ?? {}))
        if (v !== undefined)
            rows.push([prose(k), code(v)]);
    // Console links are built by the normalizer from validated parts, never taken from the payload.
    const links = (incident.links ?? []).map((l) => `[${prose(l.title)}](${linkTarget(l.url)})`);
    if (links.length > 0)
        rows.push(['Console', links.join(' · ')]);
    return [
        '| | |',
        '| --- | --- |',
        ...rows.map(([k, v]) => `| ${k} | ${v} |`),
        occurrenceRow(state)
    ];
}
function whatAwsReported(incident) {
    const out = [];
    if (incident.reason)
        out.push(codeBlock(incident.reason));
    if (incident.description)
        out.push(`${incident.kind === 'alarm' ? "The alarm's description" : 'Description'}:\n\n${codeBlock(incident.description)}`);
    return out.length > 0 ? ['### What AWS reported', '', ...out.flatMap((s) => [s, ''])] : [];
}
function causesSection(triage, evidence) {
    const lines = ['### Probable causes', ''];
    if (triage.causes.length === 0) {
        lines.push(triage.provider === 'rules'
            ? '_Not assessed: the rules triage matches runbooks but does not infer causes. The evidence is listed below._'
            : '_The model named no cause supported by the evidence._');
        return lines;
    }
    const labelOf = new Map(evidence.map((e) => [e.id, e.label]));
    triage.causes.forEach((c, i) => {
        const cited = c.evidence.map((id) => `${id} (${prose(labelOf.get(id) ?? '?')})`).join(', ');
        lines.push(`${i + 1}. ${prose(c.cause)} · confidence ${percent(c.confidence)} · evidence: ${cited}`);
    });
    return lines;
}
function targetsText(t) {
    if (!t)
        return 'none (the runbook acts through its document parameters)';
    switch (t.kind) {
        case 'instances':
            return `instances ${t.ids.map(code).join(', ') || '(none)'}`;
        case 'resources':
            return `resources ${t.arns.map(code).join(', ') || '(none)'}`;
        case 'tags': {
            const tags = Object.entries(t.tags)
                .map(([k, v]) => code(`${k}=${(v ?? []).join(',')}`))
                .join(' and ');
            if (t.ids.length === 0)
                return `instances tagged ${tags} (not resolved)`;
            const offline = t.offline?.length
                ? `; agent not online: ${t.offline.map(code).join(', ')}`
                : '';
            return `${t.ids.length} instance(s) tagged ${tags}: ${t.ids.map(code).join(', ')}${offline}. Exactly these are bound into the digest; if the tagged set changes before the run, OpsLoop stops and asks again.`;
        }
        case 'parameter':
            return `${t.values.map(code).join(', ') || '(none)'} (parameter ${code(t.name)})`;
    }
}
function approvalText(plan) {
    return [
        `**How to approve:** check the plan, then comment ${code(`/approve ${short(plan.digest ?? '')}`)} on this issue (the digest names exactly this plan). ${code('/dry-run')} shows exactly what would run; ${code('/reject <reason>')} declines.`
    ];
}
function planSection(report, approval) {
    const { triage, plan } = report;
    const lines = ['### Proposed plan', ''];
    if (!triage.runbook || !plan) {
        lines.push('No runbook is proposed. Investigate by hand, or add a runbook for incidents like this one.');
        if (triage.alternatives.length > 0)
            lines.push('', ...alternatives(triage));
        return lines;
    }
    lines.push(`**${code(plan.runbook.id)}**: ${prose(plan.runbook.title)} · risk **${plan.runbook.risk}** · confidence ${percent(triage.runbook.confidence)}`, '', `Why: ${prose(triage.runbook.why)}`, '');
    if (plan.parameters.length > 0) {
        lines.push('| Parameter | Value | From |', '| --- | --- | --- |');
        for (const p of plan.parameters) {
            const value = p.value === undefined ? '_none_' : p.sensitive ? '_(sensitive)_' : code(String(p.value));
            const from = p.source === 'incident'
                ? `incident ${code(p.from ?? '')}`
                : p.source === 'missing'
                    ? '**missing**'
                    : p.source;
            lines.push(`| ${code(p.name)} | ${value} | ${from} |`);
        }
        lines.push('');
    }
    lines.push(`Targets: ${targetsText(plan.targets)}`, '');
    if (approval)
        lines.push(`Approval: ${approval.text}`, '');
    if (plan.problems.length > 0) {
        lines.push('**This plan cannot be approved yet:**', ...plan.problems.map((p) => `- ${prose(p)}`));
    }
    else if (approval?.required === false) {
        lines.push('This runbook does not require approval; it still runs only when asked to.');
    }
    else {
        lines.push(...approvalText(plan));
    }
    if (triage.alternatives.length > 0)
        lines.push('', ...alternatives(triage));
    return lines;
}
function alternatives(triage) {
    return [
        `Also considered: ${triage.alternatives
            .slice(0, 5)
            .map((a) => `${code(a.id)} (${percent(a.confidence)}; ${prose(a.why)})`)
            .join('; ')}.`
    ];
}
/** What anomaly detectors found, each with the evidence id the triage cites it by. */
function anomalyLines(anomalies, evidence) {
    if (anomalies.length === 0)
        return [];
    const shown = (text) => text.length > EVIDENCE_TEXT_SHOWN ? `${text.slice(0, EVIDENCE_TEXT_SHOWN)}…` : text;
    return [
        '- Log anomalies CloudWatch found around the incident, highest priority first:',
        ...anomalies.map((a, n) => {
            const label = anomalyLabel(a, n + 1);
            const id = evidence.find((e) => e.source === 'anomaly' && e.label === label)?.id;
            const tags = [a.priority, a.state].filter((t) => Boolean(t)).map(code);
            return [
                `  - ${id ? `${id} ` : ''}${tags.length > 0 ? `${tags.join(' ')} ` : ''}in ${a.logGroups.map(code).join(', ')}: ${code(shown(a.pattern))}`,
                ...(a.description ? [`detector says ${code(shown(a.description))}`] : []),
                `first seen ${code(a.firstSeen)}, last seen ${code(a.lastSeen)}${a.active === false ? ' (over)' : ''}`,
                `detector ${code(a.detector)}`
            ].join(' · ');
        })
    ];
}
function contextSection(context, incident, evidence) {
    const anomalies = anomalyLines(incident.facts?.anomalies ?? [], evidence);
    if (!context)
        return anomalies.length > 0 ? ['### Context', '', ...anomalies] : [];
    const lines = ['### Context', ''];
    for (const m of context.metrics)
        lines.push(`- ${m.evidence} ${code(m.label)}: ${code(m.sparkline || '·')} ${prose(m.text)}`);
    const charts = context.metrics.filter((m) => m.chart);
    if (charts.length > 0) {
        lines.push('');
        for (const m of charts)
            lines.push(`<details><summary>Chart of ${m.evidence}${m.threshold !== undefined ? ' with the alarm threshold' : ''}</summary>`, '', mermaidChart(m.chart, m.threshold), '', '</details>');
        lines.push('');
    }
    if (context.changes.length > 0) {
        lines.push('- Recent changes, newest first:');
        for (const c of context.changes) {
            const link = c.url && /^https:\/\/[^\s()<>]+$/.test(c.url) ? ` ([view](${c.url}))` : '';
            lines.push(`  - ${c.evidence} ${prose(c.label)}: ${code(c.text)}${link}`);
        }
    }
    lines.push(...anomalies);
    for (const p of context.past)
        lines.push(`- ${p.evidence} Past incident #${p.number} (${p.sameAlarm ? 'same alarm' : 'similar title'}): ${code(p.title)} · ${code(p.outcome)}${p.runbook ? ` · ${code(`runbook:${p.runbook}`)}` : ''}`);
    for (const w of context.watches ?? [])
        lines.push(`- ${w.evidence} First signal: watch #${w.number} saw ${code(w.logGroup)} ${w.minutesBefore === undefined ? 'before this incident' : `${w.minutesBefore} min before this incident`}: ${code(w.title)}`);
    for (const m of context.missing)
        lines.push(`- Not available: ${prose(m)}`);
    for (const l of context.logs)
        lines.push('', `<details><summary>Logs ${htmlCode(l.group)}: ${l.lines} ${l.lines === 1 ? 'line' : 'lines'}${l.truncated ? `, ${htmlText(l.truncated)}` : ''}, summarized in about ${l.tokens} tokens</summary>`, '', ...(l.source ? [`Read because of: ${prose(l.source)}.`, ''] : []), codeBlock(l.text), '', '</details>');
    return lines.length > 2 ? lines : [];
}
/**
 * A Mermaid xychart (GitHub renders it). Only numbers and `HH:MM` labels we produced go in, never
 * text from AWS, so nothing in it can break out of the block.
 */
function mermaidChart(chart, threshold) {
    const n = (v) => (Number.isFinite(v) ? String(Number(v.toPrecision(6))) : '0');
    const lines = [
        '```mermaid',
        'xychart-beta',
        `  x-axis [${chart.times.map((t) => `"${t.replace(/[^0-9:]/g, '')}"`).join(', ')}]`,
        `  line [${chart.values.map(n).join(', ')}]`
    ];
    if (threshold !== undefined && Number.isFinite(threshold))
        lines.push(`  line [${chart.values.map(() => n(threshold)).join(', ')}]`);
    lines.push('```');
    return lines.join('\n');
}
function notesSection(report) {
    const notes = [
        ...report.deliveryProblems.map((p) => `The delivery broke the dispatch contract: ${p}.`),
        ...(report.deliveryNotes ?? []).map((n) => `The delivery was repaired before it was read: ${n}.`),
        ...report.triage.notes,
        ...(report.plan?.notes ?? [])
    ];
    return notes.length > 0 ? ['### Notes', '', ...notes.map((n) => `- ${prose(n)}`)] : [];
}
function evidenceSection(evidence, maxRows) {
    if (evidence.length === 0 || maxRows === 0)
        return [];
    const rows = evidence.slice(0, maxRows).map((e) => {
        const text = e.text.length > EVIDENCE_TEXT_SHOWN ? `${e.text.slice(0, EVIDENCE_TEXT_SHOWN)}…` : e.text;
        return `| ${e.id} | ${prose(e.label)} | ${code(text)} |`;
    });
    const more = evidence.length > maxRows ? [`', (${evidence.length - maxRows} more not shown)`] : [];
    return [
        `<details><summary>Evidence (${evidence.length} ${evidence.length === 1 ? 'item' : 'items'})</summary>`,
        '',
        '| Id | What | Value |',
        '| --- | --- | --- |',
        ...rows,
        ...more,
        '',
        '</details>'
    ];
}
function rawEvent(raw, limit) {
    if (limit <= 0)
        return ['_The event as delivered was too large to include; see the workflow run log._'];
    let json = jsonText(raw, 2) ?? '(nothing)';
    if (json.length > limit)
        json = `${json.slice(0, limit)}\n… (truncated)`;
    return [
        '<details><summary>Event as delivered</summary>',
        '',
        codeBlock(json, 'json'),
        '',
        '</details>'
    ];
}
function provenance(report) {
    const { triage, plan } = report;
    const model = triage.model;
    const parts = [`OpsLoop ${code(VERSION)}`, `triage ${code(triage.provider)}`];
    if (model)
        parts.push(`model ${code(model.modelId)}, prompt ${code(model.promptVersion)} ${code(short(model.promptHash))}, ${model.attempts} attempt(s)`);
    if (plan)
        parts.push(`runbook ${code(plan.runbook.file)}${report.commit ? ` at ${code(report.commit.slice(0, 12))}` : ''} (sha256 ${code(short(plan.runbook.digest))})`);
    if (plan?.digest)
        parts.push(`plan digest ${code(plan.digest)}`);
    parts.push(`fingerprint ${code(report.fingerprint)}`);
    if (report.snapshotRun)
        parts.push(`snapshot: the ${code(SNAPSHOT_ARTIFACT)} artifact of [this run](${linkTarget(report.snapshotRun)}) (replay it with ${code('opsloop triage --snapshot DIR')})`);
    return ['<sub>', parts.join(' · '), '</sub>'];
}
function approvalInfo(approval) {
    if (!approval.required)
        return { required: false, text: 'not required by this runbook.' };
    const who = [
        ...(approval.approvers?.users ?? []).map((u) => code(u.replace(/^@/, ''))),
        ...(approval.approvers?.teams ?? []).map((t) => `members of ${code(t.replace(/^@/, ''))}`)
    ];
    const n = approval.minApprovals ?? 1;
    const parts = [
        `${n} distinct approval${n === 1 ? '' : 's'} from ${who.length > 0 ? `${who.join(', ')} (with write access)` : 'anyone with write or admin access to this repository'}`,
        approval.allowSelfApproval ? 'self-approval allowed' : 'not by the person who requested it',
        ...(approval.expiry ? [`each valid for ${code(approval.expiry)}`] : []),
        ...(approval.environment
            ? [`then the ${code(approval.environment)} environment's reviewers`]
            : [])
    ];
    return { required: true, text: `${parts.join('; ')}.` };
}
function incidentIssue(report) {
    const { incident, triage } = report;
    const state = {
        occurrences: 1,
        lastSeen: report.receivedAt,
        eventIds: incident.id ? [incident.id] : []
    };
    const approval = report.runbook ? approvalInfo(report.runbook.approval) : undefined;
    const marker = report.stateMarker?.(state) ?? '';
    const render = (rawLimit, evidenceRows) => [
        heading(incident),
        '',
        ...unrecognizedSection(incident),
        `> **Summary** (${triage.provider === 'bedrock' ? 'model' : 'rules'}): ${prose(triage.summary)}`,
        '',
        ...factsTable(incident, state, triage),
        '',
        ...whatAwsReported(incident),
        ...causesSection(triage, report.evidence),
        '',
        ...(report.attribution ? [suspectChangeSection(report.attribution), ''] : []),
        ...planSection(report, approval),
        '',
        ...contextSection(report.context, incident, report.evidence),
        '',
        ...notesSection(report),
        '',
        ...evidenceSection(report.evidence, evidenceRows),
        '',
        ...rawEvent(incident.raw, rawLimit),
        '',
        ...provenance(report),
        '',
        marker
    ].join('\n');
    // Shrink the least important parts first: the raw event, then the evidence table.
    let rawLimit = RAW_EVENT_LIMIT;
    let evidenceRows = report.evidence.length;
    let body = render(rawLimit, evidenceRows);
    while (body.length > BODY_LIMIT && (rawLimit > 0 || evidenceRows > 0)) {
        const excess = body.length - BODY_LIMIT;
        if (rawLimit > 0)
            rawLimit = rawLimit - excess > 2_000 ? rawLimit - excess - 500 : 0;
        else
            evidenceRows = Math.max(0, Math.floor(evidenceRows / 2));
        body = render(rawLimit, evidenceRows);
    }
    if (body.length > BODY_LIMIT)
        body = `${body.slice(0, BODY_LIMIT - 100 - marker.length)}\n\n… (cut to fit GitHub's limit)\n${marker}`;
    const prefix = incident.kind === 'unrecognized' ? '[incident] Unrecognized: ' : '[incident] ';
    return {
        title: `${prefix}${oneLine(incident.kind === 'unrecognized' ? unrecognizedPrefix(incident).replace(UNRECOGNIZED, 'payload') : incident.title)}`.slice(0, 256),
        body,
        labels: incidentLabels(incident, report.fingerprint, triage.severity, report.plan?.runbook.id)
    };
}
function occurrenceComment(incident) {
    const state = incident.state ? ` (${code(incident.state)})` : '';
    const reason = incident.reason ? ['', codeBlock(incident.reason)] : [];
    return [
        `🔁 Fired again at ${code(incident.time ?? 'an unknown time')}${state} after it had recovered.`,
        ...reason
    ].join('\n');
}
/** An OK older than the latest alarm, delivered after it: noted, and the incident stays open. */
function lateRecoveryComment(incident, firedAt) {
    return `✅ ${code(incident.alarmName ?? 'The alarm')} returned to ${code('OK')} at ${code(incident.time ?? 'an unknown time')}, but this was delivered after it fired again at ${code(firedAt)}: the incident stays open.`;
}
/**
 * The issue for an incident OpsLoop could not triage (a fault of its own while analysing it): the
 * incident is not lost, and the issue says what failed. No plan, so nothing can run from it.
 */
function unprocessedIssue(incident, fp, failure, state, marker) {
    const subject = oneLine(incident.alarmName ?? incident.detailType).slice(0, 150);
    return {
        title: `[incident] ${subject}: OpsLoop could not triage it`,
        body: [
            heading(incident),
            '',
            `**OpsLoop could not triage this incident:** ${prose(oneLine(failure).slice(0, 500))}`,
            '',
            "The incident is recorded here and later deliveries are counted on this issue, but no plan was proposed, so nothing can run from it. Once the cause is fixed, close this issue and replay the event (the incident workflow's `event` input): the replay opens a new, triaged issue. Or handle it by hand.",
            '',
            '| | |',
            '|---|---|',
            `| Source | ${code(incident.source)} |`,
            occurrenceRow(state),
            '',
            marker
        ].join('\n'),
        labels: incidentLabels(incident, fp, incident.severity)
    };
}
function recoveryComment(incident, closing) {
    const reason = incident.reason ? ['', codeBlock(incident.reason)] : [];
    return [
        `✅ ${code(incident.alarmName ?? 'The alarm')} returned to ${code('OK')} at ${code(incident.time ?? 'an unknown time')}.${closing ? ' Closing this issue (the `close-on-recovery` input is on); a new alarm opens a new issue.' : ' Labelled `recovered`; close the issue when you are done with it.'}`,
        ...reason
    ].join('\n');
}

var incidentIssue$1 = /*#__PURE__*/Object.freeze({
    __proto__: null,
    BODY_LIMIT: BODY_LIMIT,
    SNAPSHOT_ARTIFACT: SNAPSHOT_ARTIFACT,
    approvalInfo: approvalInfo,
    incidentIssue: incidentIssue,
    incidentLabels: incidentLabels,
    lateRecoveryComment: lateRecoveryComment,
    mermaidChart: mermaidChart,
    occurrenceComment: occurrenceComment,
    recoveryComment: recoveryComment,
    runbookOfLabels: runbookOfLabels,
    unprocessedIssue: unprocessedIssue,
    withOccurrenceRow: withOccurrenceRow
});

export { approvalInfo as a, runbookOfLabels as b, incidentIssue$1 as c, incidentIssue as i, lateRecoveryComment as l, occurrenceComment as o, recoveryComment as r, suspectChangeSection as s, unprocessedIssue as u, withOccurrenceRow as w };
