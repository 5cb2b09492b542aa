// The `intake/` sub-action's entry (dist/intake.js): the `intake` job under the real runner.
import { actionsHost } from '../action/host.js'
import { runAction } from '../main.js'

await runAction(actionsHost(), { command: 'intake' })
