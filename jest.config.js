// ESM jest, as in actions/typescript-action: ts-jest compiles TypeScript, node runs ES modules.
export default {
  clearMocks: true,
  extensionsToTreatAsEsm: ['.ts'],
  moduleFileExtensions: ['ts', 'js', 'json'],
  preset: 'ts-jest',
  reporters: ['default'],
  // Source imports say `./x.js` (NodeNext); the file is x.ts. Jest's own resolver then tries the
  // extensions above in order, which is cheaper than a resolver that throws on every miss.
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  testEnvironment: 'node',
  testMatch: ['**/test/**/*.test.ts'],
  testPathIgnorePatterns: ['/dist/', '/node_modules/'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json', useESM: true }]
  },
  verbose: false,
  // One worker per core of the machine the suite is tuned for (two); a third gained nothing.
  maxWorkers: 2
}
