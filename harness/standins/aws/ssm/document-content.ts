// The content of SSM documents as CreateDocument and UpdateDocument take it (JSON or YAML), checked
// as SSM checks it (see the top of ssm/documents.ts for what is accepted and refused), and what the
// stand-in learns from it: the parameters DescribeDocument lists, and the Command step SendCommand
// runs or the Automation steps StartAutomationExecution walks through. Also `allowedPattern` as SSM
// applies it, and the 2.2 form shown for documents a test registers.
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml'
import { AwsError } from '../protocol.js'
import { notModelled } from './common.js'
import type { CommandDocument, DocumentParameter } from './documents.js'

export type DocumentType = 'Command' | 'Automation'
export type Format = 'JSON' | 'YAML'

/** What a version's content says, besides the content itself. */
export interface ParsedVersion {
  schemaVersion: string
  description?: string
  /** As DescribeDocument lists them. */
  parameters: Record<string, unknown>[]
  platformTypes: string[]
  command?: Omit<CommandDocument, 'name'>
  automation?: {
    steps: { name: string; action: string }[]
    parameters: Record<string, { required: boolean }>
  }
}

const badContent = (why: string) =>
  new AwsError('InvalidDocumentContent', `The content for the document is not valid: ${why}`)

const SHELL_PLATFORMS: ('Linux' | 'Windows' | 'MacOS')[] = ['Linux', 'MacOS']
const AUTOMATION_PLATFORMS = ['Windows', 'Linux', 'MacOS']

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)

export const REFERENCE = /\{\{\s*([^{}\s]+)\s*\}\}/g
export const WHOLE_REFERENCE = /^\{\{\s*([^{}\s]+)\s*\}\}$/

/**
 * `allowedPattern` as SSM applies it: RE2 syntax (so no lookaround or backreferences), matched
 * against the whole value. A leading `(?i)` (or `(?s)`) becomes a flag. A string says what is
 * wrong with a pattern SSM would refuse.
 */
export function compileAllowedPattern(source: string): RegExp | string {
  if (/\(\?<?[=!]/.test(source)) return 'lookaround is not supported (RE2 syntax)'
  if (/\\[1-9]|\\k</.test(source)) return 'backreferences are not supported (RE2 syntax)'
  const inline = /^\(\?([is]+)\)/.exec(source)
  const body = inline ? source.slice(inline[0].length) : source
  const flags = inline?.[1] ?? ''
  for (const extra of ['u', '']) {
    try {
      return new RegExp(`^(?:${body})$`, flags + extra)
    } catch {
      // `\-` outside a class is an error in Unicode mode only: try without it.
    }
  }
  return 'not a valid regular expression'
}

export function parseContent(content: string, format: Format): Record<string, unknown> {
  let parsed: unknown
  try {
    parsed = format === 'JSON' ? JSON.parse(content) : parseYaml(content)
  } catch (error) {
    throw badContent(
      `${format} not well-formed (${error instanceof Error ? error.message : String(error)})`
    )
  }
  if (!isObject(parsed)) throw badContent(`the ${format} content is not an object`)
  if (parsed.schemaVersion === undefined) throw badContent('schemaVersion is required')
  return parsed
}

function mainSteps(parsed: Record<string, unknown>): unknown[] {
  if (!Array.isArray(parsed.mainSteps) || parsed.mainSteps.length === 0)
    throw badContent('mainSteps is required and must list at least one step')
  return parsed.mainSteps as unknown[]
}

/** `content` written in the other format, as GetDocument answers when asked for it. */
export function convert(content: string, from: Format, to: Format): string {
  const value: unknown = from === 'JSON' ? JSON.parse(content) : parseYaml(content)
  return to === 'JSON' ? JSON.stringify(value, null, 2) : stringifyYaml(value)
}

const schemaVersionOf = (parsed: Record<string, unknown>) =>
  typeof parsed.schemaVersion === 'number'
    ? parsed.schemaVersion.toFixed(1)
    : String(parsed.schemaVersion)

function schemaError(type: DocumentType, schemaVersion: string): AwsError {
  return new AwsError(
    'InvalidDocumentSchemaVersion',
    `Schema version ${schemaVersion} is not supported for ${type} documents.`
  )
}

const descriptionOf = (parsed: Record<string, unknown>) =>
  typeof parsed.description === 'string' ? { description: parsed.description } : {}

export function commandVersion(parsed: Record<string, unknown>): ParsedVersion {
  const schemaVersion = schemaVersionOf(parsed)
  if (schemaVersion === '1.2' || schemaVersion === '2.0')
    notModelled(`Command documents of schemaVersion ${schemaVersion}`)
  if (schemaVersion !== '2.2') throw schemaError('Command', schemaVersion)
  const steps = mainSteps(parsed)
  const parameters = commandParameters(parsed.parameters)
  if (steps.length !== 1) notModelled('Command documents with more than one step')
  const step = steps[0]
  if (!isObject(step) || typeof step.action !== 'string' || typeof step.name !== 'string')
    throw badContent('every step needs an action and a name')
  if (!/^[a-zA-Z0-9_.-]{1,128}$/.test(step.name))
    throw badContent(`step name ${step.name} is not valid`)
  if (step.action !== 'aws:runShellScript') notModelled(`the ${step.action} plugin`)
  const platforms = preconditionPlatforms(step.precondition)
  const inputs = step.inputs
  if (!isObject(inputs)) throw badContent(`step ${step.name} has no inputs`)
  const run = inputs.runCommand
  const runCommand =
    typeof run === 'string'
      ? [run]
      : Array.isArray(run) && run.every((l) => typeof l === 'string')
        ? run
        : undefined
  if (!runCommand) throw badContent('runCommand must be a string or a list of strings')
  const timeout = inputs.timeoutSeconds
  const extra = {
    ...(typeof inputs.workingDirectory === 'string'
      ? { workingDirectory: inputs.workingDirectory }
      : {}),
    ...(typeof timeout === 'string' || typeof timeout === 'number'
      ? { timeoutSeconds: String(timeout) }
      : {})
  }
  checkReferences(parameters, runCommand, true)
  checkReferences(parameters, Object.values(extra), false)
  return {
    schemaVersion,
    ...descriptionOf(parsed),
    parameters: listParameters(parameters),
    platformTypes: platforms,
    command: {
      pluginName: step.action,
      parameters,
      runCommand,
      platforms,
      ...(Object.keys(extra).length > 0 ? { inputs: extra } : {})
    }
  }
}

/**
 * The platforms a step runs on: its plugin's, narrowed by a `platformType` precondition. (On AWS a
 * node of another platform runs the command with the step skipped; the stand-in, whose documents
 * have one step, refuses such a node with UnsupportedPlatformType, as for a document that does
 * not support its platform.)
 */
function preconditionPlatforms(precondition: unknown): ('Linux' | 'Windows' | 'MacOS')[] {
  if (precondition === undefined) return SHELL_PLATFORMS
  const equals = isObject(precondition) ? precondition.StringEquals : undefined
  if (
    !isObject(precondition) ||
    Object.keys(precondition).length !== 1 ||
    !Array.isArray(equals) ||
    equals.length !== 2 ||
    equals[0] !== 'platformType'
  )
    return notModelled('preconditions other than StringEquals on platformType')
  const platform: unknown = equals[1]
  if (platform !== 'Linux' && platform !== 'Windows' && platform !== 'MacOS')
    throw badContent(`precondition platformType ${String(platform)} is not a platform`)
  return SHELL_PLATFORMS.filter((p) => p === platform)
}

const BOUNDS = ['minChars', 'maxChars', 'minItems', 'maxItems'] as const

function commandParameters(declared: unknown): Record<string, DocumentParameter> {
  if (declared === undefined) return {}
  if (!isObject(declared)) throw badContent('parameters must be an object')
  const out: Record<string, DocumentParameter> = {}
  for (const [name, spec] of Object.entries(declared)) {
    if (!/^[a-zA-Z0-9_.-]{1,128}$/.test(name))
      throw badContent(`parameter name ${name} is not valid`)
    if (!isObject(spec)) throw badContent(`parameter ${name} must be an object`)
    const type = spec.type
    if (type === 'Integer' || type === 'Boolean' || type === 'StringMap' || type === 'MapList')
      notModelled(`${type} parameters in Command documents`)
    if (type !== 'String' && type !== 'StringList')
      throw badContent(`parameter ${name} has no valid type`)
    const strings = (v: unknown) => Array.isArray(v) && v.every((s) => typeof s === 'string')
    const fallback = spec.default
    if (
      fallback !== undefined &&
      (type === 'String' ? typeof fallback !== 'string' : !strings(fallback))
    )
      throw badContent(`the default of parameter ${name} is not a ${type}`)
    if (spec.allowedValues !== undefined && !strings(spec.allowedValues))
      throw badContent(`allowedValues of parameter ${name} must be a list of strings`)
    if (spec.allowedPattern !== undefined) {
      if (typeof spec.allowedPattern !== 'string')
        throw badContent(`allowedPattern of parameter ${name} must be a string`)
      const compiled = compileAllowedPattern(spec.allowedPattern)
      if (typeof compiled === 'string')
        throw badContent(`allowedPattern of parameter ${name}: ${compiled}`)
    }
    const bounds: Partial<Record<(typeof BOUNDS)[number], number>> = {}
    for (const bound of BOUNDS) {
      const value = spec[bound]
      if (value === undefined) continue
      if (typeof value !== 'number' || !Number.isInteger(value) || value < 0)
        throw badContent(`${bound} of parameter ${name} must be a whole number`)
      if (type === 'String' && bound.endsWith('Items'))
        throw badContent(`${bound} applies to StringList parameters, not ${name}`)
      bounds[bound] = value
    }
    out[name] = {
      type,
      required: fallback === undefined,
      ...bounds,
      ...(fallback === undefined
        ? {}
        : { default: typeof fallback === 'string' ? [fallback] : (fallback as string[]) }),
      ...(typeof spec.allowedPattern === 'string' ? { allowedPattern: spec.allowedPattern } : {}),
      ...(spec.allowedValues === undefined ? {} : { allowedValues: spec.allowedValues }),
      ...(typeof spec.description === 'string' ? { description: spec.description } : {})
    }
  }
  return out
}

/**
 * Every `{{ name }}` must name a declared parameter; a StringList may only stand alone (a whole
 * line of a list input, where SSM splices its values in).
 */
function checkReferences(
  parameters: Record<string, DocumentParameter>,
  texts: readonly string[],
  list: boolean
): void {
  for (const text of texts) {
    for (const [, name = ''] of text.matchAll(REFERENCE)) {
      if (name.startsWith('ssm:') || name.startsWith('ssm-secure:'))
        notModelled('Parameter Store references in documents')
      const spec = parameters[name]
      if (!spec) throw badContent(`parameter "${name}" is used but not declared in parameters`)
      if (spec.type === 'StringList' && !(list && WHOLE_REFERENCE.test(text)))
        throw badContent(`StringList parameter "${name}" must stand alone in a list input`)
    }
  }
}

export function automationVersion(parsed: Record<string, unknown>): ParsedVersion {
  const schemaVersion = schemaVersionOf(parsed)
  if (schemaVersion !== '0.3') throw schemaError('Automation', schemaVersion)
  const declared = parsed.parameters ?? {}
  if (!isObject(declared)) throw badContent('parameters must be an object')
  const listed: Record<string, unknown>[] = []
  const parameters: Record<string, { required: boolean }> = {}
  for (const [name, spec] of Object.entries(declared)) {
    if (!isObject(spec) || typeof spec.type !== 'string')
      throw badContent(`parameter ${name} has no valid type`)
    parameters[name] = { required: spec.default === undefined }
    listed.push({
      Name: name,
      Type: spec.type,
      ...(typeof spec.description === 'string' ? { Description: spec.description } : {}),
      ...(spec.default === undefined ? {} : { DefaultValue: defaultText(spec.default) })
    })
  }
  const steps = mainSteps(parsed).map((step) => {
    if (!isObject(step) || typeof step.name !== 'string' || typeof step.action !== 'string')
      throw badContent('every step needs an action and a name')
    return { name: step.name, action: step.action }
  })
  return {
    schemaVersion,
    ...descriptionOf(parsed),
    parameters: listed,
    platformTypes: AUTOMATION_PLATFORMS,
    automation: { steps, parameters }
  }
}

const defaultText = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value))

/** Parameters as DescribeDocument lists them. */
export function listParameters(
  parameters: Record<string, DocumentParameter>
): Record<string, unknown>[] {
  return Object.entries(parameters).map(([name, spec]) => {
    const type = spec.type ?? 'StringList'
    return {
      Name: name,
      Type: type,
      ...(spec.description === undefined ? {} : { Description: spec.description }),
      ...(spec.default === undefined
        ? {}
        : { DefaultValue: type === 'String' ? spec.default[0] : JSON.stringify(spec.default) })
    }
  })
}

/** The schema 2.2 content the stand-in shows for a registered document. */
export function writtenForm(document: CommandDocument): Record<string, unknown> {
  return {
    schemaVersion: '2.2',
    description: `${document.name} (registered with the SSM stand-in)`,
    parameters: Object.fromEntries(
      Object.entries(document.parameters).map(([name, spec]) => {
        const type = spec.type ?? 'StringList'
        return [
          name,
          {
            type,
            ...(spec.description === undefined ? {} : { description: spec.description }),
            ...(spec.default === undefined
              ? {}
              : { default: type === 'String' ? spec.default[0] : spec.default }),
            ...(spec.allowedValues === undefined ? {} : { allowedValues: spec.allowedValues }),
            ...(spec.allowedPattern === undefined ? {} : { allowedPattern: spec.allowedPattern })
          }
        ]
      })
    ),
    mainSteps: [
      {
        action: document.pluginName,
        name: 'main',
        inputs: { runCommand: document.runCommand }
      }
    ]
  }
}
