// The `opsloop` command line: the same functions as the action, for laptops and other CI systems.
import { parseArgs } from 'node:util'
import { formatProblem } from './catalog/problem.js'
import { parseList, validateCommand } from './commands/validate.js'
import { VERSION } from './version.js'

export const HELP = `opsloop ${VERSION}: GitHub-native incident response for AWS

Usage:
  opsloop validate [DIR]     Validate the runbook catalog in DIR (default: runbooks)
  opsloop --help             Show this help
  opsloop --version          Show the version

Options for validate:
  --allow-document NAME      SSM document name or glob allowed in runbooks; repeat to add more.
                             Replaces the default list (AWS-RunShellScript, AWS-RestartEC2Instance,
                             AWS-StartEC2Instance, AWS-StopEC2Instance, OpsLoop-*)

Exit status: 0 when valid, 1 when any runbook is invalid, 2 on a usage error.
Problems are printed one per line as path:line:column: message [rule].
`

export interface Io {
  out: (text: string) => void
  err: (text: string) => void
}

const defaultIo: Io = {
  out: (t) => process.stdout.write(t),
  err: (t) => process.stderr.write(t)
}

/** Runs the command line and returns the exit code (it never calls process.exit). */
export async function runCli(argv: readonly string[], io: Io = defaultIo): Promise<number> {
  let parsed
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
        'allow-document': { type: 'string', multiple: true }
      }
    })
  } catch (error) {
    io.err(`opsloop: ${(error as Error).message}\nRun \`opsloop --help\` for usage.\n`)
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
  if (command !== 'validate') {
    io.err(
      `opsloop: unknown command \`${command}\`. Commands: validate.\nRun \`opsloop --help\` for usage.\n`
    )
    return 2
  }
  if (rest.length > 1) {
    io.err(`opsloop validate takes one directory, got ${rest.length}: ${rest.join(' ')}\n`)
    return 2
  }
  const allowed = values['allow-document']?.flatMap((v) => parseList(v) ?? [])
  const result = await validateCommand({
    dir: rest[0] ?? 'runbooks',
    ...(allowed ? { allowedDocuments: allowed } : {})
  })
  for (const p of result.problems)
    (p.severity === 'error' ? io.err : io.out)(`${formatProblem(p)}\n`)
  const errors = result.problems.filter((p) => p.severity === 'error').length
  const runbooks = result.statuses.length
  if (result.ok)
    io.out(
      `${runbooks} runbook(s) valid${result.problems.length ? `, ${result.problems.length} warning(s)` : ''}\n`
    )
  else io.err(`${errors} error(s) in ${runbooks} runbook file(s)\n`)
  return result.ok ? 0 : 1
}
