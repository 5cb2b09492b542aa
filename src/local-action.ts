// The entry `npm run local-action` runs (@github/local-action, which calls an exported `run`):
// the root action, the command chosen by INPUT_COMMAND or the event, exactly as the runner runs
// dist/index.js. local-action reports outputs, not failure, so a failed step also sets a
// non-zero exit code here.
import { actionsHost } from './action/host.js'
import { runAction } from './main.js'

export async function run(): Promise<void> {
  const host = actionsHost()
  const step = { failed: false }
  await runAction({
    ...host,
    fail: (message) => {
      step.failed = true
      host.fail(message)
    }
  })
  if (step.failed) process.exitCode = 1
}
