/** What a sensitive parameter's value reads as wherever a request is shown. */
const SENSITIVE = '(sensitive)';
/** What a request is, in the words of the service that runs it. */
function requestKindName(request) {
    return request.kind === 'command'
        ? 'Run Command'
        : request.kind === 'automation'
            ? 'Automation'
            : 'GitHub Actions workflow';
}
/** What /dry-run shows: document, the exact commands or parameters, targets, rate control. */
function describeRequest(request) {
    if (request.kind === 'workflow') {
        const { input, display } = request;
        return {
            document: `${input.owner}/${input.repo} .github/workflows/${input.workflow} on ${input.ref}`,
            targets: [],
            parameters: Object.fromEntries(Object.entries(display.inputs).map(([k, v]) => [k, [v]])),
            rateControl: 'one workflow_dispatch',
            timeoutSeconds: display.timeoutSeconds
        };
    }
    const { display } = request;
    const timeout = display ? { timeoutSeconds: display.timeoutSeconds } : {};
    if (request.kind === 'command') {
        const { input } = request;
        const targets = display?.targets ??
            input.InstanceIds ??
            (input.Targets ?? []).map((t) => `${t.Key ?? ''}=${(t.Values ?? []).join(',')}`);
        return {
            document: input.DocumentName ?? '',
            targets,
            // Without a display copy nothing says which values are sensitive: show none of them.
            parameters: display?.parameters ?? maskAll(input.Parameters),
            rateControl: `MaxConcurrency ${input.MaxConcurrency ?? '50'}, MaxErrors ${input.MaxErrors ?? '0'}`,
            ...(display
                ? timeout
                : input.TimeoutSeconds === undefined
                    ? {}
                    : { timeoutSeconds: input.TimeoutSeconds })
        };
    }
    const { input } = request;
    // Rate-controlled, the targets are `Targets` (the plan's, as its display copy has them) and the
    // target parameter is in no `Parameters`; otherwise the targets are in the parameters.
    const targets = display?.targets ??
        (input.Targets ?? []).flatMap((t) => t.Key === 'ParameterValues'
            ? (t.Values ?? [])
            : [`${t.Key ?? ''}=${(t.Values ?? []).join(',')}`]);
    return {
        document: input.DocumentName ?? '',
        targets,
        parameters: display?.parameters ?? maskAll(input.Parameters),
        rateControl: input.TargetParameterName === undefined
            ? 'one execution (no rate control)'
            : `one execution per target as \`${input.TargetParameterName}\`, MaxConcurrency ${input.MaxConcurrency ?? '10'}, MaxErrors ${input.MaxErrors ?? '0'}`,
        ...timeout
    };
}
function maskAll(parameters) {
    return Object.fromEntries(Object.entries(parameters ?? {}).map(([k, v]) => [k, v.map(() => SENSITIVE)]));
}

export { SENSITIVE as S, describeRequest as d, requestKindName as r };
