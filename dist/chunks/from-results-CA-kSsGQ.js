function intakeEvents(result, closedOnRecovery) {
    if (result.action === 'resolved')
        return [
            {
                kind: 'recovered',
                fingerprint: result.fingerprint,
                issue: { number: result.issue.number, url: result.issue.url },
                closed: closedOnRecovery
            }
        ];
    if (result.action !== 'created')
        return [];
    const base = {
        fingerprint: result.fingerprint,
        issue: { number: result.issue.number, url: result.issue.url, title: result.title }
    };
    const events = [
        {
            kind: 'incident-opened',
            ...base,
            severity: result.severity,
            provider: result.provider,
            summary: result.summary,
            ...(result.runbook ? { runbook: result.runbook } : {})
        }
    ];
    if (result.runbook && result.planDigest && result.approval)
        events.push({
            kind: 'approval-needed',
            ...base,
            runbook: result.runbook,
            planDigest: result.planDigest,
            whoMayApprove: result.approval
        });
    return events;
}
function remediationEvents(result, runUrl) {
    if (!result.ran)
        return [];
    return [
        {
            kind: 'remediation-result',
            fingerprint: result.ran.fingerprint,
            issue: result.ran.issue,
            runbook: result.ran.runbook,
            outcome: result.outcome,
            approvers: result.ran.approvers,
            detail: result.reason,
            ...(runUrl ? { runUrl } : {})
        }
    ];
}

export { intakeEvents as i, remediationEvents as r };
