const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v) => typeof v === 'string' && v !== '' ? v : undefined;
const obj = (v) => (isObject(v) ? v : {});
const num = (v) => typeof v === 'number' && Number.isFinite(v) ? v : undefined;
const int = (v) => Number.isInteger(v) ? v : undefined;
const list = (v) => (Array.isArray(v) ? v : []);
/** A string holding JSON is parsed (`undefined` when it is not JSON); anything else is kept. */
function parseJsonString(v) {
    if (typeof v !== 'string')
        return v;
    try {
        return JSON.parse(v);
    }
    catch {
        return undefined;
    }
}
function scalarText(v) {
    return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? String(v) : '';
}
/** The scalar entries of an object, as strings. */
function stringRecord(v) {
    const out = {};
    for (const [k, val] of Object.entries(obj(v))) {
        if (typeof val === 'string' || typeof val === 'number' || typeof val === 'boolean')
            out[k] = String(val);
    }
    return out;
}
/** The object without its `undefined` entries. */
function clean(o) {
    return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
}

export { int as a, str as b, clean as c, stringRecord as d, isObject as i, list as l, num as n, obj as o, parseJsonString as p, scalarText as s };
