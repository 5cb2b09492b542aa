function hasOwn(o, k) {
    return Object.prototype.hasOwnProperty.call(o, k);
}

export { hasOwn as h };
