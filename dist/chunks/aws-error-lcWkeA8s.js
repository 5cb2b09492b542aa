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
/** Whether AWS refused the call for want of a permission (each service names it its own way). */
function isAccessDenied(error) {
    const name = error instanceof Error ? error.name : '';
    const status = error?.$metadata
        ?.httpStatusCode;
    return (/^(AccessDenied|AccessDeniedException|UnauthorizedOperation|UnauthorizedException|AuthorizationError|NotAuthorized)$/.test(name) || status === 403);
}

export { describeAwsError as d, isAccessDenied as i };
