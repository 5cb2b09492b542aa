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

export { canonicalJson as c, jsonText as j };
