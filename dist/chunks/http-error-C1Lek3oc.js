// A failed HTTP read in words a person can act on: its status (from an Octokit RequestError, or
// any error carrying a numeric `status`) and, for GitHub, the workflow permission that would
// allow it. Pure, so stages can word failures without importing a client.
/** The HTTP status of an Octokit RequestError (without depending on its package). */
function httpStatus(error) {
    const status = error?.status;
    return typeof status === 'number' ? status : undefined;
}
/** A failed GitHub read in one line, naming the workflow permission that would allow it. */
function describeReadError(error, permission) {
    const status = httpStatus(error);
    if (status === 404)
        return 'not found, or not visible to this token';
    if (status === 401 || status === 403)
        return `HTTP ${status}: the token may not read it (give the workflow \`${permission}\`)`;
    const message = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
    return `${status ? `HTTP ${status}: ` : ''}${message.slice(0, 200)}`;
}

export { describeReadError as d, httpStatus as h };
