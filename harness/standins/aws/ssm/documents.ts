// Command documents the stand-in knows: AWS-RunShellScript built in, custom ones registered by
// tests. SendCommand checks parameters against them (InvalidDocument / InvalidParameters) and
// resolves the shell lines an executor runs.
import { AwsError } from '../protocol.js'
import type { Parameters } from './common.js'

export interface DocumentParameter {
  required?: boolean
  default?: string[]
  /** Every value must match (the document's `allowedPattern`). */
  allowedPattern?: string
}

export interface CommandDocument {
  name: string
  /** The plugin GetCommandInvocation reports, e.g. `aws:runShellScript`. */
  pluginName: string
  parameters: Record<string, DocumentParameter>
  /**
   * The document's runCommand lines with `{{ name }}` placeholders. A line that is only a
   * placeholder expands to every value of that parameter (how SSM splices a StringList).
   */
  runCommand: string[]
  /** Platforms it runs on (UnsupportedPlatformType otherwise); default all. */
  platforms?: ('Linux' | 'Windows' | 'MacOS')[]
  /** Execution timeout when the document has no `executionTimeout` parameter. */
  timeoutSeconds?: number
}

export const RUN_SHELL_SCRIPT: CommandDocument = {
  name: 'AWS-RunShellScript',
  pluginName: 'aws:runShellScript',
  platforms: ['Linux', 'MacOS'],
  parameters: {
    commands: { required: true },
    workingDirectory: { default: [''] },
    executionTimeout: {
      default: ['3600'],
      allowedPattern: '^([1-9][0-9]{0,4}|1[0-6][0-9]{4}|17[0-1][0-9]{3}|172[0-7][0-9]{2}|172800)$'
    }
  },
  runCommand: ['{{ commands }}']
}

export interface ResolvedCommand {
  parameters: Parameters
  commands: string[]
  workingDirectory: string
  executionTimeoutSeconds: number
}

const invalid = (message: string) => new AwsError('InvalidParameters', message)

export function resolveCommand(document: CommandDocument, given: Parameters): ResolvedCommand {
  const parameters: Parameters = {}
  for (const name of Object.keys(given)) {
    if (!(name in document.parameters))
      throw invalid(`Parameter "${name}" is not defined in document ${document.name}.`)
  }
  for (const [name, spec] of Object.entries(document.parameters)) {
    const values = given[name] ?? spec.default
    if (values === undefined || values.length === 0) {
      if (spec.required) throw invalid(`Parameter "${name}" is required by ${document.name}.`)
      continue
    }
    const pattern = spec.allowedPattern === undefined ? undefined : new RegExp(spec.allowedPattern)
    const bad = pattern && values.find((v) => !pattern.test(v))
    if (bad !== undefined)
      throw invalid(
        `Parameter "${name}" value "${bad}" does not match ${String(spec.allowedPattern)}.`
      )
    parameters[name] = values
  }
  const commands = document.runCommand.flatMap((line) => {
    const whole = /^\{\{\s*(\w+)\s*\}\}$/.exec(line)
    if (whole?.[1]) return parameters[whole[1]] ?? []
    return [
      line.replace(/\{\{\s*(\w+)\s*\}\}/g, (_m, name: string) => (parameters[name] ?? []).join(' '))
    ]
  })
  return {
    parameters,
    commands,
    workingDirectory: parameters.workingDirectory?.[0] ?? '',
    executionTimeoutSeconds: Number(
      parameters.executionTimeout?.[0] ?? document.timeoutSeconds ?? 3600
    )
  }
}
