/** The suspect of an attribution, with its deployment as the snapshot records it. */
function suspectFact(attribution, snapshot) {
    const suspect = attribution.suspect;
    if (!suspect)
        return undefined;
    const deployment = snapshot.deployments?.find((d) => d.id === suspect.deployment && (suspect.repo === undefined || d.repo === suspect.repo));
    return {
        sha: suspect.sha,
        deployment: suspect.deployment,
        service: suspect.service,
        confidence: suspect.confidence,
        ...(deployment
            ? {
                deploymentSha: deployment.sha,
                ...(deployment.previousSha ? { previousSha: deployment.previousSha } : {}),
                ...(deployment.repo ? { repository: deployment.repo } : {}),
                ...(deployment.environment ? { environment: deployment.environment } : {})
            }
            : {})
    };
}
/** The incident with its suspect change among its facts (unchanged when there is none). */
function withSuspectChange(incident, attribution, snapshot) {
    const change = attribution && snapshot ? suspectFact(attribution, snapshot) : undefined;
    return change
        ? {
            ...incident,
            facts: { tagSources: {}, logGroups: [], notAvailable: [], ...incident.facts, change }
        }
        : incident;
}

export { withSuspectChange as w };
