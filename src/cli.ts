// The `opsloop` command line: the same functions as the action, for laptops and other CI systems.
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { formatProblem } from './catalog/problem.js'
import { open, readFile, stat } from 'node:fs/promises'
import { createInterface } from 'node:readline'
import { Redactor } from './context/redact.js'
import { intakeDecision } from './flows/intake.js'
import {
  parseSnapshot,
  replayAttribution,
  SNAPSHOT_FILE,
  type LoadedSnapshot
} from './flows/snapshot.js'
import { triageCommand } from './flows/triage.js'
import { suspectChangeSection } from './report/suspect-change.js'
import { parseJsonText, readPayload, wrapEvent, type IntakePolicy } from './intake/dispatch.js'
import { validateCommand } from './flows/validate.js'
import { parseList } from './util/list.js'
import { count } from './text/count.js'
import { chooseProvider } from './action/triage-provider.js'
import type { Anomaly } from './detect/anomaly.js'
import { replay, type ReplaySummary } from './detect/replay.js'
import {
  formatDuration,
  parseDetectorConfig,
  SettingsError,
  type DetectorConfig,
  type RawSettings
} from './detect/settings.js'
import { defaultCacheDir } from './catalog/cache.js'
import { VERSION } from './version.js'

export const HELP = `opsloop ${VERSION}: GitHub-native incident response for AWS

Usage:
  opsloop validate [DIR]     Validate the runbook catalog in DIR (default: runbooks)
  opsloop triage FILE        (or --event FILE) Print what intake would do with the AWS event (or
                             dispatch payload) in FILE, without touching GitHub: the incident
                             issue and plan it would open, or the one line saying why it would
                             open none (a recovery, a configuration change, ...)
  opsloop watch --log-file FILE [options]
                             Replay a log file (- for standard input) through the log anomaly
                             detector, offline, and print each anomaly it would have emitted and
                             when: new error templates after a learning period, and bursts
  opsloop templates [FILE|-] [--json]
                             Mine a log file (- or nothing: standard input) into templates exactly
                             as OpsLoop mines an incident's logs, and print them with counts, most
                             frequent first; with --json, one record per line (its line number,
                             template id, severity and template), to check grouping on your logs
  opsloop demo [--scenario NAME] [--out DIR]
                             Run the whole loop offline against local stand-ins (from a clone
                             of the repository, after npm ci; same as npm run demo)
  opsloop --help             Show this help
  opsloop --version          Show the version

Options for validate:
  --allow-document NAME      SSM document name or glob allowed in runbooks; repeat to add more.
                             Replaces the default list (AWS-RunShellScript, AWS-RestartEC2Instance,
                             AWS-StartEC2Instance, AWS-StopEC2Instance, OpsLoop-*)

Options for triage:
  --event FILE               The event as EventBridge delivers it, or {"event": ..., "context": ...}
  --snapshot PATH            Replay an incident snapshot (a file, or a folder holding snapshot.json;
                             schemas/snapshot.schema.json) offline: triage of its event, and which
                             change broke it (with --json, changes.suspect is the commit's full SHA
                             or none)
  --insufficient-data WHAT   ignore (default) or incident: what an alarm going to INSUFFICIENT_DATA
                             means, as the action's \`insufficient-data\` input
  --runbooks DIR             The runbook catalog (default: runbooks)
  --provider NAME            auto (default), rules or bedrock
  --model-id ID              Bedrock model or inference profile id (auto uses bedrock when set)
  --region REGION            Bedrock region (default: the AWS SDK's, e.g. AWS_REGION)
  --json                     Print the incident, triage, plan and issue as JSON
  --no-cache                 Validate the catalog even when it is unchanged since the last run.
                             Validated catalogs are cached by content in OPSLOOP_CACHE_DIR
                             (default: $XDG_CACHE_HOME/opsloop or ~/.cache/opsloop)

Options for watch:
  --log-file FILE            The log file, or - for standard input. Each line is timed by a leading
                             ISO 8601 or syslog (Mon dd hh:mm:ss) timestamp, or by Loghub's epoch
                             seconds in the second field (its first field, a label, is dropped);
                             without any, by line order, one second apart
  --log-group NAME           The log group the lines come from (default: the file's name)
  --learning DURATION        Report nothing until this long after the first line (default 24h)
  --window DURATION          The burst window, in whole minutes (default 5m)
  --burst-factor N           A burst is at least N times the mean per window of the hour before
                             (default 5)
  --min-count N              ... and at least N lines in the window (default 20)
  --cooldown DURATION        One anomaly per template and kind per cooldown at most (default 30m)
  --json                     One JSON object per anomaly, per line
  Durations: 90s, 5m, 1h30m, 1d. A summary goes to standard error.

Exit status: 0 on success (validate: the catalog is valid; triage: also when intake would skip the
event; watch: the file was read, anomalies or not), 1 when any runbook is invalid, the event or
log file cannot be read, or --provider bedrock was asked for and Bedrock could not be used, 2 on a
usage error. Validation problems are printed on standard output, one per line, as
path:line:column: message [rule].
`

export interface Io {
  out: (text: string) => void
  err: (text: string) => void
  /** Standard input's lines, for `watch --log-file -`. Default: the process's. */
  stdin?: () => AsyncIterable<string>
  /**
   * The environment, read once here (OPSLOOP_CACHE_DIR, XDG_CACHE_HOME). Without it, as in tests,
   * `triage` keeps no cache.
   */
  env?: Readonly<Record<string, string | undefined>>
}

const defaultIo: Io = {
  out: (t) => process.stdout.write(t),
  err: (t) => process.stderr.write(t),
  env: process.env
}

/** Runs the command line and returns the exit code (it never calls process.exit). */
export async function runCli(argv: readonly string[], io: Io = defaultIo): Promise<number> {
  // The demo has its own options; pass them through untouched.
  if (argv[0] === 'demo') return demo(argv.slice(1), io)
  let parsed
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
        'allow-document': { type: 'string', multiple: true },
        event: { type: 'string' },
        snapshot: { type: 'string' },
        runbooks: { type: 'string' },
        provider: { type: 'string' },
        'model-id': { type: 'string' },
        region: { type: 'string' },
        'insufficient-data': { type: 'string' },
        json: { type: 'boolean' },
        'no-cache': { type: 'boolean' },
        'log-file': { type: 'string' },
        'log-group': { type: 'string' },
        learning: { type: 'string' },
        window: { type: 'string' },
        'burst-factor': { type: 'string' },
        'min-count': { type: 'string' },
        cooldown: { type: 'string' }
      }
    })
  } catch (error) {
    io.err(`opsloop: ${usageError(error)}\nRun \`opsloop --help\` for usage.\n`)
    return 2
  }
  const { values, positionals } = parsed
  if (values.version) {
    io.out(`${VERSION}\n`)
    return 0
  }
  const [command, ...rest] = positionals
  if (values.help || command === undefined || command === 'help') {
    io.out(HELP)
    return 0
  }
  if (command === 'triage') return triage(values, rest, io)
  if (command === 'watch') return watch(values, rest, io)
  if (command === 'templates') return templates(values.json === true, rest, io)
  if (command !== 'validate') {
    io.err(
      `opsloop: unknown command \`${command}\`. Commands: validate, triage, watch, templates, demo.\nRun \`opsloop --help\` for usage.\n`
    )
    return 2
  }
  if (rest.length > 1) {
    io.err(`opsloop validate takes one directory, got ${rest.length}: ${rest.join(' ')}\n`)
    return 2
  }
  const dir = rest[0] ?? 'runbooks'
  const notCatalog = await catalogDirProblem(dir)
  if (notCatalog !== undefined) {
    io.err(`opsloop validate: ${notCatalog}\n`)
    return 1
  }
  const allowed = values['allow-document']?.flatMap((v) => parseList(v) ?? [])
  const result = await validateCommand({
    dir,
    ...(allowed ? { allowedDocuments: allowed } : {})
  })
  // The report goes to standard output, problems and all (`> report.txt` keeps it); the exit
  // status says whether the catalog is valid.
  for (const p of result.problems) io.out(`${formatProblem(p)}\n`)
  const errors = result.problems.filter((p) => p.severity === 'error').length
  const warnings = result.problems.length - errors
  const runbooks = result.statuses.length
  io.out(
    result.ok
      ? `${count(runbooks, 'runbook')} valid${warnings ? `, ${count(warnings, 'warning')}` : ''}\n`
      : `${count(errors, 'error')}${warnings ? ` and ${count(warnings, 'warning')}` : ''} in ${count(runbooks, 'runbook file')}\n`
  )
  return result.ok ? 0 : 1
}

/** Why `dir` cannot be a catalog folder (missing, or a file), with what to run instead. */
async function catalogDirProblem(dir: string): Promise<string | undefined> {
  try {
    if ((await stat(dir)).isDirectory()) return undefined
    return `${dir} is a file; validate checks a whole catalog folder, since runbooks are checked together (ids, examples, tests). Run \`opsloop validate ${dirname(dir)}\`.`
  } catch {
    return `no folder ${dir}: give the folder that holds your runbooks (\`opsloop validate DIR\`; default runbooks).`
  }
}

/** parseArgs' error in our words: the option, and what to do. */
function usageError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code
  const option = /'(-[^']*)'/.exec((error as Error).message)?.[1]
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && option !== undefined)
    return `unknown option ${option}.`
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && option !== undefined) {
    const name = option.split(' ')[0] ?? option
    return (error as Error).message.includes('does not take')
      ? `option ${name} takes no value.`
      : `option ${name} needs a value.`
  }
  return (error as Error).message
}

interface TriageOptions {
  event?: string
  snapshot?: string
  runbooks?: string
  provider?: string
  'model-id'?: string
  region?: string
  'insufficient-data'?: string
  json?: boolean
  'no-cache'?: boolean
}

const INSUFFICIENT_DATA = ['ignore', 'incident'] as const

const cannotRead = (path: string, error: unknown): Error =>
  new Error(
    `cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`
  )

/** A file's text, or an error that names it and why it cannot be read. */
async function readText(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8')
  } catch (error) {
    throw cannotRead(file, error)
  }
}

/** A snapshot path's file: the path, or `snapshot.json` in it when it is a folder. */
async function snapshotFile(path: string): Promise<string> {
  try {
    return (await stat(path)).isDirectory() ? join(path, SNAPSHOT_FILE) : path
  } catch (error) {
    throw cannotRead(path, error)
  }
}

async function triage(values: TriageOptions, rest: readonly string[], io: Io): Promise<number> {
  const sources = [values.event, values.snapshot, rest[0]].filter((v) => v !== undefined)
  if (sources.length !== 1 || rest.length > 1) {
    io.err(
      'opsloop triage needs one event file (opsloop triage FILE, or --event FILE) or one snapshot (--snapshot PATH), and takes no other arguments.\n'
    )
    return 2
  }
  let snapshot: LoadedSnapshot | undefined
  if (values.snapshot !== undefined) {
    try {
      const file = await snapshotFile(values.snapshot)
      snapshot = parseSnapshot(await readText(file), file)
    } catch (error) {
      io.err(`opsloop triage: ${(error as Error).message}\n`)
      return 1
    }
  }
  const eventFile = snapshot?.file ?? values.event ?? rest[0] ?? ''
  const insufficientData = values['insufficient-data'] ?? 'ignore'
  if (!INSUFFICIENT_DATA.some((v) => v === insufficientData)) {
    io.err(
      `opsloop triage: --insufficient-data is ignore or incident, not ${JSON.stringify(insufficientData)}.\n`
    )
    return 2
  }
  let analysis
  try {
    const provider = chooseProvider({
      provider: values.provider ?? '',
      modelId: values['model-id'] ?? '',
      region: values.region ?? '',
      maxTokens: '',
      temperature: ''
    })
    const text = snapshot ? JSON.stringify(snapshot.snapshot.event) : await readText(eventFile)
    // What intake decides before it looks at GitHub, by intake's own code: an event it would
    // open no incident for is reported in one line, not as an issue it would never open.
    const delivery = readPayload(wrapEvent(parseJsonText(text, eventFile)))
    const decision = intakeDecision(
      delivery,
      { insufficientData: insufficientData as IntakePolicy['insufficientData'] },
      new Redactor()
    )
    if (decision.kind !== 'incident') {
      io.out(
        values.json
          ? `${JSON.stringify({ action: 'skipped', reason: decision.reason }, null, 2)}\n`
          : `intake would skip this (${decision.reason})\n`
      )
      return 0
    }
    analysis = await triageCommand({
      eventFile,
      readEvent: () => Promise.resolve(text),
      runbooks: values.runbooks ?? 'runbooks',
      ...(io.env && !values['no-cache'] ? { cacheDir: defaultCacheDir(io.env) } : {}),
      provider,
      ...(snapshot ? { snapshot: snapshot.snapshot } : {})
    })
  } catch (error) {
    io.err(`opsloop triage: ${(error as Error).message}\n`)
    return 1
  }
  // Bedrock asked for and not used (no credentials, access denied, a bad answer): the issue
  // below says so, and so does standard error, where a terminal or CI log shows it. Asked for by
  // name, it is a failure.
  const fellBack = analysis.triage.model !== undefined && analysis.triage.provider !== 'bedrock'
  if (fellBack) {
    const why = analysis.triage.notes.find((n) => n.includes('was not used')) ?? 'Bedrock failed.'
    io.err(`opsloop triage: ${why}\n`)
  }
  const failed = fellBack && values.provider?.trim() === 'bedrock'
  // The replay judged the snapshot's changes as intake does: the issue below holds its section.
  const attribution = snapshot && (analysis.attribution ?? replayAttribution(snapshot))
  if (values.json) {
    const { incident, fingerprint, triage: t, plan, draft } = analysis
    const changes = attribution && { suspect: attribution.suspect?.sha ?? 'none', attribution }
    io.out(
      `${JSON.stringify({ fingerprint, incident, triage: t, plan, issue: draft, ...(changes ? { changes } : {}) }, null, 2)}\n`
    )
  } else {
    io.out(
      `# ${analysis.draft.title}\n\nLabels: ${analysis.draft.labels.join(', ')}\n\n${analysis.draft.body}\n${attribution && !analysis.attribution ? `\n${suspectChangeSection(attribution)}\n` : ''}`
    )
  }
  return failed ? 1 : 0
}

interface WatchOptions {
  'log-file'?: string
  'log-group'?: string
  learning?: string
  window?: string
  'burst-factor'?: string
  'min-count'?: string
  cooldown?: string
  json?: boolean
}

// Each setting's flag, for errors that name what the user typed.
const WATCH_FLAGS: Readonly<Partial<Record<keyof RawSettings, string>>> = {
  learning: '--learning',
  window: '--window',
  burstFactor: '--burst-factor',
  minCount: '--min-count',
  cooldown: '--cooldown'
}

const READ_ERRORS: Readonly<Record<string, string>> = {
  ENOENT: 'no such file',
  EISDIR: 'it is a directory; give a file',
  EACCES: 'permission denied'
}

/** A number flag as a number when it reads as one; otherwise as typed, for the error to quote. */
const numberFlag = (text: string): number | string =>
  /^\s*\d+(?:\.\d+)?\s*$/.test(text) ? Number(text) : text

/**
 * `… | head`: once the reader is gone, printing stops instead of crashing (EPIPE). Returns
 * whether it is gone.
 */
function readerGone(io: Io): () => boolean {
  let gone = false
  if (io === defaultIo)
    process.stdout.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') throw error
      gone = true
    })
  return () => gone
}

/** A log file's lines (- for standard input), and how to close it. */
async function openLines(
  file: string,
  io: Io
): Promise<{ lines: AsyncIterable<string>; close: () => Promise<void> }> {
  if (file === '-')
    return {
      lines:
        io.stdin?.() ??
        createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY }),
      close: () => Promise.resolve()
    }
  const handle = await open(file)
  return { lines: handle.readLines(), close: () => handle.close() }
}

async function watch(values: WatchOptions, rest: readonly string[], io: Io): Promise<number> {
  const file = values['log-file']
  if (file === undefined || file === '') {
    io.err(
      'opsloop watch needs --log-file FILE (- for standard input). Run `opsloop --help` for usage.\n'
    )
    return 2
  }
  if (rest.length > 0) {
    io.err(
      `opsloop watch takes no arguments besides its options, got ${rest.join(' ')}; give the file with --log-file FILE.\n`
    )
    return 2
  }
  const defaults: Record<string, unknown> = {}
  if (values.learning !== undefined) defaults.learning = values.learning
  if (values.window !== undefined) defaults.window = values.window
  if (values.cooldown !== undefined) defaults.cooldown = values.cooldown
  if (values['burst-factor'] !== undefined)
    defaults.burstFactor = numberFlag(values['burst-factor'])
  if (values['min-count'] !== undefined) defaults.minCount = numberFlag(values['min-count'])
  let config: DetectorConfig
  try {
    config = parseDetectorConfig({ defaults }, { label: (_, field) => WATCH_FLAGS[field] ?? field })
  } catch (error) {
    if (!(error instanceof SettingsError)) throw error
    io.err(`opsloop watch: ${error.message}\n`)
    return 2
  }
  const gone = readerGone(io)
  const logGroup = values['log-group'] ?? (file === '-' ? 'stdin' : basename(file))
  const settings = config.settingsFor(logGroup)
  let close = (): Promise<void> => Promise.resolve()
  let summary: ReplaySummary
  try {
    const opened = await openLines(file, io)
    close = opened.close
    summary = await replay(opened.lines, {
      logGroup,
      config,
      year: new Date().getUTCFullYear(),
      onWarning: (text) => {
        io.err(`opsloop watch: ${text}\n`)
      },
      onAnomaly: (a, timing) => {
        if (!gone())
          io.out(values.json ? `${JSON.stringify(a)}\n` : `${formatAnomaly(a, timing)}\n`)
      }
    })
  } catch (error) {
    // A file system error (ENOENT, EISDIR, EACCES…) is the user's to fix; anything else is a bug.
    const code = (error as NodeJS.ErrnoException).code
    if (typeof code !== 'string' || !code.startsWith('E')) throw error
    io.err(`opsloop watch: cannot read ${file}: ${READ_ERRORS[code] ?? 'error'} (${code})\n`)
    return 1
  } finally {
    await close()
  }
  io.err(`${watchSummary(summary, settings.learningMs)}\n`)
  return 0
}

async function templates(json: boolean, rest: readonly string[], io: Io): Promise<number> {
  if (rest.length > 1) {
    io.err(`opsloop templates takes one file (or - for standard input), got ${rest.join(' ')}\n`)
    return 2
  }
  const file = rest[0] ?? '-'
  // Loaded before the lines are opened: readline drops lines emitted before they are iterated.
  const { printTemplates } = await import('./cli-templates.js')
  const gone = readerGone(io)
  const output = {
    out: (text: string): void => {
      if (!gone()) io.out(text)
    }
  }
  let close = (): Promise<void> => Promise.resolve()
  try {
    const opened = await openLines(file, io)
    close = opened.close
    const done = await printTemplates(opened.lines, json, output)
    io.err(`opsloop templates: ${done.lines} lines, ${done.templates} templates\n`)
    return 0
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (typeof code !== 'string' || !code.startsWith('E')) throw error
    io.err(`opsloop templates: cannot read ${file}: ${READ_ERRORS[code] ?? 'error'} (${code})\n`)
    return 1
  } finally {
    await close()
  }
}

function formatAnomaly(a: Anomaly, timing: ReplaySummary['timing']): string {
  const when = timing === 'line-order' ? `line ${a.detectedAt / 1000 + 1}` : isoTime(a.detectedAt)
  const window = formatDuration(a.windowEnd - a.windowStart)
  return `${when} ${a.kind} ${a.severity.toUpperCase()} ${a.count} in ${window} (baseline ${a.baseline.toFixed(1)}) ${a.template} [key ${a.templateKey}]`
}

const isoTime = (t: number): string => new Date(t).toISOString().replace(/\.000Z$/, 'Z')

function watchSummary(s: ReplaySummary, learningMs: number): string {
  const time = (t: number): string =>
    s.timing === 'line-order' ? `line ${t / 1000 + 1}` : isoTime(t)
  const fmt = (n: number): string => n.toLocaleString('en-US')
  if (s.lines === 0) return 'opsloop watch: the file has no lines.'
  const kinds = (k: string): number => s.anomalies.filter((a) => a.kind === k).length
  const learningEnd = s.first + learningMs
  const parts = [
    `opsloop watch: ${fmt(s.lines)} lines, ${time(s.first)} to ${time(s.last)} (timed by ${s.timing === 'line-order' ? 'line order' : `${s.timing} timestamps`})`,
    learningEnd > s.last
      ? `all within the learning period (until ${time(learningEnd)}): nothing can be reported; shorten it with --learning`
      : `learning until ${time(learningEnd)}`,
    `${fmt(s.templates)} templates`,
    `${fmt(s.anomalies.length)} anomalies (${fmt(kinds('new-template'))} new-template, ${fmt(kinds('burst'))} burst)`
  ]
  if (s.suppressed > 0)
    parts.push(`${fmt(s.suppressed)} more new templates over the budget per cooldown, not printed`)
  return `${parts.join('; ')}.`
}

/**
 * The demo needs the development checkout (the stand-ins and their test data are not shipped in
 * the bundle), so it runs `scripts/demo/main.ts` from the package root with tsx.
 */
async function demo(args: readonly string[], io: Io): Promise<number> {
  const root = fileURLToPath(new URL('..', import.meta.url))
  const script = join(root, 'scripts', 'demo', 'main.ts')
  if (!existsSync(script) || !existsSync(join(root, 'node_modules', 'tsx'))) {
    io.err(
      'opsloop demo runs from a clone of the OpsLoop repository: git clone it, then `npm ci && npm run demo`.\n'
    )
    return 1
  }
  const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], {
    cwd: root,
    stdio: 'inherit'
  })
  return new Promise((resolve) => {
    child.on('exit', (code) => {
      resolve(code ?? 1)
    })
  })
}
