// Bundled to dist/cli.js; bin/opsloop.js loads it. Unexpected failures become one readable line.
import { runCli } from './cli.js'

// The AWS SDK warns on Node below 22 that its versions after January 2027 will need Node 22. The
// SDK here is bundled at a fixed version, so the notice asks nothing of a CLI user; the README
// says which Node versions OpsLoop supports. Set the variable to `false` to see it again.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true'

try {
  process.exitCode = await runCli(process.argv.slice(2))
} catch (error) {
  process.stderr.write(
    `opsloop: unexpected failure: ${(error as Error).message}\nPlease report this with the command you ran.\n`
  )
  process.exitCode = 70
}
