// See: https://rollupjs.org/introduction/
// Two self-contained ES module bundles: the action (dist/index.js) and the CLI (dist/cli.js).
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

const bundle = (input: string, file: string): RollupOptions => ({
  input,
  output: { esModule: true, file, format: 'es', sourcemap: false },
  plugins: [
    typescript({ tsconfig: './tsconfig.build.json' }),
    nodeResolve({ preferBuiltins: true, exportConditions: ['node'] }),
    commonjs(),
    json()
  ],
  onwarn(warning, warn) {
    // @actions/* and ajv use `this` at module top level and circular requires; both are harmless.
    if (warning.code === 'THIS_IS_UNDEFINED' || warning.code === 'CIRCULAR_DEPENDENCY') return
    warn(warning)
  }
})

export default [bundle('src/index.ts', 'dist/index.js'), bundle('src/cli-entry.ts', 'dist/cli.js')]
