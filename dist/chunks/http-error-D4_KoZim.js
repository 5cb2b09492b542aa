// Canonical JSON: object keys sorted and undefined members dropped, so equal values serialize,
// and therefore hash, equally (plan digests, fingerprints of unrecognized payloads).
function canonicalJson(value) {
    if (Array.isArray(value))
        return `[${value.map((v) => canonicalJson(v ?? null)).join(',')}]`;
    if (value !== null && typeof value === 'object') {
        const entries = Object.entries(value)
            .filter(([, v]) => v !== undefined)
            .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
        return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
    }
    return jsonText(value) ?? 'null';
}
/** JSON.stringify typed honestly: it gives undefined for undefined, functions and symbols. */
function jsonText(value, indent) {
    const text = JSON.stringify(value, null, indent);
    return typeof text === 'string' ? text : undefined;
}

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

export { canonicalJson as c, describeReadError as d, httpStatus as h, jsonText as j };
