// The `validate/` sub-action's entry (dist/validate.js): the `validate` job under the real runner.
import { actionsHost } from '../action/host.js'
import { runAction } from '../main.js'

await runAction(actionsHost(), { command: 'validate' })
