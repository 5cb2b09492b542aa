// SSM documents: AWS-RunShellScript built in, Command documents registered by tests, and documents
// created through the API (CreateDocument, UpdateDocument, UpdateDocumentDefaultVersion,
// DescribeDocument, GetDocument, ListDocumentVersions, DeleteDocument), each with numbered
// versions, a default and a latest version, and SSM's `Hash`: the SHA-256 hex of the content
// exactly as sent. SendCommand resolves a version here (checking `DocumentHash`), validates the
// request's `Parameters` against it as SSM does, and gets the shell lines an executor runs.
//
// What CreateDocument and UpdateDocument accept (ssm/document-content.ts parses and checks it;
// anything else SSM would accept fails with the stand-in's loud 500, `notModelled`, rather than
// being half-understood):
//   - `DocumentType` Command (the default) with `schemaVersion` 2.2 and exactly one step, an
//     `aws:runShellScript` whose `runCommand` is a list of lines or a single `{{ list }}`, with an
//     optional `platformType` precondition; its `workingDirectory` and `timeoutSeconds` inputs may
//     use parameters too;
//   - `DocumentType` Automation with `schemaVersion` 0.3 (named steps with an action): the
//     Automation stand-in runs it as it runs any document (ssm/automation.ts);
//   - `DocumentFormat` JSON (the default) or YAML; parameters of type String or StringList with
//     `description`, `default`, `allowedPattern`, `allowedValues`, `minChars`, `maxChars`,
//     `minItems` and `maxItems` (Automation: any type).
// Content SSM refuses: not JSON/YAML, no `schemaVersion` or `mainSteps` → InvalidDocumentContent;
// a `schemaVersion` SSM has no such document type for → InvalidDocumentSchemaVersion; a reference
// `{{ name }}` to an undeclared parameter, a StringList spliced into the middle of a line, or an
// `allowedPattern` that is not RE2 (lookaround, backreferences) → InvalidDocumentContent.
// Schema versions 1.2 and 2.0 (valid for Command on AWS) are not modelled.
//
// Parameter validation on SendCommand (resolveCommand): a parameter the document does not declare,
// a declared one without a default left out (or given no value), a String given other than
// exactly one value, a value outside `allowedValues` or `minChars`/`maxChars` (a StringList
// outside `minItems`/`maxItems`), or one `allowedPattern` does not match as a whole (SSM matches the entire value, as Java's `matches()`: the built-in AWS-RunShellScript's
// unanchored `executionTimeout` pattern only makes sense that way) are all refused with
// InvalidParameters and SSM's one message, "Parameters provided in document are invalid or not
// supported." Defaults are not checked against the constraints (AWS's own examples pair a
// pattern with an empty default). `{{ name }}` is replaced by the value as is; a line (or a
// `runCommand` string) that is only `{{ list }}` becomes one line per value of a StringList.
// Registered documents say which parameters are `required` themselves (and may leave `type` out).
//
// Documents AWS owns (AWS-RunShellScript) are described and run but not changed
// (InvalidDocumentOperation). UpdateDocument refuses content equal to any existing version's
// (DuplicateDocumentContent), not only the latest's.
import { createHash } from 'node:crypto'
import { AwsError } from '../protocol.js'
import type { AutomationStep } from '../executors.js'
import {
  REFERENCE,
  WHOLE_REFERENCE,
  automationVersion,
  commandVersion,
  compileAllowedPattern,
  convert,
  listParameters,
  parseContent,
  writtenForm,
  type DocumentType,
  type Format,
  type ParsedVersion
} from './document-content.js'
import {
  ACCOUNT_ID,
  checkLength,
  checkPattern,
  epochSeconds,
  notModelled,
  paginate,
  readObjectList,
  readString,
  requireString,
  validationError,
  type Clock,
  type Input,
  type Parameters
} from './common.js'

export interface DocumentParameter {
  /** String takes exactly one value, StringList any number; unset (registered documents): any. */
  type?: 'String' | 'StringList'
  required?: boolean
  default?: string[]
  /** Every value must match it as a whole (the document's `allowedPattern`). */
  allowedPattern?: string
  /** Every value must be one of these (the document's `allowedValues`). */
  allowedValues?: string[]
  /** Bounds on each value's length (`minChars`, `maxChars`). */
  minChars?: number
  maxChars?: number
  /** Bounds on a StringList's number of values (`minItems`, `maxItems`). */
  minItems?: number
  maxItems?: number
  description?: string
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
  /** The step's `workingDirectory` and `timeoutSeconds` inputs, placeholders resolved per run. */
  inputs?: { workingDirectory?: string; timeoutSeconds?: string }
}

/** An Automation document as the Automation stand-in runs it. */
export interface AutomationDefinition {
  version: string
  steps: AutomationStep[]
  /** Declared parameters; those without a default are required. */
  parameters: Record<string, { required: boolean }>
}

// AWS's own document (its schema 1.2 content is not reproduced: Describe/GetDocument show the
// equivalent 2.2 form the stand-in writes for every registered document).
export const RUN_SHELL_SCRIPT: CommandDocument = {
  name: 'AWS-RunShellScript',
  pluginName: 'aws:runShellScript',
  platforms: ['Linux', 'MacOS'],
  parameters: {
    commands: {
      type: 'StringList',
      required: true,
      description: '(Required) Specify a shell script or a command to run.'
    },
    workingDirectory: {
      type: 'String',
      default: [''],
      description: '(Optional) The path to the working directory on your instance.'
    },
    executionTimeout: {
      type: 'String',
      default: ['3600'],
      description:
        '(Optional) The time in seconds for a command to complete before it is considered to have failed. Default is 3600 (1 hour). Maximum is 172800 (48 hours).',
      allowedPattern:
        '([1-9][0-9]{0,4})|(1[0-6][0-9]{4})|(17[0-1][0-9]{3})|(172[0-7][0-9]{2})|(172800)'
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

/** SSM's message for every parameter SendCommand refuses (it names no parameter). */
export const INVALID_PARAMETERS = 'Parameters provided in document are invalid or not supported.'

const invalidParameters = () => new AwsError('InvalidParameters', INVALID_PARAMETERS)

export function resolveCommand(document: CommandDocument, given: Parameters): ResolvedCommand {
  const parameters: Parameters = {}
  for (const name of Object.keys(given)) {
    if (!Object.hasOwn(document.parameters, name)) throw invalidParameters()
  }
  for (const [name, spec] of Object.entries(document.parameters)) {
    const supplied = given[name]
    if (supplied === undefined) {
      if (spec.required) throw invalidParameters()
      if (spec.default !== undefined) parameters[name] = spec.default
      continue
    }
    if (supplied.length === 0 && spec.required) throw invalidParameters()
    if (spec.type === 'String' && supplied.length !== 1) throw invalidParameters()
    const { minChars = 0, maxChars = Infinity, minItems = 0, maxItems = Infinity } = spec
    if (supplied.length < minItems || supplied.length > maxItems) throw invalidParameters()
    if (supplied.some((v) => v.length < minChars || v.length > maxChars)) throw invalidParameters()
    if (spec.allowedValues && supplied.some((v) => !spec.allowedValues?.includes(v)))
      throw invalidParameters()
    if (spec.allowedPattern !== undefined) {
      const pattern = compileAllowedPattern(spec.allowedPattern)
      if (typeof pattern === 'string' || supplied.some((v) => !pattern.test(v)))
        throw invalidParameters()
    }
    parameters[name] = supplied
  }
  const substitute = (text: string) =>
    text.replace(REFERENCE, (_m, name: string) => (parameters[name] ?? []).join(' '))
  const commands = document.runCommand.flatMap((line) => {
    const whole = WHOLE_REFERENCE.exec(line)
    if (whole?.[1]) return parameters[whole[1]] ?? []
    return [substitute(line)]
  })
  const inputs = document.inputs ?? {}
  const timeout =
    inputs.timeoutSeconds !== undefined
      ? Number(substitute(inputs.timeoutSeconds))
      : Number(parameters.executionTimeout?.[0] ?? document.timeoutSeconds ?? 3600)
  return {
    parameters,
    commands,
    workingDirectory:
      inputs.workingDirectory !== undefined
        ? substitute(inputs.workingDirectory)
        : (parameters.workingDirectory?.[0] ?? ''),
    executionTimeoutSeconds: Number.isFinite(timeout) && timeout > 0 ? timeout : 3600
  }
}

// --- stored documents -------------------------------------------------------------------------

interface Version extends ParsedVersion {
  number: string
  content: string
  format: Format
  hash: string
  sha1: string
  createdAt: number
  versionName?: string
  displayName?: string
  targetType?: string
}

interface StoredDocument {
  name: string
  type: DocumentType
  owner: string
  versions: Map<string, Version>
  defaultVersion: string
  latestVersion: string
  nextVersion: number
  tags: { Key: string; Value: string }[]
}

const NAME = /^[a-zA-Z0-9_\-.]{3,128}$/
const NAME_OR_ARN = /^[a-zA-Z0-9_\-.:/]{3,128}$/
const VERSION = /^([$]LATEST|[$]DEFAULT|[1-9][0-9]*)$/
const VERSION_NUMBER = /^[1-9][0-9]*$/
const VERSION_NAME = /^[a-zA-Z0-9_\-.]{1,128}$/
const DISPLAY_NAME = /^[\w.\-:/ ]*$/
const TARGET_TYPE = /^\/[\w.\-:/]*$/
/** AWS keeps these name prefixes (case-insensitively) for its own documents. */
const RESERVED_PREFIXES = ['aws-', 'amazon', 'amzn', 'awsec2', 'awsconfigremediation', 'awssupport']
const MAX_CONTENT = 64 * 1024

const notFound = () => new AwsError('InvalidDocument', 'The specified document does not exist.')
const badVersion = () =>
  new AwsError('InvalidDocumentVersion', 'The document version is not valid or does not exist.')

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex')
const sha1 = (text: string) => createHash('sha1').update(text, 'utf8').digest('hex')

/** `Name` as the read operations take it: a name or the document's ARN. */
const nameOf = (nameOrArn: string) =>
  nameOrArn.startsWith('arn:') ? nameOrArn.slice(nameOrArn.lastIndexOf('/') + 1) : nameOrArn

export class Documents {
  readonly #documents = new Map<string, StoredDocument>()

  constructor(private readonly clock: Clock) {
    this.register(RUN_SHELL_SCRIPT, 'Amazon')
  }

  /** A Command document from the control (or built in), replacing any of that name. */
  register(document: CommandDocument, owner = ACCOUNT_ID): void {
    const content = JSON.stringify(writtenForm(document))
    const { name, ...command } = document
    const version: Version = {
      ...this.#versionBase('1', content, 'JSON', {}),
      schemaVersion: '2.2',
      parameters: listParameters(document.parameters),
      platformTypes: document.platforms ?? ['Windows', 'Linux', 'MacOS'],
      command
    }
    this.#documents.set(name, {
      name,
      type: 'Command',
      owner,
      versions: new Map([['1', version]]),
      defaultVersion: '1',
      latestVersion: '1',
      nextVersion: 2,
      tags: []
    })
  }

  // --- API operations ---

  create(input: Input): unknown {
    const name = requireString(input, 'Name')
    checkPattern('Name', name, NAME)
    if (RESERVED_PREFIXES.some((p) => name.toLowerCase().startsWith(p)))
      throw new AwsError('ValidationException', `Invalid document name ${name}`)
    const type = readString(input, 'DocumentType') ?? 'Command'
    if (type !== 'Command' && type !== 'Automation') notModelled(`DocumentType ${type}`)
    if (input.Requires !== undefined || input.Attachments !== undefined)
      notModelled('document Requires and Attachments')
    const tags = (readObjectList(input, 'Tags') ?? []).map((t) => ({
      Key: requireString(t, 'Key'),
      Value: requireString(t, 'Value')
    }))
    const version = this.#parseVersion('1', type, input)
    if (this.#documents.has(name))
      throw new AwsError('DocumentAlreadyExists', 'The specified document already exists.')
    const document: StoredDocument = {
      name,
      type,
      owner: ACCOUNT_ID,
      versions: new Map([['1', version]]),
      defaultVersion: '1',
      latestVersion: '1',
      nextVersion: 2,
      tags
    }
    this.#documents.set(name, document)
    return { DocumentDescription: this.#description(document, version) }
  }

  update(input: Input): unknown {
    const name = requireString(input, 'Name')
    checkPattern('Name', name, NAME)
    const base = readString(input, 'DocumentVersion')
    checkPattern('DocumentVersion', base, VERSION)
    if (input.Attachments !== undefined) notModelled('document Attachments')
    const document = this.#owned(name)
    if (base !== undefined && base !== '$LATEST' && base !== document.latestVersion)
      throw badVersion()
    const number = String(document.nextVersion)
    const version = this.#parseVersion(number, document.type, input)
    for (const existing of document.versions.values()) {
      if (existing.content === version.content)
        throw new AwsError(
          'DuplicateDocumentContent',
          'The content of the association document matches another document. Change the content of the document and try again.'
        )
      if (version.versionName !== undefined && existing.versionName === version.versionName)
        throw new AwsError(
          'DuplicateDocumentVersionName',
          'The specified version name is a duplicate.'
        )
    }
    document.versions.set(number, version)
    document.latestVersion = number
    document.nextVersion++
    return { DocumentDescription: this.#description(document, version) }
  }

  updateDefaultVersion(input: Input): unknown {
    const name = requireString(input, 'Name')
    checkPattern('Name', name, NAME)
    const number = requireString(input, 'DocumentVersion')
    checkPattern('DocumentVersion', number, VERSION_NUMBER)
    const document = this.#owned(name, 'InvalidDocument')
    const version = document.versions.get(number)
    if (!version) throw badVersion()
    document.defaultVersion = number
    return {
      Description: {
        Name: name,
        DefaultVersion: number,
        ...(version.versionName === undefined ? {} : { DefaultVersionName: version.versionName })
      }
    }
  }

  describe(input: Input): unknown {
    const { document, version } = this.#select(input)
    return { Document: this.#description(document, version) }
  }

  get(input: Input): unknown {
    const { document, version } = this.#select(input)
    const format = readString(input, 'DocumentFormat') ?? version.format
    if (format !== 'JSON' && format !== 'YAML') notModelled(`DocumentFormat ${format}`)
    return {
      Name: document.name,
      CreatedDate: epochSeconds(version.createdAt),
      ...(version.displayName === undefined ? {} : { DisplayName: version.displayName }),
      ...(version.versionName === undefined ? {} : { VersionName: version.versionName }),
      DocumentVersion: version.number,
      Status: 'Active',
      Content:
        format === version.format
          ? version.content
          : convert(version.content, version.format, format),
      DocumentType: document.type,
      DocumentFormat: format
    }
  }

  listVersions(input: Input): unknown {
    const document = this.#find(requireString(input, 'Name'))
    const rows = [...document.versions.values()].reverse().map((v) => ({
      Name: document.name,
      ...(v.displayName === undefined ? {} : { DisplayName: v.displayName }),
      DocumentVersion: v.number,
      ...(v.versionName === undefined ? {} : { VersionName: v.versionName }),
      CreatedDate: epochSeconds(v.createdAt),
      IsDefaultVersion: v.number === document.defaultVersion,
      DocumentFormat: v.format,
      Status: 'Active'
    }))
    const { page, NextToken } = paginate(rows, input, { min: 1, max: 50 })
    return { DocumentVersions: page, NextToken }
  }

  delete(input: Input): unknown {
    const name = requireString(input, 'Name')
    checkPattern('Name', name, NAME)
    const document = this.#owned(name)
    const number = readString(input, 'DocumentVersion')
    const versionName = readString(input, 'VersionName')
    if (number === undefined && versionName === undefined) {
      this.#documents.delete(name)
      return {}
    }
    checkPattern('DocumentVersion', number, VERSION)
    let version: Version
    try {
      version = this.#version(document, number, versionName)
    } catch {
      throw notFound()
    }
    if (version.number === document.defaultVersion)
      throw new AwsError(
        'InvalidDocumentOperation',
        "Default version of the document can't be deleted."
      )
    document.versions.delete(version.number)
    document.latestVersion = [...document.versions.keys()].reduce((a, b) =>
      Number(a) > Number(b) ? a : b
    )
    return {}
  }

  // --- for SendCommand and StartAutomationExecution ---

  /**
   * The Command document SendCommand runs: the default version, or `version`; `hash` (of
   * `hashType`, Sha256 by default) must be the resolved version's. SSM answers all three
   * refusals without a message.
   */
  forCommand(
    nameOrArn: string,
    requested: { version?: string; hash?: string; hashType?: string } = {}
  ): { document: CommandDocument; version: string } {
    const document = this.#documents.get(nameOf(nameOrArn))
    if (!document) throw new AwsError('InvalidDocument', '')
    if (requested.version !== undefined) checkPattern('DocumentVersion', requested.version, VERSION)
    const version = this.#resolve(document, requested.version)
    if (!version) throw new AwsError('InvalidDocumentVersion', '')
    if (document.type !== 'Command' || !version.command) throw new AwsError('InvalidDocument', '')
    if (requested.hash !== undefined && requested.hash !== '') {
      const hashType = requested.hashType ?? 'Sha256'
      if (hashType !== 'Sha256' && hashType !== 'Sha1')
        throw validationError(
          'DocumentHashType',
          hashType,
          'Member must satisfy enum value set: [Sha256, Sha1]'
        )
      if (requested.hash !== (hashType === 'Sha1' ? version.sha1 : version.hash))
        throw new AwsError('InvalidDocument', '')
    }
    return { document: { name: document.name, ...version.command }, version: version.number }
  }

  /** The default version of an Automation document created through the API. */
  automation(nameOrArn: string): AutomationDefinition | undefined {
    const document = this.#documents.get(nameOf(nameOrArn))
    const version = document?.versions.get(document.defaultVersion)
    return version?.automation && { version: version.number, ...version.automation }
  }

  // --- helpers ---

  #find(nameOrArn: string): StoredDocument {
    checkPattern('Name', nameOrArn, NAME_OR_ARN)
    const document = this.#documents.get(nameOf(nameOrArn))
    if (!document) throw notFound()
    return document
  }

  /**
   * A document this account may change (not one of AWS's); `error` is the operation's modelled
   * error for one it may not.
   */
  #owned(name: string, error = 'InvalidDocumentOperation'): StoredDocument {
    const document = this.#find(name)
    if (document.owner !== ACCOUNT_ID)
      throw new AwsError(
        error,
        `Document ${name} is owned by ${document.owner} and cannot be changed.`
      )
    return document
  }

  #select(input: Input): { document: StoredDocument; version: Version } {
    const document = this.#find(requireString(input, 'Name'))
    const number = readString(input, 'DocumentVersion')
    checkPattern('DocumentVersion', number, VERSION)
    const versionName = readString(input, 'VersionName')
    checkPattern('VersionName', versionName, VERSION_NAME)
    return { document, version: this.#version(document, number, versionName) }
  }

  #version(document: StoredDocument, number?: string, versionName?: string): Version {
    const byNumber = this.#resolve(document, number ?? (versionName ? undefined : '$DEFAULT'))
    if (versionName === undefined) {
      if (!byNumber) throw badVersion()
      return byNumber
    }
    const named = [...document.versions.values()].find((v) => v.versionName === versionName)
    if (!named || (number !== undefined && byNumber !== named)) throw badVersion()
    return named
  }

  #resolve(document: StoredDocument, version: string | undefined): Version | undefined {
    const number =
      version === undefined || version === '$DEFAULT'
        ? document.defaultVersion
        : version === '$LATEST'
          ? document.latestVersion
          : version
    return document.versions.get(number)
  }

  #versionBase(
    number: string,
    content: string,
    format: Format,
    input: Input
  ): Pick<
    Version,
    | 'number'
    | 'content'
    | 'format'
    | 'hash'
    | 'sha1'
    | 'createdAt'
    | 'versionName'
    | 'displayName'
    | 'targetType'
  > {
    const versionName = readString(input, 'VersionName')
    checkPattern('VersionName', versionName, VERSION_NAME)
    const displayName = readString(input, 'DisplayName')
    checkLength('DisplayName', displayName, 1024)
    checkPattern('DisplayName', displayName, DISPLAY_NAME)
    const targetType = readString(input, 'TargetType')
    checkLength('TargetType', targetType, 200)
    checkPattern('TargetType', targetType, TARGET_TYPE)
    return {
      number,
      content,
      format,
      hash: sha256(content),
      sha1: sha1(content),
      createdAt: this.clock.now(),
      ...(versionName === undefined ? {} : { versionName }),
      ...(displayName === undefined ? {} : { displayName }),
      ...(targetType === undefined ? {} : { targetType })
    }
  }

  /** A new version from CreateDocument's or UpdateDocument's `Content` and `DocumentFormat`. */
  #parseVersion(number: string, type: DocumentType, input: Input): Version {
    const content = requireString(input, 'Content')
    if (content.length === 0)
      throw validationError(
        'Content',
        content,
        'Member must have length greater than or equal to 1'
      )
    if (Buffer.byteLength(content, 'utf8') > MAX_CONTENT)
      throw new AwsError('MaxDocumentSizeExceeded', 'The size limit of a document is 64 KB.')
    const format = readString(input, 'DocumentFormat') ?? 'JSON'
    if (format === 'TEXT') notModelled('DocumentFormat TEXT')
    if (format !== 'JSON' && format !== 'YAML')
      throw validationError(
        'DocumentFormat',
        format,
        'Member must satisfy enum value set: [YAML, JSON, TEXT]'
      )
    const parsed = parseContent(content, format)
    const base = this.#versionBase(number, content, format, input)
    return type === 'Command'
      ? { ...base, ...commandVersion(parsed) }
      : { ...base, ...automationVersion(parsed) }
  }

  #description(document: StoredDocument, version: Version): Record<string, unknown> {
    return {
      Hash: version.hash,
      HashType: 'Sha256',
      Name: document.name,
      ...(version.displayName === undefined ? {} : { DisplayName: version.displayName }),
      ...(version.versionName === undefined ? {} : { VersionName: version.versionName }),
      Owner: document.owner,
      CreatedDate: epochSeconds(version.createdAt),
      Status: 'Active',
      DocumentVersion: version.number,
      ...(version.description === undefined ? {} : { Description: version.description }),
      Parameters: version.parameters,
      PlatformTypes: version.platformTypes,
      DocumentType: document.type,
      SchemaVersion: version.schemaVersion,
      LatestVersion: document.latestVersion,
      DefaultVersion: document.defaultVersion,
      DocumentFormat: version.format,
      ...(version.targetType === undefined ? {} : { TargetType: version.targetType }),
      Tags: document.tags
    }
  }
}
