// Kept in step with package.json by a test.
const VERSION = '0.1.0';

export { VERSION as V };
