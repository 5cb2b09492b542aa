// `npm run local-action -- local/<job>.env` (issue 22): one example per job, each naming only
// inputs the action declares, pointing at an event file that exists, and complete once its
// FILL IN values are filled (the job's own input parsing accepts it); and the entry that
// @github/local-action calls exits non-zero when the step fails.
import { afterEach, describe, expect, it } from '@jest/globals'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import { COMMANDS, parseInputs, runnerFacts, type Command } from '../src/action/inputs.js'
import { run } from '../src/local-action.js'

const DIR = 'local'
const files = readdirSync(DIR).filter((f) => f.endsWith('.env'))

/** A dotenv file's KEY=VALUE lines (comments and blank lines skipped). */
function readEnv(file: string): Record<string, string> {
  const env: Record<string, string> = {}
  for (const line of readFileSync(join(DIR, file), 'utf8').split('\n')) {
    if (line.trim() === '' || line.startsWith('#')) continue
    const eq = line.indexOf('=')
    expect(eq).toBeGreaterThan(0)
    env[line.slice(0, eq)] = line.slice(eq + 1)
  }
  return env
}

const declared = Object.keys(
  (parse(readFileSync('action.yml', 'utf8')) as { inputs: Record<string, unknown> }).inputs
)

// What a person fills in where an example says FILL IN.
const FILLED: Record<string, string> = {
  'INPUT_GITHUB-TOKEN': 'ghp_example',
  'INPUT_RECORD-KEY': 'k'.repeat(32),
  'INPUT_ISSUE-NUMBER': '12',
  'INPUT_PLAN-DIGEST': '0123456789ab',
  'INPUT_AWS-REGION': 'eu-west-1',
  'INPUT_ALARM-NAME-PREFIX': 'checkout-'
}

describe('the local-action examples (local/*.env)', () => {
  it('cover every job', () => {
    const commands = files.map((f) => readEnv(f).INPUT_COMMAND)
    expect([...commands].sort()).toEqual([...COMMANDS].sort())
  })

  it.each(files)(
    '%s names declared inputs, an event file that exists, and parses once filled',
    (file) => {
      const env = readEnv(file)
      for (const key of Object.keys(env).filter((k) => k.startsWith('INPUT_')))
        expect(declared).toContain(key.slice('INPUT_'.length).toLowerCase())
      expect(env.GITHUB_EVENT_NAME).toMatch(/^[a-z_]+$/)
      if (env.GITHUB_EVENT_PATH !== undefined) {
        expect(existsSync(env.GITHUB_EVENT_PATH)).toBe(true)
        expect((): unknown =>
          JSON.parse(readFileSync(env.GITHUB_EVENT_PATH ?? '', 'utf8'))
        ).not.toThrow()
      }
      const filled = { ...env }
      for (const [key, value] of Object.entries(FILLED))
        if (key in filled && filled[key] === '') filled[key] = value
      const get = (name: string): string => (filled[`INPUT_${name.toUpperCase()}`] ?? '').trim()
      expect(() =>
        parseInputs(env.INPUT_COMMAND as Command, get, runnerFacts(filled))
      ).not.toThrow()
    }
  )
})

describe('src/local-action.ts', () => {
  const saved = { command: process.env.INPUT_COMMAND, exitCode: process.exitCode }
  afterEach(() => {
    if (saved.command === undefined) delete process.env.INPUT_COMMAND
    else process.env.INPUT_COMMAND = saved.command
    process.exitCode = saved.exitCode
  })

  it('exits non-zero when the step fails', async () => {
    process.env.INPUT_COMMAND = 'launch'
    const written: string[] = []
    const write = process.stdout.write.bind(process.stdout)
    process.stdout.write = (chunk: string | Uint8Array) => {
      written.push(String(chunk))
      return true
    }
    try {
      await run()
    } finally {
      process.stdout.write = write
    }
    expect(process.exitCode).toBe(1)
    expect(written.join('')).toMatch(
      /::error::Unknown command `launch`: use one of validate, intake/
    )
  })
})
