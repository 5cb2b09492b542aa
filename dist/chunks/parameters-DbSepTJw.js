const patternCache = new Map();
/** A parameter pattern compiled as ajv compiles JSON Schema patterns (ECMAScript, unicode). */
function compilePattern(pattern) {
    let re = patternCache.get(pattern);
    if (!re) {
        try {
            re = new RegExp(pattern, 'u');
        }
        catch (error) {
            re = error;
        }
        patternCache.set(pattern, re);
    }
    return re;
}
function typeMatches(type, value) {
    switch (type) {
        case 'string':
            return typeof value === 'string';
        case 'integer':
            return typeof value === 'number' && Number.isInteger(value);
        case 'number':
            return typeof value === 'number' && Number.isFinite(value);
        case 'boolean':
            return typeof value === 'boolean';
    }
}
/** Why `value` is not acceptable for `param`, or undefined when it is. */
function checkParameterValue(param, value) {
    if (!typeMatches(param.type, value))
        return `must be ${param.type === 'integer' ? 'an' : 'a'} ${param.type}, got ${JSON.stringify(value)}`;
    if (param.enum && !param.enum.includes(value)) {
        return `must be one of ${param.enum.map((v) => JSON.stringify(v)).join(', ')}, got ${JSON.stringify(value)}`;
    }
    if (typeof value === 'string') {
        if (param.pattern !== undefined) {
            const re = compilePattern(param.pattern);
            if (re instanceof Error || !re.test(value))
                return `${JSON.stringify(value)} does not match ${param.pattern}`;
        }
        // JSON Schema counts code points, as ajv does; this is not user-facing text segmentation.
        // eslint-disable-next-line @typescript-eslint/no-misused-spread
        const length = [...value].length;
        if (param.minLength !== undefined && length < param.minLength)
            return `must be at least ${param.minLength} characters`;
        if (param.maxLength !== undefined && length > param.maxLength)
            return `must be at most ${param.maxLength} characters`;
    }
    if (typeof value === 'number') {
        if (param.minimum !== undefined && value < param.minimum)
            return `must be >= ${param.minimum}, got ${value}`;
        if (param.maximum !== undefined && value > param.maximum)
            return `must be <= ${param.maximum}, got ${value}`;
    }
    return undefined;
}

export { compilePattern as a, checkParameterValue as c };
