// See: https://rollupjs.org/introduction/
// Two ES module entry points, the action (dist/index.js) and the CLI (dist/cli.js), sharing chunks
// in dist/chunks. Code loaded on demand (the Bedrock client, the SDK's credential providers)
// stays in its own chunk, so start-up does not pay for it. Apart, the log anomaly detector's
// Lambda function: one self-contained file, dist/detector/index.mjs (handler `index.handler`).
import commonjsPlugin from '@rollup/plugin-commonjs'
import jsonPlugin from '@rollup/plugin-json'
import nodeResolvePlugin from '@rollup/plugin-node-resolve'
import typescriptPlugin from '@rollup/plugin-typescript'
import type { Plugin, RollupOptions } from 'rollup'

// The plugins' typings describe CommonJS default exports, which NodeNext resolution does not
// see as callable; at run time they are plain plugin factories.
type Factory = (options?: Record<string, unknown>) => Plugin
const [typescript, nodeResolve, commonjs, json] = [
  typescriptPlugin,
  nodeResolvePlugin,
  commonjsPlugin,
  jsonPlugin
].map((p) => p as unknown as Factory) as [Factory, Factory, Factory, Factory]

const config: RollupOptions = {
  input: {
    index: 'src/index.ts',
    cli: 'src/cli-entry.ts',
    // One entry per sub-action (validate/, intake/, approve/, remediate/, reconcile/, publish/,
    // learn/).
    validate: 'src/entries/validate.ts',
    intake: 'src/entries/intake.ts',
    approve: 'src/entries/approve.ts',
    remediate: 'src/entries/remediate.ts',
    reconcile: 'src/entries/reconcile.ts',
    publish: 'src/entries/publish.ts',
    learn: 'src/entries/learn.ts'
  },
  output: {
    dir: 'dist',
    entryFileNames: '[name].js',
    chunkFileNames: 'chunks/[name]-[hash].js',
    esModule: true,
    format: 'es',
    sourcemap: false
  },
  // https-proxy-agent's optional Negotiate (Kerberos) proxy auth loads `kerberos` on demand; it is
  // never turned on here, so it stays out of the bundle (using it would fail with a clear error).
  external: ['kerberos'],
  // @actions/core imports its HTTP client (and that client's own undici) for OIDC tokens, which
  // OpsLoop never asks for; loaded at start-up they cost every job a megabyte of parsing. Marked
  // free of side effects, they are left out when nothing uses them.
  treeshake: {
    moduleSideEffects: (id) => !/node_modules[\\/]@actions[\\/]http-client[\\/]/.test(id)
  },
  plugins: [
    typescript({ tsconfig: './tsconfig.build.json' }),
    nodeResolve({ preferBuiltins: true, exportConditions: ['node'] }),
    // undici requires node:sqlite only when its SQLite cache store is built (never here); hoisted
    // to an import, it would fail loading undici on Node 20, which has no node:sqlite.
    commonjs({ ignore: ['node:sqlite'] }),
    json()
  ],
  onwarn(warning, warn) {
    // @actions/* and ajv use `this` at module top level and circular requires; both are harmless.
    if (warning.code === 'THIS_IS_UNDEFINED' || warning.code === 'CIRCULAR_DEPENDENCY') return
    warn(warning)
  }
}

// The detector's Lambda bundle: one ES module file, zipped alone (docs/detector.md), the AWS SDK
// inside it. The Node.js 24 runtime ships an SDK v3 too, but of whatever version the runtime has
// that day; bundling ours runs the exact clients the tests ran against the stand-ins, and tree
// shaking keeps only DynamoDB's and EventBridge's.
const detector: RollupOptions = {
  input: 'src/entries/detector.ts',
  output: {
    file: 'dist/detector/index.mjs',
    esModule: true,
    format: 'es',
    // One file: the SDK's on-demand parts (credential providers) are inlined, not chunks.
    inlineDynamicImports: true,
    sourcemap: false
  },
  plugins: [
    typescript({ tsconfig: './tsconfig.build.json' }),
    nodeResolve({ preferBuiltins: true, exportConditions: ['node'] }),
    commonjs(),
    json()
  ],
  onwarn: config.onwarn
}

export default [config, detector]
