// What a runner gives one action step, as a port: its inputs, its environment, a log with
// annotations and groups, outputs and the job summary. The composition root (main.ts) talks only
// to this, so the same code runs under the real runner (`actionsHost`, built on @actions/core) and
// in process in tests (a host that keeps everything in memory), without spawning the bundle.
import * as core from '@actions/core'
import { readFile } from 'node:fs/promises'

/** Where an annotation points (a runbook file and line). */
export interface AnnotationPlace {
  title?: string
  file?: string
  startLine?: number
  startColumn?: number
}

/** Functions, not methods: jobs pass them on (`warn: host.log.warning`). */
export interface ActionLog {
  info: (message: string) => void
  notice: (message: string) => void
  warning: (message: string, place?: AnnotationPlace) => void
  error: (message: string, place?: AnnotationPlace) => void
  /** Masks a secret in every later log line, the moment it is known. */
  setSecret: (secret: string) => void
  /** Folds what `fn` logs under one heading (a pipeline stage). */
  group: <T>(name: string, fn: () => Promise<T>) => Promise<T>
}

export interface ActionHost {
  /** An input's value (empty when unset). */
  input(name: string): string
  /** The step's environment, read once by `runnerFacts`. */
  env: Readonly<Record<string, string | undefined>>
  readFile(path: string): Promise<string>
  log: ActionLog
  setOutput(name: string, value: string): void
  /** Appends Markdown to the job summary; false when the runner gives no summary file. */
  summary(markdown: string): Promise<boolean>
  /** Marks the step failed with one message (the exit code becomes 1). */
  fail(message: string): void
}

/** The real runner: @actions/core over this process's environment and files. */
export function actionsHost(): ActionHost {
  return {
    input: (name) => core.getInput(name),
    env: process.env,
    readFile: (path) => readFile(path, 'utf8'),
    log: {
      info: core.info,
      notice: core.notice,
      warning: (message, place) => {
        core.warning(message, place)
      },
      error: (message, place) => {
        core.error(message, place)
      },
      setSecret: core.setSecret,
      group: core.group
    },
    setOutput: core.setOutput,
    summary: async (markdown) => {
      // Runners always provide a summary file; local runners (act, @github/local-action) may not.
      if (!process.env.GITHUB_STEP_SUMMARY) return false
      await core.summary.addRaw(markdown).write()
      return true
    },
    fail: core.setFailed
  }
}
