// Flat config: typescript-eslint's type-aware rules on src/, test/, harness/, bench/ and scripts/.
import js from '@eslint/js'
import prettier from 'eslint-config-prettier'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', 'src/generated/', 'bin/', 'bench/out/'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname }
    },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-unnecessary-condition': [
        'error',
        { allowConstantLoopConditions: true }
      ]
    }
  },
  {
    // The pipeline (src/pipeline.ts), its stages and the flows are pure: no SDK, no file system,
    // no adapter. They declare the ports they need (`ports.ts`) and the composition roots
    // (src/main.ts, src/cli.ts, src/action/) plug adapters (src/adapters/) in. Types alone carry
    // no I/O and may be imported.
    files: [
      'src/pipeline.ts',
      'src/{flows,intake,context,triage,plan,approval,execution,verify,report,issue,text,detect,history}/**/*.ts'
    ],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                '@aws-sdk/*',
                '@octokit/*',
                '@smithy/*',
                'node:fs',
                'node:fs/*',
                'node:http',
                'node:https',
                'node:child_process'
              ],
              allowTypeImports: true,
              message:
                'Stages do no I/O: declare a port in the stage and implement it in src/adapters/.'
            },
            {
              group: ['**/adapters/**'],
              message: 'Stages never import adapters: declare a port in the stage instead.'
            }
          ]
        }
      ]
    }
  },
  { files: ['**/*.js', '**/*.mjs'], ...tseslint.configs.disableTypeChecked },
  prettier
)
