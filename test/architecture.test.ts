// The stages stay pure: the import rule of eslint.config.js, run over the stage folders as part of
// `npm test` (only that rule, without type information, so it takes a second), and shown to fire.
import { describe, expect, it } from '@jest/globals'
import { ESLint, type Linter } from 'eslint'
import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import tseslint from 'typescript-eslint'

// The project's own configuration, as ESLint loads it (a JavaScript module without types).
const { default: config } = (await import(pathToFileURL(resolve('eslint.config.js')).href)) as {
  default: Linter.Config[]
}

const RULE = '@typescript-eslint/no-restricted-imports'
const stageRule = config.find((c) => c.rules?.[RULE] !== undefined)

function linter(): ESLint {
  if (!stageRule) throw new Error(`eslint.config.js has no ${RULE} entry`)
  return new ESLint({
    overrideConfigFile: true,
    overrideConfig: [
      {
        files: stageRule.files ?? [],
        // Only this rule runs, so directives that disable others are not unused here.
        linterOptions: { reportUnusedDisableDirectives: 'off' },
        languageOptions: { parser: tseslint.parser },
        plugins: { '@typescript-eslint': tseslint.plugin as unknown as ESLint.Plugin },
        rules: { [RULE]: stageRule.rules?.[RULE] ?? 'off' }
      }
    ]
  })
}

describe('stage folders', () => {
  it('import no SDK, file system or adapter', async () => {
    const results = await linter().lintFiles(stageRule?.files as string[])
    expect(results.length).toBeGreaterThan(40)
    const problems = results.flatMap((r) =>
      r.messages.map((m) => `${r.filePath}:${m.line} ${m.message}`)
    )
    expect(problems).toEqual([])
    // Type-aware linting of every stage module: seconds on a busy two-core machine.
  }, 60_000)

  it('are refused an adapter or an SDK, but may import types', async () => {
    const [result] = await linter().lintText(
      [
        "import { readFileSync } from 'node:fs'",
        "import { cloudWatchAlarms } from '../adapters/aws/alarms.js'",
        "import type { SSMClient } from '@aws-sdk/client-ssm'",
        'export const x = [readFileSync, cloudWatchAlarms] as unknown as SSMClient'
      ].join('\n'),
      { filePath: 'src/plan/example.ts' }
    )
    expect(result?.messages.map((m) => m.line)).toEqual([1, 2])
  })
})
