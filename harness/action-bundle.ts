// Runs the committed action bundle (dist/index.js) as a runner would: inputs in INPUT_*, the
// webhook in GITHUB_EVENT_PATH, outputs read back from GITHUB_OUTPUT. Asynchronous on purpose:
// the stand-ins it talks to live in the test's own process.
import { execFile } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { BOT_TOKEN } from './standins/github/index.js'

const run = promisify(execFile)

/** The record key every test run of the action seals with (the `record-key` input). */
export const RECORD_KEY = 'opsloop-test-record-key-0123456789abcdef0123'
const scratch = mkdtempSync(join(tmpdir(), 'opsloop-action-'))

/** A fresh RUNNER_TEMP for one run, inside this process's scratch folder. */
export function runnerTemp(): string {
  return mkdtempSync(join(scratch, 'runner-temp-'))
}

export interface ActionRun {
  code: number
  outputs: Record<string, string>
  stdout: string
  summary: string
}

export async function runActionBundle(options: {
  env: Record<string, string>
  eventName: string
  webhook: object
  inputs?: Record<string, string>
  repository?: string
  /** The bundle entry to run: `index` (the root action, default) or a sub-action's. */
  entry?: 'index' | 'validate' | 'intake' | 'approve' | 'remediate' | 'reconcile' | 'publish'
}): Promise<ActionRun> {
  const id = Math.random().toString(36).slice(2)
  const eventPath = join(scratch, `event-${id}.json`)
  const outputPath = join(scratch, `output-${id}.txt`)
  const summaryPath = join(scratch, `summary-${id}.md`)
  writeFileSync(eventPath, JSON.stringify(options.webhook))
  writeFileSync(outputPath, '')
  writeFileSync(summaryPath, '')
  const env = {
    PATH: process.env.PATH ?? '',
    GITHUB_EVENT_NAME: options.eventName,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: options.repository ?? 'acme/ops',
    GITHUB_OUTPUT: outputPath,
    // The runner's scratch folder and run, as a runner gives them (intake writes its snapshot
    // there; the issue links the run).
    RUNNER_TEMP: runnerTemp(),
    GITHUB_RUN_ID: '4242',
    GITHUB_STEP_SUMMARY: summaryPath,
    'INPUT_GITHUB-TOKEN': BOT_TOKEN,
    'INPUT_RECORD-KEY': RECORD_KEY,
    INPUT_RUNBOOKS: 'runbooks',
    ...options.env,
    ...Object.fromEntries(
      Object.entries(options.inputs ?? {}).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])
    )
  }
  let code = 0
  let stdout = ''
  try {
    stdout = (
      await run(process.execPath, [join(process.cwd(), `dist/${options.entry ?? 'index'}.js`)], {
        env,
        timeout: 60_000
      })
    ).stdout
  } catch (error) {
    const failed = error as { code?: number; stdout?: string }
    code = failed.code ?? -1
    stdout = failed.stdout ?? ''
  }
  const outputs: Record<string, string> = {}
  for (const m of readFileSync(outputPath, 'utf8').matchAll(/^([\w-]+)<<(.+)\n([\s\S]*?)\n\2$/gm))
    outputs[m[1] ?? ''] = m[3] ?? ''
  return { code, outputs, stdout, summary: readFileSync(summaryPath, 'utf8') }
}
