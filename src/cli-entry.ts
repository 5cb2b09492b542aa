// Bundled to dist/cli.js; bin/opsloop.js loads it. Unexpected failures become one readable line.
import { runCli } from './cli.js'

try {
  process.exitCode = await runCli(process.argv.slice(2))
} catch (error) {
  process.stderr.write(
    `opsloop: unexpected failure: ${(error as Error).message}\nPlease report this with the command you ran.\n`
  )
  process.exitCode = 70
}
