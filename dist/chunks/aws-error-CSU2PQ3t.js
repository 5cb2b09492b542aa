// AWS SDK failures in one line, for notes on issues and in logs.
/** An AWS SDK failure in one line: exception name, status, attempts, message. */
function describeAwsError(error) {
    if (!(error instanceof Error))
        return String(error);
    const meta = error.$metadata;
    const status = meta?.httpStatusCode ? ` (HTTP ${meta.httpStatusCode})` : '';
    const attempts = meta?.attempts && meta.attempts > 1 ? ` after ${meta.attempts} attempts` : '';
    const message = error.message.split('\n')[0]?.slice(0, 300) ?? '';
    return `${error.name}${status}${attempts}: ${message}`;
}

export { describeAwsError as d };
