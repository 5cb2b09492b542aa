// Runs the action's composition root in this process, as the runner would run the bundle: inputs
// (with action.yml's defaults applied, as the runner applies them), the webhook at
// GITHUB_EVENT_PATH, outputs, the job summary and the log as workflow commands. Nothing is
// spawned and nothing waits in real time: GitHub's spacing is shrunk to nothing (rate limits are
// still handled), the AWS SDK points at the stand-ins with millisecond retries, and remediation
// may wait on a virtual clock. The bundle itself is proved by one smoke run per job
// (test/action-bundle.test.ts).
import { readFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { parse } from 'yaml'
import type { ActionHost, AnnotationPlace } from '../src/action/host.js'
import type { Command } from '../src/action/inputs.js'
import { runAction, type RuntimeOptions } from '../src/main.js'
import { BOT_TOKEN } from './standins/github/index.js'
import { awsSettings } from './standins/index.js'
import { RECORD_KEY, runnerTemp, type ActionRun } from './action-bundle.js'

/** action.yml's input defaults, except expressions (`${{ github.token }}`), which tests give. */
function actionDefaults(file: string): Record<string, string> {
  const manifest = parse(readFileSync(join(process.cwd(), file), 'utf8')) as {
    inputs?: Record<string, { default?: string }>
  }
  return Object.fromEntries(
    Object.entries(manifest.inputs ?? {})
      .filter(([, spec]) => spec.default !== undefined && !spec.default.includes('${{'))
      .map(([name, spec]) => [name, spec.default ?? ''])
  )
}

const DEFAULTS = actionDefaults('action.yml')
const EVENT_PATH = '/opsloop-test/event.json'

/** A workflow command's data and properties, escaped as @actions/core escapes them. */
const escapeData = (s: string): string =>
  s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
const escapeProperty = (s: string): string =>
  escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C')

function command(name: string, message: string, place?: AnnotationPlace): string {
  const props = Object.entries({
    title: place?.title,
    file: place?.file,
    line: place?.startLine,
    col: place?.startColumn
  })
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
    .join(',')
  return `::${name}${props ? ` ${props}` : ''}::${escapeData(message)}\n`
}

export interface InProcessOptions {
  env: Record<string, string>
  eventName: string
  webhook: object
  inputs?: Record<string, string>
  repository?: string
  /** A sub-action's fixed command. */
  command?: Command
  runtime?: RuntimeOptions
}

/** The AWS SDK settings that point every client at the stand-ins named in `env`. */
export function standInAws(env: Record<string, string>): RuntimeOptions['aws'] {
  if (!env.AWS_ENDPOINT_URL) return undefined
  return (config) => ({
    ...config,
    ...awsSettings(env, Number(config.maxAttempts ?? 3)),
    ...(config.region ? { region: config.region } : {})
  })
}

export async function runActionInProcess(options: InProcessOptions): Promise<ActionRun> {
  const inputs: Record<string, string> = {
    ...DEFAULTS,
    'github-token': BOT_TOKEN,
    'record-key': RECORD_KEY,
    ...options.inputs
  }
  const env: Record<string, string> = {
    GITHUB_EVENT_NAME: options.eventName,
    GITHUB_EVENT_PATH: EVENT_PATH,
    GITHUB_REPOSITORY: options.repository ?? 'acme/ops',
    RUNNER_TEMP: runnerTemp(),
    GITHUB_RUN_ID: '4242',
    ...options.env
  }
  let stdout = ''
  let summary = ''
  let code = 0
  const outputs: Record<string, string> = {}
  const host: ActionHost = {
    input: (name) => (inputs[name] ?? '').trim(),
    env,
    readFile: (path) =>
      path === EVENT_PATH
        ? Promise.resolve(JSON.stringify(options.webhook))
        : readFile(path, 'utf8'),
    log: {
      info: (message) => void (stdout += `${message}\n`),
      notice: (message) => void (stdout += command('notice', message)),
      warning: (message, place) => void (stdout += command('warning', message, place)),
      error: (message, place) => void (stdout += command('error', message, place)),
      setSecret: (secret) => void (stdout += command('add-mask', secret)),
      group: async (name, fn) => {
        stdout += `::group::${name}\n`
        try {
          return await fn()
        } finally {
          stdout += '::endgroup::\n'
        }
      }
    },
    setOutput: (name, value) => void (outputs[name] = value),
    summary: (markdown) => {
      summary += markdown
      return Promise.resolve(true)
    },
    fail: (message) => {
      code = 1
      stdout += command('error', message)
    }
  }
  const aws = standInAws(env)
  await runAction(host, {
    githubWaitScale: 0,
    ...(aws ? { aws } : {}),
    ...(options.command ? { command: options.command } : {}),
    ...options.runtime
  })
  return { code, outputs, stdout, summary }
}
